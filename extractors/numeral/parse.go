package numeral

import (
	"math/big"
	"strings"
	"unicode/utf8"
)

// Limits that keep every call fast on hostile input.
const (
	maxDigits   = 200 // digit characters in one numeral part (integer, fraction term, exponent)
	maxTokens   = 400 // digit and unit characters in one numeral part
	maxExponent = 200 // |n| in 1e±n
	maxPower    = 64  // |n| in b^±n
	maxBits     = 640 // bit length of the reduced numerator and denominator (about 192 digits)
)

// parser reads one numeral from s. whole selects the lenient reading used
// when s is known to hold exactly one numeral (Parse, ParsePercent): spaces
// between any two parts, SI suffixes, and short Chinese digit sequences.
type parser struct {
	s     string
	whole bool
	err   error // set when the input is absurd; the parse then fails
}

// part describes how a numeral part was written.
type part struct {
	v      *big.Rat
	end    int  // byte offset just after the last character read
	digits int  // digit characters read (Arabic or Chinese, 半 counts as one)
	units  int  // unit characters read (十 百 千 廿 万 亿 兆)
	ten    bool // the only unit is 十 or 拾 with no digit: "十" is ten
	arabic bool // Arabic digits only (with separators and a decimal point)
	isInt  bool // no decimal point
	one    bool // exactly the Chinese digit 一 or 壹
	seq    bool // Chinese digits written one by one (二〇二五)
}

// Kinds of the pending digit group in the unit reader.
const (
	pkNone    = iota
	pkCDigit  // one Chinese digit
	pkArabic  // an Arabic integer
	pkDecimal // an Arabic decimal or 半: only a unit may follow, then the numeral ends
)

// What the unit reader saw last.
const (
	pvStart = iota
	pvDigit
	pvZero
	pvSmall
	pvBig
)

type term struct {
	v   *big.Rat
	exp int
}

// powers holds 10^0 … 10^16, the powers that units and short decimals
// need. It is never modified: pow10 copies from it.
var powers = func() [17]big.Int {
	var p [17]big.Int
	p[0].SetInt64(1)
	for i := 1; i < len(p); i++ {
		p[i].Mul(&p[i-1], big.NewInt(10))
	}
	return p
}()

// pow10 returns a new 10^n.
func pow10(n int) *big.Rat {
	if n >= 0 && n < len(powers) {
		return new(big.Rat).SetInt(&powers[n])
	}
	return new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil))
}

func ratInt(n int64) *big.Rat { return new(big.Rat).SetInt64(n) }

// tooBig reports whether v is beyond the range this package accepts.
func tooBig(v *big.Rat) bool {
	return v.Num().BitLen() > maxBits || v.Denom().BitLen() > maxBits
}

func (p *parser) fail(err error) {
	if p.err == nil {
		p.err = err
	}
}

// sp skips spaces at i in whole mode only.
func (p *parser) sp(i int) int {
	if p.whole {
		return skipSpaces(p.s, i)
	}
	return i
}

// sign reads an optional sign at i and returns whether it is negative and
// the offset after it (and, in whole mode, after spaces).
func (p *parser) sign(i int) (neg bool, j int, ok bool) {
	r, n := at(p.s, i)
	switch r {
	case '-', '负', '負':
		return true, p.sp(i + n), true
	case '+':
		return false, p.sp(i + n), true
	}
	return false, i, false
}

// lit reports whether the folded text at i starts with one of words, and
// returns the offset after it.
func (p *parser) lit(i int, words ...string) (int, bool) {
	for _, w := range words {
		if strings.HasPrefix(p.s[i:], w) {
			return i + len(w), true
		}
	}
	return i, false
}

