package normalize

import "slices"

// Limits of the fixed-width layout rule, in columns: a Chinese character or
// any other rune of three or more UTF-8 bytes in the source takes two
// columns, a narrower rune (ASCII digits and letters, Latin text) one.
const (
	minLayoutWidth = 36  // narrower typical lines are a list or a table, not a page layout
	maxLayoutWidth = 200 // wider lines are paragraphs, not lines of a page
	minLayoutLines = 4   // a layout needs at least this many lines of its width
	layoutSlack    = 2   // a line within this many columns of the width is full
	indentSlack    = 6   // a paragraph's first line may fall short by its lost indent
)

// lineCols returns the width of line l in columns, its indentation included
// and the white space inside it left out: stray spaces of a PDF copy take
// no room on the page.
func lineCols(items []item, l line) int {
	n := 0
	for _, it := range items[l.a-l.indent : l.a] {
		n += runeCols(it)
	}
	for _, it := range items[l.a:l.b] {
		if !isSpace(it.r) {
			n += runeCols(it)
		}
	}
	return n
}

// runeCols returns the columns the source rune of it takes on a page: two
// for a rune of three or more UTF-8 bytes (Chinese characters, full-width
// forms, CJK punctuation, curly quotes, dashes), one for any other.
func runeCols(it item) int {
	if it.e-it.s >= 3 {
		return 2
	}
	return 1
}

// layoutWidth returns the document's typical line width in columns when its
// lines look typeset at a fixed width, as in a copy of a PDF page or a
// hard-wrapped text file, and 0 otherwise. The evidence is a cluster of
// lines within layoutSlack columns of the typical width: at least
// minLayoutLines of them and a quarter of all text lines or more, hardly
// any line wider, most of them holding punctuation (running text, not a
// column of names) and most of them ending without a sentence mark, since
// a page breaks its lines wherever the width runs out. Paragraphs written
// one to a line vary in length far too much to form such a cluster, and
// end their lines with a full stop.
func layoutWidth(items []item, lines []line) int {
	type width struct {
		cols       int
		punct, end bool
	}
	var ws []width
	text := 0
	for _, l := range lines {
		if l.kind != textLine {
			continue
		}
		text++
		if !l.byline {
			ws = append(ws, width{l.cols, l.punct, endsSentence(items, l)})
		}
	}
	if len(ws) < minLayoutLines {
		return 0
	}
	// the typical width lies in the window of 2*layoutSlack+1 columns that
	// holds the most lines: lines fall short of it by a column where a
	// digit or a Latin letter takes half a character, and pass it where
	// punctuation hangs at the line end
	slices.SortFunc(ws, func(a, b width) int { return a.cols - b.cols })
	lo, hi, from, to := 0, 0, 0, 0
	for _, w := range ws {
		for ws[lo].cols < w.cols-layoutSlack {
			lo++
		}
		for hi < len(ws) && ws[hi].cols <= w.cols+layoutSlack {
			hi++
		}
		if hi-lo >= to-from { // the wider on a tie: first lines may have lost their indent
			from, to = lo, hi
		}
	}
	// within it, the most common width, the wider on a tie
	best, run, bestRun := 0, 0, 0
	for i := from; i < to; i++ {
		if i > from && ws[i].cols == ws[i-1].cols {
			run++
		} else {
			run = 1
		}
		if run >= bestRun {
			best, bestRun = ws[i].cols, run
		}
	}
	if best < minLayoutWidth || best > maxLayoutWidth {
		return 0
	}
	full, wider, punct, ended := 0, 0, 0, 0
	for _, w := range ws {
		switch {
		case w.cols > best+layoutSlack:
			wider++
		case w.cols >= best-layoutSlack:
			full++
			if w.punct {
				punct++
			}
			if w.end {
				ended++
			}
		}
	}
	if full < minLayoutLines || 4*full < text || 10*wider > full || 2*punct < full || 2*ended > full {
		return 0
	}
	return best
}

