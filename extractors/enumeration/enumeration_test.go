package enumeration

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/policyx/policyx/dict"
	"github.com/policyx/policyx/pipeline"
)

// summary is a list reduced to what the table tests compare.
type summary struct {
	Style    string
	Markers  string // the item markers joined by "|"
	Headings string // the item headings joined by "|"
	Complete bool
	Parent   int // ordinal of the containing item, 0 at top level
}

func summarize(t *testing.T, x *Extractor, text string) []summary {
	t.Helper()
	return summarizeDoc(t, x, newDoc("t", text))
}

// summarizeDoc runs x over a prepared doc and summarizes its lists.
func summarizeDoc(t *testing.T, x *Extractor, doc *pipeline.Document) []summary {
	t.Helper()
	recs, err := x.Extract(doc)
	require.NoError(t, err)
	checkSpans(t, doc, recs)
	var out []summary
	for _, r := range recs {
		e := r.(*pipeline.Enumeration)
		var ms, hs []string
		for _, it := range e.Items {
			ms = append(ms, it.Marker)
			hs = append(hs, it.Heading)
		}
		s := summary{Style: e.Style, Markers: strings.Join(ms, "|"), Headings: strings.Join(hs, "|"), Complete: e.Complete}
		if e.Parent != nil {
			s.Parent = e.Parent.Item
		}
		out = append(out, s)
	}
	return out
}

