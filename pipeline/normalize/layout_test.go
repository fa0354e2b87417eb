package normalize

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/policyx/policyx/internal/shared"
)

// typeset breaks a paragraph into lines of width characters, as a PDF page
// set at a fixed width does: an ASCII rune takes half a character, a run of
// ASCII digits and letters (6.5%, GDP) is never split, closing punctuation
// that would start a line hangs at the end of the line before, and the
// first line leaves room for a two-character indent, written as two
// ideographic spaces when keepIndent is set and lost otherwise.
func typeset(para string, width int, keepIndent bool) string {
	var b strings.Builder
	cols, limit := 0, 2*width-4
	if keepIndent {
		b.WriteString("\u3000\u3000")
	}
	rs := []rune(para)
	for i := 0; i < len(rs); {
		j, c := i+1, 2
		if rs[i] < utf8.RuneSelf {
			for j < len(rs) && rs[j] < utf8.RuneSelf && rs[j] != ' ' {
				j++
			}
			c = j - i
		}
		if cols+c > limit && cols > 0 && !strings.ContainsRune("，。、；：！？”）》%", rs[i]) {
			b.WriteByte('\n')
			cols, limit = 0, 2*width
		}
		b.WriteString(string(rs[i:j]))
		cols += c
		i = j
	}
	return b.String()
}

// Paragraphs of a constructed work meeting speech and a constructed county
// measure, for the layout tests.
const (
	speech1  = "今天召开这次会议，主要有三点考虑：一是统一思想。全区上下要把思想和行动统一到区委的决策部署上来，对照目标找差距，对照问题抓整改。二是明确责任。各部门要把全年目标任务逐项分解到岗位、落实到个人，拿出冲刺的状态，确保全年目标如期完成。"
	speech2  = "过去一年，全区地区生产总值增长6.5%，规模以上工业增加值增长8.2%，固定资产投资增长10.3%，主要指标增速均高于全市平均水平。这些成绩来之不易，是全区上下苦干实干、奋勇争先的结果。"
	speech3  = "全年安排重点项目120个，总投资850亿元。各牵头单位要建立项目推进台账，实行周调度、月通报，对进度滞后的项目挂牌督办。"
	article1 = "第一条 为深入实施创新驱动发展战略，加快建设创新型县，根据《中华人民共和国科学技术进步法》等有关规定，结合本县实际，制定本措施。"
	article2 = "第二条 对新认定的国家高新技术企业，给予一次性奖励10万元；对重新认定的，给予一次性奖励5万元。同一企业不重复享受。"
	article3 = "第三条 支持企业建设研发机构。对新认定的省级企业研发中心、重点实验室，分别给予30万元、50万元奖励；对新认定的国家级企业技术中心、工程研究中心，给予100万元奖励。对企业牵头承担国家、省重大科技专项的，按项目实际到位经费的10%给予配套支持，最高不超过200万元。"
)

func TestLayoutWidth(t *testing.T) {
	n := New()
	width := func(s string) int {
		items, _ := n.fold(s)
		return layoutWidth(items, n.lines(items))
	}
	tests := []struct {
		name string
		src  string
		want int // in columns, give or take one
	}{
		{"28 characters a line", typeset(speech1, 28, false) + "\n" + typeset(speech2, 28, false), 56},
		{"26 characters a line, indents kept", typeset(speech1, 26, true) + "\n" + typeset(speech2, 26, true), 52},
		{"35 characters a line with a title", "关于某项工作的讲话\n" + typeset(speech1+speech2+speech3, 35, false), 70},
		{"a paragraph to a line", speech1 + "\n" + speech2 + "\n" + speech3 + "\n" + article1 + "\n" + article2, 0},
		{"too few lines", typeset(speech3, 28, false), 0},
		{"a column of names", "合肥市科技创新发展有限公司\n合肥市高新技术产业投资公司\n安徽省科技成果转化服务中心\n合肥市智能制造产业研究院\n合肥市新材料产业技术研究院", 0},
		{"lines narrower than a page", strings.Repeat("加快发展，深化改革。\n", 6), 0},
		{"a few wide lines among paragraphs", typeset(speech1, 28, false) + "\n" + speech2 + speech3 + "\n" + article1 + article2 + "\n" + article3 + article1 + "\n" + speech2 + speech1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.InDelta(t, tt.want, width(tt.src), 1)
		})
	}
}

