// Package numeral reads the numbers of Chinese text exactly: Arabic numbers
// (with thousands separators, full-width digits, exponents), Chinese numerals
// (一千二百零三, 两千三, 百三, 廿二, 二〇二五), financial capitals (壹贰叁) and
// traditional forms (萬 億 貳 點 負), mixed forms (1.5万, 3.2万亿),
// fractions (三分之一, 3又一千分之23, 3/5), and percent expressions
// (35.5%, 百分之三十五点五, 九成, 八五折).
//
// Values are exact: every function returns a *big.Rat, never a float, so
// 三分之一 is 1/3 and 0.1 is 1/10. A returned value is a fresh allocation
// that the caller may modify.
//
// Two readings exist. The Parse functions read a whole string that is known
// to hold one numeral and are lenient: spaces may stand between any two
// parts ("一百 五 十 二"), Arabic numbers may carry an SI suffix (40k, 1.2M,
// 30w), and Chinese digits may run in sequences of any length (一二三).
// The Prefix functions find a numeral at the start of running text and are
// careful not to read into what follows: they skip spaces only before a unit
// character or a three-digit group ("200 万", "1 200"), never read SI
// suffixes (5G, 4K), join Chinese digits into a sequence only when there are
// at least four or one of them is 〇, 零 or 幺 (二〇二五 but not 三四线), and
// read 兆 as 10^12 only when no unit word follows (兆瓦 is megawatt).
//
// Neither reading takes approximation words (多, 余, 几, 来, 左右) or units,
// counters and currencies (元, 个, 打, 对): those belong to the caller, who
// sees them right after the numeral. Input of any length and content is
// safe: nothing panics, and absurd input (more than 200 digits in one part,
// an exponent beyond 200, a value beyond about 10^190) is refused with
// ErrRange. All functions are safe for concurrent use.
package numeral

import (
	"errors"
	"fmt"
	"math/big"
	"unicode/utf8"
)

// Errors returned, wrapped with the input, by the Parse functions.
var (
	// ErrSyntax means the string is not exactly one numeral.
	ErrSyntax = errors.New("numeral: not a numeral")
	// ErrRange means the numeral has too many digits or too large an
	// exponent, or its value is beyond the range this package reads.
	ErrRange = errors.New("numeral: number out of range")
	// ErrZeroDenominator means a fraction has a zero denominator (零分之一, 1/0).
	ErrZeroDenominator = errors.New("numeral: zero denominator")
)

// Parse reads s, which must be exactly one numeral, and returns its exact
// value. Surrounding spaces are ignored. It accepts Arabic numbers
// (1,200,000; １２.５; .5; 2e5; 2^-1; 40k), Chinese numerals with or
// without units (一千二百零三, 一万三 = 13000, 百三 = 130, 一千零十 = 1010,
// 四万万 = 10^8·4, 五兆 = 5·10^12, 二〇〇二 = 2002), financial and
// traditional characters, mixed forms (1.5万, 3.2万亿, 5万4千6百), Chinese
// decimals (三点一四), fractions (三分之一, 百分之五 = 0.05, 三又三分之一,
// 负３分之负一百五十七, 3/5, "1 3/5"), 一半 = 0.5, 半百 = 50, and a sign
// (负 負 - － +). A bare unit other than 十 (百, 万) is not a numeral.
//
// The error wraps ErrSyntax, ErrRange or ErrZeroDenominator.
func Parse(s string) (*big.Rat, error) {
	return parseWhole(s, "parse", func(p *parser, i int) (*big.Rat, int, bool) {
		v, a, ok := p.numeral(i, false)
		return v, a.end, ok
	})
}

// Prefix finds the longest numeral at the start of s and returns its value
// and its length n in bytes. ok is false when s does not start with a
// numeral (and then v is nil and n is 0). Prefix reads the numeral only:
// Prefix("10亿元") is 10^9 with n = len("10亿"), and Prefix("五百余万") is
// 500 with n = len("五百"). See the package documentation for how it differs
// from Parse. Prefix reads what is a numeral in form even where the word
// means something else (十分重要, 一些, 千万不要): telling those apart needs
// the context, which is the caller's.
func Prefix(s string) (v *big.Rat, n int, ok bool) {
	if !mayStart(s) {
		return nil, 0, false
	}
	if d, n, ok := fastPrefix(s); ok {
		return d.rat(), n, true
	}
	return slowPrefix(s)
}

