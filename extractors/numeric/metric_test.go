package numeric

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/policyx/policyx/internal/golden"
	"github.com/policyx/policyx/internal/shared"
	"github.com/policyx/policyx/pipeline"
)

// TestMetricShape checks metrics that must not start inside a quoted name,
// keep a stray quote mark, or end with a verb or an adverb: empty is
// better than wrong. Each input runs with an identity normalization and
// through the real stages, which fold traditional text in the matching
// view; the metric is still reported as the source wrote it.
func TestMetricShape(t *testing.T) {
	x := newExtractor(t, Options{})
	cases := []struct {
		name   string
		input  string
		figure string
		metric string // "" means no metric
	}{
		{name: "quoted name before the verb, traditional", input: "政府預計，「北部都會區」佔地約300平方公里。", figure: "約300平方公里", metric: "「北部都會區」佔地"},
		{name: "quoted name before the verb, simplified", input: "政府预计，“北部都会区”占地约300平方公里。", figure: "约300平方公里", metric: "“北部都会区”占地"},
		{name: "quoted name inside the metric is kept", input: "全市国家级“专精特新”企业达到120家。", figure: "120家", metric: "国家级“专精特新”企业"},
		{name: "verb and adverb before the figure, traditional", input: "發展完成後可容納約250萬人居住。", figure: "約250萬人"},
		{name: "verb and adverb before the figure, simplified", input: "发展完成后可容纳约250万人居住。", figure: "约250万人"},
		{name: "verb before the figure and a verb after it", input: "会从未来基金预留1000亿元成立专款。", figure: "1000亿元"},
		{name: "verb before the figure, traditional", input: "會從未來基金預留1,000億元成立專款。", figure: "1,000億元"},
		{name: "starting level of a change", input: "区内职位数目将由现时的11.6万个增至约65万个。", figure: "11.6万个", metric: "区内职位数目"},
		{name: "starting level of a change, traditional", input: "區內職位數目將由現時的11.6萬個增至約65萬個。", figure: "11.6萬個", metric: "區內職位數目"},
		{name: "adverb at the end", input: "总住宅单位将达到90万个。", figure: "90万个", metric: "总住宅单位"},
		{name: "cap at the end", input: "项目补助最高可达300万元。", figure: "300万元", metric: "项目补助"},
		{name: "a verb that sets the indicator", input: "其中,提出全社会研发经费投入年均增长7%以上。", figure: "7%以上", metric: "全社会研发经费投入"},
		{name: "noun standing alone after the amount", input: "按投资额的10%给予最高2000万元补贴。", figure: "最高2000万元", metric: "补贴"},
		{name: "noun after the amount before a verb", input: "安排500亿元资金用于补助。", figure: "500亿元", metric: "资金"},
		// A lead word of one rune that opens a longer word stays (the 2024
		// work report and a 2025 city report lost the 居 of 居民).
		{name: "居民 is no 居 before a metric", input: "城镇居民人均可支配收入增长5.1%，居民消费价格指数(市辖区)下降0.3%。", figure: "0.3%", metric: "居民消费价格指数(市辖区)"},
		{name: "居民 opening a clause", input: "居民人均可支配收入增长5.1%。", figure: "5.1%", metric: "居民人均可支配收入"},
		// A user's report (2026): a time word between the metric and a
		// verb of yearly change lost its 年 to the cue (年增长) and left its
		// first rune in the metric; 上 of 基础上 is a word of its own.
		{name: "last year before the verb", input: "国内生产总值去年增长5%。", figure: "5%", metric: "国内生产总值"},
		{name: "this year before the verb", input: "全市工业今年增长6%。", figure: "6%", metric: "工业"},
		{name: "last year before a fall", input: "出口去年下降3%。", figure: "3%", metric: "出口"},
		{name: "共 as an adverb", input: "全省共有高新技术企业500家。", figure: "500家", metric: "高新技术企业"},
		{name: "使用 before an amount", input: "使用1000亿元失业保险基金支持稳岗和培训。", figure: "1000亿元", metric: "失业保险基金"},
		{name: "noun after the count before a verb", input: "对1102名优秀乡土人才建库跟踪、周期培养。", figure: "1102名", metric: "优秀乡土人才"},
		{name: "noun after the count before 受益", input: "全国7651所学校受益。", figure: "7651所", metric: "学校"},
		{name: "the unit a cap is counted per", input: "每个企业最高不超过20万元。", figure: "最高不超过20万元"},
		{name: "压减 is a change verb", input: "中央政府层面核准投资项目压减90%以上。", figure: "90%以上", metric: "中央政府层面核准投资项目"},
		{name: "a fraction", input: "地方专项转移支付项目减少三分之一。", figure: "三分之一", metric: "地方专项转移支付项目"},
		{name: "控制在 between the indicator and the figure", input: "城镇调查失业率全年控制在5.5%以内。", figure: "5.5%以内", metric: "城镇调查失业率"},
		{name: "稳定在 after an adverb", input: "粮食产量连年稳定在1.3万亿斤以上。", figure: "1.3万亿斤以上", metric: "粮食产量"},
		{name: "a verb alone is no metric", input: "共涉及约七百五十三亿元经营开支。", figure: "约七百五十三亿元", metric: "经营开支"},
		{name: "荣获 before the indicator", input: "全县荣获中国质量奖提名奖2个。", figure: "2个", metric: "中国质量奖提名奖"},
		{name: "the count after an example and 等", input: "建设成都信息安全产业园等102个项目，加快建设航空整机等6个省级产业基地。", figure: "102个", metric: "项目"},
		{name: "cases counted with 例", input: "累计确诊病例46例。", figure: "46例", metric: "确诊病例"},
		{name: "a note in brackets", input: "全年地区生产总值同比(下同)增长4.5%。", figure: "4.5%", metric: "地区生产总值"},
		{name: "a list marker opening the indicator", input: "（二）新增固定资产投资1000万元以上的项目。", figure: "1000万元以上", metric: "新增固定资产投资"},
		{name: "到位 is a word", input: "到位资金18.7亿元。", figure: "18.7亿元", metric: "到位资金"},
		{name: "terms the segmenter splits", input: "其中地方级收入26.5亿元。相当于本地生产总值百分之三十九点四。", figure: "26.5亿元", metric: "地方级收入"},
		{name: "a note's mark before the figure", input: "地区生产总值[2]1002.18亿元。", figure: "1002.18亿元", metric: "地区生产总值"},
		{name: "R&D keeps its ampersand", input: "全大区R&D经费占GDP比重突破4%。", figure: "突破4%", metric: "全大区R&D经费占GDP比重"},
		{name: "围绕 and a year before the indicator", input: "圍繞2021年産能達到30萬輛目標，大力發展汽車産業。", figure: "30萬輛", metric: "産能"},
		{name: "year before the indicator", input: "1979年轻工业总产值增长9.6%。", figure: "9.6%", metric: "轻工业总产值"},
		{name: "要求 after the indicator", input: "大豆要求增长百分之四点四。", figure: "百分之四点四", metric: "大豆"},
		{name: "实际使用外资", input: "全年实际使用外商直接投资1160亿美元。", figure: "1160亿美元", metric: "实际使用外商直接投资"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			recs := extract(t, x, c.input, time.Time{})
			r := find(c.input, recs, want{text: c.figure})
			if assert.NotNil(t, r, "no record %q in %v", c.figure, spans(c.input, recs)) {
				assert.Equal(t, c.metric, r.Metric, "identity")
			}
			real, _ := extractReal(t, x, c.input, time.Time{})
			var got *pipeline.Numeric
			for _, r := range real {
				if r.Value == find(c.input, recs, want{text: c.figure}).Value {
					got = r
				}
			}
			if assert.NotNil(t, got, "real stages") {
				assert.Equal(t, c.metric, got.Metric, "real stages")
			}
		})
	}
}

