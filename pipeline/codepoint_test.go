package pipeline

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// runeStartsBefore is the definition codePoint implements: the number of
// rune starts of a range loop over text before off.
func runeStartsBefore(text string, off int) int {
	n := 0
	for i := range text {
		if i < off {
			n++
		}
	}
	return n
}

func TestCodePoint(t *testing.T) {
	tests := []struct {
		name string
		text string
	}{
		{name: "empty", text: ""},
		{name: "ascii", text: strings.Repeat("a", 200)},
		{name: "han across checkpoints", text: strings.Repeat("技术a合同𠀀", 70)},
		{name: "invalid bytes", text: strings.Repeat("增\xff\xe9\x95长\x80", 40)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &Document{Text: tt.text}
			for off := -1; off <= len(tt.text)+1; off++ {
				want := runeStartsBefore(tt.text, min(off, len(tt.text)))
				assert.Equal(t, want, d.codePoint(off), "offset %d", off)
			}
		})
	}
}
