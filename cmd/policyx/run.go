package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/policyx/policyx/pipeline"
)

// Exit statuses.
const (
	exitOK      = 0 // every document succeeded (check: no difference)
	exitDiffers = 1 // check: the output differs from the golden file
	exitUsage   = 2 // bad flags or arguments
	exitPartial = 3 // some documents failed; their error records are in the output
	exitFatal   = 4 // the run itself failed: unreadable dictionary, unwritable output, interrupted
)

const usageText = `policyx turns Chinese policy text into normalized JSON Lines: numeric
targets and reported figures, named initiatives, enumerated actions and the
document's structure (schema v1; see "policyx schema").

Usage:
  policyx extract [flags] PATH...       extract records; PATH is a file, a directory
                                        (walked in sorted order), a glob, or - for stdin
  policyx check [flags] GOLDEN PATH...  re-extract PATH... and compare with GOLDEN.jsonl;
                                        exit 1 and print a per-field diff on any change
  policyx schema                        print the record contract as JSON Schema (2020-12)
  policyx version                       print policyx, schema and dictionary versions
  policyx help [COMMAND]                show help

Exit status: 0 success; 1 check found differences; 2 usage error;
3 some documents failed (their error records are in the output); 4 the run failed.

Examples:
  policyx extract testdata/articles/hightech-zones-2022.txt
  policyx extract -o out.jsonl --jobs 2 reports/
  policyx extract --input-format jsonl --text-field content - < export.jsonl
  policyx check testdata/articles/hightech-zones-2022.jsonl testdata/articles/hightech-zones-2022.txt
`

// run is the whole command; main only wires the process to it.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a := &app{build: buildPipeline}
	return a.run(ctx, args, stdin, stdout, stderr)
}

// app is the command with its one dependency that tests replace: the
// function that builds the pipeline (loading dictionaries is a start-up
// cost that a test binary pays once).
type app struct {
	build func(*config) (*pipeline.Pipeline, error)
}

func (a *app) run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usageText)
		return exitUsage
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "extract":
		return a.runExtract(ctx, rest, stdin, stdout, stderr)
	case "check":
		return a.runCheck(ctx, rest, stdin, stdout, stderr)
	case "schema":
		if len(rest) > 0 && isHelp(rest[0]) {
			fmt.Fprintln(stdout, "usage: policyx schema\n\nPrints the JSON Schema (draft 2020-12) that every output record satisfies.")
			return exitOK
		}
		if len(rest) > 0 {
			fmt.Fprintf(stderr, "policyx schema: unexpected argument %q (see policyx schema -h)\n", rest[0])
			return exitUsage
		}
		_, err := stdout.Write(pipeline.Schema())
		if err != nil {
			return exitFatal
		}
		return exitOK
	case "version", "-version", "--version":
		return a.runVersion(rest, stdout, stderr)
	case "help", "-h", "-help", "--help":
		if len(rest) > 0 && rest[0] != "help" {
			return a.run(ctx, []string{rest[0], "-h"}, stdin, stdout, stderr)
		}
		fmt.Fprint(stdout, usageText)
		return exitOK
	default:
		fmt.Fprintf(stderr, "policyx: unknown command %q\n\n%s", cmd, usageText)
		return exitUsage
	}
}

func isHelp(s string) bool {
	s = strings.TrimLeft(s, "-")
	return s == "h" || s == "help"
}
