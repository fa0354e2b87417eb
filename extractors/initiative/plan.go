package initiative

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// nationalField is the field that a national plan's title names before
// its ordinal or a span of ten years (国民经济和社会发展第十个五年计划,
// 国民经济和社会发展十年规划).
const nationalField = "国民经济和社会发展"

// nationalPrefixes are the fields a national plan's title names before its
// ordinal (国民经济和社会发展第十个五年计划, 发展国民经济的第一个五年计划),
// the first that the text spells winning; they are part of the mention,
// and of the name only when they name social development (see plans).
const nationalPrefixes = nationalField + " 发展国民经济的 发展国民经济 国民经济"

// plans finds the national plans named by their ordinal and span, with no
// verb needed before them: 第七个五年计划, 国民经济和社会发展第十一个五年
// 规划纲要, 第一个五年計劃. The name is the ordinal and the span (第七个
// 五年), as the plan period in quotes (“七五”) names the same plan; the
// category is the head word as written. A plan written with 国民经济和社会
// 发展 is named by that title up to its last head word (国民经济和社会发展
// 第十三个五年规划 | 纲要), as annotators name it. A ten-year plan is named
// only after that field (国民经济和社会发展十年 | 规划), since 十年 alone
// names nothing.
func (m *matcher) plans() {
	rs := m.v.rs
	for i := 0; i < len(rs); i++ {
		if rs[i] == '第' {
			if end, ok := m.ordinalPlan(i); ok {
				i = end - 1
			}
		} else if rs[i] == '十' && m.hasPrefix(i, nationalField) {
			a := i - utf8.RuneCountInString(nationalField)
			if end, ok := m.planHead(a, a, i+2, m.v.str(a, i+2)); ok {
				i = end - 1
			}
		} else if end, ok := m.barePeriodPlan(i); ok {
			i = end - 1
		}
	}
}

// barePeriodPlan reads at rune i the plan of a period written without
// quotes: 实施十二五规划, 完成了十三五规划确定的目标任务 (十二五 | 规划),
// as the quoted “十二五”规划 is read; a place right before the period is
// part of the name (江苏省十四五规划).
func (m *matcher) barePeriodPlan(i int) (int, bool) {
	rs := m.v.rs
	if i+5 > len(rs) || rs[i] != '十' || !isPeriod(string(rs[i:i+3])) {
		return 0, false
	}
	a := i - m.placeEnding(i)
	k := i + 3
	n := m.wordAt(k, len(rs), kindPlan)
	if n == 0 {
		return 0, false
	}
	last, end := k, k+n // the last head word, and the mention's end
	for n = m.wordAt(end, len(rs), kindPlan); n > 0; n = m.wordAt(end, len(rs), kindPlan) {
		last, end = end, end+n // 规划纲要: the final head noun, 纲要
	}
	if !m.free(a, end) {
		return 0, false
	}
	m.add(mention{a: a, b: end, name: m.v.str(a, i+3), cat: m.v.str(last, end)})
	return end, true
}

// ordinalPlan reads at rune i, a 第, a plan named by its ordinal: 第, a
// count in Chinese numerals, 个, 五年 or 十年 and a head word of a plan.
func (m *matcher) ordinalPlan(i int) (int, bool) {
	rs := m.v.rs
	j := i + 1
	for j < len(rs) && j-i <= maxNumeral && smallDigit(rs[j], false) {
		j++
	}
	if j == i+1 || j+3 > len(rs) || rs[j] != '个' && rs[j] != '個' {
		return 0, false
	}
	span := m.v.str(j+1, j+3)
	if span != "五年" && span != "十年" {
		return 0, false
	}
	at := m.fieldEnd(i)
	a := at
	for _, p := range m.e.words.nationalPrefixes {
		if m.hasPrefix(at, p) {
			a = at - utf8.RuneCountInString(p)
			break
		}
	}
	k := j + 3
	if n := editionLength(rs[k:]); n > 0 && m.headAt(k+n, len(rs), strong) > 0 {
		k += n // 进贤县国民经济和社会发展第十三个五年(2016-2020)规划纲要: the years of the plan, no part of its name
	}
	if p := m.placeBefore(at); p < at {
		// 神农架林区经济和社会发展第十二个五年规划纲要: the plan of a place,
		// named by its title up to its last head word
		return m.placePlan(p, j+3, k)
	}
	if a == at {
		a = i
	}
	return m.planHead(a, i, k, m.v.str(i, j+3))
}

