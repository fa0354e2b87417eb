package numeric

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/policyx/policyx/extractors/numeral"
	"github.com/policyx/policyx/pipeline"
)

// Clause and sentence ends. A status cue reaches over clause ends (力争…，
// …增长20%) but not over sentence ends.
const (
	sentenceEnds = "。！？!?\n"
	clauseEnds   = "，；：,;:。！？!?\n"
	// segmentEnds end the run of a sentence up to a semicolon, the reach
	// of a cue that governs a list of figures (see modality).
	segmentEnds = sentenceEnds + "；;"
)

// fillers stand between a metric or verb and its figure (增长了, 达到约,
// 年均增长) and are skipped when reading what precedes the figure.
const fillers = `
了 达到 达 達到 達 为 為 是 年均 平均 同比 比上年 比去年 分别 每年 均 实际 累计 共计 总计 合计 共 保持 实现 突破
超过 已 已经 约 近 首次 首度 再次 再度 控制在 稳定在 穩定在 保持在 预计为 預計為 力争 力爭
一直 始终 始終 连续 連續 连年 連年 全年 必须 必須 完成 完成了 合共 可比
`

// metricLead are words that open a clause but are not part of the
// indicator (力争到…末全区技术合同交易额 → 技术合同交易额).
const metricLead = `
力争 确保 争取 努力 预计 其中 截至目前 目前 今年以来 去年以来 全年 今年 去年 明年 到 至 末 期间 时期 年底 年末 底 全区 全市
全省 全国 全县 我国 我市 我省 我区 我县 已 将 要 居 共有 共 使 让 把 按照 按 对 并 並 力爭 確保 爭取 對
围绕 圍繞 作为 作為 邀请 邀請 现公布 現公布 一律 荣获 榮獲 位居 如 若 当中 當中 还有 還有 合共 全面
`

// metricTrail are time words that end a clause opener rather than the
// indicator (发明专利授权量近年来保持 → 发明专利授权量), and 要求, which
// sets the figure of what precedes it (大豆要求增长百分之四点四 → 大豆).
var metricTrail = []string{"近年来", "以来", "今年", "去年", "目前", "等", "要求", "同比"}

// rankTrail are the fields (rankScopes) and verbs of a rank that end the text before
// it rather than the indicator ranked (总量全市第二 → 总量, 经济总量稳居
// 世界第二位 → 经济总量).
var rankTrail = append(slices.Clip(rankScopes), "跃居", "稳居", "位居", "位列", "名列", "跃升到", "升至", "排名", "跻身", "居")

// A view is the text a figure's sentence is read from with its tokens:
// doc.Norm.Text itself, or for a figure that opens a re-attached fragment,
// the dangling sentence the fragment continues joined to the fragment's
// first sentence.
type view struct {
	text string
	toks []pipeline.Token
	// parts map a joined view back to doc.Norm.Text, in order; nil means
	// the view is doc.Norm.Text itself.
	parts []viewPart
}

// A viewPart is a run of a joined view: view bytes [at, at+n) are
// doc.Norm.Text bytes [norm, norm+n).
type viewPart struct{ at, norm, n int }

// source returns the original text of the view span s, as the source
// wrote it: each piece of s is mapped to doc.Text through doc.Norm, so a
// traditional or full-width source keeps its own characters. A span that
// crosses the join of a re-attached fragment is the concatenation of the
// two source pieces.
func (v view) source(doc *pipeline.Document, s pipeline.Span) string {
	if s.End <= s.Start {
		return ""
	}
	if v.parts == nil {
		src := doc.Norm.ToSource(s)
		return doc.Text[src.Start:src.End]
	}
	var b strings.Builder
	for _, p := range v.parts {
		lo, hi := max(s.Start, p.at), min(s.End, p.at+p.n)
		if lo >= hi {
			continue
		}
		src := doc.Norm.ToSource(pipeline.Span{Start: p.norm + lo - p.at, End: p.norm + hi - p.at})
		b.WriteString(doc.Text[src.Start:src.End])
	}
	return b.String()
}