func TestMarkers(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name string
		text string
		want []summary
	}{
		{"一是 inline", "主要做了三件事：一是稳增长，保就业；二是促改革；三是惠民生。",
			[]summary{{StyleShi, "一是|二是|三是", "稳增长|促改革|惠民生", true, 0}}},
		// A district's measures (Yangling) and the 1978 and 2004 reports: a
		// numeral opening the item's first word (零售, 一年来, 三年来, 参加)
		// leaves 、 a marker; a list of numbers (一、二等奖) is none.
		{"一、 before a numeral of a word", "措施如下:\n\n一、一年来工作回顾。\n\n二、零售企业给予奖励。\n\n三、参加本计划须具备条件。\n\n获得一、二等奖各一名。",
			[]summary{{StyleDunZh, "一、|二、|三、", "一年来工作回顾|零售企业给予奖励|参加本计划须具备条件", true, 0}}},
		// Talks (a speaker of the Legislative Yuan, a county's secretary):
		// a point counted by its measure (第一点, 第二个) opens as 第一 does.
		{"第一点 and 第二个", "我讲三点意见。第一点，要提高认识。第二点，要加强领导。\n\n第一个是抓项目，第二个是抓招商。",
			[]summary{{StyleDi, "第一点|第二点", "要提高认识|要加强领导", true, 0}, {StyleDi, "第一个是|第二个是", "抓项目|抓招商", true, 0}}},
		// The 1975 and 1982 reports: the steps of a plan counted as points;
		// a first step taken inside a clause is none.
		{"第一步 and 第二步", "要分两步走。第一步，实行税利并存。第二步，征收累进所得税。迈出第一步，很重要。",
			[]summary{{StyleDi, "第一步|第二步", "实行税利并存|征收累进所得税", true, 0}}},
		// A county's training news (Ningshan 2021) and a meeting's: a short
		// subject may stand before the first point of a talk, the next
		// ones opening their clauses.
		{"a subject before the first point", "会议要求,村干部首先要认清使命,砥砺前行。其次要理顺思路,开拓进取。最后要严守纪律。\n\n会议强调,各级各部门一要提高认识。二要加强领导。",
			[]summary{{StyleShouxian, "首先|其次|最后", "要认清使命|要理顺思路|要严守纪律", true, 0}, {StyleYao, "一要|二要", "提高认识|加强领导", true, 0}}},
		{"一是 one a paragraph", "一是加强调控。内容。\n\n二是深化改革。内容。",
			[]summary{{StyleShi, "一是|二是", "加强调控|深化改革", true, 0}}},
		{"一要 with stray PDF space", "我们一定要做到：一 要加强学习，二 要改进作风。",
			[]summary{{StyleYao, "一 要|二 要", "加强学习|改进作风", true, 0}}},
		{"（一） headings", "（一）加大财政支持力度。具体内容。\n（二）强化金融服务。具体内容。",
			[]summary{{StyleParenZh, "（一）|（二）", "加大财政支持力度|强化金融服务", true, 0}}},
		{"(一) half-width and PDF spaces", "( 一 )加强领导。\n( 二 )明确责任。",
			[]summary{{StyleParenZh, "( 一 )|( 二 )", "加强领导|明确责任", true, 0}}},
		// A plan's parts in Roman numerals, one rune each or ASCII letters
		// (a Legislative Council agenda, 2008: I. 提交文件); a numeral of a
		// type (Ⅱ型) or before Latin words is none.
		{"Ⅰ、 parts", "Ⅰ、总体要求\n坚持稳中求进。\nⅡ、主要任务\n推进改革。",
			[]summary{{StyleRoman, "Ⅰ、|Ⅱ、", "总体要求|主要任务", true, 0}}},
		{"I. parts", "I. 提交文件\n文件如下。\nII. 以書面答覆的質詢\n質詢如下。\nⅡ型糖尿病防治。\nIV. Results",
			[]summary{{StyleRoman, "I.|II.", "提交文件|以書面答覆的質詢", true, 0}}},
		// A district office's notice (Tainan 2024) and a county's
		// attachments (2019): a copy that flattened a list's lines into
		// one runs its items on after spaces; one stray space before a
		// numeral makes no list.
		{"items in a flattened line", "一、申請資格 本市立案之社區發展協會。 二、補助項目 (一)社區活動 (二)設備購置 三、申請文件 (一)公文 (二)申請補助計劃書",
			[]summary{{StyleDunZh, "一、|二、|三、", "申請資格 本市立案之社區發展協會|補助項目|申請文件", true, 0},
				{StyleParenZh, "(一)|(二)", "社區活動|設備購置", true, 2}, {StyleParenZh, "(一)|(二)", "公文|申請補助計劃書", true, 3}}},
		// A document-sharing site's copy of a collection (2023): items that
		// open with a year, in a flattened contents line; 1.5万亿 stays a
		// number.
		// Hong Kong's statutory holidays (2023): items opening with a date.
		{"items opening with a date", "2023年的法定假日是:\n\n1.1月1日1月1日\n\n2.農曆年初二1月23日\n\n3.清明節4月5日\n\n增长1.5月均值。",
			[]summary{{StyleDot, "1.|2.|3.", "1月1日1月1日|農曆年初二1月23日|清明節4月5日", true, 0}}},
		{"items opening with a year", "汇编目录 1.2023年白鹤镇政府工作报告 2.2023年冲蒌镇政府工作报告 3.2023年凤岗镇政府工作报告。增长1.5万亿。",
			[]summary{{StyleDot, "1.|2.|3.", "2023年白鹤镇政府工作报告|2023年冲蒌镇政府工作报告|2023年凤岗镇政府工作报告", true, 0}}},
		// The same copy: a flattened line's last item ends at its space,
		// before the body the copy ran on; a letter-spaced copy's spaces
		// end nothing.
		{"a flattened line's last item", "汇编目录 1.2023年白鹤镇政府工作报告 2.洙边镇2023年政府工作报告 2023年白鹤镇政府工作报告各位代表",
			[]summary{{StyleDot, "1.|2.", "2023年白鹤镇政府工作报告|洙边镇2023年政府工作报告", true, 0}}},
		{"a letter-spaced flattened line", "附件 (一) 社 區 活 動 (二) 設 備 購 置",
			[]summary{{StyleParenZh, "(一)|(二)", "社 區 活 動|設 備 購 置", true, 0}}},
		{"one stray space before a marker", "附件：1.重点指标清单。全县 一、二级公路里程增加，按 (一)项规定办理。", nil},
		// A Taiwan plan's PDF copy: a part's numeral followed by a space
		// for its 、, on a line of its own; a numeral run into its words
		// is none.
		{"一 with a space for its 、", "一 總則\n本計畫依據辦理。\n二 實施對象\n本縣設籍之居民。\n三农工作\n内容。\n四季如春\n内容。",
			[]summary{{StyleDunZh, "一|二", "總則|實施對象", true, 0}}},
		// A township plan copied from a document-sharing site (2023): the
		// lines ran together, a part's first point on after its title.
		{"points run on after a part's title", "力争各项工作出众。 一、做强产业 1.做大做强茶产业。依托茶业建设基地。 2.深化农村改革。实现土地流转。 二、做美环境 加大绿化投入。",
			[]summary{{StyleDunZh, "一、|二、", "做强产业|做美环境 加大绿化投入", true, 0}, {StyleDot, "1.|2.", "做大做强茶产业|深化农村改革", true, 1}}},
		// Township reports copied from document-sharing sites (2023, 2024):
		// a first 一是 run on after its section's title with no space, the
		// title maybe holding quotes; a 一 that ends a word (统一) is none.
		{"一是 run on after a section's title", "各位代表。(一)社会发展稳健有力一是经济发展稳中向好。完成收入。二是项目建设持续推进。积极服务。",
			[]summary{{StyleShi, "一是|二是", "经济发展稳中向好|项目建设持续推进", true, 0}}},
		{"一是 run on after a quoted title", "回望来时路。\n一、党建引领“实学深学”聚合力一是青年干部大讲堂实地教学。这一年。二是村与村互学先进经验。",
			[]summary{{StyleShi, "一是|二是", "青年干部大讲堂实地教学|村与村互学先进经验", true, 0}}},
		{"一是 ending a word of the title", "(一)思想高度统一是前提。二是行动。", nil},
		// A national notice's PDF copy (2007): a stray space before the dot
		// of a marker opening its line; 1 .5 stays a number.
		{"1 . with a PDF space before the dot", "1 . 组织供应辅助器具 300 万件。\n2 . 装配假肢。\n3 .5万例已完成。",
			[]summary{{StyleDot, "1 .|2 .", "组织供应辅助器具 300 万件|装配假肢", true, 0}}},
		{"一、 chapters", "一、总体要求\n正文。\n二、重点任务\n正文。\n三、保障措施\n正文。",
			[]summary{{StyleDunZh, "一、|二、|三、", "总体要求|重点任务|保障措施", true, 0}}},
		{"壹、 formal numerals", "壹、總則\n內容。\n貳、組織\n內容。",
			[]summary{{StyleDunZh, "壹、|貳、", "總則|組織", true, 0}}},
		// A Taiwan township's plan (2025): 壹、 parts hold 一、 points.
		{"壹、 parts holding 一、 points", "壹、計畫緣由:內容。\n\n貳、依據:\n\n一、 依據本所課程\n\n二、 依據行政院計畫\n\n參、 計畫內容:\n\n一、 辦理單位:\n\n二、 辦理方式:內容。",
			[]summary{
				{StyleDunZh, "壹、|貳、|參、", "計畫緣由|依據|計畫內容", true, 0},
				{StyleDunZh, "一、|二、", "依據本所課程|依據行政院計畫", true, 2},
				{StyleDunZh, "一、|二、", "辦理單位|辦理方式", true, 3},
			}},
		{"1. and full-width 1．", "1.坚持创新。\n2．坚持协调。\n3.坚持绿色。",
			[]summary{{StyleDot, "1.|2．|3.", "坚持创新|坚持协调|坚持绿色", true, 0}}},
		{"1、", "条件如下：1、依法注册；2、信用良好。",
			[]summary{{StyleDun, "1、|2、", "依法注册|信用良好", true, 0}}},
		{"(1) and （1）", "包括：(1)资金补助；（2）税收减免。",
			[]summary{{StyleParen, "(1)|（2）", "资金补助|税收减免", true, 0}}},
		{"1) half brackets", "申请材料：1)营业执照；2)财务报表；3）承诺书。",
			[]summary{{StyleParen, "1)|2)|3）", "营业执照|财务报表|承诺书", true, 0}}},
		{"一． parts with a dot", "一．总体要求\n内容。\n二.重点任务\n内容。\n三．保障措施\n内容。",
			[]summary{{StyleDunZh, "一．|二.|三．", "总体要求|重点任务|保障措施", true, 0}}},
		{"其一 其二", "原因有三：其一，投入不足；其二是人才缺乏；其三，机制不活。其次，还要看到成绩。",
			[]summary{{StyleDi, "其一|其二是|其三", "投入不足|人才缺乏|机制不活", true, 0}}},
		// Macao's notice (2023): points in one sentence, 、 between them.
		{"1) points joined by 、", "可到下列地点签署:1)经济局、2)青年创业孵化中心、3)房屋局以及4)离岛中小商户支援中心。",
			[]summary{{StyleParen, "1)|2)|3)|4)", "经济局|青年创业孵化中心|房屋局|离岛中小商户支援中心", true, 0}}},
		{"① circled", "要求：①材料齐全；②程序合规；③按时办结。",
			[]summary{{StyleCircled, "①|②|③", "材料齐全|程序合规|按时办结", true, 0}}},
		{"第一，第二，", "我讲三点。第一，统一思想。第二，明确任务。第三，狠抓落实。",
			[]summary{{StyleDi, "第一|第二|第三", "统一思想|明确任务|狠抓落实", true, 0}}},
		{"第一、 paragraphs far apart", "第一、关于基本建设\n一\n二\n三\n四\n第二、关于工业生产\n五",
			[]summary{{StyleDi, "第一|第二", "关于基本建设|关于工业生产", true, 0}}},
		{"第一条 articles", "第一条 为了规范管理，制定本办法。\n第二条 本办法适用于全县。\n第三条 本办法自发布之日起施行。",
			[]summary{{StyleArticle, "第一条|第二条|第三条", "为了规范管理|本办法适用于全县|本办法自发布之日起施行", true, 0}}},
		// Village rules converted from a word processor's file: a point
		// after a Han rune is the copy's full stop, and a point opens a
		// clause after it; a decimal point does not.
		{"a point for a full stop", "弘扬以德治村精神.一要弘扬美德,尊老爱幼.二要彼此谦让,互相尊重.增长2.三要x",
			[]summary{{StyleYao, "一要|二要", "弘扬美德|彼此谦让", true, 0}}},
		// The 1999 report and a city's mobilisation speech: a writer who
		// opens with 首先 and 其次 counts on with 第三; an outer 第一…第二
		// list takes its own 第三 past a 首先…其次 list inside it.
		{"首先 and 其次 counted on with 第三", "进行基础设施建设，首先要全面规划，合理布局。其次，必须确保工程建设质量。第三，要严禁挤占、挪用资金。",
			[]summary{{StyleShouxian, "首先|其次|第三", "要全面规划|必须确保工程建设质量|要严禁挤占、挪用资金", true, 0}}},
		// A Yunlin township council's minutes, a PDF copy flattened into
		// one line: points run together after the text before them go on
		// in number.
		{"points run together in a flattened line", "雲林縣北港鎮代表會議事錄 目錄 預備會議紀錄:一、開會時間:民國108年12月19日二、開會地點:本會議事廳三、出席人:蔡主席,計11名。四、主席:陳副主席介民五、紀錄:組員吳育美",
			[]summary{{StyleDunZh, "一、|二、|三、|四、|五、", "開會時間|開會地點|出席人|主席|紀錄", true, 0}}},
		// A Shanxi county's e-commerce measures: an article's bracketed
		// first point run on after its title with no space.
		{"a point run on after an article's title", "第三条 支持企业发展。\n第四条推进电子商务公共服务平台建设(一)鼓励整合利用闲置厂房,最高不超过30万元。(二)建设运营电子商务公共服务中心。\n第五条 附则。",
			[]summary{{StyleArticle, "第三条|第四条|第五条", "支持企业发展|推进电子商务公共服务平台建设|附则", false, 0}, {StyleParenZh, "(一)|(二)", "鼓励整合利用闲置厂房|建设运营电子商务公共服务中心", true, 4}}},
		// A Hong Kong party's release (2022): a speaker's points quoted in
		// paragraphs of their own, the first left out by the page.
		{"points quoted in paragraphs of their own", "新民黨認為報告內容非常豐富。\n\n「第二，行政長官也回應了社會上各方面的訴求。」\n\n措施具開創性\n\n「第三，施政報告很多建議也是開創性的。」",
			[]summary{{StyleDi, "第二|第三", "行政長官也回應了社會上各方面的訴求|施政報告很多建議也是開創性的", false, 0}}},
		// A reading of the 2025 report: its first point made inside a
		// sentence after a quoted title, the writer goes on with 其次 and
		// 再次 opening paragraphs; a lone 其次 and one inside a paragraph
		// open nothing.
		{"其次 and 再次 opening paragraphs", "《政府工作报告》首先提出推动高质量发展。\n\n其次全面深化改革。\n\n再次，注重体现民生为大。\n\n最后，形势依然复杂严峻。\n\n其次要抓落实。再次要抓规划。\n\n其次，还有一点。",
			[]summary{{StyleShouxian, "其次|再次|最后", "全面深化改革|注重体现民生为大|形势依然复杂严峻", false, 0}}},
		{"第三 of an outer list past 首先 and 其次", "我讲三点。第一，要提高认识。第二，要突出重点。首先要抓规划，其次要抓落实。第三，要强化保障。",
			[]summary{{StyleDi, "第一|第二|第三", "要提高认识|要突出重点|要强化保障", true, 0}, {StyleShouxian, "首先|其次", "要抓规划|要抓落实", true, 2}}},
		// The 1995 and 2000 reports: a writer opens a 一是 list with 首先;
		// an open 一是 list keeps its own 二是 past a 首先 inside its item.
		{"首先 standing for 一是", "必须深化农村改革。首先要增加对农业的投入。今年投入将增加。二是保护和合理使用耕地。三是稳定粮棉播种面积。",
			[]summary{{StyleShi, "首先|二是|三是", "要增加对农业的投入|保护和合理使用耕地|稳定粮棉播种面积", true, 0}}},
		// The 1955 report: 首先 stands for 第一 as well.
		{"首先 standing for 第一", "厉行节约，首先，我们必须削减非生产性建设的支出。\n\n第二，我们必须降低生产性建设的成本。\n\n第三，我们必须加强各生产部门的管理。",
			[]summary{{StyleDi, "首先|第二|第三", "我们必须削减非生产性建设的支出|我们必须降低生产性建设的成本|我们必须加强各生产部门的管理", true, 0}}},
		{"二是 of an open 一是 list past a 首先 inside it", "采取三项措施。一是发行长期国债，首先用于在建项目。二是调整收入分配。三是清理收费。",
			[]summary{{StyleShi, "一是|二是|三是", "发行长期国债|调整收入分配|清理收费", true, 0}}},
		// The 2006 report: a title mark standing on a line of its own
		// breaks no heading; the heading is given as written, the breaks
		// left out.
		{"line breaks inside title marks", "二、总结\n正文。\n三、关于《\n国民经济和社会发展第十一个五年规划纲要（草案）\n》的说明\n正文。",
			[]summary{{StyleDunZh, "二、|三、", "总结|关于《国民经济和社会发展第十一个五年规划纲要（草案）》的说明", false, 0}}},
		// A province's fund rules copied from a PDF (Shandong 2011): an
		// article opening with a word of 中 (中央) is no reference (第四条中
		// 的规定 is one).
		{"an article opening with 中央", "第一条为充分发挥资金的作用。\n\n第二条时间为三年。\n\n第三条中央补助资金分年度下达。\n\n第四条中的规定不适用。",
			[]summary{{StyleArticle, "第一条|第二条|第三条", "为充分发挥资金的作用|时间为三年|中央补助资金分年度下达", true, 0}}},
		{"第一條 traditional, titles in brackets", "第一條（目的）為促進發展，制定本辦法。\n第二條（定義）本辦法所稱企業，指依法登記者。",
			[]summary{{StyleArticle, "第一條|第二條", "目的|定義", true, 0}}},
		{"首先 其次 最后", "首先，要统一认识；其次，要加强协调；最后，要狠抓落实。",
			[]summary{{StyleShouxian, "首先|其次|最后", "要统一认识|要加强协调|要狠抓落实", true, 0}}},
		// A company's ground-breaking speech (2025): 最后 ends its list,
		// so a 再次 after it (最后，再次祝愿) is no item.
		{"再次 after 最后", "首先，要统一认识；最后，再次祝愿大家工作顺利。",
			[]summary{{StyleShouxian, "首先|最后", "要统一认识|再次祝愿大家工作顺利", true, 0}}},
		// A county's award rules copied without line breaks (2024): the
		// bracketed points run together after the first, each next in
		// number; a reference in brackets mid-sentence is no point.
		{"bracketed points run together", "奖项设置：\n(1)招商引资任务完成奖(2)招商引资先进单位奖(3)招商引资先进个人奖(4)招商引资引荐带动奖",
			[]summary{{StyleParen, "(1)|(2)|(3)|(4)", "招商引资任务完成奖|招商引资先进单位奖|招商引资先进个人奖|招商引资引荐带动奖", true, 0}}},
		{"一方面 另一方面", "一方面，要扩大投资，另一方面，要提振消费。",
			[]summary{{StyleFangmian, "一方面|另一方面", "要扩大投资|要提振消费", true, 0}}},
		// The 1955 report writes the second side 另方面.
		{"一方面 另方面", "这就是：一方面合理地利用东北的工业基础；另方面则积极地进行新的工业基地的建设。",
			[]summary{{StyleFangmian, "一方面|另方面", "合理地利用东北的工业基础|则积极地进行新的工业基地的建设", true, 0}}},
		{"一方面 twice", "现在，一方面人才缺乏，一方面有些单位人浮于事。",
			[]summary{{StyleFangmian, "一方面|一方面", "人才缺乏|有些单位人浮于事", true, 0}}},
		{"marker alone on its line", "一要\n加大改革力度。内容。\n二要\n更加重视质量。内容。",
			[]summary{{StyleYao, "一要|二要", "加大改革力度|更加重视质量", true, 0}}},
		{"incomplete list cut by the page", "四是扩大开放。\n五是改善民生。",
			[]summary{{StyleShi, "四是|五是", "扩大开放|改善民生", false, 0}}},
		{"one item missing", "要求：①材料齐全；②程序合规；④按时办结。",
			[]summary{{StyleCircled, "①|②|④", "材料齐全|程序合规|按时办结", false, 0}}},
		// The 2007 work report lost the heading （三） of its part on
		// energy saving; its other headings are one list.
		{"a heading lost between paragraphs", "（一）加强调控。内容。\n\n（二）发展农业。内容。\n\n（四）推进升级。内容。\n\n（五）协调发展。内容。",
			[]summary{{StyleParenZh, "（一）|（二）|（四）|（五）", "加强调控|发展农业|推进升级|协调发展", false, 0}}},
		{"two items missing: no list goes on", "要求：①材料齐全；②程序合规；⑤按时办结。",
			[]summary{{StyleCircled, "①|②", "材料齐全|程序合规", true, 0}}},
		{"nested 一是 in （一）", "（一）稳定增长。一是扩大投资；二是促进消费。\n（二）深化改革。内容。",
			[]summary{
				{StyleParenZh, "（一）|（二）", "稳定增长|深化改革", true, 0},
				{StyleShi, "一是|二是", "扩大投资|促进消费", true, 1},
			}},
		{"articles holding 1. 2.", "第一条 申报条件\n1.在本县注册；\n2.信用良好。\n第二条 申报程序\n1.提交申请；\n2.部门审核。",
			[]summary{
				{StyleArticle, "第一条|第二条", "申报条件|申报程序", true, 0},
				{StyleDot, "1.|2.", "在本县注册|信用良好", true, 1},
				{StyleDot, "1.|2.", "提交申请|部门审核", true, 2},
			}},
		{"quotes keep their commas", "一是实施“引才、育才”工程，加快发展；二是建设《规划，纲要》项目。",
			[]summary{{StyleShi, "一是|二是", "实施“引才、育才”工程|建设《规划，纲要》项目", true, 0}}},
		{"commas that group a number's digits", "措施包括：1.增加4,000張服務券，共16,000張；2.撥款1,000萬元。",
			[]summary{{StyleDot, "1.|2.", "增加4,000張服務券|撥款1,000萬元", true, 0}}},
		{"an item whose words begin with a count", "1.財政司司長帶領辦公室。\n2.政務司司長領導窗口。\n3.17個經濟貿易辦事處設立專組。",
			[]summary{{StyleDot, "1.|2.|3.", "財政司司長帶領辦公室|政務司司長領導窗口|17個經濟貿易辦事處設立專組", true, 0}}},
		{"「」 quotes", "一是推行「北部都會區，南部」策略，加快發展；二是設立基金。",
			[]summary{{StyleShi, "一是|二是", "推行「北部都會區，南部」策略|設立基金", true, 0}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, summarize(t, x, tt.text))
		})
	}
}

