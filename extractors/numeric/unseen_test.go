package numeric

import "testing"

// An evaluation on text the rules were never tuned on: paragraphs of the
// 2018, 2014 and 2006 government work reports, spread over each report's
// review of the past year and its plan for the coming one. The expected
// figures below were written by hand from the text alone, before the
// extractor was run on these reports; they follow the record contract
// (value in the base unit, unit, comparator, status, deadline) and the
// package documentation, not the extractor's output.

// unseenPassage is one paragraph of a work report. It starts at the first
// occurrence of from in the original text and runs to the end of that line,
// or, when to is set, to the end of the first occurrence of to after from
// (for a paragraph the source breaks over several lines).
type unseenPassage struct {
	name string
	year int
	from string
	to   string
	want []want
}

// unseenPassages are the annotated paragraphs.
var unseenPassages = []unseenPassage{
	// 2018: review of the past five years.
	{name: "gwr2018 economy five years", year: 2018, from: "五年来，经济实力跃上新台阶。",
		want: []want{
			{text: "54万亿元", value: 5.4e13, unit: "CNY", comparator: "eq", status: "actual"},
			{text: "82.7万亿元", value: 8.27e13, unit: "CNY", comparator: "eq", status: "actual"},
			{text: "7.1%", value: 7.1, unit: "%", comparator: "eq", status: "actual"},
			{text: "11.4%", value: 11.4, unit: "%", comparator: "eq", status: "actual"},
			{text: "15%左右", value: 15, unit: "%", comparator: "approx", status: "actual"},
			{text: "超过30%", value: 30, unit: "%", comparator: "gt", status: "actual"},
			{text: "11.7万亿元", value: 1.17e13, unit: "CNY", comparator: "eq", status: "actual"},
			{text: "17.3万亿元", value: 1.73e13, unit: "CNY", comparator: "eq", status: "actual"},
			{text: "1.9%", value: 1.9, unit: "%", comparator: "eq", status: "actual"},
			{text: "6600万人以上", value: 6.6e7, unit: "人", comparator: "gte", status: "actual"},
			{text: "13亿多", value: 1.3e9, unit: "", comparator: "gt", status: "actual"},
		}},
	{name: "gwr2018 overcapacity five years", year: 2018, from: "扎实推进“三去一降一补”。",
		want: []want{
			{text: "1000亿元", value: 1e11, unit: "CNY", comparator: "eq", status: "actual"},
			{text: "1.7亿吨以上", value: 1.7e8, unit: "吨", comparator: "gte", status: "actual"},
			{text: "8亿吨", value: 8e8, unit: "吨", comparator: "eq", status: "actual"},
			{text: "110多万人", value: 1.1e6, unit: "人", comparator: "gt", status: "actual"},
			{text: "30%", value: 30, unit: "%", comparator: "eq", status: "actual"},
			{text: "60%以上", value: 60, unit: "%", comparator: "gte", status: "actual"},
		}},
	// 2018: the year's targets and plan.
	{name: "gwr2018 main targets", year: 2018, from: "今年发展主要预期目标是：",
		want: []want{
			{text: "6.5%左右", value: 6.5, unit: "%", comparator: "approx", status: "target", deadline: 2018},
			{text: "3%左右", value: 3, unit: "%", comparator: "approx", status: "target", deadline: 2018},
			{text: "1100万人以上", value: 1.1e7, unit: "人", comparator: "gte", status: "target", deadline: 2018},
			{text: "5.5%以内", value: 5.5, unit: "%", comparator: "lte", status: "target", deadline: 2018},
			{text: "4.5%以内", value: 4.5, unit: "%", comparator: "lte", status: "target", deadline: 2018},
			{text: "3%以上", value: 3, unit: "%", comparator: "gte", status: "target", deadline: 2018},
		}},
	{name: "gwr2018 investment plan", year: 2018, from: "发挥投资对优化供给结构的关键性作用。",
		want: []want{
			{text: "7320亿元", value: 7.32e11, unit: "CNY", comparator: "eq", status: "target", deadline: 2018},
			{text: "1.8万亿元左右", value: 1.8e12, unit: "CNY", comparator: "approx", status: "target", deadline: 2018},
			{text: "1万亿元", value: 1e12, unit: "CNY", comparator: "eq", status: "target", deadline: 2018},
			{text: "5376亿元", value: 5.376e11, unit: "CNY", comparator: "eq", status: "target", deadline: 2018},
			{text: "300亿元", value: 3e10, unit: "CNY", comparator: "eq", status: "target", deadline: 2018},
		}},

	// 2014: review of 2013.
	{name: "gwr2014 economy 2013", year: 2014, from: "——经济运行稳中向好。",
		want: []want{
			{text: "56.9万亿元", value: 5.69e13, unit: "CNY", comparator: "eq", status: "actual"},
			{text: "7.7%", value: 7.7, unit: "%", comparator: "eq", status: "actual"},
			{text: "2.6%", value: 2.6, unit: "%", comparator: "eq", status: "actual"},
			{text: "4.1%", value: 4.1, unit: "%", comparator: "eq", status: "actual"},
			{text: "1310万人", value: 1.31e7, unit: "人", comparator: "eq", status: "actual"},
			{text: "突破4万亿美元", value: 4e12, unit: "USD", comparator: "gt", status: "actual"},
		}},
	{name: "gwr2014 streamlining 2013", year: 2014, from: "我们从政府自身改起，",
		want: []want{
			{text: "416项", value: 416, unit: "项", comparator: "eq", status: "actual"},
			{text: "348项", value: 348, unit: "项", comparator: "eq", status: "actual"},
			{text: "1500多亿元", value: 1.5e11, unit: "CNY", comparator: "gt", status: "actual"},
			{text: "27.6%", value: 27.6, unit: "%", comparator: "eq", status: "actual"},
			{text: "63%", value: 63, unit: "%", comparator: "eq", status: "actual"},
		}},
	{name: "gwr2014 livelihoods 2013", year: 2014, from: "保障群众基本生活。",
		want: []want{
			{text: "13.1%", value: 13.1, unit: "%", comparator: "eq", status: "actual"},
			{text: "17.7%", value: 17.7, unit: "%", comparator: "eq", status: "actual"},
			{text: "10%", value: 10, unit: "%", comparator: "eq", status: "actual"},
			{text: "666万套", value: 6.66e6, unit: "套", comparator: "eq", status: "actual"},
			{text: "544万套", value: 5.44e6, unit: "套", comparator: "eq", status: "actual"},
			{text: "上千万", value: 1e7, unit: "", comparator: "gte", status: "actual"},
		}},
	// 2014: the year's budget (the source breaks the paragraph inside "M2")
	// and pollution tasks.
	{name: "gwr2014 budget plan", year: 2014, from: "第二，保持经济运行处在合理区间。", to: "确保中国经济这艘巨轮行稳致远。",
		want: []want{
			{text: "13500亿元", value: 1.35e12, unit: "CNY", comparator: "eq", status: "target", deadline: 2014},
			{text: "1500亿元", value: 1.5e11, unit: "CNY", comparator: "eq", status: "target", deadline: 2014},
			{text: "9500亿元", value: 9.5e11, unit: "CNY", comparator: "eq", status: "target", deadline: 2014},
			{text: "4000亿元", value: 4e11, unit: "CNY", comparator: "eq", status: "target", deadline: 2014},
			{text: "2.1%", value: 2.1, unit: "%", comparator: "eq", status: "target", deadline: 2014},
			{text: "13%左右", value: 13, unit: "%", comparator: "approx", status: "target", deadline: 2014},
		}},
	{name: "gwr2014 pollution tasks", year: 2014, from: "出重拳强化污染防治。", to: "坚决向污染宣战。",
		want: []want{
			{text: "5万台", value: 5e4, unit: "台", comparator: "eq", status: "target", deadline: 2014},
			{text: "1500万千瓦", value: 1.5e7, unit: "千瓦", comparator: "eq", status: "target", deadline: 2014},
			{text: "1.3亿千瓦", value: 1.3e8, unit: "千瓦", comparator: "eq", status: "target", deadline: 2014},
			{text: "1.8亿千瓦", value: 1.8e8, unit: "千瓦", comparator: "eq", status: "target", deadline: 2014},
			{text: "600万辆", value: 6e6, unit: "辆", comparator: "eq", status: "target", deadline: 2014},
		}},

	// 2006: review of 2005.
	{name: "gwr2006 economy 2005", year: 2006, from: "2005年，我国社会主义现代化事业取得显著成就。",
		want: []want{
			{text: "18.23万亿元", value: 1.823e13, unit: "CNY", comparator: "eq", status: "actual"},
			{text: "9.9%", value: 9.9, unit: "%", comparator: "eq", status: "actual"},
			{text: "突破3万亿元", value: 3e12, unit: "CNY", comparator: "gt", status: "actual"},
			{text: "5232亿元", value: 5.232e11, unit: "CNY", comparator: "eq", status: "actual"},
			{text: "1.8%", value: 1.8, unit: "%", comparator: "eq", status: "actual"},
		}},
	{name: "gwr2006 social security 2005", year: 2006, from: "社会保障体系不断完善，覆盖面进一步扩大。",
		want: []want{
			{text: "17个", value: 17, unit: "个", comparator: "eq", status: "actual"},
			{text: "74.6亿元", value: 7.46e9, unit: "CNY", comparator: "eq", status: "actual"},
			{text: "90%", value: 90, unit: "%", comparator: "eq", status: "actual"},
			{text: "28个", value: 28, unit: "个", comparator: "eq", status: "actual"},
			{text: "2300个", value: 2300, unit: "个", comparator: "eq", status: "actual"},
			{text: "89亿元", value: 8.9e9, unit: "CNY", comparator: "eq", status: "actual"},
			{text: "9000多万人次", value: 9e7, unit: "人次", comparator: "gt", status: "actual"},
			{text: "162亿元", value: 1.62e10, unit: "CNY", comparator: "eq", status: "actual"},
			{text: "245万人", value: 2.45e6, unit: "人", comparator: "eq", status: "actual"},
		}},
	// 2006: the year's targets, budget, and rural tax reform (a past figure
	// beside recurring spending from this year on).
	{name: "gwr2006 main targets", year: 2006, from: "综合考虑各种因素，2006年国民经济和社会发展的主要预期目标是：",
		want: []want{
			{text: "8%左右", value: 8, unit: "%", comparator: "approx", status: "target", deadline: 2006},
			{text: "4%左右", value: 4, unit: "%", comparator: "approx", status: "target", deadline: 2006},
			{text: "3%", context: "涨幅控制在", value: 3, unit: "%", comparator: "eq", status: "target", deadline: 2006},
			{text: "900万人", value: 9e6, unit: "人", comparator: "eq", status: "target", deadline: 2006},
			{text: "4.6%", value: 4.6, unit: "%", comparator: "eq", status: "target", deadline: 2006},
		}},
	{name: "gwr2006 bonds and deficit plan", year: 2006, from: "稳定宏观经济政策，主要是继续实施稳健的财政政策和稳健的货币政策。",
		want: []want{
			{text: "600亿元", value: 6e10, unit: "CNY", comparator: "eq", status: "target", deadline: 2006},
			{text: "200亿元", value: 2e10, unit: "CNY", comparator: "eq", status: "target", deadline: 2006},
			{text: "100亿元", value: 1e10, unit: "CNY", comparator: "eq", status: "target", deadline: 2006},
			{text: "2950亿元", value: 2.95e11, unit: "CNY", comparator: "eq", status: "target", deadline: 2006},
			{text: "50亿元", context: "预算减少", value: 5e9, unit: "CNY", comparator: "eq", status: "target", deadline: 2006},
		}},
	{name: "gwr2006 rural tax reform", year: 2006, from: "建设社会主义新农村，必须全面推进农村综合改革。",
		want: []want{
			{text: "2600年", value: 2600, unit: "years", comparator: "eq", status: "actual"},
			{text: "336亿元", value: 3.36e10, unit: "CNY", comparator: "eq", status: "actual"},
			{text: "700多亿元", value: 7e10, unit: "CNY", comparator: "gt", status: "actual"},
			{text: "1030多亿元", value: 1.03e11, unit: "CNY", comparator: "gt", status: "target", deadline: 2006},
			{text: "780多亿元", value: 7.8e10, unit: "CNY", comparator: "gt", status: "target", deadline: 2006},
			{text: "250多亿元", value: 2.5e10, unit: "CNY", comparator: "gt", status: "target", deadline: 2006},
		}},
}

// TestUnseenWorkReports runs the whole pipeline (normalize, structure,
// segment, this extractor) over each annotated report as the command would
// read it from the corpus, keeps the numeric records inside the annotated
// paragraphs, and scores them against the hand annotations. A record
// matches an expected figure when their spans overlap (an equal span is
// preferred). It logs every difference and fails only when a score falls
// below the floor, so it catches regressions, not every disagreement.
func TestUnseenWorkReports(t *testing.T) {
	total := scoreUnseen(t, unseenPassages)
	// The floor sits a little under the scores measured once plan and norm
	// cues of a review part read as done and 比去年 as a comparison's base:
	// precision 1.000 (85/85), recall 0.988 (85/86), comparator 1.000,
	// status 1.000 (85/85), deadline 1.000 (85/85). When the evaluation was
	// written, status was 0.918 (78/85) and deadline 0.988 (84/85).
	total.floor(t, levels{precision: 0.97, recall: 0.96, comparator: 0.97, status: 0.97, deadline: 0.97})
}
