package structure

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSqueeze(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"one space", "合肥市 人大常委会", "合肥市人大常委会"},
		{"a run of spaces", "合肥市  人大常委会", "合肥市人大常委会"},
		{"ideographic spaces", "合肥高新区\u3000\u3000党工委副书记", "合肥高新区党工委副书记"},
		{"between Latin words kept", "QLC  chip", "QLC  chip"},
		{"ends trimmed", "  管委会主任 ", "管委会主任"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, squeeze(tt.in))
		})
	}
}
