package initiative

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/policyx/policyx/dict"
	"github.com/policyx/policyx/pipeline"
	"github.com/policyx/policyx/pipeline/normalize"
	"github.com/policyx/policyx/pipeline/structure"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// wholePipeline builds the stages as the command does, with this
// extractor only, once per test binary.
var wholePipeline = sync.OnceValues(func() (*pipeline.Pipeline, error) {
	set, err := dict.Builtin()
	if err != nil {
		return nil, err
	}
	seg, err := dict.NewSegmenter(set, dict.SegmenterOptions{})
	if err != nil {
		return nil, err
	}
	e, err := New(set)
	if err != nil {
		return nil, err
	}
	return &pipeline.Pipeline{
		Normalizer: normalize.New(),
		Structurer: structure.New(),
		Segmenter:  seg,
		Extractors: []pipeline.Extractor{e},
	}, nil
})

// normalCategory returns an initiative's category in the normalized form
// the tables state it in (計畫 → 计划): records give it as the source writes
// it (see TestWrittenCategory).
func normalCategory(t testing.TB, category string) string {
	t.Helper()
	p, err := wholePipeline()
	require.NoError(t, err)
	doc := &pipeline.Document{Text: category}
	require.NoError(t, p.Normalizer.Normalize(doc))
	return doc.Norm.Text
}

