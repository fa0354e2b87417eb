package numeric

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/policyx/policyx/pipeline"
)

// TestFragmentContinuation checks that a figure in the first sentence of a
// re-attached fragment reads its status, deadline and metric from the
// sentence the fragment continues, and that nothing else does.
func TestFragmentContinuation(t *testing.T) {
	x := newExtractor(t, Options{})
	const (
		own   = "标题\n\n我们将加快培育市场主体。到2030年，力争全市规上工业企业数"
		other = "\n\n另一篇文章的正文，去年新增企业12家。\n\n"
		frag  = "量达到500家。去年全市新增企业30家。"
	)
	cases := []struct {
		name      string
		text      string
		dangling  bool // the section's own text ends mid-sentence
		figure    string
		status    string
		deadline  int
		metric    string
		continued bool
	}{
		{name: "figure opening the fragment", text: own + other + frag, dangling: true, figure: "500家", status: "target", deadline: 2030, metric: "规上工业企业数量"},
		{name: "later sentence of the fragment", text: own + other + frag, dangling: true, figure: "30家", status: "actual", deadline: 0, metric: "新增企业"},
		{name: "section ending with a whole sentence", text: strings.TrimSuffix(own, "到2030年，力争全市规上工业企业数") + other + frag, figure: "500家", status: "actual", deadline: 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := &pipeline.Document{ID: "t", Text: c.text}
			doc.Norm = pipeline.Identity(c.text)
			ownEnd := strings.Index(c.text, other)
			fs := strings.Index(c.text, frag)
			require.True(t, ownEnd > 0 && fs > ownEnd)
			doc.Sections = []pipeline.Section{{Title: "标题", Region: "某市", Span: pipeline.Span{Start: 0, End: ownEnd}, Fragments: []pipeline.Span{{Start: fs, End: len(c.text)}}}}
			recs, err := x.Extract(doc)
			require.NoError(t, err)
			var got *pipeline.Numeric
			for _, r := range recs {
				n := r.(*pipeline.Numeric)
				if n.Span.Start >= fs && c.text[n.Span.Start:n.Span.End] == c.figure {
					got = n
				}
			}
			require.NotNil(t, got, "no record %q", c.figure)
			assert.Equal(t, c.status, got.Status, "status")
			assert.Equal(t, c.deadline, got.Deadline, "deadline")
			if c.metric != "" {
				assert.Equal(t, c.metric, got.Metric, "metric")
			}
			assert.Equal(t, "某市", got.Region, "region")
		})
	}
}

// TestReportScopes checks that figures without a cue of their own are
// plans in the forward parts of a report and reported figures elsewhere.
func TestReportScopes(t *testing.T) {
	x := newExtractor(t, Options{})
	text := strings.Join([]string{
		"各位代表：",
		"一、2024年工作回顾",
		"粮食产量1.4万亿斤。",
		"二、2025年政府工作任务",
		"粮食产量1.4万亿斤左右。中央预算内投资安排7350亿元。",
		"城乡居民基础养老金月最低标准从123元提高到143元。",
		"去年新增就业1256万人。",
		"三、关于国际形势和外交工作",
		"已经加入17个国际公约。",
		"四、“十五五”时期主要目标",
		"城镇化率达到70%。",
	}, "\n\n")
	cases := []struct {
		name, figure, context string
		status, modality      string
		deadline              int
	}{
		{name: "review part", figure: "1.4万亿斤", context: "粮食产量", status: "actual", modality: "reported"},
		{name: "task part", figure: "1.4万亿斤左右", context: "粮食产量", status: "target", modality: "plan", deadline: 2025},
		{name: "own cue wins in a task part", figure: "7350亿元", status: "target", modality: "plan", deadline: 2025},
		{name: "base of a change", figure: "123元", status: "actual", modality: "reported"},
		{name: "level after the change", figure: "143元", status: "target", modality: "plan", deadline: 2025},
		{name: "past cue in a task part", figure: "1256万人", status: "actual", modality: "reported"},
		{name: "neutral heading ends the task part", figure: "17个", status: "actual", modality: "reported"},
		{name: "period heading", figure: "70%", status: "target", modality: "plan", deadline: 2030},
	}
	for _, date := range []time.Time{{}, day(2025, 3, 5)} {
		recs := extract(t, x, text, date)
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				var got *pipeline.Numeric
				for _, r := range recs {
					if text[r.Span.Start:r.Span.End] == c.figure && strings.HasSuffix(text[:r.Span.Start], c.context) {
						if got == nil || c.context != "" && r.Span.Start > got.Span.Start && c.status == "target" {
							got = r
						}
					}
				}
				require.NotNil(t, got, "no record %q", c.figure)
				assert.Equal(t, c.status, got.Status, "status")
				assert.Equal(t, c.modality, got.Modality, "modality")
				assert.Equal(t, c.deadline, got.Deadline, "deadline")
			})
		}
	}
}

