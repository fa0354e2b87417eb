package numeric

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/policyx/policyx/pipeline"
	"github.com/policyx/policyx/pipeline/normalize"
)

// folder returns the normalize stage's folding of a word: what the
// extractor sees in the matching view where the source wrote word.
func folder(t *testing.T) func(string) string {
	t.Helper()
	n := normalize.New()
	return func(word string) string {
		doc := &pipeline.Document{Text: word}
		require.NoError(t, n.Normalize(doc))
		return doc.Norm.Text
	}
}

// TestListsFold checks that the word lists work on the normalized view:
// every entry written with traditional characters has its folded form in
// the same list with the same fields, so no cue, stop or unit is matched
// only in text read without the normalize stage.
func TestListsFold(t *testing.T) {
	set, err := builtin()
	require.NoError(t, err)
	fold := folder(t)
	for _, name := range []string{"numeric-cues", "numeric-stops", "numeric-heads", "numeric-outlook", "units", "periods"} {
		t.Run(name, func(t *testing.T) {
			type key struct{ word, f0, f1 string }
			have := map[key]bool{}
			for _, e := range set.List(name) {
				have[key{e.Word, e.Field(0), e.Field(1)}] = true
			}
			for _, e := range set.List(name) {
				if f := fold(e.Word); f != e.Word {
					assert.True(t, have[key{f, e.Field(0), e.Field(1)}], "%s: %s folds to %s, which is not listed with %q %q", e.Source, e.Word, f, e.Field(0), e.Field(1))
				}
			}
		})
	}
}

// TestStatusCuesTraditional checks that every status cue written with
// characters that traditional text writes differently is also listed in
// its traditional form, so that status reads the same on text given with
// an identity normalization.
func TestStatusCuesTraditional(t *testing.T) {
	set, err := builtin()
	require.NoError(t, err)
	fold := folder(t)
	// Cues whose simplified characters are also the traditional ones
	// (家, 制 and 出 are folded from the rarer 傢, 製 and 齣 only).
	same := map[string]bool{"每家": true, "控制在": true, "方案提出": true, "方案》提出": true, "措施提出": true, "措施》提出": true}
	var all []rune
	for r := rune(0x4E00); r <= 0x9FFF; r++ {
		all = append(all, r)
	}
	folded := []rune(fold(string(all)))
	require.Len(t, folded, len(all), "folding keeps the rune count")
	target := map[rune]bool{} // simplified characters with a traditional form
	for i, r := range all {
		if folded[i] != r {
			target[folded[i]] = true
		}
	}
	trad := map[string]bool{} // simplified cues that have a traditional entry
	for _, e := range set.List("numeric-cues") {
		if e.Field(0) == roleStatus {
			if f := fold(e.Word); f != e.Word {
				trad[f] = true
			}
		}
	}
	for _, e := range set.List("numeric-cues") {
		if e.Field(0) != roleStatus || same[e.Word] || fold(e.Word) != e.Word {
			continue
		}
		for _, r := range e.Word {
			if target[r] {
				assert.True(t, trad[e.Word], "%s: status cue %s has no traditional form listed", e.Source, e.Word)
				break
			}
		}
	}
}
