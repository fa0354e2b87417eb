package dict

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/policyx/policyx/dict/internal/trie"
	"github.com/policyx/policyx/pipeline"
)

// This file holds the segmentation engine. It reproduces gse's
// Segmenter.Segment (the shortest path through a word lattice, without
// HMM) token for token, but reads its dictionaries from sorted text tables
// and tries over their keys (internal/trie) instead of building gse's
// dictionary, so that a process pays no dictionary recalculation at
// start-up: gse's CalcToken segments every one of the 352,275 base words
// once more, which costs seconds and well over 100 MB. The base
// dictionary's trie is built at generate time and read in place; the small
// overlay of domain and user words gets its trie in NewSegmenter.
//
// The rules copied from gse v0.80.3 (segmenter.go, dictionary.go,
// dict_util.go):
//
//   - Text is cut into units: a run of letters and digits encoded in at most
//     two bytes (Latin, Greek, Cyrillic, ASCII digits) is one unit, every
//     other character is a unit of its own. ASCII letters are lowercased for
//     lookup. A dictionary word matches only whole units.
//   - A word's distance is log2(total frequency) - log2(word frequency) in
//     float32, the total being the sum over all words of the dictionary.
//   - A unit no word of length one covers gets a pseudo word of distance 32.
//   - For each unit in order, words in order of length update the best path
//     ending at their last unit when they make it strictly shorter (or the
//     end was not reached yet).

// pseudoDistance is the distance gse gives a unit its dictionary lacks.
const pseudoDistance = 32

// A dictionary is a table, lines "key freq pos\n" sorted by key bytes, key
// being the word with ASCII letters lowercased, and the trie over its keys.
// It is immutable and safe for concurrent use.
type dictionary struct {
	text string
	trie *trie.Trie
}

// newDictionary indexes the table text.
func newDictionary(name, text string) (*dictionary, error) {
	img, err := trie.Build(text)
	if err != nil {
		return nil, fmt.Errorf("dict: %s: %w", name, err)
	}
	return openDictionary(name, text, string(img))
}

// openDictionary joins the table text and a trie image built from it.
func openDictionary(name, text, img string) (*dictionary, error) {
	t, err := trie.Open(img)
	if err != nil {
		return nil, fmt.Errorf("dict: %s: %w", name, err)
	}
	return &dictionary{text: text, trie: t}, nil
}

// find returns the byte offset of the line whose key is k, or -1.
func (d *dictionary) find(k string) int {
	n, ok := d.trie.Find(k)
	if !ok {
		return -1
	}
	if _, ref, ok := d.trie.Word(n); ok {
		return int(ref)
	}
	return -1
}

// fields splits the line at byte offset ref into key, frequency and part of
// speech ("" when it has none).
func (d *dictionary) fields(ref int) (key, freq, pos string) {
	line := d.text[ref:]
	line = line[:strings.IndexByte(line, '\n')]
	key, rest, _ := strings.Cut(line, " ")
	freq, pos, _ = strings.Cut(rest, " ")
	return key, freq, pos
}

// freq returns the frequency of the line at ref.
func (d *dictionary) freq(ref int) float64 {
	_, f, _ := d.fields(ref)
	v, _ := trie.ParseFreq(f) // validated when the trie was built
	return v
}

// pos returns the part of speech of the line at ref, whose key is keyLen
// bytes long; it is the hot path of emitting a token.
func (d *dictionary) pos(ref uint32, keyLen int) string {
	rest := d.text[int(ref)+keyLen+1:]
	rest = rest[:strings.IndexByte(rest, '\n')]
	if sp := strings.IndexByte(rest, ' '); sp >= 0 {
		return rest[sp+1:]
	}
	return ""
}

// lines calls f with the byte offset of every line in key order.
func (d *dictionary) lines(f func(ref int)) {
	for off := 0; off < len(d.text); {
		f(off)
		off += strings.IndexByte(d.text[off:], '\n') + 1
	}
}

// A lattice is the pair of dictionaries a Segmenter searches: the overlay
// of user and domain words, which wins over the base, and the base
// dictionary. It is safe for concurrent use.
type lattice struct {
	dicts  [2]*dictionary // overlay, base
	logSum float32        // float32(log2(total frequency))
	pool   sync.Pool      // *scratch
}

// A scratch holds the buffers of one segment call, reused across calls.
type scratch struct {
	bounds []int32
	steps  []step
	path   []int32
}

