package numeric

import (
	"strings"
	"testing"

	"github.com/policyx/policyx/pipeline"
)

// BenchmarkExtract measures throughput over the founding article repeated
// eight times.
func BenchmarkExtract(b *testing.B) {
	x := newExtractor(b, Options{})
	text := strings.Repeat(joinBroken(article(b, "hightech-zones-2022.txt")), 8)
	doc := &pipeline.Document{ID: "bench", Text: text}
	doc.Norm = pipeline.Identity(text)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		if _, err := x.Extract(doc); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExtractDense measures a single line packed with figures and no
// sentence stop, where every figure's sentence context reaches its cap.
func BenchmarkExtractDense(b *testing.B) {
	x := newExtractor(b, Options{})
	text := strings.Repeat("力争到2025年技术合同交易额突破10亿元，新增上市企业18家，", 3000)
	doc := &pipeline.Document{ID: "bench", Text: text}
	doc.Norm = pipeline.Identity(text)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := x.Extract(doc); err != nil {
			b.Fatal(err)
		}
	}
}
