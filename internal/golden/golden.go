// Package golden holds the golden-file machinery the extractor tests share:
// txtar archives whose files hold a test's input and its expected JSON
// Lines output (want.jsonl), compared with pipeline.DiffJSONL and rewritten
// in place when a test runs with -update.
//
// An archive is a comment followed by files, each introduced by a line
// "-- NAME --"; parsing and formatting round-trip every archive byte for
// byte. All functions are safe for concurrent use on distinct files.
package golden

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/policyx/policyx/pipeline"
)

// Want is the name of the archive file holding the expected output.
const Want = "want.jsonl"

// A File is one named file of an Archive.
type File struct {
	Name string
	Data string
}

// An Archive is a parsed txtar archive: a comment, then files in order.
type Archive struct {
	Comment string
	Files   []File
}

// Parse reads a txtar archive. A line "-- NAME --" (NAME trimmed of
// spaces, the line of any "\r\n" ending) starts a file that runs to the next
// such line; text before the first one is the comment. Parse never fails:
// text without marker lines is all comment.
func Parse(b []byte) Archive {
	var a Archive
	cur := -1
	var buf strings.Builder
	flush := func() {
		if cur < 0 {
			a.Comment = buf.String()
		} else {
			a.Files[cur].Data = buf.String()
		}
		buf.Reset()
	}
	for line := range strings.SplitAfterSeq(string(b), "\n") {
		t := strings.TrimRight(line, "\r\n")
		if strings.HasPrefix(t, "-- ") && strings.HasSuffix(t, " --") && len(t) > 6 {
			flush()
			a.Files = append(a.Files, File{Name: strings.TrimSpace(t[3 : len(t)-3])})
			cur = len(a.Files) - 1
			continue
		}
		buf.WriteString(line)
	}
	flush()
	return a
}

// Format returns the archive in txtar form: the comment, then each file
// after its "-- NAME --" line.
func (a Archive) Format() []byte {
	var b bytes.Buffer
	b.WriteString(a.Comment)
	for _, f := range a.Files {
		b.WriteString("-- " + f.Name + " --\n")
		b.WriteString(f.Data)
	}
	return b.Bytes()
}

// File returns the data of the first file called name, and whether there
// is one.
func (a Archive) File(name string) (string, bool) {
	for _, f := range a.Files {
		if f.Name == name {
			return f.Data, true
		}
	}
	return "", false
}

// Read reads and parses the archive file, failing t when it cannot be read.
func Read(t testing.TB, file string) Archive {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("golden: %v", err)
	}
	return Parse(b)
}

// Check compares got with the want.jsonl file of a, the archive as read
// from file. On a difference it reports pipeline.DiffJSONL's account of it
// and keeps got as got.jsonl in t.ArtifactDir(). With update it instead
// rewrites file with want.jsonl set to got (added when missing) and every
// other part of a as it was.
func (a Archive) Check(t testing.TB, file string, got []byte, update bool) {
	t.Helper()
	if update {
		out, err := a.withWant(got)
		if err != nil {
			t.Fatalf("golden: rewriting %s: %v", file, err)
		}
		if err := os.WriteFile(file, out, 0o644); err != nil {
			t.Fatalf("golden: %v", err)
		}
		return
	}
	want, ok := a.File(Want)
	if !ok {
		t.Fatalf("%s has no %s (run with -update to write it)", file, Want)
	}
	if d := pipeline.DiffJSONL([]byte(want), got); d != "" {
		dir := t.ArtifactDir()
		_ = os.WriteFile(filepath.Join(dir, "got.jsonl"), got, 0o644)
		t.Errorf("%s: records differ from %s (run with -update to accept; got kept in %s):\n%s", file, Want, dir, d)
	}
}

// errRewrite reports that setting want.jsonl would change another part of
// the archive, because the new output holds a line read as a file marker.
var errRewrite = errors.New("golden: the new want.jsonl would change the rest of the archive")

// withWant returns the archive formatted with want.jsonl set to got, and
// checks that the result parses back to the same other files.
func (a Archive) withWant(got []byte) ([]byte, error) {
	b := Archive{Comment: a.Comment, Files: append([]File(nil), a.Files...)}
	found := false
	for i := range b.Files {
		if b.Files[i].Name == Want {
			b.Files[i].Data = string(got)
			found = true
		}
	}
	if !found {
		b.Files = append(b.Files, File{Name: Want, Data: string(got)})
	}
	out := b.Format()
	back := Parse(out)
	if back.Comment != a.Comment {
		return nil, errRewrite
	}
	for _, f := range a.Files {
		if f.Name == Want {
			continue
		}
		if d, _ := back.File(f.Name); d != f.Data {
			return nil, errRewrite
		}
	}
	return out, nil
}
