package dict

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the segmentation engine. It reproduces gse's
// Segmenter.Segment (the shortest path through a word lattice, without
// HMM) token for token, but reads its dictionaries from sorted text tables
// instead of building gse's trie, so that a process pays no dictionary
// recalculation at start-up: gse's CalcToken segments every one of the
// 352,275 base words once more, which costs seconds and well over 100 MB.
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

// A table is a dictionary in text form: lines "key freq pos\n" sorted by
// key bytes, key being the word with ASCII letters lowercased. It is
// immutable and safe for concurrent use.
type table struct {
	data   string
	start  []uint32 // byte offset of each line in data
	keyEnd []uint32 // byte offset of the space after each key
	first  []firstRange
}

// A firstRange is the range of lines whose keys start with one rune.
type firstRange struct {
	r      rune
	lo, hi int32
}

// newTable indexes data. It checks the line format but not the order; the
// callers build or test the order.
func newTable(name, data string) (*table, error) {
	n := strings.Count(data, "\n")
	t := &table{data: data, start: make([]uint32, 0, n), keyEnd: make([]uint32, 0, n)}
	if len(data) > math.MaxInt32 {
		return nil, fmt.Errorf("dict: %s: table too large", name)
	}
	for off := 0; off < len(data); {
		nl := strings.IndexByte(data[off:], '\n')
		if nl < 0 {
			return nil, fmt.Errorf("dict: %s:%d: %w: missing final newline", name, len(t.start)+1, ErrSyntax)
		}
		sp := strings.IndexByte(data[off:off+nl], ' ')
		if sp <= 0 {
			return nil, fmt.Errorf("dict: %s:%d: %w: want \"word freq pos\"", name, len(t.start)+1, ErrSyntax)
		}
		if r, _ := utf8.DecodeRuneInString(data[off:]); len(t.first) == 0 || t.first[len(t.first)-1].r != r {
			t.first = append(t.first, firstRange{r: r, lo: int32(len(t.start))})
		}
		t.first[len(t.first)-1].hi = int32(len(t.start) + 1)
		t.start = append(t.start, uint32(off))
		t.keyEnd = append(t.keyEnd, uint32(off+sp))
		off += nl + 1
	}
	return t, nil
}

func (t *table) len() int { return len(t.start) }

func (t *table) key(i int) string { return t.data[t.start[i]:t.keyEnd[i]] }

// rest returns the "freq pos" part of line i.
func (t *table) rest(i int) string {
	end := len(t.data) - 1
	if i+1 < len(t.start) {
		end = int(t.start[i+1]) - 1
	}
	return t.data[t.keyEnd[i]+1 : end]
}

// freq returns the frequency of line i.
func (t *table) freq(i int) float64 {
	r := t.rest(i)
	if sp := strings.IndexByte(r, ' '); sp >= 0 {
		r = r[:sp]
	}
	var v float64
	for j := 0; j < len(r); j++ {
		c := r[j]
		if c < '0' || c > '9' {
			f, _ := strconv.ParseFloat(r, 64) // validated when the table was written
			return f
		}
		v = v*10 + float64(c-'0')
	}
	return v
}

// pos returns the part of speech of line i, "" when it has none.
func (t *table) pos(i int) string {
	r := t.rest(i)
	if sp := strings.IndexByte(r, ' '); sp >= 0 {
		return r[sp+1:]
	}
	return ""
}

// startingWith returns the range of lines whose keys start with r.
func (t *table) startingWith(r rune) (lo, hi int) {
	i := sort.Search(len(t.first), func(i int) bool { return t.first[i].r >= r })
	if i < len(t.first) && t.first[i].r == r {
		return int(t.first[i].lo), int(t.first[i].hi)
	}
	return 0, 0
}

