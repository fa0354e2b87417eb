package initiative

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/policyx/policyx/pipeline"
)

// Word lists of the scheme reader (see schemes), in the simplified forms
// of Norm.Text. schemeGoverning are the verbs and prepositions that govern
// a scheme in Hong Kong, Macao and Taiwan prose (调整综合社会保障援助计划),
// taggedPrepositions among them; schemeLeads open a mention without being
// part of the name (现行的, 原, the phase 最后一期, the phases past 过去两期,
// the stage to come 下阶段 (下 a word of its own),
// the budget 总预算 that funds it, a size 大型); a name ending in one of
// schemeGenericEnds is a plan of a kind (年度工作计划, 列管计划), as is one
// ending in one of constructionEnds unless it names the works of one
// facility (see namedWorks).
const (
	schemeGoverning = "还有 另有 调整 修订 修改 增加 扩展 扩大 延续 延长 优化 检讨 参加 参与 申请 加入 透过 通过 " +
		"根据 按照 推动 落实 提供 获得 公布 宣布 推出 推行 实施 设立 成立 开展 展开 启动 开办 举办 支持 鼓励 " +
		"介绍 涵盖 包括 纳入 结束 完成 取消 继续 新增 联同 配合 协助 主办 负责 管理 执行 营办 营运 名为 称为 " +
		"达到 提出 研提 关注 筹办 构思 由于 设置 安排 下达 编制 制订 审核 核定 分配 报送 上报 预料 保证 确保 说明 表示 指出 透露 预计 希望 打算 准备 考虑 拟 藉 借 经由 委托 推展 推广 订定 制定 规划 办理 申办 详阅 参阅 审查 简介 遵循 依循 遵照 离开 退出 脱离 拟出 拟定 拟订 提交 递交 呈交 引进 使用 利用 运用 善用"
	schemeLeads = "旨揭 总预算 接下来 今年 明年 去年 全国 全省 全市 全县 全港 全澳 一揽子 整个 当期 前开 前述 上开 今年度 年度 不同 各种 一般 原 现行 现时 现有 目前 该 本 此 这 上述 有关 相关 新 全新 大型 小型 " +
		"前揭 明年度 下年度 次年度 下一阶段 阶段 最后一期 新一期 首期 第一期 第二期 第三期 一期 二期 两期 三期 四期 五期 过去 以往 历年 往年"
	constructionEnds  = "新建 兴建 整修 重建 改建 扩建"
	schemeGenericEnds = constructionEnds + " 一揽子 重要 提报 征案 管制 列管 总体 修正 提案 公共建设 公建 资金 投资 工作 年度 施政 实施 执行 中程 长程 个案 相关 有关"
)

// schemeTimes are the words of a time of the year, which no scheme's name
// holds (青年, which the segmenter also tags as a time, is a scheme's people).
var schemeTimes = []string{"上半年", "下半年", "今年", "明年", "去年", "年底", "年初", "年中", "近年", "往年", "每年"}

// taggedPrepositions are prepositions the segmenter may tag as idioms
// (至於SBIR計畫): no name opens with one.
const taggedPrepositions = "至于 关于 对于"

// schemeLeadVerbs are verbs that govern a scheme when nouns of its name
// stand between them and the head word (補助長者裝置假牙計畫, 取得工廠改善
// 計畫), though next to it they end its name (職涯進修補助計畫, 門面提升計畫).
const schemeLeadVerbs = "经查 完备 领取 补助 进行 强化 取得 浏览 简称 提升 有否 更有 应当 建立 订定 拟定 聘请 聘用 雇用 僱用"

// maxSchemeVerbs is the most words the segmenter takes for verbs in a
// scheme's name.
const maxSchemeVerbs = 3

// schemeStops are the one-rune words that end a scheme's name on its left
// whatever the segmenter tags them: prepositions, conjunctions and modal
// verbs (並符合, 向全港, 最高可編列).
const schemeStops = schemePrepositions + "可能会應应须將将要得本该此这冀盼"

// schemePrepositions are the prepositions, conjunctions, adverbs,
// causative verbs (讓低津計劃更好) and verbs' complements (襯托起桃竹苗大矽谷
// 計畫) of schemeStops, which no word the segmenter did not know holds (see
// unknownRun).
const schemePrepositions = "并向对把被于於由从以按经为就已让使令给起依"

// schemeModalWords are the modal verbs of two runes, which no scheme's name
// holds (能夠詳盡闡述計畫理念: 計畫 is no head word there).
const schemeModalWords = "能够 可以 应该 应当 必须 须要"

// schemeModals are the modal verbs that may follow a scheme as its subject
// (青創援助計劃應推廣), where another verb after 計劃 makes it the verb
// (政府計劃推出).
const schemeModals = "应會会将將可能须需"

// bodyRunes end the names of government bodies, which plan (教育局計劃在
// 明年推出).
const bodyRunes = "局署部府会處处院厅委司"

// negations open the verbs that say what a place lacks (嘉市不缺計畫), no
// part of a scheme's name.
const negations = "不没沒未"

// maxScheme is the longest name of a scheme, in runes, before its head word.
const maxScheme = 16

