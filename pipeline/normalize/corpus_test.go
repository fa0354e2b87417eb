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
