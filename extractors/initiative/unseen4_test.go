package initiative

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// unseen4 is a fourth unseen set: four paragraphs each of the 2004, 2001
// and 2023 government work reports, annotated by hand from the text alone
// with the conventions of unseen (see there), before the extractor was
// run on these reports' paragraphs. Many 2023 names recur in later
// reports that the rules were written from; 2004 and 2001 are the
// cleaner measure.
var unseen4 = []unseenPara{
	{
		// 三期工程 has no name of its own; 青藏铁路 is a railway.
		name: "2004 key projects", year: "2004",
		start: "我们积极推进经济结构战略性调整，抓紧一批",
		gold: []string{"三峡水利枢纽/三峡水利枢纽二期/三峡|工程", "西气东输/西气东输东段|工程",
			"西电东送|", "南水北调|工程", "西部大开发|",
			"东北地区等老工业基地振兴/东北地区老工业基地振兴/老工业基地振兴|战略",
			"?三期|工程", "?青藏铁路|", "?经济结构战略性调整|"},
	},
	{
		// 计划生育 is family planning, no plan.
		name: "2004 sustainable development", year: "2004",
		start: "积极实施可持续发展战略，按照统筹人与自然",
		gold: []string{"可持续发展|战略", "全国生态环境保护和建设/生态环境保护和建设|规划",
			"以生态建设为主的林业发展/林业发展|战略", "?计划生育|", "?循环经济|", "?清洁生产|"},
	},
	{
		// 以县为主 names a system of management; the remote education
		// is developed here as an activity.
		name: "2004 education", year: "2004",
		start: "切实把教育放在优先发展的地位",
		gold: []string{"教育振兴行动/教育振兴/教育振兴行动计划|计划",
			"两基攻坚/两基/西部地区两基攻坚|计划",
			"农村中小学危房改造/第二期农村中小学危房改造|",
			"?以县为主|", "?农村中小学现代远程教育|", "?素质教育|", "?教育改革|"},
	},
	{
		name: "2004 western development", year: "2004",
		start: "继续实施西部大开发战略，认真总结经验",
		gold: []string{"西部大开发|战略", "退耕还林|工程", "退牧还草|工程", "天然林保护|工程",
			"风沙源和石漠化治理/风沙源治理/石漠化治理|工程"},
	},
	{
		// 亚欧大陆桥 and the 经济带 are corridors and regions.
		name: "2001 western development", year: "2001",
		start: "要集中力量建设西气东输、西电东送、青藏铁路",
		gold: []string{"西气东输|", "西电东送|", "天然林保护|工程", "退耕还林还草/退耕还林|工程",
			"防沙治沙|工程", "?青藏铁路|", "?草原保护|工程", "?西部开发|"},
	},
	{
		name: "2001 trade", year: "2001",
		start: "继续实施以质取胜、科技兴贸战略",
		gold:  []string{"以质取胜|战略", "科技兴贸|战略", "市场多元化|战略"},
	},
	{
		name: "2001 reform and stability", year: "2001",
		start: "在复杂、困难的情况下，改革没有停滞",
		gold:  []string{"再就业|工程"},
	},
	{
		// 长江上游 and 黄河上中游 are regions of one programme.
		name: "2001 ecology", year: "2001",
		start: "抓好长江上游、黄河上中游等地区的天然林保护工程建设",
		gold:  []string{"天然林保护|工程", "?重点防护林|体系", "?石漠化综合治理|"},
	},
	{
		// 大食物观 is a view, not a programme.
		name: "2023 grain and rural", year: "2023",
		start: "（六）稳定粮食生产和推进乡村振兴。",
		gold: []string{"乡村振兴|", "千亿斤粮食产能提升/新一轮千亿斤粮食产能提升|行动",
			"种业振兴|行动", "乡村建设|行动", "?脱贫攻坚|", "?高标准农田|"},
	},
	{
		name: "2023 livelihood", year: "2023",
		start: "（八）保障基本民生和发展社会事业。",
		gold: []string{"中医药振兴发展/中医药振兴发展重大|工程",
			"积极应对人口老龄化国家/积极应对人口老龄化|战略",
			"?平安中国|", "?体教融合|", "?住房保障|体系", "?生育支持政策|体系"},
	},
	{
		// The activity week is an event of the slogan.
		name: "2023 employment", year: "2023",
		start: "强化就业优先政策导向。",
		gold: []string{"大众创业万众创新/双创|", "高职扩招|行动", "职业技能提升/职业技能提升三年|行动",
			"?就业优先|政策", "?失业保险基金稳岗返还|政策", "?留工培训补助|政策", "?全国双创活动周|"},
	},
	{
		// 一批产业基础再造工程 is a class of projects.
		name: "2023 industry", year: "2023",
		start: "推动产业向中高端迈进。",
		gold: []string{"重点产业强链补链/产业强链补链|行动", "互联网+|",
			"?产业基础再造|工程", "?专精特新|"},
	},
}

// TestUnseen4 scores the fourth unseen set as TestUnseen scores the first.
func TestUnseen4(t *testing.T) {
	s := scoreUnseen(t, unseen4)
	// Scored once, after the rules for lists after weak verbs and plans
	// as subjects were settled: precision 0.97 (29/30), recall 0.76
	// (29/38), preferred name 26/29, categories 25/29. The misses are
	// names without a head word or in book-title marks (农村中小学危房改造,
	// 《教育振兴行动计划》), 以及 joining items of a list (退耕还林还草以及
	// 防沙治沙, one false name), 和 inside an item (风沙源和石漠化治理等),
	// 以…为主的 before a strategy, a phase (二期) before 工程, and a
	// strategy or action after a mere verb (推进市场多元化战略,
	// 推进乡村建设行动).
	// After the rules for 以及, 和 inside a three-rune item, a phase
	// before 工程 and the school repair programme in the dictionary (the
	// set then used for development): precision 1.00 (33/33), recall
	// 0.87 (33/38); 三峡水利枢纽二期工程 as a subject, 《》 titles,
	// 以…为主的 and a strategy after a mere verb remain missed.
	// The floors sit a little under.
	assert.GreaterOrEqual(t, s.precision(), 0.95)
	assert.GreaterOrEqual(t, s.recall(), 0.72)
}