// schemes reads unquoted schemes where the source writes the head word 计划
// in traditional characters (計劃, 計畫). In Hong Kong, Macao and Taiwan
// a 計劃 is a named scheme (綜合社會保障援助計劃, 金門亮點計畫), where a
// mainland 计划 is as often a plan of work or a target; the name holds
// nouns and the verbs just before the head word (幼稚園及幼兒中心學費減免
// 計劃), and no verb that governs it, no demonstrative, number or
// preposition. A name of one common word (研究計劃, 資助計劃) or of a
// generic word and one other (專項撥款計劃) is none, nor is 計劃 the verb
// (政府計劃推出). Taiwan writes a scheme's head word 方案 as well, alike
// in both scripts: such a name must stand in a clause the normalizer
// folded (see foldedClause) and follow a verb that governs a scheme
// (推動農業經營準備金方案) or the year it runs (一一五年電動機車補助方案),
// or promote what it names (大矽谷推動方案: a scheme of promotion, 推動
// and all, as 亞灣2.0推動計畫 is), or be coordinated by 及, 和 or 、 with
// such a scheme; so must a grant written 補助 (推出彰化縣青年創業獎勵補助), of two words
// and minSpecific runes at least, not a grant's scheme (補助方案) and not
// how much it gives (最高補助, 加碼補助).
// Local works written 工程 in such a clause are read too, when their name
// says what is done to a named road, bridge or site (see localWorks).
// The years of a phase in brackets stand in a name and do not count
// towards its length (花東第二期(105至108年)綜合發展實施方案). Needs the
// segmenter's words.
func (m *matcher) schemes() {
	if m.toks == nil {
		return
	}
	rs := m.v.rs
	for i := 1; i+1 < len(rs); i++ {
		// 方案 and 补助 are written alike in both scripts (方案, 補助 folds
		// to 补助): each is read as 方案 is, in a folded clause only
		grant := rs[i] == '补' && rs[i+1] == '助'
		plan := rs[i] == '方' && rs[i+1] == '案' || grant
		works := rs[i] == '工' && rs[i+1] == '程'
		if !plan && !works && (rs[i] != '计' || rs[i+1] != '划' && rs[i+1] != '画' || !m.traditionalAt(i)) || m.covered[i] {
			continue
		}
		if works && !m.foldedClause(i, i+2) {
			continue // 工程 reads alike in both scripts: local works are read in a folded clause only
		}
		if grant && (m.hasPrefixAt(i+2, "方案") || m.hasPrefixAt(i+2, "计划") || m.hasPrefixAt(i+2, "计画") || m.hasPrefixAt(i+2, "政策") || !m.foldedClause(i, i+2)) {
			continue // 機車汰舊換新補助方案: the grant's scheme, read at its own head word; 补助 in simplified prose is a plain word
		}
		k, ok := m.tokenAt(int(m.v.start[i]))
		h := i // where the name's words end: before its version (幸福巴士2.0計畫)
		if !ok && plan && m.hasPrefix(i, "实施") {
			// 綜合發展實施方案: the segmenter joins 实施方案 as one word,
			// whose 实施 stays in the name
			k, ok = m.tokenAt(int(m.v.start[i-2]))
			h = i - 2
		}
		if !ok || m.toks[k].End != int(m.v.end[i+1]) && !besidesAt(rs, i+2) {
			continue // 計劃署: the head word is part of a longer word (but 推行…計劃外, besides the scheme)
		}
		if v := trailingVersion(rs[max(0, i-maxScheme):i]); v > 0 {
			kv, found := m.tokenAt(int(m.v.start[i-v]))
			if !found {
				continue
			}
			k, h = kv, i-v
		}
		nameEnd := i
		if n := abbreviationBefore(rs[:i]); n > 0 {
			// 綜合社會保障援助（綜援）計劃: the short name in brackets
			// before the head word is no part of the name
			kv, found := m.tokenAt(int(m.v.start[i-n]))
			if !found {
				continue
			}
			k, h, nameEnd = kv, i-n, i-n
		}
		a, words, inner := m.schemeStart(k, h)
		for n := m.leadLength(a, h); n > 0; n = m.leadLength(a, h) {
			a += n // 年度總預算: a lead may follow another
			words--
		}
		if a > 0 && isDigitRune(rs[a-1]) && strings.ContainsRune("项个大", rs[a]) ||
			a > 1 && strings.ContainsRune("项个大", rs[a-1]) && (isDigitRune(rs[a-2]) || strings.ContainsRune("一二两三四五六七八九十多几", rs[a-2])) {
			continue // 20項減碳旗艦行動計畫, 4大亮點建設計畫, 多個…交流計劃: a count of plans, a class
		}
		b := i + 2 + versionLength(rs[i+2:]) // 青年創業貸款計畫2.0: a version after the head word ends the mention
		long := i - a - bracketed(m.v.rs[a:i])
		if inner >= 0 {
			// 擴大社會安全網聯合社區福利社區化旗艦型計畫: the known
			// programme the name holds counts as one word of it
			long -= m.found[inner].b - m.found[inner].a - 1
		}
		if long > maxScheme && inner < 0 && m.twoSchemes(a, h, i) {
			continue
		}
		if h-a < 2 || long > maxScheme || !m.freeBut(a, b, inner) || !m.schemeName(a, h, words) {
			continue
		}
		if m.cutInQuote(a, i+2) {
			continue // 「亞創一、二館空間改造計畫」: a scheme quoted whole, whose quote names it or nothing, read from inside
		}
		if words == 1 && m.measureBefore(a) {
			continue // 國道1號楊梅至頭份段拓寬計畫: one word after a section's measure is what is done to it, a name cut short
		}
		if plan && (!m.foldedClause(a, b) || !m.governedPastLead(a) && !yearBefore(rs[:a]) && !m.schemeBefore(a) && !m.wordEndsAt(h, m.e.words.promotionWords) || m.hasPrefix(h, "解决")) {
			// 方案 is written alike in both scripts: a scheme only where its
			// clause was folded and a verb governs it (推動農業經營準備金方案)
			// or its year precedes it, or it promotes what it names
			// (大矽谷推動方案, see promotionAt), and no solution (整體解決方案)
			continue
		}
		if works {
			if words >= 2 && h-a >= minSpecific && m.localWorks(a, h) {
				m.addScheme(mention{a: a, b: i + 2, name: m.v.str(a, h), cat: "工程"}, inner)
			}
			continue
		}
		if grant && (h-a < minSpecific || words < 2 || m.holdsWordOf(a, h, grantAmounts)) {
			continue // 最高補助, 加碼補助: how much is granted, no grant's name
		}
		if m.relativeSuo(a, h) || m.holdsTimeFrame(a, h) {
			continue // 本條例所列計畫: the plans a law lists; 下一階段行動計劃: the plan of a time
		}
		if rs[h-1] == '及' || rs[h-1] == '暨' {
			continue // 予860個藝術團體及計劃: 及 joins the head word, a noun of its own (projects), to what precedes it
		}
		if b > i+2 {
			m.addScheme(mention{a: a, b: b, name: m.v.str(a, b), cat: m.v.str(i, i+2)}, inner) // the version names a phase of the scheme, head word and all
			continue
		}
		if i+3 < len(rs) && (rs[i+2] == '为' || rs[i+2] == '於' || rs[i+2] == '于') && rs[i+3] != '期' && !(rs[i+2] != '为' && yearAt(rs[i+3:])) {
			// 首階段的資助對象計劃為二衝程摩托車: is planned to be (為期三年 is
			// how long a scheme runs, 醫療券計劃於2009年推出 when it began)
			continue
		}
		if m.wordStartsAt(i+2, placementVerbs) {
			continue // 南投縣立美術館計畫設在中興新村: where a building is planned to stand, no scheme
		}
		if t := m.wordStarting(i + 2); t != nil && isVerb(t.POS) && !strings.ContainsRune(schemeModals, rs[i+2]) && (words < 2 || strings.ContainsRune(bodyRunes, rs[i-1])) {
			// 政府計劃推出, 教育局計劃在明年推出: plans to; a scheme's name
			// before a verb is its subject (職涯進修補助計畫簡述如下), and so
			// is it before a modal (青創援助計劃應推廣)
			continue
		}
		m.addScheme(mention{a: a, b: i + 2, name: m.v.str(a, nameEnd), cat: m.v.str(i, i+2)}, inner)
	}
}

