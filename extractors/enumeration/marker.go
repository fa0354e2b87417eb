package enumeration

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policyx/policyx/pipeline"
)

// Style values, as written in the record's "style" field.
const (
	StyleShi      = "一是"
	StyleParenZh  = "（一）"
	StyleDunZh    = "一、"
	StyleDot      = "1."
	StyleDun      = "1、"
	StyleParen    = "(1)"
	StyleCircled  = "①"
	StyleDi       = "第一"
	StyleArticle  = "第一条"
	StyleChapter  = "第一章"
	StyleSection  = "第一节"
	StylePart     = "第一篇"  // the parts of a plan outline, which hold its chapters
	StyleBufen    = "第一部分" // parts written 第N部分
	StyleShouxian = "首先"
	StyleYao      = "一要"
	StyleFangmian = "一方面"
	StyleParallel = "parallel"
	StyleRoman    = "Ⅰ、" // Ⅰ、Ⅱ、 (or I. II. in a paragraph's start): a plan's parts
	// styleFormal is 壹、貳、參、, written out as 一、 but a level of its
	// own: a Taiwan plan's 壹、計畫緣由 holds its 一、 points.
	styleFormal   = "壹、"
	maxInlineOrd  = 30  // 一是, 一要, 第一: longer runs are not enumerations
	maxHeadingOrd = 99  // 一、 （一） 1. (1)
	maxArticleOrd = 999 // 第N条
)

// headingStyle reports whether a style is written at the start of a
// paragraph as a section heading, so that its items run on over the
// following paragraphs until the next marker.
func headingStyle(style string) bool {
	switch style {
	case StyleParenZh, StyleDunZh, styleFormal, StyleDot, StyleDun, StyleParen, StyleCircled, StyleArticle, StyleChapter, StyleSection, StylePart, StyleBufen, StyleRoman:
		return true
	}
	return false
}

// A marker is one candidate list marker found at a clause start of
// Norm.Text. start and end are byte offsets into Norm.Text.
type marker struct {
	style      string
	ord        int           // ordinal; 0 for a marker that only continues (最后) and takes last+1
	start, end int           // the marker's own text, e.g. "四是", "（一）", "第三条"
	para       int           // index of the paragraph holding it
	body       int           // index of the paragraph holding the item's text: para, or the next one when the marker stands alone on its line
	paraStart  bool          // the marker opens its paragraph
	alone      bool          // nothing follows the marker in its paragraph: the item's words are on the next line
	contOnly   bool          // can continue a list but never start one (其次, 最后, 另一方面)
	final      bool          // ends its list: no item follows it (最后)
	flat       bool          // follows white space inside a line a copy flattened (see flatMarker), not a clause mark
	runIn      bool          // runs on after a part heading's title (see runInPoint)
	article    bool          // 第N条: heading is the article title
	title      pipeline.Span // 第N章, 第N节: the title as a span of Norm.Text; empty when it is on the next paragraph, still to be read
}

// pointRanks are the levels of a document's points in the order official
// documents nest them: 一、 holds （一）, which holds 1., which holds (1).
var pointRanks = map[string]int{StyleDunZh: 4, StyleParenZh: 3, StyleDot: 2, StyleDun: 2, StyleParen: 1}

// outranks reports whether points of style a hold, by the official order,
// points of style b: 一、 outranks （一） and 1.; styles out of that order
// outrank nothing.
func outranks(a, b string) bool {
	ra, rb := pointRanks[a], pointRanks[b]
	return ra > 0 && rb > 0 && ra > rb
}

// outlineStyle reports whether a style is one of the headings that divide
// a document into parts (第一章, 第一节) rather than list its points.
func outlineStyle(style string) bool {
	return style == StyleChapter || style == StyleSection || partStyle(style)
}

// partStyle reports whether a style is one of the parts (第一篇, 第一部分)
// that hold a plan outline's chapters.
func partStyle(style string) bool { return style == StylePart || style == StyleBufen }

