package pipeline

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"time"
)

// A Normalizer builds doc.Norm from doc.Text. Implementations must be safe
// for concurrent use.
type Normalizer interface {
	Normalize(doc *Document) error
}

// A Structurer finds the title, sections, bylines, paragraphs and sentences
// of doc.Norm.Text. It may use seg to test whether two fragments join into
// one word. Implementations must be safe for concurrent use.
type Structurer interface {
	Structure(doc *Document, seg Segmenter) error
}

// A Segmenter splits text into word tokens whose spans are byte offsets
// into text. Implementations must be safe for concurrent use.
type Segmenter interface {
	Segment(text string) []Token
}

// A Token is one segmented word. Its Span is in byte offsets of the text
// given to the Segmenter (Norm.Text when set by the pipeline).
type Token struct {
	Span
	POS string // part of speech as the dictionary gives it, may be empty
}

// An Extractor finds one type of record in a document. It must not modify
// doc, must be deterministic, and must be safe for concurrent use by
// multiple goroutines (compile patterns in the constructor, not per call).
// Record spans index doc.Norm.Text.
type Extractor interface {
	Name() string
	Extract(doc *Document) ([]Record, error)
}

// Pipeline runs the stages in their fixed order. Nil stages are skipped:
// without a Normalizer the view is the text itself. A Pipeline is safe for
// concurrent use when its stages are.
type Pipeline struct {
	Normalizer Normalizer
	Structurer Structurer
	Segmenter  Segmenter
	Extractors []Extractor
	Versions   Versions
	// DocTimeout, when positive, turns a document that takes longer into an
	// error record in Process (stage "timeout") instead of a hang. The
	// abandoned work stops at the next stage boundary.
	DocTimeout time.Duration
}

// A StageError is a failure inside one stage of one document.
type StageError struct {
	Stage string // "normalize", "structure", "segment", an extractor's name, "emit" or "timeout"
	Err   error  // what went wrong
}

// Error returns the stage and the underlying message.
func (e *StageError) Error() string { return e.Stage + ": " + e.Err.Error() }

// Unwrap returns the underlying error.
func (e *StageError) Unwrap() error { return e.Err }

// ErrPanic marks a stage that panicked; the panic value and stack follow.
var ErrPanic = errors.New("pipeline: stage panicked")

// Run runs every stage over doc and returns the finished records: the
// document record first, then the extractions in output order. On failure
// it returns a *StageError naming the stage; a panic in a stage is turned
// into such an error rather than crashing the batch.
func (p *Pipeline) Run(ctx context.Context, doc *Document) (recs []Record, err error) {
	stage := "normalize"
	defer func() {
		if r := recover(); r != nil {
			recs = nil
			err = &StageError{Stage: stage, Err: fmt.Errorf("%w: %v\n%s", ErrPanic, r, debug.Stack())}
		}
	}()
	if p.Normalizer != nil {
		if err := p.Normalizer.Normalize(doc); err != nil {
			return nil, &StageError{stage, err}
		}
	} else {
		doc.Norm = Identity(doc.Text)
	}
	if err := ctx.Err(); err != nil {
		return nil, &StageError{stage, err}
	}
	stage = "structure"
	if p.Structurer != nil {
		if err := p.Structurer.Structure(doc, p.Segmenter); err != nil {
			return nil, &StageError{stage, err}
		}
	}
	stage = "segment"
	if p.Segmenter != nil {
		doc.Tokens = p.Segmenter.Segment(doc.Norm.Text)
	}
	for _, e := range p.Extractors {
		if err := ctx.Err(); err != nil {
			return nil, &StageError{stage, err}
		}
		stage = e.Name()
		rs, err := e.Extract(doc)
		if err != nil {
			return nil, &StageError{stage, err}
		}
		recs = append(recs, rs...)
	}
	stage = "emit"
	out, err := Finalize(doc, recs, p.Versions)
	if err != nil {
		return nil, &StageError{stage, err}
	}
	return out, nil
}
