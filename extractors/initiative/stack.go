package initiative

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// innerHeads are the head words that keep their place in a name when
// another head word follows them: 大气污染防治行动计划 is the plan of the
// 大气污染防治行动, 投资体制改革方案 that of the 投资体制改革 and 青年参与
// 倡议计划 that of the 青年参与倡议, so these are their names, and 计划 and
// 方案 their categories, as a title in 《》 already gives (《教育振兴行动
// 计划》). They stay only before the head word of a plan (see planHeads):
// 战略行动 is a strategic action and 粮食战略工程 a works of the 粮食
// strategy; but 战略 stays before 行动, as the actions that carry out a
// strategy are named (国家教育数字化战略行动 | 行动, 乡村振兴战略三大行动).
// 工程 before a plan names the works planned (备援调度干管工程计画), and 券
// the vouchers a scheme gives (学前教育学券计划, 消费券计划); a policy keeps
// the vouchers or loans it gives (购房券政策, 人才贷政策).
const innerHeads = "行动 战略 改革 倡议 工程 券"

// planHeads are the head words of a written plan, after which an inner
// head word stays in the name.
const planHeads = "计划 方案 规划 纲要"

// keepInnerHeads puts back into the name of an unquoted mention the inner
// head word (see innerHeads) that stands between the name, maybe after a
// duration (三年, 十年), and the category: 国企改革三年行动方案 gives
// 国企改革行动. A plan carrying out such an action or strategy drops its
// 实施 and the duration (打赢蓝天保卫战三年行动实施方案 gives 打赢蓝天保卫战
// 行动). An action of a strategy keeps 战略 (see innerHeads). A quoted
// name is the quoted text and a list's items (外贸体制等改革方案) keep their
// names.
func (m *matcher) keepInnerHeads() {
	for k := range m.found {
		f := &m.found[k]
		if f.quoted || f.name == "" {
			continue
		}
		if (f.cat == "行动" || f.cat == "工程") && !strings.HasSuffix(f.name, "战略") && strings.HasSuffix(m.v.str(f.a, f.b), "战略"+f.cat) {
			f.name += "战略" // 国家教育数字化战略行动, 粮食战略工程: the strategy's action or works, named with it
			continue
		}
		if f.cat == "政策" || f.cat == "政策措施" {
			if text := strings.TrimSuffix(m.v.str(f.a, f.b), f.cat); (strings.HasSuffix(text, "券") || strings.HasSuffix(text, "贷")) && strings.HasSuffix(text[:len(text)-len("券")], f.name) {
				f.name += text[len(text)-len("券"):] // 购房券政策, 人才贷政策: the policy of the vouchers or the loans, named by them
			}
			continue
		}
		if !slices.Contains(m.e.words.planHeads, f.cat) {
			continue
		}
		if before, ok := strings.CutSuffix(f.name, "实施"); ok {
			if h := m.innerHeadEnding(before); h != "" {
				// 打赢蓝天保卫战三年行动实施方案: the plan that carries out
				// the action is named by it, without its duration
				f.name = trimDuration(strings.TrimSuffix(before, h)) + h
				continue
			}
		}
		text := m.v.str(f.a, f.b)
		rest, ok := strings.CutSuffix(text, f.cat)
		if !ok {
			continue
		}
		// Inner head words may stack (数据要素市场化配置改革行动方案: the
		// plan of the 改革行动); all of them stay, in their order.
		inner := ""
		for len(inner) < len(rest) {
			h := m.innerHeadEnding(rest)
			if h == "" || strings.HasSuffix(f.name, h) {
				break
			}
			rest = strings.TrimSuffix(rest, h)
			inner = h + inner
			if strings.HasSuffix(trimDuration(rest), f.name) {
				f.name += inner
				break
			}
		}
	}
}

// innerHeadEnding returns the inner head word (see innerHeads) that ends
// s, or "".
func (m *matcher) innerHeadEnding(s string) string {
	for _, h := range m.e.words.innerHeads {
		if strings.HasSuffix(s, h) {
			return h
		}
	}
	return ""
}

// trimDuration returns s without a trailing duration of a small count of
// years (三年, 5年, 十年).
func trimDuration(s string) string {
	body, ok := strings.CutSuffix(s, "年")
	if !ok {
		return s
	}
	i := len(body)
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(body[:i])
		if !isDigitRune(r) {
			break
		}
		i -= n
	}
	if i == len(body) || smallNumber(body[i:]) == 0 || newDecade(body[:i]) ||
		strings.HasSuffix(body[:i], "个") || strings.HasSuffix(body[:i], "個") {
		return s // 新十年: the new decade is a name; 第十三个五年 is the plan's ordinal
	}
	return body[:i]
}