func TestNoList(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name string
		text string
	}{
		{"第一个 as a rank", "他是第一个，我是第二个。"},
		{"第一年 第二年 are not markers", "对新认定的企业，第一年奖励30万元，第二年奖励20万元。"},
		{"第二名 第三名", "在全省排名第二名，比上年前进第三名。"},
		{"orphan 一是", "我们要坚持问题导向，一是要增强忧患意识，不断改进工作。"},
		{"一是一二是二 inside a sentence", "坚持一是一二是二的原则，实事求是。"},
		{"一是一，二是二 as a copula", "我们坚持实事求是，一是一，二是二，不回避问题。"},
		{"a subject before a lone point", "我们首先要提高认识。会议首先传达了文件精神。"},
		{"一 ending a word before 是", "实现祖国统一是大势所趋，唯一是出路。二是加强交流。"},
		{"第一生产力 第一资源", "必须坚持科技是第一生产力、人才是第一资源、创新是第一动力。"},
		{"第一批 第二家 第三批", "是我国第一批国家高新区、第二家国家自主创新示范区、第三批自由贸易试验区。"},
		{"decimals are not 1. markers", "增长1.5%，\n2.3万亿元的投资。"},
		{"counts after a dot start no list", "3.17個辦事處設立專組。\n4.5家企業獲批。"},
		{"1、2月 is a list of months", "1、2月份，规模以上工业增加值增长7%，3、4月份回落。"},
		{"第一、二季度 is a list of quarters", "第一、二季度经济增长较快，第三、四季度有所放缓。"},
		{"article references", "根据本办法第三条规定，依照第四条的程序办理。\n第五条第一项另有规定的除外。"},
		{"其次 without 首先", "其次，要加强管理；最后，要狠抓落实。"},
		{"a bracketed number mid-sentence", "按本办法第三条(2)项的规定办理，依照(3)款执行。"},
		{"a clause referred to after a point", "(一)符合本办法第三条(二)项规定的企业。"},
		// Copies on document-sharing sites (a speech, a city's rules)
		// number their chunks 1、 2、 3、, each chunk cut off mid-word from
		// the one before: 2、 after a long chunk ending in a word is no
		// marker.
		{"a document-sharing site's chunk numbers", "《讲话.docx》由会员分享,可在线阅读。\n1、 在全区优化营商环境暨企业大走访会议上的讲话 同志们，今天我们召开全区优化营商环境暨企业大走访会议，主要任务是贯彻落实全市会议精神，动员全区上下进一步统一思想、提高认识，以更大力度优化营商环境，前不久市里召开了全市优化营\n2、商环境工作大会，可见市里对营商环境优化的重视程度。同志们，现在我们区的营商环境还有很多不足之处，企业反映的问题还很多，需要我们认真研究，逐项加以解决，各部门要主动上门走访企业，听取企业意见建议，切实提高服务水平和效\n3、率，让企业满意。"},
		// The same speech: 首先 thanks the guests in its opening paragraph
		// and 最后 wishes success in its closing one, with the points
		// between: a speech's frame, no list.
		{"a speech's opening and closing", "首先，请允许我代表公司表示感谢！\n回顾过去，我们经历了挑战。\n今天的仪式标志着项目启动。\n最后，再次祝愿仪式圆满成功！"},
		{"em-dash bullets", "——经济运行总体平稳。\n——改革开放持续深化。\n——民生保障有力有效。"},
		{"其一 as a pronoun", "二者必居其一。其二者之间，其一为主。"},
		{"a Chinese numeral and a dot inside a line", "全县一.二级公路里程增加。\n一.5公里。"},
		{"footnote marks", "实现了稳定增长。①\n结构持续优化。②"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Empty(t, summarize(t, x, tt.text))
		})
	}
}