// A wordMarker is a marker spelled as a word: its spellings, its style,
// its ordinal (0 for 最后, which takes last+1) and whether it can only
// continue a list.
type wordMarker struct {
	words    []string
	style    string
	ord      int
	contOnly bool
}

// wordMarkers are the markers spelled as words, tried in this order.
var wordMarkers = [...]wordMarker{
	{[]string{"一方面"}, StyleFangmian, 1, false},
	{[]string{"另一方面", "另方面"}, StyleFangmian, 2, true}, // 另方面: the 1955 report's shorter form
	{[]string{"首先"}, StyleShouxian, 1, false},
	{[]string{"其次"}, StyleShouxian, 2, true},
	{[]string{"再次"}, StyleShouxian, 3, true},
	{[]string{"最后", "最後"}, StyleShouxian, 0, true},
}

// countAfterDot reports whether the digits at byte i, right after the dot
// of a marker opening a paragraph, count things (17個, 3家) rather than make
// a decimal (1.5万亿, 3.2倍, 2.5%): one or two digits, then a measure
// word.
func countAfterDot(t string, i, limit int) bool {
	_, e, ok := scanDigits(t, i, limit, 2)
	if !ok {
		return false
	}
	r, _ := nextRune(t, e, limit)
	return strings.ContainsRune("个個家项項条條所座名位人批类類", r)
}

// yearAfterDot reports whether a year of four digits and 年 stands at byte
// i, right after a marker's dot (1.2023年…): the marker's item opens with
// a year, which no decimal is followed by.
func yearAfterDot(t string, i, limit int) bool {
	v, e, ok := scanDigits(t, i, limit, 4)
	if !ok || e-i != 4 || v < 1900 || v > 2100 {
		return false
	}
	r, _ := nextRune(t, e, limit)
	return r == '年'
}

// dateAfterDot reports whether a date of the month and day stands at byte
// i, right after a marker's dot (1.1月1日, a list of holidays): no decimal
// is followed by 月 and a day.
func dateAfterDot(t string, i, limit int) bool {
	month, e, ok := scanDigits(t, i, limit, 2)
	if !ok || month < 1 || month > 12 {
		return false
	}
	r, n := nextRune(t, e, limit)
	if r != '月' {
		return false
	}
	day, e, ok := scanDigits(t, e+n, limit, 2)
	if !ok || day < 1 || day > 31 {
		return false
	}
	r, _ = nextRune(t, e, limit)
	return r == '日' || r == '号' || r == '號'
}

// isBoundary reports whether r ends a clause, so that a marker may follow.
func isBoundary(r rune) bool {
	switch r {
	case '。', '；', '：', '，', '！', '？', ';', ':', ',', '!', '?':
		return true
	}
	return false
}

// opensAfter reports whether a marker may follow r: a clause mark, or a
// bar that separates a headline's parts (財政預算案派糖2024|1. 住宅物業差餉
// 寬減), though a bar ends no heading (a table's cells run on in it).
func opensAfter(r rune) bool { return isBoundary(r) || r == '|' || r == '｜' }

// isSentenceEnd reports whether r ends a sentence (a stronger boundary that
// an inline 第N条 article needs).
func isSentenceEnd(r rune) bool {
	switch r {
	case '。', '！', '？', '!', '?', '；', ';':
		return true
	}
	return false
}

func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\ufeff' }

// skipSpace returns the offset of the first non-space rune of t at or after
// i, stopping at limit.
func skipSpace(t string, i, limit int) int {
	for i < limit {
		r, n := utf8.DecodeRuneInString(t[i:limit])
		if !isSpace(r) {
			break
		}
		i += n
	}
	return i
}

// skipInlineSpace skips at most one space rune: the stray space a PDF copy
// puts inside a marker ("四 是", "（ 一 ）").
func skipInlineSpace(t string, i, limit int) int {
	if i < limit {
		r, n := utf8.DecodeRuneInString(t[i:limit])
		if r == ' ' || r == '\u3000' || r == '\t' {
			return i + n
		}
	}
	return i
}

