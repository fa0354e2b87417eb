package enumeration

import (
	"bytes"
	"flag"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/policyx/policyx/dict"
	"github.com/policyx/policyx/internal/golden"
	"github.com/policyx/policyx/pipeline"
	"github.com/policyx/policyx/pipeline/normalize"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

// builtinSet loads the built-in dictionaries once per test binary.
var builtinSet = sync.OnceValues(dict.Builtin)

// newExtractor builds an Extractor from the built-in dictionaries.
func newExtractor(t testing.TB) *Extractor {
	t.Helper()
	set, err := builtinSet()
	require.NoError(t, err)
	x, err := New(set)
	require.NoError(t, err)
	return x
}

// newDoc returns a document whose normalized view is its text.
func newDoc(id, text string) *pipeline.Document {
	doc := &pipeline.Document{ID: id, Text: text}
	doc.Norm = pipeline.Identity(text)
	return doc
}

// extractChecked runs x over doc, checks the spans of its records and the
// finished output against doc.Text, and returns both.
func extractChecked(t testing.TB, x *Extractor, doc *pipeline.Document) (recs, out []pipeline.Record) {
	t.Helper()
	recs, err := x.Extract(doc)
	require.NoError(t, err)
	checkSpans(t, doc, recs)
	out, err = pipeline.Finalize(doc, recs, pipeline.Versions{})
	require.NoError(t, err)
	checkOutput(t, doc.Text, out)
	return recs, out
}

// extractJSONL normalizes text with the real normalizer, runs the
// extractor over it and returns the finished
// records as JSON Lines, checking the record invariants on the way.
func extractJSONL(t *testing.T, x *Extractor, id, text string) []byte {
	t.Helper()
	doc := &pipeline.Document{ID: id, Text: text}
	require.NoError(t, normalize.New().Normalize(doc))
	_, out := extractChecked(t, x, doc)
	var buf bytes.Buffer
	require.NoError(t, pipeline.Emit(&buf, out))
	return buf.Bytes()
}

// checkSpans checks that every span is inside Norm.Text, on rune
// boundaries, and that items are ordered, disjoint and inside their list.
func checkSpans(t testing.TB, doc *pipeline.Document, recs []pipeline.Record) {
	t.Helper()
	n := doc.Norm.Text
	inText := func(s pipeline.Span) bool {
		return 0 <= s.Start && s.Start <= s.End && s.End <= len(n) &&
			(s.Start == len(n) || utf8.RuneStart(n[s.Start])) && (s.End == len(n) || utf8.RuneStart(n[s.End]))
	}
	for _, r := range recs {
		e, ok := r.(*pipeline.Enumeration)
		if !ok {
			t.Errorf("record %T, want *pipeline.Enumeration", r)
			continue
		}
		if !inText(e.Span) {
			t.Errorf("list span %v outside the %d-byte text or off a rune boundary", e.Span, len(n))
			continue
		}
		if len(e.Items) < 2 {
			t.Errorf("list at %v has %d items", e.Span, len(e.Items))
		}
		prev := e.Span.Start
		for i, it := range e.Items {
			if !inText(it.Span) || !e.Span.Contains(it.Span) || it.Span.Start < prev || it.Span.Len() == 0 {
				t.Errorf("list at %v: item %d span %v out of order, empty or outside the list", e.Span, i, it.Span)
			}
			prev = it.Span.End
			if i > 0 && (it.Ordinal <= e.Items[i-1].Ordinal || it.Ordinal > e.Items[i-1].Ordinal+2 || it.Ordinal == e.Items[i-1].Ordinal+2 && e.Complete) {
				t.Errorf("list at %v: ordinal %d after %d (complete %v)", e.Span, it.Ordinal, e.Items[i-1].Ordinal, e.Complete)
			}
		}
	}
}

// checkOutput checks the contract's invariant: every record's and item's
// text is the original text between its code-point offsets.
func checkOutput(t testing.TB, text string, out []pipeline.Record) {
	t.Helper()
	runes := []rune(text)
	slice := func(a, b int) string {
		if a < 0 || b > len(runes) || a > b {
			return "<out of range>"
		}
		return string(runes[a:b])
	}
	ids := map[string]bool{}
	for _, r := range out {
		h := pipeline.Head(r)
		assert.False(t, ids[h.ID], "duplicate id %s", h.ID)
		ids[h.ID] = true
		e, ok := r.(*pipeline.Enumeration)
		if !ok {
			continue
		}
		assert.Equal(t, slice(h.Start, h.End), h.Text, "record %s text", h.ID)
		for _, it := range e.Items {
			assert.Equal(t, slice(it.Start, it.End), it.Text, "record %s item %s text", h.ID, it.Marker)
		}
		if e.Parent != nil {
			assert.True(t, ids[e.Parent.List], "record %s: parent %q is no earlier record", h.ID, e.Parent.List)
		}
	}
}

func TestGolden(t *testing.T) {
	x := newExtractor(t)
	files, err := filepath.Glob(filepath.Join("testdata", "*.txtar"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".txtar")
		t.Run(name, func(t *testing.T) {
			a := golden.Read(t, file)
			input, ok := a.File("input.txt")
			require.True(t, ok, "%s has no input.txt", file)
			a.Check(t, file, extractJSONL(t, x, name, input), *update)
		})
	}
}
