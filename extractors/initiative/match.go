package initiative

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policyx/policyx/pipeline"
)

// A view is Norm.Text as runes, without the stray spaces that PDF copies
// put between CJK characters. start[i] and end[i] are the byte range of
// Norm.Text that rune i came from.
type view struct {
	rs         []rune
	start, end []int32
}

// newView builds the view of text, Norm.Text; spaced reports whether the
// source held something the normalizer dropped (a space) just before byte
// i of text, or is nil when text is the source.
func newView(text string, spaced func(i int) bool) *view {
	n := len(text)/2 + 16 // most policy text is three-byte CJK, with some ASCII
	v := &view{rs: make([]rune, 0, n), start: make([]int32, 0, n), end: make([]int32, 0, n)}
	for i := 0; i < len(text); {
		r, size := decode(text, i)
		if isBullet(r) && v.atLineStart() {
			if end := bulletEnd(text, i); end > i {
				i = end // - 交椅洲人工島填海工程:於2025年啟動: a bullet opening a line is no part of it
				continue
			}
		}
		if (isSpace(r) || r >= '0' && r <= '9') && len(v.rs) > 0 && isHan(v.rs[len(v.rs)-1]) && (isSpace(r) || spaced != nil && spaced(i)) {
			if end := pageNumbers(text, i); end > i {
				i = end // 推行配對補助金計劃 113 – 114: a table of contents' pages
				continue
			}
		}
		if isSpace(r) && len(v.rs) > 0 && wide(v.rs[len(v.rs)-1]) {
			j, spaces := i, 0
			for j < len(text) {
				r2, s2 := decode(text, j)
				if !isSpace(r2) {
					break
				}
				j += s2
				spaces++
			}
			if j < len(text) && spaces <= 3 {
				if r2, _ := decode(text, j); wide(r2) {
					i = j // a stray space between CJK characters
					continue
				}
			}
		}
		v.rs = append(v.rs, r)
		v.start = append(v.start, int32(i))
		v.end = append(v.end, int32(i+size))
		i += size
	}
	return v
}

// atLineStart reports whether nothing but spaces follows the last line
// break of the view built so far.
func (v *view) atLineStart() bool {
	for k := len(v.rs) - 1; k >= 0; k-- {
		if v.rs[k] == '\n' {
			return true
		}
		if !isSpace(v.rs[k]) {
			return false
		}
	}
	return true
}

// isBullet reports whether r may be a bullet opening a line.
func isBullet(r rune) bool {
	switch r {
	case '-', '•', '●', '▪', '■', '◆', '*':
		return true
	}
	return false
}

// bulletEnd returns the end of the bullet (see isBullet) and the spaces
// after it at byte i of text, or -1 when none is there: a bullet needs a
// space after it, so a minus or a dash of a number stays.
func bulletEnd(text string, i int) int {
	r, size := decode(text, i)
	if !isBullet(r) {
		return -1
	}
	j := skipSpaceRunes(text, i+size)
	if j == i+size {
		return -1
	}
	return j
}

// skipSpaceRunes returns the byte index of the first rune at or after i
// in text that is no space (see isSpace).
func skipSpaceRunes(text string, i int) int {
	for i < len(text) {
		r, size := decode(text, i)
		if !isSpace(r) {
			break
		}
		i += size
	}
	return i
}

// bulletDropped reports whether the view left out a bullet before rune i,
// the first of its line (see bulletEnd).
func (m *matcher) bulletDropped(i int) bool {
	if i >= len(m.v.rs) {
		return false
	}
	from := 0
	if i > 0 {
		from = int(m.v.end[i-1])
	}
	return bulletEnd(m.doc.Norm.Text, skipSpaceRunes(m.doc.Norm.Text, from)) > 0
}

// pageNumbers returns the end of the line (the byte index of its line
// break, or len(text)) when what follows byte i up to it is the page
// numbers of a table of contents' entry: spaces, a number of up to four
// digits and maybe a dash and another (113 – 114); else -1. The caller
// makes sure a space stood before the number in the source, so that a code
// ending a line (企业雁阵1622) stays.
func pageNumbers(text string, i int) int {
	j := skipSpaces(text, i)
	n := skipDigits(text, j)
	if n == j || n-j > 4 {
		return -1
	}
	j = skipSpaces(text, n)
	for _, dash := range []string{"–", "—", "-", "－"} {
		if strings.HasPrefix(text[j:], dash) {
			k := skipSpaces(text, j+len(dash))
			if n := skipDigits(text, k); n > k && n-k <= 4 {
				j = skipSpaces(text, n)
			}
			break
		}
	}
	if j == len(text) || text[j] == '\n' || text[j] == '\r' {
		return j
	}
	return -1
}

