package initiative

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// bareTitles returns qs with the titles of plans written without title
// marks added in text order, each a bare quote for titled to judge as it
// judges a title in 《》:
//   - the title a notice issues: 关于印发重庆市推动成渝地区双城经济圈建设
//     行动方案（2023—2027年）的通知;
//   - a line that holds nothing but the title of a formal plan, as the
//     plan's own heading does: 新乡市建设制造强市三年行动计划（2023—2025年）.
func (m *matcher) bareTitles(qs []*quote) []*quote {
	rs := m.v.rs
	n := len(qs)
	for i := 0; i+2 < len(rs); i++ {
		if rs[i] != '印' || rs[i+1] != '发' && rs[i+1] != '發' || rs[i+2] == '《' {
			continue
		}
		if end, ok := m.noticeTitleEnd(i+2, i+2+maxQuote); ok {
			qs = append(qs, &quote{open: i + 1, close: end, title: true, bare: true})
		}
	}
	for a := 0; a < len(rs); {
		b := a
		for b < len(rs) && rs[b] != '\n' {
			b++
		}
		if s, e, ok := m.titleLine(a, b); ok {
			qs = append(qs, &quote{open: s - 1, close: e, title: true, bare: true})
		}
		a = b + 1
	}
	if len(qs) > n {
		slices.SortFunc(qs, func(x, y *quote) int { return x.open - y.open })
	}
	return qs
}

// noticeTitleEnd returns the rune index of the 的 of 的通知 that ends the
// title of a notice starting at rune i, looked for up to lim on one line
// and in one sentence, and whether there is one.
func (m *matcher) noticeTitleEnd(i, lim int) (int, bool) {
	rs := m.v.rs
	for j := i; j+2 < len(rs) && j < lim; j++ {
		switch rs[j] {
		case '\n', '。', '；', '，', '《', '》':
			return 0, false
		case '的':
			if rs[j+1] == '通' && rs[j+2] == '知' {
				return j, j > i
			}
		}
	}
	return 0, false
}

// titleLine returns the runes [s, e) of the line [a, b) without its
// spaces when the line is the title of a formal plan alone: six to
// maxQuote runes of Han and digits, maybe with an edition in brackets and
// the extension of a file's name, that end in the head word of a formal
// plan and start with no verb.
func (m *matcher) titleLine(a, b int) (s, e int, ok bool) {
	rs := m.v.rs
	for a < b && unicode.IsSpace(rs[a]) {
		a++
	}
	if a+1 < b && strings.ContainsRune("•·●▪■◆-", rs[a]) {
		a++ // • 临汾市水污染防治2018年行动计划: a bullet before the title
		for a < b && unicode.IsSpace(rs[a]) {
			a++
		}
	}
	for k := a; k+10 < b; k++ {
		if rs[k] < '0' || rs[k] > '9' {
			continue // a date opens with a digit of its year
		}
		if n := leadingDate(rs[k:b]); n > 0 && (k == a || !isDigitRune(rs[k-1])) {
			// 临海市科学技术局 2022年6月7日 临海市科学技术“十四五”发展规划: a
			// copy may give the issuers, the date and the title on one line
			a = k + n
			break
		}
	}
	marker := headingMarker(rs[a:b]) // 第三节 国民经济和社会发展2010年远景目标纲要: the heading's number is no part of the title
	a += marker
	for b > a && unicode.IsSpace(rs[b-1]) {
		b--
	}
	for _, ext := range fileExtensions {
		if n := len(ext); b-a > n && strings.EqualFold(m.v.str(b-n, b), ext) {
			b -= n // 云南省茶叶产业高质量发展三年行动工作方案(2023—2025年).docx: a file's name
			break
		}
	}
	if b-a < 6 || b-a > maxQuote || !isHan(rs[a]) {
		return 0, 0, false
	}
	body := trimEdition(rs[a:b])
	for _, r := range body {
		if !isHan(r) && !isAlnum(r) && !isQuoteMark(r) {
			return 0, 0, false // 庐江县“十四五”文化和旅游发展规划: quotes may stand in it
		}
	}
	if m.headAt(a, b, strong) > 0 {
		return 0, 0, false // 规划和二〇三五年远景目标纲要: the second line of a title broken in two
	}
	h := m.e.endsHead(body)
	planned := h != "" && m.formal(h) || m.endsInnerPlan(body) != "" || carriesOutAction(string(body)) != "" || m.carriesOutProgramme(string(body)) != ""
	if !planned || m.find(a, b, kindVerb) != nil { // every verb frame is a verb too
		return 0, 0, false // 木兰县打赢蓝天保卫战三年行动计划实施方案 and …行动方案 are titles too
	}
	if m.headline(a, b) || m.personSays(a, b) || m.continuesLine(a) || m.announces(a, b) {
		return 0, 0, false
	}
	if h != "" && m.formal(h) && !documentHead(h) && m.holds(a, b, kindVerb) {
		return 0, 0, false // 靖远县加快推进文化惠民工程: a headline says what is done to a programme, no document's title
	}
	if marker > 0 && (m.toks == nil || !m.nounStart(a) || m.holds(a, b, kindVerb)) {
		return 0, 0, false // 八、統籌部會完成五大信賴產業方案規劃: a numbered heading may be a clause
	}
	return a, b, true
}

