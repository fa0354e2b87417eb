// Package numeric finds the quantities stated in policy text: targets,
// reported figures and the amounts, rates and thresholds that rules set.
//
// Recognition runs on the raw normalized text (Document.Norm.Text), not on
// word tokens, because a segmenter splits 6.64% into 6 . 64 % and 300余人
// into 300 余 人. A figure is a numeral read by package numeral followed by
// a unit from the dictionary list "units" (money, %, 个百分点, 倍, counters,
// measures, durations), a rank (第二, 第11位, 前十), a doubling (翻一番) or
// a range of those (10%—15%, 3至5个, 四五千亿). The cue words around a
// figure (comparators, status and change verbs) come from the list
// "numeric-cues", and five-year plan periods (十四五) from "periods".
//
// What a record's span covers: the comparator words written next to the
// figure (突破, 超过, 约, 不低于 before it; 以上, 以下, 左右, 以内 after it),
// the numeral, the approximation words 多/余/几 after it and 数/几/上
// before a bare magnitude (数十亿元, 上百家), the unit, and for a range
// both ends and the dash or 至 between them. For a duration it includes
// 连续 (连续两年) and 内 (3年内); for a rank 第 and 位/名 (第11位) or 前
// (前十); for a doubling the whole 翻一番. It never covers the metric or the
// change verb (增长).
//
// What is not a figure: calendar dates and years (2024年3月5日, 2022年),
// article and list numbers (第3条, （一）, 1.), ordinals that are not ranks
// (第一批, 第二个百年), numbers without a unit (创新积分500, “1+2+1”),
// numbers inside quoted or book-title names (“科创36条”, 《十条措施》),
// codes and model numbers glued to Latin letters (400G, 128层QLC, 5G),
// and small Chinese numerals with a generic counter in set phrases
// (两大产业, 三次考察, 一批企业) unless a quantity verb such as 达 or 新增
// introduces them. Years that are deadlines set the Deadline of the figures
// they govern.
//
// Ranges: a lower end without a magnitude of its own takes the upper
// end's, as Chinese usage elides it (3至5万元 is 30000–50000 CNY, 1至2亿元
// is 1亿–2亿), unless that would put it above the upper end (5000至1万元).
// A range of durations (两至三年内, 3—5年) is a range even when 内 bounds
// it: the record has one comparator, and range says more than lte.
//
// A currency word written before the numeral (港币5000万元, 人民币100亿元,
// 美元3000万, HK$500) names the currency of a plain 元 or of a bare amount,
// and the span covers it, so comparator words before it still apply
// (最高不超过港币5000万元 → lte HKD). A unit after the numeral that names
// its own currency (3.5亿港元) keeps it.
//
// A bare amount, whose currency no word names (元, 块, 圆 and the sign $,
// the "bare" entries of the list "numeric-currency"), is in the document's
// default currency when the document itself gives clear evidence of one,
// and otherwise keeps its own: 元 is CNY and $ is USD. A written currency
// (港元, 人民币, 美元, 澳门币) always wins over the default. The evidence is
// read from doc.Norm.Text (the text given to Find) as a whole, and the
// candidates are the "local" currencies of that list (HKD, MOP, TWD):
//
//   - the amounts with a currency written beside them (3.5亿港元,
//     港幣5,000萬元, 新臺幣300億元, 10,000澳門元, NT$500) or named by a note
//     in brackets right after them (10,000元（澳門元，下同）, which also
//     gives that amount its currency), not counting those in a sentence
//     about an exchange rate (汇率, 兑换, 折合, 1美元兑7.8港元);
//   - the markers of the list: words naming a region's own institutions or
//     speaking from inside it (本港, 财政司司长, 财政预算案; 本澳,
//     澳门特区政府; 行政院, 立法院; some name two regions: 特区政府, 立法会,
//     施政报告), and the mainland's (党中央, 国务院, 省委, 我市, 全省),
//     counted once per distinct word, read longest first without overlap.
//     Words a mainland text uses in passing about Hong Kong or Macao
//     (香港特别行政区, 行政长官) are no markers.
//
// A local currency C is the default when it is the only local currency
// written beside an amount, it is written beside more amounts than 人民币
// is, no other local currency has more markers, and its written amounts
// plus its markers, less the mainland's markers, are at least 2 (港元 once
// and 财政司司长 suffice; 港元 once alone, or with 特区政府 in a text that
// also says 市委, do not). When no local currency is written beside any
// amount, markers alone decide it only when no amount names 人民币 and one
// region has the most markers, at least 2 more than the mainland (财政司
// 司长 and 财政预算案; 行政院 and 立法院), or 1 more in a text whose source
// is written in traditional characters (高雄市政府, 縣府 or 本港 once: the
// news of a Taiwan county or a Hong Kong release). Anything else, mixed or
// absent evidence, keeps CNY: mainland texts in traditional characters
// that name no other region stay CNY, and so do all 70
// government work reports, which mention 香港特别行政区 and 特区政府 but
// write no 港元 beside an amount.
//
// The term of a provision (有效期3年, 试行期两年, 期限为5年) is a
// duration; 有效期, 试行期 and 期限 are provision cues.
//
// Comparators follow legal usage: 以上, 以下 and 以内 include the number
// itself, so 以上 is gte and 以下 and 以内 are lte; 不到, 低于 and 不足
// are lt; 超过, 突破, 逾 and the suffixes 多, 余 are gt. A cap or a floor
// (最高, 不超过, 不低于) applies over the words of a grant between it and
// the figure (最高奖励50万元, 不低于每亩30万元), which the span leaves out. A vague magnitude
// is approx (数十亿元, 几十万人: the magnitude's value) or gte (上百家); 成千
// 上万 is an idiom and no figure.
//
// Status is read from the sentence (text between 。！？ or line breaks) that
// holds the figure: the nearest cue before the figure in its own clause
// wins, then a rule or goal cue after it in the clause (给予…奖励, …的目标),
// then the nearest cue earlier in the sentence, then a rule cue later in the
// sentence. A figure with no cue is a reported, actual figure, unless a
// due date after the reference date's year stands before it in its
// sentence without 到 (至2030年, 2027年前, “十四五”末: a goal), or it
// stands in a forward part of a report (a target whose due date, given
// after 到 or 至, is before the reference date's year was reached and is
// reported: 增加到一九八二年的六百五十亿元 in a report of 1983): the text under a top-level heading
// (一、…) holding a forward word of the list "numeric-outlook" (今年, 任务,
// 建议, 目标) or, with no outlook word, naming the report's own year or a
// later one (三、2011年的工作), up to the next top-level heading that is
// backward, forward or names an earlier year: headings that name only a
// field of work (三、继续保持经济平稳较快发展) keep the plan open. There a
// figure is a plan, due in the heading's year (2025年政府工作任务 → 2025,
// 今年 resolved against the reference date, “十三五”时期 → 2020) when its
// sentence names none. The report's year is the reference date's, else
// the year of the delivery date before the first heading (2011年3月5日在…).
// A target with no deadline whose sentence holds 拟 (not 拟上市) or 今年…要
// before its clause ends is due in the report's year. One in a document
// whose title is a plan that names its period (…三年行动方案（2025—2027年）,
// 关于印发《某市“十五五”科技创新规划》的通知) is due at the period's end;
// a title that only reports on a plan (…规划纲要新闻发布会举行) sets none. Under
// a heading that reviews the past (a backward word of that list: 回顾, 总结,
// 过去一年), up to the next top-level heading, a figure governed by a plan
// or rule cue (中央财政安排1000亿元, 补助标准提高) or by a norm verb of the
// list's kind done (涨幅控制在2.6%) reports what was done, and so do the
// other figures that cue governs (…，比上年增长90%), unless a word of the
// list's kind future (拟, 将, 要, 今年, 明年, 力争, 计划) stands in the
// sentence before the end of the figure's clause. The starting level of a
// change (从人均40元提高到45元) is always actual. 去年 after 比, 较, 与 or
// 同 names the base of a comparison, as 上年 does, and after 从 or 由 the
// starting level of a change; either way it is no status cue:
// 比去年增加300亿元 in a plan is a target, and so is 2.3% in
// 从去年的2.1%提高到2.3%.
//
// A figure in the first sentence of a fragment that the structure stage
// re-attached to a section (doc.Sections[i].Fragments) is read together
// with the sentence the section's own text breaks off in, so that
// …力争“十四五”末实现高新技术企业数 + 量翻一番。 is a 2025 goal whose
// metric is 高新技术企业数量.
//
// The metric is the noun phrase before the figure and its verb, read from
// doc.Tokens when present (else rune by rune): tokens back to punctuation, a
// function word, or a word of the list "numeric-stops" (签订, 实现, 创制…);
// verbs the segmenter tags inside compound indicators (科技创新平台,
// 从业人数) are kept. When a stop verb or a list comma stands right before
// the figure, the metric is the noun after the counter (创制80项国际标准 →
// 国际标准), unless a noun of the list "numeric-heads" makes one compound
// with the verb (资助金额). A share's metric is the whole phrase with 占
// and its base (全社会研发经费投入占GDP比重, 研发开支占本地生产总值的比例);
// a percentage right after 的 is a part of what precedes it
// (按固定资产投资额的10% → 固定资产投资额). A metric never starts or ends
// with punctuation, never holds a quote mark without its pair (a quoted
// name it starts inside is read whole, with its quotes: “北部都会区”占地),
// and never ends with a verb or an adverb (可容纳约250万人,
// 基金预留1000亿元 have none): no metric is better than a wrong one. For
// the starting level of a change (职位数目将由现时的11.6万个增至…) the
// metric is read before 由 or 从.
//
// The metric is read in doc.Norm.Text but reported as the source wrote
// it: its span is mapped back with doc.Norm.ToSource and doc.Text is
// sliced, so traditional characters, 「」 quotes, half-width brackets and
// the stray spaces or line breaks of a PDF copy that fall inside it stay
// (「北部都會區」佔地, not the folded 北部都会区占地). A metric read across
// the join of a re-attached fragment is the two source pieces joined.
package numeric

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/policyx/policyx/dict"
	"github.com/policyx/policyx/pipeline"
)

