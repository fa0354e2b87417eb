package numeric

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/policyx/policyx/pipeline"
)

// A table of indicators, as plan outlines print their main targets, comes
// out of a web page or a PDF with | between its cells, a row to a line or
// a cell to a line:
//
//	具体指标 | 2010年 | 2015年 | 年均增长(%) | 属性 |
//	中医医院床位数(万张) | 47.1 | 69.2 | 8 | 预期性 |
//
// Its figures are bare numbers whose unit stands in the row's label, so
// the scanner of running text reads none of them. tableRecords reads them
// by the header: a column headed by a year gives the level of that year,
// reported for the first year and a target for a later one (a goal when
// the row's 属性 is 预期性, a plan when it is 约束性, with the year as
// deadline); a column headed 年均增长, 增速 or 累计 gives a rate of
// change, a target by the last year.

// tableYear matches a header cell naming a year: 2010年, 2025, 2020年末.
var tableYear = regexp.MustCompile(`^([12][0-9]{3})\s*年?(?:末|底)?(?:（[^）]*）)?$`)

// tableNumber matches a value cell: 47.1, 3,232, ≥94, 95以上.
var tableNumber = regexp.MustCompile(`^([>≥<≤＞＜]?)\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*(以上|以下|左右)?$`)

// tableUnit matches the unit in brackets that ends a row label or a
// header: 中医医院床位数（万张）, 年均增长（%）.
var tableUnit = regexp.MustCompile(`（([^（）]{1,8})）$`)

// A tableCell is one cell of a table: its trimmed text and byte span in
// the view.
type tableCell struct {
	text string
	span pipeline.Span
}

// tableRecords returns the records of the indicator tables of the view,
// leaving out cells that overlap figures the scanner read (taken).
func (x *Extractor) tableRecords(doc *pipeline.Document, taken []pipeline.Span) []*pipeline.Numeric {
	text := doc.Norm.Text
	var out []*pipeline.Numeric
	var run []tableCell
	flush := func() {
		out = append(out, x.readTable(doc, run, taken)...)
		run = run[:0]
	}
	start := 0
	for line := range strings.Lines(text) {
		if strings.Contains(line, "|") {
			off := start
			for part := range strings.SplitSeq(line, "|") {
				if t := strings.TrimSpace(part); t != "" {
					i := off + strings.Index(part, t)
					run = append(run, tableCell{text: t, span: pipeline.Span{Start: i, End: i + len(t)}})
				}
				off += len(part) + len("|")
			}
		} else if strings.TrimSpace(line) != "" {
			flush()
		}
		start += len(line)
	}
	flush()
	return out
}

