package numeric

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policyx/policyx/pipeline"
)

// metric returns the span of the view's text that names the indicator a
// figure measures: the noun phrase before the figure and its verb
// (技术合同交易额突破10亿元), a share's whole phrase with its 占 and its
// base (研发经费投入占GDP比重达到2.5%), or the noun after a counter when
// nothing precedes (84家企业). The span is empty when there is no metric.
// Offsets are bytes of v.text; describe maps them back to the source.
func (x *Extractor) metric(v view, f *figure, clause pipeline.Span) pipeline.Span {
	text := v.text
	at := x.lead(text, clause.Start, f.span.Start)
	// Skip a change verb and its 到 (提高到, 增长).
	for k := 0; k < 2; k++ {
		if w, ok := hasAnySuffix(text[clause.Start:at], []string{"到", "至"}); ok {
			at -= len(w)
		}
		if _, s, ok := x.cueBefore(text, at, roleChange); ok && s >= clause.Start {
			at = x.lead(text, clause.Start, s)
		}
	}
	at = baseLead(text, clause.Start, at)
	// 国内生产总值去年增长5%: a cue of yearly change (年增长) read out of a
	// time word (去年) leaves the time's first rune, no part of the metric
	if strings.HasPrefix(text[at:], "年") {
		if w, ok := hasAnySuffix(text[clause.Start:at], []string{"上半", "下半"}); ok {
			at -= len(w) // 上半年增长
		} else if r, size := utf8.DecodeLastRuneInString(text[clause.Start:at]); strings.ContainsRune(yearDeictics, r) && (len(v.toks) == 0 && r != '上' || tokenSpans(v, at-size, at+len("年"))) {
			at -= size // not 在…的基础上年均增长7%, whose 上 is a word of its own
		}
	}
	// 总住宅单位将达到, 国内生产总值预计增长: a modal adverb between the
	// indicator and its verb.
	if w, ok := hasAnySuffix(text[clause.Start:at], []string{"将会", "將會", "预计", "預計", "预期", "預期", "预估", "預估", "有望", "将", "將", "会", "會", "可", "要"}); ok {
		at -= len(w)
	}
	// 国内生产总值一季度增长, 规上工业增加值1-11月增长: the time the
	// change is over is no part of the metric
	for {
		// every time the pattern matches ends in one of these runes; the
		// longest is well under maxTimeTail bytes: look at no more
		if r, _ := utf8.DecodeLastRuneInString(text[clause.Start:at]); !strings.ContainsRune("年月份度期来", r) {
			break
		}
		from := max(clause.Start, at-maxTimeTail)
		for from < at && !utf8.RuneStart(text[from]) {
			from++
		}
		loc := timeTail.FindStringIndex(text[from:at])
		if loc == nil {
			break
		}
		at = from + loc[0]
	}
	for w, ok := hasAnySuffix(text[clause.Start:at], adverbsOfVerb); ok; w, ok = hasAnySuffix(text[clause.Start:at], adverbsOfVerb) {
		at -= len(w) // 产量只增长9%, 大大低于1985年, 就只: an adverb of the verb
	}
	// 按固定资产投资额的10%: a percentage right after 的 is a part of what
	// 的 follows. (A count after 的 counts the noun after it: 开工的57个
	// 项目.)
	of := false
	if f.class == clsPercent && at == f.span.Start && strings.HasSuffix(text[clause.Start:at], "的") {
		b := at - len("的")
		_, when := hasAnySuffix(text[clause.Start:b], x.words.timeEnds)
		if !when && yearBefore(text, clause.Start, b) == b {
			at, of = b, true // not 降到去年的1.5%: a time, not a whole
		}
	}
	if (f.class == clsCounter || f.class == clsMeasure) && strings.HasSuffix(text[clause.Start:f.span.Start], "等") {
		// 成都信息安全产业园等102个项目: the example before 等 is no indicator,
		// what is counted is named after the figure
		if ns, ne := x.nounAfter(v, f.span.End, clause.End); ns < ne {
			ne = untilVerb(v, ns, ne)
			if ns, ne = x.cleanMetric(text, ns, ne); ns < ne {
				return pipeline.Span{Start: ns, End: ne}
			}
		}
	}
	if loc := noteMark.FindStringIndex(text[clause.Start:at]); loc != nil {
		at = clause.Start + loc[0] // 地区生产总值[2]1002.18亿元: a note's mark
	}
	s, e := x.phrase(v, clause.Start, at)
	if of && (utf8.RuneCountInString(text[s:e]) < 2 || endsWithVerbToken(v, e)) {
		s = e // 高的达到百分之五点五, 计划规定的8.6%: no indicator
	}
	if s < e && f.class == clsMoney && x.recipient(text, clause.Start, s) {
		s = e // 一次性奖励企业50万元: 企业 receives the amount, it is not measured
	}
	s, e = x.sharePhrase(v, f, clause.Start, s, e)
	if strings.ContainsAny(text[s:e], "”」』》") {
		s = wholeQuote(text, clause.Start, s, e)
	}
	s, e = x.trimLead(text, s, e)
	// 全区的科技型中小企业: the noun after 的, unless the 的 is a share's
	// (研发开支占本地生产总值的比例).
	if i := strings.LastIndex(text[s:e], "的"); i >= 0 && utf8.RuneCountInString(text[s+i+len("的"):e]) >= 2 && !strings.ContainsAny(text[s:s+i], "占佔") {
		s += i + len("的")
	}
	if m := text[s:e]; m != "" {
		if _, scopeOnly := hasAnyPrefix(m, x.words.metricLead...); scopeOnly {
			if lo, hi := x.trimLeadBounds(m + "。"); hi-lo == len("。") {
				s = e // only clause openers
			}
		}
	}
	s, e = x.cleanMetric(text, s, e)
	s, e = trimNotes(text, s, e)
	if f.kind == kindRank {
		for changed := true; changed && s < e; {
			w, ok := hasAnySuffix(text[s:e], rankTrail)
			if changed = ok && e-s > len(w); changed {
				e -= len(w)
			}
		}
		if slices.Contains(rankTrail, text[s:e]) {
			s = e // 跃居世界第三位: no indicator named
		}
	}
	if perUnit(text, clause.Start, s, e) {
		s = e // 每个企业最高不超过20万元: what the cap is counted per, not what it measures
	}
	if x.endsWithVerb(text[s:e]) {
		s = e // 可容纳约250万人, 基金预留1000亿元: the figure is the verb's object
	}
	if s >= e && (f.class == clsCounter || f.class == clsMeasure || f.class == clsMoney) {
		s, e = x.nounAfter(v, f.span.End, clause.End)
		s, e = trimNotes(text, s, e)
		s, e = x.cleanMetric(text, s, e)
	}
	if s >= e {
		return pipeline.Span{Start: f.span.Start, End: f.span.Start}
	}
	return pipeline.Span{Start: s, End: e}
}