func skipSpaces(text string, i int) int {
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	return i
}

func skipDigits(text string, i int) int {
	for i < len(text) && text[i] >= '0' && text[i] <= '9' {
		i++
	}
	return i
}

// decode returns the rune at byte i of text and its size, as
// utf8.DecodeRuneInString does, with the common ASCII and three-byte
// cases inline.
func decode(text string, i int) (rune, int) {
	b := text[i]
	if b < utf8.RuneSelf {
		return rune(b), 1
	}
	if b >= 0xE1 && b <= 0xEC && i+2 < len(text) {
		c1, c2 := text[i+1], text[i+2]
		if c1&0xC0 == 0x80 && c2&0xC0 == 0x80 {
			return rune(b&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F), 3
		}
	}
	return utf8.DecodeRuneInString(text[i:])
}

// span returns the byte span of Norm.Text covering runes [a, b).
func (v *view) span(a, b int) pipeline.Span {
	if a >= b {
		return pipeline.Span{Start: int(v.start[a]), End: int(v.start[a])}
	}
	return pipeline.Span{Start: int(v.start[a]), End: int(v.end[b-1])}
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

func isHan(r rune) bool {
	switch {
	case r < 0x2E80:
		return false
	case r >= 0x4E00 && r <= 0x9FFF:
		return true
	}
	return unicode.Is(unicode.Han, r)
}

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

// inner reports whether r may join two parts of one unquoted name after a
// verb frame: 保护和修复重大工程, 湿地等生态保护与恢复工程,
// 民营及中小企业发展项目扶持计划.
func inner(r rune) bool { return r == '和' || r == '与' || r == '及' || r == '等' }

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
	switch r {
	case '〇', '零', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百':
		return true
	}
	return r >= '0' && r <= '9'
}

// A mention is one initiative found, in rune indexes of the view.
type mention struct {
	a, b   int
	name   string
	cat    string
	quoted bool
	count  int

	needHead bool // dropped unless a list's closing head word gives it a category
}

// A matcher holds the state of one Extract call.
type matcher struct {
	e       *Extractor
	v       *view
	doc     *pipeline.Document
	toks    []pipeline.Token // the segmenter's words over Norm.Text, or nil
	tokenIx []int32          // byte offset of Norm.Text -> index of the first of toks starting at or after it; nil without toks
	covered []bool
	found   []mention
	quotes  []*quote // the quoted phrases, in text order, once quoted has classified them
}

// tokenIndex returns, for every byte offset of a text n bytes long and
// for n itself, the index of the first of toks that starts at or after it,
// in one pass over toks, which are in text order; nil when toks is nil.
func tokenIndex(toks []pipeline.Token, n int) []int32 {
	if toks == nil {
		return nil
	}
	ix := make([]int32, n+1)
	k := 0
	for off := range ix {
		for k < len(toks) && toks[k].Start < off {
			k++
		}
		ix[off] = int32(k)
	}
	return ix
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
	m.cover(mt.a, mt.b)
	m.found = append(m.found, mt)
}

// cover marks the runes [a, b) as read, so that no later rule reads a
// name in them: a mention's, or a title's that names no programme.
func (m *matcher) cover(a, b int) {
	for i := a; i < b; i++ {
		m.covered[i] = true
	}
}

// find returns the longest word of kind k starting at rune i, ending at or
// before lim and at most maxWord runes long, or nil.
func (m *matcher) find(i, lim int, k kind) *word {
	if i >= lim {
		return nil
	}
	rs := m.v.rs
	if k == kindFrame && !m.e.frameFirst.has(rs[i]) {
		return nil
	}
	ws, bits := m.e.startingWith(rs[i])
	if bits&(1<<k) == 0 {
		return nil
	}
	for _, w := range ws {
		n := len(w.rs)
		if n > m.e.maxWord || n > lim-i || !w.is(k) {
			continue
		}
		if slices.Equal(w.rs, rs[i:i+n]) {
			return w
		}
	}
	return nil
}

// wordAt returns the length in runes of the longest word of kind k
// starting at rune i and ending at or before lim, or 0.
func (m *matcher) wordAt(i, lim int, k kind) int {
	if w := m.find(i, lim, k); w != nil {
		return len(w.rs)
	}
	return 0
}

// headWord returns the longest head word starting at rune i and ending at
// or before lim whose kind satisfies ok, or nil.
func (m *matcher) headWord(i, lim int, ok func(kind) bool) *word {
	if i >= lim {
		return nil
	}
	rs := m.v.rs
	ws, bits := m.e.startingWith(rs[i])
	if bits&bitHead == 0 {
		return nil
	}
	for _, w := range ws {
		n := len(w.rs)
		if n > m.e.maxWord || n > lim-i || w.head == 0 || !ok(w.head) {
			continue
		}
		if slices.Equal(w.rs, rs[i:i+n]) {
			return w
		}
	}
	return nil
}

