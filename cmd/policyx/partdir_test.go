package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// jsonlCorpus writes n copies of the founding article as one JSONL file.
func jsonlCorpus(t *testing.T, dir string, n int) string {
	t.Helper()
	text, err := json.Marshal(string(article(t)))
	require.NoError(t, err)
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, `{"id":"copy-%03d","text":%s}`+"\n", i, text)
	}
	p := filepath.Join(dir, "in.jsonl")
	require.NoError(t, os.WriteFile(p, []byte(b.String()), 0o644))
	return p
}

// readParts concatenates the part files named in DIR's manifest.
func readParts(t *testing.T, dir string) (string, manifest) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, manifestName))
	require.NoError(t, err)
	var m manifest
	require.NoError(t, json.Unmarshal(b, &m))
	var all bytes.Buffer
	for _, p := range m.Parts {
		b, err := os.ReadFile(filepath.Join(dir, p.Name))
		require.NoError(t, err)
		all.Write(b)
	}
	return all.String(), m
}

func noTempFiles(t *testing.T, dir string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	for _, e := range entries {
		assert.False(t, strings.Contains(e.Name(), ".tmp-"), "temporary file left: %s", e.Name())
	}
}

func TestOutputDirectoryResumesAfterInterrupt(t *testing.T) {
	dir := t.TempDir()
	in := jsonlCorpus(t, dir, 24)
	whole, errs, code := runCmd(t, dir, "", "extract", "--jobs", "2", in)
	require.Equal(t, exitOK, code, errs)

	out := filepath.Join(dir, "out") + "/"
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() { // interrupt as soon as the first part is in place
		for ctx.Err() == nil {
			if _, err := os.Stat(filepath.Join(out, "part-00000.jsonl")); err == nil {
				cancel()
				return
			}
			time.Sleep(time.Millisecond)
		}
	}()
	var so, se bytes.Buffer
	code = testApp(t).run(ctx, []string{"extract", "--jobs", "2", "--part-size", "4", "-o", out, in}, nil, &so, &se)
	if code == exitOK {
		t.Skip("the run finished before the interrupt arrived")
	}
	require.Equal(t, exitFatal, code, se.String())
	assert.Contains(t, se.String(), "interrupted")
	noTempFiles(t, out)
	partial, m := readParts(t, out)
	require.NotEmpty(t, m.Parts)
	assert.Less(t, len(m.Parts), 6, "the interrupt stopped the run early")
	assert.True(t, strings.HasPrefix(whole, partial), "finished parts are whole and in order")

	_, errs, code = runCmd(t, dir, "", "extract", "--jobs", "2", "--part-size", "4", "-o", out, in)
	require.Equal(t, exitOK, code, errs)
	noTempFiles(t, out)
	got, m := readParts(t, out)
	assert.Len(t, m.Parts, 6)
	assert.Equal(t, whole, got, "the resumed run equals an uninterrupted one")
	total := 0
	for _, p := range m.Parts {
		total += p.Docs
	}
	assert.Equal(t, 24, total)

	// A different run must not reuse the directory.
	_, errs, code = runCmd(t, dir, "", "extract", "--part-size", "5", "-o", out, in)
	assert.Equal(t, exitFatal, code)
	assert.Contains(t, errs, "different run")
}

