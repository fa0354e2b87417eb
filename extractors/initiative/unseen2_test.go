package initiative

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// unseen2 is a second unseen set: four paragraphs each of the 2009, 2015
// and 2011 government work reports, none of which any rule of this
// package or any earlier measurement was written from. The entries were
// annotated by hand from the text alone, before the extractor was run on
// these paragraphs, with the conventions of unseen (see there).
var unseen2 = []unseenPara{
	{
		// 汽车、摩托车下乡 is one programme whose name holds a list.
		name: "2009 rural consumption", year: "2009",
		start: "加快建设“万村千乡”市场工程",
		gold: []string{"万村千乡|工程", "家电下乡|", "农机下乡|",
			"?汽车、摩托车下乡/汽车摩托车下乡/摩托车下乡|"},
	},
	{
		// Three ecological programmes share the head 生态建设工程.
		name: "2009 ecology", year: "2009",
		start: "五是继续强化重点流域、区域污染防治",
		gold:  []string{"重点防护林/防护林|工程", "天然林保护|工程", "京津风沙源治理|工程"},
	},
	{
		// The four regional strategies are the parts of 区域发展总体战略;
		// 东部地区率先发展 is a general phrase.
		name: "2009 regions", year: "2009",
		start: "继续实施西部大开发、东北地区等老工业基地振兴",
		gold: []string{"区域发展总体|战略", "西部大开发|", "中部地区崛起|",
			"东北地区等老工业基地振兴/老工业基地振兴/东北振兴|", "?东部地区率先发展|"},
	},
	{
		// 乡镇综合文化站 and 农家书屋 are built here as facilities.
		name: "2009 culture", year: "2009",
		start: "大力发展文化体育事业。",
		gold: []string{"村村通/广播电视村村通|", "文化惠民|工程", "?农家书屋|",
			"?公共文化服务|体系"},
	},
	{
		// 临时救助制度 and 基本养老保险制度 are systems.
		name: "2015 employment review", year: "2015",
		start: "加强就业和社会保障。",
		gold:  []string{"创业引领|计划", "保障性安居|工程", "?就业促进|政策"},
	},
	{
		// 南京青奥会 is an event; 户户通 is what 村村通 is upgraded to.
		name: "2015 culture", year: "2015",
		start: "积极发展文化事业和文化产业。",
		gold: []string{"村村通/广播电视村村通|工程", "文艺精品|战略", "?户户通|",
			"?文化惠民|项目", "?现代文化市场|体系"},
	},
	{
		// The 四大板块 and 三个支撑带 are strategies combined; 一带一路,
		// 京津冀协同发展 and 长江经济带 are the three supporting belts.
		name: "2015 regions", year: "2015",
		start: "拓展区域发展新空间。",
		gold: []string{"四大板块|战略", "三个支撑带|战略", "一带一路|建设", "京津冀协同发展|",
			"长江经济带|建设", "?东北地区等老工业基地振兴/东北振兴|", "?东部地区率先发展|"},
	},
	{
		name: "2015 employment", year: "2015",
		start: "着力促进创业就业。",
		gold: []string{"高校毕业生就业促进/就业促进|计划", "大学生创业引领/创业引领|计划",
			"农民工职业技能提升/职业技能提升|计划"},
	},
	{
		name: "2011 innovation review", year: "2011",
		start: "战略性新兴产业迅速成长。",
		gold:  []string{"知识创新|工程", "技术创新|工程", "?国家创新|体系"},
	},
	{
		// The 专项治理行动 is named by a clause.
		name: "2011 consumption", year: "2011",
		start: "积极扩大消费需求。",
		gold: []string{"家电下乡|政策", "以旧换新|政策",
			"?打击侵犯知识产权和制售假冒伪劣商品|行动"},
	},
	{
		// 高产创建 is an activity.
		name: "2011 agriculture", year: "2011",
		start: "确保农产品供给，多渠道增加农民收入。",
		gold:  []string{"菜篮子|工程", "粮食最低收购价|政策", "?高产创建|"},
	},
	{
		name: "2011 poverty", year: "2011",
		start: "更好发挥深圳等经济特区",
		gold: []string{"中国农村扶贫开发/2011-2020年中国农村扶贫开发|纲要",
			"集中连片特殊困难地区扶贫开发攻坚/集中连片特殊困难地区扶贫开发|工程"},
	},
}

// TestUnseen2 scores the second unseen set as TestUnseen scores the
// first. It is now a tuned set.
func TestUnseen2(t *testing.T) {
	s := scoreUnseen(t, unseen2)
	// Measured on first run, before any rule saw these paragraphs:
	// precision 1.00 (16/16), recall 0.50 (16/32). After the rules written
	// from the first set's misses: precision 0.96 (23/24), recall 0.72
	// (23/32). The set was then used for development (the dictionary of
	// 2000s programmes, regional strategies as names, years before a plan,
	// two items joined by 和): precision 1.00 (32/32), recall 1.00 (32/32);
	// the floors sit just under, and TestUnseen3 is the honest measure.
	assert.GreaterOrEqual(t, s.precision(), 0.95)
	assert.GreaterOrEqual(t, s.recall(), 0.95)
}
