package initiative

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// minEcho is the shortest mention, in runes with its head word, whose
// later repetitions in the same document are mentions by themselves.
const minEcho = 5

// minEchoQuote is the shortest quoted name, in runes, whose later
// repetitions standing alone are mentions by themselves (see quotedEchoes).
const minEchoQuote = 3

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
	var keys []echoKey
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
		if h := m.e.endsHead([]rune(f.name)); h != "" && h != f.cat && (!f.quoted || m.v.rs[f.a] == '《') && (m.formal(f.cat) || m.catWord(f.cat).is(kindLong)) {
			// 《甘南藏族自治州强科技行动实施方案》 carries out the action
			// the text goes on naming (落实强科技行动): the action's name
			// with its own head word is looked for
			if rs := []rune(f.name); utf8.RuneCountInString(f.name) >= minEcho {
				action := f
				action.name, action.cat = string(rs[:len(rs)-utf8.RuneCountInString(h)]), h
				keys = m.echoKeys(keys, f.name, action, m.nameStart(f))
				if p := periodPrefix(rs); p > 0 && len(rs)-p >= minEcho {
					// 《“十四五”时期全民健身设施补短板工程实施方案》: the
					// works goes on being named without its period
					action.name = string(rs[p : len(rs)-utf8.RuneCountInString(h)])
					keys = m.echoKeys(keys, string(rs[p:]), action, -1)
				}
			}
		}
		if !strings.HasSuffix(text, f.cat) || utf8.RuneCountInString(text) < minEcho || strings.ContainsAny(text, "“”「」『』《》\n") {
			continue
		}
		at := f.a
		if f.quoted {
			at = -1 // a quoted name keeps its place
		}
		keys = m.echoKeys(keys, text, f, at)
	}
	// The keys by their first rune, the longest first: a repetition is
	// read whole (西安市人才发展基金 before 人才发展基金 where both match).
	slices.SortStableFunc(keys, func(x, y echoKey) int { return len(y.rs) - len(x.rs) })
	byFirst := map[rune][]int{}
	for n, k := range keys {
		byFirst[k.rs[0]] = append(byFirst[k.rs[0]], n)
	}
	rs := m.v.rs
	for a := 0; a < len(rs); a++ {
		for _, n := range byFirst[rs[a]] {
			want := keys[n].rs
			b := a + len(want)
			if b > len(rs) || !slices.Equal(rs[a:b], want) || !m.free(a, b) || !m.wordEdges(a, b) || m.knownOver(a) {
				continue // AI新十大建設計畫 is no echo of 十大建設計畫: the known programme holds it
			}
			f := keys[n].f
			f.a, f.b, f.quoted = a, b, false
			m.add(f)
			a = b - 1
			break
		}
	}
}

// periodPrefix returns the length in runes of the plan period that opens
// rs, with its 时期 or 期间 (十四五时期全民健身设施补短板工程), or 0.
func periodPrefix(rs []rune) int {
	for n := 2; n <= 4 && n < len(rs); n++ {
		if !isPeriod(string(rs[:n])) {
			continue
		}
		if rest := string(rs[n:]); strings.HasPrefix(rest, "时期") || strings.HasPrefix(rest, "期间") {
			return n + 2
		}
		return n
	}
	return 0
}

// An echoKey is the text of a programme found, looked for again, and the
// mention a repetition of it makes.
type echoKey struct {
	text string
	rs   []rune
	f    mention
}

// echoKeys returns keys with text added for the mention f, once. When the
// text opens at rune at (at >= 0) with a place (西安市人才发展基金), the
// text without the place is added too, and its repetitions are named so
// (人才发展基金).
func (m *matcher) echoKeys(keys []echoKey, text string, f mention, at int) []echoKey {
	if !slices.ContainsFunc(keys, func(k echoKey) bool { return k.text == text }) {
		keys = append(keys, echoKey{text, []rune(text), f})
	}
	if at < 0 {
		return keys
	}
	if p := m.placeLength(at); p > 0 && utf8.RuneCountInString(text)-p >= minEcho && p < utf8.RuneCountInString(f.name) {
		short := f
		short.name = string([]rune(f.name)[p:])
		if rest := string([]rune(text)[p:]); !slices.ContainsFunc(keys, func(k echoKey) bool { return k.text == rest }) {
			keys = append(keys, echoKey{rest, []rune(rest), short})
		}
	}
	return keys
}

// nameStart returns the rune where the name of the mention f starts in
// the text: past a title's or a quote's opening mark.
func (m *matcher) nameStart(f mention) int {
	if f.a+1 < f.b && closer(m.v.rs[f.a]) != 0 || m.v.rs[f.a] == '《' {
		return f.a + 1
	}
	return f.a
}

// placeLength returns the length in runes of the word of the segmenter
// tagged as a place, ending in a rune of an administrative division, that
// opens a name at rune a (西安市 in 西安市人才发展基金), or 0.
func (m *matcher) placeLength(a int) int {
	t, found := m.tokenAt(int(m.v.start[a]))
	if !found || m.toks[t].POS != "ns" {
		return 0
	}
	n := 0
	for a+n < len(m.v.rs) && int(m.v.start[a+n]) < m.toks[t].End {
		n++
	}
	if n < 2 || !strings.ContainsRune(divisionRunes, m.v.rs[a+n-1]) || m.v.str(a+n-2, a+n) == "地区" || n == 2 && strings.Contains(placeKinds, m.v.str(a, a+2)) {
		return 0 // 沿海地区经济发展战略: a region, no place that names its own programmes; 城市建设管理年: a kind of place
	}
	return n
}

// wordEdges reports whether the runes [a, b) start and end at the edges of
// words of the segmenter, or end in 工程 inside the segmenter's 工程建设.
func (m *matcher) wordEdges(a, b int) bool {
	_, startsWord := m.tokenAt(int(m.v.start[a]))
	if !startsWord || b == len(m.v.rs) {
		return startsWord
	}
	_, endsWord := m.tokenAt(int(m.v.start[b]))
	return endsWord || b >= 2 && m.hasPrefixAt(b-2, "工程建设") // 资源共享/工程建设: the building of the works
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