// Options configure an Extractor.
type Options struct {
	// ReferenceDate resolves relative years (今年, 明年, 未来五年) when the
	// document has no Date of its own; doc.Date takes precedence. When both
	// are zero, such deadlines are left absent.
	ReferenceDate time.Time
}

// An Extractor finds numeric records. It is immutable once built and safe
// for concurrent use by multiple goroutines.
type Extractor struct {
	units   *trie[unit]
	cues    *trie[cue]
	periods *trie[period]
	stops   []stopWord // words that end a metric read leftwards, longest first
	// longStops are the stops of two or more runes, in the order of stops;
	// stopsByWord indexes stops by word.
	longStops   []stopWord
	stopsByWord map[string][]stopWord
	outlook     []outlookWord
	// done are goal cues that state a norm held (控制在); the words that
	// keep a cue forward in a backward part are futureCue when they are
	// status cues, matched as cue hits, and future, matched in the text,
	// when they are not.
	done      map[string]bool
	future    []string
	futureCue map[string]bool
	heads     []string // nouns that make a compound with a stop verb before them, longest first
	ref       time.Time
	words     wordLists // built-in word lists, split by New
	cur       currencyEvidence
}

// A stopWord is one entry of the "numeric-stops" list.
type stopWord struct {
	word     string
	notAfter string // runes that, following the word, make it part of a noun
}