// placementVerbs say where a building stands; after 计划 they make it
// the verb (美術館計畫設在…: is planned to stand at), as no scheme stands
// anywhere.
var placementVerbs = []string{"设在", "设于", "设置在", "选址", "坐落", "座落", "落脚"}

// worksVerbs are what local works do to their road, bridge or site
// (褒忠路拓寬, 仁愛路366巷10弄銜接林園北路443巷打通).
var worksVerbs = []string{"拓宽", "打通", "改善", "新辟", "改建", "延伸", "整建", "拓建", "连结", "护岸", "整治", "修缮", "美化"}

// facilityRunes end the words of the roads, bridges, waterways and sites
// that local works are named by (环南路75巷, 美群桥, 罗厝渔港).
const facilityRunes = "路街巷弄桥线道溪河堤墙沟港厅站园馆场庙渠圳坡"

// localWorks reports whether the runes [a, h), a name before 工程 in a
// traditional-script clause, name local works: what is done to a road, a
// bridge or a site (褒忠路拓寬工程, 經國大橋改善工程, 烈嶼鄉祭祀廳工程),
// whose name holds a facility's rune after its first rune, is read whole
// (see worksOpen), is no generic word of the dictionary nor a kind of
// works (道路拓寬工程, 道路建設等環境改善工程) and holds no official's visit.
func (m *matcher) localWorks(a, h int) bool {
	if w := m.e.lookup(m.v.rs[a:h]); w != nil || !m.worksOpen(a) {
		return false
	}
	name := m.v.str(a, h)
	if strings.ContainsRune(name, '等') || strings.Contains(name, "相关") || slices.ContainsFunc(visitVerbs, func(v string) bool { return strings.Contains(name, v) }) {
		return false // 道路建設等環境改善工程: a kind of works; 卓揆視察彰化…改善工程: a headline's visit
	}
	facility := false
	for k := a + 1; k < h; k++ {
		if strings.ContainsRune(facilityRunes, m.v.rs[k]) {
			facility = true
			break
		}
	}
	if !facility {
		return false
	}
	for _, v := range worksVerbs {
		if base, ok := strings.CutSuffix(name, v); ok {
			return utf8.RuneCountInString(base) >= minSpecific-1 && !slices.Contains(genericWorks, base)
		}
	}
	return !slices.Contains(genericWorks, name)
}

// worksOpen reports whether the name of local works read from rune a is
// whole: a mark, a verb, a preposition, a conjunction, a pronoun or an
// adverb of the segmenter ends before it (其中/r 經國大橋改善工程), not a
// word the name's reader stopped at (台/一线/m 替代道路新闢工程 lost 台一線),
// nor 等 closing a list of the works' kind.
func (m *matcher) worksOpen(a int) bool {
	if a > 0 && m.v.rs[a-1] == '等' {
		return false // 大石河、拒馬河等河道治理提升工程: works of a kind its items close
	}
	if a == 0 || !nameRune(m.v.rs[a-1]) {
		return true
	}
	k, found := m.tokenAt(int(m.v.start[a]))
	if !found || k == 0 || m.toks[k-1].End != int(m.v.start[a]) {
		return false
	}
	t := m.toks[k-1]
	if isVerb(t.POS) {
		return t.End-t.Start > len("亲") // 親/v 水區: a verb of one rune is as often a name's rune the segmenter cut off
	}
	return t.POS == "p" || t.POS == "c" || t.POS == "r" || t.POS == "d" || strings.HasPrefix(t.POS, "u")
}

// visitVerbs are the verbs of an official's visit, which a headline puts
// before the works visited (卓揆視察彰化芬園貓羅溪改善工程).
var visitVerbs = []string{"视察", "会勘", "考察", "参访", "巡视", "督导", "勘查"}

// genericWorks are the kinds of works no name of local works is
// (道路拓寬工程, 排水改善工程).
var genericWorks = []string{"道路", "产业道路", "农路", "农水路", "桥梁", "排水", "排水沟", "边坡", "挡土墙", "护岸", "水沟", "道路边坡", "人行道", "公园", "停车场"}

// twoSchemes adds the two schemes of a name too long for one that 及 or
// 暨 joins, sharing the head word at rune i (彰化鐵路高架化及台中捷運延伸彰化段
// 計畫), each of at least minSpecific runes and no longer than maxScheme,
// and reports whether it did. The first scheme's mention is its words
// alone.
func (m *matcher) twoSchemes(a, h, i int) bool {
	rs := m.v.rs
	p := -1
	for k := a; k < h; k++ {
		if rs[k] == '及' || rs[k] == '暨' {
			if p >= 0 {
				return false
			}
			p = k
		}
	}
	if p < 0 || p-a < minSpecific || h-(p+1) < minSpecific || p-a > maxScheme || i-(p+1) > maxScheme || h != i {
		return false
	}
	if !m.free(a, i+2) || !m.schemeName(a, p, 2) || !m.schemeName(p+1, h, 2) {
		return false
	}
	cat := m.v.str(i, i+2)
	m.add(mention{a: a, b: p, name: m.v.str(a, p), cat: cat})
	m.add(mention{a: p + 1, b: i + 2, name: m.v.str(p+1, h), cat: cat})
	return true
}

// besidesAt reports whether 外 at rune i ends a clause after a head word
// that the segmenter joined to it (長者數碼外展計劃外,): besides the scheme.
func besidesAt(rs []rune, i int) bool {
	return i < len(rs) && rs[i] == '外' && (i+1 == len(rs) || !nameRune(rs[i+1]))
}