// zhDigit gives the value of a Chinese numeral character, -1 for a
// multiplier (十 百), or -2 when r is not a numeral.
func zhDigit(r rune) int {
	switch r {
	case '〇', '零':
		return 0
	case '一', '壹':
		return 1
	case '二', '贰', '貳':
		return 2
	case '三', '叁', '參', '参': // 參 folds to 参
		return 3
	case '四', '肆':
		return 4
	case '五', '伍':
		return 5
	case '六', '陆', '陸':
		return 6
	case '七', '柒':
		return 7
	case '八', '捌':
		return 8
	case '九', '玖':
		return 9
	case '十', '拾', '百', '佰':
		return -1
	}
	return -2
}

// formalNumeral reports whether a Chinese numeral is written in the
// formal numerals (壹, 貳, 參, 拾), as the top level of a Taiwan plan's
// headings is.
func formalNumeral(num string) bool {
	for _, r := range num {
		if !strings.ContainsRune("壹贰貳叁參参肆伍陆陸柒捌玖拾佰", r) {
			return false
		}
	}
	return num != ""
}

// scanZh reads a Chinese numeral at t[i:limit] and returns its value and
// end. ok is false when there is none or it is malformed (一二, 十十).
func scanZh(t string, i, limit int) (val, end int, ok bool) {
	end = i
	var runes []rune
	for end < limit {
		r, n := utf8.DecodeRuneInString(t[end:limit])
		if zhDigit(r) == -2 {
			break
		}
		runes = append(runes, r)
		end += n
	}
	if len(runes) == 0 || len(runes) > 6 {
		return 0, i, false
	}
	val, ok = zhValue(runes)
	return val, end, ok
}

// zhValue parses a Chinese numeral below 1000: 三, 十二, 二十, 一百零五.
func zhValue(rs []rune) (int, bool) {
	total, digit, lastUnit := 0, -1, 1000
	for _, r := range rs {
		d := zhDigit(r)
		if d >= 0 {
			if digit >= 0 && !(digit == 0 && d > 0) {
				return 0, false // two digits in a row: 一二
			}
			digit = d
			continue
		}
		unit := 10
		if r == '百' || r == '佰' {
			unit = 100
		}
		if unit >= lastUnit {
			return 0, false
		}
		if digit < 0 {
			if unit == 10 && total == 0 {
				digit = 1 // 十二
			} else {
				return 0, false
			}
		}
		total += digit * unit
		digit, lastUnit = -1, unit
	}
	if digit > 0 {
		total += digit
	}
	if total == 0 {
		return 0, false
	}
	return total, true
}

// scanDigits reads ASCII or full-width digits, at most max of them.
func scanDigits(t string, i, limit, max int) (val, end int, ok bool) {
	end = i
	n := 0
	for end < limit {
		r, size := utf8.DecodeRuneInString(t[end:limit])
		var d int
		switch {
		case r >= '0' && r <= '9':
			d = int(r - '0')
		case r >= '０' && r <= '９':
			d = int(r - '０')
		default:
			goto done
		}
		val = val*10 + d
		end += size
		n++
	}
done:
	if n == 0 || n > max || val == 0 {
		return 0, i, false
	}
	return val, end, true
}

// hasPrefixAt reports whether t[i:limit] starts with one of words, and
// returns the end of the matched word.
func hasPrefixAt(t string, i, limit int, words ...string) (int, bool) {
	for _, w := range words {
		if strings.HasPrefix(t[i:limit], w) {
			return i + len(w), true
		}
	}
	return i, false
}

// nextRune returns the rune at t[i:limit], or utf8.RuneError at the limit.
func nextRune(t string, i, limit int) (rune, int) {
	if i >= limit {
		return utf8.RuneError, 0
	}
	return utf8.DecodeRuneInString(t[i:limit])
}

