package normalize

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/policyx/policyx/pipeline"
)

// An emitter writes the kept lines into the builder, applying the rules
// that depend on neighbours.
type emitter struct {
	b     *pipeline.NormalizedBuilder
	items []item
	text  string // the original text
	last  rune   // the last rune written, 0 at a paragraph start
	open  bool   // a straight double quote is open in this paragraph
	// usualGap is the most common number of blank lines between paragraphs
	usualGap int
	// width is the document's typical line width in columns when its lines
	// are typeset at a fixed width, else 0 (see layoutWidth)
	width int
	// indent is the indentation of the lines that continue a paragraph in
	// such a layout (see bodyIndent)
	indent int
	// indented is set when such a layout keeps the indent of a
	// paragraph's first line
	indented bool
	// thousands is set while writing a line that ends a number the next
	// line goes on with after its thousands separator (see thousandsBreak):
	// its last comma stays ","
	thousands bool
	// toneless is set when the page gives its reading aids without tone
	// marks, often enough to tell them from other brackets (see
	// tonelessPage): 濱州(zhou)市, 各(ge)(ge)縣
	toneless bool
	// stopless is set when the page ends its paragraphs without full
	// stops more often than with them (see paragraphEnds): a summary
	// of points, captions and date lines, whose blank lines all end
	// paragraphs
	stopless bool
}

// put writes r as the rendering of the source bytes [s, end).
func (e *emitter) put(r rune, s, end int32) {
	if e.same(r, s, end) {
		e.b.Map(e.text[s:end], int(s), int(end))
	} else {
		e.b.Map(string(r), int(s), int(end))
	}
	e.last = r
}

