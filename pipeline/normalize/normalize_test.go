package normalize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/policyx/policyx/pipeline"
)

// view normalizes text and checks the mapping invariants on the way.
func view(t *testing.T, n *Normalizer, text string) *pipeline.Document {
	t.Helper()
	doc := &pipeline.Document{Text: text}
	require.NoError(t, n.Normalize(doc))
	checkRunes(t, doc)
	return doc
}

// checkRunes checks that every rune of the view maps to a non-empty range
// of the original on rune boundaries, in order, and reports the first
// failure only.
func checkRunes(t testing.TB, doc *pipeline.Document) {
	t.Helper()
	norm, text := doc.Norm.Text, doc.Text
	last := pipeline.Span{}
	for i := 0; i < len(norm); {
		_, w := utf8.DecodeRuneInString(norm[i:])
		s := doc.Norm.ToSource(pipeline.Span{Start: i, End: i + w})
		switch {
		case s.Start < 0 || s.End > len(text) || s.Start >= s.End:
			t.Fatalf("rune at %d of the view maps to %v outside the %d-byte text", i, s, len(text))
		case !boundary(text, s.Start) || !boundary(text, s.End):
			t.Fatalf("rune at %d of the view maps to %v, not on rune boundaries", i, s)
		case s.Start < last.Start || s.End < last.End:
			t.Fatalf("rune at %d of the view maps to %v, before the previous rune's %v", i, s, last)
		}
		last = s
		i += w
	}
}

func boundary(s string, i int) bool {
	return i == 0 || i == len(s) || i > 0 && i < len(s) && utf8.RuneStart(s[i])
}

