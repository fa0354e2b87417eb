package numeric

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/policyx/policyx/internal/shared"
	"github.com/policyx/policyx/pipeline"
)

// sameAsScan checks that the text index gives, for every figure of text in
// order, the sentence, clause, segment, line start, status cues and
// deadline that the direct scans give.
func sameAsScan(t *testing.T, x *Extractor, text string, ref time.Time) int {
	t.Helper()
	ix := x.newTextIndex(text, ref)
	require.NotNil(t, ix)
	figs := x.scan(text)
	for _, f := range figs {
		sent := bounds(text, f.span.Start, f.span.End, sentenceEnds)
		clause := bounds(text, f.span.Start, f.span.End, clauseEnds)
		where := text[f.span.Start:f.span.End]
		if !assert.Equal(t, sent, ix.sentence(f.span.Start, f.span.End), "sentence of %q", where) ||
			!assert.Equal(t, clause, ix.clause(f.span.Start, f.span.End), "clause of %q", where) {
			continue
		}
		assert.Equal(t, bounds(text, f.span.Start, f.span.End, segmentEnds), ix.segment(f.span.Start, f.span.End), "segment of %q", where)
		assert.Equal(t, lineStart(text, nil, f.span.Start), ix.lineStart(f.span.Start), "line start of %q", where)
		assert.Equal(t, x.statusHits(text, f.span, sent), ix.statusHits(sent, f.span, nil), "status cues of %q", where)
		assert.Equal(t, x.deadline(text, sent.Start, f.span.Start, ref), ix.deadline(sent.Start, f.span.Start), "deadline of %q", where)
	}
	return len(figs)
}

func TestTextIndex(t *testing.T) {
	x := newExtractor(t, Options{})
	ref := time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		text string
	}{
		{name: "founding article", text: joinBroken(article(t, "hightech-zones-2022.txt"))},
		{name: "line without sentence stops", text: strings.Repeat("力争到2025年技术合同交易额突破10亿元，新增上市企业18家，", 200)},
		{name: "line without any stops", text: strings.Repeat("今年新增企业18家到“十四五”末达到30家明年计划增长5%", 300)},
		{name: "short", text: "预计2025年增长5%。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Positive(t, sameAsScan(t, x, tt.text, ref))
		})
	}
	t.Run("invalid UTF-8 is read rune by rune", func(t *testing.T) {
		assert.Nil(t, x.newTextIndex("增长\xff5%", ref))
	})
}

// TestTextIndexCorpus compares the index with the direct scans on every
// figure of the government work reports.
func TestTextIndexCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("long")
	}
	reports := shared.Reports(t)
	x := newExtractor(t, Options{})
	figs := 0
	for _, r := range reports {
		figs += sameAsScan(t, x, pipeline.Identity(r.Text).Text, time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC))
	}
	require.Positive(t, figs)
}

// TestTextIndexBounds compares the indexed bounds with bounds at every
// rune start of a text whose delimiters lie near the context cap, in
// runes of one to three bytes.
func TestTextIndexBounds(t *testing.T) {
	x := newExtractor(t, Options{})
	var b strings.Builder
	for k := range 12 {
		b.WriteString(strings.Repeat("a一", 100+k*13))
		b.WriteString([]string{"。", "，", "\n", ";", "é", "；"}[k%6])
		b.WriteString(strings.Repeat("é", 390+k))
	}
	text := b.String()
	ix := x.newTextIndex(text, time.Time{})
	require.NotNil(t, ix)
	for i := range text {
		_, n := utf8.DecodeRuneInString(text[i:])
		for _, end := range []int{i, i + n} {
			assert.Equal(t, bounds(text, i, end, sentenceEnds), ix.sentence(i, end), "sentence at %d", i)
			assert.Equal(t, bounds(text, i, end, clauseEnds), ix.clause(i, end), "clause at %d", i)
			assert.Equal(t, bounds(text, i, end, segmentEnds), ix.segment(i, end), "segment at %d", i)
		}
		assert.Equal(t, lineStart(text, nil, i), ix.lineStart(i), "line start at %d", i)
	}
}