func TestSectionsSeparateLists(t *testing.T) {
	x := newExtractor(t)
	text := "甲市\n一是扩大投资。\n乙市\n二是促进消费。"
	doc := newDoc("t", text)
	split := strings.Index(text, "乙市")
	doc.Sections = []pipeline.Section{
		{Title: "甲市", Span: pipeline.Span{Start: 0, End: split}},
		{Title: "乙市", Span: pipeline.Span{Start: split, End: len(text)}},
	}
	recs, err := x.Extract(doc)
	require.NoError(t, err)
	assert.Empty(t, recs, "一是 and 二是 lie in different signed sections")

	doc.Sections = nil
	recs, err = x.Extract(doc)
	require.NoError(t, err)
	assert.Len(t, recs, 1, "without sections the two paragraphs are one block")
}

func TestStructureParagraphs(t *testing.T) {
	// The structure stage gives paragraphs; a heading line it left out is
	// still read.
	x := newExtractor(t)
	text := "一、总体要求\n第一段。\n二、重点任务\n第二段。"
	doc := newDoc("t", text)
	for _, p := range []string{"第一段。", "第二段。"} {
		i := strings.Index(text, p)
		doc.Paragraphs = append(doc.Paragraphs, pipeline.Span{Start: i, End: i + len(p)})
	}
	recs, err := x.Extract(doc)
	require.NoError(t, err)
	require.Len(t, recs, 1)
	e := recs[0].(*pipeline.Enumeration)
	assert.Equal(t, StyleDunZh, e.Style)
	assert.Equal(t, 2, len(e.Items))
}

func TestNew(t *testing.T) {
	set, err := builtinSet()
	require.NoError(t, err)
	tests := []struct {
		name    string
		set     *dict.Set
		wantErr error
	}{
		{"builtin", set, nil},
		{"nil set uses the builtin list", nil, nil},
		{"bad kind", set.With(ListName, []dict.Entry{{Word: "抓手", Fields: []string{"list"}, Source: "user.txt:1"}}), ErrBadEntry},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x, err := New(tt.set)
			if tt.wantErr != nil {
				assert.ErrorIs(t, err, tt.wantErr)
				assert.Contains(t, err.Error(), "user.txt:1")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, "enumeration", x.Name())
			assert.NotNil(t, x.parallel)
		})
	}
}

func TestParallel(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name string
		text string
		want []summary
	}{
		{"three paragraphs with a gap",
			"以打造创新平台为抓手，着力推进技术攻关。内容。\n我们将继续推进。\n以推动融通创新为重点，不断提升能动性。内容。\n以引育人才为支撑，夯实发展基础。内容。",
			[]summary{{StyleParallel, "以打造创新平台为抓手|以推动融通创新为重点|以引育人才为支撑", "着力推进技术攻关|不断提升能动性|夯实发展基础", true, 0}}},
		{"two are not enough",
			"以打造创新平台为抓手，着力推进技术攻关。\n以推动融通创新为重点，不断提升能动性。", nil},
		{"too far apart",
			"以打造平台为抓手，推进攻关。\n甲。\n乙。\n丙。\n丁。\n以推动创新为重点，提升能动性。\n以引育人才为支撑，夯实基础。", nil},
		{"not at the paragraph start",
			"我们以打造平台为抓手，推进攻关。\n我们以推动创新为重点，提升能动性。\n我们以引育人才为支撑，夯实基础。", nil},
		{"an unknown head word",
			"以甲为乙，推进攻关。\n以丙为丁，提升能动性。\n以戊为己，夯实基础。", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, summarize(t, x, tt.text))
		})
	}
}

// founding reads the founding article.
func founding(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "articles", "hightech-zones-2022.txt"))
	require.NoError(t, err)
	return string(b)
}

func TestFoundingArticle(t *testing.T) {
	x := newExtractor(t)
	text := founding(t)
	doc := newDoc("hightech-zones-2022", text)
	recs, _ := extractChecked(t, x, doc)

	type item struct{ marker, heading, start, end string }
	type list struct {
		style       string
		first, last int
		complete    bool
		items       []item
	}
	want := []list{
		{StyleShi, 4, 8, false, []item{
			{"四是", "实施“未来产业探路”行动", "四是实施“未来产业探路”行动", "勇当全国未来产业发展的探路先锋。"},
			{"五是", "实施“高端人才引进”行动", "五是实施", "素质优异的多层次人才队伍。"},
			{"六是", "实施“未来生态培育”行动", "六是实施", "早日建成全国区域性科创金融中心。"},
			{"七是", "实施“协同开放链接”行动", "七是实施", "为国际开放创新拓展新空间。"},
			{"八是", "实施“创新文化先行”行动", "八是实施", "以创新文化引领科技力量。"},
		}},
		{StyleParallel, 1, 4, true, []item{
			// A parallel part runs on to the next one: the paragraph after
			// this opener (我们将高水平推进丝路科学城建设…) belongs to it.
			{"以打造创新平台为抓手", "着力推进关键技术攻关", "以打造创新平台为抓手", "促进各类创新主体多出成果、出好成果。"},
			{"以推动融通创新为重点", "不断提升企业创新能动性", "以推动融通创新为重点", "中小企业“专精特新”发展。"},
			{"以促进两链融合为关键", "加快推动科技成果产业化", "以促进两链融合为关键", "积极抢占未来科技和产业发展制高点。"},
			{"以引育创新人才为支撑", "夯实创新发展硬基础", "以引育创新人才为支撑", "以高素质人才队伍引领驱动高质量发展。"},
		}},
		{StyleShi, 1, 4, true, []item{
			{"一是", "加快科技型企引育", "一是加快科技型企引育", "打造具有国际影响力和国内竞争力的“中国康湾”。"},
			{"二是", "强化科技金融赋能", "二是强化科技金融赋能", "激发区域经济发展活力。"},
			{"三是", "聚焦“人才+产业”双轮驱动", "三是聚焦", "持续挖掘引进优质人才项目,为园"},
			{"四是", "加速产业载体提档升级", "四是加速产业载体提档升级", "打造高层次硬科技创业深度孵化平台。"},
		}},
	}
	require.Len(t, recs, len(want))
	for i, w := range want {
		e := recs[i].(*pipeline.Enumeration)
		assert.Equal(t, w.style, e.Style, "list %d style", i)
		assert.Equal(t, w.first, e.First, "list %d first", i)
		assert.Equal(t, w.last, e.Last, "list %d last", i)
		assert.Equal(t, w.complete, e.Complete, "list %d complete", i)
		assert.Nil(t, e.Parent, "list %d parent", i)
		require.Len(t, e.Items, len(w.items), "list %d items", i)
		for j, wi := range w.items {
			it := e.Items[j]
			assert.Equal(t, j+w.first, it.Ordinal)
			assert.Equal(t, wi.marker, it.Marker)
			assert.Equal(t, wi.heading, it.Heading)
			assert.True(t, strings.HasPrefix(it.Text, wi.start), "item %s starts %q", it.Marker, firstRunes(it.Text, 20))
			// The broken paragraph 为园/区主导产业 goes on with the 三是 item
			// to the next item, and under the real normalizer it is joined:
			// the item runs on to its true end.
			broken := wi.marker == "三是" && strings.HasSuffix(it.Text, "为园\n\n区主导产业集聚发展打好基础。")
			if !strings.HasSuffix(it.Text, wi.end) && !broken {
				t.Errorf("list %d item %s ends %q, want …%q", i, it.Marker, lastRunes(it.Text, 20), wi.end)
			}
			if w.style != StyleParallel && !broken {
				assert.NotContains(t, it.Text, "\n", "item %s is one paragraph", it.Marker)
			}
		}
		assert.Equal(t, e.Items[0].Start, e.Start)
		assert.Equal(t, e.Items[len(e.Items)-1].End, e.End)
	}
}