func TestNormalizeRules(t *testing.T) {
	n := New()
	tests := []struct {
		name string
		src  string
		want string
	}{
		// width folding
		{"full-width digits", "增长２０２３年", "增长2023年"},
		{"full-width letters and percent", "ＧＤＰ增长５．２％", "GDP增长5.2%"},
		{"full-width plus slash minus", "１＋１／２，－３", "1+1/2，-3"},
		{"ideographic space kept between Latin", "GDP\u3000CPI", "GDP CPI"},
		{"nbsp between Latin", "A\u00a0B", "A B"},
		{"zero-width dropped", "科\u200b技\u200d创\ufeff新\u00ad！", "科技创新！"},
		{"controls dropped", "科技\x00创新\x7f", "科技创新"},
		{"yen sign", "￥100", "¥100"},
		// note marks of encyclopaedia copies and annotated reports
		{"note marks after text", "“六乱” [1]整治、“五违四必”[2]整治和数据应用［29］等，收入[1]17.7亿元。", "“六乱”整治、“五违四必”整治和数据应用等，收入17.7亿元。"},
		{"marks that are no notes stay", "[1] 加强领导。数组a[1]与2[3]，[1234]。", "[1] 加强领导。数组a[1]与2[3]，[1234]。"},
		// punctuation
		{"ascii comma after Han", "创新,发展", "创新，发展"},
		{"thousands comma kept", "投入1,200,000元", "投入1,200,000元"},
		{"full-width thousands comma", "投入1，200元", "投入1,200元"},
		{"comma between years is a list", "2021,2022年", "2021，2022年"},
		{"comma before a decimal", "1,2项", "1，2项"},
		{"semicolon", "一是;二是", "一是；二是"},
		{"colon after Han", "目标:增长", "目标：增长"},
		{"colon between digits kept", "上午10:30开会", "上午10:30开会"},
		{"full-width colon between digits", "10：30", "10:30"},
		{"colon of a URL kept", "见http://gov.cn", "见http://gov.cn"},
		{"parentheses", "高新区(新市区)", "高新区（新市区）"},
		{"exclamation after Han", "加油!", "加油！"},
		{"question after Han", "为什么?", "为什么？"},
		{"exclamation after Latin kept", "Go!", "Go!"},
		{"decimal point kept", "增长5.2%。", "增长5.2%。"},
		{"half-width ideographic stop", "完成｡", "完成。"},
		// quotes
		{"corner brackets", "「十四五」規劃", "“十四五”规划"},
		{"white corner brackets", "『双碳』", "“双碳”"},
		{"single curly quotes", "‘一带一路’", "“一带一路”"},
		{"vertical quotes", "﹁专精特新﹂", "“专精特新”"},
		{"straight quotes pair", `实施"科创九条"和"人才十条"`, "实施“科创九条”和“人才十条”"},
		{"straight quote state resets per paragraph", "他说\"好\n\n\"坏\"", "他说“好\n\n“坏”"},
		{"apostrophe in Latin", "China's GDP", "China's GDP"},
		{"curly apostrophe in Latin", "China’s GDP", "China's GDP"},
		// dashes
		{"em dash pair stays", "目标——增长", "目标——增长"},
		{"en dash range", "10%–15%", "10%—15%"},
		{"horizontal bar", "2021―2025年", "2021—2025年"},
		{"tilde range", "3~5个", "3～5个"},
		{"wave dash", "3〜5个", "3～5个"},
		{"full-width tilde stays", "3～5个", "3～5个"},
		{"minus sign", "−5%", "-5%"},
		// traditional to simplified
		{"numerals and units", "兩億萬元", "两亿万元"},
		{"policy vocabulary", "發展經濟實現計劃規劃區國產業", "发展经济实现计划规划区国产业"},
		{"function words", "為達將於項條個", "为达将于项条个"},
		{"ambiguous characters kept", "乾坤著名瞭望", "乾坤著名瞭望"},
		{"simplified text unchanged", "发展经济", "发展经济"},
		// line endings
		{"CRLF", "第一段。\r\n第二段。", "第一段。\n第二段。"},
		{"CR", "第一段。\r第二段。", "第一段。\n第二段。"},
		{"form feed is a break", "第一页。\f第二页。", "第一页。\n第二页。"},
		{"blank lines collapse", "甲。\n\n\n\n乙。", "甲。\n\n乙。"},
		{"leading and trailing blanks trimmed", "\n\n  甲。  \n\n", "甲。"},
		{"indentation dropped", "\u3000\u3000一是加强。", "一是加强。"},
		// PDF spaces
		{"letter-spaced Han", "科 技 创 新", "科技创新"},
		{"number and unit", "投入200 万元", "投入200万元"},
		{"Han and number", "增长 30 %，达到 2023 年", "增长30%，达到2023年"},
		{"space in running text", "推动创新链产业 链资金链深度融合，取得成效。", "推动创新链产业链资金链深度融合，取得成效。"},
		{"space next to CJK punctuation", "成效 。 我们 “双碳” 目标", "成效。我们“双碳”目标"},
		{"Latin words keep a space", "Made in China 2025", "Made in China 2025"},
		{"Han and Latin keep a space", "128层QLC 存储芯片", "128层QLC 存储芯片"},
		{"digit groups stay apart", "表1 2023年", "表1 2023年"},
		{"thin space thousands", "1\u202f200\u202f000元", "1200000元"},
		{"space thousands with two groups", "12 345 678元", "12345678元"},
		{"one space group is ambiguous", "12 345元", "12 345元"},
		{"letter-spaced number", "1 9 9 7 年国内生产总值达到7 4 7 7 2 亿元", "1997年国内生产总值达到74772亿元"},
		{"two spaced digits are ambiguous", "表1 2", "表1 2"},
		{"headline word space kept", "营造创新创业环境　打造高质量发展样板", "营造创新创业环境 打造高质量发展样板"},
		{"byline space kept", "宋道军 合肥市人大常委会副主任", "宋道军 合肥市人大常委会副主任"},
		{"letter-spaced name in a byline", "刘　洁　武汉市委常委、武汉东湖高新区党工委副书记", "刘洁 武汉市委常委、武汉东湖高新区党工委副书记"},
		{"letter-spaced three-character name", "宋 道 军 合肥市人大常委会副主任", "宋道军 合肥市人大常委会副主任"},
		{"spaced headline letters", "科 技 创 新 引 领", "科技创新引领"},
		// furniture
		{"photo credit line", "视觉中国供图\n\n正文。", "正文。"},
		{"reporter photo", "正文。\n新华社记者 张三 摄\n下文。", "正文。\n下文。"},
		{"bracketed photo", "正文。\n（新华社记者 李四摄）\n下文。", "正文。\n下文。"},
		{"picture source", "正文。\n\n图片来源：视觉中国\n\n下文。", "正文。\n\n下文。"},
		{"picture caption credit", "正文。\n(图：王五)\n下文。", "正文。\n下文。"},
		{"responsible editor", "正文。\n\n责任编辑：赵六", "正文。"},
		{"editor and proofreader", "正文。\n编辑：赵六 校对：钱七\n", "正文。"},
		{"bracketed editor", "正文。\n【责任编辑：赵六】", "正文。"},
		{"share prompt", "正文。\n点击进入专题\n", "正文。"},
		{"page controls", "正文。\n【打印本页】【关闭窗口】\n字体：大 中 小\n上一篇：关于印发某办法的通知", "正文。"},
		{"breadcrumb", "您的位置: 首页 >部门文件>详细内容\n\n正文。", "正文。"},
		{"page number dashes", "正文。\n- 3 -\n下文。", "正文。\n下文。"},
		{"page number em dashes", "正文。\n— 12 —\n下文。", "正文。\n下文。"},
		{"page number 第N页", "正文。\n第3页 共12页\n下文。", "正文。\n下文。"},
		{"page number full-width", "正文。\n－ ３ －\n下文。", "正文。\n下文。"},
		{"a number line in a table stays", "合计\n1200", "合计\n1200"},
		{"a figure and its unit on lines of their own", "经济运行总体平稳向好。\n完成固定资产投资\n1444.8\n亿元，年均增长11.5%。", "经济运行总体平稳向好。\n完成固定资产投资1444.8亿元，年均增长11.5%。"},

		{"credit words in text stay", "他说：图片来源于网络。", "他说：图片来源于网络。"},
		{"editor as a word stays", "编辑部负责此事。", "编辑部负责此事。"},
		{"a line about printing stays", "打印机采购项目已完成。", "打印机采购项目已完成。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := view(t, n, tt.src)
			assert.Equal(t, tt.want, doc.Norm.Text)
		})
	}
}

