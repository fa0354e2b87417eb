package structure

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/policyx/policyx/dict"
	"github.com/policyx/policyx/internal/shared"
	"github.com/policyx/policyx/pipeline"
)

// startsMidWhole is startsMid as it was before its shortcuts: it looks for
// the first stop in the whole paragraph and segments every head. It is the
// reference the shortcuts must agree with.
func startsMidWhole(t string, seg pipeline.Segmenter) bool {
	r, _ := utf8.DecodeRuneInString(t)
	if startsWithPunct(t) || strings.ContainsRune(nonOpeners, r) {
		return true
	}
	if i := strings.IndexFunc(t, isStop); i > 0 {
		stop, n := utf8.DecodeRuneInString(t[i:])
		head := t[:i]
		if (stop == '。' || stop == '｡') && i+n < len(t) && firstRunes(head, 7) == head && utf8.RuneCountInString(head) <= 4 {
			return true
		}
	}
	if seg == nil {
		return false
	}
	head := firstRunes(t, 8)
	toks := seg.Segment(head)
	if len(toks) < 2 || toks[0].Start != 0 {
		return false
	}
	w0 := head[toks[0].Start:toks[0].End]
	w1 := head[toks[1].Start:toks[1].End]
	r0, _ := utf8.DecodeRuneInString(w0)
	return utf8.RuneCountInString(w0) == 1 && isHan(r0) && !strings.ContainsRune(openers, r0) &&
		utf8.RuneCountInString(w1) >= 2
}

// countingSeg counts the calls to the segmenter it wraps.
type countingSeg struct {
	seg   pipeline.Segmenter
	calls *int
}

func (c countingSeg) Segment(text string) []pipeline.Token {
	*c.calls++
	return c.seg.Segment(text)
}

// realSegmenter builds the segmenter the pipeline uses.
func realSegmenter(t testing.TB) *dict.Segmenter {
	t.Helper()
	set, err := dict.Builtin()
	require.NoError(t, err)
	seg, err := dict.NewSegmenter(set, dict.SegmenterOptions{})
	require.NoError(t, err)
	return seg
}

// TestStartsMidSkipsHopelessHeads checks on every paragraph of the founding
// article and of the work reports that startsMid decides as the version
// that segments every head, with the real segmenter and the small one,
// and that it segments fewer heads.
func TestStartsMidSkipsHopelessHeads(t *testing.T) {
	dictSeg := realSegmenter(t)
	cases := []struct {
		name  string
		texts func(t *testing.T) []string
	}{
		{"founding article", func(t *testing.T) []string { return []string{readArticle(t)} }},
		{"work reports", func(t *testing.T) []string {
			var out []string
			for _, r := range shared.Reports(t) {
				out = append(out, r.Text)
			}
			return out
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			texts := tc.texts(t)
			for _, seg := range []pipeline.Segmenter{dictSeg, articleSeg()} {
				var before, after, paras, starts int
				for _, text := range texts {
					for _, sp := range paragraphs(text) {
						p := text[sp.Start:sp.End]
						paras++
						want := startsMidWhole(p, countingSeg{seg, &before})
						got := startsMid(p, countingSeg{seg, &after})
						assert.Equal(t, want, got, "paragraph %q", firstRunes(p, 20))
						if got {
							starts++
						}
					}
				}
				t.Logf("%T: %d paragraphs, %d start mid-sentence, %d heads segmented, was %d", seg, paras, starts, after, before)
				assert.Less(t, after, before, "the shortcut segments fewer heads")
			}
		})
	}
}

func TestStartsMidWord(t *testing.T) {
	seg := newFakeSeg("主体", "地位", "数量", "我们", "翻一番")
	tests := []struct {
		name string
		text string
		want bool
	}{
		{"single character before a word", "新主体地位", true},
		{"opener before a word", "在主体地位", false},
		{"word first", "主体地位", false},
		{"two single characters", "新新地位", false},
		{"too short for two words", "新主", false},
		{"Latin first", "A主体地位", false},
		{"digit first", "3主体地位", false},
		{"particle first", "的主体", true},
		{"bare fragment", "翻一番。新主体", true},
		{"bare fragment ends the text", "翻一番。", false},
		{"fragment ended by a semicolon", "翻一番；新主体", false},
		{"five letters are a sentence", "翻一番一番。新主体", false},
		{"fragment after an opening quote", "“翻一番。新主体", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, startsMid(tt.text, seg))
			assert.Equal(t, startsMidWhole(tt.text, seg), startsMid(tt.text, seg))
		})
	}
}