// abbreviationBefore returns the length in runes of the short name in
// brackets, two to four Han runes, that ends rs (綜合社會保障援助（綜援）, 鼓勵就業
// 交通津貼(交津)), or 0.
func abbreviationBefore(rs []rune) int {
	n := len(rs)
	if n < 4 || rs[n-1] != '）' && rs[n-1] != ')' {
		return 0
	}
	for j := n - 2; j >= 0 && n-2-j <= 4; j-- {
		switch {
		case rs[j] == '（' || rs[j] == '(':
			if n-2-j < 2 {
				return 0
			}
			return n - j
		case !isHan(rs[j]):
			return 0
		}
	}
	return 0
}

// addScheme adds the scheme f, in place of found[inner], the known
// programme its name holds, when inner is not -1.
func (m *matcher) addScheme(f mention, inner int) {
	if inner >= 0 {
		m.found = slices.Delete(m.found, inner, inner+1)
	}
	m.add(f)
}

// yearBefore reports whether rs ends in a year of three digits or more,
// Arabic or Chinese, and 年 (115年, 一一五年): the year of a scheme that
// runs yearly (新北市一一五年電動機車補助方案); or in the years of a phase,
// 的 and the phase (116至119年的第7期離島綜合建設實施方案).
func yearBefore(rs []rune) bool {
	if p := phaseBefore(rs); p > 0 && len(rs) > p && rs[len(rs)-p-1] == '的' {
		rs = rs[:len(rs)-p-1]
	}
	n := len(rs)
	if n < 4 || rs[n-1] != '年' {
		return false
	}
	d := 0
	for d < n-1 && isDigitRune(rs[n-2-d]) {
		d++
	}
	return d >= 3
}

// governedInside reports whether a word of the segmenter after the first
// in the runes [a, b) is a verb that runs a scheme (see schemeVerbs:
// 擴大) or one that governs it (see schemeGoverning) after the body that
// acts or another verb (交通局推動, 包含推動).
func (m *matcher) governedInside(a, b int) bool {
	t, found := m.tokenAt(int(m.v.start[a]))
	if !found {
		return false
	}
	for t++; t < len(m.toks) && m.toks[t].Start < int(m.v.start[b-1]); t++ {
		w := m.tokenText(m.toks[t])
		if slices.Contains(m.e.words.schemeVerbs, w) {
			return true // 進一步擴大青年委員自薦計劃: a verb that runs the scheme
		}
		if !slices.Contains(m.e.words.schemeGoverning, w) {
			continue
		}
		body, _ := utf8.DecodeLastRuneInString(m.tokenText(m.toks[t-1]))
		if m.toks[t-1].POS == "nt" || strings.ContainsRune(bodyRunes, body) || isVerb(m.toks[t-1].POS) {
			return true // 交通局推動, 包含推動: a body or another verb before the verb that governs the scheme
		}
	}
	return false
}

// commonScheme reports whether f is a scheme written 計劃 or 計畫 whose
// name is one common word of the segmenter (年底前推出試驗計劃, 資助計劃):
// a scheme of a kind, as the scheme reader takes it (see schemeName).
func (m *matcher) commonScheme(f mention) bool {
	if f.cat != "计划" && f.cat != "计画" || !m.traditionalAt(f.b-2) || m.toks == nil {
		return false
	}
	a := f.a
	if n := m.leadLength(a, f.b-2); a+n < f.b-2 {
		a += n // 推出新資助計劃: a lead before the common word
	}
	t := m.wordStarting(a)
	return t != nil && int(m.v.end[f.b-3]) == t.End && !properName(t.POS)
}

// leadLength returns the length in runes of the lead of schemeLeads that
// opens a scheme's name at rune a, the head word at rune h, or 0. A lead
// is a word of its own: 新 of 新興及亮點計畫 opens a word of the name.
func (m *matcher) leadLength(a, h int) int {
	for _, w := range m.e.words.schemeLeads {
		if n := utf8.RuneCountInString(w); m.hasPrefixAt(a, w) && a+n <= h && (a+n == h || m.wordStarting(a+n) != nil) {
			return n
		}
	}
	return 0
}

// traditionalAt reports whether the source writes rune i of Norm.Text as
// 計, the traditional form the normalizer folded.
func (m *matcher) traditionalAt(i int) bool { return m.sourceRune(i) == '計' }

// folded reports whether the normalizer changed the runes [a, b) of the
// view from what the source writes there: traditional characters folded to
// simplified ones, as in a Hong Kong or Taiwan text.
func (m *matcher) folded(a, b int) bool {
	sp := m.v.span(a, b)
	src := m.doc.Norm.ToSource(sp)
	return m.doc.Text[src.Start:src.End] != m.doc.Norm.Text[sp.Start:sp.End]
}

// foldedClause reports whether the source writes a Han rune of the clause
// around the runes [a, b), up to maxGap runes either side, in its
// traditional form, which the normalizer folded: the clause is in
// traditional characters, though a name of common runes in it (青年安心成家)
// reads alike in both scripts.
func (m *matcher) foldedClause(a, b int) bool {
	rs := m.v.rs
	for a > 0 && !clauseEnd(rs[a-1]) && b-a < maxGap*2+maxScheme {
		a--
	}
	for k := a; k < len(rs) && (k < b || !clauseEnd(rs[k]) && k-b < maxGap); k++ {
		if isHan(rs[k]) && m.sourceRune(k) != rs[k] {
			return true
		}
	}
	return false
}

// isVerb reports whether a part of speech is a verb's, other than a verbal
// noun's.
func isVerb(pos string) bool { return pos != "" && pos[0] == 'v' && pos != "vn" }