// TestMetricCorpus checks on every figure of the government work reports
// that no metric holds an unpaired quote mark, starts or ends with
// punctuation, or ends with a verb of the stop list after other words.
func TestMetricCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("long")
	}
	reports := shared.Reports(t)
	x := newExtractor(t, Options{})
	metrics := 0
	for _, d := range reports {
		for _, r := range extract(t, x, d.Text, time.Time{}) {
			m := r.Metric
			if m == "" {
				continue
			}
			metrics++
			i, _ := firstUnpaired(m)
			assert.Negative(t, i, "unpaired quote in %q", m)
			assert.Equal(t, m, strings.Trim(m, metricPunct), "punctuation at an end of %q", m)
			// A stop word standing alone after a counter (发放200亿元补贴)
			// is read as a noun; a longer metric never ends with one.
			assert.False(t, x.endsWithVerb(m) && !x.isStop(m, ""), "verb at the end of %q", m)
		}
	}
	require.Positive(t, metrics)
}

// TestMetricAsWritten checks that every metric is reported as the source
// wrote it: a piece of the original text, never the normalized view
// (traditional characters, 「」, half-width brackets and stray spaces
// stay), less the line breaks the layout put inside it (see unwrap). The
// one exception is a metric read across the join of a
// re-attached fragment (…企业数 + 量翻一番), which is the end of the dangling
// sentence followed by the start of the fragment, each a piece of the
// original. Inputs: the founding article, the txtar goldens and, unless
// -short, the government work reports, all through the real stages.
func TestMetricAsWritten(t *testing.T) {
	x := newExtractor(t, Options{})
	type input struct{ name, text string }
	inputs := []input{{"hightech-zones-2022", article(t, "hightech-zones-2022.txt")}}
	files, err := filepath.Glob(filepath.Join("testdata", "*.txtar"))
	require.NoError(t, err)
	for _, f := range files {
		text, _ := golden.Read(t, f).File("input.txt")
		inputs = append(inputs, input{filepath.Base(f), text})
	}
	if !testing.Short() {
		if _, ok := shared.Find(shared.CorpusEnv, "corpus"); ok {
			for _, d := range shared.Reports(t) {
				inputs = append(inputs, input{fmt.Sprintf("%d %s", d.Line, d.Title), d.Text})
			}
		} else {
			t.Log("work reports not found: set " + shared.CorpusEnv)
		}
	}
	metrics := 0
	for _, in := range inputs {
		t.Run(in.name, func(t *testing.T) {
			recs, doc := extractReal(t, x, in.text, time.Time{})
			unwrapped := unwrap(doc.Text) // a metric leaves out the layout's line breaks
			for _, r := range recs {
				m := r.Metric
				if m == "" {
					continue
				}
				metrics++
				if strings.Contains(doc.Text, m) || strings.Contains(unwrapped, m) {
					continue
				}
				_, _, joined := continued(doc, r.Span.Start)
				assert.True(t, joined && splitsInto(doc.Text, m), "metric %q of %q is not in the original text", m, doc.Norm.Text[r.Span.Start:r.Span.End])
			}
		})
	}
	assert.Positive(t, metrics)
}