// maxTimeTail bounds, in bytes, the text before a verb that timeTail reads.
const maxTimeTail = 48

// adverbsOfVerb are adverbs that stand between a metric and its verb, no
// part of the metric (longer words first).
var adverbsOfVerb = []string{"仅仅", "僅僅", "大大", "只", "仅", "僅", "就", "也", "还", "還", "则", "則"}

// timeTail matches a time that ends the words before a verb of change: a
// year, months, a quarter, a half year, the whole year, a year named from
// now (去年) or 以来 (since), maybe after the word that makes it a base of
// comparison or a due date (较2019年, 比上年, 到2000年).
var timeTail = regexp.MustCompile(`(?:较|比|到|至|在|于|低于|高于)?(?:\d{4}年度?|\d{1,2}[-－—~至到]\d{1,2}月份?|\d{1,2}月份?|前\d{1,2}个?月|[第前]?[一二三四1-4]季度|[上下]半年|全年|今年以来|以来|今年|去年|上年|明年|当年|本年|同期)$`)

// yearDeictics are the runes that, before 年, make a time (去年, 今年,
// 上年, 明年, 前年, 当年, 本年). Without the segmenter's words 上 is left:
// it ends 基础上 as often.
const yearDeictics = "去今上明前当當本"

// timeEnds are words that end a time expression (去年的, 初期的).
const timeEnds = "去年 今年 上年 明年 当年 當年 本年 同期 年底 年末 年初 初期 末期 时 時 期间 期間 时期 時期"