func firstRunes(s string, n int) string {
	r := []rune(s)
	return string(r[:min(n, len(r))])
}

func lastRunes(s string, n int) string {
	r := []rune(s)
	return string(r[max(0, len(r)-n):])
}

// extent is a list reduced to its markers, its parent item and the text of
// its last item, which shows where the list ends.
type extent struct {
	Style   string
	Markers string // the item markers joined by "|"
	Parent  int    // ordinal of the containing item, 0 at top level
	Last    string // the last item's text
}

// tenTasks is a list of ten one-paragraph items, as a speech lists the
// tasks it announces.
const tenTasks = "1．加快产业升级。\n2．扩大有效投资。\n3．提振消费。\n4．稳定外贸。\n5．保障就业。\n" +
	"6．防范风险。\n7．改善民生。\n8．保护生态。\n9．深化改革。\n10．加强党建。\n"

const tenMarkers = "1．|2．|3．|4．|5．|6．|7．|8．|9．|10．"

// TestContentsBeforeTheBody checks that the last item of a table of
// contents ends with its own line, not with the title and the opening
// words that follow it: a county report's contents, then its title and its
// own 一、 (Xiaxian 2024).
func TestContentsBeforeTheBody(t *testing.T) {
	x := newExtractor(t)
	text := "一、2023年工作回顾\n\n二、2024年工作安排\n\n(一)聚焦项目建设\n\n(二)聚焦工业强县\n\n三、全面加强政府自身建设\n\n2024年夏县政府工作报告\n\n各位代表:\n\n一、2023年工作回顾\n\n过去的一年,极不平凡。"
	doc := newDoc("t", text)
	recs, _ := extractChecked(t, x, doc)
	require.Len(t, recs, 2)
	l := recs[0].(*pipeline.Enumeration)
	require.Len(t, l.Items, 3)
	last := l.Items[2]
	assert.Equal(t, "三、全面加强政府自身建设", text[last.Span.Start:last.Span.End])
}

// The 1978 report lists its parts in a sentence, then opens each: the
// sentence is contents, no list; the parts are one.
func TestContentsInASentence(t *testing.T) {
	x := newExtractor(t)
	text := "报告分三个部分：一、三年来的斗争；二、加快经济建设；三、国际形势。\n\n一、三年来的斗争\n\n正文。\n\n二、加快经济建设\n\n正文。\n\n三、国际形势\n\n正文。"
	got := summarize(t, x, text)
	assert.Equal(t, []summary{{StyleDunZh, "一、|二、|三、", "三年来的斗争|加快经济建设|国际形势", true, 0}}, got)
	recs, _ := extractChecked(t, x, newDoc("t", text))
	require.Len(t, recs, 1)
	assert.Greater(t, recs[0].(*pipeline.Enumeration).Span.Start, strings.Index(text, "\n"))
}

// A compilation opens with the contents of the plans it holds, numbered
// 1. 2. 3., and then the first plan's 一、 parts: the parts are no points of
// the contents' last line, and points of the plan numbered on across its
// sections never go on from the contents' numbers.
func TestContentsOfACompilation(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name     string
		text     string
		want     []summary
		lastLine string // the text of the contents' last item
	}{
		{"parts after the contents are no points of its last line",
			"1.市局工作要点\n\n2.县局工作要点\n\n3.区局工作要点\n\n一、坚持目标\n\n1.完成任务\n\n2.健全体系\n\n二、突出重点\n\n1.提高质量\n\n2.加强监测",
			[]summary{
				{StyleDot, "1.|2.|3.", "市局工作要点|县局工作要点|区局工作要点", true, 0},
				{StyleDunZh, "一、|二、", "坚持目标|突出重点", true, 0},
				{StyleDot, "1.|2.", "完成任务|健全体系", true, 1},
				{StyleDot, "1.|2.", "提高质量|加强监测", true, 2},
			},
			"3.区局工作要点"},
		{"points numbered across sections go on from the plan's own points",
			"1.市局工作要点\n2.县局工作要点\n3.区局工作要点\n一、坚持目标\n1.完成任务\n2.健全体系\n二、突出重点\n（一）提高质量\n3.坚持质量观\n4.加强监测\n（二）推进现代化\n5.发展学前教育\n6.发展义务教育",
			[]summary{
				{StyleDot, "1.|2.|3.", "市局工作要点|县局工作要点|区局工作要点", true, 0},
				{StyleDunZh, "一、|二、", "坚持目标|突出重点", true, 0},
				{StyleDot, "1.|2.", "完成任务|健全体系", true, 1},
				{StyleParenZh, "（一）|（二）", "提高质量|推进现代化", true, 2},
				{StyleDot, "3.|4.|5.|6.", "坚持质量观|加强监测|发展学前教育|发展义务教育", false, 0},
			},
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := newDoc("t", tt.text)
			assert.Equal(t, tt.want, summarizeDoc(t, x, doc))
			if tt.lastLine == "" {
				return
			}
			recs, err := x.Extract(doc)
			require.NoError(t, err)
			items := recs[0].(*pipeline.Enumeration).Items
			last := items[len(items)-1]
			assert.Equal(t, tt.lastLine, doc.Norm.Text[last.Span.Start:last.Span.End])
		})
	}
}

