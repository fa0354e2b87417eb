package initiative

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// unseen8 is an eighth unseen set: four paragraphs each of the 1995, 1997,
// 1998 and 2000 government work reports, annotated by hand from the text
// alone with the conventions of unseen (see there), before the extractor
// was run on these reports. The reports of the 1990s name fewer
// programmes than later ones and name many works (railways, dams, canals)
// that are no programmes; the 1998 report writes its figures with stray
// spaces (2 0 1 0 年).
//
// As settled since unseen7: a name in quotes that ends in its own head
// word (“安居工程”) is written with the head word as the first choice and
// without it as an alternative; a plan period in quotes (“九五”计划) is
// the name of the plan it heads directly; a regional policy written
// without a head word or quotes is optional; a system (制度), a guideline
// (方针) written as a slogan, a fund, a zone, a line or a class of
// projects is no programme, the named ones being optional.
//
// Some paragraphs hold few programmes or none and test precision: quoted
// pejoratives (“钓鱼”项目, “胡子”工程), epithets of people (“好军嫂”),
// quoted principles (“一主多辅”的原则), slogans (“高增长、低通胀”), a
// metaphor (“瓶颈”), the political formulas of the Taiwan paragraphs and
// head words used as plain words (系统工程, 有计划, 战略性改组).
var unseen8 = []unseenPara{
	{
		// The quoted 三北 names the shelterbelt programme that 防护林二期
		// and 工程 follow, as “八七” in unseen7; the phase is no part of
		// its name. 引大入秦 names the water diversion project whose main
		// canal opened, as 南水北调 modifies 水源 in unseen; its glosses
		// in （） belong to the name as written. The railway is a line.
		name: "1995 review economy", year: "1995",
		start: "国民经济继续快速增长。",
		gold: []string{"三北/三北防护林/三北防护林二期|工程", "长江三峡/三峡|工程",
			"黄河小浪底水利枢纽/黄河小浪底/小浪底水利枢纽/小浪底|工程",
			"引大（大通河）入秦（秦王川）/引大(大通河)入秦(秦王川)/引大入秦|",
			"?京九铁路|"},
	},
	{
		// “菜篮子”市长负责制 and “米袋子”省长负责制 are the two named
		// policies of food supply, listed as in the held-out 2012
		// paragraph; the second “米袋子” is the metaphor they are named
		// from. The poverty plan ends in its head word inside the quotes
		// (the blank before the closing quote is the source's). The farm
		// land protection, insurance and reserve fund systems are
		// systems; 以工代赈 is a kind of fund, 农业综合开发 an activity here.
		name: "1995 rural", year: "1995",
		start: "为了保证农业稳定增长，必须坚持农村各项基本政策",
		gold: []string{"菜篮子|负责制", "米袋子|负责制",
			"八七扶贫攻坚计划/八七扶贫攻坚/八七|计划",
			"?以工代赈|", "?农业综合开发|", "?农村社会化服务|体系"},
	},
	{
		// Two quoted projects of culture; the second is named without a
		// head word, before 的建设. The quoted four-clause rule of
		// publishing is a principle (原则), not a name; “扫黄” names a
		// campaign (斗争).
		name: "1995 culture", year: "1995",
		start: "坚持正确方向，繁荣文化事业。",
		gold: []string{"文化扶贫工程/文化扶贫|工程", "万里边疆文化长廊|",
			"?百花齐放、百家争鸣|方针", "?扫黄|"},
	},
	{
		// 《爱国主义教育实施纲要》 is the one programme; 实施 may be read
		// as part of the name or of the head word. “好军嫂” and “当代愚公”
		// are epithets of people, the award meeting an event, the plan of
		// social and economic development a generic plan.
		name: "1995 spiritual civilization", year: "1995",
		start: "在我国改革开放和现代化建设进程中，必须始终不渝地坚持两手抓",
		gold: []string{"爱国主义教育实施/爱国主义教育/爱国主义教育实施纲要|纲要",
			"?两手抓，两手都要硬/两手抓、两手都要硬|方针", "?社会经济发展总体|规划"},
	},
	{
		// 宝钢三期扩建工程 is the one named project; the railways are
		// lines, the power plant a plant, and the 疏勒河 development an
		// item of a list closed by 等一批重点项目, a class of projects.
		name: "1997 review economy", year: "1997",
		start: "国民经济持续快速增长，通货膨胀得到有效抑制。",
		gold: []string{"宝钢三期扩建/宝钢三期/宝钢|工程",
			"?京九铁路|", "?南昆铁路|", "?南疆铁路|",
			"?山西阳城坑口电厂/阳城坑口电厂|",
			"?甘肃疏勒河农业综合开发/疏勒河农业综合开发|"},
	},
	{
		// “种子工程 ” ends in its head word inside the quotes. “一主多辅”
		// is a principle (原则) of grain trade; the household contract
		// responsibility system, the support price system and the farm
		// land protection system are systems.
		name: "1997 agriculture", year: "1997",
		start: "继续把加强农业放在经济工作的首位。",
		gold: []string{"种子工程/种子|工程", "米袋子|负责制", "菜篮子|负责制",
			"?农村社会化服务|体系"},
	},
	{
		name: "1997 livelihood", year: "1997",
		start: "继续改善城乡人民生活。要在经济发展的基础上",
		gold:  []string{"安居工程/安居|工程"},
	},
	{
		// “三北 ” and 长江中上游 are the items of a list closed by
		// 等防护林工程, the first with a gloss in （）. The four shelterbelts
		// of river basins before them are built forests, written without
		// a head word; 计划生育 is family planning, no plan.
		name: "1997 environment", year: "1997",
		start: "认真实行环境保护和计划生育的基本国策",
		gold: []string{"三北/三北防护林|工程", "长江中上游/长江中上游防护林|工程",
			"?黄河、辽河、珠江和淮河太湖流域防护林/淮河太湖流域防护林|",
			"?计划生育|"},
	},
	{
		// The eighth and ninth five-year plans are named by their quoted
		// periods; the 2010 long-range goals belong to the ninth plan's
		// document and are optional. 三峡 and 小浪底 share the head word
		// 水利水电枢纽工程. “高增长、低通胀” is a slogan, “瓶颈” a
		// metaphor, the railways are lines and the grain reserve system a
		// system.
		name: "1998 review five years", year: "1998",
		start: "过去的五年，经济发展保持良好势头",
		gold: []string{"八五|计划", "九五|计划",
			"长江三峡/长江三峡水利水电枢纽/三峡|工程",
			"黄河小浪底水利水电枢纽/黄河小浪底/小浪底水利水电枢纽/小浪底|工程",
			"?2010年远景目标/2 0 1 0 年远景目标/远景目标|纲要",
			"?京九、南昆铁路/南昆铁路/京九|"},
	},
	{
		name: "1998 lessons", year: "1998",
		start: "第四，实施科教兴国战略和可持续发展战略。",
		gold:  []string{"科教兴国|战略", "可持续发展|战略"},
	},
	{
		// “抓大放小” is the slogan of a policy, optional as a generic
		// slogan; “三个有利于” is a standard (标准), 战略性改组 a
		// reorganization and 现代企业制度 a system.
		name: "1998 state enterprises", year: "1998",
		start: "国有企业改革是当前经济体制改革的重点。",
		gold:  []string{"再就业|工程", "?抓大放小|"},
	},
	{
		// No programme: the quoted formula of unification is a guideline
		// (方针), the eight proposals are proposals, and “台湾独立”,
		// “两个中国” and “一中一台” name separatist activities.
		name: "1998 Taiwan", year: "1998",
		start: "台湾是中国神圣领土不可分割的一部分。",
		gold:  []string{"?和平统一、一国两制/一国两制|"},
	},
	{
		// No programme: “钓鱼”项目 and “胡子”工程 are pejoratives for
		// projects started under false estimates and never finished,
		// although the second ends in a head word; 劣质工程 is shoddy
		// work.
		name: "2000 bond projects", year: "2000",
		start: "发行1000亿元长期国债",
		gold:  nil,
	},
	{
		// “两个大局” names Deng's strategic thought (思想), not a
		// strategy of the government; 系统工程 is the plain word
		// "systems engineering".
		name: "2000 western development", year: "2000",
		start: "实施西部地区大开发战略，加快中西部地区的发展",
		gold:  []string{"西部地区大开发/西部大开发|战略", "?两个大局|"},
	},
	{
		// 长江上游 and 黄河上中游 are regions of one programme. 退耕还林还草
		// is what steep farmland should do here, an activity; the quoted
		// four measures (综合性措施) are measures. 有计划 is "in a
		// planned way".
		name: "2000 western ecology", year: "2000",
		start: "切实搞好生态环境保护和建设。",
		gold: []string{"天然林保护/长江上游、黄河上中游天然林保护|工程",
			"?退耕还林还草/退耕还林|",
			"?退耕还林（草）、封山绿化、以粮代赈、个体承包/退耕还林(草)、封山绿化、以粮代赈、个体承包|"},
	},
	{
		// The programmes for women and for children share one head word,
		// written as one name that holds a list, as 汽车、摩托车下乡 in
		// unseen2; either reading counts as found. The pollution projects
		// of key cities and basins are a class; 城乡规划 is planning work.
		name: "2000 sustainable development", year: "2000",
		start: "坚持走可持续发展道路。",
		gold: []string{"中国妇女、儿童发展/中国妇女儿童发展/中国妇女发展/中国妇女/儿童发展|纲要",
			"?计划生育|", "?重点城市、流域、区域、海域污染防治/污染防治|工程",
			"?农村初级卫生保健|"},
	},
}

// TestUnseen8 scores the eighth unseen set as TestUnseen scores the first.
func TestUnseen8(t *testing.T) {
	s := scoreUnseen(t, unseen8)
	// Scored once, after the rules were settled on the seventh set:
	// precision 0.80 (20/25), recall 0.74 (20/27), preferred name 19/20,
	// categories 15/20. The misses are the great works named by place as
	// subjects or objects of 建设/开工 (长江三峡工程 twice, 黄河小浪底水利
	// 枢纽工程 twice, 宝钢三期扩建工程, 长江中上游防护林工程), 引大入秦 and
	// the split 中国妇女、儿童发展纲要; the false names are three quoted
	// slogans of a class of activities (“台湾独立”、“两个中国”、“一中一台”
	// 等各种分裂活动) and two nicknames of bad projects (“胡子”工程,
	// “钓鱼”项目). Since then (rules from the eighth and ninth sets):
	// precision 1.00 (25/25), recall 0.93 (25/27). The floors sit a
	// little under.
	assert.GreaterOrEqual(t, s.precision(), 0.95)
	assert.GreaterOrEqual(t, s.recall(), 0.88)
}
