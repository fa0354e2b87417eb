package normalize

import (
	"errors"
	"strings"
)

// ErrNilDocument is returned by Normalize for a nil document.
var ErrNilDocument = errors.New("normalize: nil document")

// Limits, in runes, of the line-level rules.
const (
	maxClassified    = 80 // longer lines are never furniture, headlines or bylines
	maxSpacedLine    = 60 // a byline is at most this long
	maxSpacedHeading = 26 // a line this short without sentence punctuation keeps word spaces
	minRunningText   = 30 // a paragraph this long with punctuation is running text
	maxHeading       = 40 // a heading followed by a blank line is at most this long
	maxHeadingTight  = 20 // a heading followed by a single line break is at most this long
)

// A furnitureRule matches whole lines (folded, spaces as " ", colons as
// "：", brackets as "（）") that are page furniture rather than text. The
// pattern is tried only on lines holding one of the runes in keys.
type furnitureRule struct {
	keys    string
	pattern string
}

// furnitureRules returns the built-in furniture patterns.
func furnitureRules() []furnitureRule {
	const (
		open  = `^[（【\[〔]?`
		close = `[）】\]〕]?$`
	)
	return []furnitureRule{
		// photo and picture credits: 视觉中国供图, 张三 摄, 新华社记者 张三 摄
		{"供", open + `[^。！？；]{0,40}(供图|供稿|供照片)` + close},
		{"摄", open + `[^。！？；，]{0,30}(记者|通讯员|摄影)[^。！？；，]{0,20}摄` + close},
		{"摄", open + `[^。！？；，]{1,30} 摄(影)?` + close},
		{"图源摄视", open + `(图片来源|图片|图源|图|来源|摄影|视频|图文|文图|制图|配图|题图|本文图片|图片说明)[：|][^。！？]{0,60}` + close},
		// editorial lines: 责任编辑：…, 编辑：… 校对：…
		{"编校审监策统排据", open + `(责任编辑|责编|编辑|校对|审核|审校|审读|终审|初审|复审|二审|三审|监制|策划|统筹|美编|排版|编审|值班编辑|流程编辑|数据支持)[：:]` +
			`[^。！？；]{0,60}` + close},
		// share and navigation prompts, web page controls
		{"点分扫长打", `^[（【\[]?(点击|分享到|分享至|扫一扫|扫码|长按|打开.{0,6}扫一扫)[^。！？；]{0,40}$`},
		{"打关返收纠", `^([【\[]?(打印本页|打印|关闭窗口|关闭本页|关闭|返回顶部|收藏|纠错|我要纠错) ?[】\]]? ?){1,5}$`},
		{"字", `^[【\[]?字[体号]：? ?([【\[]?[大中小][】\]]? ?){2,3}[】\]]?$`},
		{"篇", `^(上一篇|下一篇)：[^。！？]{0,60}$`},
		{"位", `^(您的位置|您当前的位置|当前位置|所在位置)：[^。！？]{0,60}$`},
		// page numbers: - 3 -, — 3 —, 第3页, 第3页 共12页, 3/12, Page 3 of 12
		{"-—", `^[-—]+ ?\d{1,4} ?[-—]+$`},
		{"页", `^第 ?[\d一二三四五六七八九十百〇零]{1,4} ?页( ?[，/]? ?共 ?\d{1,4} ?页)?$`},
		{"页", `^共 ?\d{1,4} ?页[，/]? ?第 ?\d{1,4} ?页$`},
		{"/", `^\d{1,4} ?/ ?\d{1,4}$`},
		{"pP", `^(?i:page) ?\d{1,4}( ?(?i:of) ?\d{1,4})?$`},
	}
}

// bylinePattern matches a byline: a name of two to four characters, a space,
// then titles and places without sentence punctuation
// (宋道军 合肥市人大常委会副主任，合肥高新区党工委副书记).
const bylinePattern = `^\p{Han}{2,4} +\p{Han}[^。！？；]*$`

type lineKind uint8

const (
	blankLine lineKind = iota
	furnitureLine
	textLine
)