// longText is running text long enough for the paragraph repair rule.
const longText = "我们坚持创新驱动发展，加快建设科技强国，持续提升企业创新能力，研发和转化了一"

// summaryPoints lists points a paragraph each, without full stops.
const summaryPoints = "中小企融资担保计划下八成担保产品申请期延长两年，还息不还本安排延长一年；基本工程开支预算额外预留300亿元\n\n" +
	"推长者业主楼换楼计划，容许60岁并拥有单位十年或以上业主，不须补价购买较小或较偏远单位；公屋轮候时间缩短一年\n\n" +
	"减收非住宅用户的水费及排污费，每户每月宽减额上限分别为1万元及5000元；增加居屋和绿置居单位供应"

func TestParagraphRepair(t *testing.T) {
	n := New()
	tests := []struct {
		name string
		src  string
		want string
	}{
		{"broken sentence joins", longText + "\n\n批国内领先成果。", longText + "批国内领先成果。"},
		{"single line break joins", longText + "\n批国内领先成果。", longText + "批国内领先成果。"},
		{"CRLF break joins", longText + "\r\n\r\n批国内领先成果。", longText + "批国内领先成果。"},
		{"page furniture inside the break", longText + "\n\n- 3 -\n\n批国内领先成果。", longText + "批国内领先成果。"},
		{"short paragraph with a full sentence", "因城施策去库存。库存仍然较多，要\n\n支持居民自住。", "因城施策去库存。库存仍然较多，要支持居民自住。"},
		{"short paragraph without a sentence is a heading", "坚持创新驱动，加快发展新质生产力\n\n要深入实施创新驱动发展战略。", "坚持创新驱动，加快发展新质生产力\n\n要深入实施创新驱动发展战略。"},
		{"wider gap is a section break", "坚持改革开放，实施积极的财政政策和稳健的货币政策\n\n\n发展社会主义市场经济，必须加强宏观调控。\n\n下一段。", "坚持改革开放，实施积极的财政政策和稳健的货币政策\n\n发展社会主义市场经济，必须加强宏观调控。\n\n下一段。"},
		{"numbered heading with commas", "五、坚持改革开放，实施积极的财政政策和稳健的货币政策\n\n发展社会主义市场经济，必须加强宏观调控。", "五、坚持改革开放，实施积极的财政政策和稳健的货币政策\n\n发展社会主义市场经济，必须加强宏观调控。"},
		{"more indented line starts a paragraph", longText + "\n\n\u3000\u3000批国内领先成果。", longText + "\n\n批国内领先成果。"},
		{"equally indented continuation joins", "\u3000\u3000" + longText + "\n\n\u3000\u3000批国内领先成果。", longText + "批国内领先成果。"},
		{"zero-width page break line", longText + "\n\u200b\n批国内领先成果。", longText + "批国内领先成果。"},
		{"hard-wrapped lines join whatever ends them", "\u3000\u3000为深入实施创新驱动发展战略，加快建设科技强国，根据\n《中华人民共和国科学技术进步法》等有关规定，\n结合本市实际，制定本措施。\n\u3000\u3000第二段。", "为深入实施创新驱动发展战略，加快建设科技强国，根据《中华人民共和国科学技术进步法》等有关规定，结合本市实际，制定本措施。\n第二段。"},
		{"hard-wrapped text keeps its headings", "\u3000\u3000为深入实施创新驱动发展战略，制定本措施。\n一、总体要求\n\u3000\u3000坚持创新。", "为深入实施创新驱动发展战略，制定本措施。\n一、总体要求\n坚持创新。"},
		{"article provision broken before its full stop", "第五条 对新认定的国家高新技术企业，给予一次性奖\n\n励10万元。", "第五条 对新认定的国家高新技术企业，给予一次性奖励10万元。"},
		{"PDF lines of uneven length", "这次会议，主要有三点考虑：一是统一思想。区委\n“三个更加”，都是必须完成的硬任务。二是明确分工。区里“两\n会”部署了全年目标任务。这次会议，就是\n要拿出路线图，排出时间表。", "这次会议，主要有三点考虑：一是统一思想。区委“三个更加”，都是必须完成的硬任务。二是明确分工。区里“两会”部署了全年目标任务。这次会议，就是要拿出路线图，排出时间表。"},
		{"short line after a blank line is a heading", longText + "\n\n提升创新体系整体效能\n我们要深入学习。", longText + "\n\n提升创新体系整体效能\n我们要深入学习。"},
		{"digit continues", longText + "\n\n3项成果。", longText + "3项成果。"},
		// A city policy copied from a PDF (2022) and the 2006 work report
		// break a line after an opening quote or title mark.
		{"opening quote continues", longText + "，结合省“\n5+4”稳进提质政策体系相关内容，\n特制订如下政策。", longText + "，结合省“5+4”稳进提质政策体系相关内容，\n特制订如下政策。"},
		// A PDF copy breaks a line at a space or inside a range of years.
		{"stray space opening a line", longText + "，城镇、农村居民人均可支配收入分别增长\n 5.4%、7.4%，完成年度任务。", longText + "，城镇、农村居民人均可支配收入分别增长5.4%、7.4%，完成年度任务。"},
		// A copy of a PDF hard-wrapped at 20 characters (a user-level
		// review, 2026): a number broken before its decimal point is one
		// number, and the lines after it still join.
		// A short paragraph broken inside its numbers (a user-level
		// spot-check, 2026): each line joins the next where a number goes
		// on, though the paragraph is too short to be read as running text.
		{"short paragraph broken inside numbers", "全年地区生产总值达到1.25\n万亿元，同比增长5.\n2%，城镇新增就业15\n.6万人，新增就业3至\n5万人。\n合计\n1200",
			"全年地区生产总值达到1.25万亿元，同比增长5.2%，城镇新增就业15.6万人，新增就业3至5万人。\n合计\n1200"},
		{"number broken before its point", "\u3000\u30002024年，全市坚持稳中求进工作总基\n调，经济运行总体平稳。全年实现地区生产总\n值1234.56亿元，同比增长6.2%，\n规模以上工业增加值增长7.5%，固定资产\n投资增长4.1%，社会消费品零售总额达到\n567.8亿元，一般公共预算收入完成89\n.12亿元，城镇居民人均可支配收入达到5\n2345元，农村居民人均可支配收入达到2\n3456元。",
			"2024年，全市坚持稳中求进工作总基调，经济运行总体平稳。全年实现地区生产总值1234.56亿元，同比增长6.2%，规模以上工业增加值增长7.5%，固定资产投资增长4.1%，社会消费品零售总额达到567.8亿元，一般公共预算收入完成89.12亿元，城镇居民人均可支配收入达到52345元，农村居民人均可支配收入达到23456元。"},
		{"range of years across lines", "\u3000\u3000重庆市人民政府关于印发重庆市推动成渝地区双城经济圈建设行动方案（2023\n—2027年）的通知\n\u3000\u3000各区县人民政府：", "重庆市人民政府关于印发重庆市推动成渝地区双城经济圈建设行动方案（2023—2027年）的通知\n各区县人民政府："},
		{"comma opening a line", longText + "给予5万元奖补\n，每个企业最高奖补不超过20万元。", longText + "给予5万元奖补，每个企业最高奖补不超过20万元。"},
		{"short line ending in an opening quote", "持续塑造“\n中国声谷量子中心”园区品牌，打造世界领先产业交流平台。", "持续塑造“中国声谷量子中心”园区品牌，打造世界领先产业交流平台。"},
		{"percent sign opening a line", longText + "，研发经费投入占GDP比重达到2.5\n%左右，高新技术产业增加值提高。", longText + "，研发经费投入占GDP比重达到2.5%左右，高新技术产业增加值提高。"},
		{"plus sign and letter opening a line", longText + "，布局一批“2+2\n+X”产业发展方向，培育“1+N\nX”体系。", longText + "，布局一批“2+2+X”产业发展方向，培育“1+NX”体系。"},
		{"thousands separator ending a line", longText + "，资助金额最高为5,\n000萬元。", longText + "，资助金额最高为5,000万元。"},
		// Only a single line break joins a number broken after its
		// separator; a comma that ends a paragraph is a clause's.
		{"thousands separator before a blank line", longText + "，资助金额最高为5,\n\n000萬元。", longText + "，资助金额最高为5，\n\n000万元。"},
		{"thousands separator before a line like a list marker", longText + "，资助金额最高为5,\n000、3,\n000萬元。", longText + "，资助金额最高为5,000、3,000万元。"},
		// A PDF copy that broke a sentence after a semicolon, before the
		// next point's marker: the line left of the indent goes on.
		{"marker after a line ending in a semicolon", "\u3000\u3000（二）推动高质量发展。首先，要加强创新；其次，要培育产业；\n最后，要改善环境。\n\u3000\u3000下一段。", "（二）推动高质量发展。首先，要加强创新；其次，要培育产业；最后，要改善环境。\n下一段。"},
		{"heading that is not indented after an indented paragraph", "\u3000\u3000今年要做好三件事，稳定投资，促进消费，扩大出口。\n二、主要任务\n\u3000\u3000下一段。", "今年要做好三件事，稳定投资，促进消费，扩大出口。\n二、主要任务\n下一段。"},
		{"pinyin readings in brackets", "对新引进人才给予补(bǔ)贴50万元，实施顶尖人才引领（lǐng）工程。(a)项与（b）项除外。", "对新引进人才给予补贴50万元，实施顶尖人才引领工程。（a）项与（b）项除外。"},
		{"a pinyin reading with a space before its bracket", "以支撐創(chuàng )新驅動(dòng)發(fā)展戰略。(a )项除外。", "以支撑创新驱动发展战略。（a）项除外。"},
		{"pinyin readings without tone marks, often enough", "濱州(zhou)市人民政府辦(ban)公室關(guan)于(yu)加快(kuai)發展,各(ge)(ge)縣(市(shi)、區(qu)(qu))。(a)项与（b）项除外。",
			"滨州市人民政府办公室关于加快发展，各县（市、区）。（a）项与（b）项除外。"},
		{"a few toneless syllables in brackets are no readings", "对象(ge)人与单位(an)及(a)项。", "对象（ge）人与单位（an）及（a）项。"},
		{"bulleted line after a range", longText + "，\n——坚持创新驱动。", longText + "，\n——坚持创新驱动。"},
		{"opening title mark continues", longText + "《\n国家中长期科学和技术发展规划纲要\n》。", longText + "《国家中长期科学和技术发展规划纲要》。"},
		// The 2006 report: a title on a line of its own that ends in a
		// bracket, then the closing mark opening the next line.
		{"closing title mark after a bracket continues", "一是关于节能问题。《\n纲要（草案）\n》提出了能耗降低20%左右。", "一是关于节能问题。《纲要（草案）》提出了能耗降低20%左右。"},

		// A summary of a policy address gives its points a paragraph each
		// and ends none with a full stop; a page of broken paragraphs ends
		// as many with one as it breaks.
		{"points without full stops stay apart", summaryPoints, summaryPoints},
		{"broken paragraphs of a page still join", longText + "\n\n批国内领先成果。\n\n" + longText + "\n\n批国内领先成果。", longText + "批国内领先成果。\n\n" + longText + "批国内领先成果。"},

		// A photo's caption ends with its credit, after a sentence, and
		// ends its paragraph; 拍摄 is a verb.
		{"caption with a credit stays apart", "省长在省十三届人大四次会议上作政府工作报告。湖南日报全媒体记者刘尚文摄\n\n各位代表：现在，我代表省人民政府，向大会报告政府工作。",
			"省长在省十三届人大四次会议上作政府工作报告。湖南日报全媒体记者刘尚文摄\n\n各位代表：现在，我代表省人民政府，向大会报告政府工作。"},
		{"caption credited to a government", "桃园市长张善政今日出席就职三周年记者会并宣布未来工程。图：市府提供\n\n张善政强调，不只是六个政策。",
			"桃园市长张善政今日出席就职三周年记者会并宣布未来工程。图：市府提供\n\n张善政强调，不只是六个政策。"},
		{"a sentence broken after 拍摄 joins", longText + "。今年组织拍摄\n\n宣传片三部，播放量超过一百万次。", longText + "。今年组织拍摄宣传片三部，播放量超过一百万次。"},
		{"finished sentence stays", "我们坚持创新驱动发展，加快建设科技强国。\n\n下一步要继续努力。", "我们坚持创新驱动发展，加快建设科技强国。\n\n下一步要继续努力。"},
		{"clause end stays", longText + "，\n\n批国内领先成果。", longText + "，\n\n批国内领先成果。"},
		{"list marker 一是", longText + "\n\n一是加强领导。", longText + "\n\n一是加强领导。"},
		{"list marker 二、", longText + "\n\n二、主要任务。", longText + "\n\n二、主要任务。"},
		{"list marker （一）", longText + "\n\n（一）加强领导。", longText + "\n\n（一）加强领导。"},
		{"list marker 第一", longText + "\n\n第一，加强领导。", longText + "\n\n第一，加强领导。"},
		{"list marker 第N条", longText + "\n\n第三条 本办法自发布之日起施行。", longText + "\n\n第三条 本办法自发布之日起施行。"},
		{"list marker 1.", longText + "\n\n1.加强领导。", longText + "\n\n1.加强领导。"},
		{"list marker ①", longText + "\n\n①加强领导。", longText + "\n\n①加强领导。"},
		// A Taiwan township's plan (2025) cut its first part short.
		{"list marker 貳、", longText + "\n\n貳、依據:", longText + "\n\n贰、依据："},
		{"list marker 1)", longText + "\n\n1)营业执照；", longText + "\n\n1）营业执照；"},
		{"headline follows", longText + "\n\n围绕主导产业，提升创新体系整体效能\n\n耿涛 青岛市委常委", longText + "\n\n围绕主导产业，提升创新体系整体效能\n\n耿涛 青岛市委常委"},
		{"headline at the end", longText + "\n\n提升创新体系整体效能", longText + "\n\n提升创新体系整体效能"},
		{"short previous paragraph is a heading", "打造创新平台，推进技术攻关\n\n作为国家高新区，我们要深入学习。", "打造创新平台，推进技术攻关\n\n作为国家高新区，我们要深入学习。"},
		{"byline then text", "宋道军 合肥市人大常委会副主任，合肥高新区党工委副书记、管委会主任\n\n新主体地位，引导创新要素向企业集聚。", "宋道军 合肥市人大常委会副主任，合肥高新区党工委副书记、管委会主任\n\n新主体地位，引导创新要素向企业集聚。"},
		{"Latin end does not join Latin start", "The plan covers research and development of new\n\nmaterials.", "The plan covers research and development of new\n\nmaterials."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := view(t, n, tt.src)
			assert.Equal(t, tt.want, doc.Norm.Text)
		})
	}
}

