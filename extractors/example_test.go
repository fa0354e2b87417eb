package extractors_test

import (
	"context"
	"fmt"
	"os"

	"github.com/policyx/policyx/dict"
	"github.com/policyx/policyx/extractors"
	"github.com/policyx/policyx/pipeline"
	"github.com/policyx/policyx/pipeline/normalize"
	"github.com/policyx/policyx/pipeline/structure"
)

// Example builds the whole pipeline as the policyx command does and
// extracts one sentence.
func Example() {
	set, err := dict.Builtin()
	if err != nil {
		panic(err)
	}
	seg, err := dict.NewSegmenter(set, dict.SegmenterOptions{})
	if err != nil {
		panic(err)
	}
	exs, err := extractors.Build(extractors.Builtin(), set, extractors.Options{})
	if err != nil {
		panic(err)
	}
	p := &pipeline.Pipeline{
		Normalizer: normalize.New(),
		Structurer: structure.New(),
		Segmenter:  seg,
		Extractors: exs,
	}
	doc := &pipeline.Document{ID: "s1", Text: "力争到“十四五”末全区技术合同交易额突破10亿元，实施“科创九条”。"}
	recs, err := p.Run(context.Background(), doc)
	if err != nil {
		panic(err)
	}
	for _, r := range recs {
		switch r := r.(type) {
		case *pipeline.Numeric:
			fmt.Printf("%s %q %.0f %s %s %s %d %s\n", r.Type, r.Text, r.Value, r.Unit, r.Comparator, r.Status, r.Deadline, r.Metric)
		case *pipeline.Initiative:
			fmt.Printf("%s %q %s %s %d\n", r.Type, r.Text, r.Name, r.Category, r.Count)
		}
	}
	if err := pipeline.Emit(os.Stdout, recs[:1]); err != nil {
		panic(err)
	}
	// Output:
	// numeric "突破10亿元" 1000000000 CNY gt target 2025 技术合同交易额
	// initiative "“科创九条”" 科创九条 条 9
	// {"doc":"s1","type":"document","id":"s1#document@0","start":0,"end":0,"text":"","source":"","encoding":"","sha256":"","chars":34,"title":"","sections":[],"counts":{"initiative":1,"initiative_names":1,"numeric":1},"version":{"schema":1,"policyx":"","dict":""}}
}
