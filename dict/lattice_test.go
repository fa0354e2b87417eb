package dict

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

var decodeCases = []struct {
	name string
	s    string
}{
	{"ascii", "a"},
	{"two bytes", "é"},
	{"cjk", "中文"},
	{"e0 lead", "\u0800"},
	{"e0 overlong", "\xe0\x80\x80"},
	{"ed lead", "\ud7ff"},
	{"surrogate", "\xed\xa0\x80"},
	{"ef lead", "\uffee"},
	{"replacement character", "\ufffd"},
	{"truncated", "\xe4\xb8"},
	{"bad continuation", "\xe4\x41\x80"},
	{"four bytes", "𠀋"},
	{"lone continuation", "\x80"},
}

// TestDecodeRune checks the inline decoder against the standard one on the
// edges of three-byte sequences.
func TestDecodeRune(t *testing.T) {
	for _, tt := range decodeCases {
		t.Run(tt.name, func(t *testing.T) {
			r, n := utf8.DecodeRuneInString(tt.s)
			gr, gn := decodeRune(tt.s)
			assert.Equal(t, r, gr)
			assert.Equal(t, n, gn)
		})
	}
}

func FuzzDecodeRune(f *testing.F) {
	for _, tt := range decodeCases {
		f.Add(tt.s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if s == "" {
			return
		}
		r, n := utf8.DecodeRuneInString(s)
		gr, gn := decodeRune(s)
		if r != gr || n != gn {
			t.Fatalf("%q: decodeRune = %U %d, want %U %d", s, gr, gn, r, n)
		}
	})
}

func TestUnits(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		bounds []int32
		first  []int32
		runes  []rune
	}{
		{"chinese", "中国", []int32{0, 3, 6}, []int32{0, 1, 2}, []rune{'中', '国'}},
		{"ascii run lowercased", "GDP增长", []int32{0, 3, 6, 9}, []int32{0, 3, 4, 5}, []rune{'g', 'd', 'p', '增', '长'}},
		{"digits and letters", "a1 ", []int32{0, 2, 3}, []int32{0, 2, 3}, []rune{'a', '1', ' '}},
		{"greek run", "αβ", []int32{0, 4}, []int32{0, 2}, []rune{'α', 'β'}},
		{"invalid byte", "中\xff", []int32{0, 3, 4}, []int32{0, 1, 2}, []rune{'中', -1}},
		{"full-width letter", "Ｘ", []int32{0, 3}, []int32{0, 1}, []rune{'Ｘ'}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var sc scratch
			sc.units(tt.text)
			assert.Equal(t, tt.bounds, sc.bounds, "bounds")
			assert.Equal(t, tt.first, sc.first, "first")
			assert.Equal(t, tt.runes, sc.runes, "runes")
		})
	}
}
