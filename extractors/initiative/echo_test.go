package initiative

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEchoes checks that a programme found once is found again where the
// document repeats it, and only there.
func TestEchoes(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // name|category
	}{
		{"a strategy repeated as a subject", "市政府坚持推进人才强市发展战略。人才强市发展战略成效明显。",
			[]string{"人才强市发展|战略", "人才强市发展|战略"}},
		// The 2007 report: works named before the clause that carries them
		// out, where the segmenter joins 工程建设 into one word.
		{"works repeated before its building", "全国文化信息资源共享工程建设继续推进。\n\n实施全国文化信息资源共享工程。",
			[]string{"全国文化信息资源共享|工程", "全国文化信息资源共享|工程"}},
		// A prefecture's notice issuing a science-and-technology plan (Gansu 2022).
		{"the action a plan carries out, repeated", "关于印发《甘南藏族自治州强科技行动实施方案》的通知\n\n以落实强科技行动为契机,坚持自主创新。",
			[]string{"甘南藏族自治州强科技行动|方案", "强科技|行动"}},
		// A national commission's news of a works plan (2021).
		{"the works a period's plan carries out, repeated without the period", "联合印发《“十四五”时期全民健身设施补短板工程实施方案》。将由全民健身设施补短板工程相关项目的实施主体负责。",
			[]string{"十四五时期全民健身设施补短板工程|方案", "全民健身设施补短板|工程"}},
		{"a quoted action repeated without quotes", "实施“未来产业探路”行动。未来产业探路行动进展顺利。",
			[]string{"未来产业探路|行动", "未来产业探路|行动"}},
		{"a repetition inside a longer word is none", "实施人才强市发展战略。人才强市发展战略性调整。",
			[]string{"人才强市发展|战略"}},
		{"a repetition inside a longer name is none", "实施“未来产业探路”行动。制定未来产业探路行动方案。",
			[]string{"未来产业探路|行动", "未来产业探路行动|方案"}},
		{"a launched fund repeated without its city", "共同举办西安市人才发展基金启动仪式暨首批项目签约。人才发展基金将紧密围绕产业。",
			[]string{"西安市人才发展|基金", "人才发展|基金"}},
		{"a region's strategy is not repeated without the region", "加快实施沿海地区经济发展战略。确定了分三步走的经济发展战略。",
			[]string{"沿海地区经济发展|战略"}},
		{"a year's plan is not repeated", "国务院确定，今年提前制定1981年国民经济计划，提请审议。1981年国民经济计划执行情况良好。",
			[]string{"1981年国民经济|计划"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, namesAndCategories(t, tt.text))
		})
	}
}