func TestToSource(t *testing.T) {
	n := New()
	tests := []struct {
		name     string
		src      string
		find     string // a substring of the view
		wantText string // what it maps back to
	}{
		{"full-width digits", "增长２０２３年", "2023", "２０２３"},
		{"traditional", "發展經濟", "发展", "發展"},
		{"a variant of 淨", "扎實推進凈土保衛戰", "净土", "凈土"},
		{"traditional place words", "海綿城市試點和陜西、贛南", "海绵城市", "海綿城市"},
		{"joined paragraph", longText + "\r\n\r\n批国内领先成果。", "一批", "一\r\n\r\n批"},
		{"span ending before a dropped break", longText + "\n\n批国内", "了一", "了一"},
		{"span starting after a dropped break", longText + "\n\n批国内", "批国", "批国"},
		{"dropped PDF space inside", "投入200 万元", "200万元", "200 万元"},
		{"span ends before dropped space", "投入200 万元", "200", "200"},
		{"kept space maps to the whole run", "营造创新创业环境\u3000\u3000打造高质量发展样板", "环境 打造", "环境\u3000\u3000打造"},
		{"zero-width inside", "科\u200b技", "科技", "科\u200b技"},
		{"zero-width at the end is not swallowed", "科技\u200b。", "科技", "科技"},
		{"CRLF paragraph break", "甲。\r\n\r\n乙。", "。\n\n乙", "。\r\n\r\n乙"},
		{"furniture removed", "甲。\n视觉中国供图\n乙。", "。\n乙", "。\n视觉中国供图\n乙"},
		{"quote", "「十四五」", "“十四五”", "「十四五」"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := view(t, n, tt.src)
			i := strings.Index(doc.Norm.Text, tt.find)
			require.GreaterOrEqual(t, i, 0, "view %q lacks %q", doc.Norm.Text, tt.find)
			s := doc.Norm.ToSource(pipeline.Span{Start: i, End: i + len(tt.find)})
			assert.Equal(t, tt.wantText, doc.Text[s.Start:s.End])
		})
	}
}

