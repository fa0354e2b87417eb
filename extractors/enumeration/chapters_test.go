package enumeration

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/policyx/policyx/pipeline"
)

// leaders is the opening of a provincial measure on leading talents, with
// the stray spaces its PDF copy keeps inside the chapter titles.
const leaders = "第一章 总 则\n" +
	"第一条 为了进一步加强领军人才队伍建设，鼓励高层次人才创新创业，制定本办法。\n" +
	"第二条 领军人才是指理想信念坚定，道德素养优良的人才。\n" +
	"第二章 培 养\n" +
	"第三条 省委、省政府直接掌握联系领军人才。\n" +
	"第四条 各地各有关部门要制定完善领军人才培养计划。"

// leaderArticles is the article list of leaders, whose headings the
// chapters leave as they were.
var leaderArticles = summary{StyleArticle, "第一条|第二条|第三条|第四条",
	"为了进一步加强领军人才队伍建设|领军人才是指理想信念坚定|省委、省政府直接掌握联系领军人才|各地各有关部门要制定完善领军人才培养计划", true, 0}

// outline is the opening of the national outline of 2021 (its first
// parts, chapters and sections, a sentence of text under each).
const outline = "第一篇 开启全面建设社会主义现代化国家新征程\n\n第一章 发展环境\n\n" +
	"第一节 决胜全面建成小康社会取得决定性成就\n\n“十三五”时期，我国经济实力大幅跃升。\n\n" +
	"第二节 我国发展环境面临深刻复杂变化\n\n当前和今后一个时期，我国发展仍然处于重要战略机遇期。\n\n" +
	"第二章 指导方针\n\n高举中国特色社会主义伟大旗帜。\n\n第三章 主要目标\n\n展望2035年，我国将基本实现社会主义现代化。\n\n" +
	"第二篇 坚持创新驱动发展 全面塑造发展新优势\n\n坚持创新在我国现代化建设全局中的核心地位。\n\n" +
	"第四章 强化国家战略科技力量\n\n制定科技强国行动纲要。"