// TestLayoutWidthReal checks that texts written a paragraph to a line, the
// founding article and the government work reports, show no fixed-width
// layout, so the layout rule leaves them as they were.
func TestLayoutWidthReal(t *testing.T) {
	n := New()
	width := func(s string) int {
		items, _ := n.fold(s)
		return layoutWidth(items, n.lines(items))
	}
	assert.Zero(t, width(readArticle(t)), "the founding article")
	for _, r := range shared.Reports(t) {
		assert.Zero(t, width(r.Text), r.Title)
	}
}

func TestFixedWidthLines(t *testing.T) {
	n := New()
	title := "在全区重点工作推进会上的讲话\n（2023年3月6日）\n张明\n同志们：\n"
	tests := []struct {
		name string
		src  string
		want string
	}{
		{
			"speech at 28 characters, indents lost",
			title + typeset(speech1, 28, false) + "\n一、坚定信心，全力以赴抓发展\n" + typeset(speech2, 28, false) + "\n（一）加快项目建设\n" + typeset(speech3, 28, false),
			title + speech1 + "\n一、坚定信心，全力以赴抓发展\n" + speech2 + "\n（一）加快项目建设\n" + speech3,
		},
		{
			"speech at 28 characters, indents kept",
			title + typeset(speech1, 28, true) + "\n" + typeset(speech2, 28, true) + "\n" + typeset(speech3, 28, true),
			title + speech1 + "\n" + speech2 + "\n" + speech3,
		},
		{
			"county measure at 26 characters with a signature and a date",
			"某县促进科技创新若干措施\n" + typeset(article1, 26, false) + "\n" + typeset(article2, 26, false) + "\n" + typeset(article3, 26, false) + "\n某县人民政府\n2023年5月6日",
			"某县促进科技创新若干措施\n" + article1 + "\n" + article2 + "\n" + article3 + "\n某县人民政府\n2023年5月6日",
		},
		{
			"numbered headings between paragraphs",
			typeset(speech1, 26, false) + "\n二、主要任务\n" + typeset(speech2, 26, false) + "\n1.加强组织领导\n" + typeset(speech3, 26, false),
			speech1 + "\n二、主要任务\n" + speech2 + "\n1.加强组织领导\n" + speech3,
		},
		{
			// lines set by hand: a first line broken mid-word, lines
			// ending in ， and 、
			"mid-word and comma breaks",
			"今天召开这次会议，主要有三点考虑：一是统一思想，二是\n" +
				"明确责任，三是鼓足干劲。上半年已经过去，各单位都要拿\n" +
				"出冲刺的劲头和状态，确保全年目标如期完成。时间紧、任\n" +
				"务重，各单位要把精力集中到干事创业上来，主动作为，\n" +
				"对照目标抓进度、对照问题抓整改、对照工作责任抓落实、\n" +
				"对照群众期盼抓民生，真正做到事事有回音。\n" +
				"同志们，抓落实是最硬的作风。",
			"今天召开这次会议，主要有三点考虑：一是统一思想，二是明确责任，三是鼓足干劲。上半年已经过去，各单位都要拿出冲刺的劲头和状态，确保全年目标如期完成。时间紧、任务重，各单位要把精力集中到干事创业上来，主动作为，对照目标抓进度、对照问题抓整改、对照工作责任抓落实、对照群众期盼抓民生，真正做到事事有回音。\n" +
				"同志们，抓落实是最硬的作风。",
		},
		{
			"a full line ending a sentence joins the paragraph's next line",
			"各部门要把全年目标任务逐项分解到岗位、落实到个人。今\n" +
				"天还要签订目标责任书，确保事事有人管、件件有着落。会\n" +
				"后各单位要抓紧研究落实，尽快拿出具体的推进方案。二是\n" +
				"鼓足干劲。上半年已经过去，大家要拿出冲刺的状态和劲头。\n" +
				"时间紧、任务重，一刻也不能放松。\n" +
				"同志们，抓落实是最硬的作风。",
			"各部门要把全年目标任务逐项分解到岗位、落实到个人。今天还要签订目标责任书，确保事事有人管、件件有着落。会后各单位要抓紧研究落实，尽快拿出具体的推进方案。二是鼓足干劲。上半年已经过去，大家要拿出冲刺的状态和劲头。时间紧、任务重，一刻也不能放松。\n" +
				"同志们，抓落实是最硬的作风。",
		},
		{
			"a full last line before a paragraph that lost its indent",
			"各部门要把全年目标任务逐项分解到岗位、落实到个人。今\n" +
				"天还要签订目标责任书，确保事事有人管、件件有着落。会\n" +
				"后各单位要抓紧研究落实，尽快拿出具体的推进方案和措施。\n" +
				"上半年已经过去，时间紧、任务重，各单位都要拿出冲\n" +
				"刺的劲头和状态，确保全年目标如期完成，抓紧抓实各项工\n" +
				"作。\n" +
				"会后各单位要抓紧研究落实。",
			"各部门要把全年目标任务逐项分解到岗位、落实到个人。今天还要签订目标责任书，确保事事有人管、件件有着落。会后各单位要抓紧研究落实，尽快拿出具体的推进方案和措施。\n" +
				"上半年已经过去，时间紧、任务重，各单位都要拿出冲刺的劲头和状态，确保全年目标如期完成，抓紧抓实各项工作。\n" +
				"会后各单位要抓紧研究落实。",
		},
		{
			"a page number between two pages",
			typeset(speech1, 28, false) + "\n\n- 2 -\n\n" + typeset(speech2, 28, false),
			speech1 + "\n\n" + speech2,
		},
		{
			"a blank line after a full line ending a sentence",
			typeset(speech1, 28, false) + "\n\n" + typeset(speech2, 28, false) + "\n\n" + typeset(speech3, 28, false),
			speech1 + "\n\n" + speech2 + "\n\n" + speech3,
		},
		{
			"a short heading after a full line",
			typeset(speech1, 28, false) + "\n提升创新能力\n" + typeset(speech2, 28, false),
			speech1 + "\n提升创新能力\n" + speech2,
		},
		{
			"stray spaces of a PDF copy",
			strings.Replace(typeset(speech1, 28, false), "统一", "统 一", 1) + "\n" + typeset(speech2, 28, false),
			speech1 + "\n" + speech2,
		},
		{
			"a title as wide as a first line, indents lost",
			"某县人民政府关于加快推进工业经济高质量发展的实施意见\n" + typeset(speech1, 28, false) + "\n" + typeset(speech2, 28, false),
			"某县人民政府关于加快推进工业经济高质量发展的实施意见\n" + speech1 + "\n" + speech2,
		},
		{
			"a title as wide as a first line, indents kept",
			"某县人民政府关于加快推进工业经济高质量发展的实施意见\n" + typeset(speech1, 28, true) + "\n" + typeset(speech2, 28, true),
			"某县人民政府关于加快推进工业经济高质量发展的实施意见\n" + speech1 + "\n" + speech2,
		},
		{
			"a title line before a date",
			typeset(speech1, 28, false) + "\n某县人民政府关于加快推进工业经济高质量发展的实施意见\n2023年5月6日\n" + typeset(speech2, 28, false),
			speech1 + "\n某县人民政府关于加快推进工业经济高质量发展的实施意见\n2023年5月6日\n" + speech2,
		},
		{
			"a run-in heading of its own ending a sentence",
			typeset(speech1, 28, false) + "\n（二）着力稳市场主体保就业，加大宏观政策实施力度。\n" + typeset(speech2, 28, false),
			speech1 + "\n（二）着力稳市场主体保就业，加大宏观政策实施力度。\n" + speech2,
		},
		// negative cases: no fixed-width layout
		{
			"a paragraph to a line keeps a clause end",
			speech1 + "，\n" + speech2 + "\n" + speech3 + "\n" + article1,
			speech1 + "，\n" + speech2 + "\n" + speech3 + "\n" + article1,
		},
		{
			"short lines of a poster",
			"坚定信心，\n全力以赴，\n抓好落实，\n务求实效，\n再创佳绩。",
			"坚定信心，\n全力以赴，\n抓好落实，\n务求实效，\n再创佳绩。",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := view(t, n, tt.src)
			assert.Equal(t, tt.want, doc.Norm.Text)
		})
	}
}