// slowPrefix is Prefix without the fast path for plain numerals.
func slowPrefix(s string) (v *big.Rat, n int, ok bool) {
	p := &parser{s: s}
	v, a, ok := p.numeral(0, false)
	if !ok || p.err != nil {
		return nil, 0, false
	}
	return v, a.end, true
}

// PrefixFloat is Prefix with the value rounded to the nearest float64, as
// big.Rat.Float64 rounds it. It reads the same numeral with the same length
// n in bytes, and for the plain numerals of running text (2025, 6.5, 10亿,
// 二十五万) it allocates nothing, so callers that scan text at every offset
// and only need a float should prefer it.
func PrefixFloat(s string) (f float64, n int, ok bool) {
	if !mayStart(s) {
		return 0, 0, false
	}
	if d, n, ok := fastPrefix(s); ok {
		return d.float(), n, true
	}
	v, n, ok := slowPrefix(s)
	if !ok {
		return 0, 0, false
	}
	f, _ = v.Float64()
	return f, n, true
}

// ParsePercent reads a whole percent expression and returns its value in
// percent: 35.5% and ３５％ (35.5, 35), 百分之三十五点五 (35.5), 千分之一
// (0.1), 万分之三 (0.03), 5‰ (0.5), 5‱ (0.05), 九成 (90), 七成六 (76),
// 三成半 (35), 75折 (75), 八五折 (85), 9.9折 (99), 对折 (50). A change in
// percentage points (三个百分点) is not a percent; see ParsePoints.
//
// The error wraps ErrSyntax, ErrRange or ErrZeroDenominator.
func ParsePercent(s string) (*big.Rat, error) {
	return parseWhole(s, "parse percent", (*parser).percent)
}

// PrefixPercent finds the longest percent expression at the start of s, as
// ParsePercent reads them but with the care of Prefix, and returns its value
// in percent and its length n in bytes. ok is false when s does not start
// with a percent expression.
func PrefixPercent(s string) (v *big.Rat, n int, ok bool) {
	if !mayStart(s) {
		return nil, 0, false
	}
	p := &parser{s: s}
	v, n, ok = p.percent(0)
	if !ok || p.err != nil {
		return nil, 0, false
	}
	return v, n, true
}

// ParsePoints reads a whole change in percentage points, a numeral followed
// by 个百分点 or 百分点 (traditional 個百分點 too), and returns the number of
// points: ParsePoints("1.5个百分点") is 1.5.
//
// The error wraps ErrSyntax, ErrRange or ErrZeroDenominator.
func ParsePoints(s string) (*big.Rat, error) {
	return parseWhole(s, "parse points", (*parser).points)
}

func parseWhole(s, what string, read func(p *parser, i int) (*big.Rat, int, bool)) (*big.Rat, error) {
	p := &parser{s: s, whole: true}
	i := skipSpaces(s, 0)
	v, end, ok := read(p, i)
	switch {
	case p.err != nil:
		return nil, fmt.Errorf("%s %s: %w", what, quote(s), p.err)
	case !ok:
		return nil, fmt.Errorf("%s %s: %w", what, quote(s), ErrSyntax)
	}
	if rest := skipSpaces(s, end); rest != len(s) {
		return nil, fmt.Errorf("%s %s: unexpected %s at byte %d: %w", what, quote(s), quote(s[rest:]), rest, ErrSyntax)
	}
	return v, nil
}

// quote quotes s for an error message, cut to 32 runes.
func quote(s string) string {
	const max = 32
	if utf8.RuneCountInString(s) <= max {
		return fmt.Sprintf("%q", s)
	}
	n := 0
	for i := range s {
		if n == max {
			return fmt.Sprintf("%q…", s[:i])
		}
		n++
	}
	return fmt.Sprintf("%q", s)
}

// mayStart is a fast check that s starts with a rune that can begin a
// numeral, so that scanning running text at every offset stays cheap.
func mayStart(s string) bool {
	r, n := at(s, 0)
	if n == 0 {
		return false
	}
	switch r {
	case '.', '-', '+', '负', '負', '半', '对', '對':
		return true
	}
	return isNumeralRune(r) && classify(r).cls != clsPoint
}
