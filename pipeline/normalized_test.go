package pipeline

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// perSequence builds the view of text one Map call per lead byte and its
// continuation bytes: what Identity does with malformed text, and the view
// it must give of any text.
func perSequence(text string) Normalized {
	var b NormalizedBuilder
	for i := 0; i < len(text); {
		n := seqLen(text, i)
		b.Map(text[i:i+n], i, i+n)
		i += n
	}
	return b.Build(len(text))
}

// perRune builds a view of src, copied from start, one Map call per rune
// as utf8.DecodeRuneInString delimits them: what MapRun promises.
func perRune(prefix, src string, start int) Normalized {
	var b NormalizedBuilder
	b.Map(prefix, 0, start)
	for i := 0; i < len(src); {
		_, n := utf8.DecodeRuneInString(src[i:])
		b.Map(src[i:i+n], start+i, start+i+n)
		i += n
	}
	return b.Build(start + len(src))
}

var mapTexts = []struct {
	name string
	text string
}{
	{name: "empty", text: ""},
	{name: "ascii", text: "GDP 5%"},
	{name: "han", text: "技术合同交易额突破10亿元。"},
	{name: "four-byte rune", text: "a𠀀b"},
	{name: "invalid byte", text: "增\xff长"},
	{name: "cut rune", text: "增\xe9\x95"},
	{name: "stray continuation bytes", text: "\x80\x80a中"},
	{name: "overlong run of continuations", text: "中\x80\x80b"},
	{name: "encoded replacement rune", text: "a\uFFFDb"},
}

func TestMapRun(t *testing.T) {
	for _, tt := range mapTexts {
		t.Run(tt.name, func(t *testing.T) {
			var b NormalizedBuilder
			b.Map("x", 0, 3)
			b.MapRun(tt.text, 3)
			got := b.Build(3 + len(tt.text))
			want := perRune("x", tt.text, 3)
			assert.Equal(t, want.Text, got.Text)
			assert.Equal(t, want.from, got.from)
			assert.Equal(t, want.to, got.to)
		})
	}
}

func TestIdentityRuns(t *testing.T) {
	for _, tt := range mapTexts {
		t.Run(tt.name, func(t *testing.T) {
			got, want := Identity(tt.text), perSequence(tt.text)
			assert.Equal(t, want.Text, got.Text)
			assert.Equal(t, want.from, got.from)
			assert.Equal(t, want.to, got.to)
		})
	}
}

func FuzzIdentity(f *testing.F) {
	for _, tt := range mapTexts {
		f.Add(tt.text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got, want := Identity(text), perSequence(text)
		assert.Equal(t, want.from, got.from)
		assert.Equal(t, want.to, got.to)
	})
}