// documentHead reports whether the head word h names a written plan (计划,
// 规划, 方案, 纲要; see planHeads) rather than the programme it plans.
func documentHead(h string) bool {
	switch h {
	case "计划", "规划", "方案", "纲要", "計劃", "計畫", "規劃", "綱要":
		return true
	}
	return false
}

// leadingDate returns the length in runes of a date of Arabic digits
// (2022年6月7日) that opens rs, with the spaces after it, or 0.
func leadingDate(rs []rune) int {
	i := 0
	for _, part := range []struct {
		unit     rune
		min, max int
	}{{'年', 4, 4}, {'月', 1, 2}, {'日', 1, 2}} {
		d := 0
		for i+d < len(rs) && rs[i+d] >= '0' && rs[i+d] <= '9' {
			d++
		}
		if d < part.min || d > part.max || i+d >= len(rs) || rs[i+d] != part.unit {
			return 0
		}
		i += d + 1
	}
	for i < len(rs) && unicode.IsSpace(rs[i]) {
		i++
	}
	return i
}

// continuesLine reports whether the line at rune a goes on from a line
// before it that ends in a conjunction (公安县国民经济和社会发展第十四个五年
// 规划和 / 二〇三五年远景目标纲要): the second part of a title broken in
// two, no title of its own.
func (m *matcher) continuesLine(a int) bool {
	rs := m.v.rs
	i := a - 1
	for i >= 0 && unicode.IsSpace(rs[i]) {
		i--
	}
	return i >= 0 && i < a-1 && strings.ContainsRune("和与及與", rs[i])
}

// personSays reports whether the line [a, b) opens with a person's name,
// as the segmenter tags it, and holds a verb of the dictionary: a news
// headline of what someone does with a plan (李偉農介紹經濟適度多元五年
// 規劃), no title.
func (m *matcher) personSays(a, b int) bool {
	if m.toks == nil {
		return false
	}
	t, found := m.tokenAt(int(m.v.start[a]))
	if !found || m.toks[t].POS != "nr" {
		return false
	}
	e := a
	for e < b && int(m.v.end[e]) < m.toks[t].End {
		e++
	}
	if e < b && strings.ContainsRune(divisionRunes, m.v.rs[e]) {
		return false // 木兰县打赢蓝天保卫战…: a county the segmenter takes for a person
	}
	return m.holds(a, b, kindVerb)
}

// headline reports whether the line [a, b) is a news headline of two
// parts, the second opening with a verb after a space (周春米議會施政報告
// 推動五箭齊發縣政綱要), which is no title. A line spaced between most of
// its runes, as a PDF copy gives a title, is none.
func (m *matcher) headline(a, b int) bool {
	gaps, verb := 0, false
	for i := a + 1; i < b; i++ {
		if m.v.start[i] > m.v.end[i-1] {
			gaps++
			verb = verb || m.find(i, b, kindVerb) != nil
		}
	}
	return verb && gaps <= maxHeadlineGaps
}

