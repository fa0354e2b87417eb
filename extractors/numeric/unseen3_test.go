package numeric

import "testing"

// A third evaluation on text the rules were never tuned on: paragraphs of
// the 2009, 2017 and 2007 government work reports, four of each, two from
// the review of the past and two from the plan for the coming year. As for
// the first two sets, the expected figures were written by hand from the
// text alone, before the extractor was run on these reports, following the
// record contract and the package documentation. A reader's judgements:
// the plan of 2007 goes on under headings that name no year
// (三、促进经济又好又快发展, 四、推进社会主义和谐社会建设), so a budget
// there is a target due 2007; a country's population (13亿人口) is a
// fact, actual even in a plan; averages and amounts of past years quoted in
// a plan (从2003年到2006年年均超收, 去年超收) are actual; a projected ratio
// of the plan year (累计国债余额占国内生产总值比重20%左右) is a target of
// that year; and numbers without a unit but with a magnitude (减少1240万,
// 人口8.14亿) are figures with no unit, while PM2.5, 一所卫生院 and 四件事
// are none.
var unseenPassages3 = []unseenPassage{
	// 2009: review of 2008.
	{name: "gwr2009 energy saving 2008", year: 2009, from: "坚持不懈地推动节能减排和生态环境保护。",
		want: []want{
			{text: "423亿元", value: 4.23e10, unit: "CNY", comparator: "eq", status: "actual"},
			{text: "1149万吨", value: 1.149e7, unit: "吨", comparator: "eq", status: "actual"},
			{text: "9712万千瓦", value: 9.712e7, unit: "千瓦", comparator: "eq", status: "actual"},
			{text: "4.59%", value: 4.59, unit: "%", comparator: "eq", status: "actual"},
			{text: "4.42%", value: 4.42, unit: "%", comparator: "eq", status: "actual"},
			{text: "5.95%", value: 5.95, unit: "%", comparator: "eq", status: "actual"},
		}},
	{name: "gwr2009 health care 2008", year: 2009, from: "医药卫生改革发展稳步推进。",
		want: []want{
			{text: "8.14亿", value: 8.14e8, unit: "", comparator: "eq", status: "actual"},
			{text: "91.5%", value: 91.5, unit: "%", comparator: "eq", status: "actual"},
			{text: "88个", value: 88, unit: "个", comparator: "eq", status: "actual"},
			{text: "317个", value: 317, unit: "个", comparator: "eq", status: "actual"},
			{text: "7359万", value: 7.359e7, unit: "", comparator: "eq", status: "actual"},
			{text: "1.17亿", value: 1.17e8, unit: "", comparator: "eq", status: "actual"},
		}},
	// 2009: the year's targets and deficit, under 二、2009年工作总体部署.
	{name: "gwr2009 main targets", year: 2009, from: "今年国民经济和社会发展的主要预期目标是：",
		want: []want{
			{text: "8%左右", value: 8, unit: "%", comparator: "approx", status: "target", deadline: 2009},
			{text: "900万人以上", value: 9e6, unit: "人", comparator: "gte", status: "target", deadline: 2009},
			{text: "4.6%以内", value: 4.6, unit: "%", comparator: "lte", status: "target", deadline: 2009},
			{text: "4%左右", value: 4, unit: "%", comparator: "approx", status: "target", deadline: 2009},
			{text: "8%左右", context: "提出", value: 8, unit: "%", comparator: "approx", status: "target", deadline: 2009},
			{text: "13亿", value: 1.3e9, unit: "", comparator: "eq", status: "actual"},
		}},
	{name: "gwr2009 deficit plan", year: 2009, from: "为弥补财政减收增支形成的缺口，",
		want: []want{
			{text: "7500亿元", value: 7.5e11, unit: "CNY", comparator: "eq", status: "target", deadline: 2009},
			{text: "5700亿元", value: 5.7e11, unit: "CNY", comparator: "eq", status: "target", deadline: 2009},
			{text: "2000亿元", value: 2e11, unit: "CNY", comparator: "eq", status: "target", deadline: 2009},
			{text: "9500亿元", value: 9.5e11, unit: "CNY", comparator: "eq", status: "target", deadline: 2009},
			{text: "3%以内", value: 3, unit: "%", comparator: "lte", status: "target", deadline: 2009},
			{text: "20%左右", value: 20, unit: "%", comparator: "approx", status: "target", deadline: 2009},
		}},

	// 2017: review of 2016 (the source breaks lines inside PM2.5).
	{name: "gwr2017 livelihoods 2016", year: 2017, from: "——人民生活继续改善。",
		want: []want{
			{text: "6.3%", value: 6.3, unit: "%", comparator: "eq", status: "actual"},
			{text: "1240万", value: 1.24e7, unit: "", comparator: "eq", status: "actual"},
			{text: "超过240万", value: 2.4e6, unit: "", comparator: "gt", status: "actual"},
			{text: "600多万套", value: 6e6, unit: "套", comparator: "gt", status: "actual"},
			{text: "380多万户", value: 3.8e6, unit: "户", comparator: "gt", status: "actual"},
			{text: "超过1.2亿人次", value: 1.2e8, unit: "人次", comparator: "gt", status: "actual"},
		}},
	{name: "gwr2017 pollution 2016", year: 2017, from: "制定实施生态文明建设目标评价考核办法，", to: "推动了环保工作深入开展。",
		want: []want{
			{text: "5.6%", value: 5.6, unit: "%", comparator: "eq", status: "actual"},
			{text: "4%", context: "和", value: 4, unit: "%", comparator: "eq", status: "actual"},
			{text: "74个", value: 74, unit: "个", comparator: "eq", status: "actual"},
			{text: "9.1%", value: 9.1, unit: "%", comparator: "eq", status: "actual"},
			{text: "1.7个百分点", value: 1.7, unit: "pp", comparator: "eq", status: "actual"},
			{text: "2个百分点", value: 2, unit: "pp", comparator: "eq", status: "actual"},
		}},
	// 2017: the year's deficit and investment, under 二、2017年工作总体部署
	// and 三、2017年重点工作任务.
	{name: "gwr2017 deficit plan", year: 2017, from: "财政政策要更加积极有效。",
		want: []want{
			{text: "3%", context: "拟按", value: 3, unit: "%", comparator: "eq", status: "target", deadline: 2017},
			{text: "2.38万亿元", value: 2.38e12, unit: "CNY", comparator: "eq", status: "target", deadline: 2017},
			{text: "2000亿元", context: "增加", value: 2e11, unit: "CNY", comparator: "eq", status: "target", deadline: 2017},
			{text: "1.55万亿元", value: 1.55e12, unit: "CNY", comparator: "eq", status: "target", deadline: 2017},
			{text: "8300亿元", value: 8.3e11, unit: "CNY", comparator: "eq", status: "target", deadline: 2017},
			{text: "8000亿元", value: 8e11, unit: "CNY", comparator: "eq", status: "target", deadline: 2017},
			{text: "3500亿元左右", value: 3.5e11, unit: "CNY", comparator: "approx", status: "target", deadline: 2017},
			{text: "约2000亿元", value: 2e11, unit: "CNY", comparator: "approx", status: "target", deadline: 2017},
			{text: "9.5%", value: 9.5, unit: "%", comparator: "eq", status: "target", deadline: 2017},
			{text: "不低于5%", value: 5, unit: "%", comparator: "gte", status: "target", deadline: 2017},
		}},
	{name: "gwr2017 investment plan", year: 2017, from: "积极扩大有效投资。",
		want: []want{
			{text: "8000亿元", value: 8e11, unit: "CNY", comparator: "eq", status: "target", deadline: 2017},
			{text: "1.8万亿元", value: 1.8e12, unit: "CNY", comparator: "eq", status: "target", deadline: 2017},
			{text: "15项", value: 15, unit: "项", comparator: "eq", status: "target", deadline: 2017},
			{text: "5076亿元", value: 5.076e11, unit: "CNY", comparator: "eq", status: "target", deadline: 2017},
		}},

	// 2007: review of 2006.
	{name: "gwr2007 revenue 2006", year: 2007, from: "全国财政收入3.93万亿元，",
		want: []want{
			{text: "3.93万亿元", value: 3.93e12, unit: "CNY", comparator: "eq", status: "actual"},
			{text: "7694亿元", value: 7.694e11, unit: "CNY", comparator: "eq", status: "actual"},
			{text: "31%", value: 31, unit: "%", comparator: "eq", status: "actual"},
			{text: "4442亿元", value: 4.442e11, unit: "CNY", comparator: "eq", status: "actual"},
		}},
	{name: "gwr2007 social spending 2006", year: 2007, from: "（五）大力发展社会事业。",
		want: []want{
			{text: "774亿元", value: 7.74e10, unit: "CNY", comparator: "eq", status: "actual"},
			{text: "536亿元", value: 5.36e10, unit: "CNY", comparator: "eq", status: "actual"},
			{text: "138亿元", value: 1.38e10, unit: "CNY", comparator: "eq", status: "actual"},
			{text: "123亿元", value: 1.23e10, unit: "CNY", comparator: "eq", status: "actual"},
			{text: "29.2%", value: 29.2, unit: "%", comparator: "eq", status: "actual"},
			{text: "39.4%", value: 39.4, unit: "%", comparator: "eq", status: "actual"},
			{text: "65.4%", value: 65.4, unit: "%", comparator: "eq", status: "actual"},
			{text: "23.9%", value: 23.9, unit: "%", comparator: "eq", status: "actual"},
		}},
	// 2007: the budget under 三、促进经济又好又快发展 and health care under
	// 四、推进社会主义和谐社会建设, both plan parts whose headings name no
	// year.
	{name: "gwr2007 budget plan", year: 2007, from: "继续实行稳健的财政政策。一是适当减少财政赤字和长期建设国债规模。",
		want: []want{
			{text: "2450亿元", value: 2.45e11, unit: "CNY", comparator: "eq", status: "target", deadline: 2007},
			{text: "500亿元", context: "减少", value: 5e10, unit: "CNY", comparator: "eq", status: "target", deadline: 2007},
			{text: "500亿元", context: "国债", value: 5e10, unit: "CNY", comparator: "eq", status: "target", deadline: 2007},
			{text: "100亿元", value: 1e10, unit: "CNY", comparator: "eq", status: "target", deadline: 2007},
			{text: "804亿元", value: 8.04e10, unit: "CNY", comparator: "eq", status: "target", deadline: 2007},
			{text: "250亿元", value: 2.5e10, unit: "CNY", comparator: "eq", status: "target", deadline: 2007},
			{text: "1304亿元", value: 1.304e11, unit: "CNY", comparator: "eq", status: "target", deadline: 2007},
			{text: "2040亿元", value: 2.04e11, unit: "CNY", comparator: "eq", status: "actual"},
			{text: "2573亿元", value: 2.573e11, unit: "CNY", comparator: "eq", status: "actual"},
			{text: "500亿元", context: "中安排", value: 5e10, unit: "CNY", comparator: "eq", status: "target", deadline: 2007},
		}},
	{name: "gwr2007 health care plan", year: 2007, from: "加快卫生事业改革发展。",
		want: []want{
			{text: "80%以上", value: 80, unit: "%", comparator: "gte", status: "target", deadline: 2007},
			{text: "101亿元", value: 1.01e10, unit: "CNY", comparator: "eq", status: "target", deadline: 2007},
			{text: "58亿元", value: 5.8e9, unit: "CNY", comparator: "eq", status: "target", deadline: 2007},
			{text: "15种", value: 15, unit: "种", comparator: "eq", status: "target", deadline: 2007},
			{text: "28亿元", value: 2.8e9, unit: "CNY", comparator: "eq", status: "target", deadline: 2007},
		}},
}

// TestUnseenWorkReports3 scores the third unseen set as
// TestUnseenWorkReports scores the first.
func TestUnseenWorkReports3(t *testing.T) {
	total := scoreUnseen(t, unseenPassages3)
	// The floor sits a little under the scores of the one run made once
	// the rules for plan parts and starting levels were settled, with no
	// rule tuned on this set: precision 1.000 (77/77), recall 1.000
	// (77/77), comparator 1.000, status 0.961 (74/77), deadline 0.961
	// (74/77). The three misses: a country's population in a plan
	// (13亿人口) read as a target, a projected debt ratio of the plan year
	// (累计国债余额占国内生产总值比重20%左右) read as actual after
	// 前几年连续减少赤字 earlier in its sentence, and a past yearly average
	// quoted in a plan (从2003年到2006年年均超收2040亿元) read as a target.
	total.floor(t, levels{precision: 0.97, recall: 0.97, comparator: 0.97, status: 0.93, deadline: 0.93})
}