func TestChapters(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name string
		text string
		want []summary
	}{
		{"chapters with spaced titles, articles numbered across them", "关于加强领军人才队伍建设的若干措施\n\n" + leaders,
			[]summary{{StyleChapter, "第一章|第二章", "总 则|培 养", true, 0}, leaderArticles}},
		{"traditional characters", "第一章 總則\n第一條 為促進發展，制定本辦法。\n第二條 本辦法適用於全市。\n第二章 組織\n第三條 設立委員會。",
			[]summary{
				{StyleChapter, "第一章|第二章", "總則|組織", true, 0},
				{StyleArticle, "第一條|第二條|第三條", "為促進發展|本辦法適用於全市|設立委員會", true, 0},
			}},
		{"full-width spaces", "\u3000\u3000第一章\u3000总\u3000则\n\u3000\u3000第一条\u3000为了规范管理，制定本办法。\n\u3000\u3000第二章\u3000附\u3000则\n\u3000\u3000第二条\u3000本办法自发布之日起施行。",
			[]summary{
				{StyleChapter, "第一章|第二章", "总\u3000则|附\u3000则", true, 0},
				{StyleArticle, "第一条|第二条", "为了规范管理|本办法自发布之日起施行", true, 0},
			}},
		{"titles in two parts, as a plan's outline has them",
			"第一章  高水平全面建成小康社会,开启全面建设社会主义现代化新征程\n第一节  发展环境\n第二节  主要目标\n第二章 大力实施创新驱动发展战略,加快建设科技创新强市\n第一节  加强战略科技力量建设\n第二节  培育壮大科技创新型企业",
			[]summary{
				{StyleChapter, "第一章|第二章", "高水平全面建成小康社会,开启全面建设社会主义现代化新征程|大力实施创新驱动发展战略,加快建设科技创新强市", true, 0},
				{StyleSection, "第一节|第二节", "发展环境|主要目标", true, 1},
				{StyleSection, "第一节|第二节", "加强战略科技力量建设|培育壮大科技创新型企业", true, 2},
			}},
		{"no space after the numeral, 第十二章", "第十一章总则\n正文。\n第十二章附则\n正文。",
			[]summary{{StyleChapter, "第十一章|第十二章", "总则|附则", false, 0}}},
		{"title on the next line", "第一章\n总则\n第一条 为了规范管理，制定本办法。\n第二章\n附则\n第二条 本办法自发布之日起施行。",
			[]summary{
				{StyleChapter, "第一章|第二章", "总则|附则", true, 0},
				{StyleArticle, "第一条|第二条", "为了规范管理|本办法自发布之日起施行", true, 0},
			}},
		{"an article on the heading's line", "第一章 总则 第一条 为了规范管理，制定本办法。\n第二条 本办法适用于全县。\n第二章 附则 第三条 本办法自发布之日起施行。",
			[]summary{
				{StyleChapter, "第一章|第二章", "总则|附则", true, 0},
				{StyleArticle, "第一条|第二条|第三条", "为了规范管理|本办法适用于全县|本办法自发布之日起施行", true, 0},
			}},
		{"articles all in one chapter nest in it", "第一章 总则\n本办法所称人才，是指领军人才。\n第二章 培养\n第一条 建立联系制度。\n第二条 制定培养计划。",
			[]summary{
				{StyleChapter, "第一章|第二章", "总则|培养", true, 0},
				{StyleArticle, "第一条|第二条", "建立联系制度|制定培养计划", true, 2},
			}},
		{"sections numbered anew in each chapter", "第一章 发展环境\n第一节 发展基础\n正文。\n第二节 机遇挑战\n正文。\n第二章 总体要求\n第一节 指导思想\n正文。\n第二节 主要目标\n正文。",
			[]summary{
				{StyleChapter, "第一章|第二章", "发展环境|总体要求", true, 0},
				{StyleSection, "第一节|第二节", "发展基础|机遇挑战", true, 1},
				{StyleSection, "第一节|第二节", "指导思想|主要目标", true, 2},
			}},
		{"traditional 第一節", "第一章 總則\n第一節 目的\n內容。\n第二節 定義\n內容。\n第二章 附則\n內容。",
			[]summary{
				{StyleChapter, "第一章|第二章", "總則|附則", true, 0},
				{StyleSection, "第一節|第二節", "目的|定義", true, 1},
			}},
		{"lists in a chapter outside any article nest in it", "第一章 发展基础\n一是经济稳定增长；二是结构持续优化。\n第二章 主要任务\n（一）扩大内需\n正文。\n（二）深化改革\n正文。",
			[]summary{
				{StyleChapter, "第一章|第二章", "发展基础|主要任务", true, 0},
				{StyleShi, "一是|二是", "经济稳定增长|结构持续优化", true, 1},
				{StyleParenZh, "（一）|（二）", "扩大内需|深化改革", true, 2},
			}},
		{"paragraphs in parallel nest in their chapter and stop at the next", "第一章 主要任务\n以打造创新平台为抓手，推进攻关。\n以推动融通创新为重点，提升能动性。\n以引育人才为支撑，夯实基础。\n第二章 保障措施\n以完善制度为重点，强化落实。",
			[]summary{
				{StyleChapter, "第一章|第二章", "主要任务|保障措施", true, 0},
				{StyleParallel, "以打造创新平台为抓手|以推动融通创新为重点|以引育人才为支撑", "推进攻关|提升能动性|夯实基础", true, 1},
			}},
		{"items in articles stay in their article", "第一章 总则\n第一条 申报条件：\n1.在本县注册；\n2.信用良好。\n第二章 程序\n第二条 申报程序：\n1.提交申请；\n2.部门审核。",
			[]summary{
				{StyleChapter, "第一章|第二章", "总则|程序", true, 0},
				{StyleArticle, "第一条|第二条", "申报条件|申报程序", true, 0},
				{StyleDot, "1.|2.", "在本县注册|信用良好", true, 1},
				{StyleDot, "1.|2.", "提交申请|部门审核", true, 2},
			}},
		{"points numbered across chapters, as articles are, stay one list",
			"第一章 总则\n一、为了规范县政府工作，制定本规则。\n二、县政府工作的指导思想是依法行政。\n第二章 组成人员\n三、县政府由县长、副县长组成。\n四、县政府实行县长负责制。",
			[]summary{
				{StyleChapter, "第一章|第二章", "总则|组成人员", true, 0},
				{StyleDunZh, "一、|二、|三、|四、", "为了规范县政府工作|县政府工作的指导思想是依法行政|县政府由县长、副县长组成|县政府实行县长负责制", true, 0},
			}},
		{"points numbered anew in each chapter are a list a chapter",
			"第一章 总则\n一、为了规范管理，制定本规则。\n二、本规则适用于全县。\n第二章 职责\n一、负责全县工作。\n二、承办交办事项。",
			[]summary{
				{StyleChapter, "第一章|第二章", "总则|职责", true, 0},
				{StyleDunZh, "一、|二、", "为了规范管理|本规则适用于全县", true, 1},
				{StyleDunZh, "一、|二、", "负责全县工作|承办交办事项", true, 2},
			}},
		{"a list does not go on across a chapter heading", "第一章 总则\n一是加强领导；\n第二章 保障\n二是强化保障。",
			[]summary{{StyleChapter, "第一章|第二章", "总则|保障", true, 0}}},
		{"a table of contents is no list; the chapters after it are", "目录\n第一章 总则……………1\n第二章 培养……………3\n\n" + leaders,
			[]summary{{StyleChapter, "第一章|第二章", "总 则|培 养", true, 0}, leaderArticles}},
		{"a table of contents with sections", "目录\n第一章 总则\n第一节 目的\n第二节 定义\n第二章 附则\n第一章 总则\n第一节 目的\n正文。\n第二节 定义\n正文。\n第二章 附则\n正文。",
			[]summary{
				{StyleChapter, "第一章|第二章", "总则|附则", true, 0},
				{StyleSection, "第一节|第二节", "目的|定义", true, 1},
			}},
		{"two measures in one text with the same chapter titles", "第一章 总则\n正文。\n第二章 附则\n正文。\n第一章 总则\n正文。\n第二章 附则\n正文。",
			[]summary{
				{StyleChapter, "第一章|第二章", "总则|附则", true, 0},
				{StyleChapter, "第一章|第二章", "总则|附则", true, 0},
			}},
		{"a table of contents with page numbers on lines of their own", "目录\n第一章 总则\n1\n第二章 附则\n3\n第一章 总则\n正文。\n第二章 附则\n正文。",
			[]summary{{StyleChapter, "第一章|第二章", "总则|附则", true, 0}}},
		// The national outline of 2021 numbers its chapters on across its
		// parts (篇), and its sections anew in each chapter.
		{"parts holding chapters numbered across them", outline,
			[]summary{
				{StylePart, "第一篇|第二篇", "开启全面建设社会主义现代化国家新征程|坚持创新驱动发展 全面塑造发展新优势", true, 0},
				{StyleChapter, "第一章|第二章|第三章|第四章", "发展环境|指导方针|主要目标|强化国家战略科技力量", true, 0},
				{StyleSection, "第一节|第二节", "决胜全面建成小康社会取得决定性成就|我国发展环境面临深刻复杂变化", true, 1},
			}},
		{"parts written 第N部分, their chapters numbered anew", "第一部分 发展基础\n第一章 成就\n正文。\n第二章 形势\n正文。\n第二部分 主要任务\n第一章 创新\n正文。\n第二章 开放\n正文。",
			[]summary{
				{StyleBufen, "第一部分|第二部分", "发展基础|主要任务", true, 0},
				{StyleChapter, "第一章|第二章", "成就|形势", true, 1},
				{StyleChapter, "第一章|第二章", "创新|开放", true, 2},
			}},
		{"a table of contents with parts", "目录\n第一篇 总体要求\n第一章 发展基础\n第二章 主要目标\n第二篇 创新驱动\n第三章 科技创新\n第一篇 总体要求\n第一章 发展基础\n正文。\n第二章 主要目标\n正文。\n第二篇 创新驱动\n第三章 科技创新\n正文。",
			[]summary{
				{StylePart, "第一篇|第二篇", "总体要求|创新驱动", true, 0},
				{StyleChapter, "第一章|第二章|第三章", "发展基础|主要目标|科技创新", true, 0},
			}},
		{"two measures in one text, each with its chapters", "第一章 总则\n正文。\n第二章 附则\n正文。\n第一章 总纲\n正文。\n第二章 罚则\n正文。",
			[]summary{
				{StyleChapter, "第一章|第二章", "总则|附则", true, 0},
				{StyleChapter, "第一章|第二章", "总纲|罚则", true, 0},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, summarize(t, x, tt.text))
		})
	}
}