// A line is one line of the folded text.
type line struct {
	a, b       int // its content, trimmed of white space, as items [a, b)
	brk        int // the index of the break item ending it, or -1
	kind       lineKind
	keepSpaces bool // short and without sentence punctuation: a headline or a byline
	byline     bool
	punct      bool // has clause or sentence punctuation
	marker     int  // the end of a leading 第N条/章/节 marker, or -1
	indent     int  // white space items before the content
	cols       int  // its width in columns (see lineCols)
	sentence   bool // has sentence punctuation (。！？；)
}

// lines splits items into lines and classifies each.
func (n *Normalizer) lines(items []item) []line {
	var out []line
	var sb strings.Builder
	start := 0
	for i := 0; i <= len(items); i++ {
		if i < len(items) && items[i].r != breakRune {
			continue
		}
		l := line{a: start, b: i, brk: i}
		if i == len(items) {
			l.brk = -1
		}
		for l.a < l.b && isSpace(items[l.a].r) {
			l.a++
		}
		l.indent = l.a - start
		if l.indent == 1 && items[start].r == ' ' {
			l.indent = 0 // a stray space a PDF copy leaves where it broke the line, no indent
		}
		for l.b > l.a && isSpace(items[l.b-1].r) {
			l.b--
		}
		start = i + 1
		l.cols = lineCols(items, l)
		if l.a == l.b {
			out = append(out, l)
			continue
		}
		l.kind = textLine
		l.marker = articleMarker(items, l)
		sentence := false
		for _, it := range items[l.a:l.b] {
			switch it.r {
			case '。', '！', '？', '；', '!', '?':
				sentence = true
			}
			if isClausePunct(it.r) {
				l.punct = true
			}
		}
		runes := l.b - l.a
		if runes <= maxClassified {
			sb.Reset()
			var keys uint64 // the furniture rules whose keys occur in the line
			for _, it := range items[l.a:l.b] {
				switch r := it.r; {
				case isSpace(r):
					sb.WriteByte(' ')
					keys |= n.keyMask(' ')
				case r == ',':
					sb.WriteRune('，')
					keys |= n.keyMask('，')
				case r == ':':
					sb.WriteRune('：')
					keys |= n.keyMask('：')
				default:
					sb.WriteRune(r)
					keys |= n.keyMask(r)
				}
			}
			s := sb.String()
			for i, re := range n.furniture {
				if keys&(1<<i) != 0 && re.MatchString(s) {
					l.kind = furnitureLine
					break
				}
			}
			// A byline has a space between the name and the titles.
			l.byline = l.kind == textLine && runes <= maxSpacedLine && l.marker < 0 &&
				!listMarker(items[l.a:l.b]) && strings.IndexByte(s, ' ') >= 0 && n.byline.MatchString(s)
		}
		l.keepSpaces = !sentence && (l.byline || runes <= maxSpacedHeading)
		l.sentence = sentence
		out = append(out, l)
	}
	return out
}

// endsOpen reports whether the line ends in the middle of a sentence: with
// a character, digit or percent sign rather than punctuation, or with an
// opening quote or bracket, which a copied page may leave at the end of a
// line (结合省“ / 5+4”稳进提质政策体系).
func endsOpen(items []item, l line) bool {
	r := items[l.b-1].r
	return isHan(r) || isDigit(r) || isLatin(r) || r == '%' || isOpener(r)
}

// endsClause reports whether the line ends with a mark that closes a
// clause inside a sentence: a comma, a semicolon or 、.
func endsClause(items []item, l line) bool {
	return strings.ContainsRune("，；、,;", items[l.b-1].r)
}

// endsTerminal reports whether the line ends with sentence or clause
// punctuation, looking through closing quotes and brackets.
func endsTerminal(items []item, l line) bool {
	return isSentenceEnd(lastMark(items, l))
}

// lastMark returns the last rune of the line that is no closing quote or
// bracket, or 0 when the line holds nothing else.
func lastMark(items []item, l line) rune {
	for i := l.b - 1; i >= l.a; i-- {
		if r := items[i].r; !isCloser(r) {
			return r
		}
	}
	return 0
}

