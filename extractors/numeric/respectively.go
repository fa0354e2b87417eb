package numeric

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policyx/policyx/pipeline"
)

// respectivelyWords announce that the figures after them go, in order,
// with the items of the subject before them (出口、进口分别增长5%和3%).
var respectivelyWords = []string{"分别", "分別"}

// listJoiners join the figures of one list and the items of its subject.
var listJoiners = []string{"、", "和", "与", "與", "及"}

// maxRespectivelyGap is the longest text, in bytes, between 分别 and the
// first figure (分别比上年增长, 分别达到).
const maxRespectivelyGap = 8 * len("增")

// respectively gives each figure of a list after 分别 the item of the
// subject list it stands for: in 出口、进口分别增长5%和3% the metric of 5%
// is 出口 and that of 3% is 进口, where reading back from each figure
// gives 进口 to the first and nothing to the second. It applies only when
// the subject splits into as many items as there are figures. When an
// item before the last is elliptic (城镇、农村居民人均可支配收入: 城镇 stands
// for 城镇居民人均可支配收入), that figure gets no metric, since a metric
// is written as the source writes it and none names it whole; the last
// figure gets the last item. A subject of one item is the indicator of
// every figure (城乡低保标准分别提高9.97%和14.1%: of town and country).
// When the counts differ otherwise, no figure of the list gets a metric.
// figs and recs are parallel.
func (x *Extractor) respectively(doc *pipeline.Document, figs []figure, recs []pipeline.Record) {
	text := doc.Norm.Text
	for i := 0; i < len(figs); {
		j := i
		for j+1 < len(figs) && figs[j+1].unit == figs[i].unit && joinedByOne(text[figs[j].span.End:figs[j+1].span.Start]) {
			j++
		}
		if j > i {
			x.distribute(doc, figs[i:j+1], recs[i:j+1])
		}
		i = j + 1
	}
}

// joinedByOne reports whether gap is exactly one list joiner.
func joinedByOne(gap string) bool {
	return slices.Contains(listJoiners, gap)
}

// distribute assigns the subject items before 分别 to the figures of one
// list (see respectively). Each item must be a noun phrase as a whole
// (read as metric reads one); when an item before the last is not (an
// elliptic 城镇, or 全年中央财政用于科技 in 用于科技、教育…的支出), the
// figures before the last get no metric.
func (x *Extractor) distribute(doc *pipeline.Document, figs []figure, recs []pipeline.Record) {
	text := doc.Norm.Text
	v := view{text: text, toks: doc.Tokens}
	clause := bounds(text, figs[0].span.Start, figs[0].span.End, clauseEnds)
	lead := text[clause.Start:figs[0].span.Start]
	at := -1
	for _, w := range respectivelyWords {
		if k := strings.LastIndex(lead, w); k >= 0 && len(lead)-k-len(w) <= maxRespectivelyGap {
			at = clause.Start + k
		}
	}
	if at < 0 {
		return
	}
	dueRespectively(text, at, recs)
	if x.grants(text, at, figs[0].span.Start) {
		// 对国家级、省级创新平台分别给予500万元、200万元奖励: the items
		// receive the amounts, which all measure the noun after the last
		last := figs[len(figs)-1]
		s, e := x.nounAfter(v, last.unitEnd, clause.End)
		if s, e = x.cleanMetric(text, s, e); s < e {
			m := unwrap(v.source(doc, pipeline.Span{Start: s, End: e}))
			for _, r := range recs {
				r.(*pipeline.Numeric).Metric = m
			}
		}
		return
	}
	at = baseLead(text, clause.Start, x.lead(text, clause.Start, at)) // 年均, 由上年
	items := splitItems(text, clause.Start, at)
	switch {
	case items == nil:
		return // 分别给予50万元、20万元一次性奖补: no subject in the clause
	case len(items) == 1:
		// 城乡低保标准分别提高9.97%和14.1%: one indicator, of two places
		if r := recs[0].(*pipeline.Numeric); r.Metric != "" {
			for _, o := range recs[1:] {
				o.(*pipeline.Numeric).Metric = r.Metric
			}
		}
		return
	case len(items) != len(figs):
		// 出口、进口、外资分别增长5%和3%: reading back from the first
		// figure gives the last item, which is not its indicator
		for _, r := range recs {
			r.(*pipeline.Numeric).Metric = ""
		}
		return
	}
	metrics := make([]pipeline.Span, len(items))
	runes := make([]int, len(items)) // of each item as written
	whole := true
	for k, it := range items {
		s, e := x.trimLead(text, it.Start, it.End) // 2007年中, 全年基础设施
		runes[k] = utf8.RuneCountInString(text[s:e])
		ps, pe := x.phrase(v, s, e)
		if pe != e {
			ps = e
		}
		ps, pe = x.cleanMetric(text, ps, pe)
		metrics[k] = pipeline.Span{Start: ps, End: pe}
		if k < len(items)-1 && (ps >= pe || ps != s) {
			whole = false
		}
	}
	for _, n := range runes[:len(runes)-1] {
		if n <= 3 && runes[len(runes)-1] >= n+3 {
			whole = false // 城镇、农村居民人均可支配收入: 城镇 is elliptic
		}
	}
	for k, m := range metrics {
		r := recs[k].(*pipeline.Numeric)
		r.Metric = ""
		if whole || k == len(metrics)-1 {
			r.Metric = unwrap(v.source(doc, m))
		}
	}
}