func TestNoChapterList(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name string
		text string
		want []summary
	}{
		{"a chapter cited in a sentence", "具体办法见本办法第二章的规定，第三章另有规定的除外。", nil},
		{"第三章第五条 opening a line", "第三章第五条规定的情形除外。\n第四章的规定同样适用。", nil},
		{"a chapter opening a paragraph that reads as a sentence", "第四章已经写得很详细，现在我提出以下几点。\n第五章所规定的各项措施，应当切实执行。", nil},
		{"a single chapter is no list", "第一章 总则\n第一条 为了规范管理，制定本办法。\n第二条 本办法适用于全县。",
			[]summary{{StyleArticle, "第一条|第二条", "为了规范管理|本办法适用于全县", true, 0}}},
		{"a sentence with a comma after a chapter", "第四章规定的措施,由县政府负责实施。\n第五章所列项目,另行办理;具体见附件\n", nil},
		{"a title too long for a heading", "第一章 这是一段很长的文字而不是一个章节的标题它一直写下去没有任何标点符号直到行尾\n第二章 也是如此这般很长的文字而不是一个章节的标题一直写下去没有标点符号直到行尾", nil},
		{"an article after a chapter cited and a colon cited", "依照本办法第三章规定第一条的情形。按下列规定：第五条规定的除外。", nil},
		// A city's regulation (Baoshan 2022), a copy the page cut after
		// its first chapter: a table of contents labelled 目录 is none
		// when the body repeats even one of its chapters.
		{"a labelled table of contents whose body the page cut",
			"目 錄\n\n第一章 總 則\n\n第二章 行為規範\n\n第三章 附則\n\n第一章 總 則\n\n第一條 為了培育文明行為,制定本條例。\n\n第二條 本條例適用於本市。",
			[]summary{{StyleArticle, "第一條|第二條", "為了培育文明行為|本條例適用於本市", true, 0}}},
		{"an unlabelled run of chapters before one repeated", "第一章 總 則\n\n第二章 行為規範\n\n第三章 附則\n\n第一章 總 則\n\n第一條 為了培育文明行為,制定本條例。",
			[]summary{{StyleChapter, "第一章|第二章|第三章", "總 則|行為規範|附則", true, 0}}},
		{"a chapter alone on its line before a sentence", "第一章\n为了规范管理，制定本办法。\n第二章\n本办法自发布之日起施行。", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, summarize(t, x, tt.text))
		})
	}
}

