package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/policyx/policyx/pipeline"
)

const checkHelp = `usage: policyx check [flags] GOLDEN.jsonl PATH...

Extracts PATH... exactly as "policyx extract" would and compares the output
with GOLDEN.jsonl. Records are matched by id; each changed record is listed
with the fields that changed. Exit status 0 when they are the same, 1 when
they differ, 2 for usage errors. With -update the golden file is rewritten
with the new output instead (review the change before committing it),
unless a document failed: then it is left as it was and the status is 3.

Flags:
`

// runCheck implements "policyx check".
func (a *app) runCheck(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var cfg config
	fs := commandFlags("check", checkHelp, &cfg, stderr)
	update := fs.Bool("update", false, "rewrite GOLDEN with the new output instead of comparing")
	paths, code, done := parseFlags(fs, &cfg, args, stdout, stderr)
	if done {
		return code
	}
	if len(paths) < 2 {
		fmt.Fprintln(stderr, "policyx check: want GOLDEN.jsonl and at least one PATH (see policyx check -h)")
		return exitUsage
	}
	golden := paths[0]
	want, err := os.ReadFile(golden)
	if err != nil && !(*update && errors.Is(err, os.ErrNotExist)) {
		fmt.Fprintf(stderr, "policyx check: %v\n", err)
		return exitUsage
	}
	p, err := a.build(&cfg)
	if err != nil {
		fmt.Fprintf(stderr, "policyx check: %v\n", err)
		return exitFatal
	}
	// the golden file is no input, even in a directory given (a.jsonl
	// beside a.txt), and an input is no golden file to rewrite
	guard, code, ok := guardOutput(&cfg, golden, paths[1:], stderr)
	if !ok {
		return code
	}
	var got bytes.Buffer
	s := &streamSink{w: bufio.NewWriter(&got)}
	stats, err := extract(ctx, p, &cfg, openDocs(&cfg, paths[1:], stdin), s, stderr)
	if err == nil && *update {
		err = guard.conflict()
	}
	if err != nil {
		fmt.Fprintf(stderr, "policyx check: %v\n", err)
		return exitFatal
	}
	reportRepeats(stderr, "check", stats)
	if err := s.Commit(); err != nil {
		fmt.Fprintf(stderr, "policyx check: %v\n", err)
		return exitFatal
	}
	if *update {
		if stats.failed > 0 {
			// a golden file of error records would pass every later check
			// of the same broken inputs
			fmt.Fprintf(stderr, "policyx check: %d of %d documents failed; %s was not rewritten\n", stats.failed, stats.docs, golden)
			return exitPartial
		}
		if bytes.Equal(want, got.Bytes()) {
			return exitOK
		}
		target, mode, special, err := resolveOutput(golden)
		if err == nil && special {
			err = fmt.Errorf("golden file %s is no regular file", golden)
		}
		var fsink *fileSink
		if err == nil {
			fsink, err = newFileSink(target, mode)
		}
		if err == nil {
			_, err = fsink.w.Write(got.Bytes())
			if err == nil {
				err = fsink.Commit()
			} else {
				fsink.Abort()
			}
		}
		if err != nil {
			fmt.Fprintf(stderr, "policyx check: %v\n", err)
			return exitFatal
		}
		fmt.Fprintf(stderr, "policyx check: rewrote %s\n", golden)
		return exitOK
	}
	if d := pipeline.DiffJSONL(want, got.Bytes()); d != "" {
		fmt.Fprintf(stdout, "policyx check: output differs from %s:\n%s", golden, d)
		return exitDiffers
	}
	return exitOK
}
