package initiative

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// yearsGoverning are the verbs and copulas before an action of some years
// that govern it, no part of its name (是全面振兴新突破三年行动的决胜之年,
// 实现…三年行动良好开局, 确保…三年行动顺利收官), besides the dictionary's
// verbs and frames.
var yearsGoverning = []string{"是", "为", "實現", "实现", "打好", "打赢", "决胜", "決勝", "开局", "收官", "迎来", "完成", "作为", "围绕", "圍繞", "聚焦", "推进", "推進", "推动", "推動", "超额完成", "超額完成", "全面完成", "圆满完成", "圓滿完成", "紧紧围绕", "緊緊圍繞", "确保", "確保"}

// yearsStops are the parts of speech of the segmenter that end an action's
// name on its left: prepositions, pronouns, conjunctions, particles,
// numerals, measure words, adverbs and times.
var yearsStops = []string{"p", "r", "c", "uj", "ul", "uz", "ud", "ug", "uv", "m", "q", "d", "t"}

// minYearsName and maxYearsName bound the runes of the name of an action
// of some years.
const (
	minYearsName = 4
	maxYearsName = 14
)

// yearsActions finds the actions named with the years they run, wherever
// they stand: 省属企业提质增效三年行动深入推进, 2025年是全面振兴新突破三年行动
// 的决胜之年, 产业立县三年行动装备制造产业领导小组. A count of years of one
// or two numerals and 年 before an action's head word (行动, maybe a plan's
// after it: 三年行动计划) makes the words before it a name: back over the
// segmenter's words to a clause mark, a verb of the dictionary or of
// yearsGoverning, or a word of yearsStops, minYearsName to maxYearsName
// runes that hold a noun and are no generic word. The name keeps an inner
// head word (散乱污区块化综合整治提升行动 of …三年行动计划) and the category
// is the last, as after a verb frame. Only free runes are read: the other
// rules, after a frame or as a subject, come first. Needs the segmenter's
// words.
func (m *matcher) yearsActions() {
	if m.toks == nil {
		return
	}
	rs := m.v.rs
	for i := 1; i+2 < len(rs); i++ {
		if rs[i] != '年' || !m.hasPrefixAt(i+1, "行动") && !m.hasPrefixAt(i+1, "攻坚行动") {
			continue
		}
		d := i
		for d > 0 && i-d < 2 && isDigitRune(rs[d-1]) {
			d--
		}
		if d == i || smallNumber(m.v.str(d, i)) == 0 || smallNumber(m.v.str(d, i)) > 10 {
			continue
		}
		lim := m.run(i+1, m.e.maxWord+4)
		n := m.headAt(i+1, lim, strong)
		if n == 0 && m.hasPrefixAt(i+1, "攻坚行动") {
			n = 4
		}
		if n == 0 {
			continue
		}
		end, cat := m.extend(i+1, n, lim, strong)
		if end < len(rs) && nameRune(rs[end]) && m.headAt(end, len(rs), anyHead) > 0 {
			continue // 三年行动方案 read as 方案 of kind long is read at its own head
		}
		a := m.yearsNameStart(d)
		if a < 0 || d-a < minYearsName || d-a > maxYearsName || !m.free(a, end) {
			continue
		}
		name := string(dropQuoteMarks(m.v.rs[a:d]))
		if w := m.e.lookup([]rune(name)); w != nil && (w.is(kindGeneric) || w.head != 0) || !m.holdsNoun(a, d) || strings.Contains(name, "的") {
			continue
		}
		if inner := m.v.str(i+1, end-utf8.RuneCountInString(cat)); inner != "" {
			name += inner // 散乱污区块化综合整治提升行动 of …三年行动计划
		}
		m.add(mention{a: a, b: end, name: name, cat: cat})
		i = end - 1
	}
}

// yearsNameStart returns where the name of an action of some years that
// ends at rune d starts, reading back over the segmenter's words (see
// yearsActions), or -1 when no word starts there.
func (m *matcher) yearsNameStart(d int) int {
	rs := m.v.rs
	a := d
	joined := false
	for a > 0 && d-a <= maxYearsName {
		r := rs[a-1]
		if closer(r) == 0 && strings.ContainsRune("”」』", r) {
			// “散乱污”区块化综合整治提升三年行动计划: a quoted part of the name
			o := a - 2
			for o >= 0 && d-o <= maxYearsName && closer(rs[o]) == 0 {
				o--
			}
			if o < 0 || d-o > maxYearsName || closer(rs[o]) != r {
				break
			}
			a = o
			continue
		}
		if r == '、' && !joined && a-1 > 0 && isHan(rs[a-2]) && m.e.endsHead(rs[max(0, a-5):a-1]) == "" {
			joined = true // 省属企业提质增效、扭亏减亏三年行动: two aims of one action (an item ending in a head word is a programme of its own)
			a--
			continue
		}
		if !isHan(r) {
			break
		}
		b := a - 1 // the start of the word that ends at a
		for b > 0 && m.wordStarting(b) == nil {
			b--
		}
		t := m.wordStarting(b)
		if t == nil || t.End != int(m.v.end[a-1]) {
			break
		}
		word := m.v.str(b, a)
		if t.POS != "" && slices.Contains(yearsStops, t.POS) || slices.Contains(yearsGoverning, word) || m.wordAt(b, a, kindVerb) == a-b || m.wordAt(b, a, kindFrame) == a-b {
			break
		}
		a = b
	}
	if a < len(rs) && rs[a] == '、' {
		a++ // a list's mark the name's words stopped after
	}
	for a < d {
		t := m.wordStarting(a)
		if t == nil {
			break
		}
		e := a + utf8.RuneCountInString(m.tokenText(*t))
		w := m.e.lookup(m.v.rs[a:min(e, d)])
		if e > d || w == nil || !w.is(kindLead) && !w.is(kindGeneric) {
			break
		}
		a = e // 新一轮三年行动计划: a lead or a generic word opens no name
	}
	if a < d && m.headAt(a, d, anyHead) > 0 {
		return -1 // 工程改善沿边群众…: a head word opens no name, the programme before it is cut
	}
	if a == d || closer(rs[a]) == 0 && m.wordStarting(a) == nil {
		return -1
	}
	return a
}