// TestChapterExtents checks where chapter items and the articles in them
// end: an article ends before the next chapter's heading, and a chapter
// runs on to the next.
func TestChapterExtents(t *testing.T) {
	x := newExtractor(t)
	doc := newDoc("t", leaders)
	recs, _ := extractChecked(t, x, doc)
	require.Len(t, recs, 2)
	text := func(sp pipeline.Span) string { return leaders[sp.Start:sp.End] }
	chapters, articles := recs[0].(*pipeline.Enumeration), recs[1].(*pipeline.Enumeration)
	require.Equal(t, StyleChapter, chapters.Style)
	assert.Equal(t, 1, chapters.First)
	assert.Equal(t, 2, chapters.Last)
	assert.Equal(t, leaders[:strings.Index(leaders, "\n第二章")], text(chapters.Items[0].Span))
	assert.Equal(t, leaders[strings.Index(leaders, "第二章"):], text(chapters.Items[1].Span))
	assert.Equal(t, "第二条 领军人才是指理想信念坚定，道德素养优良的人才。", text(articles.Items[1].Span))
	assert.Nil(t, articles.Parent, "articles numbered across chapters are no chapter's")
}

// TestLoneChapterEndsArticle checks that an article ends before a
// chapter heading whose list was dropped, the only one a copy's junk left
// readable (Panxian's measures, about 2010).
func TestLoneChapterEndsArticle(t *testing.T) {
	x := newExtractor(t)
	text := "奉上优惠办法(试行)第一章总则 第一条为加快招商引资步伐,特制定本办法。第二条本办法不适用于煤炭项目。 第二章财政扶持措施 第三条对企业给予补助。"
	doc := newDoc("t", text)
	recs, _ := extractChecked(t, x, doc)
	require.Len(t, recs, 1)
	articles := recs[0].(*pipeline.Enumeration)
	require.Equal(t, StyleArticle, articles.Style)
	require.Len(t, articles.Items, 3)
	assert.Equal(t, "第二条本办法不适用于煤炭项目。", text[articles.Items[1].Span.Start:articles.Items[1].Span.End])
}