// TestPointsSpelledOut covers the paragraphs that follow a point's own up
// to the next point: they spell it out and belong to it, but for what
// opens the next point's paragraph before its marker. The last point ends
// with its paragraph, unless every point before it is spelled out so: then
// it runs on over as many paragraphs as the shortest of them, up to a
// paragraph that opens a point, looks like a heading or adds to the list
// (此外).
func TestPointsSpelledOut(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name  string
		text  string
		texts []string // the item texts of the first list
	}{
		// The 2002 and 2017 reports: a point's first sentence stands as a
		// paragraph of its own.
		{"paragraphs spelling out a point", "主要做好三方面工作。\n一是完善社会保障体系。\n当务之急是扩大覆盖面。\n同时提高统筹层次。\n二是扩大就业。\n多渠道开发岗位。\n三是稳定物价。\n此外，各地要加强领导。",
			[]string{"一是完善社会保障体系。\n当务之急是扩大覆盖面。\n同时提高统筹层次。", "二是扩大就业。\n多渠道开发岗位。", "三是稳定物价。"}},
		// The 2003 and 2009 reports: the next point opens after sentences
		// that spell out the one before in its own paragraph.
		{"sentences before the next point in their paragraph", "国有企业改革取得进展。\n一是加快现代企业制度建设。\n推行公司制改革。\n二是减轻企业负担和历史包袱。\n实施债权转股权。三是推进企业管理创新。加强成本管理。",
			[]string{"一是加快现代企业制度建设。\n推行公司制改革。", "二是减轻企业负担和历史包袱。\n实施债权转股权。", "三是推进企业管理创新。加强成本管理。"}},
		// The 2022 and 2015 reports: the last point is spelled out as the
		// others are, in one paragraph as the shortest of them; what the
		// review goes on with (the party, diplomacy) is no part of it.
		{"the last point spelled out as the others", "一是稳定经济。\n就业保持稳定。\n物价总体平稳。\n二是扩大开放。\n进出口增长。\n三是推进法治政府建设。\n制定行政法规15部。\n开展党史学习教育。\n中国特色大国外交全面推进。",
			[]string{"一是稳定经济。\n就业保持稳定。\n物价总体平稳。", "二是扩大开放。\n进出口增长。", "三是推进法治政府建设。\n制定行政法规15部。"}},
		// The 1997 and 2004 reports: a 第一 list whose points are headings
		// over paragraphs, the last as well.
		{"the last of points headed 第一", "第一，加快农业结构调整。\n优化农产品区域布局。\n第二，加快农业科技进步。\n加强农业科研攻关。\n积极推进社会保障制度改革。",
			[]string{"第一，加快农业结构调整。\n优化农产品区域布局。", "第二，加快农业科技进步。\n加强农业科研攻关。"}},
		// The 2004 report: a sentence looking back on the points (通过这些
		// 措施) is no part of the last.
		{"the last point up to a sentence looking back", "主要措施是：一要控制规模。二要严肃税制，坚决纠正违规行为。通过这些措施，努力使投资结构得到优化。",
			[]string{"一要控制规模。", "二要严肃税制，坚决纠正违规行为。"}},
		{"the last point up to a sentence naming the points", "今年将采取三项举措：一是全面推开营改增试点。二是取消违规设立的政府性基金。三是将免征范围扩大到所有企业和个人。实施上述政策，今年将减轻企业负担。",
			[]string{"一是全面推开营改增试点。", "二是取消违规设立的政府性基金。", "三是将免征范围扩大到所有企业和个人。"}},
		// A county's drafting note (Jinxian): circled conditions of one
		// sentence, separated by semicolons; what follows the sentence is
		// the point's that holds them.
		{"circled conditions of one sentence", "满足以下任一条件:①税收不低于250元;②年度营业收入达10000元。自免租期结束之日起,减免租金。",
			[]string{"①税收不低于250元;", "②年度营业收入达10000元。"}},
		{"the last point up to a heading", "一是稳定经济。\n就业保持稳定。\n二是扩大开放。\n民生工作\n进出口增长。",
			[]string{"一是稳定经济。\n就业保持稳定。", "二是扩大开放。"}},
		// A county's measures (Panxian): the title of the part the next
		// article opens is no part of the article before.
		{"a part's title between articles", "第一條為促進電子商務發展，制定本辦法。\n\n第二條本辦法扶持對象是電子商務企業和個體工商戶。\n\n培育電商主體企業\n\n第三條對新註冊的電商企業給予獎勵。",
			[]string{"第一條為促進電子商務發展，制定本辦法。", "第二條本辦法扶持對象是電子商務企業和個體工商戶。", "第三條對新註冊的電商企業給予獎勵。"}},
		// A Hong Kong party's release (2022): the page's subhead and the
		// quote mark opening the next point are no part of the point
		// before.
		{"a subhead and a quote mark before the next point", "「第二，行政長官也回應了訴求。」\n\n措施具開創性\n\n「第三，施政報告很多建議也是開創性的。」",
			[]string{"第二，行政長官也回應了訴求。」", "第三，施政報告很多建議也是開創性的。」"}},
		{"the last point up to what is added", "一是稳定经济。\n就业保持稳定。\n二是扩大开放。\n此外，各地要加强领导。",
			[]string{"一是稳定经济。\n就业保持稳定。", "二是扩大开放。"}},
		// A Hong Kong news page (2024): a headline and its bar open the
		// next point's paragraph, no part of the point before.
		{"a headline before the next point", "財政預算案派糖2024|1. 住宅物業差餉寬減$1000\n\n寬減首季差餉。\n\n財政預算案派糖2024｜2. 薪俸稅退稅$3000\n\n退稅上限3000元。",
			[]string{"1. 住宅物業差餉寬減$1000\n\n寬減首季差餉。", "2. 薪俸稅退稅$3000\n\n退稅上限3000元。"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := newDoc("t", tt.text)
			recs, _ := extractChecked(t, x, doc)
			require.NotEmpty(t, recs)
			var texts []string
			for _, it := range recs[0].(*pipeline.Enumeration).Items {
				texts = append(texts, doc.Norm.Text[it.Span.Start:it.Span.End])
			}
			assert.Equal(t, tt.texts, texts)
		})
	}
}

