package structure

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/policyx/policyx/pipeline"
)

// fakeSeg is a greedy longest-match segmenter over a small word list; any
// other character is a word of its own. It is enough to test the join
// checks without loading a real dictionary.
type fakeSeg struct{ words map[string]bool }

func newFakeSeg(words ...string) fakeSeg {
	m := map[string]bool{}
	for _, w := range words {
		m[w] = true
	}
	return fakeSeg{m}
}

func (f fakeSeg) Segment(text string) []pipeline.Token {
	var out []pipeline.Token
	for i := 0; i < len(text); {
		_, n := utf8.DecodeRuneInString(text[i:])
		best := i + n
		for j := len(text); j > i+n; j-- {
			if utf8.RuneStart(text[j%len(text)]) || j == len(text) {
				if f.words[text[i:j]] {
					best = j
					break
				}
			}
		}
		out = append(out, pipeline.Token{Span: pipeline.Span{Start: i, End: best}})
		i = best
	}
	return out
}

// articleSeg knows the words the founding article's joins need.
func articleSeg() fakeSeg {
	return newFakeSeg("数量", "企业", "主体", "地位", "翻一番", "我们", "党的", "发展", "技术", "创新")
}

// structured runs a fresh Structurer over text seen through the identity
// view.
func structured(t *testing.T, text string, seg pipeline.Segmenter) *pipeline.Document {
	t.Helper()
	doc := &pipeline.Document{ID: "t", Text: text}
	doc.Norm = pipeline.Identity(text)
	require.NoError(t, New().Structure(doc, seg))
	return doc
}

// readArticle returns the founding article from the repository's testdata.
func readArticle(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "articles", "hightech-zones-2022.txt"))
	require.NoError(t, err)
	return string(b)
}

// spanOf returns the span of the first occurrence of sub in doc.Norm.Text.
func spanOf(t *testing.T, doc *pipeline.Document, sub string) pipeline.Span {
	t.Helper()
	i := strings.Index(doc.Norm.Text, sub)
	require.GreaterOrEqual(t, i, 0, "text %q not found", sub)
	return pipeline.Span{Start: i, End: i + len(sub)}
}

// texts returns the text of each span, nil for none.
func texts(doc *pipeline.Document, spans []pipeline.Span) []string {
	var out []string
	for _, s := range spans {
		out = append(out, doc.Norm.Text[s.Start:s.End])
	}
	return out
}