// TestReportPlanParts checks figures without a cue of their own in the plan
// parts of three work reports (2010, 2023, 2025), read through the real
// stages: each is a plan for the report's year. It skips without the
// shared corpus.
func TestReportPlanParts(t *testing.T) {
	x := newExtractor(t, Options{})
	cases := []struct {
		name     string
		year     int
		sentence string
		figure   string
		status   string
		deadline int
	}{
		{name: "2010 jobs target", year: 2010, sentence: "城镇新增就业900万人以上", figure: "900万人以上", status: "target", deadline: 2010},
		{name: "2010 social housing", year: 2010, sentence: "建设保障性住房300万套", figure: "300万套", status: "target", deadline: 2010},
		{name: "2010 pensions", year: 2010, sentence: "企业退休人员基本养老金今年再提高10%", figure: "10%", status: "target", deadline: 2010},
		{name: "2010 price target explained", year: 2010, sentence: "提出居民消费价格涨幅3%左右", figure: "3%左右", status: "target", deadline: 2010},
		{name: "2023 grain capacity", year: 2023, sentence: "实施新一轮千亿斤粮食产能提升行动", figure: "千亿斤", status: "target", deadline: 2023},
		{name: "2025 unemployment target explained", year: 2025, sentence: "城镇调查失业率5.5%左右，体现了", figure: "5.5%左右", status: "target", deadline: 2025},
		{name: "2025 basic pension", year: 2025, sentence: "城乡居民基础养老金最低标准再提高20元", figure: "20元", status: "target", deadline: 2025},
		{name: "2025 review stays actual", year: 2025, sentence: "城镇新增就业1256万人", figure: "1256万人", status: "actual", deadline: 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			recs, doc := reportRecords(t, x, c.year)
			at := strings.Index(doc.Norm.Text, c.sentence)
			require.GreaterOrEqual(t, at, 0, "sentence not found")
			var got *pipeline.Numeric
			for _, r := range recs {
				if r.Span.Start >= at && r.Span.End <= at+len(c.sentence) && doc.Norm.Text[r.Span.Start:r.Span.End] == c.figure {
					got = r
				}
			}
			require.NotNil(t, got, "no record %q", c.figure)
			assert.Equal(t, c.status, got.Status, "status")
			assert.Equal(t, c.deadline, got.Deadline, "deadline")
		})
	}
}

// TestContinuedLeadingSpace checks that a fragment opening with white
// space, an ideographic space (3 bytes) among it, joins on rune boundaries.
func TestContinuedLeadingSpace(t *testing.T) {
	const own = "标题\n\n到2030年，力争全市规上工业企业数"
	cases := []struct {
		name, lead string
	}{
		{name: "ideographic space", lead: "\u3000"},
		{name: "two ideographic spaces", lead: "\u3000\u3000"},
		{name: "ascii space and ideographic space", lead: " \u3000"},
		{name: "newline", lead: "\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := own + "\n\n其他。\n\n" + c.lead + "量达到500家。"
			doc := &pipeline.Document{ID: "t", Text: text}
			doc.Norm = pipeline.Identity(text)
			fs := strings.Index(text, "其他。") + len("其他。\n\n")
			doc.Sections = []pipeline.Section{{Title: "标题", Span: pipeline.Span{Start: 0, End: len(own)}, Fragments: []pipeline.Span{{Start: fs, End: len(text)}}}}
			off := strings.Index(text, "500家")
			v, shift, ok := continued(doc, off)
			require.True(t, ok)
			assert.True(t, utf8.ValidString(v.text), "joined view %q", v.text)
			assert.Equal(t, "到2030年，力争全市规上工业企业数量达到500家。", v.text)
			assert.Equal(t, "500家", v.text[off+shift:off+shift+len("500家")])
		})
	}
}

