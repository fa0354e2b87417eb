package initiative

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// The shapes of quoted names, read rune by rune. Each takes the name
// without its quotes.

// smallDigit reports whether r is a Chinese digit from 一 to 十 (with 两
// when two is true).
func smallDigit(r rune, two bool) bool {
	switch r {
	case '一', '二', '三', '四', '五', '六', '七', '八', '九', '十':
		return true
	case '两':
		return two
	}
	return false
}

// isPeriod reports whether name is a plan period, the ordinal of a
// five-year plan and 五: 八五, 十四五, 13五; not a code of digits (三三五).
func isPeriod(name string) bool {
	rs := []rune(name)
	n := len(rs) - 1
	if n < 1 || rs[n] != '五' {
		return false
	}
	digits := true
	for _, r := range rs[:n] {
		digits = digits && r >= '0' && r <= '9'
	}
	switch {
	case digits:
		return n <= 2
	case n == 1:
		return smallDigit(rs[0], false) // 一五 … 十五
	case n == 2 && rs[0] == '十':
		return smallDigit(rs[1], false) && rs[1] != '十' // 十一五 … 十九五
	case n == 2:
		return (rs[0] == '一' || rs[0] == '二') && rs[1] == '十' // 二十五, as some write the twentieth
	}
	return false
}

// isFormula reports whether name is a formula name: 1+2+1, 1+N+X,
// 互联网+.
func isFormula(name string) bool {
	rs := []rune(name)
	// Letters and digits joined by plus signs.
	parts, run, ok := 0, 0, true
	for _, r := range rs {
		switch {
		case isAlnum(r):
			run++
		case isPlus(r) && run > 0:
			parts, run = parts+1, 0
		default:
			ok = false
		}
	}
	if ok && run > 0 && parts >= 1 {
		return true
	}
	// Two to eight characters and a final plus sign.
	n := len(rs) - 1
	if n < 2 || n > 8 || !isPlus(rs[n]) {
		return false
	}
	for _, r := range rs[:n] {
		if !isHan(r) && !isAlnum(r) {
			return false
		}
	}
	return true
}

// isPlus reports whether r is a plus sign, ASCII or full-width, or the
// times sign that joins some codes as one (“4×4”现代化产业体系, “数据要素×”).
func isPlus(r rune) bool { return r == '+' || r == '＋' || r == '×' }

// isWordFormula reports whether name is two words of two to six Han
// characters joined by one plus sign: 中国制造+互联网, 互联网+政务服务.
func isWordFormula(name string) bool {
	rs := []rune(name)
	i := slices.IndexFunc(rs, isPlus)
	if i < 2 || i > 6 || len(rs)-i-1 < 2 || len(rs)-i-1 > 6 {
		return false
	}
	for k, r := range rs {
		if k != i && !isHan(r) {
			return false
		}
	}
	return true
}

// isModelName reports whether name is the numbered model of a project or a
// product: two to four Han characters, a Chinese digit and 号 (国和一号,
// 天问一号, 华龙一号). An Arabic digit numbers a vessel or a rig as often
// (“渤海2号”翻沉事故).
func isModelName(name string) bool {
	n := utf8.RuneCountInString(name)
	if n < 4 || n > 6 || !strings.HasSuffix(name, "号") {
		return false
	}
	k := 0
	for _, r := range name {
		switch {
		case k == n-2:
			if !smallDigit(r, false) {
				return false
			}
		case k < n-2 && (!isHan(r) || isDigitRune(r) || smallDigit(r, true)):
			return false
		}
		k++
	}
	return true
}

// isAbbrev reports whether name is a numbered abbreviation: 双培, 六稳,
// 三项改革, 两大工程.
func isAbbrev(name string) bool {
	rs := []rune(name)
	if len(rs) < 2 || len(rs) > 5 {
		return false
	}
	switch r := rs[0]; {
	case smallDigit(r, true), r == '百', r == '千', r == '万', r == '双':
	default:
		return false
	}
	rest := rs[1:]
	if len(rest) == 4 && (rest[0] == '项' || rest[0] == '大') {
		rest = rest[1:]
	}
	if len(rest) > 3 {
		return false
	}
	for _, r := range rest {
		if !isHan(r) {
			return false
		}
	}
	return true
}