// urgingWords tell, inside a line, that someone hopes for or urges
// something about a plan (團體冀優化澳琴情懷計劃): the line is a headline.
var urgingWords = []string{"冀", "盼", "促", "吁", "要求", "建议", "希望", "呼吁", "期望", "促请"}

// announcingVerbs tell, inside a line, that a body launches or issues
// a plan: the line is a news headline, no title of the plan.
var announcingVerbs = []string{"推出", "启动", "啟動", "发布", "發布", "出台", "印发", "印發", "公布", "宣布"}

// announces reports whether one of announcingVerbs or urgingWords starts
// a word of the segmenter inside the line [a, b), after its first rune
// (文化發展基金推出紀念抗戰勝利80周年資助計劃, 團體冀優化澳琴情懷計劃): the plan
// the headline announces or urges about is read as running text reads it.
func (m *matcher) announces(a, b int) bool {
	for i := a + 1; i+2 <= b; i++ {
		for _, v := range announcingVerbs {
			if m.hasPrefixAt(i, v) && m.wordStarts(i, 2) {
				return true
			}
		}
		for _, v := range urgingWords {
			if n := utf8.RuneCountInString(v); m.hasPrefixAt(i, v) && m.wordStarts(i, n) {
				return true
			}
		}
	}
	return false
}

// carriesOutAction returns the title of the action, strategy, action plan
// or works that a plan carries out (…行动实施方案, …行动计划实施方案, …行动
// 工作方案, 国家黑土地保护工程实施方案), which names the plan (see titled),
// or "".
func carriesOutAction(title string) string {
	for _, tail := range implementingTails {
		before, ok := strings.CutSuffix(title, tail)
		if ok && (strings.HasSuffix(before, "行动") || strings.HasSuffix(before, "行動") || strings.HasSuffix(before, "战略") || strings.HasSuffix(before, "行动计划") || strings.HasSuffix(before, "工程")) {
			return before
		}
	}
	return ""
}

// implementingTails end the title of a plan that carries out other work.
var implementingTails = []string{"实施方案", "實施方案", "工作方案"}

// carriesOutProgramme returns the title of a plan before 实施方案, or
// before 方案 in a 工作方案, when the plan carries out a programme named in
// it (汕尾市碳达峰实施方案, 大连市“十四五”时期“无废城市”建设实施方案,
// 涞源县2019年“脱贫攻坚决战年”工作方案; see namesProgramme) or a
// campaign it ends in (全国城镇燃气安全专项整治工作方案; see
// campaignEnding), or "": such a plan is named by its title, as a plan
// that carries out an action is. A plan of the key work of a programme
// (…全面推进乡村振兴重点工作实施方案) is an office's plan of the year.
func (m *matcher) carriesOutProgramme(title string) string {
	for _, tail := range implementingTails {
		before, ok := strings.CutSuffix(title, tail)
		if !ok {
			continue
		}
		if strings.HasSuffix(before, "重点工作") || strings.HasSuffix(before, "重點工作") {
			return "" // 凤阳县文化和旅游局2024年全面推进乡村振兴重点工作实施方案: an office's key work of the year
		}
		if m.namesProgramme([]rune(before)) || campaignEnding(strings.TrimSuffix(before, "工作")) {
			if tail == "工作方案" {
				return before + "工作"
			}
			return strings.TrimSuffix(before, "工作") // 全面实行河长制工作实施方案: the plan of the work, named by it
		}
	}
	return ""
}

// campaignWords end the name of a campaign that a plan of work carries out
// (城镇燃气安全专项整治, 打好污染防治攻坚战).
var campaignWords = []string{"专项整治", "專項整治", "攻坚战", "攻堅戰"}

// campaignEnding reports whether s ends in one of campaignWords after a
// field of at least minBare runes.
func campaignEnding(s string) bool {
	for _, w := range campaignWords {
		if before, ok := strings.CutSuffix(s, w); ok && utf8.RuneCountInString(before) >= minBare {
			return true
		}
	}
	return false
}