// TestWrittenCategory covers the category as the source writes it, in
// either script, also where a list's items share the head word after the
// last; the name is normalized.
func TestWrittenCategory(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // name|category as written
	}{
		{"Taiwan's 計畫 and Hong Kong's 計劃", "推動桃園航空城計畫。推出「長者安居計劃」。", []string{"桃园航空城|計畫", "长者安居计划|計劃"}},
		{"simplified text", "实施种业振兴行动。", []string{"种业振兴|行动"}},
		{"a head word the items share", "推動大南方新矽谷、亞灣2.0等計畫。", []string{"大南方新矽谷|計畫", "亚湾2.0|計畫"}},
		{"a count's class noun inside the quotes", "不斷優化經濟工作「四項機制」。", []string{"四项机制|機制"}},
		{"a head word the items share at the end of a long sentence", "謀劃開展國企改革“效能提升”、關鍵核心技術“攻堅突圍”、產業鏈“強筋壯骨”、供應鏈物流體系“提能升級”、數字化發展“轉型賦能”、上市公司“倍增提質”等六大專項行動。",
			[]string{"国企|改革", "效能提升|專項行動", "攻坚突围|專項行動", "强筋壮骨|專項行動", "提能升级|專項行動", "转型赋能|專項行動", "倍增提质|專項行動"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, in := range runPipeline(t, tt.text) {
				got = append(got, in.Name+"|"+in.Category)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// runPipeline returns the initiatives of text found by the whole pipeline,
// finalized: their Text is the original text between Start and End in
// code points.
func runPipeline(t testing.TB, text string) []*pipeline.Initiative {
	t.Helper()
	p, err := wholePipeline()
	require.NoError(t, err)
	recs, err := p.Run(context.Background(), &pipeline.Document{ID: "t", Text: text})
	require.NoError(t, err)
	rs := []rune(text)
	var out []*pipeline.Initiative
	for _, r := range recs {
		in, ok := r.(*pipeline.Initiative)
		if !ok {
			continue
		}
		require.True(t, 0 <= in.Start && in.Start < in.End && in.End <= len(rs), "range %d-%d", in.Start, in.End)
		require.Equal(t, string(rs[in.Start:in.End]), in.Text)
		out = append(out, in)
	}
	return out
}

// TestFoundingArticlePipeline runs the whole pipeline (normalizer,
// structure, segmenter) over the founding article: the names a reader
// finds must be there, the metaphors, periods and modifiers must not.
func TestFoundingArticlePipeline(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "articles", "hightech-zones-2022.txt"))
	require.NoError(t, err)
	ins := runPipeline(t, string(b))
	names := map[string]int{}
	for _, in := range ins {
		names[in.Name]++
	}
	for _, want := range []string{"未来产业探路", "高端人才引进", "未来生态培育", "协同开放链接", "创新文化先行",
		"追赶计划", "揭榜挂帅", "科创九条", "上市十条", "硬科技人才十条", "重点产业引才九条", "科创36条",
		"企业雁阵1622", "高新贷", "科技订单贷", "四方合作", "科技援疆"} {
		assert.Positive(t, names[want], "missing %s", want)
	}
	for _, bad := range []string{"十四五", "主引擎", "排头兵", "主力军", "高", "新", "火炬", "引擎", "双创"} {
		assert.Zero(t, names[bad], "invented %s", bad)
	}
	// 创新驱动发展 is the strategy five times (深入实施创新驱动发展战略 and
	// the list closed by “三大战略”), never the zone
	// (丝绸之路经济带创新驱动发展试验区) nor the road (走好创新驱动发展之路).
	for _, in := range ins {
		if in.Name == "创新驱动发展" {
			assert.Equal(t, "战略", in.Category, "at %d: %s", in.Start, in.Text)
		}
	}
	assert.Equal(t, 5, names["创新驱动发展"])
}

// TestPipelineTokens checks the rules that read the segmenter's words
// (a slogan that modifies a noun is no name, one that stands as an object
// is) and traditional text through the normalizer.
func TestPipelineTokens(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // original text|category
	}{
		{"slogan before a verb", "进一步把大众创业万众创新引向深入。", []string{"大众创业万众创新|"}},
		{"slogan after a verb", "发挥大众创业、万众创新和“互联网+”的乘数效应。", []string{"大众创业、万众创新|", "“互联网+”|"}},
		{"slogan inside a word", "发挥双创示范基地带动作用。", nil},
		{"slogan before nouns", "国家双创平台数量增长20%。鼓励发行双创金融债券。", nil},
		{"slogan after an adjective", "壮大“科学家+工程师、新双创”三支队伍。", nil},
		{"phrase without head", "坚定实施扩大内需战略，扩大内需是战略基点。", []string{"扩大内需战略|战略"}},
		// A county's report (Qichun 2024) and a Hong Kong report (2025):
		// 按计划 is "as planned", 屬於動態計劃 says what kind of plan it is.
		{"a plan after a preposition or a copula", "固定资产投资按计划实施。他強調,整項計劃屬於動態計劃,會不斷完善。实施国家大数据战略。中国尼龙城高质量发展上升为全市一号工程。", []string{"国家大数据战略|战略"}},
		// A city's report (Hangzhou 2021), a company's news (2023) and a
		// Taiwan county (Nantou 2025): a platform's brand before what
		// describes it; a descriptor of a kind names none.
		{"a platform's brand and a modifier", "全国首创政商“亲清在线”数字平台。在“知行南网”新型平台开展投票。並推動「點點投」數位生活點數平台。打造“航母级”科技创新平台。建设“一站式”人才服务平台。",
			[]string{"“亲清在线”数字平台|平台", "“知行南网”新型平台|平台", "「點點投」數位生活點數平台|平台"}},
		// A Macao notice (2023), a county's report (Qichun 2024), a Hong
		// Kong paper (2023) and a province's report (Anhui 2024): brands of
		// services and schemes by their last word; a company's short name
		// and goals reached are none.
		{"brands of services", "可透過“商社通”或澳基會申請。扩大“黄惠保”覆盖面。“跨境理财通”参与个人增加。中國誠通控股集團（下稱“中國誠通”）負責人說。基础设施“硬联通”和规则标准“软联通”。从“县县通”到“县城通”。",
			[]string{"“商社通”|", "“黄惠保”|", "“跨境理财通”|"}},
		// Hubei's report (2019): a province's service app; ways of working
		// named by 办 are none.
		{"a province's service app", "“鄂汇办”服务事项拓展到200项以上。深入推行“集成办”“网上办”“掌上办”。", []string{"“鄂汇办”|"}},
		// The commerce minister (2025) and a development zone (Tongliao
		// 2025): a programme taken as the guide of the work; an aim is
		// none.
		{"a programme as a guide", "以自贸试验区提升战略为引领。以区域合作深化行动为引领,充分发挥优势。以高质量发展为引领。",
			[]string{"自贸试验区提升战略|战略", "区域合作深化行动|行动"}},
		// Work reports (2018-2021): the national campaigns named by their
		// battle, and the package of three.
		// Hong Kong's outline (2023): an action's outline in title marks is
		// a plan.
		{"outlines of action", "公布《綠色船用燃料加注行動綱領》。",
			[]string{"《綠色船用燃料加注行動綱領》|纲领"}},
		{"national campaigns named as battles", "打好污染防治攻坚战。脱贫攻坚战取得全面胜利。聚焦打好三大攻坚战。",
			[]string{"污染防治攻坚战|攻坚战", "脱贫攻坚战|攻坚战", "三大攻坚战|攻坚战"}},
		// The cabinet's news (Taiwan 2024): a known programme's new version.
		{"a known programme's version", "強化地方創生2.0、深化國際鏈結。", []string{"地方創生2.0|"}},
		// Taiwan county news (Yunlin, Miaoli 2025): clauses that end in
		// 計畫 are no names.
		// Taiwan county news (Hsinchu 2025, Changhua 2024): a grant a
		// county opens, named by what it funds; a clause after 开办 is none.
		// Taipei's report (2024) and New Taipei's (2015): a quoted service
		// that grows or starts; a park opened is a place.
		{"quoted services that grow", "包括廣受好評的「生生喝鮮奶」今年擴大到國中學生。例如「幸福保衛站」也擴大到北臺八縣市。「樂齡綠生活園區」啟用。",
			[]string{"「生生喝鮮奶」|", "「幸福保衛站」|"}},
		// Yilan's report (2024): a scheme the county creates.
		{"a scheme created", "並創設「健康存錢筒‧愛的零用金」,獲衛福部肯定。为企业创设良好的发展环境。", []string{"「健康存錢筒‧愛的零用金」|"}},
		{"grants opened", "開辦祝你好孕補助（凍卵、中醫助孕調理）。首辦月子津貼補助,不僅提升生育意願。开办费用由县财政补助。",
			[]string{"祝你好孕補助|补助", "月子津貼補助|补助"}},
		{"clauses ending in a plan", "絕不可能因為舉辦燈會就漏提計畫。目前已向中央提報需求計畫，同時配合。", nil},
		// Miaoli's county meeting (2025): what a works builds, in an aside
		// after its head word.
		{"an aside after a quoted works", "包括「竹南鎮樂活運動館建設工程(羽球館)」。", []string{"「竹南鎮樂活運動館建設工程(羽球館)」|工程"}},
		{"a count of schemes", "縣府提出的4大亮點建設計畫包括「綠能首都旗艦計畫」。", []string{"「綠能首都旗艦計畫」|计划"}},
		// 强科技 is a prefecture's action (强科技行动); in 加强科技平台 its
		// runes are cut from the verb 加强.
		{"phrase cut from a word", "要加强科技平台建设，加强科技基金管理。落实强科技行动。", []string{"强科技行动|行动"}},
		// 北部都會區 unquoted, with no head word, is the zone: annotators of
		// Hong Kong pages list it only as a strategy (「北部都會區」發展策略).
		{"traditional text", "實施「再工業化」計劃，推動北部都會區發展。", []string{"「再工業化」計劃|计划"}},
		// From a report on the 2025 Policy Address,
		// https://udn.com/news/story/7332/9012269: 計畫, which the
		// normalizer folds to 计划, after a six-character modifier.
		{"Hong Kong plan", "但報告未提之前熱議的「明日大嶼」大型填海造地計畫。", []string{"「明日大嶼」大型填海造地計畫|计划"}},
		{"Hong Kong bodies", "李家超宣布成立由他領導的「北都發展委員會」，又提出訂立「加快發展北都」專屬法例。", nil},
		// The 2023-24 budget (Hong Kong) sets up an institute.
		{"Hong Kong institute", "設立微電子研發院:設立「微電子研發院」,強化產學研合作。", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, in := range runPipeline(t, tt.text) {
				got = append(got, in.Text+"|"+normalCategory(t, in.Category))
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestPipelineCoordination checks, through the whole pipeline with its
// segmenter, when 和 joins two programmes under one head word and when it
// joins two parts of one name, and that a plan's period of years before
// its name is no part of it.
func TestPipelineCoordination(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // name|category
	}{
		{"two known programmes", "继续实施家电下乡和以旧换新政策。", []string{"家电下乡|政策", "以旧换新|政策"}},
		// A provincial meeting's news (Shanxi 2024).
		{"a national campaign named by two of its parts", "研究落实我省大规模设备更新和消费品以旧换新等工作。安排资金支持消费品以旧换新。",
			[]string{"大规模设备更新和消费品以旧换新|", "消费品以旧换新|"}},
		{"two long items", "实施大气污染防治和水污染防治行动。", []string{"大气污染防治|行动", "水污染防治|行动"}},
		// A ministry's transport plan (2023, shortened): what the name's
		// first words do to two known programmes is one action.
		{"one action serving two known programmes", "实施交通服务乡村振兴和区域协调发展行动。实施高职扩招和职业技能提升行动。",
			[]string{"交通服务乡村振兴和区域协调发展|行动", "高职扩招|行动", "职业技能提升|行动"}},
		{"short nouns inside a name", "落实国家中长期科学和技术发展规划纲要。", []string{"国家中长期科学和技术发展|纲要"}},
		{"modifier after 和", "深入实施重要生态系统保护和修复重大工程。", []string{"重要生态系统保护和修复重大|工程"}},
		{"period of years", "颁布实施2011-2020年中国农村扶贫开发纲要，加快脱贫致富。", []string{"中国农村扶贫开发|纲要"}},
		{"period with 至", "制定实施2021至2035年国家物流枢纽布局规划。", []string{"国家物流枢纽布局|规划"}},
		// The 1988 report: 出 completes the frame that drafts the plan.
		{"a drafting frame and 出", "尽快制定出中长期科学技术发展规划，明确方向。", []string{"中长期科学技术发展|规划"}},
		// A ministry's news (2023): a year before a long name does not
		// count against its length.
		{"a year before a long name", "人社部启动实施2023年高校毕业生等青年就业创业推进计划。", []string{"高校毕业生等青年就业创业推进|计划"}},
		// The 2009 and 2023 reports and a county's shanty-town news: the
		// renovation of shanty towns is a kind of work, named as a
		// programme only with its head word.
		{"shanty-town renovation", "完成棚户区改造6.7万套。实施棚户区改造工程。", []string{"棚户区改造|工程"}},
		// The 2015 report: a strategy named with its own 发展 takes no 建设
		// of the item after it.
		{"regional strategy as a subject", "京津冀协同发展、长江经济带建设取得重要进展。", []string{"京津冀协同发展|", "长江经济带|建设"}},
		{"regional strategy after a verb", "推进京津冀协同发展，在交通一体化方面率先突破。", []string{"京津冀协同发展|"}},
		// A city's report (Hsinchu 2024): an item named with its version.
		{"an item with a version in a list of plans", "市府積極推動五楊高架向南延伸、新竹輕軌、YouBike2.0、新竹火車站跨站平台等指標性計畫。",
			[]string{"五杨高架向南延伸|计划", "新竹轻轨|计划", "YouBike2.0|计划", "新竹火车站跨站平台|计划"}},
		// A county's report (Yilan 2023): plans sought from the centre, one
		// named in three runes; 争取 governs a goal otherwise.
		{"a list of plans sought", "並爭取高鐵延伸宜蘭、台62線延伸、國道5號銜接蘇花改、蘇花安等計畫。争取洛阳经栾川至十堰段铁路纳入国家规划。推进信息、生物、环保等领域发展。",
			[]string{"高铁延伸宜兰|计划", "台62线延伸|计划", "国道5号衔接苏花改|计划", "苏花安|计划"}},
		{"known programmes sharing their tail", "继续实施家电、汽车、农机下乡。",
			[]string{"家电下乡|下乡", "汽车下乡|下乡", "农机下乡|下乡"}},
		{"battles sharing their head word", "持续打好蓝天、碧水、净土保卫战，大力整治。",
			[]string{"蓝天|保卫战", "碧水|保卫战", "净土|保卫战"}},
		{"battles run together", "持续深入打好碧水蓝天保卫战。深入打好蓝天保卫战。全力支援大上海保卫战。",
			[]string{"蓝天|保卫战", "蓝天|保卫战"}},
		{"battles closed by their count", "全部出列。蓝天、碧水、净土三大保卫战扎实推进。",
			[]string{"蓝天|保卫战", "碧水|保卫战", "净土|保卫战"}},
		{"battles that are no programmes", "打好节能减排攻坚战和科技创新攻坚战。", nil},
		{"known name holding 和 before a plan", "出台黄河流域生态保护和高质量发展规划。",
			[]string{"黄河流域生态保护和高质量发展|规划"}},
		{"phrase modifying a zone", "建设丝绸之路经济带创新驱动发展试验区。", nil},
		{"metaphors stay out", "承载起科技创新和产业发展“火炬”和“引擎”的使命，当好主引擎、排头兵。", nil},
		{"a class of policies closed by 等", "出台鼓励民间投资等政策，投资企稳。出台鼓励研发创新等税收政策。", nil},
		{"等 inside a word of the name", "实施湿地等生态保护与恢复工程。实施中等职业教育免学费政策。",
			[]string{"湿地等生态保护与恢复|工程", "中等职业教育免学费|政策"}},
		{"a frame after a verb", "坚持问题导向，通过实施水安全保障、水资源保护、水生态修复等行动，全面强化约束。",
			[]string{"水安全保障|行动", "水资源保护|行动", "水生态修复|行动"}},
		{"an unquoted theme year's campaign after a frame", "实施工业强县战略,深入开展企业服务年活动,加快发展。开展全年活动。组织开展新年活动。",
			[]string{"工业强县|战略", "企业服务年|活动"}},
		// A regional government's notice (Ningxia 2023).
		{"a theme year's campaign after its place", "自治区人民政府办公厅关于印发宁夏回族自治区消费需求促进年活动实施方案的通知",
			[]string{"消费需求促进年|活动"}},
		// County reports (Henan 2013, Shaanxi 2019).
		{"a theme year's campaign opening with a kind of place", "深入开展城市建设管理年活动,改善环境。开展社区服务提升年活动。",
			[]string{"城市建设管理年|活动", "社区服务提升年|活动"}},
		{"a programme before the event that launches it", "共同举办西安市人才发展基金启动仪式暨首批项目签约。召开全市大会启动会。举行新闻发布会。",
			[]string{"西安市人才发展|基金"}},
		{"a plan drawn up with 制订", "组织制订全国哲学社会科学发展规划。", []string{"全国哲学社会科学发展|规划"}},
		{"a party congress is no count of programmes", "总书记在党的十九大报告中提出实施健康中国战略，并多次强调。",
			[]string{"健康中国|战略"}},
		{"a campaign named 大会战 after a verb", "对于如何打好园区攻坚大会战，提出要求。", []string{"园区攻坚|大会战"}},
		{"fields of reform after a verb", "稳步推进农业农村、社会事业、生态文明等领域改革。扎实推进教育、医疗等方面改革。", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, namesAndCategories(t, tt.text))
		})
	}
}

// TestPipelineAfterVerb checks, through the whole pipeline, which
// programmes are read after a mere verb (推进, 落实) and in book-title
// marks, and which phrases there are no names.
func TestPipelineAfterVerb(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // name|category
	}{
		{"strategy after a verb", "大力推进市场多元化战略，开拓新的市场。", []string{"市场多元化|战略"}},
		{"action after a verb", "推进乡村建设行动。国家关于农村的政策不变。", []string{"乡村建设|行动"}},
		{"generic strategy", "推进发展战略，落实各项行动。", nil},
		// A Hong Kong release (2021): a brand-new funding scheme has no
		// name; a brand-new one named keeps its name without 全新.
		{"a brand-new scheme", "同时推出全新资助计划,支持合资格的非政府机构。推出全新青年发展基金计划。", []string{"青年发展基金|计划"}},
		// A Hong Kong address (2023) and Macao legislators' proposals
		// (2024): an alumni association and a service centre set up are
		// bodies, the association's word alone too.
		{"a quoted association and service centre set up", "為完成計劃的學員設立「校友會」。建議設立「合作區職工綜合服務中心」。", nil},
		// A New Taipei district's news (2024) and a Macao release: a
		// new year's reception, a forum of residents and a gala held are
		// events, no programmes.
		// A county's voucher notice (Shandan 2024): the label of a part of
		// a page or an app is no programme; the vouchers it lists are.
		{"a quoted label of a page's part", "在弹出页面下方菜单点击“消费券”栏目,即可显示“山丹消费券”种类菜单。开设“学习强国”专栏。",
			[]string{"山丹消费券|券"}},
		{"quoted receptions, forums and galas", "泰山區公所4日舉辦「新春團拜」。舉行“民眾座談會”。舉辦“智匯澳門——人才促進交流晚會”。", nil},
		// A Taiwan county's news (Nantou 2025): a ceremony of a service's
		// start is an event; a scheme whose launch it is stays named.
		{"quoted ceremonies", "縣府舉辦「南投幸福GO水里鄉與集集鎮－正式通車典禮」。舉行「智慧城市計畫啟動儀式」。", []string{"智慧城市|计划"}},
		// A township's targets and a community's news (2025): acting
		// actively and concentrated or overall clean-ups are generic.
		{"generic actions", "围绕链主企业开展积极行动。开展集中整治行动8场。开展综合整治行动。", nil},
		// A city's culture plan (Hangzhou 2021): 党的 (the Party's) opens
		// a works' name, its 的 part of the phrase.
		{"works of the Party's theory", "(一)实施党的创新理论深化实践工程\n\n(二)实施全国文明城市示范工程", []string{"党的创新理论深化实践|工程", "全国文明城市示范|工程"}},
		// A phase opening a plan's name is no part of it, as 新一轮 is not.
		{"a plan after its phase", "推动第三期学前教育行动计划。", []string{"学前教育行动|计划"}},
		// A provincial department's notice (Fujian 2019): the plan that
		// shares out an office's tasks names no programme.
		{"a plan sharing out tasks", "关于印发2019年福建文化和旅游工作主要任务分工方案的通知。制定重点任务分解方案。", nil},
		// A city's employment notice (2025) and a province's measures
		// (2022): the fields of one action, whose last item says what is
		// done in them; fields of a class closed by 等, or each with its own
		// outline, are read one by one.
		{"fields of one programme", "开展先进制造业、现代服务业、现代农业和人工智能产业青年就业行动。实施机关、事业单位带头安置残疾人就业行动。实施中国妇女、儿童发展纲要。推进社会事业、收入分配等改革。",
			[]string{"先进制造业、现代服务业、现代农业和人工智能产业青年就业|行动", "机关、事业单位带头安置残疾人就业|行动", "中国妇女|纲要", "儿童发展|纲要", "社会事业|改革", "收入分配|改革"}},
		// A province's commerce news (2024): plans carrying out fields
		// that share the head word after the last, before 以及 and a
		// clause of its own.
		{"implementing plans sharing a head word", "制定汽车报废更新、家电家装以旧换新实施方案以及健全废旧家电家具等再生资源回收体系工作方案。印发乡村振兴、城市更新实施方案。",
			[]string{"汽车报废更新|方案", "家电家装以旧换新|方案", "乡村振兴|方案", "城市更新|方案"}},
		// A province's commerce news (2024) and a county's council report
		// (2022): plans a department issues are named; a quoted rule it
		// issues (要點) is a regulation, no programme.
		{"plans issued", "联合14个部门发布了消费品以旧换新实施方案、加力支持消费品以旧换新实施方案,制定工作方案。內政部發布「內政部國土計畫審議會設置要點」。",
			[]string{"消费品以旧换新实施|方案", "加力支持消费品以旧换新实施|方案"}},
		// A county's report (Changbai 2023): a kind of plan after a frame
		// names none (人才发展规划 does).
		{"a kind of plan after a frame", "科学编制发展规划,明确项目任务清单。编制总体规划。编制国土空间规划。编制人才发展规划。",
			[]string{"人才发展|规划"}},
		// A city's talk on talent (Quzhou) and a Macao committee's release
		// (2024): 了 after a mere verb, as after a frame.
		{"a list after a verb and 了", "黨中央先後提出了科教興國、依法治國戰略,作出了判斷。完成了長者服務十年行動計劃的345項措施。",
			[]string{"科教兴国|战略", "依法治国|战略", "长者服务行动|计划"}},
		// A provincial report (Qinghai 2024): the nation's major regional
		// strategies are a class of strategies.
		// City and county news (Macheng, Changde 2017, Gansu 2024): a
		// programme named by the meeting that launches or pushes it; a
		// meeting on work in general names none.
		{"a programme in the name of its meeting", "我市在会展中心广场举行城镇管理百日攻坚行动誓师大会。召开全市园区攻坚大会战动员大会。召开全市安全生产工作推进会。",
			[]string{"城镇管理百日攻坚|行动", "园区攻坚|大会战"}},
		{"a class of strategies", "深度融入和实施国家重大区域战略,加快推进。实施区域协调发展战略。",
			[]string{"区域协调发展|战略"}},
		{"strategy before the verb of its clause", "对实施人才强市战略作了专题研究。", []string{"人才强市|战略"}},
		{"strategy's goal", "实施第三步战略目标。", nil},
		{"a noun opening with a function rune", "做好有线电视家家通工程的扫尾工作。", []string{"有线电视家家通|工程"}},
		{"a demonstrative and its measure word", "实施这项工程。推进该项计划。", nil},
		{"the clause that draws up a plan", "全面塑造创新发展新优势。现结合实际制定本行动计划。", nil},
		{"strategy held to", "坚持工业强县战略，积极兴办工业企业。", []string{"工业强县|战略"}},
		{"action rolled out", "全面推开背街小巷综合治理提升行动，清理生活垃圾死角。", []string{"背街小巷综合治理提升|行动"}},
		{"the plan that follows", "为满足人民群众的新期待，现制定如下行动方案。", nil},
		{"works of a period's time", "实施“十四五”时期重点工程。实施“十四五”期间重大工程。", nil},
		{"works drawing water from its place", "加快引洮供水二期骨干工程建设。推进引黄入冀补淀工程。",
			[]string{"引洮供水二期骨干|工程", "引黄入冀补淀|工程"}},
		{"place after a verb holding 引", "吸引长江三峡工程游客。", []string{"长江三峡|工程"}},
		{"plan drawn up", "国务院着手编制国家中长期科学和技术发展规划。", []string{"国家中长期科学和技术发展|规划"}},
		{"span of a plan is no name", "我们又没有编制长期计划的经验。", nil},
		// A city's review of its plan (2023): the next round of five-year
		// plans names none; a round word is no part of a name.
		// A city's plan against air pollution (2020): a count that is not
		// the number of the items names no field's actions by the last one.
		// A district's talent policy (Wucheng): the groups the measures
		// fall in, counted before them, are no field of a package.
		// Finance Committee results (Hong Kong 2003) and a county report
		// (Pingtung 2024): the construction works of a site are no
		// programme.
		// A Taiwan ministry's release (2026): a topic opened by 至於 is
		// no name of it.
		// A LegCo debate (2019): a word of place or time after the frame's
		// verb ends its clause (完成前).
		{"a word of time after the frame", "政府在檢討完成前宣布向資助計劃增撥2,500萬元經常撥款。", nil},
		// Macao's cultural fund (2022): a demonstrative and one word name
		// this plan of a kind.
		{"this plan of a kind", "基金根據規章的規定,設立本資助計劃,以支持企業投資。", nil},
		{"a topic opened by a preposition", "至於TIPS計畫，李冠志表示，該計畫持續辦理。", nil},
		{"the works of a site", "批准北角低地海水供應系統擴建工程。推動河川與區域排水改善工程。实施南水北调工程。",
			[]string{"南水北调|工程"}},
		// A Hong Kong reply to the Legislative Council (2025) and a Taiwan
		// labour release: re-employment (再就业) is one word of a scheme's
		// name, and the employer's verb (聘請) governs the scheme.
		{"re-employment in a scheme's name", "孫玉菡表示,香港再就業津貼試行計劃已錄得超過4.5萬名參加者。聘請再就業計畫參加者的雇主可同步參與。",
			[]string{"香港再就业津贴试行|计划"}},
		// A Macao paper's headline (2025): what a group hopes for a scheme
		// (冀) is no part of its name, and the line no plan's title.
		{"a headline hoping for a scheme", "團體冀優化澳琴情懷計劃\n\n該會表示，計劃推出後反應熱烈。", []string{"澳琴情怀|计划"}},
		// A Hsinchu council record (2023): a paragraph opening with what a
		// councillor also cares about is a clause, no works' name.
		{"a clause opening a paragraph", "徐瑜新也關心關西分駐所三期修復工程,他很感謝縣長的協助。", nil},
		// Taiwan council records (Hsinchu 2024, Taichung 2025, Taoyuan
		// 2023): local works named by the road, bridge or stream they
		// improve; not a kind of works, a headline's visit, or a name read
		// short where the segmenter cut its first word (台/一線).
		{"local works named by their site", "其中台一線替代道路新闢工程第一階段已在評選;經國大橋改善工程目前正依細部設計修正。針對美群橋改建拓寬工程,議員表示。就社子溪護岸工程質詢。推動道路拓寬工程。全面推進大石河、拒馬河等河道治理提升工程。卓揆視察彰化芬園貓羅溪改善工程。",
			[]string{"经国大桥改善|工程", "美群桥改建拓宽|工程", "社子溪护岸|工程"}},
		{"a count of groups before a count of measures", "共分5個方面22條舉措。制定三大类12条措施。", nil},
		{"a count that is not the items'", "打好传统行业整治提升、机动车污染防治、扬尘面源污染防治六大攻坚战。打好传统行业整治提升、扬尘面源污染防治六大行动。", nil},
		{"the next round of plans", "为高质量编制实施下一轮五年规划奠定基础。实施下一轮东北地区振兴战略。",
			[]string{"东北地区振兴|战略"}},
		{"campaign past a modifier", "广泛开展以除害灭病为中心的爱国卫生运动。实施国务院颁布的全面推进依法行政实施纲要。",
			[]string{"爱国卫生|运动", "全面推进依法行政实施|纲要"}},
		{"plan of a field past a modifier", "制定前瞻引领的人才发展规划。", nil},
		{"two fields past a modifier", "我们制定了一九五九年工业的生产和建设计划。", nil},
		{"class of works past a modifier", "举办大量的小型水利工程。", nil},
		{"mass campaigns", "广泛开展爱国卫生运动，开展增产节约、增收节支运动。开展群众体育运动。",
			[]string{"爱国卫生|运动", "增产节约|运动", "增收节支|运动"}},
		// A city bureau's opinion (Shenyang 2024): 聚焦 bounds a name on its
		// left as 落实 does.
		{"actions after 聚焦", "以落实条例为主线,聚焦全省个体工商户培育三年行动和沈阳全面振兴新突破三年行动,从统筹推动。",
			[]string{"全省个体工商户培育|行动", "沈阳全面振兴新突破|行动"}},
		{"two known strategies after a verb", "要实行以质取胜和市场多元化战略，提高加工深度。", []string{"以质取胜|战略", "市场多元化|战略"}},
		{"unknown item before a shared head after a verb", "要实行外贸体制和市场多元化战略。", []string{"市场多元化|战略"}},
		{"field before a compound head", "编制实施发展规划纲要。", nil},
		{"plan in title marks", "实施新一轮《\n教育振兴行动计划\n》，重点加强义务教育。", []string{"教育振兴行动|计划"}},
		// A district's draft plan put out for comment (Shanghai 2025): a
		// title line names the place's plan of a field and a period; in a
		// headline with a verb the field is no part of it.
		{"a period's plan titled on its own line", "普陀区老龄事业发展“十五五”规划(草案) 发布时间:2025-12-09\n\n广东省发展改革委组织召开省“十四五”规划中期评估会。",
			[]string{"普陀区老龄事业发展十五五|规划", "十四五|规划"}},
		// A city's special plan (Xi'an 2023) and the national reports: 对
		// of 应对 is no preposition in a title; a head word joined to
		// another noun ends a book's title (a white paper).
		{"应对 in a title", "根据《国家积极应对人口老龄化中长期规划》。发表《\n中国应对气候变化的政策与行动\n》白皮书。",
			[]string{"国家积极应对人口老龄化中长期|规划"}},
		// A news roundup of provinces' water goals (2024): a headline's
		// lenticular brackets mark a plan's title as title marks do; a
		// label or an editor's note in them names nothing.
		{"a plan in lenticular brackets", "【上海市水網建設規劃】獲批\n\n【政策解读】发布。【纠错】【责任编辑:李】",
			[]string{"上海市水网建设|规划"}},
		// A district's business plan (Fengxian 2024) and plans for paired
		// support and opening: 对 of a word (对标, 对口, 对外) is no
		// preposition; a space a title line breaks at is no part of its name.
		{"对 of a word in a title", "落实《上海市坚持对标改革  持续打造国际一流营商环境行动方案》。印发《对口支援新疆工作规划》。发布《扩大对外开放行动方案》。",
			[]string{"上海市坚持对标改革持续打造国际一流营商环境行动|方案", "对口支援新疆工作|规划", "扩大对外开放行动|方案"}},
		// A national programme's reading (2019): a plan's short title that
		// names only what is done, verbs joined by 和, names no programme;
		// one verb and its object does (促进就业).
		{"a short title of verbs joined", "印发《实施和考核方案》。制定《监测和评估方案》。印发《促进就业规划》。",
			[]string{"促进就业|规划"}},
		// A county's transport plan on a document site (2025): the title
		// line runs on into the contents and the first chapter.
		{"a period's plan run into its contents", "1、“十五五”综合交通运输发展规划目录第一章发展基础4第一节发展成就4",
			[]string{"十五五综合交通运输发展|规划"}},
		{"outline in title marks", "全面实施《国家中长期科学和技术发展规划纲要》。", []string{"国家中长期科学和技术发展规划|纲要"}},
		// A provincial action plan (Jiangsu 2025): a title may run past
		// forty runes with its years.
		{"long title with its years", "发布《江苏省深化制造业智能化改造数字化转型网络化联接三年行动计划(2025-2027年)》。",
			[]string{"江苏省深化制造业智能化改造数字化转型网络化联接行动|计划"}},
		{"law and report in title marks", "颁布实施《中华人民共和国农业法》，审议《政府工作报告》。", nil},
		{"opinion in title marks", "出台《关于加快发展养老服务业的若干意见》。", nil},
		{"clause before an action", "提出到2020年我国控制温室气体排放行动目标和政策措施。", nil},
		// A district report (2025), provincial rules, a provincial speech
		// and a Hong Kong policy address (2022).
		{"known names under a shared head word", "积极参与“揭榜挂帅”“军令状”等重点研发攻关计划，力争研发经费增长20%以上。",
			[]string{"揭榜挂帅|计划", "军令状|计划"}},
		// A Taiwan ministry's report to a legislative committee (2024,
		// shortened): quoted aims of 的 take no name from a quote beside
		// them that ends in its own head word.
		{"quoted aims of 的 in a list", "本報告以「平價優質的學前教育」、「適性發展的國民教育」、「數位學習精進計畫」等面向,提出施政重點。",
			[]string{"数位学习精进计划|计划"}},
		{"known name ending in its head word", "推动“千万工程”内涵和外延不断拓展深化。落实全球发展倡议。",
			[]string{"千万工程|工程", "全球发展倡议|倡议"}},
		{"及 inside a name", "规范民营及中小企业发展项目扶持计划的组织实施，提高专项资金使用效益。", []string{"民营及中小企业发展项目扶持|计划"}},
		{"works after a works", "葛洲坝水利枢纽工程、龙羊峡水电工程和刘家峡水电站都胜利地经受住了考验。",
			[]string{"葛洲坝水利枢纽|工程", "龙羊峡水电|工程"}},
		{"person's name before a works", "王小明工程师、李四工程都是人名。", nil},
		// 2019, 2010 and 1958 work reports.
		{"adverb between two frames", "制定并有序实施三大攻坚战三年行动方案。", []string{"三大攻坚战行动|方案"}},
		{"clause after a frame", "制定并向社会公布年度住房建设计划。提出关于一九五八年度国民经济计划的报告。", nil},
		{"second verb after a frame", "各有关部门要制定完善领军人才培养计划，进一步明确培养目标。编制完成官渡区滚动投资计划。",
			[]string{"领军人才培养|计划", "官渡区滚动投资|计划"}},
		// A province's report (Hainan 2021): after a frame that carries a
		// programme out, 优化 opens its name.
		{"optimising after a frame that carries out", "实施优化营商环境中长期行动计划。要制定优化领军人才培养计划。", []string{"优化营商环境中长期行动|计划", "领军人才培养|计划"}},
		{"促进 opens a plan's name", "制定促进中部地区崛起规划。", []string{"促进中部地区崛起|规划"}},
		// Henan's report (2020) and Zhejiang's (2022): works whose building
		// starts, and one item of a class after 等 named with the class's
		// head word; 等 inside a name stays.
		{"works started and an item of a class", "开工建设南水北调观音寺调蓄工程等一批重大水利项目。谋划实施扩中提低等重大改革。实施湿地等生态保护与恢复工程。",
			[]string{"南水北调观音寺调蓄|工程", "扩中提低|改革", "湿地等生态保护与恢复|工程"}},
		// The industry ministry's press conference (2012): the last item
		// before 等 and the count of the class the items are ends in its
		// own head word; a place's works of such a class stay none.
		{"the last named item before a counted class", "工业和信息化部相继启动了产业基地公共服务能力提升工程、中小企业服务年活动、百项技术创新推进工程等六个专项行动。推动唐山陡河水库等18个大型水利工程。",
			[]string{"产业基地公共服务能力提升|工程", "百项技术创新推进|工程"}},
		// Shanghai's business news (2025) and a science ministry page: the
		// programme a frame's relative clause describes (出台的), named
		// whole; a known one keeps its known name, and a year's plan is none.
		{"a programme after a frame's relative clause", "在今年出台的上海优化营商环境8.0版行动方案中,首次将。它和2006年开始实施的国家科技重大专项将形成合力。对去年制订的一九七九年国民经济计划作了修订。",
			[]string{"上海优化营商环境8.0版行动|方案", "国家科技重大专项|专项"}},
		// Shitai's housing measures (2025): a policy of vouchers or loans
		// is named by them, the inner head word kept.
		{"a policy of vouchers or loans", "实施购房券政策。实施人才贷政策。", []string{"购房券|政策", "人才贷|政策"}},
		// Taiwan's transport plan (2023): the body that issued a plan
		// opens its mention, no part of its name.
		{"a plan after its issuer", "依據行政院臺灣5G行動計畫，加強結合5G。依据国务院新一代人工智能发展规划，加强研发。",
			[]string{"台湾5G行动|计划", "新一代人工智能发展|规划"}},
		// Changsha's talent policy (2024): what a talent enjoys is the
		// policy of the programmes named before it.
		{"programmes whose policies are enjoyed", "引進的頂尖研發人才可以享受高精尖人才領跑工程和緊缺急需人才集聚工程相關政策。享受国家政策。",
			[]string{"高精尖人才领跑|工程", "紧缺急需人才集聚|工程"}},
		// Jiangxi's and Shandong's plans (2024): works whose building is
		// hastened or planned are named; a title saying what is to be
		// built is a document's, and a common class of works no name.
		{"works whose building is hastened", "加快建设鄱阳湖水利枢纽工程，推进赣江航道升级。規劃建設桃園航空城計畫。加快建设水利工程。印发《加快建设交通强国重大工程和重大项目（2025年版）》。",
			[]string{"鄱阳湖水利枢纽|工程", "桃园航空城|计划"}},
		// Hebei's report as the press gave it (2019): the plans the State
		// Council approves.
		{"plans approved", "党中央、国务院批复同意白洋淀生态环境治理和保护规划。国务院批复了长江三角洲区域一体化发展规划纲要。",
			[]string{"白洋淀生态环境治理和保护|规划", "长江三角洲区域一体化发展|纲要"}},
		// A written question to the Legislative Council (Hong Kong 2016).
		{"items numbered by Roman numerals in brackets", "提供三個培育計劃,即(i)網動科技創業培育計劃、(ii)生物科技創業培育計劃及(iii)科技創業培育計劃,當局是否知悉。推行（ii）項。",
			[]string{"网动科技创业培育|计划", "生物科技创业培育|计划", "科技创业培育|计划"}},
		{"schemes of Hong Kong", "推出青年參與倡議計劃，擴大「青年委員自薦計劃」。恆常化大灣區青年就業計劃；擴大指定專業界別課程資助計劃。擴大青年宿舍計劃。",
			[]string{"青年参与倡议|计划", "青年委员自荐计划|计划", "大湾区青年就业|计划", "指定专业界别课程资助|计划", "青年宿舍|计划"}},
		{"a year's plan after a scheme verb", "扩大今年投资计划。完善年度投资计划。", nil},
		{"shaped name before a weak and a strong head word", "结合省“5+4”稳进提质政策体系相关内容。建立“链长”工作机制。", []string{"5+4|体系"}},
		// Provincial reports (Shanxi 2015, Shanghai Jing'an 2023) and a commentary.
		{"a verb between a quote and a head word", "坚持“六位一体”统筹推进重点工程建设。深入开展“三拼三促”抓落实活动。“千万工程”通过重塑治理体系。",
			[]string{"三拼三促|", "千万工程|工程"}},
		// City and county reports (Chengdu 2017, Jinhua 2023).
		{"rank epithets", "把成渝地区双城经济圈建设作为“一号工程”和“头号工程”。实施“一号发展工程”。", []string{"成渝地区双城经济圈|建设"}},
		// A province's press conference (Jiangxi 2023) and a city's report
		// (2023): the field before a rank epithet names the works.
		{"rank epithets after their field", "推进做优做强数字经济“一号发展工程”新闻发布会。部署数字经济做优做强“一号发展工程”。实施营商环境优化提升“一号改革工程”。",
			[]string{"做优做强数字经济一号发展|工程", "数字经济做优做强一号发展|工程", "营商环境优化提升一号改革|工程"}},
		// City and county reports (Jiaxing 2024, Yinzhou 2024, Tianmen
		// 2022): a count of the epithets is Zhejiang's package of works
		// ranked first; a field of work in general names none, and 坚持
		// governs the field.
		{"rank epithets after a count or a field of work in general", "围绕省委三个“一号工程”。抓好经济工作“一号工程”。坚持招商引资“一号工程”和项目建设“一号任务”不动摇。",
			[]string{"一号工程|工程", "招商引资一号|工程"}},
		// A county's investment page (Pinghu 2023): the rank a field holds.
		{"rank epithet before 地位", "平湖凸显招商引资“一号工程”地位。", nil},
		{"rank epithets after a quoted field and an adverb", "聚焦“地瓜经济”提能升级“一号开放工程”。全力实施营商环境优化提升“一号改革工程”。以数字经济“一号发展工程”为牵引。深入开展项目招引建设“一号发展工程”。系统推进做优做强数字经济“一号发展工程”。",
			[]string{"地瓜经济提能升级一号开放|工程", "营商环境优化提升一号改革|工程", "数字经济一号发展|工程", "项目招引建设一号发展|工程", "做优做强数字经济一号发展|工程"}},
		// A municipal congress's survey (Chongqing 2023): the works the
		// city's committee ranks first.
		{"a committee's rank epithet", "作为全力助推市委“一号工程”的重要举措。凸顯招商引資“一號工程”。", []string{"一号工程|工程", "招商引资一号|工程"}},
		{"a new policy of a field", "出台人才发展新政策。", nil},
		{"quoted tasks after a verb and 好", "要统筹好“三个一批”和“万人助万企”。下好“一盘棋”。", []string{"三个一批|", "万人助万企|"}},
		// A county's report (Tangyin): the verbs that take up a task are
		// one word of the segmenter.
		{"quoted tasks after a verb of one word", "狠抓“三个一批”,扎实做好服务。抓好“六稳”工作。抓好“一盘棋”。抓好“四上”企业培育。做好“双语”教学工作。做好“四篇文章”。", []string{"三个一批|", "六稳|"}},
		// A Macao education release (2024) and a county's report (Yuli
		// 2025): a quote a frame governs past its modifier, a phrase with
		// 的 or a noun of its field, that ends its clause.
		{"a quote after a frame and a modifier", "於2024/2025學年推出面向初一年級學生的“愛國主義教育營”,以及舉辦研學。实施棉花“种业振兴”,建成试验站。实施面向企业的“一对一”服务。开展形式多样的“大比武”。",
			[]string{"爱国主义教育营|", "种业振兴|"}},
		{"a quote opening the text", "“种业振兴”,建成试验站。", nil},
		// A district's report (Guangzhou Huangpu 2025) and a province's
		// (Hunan 2021): the aim of a campaign, a verb and its object,
		// between the frame and the quote; how it is done (常态化) is no
		// aim, and the quote a metaphor.
		{"a quote after a frame and its aim", "接续实施稳增长“百日攻坚”,有力对冲下行压力。连续6年开展污染防治“夏季攻势”。开展常态化“经济体检”,推动政策落实。",
			[]string{"百日攻坚|", "夏季攻势|"}},
		// A provincial report (Jiangxi 2023) and a county opinion (2016).
		{"quoted counts after their fields", "出台降本增效“30条”、纾困解难“28条”、稳经济“43条”，为市场主体减负。落实“30条”。",
			[]string{"降本增效30条|条", "纾困解难28条|条", "稳经济43条|条", "30条|条"}},
		// A city's news (Tianjin 2020): a quoted count after its field
		// that is released, and a package named by its quoted aim and its
		// count.
		{"a quoted count released, and a quoted aim before a count", "天津惠企“21条”发布后,减免力度进一步升级。市委出台“应对疫情影响支持企业加快复工复产”15条政策措施。",
			[]string{"天津惠企21条|条", "应对疫情影响支持企业加快复工复产15条|条"}},
		// A county news item (Yunxiao 2025) and a Taiwan ministry release (2026).
		{"a plan's head word after a quote", "圍繞縣“1320”方案,秉持人民城市理念。農業部推動「青年農民農業經營準備金」方案。按照“好”方案执行。提出“这是我的”方案。",
			[]string{"1320|方案", "青年农民农业经营准备金|方案"}},
		// A street office's plan (Shanghai 2020) and a village report (Qinghai 2015).
		{"a method of work after a quote", "不断深化“党员三先”工作法,积极推进。村党支部采取“五步”工作法。", []string{"党员三先|工作法", "五步|工作法"}},
		// A town's summary (Guangdong 2024), a college's meeting (Zhejiang 2023) and a city's forestry plan (Baoji 2016).
		{"a quote ending in its head word before the work on it", "聚焦“百千万工程”工作。推进“双高计划”建设。引领绿色宝鸡“九大工程”建设。",
			[]string{"百千万工程|工程", "双高计划|计划", "九大工程|工程"}},
		// A township's summary (Anhui 2014) and county reports (2021): the
		// period with 规划 is the plan, after a verb or not, as “十三五”规划 is;
		// a place before it is part of its name.
		{"a period's plan without quotes", "实施十二五规划的重要一年。编制十四五规划纲要。十三五规划的收官之年。常州在江苏省十四五规划中。",
			[]string{"十二五|规划", "十四五|纲要", "十三五|规划", "江苏省十四五|规划"}},
		// A city's culture plan (2012) and a report of 2009.
		{"a frame inside a name starts its own clause", "实施十大工程即实施重点文化设施建设工程、精品创作工程。全面实施增值税转型方案。制定法治政府建设实施纲要。",
			[]string{"重点文化设施建设|工程", "精品创作|工程", "增值税转型|方案", "法治政府建设实施|纲要"}},
		// A county report (2018) and a provincial transport plan (Shanxi 2023).
		{"lines counted by 条 are no packages", "建成林蔭路11條、口袋公園16個。开通国际航线36条。出台稳经济43条措施。",
			[]string{"稳经济43条|条"}},
		// A city's tourism measures (Fuzhou 2024).
		{"a figure counted by 条 is no package", "运营车辆不少于6部、运营线路不少于3条、每日班次不少于20趟次。新增航线达到5条。出台稳经济43条措施。",
			[]string{"稳经济43条|条"}},
		// A district's party building (Xicheng 2022), a city's (Taizhou 2023), county reports (Sunan 2015, Fuzhou 2017).
		{"a code in quotes before the noun whose parts it counts", "形成“1+1+N”责任链条。落实“1+19”精准扶贫方案。出台“1+5”系列文件。构建“1+2+1”。",
			[]string{"1+19|", "精准扶贫|", "1+5|", "1+2+1|"}},
		// A provincial civil affairs summary (2023) and a county procuratorate's report.
		{"pieces of text counted by 条 are no packages", "发布老年助餐信息92条,其中省级媒体7条、市级16条,努力提高知晓率。收集群众意见建议35条,办理举报线索12条。出台稳经济43条措施。",
			[]string{"稳经济43条|条"}},
		// A county's education plan (Hunan 2017).
		{"deepening reform overall is no programme", "是“十三五”规划与全面深化改革的攻坚之年。", []string{"十三五|规划"}},
		// A state group's meeting (2025).
		// A city's plan of 2023 (Guangxi), a provincial report (Henan
		// 2020) and a town's report in traditional characters (Zhongshan
		// 2025): a quote standing alone after 推进 or 推动 is a campaign
		// pushed on; not when an unquoted item follows it with the noun of
		// work they share (2018 national report), nor, in traditional text,
		// unless it has a programme's shape (a Taiwan ministry's aims).
		// A province's water report (Hubei 2024): a verb of the dictionary
		// that begins a longer word of the segmenter is no verb.
		// A city report (Beijing 2026): a verb of the dictionary that ends
		// an action's name says what is done to its field.
		// A province's report (Hainan 2021) and the 2008 national report:
		// an action's plan after a mere verb is read as an action plan is;
		// a reform's plan is not.
		{"an action's plan after a mere verb", "全面落实自由贸易港制度集成创新行动方案。提请大会审议国务院机构改革方案。",
			[]string{"自由贸易港制度集成创新行动|方案"}},
		// A city report (Chongqing 2026): packages named by their field
		// and count after a mere verb; a count alone names none.
		{"packages named by field and count after a mere verb", "统筹推进扩消费六大工程、城建六大攻坚行动和房地产。推进十大工程。",
			[]string{"扩消费六大|工程", "城建六大攻坚|行动"}},
		{"an action named by what is done to its field", "落实绿色消费推进行动,支持汽车消费。", []string{"绿色消费推进|行动"}},
		// A provincial executive meeting (Anhui 2023), a science plan
		// (Yinchuan 2022) and a county's marine chain (2024): a quote
		// after a verb of aiming is a goal or a position, whatever head
		// word of a strategy follows it; a known programme stays one, and
		// so do the works a city's plan focuses on (Xiangtan 2021).
		{"a quote aimed at", "锚定“三地一区”战略定位。着眼“四个面向”战略。聚焦“3+2”,即五大产业。聚焦“一带一路”建设。聚焦“一六二”工程、体现“四区一地”定位。",
			[]string{"一带一路|建设", "一六二|工程"}},
		// A city's draft measures (Qingdao 2022): a campaign's plan is as
		// formal as an action's.
		{"a campaign's plan after a mere verb", "落实国家科技体制改革三年攻坚方案和青岛市规划。落实国务院机构改革方案。", []string{"国家科技体制改革攻坚|方案"}},
		// A county's report (Zhouzhi 2024): a year's campaign is aimed at.
		{"a theme year aimed at", "聚焦“高质量项目推进年”,夯实重点项目。", []string{"高质量项目推进年|"}},
		{"a verb inside a longer word", "规范化改造100处农村老旧供水工程,新增1600平方公里水土流失治理面积。", nil},
		{"a campaign pushed on", "推动“央企入桂”、“民企入桂”、“湾企入桂”,打造在全国有影响力的平台。持续推进“四水同治”,完成前坪水库建设。久久為功推進“六污同治”。",
			[]string{"央企入桂|", "民企入桂|", "湾企入桂|", "四水同治|", "六污同治|"}},
		{"a quote pushed on that is no campaign", "有序推进“城中村”、老旧小区改造。推動「公共運輸」、「運具電動化」。", nil},
		// A provincial report (Sichuan 2023): an epithet of a great work.
		{"a great work's epithet", "灌面770万亩、惠及3600万人的引大济岷\"世纪工程\"开工建设。", []string{"引大济岷|"}},
		{"epithets of a year in quotes", "今年是“十四五”规划的“收官之年”“决战决胜之年”。", []string{"十四五|规划"}},
		// A city report (Xi'an 2019).
		{"a quoted list of theme years before 活动", "以“追赶超越奋进年、营商环境提升年、招商项目落地年”活动为抓手。开展“保增长、渡难关、上水平”活动。",
			[]string{"追赶超越奋进年|活动", "营商环境提升年|活动", "招商项目落地年|活动", "保增长、渡难关、上水平|活动"}},
		// A city opinion (Binzhou 2024) and a report of 2015.
		{"a duration before 攻坚 inside a name", "全面落实制造强市三年攻坚行动,加快发展先进制造业。制定科技体制改革三年攻坚方案。",
			[]string{"制造强市攻坚|行动", "科技体制改革攻坚|方案"}},
		// A provincial report (Jilin 2015) and a city's news (Bazhong 2023).
		{"strategies named by a field's strong place", "扎实推进高教强省战略,促进转型。推动工业兴市制造强市战略转化为实效。",
			[]string{"高教强省|战略", "工业兴市制造强市|战略"}},
		// A county report (Jiangxi 2004) and a county outline (Hubei 2011).
		{"strategies of a field's farming and of a county founded on a field", "坚持城乡一体化和科教兴农战略,推动发展。坚持生态立县战略。实施质量兴农、绿色兴农战略。",
			[]string{"科教兴农|战略", "生态立县|战略", "质量兴农|战略", "绿色兴农|战略"}},
		// Procuratorates' reports (Ji'an 2008, a county 2009).
		{"a special campaign named by its aim", "开展治理商业贿赂专项工作,查办案件。深入开展查处损害群众利益职务犯罪专项工作。开展安全生产专项工作。",
			[]string{"治理商业贿赂|专项工作", "查处损害群众利益职务犯罪|专项工作"}},
		// A provincial plan (Guangdong 2025), national reports and a district plan (Jing'an 2018).
		{"a national strategy named with 国家", "实施积极应对人口老龄化国家战略,培育银发经济。实施区域协调发展国家战略。主动服务国家战略。建设创新型国家战略。",
			[]string{"积极应对人口老龄化|战略", "区域协调发展|战略"}},
		// A provincial department's work points (Zhejiang 2021), city work points (Linyi 2023) and a provincial meeting (Jiangsu 2023).
		{"actions and strategies named by a noun and what is done to it", "五是推进乡村更新行动,在建设中取得新突破。深化小微企业质量管理体系认证提升行动,推行首席质量官。推进交通枢纽建设三年行动。推进加强管理战略。",
			[]string{"乡村更新|行动", "小微企业质量管理体系认证提升|行动", "交通枢纽建设|行动"}},
		// A province's three-year action (Liaoning 2023): an adjective of
		// one rune before what is done; a strategy of a province's major
		// development is no name.
		// A city work report (Hohhot 2025) and a county's review: what is
		// to be written into a plan or a list names no plan.
		{"what is written into a plan", "推动呼和浩特都市圈纳入国家规划,让首府成为枢纽。推进3个项目列入省重点工程。推进城市更新行动。",
			[]string{"城市更新|行动"}},
		// A city health commission's work meeting (Harbin 2024): a place
		// named by what it is to become, as 健康中国行动 names the country.
		{"an action named by a quality and a place", "全面推进健康哈尔滨行动,推动中医药传承创新发展。推进健康发展行动。",
			[]string{"健康哈尔滨|行动"}},
		{"an action named by what is done anew", "推进全面振兴新突破三年行动。服务全省重大发展战略。推进新理念新思想新战略。",
			[]string{"全面振兴新突破|行动"}},
		// A county culture plan (Lufeng 2022) and a county outline (Jinxian 2016).
		{"a frame opening each item of a list", "广泛开展群众性文化活动、实施传统工艺保护振兴工程、实施乡村文化振兴工程;明确要求。是编制各级各类规划和实施全县重大工程项目的主要依据。",
			[]string{"传统工艺保护振兴|工程", "乡村文化振兴|工程"}},
		// A county's summary (Xiaoxian 2024).
		{"a number of a year's plans", "完成2024年度3个精品示范村规划,推进建设。编制一九五八年度国民经济计划。", []string{"一九五八年度国民经济|计划"}},
		// A wire report on the State Council (2026) and a Macao news headline (2023).
		{"each field's plans and a plan presented in a headline", "組織編制各領域專項規劃。\n\n李偉農介紹經濟適度多元五年規劃\n\n正文。", []string{"经济适度多元|规划"}},
		// Provincial reports (Zhejiang 2011, Anhui 2024).
		{"preferential policies are a kind", "加快制定支持企业发展优惠政策的实施细则。落实居民换购住房个人所得税优惠政策。实施中等职业教育免学费政策。",
			[]string{"中等职业教育免学费|政策"}},
		// National press conferences and a wire report (2022, 2025, 2026).
		{"counts and times that name no programme", "介绍党的十八大以来教育改革发展取得的成效。明确实施七大行动。提出6方面109项重大工程。", nil},
		// A national notice (2020) and a county's (2019).
		// A ministry's tasks (2023): a verb of doing a task well before a
		// plan of a kind, and the work plans of a task, name no programme.
		{"plans of a kind after a second verb", "支持地方结合实际做好地方规划与国家规划的有效衔接。对推进高等教育改革发展进行总体规划和全面部署。针对不同行业特点分别制定稳增长工作方案。制定农村环境连片整治示范工作方案。实施绿色消费推进行动。",
			[]string{"农村环境连片整治示范工作|方案", "绿色消费推进|行动"}},
		{"a year's work plan of a programme", "关于印发健康中国行动2020年工作计划的通知。制定乡村振兴2019年度工作计划。", nil},
		// A provincial department's notice of a national guide (Sichuan 2020).
		{"a long quote before a strong head word", "“绿色宜居村镇技术创新”“主要经济作物优质高产与产业提质增效科技创新”重点专项由科技厅受理。提出“我们要让主要经济作物优质高产与产业提质增效”。申报“主要经济作物优质高产与产业提质增效科技创新”等重点专项。",
			[]string{"绿色宜居村镇技术创新|专项", "主要经济作物优质高产与产业提质增效科技创新|专项", "主要经济作物优质高产与产业提质增效科技创新|专项"}},
		// A provincial report (Tibet 2011) and national reports.
		{"a list's tail naming the programme of its items", "继续实施文化信息资源共享、送戏下乡、送书下乡等文化惠民工程。推进京津风沙源治理、退耕还林等生态建设工程。深化电力、电信等行业管理体制改革。",
			[]string{"文化信息资源共享|工程", "送戏下乡|工程", "送书下乡|工程", "文化惠民|工程", "京津风沙源治理|工程", "退耕还林|工程"}},
		// County reports (Hengnan 2022, a Jiangxi county 2023) and a report of 2020.
		// Yuncheng's report (2024) and a Fujian county's news (2023): a
		// campaign named by its hundred days, quoted, is a name wherever it
		// stands; a goal of years (“三年上台阶”) is none.
		{"a campaign of a hundred days", "开展大气环境突出问题“百日攻坚”,完成清洁取暖改造。调研重点工程推进等“百日攻坚”情况。实现“三年上台阶”目标。",
			[]string{"百日攻坚|", "百日攻坚|"}},
		// Hong Kong's budget (2023): the name's English in brackets
		// between the quote and its head word.
		{"a name's English between a quote and its head word", "將啟動以市民為對象的「開心香港」(Happy Hong Kong)活動,聚焦本地遊。", []string{"开心香港|活动"}},
		{"a note's mark between a quote and its head word", "全面落实\"三高四新\"[1]战略定位和使命任务。实施“一地一市”⑵战略。", []string{"三高四新|战略", "一地一市|战略"}},
		{"a code of Chinese digits", "巩固“三三五”工程等改革成果。实施“一二三五”策略。拨打“三三五”。", []string{"三三五|工程", "一二三五|策略"}},
		// A wire report on the State Council (2026) and a national report.
		{"a period's outline with its years in brackets", "審議「十五五」（2026到2030年）規劃綱要草案稿。审议“十四五”(2021—2025年)规划纲要。", []string{"十五五|纲要", "十四五|纲要"}},
		{"a period's law education", "全面实施“八五”普法,加强政务公开。制定“七五”普法规划。", []string{"八五|普法", "七五普法|规划"}},
		// A county report's glossary (Jingxian 2019).
		{"the codes a glossary explains", "名词解释\n\n4.四送一服:送新发展理念、送支持政策\n\n8.双百工程:全年谋划100个项目\n\n11.三乡工程:市民下乡工程、能人回乡工程、企业兴乡工程\n\n12.增长4.5个百分点:说明。",
			[]string{"四送一服|", "双百|工程", "三乡|工程", "市民下乡|工程", "能人回乡|工程", "企业兴乡|工程"}},
		// A provincial planning history (Shandong, 1980s).
		{"plans listed by commas after 主要是", "还编制了20多个专题规划,主要是:山东省能源开发与节约规划,山东省交通运输发展规划,山东省水产品发展规划。问题主要是:资金不足,人才短缺,规划滞后。",
			[]string{"山东省能源开发与节约|规划", "山东省交通运输发展|规划", "山东省水产品发展|规划"}},
		// A report of Ningxia's deputies (2021) and the national report of 1996.
		{"a quoted period's outline with the long-range objectives", "在提请审查的“十四五”规划和2035年远景目标纲要(草案)中。“十四五”规划和2035年远景目标建议。",
			[]string{"十四五规划和2035年远景目标|纲要", "十四五|规划"}},
		// A provincial plan's explainer (Zhejiang 2018) and a city's talent news (Zhongshan 2022).
		{"this time's plan, and 结合 before a package", "本次行动计划涵盖五大领域。市委组织部副部长张远梁结合人才23条出台的背景作解读。", []string{"人才23条|条"}},
		// A district's report (Hangzhou 2024) and a province's decision
		// (Yunnan 2022): a package named by its aim of two clauses; a code
		// before a strategy's development goal is the goal.
		{"a package named by clauses, a strategy's goal", "年初第一时间出台“打赢修复战、勇夺开门红”28条政策,科学调度。省委“3815”战略发展目标的实现之年。",
			[]string{"打赢修复战、勇夺开门红28条|条"}},
		{"a quoted count alone after a verb", "全面落实“二十条”，抓好疫情防控。坚持“十条”原则。提出“三条”意见。", []string{"二十条|条"}},
		{"a campaign called 会战", "开展六大领域“项目大会战”。", []string{"项目大会战|会战"}},
		// County and city reports (Huguan 2024, Nantong 2025, Ji'an 2026,
		// Horqin Right Front 2024): a package of mechanisms, battles or
		// measures quoted and named by its count; a count of bases or of
		// hands to grip is no programme.
		// District and city reports (Shanghai 2023, Changsha 2024, Yueyang
		// 2022, Wuhan 2022): what a quote before 建设 names is built as a
		// programme; a counted code of goals, a rank, a zone and an
		// epithet of the world's or a city's are not.
		// A county's notice (Xixiang 2023) and the reports: a programme
		// named as the means of the clause's work (以…为抓手); a reform, a
		// known name and a plan of a document are read as before.
		{"a programme as the means of the work", "全县各级各部门要以奋进西乡提升行动为抓手,坚决扛牢使命。以供给侧结构性改革为主线。以经济体制改革为重点。以实施方案为准。",
			[]string{"奋进西乡提升|行动", "供给侧结构性改革|改革"}},
		// A province's plan for its state firms (Hubei 2023) and a city's
		// audit report (Wenzhou 2024): quoted campaigns, each after the
		// field it is of, share the head word of the list; a verb before
		// a quote is no field.
		{"quoted campaigns after their fields", "谋划开展国企改革“效能提升”、关键核心技术“攻坚突围”、开放合作“扩圈共赢”、国资英才“引航强基”等四大专项行动。忠实践行“八八战略”、努力打造“重要窗口”的主题主线。",
			[]string{"国企|改革", "效能提升|专项行动", "攻坚突围|专项行动", "扩圈共赢|专项行动", "引航强基|专项行动", "八八战略|战略"}},
		{"a quote built", "全面推进社区托育“宝宝屋”建设。推进“美丽家园”建设。以“数字政府·智慧岳阳”建设为统揽。推进“两个高水平”建设。推进“全国肉牛产业第一重镇”建设。推进“国家高新区”建设。加快“世界光谷”建设步伐。推动“青春之城”建设。",
			[]string{"宝宝屋|建设", "美丽家园|建设", "数字政府·智慧岳阳|建设"}},
		// The 2021 report and a city's commerce meeting (Wuhan 2025): a
		// formula of words whose development the clause promotes; one
		// that describes a team is none.
		{"words joined by a plus sign developing", "促进“互联网＋医疗健康”规范发展。大力推动“跨境电商+产业带”融合发展。组建“科学家+工程师”队伍。",
			[]string{"互联网+医疗健康|", "跨境电商+产业带|"}},
		{"a quoted count of mechanisms, battles or measures", "严格落实县委“三项机制”，为企业解决难题。不断优化經濟工作“四項機制”。坚决打好“十大攻坚战”、推进战略部署。严格落实助农增收“六大举措”，增加收入。建设“三大基地”。抓住“三大抓手”。",
			[]string{"三项机制|机制", "四项机制|机制", "十大攻坚战|攻坚战", "六大举措|举措"}},
		{"two strategies under one head word", "实施创新驱动和人才强县战略。", []string{"创新驱动|战略", "人才强县|战略"}},
		// Provincial culture measures and a notice of 2020.
		{"awards are no programmes", "对获得“文华奖”“群星奖”等国家级奖项的单位给予奖励。", nil},
		{"a book to study", "深入学习《习近平文化思想学习纲要》。", nil},
		{"kinds of document after a frame", "省政府办公厅印发关于进一步促进消费扩大内需的实施意见和行动计划的通知", nil},
		{"digit code before a modifier", "打造“510”重大科创平台体系，实施“5313”行动。拨打“12345”热线。", []string{"510|体系", "5313|行动"}},
		{"quoted names before a counted head word", "办好“菁蓉汇”、“创交会”两大平台。", []string{"菁蓉汇|平台", "创交会|平台"}},
		// The Executive Yuan's releases (2017, 2018).
		{"Taiwan's New Southbound Policy", "三、新南向,希望拓展臺灣對外經貿關係。推動新南向政策。", []string{"新南向|", "新南向|政策"}},
		{"national programme 四好农村路", "推进四好农村路高质量发展。", []string{"四好农村路|"}},
		// A city report (Ganzhou 2018) and ethnic-area texts.
		{"national regional programmes", "纵深推进赣南苏区振兴发展。支持赣南等原中央苏区振兴发展。深入实施兴边富民行动。",
			[]string{"赣南苏区振兴发展|", "赣南等原中央苏区振兴发展|", "兴边富民|行动"}},
		// 乡村全面振兴 alone is the aim the work pursues (annotated pages
		// never require it, a review read it as a goal); with a head word
		// it is the strategy.
		{"national programme 乡村全面振兴", "以实施乡村全面振兴战略为总抓手，推进乡村全面振兴。", []string{"乡村全面振兴|战略"}},
		{"code of counted words before a modifier", "加快构建“强二优三”现代产业体系，加快形成新质生产力。", []string{"强二优三|体系"}},
		// Cluster programmes of Zhejiang cities (Yinzhou 2023) and a
		// province's summary of its proposals (Hunan 2025): codes with an
		// open X, joined by ×, or before a long modifier of their works.
		{"codes with an open X, and long modifiers", "落实省“415X”先进制造业集群培育工程、市“361 ”万千亿级产业集群培育工程。大力实施“224X”先进制造业集群培育,助推经济。",
			[]string{"415X|工程", "361|工程", "224X|"}},
		// A city's report (Chongqing 2024): a system after a long modifier
		// of nouns, in double or single quotes; a fund set up after a verb
		// is no system of the quote (a county's summary, 2021).
		{"a system after a long modifier", "建设“33618”现代制造业集群体系。“聚焦‘33618’现代制造业集群体系‘提能级’。”“一区一基金”已成立智能制造产业投资基金。",
			[]string{"33618|体系", "33618|体系"}},
		{"a code joined by the times sign", "构建“4×4”现代化产业体系。推进“5313”先进制造业高质量发展工程建设。", []string{"4×4|体系", "5313|工程"}},
		// A province's feature on its rural campaign (Guizhou 2025): the
		// quoted name, read once with its head word, stands alone later,
		// and joined to its new aim by a dot; a place that names a
		// campaign (“几字弯”攻坚战, Xinhua 2025) does not echo.
		{"a quoted name repeated alone", "开启“四在农家”建设活动。贵州提出打造“四在农家·和美乡村”:“富在农家增收入”。“四在农家”的内涵发生新变。「明日大嶼」計劃推进。「明日大嶼」方面,研究推进。深入黄河“几字弯”攻坚战。系统守护“几字弯”。",
			[]string{"四在农家|活动", "四在农家·和美乡村|", "四在农家|", "明日大屿|计划", "明日大屿|", "几字弯|攻坚战"}},
		// A county's plan for villages (Longli 2018): a quote joining a
		// province's campaign to a national programme with a dot names the
		// joined campaign; a dot joining other names does not.
		{"a dotted quote holding a known programme", "结合我省正在开展的“四在农家·美丽乡村”建设等工作。以“四在农家·美丽乡村”为载体。以“夜郑州·夜购嘉年华”为载体。",
			[]string{"四在农家·美丽乡村|", "四在农家·美丽乡村|"}},
		// A Hong Kong bureau's release (2017): the scheme's launch
		// ceremony names it too.
		{"a quoted name repeated before its launch ceremony", "參與「共慶回歸顯關懷」計劃的家訪活動。主持該區的「共慶回歸顯關懷」啟動禮。出席「共慶回歸顯關懷」啟動儀式。",
			[]string{"共庆回归显关怀|计划", "共庆回归显关怀|", "共庆回归显关怀|"}},
		// A Taiwan ministry's release (2026): a scheme quoted before its
		// 方案 is named by the quote alone as the subject of a clause that
		// goes on with its copula or a date; not before a verb that may
		// modify a noun of its own.
		// A city's news of its campaign (Wuhu 2021): the quote repeated
		// before a causative verb names what brings the change about.
		{"a quoted campaign repeated before a causative verb", "人民城市建设重点项目“双百攻坚”活动正式启动。以“双百攻坚”让城市面貌焕然一新。",
			[]string{"双百攻坚|活动", "双百攻坚|"}},
		{"a quoted scheme repeated as a subject", "農業部推動「青年農民農業經營準備金」方案。「青年農民農業經營準備金」115年上半年開放申請。目前「青年農民農業經營準備金」是針對新進農民。「青年農民農業經營準備金」協調發展。",
			[]string{"青年农民农业经营准备金|方案", "青年农民农业经营准备金|", "青年农民农业经营准备金|"}},
		// A district's drafting note (Lanshan 2023), ministries' Q&A and
		// news (2022): a short name defined in brackets names the programme
		// wherever it is used later, as the short name reads, unless it
		// only says the kind of document (《行动计划》); one of no programme
		// found names none.
		{"short names defined in brackets", "制定《支持先进制造业高质量发展10条政策》(以下简称《10条政策》)。起草了《10条政策》。印发《数字乡村发展行动计划(2022-2025年)》(以下简称《行动计划》)。《行动计划》部署了重点行动。印发《关于加快发展的意见》(以下简称《意见》)。《意见》提出。审议《关于制定四川省国民经济和社会发展第十五个五年规划的建议》(以下简称《建议》)。《建议》提出。印发《新时代基础教育强师计划》(以下简称《强师计划》)。《强师计划》提出。公布《安徽省“多证合一”改革证照事项目录》(以下简称《目录》)。《目录》包括。",
			[]string{"支持先进制造业高质量发展10条|条", "10条政策|条", "数字乡村发展行动|计划", "四川省国民经济和社会发展第十五个五年规划|规划", "新时代基础教育强师|计划", "强师|计划", "多证合一|改革"}},
		// Talent notices (Shanghai 2019, Sichuan 2021): the title of the
		// rules a plan is run by names the plan.
		{"a plan named in the title of its rules", "根据《关于印发<上海市青年英才开发计划实施意见>的通知》要求。落实《國家高層次人才特殊支持計劃管理辦法》。印发《科技计划管理办法》。",
			[]string{"上海市青年英才开发|计划", "国家高层次人才特殊支持|计划"}},
		// The national nutrition plan's work of a year (2022): the title
		// of a programme's work points names the programme.
		{"a plan named in the title of its year's work", "印发《国民营养计划2022年重点工作》。印发《健康中国行动2022年工作要点》。印发《2022年工作要点》。",
			[]string{"国民营养|计划", "健康中国|行动"}},
		// A provincial hospitals' opinion (Guangdong 2022): the twin being
		// built, unquoted after 建设; a kind of place is none, and so is a
		// goal whose place follows its two prefixes (a city's plan's
		// contents line, Dazhou 2017).
		{"a place's twin after 建设", "为建设健康广东提供有力支撑。加快建设智慧城市。\n\n(四)深入实施民生工程,全力建设幸福美丽达州 21",
			[]string{"健康广东|", "民生|工程"}},
		// County outlines (Yanjin 2021): the long-range objectives' outline
		// named alone is the kind of document, no programme.
		{"the outline of long-range objectives alone", "审议远景目标纲要。", nil},
		// A provincial teachers' opinion (Jiangxi 2018): a list item that
		// names no programme is passed over.
		{"a list item naming no programme", "大力实施名师名校长领航行动、校长助理岗位培训、青年才俊锻造工程,全面加强素质。",
			[]string{"名师名校长领航|行动", "青年才俊锻造|工程"}},
		// A provincial opinion on county economies (Sichuan 2024): an item
		// longer than a name read alone, ending in the head word of the one
		// before, is one, and the list goes on past it.
		{"a long item of a list of actions after a frame", "实施县域百亿主导产业培育行动、产业园区能级提升行动、规模以上工业企业数字化转型智能化升级全覆盖行动、民营企业雁阵培育行动和“建筑强企”培育行动等。",
			[]string{"县域百亿主导产业培育|行动", "产业园区能级提升|行动", "规模以上工业企业数字化转型智能化升级全覆盖|行动", "民营企业雁阵培育|行动", "建筑强企|行动"}},
		// A county's plan (Minqing 2019) and a province's (2018): the verb of
		// winning a battle stays in the name of its action, as its
		// official name holds it.
		{"the verb of winning a battle", "关于打好脱贫攻坚战三年行动的实施方案。实施打赢蓝天保卫战三年行动计划。",
			[]string{"打好脱贫攻坚战|行动", "打赢蓝天保卫战行动|计划"}},
		// The State Council's notice on science literacy (2021), a copy
		// that writes guillemets for title marks.
		{"a title in guillemets", "回顾«全民科学素质行动计划纲要(2006—2010—2020年)»实施情况。",
			[]string{"全民科学素质行动计划|纲要"}},
		// The central opinion on pollution (2018): short fields sharing
		// the rest of the last item's name and its head word.
		{"fields sharing a name's rest", "全面实施大气、水、土壤污染防治行动计划。实施水、电、路改造工程。",
			[]string{"大气污染防治行动|计划", "水污染防治行动|计划", "土壤污染防治行动|计划"}},
		// A central document's review (blind sets): the list opening a
		// clause, then words saying it is carried out.
		{"fields sharing a name's rest, carried out", "资源有效节约,大气、水、土壤污染防治行动计划深入实施,成效明显。大气、水、土壤污染防治行动计划全面实施。",
			[]string{"大气污染防治行动|计划", "水污染防治行动|计划", "土壤污染防治行动|计划", "大气污染防治行动|计划", "水污染防治行动|计划", "土壤污染防治行动|计划"}},
		{"fields sharing a name's rest, not said to be carried out", "资源有效节约,大气、水、土壤污染防治行动计划的目标。", nil},
		// A city's ecology news (Tianjin 2022): the count of the fields
		// before the shared rest is no part of each plan's name.
		{"fields sharing a name's rest after their count", "同步编制蓝天、碧水、净土三大保卫战行动计划,明确重点。",
			[]string{"蓝天保卫战行动|计划", "碧水保卫战行动|计划", "净土保卫战行动|计划"}},
		// Hong Kong press releases (2019): a scheme as the subject of a
		// verb other than a figure's; a plan's figure is none.
		{"a scheme opening its sentence", "專業服務協進支援計劃今日邀請新一輪撥款申請。工业总产值计划完成120亿元。年度投资计划为50亿元。具体行动计划另行制定。",
			[]string{"专业服务协进支援|计划"}},
		// A provincial plan's reading (Sichuan c. 2021): a quoted
		// instruction names the strategy it carries out, without the verb
		// and its adverb.
		{"a quoted instruction to carry out a strategy", "按照“深入实施工业互联网创新发展战略”要求。",
			[]string{"工业互联网创新发展战略|战略"}},
		// A provincial master plan (Yunnan c. 2021) and a county report:
		// a strategy names its quote across 的; no other head word does.
		{"a quoted strategy before 的", "确立“生态立省、环境优先”的战略。采取主动“走出去”的战略。切实转化为“事事心中有底”的行动力。",
			[]string{"生态立省、环境优先|战略", "走出去|战略"}},
		// A county's water plan (Quanjiao 2020) and provincial plans
		// (Gansu 2021, Kunshan 2017): a place's plan of a field in its
		// period is named with the place, and the plan may be the subject
		// of a verb; a scope (全省) is no place.
		{"a place's plan of a field in its period", "总结评估全椒县“十三五”水利发展规划实施情况。印发甘肃省“十四五”科技创新规划。落实全省“十四五”水利发展规划。",
			[]string{"全椒县十三五水利发展|规划", "甘肃省十四五科技创新|规划", "十四五水利发展|规划"}},
		// A province's civil affairs notice (Hunan 2017): a verb of the
		// dictionary after the plan, which the segmenter may take for a noun.
		{"a period's plan before a verb of the dictionary", "是推动 “十三五”民政事业发展规划落实的重要抓手。", []string{"十三五民政事业发展|规划"}},
		// A talent interview (2013) and a national report: a large batch
		// is a class, no count.
		{"a large batch", "全面深化改革首先在于集聚一大批坚决拥护改革并有能力支撑改革的优秀人才。建成一大批重大工程。", nil},
		// A ministry's reply on small firms (2022): solutions are no plan.
		{"solutions", "培育推广一批数字化转型典型模式和解决方案,广泛征集一批技术力量。", nil},
		// A province's safety campaign (Shaanxi 2021): a head word of
		// four runes after a long name.
		{"a long special action", "部署在全省开展冬季安全生产大排查大整治大检查专项行动。", []string{"冬季安全生产大排查大整治大检查|专项行动"}},
		// A county's tourism rules (Huanglong 2025): the strategy of
		// development across 的.
		{"a quoted strategy of development before 的", "为贯彻落实我县“生态立县、产业富民、文旅带动、全面振兴”的发展战略,推动文旅市场高质量发展。",
			[]string{"生态立县、产业富民、文旅带动、全面振兴|发展战略"}},
		// A provincial education summary (Hebei 2021): a verb before a
		// count of reforms is no name; a field is.
		{"a verb before a counted head", "实施八项战略、深化九项改革。实施产业载体能力提升五项行动。坚持不懈狠抓三大工程。",
			[]string{"产业载体能力提升五项|行动"}},
		// A county report (Jingning 2018): the segmenter takes 大气污染 for
		// an idiom, the object of what is done.
		{"an idiom as the object of an action", "实施大气污染防治六大行动。推进大气污染防治攻坚行动。",
			[]string{"大气污染防治六大|行动", "大气污染防治攻坚|行动"}},
		{"a list's count before its head word", "统筹推进“一带一路”建设、京津冀协同发展、长江经济带发展三大战略。",
			[]string{"一带一路|战略", "京津冀协同发展|战略", "长江经济带发展|战略"}},
		// Titles of plans as city and provincial documents issue them
		// (Xinxiang 2023, Chongqing 2023): an edition in brackets and a
		// duration are no part of the name, the 行动 of 行动方案 is.
		{"title with its edition", "《新乡市建设制造强市三年行动计划（2023—2025年）》已经市政府常务会议研究通过。",
			[]string{"新乡市建设制造强市行动|计划"}},
		{"edition of years without 年", "出台《淮安市制造业智能化改造和数字化转型三年行动计划(2022-2024)》和工作要点。",
			[]string{"淮安市制造业智能化改造和数字化转型行动|计划"}},
		// A province's plan (Anhui 2024): its edition a year without 年,
		// and 有效 in its name, 有 no verb.
		{"edition of one year without 年", "2月18日,《安徽省有效投资专项行动方案(2024)》发布。",
			[]string{"安徽省有效投资专项行动|方案"}},
		// A year's plan of a body's work (the NPC Standing Committee, 2024).
		{"a year's work plan of a body", "印发《全国人大常委会2024年度监督工作计划》。", nil},
		// Qianhai's work points (2024): the State Council's plans for a new
		// area, named by its place; a plan of pay names none.
		{"plans named by their place", "落實《前海方案》《前海規劃》。落实《南沙方案》。印发《薪酬方案》《实施方案》《总体方案》。",
			[]string{"前海|方案", "前海|规划", "南沙|方案"}},
		{"outline of a place's five-year plan", "印发《广州市国民经济和社会发展第十四个五年规划和2035年远景目标纲要》。",
			[]string{"广州市国民经济和社会发展第十四个五年规划和2035年远景目标|纲要"}},
		{"a place's five-year outline, its ordinal kept", "审议《迪庆藏族自治州国民经济和社会发展第十三个五年规划纲要(草案)》。",
			[]string{"迪庆藏族自治州国民经济和社会发展第十三个五年规划|纲要"}}, // the plan whose outline it is
		{"a goal's verb before a plan", "以推动打造慢活小镇创生计划，促进地方发展。", []string{"慢活小镇创生|计划"}},
		{"a place's five-year plans without book-title marks", "神农架林区经济和社会发展第十二个五年规划纲要(2011年1月19日通过)。审议长沙市国民经济和社会发展第十个五年计划。",
			[]string{"神农架林区经济和社会发展第十二个五年规划|纲要", "长沙市国民经济和社会发展第十个五年计划|计划"}},
		// A plan named by its title keeps its one head word in the name, as
		// the outline's name keeps the plan's: 第十五个五年 alone names
		// no document (blind sets name them so, 34 entries against 13).
		{"a place's five-year plan by its title", "审议四川省国民经济和社会发展第十五个五年规划。对标国民经济和社会发展第十五个五年规划。",
			[]string{"四川省国民经济和社会发展第十五个五年规划|规划", "国民经济和社会发展第十五个五年规划|规划"}},
		// County outlines (Jinxian, Songyang 2016).
		{"a five-year plan with its years in brackets", "《进贤县国民经济和社会发展第十三个五年(2016-2020)规划纲要》(以下简称《规划纲要》)。审议国民经济和社会发展第十三个五年(2016—2020年)规划纲要。",
			[]string{"进贤县国民经济和社会发展第十三个五年规划|纲要", "国民经济和社会发展第十三个五年规划|纲要"}},
		// A district's outline (Wuxing 2021): its title line, then its
		// opening sentence naming it again. A place's name is the words
		// right before its plan, never a word of the line above.
		{"a place's outline opening a paragraph after a line", "湖州市吴兴区国民经济和社会发展第十四个五年规划和2035年远景目标纲要\n\n湖州市吴兴区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要,根据建议制定。",
			[]string{"湖州市吴兴区国民经济和社会发展第十四个五年规划和2035年远景目标|纲要", "湖州市吴兴区国民经济和社会发展第十四个五年规划和二〇三五年远景目标|纲要"}},
		{"a place's plan after a line ending in a noun", "吴兴区的规划\n\n湖州市国民经济和社会发展第十个五年计划。",
			[]string{"湖州市国民经济和社会发展第十个五年计划|计划"}},
		{"a county's five-year plan with no field", "苍山县第一个五年计划顺利完成。我国第二个五年计划。",
			[]string{"苍山县第一个五年计划|计划", "第二个五年|计划"}},
		{"the nation's five-year plan named in full", "编制中华人民共和国国民经济和社会发展第十一个五年规划纲要。审查国民经济和社会发展第十二个五年规划纲要。",
			[]string{"中华人民共和国国民经济和社会发展第十一个五年规划|纲要", "国民经济和社会发展第十二个五年规划|纲要"}},
		{"outline of the nation's five-year plan", "《中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要》",
			[]string{"中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标|纲要"}},
		// The 2021 national report and a county's outline (Lujiang
		// 2021): a Party committee's proposal for the plan names no
		// programme; the outline drafted from it does.
		{"a proposal for a five-year plan", "根据《中共中央关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》,国务院编制了纲要。根据《中共庐江县委关于制定庐江县国民经济和社会发展第十四个五年规划和2035 年远景目标的建议》,编制《庐江县国民经济和社会发展第十四个五年规划和2035 年远景目标纲要》。",
			[]string{"庐江县国民经济和社会发展第十四个五年规划和2035年远景目标|纲要"}},
		{"title line opening the text, with quotes and an edition", "庐江县\"十四五”文化和旅游发展规划(2021-2025)\n\n为推动文化和旅游发展，制定本规划。",
			[]string{"庐江县十四五文化和旅游发展|规划"}},
		{"title line with a year's update", "通知\n\n崇明区国民经济和社会发展十四五规划(2022年更新)\n\n正文。",
			[]string{"崇明区国民经济和社会发展十四五|规划"}},
		{"notice of a division of tasks", "关于印发全国深化“放管服”改革优化营商环境电视电话会议重点任务分工方案的通知",
			[]string{"放管服|改革"}},
		{"title quoting its period", "《湖南省“十四五”现代化综合交通运输体系发展规划》已经省人民政府同意。",
			[]string{"湖南省十四五现代化综合交通运输体系发展|规划"}},
		// A province's talent plan (Hubei 2023) and a city's plan for the
		// old and the young (Ankang 2024): a title quoting a code or a
		// phrase is named whole, and the quote inside too.
		{"title quoting a programme's code", "印发《湖北省战略人才力量“十百千万”行动方案》。印发《安康市“一老一小”整体解决方案》。",
			[]string{"湖北省战略人才力量十百千万行动|方案", "十百千万|方案", "安康市一老一小整体解决|方案", "一老一小|"}},
		{"a year's work plan", "通知\n\n镇政府2019年工作总结和2020年工作计划\n\n正文。", nil},
		{"headline holding its issuer and the plan's year", "《临汾市政府印发临汾市水污染防治2018年行动计划》\n\n正文。",
			[]string{"临汾市水污染防治行动|计划"}},
		{"outline whose year's digits are spaced", "审议庐江县国民经济和社会发展第十四个五年规划和二 〇 三五年远景目标纲要。",
			[]string{"庐江县国民经济和社会发展第十四个五年规划和二〇三五年远景目标|纲要"}},
		// A province's education plan (Gansu 2006): the nation's plan of a
		// field is named by its title; the national economy's by its ordinal.
		{"a field's plan of a five-year period", "根据《全国教育事业第十一个五年规划》和《国民经济和社会发展第十一个五年规划纲要》。",
			[]string{"全国教育事业第十一个五年|规划", "国民经济和社会发展第十一个五年规划|纲要"}},
		{"outline whose objectives lack 年", "公布了《江苏省国民经济和社会发展第十四个五年规划和二〇三五远景目标纲要》。",
			[]string{"江苏省国民经济和社会发展第十四个五年规划和二〇三五远景目标|纲要"}},
		// City work points (Linyi 2023).
		// A city report (Hangzhou 2019): a quoted item among them, which
		// takes the head word too.
		{"a quoted item of a list closed by its count in quotes", "全面实施拥江发展、“三化融合”、文化兴盛、改革攻坚、民生福祉、强基固本等“六大行动”,坚持发展。",
			[]string{"拥江发展|行动", "三化融合|行动", "文化兴盛|行动", "改革攻坚|行动", "民生福祉|行动", "强基固本|行动", "六大行动|行动"}},
		{"a list closed by its count and head word in quotes", "聚力守牢底线、质量赋能,实施质量强市、知识产权驱动“两个战略”,优化营商。",
			[]string{"质量强市|战略", "知识产权驱动|战略", "两个战略|战略"}},
		// A development zone's meeting (Changzhou 2023).
		{"a list of programmes after 即", "就是推进“七大行动”,即重大项目突破行动、科技创新引航行动、园区提质行动。", []string{"七大行动|行动", "重大项目突破|行动", "科技创新引航|行动", "园区提质|行动"}},
		// The health commission at a forum (2023) and a Taiwan labour
		// release (2025): 即 lists two or three joined by 和 as well; 即可
		// (may then) lists nothing.
		{"programmes after 即 joined by 和", "“三提升”,即母婴安全行动提升计划、健康儿童行动提升计划和出生缺陷防治能力提升计划;“两促进”,即生殖健康促进行动和母乳喂养促进行动。連續達六十天,即可參加支援青年就業計畫,參加計畫的求職期間。",
			[]string{"母婴安全行动提升|计划", "健康儿童行动提升|计划", "出生缺陷防治能力提升|计划", "生殖健康促进|行动", "母乳喂养促进|行动", "支援青年就业|计划"}},
		// A market regulator's press conference (2023): a quote of a count
		// that 指 defines by two actions joined by 和.
		{"two actions a quote stands for", "二是开展“两个行动”。“两个行动”指产品质量提升行动和服务质量提升行动。在产品质量方面。",
			[]string{"两个行动|行动", "两个行动|行动", "产品质量提升|行动", "服务质量提升|行动"}},
		// A county's outline as a PDF copy gives it (Gong'an 2020).
		{"the second part of a title broken over lines", "公安县国民经济和社会发展第十四个五年规划和\n\n二 〇 三五年远景目标纲要\n\n正文。",
			[]string{"公安县国民经济和社会发展第十四个五年规划|规划"}},
		// A high-tech zone's notice as a PDF copy gives it (Xinxiang 2021):
		// the title broken after the field; the plan is named across the
		// break, its name without it.
		{"a title broken after the plan's field", "关于印发新乡高新区国民经济和社会发展\n\n第十四个五年规划和二〇三五年远景目标纲要的\n\n通知\n\n正文。",
			[]string{"新乡高新区国民经济和社会发展第十四个五年规划和二〇三五年远景目标|纲要"}},
		// A county news item (Jingyuan 2016): a headline saying what is done
		// to a programme is no title; the programme in it is still read.
		{"a headline line ending in a programme", "靖远县加快推进文化惠民工程\n\n正文。",
			[]string{"文化惠民|工程"}},
		// A city's plan as a copy gives it (Linhai 2022): the issuers, the date and the title on one line.
		{"a title after a date on its line", "临海市发展和改革局 临海市科学技术局 2022年6月7日 临海市科学技术“十四五”发展规划\n\n正文。",
			[]string{"临海市科学技术十四五发展|规划"}},
		{"title lines of action plans and of plans carrying them out", "2019年5月29日\n木兰县打赢蓝天保卫战三年行动计划实施方案(2018-2020年)\n\n广元市安全生产治本攻坚三年行动方案\n\n木兰县教育改革实施方案\n正文。",
			[]string{"木兰县打赢蓝天保卫战行动计划|方案", "广元市安全生产治本攻坚行动|方案"}},
		{"title line that is a file's name, of a plan carrying out an action", "云南省茶叶产业高质量发展三年行动工作方案(2023—2025年).docx\n\n正文。\n木兰县2019年工作方案\n正文。",
			[]string{"云南省茶叶产业高质量发展行动|方案"}},
		{"the second line of a title broken in two", "庆元县国民经济和社会发展第十四个五年\n\n规划和二 〇 三五年远景目标纲要\n\n2021 年 3 月", nil},
		{"news headline of two parts is no title line", "周春米議會施政報告 推動五箭齊發縣政綱要\n\n正文。\n重 庆 市 推 动 成 渝 地 区 双 城 经 济 圈 建 设 行 动 方 案\n\n正文。",
			[]string{"五箭齐发县政|纲要", "重庆市推动成渝地区双城经济圈建设行动|方案"}},
		{"a deadline opening a title", "根据《国务院关于印发2030年前碳达峰行动方案的通知》要求。印发《2021—2025年农业发展规划》。",
			[]string{"2030年前碳达峰行动|方案", "农业发展|规划"}},
		{"title line after a bullet", "通知\n\n  • 临汾市水污染防治2018年行动计划\n\n正文。", []string{"临汾市水污染防治行动|计划"}},
		// A province's science plan as a page carries its second part (Hubei 2016).
		{"title line of a part of a plan", "湖北省科技创新“十三五”规划(下)\n\n正文。", []string{"湖北省科技创新十三五|规划"}},
		{"title with an alternative word in brackets", "印发《X县一镇(乡)一品行动方案》。", []string{"X县一镇（乡）一品行动|方案"}},
		// Northeast and Jiangsu blue-sky plans (2018–2019): the plan that
		// carries out an action plan is named by it, 计划 and all, without
		// its years, as annotators name it.
		{"title of a plan carrying out an action plan", "落实《哈尔滨市打赢蓝天保卫战三年行动计划实施方案》(哈政规〔2019〕3号)要求。",
			[]string{"哈尔滨市打赢蓝天保卫战行动计划|方案"}},
		{"title of a plan carrying out an action", "关于印发《东阳市促进残疾人就业行动实施方案(2023—2025年)》的通知",
			[]string{"东阳市促进残疾人就业行动|方案"}},
		{"title of a reform's implementing plan", "印发《教育改革实施方案》。", nil},
		// Northeast counties' plans (2022): the plan that carries out a
		// works is named by it.
		{"title of a works' implementing plan", "推进落实《国家东北黑土地保护工程实施方案(2021—2025年)》。",
			[]string{"国家东北黑土地保护工程|方案"}},
		// City plans (Jinzhong 2024, Shanwei 2023, Dalian 2022), county plans (Laiyuan 2019, Wenxian 2016) and a province's (Guizhou 2022).
		{"titles of implementing plans that carry out a named programme", "印发《晋中市推动大规模设备更新和消费品以旧换新实施方案》。印发《汕尾市碳达峰实施方案》。印发《大连市“十四五”时期“无废城市”建设实施方案》。印发《湖南省促进科技成果转移转化实施方案》。印发《四川省“十四五”现代流通体系建设实施方案》。印发《涞源县2019年“脱贫攻坚决战年”工作方案》。",
			[]string{"晋中市推动大规模设备更新和消费品以旧换新|方案", "汕尾市碳达峰|方案", "大连市十四五时期无废城市建设|方案", "湖南省促进科技成果转移转化实施|方案", "涞源县2019年脱贫攻坚决战年工作|方案"}},
		// A province's aviation plan (Hubei 2024), city and district plans
		// (Shanghai, Jing'an 2024) and a region's finance plans (Guangxi
		// 2025): an implementing plan of a field of its own is named by
		// the field, as every such title of the annotated sets is; a
		// reform's, a building's or the year's deeds' is none.
		{"titles of implementing plans of a field", "印发《通用航空装备创新应用实施方案(2024-2030年)》。印发《2025年金融惠企财政贴息政策实施方案》。印发《教育改革实施方案》。印发《2023年省列市列县列为民实事实施方案》。",
			[]string{"通用航空装备创新应用实施|方案", "金融惠企财政贴息政策实施|方案"}},
		// A city's report (Shanghai 2025): an action a sentence opens with
		// and says is launched, as one after a comma.
		{"an action launched at a sentence's start", "社会事业改革发展加快推进。基础教育扩优提质行动启动实施,高等教育深入推进。",
			[]string{"基础教育扩优提质|行动"}},
		// The same report and a Taiwan ministry's measures (2023): a known
		// or quoted loan programme ends after 款, one word with 贷; an
		// unquoted kind of loan is none.
		{"loans named whole", "持續督導公股銀行就新青安貸款執行優化措施。推出「轉型發展」專案貸款。推出創業擔保貸款。",
			[]string{"新青安|贷款", "转型发展|贷款"}},
		// A district's policies (Huangyan 2024): several policies are a
		// document of measures, no programme.
		{"several policies", "为深入贯彻落实《浙江省人民政府印发进一步推动经济高质量发展若干政策的通知》。出台支持民营经济发展若干政策。", nil},
		// A ministry's report to a legislature (Taiwan 2025): carried out
		// until a time, what follows is no programme (核貸 approves loans).
		{"carried out until a time", "莊翠雲指出，新青安貸款實施至9月底累計核貸13萬戶。", []string{"新青安|贷款"}},
		// Budget speeches and a policy address (Hong Kong 2018, 2023): a
		// blueprint in a title is a plan; one drawn as a metaphor is none,
		// a quote before it included (a county's report, 2024).
		{"blueprints", "發表《香港旅遊業發展藍圖》。公布《青年發展藍圖》。绘就发展蓝图。描绘美好蓝图。描绘“奋进争先”新蓝图。",
			[]string{"香港旅游业发展|蓝图", "青年发展|蓝图"}},
		// Hong Kong's environment bureau (2024): a road map in a title is
		// a plan, as a blueprint is.
		{"road maps", "政府日前公布《公共巴士和的士綠色轉型路線圖》。发布《氢能产业发展路线图》。明确时间表和路线图。",
			[]string{"公共巴士和的士绿色转型|路线图", "氢能产业发展|路线图"}},
		// A province's executive meeting (Shaanxi 2023): a draft for review
		// after the years in brackets is no part of the title either.
		{"a title's years and its draft", "会议审议并原则同意《陕西省大气污染治理专项行动方案(2023—2027年)(送审稿)》。",
			[]string{"陕西省大气污染治理专项行动|方案"}},
		// A Macao news item (2022): a policy whose title gives the years it
		// runs is a programme; without them, or with 关于, it is none.
		{"a policy's title with its years", "配合《澳門青年政策(2021-2030)》內的主要措施。落实《人口政策》。根据《关于完善人口政策(2021-2030)》。讨论《澳門人才發展政策(草案)》。",
			[]string{"澳门青年|政策"}},
		// A county bureau's summary (Fengyang 2024): the plan of the key
		// work of a programme is an office's plan of the year; the plan
		// that carries out the programme is named by its title.
		{"a plan of a programme's key work", "学习《凤阳县文化和旅游局2024年全面推进乡村振兴重点工作实施方案》。印发《全面实行河长制工作实施方案》。",
			[]string{"乡村振兴|", "全面实行河长制|方案"}},
		// A ministry's notice (2025): the plan's years after its head word
		// do not hide the programme its title quotes.
		{"titles of plans carrying out a quoted programme, with their years", "印发《“文艺赋美乡村”工作方案(2025—2027年)》。印发《大连市“十四五”时期“无废城市”建设实施方案（2021—2025年）》。",
			[]string{"文艺赋美乡村工作|方案", "大连市十四五时期无废城市建设|方案"}},
		// County and national plans of campaigns (Zhangjiachuan 2023, Yixing
		// 2019): a special rectification or a battle is a campaign too.
		{"titles of work plans of a rectification or a battle", "落实《全国城镇燃气安全专项整治工作方案》。印发《2019年全市打好污染防治攻坚战工作方案》。印发《教育工作方案》。",
			[]string{"全国城镇燃气安全专项整治工作|方案", "全市打好污染防治攻坚战工作|方案"}},
		// Provincial rules of funds (Shandong 2010), a provincial meeting
		// (Sichuan 2024) and a county's plan (Anning 2020): the work plan of
		// a programme of its own is named by its title; the work on a plan
		// or a quoted programme the title names, a year's work or a body's
		// are not.
		// National plans (2021, 2022): 的 and 要素 in a title in its marks;
		// a title holding another (<政府工作报告>) names none.
		{"titles holding 的 and 要素", "国务院印发了《广州南沙深化面向世界的粤港澳全面合作总体方案》。《要素市场化配置综合改革试点总体方案》已经国务院同意。印发《2025年咸安区<政府工作报告>确定的主要目标任务责任分解方案》。",
			[]string{"广州南沙深化面向世界的粤港澳全面合作总体|方案", "要素市场化配置综合改革试点总体|方案"}},
		{"titles of work plans of a programme", "《山东省农村环境连片整治示范工作方案》等有关规定。审议《以标准升级助力经济高质量发展工作方案》。《安寧市“名校英才入螳川”計劃工作方案》。印发《镇政府2020年工作方案》。",
			[]string{"山东省农村环境连片整治示范工作|方案", "以标准升级助力经济高质量发展工作|方案", "名校英才入螳川|计划"}},
		// A city's news (Jinhua 2024): a plan carrying out the work of a
		// field of its own is named as its work plan is; a year's is not.
		{"titles of plans carrying out a field's work", "一是编制了《金华市重点产业链培育工作实施方案》,明确路线图。印发《2024年重点工作实施方案》。印发《全区安全生产重点工作实施方案》。",
			[]string{"金华市重点产业链培育工作实施|方案"}},
		{"title lines of implementing plans that carry out a named programme", "温县2016年度蓝天工程实施方案\n\n正文。\n\n貴州省碳達峰實施方案\n\n正文。\n\n聊城市全面实行河长制工作实施方案\n\n做好碳达峰工作,实施碳达峰行动。",
			[]string{"温县2016年度蓝天工程|方案", "贵州省碳达峰|方案", "聊城市全面实行河长制|方案", "碳达峰|行动"}},
		// A county's and a city's news (2023, Kaohsiung): a space parts a
		// headline's phrases, and no name runs across it.
		{"headlines of two phrases", "查宏调研时强调\n\n深入实施强县工程 全面推进乡村振兴\n\n正文。\n\n聚焦淨零願景 創能計畫再突破\n\n正文。",
			[]string{"强县|工程", "乡村振兴|", "创能|计划"}},
		// News headlines (Macao 2025, Xuzhou, Hong Kong): a line that says
		// a body launches a plan is no title; the plan is read in it.
		{"headlines announcing a plan", "文化發展基金推出紀念抗戰勝利80周年資助計劃\n\n正文。\n\n徐州市啟動青年千人計劃\n\n正文。\n\n我市出台开发区高质量发展三年行动方案\n\n正文。",
			[]string{"纪念抗战胜利80周年资助|计划", "青年千人|计划", "开发区高质量发展行动|方案"}},
		{"title inside a title in ASCII marks", "根据《关于印发<科技强农机械强农促进农民增收行动方案(2022—2025年)>的通知》。",
			[]string{"科技强农机械强农促进农民增收行动|方案"}},
		{"title inside a title", "根据《浙江省人民政府办公厅关于印发〈浙江省促进残疾人就业行动方案(2022—2025年)〉的通知》精神。",
			[]string{"浙江省促进残疾人就业行动|方案"}},
		// A province's plans (Hubei, Shanxi 2017): a plan that carries out
		// a programme a title inside its own names is a mention, and so is
		// the programme; a plan breaking down a report is none.
		{"a plan carrying out the programme of a title inside it", "印发《湖北省贯彻〈中国制造2025〉行动计划》。印发《2025年咸安区<政府工作报告>确定的主要目标任务责任分解方案》。",
			[]string{"湖北省贯彻中国制造2025行动|计划", "中国制造2025|"}},
		{"action plan in title marks", "现将《重庆市推动成渝地区双城经济圈建设行动方案（2023—2027年）》印发给你们。",
			[]string{"重庆市推动成渝地区双城经济圈建设行动|方案"}},
		{"title of a notice without marks", "重庆市人民政府关于印发重庆市推动成渝地区双城经济圈建设行动方案（2023—2027年）的通知",
			[]string{"重庆市推动成渝地区双城经济圈建设行动|方案"}},
		{"notice of an opinion", "关于印发加快发展养老服务业若干意见的通知", nil},
		{"title line of a plan", "新乡市建设制造强市三年行动计划（2023—2025年）\n\n为推动制造业高质量发展，制定本行动计划。",
			[]string{"新乡市建设制造强市行动|计划"}},
		{"heading that opens with a verb", "一、总体要求\n\n实施乡村振兴战略规划\n\n制定本计划。", []string{"乡村振兴战略|规划"}},
		// The Macao policy address for 2026.
		{"a plan of its own field in title marks", "完成《2026至2030年托兒服務發展方案》。印发《XX县乡村振兴实施方案》。", []string{"托儿服务发展|方案", "XX县乡村振兴|方案"}},
		{"a ministry and its verb before a works' plan at a clause's start", "則是包括：經濟部主管辦理備援調度幹管工程計畫及降低漏水率計畫等所需經費。",
			[]string{"备援调度干管工程|计划", "降低漏水率|计划"}},
		{"a plan followed by the funds it needs", "原住民族委員會補助原住民族綜合發展基金辦理原住民保留地禁伐補償計畫所需經費23.7億元。",
			[]string{"原住民保留地禁伐补偿|计划"}},
		{"a known phrase inside a strategy's name after a mere verb", "市政府将坚持推进人才强市发展战略，广揽英才。", []string{"人才强市发展|战略"}},
		{"plans a ministry carries out in a budget", "其中包括，撥充設施改建基金辦理資安園區中長程計畫等所需經費10.4億元；數位發展部主管辦理數位創新研發計畫、軍民通用資安技術研發補助計畫等所需經費。",
			[]string{"资安园区中长程|计划", "数位创新研发|计划", "军民通用资安技术研发补助|计划"}},
		{"a works followed by a count of its sites", "2019年投资4531万元，完成农村饮水安全巩固提升工程99处。", []string{"农村饮水安全巩固提升|工程"}},
		{"a national strategy named by a phrase after a mere verb", "全县认真贯彻教育方针，坚持教育优先发展战略，深入推进改革。", []string{"教育优先发展|战略"}},
		{"a duration after 创新 before an action plan", "实施河北省科技创新三年行动计划。推进新十年规划。", []string{"河北省科技创新行动|计划"}},
		{"a plan followed by a conjunction", "這次推出生活補貼計劃只是用了100億元預算。", []string{"生活补贴|计划"}},
		{"a quoted plan with its edition", "擬訂“康復服務十年行動計劃（2026—2035年）”。", []string{"康复服务行动计划|计划"}},
		// A plan quoted whole drops its years and duration as a title
		// does (Macao 2024), the head word kept as in “追赶计划”.
		{"a quoted plan with its years and duration", "匯報“2016至2025年長者服務十年行動計劃”的執行情況。“制造强市三年行动计划”。实施“追赶计划”。",
			[]string{"长者服务行动计划|计划", "制造强市行动计划|计划", "追赶计划|计划"}},
		{"a count of actions is no part of their name", "实施13项暖民心行动。", []string{"暖民心|行动"}},
		{"plans named by no name of their own", "制定出台了16个本土化落地方案。实施一個計劃，深化一批改革。制订了一九八一和一九八二两个年度计划。编制“七五”综合计划。下达國民經濟計劃。编制本縣國民經濟和社会发展规划。实施五年计划。还编制了20多个专题规划。制定社会发展年度计划。执行“八五”计划和十年规划。",
			[]string{"八五|计划", "十年|规划"}},
		{"the document itself named by its plan's head words", "全面分析新形势新任务，特編制本規(guī)劃綱要。特制定本规划纲要。", nil},
		{"the document itself", "为推动制造业高质量发展，制定本行动计划。本方案自印发之日起施行。", nil},
		{"national plan in title marks", "《国民经济和社会发展第十三个五年规划纲要（草案）》提交大会审查。", []string{"国民经济和社会发展第十三个五年规划|纲要"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, namesAndCategories(t, tt.text))
		})
	}
}

