package numeric

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/policyx/policyx/dict"
	"github.com/policyx/policyx/pipeline"
)

// TestCases checks single sentences, each with the figures it must yield.
func TestCases(t *testing.T) {
	x := newExtractor(t, Options{})
	ref := time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name  string
		input string
		date  time.Time
		want  []want
	}{
		// Vague magnitudes (a user-level spot-check, 2026, and the 1981
		// report): 数, 几 and 上 before the numeral are part of the figure
		// and say it is approximate or a floor; 跃上 reaches a level.
		{name: "vague magnitudes", input: "去年投资数十亿元，建成上百家企业，吸引几十万人次。经济总量跃上千亿元。",
			want: []want{
				{text: "数十亿元", value: 1e9, unit: "CNY", comparator: "approx", status: "actual", metric: "投资"},
				{text: "上百家", value: 100, unit: "家", comparator: "gte", status: "actual"},
				{text: "几十万人次", value: 1e5, unit: "人次", comparator: "approx", status: "actual"},
				{text: "千亿元", value: 1e11, unit: "CNY", comparator: "eq", status: "actual"},
			}},
		// County measures (a user-level spot-check, 2026): a cap or a floor
		// before the grant's verb, a count per unit or the whole a share
		// is of applies to the figure.
		{name: "caps and floors before a grant's verb", input: "对新认定的企业最高奖励50万元。项目补助最高可达300万元。奖励金额不超过总投资的30%。给予不低于每亩30万元的补助。",
			want: []want{
				{text: "50万元", value: 5e5, unit: "CNY", comparator: "lte", status: "target"},
				{text: "300万元", value: 3e6, unit: "CNY", comparator: "lte", status: "target"},
				{text: "30%", value: 30, unit: "%", comparator: "lte", status: "target"},
				{text: "30万元", value: 3e5, unit: "CNY", comparator: "gte", status: "target"},
			}},
		// Due dates without 到 (a user-level spot-check, 2026): a level due
		// in a year to come is a target; as of a year gone by it was
		// reached.
		{name: "due dates without 到", date: ref, input: "“十四五”末，全市研发投入达到100亿元。至2030年，产值突破千亿元。2027年前，建成50个基地。至2020年底，全市建成30个基地。“十三五”末，高新技术企业达到200家。",
			want: []want{
				{text: "100亿元", value: 1e10, unit: "CNY", comparator: "eq", status: "target", deadline: 2025},
				{text: "突破千亿元", value: 1e11, unit: "CNY", comparator: "gt", status: "target", deadline: 2030},
				{text: "50个", value: 50, unit: "个", comparator: "eq", status: "target", deadline: 2027},
				{text: "30个", value: 30, unit: "个", comparator: "eq", status: "actual"},
				{text: "200家", value: 200, unit: "家", comparator: "eq", status: "actual"},
			}},
		// A plan's targets for two and three years (a user-level
		// spot-check, 2026): each figure after 分别 is due in the year of
		// its place.
		{name: "due years respectively", input: "到2025年和2035年，研发投入强度分别达到3%和4%。到2025年、2030年和2035年，森林覆盖率分别达到30%、32%和35%。",
			want: []want{
				{text: "3%", value: 3, unit: "%", comparator: "eq", status: "target", deadline: 2025},
				{text: "4%", value: 4, unit: "%", comparator: "eq", status: "target", deadline: 2035},
				{text: "30%", value: 30, unit: "%", comparator: "eq", status: "target", deadline: 2025},
				{text: "32%", value: 32, unit: "%", comparator: "eq", status: "target", deadline: 2030},
				{text: "35%", value: 35, unit: "%", comparator: "eq", status: "target", deadline: 2035},
			}},
		// The 1983 work report: a level reached by a year gone by is
		// reported; one to be reached by a year to come is due then, 的
		// after its year and all.
		{name: "levels reached by past and coming years", date: time.Date(1983, 6, 6, 0, 0, 0, 0, time.UTC),
			input: "预算外资金由一九七八年的三百七十一亿元增加到一九八二年的六百五十亿元。招生人数由一九八二年的二十九万人增加到一九八七年的一百一十万人。",
			want: []want{
				{text: "三百七十一亿元", value: 3.71e10, unit: "CNY", comparator: "eq", status: "actual"},
				{text: "六百五十亿元", value: 6.5e10, unit: "CNY", comparator: "eq", status: "actual"},
				{text: "二十九万人", value: 2.9e5, unit: "人", comparator: "eq", status: "actual"},
				{text: "一百一十万人", value: 1.1e6, unit: "人", comparator: "eq", status: "target", deadline: 1987},
			}},
		// A user-level spot-check (2026): a count of things of a rank
		// (千亿级) and a concentration.
		{name: "a count before a rank of magnitude", input: "培育3个千亿级产业集群。",
			want: []want{{text: "3个", value: 3, unit: "个", comparator: "eq", status: "actual", metric: "千亿级产业集群"}}},
		{name: "concentration", input: "细颗粒物平均浓度28微克/立方米，下降到35微克每立方米以下。",
			want: []want{
				{text: "28微克/立方米", value: 28, unit: "微克/立方米", comparator: "eq", status: "actual"},
				{text: "35微克每立方米以下", value: 35, unit: "微克/立方米", comparator: "lte", status: "actual"},
			}},
		// A numeric spot-check (2026): 场次 and ages are units, and a bare
		// magnitude with 余 is a vague count.
		{name: "sessions, ages and a bare magnitude with 余", input: "组织开展文旅活动等10場次以上。人均预期寿命达到80岁。企业家百余人参加。",
			want: []want{
				{text: "10場次以上", value: 10, unit: "场次", comparator: "gte", status: "actual"},
				{text: "80岁", value: 80, unit: "岁", comparator: "eq", status: "target", metric: "人均预期寿命"},
				{text: "百余人", value: 100, unit: "人", comparator: "gt", status: "actual", metric: "企业家"},
			}},
		// A province's plan (Hubei 2025): a cumulative level under a due
		// date is a target; a span of years gone by stays reported.
		{name: "cumulative levels under a due date", date: ref, input: "到2027年，全省规上企业达到5万家；累计建成国家级特色产业集群30个。2003年到2007年，转移支付累计4.25万亿元。",
			want: []want{
				{text: "5万家", value: 5e4, unit: "家", comparator: "eq", status: "target", deadline: 2027},
				{text: "30个", value: 30, unit: "个", comparator: "eq", status: "target", deadline: 2027},
				{text: "4.25万亿元", value: 4.25e12, unit: "CNY", comparator: "eq", status: "actual"},
			}},
		// Headlines (a numeric spot-check, 2026): an amount with a
		// magnitude after a word of money is money, in yuan in simplified
		// text; its currency stays unknown in traditional text that names
		// no region.
		{name: "bare amounts of money", input: "湖北力争经济总量突破7万亿。全国人口14亿。",
			want: []want{
				{text: "突破7万亿", value: 7e12, unit: "CNY", comparator: "gt", status: "target"},
				{text: "14亿", value: 1.4e9, unit: "", comparator: "eq", status: "actual"},
			}},
		{name: "bare amounts in traditional text", input: "總預算追加878.4億。",
			want: []want{{text: "878.4億", value: 8.784e10, unit: "", comparator: "eq", status: "target"}}},
		{name: "range of percents", input: "力争全市研发投入年均增长10%—15%。",
			want: []want{{text: "10%—15%", value: 10, max: 15, unit: "%", comparator: "range", kind: "change", status: "target"}}},
		{name: "range with unit at the end", input: "每年新建3至5个产业园区。",
			want: []want{{text: "3至5个", value: 3, max: 5, unit: "个", comparator: "range", status: "actual"}}},
		{name: "neighbouring Chinese digits", input: "全年投资四五千亿元。",
			want: []want{{text: "四五千亿元", value: 4e11, max: 5e11, unit: "CNY", comparator: "range", status: "actual"}}},
		{name: "percentage points", input: "城镇调查失业率下降0.3个百分点。",
			want: []want{{text: "0.3个百分点", value: 0.3, unit: "pp", comparator: "eq", kind: "change", status: "actual"}}},
		{name: "quadrupling", input: "到2020年实现国内生产总值翻两番。",
			want: []want{{text: "翻两番", value: 4, unit: "x", comparator: "eq", kind: "multiple", status: "target", deadline: 2020}}},
		{name: "multiple", input: "出口额增长1.5倍。",
			want: []want{{text: "1.5倍", value: 1.5, unit: "x", comparator: "eq", kind: "multiple", status: "actual"}}},
		{name: "duration within", input: "新认定的企业3年内给予支持。",
			want: []want{{text: "3年内", value: 3, unit: "years", comparator: "lte", kind: "duration", status: "target"}}},
		{name: "duration in months", input: "审批时限压缩至6个月。",
			want: []want{{text: "6个月", value: 6, unit: "months", comparator: "eq", kind: "duration"}}},
		{name: "rank with 位", input: "综合排名第11位。",
			want: []want{{text: "第11位", value: 11, unit: "", comparator: "eq", kind: "rank", status: "actual"}}},
		{name: "top ten", input: "力争进入全国前十。",
			want: []want{{text: "前十", value: 10, unit: "", comparator: "lte", kind: "rank", status: "target"}}},
		{name: "approx before", input: "全年粮食产量约1.4万亿斤。",
			want: []want{{text: "约1.4万亿斤", value: 1.4e12, unit: "斤", comparator: "approx", status: "actual"}}},
		{name: "approx after", input: "国内生产总值增长5%左右。",
			want: []want{{text: "5%左右", value: 5, unit: "%", comparator: "approx", kind: "change"}}},
		{name: "lte after 以下", input: "控制在3%以下。",
			want: []want{{text: "3%以下", value: 3, unit: "%", comparator: "lte"}}},
		{name: "lt before 不到", input: "占比不到10%。",
			want: []want{{text: "不到10%", value: 10, unit: "%", comparator: "lt", kind: "share"}}},
		{name: "provision threshold and award", input: "对年研发投入不低于200万元的企业，给予最高50万元奖励。",
			want: []want{
				{text: "不低于200万元", value: 2e6, unit: "CNY", comparator: "gte", status: "target"},
				{text: "最高50万元", value: 5e5, unit: "CNY", comparator: "lte", status: "target"},
			}},
		{name: "dollars and hong kong dollars", input: "吸引外资1200亿美元，港方出资3.5亿港元。",
			want: []want{
				{text: "1200亿美元", value: 1.2e11, unit: "USD", comparator: "eq"},
				{text: "3.5亿港元", value: 3.5e8, unit: "HKD", comparator: "eq"},
			}},
		{name: "series gives one record each", input: "覆盖率分别达到70%、80%和90%。",
			want: []want{
				{text: "70%", value: 70, unit: "%", comparator: "eq", kind: "share"},
				{text: "80%", value: 80, unit: "%", comparator: "eq"},
				{text: "90%", value: 90, unit: "%", comparator: "eq"},
			}},
		{name: "deadline year", input: "到2035年，全市高新技术企业达到5000家。",
			want: []want{{text: "5000家", value: 5000, unit: "家", comparator: "eq", status: "target", deadline: 2035}}},
		{name: "deadline this year from the document date", input: "今年发展主要预期目标是：城镇新增就业1200万人以上。", date: ref,
			want: []want{{text: "1200万人以上", value: 1.2e7, unit: "人", comparator: "gte", status: "target", deadline: 2024}}},
		{name: "deadline next five years", input: "未来五年，研发投入强度提高到3%。", date: ref,
			want: []want{{text: "3%", value: 3, unit: "%", comparator: "eq", kind: "share", status: "target", deadline: 2029}}},
		{name: "relative deadline left absent without a date", input: "明年力争粮食产量达到1.3万亿斤。",
			want: []want{{text: "1.3万亿斤", value: 1.3e12, unit: "斤", comparator: "eq", status: "target"}}},
		{name: "fifteenth plan", input: "“十五五”期间，累计新增就业5000万人。",
			want: []want{{text: "5000万人", value: 5e7, unit: "人", comparator: "eq"}}},
		{name: "base year is not a deadline", input: "力争单位GDP能耗比2020年下降13.5%。",
			want: []want{{text: "13.5%", value: 13.5, unit: "%", comparator: "eq", kind: "change", status: "target"}}},
		{name: "past report", input: "去年新增城镇就业1244万人。",
			want: []want{{text: "1244万人", value: 1.244e7, unit: "人", comparator: "eq", status: "actual"}}},
		{name: "small Chinese count after a quantity verb", input: "新增三家国家级孵化器。",
			want: []want{{text: "三家", value: 3, unit: "家", comparator: "eq", status: "actual"}}},
		{name: "traditional characters", input: "政府將投入100億港元，資助約3000名青年。",
			want: []want{
				{text: "100億港元", value: 1e10, unit: "HKD", comparator: "eq", status: "target"},
				{text: "約3000名", value: 3000, unit: "名", comparator: "approx"},
			}},
		// Hong Kong releases (a user-level spot-check, 2026) write 约相等于
		// for "about": the whole phrase is the comparator, not the metric.
		// Policy interpretations (a user-level spot-check, 2026): what a
		// plan or measures set out (《方案》提出, 行动计划明确) is a target,
		// with no year after it; what a report says happened stays actual.
		// A Taiwan budget's news (a user-level spot-check, 2026): 一 of
		// 一般 after 億 is no shorthand digit (三万五 is 35000, 三万一 alone
		// 31000).
		{name: "a shorthand digit or a word", input: "其中縣市政府一般性補助款636億一般性補助款。接待游客三万五人次。",
			want: []want{
				{text: "636億", value: 6.36e10, unit: "", comparator: "eq"},
				{text: "三万五人次", value: 35000, unit: "人次", comparator: "eq"},
			}},
		// Hong Kong relief measures (the same spot-check): 以…為上限 and
		// 上限為 make a cap.
		{name: "caps written with 上限", input: "寬減差餉，以每戶500元為上限。寬減薪俸稅，上限為3,000元。",
			want: []want{
				{text: "500元為上限", value: 500, unit: "HKD", comparator: "lte"},
				{text: "上限為3,000元", value: 3000, unit: "HKD", comparator: "lte"},
			}},
		// An expo's news (a user-level spot-check, 2026): 举办, 征集到,
		// 来自 and 评选出 take the noun counted after the figure as their
		// object, and 参会 ends that noun (签约 is left: 签约项目, 家庭签约
		// 服务 are nouns).
		{name: "verbs whose object is counted after the figure", input: "共举办220余场活动。面向全球征集到357个申报项目。共有338名外宾参会。吸引了来自10余个国家的嘉宾。最终评选出20项领先科技成果。",
			want: []want{
				{text: "220余场", value: 220, unit: "场", comparator: "gt", metric: "活动"},
				{text: "357个", value: 357, unit: "个", comparator: "eq", metric: "申报项目"},
				{text: "338名", value: 338, unit: "名", comparator: "eq", metric: "外宾"},
				{text: "10余个", value: 10, unit: "个", comparator: "gt"},
				{text: "20项", value: 20, unit: "项", comparator: "eq", metric: "领先科技成果"},
			}},
		// County measures (the same spot-check): 不含 in brackets bounds a
		// bracket of amounts from above, strictly.
		{name: "an amount excluded", input: "对项目固定资产一次性投资10亿元以上(不含50亿元)的，给予奖励。",
			want: []want{
				{text: "10亿元以上", value: 1e9, unit: "CNY", comparator: "gte", metric: "项目固定资产一次性投资"},
				{text: "不含50亿元", value: 5e9, unit: "CNY", comparator: "lt"},
			}},
		// An expo's news (the same spot-check): 征集到 and 募集到 say what
		// was collected, no due date.
		{name: "what was collected", input: "面向全球征集到357个申报项目。共募集到善款500万元。",
			want: []want{
				{text: "357个", value: 357, unit: "个", comparator: "eq", status: "actual"},
				{text: "500万元", value: 5e6, unit: "CNY", comparator: "eq", status: "actual"},
			}},
		// County measures (a user-level spot-check, 2026): a cap with no
		// cue of its own is a rule's provision, never a figure reported.
		{name: "a cap alone is a provision", input: "二产业项目按固定资产一次性投资总额的3‰进行现金奖励。奖金总额不超过50万元。",
			want: []want{
				{text: "3‰", value: 0.3, unit: "%", comparator: "eq", status: "target"},
				{text: "不超过50万元", value: 5e5, unit: "CNY", comparator: "lte", status: "target"},
			}},
		// A work report's news (the same spot-check): 发行 is the verb
		// whose object the metric is, and 发行量 a noun.
		{name: "bonds issued", input: "擬發行超長期特別國債1.3萬億元。债券发行量达到500亿元。",
			want: []want{
				{text: "1.3萬億元", value: 1.3e12, unit: "CNY", comparator: "eq", metric: "超長期特別國債"},
				{text: "500亿元", value: 5e10, unit: "CNY", comparator: "eq", metric: "债券发行量"},
			}},
		// A Taiwan budget's news (a user-level spot-check, 2026): what a
		// budget sets aside (編列) is a plan.
		{name: "amounts a budget sets aside", input: "行政院會今日通過，勞動部主管編列250億元，包括撥補勞工保險基金等。",
			want: []want{
				{text: "250億元", value: 2.5e10, unit: "TWD", comparator: "eq", status: "target"},
			}},
		{name: "what a plan sets out", input: "《方案》提出，新增高新技术企业500家。行动计划明确，全市新建5G基站1万个。报告提出，去年新增就业10万人。",
			want: []want{
				{text: "500家", value: 500, unit: "家", comparator: "eq", status: "target"},
				{text: "1万个", value: 1e4, unit: "个", comparator: "eq", status: "target"},
				{text: "10万人", value: 1e5, unit: "人", comparator: "eq", status: "actual"},
			}},
		{name: "about written as roughly equal to", input: "本地生产总值约相等于3万亿港元，開支大約相等於20億港元。",
			want: []want{
				{text: "约相等于3万亿港元", value: 3e12, unit: "HKD", comparator: "approx", metric: "本地生产总值"},
				{text: "大約相等於20億港元", value: 2e9, unit: "HKD", comparator: "approx", metric: "開支"},
			}},
		{name: "full-width digits and percent", input: "增长６．５％。",
			want: []want{{text: "６．５％", value: 6.5, unit: "%", comparator: "eq", kind: "change"}}},
		{name: "per mille", input: "人口自然增长率为3‰。",
			want: []want{{text: "3‰", value: 0.3, unit: "%", comparator: "eq", kind: "share"}}},
		{name: "百分之 written out", input: "提高百分之二十。",
			want: []want{{text: "百分之二十", value: 20, unit: "%", comparator: "eq", kind: "change"}}},
		{name: "more than with 多 before magnitude", input: "带动就业1000多万人。",
			want: []want{{text: "1000多万人", value: 1e7, unit: "人", comparator: "gt"}}},
		{name: "kilowatts", input: "新增装机容量5千瓦。",
			want: []want{{text: "5千瓦", value: 5, unit: "千瓦", comparator: "eq"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			recs := extract(t, x, c.input, c.date)
			assert.Len(t, recs, len(c.want), "records: %v", spans(c.input, recs))
			for _, w := range c.want {
				check(t, c.input, recs, w)
			}
		})
	}
}