// numeral reads a signed numeral at i: a simple numeral, a fraction (A分之B,
// X又A分之B, a/b, "1 3/5"), or an Arabic number with an exponent (e, ^) or,
// in whole mode, an SI suffix. shortSeq admits Chinese digit sequences of
// two or three digits in prefix mode (八五折).
func (p *parser) numeral(i int, shortSeq bool) (*big.Rat, part, bool) {
	neg, j, _ := p.sign(i)
	v, a, ok := p.unsigned(j, shortSeq)
	if !ok || p.err != nil {
		return nil, part{}, false
	}
	if tooBig(v) {
		p.fail(ErrRange)
		return nil, part{}, false
	}
	if neg {
		v.Neg(v)
	}
	return v, a, true
}

func (p *parser) unsigned(i int, shortSeq bool) (*big.Rat, part, bool) {
	if v, a, ok := p.mixedSlash(i); ok {
		return v, a, true
	}
	a, ok := p.simple(i, shortSeq)
	if !ok {
		return nil, part{}, false
	}
	// 一半: a half.
	if a.one {
		if e, ok := p.lit(a.end, "半"); ok {
			a.v = big.NewRat(1, 2)
			a.end, a.one, a.isInt = e, false, false
			return a.v, a, true
		}
	}
	// A分之B and X又A分之B.
	if v, e, ok := p.chineseFraction(a); ok {
		a.end, a.isInt, a.arabic = e, false, false
		return v, a, true
	}
	if p.err != nil {
		return nil, part{}, false
	}
	if a.arabic {
		if v, e, ok := p.arabicTail(a); ok {
			a.end, a.isInt = e, v.IsInt()
			return v, a, true
		}
		if p.err != nil {
			return nil, part{}, false
		}
	}
	// A bare unit other than 十 is not a numeral: 百花, 千方百计, 万众.
	if a.digits == 0 && a.units == 1 && !a.ten {
		return nil, part{}, false
	}
	return a.v, a, true
}

// chineseFraction reads 分之B or 又A分之B after the numeral part a.
func (p *parser) chineseFraction(a part) (*big.Rat, int, bool) {
	if j, ok := p.fenZhi(a.end); ok {
		neg, k, _ := p.sign(j)
		b, ok := p.simple(k, false)
		if !ok || !b.countable() {
			return nil, 0, false
		}
		if a.v.Sign() == 0 {
			p.fail(ErrZeroDenominator)
			return nil, 0, false
		}
		v := new(big.Rat).Quo(b.v, a.v)
		if neg {
			v.Neg(v)
		}
		return v, b.end, true
	}
	j, ok := p.lit(p.sp(a.end), "又")
	if !ok || !a.countable() {
		return nil, 0, false
	}
	c, ok := p.simple(p.sp(j), false)
	if !ok {
		return nil, 0, false
	}
	k, ok := p.fenZhi(c.end)
	if !ok {
		return nil, 0, false
	}
	d, ok := p.simple(k, false)
	if !ok || !d.countable() {
		return nil, 0, false
	}
	if c.v.Sign() == 0 {
		p.fail(ErrZeroDenominator)
		return nil, 0, false
	}
	v := new(big.Rat).Quo(d.v, c.v)
	return v.Add(v, a.v), d.end, true
}

// countable reports whether a can stand as a number on its own (a bare 百
// can be a denominator, 百分之, but not a numerator or whole part).
func (a part) countable() bool { return !(a.digits == 0 && a.units == 1 && !a.ten) }

// fenZhi reads 分之 (with spaces in whole mode) at i, after optional spaces.
func (p *parser) fenZhi(i int) (int, bool) {
	j, ok := p.lit(p.sp(i), "分")
	if !ok {
		return i, false
	}
	k, ok := p.lit(p.sp(j), "之")
	if !ok {
		return i, false
	}
	return p.sp(k), true
}