// splitsInto reports whether m is two non-empty pieces of text joined.
func splitsInto(text, m string) bool {
	for i := range m {
		if i > 0 && strings.Contains(text, m[:i]) && strings.Contains(text, m[i:]) {
			return true
		}
	}
	return false
}

// TestRespectively checks figures listed after 分别 (respectively): each
// takes the item of the subject list it stands for, and an elliptic item
// (城镇 for 城镇居民人均可支配收入) leaves its figure without a metric
// rather than with another item's. The sentences are from the work
// reports (2024, 2013, 2008, 2007, 1993) and a 2025 city report.
func TestRespectively(t *testing.T) {
	x := newExtractor(t, Options{})
	cases := []struct {
		name    string
		input   string
		metrics []string // of the figures in text order
	}{
		{"two items", "高技术制造业、装备制造业增加值分别增长8.9%、7.7%，新能源汽车年产量突破1300万辆。", []string{"高技术制造业", "装备制造业增加值", "新能源汽车年产量"}},
		{"items joined by 和 after 年均", "城镇居民人均可支配收入和农村居民人均纯收入年均分别增长8.8%、9.9%。", []string{"城镇居民人均可支配收入", "农村居民人均纯收入"}},
		{"elliptic first item", "城镇、农村居民人均可支配收入分别增长5.4%、7.4%，居民消费价格指数下降0.3%。", []string{"", "农村居民人均可支配收入", "居民消费价格指数"}},
		{"three items", "单位国内生产总值能耗、二氧化碳排放分别降低13.5%、18%。", []string{"单位国内生产总值能耗", "二氧化碳排放"}},
		{"year before an elliptic item", "2007年中、高等职业教育在校生分别达到2000万人和861万人。", []string{"", "高等职业教育在校生"}},
		{"more items than figures", "出口、进口、外资分别增长5%和3%。", []string{"", ""}},
		{"no 分别", "出口增长5%和3%。", []string{"出口", ""}},
		{"amounts granted to the items before 分别", "对国家级、省级创新平台分别给予500万元、200万元奖励。", []string{"奖励", "奖励"}},
		{"a count of levels is no metric", "团队按800万元、500万元、300万元三个层次给予资金扶持。", []string{"", "", ""}},
		{"one indicator of two places", "城乡低保标准分别提高9.97%和14.1%。", []string{"城乡低保标准", "城乡低保标准"}},
		{"items with 和 inside", "信息传输软件和信息技术服务业、租赁和商务服务业增加值分别增长10.9%、10.4%。", []string{"", ""}},
		{"要求 before 分别", "甘蔗和甜菜要求分别增长百分之二十七点五和百分之二十九点五。", []string{"甘蔗", "甜菜"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.metrics, metricsOf(t, x, c.input))
		})
	}
}

