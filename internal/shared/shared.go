// Package shared locates the read-only reference data that lives beside the
// repository rather than in it: the conformance tables taken from other
// projects' test suites and the government work-report corpus. That data is
// never committed; tests and benchmarks that need it call Dir and skip with a
// clear message when it is absent.
package shared

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
)

// Environment variables that name the data directories explicitly.
const (
	ConformanceEnv = "POLICYX_CONFORMANCE" // directory holding numbers.tsv, percents.tsv, …
	CorpusEnv      = "POLICYX_CORPUS"      // directory holding gwr-1954-2025.jsonl, …
)

// ReportsFile is the name of the government work-report corpus in the
// corpus directory: JSON Lines with the fields title, year and content.
const ReportsFile = "gwr-1954-2025.jsonl"

// Find returns the directory named by the environment variable env, or else
// the directory sub of a "shared" directory beside the module root (the root
// is the nearest parent of the working directory holding go.mod). ok is false
// when neither exists.
func Find(env, sub string) (dir string, ok bool) {
	if d := os.Getenv(env); d != "" {
		if fi, err := os.Stat(d); err == nil && fi.IsDir() {
			return d, true
		}
		return d, false
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			cand := filepath.Join(d, "..", "shared", sub)
			if fi, err := os.Stat(cand); err == nil && fi.IsDir() {
				return cand, true
			}
			return cand, false
		}
		if filepath.Dir(d) == d {
			return "", false
		}
	}
}

// Conformance returns the conformance data directory, or skips t with a
// message saying how to provide it.
func Conformance(t testing.TB) string {
	t.Helper()
	return dirOrSkip(t, ConformanceEnv, "conformance")
}

// Corpus returns the shared corpus directory, or skips t with a message
// saying how to provide it.
func Corpus(t testing.TB) string {
	t.Helper()
	return dirOrSkip(t, CorpusEnv, "corpus")
}

func dirOrSkip(t testing.TB, env, sub string) string {
	t.Helper()
	d, ok := Find(env, sub)
	if !ok {
		t.Skipf("reference data %q not found (looked at %q); set %s to its directory to run this test", sub, d, env)
	}
	return d
}

// A Report is one line of the work-report corpus: a government work report
// or a congress's resolution on one.
type Report struct {
	Line  int    // line number in the corpus file, from 1
	Title string // the title field
	Year  int    // the year field; 0 when it is null, as for the resolutions
	Text  string // the content field
}

// Reports returns every line of the work-report corpus in file order, or
// skips t as Corpus does when the corpus directory is absent; it fails t
// when the file cannot be read. The file is read once per test binary and
// the slice is shared: callers must not modify it. Reports is safe for
// concurrent use.
func Reports(t testing.TB) []Report {
	t.Helper()
	dir := Corpus(t)
	rs, err := reports(filepath.Join(dir, ReportsFile))
	if err != nil {
		t.Fatalf("shared: %v", err)
	}
	return rs
}

// reports reads a corpus file once per path.
func reports(file string) ([]Report, error) {
	v, _ := loaded.LoadOrStore(file, sync.OnceValues(func() ([]Report, error) { return readReports(file) }))
	return v.(func() ([]Report, error))()
}

// loaded maps a corpus file to the function that reads it once.
var loaded sync.Map

// readReports parses the JSON Lines corpus file.
func readReports(file string) ([]Report, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Report
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for n := 1; sc.Scan(); n++ {
		var r struct {
			Title   string  `json:"title"`
			Year    *string `json:"year"`
			Content string  `json:"content"`
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", file, n, err)
		}
		rep := Report{Line: n, Title: r.Title, Text: r.Content}
		if r.Year != nil {
			y, err := strconv.Atoi(*r.Year)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: year: %w", file, n, err)
			}
			rep.Year = y
		}
		out = append(out, rep)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	return out, nil
}
