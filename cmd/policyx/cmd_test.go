package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/policyx/policyx/internal/recordcheck"
	"github.com/policyx/policyx/internal/shared"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func article(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(repoRoot(t), "testdata", "articles", "hightech-zones-2022.txt"))
	require.NoError(t, err)
	return b
}

func lines(s string) []string { return strings.Split(strings.TrimSuffix(s, "\n"), "\n") }

func TestBadFilesDoNotStopTheBatch(t *testing.T) {
	src := article(t)
	dir := t.TempDir()
	files := map[string][]byte{
		"a-article.txt":   src,
		"b-binary.txt":    {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 3, 0, 0, 0, 0xff, 0xfe},
		"c-empty.txt":     {},
		"d-truncated.txt": append([]byte("到2035年基本建成"), "中"[:2]...),
	}
	for n, b := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, n), b, 0o644))
	}
	out, errs, code := runCmd(t, dir, "", "extract", ".")
	assert.Equal(t, exitPartial, code, errs)
	assert.Contains(t, errs, "3 of 4 documents failed; see their error records\n"+
		"  b-binary.txt: corpus: binary data: NUL byte at offset 4\n"+
		"  c-empty.txt: corpus: empty document\n"+
		"  d-truncated.txt: corpus: truncated in the middle of a character: incomplete UTF-8 sequence in the last 2 bytes\n",
		"the summary names the failed documents")
	assert.Empty(t, recordcheck.Check([]byte(out), map[string]string{"a-article.txt": string(src)}))
	var errDocs []string
	for _, l := range lines(out) {
		var r struct{ Doc, Type, Message string }
		require.NoError(t, json.Unmarshal([]byte(l), &r))
		if r.Type == "error" {
			errDocs = append(errDocs, r.Doc+": "+r.Message)
		}
	}
	assert.Equal(t, []string{
		"b-binary.txt: corpus: binary data: NUL byte at offset 4",
		"c-empty.txt: corpus: empty document",
		"d-truncated.txt: corpus: truncated in the middle of a character: incomplete UTF-8 sequence in the last 2 bytes",
	}, errDocs)
	assert.Contains(t, out, `"doc":"a-article.txt","type":"document"`)
	assert.Contains(t, out, `"type":"numeric"`)
}

func TestJSONLFromStdin(t *testing.T) {
	in := `{"id":"r1","text":"力争到2025年技术合同交易额突破10亿元。","year":2021}` + "\n" +
		`{"id":"r2","text":"今年以来新增上市企业18家。"}` + "\n"
	out, errs, code := runCmd(t, "", in, "extract", "--input-format", "jsonl", "-")
	require.Equal(t, exitOK, code, errs)
	assert.Contains(t, out, `{"doc":"r1","type":"document"`)
	assert.Contains(t, out, `"doc":"r2","type":"numeric"`)
	assert.Contains(t, out, `"meta":{"year":2021}`)
	assert.Empty(t, recordcheck.Check([]byte(out), map[string]string{
		"r1": "力争到2025年技术合同交易额突破10亿元。", "r2": "今年以来新增上市企业18家。"}))
}

// TestRepeatedIDs checks that documents sharing an id (two JSONL exports
// numbering their lines alike) are reported, since their records then share
// ids.
func TestRepeatedIDs(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"j1.jsonl", "j2.jsonl"} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, n), []byte(`{"id":"1","text":"新增上市企业18家。"}`+"\n"), 0o644))
	}
	_, errs, code := runCmd(t, dir, "", "extract", "j1.jsonl", "j2.jsonl")
	assert.Equal(t, exitOK, code)
	assert.Equal(t, "policyx extract: 1 document repeats an earlier document's id, so their records share ids: \"1\" (j2.jsonl:1); give each document its own id (--id-field, or distinct paths)\n", errs)
	_, errs, _ = runCmd(t, dir, "", "extract", "j1.jsonl")
	assert.Empty(t, errs)
}