// TestOutputDirectoryRefusesChangedInput reruns a part directory over
// documents changed since the parts were written: every change that a
// finished part would hide (documents reordered, one added to the short
// last part, the last one removed, a part's first or last document
// replaced) fails the run instead of resuming, and the same documents
// resume.
func TestOutputDirectoryRefusesChangedInput(t *testing.T) {
	seven := []string{"d1", "d2", "d3", "d4", "d5", "d6", "d7"}
	tests := []struct {
		name   string
		before []string
		after  []string
		edited string // a document whose text changes between the runs
		want   string // in the error; none for an input that did not change
	}{
		{name: "unchanged", before: seven, after: seven},
		{name: "reordered", before: []string{"a", "b", "c"}, after: []string{"b", "a", "c"}, want: `part-00000.jsonl started with "a", now "b"`},
		{name: "added to the short last part", before: seven, after: append(slices.Clone(seven), "d8"), want: "part-00003.jsonl held document 7, the input now has more"},
		{name: "last removed", before: seven, after: seven[:6], want: "part-00003.jsonl held document 7, the input now has 6"},
		{name: "first of a part replaced", before: seven, after: []string{"d1", "d2", "d3", "d4", "d5", "d6", "e7"}, want: `part-00003.jsonl started with "d7", now "e7"`},
		{name: "last of a part replaced", before: seven, after: []string{"d1", "d2", "d3", "d4", "d5", "e6", "d7"}, want: `part-00002.jsonl ended with "d6", now "e6"`},
		{name: "text of a document edited", before: seven, after: seven, edited: "d3", want: "part-00001.jsonl held documents 3 to 4, one of which now reads differently"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			write := func(ids []string, edited string) {
				var b strings.Builder
				for _, id := range ids {
					text := "新增上市企业18家。"
					if id == edited {
						text = "新增上市企业19家。"
					}
					fmt.Fprintf(&b, `{"id":%q,"text":%q}`+"\n", id, text)
				}
				require.NoError(t, os.WriteFile(filepath.Join(dir, "in.jsonl"), []byte(b.String()), 0o644))
			}
			write(tt.before, "")
			_, errs, code := runCmd(t, dir, "", "extract", "--part-size", "2", "-o", "out/", "in.jsonl")
			require.Equal(t, exitOK, code, errs)
			write(tt.after, tt.edited)
			_, errs, code = runCmd(t, dir, "", "extract", "--part-size", "2", "-o", "out/", "in.jsonl")
			noTempFiles(t, filepath.Join(dir, "out"))
			if tt.want == "" {
				assert.Equal(t, exitOK, code, errs)
				return
			}
			assert.Equal(t, exitFatal, code)
			assert.Contains(t, errs, "the input changed since manifest.json was written: part "+tt.want)
			assert.NotContains(t, errs, "run the same command again")
		})
	}
}

// TestFailedRunMessages checks what a failed run says about its output: a
// file is not written, finished parts are kept for a rerun unless the input
// changed since they were written (a rerun would fail the same way), and
// stdout has nothing to say.
func TestFailedRunMessages(t *testing.T) {
	const (
		notWritten = "was not written"
		resume     = "run the same command again to resume"
	)
	tests := []struct {
		name    string
		out     string // -o; empty for stdout
		changed bool   // rerun over an input changed since out was written, else interrupt at once
		want    []string
		notWant []string
	}{
		{name: "stdout", want: []string{"interrupted"}, notWant: []string{notWritten, resume}},
		{name: "file", out: "out.jsonl", want: []string{"interrupted", "out.jsonl " + notWritten}, notWant: []string{resume}},
		{name: "directory", out: "out/", want: []string{"interrupted", "finished parts are kept in out/; " + resume}, notWant: []string{notWritten}},
		{name: "directory, input changed", out: "out/", changed: true, want: []string{"the input changed"}, notWant: []string{notWritten, resume}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			write := func(ids ...string) {
				var b strings.Builder
				for _, id := range ids {
					fmt.Fprintf(&b, `{"id":%q,"text":"新增上市企业18家。"}`+"\n", id)
				}
				require.NoError(t, os.WriteFile(filepath.Join(dir, "in.jsonl"), []byte(b.String()), 0o644))
			}
			write("a", "b", "c")
			args := []string{"extract", "--part-size", "2"}
			if tt.out != "" {
				args = append(args, "-o", tt.out)
			}
			args = append(args, "in.jsonl")
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if tt.changed {
				_, errs, code := runCmd(t, dir, "", args...)
				require.Equal(t, exitOK, code, errs)
				write("b", "a", "c")
			} else {
				t.Chdir(dir)
				cancel()
			}
			var so, se bytes.Buffer
			code := testApp(t).run(ctx, args, nil, &so, &se)
			assert.Equal(t, exitFatal, code)
			for _, w := range tt.want {
				assert.Contains(t, se.String(), w)
			}
			for _, w := range tt.notWant {
				assert.NotContains(t, se.String(), w)
			}
		})
	}
}