// bodyIndent returns the indentation, in white-space runes, that most
// lines of the typical width share (the smaller on a tie): where a copy
// keeps a paragraph's indent, the lines that continue a paragraph have
// this indent and a paragraph's first line has more. kept reports whether
// the copy shows such indented first lines among the lines of the width:
// at least two, and an eighth of them.
func bodyIndent(lines []line, width int) (indent int, kept bool) {
	counts := map[int]int{}
	for _, l := range lines {
		if l.kind != textLine || l.byline {
			continue
		}
		if c := l.cols; c >= width-layoutSlack && c <= width+layoutSlack {
			counts[l.indent]++
		}
	}
	best := -1
	for in, n := range counts {
		if best < 0 || n > counts[best] || n == counts[best] && in < best {
			best = in
		}
	}
	more, all := 0, 0
	for in, n := range counts {
		all += n
		if in > best {
			more += n
		}
	}
	// a stray space before a line or two is no kept indent
	return max(best, 0), more >= 2 && 8*more >= all
}

// full reports whether text line l, followed by text line next, fills the
// document's typical width: within layoutSlack columns of it, or, as the
// first line of a paragraph, short of it by no more than an indent of two
// characters lost in the copy (in a copy that lost the indents). Such a short first line counts when it has
// punctuation, unless it is a numbered line ending a sentence (a run-in
// heading of its own: （二）着力稳市场主体保就业，加大宏观政策实施力度。),
// or when it has none but ends in a character and the next line fills the
// width, as the first line of a body paragraph does and a title line
// followed by a paragraph's first line or a date does not.
func (e *emitter) full(l, next line, first bool) bool {
	if e.width == 0 {
		return false
	}
	c := l.cols
	if c >= e.width-layoutSlack && c <= e.width+layoutSlack {
		return true
	}
	if !first || e.indented || c < e.width-indentSlack || c >= e.width-layoutSlack {
		return false
	}
	if l.punct {
		article := l.marker > 0 && e.items[l.marker-1].r == '条'
		return !endsSentence(e.items, l) || article || !listMarker(e.items[l.a:l.b])
	}
	n := next.cols
	return endsOpen(e.items, l) && n >= e.width-layoutSlack && n <= e.width+layoutSlack
}

// brokenLine decides the break between text lines p and q when p fills the
// document's typical width (see full): the page layout broke the line
// there, whatever ends it, unless the break also ends a paragraph. The
// caller has already ruled out a byline or a list marker at q. It keeps
// the break when q is a short heading, signature or date (no punctuation,
// narrower than the width), when a gap wider than between paragraphs lies
// between them and no page furniture explains it, when q is indented more
// than p or than the lines that continue paragraphs, and when p ends a
// sentence and q starts a paragraph: q lacks punctuation, or, in a copy
// that lost the indents, falls short of the width by exactly an indent.
func (e *emitter) brokenLine(lines []line, p, q, gap int) bool {
	lp, lq := lines[p], lines[q]
	qc := lq.cols
	qFull := qc >= e.width-layoutSlack
	if !qFull && heading(e.items, lines, p, q) {
		return false
	}
	if gap > e.usualGap && !furnitureBetween(lines, p, q) {
		return false
	}
	if lq.indent > lp.indent || lq.indent > e.indent {
		return false // indented as a paragraph's first line
	}
	if endsSentence(e.items, lp) {
		if !lq.punct && !qFull {
			return false // a signature, a date or a heading after the paragraph
		}
		if !e.indented && qc >= e.width-indentSlack+1 && qc <= e.width-layoutSlack-1 {
			return false // a first line that lost its two-character indent
		}
	}
	return true
}

// furnitureBetween reports whether a furniture line (a page number, a
// running head) lies between lines p and q: a page break.
func furnitureBetween(lines []line, p, q int) bool {
	for k := p + 1; k < q; k++ {
		if lines[k].kind == furnitureLine {
			return true
		}
	}
	return false
}

// endsSentence reports whether the line ends with a sentence mark (。！？；
// and their ASCII forms), looking through closing quotes and brackets.
func endsSentence(items []item, l line) bool {
	switch lastMark(items, l) {
	case '。', '！', '？', '；', '!', '?', '…':
		return true
	}
	return false
}