// endsWithVerbToken reports whether the view's token that ends at e is
// tagged as a verb.
func endsWithVerbToken(v view, e int) bool {
	k := sort.Search(len(v.toks), func(i int) bool { return v.toks[i].End >= e })
	return k < len(v.toks) && v.toks[k].End == e && strings.HasPrefix(v.toks[k].POS, "v")
}

// tokenSpans reports whether one of the view's tokens spans exactly the
// bytes [i, j) of its text (去年).
func tokenSpans(v view, i, j int) bool {
	k := sort.Search(len(v.toks), func(n int) bool { return v.toks[n].Start >= i })
	return k < len(v.toks) && v.toks[k].Start == i && v.toks[k].End == j
}

// phrase reads the noun phrase ending at `at`, from tokens when the view
// has them, else rune by rune.
func (x *Extractor) phrase(v view, from, at int) (start, end int) {
	if len(v.toks) > 0 {
		return x.tokenPhrase(v, from, at)
	}
	return x.runePhrase(v.text, from, at)
}

// recipient reports whether the phrase that starts at s follows a rule's
// verb of giving (给予, 奖励, 补贴, 资助): in 奖励企业50万元 the phrase names
// who receives the amount, not what the amount measures.
func (x *Extractor) recipient(text string, from, s int) bool {
	c, cs, ok := x.cueBefore(text, s, roleStatus)
	if !ok || cs < from || c.value != modProvision {
		return false
	}
	_, stop := x.stopsByWord[c.word]
	return stop
}

// shareWords are the nouns that name a share of a whole (占GDP比重,
// 占总数的比例).
const shareWords = "比重 比例 份额 占比 佔比"

// sharePhrase extends the phrase [s, e) of a share to its subject: in
// 全社会研发经费投入占GDP比重 the phrase read back from the figure stops at
// 占 (a verb) with GDP比重, or at 的 with 比例 (研发开支占本地生产总值的比例);
// the indicator is the whole phrase as written. It applies when the
// phrase names a share or the figure is a percentage, and a subject stands
// before 占; otherwise [s, e) is returned unchanged.
func (x *Extractor) sharePhrase(v view, f *figure, from, s, e int) (int, int) {
	if s >= e {
		return s, e
	}
	text := v.text
	_, ratio := hasAnySuffix(text[s:e], x.words.shareWords)
	if !ratio && f.class != clsPercent {
		return s, e
	}
	// The base between 占 and the phrase (GDP, 本地生产总值的) holds only
	// word runes and 的; the segmenter may also have kept 占 with it.
	q := -1
	if k := strings.IndexAny(text[s:e], "占佔"); k >= 0 && s+k+len("占") < e {
		q = s + k
	} else if k := max(strings.LastIndex(text[from:s], "占"), strings.LastIndex(text[from:s], "佔")); k >= 0 {
		base := text[from+k+len("占") : s]
		if utf8.RuneCountInString(base) > 15 || base != "" && !phraseWord(base) {
			return s, e
		}
		q = from + k
	}
	if q < 0 {
		return s, e
	}
	p := q
	for {
		w, ok := hasAnySuffix(text[from:p], x.words.shareAdverbs)
		if !ok {
			break
		}
		p -= len(w)
	}
	ss, se := x.phrase(v, from, p)
	switch {
	case ss < se && se == p:
		return ss, e
	case ratio:
		return s, e // no subject in the clause: GDP比重, 占比 as read
	}
	return e, e // 占世界的60%: the whole, not what is measured
}

// shareAdverbs stand between a share's subject and 占 (只占, 约占, 仍然占).
const shareAdverbs = `
只 仅 僅 约 約 大约 大約 即 已 将 將 要 就 则 則 也 还 還 都 共 均 仍 仍然 分别 分別 已经 已經 将近 將近
`

// endsWithVerb reports whether m ends with a stop word of two or more
// runes, or is a stop word.
func (x *Extractor) endsWithVerb(m string) bool {
	_, whole := x.stopsByWord[m]
	return whole || x.stopEnding(m, 0, len(m))
}