// typesetText sets every line of text at width characters a line, keeping
// blank lines, as a PDF copy of the text would show it.
func typesetText(text string, width int, keepIndent bool) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if l = strings.TrimSpace(l); l != "" {
			lines[i] = typeset(l, width, keepIndent)
		}
	}
	return strings.Join(lines, "\n")
}

// TestTypesetReports sets the government work reports at fixed widths, as
// their PDF editions are, and checks that the view of each copy has the
// paragraphs of the view of the report itself. Only paragraphs written on
// one line of the report count: a paragraph the source pages cut is set as
// two, with a blank line between, which no PDF copy shows.
func TestTypesetReports(t *testing.T) {
	n := New()
	docs := shared.Reports(t)
	tests := []struct {
		name       string
		width      int
		keepIndent bool
	}{
		{"28 characters, indents lost", 28, false},
		{"28 characters, indents kept", 28, true},
		{"26 characters, indents lost", 26, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var paras, same int
			for _, r := range docs {
				lines := map[string]bool{}
				for _, l := range strings.Split(r.Text, "\n") {
					lines[strings.TrimSpace(l)] = true
				}
				want := strings.Split(strings.ReplaceAll(view(t, n, r.Text).Norm.Text, "\n\n", "\n"), "\n")
				got := strings.Split(strings.ReplaceAll(view(t, n, typesetText(r.Text, tt.width, tt.keepIndent)).Norm.Text, "\n\n", "\n"), "\n")
				seen := map[string]int{}
				for _, p := range got {
					seen[p]++
				}
				for _, p := range want {
					if !lines[p] {
						continue
					}
					paras++
					if seen[p] > 0 {
						seen[p]--
						same++
					} else if testing.Verbose() {
						t.Logf("%s: %.60q", r.Title, p)
						for _, g := range got {
							if len(g) > 30 && strings.HasPrefix(p, g[:30]) {
								t.Logf("   got %q", g[max(0, len(g)-60):])
							}
						}
					}
				}
			}
			t.Logf("%d of %d paragraphs kept whole", same, paras)
			// the misses are mostly title lines set as body text (a
			// centered title never loses an indent) and first lines
			// without punctuation, which the rule leaves alone to
			// keep titles apart from the text
			require.Greater(t, paras, 5000)
			assert.GreaterOrEqual(t, float64(same), 0.95*float64(paras))
		})
	}
}

