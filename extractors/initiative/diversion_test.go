package initiative

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPipelineDiversions checks the works of water diversion, named 引,
// a river, a link and a place (引江济淮), which the segmenter reads as a
// verb and unknown runes.
func TestPipelineDiversions(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // name|category
	}{
		// A provincial report (Sichuan 2025).
		{"before its head word", "谋划多年、惠及3400万人的引大济岷工程启动建设。", []string{"引大济岷|工程"}},
		{"two links", "实施引黄入冀补淀工程。", []string{"引黄入冀补淀|工程"}},
		// A ministry's briefing (2021): the items share the head word.
		{"first item of a list", "一批重大项目正在加快建设,引江济淮、重庆渝西水资源配置等引调水工程正在抓紧实施。",
			[]string{"引江济淮|工程", "重庆渝西水资源配置|工程"}},
		{"alone before 等", "开工建设引大济岷等重大水利工程。", []string{"引大济岷|"}},
		{"alone in a list", "加快引江补汉、滇中引水前期工作。", []string{"引江补汉|"}},
		{"traditional", "推進引江補漢工程。", []string{"引江补汉|工程"}},
		// The 1982 national report: a place's diversion named by what it
		// does with the water, inside a works of the place.
		{"what is done with the water", "建成天津引滦输水工程。实施引洮供水工程。推进引黄供水。",
			[]string{"天津引滦输水|工程", "引洮供水|工程"}},
		// A provincial report (Henan 2020).
		{"power sent to a province", "建成青电入豫工程和6个液化天然气应急储备中心。", []string{"青电入豫|工程"}},
		{"power without its head word", "推进三峡电、川电、疆电入渝,提升页岩气勘探开发力度。", nil},
		{"entering without its head word", "推动引企入园,引才入县。", nil},
		{"引 inside a word", "吸引济南企业,引领经济发展。", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, namesAndCategories(t, tt.text))
		})
	}
}
