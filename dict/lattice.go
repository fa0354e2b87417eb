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
	if _, ok := d.trie.Word(n); ok {
		return int(d.trie.Ref(n))
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
	bounds []int32 // byte offset of each unit, then len(text)
	first  []int32 // index in runes of each unit's first rune, then len(runes)
	runes  []rune  // the text's runes, ASCII lowercased, -1 for invalid UTF-8
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
	dist  float32   // path length from the start of the text; 0 when unreached
	units int32     // number of units in the last word of the path
	node  trie.Node // trie node of the last word
	dict  int8      // dictionary of the last word, -1 for a pseudo word
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
	sc.units(text)
	bounds, first, runes := sc.bounds, sc.first, sc.runes
	n := len(bounds) - 1
	sc.steps = slices.Grow(sc.steps[:0], n)[:n]
	steps := sc.steps
	clear(steps)
	ov, bs := l.dicts[0].trie, l.dicts[1].trie
	for cur := 0; cur < n; cur++ {
		var base float32
		if cur > 0 {
			base = steps[cur-1].dist
		}
		// Walk both tries along the units from cur.
		var on, bn trie.Node
		oAlive, bAlive := true, true
		single := false
		ri := int(first[cur])
		for k := 1; cur+k <= n; k++ {
			for end := int(first[cur+k]); ri < end; ri++ {
				r := runes[ri]
				if oAlive {
					on, oAlive = ov.Child(on, r)
				}
				if bAlive {
					bn, bAlive = bs.Child(bn, r)
				}
				if !oAlive && !bAlive {
					break
				}
			}
			if !oAlive && !bAlive {
				break
			}
			w := step{units: int32(k)}
			lg, ok := float32(0), false
			if oAlive {
				lg, ok = ov.Word(on)
				w.node, w.dict = on, 0
			}
			if !ok && bAlive {
				lg, ok = bs.Word(bn)
				w.node, w.dict = bn, 1
			}
			if !ok {
				continue
			}
			if k == 1 {
				single = true
			}
			update(&steps[cur+k-1], base+(l.logSum-lg), w)
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
			// The part of speech sits in the node's cache line, which
			// the walk has read, not in the table line, which it has not.
			pos = l.dicts[s.dict].trie.POS(s.node)
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

// units cuts text into gse's units: it sets bounds to the byte offsets
// where units start, followed by len(text), runes to the text's code points
// with ASCII letters lowercased and -1 for each byte of invalid UTF-8 (no
// key holds it), and first to the index in runes of each unit's first
// code point, followed by len(runes).
func (sc *scratch) units(text string) {
	bounds, first, runes := sc.bounds[:0], sc.first[:0], sc.runes[:0]
	inRun := false
	for i := 0; i < len(text); {
		r, size := decodeRune(text[i:])
		alnum := size <= 2 && (unicode.IsLetter(r) || unicode.IsNumber(r))
		if !alnum || !inRun {
			bounds = append(bounds, int32(i))
			first = append(first, int32(len(runes)))
		}
		inRun = alnum
		switch {
		case 'A' <= r && r <= 'Z':
			r += 'a' - 'A'
		case r == utf8.RuneError && size == 1:
			r = -1
		}
		runes = append(runes, r)
		i += size
	}
	sc.bounds = append(bounds, int32(len(text)))
	sc.first = append(first, int32(len(runes)))
	sc.runes = runes
}

// decodeRune is utf8.DecodeRuneInString with the three-byte sequences of
// CJK text decoded inline.
func decodeRune(s string) (rune, int) {
	c := s[0]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	// E1-EC and EE-EF lead three-byte sequences whose second byte may be
	// any continuation byte (E0 and ED restrict it).
	if len(s) >= 3 && 0xE1 <= c && c <= 0xEF && c != 0xED && s[1]&0xC0 == 0x80 && s[2]&0xC0 == 0x80 {
		return rune(c&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s)
}