func (m *matcher) headAt(i, lim int, ok func(kind) bool) int {
	if w := m.headWord(i, lim, ok); w != nil {
		return len(w.rs)
	}
	return 0
}

// run returns the end of the run of name runes starting at i, at most n
// runes long.
func (m *matcher) run(i, n int) int {
	j := i
	for j < len(m.v.rs) && j-i < n && (nameRune(m.v.rs[j]) || m.joiningDash(i, j) || m.rangeDash(i, j) || j == i+1 && m.v.rs[j] == '的' && m.v.rs[i] == '党' || m.versionPoint(i, j)) && !(j > i && m.spaceBefore(j) && isHan(m.v.rs[j]) && isHan(m.v.rs[j-1])) {
		j++
	}
	return j
}

// versionPoint reports whether rune j, in a run from rune i, is the point
// of a version inside a name, between its digits and right before a Han
// rune (辐射引领2.0工程).
func (m *matcher) versionPoint(i, j int) bool {
	rs := m.v.rs
	return j > i && rs[j] == '.' && j+2 < len(rs) && rs[j-1] >= '0' && rs[j-1] <= '9' && rs[j+1] >= '0' && rs[j+1] <= '9' && isHan(rs[j+2])
}

// spaceBefore reports whether white space right before rune j of the
// view parts a headline's phrases (深入实施强县工程 全面推进乡村振兴): the
// normalizer keeps a space between two Han runes only in a line without
// sentence punctuation, where it means that; a stray space in a sentence
// (实施基础 研究) the view reads through.
func (m *matcher) spaceBefore(j int) bool {
	if j == 0 || m.v.start[j] <= m.v.end[j-1] || strings.TrimSpace(m.doc.Norm.Text[m.v.end[j-1]:m.v.start[j]]) != "" {
		return false
	}
	rs := m.v.rs
	for k := j - 1; k >= 0 && rs[k] != '\n'; k-- {
		if strings.ContainsRune("。，；！？、,;!?", rs[k]) {
			return false
		}
	}
	for k := j; k < len(rs) && rs[k] != '\n'; k++ {
		if strings.ContainsRune("。，；！？、,;!?", rs[k]) {
			return false
		}
	}
	return true
}

// joiningDash reports whether rune j, in a run that starts at rune i, is
// one dash between two Han runes that joins two places (西宁—海东都市圈):
// a dash of two (——) sets off a clause.
func (m *matcher) joiningDash(i, j int) bool {
	rs := m.v.rs
	return j > i && j+1 < len(rs) && rs[j] == '—' && isHan(rs[j-1]) && isHan(rs[j+1]) && !stop(rs[j-1]) && !stop(rs[j+1])
}

// rangeDash reports whether rune j, in a run that starts at rune i, is a
// dash that joins the first and last of numbered units (青州作业区1号-3号
// 泊位工程): after a digit or 号, before a digit.
func (m *matcher) rangeDash(i, j int) bool {
	rs := m.v.rs
	return j > i && j+1 < len(rs) && strings.ContainsRune("-－—~～", rs[j]) && (isDigitRune(rs[j-1]) || rs[j-1] == '号') && isDigitRune(rs[j+1])
}

// extend moves over head words that follow one another (行动计划, and a
// head word of kind long after one: 行动方案) and returns the end of the
// last one and its text. A weak head word (工作, 建设) does not follow a
// head word that is not weak, unless a strong one follows it in turn.
func (m *matcher) extend(k, n, lim int, ok func(kind) bool) (end int, cat string) {
	end, cat = k+n, m.v.str(k, k+n)
	for end < lim {
		n2 := m.headAt(end, lim, ok)
		if n2 > 0 && m.weakHead(m.v.str(end, end+n2)) && !m.weakHead(cat) && m.headAt(end+n2, lim, strong) == 0 {
			// “城市建设管理年”活动工作: the work of the campaign, whose head
			// word is 活动; but “315”科技创新体系建设工程 is a works
			break
		}
		if n2 == 0 {
			n2 = m.wordAt(end, lim, kindLong) // 行动方案
		}
		if n2 == 0 {
			break
		}
		cat = m.v.str(end, end+n2)
		end += n2
	}
	return end, cat
}

func strong(k kind) bool     { return k == kindHead }
func anyHead(kind) bool      { return true }
func afterQuote(k kind) bool { return k == kindAfter }

// notAfterQuote reports whether a head word's kind is any but kindAfter,
// which heads nothing but a quote.
func notAfterQuote(k kind) bool { return k != kindAfter }