// baseLead moves at, the end of what precedes a figure, back over the
// start of a change written before it (职位数目将由现时的11.6万个增至65万个
// → the end of 职位数目): 的, a time word, 由 or 从, and a modal adverb.
func baseLead(text string, from, at int) int {
	j := at
	if strings.HasSuffix(text[from:j], "的") {
		j -= len("的")
	}
	if w, ok := hasAnySuffix(text[from:j], []string{"现时", "現時", "现在", "現在", "目前", "当前", "當前", "去年", "上年", "本年", "原来", "原來"}); ok {
		j -= len(w)
	} else {
		j = yearBefore(text, from, j) // 从2007年底的8.4%
	}
	w, ok := hasAnySuffix(text[from:j], []string{"由", "从", "從"})
	if !ok {
		return at
	}
	j -= len(w)
	if w, ok := hasAnySuffix(text[from:j], []string{"将会", "將會", "将", "將", "会", "會", "要", "已经", "已經", "已", "可"}); ok {
		j -= len(w)
	}
	return j
}

// yearBefore moves at back over a year written before it (2007年,
// 2012年末, ２０２０年底), or returns at.
func yearBefore(text string, from, at int) int {
	j := at
	if w, ok := hasAnySuffix(text[from:j], []string{"底", "末", "初"}); ok {
		j -= len(w)
	}
	if !strings.HasSuffix(text[from:j], "年") {
		return at
	}
	j -= len("年")
	k := j
	for k > from {
		r, n := lastRune(text[from:k])
		if !isDigit(r) {
			break
		}
		k -= n
	}
	if utf8.RuneCountInString(text[k:j]) != 4 {
		return at
	}
	return k
}

// wholeQuote returns where the metric text[start:at] must start so that
// it never starts inside a quoted name: when it holds a closing quote
// whose opening mark lies before start in the clause (“北部都会区”占地 read
// from 都会区), it is extended back to that mark, else cut after the
// closing quote.
func wholeQuote(text string, from, start, at int) int {
	m := text[start:at]
	open := map[rune]int{}
	cut := -1
	for i, r := range m {
		switch r {
		case '“', '「', '『', '《':
			open[r]++
		case '”', '」', '』', '》':
			o := openerOf(r)
			if open[o] > 0 {
				open[o]--
				continue
			}
			if k := strings.LastIndex(text[from:start], string(o)); k >= 0 && utf8.RuneCountInString(text[from+k:start]) <= 20 {
				if cut < 0 {
					return wholeQuote(text, from, from+k, at)
				}
			}
			cut = i + utf8.RuneLen(r)
		}
	}
	if cut >= 0 {
		return start + cut
	}
	return start
}

// openerOf returns the opening mark of a closing quote or book-title mark.
func openerOf(r rune) rune {
	switch r {
	case '”':
		return '“'
	case '」':
		return '「'
	case '』':
		return '『'
	case '》':
		return '《'
	}
	return 0
}

// metricTail are adverbs, prepositions and caps that end the words before
// a figure but never an indicator (住宅单位将, 争取在, 项目补助最高可达).
const metricTail = "将 將 在 可 会 會 要 已 约 約 近 均 都 也 还 還 再 又 共 则 則 最高可达 最高可達 最高 最多 最低 可达 可達"

// cleanMetric narrows the metric text[s:e] to what a metric may be: no
// punctuation or adverb at its ends, no quote mark without its pair (an
// unpaired closing mark is cut with what precedes it, so
// 北部都会区”占地 → 占地; an unpaired opening mark is cut with what
// follows it), and no quotes around the whole of it (“北部都会区” →
// 北部都会区). It is empty when it is only a clause opener, an adverb or
// a period name (十一五), or holds no letter (2007 alone is a year, not
// an indicator).
// Because it only narrows, the metric stays a piece of the text as
// written.
func (x *Extractor) cleanMetric(text string, s, e int) (int, int) {
	for changed := true; changed && s < e; {
		changed = false
		ns, ne := trimSet(text, s, e, metricPunct)
		if ns != s || ne != e {
			s, e, changed = ns, ne, true
			continue
		}
		if w, ok := hasAnySuffix(text[s:e], x.words.metricTail); ok && e-s > len(w) {
			e, changed = e-len(w), true
			continue
		}
		if i, opener := firstUnpaired(text[s:e]); i >= 0 {
			_, n := utf8.DecodeRuneInString(text[s+i:])
			switch {
			case !opener:
				s = s + i + n
			case i == 0:
				s += n
			default:
				e = s + i
			}
			changed = true
			continue
		}
		if o, n := utf8.DecodeRuneInString(text[s:e]); openerOf(quoteCloser(o)) == o && quoteCloser(o) != 0 {
			c, m := utf8.DecodeLastRuneInString(text[s:e])
			if c == quoteCloser(o) && e-s > n+m {
				if i, _ := firstUnpaired(text[s+n : e-m]); i < 0 {
					s, e, changed = s+n, e-m, true
				}
			}
		}
	}
	if s >= e || slices.Contains(x.words.metricLead, text[s:e]) || slices.Contains(x.words.metricTail, text[s:e]) || !strings.ContainsFunc(text[s:e], unicode.IsLetter) || x.periodAt(text[:e], s) == e-s {
		return e, e
	}
	return s, e
}