// newDecade reports whether s, what precedes a duration, ends in 新 as a
// word of its own (新十年, the new decade), not as the end of a word
// (科技创新三年行动: 创新, 革新, 更新, 全新, 重新).
func newDecade(s string) bool {
	if !strings.HasSuffix(s, "新") {
		return false
	}
	for _, w := range []string{"创新", "創新", "革新", "更新", "全新", "重新", "维新", "維新"} {
		if strings.HasSuffix(s, w) {
			return false
		}
	}
	return true
}

// leadingDuration returns the length in bytes of a duration of a small
// count of years (三年, 两年) that opens name, or 0: 三年棚改攻坚计划 is
// the three-year plan of 棚改攻坚. A year (2010年, 一九五八年度) is no
// duration.
func leadingDuration(name string) int {
	i := 0
	for i < len(name) {
		r, n := utf8.DecodeRuneInString(name[i:])
		if !smallDigit(r, true) {
			break
		}
		i += n
	}
	if i == 0 || utf8.RuneCountInString(name[:i]) > 2 || !strings.HasPrefix(name[i:], "年") || strings.HasPrefix(name[i:], "年度") {
		return 0 // 一九五八年度: a year, and 年度 is annual
	}
	return i + len("年")
}

// isKnown reports whether name is a programme of the dictionary.
func (m *matcher) isKnown(name string) bool {
	_, ok := m.e.known[name]
	return ok
}

// trimDurations drops a leading duration, a year a programme was launched
// in, a batch (第一批), a round (第二轮), a phase (第2期) or an article (see
// leadingArticle) from the name of an unquoted mention when four runes or
// more of name follow it; a batch and a round leave its text too. A duration alone stays a name: in “八五”计划和十年规划 it
// names the national ten-year plan.
func (m *matcher) trimDurations() {
	for k := range m.found {
		f := &m.found[k]
		if n := leadingDuration(f.name); !f.quoted && n > 0 && utf8.RuneCountInString(f.name[n:]) >= minSpecific && !m.isKnown(f.name) {
			f.name = f.name[n:] // a known programme keeps its count of years (十二年国民基本教育)
		}
		if n := m.cutYear(f); !f.quoted && n > 0 && utf8.RuneCountInString(f.name[n:]) >= minSpecific {
			// 2018年人才政策18条: a rule that reads no digits began the
			// mention at 年, no part of the name nor of its mention
			f.a += utf8.RuneCountInString(f.name[:n])
			f.name = f.name[n:]
		}
		if n := leadingYear(f.name); !f.quoted && n > 0 && utf8.RuneCountInString(f.name[n:]) >= minSpecific {
			f.name = f.name[n:] // 2010年科技小巨人行动计划: the year it was launched in
		}
		if rs := []rune(f.name); !f.quoted {
			// 第一批学前融合教育试点: the batch of places that take part;
			// 推进第二轮核心区控规三年行动计划: the round, as 新一轮
			if n := max(batchLength(rs), roundLength(rs)); n > 0 && len(rs)-n >= minSpecific {
				f.name = string(rs[n:])
				if m.v.str(f.a, f.a+n) == string(rs[:n]) {
					f.a += n // nor of its mention
				}
			} else if n := phaseAt(rs); n > 0 && len(rs)-n >= minSpecific {
				f.name = string(rs[n:]) // 落實第2期淨化海港計劃: the phase is no part of the name
			}
		}
		if n := leadingArticle(f.name); !f.quoted && n > 0 && utf8.RuneCountInString(f.name[n:]) >= minSpecific {
			f.name = f.name[n:] // 推行一项学前教育学券计划, 分目179综合社会保障援助计划
		}
		if c, n := leadingItems(f.name); !f.quoted && n > 0 && utf8.RuneCountInString(f.name[n:]) > minBare {
			f.name, f.count = f.name[n:], c // 13项暖民心行动: the count of actions is no part of their name
		}
	}
}

// cutYear returns the length in bytes of the 年 or 年度 that opens the
// name of f when a digit stands just before its mention (the year's
// digits, which the mention left out), or 0.
func (m *matcher) cutYear(f *mention) int {
	if f.a == 0 || !isDigitRune(m.v.rs[f.a-1]) || m.v.rs[f.a] != '年' || !strings.HasPrefix(f.name, "年") {
		return 0
	}
	if strings.HasPrefix(f.name, "年度") {
		return len("年度")
	}
	return len("年")
}

