package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/policyx/policyx/pipeline"
)

// A sink receives each document's records in input order. Commit makes the
// output final; Abort discards what it can (a temporary file), and is
// called instead of Commit when the run fails or is interrupted.
type sink interface {
	Write(r pipeline.Result) error
	Commit() error
	Abort()
}

// openSink returns the sink for -o: stdout when empty, else a file written
// through a temporary name and renamed on Commit.
func openSink(out string, stdout io.Writer) (sink, error) {
	if out == "" || out == "-" {
		return &streamSink{w: bufio.NewWriterSize(stdout, 64<<10)}, nil
	}
	return newFileSink(out)
}

// streamSink writes to a stream and flushes after every document, so a
// consumer reading a pipe sees each document as soon as it is done.
type streamSink struct{ w *bufio.Writer }

func (s *streamSink) Write(r pipeline.Result) error {
	if err := pipeline.Emit(s.w, r.Records); err != nil {
		return err
	}
	if err := s.w.Flush(); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	return nil
}

func (s *streamSink) Commit() error { return s.w.Flush() }
func (s *streamSink) Abort()        { _ = s.w.Flush() }

// outputMode is the mode of finished output files; temporary files are
// created private (0600) and opened up only when renamed into place.
const outputMode = 0o644

// fileSink writes to a temporary file beside the target and renames it
// into place on Commit.
type fileSink struct {
	path string
	f    *os.File
	w    *bufio.Writer
}

func newFileSink(path string) (*fileSink, error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return nil, fmt.Errorf("create output: %w", err)
	}
	return &fileSink{path: path, f: f, w: bufio.NewWriterSize(f, 256<<10)}, nil
}

func (s *fileSink) Write(r pipeline.Result) error { return pipeline.Emit(s.w, r.Records) }

func (s *fileSink) Commit() error {
	return commitTemp(s.f, s.w.Flush, s.path, s.path)
}

// commitTemp makes the temporary file f final as dst: write puts the last
// of its content into f, then f is synced to disk, opened up to outputMode,
// closed and renamed to dst. On a failure it removes the temporary file and
// returns the error of the failed step, naming the file as name.
func commitTemp(f *os.File, write func() error, dst, name string) error {
	tmp := f.Name()
	fail := func(err error) error {
		_ = f.Close() // after a failed Close this only reports it closed
		_ = os.Remove(tmp)
		return err
	}
	if err := write(); err != nil {
		return fail(fmt.Errorf("write %s: %w", name, err))
	}
	if err := f.Sync(); err != nil {
		return fail(fmt.Errorf("sync %s: %w", name, err))
	}
	if err := f.Chmod(outputMode); err != nil {
		return fail(fmt.Errorf("chmod %s: %w", name, err))
	}
	if err := f.Close(); err != nil {
		return fail(fmt.Errorf("close %s: %w", name, err))
	}
	if err := os.Rename(tmp, dst); err != nil {
		return fail(fmt.Errorf("rename %s into place: %w", name, err))
	}
	return nil
}

func (s *fileSink) Abort() {
	_ = s.f.Close()
	_ = os.Remove(s.f.Name())
}
