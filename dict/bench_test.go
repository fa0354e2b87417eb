package dict

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// BenchmarkNewSegmenter measures the start-up cost of a Segmenter with the
// built-in dictionaries.
func BenchmarkNewSegmenter(b *testing.B) {
	set, err := Builtin()
	require.NoError(b, err)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := NewSegmenter(set, SegmenterOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSegment measures segmentation speed on the founding article.
func BenchmarkSegment(b *testing.B) {
	text := readArticle(b)
	s := testSegmenter(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		s.Segment(text)
	}
}

// BenchmarkSegmentGSE measures gse's own Segment on the same article and
// dictionaries, for comparison; loading gse is not timed.
func BenchmarkSegmentGSE(b *testing.B) {
	set, err := Builtin()
	require.NoError(b, err)
	ov, err := newOverlay(set, nil)
	require.NoError(b, err)
	ref := gseReference(b, overlayText(ov)+baseText)
	text := []byte(readArticle(b))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		ref.Segment(text)
	}
}

// BenchmarkSegmentReports measures segmentation speed on a sample of the
// work reports, and gse's on the same texts for comparison.
func BenchmarkSegmentReports(b *testing.B) {
	texts := corpusSample(b, 7)
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	b.Run("policyx", func(b *testing.B) {
		s := testSegmenter(b)
		b.SetBytes(int64(size))
		for b.Loop() {
			for _, t := range texts {
				s.Segment(t)
			}
		}
	})
	b.Run("gse", func(b *testing.B) {
		set, err := Builtin()
		require.NoError(b, err)
		ov, err := newOverlay(set, nil)
		require.NoError(b, err)
		ref := gseReference(b, overlayText(ov)+baseText)
		bs := make([][]byte, len(texts))
		for i, t := range texts {
			bs[i] = []byte(t)
		}
		b.SetBytes(int64(size))
		b.ResetTimer()
		for b.Loop() {
			for _, t := range bs {
				ref.Segment(t)
			}
		}
	})
}
