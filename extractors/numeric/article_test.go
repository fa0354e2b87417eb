package numeric

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/policyx/policyx/pipeline"
)

// want is one expected record: the figure's text and the fields a case
// checks. Empty strings and zero deadlines are checked too.
type want struct {
	name       string
	text       string // the record's span text
	context    string // optional: text right before the span, to pick one of several equal spans
	value      float64
	max        float64 // 0: no ValueMax
	unit       string
	comparator string
	kind       string
	status     string
	deadline   int
	metric     string // checked only when not empty
}

// find returns the record whose span text is w.text, preceded by w.context.
func find(text string, recs []*pipeline.Numeric, w want) *pipeline.Numeric {
	for _, r := range recs {
		if text[r.Span.Start:r.Span.End] == w.text && strings.HasSuffix(text[:r.Span.Start], w.context) {
			return r
		}
	}
	return nil
}

func check(t *testing.T, text string, recs []*pipeline.Numeric, w want) {
	t.Helper()
	r := find(text, recs, w)
	if !assert.NotNil(t, r, "no record %q", w.text) {
		return
	}
	assert.InDelta(t, w.value, r.Value, 1e-9*max(1, w.value), "value")
	if w.max != 0 {
		if assert.NotNil(t, r.ValueMax, "value_max") {
			assert.InDelta(t, w.max, *r.ValueMax, 1e-9*w.max, "value_max")
		}
	} else {
		assert.Nil(t, r.ValueMax, "value_max")
	}
	assert.Equal(t, w.unit, r.Unit, "unit")
	assert.Equal(t, w.comparator, r.Comparator, "comparator")
	if w.kind != "" {
		assert.Equal(t, w.kind, r.Kind, "kind")
	}
	if w.status != "" {
		assert.Equal(t, w.status, r.Status, "status")
	}
	assert.Equal(t, w.deadline, r.Deadline, "deadline")
	if w.metric != "" {
		assert.Equal(t, w.metric, r.Metric, "metric")
	}
}

// TestFoundingArticle checks the figures the founding article must yield,
// with an identity normalization and no tokens.
func TestFoundingArticle(t *testing.T) {
	x := newExtractor(t, Options{})
	text := joinBroken(article(t, "hightech-zones-2022.txt"))
	recs := extract(t, x, text, time.Time{})
	checkFounding(t, text, recs)
}

// TestFoundingArticleReal checks the same figures through the real
// normalize, structure and segment stages: the paragraph repair joins
// 产值增\n\n长, the metric is read from gse tokens, the out-of-order
// column is a fragment of the 乌鲁木齐 section, and regions come from the
// sections the structure stage finds.
func TestFoundingArticleReal(t *testing.T) {
	x := newExtractor(t, Options{})
	recs, doc := extractReal(t, x, article(t, "hightech-zones-2022.txt"), time.Time{})
	text := doc.Norm.Text
	checkFounding(t, text, recs)
	cases := []struct {
		want
		region string
	}{
		{want{name: "doubling continues the dangling sentence", text: "翻一番", value: 2, unit: "x", comparator: "eq", kind: "multiple", status: "target", deadline: 2025, metric: "高新技术企业数量"}, "乌鲁木齐高新区"},
		{want{name: "turnover region", text: "突破10亿元", value: 1e9, unit: "CNY", comparator: "gt", kind: "level", status: "target", deadline: 2025, metric: "技术合同交易额"}, "乌鲁木齐高新区"},
		{want{name: "R&D growth metric", text: "20%", context: "年增长", value: 20, unit: "%", comparator: "eq", kind: "change", status: "target", metric: "全社会研发投入"}, "乌鲁木齐高新区"},
		{want{name: "national standards after a list comma", text: "500多项", value: 500, unit: "项", comparator: "gt", status: "actual", metric: "国家标准"}, "武汉东湖高新区"},
		{want{name: "brokers with a parenthesis", text: "300余人", value: 300, unit: "人", comparator: "gt", status: "actual", metric: "科技经纪人(技术经理人)"}, "西安高新区"},
		{want{name: "researcher share metric", text: "15.1%", value: 15.1, unit: "%", comparator: "eq", kind: "share", status: "actual", metric: "研发人员实时当量数占比"}, "西安高新区"},
		{want{name: "patent growth past a time word", text: "20%以上", value: 20, unit: "%", comparator: "gte", kind: "change", status: "actual", metric: "发明专利授权量"}, "武汉东湖高新区"},
		{want{name: "tolerance metric", text: "50%", context: "容忍度提高到", value: 50, unit: "%", comparator: "eq", kind: "share", status: "target", metric: "政府投资失败容忍度"}, "合肥高新区"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			check(t, text, recs, c.want)
			if r := find(text, recs, c.want); r != nil {
				assert.Equal(t, c.region, r.Region, "region")
			}
		})
	}
	// A metric is a noun phrase: never punctuation at its ends, never a
	// lone verb.
	for _, r := range recs {
		if r.Metric == "" {
			continue
		}
		first, last := []rune(r.Metric)[0], []rune(r.Metric)[len([]rune(r.Metric))-1]
		assert.NotContains(t, "、，,；：。“”", string(first), "metric %q starts with punctuation", r.Metric)
		assert.NotContains(t, "、，,；：。“”", string(last), "metric %q ends with punctuation", r.Metric)
		assert.NotContains(t, []string{"创制", "签订", "实现", "达到", "参与", "上市"}, r.Metric)
	}
}