// TestUnwrap checks that the layout's line breaks leave a metric, and
// nothing else does.
func TestUnwrap(t *testing.T) {
	tests := []struct{ in, want string }{
		{"产业投\n资占固定资产投资比重", "产业投资占固定资产投资比重"},
		{"广义货币M\n2", "广义货币M2"},
		{"国内生产总值\u200b\n之比", "国内生产总值之比"},
		{"高速铁路 \r\n\u3000\u3000投产里程", "高速铁路投产里程"},
		{"地方一 般公共预算收入", "地方一般公共预算收入"},
		{"地方一\t般公共预算收入", "地方一般公共预算收入"},
		{"国内生产总\u200b值", "国内生产总值"},
		{"GDP 比重", "GDP 比重"},
		{"「北部都會區」佔地", "「北部都會區」佔地"},
		{"", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, unwrap(tt.in), "%q", tt.in)
	}
}

// TestRateAfterLevel checks that a rate of change written in the clause
// after a level figure, with no subject of its own, measures the level's
// indicator (county speeches 2010 and 2012, a city report 2021), and that
// a rate with a subject of its own keeps it.
func TestRateAfterLevel(t *testing.T) {
	x := newExtractor(t, Options{})
	cases := []struct {
		name    string
		input   string
		metrics []string
	}{
		{"growth after a level", "国内生产总值19.5亿元，增长15.6%；固定资产投资33.6亿元，增长55%。", []string{"国内生产总值", "国内生产总值", "固定资产投资", "固定资产投资"}},
		{"growth with 了", "金融机构实现存款余额60.9亿元，增长了29.1%。", []string{"存款余额", "存款余额"}},
		{"growth against a year", "一般公共预算收入27.65亿元，较2015年增长104.1%。", []string{"一般公共预算收入", "一般公共预算收入"}},
		{"rate with a subject of its own", "国内生产总值19.5亿元，其中工业增长15.6%。", []string{"国内生产总值", "工业"}},
		{"a clause of method between", "全市实现农林牧渔业总产值69.93亿元，按可比价格计算，比上年增长2.5%。", []string{"农林牧渔业总产值", "农林牧渔业总产值"}},
		{"a rate after 、", "发明专利申请量突破3.6万件、增长20.8%。", []string{"发明专利申请量", "发明专利申请量"}},
		{"a note in brackets between", "生产总值305亿元左右(预计数，下同)，增长8%。", []string{"生产总值", "生产总值"}},
		{"完成 and 可比", "地区生产总值完成305亿元，可比增长8%。", []string{"地区生产总值", "地区生产总值"}},
		{"年均", "固定资产投资完成50亿元，年均增长12%。", []string{"固定资产投资", "固定资产投资"}},
		{"a level after its rate", "钢产量增长百分之四十二，达到8000万吨；全市地区生产总值增长12.6%达92.9亿元。", []string{"钢产量", "钢产量", "地区生产总值", "地区生产总值"}},
		{"a share is no rate of change", "研发投入19.5亿元，占比2.5%。", []string{"研发投入", "占比"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.metrics, metricsOf(t, x, c.input))
		})
	}
}

// metricsOf returns the metrics of the figures of input, in text order,
// through the real stages.
func metricsOf(t *testing.T, x *Extractor, input string) []string {
	t.Helper()
	real, _ := extractReal(t, x, input, time.Time{})
	var got []string
	for _, r := range real {
		got = append(got, r.Metric)
	}
	return got
}