func readArticle(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "articles", "hightech-zones-2022.txt"))
	require.NoError(t, err)
	return string(b)
}

func TestArticle(t *testing.T) {
	n := New()
	doc := view(t, n, readArticle(t))
	norm := doc.Norm.Text
	joined := []struct {
		name, phrase, src string
	}{
		{"一批", "研发和转化了一批国内国际领先", "研发和转化了一\n\n批国内国际领先"},
		{"增长", "战略性新兴产业产值增长超过30%", "战略性新兴产业产值增\n\n长超过30%"},
		{"提升区域", "提升区域创新体系", "提升\n\n区域创新体系"},
		{"园区", "为园区主导产业", "为园\n\n区主导产业"},
		{"是我们", "是我们必须回答", "是我们\n\n必须回答"},
	}
	for _, tt := range joined {
		t.Run("joins "+tt.name, func(t *testing.T) {
			i := strings.Index(norm, tt.phrase)
			require.GreaterOrEqual(t, i, 0, "the view lacks %q", tt.phrase)
			s := doc.Norm.ToSource(pipeline.Span{Start: i, End: i + len(tt.phrase)})
			assert.Equal(t, strings.ReplaceAll(tt.src, ",", ","), doc.Text[s.Start:s.End])
		})
	}
	kept := []struct {
		name, boundary string
	}{
		{"headline after a cut paragraph", "实现高新技术企业数\n\n围绕主导产业，提升创新体系整体效能\n\n耿涛 青岛市委常委"},
		{"headline and byline", "探索未来产业发展的特色路径\n\n宋道军 合肥市人大常委会副主任"},
		{"byline and cut text", "管委会主任\n\n新主体地位"},
		{"title lines", "营造创新创业环境 打造高质量发展样板\n\n国家高新区负责人谈深入实施创新驱动发展战略\n\n编者按"},
		{"headline and byline 2", "打造创新平台，推进技术攻关\n\n马鲜萍 西安市委常委"},
		{"byline and text", "（新市区）委书记\n\n党的二十大报告将"},
	}
	for _, tt := range kept {
		t.Run("keeps "+tt.name, func(t *testing.T) {
			assert.Contains(t, norm, tt.boundary)
		})
	}
	t.Run("furniture removed", func(t *testing.T) {
		assert.NotContains(t, norm, "供图")
		assert.True(t, strings.HasPrefix(norm, "营造创新创业环境"), "view starts %q", norm[:30])
	})
	t.Run("no ASCII comma after Han", func(t *testing.T) {
		assert.NotContains(t, norm, "，,")
		for _, r := range []string{"区,", "新,", "心,"} {
			assert.NotContains(t, norm, r)
		}
	})
	t.Run("paragraph count", func(t *testing.T) {
		// 54 paragraphs in the source, less the photo credit and the five joins
		assert.Equal(t, 54-1-5, strings.Count(norm, "\n\n")+1)
	})
}

