package structure

import (
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/policyx/policyx/internal/shared"
	"github.com/policyx/policyx/pipeline"
)

// checkInvariants asserts what holds for every document: paragraphs and
// sentences are ordered, disjoint, trimmed, on rune boundaries, and every
// sentence lies inside one paragraph.
func checkInvariants(t *testing.T, doc *pipeline.Document) {
	t.Helper()
	text := doc.Norm.Text
	valid := func(kind string, s pipeline.Span) {
		t.Helper()
		if !assert.True(t, 0 <= s.Start && s.Start < s.End && s.End <= len(text), "%s %v out of range", kind, s) {
			return
		}
		assert.True(t, utf8.RuneStart(text[s.Start]) && (s.End == len(text) || utf8.RuneStart(text[s.End])), "%s %v splits a rune", kind, s)
		v := text[s.Start:s.End]
		assert.Equal(t, strings.TrimFunc(v, isSpace), v, "%s %v is not trimmed", kind, s)
		assert.NotContains(t, v, "\n", "%s %v crosses a line break", kind, s)
	}
	for i, p := range doc.Paragraphs {
		valid("paragraph", p)
		if i > 0 {
			assert.LessOrEqual(t, doc.Paragraphs[i-1].End, p.Start, "paragraphs overlap")
		}
	}
	pi := 0
	for i, s := range doc.Sentences {
		valid("sentence", s)
		if i > 0 {
			assert.LessOrEqual(t, doc.Sentences[i-1].End, s.Start, "sentences overlap")
		}
		for pi < len(doc.Paragraphs) && doc.Paragraphs[pi].End < s.End {
			pi++
		}
		if assert.Less(t, pi, len(doc.Paragraphs), "sentence %v after the last paragraph", s) {
			assert.True(t, doc.Paragraphs[pi].Contains(s), "sentence %q crosses a paragraph", text[s.Start:s.End])
		}
	}
}

func TestParagraphs(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"blank lines", "甲。\n\n乙。\n\n\n丙", []string{"甲。", "乙。", "丙"}},
		{"single line breaks", "甲。\n乙。\r\n丙。", []string{"甲。", "乙。", "丙。"}},
		{"padding and zero-width characters", "\u200b\n\u3000\u3000甲。 \n \t\n\u200d乙。", []string{"甲。", "乙。"}},
		{"empty", "", nil},
		{"only space", " \n\u3000\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := structured(t, tt.text, nil)
			assert.Equal(t, tt.want, texts(doc, doc.Paragraphs))
			checkInvariants(t, doc)
		})
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"full stops", "第一句。第二句。", []string{"第一句。", "第二句。"}},
		{"decimal point is not a stop", "研发投入强度达6.64%,占比15.1%。下一句。", []string{"研发投入强度达6.64%,占比15.1%。", "下一句。"}},
		{"closing quote stays", "他说:“要坚持创新。”随后离开。", []string{"他说:“要坚持创新。”", "随后离开。"}},
		{"corner brackets", "政府表示「會繼續推進。」其後宣布。", []string{"政府表示「會繼續推進。」", "其後宣布。"}},
		{"semicolon and ASCII marks", "一是加快;二是强化；三是优化!四是?完", []string{"一是加快;", "二是强化；", "三是优化!", "四是?", "完"}},
		{"run of stops", "真的吗？！是的。", []string{"真的吗？！", "是的。"}},
		{"bracket after stop", "（详见附件。）正文。", []string{"（详见附件。）", "正文。"}},
		{"paragraph end without stop", "没有句号的标题\n\n正文一句。正文二", []string{"没有句号的标题", "正文一句。", "正文二"}},
		{"never across paragraphs", "上半句\n下半句。", []string{"上半句", "下半句。"}},
		{"space after stop", "甲。 乙。", []string{"甲。", "乙。"}},
		{"stop opening a broken line is no sentence", "所作的\n。会议批准。", []string{"所作的", "会议批准。"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := structured(t, tt.text, nil)
			assert.Equal(t, tt.want, texts(doc, doc.Sentences))
			checkInvariants(t, doc)
		})
	}
}

