package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/policyx/policyx/internal/recordcheck"
	"github.com/policyx/policyx/pipeline"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/simplifiedchinese"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

// testPipeline builds the real pipeline once per test binary: loading the
// dictionaries is a start-up cost, not something each test should pay.
var testPipeline = sync.OnceValues(func() (*pipeline.Pipeline, error) {
	return buildPipeline(&config{})
})

// testApp returns the command with the shared pipeline. Flags that change
// the pipeline itself (--dict, --extractors, --reference-date) are honoured
// by building a fresh one.
func testApp(t *testing.T) *app {
	t.Helper()
	return &app{build: func(c *config) (*pipeline.Pipeline, error) {
		if len(c.dicts) > 0 || c.extractors != "" || !c.reference.IsZero() {
			return buildPipeline(c)
		}
		p, err := testPipeline()
		if err != nil {
			return nil, err
		}
		q := *p
		q.DocTimeout = c.docTimeout
		return &q, nil
	}}
}

// runCmd runs the command in dir and returns stdout, stderr and the exit
// status.
func runCmd(t *testing.T, dir string, stdin string, args ...string) (string, string, int) {
	t.Helper()
	if dir != "" {
		t.Chdir(dir)
	}
	var out, errb bytes.Buffer
	code := testApp(t).run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

// repoRoot returns the module root (two levels up from this package).
func repoRoot(t testing.TB) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	require.NoError(t, err)
	return root
}

// TestGolden extracts every article under testdata/articles and compares
// the output byte for byte with its golden .jsonl, exactly as
// "policyx extract testdata/articles/NAME.txt" prints it from the root.
func TestGolden(t *testing.T) {
	root := repoRoot(t)
	inputs, err := filepath.Glob(filepath.Join(root, "testdata", "articles", "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, inputs)
	t.Chdir(root)
	for _, in := range inputs {
		rel, _ := filepath.Rel(root, in)
		rel = filepath.ToSlash(rel)
		t.Run(filepath.Base(in), func(t *testing.T) {
			out, errs, code := runCmd(t, "", "", "extract", rel)
			require.Equal(t, exitOK, code, errs)
			src, err := os.ReadFile(in)
			require.NoError(t, err)
			assert.Empty(t, recordcheck.Check([]byte(out), map[string]string{rel: string(src)}))

			golden := strings.TrimSuffix(in, ".txt") + ".jsonl"
			if *update {
				require.NotEqual(t, in, golden, "never overwrite an input")
				require.NoError(t, os.WriteFile(golden, []byte(out), 0o644))
				return
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run go test ./cmd/policyx -run Golden -update to create it")
			if d := pipeline.DiffJSONL(want, []byte(out)); d != "" {
				_ = os.WriteFile(filepath.Join(t.ArtifactDir(), "got.jsonl"), []byte(out), 0o644)
				t.Errorf("%s changed (got.jsonl kept with -artifacts):\n%s", filepath.Base(golden), d)
			}
		})
	}
}

// projection drops what legitimately differs between replays of the same
// article in another encoding, line-end convention or digit width:
// offsets, slices, ids, and the document record's byte-level facts.
func projection(t *testing.T, out string) []string {
	t.Helper()
	var recs []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var m map[string]any
		require.NoError(t, json.Unmarshal([]byte(line), &m))
		for _, k := range []string{"id", "start", "end", "text", "encoding", "sha256", "chars", "source", "doc"} {
			delete(m, k)
		}
		if secs, ok := m["sections"].([]any); ok {
			for _, s := range secs {
				sm := s.(map[string]any)
				delete(sm, "start")
				delete(sm, "end")
				delete(sm, "fragments")
			}
		}
		delete(m, "unplaced")
		if items, ok := m["items"].([]any); ok {
			for _, it := range items {
				im := it.(map[string]any)
				delete(im, "start")
				delete(im, "end")
				delete(im, "text")
			}
		}
		b, _ := json.Marshal(m)
		recs = append(recs, string(b))
	}
	return recs
}

// TestReplayVariants checks that the founding article as GB18030, with CRLF
// line ends and with full-width digits gives the same extractions.
func TestReplayVariants(t *testing.T) {
	root := repoRoot(t)
	src, err := os.ReadFile(filepath.Join(root, "testdata", "articles", "hightech-zones-2022.txt"))
	require.NoError(t, err)
	gbk, err := simplifiedchinese.GB18030.NewEncoder().Bytes(src)
	require.NoError(t, err)
	fullwidth := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r - '0' + '０'
		}
		return r
	}, string(src))
	variants := []struct {
		name string
		data []byte
	}{
		{"gb18030", gbk},
		{"crlf", []byte(strings.ReplaceAll(string(src), "\n", "\r\n"))},
		{"fullwidth-digits", []byte(fullwidth)},
	}
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), src, 0o644))
	base, errs, code := runCmd(t, dir, "", "extract", "a.txt")
	require.Equal(t, exitOK, code, errs)
	want := projection(t, base)
	require.Greater(t, len(want), 10, "the article yields records")
	for _, v := range variants {
		t.Run(v.name, func(t *testing.T) {
			require.NoError(t, os.WriteFile(filepath.Join(dir, v.name+".txt"), v.data, 0o644))
			out, errs, code := runCmd(t, dir, "", "extract", v.name+".txt")
			require.Equal(t, exitOK, code, errs)
			assert.Equal(t, want, projection(t, out))
			decoded := string(v.data)
			if v.name == "gb18030" {
				decoded = string(src)
			}
			assert.Empty(t, recordcheck.Check([]byte(out), map[string]string{v.name + ".txt": decoded}))
		})
	}
}
