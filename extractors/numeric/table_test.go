package numeric

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// TestTables checks tables of indicators laid out with | between cells,
// a row to a line (a plan outline's main targets) and a cell to a line (a
// national 中医药 plan of 2012 as a web page gives it), and that a table
// without a header of years gives nothing.
func TestTables(t *testing.T) {
	x := newExtractor(t, Options{})
	tests := []struct {
		name  string
		input string
		want  []string // text value unit kind status modality deadline metric
	}{
		{"a row to a line",
			"主要指标\n| 指标 | 2020年 | 2025年 | 年均/累计 | 属性 |\n| 地区生产总值增长（%） | 2.3 | — | 保持在合理区间 | 预期性 |\n" +
				"| 常住人口城镇化率（%） | 60.6 | 65 | — | 预期性 |\n| 单位GDP能源消耗降低（%） | — | — | 13.5 | 约束性 |\n\n下一段。",
			[]string{
				"2.3 2.3 % change actual reported 0 地区生产总值增长",
				"60.6 60.6 % share actual reported 0 常住人口城镇化率",
				"65 65 % share target goal 2025 常住人口城镇化率",
				"13.5 13.5 % change target plan 2025 单位GDP能源消耗降低",
			}},
		{"a cell to a line",
			"专栏2 主要指标简表 |\n||||\n具体指标 |\n2010年 |\n2015年 |\n年均增长(%) |\n属性 |\n中医医院床位数(万张) |\n47.1 |\n69.2 |\n8 |\n预期性 |\n",
			[]string{
				"47.1 471000 张 level actual reported 0 中医医院床位数",
				"69.2 692000 张 level target goal 2015 中医医院床位数",
				"8 8 % change target goal 2015 中医医院床位数",
			}},
		{"no header of years", "网站地图 | 联系我们 | 12345 |\n版权所有", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			real, doc := extractReal(t, x, tt.input, time.Time{})
			var got []string
			for _, r := range real {
				src := doc.Norm.ToSource(r.Span)
				got = append(got, fmt.Sprintf("%s %v %s %s %s %s %d %s", doc.Text[src.Start:src.End], r.Value, r.Unit, r.Kind, r.Status, r.Modality, r.Deadline, r.Metric))
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
