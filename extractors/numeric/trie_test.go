package numeric

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/policyx/policyx/dict"
)

// TestTrie checks the order of a trie's entries and the reach of its
// lookups, long words included.
func TestTrie(t *testing.T) {
	tr := newTrie[int]()
	words := []string{"不超过", "不", "按规定最高可以不超过", "不低于", "不到", "不超", "按规定最高可以不超过五十"}
	for i, w := range words {
		tr.add(w, i)
	}
	collect := func(walk func(func(string, int) bool)) []string {
		var got []string
		walk(func(w string, _ int) bool { got = append(got, w); return true })
		return got
	}
	cases := []struct {
		name string
		walk func(func(string, int) bool)
		want []string
	}{
		{name: "at, longest first, equal lengths in insertion order",
			walk: func(y func(string, int) bool) { tr.at("不超过五年", 0, y) },
			want: []string{"不超过", "不超", "不"}},
		{name: "at, equal lengths keep the order they were added",
			walk: func(y func(string, int) bool) { tr.at("不低于不到", 0, y) },
			want: []string{"不低于", "不"}},
		{name: "ending at, a word longer than eight runes",
			walk: func(y func(string, int) bool) {
				s := "补贴按规定最高可以不超过50万元"
				tr.endingAt(s, len("补贴按规定最高可以不超过"), y)
			},
			want: []string{"按规定最高可以不超过", "不超过"}},
		{name: "ending at, a twelve-rune word at the start of the text",
			walk: func(y func(string, int) bool) {
				tr.endingAt("按规定最高可以不超过五十", len("按规定最高可以不超过五十"), y)
			},
			want: []string{"按规定最高可以不超过五十"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, collect(tc.walk))
		})
	}
}

// TestLongUserCue checks that a comparator cue of more than eight runes
// from a user's list is read before a figure.
func TestLongUserCue(t *testing.T) {
	set, err := builtin()
	require.NoError(t, err)
	cue := dict.Entry{Word: "按规定最高可以不超过", Fields: []string{"before", "lte"}, Source: "user.txt:1"}
	x, err := New(set.With("numeric-cues", []dict.Entry{cue}), Options{})
	require.NoError(t, err)
	figs := x.Find("每家企业补贴按规定最高可以不超过50万元。")
	require.Len(t, figs, 1)
	text := "每家企业补贴按规定最高可以不超过50万元。"
	assert.Equal(t, "按规定最高可以不超过50万元", text[figs[0].Span.Start:figs[0].Span.End])
	assert.Equal(t, "lte", figs[0].Comparator)
}
