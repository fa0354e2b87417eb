package numeral

import (
	"math"
	"math/big"
)

// The fast path reads the plain numerals that make up nearly all numbers of
// running text (2025, 18, 6.5, 10亿, 1.5万亿, 三, 十五, 二十五万, 一百二十)
// into an exact decimal m·10^exp with m in an int64, without the general
// parser's big.Rat arithmetic. It is deliberately narrow: it accepts only
// what it can read completely and refuses (ok false) anything the general
// parser might read differently: signs, zeros and 〇 inside Chinese
// numerals, digit sequences, elided digits (一万三, 百三), thousands
// separators, spaces, decimals after a unit, fractions, exponents, 兆, and
// any numeral character, point, slash or 分/又/半 right after what it read.
// A refusal means "ask the general parser", never "not a numeral".

// maxFastDigits keeps the mantissa of the fast path inside an int64.
const maxFastDigits = 18

// decimalValue is the exact value m·10^exp.
type decimalValue struct {
	m   int64
	exp int
}

// rat returns the value as a new big.Rat.
func (d decimalValue) rat() *big.Rat {
	if d.exp >= 0 {
		return new(big.Rat).SetInt64(d.m * pow10Int64[d.exp])
	}
	return new(big.Rat).SetFrac64(d.m, pow10Int64[-d.exp])
}

// float returns the float64 nearest to the value, as big.Rat.Float64 does.
// m is below 2^53 or the power is 1, and 10^|exp| ≤ 10^22 is exact in a
// float64, so one correctly rounded operation gives the nearest float.
func (d decimalValue) float() float64 {
	if d.exp >= 0 {
		return float64(d.m * pow10Int64[d.exp])
	}
	return float64(d.m) / pow10Float[-d.exp]
}

// pow10Int64 holds 10^0 … 10^18.
var pow10Int64 = [...]int64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

// pow10Float holds 10^0 … 10^18 as float64, all exact.
var pow10Float = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

// fastPrefix reads a plain numeral at the start of s as Prefix would, or
// reports ok false when s needs the general parser.
func fastPrefix(s string) (v decimalValue, n int, ok bool) {
	if len(s) == 0 {
		return v, 0, false
	}
	if c := s[0]; c >= '0' && c <= '9' || c == 0xEF {
		return fastArabic(s)
	}
	return fastChinese(s)
}

// fastArabic reads digits, an optional decimal part and big units: 2025,
// 6.5, 10亿, 1.5万亿.
func fastArabic(s string) (v decimalValue, n int, ok bool) {
	var m int64
	digits, frac := 0, 0
	i := 0
	ascii := true // the last digit read was ASCII (not full-width)
	readDigits := func() int {
		k := 0
		for {
			r, size := at(s, i)
			if size == 0 || r < '0' || r > '9' {
				return k
			}
			digits++
			if digits > maxFastDigits {
				return -1
			}
			m = m*10 + int64(r-'0')
			ascii = size == 1
			i += size
			k++
		}
	}
	if readDigits() <= 0 {
		return v, 0, false
	}
	if r, size := at(s, i); r == '.' {
		i += size
		k := readDigits()
		if k <= 0 {
			return v, 0, false // 5. or too many digits
		}
		frac = k
	}
	exp, j, ok := fastBigUnits(s, i)
	if !ok {
		return v, 0, false
	}
	i = j
	// What follows must end the numeral for the general parser too.
	r, size := at(s, i)
	switch r {
	case '.', '/', '^', 'e', 'E':
		return v, 0, false
	case ',':
		// Right after digits an ASCII comma may group thousands, and the
		// ideographic comma does between full-width digits; after a unit
		// neither continues the numeral.
		if exp == 0 && (size == 1 || !ascii) {
			return v, 0, false
		}
	}
	if !fastEnd(r) {
		return v, 0, false
	}
	return fastValue(m, exp-frac, i)
}

// fastChinese reads a Chinese numeral of digits 1–9 each followed by a
// smaller unit than the one before (一百二十, 三千五百, 十五, 两百), an
// optional last digit after 十 only, and big units: 三, 二十五万, 十亿.
func fastChinese(s string) (v decimalValue, n int, ok bool) {
	var section int64
	i, lastSmall := 0, 99
	pending := int64(-1) // the digit waiting for its unit
	for {
		r, size := at(s, i)
		c := classify(r)
		switch {
		case c.cls == clsCDigit:
			if pending >= 0 || c.val == 0 || c.flags&flagYao != 0 || c.flags&flagLiang != 0 && i > 0 {
				return v, 0, false
			}
			pending = int64(c.val)
		case c.cls == clsSmall:
			exp := int(c.val)
			if exp >= lastSmall {
				return v, 0, false
			}
			d := pending
			if d < 0 {
				if i > 0 || c.flags&flagTen == 0 {
					return v, 0, false // only a leading 十 stands without a digit
				}
				d = 1
			}
			section += d * pow10Int64[exp]
			lastSmall, pending = exp, -1
		default:
			if i == 0 {
				return v, 0, false
			}
			if pending >= 0 {
				if lastSmall != 99 && lastSmall != 1 {
					return v, 0, false // 一百二: an elided unit
				}
				section += pending
			}
			exp, j, ok := fastBigUnits(s, i)
			if !ok {
				return v, 0, false
			}
			r, _ := at(s, j)
			if !fastEnd(r) {
				return v, 0, false
			}
			return fastValue(section, exp, j)
		}
		i += size
	}
}

// fastBigUnits reads a run of 万 and 亿 at i whose exponents do not
// decrease (万亿, 亿万 is refused), returning the sum of the exponents.
func fastBigUnits(s string, i int) (exp, end int, ok bool) {
	last := 0
	for {
		r, size := at(s, i)
		c := classify(r)
		if c.cls != clsBig {
			return exp, i, true
		}
		if c.flags&flagZhao != 0 || int(c.val) < last {
			return 0, 0, false
		}
		exp += int(c.val)
		last = int(c.val)
		i += size
	}
}

// fastEnd reports whether the folded rune r, following a plain numeral,
// certainly ends it: no numeral character, point or space, and none of
// the words that continue a numeral (分之, 又, 一半).
func fastEnd(r rune) bool {
	if classify(r).cls != clsNone {
		return false
	}
	switch r {
	case '分', '又', '半':
		return false
	}
	return true
}

// fastValue builds m·10^exp when it is exact in the fast representation.
func fastValue(m int64, exp, n int) (decimalValue, int, bool) {
	for m != 0 && m%10 == 0 && exp < 0 {
		m /= 10
		exp++
	}
	if m == 0 {
		exp = 0
	}
	if exp < -maxFastDigits || exp > maxFastDigits {
		return decimalValue{}, 0, false
	}
	if exp > 0 && m > math.MaxInt64/pow10Int64[exp] {
		return decimalValue{}, 0, false
	}
	if exp < 0 && m >= 1<<53 {
		return decimalValue{}, 0, false // the float division would round twice
	}
	return decimalValue{m: m, exp: exp}, n, true
}