// schemeStart walks back over the segmenter's words from toks[k], the head
// word at rune i, while each may stand in a scheme's name (see schemeWord),
// at most maxSchemeVerbs verbs (what the scheme's people do: 實習研究員,
// 家居照顧服務試驗), and no verb of schemeLeadVerbs before its nouns. A middle dot
// between two words (亞洲˙矽谷) and a noun of one rune that ends the word
// before it (航空/城) stand in it too, and so does a known programme read
// alone before the name's words (地方創生 in 客庄地方創生移居補助計畫). It
// returns the rune the name starts at, the number of its words, and the
// index in found of the known programme the name holds, or -1.
func (m *matcher) schemeStart(k, i int) (a, words, inner int) {
	a, verbs, inner := i, 0, -1
	for t := k - 1; t >= 0; t-- {
		tk := m.toks[t]
		s, found := slices.BinarySearch(m.v.start, int32(tk.Start))
		if found && s < a && m.covered[s] && words > 0 {
			if f := m.bareKnownEndingAt(a); f >= 0 && m.found[f].a < s {
				// 客庄地方創生移居補助計畫: a known programme (地方創生)
				// the name holds; the name goes on over its runes
				for t > 0 && m.toks[t-1].Start >= int(m.v.start[m.found[f].a]) {
					t--
				}
				a, inner = m.found[f].a, f
				words++
				continue
			}
		}
		if !found || s >= a || m.covered[s] {
			break
		}
		if m.blankLineIn(s, a+1) {
			break // …「還息不還本」期\n\n推長者業主樓換樓計劃: a name never crosses a paragraph the normalizer joined
		}
		if words > 0 && m.spaceBefore(a) && isHan(m.v.rs[a]) && isHan(m.v.rs[a-1]) {
			break // 聚焦淨零願景 創能計畫再突破: a space parts a headline's phrases
		}
		if a-s == 1 && words > 0 && m.v.rs[s] == '）' {
			if o := m.yearsAside(s); o >= 0 {
				// 花東第二期(105至108年)綜合發展實施方案: the years of a
				// phase stand in the name, brackets and all
				for t > 0 && m.toks[t].Start > int(m.v.start[o]) {
					t--
				}
				a = o
				if p := phaseBefore(m.v.rs[:o]); p > 0 && t > 0 && m.toks[t-1].Start == int(m.v.start[o-p]) {
					t-- // 第二期: the phase the years are of
					a = o - p
				}
				continue
			}
		}
		if a-s == 1 {
			if n := m.unknownRun(t); n >= 2 && !m.blankLineIn(a-n, a) {
				// 展/能, 化/製/廠: runes the segmenter did not know as a
				// word are one word of the name (展能中心延展照顧計劃)
				t -= n - 1
				a -= n
				words += n
				continue
			}
		}
		if a-s == 1 && words > 0 && strings.ContainsRune("·˙•・", m.v.rs[s]) && t > 0 && m.toks[t-1].End == tk.Start {
			a = s // 亞洲˙矽谷計劃: a middle dot joins the parts of a name
			continue
		}
		if a-s == 1 && (tk.POS == "n" || tk.POS == "ng") && t > 0 && m.toks[t-1].End == tk.Start && (nounLike(m.toks[t-1].POS) || m.toks[t-1].POS == "j") && utf8.RuneCountInString(m.tokenText(m.toks[t-1])) >= 2 {
			a = s // 航空/城, 中小/企, 原住民/族: a noun of one rune ends the word or abbreviation before it (桃園航空城計畫, 中小企融資擔保計劃)
			if words == 0 && (m.v.rs[s] == '券' || m.v.rs[s] == '卷') {
				words++ // 醫療/券計劃: the voucher a scheme issues is a word of its name (研究計劃 is a plan of a kind)
			}
			continue
		}
		if a-s == 1 && m.v.rs[s] == '者' && t > 0 && m.toks[t-1].End == tk.Start && utf8.RuneCountInString(m.tokenText(m.toks[t-1])) >= 2 {
			// 照顧/者, 創業/者: the suffix makes whom the scheme serves of the
			// word before it, a noun; a verb before that noun governs the
			// name (被問到照顧者津貼計劃)
			t--
			p, ok := slices.BinarySearch(m.v.start, int32(m.toks[t].Start))
			if !ok {
				break
			}
			a = p
			words++
			if t > 0 && isVerb(m.toks[t-1].POS) {
				break
			}
			continue
		}
		if a-s == 1 && tk.POS == "q" && t > 0 && m.toks[t-1].End == tk.Start && m.toks[t-1].POS == "ns" {
			a = s // 延伸彰化/段計畫: the section of a line a place names
			words++
			continue
		}
		if a-s == 1 && words > 0 && (tk.POS == "n" || tk.POS == "ng") && s > 0 && strings.ContainsRune("、，,：:", m.v.rs[s-1]) {
			a = s // 、林/内乡生活产业…计画: a noun of one rune after a list's mark opens the name
			words++
			break
		}
		if a-s == 1 && words > 0 && tk.POS == "f" && strings.ContainsRune("前后东西南北", m.v.rs[s]) && t > 0 && nounLike(m.toks[t-1].POS) && nounLike(m.toks[t+1].POS) {
			a = s // 苗栗火車站/前/周邊地區都市更新先期計畫: a side of a place between its nouns
			continue
		}
		if a-s == 1 && tk.POS == "a" && words > 0 && t > 0 && m.toks[t-1].End == tk.Start && nounLike(m.toks[t-1].POS) && utf8.RuneCountInString(m.tokenText(m.toks[t-1])) >= 2 &&
			(nounLike(m.toks[t+1].POS) || m.toks[t+1].POS == "f") {
			a = s // 智慧科技/大/南方產業生態系推動方案, 優質/慢/經濟生活城鄉計畫: an adjective of one rune between nouns of the name
			words++
			continue
		}
		if a-s == 1 && m.v.rs[s] != '及' && m.v.rs[s] != '暨' {
			if tk.POS == "a" && m.opensName(t) {
				a = s // 地區的大矽谷計畫: an adjective of one rune opens the name
				words++
			}
			break // 長者先導計劃, 2.0版財政整合計劃: a rune alone ends a word the name is not
		}
		if words == 0 && m.promotionAt(t, s, a) {
			// 大矽谷推動方案: a scheme of promotion, named by what it
			// promotes, 推動 and all
			a = s
			words++
			verbs++
			if v := trailingVersion(m.v.rs[:a]); v > 0 {
				// 亞灣2.0推動計畫: the version of what is promoted
				for t > 0 && m.toks[t-1].Start >= int(m.v.start[a-v]) {
					t--
				}
				a -= v
			}
			continue
		}
		pos := tk.POS
		if pos == "ad" && words > 0 && nounLike(m.toks[t+1].POS) && m.toks[t+1].POS != "vn" {
			pos = "a" // 直接/資助計劃: an adjective before the name's noun, no adverb (積極/評估計劃 is one before a verb)
		}
		if words > 0 && slices.Contains(officials, m.v.str(s, a)) {
			// 陳建仁前院長續推建設計畫, 部長黃彥男列席報告業務概況及立法計畫:
			// an official reached with no verb that governs a scheme
			// between is the subject of a clause that ends in a plan of
			// work, no scheme's name
			return i, 0, -1
		}
		if words > 0 && m.bodyWord(tk) {
			break // 衛生福利部原住民族及離島地區醫事人員養成計畫: the body that runs a scheme is no part of its name
		}
		if !m.schemeWord(s, a, pos, words == 0) {
			break
		}
		if tk.POS == "t" && slices.Contains(schemeTimes, m.v.str(s, a)) {
			break // 上半年敲定計劃: when a plan is made, no part of a name
		}
		if tk.POS == "t" && m.v.rs[a-1] == '年' && a-s >= 2 && isDigitRune(m.v.rs[a-2]) {
			break // 一一五年電動機車補助方案: the year the scheme runs (see yearBefore)
		}
		if words > 0 && slices.Contains(m.e.words.schemeLeadVerbs, m.v.str(s, a)) {
			break // 補助長者裝置假牙計畫: a verb before the name's nouns that governs it
		}
		if isVerb(tk.POS) {
			if verbs == maxSchemeVerbs {
				break
			}
			verbs++ // 藝術發展配對資助試驗計劃, 實習研究員計劃: what the scheme's people do
		}
		a = s
		words++
	}
	if a < i && (m.v.rs[a] == '及' || m.v.rs[a] == '暨') {
		a++ // 國家火箭發射場計畫及金門亮點計畫: 及 joins two schemes
		words--
	}
	for p := i - 1; p > a+2; p-- {
		if (m.v.rs[p] == '及' || m.v.rs[p] == '暨') && slices.Contains(joinedHeads, m.v.str(p-2, p)) {
			// 依災修工程及林園排水計畫: 及 joins the scheme to works or a
			// plan named before it, no part of its name
			words = 0
			for t := k - 1; t >= 0 && m.toks[t].Start > int(m.v.start[p]); t-- {
				words++ // the words of the name after 及
			}
			a = p + 1
			break
		}
	}
	return a, words, inner
}

