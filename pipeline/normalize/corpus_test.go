package normalize

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/policyx/policyx/internal/shared"
	"github.com/policyx/policyx/pipeline"
)

// TestCorpus normalizes the government work reports and checks the view's
// invariants, that simplified text passes the traditional table unchanged,
// and that the sentences the source pages cut ("…人\n\u200b\n民满意…")
// are joined.
func TestCorpus(t *testing.T) {
	n := New()
	docs := shared.Reports(t)
	require.NotEmpty(t, docs)
	gb := simplifiedchinese.HZGB2312.NewEncoder()
	pageCut := regexp.MustCompile(`\p{Han}\n\x{200b}\n\p{Han}`)
	var cuts, joined int
	for _, r := range docs {
		t.Run(r.Title, func(t *testing.T) {
			doc := view(t, n, r.Text)
			norm := doc.Norm.Text
			for _, bad := range []string{"\r", "\u200b", "\ufeff", "\n\n\n", " \n", "\n ", "\u3000"} {
				assert.NotContains(t, norm, bad)
			}
			assert.Equal(t, strings.TrimSpace(norm), norm)
			for _, m := range pageCut.FindAllStringIndex(r.Text, -1) {
				cuts++
				// the view joins the cut when the two characters touch
				end := m[0] + len(string([]rune(r.Text[m[0]:])[0]))
				for i := range norm {
					s := doc.Norm.ToSource(pipeline.Span{Start: i, End: i + 1})
					if s.End == end {
						_, w := utf8.DecodeRuneInString(norm[i:])
						if i+w < len(norm) && norm[i+w] != '\n' {
							joined++
						}
						break
					}
				}
			}
			for _, c := range r.Text {
				if !isHan(c) || c > 0x9FFF {
					continue
				}
				if _, err := gb.String(string(c)); err == nil && n.foldRune(c) != c {
					if !map[rune]bool{'於': true, '後': true, '夥': true, '摺': true, '徵': true}[c] {
						t.Errorf("simplified %c folds to %c", c, n.foldRune(c))
					}
				}
			}
		})
	}
	t.Logf("%d documents; %d sentences cut by a page break, %d joined", len(docs), cuts, joined)
	assert.Greater(t, cuts, 40)
	assert.GreaterOrEqual(t, float64(joined), 0.9*float64(cuts), "page-cut sentences joined")
}

// TestCorpusFooter checks that the Wikisource licence footer of every work
// report is dropped and that nothing else is: the view of a report is the
// view of its text cut where the footer starts (found here by a pattern of
// its own: the last run of blank lines before 本作品, or the notes on
// missing glyphs before them), and a report without
// such a footer keeps everything up to its last non-space byte.
func TestCorpusFooter(t *testing.T) {
	n := New()
	docs := shared.Reports(t)
	require.NotEmpty(t, docs)
	start := regexp.MustCompile(`(\n{2,}[ \x{3000}]*字库未存字注释：[\s\S]*?)?\n{3,}本作品[^\n]*\n`) // the notes on missing glyphs of a digitised copy go with it
	var footers int
	for _, r := range docs {
		t.Run(r.Title, func(t *testing.T) {
			doc := view(t, n, r.Text)
			norm := doc.Norm.Text
			end := doc.Norm.ToSource(pipeline.Span{Start: len(norm) - 1, End: len(norm)}).End
			dropped := r.Text[end:]
			m := start.FindAllStringIndex(r.Text, -1)
			if len(m) == 0 {
				assert.Empty(t, strings.TrimSpace(dropped), "no footer, nothing dropped at the end")
				return
			}
			footers++
			cut := m[len(m)-1][0]
			if !assert.LessOrEqual(t, end, cut, "the view reaches into the footer") {
				return
			}
			assert.Empty(t, strings.TrimSpace(r.Text[end:cut]), "body text dropped before the footer")
			assert.Contains(t, dropped, "公有领域")
			assert.True(t, strings.HasSuffix(dropped, "false"))
			body := view(t, n, r.Text[:cut])
			assert.Equal(t, body.Norm.Text, norm, "the view of the report is the view of its body")
			for _, word := range []string{"公有领域", "著作权法", "Public domain", "维基", "false"} {
				assert.NotContains(t, norm[max(0, len(norm)-600):], word)
			}
		})
	}
	t.Logf("%d of %d reports end with a licence footer", footers, len(docs))
	assert.Greater(t, footers, 50)
}