// TestNoDocuments checks that a run over an empty directory says so.
func TestNoDocuments(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(dir, "empty"), 0o755))
	out, errs, code := runCmd(t, dir, "", "extract", "empty")
	assert.Equal(t, exitOK, code)
	assert.Empty(t, out)
	assert.Equal(t, "policyx extract: no documents found in empty\n", errs)

	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), []byte("新增企业18家。"), 0o644))
	shard := "1/2"
	if shardOf("a.txt", 2) == 1 {
		shard = "0/2"
	}
	_, errs, code = runCmd(t, dir, "", "extract", "--shard", shard, "a.txt")
	assert.Equal(t, exitOK, code)
	assert.Equal(t, "policyx extract: none of the 1 documents found falls in shard "+shard+"\n", errs)
	for range 2 {
		_, errs, code = runCmd(t, dir, "", "extract", "-o", "parts/", "a.txt")
		assert.Equal(t, exitOK, code)
	}
	assert.Equal(t, "policyx extract: nothing left to do: the 1 documents found are in finished parts of parts/\n", errs)
}

// TestCheckUpdateRefusesFailedInputs checks that -update does not write a
// golden file of error records when an input is empty or missing.
func TestCheckUpdateRefusesFailedInputs(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644))
	for _, in := range []string{"empty.txt", "missing.txt"} {
		_, errs, code := runCmd(t, dir, "", "check", "-update", "golden.jsonl", in)
		assert.Equal(t, exitPartial, code, errs)
		assert.Contains(t, errs, "golden.jsonl was not rewritten")
		_, err := os.Stat("golden.jsonl")
		assert.ErrorIs(t, err, os.ErrNotExist)
	}
}

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), article(t), 0o644))
	_, errs, code := runCmd(t, dir, "", "check", "-update", "golden.jsonl", "a.txt")
	require.Equal(t, exitOK, code, errs)
	out, errs, code := runCmd(t, dir, "", "check", "golden.jsonl", "a.txt")
	assert.Equal(t, exitOK, code, out+errs)

	golden, err := os.ReadFile("golden.jsonl")
	require.NoError(t, err)
	altered := strings.Replace(string(golden), `"value":1000000000`, `"value":2000000000`, 1)
	require.NotEqual(t, string(golden), altered, "the article has a 10亿元 figure")
	require.NoError(t, os.WriteFile("golden.jsonl", []byte(altered), 0o644))
	out, _, code = runCmd(t, dir, "", "check", "golden.jsonl", "a.txt")
	assert.Equal(t, exitDiffers, code)
	assert.Contains(t, out, "value: want 2000000000, got 1000000000")
}

func TestJobsAndShardsGiveTheSameOutput(t *testing.T) {
	src := article(t)
	dir := t.TempDir()
	paras := strings.Split(string(src), "\n\n")
	for i := range 12 {
		text := strings.Join(paras[i*3%len(paras):], "\n\n")
		require.NoError(t, os.WriteFile(filepath.Join(dir, strings.Repeat("x", i%3)+string(rune('a'+i))+".txt"), []byte(text), 0o644))
	}
	one, _, code := runCmd(t, dir, "", "extract", "--jobs", "1", ".")
	require.Equal(t, exitOK, code)
	two, _, code := runCmd(t, dir, "", "extract", "--jobs", "2", ".")
	require.Equal(t, exitOK, code)
	assert.Equal(t, one, two, "output is byte-identical for every --jobs")

	var union []string
	for i := range 3 {
		part, _, code := runCmd(t, dir, "", "extract", "--shard", []string{"0/3", "1/3", "2/3"}[i], ".")
		require.Equal(t, exitOK, code)
		if part != "" {
			union = append(union, lines(part)...)
		}
	}
	whole := lines(one)
	slices.Sort(union)
	slices.Sort(whole)
	assert.Equal(t, whole, union, "the shards together are the whole run")
}