// joinedHeads are the head words that end a name 及 joins to a scheme's.
var joinedHeads = []string{"工程", "计划", "计画", "方案"}

// governedPastLead reports whether a verb that governs a scheme ends at
// rune a, or before a lead word of the county or city that ends there
// (研提本縣旅遊產業服務品質提升方案) or a phase of the scheme (推動第7期離島
// 綜合建設實施方案).
func (m *matcher) governedPastLead(a int) bool {
	if m.wordEndsAt(a, m.e.words.schemeGoverning) {
		return true
	}
	for _, w := range []string{"本县", "本市"} {
		if m.hasPrefix(a, w) && m.wordEndsAt(a-utf8.RuneCountInString(w), m.e.words.schemeGoverning) {
			return true
		}
	}
	// 推動第7期離島綜合建設實施方案: the verb governs the scheme's phase
	p := phaseBefore(m.v.rs[:a])
	return p > 0 && m.wordEndsAt(a-p, m.e.words.schemeGoverning)
}

// promotionWords are the verbs that, right before a scheme's head word,
// make it a scheme of promotion (推動計畫, 推動方案, 推廣計劃) named by
// what it promotes.
const promotionWords = "推动 推展 推广"

// promotionAt reports whether toks[t], the runes [s, a) right before a
// scheme's head word, is a verb of promotionWords that ends a name: a noun
// or a version stands right before it (大矽谷推動方案, 亞灣2.0推動計畫), not
// a body, a lead or 的, after which it governs the plan (縣府推動計畫, 本推動
// 計畫, 更進一步的推動計畫).
func (m *matcher) promotionAt(t, s, a int) bool {
	if t == 0 || !slices.Contains(m.e.words.promotionWords, m.v.str(s, a)) || m.toks[t-1].End != m.toks[t].Start {
		return false
	}
	if trailingVersion(m.v.rs[:s]) > 0 {
		return true
	}
	prev := m.toks[t-1]
	if prev.POS == "v" && t > 1 && m.toks[t-2].End == prev.Start && nounLike(m.toks[t-2].POS) && m.toks[t-2].POS != "nt" {
		prev = m.toks[t-2] // 嬰幼兒閱讀推廣計劃: what is promoted may be an activity of a noun's
	}
	return nounLike(prev.POS) && prev.POS != "nt" && !m.bodyWord(prev) && utf8.RuneCountInString(m.tokenText(prev)) >= 2 && !strings.ContainsRune(bodyRunes, m.v.rs[s-1])
}

// grantAmounts are the words of how much a grant gives, which name no
// grant (最高補助, 堆疊加碼補助), and of the bodies that give it (中央相關部會
// 補助).
var grantAmounts = []string{"最高", "加码", "额度", "相关", "部会"}

// holdsWordOf reports whether one of words starts in the runes [a, b).
func (m *matcher) holdsWordOf(a, b int, words []string) bool {
	for k := a; k < b; k++ {
		if m.wordStartsAt(k, words) {
			return true
		}
	}
	return false
}

// maxYearsAside is the most runes between the brackets of the years a
// scheme's phase runs (see yearsAside).
const maxYearsAside = 12

// yearsAside returns the rune of the opening bracket of the years in
// brackets that close at rune c, 105至108年 or 2021—2025年: digits, one
// word or dash for "to", and 年; or -1.
func (m *matcher) yearsAside(c int) int {
	rs := m.v.rs
	digits := 0
	for k := c - 1; k >= 0 && c-k <= maxYearsAside+1; k-- {
		switch r := rs[k]; {
		case r == '（':
			if k+1 < c-1 && rs[c-1] == '年' && digits >= 2 {
				return k
			}
			return -1
		case isDigitRune(r):
			digits++
		case r == '年' && k == c-1, strings.ContainsRune("至到-—~～", r):
		default:
			return -1
		}
	}
	return -1
}

// schemeBefore reports whether a scheme of the same head word ends just
// before rune a and 及, 和 or 、 (…綜合發展實施方案及離島第四期…綜合建設
// 實施方案): the scheme is coordinated with one a verb governs.
func (m *matcher) schemeBefore(a int) bool {
	if a < 3 || !strings.ContainsRune("及和、与", m.v.rs[a-1]) || !m.hasPrefix(a-1, "方案") {
		return false
	}
	for k := len(m.found) - 1; k >= 0; k-- {
		if m.found[k].b == a-1 {
			return m.found[k].cat == "方案"
		}
	}
	return false
}