// fieldEnd returns where the field of a plan's title ends that stands
// before its ordinal at rune i: i, or, when a copy broke the title's line
// right after the field (关于印发新乡高新区国民经济和社会发展\n\n第十四个五年
// 规划…), the end of the line before; the plan is then named across the
// break (see withoutBreaks).
func (m *matcher) fieldEnd(i int) int {
	rs := m.v.rs
	j := i
	for j > 0 && (isSpace(rs[j-1]) || rs[j-1] == '\n' || rs[j-1] == '\r') {
		j--
	}
	if j == i || !slices.Contains(rs[j:i], '\n') {
		return i
	}
	for _, f := range placeFields[:len(placeFields)-1] {
		if m.hasPrefix(j, f) {
			return j
		}
	}
	return i
}

// withoutBreaks returns s without the line breaks a copy put inside a
// title (see fieldEnd).
func withoutBreaks(s string) string {
	if !strings.ContainsAny(s, "\n\r") {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || isSpace(r) {
			return -1
		}
		return r
	}, s)
}

// placeFields are the fields a place's plan names before its ordinal,
// after the place (长沙市国民经济和社会发展第十个五年计划, 神农架林区经济和
// 社会发展第十二个五年规划), the last none (苍山县第一个五年计划).
var placeFields = []string{nationalField, "经济和社会发展", "经济社会发展", "經濟和社會發展", "經濟社會發展", ""}

// placeBefore returns where a place's name starts that ends right before
// one of placeFields, which ends at rune i (神农架林区 in 神农架林区经济和社会
// 发展第十二个五年规划): words of the segmenter tagged as places or nouns,
// each touching the next (a place never runs back over a line break) and
// none a verb of the dictionary (印发, which the segmenter may tag as a
// noun), the last of which is a place or ends in a rune of an administrative
// division; without a field the place must end so (苍山县第一个五年计划,
// not 中国第一个五年计划). It returns i when there is none, or the place is
// 全国. The nation named in full (中华人民共和国国民经济和社会发展第十四个五
// 年规划…) is a place too: annotators name its plan by the title so.
func (m *matcher) placeBefore(i int) int {
	if m.toks == nil {
		return i
	}
	for _, f := range placeFields {
		if !m.hasPrefix(i, f) {
			continue
		}
		end := i - utf8.RuneCountInString(f)
		if end == 0 || f == "" && !strings.ContainsRune(divisionRunes, m.v.rs[end-1]) {
			return i
		}
		t, found := m.tokenAt(int(m.v.start[end-1]))
		for !found && t > 0 && m.toks[t].Start > int(m.v.start[end-1]) {
			t-- // the word that holds the rune before the field
		}
		last := m.toks[t]
		if last.End != int(m.v.start[end]) {
			return i
		}
		if last.POS != "ns" && !strings.ContainsRune(divisionRunes, m.v.rs[end-1]) {
			return i
		}
		a := end
		// 进贤县, which the segmenter may take for a person's name, ends in
		// a rune of a unit of government
		for first := t; t >= 0 && (t == first || m.toks[t].End == m.toks[t+1].Start) && (m.toks[t].POS == "ns" || strings.HasPrefix(m.toks[t].POS, "n") && (m.toks[t].POS != "nr" || t == first && strings.ContainsRune(divisionRunes, m.v.rs[end-1]))); t-- {
			b := a
			for a > 0 && int(m.v.start[a-1]) >= m.toks[t].Start {
				a--
			}
			if m.wordAt(a, b, kindFrame) == b-a || m.wordAt(a, b, kindVerb) == b-a {
				a = b // 印发, which the segmenter may tag as a noun: a verb of the dictionary ends the place
				break
			}
		}
		if a == end || m.hasPrefixAt(a, "全国") {
			return i
		}
		return a
	}
	return i
}

// placePlan adds the plan of a place that runs from rune a, its place, to
// the head words of a plan at rune k, named by that title up to the last
// head word (神农架林区经济和社会发展第十二个五年规划 | 纲要), and returns
// its end.
func (m *matcher) placePlan(a, ordinalEnd, k int) (int, bool) {
	lim := m.run(k, m.e.maxWord*2)
	h := m.headAt(k, lim, strong)
	if h == 0 || !m.formal(m.v.str(k, k+h)) {
		return 0, false
	}
	end, cat := m.extend(k, h, lim, strong)
	if e, ok := m.skipProposal(a, end); ok {
		return e, true // 关于制定庐江县…规划和2035年远景目标的建议
	}
	if n := m.visionOutline(end); n > 0 {
		end, cat = end+n, m.v.str(end+n-2, end+n)
	}
	if !m.free(a, end) {
		return 0, false
	}
	name := withoutBreaks(m.v.str(a, ordinalEnd)) + m.titleHeads(k, end, cat)
	m.add(mention{a: a, b: end, name: name, cat: cat})
	return end, true
}