// grants reports whether a rule's cue (给予, 奖励, 补助 …; the provision
// cues of the list "numeric-cues") ends in text[a:b], the words between
// 分别 and the first figure: the amounts go to the items before 分别.
func (x *Extractor) grants(text string, a, b int) bool {
	for i := a; i < b; {
		_, n := utf8.DecodeRuneInString(text[i:])
		i += n
		if c, s, ok := x.cueBefore(text, i, roleStatus); ok && c.value == modProvision && s >= a {
			return true
		}
	}
	return false
}

// splitItems splits text[a:b] at the list joiners outside quotes and
// brackets; it returns nil when an item is empty or holds no letter.
func splitItems(text string, a, b int) []pipeline.Span {
	var items []pipeline.Span
	depth, s := 0, a
	for i := a; i < b; {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case strings.ContainsRune("“「『（(《", r):
			depth++
		case strings.ContainsRune("”」』）)》", r):
			depth = max(0, depth-1)
		}
		if depth == 0 {
			for _, w := range listJoiners {
				if strings.HasPrefix(text[i:b], w) {
					items = append(items, pipeline.Span{Start: s, End: i})
					s = i + len(w)
					n = len(w)
					break
				}
			}
		}
		i += n
	}
	items = append(items, pipeline.Span{Start: s, End: b})
	for _, it := range items {
		if !strings.ContainsFunc(text[it.Start:it.End], unicode.IsLetter) {
			return nil
		}
	}
	return items
}

// dueYears matches a list of years written before 分别 (到2025年和2035年,
// 2027年、2030年底), the years as its groups.
var dueYears = regexp.MustCompile(`((?:19|20)[0-9]{2})年(?:底|末)?(?:、|和|与|與|及)((?:19|20)[0-9]{2})年(?:底|末)?(?:(?:、|和|与|與|及)((?:19|20)[0-9]{2})年(?:底|末)?)?`)

// dueRespectively gives each target of a list after 分别 at byte at the
// year of its own place in a list of due dates earlier in the sentence:
// 到2025年和2035年，研发投入强度分别达到3%和4% is due in 2025 and in 2035,
// where reading the sentence's first due date gives 2025 to both. The
// years must be as many as the records, and each record a target due in
// the first of them.
func dueRespectively(text string, at int, recs []pipeline.Record) {
	sent := bounds(text, at, at, sentenceEnds)
	all := dueYears.FindAllStringSubmatch(text[sent.Start:at], -1)
	if len(all) == 0 {
		return
	}
	var years []int
	for _, g := range all[len(all)-1][1:] {
		if g != "" {
			y, _ := strconv.Atoi(g)
			years = append(years, y)
		}
	}
	if len(years) != len(recs) {
		return
	}
	for _, r := range recs {
		if n := r.(*pipeline.Numeric); n.Status != statusTarget || n.Deadline != years[0] {
			return
		}
	}
	for k, r := range recs {
		r.(*pipeline.Numeric).Deadline = years[k]
	}
}