// TestNoFigure checks phrases that hold a numeral and no figure, and
// months counted in Chinese numerals, which are figures.
func TestNoFigure(t *testing.T) {
	x := newExtractor(t, Options{})
	for _, input := range []string{"延長計劃六個月。", "培训两个月。"} {
		real, _ := extractReal(t, x, input, time.Time{})
		if assert.Len(t, real, 1, input) {
			assert.Equal(t, "months", real[0].Unit, input)
		}
	}
	for _, input := range []string{
		"已经一年零三个月了。", // the months of 一年零三个月 are no figure of their own
		"实施三大战略，开展两项改革。",
	} {
		real, _ := extractReal(t, x, input, time.Time{})
		for _, r := range real {
			assert.NotContains(t, []string{"零三个月", "三大", "两项"}, r.Text, input)
		}
	}
}

// TestListComparator checks that a comparator before the first figure of
// a list holds for the others, and not past a figure with its own or in
// another unit (a city policy of 2022).
func TestListComparator(t *testing.T) {
	x := newExtractor(t, Options{})
	cases := []struct {
		input string
		want  []string
	}{
		{"年销售收入首次突破1000万元、2000万元、1亿元的，分别给予一次性奖励10万元、20万元、100万元。", []string{"gt", "gt", "gt", "eq", "eq", "eq"}},
		{"营业收入超过5亿元、约10亿元的企业。", []string{"gt", "approx"}},
		{"增长5%以上、10%和1亿元。", []string{"gte", "eq", "eq"}},
		{"新增企业超过5家、突破1000万元、2000万元。", []string{"gt", "gt", "gt"}},
	}
	for _, c := range cases {
		real, _ := extractReal(t, x, c.input, time.Time{})
		var got []string
		for _, r := range real {
			got = append(got, r.Comparator)
		}
		assert.Equal(t, c.want, got, c.input)
	}
}

// TestShareOfBase checks that a percentage of a whole named before 的 is
// a share (the rules of county measures, a Hong Kong policy address), and
// that a rate after a time or a cue before 的 is not.
func TestShareOfBase(t *testing.T) {
	x := newExtractor(t, Options{})
	cases := []struct {
		input string
		want  string
	}{
		{"按固定资产投资额的10%给予奖励。", kindShare},
		{"有关青年支付的租金约为市值租金的六成。", kindShare},
		{"12个重点项目完成总投资计划的80%。", kindShare},
		{"消费价格涨幅降到去年的1.5%。", kindLevel},
		{"积累率由一九七八年的百分之三十六点五调整到百分之二十九。", kindLevel},
		{"增长速度由今年预计的3%提高到4%。", kindLevel},
		{"政府将提供三分之一的补贴。", kindShare},
		{"能耗减少三分之一以上。", kindChange},
	}
	for _, c := range cases {
		real, _ := extractReal(t, x, c.input, time.Time{})
		var pct *pipeline.Numeric
		for _, r := range real {
			if r.Unit == "%" && pct == nil {
				pct = r
			}
		}
		if assert.NotNil(t, pct, c.input) {
			assert.Equal(t, c.want, pct.Kind, c.input)
		}
	}
}

// TestRankList checks ranks listed after 、 under one rank verb (a county
// report of 2023), and that ordinals with no rank verb stay none.
func TestRankList(t *testing.T) {
	x := newExtractor(t, Options{})
	real, _ := extractReal(t, x, "位居全国百强县新型城镇化质量第4、县域经济基本竞争力第5、科技创新第6。", time.Time{})
	var got []float64
	for _, r := range real {
		if r.Kind == "rank" {
			got = append(got, r.Value)
		}
	}
	assert.Equal(t, []float64{4, 5, 6}, got)
	real, _ = extractReal(t, x, "完成第一批、第二批试点。把人民群众生命安全放在第一位。", time.Time{})
	assert.Empty(t, real, "an ordinal and a priority are no ranks")
}