// matchMarker tries every marker form at offset i of paragraph text
// t[:limit]. after is the rune before the clause start (0 at a paragraph
// start).
func matchMarker(t string, i, limit int, after rune) (marker, bool) {
	m := marker{start: i}
	r, n := nextRune(t, i, limit)
	switch {
	case r == '第':
		j := skipInlineSpace(t, i+n, limit)
		val, e, ok := scanZh(t, j, limit)
		if !ok {
			val, e, ok = scanDigits(t, j, limit, 3)
		}
		if !ok {
			return m, false
		}
		e2 := skipInlineSpace(t, e, limit)
		if end, ok := hasPrefixAt(t, e2, limit, "章"); ok {
			return outlineMarker(m, StyleChapter, val, t, end, limit, after)
		}
		if end, ok := hasPrefixAt(t, e2, limit, "节", "節"); ok {
			return outlineMarker(m, StyleSection, val, t, end, limit, after)
		}
		if end, ok := hasPrefixAt(t, e2, limit, "篇"); ok {
			return outlineMarker(m, StylePart, val, t, end, limit, after)
		}
		if end, ok := hasPrefixAt(t, e2, limit, "部分"); ok {
			return outlineMarker(m, StyleBufen, val, t, end, limit, after)
		}
		if end, ok := hasPrefixAt(t, e2, limit, "条", "條"); ok {
			// An article opens a line, follows a sentence's end, a colon
			// that introduces the articles (特制定本优惠政策: 第一条 凡…),
			// or a chapter's heading run into the line (第一章总则 第一条…).
			lineLike := after == 0 || isSentenceEnd(after) || chapterBefore(t[:i]) || partBefore(t[:i])
			if !lineLike && after != '：' && after != ':' {
				return m, false
			}
			// After a sentence's end an article's words may follow its
			// marker with no space, as at a line's start: a copy that ran
			// the articles together (…特制定本办法。第二条本办法适用于…).
			// (The normalizer drops a space between Han runes, so after a
			// colon the words may follow the marker directly.)
			if !articleFollows(t, end, limit, lineLike || after == '：' || after == ':') || val > maxArticleOrd {
				return m, false
			}
			m.style, m.ord, m.end, m.article = StyleArticle, val, end, true
			return m, true
		}
		// 第一，第二，… : the numeral must be followed by a clause mark.
		c, cn := nextRune(t, e, limit)
		if c == '点' || c == '點' || c == '个' || c == '個' || c == '步' {
			// 第一点，第二个是…: a talk's point counted by its measure;
			// 第一步，…第二步，…: the steps of a plan
			if d, dn := nextRune(t, e+cn, limit); strings.ContainsRune("，,：:是", d) {
				e += cn
				c, cn = d, dn
			}
		}
		switch c {
		case '，', ',', '：', ':':
		case '是':
			e += cn // 第一是…第二是…
		case '、':
			// 第一、第二产业 and 第一、二、三产业 list numbers, not clauses
			d, dn := nextRune(t, e+cn, limit)
			if d == '第' {
				return m, false
			}
			if zhDigit(d) != -2 {
				if f, _ := nextRune(t, e+cn+dn, limit); f == '、' {
					return m, false
				}
			}
		default:
			return m, false
		}
		if val > maxInlineOrd {
			return m, false
		}
		m.style, m.ord, m.end = StyleDi, val, e
		return m, true
	case r == '（' || r == '(':
		j := skipInlineSpace(t, i+n, limit)
		style := StyleParenZh
		val, e, ok := scanZh(t, j, limit)
		if !ok {
			style = StyleParen
			val, e, ok = scanDigits(t, j, limit, 2)
		}
		if !ok || val > maxHeadingOrd {
			return m, false
		}
		e = skipInlineSpace(t, e, limit)
		c, cn := nextRune(t, e, limit)
		if c != '）' && c != ')' {
			return m, false
		}
		m.style, m.ord, m.end = style, val, e+cn
		return m, true
	case r >= 'Ⅰ' && r <= 'Ⅻ' || r >= 'ⅰ' && r <= 'ⅻ':
		// Ⅰ、总体要求: a Roman numeral of one rune, then 、 or a dot
		c, cn := nextRune(t, i+n, limit)
		if c != '、' && c != '.' && c != '．' {
			return m, false
		}
		ord := int(r-'Ⅰ') + 1
		if r >= 'ⅰ' {
			ord = int(r-'ⅰ') + 1
		}
		m.style, m.ord, m.end = StyleRoman, ord, i+n+cn
		return m, true
	case after == 0 && (r == 'I' || r == 'V' || r == 'X'):
		// I. 总体要求 II. 主要任务: ASCII Roman numerals and a dot, opening
		// a paragraph, before Han words
		val, e := romanValue(t, i, limit)
		c, cn := nextRune(t, e, limit)
		if val == 0 || c != '.' && c != '、' {
			return m, false
		}
		if d, _ := nextRune(t, skipInlineSpace(t, e+cn, limit), limit); !unicode.Is(unicode.Han, d) {
			return m, false
		}
		m.style, m.ord, m.end = StyleRoman, val, e+cn
		return m, true
	case r >= '①' && r <= '⑳':
		m.style, m.ord, m.end = StyleCircled, int(r-'①')+1, i+n
		return m, true
	case r >= '⑴' && r <= '⒇':
		m.style, m.ord, m.end = StyleParen, int(r-'⑴')+1, i+n
		return m, true
	case r >= '⒈' && r <= '⒛':
		m.style, m.ord, m.end = StyleDot, int(r-'⒈')+1, i+n
		return m, true
	case (r >= '0' && r <= '9') || (r >= '０' && r <= '９'):
		val, e, ok := scanDigits(t, i, limit, 2)
		if !ok {
			return m, false
		}
		c, cn := nextRune(t, e, limit)
		if after == 0 && (c == ' ' || c == '\u3000') {
			// 1 . 组织供应…: a PDF copy's stray space before the dot of a
			// marker opening its paragraph
			if d, dn := nextRune(t, e+cn, limit); d == '.' || d == '．' || d == '、' {
				e, c, cn = e+cn, d, dn
			}
		}
		switch c {
		case '.', '．':
			// 1.5万亿 is a number, not a marker
			d, _ := nextRune(t, skipInlineSpace(t, e+cn, limit), limit)
			if d == '%' || d == '％' {
				return m, false
			}
			if (d >= '0' && d <= '9') || (d >= '０' && d <= '９') {
				if d := skipInlineSpace(t, e+cn, limit); yearAfterDot(t, d, limit) || dateAfterDot(t, d, limit) {
					m.style, m.ord, m.end = StyleDot, val, e+cn
					return m, true // 1.2023年白鹤镇政府工作报告, 1.1月1日: an item opening with a year or a date, no decimal
				}
				if after != 0 || !countAfterDot(t, e+cn, limit) {
					return m, false
				}
				// 3.17個經濟貿易辦事處 opening a paragraph after 1. and
				// 2.: item 3 of the list, whose words begin with a
				// count; it may only go on with a list
				m.contOnly = true
			}
			m.style = StyleDot
		case '、', '､':
			// 1、2月 lists numbers
			d, _ := nextRune(t, e+cn, limit)
			if (d >= '0' && d <= '9') || (d >= '０' && d <= '９') {
				return m, false
			}
			m.style = StyleDun
		case ')', '）':
			// 1) and 1）, a half bracket: the points of (1)
			m.style = StyleParen
		default:
			return m, false
		}
		m.ord, m.end = val, e+cn
		return m, true
	}
	if r == '其' {
		// 其一，…；其二，…: the points of a talk, as 第一，第二 (其次 is
		// a word marker)
		if val, e, ok := scanZh(t, i+n, limit); ok {
			c, cn := nextRune(t, e, limit)
			switch {
			case val > maxInlineOrd:
				return m, false
			case c == '是':
				e += cn
			case c != '，' && c != ',' && c != '：' && c != ':':
				return m, false
			}
			m.style, m.ord, m.end = StyleDi, val, e
			return m, true
		}
	}
	for _, w := range wordMarkers {
		if e, ok := hasPrefixAt(t, i, limit, w.words...); ok {
			m.style, m.ord, m.end, m.contOnly = w.style, w.ord, e, w.contOnly
			m.final = w.ord == 0
			return m, true
		}
	}
	val, e, ok := scanZh(t, i, limit)
	if !ok {
		return m, false
	}
	e2 := skipInlineSpace(t, e, limit)
	c, cn := nextRune(t, e2, limit)
	switch c {
	case '是':
		m.style = StyleShi
	case '要':
		m.style = StyleYao
	case '、', '､':
		if e2 != e {
			return m, false
		}
		// 一、二等奖 and 一、二、三 list numbers, not clauses; a numeral that
		// opens a word of the item does not (二、零售企业, 三、十大工程)
		if d, dn := nextRune(t, e+cn, limit); zhDigit(d) != -2 {
			if d2, _ := nextRune(t, e+cn+dn, limit); d2 == '、' || d2 == '､' || d2 == '等' || zhDigit(d2) != -2 || d2 == utf8.RuneError {
				return m, false
			}
		}
		if val > maxHeadingOrd {
			return m, false
		}
		m.style, m.ord, m.end = StyleDunZh, val, e+cn
		if formalNumeral(t[i:e]) {
			m.style = styleFormal
		}
		return m, true
	case '．', '.':
		// 一．总体要求, 二.重点任务: a part's heading, at a paragraph's
		// start only, as the points of 一、
		if e2 != e || after != 0 || val > maxHeadingOrd {
			return m, false
		}
		if d, _ := nextRune(t, e+cn, limit); zhDigit(d) != -2 || d >= '0' && d <= '9' || d >= '０' && d <= '９' {
			return m, false
		}
		m.style, m.ord, m.end = StyleDunZh, val, e+cn
		return m, true
	default:
		return m, false
	}
	if val > maxInlineOrd {
		return m, false
	}
	m.ord, m.end = val, e2+cn
	return m, true
}

