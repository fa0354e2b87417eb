package initiative

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// aliasOpeners are the words that open, in brackets after a programme's
// full name, the short name a document goes on to use for it:
// 《支持先进制造业高质量发展10条政策》（以下简称《10条政策》）.
var aliasOpeners = []string{"以下简称", "以下称", "下称", "简称"}

// maxAliasGap is the most runes between a mention's end and the bracket
// that defines its short name: the rest of a title the mention does not
// cover (10条 in 10条政策》) and an edition in brackets.
const maxAliasGap = 16

// aliases finds the later uses of a short name defined for a programme
// found: after 《支持先进制造业高质量发展10条政策》（以下简称《10条政策》）,
// each later 《10条政策》 is a mention of that programme, named by the
// short name (see aliasName) with the programme's category and count.
// Only a short name in title marks or quotes is read, so that a bare one
// (以下简称医改) is not looked for inside other words; a short name some
// other rule read already keeps that reading.
func (m *matcher) aliases() {
	rs := m.v.rs
	for k, n := 0, len(m.found); k < n; k++ {
		f := m.found[k]
		a, b, ok := m.aliasAfter(f.b)
		if !ok {
			continue
		}
		alias := rs[a:b]
		if genericAlias(alias[1 : len(alias)-1]) {
			continue // 《纲要》, 《实施方案》: the kind of document, which other documents share
		}
		name := aliasName(string(alias[1:len(alias)-1]), f)
		for p := b; p+len(alias) <= len(rs); p++ {
			if rs[p] == alias[0] && slices.Equal(rs[p:p+len(alias)], alias) && m.free(p, p+len(alias)) {
				m.add(mention{a: p, b: p + len(alias), name: name, cat: f.cat, quoted: true, count: f.count})
				p += len(alias) - 1
			}
		}
	}
}

// aliasName returns the name of the short name alias of the programme f:
// the short name itself, as annotators name its uses (《强师计划》 is 强师
// | 计划, 《10条政策》 is 10条政策 | 条), without f's head word unless f's
// own name keeps it.
func aliasName(alias string, f mention) string {
	if strings.HasSuffix(f.name, f.cat) {
		return alias
	}
	if base, ok := strings.CutSuffix(alias, f.cat); ok && utf8.RuneCountInString(base) >= minBare {
		return base
	}
	return alias
}

// aliasAfter returns the runes [a, b) of a short name in title marks or
// quotes defined in brackets after rune i (…》（以下简称《10条政策》）),
// and whether there is one. Up to maxAliasGap runes of the title may come
// first, an edition in brackets among them, but no punctuation of a
// clause, no 的 and no other quote; the title's words among them may only
// say the kind of document (政策 in 10条政策》), else the short name is the
// title's (《…“多证合一”改革证照事项目录》（以下简称《目录》）).
func (m *matcher) aliasAfter(i int) (a, b int, ok bool) {
	rs := m.v.rs
	var buf [maxAliasGap + 1]rune
	rest := buf[:0] // the title's runes between the mention and the definition
	for j := i; j < len(rs) && j-i <= maxAliasGap; j++ {
		switch {
		case rs[j] == '（':
			if a, b, ok := m.aliasAt(j + 1); ok && (len(rest) == 0 || genericAlias(rest)) {
				return a, b, true
			}
			e := m.bracketEnd(j)
			if e == 0 {
				return 0, 0, false
			}
			j = e // （2022-2025年）: an edition of the title
		case clauseEnd(rs[j]) || rs[j] == '“' || rs[j] == '《' || rs[j] == '的':
			// …第十五个五年规划的建议》（以下简称《建议》）: the short name
			// of a document about the programme, not of the programme
			return 0, 0, false
		case nameRune(rs[j]):
			rest = append(rest, rs[j])
		}
	}
	return 0, 0, false
}

// aliasAt returns the short name in title marks or quotes that a word of
// aliasOpeners at rune j defines, up to the closing bracket.
func (m *matcher) aliasAt(j int) (a, b int, ok bool) {
	rs := m.v.rs
	opened := false
	for _, w := range aliasOpeners {
		if m.hasPrefixAt(j, w) {
			j += utf8.RuneCountInString(w)
			opened = true
			break
		}
	}
	if !opened || j >= len(rs) {
		return 0, 0, false
	}
	c := closer(rs[j])
	if rs[j] == '《' {
		c = '》'
	}
	if c == 0 {
		return 0, 0, false
	}
	for e := j + 1; e < len(rs) && e-j <= maxAliasGap; e++ {
		if rs[e] == c {
			if e-j-1 < 2 || e+1 >= len(rs) || rs[e+1] != '）' {
				return 0, 0, false
			}
			return j, e + 1, true
		}
	}
	return 0, 0, false
}

// bracketEnd returns the index of the ） that closes the bracket opening
// at rune i within maxAliasGap runes, or 0.
func (m *matcher) bracketEnd(i int) int {
	rs := m.v.rs
	for e := i + 1; e < len(rs) && e-i <= maxAliasGap; e++ {
		switch rs[e] {
		case '）':
			return e
		case '（', '。', '\n':
			return 0
		}
	}
	return 0
}

// documentWords are the words a generic short name of a document is made
// of: its kind (纲要, 实施方案, 规划纲要草案).
var documentWords = []string{"纲要", "规划", "方案", "计划", "意见", "建议", "办法", "通知", "措施", "政策", "条例", "草案", "实施", "行动", "工作", "细则", "决定", "报告"}

// genericAlias reports whether a short name is made only of documentWords,
// as 《纲要》 and 《实施方案》 are: it names the kind of document, and the
// same short name may stand for another one.
func genericAlias(rs []rune) bool {
	s := string(rs)
	for s != "" {
		cut := false
		for _, w := range documentWords {
			if rest, ok := strings.CutSuffix(s, w); ok {
				s, cut = rest, true
				break
			}
		}
		if !cut {
			return false
		}
	}
	return true
}