// TestReplay checks that variants of the same article give the same view.
func TestReplay(t *testing.T) {
	n := New()
	src := readArticle(t)
	base := view(t, n, src).Norm.Text
	fullWidth := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r == '%' {
			return r + 0xFEE0
		}
		return r
	}, src)
	tests := []struct {
		name string
		src  string
	}{
		{"CRLF", strings.ReplaceAll(src, "\n", "\r\n")},
		{"CR", strings.ReplaceAll(src, "\n", "\r")},
		{"full-width digits and letters", fullWidth},
		{"full-width commas and parentheses", strings.NewReplacer(",", "，", "(", "（", ")", "）").Replace(src)},
		{"indented with ideographic spaces", strings.ReplaceAll(src, "\n", "\n\u3000\u3000")},
		{"trailing spaces", strings.ReplaceAll(src, "\n", " \n")},
		{"corner-bracket quotes", strings.NewReplacer("“", "「", "”", "」").Replace(src)},
		{"BOM", "\ufeff" + src},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := view(t, n, tt.src).Norm.Text
			assert.True(t, got == base, "the view of the variant differs from the view of the article")
			if got != base {
				for i := range min(len(got), len(base)) {
					if got[i] != base[i] {
						t.Logf("first difference at byte %d: %q vs %q", i, got[max(0, i-20):min(len(got), i+20)], base[max(0, i-20):min(len(base), i+20)])
						break
					}
				}
			}
		})
	}
}

