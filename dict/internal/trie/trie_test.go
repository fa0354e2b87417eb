package trie

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// table holds keys that share prefixes, a key that is a prefix of others
// (中国 of 中国人), ASCII, a key above the BMP and lines without a part of
// speech.
const table = "a股 30 n\n" +
	"gdp 50 n\n" +
	"中 2 n\n" +
	"中国 100 ns\n" +
	"中国人 40\n" +
	"中文 3 nz\n" +
	"人民 80 n\n" +
	"人民币 7.5 n\n" +
	"𠀋𠀋 9 x\n"

func open(t *testing.T, table string) *Trie {
	t.Helper()
	img, err := Build(table)
	require.NoError(t, err)
	tr, err := Open(string(img))
	require.NoError(t, err)
	return tr
}

func TestFind(t *testing.T) {
	tr := open(t, table)
	assert.Equal(t, 9, tr.Words())
	assert.Equal(t, sha256.Sum256([]byte(table)), tr.TableSum())
	tests := []struct {
		name   string
		key    string
		prefix bool    // key is a prefix of a word
		freq   float64 // 0 when key is no word
		pos    string
	}{
		{"ascii word", "gdp", true, 50, "n"},
		{"ascii prefix", "gd", true, 0, ""},
		{"upper case is another key", "GDP", false, 0, ""},
		{"single character", "中", true, 2, "n"},
		{"word that prefixes others", "中国", true, 100, "ns"},
		{"longest word, no part of speech", "中国人", true, 40, ""},
		{"sibling", "中文", true, 3, "nz"},
		{"fraction frequency", "人民币", true, 7.5, "n"},
		{"prefix only", "人", true, 0, ""},
		{"beyond the BMP", "𠀋𠀋", true, 9, "x"},
		{"prefix beyond the BMP", "𠀋", true, 0, ""},
		{"past a word", "中国人民", false, 0, ""},
		{"absent", "民", false, 0, ""},
		{"empty is the root", "", true, 0, ""},
		{"invalid UTF-8", "中\xe5", false, 0, ""},
		{"replacement character", "\ufffd", false, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, ok := tr.Find(tt.key)
			assert.Equal(t, tt.prefix, ok, "prefix")
			if !ok {
				return
			}
			lg, word := tr.Word(n)
			assert.Equal(t, tt.freq != 0, word, "word")
			assert.Equal(t, tt.pos, tr.POS(n), "part of speech")
			if !word {
				return
			}
			assert.Equal(t, float32(math.Log2(tt.freq)), lg)
			line := table[tr.Ref(n):]
			assert.True(t, strings.HasPrefix(line, tt.key+" "), "ref points at %q", line[:strings.IndexByte(line, '\n')])
		})
	}
}

// TestChildOrder checks that a node's children are found whatever their
// number and position, at the root and below it.
func TestChildOrder(t *testing.T) {
	var b strings.Builder
	var keys []string
	for r := rune(0x4e00); r < 0x4e00+300; r += 3 {
		keys = append(keys, string(r), "中"+string(r))
	}
	keys = append(keys, "𠀀", "𠀋")
	sorted := append([]string(nil), keys...)
	for i := range sorted { // insertion sort by bytes
		for j := i; j > 0 && sorted[j-1] > sorted[j]; j-- {
			sorted[j-1], sorted[j] = sorted[j], sorted[j-1]
		}
	}
	for _, k := range sorted {
		b.WriteString(k + " 5 n\n")
	}
	tr := open(t, b.String())
	for _, k := range keys {
		n, ok := tr.Find(k)
		if assert.True(t, ok, k) {
			_, word := tr.Word(n)
			assert.True(t, word, k)
		}
	}
	for _, k := range []string{"丁", "中丁", "中中中", "𠀁"} {
		if n, ok := tr.Find(k); ok {
			_, word := tr.Word(n)
			assert.False(t, word, k)
		}
	}
}

func TestBuildErrors(t *testing.T) {
	var manyPOS strings.Builder
	for i := range maxPOS + 1 {
		fmt.Fprintf(&manyPOS, "%c 2 p%d\n", 0x4e00+i, i)
	}
	tests := []struct {
		name  string
		table string
		want  string
	}{
		{"unsorted", "甲 2 n\n乙 2 n\n", "line 2: key \"乙\" not after \"甲\""},
		{"duplicate", "甲 2 n\n甲 3 n\n", "line 2: key \"甲\" not after"},
		{"missing newline", "甲 2 n", "line 1: missing final newline"},
		{"no frequency", "甲\n", "line 1: want"},
		{"too many fields", "甲 2 n x\n", "line 1: want"},
		{"empty key", " 2 n\n", "line 1: want"},
		{"frequency below 2", "甲 1 n\n", "line 1: bad frequency \"1\""},
		{"frequency not a number", "甲 x n\n", "line 1: bad frequency"},
		{"invalid UTF-8", "\xe7\x94 2 n\n", "line 1: key"},
		{"replacement character", "\ufffd 2 n\n", "line 1: key"},
		{"too many parts of speech", manyPOS.String(), "256 parts of speech, at most 255"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Build(tt.table)
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrTable)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestOpenErrors(t *testing.T) {
	img, err := Build(table)
	require.NoError(t, err)
	badCount := []byte(string(img))
	binary.LittleEndian.PutUint32(badCount[len(Magic)+sha256.Size:], 3)
	tr, err := Open(string(img))
	require.NoError(t, err)
	list := "n\nns\nnz\nx\n"
	nodes := headerLen + len(list) + 4*tr.Nodes() // the node array
	badRange := []byte(string(img))
	binary.LittleEndian.PutUint32(badRange[nodes:], 2) // first child of the root
	badList := []byte(string(img))
	badList[headerLen+len(list)-1] = 'y' // the last name loses its end
	tests := []struct {
		name string
		data string
	}{
		{"empty", ""},
		{"bad magic", "pxtrie0\n" + string(img[len(Magic):])},
		{"truncated", string(img[:len(img)-1])},
		{"wrong node count", string(badCount)},
		{"bad child range", string(badRange)},
		{"bad part-of-speech list", string(badList)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Open(tt.data)
			assert.ErrorIs(t, err, ErrImage)
		})
	}
}

// TestEmpty checks that an empty table gives a trie with only the root.
func TestEmpty(t *testing.T) {
	tr := open(t, "")
	assert.Equal(t, 0, tr.Words())
	assert.Equal(t, 1, tr.Nodes())
	_, ok := tr.Child(Root, '中')
	assert.False(t, ok)
	_, word := tr.Word(Root)
	assert.False(t, word)
}
