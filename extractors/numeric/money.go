package numeric

import (
	"strings"
	"unicode"

	"github.com/policyx/policyx/extractors/numeral"
)

// moneyPrefixes are currency words written before an amount (人民币50元,
// ￥300, 港币3.14, 港幣5,000萬元, 美元3000万, HK$500), longest first
// where one ends another. Each entry is word:ISO 4217 code.
const moneyPrefixes = `
人民币:CNY 人民幣:CNY 新台币:TWD 新臺幣:TWD 新台幣:TWD 港币:HKD 港幣:HKD 港元:HKD HK$:HKD
HK＄:HKD 美元:USD 美金:USD US$:USD US＄:USD 欧元:EUR 歐元:EUR 日元:JPY 英镑:GBP
英鎊:GBP 澳元:AUD ￥:CNY ¥:CNY $:USD ＄:USD
`

// currencyBefore returns the longest currency word that ends at i of
// text, spaces before i skipped (港幣 5,000萬元), and where the word
// starts.
func (x *Extractor) currencyBefore(text string, i int) (w currencyWord, start int, ok bool) {
	j := skipSpacesBack(text, i)
	for _, p := range x.words.money {
		if strings.HasSuffix(text[:j], p.word) && len(p.word) > len(w.word) {
			w, start, ok = p, j-len(p.word), true // the longest: 新台币, not 台币
		}
	}
	if !ok {
		return currencyWord{}, i, false
	}
	return w, start, true
}

// Money reads s as one money expression and returns its amount in the
// currency's main unit and the ISO 4217 code of the currency: 8亿元人民币
// (800000000, CNY), 1200亿美元, ￥300, 人民币 8千元, 50元6角三分 (50.63),
// 两毛五 (0.25), 壹佰万元整, 82，225.00元, 约4.287亿美元. Comparator words
// around the amount (约, 至少…以上) are read and ignored. 元, 块 and 圆
// are CNY: s alone is no document, so no default currency applies (see
// the package doc). ok is false when s holds no amount of money. Money is safe for
// concurrent use.
func (x *Extractor) Money(s string) (amount float64, currency string, ok bool) {
	s = strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
	s = dropThousands(s)
	prefix := ""
	for _, p := range x.words.money {
		if strings.HasPrefix(s, p.word) {
			prefix, s = p.currency, s[len(p.word):]
			break
		}
	}
	sign := 1.0
	if w, neg := hasAnyPrefix(s, "负", "負", "-", "－"); neg {
		sign, s = -1, s[len(w):]
	}
	s = strings.TrimSuffix(strings.TrimSuffix(s, "整"), "正")
	for _, f := range x.scan(s) {
		switch {
		case f.class == clsMoney:
			if prefix != "" && f.unit == "CNY" {
				f.unit = prefix
			}
			return sign * f.value, f.unit, true
		case f.class == "" && prefix != "":
			return sign * f.value, prefix, true
		}
	}
	// A bare amount after a currency word (人民幣3.14), or an amount in
	// jiao and fen alone (两毛五, 2角).
	for i := 0; i < len(s); {
		r := firstRune(s[i:])
		if numeralStart(r) {
			if v, e := x.subunits(s, 0, unit{name: "CNY", factor: 1}, i); e > i && prefix == "" {
				return sign * v, "CNY", true
			}
			if prefix != "" {
				if f, _, ok := x.quantity(s, i, false); ok && f.class == "" {
					return sign * f.value, prefix, true
				}
				if v, err := parseAll(s[i:]); err == nil {
					return sign * v, prefix, true
				}
			}
			break
		}
		i += len(string(r))
	}
	return 0, "", false
}

// dropThousands removes thousands separators between digit groups
// (82，225.00 → 82225.00).
func dropThousands(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i, r := range rs {
		if (r == ',' || r == '，') && i > 0 && isDigit(rs[i-1]) && i+3 < len(rs)+1 && i+3 <= len(rs)-1+1 {
			if i+3 < len(rs)+1 && allDigits(rs[i+1:min(i+4, len(rs))]) && len(rs[i+1:min(i+4, len(rs))]) == 3 && (i+4 >= len(rs) || !isDigit(rs[i+4])) {
				continue
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }

func allDigits(rs []rune) bool {
	for _, r := range rs {
		if !isDigit(r) {
			return false
		}
	}
	return true
}

// parseAll reads a whole numeral.
func parseAll(s string) (float64, error) {
	v, err := numeral.Parse(s)
	if err != nil {
		return 0, err
	}
	return ratFloat(v), nil
}
