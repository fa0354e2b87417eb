// Package dict holds policyx's domain dictionaries and loads users' own.
//
// A dictionary file is UTF-8 text, one entry a line: a word, then optional
// fields separated by TABs. Blank lines and lines starting with # are
// ignored. The embedded files under data/ are the built-in lists; each file
// data/NAME.txt becomes the list NAME (for example "units", "counters",
// "periods", "programmes", "terms"). Parsing is strict: a malformed line is
// an error naming file and line.
//
// A Set is immutable once built and safe for concurrent use.
//
// The package also holds the word segmenter (Segmenter, see NewSegmenter):
// gse's shortest-path segmentation over gse's simplified-Chinese dictionary
// (base/zh_s.txt, generated from gse by go generate), the domain terms of
// the "terms" list and a user's dictionary files. It reads its dictionaries
// from sorted embedded text and walks a trie over their words that is built
// at generate time (base/zh_s.trie) and read in place, so building one
// costs a few milliseconds instead of gse's seconds of dictionary
// recalculation.
package dict

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"
	"unicode/utf8"
)

//go:embed data/*.txt
var builtin embed.FS

// ErrSyntax is returned for a malformed dictionary line.
var ErrSyntax = errors.New("dict: syntax error")

// An Entry is one line of a word list.
type Entry struct {
	Word   string   // the word, as written
	Fields []string // the TAB-separated fields after the word, possibly none
	Source string   // "file:line" the entry came from
}

// Field returns the i-th field after the word, or "" when absent.
func (e Entry) Field(i int) string {
	if i < len(e.Fields) {
		return e.Fields[i]
	}
	return ""
}

// A Set is a collection of named word lists and the version that identifies
// their content.
type Set struct {
	lists   map[string][]Entry
	version string
}

// Builtin returns the Set of the embedded lists.
func Builtin() (*Set, error) {
	s := &Set{lists: map[string][]Entry{}}
	names, err := fs.Glob(builtin, "data/*.txt")
	if err != nil {
		return nil, fmt.Errorf("dict: list built-in files: %w", err)
	}
	slices.Sort(names)
	h := sha256.New()
	for _, n := range names {
		b, err := builtin.ReadFile(n)
		if err != nil {
			return nil, fmt.Errorf("dict: read %s: %w", n, err)
		}
		es, err := Parse(n, bytes.NewReader(b))
		if err != nil {
			return nil, err
		}
		name := strings.TrimSuffix(path.Base(n), ".txt")
		s.lists[name] = es
		fmt.Fprintf(h, "%s\x00%d\x00", name, len(b))
		h.Write(b)
	}
	s.version = "builtin-" + hex.EncodeToString(h.Sum(nil))[:12]
	return s, nil
}

// With returns a new Set in which the entries es are placed before the
// list name's own, so that a user's entries take precedence. The version
// changes with the added content.
func (s *Set) With(name string, es []Entry) *Set {
	n := &Set{lists: make(map[string][]Entry, len(s.lists)+1)}
	for k, v := range s.lists {
		n.lists[k] = v
	}
	n.lists[name] = append(slices.Clip(es), s.lists[name]...)
	h := sha256.New()
	io.WriteString(h, s.version)
	for _, e := range es {
		fmt.Fprintf(h, "\x00%s\x00%s", e.Word, strings.Join(e.Fields, "\t"))
	}
	n.version = s.version + "+" + name + "-" + hex.EncodeToString(h.Sum(nil))[:8]
	return n
}

// List returns the entries of the named list, nil when there is none. The
// caller must not modify the result.
func (s *Set) List(name string) []Entry { return s.lists[name] }

// Names returns the names of all lists, sorted.
func (s *Set) Names() []string {
	ns := make([]string, 0, len(s.lists))
	for k := range s.lists {
		ns = append(ns, k)
	}
	slices.Sort(ns)
	return ns
}

// Version identifies the content of the Set: it changes whenever a list
// does.
func (s *Set) Version() string { return s.version }

// Parse reads a dictionary file. file names it in error messages.
func Parse(file string, r io.Reader) ([]Entry, error) {
	var es []Entry
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		raw := sc.Bytes()
		if line == 1 {
			raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
		}
		if !utf8.Valid(raw) {
			return nil, fmt.Errorf("%s:%d: %w: not valid UTF-8", file, line, ErrSyntax)
		}
		t := strings.TrimRight(string(raw), "\r")
		if strings.TrimSpace(t) == "" || strings.HasPrefix(t, "#") {
			continue
		}
		fields := strings.Split(t, "\t")
		for i, f := range fields {
			fields[i] = strings.TrimSpace(f)
		}
		if fields[0] == "" {
			return nil, fmt.Errorf("%s:%d: %w: empty word", file, line, ErrSyntax)
		}
		es = append(es, Entry{Word: fields[0], Fields: fields[1:], Source: fmt.Sprintf("%s:%d", file, line)})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", file, line+1, err)
	}
	return es, nil
}
