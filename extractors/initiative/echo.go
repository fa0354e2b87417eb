package initiative

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// minEcho is the shortest mention, in runes with its head word, whose
// later repetitions in the same document are mentions by themselves.
const minEcho = 5

// echoes finds the repetitions of programmes already found: a document that
// names 西安市人才发展基金 as launched, or carries out the 人才强市发展战略,
// goes on naming it where no rule of its own would read it (人才发展基金将
// 紧密围绕…). The text of each unquoted mention with a head word, or of a
// quoted name and its head word read without the quotes (“未来产业探路”
// 行动 gives 未来产业探路行动), of at least minEcho runes, is looked for
// again; a repetition must start and end at words of the segmenter, so that
// it is no part of a longer word, and its runes must be free.
func (m *matcher) echoes() {
	if m.toks == nil || len(m.found) == 0 {
		return
	}
	type key struct {
		text string
		f    mention
	}
	var keys []key
	for _, f := range m.found {
		if f.cat == "" || reformField(f.cat) || m.trailingYears(f.a, f.b) > 0 || hasYear(f.name) {
			continue // a field of reform, a year's plan: as often no programme
		}
		text := m.v.str(f.a, f.b)
		if f.quoted {
			if strings.HasSuffix(f.name, f.cat) {
				text = f.name
			} else {
				text = f.name + f.cat
			}
		}
		if !strings.HasSuffix(text, f.cat) || utf8.RuneCountInString(text) < minEcho || strings.ContainsAny(text, "“”「」『』《》\n") {
			continue
		}
		if !slices.ContainsFunc(keys, func(k key) bool { return k.text == text }) {
			keys = append(keys, key{text, f})
		}
	}
	text := string(m.v.rs)
	for _, k := range keys {
		n := utf8.RuneCountInString(k.text)
		for from := 0; ; {
			j := strings.Index(text[from:], k.text)
			if j < 0 {
				break
			}
			a := utf8.RuneCountInString(text[:from+j])
			from += j + len(k.text)
			b := a + n
			if !m.free(a, b) || !m.wordEdges(a, b) {
				continue
			}
			f := k.f
			f.a, f.b, f.quoted = a, b, false
			m.add(f)
		}
	}
}

// wordEdges reports whether the runes [a, b) start and end at the edges of
// words of the segmenter.
func (m *matcher) wordEdges(a, b int) bool {
	if _, found := m.tokenAt(int(m.v.start[a])); !found {
		return false
	}
	return b == len(m.v.rs) || func() bool { _, found := m.tokenAt(int(m.v.start[b])); return found }()
}

// hasYear reports whether name holds a year (1981年, 一九五八年度).
func hasYear(name string) bool {
	rs := []rune(name)
	for i := 1; i < len(rs); i++ {
		if rs[i] == '年' && isDigitRune(rs[i-1]) {
			return true
		}
	}
	return false
}
