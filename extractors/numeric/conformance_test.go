package numeric

import (
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/policyx/policyx/internal/shared"
)

// knownDifferences reads testdata/known_differences.tsv: rows of the shared
// conformance files that policyx reads differently on purpose, keyed by
// file, source and input.
func knownDifferences(t *testing.T) map[string]string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "known_differences.tsv"))
	require.NoError(t, err)
	out := map[string]string{}
	for i, line := range strings.Split(string(b), "\n") {
		if i == 0 || line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		require.Len(t, f, 4, "known_differences.tsv line %d", i+1)
		out[f[0]+"\t"+f[1]+"\t"+f[2]] = f[3]
	}
	return out
}

// readTSV splits a conformance file into rows of fields (no quoting, no
// trimming, as its README says), without the header.
func readTSV(t *testing.T, path string) [][]string {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	var rows [][]string
	for i, line := range strings.Split(string(b), "\n") {
		if i == 0 || line == "" {
			continue
		}
		rows = append(rows, strings.Split(line, "\t"))
	}
	return rows
}

// TestConformanceMoney runs every row of money.tsv through Money. Rows
// listed in known_differences.tsv must fail (so the list stays honest);
// every other row must pass.
func TestConformanceMoney(t *testing.T) {
	dir := shared.Conformance(t)
	x := newExtractor(t, Options{})
	known := knownDifferences(t)
	rows := readTSV(t, filepath.Join(dir, "money.tsv"))
	pass := 0
	for _, row := range rows {
		require.GreaterOrEqual(t, len(row), 4)
		source, input, amount, currency := row[0], row[1], row[2], row[3]
		want, err := strconv.ParseFloat(amount, 64)
		require.NoError(t, err)
		switch currency {
		case "Dollar":
			currency = "CNY" // 元, 块 in a mainland text
		case "Cent":
			currency, want = "CNY", want/100
		}
		got, cur, ok := x.Money(input)
		same := ok && cur == currency && math.Abs(got-want) <= 1e-9*math.Max(1, math.Abs(want))
		if same {
			pass++
		}
		key := "money.tsv\t" + source + "\t" + input
		if reason, listed := known[key]; listed {
			assert.False(t, same, "%s %q is listed as a known difference (%s) but now passes: remove it from the list", source, input, reason)
			continue
		}
		assert.True(t, same, "%s %q: got %v %s (ok=%v), want %v %s", source, input, got, cur, ok, want, currency)
	}
	t.Logf("money.tsv: %d of %d rows pass (%.1f%%)", pass, len(rows), 100*float64(pass)/float64(len(rows)))
}
