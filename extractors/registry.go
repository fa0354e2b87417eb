// Package extractors builds policyx's extractors by name. Each extractor
// lives in its own subpackage (numeric, initiative, enumeration) behind the
// pipeline.Extractor interface; the Chinese numeral parser they share is
// package numeral.
package extractors

import (
	"fmt"
	"strings"
	"time"

	"github.com/policyx/policyx/dict"
	"github.com/policyx/policyx/extractors/enumeration"
	"github.com/policyx/policyx/extractors/initiative"
	"github.com/policyx/policyx/extractors/numeric"
	"github.com/policyx/policyx/pipeline"
)

// Options configures the extractors that take options.
type Options struct {
	// ReferenceDate resolves relative years (今年, 明年) in documents that
	// give no date of their own; zero leaves them unresolved.
	ReferenceDate time.Time
}

// A factory builds one extractor from the dictionaries and options.
type factory func(set *dict.Set, opts Options) (pipeline.Extractor, error)

// builtin names the built-in extractors, in output order; factoryOf
// builds each of them.
const builtin = "numeric initiative enumeration"

// factoryOf returns the factory of the built-in extractor name, or nil.
func factoryOf(name string) factory {
	switch name {
	case "numeric":
		return func(s *dict.Set, o Options) (pipeline.Extractor, error) {
			return numeric.New(s, numeric.Options{ReferenceDate: o.ReferenceDate})
		}
	case "initiative":
		return func(s *dict.Set, _ Options) (pipeline.Extractor, error) { return initiative.New(s) }
	case "enumeration":
		return func(s *dict.Set, _ Options) (pipeline.Extractor, error) { return enumeration.New(s) }
	}
	return nil
}

// Builtin returns the names of the built-in extractors, in the order they
// run.
func Builtin() []string {
	return strings.Fields(builtin)
}

// Build returns the named extractors, in the order given. An unknown or
// repeated name is an error.
func Build(names []string, set *dict.Set, opts Options) ([]pipeline.Extractor, error) {
	seen := map[string]bool{}
	var out []pipeline.Extractor
	for _, n := range names {
		if seen[n] {
			return nil, fmt.Errorf("extractors: %q named twice", n)
		}
		seen[n] = true
		f := factoryOf(n)
		if f == nil {
			return nil, fmt.Errorf("extractors: unknown extractor %q (have %v)", n, Builtin())
		}
		e, err := f(set, opts)
		if err != nil {
			return nil, fmt.Errorf("extractors: build %s: %w", n, err)
		}
		out = append(out, e)
	}
	return out, nil
}