// trimSet moves s forward and e back over runes of set.
func trimSet(text string, s, e int, set string) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !strings.ContainsRune(set, r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !strings.ContainsRune(set, r) {
			break
		}
		e -= n
	}
	return s, e
}

// firstUnpaired returns the byte offset in s of the first quote or
// book-title mark without its pair, and whether it is an opening mark; the
// offset is -1 when every mark is paired. An unpaired closing mark is
// reported before any opening mark left open at the end.
func firstUnpaired(s string) (int, bool) {
	type mark struct {
		r   rune
		off int
	}
	var stack []mark
	for i, r := range s {
		switch r {
		case '“', '「', '『', '《':
			stack = append(stack, mark{r, i})
		case '”', '」', '』', '》':
			if n := len(stack); n > 0 && stack[n-1].r == openerOf(r) {
				stack = stack[:n-1]
			} else {
				return i, false
			}
		}
	}
	if len(stack) > 0 {
		return stack[0].off, true
	}
	return -1, false
}

// metricPunct is the punctuation a metric never starts or ends with.
// Quote marks are kept when paired (“专精特新”企业); cleanMetric handles
// them.
const metricPunct = "、，,；;：:。\"' "

// trimLead narrows the metric text[s:e] past the clause openers and time
// words that are not part of the indicator.
func (x *Extractor) trimLead(text string, s, e int) (int, int) {
	lo, hi := x.trimLeadBounds(text[s:e])
	return s + lo, s + hi
}

// trimLeadBounds returns the bounds within m of m without its clause
// openers (力争, 到, 全区, a period name, also in quotes: “十四五”末), its
// trailing time words (近年来) and a trailing 的.
func (x *Extractor) trimLeadBounds(m string) (lo, hi int) {
	lo, hi = 0, len(m)
	for changed := true; changed; {
		changed = false
		for _, w := range x.words.metricLead {
			if strings.HasPrefix(m[lo:hi], w) && hi-lo > len(w) && !compoundLead(m[lo+len(w):hi], w) {
				lo += len(w)
				changed = true
			}
		}
		if n := x.periodAt(m[:hi], lo); n > 0 && hi-lo > n {
			lo += n
			changed = true
		}
		if n := yearPrefix(m[lo:hi]); n > 0 && hi-lo > n {
			lo += n // 2021年产能: the year is a time, not the indicator
			changed = true
		}
		// “十四五”末: a quoted period name.
		if o, n := utf8.DecodeRuneInString(m[lo:hi]); quoteCloser(o) != 0 && openerOf(quoteCloser(o)) == o {
			if p := x.periodAt(m[:hi], lo+n); p > 0 && strings.HasPrefix(m[lo+n+p:hi], string(quoteCloser(o))) {
				if k := lo + n + p + len(string(quoteCloser(o))); hi > k {
					lo = k
					changed = true
				}
			}
		}
		for _, w := range metricTrail {
			if strings.HasSuffix(m[lo:hi], w) && hi-lo > len(w) {
				hi -= len(w)
				changed = true
			}
		}
	}
	if strings.HasSuffix(m[lo:hi], "的") {
		hi -= len("的")
	}
	return lo, hi
}

// metricNote matches a note in brackets that a metric never holds: 下同,
// 预计数, 人民币 (全年地区生产总值同比(下同)增长4.5%).
var metricNote = regexp.MustCompile(`^[（(][^（）()]{0,12}(下同|预计数|預計數|人民币|人民幣|以下简称)[^（）()]{0,12}[）)]$`)

// noteMark matches the mark of a note that ends the text before a figure:
// [2], 〔1〕, ①.
var noteMark = regexp.MustCompile(`(?:\[[0-9]{1,2}\]|〔[0-9]{1,2}〕|[①-⑳])$`)