// mixedSlash reads an Arabic mixed number "1 3/5" at i.
func (p *parser) mixedSlash(i int) (*big.Rat, part, bool) {
	// Check the shape before allocating: digits, then a space.
	j := i
	for r, n := at(p.s, j); n > 0 && r >= '0' && r <= '9'; r, n = at(p.s, j) {
		j += n
	}
	if j == i || skipSpaces(p.s, j) == j {
		return nil, part{}, false
	}
	w, j, ok := p.digitRun(i)
	if !ok {
		return nil, part{}, false
	}
	k := skipSpaces(p.s, j)
	if k == j {
		return nil, part{}, false
	}
	num, k2, ok := p.digitRun(k)
	if !ok {
		return nil, part{}, false
	}
	den, end, ok := p.slashDenominator(k2)
	if !ok {
		return nil, part{}, false
	}
	v := new(big.Rat).SetFrac(num, den)
	v.Add(v, new(big.Rat).SetInt(w))
	return v, part{v: v, end: end, digits: 1, arabic: true}, true
}

// digitRun reads plain Arabic digits at i.
func (p *parser) digitRun(i int) (*big.Int, int, bool) {
	j, n := i, 0
	var buf []byte
	for {
		r, size := at(p.s, j)
		if size == 0 || r < '0' || r > '9' {
			break
		}
		buf = append(buf, byte(r))
		j += size
		n++
	}
	if n == 0 || n > maxDigits {
		return nil, i, false
	}
	v, _ := new(big.Int).SetString(string(buf), 10)
	return v, j, true
}

// slashDenominator reads "/d" at i, where d is a nonzero Arabic integer that
// is not followed by another slash or digit group (2023/10/01 is a date).
func (p *parser) slashDenominator(i int) (*big.Int, int, bool) {
	j, ok := p.lit(p.sp(i), "/", "／")
	if !ok {
		return nil, i, false
	}
	den, end, ok := p.digitRun(p.sp(j))
	if !ok {
		return nil, i, false
	}
	if r, n := at(p.s, end); r == '/' || r == '.' && classify(mustAt(p.s, end+n)).cls == clsADigit {
		return nil, i, false
	}
	if den.Sign() == 0 {
		if p.whole {
			p.fail(ErrZeroDenominator)
		}
		return nil, i, false
	}
	return den, end, true
}

// arabicTail reads what may follow an Arabic number: /d, ^n, e±n and, in
// whole mode, an SI suffix.
func (p *parser) arabicTail(a part) (*big.Rat, int, bool) {
	if a.isInt {
		if den, end, ok := p.slashDenominator(a.end); ok {
			return new(big.Rat).Quo(a.v, new(big.Rat).SetInt(den)), end, true
		}
	}
	r, n := at(p.s, a.end)
	switch r {
	case '^':
		e, end, ok := p.exponent(a.end+n, maxPower)
		if !ok {
			return nil, 0, false
		}
		// The result has about bits(a)*|e| bits: refuse before computing.
		if (a.v.Num().BitLen()+a.v.Denom().BitLen())*abs(e) > 4*maxBits {
			p.fail(ErrRange)
			return nil, 0, false
		}
		num := new(big.Int).Exp(a.v.Num(), big.NewInt(int64(abs(e))), nil)
		den := new(big.Int).Exp(a.v.Denom(), big.NewInt(int64(abs(e))), nil)
		if e < 0 {
			if num.Sign() == 0 {
				p.fail(ErrZeroDenominator)
				return nil, 0, false
			}
			num, den = den, num
		}
		return new(big.Rat).SetFrac(num, den), end, true
	case 'e', 'E':
		e, end, ok := p.exponent(a.end+n, maxExponent)
		if !ok {
			return nil, 0, false
		}
		v := new(big.Rat).Set(a.v)
		if e >= 0 {
			v.Mul(v, pow10(e))
		} else {
			v.Quo(v, pow10(-e))
		}
		if v, end2, ok := p.siSuffix(v, end); ok {
			return v, end2, true
		}
		return v, end, true
	}
	return p.siSuffix(a.v, a.end)
}