// readTable reads one run of cells (see tableRecords).
func (x *Extractor) readTable(doc *pipeline.Document, cells []tableCell, taken []pipeline.Span) []*pipeline.Numeric {
	// The header: from the cell before the first year to the label of the
	// first row, the last text cell before a number.
	first := -1
	for i, c := range cells {
		if tableYear.MatchString(c.text) {
			first = i
			break
		}
	}
	if first < 1 {
		return nil
	}
	label := -1
	for i := first + 1; i+1 < len(cells); i++ {
		if !isTableNumber(cells[i].text) && isTableNumber(cells[i+1].text) {
			label = i
			break
		}
	}
	header := cells[first-1 : max(first-1, label)]
	ncols := len(header)
	if label < 0 || ncols < 3 || ncols > 12 {
		return nil
	}
	years := make([]int, ncols)
	rate := make([]bool, ncols)
	attr, base, last := -1, 0, 0
	for c, h := range header {
		if m := tableYear.FindStringSubmatch(h.text); m != nil {
			years[c], _ = strconv.Atoi(m[1])
			if base == 0 {
				base = years[c]
			}
			last = max(last, years[c])
		}
		for _, w := range []string{"增长", "增速", "增長", "年均", "累计", "累計"} {
			rate[c] = rate[c] || strings.Contains(h.text, w)
		}
		if strings.Contains(h.text, "属性") || strings.Contains(h.text, "屬性") {
			attr = c
		}
	}
	var out []*pipeline.Numeric
	for i := label; i+ncols <= len(cells); i += ncols {
		row := cells[i : i+ncols]
		if isTableNumber(row[0].text) {
			break // the layout lost a cell: stop rather than misread the rest
		}
		metric, unitText := tableLabel(row[0].text)
		modality := modGoal
		if attr > 0 && (strings.Contains(row[attr].text, "约束") || strings.Contains(row[attr].text, "約束")) {
			modality = modPlan
		}
		for c := 1; c < ncols; c++ {
			if years[c] == 0 && !rate[c] {
				continue
			}
			m := tableNumber.FindStringSubmatch(row[c].text)
			if m == nil || overlaps(taken, row[c].span) {
				continue
			}
			v, err := strconv.ParseFloat(strings.ReplaceAll(m[2], ",", ""), 64)
			if err != nil {
				continue
			}
			r := &pipeline.Numeric{Comparator: tableComparator(m[1], m[3])}
			r.Span = row[c].span
			switch {
			case rate[c]:
				r.Value, r.Unit, r.Kind = v, "%", kindChange
				r.Status, r.Modality, r.Deadline = statusTarget, modality, last
			default:
				r.Value, r.Unit = x.tableValue(v, unitText)
				r.Kind = kindLevel
				switch {
				case r.Unit == "%" && changeLabel(metric):
					r.Kind = kindChange // 地区生产总值增长（%）
				case r.Unit == "%" && (strings.HasSuffix(metric, "率") || strings.Contains(metric, "比重") || strings.Contains(metric, "占")):
					r.Kind = kindShare
				}
				if years[c] <= base {
					r.Status, r.Modality = statusActual, modReported
				} else {
					r.Status, r.Modality, r.Deadline = statusTarget, modality, years[c]
				}
			}
			ms := pipeline.Span{Start: row[0].span.Start, End: row[0].span.Start + len(metric)}
			src := doc.Norm.ToSource(ms)
			r.Metric = doc.Text[src.Start:src.End]
			out = append(out, r)
		}
	}
	return out
}

// changeLabel reports whether a row label names a rate of change:
// 地区生产总值增长, 单位GDP能源消耗降低.
func changeLabel(s string) bool {
	for _, w := range []string{"增长", "增長", "降低", "下降", "提高", "减少", "減少"} {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// isTableNumber reports whether a cell holds a value, or the dash of a
// value not given.
func isTableNumber(s string) bool {
	return tableNumber.MatchString(s) || s == "—" || s == "-" || s == "——" || s == "/"
}

// tableLabel splits a row label into the indicator and the unit in
// brackets that ends it: 中医医院床位数（万张） → 中医医院床位数, 万张.
func tableLabel(s string) (metric, unit string) {
	if m := tableUnit.FindStringSubmatchIndex(s); m != nil {
		return strings.TrimSpace(s[:m[0]]), s[m[2]:m[3]]
	}
	return s, ""
}

// tableValue returns the value and unit of v counted in unitText (万张,
// 亿元, %, 所): a magnitude multiplies it and the rest names the unit as
// the list "units" does.
func (x *Extractor) tableValue(v float64, unitText string) (float64, string) {
	switch {
	case strings.HasPrefix(unitText, "万") || strings.HasPrefix(unitText, "萬"):
		v, unitText = v*1e4, unitText[len("万"):]
	case strings.HasPrefix(unitText, "亿") || strings.HasPrefix(unitText, "億"):
		v, unitText = v*1e8, unitText[len("亿"):]
	}
	if unitText == "%" || unitText == "％" {
		return v, "%"
	}
	if u, ok := x.unitAt(unitText, 0, false); ok && len(u.word) == len(unitText) {
		return v * u.factor, u.name
	}
	return v, unitText
}

// tableComparator reads the comparator written with a value: ≥94, 95以上.
func tableComparator(sign, after string) string {
	switch {
	case sign == "≥" || after == "以上":
		return cmpGte
	case sign == "≤" || after == "以下":
		return cmpLte
	case sign == ">" || sign == "＞":
		return cmpGt
	case sign == "<" || sign == "＜":
		return cmpLt
	case after == "左右":
		return cmpApprox
	}
	return cmpEq
}

// overlaps reports whether s overlaps one of spans.
func overlaps(spans []pipeline.Span, s pipeline.Span) bool {
	for _, t := range spans {
		if t.Start < s.End && s.Start < t.End {
			return true
		}
	}
	return false
}
