package main

import (
	"strings"

	"github.com/policyx/policyx"
	"github.com/policyx/policyx/pipeline"
)

// buildPipeline builds the stages once from the command's flags; the result
// is shared read-only by all workers.
func buildPipeline(cfg *config) (*pipeline.Pipeline, error) {
	opts := policyx.Options{
		UserDicts:     cfg.dicts,
		ReferenceDate: cfg.reference,
		DocTimeout:    cfg.docTimeout,
	}
	if cfg.extractors != "" {
		opts.Extractors = strings.Split(cfg.extractors, ",")
	}
	return policyx.New(opts)
}