// TestPartExtents checks that the last chapter of a part ends before the
// next part's heading, and a part runs to the next.
func TestPartExtents(t *testing.T) {
	x := newExtractor(t)
	doc := newDoc("t", outline)
	recs, _ := extractChecked(t, x, doc)
	require.Len(t, recs, 3)
	text := func(sp pipeline.Span) string { return outline[sp.Start:sp.End] }
	parts, chapters := recs[0].(*pipeline.Enumeration), recs[1].(*pipeline.Enumeration)
	require.Equal(t, StylePart, parts.Style)
	require.Equal(t, StyleChapter, chapters.Style)
	second := strings.Index(outline, "第二篇")
	assert.Equal(t, outline[:strings.LastIndex(outline[:second], "。")+len("。")], text(parts.Items[0].Span))
	assert.Equal(t, outline[second:], text(parts.Items[1].Span))
	assert.Equal(t, "第三章 主要目标\n\n展望2035年，我国将基本实现社会主义现代化。", text(chapters.Items[2].Span))
	assert.Nil(t, chapters.Parent, "chapters numbered across parts are no part's")
}

// TestChaptersNormalized runs the example through the real normalize and
// structure stages.
func TestChaptersNormalized(t *testing.T) {
	x := newExtractor(t)
	for _, space := range []string{" ", "\u3000"} {
		for _, br := range []string{"\n", "\r\n"} {
			text := strings.ReplaceAll(strings.ReplaceAll(leaders, " ", space), "\n", br)
			doc := prepared(t, "leaders", text)
			recs, out := extractChecked(t, x, doc)
			require.Len(t, recs, 2)
			require.Len(t, out, 3)
			c, a := out[1].(*pipeline.Enumeration), out[2].(*pipeline.Enumeration)
			assert.Equal(t, StyleChapter, c.Style)
			require.Len(t, c.Items, 2)
			assert.Equal(t, "总"+space+"则", c.Items[0].Heading)
			assert.Equal(t, "培"+space+"养", c.Items[1].Heading)
			assert.True(t, c.Complete)
			assert.Equal(t, StyleArticle, a.Style)
			assert.Equal(t, 4, a.Last)
			assert.Nil(t, a.Parent)
			assert.Equal(t, "第二条"+space+"领军人才是指理想信念坚定，道德素养优良的人才。", a.Items[1].Text)
		}
	}
}