// TestReportTurns covers where a report turns from a list's last item to
// what follows it: an address to the hearers (各位代表！) ends a headed
// point, though not a report's part (一、), and a closing heading (结束语)
// ends every list.
func TestReportTurns(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name string
		text string
		want []summary
		last []string // the last item's text of each list
	}{
		// The 2009 report: （三） ends where the report addresses the
		// deputies and turns to the earthquake, and the problems it lists
		// after that are points of the part, not of （三）.
		{"an address ends a headed point",
			"一、2008年工作回顾\n（一）加强宏观调控。\n调控有力。\n（二）推进改革开放。\n开放水平继续提高。\n各位代表！\n去年发生特大地震。\n在肯定成绩的同时，一是金融危机蔓延，二是经济增速下滑。\n二、2009年工作安排\n正文。",
			[]summary{
				{StyleDunZh, "一、|二、", "2008年工作回顾|2009年工作安排", true, 0},
				{StyleParenZh, "（一）|（二）", "加强宏观调控|推进改革开放", true, 1},
				{StyleShi, "一是|二是", "金融危机蔓延|经济增速下滑", true, 1},
			},
			[]string{"二、2009年工作安排\n正文。", "（二）推进改革开放。\n开放水平继续提高。", "二是经济增速下滑。"}},
		// The 1987 report: a list of the parts' own style that a sentence
		// of the last part announces with a colon is nested in it, and the
		// part runs on past it; a label with a colon (主席致詞:) or a new
		// part's heading before it leaves the list a sibling.
		{"a part announcing a list of its own style",
			"一、关于经济工作\n正文。\n二、关于政治局面\n安定团结十分重要。\n从当前来说，要集中力量抓好以下几件事：\n一、继续批评错误观点；\n二、加强正面教育。\n还要加强社会治安的综合治理。",
			[]summary{{StyleDunZh, "一、|二、", "关于经济工作|关于政治局面", true, 0}, {StyleDunZh, "一、|二、", "继续批评错误观点|加强正面教育", true, 2}},
			[]string{"二、关于政治局面\n安定团结十分重要。\n从当前来说，要集中力量抓好以下几件事：\n一、继续批评错误观点；\n二、加强正面教育。\n还要加强社会治安的综合治理。", "二、加强正面教育。"}},
		{"a label announcing a list of the parts' style",
			"一、頒獎\n正文。\n二、獻獎\n本府榮獲特優獎項。\n主席致詞:\n一、感謝各位退休人員。\n二、獎勵各機關優先採購。",
			[]summary{{StyleDunZh, "一、|二、", "頒獎|獻獎", true, 0}, {StyleDunZh, "一、|二、", "感謝各位退休人員|獎勵各機關優先採購", true, 0}},
			[]string{"二、獻獎\n本府榮獲特優獎項。\n主席致詞:", "二、獎勵各機關優先採購。"}},
		// The 1984 and 1988 reports: the last of the 一、 points ends where
		// the report's next part, unnumbered, opens with its title between
		// running text; a sentence a page broke is no title.
		{"an unnumbered part's title ends the last point",
			"一、改革城市经济体制\n正文。\n二、更加重视知识分子的作用\n认真做好上述工作，将有力地促进社会经济的发展。\n经济增速是综合性指标，今年预期目标设定\n为6%以上。\n关于外交工作\n一年来，我国积极开展外交活动，扩大同世界各国的友好往来，国际地位不断提高，为国内建设争取了和平的国际环境。",
			[]summary{{StyleDunZh, "一、|二、", "改革城市经济体制|更加重视知识分子的作用", true, 0}},
			[]string{"二、更加重视知识分子的作用\n认真做好上述工作，将有力地促进社会经济的发展。\n经济增速是综合性指标，今年预期目标设定\n为6%以上。"}},
		// The 2006 and 2012 reports: the review sums up what the year
		// achieved, or turns to what is still wrong, after its last point.
		{"a review turning from its last point",
			"（一）经济平稳较快发展。\n粮食增产。\n（二）社会事业加快发展。\n教育事业取得新进展。\n一年来的成就，是党中央正确领导的结果。\n在肯定成绩的同时，我们也清醒地看到存在的问题。",
			[]summary{{StyleParenZh, "（一）|（二）", "经济平稳较快发展|社会事业加快发展", true, 0}},
			[]string{"（二）社会事业加快发展。\n教育事业取得新进展。"}},
		// The 1986 report: a part's own points restart the parts' style
		// after a list of a lower rank in the part; they nest in the part,
		// not in the last point of that list.
		{"a part's points after a list of a lower rank",
			"一、过去五年的回顾\n正文。\n二、基本任务\n（一）\n加快发展。\n（二）\n加强建设。\n（三）\n改善人民生活。\n上述三项任务，是相互联系的。\n一、确定适度的经济增长率\n正文。\n二、调整产业结构\n正文。\n三、扩大对外开放\n正文。\n四、改善人民生活\n正文。\n三、经济体制改革\n正文。",
			[]summary{{StyleDunZh, "一、|二、|三、", "过去五年的回顾|基本任务|经济体制改革", true, 0}, {StyleParenZh, "（一）|（二）|（三）", "加快发展|加强建设|改善人民生活", true, 2}, {StyleDunZh, "一、|二、|三、|四、", "确定适度的经济增长率|调整产业结构|扩大对外开放|改善人民生活", true, 2}},
			[]string{"三、经济体制改革\n正文。", "（三）\n改善人民生活。", "四、改善人民生活\n正文。"}},
		// The 1986 report: after the points are counted up (以上讲的五个
		// 问题), a list that follows is the part's, no point's.
		{"a list after the points are counted up",
			"一、过去五年的回顾\n正文。\n二、基本任务\n（一）\n加快发展。\n（二）\n改善生活。\n一、关于增长速度\n正文。\n二、关于结构\n正文。\n三、关于开放\n正文。\n四、关于消费\n引导消费结构合理化。\n各位代表！以上讲的四个问题，贯穿着一个总的精神。为了加快农业的发展，\n一要继续执行正确的农村政策，\n二要增加农业投入。\n三、关于改革\n正文。",
			[]summary{{StyleDunZh, "一、|二、|三、", "过去五年的回顾|基本任务|关于改革", true, 0}, {StyleParenZh, "（一）|（二）", "加快发展|改善生活", true, 2}, {StyleDunZh, "一、|二、|三、|四、", "关于增长速度|关于结构|关于开放|关于消费", true, 2}, {StyleYao, "一要|二要", "继续执行正确的农村政策|增加农业投入", true, 2}},
			[]string{"三、关于改革\n正文。", "（二）\n改善生活。", "四、关于消费\n引导消费结构合理化。", "二要增加农业投入。"}},
		// The 1981 report: a paragraph looking back on the points, counted,
		// is no part of the last point of a nested list.
		{"a paragraph looking back on the points",
			"一、今后经济建设的方针\n（一）依靠政策和科学，加快农业的发展\n正文。\n（二）统筹安排生产建设和人民生活\n这是党和政府的一贯方针。\n国务院提出的以上两项经济建设方针，涉及的问题比较广泛。\n二、关于政治建设\n正文。",
			[]summary{{StyleDunZh, "一、|二、", "今后经济建设的方针|关于政治建设", true, 0}, {StyleParenZh, "（一）|（二）", "依靠政策和科学|统筹安排生产建设和人民生活", true, 1}},
			[]string{"二、关于政治建设\n正文。", "（二）统筹安排生产建设和人民生活\n这是党和政府的一贯方针。"}},
		// The 2008 and 2011 reports: a term's review turns from its last
		// point to the rest of the five years.
		{"a term's review turning to the rest of its five years",
			"（一）加强宏观调控。\n调控有力。\n（二）全面加强社会建设。\n在教育方面。正文。\n五年来，我们在民主法制建设、国防和军队建设等方面，也取得了重要进展。\n过去五年，我们是一步一个脚印走过来的。",
			[]summary{{StyleParenZh, "（一）|（二）", "加强宏观调控|全面加强社会建设", true, 0}},
			[]string{"（二）全面加强社会建设。\n在教育方面。正文。"}},
		// The 1999 report: its last part ends before the closing words.
		{"a closing heading ends the last part",
			"一、关于经济工作\n正文。\n二、关于外交工作\n作出应有的贡献。\n结束语\n各位代表！让我们团结起来。",
			[]summary{{StyleDunZh, "一、|二、", "关于经济工作|关于外交工作", true, 0}},
			[]string{"二、关于外交工作\n作出应有的贡献。"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := newDoc("t", tt.text)
			assert.Equal(t, tt.want, summarizeDoc(t, x, doc))
			recs, err := x.Extract(doc)
			require.NoError(t, err)
			var last []string
			for _, r := range recs {
				items := r.(*pipeline.Enumeration).Items
				it := items[len(items)-1]
				last = append(last, doc.Norm.Text[it.Span.Start:it.Span.End])
			}
			assert.Equal(t, tt.last, last)
		})
	}
}