// siSuffix reads k, K, M, G (10^3, 10^6, 10^9) or w, W (万) after an Arabic
// number in whole mode. A letter must not follow (12kg is not 12000g).
func (p *parser) siSuffix(v *big.Rat, i int) (*big.Rat, int, bool) {
	if !p.whole {
		return nil, 0, false
	}
	j := skipSpaces(p.s, i)
	r, n := at(p.s, j)
	var e int
	switch r {
	case 'k', 'K':
		e = 3
	case 'M':
		e = 6
	case 'G':
		e = 9
	case 'w', 'W':
		e = 4
	default:
		return nil, 0, false
	}
	if r2, n2 := at(p.s, j+n); n2 > 0 && (r2 >= 'a' && r2 <= 'z' || r2 >= 'A' && r2 <= 'Z') {
		return nil, 0, false
	}
	return new(big.Rat).Mul(v, pow10(e)), j + n, true
}

// exponent reads an optionally signed decimal integer of at most limit in
// absolute value.
func (p *parser) exponent(i, limit int) (int, int, bool) {
	neg := false
	if r, n := at(p.s, i); r == '-' || r == '+' {
		neg = r == '-'
		i += n
	}
	e, j := 0, i
	for {
		r, n := at(p.s, j)
		if n == 0 || r < '0' || r > '9' {
			break
		}
		e = e*10 + int(r-'0')
		if e > limit {
			p.fail(ErrRange)
			return 0, i, false
		}
		j += n
	}
	if j == i {
		return 0, i, false
	}
	if neg {
		e = -e
	}
	return e, j, true
}

func mustAt(s string, i int) rune {
	r, _ := at(s, i)
	return r
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// simple reads an unsigned numeral without fractions or exponents: Arabic,
// Chinese with units, mixed (1.5万), a Chinese digit sequence (二〇二五),
// each with an optional decimal part.
func (p *parser) simple(i int, shortSeq bool) (part, bool) {
	if a, ok := p.digitSeq(i, shortSeq); ok {
		return a, true
	}
	if p.err != nil {
		return part{}, false
	}
	return p.units(i)
}

// digitSeq reads Chinese digits written one by one (二〇二五, 一七二零点一).
// In prefix mode it needs four digits or a 〇, 零 or 幺 unless shortSeq is
// set, because 三四线 and 一二三产业 are not 34 and 123.
func (p *parser) digitSeq(i int, shortSeq bool) (part, bool) {
	var buf []byte
	j, end, special := i, i, false
	for {
		k := j
		if len(buf) > 0 {
			k = p.sp(j)
		}
		r, n := at(p.s, k)
		c := classify(r)
		if c.cls != clsCDigit || c.flags&flagLiang != 0 {
			break
		}
		if c.val == 0 || c.flags&flagYao != 0 {
			special = true
		}
		buf = append(buf, '0'+c.val)
		j = k + n
		end = j
		if len(buf) > maxDigits {
			p.fail(ErrRange)
			return part{}, false
		}
	}
	if len(buf) < 2 || !p.whole && !shortSeq && len(buf) < 4 && !special {
		return part{}, false
	}
	// A unit after the run means the digits were not a sequence (五六十).
	if r, _ := at(p.s, p.sp(end)); isUnit(classify(r).cls) {
		return part{}, false
	}
	v, _ := new(big.Int).SetString(string(buf), 10)
	a := part{v: new(big.Rat).SetInt(v), end: end, digits: len(buf), isInt: true, seq: true}
	return p.decimal(a, false), true
}

func isUnit(c class) bool { return c == clsSmall || c == clsTens || c == clsBig }

// decimal reads a Chinese decimal part (点 followed by digits) after a.
// withUnits allows a following big unit (一点五万, 十二点五亿).
func (p *parser) decimal(a part, withUnits bool) part {
	j := p.sp(a.end)
	r, n := at(p.s, j)
	if classify(r).cls != clsPoint {
		return a
	}
	var buf []byte
	k, end := p.sp(j+n), 0
	for {
		r, n := at(p.s, k)
		c := classify(r)
		if c.cls != clsADigit && (c.cls != clsCDigit || c.flags&(flagLiang|flagYao) != 0) {
			break
		}
		buf = append(buf, '0'+c.val)
		k += n
		end = k
		if a.digits+len(buf) > maxDigits {
			p.fail(ErrRange)
			return a
		}
		k = p.sp(k)
	}
	if len(buf) == 0 {
		return a
	}
	f, _ := new(big.Int).SetString(string(buf), 10)
	frac := new(big.Rat).SetFrac(f, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(len(buf))), nil))
	a.v = new(big.Rat).Add(a.v, frac)
	a.end, a.digits, a.isInt, a.arabic, a.one, a.ten = end, a.digits+len(buf), false, false, false, false
	if withUnits {
		if exp, e := p.bigUnits(a.end); exp > 0 {
			a.v.Mul(a.v, pow10(exp))
			a.end = e
			a.units++
		}
	}
	return a
}