// TestRunTogetherArticles checks a measure whose copy ran its lines into
// one, through the real normalizer, which drops the spaces between Han
// runes: articles follow a sentence's end with no space, and a chapter's
// heading stands inside the line before the next article.
func TestRunTogetherArticles(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		name string
		text string
		want []summary
	}{
		{"articles and an inline chapter",
			"招商引资优惠办法\n\n第一条为加快招商引资步伐,特制定本办法。第二条本办法适用于县外投资者。第三条本办法旨在鼓励转型升级。 第二章财政扶持措施 第四条固定资产投资额1000万元以上的给予补助。第五条对投资者给予奖励。\n",
			[]summary{{StyleArticle, "第一条|第二条|第三条|第四条|第五条",
				"为加快招商引资步伐|本办法适用于县外投资者|本办法旨在鼓励转型升级|固定资产投资额1000万元以上的给予补助|对投资者给予奖励", true, 0}}},
		// County measures copied from a document site (Panxian, about
		// 2010; Yanshan): the first article after junk and a chapter run
		// into the line, and after a colon that introduces the articles.
		{"first article after a run-in chapter",
			"奉上盘县招商引资优惠办法(试行)第一章总则 第一条为加快招商引资步伐,特制定本办法。第二条本办法适用于县外投资者。\n",
			[]summary{{StyleArticle, "第一条|第二条", "为加快招商引资步伐|本办法适用于县外投资者", true, 0}}},
		// A city's regulation on civilised conduct (Yichang 2021), a PDF
		// copy that ran its contents and its first chapter into one line:
		// the chapter right before the first article is the one its
		// title belongs to, not the contents' last.
		{"first article after a run-in table of contents",
			"目 录 第一章 总则 第二章 文明行为规范 第三章 不文明行为治理 第四章 促进与保障 第五章 法律责任 第六章 附则 第一章 总则 第一条 为了培育和践行社会主义核心价值观,制定本条例。 第二条 本条例适用于本市。\n",
			[]summary{{StyleArticle, "第一条|第二条", "为了培育和践行社会主义核心价值观|本条例适用于本市", true, 0}}},
		// County investment rules copied from a document site: the first
		// article after a part's heading run into its line.
		{"first article after a run-in part heading",
			"县招商引资优惠规章制度 一、关于鼓舞投资的有关政策 第一条投资新建的生产型企业,5年内给予奖励。 第二条对新引进的企业给予补助。 第三条其他。\n",
			[]summary{{StyleArticle, "第一条|第二条|第三条", "投资新建的生产型企业|对新引进的企业给予补助|其他", true, 0}}},
		{"a part's points cited before an article", "依照本办法一、规定第一条的情形处理。\n", nil},
		{"first article after a colon",
			"结合我县实际,特制定本优惠政策: 第一条 凡到我县投资新办企业的,均可享受本优惠政策。 第二条 对企业给予奖励。\n",
			[]summary{{StyleArticle, "第一条|第二条", "凡到我县投资新办企业的|对企业给予奖励", true, 0}}},
		{"two inline chapters",
			"第一章总则 第一条为规范管理,制定本办法。第二条本办法适用于全县。 第二章附则 第三条本办法自发布之日起施行。\n",
			[]summary{
				{StyleChapter, "第一章|第二章", "总则|附则", true, 0},
				{StyleArticle, "第一条|第二条|第三条", "为规范管理|本办法适用于全县|本办法自发布之日起施行", true, 0},
			}},
		{"an article cited after a sentence's end", "符合条件的给予补助。第三条规定的情形除外。第四条所列项目另行办理。\n", nil},
		{"a chapter cited after a sentence's end", "详见附件。第二章的内容另行规定。第三条本办法自发布之日起施行。\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, summarizeDoc(t, x, prepared(t, "t", tt.text)))
		})
	}
}
