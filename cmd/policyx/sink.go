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
// through a temporary name and renamed on Commit. A symbolic link is
// followed, so the file it leads to is replaced and the link stays; an
// existing file keeps its permissions; a device or a named pipe
// (/dev/null, a FIFO) is written straight, since renaming over it would
// replace it.
func openSink(out string, stdout io.Writer) (sink, error) {
	if out == "" || out == "-" {
		return &streamSink{w: bufio.NewWriterSize(stdout, 64<<10)}, nil
	}
	target, mode, special, err := resolveOutput(out)
	if err != nil {
		return nil, err
	}
	if special {
		f, err := os.OpenFile(target, os.O_WRONLY, 0)
		if err != nil {
			return nil, fmt.Errorf("open output: %w", err)
		}
		return &deviceSink{f: f, w: bufio.NewWriterSize(f, 64<<10)}, nil
	}
	return newFileSink(target, mode)
}

// resolveOutput returns the file that writing out replaces: the file a
// symbolic link leads to, or out itself; the mode the new file gets (an
// existing file's own, else newFileMode); and whether it is no regular file
// but a device or a named pipe, to be written straight.
func resolveOutput(out string) (target string, mode os.FileMode, special bool, err error) {
	fi, err := os.Lstat(out)
	if err != nil {
		return out, newFileMode(), false, nil // a new file
	}
	target = out
	if fi.Mode()&os.ModeSymlink != 0 {
		if target, err = filepath.EvalSymlinks(out); err != nil {
			return "", 0, false, fmt.Errorf("output %s is a symbolic link to no file: %w", out, err)
		}
		if fi, err = os.Stat(target); err != nil {
			return "", 0, false, fmt.Errorf("output: %w", err)
		}
	}
	if !fi.Mode().IsRegular() {
		return target, 0, true, nil
	}
	return target, fi.Mode().Perm(), false, nil
}

// deviceSink writes straight into a device or a named pipe, which has no
// temporary file to rename.
type deviceSink struct {
	f *os.File
	w *bufio.Writer
}

func (s *deviceSink) Write(r pipeline.Result) error { return pipeline.Emit(s.w, r.Records) }

func (s *deviceSink) Commit() error {
	if err := s.w.Flush(); err != nil {
		_ = s.f.Close()
		return fmt.Errorf("write %s: %w", s.f.Name(), err)
	}
	if err := s.f.Close(); err != nil {
		return fmt.Errorf("close %s: %w", s.f.Name(), err)
	}
	return nil
}

func (s *deviceSink) Abort() {
	_ = s.w.Flush()
	_ = s.f.Close()
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

// outputMode is the mode of new output files before the umask; temporary
// files are created private (0600) and opened up only when renamed into
// place. A file that is replaced keeps its own mode.
const outputMode = 0o644

// newFileMode is the mode a new output file gets: outputMode under the
// process's umask, as a file the shell creates would get.
func newFileMode() os.FileMode { return outputMode &^ processUmask() }

// fileSink writes to a temporary file beside the target and renames it
// into place on Commit.
type fileSink struct {
	path string
	mode os.FileMode
	f    *os.File
	w    *bufio.Writer
}

func newFileSink(path string, mode os.FileMode) (*fileSink, error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return nil, fmt.Errorf("create output: %w", err)
	}
	return &fileSink{path: path, mode: mode, f: f, w: bufio.NewWriterSize(f, 256<<10)}, nil
}

func (s *fileSink) Write(r pipeline.Result) error { return pipeline.Emit(s.w, r.Records) }

func (s *fileSink) Commit() error {
	return commitTemp(s.f, s.w.Flush, s.path, s.path, s.mode)
}

// commitTemp makes the temporary file f final as dst: write puts the last
// of its content into f, then f is synced to disk, opened up to mode,
// closed and renamed to dst. On a failure it removes the temporary file and
// returns the error of the failed step, naming the file as name.
func commitTemp(f *os.File, write func() error, dst, name string, mode os.FileMode) error {
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
	if err := f.Chmod(mode); err != nil {
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
