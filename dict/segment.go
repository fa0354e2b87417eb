package dict

import (
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policyx/policyx/pipeline"
)

//go:generate go run ./internal/genbase -o base/zh_s.txt -trie base/zh_s.trie -go base_gen.go

// baseText is gse's simplified-Chinese dictionary as gse loads it, sorted,
// one "word freq pos" line per word; see internal/genbase.
//
//go:embed base/zh_s.txt
var baseText string

// baseTrie is the image of the trie over baseText's keys (internal/trie),
// built by internal/genbase.
//
//go:embed base/zh_s.trie
var baseTrie string

// TermsList is the name of the built-in list that holds the domain
// segmentation dictionary (data/terms.txt): word, TAB, frequency, TAB,
// optional part of speech.
const TermsList = "terms"

// DefaultFreq is the frequency given to a user dictionary word whose line
// names none.
const DefaultFreq = 1000

// MinFreq is the smallest frequency a dictionary entry may have: the
// segmenter ignores rarer words, so such an entry is reported as an error.
const MinFreq = 2

// ErrEntry is returned for a segmentation dictionary entry the segmenter
// cannot use (bad frequency, a word with spaces or control characters, a
// duplicate).
var ErrEntry = errors.New("dict: bad segmentation entry")

// SegmenterOptions configures NewSegmenter. The zero value uses the
// built-in dictionaries only.
type SegmenterOptions struct {
	// UserFiles are user dictionary files in gse's format: one word a line,
	// optionally followed by a frequency and a part of speech, separated by
	// spaces or TABs; blank lines and lines starting with # are ignored. A
	// word without a frequency gets DefaultFreq. User words override the
	// built-in ones; when two files define a word, the earlier file wins.
	UserFiles []string
}

// A Segmenter splits Chinese text into words by the shortest path through
// its dictionary: gse's simplified-Chinese dictionary (zh_s) overlaid by the
// domain terms of a Set and by user dictionary files. Its segmentation is
// the one gse's Segmenter.Segment gives with those dictionaries loaded in
// one call, user words first (see lattice.go), without gse's start-up cost.
// It is immutable once built and safe for concurrent use; build it once per
// process and pass it around.
type Segmenter struct {
	lat     *lattice
	version string
}

// NewSegmenter builds a Segmenter from the base dictionary, set's terms list
// and opts.UserFiles. set may be nil for the base dictionary alone. Errors
// name the file and line of a bad entry.
func NewSegmenter(set *Set, opts SegmenterOptions) (*Segmenter, error) {
	ov, err := newOverlay(set, opts.UserFiles)
	if err != nil {
		return nil, err
	}
	base, err := openDictionary("base/zh_s.trie", baseText, baseTrie)
	if err != nil {
		return nil, err
	}
	if sum := base.trie.TableSum(); base.trie.Words() != baseEntries || hex.EncodeToString(sum[:]) != baseSHA256 {
		return nil, fmt.Errorf("dict: base/zh_s.trie: %d words of table %x, want %d words of %s; run go generate", base.trie.Words(), sum, baseEntries, baseSHA256)
	}
	top, err := newDictionary("overlay", ov.table())
	if err != nil {
		return nil, err
	}
	return &Segmenter{lat: newLattice(top, base, baseTotalFreq), version: ov.version()}, nil
}

// Segment splits text into word tokens, in order, whose spans are byte
// offsets into text. Runs of white space are not returned as tokens. POS is
// the part of speech the dictionary gives, or "" for text the dictionary
// does not know (punctuation, numbers, unknown characters). ASCII letters
// match dictionary words regardless of case; the spans always index the
// text as given.
//
// Segment allocates only the returned slice; its working buffers are
// reused across calls.
func (s *Segmenter) Segment(text string) []pipeline.Token {
	return s.lat.segment(text, nil)
}

// Version identifies the content of the dictionaries the Segmenter was
// built from: the base dictionary, the domain terms and the user files.
func (s *Segmenter) Version() string { return s.version }