// TestStatusThroughFolding checks status cues in traditional and
// simplified text, with an identity normalization and through the real
// stages, whose matching view folds 現時 to 现时 and 預留 to 预留: the
// current level a change starts from is actual, money set aside is a plan,
// and 未来 is a time word only when no name follows it (未來基金).
func TestStatusThroughFolding(t *testing.T) {
	x := newExtractor(t, Options{})
	cases := []struct {
		name     string
		input    string
		figure   string
		status   string
		modality string
	}{
		{name: "current level, traditional", input: "區內職位數目將由現時的11.6萬個增至約65萬個。", figure: "11.6萬個", status: "actual", modality: "reported"},
		{name: "target level, traditional", input: "區內職位數目將由現時的11.6萬個增至約65萬個。", figure: "約65萬個", status: "target", modality: "plan"},
		{name: "current level with 现在", input: "区内职位数目将由现在的11.6万个增至约65万个。", figure: "11.6万个", status: "actual", modality: "reported"},
		{name: "current level with 目前", input: "全市职位数目将从目前的11.6万个增至65万个。", figure: "11.6万个", status: "actual", modality: "reported"},
		{name: "current level in a forecast sentence", input: "政府預計，發展完成後總住宅單位將達90萬個，區內職位數目將由現時的11.6萬個增至約65萬個。", figure: "11.6萬個", status: "actual", modality: "reported"},
		{name: "money set aside, traditional", input: "財政司司長表示，會從未來基金預留1,000億元成立專款。", figure: "1,000億元", status: "target", modality: "plan"},
		{name: "money set aside, simplified", input: "会从未来基金预留1000亿元成立专款。", figure: "1000亿元", status: "target", modality: "plan"},
		{name: "money already set aside", input: "去年已預留1,000億元成立專款。", figure: "1,000億元", status: "actual", modality: "reported"},
		{name: "未来 as a time word", input: "未來五年新增就業崗位100萬個。", figure: "100萬個", status: "target", modality: "goal"},
		{name: "未来 in a name", input: "全市建成未來工廠12家。", figure: "12家", status: "actual", modality: "reported"},
		// A plan cue that is part of a noun (county reports, 2012-2025).
		{name: "一般预算收入 is no budget cue", input: "截止6月底，全县实现地区生产总值26.7亿元，增长13.3%；实现地方财政一般预算收入4.05亿元，增长52.2%。", figure: "4.05亿元", status: "actual", modality: "reported"},
		{name: "一般公共预算 under a goal", input: "主要预期目标是：地区生产总值增长6.2%；一般公共预算总收入增长3.5%；出口商品总值增长10%。", figure: "10%", status: "target", modality: "goal"},
		{name: "国家预算 is a budget", input: "一九六五年国家预算收支都比上年增长百分之十以上。", figure: "百分之十以上", status: "target", modality: "plan"},
		{name: "投资计划 is no plan cue", input: "12个重点项目完成总投资计划的80%。", figure: "80%", status: "actual", modality: "reported"},
		{name: "a programme named 计划", input: "实施“1520”乡土人才赋能计划，对1102名优秀乡土人才建库跟踪。", figure: "1102名", status: "actual", modality: "reported"},
		{name: "会 before a verb of change is future", input: "公务员编制会增至十九万一千八百一十六个职位。", figure: "十九万一千八百一十六个", status: "target", modality: "plan"},
		{name: "會 before a verb of change, traditional", input: "政府基建開支會超過平均每年一千億元。", figure: "一千億元", status: "target", modality: "plan"},
		{name: "an article of a rule states a provision", input: "第四条 固定资产投资在1亿元以上的项目，可采取“一事一议”形式实行特殊优惠。", figure: "1亿元以上", status: "target", modality: "provision"},
		{name: "a note that the figures are estimates", input: "实现地区生产总值130亿元、增长6.5%(预计数，下同)，高质量完成了任务。", figure: "130亿元", status: "target", modality: "forecast"},
		{name: "a rule's cue holds within its item of a list", input: "全年发放城乡低保金1200万元；困难残疾人生活补贴标准每人75元/月；城乡居民医保参保率达到98%。", figure: "98%", status: "actual", modality: "reported"},
		{name: "a due date with 年底前", input: "于2025年底前建成100个项目。", figure: "100个", status: "target", modality: "goal"},
		{name: "a date of issue is no due date", input: "2023年3月1日，对首次纳入规模以上工业企业的给予30万元奖励。", figure: "30万元", status: "target", modality: "provision"},
		{name: "到 before a place is no target", input: "今年来到我区投资的企业达100家。", figure: "100家", status: "actual", modality: "reported"},
		{name: "what a plan sets out is a goal", input: "规划提到，全社会研发经费投入年均增长7%以上。", figure: "7%以上", status: "target", modality: "goal"},
		{name: "超预期 is no forecast", input: "全年新增市场主体超预期，达到1200户。", figure: "1200户", status: "actual", modality: "reported"},
		{name: "目标考核 is no goal cue", input: "连续3年进入成都市综合目标考核先进行列。", figure: "连续3年", status: "actual", modality: "reported"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, real := range []bool{false, true} {
				var recs []*pipeline.Numeric
				var doc *pipeline.Document
				if real {
					recs, doc = extractReal(t, x, c.input, time.Time{})
				} else {
					recs = extract(t, x, c.input, time.Time{})
					doc = &pipeline.Document{Text: c.input, Norm: pipeline.Identity(c.input)}
				}
				var got *pipeline.Numeric
				for _, r := range recs {
					src := doc.Norm.ToSource(r.Span)
					if doc.Text[src.Start:src.End] == c.figure {
						got = r
					}
				}
				if !assert.NotNil(t, got, "no record %q (real stages %v)", c.figure, real) {
					continue
				}
				assert.Equal(t, c.status, got.Status, "status (real stages %v)", real)
				assert.Equal(t, c.modality, got.Modality, "modality (real stages %v)", real)
			}
		})
	}
}

