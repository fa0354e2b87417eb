// Package trie holds the word index the segmenter walks: a trie over the
// code points of the keys of a sorted dictionary table, laid out in
// breadth-first order in one flat binary image so that the base
// dictionary's index can be built at generate time, embedded and used in
// place, without any work at start-up.
//
// A table is UTF-8 text, one "key freq pos\n" line a word, sorted by the
// bytes of the key, keys unique. Every word node of the trie records the
// byte offset of its line in the table, float32(log2(freq)), the part of
// gse's word distance that does not depend on the whole dictionary, and
// its part of speech.
//
// Image layout, all integers little-endian uint32:
//
//	magic "pxtrie2\n" (8 bytes)
//	SHA-256 of the table text (32 bytes)
//	node count N, word count W, byte length L of the part-of-speech list
//	pos[L]      the distinct parts of speech of the table, sorted, each
//	            followed by "\n"; the k-th (from 1) has number k
//	label[N]    code point of the edge into each node (0 for the root)
//	node[N+1]   pairs first|posnum<<24, log2: the children of node i are
//	            the nodes first[i] to first[i+1]-1, sorted by label;
//	            posnum is the number of the part of speech of the word
//	            that ends at node i, 0 for none; log2 holds the float32
//	            bits of log2(freq), 0 when the node ends no word (first,
//	            part of speech and log2 share a cache line, as the walk
//	            reads log2 and the segmenter then the part of speech)
//	ref[N]      byte offset of the node's line in the table
package trie

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Magic starts every image.
const Magic = "pxtrie2\n"

const headerLen = len(Magic) + sha256.Size + 12

// Limits of the node word's packing: first child in the low 24 bits, part
// of speech number in the high 8.
const (
	maxNodes  = 1 << 24
	maxPOS    = 1<<8 - 1
	firstMask = maxNodes - 1
)

// rootDense is the number of code points, from 0, whose child of the root a
// Trie finds by direct indexing instead of binary search.
const rootDense = 0x10000

// ErrImage is returned by Open for data that is not a well-formed image.
var ErrImage = errors.New("trie: malformed image")

// ErrTable is returned by Build for a table it cannot index.
var ErrTable = errors.New("trie: malformed table")

// A Node identifies a node of a Trie; Root is the empty prefix.
type Node uint32

// Root is the node of the empty prefix.
const Root Node = 0

// A Trie is an opened image. It reads the image in place, is immutable and
// safe for concurrent use.
type Trie struct {
	label, node, ref string
	nodes, words     int
	sum              [sha256.Size]byte
	root             []uint32           // child of the root by code point < rootDense, 0 for none
	pos              [maxPOS + 1]string // part of speech by number, "" at 0 and past the list
}

// Open checks the image's header and sizes and returns the Trie reading
// it. It does not check the order of labels or the part-of-speech numbers
// of the nodes (a number past the list reads as none): Build's output is
// trusted, and reading every node would page in the whole image at
// start-up.
func Open(data string) (*Trie, error) {
	if len(data) < headerLen || data[:len(Magic)] != Magic {
		return nil, fmt.Errorf("%w: bad header", ErrImage)
	}
	t := &Trie{}
	copy(t.sum[:], data[len(Magic):])
	p := len(Magic) + sha256.Size
	n, w, l := int(u32(data[p:], 0)), int(u32(data[p:], 1)), int(u32(data[p:], 2))
	if n < 1 || n > maxNodes || l > len(data) || len(data) != headerLen+l+4*(4*n+2) {
		return nil, fmt.Errorf("%w: %d bytes for %d nodes", ErrImage, len(data), n)
	}
	t.nodes, t.words = n, w
	d := data[headerLen:]
	names := d[:l]
	d = d[l:]
	for k := 1; names != ""; k++ {
		name, rest, ok := strings.Cut(names, "\n")
		if !ok || name == "" || k > maxPOS {
			return nil, fmt.Errorf("%w: bad part-of-speech list", ErrImage)
		}
		t.pos[k] = name
		names = rest
	}
	t.label, d = d[:4*n], d[4*n:]
	t.node, t.ref = d[:8*(n+1)], d[8*(n+1):]
	if t.first(0) != 1 || int(t.first(uint32(n))) != n {
		return nil, fmt.Errorf("%w: bad child ranges", ErrImage)
	}
	t.root = make([]uint32, rootDense)
	for c := uint32(1); c < t.first(1); c++ {
		if r := u32(t.label, c); r < rootDense {
			t.root[r] = c
		}
	}
	return t, nil
}