// countedLevels matches a count of levels or grades, never an indicator
// (按800万元、500万元、300万元三个层次给予资金扶持).
var countedLevels = regexp.MustCompile(`^[一二三四五六七八九十两0-9]+个?(层次|档次|等级|档|级|類|类)$`)

// listMarkerLead matches a list marker that opens a metric read from the
// start of a numbered item: (一), （二）, 一、, 1., 2、.
var listMarkerLead = regexp.MustCompile(`^(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|[0-9]{1,2}[.．、])`)

// trimNotes narrows the metric text[s:e] past a list marker that opens it
// and returns it empty when it is only a note in brackets.
func trimNotes(text string, s, e int) (int, int) {
	if s >= e {
		return s, e
	}
	if metricNote.MatchString(text[s:e]) || countedLevels.MatchString(text[s:e]) {
		return e, e
	}
	if loc := listMarkerLead.FindStringIndex(text[s:e]); loc != nil && s+loc[1] < e {
		s += loc[1]
	}
	return s, e
}

// untilVerb returns the end of the noun [s, e) of the view cut before the
// first word of the segmenter that is a verb or an adverb by its part of
// speech, s itself when the first word is one: 重点行业淘汰落后产能 →
// 重点行业, 重大专项陆续启动 → 重大专项. Without tokens it returns e.
func untilVerb(v view, s, e int) int {
	k := sort.Search(len(v.toks), func(k int) bool { return v.toks[k].Start >= s })
	for ; k < len(v.toks) && v.toks[k].Start < e; k++ {
		if pos := v.toks[k].POS; pos == "v" || pos == "d" || pos == "ul" {
			return v.toks[k].Start
		}
	}
	return e
}

// perUnits are the words before a noun that make it the unit a figure is
// counted per (每个企业, 单个项目).
var perUnits = []string{"每个", "每個", "每家", "每户", "每戶", "每名", "每项", "每項", "单个", "單個", "每"}

// perUnit reports whether the metric text[s:e] is a noun of at most three
// runes after a per-unit word, which stands before it within the clause
// that starts at from or opens it.
func perUnit(text string, from, s, e int) bool {
	if w, ok := hasAnyPrefix(text[s:e], perUnits...); ok {
		s += len(w) // read without tokens, the metric holds the word: 每个企业
	} else if _, ok := hasAnySuffix(text[from:s], perUnits); !ok {
		return false
	}
	return s < e && utf8.RuneCountInString(text[s:e]) <= 3
}

// yearPrefix returns the length of a year of four digits and 年 that opens
// m and is followed by a Han letter, or 0.
func yearPrefix(m string) int {
	n := len("2021年")
	if len(m) <= n || !strings.HasPrefix(m[4:], "年") {
		return 0
	}
	for i := range 4 {
		if m[i] < '0' || m[i] > '9' {
			return 0
		}
	}
	if r, _ := utf8.DecodeRuneInString(m[n:]); !unicode.Is(unicode.Han, r) {
		return 0
	}
	return n
}

// compoundLead reports whether the lead word w makes a word with the
// text rest after it: 对外直接投资 is not 对 + 外直接投资, nor 居民消费价格
// 居 + 民消费价格.
func compoundLead(rest, w string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return strings.ContainsRune(leadCompounds[w], r)
}

// leadCompounds gives, for a one-rune lead word of metricLead, the runes
// that make a word with it (居民, 共同, 要素, 使用, 并购, 对外, 到位, 如期,
// 若干).
var leadCompounds = map[string]string{
	"居": "民住家", "共": "同享建产青", "要": "素", "使": "用", "并": "购", "並": "購",
	"对": "外", "對": "外", "按": "揭", "到": "岸位", "如": "期何今意实實", "若": "干",
}