// TestReviewPart checks that under a heading that reviews the past a plan
// or norm cue reports what was done unless a future word stands in the
// sentence before the end of the figure's clause, that the same sentences
// without such a heading, or under a forward one, stay targets, and that
// 比去年 names a comparison's base as 比上年 does.
func TestReviewPart(t *testing.T) {
	x := newExtractor(t, Options{})
	date := time.Date(2019, time.March, 5, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name     string
		heading  string
		sentence string
		figure   string
		status   string
		deadline int
	}{
		{name: "review arranged funds", heading: "一、2018年工作回顾", sentence: "中央财政安排200亿元专项资金，比上年增长25%。", figure: "200亿元", status: "actual"},
		{name: "review other figure of the sentence", heading: "一、2018年工作回顾", sentence: "中央财政安排200亿元专项资金，比上年增长25%。", figure: "25%", status: "actual"},
		{name: "review price held", heading: "一、过去一年工作回顾", sentence: "居民消费价格涨幅控制在2.1%。", figure: "2.1%", status: "actual"},
		{name: "review subsidy raised", heading: "一、过去五年工作总结", sentence: "城乡居民医保财政补助标准提高到每人每年520元。", figure: "520元", status: "actual"},
		{name: "traditional review", heading: "一、過去一年工作回顧", sentence: "中央財政安排200億元專項資金。", figure: "200億元", status: "actual"},
		{name: "review with 拟 stays a plan", heading: "一、2018年工作回顾", sentence: "中央财政拟安排300亿元，用于支持地方。", figure: "300亿元", status: "target", deadline: 2019},
		{name: "review with 今年 in an earlier clause", heading: "一、2018年工作回顾", sentence: "今年，中央财政安排300亿元。", figure: "300亿元", status: "target", deadline: 2019},
		{name: "review keeps a goal", heading: "一、2018年工作回顾", sentence: "力争粮食产量稳定在1.3万亿斤以上。", figure: "1.3万亿斤以上", status: "target"},
		{name: "no heading keeps a rule", heading: "", sentence: "对新认定的企业给予50万元奖励。", figure: "50万元", status: "target"},
		{name: "no heading keeps a plan", heading: "", sentence: "中央财政安排200亿元专项资金。", figure: "200亿元", status: "target"},
		{name: "article of measures keeps a rule", heading: "第三条", sentence: "对新认定的企业给予50万元奖励。", figure: "50万元", status: "target"},
		{name: "forward part keeps a plan", heading: "二、2019年重点工作", sentence: "中央财政安排200亿元专项资金。", figure: "200亿元", status: "target", deadline: 2019},
		{name: "forward part change on last year", heading: "二、2019年重点工作", sentence: "中央预算内投资安排5776亿元，比去年增加400亿元。", figure: "400亿元", status: "target", deadline: 2019},
		{name: "forward part change on the year before", heading: "二、2019年重点工作", sentence: "中央预算内投资安排5776亿元，比上年增加400亿元。", figure: "400亿元", status: "target", deadline: 2019},
		{name: "last year alone is reported", heading: "", sentence: "去年粮食产量1.3万亿斤。", figure: "1.3万亿斤", status: "actual"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := "标题\n" + c.heading + "\n" + c.sentence + "\n三、其他\n其他。"
			var got *pipeline.Numeric
			for _, r := range extract(t, x, text, date) {
				if text[r.Span.Start:r.Span.End] == c.figure {
					got = r
				}
			}
			require.NotNil(t, got, "no record %q", c.figure)
			assert.Equal(t, c.status, got.Status, "status")
			assert.Equal(t, c.deadline, got.Deadline, "deadline")
		})
	}
}

