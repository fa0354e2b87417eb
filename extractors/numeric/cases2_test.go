package numeric

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// TestRangesCurrenciesTerms checks ranges with a magnitude on one or both
// ends, ranges of years, currency words written before the amount and the
// terms of provisions, in simplified and traditional characters.
func TestRangesCurrenciesTerms(t *testing.T) {
	x := newExtractor(t, Options{})
	cases := []struct {
		name  string
		input string
		want  []want
	}{
		{name: "magnitude on both ends, traditional", input: "總住宅單位將達90.5萬至92.6萬個。",
			want: []want{{text: "90.5萬至92.6萬個", value: 905000, max: 926000, unit: "个", comparator: "range", kind: "level"}}},
		{name: "magnitude on both ends, simplified", input: "总住宅单位将达90.5万至92.6万个。",
			want: []want{{text: "90.5万至92.6万个", value: 905000, max: 926000, unit: "个", comparator: "range", kind: "level"}}},
		{name: "magnitude on both ends with a dash", input: "每个项目补助3万—5万元。",
			want: []want{{text: "3万—5万元", value: 30000, max: 50000, unit: "CNY", comparator: "range", status: "target"}}},
		{name: "range of a change", input: "新增就业岗位16.5万至18.6万个。",
			want: []want{{text: "16.5万至18.6万个", value: 165000, max: 186000, unit: "个", comparator: "range"}}},
		{name: "magnitude elided on the lower end", input: "给予3至5万元奖励。",
			want: []want{{text: "3至5万元", value: 30000, max: 50000, unit: "CNY", comparator: "range", status: "target"}}},
		{name: "magnitude elided, traditional", input: "給予3至5萬元獎勵。",
			want: []want{{text: "3至5萬元", value: 30000, max: 50000, unit: "CNY", comparator: "range", status: "target"}}},
		{name: "hundred millions elided", input: "安排1至2亿元专项资金。",
			want: []want{{text: "1至2亿元", value: 1e8, max: 2e8, unit: "CNY", comparator: "range"}}},
		{name: "elision that would invert the range", input: "补助5000至1万元。",
			want: []want{{text: "5000至1万元", value: 5000, max: 10000, unit: "CNY", comparator: "range"}}},
		{name: "neighbouring Chinese digits, traditional", input: "全年投資四五千億元。",
			want: []want{{text: "四五千億元", value: 4e11, max: 5e11, unit: "CNY", comparator: "range"}}},
		{name: "range of years, traditional", input: "爭取在兩至三年內制訂發展方案。",
			want: []want{{text: "兩至三年內", value: 2, max: 3, unit: "years", comparator: "range", kind: "duration", status: "target"}}},
		{name: "range of years, simplified", input: "力争两至三年内制订发展方案。",
			want: []want{{text: "两至三年内", value: 2, max: 3, unit: "years", comparator: "range", kind: "duration", status: "target"}}},
		{name: "range of years in digits", input: "企业在3—5年内完成改造。",
			want: []want{{text: "3—5年内", value: 3, max: 5, unit: "years", comparator: "range", kind: "duration"}}},
		{name: "within years, traditional", input: "並在五年內推出計劃。",
			want: []want{{text: "五年內", value: 5, unit: "years", comparator: "lte", kind: "duration"}}},
		{name: "Hong Kong dollars before the amount with comparators, traditional", input: "資助金額最高不超過港幣5,000萬元。",
			want: []want{{text: "最高不超過港幣5,000萬元", value: 5e7, unit: "HKD", comparator: "lte", status: "target"}}},
		{name: "Hong Kong dollars before the amount, simplified", input: "资助金额最高不超过港币5000万元。",
			want: []want{{text: "最高不超过港币5000万元", value: 5e7, unit: "HKD", comparator: "lte", status: "target", metric: "资助金额"}}},
		{name: "space after the currency word", input: "资助最高不超过港币 5000万元。",
			want: []want{{text: "最高不超过港币 5000万元", value: 5e7, unit: "HKD", comparator: "lte"}}},
		{name: "renminbi before the amount", input: "注册资本人民币100亿元。",
			want: []want{{text: "人民币100亿元", value: 1e10, unit: "CNY", comparator: "eq", metric: "注册资本"}}},
		{name: "dollars before a bare amount", input: "实际使用外资美元3000万。",
			want: []want{{text: "美元3000万", value: 3e7, unit: "USD", comparator: "eq"}}},
		{name: "HK$ before the amount", input: "每名學生獲發HK$500。",
			want: []want{{text: "HK$500", value: 500, unit: "HKD", comparator: "eq"}}},
		{name: "currency after the amount is unchanged", input: "汇率为1美元兑7.1元人民币。",
			want: []want{
				{text: "1美元", value: 1, unit: "USD", comparator: "eq"},
				{text: "7.1元人民币", value: 7.1, unit: "CNY", comparator: "eq"},
			}},
		{name: "validity term", input: "本措施自发布之日起施行，有效期3年。",
			want: []want{{text: "3年", value: 3, unit: "years", comparator: "eq", kind: "duration", status: "target", metric: "有效期"}}},
		{name: "trial term in Chinese numerals", input: "本办法试行期两年。",
			want: []want{{text: "两年", value: 2, unit: "years", comparator: "eq", kind: "duration", status: "target"}}},
		{name: "trial term, traditional", input: "本辦法試行期為兩年。",
			want: []want{{text: "兩年", value: 2, unit: "years", comparator: "eq", kind: "duration", status: "target"}}},
		{name: "term of a contract", input: "合作期限5年。",
			want: []want{{text: "5年", value: 5, unit: "years", comparator: "eq", kind: "duration", status: "target"}}},
		{name: "validity in months", input: "证书有效期6个月。",
			want: []want{{text: "6个月", value: 6, unit: "months", comparator: "eq", kind: "duration", status: "target"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			recs := extract(t, x, c.input, time.Time{})
			assert.Len(t, recs, len(c.want), "records: %v", spans(c.input, recs))
			for _, w := range c.want {
				check(t, c.input, recs, w)
			}
		})
	}
}

// TestNotTerms checks calendar years and periods that must stay out.
func TestNotTerms(t *testing.T) {
	x := newExtractor(t, Options{})
	cases := []struct{ name, input string }{
		{name: "span of calendar years", input: "2021至2025年，全面推进。"},
		{name: "same period of a year", input: "与上年同期3年前的水平相当。"},
		{name: "set phrase with a Chinese numeral", input: "三年行动计划。"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			recs := extract(t, x, c.input, time.Time{})
			assert.Empty(t, spans(c.input, recs))
		})
	}
}