// checkFounding checks the founding article's required figures in recs,
// whose spans index text.
func checkFounding(t *testing.T, text string, recs []*pipeline.Numeric) {
	t.Helper()
	cases := []want{
		{name: "tolerance raised to", text: "50%", context: "容忍度提高到", value: 50, unit: "%", comparator: "eq", kind: "share", status: "target", metric: "政府投资失败容忍度"},
		{name: "R&D growth target", text: "20%", context: "年增长", value: 20, unit: "%", comparator: "eq", kind: "change", status: "target"},
		{name: "contract turnover by 14th plan end", text: "突破10亿元", value: 1e9, unit: "CNY", comparator: "gt", kind: "level", status: "target", deadline: 2025, metric: "技术合同交易额"},
		{name: "international standards", text: "80项", value: 80, unit: "项", comparator: "eq", status: "actual", metric: "国际标准"},
		{name: "national standards", text: "500多项", value: 500, unit: "项", comparator: "gt", status: "actual"},
		{name: "patent growth rate", text: "20%以上", value: 20, unit: "%", comparator: "gte", kind: "change", status: "actual"},
		{name: "high-tech firms", text: "突破4300家", value: 4300, unit: "家", comparator: "gt", status: "actual", metric: "高企总数"},
		{name: "specialised firms", text: "95家", value: 95, unit: "家", comparator: "eq", status: "actual"},
		{name: "new listings", text: "18家", value: 18, unit: "家", comparator: "eq", status: "actual", metric: "新增上市企业"},
		{name: "certified high-tech", text: "1513家", value: 1513, unit: "家", comparator: "eq", status: "actual", metric: "国家高新技术企业"},
		{name: "tech SMEs", text: "3462家", value: 3462, unit: "家", comparator: "eq", status: "actual", metric: "科技型中小企业"},
		{name: "share with R&D", text: "81%", value: 81, unit: "%", comparator: "eq", kind: "share", status: "actual"},
		{name: "R&D intensity", text: "6.64%", value: 6.64, unit: "%", comparator: "eq", kind: "share", status: "actual", metric: "全社会研发投入强度"},
		{name: "contract turnover", text: "超过700亿元", value: 7e10, unit: "CNY", comparator: "gt", status: "actual", metric: "技术合同成交额"},
		{name: "conversion rate", text: "29.7%", value: 29.7, unit: "%", comparator: "eq", kind: "share", status: "actual", metric: "科技成果就地转化率"},
		{name: "output growth across a broken paragraph", text: "超过30%", value: 30, unit: "%", comparator: "gt", kind: "change", status: "actual"},
		{name: "brokers", text: "300余人", value: 300, unit: "人", comparator: "gt", status: "actual"},
		{name: "talents", text: "7000余名", value: 7000, unit: "名", comparator: "gt", status: "actual", metric: "硬科技创新人才"},
		{name: "employment", text: "80万人", value: 800000, unit: "人", comparator: "eq", status: "actual", metric: "从业人数"},
		{name: "researcher share", text: "15.1%", value: 15.1, unit: "%", comparator: "eq", kind: "share", status: "actual"},
		{name: "platforms target", text: "150家", value: 150, unit: "家", comparator: "eq", status: "target", deadline: 2025, metric: "自治区级以上科技创新平台"},
		{name: "platform growth target", text: "20%", context: "数量增长", value: 20, unit: "%", comparator: "eq", kind: "change", status: "target", deadline: 2025, metric: "国家双创平台数量"},
		{name: "firms on the list", text: "84家", value: 84, unit: "家", comparator: "eq", status: "actual", metric: "企业"},
		{name: "high-quality growth", text: "50%以上", value: 50, unit: "%", comparator: "gte", kind: "change", status: "actual"},
		{name: "rank in the nation", text: "第二", context: "居全国高新区", value: 2, unit: "", comparator: "eq", kind: "rank", status: "actual"},
		{name: "rank among pilots", text: "第二", context: "排名", value: 2, unit: "", comparator: "eq", kind: "rank", status: "actual"},
		{name: "two years running", text: "连续两年", context: "建设", value: 2, unit: "years", comparator: "eq", kind: "duration", status: "actual"},
		{name: "projects signed", text: "508个", value: 508, unit: "个", comparator: "eq", status: "actual", metric: "项目"},
	}
	for _, w := range cases {
		t.Run(w.name, func(t *testing.T) { check(t, text, recs, w) })
	}

	// What must not be a figure: names, ordinals, years, model numbers.
	not := []string{"二十大", "第一", "第二家", "第三批", "第二个", "三次", "2035年", "2022", "128层", "400G", "九条", "36条", "1622", "500”", "1+2+1", "2+2+X", "两大", "三个", "30周年", "两位数", "十四五", "五项", "一个"}
	for _, s := range not {
		t.Run("not "+s, func(t *testing.T) {
			for _, r := range recs {
				assert.NotContains(t, text[r.Span.Start:r.Span.End], s)
			}
		})
	}
}

