package numeral

import (
	"unicode"
	"unicode/utf8"
)

// class is the role a character plays in a numeral.
type class uint8

const (
	clsNone   class = iota
	clsADigit       // ASCII digit after width folding; val is the digit
	clsCDigit       // Chinese digit, val 0-9 (零 〇 一 壹 二 两 …)
	clsSmall        // 十 百 千 and their capitals; val is the power of ten
	clsTens         // 廿 卅 卌; val is the tens digit (2, 3, 4)
	clsBig          // 万 亿 兆 and their traditional forms; val is the power of ten
	clsPoint        // 点 點, the Chinese decimal point
	clsSpace        // horizontal white space that PDF copies leave inside numbers
)

// Character flags.
const (
	flagLiang = 1 << iota // 两 兩 倆: 2, but never a digit in a sequence or after 点
	flagYao               // 幺: 1, only inside a digit sequence
	flagTen               // 十 拾: a bare 十 is a numeral on its own
	flagZhao              // 兆: 10^12 only when no unit word follows
)

type charInfo struct {
	cls   class
	val   uint8
	flags uint8
}

// fold maps full-width ASCII to ASCII, the ideographic space to a space and
// the minus sign to a hyphen-minus.
func fold(r rune) rune {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E:
		return r - 0xFEE0
	case r == 0x3000:
		return ' '
	case r == 0x2212:
		return '-'
	}
	return r
}

// classify says what the folded rune r is in a numeral.
func classify(r rune) charInfo {
	switch r {
	case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return charInfo{cls: clsADigit, val: uint8(r - '0')}
	case '零', '〇':
		return charInfo{cls: clsCDigit, val: 0}
	case '一', '壹':
		return charInfo{cls: clsCDigit, val: 1}
	case '幺':
		return charInfo{cls: clsCDigit, val: 1, flags: flagYao}
	case '二', '贰', '貳':
		return charInfo{cls: clsCDigit, val: 2}
	case '两', '兩', '倆':
		return charInfo{cls: clsCDigit, val: 2, flags: flagLiang}
	case '三', '叁', '參':
		return charInfo{cls: clsCDigit, val: 3}
	case '四', '肆':
		return charInfo{cls: clsCDigit, val: 4}
	case '五', '伍':
		return charInfo{cls: clsCDigit, val: 5}
	case '六', '陆', '陸':
		return charInfo{cls: clsCDigit, val: 6}
	case '七', '柒':
		return charInfo{cls: clsCDigit, val: 7}
	case '八', '捌':
		return charInfo{cls: clsCDigit, val: 8}
	case '九', '玖':
		return charInfo{cls: clsCDigit, val: 9}
	case '十', '拾':
		return charInfo{cls: clsSmall, val: 1, flags: flagTen}
	case '百', '佰':
		return charInfo{cls: clsSmall, val: 2}
	case '千', '仟':
		return charInfo{cls: clsSmall, val: 3}
	case '廿':
		return charInfo{cls: clsTens, val: 2}
	case '卅':
		return charInfo{cls: clsTens, val: 3}
	case '卌':
		return charInfo{cls: clsTens, val: 4}
	case '万', '萬':
		return charInfo{cls: clsBig, val: 4}
	case '亿', '億':
		return charInfo{cls: clsBig, val: 8}
	case '兆':
		return charInfo{cls: clsBig, val: 12, flags: flagZhao}
	case '点', '點':
		return charInfo{cls: clsPoint}
	case ' ', '\t', '\u00a0', '\u2009', '\u202f':
		return charInfo{cls: clsSpace}
	}
	return charInfo{}
}

// at decodes the rune at byte offset i of s and folds it. It returns size 0
// at the end of s. Invalid UTF-8 decodes as utf8.RuneError with size 1, which
// no rule accepts.
func at(s string, i int) (r rune, size int) {
	if i >= len(s) {
		return 0, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	r, size = utf8.DecodeRuneInString(s[i:])
	return fold(r), size
}

// skipSpaces returns the offset of the first non-space rune at or after i.
func skipSpaces(s string, i int) int {
	for {
		r, n := at(s, i)
		if n == 0 || classify(r).cls != clsSpace {
			return i
		}
		i += n
	}
}

// isNumeralRune reports whether r can continue a numeral.
func isNumeralRune(r rune) bool {
	switch classify(r).cls {
	case clsADigit, clsCDigit, clsSmall, clsTens, clsBig, clsPoint:
		return true
	}
	return false
}

// unitWordFollows reports whether a letter that is not part of a numeral
// starts at byte offset i of s: 兆 then means mega (兆瓦, 兆字节, 兆赫).
func unitWordFollows(s string, i int) bool {
	r, n := at(s, i)
	return n > 0 && !isNumeralRune(r) && unicode.IsLetter(r)
}