func TestOutputFileIsWrittenWhole(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), article(t), 0o644))
	out, errs, code := runCmd(t, dir, "", "extract", "-o", "out.jsonl", "a.txt")
	require.Equal(t, exitOK, code, errs)
	assert.Empty(t, out)
	got, err := os.ReadFile("out.jsonl")
	require.NoError(t, err)
	stdout, _, _ := runCmd(t, dir, "", "extract", "a.txt")
	assert.Equal(t, stdout, string(got))
	entries, _ := os.ReadDir(".")
	assert.Len(t, entries, 2, "no temporary file is left behind")
	fi, err := os.Stat("out.jsonl")
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o644)&^processUmask(), fi.Mode().Perm(), "output is readable like any file, not private like a temp file")

}

// TestFlagsAfterPaths checks that flags may follow the paths (they had
// been read as more paths: "stat -o: no such file"), that -- ends the flags
// so a path may start with a dash, and that a wrong flag after a path is a
// usage error.
func TestFlagsAfterPaths(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), article(t), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "-b.txt"), []byte("全年新增企业18家。"), 0o644))
	want, errs, code := runCmd(t, dir, "", "extract", "a.txt")
	require.Equal(t, exitOK, code, errs)

	out, errs, code := runCmd(t, dir, "", "extract", "a.txt", "-o", "late.jsonl", "--jobs", "1")
	require.Equal(t, exitOK, code, errs)
	assert.Empty(t, out)
	got, err := os.ReadFile("late.jsonl")
	require.NoError(t, err)
	assert.Equal(t, want, string(got))

	out, errs, code = runCmd(t, dir, "", "extract", "--jobs", "1", "--", "-b.txt")
	require.Equal(t, exitOK, code, errs)
	assert.Contains(t, out, `"doc":"-b.txt","type":"numeric"`)

	_, errs, code = runCmd(t, dir, "", "extract", "a.txt", "--bogus")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errs, "flag provided but not defined: -bogus")
}

// TestOutputTargets checks what -o replaces: a symbolic link is followed
// (the file it leads to is replaced, the link stays), an existing file
// keeps its permissions, and an output that is also an input is refused.
func TestOutputTargets(t *testing.T) {
	dir, text := t.TempDir(), article(t)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), text, 0o644))
	want, errs, code := runCmd(t, dir, "", "extract", "a.txt")
	require.Equal(t, exitOK, code, errs)

	require.NoError(t, os.WriteFile("real.jsonl", nil, 0o640))
	require.NoError(t, os.Symlink("real.jsonl", "link.jsonl"))
	_, errs, code = runCmd(t, dir, "", "extract", "-o", "link.jsonl", "a.txt")
	require.Equal(t, exitOK, code, errs)
	li, err := os.Lstat("link.jsonl")
	require.NoError(t, err)
	assert.NotZero(t, li.Mode()&os.ModeSymlink, "the link stays a link")
	got, err := os.ReadFile("real.jsonl")
	require.NoError(t, err)
	assert.Equal(t, want, string(got))
	fi, err := os.Stat("real.jsonl")
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o640), fi.Mode().Perm(), "a replaced file keeps its permissions")

	_, errs, code = runCmd(t, dir, "", "extract", "-o", "a.txt", "a.txt")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errs, "a.txt is also an input")
	src, err := os.ReadFile("a.txt")
	require.NoError(t, err)
	assert.Equal(t, text, src, "the input is left as it was")
}