func isSpace(s string) bool {
	if s[0] < utf8.RuneSelf && s[0] > ' ' {
		return false
	}
	for _, r := range s {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// An ovEntry is one validated domain or user dictionary word.
type ovEntry struct {
	word   string // as written
	key    string // word with ASCII letters lowercased, the lookup key
	freq   float64
	pos    string
	source string // file:line
}

// An overlay is the list of words that take precedence over the base
// dictionary: user words first, then domain terms, first definition wins.
type overlay struct {
	entries []ovEntry
	hash    string
}

// table renders the overlay as a sorted table (see lattice.go).
func (o *overlay) table() string {
	es := slices.Clone(o.entries)
	slices.SortFunc(es, func(a, b ovEntry) int { return strings.Compare(a.key, b.key) })
	var b strings.Builder
	for _, e := range es {
		b.WriteString(e.key)
		b.WriteByte(' ')
		b.WriteString(strconv.FormatFloat(e.freq, 'g', -1, 64))
		if e.pos != "" {
			b.WriteByte(' ')
			b.WriteString(e.pos)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func (o *overlay) version() string {
	return "zh_s-" + baseSHA256[:12] + "+" + o.hash
}

func newOverlay(set *Set, userFiles []string) (*overlay, error) {
	var all []ovEntry
	for _, f := range userFiles {
		es, err := readUserFile(f)
		if err != nil {
			return nil, err
		}
		all = append(all, es...)
	}
	if set != nil {
		for _, e := range set.List(TermsList) {
			oe, err := termEntry(e)
			if err != nil {
				return nil, err
			}
			all = append(all, oe)
		}
	}
	o := &overlay{}
	h := sha256.New()
	seen := make(map[string]ovEntry, len(all))
	for _, e := range all {
		if prev, ok := seen[e.key]; ok {
			if sameFile(prev.source, e.source) {
				return nil, fmt.Errorf("%s: %w: %q already defined at %s", e.source, ErrEntry, e.word, prev.source)
			}
			continue
		}
		seen[e.key] = e
		o.entries = append(o.entries, e)
		fmt.Fprintf(h, "%s\x00%g\x00%s\x00", e.key, e.freq, e.pos)
	}
	o.hash = hex.EncodeToString(h.Sum(nil))[:12]
	return o, nil
}

func sameFile(a, b string) bool {
	i, j := strings.LastIndexByte(a, ':'), strings.LastIndexByte(b, ':')
	return i >= 0 && j >= 0 && a[:i] == b[:j]
}

// termEntry validates one entry of the built-in terms list.
func termEntry(e Entry) (ovEntry, error) {
	if len(e.Fields) < 1 || len(e.Fields) > 2 {
		return ovEntry{}, fmt.Errorf("%s: %w: want word, frequency and optional part of speech separated by TABs", e.Source, ErrEntry)
	}
	return makeEntry(e.Source, e.Word, e.Field(0), e.Field(1))
}

// readUserFile parses a user dictionary file in gse's format.
func readUserFile(file string) ([]ovEntry, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, fmt.Errorf("dict: user dictionary: %w", err)
	}
	defer f.Close()
	return parseUser(file, f)
}

func parseUser(file string, r io.Reader) ([]ovEntry, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("dict: read user dictionary %s: %w", file, err)
	}
	var es []ovEntry
	for i, line := range strings.Split(string(b), "\n") {
		src := fmt.Sprintf("%s:%d", file, i+1)
		if i == 0 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		if !utf8.ValidString(line) {
			return nil, fmt.Errorf("%s: %w: not valid UTF-8", src, ErrSyntax)
		}
		fs := strings.Fields(line)
		if len(fs) == 0 || strings.HasPrefix(fs[0], "#") {
			continue
		}
		if len(fs) > 3 {
			return nil, fmt.Errorf("%s: %w: %d fields, want word [freq [pos]]", src, ErrSyntax, len(fs))
		}
		freq := ""
		if len(fs) > 1 {
			freq = fs[1]
		}
		pos := ""
		if len(fs) > 2 {
			pos = fs[2]
		}
		e, err := makeEntry(src, fs[0], freq, pos)
		if err != nil {
			return nil, err
		}
		es = append(es, e)
	}
	return es, nil
}

// makeEntry validates one word; an empty freq means DefaultFreq.
func makeEntry(src, word, freq, pos string) (ovEntry, error) {
	for _, r := range word {
		if unicode.IsSpace(r) || unicode.IsControl(r) || r == utf8.RuneError {
			return ovEntry{}, fmt.Errorf("%s: %w: word %q contains %U", src, ErrEntry, word, r)
		}
	}
	f := float64(DefaultFreq)
	if freq != "" {
		v, err := strconv.ParseFloat(freq, 64)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
			return ovEntry{}, fmt.Errorf("%s: %w: frequency %q is not a number", src, ErrEntry, freq)
		}
		if v < MinFreq {
			return ovEntry{}, fmt.Errorf("%s: %w: frequency %s is below the minimum %d", src, ErrEntry, freq, MinFreq)
		}
		f = v
	}
	for _, r := range pos {
		if !(r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))) {
			return ovEntry{}, fmt.Errorf("%s: %w: part of speech %q is not ASCII letters and digits", src, ErrEntry, pos)
		}
	}
	if utf8.RuneCountInString(word) < 2 {
		f = MinFreq // the segmenter gives every single character this frequency
	}
	return ovEntry{word: word, key: asciiLower(word), freq: f, pos: pos, source: src}, nil
}

func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
