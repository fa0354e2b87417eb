package policyx

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/policyx/policyx/dict"
)

// TestDictVersionCoversWordLists checks that the dictionary version
// changes with an extractor's word list, not only with the segmenter's
// dictionaries.
func TestDictVersionCoversWordLists(t *testing.T) {
	set, err := dict.Builtin()
	require.NoError(t, err)
	seg, err := dict.NewSegmenter(set, dict.SegmenterOptions{})
	require.NoError(t, err)
	more := set.With("programmes", []dict.Entry{{Word: "探路行动"}})
	assert.NotEqual(t, dictVersion(set, seg), dictVersion(more, seg))
	assert.Equal(t, dictVersion(set, seg), dictVersion(set, seg))
	assert.Contains(t, dictVersion(set, seg), seg.Version())
}