// u32 reads the i-th little-endian uint32 of s.
func u32(s string, i uint32) uint32 {
	j := 4 * uint(i)
	b := s[j : j+4]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

// first returns the first child of node n.
func (t *Trie) first(n uint32) uint32 { return u32(t.node, 2*n) & firstMask }

// Words returns the number of words in the trie.
func (t *Trie) Words() int { return t.words }

// Nodes returns the number of nodes in the trie, the root included.
func (t *Trie) Nodes() int { return t.nodes }

// TableSum returns the SHA-256 of the table the trie was built from.
func (t *Trie) TableSum() [sha256.Size]byte { return t.sum }

// Child returns the node reached from n by the code point r, and false when
// no key continues n's prefix with r.
func (t *Trie) Child(n Node, r rune) (Node, bool) {
	if n == Root && uint32(r) < rootDense {
		c := t.root[r]
		return Node(c), c != 0
	}
	j := 8 * uint(n)
	b := t.node[j : j+12]
	lo := uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16
	end := uint32(b[8]) | uint32(b[9])<<8 | uint32(b[10])<<16
	for hi := end; lo < hi; {
		m := (lo + hi) >> 1
		if l := u32(t.label, m); l < uint32(r) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < end && u32(t.label, lo) == uint32(r) {
		return Node(lo), true
	}
	return 0, false
}

// Word returns float32(log2(freq)) of the word that ends at n, and false
// when n ends no word.
func (t *Trie) Word(n Node) (log2 float32, ok bool) {
	b := u32(t.node, 2*uint32(n)+1)
	return math.Float32frombits(b), b != 0
}

// POS returns the part of speech of the word that ends at n, "" when it
// has none or n ends no word.
func (t *Trie) POS(n Node) string { return t.pos[t.node[8*uint(n)+3]] }

// Ref returns the byte offset in the table of the line of the word that
// ends at n. It is meaningful only when Word reports a word.
func (t *Trie) Ref(n Node) uint32 { return u32(t.ref, uint32(n)) }

// Find returns the node of key, and false when key is no prefix of a word.
// Invalid UTF-8 is never found.
func (t *Trie) Find(key string) (Node, bool) {
	n := Root
	for _, r := range key {
		if r == utf8.RuneError {
			return 0, false
		}
		c, ok := t.Child(n, r)
		if !ok {
			return 0, false
		}
		n = c
	}
	return n, true
}

// ParseFreq parses the frequency field of a table line.
func ParseFreq(s string) (float64, error) {
	var v float64
	for j := 0; j < len(s); j++ {
		c := s[j]
		if c < '0' || c > '9' {
			return strconv.ParseFloat(s, 64)
		}
		v = v*10 + float64(c-'0')
	}
	if s == "" {
		return 0, strconv.ErrSyntax
	}
	return v, nil
}

// Log2 returns the value the trie stores for a word of frequency freq:
// float32(math.Log2(freq)), as gse rounds it before subtracting it from the
// log of the total frequency.
func Log2(freq float64) float32 { return float32(math.Log2(freq)) }

// A buildNode is a node while building, children in label order.
type buildNode struct {
	label    rune
	children []int32
	log2     float32
	ref      uint32
	pos      string
}

// Build indexes a table (see the package comment) and returns the image.
// Keys must be valid UTF-8 without U+FFFD, strictly increasing, with a
// frequency of at least 2 (so that no stored log2 is 0).
func Build(table string) ([]byte, error) {
	nodes := []buildNode{{}}
	posNum := map[string]uint32{}
	prev := ""
	words := 0
	for off, line := 0, 1; off < len(table); line++ {
		nl := strings.IndexByte(table[off:], '\n')
		if nl < 0 {
			return nil, fmt.Errorf("%w: line %d: missing final newline", ErrTable, line)
		}
		l := table[off : off+nl]
		fs := strings.Split(l, " ")
		if len(fs) < 2 || len(fs) > 3 || fs[0] == "" {
			return nil, fmt.Errorf("%w: line %d: want \"key freq pos\"", ErrTable, line)
		}
		key := fs[0]
		if words > 0 && key <= prev {
			return nil, fmt.Errorf("%w: line %d: key %q not after %q", ErrTable, line, key, prev)
		}
		if !utf8.ValidString(key) || strings.ContainsRune(key, utf8.RuneError) {
			return nil, fmt.Errorf("%w: line %d: key %q is not valid UTF-8", ErrTable, line, key)
		}
		f, err := ParseFreq(fs[1])
		if err != nil || !(f >= 2) || math.IsInf(f, 0) {
			return nil, fmt.Errorf("%w: line %d: bad frequency %q", ErrTable, line, fs[1])
		}
		n := int32(0)
		for _, r := range key {
			ch := nodes[n].children
			// Keys are sorted, so an existing child for r is the last one.
			if len(ch) > 0 && nodes[ch[len(ch)-1]].label == r {
				n = ch[len(ch)-1]
				continue
			}
			nodes = append(nodes, buildNode{label: r})
			c := int32(len(nodes) - 1)
			nodes[n].children = append(nodes[n].children, c)
			n = c
		}
		nodes[n].log2, nodes[n].ref = Log2(f), uint32(off)
		if len(fs) == 3 && fs[2] != "" {
			nodes[n].pos = fs[2]
			posNum[fs[2]] = 0
		}
		words++
		prev = key
		off += nl + 1
	}
	if len(table) > math.MaxUint32 || len(nodes) > maxNodes-1 {
		return nil, fmt.Errorf("%w: table too large", ErrTable)
	}
	if len(posNum) > maxPOS {
		return nil, fmt.Errorf("%w: %d parts of speech, at most %d", ErrTable, len(posNum), maxPOS)
	}
	var names strings.Builder
	for i, name := range slices.Sorted(maps.Keys(posNum)) {
		posNum[name] = uint32(i + 1)
		names.WriteString(name)
		names.WriteByte('\n')
	}

	// Number the nodes breadth first so that every node's children are
	// consecutive.
	order := make([]int32, 1, len(nodes))
	for i := 0; i < len(order); i++ {
		order = append(order, nodes[order[i]].children...)
	}
	n := len(nodes)
	out := make([]byte, headerLen+names.Len()+4*(4*n+2))
	copy(out, Magic)
	sum := sha256.Sum256([]byte(table))
	copy(out[len(Magic):], sum[:])
	p := len(Magic) + sha256.Size
	binary.LittleEndian.PutUint32(out[p:], uint32(n))
	binary.LittleEndian.PutUint32(out[p+4:], uint32(words))
	binary.LittleEndian.PutUint32(out[p+8:], uint32(names.Len()))
	copy(out[headerLen:], names.String())
	label := out[headerLen+names.Len():]
	node := label[4*n:]
	ref := node[8*(n+1):]
	next := uint32(1)
	for i, old := range order {
		bn := &nodes[old]
		binary.LittleEndian.PutUint32(label[4*i:], uint32(bn.label))
		binary.LittleEndian.PutUint32(node[8*i:], next|posNum[bn.pos]<<24)
		next += uint32(len(bn.children))
		binary.LittleEndian.PutUint32(node[8*i+4:], math.Float32bits(bn.log2))
		binary.LittleEndian.PutUint32(ref[4*i:], bn.ref)
	}
	binary.LittleEndian.PutUint32(node[8*n:], next)
	return out, nil
}
