package numeric

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/policyx/policyx/pipeline"
)

// archive is a txtar archive: a comment and named files, each introduced
// by a line "-- name --".
type archive struct {
	comment string
	names   []string
	files   map[string]string
}

func parseArchive(b []byte) archive {
	a := archive{files: map[string]string{}}
	cur := ""
	var buf strings.Builder
	flush := func() {
		if cur == "" {
			a.comment = buf.String()
		} else {
			a.files[cur] = buf.String()
			a.names = append(a.names, cur)
		}
		buf.Reset()
	}
	for _, line := range strings.SplitAfter(string(b), "\n") {
		t := strings.TrimRight(line, "\n")
		if strings.HasPrefix(t, "-- ") && strings.HasSuffix(t, " --") && len(t) > 6 {
			flush()
			cur = t[3 : len(t)-3]
			continue
		}
		buf.WriteString(line)
	}
	flush()
	return a
}

func (a archive) format() []byte {
	var b bytes.Buffer
	b.WriteString(a.comment)
	for _, n := range a.names {
		b.WriteString("-- " + n + " --\n")
		b.WriteString(a.files[n])
	}
	return b.Bytes()
}

// goldenOptions is the JSON first line of an archive's comment.
type goldenOptions struct {
	Date string `json:"date"` // the document's date, YYYY-MM-DD, optional
}

// TestGolden runs the real stages and the extractor over each
// testdata/*.txtar input.txt and compares pipeline.Finalize + pipeline.Emit output with want.jsonl. With
// -update it rewrites want.jsonl only.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txtar"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	x := newExtractor(t, Options{})
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			raw, err := os.ReadFile(file)
			require.NoError(t, err)
			a := parseArchive(raw)
			var opts goldenOptions
			first, _, _ := strings.Cut(a.comment, "\n")
			require.NoError(t, json.Unmarshal([]byte(first), &opts), "first comment line must be JSON options")
			input, ok := a.files["input.txt"]
			require.True(t, ok, "archive has no input.txt")
			var date time.Time
			if opts.Date != "" {
				date, err = time.Parse(time.DateOnly, opts.Date)
				require.NoError(t, err)
			}
			// Goldens record what a user gets: the real normalize,
			// structure and segment stages run first.
			doc := realDoc(t, input, date)
			doc.ID = strings.TrimSuffix(filepath.Base(file), ".txtar")
			recs, err := x.Extract(doc)
			require.NoError(t, err)
			out, err := pipeline.Finalize(doc, recs, pipeline.Versions{Policyx: "test", Dict: "test"})
			require.NoError(t, err)
			var got bytes.Buffer
			require.NoError(t, pipeline.Emit(&got, out))
			for _, r := range out {
				h := pipeline.Head(r)
				rs := []rune(input)
				require.Equal(t, string(rs[h.Start:h.End]), h.Text, "record %s text", h.ID)
			}
			if *update {
				if _, ok := a.files["want.jsonl"]; !ok {
					a.names = append(a.names, "want.jsonl")
				}
				a.files["want.jsonl"] = got.String()
				require.NoError(t, os.WriteFile(file, a.format(), 0o644))
				return
			}
			want := a.files["want.jsonl"]
			if d := pipeline.DiffJSONL([]byte(want), got.Bytes()); d != "" {
				_ = os.WriteFile(filepath.Join(t.ArtifactDir(), "got.jsonl"), got.Bytes(), 0o644)
				t.Errorf("%s: output differs from want.jsonl (run with -update to accept):\n%s", file, d)
			}
		})
	}
}
