package main

import (
	"context"
	"testing"

	"github.com/policyx/policyx/pipeline"
	"github.com/stretchr/testify/require"
)

// BenchmarkPipeline runs every stage over the founding article, one
// document at a time on one goroutine; MB/s is of input text.
func BenchmarkPipeline(b *testing.B) {
	p, err := testPipeline()
	require.NoError(b, err)
	text := string(article(b))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		doc := &pipeline.Document{ID: "a", Text: text}
		if _, err := p.Run(context.Background(), doc); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSegmentOnly segments the same text with the same segmenter and
// nothing else: the baseline BenchmarkPipeline is measured against.
func BenchmarkSegmentOnly(b *testing.B) {
	p, err := testPipeline()
	require.NoError(b, err)
	text := string(article(b))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		p.Segmenter.Segment(text)
	}
}

// BenchmarkStages reports each stage alone over the founding article.
func BenchmarkStages(b *testing.B) {
	p, err := testPipeline()
	require.NoError(b, err)
	text := string(article(b))
	prepared := &pipeline.Document{ID: "a", Text: text}
	_, err = p.Run(context.Background(), prepared)
	require.NoError(b, err)
	b.Run("normalize", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			d := &pipeline.Document{Text: text}
			_ = p.Normalizer.Normalize(d)
		}
	})
	b.Run("structure", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			d := *prepared
			_ = p.Structurer.Structure(&d, p.Segmenter)
		}
	})
	for _, e := range p.Extractors {
		b.Run(e.Name(), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				if _, err := e.Extract(prepared); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