// isCountedPairs reports whether name is a code of counted words, four
// to eight Han characters in which at least two small digits each stand
// with one or two other characters: 强二优三, 三去一降一补, 五化四评三定.
func isCountedPairs(name string) bool {
	rs := []rune(name)
	if len(rs) < 4 || len(rs) > 8 {
		return false
	}
	digits, run := 0, 0
	for _, r := range rs {
		switch {
		case !isHan(r):
			return false
		case smallDigit(r, true):
			digits++
			run = 0
		default:
			if run++; run > 2 {
				return false
			}
		}
	}
	return digits >= 2 && digits*3 >= len(rs)
}

// isDigitCode reports whether name is a code of two to six digits (“510”
// 重大科创平台体系, “5313”行动), of two to five digits and an open X or N
// (“415X”先进制造业集群培育工程) or of three or four Chinese digits
// (“三三五”工程).
func isDigitCode(name string) bool {
	if len(name) >= 2 && len(name) <= 6 && strings.Trim(name, "0123456789") == "" {
		return true
	}
	if n := len(name) - 1; n >= 2 && n <= 5 && (name[n] == 'X' || name[n] == 'N') && strings.Trim(name[:n], "0123456789") == "" {
		return true
	}
	// “三三五”, “一二三五”: a code of three or four single Chinese digits,
	// no number (三百五 has a unit, 十一 is eleven)
	rs := []rune(name)
	if len(rs) < 3 || len(rs) > 4 {
		return false
	}
	for _, r := range rs {
		if !strings.ContainsRune("一二三四五六七八九〇零", r) {
			return false
		}
	}
	return true
}

// hasCountPrefix reports whether name starts with a count of items:
// 三项, 两大.
func hasCountPrefix(name string) bool {
	rs := []rune(name)
	j := smallCountLength(rs)
	return j > 0 && j < len(rs) && (rs[j] == '项' || rs[j] == '大')
}

// smallCountLength returns the number of small numerals that open rs (三,
// 十二, 两).
func smallCountLength(rs []rune) int {
	j := 0
	for j < len(rs) && smallDigit(rs[j], true) {
		j++
	}
	return j
}

// namedCount returns the count that opens name when it names a package
// by it: a small number, 大, 项 or 小 (三大攻坚战, 十项行动, 六小工程),
// and two runes at least; or 0.
func namedCount(name string) int {
	rs := []rune(name)
	j := smallCountLength(rs)
	if j == 0 || j+2 >= len(rs) || !strings.ContainsRune("大项小", rs[j]) {
		return 0
	}
	return smallNumber(string(rs[:j]))
}

// abbreviatedCount returns the count a quoted name of a number above one and
// the one rune it counts abbreviates (“六稳”, “六保”, “两基”), or 0; unquoted,
// such names are as often places (三峡, 三北) or spans (十年).
func abbreviatedCount(name string) int {
	rs := []rune(name)
	if len(rs) != 2 || smallCountLength(rs) != 1 || rs[0] == '一' {
		return 0
	}
	return smallNumber(string(rs[:1]))
}

// isTimedCampaign reports whether name is a campaign named by its span of
// days and its kind (百日攻坚, 百日攻坚战, 百天会战, 千日行动), as a
// theme year is.
func isTimedCampaign(name string) bool {
	for _, d := range campaignSpans {
		if rest, ok := strings.CutPrefix(name, d); ok {
			return slices.Contains(campaignKinds, rest)
		}
	}
	return false
}

// campaignSpans and campaignKinds are the spans of days and the kinds of
// the campaigns isTimedCampaign takes.
var (
	campaignSpans = []string{"百日", "百天", "千日", "一百天"}
	campaignKinds = []string{"攻坚", "攻坚战", "会战", "大会战", "行动", "攻坚行动", "冲刺", "大冲刺"}
)

// isThemeYear reports whether name is a theme year, a year's campaign
// named after its task (“脱贫攻坚决战年”, “项目建设年”, “2024消费促进年”):
// at least four runes of task before 年, not a count of years (“两个一百年”)
// nor a time (“新年”, “全年”).
func isThemeYear(name string) bool { return themeYearRunes([]rune(name)) }

// themeYearRunes is isThemeYear on the runes of a name.
func themeYearRunes(rs []rune) bool {
	n := len(rs)
	if n < 5 || rs[n-1] != '年' || slices.Contains(rs, '个') {
		return false
	}
	switch rs[n-2] {
	case '百', '千', '万', '十', '周', '元', '新', '今', '明', '去', '当', '全', '每', '多', '半':
		return false
	}
	for _, r := range rs[:n-1] {
		if !isHan(r) && !isDigitRune(r) {
			return false
		}
	}
	return isHan(rs[n-2]) && !isDigitRune(rs[n-2])
}