// namesProgramme reports whether the runes of a title hold a programme:
// a known one of the dictionary (碳达峰, 以旧换新, 蓝天 before 工程) or a
// quoted name that is no plan period (“无废城市”, not “十四五”).
func (m *matcher) namesProgramme(title []rune) bool {
	for i := 0; i < len(title); i++ {
		if c := closer(title[i]); c != 0 {
			j := slices.Index(title[i+1:], c)
			if j >= minBare && !isPeriod(string(title[i+1:i+1+j])) {
				return true
			}
			continue
		}
		ws, _ := m.e.startingWith(title[i])
		for _, w := range ws {
			if (w.is(kindName) || w.is(kindPhrase) || w.is(kindQuoted)) && len(w.rs) >= minBare && slices.Equal(w.rs, title[i:min(len(title), i+len(w.rs))]) {
				return true
			}
		}
	}
	return false
}

// fileExtensions end a title line that is a file's name (….docx, in any
// case).
var fileExtensions = []string{".docx", ".doc", ".pdf", ".wps", ".txt"}

// trimEdition returns name without the editions in brackets that end it:
// a period of years (（2023—2025年）, (2018-2022年), (2022-2024)), a year's
// update ((2022年更新)), 试行, 修订, 草案, a draft for review (送审稿) or
// the part of a plan a page carries (上, 中, 下), one after another
// (《陕西省大气污染治理专项行动方案(2023—2027年)(送审稿)》).
func trimEdition(name []rune) []rune {
	for {
		t := trimOneEdition(name)
		if len(t) == len(name) {
			return name
		}
		name = t
	}
}

// trimOneEdition returns name without the last edition in brackets that
// ends it (see trimEdition).
func trimOneEdition(name []rune) []rune {
	n := len(name)
	if n < 2 || name[n-1] != '）' && name[n-1] != ')' {
		return name
	}
	i := n - 2
	for i >= 0 && name[i] != '（' && name[i] != '(' {
		i--
	}
	if i <= 0 {
		return name
	}
	in := string(name[i+1 : n-1])
	for _, note := range []string{"更新", "修订版", "修订", "修訂版", "修訂"} {
		if before, ok := strings.CutSuffix(in, "年"+note); ok {
			in = before + "年" // (2022年更新): an update of the year
			break
		}
	}
	switch in {
	case "试行", "試行", "修订", "修訂", "草案", "征求意见稿", "徵求意見稿", "送审稿", "送審稿", "讨论稿", "討論稿", "上", "中", "下":
		return name[:i]
	}
	digits, dash := 0, false
	for _, r := range in {
		switch {
		case isDigitRune(r):
			digits++
		case strings.ContainsRune("—–-－~～至到", r):
			dash = true
		case r != '年':
			return name
		}
	}
	// (2023—2025年), (2025年), and a span or a year without 年: (2022-2024),
	// (2024).
	year := !dash && digits == 4 && (strings.HasPrefix(in, "19") || strings.HasPrefix(in, "20"))
	if !strings.HasSuffix(in, "年") && !(dash && digits >= 8) && !year {
		return name
	}
	return name[:i]
}

// trimPlanDuration returns the name of a plan without the duration or the
// year that ends it, or that stands before its inner head word: 新乡市建设
// 制造强市三年行动 gives 新乡市建设制造强市行动 (see innerHeads), and an
// action plan that a plan carries out keeps its 计划 (…三年行动计划 gives
// …行动计划).
func (m *matcher) trimPlanDuration(base []rune) []rune {
	s := string(base)
	for _, plan := range []string{"行动计划", "行動計劃"} {
		if before, ok := strings.CutSuffix(s, plan); ok {
			return []rune(trimYear(trimDuration(before)) + plan)
		}
	}
	for _, h := range m.e.words.innerHeads {
		if before, ok := strings.CutSuffix(s, h); ok {
			return []rune(trimYear(trimDuration(before)) + h)
		}
	}
	return []rune(trimYear(trimDuration(s)))
}

// trimYear returns s without the year of a yearly plan that ends it (临汾市
// 水污染防治2018年 gives 临汾市水污染防治), when a name is left before it.
func trimYear(s string) string {
	loc := trailingYear.FindStringIndex(s)
	if loc == nil || utf8.RuneCountInString(s[:loc[0]]) < minSpecific {
		return s
	}
	return s[:loc[0]]
}