// namesAndCategories runs the whole pipeline over text and returns each
// initiative as name|category, in order.
func namesAndCategories(t testing.TB, text string) []string {
	t.Helper()
	var got []string
	for _, in := range runPipeline(t, text) {
		got = append(got, in.Name+"|"+normalCategory(t, in.Category))
	}
	return got
}

// TestPipelineMentionText checks what the text of a mention covers: its
// name and head word, not the batch or the round that opens it nor the 工作
// after a pilot, which its name leaves out too (a ministries' notice, 2025).
func TestPipelineMentionText(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // name|category|text
	}{
		{"a batch before a pilot and its work", "组织开展第二批制造业新型技术改造城市试点工作。",
			[]string{"制造业新型技术改造城市|试点|制造业新型技术改造城市试点"}},
		{"a pilot's work after a frame", "开展文化体制改革试点工作。", []string{"文化体制改革|试点|文化体制改革试点"}},
		// The 2021 report and a county's (2023): the work done on a
		// programme names it, and is no category of it.
		{"the work of a programme", "扎实做好“六稳”工作。扎实推进乡村振兴工作。做好“五个振兴”等工作。扎实做好“六稳”“六保”工作。",
			[]string{"六稳||“六稳”", "乡村振兴||乡村振兴", "五个振兴||“五个振兴”", "六稳||“六稳”", "六保||“六保”"}},
		// A district's report (Dongcheng 2025): the round of a plan, as
		// 新一轮, is no part of its name nor of its mention.
		{"the round of a plan", "推进第二轮核心区控规三年行动计划,完成市区级年度任务200项。",
			[]string{"核心区控规行动|计划|核心区控规三年行动计划"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, in := range runPipeline(t, tt.text) {
				got = append(got, in.Name+"|"+normalCategory(t, in.Category)+"|"+in.Text)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestPipelineWithoutVerb checks, through the whole pipeline, the
// programmes read with no verb frame before them: a list closed by 等 and
// a formal plan's head word after a comma or 和, a named programme after a
// class quantifier, and a formal plan that modifies a noun of what it sets
// or funds.
func TestPipelineWithoutVerb(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // name|category
	}{
		// A district's report (Shaxian 2025): works of numbered berths,
		// the first and last joined by a dash, said to be built.
		{"works of numbered units said to be built", "沙南高速通车,沙县港区青州作业区1号-3号泊位工程建成,其他。", []string{"沙县港区青州作业区1号-3号泊位|工程"}},
		// A Tibet deputy on the report (2025): the section of the works
		// under way (林芝段) is no part of its name.
		{"works and their section", "我們積極推進G318線提質改造工程林芝段、G219墨脫至察隅段等項目建設。", []string{"G318线提质改造|工程"}},
		// The 2010 and 2015 reports: an item ending in a class noun of its
		// own (a system) takes no head word of the list's, unless the list
		// reforms or pilots it; a pilot of reforms names each item's reform.
		{"items with a class noun of their own", "继续实施农村部分计划生育家庭奖励扶助制度和西部地区少生快富工程。审慎开展农村土地征收、集体经营性建设用地入市、宅基地制度、集体产权制度等改革试点。",
			[]string{"西部地区少生快富|工程", "农村土地征收改革|试点", "集体经营性建设用地入市改革|试点", "宅基地制度改革|试点", "集体产权制度改革|试点"}},
		{"list after 和", "资金用于重点流域治理和天然林保护、退耕还林还草、防沙治沙等重点生态工程。",
			[]string{"天然林保护|工程", "退耕还林还草|工程", "防沙治沙|工程"}},
		// A Taiwan council record (2024): plans named by their region,
		// written with the first runes of its counties (宜花東, 金馬澎), and
		// by what the region is fit for (宜居宜遊).
		{"plans of Taiwan's regions", "包括宜花東發展優質慢經濟生活城鄉計畫;金馬澎的宜居宜遊樂活離島計畫等。",
			[]string{"宜花东发展优质慢经济生活城乡|计划", "宜居宜游乐活离岛|计划"}},
		// A province's water work (Sichuan 2024) and a national report: a
		// place's name opening with 向 opens no clause; verbs opening the
		// clause govern the works they say are begun, no part of its name.
		{"works built or begun after verbs", "推动向家坝北总干渠一期一步工程建成通水。加快推进引江补汉工程全面开工。制定并向社会公布年度住房建设计划。",
			[]string{"向家坝北总干渠一期一步|工程", "引江补汉|工程"}},
		// A Taiwan county magistrate's new year words (Lienchiang 2024) and
		// a national report (2003): works an item of a list of what was
		// achieved says are let or built; other items name none.
		{"works let or built as an item of a list", "陸續完成樂活體育館完工、中山國中遷校工程發包、縣府行政大樓覈定。水稻基因组精细图完成、10兆瓦高温气冷核反应堆实验工程建成、超大规模并行处理计算机研制成功等。",
			[]string{"中山国中迁校|工程", "10兆瓦高温气冷核反应堆实验|工程"}},
		// A city work report (Hohhot 2025): a clause that opens with what
		// is done to the first of its named works; the verb governs them
		// all and is no part of the first.
		{"a clause opening with what is done to named works", "建设昭乌达高架与南二环互通立交、成吉思汗大街东延伸段、金航大道等桥梁道路工程,打通断头路。",
			[]string{"昭乌达高架与南二环互通立交|工程", "成吉思汗大街东延伸段|工程", "金航大道|工程", "桥梁道路|工程"}},
		// A ministry's briefing (2021): an action that has results is
		// carried out.
		{"an action with results as the subject after a comma", "资源库建设也已批复立项,农业种质资源普查行动取得初步成效。", []string{"农业种质资源普查|行动"}},
		// A county report (Shengzhou 2014) and a national one.
		{"a works carried out as the subject after a comma", "学校建设有序推进,十万学生饮食放心工程深入实施,校园周边环境进一步改善。资金到位,农村中小学现代远程教育工程全面实施。投资增加,工业总产值计划完成。",
			[]string{"十万学生饮食放心|工程", "农村中小学现代远程教育|工程"}},
		// A ministry's briefing on water works (2025), national reports
		// (2015, 2014, 2010): works a clause says are built or put to use
		// are named, unless counted as a class or only their main part.
		{"works built or put to use as the subject", "陈敏:珠三角水资源配置工程全面通水;黄河古贤水利枢纽开工。经过多年努力,南水北调中线一期工程正式通水,惠及沿线群众。中线一期主体工程如期完工。6183座病险水库除险加固工程开工建设。",
			[]string{"珠三角水资源配置|工程", "南水北调中线|工程"}},
		// A Hualien county news item (2018): a works' phase, ordinal and
		// all, is no part of its name, and 俟 (once) opens no name.
		{"works with an ordinal phase", "蘇花改第一期工程預計於民國108年通車,同時鄉親也期盼蘇花改第二期工程能儘早完成評估,俟蘇花改第一期工程完成後無縫接軌。",
			[]string{"苏花改|工程", "苏花改|工程", "苏花改|工程"}},
		{"list opening a sentence", "南水北调、西气东输等重大工程进展顺利。", []string{"南水北调|工程", "西气东输|工程"}},
		// A summary of Hong Kong's policy address (2022): a bullet opens
		// the line, which still opens the works' name.
		{"works on a bulleted line", "填海工程\n\n- 交椅洲人工島填海工程:於2025年啟動\n• 北都區公路工程:2027年完成", []string{"交椅洲人工岛填海|工程", "北都区公路|工程"}},
		{"list read from its verb", "扎实搞好退耕还林、天然林保护等重点生态工程。", []string{"退耕还林|工程", "天然林保护|工程"}},
		// A city meeting's news (Shaoyang 2024).
		{"a list item holding a quoted name", "集中力量开展党建引领、全民参保、监管“天网”、经办提质行动。",
			[]string{"党建引领|行动", "全民参保|行动", "监管天网|行动", "经办提质|行动"}},
		// A wire report on the outline of 2026.
		// A provincial education office's news (Hebei 2019) and a county
		// report (2021): a verb of the dictionary after 、 opens a clause
		// of its own, no programme coordinated with the one before.
		{"a clause of its own verb after a programme", "对实施科教兴冀战略、深化教育体制改革等进行了全面安排部署。實施鄉村建設行動、深化農村改革。",
			[]string{"科教兴冀|战略", "乡村建设|行动"}},
		{"a list whose 等 a clause follows", "圍繞國家綜合立體交通網、新型能源體系、新型基礎設施、對外開放平台等提出23項工程。", nil},
		{"fields of a reform", "农业农村、社会事业、生态环保等领域改革取得进展。", nil},
		{"fields before special campaigns", "开展食品药品安全、产品质量等专项整治。", nil},
		{"plans before a verb", "。基础研究、应用研究、科技支撑等计划实施顺利。",
			[]string{"基础研究|计划", "应用研究|计划", "科技支撑|计划"}},
		{"verb phrase in the first item", "重点支持建设高速宽带信息网络、关键集成电路等重大高技术工程。", nil},
		{"named programme after a class quantifier", "启动一批产业基础再造工程项目。", []string{"产业基础再造|工程"}},
		{"generic class", "实施一批重大工程，启动若干重点生态工程。", nil},
		{"plan modifying a standard", "提高学生营养改善计划补助标准。", []string{"学生营养改善|计划"}},
		{"strategy modifying a goal", "开始迈向第三步战略目标。", nil},
		// Qinghai's report (2024): a list goes on after a known name and its
		// head word.
		{"a list after a known name", "统筹高原美丽乡村建设和农村人居环境整治提升行动,健全生活垃圾分类收运处置体系。",
			[]string{"美丽乡村|建设", "农村人居环境整治提升|行动"}},
		// Qinghai's report (2024): one dash joins two places in a name; two
		// set off a clause.
		{"two places joined by a dash", "实施西宁—海东都市圈一体化发展规划。实施重大工程——人才发展规划。",
			[]string{"西宁—海东都市圈一体化发展|规划"}},
		// A district's scheme (Liaoning 2024) and the 1960 report: a
		// programme in the course of which something is done.
		{"a programme before 中", "在实施全面振兴新突破三年行动中进一步保障和改善民生。在推进农村饮水安全巩固提升工程过程中。实施人才工程中的问题。",
			[]string{"全面振兴新突破|行动", "农村饮水安全巩固提升|工程"}},
		// A ministry's news (Taiwan 2025): a list of quoted measures closed
		// by their count names each, however long; long quoted tasks of a
		// plan beside a name, closed by no such count, name none.
		{"a list of measures closed by their count", "產業支持方案共有「外銷貸款優惠保證加碼」、「中小微企業多元發展貸款加碼」、「研發轉型補助」及「爭取海外訂單」等4項措施。加快“研究论证哈密至重庆特高压输电通道”“深化三峡水运新通道前期论证”“建设渝西水资源配置工程”。",
			[]string{"外销贷款优惠保证加码|", "中小微企业多元发展贷款加码|", "研发转型补助|补助", "争取海外订单|", "渝西水资源配置工程|工程"}},
		// A county's AI plan (Zhejiang 2025): a label promoted after a
		// frame and counted names its items; a count of money does not.
		{"a label counted after a frame", "推廣“數智優品”20項，形成知識庫20個。推出“开门红”5亿元。",
			[]string{"数智优品|"}},
		// Provincial and county reports (Liaoning, Shanxi 2025, a district
		// 2023): an action named with the years it runs needs no verb; the
		// verb, a lead or a set phrase before it is no part of its name,
		// nor is an action without a name.
		{"actions named with their years", "2025年是全面振兴新突破三年行动的决胜之年。省属企业提质增效、扭亏减亏三年行动深入推进。打好“散乱污”区块化综合整治提升三年行动计划收官战。超额完成高职扩招三年行动目标。紧紧围绕新一轮三年行动计划。全市三年行动取得成效。确保国有企业改革三年行动顺利收官。",
			[]string{"全面振兴新突破|行动", "省属企业提质增效、扭亏减亏|行动", "散乱污区块化综合整治提升行动|计划", "高职扩招|行动", "国有企业改革|行动"}},
		// A city's report (Taoyuan 2019) and the 1978 report: a name ends
		// in no conjunction (参与 holds 与 inside a word).
		{"a conjunction before the head word", "接續完成地下段發包和工程。改革企业管理体制和计划。推出青年參與倡議計劃。",
			[]string{"青年参与倡议|计划"}},
		// A zone's talent news (Suzhou 2025): a programme since whose
		// launch something was done.
		{"a programme before 以来", "自2007年启动科技领军人才创业工程以来，构建了体系。實施人才計畫以來。",
			[]string{"科技领军人才创业|工程"}},
		{"works named by place", "举世瞩目的长江三峡工程以及黄河小浪底水利枢纽工程正式开工。长江中上游防护林二期工程进展顺利。",
			[]string{"长江三峡|工程", "黄河小浪底水利枢纽|工程", "长江中上游防护林|工程"}},
		// A Taiwan county's report (2017) and the 1956 and 1958 reports: a
		// works named by its place may say what it does to it right before
		// 工程, and a list goes on after it; a count after 等 closes a
		// class.
		{"works of what is done to a place", "重点地区生态工程建设和长江、黄河上游天然林保护工程全面展开。針對民眾關心的太平溪流域治理工程,總經費共約一七.六八億元。流域的宿鸭湖蓄洪工程、油洺河治理工程。续建安徽梅山水库、辽宁大伙房水库、汉江下游杜家台分洪工程、华阳河蓄洪垦殖工程、唐山陡河水库等１８个大型水利工程，开始建设。",
			[]string{"天然林保护|工程", "太平溪流域治理|工程", "宿鸭湖蓄洪|工程", "油洺河治理|工程", "汉江下游杜家台分洪|工程", "华阳河蓄洪垦殖|工程"}},
		{"work named by one word", "三峡工程的截流将在今年实施。", []string{"三峡|工程"}},
		{"short name before a work", "。治本工程和治标工程并举。", nil},
		{"works of a company with its phase", "建成年炼钢300万吨的宝钢二期工程。宝钢三期扩建工程正在施工。",
			[]string{"宝钢二期|工程", "宝钢三期扩建|工程"}},
		{"places sharing one works head", "建成年产各30万吨的扬子和齐鲁乙烯工程。", []string{"扬子|工程", "齐鲁乙烯|工程"}},
		// A Yilan release (2025): a community visited before 及 is a place
		// of its own, sharing no works head word.
		{"a settlement before 及 and a works", "實地走訪頭城大溪漁港、蘇澳朝陽社區及蘇澳溪水環境工程等。", []string{"苏澳溪水环境|工程"}},
		{"works being built after a verb", "抓紧黄河小浪底水利枢纽和南水北调工程建设。",
			[]string{"黄河小浪底水利枢纽|工程", "南水北调|工程"}},
		// Henan's city report (2025): the segmenter tags the phase 一期
		// as an adverb.
		{"works of a phase tagged as an adverb", "加快推进唐河航运一期工程建设。", []string{"唐河航运|工程"}},
		{"kind of place before works", "加强城市防洪工程和海堤建设。", nil},
		// City and provincial reports (Nanjing, Sichuan, Gansu 2023–25),
		// whose places the segmenter cuts into morphemes (禄/zg 口/q,
		// 亭/ng 子口/n, 藏/j 粤/zg); grammar words so tagged (过/zg, 并/zg)
		// and a verb of one rune before the head word open no works.
		{"works of places the segmenter does not know", "有序推进禄口机场三期工程前期工作。加快推进S411公路、亭子口灌区工程(一期)等项目前期工作。推进藏粤直流工程(深圳段)。景电二期提质增效工程的建成投用。",
			[]string{"禄口机场|工程", "亭子口灌区|工程", "藏粤直流|工程", "景电二期提质增效|工程"}},
		// A region's report (Tibet 2026): a part of a total.
		{"works after 其中", "新增营造林148万亩(其中南北山绿化工程43万亩)。其中建筑安装工程投资增长。", []string{"南北山绿化|工程"}},
		// Provincial reports (Sichuan 2023 and 2026) and the 1955 report:
		// a canal the segmenter reads as common nouns (长征/n 渠/n) names
		// its works when what is built follows the facility; a facility's
		// kind before 工程 is a kind of works.
		{"works of a facility named by common nouns", "加快长征渠引水工程前期工作。建设水力枢纽工程。",
			[]string{"长征渠引水|工程"}},
		{"grammar words before works", "人民日报最近发表过太原热电站建设工程中的浪费情况。推动技术改进,并建立公共工程绿色采购指南。另外,林院长请工程会督促各部会。", nil},
		{"items of a counted programme in brackets", "实施三大工程（创新引领、集群强链、要素保障强化），推动五链（产业链、创新链）深度耦合。",
			[]string{"三大|工程", "创新引领|工程", "集群强链|工程", "要素保障强化|工程"}},
		// A province's manufacturing plan (Henan 2023): the count after a
		// verb, not a frame, names nothing by itself; its items in brackets,
		// or after a colon, as many as the count, are each a programme.
		// The 2007 report: a short aside in brackets inside an item's words.
		{"an aside inside a list's item", "全面实施低效燃煤工业锅炉（窑炉）改造、区域热电联产等重点节能工程。",
			[]string{"低效燃煤工业锅炉（窑炉）改造|工程", "区域热电联产|工程"}},
		{"items in brackets of a count after a verb", "大力推进四项工程(产业基础再造、重点链条重塑、项目投资支撑、优质企业培育)实施。",
			[]string{"产业基础再造|工程", "重点链条重塑|工程", "项目投资支撑|工程", "优质企业培育|工程"}},
		{"items after a colon, as many as the count", "实施三大工程：创新引领、集群强链、要素保障强化。推进两大行动:产业升级和要素保障强化,成效明显。",
			[]string{"创新引领|工程", "集群强链|工程", "要素保障强化|工程"}},
		{"items in brackets fewer than the count", "推进四项工程(产业基础再造、重点链条重塑)实施。", nil},
		{"brackets that do not list the count", "实施三大工程（甲乙、丙丁）。", []string{"三大|工程"}},
		{"plan's title as a subject", "新一轮全民健身行动计划进展顺利。工业总产值计划完成。", []string{"全民健身行动|计划"}},
		{"plan period in quotes after a frame", "制定实施“十四五”现代综合交通运输体系发展规划、数字经济发展规划。",
			[]string{"十四五现代综合交通运输体系发展|规划", "数字经济发展|规划"}}, // the period names the plan with its field
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, namesAndCategories(t, tt.text))
		})
	}
}

