package numeral

import (
	"math/big"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

var fuzzSeeds = []string{
	"", "0", "1,200,000", "１２，５", "-2.5 M", "2^-1", "1 ３/5", "12.32e+14",
	"一千二百零三", "两千三点一", "百三", "一千零十", "四万万", "3.2万亿", "五兆六十二亿",
	"二〇〇二", "幺八九", "廿二", "壹佰貳拾萬", "負３分之負一百五十七", "三又三分之一",
	"百分之三十五点五", "七成六", "八五折", "10亿元", "五百余万", "5兆瓦", "一半",
	"三千 八百 九十六 万", "10.1万零100", "两百点两", "1.5千万", "2023/10/01",
	"十二点五亿", "一百二十三点四亿", "三万四点五万",
}

// plain formats v as a plain Arabic decimal, or as p/q when its decimal
// expansion does not end or is too long to read back.
func plain(v *big.Rat) string {
	d := new(big.Int).Set(v.Denom())
	two, five := 0, 0
	m := new(big.Int)
	for d.Cmp(big.NewInt(1)) > 0 {
		switch {
		case m.Mod(d, big.NewInt(2)).Sign() == 0:
			d.Quo(d, big.NewInt(2))
			two++
		case m.Mod(d, big.NewInt(5)).Sign() == 0:
			d.Quo(d, big.NewInt(5))
			five++
		default:
			return v.RatString()
		}
	}
	s := v.FloatString(max(two, five))
	if len(s) > maxDigits {
		return v.RatString()
	}
	return s
}

// FuzzParse checks that Parse never panics, and that a value it returns
// reads back unchanged from its plain Arabic form. ParsePercent and
// ParsePoints run on the same input so that they are fuzzed too.
func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ParsePercent(s)
		ParsePoints(s)
		v, err := Parse(s)
		if err != nil {
			require.Nil(t, v)
			return
		}
		p := plain(v)
		w, err := Parse(p)
		require.NoError(t, err, "Parse(%q) = %s does not read back", s, p)
		require.Zero(t, v.Cmp(w), "Parse(%q) = %s reads back as %s", s, p, w.RatString())
	})
}

// FuzzPrefix checks that Prefix never panics, that its length is in bounds
// and on a rune boundary, and that the prefix it found reads the same alone,
// with Prefix and with Parse.
func FuzzPrefix(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		PrefixPercent(s)
		v, n, ok := Prefix(s)
		if !ok {
			require.Nil(t, v)
			require.Zero(t, n)
			return
		}
		require.True(t, n > 0 && n <= len(s), "Prefix(%q) length %d", s, n)
		require.True(t, onBoundary(s, n), "Prefix(%q) length %d splits a rune", s, n)
		v2, n2, ok2 := Prefix(s[:n])
		require.True(t, ok2 && n2 == n, "Prefix(%q) = %d bytes, but Prefix(%q) = %d, %v", s, n, s[:n], n2, ok2)
		require.Zero(t, v.Cmp(v2))
		w, err := Parse(s[:n])
		require.NoError(t, err, "Prefix(%q) found %q, which Parse refuses", s, s[:n])
		require.Zero(t, v.Cmp(w), "Prefix(%q) = %s but Parse(%q) = %s", s, v.RatString(), s[:n], w.RatString())
	})
}

// onBoundary reports whether decoding s rune by rune (an invalid byte is
// one rune) stops at byte offset n.
func onBoundary(s string, n int) bool {
	i := 0
	for i < n {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return i == n
}
