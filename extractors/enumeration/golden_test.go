package enumeration

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/policyx/policyx/dict"
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

// archive is a txtar archive: a comment, then named files.
type archive struct {
	comment string
	files   []archiveFile
}

type archiveFile struct {
	name string
	data string
}

// parseArchive reads the txtar format: "-- name --" lines start files.
func parseArchive(data string) archive {
	var a archive
	cur := -1
	var b strings.Builder
	flush := func() {
		if cur < 0 {
			a.comment = b.String()
		} else {
			a.files[cur].data = b.String()
		}
		b.Reset()
	}
	for line := range strings.SplitAfterSeq(data, "\n") {
		trimmed := strings.TrimRight(line, "\r\n")
		if strings.HasPrefix(trimmed, "-- ") && strings.HasSuffix(trimmed, " --") && len(trimmed) > 6 {
			flush()
			a.files = append(a.files, archiveFile{name: strings.TrimSpace(trimmed[3 : len(trimmed)-3])})
			cur = len(a.files) - 1
			continue
		}
		b.WriteString(line)
	}
	flush()
	return a
}

func (a archive) format() []byte {
	var b bytes.Buffer
	b.WriteString(a.comment)
	for _, f := range a.files {
		b.WriteString("-- " + f.name + " --\n")
		b.WriteString(f.data)
	}
	return b.Bytes()
}

func (a archive) file(name string) (string, bool) {
	for _, f := range a.files {
		if f.name == name {
			return f.data, true
		}
	}
	return "", false
}

// extractJSONL normalizes text with the real normalizer, runs the
// extractor over it and returns the finished
// records as JSON Lines, checking the record invariants on the way.
func extractJSONL(t *testing.T, x *Extractor, id, text string) []byte {
	t.Helper()
	doc := &pipeline.Document{ID: id, Text: text}
	require.NoError(t, normalize.New().Normalize(doc))
	recs, err := x.Extract(doc)
	require.NoError(t, err)
	checkSpans(t, doc, recs)
	out, err := pipeline.Finalize(doc, recs, pipeline.Versions{})
	require.NoError(t, err)
	checkOutput(t, text, out)
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
			if i > 0 && it.Ordinal != e.Items[i-1].Ordinal+1 {
				t.Errorf("list at %v: ordinal %d after %d", e.Span, it.Ordinal, e.Items[i-1].Ordinal)
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
			raw, err := os.ReadFile(file)
			require.NoError(t, err)
			a := parseArchive(string(raw))
			input, ok := a.file("input.txt")
			require.True(t, ok, "%s has no input.txt", file)
			got := extractJSONL(t, x, name, input)
			if *update {
				for i := range a.files {
					if a.files[i].name == "want.jsonl" {
						a.files[i].data = string(got)
					}
				}
				out := a.format()
				if in, _ := a.file("input.txt"); in != input {
					t.Fatalf("rewriting %s would change input.txt", file)
				}
				require.NoError(t, os.WriteFile(file, out, 0o644))
				return
			}
			want, ok := a.file("want.jsonl")
			require.True(t, ok, "%s has no want.jsonl", file)
			if d := pipeline.DiffJSONL([]byte(want), got); d != "" {
				dir := t.ArtifactDir()
				_ = os.WriteFile(filepath.Join(dir, "got.jsonl"), got, 0o644)
				t.Errorf("%s: records differ from want.jsonl (got kept in %s):\n%s", file, dir, d)
			}
		})
	}
}