func TestTitle(t *testing.T) {
	tests := []struct {
		name, text    string
		title, subtle string
	}{
		{"title and subtitle under a photo credit",
			"\n视觉中国供图\n\n营造创新环境 打造发展样板\n\n负责人谈创新驱动发展战略\n\n编者按 本期特刊邀请负责人撰文。",
			"营造创新环境 打造发展样板", "负责人谈创新驱动发展战略"},
		{"dash subtitle", "政府工作报告\n\n——2023年3月5日在第十四届全国人民代表大会第一次会议上\n\n各位代表：\n\n现在，我代表国务院报告工作。",
			"政府工作报告", "——2023年3月5日在第十四届全国人民代表大会第一次会议上"},
		{"adoption note is a subtitle", "关于政府工作报告的决议\n（2021年3月11日第十三届全国人民代表大会第四次会议通过）\n会议决定批准这个报告。",
			"关于政府工作报告的决议", "（2021年3月11日第十三届全国人民代表大会第四次会议通过）"},
		{"document number is not a subtitle", "某市人民政府关于印发若干措施的通知\n某政发〔2022〕10号\n各区县人民政府：",
			"某市人民政府关于印发若干措施的通知", ""},
		{"salutation is not a title", "各位代表：\n\n现在，我代表国务院，向大会报告政府工作。", "", ""},
		{"body first is no title", "过去一年，我国发展历程很不平凡。\n\n一、工作回顾", "", ""},
		{"broken sentence is no title", "会议听取和审议了国务院总理所作的\n政府工作报告\n。会议充分肯定国务院的工作。", "", ""},
		{"numbered heading is no title", "一、支持先进制造业发展政策\n（一）扩大制造业投资。对年度投资超过1亿元的项目给予奖励。", "", ""},
		{"numbered line is no subtitle", "某县促进科技创新若干措施\n\n第一条　为加快建设创新型县城，制定本措施。", "某县促进科技创新若干措施", ""},
		{"numbered short line is no subtitle", "某市若干措施\n\n1. 加大投入\n\n2. 优化环境", "某市若干措施", ""},
		{"headline with byline is no subtitle", "特刊标题\n\n探索特色路径\n\n张三 某市委常委、某高新区党工委书记\n\n正文。",
			"特刊标题", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := structured(t, tt.text, nil)
			assert.Equal(t, tt.title, doc.Norm.Text[doc.Title.Start:doc.Title.End], "title")
			assert.Equal(t, tt.subtle, doc.Norm.Text[doc.Subtitle.Start:doc.Subtitle.End], "subtitle")
		})
	}
}