// An outlookWord is one entry of the "numeric-outlook" list.
type outlookWord struct {
	word  string
	ahead bool
}

// A unit is one entry of the "units" list.
type unit struct {
	word     string
	name     string // normalized unit written to the record
	factor   float64
	class    string
	notAfter string // runes after which the word is part of a longer word
}

// Unit classes.
const (
	clsMoney    = "money"
	clsPercent  = "percent"
	clsPP       = "pp"
	clsMultiple = "multiple"
	clsMeasure  = "measure"
	clsCounter  = "counter"
	clsDuration = "duration"
	clsSubunit  = "subunit"
)

// A cue is one entry of the "numeric-cues" list.
type cue struct {
	word      string
	role      string
	value     string
	notBefore string
	notAfter  string
}

// A period is one entry of the "periods" list.
type period struct {
	word        string
	first, last int
}

// New builds an Extractor from the lists "units", "numeric-cues" and
// "periods" of set, and the optional lists "numeric-stops" (words that end
// a metric), "numeric-heads" (nouns that make one compound with a stop
// verb before them, so that the verb does not end the metric: 资助金额)
// and "numeric-outlook" (heading words that open a forward or backward
// part of a report), and "numeric-currency" (the evidence for a document's
// default currency, and currency words the "units" list lacks: 澳门元;
// without it 元 is always CNY). It returns an error naming the file and line
// of a malformed entry, or when a required list is missing.
func New(set *dict.Set, opts Options) (*Extractor, error) {
	if set == nil {
		return nil, fmt.Errorf("numeric: %w", ErrNoDict)
	}
	x := &Extractor{units: newTrie[unit](), cues: newTrie[cue](), periods: newTrie[period](), ref: opts.ReferenceDate, words: newWordLists()}
	for _, name := range []string{"units", "numeric-cues", "periods"} {
		if len(set.List(name)) == 0 {
			return nil, fmt.Errorf("numeric: list %q: %w", name, ErrNoDict)
		}
	}
	for _, e := range set.List("units") {
		f, err := strconv.ParseFloat(e.Field(1), 64)
		if err != nil || e.Field(0) == "" {
			return nil, fmt.Errorf("numeric: %s: want word, unit, factor, class: %w", e.Source, ErrEntry)
		}
		switch c := e.Field(2); c {
		case clsMoney, clsPercent, clsPP, clsMultiple, clsMeasure, clsCounter, clsDuration, clsSubunit:
		default:
			return nil, fmt.Errorf("numeric: %s: unknown unit class %q: %w", e.Source, c, ErrEntry)
		}
		x.units.add(e.Word, unit{word: e.Word, name: e.Field(0), factor: f, class: e.Field(2), notAfter: e.Field(3)})
	}
	if err := x.loadCurrency(set.List("numeric-currency")); err != nil {
		return nil, err
	}
	for _, e := range set.List("numeric-cues") {
		c := cue{word: e.Word, role: e.Field(0), value: e.Field(1), notBefore: e.Field(2), notAfter: e.Field(3)}
		switch c.role {
		case roleBefore, roleAfter:
			switch c.value {
			case cmpEq, cmpGt, cmpGte, cmpLt, cmpLte, cmpApprox:
			default:
				return nil, fmt.Errorf("numeric: %s: unknown comparator %q: %w", e.Source, c.value, ErrEntry)
			}
		case roleStatus:
			switch c.value {
			case modReported, modGoal, modPlan, modForecast, modProvision:
			default:
				return nil, fmt.Errorf("numeric: %s: unknown modality %q: %w", e.Source, c.value, ErrEntry)
			}
		case roleChange, roleShare:
		default:
			return nil, fmt.Errorf("numeric: %s: unknown cue role %q: %w", e.Source, c.role, ErrEntry)
		}
		x.cues.add(e.Word, c)
	}
	for _, e := range set.List("periods") {
		a, err1 := strconv.Atoi(e.Field(0))
		b, err2 := strconv.Atoi(e.Field(1))
		if err1 != nil || err2 != nil || b < a {
			return nil, fmt.Errorf("numeric: %s: want word, first year, last year: %w", e.Source, ErrEntry)
		}
		x.periods.add(e.Word, period{word: e.Word, first: a, last: b})
	}
	for _, e := range set.List("numeric-stops") {
		x.stops = append(x.stops, stopWord{word: e.Word, notAfter: e.Field(0)})
	}
	sort.SliceStable(x.stops, func(i, j int) bool { return len(x.stops[i].word) > len(x.stops[j].word) })
	x.stopsByWord = map[string][]stopWord{}
	for _, s := range x.stops {
		if utf8.RuneCountInString(s.word) >= 2 {
			x.longStops = append(x.longStops, s)
		}
		x.stopsByWord[s.word] = append(x.stopsByWord[s.word], s)
	}
	for _, e := range set.List("numeric-heads") {
		x.heads = append(x.heads, e.Word)
	}
	sort.SliceStable(x.heads, func(i, j int) bool { return len(x.heads[i]) > len(x.heads[j]) })
	x.done, x.futureCue = map[string]bool{}, map[string]bool{}
	for _, e := range set.List("numeric-outlook") {
		switch d := e.Field(0); d {
		case "back", "ahead":
			x.outlook = append(x.outlook, outlookWord{word: e.Word, ahead: d == "ahead"})
		case "done":
			x.done[e.Word] = true
		case "future":
			x.cues.at(e.Word, 0, func(w string, c cue) bool {
				if w == e.Word && c.role == roleStatus {
					x.futureCue[w] = true
				}
				return true
			})
			if !x.futureCue[e.Word] {
				x.future = append(x.future, e.Word)
			}
		default:
			return nil, fmt.Errorf("numeric: %s: want word, back, ahead, done or future: %w", e.Source, ErrEntry)
		}
	}
	return x, nil
}

