package numeric

import (
	"sort"
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
)

// fillers stand between a metric or verb and its figure (增长了, 达到约,
// 年均增长) and are skipped when reading what precedes the figure.
var fillers = []string{"了", "达到", "达", "達到", "達", "为", "為", "是", "年均", "平均", "同比", "比上年", "分别", "每年", "均", "实际", "累计", "共计", "总计", "合计", "共", "保持", "实现", "突破", "超过", "已", "已经", "约", "近"}

// metricLead are words that open a clause but are not part of the
// indicator (力争到…末全区技术合同交易额 → 技术合同交易额).
var metricLead = []string{"力争", "确保", "争取", "努力", "预计", "其中", "截至目前", "目前", "今年以来", "去年以来", "今年", "去年", "明年", "到", "至", "末", "期间", "时期", "年底", "年末", "底", "”", "“", "」", "「", "全区", "全市", "全省", "全国", "全县", "我国", "我市", "我省", "我区", "我县", "已", "将", "要", "居", "共", "使", "让", "把", "按照", "按", "对", "并", "並", "力爭", "確保", "爭取", "對"}

// metricTrail are time words that end a clause opener rather than the
// indicator (发明专利授权量近年来保持 → 发明专利授权量).
var metricTrail = []string{"近年来", "以来", "今年", "去年", "目前", "等"}

// A view is the text a figure's sentence is read from with its tokens:
// doc.Norm.Text itself, or for a figure that opens a re-attached fragment,
// the dangling sentence the fragment continues joined to the fragment's
// first sentence.
type view struct {
	text string
	toks []pipeline.Token
}