// formulaLead returns the length in runes of a formula code of letters and
// digits joined by plus signs (3+6, 1+N+X) that opens name and is followed
// by more of it, or 0: “3+6若干政策措施”.
func formulaLead(name string) int {
	rs := []rune(name)
	parts, run := 0, 0
	for i, r := range rs {
		switch {
		case r < 0x80 && isAlnum(r):
			run++
		case isPlus(r) && run > 0:
			parts, run = parts+1, 0
		default:
			if parts >= 1 && run > 0 && i < len(rs) {
				return i
			}
			return 0
		}
	}
	return 0
}

// themeYears finds the unquoted campaigns of a theme year after a verb
// frame (深入开展企业服务年活动): a theme year (see isThemeYear) right after
// the frame and followed by 活动, which is their category.
func (m *matcher) themeYears() {
	rs := m.v.rs
	for i := 5; i+2 < len(rs); i++ {
		if rs[i] != '年' || rs[i+1] != '活' || rs[i+2] != '动' {
			continue
		}
		for a := i - 4; a >= max(0, i-maxRun); a-- {
			if !m.framed1(a) {
				continue // the nearest frame before the year
			}
			if name := m.v.str(a, i+1); isThemeYear(name) && m.free(a, i+3) {
				if p := m.placeLength(a); p > 0 && isThemeYear(m.v.str(a+p, i+1)) {
					name = m.v.str(a+p, i+1) // 印发宁夏回族自治区消费需求促进年活动实施方案: the campaign is the same in every place
				}
				m.add(mention{a: a, b: i + 3, name: name, cat: "活动"})
			}
			break
		}
	}
}

// maxLoanName is the longest name of a loan product before its 贷, in
// runes (工银科创贷, 蓝天环保贷).
const maxLoanName = 6

// modalRunes are the modal verbs that, as words of their own before 贷,
// say a lender is willing or able to lend (愿贷, 敢贷, 能贷, 会贷).
const modalRunes = "愿願敢能会會肯"

// wholeLoanWords ends a quoted or known programme whose head word is 贷
// after the 款 that follows it (新青安貸款, 「轉型發展」專案貸款): 贷款 is
// one word, which a mention must not cut. An unquoted name ending in 贷款
// is a kind of loan, no product (see loanProducts).
func (m *matcher) wholeLoanWords() {
	for k := range m.found {
		f := &m.found[k]
		if f.cat == "贷" && f.b < len(m.v.rs) && m.v.rs[f.b] == '款' && (f.quoted || m.isKnown(f.name)) {
			f.b++
			f.cat = "贷款"
		}
	}
}

// loanProducts finds the loan products a bank or a government names with
// 贷 and no quotes (灵芝贷、樱桃贷、蓝天环保贷等特色信贷产品; 工银科创贷(中国
// 工商银行)): 贷 as a word of its own with no 款 after it, closed by
// punctuation, a list's joining word or 等, after two to maxLoanName runes
// of words of the segmenter that are no verbs, adverbs, particles or
// numbers. A word the segmenter takes for an abbreviation right after a
// verb is the verb's object, no part of the name (创新研发灵芝贷). Common
// words ending in 贷 (信贷, 房贷) are one word of the segmenter and no
// product; a slogan pairing it (应贷尽贷) holds another 贷, and a modal
// verb before it (愿贷, 敢贷) says what a lender does.
func (m *matcher) loanProducts() {
	if m.toks == nil {
		return
	}
	rs := m.v.rs
	for i := 2; i < len(rs); i++ {
		if rs[i] != '贷' && rs[i] != '貸' {
			continue
		}
		if i+1 < len(rs) && isHan(rs[i+1]) && !strings.ContainsRune("等和与及、", rs[i+1]) {
			continue // 贷款, 贷投放: no product's name ends there
		}
		t, starts := m.tokenAt(int(m.v.start[i]))
		if !starts || m.toks[t].End != int(m.v.end[i]) {
			continue // 信贷: one word
		}
		if strings.ContainsRune(modalRunes, rs[i-1]) && m.wordStarts(i-1, 1) {
			continue // 激励金融机构愿贷、敢贷: willing to lend, no product
		}
		a := i
		for k := t - 1; k >= 0; k-- {
			pos := m.toks[k].POS
			if pos == "" && !latinLetters(m.doc.Norm.Text[m.toks[k].Start:m.toks[k].End]) || pos != "" && strings.ContainsRune("vpudcmrxwyeo", rune(pos[0])) {
				break // but 中银E贷, 税e贷: a product's Latin letter, which the segmenter leaves untagged
			}
			if pos == "j" && k > 0 && strings.HasPrefix(m.toks[k-1].POS, "v") && m.toks[k-1].End == m.toks[k].Start {
				break // 创新研发灵芝贷: the verb's object
			}
			b := a
			for b > 0 && int(m.v.start[b-1]) >= m.toks[k].Start {
				b--
			}
			if i-b > maxLoanName || int(m.v.start[b]) != m.toks[k].Start {
				break
			}
			a = b
		}
		if i-a < minBare || slices.Contains(rs[a:i], '贷') || slices.Contains(rs[a:i], '貸') || !m.free(a, i+1) {
			continue
		}
		m.add(mention{a: a, b: i + 1, name: m.v.str(a, i+1), cat: string(rs[i])})
	}
}