// trailingYear matches a year of four digits and 年 or 年度 at the end of a
// plan's name.
var trailingYear = regexp.MustCompile(`[0-9]{4}年度?$`)

// endsInnerPlan returns the head word of kind long (方案) that ends name
// after an inner head word, as 行动方案 ends a plan's title, or "".
func (m *matcher) endsInnerPlan(name []rune) string {
	for n := 1; n < len(name) && n <= m.e.maxWord; n++ {
		w := m.e.lookup(name[len(name)-n:])
		if w == nil || !w.is(kindLong) {
			continue
		}
		rest := string(name[:len(name)-n])
		for _, h := range m.e.words.innerHeads {
			if strings.HasSuffix(rest, h) {
				return string(w.rs)
			}
		}
	}
	return ""
}

// holdsNationalPlan reports whether a title holds a national plan named by
// its ordinal (国民经济和社会发展第十三个五年规划纲要), which plans reads
// with its own name. A place before the plan's field makes it the plan of
// that place, a title like any other (广州市国民经济和社会发展第十四个五年
// 规划和2035年远景目标纲要), the nation named in full included
// (中华人民共和国国民经济和社会发展…), and so does a field other than the
// national economy (全国教育事业第十一个五年规划).
func holdsNationalPlan(title string) bool {
	if i := strings.Index(title, nationalField); i > 0 {
		return false
	}
	for _, span := range []string{"个五年", "個五年", "个十年", "個十年"} {
		if k := strings.Index(title, span); k >= 0 {
			// 全国教育事业第十一个五年规划: a field's plan of the period is
			// a title like any other
			field := strings.TrimSuffix(strings.TrimRight(title[:k], "一二三四五六七八九十"), "第")
			return field == "" || field == nationalField
		}
	}
	return strings.Contains(title, nationalField+"十年")
}

// demonstrative reports whether name is a demonstrative (本, 该, 此, 这,
// 如下, 以下), maybe with a measure word (这项, 该批), before a head word,
// as in 制定本行动计划, 现制定如下行动方案 and 实施这项工程: the document or
// the programme already named, no name.
func (m *matcher) demonstrative(name string) bool {
	rest, ok := strings.CutPrefix(name, "本")
	for _, d := range []string{"该", "此", "这", "這", "如下", "以下", "下列", "上述"} {
		if !ok {
			rest, ok = strings.CutPrefix(name, d)
		}
	}
	if ok {
		rest = strings.TrimPrefix(rest, "次") // 本次行动计划: this time's plan
	}
	switch rest {
	case "", "项", "個", "个", "批", "些", "类", "項", "類":
		return ok // 实施这项工程: this one, no name
	}
	if ok && utf8.RuneCountInString(rest) <= 2 && !startsWithAny(name, []string{"本科", "本土", "本地"}) {
		return true // 設立本資助計劃: this plan of a kind, named by one word
	}
	return ok && (slices.Contains(m.e.words.innerHeads, rest) || slices.Contains(m.e.words.planHeads, rest))
}

// clauseAdverbs open a predicate, never a name: 就漏提计划 (failed to
// submit the plans), 已向中央提报需求计划 (has submitted to the centre);
// 都 is none of them, as it opens 都更 (都市更新).
var clauseAdverbs = []string{"就", "已", "已向", "已经", "才", "也", "又", "还", "還", "曾", "正", "将", "將", "均", "仍"}

// tenseAdverbs say when something is done, or that it is done too (也),
// and stand in no name wherever they stand in it (徐瑜新也關心…工程, a
// council record's clause).
var tenseAdverbs = []string{"就", "已", "已向", "已经", "才", "曾", "仍", "将", "將", "也"}