func BenchmarkNormalize(b *testing.B) {
	n := New()
	src := readArticle(b)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		doc := &pipeline.Document{Text: src}
		if err := n.Normalize(doc); err != nil {
			b.Fatal(err)
		}
	}
}

func TestT2STable(t *testing.T) {
	pairs := []rune(t2sPairs)
	require.Equal(t, 0, len(pairs)%2, "the table must hold pairs")
	gb := simplifiedchinese.HZGB2312.NewEncoder()
	inGB2312 := func(r rune) bool {
		_, err := gb.String(string(r))
		return err == nil
	}
	// traditional characters that GB2312 also holds, for rare readings (the
	// surname 於, the note 徵) or restored forms, still folded because in
	// policy text they are the traditional spelling
	alsoInGB2312 := map[rune]bool{'於': true, '後': true, '夥': true, '摺': true, '徵': true}
	seen := map[rune]rune{}
	for i := 0; i < len(pairs); i += 2 {
		tc, sc := pairs[i], pairs[i+1]
		name := string([]rune{tc, sc})
		t.Run(name, func(t *testing.T) {
			assert.NotEqual(t, tc, sc, "a pair must change the character")
			assert.True(t, tc >= 0x4E00 && tc <= 0x9FFF, "outside the table's range")
			if prev, ok := seen[tc]; ok {
				assert.Equal(t, prev, sc, "listed twice with different forms")
			}
			seen[tc] = sc
			assert.True(t, inGB2312(sc), "the simplified form is not in GB2312")
			if !alsoInGB2312[tc] {
				assert.False(t, inGB2312(tc), "the traditional form is itself a simplified character")
			}
		})
	}
	assert.GreaterOrEqual(t, len(seen), 300, "a few hundred characters")
}

