package initiative

import (
	"strings"
	"unicode"

	"github.com/policyx/policyx/pipeline"
)

// A view is Norm.Text as runes, without the stray spaces that PDF copies
// put between CJK characters. start[i] and end[i] are the byte range of
// Norm.Text that rune i came from.
type view struct {
	rs         []rune
	start, end []int
}

func newView(text string) *view {
	rs := make([]rune, 0, len(text)/3)
	st := make([]int, 0, len(text)/3)
	for i, r := range text {
		rs = append(rs, r)
		st = append(st, i)
	}
	st = append(st, len(text))
	v := &view{rs: make([]rune, 0, len(rs)), start: make([]int, 0, len(rs)), end: make([]int, 0, len(rs))}
	for i := 0; i < len(rs); i++ {
		if isSpace(rs[i]) && len(v.rs) > 0 && wide(v.rs[len(v.rs)-1]) {
			j := i
			for j < len(rs) && isSpace(rs[j]) {
				j++
			}
			if j < len(rs) && j-i <= 3 && wide(rs[j]) {
				i = j - 1 // a stray space between CJK characters
				continue
			}
		}
		v.rs = append(v.rs, rs[i])
		v.start = append(v.start, st[i])
		v.end = append(v.end, st[i+1])
	}
	return v
}

// span returns the byte span of Norm.Text covering runes [a, b).
func (v *view) span(a, b int) pipeline.Span {
	if a >= b {
		return pipeline.Span{Start: v.start[a], End: v.start[a]}
	}
	return pipeline.Span{Start: v.start[a], End: v.end[b-1]}
}

func (v *view) str(a, b int) string { return string(v.rs[a:b]) }

func isSpace(r rune) bool { return r == ' ' || r == '\u3000' || r == '\t' || r == '\u00a0' }

// wide reports whether r is a CJK character or CJK punctuation.
func wide(r rune) bool {
	if r >= 0xFF01 && r <= 0xFF5E {
		return !isAlnum(r - 0xFEE0)
	}
	return r >= 0x2E80 || r >= 0x2018 && r <= 0x201D
}

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

func isAlnum(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}

// stop reports whether r never stands inside a name or between a name and
// its head word: particles and conjunctions.
func stop(r rune) bool {
	switch r {
	case '的', '和', '与', '及', '、', '等', '是', '把', '被', '将', '了', '或', '在', '为', '之':
		return true
	}
	return false
}

// nameRune reports whether r may stand in an unquoted name.
func nameRune(r rune) bool { return (isHan(r) || isAlnum(r)) && !stop(r) }

// Quote pairs. The normalizer folds every style to “”; the others are
// matched in case it did not run.
func closer(r rune) rune {
	switch r {
	case '“':
		return '”'
	case '「':
		return '」'
	case '『':
		return '』'
	case '﹁':
		return '﹂'
	case '﹃':
		return '﹄'
	case '‘':
		return '’'
	}
	return 0
}

func isDigitRune(r rune) bool {
	return r >= '0' && r <= '9' || strings.ContainsRune("〇零一二两三四五六七八九十百", r)
}

// A mention is one initiative found, in rune indexes of the view.
type mention struct {
	a, b   int
	name   string
	cat    string
	quoted bool
	count  int
}

// A matcher holds the state of one Extract call.
type matcher struct {
	e       *Extractor
	v       *view
	covered []bool
	found   []mention
}

func (m *matcher) free(a, b int) bool {
	for i := a; i < b; i++ {
		if m.covered[i] {
			return false
		}
	}
	return true
}

func (m *matcher) add(mt mention) {
	for i := mt.a; i < mt.b; i++ {
		m.covered[i] = true
	}
	m.found = append(m.found, mt)
}

// wordAt returns the length in runes of the longest word of set starting at
// rune i and ending at or before lim, or 0.
func (m *matcher) wordAt(i, lim int, in func(string) bool) int {
	for n := min(m.e.maxWord, lim-i); n >= 1; n-- {
		if in(m.v.str(i, i+n)) {
			return n
		}
	}
	return 0
}

func (m *matcher) headAt(i, lim int, ok func(kind) bool) int {
	return m.wordAt(i, lim, func(s string) bool {
		k, found := m.e.heads[s]
		return found && ok(k)
	})
}

// run returns the end of the run of name runes starting at i, at most n
// runes long.
func (m *matcher) run(i, n int) int {
	j := i
	for j < len(m.v.rs) && j-i < n && nameRune(m.v.rs[j]) {
		j++
	}
	return j
}

// extend moves over head words that follow one another (行动计划) and
// returns the end of the last one and its text.
func (m *matcher) extend(k, n, lim int, ok func(kind) bool) (end int, cat string) {
	end, cat = k+n, m.v.str(k, k+n)
	for end < lim {
		n2 := m.headAt(end, lim, ok)
		if n2 == 0 {
			break
		}
		cat = m.v.str(end, end+n2)
		end += n2
	}
	return end, cat
}

func strong(k kind) bool { return k == kindHead }
func anyHead(kind) bool  { return true }