// TestFixedWidthVariants sets the same paragraphs at several widths, with
// and without indents, and checks that every copy has the view of the
// paragraphs written one to a line.
func TestFixedWidthVariants(t *testing.T) {
	n := New()
	const hant = "政府會繼續推動「北部都會區」發展，加快落實各項基建工程，並透過「人才清單」吸引更多專才來港。我們預計今年本地生產總值增長百分之三至五，通脹率維持在百分之二點五左右。"
	const hant2 = "特區政府將成立專責小組，統籌各政策局和部門的工作，確保各項措施如期落實，並定期向立法會匯報進展。"
	const hant3 = "在創新科技方面，我們會預留100億元推動生命健康科技發展，並設立「產學研1+計劃」，以配對形式資助大學科研團隊把研發成果轉化為產品。"
	texts := []struct {
		name  string
		paras []string
	}{
		{"speech", []string{speech1, speech2, speech3}},
		{"articles", []string{article1, article2, article3}},
		{"traditional with corner quotes", []string{hant, hant2 + hant3, hant3 + hant}},
	}
	// Known differences. At 30 characters with indents lost, the last
	// line of 第二条 (对重新认定的，…同一企业不重复享受。) is 27.5
	// characters wide, as wide as a first line that lost its indent, after
	// a line ending in ；: the rule reads it as a new paragraph.
	known := map[string]bool{"articles at 30, indent kept false": true}
	for _, tx := range texts {
		want := view(t, n, strings.Join(tx.paras, "\n")).Norm.Text
		for _, width := range []int{26, 28, 30} {
			for _, indent := range []bool{false, true} {
				var set []string
				for _, p := range tx.paras {
					set = append(set, typeset(p, width, indent))
				}
				name := fmt.Sprintf("%s at %d, indent kept %v", tx.name, width, indent)
				t.Run(name, func(t *testing.T) {
					got := view(t, n, strings.Join(set, "\n")).Norm.Text
					if known[name] {
						assert.NotEqual(t, want, got, "a known difference is gone: drop it from the list")
						return
					}
					assert.Equal(t, want, got)
				})
			}
		}
	}
}