// TestNegativeRate checks a rate written with its minus sign after a word,
// and that a dash between two figures stays a range (a county communique,
// the 2016 work report).
func TestNegativeRate(t *testing.T) {
	x := newExtractor(t, Options{})
	real, _ := extractReal(t, x, "规模以上工业增加值增长-39.7%。", time.Time{})
	if assert.Len(t, real, 1) {
		assert.Equal(t, -39.7, real[0].Value)
		assert.Equal(t, "规模以上工业增加值", real[0].Metric)
	}
	real, _ = extractReal(t, x, "居民消费价格涨幅3%左右。", time.Time{})
	if assert.Len(t, real, 1) {
		assert.Equal(t, kindChange, real[0].Kind) // 涨幅, as 增速 and 增幅
		assert.Equal(t, "居民消费价格", real[0].Metric)
	}
	real, _ = extractReal(t, x, "出口下跌5%。", time.Time{})
	if assert.Len(t, real, 1) {
		assert.Equal(t, kindChange, real[0].Kind) // 下跌, as 下降
	}
	real, _ = extractReal(t, x, "给予100万元-500万元资助。2023/24年度的开支为100亿元。", time.Time{})
	var values []float64
	for _, r := range real {
		values = append(values, r.Value)
	}
	assert.Equal(t, []float64{1e6, 1e10}, values, "a range of money and a fiscal year are no negative figure and no fraction")
	real, _ = extractReal(t, x, "国内生产总值增长6.5%－7%。", time.Time{})
	if assert.Len(t, real, 1) {
		assert.Equal(t, 6.5, real[0].Value)
		assert.NotNil(t, real[0].ValueMax)
	}
}

// TestRankFields checks ranks in Chinese numerals after the field they
// are taken in, with no ranking verb (a county report of 2023), and that
// the field and the verb of a rank are no part of its metric.
func TestRankFields(t *testing.T) {
	x := newExtractor(t, Options{})
	real, _ := extractReal(t, x, "总量全市第二，增速全市第一。经济总量稳居世界第二位。", time.Time{})
	var got []string
	for _, r := range real {
		got = append(got, fmt.Sprintf("%v %s %s", r.Value, r.Kind, r.Metric))
	}
	assert.Equal(t, []string{"2 rank 总量", "1 rank 增速", "2 rank 经济总量"}, got)
}

// TestMetricTimeBeforeVerb checks, through the real stages, that a time
// word before a verb of yearly change (去年增长) leaves no rune in the
// metric, while 上 of 基础上 before 年均增长 is a word of its own.
func TestMetricTimeBeforeVerb(t *testing.T) {
	x := newExtractor(t, Options{})
	cases := []struct{ input, figure, metric string }{
		{"国内生产总值去年增长5%。", "5%", "国内生产总值"},
		{"本港經濟去年增長3.2%。", "3.2%", "經濟"},
		{"农民的生产补贴资金去年达到1226亿元。", "1226亿元", "生产补贴资金"},
		{"在明显提高质量和效益的基础上年均增长7%。", "7%", ""},
		// A user-level review (2026): the time a change is over, the base
		// it is compared with, a modal and an adverb before the verb are
		// no part of the metric, and 成長 is Taiwan's 增长.
		{"国内生产总值上半年增长5%。", "5%", "国内生产总值"},
		{"全省规上工业增加值前三季度增长4.8%。", "4.8%", "规上工业增加值"},
		{"国内生产总值一季度同比增长5.3%。", "5.3%", "国内生产总值"},
		{"全市地区生产总值2024年增长5.2%。", "5.2%", "地区生产总值"},
		{"规上工业增加值1-11月增长6%。", "6%", "规上工业增加值"},
		{"社会消费品零售总额前10个月增长4%。", "4%", "社会消费品零售总额"},
		{"国内生产总值预计增长5%左右。", "5%左右", "国内生产总值"},
		{"臺灣經濟去年成長3.5%。", "3.5%", "臺灣經濟"},
		{"八大领域设备投资规模较2019年增长30%以上。", "30%以上", "八大领域设备投资规模"},
		{"钢产量只增长9%。", "9%", "钢产量"},
	}
	for _, c := range cases {
		t.Run(c.input, func(t *testing.T) {
			recs, doc := extractReal(t, x, c.input, time.Time{})
			var got *pipeline.Numeric
			for _, r := range recs {
				src := doc.Norm.ToSource(r.Span)
				if doc.Text[src.Start:src.End] == c.figure {
					got = r
				}
			}
			require.NotNil(t, got, "no record %q", c.figure)
			assert.Equal(t, c.metric, got.Metric)
		})
	}
}