// TestTraditional normalizes an excerpt of the Hong Kong 2022-23 budget
// speech as published in traditional characters and checks that the view
// equals the view of the government's own simplified edition.
func TestTraditional(t *testing.T) {
	n := New()
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		require.NoError(t, err)
		return string(b)
	}
	hant := view(t, n, read("hk-budget-2022-zh-hant.txt")).Norm.Text
	hans := view(t, n, read("hk-budget-2022-zh-hans.txt")).Norm.Text
	a, b := []rune(hant), []rune(hans)
	require.Equal(t, len(b), len(a), "folding keeps the rune count")
	var diff []string
	for i := range a {
		if a[i] != b[i] {
			diff = append(diff, string(a[i])+string(b[i]))
		}
	}
	assert.Empty(t, diff, "traditional characters left unfolded")
	assert.Contains(t, hant, "落实“爱国者治港”的根本原则")
	assert.Contains(t, hant, "去年香港的人均本地生产总值达四万九千美元，")
}

func TestPlanWord(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"taiwan plan", "推出「再工業化」計畫", "推出“再工业化”计划"},
		{"planning", "都會區規畫", "都会区规划"},
		{"picture alone", "畫家作畫", "画家作画"},
		{"design screen", "設計畫面", "设计画面"},
		{"statistics chart", "統計畫冊", "统计画册"},
		{"simplified untouched", "设计画面计画", "设计画面计画"},
		{"construction plan", "前瞻基礎建設計畫", "前瞻基础建设计划"},
		{"integration plan", "整合計畫", "整合计划"},
		{"system plan", "系統計畫", "系统计划"},
		{"committee plan", "國發會委員會計畫", "国发会委员会计划"},
		{"evaluation plan", "評估計畫", "评估计划"},
		{"design still", "建築設計畫冊", "建筑设计画册"},
		{"sum still", "合計畫冊", "合计画册"},
	}
	n := New()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &pipeline.Document{Text: tt.in}
			require.NoError(t, n.Normalize(doc))
			assert.Equal(t, tt.want, doc.Norm.Text)
		})
	}
}
