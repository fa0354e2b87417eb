// Package policyx builds the complete policyx pipeline in one call: the
// normalizer, the structure stage, the segmenter with the built-in and the
// user's dictionaries, and the extractors. It is what the policyx command
// runs; library users who want other stages assemble a pipeline.Pipeline
// themselves (see package extractors' example).
package policyx

import (
	"fmt"
	"time"

	"github.com/policyx/policyx/dict"
	"github.com/policyx/policyx/extractors"
	"github.com/policyx/policyx/pipeline"
	"github.com/policyx/policyx/pipeline/normalize"
	"github.com/policyx/policyx/pipeline/structure"
)

// Version is the version of policyx written in every document record.
const Version = "0.1.0"

// Options configures New. The zero value gives the full default pipeline.
type Options struct {
	// UserDicts are segmentation dictionary files (word [freq [pos]] per
	// line) whose words take precedence over the built-in ones.
	UserDicts []string
	// Extractors names the extractors to run, in order; nil runs all of
	// extractors.Builtin().
	Extractors []string
	// ReferenceDate resolves 今年/明年 in documents without a date of their
	// own; zero leaves them unresolved.
	ReferenceDate time.Time
	// DocTimeout, when positive, limits the time one document may take in
	// Pipeline.Process.
	DocTimeout time.Duration
}

// New loads the dictionaries and builds every stage. The result is
// immutable and safe for concurrent use by any number of goroutines; build
// it once per process.
func New(opts Options) (*pipeline.Pipeline, error) {
	set, err := dict.Builtin()
	if err != nil {
		return nil, fmt.Errorf("policyx: load dictionaries: %w", err)
	}
	seg, err := dict.NewSegmenter(set, dict.SegmenterOptions{UserFiles: opts.UserDicts})
	if err != nil {
		return nil, fmt.Errorf("policyx: load segmenter: %w", err)
	}
	names := opts.Extractors
	if names == nil {
		names = extractors.Builtin()
	}
	exs, err := extractors.Build(names, set, extractors.Options{ReferenceDate: opts.ReferenceDate})
	if err != nil {
		return nil, fmt.Errorf("policyx: %w", err)
	}
	return &pipeline.Pipeline{
		Normalizer: normalize.New(),
		Structurer: structure.New(),
		Segmenter:  seg,
		Extractors: exs,
		Versions:   pipeline.Versions{Schema: pipeline.SchemaVersion, Policyx: Version, Dict: dictVersion(set, seg)},
		DocTimeout: opts.DocTimeout,
	}, nil
}

// dictVersion names the content of every dictionary a pipeline reads: the
// segmenter's (gse's base dictionary, the domain terms and user files) and
// the word lists the extractors read (units, cues, programmes …), so that
// a change to any list changes the version records and part directories
// carry.
func dictVersion(set *dict.Set, seg *dict.Segmenter) string {
	return seg.Version() + "+" + set.Version()
}