// romanNumerals are the ASCII Roman numerals of a plan's parts, twelve
// down to one, each tried before the ones it starts with.
var romanNumerals = [...]struct {
	numeral string
	value   int
}{{"XII", 12}, {"XI", 11}, {"X", 10}, {"IX", 9}, {"VIII", 8}, {"VII", 7}, {"VI", 6}, {"V", 5}, {"IV", 4}, {"III", 3}, {"II", 2}, {"I", 1}}

// romanValue reads an ASCII Roman numeral from one to twelve at t[i:limit]
// and returns its value and end, or 0 when none stands there.
func romanValue(t string, i, limit int) (val, end int) {
	for _, r := range romanNumerals {
		if strings.HasPrefix(t[i:limit], r.numeral) {
			return r.value, i + len(r.numeral)
		}
	}
	return 0, i
}

// pointMark reports whether the marker of a point that a 、 may separate
// from the one before stands at i: 1) or 1） (…:1)经济局、2)青年创业孵化中心、
// …), (1) and ①. 1、 and 一、 are none: after a 、 they list numbers.
func pointMark(t string, i, limit int) bool {
	r, n := nextRune(t, i, limit)
	switch {
	case r >= '①' && r <= '⑳', r >= '⑴' && r <= '⒇':
		return true
	case r == '(' || r == '（':
		_, e, ok := scanDigits(t, i+n, limit, 2)
		c, _ := nextRune(t, e, limit)
		return ok && (c == ')' || c == '）')
	}
	_, e, ok := scanDigits(t, i, limit, 2)
	c, _ := nextRune(t, e, limit)
	return ok && (c == ')' || c == '）')
}

