package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/policyx/policyx/corpus"
	"github.com/policyx/policyx/extractors"
	"github.com/policyx/policyx/pipeline"
)

// config holds the flags shared by extract and check.
type config struct {
	format     string
	encoding   string
	textField  string
	idField    string
	maxBytes   int64
	jobs       int
	dicts      stringList
	extractors string
	refDate    string
	shard      string
	docTimeout time.Duration
	progress   string

	shardIndex, shardCount int
	reference              time.Time
	skip                   func(fs.FileInfo) bool // the run's own output, left out of directory walks
	command                string                 // extract or check, for messages
	found                  atomic.Int64           // documents read, before the shard is kept
}

type stringList []string

func (l *stringList) String() string     { return strings.Join(*l, ",") }
func (l *stringList) Set(v string) error { *l = append(*l, v); return nil }

// register adds the shared flags to fs.
func (c *config) register(fs *flag.FlagSet) {
	fs.StringVar(&c.format, "input-format", "auto", "input format: auto, text, jsonl or html (auto: .jsonl/.ndjson are JSONL, .html/.htm and any file that opens as an HTML page HTML, the rest text; stdin is guessed from its first bytes)")
	fs.StringVar(&c.encoding, "encoding", "", "force the input encoding (utf-8, gb18030, gbk, utf-16le, utf-16be, big5); default: detect")
	fs.StringVar(&c.textField, "text-field", "", `JSONL field holding the text (default "text", falling back to "content")`)
	fs.StringVar(&c.idField, "id-field", "", `JSONL field holding the document id (default "id"; missing ids become PATH:LINE)`)
	fs.Int64Var(&c.maxBytes, "max-bytes", 64<<20, "refuse documents larger than this many bytes with an error record")
	fs.IntVar(&c.jobs, "jobs", runtime.GOMAXPROCS(0), "documents processed in parallel; the default is the number of cores")
	fs.Var(&c.dicts, "dict", "user segmentation dictionary FILE (word [freq [pos]] per line); repeatable")
	fs.StringVar(&c.extractors, "extractors", "", "comma-separated extractors to run (default: all: numeric,initiative,enumeration)")
	fs.StringVar(&c.refDate, "reference-date", "", "date YYYY-MM-DD that resolves 今年/明年 when a document gives none (default: unresolved)")
	fs.StringVar(&c.shard, "shard", "", "process only shard I/N of the documents, by a stable hash of the document id (FNV-1a 64 mod N)")
	fs.DurationVar(&c.docTimeout, "doc-timeout", time.Minute, "turn a document that takes longer than this into an error record (0: no limit)")
	fs.StringVar(&c.progress, "progress", "auto", "progress bar on stderr: auto (when stderr is a terminal), always or never")
}

// describe returns what decides the content of an output directory's
// parts: versions, inputs and every option that changes records.
func (c *config) describe(v pipeline.Versions, inputs []string, partSize int) runDescription {
	return runDescription{
		Policyx:  v.Policyx,
		Schema:   v.Schema,
		Dict:     v.Dict,
		Inputs:   inputs,
		PartSize: partSize,
		Options: []string{
			"input-format=" + c.format, "encoding=" + c.encoding, "text-field=" + c.textField,
			"id-field=" + c.idField, "max-bytes=" + strconv.FormatInt(c.maxBytes, 10),
			"dict=" + c.dicts.String(), "extractors=" + c.extractors, "reference-date=" + c.refDate,
		},
		ShardSpec: c.shard,
	}
}

