package enumeration

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/policyx/policyx/pipeline"
	"github.com/policyx/policyx/pipeline/normalize"
	"github.com/policyx/policyx/pipeline/structure"
)

// prepared runs the real normalize and structure stages over text.
func prepared(t testing.TB, id, text string) *pipeline.Document {
	t.Helper()
	doc := &pipeline.Document{ID: id, Text: text}
	require.NoError(t, normalize.New().Normalize(doc))
	require.NoError(t, structure.New().Structure(doc, nil))
	return doc
}

func TestFoundingArticleNormalized(t *testing.T) {
	x := newExtractor(t)
	text := founding(t)
	doc := prepared(t, "hightech-zones-2022", text)
	recs, out := extractChecked(t, x, doc)

	type want struct {
		style       string
		first, last int
		complete    bool
		n           int
	}
	wants := []want{{StyleShi, 4, 8, false, 5}, {StyleParallel, 1, 4, true, 4}, {StyleShi, 1, 4, true, 4}}
	require.Len(t, recs, len(wants))
	for i, w := range wants {
		e := recs[i].(*pipeline.Enumeration)
		assert.Equal(t, w, want{e.Style, e.First, e.Last, e.Complete, len(e.Items)}, "list %d", i)
	}
	// The normalizer joins the paragraph broken at 为园/区主导产业, so the 三是
	// item runs on to its true end; in the original text it spans the break.
	qingdao := out[len(out)-1].(*pipeline.Enumeration)
	san := qingdao.Items[2]
	assert.Equal(t, "三是", san.Marker)
	assert.Contains(t, san.Text, "为园")
	assert.Regexp(t, `区主导产业集聚发展打好基础。$`, san.Text)
}

func TestWorkReportsNormalized(t *testing.T) {
	x := newExtractor(t)
	reports := workReports(t)
	for _, y := range []string{"2025", "2023", "2009", "1988"} {
		t.Run(y, func(t *testing.T) {
			plain := newDoc(y, reports[y])
			want, err := x.Extract(plain)
			require.NoError(t, err)
			doc := prepared(t, y, reports[y])
			got, err := x.Extract(doc)
			require.NoError(t, err)
			checkSpans(t, doc, got)
			out, err := pipeline.Finalize(doc, got, pipeline.Versions{})
			require.NoError(t, err)
			checkOutput(t, reports[y], out)
			// The normalized view must find the same lists as the plain
			// text: folding changes no marker.
			assert.Equal(t, briefs(want), briefs(got))
		})
	}
}

// TestHeadingsAsWritten checks that a heading is given as the source
// writes it, through the real normalizer, which drops the pinyin readings
// some traditional copies add (Diqing 2021): a reading after the heading's
// last character is part of it, a note mark is not.
func TestHeadingsAsWritten(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name string
		text string
		want []summary
	}{
		{"readings inside and at the end",
			"會議強調，一要提高站位。二要緊盯年度目標(biāo)任務(wù)，抓好落實。三要加強領導。\n",
			[]summary{{StyleYao, "一要|二要|三要", "提高站位|緊盯年度目標(biāo)任務(wù)|加強領導", true, 0}}},
		// A compilation's contents copied from a table (2025): a bar
		// separates the table's cells and ends no heading.
		{"a table's cells after a heading",
			"目录\n\n1.街道2025年政务公开工作总结 | ………… | 2 |\n\n2.镇乡2025政务公开总结 | ………… | 5 |\n",
			[]summary{{StyleDot, "1.|2.", "街道2025年政务公开工作总结 | ………… | 2 ||镇乡2025政务公开总结 | ………… | 5 |", true, 0}}},
		{"a note mark at the end",
			"會議強調，一要提高站位[2]，做好。二要加強領導。\n",
			[]summary{{StyleYao, "一要|二要", "提高站位|加強領導", true, 0}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, summarizeDoc(t, x, prepared(t, "t", tt.text)))
		})
	}
}