func TestByline(t *testing.T) {
	tests := []struct {
		name      string
		line      string
		ok        bool
		author    string
		positions []string
		region    string
	}{
		{"zone beats city", "宋道军 合肥市人大常委会副主任,合肥高新区党工委副书记、管委会主任", true,
			"宋道军", []string{"合肥市人大常委会副主任", "合肥高新区党工委副书记", "管委会主任"}, "合肥高新区"},
		{"bracketed alias", "崔玉森 乌鲁木齐市委常委、乌鲁木齐高新区(新市区)委书记", true,
			"崔玉森", []string{"乌鲁木齐市委常委", "乌鲁木齐高新区(新市区)委书记"}, "乌鲁木齐高新区"},
		{"full-width punctuation", "耿涛　青岛市委常委、副市长，青岛高新区党工委副书记", true,
			"耿涛", []string{"青岛市委常委", "副市长", "青岛高新区党工委副书记"}, "青岛高新区"},
		{"city beats province", "王五 湖北省委常委、武汉市委书记", true,
			"王五", []string{"湖北省委常委", "武汉市委书记"}, "武汉市"},
		{"county", "李四 中共某某县委书记", true, "李四", []string{"中共某某县委书记"}, "某某县"},
		{"autonomous region is a province", "赵六 新疆维吾尔自治区党委常委、乌鲁木齐市委书记", true,
			"赵六", []string{"新疆维吾尔自治区党委常委", "乌鲁木齐市委书记"}, "乌鲁木齐市"},
		{"no place", "钱七 国家发展改革委副主任", true, "钱七", []string{"国家发展改革委副主任"}, ""},
		{"padded name and stray spaces", "刘　洁 武汉市委常委、武汉东湖 高新区党工委副书记", true,
			"刘洁", []string{"武汉市委常委", "武汉东湖高新区党工委副书记"}, "武汉东湖高新区"},
		{"traditional", "陳大文 某某市委常委、某某高新區黨工委書記", true,
			"陳大文", []string{"某某市委常委", "某某高新區黨工委書記"}, "某某高新區"},
		{"reporter is no byline", "本报记者 张三", false, "", nil, ""},
		{"title before name is no byline", "国务院总理 李克强", false, "", nil, ""},
		{"sentence is no byline", "张三 某市委书记。会议指出要加快发展。", false, "", nil, ""},
		{"no space", "宋道军合肥市委书记", false, "", nil, ""},
		// A Taiwan ordinance (Yilan 2023): a chapter heading letter-spaced
		// as a name, its title the offices it regulates.
		{"chapter heading is no byline", "第 三 章 議長、副議長", false, "", nil, ""},
		{"article heading is no byline", "第十條 縣長、副縣長", false, "", nil, ""},
	}
	s := New()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name, positions, ok := s.parseByline(tt.line, utf8.RuneCountInString(tt.line))
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.author, name)
			if tt.ok {
				assert.Equal(t, tt.positions, positions)
				assert.Equal(t, tt.region, New().words.region(positions))
			}
		})
	}
}

func TestPlace(t *testing.T) {
	tests := []struct {
		name, position, place string
	}{
		{"deputy district head", "常务副区长", ""},
		{"people's government office", "某某省人民政府办公厅副主任", "某某省"},
		{"district of a city", "西安市长安区委书记", "西安市长安区"},
		{"academy is no place", "中国科学院院士", ""},
		{"bare office", "管委会主任", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := New().words.place(tt.position)
			assert.Equal(t, tt.place, got)
		})
	}
}

func TestSections(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		titles  []string
		authors []string
		regions []string
	}{
		{"two signed pieces",
			"特刊\n\n探索路径\n\n张三 甲城市委常委、甲城高新区党工委书记\n\n甲的正文。\n\n打造平台\n\n李四 乙城市委常委、乙城开发区管委会主任\n\n乙的正文。",
			[]string{"探索路径", "打造平台"}, []string{"张三", "李四"}, []string{"甲城高新区", "乙城开发区"}},
		{"title heads the only piece", "探索未来产业的路径\n\n张三 甲城市委书记\n\n正文。",
			[]string{"探索未来产业的路径"}, []string{"张三"}, []string{"甲城市"}},
		{"author note closes a piece",
			"坚持创新驱动发展\n\n张三\n\n正文一。\n\n正文二。\n\n（作者系甲城市委书记）",
			[]string{"坚持创新驱动发展"}, []string{"张三"}, []string{"甲城市"}},
		{"chapter headings are no sections",
			"各位代表：\n\n一、过去一年工作回顾\n\n过去一年，经济增长5%。\n\n二、今年工作总体部署\n\n今年要稳中求进。",
			nil, nil, nil},
		{"enumerated heading then a name line is no section", "（一）总体要求\n\n张三\n\n正文。", nil, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := structured(t, tt.text, nil)
			var titles, authors, regions []string
			for _, s := range doc.Sections {
				titles = append(titles, s.Title)
				authors = append(authors, s.Author)
				regions = append(regions, s.Region)
				assert.True(t, strings.HasPrefix(doc.Norm.Text[s.Span.Start:], s.Title), "section starts at its headline")
			}
			assert.Equal(t, tt.titles, titles)
			assert.Equal(t, tt.authors, authors)
			assert.Equal(t, tt.regions, regions)
			checkInvariants(t, doc)
		})
	}
}