// clauseRead reports whether the unquoted mention f holds, by the
// segmenter's words, one of clauseAdverbs that opens it or stands right
// before a verb, or one of tenseAdverbs anywhere: a clause was read as a
// name.
func (m *matcher) clauseRead(f mention) bool {
	if f.quoted || m.toks == nil || f.a >= f.b {
		return false
	}
	nameEnd := min(f.b, f.a+utf8.RuneCountInString(f.name))
	lo, hi := int(m.v.start[f.a]), int(m.v.end[max(f.a, nameEnd-1)])
	k, _ := m.tokenAt(lo)
	for ; k < len(m.toks) && m.toks[k].Start < hi; k++ {
		t := m.toks[k]
		if t.POS != "d" || !slices.Contains(clauseAdverbs, m.tokenText(t)) {
			continue
		}
		if t.Start <= lo || slices.Contains(tenseAdverbs, m.tokenText(t)) || k+1 < len(m.toks) && m.toks[k+1].Start < hi && strings.HasPrefix(m.toks[k+1].POS, "v") {
			return true
		}
	}
	return false
}

// governedName reports whether name is read across a preposition or a
// copula that governs the head word after it, so that no name is there:
// 固定资产投资按计划实施 (按计划, as planned), 整項計劃屬於動態計劃 (a plan
// that is a rolling one), 上升为全市一号工程 (what a work is made).
func governedName(name string) bool {
	r, _ := utf8.DecodeLastRuneInString(name)
	return strings.ContainsRune("按于於把被将將", r) ||
		startsWithAny(name, []string{"属于", "屬於", "属於", "由于", "由於", "对于", "對於", "为了", "為了", "为全", "為全", "成为", "成為", "作为", "作為"})
}

// rulesSuffixes end the title of the rules by which a programme is run
// or carried out (管理办法, 实施意见), or of its work of a year (2022年重点
// 工作, 工作要点): the title names the programme.
var rulesSuffixes = []string{"管理办法", "实施办法", "实施意见", "实施细则", "管理细则", "管理暂行办法", "实施暂行办法", "重点工作", "工作要点", "重点任务"}

// rulesOf returns the title name without the rules that end it when what
// is left ends in a strong head word of a formal plan or of an action
// after a name of at least minSpecific runes (《国家高层次人才特殊支持计划
// 管理办法》, 《上海市青年英才开发计划实施意见》), or nil: the rules of a
// field (《科技计划管理办法》 is too short to name one) name none.
func (m *matcher) rulesOf(name []rune) []rune {
	s := string(name)
	for _, suffix := range rulesSuffixes {
		base, ok := strings.CutSuffix(s, suffix)
		if !ok {
			continue
		}
		base = trimYear(base) // 《国民营养计划2022年重点工作》: the year's work of the plan
		h := m.e.endsHead([]rune(base))
		if h == "" || !m.formal(h) && !m.verbHead(h) || utf8.RuneCountInString(base)-utf8.RuneCountInString(h) < minSpecific {
			return nil
		}
		return []rune(base)
	}
	return nil
}

// ownPlan returns 方案 when name is the title of a plan of its own field
// (《托儿服务发展方案》) or of the work of a programme of its own (see
// specificWork and holdsPlan: 《山东省农村环境连片整治示范工作方案》), or
// "": the title of a plan that implements or organizes other work (实施方
// 案, a year's 工作方案, 试点方案, 任务分工方案) names no programme.
func ownPlan(name []rune) string {
	s := string(name)
	base, ok := strings.CutSuffix(s, "方案")
	if !ok || utf8.RuneCountInString(base) < minSpecific {
		return ""
	}
	if field, ok := strings.CutSuffix(base, "工作"); ok && specificWork([]rune(field)) && !strings.HasSuffix(field, "实施") && !holdsPlan(field) {
		return "方案" // 《山东省农村环境连片整治示范工作方案》: the work of a programme of its own
	}
	if field, ok := strings.CutSuffix(base, "实施"); ok && utf8.RuneCountInString(field) >= minSpecific && !endsWithAny(field, implementedKinds) {
		return "方案" // 《通用航空装备创新应用实施方案》: the plan of a field of its own, named by it
	}
	if work, ok := strings.CutSuffix(base, "工作实施"); ok && specificWork([]rune(work)) && !hasYear(work) && !holdsPlan(work) && !strings.HasSuffix(work, "重点") && !strings.HasSuffix(work, "重點") {
		// 《金华市重点产业链培育工作实施方案》: the work of a field of its
		// own, as its 工作方案 is (an office's key work, 重点工作, is its
		// plan of the year; see carriesOutProgramme)
		return "方案"
	}
	for _, w := range []string{"实施", "工作", "试点", "应急", "预案", "分配", "改革", "分工"} {
		if strings.HasSuffix(base, w) {
			return ""
		}
	}
	return "方案"
}