// runePhrase reads the noun phrase ending at `at` without tokens: Han
// letters, digits and quotes back to the clause start or a verb of two or
// more runes from the "numeric-stops" list, at most 20 runes. A verb
// followed by a noun it forms a compound with (资助金额) does not end it.
func (x *Extractor) runePhrase(text string, from, at int) (start, end int) {
	if x.stopEnding(text, from, at) {
		return at, at // the figure is the verb's object: 创制80项国际标准
	}
	if c, _ := lastRune(text[from:at]); c == '）' || c == ')' {
		if o := strings.LastIndexAny(text[from:at], "（("); o >= 0 && metricNote.MatchString(text[from+o:at]) {
			at = from + o // 同比(下同)增长: the note is no part
		}
	}
	i := at
	for k := 0; k < 20 && i > from; k++ {
		r, n := lastRune(text[:i])
		amp := r == '&' && i < at && latinAt(text, i) && i-1 > from && latinBefore(text, i-1) // R&D
		if !(unicode.Is(unicode.Han, r) || unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("“”「」（）()", r) || amp) {
			break
		}
		if i < at && x.stopEnding(text, from, i) && !x.isHead(text[i:at]) {
			break
		}
		i -= n
	}
	return i, at
}

// isHead reports whether w is a noun of the list "numeric-heads" that
// makes one compound with a verb before it (资助金额, 补贴资金, 奖励标准).
func (x *Extractor) isHead(w string) bool {
	return slices.Contains(x.heads, w)
}

// headLen returns the length of the compound head noun next starts with,
// or 0.
func (x *Extractor) headLen(next string) int {
	w, _ := hasAnyPrefix(next, x.heads...)
	return len(w)
}

// stopEnding reports whether text[from:at] ends with a stop word of two or more runes
// (single-rune stops such as 为 or 有 end too many nouns to be read
// without word boundaries).
func (x *Extractor) stopEnding(text string, from, at int) bool {
	s := text[from:at]
	for _, w := range x.longStops {
		if strings.HasSuffix(s, w.word) {
			if at < len(text) && w.notAfter != "" && strings.ContainsRune(w.notAfter, firstRune(text[at:])) {
				continue
			}
			return true
		}
	}
	return false
}

// isStop reports whether the whole word w, followed by the text next, is
// a stop word.
func (x *Extractor) isStop(w, next string) bool {
	for _, s := range x.stopsByWord[w] {
		if next == "" || s.notAfter == "" || !strings.ContainsRune(s.notAfter, firstRune(next)) {
			return true
		}
	}
	return false
}

// tokenPhrase reads the noun phrase ending at `at` from the view's tokens:
// tokens back to the clause start, punctuation, a stop word (a verb whose
// object the phrase is, an adverb or time word), or a pronoun, preposition,
// conjunction, particle, numeral, measure or time word by part of speech;
// at most 8 tokens. Verbs the segmenter tags inside compound indicators
// (科技创新平台, 从业人数, 投资失败容忍度) are kept, and so is a stop verb
// that forms a compound with the noun after it (资助金额). A word repeated
// by a typo (研发投入投入) is read once.
func (x *Extractor) tokenPhrase(v view, from, at int) (start, end int) {
	toks := v.toks
	k := sort.Search(len(toks), func(i int) bool { return toks[i].End > at })
	start, count := at, 0
	var words []string
	for ; k > 0 && count < 8; k-- {
		t := toks[k-1]
		if t.Start < from || t.End > at {
			break
		}
		w := v.text[t.Start:t.End]
		if count == 0 && (t.POS == "t" || slices.Contains(metricTrail, w)) {
			at, start = t.Start, t.Start // 授权量近年来保持: skip the time word
			continue
		}
		if w == "）" || w == ")" {
			// 科技经纪人（技术经理人）: keep a parenthesis whole.
			o := k - 1
			for o > 0 && v.text[toks[o-1].Start:toks[o-1].End] != "（" && v.text[toks[o-1].Start:toks[o-1].End] != "(" && k-o < 8 {
				o--
			}
			if o > 0 && toks[o-1].Start >= from && k-o < 8 && count == 0 && metricNote.MatchString(v.text[toks[o-1].Start:t.End]) {
				at, start, k = toks[o-1].Start, toks[o-1].Start, o // 同比(下同)增长: the note is no part
				continue
			}
			if o > 0 && toks[o-1].Start >= from && k-o < 8 {
				start, count, k = toks[o-1].Start, count+1, o
				words = append(words, v.text[start:t.End])
				continue
			}
			break
		}
		next := ""
		if t.End < len(v.text) {
			next = v.text[t.End:]
		}
		if w == "&" && count > 0 && k >= 2 && latinAt(v.text, t.End) && toks[k-2].End == t.Start && toks[k-2].Start >= from &&
			latinBefore(v.text, t.Start) {
			start = t.Start // R&D经费: the ampersand of an abbreviation
			continue
		}
		// 资助金额: the head noun is the phrase's last word (not 增加标准肥).
		compound := count > 0 && k < len(toks) && toks[k].End == at && x.isHead(v.text[toks[k].Start:toks[k].End])
		if !phraseWord(w) || x.isStop(w, next) && !compound {
			break
		}
		// 引/育: a stop word the segmenter split in two.
		if k >= 2 && toks[k-2].Start >= from && x.isStop(v.text[toks[k-2].Start:t.End], next) && !compound {
			break
		}
		if w == "年" && count > 0 {
			// 年销售收入: annual, unless a numeral makes it a year (2022年).
			if r, _ := lastRune(v.text[:t.Start]); t.Start == from || !numeralStart(r) {
				words = append(words, w)
				start, count = t.Start, count+1
				continue
			}
		}
		switch t.POS {
		case "p", "c", "u", "uj", "ud", "ug", "ul", "uv", "uz", "r", "m", "q", "t", "zg":
			k = 0 // stop
			continue
		case "f":
			if count == 0 || w != "以上" && w != "以下" {
				k = 0
				continue
			}
		}
		words = append(words, w)
		start, count = t.Start, count+1
	}
	// 研发投入投入: a token that repeats the end of the one before it.
	if len(words) >= 2 && strings.HasSuffix(words[1], words[0]) {
		return start, at - len(words[0])
	}
	return start, at
}