// columns is a synthetic page: piece B's last sentence (…企业数) continues
// in a paragraph printed inside piece A (量翻一番。…).
const columns = "特刊\n\n" +
	"甲的标题\n\n张三 甲城市委常委、甲城高新区党工委书记\n\n甲的第一段。\n\n甲的第二段，甲城高新区要发展。\n\n" +
	"量翻一番。乙要深化合作。\n\n乙要优化环境。\n\n" +
	"乙的标题\n\n李四 乙城市委常委、乙城高新区党工委书记\n\n乙城要推进创新。力争实现企业数\n\n" +
	"丙的标题\n\n王五 丙城市委常委、丙城高新区党工委书记\n\n丙城要推进创新。"

func TestReattach(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		seg       pipeline.Segmenter
		fragments map[int][]string // section → fragment texts
		unplaced  []string
		spanEnd   map[int]string // section → the text its span ends with
	}{
		{"joined by a word across the join", columns, newFakeSeg("数量", "企业", "翻一番"),
			map[int][]string{1: {"量翻一番。乙要深化合作。\n\n乙要优化环境。"}}, nil,
			map[int]string{0: "甲城高新区要发展。", 1: "力争实现企业数"}},
		{"no segmenter, one candidate, one dangling end", columns, nil,
			map[int][]string{1: {"量翻一番。乙要深化合作。\n\n乙要优化环境。"}}, nil,
			map[int]string{0: "甲城高新区要发展。"}},
		{"segmenter finds no word across", columns, newFakeSeg("企业", "翻一番"),
			nil, []string{"量翻一番。乙要深化合作。"}, map[int]string{0: "乙要优化环境。"}},
		{"run stops at the physical section's region",
			strings.Replace(columns, "乙要优化环境。", "甲城要优化环境。", 1), newFakeSeg("数量", "企业"),
			map[int][]string{1: {"量翻一番。乙要深化合作。"}}, nil, map[int]string{0: "甲城要优化环境。"}},
		{"nothing dangles", strings.Replace(columns, "力争实现企业数", "力争实现目标。", 1), newFakeSeg("数量"),
			nil, []string{"量翻一番。乙要深化合作。"}, nil},
		{"two candidates for one end are ambiguous",
			strings.Replace(columns, "丙城要推进创新。", "量翻两番。丙城要推进创新。", 1), newFakeSeg("数量", "企业"),
			nil, []string{"量翻一番。乙要深化合作。", "量翻两番。丙城要推进创新。"}, nil},
		{"ordinary line break is no candidate",
			strings.Replace(columns, "甲的第一段。", "甲的第一段要加\n\n快发展。", 1), newFakeSeg("数量", "加快"),
			map[int][]string{1: {"量翻一番。乙要深化合作。\n\n乙要优化环境。"}}, nil, nil},
		{"word-initial single character after a byline is unplaced",
			strings.Replace(columns, "甲的第一段。", "新主体地位，引导要素集聚。", 1), newFakeSeg("数量", "主体", "地位", "企业"),
			map[int][]string{1: {"量翻一番。乙要深化合作。\n\n乙要优化环境。"}}, []string{"新主体地位，引导要素集聚。"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := structured(t, tt.text, tt.seg)
			require.Len(t, doc.Sections, 3)
			for i, s := range doc.Sections {
				assert.Equal(t, tt.fragments[i], texts(doc, s.Fragments), "fragments of section %d", i)
				if want, ok := tt.spanEnd[i]; ok {
					assert.True(t, strings.HasSuffix(doc.Norm.Text[:s.Span.End], want), "section %d ends %q, want …%q", i, doc.Norm.Text[s.Span.End-20:s.Span.End], want)
				}
				for _, f := range s.Fragments {
					assert.Equal(t, i, doc.SectionAt(f.Start), "SectionAt inside a fragment")
				}
			}
			assert.Equal(t, tt.unplaced, texts(doc, doc.Unplaced))
			for _, u := range doc.Unplaced {
				assert.NotEqual(t, -1, doc.SectionAt(u.Start), "an unplaced paragraph stays in its physical section")
			}
			checkInvariants(t, doc)
		})
	}
}

