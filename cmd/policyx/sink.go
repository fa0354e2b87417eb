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
	if err := s.w.Flush(); err != nil {
		s.Abort()
		return fmt.Errorf("write %s: %w", s.path, err)
	}
	if err := s.f.Sync(); err != nil {
		s.Abort()
		return fmt.Errorf("sync %s: %w", s.path, err)
	}
	if err := s.f.Chmod(outputMode); err != nil {
		s.Abort()
		return fmt.Errorf("chmod %s: %w", s.path, err)
	}
	if err := s.f.Close(); err != nil {
		_ = os.Remove(s.f.Name())
		return fmt.Errorf("close %s: %w", s.path, err)
	}
	if err := os.Rename(s.f.Name(), s.path); err != nil {
		_ = os.Remove(s.f.Name())
		return fmt.Errorf("rename output into place: %w", err)
	}
	return nil
}

func (s *fileSink) Abort() {
	_ = s.f.Close()
	_ = os.Remove(s.f.Name())
}