// planHead adds, when a plan's head word (计划, 规划, maybe followed by
// 纲要) starts at rune k, the mention [a, end) named name from rune n on,
// and returns its end. The runes before n must not be covered already; if
// they are, the mention starts at n.
func (m *matcher) planHead(a, n, k int, name string) (int, bool) {
	lim := m.run(k, m.e.maxWord*2)
	h := m.headAt(k, lim, strong)
	if h == 0 {
		return 0, false
	}
	if head := m.v.str(k, k+h); head != "计划" && head != "规划" && head != "計劃" && head != "規劃" {
		return 0, false
	}
	end, cat := m.extend(k, h, lim, strong)
	if e, ok := m.skipProposal(a, end); ok {
		return e, true // 关于制定国民经济和社会发展…规划和二〇三五年远景目标的建议
	}
	if n := m.visionOutline(end); n > 0 {
		end, cat = end+n, m.v.str(end+n-2, end+n) // …第十四个五年规划和2035年远景目标纲要
	}
	if !m.free(a, end) {
		a = n
		if !m.free(a, end) {
			return 0, false
		}
	}
	if prefix := m.v.str(a, n); strings.Contains(prefix, "社会发展") || strings.Contains(prefix, "社會發展") {
		// 国民经济和社会发展第十三个五年规划 | 纲要: a plan written by its
		// title is named by it, as annotators name it; the older 发展国民
		// 经济的第一个五年计划 is named by its ordinal
		name = withoutBreaks(m.v.str(a, n)) + name + m.titleHeads(k, end, cat)
	}
	m.add(mention{a: a, b: end, name: name, cat: cat})
	return end, true
}

// titleHeads returns the head words of a plan named by its title, which
// run from rune k to end and end in cat, as its name keeps them: all but
// the last (…第十二个五年规划 | 纲要), or the one there is (…第十五个五年
// 规划 | 规划), since the title's ordinal and span alone name no document.
func (m *matcher) titleHeads(k, end int, cat string) string {
	if n := end - utf8.RuneCountInString(cat); n > k {
		return m.v.str(k, n)
	}
	return m.v.str(k, end)
}

// hasPrefix reports whether the runes just before rune i spell p.
func (m *matcher) hasPrefix(i int, p string) bool {
	n := utf8.RuneCountInString(p)
	if i < n {
		return false
	}
	return m.hasPrefixAt(i-n, p)
}

// visionOutline returns the length in runes of the long-range objectives
// that follow a five-year plan at rune i in the title of its outline (和
// 2035年远景目标纲要, 和二〇三五年远景目标纲要, and without 年 as some
// copies write it), the outline being the document named, or 0.
func (m *matcher) visionOutline(i int) int {
	return m.visionTail(i, []string{"年远景目标纲要", "年遠景目標綱要", "远景目标纲要", "遠景目標綱要"})
}

// visionProposal returns, as visionOutline does, the length of the
// long-range objectives that end the title of a Party committee's proposal
// for the plan (关于制定…第十四个五年规划和二〇三五年远景目标的建议), or 0:
// the proposal names no programme, and the plan it is for is the outline's
// to name.
func (m *matcher) visionProposal(i int) int {
	return m.visionTail(i, []string{"年远景目标的建议", "年遠景目標的建議", "远景目标的建议", "遠景目標的建議"})
}

// skipProposal covers the title of a Party committee's proposal for a
// plan that opens at rune a and whose head word ends at rune end, when its
// long-range objectives follow (see visionProposal), and returns the
// title's end: the proposal names no programme, and no later rule reads
// one in it.
func (m *matcher) skipProposal(a, end int) (int, bool) {
	n := m.visionProposal(end)
	if n == 0 {
		return 0, false
	}
	m.cover(a, end+n)
	return end + n, true
}

// visionTail returns the length in runes of 和, a year of four digits and
// one of tails at rune i, or 0.
func (m *matcher) visionTail(i int, tails []string) int {
	rs := m.v.rs
	if i >= len(rs) || rs[i] != '和' {
		return 0
	}
	j := i + 1
	for j < len(rs) && j-i <= 4 && (isDigitRune(rs[j]) || rs[j] == '〇' || rs[j] == '○' || rs[j] == '零') {
		j++
	}
	if j-i != 5 {
		return 0
	}
	for _, tail := range tails {
		if m.hasPrefixAt(j, tail) {
			return j - i + utf8.RuneCountInString(tail)
		}
	}
	return 0
}