// Name returns "numeric".
func (x *Extractor) Name() string { return "numeric" }

// Extract returns one *pipeline.Numeric record for each figure in
// doc.Norm.Text, in text order. Record spans are byte offsets into
// doc.Norm.Text. It reads doc.Sections (for the region), doc.Tokens (for the
// metric, when present) and doc.Date, and never modifies doc. It never
// returns an error today; the error is part of the pipeline.Extractor
// contract.
func (x *Extractor) Extract(doc *pipeline.Document) ([]pipeline.Record, error) {
	text := doc.Norm.Text
	ref := x.ref
	if !doc.Date.IsZero() {
		ref = doc.Date
	}
	figs := x.scan(text)
	x.applyDefault(text, figs, doc.Text)
	scopes, year := x.scopes(doc, ref)
	planYear := x.planTitleYear(doc)
	ix := x.newTextIndex(text, ref)
	recs := make([]pipeline.Record, 0, len(figs))
	var prev *pipeline.Numeric
	var prevFig *figure
	for i := range figs {
		f := &figs[i]
		r := &pipeline.Numeric{
			Value:      f.value,
			ValueMax:   f.max,
			Unit:       f.unit,
			Comparator: f.cmp,
		}
		r.Span = f.span
		x.describe(doc, ix, f, prev, prevFig, ref, scopes, year, planYear, r)
		prev, prevFig = r, f
		recs = append(recs, r)
	}
	x.respectively(doc, figs, recs)
	inheritMetric(text, figs, recs)
	shareComparator(text, figs, recs)
	forecastNote(text, figs, recs)
	if strings.Contains(text, "|") {
		taken := make([]pipeline.Span, len(figs))
		for i := range figs {
			taken[i] = figs[i].span
		}
		for _, r := range x.tableRecords(doc, taken) {
			if si := doc.SectionAt(r.Span.Start); si >= 0 {
				r.Region = doc.Sections[si].Region
			}
			recs = append(recs, r)
		}
		slices.SortStableFunc(recs, func(a, b pipeline.Record) int { return pipeline.Head(a).Span.Start - pipeline.Head(b).Span.Start })
	}
	return recs, nil
}