// chapterHead matches a chapter's heading and a title of two to eight Han
// runes at the end of a text (the space before the article on the same
// line may be gone: the normalizer drops one between Han runes).
var chapterHead = regexp.MustCompile(`第[一二三四五六七八九十百零〇0-9０-９]{1,4}章[ \x{3000}]?(\p{Han}{2,8})[ \x{3000}]*$`)

// chapterBefore reports whether before, the text before an article's
// marker, ends in a chapter's heading and its title: a copy that ran its
// lines together (…(试行)第一章总则 第一条为加快…, or its contents too:
// …第六章附则第一章总则 第一条…), not a reference (见第三章规定).
func chapterBefore(before string) bool {
	if len(before) > 64 {
		before = before[len(before)-64:]
		for len(before) > 0 && !utf8.RuneStart(before[0]) {
			before = before[1:]
		}
	}
	for {
		m := chapterHead.FindStringSubmatchIndex(before)
		if m == nil {
			return false
		}
		title := before[m[2]:m[3]]
		if !strings.Contains(title, "第") {
			return !strings.ContainsAny(title, "的规規定所中之和或至")
		}
		// …第六章附则第一章总则: the leftmost heading's title ran into the
		// next heading, which is the one before the article
		before = before[m[0]+len("第"):]
	}
}