// describe fills the record fields that depend on the sentence: kind,
// status, modality, deadline, metric and region.
// ix, when not nil, indexes doc.Norm.Text.
func (x *Extractor) describe(doc *pipeline.Document, ix *textIndex, f *figure, prev *pipeline.Numeric, prevFig *figure, ref time.Time, scopes []scope, r *pipeline.Numeric) {
	v := view{doc.Norm.Text, doc.Tokens}
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
	mod, cued := modality(&g, hits, clause)
	sc, inScope := scopeAt(scopes, f.span.Start)
	switch {
	case baseValue(text, &g, clause):
		mod = modReported
	case !cued && inScope:
		mod = modPlan
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
		if r.Deadline == 0 && inScope {
			r.Deadline = sc.year
		}
	}
	mc := clause
	mc.Start = max(mc.Start, min(prevEnd, g.span.Start))
	r.Metric = x.metric(v, &g, mc)
	if si := doc.SectionAt(f.span.Start); si >= 0 {
		r.Region = doc.Sections[si].Region
	}
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
			return view{joined, toks}, shift, true
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
func lead(text string, from, at int) int {
	for changed := true; changed; {
		changed = false
		for _, w := range fillers {
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
	at := lead(text, clause.Start, f.span.Start)
	toLevel := false
	if w, ok := hasAnySuffix(text[clause.Start:at], []string{"到", "至"}); ok {
		at -= len(w)
		toLevel = true
	}
	if _, s, ok := x.cueBefore(text, at, roleChange); ok && s >= clause.Start {
		if !toLevel {
			return kindChange
		}
		at = lead(text, clause.Start, s)
	} else if toLevel {
		at += len("到")
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
		if _, _, ok := x.cueBefore(text, at, roleShare); ok {
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
func modality(f *figure, hits []cueHit, clause pipeline.Span) (mod string, cued bool) {
	type hit = cueHit
	pick := func(keep func(h hit) bool, last bool) (string, bool) {
		got, ok := "", false
		for _, h := range hits {
			if keep(h) {
				got, ok = h.mod, true
				if !last {
					break
				}
			}
		}
		return got, ok
	}
	// After the figure, only a rule (…给予50万元奖励) or a named goal
	// (…达到50%的目标) looks back at it.
	forward := func(h hit) bool { return h.mod == modProvision || h.word == "目标" || h.word == "目標" }
	if m, ok := pick(func(h hit) bool { return h.start >= clause.Start && h.end <= f.span.Start }, true); ok {
		return m, true
	}
	if m, ok := pick(func(h hit) bool { return h.start >= f.span.End && h.end <= clause.End && forward(h) }, false); ok {
		return m, true
	}
	if m, ok := pick(func(h hit) bool { return h.end <= f.span.Start }, true); ok {
		return m, true
	}
	if m, ok := pick(func(h hit) bool { return h.start >= f.span.End && h.mod == modProvision }, false); ok {
		return m, true
	}
	return modReported, false
}

// deadline returns the year a target is due, from the nearest deadline
// expression between the sentence start and the figure: 到2035年, 2025年底,
// “十四五”末, 今年, 明年, 未来五年. 0 when there is none or it is
// relative and ref is zero.
func (x *Extractor) deadline(text string, from, to int, ref time.Time) int {
	year := 0
	for i := from; i < to; {
		r, n := utf8.DecodeRuneInString(text[i:])
		var p period
		pn := 0
		x.periods.at(text, i, func(w string, v period) bool { p, pn = v, len(w); return false })
		if pn > 0 {
			year = p.last
			i += pn
			continue
		}
		if y, e := relativeYear(text, i, ref); e > i {
			if y > 0 {
				year = y
			}
			i = e
			continue
		}
		if numeralStart(r) && !glued(text, i) {
			if y, vn, ok := numeral.PrefixFloat(text[i:]); ok {
				e := i + vn
				if y >= 1900 && y <= 2200 && strings.HasPrefix(text[e:], "年") && deadlineYear(text, i, e+len("年")) {
					year = int(y)
				}
				i = e
				continue
			}
		}
		i += n
	}
	return year
}

// deadlineYear reports whether the year written at [start, end) (年
// included) is a due date rather than a base year (比2020年) or a name
// (2035年远景目标).
func deadlineYear(text string, start, end int) bool {
	if _, ok := hasAnySuffix(text[:start], []string{"比", "较", "与", "同", "从", "自", "对", "是", "和", "、", "（", "("}); ok {
		return false
	}
	if _, ok := hasAnyPrefix(text[end:], "以来", "相比", "的", "同期", "基础", "水平", "远景", "版", "度", "—", "-", "至", "到"); ok {
		return false
	}
	return true
}

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

// metric returns the indicator a figure measures, as written: the noun
// phrase before the figure and its verb (技术合同交易额突破10亿元), or
// the noun after a counter when nothing precedes (84家企业).
func (x *Extractor) metric(v view, f *figure, clause pipeline.Span) string {
	text := v.text
	at := lead(text, clause.Start, f.span.Start)
	// Skip a change verb and its 到 (提高到, 增长).
	for k := 0; k < 2; k++ {
		if w, ok := hasAnySuffix(text[clause.Start:at], []string{"到", "至"}); ok {
			at -= len(w)
		}
		if _, s, ok := x.cueBefore(text, at, roleChange); ok && s >= clause.Start {
			at = lead(text, clause.Start, s)
		}
	}
	at = baseLead(text, clause.Start, at)
	// 总住宅单位将达到: a modal adverb between the indicator and its verb.
	if w, ok := hasAnySuffix(text[clause.Start:at], []string{"将会", "將會", "将", "將", "会", "會", "可", "要"}); ok {
		at -= len(w)
	}
	var m string
	if len(v.toks) > 0 {
		m = x.tokenPhrase(v, clause.Start, at)
	} else {
		m = x.runePhrase(text, clause.Start, at)
	}
	if strings.ContainsAny(m, "”」』》") {
		if k := strings.LastIndex(text[clause.Start:at], m); k >= 0 {
			s := clause.Start + k
			m = wholeQuote(text, clause.Start, s, s+len(m))
		}
	}
	m = x.trimLead(m)
	if i := strings.LastIndex(m, "的"); i >= 0 && utf8.RuneCountInString(m[i+len("的"):]) >= 2 {
		m = m[i+len("的"):]
	}
	if _, scopeOnly := hasAnyPrefix(m, metricLead...); scopeOnly && len(x.trimLead(m+"。")) == len("。") {
		m = ""
	}
	m = x.cleanMetric(strings.Trim(m, metricTrim))
	if x.endsWithVerb(m) {
		m = "" // 可容纳约250万人, 基金预留1000亿元: the figure is the verb's object
	}
	if m == "" && (f.class == clsCounter || f.class == clsMeasure || f.class == clsMoney) {
		m = x.cleanMetric(strings.Trim(x.nounAfter(v, f.span.End, clause.End), metricTrim))
	}
	return m
}

// endsWithVerb reports whether m ends with a stop word of two or more
// runes, or is a stop word.
func (x *Extractor) endsWithVerb(m string) bool {
	for _, s := range x.stops {
		if strings.HasSuffix(m, s.word) && (m == s.word || utf8.RuneCountInString(s.word) >= 2) {
			return true
		}
	}
	return false
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

// wholeQuote returns the metric text[start:at] so that it never starts
// inside a quoted name: when it holds a closing quote whose opening mark
// lies before start in the clause (“北部都会区”占地 read from 都会区), it is
// extended back to that mark, else cut after the closing quote.
func wholeQuote(text string, from, start, at int) string {
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
		return m[cut:]
	}
	return m
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

// metricTail are adverbs and prepositions that end the words before a
// figure but never an indicator (住宅单位将, 争取在).
var metricTail = []string{"将", "將", "在", "可", "会", "會", "要", "已", "约", "約", "近", "均", "都", "也", "还", "還", "再", "又", "共"}

// cleanMetric drops what a metric must not be: it loses adverbs at its
// end and quote marks without their pair (北部都会区”占地 → 北部都会区占地),
// and it is empty when it is only a clause opener or an adverb.
func (x *Extractor) cleanMetric(m string) string {
	for changed := true; changed; {
		changed = false
		if w, ok := hasAnySuffix(m, metricTail); ok && len(m) > len(w) {
			m, changed = m[:len(m)-len(w)], true
		}
	}
	m = dropUnpaired(m)
	if hasWord(metricLead, m) || hasWord(metricTail, m) {
		return ""
	}
	return strings.Trim(m, metricTrim)
}

// dropUnpaired removes quote marks that have no pair inside s.
func dropUnpaired(s string) string {
	rs := []rune(s)
	keep := make([]bool, len(rs))
	for i := range keep {
		keep[i] = true
	}
	var stack []int
	for i, r := range rs {
		switch r {
		case '“', '「', '『', '《':
			stack = append(stack, i)
		case '”', '」', '』', '》':
			if n := len(stack); n > 0 && rs[stack[n-1]] == openerOf(r) {
				stack = stack[:n-1]
			} else {
				keep[i] = false
			}
		}
	}
	for _, i := range stack {
		keep[i] = false
	}
	var b strings.Builder
	for i, r := range rs {
		if keep[i] {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// metricTrim is the punctuation a metric never starts or ends with.
const metricTrim = "、，,；;：:。“”「」\"' "

// trimLead removes clause openers and time words that are not part of the
// indicator.
func (x *Extractor) trimLead(m string) string {
	for changed := true; changed; {
		changed = false
		for _, w := range metricLead {
			if strings.HasPrefix(m, w) && len(m) > len(w) {
				m = m[len(w):]
				changed = true
			}
		}
		if n := x.periodAt(m, 0); n > 0 && len(m) > n {
			m = m[n:]
			changed = true
		}
		for _, w := range metricTrail {
			if strings.HasSuffix(m, w) && len(m) > len(w) {
				m = m[:len(m)-len(w)]
				changed = true
			}
		}
	}
	return strings.TrimSuffix(strings.Trim(m, "“”「」\""), "的")
}

// runePhrase reads the noun phrase ending at `at` without tokens: Han
// letters, digits and quotes back to the clause start or a verb of two or
// more runes from the "numeric-stops" list, at most 20 runes.
func (x *Extractor) runePhrase(text string, from, at int) string {
	if x.stopEnding(text, from, at) {
		return "" // the figure is the verb's object: 创制80项国际标准
	}
	i := at
	for k := 0; k < 20 && i > from; k++ {
		r, n := lastRune(text[:i])
		if !(unicode.Is(unicode.Han, r) || unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("“”「」（）()", r)) {
			break
		}
		if i < at && x.stopEnding(text, from, i) {
			break
		}
		i -= n
	}
	return text[i:at]
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
// (科技创新平台, 从业人数, 投资失败容忍度) are kept. A word repeated by a
// typo (研发投入投入) is read once.
func (x *Extractor) tokenPhrase(v view, from, at int) string {
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
		if count == 0 && (t.POS == "t" || hasWord(metricTrail, w)) {
			at, start = t.Start, t.Start // 授权量近年来保持: skip the time word
			continue
		}
		if w == "）" || w == ")" {
			// 科技经纪人（技术经理人）: keep a parenthesis whole.
			o := k - 1
			for o > 0 && v.text[toks[o-1].Start:toks[o-1].End] != "（" && v.text[toks[o-1].Start:toks[o-1].End] != "(" && k-o < 8 {
				o--
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
		if !phraseWord(w) || x.isStop(w, next) {
			break
		}
		// 引/育: a stop word the segmenter split in two.
		if k >= 2 && toks[k-2].Start >= from && x.isStop(v.text[toks[k-2].Start:t.End], next) {
			break
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
		return v.text[start : at-len(words[0])]
	}
	return v.text[start:at]
}

// hasWord reports whether w is one of words.
func hasWord(words []string, w string) bool {
	for _, s := range words {
		if s == w {
			return true
		}
	}
	return false
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
func (x *Extractor) nounAfter(v view, from, to int) string {
	text := v.text
	i := from
	if strings.HasPrefix(text[i:], "的") {
		i += len("的")
	}
	start := i
	if len(v.toks) > 0 {
		k := sort.Search(len(v.toks), func(k int) bool { return v.toks[k].Start >= start })
		if k < len(v.toks) && v.toks[k].Start == start && v.toks[k].POS == "v" {
			return ""
		}
	}
	for k := 0; k < 10 && i < to; k++ {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.Is(unicode.Han, r) && !strings.ContainsRune("“”「」", r) || strings.ContainsRune("的和与及在上获是为等将已中、", r) {
			break
		}
		if e, ok := x.stopStarts(text, i); ok {
			if i == start {
				if isHan(text, e) || e < len(text) && numeralStart(firstRune(text[e:])) {
					return "" // 成立专款, 用于补助, 支持116户: a verb and its object
				}
				if _, _, ok := x.cueAfter(text, i, roleStatus); !ok {
					return "" // 250万人居住。: a verb without an object
				}
				i = e // 给予50万元补贴。: a rule's award standing alone is a noun
			}
			break
		}
		if _, _, ok := x.cueAfter(text, i, roleChange); ok {
			if i == start {
				return ""
			}
			break
		}
		i += n
	}
	return strings.Trim(text[start:i], "“”「」")
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