// narrow returns the sub-range of [lo, hi) whose keys start with p, given
// that all keys in [lo, hi) start with p[:common]. It is the hot loop of
// Segment: plain binary search for the lower bound, then a galloping search
// for the end, since few keys share a prefix of two characters or more.
func (t *table) narrow(lo, hi int, p string, common int) (int, int) {
	suf := p[common:]
	end := hi
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if t.data[int(t.start[m])+common:t.keyEnd[m]] < suf {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == end || !t.hasSuffixAt(lo, common, suf) {
		return lo, lo
	}
	// Gallop: [lo, a) match; find b with no match, then bisect [a, b).
	a, step := lo+1, 1
	b := a
	for b < end && t.hasSuffixAt(b, common, suf) {
		a = b + 1
		b += step
		step *= 2
	}
	b = min(b, end)
	for a < b {
		m := int(uint(a+b) >> 1)
		if t.hasSuffixAt(m, common, suf) {
			a = m + 1
		} else {
			b = m
		}
	}
	return lo, a
}

// hasSuffixAt reports whether key i continues with suf at byte common.
func (t *table) hasSuffixAt(i, common int, suf string) bool {
	k := t.data[int(t.start[i])+common : t.keyEnd[i]]
	return len(k) >= len(suf) && k[:len(suf)] == suf
}

// find returns the line whose key is k, or -1.
func (t *table) find(k string) int {
	i := sort.Search(t.len(), func(i int) bool { return t.key(i) >= k })
	if i < t.len() && t.key(i) == k {
		return i
	}
	return -1
}

// A lattice is the pair of tables a Segmenter searches: the overlay of user
// and domain words, which wins over the base, and the base dictionary.
type lattice struct {
	tabs   [2]*table // overlay, base
	logSum float32   // float32(log2(total frequency))
}

// newLattice joins the tables; baseTotal is the sum of base's frequencies.
func newLattice(overlay, base *table, baseTotal float64) *lattice {
	total := float64(0)
	for i := range overlay.len() {
		total += overlay.freq(i)
	}
	total += baseTotal
	for i := range overlay.len() {
		if j := base.find(overlay.key(i)); j >= 0 {
			total -= base.freq(j)
		}
	}
	return &lattice{tabs: [2]*table{overlay, base}, logSum: float32(math.Log2(total))}
}

// A step is the best path found so far to the end of one unit.
type step struct {
	dist  float32 // path length from the start of the text; 0 when unreached
	units int32   // number of units in the last word of the path
	tab   int8    // table of the last word, -1 for a pseudo word
	line  int32   // line of the last word in its table
}

// segment returns the words of text as byte spans with their parts of
// speech, white-space words included.
func (l *lattice) segment(text string, emit func(start, end int, pos string)) {
	if text == "" {
		return
	}
	bounds := units(text)
	lower := asciiLower(text)
	n := len(bounds) - 1
	steps := make([]step, n)
	for cur := 0; cur < n; cur++ {
		var base float32
		if cur > 0 {
			base = steps[cur-1].dist
		}
		start := int(bounds[cur])
		r, common := utf8.DecodeRuneInString(lower[start:])
		var lo, hi [2]int
		for t, tab := range l.tabs {
			lo[t], hi[t] = tab.startingWith(r)
		}
		single := false
		for k := 1; cur+k <= n; k++ {
			p := lower[start:bounds[cur+k]]
			alive, found := false, -1
			for t, tab := range l.tabs {
				if lo[t] == hi[t] {
					continue
				}
				if len(p) > common {
					lo[t], hi[t] = tab.narrow(lo[t], hi[t], p, common)
				}
				if lo[t] == hi[t] {
					continue
				}
				alive = true
				if found < 0 && int(tab.keyEnd[lo[t]]-tab.start[lo[t]]) == len(p) {
					found = t
				}
			}
			if !alive {
				break
			}
			common = len(p)
			if found < 0 {
				continue
			}
			if k == 1 {
				single = true
			}
			line := lo[found]
			d := l.logSum - float32(math.Log2(l.tabs[found].freq(line)))
			update(&steps[cur+k-1], base+d, step{units: int32(k), tab: int8(found), line: int32(line)})
		}
		if !single {
			update(&steps[cur], base+pseudoDistance, step{units: 1, tab: -1})
		}
	}
	// Walk back from the end, then emit in order.
	count := 0
	for i := n - 1; i >= 0; i -= int(steps[i].units) {
		count++
	}
	path := make([]int32, count)
	for i := n - 1; i >= 0; i -= int(steps[i].units) {
		count--
		path[count] = int32(i)
	}
	for _, last := range path {
		s := steps[last]
		first := int(last) - int(s.units) + 1
		pos := ""
		if s.tab >= 0 {
			pos = l.tabs[s.tab].pos(int(s.line))
		}
		emit(int(bounds[first]), int(bounds[last+1]), pos)
	}
}

// update records w as the best path to its unit when it is shorter, as
// gse's updateJumper does (float32 distances, strict comparison).
func update(s *step, dist float32, w step) {
	if s.dist == 0 || s.dist > dist {
		w.dist = dist
		*s = w
	}
}

// units returns the byte offsets where gse's units start, followed by
// len(text).
func units(text string) []int32 {
	b := make([]int32, 0, len(text)/3+2)
	inRun := false
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		alnum := size <= 2 && (unicode.IsLetter(r) || unicode.IsNumber(r))
		if !alnum || !inRun {
			b = append(b, int32(i))
		}
		inRun = alnum
		i += size
	}
	return append(b, int32(len(text)))
}
