package numeric

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/policyx/policyx/dict"
	"github.com/policyx/policyx/pipeline"
	"github.com/policyx/policyx/pipeline/normalize"
	"github.com/policyx/policyx/pipeline/structure"
)

// segmenter loads the real segmenter once per test binary.
var segmenter = sync.OnceValues(func() (*dict.Segmenter, error) {
	set, err := dict.Builtin()
	if err != nil {
		return nil, err
	}
	return dict.NewSegmenter(set, dict.SegmenterOptions{})
})

// realDoc runs the real normalize, structure and segment stages over text
// and returns the document the extractors would see.
func realDoc(t testing.TB, text string, date time.Time) *pipeline.Document {
	t.Helper()
	seg, err := segmenter()
	require.NoError(t, err)
	p := pipeline.Pipeline{Normalizer: normalize.New(), Structurer: structure.New(), Segmenter: seg}
	doc := &pipeline.Document{ID: "t", Text: text, Date: date}
	_, err = p.Run(context.Background(), doc)
	require.NoError(t, err)
	return doc
}

// extractReal runs x over text through the real stages. It returns the
// records and the normalized text their spans index.
func extractReal(t testing.TB, x *Extractor, text string, date time.Time) ([]*pipeline.Numeric, *pipeline.Document) {
	t.Helper()
	doc := realDoc(t, text, date)
	recs, err := x.Extract(doc)
	require.NoError(t, err)
	out := make([]*pipeline.Numeric, len(recs))
	for i, r := range recs {
		out[i] = r.(*pipeline.Numeric)
	}
	return out, doc
}