// same reports whether the source bytes [s, end) are r itself, encoded.
func (e *emitter) same(r rune, s, end int32) bool {
	if r < utf8.RuneSelf {
		return end-s == 1 && e.text[s] == byte(r)
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	return n == int(end-s) && string(buf[:n]) == e.text[s:end]
}

// plain reports whether line writes r as it is, whatever its neighbours.
func plain(r rune) bool {
	switch r {
	case ',', '，', ':', '：', '!', '?', '"', '\'', '‘', '’', openQuote, closeQuote:
		return false
	}
	return !isSpace(r)
}

// A paragraph accumulates what the join rule needs to know about the
// paragraph written so far.
type paragraph struct {
	runes    int
	punct    bool // has clause or sentence punctuation
	sentence bool // has sentence punctuation
	byline   bool // starts with a byline
	listed   bool // starts with a list marker other than 第N条
	article  bool // starts with 第N条: a provision, running text however short
	indent   int  // the indentation of its first line
}

// run writes the text lines, joining the ones the page layout broke and
// separating the others by "\n" or "\n\n".
func (e *emitter) run(lines []line) {
	e.usualGap = usualGap(lines)
	e.toneless = tonelessPage(e.items)
	e.width = layoutWidth(e.items, lines)
	if e.width > 0 {
		e.indent, e.indented = bodyIndent(lines, e.width)
	}
	open, closed := paragraphEnds(e.items, lines)
	e.stopless = open >= 2 && open > closed
	prev := -1
	var para paragraph
	for i := range lines {
		l := lines[i]
		if l.kind != textLine {
			continue
		}
		if prev >= 0 && !e.joins(lines, prev, i, para) {
			// a paragraph break: blank and furniture lines collapse into it
			first, last := lines[prev].brk, lines[i-1].brk
			e.put('\n', e.items[first].s, e.items[first].e)
			for k := prev + 1; k < i; k++ {
				if lines[k].kind == blankLine {
					e.put('\n', e.items[last].s, e.items[last].e)
					break
				}
			}
			e.last, e.open = 0, false
			para = paragraph{}
		}
		if para.runes == 0 {
			para.byline = l.byline
			para.article = l.marker > 0 && e.items[l.marker-1].r == '条'
			para.listed = listMarker(e.items[l.a:l.b]) && !para.article
			para.indent = l.indent
		}
		para.runes += l.runes()
		para.punct = para.punct || l.punct
		para.sentence = para.sentence || l.sentence
		e.thousands = false
		for k := i + 1; k < len(lines); k++ {
			if lines[k].kind == textLine {
				e.thousands = thousandsBreak(e.items, l, lines[k], blankRun(lines, i, k))
				break
			}
		}
		e.line(l)
		prev = i
	}
}

func (l line) runes() int { return l.b - l.a }

// joins reports whether the break between the text lines p and q (with
// blank or furniture lines between them) lies inside a sentence.
func (e *emitter) joins(lines []line, p, q int, para paragraph) bool {
	lp, lq := lines[p], lines[q]
	gap := blankRun(lines, p, q)
	if thousandsBreak(e.items, lp, lq, gap) {
		return true // 5, / 000萬元: a number broken at its thousands separator
	}
	if brokenNumber(e.items, lp, lq, gap) {
		return true // 1.25 / 万亿元, 5. / 2%, 3至 / 5万人: a number broken by the page
	}
	if lq.byline || gap > 0 && captionEnd(e.items, lp) {
		return false // …工作报告。湖南日报全媒体记者刘尚文摄 / 各位代表：a photo's caption ends its paragraph
	}
	if !continues(e.items, lq) {
		// A list marker that sits left of its paragraph's indented first
		// line in hard-wrapped text is a piece of a sentence the page
		// broke (…增加就业。 / 第三，扩大出口): it continues.
		// The line before must end inside a sentence, maybe after a clause
		// mark (…要培育产业； / 最后，…), or fill the width, so that a
		// heading that is not indented (二、主要任务) stays one.
		return gap == 0 && para.indent > 0 && lq.indent < para.indent && !para.byline && opensSentence(e.items, lq) &&
			(endsOpen(e.items, lp) || endsClause(e.items, lp) || e.width > 0 && lp.cols >= e.width-layoutSlack)
	}
	if isOpener(e.items[lp.b-1].r) && gap <= e.usualGap {
		return true // 持续塑造“ / 中国声谷: a quote opened at the end of a line goes on
	}
	if r := e.items[lq.a].r; (r == '》' || r == closeQuote) && gap <= e.usualGap {
		return true // 《 / 纲要（草案） / 》提出: a title or quote closed at the start of a line closes what the line before holds
	}
	if !para.byline && e.full(lp, lq, para.runes == lp.runes()) {
		// a line of a fixed-width layout, broken by the page
		return e.brokenLine(lines, p, q, gap)
	}
	if gap == 0 && !endsSentence(e.items, lp) && (unitStart(e.items, lq) || numberLine(e.items, lq) && q+1 < len(lines) && lines[q+1].kind == textLine && unitStart(e.items, lines[q+1])) {
		// 完成固定资产投资 / 1444.8 / 亿元，年均增长11.5%: a copy with each
		// figure and unit on a line of its own (a table's 合计 / 1200 stays)
		return true
	}
	if heading(e.items, lines, p, q) {
		return false
	}
	if gap > e.usualGap {
		return false // a wider gap than between paragraphs: a section break
	}
	if gap == 0 && para.indent > 0 && lq.indent < para.indent && !para.byline {
		// hard-wrapped text: the line sits left of its paragraph's
		// indented first line, so it continues it whatever ends the line
		// before
		return true
	}
	// running text: long with punctuation, or holding a whole sentence
	if para.byline || !para.punct || para.runes < minRunningText && !para.sentence && !para.article {
		return false
	}
	if para.listed && !para.sentence && para.runes <= maxHeading {
		return false // a numbered heading: 五、推进…，加快…
	}
	if lq.indent > lp.indent {
		// The next line is indented more: a new paragraph. Equal indents
		// join, since copies of web pages indent every paragraph,
		// continuations included.
		return false
	}
	if gap > 0 && e.stopless {
		// a page that ends its paragraphs without full stops (points of a
		// summary, captions, date lines): a blank line after one ends it
		return false
	}
	return endsOpen(e.items, lp)
}

// maxCredit is the longest photo credit, in runes, that ends a caption
// (see captionEnd).
const maxCredit = 24

// captionEnd reports whether the line ends with a photo's credit after
// its last clause: a name and 摄 (湖南日报全媒体记者刘尚文摄, 李政龙摄),
// or a source and 提供 after 图 or a slash (图：市府提供, 南投县政府/提供),
// or 资料照片, 资料图片. Captions are short and end no sentence the next
// paragraph goes on with.
func captionEnd(items []item, l line) bool {
	a := l.b
	for a > l.a && l.b-a <= maxCredit && !isSentenceEnd(items[a-1].r) {
		a--
	}
	if l.b-a > maxCredit || l.b-a < 2 {
		return false
	}
	tail := items[a:l.b]
	switch {
	case itemsEndWith(tail, "摄") || itemsEndWith(tail, "摂") || itemsEndWith(tail, "摄影"):
		return len(tail) >= 3 && !itemsHold(tail, "拍摄") // 组织拍摄 / 宣传片 is a sentence broken
	case itemsEndWith(tail, "提供"):
		// 图：市府提供: the colon ends the sentence before the source
		return itemsHold(tail, "/") || tail[0].r == '图' || a-l.a >= 2 && items[a-1].r == '：' && items[a-2].r == '图'
	case itemsEndWith(tail, "资料照片") || itemsEndWith(tail, "资料图片") || itemsEndWith(tail, "资料照"):
		return true
	}
	return false
}

// itemsEndWith reports whether the runes of it end with s.
func itemsEndWith(it []item, s string) bool {
	k := len(it)
	for i := len(s); i > 0; {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		i -= n
		k--
		if k < 0 || it[k].r != r {
			return false
		}
	}
	return true
}

// itemsHold reports whether the runes of it hold s.
func itemsHold(it []item, s string) bool {
	for k := range it {
		if itemsEndWith(it[:k+1], s) {
			return true
		}
	}
	return false
}

// thousandsBreak reports whether the break between text lines p and q,
// with gap blank lines between them, splits a number after its thousands
// separator (5, / 000萬元): p ends with a digit and a comma, q opens with
// exactly three digits, and no blank line lies between them. The lines
// then join, and the comma stays ",".
func thousandsBreak(items []item, p, q line, gap int) bool {
	return gap == 0 && p.b-p.a >= 2 && (items[p.b-1].r == ',' || items[p.b-1].r == '，') && isDigit(items[p.b-2].r) &&
		digitsAt(items[q.a:q.b], 0, q.b-q.a) == 3
}

// minBrokenNumberLine is the fewest runes of a line that a number broken
// at its end (see brokenNumber) must have: a line of running text, not a
// table's cell.
const minBrokenNumberLine = 8

// brokenNumber reports whether the break between text lines p and q, with
// no blank line between them, falls inside a number of a sentence: p, a
// line of at least minBrokenNumberLine runes holding Han text, ends with a
// digit, a decimal point after a digit, or 至 or 到 after a digit, and q
// opens with what goes on from there: a digit, a decimal point and a digit,
// or, after a digit, a unit of scale or a percent sign (1.25 / 万亿元,
// 5. / 2%, 5 / .2%, 3至 / 5万人).
func brokenNumber(items []item, p, q line, gap int) bool {
	if gap > 0 || p.b-p.a < minBrokenNumberLine || q.b-q.a < 1 || !hasHan(items[p.a:p.b]) {
		return false
	}
	before, last, first := items[p.b-2].r, items[p.b-1].r, items[q.a].r // p holds minBrokenNumberLine runes
	point := func(r rune) bool { return r == '.' || r == '．' }
	switch {
	case isDigit(last):
		return isDigit(first) || point(first) && q.b-q.a > 1 && isDigit(items[q.a+1].r) || strings.ContainsRune("万亿億萬千百%％", first)
	case point(last) || last == '至' || last == '到':
		return isDigit(before) && isDigit(first)
	}
	return false
}

// hasHan reports whether one of items is a Han rune.
func hasHan(items []item) bool {
	for _, it := range items {
		if isHan(it.r) {
			return true
		}
	}
	return false
}

// heading reports whether text line q, which follows text line p, is a
// heading: a line without sentence punctuation and without terminal
// punctuation, of at most 40 runes before a blank line, furniture or the end
// of the text, or of at most 20 runes after a blank line. A short line
// between two single line breaks is not taken for a heading, since in
// hard-wrapped text it is most often a piece of a sentence.
func heading(items []item, lines []line, p, q int) bool {
	l := lines[q]
	if l.sentence || endsTerminal(items, l) {
		return false
	}
	blankAfter := q+1 >= len(lines) || lines[q+1].kind != textLine
	if blankAfter && l.runes() <= maxHeading {
		return true
	}
	return blankRun(lines, p, q) > 0 && l.runes() <= maxHeadingTight
}

// line writes the content of one line.
func (e *emitter) line(l line) {
	it := e.items
	for i := l.a; i < l.b; i++ {
		c := it[i]
		if j := pinyinAt(it, i, l.b, e.toneless); j > i && isHan(e.last) {
			i = j - 1 // 补(bǔ)贴: a page's reading aid is no part of the text
			continue
		}
		if j := noteMarkAt(it, i, l.b); j > i && noted(e.last) {
			i = j - 1 // “五违四必” [2]整治: a copy's note mark is no part of the text
			continue
		}
		switch r := c.r; {
		case isSpace(r):
			j := i + 1
			for j < l.b && isSpace(it[j].r) {
				j++
			}
			if e.keepSpace(l, i, j) {
				e.put(' ', c.s, it[j-1].e)
			}
			i = j - 1
		case r == ',' || r == '，':
			if isDigit(e.last) && (digitsAt(it, i+1, l.b) == 3 || i+1 == l.b && e.thousands) {
				e.put(',', c.s, c.e)
			} else {
				e.put('，', c.s, c.e)
			}
		case r == ':' || r == '：':
			switch {
			case isDigit(e.last) && i+1 < l.b && isDigit(it[i+1].r):
				e.put(':', c.s, c.e)
			case r == ':' && i+2 < l.b && it[i+1].r == '/' && it[i+2].r == '/':
				e.put(':', c.s, c.e)
			default:
				e.put('：', c.s, c.e)
			}
		case r == '!' || r == '?':
			if isHan(e.last) || isCJKPunct(e.last) {
				r += '！' - '!'
			}
			e.put(r, c.s, c.e)
		case r == '"':
			if e.open {
				e.put(closeQuote, c.s, c.e)
			} else {
				e.put(openQuote, c.s, c.e)
			}
			e.open = !e.open
		case r == '\'' || r == '‘' || r == '’':
			switch {
			case r != '‘' && isLatin(e.last) && i+1 < l.b && isLatin(it[i+1].r):
				e.put('\'', c.s, c.e)
			case r == '‘':
				e.put(openQuote, c.s, c.e)
				e.open = true
			case r == '’':
				e.put(closeQuote, c.s, c.e)
				e.open = false
			default:
				e.put(r, c.s, c.e)
			}
		case r == openQuote:
			e.put(r, c.s, c.e)
			e.open = true
		case r == closeQuote:
			e.put(r, c.s, c.e)
			e.open = false
		default:
			if !e.same(r, c.s, c.e) {
				e.put(r, c.s, c.e)
				break
			}
			// Copy the run of unchanged source runes in one piece.
			j := i + 1
			for j < l.b && it[j].s == it[j-1].e && plain(it[j].r) && e.same(it[j].r, it[j].s, it[j].e) && pinyinAt(it, j, l.b, e.toneless) == j && noteMarkAt(it, j, l.b) == j {
				j++
			}
			e.b.MapRun(e.text[c.s:it[j-1].e], int(c.s))
			e.last = it[j-1].r
			i = j - 1
		}
	}
}

// numberLine reports whether line l holds only a number: digits with a
// decimal point, thousands separators or a percent sign.
func numberLine(items []item, l line) bool {
	digits := 0
	for i := l.a; i < l.b; i++ {
		switch r := items[i].r; {
		case isDigit(r):
			digits++
		case r == '.' || r == ',' || r == '%' || r == '％' || isSpace(r):
		default:
			return false
		}
	}
	return digits > 0
}

// lineUnits are the units a line may open with when a copy broke a figure
// from its unit.
var lineUnits = []string{"亿元", "万元", "亿美元", "万美元", "元", "亿", "万", "%", "％", "个", "家", "项", "人", "户", "亩", "公顷", "吨", "千瓦", "公里"}

// unitStart reports whether line l opens with a unit followed by nothing
// or by punctuation or 以上, 左右 and the like (亿元，年均增长11.5%).
func unitStart(items []item, l line) bool {
	var sb strings.Builder
	for i := l.a; i < l.b && i-l.a < 6; i++ {
		sb.WriteRune(items[i].r)
	}
	s := sb.String()
	for _, u := range lineUnits {
		rest, ok := strings.CutPrefix(s, u)
		if !ok {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(rest); rest == "" || !isHan(r) || strings.HasPrefix(rest, "以上") || strings.HasPrefix(rest, "左右") || strings.HasPrefix(rest, "以下") {
			return true
		}
	}
	return false
}

// noteMarkAt returns the end of a note mark that starts at item i, before
// end: one to three digits in square brackets, as encyclopaedia copies
// and annotated reports number their notes ([1], ［29］), maybe after
// spaces; or i when there is none.
func noteMarkAt(it []item, i, end int) int {
	j := i
	for j < end && isSpace(it[j].r) {
		j++
	}
	if j >= end || it[j].r != '[' {
		return i
	}
	n := digitsAt(it, j+1, end)
	if n <= 0 || j+1+n >= end || it[j+1+n].r != ']' {
		return i
	}
	return j + 2 + n
}

// noted reports whether a note mark may follow the rune r written last: a
// character, or a closing quote, bracket or title mark after one; not a
// digit, a letter or the start of a line (“[1] 加强领导” numbers a point).
func noted(r rune) bool { return isHan(r) || isCloser(r) }

// pinyinAt returns the end of a pinyin reading in brackets that starts at
// item i, before end: (bǔ), （lǐng）, one to seven lowercase letters with
// at least one tone mark, maybe a space before the closing bracket as a
// mirror writes it ((chuàng )), or with toneless set a syllable of pinyin
// without them (zhou, ge); or i when there is none.
func pinyinAt(it []item, i, end int, toneless bool) int {
	if it[i].r != '(' && it[i].r != '（' {
		return i
	}
	tone := false
	j := i + 1
	for ; j < end && j-i <= 8; j++ {
		r := it[j].r
		switch {
		case r >= 'a' && r <= 'z':
		case strings.ContainsRune("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ", r):
			tone = true
		case (r == ')' || r == '）') && j > i+1 && (tone || toneless && syllable(it[i+1:j])):
			return j + 1
		case r == ' ' && tone && j > i+1 && j+1 < end && (it[j+1].r == ')' || it[j+1].r == '）'):
			// 創(chuàng )新: a mirror's space before the closing bracket
		default:
			return i
		}
	}
	return i
}

// minTonelessReadings is the number of toneless syllables in brackets
// right after Han characters from which a page is taken to give its
// reading aids so; fewer may be notes of a list, (a) and (b).
const minTonelessReadings = 5

// tonelessPage reports whether the text holds at least
// minTonelessReadings syllables of pinyin in brackets right after a Han
// character: a page of a mirror that renders its reading aids without
// tone marks.
func tonelessPage(it []item) bool {
	n := 0
	for i := 1; i < len(it) && n < minTonelessReadings; i++ {
		if isHan(it[i-1].r) && pinyinAt(it, i, len(it), false) == i && pinyinAt(it, i, len(it), true) > i {
			n++
		}
	}
	return n >= minTonelessReadings
}

// pinyinSyllable matches one syllable of pinyin without tone marks.
var pinyinSyllable = regexp.MustCompile(`^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|in|ia|ie|iu|ua|uo|ui|un|ue|ve|a|o|e|i|u|v)$`)

// syllable reports whether the items spell one syllable of pinyin of at
// least two letters.
func syllable(it []item) bool {
	if len(it) < 2 {
		return false
	}
	var b strings.Builder
	for _, c := range it {
		b.WriteRune(c.r)
	}
	return pinyinSyllable.MatchString(b.String())
}

// digitsAt returns the number of digits starting at items[i], or -1 when
// more than three follow (so a result of 3 means "exactly three").
func digitsAt(it []item, i, end int) int {
	n := 0
	for ; i < end && isDigit(it[i].r); i++ {
		n++
		if n > 3 {
			return -1
		}
	}
	return n
}

// keepSpace decides whether the white space items [i, j) of line l, between
// the last written rune and items[j], show as one " " in the view.
func (e *emitter) keepSpace(l line, i, j int) bool {
	it := e.items
	prev, next := e.last, it[j].r
	if i == l.marker {
		return true // 第三条 本办法…: the space ends the article marker
	}
	switch {
	case isHan(prev) && isHan(next):
		// a word space in a headline or byline; PDF letter spacing otherwise
		return l.keepSpaces && j+1 < l.b && isHan(it[j+1].r) && wordBefore(it, l, i) >= 2
	case isCJKPunct(prev) || isCJKPunct(next):
		return false
	case isHan(prev) && (isDigit(next) || next == '%'),
		(isDigit(prev) || prev == '%') && isHan(next),
		isDigit(prev) && (next == '%' || next == '‰'):
		return false
	case isDigit(prev) && isDigit(next):
		return !thousandsGroup(it, l, i, j) && !letterSpaced(it, l, i, j)
	}
	return true
}

// thousandsGroup reports whether the single space item i (followed by the
// digits at j) separates thousands: a thin or no-break space before exactly
// three digits after a group of one to three, or plain spaces forming
// "d{1,3}( ddd){2,}".
// maxGroups bounds the digit groups of a space-grouped number, which keeps
// the scan linear on long runs of digits and spaces.
const maxGroups = 7

func thousandsGroup(it []item, l line, i, j int) bool {
	if j != i+1 {
		return false
	}
	sep := it[i].r
	// the groups before the space, nearest first
	var left []int
	for k := i; ; {
		m := k - 1
		for m >= l.a && isDigit(it[m].r) {
			m--
		}
		left = append(left, k-1-m)
		if len(left) > maxGroups {
			return false
		}
		if m-1 >= l.a && it[m].r == sep && isDigit(it[m-1].r) {
			k = m
			continue
		}
		if m >= l.a && (it[m].r == '.' || it[m].r == ',') {
			return false // a decimal or comma-grouped number
		}
		break
	}
	for x, size := range left {
		if size > 3 || size < 1 || size != 3 && x < len(left)-1 {
			return false
		}
	}
	groups := len(left)
	// the groups after
	m := j
	for {
		if digitsAt(it, m, l.b) != 3 {
			return false
		}
		m += 3
		if m+1 < l.b && it[m].r == sep && isDigit(it[m+1].r) {
			groups++
			m++
			if groups > maxGroups {
				return false
			}
			continue
		}
		break
	}
	if isThinSpace(sep) {
		return true
	}
	return groups >= 2
}

// blankRun returns the longest run of blank lines between lines p and q
// (furniture lines end a run).
func blankRun(lines []line, p, q int) int {
	longest, run := 0, 0
	for k := p + 1; k < q; k++ {
		if lines[k].kind == blankLine {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	return longest
}

// usualGap returns the most common blankRun between consecutive text lines,
// the smaller on a tie.
func usualGap(lines []line) int {
	var counts [4]int
	prev := -1
	for i, l := range lines {
		if l.kind != textLine {
			continue
		}
		if prev >= 0 {
			counts[min(blankRun(lines, prev, i), len(counts)-1)]++
		}
		prev = i
	}
	best := 0
	for g, c := range counts {
		if c > counts[best] {
			best = g
		}
	}
	return best
}

// letterSpaced reports whether the single space item i lies in a number
// typed with a space after every digit, "1 9 9 7" (three digits or more).
func letterSpaced(it []item, l line, i, j int) bool {
	if j != i+1 {
		return false
	}
	sep := it[i].r
	single := func(k int) bool { // a lone digit at k
		return k >= l.a && k < l.b && isDigit(it[k].r) &&
			(k == l.a || !isDigit(it[k-1].r)) && (k+1 == l.b || !isDigit(it[k+1].r))
	}
	if !single(i-1) || !single(j) {
		return false
	}
	return single(i-3) && it[i-2].r == sep || single(j+2) && it[j+1].r == sep
}

// wordBefore returns the number of Chinese characters in the word ending
// just before items[i]: a run of characters, or letter-spaced single
// characters (刘 洁, 宋 道 军) counted together.
func wordBefore(it []item, l line, i int) int {
	k := i - 1
	for k >= l.a && isHan(it[k].r) {
		k--
	}
	n := i - 1 - k
	if n != 1 {
		return n
	}
	// single characters separated by single spaces
	for k-1 >= l.a && isSpace(it[k].r) && isHan(it[k-1].r) && (k-2 < l.a || !isHan(it[k-2].r)) {
		n++
		k -= 2
	}
	return n
}

// paragraphEnds counts the text lines that end a paragraph of the source,
// before a blank line or at the end of the page: the lines of running text
// (minRunningText runes with punctuation) ending open, and the lines ending
// a sentence.
func paragraphEnds(items []item, lines []line) (open, closed int) {
	last := -1
	for i := range lines {
		if lines[i].kind == textLine {
			last = i
		}
	}
	for i, l := range lines {
		if l.kind != textLine || i != last && lines[i+1].kind != blankLine {
			continue
		}
		switch {
		case endsTerminal(items, l):
			closed++
		case l.runes() >= minRunningText && l.punct && endsOpen(items, l):
			open++
		}
	}
	return open, closed
}