// TestPipelineKnownProgrammes checks programmes of the dictionary that are
// read without quotes or a verb frame, in simplified and traditional text,
// and the sense of the same words that is no programme.
func TestPipelineKnownProgrammes(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // name|category
	}{
		// A city's plan (Nantong 2023) and a Hong Kong budget: a known
		// programme ending in a word read only after a quote gives it as
		// its category, as one ending in its own head word does.
		{"known programmes ending in a head word", "深入打好污染防治攻坚战。向防疫抗疫基金注资。推进千万工程。",
			[]string{"污染防治攻坚战|攻坚战", "防疫抗疫基金|基金", "千万工程|工程"}},
		// Jiangsu's housing department (2025) and a Hubei county (2023):
		// the building of a known programme that names its own head word
		// leaves that head word its category.
		{"building a programme named with its head word", "要加快城市生命线安全工程建设和实战化运行。推进千万工程建设。",
			[]string{"城市生命线安全工程|工程", "千万工程|工程"}},
		// The 2010 to 2022 reports: national programmes a review found
		// missed, by the names the reports write them with.
		{"national programmes of the reports", "简政放权、放管结合、优化服务改革不断深化。将长三角区域一体化发展上升为国家战略。持续打好扶贫攻坚战。继续实施重点节能工程。实施全面两孩政策。实施三孩生育政策。推进丝绸之路经济带和21世纪海上丝绸之路建设。深入开展拥军优属、拥政爱民活动。",
			[]string{"简政放权、放管结合、优化服务|改革", "长三角区域一体化发展|", "扶贫攻坚战|攻坚战", "重点节能|工程", "全面两孩|政策", "三孩生育|政策", "丝绸之路经济带和21世纪海上丝绸之路|建设", "拥军优属、拥政爱民|活动"}},
		// Sichuan's reports (2024, 2025): the province's granary programme,
		// quoted after a goal's modifier.
		{"a province's granary programme", "2025年将持续打造新时代更高水平“天府粮仓”。", []string{"天府粮仓|"}},
		// The 2019 and 2021 reports: the special struggle against
		// organised crime, named with its head word whole.
		{"a special struggle", "持续推进扫黑除恶专项斗争。", []string{"扫黑除恶|专项斗争"}},
		// A Hubei city's forestry summary (2023, traditional characters):
		// the national tree-planting campaign of 1981, named by its phrase
		// and its head word; the trees planted are none.
		{"the national tree-planting campaign", "深入開展全民義務植樹活動完成義務植樹200余萬株。", []string{"全民义务植树|活动"}},
		// The 2007 report: the national immunisation programme and the
		// revival of the north-east's old industrial bases, named as such.
		{"national programmes of health and regions", "今年扩大国家免疫规划范围。振兴东北地区等老工业基地工作顺利展开。",
			[]string{"国家免疫规划|规划", "振兴东北地区等老工业基地|"}},
		// Jiuquan's housing measures (2023): a national land policy named
		// without a head word.
		{"a national land policy", "用足用活城乡建设用地增减挂钩、土地综合整治等重大政策。", []string{"城乡建设用地增减挂钩|"}},
		// A Hunan city's plan (Jishou 2022) and a Hubei county's report
		// (Xianfeng 2024): a province's strategy and works, named on the
		// pages of its counties without quotes or a verb frame.
		{"provincial strategies and works", "全面落实三高四新战略定位和使命任务。狠抓强县工程、“双集中”发展等九项重点工作。",
			[]string{"三高四新|战略", "强县工程|工程"}},
		// A Zhejiang county's news (Xianju 2022): the province's
		// workshops, named before a noun and after one, and a loan named
		// by them.
		{"a province's workshops", "举行金融支持“共富工坊”系列金融产品发布会。全县已建成“共富工坊”185家。发布了“共富工坊贷”。",
			[]string{"共富工坊|", "共富工坊|", "共富工坊贷|贷"}},
		// New Taipei's mayor (2024), a Hong Kong address (2017) and a
		// city's report (Zhengzhou 2024): a platform named in full in its
		// quotes, or by a numbered abbreviation of what it holds; a count
		// of platforms and a platform's rank are none.
		{"quoted platforms named in full", "倡議成立的「基北北桃合作交流平台」,例如「好日子愛心大平台」也獲得交流。已在「InnoHK創新香港研發平台」成立。形成“十中心、五平台”科研格局。建设“三平台”和“世界一流平台”。搭建项目调度“四库平台”,打造“两大平台”。",
			[]string{"基北北桃合作交流平台|平台", "好日子爱心大平台|平台", "InnoHK创新香港研发平台|平台", "四库平台|平台"}},
		// A county's farm machinery news and a grid company's report
		// (2023): a national subsidy policy, named with its head word
		// only (its funds are none), and the central SOEs' reform action.
		{"national subsidy policy and the central SOEs' reform action", "全面贯彻落实国家农机购置补贴政策。農機購置補貼政策落實。农机购置补贴资金下达。公布中央企业改革三年行动重点任务考核名单。",
			[]string{"农机购置补贴|政策", "农机购置补贴|政策", "中央企业改革三年行动|行动"}},
		// A science minister's press conference (2017): the national
		// science programmes, in both dashes a copy gives.
		{"national science programmes", "重大专项和科技创新2030-重大项目,两者在领域分布上有相关性。它和2006年开始实施的国家科技重大专项将形成系统布局。启动科技创新2030—重大项目。",
			[]string{"科技创新2030-重大项目|项目", "国家科技重大专项|专项", "科技创新2030—重大项目|项目"}},
		// A state group's meeting (2025): the national action of reform of
		// state enterprises of 2023–25, named with or without the
		// enterprises; and the party's study platform.
		{"reform of state enterprises", "2025年是国企改革深化提升行动的收官之年。当前改革深化提升行动已吹响冲锋号。深化改革深化提升工作。",
			[]string{"国企改革深化提升|行动", "改革深化提升|行动"}},
		// A city report (2025): a phrase before a count of its own is the
		// field of a package, no item of a list that shares its head word.
		{"a known phrase before a count of its own", "工业强市十大专项行动卓有成效。坚持蓝天、碧水、净土三大保卫战。",
			[]string{"蓝天|保卫战", "碧水|保卫战", "净土|保卫战"}},
		// A state grid company's conference (Fujian 2025): the national
		// energy security strategy of 2014, named by its four revolutions
		// and one cooperation, with or without quotes.
		{"energy security strategy", "践行“四个革命、一个合作”能源安全新战略。深入践行四个革命、一个合作能源安全新战略。",
			[]string{"四个革命、一个合作|", "四个革命、一个合作|"}},
		// The 2025 and 2023 national reports: the Greater Bay Area is a
		// region, a programme only with a head word (its building, its
		// plan's outline).
		{"a region named with its head word only", "提升京津冀、长三角、粤港澳大湾区等经济发展优势区域的创新能力。深入推进粤港澳大湾区建设。落实粤港澳大湾区发展规划纲要。",
			[]string{"粤港澳大湾区|建设", "粤港澳大湾区发展|纲要"}},
		// The 2023 national report and a region's (Tibet 2026): the systems
		// of river, lake and forest chiefs are systems of responsibility,
		// no programmes.
		{"systems of chiefs", "全面推行河湖长制、林长制。全面推行河长制。", nil},
		{"study platform", "线上依托学习强国平台开设微课堂,用好學習強國。", []string{"学习强国|平台", "学习强国|"}},
		// Provincial reports (Zhejiang, Shaanxi 2015): the party's mass-line
		// campaign of 2013–14, with and without 党的.
		{"the mass-line campaign", "扎实开展党的群众路线教育实践活动,坚决落实中央八项规定。巩固群众路线教育实践活动成果。",
			[]string{"党的群众路线教育实践|活动", "群众路线教育实践|活动"}},
		// Taiwan's cabinet (2025): long-term care 3.0, as 2.0 before it.
		{"long-term care by its version", "2026年長照3.0上路，包括健康促進等8目標。推動長照2.0政策。",
			[]string{"长照3.0|", "长照2.0|政策"}},
		{"talent programmes run together", "争取在引进培育千人计划万人计划专家方面取得突破。",
			[]string{"千人计划|计划", "万人计划|计划"}},
		{"traditional talent programmes", "自主申報入選的千人計劃、萬人計劃專家。", []string{"千人计划|计划", "万人计划|计划"}},
		// A provincial news item (2014) on the national science plans; the torch of a metaphor stays none.
		{"the national spark and torch plans", "其中,國家星火計劃296項、火炬計劃337項。高举改革开放的火炬。",
			[]string{"星火计划|计划", "火炬计划|计划"}},
		// A ministries' notice (2021) in traditional characters with pinyin residue.
		{"a national campaign longer than a known one", "決定聯合組織開展新一輪新能源汽車下鄉(xiāng)活動。", []string{"新能源汽车下乡|活动"}},
		// Hong Kong news (2016), a city's guide (Ezhou 2024) and a provincial notice (Henan 2025).
		{"voucher schemes and the projects of a programme", "科技券旨在鼓勵中小企使用科技服務。發放創新券。推动“赛马制”项目落地。发布“揭榜挂帅”项目榜单。",
			[]string{"科技券|券", "创新券|券", "赛马制|", "揭榜挂帅|"}},
		// AI measures of cities (Zhangzhou, Hangzhou 2024-2025): vouchers
		// named in quotes with 券, not a shop's coupons.
		{"quoted vouchers", "给予发放“算力券”支持。發放“標注券”(A类)和“模型券”。商家发放“优惠券”和“代金券”。",
			[]string{"算力券|券", "标注券|券", "模型券|券"}},
		// A county's finance report (Guanxian 2023) and a round-up of banks' products (2025).
		// A bank's release (2025): a Latin letter may stand in a loan
		// product's name (中银E贷, 税e贷).
		{"loan products with a Latin letter", "构建中银E贷、随心智贷、家装贷等消费信贷产品矩阵。推出税e贷。",
			[]string{"中银E贷|贷", "随心智贷|贷", "家装贷|贷", "税e贷|贷"}},
		// A rural bank's news (2022): one quote listing loan products,
		// each named in full, names each; a quote listing goals or
		// slogans names none.
		{"loan products listed in one quote", "推出“农易贷、乡村振兴贷、助农振兴贷”等10余种专属信贷产品。实施“人才安居计划、青年创业计划”。坚持“引、育、用、留”。提出“稳增长、促改革、惠民生”。",
			[]string{"农易贷|贷", "乡村振兴贷|贷", "助农振兴贷|贷", "人才安居计划|计划", "青年创业计划|计划"}},
		{"loan products named with 贷", "创新研发灵芝贷、樱桃贷、酥梨贷、蓝天环保贷等20余种特色信贷产品。\n\n工银科创贷(中国工商银行):依托平台。\n\n科创易贷(青岛银行):运用大数据。加大信贷投放,实现应贷尽贷。",
			[]string{"灵芝贷|贷", "樱桃贷|贷", "酥梨贷|贷", "蓝天环保贷|贷", "工银科创贷|贷", "科创易贷|贷"}},
		// A city's report on finance for firms (Yancheng 2025): lenders
		// willing and daring to lend name no product.
		{"modal verbs before 贷", "激励金融机构愿贷、敢贷,风险池总规模2亿元。建立“敢贷、愿贷、能贷、会贷”长效机制。", nil},
		// A provincial bulletin (Guizhou 2020) and city notices (Shijiazhuang 2018, Shaoyang 2024).
		{"a package titled whole and a place's twin being built", "印发《关于扶持企业复工复产促进农民工返岗就业政策二十四条》等文件。印发《国务院关于鼓励引导民间投资新36条》。为建设“健康石家莊”作出更大貢獻。加快建设“美好生活”。",
			[]string{"扶持企业复工复产促进农民工返岗就业政策二十四条|条", "鼓励引导民间投资新36条|条", "健康石家庄|"}},
		// Town summaries (2021, 2023) and a street office's (Zhongdu 2025):
		// the standard formula names the revitalisation, and consolidating
		// the gains against poverty is a task said in an ordinary phrase.
		{"masked names, a standard formula and a verb before a package", "实施XX工程,开展排查。实施xx县某某行动。巩固拓展脱贫攻坚成果同乡村振兴有效衔接。精准推送惠企政策15条,帮助申报。",
			[]string{"乡村振兴|", "惠企政策15条|条"}},
		// A street office's summary (Zhongdu 2025) and national reports.
		{"a quote describing the noun after it", "推行“一站式”服务,累计办理手续19件。扎实开展“不忘初心、牢记使命”主题教育。坚持不懈地进行“扫黄”“打非”斗争。开展“大走访大排查大整改”结合驻村工作。粉碎“四人帮”这场伟大斗争。",
			[]string{"不忘初心、牢记使命|主题教育", "扫黄|斗争", "打非|斗争", "大走访大排查大整改|"}},
		// A provincial meeting (Jiangsu 2023) and a national list (2016).
		{"the national pilot of a known programme", "大力推进交通强国建设试点和交通枢纽建设三年行动。大力推进交通强国试点。2016年中央财政支持海绵城市建设试点城市名单公示。推进海绵城市建设。",
			[]string{"交通强国建设|试点", "交通枢纽建设|行动", "交通强国|试点", "海绵城市建设|试点", "海绵城市|建设"}},
		// National notices (2017, 2021).
		{"national programmes of towns and zones, built", "为贯彻落实党中央关于推进特色小镇建设的部署。公布第二批全国特色小镇名单。公布产业转型升级示范区建设2020年度评估结果。",
			[]string{"特色小镇|建设", "产业转型升级示范区|建设"}},
		// A county's news (Pingtung 2019).
		{"Taiwan's forward-looking infrastructure in short", "縣府已在前瞻計畫爭取8000萬元。加計前瞻基礎建設計畫第5期特別預算。",
			[]string{"前瞻计划|计划", "前瞻基础建设|计划"}},
		{"provincial strategy of three runes after a verb", "全面落实强首府战略，推动高质量发展。", []string{"强首府|战略"}},
		{"strategy word without its head", "建设强省会。", nil},
		{"strategies of strength", "推进人才强省战略。以及省委省政府人才强省战略部署。建设人才强省。",
			[]string{"人才强省|战略", "人才强省|战略"}},
		{"a quoted campaign's battle", "全力打好“三城联创”攻坚战。打好科技创新攻坚战。", []string{"三城联创|攻坚战"}},
		{"Hong Kong housing scheme", "購買居者有其屋計畫(居屋)單位。", []string{"居者有其屋|计划"}},
		{"housing aim", "努力实现居者有其屋的目标。", nil},
		{"Taiwan construction plan", "推動前瞻基礎建設計畫。", []string{"前瞻基础建设|计划"}},
		{"Taiwan programmes in a list", "落實長照2.0、地方創生及5+2產業創新計畫。",
			[]string{"长照2.0|计划", "地方创生|计划", "5+2产业创新|计划"}},
		{"Macao scheme named without its head word", "完善現金分享計劃。", []string{"现金分享|计划"}},
		{"a strategy and a campaign named by quoted clauses", "全面落实省委“四化同步、城乡融合、五区共兴”发展战略。开展“弘扬四敢精神、勇当发展先锋”实践活动。坚持“创新、协调、绿色”发展理念。",
			[]string{"四化同步、城乡融合、五区共兴|战略", "弘扬四敢精神、勇当发展先锋|活动"}},
		{"a national campaign in quotes", "为持续深化拉萨市“无废城市”建设，制定本方案。", []string{"无废城市|建设"}},
		// A district's report (2024): a new district (新城区), a kind of
		// place the segmenter tags as a place name, makes no twin.
		{"a city's twin of a national campaign without quotes", "高标准推进健康扬中建设，努力为人民群众。健康扬中建设取得新进展。推进智慧城市建设和数字经济强省建设。现代化滨海大都市健康美丽新城区建设迈出坚实步伐。",
			[]string{"健康扬中|建设", "健康扬中|建设"}},
		{"two twins joined by a middle dot", "持续推进“健康青海·幸福海南”建设。", []string{"健康青海·幸福海南|建设"}},
		{"a city's twin of a national campaign", "以“健康绍兴”建设为引领。深化“清廉浙江”建设。",
			[]string{"健康绍兴|建设", "清廉浙江|建设"}},
		{"a quote of the same words that names no place", "推进“幸福生活”建设。", nil},
		{"a national fund applied to by name", "关于组织申报2024年度中央引导地方科技发展资金项目的通知",
			[]string{"中央引导地方科技发展资金|项目"}},
		{"new countryside", "新农村建设扎实推进。推进社会主义新农村建设。", []string{"新农村建设|", "社会主义新农村建设|"}},
		{"short name of a national works with its phase", "深入实施天保工程二期，森林覆盖率提高。", []string{"天保|工程"}},
		// A city work report (Hulunbuir 2023): streets counted by 条 are
		// no package, and a number of work plans names none.
		{"streets counted by 条", "打造美食特色餐饮街区4条,发放惠民消费券。", nil},
		{"a number of work plans", "分季度制定四个稳增长工作方案,推出168项措施。", nil},
		// The ministry of culture and tourism's press conference (2022).
		{"a list introduced after a frame", "各地结合实际,推出包括发放文化和旅游消费券、旅游企业促销等多种惠民措施。实施包括乡村振兴工程、产业升级工程在内的十大工程。",
			[]string{"乡村振兴|工程", "产业升级|工程"}},
		// A county's work-safety plan (2023) and a city's news (2024): the
		// issuer opens no package's name (and a count alone after it names
		// none); hard measures and support policies are measures.
		{"packages after their issuer, of hard measures and support policies", "严格落实国务院安全生产十五条硬措施、省委省政府三十五条实施意见、市委市政府五十条措施。工业倍增10条支持政策,重点突出。贯彻落实国务院安委会15条硬措施。",
			[]string{"安全生产十五条|条", "工业倍增10条|条"}},
		{"packages whose count comes before their field", "及时制定实施30条稳就业政策措施。出台8條穩增長政策措施。出台10条具体措施。制定15条支持措施。提出三条措施。提出20条具体政策举措。共制定49条针对性政策措施。",
			[]string{"30条稳就业|条", "8条稳增长|条"}},
		// A province's commerce press conference (Sichuan 2024): a quoted
		// task that draws up a plan names the plan, not the drawing up.
		{"a plan drawn up in quotes", "深入推进“组织编制产业科技人才教育一体发展规划”。", []string{"产业科技人才教育一体发展规划|规划"}},
		{"a number of items is no package", "共明确整改措施551条，整改措施2293条已完成。出台稳经济措施30条。",
			[]string{"稳经济措施30条|条"}},
		{"packages in a list, one holding a verb", "出台实施稳经济47条、助企纾困22条、民营企业参与政府投资项目13条等措施。",
			[]string{"稳经济47条|条", "助企纾困22条|条", "民营企业参与政府投资项目13条|条"}},
		{"new packages named by 新 and a count", "认真落实第九版防控方案、二十条和新十条优化措施。严格执行新“十条”措施。出台新十条。",
			[]string{"新十条|条", "新十条|条", "新十条|条"}},
		// A provincial report (Shanxi 2024): two verbs of the aim, joined
		// by 和, open the package's name.
		{"two verbs of a package's aim", "出台恢复和扩大消费32条政策措施。落实提振消费20条。",
			[]string{"恢复和扩大消费32条|条", "提振消费20条|条"}},
		{"a verb opening a package's item", "出台稳经济47条、落实企业10条。", []string{"稳经济47条|条", "企业10条|条"}},
		// A district's report (Suzhou 2023): the last of a list of figures
		// counted in 条 is a figure too.
		{"figures counted in 条", "疏浚整治河道74条、新增生态河道32条、幸福河湖50条。", nil},
		// Hong Kong papers (2017) and a city's address (Shanghai 2023): the
		// connect schemes, the individual visit scheme and the community
		// life circles are national programmes by their names.
		{"connect schemes, visits and life circles", "把債券通擴展至「南向通」。深港通開通。受惠於內地開放個人遊計劃。个人游客增加。加快建设“15分钟社区生活圈”。推进一刻钟便民生活圈建设。",
			[]string{"债券通|", "南向通|", "深港通|", "个人游|计划", "15分钟社区生活圈|", "一刻钟便民生活圈|建设"}},
		// A city's news (Taipei 2025, 2026): Taiwan counts a package's
		// measures as arrows (箭); arrows fired together, a rocket and a
		// count of arrows of finance in quotes name none.
		// Hsinchu County's reports (2020, 2022): arrows counted with their
		// measure word (五支箭, 「5支箭」); a verb before a package counted by
		// arrows is no part of its name (推動都更三箭).
		// County reports (Pingtung 2025, Hsinchu 2020): works counted as a
		// package are named in quotes by their count and the building.
		{"works counted as a package", "「十大建設」中高鐵特定區、五大社會住宅等。全面啟動「10大交通建設」。推動“两大建设”。加强“大建设”。",
			[]string{"十大建设|建设", "10大交通建设|建设", "两大建设|建设"}},
		// A province's consumption plan (Hubei 2025): a count after 至 is a
		// figure reached, no package.
		{"lines counted after 至", "“鄂港通天下”航线产品提升至30条。出台稳增长30条。",
			[]string{"稳增长30条|条"}},
		{"packages counted by arrows with 支", "各項重要政策包括五支箭、十大交通建設等基礎建設。他在任內射出「5支箭」重大建設。推動都更三箭，加速重建。第一支箭已動土。",
			[]string{"五支箭|箭", "十大交通|建设", "5支箭|箭", "都更三箭|箭"}},
		// A county's budget news (Hsinchu 2025): what a report's content
		// holds before the arrows is no field of theirs.
		{"arrows after the verb that holds them", "施政報告內容涵蓋五支箭政策、十大交通建設及高中五大方案等。",
			[]string{"五支箭|箭", "十大交通|建设"}},
		{"packages counted by arrows", "市府推動「都更三箭」政策。包括教育革新三箭，回歸教學本位。推出育兒五箭和托育政策。多箭齊發。發射火箭。一箭雙鵰。",
			[]string{"都更三箭|政策", "教育革新三箭|箭", "育儿五箭|箭"}},
		// City reports (Handan, Chengdu 2025): the national programme for
		// consumer goods is named with them; the whole programme and a
		// trade-in of another kind keep their names.
		{"the consumer goods trade-in", "落实消费品以旧换新政策。推动大规模设备更新和消费品以旧换新。开展家电以旧换新。",
			[]string{"消费品以旧换新|政策", "大规模设备更新和消费品以旧换新|", "以旧换新|"}},
		// The same county's plan: a centre of an ordinary phrase's field is
		// a building.
		{"a centre of a programme's field", "新建全民健身中心1个。实施全民健身计划。", []string{"全民健身|计划"}},
		// A news agency's report on the national plan (2025): the works of
		// the three norths by their short name.
		{"the three-norths works", "安排资金支持城市地下管网、高标准农田、三北工程等领域。", []string{"三北工程|工程"}},
		// A provincial SOE's news (Sichuan 2022) and a district's plan
		// (Yangpu 2022): the State Council's package to steady the economy,
		// with its policies.
		{"the package to steady the economy", "认真落实国务院33条稳经济一揽子政策。落实国务院稳住经济一揽子政策措施。出台各项措施。",
			[]string{"稳经济一揽子|政策", "稳住经济一揽子|政策措施"}},
		// A budget speech (Hong Kong 2021): a plan being prepared, bounded
		// on its left as one carried out.
		{"a plan being prepared", "全力推进第一个十年医院发展计划,并积极筹备第二个十年医院发展计划。积极筹备运动会。",
			[]string{"第一个十年医院发展|计划", "第二个十年医院发展|计划"}},
		// A county's plan (Tianzhu 2023) and Taiwan's education plan (2014):
		// clean heating in the north, and the twelve-year basic education,
		// which keeps its count of years.
		{"clean heating and twelve-year education", "实施北方地区清洁取暖项目。提出「穩健實施十二年國民基本教育」。",
			[]string{"北方地区清洁取暖|项目", "十二年国民基本教育|"}},
		// A province's rural opinion (Yunnan 2022): the national works for
		// high-quality grain, named by an ordinary phrase and its head word.
		{"the quality grain works", "深入推进优质粮食工程。种植优质粮食。", []string{"优质粮食|工程"}},
		// A ministry's news (2025): a quoted code's long modifier may join
		// two fields with 和 (文化和旅游消费); a quote's work, or a field
		// joined to a known programme (the 2002 report), is no modifier.
		{"a quoted code before two joined fields", "落实“百城千站”文化和旅游消费三年行动计划。推进“双减”工作和乡村振兴行动。推进“三北”防护林和防沙治沙工程。",
			[]string{"百城千站|计划", "双减|", "乡村振兴|行动", "三北|", "防沙治沙|工程"}},
		// A ministry's news in traditional characters (2025): the plan named
		// by the code, whose run goes on with what is done with the plan or
		// when, and no verb before it.
		{"a quoted code's plan that a run goes on after", "南昌市人民政府承辦的“百城千站”文化和旅遊消費行動計劃推進活動在南昌舉行。發佈了“百城千站”文化和旅遊消費行動計劃2025年具體安排。",
			[]string{"百城千站|计划", "百城千站|计划"}},
		// A city's news (Xiantao 2025) and a province's plan (Gansu 2021):
		// two phrases joined by a middle dot name a brand when its renown or
		// its kind follows; a city's aim or a belt is none.
		{"brands of two phrases", "持续打响“人间仙桃·世外桃源”文旅 IP。“交响丝路·如意甘肃”美誉度日益扩大。建设“青春之城·活力之都”。建设“诗路文化·三江两岸”文化旅游带。",
			[]string{"人间仙桃·世外桃源|", "交响丝路·如意甘肃|"}},
		// A mayor's report (Taoyuan 2023) and a cabinet's release (Taiwan
		// 2024): a quoted pass named by whom it carries is a programme; the
		// word alone is none.
		{"quoted passes", "其中包括「基北北桃通勤月票」、捷運工程進度。已有約593.3萬人次購買「TPASS行政院通勤月票」。购买“月票”。",
			[]string{"基北北桃通勤月票|月票", "TPASS行政院通勤月票|月票"}},
		// A news item on the national outline (Chongqing 2021): a quoted
		// task that builds works is named by the works.
		{"a quoted task building works", "包括“实施川渝特高压交流工程”“建设渝西水资源配置工程”“建设川渝天然气生产基地”。",
			[]string{"川渝特高压交流工程|工程", "渝西水资源配置工程|工程"}},
		// A ministry's press conference (2024): a policy restarted is
		// launched again.
		{"a policy restarted", "重啟失業保險一次性擴崗補助政策,向17萬戶企業發放9億元。", []string{"失业保险一次性扩岗补助|政策"}},
		// A province's press conference (Fujian 2023): a word that heads
		// only a quote (项目) may open a strategy's name after a mere verb.
		{"a strategy named from a word that heads a quote", "将坚持项目带动战略,抓好项目建设。坚持园区带动战略。",
			[]string{"项目带动|战略", "园区带动|战略"}},
		// A ministry's briefing (2019): 好 after a mere verb, a word of
		// its own, is no part of the name (好处 is a word).
		{"a mere verb done well", "落实好国家粮食安全战略,必须坚定。落实好处理机制。", []string{"国家粮食安全|战略"}},
		// A provincial report (Sichuan 2026): a quoted count right after
		// a package, or after one and a pause or 和, names another.
		{"quoted counts after a package", "出台稳增长“21条”“18条”等政策。出台降本增效“30条”和“28条”。制定稳经济“10条”、“12条”。",
			[]string{"稳增长21条|条", "18条|条", "降本增效30条|条", "28条|条", "稳经济10条|条", "12条|条"}},
		// A county report (Pingshan 2020) and city reports.
		{"a package named by its aim", "全面落实实体经济高质量发展55条、促进经济稳增长32条等各项政策。出台优化营商环境30条。落实推动高质量发展20条。",
			[]string{"实体经济高质量发展55条|条", "促进经济稳增长32条|条", "优化营商环境30条|条", "推动高质量发展20条|条"}},
		{"national plans and talent works by their names", "全面实施教育现代化2035。入选新世纪百千万人才工程国家级人选。",
			[]string{"教育现代化2035|", "新世纪百千万人才工程|工程"}},
		{"national education and rural programmes", "推进新工科、新医科、新农科、新文科建设。实施光伏扶贫和快递进村。",
			[]string{"新工科|建设", "新医科|建设", "新农科|建设", "新文科|建设", "光伏扶贫|", "快递进村|"}},
		{"a plan being carried out as a subject", "学生资助更加完善。农村义务教育学生营养改善计划深入实施。工业总产值计划完成。",
			[]string{"农村义务教育学生营养改善|计划"}},
		{"Taiwan grants in quotes, one long with a note in brackets",
			"補助措施包含「商業服務業智慧減碳補助」提供每案上限30萬元補助、「中小型製造業(經常僱用員工數10人以上)低碳及智慧化升級轉型個案補助」提供每家最高500萬元補助、「中小企業升級轉型新創解題輔導獎勵」等。",
			[]string{"商业服务业智慧减碳补助|补助", "中小型制造业（经常雇用员工数10人以上）低碳及智慧化升级转型个案补助|补助", "中小企业升级转型新创解题辅导奖励|奖励"}},
		// An education ministry's release (Taiwan) and the 2010 report: a
		// subsidy in quotes is one by its head word, a package counted so too.
		// A Hong Kong paper on Shenzhen's measures (2023): a bare count of
		// articles in quotes, before 措施, names the package.
		{"a quoted count of articles before 措施", "深圳出台支持工業企業技改「18條」措施。出台“十条”举措。共修订18条。",
			[]string{"18条|条", "十条|条"}},
		{"quoted subsidies", "教育部推動「大專校院學生校內住宿補貼」。2009年到期的“五缓四减三补贴”就业扶持政策延长一年。",
			[]string{"大专校院学生校内住宿补贴|补贴", "五缓四减三补贴|补贴"}},
		// Yunlin and Taoyuan news (2022, 2025): the year a scheme runs, at
		// the start of its quote, is no part of its name, unless what is
		// left is a generic scheme; an award ceremony is an event.
		{"a year opening a quote", "雲林縣勇奪全國「111年度強化社會安全網」績效考核第一名。舉辦「113年度桃園市社區規劃師駐地輔導計畫」成果展。推出「2024年度青年創業補助」。公布「2025年度資助計劃」。舉辦「114年花蓮縣社會暨學校優秀青年表揚大會」。辦理「111-116年生活圈道路交通系統建設計畫(市區道路)」。",
			[]string{"强化社会安全网|", "桃园市社区规划师驻地辅导计划|计划", "青年创业补助|补助", "2025年度资助计划|计划", "生活圈道路交通系统建设计划|计划"}},
		// A health ministry's release (Taiwan 2025): a quoted grant with its version.
		{"a quoted grant with its version", "衛福部11月上路多項新制，包含「不孕症試管嬰兒補助3.0」首胎最高可獲15萬元補助。",
			[]string{"不孕症试管婴儿补助3.0|补助"}},
		// County news (Yunlin and Pingtung 2025): a quoted grant may end
		// in 補助金, and 補助 inside it heads no name of its own that opens
		// with the quote; an allowance (津貼) names a quoted phrase too.
		{"quoted grants ending in 補助金 and 津貼", "縣府自111年度開辦「青年創業補助金」以來。115年起更加發「未滿一歲嬰幼兒營養補助金」。推出「育兒津貼」。發放補助金。開辦「青年貸款補助利息」。",
			[]string{"青年创业补助金|补助金", "未满一岁婴幼儿营养补助金|补助金", "育儿津贴|津贴"}},
		// A Macao paper (2024): a quoted brand names the scheme a noun
		// phrase describes, past 資助計劃, whose 計劃 heads it.
		// A Taichung paper (2025) and releases: a quote that a plan's head
		// word introduces, maybe with 是 or 名為, names that plan
		// (新計畫「寶貝咱的囡仔」, 子計畫是「台中愛胎萬」); after 名為 a head
		// word after 的 gives its category. 计划是“…”的 describes it.
		// A county's report (Laoting 2007) and a Macao notice: titles a
		// place is awarded are no plans; a scheme 名为 names past a long
		// description, the span reaching its head word.
		{"names given to places and schemes", "先后被命名为“中国果菜十强县”、“全国绿化模范县”、“中国珍稀毛皮动物之乡”。社會工作局現正開展一項名為「抗逆人生」的青少年服務專項資助計劃,鼓勵機構。",
			[]string{"抗逆人生|计划"}},
		{"quotes a plan's head word introduces", "明年還會推出大型新計畫「寶貝咱的囡仔」。第一個子計畫是「台中愛胎萬」，補助2萬元。推出一項名為「樂齡學習」的計畫。这个计划是“惠民”的。工程“卡脖子”问题突出。第1到5名為「標竿組」。以实际行动“守护好一江碧水”。这叫做“小事情”。",
			[]string{"宝贝咱的囡仔|计划", "台中爱胎万|计划", "乐龄学习|计划"}},
		// A district office's news (Tainan 2025): numbered proposals named by
		// the quotes after their numbers; a number of items is none.
		{"numbered plans named by quotes", "如方案1「五條港轉大人-活動體驗」以成年禮為靈感；方案2「歷食引水人培訓」則是整合資源。第2「好」是服務。在策略一「核心產業雙軸大轉型」部分,已推動。",
			[]string{"五条港转大人-活动体验|方案", "历食引水人培训|方案"}},
		// A Hong Kong release (2023): an online platform a quoted brand
		// names, inside the quoted words of a speech (『人才服務窗口』).
		{"a quoted online platform", "陳國基說:「本屆政府制定出一系列『搶人才』措施,包括去年年底成立『人才服務窗口』線上平台。」推出「樂齡通」线下平台。",
			[]string{"人才服务窗口|平台", "乐龄通|平台"}},
		// A ministry's news (2024) and a province's: 我国 and 我省 speak
		// from inside the country or the province and are no part of the
		// programme's name.
		{"a programme of our country", "深入实施我国种业振兴行动。我省乡村振兴战略深入实施。",
			[]string{"种业振兴|行动", "乡村振兴|战略"}},
		// County reports (2023, 2024): national programmes of government
		// services and of transport, known by their names, in quotes or
		// not (跨域通办 as 跨省通办 is); bare, 城市大脑 and 公交都市 also
		// describe (智慧的城市大脑).
		{"known programmes of services and transport", "扩大“跨域通办”成果。推进跨域通办。加快建设“城市大脑”。开展国家“公交都市”创建工作。打造智慧的城市大脑。",
			[]string{"跨域通办|", "跨域通办|", "城市大脑|", "公交都市|"}},
		// City reports: a strategy of strength a province or a city names
		// after itself is named with 战略, not with 建设, the building up of
		// the strength it aims at.
		{"a strategy of strength and its building", "加快推进文化强省建设。推进强省会建设。实施制造强省战略。",
			[]string{"制造强省|战略"}},
		// A state firm's chairman (2024) and the 2018 report: the national
		// strategies of strength are known by their phrase, but their
		// building is the goal.
		{"a national strategy of strength and its building", "切实担负起服务制造强国战略和维护国家能源安全的重要使命。加快制造强国建设。",
			[]string{"制造强国|战略"}},
		// The cabinet's news (Taiwan 2024) and a province's: a version
		// after the head word belongs to the programme's name
		// (新世代打詐行動綱領2.0).
		{"plans drawn up, with a version", "並在最短時間制定新世代打詐行動綱領2.0,同時建置通報網。制定营商环境优化提升行动方案3.0版。",
			[]string{"新世代打诈行动纲领2.0|纲领", "营商环境优化提升行动方案3.0版|方案"}},
		// A Macao paper (2023): Macao's cash sharing is its scheme, named
		// without its head word too.
		{"Macao's cash sharing", "提問政府會否提前發放現金分享以及再推生活消費補助。繼續實施現金分享計劃。",
			[]string{"现金分享|", "现金分享|计划"}},
		// A city's rural tourism plan (Yuxi 2023): a plan word inside an
		// action's name, before a verb, is part of that name.
		{"a plan word inside an action's name", "(一)实施乡村旅游规划引领行动\n\n规划纲要提出的目标任务全面完成。",
			[]string{"乡村旅游规划引领|行动"}},
		// The 2010 report: what is done to a name's noun stands in an
		// action's name, not in works' (中央财政安排 is who pays for the
		// works, opening the paragraph).
		{"who pays for works", "都有新的提高。\n\n\u3000\u3000中央财政安排保障性安居工程补助资金551亿元，比上年增加。",
			[]string{"保障性安居|工程"}},
		// A ministry's notice (2023): a department or an office named after
		// the programme it runs is a body, no mention of it.
		{"bodies named after a programme", "各级乡村振兴部门要加强指导。县乡村振兴领导小组办公室牵头。全面推进乡村振兴。",
			[]string{"乡村振兴|"}},
		// A province's plan (Shanxi 2018): a title's 的实施方案 leaves 的
		// and 实施 out of the plan's name.
		{"a plan's title closed by 的实施方案", "印发《山西省激发重点群体活力带动城乡居民增收的实施方案》。",
			[]string{"山西省激发重点群体活力带动城乡居民增收|方案"}},
		// A new area's rural plan (Xiong'an 2021): the title of a plan
		// that carries out a known programme, closed by 的实施方案.
		{"a plan carrying out a known programme, closed by 的实施方案", "现将《全面推进乡村振兴加快农业农村现代化的实施方案》印发给你们。",
			[]string{"全面推进乡村振兴加快农业农村现代化|方案"}},
		// A ministry's press conference (2012): a list after a frame goes
		// on past an item that names a campaign of a year.
		{"a list going on past a campaign", "相繼啟動了產業基地公共服務能力提升工程、中小企業服務年活動、技術創新推進工程。",
			[]string{"产业基地公共服务能力提升|工程", "技术创新推进|工程"}},
		// A county's news (Nantou 2024): an official and what he does is a
		// clause, no works' name.
		{"an official hearing of works", "隨後,許縣長到中寮鄉公所五樓大禮堂聽取工程簡報。", nil},
		{"quoted brands of subsidy schemes", "旅遊局2024年度的「周遊列澳」社區旅遊資助計劃、「味歷澳門」美食推廣資助計劃和「濱海遊樂」海上旅遊資助計劃,將由7月31日起接受申請。為「12項關鍵戰略」制訂行動計畫。以“三个强化”推动专项行动。",
			[]string{"周游列澳|计划", "味历澳门|计划", "滨海游乐|计划", "12项关键战略|战略"}},
		{"a grant of a programme is the programme", "落实新农合补助，发放“专精特新”奖励。", []string{"新农合|", "专精特新|"}},
		{"quoted plans ending in 方案", "勞動部推動「投資青年就業方案」,已有效降低青年失業率。他说“这是一个好方案”。",
			[]string{"投资青年就业方案|方案"}},
		// The cabinet's release (Taiwan 2025) and a council's page: a
		// short quoted name before 方案 or 政策 names a plan or policy, but
		// no generic word or count does.
		// Taiwan's net-zero pathway (2022) and a Kaohsiung county head's
		// report (2009): a blueprint quoted names a plan, as a title of
		// one does; a county's own blueprint is no name.
		{"quoted blueprints", "我國於2022年3月正式公布「2050淨零排放政策路徑藍圖」,提供淨零軌跡。提出八大希望工程,作為「縣政藍圖」。",
			[]string{"2050净零排放政策路径蓝图|蓝图", "八大希望|工程"}},
		{"short quoted plans", "行政院已經核定2026年「好孕3方案」。「新農業政策」施政亮點。落实“三项政策”。",
			[]string{"好孕3方案|方案", "新农业政策|政策"}},
		{"Hong Kong allowances in quotes", "中学可将现行的「高中課程支援津貼」转为聘请教师。", []string{"高中课程支援津贴|津贴"}},
		// A Hong Kong release (2024) and a provincial plan (Liaoning 2023): a
		// version after the head word is part of a quoted name, and the head
		// word before it gives the category; a title's name drops it, as it
		// drops the edition.
		{"versions after the head word", "已申請「樓宇更新大行動2.0」的業主。印发《数字辽宁发展规划2.0版》。",
			[]string{"楼宇更新大行动2.0|行动", "数字辽宁发展|规划"}},
		{"a Taiwan plan by its full name", "规划推动长期照顾十年计划2.0。", []string{"长期照顾十年计划2.0|计划"}},
		{"the pilot of a works", "开展山水林田湖草生态保护修复工程试点。", []string{"山水林田湖草生态保护修复|工程"}},
		// A ministry's list of pilots (2013) and a province's report
		// (2024): a national pilot named by its field needs no frame.
		{"a national pilot named by its field", "公布2013年度国家智慧城市试点名单。推进国家盐碱地综合利用试点首年任务。开展国家智慧城市2014年试点申报工作。争取国家试点。作为国家联系试点。成为国家信息消费试点城市。列入国家重点研发计划试点。成为国家首批试点。",
			[]string{"国家智慧城市|试点", "国家盐碱地综合利用|试点", "国家智慧城市|试点"}},
		// Ministries' pilots (2021-2023 news): a pilot named by its field
		// after a frame, with the work of it; a reform piloted keeps 改革.
		{"a pilot named by its field after a frame", "组织开展中小企业数字化转型城市试点工作。开展人力资源服务业与制造业融合发展试点工作。实施农村集体产权制度改革试点。开展试点工作。开展综合改革试点。开展2017年制造业与互联网融合发展试点。",
			[]string{"中小企业数字化转型城市|试点", "人力资源服务业与制造业融合发展|试点", "农村集体产权制度改革|试点", "制造业与互联网融合发展|试点"}},
		// Ministries' and provinces' lists of pilots (2019, 2020): a batch
		// names the pilot as 国家 does, a list of pilot places names the
		// pilot, and the batch is no part of a name.
		{"pilots of a batch and lists of pilot places", "公布全省24个社区入选首批未来社区试点创建名单。印发《关于公布国家数字乡村试点地区名单的通知》。开展第一批学前融合教育试点。成为国家信息消费试点城市。入选首批全省绿色低碳高质量发展先行区建设试点。",
			[]string{"未来社区|试点", "国家数字乡村|试点", "学前融合教育|试点"}},
		// City measures (2021, 2023): a policy tailored to each firm is a
		// way of working, no programme.
		{"a policy for each firm", "实行“一企一策”政策。推行“一企一策”。", nil},
		// A county's youth league report (2023): after a verb that is no
		// frame, the items' head word followed by their count.
		{"a list closed by its head word and then its count", "通过打造青春铸魂、青春强基、青春圆梦、青春建功工程四个升级版,为全县贡献力量。打造产业、人才工程两个平台。",
			[]string{"青春铸魂|工程", "青春强基|工程", "青春圆梦|工程", "青春建功|工程"}},
		// Northeast counties' plans (2022): a national strategy whose name
		// is a list of two slogans.
		{"a strategy named by two slogans", "深入实施藏粮于地、藏粮于技战略,以保障粮食产能。深入实施“藏粮于地、藏粮于技”战略。",
			[]string{"藏粮于地、藏粮于技|战略", "藏粮于地、藏粮于技|战略"}},
		// A Hong Kong budget speech (2010): a plan period written with a dot.
		{"a plan period with a dot", "國家「十二•五」規劃確定支持香港。", []string{"十二五|规划"}},
		// A Hong Kong policy address (2020): a pilot scheme named by its
		// kind alone names none.
		{"a pilot scheme by its kind alone", "政府將推出先導計劃,資助非政府機構。推出支援長者及照顧者先導計劃。", []string{"支援长者及照顾者先导|计划"}},
		// Hong Kong's Finance Committee papers and budget speeches (2006,
		// 2023): a scheme of vouchers keeps its 券.
		{"schemes of vouchers", "推行一項學前教育學券計劃。推出電子消費券計劃。", []string{"学前教育学券|计划", "电子消费券|计划"}},
		// A Macao news page (2022): a scheme whose name lists whom it
		// serves, quoted or titled.
		// A Taichung budget's news (2021): the facilities a scheme
		// doubles, two runes each, are listed in its quoted name.
		{"a scheme naming what it provides", "市長上任後積極推動「公托、公幼、親子館倍增計畫」,明年預計達到17間親子館。",
			[]string{"公托、公幼、亲子馆倍增计划|计划"}},
		// A Taiwan county's report (Chiayi 2025) and a Macao fund (2024):
		// parts or dates counted alike before a pause are a modifier of
		// the quoted scheme's name, which names it whole; a scheme read
		// from inside a quote that names nothing is none.
		{"a quoted scheme naming parts or dates counted alike", "「亞創一、二館空間改造計畫」獲行政院支持。推出「慶國慶75周年、回歸25周年文化活動資助計劃」。加強「強基礎、提質量、創品牌計畫」。",
			[]string{"亚创一、二馆空间改造计划|计划", "庆国庆75周年、回归25周年文化活动资助计划|计划"}},
		{"schemes naming whom they serve", "新一輪《僱員、自由職業者及商號經營者援助款項計劃》、優化《帶津培訓計劃》。推出「長者、殘疾人士交通優惠計劃」。繼早前的「美容院、按摩院及派對房間資助計劃」後。",
			[]string{"雇员、自由职业者及商号经营者援助款项|计划", "带津培训|计划", "长者、残疾人士交通优惠计划|计划", "美容院、按摩院及派对房间资助计划|计划"}},
		// A county's news (Hsinchu 2025): public works counted as a package
		// by their field; works of zones or a goal are none.
		{"public works counted by their field", "著手規劃新竹縣十大交通建設。推进六大片区建设。纵深推进全国统一大市场建设。推进五大建设。",
			[]string{"十大交通|建设"}},
		// A city's news (Chiayi 2025): a grant named by the quoted work it
		// funds; a short quote before a grant is a field, no name.
		{"a grant after a quote", "民眾可先申請內政部「危險及老舊建築物結構安全性能評估」補助。提供「青年創業」補助。",
			[]string{"危险及老旧建筑物结构安全性能评估|补助"}},
		// A Hong Kong news page (2025): a voucher misspelt with 劵.
		{"vouchers misspelt", "增加1000張「長者院舍照顧服務劵」。", []string{"长者院舍照顾服务劵|劵"}},
		{"a scheme under its subhead", "財務委員會討論項目\n\n分目179綜合社會保障援助計劃\n\n正文。", []string{"综合社会保障援助|计划"}},
		// A province's plan (Shanxi 2023) and work reports: the pilot of a
		// reform after a verb that is no frame.
		{"a reform's pilot after a verb", "持续深化能源革命综合改革试点,完善双控。推进公立医院改革试点。深化改革试点工作。推进农村综合改革试点县建设。",
			[]string{"能源革命综合改革|试点", "公立医院改革|试点"}},
		// A ministry's plan for universities (2024): the works of a
		// reform's pilot is named by both.
		{"the works of a reform's pilot", "实施两大工程——实施高等教育综合改革试点工程,以数字化促进转型。",
			[]string{"高等教育综合改革试点|工程"}},
		// A university's and a hospital's news (2025): a known aim the
		// nation's strategy is named by, with no frame before it.
		{"the nation's strategy of a known aim", "主动对接教育强国国家战略,深化改革。在积极应对人口老龄化国家战略指引下,推动发展。服务京津冀协同发展国家战略。",
			[]string{"教育强国|战略", "积极应对人口老龄化|战略", "京津冀协同发展|战略"}},
		// A university's news (2024): the education works named by the
		// aim it serves, which alone is a task (立德树人根本任务).
		{"works named by a known aim", "对落实立德树人工程进行了部署。落实立德树人根本任务。", []string{"立德树人|工程"}},
		{"national ban on fishing", "长江十年禁渔取得阶段性成效。严格落实重点水域“十年禁渔”,开展放流。", []string{"长江十年禁渔|", "十年禁渔|"}},
		// City measures and reports (2019-2024): programmes whose names
		// travel, quoted or not; a quoted code coordinated with one is one.
		{"programmes whose names travel", "支持“高升规”“小升规”,对首次升规企业给予奖励。实现规上工业企业“智改数转”全覆盖。“港澳药械通”新增获批药品2个。开展“携手奔小康”定点帮扶工作。",
			[]string{"高升规|", "小升规|", "智改数转|", "港澳药械通|", "携手奔小康|"}},
		// Ministry news and reports (2014-2025): national programmes known
		// by name, quoted or not, in lists or after a mere verb; a
		// cross-border scheme of hours is a policy only with its head word.
		{"national programmes known by name", "“港车北上”“澳车北上”等便捷举措加快实施。组织开展“购在中国”系列活动。深化东西部协作、定点帮扶。连续25年开展国家助学贷款服务。加强240小时过境免签政策同互免签证联动。聚焦奋战“百千万”。",
			[]string{"港车北上|", "澳车北上|", "购在中国|系列活动", "东西部协作|", "国家助学贷款|", "240小时过境免签|政策", "百千万|"}},
		// Reports (2022, 2024): a tax refund policy and the principle of
		// one country, two systems are named by their phrase with a head
		// word; alone they say what is done or held to (the annotated
		// pages never require them bare).
		{"known phrases named with their head word", "大规模实施留抵退税,支持企业。落实增值税留抵退税政策。坚持一国两制,推进和平统一。",
			[]string{"留抵退税|政策"}},
		// A banner's report (Horqin Right Front 2024) and a county's: the
		// pairings of east-west cooperation are known by name.
		{"east-west pairings known by name", "京蒙帮扶和中央单位定点帮扶成效显著。深化闽宁协作,推进对口援疆。",
			[]string{"京蒙帮扶|", "闽宁协作|", "对口援疆|"}},
		{"known programmes of Hong Kong, Macao and Taiwan", "聚焦橫琴「澳門新街坊」及相關學校建設進度。已有593萬人次購買TPASS。",
			[]string{"澳门新街坊|", "TPASS|"}},
		{"funds, vouchers and homes of Hong Kong and Taiwan known by name", "政府在防疫抗疫基金下推出措施。創新及科技基金資助項目。推出綠置居和白居二。發放振興三倍券。",
			[]string{"防疫抗疫基金|基金", "创新及科技基金|基金", "绿置居|", "白居二|", "振兴三倍券|券"}},
		// Hong Kong's policy addresses (2023, 2022): a strategy in title
		// marks is a plan, as a plan there is; the Community Care Fund is
		// known by name.
		{"Hong Kong's strategies in titles and its care fund", "以及制訂《香港氫能發展策略》。公布《北部都會區發展策略》。把關愛基金下長者的照顧者津貼恆常化。",
			[]string{"香港氢能发展|策略", "北部都会区发展|策略", "关爱基金|基金"}},
		// A Chiayi release (2025): the triple voucher by its short name.
		{"Taiwan's vouchers by their short names", "依據國發會預估三倍券每1元預算可創造實質GDP最高1.99元。",
			[]string{"三倍券|券"}},
		// A county's education plan (Eshan 2022): a place's own version of
		// a known programme, named by its title.
		{"a place's version of a known programme titled", "根据《玉溪教育现代化 2035》《峨山教育现代化 2035》等文件。落实教育现代化2035。",
			[]string{"玉溪教育现代化2035|", "峨山教育现代化2035|", "教育现代化2035|"}},
		// Provincial reports (2023, 2024): classes of projects a text
		// restricts are no programmes.
		{"classes of projects restricted", "坚决遏制“两高”项目盲目发展。淘汰“两高一低”项目。", nil},
		// A province's news and a city's notice (2024, 2025): quotes that
		// list factors of a class, or the services handled as one matter.
		{"quoted factors and matters", "推动“人地钱技”等要素在城乡间自由流动。推行“企业员工入职”“高校毕业生就业”一件事打包办。推广“直补快办”做法。",
			[]string{"直补快办|"}},
		// A Taiwan premier's remarks (2025): a known programme holding a
		// count of works is named whole with its head word.
		{"a known programme holding a count", "包括三一一億元的AI新十大建設計畫。推動十大建設計畫。",
			[]string{"AI新十大建设|计划", "十大建设|计划"}},
		// Taiwan cities' news (2023-2025): welfare schemes of the cities
		// and the nation, known by name across their pages.
		{"welfare schemes of Taiwan known by name", "擴大了好孕專車、育兒津貼、敬老愛心卡使用範圍,也拍板生生喝鮮乳於明年上路。配合0到6歲國家一起養政策,托育補助已提高。",
			[]string{"好孕专车|", "敬老爱心卡|", "生生喝鲜乳|", "0到6岁国家一起养|政策"}},
		{"national campaigns known by name", "深入开展爱国卫生运动。推进文化润疆。学习运用“千村示范、万村整治”工程经验。",
			[]string{"爱国卫生|运动", "文化润疆|", "千村示范、万村整治|工程"}},
		// A county's report (Miaoli 2025): an office renamed is no plan.
		{"an office renamed", "今年工務處更名為「交通工務處」,能有效整合交通建設。課程名為「樂齡學習」。",
			[]string{"乐龄学习|"}},
		// A ministry's plan, a province's plan and a district's report
		// (2015, 2021, 2023): a problem, an era, a law, head words alone, a
		// goal's projects and a head word alone after a verb name nothing;
		// a known programme titled keeps its marks.
		{"problems, eras, laws and head words alone", "扎实推进\"中梗阻\"等问题专项整治。深刻把握“互联网+”时代大融合趋势。參據「花東地區發展條例」及「花東地區永續發展策略計畫」內涵。发布《广东省国民经济和社会发展第十四个五年规划和2035年远景目标纲要》(以下简称“规划纲要”)。涉及教育强省项目、健康广东项目。全面支撑《中国制造2025》实施。",
			[]string{"花东地区永续发展策略计划|计划", "广东省国民经济和社会发展第十四个五年规划和2035年远景目标|纲要", "中国制造2025|"}},
		{"Taiwan's shuttle brand and research grants", "署長指示推動台灣好行。透過地方型SBIR計畫,協助地方產業。",
			[]string{"台湾好行|", "地方型SBIR|计划"}},
		// A Matsu county's new year words (2024) and a Kinmen magistrate's
		// record (2024): the cross-strait mini three links.
		// A county's rural works (Wangjiang 2023) and a national report
		// (2011): the grants and awards of one matter, one discussion.
		{"the one-matter grants for villages", "望江縣2023年農村公益事業一事一議財政獎補項目已全部完工。全面实施村级公益事业建设一事一议财政奖补。",
			[]string{"一事一议财政奖补|项目", "一事一议财政奖补|"}},
		// A city's education plan (Tianjin 2024): a programme's version
		// inside its unquoted name, before the head word; a figure's
		// decimal point joins no name.
		{"a version inside an unquoted name", "持续推进基础教育优质资源辐射引领2.0工程。实施数字乡村2.0行动。增长2.5%,实施城市更新行动。",
			[]string{"基础教育优质资源辐射引领2.0|工程", "数字乡村2.0|行动", "城市更新|行动"}},
		// A province's report (Liaoning 2026): a slogan that a verb ending
		// its clause follows is its subject, no modifier of a noun.
		{"a slogan before a verb ending its clause", "坚持“双碳”引领,加快绿色低碳转型发展。以厚植“双创”沃土、赋能发展。",
			[]string{"双碳|"}},
		// A region's civil affairs news (Ningxia 2025): the two subsidies
		// for the disabled, a national programme.
		{"the two subsidies for the disabled", "稳步提高城乡低保、孤儿养育津贴和残疾人两项补贴标准。", []string{"残疾人两项补贴|"}},
		{"the mini three links", "兩岸小三通恢復正常航班。陳上任後首個重要舉措是重啟小三通。", []string{"小三通|", "小三通|"}},
		// County reports (2024, 2025): cutting taxes and fees is a line of
		// policy, named only as the policy.
		{"cutting taxes and fees", "减税降费公平普惠、高效直达。新增减税降费超过1万亿元。支持减税降费政策落实。",
			[]string{"减税降费|政策"}},
		// A city's proposals for its plan (Chengdu 2025): quoted campaigns
		// opening a clause that says they are carried out.
		{"quoted campaigns carried out", "经济总量跨过6个千亿级台阶。“立园满园”“进解优促”纵深推进,产业体系加快构建。“主引擎”作用凸显。",
			[]string{"立园满园|", "进解优促|"}},
		// A Taiwan mayor's report (Taoyuan 2023): a special project (專案)
		// is a programme's head word; a task force (專案小組, 专案组) is none.
		{"special projects of Taiwan", "工地五大安全措施、「靜桃專案」、「靜鄰專案」、盤點改善。成立「關稅應變專案小組」。成立专案组,开展调查。",
			[]string{"静桃专案|专案", "静邻专案|专案"}},
		// A city's press conference (Chongqing 2024): the western land-sea
		// corridor is a national strategy, in a list of them or built.
		{"the western land-sea corridor", "成渝地区双城经济圈、西部陆海新通道等国家战略关乎区域协作。我关注西部陆海新通道建设。",
			[]string{"成渝地区双城经济圈|", "西部陆海新通道|", "西部陆海新通道|建设"}},
		// A regional news report (Xinjiang 2019): the region's village
		// campaign by its short name, quoted; its work team is a body, and
		// venues of activities are places.
		{"the village campaign of Xinjiang", "“访惠聚”驻村工作启动以来,干部驻村。“访惠聚”工作队队长陈亮。依托“乡村文化大舞台”“文化大院”等活动阵地。",
			[]string{"访惠聚|", "访惠聚|"}},
		// Township reports on the rural living environment (2022): the
		// national campaign of clean villages, in either order, with its
		// head word; the bare phrase says what is done.
		// Guizhou's campaign of farm homes (Zunyi 2025, Xining 2021): joined
		// to another campaign by a dot, standing alone or before the
		// building of new villages.
		// Gansu's news on science (2024) and a city's (Wuwei 2024): the
		// province's actions of strength are named by their field with
		// their head word, after a mere verb or an issuer; the field alone
		// names none.
		// Taiwan releases (Executive Yuan, labour ministry 2025) and a Macao
		// one (2017): measures quoted in full and a programme quoted with
		// its version; measures of a kind are not named so.
		// Hong Kong policy addresses (2023, 2025) and a Macao release
		// (2017): a quote in 『』 inside a name in 「」 is part of it.
		// County news and a city report (2021, 2024): a quote before the
		// aim of its work or building names an aim; a programme quoted with
		// its head word stays one.
		// A district's report (Zhanjiang 2025): the requirements and the
		// line of thought of a quote's work are no programme; a known
		// programme's work is, 工作 being no category of it.
		{"the requirements of a quote's work", "按照市委“四个抓”工作要求和区委“四大牵引”工作思路,围绕目标。落实“双减”工作要求。",
			[]string{"双减|"}},
		// A city's release (Keelung 2025): a policy pushed that a quote
		// names; a quote merely before 政策 after another verb is none.
		// Every quote right before 政策 on the annotated pages names the
		// policy, pushed or not (南沙區「青出於南」政策, 符合「乾淨家園」政策).
		{"a quoted policy, pushed or not", "為持續推動「乾淨家園」政策，自115年元月起。符合「乾淨家園」政策。南沙區「青出於南」政策為大學生提供住宿。",
			[]string{"乾净家园|政策", "乾净家园|政策", "青出于南|政策"}},
		{"the works a law lists", "组织实施本条例所列工程。实施本法所定计划。实施派出所建设工程。", []string{"派出所建设|工程"}},
		// Heilongjiang's report (2023) and the 2021 work report: the
		// numbered models of national projects; a rig numbered in Arabic
		// digits is named in an accident (“渤海2号”翻沉事故).
		{"numbered models in quotes", "中国一重“国和一号”核反应堆压力容器全部自主化设计。“天问一号”成功着陆。吸取“渤海2号”翻沉事故的教训。",
			[]string{"国和一号|", "天问一号|"}},
		// Macao's elderly services plan (2025), Taiwan's education ministry
		// (2024) and a county's release (Hualien 2025): the plan of a time to come
		// or of a year's work names no programme; 未来产业 is a field.
		{"plans of a time", "匯報執行情況及下一階段行動計劃的籌備工作進展。提出當前施政重點與未來規劃。輔導社區執行55案農村再生年度執行計畫。开展未来产业科技园建设试点。",
			[]string{"未来产业科技园建设|试点"}},
		// Ganzhou's report (2024): a quote listing packages named by their
		// counts names each; a quote of phrases stays none.
		{"packages listed in one quote", "全力推进“三大战略、八大行动”。提出“稳增长、促改革”。", []string{"三大战略|战略", "八大行动|行动"}},
		// Hong Kong's budget and policy address (2025): events held are no
		// programmes.
		{"events in quotes", "並舉辦「香港全球金融與產業合作峰會」。推出「香港好物節」。", nil},
		// The Chief Executive at the Legislative Council (Hong Kong 2018):
		// what a government plans, quoted, is no scheme.
		{"a government's plans quoted", "無你剛才說的「政府計劃」、「政府考慮」等等。", nil},
		// The Executive Yuan on its Asia Silicon Valley plan (2017): bodies
		// in quotes before 等政策督導 set no policy.
		{"quoted bodies before 政策", "該方案已有「行政院亞洲.矽谷指導委員會」、「亞洲.矽谷計畫執行中心」及「民間諮詢委員會」等政策督導及對外溝通平台。", nil},
		// A city's report (Chengdu 2019): the goal of a quoted strategy is
		// a goal; a known programme's strategy stays one.
		{"the goal of a quoted strategy", "实现“三步走”戰略目標。落实“双碳”战略任务。", []string{"双碳|战略"}},
		{"the aim of a quote's work", "确保全年实现招商引资“2116”工作目标。紧紧围绕“五个松滋”建设目标。完成“双高计划”建设任务。推进“健康中国”建设。坚持“两争一站”工作总要求。",
			[]string{"双高计划|计划", "健康中国|建设"}},
		{"a quote inside a quote", "並借鏡「共創明『Teen』計劃」的成功經驗。推出「受『天鴿』風災影響的中小企業特別援助計劃」。推出「好」「壞」。",
			[]string{"共创明“Teen”计划|计划", "受“天鸽”风灾影响的中小企业特别援助计划|计划"}},
		{"quoted measures and a version", "勞動部啟動「支持勞工安定就業措施」,傾聽企業聲音。卓揆提到,「長照3.0」將於明年上路。公布「114年春節期間相關措施」。",
			[]string{"支持劳工安定就业措施|措施", "长照3.0|"}},
		// A news agency's report (Kaohsiung 2023): a quoted name with its
		// version may be the subject of a verb or follow a time; one that
		// modifies a noun names an era.
		{"quoted versions before a verb or a time", "高雄「亞灣2.0」今天宣示啟動。「亞灣2.0」啟動。“智慧城市2.0”已经启动。迎接“工业4.0”时代。进入“文旅3.0”阶段。",
			[]string{"亚湾2.0|", "亚湾2.0|", "智慧城市2.0|"}},
		// Taiwan's culture and Hakka councils (2025): the digital coins
		// they hand out are named schemes.
		// A region's notice on training farmers (Ningxia 2021) and city
		// reports: the national actions of rural building (2020) and of urban
		// renewal are named with their head word, as a subject too; the
		// phrases alone say what is done.
		{"national actions of rural building and urban renewal", "创业创新加快推进、乡村建设行动全面开展。实施城市更新行动。推进城市更新。加强乡村建设。",
			[]string{"乡村建设|行动", "城市更新|行动"}},
		{"a council's digital coin", "宣布將發放28萬份面額1,000元的數位客家幣。青年可領取文化幣。",
			[]string{"客家币|", "文化币|"}},
		{"a province's actions of strength", "会议传达学习甘肃省强科技行动工作推进会精神。较好地完成强科技行动年度各项任务。深入贯彻落实省委、省政府强科技行动部署。建设强省会。",
			[]string{"强科技|行动", "强科技|行动", "强科技|行动"}},
		{"a province's campaign joined by a dot", "贵州提出打造“四在农家·和美乡村”:“富在农家增收入”。在“四在农家·美丽乡村”新农村建设的基础上,采取措施。",
			[]string{"四在农家·和美乡村|", "四在农家·美丽乡村|", "新农村建设|"}},
		{"the clean-village campaign", "召开村庄清洁行动春季战役推动会。收运垃圾、清洁村庄行动等。以清洁村庄助力乡村振兴。",
			[]string{"村庄清洁|行动", "清洁村庄|行动", "乡村振兴|"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, namesAndCategories(t, tt.text))
		})
	}
}