// TestOutputMetByAWalkOrPattern checks that an output a directory walk or
// a pattern reaches is never read as a document, and that one holding no
// records of policyx (a user's file) is not replaced either; a hidden
// temporary file is no match of *. The golden file of check is treated so.
func TestOutputMetByAWalkOrPattern(t *testing.T) {
	dir, text := t.TempDir(), article(t)
	require.NoError(t, os.Mkdir(filepath.Join(dir, "d"), 0o755))
	for _, n := range []string{"a.txt", "same.txt", "d/x.txt", "d/notes.txt"} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, n), text, 0o644))
	}
	for _, args := range [][]string{{"-o", "same.txt", "*.txt"}, {"-o", "d/notes.txt", "d"}} {
		_, errs, code := runCmd(t, dir, "", append([]string{"extract"}, args...)...)
		assert.Equal(t, exitFatal, code, args)
		assert.Contains(t, errs, "is also an input (in a directory or pattern given) and holds no records of policyx", args)
	}
	for _, n := range []string{"same.txt", "d/notes.txt"} {
		got, err := os.ReadFile(filepath.Join(dir, n))
		require.NoError(t, err)
		assert.Equal(t, text, got, "%s is left as it was", n)
	}

	require.NoError(t, os.Mkdir(filepath.Join(dir, "e"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "e", "a.txt"), text, 0o644))
	for range 2 { // the second run meets the first one's output
		_, errs, code := runCmd(t, dir, "", "extract", "-o", "e/out.jsonl", "e/*")
		require.Equal(t, exitOK, code, errs)
	}
	got, err := os.ReadFile(filepath.Join(dir, "e", "out.jsonl"))
	require.NoError(t, err)
	assert.NotContains(t, string(got), `out.jsonl`)

	_, errs, code := runCmd(t, dir, "", "check", "-update", "a.txt", "a.txt")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errs, "a.txt is also an input")
	require.NoError(t, os.Mkdir(filepath.Join(dir, "f"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "f", "a.txt"), text, 0o644))
	_, errs, code = runCmd(t, dir, "", "check", "-update", "f/a.jsonl", "f")
	require.Equal(t, exitOK, code, errs)
	out, errs, code := runCmd(t, dir, "", "check", "f/a.jsonl", "f")
	assert.Equal(t, exitOK, code, out+errs)
}

// TestOutputInsideInputDirectory checks that a run writing into a
// directory it reads leaves its own output out of the walk, so a second
// run reads the same documents as the first.
func TestOutputInsideInputDirectory(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(dir, "in"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "in", "a.txt"), article(t), 0o644))
	for range 2 {
		_, errs, code := runCmd(t, dir, "", "extract", "-o", "in/out.jsonl", "in")
		require.Equal(t, exitOK, code, errs)
	}
	got, err := os.ReadFile(filepath.Join(dir, "in", "out.jsonl"))
	require.NoError(t, err)
	assert.NotContains(t, string(got), `"doc":"out.jsonl"`)
	require.NoError(t, os.Remove(filepath.Join(dir, "in", "out.jsonl")))
	for range 2 {
		_, errs, code := runCmd(t, dir, "", "extract", "-o", "in/parts/", "in")
		require.Equal(t, exitOK, code, errs)
	}
	parts, err := filepath.Glob(filepath.Join(dir, "in", "parts", "*.jsonl"))
	require.NoError(t, err)
	require.Len(t, parts, 1)
	got, err = os.ReadFile(parts[0])
	require.NoError(t, err)
	assert.NotContains(t, string(got), `"doc":"parts/`)
}