func TestFoundingArticle(t *testing.T) {
	type want struct {
		title, author, region string
		positions             []string
	}
	wants := []want{
		{"探索未来产业发展的特色路径", "宋道军", "合肥高新区", []string{"合肥市人大常委会副主任", "合肥高新区党工委副书记", "管委会主任"}},
		{"把相对优势产业变为绝对优势产业", "刘洁", "武汉东湖高新区", []string{"武汉市委常委", "武汉东湖高新区党工委副书记"}},
		{"打造创新平台,推进技术攻关", "马鲜萍", "西安高新区", []string{"西安市委常委", "西安高新区党工委副书记"}},
		{"立足区位优势,打牢科创基础", "崔玉森", "乌鲁木齐高新区", []string{"乌鲁木齐市委常委", "乌鲁木齐高新区(新市区)委书记"}},
		{"围绕主导产业,提升创新体系整体效能", "耿涛", "青岛高新区", []string{"青岛市委常委", "副市长", "青岛高新区党工委副书记"}},
	}
	asIs := strings.NewReplacer()
	// what the normalizer makes of the page: full-width punctuation, LF
	// line ends, no photo credit, no paragraphs broken mid-sentence
	folded := strings.NewReplacer(",", "，", "(", "（", ")", "）", ":", "：", "视觉中国供图\n", "",
		"转化了一\n\n批", "转化了一批", "是我们\n\n必须", "是我们必须", "值增\n\n长", "值增长", "提升\n\n区域", "提升区域", "为园\n\n区", "为园区")
	crlf := strings.NewReplacer("\n", "\r\n")
	variants := []struct {
		name string
		seg  pipeline.Segmenter
		form *strings.Replacer
	}{
		{"with segmenter", articleSeg(), asIs},
		{"without segmenter", nil, asIs},
		{"normalized form", articleSeg(), folded},
		{"CRLF line ends", articleSeg(), crlf},
	}
	for _, sg := range variants {
		t.Run(sg.name, func(t *testing.T) {
			doc := structured(t, sg.form.Replace(readArticle(t)), sg.seg)
			checkInvariants(t, doc)
			text := doc.Norm.Text
			assert.Equal(t, "营造创新创业环境 打造高质量发展样板", text[doc.Title.Start:doc.Title.End])
			assert.Equal(t, "国家高新区负责人谈深入实施创新驱动发展战略", text[doc.Subtitle.Start:doc.Subtitle.End])
			require.Len(t, doc.Sections, len(wants))
			for i, w := range wants {
				s := doc.Sections[i]
				w.title = sg.form.Replace(w.title)
				w.positions = slices.Clone(w.positions)
				for j := range w.positions {
					w.positions[j] = sg.form.Replace(w.positions[j])
				}
				assert.Equal(t, w, want{s.Title, s.Author, s.Region, s.Positions})
			}
			assert.Equal(t, -1, doc.SectionAt(spanOf(t, doc, "编者按").Start), "the editor's note is in no section")

			// the re-attached column
			wu := 3
			assert.Equal(t, wu, doc.SectionAt(spanOf(t, doc, "技术合同交易额突破10亿元").Start))
			assert.Equal(t, wu, doc.SectionAt(spanOf(t, doc, "量翻一番").Start))
			assert.Equal(t, wu, doc.SectionAt(spanOf(t, doc, "建好中国—中亚科技合作中心").Start))
			require.Len(t, doc.Sections[wu].Fragments, 1)
			frag := doc.Sections[wu].Fragments[0]
			assert.True(t, strings.HasPrefix(text[frag.Start:frag.End], "量翻一番。我们要进一步深化科技合作。"))
			assert.NotContains(t, text[frag.Start:frag.End], "刘洁", "the fragment stops before the next headline")
			assert.True(t, strings.HasSuffix(text[frag.Start:frag.End], "不断提升社会治理现代化能力和水平。"))
			assert.Equal(t, 0, doc.SectionAt(spanOf(t, doc, "基本建成“世界量子中心”").Start), "合肥's own text stays")
			assert.True(t, strings.HasSuffix(text[:doc.Sections[0].Span.End], "作出新贡献。"), "合肥's span ends before the fragment")
			assert.Equal(t, 1, doc.SectionAt(spanOf(t, doc, "中国光谷").Start))
			assert.Equal(t, 4, doc.SectionAt(spanOf(t, doc, "为实现第二个百年奋斗目标贡献高新力量").Start))

			// the paragraph continuing text that is not on the page
			if sg.seg != nil {
				require.Len(t, doc.Unplaced, 1)
				u := doc.Unplaced[0]
				assert.True(t, strings.HasPrefix(text[u.Start:u.End], sg.form.Replace("新主体地位,引导创新要素向企业集聚。")))
				assert.True(t, strings.HasSuffix(text[u.Start:u.End], "爆发式成长企业。"))
				assert.Equal(t, 0, doc.SectionAt(u.Start), "it still belongs to 合肥")
			}

			// sentences
			sentence := func(sub string) string {
				sp := doc.SentenceAt(spanOf(t, doc, sub).Start)
				return text[sp.Start:sp.End]
			}
			assert.Equal(t, sg.form.Replace("新认定国家高新技术企业1513家,科技型中小企业3462家,规模以上工业企业中有研发投入的占比达81%,全社会研发投入强度达6.64%,企业创新主体地位不断增强。"),
				sentence("6.64%"))
			assert.Equal(t, "量翻一番。", sentence("量翻一番"))
			assert.Equal(t, "我们要进一步深化科技合作。", sentence("进一步深化科技合作"))
			assert.Equal(t, sg.form.Replace("依托优势产业,在构建“1+3”现代产业体系中努力引进科技含量高、具有支撑性带动性的好项目,并落实科技型中小企业梯度培育机制,健全科技型企业家登高、升级、晋位、上市的全周期培育链条,力争“十四五”末实现高新技术企业数"),
				sentence("力争“十四五”末实现高新技术企业数"))
		})
	}
}