// Find returns the figures of text with their value, unit, comparator and
// kind, without the sentence semantics (status, deadline, metric) that
// Extract adds. Spans are byte offsets into text. It is safe for concurrent
// use.
func (x *Extractor) Find(text string) []Figure {
	figs := x.scan(text)
	x.applyDefault(text, figs, text)
	out := make([]Figure, len(figs))
	for i, f := range figs {
		out[i] = Figure{Span: f.span, Value: f.value, ValueMax: f.max, Unit: f.unit, Comparator: f.cmp, Kind: f.kind}
	}
	return out
}

// A Figure is a quantity found by Find. Span is a byte range of the text
// given to Find.
type Figure struct {
	Span       pipeline.Span
	Value      float64
	ValueMax   *float64
	Unit       string
	Comparator string
	Kind       string
}

// trie is a first-rune index of words, longest word first, for matching
// dictionary words at a byte offset.
type trie[T any] struct {
	byFirst map[rune][]trieEntry[T]
	// first has bit r%firstBits set for the first rune r of every word, so
	// that most offsets are rejected without a map lookup.
	first [firstBits / 64]uint64
	// maxRunes is the length in runes of the longest word.
	maxRunes int
}

// firstBits is the size of a trie's first-rune filter.
const firstBits = 4096

// mayStart reports whether a word of t may start with r.
func (t *trie[T]) mayStart(r rune) bool {
	k := uint32(r) % firstBits
	return t.first[k/64]&(1<<(k%64)) != 0
}

