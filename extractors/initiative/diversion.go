package initiative

import (
	"slices"
	"strings"
	"unicode"
)

// diversionLinks join, in the name of a works of water diversion, the
// river it draws from to the place it feeds: 济 and 补 (引江济淮, 引汉济渭,
// 引江补汉) and 入 (引滦入津, 引黄入冀补淀).
const diversionLinks = "济补入濟補"

// diversionAt returns the length in runes of the name of a works of water
// diversion at rune i, or 0, and whether only 入 links its parts. The name
// is 引, a river of one rune, a link (see diversionLinks) and a place of
// one rune, maybe a second link and place (引黄入冀补淀). It is written in
// the short way of a place's name, which the segmenter does not know
// (引/v 江/nr 济/j 淮/ns), so no place word opens it. 引 must start a word
// of the segmenter: 吸引济南 holds none. A works that sends power from a
// province to another is named so too, by their one-rune names (青电入豫,
// 疆电入渝), and links them by 入 or 送.
func (m *matcher) diversionAt(i int) (n int, entering bool) {
	rs := m.v.rs
	if i+3 < len(rs) && (rs[i+1] == '电' || rs[i+1] == '電') && strings.ContainsRune("入送", rs[i+2]) &&
		strings.ContainsRune(provinceRunes, rs[i]) && strings.ContainsRune(provinceRunes, rs[i+3]) && m.wordStarting(i) != nil {
		return 4, true // 青电入豫: power sent from a province to another, a works only before 工程
	}
	if rs[i] != '引' || i+3 >= len(rs) || !hanRune(rs[i+1]) || m.wordStarting(i) == nil {
		return 0, false
	}
	if slices.Contains(waterVerbs, string(rs[i+2:i+4])) {
		return 4, true // 引滦输水, 引洮供水: the river and what is done with its water
	}
	end, entering := 0, true
	for j := i + 2; j+1 < len(rs) && j-i <= 4; j += 2 {
		if !strings.ContainsRune(diversionLinks, rs[j]) || !hanRune(rs[j+1]) {
			break
		}
		entering = entering && rs[j] == '入'
		end = j + 2
	}
	if end == 0 {
		return 0, false
	}
	return end - i, entering
}

// diversionStarts reports whether the name of a works of water diversion
// starts at rune i (see diversionAt).
func (m *matcher) diversionStarts(i int) bool {
	n, _ := m.diversionAt(i)
	return n > 0
}

// waterVerbs say what a diversion does with the water it draws (引滦输水,
// 引洮供水).
var waterVerbs = []string{"输水", "供水", "调水", "輸水", "調水"}

// hanRune reports whether r is a Chinese character.
func hanRune(r rune) bool { return unicode.Is(unicode.Han, r) }

// diversions adds the works of water diversion that no other rule read:
// before 工程, its head word (引大济岷工程启动建设), and standing alone by
// the segmenter's words as a known programme does (引江补汉). A name
// linked only by 入, as power's are, is a works only before 工程: 引企入园
// and 引才入县 bring firms and talent in.
func (m *matcher) diversions() {
	rs := m.v.rs
	for i := range rs {
		if m.covered[i] {
			continue
		}
		n, entering := m.diversionAt(i)
		end := i + n
		switch {
		case n == 0 || !m.free(i, end):
		case m.hasPrefixAt(end, "工程"):
			m.add(mention{a: i, b: end + 2, name: m.v.str(i, end), cat: "工程"})
		case !entering && m.alone(i, end, false):
			m.add(mention{a: i, b: end, name: m.v.str(i, end)})
		}
	}
}