// bigUnits reads a run of big units at i (万, 亿, 万亿 …) and returns the sum
// of their exponents, 0 if there is none.
func (p *parser) bigUnits(i int) (exp, end int) {
	j, end := i, i
	last := 0
	for {
		k := p.spUnit(j)
		r, n := at(p.s, k)
		c := classify(r)
		if c.cls != clsBig || int(c.val) < last || !p.zhaoOK(c, k+n) {
			return exp, end
		}
		exp += int(c.val)
		last = int(c.val)
		j = k + n
		end = j
	}
}

// spUnit skips spaces before a unit, which PDF copies insert ("200 万"), in
// both modes.
func (p *parser) spUnit(i int) int {
	j := skipSpaces(p.s, i)
	if j == i {
		return i
	}
	r, _ := at(p.s, j)
	if isUnit(classify(r).cls) {
		return j
	}
	return i
}

// zhaoOK reports whether a 兆 ending at i is a number (10^12): in prefix mode
// not when a unit word follows (兆瓦 is megawatt).
func (p *parser) zhaoOK(c charInfo, i int) bool {
	return c.flags&flagZhao == 0 || p.whole || !unitWordFollows(p.s, i)
}

// units reads a numeral with Chinese units, Arabic digit groups and Chinese
// digits in any mix (一千二百零三, 1.5万, 5万4千6百, 两千三, 百三, 廿二).
func (p *parser) units(i int) (part, bool) {
	var (
		terms         []term
		section       = new(big.Rat)
		secUsed       bool
		pending       *big.Rat
		pendKind      = pkNone
		pendAfterUnit bool
		prevUnitSmall bool // the unit before the pending digit was 十 百 千
		lastSmall     int  // exponent of the last small unit in this section
		lastUnitExp   int  // exponent of the last unit, for elision (一万三)
		lastBig       int  // exponent of the last big unit character
		prev          = pvStart
		closed        bool // a decimal took a unit: only big units may follow
		good          = i  // end of the longest complete numeral so far
		a             = part{isInt: true, arabic: true}
		tokens        int
		onlyTen       bool
	)
	j := i
	if r, n := at(p.s, j); r == '半' {
		// 半百 = 50: 半 only counts before a unit.
		if r2, _ := at(p.s, j+n); isUnit(classify(r2).cls) {
			pending, pendKind = big.NewRat(1, 2), pkDecimal
			prev, j = pvDigit, j+n
			a.digits++
			a.isInt, a.arabic = false, false
		}
	}
loop:
	for {
		tokens++
		if tokens > maxTokens {
			p.fail(ErrRange)
			return part{}, false
		}
		k := p.sp(j)
		if !p.whole {
			k = j
			if pending != nil {
				k = p.spUnit(j)
			}
		}
		r, n := at(p.s, k)
		c := classify(r)
		if r == '.' && prev == pvStart {
			c.cls = clsADigit // .5
		}
		switch c.cls {
		case clsADigit:
			if pending != nil || closed {
				break loop
			}
			num, ok := p.arabic(k, prev == pvStart)
			if !ok {
				break loop
			}
			if !num.isInt && prev != pvStart {
				break loop // 3万4.5: the decimal cannot follow a unit
			}
			a.digits += num.digits
			if a.digits > maxDigits {
				p.fail(ErrRange)
				return part{}, false
			}
			pending, pendAfterUnit = num.v, false
			pendKind = pkArabic
			if !num.isInt {
				pendKind = pkDecimal
				a.isInt = false
			}
			prev, j, good = pvDigit, num.end, num.end
		case clsCDigit:
			if pending != nil || closed || c.flags&flagYao != 0 {
				break loop
			}
			if c.val == 0 {
				a.arabic = false
				if prev == pvStart {
					good = k + n
					a.digits++
				}
				prev, j = pvZero, k+n
				continue
			}
			if c.flags&flagLiang != 0 && prev != pvStart {
				// 两 inside a numeral must carry a unit: 一万两 is ten thousand taels.
				if r2, _ := at(p.s, p.spUnit(k+n)); !isUnit(classify(r2).cls) {
					break loop
				}
			}
			pending, pendKind = ratInt(int64(c.val)), pkCDigit
			pendAfterUnit = prev == pvSmall || prev == pvBig
			prevUnitSmall = prev == pvSmall
			a.digits++
			a.arabic = false
			a.one = prev == pvStart && c.val == 1 && c.flags&flagLiang == 0
			prev, j, good = pvDigit, k+n, k+n
		case clsSmall, clsTens:
			if closed && pendKind != pkDecimal {
				break loop
			}
			exp := int(c.val)
			m := ratInt(1)
			if c.cls == clsTens {
				if pending != nil {
					break loop
				}
				m, exp = ratInt(int64(c.val)), 1
				a.digits++
			}
			switch {
			case pending != nil:
				m = pending
			case prev == pvStart || prev == pvZero:
			case prev == pvSmall && exp < lastSmall:
			default:
				break loop
			}
			if lastSmall != 0 && exp >= lastSmall {
				break loop
			}
			if pendKind == pkDecimal {
				closed = true
			}
			onlyTen = prev == pvStart && c.flags&flagTen != 0 && pending == nil
			section.Add(section, new(big.Rat).Mul(m, pow10(exp)))
			secUsed = true
			pending, pendKind = nil, pkNone
			lastSmall, lastUnitExp = exp, exp
			a.units++
			a.arabic, a.one = false, false
			prev, j, good = pvSmall, k+n, k+n
		case clsBig:
			exp := int(c.val)
			if !p.zhaoOK(c, k+n) {
				break loop
			}
			switch {
			case pending == nil && !secUsed && prev == pvBig:
				// 万万, 万亿: the unit multiplies the group before it.
				if exp < lastBig {
					break loop
				}
				t := &terms[len(terms)-1]
				t.v = new(big.Rat).Mul(t.v, pow10(exp))
				t.exp += exp
				lastUnitExp = t.exp
			case pending == nil && !secUsed && prev == pvStart:
				terms = append(terms, term{pow10(exp), exp}) // 萬九
				lastUnitExp = exp
			case pending == nil && !secUsed, prev == pvZero:
				break loop // 零万, 一百零万
			default:
				x := new(big.Rat).Set(section)
				if pending != nil {
					if pendKind == pkCDigit && pendAfterUnit && prevUnitSmall {
						pending.Mul(pending, pow10(lastUnitExp-1)) // 百二萬 = 120万
					}
					x.Add(x, pending)
				}
				for len(terms) > 0 && terms[len(terms)-1].exp < exp {
					x.Add(x, terms[len(terms)-1].v)
					terms = terms[:len(terms)-1]
				}
				terms = append(terms, term{x.Mul(x, pow10(exp)), exp})
				lastUnitExp = exp
				if pendKind == pkDecimal {
					closed = true
				}
			}
			section, secUsed = new(big.Rat), false
			pending, pendKind = nil, pkNone
			lastSmall, lastBig = 0, exp
			a.units++
			a.arabic, a.one, onlyTen = false, false, false
			prev, j, good = pvBig, k+n, k+n
		default:
			break loop
		}
	}
	if good == i {
		return part{}, false
	}
	if pendKind == pkDecimal && !closed && prev == pvDigit && len(terms) == 0 && !secUsed {
		// A bare Arabic decimal, or 半 that found no unit.
		if a.arabic {
			a.v, a.end = pending, good
			return a, true
		}
		return part{}, false
	}
	v := new(big.Rat).Set(section)
	if pending != nil {
		if pendKind == pkCDigit && pendAfterUnit {
			pending.Mul(pending, pow10(lastUnitExp-1)) // 一万三, 百三, 十三
		}
		v.Add(v, pending)
	}
	for _, t := range terms {
		v.Add(v, t.v)
	}
	a.v, a.end = v, good
	a.ten = onlyTen && a.units == 1 && a.digits == 0
	if !closed {
		// 一点五万, 十二点五亿: a big unit may follow the decimal when none
		// came before it (3万4.5 takes none)
		a = p.decimal(a, lastBig == 0)
	}
	if p.err != nil {
		return part{}, false
	}
	return a, true
}