type trieEntry[T any] struct {
	word string
	val  T
}

func newTrie[T any]() *trie[T] { return &trie[T]{byFirst: map[rune][]trieEntry[T]{}} }

// add adds word with value v. Entries of one first rune stay ordered
// longest first, and in the order they were added among words of one
// length: v goes after every word at least as long as word.
func (t *trie[T]) add(word string, v T) {
	r := firstRune(word)
	k := uint32(r) % firstBits
	t.first[k/64] |= 1 << (k % 64)
	t.maxRunes = max(t.maxRunes, utf8.RuneCountInString(word))
	es := t.byFirst[r]
	at := sort.Search(len(es), func(i int) bool { return len(es[i].word) < len(word) })
	t.byFirst[r] = slices.Insert(es, at, trieEntry[T]{word, v})
}

// at returns the entries whose word starts at byte i of s, longest first.
func (t *trie[T]) at(s string, i int, yield func(word string, v T) bool) {
	if i >= len(s) {
		return
	}
	r := firstRune(s[i:])
	if !t.mayStart(r) {
		return
	}
	for _, e := range t.byFirst[r] {
		if len(s)-i >= len(e.word) && s[i:i+len(e.word)] == e.word {
			if !yield(e.word, e.val) {
				return
			}
		}
	}
}

// endingAt returns the entries whose word ends at byte i of s, longest first.
func (t *trie[T]) endingAt(s string, i int, yield func(word string, v T) bool) {
	// Try each start back to the length of the longest word.
	type hit struct {
		word string
		v    T
	}
	var hits []hit
	j := i
	for k := 0; k < t.maxRunes && j > 0; k++ {
		_, n := lastRune(s[:j])
		j -= n
		r := firstRune(s[j:])
		if !t.mayStart(r) {
			continue
		}
		for _, e := range t.byFirst[r] {
			if len(e.word) == i-j && s[j:i] == e.word {
				hits = append(hits, hit{e.word, e.val})
			}
		}
	}
	for k := len(hits) - 1; k >= 0; k-- {
		if !yield(hits[k].word, hits[k].v) {
			return
		}
	}
}
