package dict

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/policyx/policyx/pipeline"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// builtinSegmenter loads the built-in segmenter once per test binary.
var builtinSegmenter = sync.OnceValues(func() (*Segmenter, error) {
	set, err := Builtin()
	if err != nil {
		return nil, err
	}
	return NewSegmenter(set, SegmenterOptions{})
})

func testSegmenter(t testing.TB) *Segmenter {
	t.Helper()
	s, err := builtinSegmenter()
	require.NoError(t, err)
	return s
}

// words returns the token texts of text joined by "/".
func words(text string, toks []pipeline.Token) string {
	ws := make([]string, len(toks))
	for i, tk := range toks {
		ws[i] = text[tk.Start:tk.End]
	}
	return strings.Join(ws, "/")
}

func readArticle(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "articles", "hightech-zones-2022.txt"))
	require.NoError(t, err)
	return string(b)
}

func TestSegmentIndicators(t *testing.T) {
	s := testSegmenter(t)
	tests := []struct {
		name string
		text string
		want string
	}{
		{"technology contract turnover", "全区技术合同交易额突破10亿元", "全区/技术合同/交易额/突破/10/亿元"},
		{"technology contract deals", "技术合同成交额超过700亿元", "技术合同/成交额/超过/700/亿元"},
		{"R&D intensity", "全社会研发投入强度达6.64%", "全社会研发投入/强度/达/6/./64/%"},
		{"local conversion rate", "科技成果就地转化率提升到29.7%", "科技成果/就地/转化率/提升/到/29/./7/%"},
		{"share", "有研发投入的占比达81%", "有/研发投入/的/占比/达/81/%"},
		{"quoted programme", "国家级“专精特新”企业达95家", "国家级/“/专精特新/”/企业/达/95/家"},
		{"enterprise type", "科技型中小企业3462家", "科技型中小企业/3462/家"},
		{"plan period", "力争“十四五”末", "力争/“/十四五/”/末"},
		{"next plan period", "“十五五”时期", "“/十五五/”/时期"},
		{"zone", "国家高新区负责人", "国家高新区/负责人"},
		{"white space dropped", "研发投入 \n强度", "研发投入/强度"},
		{"ascii kept as written", "GDP增长5%", "GDP/增长/5/%"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, words(tt.text, s.Segment(tt.text)))
		})
	}
}

// TestSegmentTerms checks policy terms the base dictionary splits or tags
// wrongly: words, and the part of speech of the first.
func TestSegmentTerms(t *testing.T) {
	s := testSegmenter(t)
	tests := []struct {
		name, text, want, pos string
	}{
		{"VAT credit refunds", "留抵退税政策力度", "留抵退税/政策/力度", "n"},
		{"producer responsibility", "为生产者责任计划", "为/生产者/责任/计划", "zg"},
		{"Taiwan's spelling of a plan", "计画确定后", "计画/确定/后", "n"},
		{"a Taiwan place tagged as a verb", "彰化段计画", "彰化/段/计画", "ns"},
		{"a Taiwan place tagged as a person", "高雄市长", "高雄/市长", "ns"},
		{"a Taiwan place the base lacks", "新北市长", "新北/市长", "ns"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := s.Segment(tt.text)
			assert.Equal(t, tt.want, words(tt.text, toks))
			require.NotEmpty(t, toks)
			assert.Equal(t, tt.pos, toks[0].POS)
		})
	}
}

func TestSegmentPOS(t *testing.T) {
	s := testSegmenter(t)
	text := "高新区，"
	toks := s.Segment(text)
	require.Len(t, toks, 2)
	assert.Equal(t, "n", toks[0].POS, "domain term overrides the base dictionary's tag")
	assert.Equal(t, "", toks[1].POS, "punctuation is unknown to the dictionary")
}

// TestSegmentSpans checks on the founding article that tokens are in order,
// do not overlap, lie on rune boundaries and leave out only white space.
func TestSegmentSpans(t *testing.T) {
	text := readArticle(t)
	toks := testSegmenter(t).Segment(text)
	require.NotEmpty(t, toks)
	prev := 0
	for _, tk := range toks {
		if !assert.True(t, prev <= tk.Start && tk.Start < tk.End && tk.End <= len(text), "token %v after %d", tk.Span, prev) {
			return
		}
		assert.True(t, utf8.RuneStart(text[tk.Start]) && (tk.End == len(text) || utf8.RuneStart(text[tk.End])), "token %v splits a rune", tk.Span)
		assert.Empty(t, strings.TrimSpace(text[prev:tk.Start]), "text between tokens at %d", prev)
		prev = tk.End
	}
	assert.Empty(t, strings.TrimSpace(text[prev:]))
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	return p
}

