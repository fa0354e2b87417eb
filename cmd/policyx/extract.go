package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"iter"
	"os"
	"strings"
	"sync/atomic"

	"github.com/policyx/policyx/corpus"
	"github.com/policyx/policyx/pipeline"
)

const extractHelp = `usage: policyx extract [flags] PATH...

Reads each PATH (a file, a directory walked in sorted order, a glob, or - for
stdin) and writes one JSON object per line: for each document its "document"
record, then its numeric, initiative and enumeration records sorted by
offset. A document that cannot be read or processed yields an "error" record
and the batch goes on; the exit status is then 3.

Output goes to stdout, flushed after each document (a streaming filter for
Spark rdd.pipe or Hadoop Streaming), or with -o FILE to a temporary file
renamed into place when the run completes, so an interrupted run never
leaves half a file.

Flags may come before or after the paths; after -- every argument is a
path. Flags are written -flag or --flag alike.

Flags:
`

// runExtract implements "policyx extract".
func (a *app) runExtract(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var cfg config
	fs := commandFlags("extract", extractHelp, &cfg, stderr)
	out := fs.String("o", "", "write to FILE (via a temporary file and rename) or to DIR/ (part files and a manifest; a rerun resumes) instead of stdout")
	partSize := fs.Int("part-size", 1000, "documents per part file with -o DIR/")
	paths, code, done := parseFlags(fs, &cfg, args, stdout, stderr)
	if done {
		return code
	}
	if len(paths) == 0 {
		fmt.Fprintln(stderr, "policyx extract: no input: give one or more PATHs, or - for stdin (see policyx extract -h)")
		return exitUsage
	}
	p, err := a.build(&cfg)
	if err != nil {
		fmt.Fprintf(stderr, "policyx extract: %v\n", err)
		return exitFatal
	}
	var sink sink
	var pd *partDir
	isDir := *out != "" && isDirOutput(*out)
	if isDir {
		if *partSize < 1 {
			fmt.Fprintf(stderr, "policyx extract: --part-size %d: want at least 1\n", *partSize)
			return exitUsage
		}
		if pd, err = openPartDir(*out, cfg.describe(p.Versions, paths, *partSize)); err != nil {
			fmt.Fprintf(stderr, "policyx extract: %v\n", err)
			return exitFatal
		}
		sink = pd
	}
	// after openPartDir, which makes the directory the walks must leave out
	guard, code, ok := guardOutput(&cfg, *out, paths, stderr)
	if !ok {
		if sink != nil {
			sink.Abort()
		}
		return code
	}
	if !isDir {
		if sink, err = openSink(*out, stdout); err != nil {
			fmt.Fprintf(stderr, "policyx extract: %v\n", err)
			return exitFatal
		}
	}
	docs := openDocs(&cfg, paths, stdin)
	if isDir {
		docs = pd.filter(docs)
	}
	stats, err := extract(ctx, p, &cfg, docs, sink, stderr)
	if err == nil {
		err = guard.conflict()
	}
	var changed error // the input no longer matches the parts of an earlier run
	if isDir {
		changed = pd.inputChanged()
	}
	if err == nil {
		err = changed
	}
	if err != nil {
		sink.Abort()
		fmt.Fprintf(stderr, "policyx extract: %v\n", err)
		switch {
		case isDir && changed == nil:
			fmt.Fprintf(stderr, "policyx extract: finished parts are kept in %s; run the same command again to resume\n", *out)
		case !isDir && *out != "":
			fmt.Fprintf(stderr, "policyx extract: %s was not written\n", *out)
		}
		return exitFatal
	}
	if err := sink.Commit(); err != nil {
		fmt.Fprintf(stderr, "policyx extract: %v\n", err)
		return exitFatal
	}
	switch found := cfg.found.Load(); {
	case stats.docs > 0:
	case found == 0:
		fmt.Fprintf(stderr, "policyx extract: no documents found in %s\n", strings.Join(paths, " "))
	case isDir:
		fmt.Fprintf(stderr, "policyx extract: nothing left to do: the %d documents found are in finished parts of %s\n", found, *out)
	default:
		fmt.Fprintf(stderr, "policyx extract: none of the %d documents found falls in shard %s\n", found, cfg.shard)
	}
	reportRepeats(stderr, "extract", stats)
	if stats.failed > 0 {
		fmt.Fprintf(stderr, "policyx extract: %d of %d documents failed; see their error records\n", stats.failed, stats.docs)
		for _, f := range stats.firstFailures {
			fmt.Fprintf(stderr, "  %s\n", f)
		}
		if stats.failed > len(stats.firstFailures) {
			fmt.Fprintf(stderr, "  and %d more\n", stats.failed-len(stats.firstFailures))
		}
		return exitPartial
	}
	return exitOK
}

// guardOutput refuses an output that is also an input named on its own
// (-o a.txt a.txt would replace the text with its records) and returns the
// guard that keeps the output out of directory walks and patterns. ok is
// false when the command must exit with code.
func guardOutput(cfg *config, out string, paths []string, stderr io.Writer) (g *outputGuard, code int, ok bool) {
	g = &outputGuard{name: out}
	if out == "" || out == "-" {
		return g, exitOK, true
	}
	ofi, err := os.Stat(out)
	if err != nil {
		return g, exitOK, true // nothing there yet: no input can be it
	}
	for _, p := range paths {
		if pfi, err := os.Stat(p); err == nil && os.SameFile(ofi, pfi) {
			fmt.Fprintf(stderr, "policyx %s: %s is also an input; write the output elsewhere\n", cfg.command, out)
			return nil, exitUsage, false
		}
	}
	// a directory is a part directory; a device or a pipe is never read
	// by a walk, and opening a pipe to look into it would block
	g.info, g.own = ofi, !ofi.Mode().IsRegular() || ownOutput(out)
	cfg.skip = g.skip
	return g, exitOK, true
}

