package enumeration

import (
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/policyx/policyx/internal/shared"
	"github.com/policyx/policyx/pipeline"
)

// report is one government work report of the shared corpus.
// workReports reads the work reports (the corpus also holds the congress's
// resolutions on them, which carry no year) keyed by year.
func workReports(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, r := range shared.Reports(t) {
		if r.Year != 0 {
			out[strconv.Itoa(r.Year)] = r.Text
		}
	}
	return out
}

// brief describes a list by style, markers and parent for comparison.
type brief struct {
	Style  string
	First  int
	Last   int
	Parent int
	Head   string // first item's heading
}

func briefs(recs []pipeline.Record) []brief {
	var out []brief
	for _, r := range recs {
		e := r.(*pipeline.Enumeration)
		b := brief{Style: e.Style, First: e.First, Last: e.Last, Head: e.Items[0].Heading}
		if e.Parent != nil {
			b.Parent = e.Parent.Item
		}
		out = append(out, b)
	}
	return out
}

func TestWorkReports(t *testing.T) {
	x := newExtractor(t)
	reports := workReports(t)
	require.GreaterOrEqual(t, len(reports), 50)

	t.Run("2025 outline", func(t *testing.T) {
		doc := newDoc("2025", reports["2025"])
		recs, err := x.Extract(doc)
		require.NoError(t, err)
		want := []brief{
			{StyleDunZh, 1, 3, 0, "2024年工作回顾"},
			{StyleShi, 1, 7, 1, "因时因势加强和创新宏观调控"},
			{StyleParenZh, 1, 10, 3, "大力提振消费、提高投资效益"},
		}
		assert.Equal(t, want, briefs(recs))
	})
	t.Run("2023 outline", func(t *testing.T) {
		doc := newDoc("2023", reports["2023"])
		recs, err := x.Extract(doc)
		require.NoError(t, err)
		want := []brief{
			{StyleDunZh, 1, 2, 0, "过去一年和五年工作回顾"},
			{StyleParenZh, 1, 10, 1, "创新宏观调控"},
			{StyleParenZh, 1, 8, 2, "着力扩大国内需求"},
		}
		assert.Equal(t, want, briefs(recs))
	})
	t.Run("1988 markers alone on their lines", func(t *testing.T) {
		doc := newDoc("1988", reports["1988"])
		recs, err := x.Extract(doc)
		require.NoError(t, err)
		var found bool
		for _, b := range briefs(recs) {
			if b.Style == StyleDi && b.First == 1 && b.Last == 3 && b.Head == "这次机构改革主要着眼于转变职能" {
				found = true
			}
		}
		assert.True(t, found, "the 第一，/第二，/第三， list whose markers stand on lines of their own")
	})

	// Every report: the invariants hold, no list is a lone pair of
	// unrelated markers far apart, and the counts are logged for review.
	years := make([]string, 0, len(reports))
	for y := range reports {
		years = append(years, y)
	}
	sort.Strings(years)
	styles := map[string]int{}
	var lines []string
	for _, y := range years {
		text := reports[y]
		doc := newDoc(y, text)
		recs, _ := extractChecked(t, x, doc)
		for _, r := range recs {
			e := r.(*pipeline.Enumeration)
			styles[e.Style]++
			for _, it := range e.Items {
				assert.NotEmpty(t, it.Heading, "%s: item %s at %d has no heading", y, it.Marker, it.Span.Start)
			}
		}
		lines = append(lines, y+":"+itoa(len(recs)))
	}
	t.Logf("lists per report: %s", strings.Join(lines, " "))
	t.Logf("lists per style: %v", styles)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}