func TestParagraphItemLists(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name string
		text string
		want []extent
	}{
		// A Hong Kong bureau's speech (2024) and the 1988 report: items
		// closed by semicolons, then a sentence that sums them up or leaves
		// them; a sentence that goes on with the last item stays in it.
		{"a summary after a list of semicolons", "措施包括:第一,增加範疇;第二,擴大資格;第三,延長配額有效期。上述三項人才計劃的優化安排可以提供更多機會。",
			[]extent{{StyleDi, "第一|第二|第三", 0, "第三,延長配額有效期。"}}},
		// The 1981 report: points a comma parts end at a semicolon, where
		// the next pair opens; the pair after it nests in neither.
		{"points of commas ending at a semicolon", "我们要利用两种资源，首先是国内资源，其次是国际资源；学会两套本领，一是管理国内经济的本领，二是开展对外经济贸易的本领。",
			[]extent{{StyleShouxian, "首先|其次", 0, "其次是国际资源；"}, {StyleShi, "一是|二是", 0, "二是开展对外经济贸易的本领。"}}},
		// The 1978 and 1957 reports: a sentence looking back on the points
		// (为了保证以上措施的落实, 根据以上种种) ends the last, in a
		// heading's own paragraph too.
		{"a sentence looking back in the last heading's paragraph", "采取以下措施：\n（一）加强农田基本建设。\n（二）加强对穷队的领导，尽快赶上富队。为了保证以上措施的落实，提高了投资比重。",
			[]extent{{StyleParenZh, "（一）|（二）", 0, "（二）加强对穷队的领导，尽快赶上富队。"}}},
		// The 1998 and 1981 reports: a list of semicolons is one sentence
		// with no summary after it too; a quote it stands in closes with
		// it (a county speech, 2025).
		{"a list of semicolons ending its sentence", "一是深化改革；二是推进以建立社会保障制度为重点的配套改革。我们必须充分估计改革的艰巨性。",
			[]extent{{StyleShi, "一是|二是", 0, "二是推进以建立社会保障制度为重点的配套改革。"}}},
		{"a list of semicolons closing a quote", "他表示:“我有三个方面感受:首先是信心,让人信心倍增;其次是关心,让我深切感受到关心;最后是决心,为打好收官之战奋发前行。”会议强调。",
			[]extent{{StyleShouxian, "首先|其次|最后", 0, "最后是决心,为打好收官之战奋发前行。”"}}},
		// The farm ministry's news (2024), cut by the page after its last
		// marker: the marker is an item of its own, no part of the one
		// before.
		{"a marker ending the text", "今年重点抓好四个方面工作。一是抓好粮食生产。二是强化科技支撑。三是深化农村改革。四是",
			[]extent{{StyleShi, "一是|二是|三是|四是", 0, "四是"}}},
		// A Hong Kong news page (2024): each section opens with the
		// headline, a bar and the point's number; the last point is spelled
		// out in a paragraph, as the first is.
		{"points after a headline's bar", "財政預算案派糖2024|1. 住宅物業差餉寬減$1000\n\n寬減首季差餉。\n\n財政預算案派糖2024｜2. 薪俸稅退稅$3000\n\n退稅上限3000元。",
			[]extent{{StyleDot, "1.|2.", 0, "2. 薪俸稅退稅$3000\n\n退稅上限3000元。"}}},
		{"a sentence going on with the last item", "一是加强领导；二是完善机制；三是强化保障。加大投入，完善制度。",
			[]extent{{StyleShi, "一是|二是|三是", 0, "三是强化保障。加大投入，完善制度。"}}},
		{"a colon opens a list nested in the item; the outer list goes on after it",
			"今天我讲三点意见。第一，要提高认识。第二，要突出重点。重点抓好以下十项工作：\n" + tenTasks +
				"第三，要狠抓落实。一要压实责任，二要强化督查，三要严格考核。",
			[]extent{
				{StyleDi, "第一|第二|第三", 0, "第三，要狠抓落实。一要压实责任，二要强化督查，三要严格考核。"},
				{StyleDot, tenMarkers, 2, "10．加强党建。"},
				{StyleYao, "一要|二要|三要", 3, "三要严格考核。"},
			}},
		// A county's award rules (2024): an article whose own line holds
		// only its title runs on over the paragraphs after it, and holds
		// the points there.
		{"an article titled on its own line",
			"第一条为调动各方积极性，特制定本办法。\n第二条奖励范围\n凡引进项目并在本团落户的均为奖励项目。\n1.引荐者包括自然人。\n2.一个项目只奖励一个引荐者。",
			[]extent{
				{StyleArticle, "第一条|第二条", 0, "第二条奖励范围\n凡引进项目并在本团落户的均为奖励项目。\n1.引荐者包括自然人。\n2.一个项目只奖励一个引荐者。"},
				{StyleDot, "1.|2.", 2, "2.一个项目只奖励一个引荐者。"},
			}},
		{"a colon before an inline list in the next paragraph",
			"我讲两点意见。第一，抓好三件事：\n一是稳增长；二是促改革；三是惠民生。\n第二，强化保障。",
			[]extent{
				{StyleDi, "第一|第二", 0, "第二，强化保障。"},
				{StyleShi, "一是|二是|三是", 1, "三是惠民生。"},
			}},
		{"a colon with a half-width mark, in a 一是 list",
			"主要做好两方面工作。一是稳定外贸。二是扩大内需，重点是:\n(1)提振消费；\n(2)扩大投资。\n三是深化改革。",
			[]extent{
				{StyleShi, "一是|二是|三是", 0, "三是深化改革。"},
				{StyleParen, "(1)|(2)", 2, "(2)扩大投资。"},
			}},
		// 第一 and 第二 inside a paragraph are paragraph items (a 第一 that
		// opens a paragraph would be a heading holding what follows).
		// Without the colon the ten items are a list of their own after
		// 第二; the last of them ends with its paragraph and does not take
		// in 第三's paragraph, which is too far to continue 第一…第二.
		{"no colon: the last one-paragraph item does not swallow the next paragraph",
			"我讲三点意见。第一，要提高认识。第二，要突出重点。\n" + tenTasks + "第三，要狠抓落实。一要压实责任，二要强化督查。",
			[]extent{
				{StyleDi, "第一|第二", 0, "第二，要突出重点。"},
				{StyleDot, tenMarkers, 0, "10．加强党建。"},
				{StyleYao, "一要|二要", 0, "二要强化督查。"},
			}},
		{"no colon: an item ending with a full stop holds no list in the next paragraph",
			"我讲两点意见。第一，抓好三件事。\n一是稳增长；二是促改革。\n第二，强化保障。",
			[]extent{
				{StyleDi, "第一|第二", 0, "第二，强化保障。"},
				{StyleShi, "一是|二是", 0, "二是促改革。"},
			}},
		{"a list written as one sentence ends with it",
			"我讲两点意见。第一，要狠抓落实。一要压实责任，二要强化督查。首先，各地要细化方案；其次，要建立台账。\n第二，要加强保障。",
			[]extent{
				{StyleDi, "第一|第二", 0, "第二，要加强保障。"},
				{StyleYao, "一要|二要", 1, "二要强化督查。"},
				{StyleShouxian, "首先|其次", 1, "其次，要建立台账。"},
			}},
		{"one-paragraph items hold no list a few paragraphs on",
			"（一）总体要求\n正文。\n（二）重点任务\n主要任务是：\n一、扩大内需；\n二、稳定外贸。\n这两项工作要抓紧。\n路线的基本点是两条，一是坚持原则，二是坚持改革。\n（三）保障措施\n正文。",
			[]extent{
				{StyleParenZh, "（一）|（二）|（三）", 0, "（三）保障措施\n正文。"},
				{StyleDunZh, "一、|二、", 2, "二、稳定外贸。"},
				{StyleShi, "一是|二是", 2, "二是坚持改革。"},
			}},
		{"a heading item still holds the paragraphs after it",
			"（一）加强领导。\n（二）完善政策\n1．财政支持。\n2．金融支持。\n（三）强化考核。",
			[]extent{
				{StyleParenZh, "（一）|（二）|（三）", 0, "（三）强化考核。"},
				{StyleDot, "1．|2．", 2, "2．金融支持。"},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := newDoc("t", tt.text)
			recs, err := x.Extract(doc)
			require.NoError(t, err)
			checkSpans(t, doc, recs)
			var got []extent
			for _, r := range recs {
				e := r.(*pipeline.Enumeration)
				var ms []string
				for _, it := range e.Items {
					ms = append(ms, it.Marker)
				}
				g := extent{Style: e.Style, Markers: strings.Join(ms, "|")}
				if e.Parent != nil {
					g.Parent = e.Parent.Item
				}
				last := e.Items[len(e.Items)-1].Span
				g.Last = tt.text[last.Start:last.End]
				got = append(got, g)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestPointsNumberedAcrossSections checks measures whose points run on with
// their numbers from one section to the next (一、 holding 1. and 2., 二、
// holding 3.): one list held by no section, each point ending before the
// next section's heading.
func TestPointsNumberedAcrossSections(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name  string
		text  string
		want  []summary
		texts []string // the texts of the items of the points' list
	}{
		{"one-paragraph points",
			"一、提高审批效率\n1.精简审批手续。加快网上审批。\n2.提高土地审批效率。\n二、加快项目建设\n3.加强项目谋划储备。\n4.强化项目会办推进。",
			[]summary{
				{StyleDunZh, "一、|二、", "提高审批效率|加快项目建设", true, 0},
				{StyleDot, "1.|2.|3.|4.", "精简审批手续|提高土地审批效率|加强项目谋划储备|强化项目会办推进", true, 0},
			},
			[]string{"1.精简审批手续。加快网上审批。", "2.提高土地审批效率。", "3.加强项目谋划储备。", "4.强化项目会办推进。"}},
		{"points over paragraphs, one in each of three sections",
			"（一）总体要求\n1.坚持创新\n正文甲。\n（二）重点任务\n2.扩大内需\n正文乙。\n（三）保障措施\n3.强化考核\n正文丙。",
			[]summary{
				{StyleParenZh, "（一）|（二）|（三）", "总体要求|重点任务|保障措施", true, 0},
				{StyleDot, "1.|2.|3.", "坚持创新|扩大内需|强化考核", true, 0},
			},
			[]string{"1.坚持创新\n正文甲。", "2.扩大内需\n正文乙。", "3.强化考核\n正文丙。"}},
		// A copy that flattened the lines of such a measure: the points
		// run on after their sections' titles and after spaces, numbered
		// across the sections all the same.
		{"points numbered across sections in a flattened copy",
			"一、提高审批效率 1.精简审批手续。加快网上审批。 2.提高土地审批效率。 二、加快项目建设 3.加强项目谋划储备。 4.强化项目会办推进。",
			[]summary{
				{StyleDunZh, "一、|二、", "提高审批效率|加快项目建设", true, 0},
				{StyleDot, "1.|2.|3.|4.", "精简审批手续|提高土地审批效率|加强项目谋划储备|强化项目会办推进", true, 0},
			},
			[]string{"1.精简审批手续。加快网上审批。", "2.提高土地审批效率。", "3.加强项目谋划储备。", "4.强化项目会办推进。"}},
		{"points numbered anew in each section are a list a section",
			"一、提高效率\n1.精简手续。\n2.压缩时限。\n二、加快建设\n1.加强储备。\n2.强化推进。",
			[]summary{
				{StyleDunZh, "一、|二、", "提高效率|加快建设", true, 0},
				{StyleDot, "1.|2.", "精简手续|压缩时限", true, 1},
				{StyleDot, "1.|2.", "加强储备|强化推进", true, 2},
			},
			[]string{"1.精简手续。", "2.压缩时限。"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, summarize(t, x, tt.text))
			doc := newDoc("t", tt.text)
			recs, err := x.Extract(doc)
			require.NoError(t, err)
			var texts []string
			for _, r := range recs {
				if e := r.(*pipeline.Enumeration); e.Style == StyleDot {
					for _, it := range e.Items {
						texts = append(texts, doc.Norm.Text[it.Span.Start:it.Span.End])
					}
					break
				}
			}
			assert.Equal(t, tt.texts, texts)
		})
	}
}