func TestUsage(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		code     int
		contains string
	}{
		{"no command", nil, exitUsage, "Usage:"},
		{"unknown command", []string{"frobnicate"}, exitUsage, `unknown command "frobnicate"`},
		{"help", []string{"help"}, exitOK, "policyx check"},
		{"extract help", []string{"extract", "-h"}, exitOK, "-input-format"},
		{"check help", []string{"help", "check"}, exitOK, "GOLDEN.jsonl"},
		{"no input", []string{"extract"}, exitUsage, "no input"},
		{"bad shard", []string{"extract", "--shard", "3/3", "x"}, exitUsage, "--shard"},
		{"bad date", []string{"extract", "--reference-date", "2024", "x"}, exitUsage, "YYYY-MM-DD"},
		{"bad format", []string{"extract", "--input-format", "pdf", "x"}, exitUsage, "--input-format"},
		{"unknown extractor", []string{"extract", "--extractors", "foo", "x"}, exitUsage, "--extractors \"foo\": want names among numeric,initiative,enumeration"},
		{"repeated extractor", []string{"extract", "--extractors", "numeric,numeric", "x"}, exitUsage, "each once"},
		{"unknown encoding", []string{"extract", "--encoding", "latin1", "x"}, exitUsage, "--encoding \"latin1\""},
		{"negative timeout", []string{"extract", "--doc-timeout", "-1s", "x"}, exitUsage, "--doc-timeout -1s"},
		{"missing dictionary", []string{"extract", "--dict", "no-such.dict", "x"}, exitUsage, "--dict: stat no-such.dict"},
		{"schema", []string{"schema"}, exitOK, `"$schema": "https://json-schema.org/draft/2020-12/schema"`},
		{"version", []string{"version"}, exitOK, "policyx 0.1.0\nschema 1\ndict zh_s-"},
		{"version as a flag", []string{"--version"}, exitOK, "policyx 0.1.0\nschema 1\ndict zh_s-"},
		{"version with an argument", []string{"version", "extra"}, exitUsage, `unexpected argument "extra"`},
		{"schema with an argument", []string{"schema", "extra"}, exitUsage, `unexpected argument "extra"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errs, code := runCmd(t, "", "", tt.args...)
			assert.Equal(t, tt.code, code)
			assert.Contains(t, out+errs, tt.contains)
		})
	}
}

// TestFlagOutput checks where flag errors and asked-for help go: help in
// full to stdout with status 0, whatever flags come before -h; a flag error
// as one line and a hint to stderr with status 2, even when -h follows it.
func TestFlagOutput(t *testing.T) {
	const (
		extractHint = "see 'policyx extract -h' for the flags\n"
		checkHint   = "see 'policyx check -h' for the flags\n"
	)
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string // a prefix of stdout; empty: stdout stays empty
		stderr string // all of stderr
	}{
		{name: "help", args: []string{"extract", "-h"}, code: exitOK, stdout: "usage: policyx extract"},
		{name: "long help", args: []string{"extract", "--help"}, code: exitOK, stdout: "usage: policyx extract"},
		{name: "help with a value", args: []string{"extract", "-h=true"}, code: exitOK, stdout: "usage: policyx extract"},
		{name: "help before an unknown flag", args: []string{"extract", "-h", "--bogus"}, code: exitOK, stdout: "usage: policyx extract"},
		{name: "help after a flag's value", args: []string{"extract", "--input-format", "pdf", "-h"}, code: exitOK, stdout: "usage: policyx extract"},
		{name: "check help", args: []string{"check", "-help"}, code: exitOK, stdout: "usage: policyx check"},
		{name: "unknown flag", args: []string{"extract", "--bogus"}, code: exitUsage, stderr: "flag provided but not defined: -bogus\n" + extractHint},
		{name: "unknown flag before help", args: []string{"extract", "--bogus", "-h"}, code: exitUsage, stderr: "flag provided but not defined: -bogus\n" + extractHint},
		{name: "check: unknown flag before help", args: []string{"check", "--bogus", "-h"}, code: exitUsage, stderr: "flag provided but not defined: -bogus\n" + checkHint},
		{name: "bad value", args: []string{"extract", "--jobs", "x"}, code: exitUsage, stderr: "invalid value \"x\" for flag -jobs: parse error\n" + extractHint},
		{name: "bad value before help", args: []string{"extract", "--jobs", "x", "-h"}, code: exitUsage, stderr: "invalid value \"x\" for flag -jobs: parse error\n" + extractHint},
		{name: "help as a value", args: []string{"extract", "--jobs", "-h"}, code: exitUsage, stderr: "invalid value \"-h\" for flag -jobs: parse error\n" + extractHint},
		{name: "missing value", args: []string{"extract", "-o"}, code: exitUsage, stderr: "flag needs an argument: -o\n" + extractHint},
		{name: "bad boolean", args: []string{"check", "--update=maybe"}, code: exitUsage, stderr: "invalid boolean value \"maybe\" for -update: parse error\n" + checkHint},
		{name: "invalid option", args: []string{"extract", "--shard", "3/3", "x"}, code: exitUsage, stderr: "policyx extract: --shard \"3/3\": want I/N with 0 <= I < N\n"},
		{name: "no input", args: []string{"extract"}, code: exitUsage, stderr: "policyx extract: no input: give one or more PATHs, or - for stdin (see policyx extract -h)\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errs, code := runCmd(t, "", "", tt.args...)
			assert.Equal(t, tt.code, code)
			if tt.stdout == "" {
				assert.Empty(t, out)
			} else {
				assert.True(t, strings.HasPrefix(out, tt.stdout), "stdout: %q", out)
				assert.Contains(t, out, "-input-format", "the flags follow the help")
			}
			assert.Equal(t, tt.stderr, errs)
		})
	}
}

// TestHugeLineIsProcessed feeds one 400 KB line without a single sentence
// stop: every stage must stay linear in it (an earlier numeric extractor
// scanned the whole "sentence" for every figure and never finished).
func TestHugeLineIsProcessed(t *testing.T) {
	dir := t.TempDir()
	line := strings.Repeat("力争到2025年技术合同交易额突破10亿元，新增上市企业18家，", 3000)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "huge.txt"), []byte(line), 0o644))
	out, errs, code := runCmd(t, dir, "", "extract", "--doc-timeout", "0", "huge.txt")
	require.Equal(t, exitOK, code, errs)
	assert.Equal(t, 6000, strings.Count(out, `"type":"numeric"`))
	assert.Empty(t, recordcheck.Check([]byte(out), map[string]string{"huge.txt": line}))
}

func TestProgressOnRequest(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), []byte("新增上市企业18家。"), 0o644))
	out, errs, code := runCmd(t, dir, "", "extract", "--progress", "always", "a.txt")
	require.Equal(t, exitOK, code, errs)
	assert.Contains(t, errs, "policyx: 1 document, 0 failed")
	assert.NotContains(t, out, "policyx:", "progress never goes to stdout")
	_, errs, _ = runCmd(t, dir, "", "extract", "a.txt")
	assert.Empty(t, errs, "no progress when stderr is not a terminal")
}

// TestProgressWhileWaiting checks that the progress line is redrawn while
// no document finishes (one long document), so its clock goes on.
func TestProgressWhileWaiting(t *testing.T) {
	var w syncBuffer
	p := newProgressEvery(&w, "always", time.Millisecond)
	redrawn := func() bool { return strings.Count(w.String(), "\rpolicyx: 0 documents") >= 3 }
	for deadline := time.Now().Add(10 * time.Second); !redrawn() && time.Now().Before(deadline); {
		time.Sleep(time.Millisecond)
	}
	p.finish()
	assert.True(t, redrawn(), "redrawn while waiting: %q", w.String())
}

// syncBuffer is a bytes.Buffer safe for the progress goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestWorkReportsContract runs the 70 government work reports of the
// shared corpus through the command exactly as a data team would (the
// export as it is: text in "content", no id) and checks the output
// contract on every record.
func TestWorkReportsContract(t *testing.T) {
	dir := shared.Corpus(t)
	file := filepath.Join(dir, shared.ReportsFile)
	out, errs, code := runCmd(t, "", "", "extract", "--jobs", "2", file)
	require.Equal(t, exitOK, code, errs)
	originals := map[string]string{}
	for _, r := range shared.Reports(t) {
		originals[filepath.ToSlash(file)+":"+strconv.Itoa(r.Line)] = r.Text
	}
	for id := range originals { // every document is checked against its text
		require.Contains(t, out, `{"doc":"`+id+`","type":"document"`)
	}
	assert.Empty(t, recordcheck.Check([]byte(out), originals))
	assert.Equal(t, len(originals), strings.Count(out, `"type":"document"`))
	for _, typ := range []string{"numeric", "initiative", "enumeration"} {
		assert.Greater(t, strings.Count(out, `"type":"`+typ+`"`), 300, typ)
	}
}

// TestBuildErrorsHaveOnePrefix checks that a pipeline that cannot be built
// (a malformed user dictionary) is reported without the library's own
// "policyx: ", which the command's prefix would make twice.
func TestBuildErrorsHaveOnePrefix(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.dict")
	require.NoError(t, os.WriteFile(bad, []byte("\xff\xfe\n"), 0o644))
	_, err := buildPipeline(&config{dicts: stringList{bad}})
	require.Error(t, err)
	assert.True(t, strings.HasPrefix(err.Error(), "load segmenter: "), err.Error())
}
