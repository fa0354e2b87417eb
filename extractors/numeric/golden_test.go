package numeric

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/policyx/policyx/internal/golden"
	"github.com/policyx/policyx/pipeline"
)

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
			a := golden.Read(t, file)
			var opts goldenOptions
			first, _, _ := strings.Cut(a.Comment, "\n")
			require.NoError(t, json.Unmarshal([]byte(first), &opts), "first comment line must be JSON options")
			input, ok := a.File("input.txt")
			require.True(t, ok, "archive has no input.txt")
			var date time.Time
			if opts.Date != "" {
				var err error
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
			a.Check(t, file, got.Bytes(), *update)
		})
	}
}
