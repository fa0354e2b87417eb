package dict

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/go-ego/gse"
	"github.com/policyx/policyx/dict/internal/trie"
	"github.com/policyx/policyx/internal/shared"
	"github.com/policyx/policyx/pipeline"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// gseReference loads dictionary text ("word freq pos" lines) into gse in
// one call, as the first version of this package did, with the settings
// the style guide asks for.
func gseReference(t testing.TB, dictText string) *gse.Segmenter {
	t.Helper()
	seg := &gse.Segmenter{NotLoadHMM: true, SkipLog: true}
	require.NoError(t, seg.LoadDictStr(dictText))
	return seg
}

// gseSegment returns gse's segmentation of text in the form Segment gives.
func gseSegment(seg *gse.Segmenter, text string) []pipeline.Token {
	toks := []pipeline.Token{}
	for _, sg := range seg.Segment([]byte(text)) {
		if isSpace(text[sg.Start():sg.End()]) {
			continue
		}
		pos := ""
		if sg.Token().Freq() >= MinFreq { // gse's pseudo words have frequency 1
			pos = sg.Token().Pos()
		}
		toks = append(toks, pipeline.Token{Span: pipeline.Span{Start: sg.Start(), End: sg.End()}, POS: pos})
	}
	return toks
}

// overlayText renders the overlay in gse's load order: user words, then
// domain terms.
func overlayText(o *overlay) string {
	var b strings.Builder
	for _, e := range o.entries {
		fmt.Fprintf(&b, "%s %s %s\n", e.word, strconv.FormatFloat(e.freq, 'g', -1, 64), e.pos)
	}
	return b.String()
}

// corpusSample returns every step-th work report of the shared corpus.
func corpusSample(t testing.TB, step int) []string {
	t.Helper()
	var texts []string
	for i, r := range shared.Reports(t) {
		if i%step == 0 {
			texts = append(texts, r.Text)
		}
	}
	return texts
}

// TestSegmentMatchesGSE proves that the table-driven segmenter gives gse's
// segmentation with the full zh_s dictionary and the domain terms, on the
// founding article and on work reports.
func TestSegmentMatchesGSE(t *testing.T) {
	if testing.Short() {
		t.Skip("loads gse's full dictionary (seconds)")
	}
	set, err := Builtin()
	require.NoError(t, err)
	ov, err := newOverlay(set, nil)
	require.NoError(t, err)
	ref := gseReference(t, overlayText(ov)+baseText)
	s := testSegmenter(t)

	article := readArticle(t)
	assert.Equal(t, gseSegment(ref, article), s.Segment(article), "founding article")

	t.Run("work reports", func(t *testing.T) {
		for i, text := range corpusSample(t, 3) {
			want, got := gseSegment(ref, text), s.Segment(text)
			if !assert.Equal(t, len(want), len(got), "report %d: token count", i) {
				continue
			}
			for j := range want {
				if !assert.Equal(t, want[j], got[j], "report %d token %d %q", i, j, text[want[j].Start:want[j].End]) {
					break
				}
			}
		}
	})
}

// TestBaseMatchesGSE checks that base/zh_s.txt holds exactly the words,
// frequencies and tags gse loads from its zh_s dictionary, that it is sorted
// and that the generated constants describe it.
func TestBaseMatchesGSE(t *testing.T) {
	if testing.Short() {
		t.Skip("loads gse's full dictionary (seconds)")
	}
	base, err := openDictionary("base", baseText, baseTrie)
	require.NoError(t, err)
	require.Equal(t, baseEntries, base.trie.Words())
	total, count, prev := 0.0, 0, ""
	base.lines(func(ref int) {
		k, _, _ := base.fields(ref)
		if count > 0 && prev >= k {
			t.Fatalf("line %d: %q not after %q", count+1, k, prev)
		}
		prev = k
		count++
		total += base.freq(ref)
	})
	assert.Equal(t, baseEntries, count)
	assert.Equal(t, float64(baseTotalFreq), total)
	sum := sha256.Sum256([]byte(baseText))
	assert.Equal(t, baseSHA256, hex.EncodeToString(sum[:]))

	var seg gse.Segmenter
	seg.NotLoadHMM, seg.SkipLog = true, true
	require.NoError(t, seg.LoadDictEmbed("zh_s"))
	require.Equal(t, count, seg.Dict.NumTokens(), "regenerate with go generate after changing gse")
	bad := 0
	for i := range seg.Dict.Tokens {
		tk := &seg.Dict.Tokens[i]
		j := base.find(tk.Text())
		n, _ := base.trie.Find(tk.Text())
		if j < 0 || base.freq(j) != tk.Freq() || pos(base, j) != tk.Pos() || base.trie.POS(n) != tk.Pos() {
			bad++
			if bad < 5 {
				t.Errorf("gse word %q %v %s: table line at byte %d", tk.Text(), tk.Freq(), tk.Pos(), j)
			}
		}
		if n, ok := base.trie.Find(tk.Text()); ok {
			lg, _ := base.trie.Word(n)
			assert.Equal(t, float32(math.Log2(tk.Freq())), lg, "log2 frequency of %q", tk.Text())
		}
	}
	assert.Zero(t, bad, "words that differ")
}

// pos returns the part of speech of d's table line at ref.
func pos(d *dictionary, ref int) string {
	_, _, p := d.fields(ref)
	return p
}