// unwrap removes from a metric read from the source the line breaks that
// the layout put inside it, with the spaces around them (产业投\n资占固定
// 资产投资比重 in a copy of a PDF page), and the stray spaces between two
// Chinese characters (地方一 般公共预算收入): a metric is the indicator as
// written, and neither is part of how it is written.
func unwrap(s string) string {
	if !strings.ContainsAny(s, "\r\n\t \u3000\u200b") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		j := i
		for j < len(s) {
			if s[j] == ' ' || s[j] == '\t' || s[j] == '\r' || s[j] == '\n' {
				j++
			} else if w, ok := hasAnyPrefix(s[j:], "\u3000", "\u200b"); ok {
				j += len(w) // an ideographic or zero-width space
			} else {
				break
			}
		}
		if j > i {
			before, _ := utf8.DecodeLastRuneInString(s[:i])
			after, _ := utf8.DecodeRuneInString(s[j:])
			between := i > 0 && j < len(s) && unicode.Is(unicode.Han, before) && unicode.Is(unicode.Han, after)
			if !strings.ContainsAny(s[i:j], "\r\n") && !between {
				b.WriteString(s[i:j])
			}
			i = j
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// describe fills the record fields that depend on the sentence: kind,
// status, modality, deadline, metric and region.
// ix, when not nil, indexes doc.Norm.Text; year is the year the report is
// written in, 0 when unknown.
func (x *Extractor) describe(doc *pipeline.Document, ix *textIndex, f *figure, prev *pipeline.Numeric, prevFig *figure, ref time.Time, scopes []scope, year, planYear int, r *pipeline.Numeric) {
	v := view{text: doc.Norm.Text, toks: doc.Tokens}
	g := *f
	if j, shift, ok := continued(doc, f.span.Start); ok {
		ix = nil // the joined view is not the indexed text
		// The figure opens a fragment: read its cues and metric from the
		// sentence it continues, too.
		v = j
		g.span.Start += shift
		g.span.End += shift
		g.numStart += shift
		g.unitEnd += shift
		prev, prevFig = nil, nil
	}
	text := v.text
	var sent, clause pipeline.Span
	if ix != nil {
		sent, clause = ix.sentence(g.span.Start, g.span.End), ix.clause(g.span.Start, g.span.End)
	} else {
		sent = bounds(text, g.span.Start, g.span.End, sentenceEnds)
		clause = bounds(text, g.span.Start, g.span.End, clauseEnds)
	}
	prevEnd, prevKind := 0, ""
	if prev != nil {
		prevEnd, prevKind = prevFig.span.End, prev.Kind
	}
	r.Kind = x.kind(text, &g, clause, prevFig, prevKind)
	var hits []cueHit
	if ix != nil {
		hits = ix.statusHits(sent, g.span, hits)
	} else {
		hits = x.statusHits(text, g.span, sent)
	}
	var seg pipeline.Span
	if ix != nil {
		seg = ix.segment(g.span.Start, g.span.End)
	} else {
		seg = bounds(text, g.span.Start, g.span.End, segmentEnds)
	}
	mod, gov, cued := modality(&g, hits, clause, seg)
	if cued && gov.word == "累计" {
		// 到2027年，…；累计建成…30个: a cumulative level the sentence's
		// due date sets, not one reached
		for _, h := range hits {
			due := (h.word == "到" || h.word == "至") && yearAfter(text, h.end) > 0 && !strings.HasSuffix(strings.TrimRight(text[:h.start], " "), "年")
			if h.start < gov.start && h.mod == modGoal && due { // not 2003年到2007年…累计, a span gone by, nor 完成年度目标…累计
				mod, gov = modGoal, h
				break
			}
		}
	}
	due := 0 // the due date a sentence before this one opens in its paragraph
	if text == doc.Norm.Text {
		due = paragraphDue(text, doc.Paragraphs, sent.Start, ref)
	}
	sc, inPart := scopeAt(scopes, f.span.Start)
	inScope := inPart && !sc.review
	switch {
	case baseValue(text, &g, clause):
		mod = modReported
	case !cued && inScope:
		mod = modPlan
	case cued && inPart && sc.review && x.held(text, gov, hits, sent, clause):
		mod = modReported
	case !cued && !inPart && inArticle(text, lineStart(text, ix, g.span.Start)):
		mod = modProvision // 第四条 固定资产投资在1亿元以上的项目: a rule's condition
	case !cued && !inPart && capBefore(text, g.numStart):
		mod = modProvision // 奖金总额不超过50万元: a cap, what a rule allows
	case !cued && x.dueAhead(text, sent.Start, g.span.Start, ref):
		mod = modGoal // 至2030年，产值突破千亿元: a level due in a year to come
	case !cued && due > 0:
		mod = modGoal // 到2027年，…。培育10-15个…: a later sentence of the paragraph the due date opens
	}
	r.Modality = mod
	r.Status = statusTarget
	if mod == modReported {
		r.Status = statusActual
	}
	if r.Status == statusTarget {
		if ix != nil {
			r.Deadline = ix.deadline(sent.Start, g.span.Start)
		} else {
			r.Deadline = x.deadline(text, sent.Start, g.span.Start, ref)
		}
		if r.Deadline != 0 && !ref.IsZero() && r.Deadline < ref.Year() && reachedBy(text, sent.Start, g.span.Start, r.Deadline) {
			// 由一九七八年的…增加到一九八二年的六百五十亿元 in a report of
			// 1983: the level reached by a year gone by
			r.Status, r.Modality, r.Deadline = statusActual, modReported, 0
		}
		if r.Status == statusTarget && r.Deadline == 0 && inScope {
			r.Deadline = sc.year
		}
		if r.Status == statusTarget && r.Deadline == 0 && mod != modProvision && thisYearPlan(text, sent, clause) {
			r.Deadline = year
		}
		if r.Status == statusTarget && r.Deadline == 0 {
			r.Deadline = due
		}
		if r.Status == statusTarget && r.Deadline == 0 && mod != modProvision && planYear > 0 {
			r.Deadline = planYear // …三年行动方案（2025—2027年）: the plan's own period
		}
	}
	mc := clause
	mc.Start = max(mc.Start, min(prevEnd, g.span.Start))
	r.Metric = unwrap(v.source(doc, x.metric(v, &g, mc)))
	if si := doc.SectionAt(f.span.Start); si >= 0 {
		r.Region = doc.Sections[si].Region
	}
}

// capWords set a cap before a figure (不超过50万元, 最高奖励…, 上限为): with
// no cue of its own the figure is what a rule allows.
var capWords = []string{"不超过", "不超過", "最高", "上限为", "上限為", "不高于", "不高於", "不多于", "不多於"}

// capBefore reports whether one of capWords ends at byte i of text, or
// before the words of a grant that end there (最高奖励50万元).
func capBefore(text string, i int) bool {
	for _, b := range bridgeWords {
		if strings.HasSuffix(text[:i], b) {
			i -= len(b)
			break
		}
	}
	_, ok := hasAnySuffix(text[:i], capWords)
	return ok
}

// dueOpening matches a sentence that opens with a due date, maybe after
// a list marker at its paragraph's start: 到2027年，, 至2030年底,,
// （二）到2027年，.
var dueOpening = regexp.MustCompile(`(?:^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}[、.．]|[一二三四五六七八九十]是)?|[。；;！？!?])\s*(?:到|至)((?:19|20)\d\d)\s*年(?:底|末)?[，,]`)

// maxDueReach bounds, in bytes, how far back in its paragraph a figure's
// sentence looks for a due date (see paragraphDue).
const maxDueReach = 2048

// paragraphDue returns the year a sentence of a paragraph of text opens
// with as its due date (到2027年，…) when the sentence that starts at byte
// at is a later sentence of that paragraph and the year is after the
// reference date's, or 0: the latest such sentence before at counts.
// paras are the document's paragraphs, in order.
func paragraphDue(text string, paras []pipeline.Span, at int, ref time.Time) int {
	if ref.IsZero() {
		return 0
	}
	k := sort.Search(len(paras), func(i int) bool { return paras[i].End > at })
	if k == len(paras) || paras[k].Start > at || paras[k].End > len(text) {
		return 0
	}
	p := paras[k]
	from := max(p.Start, at-maxDueReach) // a long paragraph is read back no further
	for from > p.Start && !utf8.RuneStart(text[from]) {
		from++
	}
	if !strings.Contains(text[from:at], "到2") && !strings.Contains(text[from:at], "至2") && !strings.Contains(text[from:at], "到1") && !strings.Contains(text[from:at], "至1") {
		return 0 // the cheap test first: most paragraphs name no due date
	}
	ms := dueOpening.FindAllStringSubmatchIndex(text[from:at], -1)
	if from > p.Start && len(ms) > 0 && ms[0][0] == 0 && !strings.ContainsAny(text[from:from+ms[0][3]], "。；;！？!?") {
		ms = ms[1:] // the window's start is no paragraph's start
	}
	if len(ms) == 0 {
		return 0
	}
	m := ms[len(ms)-1]
	if !strings.ContainsAny(text[from+m[1]:at], "。；;！？!?") {
		return 0 // the due date's own sentence reads its own cue
	}
	y, _ := strconv.Atoi(text[from+m[2] : from+m[3]])
	if y <= ref.Year() {
		return 0 // 到2024年底，…: what was reached by then
	}
	return y
}

// articleStart matches the number of an article that opens a paragraph:
// 第四条, 第12条, 第十二條.
var articleStart = regexp.MustCompile(`^\s*第[一二三四五六七八九十百零〇0-9０-９]{1,6}[条條]`)

// inArticle reports whether the paragraph of text that starts at byte p
// opens with the number of an article of a rule (第N条): what such an
// article states is a provision, not a report.
func inArticle(text string, p int) bool {
	return articleStart.MatchString(text[p:min(len(text), p+40)])
}

// lineStart returns the start of the line of text that holds byte i, from
// ix when it indexes text (ix is nil otherwise).
func lineStart(text string, ix *textIndex, i int) int {
	if ix != nil {
		return ix.lineStart(i)
	}
	return strings.LastIndexByte(text[:i], '\n') + 1
}

// thisYearPlan reports whether the sentence sent plans for the year the
// report is written in: 拟 stands in it before the end of the figure's
// clause (拟安排中央财政赤字3000亿元), or 今年 and, after it, 要
// (今年要…, 今年中央财政要…). 拟 that qualifies a noun (拟上市企业,
// 拟挂牌) plans nothing. Spans are byte offsets into text.
func thisYearPlan(text string, sent, clause pipeline.Span) bool {
	before := text[sent.Start:clause.End]
	for _, w := range []string{"拟", "擬"} {
		for i := 0; ; {
			j := strings.Index(before[i:], w)
			if j < 0 {
				break
			}
			i += j + len(w)
			if !strings.HasPrefix(before[i:], "上市") && !strings.HasPrefix(before[i:], "挂牌") && !strings.HasPrefix(before[i:], "掛牌") {
				return true
			}
		}
	}
	i := strings.Index(before, "今年")
	return i >= 0 && !strings.HasPrefix(before[i+len("今年"):], "以来") && strings.Contains(before[i:], "要")
}

// continued reports whether the byte offset off of doc.Norm.Text lies in
// the first sentence of a fragment the structure stage re-attached to a
// section whose own text ends mid-sentence. It then returns the joined view
// (the dangling sentence, then the fragment's first sentence) and the shift
// that maps offsets of that fragment sentence into the view.
func continued(doc *pipeline.Document, off int) (view, int, bool) {
	text := doc.Norm.Text
	for i := range doc.Sections {
		s := &doc.Sections[i]
		for _, fr := range s.Fragments {
			if off < fr.Start || off >= fr.End {
				continue
			}
			fs := fr.Start
			for fs < fr.End {
				r, n := utf8.DecodeRuneInString(text[fs:])
				if r != ' ' && r != '\t' && r != '\n' && r != '\u3000' {
					break
				}
				fs += n // an ideographic space is 3 bytes
			}
			first := bounds(text, fs, fs, sentenceEnds)
			first.Start = fs
			if first.End < len(text) {
				_, n := utf8.DecodeRuneInString(text[first.End:])
				first.End += n // keep the sentence end
			}
			if off >= first.End {
				return view{}, 0, false
			}
			end := s.Span.End
			for end > s.Span.Start {
				r, n := lastRune(text[:end])
				if !unicode.IsSpace(r) {
					break
				}
				end -= n
			}
			if r, _ := lastRune(text[:end]); end <= s.Span.Start || strings.ContainsRune(sentenceEnds, r) || !unicode.Is(unicode.Han, r) {
				return view{}, 0, false // the section's text ends with a whole sentence
			}
			d := bounds(text, end, end, sentenceEnds)
			d.End = end
			joined := text[d.Start:d.End] + text[first.Start:first.End]
			shift := (d.End - d.Start) - first.Start
			var toks []pipeline.Token
			for _, t := range doc.Tokens {
				switch {
				case t.Start >= d.Start && t.End <= d.End:
					t.Start -= d.Start
					t.End -= d.Start
				case t.Start >= first.Start && t.End <= first.End:
					t.Start += shift
					t.End += shift
				default:
					continue
				}
				toks = append(toks, t)
			}
			parts := []viewPart{{0, d.Start, d.End - d.Start}, {d.End - d.Start, first.Start, first.End - first.Start}}
			return view{joined, toks, parts}, shift, true
		}
	}
	return view{}, 0, false
}

// baseValue reports whether a figure is the starting point of a change
// (从人均40元提高到45元, 由2090元增加到2476元): a realised level even in a
// forward-looking part of a report.
func baseValue(text string, f *figure, clause pipeline.Span) bool {
	before := text[clause.Start:f.span.Start]
	i := max(strings.LastIndex(before, "从"), strings.LastIndex(before, "由"))
	if i < 0 || utf8.RuneCountInString(before[i:]) > 12 {
		return false
	}
	after := text[f.span.End:clause.End]
	j := strings.IndexAny(after, "到至")
	return j >= 0 && utf8.RuneCountInString(after[:j]) <= 6
}

// maxContext caps, in bytes on each side of a figure, how far the sentence
// and clause that give a figure its cues may reach. Real sentences are far
// shorter; the cap keeps a document without punctuation (a huge single
// line) linear instead of quadratic.
const maxContext = 1200

// bounds returns the run of text around [start, end) delimited by any of
// the runes in ends, at most maxContext bytes on each side.
func bounds(text string, start, end int, ends string) pipeline.Span {
	s := start
	for s > 0 && start-s < maxContext {
		r, n := lastRune(text[:s])
		if strings.ContainsRune(ends, r) {
			break
		}
		s -= n
	}
	e := end
	for e < len(text) && e-end < maxContext {
		r, n := utf8.DecodeRuneInString(text[e:])
		if strings.ContainsRune(ends, r) {
			break
		}
		e += n
	}
	return pipeline.Span{Start: s, End: e}
}

// lead returns where the words before a figure start once fillers are
// skipped (技术合同成交额超过700亿元 → the end of 成交额).
func (x *Extractor) lead(text string, from, at int) int {
	for changed := true; changed; {
		changed = false
		for _, w := range x.words.fillers {
			if at-len(w) >= from && strings.HasSuffix(text[:at], w) {
				at -= len(w)
				changed = true
				break
			}
		}
		// 年 of 年增长 (a yearly rate), not of 两年.
		if !changed && at-len("年") >= from && strings.HasSuffix(text[:at], "年") {
			if r, _ := lastRune(text[:at-len("年")]); !numeralStart(r) && r != '多' && r != '余' {
				at -= len("年")
				changed = true
			}
		}
	}
	return at
}

// kind refines the kind of a level figure: change after a change verb
// (增长20%, 减少18家) or before 增长 (50%以上的增长), share for a
// percentage of a ratio (占比达81%, 转化率提升到29.7%).
func (x *Extractor) kind(text string, f *figure, clause pipeline.Span, prev *figure, prevKind string) string {
	if f.kind != kindLevel {
		return f.kind
	}
	// 分别增长8.9%、7.7%; 增长8.4%和11.4%: a figure listed after another
	// of the same unit shares its kind.
	if prev != nil && prev.unit == f.unit && prev.span.End >= clause.Start {
		if _, ok := hasAnySuffix(text[prev.span.End:f.span.Start], []string{"、", "和", "与", "及", "或"}); ok && len(text[prev.span.End:f.span.Start]) <= len("和") {
			return prevKind
		}
	}
	at := x.lead(text, clause.Start, f.span.Start)
	toLevel := false
	if w, ok := hasAnySuffix(text[clause.Start:at], []string{"到", "至"}); ok {
		at -= len(w)
		toLevel = true
	}
	if _, s, ok := x.cueBefore(text, at, roleChange); ok && s >= clause.Start {
		if !toLevel {
			return kindChange
		}
		at = x.lead(text, clause.Start, s)
	} else if toLevel {
		at += len("到")
	}
	if f.class == clsPercent && f.span.Start == f.numStart && strings.HasSuffix(text[clause.Start:f.span.Start], "的") {
		// 按固定资产投资额的10%, 市值租金的六成, 完成总投资计划的80%: a
		// part of the whole 的 follows, unless that is a time (去年的)
		b := f.span.Start - len("的")
		_, when := hasAnySuffix(text[clause.Start:b], x.words.timeEnds)
		when = when || strings.HasSuffix(text[clause.Start:b], "年") // 一九七八年的
		_, _, cued := x.cueBefore(text, b, roleStatus)              // 今年预计的3%: a level
		if !when && !cued && b > clause.Start {
			return kindShare
		}
	}
	if f.class == clsPercent {
		rest := text[f.span.End:clause.End]
		rest = strings.TrimPrefix(rest, "的")
		for k := 0; k < 5 && rest != ""; k++ {
			if _, ok := hasAnyPrefix(rest, "增长", "增速", "增幅", "的增长", "的增速"); ok {
				return kindChange
			}
			_, n := utf8.DecodeRuneInString(rest)
			rest = rest[n:]
		}
		if _, _, ok := x.cueBefore(text, at, roleShare); ok || f.fraction {
			return kindShare
		}
	}
	return kindLevel
}

// statusHits returns the status cues of the sentence sent, scanned left to
// right, longest first, skipping the figure span skip.
func (x *Extractor) statusHits(text string, skip, sent pipeline.Span) []cueHit {
	var hits []cueHit
	for i := sent.Start; i < sent.End; {
		_, n := utf8.DecodeRuneInString(text[i:])
		if i >= skip.Start && i < skip.End {
			i += n
			continue
		}
		if c, e, ok := x.cueAfter(text, i, roleStatus); ok && e <= sent.End {
			hits = append(hits, cueHit{i, e, c.value, c.word})
			i = e
			continue
		}
		i += n
	}
	return hits
}

// modality picks the status cue that governs the figure (see the package
// documentation for the order) and returns its modality.
// cued is false when no cue governs the figure and the reported default
// was returned.
//
// hits are the status cues of the figure's sentence, in order, as
// statusHits finds them.
func modality(f *figure, hits []cueHit, clause, seg pipeline.Span) (mod string, gov cueHit, cued bool) {
	type hit = cueHit
	pick := func(keep func(h hit) bool, last bool) (string, bool) {
		ok := false
		for _, h := range hits {
			if keep(h) {
				gov, ok = h, true
				if !last {
					break
				}
			}
		}
		return gov.mod, ok
	}
	// After the figure, only a rule (…给予50万元奖励) or a named goal
	// (…达到50%的目标) looks back at it.
	forward := func(h hit) bool { return h.mod == modProvision || h.word == "目标" || h.word == "目標" }
	if m, ok := pick(func(h hit) bool { return h.start >= clause.Start && h.end <= f.span.Start }, true); ok {
		return m, gov, true
	}
	if m, ok := pick(func(h hit) bool { return h.start >= f.span.End && h.end <= clause.End && forward(h) }, false); ok {
		return m, gov, true
	}
	// A rule's cue holds only within its own item of a list set off by
	// ；: in 发放低保金1200万元；困难残疾人生活补贴标准每人75元/月；参保率
	// 达到98% the 补贴 and 每人 of the second item make no provision of
	// the others.
	inSeg := func(h hit) bool { return h.mod != modProvision || h.start >= seg.Start && h.end <= seg.End }
	if m, ok := pick(func(h hit) bool { return h.end <= f.span.Start && inSeg(h) }, true); ok {
		return m, gov, true
	}
	if m, ok := pick(func(h hit) bool { return h.start >= f.span.End && h.mod == modProvision && inSeg(h) }, false); ok {
		return m, gov, true
	}
	return modReported, cueHit{}, false
}

// held reports whether the cue gov, governing a figure in a backward part
// of a report (回顾, 总结), states what was done rather than what is
// planned: a plan or rule cue (安排, 补助) or a norm verb of the
// "numeric-outlook" kind done (控制在), with no word of the kind future
// (拟, 将, 要, 今年) in the figure's sentence sent before the end of its
// clause. hits are the status cues of sent; spans are byte offsets into
// text.
func (x *Extractor) held(text string, gov cueHit, hits []cueHit, sent, clause pipeline.Span) bool {
	if gov.mod != modPlan && gov.mod != modProvision && !x.done[gov.word] {
		return false
	}
	for _, h := range hits {
		if h.start >= sent.Start && h.end <= clause.End && x.futureCue[h.word] {
			return false
		}
	}
	before := text[sent.Start:clause.End]
	for _, w := range x.future {
		for i := 0; ; {
			j := strings.Index(before[i:], w)
			if j < 0 {
				break
			}
			i += j + len(w)
			if !strings.HasPrefix(before[i:], "以来") {
				return false // 今年 looks ahead; 今年以来 looks back
			}
		}
	}
	return true
}

// deadline returns the year a target is due, from the nearest deadline
// expression between the sentence start and the figure: 到2035年, 2025年底,
// “十四五”末, 今年, 明年, 未来五年. 0 when there is none or it is
// relative and ref is zero.
func (x *Extractor) deadline(text string, from, to int, ref time.Time) int {
	year := 0
	for i := from; i < to; {
		if st, ok := x.deadlineStep(text, i, ref); ok {
			if st.set || st.year > 0 {
				year = st.year
			}
			i = st.next
			continue
		}
		_, n := utf8.DecodeRuneInString(text[i:])
		i += n
	}
	return year
}

// reachedBy reports whether 到 or 至 and the year y stand in text[from:to]
// (增加到一九八二年的, 到2002年底).
func reachedBy(text string, from, to, y int) bool {
	for _, w := range []string{"到", "至"} {
		for i := from; i < to; {
			k := strings.Index(text[i:to], w)
			if k < 0 {
				break
			}
			i += k + len(w)
			if yearAfter(text, i) == y {
				return true
			}
		}
	}
	return false
}

// yearAfter returns the year written with 年 right at byte i (一九八二年,
// 2020年), or 0.
func yearAfter(text string, i int) int {
	y, n, ok := numeral.PrefixFloat(text[i:])
	if !ok || y < 1900 || y > 2200 || !strings.HasPrefix(text[i+n:], "年") {
		return 0
	}
	return int(y)
}

// dueAhead reports whether the text [from, to) before a figure holds a
// due date after the year of ref that no 到 introduces (a 到 is a goal cue
// itself): 至2030年, 2027年前, “十四五”末. As of a year gone by (至2020年底,
// “十三五”末 in a report of 2021) it says what was reached, and without a
// reference date it is not read.
func (x *Extractor) dueAhead(text string, from, to int, ref time.Time) bool {
	if ref.IsZero() {
		return false
	}
	for i := from; i < to; {
		st, ok := x.deadlineStep(text, i, ref)
		if !ok {
			_, n := utf8.DecodeRuneInString(text[i:])
			i += n
			continue
		}
		i = st.next
		if st.year <= ref.Year() {
			continue
		}
		switch after := text[st.next:]; {
		case st.set:
			// “十四五”末: the period's end, past its closing quote
			if _, ok := hasAnyPrefix(pastCloseQuote(after), "末", "期末"); ok {
				return true
			}
		case numeralStart(firstRune(text[st.at:])):
			// 2027年前, 至2030年
			_, before := hasAnyPrefix(strings.TrimPrefix(after, "年"), "前", "以前", "之前", "底前", "年底前")
			_, since := hasAnySuffix(text[:st.at], []string{"至", "到"})
			if before || since {
				return true
			}
		}
	}
	return false
}

// deadlineYear reports whether the year written at [start, end) (年
// included) is a due date rather than a base year (比2020年) or a name
// (2035年远景目标).
func deadlineYear(text string, start, end int) bool {
	if _, ok := hasAnySuffix(text[:start], []string{"比", "较", "与", "同", "从", "自", "对", "是", "和", "、", "（", "("}); ok {
		return false
	}
	if w, ok := hasAnyPrefix(text[end:], "以来", "相比", "的", "同期", "基础", "水平", "远景", "版", "度", "—", "-", "至", "到"); ok {
		// 增加到一九八七年的一百一十万人: the level due then (2020年的水平
		// is a base)
		_, to := hasAnySuffix(text[:start], []string{"到", "至"})
		if !(w == "的" && to) || strings.HasPrefix(text[end+len(w):], "水平") || strings.HasPrefix(text[end+len(w):], "基础") {
			return false
		}
	}
	if loc := fullDate.FindStringIndex(text[end:]); loc != nil {
		// 2023年3月1日，对…给予30万元奖励: the day a rule is issued or an
		// event falls, not a due date, unless 前 or 止 makes it one
		_, due := hasAnyPrefix(text[end+loc[1]:], "前", "之前", "以前", "止", "为止", "為止")
		_, to := hasAnySuffix(text[:start], []string{"到", "至"}) // 到1997年7月1日
		return due || to
	}
	return true
}

// fullDate matches the month and day that follow a year's 年: 3月1日.
var fullDate = regexp.MustCompile(`^[0-9０-９一二三四五六七八九十]{1,3}月[0-9０-９一二三四五六七八九十]{1,3}[日号號]`)

// relativeYear reads 今年, 明年, 年内, 未来N年, 今后N年 at i and resolves
// them against ref. e is the end of what was read (i when nothing was);
// the year is 0 when ref is zero.
func relativeYear(text string, i int, ref time.Time) (year, e int) {
	base := 0
	if !ref.IsZero() {
		base = ref.Year()
	}
	for _, w := range []struct {
		word string
		add  int
	}{{"今年", 0}, {"本年", 0}, {"年内", 0}, {"年內", 0}, {"明年", 1}} {
		if strings.HasPrefix(text[i:], w.word) {
			if strings.HasPrefix(text[i+len(w.word):], "以来") {
				return 0, i + len(w.word)
			}
			if base == 0 {
				return 0, i + len(w.word)
			}
			return base + w.add, i + len(w.word)
		}
	}
	if w, ok := hasAnyPrefix(text[i:], "未来", "今后"); ok {
		j := i + len(w)
		v, n, ok := numeral.PrefixFloat(text[j:])
		if ok && strings.HasPrefix(text[j+n:], "年") {
			if base == 0 {
				return 0, j + n + len("年")
			}
			return base + int(v), j + n + len("年")
		}
	}
	return 0, i
}