// newLattice joins the dictionaries; baseTotal is the sum of base's
// frequencies.
func newLattice(overlay, base *dictionary, baseTotal float64) *lattice {
	total := float64(0)
	overlay.lines(func(ref int) { total += overlay.freq(ref) })
	total += baseTotal
	overlay.lines(func(ref int) {
		k, _, _ := overlay.fields(ref)
		if j := base.find(k); j >= 0 {
			total -= base.freq(j)
		}
	})
	l := &lattice{dicts: [2]*dictionary{overlay, base}, logSum: float32(math.Log2(total))}
	l.pool.New = func() any { return new(scratch) }
	return l
}

// A step is the best path found so far to the end of one unit.
type step struct {
	dist  float32 // path length from the start of the text; 0 when unreached
	units int32   // number of units in the last word of the path
	ref   uint32  // line of the last word in its table
	dict  int8    // dictionary of the last word, -1 for a pseudo word
}

// segment appends to toks the words of text as byte spans with their parts
// of speech, leaving out white space, and returns the extended slice. When
// toks has no capacity, it allocates one of the right size.
func (l *lattice) segment(text string, toks []pipeline.Token) []pipeline.Token {
	if text == "" {
		return toks
	}
	sc := l.pool.Get().(*scratch)
	defer l.pool.Put(sc)
	sc.bounds = appendUnits(sc.bounds[:0], text)
	bounds := sc.bounds
	n := len(bounds) - 1
	sc.steps = slices.Grow(sc.steps[:0], n)[:n]
	steps := sc.steps
	clear(steps)
	tries := [2]*trie.Trie{l.dicts[0].trie, l.dicts[1].trie}
	for cur := 0; cur < n; cur++ {
		var base float32
		if cur > 0 {
			base = steps[cur-1].dist
		}
		// Walk both tries along the units from cur, lowercasing ASCII.
		var node [2]trie.Node
		alive := [2]bool{true, true}
		single := false
		pos := int(bounds[cur])
		for k := 1; cur+k <= n; k++ {
			for end := int(bounds[cur+k]); pos < end; {
				r, size := rune(text[pos]), 1
				if r >= utf8.RuneSelf {
					r, size = utf8.DecodeRuneInString(text[pos:])
					if size == 1 { // invalid UTF-8 is in no key
						alive = [2]bool{}
						break
					}
				} else if 'A' <= r && r <= 'Z' {
					r += 'a' - 'A'
				}
				for t := range tries {
					if alive[t] {
						node[t], alive[t] = tries[t].Child(node[t], r)
					}
				}
				if !alive[0] && !alive[1] {
					break
				}
				pos += size
			}
			if !alive[0] && !alive[1] {
				break
			}
			for t := range tries {
				if !alive[t] {
					continue
				}
				if lg, ref, ok := tries[t].Word(node[t]); ok {
					if k == 1 {
						single = true
					}
					update(&steps[cur+k-1], base+(l.logSum-lg), step{units: int32(k), dict: int8(t), ref: ref})
					break
				}
			}
		}
		if !single {
			update(&steps[cur], base+pseudoDistance, step{units: 1, dict: -1})
		}
	}
	// Walk back from the end, then emit in order.
	path := sc.path[:0]
	for i := n - 1; i >= 0; i -= int(steps[i].units) {
		path = append(path, int32(i))
	}
	sc.path = path
	if cap(toks) == 0 {
		toks = make([]pipeline.Token, 0, len(path))
	}
	for j := len(path) - 1; j >= 0; j-- {
		last := path[j]
		s := steps[last]
		start, end := int(bounds[last-s.units+1]), int(bounds[last+1])
		if isSpace(text[start:end]) {
			continue
		}
		pos := ""
		if s.dict >= 0 {
			pos = l.dicts[s.dict].pos(s.ref, end-start)
		}
		toks = append(toks, pipeline.Token{Span: pipeline.Span{Start: start, End: end}, POS: pos})
	}
	return toks
}

// update records w as the best path to its unit when it is shorter, as
// gse's updateJumper does (float32 distances, strict comparison).
func update(s *step, dist float32, w step) {
	if s.dist == 0 || s.dist > dist {
		w.dist = dist
		*s = w
	}
}

// appendUnits appends to b the byte offsets where gse's units start,
// followed by len(text).
func appendUnits(b []int32, text string) []int32 {
	inRun := false
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		alnum := size <= 2 && (unicode.IsLetter(r) || unicode.IsNumber(r))
		if !alnum || !inRun {
			b = append(b, int32(i))
		}
		inRun = alnum
		i += size
	}
	return append(b, int32(len(text)))
}