// TestBaseTrie checks that the embedded trie image is the one the generator
// builds from the embedded table.
func TestBaseTrie(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes the full base dictionary")
	}
	img, err := trie.Build(baseText)
	require.NoError(t, err)
	assert.True(t, string(img) == baseTrie, "base/zh_s.trie is stale; run go generate")

	base, err := openDictionary("base", baseText, baseTrie)
	require.NoError(t, err)
	bad := 0
	base.lines(func(ref int) {
		k, _, _ := base.fields(ref)
		if base.find(k) != ref {
			bad++
		}
	})
	assert.Zero(t, bad, "words not found at their line")
}

// smallDict is a base dictionary with the cases that need care: ASCII
// letters in words, letters and digits next to Chinese, single characters,
// overlapping words.
const smallDict = `a股 30 n
gdp 50 n
x光 20 n
中国 100 ns
中国人 40 n
国人 30 n
人民 80 n
人 60 n
民 10 n
研发 40 j
研发投入 25 n
投入 60 v
入 2 v
β 5 x
αβ 5 x
`

// tieDict has a total frequency of 1024, so distances are whole numbers
// and 甲乙/丙 ties with 甲/乙丙: the earlier word wins.
const tieDict = `甲乙 256 n
乙丙 256 n
丙丁 128 n
甲 2 n
乙 2 n
丙 2 n
丁 2 n
己庚 376 n
`

// pseudoDict makes 丑/寅卯 (a unit the dictionary lacks, distance 32, then a
// frequent word) a little longer than 丑寅/卯 (two rare words).
const pseudoDict = `寅卯 77000 n
丑寅 2 n
卯 2 n
辰巳 78000 n
`

// smallSegmenter builds the table-driven segmenter over the dictionary
// dict and the overlay ov, and the gse reference with the same words.
func smallSegmenter(t testing.TB, dict, ov string) (*lattice, *gse.Segmenter) {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(dict), "\n")
	total := 0.0
	for _, l := range lines {
		f, err := strconv.ParseFloat(strings.Fields(l)[1], 64)
		require.NoError(t, err)
		total += f
	}
	baseTab, err := newDictionary("small", sortedLines(lines))
	require.NoError(t, err)
	var ovLines []string
	if ov != "" {
		ovLines = strings.Split(strings.TrimSpace(ov), "\n")
	}
	ovTab, err := newDictionary("overlay", sortedLines(ovLines))
	require.NoError(t, err)
	return newLattice(ovTab, baseTab, total), gseReference(t, ov+dict)
}

func sortedLines(lines []string) string {
	var b strings.Builder
	ls := append([]string(nil), lines...)
	slicesSortByKey(ls)
	for _, l := range ls {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return b.String()
}

func slicesSortByKey(ls []string) {
	key := func(l string) string { return strings.Fields(l)[0] }
	for i := 1; i < len(ls); i++ {
		for j := i; j > 0 && key(ls[j-1]) > key(ls[j]); j-- {
			ls[j-1], ls[j] = ls[j], ls[j-1]
		}
	}
}

func latticeSegment(l *lattice, text string) []pipeline.Token {
	return l.segment(text, []pipeline.Token{})
}

var smallCases = []struct {
	name string
	text string
}{
	{"overlapping words", "中国人民研发投入"},
	{"ascii case", "A股和GDP与Gdp、gdpx"},
	{"letters before Chinese", "X光中国ab人"},
	{"digits inside runs", "2023年gdp2增长5.2%"},
	{"full-width letters", "Ｘ光ＧＤＰ"},
	{"greek run", "αβ β αβγ"},
	{"unknown characters", "😀中国🇨🇳人"},
	{"invalid UTF-8", "中\xff国\xe4\xb8人"},
	{"white space", " 中国 \n人民\t"},
	{"single unit", "入"},
}

// TestLatticeMatchesGSE compares the engine with gse on a small dictionary
// whose total frequency makes every rule visible.
func TestLatticeMatchesGSE(t *testing.T) {
	dicts := []struct {
		name, dict, ov string
	}{
		{"small", smallDict, ""},
		{"small with overlay", smallDict, "人民研发 500 nz\n国人 3 zz\n入 9 q\n"},
	}
	for _, d := range dicts {
		lat, ref := smallSegmenter(t, d.dict, d.ov)
		for _, tt := range smallCases {
			t.Run(d.name+"/"+tt.name, func(t *testing.T) {
				assert.Equal(t, gseSegment(ref, tt.text), latticeSegment(lat, tt.text))
			})
		}
	}
}

// TestLatticeRules checks the two rules whose effect is hard to see on real
// text: ties go to the path found first, and an unknown unit costs 32.
func TestLatticeRules(t *testing.T) {
	tests := []struct {
		name, dict, text, want string
	}{
		{"tie", tieDict, "甲乙丙", "甲/乙丙"},
		{"no tie", tieDict, "丁甲乙丙丁", "丁/甲乙/丙丁"},
		{"pseudo distance", pseudoDict, "丑寅卯", "丑寅/卯"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lat, ref := smallSegmenter(t, tt.dict, "")
			assert.Equal(t, tt.want, words(tt.text, gseSegment(ref, tt.text)), "gse")
			assert.Equal(t, tt.want, words(tt.text, latticeSegment(lat, tt.text)))
		})
	}
}

func FuzzLatticeMatchesGSE(f *testing.F) {
	for _, tt := range smallCases {
		f.Add(tt.text)
	}
	lat, ref := smallSegmenter(f, smallDict, "人民研发 500 nz\n国人 3 zz\n")
	f.Fuzz(func(t *testing.T, text string) {
		want, got := gseSegment(ref, text), latticeSegment(lat, text)
		if len(want) != len(got) {
			t.Fatalf("%q: gse %v, got %v", text, want, got)
		}
		for i := range want {
			if want[i] != got[i] {
				t.Fatalf("%q: token %d: gse %v, got %v", text, i, want[i], got[i])
			}
		}
	})
}
