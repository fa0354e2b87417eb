package numeral

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/policyx/policyx/internal/shared"
)

// sameAsSlow checks, at every rune start of text, that the fast path either
// refuses or reads exactly what the general parser reads, and that
// PrefixFloat agrees with Prefix. It returns how many offsets the fast path
// took.
func sameAsSlow(t *testing.T, text string) int {
	t.Helper()
	taken := 0
	for i := range text {
		s := text[i:]
		if !mayStart(s) {
			continue
		}
		want, wn, wok := slowPrefix(s)
		if d, n, ok := fastPrefix(s); ok {
			taken++
			if !assert.True(t, wok, "fast path read %q where the parser reads nothing", prefixOf(s, 12)) {
				continue
			}
			assert.Equal(t, wn, n, "length of %q", prefixOf(s, 12))
			assert.Equal(t, want.RatString(), d.rat().RatString(), "value of %q", prefixOf(s, 12))
		}
		f, fn, fok := PrefixFloat(s)
		assert.Equal(t, wok, fok, "PrefixFloat ok of %q", prefixOf(s, 12))
		if wok && fok {
			wf, _ := want.Float64()
			assert.Equal(t, wn, fn, "PrefixFloat length of %q", prefixOf(s, 12))
			assert.Equal(t, wf, f, "PrefixFloat value of %q", prefixOf(s, 12))
		}
	}
	return taken
}

func prefixOf(s string, runes int) string {
	for i := range s {
		if runes == 0 {
			return s[:i]
		}
		runes--
	}
	return s
}

func TestFastPrefix(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // RatString of the fast reading, "" when it must refuse
		n    int
	}{
		{name: "year", in: "2025年", want: "2025", n: 4},
		{name: "decimal", in: "6.5%", want: "13/2", n: 3},
		{name: "decimal zeros", in: "2.50亿", want: "250000000", n: 7},
		{name: "full-width", in: "１８家", want: "18", n: 6},
		{name: "big units", in: "1.5万亿元", want: "1500000000000", n: 9},
		{name: "ideographic comma after ASCII digits", in: "18，", want: "18", n: 2},
		{name: "comma after a unit", in: "10亿,", want: "1000000000", n: 5},
		{name: "chinese digit", in: "三家", want: "3", n: 3},
		{name: "liang", in: "两百", want: "200", n: 6},
		{name: "leading ten", in: "十五年", want: "15", n: 6},
		{name: "tens and digit", in: "二十五万人", want: "250000", n: 12},
		{name: "decreasing units", in: "一千一百一十一个", want: "1111", n: 21},
		{name: "traditional", in: "貳拾萬", want: "200000", n: 9},
		{name: "thousands separator", in: "1,200"},
		{name: "full-width grouping", in: "４，５６５"},
		{name: "pdf space", in: "200 万"},
		{name: "mixed fraction", in: "1 3/5"},
		{name: "slash", in: "3/5"},
		{name: "exponent", in: "2e5"},
		{name: "point without digits", in: "5.是"},
		{name: "sign", in: "-5"},
		{name: "zero inside", in: "一百零五"},
		{name: "digit sequence", in: "二〇二五"},
		{name: "elided unit", in: "一百二"},
		{name: "ten thousand three", in: "一万三"},
		{name: "bare hundred", in: "百花"},
		{name: "fraction", in: "三分之一"},
		{name: "half", in: "一半"},
		{name: "and a fraction", in: "3又一千分之23"},
		{name: "chinese decimal", in: "三点五"},
		{name: "mega", in: "5兆瓦"},
		{name: "decreasing big units", in: "5亿万"},
		{name: "arabic then small unit", in: "5千瓦"},
		{name: "too many digits", in: "1234567890123456789"},
		{name: "two liang", in: "一百两"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, n, ok := fastPrefix(tt.in)
			if tt.want == "" {
				assert.False(t, ok, "read %v", d)
				return
			}
			require.True(t, ok)
			assert.Equal(t, tt.want, d.rat().RatString())
			assert.Equal(t, tt.n, n)
			want, wn, wok := slowPrefix(tt.in)
			require.True(t, wok)
			assert.Equal(t, want.RatString(), d.rat().RatString())
			assert.Equal(t, wn, n)
		})
	}
}

// TestFastPrefixSameAsParser runs the fast path against the general parser
// at every offset of real policy text.
func TestFastPrefixSameAsParser(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "articles", "hightech-zones-2022.txt"))
	require.NoError(t, err)
	taken := sameAsSlow(t, string(b))
	assert.Greater(t, taken, 100, "the fast path should read most numbers of the article")
	for _, s := range fuzzSeeds {
		sameAsSlow(t, s)
	}
}

// TestFastPrefixCorpus runs the fast path against the general parser at
// every offset of the government work reports.
func TestFastPrefixCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("long")
	}
	docs, taken := 0, 0
	for _, r := range shared.Reports(t) {
		taken += sameAsSlow(t, r.Text)
		docs++
	}
	require.Positive(t, docs)
	t.Logf("%d reports, fast path taken at %d offsets", docs, taken)
}

// FuzzFastPrefix checks that the fast path never reads a numeral
// differently from the general parser.
func FuzzFastPrefix(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Add("力争到2025年技术合同交易额突破10亿元，新增上市企业18家，")
	f.Fuzz(func(t *testing.T, s string) {
		d, n, ok := fastPrefix(s)
		if !ok {
			return
		}
		want, wn, wok := slowPrefix(s)
		require.True(t, wok, "fast path read %q", s)
		require.Equal(t, wn, n)
		require.Equal(t, 0, want.Cmp(d.rat()), "value of %q", s)
		wf, _ := want.Float64()
		require.Equal(t, wf, d.float())
	})
}