// partHead is a part's heading at the end of a line's text, its numeral,
// 、 and a title of Han runes: 一、关于鼓舞投资的有关政策 (the normalizer
// may have dropped the space before it).
var partHead = regexp.MustCompile(`[一二三四五六七八九十]{1,3}、[ \x{3000}]?(\p{Han}{2,24})[ \x{3000}]*$`)

// partBefore reports whether before, the text before an article's marker,
// ends in a part's heading and its title, run into the line by a copy
// that flattened it (…规章制度 一、关于鼓舞投资的有关政策 第一条投资…), the
// title holding no word of a reference (本办法一、规定).
func partBefore(before string) bool {
	if len(before) > 96 {
		before = before[len(before)-96:]
		for len(before) > 0 && !utf8.RuneStart(before[0]) {
			before = before[1:]
		}
	}
	m := partHead.FindStringSubmatch(before)
	return m != nil && !strings.ContainsAny(m[1], "规規定第")
}

// articleFollows reports whether the text after 第N条 reads as an article
// rather than a reference to one (第三条规定, 第五条第一项, 第三条的).
func articleFollows(t string, i, limit int, paraStart bool) bool {
	r, _ := nextRune(t, i, limit)
	if i >= limit {
		return paraStart
	}
	if isSpace(r) || r == '【' || r == '［' || r == '[' || r == '（' || r == '(' {
		return true
	}
	if !paraStart {
		return false
	}
	for _, w := range []string{"规定", "規定", "的", "所", "第", "、", "和", "或", "至", "之", "中", "，", ",", "。"} {
		if strings.HasPrefix(t[i:limit], w) && !(w == "中" && opensWordWithZhong(t[i+len(w):limit])) {
			return false
		}
	}
	return true
}

// zhongWordEnds are the runes that make a word with a 中 before them (中央,
// 中国, 中小): 第四条中央补助资金… is an article, 第四条中的 a reference.
const zhongWordEnds = "央国國华華小长長心医醫等型药藥期共"

// opensWordWithZhong reports whether rest, the text after a 中, starts
// with a rune that makes a word with it.
func opensWordWithZhong(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return strings.ContainsRune(zhongWordEnds, r)
}

// maxTitleRunes is the longest title a chapter or section heading may have.
const maxTitleRunes = 30