// TestPipelineRepeatedHeads checks lists whose items each end in the same
// head word, and special actions (专项行动), read with no verb frame before
// them.
func TestPipelineRepeatedHeads(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // name|category
	}{
		{"actions after a preposition, one with a note in brackets",
			"方案以公园景区洁净行动、公共空间洁净行动、施工工地(闲置地块)洁净行动和公厕洁净行动为重要举措。",
			[]string{"公园景区洁净|行动", "公共空间洁净|行动", "施工工地（闲置地块）洁净|行动", "公厕洁净|行动"}},
		// A ministry's transport plan (2023): an item longer than a name
		// read alone, two known programmes joined inside it.
		// A city's briefing on the national urbanisation plan (2024): an
		// item joining two fields with 和, the list's last.
		// A county's ten projects for the people (Yuyao 2024): after a
		// colon the first item opens with its first word, a verb or not.
		{"a list after a colon, its first item opening with a verb", "这十大民生实事项目分别是:就业创业保障提升行动、公共医疗服务增效行动、公共安全基础提升行动。",
			[]string{"就业创业保障提升|行动", "公共医疗服务增效|行动", "公共安全基础提升|行动"}},
		// A Macao budget report (2024): 當中 ("among them") opens the list,
		// no name.
		{"a list after 当中", "估計總額257.82億元,當中現金分享計劃、醫療補貼計劃和持續進修發展計劃,估計總開支85.64億元。",
			[]string{"现金分享|计划", "医疗补贴|计划", "持续进修发展|计划"}},
		{"a subsidy joined to the last item by 和", "當中現金分享計劃、醫療補貼計劃、住宅單位電費補貼和持續進修發展計劃,估計總開支85.64億元。",
			[]string{"现金分享|计划", "医疗补贴|计划", "持续进修发展|计划"}},
		{"an item joining two fields", "部署了4项重大行动,分别为新一轮农业转移人口市民化行动、潜力地区城镇化水平提升行动、现代化都市圈培育行动、城市更新和安全韧性提升行动。",
			[]string{"农业转移人口市民化|行动", "潜力地区城镇化水平提升|行动", "现代化都市圈培育|行动", "城市更新和安全韧性提升|行动"}},
		{"an item longer than a name read alone", "分别为现代化综合交通基础设施建设行动、运输服务质量提升行动、交通运输服务乡村振兴和区域协调发展行动、交通运输科技创新驱动行动。",
			[]string{"现代化综合交通基础设施建设|行动", "运输服务质量提升|行动", "交通运输服务乡村振兴和区域协调发展|行动", "交通运输科技创新驱动|行动"}},
		{"a class among strategies", "发挥区域协调发展战略、区域重大战略、主体功能区战略的叠加效应。",
			[]string{"区域协调发展|战略", "主体功能区|战略"}},
		// Taiwan's cabinet and Hong Kong's government (2016–2026): their
		// national programmes, known by name, quoted or not.
		{"known programmes of Taiwan and Hong Kong", "推動國艦國造與亞洲·矽谷。在推動「AI新十大建設」時。為配合政府推出的「智方便」。籌備建設第三個InnoHK平台。",
			[]string{"国舰国造|", "亚洲·矽谷|", "AI新十大建设|", "智方便|", "InnoHK|平台"}},
		{"known names keep their head word", "提出全球发展倡议、全球安全倡议、全球文明倡议。",
			[]string{"全球发展倡议|倡议", "全球安全倡议|倡议", "全球文明倡议|倡议"}},
		{"fields of reform", "推进政治体制改革、文化体制改革、社会管理体制改革。", nil},
		{"two items are too few", "公园景区洁净行动、公共空间洁净行动成效明显。", nil},
		{"generic names", "开展专项行动、联合行动、集中行动。", nil},
		// A city's agriculture plan as a PDF copy gives its contents
		// (Hangzhou 2021): headings run into one line, each after the page
		// number of the one before.
		{"headings of a table of contents run into one line", "四、实施五大行动(28)(一)农业园区化建设行动(28)2(二)农业生态化建设行动(29)五、建设五大工程2、(34)(二)产业融合发展工程(35)六、相关保障措施(36)(一)加强组织协调(36)",
			[]string{"五大|行动", "农业园区化建设|行动", "农业生态化建设|行动", "产业融合发展|工程"}},
		{"works opening their paragraphs", "简介。\n乡镇污水治理工程，计划投资300亿元左右。\n普通公路及安防工程，计划投资291亿元。",
			[]string{"乡镇污水治理|工程", "普通公路及安防|工程"}},
		{"a field's counted actions after a preposition", "以卫生健康现代化建设九大行动为主线，加快推动。",
			[]string{"卫生健康现代化建设九大|行动"}},
		{"a list closed by 等 and its count in quotes", "我们以重点区块开发、产业平台建设、美丽拱墅、招商引智等“四大专项行动”为抓手。",
			[]string{"重点区块开发|专项行动", "产业平台建设|专项行动", "美丽拱墅|专项行动", "招商引智|专项行动", "四大专项行动|行动"}},
		{"a list closed by its count after a frame, an item holding 目的地",
			"以实施旅游能级提升、旅游目的地示范引领、旅游服务升级等“三大工程”为抓手。",
			[]string{"旅游能级提升|工程", "旅游目的地示范引领|工程", "旅游服务升级|工程", "三大工程|工程"}},
		{"a count that does not match the list", "我们以重点区块开发、产业平台建设等“四大专项行动”为抓手。", []string{"四大专项行动|行动"}},
		// The commerce ministry's opinion on services (2024): a list closed
		// by 等 and the series its items make up.
		{"a list closed by 等 and a series", "推进乡村旅游艺术提升、餐饮提升、数字提升等系列提升行动落地见效。推进政治体制、文化体制等各项改革。",
			[]string{"乡村旅游艺术提升|行动", "餐饮提升|行动", "数字提升|行动"}},
		// A province's state firms (Gansu 2024): a list closed by 等, a
		// count and its head word, after 以 and before 为.
		{"a list after 以, closed by 等 and a count", "以对标一流管理提升、质量提升、价值创造、品牌引领和企业家培育等5个专项行动为支撑。以质量提升、价值创造等方面为重点。",
			[]string{"对标一流管理提升|专项行动", "质量提升|专项行动", "价值创造|专项行动", "品牌引领|专项行动", "企业家培育|专项行动"}},
		{"a counted list's item holding a known programme, read whole", "伊犁大力实施粮食产能提升、农牧民增收致富、宜居宜业和美丽乡村建设“三大专项行动”,农牧业生产喜获丰收。",
			[]string{"粮食产能提升|专项行动", "农牧民增收致富|专项行动", "宜居宜业和美丽乡村建设|专项行动", "三大专项行动|行动"}},
		// A district's talent meeting (2023): the last item of a counted
		// list a quote before a short modifier (“都智汇”优才), the quote
		// naming it.
		{"a counted list whose last item is a quote and its modifier", "持续实施科研平台提质、科创森林成长、“都智汇”优才“三大计划”,全方位做好文章。",
			[]string{"科研平台提质|计划", "科创森林成长|计划", "都智汇|计划", "三大计划|计划"}},
		{"a counted list whose last item 和 joins", "大力实施粮食产能提升、耕地保护和畜牧业振兴“三大专项行动”,农牧业生产喜获丰收。",
			[]string{"粮食产能提升|专项行动", "耕地保护|专项行动", "畜牧业振兴|专项行动", "三大专项行动|行动"}},
		{"a quoted campaign's decisive battle", "贵州省率先启动农村“组组通”公路三年大决战。", []string{"组组通|大决战"}},
		{"actions after dashes, one to a line", "宣布十大行动：\n\n――粮食综合生产能力增强行动。今年继续实施。\n\n――禽流感等重大动物疫病防控行动。\n\n• 循环农业促进行动\n\n――加快发展。",
			[]string{"粮食综合生产能力增强|行动", "禽流感等重大动物疫病防控|行动", "循环农业促进|行动"}},
		// A street office's projects for the people (Wuxi 2025): works
		// ticked off one to a line, a note in brackets closing the line.
		{"works after boxes, a note closing the line", "☑东蕾苑二期新建工程(2024年度续建项目)\n\n☑古美路小学改扩建工程\n\n1.产业基础再造工程(续建)\n\n☑完成(提前)",
			[]string{"东蕾苑二期新建|工程", "古美路小学改扩建|工程", "产业基础再造|工程"}},
		{"numbered headings naming programmes", "目录\n四、國家發展計畫(114-117年)\n（三）数字经济创新提质工程。加快建设。\n1.产业基础再造工程\n2. 加强组织领导。\n一、总体要求",
			[]string{"国家发展|计划", "数字经济创新提质|工程", "产业基础再造|工程"}},
		{"a programme as a section's heading", "概况\n第三节 国民经济和社会发展2010年远景目标纲要\n1995年编制。", []string{"国民经济和社会发展2010年远景目标|纲要"}},
		{"a numbered heading that is a clause", "成果\n八、統籌部會完成離岸風電產業發展規劃\n", []string{"离岸风电产业发展|规划"}},
		{"headings that are no programmes", "简介。\n加快金融体制改革，深化改革。\n实现五年计划，任务艰巨。", nil},
		{"special action after a preposition", "积极从数字绿色技改专项行动中挖掘项目。", []string{"数字绿色技改|专项行动"}},
		{"special action as a subject", "。数字绿色技改专项行动成效明显。", []string{"数字绿色技改|专项行动"}},
		{"special action as the object of a verb", "今年要规范市场秩序专项行动。", nil},
		// Beijing's mobilisation meeting (2020): a special action named
		// by verbs, after a verb that pushes it; the sentence's subject and
		// its time are no part of its name.
		{"special action after a verb that pushes it", "要深入推进疏解整治促提升专项行动。", []string{"疏解整治促提升|专项行动"}},
		{"special action after a subject and a time", "蔡奇充分肯定过去一年疏解整治促提升专项行动取得的新进展。", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, namesAndCategories(t, tt.text))
		})
	}
}

