package golden

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParse(t *testing.T) {
	cases := []struct {
		name  string
		in    string
		want  Archive
		lossy bool // Format writes the markers back in their plain form
	}{
		{name: "comment only", in: "{}\nno files\n", want: Archive{Comment: "{}\nno files\n"}},
		{name: "empty", in: "", want: Archive{}},
		{name: "two files", in: "{\"date\":\"2022-01-01\"}\n-- input.txt --\n一、总体要求\n-- want.jsonl --\n{\"a\":1}\n",
			want: Archive{Comment: "{\"date\":\"2022-01-01\"}\n", Files: []File{{Name: "input.txt", Data: "一、总体要求\n"}, {Name: "want.jsonl", Data: "{\"a\":1}\n"}}}},
		{name: "empty file and no final newline", in: "-- input.txt --\n-- want.jsonl --\nx",
			want: Archive{Files: []File{{Name: "input.txt"}, {Name: "want.jsonl", Data: "x"}}}},
		{name: "crlf marker and spaced name", in: "c\r\n--  input.txt  --\r\n第一条\r\n",
			want: Archive{Comment: "c\r\n", Files: []File{{Name: "input.txt", Data: "第一条\r\n"}}}, lossy: true},
		{name: "short dashes are text", in: "-- --\n--x--\n", want: Archive{Comment: "-- --\n--x--\n"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Parse([]byte(c.in))
			assert.Equal(t, c.want, got)
			if !c.lossy {
				assert.Equal(t, c.in, string(got.Format()), "round trip")
			}
		})
	}
}

func TestFile(t *testing.T) {
	a := Parse([]byte("-- a --\n1\n-- b --\n2\n-- a --\n3\n"))
	cases := []struct {
		name, file, want string
		ok               bool
	}{
		{name: "first of two", file: "a", want: "1\n", ok: true},
		{name: "only", file: "b", want: "2\n", ok: true},
		{name: "missing", file: "c"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, ok := a.File(c.file)
			assert.Equal(t, c.ok, ok)
			assert.Equal(t, c.want, got)
		})
	}
}

func TestCheckUpdate(t *testing.T) {
	cases := []struct {
		name, in, got, want string
	}{
		{name: "replaces want only", in: "{}\n-- input.txt --\n（一）甲\n-- want.jsonl --\nold\n-- note --\nkeep\n",
			got: "{\"new\":1}\n", want: "{}\n-- input.txt --\n（一）甲\n-- want.jsonl --\n{\"new\":1}\n-- note --\nkeep\n"},
		{name: "adds a missing want", in: "{}\n-- input.txt --\n甲\n",
			got: "{\"new\":1}\n", want: "{}\n-- input.txt --\n甲\n-- want.jsonl --\n{\"new\":1}\n"},
		{name: "no records", in: "-- input.txt --\n甲\n-- want.jsonl --\nold\n",
			got: "", want: "-- input.txt --\n甲\n-- want.jsonl --\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			file := filepath.Join(t.TempDir(), "case.txtar")
			require.NoError(t, os.WriteFile(file, []byte(c.in), 0o644))
			Read(t, file).Check(t, file, []byte(c.got), true)
			b, err := os.ReadFile(file)
			require.NoError(t, err)
			assert.Equal(t, c.want, string(b))
			// The rewritten archive now passes.
			Read(t, file).Check(t, file, []byte(c.got), false)
		})
	}
}

func TestWithWantRefusesMarkers(t *testing.T) {
	cases := []struct {
		name, in, got string
	}{
		{name: "marker line in output", in: "-- input.txt --\n甲\n-- want.jsonl --\n\n-- after --\nx\n", got: "-- after --\n"},
		{name: "file without final newline", in: "-- input.txt --\n甲", got: "{}\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse([]byte(c.in)).withWant([]byte(c.got))
			assert.ErrorIs(t, err, errRewrite)
		})
	}
}