func TestUserDictionary(t *testing.T) {
	set, err := Builtin()
	require.NoError(t, err)
	text := "推进未来产业探路行动"
	base := testSegmenter(t)
	require.Equal(t, "推进/未来产业/探路/行动", words(text, base.Segment(text)))

	user := writeFile(t, "user.txt", "# a programme name\n产业探路行动 5000 nz\n未来产业探路\t3\n")
	s, err := NewSegmenter(set, SegmenterOptions{UserFiles: []string{user}})
	require.NoError(t, err)
	toks := s.Segment(text)
	assert.Equal(t, "推进/未来/产业探路行动", words(text, toks))
	assert.Equal(t, "nz", toks[2].POS)
	assert.NotEqual(t, base.Version(), s.Version())

	// A user entry overrides the domain term of the same word.
	over := writeFile(t, "over.txt", "高新区 1000 ns\n")
	s, err = NewSegmenter(set, SegmenterOptions{UserFiles: []string{over}})
	require.NoError(t, err)
	toks = s.Segment("高新区")
	require.Len(t, toks, 1)
	assert.Equal(t, "ns", toks[0].POS)
}

func TestUserDictionaryErrors(t *testing.T) {
	set, err := Builtin()
	require.NoError(t, err)
	tests := []struct {
		name    string
		content string
		want    string // expected file:line suffix and message part
		is      error
	}{
		{"bad frequency", "产业探路\n探路行动 many n\n", "bad.txt:2: dict: bad segmentation entry: frequency \"many\" is not a number", ErrEntry},
		{"frequency too low", "\n\n探路行动 1\n", "bad.txt:3: dict: bad segmentation entry: frequency 1 is below the minimum 2", ErrEntry},
		{"too many fields", "探路行动 10 n extra\n", "bad.txt:1: dict: syntax error: 4 fields", ErrSyntax},
		{"bad part of speech", "探路行动 10 名词\n", "bad.txt:1: dict: bad segmentation entry: part of speech", ErrEntry},
		{"duplicate", "探路行动 10\n# comment\n探路行动 20\n", "bad.txt:3: dict: bad segmentation entry: \"探路行动\" already defined at", ErrEntry},
		{"invalid UTF-8", "探路行动 10\n\xff\xfe 10\n", "bad.txt:2: dict: syntax error: not valid UTF-8", ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := writeFile(t, "bad.txt", tt.content)
			_, err := NewSegmenter(set, SegmenterOptions{UserFiles: []string{p}})
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
			assert.True(t, errors.Is(err, tt.is), "errors.Is(%v, %v)", err, tt.is)
		})
	}
	t.Run("missing file", func(t *testing.T) {
		_, err := NewSegmenter(set, SegmenterOptions{UserFiles: []string{filepath.Join(t.TempDir(), "none.txt")}})
		assert.ErrorIs(t, err, os.ErrNotExist)
	})
}

// TestTermsList checks that every built-in term is a valid entry that
// changes something: a word the base dictionary lacks, tags otherwise or
// holds at a lower frequency.
func TestTermsList(t *testing.T) {
	set, err := Builtin()
	require.NoError(t, err)
	ov, err := newOverlay(set, nil)
	require.NoError(t, err)
	require.Greater(t, len(ov.entries), 300)
	base, err := openDictionary("base", baseText, baseTrie)
	require.NoError(t, err)
	for _, e := range ov.entries {
		if i := base.find(e.key); i >= 0 {
			_, freq, pos := base.fields(i)
			assert.True(t, pos != e.pos || base.freq(i) < e.freq, "%s: %q adds nothing to the base entry %s %s", e.source, e.word, freq, pos)
		}
	}
}

func TestSegmentConcurrent(t *testing.T) {
	s := testSegmenter(t)
	text := readArticle(t)
	want := s.Segment(text)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 3 {
				assert.Equal(t, want, s.Segment(text))
			}
		})
	}
	wg.Wait()
}

// TestNewSegmenterCost guards the start-up budget: building a Segmenter
// must not rebuild the base dictionary or its index in memory (gse's own
// load allocates over 150 MB); the base trie is read in place.
func TestNewSegmenterCost(t *testing.T) {
	set, err := Builtin()
	require.NoError(t, err)
	res := testing.Benchmark(func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := NewSegmenter(set, SegmenterOptions{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	assert.Less(t, res.AllocedBytesPerOp(), int64(2<<20), "bytes allocated by NewSegmenter")
}