// TestNotFigures checks text that holds numerals but no figure.
func TestNotFigures(t *testing.T) {
	x := newExtractor(t, Options{})
	cases := []struct{ name, input string }{
		{name: "full date", input: "2024年3月5日，十四届全国人大二次会议开幕。"},
		{name: "year and month", input: "2022年1月起施行。"},
		{name: "article number", input: "第3条 本办法自发布之日起施行。"},
		{name: "list markers", input: "（一）加快发展。1.强化创新。二是优化环境。"},
		{name: "years inside names", input: "实现2035年远景目标。"},
		{name: "phone number", input: "咨询电话：0571-88888888。"},
		{name: "model numbers", input: "推出400G光模块和5G基站。"},
		{name: "programme names in quotes", input: "出台“科创36条”“企业雁阵1622”和“1+2+1”体系。"},
		{name: "unquoted package name", input: "出台科创九条、上市十条等措施。"},
		{name: "ordinals that are not ranks", input: "党的二十大，第一批试点，第二个百年奋斗目标，第一生产力。"},
		{name: "set phrases", input: "两大产业，三次考察，一批企业，三个大市场，保持两位数增长。"},
		{name: "time frames", input: "五年来，一年来，十年如一日。"},
		{name: "bare number", input: "入选创新积分500名单。"},
		{name: "idiom", input: "千家万户，千方百计。"},
		{name: "idiom of a great many", input: "成千上万群众参与，成百上千家企业。"},
		{name: "plenary sessions", input: "按照省委十一屆十次、十一次全會部署要求。已经九届59次区政府常务会议通过。"},
		{name: "period name", input: "“十四五”规划。"},
		{name: "anniversary", input: "成立30周年。"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			recs := extract(t, x, c.input, time.Time{})
			assert.Empty(t, spans(c.input, recs))
		})
	}
}