// TestPipelinePlans checks the national plans named by their ordinal,
// with or without the field of their title before them, and what is none.
func TestPipelinePlans(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // original text|name|category
	}{
		{"two ordinals", "我们要实现第七个五年计划，制定和实行第八个五年计划。",
			[]string{"第七个五年计划|第七个五年|计划", "第八个五年计划|第八个五年|计划"}},
		{"title with its field", "审查国民经济和社会发展第十一个五年规划纲要。",
			[]string{"国民经济和社会发展第十一个五年规划纲要|国民经济和社会发展第十一个五年规划|纲要"}},
		{"older title", "发展国民经济的第一个五年计划已经完成。",
			[]string{"发展国民经济的第一个五年计划|第一个五年|计划"}},
		{"traditional title", "第一個五年計劃的基本任務。", []string{"第一個五年計劃|第一个五年|计划"}},
		{"ten-year plan", "将兴建三峡工程列入国民经济和社会发展十年规划。",
			[]string{"国民经济和社会发展十年规划|国民经济和社会发展十年|规划"}},
		{"outline with the long-range objectives", "审查国民经济和社会发展第十四个五年规划和2035年远景目标纲要。",
			[]string{"国民经济和社会发展第十四个五年规划和2035年远景目标纲要|国民经济和社会发展第十四个五年规划和2035年远景目标|纲要"}},
		{"objectives in Chinese numerals", "第十四个五年规划和二〇三五年远景目标纲要提出。",
			[]string{"第十四个五年规划和二〇三五年远景目标纲要|第十四个五年|纲要"}},
		{"objectives that are no outline", "第十四个五年规划和2035年远景目标建议。",
			[]string{"第十四个五年规划|第十四个五年|规划"}},
		{"span without a plan", "同第二个五年各年度相比，第三年计划完成。", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, in := range runPipeline(t, tt.text) {
				if strings.Contains(in.Text, "五年") || strings.Contains(in.Text, "十年") {
					got = append(got, in.Text+"|"+in.Name+"|"+normalCategory(t, in.Category))
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