// cutInQuote reports whether the scheme read over the runes [a, b) ends
// right before a closing quote that opens more than one rune before a,
// with no clause mark between: the quote holds a longer name.
func (m *matcher) cutInQuote(a, b int) bool {
	rs := m.v.rs
	if b >= len(rs) || !isQuoteMark(rs[b]) || closer(rs[b]) != 0 {
		return false
	}
	for o := a - 1; o >= 0 && a-o <= maxQuote; o-- {
		if closer(rs[o]) == rs[b] {
			return o+1 < a
		}
		if clauseEnd(rs[o]) || isQuoteMark(rs[o]) {
			return false
		}
	}
	return false
}

// measureBefore reports whether a word of the segmenter tagged a measure
// (段, 号) ends right before rune a, the start of a word.
func (m *matcher) measureBefore(a int) bool {
	t, found := m.tokenAt(int(m.v.start[a]))
	return found && t > 0 && m.toks[t-1].POS == "q" && m.toks[t-1].End == m.toks[t].Start
}

// bracketed returns how many runes of rs stand in brackets, the brackets
// included: the years of a phase a scheme's name holds (see yearsAside)
// do not count towards its length.
func bracketed(rs []rune) int {
	n, open := 0, -1
	for k, r := range rs {
		switch {
		case r == '（':
			open = k
		case r == '）' && open >= 0:
			n += k - open + 1
			open = -1
		}
	}
	return n
}

// phaseBefore returns the length in runes of the phase or round that ends
// rs, 第 and a number and 期 or 轮 (第二期, 第4期, 第二轮), or 0.
func phaseBefore(rs []rune) int {
	n := len(rs)
	if n < 3 || rs[n-1] != '期' && rs[n-1] != '轮' && rs[n-1] != '輪' {
		return 0
	}
	k := n - 2
	for k >= 0 && isDigitRune(rs[k]) {
		k--
	}
	if k < 0 || k == n-2 || rs[k] != '第' {
		return 0
	}
	return n - k
}

// blankLineIn reports whether the source of the runes [a, b) holds a
// blank line between two of them: two paragraphs the normalizer joined as
// one sentence, which a page that lists points without full stops makes
// of every pair.
func (m *matcher) blankLineIn(a, b int) bool {
	if m.doc == nil || a >= b {
		return false
	}
	sp := m.doc.Norm.ToSource(m.v.span(a, b))
	return strings.Count(m.doc.Text[sp.Start:sp.End], "\n") >= 2
}

// opensName reports whether toks[t], a word of one rune, opens a
// scheme's name: what stands before it is a rune that no name holds
// (punctuation, a particle) or a verb that governs the scheme (提出少子女化
// 對策計畫), not the end of a longer word.
func (m *matcher) opensName(t int) bool {
	if t == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(m.doc.Norm.Text[:m.toks[t].Start])
	return !isHan(r) && !isAlnum(r) || stop(r) || m.toks[t-1].End == m.toks[t].Start && slices.Contains(m.e.words.schemeGoverning, m.tokenText(m.toks[t-1]))
}

// alsoRunes are the adverbs of addition and of going on, and 有, which say
// that there is a scheme too (亦有青年暑期實習計畫) or that one goes on
// (續推建設計畫): no rune of its name.
const alsoRunes = "亦也均皆又另有续"

// unknownRun returns how many of the words toks[..t] that end it are each
// one Han rune, none a particle, a preposition, a number, a measure, one of
// alsoRunes nor the last rune of a body's name (信保局推先導計劃): a
// run of two or more is a word the segmenter did not know, split up (展/
// 能), which counts as that many words of a name.
func (m *matcher) unknownRun(t int) int {
	n := 0
	for ; t >= 0; t-- {
		tk := m.toks[t]
		r, size := decode(m.doc.Norm.Text, tk.Start)
		if tk.End-tk.Start != size || !isHan(r) || stop(r) || strings.ContainsRune(schemePrepositions+bodyRunes+negations+alsoRunes, r) || tk.POS != "" && strings.ContainsRune("mqrpuc", rune(tk.POS[0])) {
			break
		}
		if n > 0 && m.toks[t+1].Start != tk.End {
			break
		}
		n++
	}
	return n
}

// schemeWord reports whether the word of runes [a, b), tagged pos, may
// stand in a scheme's name: Han runes, no particle (but 及 or 暨, which
// join two fields of one name: 幼稚園及幼兒中心), no pronoun, number,
// measure, preposition, conjunction or adverbial adjective, none of
// schemeStops alone, and no verb that governs a scheme. A verb of the
// dictionary stands in it only as the last word, the head word's
// (健康護理及促進計劃), not further left (促進就業計劃 is what is done).
func (m *matcher) schemeWord(a, b int, pos string, last bool) bool {
	rs := m.v.rs
	if b-a == 1 && (rs[a] == '及' || rs[a] == '暨') {
		return true
	}
	for x := a; x < b; x++ {
		if !isHan(rs[x]) || stop(rs[x]) && !(rs[x] == '在' && x == a && b-a == 2) && !(b-a >= 2 && nounWord(pos)) {
			// 在職, 在校 are words of a name (在職家庭津貼計劃), and so are
			// nouns that hold a particle's rune (社會融和計劃, 和諧社區計劃);
			// 在 alone, 認為, 了解 are none
			return false
		}
	}
	if b-a == 1 && (strings.ContainsRune(schemeStops, rs[a]) || pos == "d" || pos == "f") {
		return false // 已就前開計畫
	}
	if m.hasPrefixAt(a, "计划") || m.hasPrefixAt(a, "计画") {
		return false // 調適計畫及水災智慧防災計畫: another scheme's head word
	}
	if pos == "ad" || pos != "" && strings.ContainsRune("rmqpuc", rune(pos[0])) {
		return false
	}

	if isVerb(pos) && strings.ContainsRune(negations, rs[a]) {
		return false // 「嘉市不缺計畫,缺的是…」: a verb negated says what a place lacks
	}
	if endsWithAny(m.v.str(a, b), m.e.words.schemeGoverning) {
		return false // 全面落實國家一攬子計畫, 特制定本計劃: a word ending in a verb that governs the scheme
	}
	if slices.Contains(m.e.words.schemeVerbs, m.v.str(a, b)) || slices.Contains(m.e.words.schemeModalWords, m.v.str(a, b)) {
		return false
	}
	w := m.e.lookup(rs[a:b])
	return w == nil || !w.is(kindFrame) && (!w.is(kindVerb) || last)
}

