package numeric

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/policyx/policyx/dict"
	"github.com/policyx/policyx/pipeline"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

// builtin loads the embedded dictionaries once per test binary.
var builtin = sync.OnceValues(dict.Builtin)

func newExtractor(t testing.TB, opts Options) *Extractor {
	t.Helper()
	set, err := builtin()
	require.NoError(t, err)
	x, err := New(set, opts)
	require.NoError(t, err)
	return x
}

// extract runs x over text with an identity normalization.
func extract(t testing.TB, x *Extractor, text string, date time.Time) []*pipeline.Numeric {
	t.Helper()
	doc := &pipeline.Document{ID: "t", Text: text, Date: date}
	doc.Norm = pipeline.Identity(text)
	recs, err := x.Extract(doc)
	require.NoError(t, err)
	out := make([]*pipeline.Numeric, len(recs))
	for i, r := range recs {
		out[i] = r.(*pipeline.Numeric)
	}
	return out
}

// article reads a committed article from the repository's testdata.
func article(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "articles", name))
	require.NoError(t, err)
	return string(b)
}

// joinBroken repairs the paragraph breaks of a PDF copy (产值增\n\n长) the
// way the normalize stage does, for tests that run without it.
func joinBroken(text string) string {
	return strings.ReplaceAll(text, "增\n\n长", "增长")
}