// arabicNum is an Arabic number as written.
type arabicNum struct {
	v      *big.Rat
	end    int
	digits int
	isInt  bool
}

// arabic reads an Arabic number at i: digits with thousands separators
// (1,200,000; ４，５６５; "1 200" from PDF copies) and a decimal point.
// A leading point (.5) is read only when leading is set. In whole mode,
// digits separated by spaces join ("7 2 折"); in prefix mode a space is a
// thousands separator only before a group of exactly three digits.
func (p *parser) arabic(i int, leading bool) (arabicNum, bool) {
	var buf []byte
	group := func(k int) (int, int) { // appends the digits at k to buf
		n := 0
		for {
			r, size := at(p.s, k)
			if size == 0 || r < '0' || r > '9' {
				return k, n
			}
			buf = append(buf, byte(r))
			k += size
			n++
		}
	}
	j, first := group(i)
	if first == 0 && !leading {
		return arabicNum{}, false
	}
	for first > 0 {
		r, n := at(p.s, j)
		k, need3 := -1, true
		switch {
		case r == ',' && n == 1 && first <= 3:
			k = j + n
		case r == ',' && n == 3 && first <= 3 && fullWidthAround(p.s, j, j+n):
			// The ideographic comma ， separates clauses; it groups
			// thousands only between full-width digits.
			k = j + n
		case classify(r).cls == clsSpace && p.whole:
			k, need3 = skipSpaces(p.s, j), false
		case classify(r).cls == clsSpace && first <= 3:
			k = j + n
		}
		if k < 0 {
			break
		}
		mark := len(buf)
		e, m := group(k)
		next, _ := at(p.s, e)
		if m == 0 || need3 && m != 3 || next == '/' {
			buf = buf[:mark] // "1 4/3" is a mixed number, not 14/3
			break
		}
		j = e
	}
	intLen := len(buf)
	if r, n := at(p.s, j); r == '.' {
		if k, m := group(j + n); m > 0 {
			j = k
		}
	}
	if len(buf) == 0 {
		return arabicNum{}, false
	}
	if len(buf) > maxDigits {
		p.fail(ErrRange)
		return arabicNum{}, false
	}
	n, _ := new(big.Int).SetString(string(buf), 10)
	v := new(big.Rat).SetInt(n)
	if fracLen := len(buf) - intLen; fracLen > 0 {
		v.SetFrac(n, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(fracLen)), nil))
	}
	return arabicNum{v: v, end: j, digits: len(buf), isInt: intLen == len(buf)}, true
}

// fullWidthAround reports whether full-width digits stand just before byte
// offset i and at byte offset j of s.
func fullWidthAround(s string, i, j int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	r2, _ := utf8.DecodeRuneInString(s[j:])
	return r >= '０' && r <= '９' && r2 >= '０' && r2 <= '９'
}