// nounWord reports whether the segmenter's tag pos is one of a common
// noun, a verbal noun, a distinguishing word, a set phrase or an
// abbreviation: not a person's or a place's name, which the segmenter
// may find across a particle (強化資安和區域聯防計畫 holds 安和).
func nounWord(pos string) bool {
	return nounLike(pos) && pos != "nr" && pos != "ns" || pos == "an" || pos == "b" || pos == "l" || pos == "j"
}

// schemeName reports whether the runes [a, i), words of the segmenter
// long, name a scheme: not one common word, nor a generic word of the
// dictionary and one other, nor a name that ends in one of
// schemeGenericEnds. A head word may end it (農村貧困地區定向招生專項計劃,
// 長者服務行動計劃), as 行动 stays in the name of an action plan.
func (m *matcher) schemeName(a, i, words int) bool {
	rs := m.v.rs
	if t := m.wordStarting(a); t != nil && words <= 2 {
		if words == 1 && !properName(t.POS) && !peopleWord(m.tokenText(*t)) {
			return false // 研究計劃, 資助計劃; 湖北省計劃 is what a province plans (研究員計劃 names its people)
		}
		placeOrBody := (t.POS == "ns" || t.POS == "nt") && i-a-utf8.RuneCountInString(m.tokenText(*t)) <= 2
		if w := m.e.lookup([]rune(m.tokenText(*t))); words == 2 && (w != nil && w.is(kindGeneric) || placeOrBody) {
			// 專項撥款計劃; 包頭市科技計劃, 內政部國土計畫: a place's or a
			// body's plan of a field, which a word of two runes names
			// (桃園航空城計畫 names a scheme)
			return false
		}
	}
	if demonstrativeBefore(rs[a:i]) || demonstrativeBefore(m.withoutInnerHead(rs[a:i])) || !m.holdsNoun(a, i) {
		return false
	}
	if endsWithAny(m.v.str(a, i), m.e.words.schemeGenericEnds) && !m.namedWorks(a, i) {
		return false
	}
	w := m.e.lookup(rs[a:i])
	return w == nil || !w.is(kindGeneric) && !w.is(kindNot) && w.head == 0
}

// peopleWord reports whether word, a word of the segmenter of at least
// three runes, names the people a scheme is for by their role (研究员,
// 实习生, 教师): a scheme named by them alone is one (研究員計劃).
func peopleWord(word string) bool {
	rs := []rune(word)
	return len(rs) >= 3 && strings.ContainsRune("员生师者", rs[len(rs)-1])
}

// namedWorks reports whether the runes [a, i), a scheme's name ending in
// a word of building (see constructionEnds), name the works of one
// facility: a proper name opens them and the facility takes at least
// minWorks runes (恆春藝文展演中心興建計畫, 潮州鎮運動休閒園區整修興建計畫),
// where a place's building of a kind is a plan of a kind (臺北市道路新建
// 計畫, 校舍重建計畫).
func (m *matcher) namedWorks(a, i int) bool {
	name := m.v.str(a, i)
	for _, w := range m.e.words.constructionEnds {
		if !strings.HasSuffix(name, w) {
			continue
		}
		t := m.wordStarting(a)
		return i-a-utf8.RuneCountInString(w) >= minWorks && t != nil && (t.POS == "ns" || t.POS == "nz")
	}
	return false
}

// minWorks is the fewest runes of the facility that a scheme of building
// works names (see namedWorks).
const minWorks = 6

// demonstrativeBefore reports whether the name rs ends in a demonstrative
// that the segmenter joined to the word before it (特制定本計劃, 的该计划),
// unless the two runes are a word ending in 本 (资本, 成本).
func demonstrativeBefore(rs []rune) bool {
	n := len(rs)
	switch {
	case n == 0:
		return false
	case strings.ContainsRune("该此这", rs[n-1]):
		return true
	case rs[n-1] == '本':
		return n < 2 || !strings.ContainsRune("资成文基样根", rs[n-2])
	}
	return false
}

// withoutInnerHead returns the name rs without the inner head word that
// ends it (特制定本行動計劃: the action's plan), or nil when none does.
func (m *matcher) withoutInnerHead(rs []rune) []rune {
	for _, h := range m.e.words.innerHeads {
		if n := utf8.RuneCountInString(h); len(rs) > n && string(rs[len(rs)-n:]) == h {
			return rs[:len(rs)-n]
		}
	}
	return nil
}

// properName reports whether a part of speech is a person's or another
// proper name's (nr, nz), or unknown: a name of one word, no common noun
// nor a place or a body, which plan rather than name a scheme.
func properName(pos string) bool {
	switch pos {
	case "nz", "nr", "":
		return true
	}
	return false
}

// bareKnownEndingAt returns the index in found of the known programme
// read alone, unquoted and with no head word, that ends at rune b, or -1.
func (m *matcher) bareKnownEndingAt(b int) int {
	return slices.IndexFunc(m.found, func(f mention) bool { return f.b == b && f.cat == "" && !f.quoted && f.count == 0 })
}

// freeBut reports whether the runes [a, b) are free but for those of
// found[inner], when inner is not -1.
func (m *matcher) freeBut(a, b, inner int) bool {
	if inner < 0 {
		return m.free(a, b)
	}
	f := m.found[inner]
	return m.free(a, f.a) && m.free(f.b, b)
}

// holdsNoun reports whether a word of the segmenter among the runes [a, i)
// is no verb, adjective or adverb: a scheme's name holds what it serves or
// funds (詳盡闡述計畫理念 names none).
func (m *matcher) holdsNoun(a, i int) bool {
	t, found := m.tokenAt(int(m.v.start[a]))
	if !found {
		return true
	}
	for ; t < len(m.toks) && m.toks[t].Start < int(m.v.start[i-1])+1; t++ {
		if pos := m.toks[t].POS; pos == "" || !strings.ContainsRune("vad", rune(pos[0])) || pos == "vn" || pos == "an" {
			return true
		}
	}
	return false
}

// bodyWord reports whether the word tk of the segmenter names a government
// body: a word of three runes or more ending in one of bodyRunes (衛生福利部,
// 勞工處, 國發會), or a county's or city's government (縣府, 市府). A word
// of two runes ending so is mostly no body (東部, 醫院).
func (m *matcher) bodyWord(tk pipeline.Token) bool {
	w := []rune(m.tokenText(tk))
	if len(w) == 2 {
		return string(w) == "县府" || string(w) == "市府"
	}
	return len(w) >= 3 && strings.ContainsRune(bodyRunes, w[len(w)-1])
}