// An outputGuard keeps the run's output out of its inputs. A walk or a
// pattern that meets the output leaves it out; when the output holds no
// records of policyx (a user's file that happens to be there), the run
// must not replace it either: conflict then says so.
type outputGuard struct {
	name string
	info fs.FileInfo // the output as it was at the start, nil when new
	own  bool        // it holds policyx's records, or is a part directory
	met  atomic.Bool // a walk or pattern met it though it is not own
}

// skip is the corpus's Skip: true for the output.
func (g *outputGuard) skip(fi fs.FileInfo) bool {
	if g.info == nil || !os.SameFile(g.info, fi) {
		return false
	}
	if !g.own {
		g.met.Store(true)
	}
	return true
}

// conflict returns an error when an input walk or pattern met the output
// and it is not the run's own: replacing it would lose an input.
func (g *outputGuard) conflict() error {
	if g == nil || !g.met.Load() {
		return nil
	}
	return fmt.Errorf("%s is also an input (in a directory or pattern given) and holds no records of policyx; it was left out and not replaced: write the output elsewhere", g.name)
}

// ownOutput reports whether the file at path is empty or opens with a
// policyx document record, as every output of a run does.
func ownOutput(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	line, err := bufio.NewReaderSize(f, 64<<10).ReadSlice('\n')
	if len(line) == 0 && errors.Is(err, io.EOF) {
		return true
	}
	var head struct{ Doc, Type string }
	return json.Unmarshal(line, &head) == nil && head.Type == pipeline.TypeDocument && head.Doc != ""
}

// maxListedFailures is how many failed documents the summary names.
const maxListedFailures = 3

// runStats counts what a run did.
type runStats struct {
	docs, failed  int
	bytes         int64
	firstFailures []string // "doc: message" of the first failed documents
	repeated      int      // documents whose id an earlier document had
	firstRepeats  []string // the first repeated ids, quoted, with their sources
}

// reportRepeats warns on stderr when documents repeat an earlier id: their
// records then share ids, and check cannot match them.
func reportRepeats(stderr io.Writer, cmd string, st runStats) {
	if st.repeated == 0 {
		return
	}
	what := "documents repeat"
	if st.repeated == 1 {
		what = "document repeats"
	}
	fmt.Fprintf(stderr, "policyx %s: %d %s an earlier document's id, so their records share ids: %s", cmd, st.repeated, what, strings.Join(st.firstRepeats, ", "))
	if st.repeated > len(st.firstRepeats) {
		fmt.Fprint(stderr, ", …")
	}
	fmt.Fprintln(stderr, "; give each document its own id (--id-field, or distinct paths)")
}

// openDocs reads the inputs and keeps only this run's shard.
func openDocs(cfg *config, paths []string, stdin io.Reader) iter.Seq2[*pipeline.Document, error] {
	all := corpus.Open(paths, corpus.Options{
		Format:    cfg.format,
		Encoding:  cfg.encoding,
		TextField: cfg.textField,
		IDField:   cfg.idField,
		MaxBytes:  cfg.maxBytes,
		Skip:      cfg.skip,
	}, stdin)
	return func(yield func(*pipeline.Document, error) bool) {
		for doc, err := range all {
			cfg.found.Add(1)
			if doc != nil && !cfg.inShard(doc.ID) {
				continue
			}
			if doc != nil && doc.Date.IsZero() && !cfg.reference.IsZero() {
				doc.Date = cfg.reference
			}
			if !yield(doc, err) {
				return
			}
		}
	}
}

// extract runs the pipeline over paths and writes every result to sink.
func extract(ctx context.Context, p *pipeline.Pipeline, cfg *config, docs iter.Seq2[*pipeline.Document, error], sink sink, stderr io.Writer) (runStats, error) {
	var st runStats
	bar := newProgress(stderr, cfg.progress)
	defer bar.finish()
	seen := map[uint64]struct{}{} // hashes of the ids met, 8 bytes a document
	err := p.Process(ctx, docs, cfg.jobs, func(r pipeline.Result) error {
		st.docs++
		h := idHash(r.Doc.ID)
		if _, repeated := seen[h]; repeated {
			st.repeated++
			if len(st.firstRepeats) < maxListedFailures {
				st.firstRepeats = append(st.firstRepeats, fmt.Sprintf("%q (%s)", r.Doc.ID, r.Doc.Source))
			}
		}
		seen[h] = struct{}{}
		st.bytes += int64(len(r.Doc.Text))
		if r.Failed {
			st.failed++
			if len(st.firstFailures) < maxListedFailures {
				st.firstFailures = append(st.firstFailures, failure(r))
			}
		}
		bar.update(st)
		return sink.Write(r)
	})
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return st, fmt.Errorf("interrupted after %d documents", st.docs)
		}
		return st, err
	}
	return st, nil
}

// idHash is the FNV-1a 64 hash of a document id.
func idHash(id string) uint64 {
	h := fnv.New64a()
	io.WriteString(h, id)
	return h.Sum64()
}

// failure describes a failed document's result: its id and the message of
// its error record.
func failure(r pipeline.Result) string {
	for _, rec := range r.Records {
		if e, ok := rec.(*pipeline.ErrorRecord); ok {
			return e.Doc + ": " + e.Message
		}
	}
	return r.Doc.ID
}
