package numeral

import "math/big"

// percent reads a percent expression at i and returns its value in percent.
func (p *parser) percent(i int) (*big.Rat, int, bool) {
	if e, ok := p.lit(i, "对折", "對折", "半折"); ok {
		return ratInt(50), e, true
	}
	if e, ok := p.lit(i, "半成"); ok {
		return ratInt(5), e, true
	}
	neg, j, _ := p.sign(i)
	if v, e, ok := p.perPowerOfTen(j); ok {
		if neg {
			v.Neg(v)
		}
		return v, e, true
	}
	if p.err != nil {
		return nil, 0, false
	}
	v, e, ok := p.percentSuffix(j, false)
	if !ok && p.err == nil && !p.whole {
		v, e, ok = p.percentSuffix(j, true) // 八五折
	}
	if !ok {
		return nil, 0, false
	}
	if neg {
		v.Neg(v)
	}
	return v, e, true
}

// perPowerOfTen reads 百分之X, 千分之X, 万分之X, 百万分之X … at i.
func (p *parser) perPowerOfTen(i int) (*big.Rat, int, bool) {
	exp, j := 0, i
	for {
		k := j
		if exp > 0 {
			k = p.sp(j)
		}
		r, n := at(p.s, k)
		c := classify(r)
		if c.cls != clsSmall && c.cls != clsBig || c.flags&flagZhao != 0 {
			break
		}
		exp += int(c.val)
		j = k + n
		if exp > maxExponent {
			p.fail(ErrRange)
			return nil, 0, false
		}
	}
	if exp == 0 {
		return nil, 0, false
	}
	k, ok := p.fenZhi(j)
	if !ok {
		return nil, 0, false
	}
	x, a, ok := p.numeral(k, false)
	switch {
	case ok:
	case p.err != nil:
		return nil, 0, false
	default:
		// 百分之百: the numerator is the bare unit.
		e, ok := p.lit(k, "百", "佰")
		if !ok {
			return nil, 0, false
		}
		x, a.end = ratInt(100), e
	}
	return x.Mul(x, pow10(2)).Quo(x, pow10(exp)), a.end, true
}

// percentSuffix reads a numeral followed by %, ‰, ‱, 成 or 折 at i.
func (p *parser) percentSuffix(i int, shortSeq bool) (*big.Rat, int, bool) {
	x, a, ok := p.numeral(i, shortSeq)
	if !ok {
		return nil, 0, false
	}
	k := p.sp(a.end)
	r, n := at(p.s, k)
	end := k + n
	switch r {
	case '%':
		return x, end, !shortSeq
	case '‰':
		return x.Quo(x, ratInt(10)), end, !shortSeq
	case '‱':
		return x.Quo(x, ratInt(100)), end, !shortSeq
	case '成':
		// x tenths; 九成 = 90%. A digit or 半 after 成 adds hundredths:
		// 七成六 = 76%, 三成半 = 35%.
		if shortSeq || a.seq || x.Sign() <= 0 || x.Cmp(ratInt(10)) > 0 {
			return nil, 0, false
		}
		x.Mul(x, ratInt(10))
		if !x.IsInt() || x.Cmp(ratInt(100)) >= 0 {
			return x, end, true
		}
		m := p.sp(end)
		r2, n2 := at(p.s, m)
		if r2 == '半' {
			return x.Add(x, ratInt(5)), m + n2, true
		}
		if c := classify(r2); c.cls == clsCDigit && c.val > 0 && c.flags&(flagLiang|flagYao) == 0 {
			if r3, _ := at(p.s, m+n2); !isNumeralRune(r3) {
				return x.Add(x, ratInt(int64(c.val))), m + n2, true
			}
		}
		return x, end, true
	case '折':
		// A price as a fraction of the full price: 八折 = 80%, 八五折 =
		// 85%, 9.9折 = 99%, 75折 = 75%.
		switch {
		case x.Sign() <= 0:
		case a.seq || a.arabic && a.isInt && x.Cmp(ratInt(10)) >= 0:
			// Two digits written one by one are the percent itself.
			if a.digits == 2 && x.IsInt() && x.Cmp(ratInt(10)) >= 0 {
				return x, end, true
			}
		case x.Cmp(ratInt(10)) < 0 || x.Cmp(ratInt(10)) == 0 && a.units > 0:
			return x.Mul(x, ratInt(10)), end, true
		}
	}
	return nil, 0, false
}

// points reads a numeral followed by 个百分点 or 百分点 at i. The suffix is
// found first, because the numeral reader would take the 百 of 2百分点.
func (p *parser) points(i int) (*big.Rat, int, bool) {
	for k := i; k < len(p.s); {
		if end, ok := p.pointsSuffix(k); ok && k > i {
			q := &parser{s: p.s[:k], whole: p.whole}
			x, a, ok := q.numeral(i, false)
			p.err = q.err
			if !ok || skipSpaces(q.s, a.end) != k {
				return nil, 0, false
			}
			return x, end, true
		}
		_, n := at(p.s, k)
		k += n
	}
	return nil, 0, false
}

// pointsSuffix reads 个百分点 (个 optional, spaces in whole mode) at i.
func (p *parser) pointsSuffix(i int) (int, bool) {
	j := i
	if k, ok := p.lit(j, "个", "個"); ok {
		j = p.sp(k)
	}
	for n, w := range [][]string{{"百", "佰"}, {"分"}, {"点", "點"}} {
		if n > 0 {
			j = p.sp(j)
		}
		k, ok := p.lit(j, w...)
		if !ok {
			return i, false
		}
		j = k
	}
	return j, true
}
