package initiative

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestBudgetLists checks the plans of a budget's list, each followed by
// its sum.
func TestBudgetLists(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // name|category
	}{
		{"plans with their sums, one holding a hyphen and one a pause",
			"約增40.6%,主要係新增晶片驅動臺灣產業創新-AI產業應用與普及發展計畫8.3億元、先進半導體研發基地建置計畫5.8億元,以及增列晶片驅動產業創新再升級計畫33.8億元、新創與創新驅動-國際領先突破、國內中小企業IC設計補助計畫10.4億元。",
			[]string{"晶片驱动台湾产业创新-AI产业应用与普及发展|计划", "先进半导体研发基地建置|计划", "晶片驱动产业创新再升级|计划", "新创与创新驱动-国际领先突破、国内中小企业IC设计补助|计划"}},
		{"one plan with a sum is a figure", "全年安排北京市投资计划500亿元，比上年增长。", nil},
		{"sums of works in a mainland budget", "安排农村饮水安全巩固提升工程3亿元、高标准农田建设工程12亿元。", []string{"农村饮水安全巩固提升|工程", "高标准农田建设|工程"}},
		{"a sum after the funds of a works is no item", "安排农村饮水安全巩固提升工程资金3亿元、高标准农田建设工程12亿元。", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, namesAndCategories(t, tt.text))
		})
	}
}