// TestRegionFromSections checks that a figure takes the region of the
// section holding it, as the structure stage sets it.
func TestRegionFromSections(t *testing.T) {
	x := newExtractor(t, Options{})
	text := article(t, "hightech-zones-2022.txt")
	doc := &pipeline.Document{ID: "t", Text: text}
	doc.Norm = pipeline.Identity(text)
	start := strings.Index(text, "立足区位优势，打牢科创基础")
	if start < 0 {
		start = strings.Index(text, "立足区位优势")
	}
	end := strings.Index(text, "围绕主导产业")
	require.True(t, start > 0 && end > start)
	// The page layout put the section's last paragraphs before the next
	// article: the structure stage re-attaches them as a fragment.
	fs, fe := strings.Index(text, "量翻一番"), strings.Index(text, "把相对优势产业")
	require.True(t, fs > 0 && fe > fs)
	doc.Sections = []pipeline.Section{{
		Title: "立足区位优势，打牢科创基础", Region: "乌鲁木齐高新区",
		Span:      pipeline.Span{Start: start, End: end},
		Fragments: []pipeline.Span{{Start: fs, End: fe}},
	}}
	recs, err := x.Extract(doc)
	require.NoError(t, err)
	var got []string
	for _, r := range recs {
		n := r.(*pipeline.Numeric)
		if n.Region != "" {
			got = append(got, text[n.Span.Start:n.Span.End]+"@"+n.Region)
		}
	}
	assert.Contains(t, got, "突破10亿元@乌鲁木齐高新区")
	assert.Contains(t, got, "150家@乌鲁木齐高新区")
	for _, g := range got {
		assert.NotContains(t, g, "700亿元", "a figure outside the section has no region")
	}
}