// TestNewErrors checks that New refuses missing and malformed lists.
func TestNewErrors(t *testing.T) {
	set, err := builtin()
	require.NoError(t, err)
	_, err = New(nil, Options{})
	assert.ErrorIs(t, err, ErrNoDict)
	bad := set.With("units", []dict.Entry{{Word: "斗", Fields: []string{"斗", "x", "measure"}, Source: "user.txt:1"}})
	_, err = New(bad, Options{})
	assert.ErrorIs(t, err, ErrEntry)
	assert.ErrorContains(t, err, "user.txt:1")
	bad = set.With("numeric-cues", []dict.Entry{{Word: "约莫", Fields: []string{"before", "about"}, Source: "user.txt:2"}})
	_, err = New(bad, Options{})
	assert.ErrorIs(t, err, ErrEntry)
}

// TestUserUnit checks that a unit added to the dictionary is read.
func TestUserUnit(t *testing.T) {
	set, err := builtin()
	require.NoError(t, err)
	x, err := New(set.With("units", []dict.Entry{{Word: "斗", Fields: []string{"斗", "1", "measure"}, Source: "user.txt:1"}}), Options{})
	require.NoError(t, err)
	recs := extract(t, x, "收获粮食300斗。", time.Time{})
	require.Len(t, recs, 1)
	assert.Equal(t, "斗", recs[0].Unit)
}

func spans(text string, recs []*pipeline.Numeric) []string {
	out := []string{}
	for _, r := range recs {
		out = append(out, text[r.Span.Start:r.Span.End])
	}
	return out
}