// phraseWord reports whether w can be part of a metric: Han letters, Latin
// letters, digits and the quotes of a quoted name inside it.
func phraseWord(w string) bool {
	for _, r := range w {
		if !(unicode.Is(unicode.Han, r) || unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("“”「」", r)) {
			return false
		}
	}
	return w != ""
}

// nounAfter reads the noun after a counter (80项国际标准 → 国际标准): Han
// runes up to a clause end, a particle or a verb of the list
// "numeric-stops", at most 10 runes. It is empty when a verb follows the
// figure (250万人居住, 1000亿元成立专款, 11.6万个增至): the figure is then
// not the count of a noun.
func (x *Extractor) nounAfter(v view, from, to int) (start, end int) {
	text := v.text
	i := from
	if strings.HasPrefix(text[i:], "的") {
		i += len("的")
	}
	start = i
	if len(v.toks) > 0 {
		k := sort.Search(len(v.toks), func(k int) bool { return v.toks[k].Start >= start })
		if k < len(v.toks) && v.toks[k].Start == start && v.toks[k].POS == "v" {
			return start, start
		}
	}
	for k := 0; k < 10 && i < to; k++ {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.Is(unicode.Han, r) && !strings.ContainsRune("“”「」", r) || strings.ContainsRune("的和与及在上获是为等将已中、", r) {
			break
		}
		e, stop := x.stopStarts(text, i)
		if stop && i == start {
			if h := e + x.headLen(text[e:]); h > e && (h >= to || !isHan(text, h) || strings.ContainsRune("的和与及", firstRune(text[h:]))) {
				i = h // 给予50万元奖励资金。: the compound alone
				break
			}
		}
		if stop {
			if i == start {
				if isHan(text, e) || e < len(text) && numeralStart(firstRune(text[e:])) {
					return start, start // 成立专款, 用于补助, 支持116户: a verb and its object
				}
				if _, _, ok := x.cueAfter(text, i, roleStatus); !ok {
					return start, start // 250万人居住。: a verb without an object
				}
				i = e // 给予50万元补贴。: a rule's award standing alone is a noun
			}
			break
		}
		if _, _, ok := x.cueAfter(text, i, roleChange); ok {
			if i == start {
				return start, start
			}
			break
		}
		i += n
	}
	return start, i
}

// stopStarts reports whether a stop word of two or more runes starts at i,
// and where it ends.
func (x *Extractor) stopStarts(text string, i int) (int, bool) {
	for _, w := range x.longStops {
		if strings.HasPrefix(text[i:], w.word) {
			e := i + len(w.word)
			if e < len(text) && w.notAfter != "" && strings.ContainsRune(w.notAfter, firstRune(text[e:])) {
				continue
			}
			return e, true
		}
	}
	return i, false
}