// TestReportHeadingParts checks how top-level headings open and close the
// plan of a report: a heading naming the report's year or a later one looks
// ahead, one naming an earlier year closes the plan, a heading that names
// only a field of work keeps the plan open up to a backward heading; 拟 and
// 今年…要 date a plan of a part with no year to the report's year, and
// 从去年的 marks only the starting level of a change. The report's year is
// the reference date's, or the delivery date's when no date is given.
func TestReportHeadingParts(t *testing.T) {
	x := newExtractor(t, Options{})
	const report = "——2011年3月5日在第十一届全国人民代表大会第四次会议上\n" +
		"一、“十一五”时期的回顾\n建成铁路1.6万公里。\n" +
		"二、2011年的工作\n国内生产总值增长8%左右。\n" +
		"三、继续加强农业\n中央财政安排资金9000亿元。赤字率从去年的2.1%提高到2.3%。\n" +
		"四、2010年财政收支情况\n全国财政收入8.3万亿元。\n" +
		"五、加强政府自身建设\n新建学校300所。\n" +
		"六、工作体会\n"
	const measures = "一、总体要求\n对拟上市企业给予200万元奖励。\n拟安排资金3000万元。\n"
	day := time.Date(2011, 3, 5, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name     string
		text     string
		date     time.Time
		figure   string
		status   string
		deadline int
	}{
		{name: "review part", text: report, figure: "1.6万公里", status: "actual"},
		{name: "heading names the report's year", text: report, figure: "8%左右", status: "target", deadline: 2011},
		{name: "field heading continues the plan", text: report, figure: "9000亿元", status: "target", deadline: 2011},
		{name: "heading naming an earlier year closes the plan", text: report, figure: "8.3万亿元", status: "actual"},
		{name: "field heading after a closed plan stays neutral", text: report, figure: "300所", status: "actual"},
		{name: "starting level after 从去年的", text: report, date: day, figure: "2.1%", status: "actual"},
		{name: "end level follows its part", text: report, date: day, figure: "2.3%", status: "target", deadline: 2011},
		{name: "date given overrides the delivery date", text: report, date: time.Date(2012, 1, 1, 0, 0, 0, 0, time.UTC), figure: "8%左右", status: "actual"},
		{name: "拟上市 is a noun", text: measures, date: day, figure: "200万元", status: "target"},
		{name: "拟安排 plans for the year", text: measures, date: day, figure: "3000万元", status: "target", deadline: 2011},
		{name: "今年要 without a forward part", text: "今年中央财政要安排500亿元。", date: day, figure: "500亿元", status: "target", deadline: 2011},
		// A user-level review (2026): 三年内 (within three years) is due
		// three years after the reference, not in its year as 年内 is.
		{name: "within three years", text: "力争三年内培育专精特新企业100家。", date: day, figure: "100家", status: "target", deadline: 2014},
		{name: "within 3 years", text: "力争3年内新增企业100家。", date: day, figure: "100家", status: "target", deadline: 2014},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			recs := extract(t, x, c.text, c.date)
			var got *pipeline.Numeric
			for _, r := range recs {
				if c.text[r.Span.Start:r.Span.End] == c.figure {
					got = r
				}
			}
			require.NotNil(t, got, "no record %q", c.figure)
			assert.Equal(t, c.status, got.Status, "status")
			assert.Equal(t, c.deadline, got.Deadline, "deadline")
		})
	}
}

// TestPlanTitleDeadline checks that a plan whose title names its period
// (…行动方案（2025—2027年）, a notice issuing a “十五五” plan) makes its
// targets that name no year due at the period's end, through the real
// stages, which read the title; a title naming no plan, or a target with a
// year of its own, keeps its own.
func TestPlanTitleDeadline(t *testing.T) {
	x := newExtractor(t, Options{})
	day := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name, text, figure string
		deadline           int
	}{
		{"a plan's years in brackets", "某市促进消费三年行动方案（2025—2027年）\n\n一、主要目标\n\n全市社会消费品零售总额年均增长6%以上，新增限额以上企业300家。", "300家", 2027},
		{"a year of its own", "某市促进消费三年行动方案（2025—2027年）\n\n一、主要目标\n\n到2026年，新增限额以上企业300家。", "300家", 2026},
		{"a notice issuing a five-year plan", "关于印发《某市“十五五”科技创新规划》的通知\n\n力争新增高新技术企业500家。", "500家", 2030},
		{"a title naming no plan", "2025—2027年消费市场回顾\n\n力争新增限额以上企业300家。", "300家", 0},
		{"what was reported stays reported", "某市促进消费三年行动方案（2025—2027年）\n\n2024年，全市新增限额以上企业200家。", "200家", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := realRecord(t, x, c.text, c.figure, day)
			assert.Equal(t, c.deadline, got.Deadline, "deadline")
		})
	}
}

