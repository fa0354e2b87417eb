package numeral

import (
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/policyx/policyx/internal/shared"
	"github.com/stretchr/testify/require"
)

// row is one line of a conformance table: the columns as written.
type row struct {
	line   int
	fields []string
}

// readTSV splits a conformance table on "\n" and "\t" without trimming
// (fields may hold significant spaces) and checks the header.
func readTSV(t *testing.T, path string, header []string) []row {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	lines := strings.Split(string(b), "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	require.NotEmpty(t, lines, "%s: empty", path)
	require.Equal(t, header, strings.Split(lines[0], "\t"), "%s: header", path)
	rows := make([]row, 0, len(lines)-1)
	for i, l := range lines[1:] {
		f := strings.Split(l, "\t")
		require.Len(t, f, len(header), "%s:%d: %q", path, i+2, l)
		rows = append(rows, row{line: i + 2, fields: f})
	}
	return rows
}

// knownKey names one conformance row.
type knownKey struct{ file, source, input string }

// readKnown reads testdata/known_differences.tsv: the rows on which this
// package deliberately differs from the peer, each with its reason.
func readKnown(t *testing.T) map[knownKey]string {
	t.Helper()
	rows := readTSV(t, filepath.Join("testdata", "known_differences.tsv"), []string{"file", "source", "input", "reason"})
	known := make(map[knownKey]string, len(rows))
	for _, r := range rows {
		k := knownKey{r.fields[0], r.fields[1], r.fields[2]}
		require.NotContains(t, known, k, "known_differences.tsv:%d: duplicate", r.line)
		require.NotEmpty(t, strings.TrimSpace(r.fields[3]), "known_differences.tsv:%d: no reason", r.line)
		known[k] = r.fields[3]
	}
	return known
}

// sameValue compares got with the decimal string want exactly, or within a
// relative 1e-12 when the peer rounded its value.
func sameValue(got *big.Rat, want string, rounded bool) error {
	w, ok := new(big.Rat).SetString(want)
	if !ok {
		return fmt.Errorf("bad expected value %q", want)
	}
	if got.Cmp(w) == 0 {
		return nil
	}
	if rounded {
		diff := new(big.Rat).Sub(got, w)
		tol := new(big.Rat).Mul(new(big.Rat).Abs(w), big.NewRat(1, 1e12))
		if diff.Abs(diff).Cmp(tol) <= 0 {
			return nil
		}
	}
	return fmt.Errorf("got %s, want %s", got.FloatString(15), want)
}

func hasTag(tags, tag string) bool { return slices.Contains(strings.Split(tags, ","), tag) }

// TestConformance checks the parser against the tables taken from other
// projects' test suites. Every row passes or is listed, with a reason, in
// testdata/known_differences.tsv; a listed row that passes fails the test,
// so the list stays honest.
func TestConformance(t *testing.T) {
	dir := shared.Conformance(t)
	known := readKnown(t)
	used := make(map[knownKey]bool)

	files := []struct {
		name   string
		header []string
		check  func(input, want, tags string) error
	}{
		{
			name:   "numbers.tsv",
			header: []string{"source", "input", "expected_value", "tags"},
			check: func(input, want, tags string) error {
				v, err := Parse(input)
				if err != nil {
					return err
				}
				return sameValue(v, want, hasTag(tags, "peer-rounded"))
			},
		},
		{
			name:   "percents.tsv",
			header: []string{"source", "input", "expected_percent", "tags"},
			check: func(input, want, tags string) error {
				parse := ParsePercent
				if hasTag(tags, "pp") {
					parse = ParsePoints // 个百分点: policyx's unit is pp, not %
				}
				v, err := parse(input)
				if err != nil {
					return err
				}
				return sameValue(v, want, hasTag(tags, "peer-rounded"))
			},
		},
		{
			name:   "negatives.tsv",
			header: []string{"source", "input", "expected", "tags"},
			check: func(input, _, _ string) error {
				if v, err := Parse(input); err == nil {
					return fmt.Errorf("accepted as %s, want an error", v.RatString())
				}
				return nil
			},
		},
	}
	for _, f := range files {
		t.Run(f.name, func(t *testing.T) {
			rows := readTSV(t, filepath.Join(dir, f.name), f.header)
			pass, listed := 0, 0
			for _, r := range rows {
				source, input, want, tags := r.fields[0], r.fields[1], r.fields[2], r.fields[3]
				k := knownKey{f.name, source, input}
				_, isKnown := known[k]
				used[k] = used[k] || isKnown
				err := f.check(input, want, tags)
				switch {
				case err == nil && !isKnown:
					pass++
				case err == nil:
					t.Errorf("%s:%d %s %q now passes: remove it from known_differences.tsv", f.name, r.line, source, input)
				case isKnown:
					listed++
				default:
					t.Errorf("%s:%d %s %q: %v", f.name, r.line, source, input, err)
				}
			}
			t.Logf("%s: %d/%d pass, %d known differences", f.name, pass, len(rows), listed)
		})
	}
	for k := range known {
		if !used[k] {
			t.Errorf("known_differences.tsv lists %v, which matches no row", k)
		}
	}
}
