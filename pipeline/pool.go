package pipeline

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"runtime"
	"sync"
)

// A Result is the outcome of one document: its records, or the error record
// that replaced them.
type Result struct {
	Doc     *Document
	Records []Record
	Failed  bool // Records holds one error record
}

// Process runs p over docs with jobs workers sharing p, and calls emit with
// each document's result in input order. At most 2*jobs documents are in
// flight at once, so memory does not grow with the input. A document whose
// corpus item carries an error, or that fails in a stage, yields an error
// record and the batch goes on. Process stops early, returning ctx's error,
// when ctx is done, even while docs is blocked waiting for input (the
// goroutine ranging over docs then ends at its next document); it returns
// emit's error when emit fails. jobs < 1 means
// one per CPU.
func (p *Pipeline) Process(ctx context.Context, docs iter.Seq2[*Document, error], jobs int, emit func(Result) error) error {
	if jobs < 1 {
		jobs = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type task struct {
		seq int
		doc *Document
		err error
	}
	type done struct {
		seq int
		res Result
	}
	tasks := make(chan task)
	results := make(chan done, jobs)
	slots := make(chan struct{}, 2*jobs)

	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				var t task
				select {
				case t2, ok := <-tasks:
					if !ok {
						return
					}
					t = t2
				case <-ctx.Done():
					// Do not wait for the reader: it may be blocked on input
					// (a pipe that sends nothing) and would hold the run.
					return
				}
				res, abandoned := p.runOne(ctx, t.doc, t.err)
				results <- done{t.seq, res}
				if abandoned != nil {
					// A document that ran out of time still runs until its
					// next stage boundary; keep this worker busy until then
					// so that no more than jobs documents ever run at once.
					<-abandoned
				}
			}
		}()
	}
	go func() {
		defer close(tasks)
		seq := 0
		for doc, err := range docs {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return
			}
			if doc == nil {
				doc = &Document{}
			}
			select {
			case tasks <- task{seq, doc, err}:
			case <-ctx.Done():
				return
			}
			seq++
		}
	}()
	go func() { wg.Wait(); close(results) }()

	pending := map[int]Result{}
	next := 0
	var emitErr error
	for d := range results {
		pending[d.seq] = d.res
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-slots
			if emitErr == nil && ctx.Err() != nil {
				// Interrupted: documents cut short by the cancellation would
				// come back as error records; emit nothing more.
				emitErr = ctx.Err()
			}
			if emitErr == nil {
				if emitErr = emit(r); emitErr != nil {
					cancel()
				}
			}
		}
	}
	if emitErr != nil {
		return emitErr
	}
	// results closed: every worker has left. Unless ctx is done, each left
	// through a closed tasks, so the reader has already stopped; when ctx
	// is done the reader may still be blocked on its input.
	return ctx.Err()
}

// runOne runs one document and turns every failure into an error record.
// When the document ran out of time, abandoned is closed once the stages
// still working on it have stopped; otherwise it is nil.
func (p *Pipeline) runOne(ctx context.Context, doc *Document, readErr error) (res Result, abandoned <-chan struct{}) {
	if readErr != nil {
		return Result{Doc: doc, Records: []Record{NewError(doc.ID, doc.Source, "read", readErr)}, Failed: true}, nil
	}
	recs, abandoned, err := p.runLimited(ctx, doc)
	if err != nil {
		stage := "pipeline"
		var se *StageError
		if errors.As(err, &se) {
			stage, err = se.Stage, se.Err
		}
		return Result{Doc: doc, Records: []Record{NewError(doc.ID, doc.Source, stage, err)}, Failed: true}, abandoned
	}
	return Result{Doc: doc, Records: recs}, nil
}

// ErrTimeout is the error of a document that exceeded Pipeline.DocTimeout.
var ErrTimeout = errors.New("pipeline: document took longer than the time limit")

// runLimited runs doc under p.DocTimeout. When the limit passes first it
// returns ErrTimeout at once, and abandoned, which is closed when the run
// it gave up on has returned.
func (p *Pipeline) runLimited(ctx context.Context, doc *Document) (recs []Record, abandoned <-chan struct{}, err error) {
	if p.DocTimeout <= 0 {
		recs, err = p.Run(ctx, doc)
		return recs, nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, p.DocTimeout)
	defer cancel()
	var (
		runRecs  []Record
		runErr   error
		finished = make(chan struct{}) // closed once runRecs and runErr are set
	)
	go func() {
		defer close(finished)
		runRecs, runErr = p.Run(ctx, doc)
	}()
	select {
	case <-finished:
		return runRecs, nil, runErr
	case <-ctx.Done():
		select {
		case <-finished: // finished just as the limit passed: keep the result
			return runRecs, nil, runErr
		default:
		}
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return nil, finished, &StageError{Stage: "timeout", Err: fmt.Errorf("%w (%v)", ErrTimeout, p.DocTimeout)}
		}
		return nil, finished, ctx.Err()
	}
}