// outlineMarker finishes a 第N章 or 第N节 marker ending at end: it opens a
// paragraph (or a line, or follows a sentence's end when an article
// follows its title on the line) and its title follows on the same line, up to the
// line's end or to an article that the line goes on with (第一章 总则 第一条
// …). A title that reads as a sentence or a reference (第二章的规定, 第三章
// 第五条, 第四章已经写得很详细，…) is none. When nothing follows on the line,
// the title is left empty for the caller to read from the next line.
func outlineMarker(m marker, style string, val int, t string, end, limit int, after rune) (marker, bool) {
	// Inside a line a heading stands only after a sentence's end and
	// before an article on the same line: a copy that ran its lines
	// together (…不适用本办法。 第二章财政扶持措施 第四条…).
	inline := after != 0
	if inline && !isSentenceEnd(after) || val > maxHeadingOrd {
		return m, false
	}
	m.style, m.ord, m.end = style, val, end
	lineEnd := limit
	if k := strings.IndexByte(t[end:limit], '\n'); k >= 0 {
		lineEnd = end + k
	}
	ts := skipSpace(t, end, lineEnd)
	if ts == lineEnd {
		if inline {
			return m, false
		}
		if lineEnd < limit {
			// The title is on the next line of the same paragraph.
			title, ok := titleLine(t, lineEnd+1, limit)
			m.title = title
			return m, ok
		}
		return m, true
	}
	if ts == end {
		// 第一章总则 is a heading; 第二章的规定 and 第三章第五条 are references.
		for _, w := range []string{"的", "规定", "規定", "所", "第", "中", "之", "和", "或", "至"} {
			if strings.HasPrefix(t[ts:lineEnd], w) {
				return m, false
			}
		}
	}
	te := lineEnd
	for j := ts; j < lineEnd; {
		r, n := utf8.DecodeRuneInString(t[j:lineEnd])
		if r == '第' && j > ts {
			// The article after the title: past a space, or right after
			// it where the normalizer dropped the space between two Han
			// runes (第二章财政扶持措施第四条…).
			p, _ := utf8.DecodeLastRuneInString(t[ts:j])
			if isSpace(p) || utf8.RuneCountInString(t[ts:j]) >= 2 && titleText(t[ts:j]) {
				if a, ok := matchMarker(t, j, lineEnd, 0); ok && a.style == StyleArticle {
					te = j
					break
				}
			}
		}
		j += n
	}
	if inline && te == lineEnd {
		return m, false // 。第二章的内容…: no article follows, a reference or a sentence
	}
	whole := te == lineEnd // the title fills the rest of its line
	te = trimRight(t, ts, te)
	if !titleText(t[ts:te]) && !(whole && !inline && lineTitle(t[ts:te])) {
		return m, false
	}
	m.title = pipeline.Span{Start: ts, End: te}
	return m, true
}

// titleLine reads a line of t[from:limit] that holds only a chapter's
// title (第一章 on one line, 总则 on the next).
func titleLine(t string, from, limit int) (pipeline.Span, bool) {
	end := limit
	if k := strings.IndexByte(t[from:limit], '\n'); k >= 0 {
		end = from + k
	}
	sp, ok := trim(t, pipeline.Span{Start: from, End: end})
	if !ok || !titleText(t[sp.Start:sp.End]) {
		return pipeline.Span{}, false
	}
	if _, ok := matchMarker(t, sp.Start, sp.End, 0); ok {
		return pipeline.Span{}, false
	}
	return sp, true
}

// maxLineTitleRunes is the longest title of a chapter that fills its line
// and holds a comma.
const maxLineTitleRunes = 40

// lineTitle reports whether s, the rest of a heading's line, reads as the
// title of a chapter in two parts joined by commas (高水平全面建成小康社会，
// 开启全面建设社会主义现代化新征程, as the chapters of a plan's outline are
// titled): one or two commas, no other clause mark, no sentence's end, and
// at most maxLineTitleRunes runes.
func lineTitle(s string) bool {
	if s == "" || utf8.RuneCountInString(s) > maxLineTitleRunes {
		return false
	}
	commas := 0
	for _, r := range s {
		switch {
		case r == '，' || r == ',':
			commas++
		case isBoundary(r) || isSentenceEnd(r) || r == '。':
			return false
		}
	}
	return commas >= 1 && commas <= 2
}

// titleText reports whether s reads as the title of a chapter: short and
// without the clause marks of a sentence.
func titleText(s string) bool {
	if s == "" || utf8.RuneCountInString(s) > maxTitleRunes {
		return false
	}
	for _, r := range s {
		if isBoundary(r) || r == '。' {
			return false
		}
	}
	return true
}