// continues reports whether the line can continue a sentence broken before
// it: it starts with a Chinese character, a digit, an opening quote, 《 or
// （, a closing quote or title mark, which opens no paragraph (a title
// on a line of its own: 《 / 国家中长期科学和技术发展规划纲要 / 》), or a
// dash before a digit (—2027年), clause punctuation or a percent sign, and
// not with a list marker (一是, 二、, （一）, 第一, 1., ①, 首先 …).
func continues(items []item, l line) bool {
	return opensSentence(items, l) && !listMarker(items[l.a:l.b])
}

// opensSentence reports whether the first rune of the line may continue a
// sentence broken before it (see continues).
func opensSentence(items []item, l line) bool {
	switch r := items[l.a].r; {
	case isHan(r), isDigit(r), r == openQuote, r == '《', r == '（', r == closeQuote, r == '》', r == '〉':
	case strings.ContainsRune("，、；：。！？,;:!?%％+＋", r):
		// punctuation or a unit that opens no paragraph: a PDF copy broke
		// the line just before it
	case (r == '.' || r == '．') && l.b-l.a > 1 && isDigit(items[l.a+1].r):
		// the decimals of a number the page broke before its point: 89 /
		// .12亿元
	case strings.ContainsRune("—–-－~～", r) && l.b-l.a > 1 && isDigit(items[l.a+1].r):
		// the second half of a range of years: （2023 / —2027年）, not
		// the ——  of a bulleted line
	case isLatin(r):
		// “2+2+ / X”产业发展方向
	default:
		return false
	}
	return true
}

// listMarker reports whether it starts with an enumeration marker.
func listMarker(it []item) bool {
	at := func(i int) rune {
		if i < len(it) {
			return it[i].r
		}
		return 0
	}
	r := at(0)
	switch {
	case r >= 0x2460 && r <= 0x249B, r >= 0x2776 && r <= 0x2793:
		return true // ① ⑴ ⒈ ❶ …
	case r == '（' || r == '〔' || r == '【':
		i := 1
		for isNumeral(at(i)) || isDigit(at(i)) {
			i++
		}
		return i > 1 && (at(i) == '）' || at(i) == '〕' || at(i) == '】')
	case r == '第':
		return isNumeral(at(1)) || isDigit(at(1))
	case isDigit(r):
		i := 1
		for isDigit(at(i)) {
			i++
		}
		switch at(i) {
		case '、', '）', '，':
			return true
		case '.':
			return !isDigit(at(i + 1))
		}
		return false
	case isNumeral(r):
		i := 1
		for i < 4 && isNumeral(at(i)) {
			i++
		}
		switch at(i) {
		case '是', '、', '要', '.', '，', '：':
			return true
		}
		return false
	case isFormalNumeral(r):
		// 贰、依据 (貳、依據), the top headings of a Taiwan plan
		i := 1
		for i < 4 && isFormalNumeral(at(i)) {
			i++
		}
		return at(i) == '、'
	}
	switch string([]rune{r, at(1)}) {
	case "首先", "其次", "其一", "其二", "其三", "其四", "其五", "最后", "另外", "此外":
		return true
	}
	return false
}

// isFormalNumeral reports whether r is a formal Chinese numeral (壹, 贰,
// 参), folded or not.
func isFormalNumeral(r rune) bool {
	return strings.ContainsRune("壹贰貳叁參参肆伍陆陸柒捌玖拾", r)
}

// isNumeral reports whether r is a Chinese numeral used in list markers.
func isNumeral(r rune) bool {
	return strings.ContainsRune("一二三四五六七八九十百零〇两", r)
}

// articleMarker returns the item index just after a leading article,
// chapter or section marker (第三条, 第2章, 第一节), or -1.
func articleMarker(items []item, l line) int {
	if items[l.a].r != '第' {
		return -1
	}
	i := l.a + 1
	for i < l.b && i-l.a <= 6 && (isNumeral(items[i].r) || isDigit(items[i].r)) {
		i++
	}
	if i == l.a+1 || i >= l.b {
		return -1
	}
	switch items[i].r {
	case '条', '章', '节', '编', '篇', '款', '部':
		return i + 1
	}
	return -1
}