// latinLetters reports whether s is one to three Latin letters.
func latinLetters(s string) bool {
	if s == "" || len(s) > 3 {
		return false
	}
	for _, r := range s {
		if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') {
			return false
		}
	}
	return true
}

// masked reports whether name is no more than a place masked as X, x or
// 某 with maybe the unit of government after it (XX, xx县某某): a
// template's or an anonymized copy's stand-in for a name.
func masked(name string) bool {
	rest := strings.TrimFunc(name, func(r rune) bool {
		return strings.ContainsRune("XxＸｘ某*＊", r) || strings.ContainsRune(divisionRunes, r)
	})
	return rest == "" && strings.ContainsAny(name, "XxＸｘ某*＊")
}

// bracketAt reports whether an opening bracket stands at rune i.
func (m *matcher) bracketAt(i int) bool {
	return i < len(m.v.rs) && (m.v.rs[i] == '（' || m.v.rs[i] == '(')
}

// countMeasures are the measure words after a count that names no
// programme by itself (七大行动, 6方面109项重大工程, 三类计划).
var countMeasures = []string{"方面", "个", "個", "项", "項", "类", "類", "批", "大", "种", "種", "件"}

// cutCounts returns name without the counts and their measure words that
// open it (6方面109项重大 → 重大), and whether it cut a measure word.
func cutCounts(name string) (string, bool) {
	cut := false
	for {
		rest := strings.TrimLeftFunc(name, isDigitRune)
		if rest == name {
			return name, cut // no count opens what is left
		}
		k := slices.IndexFunc(countMeasures, func(w string) bool { return strings.HasPrefix(rest, w) })
		if k < 0 {
			return name, cut
		}
		name, cut = strings.TrimPrefix(rest, countMeasures[k]), true
	}
}

// arabicCount returns the number in Arabic digits that opens name, or 0
// when none does or it is too long to be a count.
func arabicCount(name string) int {
	n := 0
	for i, r := range name {
		if r < '0' || r > '9' || i >= 6 {
			break
		}
		n = n*10 + int(r-'0')
	}
	return n
}

// quotaPlans end the names of plans of a quota or of spending (招生计划,
// 资金使用计划), which name no programme.
var quotaPlans = []string{"招生", "采购", "预算", "生产", "开支", "使用"}

// siteWorks end the names of the construction works of a site (扩建工程,
// 改善工程, 维修工程), in the simplified forms of Norm.Text.
var siteWorks = []string{"改善", "扩建", "改建", "扩改建", "扩阔", "平整", "维修", "修葺", "修缮", "建造"}