// validate checks the flag values and fills the derived fields.
func (c *config) validate() error {
	switch c.format {
	case "auto", "text", "jsonl", "html":
	default:
		return fmt.Errorf("--input-format %q: want auto, text, jsonl or html", c.format)
	}
	if c.jobs < 1 {
		return fmt.Errorf("--jobs %d: want at least 1", c.jobs)
	}
	if c.maxBytes < 1 {
		return fmt.Errorf("--max-bytes %d: want a positive size", c.maxBytes)
	}
	switch c.progress {
	case "auto", "always", "never":
	default:
		return fmt.Errorf("--progress %q: want auto, always or never", c.progress)
	}
	if c.extractors != "" {
		known, seen := extractors.Builtin(), map[string]bool{}
		for _, name := range strings.Split(c.extractors, ",") {
			if !slices.Contains(known, name) || seen[name] {
				return fmt.Errorf("--extractors %q: want names among %s, each once", c.extractors, strings.Join(known, ","))
			}
			seen[name] = true
		}
	}
	if err := (corpus.Options{Encoding: c.encoding}).Validate(); err != nil {
		return fmt.Errorf("--encoding %q: want utf-8, gb18030, gbk, utf-16le, utf-16be or big5", c.encoding)
	}
	if c.docTimeout < 0 {
		return fmt.Errorf("--doc-timeout %v: want 0 (no limit) or a positive duration", c.docTimeout)
	}
	for _, d := range c.dicts {
		if _, err := os.Stat(d); err != nil {
			return fmt.Errorf("--dict: %w", err)
		}
	}
	if c.refDate != "" {
		t, err := time.Parse("2006-01-02", c.refDate)
		if err != nil {
			return fmt.Errorf("--reference-date %q: want YYYY-MM-DD", c.refDate)
		}
		c.reference = t
	}
	c.shardIndex, c.shardCount = 0, 1
	if c.shard != "" {
		i, n, ok := strings.Cut(c.shard, "/")
		ii, err1 := strconv.Atoi(i)
		nn, err2 := strconv.Atoi(n)
		if !ok || err1 != nil || err2 != nil || nn < 1 || ii < 0 || ii >= nn {
			return fmt.Errorf("--shard %q: want I/N with 0 <= I < N", c.shard)
		}
		c.shardIndex, c.shardCount = ii, nn
	}
	return nil
}

// inShard reports whether the document id belongs to this run's shard. The
// hash is FNV-1a 64 of the id's UTF-8 bytes, modulo N: stable across runs,
// machines and versions, so N processes split any corpus without talking.
func (c *config) inShard(id string) bool {
	if c.shardCount <= 1 {
		return true
	}
	return shardOf(id, c.shardCount) == c.shardIndex
}

func shardOf(id string, n int) int { return int(idHash(id) % uint64(n)) }

// commandFlags returns the flag set of subcommand name with the shared
// flags registered into cfg; -h prints help, then the flags.
func commandFlags(name, help string, cfg *config, stderr io.Writer) *flag.FlagSet {
	cfg.command = name
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfg.register(fs)
	fs.Usage = func() { fmt.Fprint(fs.Output(), help); fs.PrintDefaults() }
	return fs
}

// parseFlags parses args into fs and validates cfg, and returns the
// arguments that are no flags. Flags may come before, between or after
// them (policyx extract in.txt -o out.jsonl); after -- every argument is a
// path, and - alone is stdin. done is true when the command must exit now
// with code: help was asked for (it is printed in full on stdout) or the
// flags were wrong (the reason and a hint are on stderr).
func parseFlags(fs *flag.FlagSet, cfg *config, args []string, stdout, stderr io.Writer) (paths []string, code int, done bool) {
	full := fs.Usage
	fs.Usage = func() {} // Parse prints a wrong flag's reason; the rest is said below
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fs.SetOutput(stdout) // asked-for help goes to stdout, in full
				full()
				return nil, exitOK, true
			}
			fmt.Fprintf(stderr, "see 'policyx %s -h' for the flags\n", fs.Name())
			return nil, exitUsage, true
		}
		rest := fs.Args()
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" {
			paths = append(paths, rest...) // after --, paths only
			break
		}
		if len(rest) == 0 {
			break
		}
		paths, args = append(paths, rest[0]), rest[1:]
	}
	if err := cfg.validate(); err != nil {
		fmt.Fprintf(stderr, "policyx %s: %v\n", fs.Name(), err)
		return nil, exitUsage, true
	}
	return paths, exitOK, false
}
