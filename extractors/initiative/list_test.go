package initiative

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSharedHead covers programmes listed under one head word, the verb
// frames and modifiers around them, and the head words 方案 and 政策.
func TestSharedHead(t *testing.T) {
	e := extractor(t)
	tests := []struct {
		name string
		text string
		want []string // name|category|count|mention, in text order
	}{
		{"list closed by deng", "实施好就业促进、创业引领、基层成长等计划。",
			[]string{"就业促进|计划|0|就业促进", "创业引领|计划|0|创业引领", "基层成长|计划|0|基层成长等计划"}},
		// A city's manufacturing plan (Kaifeng 2020): a known programme
		// holding 和 is one item of the list.
		{"a known programme holding 和 in a list", "实施中部地区崛起、黄河流域生态保护和高质量发展等重大战略。",
			[]string{"中部地区崛起|战略|0|中部地区崛起", "黄河流域生态保护和高质量发展|战略|0|黄河流域生态保护和高质量发展等重大战略"}},
		{"list after a mere verb with modifier", "推进天然林保护、退耕还林、防沙治沙等重点生态工程建设，",
			[]string{"天然林保护|工程|0|天然林保护", "退耕还林|工程|0|退耕还林", "防沙治沙|工程|0|防沙治沙等重点生态工程"}},
		{"a works of building in a list", "组织实施了国家制造业创新中心建设、智能制造、工业强基等三项重大工程。",
			[]string{"国家制造业创新中心建设|工程|0|国家制造业创新中心建设", "智能制造|工程|0|智能制造", "工业强基|工程|0|工业强基等三项重大工程"}},
		{"a count of battles after the items", "打好传统行业整治提升、散煤整治和清洁取暖成果巩固、机动车污染防治、扬尘面源污染防治、重点污染物深度减排和重污染天气应对六大攻坚战。",
			[]string{"传统行业整治提升|攻坚战|0|传统行业整治提升", "散煤整治和清洁取暖成果巩固|攻坚战|0|散煤整治和清洁取暖成果巩固", "机动车污染防治|攻坚战|0|机动车污染防治",
				"扬尘面源污染防治|攻坚战|0|扬尘面源污染防治", "重点污染物深度减排|攻坚战|0|重点污染物深度减排", "重污染天气应对|攻坚战|0|重污染天气应对六大攻坚战"}},
		// A national ministry's carbon plan (2022): ten actions listed, the
		// last a building of what it names.
		{"a list of ten actions", "实施稻田甲烷减排、化肥减量增效、畜禽低碳减排、渔业减排增汇、农机绿色节能、农田碳汇提升、秸秆综合利用、可再生能源替代、科技创新支撑、监测体系建设等十大行动,作出系统部署。",
			[]string{"稻田甲烷减排|行动|0|稻田甲烷减排", "化肥减量增效|行动|0|化肥减量增效", "畜禽低碳减排|行动|0|畜禽低碳减排", "渔业减排增汇|行动|0|渔业减排增汇", "农机绿色节能|行动|0|农机绿色节能",
				"农田碳汇提升|行动|0|农田碳汇提升", "秸秆综合利用|行动|0|秸秆综合利用", "可再生能源替代|行动|0|可再生能源替代", "科技创新支撑|行动|0|科技创新支撑", "监测体系建设|行动|0|监测体系建设等十大行动"}},
		{"list closed by the last item's head", "实施基础研究、高技术研究和科技支撑计划。",
			[]string{"基础研究|计划|0|基础研究", "高技术研究|计划|0|高技术研究", "科技支撑|计划|0|科技支撑计划"}},
		{"items joined inside by yu and ji", "组织实施大型飞机、水体污染控制与治理、大型油气田及煤层气开发等国家重大专项。",
			[]string{"大型飞机|专项|0|大型飞机", "水体污染控制与治理|专项|0|水体污染控制与治理", "大型油气田及煤层气开发|专项|0|大型油气田及煤层气开发等国家重大专项"}},
		{"list closed by a count", "深入实施“一带一路”建设、京津冀协同发展、长江经济带发展三大战略，",
			[]string{"一带一路|战略|0|“一带一路”建设", "京津冀协同发展|战略|0|京津冀协同发展", "长江经济带发展|战略|0|长江经济带发展三大战略"}},
		{"count of the items in quotes", "深入实施生态农业提效、和美乡村提质、党建领富提级“三大行动”，打响品牌。",
			[]string{"生态农业提效|行动|0|生态农业提效", "和美乡村提质|行动|0|和美乡村提质", "党建领富提级|行动|0|党建领富提级", "三大行动|行动|3|“三大行动”"}},
		// A county's five-year outline (Lujiang 2021): the strategies in
		// one quote before their count, with the stray spaces of a PDF copy.
		{"items in one quote before their count", "深入实施 “ 工业强县、大美庐江、全域旅游 ” 三大战略,奋发有为。实施“强基础、提质量、创品牌”三年行动计划。",
			[]string{"工业强县|战略|0|工业强县", "大美庐江|战略|0|大美庐江", "全域旅游|战略|0|全域旅游", "强基础、提质量、创品牌|计划|0|“强基础、提质量、创品牌”三年行动计划"}},
		{"count in quotes that does not match the items", "实施生态农业提效、和美乡村提质“三大行动”。",
			[]string{"三大行动|行动|3|“三大行动”"}},
		{"count that does not match the items", "推进城乡统筹发展、区域协调发展三大战略。",
			[]string{"区域协调发展|战略|0|区域协调发展"}}, // a known phrase, closed as before
		{"list after a weak verb", "突出抓好广播电视村村通工程、社区和乡镇综合文化站建设工程、农家书屋工程。",
			[]string{"广播电视村村通|工程|0|广播电视村村通工程", "社区和乡镇综合文化站建设|工程|0|社区和乡镇综合文化站建设工程", "农家书屋|工程|0|农家书屋工程"}},
		// The State Council's plan of Chinese medicine works (2023) gives
		// one works its other name in brackets inside the list.
		{"list goes on past an other name in brackets", "包括中医药特色人才培养工程（岐黄工程）、中药质量提升及产业促进工程、中医药文化弘扬工程。",
			[]string{"中医药特色人才培养|工程|0|中医药特色人才培养工程", "中药质量提升及产业促进|工程|0|中药质量提升及产业促进工程", "中医药文化弘扬|工程|0|中医药文化弘扬工程"}},
		{"list stops at a bracket holding a clause", "包括中医药特色人才培养工程（由各省组织，逐年推进）、中药质量提升及产业促进工程。",
			[]string{"中医药特色人才培养|工程|0|中医药特色人才培养工程"}},
		{"list after a weak verb stops at a demonstrative", "突出抓好广播电视村村通工程、这项工程和各项工程。",
			[]string{"广播电视村村通|工程|0|广播电视村村通工程"}},
		{"list after a counted programme", "扎实推进十大重点节能工程、千家企业节能行动和节能产品惠民工程，",
			[]string{"十大重点节能|工程|10|十大重点节能工程", "千家企业节能|行动|0|千家企业节能行动", "节能产品惠民|工程|0|节能产品惠民工程"}},
		{"formal plan after yongyu", "累计投入90亿元，用于农村寄宿制学校建设工程，",
			[]string{"农村寄宿制学校建设|工程|0|农村寄宿制学校建设工程"}},
		{"formal plan that a clause follows", "认真落实国家中长期科学和技术发展规划纲要提出的目标任务。",
			[]string{"国家中长期科学和技术发展|纲要|0|国家中长期科学和技术发展规划纲要"}},
		{"yiji joins items like the comma", "推进天然林保护、退耕还林还草以及防沙治沙、草原保护等重要工程的建设，",
			[]string{"天然林保护|工程|0|天然林保护", "退耕还林还草|工程|0|退耕还林还草", "防沙治沙|工程|0|防沙治沙", "草原保护|工程|0|草原保护等重要工程"}},
		{"he inside an item of three runes", "扎实搞好退耕还林、天然林保护、风沙源和石漠化治理等重点生态工程；",
			[]string{"退耕还林|工程|0|退耕还林", "天然林保护|工程|0|天然林保护", "风沙源和石漠化治理|工程|0|风沙源和石漠化治理等重点生态工程"}},
		{"fields of two runes joined by he are no list", "抓好危险化学品、烟花爆竹、道路和水上交通、建筑施工等专项整治。", nil},
		{"generic plans are no names", "抓好年度计划，推进重点工程和建设工程，用于这项工程。", nil},
		{"fields are no list", "在信息、生物、环保等领域新建一批工程中心。", nil},
		{"class of reforms is no list", "推进政治体制、文化体制等各项改革。", nil},
		{"verb phrase is no item", "深化乡镇机构、推进农村义务教育等改革。", nil},
		{"list in traditional script", "實施就業促進、創業引領、基層成長等計劃。",
			[]string{"就業促進|計劃|0|就業促進", "創業引領|計劃|0|創業引領", "基層成長|計劃|0|基層成長等計劃"}},
		{"list with stray PDF spaces", "实施基础 研究、高技术研究和科技 支撑计划。",
			[]string{"基础研究|计划|0|基础 研究", "高技术研究|计划|0|高技术研究", "科技支撑|计划|0|科技 支撑计划"}},
		{"frames joined by bing", "制定并实施主体功能区规划。", []string{"主体功能区|规划|0|主体功能区规划"}},
		{"amount modifier after the frame", "实施惠及3000多万农村义务教育阶段学生营养改善计划。",
			[]string{"农村义务教育阶段学生营养改善|计划|0|农村义务教育阶段学生营养改善计划"}},
		{"reform inside a longer name", "制定和实施国家中长期教育改革和发展规划纲要。",
			[]string{"国家中长期教育改革和发展|纲要|0|国家中长期教育改革和发展规划纲要"}},
		{"two reforms stay two", "实施财税改革和金融改革。", []string{"财税|改革|0|财税改革", "金融|改革|0|金融改革"}},
		{"named policy", "实施中等职业教育免学费政策，", []string{"中等职业教育免学费|政策|0|中等职业教育免学费政策"}},
		{"short policy is no name", "对农村低收入人口全面实施扶贫政策。", nil},
		{"named plan with fang an", "颁布了应对气候变化国家方案。", []string{"应对气候变化国家|方案|0|应对气候变化国家方案"}},
		{"count programme without verb", "加快十大重点节能工程实施进度。", []string{"十大重点节能|工程|10|十大重点节能工程"}},
		// A Macao news item (2023): a party congress named by its ordinal
		// counts no programmes.
		{"a party congress before a strategy", "认真落实二十大报告战略部署。", nil},
		{"formal plan after a mere verb", "认真落实国家中长期科学和技术发展规划纲要，",
			[]string{"国家中长期科学和技术发展|纲要|0|国家中长期科学和技术发展规划纲要"}},
		{"clause after a mere verb", "我们必须根据这个原则执行这个计划。", nil},
		// The 2006 national report: the list under 包括 opens with the
		// verb of its own clause (深化), which reads the three reforms.
		{"an item opening with a verb", "包括深化乡镇机构、农村义务教育和县乡财政管理体制等改革。",
			[]string{"乡镇机构|改革|0|乡镇机构", "农村义务教育|改革|0|农村义务教育", "县乡财政管理体制|改革|0|县乡财政管理体制等改革"}},
		{"verb inside a name", "要落实好就业促进计划，", nil},
		{"duration before the head is no part of the name", "实施学前教育三年行动计划，",
			[]string{"学前教育行动|计划|0|学前教育三年行动计划"}},
		{"plan period takes the final head", "“十一五”规划纲要把节能作为约束性目标。", []string{"十一五|纲要|0|“十一五”规划纲要"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out []string
			for _, in := range extract(t, e, tt.text) {
				out = append(out, got(tt.text, in))
			}
			assert.Equal(t, tt.want, out)
		})
	}
}