// vague reports whether the unquoted mention f names no programme in
// particular: a duration alone (五年计划), a year's plan (社会发展年度计划),
// a plan of a kind of quota or spending (招生计划, 资金使用计划),
// a number of plans (20多个专题规划, 四个稳增长工作方案), the construction
// works of a site in a text the normalizer folded (see siteWorks) or a
// generic word alone, maybe after the place's own 本县 or 我市 (综合计划,
// 国民经济计划, 本县社会发展规划).
func (m *matcher) vague(f mention) bool {
	if f.quoted || f.name == "" {
		return false
	}
	name := f.name
	if isPeriod(name) {
		return false // 实施十二五规划: the plan of a period, named by it
	}
	if trimDuration(name) == "" && name != "十年" || strings.HasSuffix(name, "年度") {
		return true // the ten-year plan (十年规划) is as a rule the nation's of 1991
	}
	if hasYear(name) && strings.HasSuffix(name, "工作") {
		return true // 健康中国行动2020年工作计划: a year's work plan, no programme of its own
	}
	if f.cat == "计划" && endsWithAny(name, quotaPlans) && !strings.Contains(name, "专项") && !strings.Contains(name, "定向") {
		// 分专业招生计划, 资金使用计划: a quota or a budget of a kind, no
		// programme (农村和贫困地区专项招生计划 targets whom it admits: one)
		return true
	}
	if f.cat == "工程" && endsWithAny(name, siteWorks) && m.folded(f.a, f.b) && !m.localWorks(f.a, f.a+utf8.RuneCountInString(name)) {
		// 河川與區域排水改善工程: in Hong Kong and Taiwan the construction
		// works of a kind of site, no programme (a mainland report's 宝钢
		// 三期扩建工程 is a national key project); named local works are
		// named (經國大橋改善工程, see localWorks)
		return true
	}
	if (f.cat == "政策" || f.cat == "政策措施") && (strings.HasSuffix(name, "优惠") || strings.HasSuffix(name, "優惠")) {
		return true // 支持企业发展优惠政策, 招商引资优惠政策: a kind of policy, preferential to what it names
	}
	if masked(name) {
		return true // 实施XX工程, xx县某某行动: a name a template or a copy masked
	}
	if strings.Contains(name, "以来") || strings.Contains(name, "以來") {
		return true // 党的十八大以来教育改革: what was done since a time, no name
	}
	if rest, ok := cutCounts(name); ok {
		if w := m.e.lookup([]rune(rest)); rest == "" && !m.bracketAt(f.b) || w != nil && w.is(kindGeneric) || arabicCount(name) > maxPackage {
			// 七大行动, 6方面109项重大工程, 166件補助計畫: a count of
			// programmes, no name (实施三大工程（创新引领、…） names its items
			// and counts them)
			return true
		}
	}
	if loc := leadingPeriod.FindStringIndex(name); loc != nil && loc[1] < len(name) && name[loc[1]] >= '0' && name[loc[1]] <= '9' {
		name = name[loc[1]:] // 2024年度3个精品示范村规划: a number of the year's plans
	}
	rs := []rune(name)
	i := 0
	for i < len(rs) && isDigitRune(rs[i]) {
		i++
	}
	if i > 0 && i+1 < len(rs) && (rs[i] == '多' || rs[i] == '余') || i == len(rs) {
		return true // 20多个专题规划: a number of plans; 一九八一和一九八二两个年度计划: years
	}
	if i > 0 && i < len(rs) && strings.ContainsRune("个個项項", rs[i]) {
		digits := rs[0] >= '0' && rs[0] <= '9'
		piece := rs[i] == '个' || rs[i] == '個'
		if i+1 == len(rs) || piece && (digits || strings.HasSuffix(name, "工作")) {
			return true // 实施一個計劃: one plan; 16个本土化落地方案, 四个稳增长工作方案: a number of plans
		}
	}
	for _, own := range []string{"本县", "本市", "本省", "本区", "我县", "我市", "我省", "我区", "本縣", "我縣"} {
		if rest, ok := strings.CutPrefix(name, own); ok {
			rs = []rune(rest) // 本县国民经济和社会发展规划: the place's own plan of a generic field
			break
		}
	}
	w := m.e.lookup(rs)
	return w != nil && w.is(kindGeneric)
}

// serviceBrand reports whether a quoted name of at least three runes is
// the brand of a service or a scheme by its last word: 通 (“商社通”, “一戶
// 通”, “跨境理财通”), 惠保, a city's health insurance (“黄惠保”), or 办, 事
// or 码 after a province's name (“鄂汇办”, “粤省事”; “网上办” is a way of
// working). A verb
// or noun of joining that ends in 通 (“硬联通”, 畅通, 交通) names none, nor
// does every unit reached (“县县通”; 村村通 is a known programme).
func serviceBrand(name []rune) bool {
	n := len(name)
	if n < 3 || n > 8 {
		return false
	}
	for _, r := range name {
		if !isHan(r) && !isAlnum(r) {
			return false
		}
	}
	if string(name[n-2:]) == "惠保" {
		return true
	}
	if n <= 4 && strings.ContainsRune(provinceRunes, name[0]) && strings.ContainsRune("办辦事码碼", name[n-1]) {
		return true // “鄂汇办”, “浙里办”, “粤省事”: a province's service app
	}
	if name[n-1] != '通' || n == 3 && name[0] == name[1] {
		return false // 从“县县通”到“县城通”: each county reached, a goal
	}
	return !strings.ContainsRune("联聯畅暢贯貫互连連打沟溝融流交普精开開疏相直变變神", name[n-2])
}
