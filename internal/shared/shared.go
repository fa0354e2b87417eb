// Package shared locates the read-only reference data that lives beside the
// repository rather than in it: the conformance tables taken from other
// projects' test suites and the government work-report corpus. That data is
// never committed; tests and benchmarks that need it call Dir and skip with a
// clear message when it is absent.
package shared

import (
	"os"
	"path/filepath"
	"testing"
)

// Environment variables that name the data directories explicitly.
const (
	ConformanceEnv = "POLICYX_CONFORMANCE" // directory holding numbers.tsv, percents.tsv, …
	CorpusEnv      = "POLICYX_CORPUS"      // directory holding gwr-1954-2025.jsonl, …
)

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
