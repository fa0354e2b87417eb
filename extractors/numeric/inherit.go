package numeric

import (
	"regexp"

	"github.com/policyx/policyx/pipeline"
)

// rateAfterLevel matches what stands between a level figure and the rate
// of change that follows it in the next clause, with no subject of its
// own: ，增长, ，比上年增长, ，较2015年增长了, ，同比下降, 、增长, a note in
// brackets before the comma ((预计数，下同)), and a clause of method
// between (，按可比价格计算，比上年增长, ，扣除价格因素后实际增长).
var rateAfterLevel = regexp.MustCompile(`^\s*(?:[（(][^）)]{0,12}[）)])?\s*[，,、]\s*` +
	`(?:(?:按可比价格计算|按不变价格计算|按不變價格計算|按可比價格計算)\s*[，,]\s*|(?:扣除价格因素后|扣除價格因素後)\s*[，,]?\s*)?` +
	`(?:(?:比|较|較|同比|按年)(?:上年|去年|同期|上年同期|[0-9]{4}年)?)?\s*(?:实际|實際|年均|可比|平均)?\s*` +
	`(?:增长|增長|下降|增加|减少|減少|提高|降低|上升|回落|增|降|年增)了?\s*$`)

// inheritMetric gives a rate of change that follows a level figure in the
// next clause, and names no indicator of its own, the level's metric: in
// 固定资产投资33.6亿元，增长55% the 55% is the growth of 固定资产投资. A
// level that a rate reaches (增长12.6%达92.9亿元) takes the rate's.
// figs and recs are parallel.
func inheritMetric(text string, figs []figure, recs []pipeline.Record) {
	carryMetric(text, figs, recs, kindLevel, kindChange, rateAfterLevel)
	carryMetric(text, figs, recs, kindChange, kindLevel, levelAfterRate) // 地区生产总值增长12.6%达92.9亿元
}

// carryMetric gives a figure of kind to, with no metric, the metric of the
// figure of kind from just before it, when the text between them matches
// between.
func carryMetric(text string, figs []figure, recs []pipeline.Record, from, to string, between *regexp.Regexp) {
	for k := 1; k < len(recs); k++ {
		r, prev := recs[k].(*pipeline.Numeric), recs[k-1].(*pipeline.Numeric)
		if r.Metric != "" || r.Kind != to || prev.Metric == "" || prev.Kind != from {
			continue
		}
		if between.MatchString(text[figs[k-1].span.End:figs[k].span.Start]) {
			r.Metric = prev.Metric
		}
	}
}

// levelAfterRate matches what stands between a rate of change and the
// level it reaches: 达, ，达到, 至.
var levelAfterRate = regexp.MustCompile(`^\s*[，,]?\s*(?:达到|达|達到|達|至|为|為)\s*$`)

// shareComparator gives the figures listed after a first one, each joined
// to the one before by one list joiner (、, 和, 与, 及) and all in the same
// unit, the comparator a word before the first set when they have none of
// their own: 突破1000万元、2000万元、1亿元 are all thresholds. A figure in
// another unit before the list (超过5家、突破1000万元) ends it. figs and
// recs are parallel.
func shareComparator(text string, figs []figure, recs []pipeline.Record) {
	for k := 1; k < len(recs); k++ {
		first := k - 1
		for first > 0 && figs[first-1].unit == figs[k].unit && joinedByOne(text[figs[first-1].span.End:figs[first].span.Start]) {
			first--
		}
		if first == k || figs[first].unit != figs[k].unit || !joinedByOne(text[figs[k-1].span.End:figs[k].span.Start]) {
			continue
		}
		r, lead := recs[k].(*pipeline.Numeric), recs[first].(*pipeline.Numeric)
		if r.Comparator == cmpEq && figs[k].span.Start == figs[k].numStart && figs[first].span.Start < figs[first].numStart && lead.Comparator != cmpEq {
			r.Comparator = lead.Comparator
		}
	}
}

// forecastNote marks as forecasts the figures of a sentence that a note in
// brackets right after one of them calls estimates: 生产总值305亿元左右
// (预计数，下同)，增长8% (a county report reviewing a year before its end).
// A figure the sentence reports as a base (由…) stays as it is.
func forecastNote(text string, figs []figure, recs []pipeline.Record) {
	for k := range figs {
		rest := text[figs[k].span.End:]
		if _, ok := hasAnyPrefix(rest, "(预计", "（预计", "(預計", "（預計"); !ok {
			continue
		}
		sent := bounds(text, figs[k].span.Start, figs[k].span.End, sentenceEnds)
		for j := range figs {
			r := recs[j].(*pipeline.Numeric)
			if figs[j].span.Start >= sent.Start && figs[j].span.End <= sent.End && r.Modality == modReported {
				r.Modality, r.Status = modForecast, statusTarget
			}
		}
	}
}