// workReport returns the content of the work report of year from the
// shared corpus, or skips.
func workReport(t testing.TB, year string) string {
	t.Helper()
	for _, r := range shared.Reports(t) {
		if r.Year != 0 && strconv.Itoa(r.Year) == year {
			return r.Text
		}
	}
	t.Fatalf("no work report of %s in the corpus", year)
	return ""
}

func TestWorkReports(t *testing.T) {
	tests := []struct {
		name, year             string
		minParas, minSentences int
		title, subtitle        string
	}{
		{"2025 opens with the salutation", "2025", 60, 400, "", ""},
		{"2023 has title and dated subtitle", "2023", 80, 400, "政府工作报告", "——2023年3月5日在第十四届全国人民代表大会第一次会议上"},
		{"1954 in traditional characters", "1954", 80, 300, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := workReport(t, tt.year)
			doc := structured(t, text, newFakeSeg("数量", "企业", "发展"))
			checkInvariants(t, doc)
			assert.GreaterOrEqual(t, len(doc.Paragraphs), tt.minParas)
			assert.GreaterOrEqual(t, len(doc.Sentences), tt.minSentences)
			assert.Empty(t, doc.Sections, "a work report has chapters, not signed sections")
			assert.Empty(t, doc.Unplaced)
			assert.Equal(t, tt.title, doc.Norm.Text[doc.Title.Start:doc.Title.End])
			assert.Equal(t, tt.subtitle, doc.Norm.Text[doc.Subtitle.Start:doc.Subtitle.End])
			for _, s := range doc.Sentences {
				v := doc.Norm.Text[s.Start:s.End]
				assert.False(t, onlyMarks(v), "sentence %q has no words", v)
			}
		})
	}
}

func BenchmarkStructure(b *testing.B) {
	text := readArticle(b)
	s := New()
	seg := articleSeg()
	norm := pipeline.Identity(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		doc := &pipeline.Document{Text: text, Norm: norm}
		if err := s.Structure(doc, seg); err != nil {
			b.Fatal(err)
		}
	}
}