// leadingYear returns the length in bytes of a year in Arabic digits with
// 年 or 年度 that opens name (2010年科技小巨人行动, 2021年度山东省重点研发
// 计划), or 0. A year's deadline (2030年前碳达峰), an annual plan of the
// economy (2019年国民经济和社会发展计划, whose year tells which plan it is)
// and a span of years (2021-2025年) keep theirs.
func leadingYear(name string) int {
	if len(name) < 4+len("年") || !strings.HasPrefix(name[4:], "年") {
		return 0
	}
	for _, c := range name[:4] {
		if c < '0' || c > '9' {
			return 0
		}
	}
	n := 4 + len("年")
	if strings.HasPrefix(name[n:], "度") {
		n += len("度") // 2021年度山东省重点研发计划: the year's call of the programme
	}
	rest := name[n:]
	for _, w := range []string{"前", "后", "後", "底", "末", "起", "以", "至", "到", "国民经济", "國民經濟", "经济", "經濟"} {
		if strings.HasPrefix(rest, w) {
			return 0
		}
	}
	return n
}

// phaseAt returns the length of a phase numbered in digits that opens rs
// (第2期), or 0.
func phaseAt(rs []rune) int {
	if len(rs) < 3 || rs[0] != '第' {
		return 0
	}
	i := 1 + arabicDigits(rs[1:])
	if i == 1 || i >= len(rs) || rs[i] != '期' {
		return 0
	}
	return i + 1
}

// leadingArticle returns the length in bytes of a word that opens name
// and counts or files it rather than naming it, or 0: one of a kind (一项,
// 一个) or a subhead of the estimates with its number (分目179).
func leadingArticle(name string) int {
	for _, w := range []string{"一项", "一項", "一个", "一個"} {
		if strings.HasPrefix(name, w) {
			return len(w)
		}
	}
	if rest, ok := strings.CutPrefix(name, "分目"); ok {
		n := len(name) - len(rest)
		for n < len(name) && name[n] >= '0' && name[n] <= '9' {
			n++
		}
		if n > len("分目") {
			return n
		}
	}
	return 0
}

// leadingItems returns the count of items in Arabic digits with 项 that
// opens name (13项暖民心) and its length in bytes, or 0, 0. A count with 个
// counts documents or things (16个本土化落地方案; see vague).
func leadingItems(name string) (count, n int) {
	i := 0
	for i < len(name) && name[i] >= '0' && name[i] <= '9' {
		i++
	}
	if i == 0 {
		return 0, 0
	}
	for _, m := range []string{"项", "項"} {
		if strings.HasPrefix(name[i:], m) {
			return smallNumber(name[:i]), i + len(m)
		}
	}
	return 0, 0
}

// workNoCategory leaves out of a mention the 工作 a weak head word read
// after it (“六稳”工作, 乡村振兴工作, “五个振兴”等工作): the work done on a
// programme, which names it, is no category of it. The mention then ends
// with its name (or its closing quote).
func (m *matcher) workNoCategory() {
	for k := range m.found {
		f := &m.found[k]
		if f.cat != "工作" {
			continue
		}
		f.cat = "" // “六稳”“六保”工作: shared by the quotes of a list too
		if f.b-f.a < 3 || !m.hasPrefix(f.b, "工作") {
			continue
		}
		f.b -= 2
		if m.v.rs[f.b-1] == '等' {
			f.b-- // “五个振兴”等工作
		}
	}
}

// battleVerbs puts back into an unquoted action or plan of a battle (…攻坚
// 战, …保卫战) the verb of winning it that stands before it, as its official
// name holds it: 关于打好脱贫攻坚战三年行动的实施方案 gives 打好脱贫攻坚战 |
// 行动, as 打赢蓝天保卫战三年行动计划 is named.
func (m *matcher) battleVerbs() {
	for k := range m.found {
		f := &m.found[k]
		if f.quoted || f.a < 2 || !strings.HasSuffix(f.name, "战") && !strings.HasSuffix(f.name, "戰") {
			continue
		}
		if f.cat != "行动" && f.cat != "计划" && f.cat != "方案" && f.cat != "行動" && f.cat != "計劃" {
			continue
		}
		verb := m.v.str(f.a-2, f.a)
		if (verb == "打赢" || verb == "打好" || verb == "打贏") && !m.covered[f.a-2] && !m.covered[f.a-1] {
			f.a -= 2
			f.name = verb + f.name
		}
	}
}