// realRecord returns the record of the figure written figure in text, run
// through the real stages with reference date day.
func realRecord(t *testing.T, x *Extractor, text, figure string, day time.Time) *pipeline.Numeric {
	t.Helper()
	recs, doc := extractReal(t, x, text, day)
	var got *pipeline.Numeric
	for _, r := range recs {
		if doc.Norm.Text[r.Span.Start:r.Span.End] == figure {
			got = r
		}
	}
	require.NotNil(t, got, "no record %q", figure)
	return got
}

// TestPlanNamedNoTime checks that a period named as its plan's name
// (与“十四五”规划目标保持一致) sets no deadline, as the period used as a
// time (“十四五”末, “十四五”时期) does.
func TestPlanNamedNoTime(t *testing.T) {
	x := newExtractor(t, Options{})
	day := time.Date(2026, 3, 6, 0, 0, 0, 0, time.UTC)
	const outline = "主要目标指标 - 经济发展:提出国内生产总值增长保持在合理区间,为到2035年人均国内生产总值比2020年翻一番、达到中等发达国家水平打好基础 - 创新驱动:提出全社会研发经费投入年均增长7%以上,与“十四五”规划目标保持一致,确保研发投入力度不减 - 民生福祉:针对性提出就业、收入、教育、医疗、健康、“一老一小”等7项指标,以解决人民群众急难愁盼问题。"
	got := realRecord(t, x, outline, "7项", day)
	assert.NotEqual(t, 2025, got.Deadline, "deadline")
	got = realRecord(t, x, "力争到“十五五”末新增企业100家。", "100家", day)
	assert.Equal(t, 2030, got.Deadline, "deadline")
}

// TestParagraphDueDate checks that a paragraph opening with a due date to
// come (到2027年，…) makes the figures of its later sentences that have no
// cue of their own targets due then, as a plan's paragraphs read
// (到2027年，全省县域经济总量突破3万亿元。培育10-15个…县域冠军产业。);
// a due date gone by, or a later sentence with a cue of its own, does not.
func TestParagraphDueDate(t *testing.T) {
	x := newExtractor(t, Options{})
	day := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name, text, figure, status string
		deadline                   int
	}{
		{"a later sentence of a plan's paragraph", "到2027年，全省县域经济总量突破3万亿元。培育10-15个成长型县域冠军产业，储备25-30个特色产业。", "25-30个", "target", 2027},
		{"a later sentence with a cue of its own", "到2027年，全省县域经济总量突破3万亿元。去年新增特色产业20个。", "20个", "actual", 0},
		{"a due date gone by", "到2024年底，全省累计建成5G基站10万个。新增特色产业20个。", "20个", "actual", 0},
		{"the next paragraph", "到2027年，全省县域经济总量突破3万亿元。\n\n新增特色产业20个。", "20个", "actual", 0},
		{"a due date opening a later sentence", "（三）壮大县域经济。到2027年，县域经济总量力争达到600亿元。培育10-15个成长型县域冠军产业。", "10-15个", "target", 2027},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := realRecord(t, x, c.text, c.figure, day)
			assert.Equal(t, c.status, got.Status, "status")
			assert.Equal(t, c.deadline, got.Deadline, "deadline")
		})
	}
}

// TestIssueDate checks that a full date of issue gives no deadline, while
// a date after 到 does (a county's measures of 2023, the 1995 report).
func TestIssueDate(t *testing.T) {
	x := newExtractor(t, Options{})
	real, _ := extractReal(t, x, "2023年3月1日，对首次纳入规模以上工业企业的给予30万元奖励。", time.Time{})
	if assert.Len(t, real, 1) {
		assert.Zero(t, real[0].Deadline)
	}
	real, _ = extractReal(t, x, "到2025年6月30日，建成100个项目。", time.Time{})
	if assert.Len(t, real, 1) {
		assert.Equal(t, 2025, real[0].Deadline)
	}
}