// implementedKinds end the field of a plan that carries out work of a
// kind, which names no programme of its own: a campaign (…促进年活动实施
// 方案 is named by the campaign), a reform (《教育改革实施方案》), the
// building of something (…现代流通体系建设实施方案), an office's work or
// the year's practical deeds for the people (为民实事).
var implementedKinds = []string{"活动", "改革", "建设", "工作", "实事"}

// holdsPlan reports whether field holds a quote or a plan's head word
// (《安寧市“名校英才入螳川”計劃工作方案》, …第十三个五年规划编制工作方案):
// the work on a programme the title names, which names it.
func holdsPlan(field string) bool {
	if strings.ContainsAny(field, "“”「」\"") {
		return true
	}
	for _, h := range []string{"规划", "计划", "計劃", "計畫", "規劃", "纲要", "綱要"} {
		if strings.Contains(field, h) {
			return true
		}
	}
	return false
}

// leadingPeriod matches the span of years that opens a plan's title:
// 2026至2030年, 2021—2025年, 2024年, 一九七八——一九八五年.
var leadingPeriod = regexp.MustCompile(`^(?:[0-9]{4}|[一二三四五六七八九〇○零]{4})(?:年?(?:至|到|——|—|–|-|~|～)(?:[0-9]{4}|[一二三四五六七八九〇○零]{4}))?年(?:度)?`)

// trimLeadingPeriod returns name without the span of years that opens it
// (《2026至2030年托儿服务发展方案》 → 托儿服务发展).
func trimLeadingPeriod(name []rune) []rune {
	loc := leadingPeriod.FindStringIndex(string(name))
	if loc == nil || utf8.RuneCountInString(string(name)[loc[1]:]) < minSpecific {
		return name
	}
	if rest := string(name)[loc[1]:]; strings.HasPrefix(rest, "前") || strings.HasPrefix(rest, "以前") {
		return name // 2030年前碳达峰行动: a deadline in the name, no period of the plan
	}
	return []rune(string(name)[loc[1]:])
}

// isQuoteMark reports whether r is a quotation mark, which a title line may
// hold around a period (“十四五”) and which no name keeps.
func isQuoteMark(r rune) bool {
	return strings.ContainsRune("“”\"「」『』‘’'", r)
}

// quotesOnlyPeriods reports whether every quoted part of a title is a plan
// period (庐江县“十四五”文化和旅游发展规划), so that the title may drop its
// quote marks; a title without any quote mark is left alone.
func (m *matcher) quotesOnlyPeriods(title string) bool {
	quoted, inside, start := 0, false, 0
	for i, r := range title {
		if !isQuoteMark(r) {
			continue
		}
		if inside {
			part := title[start:i]
			if !m.e.periods[part] && !isPeriod(part) {
				return false
			}
			quoted++
		}
		inside, start = !inside, i+utf8.RuneLen(r)
	}
	return quoted > 0 && !inside
}

// alternativeWord reports whether name holds brackets only around an
// alternative word of one or two Han runes (一镇(乡)一品), which a title
// keeps in its name.
func alternativeWord(name string) bool {
	rs := []rune(name)
	found := false
	for i := 0; i < len(rs); i++ {
		if rs[i] != '(' && rs[i] != '（' {
			if rs[i] == ')' || rs[i] == '）' {
				return false
			}
			continue
		}
		j := i + 1
		for j < len(rs) && isHan(rs[j]) && j-i <= 2 {
			j++
		}
		if j == i+1 || j >= len(rs) || rs[j] != ')' && rs[j] != '）' {
			return false
		}
		found, i = true, j
	}
	return found
}

// dropQuoteMarks returns name without its quotation marks.
func dropQuoteMarks(name []rune) []rune {
	return slices.DeleteFunc(slices.Clone(name), isQuoteMark)
}
