package main

import (
	"fmt"
	"strings"

	"github.com/policyx/policyx/dict"
	"github.com/policyx/policyx/extractors"
	"github.com/policyx/policyx/pipeline"
	"github.com/policyx/policyx/pipeline/normalize"
	"github.com/policyx/policyx/pipeline/structure"
)

// buildPipeline loads the dictionaries and builds the stages once; the
// result is shared read-only by all workers.
func buildPipeline(cfg *config) (*pipeline.Pipeline, error) {
	set, err := dict.Builtin()
	if err != nil {
		return nil, fmt.Errorf("load dictionaries: %w", err)
	}
	seg, err := newSegmenter(set, cfg.dicts...)
	if err != nil {
		return nil, err
	}
	names := extractors.Builtin()
	if cfg.extractors != "" {
		names = strings.Split(cfg.extractors, ",")
	}
	exs, err := extractors.Build(names, set, extractors.Options{ReferenceDate: cfg.reference})
	if err != nil {
		return nil, err
	}
	v, err := versions(seg)
	if err != nil {
		return nil, err
	}
	return &pipeline.Pipeline{
		Normalizer: normalize.New(),
		Structurer: structure.New(),
		Segmenter:  seg,
		Extractors: exs,
		Versions:   v,
		DocTimeout: cfg.docTimeout,
	}, nil
}

// newSegmenter loads the segmenter over set (the built-in lists when nil)
// and the user dictionary files.
func newSegmenter(set *dict.Set, userFiles ...string) (*dict.Segmenter, error) {
	if set == nil {
		var err error
		if set, err = dict.Builtin(); err != nil {
			return nil, fmt.Errorf("load dictionaries: %w", err)
		}
	}
	seg, err := dict.NewSegmenter(set, dict.SegmenterOptions{UserFiles: userFiles})
	if err != nil {
		return nil, fmt.Errorf("load segmenter: %w", err)
	}
	return seg, nil
}

// versions names policyx, the schema and the dictionaries the segmenter
// was built from.
func versions(seg *dict.Segmenter) (pipeline.Versions, error) {
	return pipeline.Versions{Schema: pipeline.SchemaVersion, Policyx: policyVersion, Dict: seg.Version()}, nil
}
