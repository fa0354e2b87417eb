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
	p, err := policyx.New(opts)
	if err != nil {
		return nil, unprefixed{err}
	}
	return p, nil
}

// unprefixed is an error of the policyx package without its "policyx: "
// prefix, which the command's own prefix (policyx extract: ) makes twice.
type unprefixed struct{ err error }

func (u unprefixed) Error() string { return strings.TrimPrefix(u.err.Error(), "policyx: ") }
func (u unprefixed) Unwrap() error { return u.err }
