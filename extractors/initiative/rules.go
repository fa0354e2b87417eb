package initiative

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policyx/policyx/pipeline"

	"github.com/policyx/policyx/extractors/numeral"
)

// A quote is one quoted phrase: runes open and close are its quote marks.
type quote struct {
	open, close int
	name        string

	title  bool // in book-title marks: a name only when a plan's head word ends it
	bare   bool // a title with no marks (see bareTitles): runes open and close are the rune before it and the rune after it
	reject bool // never a name, not even when coordinated with one
	ok     bool // a name
	cat    string
	count  int
	end    int // end of the mention: after the closing quote or the head word
	place  int // runes of the place before a period's quote whose plan of a field it names (湖南省“十四五”文化改革发展规划)
	link   bool
	// quotesInside: a title quoting a name, named whole, the quote inside
	// it read as a mention of its own too
	quotesInside bool
}

// quoted finds the quoted names.
func (m *matcher) quoted() {
	rs := m.v.rs
	var qs []*quote
	for i := 0; i < len(rs); i++ {
		c, title := closer(rs[i]), false
		if c == 0 && rs[i] == '《' {
			c, title = '》', true
		}
		if c == 0 && rs[i] == '«' {
			c, title = '»', true // «全民科学素质行动计划纲要»: guillemets a copy puts for title marks
		}
		if c == 0 && rs[i] == '【' {
			c, title = '】', true // 【上海市水網建設規劃】獲批: a headline's lenticular brackets mark what it is about, as title marks do
		}
		if c == 0 && rs[i] == '〈' {
			c, title = '〉', true // a title inside a title: 《…关于印发〈浙江省促进残疾人就业行动方案〉的通知》
		}
		if c == 0 && rs[i] == '<' && i+1 < len(rs) && isHan(rs[i+1]) {
			c, title = '>', true // the same, as a copy writes it: 《…印发<科技强农机械强农促进农民增收行动方案>的通知》
		}
		if c == 0 {
			continue
		}
		breaks, nested, limit := 0, false, maxQuote
		if title {
			limit = maxTitle
		}
		for j := i + 1; j < len(rs) && j-i <= limit; j++ {
			if rs[j] == c {
				if nested {
					nested = false // 」 of 「共創明『Teen』計劃」 is still to come
					continue
				}
				qs = append(qs, &quote{open: i, close: j, title: title})
				break
			}
			// A title mark may stand on a line of its own in a copied
			// document (《\n教育振兴行动计划\n》), and a line of a copy
			// may break inside a quote, between two runes of its words
			// (“千万工\n程”), once.
			if rs[j] == '\n' {
				breaks++
				inside := j > i+1 && j+1 < len(rs) && nameRune(rs[j-1]) && nameRune(rs[j+1]) && breaks == 1
				if !inside && !(title && (j == i+1 || j+1 < len(rs) && rs[j+1] == c)) {
					break
				}
			}
			if rs[j] == rs[i] {
				if !nested && !title && m.sourceRune(i) == '「' && m.sourceRune(j) == '『' {
					nested = true // the normalizer folds both marks into one: the source tells 『 inside 「」
					continue
				}
				break
			}
		}
	}
	// Coordination: “A”“B”, “A”、“B”, “A”和“B” …
	for i := 0; i+1 < len(qs); i++ {
		a, b := qs[i].close+1, qs[i+1].open
		if m.bodyBetween(a, b) {
			qs[i].link = true // 土庫鎮公所「…」、古坑鄉公所「…」計畫: each body's proposal, joined by 、
			continue
		}
		if m.fieldBetween(qs[i].open, a, b) {
			qs[i].link = true // 国企改革“效能提升”、关键核心技术“攻坚突围”…等十大专项行动: each field's campaign
			continue
		}
		if b-a > 3 {
			continue // longer than any linking word
		}
		switch gap := m.v.str(a, max(a, b)); gap {
		case "", "、", "和", "与", "及", "以及", "或", "、以及", "，":
			qs[i].link = gap != "，"
		}
	}
	qs = m.bareTitles(qs)
	for _, q := range qs {
		m.classify(q)
	}
	m.quotes = qs
	// A name coordinated with a name is a name, and shares its group's head
	// word when it has none of its own.
	for i := 0; i < len(qs); {
		j := i
		for j+1 < len(qs) && qs[j].link {
			j++
		}
		group := qs[i : j+1]
		any := false
		for _, q := range group {
			any = any || q.ok
		}
		if any && len(group) > 1 {
			last := group[len(group)-1]
			shared := ""
			if last.ok && last.end > last.close+1 {
				shared = last.cat
			}
			for _, q := range group {
				if !q.ok && !q.reject && shared == "" && utf8.RuneCountInString(q.name) > maxCoordinated && !m.holds(q.open+1, q.close, kindGrant) && !m.measuresClose(last.close+1) {
					continue // “研究论证哈密至重庆特高压输电通道”“深化三峡水运新通道前期论证”: tasks quoted from a plan, beside one ending in a head word
				}
				if !q.ok && !q.reject && (shared != "" || !strings.Contains(q.name, "的")) {
					// 「平價優質的學前教育」、…、「活力績優的體育運動」: phrases
					// of 的 that no shared head word names are aims
					q.ok, q.cat, q.end = true, shared, q.close+1
				} else if q.ok && q.cat == "" && q.end == q.close+1 {
					q.cat = shared // “揭榜挂帅”“军令状”等重点研发攻关计划
				}
			}
		}
		i = j + 1
	}
	for _, q := range qs {
		if !q.title {
			m.rankWork(q) // first: a quote in its field (“地瓜经济”提能升级“一号开放工程”) is part of its name
		}
	}
	outer := [2]int{-1, -1} // the last title added that holds a title inside it
	for _, q := range qs {
		if q.ok && q.bare && m.free(q.open+1, q.close) {
			m.add(mention{a: q.open + 1, b: q.close, name: q.name, cat: q.cat})
			continue
		}
		if q.ok && m.free(q.open, q.end) && (m.themeYearItems(q) || m.countedItems(q)) {
			continue
		}
		if (!q.ok || q.cat == "" && q.end == q.close+1) && !q.title && m.free(q.open, q.close+1) && m.packageItems(q) {
			continue // a list in quotes, read as one name by a frame before it (推出“农易贷、乡村振兴贷”), names its items
		}
		if q.ok && !q.title && q.place == 0 && m.free(q.open, q.end) && m.umbrellaParts(q) {
			continue
		}
		if q.ok && (m.free(q.open-q.place, q.end) || q.title && q.open > outer[0] && q.end <= outer[1]) {
			m.add(mention{a: q.open - q.place, b: q.end, name: q.name, cat: q.cat, quoted: true, count: q.count})
			m.chain(q.end, 0)
			if q.quotesInside {
				for k := q.open + 1; k < q.close; k++ {
					m.covered[k] = false // the quote inside is a mention too
				}
			}
			if q.title && strings.ContainsAny(m.v.str(q.open+1, q.close), "〈<") {
				outer = [2]int{q.open, q.end} // the title inside it is a mention too
				for k := q.open + 1; k < q.close; k++ {
					if m.v.rs[k] == '〈' || m.v.rs[k] == '<' {
						for ; k < q.close && m.v.rs[k] != '〉' && m.v.rs[k] != '>'; k++ {
							m.covered[k] = false // …and so is a known programme it names (〈中国制造2025〉)
						}
					}
				}
			}
		}
	}
	m.quotedEchoes(qs)
}

// maxBodyName is the longest name of a body, in runes, that may stand
// between two coordinated quotes after their 、 (see bodyBetween).
const maxBodyName = 8

// bodyBetween reports whether the runes [a, b) between two quotes are 、
// and the name of the body whose proposal the second quote names, Han
// runes ending in 公所 or in a rune of bodyRunes (、古坑鄉公所).
func (m *matcher) bodyBetween(a, b int) bool {
	rs := m.v.rs
	if b-a < 3 || b-a > maxBodyName+1 || rs[a] != '、' || !strings.ContainsRune(bodyRunes+"所", rs[b-1]) {
		return false
	}
	for k := a + 1; k < b; k++ {
		if !isHan(rs[k]) || stop(rs[k]) {
			return false
		}
	}
	return a > 0 && strings.ContainsRune(bodyRunes+"所", m.bodyEndBefore(a))
}

// maxQuoteField is the longest field, in runes, that may stand between two
// coordinated quotes after their 、 (see fieldBetween).
const maxQuoteField = 8

// fieldBetween reports whether the runes [a, b) between two quotes are 、
// and the field the second quote's campaign is of, as a field stands
// before the first (its quote opening at rune open): 国企改革“效能提升”、
// 关键核心技术“攻坚突围”. The field is three to maxQuoteField runes of a
// name (not 全国, a rank's place) that ends in a noun, with no adverb,
// preposition, pronoun or number in it and no verb of the dictionary.
func (m *matcher) fieldBetween(open, a, b int) bool {
	rs := m.v.rs
	if b-a < 4 || b-a > maxQuoteField+1 || rs[a] != '、' || open < 2 || !isHan(rs[open-1]) || !isHan(rs[open-2]) || m.toks == nil {
		return false
	}
	for k := a + 1; k < b; k++ {
		if !nameRune(rs[k]) {
			return false
		}
	}
	if m.wordAt(a+1, b, kindFrame) > 0 || m.wordAt(a+1, b, kindVerb) > 0 {
		return false
	}
	last := ""
	for k := a + 1; k < b; {
		t := m.wordStarting(k)
		if t == nil || t.POS == "" || t.POS == "ad" || strings.ContainsRune("dpcrmqu", rune(t.POS[0])) {
			return false
		}
		last = t.POS
		next, _ := slices.BinarySearch(m.v.start, int32(t.End)) // the rune after the word
		if next <= k {
			return false
		}
		k = next
	}
	// 开放合作“扩圈共赢”: a field of a verb and a verbal noun; 努力打造
	// “重要窗口”: a verb right before the quote governs it, no field
	return last[0] == 'n' || last == "vn" || last == "j" || last == "l"
}

// bodyEndBefore returns the rune before the quote that closes just before
// rune a opened, or 0: the last rune of the body named before it.
func (m *matcher) bodyEndBefore(a int) rune {
	for o := a - 2; o > 0 && a-o <= maxQuote; o-- {
		if closer(m.v.rs[o]) == m.v.rs[a-1] {
			return m.v.rs[o-1]
		}
	}
	return 0
}

// umbrellaParts adds the two plans of a quote that joins an umbrella plan
// and one under it with a dash, each ending in a strong head word and
// named by at least minSpecific runes before it («臺東農村總合發展計畫－眺村
// 跳村特色農遊輔導計畫»), and reports whether it did.
func (m *matcher) umbrellaParts(q *quote) bool {
	rs := m.v.rs
	d := -1
	for k := q.open + 1; k < q.close; k++ {
		if strings.ContainsRune("-—–", rs[k]) {
			if d >= 0 {
				return false // more than two parts
			}
			d = k
		}
	}
	if d < 0 || q.end != q.close+1 {
		return false
	}
	parts := [][2]int{{q.open + 1, d}, {d + 1, q.close}}
	var cats [2]string
	for i, p := range parts {
		cats[i] = m.e.endsHead(rs[p[0]:p[1]])
		if cats[i] == "" || p[1]-p[0]-utf8.RuneCountInString(cats[i]) < minSpecific || slices.ContainsFunc(rs[p[0]:p[1]], func(r rune) bool { return !nameRune(r) && !isHan(r) && r != '·' && r != ' ' && r != '\u3000' }) {
			return false
		}
	}
	for i, p := range parts {
		m.add(mention{a: p[0], b: p[1], name: m.v.str(p[0], p[1]), cat: cats[i], quoted: true}) // the text of each part, inside the marks
	}
	return true
}

// itemOfWork reports whether the 、 at rune i joins an unquoted item to
// the quote before it: the quote is then one of the things a noun of work
// after the list is done to (推进“城中村”、老旧小区改造).
func (m *matcher) itemOfWork(i int) bool {
	return i+1 < len(m.v.rs) && m.v.rs[i] == '、' && closer(m.v.rs[i+1]) == 0
}

// knownFormulaLead reports whether a word formula opens with a known
// programme that ends in its plus sign: “互联网+教育” applies 互联网+ to a
// field, wherever it stands.
func (m *matcher) knownFormulaLead(name string) bool {
	rs := []rune(name)
	i := slices.IndexFunc(rs, isPlus)
	if i < 0 {
		return false
	}
	w := m.e.lookup(rs[:i+1])
	return w != nil && w.is(kindName)
}

// eventEnds end the names of events: summits, forums, fairs, festivals,
// ceremonies (颁奖典礼, 通车典礼, 启动仪式), shows of results, receptions,
// galas, launches, job fairs and sports meets, which annotators never
// require as programmes.
var eventEnds = []string{"峰会", "论坛", "博览会", "交易会", "展览会", "洽谈会", "研讨会", "年会", "大赛", "购物节", "文化节", "旅游节", "艺术节", "美食节", "好物节", "表扬大会", "表扬活动", "典礼", "颁奖大会", "颁奖活动", "成果展", "团拜", "团拜会", "晚会", "联欢会", "座谈会", "推介会", "发布会", "招聘会", "运动会", "仪式", "开幕式", "闭幕式"}

// eventName reports whether the quoted name rs is an event's: it ends in
// one of eventEnds and holds more than it.
func eventName(rs []rune) bool {
	for _, w := range eventEnds {
		if runesEndWith(rs, w) && len(rs) > utf8.RuneCountInString(w) {
			return true
		}
	}
	return false
}

// runesEndWith reports whether rs ends with the runes of s.
func runesEndWith(rs []rune, s string) bool {
	k := len(rs)
	for i := len(s); i > 0; {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		i -= n
		k--
		if k < 0 || rs[k] != r {
			return false
		}
	}
	return true
}

// maxGovernmentWord is the longest word, in runes, governmentWord knows.
const maxGovernmentWord = 4

// governmentWord reports whether s names a government as a whole (政府,
// 市政府, 港府, 中央), which plans and runs schemes but names none.
func governmentWord(s string) bool {
	switch s {
	case "政府", "市府", "县府", "港府", "澳府", "中央", "本府", "市政府", "县政府", "特区政府":
		return true
	}
	return false
}

// pushedOn are the verbs that push a campaign on, which a quote standing
// alone after them names (推进“四水同治”, 推动“央企入桂”).
var pushedOn = []string{"推进", "推动"}

// serviceMode reports whether a quote of two or three runes ending in 办 is
// a way a service is done (“集成办”“就近办”“掌上办”), not a known
// programme (“一网通办” is one, and longer) nor a province's service brand,
// which opens with the province's one-rune name (“浙里办”, “鄂汇办”).
func (m *matcher) serviceMode(name []rune) bool {
	n := len(name)
	if n > 3 || name[n-1] != '办' && name[n-1] != '辦' || strings.ContainsRune(provinceRunes, name[0]) {
		return false
	}
	return !m.isKnown(string(name))
}

// provinceRunes are the one-rune names of the provinces and regions (京,
// 浙, 鄂 …), which open their service brands.
const provinceRunes = "京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀贵黔云滇藏陕秦甘陇青宁新港澳台"

// maxCoordinated is the longest quote, in runes, that is a name only
// because it is coordinated with one, when no head word follows the group:
// a longer one is a task or a clause quoted from a plan, unless a grant
// stands in it (「醫療性生育保存補助試辦」).
const maxCoordinated = 10

// maxRankField is the longest field, in runes, that names the works a
// rank epithet in quotes follows (做优做强数字经济“一号发展工程”).
const maxRankField = 12

// rankWork adds, when q is a rank epithet that the field before it names
// (see rankEpithet), the works it ranks first:
// 实施做优做强数字经济“一号发展工程” gives 做优做强数字经济一号发展 | 工程,
// 营商环境优化提升“一号改革工程” 营商环境优化提升一号改革 | 工程, as
// annotators name them. The field is the segmenter's words right before
// the quote, back to a verb frame, a verb that governs it (see
// rankGoverning) or a word that opens a clause or counts (an adverb, a
// preposition, a pronoun, a numeral), at most maxRankField runes and at
// least minSpecific, no field of work in general (经济工作), a quote in it
// part of the name (“地瓜经济”提能升级“一号开放工程”). A count of them
// with no field (三个“一号工程”) is the package a province ranks first,
// named by the epithet. Without a field or a count the epithet is read as
// other quotes are (作为“一号工程” names nothing); so it is before 地位,
// the rank a field holds.
func (m *matcher) rankWork(q *quote) {
	if m.toks == nil || !rankEpithet(q.name) || m.hasPrefixAt(q.close+1, "地位") {
		return // 凸显招商引资“一号工程”地位: the rank the field holds, no works
	}
	rs := m.v.rs
	a := q.open
	for a > 0 && q.open-a < maxRankField {
		if o := slices.Index(rs[max(0, a-maxRankField):a], '“'); rs[a-1] == '”' && o >= 0 {
			a = max(0, a-maxRankField) + o // 聚焦“地瓜经济”提能升级“一号开放工程”: a quoted field
			continue
		}
		b := a - 1 // the start of the word that ends at a
		for b > 0 && m.wordStarting(b) == nil {
			b--
		}
		t := m.wordStarting(b)
		if t == nil || t.End != int(m.v.end[a-1]) || !nameRune(rs[b]) || t.POS == "" || strings.ContainsRune("dprcuymq", rune(t.POS[0])) ||
			m.frameEnding(b, a) || slices.Contains(rankGoverning, m.v.str(b, a)) || m.leadAdverb(b) == a-b {
			break // 实施, 深入开展, 推进, 作为, 其中, 全力: what governs the works or opens the clause
		}
		a = b
	}
	if a == q.open && m.countedBefore(q.open) && m.free(a, q.close+1) {
		m.add(mention{a: a, b: q.close + 1, name: q.name, cat: "工程", quoted: true})
		return // 三个“一号工程”: the province's package of works it ranks first
	}
	field := string(dropQuoteMarks(m.v.rs[a:q.open]))
	if slices.Contains(rankBodies, field) && m.free(q.open, q.close+1) {
		// 助推市委“一号工程”: the works the city's committee ranks first,
		// named by the epithet
		m.add(mention{a: q.open, b: q.close + 1, name: q.name, cat: "工程", quoted: true})
		return
	}
	if utf8.RuneCountInString(field) < minSpecific || strings.HasSuffix(field, "工作") || !m.free(a, q.close+1) {
		return // 经济工作“一号工程”: work in general, no field of works
	}
	name := field + strings.TrimSuffix(q.name, "工程")
	m.add(mention{a: a, b: q.close + 1, name: name, cat: "工程", quoted: true})
}

// strengthGoal reports whether name is the strength the country, a
// province, a city, a county or a district aims at (制造强国, 文化强省,
// 工业强市, 人才强区, 强省会).
func strengthGoal(name []rune) bool {
	n := len(name)
	return n >= 2 && name[n-2] == '强' && strings.ContainsRune("国省市县区", name[n-1]) || n >= 3 && string(name[n-3:]) == "强省会"
}

// countedBefore reports whether a small count of things (三个, 两个, 3个)
// ends just before rune i.
func (m *matcher) countedBefore(i int) bool {
	rs := m.v.rs
	return i >= 2 && rs[i-1] == '个' && isDigitRune(rs[i-2])
}

// frameEnding reports whether a verb frame ends the word [b, a) (实施,
// 深入开展, which the segmenter takes for one word).
func (m *matcher) frameEnding(b, a int) bool {
	for k := b; k < a; k++ {
		if m.wordAt(k, a, kindFrame) == a-k {
			return true
		}
	}
	return false
}

// rankGoverning are the verbs that govern a rank epithet's works from
// outside its field (系统推进做优做强数字经济“一号发展工程”, 把…作为“一号
// 工程”, 坚持招商引资“一号工程”); other verbs may stand in the field
// (营商环境优化提升“一号改革工程”).
var rankGoverning = []string{"推进", "推动", "助推", "凸显", "凸顯", "彰显", "彰顯", "落实", "提出", "部署", "聚焦", "围绕", "抓好", "做好", "打造", "作为", "列为", "当作", "成为", "是", "坚持"}

// rankBodies are the party committees and governments whose rank epithet
// names the works they rank first (市委“一号工程”).
var rankBodies = []string{"省委", "市委", "州委", "县委", "区委", "省政府", "市政府", "县政府", "区政府"}

// rankEpithet reports whether a quoted name ranks works first: 一号 or
// 头号, a word or none, and 工程 (一号工程, 一号发展工程).
func rankEpithet(name string) bool {
	rest, ok := strings.CutPrefix(name, "一号")
	if !ok {
		rest, ok = strings.CutPrefix(name, "头号")
	}
	return ok && strings.HasSuffix(rest, "工程") && utf8.RuneCountInString(rest) <= 4
}

// quotedEchoes adds the quotes that no rule read but that repeat, standing
// alone, the quoted name of a programme found elsewhere in the document: a
// page that carries out the “四在农家”建设活动 goes on to write of “四在农家”
// 的内涵, or joins it with a dot to its new aim (“四在农家·和美乡村”). Only
// a name read with a head word of kind head or of a programme's shape
// echoes (“几字弯”攻坚战 is named by a place, which the text goes on
// naming), and so does one read before 方案, which the quote names
// (「青年農民農業經營準備金」方案). The repetition stands alone when no word
// follows it, or 的, 方面 or its launch (启动礼, 启动仪式) does, or the
// clause goes on after it (see clauseGoesOn); a verb may make it a noun's
// modifier (“小切口”应用). A quote joining a programme of the dictionary
// to another name (see dottedKnown) is added so too, alone or before its
// 建设 (see buildingAfter), with no name read before. A quote rejected as
// a metaphor or a period stays rejected, and a code of digits repeated may
// be a number (拨打“三三五”).
func (m *matcher) quotedEchoes(qs []*quote) {
	var names []string // few in a document: a slice is searched faster than a map is built
	for _, q := range qs {
		if q.ok && !q.title && !q.bare && utf8.RuneCountInString(q.name) >= minEchoQuote && !isDigitCode(q.name) &&
			(m.headCat(q.cat) || q.cat == "方案" || isAbbrev(q.name) || isFormula(q.name) || isCountedPairs(q.name)) {
			names = append(names, q.name)
		}
	}
	rs := m.v.rs
	for _, q := range qs {
		if q.ok || q.reject || q.title || !m.free(q.open, q.close+1) {
			continue
		}
		echo := slices.Contains(names, q.name) || dotPart(q.name, names) != ""
		dotted := !echo && m.dottedKnown(q.name)
		if !echo && !dotted {
			continue
		}
		if after := q.close + 1; after < len(rs) && nameRune(rs[after]) && rs[after] != '的' && !m.hasPrefixAt(after, "方面") && !m.hasPrefixAt(after, "启动") && !(dotted && m.buildingAfter(after)) && !(echo && m.clauseGoesOn(after)) {
			continue
		}
		m.add(mention{a: q.open, b: q.close + 1, name: q.name, quoted: true})
	}
}

// verbEndsClause reports whether a word of the segmenter tagged a verb
// starts at rune i and its clause ends after it (“双碳”引领,).
func (m *matcher) verbEndsClause(i int) bool {
	t := m.wordStarting(i)
	if t == nil || t.POS != "v" {
		return false
	}
	e := i + utf8.RuneCountInString(m.tokenText(*t))
	return e >= len(m.v.rs) || clauseEnd(m.v.rs[e])
}

// clauseGoesOn reports whether the clause goes on at rune i with its
// copula, a causative verb or a date in digits (「青年農民農業經營準備金」
// 是針對…, …115年上半年開放申請, 以“双百攻坚”让城市面貌焕然一新): what
// stands before it is the clause's subject, no modifier of a noun after
// it. Other verbs after a quote as often modify a noun of their own
// (“一体两翼”协调发展, “三个代表”要求).
func (m *matcher) clauseGoesOn(i int) bool {
	rs := m.v.rs
	if n := arabicDigits(rs[i:]); n > 0 {
		return i+n < len(rs) && strings.ContainsRune("年月日", rs[i+n])
	}
	switch rs[i] {
	case '是':
		return i+1 >= len(rs) || rs[i+1] != '否'
	case '让', '使':
		return true // 以“双百攻坚”让城市面貌“焕然一新”: what the programme brings about
	}
	return false
}

// buildingAfter reports whether the run of name runes at rune i is the
// building of what a quote before it names: 建设 alone or after a noun of
// the campaign (“四在农家·美丽乡村”新农村建设), at most six runes.
func (m *matcher) buildingAfter(i int) bool {
	lim := m.run(i, 7)
	return lim-i >= 2 && lim-i <= 6 && (lim >= len(m.v.rs) || !nameRune(m.v.rs[lim])) && (m.hasPrefixAt(lim-2, "建设") || m.hasPrefixAt(lim-2, "建設"))
}

// dottedKnown reports whether a quoted name joins parts of two runes or
// more with a dot, one of them a programme of the dictionary: “四在农家·美丽
// 乡村” joins a province's campaign to the national 美丽乡村, and names the
// joined campaign wherever it stands alone or before its 建设, as a quote a
// frame introduces already does.
func (m *matcher) dottedKnown(name string) bool {
	if !strings.ContainsAny(name, "·・") {
		return false
	}
	parts := strings.FieldsFunc(name, func(r rune) bool { return r == '·' || r == '・' })
	known := false
	for _, p := range parts {
		if utf8.RuneCountInString(p) < 2 {
			return false
		}
		_, ok := m.e.known[p]
		known = known || ok
	}
	return known && len(parts) > 1
}

// strongHeadAfter reports whether a strong head word follows the closing
// quote before rune i, maybe past a generic modifier: a long quote is a
// name when its head word says what it is (“主要经济作物优质高产与产业提质
// 增效科技创新”重点专项).
func (m *matcher) strongHeadAfter(i int) bool {
	k, _, _, gap := m.headAfter(i)
	s := m.modifierStart(i)
	return k == kindHead && (gap == 0 || m.wordAt(s, s+gap, kindGeneric) == gap)
}

// themeYearItems adds the campaigns of a quote that lists theme years
// before its head word, each a campaign of its own (“追赶超越奋进年、营商
// 环境提升年、招商项目落地年”活动), and reports whether it did.
func (m *matcher) themeYearItems(q *quote) bool {
	rs := m.v.rs[q.open+1 : q.close]
	if q.title || q.cat == "" || !themeYearList(rs) {
		return false
	}
	for a := q.open + 1; a < q.close; {
		b := a
		for b < q.close && m.v.rs[b] != '、' {
			b++
		}
		m.add(mention{a: a, b: b, name: m.v.str(a, b), cat: q.cat, quoted: true})
		a = b + 1
	}
	return true
}

// packageItems adds the packages a quote lists, each named by a count and
// a strong head word (全力推进“三大战略、八大行动”), or the programmes it
// lists, each named in full with its strong head word (推出“农易贷、乡村振
// 兴贷、助农振兴贷”等信贷产品), and reports whether it did: two or more
// items joined by 、, each a count of 大 or 项 and a head word of at most
// two runes besides, or each at least two runes and a head word.
func (m *matcher) packageItems(q *quote) bool {
	if !strings.ContainsRune(q.name, '、') {
		return false
	}
	var items []mention
	for a := q.open + 1; a < q.close; {
		b := a
		for b < q.close && m.v.rs[b] != '、' {
			b++
		}
		name := m.v.str(a, b)
		head := m.e.endsHead(m.v.rs[a:b])
		rest := b - a - utf8.RuneCountInString(head)
		if head == "" || hasCountPrefix(name) && rest > 2 || !hasCountPrefix(name) && rest < 2 {
			return false
		}
		items = append(items, mention{a: a, b: b, name: name, cat: head, quoted: true, count: leadingCount(name)})
		a = b + 1
	}
	if len(items) < 2 {
		return false
	}
	for _, f := range items {
		m.add(f)
	}
	return true
}

// countedItems adds the programmes of a quote that lists them before a
// count of as many and their shared head word, each a programme of its
// own (深入实施“工业强县、大美庐江、全域旅游”三大战略), and reports whether
// it did. Every item holds at least two runes of a name.
func (m *matcher) countedItems(q *quote) bool {
	if q.title || q.cat == "" || q.end <= q.close+1 {
		return false
	}
	rs := m.v.rs
	count := rs[q.close+1 : q.end-utf8.RuneCountInString(q.cat)]
	if len(count) < 2 || !strings.ContainsRune("大项个", count[len(count)-1]) { // the view folds 項 and 個
		return false
	}
	n := smallNumber(string(count[:len(count)-1]))
	var items [][2]int
	for a := q.open + 1; a < q.close; {
		b := a
		for b < q.close && rs[b] != '、' {
			if !nameRune(rs[b]) {
				return false
			}
			b++
		}
		if b-a < 2 {
			return false
		}
		items = append(items, [2]int{a, b})
		a = b + 1
	}
	if len(items) < 2 || len(items) != n {
		return false
	}
	for _, it := range items {
		m.add(mention{a: it[0], b: it[1], name: m.v.str(it[0], it[1]), cat: q.cat, quoted: true}) // no count: an item is not named by its list's
	}
	return true
}

// themeYearList reports whether name lists two or more theme years
// joined by 、 (see isThemeYear).
func themeYearList(name []rune) bool {
	if !slices.Contains(name, '、') {
		return false
	}
	for len(name) > 0 {
		i := slices.Index(name, '、')
		if i < 0 {
			i = len(name)
		}
		if !themeYearRunes(name[:i]) {
			return false
		}
		name = name[min(i+1, len(name)):]
	}
	return true
}

// openingVerbs open a new service or grant (開辦, 首辦): the grant after
// them is named by what it funds.
var openingVerbs = []string{"開辦", "开办", "首辦", "首办"}

// grantWords end the name of a grant that openingVerbs open.
var grantWords = []string{"補助", "补助", "津貼", "津贴", "補貼", "补贴"}

// openedGrant reads, at rune i, one of openingVerbs and the grant it
// opens, named by three to nine Han runes before a word of grantWords
// (開辦祝你好孕補助, 首辦月子津貼補助), and adds it. It returns the end of
// the grant.
func (m *matcher) openedGrant(i int) (int, bool) {
	if r := m.v.rs[i]; r != '开' && r != '開' && r != '首' {
		return 0, false // the cheap test first: framed asks at every rune
	}
	n := m.wordLength(i, openingVerbs)
	if n == 0 {
		return 0, false
	}
	rs := m.v.rs
	a := i + n
	for k := a + 1; k <= a+9 && k < len(rs); k++ {
		if !isHan(rs[k-1]) {
			return 0, false // 開辦「青年貸款補助利息」: a quote's, read as quoted
		}
		if k < a+3 {
			continue
		}
		g := m.wordLength(k, grantWords)
		if g == 0 {
			continue
		}
		// 月子津貼補助: the last grant word of a run of them ends the name
		for m.wordLength(k+g, grantWords) > 0 {
			k += g
			g = m.wordLength(k, grantWords)
		}
		if m.holdsFunction(a, k) || strings.ContainsAny(m.v.str(a, k), "由向从從为為给給以于於及和") || !m.free(a, k+g) {
			return 0, false // 开办费用由县财政补助: a clause, no grant's name
		}
		m.add(mention{a: a, b: k + g, name: m.v.str(a, k), cat: m.v.str(k, k+g)})
		return k + g, true
	}
	return 0, false
}

// listVerbs are verbs after which a list of programmes closed by 等 or a
// count is read, and nothing else: what they govern is as often a goal.
var listVerbs = []string{"争取", "爭取"}

// listVerbAt returns the length of one of listVerbs at rune i, or 0.
func (m *matcher) listVerbAt(i int) int {
	if r := m.v.rs[i]; r != '争' && r != '爭' {
		return 0 // the cheap test first: framed asks at every rune
	}
	return m.wordLength(i, listVerbs)
}

// leadWords are what a programme is made to be in 以…为引领: the guide,
// the handle, the pull or the main line of the work that follows.
var leadWords = []string{"引领", "抓手", "牵引", "牽引", "主线", "主線", "统领", "統領", "龙头", "龍頭", "总抓手", "总牵引", "主抓手"}

// leadingProgramme reads, at a 以 at rune i, a programme the clause takes
// as its guide: 以自贸试验区提升战略为引领, 以区域合作深化行动为引领. The
// name runs from after 以 to 为 and one of leadWords, is an action's name
// (see actionName), and ends in the head word of an action, a strategy, a
// works or a formal plan.
func (m *matcher) leadingProgramme(i int) (int, bool) {
	rs := m.v.rs
	if rs[i] != '以' || i+1 >= len(rs) || m.inWord(i) && !m.wordStarts(i, 1) {
		return 0, false
	}
	f, ok := m.bareProgramme(i + 1)
	if !ok || f.a != i+1 || f.b >= len(rs) || rs[f.b] != '为' && rs[f.b] != '為' || !m.wordStartsAt(f.b+1, leadWords) {
		return 0, false
	}
	nameEnd := f.a + utf8.RuneCountInString(f.name)
	if !(f.cat == "工程" || m.verbHead(f.cat) || m.formal(f.cat) || f.cat == "战略" || f.cat == "戰略") || !m.specific(f, minSpecific) || !m.actionName(f.a, nameEnd) {
		return 0, false
	}
	m.add(f)
	return f.b, true
}

// leadingList reads, at a 以 at rune i, a list of programmes the clause
// takes as its support or guide, closed by 等 or a count and its head word
// right before 为 (以对标一流管理提升、质量提升…等5个专项行动为支撑; see
// list). It returns the end of the list.
func (m *matcher) leadingList(i int) (int, bool) {
	rs := m.v.rs
	if rs[i] != '以' || i+1 >= len(rs) || m.inWord(i) && !m.wordStarts(i, 1) || !listBeforeWei(rs, i+1) {
		return 0, false
	}
	n := len(m.found)
	end, ok := m.list(i+1, false)
	if !ok {
		return 0, false
	}
	if end >= len(rs) || rs[end] != '为' && rs[end] != '為' {
		m.drop(n) // 以…等方面: no list of programmes the clause takes up
		return 0, false
	}
	return end, true
}

// maxLeadingList is how far after 以, in runes, the 为 after a list of
// programmes may stand (see leadingList).
const maxLeadingList = 120

// listBeforeWei reports whether the runes from j hold a 、 and then 为
// before any clause mark, within maxLeadingList runes: a cheap test for a
// list that 以…为 takes up.
func listBeforeWei(rs []rune, j int) bool {
	sep := false
	for k := j; k < len(rs) && k-j <= maxLeadingList; k++ {
		switch rs[k] {
		case '、':
			sep = true
		case '为', '為':
			return sep
		case '，', '。', '；', '：', ',', ';', ':', '\n':
			return false
		}
	}
	return false
}

// takenAsVerbs are the verbs 来 leads after what a task is taken as (把…
// 作为“根基工程”来抓).
var takenAsVerbs = []string{"抓", "推进", "推动", "落实", "打造", "谋划"}

// takenAs reports whether the quote that opens at rune open and is
// followed by rune after is what a task is taken as: 作为, 当作 or 当成
// earlier in its clause, and 来 and a verb of pursuing it after the quote
// (把培育乡土人才作为乡村振兴的“根基工程”来抓). The quote is then an
// epithet of the task, no programme.
func (m *matcher) takenAs(open, after int) bool {
	rs := m.v.rs
	if after >= len(rs) || rs[after] != '来' || !slices.ContainsFunc(takenAsVerbs, func(w string) bool { return m.hasPrefixAt(after+1, w) }) {
		return false
	}
	for k := open - 1; k > 0 && open-k <= maxTakenAs; k-- {
		switch rs[k] {
		case '，', '。', '；', '：', ',', ';', ':', '\n':
			return false
		}
		if m.hasPrefixAt(k-1, "作为") || m.hasPrefixAt(k-1, "当作") || m.hasPrefixAt(k-1, "当成") {
			return true
		}
	}
	return false
}

// maxTakenAs is how far before a quote, in runes, the 作为 of what a task
// is taken as may stand (see takenAs).
const maxTakenAs = 30

// chain reads unquoted programmes coordinated with the mention that ends
// at rune end: “强基计划”和基础学科拔尖人才培养计划. With minName above 0
// (a list after a mere verb, 突出抓好广播电视村村通工程、农家书屋工程) each
// item needs a specific name of at least minName runes that is no clause
// and holds no function word (这项工程, 各项工程). An item that names no
// programme but is a noun phrase followed by 、 is passed over (领航行动、
// 校长助理岗位培训、青年才俊锻造工程); the chain stops at any other.
func (m *matcher) chain(end, minName int) {
	for {
		end = m.pastAside(end) // 中医药特色人才培养工程（岐黄工程）、中药质量提升及产业促进工程
		if end >= len(m.v.rs) || !strings.ContainsRune("、和与及", m.v.rs[end]) {
			return
		}
		if q := m.listedQuote(end + 1); q != nil {
			m.add(mention{a: q.open, b: q.close + 1, name: q.name, quoted: true})
			end = q.close + 1 // 中华文明探源工程、“考古中国”等重大项目
			continue
		}
		j := end + 1
		if n := m.wordAt(j, len(m.v.rs), kindFrame); n > 0 {
			j += n // 实施传统工艺保护振兴工程、实施乡村文化振兴工程: the frame again
		} else if m.wordAt(j, len(m.v.rs), kindVerb) > 0 {
			return // 实施科教兴冀战略、深化教育体制改革: a clause of its own verb
		}
		f, ok := m.bareProgramme(j)
		if !ok {
			// 规模以上工业企业数字化转型智能化升级全覆盖行动: an item longer
			// than a name read alone, in the head word of the one before
			f, ok = m.longItem(j, end)
		}
		if !ok || minName > 0 && !m.specific(f, minName) {
			// 实施名师名校长领航行动、校长助理岗位培训、青年才俊锻造工程:
			// an item that names no programme, a noun phrase up to the
			// next 、, is passed over
			next := m.run(j, maxRun)
			headed := next > j && m.e.endWord(m.v.rs[j:next], func(w *word) bool { return w.head != 0 }) != nil
			if next >= len(m.v.rs) || m.v.rs[next] != '、' || next-j < minSpecific || !m.nominal(j, next) && !headed {
				// 启动了…工程、中小企业服务年活动、百项技术创新推进工程: an item
				// ending in a head word of its own is passed over too
				return
			}
			end = next
			continue
		}
		m.add(f)
		end = f.b
	}
}

// longItem reads at rune j, after the mention that ends at rune end, an
// item of a list that ends in that mention's head word and is longer than
// a name read alone (see repeatedItem) with a name of its own (see
// goodItem) that opens with a noun of the segmenter.
func (m *matcher) longItem(j, end int) (mention, bool) {
	p := slices.IndexFunc(m.found, func(f mention) bool { return f.b == end })
	if t := m.wordStarting(j); p < 0 || m.found[p].cat == "" || t == nil || !nounLike(t.POS) {
		return mention{}, false // 深入开展…专项行动: a verb opens the clause
	}
	f, good, ok := m.repeatedItem(j, m.found[p].cat)
	return f, ok && good && f.a == j
}

// timeFrames are the words of a time to come or of the present, which
// make a plan of that time rather than name one (下一階段行動計劃).
var timeFrames = []string{"下一阶段", "下阶段", "今后", "当前"}

// holdsTimeFrame reports whether the runes [a, b) before a head word hold
// one of timeFrames, end in 未来 (未來規劃; 未来产业 is a field) or hold a
// year's work after no year (年度执行, 年度工作; 一九五八年度 is the year
// itself).
func (m *matcher) holdsTimeFrame(a, b int) bool {
	if b-a >= 2 && m.hasPrefixAt(b-2, "未来") || m.holdsWordOf(a, b, timeFrames) {
		return true
	}
	for k := a; k < b; k++ {
		if (m.hasPrefixAt(k, "年度执行") || m.hasPrefixAt(k, "年度工作")) && (k == 0 || !isDigitRune(m.v.rs[k-1])) {
			return true // 农村再生年度执行计划 (2019年度工作计划 is a year's plan, read as such)
		}
	}
	return false
}

// relativeWords are 所 before a verb: what precedes them is the subject
// of a relative clause (条例所列计划, the plans the law lists), no name.
var relativeWords = []string{"所列", "所属", "所述", "所需", "所提", "所定", "所订", "所辖", "所涉", "所含", "所指", "所称", "所载"}

// relativeSuo reports whether 所 opens one of relativeWords, or stands as
// a word of its own, in the runes [a, b); 所 in other words (派出所,
// 所得, 所有制) is a noun's.
func (m *matcher) relativeSuo(a, b int) bool {
	for k := a; k < b; k++ {
		if m.v.rs[k] != '所' {
			continue
		}
		if m.wordStartsAt(k, relativeWords) && k+2 <= b {
			return true
		}
		if t := m.wordStarting(k); t != nil && int(m.v.end[k]) == t.End {
			return true // 本法所定计划: 所 alone before its verb
		}
	}
	return false
}

// maxAside is the most runes inside the brackets of an aside after a list
// item (see pastAside).
const maxAside = 12

// pastAside returns the rune after a short aside in brackets opening at
// rune i (a programme's other name, 岐黄工程, or an abbreviation) when a
// list separator follows it, so that the list goes on past it; otherwise
// it returns i.
func (m *matcher) pastAside(i int) int {
	rs := m.v.rs
	if i >= len(rs) || rs[i] != '（' {
		return i
	}
	for k := i + 1; k < len(rs) && k-i <= maxAside+1; k++ {
		switch rs[k] {
		case '）':
			if k > i+1 && k+1 < len(rs) && strings.ContainsRune("、和与及", rs[k+1]) {
				return k + 1
			}
			return i
		case '（', '，', '。', '；', '：', '！', '？':
			return i
		}
	}
	return i
}

// listedQuote returns the quoted phrase opening at rune i when it is an
// item of a list of programmes closed by 等 (实施中华文明探源工程、“考古
// 中国”等重大项目): a phrase that is no name on its own evidence, but is
// never rejected, no title, at least minBare runes long and free, is one
// as a member of that list. Otherwise it returns nil.
func (m *matcher) listedQuote(i int) *quote {
	k, found := slices.BinarySearchFunc(m.quotes, i, func(q *quote, i int) int { return q.open - i })
	if !found {
		return nil
	}
	q := m.quotes[k]
	if q.ok || q.reject || q.title || q.bare || q.close-q.open-1 < minBare || !m.free(q.open, q.close+1) {
		return nil
	}
	if q.close+1 >= len(m.v.rs) || m.v.rs[q.close+1] != '等' {
		return nil
	}
	return q
}

// asideStart returns where a short aside in brackets that ends rs starts
// (工程(羽球館): at most six Han runes), or 0.
func asideStart(rs []rune) int {
	n := len(rs)
	if n < 4 || rs[n-1] != ')' && rs[n-1] != '）' {
		return 0
	}
	for o := n - 2; o > 0 && n-2-o <= 6; o-- {
		switch {
		case rs[o] == '(' || rs[o] == '（':
			if o+1 < n-1 {
				return o
			}
			return 0
		case !isHan(rs[o]):
			return 0
		}
	}
	return 0
}

// specific reports whether the mention f has a specific name of at least
// minName runes: no clause (see clause) and no function word, such as a
// demonstrative, a quantifier or a modal verb, in it.
func (m *matcher) specific(f mention, minName int) bool {
	size := utf8.RuneCountInString(f.name)
	return size >= minName && !m.clause(f.a, f.a+size) && !m.holdsFunction(f.a, f.a+size)
}

// holdsFunction reports whether one of functionRunes stands in the runes
// [a, b), other than as the first rune of one of contentWords (有线电视家家通,
// 数据要素市场化配置) or 的 inside a word of the segmenter (旅游目的地
// 示范引领).
func (m *matcher) holdsFunction(a, b int) bool {
	for i := a; i < b; i++ {
		if !strings.ContainsRune(functionRunes, m.v.rs[i]) || m.particleInWord(i) {
			continue
		}
		content := false
		for _, w := range m.e.words.contentWords {
			if m.hasPrefixAt(i, w) && i+utf8.RuneCountInString(w) <= b {
				content = true
				break
			}
		}
		if !content {
			return true
		}
	}
	return false
}

// particleInWord reports whether rune i is 的 standing inside a word of
// the segmenter (目的地), no particle. Other function runes inside words
// stay function words (主要, 及其, 但是).
func (m *matcher) particleInWord(i int) bool {
	if m.toks == nil || m.v.rs[i] != '的' {
		return false
	}
	_, found := m.tokenAt(int(m.v.start[i]))
	return !found
}

// wordRune reports whether rune i may stand in an unquoted name: a name
// rune, or 的 inside a word of the segmenter (目的地).
func (m *matcher) wordRune(i int) bool {
	return nameRune(m.v.rs[i]) || m.particleInWord(i)
}

// contentWords are the nouns that open with one of functionRunes: 有线,
// 要素 and the like are no demonstrative, quantifier or modal.
const contentWords = "有线 有机 有色 要素 在线 对外 对口 各族"

// functionRunes are the runes that make a phrase before a head word a
// clause or a class rather than a name: demonstratives, quantifiers,
// modal and copular verbs, prepositions and particles.
const functionRunes = "这那该此其各每些诸要将把被对在了是有们的"

// drop removes the mentions from found[n] on and uncovers their runes.
func (m *matcher) drop(n int) {
	for _, f := range m.found[n:] {
		for i := f.a; i < f.b; i++ {
			m.covered[i] = false
		}
	}
	m.found = m.found[:n]
}

// classify decides whether q is a name on its own evidence.
func (m *matcher) classify(q *quote) {
	e := m.e
	q.end = q.close + 1
	a, b := q.open+1, q.close
	for a < b && unicode.IsSpace(m.v.rs[a]) {
		a++
	}
	for b > a && unicode.IsSpace(m.v.rs[b-1]) {
		b--
	}
	if b-a > 4 && slices.Equal(m.v.rs[b-4:b-2], m.v.rs[b-2:b]) && m.headCat(m.v.str(b-2, b)) {
		b -= 2 // 「職涯四階段整合計畫計畫」: a head word a copy wrote twice
	}
	if !q.title {
		a += runYear(m.v.rs[a:b])             // 「111年度強化社會安全網」: the year a scheme runs is no part of its name
		b = a + len(trimEdition(m.v.rs[a:b])) // “康复服务十年行动计划(2026—2035年)”
		if o := asideStart(m.v.rs[a:b]); o > 0 && e.endsHead(m.v.rs[a:a+o]) != "" {
			b = a + o // 「竹南鎮樂活運動館建設工程(羽球館)」: what the works builds, aside
		}
	}
	if !q.title && themeYearList(m.v.rs[a:b]) {
		// “追赶超越奋进年、营商环境提升年、招商项目落地年”活动: campaigns of
		// theme years, however long their list
		if k, end, cat, gap := m.headAfter(q.close + 1); k != 0 && gap == 0 {
			q.ok, q.name, q.end, q.cat = true, m.v.str(a, b), end, cat
		}
		return
	}
	if !q.title && b-a > 2 && m.hasPrefix(b, "之年") {
		q.reject = true // “收官之年”“决战决胜之年”: an epithet of a year, no campaign
		return
	}
	if b-a > maxName && !q.title && e.endsHead(m.v.rs[a:b]) == "" && e.endsKind(m.v.rs[a:b], kindGrant) == "" && !m.strongHeadAfter(q.close+1) {
		q.reject = true // a long quote is a name only when it ends in a head word (「中小型製造業(…)低碳及智慧化升級轉型個案補助」)
		return
	}
	q.name = m.v.str(a, b)
	if !q.bare {
		q.name = strings.ReplaceAll(q.name, "\n", "") // “千万工\n程”: a copy's line break inside the quote
	}
	if !q.title {
		q.name = m.plainPlanName(q.name, m.v.rs[a:b])
	}
	if q.title && (m.quotesOnlyPeriods(q.name) || carriesOutAction(string(dropQuoteMarks([]rune(q.name)))) == "" && m.carriesOutProgramme(string(trimEdition([]rune(q.name)))) != "") {
		// 《湖南省“十四五”现代化综合交通运输体系发展规划》: a title may quote
		// its period, which its name holds without the marks; a title
		// quoting a programme's code (《…“十百千万”行动方案》) leaves the
		// name to the code, but a plan that carries out the programme
		// (《大连市“十四五”时期“无废城市”建设实施方案》) is named by its
		// title, its years after the head word or not (《“文艺赋美乡村”
		// 工作方案(2025—2027年)》)
		q.name = string(dropQuoteMarks([]rune(q.name)))
	}
	if q.title && !q.bare && strings.ContainsAny(q.name, "“”") && !strings.ContainsAny(q.name, "「」『』") {
		// 《安康市“一老一小”整体解决方案》, 《全县“营商环境建设年”系列攻坚
		// 行动方案》: a title in its marks quoting a programme or a phrase
		// of its own is named whole, the marks dropped; the quote inside
		// is read too (a title line without marks leaves the name to the
		// quote, as before)
		q.name = string(dropQuoteMarks([]rune(q.name)))
		q.quotesInside = true
	}
	if plain := strings.Map(func(r rune) rune {
		if r == '•' || r == '·' || r == '・' {
			return -1
		}
		return r
	}, q.name); plain != q.name && isPeriod(plain) {
		q.name = plain // 「十二•五」規劃: a period a copy wrote with a dot
	}
	name := []rune(q.name)
	// “名城名校合作行,创新创业赢未来”活动: a campaign named by its clauses
	// may hold a comma
	clauses := strings.ContainsAny(q.name, "，,") && !q.title && m.hasPrefixAt(q.close+1, "活动")
	if clauses {
		// each clause of at least minSpecific runes, or of three when
		// the clauses match in length (“倾真情，送温暖”活动)
		parts := strings.FieldsFunc(q.name, func(r rune) bool { return r == '，' || r == ',' })
		for _, part := range parts {
			n := utf8.RuneCountInString(part)
			clauses = clauses && (n >= minSpecific || n >= 3 && n == utf8.RuneCountInString(parts[0]))
		}
	}
	if len(name) < 2 || e.not[q.name] || strings.ContainsAny(q.name, "。；！？：;!?:\n") || strings.ContainsAny(q.name, "“”「」『』") && !m.nestedQuote(q) || strings.ContainsAny(q.name, "，,") && !clauses ||
		strings.HasSuffix(q.name, "奖") || strings.HasSuffix(q.name, "獎") || m.serviceMode(name) {
		// “文华奖”: an award is no programme
		q.reject = true
		return
	}
	if q.title {
		m.titled(q, name)
		return
	}
	pause := strings.Contains(q.name, "、") || clauses
	if pause {
		for _, item := range strings.Split(q.name, "、") {
			if len([]rune(item)) < 2 {
				q.reject = true // 引、育、用、留: a slogan of single verbs
				return
			}
		}
	}
	after := q.close + 1
	if n, c := m.packageCount(after); n > 0 && (!pause || aimClauses(q.name)) && len(name) >= minSpecific && !strings.ContainsAny(q.name, "，,") {
		// “应对疫情影响支持企业加快复工复产”15条政策措施: a package named
		// by its quoted aim and its count
		q.ok, q.end, q.cat, q.count = true, after+n, string(m.v.rs[after+n-1]), c
		q.name += m.v.str(after, after+n)
		return
	}
	if e.periods[q.name] || isPeriod(q.name) {
		q.reject = true // a plan period is a name only with its plan: “十四五”规划
		if n := editionLength(m.v.rs[after:]); n > 0 && m.wordAt(after+n, len(m.v.rs), kindPlan) > 0 {
			after += n // 「十五五」（2026到2030年）規劃綱要: the period's years, no part of the name
		}
		if m.hasPrefixAt(after, "发展") && m.wordAt(after+2, len(m.v.rs), kindPlan) > 0 {
			after += 2 // “十三五”发展规划: the plan of the period's development
		} else if end, cat, ok := m.periodPlan(after); ok {
			// “十四五”现代流通体系建设规划: the period's plan of a field,
			// named by both
			q.ok, q.reject, q.end, q.cat = true, false, end, cat
			q.name += m.v.str(after, end-utf8.RuneCountInString(cat))
			if n := m.placeEnding(q.open); n > 0 {
				q.place, q.name = n, m.v.str(q.open-n, q.open)+q.name // 全椒县“十三五”水利发展规划: the place's plan
			}
			return
		}
		if n := m.wordAt(after, len(m.v.rs), kindPlan); n > 0 && !m.periodOfPlan(after+n) {
			q.ok, q.reject, q.end, q.cat = true, false, after+n, m.v.str(after, after+n)
			for n = m.wordAt(q.end, len(m.v.rs), kindPlan); n > 0; n = m.wordAt(q.end, len(m.v.rs), kindPlan) {
				if q.cat == "普法" {
					q.name += q.cat // “八五”普法规划: the plan of the period's law education
				}
				q.cat, q.end = m.v.str(q.end, q.end+n), q.end+n // 规划纲要: the final head noun, 纲要
			}
			if n := m.visionOutline(q.end); n > 0 {
				// “十四五”规划和2035年远景目标纲要: the outline of the plan and
				// the long-range objectives, named by both
				q.name += q.cat + m.v.str(q.end, q.end+n-2)
				q.cat, q.end = m.v.str(q.end+n-2, q.end+n), q.end+n
			}
			if n := m.titleField(q.open); n > 0 {
				q.place, q.name = n, m.v.str(q.open-n, q.open)+q.name // 普陀区老龄事业发展“十五五”规划, a title line
			}
		}
		return
	}
	knownKind, known := e.known[q.name]
	k, end, cat, gap := m.headAfter(after)
	if !q.title && (m.hasPrefixAt(after, "等问题") || m.hasPrefixAt(after, "问题") || m.hasPrefixAt(after, "时代")) {
		q.reject = true // 推进"中梗阻"等问题专项整治: a problem fixed; “互联网+”时代: an era
		return
	}
	if !q.title && m.wordStartsAt(after, pagePartWords) {
		q.reject = true // 点击“消费券”栏目: the label of a part of a page or an app, no programme
		return
	}
	if !q.title && (m.wordStartsAt(after, factorClasses) || m.hasPrefixAt(m.pastQuotes(after), "一件事")) {
		// 推动“人地钱技”等要素自由流动: factors of a class; 推行“企业员工
		// 入职”“高校毕业生就业”一件事打包办: the services handled as one
		// matter, no programmes
		q.reject = true
		return
	}
	if !q.title && endsWithAny(q.name, regulationEnds) {
		q.reject = true // 「花東地區發展條例」, 「…審議會設置要點」: a law or a regulation, no programme
		return
	}
	if !known && !q.title && m.takenAs(q.open, after) {
		q.reject = true // 把培育乡土人才作为乡村振兴的“根基工程”来抓: what the work is taken as, an epithet
		return
	}
	if !q.title && headWordsOnly(e, name) {
		q.reject = true // (以下简称“规划纲要”): head words alone name no programme
		return
	}
	if p := m.wordLength(after, m.e.words.promotionWords); k == 0 && p > 0 && !pause {
		if n := m.wordLength(after+p, schemeHeads); n > 0 {
			// 以「療癒城鄉」推動計畫為主軸: a scheme of promotion named by
			// what it promotes, as 大矽谷推動方案 is unquoted (以“三个强化”
			// 推动专项行动 promotes the actions)
			q.ok, q.end, q.cat = true, after+p+n, m.v.str(after+p, after+p+n)
			return
		}
	}
	if !known && !q.title && gap == 0 && m.wordEndsAt(q.open, aimingVerbs) && e.endsHead(name) == "" && (end > 0 || !m.farHeadAfter(after)) && !m.worksOrAction(end, cat) && !isThemeYear(q.name) {
		// 锚定“三地一区”战略, 着眼“四个面向”战略, 聚焦“3+2”: what a place
		// aims at or positions itself as, no programme (聚焦“33618”现代
		// 制造业集群体系 names the system a long modifier describes, and
		// 聚焦“一六二”工程 the works it carries out; 聚焦“高质量项目推进年”
		// the year's campaign, as 围绕 it does)
		q.reject = true
		return
	}
	if (k == kindWeak || cat == "战略") && (m.goalAt(end) || m.hasPrefixAt(end, "发展") && m.goalAt(end+2)) && !known && e.endsHead(name) == "" {
		// “2116”工作目标, “五个松滋”建设目标: the aim of the work or the
		// building, no programme (a programme named in its quotes, “双高
		// 计划”建设任务, stays one)
		q.reject = true
		return
	}
	if !known && end == 0 && m.isZone(q.name) {
		// 设立“石岛工业园”: a zone is a place, no programme on its own
		// evidence, unless a head word names what it is, after it or
		// after the quotes it is coordinated with (“国家创新人才培养示范
		// 基地”“国家级留学人员创业园”…等平台)
		return
	}
	slogan := knownKind == kindSlogan
	count, counted := m.countName(name)
	if !counted && m.wordStartsAt(after, packageNouns) && (q.open == 0 || m.v.rs[q.open-1] != '新') {
		// 技改「18條」措施: the count of a package's articles, quoted
		// before its noun (新“十条”措施 is read with its 新, see counted)
		count, counted = bareArticles(name)
	}
	shaped := func() bool {
		return counted || isFormula(q.name) || isWordFormula(q.name) || isAbbrev(q.name) || isCountedPairs(q.name) || isDigitCode(q.name) ||
			m.placeTwin(a, b) || m.twinPair(a, b) || // “健康绍兴”建设, “健康青海·幸福海南”建设
			isThemeYear(q.name) // “城市建设管理年”活动工作
	}

	// A head word after the closing quote, maybe after a modifier.
	if end > 0 {
		ok := false
		// “绿色贵州”建设三年行动计划: a plan after a duration after the weak head word
		var planEnd int
		var planCat string
		var plan bool
		if k == kindWeak && gap == 0 && !pause {
			planEnd, planCat, plan = m.planAfter(end)
		}
		if h := e.endsHead(name); k == kindWeak && h != "" && !plan && !pause {
			// “百千万工程”工作: the quote's own head word names what it
			// is; the work on it is no category
			q.ok, q.cat = true, h
			return
		}
		if (cat == "项目" || cat == "項目") && gap == 0 && !pause && (known || e.endsHead(name) != "") {
			// “揭榜挂帅”项目, “赛马制”项目: the projects a known or headed
			// programme runs are no category of it
			q.ok, q.cat = true, e.endsHead(name)
			if w := e.lookup(name); known && q.cat == "" && w != nil {
				q.cat = w.ends
			}
			return
		}
		switch {
		case slogan && (k == kindAfter || k == kindLabel):
			// “双创”平台: a slogan modifying a class noun is no name
		case k == kindHead, k == kindLabel:
			// “中国声谷 量子中心”园区品牌: the quote is what the label,
			// past its modifier, names; “四化同步、城乡融合、五区共兴”发展
			// 战略: a strategy named by its clauses
			gapText := m.v.str(after, after+gap)
			ok = !pause || gap == 0 || gapText == "发展" && m.strongCat(cat) ||
				durationGap(gapText) && (m.formal(cat) || m.verbHead(cat)) // “强基础、提质量、创品牌”三年行动计划, “增总量、提质量、缩差距”三年提升计划
		case k == kindAfter && (cat == "活动" || strings.HasSuffix(cat, "教育") || cat == "大讨论" || cat == "大討論") && pause && (gap == 0 || campaignGap(m.v.str(after, after+gap))):
			// “保增长、渡难关、上水平”活动, “弘扬‘四敢精神’、勇当发展先锋”
			// 实践活动, “扬优势、找差距、促发展”大讨论: a campaign named by
			// its clauses
			ok = true
		case k == kindAfter && (cat == "制度" || cat == "制"):
			// “第一议题”制度: a system is a name only when the quote is
			// known or shaped (“两项补贴”制度, “三会一课”制度)
			ok = known || shaped()
		case k == kindAfter && (cat == "活动" || cat == "活動") && !pause && campaignGap(m.v.str(end-utf8.RuneCountInString(cat)-gap, end-utf8.RuneCountInString(cat))):
			// “文明交通”实践活动, “爱我商洛·点赞商南”主题实践活动, “…”等实践
			// 活动: a campaign of practice or of a theme the quote names,
			// the category being the head word as written
			ok, cat = true, m.v.str(end-utf8.RuneCountInString(cat)-gap, end)
		case k == kindAfter && !pause && campaignDays(m.v.str(end-utf8.RuneCountInString(cat)-gap, end-utf8.RuneCountInString(cat))):
			// “洁千村·迎新年”百日攻坚战: a campaign of a hundred days the
			// quote names, the category being the head word as written
			ok, cat = true, m.v.str(end-utf8.RuneCountInString(cat)-gap, end)
		case k == kindAfter:
			ok = gap == 0 && !pause || known || shaped() || m.modifiedPlatform(name, cat, after, gap, pause)
		case k == kindWeak && gap == 0 && !pause && (m.verbHead(cat) || m.formal(cat) || m.actionPlanEnds(end, cat)):
			// “美丽四川·宜居乡村”建设行动: an action or a plan after the
			// weak head word names the quote as its own head word does,
			// and so does a scheme of action (“天府粮仓·百县千片”建设行动
			// 方案)
			ok = true
		case plan:
			// “绿色贵州”建设三年行动计划: so does one after a duration
			end, cat, ok = planEnd, planCat, true
		case k == kindWeak:
			// “5+4”稳进提质政策体系: a shaped name may take a modifier
			// when a head word of its own follows the weak one
			ok = (gap == 0 || m.strongCat(cat)) && (known || shaped()) ||
				// 「小地主大專業農」政策: a policy the quote names in full, as
				// a plan after it (see kindLong below)
				gap == 0 && m.wordAt(after, len(m.v.rs), kindLong) > 0 && len(name) >= minLongQuote && !m.holdsFunction(a, b) ||
				// 推動「乾淨家園」政策, 南沙區「青出於南」政策: a policy the
				// quote names, as every quote right before 政策 of the
				// annotated pages does; a count of articles (“21条”、“18条”
				// 等政策) is read as a package below, and a body (「民間諮詢
				// 委員會」等政策督導平台) sets no policy
				gap == 0 && cat == "政策" && len(name) > 0 && !packageUnit(name[len(name)-1]) && !m.holdsFunction(a, b) && !m.isZone(q.name) ||
				// “宝宝屋”建设, “美丽家园”建设, “数字政府·智慧岳阳”建设: what
				// the quote names is built as a programme; not a zone, a
				// counted code of goals (“两个高水平”建设), a rank
				// (“全国肉牛产业第一重镇”) or an epithet of the world's or
				// the city's (“世界光谷”, “青春之城”)
				gap == 0 && !pause && (cat == "建设" || cat == "建設") && builtQuote(name) && !m.holdsFunction(a, b) && !m.isZone(q.name)
		}
		if ok {
			q.ok, q.end, q.cat = true, end, cat
			if counted {
				q.count = count
			} else if hasCountPrefix(q.name) {
				q.count = leadingCount(q.name)
			}
			return
		}
	}
	if end == 0 && !pause && shaped() {
		if far, cat := m.farHead(after); far > 0 {
			// “415X”先进制造业集群培育工程: a code named by the works its
			// long modifier ends in
			q.ok, q.end, q.cat = true, far, cat
			return
		}
	}
	if n := m.wordAt(after, len(m.v.rs), kindGrant); n > 0 && end == 0 && !pause && !slogan && len(name) >= minLongQuote && !m.holdsFunction(a, b) && m.closesName(after+n) {
		// 申請「危險及老舊建築物結構安全性能評估」補助: a grant named by the
		// quoted work it funds
		q.ok, q.end, q.cat = true, after+n, m.v.str(after, after+n)
		return
	}
	if n := m.wordAt(after, len(m.v.rs), kindLong); n > 0 && end == 0 && !pause && !slogan &&
		(known || shaped() || len(name) >= minLongQuote && !m.holdsFunction(a, b)) {
		// “1320”方案, 「青年農民農業經營準備金」方案: a plan or policy
		// the quote names
		q.ok, q.end, q.cat = true, after+n, m.v.str(after, after+n)
		return
	}
	core := name[:len(name)-trailingVersion(name)] // 「樓宇更新大行動2.0」: the head word before the version gives the category
	ends := e.endsHead(core)
	switch {
	case counted:
		q.ok, q.cat, q.count = true, string(name[len(name)-1]), count
	case slogan && after < len(m.v.rs) && nameRune(m.v.rs[after]) && !m.verbEndsClause(after):
		q.reject = true // “双创”沃土: a slogan modifying a noun is no name (坚持“双碳”引领, it is the subject of a verb)
	case known:
		q.ok = true
		if ends != "" && !pause {
			q.cat = ends // “千万工程”, like “追赶计划”
		}
	case eventName(core):
		q.reject = true // 舉辦「香港全球金融與產業合作峰會」: an event held, no programme
	case pause && ends != "" && m.formal(ends) && !clauses && beneficiaries(core, ends):
		// 「僱員、自由職業者及商號經營者援助款項計劃」: a scheme whose name
		// lists whom it serves, its own head word ending it
		q.ok, q.cat = true, ends
	case !pause && ends != "" && m.genericOnly(core[:len(core)-utf8.RuneCountInString(ends)]):
		q.reject = true // 「先導計劃」: a scheme the text names elsewhere, no name of its own
	case !pause && ends != "" && len(core)-utf8.RuneCountInString(ends) <= maxGovernmentWord && governmentWord(string(core[:len(core)-utf8.RuneCountInString(ends)])):
		q.reject = true // 「政府計劃」、「政府考慮」: what a government plans, quoted, is no name
	case !pause && ends != "":
		q.ok, q.cat = true, ends
		s := a + m.leadAdverb(a)
		n := m.wordAt(s, b, kindFrame)
		if n == 0 && (m.hasPrefixAt(s, "建设") || m.hasPrefixAt(s, "建設")) && m.wordStarts(s, 2) {
			n = 2 // “建设渝西水资源配置工程”: a task quoted from a plan, the works it builds
		}
		if n > 0 && b-s-n >= minBare+len([]rune(ends)) {
			// “实施高层次领军人才计划”, “深入实施工业互联网创新发展战略”:
			// the verb and its adverb are no part of the name
			q.name = m.v.str(s+n, b)
		}
		if base, ok := strings.CutSuffix(q.name, ends); ok {
			rs := []rune(base)
			if k := abbreviationBefore(rs); k > 0 && len(rs)-k >= minBare {
				// 「白表居屋第二市場（白居二）計劃」: the short name in
				// brackets before the head word is no part of the name
				q.name = string(rs[:len(rs)-k]) + ends
			}
		}
		if hasCountPrefix(q.name) {
			q.count = leadingCount(q.name)
		}
	case !pause && quotedMethod(q.name) != "" && !m.joinsQuote(after):
		// “项目工作法”, “暖心活动”: a working method or a campaign named in
		// full inside its quotes
		q.ok, q.cat = true, quotedMethod(q.name)
	case !pause && namedPlatform(core) && !m.holdsFunction(a, b):
		// 「基北北桃合作交流平台」, “好日子爱心大平台”: a platform named in
		// full inside its quotes, as every such quote of the annotated
		// pages is (“三平台” counts platforms, a class)
		q.ok, q.cat = true, "平台"
	case !pause && m.quotedLong(core) != "" && !m.holdsFunction(a, b):
		// 「投資青年就業方案」, 「好孕3方案」: a quoted plan or policy named
		// in full (“这是一个好方案” is a sentence)
		q.ok, q.cat = true, m.quotedLong(core)
	case !pause && e.endsKind(core, kindGrant) != "":
		// 「商業服務業智慧減碳補助」: a grant scheme named by what it funds,
		// maybe with its version (「不孕症試管嬰兒補助3.0」)
		q.ok, q.cat = true, e.endsKind(core, kindGrant)
	case !pause && trailingVersion(name) > 0 && len(core) >= 2 && (m.closesName(after) || m.verbFollows(after) || m.timeFollows(after) || m.wordAt(after, len(m.v.rs), kindFrame) > 0):
		// 「長照3.0」: a programme named with its version, maybe the
		// subject of a verb or a time (「亞灣2.0」今天宣示啟動, 「亞灣2.0」
		// 啟動; “工业4.0”时代 names an era)
		q.ok = true
	case !pause && serviceBrand(core) && !m.wordEndsAt(q.open, aliasOpeners) && !m.wordEndsAt(q.open, []string{"到"}):
		// “商社通”, “跨境理财通”, “黄惠保”: a service or a scheme named as a
		// brand (下称“中国诚通”: a company's short name; 从…到“县城通”:
		// a goal reached)
		q.ok = true
	case !pause && (hasCountPrefix(q.name) || arabicDigits(name) > 0 && arabicDigits(name) <= 2 && arabicDigits(name) < len(name) && name[arabicDigits(name)] == '大') && (strings.HasSuffix(q.name, "建设") || strings.HasSuffix(q.name, "建設")) && len(name) >= 4:
		// 「十大建設」, 「10大交通建設」: works counted as a package, named
		// by the count and the building
		q.ok, q.cat = true, string(name[len(name)-2:])
	case !pause && hasCountPrefix(q.name) && countedClassEnd(core) != "":
		// 落实“三项机制”, 打好“十大攻坚战”, 助农增收“六大举措”: a package
		// of mechanisms, battles or measures named by its count (“三大基
		// 地” counts places, “三大抓手” is a metaphor)
		q.ok, q.cat, q.count = true, countedClassEnd(core), leadingCount(q.name)
	case isThemeYear(q.name):
		q.ok = true // “脱贫攻坚决战年”: the year's campaign
	case isTimedCampaign(q.name):
		q.ok = true // 开展大气环境突出问题“百日攻坚”: a campaign of a hundred days
	case isModelName(q.name):
		q.ok = true // “国和一号”, “天问一号”: a numbered model of a national project
	case isFormula(q.name):
		// “1+2+1”, “1+19”精准扶贫方案, but not “1+1+N”责任链条 nor
		// “1+6”文件, which count the parts of the noun they modify
		q.ok = m.closesName(after) || m.framed1(q.open)
	case !pause && formulaLead(q.name) > 0 && m.endingHead(name) != "":
		// “3+6若干政策措施”: a package named by its code and the kind of
		// document it is
		q.ok, q.cat = true, m.endingHead(name)
	case !pause && measuresNamed(core) && !m.holdsFunction(a, b):
		// 「支持勞工安定就業措施」: quoted measures named in full
		q.ok, q.cat = true, "措施"
	case isWordFormula(q.name):
		// 推进“中国制造+互联网”, but not “科学家+工程师”队伍, which describes
		// the noun it modifies, nor a way of working a verb of its own
		// takes up (统筹“人才招引+人口集聚”, 围绕“顶天立地+铺天盖地”) or
		// one of a class (“集中隔离+居家隔离”等举措); it may be the subject
		// of a verb (促进“互联网＋医疗健康”规范发展)
		q.ok = (after >= len(m.v.rs) || !nameRune(m.v.rs[after]) || m.verbFollows(after) || m.developedAt(after)) && !m.hasPrefixAt(after, "等") &&
			(known || m.framed1(q.open) || m.wordEndsAt(q.open, pushedOn) || m.knownFormulaLead(q.name))
	case !pause && len(name) >= 3 && (q.open == 0 || clauseEnd(m.v.rs[q.open-1]) || strings.ContainsRune("：:", m.v.rs[q.open-1])) && m.carriedOut(m.pastQuotes(after)):
		// 。“立园满园”“进解优促”纵深推进: campaigns the clause says are
		// carried out (the quotes that follow are coordinated with it)
		q.ok = true
	case !pause && len(name) >= 3 && m.wordEndsAt(q.open, pushedOn) && (after == len(m.v.rs) || !nameRune(m.v.rs[after])) && !m.itemOfWork(after) && (shaped() || !m.foldedClause(q.open, q.close+1)):
		// 持续推进“四水同治”, 推动“央企入桂”、“民企入桂”: a campaign pushed on,
		// standing alone (推进“城中村”改造 names the work of a kind, and so
		// does 推进“城中村”、老旧小区改造, see itemOfWork). In
		// traditional text 推動 pushes aims and values as often
		// (推動「公共運輸」、「運具電動化」), so there the quote must have
		// a programme's shape (推進“六污同治”).
		q.ok = true
	case !pause && m.appositive(q):
		// 新計畫「寶貝咱的囡仔」, 子計畫是「台中愛胎萬」, 名為「樂齡學習」的
		// 計畫: the quote names the plan its head word introduces
		q.ok = true
	case m.framed1(q.open), (m.verbWell(q.open) || m.graspedTask(q)) && !pause && shaped():
		// 统筹好“三个一批”: a task done well is named by a shaped quote;
		// 算好“政治账” is a metaphor; 推行“一站式”服务 describes the
		// noun after it, which names no programme (开展“大走访大排查大
		// 整改”结合… is followed by a verb)
		q.ok = known || shaped() || m.closesName(after) || m.verbFollows(after) || m.wordAt(after, len(m.v.rs), kindVerb) > 0 ||
			!pause && m.labelCounted(after) // 推广“数智优品”20项: the items of a label promoted, counted
		if w := e.endWord(core, func(w *word) bool { return w.head == kindAfter }); q.ok && !pause && w != nil && len(core)-len(w.rs) >= minSpecific {
			q.cat = string(w.rs) // 創立「癌症新藥基金」: a head word read after a quote ends it, the category as 计划 is of “追赶计划”
		}
	case !pause && len(name) >= minSpecific && m.endsClauseAt(after) && m.framedPast(q.open):
		// 推出面向初一年級學生的“愛國主義教育營”, 实施棉花“种业振兴”: a
		// quote a frame governs past its modifier, ending its clause
		q.ok = true
	case !pause && dottedBrand(name) && m.wordStartsAt(after, brandWords):
		q.ok = true // “交响丝路·如意甘肃”美誉度, “人间仙桃·世外桃源”文旅 IP: a brand of two phrases, known or told
	case !pause && len(name) >= minSpecific && m.wordStartsAt(after, progressWords):
		q.ok = true // 「0-6歲國家一起養」推動情形: what is being carried out, a programme
	case !pause && len(name) >= 3 && m.expandedAt(after) && !m.isZone(q.name):
		q.ok = true // 「生生喝鮮奶」今年擴大到國中學生, 「幸福保衛站」也擴大到北臺八縣市: a service that grows
	case (m.hasPrefix(q.open, "建设") || m.hasPrefix(q.open, "建設")) && m.placeTwin(a, b):
		q.ok = true // 为建设“健康石家庄”: the place's twin of a national campaign, being built
	}
}

// ordinalBefore returns the length in runes of the number of one or two
// digits, Arabic or Chinese, that ends rs (方案1, 子計畫二), or 0.
func ordinalBefore(rs []rune) int {
	n := 0
	for n < len(rs) && n < 3 && (isDigitRune(rs[len(rs)-1-n]) || smallDigit(rs[len(rs)-1-n], false)) {
		n++
	}
	if n == 0 || n > 2 {
		return 0
	}
	return n
}

// beneficiaries reports whether the items a pause separates in the quoted
// name core, which ends in head word h, are nouns of two to four runes
// before a last item that holds more than the head word after its own
// noun: whom a scheme serves (僱員、自由職業者及商號經營者援助款項計劃,
// 美容院、按摩院及派對房間資助計劃: the trades it funds), or
// what it provides, in words of two runes each (公托、公幼、親子館倍增計畫),
// or parts or dates counted alike (see numberedPart); not clauses (强基础、
// 提质量、创品牌).
func beneficiaries(core []rune, h string) bool {
	items := strings.Split(string(core), "、")
	last := []rune(items[len(items)-1])
	if len(last)-utf8.RuneCountInString(h) < minSpecific {
		return false
	}
	for _, it := range items[:len(items)-1] {
		if numberedPart(it) {
			continue // 亞創一、二館空間改造計畫, 慶國慶75周年、回歸25周年文化活動資助計劃: parts or dates counted alike
		}
		n := utf8.RuneCountInString(it)
		last, _ := utf8.DecodeLastRuneInString(it)
		if n < 2 || n > 4 || n > 2 && !strings.ContainsAny(it, "员者户人士生童企业家") && !strings.ContainsRune("院店场馆", last) {
			return false
		}
	}
	return true
}

// maxNumberedPart is the longest item, in runes, that numberedPart takes.
const maxNumberedPart = 8

// numberedPart reports whether the item of a quoted name before a pause is
// one of parts or dates counted alike, ending in its number or in 周年 (亞創
// 一、二館, 慶國慶75周年、回歸25周年): a modifier of the name, no item of
// a list.
func numberedPart(it string) bool {
	rs := []rune(it)
	return len(rs) > 0 && len(rs) <= maxNumberedPart && (isDigitRune(rs[len(rs)-1]) || strings.HasSuffix(it, "周年"))
}

// regulationEnds end the quoted names of laws and regulations, no
// programmes (「花東地區發展條例」; the view folds 條 and 辦).
var regulationEnds = []string{"条例", "法案", "办法", "要点"}

// factorClasses close a quote with the class of things it lists, no
// programme: 等要素, 等资源, 等因素.
var factorClasses = []string{"等要素", "等资源", "等因素", "等資源"}

// aimClauses reports whether a quote holding a pause is clauses of an aim
// of three runes or more each (打赢修复战、勇夺开门红), which may name the
// package counted after it, as one clause does.
func aimClauses(name string) bool {
	for _, it := range strings.Split(name, "、") {
		if utf8.RuneCountInString(it) < 3 {
			return false
		}
	}
	return true
}

// namingWords introduce a name (名为“…”); 称为 and 叫做 as often give an
// epithet (被称为“世界工厂”, 这叫做“小事情”).
var namingWords = []string{"名为", "名為", "命名为", "命名為", "取名为", "取名為"}

// appositive reports whether quote q names the plan a strong head word
// introduces, and sets its category: a head word ending before 是 just
// before the quote (子计画是“台中爱胎万”), or just before it after 新, 子 or
// the measure word of a count (新计画“宝贝咱的囡仔”, 一项计划“…”), the
// quote ending its clause; or one of namingWords before it (名为“乐龄学习”
// 的计画), the category then being the head word after 的, if any, and the
// quote naming no body (更名为「交通工务处」 renames an office). A head
// word alone before a quote is as often a verb (规划“彰东副都心”) or what
// the quote tells (实际行动“守护好一江碧水”, 计划『拆墙松绑』), and 计划是
// “惠民”的 describes the plan.
func (m *matcher) appositive(q *quote) bool {
	rs := m.v.rs
	after := q.close + 1
	ends := m.endsClauseAt(after)
	if m.wordEndsAt(q.open, namingWords) && !(q.open > 2 && isDigitRune(rs[q.open-3])) { // 第1到5名為「標竿組」: places, counted
		last, _ := utf8.DecodeLastRuneInString(q.name)
		if strings.ContainsRune(divisionRunes, last) {
			return false // 被命名为“全国绿化模范县”: a title a place is awarded, no plan
		}
		if after < len(rs) && rs[after] == '的' {
			if n := m.headAt(after+1, m.run(after+1, m.e.maxWord), strong); n > 0 {
				q.cat = m.v.str(after+1, after+1+n)
				return true
			}
			// 名為"抗逆人生"的青少年服務專項資助計劃: the head word ends what
			// the scheme is, after the quote that names it
			lim := m.run(after+1, maxRun)
			if h := m.e.endsHead(rs[after+1 : lim]); h != "" && m.strongCat(h) {
				q.cat, q.end = h, lim
				return true
			}
		}
		return ends && !strings.ContainsRune(bodyRunes, last) // 更名為「交通工務處」: an office renamed, no plan
	}
	if k := ordinalBefore(rs[:q.open]); k > 0 {
		// 方案1「五條港轉大人-活動體驗」, 子計畫二「…」: a numbered plan, named by
		// the quote after its number, as a list of proposals names them
		j := q.open - k
		for n := min(j, m.e.maxWord); n >= 2; n-- {
			if w := m.e.lookup(rs[j-n : j]); w != nil && (w.head == kindHead || w.is(kindLong)) {
				if c := string(w.rs); c == "策略" || c == "战略" {
					return false // 策略一「核心產業雙軸大轉型」: a plan's first strategy, one of its pillars
				}
				q.cat = string(w.rs)
				return true
			}
		}
	}
	if !ends {
		return false
	}
	j := q.open
	copula := j > 0 && rs[j-1] == '是'
	if copula {
		j--
	}
	for n := min(j, m.e.maxWord); n >= 2; n-- {
		if w := m.e.lookup(rs[j-n : j]); w != nil && w.head == kindHead {
			if !copula && (j-n == 0 || !strings.ContainsRune("新子项項个個", rs[j-n-1])) {
				return false
			}
			q.cat = string(w.rs)
			return true
		}
	}
	return false
}

// quotedLong returns the head word of a plan or policy (方案, 政策) that
// ends core, a quote's runes, when what precedes it names one: at least
// minSpecific runes, or two or three that are no generic word, no head
// word and no count (「好孕3方案」, 「新農業政策」, but “三项政策”); or "".
func (m *matcher) quotedLong(core []rune) string {
	w := m.e.endWord(core, func(w *word) bool { return w.is(kindLong) })
	if w == nil || len(core)-len(w.rs) < 2 {
		return ""
	}
	base := core[:len(core)-len(w.rs)]
	if len(base) >= minSpecific {
		return string(w.rs)
	}
	if g := m.e.lookup(base); g != nil && (g.is(kindGeneric) || g.head != 0) || hasCountPrefix(string(base)) {
		return ""
	}
	return string(w.rs)
}

// progressWords report how far a programme has been carried out, after
// its name (「0-6歲國家一起養」推動情形, “双百行动”实施情况).
var progressWords = []string{"推动情形", "推动情况", "推进情况", "执行情形", "执行情况", "实施情况", "落实情况", "办理情形",
	"推動情形", "推動情況", "推進情況", "執行情形", "執行情況", "實施情況", "落實情況", "辦理情形"}

// expandingVerbs say that a service or a scheme grows or starts: what
// stands before them in quotes names one.
var expandingVerbs = []string{"擴大", "扩大", "加碼", "加码", "上線", "上线", "啟動", "启动", "開辦", "开办", "擴及", "扩及"}

// expandingLeads are the times and adverbs that may stand before one of
// expandingVerbs.
var expandingLeads = []string{"今年", "明年", "也", "將", "将", "已", "再", "持續", "持续", "全面", "正式"}

// expandedAt reports whether one of expandingVerbs follows at rune i,
// maybe after one of expandingLeads.
func (m *matcher) expandedAt(i int) bool {
	if n := m.wordLength(i, expandingLeads); n > 0 {
		i += n
	}
	return m.wordStartsAt(i, expandingVerbs)
}

// brandWords say that the quote before them names a brand: its renown, or
// the brand of culture and tourism (文旅 IP) it is.
var brandWords = []string{"美誉度", "知名度", "美譽度", "文旅 IP", "文旅IP"}

// dottedBrand reports whether name is two phrases of at least two Han
// runes joined by a middle dot (交响丝路·如意甘肃), as a brand is written.
func dottedBrand(name []rune) bool {
	k := slices.IndexFunc(name, func(r rune) bool { return r == '·' || r == '・' })
	if k < 2 || len(name)-k-1 < 2 {
		return false
	}
	for i, r := range name {
		if i != k && !isHan(r) {
			return false
		}
	}
	return true
}

// goalWords are the words for an aim, a task, a requirement or a line of
// thought (目标, 任务, 要求, 思路) that the work or the building a quote
// names may have: “2116”工作目标, 市委“四个抓”工作要求.
var goalWords = []string{"目标", "目標", "任务", "任務", "要求", "思路", "要点", "要點", "总要求", "總要求", "总目标", "總目標", "总任务", "總任務", "总思路", "總思路"}

// goalAt reports whether one of goalWords starts at rune i.
func (m *matcher) goalAt(i int) bool { return m.wordStartsAt(i, goalWords) }

// nestedQuote reports whether the quote q holds quote marks only as one
// inner quote that the source writes in 『』 inside its 「」 (「共創明
// 『Teen』計劃」).
func (m *matcher) nestedQuote(q *quote) bool {
	if q.bare || q.title || m.sourceRune(q.open) != '「' || strings.Count(q.name, "“") != 1 || strings.Count(q.name, "”") != 1 {
		return false
	}
	return strings.Index(q.name, "“") < strings.Index(q.name, "”")
}

// sourceRune returns the rune the source writes at rune i of the view,
// before the normalizer folded it.
func (m *matcher) sourceRune(i int) rune {
	if i < 0 || i >= len(m.v.rs) {
		return 0 // a bare title opens at the text's start: no mark before it
	}
	if m.doc == nil {
		return m.v.rs[i]
	}
	sp := m.doc.Norm.ToSource(m.v.span(i, i+1))
	r, _ := utf8.DecodeRuneInString(m.doc.Text[sp.Start:])
	return r
}

// genericOnly reports whether rs, what a quote holds before its head word,
// is a generic word of the dictionary (先导, 重点) alone.
func (m *matcher) genericOnly(rs []rune) bool {
	w := m.e.lookup(rs)
	return w != nil && w.is(kindGeneric)
}

// measuresNamed reports whether a quote's name rs is measures named in
// full (「強化僱用安定措施」): at least minSpecific runes before 措施, no
// count of 条 (“吸引集聚人才十条措施” is a package) nor a word that makes
// them measures of a kind (「114年春節期間相關措施」).
func measuresNamed(rs []rune) bool {
	n := len(rs)
	if n-2 < minSpecific || rs[n-2] != '措' || rs[n-1] != '施' || countedEnd(rs[:n-2]) {
		return false
	}
	switch string(rs[n-4 : n-2]) {
	case "相关", "有关", "配套", "各项", "具体", "如下", "下列", "以下":
		return false
	}
	return true
}

// durationGap reports whether gap, the runes between a quote of clauses
// and its head word, is a duration (三年), maybe with a verb of two runes
// after it (三年提升).
func durationGap(gap string) bool {
	n := leadingDuration(gap)
	return n > 0 && utf8.RuneCountInString(gap[n:]) <= 2
}

// campaignDays reports whether gap, the runes between a closing quote and
// its head word, is the length of a campaign in days (百日, 百天).
func campaignDays(gap string) bool {
	switch gap {
	case "百日", "百天":
		return true
	}
	return false
}

// campaignGap reports whether gap, the words between a quote and 活动,
// says the campaign is one of practice or of a theme (主题, 实践, 主题实践).
func campaignGap(gap string) bool {
	switch gap {
	case "主题", "实践", "主题实践", "主題", "主題實踐", "實踐":
		return true
	}
	return false
}

// joinsQuote reports whether, at rune i after a closing quote, a pause or
// a conjunction joins another quote to it (“学术项目”、“社区活动”及“交流
// 活动”三个资助计划): the list's head word names them all.
func (m *matcher) joinsQuote(i int) bool {
	rs := m.v.rs
	return i+1 < len(rs) && (rs[i] == '、' || inner(rs[i])) && rs[i+1] == '“'
}

// namedPlatform reports whether a quoted name ends in 平台 after a
// numbered abbreviation (“四库平台”), or after at least four runes of its
// own that open with no count (“三平台”, “五大平台”) nor a rank a place
// aims at (“世界一流平台”, “国家级平台”, goals). The view
// folds traditional runes, so 「…平臺」 and 「國際…」 are read here as
// 平台 and 国际.
func namedPlatform(name []rune) bool {
	s := string(name)
	if base, ok := strings.CutSuffix(s, "平台"); ok && utf8.RuneCountInString(base) >= 2 && isAbbrev(base) && !strings.ContainsRune("大个個项項类類种種", []rune(base)[1]) {
		return true // “四库平台”: a platform of four stores, named by its numbered abbreviation
	}
	return len(name) >= 6 && strings.HasSuffix(s, "平台") && !hasCountPrefix(s) && !startsWithAny(s, platformRanks)
}

// platformRanks open the quoted goals of a platform's rank.
var platformRanks = []string{"世界", "国际", "全国", "一流", "高水平", "高能级", "国家级", "省级"}

// countedTimes reports whether s opens with a small number and a measure
// of times or events (一次, 两场, 三项): “一次活动” is no name.
func countedTimes(s string) bool {
	rs := []rune(s)
	return len(rs) >= 2 && smallDigit(rs[0], true) && strings.ContainsRune("次场場项項个個轮輪届屆", rs[1])
}

// quotedMethod returns the word of a working method or a campaign (工作法,
// 活动) that ends a quoted name after at least two runes of its own, or "".
func quotedMethod(name string) string {
	for _, w := range []string{"工作法", "活动", "活動"} {
		if rest, ok := strings.CutSuffix(name, w); ok && utf8.RuneCountInString(rest) >= 2 && !countedTimes(rest) {
			return w
		}
	}
	return ""
}

// pastQuotes returns the rune after the quotes that follow one another
// from rune i on (“进解优促”), or i.
func (m *matcher) pastQuotes(i int) int {
	rs := m.v.rs
	for i < len(rs) && rs[i] == '“' {
		j := slices.Index(rs[i+1:min(len(rs), i+1+maxQuote)], '”')
		if j < 0 {
			break
		}
		i += j + 2
	}
	return i
}

// farHead returns the end and the head words of a run of name runes from
// rune i, after a shaped quote, that ends in a strong head word past a
// modifier longer than maxGap with no verb of the dictionary in it (“415X”
// 先进制造业集群培育工程), maybe before a weak head word (工程建设); or 0.
// A run that opens with a copula or 指 says what the quote means.
func (m *matcher) farHead(i int) (int, string) {
	if i < len(m.v.rs) && strings.ContainsRune("指即是为", m.v.rs[i]) {
		return 0, "" // “两个行动”指产品质量提升行动: what the quote means, no modifier
	}
	lim := m.run(i, maxRun)
	if lim > i && lim-i <= maxJoinedField && lim+1 < len(m.v.rs) && strings.ContainsRune("和与及", m.v.rs[lim]) && !m.holdsHead(i, lim) && !m.knownStartsAt(lim+1) {
		// “百城千站”文化和旅游消费行动计划: two fields joined, the second
		// no programme of its own (“三北”防护林和防沙治沙工程)
		lim = m.run(lim+1, maxRun-(lim+1-i))
	}
	for k := i + maxGap + 1; k < lim; k++ {
		if n := m.headAt(k, lim, strong); n > 0 {
			end, cat := m.extend(k, n, lim, strong)
			if w := m.headAt(end, lim, anyHead); w > 0 && end+w == lim && m.weakHead(m.v.str(end, lim)) {
				lim = end // 工程建设: the building of the works
			}
			if !m.holds(i, k, kindVerb) && (end == lim || m.formal(cat) && m.planGoesOn(end)) {
				return end, cat
			}
			return 0, ""
		}
		if w := m.headWord(k, lim, afterQuote); w != nil && k+len(w.rs) == lim && m.nounPhrase(i, k, true, false) {
			// “33618”现代制造业集群体系: a head word read only after a
			// quote (体系, 平台) ends a run of nouns
			return lim, string(w.rs)
		}
	}
	return 0, ""
}

// planGoesOn reports whether the words at rune i, right after a formal
// plan's head word in a run of name runes, say what is done with the plan
// or when: a verb or a verbal noun of the segmenter (“百城千站”文化和旅游
// 消费行动计划推进活动) or a year's digits (…行动计划2025年具体安排).
func (m *matcher) planGoesOn(i int) bool {
	if isDigitRune(m.v.rs[i]) {
		return true
	}
	t := m.wordStarting(i)
	return t != nil && (t.POS == "v" || t.POS == "vn")
}

// maxJoinedField is the longest field, in runes, that 和, 与 or 及 joins to
// the next in a quote's long modifier (文化和旅游消费).
const maxJoinedField = 4

// holdsHead reports whether a head word of any kind starts in the runes
// [a, b).
func (m *matcher) holdsHead(a, b int) bool {
	for k := a; k < b; k++ {
		if m.headAt(k, b, anyHead) > 0 {
			return true
		}
	}
	return false
}

// titledPlace returns the rune index of the 《 that opens a title right
// before the place ending at rune i, one word of two to four runes the
// segmenter tags as a place or a person's name (《玉溪教育现代化2035》), or
// -1.
func (m *matcher) titledPlace(i int) int {
	if m.toks == nil || i < 3 {
		return -1
	}
	t, found := m.tokenAt(int(m.v.start[i]))
	if !found || t == 0 || m.toks[t-1].End != int(m.v.start[i]) || m.toks[t-1].POS != "ns" && m.toks[t-1].POS != "nr" {
		return -1 // the segmenter tags some places as persons' names (玉溪/nr)
	}
	s, ok := slices.BinarySearch(m.v.start, int32(m.toks[t-1].Start))
	if !ok || i-s < 2 || i-s > 4 || s == 0 || m.v.rs[s-1] != '《' {
		return -1
	}
	return s - 1
}

// knownWithin reports whether a known programme starts in the runes
// [a, b).
func (m *matcher) knownWithin(a, b int) bool {
	for i := a; i < b; i++ {
		if m.knownStartsAt(i) {
			return true
		}
	}
	return false
}

// knownOver reports whether a known programme starts before rune i and
// runs past it (AI新十大建设 over 十大).
func (m *matcher) knownOver(i int) bool {
	for p := i - 1; p >= 0 && i-p < m.e.maxWord; p-- {
		ws, _ := m.e.startingWith(m.v.rs[p])
		if slices.ContainsFunc(ws, func(w *word) bool { return len(w.rs) > i-p && m.knownSpelt(w, p) }) {
			return true
		}
	}
	return false
}

// knownStartsAt reports whether a known programme of the dictionary
// starts at rune i.
func (m *matcher) knownStartsAt(i int) bool {
	if i >= len(m.v.rs) {
		return false
	}
	ws, _ := m.e.startingWith(m.v.rs[i])
	return slices.ContainsFunc(ws, func(w *word) bool { return m.knownSpelt(w, i) })
}

// knownSpelt reports whether w is a known programme matched without
// quotes and the runes from i on spell it.
func (m *matcher) knownSpelt(w *word, i int) bool {
	rs := m.v.rs
	return w.bare >= 0 && len(w.rs) <= len(rs)-i && slices.Equal(w.rs, rs[i:i+len(w.rs)])
}

// headCat reports whether cat is a head word of kind head, which names
// what it ends by itself (行动, 计划, 工程), not one read only after a quote
// (攻坚战, 平台).
func (m *matcher) headCat(cat string) bool {
	w := m.catWord(cat)
	return w != nil && w.head == kindHead
}

// dotPart returns the part of a name joined by a middle dot (四在农家·和美
// 乡村) that is one of names, or "".
func dotPart(name string, names []string) string {
	if !strings.ContainsAny(name, "·・") {
		return ""
	}
	for _, part := range strings.FieldsFunc(name, func(r rune) bool { return r == '·' || r == '・' }) {
		if part != name && slices.Contains(names, part) {
			return part
		}
	}
	return ""
}

// closesName reports whether a quote that closes before rune i names a
// programme by what follows it: no noun it would only describe (“1+1+N”
// 责任链条, “一站式”服务), or a run holding a head word (see headInRun).
func (m *matcher) closesName(i int) bool {
	return i >= len(m.v.rs) || !nameRune(m.v.rs[i]) || m.headInRun(i)
}

// headInRun reports whether a head word of any kind, one of kind long or
// 系列 stands in the run of name runes that starts at rune i (精准扶贫方案,
// 人才政策, 系列文件): the run names what a code in quotes before it names.
func (m *matcher) headInRun(i int) bool {
	lim := m.run(i, maxRun)
	for k := i; k < lim; k++ {
		if m.headAt(k, lim, anyHead) > 0 || m.find(k, lim, kindLong) != nil || m.hasPrefixAt(k, "系列") {
			return true
		}
	}
	return false
}

// innerProgramme reports whether the title name holds one title inside it
// (in 〈〉 or <>) that names a programme: a known one, or one ending in a
// head word.
func (m *matcher) innerProgramme(name []rune) bool {
	o := slices.IndexFunc(name, func(r rune) bool { return r == '〈' || r == '<' })
	if o < 0 {
		return false
	}
	c := slices.IndexFunc(name[o:], func(r rune) bool { return r == '〉' || r == '>' })
	if c < 0 || slices.ContainsFunc(name[o+c+1:], func(r rune) bool { return r == '〈' || r == '<' }) {
		return false
	}
	inner := dropQuoteMarks(name[o+1 : o+c])
	_, known := m.e.known[string(inner)]
	return known || m.e.endsHead(inner) != ""
}

// titled decides whether the title q, whose text is name, names a
// programme: a title is one when a plan's head word (规划, 纲要, 工程, 战略,
// 行动; see formal and verbHead) ends it after a specific name of at least
// minSpecific runes (《教育振兴行动计划》, 《全国农业发展纲要》). The name is
// the title without that head word. A law (…法), a report, a decision or
// an opinion (《关于…的意见》) is none.
func (m *matcher) titled(q *quote, name []rune) {
	q.reject = true
	if m.innerProgramme(name) {
		// 《湖北省贯彻〈中国制造2025〉行动计划》: a plan that carries out a
		// programme a title inside its own names is named without the
		// inner marks (the inner title is a mention of its own); a plan
		// that breaks down a report (《…<政府工作报告>确定的…分解方案》)
		// is none
		name = slices.DeleteFunc(slices.Clone(name), func(r rune) bool { return strings.ContainsRune("〈〉<>", r) })
	}
	trimmed := trimEdition(name)
	spanned := slices.ContainsFunc(name[len(trimmed):], isDigitRune) // the title gives the years the plan runs, not only a draft's note
	name = trimmed
	name = name[:len(name)-trailingVersion(name)] // 《数字辽宁发展规划2.0版》: the plan's version is no part of its name
	if _, after, ok := strings.Cut(string(name), "印发"); ok && utf8.RuneCountInString(after) >= minSpecific {
		name = []rune(after) // 《临汾市政府印发临汾市水污染防治2018年行动计划》: a headline holding its issuer
	}
	if base := m.rulesOf(name); base != nil {
		name = base // 《国家高层次人才特殊支持计划管理办法》: the rules of the plan named
	}
	h := m.e.endsHead(name)
	if h == "" || !m.formal(h) && !m.verbHead(h) {
		h = m.endsInnerPlan(name)
	}
	implementing := false // the plan carries out a programme its title names, head word and all
	if before := carriesOutAction(string(name)); before != "" && (h == "" || strings.HasSuffix(before, "行动计划") || strings.HasSuffix(string(name), "工作方案")) {
		// 《东阳市促进残疾人就业行动实施方案》, 《哈尔滨市打赢蓝天保卫战三年
		// 行动计划实施方案》: the plan that carries out an action or an
		// action plan is named by it, as keepInnerHeads names unquoted ones
		name, h = []rune(before+"方案"), "方案"
		// 《国家黑土地保护工程实施方案》: the works keeps its head word, and
		// so does the action plan carried out (…三年行动计划实施方案)
		implementing = strings.HasSuffix(before, "工程") || strings.HasSuffix(before, "行动计划") || strings.HasSuffix(before, "行動計劃")
	} else if before := m.carriesOutProgramme(string(name)); before != "" {
		name, h = []rune(before+"方案"), "方案" // 《温县2016年度蓝天工程实施方案》
		implementing = true
	}
	if h == "" {
		h = ownPlan(name)
	}
	if h == "" && spanned && strings.HasSuffix(string(name), "政策") {
		h = "政策" // 《澳門青年政策(2021-2030)》: a policy that runs for years is a programme
	}
	if h == "" && len(name) == 4 && string(name[2:]) == "方案" && m.placeTitle(q, name[:2]) {
		h = "方案" // 《前海方案》: the plan for a new area, named by its place
	}
	if h == "" && (strings.HasSuffix(string(name), "纲领") || strings.HasSuffix(string(name), "綱領")) {
		h = string(name[len(name)-2:]) // 《綠色船用燃料加注行動綱領》: an outline of action is a plan
	}
	if h == "" && strings.HasSuffix(string(name), "蓝图") {
		h = "蓝图" // 《青年發展藍圖》: a blueprint in a title is a plan (“奋进争先”新蓝图 is a metaphor)
	}
	if h == "" && len(name) > 5 && strings.HasSuffix(string(name), "路线图") {
		h = "路线图" // 《公共巴士和的士綠色轉型路線圖》: a road map in a title is a plan, as a blueprint is
	}
	if h == "" || holdsNationalPlan(string(name)) || strings.ContainsAny(string(name), "《》〈〉<>") ||
		strings.ContainsAny(string(name), "（）()") && !alternativeWord(string(name)) || strings.Contains(q.name, "关于") || strings.Contains(q.name, "關於") {
		return
	}
	base := name[:len(name)-utf8.RuneCountInString(h)]
	for h != "纲要" && h != "綱要" && !implementing {
		h2 := m.e.endsHead(base) // 规划方案: no head word of a formal plan stays in the name
		if h2 == "" || !m.formal(h2) {
			break
		}
		base = base[:len(base)-utf8.RuneCountInString(h2)]
	}
	base = m.trimPlanDuration(trimLeadingPeriod(base))
	if b, ok := strings.CutSuffix(string(base), "的实施"); ok && h == "方案" {
		base = []rune(b) // 《山西省激发重点群体活力带动城乡居民增收的实施方案》: the plan of what 的 closes
	} else if b, ok := strings.CutSuffix(string(base), "的"); ok && h == "方案" && implementing {
		// 《全面推进乡村振兴加快农业农村现代化的实施方案》: a plan that
		// carries out a programme its title names, 的 closing what it
		// carries out
		base = []rune(b)
	}
	if strings.HasSuffix(string(base), "学习") || strings.HasSuffix(string(base), "學習") {
		return // 《习近平文化思想学习纲要》: a book to study, no plan
	}
	if strings.HasSuffix(string(base), "工作") && (h == "计划" || h == "計劃" || h == "方案") && !implementing && (!specificWork(base[:len(base)-2]) || hasYear(string(base))) {
		// 镇政府2019年工作总结和2020年工作计划, 全国人大常委会2024年度监督
		// 工作计划: a year's work plan, no programme (《计划生育工作纲要》 is
		// an outline)
		return
	}
	if len(base) < minSpecific && !m.placeTitle(q, base) || functionWords(base, !q.bare) || strings.ContainsRune("与與和及", base[len(base)-1]) {
		return // 《中国应对气候变化的政策与行动》: the head word joined to another noun, a book's title
	}
	title := m.v.str(q.open+1, q.close)
	if i := strings.Index(title, string(base)); i >= 0 {
		if a := q.open + 1 + utf8.RuneCountInString(title[:i]); m.joinedVerbs(a, a+len(base)) {
			return // 《实施和考核方案》: a plan's short title naming what is done, no programme
		}
	}
	q.ok, q.reject, q.name, q.cat = true, false, string(base), h
}

// placeTitle reports whether the name base of a plan titled in 《》 (not
// a bare title) is the short name of the place the plan is for, as the
// State Council's plans for the new areas are called (《前海方案》, 《横琴
// 方案》, 《南沙方案》): two runes of Han that are the title's first words
// of the segmenter, no generic word, head word or verb of the dictionary,
// and tagged a place, a proper noun, a locality or an abbreviation
// (《实施方案》, 《总体方案》, 《薪酬方案》 name none).
func (m *matcher) placeTitle(q *quote, base []rune) bool {
	if q.bare || len(base) != 2 || !isHan(base[0]) || !isHan(base[1]) || m.toks == nil {
		return false
	}
	a := q.open + 1
	if string(m.v.rs[a:a+2]) != string(base) || !m.wordStarts(a, 2) {
		return false
	}
	if w := m.e.lookup(base); w != nil && (w.is(kindGeneric) || w.head != 0 || w.is(kindVerb) || w.is(kindFrame) || w.is(kindLead)) {
		return false
	}
	switch m.wordStarting(a).POS {
	case "ns", "nz", "f", "j":
		return true // 前海, 南沙 (《薪酬方案》 is a plan of pay)
	}
	return false
}

// joinedVerbs reports whether the runes [a, b) are verbs joined by a
// conjunction and nothing else, by the segmenter's words (实施和考核,
// 监测和评估): what a plan does, which names no programme.
func (m *matcher) joinedVerbs(a, b int) bool {
	t, found := m.tokenAt(int(m.v.start[a]))
	if !found {
		return false
	}
	joined := false
	for ; t < len(m.toks) && m.toks[t].Start < int(m.v.start[b-1])+1; t++ {
		switch pos := m.toks[t].POS; pos {
		case "c":
			joined = true
		case "v", "vn":
		default:
			return false
		}
	}
	return joined
}

// specificWork reports whether field, what a title names before 工作 and a
// plan's head word, is the work of a programme (山东省农村环境连片整治示范
// 工作方案): at least minSpecific runes that end in no year (2020年工作
// 计划) nor in a body's name (镇政府工作计划).
func specificWork(field []rune) bool {
	n := len(field)
	return n >= minSpecific && field[n-1] != '年' && !strings.HasSuffix(string(field), "年度") && !strings.ContainsRune(bodyRunes, field[n-1])
}

// functionWords reports whether a title's name holds a rune of
// functionRunes. In a title in its marks 的 joins a modifier to the noun
// after it (《广州南沙深化面向世界的粤港澳全面合作总体方案》), and 要 and
// 对 may be part of a word (要素, 重要, 主要; 应对, 针对), which a title
// without marks, read from running text, cannot tell from a clause's.
func functionWords(name []rune, marked bool) bool {
	for i, r := range name {
		if !strings.ContainsRune(functionRunes, r) {
			continue
		}
		inner := i > 0 && i+1 < len(name) && isHan(name[i-1]) && isHan(name[i+1])
		switch {
		case marked && r == '的' && inner:
		case marked && r == '要' && (i+1 < len(name) && name[i+1] == '素' || i > 0 && strings.ContainsRune("重主需纲綱", name[i-1])):
		case marked && (r == '对' || r == '對') && i > 0 && strings.ContainsRune("应應针針面", name[i-1]):
			// 《国家积极应对人口老龄化中长期规划》: 对 of a verb (应对, 针对)
		case marked && (r == '对' || r == '對') && i+1 < len(name) && strings.ContainsRune("标標口外接", name[i+1]):
			// 《上海市坚持对标改革持续打造…行动方案》, 《对口支援…规划》: 对 of a
			// word (对标, 对口, 对外, 对接), no preposition
		case r == '有' && i+1 < len(name) && strings.ContainsRune("效序机機色线線氧", name[i+1]):
			// 《安徽省有效投资专项行动方案》: 有 of an adjective or a noun (有效, 有序, 有色)
		default:
			return true
		}
	}
	return false
}

// plainPlanName returns the name of a formal plan quoted whole without
// its years and duration, as a title's name drops them, the head word kept
// as a quoted name keeps it: “2016至2025年長者服務十年行動計劃” gives
// 長者服務行動計劃. Any other name is returned as it is. rs are the quote's
// runes, which name spells unless it left out a copy's line break.
func (m *matcher) plainPlanName(name string, rs []rune) string {
	if !strings.ContainsRune(name, '年') {
		return name // years and durations are written with 年
	}
	if utf8.RuneCountInString(name) != len(rs) {
		rs = []rune(name) // “千万工\n程”
	}
	h := m.e.endsHead(rs)
	if h == "" || !m.formal(h) {
		return name
	}
	base := []rune(strings.TrimSuffix(name, h))
	trimmed := m.trimPlanDuration(trimLeadingPeriod(base))
	if len(trimmed) < minSpecific || len(trimmed) == len(base) {
		return name
	}
	return string(trimmed) + h
}

// bodyWords follow a head word in the names of teams, offices and places
// (工作队, 工作组, 工作站, 行动组, 活动阵地, 活动场所): bodies and places,
// which a head word before them names no programme by.
var bodyWords = []string{"队", "隊", "组", "組", "站", "室", "阵地", "陣地", "场所", "場所"}

// pagePartWords name the parts of a page or an app whose label a quote
// before them gives (点击“消费券”栏目, “我要办”按钮).
var pagePartWords = []string{"栏目", "专栏", "菜单", "按钮", "版块", "板块", "频道"}

// bodyAt reports whether one of bodyWords starts at rune i.
func (m *matcher) bodyAt(i int) bool {
	for _, w := range bodyWords {
		if m.hasPrefixAt(i, w) {
			return true
		}
	}
	return false
}

// headAfter looks for a head word after a closing quote at rune i, skipping
// a leading 等 and a modifier of at most maxGap runes, or the 的 before
// 战略; a head word that opens the name of a team or a place (see
// bodyWords) is none. It returns the head's kind, the end of the mention,
// the category and the modifier's length; end is 0 when there is none.
func (m *matcher) headAfter(i int) (k kind, end int, cat string, gap int) {
	i = m.modifierStart(i)
	if i < len(m.v.rs) && m.v.rs[i] == '的' {
		// 确立“生态立省、环境优先”的战略, 采取“走出去”的战略: a strategy
		// names its quote across 的, no other head word does (“事事心中
		// 有底”的行动力)
		for _, h := range []string{"战略", "戰略", "发展战略", "發展戰略"} {
			// “生态立县、产业富民”的发展战略: the strategy of development
			n := utf8.RuneCountInString(h)
			if m.hasPrefixAt(i+1, h) && (i+1+n >= len(m.v.rs) || !nameRune(m.v.rs[i+1+n])) {
				return kindHead, i + 1 + n, h, 0
			}
		}
	}
	lim := m.run(i, maxGap+m.e.maxWord)
	for s := i; s <= i+maxGap && s < lim; s++ {
		w := m.headWord(s, lim, anyHead)
		if s > i && m.holds(i, s, kindVerb) && (w == nil || w.head != kindAfter || m.e.strongSuffix(w) == 0 || !m.verbsEndAt(i, s)) {
			// “六位一体”统筹推进重点工程建设: a verb after the quote starts a
			// predicate, unless it is what a scheme of grants funds
			// (「味歷澳門」美食推廣資助計劃; not “三个强化”推动专项行动)
			return 0, 0, "", 0
		}
		if c := m.find(s, lim, kindClass); c != nil && (w == nil || len(w.rs) <= len(c.rs)) {
			return 0, 0, "", 0 // “两个中国”、“一中一台”等各种分裂活动: members of a class
		}
		if w != nil {
			k = w.head // “三个全域两大攻坚”系列行动: a head word longer than the class word in it
			if n := m.e.strongSuffix(w); k == kindAfter && s > i && n > 0 {
				// 「周遊列澳」社區旅遊資助計劃: past a modifier, a head word
				// read only after a quote heads the name by its own strong
				// head word (資助計劃 by 計劃), as 社區旅遊補貼計劃 does
				k, s = kindHead, s+len(w.rs)-n
				end, cat = s+n, m.v.str(s, s+n)
				return k, end, cat, s - i
			}
			end, cat = m.extend(s, len(w.rs), lim, anyHead)
			if m.bodyAt(end) {
				return 0, 0, "", 0 // “访惠聚”工作队, “文化大院”等活动阵地: a team or a place, no programme
			}
			if cat == "中心" && (m.hasPrefixAt(end, "工作") || m.hasPrefixAt(end, "任务") || m.hasPrefixAt(end, "任務")) {
				return 0, 0, "", 0 // 抓好“一三五”中心工作: the central tasks, no centre
			}
			return k, end, cat, s - i
		}
	}
	return 0, 0, "", 0
}

// verbsEndAt reports whether every verb (of kind verb) in the runes [a, s)
// ends at s.
func (m *matcher) verbsEndAt(a, s int) bool {
	for j := a; j < s; j++ {
		if w := m.find(j, s, kindVerb); w != nil && j+len(w.rs) != s {
			return false
		}
	}
	return true
}

// strongSuffix returns the length of the longest strong head word (of kind
// head) that ends w, shorter than w, or 0: 计划 of 资助计划.
func (e *Extractor) strongSuffix(w *word) int {
	for n := len(w.rs) - 1; n > 0; n-- {
		if s := e.lookup(w.rs[len(w.rs)-n:]); s != nil && s.head == kindHead {
			return n
		}
	}
	return 0
}

// modifierStart returns where the modifier before a head word starts
// after the closing quote before rune i: past a note's mark (“三高四新”[1]
// 战略), the name's English in brackets (「開心香港」(Happy Hong Kong)活動), a 等 and the count of a list (“菁蓉汇”、“创交会”两大平台), which
// are no modifier.
func (m *matcher) modifierStart(i int) int {
	i += noteMark(m.v.rs[i:])
	i += latinGloss(m.v.rs[i:])
	if i < len(m.v.rs) && m.v.rs[i] == '等' {
		i++
	}
	return i + m.countBefore(i)
}

// maxGloss is the longest English gloss in brackets, in runes, read after
// a quoted name (see latinGloss).
const maxGloss = 40

// latinGloss returns the length in runes of the bracketed English that
// opens rs, a name's gloss (（Happy Hong Kong）): Latin letters, with
// spaces, digits and the marks of a name between them; or 0.
func latinGloss(rs []rune) int {
	if len(rs) < 3 || rs[0] != '（' || !unicode.IsLetter(rs[1]) || rs[1] > unicode.MaxLatin1 {
		return 0
	}
	for j := 1; j < len(rs) && j <= maxGloss+1; j++ {
		switch r := rs[j]; {
		case r == '）':
			return j + 1
		case r < unicode.MaxLatin1 && (unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(" &'-.，,!！", r)):
		default:
			return 0
		}
	}
	return 0
}

// noteMark returns the length in runes of the mark of a note that opens
// rs: one or two digits in square brackets ([1], 〔12〕, ［3］) or a
// parenthesized number (⑴ to ⒇); or 0.
func noteMark(rs []rune) int {
	if len(rs) > 0 && rs[0] >= '⑴' && rs[0] <= '⒇' {
		return 1
	}
	return enclosed(rs, "[〔［", "]〕］", "0123456789", 2)
}

// enclosed returns the length in runes of the bracketed run that opens rs:
// one of opens, one to most runes of inner, then one of closes; or 0.
func enclosed(rs []rune, opens, closes, inner string, most int) int {
	if len(rs) < 3 || !strings.ContainsRune(opens, rs[0]) {
		return 0
	}
	j := 1
	for j < len(rs) && j <= most && strings.ContainsRune(inner, rs[j]) {
		j++
	}
	if j == 1 || j >= len(rs) || !strings.ContainsRune(closes, rs[j]) {
		return 0
	}
	return j + 1
}

// placeEnding returns the length in runes of the place that ends at rune
// i, a word of the segmenter tagged as one (or as a noun of three runes or
// more) that ends in a rune of an administrative division (湖南省, 全椒县),
// or 0; a scope (全省, 本市) names no place.
func (m *matcher) placeEnding(i int) int {
	if m.toks == nil || i == 0 {
		return 0
	}
	t, found := m.tokenAt(int(m.v.start[i]))
	if !found || t == 0 || m.toks[t-1].End != int(m.v.start[i]) || m.toks[t-1].POS != "ns" && m.toks[t-1].POS != "n" {
		return 0
	}
	s, ok := slices.BinarySearch(m.v.start, int32(m.toks[t-1].Start))
	if !ok || i-s < 2 || m.toks[t-1].POS == "n" && i-s < 3 || !strings.ContainsRune(divisionRunes, m.v.rs[i-1]) || i-s == 2 && strings.ContainsRune("全本各该我", m.v.rs[s]) || m.covered[s] {
		return 0
	}
	return i - s
}

// titleField returns the length in runes of the place and field that open
// a line and run up to a plan period's quote at rune i (普陀区老龄事业发展
// “十五五”规划(草案) 发布时间…: the title of the plan the page carries), or
// 0. The run holds only name runes, at least minSpecific of them after the
// place, and its place is a word of the segmenter that ends in a rune of an
// administrative division (普陀区, 湖南省). Within a sentence a field
// before the quote is too often a verb's object to be read (锚定“十四五”规划).
func (m *matcher) titleField(i int) int {
	rs := m.v.rs
	a := i
	for a > 0 && i-a <= maxRun && nameRune(rs[a-1]) {
		a--
	}
	if a > 0 && rs[a-1] != '\n' || i-a > maxRun || m.toks == nil {
		return 0
	}
	t := m.wordStarting(a)
	if t == nil || t.POS != "ns" {
		return 0
	}
	place, _ := slices.BinarySearch(m.v.start, int32(t.End))
	if !strings.ContainsRune(divisionRunes, rs[place-1]) || i-place < minSpecific || m.holds(place, i, kindVerb) || !m.free(a, i) {
		return 0
	}
	for k := m.tokenIx[t.End]; int(k) < len(m.toks) && m.toks[k].End <= int(m.v.start[i]); k++ {
		if isVerb(m.toks[k].POS) {
			return 0 // 广东省发展改革委组织召开省“十四五”规划: a headline's verb
		}
	}
	return i - a
}

// runOnContents reports whether rs opens with the contents or the first
// chapter of a document that a copy ran into the line of its title
// (“十五五”综合交通运输发展规划目录第一章…, …规划第一章规划背景).
func runOnContents(rs []rune) bool {
	return len(rs) > 0 && rs[0] == '第' && headingMarker(rs) > 0 || len(rs) > 1 && rs[0] == '目' && (rs[1] == '录' || rs[1] == '錄')
}

// periodPlan reads, at rune i after a plan period's closing quote, the
// field of a plan and its head word (规划, 计划, 纲要) that end the run of
// name runes: 现代流通体系建设规划. The field holds at least minSpecific
// runes, no verb of the dictionary and no time of the period (时期, 期间).
func (m *matcher) periodPlan(i int) (end int, cat string, ok bool) {
	lim := m.run(i, maxRun)
	if lim+1 < len(m.v.rs) && strings.ContainsRune("和与及", m.v.rs[lim]) && lim-i >= 2 && !m.holds(i, lim, kindPlan) {
		// “十五五”文化和旅游发展规划, “十五五”建设与发展规划: two fields of
		// one plan
		lim = m.run(lim+1, maxRun-(lim+1-i))
	}
	for k := i + minSpecific; k < lim; k++ {
		n := m.wordAt(k, lim, kindPlan)
		if n == 0 {
			continue
		}
		end, cat = k+n, m.v.str(k, k+n)
		for n2 := m.wordAt(end, lim, kindPlan); n2 > 0; n2 = m.wordAt(end, lim, kindPlan) {
			end, cat = end+n2, m.v.str(end, end+n2) // 规划纲要: the last plan word
		}
		if end != lim && !m.verbFollows(end) && m.wordAt(end, lim, kindVerb) == 0 && m.wordAt(end, lim, kindAttribute) == 0 && !runOnContents(m.v.rs[end:]) || m.holds(i, k, kindVerb) || m.hasPrefixAt(i, "时期") || m.hasPrefixAt(i, "期间") {
			// The plan goes on with a verb (“十三五”水利发展规划实施情况)
			// or what it sets (…教育发展规划目标任务); any other noun
			// makes the plan part of a longer name
			return 0, "", false
		}
		return end, cat, true
	}
	return 0, "", false
}

// planAfter reads, at rune i, a duration (三年, 5年) followed by the head
// words of an action or a plan (行动计划) and returns their end and the
// last head word, or false.
func (m *matcher) planAfter(i int) (end int, cat string, ok bool) {
	rs := m.v.rs
	j := i
	for j < len(rs) && j-i < 2 && smallDigit(rs[j], true) {
		j++
	}
	if j == i || j >= len(rs) || rs[j] != '年' {
		return 0, "", false
	}
	lim := m.run(j+1, m.e.maxWord*2)
	n := m.headAt(j+1, lim, strong)
	if n == 0 {
		return 0, "", false
	}
	end, cat = m.extend(j+1, n, lim, strong)
	return end, cat, m.verbHead(cat) || m.formal(cat)
}

// modifiedPlatform reports whether a quote whose runes are name, followed
// at rune after by a modifier of gap runes and the head word cat, names a
// platform: the brand of a platform a noun phrase describes (“亲清在线”数字
// 平台, 「點點投」數位生活點數平台), not a descriptor of a kind (“一站式”
// 人才服务平台, “航母级”科技创新平台).
func (m *matcher) modifiedPlatform(name []rune, cat string, after, gap int, pause bool) bool {
	if pause || gap == 0 || gap > 6 || cat != "平台" && cat != "平臺" || len(name) < 3 {
		return false
	}
	if strings.ContainsRune("级級式型性", name[len(name)-1]) {
		return false
	}
	return m.nominal(after, after+gap)
}

// actionPlanEnds reports whether the head word cat that ends at rune end
// is the 方案 or 计划 of an action: 行动方案, 行动计划.
func (m *matcher) actionPlanEnds(end int, cat string) bool {
	switch cat {
	case "方案", "计划", "計劃", "計畫":
	default:
		return false
	}
	return m.actionBefore(end - utf8.RuneCountInString(cat))
}

// endingHead returns the head word of any kind, or the word of kind long
// (方案, 政策), that ends name, the longest first, or "".
func (m *matcher) endingHead(name []rune) string {
	for n := min(len(name)-1, m.e.maxWord); n > 0; n-- {
		if w := m.e.lookup(name[len(name)-n:]); w != nil && (w.head != 0 || w.is(kindLong)) {
			return string(name[len(name)-n:])
		}
	}
	return ""
}

// strongCat reports whether the category cat is a head word that is not
// weak (体系 after 政策).
func (m *matcher) strongCat(cat string) bool {
	w := m.catWord(cat)
	return w != nil && w.head != 0 && w.head != kindWeak
}

// countBefore returns the length of a count of the items of a list (两大,
// 三项, 四个) that starts at rune i before a head word, or 0. Rune i is just
// after a closing quote; the count's noun may echo the quote's last rune
// (“…增效年”三个年活动).
func (m *matcher) countBefore(i int) int {
	rs := m.v.rs
	j := i
	for j < len(rs) && smallDigit(rs[j], true) {
		j++
	}
	if j == i || j+1 >= len(rs) || !strings.ContainsRune("大项个個", rs[j]) {
		return 0
	}
	if m.headAt(j+1, len(rs), anyHead) > 0 {
		return j + 1 - i
	}
	// “…提升年”“…增效年”“…强化年”三个年活动: the count's noun echoes the
	// quotes' last rune before the head word.
	if i >= 2 && j+2 < len(rs) && rs[j+1] == rs[i-2] && m.headAt(j+2, len(rs), anyHead) > 0 {
		return j + 2 - i
	}
	return 0
}

// endsHead returns the strong head word that ends name, or "": the
// shortest, so that the category is the final head noun.
func (e *Extractor) endsHead(name []rune) string {
	if w := e.endWord(name, func(w *word) bool { return w.head == kindHead }); w != nil {
		return string(w.rs)
	}
	return ""
}

// endsKind returns the word of kind kd (方案 and 政策 of kind long, 补助
// and 奖励 of kind grant) that ends name after at least minSpecific runes,
// or "".
func (e *Extractor) endsKind(name []rune, kd kind) string {
	if w := e.endWord(name, func(w *word) bool { return w.is(kd) }); w != nil && len(name)-len(w.rs) >= minSpecific {
		return string(w.rs)
	}
	return ""
}

// endWord returns the shortest word of the index for which ok holds that
// ends name and is shorter than it, or nil.
func (e *Extractor) endWord(name []rune, ok func(*word) bool) *word {
	for n := 1; n < len(name) && n <= e.maxWord; n++ {
		if w := e.lookup(name[len(name)-n:]); w != nil && ok(w) {
			return w
		}
	}
	return nil
}

// framed1 reports whether a verb frame (实施, 推出 …, maybe with 了) ends
// just before rune i.
func (m *matcher) framed1(i int) bool {
	if i > 0 && m.v.rs[i-1] == '了' {
		i--
	}
	for n := 1; n <= m.e.maxWord && n <= i; n++ {
		if w := m.e.lookup(m.v.rs[i-n : i]); w != nil && w.is(kindFrame) {
			return true
		}
	}
	return false
}

// maxFramedModifier is the longest modifier, in runes, of a quote that a
// verb frame governs past it (see framedPast).
const maxFramedModifier = 16

// framedPast reports whether a verb frame governs the quote that opens at
// rune i past a modifier: a phrase ending in 的 with no clause mark nor
// quote in it (推出面向初一年級學生的“…”), or one noun of the segmenter
// that is no verb's (实施棉花“种业振兴”, the field of the campaign).
func (m *matcher) framedPast(i int) bool {
	rs := m.v.rs
	if i == 0 {
		return false
	}
	if i > 1 && rs[i-1] == '的' {
		for p := i - 2; p > 0 && i-1-p <= maxFramedModifier; p-- {
			if !isHan(rs[p]) && !isAlnum(rs[p]) && rs[p] != '/' || clauseEnd(rs[p]) {
				return false
			}
			if m.wordStarting(p) != nil && m.framed1(p) {
				return true
			}
		}
		return false
	}
	b := i - 1
	for b > 0 && m.wordStarting(b) == nil {
		b--
	}
	t := m.wordStarting(b)
	if t != nil && b < i && t.End == int(m.v.end[i-1]) && strings.HasPrefix(t.POS, "n") && m.framed1(b) {
		return true
	}
	// 实施稳增长“百日攻坚”, 开展促消费“百日攻坚”: the aim of the campaign,
	// one or two words of a verb and its object (开展常态化“经济体检” says
	// how, a metaphor)
	if m.v.rs[i-1] == '化' {
		return false
	}
	for b, words := i, 0; b > 0 && i-b <= maxAimModifier && words < 2; words++ {
		p := b - 1
		for p > 0 && m.wordStarting(p) == nil {
			p--
		}
		t := m.wordStarting(p)
		if t == nil || !isHan(m.v.rs[p]) || !aimWordPOS(t.POS) || i-p > maxAimModifier {
			return false
		}
		b = p
		if words == 1 || m.toks != nil && t.POS == "v" {
			if m.framed1(b) && !m.holds(b, i, kindFrame) {
				return true
			}
		}
	}
	return false
}

// maxAimModifier is the longest aim, in runes, between a verb frame and
// the quote it governs (稳增长, 促消费).
const maxAimModifier = 4

// aimWordPOS reports whether a word of part of speech pos may stand in
// the aim a verb frame governs a quote past: verbs and nouns.
func aimWordPOS(pos string) bool {
	return pos == "v" || pos == "vn" || pos == "n"
}

// verbWell reports whether a verb of the segmenter and 好 end just before
// rune i: 统筹好“三个一批”, 抓好“六稳”, where what is to be done well is a
// task named in quotes (see graspedTask for verbs of one word).
func (m *matcher) verbWell(i int) bool {
	return i > 1 && m.v.rs[i-1] == '好' && m.afterVerb(i-1)
}

// endsClauseAt reports whether a quote that closes before rune i ends its
// clause there: the text ends, or a clause mark or a pause follows.
func (m *matcher) endsClauseAt(i int) bool {
	return i >= len(m.v.rs) || clauseEnd(m.v.rs[i]) || m.v.rs[i] == '、'
}

// graspingVerbs take up a task as one word of the segmenter, which
// verbWell cannot split: wellVerbs (抓好“三个一批”) and the verbs of
// grasping it (狠抓“三个一批”).
var graspingVerbs = slices.Concat(wellVerbs, []string{"狠抓", "紧抓", "抓实", "抓牢"})

// graspedTask reports whether quote q, a task one of graspingVerbs takes
// up, stands alone: it ends its clause or is listed with another (狠抓“三
// 个一批”,), since a quote these verbs take up as often modifies a noun
// (抓好“四上”企业, 做好“双语”教学工作), and a count of articles to write is
// a metaphor (做好“四篇文章”).
func (m *matcher) graspedTask(q *quote) bool {
	after := q.close + 1
	return m.wordEndsAt(q.open, graspingVerbs) && !strings.HasSuffix(q.name, "文章") &&
		(m.endsClauseAt(after) || m.joinsQuote(after))
}

// packageUnit reports whether r counts the measures of a package named by
// its count: 条 (科创九条) or, in Taiwan, 箭 (都更三箭, 教育革新三箭).
func packageUnit(r rune) bool { return r == '条' || r == '條' || r == '箭' }

// countName reports whether name is a package named by a count, such as
// 科创九条, 科创36条 or 都更三箭, and returns the count.
func (m *matcher) countName(name []rune) (int, bool) {
	n := len(name)
	if n < 3 || !packageUnit(name[n-1]) {
		return 0, false
	}
	u := n - 1 // where the count ends: before 支 of 5支箭
	if name[u] == '箭' && name[u-1] == '支' {
		u--
	}
	j := digitsBefore(name, 0, u, maxNumeral)
	if j == u || j == 0 && u == n-1 || j > 0 && (name[j-1] == '第' || isDigitRune(name[j-1])) {
		return 0, false
	}
	c := smallNumber(string(name[j:u]))
	return c, c > 0 && c <= maxPackage
}

// countedClasses are the class nouns that a quoted count names a package
// of (“三项机制”, “十大攻坚战”, “六大举措”), where after a quote of its own
// such a noun is only the kind of thing the quote names.
var countedClasses = []string{"机制", "機制", "攻坚战", "攻堅戰", "举措", "舉措"}

// countedClassEnd returns the word of countedClasses that ends name, or "".
func countedClassEnd(name []rune) string {
	s := string(name)
	for _, w := range countedClasses {
		if strings.HasSuffix(s, w) {
			return w
		}
	}
	return ""
}

// minYearName is the shortest name, in runes, that a year opening its
// quote leaves (「2025年度資助計劃」 is the year's page of a scheme named
// elsewhere).
const minYearName = 6

// runYear returns the length in runes of the year that opens rs, the
// year a scheme runs, when a name of at least minYearName runes, opening
// with Han runes, follows it: three or four Arabic digits and 年度
// (111年度, 2024年度), or three and 年 (113年, a year of the Republic of
// China), maybe the first and the last year (111-116年); or 0. A year of four digits and 年 is as often a goal's
// (2030年淨零排放).
func runYear(rs []rune) int {
	d := 0
	for d < len(rs) && d < 4 && rs[d] >= '0' && rs[d] <= '9' {
		d++
	}
	digits := d
	if d >= 3 && d+1 < len(rs) && strings.ContainsRune("-－~～至", rs[d]) {
		// 「111-116年生活圈道路交通系統建設計畫」: the years a scheme runs,
		// from its first to its last
		e := d + 1
		for e < len(rs) && e-d-1 < 4 && rs[e] >= '0' && rs[e] <= '9' {
			e++
		}
		if e-d-1 == d {
			d = e
		}
	}
	n := 0
	switch {
	case digits >= 3 && d+2 <= len(rs) && string(rs[d:d+2]) == "年度":
		n = d + 2
	case digits == 3 && d < len(rs) && rs[d] == '年':
		n = d + 1
	}
	if n == 0 || len(rs)-n < minYearName || !isHan(rs[n]) || !isHan(rs[n+1]) {
		return 0
	}
	return n
}

// packageNouns are the nouns of a package of measures, which a quoted
// count of its articles may modify (「18條」措施).
var packageNouns = []string{"措施", "举措", "舉措", "政策"}

// bareArticles reports whether name is a count of articles alone (18条,
// 十条) and returns the count, which is at least 2 and at most
// maxPackage.
func bareArticles(name []rune) (int, bool) {
	n := len(name)
	if n < 2 || name[n-1] != '条' && name[n-1] != '條' {
		return 0, false
	}
	c := smallNumber(string(name[:n-1]))
	return c, c >= 2 && c <= maxPackage
}

// smallNumber parses a count written in Arabic digits or Chinese numerals
// (九, 十, 二十三, 36) with package numeral; it returns 0 for anything that
// is not a positive whole number of a plausible size.
func smallNumber(s string) int {
	if s == "" {
		return 0
	}
	v, err := numeral.Parse(s)
	if err != nil || !v.IsInt() || v.Sign() <= 0 || v.Num().BitLen() > 20 {
		return 0
	}
	return int(v.Num().Int64())
}

// leading returns the count of a name such as 三项 or 三大, or 0.
func (m *matcher) leading(name string) int {
	if !hasCountPrefix(name) {
		return 0
	}
	return leadingCount(name)
}

// leadingCount returns the count that starts name (三项改革 → 3), or 0.
func leadingCount(name string) int {
	end := strings.IndexFunc(name, func(r rune) bool { return !isDigitRune(r) })
	if end <= 0 {
		return 0
	}
	return smallNumber(name[:end])
}

// builtQuote reports whether name, quoted before 建设, may name a
// programme being built: three runes at least, no count opening it, no
// rank, no epithet of the world's or of a city's and no life aimed at
// (“幸福生活”).
func builtQuote(name []rune) bool {
	s := string(name)
	return len(name) >= 3 && !smallDigit(name[0], true) && !strings.Contains(s, "第一") && !strings.Contains(s, "冠军") &&
		!startsWithAny(s, []string{"世界", "全球", "国际"}) && !strings.HasSuffix(s, "之城") && !strings.HasSuffix(s, "生活")
}

// maxSection is the longest section of works, in runes, named after them
// (林芝段, 墨脱至察隅段).
const maxSection = 6

// worksSection reports whether rest, the runes after the head word cat,
// names a section of the works: a place and 段 (…改造工程林芝段).
func worksSection(cat string, rest []rune) bool {
	n := len(rest)
	return cat == "工程" && n >= 2 && n <= maxSection && rest[n-1] == '段' && isHan(rest[0]) && !slices.ContainsFunc(rest, isDigitRune)
}

// periodOfPlan reports whether the words at rune i, right after a plan
// period's 规划, make it the time the plan covers: 期内, 期间, 期末
// (在“十四五”规划期内统筹考核).
func (m *matcher) periodOfPlan(i int) bool {
	for _, w := range []string{"期内", "期间", "期末", "期間"} {
		if m.hasPrefixAt(i, w) {
			return true
		}
	}
	return false
}

// clauseOpeners are the words that open a clause or a phrase, never a
// programme's name, after a verb frame, the kinds of document whose name
// never opens a programme's (…的实施意见和行动计划), and the words of a
// period's time (“十四五”时期重点工程 is the period's class of works).
const clauseOpeners = "并 向 关于 關於 对于 對於 意见 意見 通知 办法 辦法 时期 時期 期间 期間"

// secondVerbs are the verbs that may follow a verb frame before the
// programme it introduces (制定完善领军人才培养计划, 编制完成…投资计划).
// 促进 and 推进 are none: they open names (促进中部地区崛起规划), and so
// does 优化 after a frame that carries a programme out rather than drafts
// one (实施优化营商环境中长期行动计划; see draftingFrame).
const secondVerbs = "完善 健全 优化 優化 完成"

// draftingFrames are the verb frames that draft a programme rather than
// carry one out.
var draftingFrames = []string{"制定", "制订", "制訂", "编制", "編制", "组织编制", "組織編制", "修订", "修訂"}

// draftingFrame reports whether the verb frame in the runes [a, b) is one
// of draftingFrames.
func (m *matcher) draftingFrame(a, b int) bool {
	return m.wordLength(a, draftingFrames) == b-a
}

// buildingVerb reports whether the verb of n runes at rune i asks for
// building (加快建设, 规划建设).
func (m *matcher) buildingVerb(i, n int) bool {
	return n > 2 && (m.hasPrefixAt(i+n-2, "建设") || m.hasPrefixAt(i+n-2, "建設"))
}

// hasPrefixAt reports whether the runes from i on spell p.
func (m *matcher) hasPrefixAt(i int, p string) bool {
	rs := m.v.rs
	for _, r := range p {
		if i >= len(rs) || rs[i] != r {
			return false
		}
		i++
	}
	return true
}

// framed finds unquoted programmes after a verb frame, and those
// coordinated with them: 实施种业振兴行动, 实施科教兴国战略、人才强国战略.
func (m *matcher) framed() {
	rs := m.v.rs
	for i := 0; i < len(rs); i++ {
		n := m.wordAt(i, len(rs), kindFrame)
		if n == 0 {
			if n = m.wordAt(i, len(rs), kindVerb); n > 0 && (!m.endsWord(i+n-1) || m.knownStartsAt(i)) {
				// 规范化改造100处农村老旧供水工程: 规范 begins the word 规范化,
				// no verb; nor does 扩大 that begins a known programme
				// (推動擴大社會安全網旗艦型計畫)
				n = 0
			}
			if n > 0 && m.buildingVerb(i, n) && m.inTitle(i) {
				// 《加快建设交通强国重大工程和重大项目》: a title saying
				// what is to be built is a document's, its works no name
				n = 0
			}
			if n > 0 {
				// After a verb only a list closed by 等 or a count:
				// 推进天然林保护、退耕还林、防沙治沙等重点生态工程建设.
				if i+n < len(rs) && (rs[i+n] == '了' || rs[i+n] == '好' && m.wordStarts(i+n, 1)) {
					n++ // 先后提出了科教兴国、依法治国战略; 落实好国家粮食安全战略 (好 a word of its own, not of 好处)
				}
				if m.wordAt(i+n, len(rs), kindFrame) > 0 {
					i += n - 1 // 通过实施水安全保障、…等行动: the frame that follows reads it
				} else if end, ok := m.list(i+n, false); ok {
					i = end - 1
				} else if end, ok := m.verbProgramme(i+n, false); ok {
					i = end - 1
				} else if end, ok := m.countProgramme(i + n); ok {
					m.chain(end, minSpecific)
					i = end - 1 // 扎实推进十大重点节能工程、千家企业节能行动
				} else if end, ok := m.placeWork(i + n); ok {
					i = end - 1 // 推进黄河小浪底水利枢纽工程建设
				} else if end, ok := m.reformPilot(i + n); ok {
					i = end - 1 // 深化能源革命综合改革试点
				}
			} else if end, ok := m.openedGrant(i); ok {
				i = end - 1 // 開辦祝你好孕補助: a grant a county opens
			} else if n := m.listVerbAt(i); n > 0 && m.endsWord(i+n-1) {
				// 爭取高鐵延伸宜蘭、台62線延伸…等計畫: a verb after which
				// only a list closed by 等 or a count is read (争取…纳入国家
				// 规划 is a goal)
				if end, ok := m.list(i+n, false); ok {
					i = end - 1
				}
			} else if end, ok := m.leadingProgramme(i); ok {
				m.chain(end, minSpecific)
				i = end - 1 // 以自贸试验区提升战略为引领
			} else if end, ok := m.leadingList(i); ok {
				i = end - 1 // 以对标一流管理提升、…等5个专项行动为支撑
			} else if end, ok := m.countProgramme(i); ok {
				m.chain(end, minSpecific)
				i = end - 1 // 加快十大重点节能工程实施进度
			} else if m.clauseStart(i) {
				if end, ok := m.verbProgramme(i, true); ok {
					i = end - 1 // 。农村中小学现代远程教育工程已投入80亿元
				} else if end, ok := m.verblessList(i); ok {
					i = end - 1 // 。天然林保护、退耕还林等重点生态工程进展顺利
				} else if end, ok := m.placeWork(i); ok {
					i = end - 1 // 。长江三峡水利枢纽二期工程即将完成
				} else if end, ok := m.sharedTail(i, m.carriedOut); ok {
					i = end - 1 // 。大气、水、土壤污染防治行动计划深入实施
				} else if end, ok := m.carriedClause(i); ok {
					i = end - 1 // 。基础教育扩优提质行动启动实施: as after a comma
				}
			} else if end, ok := m.carriedSubject(i); ok {
				i = end - 1 // ,十万学生饮食放心工程深入实施
			} else if m.joinStart(i) {
				if end, ok := m.verblessList(i); ok {
					i = end - 1 // 污染防治和天然林保护、退耕还林还草、防沙治沙等重点生态工程
				} else if end, ok := m.placeWork(i); ok {
					i = end - 1 // 长江三峡工程以及黄河小浪底水利枢纽工程
				}
			} else if i > 0 && (rs[i-1] == '的' || rs[i-1] == '、') || m.afterVerb(i) || i > 1 && rs[i-1] == '中' && rs[i-2] == '其' {
				if end, ok := m.placeWork(i); ok {
					// 举世瞩目的长江三峡工程, 抓紧黄河小浪底水利枢纽工程建设,
					// (其中南北山绿化工程43万亩); a list goes on after it
					// (宿鸭湖蓄洪工程、油洺河治理工程)
					m.chain(end, minSpecific)
					i = end - 1
				}
			}
			continue
		}
		j := i + n
		lastA, lastB := i, i+n // the last frame read
		for {
			if j < len(rs) && (rs[j] == '了' || rs[j] == '好' || rs[j] == '出' && m.draftingFrame(lastA, lastB) && !m.inWord(j)) {
				j++ // 实施了, 实施好, 制定出
			}
			n2 := m.wordAt(j, len(rs), kindFrame)
			if n2 == 0 && j+1 < len(rs) && (rs[j] == '并' || rs[j] == '和' || rs[j] == '与') {
				// 制定并实施, 制定与实施, 制定并有序实施: maybe an adverb
				// of two runes before the second frame
				for skip := 0; skip <= 2 && n2 == 0; skip++ {
					if n2 = m.wordAt(j+1+skip, len(rs), kindFrame); n2 > 0 {
						j += 1 + skip
					}
				}
			}
			if n2 == 0 {
				break
			}
			lastA, lastB = j, j+n2
			j += n2
		}
		for _, v := range m.e.words.secondVerbs {
			if m.hasPrefixAt(j, v) && (m.draftingFrame(lastA, lastB) || !strings.HasPrefix(v, "优") && !strings.HasPrefix(v, "優")) {
				j += utf8.RuneCountInString(v) // 制定完善: the second verb is no part of the name
				break
			}
		}
		// 实施包括乡村振兴工程、…在内的十大工程: 包括 opens a list of
		// items, no part of a name; an item that opens with a verb is what
		// is done (推出包括发放文化和旅游消费券、…等多种惠民措施), no name
		if m.hasPrefixAt(j, "包括") || m.hasPrefixAt(j, "包含") {
			j += 2
			if t := m.wordStarting(j); t != nil && t.POS != "" && t.POS[0] == 'v' && t.POS != "vn" {
				i = max(i, j-1)
				continue
			}
		}
		if j < len(rs) && (rs[j] == '至' || rs[j] == '到') {
			i = max(i, j-1) // 新青安貸款實施至9月底累計核貸: carried out until a time, no programme after it
			continue
		}
		if j+1 < len(rs) && rs[j] == '的' && nameRune(rs[j+1]) {
			// 在今年出台的上海优化营商环境8.0版行动方案中: the programme the
			// frame's clause describes, named whole (not a year's plan:
			// 去年制订的一九七九年国民经济计划; a known one is read as known)
			if f, ok := m.bareProgramme(j + 1); ok && !m.commonScheme(f) && m.specific(f, minFormal) && !hasYear(f.name) && !m.knownStartsAt(j+1) {
				m.add(f)
				j = f.b
			}
			i = max(i, j-1)
			continue
		}
		if f, ok := m.bareProgramme(m.skipRounds(m.skipMoney(m.skipAmount(m.skipYears(j))))); ok && !m.commonScheme(f) {
			m.add(f)
			m.chain(f.b, 0)
			j = f.b
		} else if end, ok := m.sharedTail(j, nil); ok {
			j = end // 实施大气、水、土壤污染防治行动计划
		} else if end, ok := m.list(j, true); ok {
			j = end
		} else if end, ok := m.afterModifier(j); ok {
			j = end // 开展以除害灭病为中心的爱国卫生运动
		}
		i = max(i, j-1)
	}
}

// afterModifier reads, after a verb frame that ends at rune j, an
// unquoted programme past a modifier that ends in 的: 开展群众性的爱国卫生
// 运动, 开展一个以高产优质为中心的增产节约运动. The modifier holds no
// punctuation (its particles, such as 以…为, may stand in it) and is at
// most maxModifier runes long. The name after it is specific and joins no
// two fields; it is at least minSpecific runes long, or minFormal for a
// formal plan, as after a mere verb (前瞻引领的人才发展规划 is a plan of a
// field).
func (m *matcher) afterModifier(j int) (int, bool) {
	rs := m.v.rs
	d := j
	for d < len(rs) && d-j < maxModifier && rs[d] != '的' && (nameRune(rs[d]) || stop(rs[d]) && rs[d] != '、') {
		d++
	}
	if d >= len(rs) || rs[d] != '的' || d == j {
		return 0, false
	}
	f, ok := m.bareProgramme(d + 1)
	if !ok {
		return 0, false
	}
	least := minSpecific
	if m.formal(f.cat) {
		least = minFormal // 制定前瞻引领的人才发展规划: a plan of a field
	}
	if !m.specific(f, least) || strings.ContainsAny(f.name, "和与及") {
		return 0, false // 制定的生产和建设计划: two fields of one plan
	}
	m.add(f)
	return f.b, true
}

// congressWords follow a party congress named by its ordinal and 大 (二十大
// 报告, 十九大精神), which counts no programmes.
var congressWords = []string{"报告", "精神", "以来", "会议", "代表", "召开", "報告", "以來", "會議"}

// countProgramme reads, at rune i and without a verb frame, programmes
// named with their count (十大重点节能工程): a count in Chinese numerals
// not inside a longer number, 大, at least minBare runes of name and a
// strong head word, which may be followed by more text (十大重点节能工程
// 实施进度). 三大战略 has no name and is none. It returns the end of the
// mention.
func (m *matcher) countProgramme(i int) (int, bool) {
	rs := m.v.rs
	if i >= len(rs) || !smallDigit(rs[i], false) || i > 0 && isDigitRune(rs[i-1]) {
		return 0, false
	}
	j := i
	for j < len(rs) && smallDigit(rs[j], false) && j-i < maxNumeral {
		j++
	}
	if j >= len(rs) || rs[j] != '大' {
		return 0, false
	}
	if j+1 < len(rs) && strings.ContainsRune("批群类", rs[j+1]) {
		return 0, false // 集聚一大批坚决拥护改革的人才: a large class, no count of programmes
	}
	if m.knownOver(i) {
		return 0, false // AI新十大建設計畫: the count is part of a known programme's name, read with it
	}
	if m.wordStartsAt(j+1, congressWords) {
		return 0, false // 落实二十大报告战略部署: a party congress, no count of programmes
	}
	lim := m.run(j+1, maxRun)
	for k := j + 1 + minBare; k < lim; k++ {
		if k+2 == lim && (m.hasPrefixAt(k, "建设") || m.hasPrefixAt(k, "建設")) && m.free(i, lim) && slices.Contains(worksFields, m.v.str(j+1, k)) && !m.startsInsideWord(i) {
			// 規劃新竹縣十大交通建設: public works counted as a package, named
			// by the count and their field (五大建设 alone counts them, 六大
			// 片区建设 builds zones, 全国统一大市场建设 a goal)
			c := smallNumber(m.v.str(i, j))
			if c == 0 {
				return 0, false
			}
			m.add(mention{a: i, b: lim, name: m.v.str(i, k), cat: m.v.str(k, lim), count: c})
			return lim, true
		}
		if m.headAt(k, lim, anyHead) > 0 && m.headAt(k, lim, strong) == 0 {
			return 0, false // 五大发展理念体系: another noun first
		}
		n := m.headAt(k, lim, strong)
		if n == 0 {
			continue
		}
		end, cat := m.extend(k, n, lim, strong)
		c := smallNumber(m.v.str(i, j))
		if c == 0 || !m.free(i, end) || m.clause(j+1, k) || m.holds(j+1, k, kindVerb) {
			return 0, false // 党的十九大报告中提出实施健康中国战略: a congress and a clause, no count of programmes
		}
		m.add(mention{a: i, b: end, name: m.v.str(i, k), cat: cat, count: c})
		return end, true
	}
	return 0, false
}

// classOpeners open the class of programmes after 等 that one item before
// it belongs to (引大济岷等重大水利工程).
var classOpeners = []string{"重大", "重点", "一批", "各类", "多项", "系列"}

// itemOfClass reads, at the run of name runes [j, lim) that 等 ends, one
// item of a class of programmes: 等, one of classOpeners, a field and a
// strong head word ending the run after it (引大济岷等重大水利工程). The
// item, of at least minBare runes with no verb of the dictionary, is named
// with the class's head word, as the last item of a list closed by 等 is.
func (m *matcher) itemOfClass(j, lim int) (mention, bool) {
	rs := m.v.rs
	if lim >= len(rs) || rs[lim] != '等' || lim-j < minBare || m.holds(j, lim, kindVerb) {
		return mention{}, false
	}
	c := lim + 1
	n := m.wordLength(c, classOpeners)
	if n == 0 {
		return mention{}, false
	}
	e := m.run(c, maxRun)
	for k := c + n; k < e; k++ {
		if h := m.headAt(k, e, strong); h > 0 {
			end, cat := m.extend(k, h, e, strong)
			if end != e || !m.free(j, end) {
				return mention{}, false
			}
			return mention{a: j, b: end, name: m.v.str(j, lim), cat: cat}, true
		}
	}
	return mention{}, false
}

// countOfKind reports whether name opens with a count of things (两个,
// 三个) and holds no other numeral, or with a vague one (多个, 几项): the
// count of programmes of a kind (兩個專項實習), no name (三个一批 names
// what it counts).
func countOfKind(name []rune) bool {
	if len(name) > 2 && (name[0] == '多' || name[0] == '几') && (name[1] == '个' || name[1] == '项') {
		return true // 多個青年國際及內地交流計劃: some programmes of a kind
	}
	d := 0
	for d < len(name) && smallDigit(name[d], true) {
		d++
	}
	if d == 0 || d+1 >= len(name) || name[d] != '个' {
		return false
	}
	return !slices.ContainsFunc(name[d+1:], func(r rune) bool { return smallDigit(r, true) || isDigitRune(r) })
}

// isWordOf reports whether the runes [a, b) are one of words.
func (m *matcher) isWordOf(a, b int, words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return utf8.RuneCountInString(w) == b-a && m.hasPrefixAt(a, w) })
}

// planKinds are the words that alone before a head word name a kind of
// plan, no plan: 发展规划, 总体规划, 国土空间规划.
var planKinds = []string{"发展", "总体", "整体", "详细", "空间", "国土空间", "控制性详细"}

// properNameOver reports whether the word of the segmenter starting at
// rune i is a proper name longer than n runes: the n runes open a place's
// name (向家坝), not a clause.
func (m *matcher) properNameOver(i, n int) bool {
	t := m.wordStarting(i)
	if t == nil || utf8.RuneCountInString(m.tokenText(*t)) <= n {
		return false
	}
	switch t.POS {
	case "nr", "ns", "nt", "nz":
		return true
	}
	return false
}

// bareProgramme reads an unquoted programme starting at rune j: a name
// ending in a strong head word at the end of its run. It returns the
// mention, whose runes are free, for the caller to add when its own rules
// hold.
func (m *matcher) bareProgramme(j int) (mention, bool) {
	for _, w := range m.e.words.clauseOpeners {
		if m.hasPrefixAt(j, w) && !m.properNameOver(j, utf8.RuneCountInString(w)) {
			return mention{}, false // 制定并向社会公布年度住房建设计划, 提出关于…计划的报告
		}
	}
	// A year before the name (2023年青年就业创业推进计划) is no part of it
	// and does not count against its length.
	longest := maxRun + m.skipYear(j) - j
	lim := m.run(j, longest)
	if e := m.run(j, longest+2); lim-j == longest && e > lim && (m.hasPrefixAt(e-4, "专项行动") || m.hasPrefixAt(e-4, "專項行動")) && m.lastEtc(j, e) < 0 {
		lim = e // 开展冬季安全生产大排查大整治大检查专项行动: a head word of four runes takes two more (not past 等: …推进工程等六个专项行动)
	}
	if f, ok := m.itemOfClass(j, lim); ok {
		return f, true // 开工建设引大济岷等重大水利工程: one item of a class of works
	}

	// 和 or 与 inside a name (保护和修复重大工程) when what precedes it is
	// not itself a programme (科教兴国战略和人才强国战略, 区域协调发展和
	// 新型城镇化战略). So is 等 (湿地等生态保护与恢复工程).
	for lim < len(m.v.rs) && lim-j < longest && inner(m.v.rs[lim]) && lim > j && !countedEnd(m.v.rs[j:lim]) && (m.e.endsHead(m.v.rs[j:lim]) == "" && !m.endsLong(j, lim) && !m.knownAt(j, lim) && !m.twoItems(j, lim) || m.coordinatedHead(j, lim) || m.knownAcross(j, lim)) {
		lim = m.run(lim+1, longest-(lim+1-j))
	}
	if p := m.lastEtc(j, lim); p > j && m.e.endsHead(m.v.rs[j:p]) != "" && countedClass(m.v.rs[p+1:lim]) {
		lim = p // 启动了…、百项技术创新推进工程等六个专项行动: a name ends before 等 and the count of the class it is one of
	}
	if y := m.skipYear(j); y < lim {
		if n := m.wordAt(y, lim, kindLead); n > 0 {
			j = y + n // 新一轮, 2023年我国: no part of the name
		}
	}
	if p := m.skipPhase(j); p+minBare < lim {
		j = p // 第7期離島綜合建設實施方案: a phase, as a round, is no part of the name
	}
	for k := j + minBare; k < lim; k++ {
		hw := m.headWord(k, lim, strong)
		if k-j >= minLong && m.v.rs[k-1] != '新' {
			// 中等职业教育免学费政策, not 人才发展新政策; 专项工作 over 专项
			if lw := m.find(k, lim, kindLong); lw != nil && (hw == nil || len(lw.rs) > len(hw.rs)) {
				hw = lw
			}
		}
		if hw == nil {
			continue
		}
		n := len(hw.rs)
		end, cat := m.extend(k, n, lim, strong)
		if c := utf8.RuneCountInString(cat); end-c > k+n && reformField(string(hw.rs)) && !pilot(cat) {
			// 高等教育综合改革试点工程: the works of a reform's pilot; the
			// reform and its pilot are what the works is of, part of its name
			k, n = end-c, c
		}
		extended := end > k+n // 规划纲要: more than one head word
		count, nameEnd := 0, k
		if pilot(cat) && extended && m.v.str(k, end-2) != "改革" {
			// 山水林田湖草生态保护修复工程试点: the works is the programme,
			// the pilot what it funds
			end, cat = end-2, m.v.str(k, end-2)
			extended = end > k+n
		}
		work := 0 // the 工作 after a pilot, read with it but no part of its mention
		if pilot(cat) {
			nameEnd = end - 2 // 农村集体产权制度改革试点: the reform is what is piloted
			if m.hasPrefixAt(end, "工作") {
				end, work = end+2, 2 // 开展中小企业数字化转型城市试点工作: the work of the pilot
				if m.run(end, 1) == end {
					lim = end // the run's limit may fall inside 工作
				}
			}
		}
		if end < lim && arabicDigits(m.v.rs[end:]) > 0 && !versionAt(m.v.rs[end:]) && !yearAt(m.v.rs[end:]) {
			lim = end // 实施黑土地保护工程10万亩: the figure of what is done under it
		}
		if v := versionLength(m.v.rs[end:]); v > 0 && end+v >= lim {
			// 擬定新世代打詐行動綱領2.0: the version names a round of the
			// programme, head word and all (as the scheme reader has it)
			end, nameEnd, lim = end+v, end+v, end+v
		}
		if end != lim && m.verbFollows(end) && m.e.endsHead(m.v.rs[j:lim]) != "" && !slices.ContainsFunc(m.v.rs[end:lim], inner) {
			continue // 实施乡村旅游规划引领行动: the run ends in a head word of its own, and the plan before the verb is part of its name
		}
		if end != lim {
			// 新型城镇化战略五年行动计划, 国企改革三年行动: a plan of some
			// years (or items) for what the head word names. The name is
			// what it is for, head word included; the count is no part
			// of it.
			if c2, n2, ok := m.countedHeads(end, lim); ok {
				nameEnd, end, cat, count = end, lim, c2, n2
			} else if k-j >= minSpecific && worksSection(cat, m.v.rs[end:lim]) {
				// 推进G318线提质改造工程林芝段: the section of the works
				// under way, no part of its name
			} else if k-j < minSpecific || !m.withinFollows(end) && (!m.formal(cat) && !(m.verbHead(cat) && m.verbFollows(end) && m.e.endsHead(m.v.rs[j:lim]) == "" && !m.endsLong(j, lim)) || !m.verbFollows(end) && !m.timeFollows(end) && m.wordAt(end, lim, kindAttribute) == 0 && !m.sitesAt(end)) {
				// 规划纲要提出的目标任务, 产业基础再造工程项目: a formal plan
				// goes on with a verb or a time (…计划今日邀请), or modifies a
				// noun of what it sets or funds. A strategy does not (第三步
				// 战略目标 is a goal). Any programme may end in the course
				// of which something is done (在实施全面振兴新突破三年行动中).
				continue
			}
		}
		a, ok := m.trimGeneric(j, k)
		if w := m.e.lookup(m.v.rs[a:k]); w != nil && (w.head != 0 || w.is(kindFrame) || w.is(kindVerb) || w.is(kindLong) || w.is(kindPlan)) {
			ok = false // 实施建设规划, 透過綜合發展實施方案計劃: a head word or a verb is no name
		}
		if m.isWordOf(a, k, planKinds) || countOfKind(m.v.rs[a:k]) {
			ok = false // 编制发展规划, 编制总体规划: a kind of plan, no name; 推出兩個專項實習計劃: a count of schemes
		}
		if m.frameInside(a, k) {
			ok = false
		}
		if (cat == "战略" || cat == "戰略") && m.classOfStrategies(a, k) {
			ok = false // 实施国家重大区域战略: a class of strategies, no name
		}
		if cat == "方案" && (m.hasPrefix(k, "解决") || m.hasPrefix(k, "解決")) {
			ok = false // 推广一批数字化转型典型模式和解决方案: solutions, no plan
		}
		if k-a <= minBare && extended && hw.is(kindFormal) {
			ok = false // 编制实施发展规划纲要: a two-rune word before a plan's compound head is its field, no name
		}
		if p := m.lastEtc(a, k); p >= 0 && (k-(p+1) < minItem || countedClass(m.v.rs[p+1:k])) {
			// 出台鼓励民间投资等政策: 等 closes what the policies are for, a
			// class; so does a count of items after it (唐山陡河水库等18个
			// 大型水利工程)
			ok = false
		}
		if t := m.wordStarting(k - 1); strings.ContainsRune("和与及或", m.v.rs[k-1]) && t != nil && t.POS == "c" && m.wordStarts(k-1, 1) {
			ok = false // 完成地下段發包和工程: 和 joins the works to what precedes, no name ends in it
		}
		if m.hasPrefix(k, "若干") {
			ok = false // 印发进一步推动经济高质量发展若干政策的通知: several policies, a document of measures
		}
		if field, work := strings.CutSuffix(m.v.str(a, k), "工作"); work && (cat == "方案" || cat == "计划") && !specificWork([]rune(field)) && !hasYear(field) {
			ok = false // 分别制定稳增长工作方案: the work plans of a task, no programme (as in a title)
		}
		if cat == "方案" && (strings.HasSuffix(m.v.str(a, k), "分工") || strings.HasSuffix(m.v.str(a, k), "分解")) {
			ok = false // 印发2019年…工作主要任务分工方案: how an office shares out its tasks, no programme (as in a title)
		}
		if m.relativeSuo(a, k) {
			ok = false // 本條例所列計畫: the plans a law lists, no name
		}
		if m.holdsTimeFrame(a, k) {
			ok = false // 下一階段行動計劃, 未來規劃, 年度執行計畫: the plan of a time, no name
		}
		if !ok || !m.free(a, end) {
			return mention{}, false
		}
		name := m.v.str(a, nameEnd)
		if pilot(cat) {
			name = m.v.str(m.skipYear(a), nameEnd) // 开展2017年制造业与互联网融合发展试点: the year's round of the pilot
		}
		if count == 0 {
			count = m.leading(name)
		}
		if c, n := m.trailingCount(a, k); c > 0 && nameEnd == k {
			if m.loneVerb(a, k-n) {
				return mention{}, false // 深化九项改革: what is done to a count of reforms, no name
			}
			// 产业载体能力提升五项行动, 卫生健康现代化建设九大行动: the
			// package of a field is named by the field and its count, as
			// annotators name it (50 entries against 4); but a count of
			// the list the name ends (“一带一路”建设、京津冀协同发展、长江
			// 经济带发展三大战略) is no part of the last item's name
			count = c
			if a > 0 && m.v.rs[a-1] == '、' && m.itemsBefore(k-n) == c {
				name = m.v.str(a, k-n)
			}
		} else if n := m.trailingYears(a, k); n > 0 && nameEnd == k {
			name = m.v.str(a, k-n) // 学前教育三年行动计划: the duration is no part of the name
		} else if n := m.trailingYears(a, k-2); n > 0 && nameEnd == k && (m.hasPrefixAt(k-2, "攻坚") || m.hasPrefixAt(k-2, "攻堅")) {
			name = m.v.str(a, k-2-n) + m.v.str(k-2, k) // 制造强市三年攻坚行动: the duration is no part of the name
		} else if n := m.trailingPhase(a, k); n > 0 && nameEnd == k {
			name = m.v.str(a, k-n) // 南水北调东线一期工程: the phase is no part of the name
		}
		if base, ok := cutNational(name); ok && m.verbHead(cat) {
			// 积极应对人口老龄化国家战略: the nation's strategy of its aim;
			// 服务国家战略 serves them all, 创新型国家 and 现代化国家 are aims
			if utf8.RuneCountInString(base) < minSpecific || strings.HasSuffix(base, "型") || strings.HasSuffix(base, "现代化") {
				return mention{}, false
			}
			name = base
		}
		return mention{a: a, b: end - work, name: name, cat: cat, count: count}, true
	}
	return mention{}, false
}

// skipPhase returns the rune after a phase or round that opens at rune j
// (第7期, 第二轮), as phaseBefore reads one, or j when none does. A batch
// (第一批) is a class of items, no phase.
func (m *matcher) skipPhase(j int) int {
	rs := m.v.rs
	if j >= len(rs) || rs[j] != '第' {
		return j
	}
	for d := j + 2; d < len(rs) && d-j <= maxNumeral+1; d++ {
		if phaseBefore(rs[:d+1]) == d+1-j {
			return d + 1
		}
	}
	return j
}

// worksFields are the fields of public works a package counted by 大
// names (十大交通建设, 十大基础建设).
var worksFields = []string{"交通", "基础", "基礎", "水利", "公共", "基础设施", "基礎設施", "交通基础", "交通基礎"}

// countedClass reports whether rs opens with a count of items, digits or
// Chinese numerals and a measure word (18个, 三项, 五大): the class a list
// closed by 等 belongs to.
func countedClass(rs []rune) bool {
	j := 0
	for j < len(rs) && (isDigitRune(rs[j]) || smallDigit(rs[j], true)) {
		j++
	}
	return j > 0 && j < len(rs) && strings.ContainsRune("个项大类批座条", rs[j])
}

// wellVerbs are the verbs of doing a task well, one word each.
var wellVerbs = []string{"做好", "抓好", "搞好", "用好", "管好"}

// doingWell are wellVerbs and 进行 (to carry out), which stand in no name
// (推进 may: 全面推进依法行政实施纲要).
var doingWell = slices.Concat(wellVerbs, []string{"进行"})

// holdsDoingWell reports whether one of doingWell starts in the runes [a,
// b), as a word of the segmenter where it ran.
func (m *matcher) holdsDoingWell(a, b int) bool {
	for k := a; k < b; k++ {
		if n := m.wordLength(k, doingWell); n > 0 && (m.toks == nil || m.wordStarts(k, n)) {
			return true // a word of its own: 推进行动 holds 进行 across two words
		}
	}
	return false
}

// schemeHeads are the head words of a scheme of promotion that a quote
// names (「療癒城鄉」推動計畫, see classify).
var schemeHeads = []string{"计划", "计画", "方案"}

// measureNouns are the nouns a list of quoted measures is closed by.
var measureNouns = []string{"措施", "举措", "政策", "方案"}

// measuresClose reports whether 等, a count of items and one of
// measureNouns stand at rune i, closing a list of quotes: 「A」、「B」及「C」
// 等4項措施 lists measures by name, however long.
func (m *matcher) measuresClose(i int) bool {
	if !m.hasPrefixAt(i, "等") {
		return false
	}
	i++
	if n := arabicDigits(m.v.rs[min(i, len(m.v.rs)):]); n > 0 && i+n < len(m.v.rs) && strings.ContainsRune("项个大", m.v.rs[i+n]) {
		i += n + 1
	}
	return m.wordLength(i, measureNouns) > 0
}

// headWordsOnly reports whether name is made of head words alone
// (规划纲要, 行动计划): what is left when its head words are cut off its end
// one by one is nothing.
func headWordsOnly(e *Extractor, name []rune) bool {
	for len(name) > 0 {
		h := e.endsHead(name)
		if h == "" {
			w := e.lookup(name)
			return w != nil && (w.head != 0 || w.is(kindPlan) || w.is(kindLong) || w.is(kindFormal)) // 规划 of 规划纲要
		}
		name = name[:len(name)-utf8.RuneCountInString(h)]
	}
	return true
}

// labelMeasures are the measure words of a count of the items a label
// names (20项, 3款; the view folds 項 and 個).
const labelMeasures = "项个款批类"

// labelCounted reports whether a count in Arabic digits and one of
// labelMeasures, then no name rune, stand at rune i: “数智优品”20项, the
// items a label names, counted.
func (m *matcher) labelCounted(i int) bool {
	rs := m.v.rs
	n := arabicDigits(rs[min(i, len(rs)):])
	if n == 0 || i+n >= len(rs) || !strings.ContainsRune(labelMeasures, rs[i+n]) {
		return false
	}
	return i+n+1 == len(rs) || !nameRune(rs[i+n+1])
}

// arabicDigits returns how many ASCII digits open rs.
func arabicDigits(rs []rune) int {
	i := 0
	for i < len(rs) && rs[i] >= '0' && rs[i] <= '9' {
		i++
	}
	return i
}

// yearAt reports whether rs opens with a year (2020年): the plan of a
// year of a programme (健康中国行动2020年工作计划) goes on after it.
func yearAt(rs []rune) bool {
	i := arabicDigits(rs)
	return i == 4 && i < len(rs) && rs[i] == '年'
}

// versionAt reports whether rs opens with a version number (2.0, 3．0):
// digits, a dot and a digit.
func versionAt(rs []rune) bool {
	i := arabicDigits(rs)
	return i > 0 && i+1 < len(rs) && (rs[i] == '.' || rs[i] == '．') && arabicDigits(rs[i+1:]) > 0
}

// versionLength returns the length of the version number that opens rs
// (2.0, 3．0, 2.0版), or 0. A number a unit or a measure follows is an
// amount, no version (交通及觀光建設計畫4.1億元).
func versionLength(rs []rune) int {
	if !versionAt(rs) {
		return 0
	}
	i := arabicDigits(rs)
	i += 1 + arabicDigits(rs[i+1:])
	if i < len(rs) && rs[i] == '版' {
		i++
	} else if i < len(rs) && strings.ContainsRune(amountUnits, rs[i]) {
		return 0
	}
	return i
}

// amountUnits are the runes that make a number before them an amount:
// magnitudes, money, percentages, counts and dates.
const amountUnits = "亿万千百元%％倍个件项年月日萬億"

// trailingVersion returns the length of the version number that ends rs
// after a Han rune (行动2.0, 规划2.0版), or 0.
func trailingVersion(rs []rune) int {
	n := len(rs)
	if n > 0 && rs[n-1] == '版' {
		n--
	}
	i := n
	for i > 0 && rs[i-1] >= '0' && rs[i-1] <= '9' {
		i--
	}
	if i == n || i < 3 || rs[i-1] != '.' && rs[i-1] != '．' {
		return 0
	}
	j := i - 1
	for j > 0 && rs[j-1] >= '0' && rs[j-1] <= '9' {
		j--
	}
	if j == i-1 || j == 0 || !isHan(rs[j-1]) {
		return 0
	}
	return len(rs) - j
}

// lastVerbEnd returns the rune where the last word of the segmenter tagged
// a verb (no verbal noun) inside the runes [a, b) ends, or -1.
func (m *matcher) lastVerbEnd(a, b int) int {
	end := -1
	for k := a; k < b; k++ {
		if t := m.wordStarting(k); t != nil && isVerb(t.POS) {
			if e := k + utf8.RuneCountInString(m.tokenText(*t)); e <= b {
				end = e
			}
		}
	}
	return end
}

// countedEnd reports whether rs ends in a number and 条 or 箭, a package
// named by its count (稳经济138条): it ends a name, and 和 after it joins another.
func countedEnd(rs []rune) bool {
	n := len(rs)
	return n >= 2 && packageUnit(rs[n-1]) && isDigitRune(rs[n-2])
}

// loneVerb reports whether the runes [a, b) are a verb with no noun: a
// verb or frame of the dictionary, or words of the segmenter none of
// which is a noun (深化, 不懈狠抓).
func (m *matcher) loneVerb(a, b int) bool {
	if w := m.e.lookup(m.v.rs[a:b]); w != nil && (w.is(kindFrame) || w.is(kindVerb)) {
		return true
	}
	if m.toks == nil || a >= b {
		return false
	}
	lo, hi := int(m.v.start[a]), int(m.v.end[b-1])
	i, found := m.tokenAt(lo)
	if !found && i > 0 && m.toks[i-1].End > lo {
		i-- // 坚持不懈狠抓: the name may start inside a word
	}
	verb := false
	for ; i < len(m.toks) && m.toks[i].Start < hi; i++ {
		switch pos := m.toks[i].POS; {
		case nounLike(pos), pos == "j", pos == "b", pos == "ns", pos == "nz":
			return false
		case pos == "i" && m.toks[i].Start >= lo:
			return false // 大气污染防治六大行动: an idiom of the segmenter that the name holds whole is its object
		case strings.HasPrefix(pos, "v"):
			verb = true
		}
	}
	return verb
}

// leadAdverbs are the adverbs of manner that stand before a verb frame
// (深入实施, 大力推进).
var leadAdverbs = []string{"深入", "全面", "大力", "全力", "加快", "积极", "扎实", "持续", "继续", "进一步", "着力", "切实", "认真", "稳步", "有序"}

// leadAdverb returns the length in runes of one of leadAdverbs at rune
// i, or 0.
func (m *matcher) leadAdverb(i int) int {
	for _, w := range leadAdverbs {
		if m.hasPrefixAt(i, w) {
			return utf8.RuneCountInString(w)
		}
	}
	return 0
}

// cutNational returns name without the 国家 that ends it, and whether it
// did.
func cutNational(name string) (string, bool) {
	if base, ok := strings.CutSuffix(name, "国家"); ok {
		return base, true
	}
	return strings.CutSuffix(name, "國家")
}

// lastEtc returns the rune index of the last 等 in the runes [a, k) that
// stands as a word of its own (鼓励研发创新等税收政策), not inside one
// (中等职业教育, 高等学校), or -1. With the segmenter's words 等 must be
// one; without, the rune before it must not make a word with it.
func (m *matcher) lastEtc(a, k int) int {
	for p := k - 1; p > a; p-- {
		if m.v.rs[p] != '等' {
			continue
		}
		if m.toks != nil {
			if t, found := m.tokenAt(int(m.v.start[p])); found && m.toks[t].End-m.toks[t].Start == len("等") {
				return p
			}
		} else if !strings.ContainsRune("高中平初同对均相次优特上头", m.v.rs[p-1]) {
			return p
		}
	}
	return -1
}

// sitesAt reports whether a count of sites or items starts at rune i
// (完成农村饮水安全巩固提升工程99处): what ends there is a works or a
// programme counted, not a modifier of a longer name.
func (m *matcher) sitesAt(i int) bool {
	rs := m.v.rs
	j := i
	for j < len(rs) && rs[j] >= '0' && rs[j] <= '9' {
		j++
	}
	return j > i && j < len(rs) && strings.ContainsRune("处處个個座项項所", rs[j])
}

// knownAcross reports whether a known programme that starts at rune j
// reaches past rune lim: 黄河流域生态保护和高质量发展规划 is one name, the
// 和 being inside the programme's own.
func (m *matcher) knownAcross(j, lim int) bool {
	for b := min(len(m.v.rs), j+maxRun); b > lim; b-- {
		if m.knownAt(j, b) {
			return true
		}
	}
	return false
}

// formal reports whether cat is a head word of kind formal (规划, 工程).
func (m *matcher) formal(cat string) bool { return m.catWord(cat).is(kindFormal) }

// catWord returns the dictionary word spelled cat, a category read before,
// or nil.
func (m *matcher) catWord(cat string) *word { return m.e.lookup([]rune(cat)) }

// verbFollows reports whether a verb or an adverb starts at rune i, so that
// a formal plan ending there is the subject or object of a clause that goes
// on (规划纲要提出的目标任务, 工程已投入80亿元). With tokens the word at i
// must be a verb, adverb, preposition or conjunction by its part of speech
// (只是), and start a token; without, a verb of the dictionary.
func (m *matcher) verbFollows(i int) bool {
	if i >= len(m.v.rs) {
		return false
	}
	if m.carriedOut(i) || m.worksDone(i) {
		return true // 全面实施, 全面建成: the segmenter may take the adverb for an adjective or a noun
	}
	if m.toks == nil {
		return m.wordAt(i, len(m.v.rs), kindVerb) > 0
	}
	t := m.wordStarting(i)
	return t != nil && (t.POS == "v" || t.POS == "d" || t.POS == "p" || t.POS == "c") // 生活補貼計劃只是用了…
}

// developedAt reports whether the words at rune i say that what precedes
// develops, maybe in a manner of two runes, and end the clause: 发展, 规范
// 发展 (促进“互联网＋医疗健康”规范发展).
func (m *matcher) developedAt(i int) bool {
	for _, k := range []int{i, i + 2} {
		if m.hasPrefixAt(k, "发展") && (k+2 >= len(m.v.rs) || !nameRune(m.v.rs[k+2])) {
			return true
		}
	}
	return false
}

// twoItems reports whether the 和 at rune lim joins two programmes under
// one head word rather than two parts of one name: 家电下乡和以旧换新政策
// and 高职扩招和职业技能提升行动 are two items. Both sides must be at
// least four runes, the right one up to a strong head word that follows in
// its run and past a generic modifier (修复重大工程 is one name), and the
// words next to 和 no pair of short words of one class (国家中长期科学和
// 技术发展规划纲要 is one name). Without tokens it is never so: a known
// programme before 和 is read by knownAt.
func (m *matcher) twoItems(j, lim int) bool {
	rs := m.v.rs
	if m.toks == nil || rs[lim] != '和' || lim-j < 4 {
		return false
	}
	if n := m.wordAt(j, lim, kindLead); n > 0 && lim-j-n < 4 {
		return false
	}
	end := m.run(lim+1, maxRun)
	head := -1
	for k := lim + 1 + 4; k < end; k++ {
		if m.headAt(k, end, strong) > 0 {
			head = k
			break
		}
	}
	if head < 0 {
		return false
	}
	prev, ok1 := m.token(int(m.v.start[lim]), true)
	next, ok2 := m.token(int(m.v.end[lim]), false)
	if !ok1 || !ok2 || prev == nil || next == nil {
		return false
	}
	if m.knownAt(lim+1, head) && m.knownEnds(j+2, lim) {
		return false // 交通运输服务乡村振兴和区域协调发展行动: what the name's first words do to two known programmes
	}
	right := head - (lim + 1)
	if w := m.find(lim+1, head, kindGeneric); w != nil {
		right -= len(w.rs) // 修复重大工程: a modifier is no part of the item
	}
	if right < 4 {
		return false
	}
	short := func(t *pipeline.Token) bool { return t.End-t.Start <= 6 } // two CJK runes of three bytes
	same := nounLike(prev.POS) == nounLike(next.POS)
	return !short(prev) || !short(next) || !same
}

// knownEnds reports whether a programme or phrase of the dictionary starts
// at or after rune a and ends at rune lim.
func (m *matcher) knownEnds(a, lim int) bool {
	for k := a; k+2 <= lim; k++ {
		if _, ok := m.e.known[m.v.str(k, lim)]; ok {
			return true
		}
	}
	return false
}

// endsLong reports whether the runes [j, lim) end in a head word of kind
// long (积极财政政策 in 积极财政政策和稳健货币政策).
func (m *matcher) endsLong(j, lim int) bool {
	return m.e.endWord(m.v.rs[j:lim], func(w *word) bool { return w.is(kindLong) }) != nil
}

// coordinatedHead reports whether the name [j, lim), which ends in a head
// word, goes on past the 和 or 与 at lim with a noun of at most two runes
// and another head word: 国家中长期教育改革和发展规划纲要 is one name, but
// 财税改革和金融改革 and 科教兴国战略和人才强国战略 are two.
func (m *matcher) coordinatedHead(j, lim int) bool {
	h := m.e.endsHead(m.v.rs[j:lim])
	if h == "" {
		return false
	}
	for k := lim + 2; k <= lim+3 && k < len(m.v.rs); k++ {
		if !nameRune(m.v.rs[k-1]) || m.headAt(k-1, len(m.v.rs), anyHead) > 0 {
			return false
		}
		if w := m.headWord(k, len(m.v.rs), strong); w != nil {
			return string(w.rs) != h
		}
	}
	return false
}

// skipYears returns the rune where a name starts after a verb frame that
// ends at rune j, past the period of years a plan covers (2011-2020年 in
// 颁布实施2011-2020年中国农村扶贫开发纲要): two years of four Arabic
// digits joined by a dash, a tilde, 至 or 到, and 年, or a plan period in
// quotes (“十二五” in 发布实施“十二五”节能减排综合性工作方案). Like a plan's
// duration, the period is no part of the name. It returns j when there is
// no such period.
func (m *matcher) skipYears(j int) int {
	rs := m.v.rs
	if j < len(rs) {
		if c := closer(rs[j]); c != 0 {
			// A plan period in quotes: 发布实施“十二五”节能减排综合性工作方案.
			if k, ok := m.quoteEnd(j, c, maxNumeral); ok && k+1 < len(rs) && nameRune(rs[k+1]) {
				if name := m.v.str(j+1, k); m.e.periods[name] || isPeriod(name) {
					return k + 1
				}
			}
			return j
		}
	}
	year := func(i int) bool {
		if i+4 > len(rs) {
			return false
		}
		for _, r := range rs[i : i+4] {
			if r < '0' || r > '9' {
				return false
			}
		}
		return i+4 == len(rs) || rs[i+4] < '0' || rs[i+4] > '9'
	}
	if !year(j) || j+5 >= len(rs) || !strings.ContainsRune("-－‐‑–—~～至到", rs[j+4]) {
		return j
	}
	k := j + 5
	if rs[k-1] == '—' && rs[k] == '—' {
		k++ // 2011——2020年
	}
	if !year(k) || k+4 >= len(rs) || rs[k+4] != '年' {
		return j
	}
	return k + 5
}

// quoteEnd returns the rune index of the quote mark c that closes the
// quote opened at rune i around at most n runes, and whether there is one.
func (m *matcher) quoteEnd(i int, c rune, n int) (int, bool) {
	rs := m.v.rs
	for k := i + 1; k < len(rs) && k-i-1 <= n; k++ {
		if rs[k] == c {
			return k, true
		}
	}
	return 0, false
}

// skipRounds returns the rune where a name starts after a verb frame that
// ends at rune j, past a count of rounds or events other than one (启动18场
// 全国以旧换新行动); j when there is none. A batch (一批, 3批) is a class of
// programmes, no count to skip.
func (m *matcher) skipRounds(j int) int {
	rs := m.v.rs
	d := j
	for d < len(rs) && d-j < maxNumeral && (rs[d] >= '0' && rs[d] <= '9' || smallDigit(rs[d], true)) {
		d++
	}
	if d == j || d >= len(rs) || !strings.ContainsRune("场次届轮", rs[d]) || d == j+1 && rs[j] == '一' {
		return j // 组织实施一批重点产业领域科技专项: a class, not rounds
	}
	return d + 1
}

// skipAmount returns the rune where a name starts after a verb frame that
// ends at rune j, past a modifier of at most three runes, an Arabic number
// and its measure: 惠及3000多万 in 实施惠及3000多万农村义务教育阶段学生营养
// 改善计划. It returns j when there is no such modifier.
func (m *matcher) skipAmount(j int) int {
	rs := m.v.rs
	d := j
	for d < len(rs) && d-j < 3 && isHan(rs[d]) && !isDigitRune(rs[d]) {
		d++
	}
	if d == j || d >= len(rs) || rs[d] < '0' || rs[d] > '9' {
		return j
	}
	for d < len(rs) && (rs[d] >= '0' && rs[d] <= '9' || rs[d] == '.') {
		d++
	}
	if d < len(rs) && (rs[d] == '多' || rs[d] == '余') {
		d++
	}
	measured := false
	for d < len(rs) && strings.ContainsRune("万亿千百个名人所", rs[d]) {
		d++
		measured = true
	}
	if !measured {
		return j
	}
	return d
}

// skipMoney returns the rune where a name starts after a verb frame that
// ends at rune j, past the sum of money the programme holds (推出二十億元
// 先導計劃, 设立100亿元产业基金): digits, maybe 多 or 余, a unit of ten
// thousand or more and 元. It returns j when there is no such sum.
func (m *matcher) skipMoney(j int) int {
	rs := m.v.rs
	d := j
	for d < len(rs) && d-j < maxNumeral && (isDigitRune(rs[d]) || rs[d] == '.') {
		d++
	}
	if d == j {
		return j
	}
	if d < len(rs) && (rs[d] == '多' || rs[d] == '余') {
		d++
	}
	u := d
	for d < len(rs) && strings.ContainsRune("万亿億", rs[d]) {
		d++
	}
	if d == u || d >= len(rs) || rs[d] != '元' {
		return j
	}
	return d + 1
}

// governedAt reports whether the name that opens at rune a opens with a
// word of the segmenter that is a verb or a preposition governing a scheme
// (透過, 通過, 審查; see schemeGoverning), which opens no scheme's name.
func (m *matcher) governedAt(a int) bool {
	t := m.wordStarting(a)
	return t != nil && slices.Contains(m.e.words.schemeGoverning, m.tokenText(*t))
}

// purposeAt reports whether a preposition of the segmenter and a verb
// after it open at rune a (以推動打造…): a clause of purpose, no name.
func (m *matcher) purposeAt(a int) bool {
	t, found := m.tokenAt(int(m.v.start[a]))
	return found && t+1 < len(m.toks) && strings.HasPrefix(m.toks[t].POS, "p") && isVerb(m.toks[t+1].POS)
}

// verbProgramme reads an unquoted programme after a verb that is no
// frame (落实, 推进): only a formal plan, whose category is a head word of
// kind formal, with a name of at least six runes that is no clause (根据
// 这个原则执行这个计划). A verb that a head word follows is part of a name
// (就业促进计划) and introduces none.
//
// At the start of a clause (see clauseStart) the same holds without a
// verb: 农村中小学现代远程教育工程已投入80亿元. Items coordinated with the
// programme are read with chain, each with a specific name of at least
// minSpecific runes.
func (m *matcher) verbProgramme(j int, subject bool) (int, bool) {
	if j >= len(m.v.rs) || m.headAt(j, len(m.v.rs), notAfterQuote) > 0 {
		return 0, false // 就业促进计划: the verb is part of a name (项目 of 项目带动战略 heads only a quote)
	}
	f, ok := m.bareProgramme(j)
	if !ok || m.wordBefore(f.a, f.a+utf8.RuneCountInString(f.name), kindFrame) {
		return 0, false // 现结合实际制定本行动计划: a clause that draws up the plan (…实施纲要 is a title)
	}
	if t := m.wordStarting(f.a); t != nil && t.POS == "f" {
		return 0, false // 在檢討完成前宣布向資助計劃增撥: a word of place or time (前, 后) ends the frame's clause, no name
	}
	if m.purposeAt(f.a) {
		return 0, false // 提出以推動打造慢活小鎮創生計畫: 以 and a verb, what the plan is proposed for
	}
	if m.holdsWordOf(f.a, f.a+utf8.RuneCountInString(f.name), inclusionVerbs) {
		return 0, false // 推动呼和浩特都市圈纳入国家规划: what is to be written into a plan, a goal
	}
	if (f.cat == "计划" || f.cat == "计画") && m.traditionalAt(f.b-2) && m.governedAt(f.a) {
		// 包括透過EV屋苑充電易資助計劃, 通過審查明年度離島建設基金補助計畫: a
		// preposition or a verb governing a scheme opens no name; schemes
		// reads the scheme after it
		return 0, false
	}
	if subject && (f.cat == "计划" || f.cat == "计画") && m.traditionalAt(f.b-2) {
		return 0, false // 因應通脹調整綜合社會保障援助計劃: a scheme, read by schemes, whose name a verb may open
	}
	if (f.cat == "计划" || f.cat == "计画") && m.traditionalAt(f.b-2) && m.governedInside(f.a, f.a+utf8.RuneCountInString(f.name)) {
		return 0, false // 結合交通局推動電動運具促進計畫: a body and the verb that governs the scheme, read by schemes
	}
	if subject && m.nounStart(f.a) && m.wordBefore(f.a+1, f.a+utf8.RuneCountInString(f.name), kindVerb) {
		return 0, false // 經濟部主管辦理備援調度幹管工程計畫: a subject and its verb, the plan read after the verb
	}
	if !subject && m.holdsDoingWell(f.a, f.a+utf8.RuneCountInString(f.name)) {
		return 0, false // 结合实际做好地方规划, 对…改革发展进行总体规划: another verb after the first governs the plan, a clause, no name
	}
	// A strategy or an action takes a shorter name than a formal plan
	// (推进市场多元化战略, 推进乡村建设行动), a noun phrase, but never as
	// a subject (提出到2020年我国控制温室气体排放行动目标 is no name). So
	// does a plan whose head word follows another (教育振兴行动计划): that
	// is a plan's title. As a subject 计划 alone is as often a target
	// figure (工业总产值计划), and a name must be a noun phrase, not a
	// predicate, unless it is such a title. A plan a figure or a word of
	// one follows is the figure (see figureAfter); one another verb
	// or a time follows is a scheme (專業服務協進支援計劃接受新一輪申請,
	// …計劃今日邀請), whose name may then hold what is done to its first
	// noun (see actionName).
	titled := m.compound(f.b, f.cat) && m.toks != nil && m.nounStart(f.a)
	scheme := !subject && m.schemeVerb(j) && !hasTimePrefix(f.name) && m.nounPhrase(f.a, f.a+utf8.RuneCountInString(f.name), true, false)
	// An action's plan (自由贸易港制度集成创新行动方案) is as formal a plan
	// as an action plan (…行动计划), and so is a campaign's (…三年攻坚方案),
	// though 方案 alone is not (国务院机构改革方案 is a reform's).
	formal := m.formal(f.cat) || titled && f.cat == "方案" && m.actionBefore(f.b-2) ||
		f.cat == "方案" && m.toks != nil && m.nounStart(f.a) && (m.hasPrefix(f.b-2, "攻坚") || m.hasPrefix(f.b-2, "攻堅")) // 国家科技体制改革三年攻坚方案: a campaign's plan
	// A package named by its field and its count (扩消费六大工程) is as
	// specific as a longer name.
	counted := f.count > 0 && m.specific(f, minSpecific)
	named := formal && (m.specific(f, minFormal) || (titled || scheme || counted) && m.specific(f, minSpecific)) ||
		!subject && m.verbHead(f.cat) && m.specific(f, minSpecific) && m.actionName(f.a, f.a+utf8.RuneCountInString(f.name))
	carried := subject && m.carriedOrDone(f) && m.specific(f, minFormal)
	figure := (f.cat == "计划" || f.cat == "計劃") && !titled && !carried && m.figureAfter(f.b)
	nameEnd := f.a + utf8.RuneCountInString(f.name)
	if !named || subject && (figure || !titled && !carried && !m.nominal(f.a, nameEnd) && !(m.verbHead(f.cat) && m.actionName(f.a, nameEnd) && (m.verbFollows(f.b) || m.timeFollows(f.b)))) {
		// 中央财政安排保障性安居工程补助资金: what is done to a name's noun
		// stands in an action's or a strategy's name only, not in works'
		// or a plan's
		return 0, false
	}
	if subject {
		if n := m.leadingVerbs(f.a, nameEnd); n > 0 {
			// 。加快推进引江补汉工程全面开工: the verbs that open the clause
			// govern the works, no part of their name
			if !carried || nameEnd-f.a-n < minSpecific {
				return 0, false
			}
			f.a += n
			f.name = m.v.str(f.a, nameEnd)
		}
	}
	if n := m.issuerAt(f.a, nameEnd); n > 0 && nameEnd-f.a-n >= minSpecific {
		// 依据国务院新一代人工智能发展规划, 行政院臺灣5G行動計畫: the body
		// that issued the plan is no part of its name
		f.a += n
		f.name = m.v.str(f.a, nameEnd)
	}
	m.add(f)
	m.chain(f.b, minSpecific)
	return f.b, true
}

// inclusionVerbs are the verbs of being written into a plan or a list
// (纳入国家规划, 列入省重点工程): what precedes them is what is included,
// and the plan or list after them is not named by it.
var inclusionVerbs = []string{"纳入", "列入", "编入", "写入"}

// leadingVerbs returns the length in runes of the words of the segmenter
// tagged verbs (no verbal nouns) that open the runes [a, b), or 0.
func (m *matcher) leadingVerbs(a, b int) int {
	t, found := m.tokenAt(int(m.v.start[a]))
	if !found {
		return 0
	}
	n := 0
	for ; t < len(m.toks) && isVerb(m.toks[t].POS) && m.toks[t].End <= int(m.v.end[b-1]); t++ {
		n += utf8.RuneCountInString(m.tokenText(m.toks[t]))
	}
	if a+n >= b {
		return 0
	}
	return n
}

// actionBefore reports whether 行动 ends just before rune i.
func (m *matcher) actionBefore(i int) bool {
	return m.hasPrefix(i, "行动") || m.hasPrefix(i, "行動")
}

// timeFollows reports whether a word of the segmenter tagged as a time
// (今日, 昨天) starts at rune i.
func (m *matcher) timeFollows(i int) bool {
	t := m.wordStarting(i)
	return t != nil && t.POS == "t"
}

// withinFollows reports whether 中 or 过程中 (in the course of) starts a
// word of the segmenter at rune i (在实施…三年行动中), or 以来 (since:
// 启动科技领军人才创业工程以来).
func (m *matcher) withinFollows(i int) bool {
	t := m.wordStarting(i)
	if t == nil {
		return false
	}
	return m.tokenText(*t) == "中" || m.hasPrefixAt(i, "过程中") || m.hasPrefixAt(i, "以来")
}

// figureAfter reports whether a target figure follows a plan's head word
// at rune i: a digit, or a word that reports one (完成, 达到, 实现, 为, 是,
// 数, 总).
func (m *matcher) figureAfter(i int) bool {
	if i >= len(m.v.rs) || isDigitRune(m.v.rs[i]) {
		return true
	}
	for _, w := range []string{"完成", "达到", "實現", "实现", "達到", "为", "為", "是", "数", "數", "总", "總"} {
		if m.hasPrefixAt(i, w) {
			return true
		}
	}
	return false
}

// carriedSubject reads, after a comma at rune i, a formal programme that
// the clause says is carried out (学校建设有序推进,十万学生饮食放心工程深入
// 实施): at least minFormal runes of name before the head word, no verb of
// the dictionary among them. After 、 it reads only works the item says
// are let, begun or done (陸續完成樂活體育館完工、中山國中遷校工程發包、…),
// an item of a list of what was achieved. It returns the end of the
// mention.
func (m *matcher) carriedSubject(i int) (int, bool) {
	if i == 0 || m.v.rs[i-1] != '，' && m.v.rs[i-1] != ',' && m.v.rs[i-1] != '、' {
		return 0, false // a test small enough to inline, made at every rune
	}
	if m.v.rs[i-1] == '、' {
		return m.doneItem(i)
	}
	return m.carriedClause(i)
}

// doneItem reads at rune i, after 、, works that the item says are let,
// begun or done, and returns the end of the mention.
func (m *matcher) doneItem(i int) (int, bool) {
	rs, done := m.v.rs, false
	for k := i; k+1 < len(rs) && k-i < maxRun+maxName && !done && !clauseEnd(rs[k]) && rs[k] != '、'; k++ {
		done = rs[k] == '工' && rs[k+1] == '程' && m.worksDone(k+2) // the works' head word, then what is done to them
	}
	if !done {
		return 0, false
	}
	f, ok := m.bareProgramme(i)
	if !ok || f.cat != "工程" || !m.carriedOrDone(f) || !m.specific(f, minFormal) || m.holds(f.a, f.a+utf8.RuneCountInString(f.name), kindVerb) {
		return 0, false
	}
	m.add(f)
	return f.b, true
}

// carriedClause is carriedSubject after its comma, and reads the same
// subject at the start of a sentence (。基础教育扩优提质行动启动实施).
func (m *matcher) carriedClause(i int) (int, bool) {
	said := false // the clause says a programme is carried out: checked first, as reading one costs more
	for k := i; k < len(m.v.rs) && k-i < maxRun+maxName && !said && !clauseEnd(m.v.rs[k]); k++ {
		said = m.carriedOut(k) || m.worksDone(k)
	}
	if !said {
		return 0, false
	}
	f, ok := m.bareProgramme(i)
	if !ok {
		return m.sharedTail(i, m.carriedOut) // ,大气、水、土壤污染防治行动计划深入实施
	}
	if !m.formal(f.cat) && !m.verbHead(f.cat) || !m.carriedOrDone(f) || !m.specific(f, minFormal) || m.holds(f.a, f.a+utf8.RuneCountInString(f.name), kindVerb) {
		return 0, false
	}
	m.add(f)
	return f.b, true
}

// sentenceEnd reports whether r ends a sentence or a clause of a list's
// own (；).
func sentenceEnd(r rune) bool {
	switch r {
	case '。', '；', '！', '？', '\n', ';', '!', '?':
		return true
	}
	return false
}

// clauseEnd reports whether r ends a clause: it ends a sentence (see
// sentenceEnd) or is a comma.
func clauseEnd(r rune) bool { return sentenceEnd(r) || r == '，' || r == ',' }

// carriedOut reports whether the words at rune i say a programme is being
// carried out (农村义务教育学生营养改善计划深入实施): what they follow is
// a programme, not a target figure (工业总产值计划完成).
func (m *matcher) carriedOut(i int) bool {
	if i >= len(m.v.rs) {
		return false
	}
	switch m.v.rs[i] {
	case '深', '全', '扎', '有', '顺', '正', '纵', '启', '稳', '持': // the first runes of the words below
	case '取':
		return m.resultsAt(i)
	default:
		return false
	}
	for _, w := range []string{"深入实施", "全面实施", "扎实推进", "深入推进", "纵深推进", "有序推进", "顺利实施", "正式实施", "正式启动",
		"启动实施", "全面启动", "有效实施", "稳步实施", "稳步推进", "持续实施", "持续推进"} {
		if m.hasPrefixAt(i, w) {
			return true
		}
	}
	return false
}

// carriedOrDone reports whether the words after mention f say it is
// carried out (深入实施), or, for works, built or put to use (珠三角水资源
// 配置工程全面通水). Works counted (6183座病险水库除险加固工程开工建设) are a
// class, and the main part of works (中线一期主体工程如期完工) is no
// programme of its own.
func (m *matcher) carriedOrDone(f mention) bool {
	if m.carriedOut(f.b) {
		return true
	}
	if f.cat != "工程" || !m.worksDone(f.b) {
		return false
	}
	rs := []rune(f.name)
	return !countedClass(rs) && !runesEndWith(rs, "主体")
}

// worksDone reports whether the words at rune i say works are let, begun,
// finished or put to use (发包, 建成, 开工, 全面通水, 全线通车), after at most one
// adverb of how (全面, 正式, 顺利).
func (m *matcher) worksDone(i int) bool {
	if i >= len(m.v.rs) || !strings.ContainsRune("全正顺如基主建竣开通投完并发", m.v.rs[i]) {
		return false // a test small enough to inline, made at every rune of a clause
	}
	for _, a := range []string{"全面", "全线", "正式", "顺利", "如期", "基本", "主体"} {
		if m.hasPrefixAt(i, a) {
			i += 2
			break
		}
	}
	for _, w := range []string{"建成", "竣工", "开工", "通水", "通车", "投产", "投运", "完工", "并网", "发包"} {
		if m.hasPrefixAt(i, w) {
			return true
		}
	}
	return false
}

// resultsAt reports whether the words at rune i say a programme has
// results: 取得, at most four runes of modifier, then 成效, 进展, 成果 or
// 突破 (农业种质资源普查行动取得初步成效).
func (m *matcher) resultsAt(i int) bool {
	if !m.hasPrefixAt(i, "取得") {
		return false
	}
	for k := i + 2; k <= i+6 && k < len(m.v.rs) && isHan(m.v.rs[k]); k++ {
		for _, w := range []string{"成效", "进展", "進展", "成果", "突破"} {
			if m.hasPrefixAt(k, w) {
				return true
			}
		}
	}
	return false
}

// schemeVerbs are the verbs that run a scheme already named: after them a
// plan takes a name of four runes, as 完善現金分享計劃 and 擴大青年宿舍計劃
// in the policy addresses of Macao and Hong Kong.
const schemeVerbs = "完善 扩大 擴大 延续 延續 优化 優化 恒常化 恆常化"

// hasTimePrefix reports whether name opens with a time of the year
// (今年投资计划 is this year's plan of investment, no scheme).
func hasTimePrefix(name string) bool {
	for _, w := range []string{"今年", "明年", "去年", "本年", "当年", "全年", "年度", "近期", "远期"} {
		if strings.HasPrefix(name, w) {
			return true
		}
	}
	return false
}

// schemeVerb reports whether one of schemeVerbs ends just before rune j.
func (m *matcher) schemeVerb(j int) bool { return m.wordEndsAt(j, m.e.words.schemeVerbs) }

// compound reports whether the head word cat, which ends a mention at
// rune end, follows another strong head word (行动计划, 工程规划).
func (m *matcher) compound(end int, cat string) bool {
	b := end - utf8.RuneCountInString(cat)
	for n := 1; n <= 2 && b-n >= 0; n++ {
		if m.headAt(b-n, b, strong) == n {
			return true
		}
	}
	return false
}

// verbHead reports whether cat is a head word of kind verbhead (战略,
// 行动).
func (m *matcher) verbHead(cat string) bool { return m.catWord(cat).is(kindVerbHead) }

// nominal reports whether the runes [a, b) are a noun phrase that can name
// a programme as the subject of a clause, not a predicate (认真落实…,
// 加快…) nor a quantity (工业总产值, 一九五九年): no verb of the dictionary
// in them, and every word of the segmenter in them a noun, a verbal noun,
// a distinguishing word or an abbreviation by its part of speech (农村
// 中小学 现代 远程 教育). Without tokens it is never so.
func (m *matcher) nominal(a, b int) bool { return m.nounPhrase(a, b, false, false) }

// actionName is nominal, letting words the segmenter takes for verbs stand
// after the first word: the name of an action or a strategy is as often
// a noun and what is done to it (乡村更新行动, 制造业当家战略, 小微企业质量
// 管理体系认证提升行动), though no verb of the dictionary (推进, 加快) may
// stand in it, and its first word must be no verb (加强管理战略).
func (m *matcher) actionName(a, b int) bool { return m.nounPhrase(a, b, false, true) }

// nounPhrase is nominal, letting words the segmenter takes for time words
// stand in it too when times is set (青年 in 青年宿舍计划 is one), and
// verbs after the first word when verbs is set (see actionName).
func (m *matcher) nounPhrase(a, b int, times, verbs bool) bool {
	if m.holds(a, b, kindVerb) && !(verbs && m.verbEndsName(a, b)) {
		return false
	}
	if m.toks == nil {
		return false // without words a predicate cannot be told from a name
	}
	lo, hi := int(m.v.start[a]), int(m.v.end[b-1])
	i, found := m.tokenAt(lo)
	if !found {
		return false
	}
	r, known := a, a // the rune at token i; the end of a known phrase read
	for ; i < len(m.toks) && m.toks[i].Start < hi; i++ {
		for r < b && int(m.v.start[r]) < m.toks[i].Start {
			r++
		}
		if r < known {
			continue
		}
		if w := m.knownPhrase(r, b); w != nil {
			known = r + len(w.rs) // 人才强市发展: 强 is an adjective inside the known phrase
			continue
		}
		switch pos := m.toks[i].POS; {
		case strings.HasPrefix(pos, "n") && pos != "nr", pos == "vn", pos == "b", pos == "j", pos == "an", times && pos == "t":
		case m.strongPlace(r, m.toks[i]): // 高教强省战略: a strong province of its field
			known = r + 2 // 生态立县: the unit of government is the segmenter's word of its own
		case pos == "m" && m.isDuration(r, m.toks[i]): // 制造强市三年攻坚行动: the duration of the action
		case pos == "a" && r == a && i+1 < len(m.toks) && m.toks[i+1].End <= hi && m.toks[i+1].POS == "ns":
			// 健康哈尔滨行动, 平安浙江建设: a place named by what it is to
			// become, as the province's twin of 健康中国行动 is
		case verbs && (r > a && (strings.HasPrefix(pos, "v") || pos == "d") || pos == "l" || pos == "i"):
			// 乡村更新行动: what is done to the noun before (更新 tagged an
			// adverb too); 交通枢纽建设三年行动: a set phrase
		case verbs && r > a && pos == "a" && utf8.RuneCountInString(m.tokenText(m.toks[i])) == 1 && i+1 < len(m.toks) && m.toks[i+1].End <= hi && m.toks[i+1].POS == "vn":
			// 全面振兴新突破三年行动: an adjective of one rune before the
			// verbal noun of what is done (重大战略, 重大发展战略 are none)
		default:
			return false
		}
	}
	return true
}

// verbEndsName reports whether the one verb of the dictionary in the
// runes [a, b) ends them, after a field of at least minSpecific runes:
// what is done to the field, as an action's name says it (绿色消费推进
// 行动).
func (m *matcher) verbEndsName(a, b int) bool {
	for n := 2; n <= m.e.maxWord && b-n-a >= minSpecific; n++ {
		if w := m.e.lookup(m.v.rs[b-n : b]); w != nil && w.is(kindVerb) && m.wordStarts(b-n, n) {
			return !m.holds(a, b-n, kindVerb)
		}
	}
	return false
}

// strongPlace reports whether the word t of the segmenter, which starts
// at rune r, is 强, 兴 or 立 followed by a rune of a unit of government or
// 国 (高教强省, 人才强市, 科技兴县, 生态立县): the aim of a strategy, strong
// in a field or founded on it.
func (m *matcher) strongPlace(r int, t pipeline.Token) bool {
	if r+1 >= len(m.v.rs) || int(m.v.end[r]) != t.End || !strings.ContainsRune("强強兴興立", m.v.rs[r]) {
		return false
	}
	return strings.ContainsRune(divisionRunes+"国國", m.v.rs[r+1])
}

// isDuration reports whether the word t of the segmenter, which starts at
// rune r, is a duration in years (三年, 5年).
func (m *matcher) isDuration(r int, t pipeline.Token) bool {
	e := r
	for e < len(m.v.rs) && int(m.v.start[e]) < t.End {
		e++
	}
	w := m.v.str(r, e)
	return strings.HasSuffix(w, "年") && trimDuration(w) == ""
}

// knownPhrase returns the known programme or phrase of the dictionary that
// starts at rune i and ends by rune b, or nil.
func (m *matcher) knownPhrase(i, b int) *word {
	if w := m.find(i, b, kindPhrase); w != nil {
		return w
	}
	return m.find(i, b, kindName)
}

// clauseStart reports whether rune i starts a clause: the start of the
// text or of a line, or a rune after a full stop, semicolon, colon,
// question or exclamation mark, past spaces and a dash.
func (m *matcher) clauseStart(i int) bool {
	rs := m.v.rs
	if i < len(rs) && !nameRune(rs[i]) {
		return false
	}
	for i > 0 && (isSpace(rs[i-1]) || rs[i-1] == '—') {
		i--
	}
	if i == 0 {
		return true
	}
	return sentenceEnd(rs[i-1]) || rs[i-1] == '：' || rs[i-1] == ':'
}

// verblessList reads at rune i, with no verb before it, a list of
// programmes that a formal plan's head word closes (天然林保护、退耕还林、
// 防沙治沙等重点生态工程): fields of a reform or a class of special
// campaigns (农业农村、社会事业等领域改革) are no such list, and its first
// item must not open with a verb, an adverb or a conjunction by the
// segmenter's words (继续实施天然林保护、… is read from the verb on).
func (m *matcher) verblessList(i int) (int, bool) {
	if m.toks == nil {
		return 0, false
	}
	i += m.doneToName(i)
	if !m.nounStart(i) && !m.diversionStarts(i) {
		return 0, false // 。引江济淮、…等引调水工程: 引 opens a works' name
	}
	n := len(m.found)
	end, ok := m.list(i, false)
	if !ok {
		return 0, false
	}
	for k, f := range m.found[n:] {
		if !m.formal(f.cat) || k == 0 && m.predicate(f.a, f.a+utf8.RuneCountInString(f.name)) {
			m.drop(n)
			return 0, false
		}
	}
	return end, true
}

// doneToName returns the length in runes of the word of the segmenter at
// rune a when it is a verbal noun followed by a proper name, or 0: what is
// done to a named place (建设昭乌达高架与南二环互通立交、…等桥梁道路工程),
// a verb that governs the whole list, no part of its first item.
func (m *matcher) doneToName(a int) int {
	k, found := m.tokenAt(int(m.v.start[a]))
	if !found || k+1 >= len(m.toks) || m.toks[k].POS != "vn" {
		return 0
	}
	switch m.toks[k+1].POS {
	case "nr", "nrt", "ns":
		return utf8.RuneCountInString(m.tokenText(m.toks[k]))
	}
	return 0
}

// predicate reports whether the runes [a, b) hold a verb phrase before
// their last word: a verb or verb frame of the dictionary (扎实搞好退耕还林),
// or by the segmenter's words a verb followed by a word that is no verb
// (重点支持建设高速宽带信息网络), or a conjunction (有步骤而因地制宜推进…).
func (m *matcher) predicate(a, b int) bool {
	if n, _ := m.diversionAt(a); n > 0 {
		if a+n >= b {
			return false // 引江济淮: 引 opens a works' name, no verb phrase
		}
		a += n
	}
	for i := a; i < b; i++ {
		if w := m.find(i, b, kindVerb); w != nil && i+len(w.rs) < b {
			return true
		}
		if w := m.find(i, b, kindFrame); w != nil && i+len(w.rs) < b {
			return true
		}
	}
	lo, hi := int(m.v.start[a]), int(m.v.end[b-1])
	k, _ := m.tokenAt(lo)
	for ; k+1 < len(m.toks) && m.toks[k+1].Start < hi; k++ {
		pos, next := m.toks[k].POS, m.toks[k+1].POS
		if strings.HasPrefix(pos, "c") || pos == "v" && next != "v" {
			return true
		}
	}
	return false
}

// nounStart reports whether a word of the segmenter starts at rune i and
// is no verb (a verbal noun is), adverb, conjunction, preposition, pronoun
// or particle by its part of speech.
func (m *matcher) nounStart(i int) bool {
	lo := int(m.v.start[i])
	k, found := m.tokenAt(lo)
	if !found {
		return false
	}
	pos := m.toks[k].POS
	if slices.Contains(m.e.words.prepositions, m.tokenText(m.toks[k])) {
		return false // 至於SBIR計畫，: a preposition the segmenter tagged as an idiom
	}
	return pos == "vn" || pos != "" && !strings.ContainsRune("vdcpru", rune(pos[0])) && pos != "ad"
}

// settlementEnds end the names of settlements and places people live or
// visit (社区, 村, 渔港), which name no works.
var settlementEnds = []string{"社区", "村", "镇", "乡", "街道", "渔港", "公园", "小区"}

// placeWork reads at rune i, with no verb of the dictionary before it, a
// great work named by its place: 举世瞩目的长江三峡工程以及黄河小浪底水利
// 枢纽工程正式开工, 长江中上游防护林工程. By the segmenter's words the
// name opens with a place name and runs over nouns to 工程, which may end
// the last word (扩建工程, 二期工程) or be followed by 建设 in it
// (工程建设); a phase before the head word (二期) is no part of a long
// name. A works of a company opens with its name and holds its phase
// (宝钢二期工程, 宝钢三期扩建工程). Places joined by 和, 与 or 及 share
// the head word, each being a works of its own (扬子和齐鲁乙烯工程, 黄河
// 小浪底水利枢纽和南水北调工程), but a settlement is none (see
// settlementEnds). It returns the end of the mention.
func (m *matcher) placeWork(i int) (int, bool) {
	if m.toks == nil || i >= len(m.v.rs) {
		return 0, false
	}
	off := int(m.v.start[i])
	k, found := m.tokenAt(off)
	if !found {
		return 0, false
	}
	// A place (长江/ns), one word naming the work (三峡工程/nz), or a
	// company (宝钢, which the segmenter takes for a person's name).
	pos := m.toks[k].POS
	whole := pos == "nz"
	company := pos == "nr" || pos == "nt"
	// 亭/ng 子口/n 灌区/n 工程/n, 禄/zg 口/q 机场/n 三期/t 工程/n
	// 长征/n 渠/n 引水/v 工程/n: a facility the segmenter does not know as a
	// place, named by a common noun before its kind
	unknown := (unknownPlace(pos) || pos == "n" && m.facilityAhead(k)) && !strings.ContainsRune(grammarRunes, m.v.rs[i])
	if !startsWork(pos) && !unknown {
		return 0, false
	}
	if n := m.wordAt(i, len(m.v.rs), kindCommonPlace); n > 0 && m.v.end[i+n-1] == int32(m.toks[k].End) {
		return 0, false // 城市防洪工程: a class of works
	}
	from := i
	if m.diversion(i, k) {
		from = i - 1 // 引洮供水二期骨干工程: a works that draws water from its place
	}
	var items []item // the places before a 和 that share the head word
	a := from
	diverted := 0 // the end of a diversion's name the works holds (天津引滦输水工程)
	for ; k < len(m.toks); k++ {
		t := m.toks[k]
		e, ok := slices.BinarySearch(m.v.end, int32(t.End))
		if !ok || e+1-i > maxRun {
			return 0, false
		}
		b := e + 1 // runes [i, b) up to the end of this word
		if s, found := slices.BinarySearch(m.v.start, int32(t.Start)); found && s > i && s >= diverted {
			if n, _ := m.diversionAt(s); n > 0 {
				diverted = s + n
			}
		}
		if b <= diverted {
			continue
		}
		if t.POS == "c" && t.End-t.Start == len("和") && strings.ContainsRune("和与及", m.v.rs[e]) &&
			e-a >= minBare && len(items) < maxItems && k+1 < len(m.toks) && startsWork(m.toks[k+1].POS) {
			if endsWithAny(m.v.str(a, e), settlementEnds) {
				return 0, false // 蘇澳朝陽社區及蘇澳溪水環境工程: a place visited, no works
			}
			items = append(items, item{a: a, b: e, na: a, nb: e})
			a = b
			continue
		}
		if b-a > 4 && m.v.str(b-4, b) == "工程建设" {
			b -= 2 // 小浪底水利枢纽工程建设: what is built is the works
		}
		if b-a > 2 && m.v.str(b-2, b) == "工程" {
			nameEnd := b - 2 - m.trailingPhase(a, b-2)
			switch {
			case nameEnd-a < minBare || !m.free(from, b):
				return 0, false
			case company && len(items) == 0 && !m.phased(a, b-2) && !m.worksBefore(from):
				return 0, false // a person's or a company's name alone before 工程
			case whole && t.Start != off && len(items) == 0,
				!whole && !company && len(items) == 0 && nameEnd-a < minSpecific && !(nameEnd < b-2 && nameEnd-a > minBare):
				// 治本工程: a short name is a place only as one word with its
				// head, or before a phase (蘇花改第一期工程)
				return 0, false
			case unknown && (len(items) > 0 || m.holdsFunction(a, nameEnd) || m.holds(a, nameEnd, kindVerb) || m.holds(a, nameEnd, kindFrame)):
				return 0, false // 并建立公共工程: a verb of the dictionary says what is done
			case unknown && k > 0 && m.toks[k-1].POS == "v" && m.toks[k-1].End-m.toks[k-1].Start <= len("请"):
				return 0, false // 林院长请工程会: a verb of one rune ends a clause
			case unknown && m.holdsOfficial(a, nameEnd):
				return 0, false // 許縣長到鄉公所聽取工程簡報: an official and what he does, a clause
			}
			for _, it := range items {
				m.add(mention{a: it.a, b: it.b, name: m.v.str(it.na, it.nb), cat: "工程"})
			}
			m.add(mention{a: a, b: b, name: m.v.str(a, nameEnd), cat: "工程"})
			return b, true
		}
		switch {
		case slices.Contains(workWords, t.POS):
		case unknown && slices.Contains(unknownWorkWords, t.POS):
		case m.phaseWord(t):
			// 唐河/nr 航运/n 一期/d 工程建设/l: a phase the segmenter tags
			// as an adverb
		case t.POS == "v" && k+1 < len(m.toks) && m.tokenText(m.toks[k+1]) == "工程" && !m.holds(a, e+1, kindVerb) && !m.holds(a, e+1, kindFrame) && !m.knownWithin(a, e+1):
			// 太平溪流域治理工程: what the works does to its place, right
			// before 工程; a known programme it holds is read as such
			// (长江、黄河上游天然林保护工程 is 天然林保护工程)
		default:
			return 0, false
		}
	}
	return 0, false
}

// officials are the titles of officials, whom no works' name holds: a
// clause says what one of them does (县长到乡公所听取工程简报).
var officials = []string{"县长", "市长", "乡长", "镇长", "区长", "省长", "村长", "里长", "议长", "部长", "局长", "处长", "院长", "主任", "书记", "主席"}

// holdsOfficial reports whether the runes [a, b) hold one of officials.
func (m *matcher) holdsOfficial(a, b int) bool {
	s := m.v.str(a, b)
	return slices.ContainsFunc(officials, func(w string) bool { return strings.Contains(s, w) })
}

// workWords are the parts of speech of the words a great work's name
// holds after its place: names, nouns, idioms, places, distinctions,
// verbal nouns and times (黄河小浪底水利枢纽, 宝钢三期扩建).
var workWords = []string{"ns", "n", "nz", "l", "f", "b", "vn", "t", "nr", "nt"}

// unknownWorkWords are the further parts of speech of the words of a great
// work whose place the segmenter does not know, and cuts into morphemes it
// tags as it can: counts, verbs and adjectives (禄/zg 口/q 机场,
// 景/ng 电/n 二期/b 提/v 质/ng 增效/v).
var unknownWorkWords = []string{"ng", "zg", "j", "q", "m", "v", "a", "vd"}

// unknownPlace reports whether a word of part of speech pos is a morpheme
// or an abbreviation (亭/ng, 禄/zg, 藏/j), as the segmenter tags the
// first rune of a place it does not know.
func unknownPlace(pos string) bool { return pos == "ng" || pos == "zg" || pos == "j" }

// facilityWords are the kinds of facility whose name a great work may
// hold (长征渠引水工程, a canal's).
var facilityWords = []string{"渠", "干渠", "灌区", "水库", "机场", "航站楼", "枢纽", "电站", "水电站", "隧道", "大桥", "运河", "直流"}

// facilityAhead reports whether a word of facilityWords follows the word
// toks[k] in the same run of words, as the second word or later, and
// another word stands between it and 工程: the name of the facility, then
// what is built (长征渠引水工程; 水力枢纽工程 is a kind of works).
func (m *matcher) facilityAhead(k int) bool {
	for j := k + 1; j < len(m.toks) && j-k <= 6; j++ {
		w := m.tokenText(m.toks[j])
		if w == "工程" || m.toks[j].POS == "" || m.toks[j].POS[0] == 'x' || m.toks[j].POS[0] == 'w' {
			return false
		}
		if slices.Contains(facilityWords, w) {
			return j+1 < len(m.toks) && m.tokenText(m.toks[j+1]) != "工程" // 水力枢纽工程 is a kind of works
		}
	}
	return false
}

// grammarRunes are the runes that the segmenter tags as morphemes when
// they stand alone, but are words of grammar, which open no name (发表过,
// 并建立, 俟…完成后).
const grammarRunes = "过并且也又还就才都再则即亦已曾正从向与及和或而但俟待"

// diversion reports whether the place opening at rune i, whose word is
// toks[k], follows a 引 that is a word of its own: the works draws water
// from the place (引洮供水工程, 引黄入冀补淀工程), and 引 opens its name.
// 吸引 is one word and leaves the place alone.
func (m *matcher) diversion(i, k int) bool {
	return i > 0 && m.v.rs[i-1] == '引' && k > 0 && m.toks[k-1].End == int(m.v.start[i]) &&
		m.toks[k-1].Start == int(m.v.start[i-1]) && m.free(i-1, i)
}

// worksBefore reports whether a works named by its place ends at the 、
// just before rune i, so that the item at i is another works of the same
// list, whatever the segmenter takes its first word for (葛洲坝水利枢纽
// 工程、龙羊峡水电工程, where 龙羊峡 is read as a person's name).
func (m *matcher) worksBefore(i int) bool {
	if i == 0 || m.v.rs[i-1] != '、' || len(m.found) == 0 {
		return false
	}
	last := m.found[len(m.found)-1]
	return last.b == i-1 && last.cat == "工程"
}

// afterVerb reports whether a word of the segmenter that is a verb by its
// part of speech ends just before rune i.
func (m *matcher) afterVerb(i int) bool {
	if m.toks == nil || i == 0 || i >= len(m.v.rs) {
		return false
	}
	k, found := m.tokenAt(int(m.v.start[i]))
	return found && k > 0 && m.toks[k-1].End == int(m.v.start[i]) && m.toks[k-1].POS == "v"
}

// startsWork reports whether a word of part of speech pos may open the
// name of a works: a place, a work's own name or a company's.
func startsWork(pos string) bool {
	return pos == "ns" || pos == "nz" || pos == "nr" || pos == "nt"
}

// phaseWord reports whether the word t is a phase of a works alone: a
// Chinese numeral below ten and 期 (一期, 二期).
func (m *matcher) phaseWord(t pipeline.Token) bool {
	s := m.doc.Norm.Text[t.Start:t.End] // asked of many words: no copy
	r, n := utf8.DecodeRuneInString(s)
	return smallDigit(r, false) && s[n:] == "期"
}

// phased reports whether the runes [a, b) hold a phase of a works: a
// count and 期 (二期, 三期扩建).
func (m *matcher) phased(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if m.v.rs[k] == '期' && isDigitRune(m.v.rs[k-1]) {
			return true
		}
	}
	return false
}

// joinStart reports whether rune i, a name rune, follows a comma or a
// conjunction (和, 及, 与), where a list of programmes closed by 等 and a
// head word, or by their count, may start without a verb before it.
func (m *matcher) joinStart(i int) bool {
	rs := m.v.rs
	if i == 0 || i >= len(rs) || !nameRune(rs[i]) {
		return false
	}
	switch rs[i-1] {
	case '，', ',', '和', '及', '与':
		return true
	}
	return false
}

// clause reports whether the runes [a, b) read as a clause rather than a
// name: they start with a verb of the dictionary (制定…), join verb
// phrases (提前完成和超额完成) or hold a demonstrative (执行这个计划); a
// verb inside a name (就业促进) is no clause.
func (m *matcher) clause(a, b int) bool {
	for i := a; i < b; i++ {
		if r := m.v.rs[i]; r == '这' || r == '那' || r == '该' {
			return true
		}
		if w := m.find(i, b, kindVerb); w != nil && (i == a || i+len(w.rs) < b && m.v.rs[i+len(w.rs)] == '和') {
			return true
		}
	}
	return false
}

// countedHeads reads, from rune i to lim, a count of items or years (五项,
// 三大, 五年) followed by head words that end at lim: 五年行动计划 after
// 新型城镇化战略. It returns the last head word, the count of items (0 for
// years) and true, or false when the runes have another shape.
func (m *matcher) countedHeads(i, lim int) (cat string, count int, ok bool) {
	rs := m.v.rs
	j := i
	for j < lim && isDigitRune(rs[j]) && j-i < maxNumeral {
		j++
	}
	if j == i || j+1 >= lim || rs[j] != '年' && rs[j] != '项' && rs[j] != '大' {
		return "", 0, false
	}
	c := smallNumber(m.v.str(i, j))
	n := m.headAt(j+1, lim, strong)
	if c == 0 || n == 0 {
		return "", 0, false
	}
	end, cat := m.extend(j+1, n, lim, strong)
	if end != lim {
		return "", 0, false
	}
	if rs[j] != '年' {
		count = c
	}
	return cat, count, true
}

// digitsBefore returns where the run of digits (see isDigitRune) that ends
// just before rune i of rs starts, going back to rune a at most and over
// at most n runes; i when no digit ends there.
func digitsBefore(rs []rune, a, i, n int) int {
	j := i
	for j > a && isDigitRune(rs[j-1]) && i-j < n {
		j--
	}
	return j
}

// trailingCount reads a count of items that ends the name [a, k) before
// its head word (五项 in 能力提升五项行动) and returns it and its length
// in runes; it returns 0, 0 when there is none or when too little name
// would be left.
func (m *matcher) trailingCount(a, k int) (count, n int) {
	rs := m.v.rs
	if k-a < minBare+2 || rs[k-1] != '项' && rs[k-1] != '大' {
		return 0, 0
	}
	j := digitsBefore(rs, a, k-1, maxNumeral)
	if j == k-1 || j-a < minBare {
		return 0, 0
	}
	c := smallNumber(m.v.str(j, k-1))
	if c == 0 {
		return 0, 0
	}
	return c, k - j
}

// trailingYears returns the length in runes of a duration (三年, 5年) that
// ends the name [a, k) before its head word, as 国企改革三年行动 gives
// 国企改革, or 0 when there is none or too little name would be left. The
// duration is the one trimDuration trims (促进中部地区崛起新十年规划 has
// none: the new decade is a name), with a count of at most maxNumeral
// runes.
func (m *matcher) trailingYears(a, k int) int {
	if k-a < minBare+2 || m.v.rs[k-1] != '年' {
		return 0
	}
	s := m.v.str(a, k)
	n := utf8.RuneCountInString(s) - utf8.RuneCountInString(trimDuration(s))
	if n == 0 || n-1 > maxNumeral || k-n-a < minBare {
		return 0
	}
	return n
}

// trailingPhase returns the length in runes of a phase of a project (一期,
// 二期, 2期, 第一期) that ends the runes [a, k) after at least minBare+2
// runes of name, or 0. A phase count longer than two runes (十二期) is none.
func (m *matcher) trailingPhase(a, k int) int {
	rs := m.v.rs
	if k-a < minBare+4 || rs[k-1] != '期' {
		return 0
	}
	j := digitsBefore(rs, a, k-1, 2)
	if j == k-1 || smallNumber(m.v.str(j, k-1)) == 0 || isDigitRune(rs[j-1]) {
		return 0
	}
	if rs[j-1] == '第' && j-1 > a {
		j-- // 蘇花改第一期工程: the phase's ordinal is no part of the name either
	}
	return k - j
}

// knownAt reports whether runes [j, lim), maybe after a leading modifier
// such as 新一轮, spell a known programme.
func (m *matcher) knownAt(j, lim int) bool {
	if n := m.wordAt(j, lim, kindLead); n > 0 {
		j += n
	}
	_, ok := m.e.known[m.v.str(j, lim)]
	return ok
}

// frameInside reports whether a verb frame stands inside the name [a, b)
// past its first rune, starting a clause of its own (实施十大工程即实施重点
// 文化设施建设工程), not as part of a head word (法治政府建设实施纲要) or
// ending the name before one (全面实施增值税转型方案 is read after it).
func (m *matcher) frameInside(a, b int) bool {
	for i := a + 1; i < b; i++ {
		if w := m.find(i, b, kindFrame); w != nil && i+len(w.rs) < b && m.headAt(i+len(w.rs), b, anyHead) == 0 {
			return true
		}
	}
	return false
}

// holds reports whether a word of kind k starts anywhere in the runes
// [a, lim).
func (m *matcher) holds(a, lim int, k kind) bool {
	for i := a; i < lim; i++ {
		if m.find(i, lim, k) != nil {
			return true
		}
	}
	return false
}

// classOfStrategies reports whether the runes [a, k) before 战略 open
// with a generic word and hold a word of two runes or fewer after it (国
// 家重大区域战略, 国家重大发展战略): a class of strategies.
func (m *matcher) classOfStrategies(a, k int) bool {
	n := m.wordAt(a, k, kindGeneric)
	return n > 0 && k-a-n <= 2
}

// trimGeneric reports whether the name [a, k) is a name: not a class of
// programmes (一批…工程, 若干…专项) nor a bare modifier (重大工程).
func (m *matcher) trimGeneric(a, k int) (int, bool) {
	if n := m.wordAt(a, k, kindClass); n > 0 && k-a-n >= minFormal && !m.holds(a+n, k, kindGeneric) {
		a += n // 一批产业基础再造工程: a batch of projects of a named programme
	}
	w := m.find(a, k, kindGeneric)
	if w != nil && (k-a <= 4 || w.is(kindClass)) {
		return a, false
	}
	if s := m.pastLevels(a, k); s > a {
		// 省重大工程, 国家及省重大工程: the levels of government whose
		// works of a kind they are (国家重大科技专项 names a field)
		if w := m.find(s, k, kindGeneric); w != nil && (k-s == len(w.rs) || w.is(kindClass)) {
			return a, false
		}
	}
	return a, k-a >= minBare
}

// levelWords name the levels of government (国家, 省, 市级 …) whose works
// or plans of a kind a generic name may say (国家及省重大工程).
var levelWords = []string{"国家级", "省级", "市级", "县级", "区级", "國家級", "縣級", "區級", "国家", "國家", "中央", "省", "市", "县", "縣", "区", "區"}

// pastLevels returns the rune after the levels of government, joined by
// 及, 和, 与 or a pause, that open the runes [a, k), or a.
func (m *matcher) pastLevels(a, k int) int {
	s := a
	for s < k {
		n := m.wordLength(s, levelWords)
		if n == 0 {
			break
		}
		s += n
		if s < k && strings.ContainsRune("及和与與、", m.v.rs[s]) {
			s++
		}
	}
	return s
}

// lineRunes end the names of things that are lines and counted by 条
// (道路, 航线, 河道, 渠, 街巷, 管网 …), which no package's field ends in;
// so does 街区 (打造美食特色餐饮街区4条).
const lineRunes = "路线線道河渠街巷廊管"

// farHeadAfter reports whether a strong head word ends the run of name
// runes at rune i past a long modifier (see farHead).
func (m *matcher) farHeadAfter(i int) bool {
	end, _ := m.farHead(i)
	return end > 0
}

// worksOrAction reports whether a head word cat read up to end names
// something done: works, an action or a formal plan (工程, 行动, 计划), not
// a strategy or a goal.
func (m *matcher) worksOrAction(end int, cat string) bool {
	return end > 0 && cat != "战略" && (cat == "工程" || m.verbHead(cat) || m.formal(cat))
}

// aimingVerbs say what a place aims at or holds to (锚定, 着眼, 咬定,
// 聚焦, 瞄准), which a quote after them names: a goal or a position.
var aimingVerbs = []string{"锚定", "着眼", "咬定", "聚焦", "瞄准"}

// aimVerbs open the aim that names a package counted by 条 (促进经济稳增长
// 32条, 优化营商环境30条, 推动高质量发展20条), where other verbs govern it
// (落实企业10条).
var aimVerbs = []string{"促进", "推动", "优化", "扩大", "提振", "恢复", "促進", "優化", "擴大", "恢復"}

// aimVerbAt returns the length in runes of the verb of aimVerbs that
// starts at rune i, or 0.
func (m *matcher) aimVerbAt(i int) int { return m.wordLength(i, aimVerbs) }

// aimPairAt reports whether the 和 at rune k joins two verbs of a
// package's aim (恢复和扩大消费32条).
func (m *matcher) aimPairAt(k int) bool {
	return m.v.rs[k] == '和' && m.wordEndsAt(k, aimVerbs) && m.aimVerbAt(k+1) > 0
}

// figureRunes end the words that compare or sum a figure before its count
// (不少于3条, 达到5条, 提升至30条, 超过10条, 约20条, 共计9条), which no package's field
// ends in.
const figureRunes = "于於到至达達过過约約近共计計"

// pieceWords end the names of pieces of text or of information counted by
// 条 (发布信息92条, 收集意见建议35条, 办理举报线索12条), which no package's
// field ends in.
var pieceWords = []string{"信息", "新闻", "稿件", "报道", "報導", "线索", "線索", "建议", "建議", "意见", "意見", "问题", "問題", "短信", "媒体", "媒體", "标语", "標語", "记录", "記錄", "留言", "诉求", "訴求"}

// endsPieceWord reports whether name ends in one of pieceWords.
func endsPieceWord(name string) bool { return endsWithAny(name, pieceWords) }

// counted finds unquoted packages named by a count (出台科创九条) and those
// whose count alone is quoted after their field (出台降本增效“30条”).
func (m *matcher) counted() {
	rs := m.v.rs
	for i := 2; i < len(rs); i++ {
		if !packageUnit(rs[i]) {
			continue
		}
		u := i // where the count ends: before 支 of 五支箭
		if rs[i] == '箭' && rs[i-1] == '支' {
			u = i - 1
		}
		j := digitsBefore(rs, 0, u, maxNumeral)
		// 降本增效“30条”: the count in quotes, its field before them.
		quoted := j > 1 && j < u && closer(rs[j-1]) != 0 && i+1 < len(rs) && rs[i+1] == closer(rs[j-1])
		pj, end := j, i+1 // where the prefix ends, where the mention ends
		if quoted {
			pj, end = j-1, i+2
		}
		if j == u || j == 0 || rs[j-1] == '第' {
			continue
		}
		if !quoted && m.countFirst(j, i) {
			continue // 实施30条稳就业政策措施
		}
		measures := m.measuresAt(end)
		// 二十条和新十条优化措施, 新“十条”措施: 新 before a count names a
		// package, the new one of its kind, whatever follows
		renewed := pj > 0 && rs[pj-1] == '新' && (m.toks != nil && !m.inWord(pj-1) || pj < 2 || !nameRune(rs[pj-2]) || rs[pj-2] == '和')
		if !m.countFollows(end) && !measures && !renewed {
			continue
		}
		// The prefix: back to a boundary or a verb, at most maxPrefix runes.
		a := pj
		for a > 0 && (nameRune(rs[a-1]) || stop(rs[a-1]) && rs[a-1] != '、' && m.inWord(a-1) || m.aimPairAt(a-1)) && !isDigitRune(rs[a-1]) && pj-a < maxPrefix+m.e.maxWord {
			a-- // a stop rune inside a word of the segmenter (参与) is a name rune
		}
		bounded := a == 0 || !nameRune(rs[a-1]) || isDigitRune(rs[a-1])
		// 稳经济47条、助企纾困22条、民营企业参与政府投资项目13条: an item
		// after a package of the same list is a field as a whole, verbs
		// inside it included (but not one opening it: 落实企业10条)
		listed := a > 0 && rs[a-1] == '、' && m.endsPackage(a-1)
		if !quoted && !listed && a > 2 && rs[a-1] == '、' && rs[a-2] == rs[i] && isDigitRune(rs[a-3]) {
			continue // 新增生态河道32条、幸福河湖50条: the last of a list of figures counted alike, no package
		}
		verbEnd := -1 // where the last verb of the prefix ends
		// 《关于扶持企业复工复产促进农民工返岗就业政策二十四条》: a title
		// names the package whole, its verbs included
		titled := false
		if end < len(rs) && rs[end] == '》' {
			for p := pj - 1; p >= 0 && pj-p <= maxQuote && rs[p] != '》'; p-- {
				if rs[p] == '《' {
					a, bounded, titled = p+1, true, true
					break
				}
			}
		}
		for s := a; s < pj && (!listed || s == a); s++ {
			n := m.wordAt(s, pj, kindVerb)
			if n == 0 {
				n = m.aimVerbAt(s) // 恢复, 提振: verbs of an aim the dictionary does not hold
			}
			if n > 0 && !titled && s == a && pj-s-n >= minBare && slices.Contains(aimVerbs, m.v.str(s, s+n)) && (s == 0 || !nameRune(rs[s-1]) || verbEnd == s) && rs[i] != '箭' {
				s += n - 1 // 促进经济稳增长32条, 落实优化营商环境30条: the package's aim opens its name (arrows are launched: 推動都更三箭)
				if m.aimPairAt(s + 1) {
					s += 1 + m.aimVerbAt(s+2) // 恢复和扩大: the second verb of the aim
				}
			} else if n > 0 && !titled {
				a, bounded, verbEnd = s+n, true, s+n
				s += n - 1
			} else if m.hasPrefixAt(s, "关于") {
				a, bounded = s+2, true // 国务院关于鼓励引导民间投资新36条: the issuer is no part of the name
				s++
			}
		}
		if n := m.issuerAt(a, pj); n > 0 && bounded {
			a += n // 落实国务院安全生产十五条硬措施: the issuer is no part of the name
		}
		if renewed && !quoted && (pj-a < minBare || !bounded) {
			a, bounded = pj-1, true // 新十条 alone; 鼓励引导民间投资新36条 keeps its field
		}
		// 全面落实“二十条”: a quoted count right after a verb names the
		// package the reader knows by it
		alone := quoted && a == pj && verbEnd == pj
		// 稳增长“21条”“18条”, “30条”和“28条”: a quoted count right after a
		// package, or after one and a pause or 和, names another package
		if quoted && a == pj && pj > 0 && (m.endsPackage(pj) || strings.ContainsRune("、和及与", rs[pj-1]) && m.endsPackage(pj-1)) {
			alone = true
		}
		arrows := u < i // 五支箭: arrows counted with their measure word name a package alone
		if arrows {
			if v := m.lastVerbEnd(a, pj); v > a {
				a = v // 施政報告內容涵蓋五支箭政策: what holds the arrows is no field of theirs
			}
		}
		if !bounded || pj-a < minBare && !renewed && !alone && !arrows || pj-a > maxPrefix && !titled || m.quantifier(a, pj) {
			continue
		}
		if measures && !renewed && (quoted || pj-a < minBare+1) {
			continue // 提出三条措施 counts items; 出台服务民营经济高质量发展21条措施 names a package by its field
		}
		if strings.ContainsRune(lineRunes, rs[pj-1]) || m.hasPrefix(pj, "街区") || m.hasPrefix(pj, "街區") {
			continue // 建成林蔭路11條, 国际航线36条: lines counted by 条, no package
		}
		if a > 0 && a < pj && isDigitRune(rs[a-1]) && strings.ContainsRune("个個类類项項", rs[a]) {
			continue // 共分5個方面22條舉措: the count of the measures' groups, no field
		}
		if strings.ContainsRune(figureRunes, rs[pj-1]) {
			continue // 运营线路不少于3条, 新增航线达到5条: a figure compared, no package
		}
		if prefix := m.v.str(a, pj); strings.HasPrefix(prefix, "其中") || endsPieceWord(prefix) || strings.HasSuffix(prefix, "级") || strings.HasSuffix(prefix, "級") {
			continue // 发布信息92条,其中省级媒体7条、市级16条: pieces of text counted, a count's breakdown, a level
		}
		c := smallNumber(m.v.str(j, u))
		if c == 0 || c > maxPackage || !m.free(a, end) {
			continue // 整改措施2293条: a number of items, no package
		}
		m.add(mention{a: a, b: end, name: m.v.str(a, pj) + m.v.str(j, i+1), cat: string(rs[i]), count: c, quoted: quoted})
	}
}

// packageCount returns the length in runes of the count of a package
// (15条, 十条) that starts at rune i and may end a name there (see
// countFollows and measureWords), and the count; 0 when there is none.
func (m *matcher) packageCount(i int) (n, count int) {
	rs := m.v.rs
	j := i
	for j < len(rs) && j-i < maxNumeral && isDigitRune(rs[j]) {
		j++
	}
	if j == i || j >= len(rs) || rs[j] != '条' && rs[j] != '條' {
		return 0, 0
	}
	c := smallNumber(m.v.str(i, j))
	if c == 0 || c > maxPackage || !m.countFollows(j+1) && !m.measuresAt(j+1) {
		return 0, 0
	}
	return j + 1 - i, c
}

// measureWords name the measures a package counted by 条 holds, after
// its count (优化营商环境30条措施, 安全生产十五条硬措施, 工业倍增10条支持
// 政策).
var measureWords = []string{"措施", "政策措施", "举措", "舉措", "硬措施", "支持政策"}

// measuresAt reports whether one of measureWords starts at rune i.
func (m *matcher) measuresAt(i int) bool {
	for _, w := range measureWords {
		if m.hasPrefixAt(i, w) {
			return true
		}
	}
	return false
}

// packageIssuers are the bodies that issue a package counted by 条 or a plan and
// open its mention, no part of its name (市委市政府五十条措施, 国务院安全
// 生产十五条硬措施, 国务院安委会15条硬措施), the longest first.
var packageIssuers = []string{"国务院安委会", "國務院安委會", "安委会", "安委會", "国务院", "國務院", "行政院", "省委省政府", "市委市政府", "县委县政府", "區委區政府", "区委区政府", "縣委縣政府", "省政府", "市政府", "县政府", "縣政府", "区政府", "區政府"}

// issuerAt returns the length in runes of one of packageIssuers that
// starts at rune a and ends before rune pj, or 0.
func (m *matcher) issuerAt(a, pj int) int {
	for _, w := range packageIssuers {
		if n := utf8.RuneCountInString(w); a+n <= pj && m.hasPrefixAt(a, w) {
			return n
		}
	}
	return 0
}

// countFirst reads a package whose count comes before its field, after a
// verb: 实施30条稳就业政策措施 (30条稳就业 | 条). The count [j, i), 条 at
// rune i, must follow a verb of the segmenter or a frame of the
// dictionary, and a field of two to maxCountField name runes, no plain
// word alone (具体, 支持), must run from 条 to a word for measures (政策措施,
// 措施, 举措) that ends it.
func (m *matcher) countFirst(j, i int) bool {
	if !m.afterVerb(j) && !m.framed1(j) {
		return false
	}
	k := i + 1
	for k < len(m.v.rs) && k-i <= maxCountField+4 && nameRune(m.v.rs[k]) { // and the longest word for measures, 政策措施
		k++
	}
	for _, w := range []string{"政策措施", "政策举措", "政策舉措", "措施", "举措", "舉措"} {
		field, ok := strings.CutSuffix(m.v.str(i+1, k), w)
		if !ok {
			continue
		}
		n := utf8.RuneCountInString(field)
		if n < minBare || n > maxCountField || m.plainWord(i+1, i+1+n) {
			return false // 提出20条政策举措, 20条具体政策举措: the measures of no field
		}
		c := smallNumber(m.v.str(j, i))
		if c == 0 || c > maxPackage || !m.free(j, k) {
			return false
		}
		m.add(mention{a: j, b: k, name: m.v.str(j, i+1) + field, cat: string(m.v.rs[i]), count: c})
		return true
	}
	return false
}

// plainWord reports whether the runes [a, b) before a word for measures
// are no field: a generic modifier of the dictionary (重点), part of one
// word of the segmenter with the measures (具体措施), or a word of two
// runes that the segmenter tags as a verb, an adjective, an adverb or a
// distinguishing word (支持措施; 稳就业 is a field).
func (m *matcher) plainWord(a, b int) bool {
	if w := m.e.lookup(m.v.rs[a:b]); w != nil && w.is(kindGeneric) {
		return true
	}
	k, found := m.tokenAt(int(m.v.start[a]))
	if !found {
		return false
	}
	end := int(m.v.end[b-1])
	if m.toks[k].End > end {
		return true
	}
	pos := m.toks[k].POS
	return m.toks[k].End == end && b-a == 2 && pos != "" && strings.ContainsRune("vadb", rune(pos[0])) && pos != "vn"
}

// endsWord reports whether rune i ends a word of the segmenter; without
// the segmenter's words it always does.
func (m *matcher) endsWord(i int) bool {
	if m.toks == nil || i+1 == len(m.v.rs) {
		return true
	}
	_, ok := m.tokenAt(int(m.v.start[i+1]))
	return ok
}

// startsInsideWord reports whether a word of the segmenter starts before
// rune i and runs on past its start (强 of 加强); without the segmenter's
// words it never does.
func (m *matcher) startsInsideWord(i int) bool {
	if m.toks == nil {
		return false
	}
	_, ok := m.token(int(m.v.start[i]), false)
	return !ok
}

// inWord reports whether rune i lies inside a word of the segmenter longer
// than one rune (与 in 参与); without the segmenter's words it never does.
func (m *matcher) inWord(i int) bool {
	if m.toks == nil {
		return false
	}
	off := int(m.v.start[i])
	k := int(m.tokenIx[off])
	if k < len(m.toks) && m.toks[k].Start == off {
		return m.toks[k].End > int(m.v.end[i])
	}
	return k > 0 && m.toks[k-1].Start < off && m.toks[k-1].End > off
}

// endsPackage reports whether a package named by a count (稳经济47条) ends
// at rune i.
func (m *matcher) endsPackage(i int) bool {
	for _, f := range m.found {
		if f.b == i && f.count > 0 && (f.cat == "条" || f.cat == "條") {
			return true
		}
	}
	return false
}

// countFollows reports whether what follows rune i lets a count-named
// package end there: punctuation, a conjunction, or 政策 (科创九条政策), but
// not a noun that makes it a count of items (三条措施).
func (m *matcher) countFollows(i int) bool {
	if i >= len(m.v.rs) || !nameRune(m.v.rs[i]) && !stop(m.v.rs[i]) {
		return true
	}
	rest := m.v.str(i, min(i+2, len(m.v.rs)))
	for _, f := range []string{"等", "和", "与", "及", "、", "的", "政策", "新政", "落地", "实施", "出台", "发布", "印发"} {
		if strings.HasPrefix(rest, f) {
			return true
		}
	}
	return false
}

// quantifier reports whether the prefix [a, j) ends in a word that makes
// the count a count of items: 以下三条, 共十条.
func (m *matcher) quantifier(a, j int) bool {
	p := m.v.str(a, j)
	for _, q := range []string{"以下", "如下", "下列", "上述", "其中", "共", "这", "那", "每", "前", "后", "各", "分", "有", "另", "再", "又", "仅", "近", "多", "余", "第"} {
		if strings.HasSuffix(p, q) {
			return true
		}
	}
	return false
}

// known finds the dictionary's programmes outside quotes. Longer
// programmes are read first. A programme followed by its head word
// (乡村振兴战略, 一带一路建设) is a mention; so is a slogan with a strong or
// weak head word (“双创”行动, 双创政策), not with a class noun (双创平台).
// Without a head word, see alone; a programme named by an ordinary phrase
// (扩大内需, 创新驱动发展) then needs the head word that closes its list
// (see share), or is dropped.
func (m *matcher) known() {
	rs := m.v.rs
	type hit struct {
		w *word
		i int
	}
	var hits []hit
	for i, r := range rs {
		if !m.e.bareFirst.has(r) {
			continue
		}
		ws, _ := m.e.startingWith(r)
		for _, w := range ws {
			if m.knownSpelt(w, i) {
				hits = append(hits, hit{w, i})
			}
		}
	}
	slices.SortFunc(hits, func(a, b hit) int {
		if a.w.bare != b.w.bare {
			return a.w.bare - b.w.bare
		}
		return a.i - b.i
	})
	next := -1 // the first rune where the current word may match again
	for h, ht := range hits {
		if h > 0 && hits[h-1].w != ht.w {
			next = -1
		}
		if ht.i < next {
			continue
		}
		w, i := ht.w, ht.i
		slogan := w.is(kindSlogan)
		end, cat := i+len(w.rs), ""
		if i > 0 && end < len(rs) && closer(rs[i-1]) != 0 && closer(rs[i-1]) == rs[end] {
			continue // the whole of a quote: quoted decided it
		}
		name := string(w.rs)
		if n := versionLength(rs[end:]); n > 0 && !w.is(kindPhrase) {
			// 地方創生2.0: the programme's new version, named with it
			name += string(rs[end : end+n])
			end += n
		}
		if m.startsInsideWord(i) {
			continue // 加强科技平台建设: 强科技 is cut from 加强, no programme
		}
		if p := m.pilotAfter(end); p > 0 && m.free(i, p) {
			// 中央财政支持海绵城市建设试点, 推进交通强国试点: the national
			// pilot of the known programme, named by it and its building
			m.add(mention{a: i, b: p, name: m.v.str(i, p-2), cat: m.v.str(p-2, p)})
			next = p
			continue
		}
		nation := 0
		if m.hasPrefixAt(end, "国家战略") || m.hasPrefixAt(end, "國家戰略") {
			nation = 2 // 积极应对人口老龄化国家战略: the nation's strategy of a known aim, named by it
		}
		hw := m.headWord(end+nation, len(rs), anyHead)
		if hw != nil {
			end += nation
		}
		built := false
		if hw != nil && hw.head == kindWeak && w.ends != "" && (string(hw.rs) == "建设" || string(hw.rs) == "建設") {
			hw, built = nil, true // 千万工程建设, 城市生命线安全工程建设: the building of a programme that names its own head word
		}
		if hw != nil && w.is(kindPhrase) && (string(hw.rs) == "工作" || string(hw.rs) == "中心" || strengthGoal(w.rs) && (string(hw.rs) == "建设" || string(hw.rs) == "建設" || string(hw.rs) == "项目")) {
			// 碳达峰工作: the work an ordinary phrase says, no programme;
			// 全民健身中心, a building; 文化强省建设, 教育强省项目: the
			// building up of the strength a province aims at, and its
			// projects (文化强省战略 is the programme)
			hw = nil
		}
		if hw == nil && i > 0 && strings.ContainsRune("、和", rs[i-1]) {
			// 蓝天、碧水、净土三大保卫战: the last item of a list, then the
			// count of its items and their head word
			if n := m.listCount(end); n > 0 && smallNumber(m.v.str(end, end+n-1)) == m.itemsBefore(end) {
				if hw = m.headWord(end+n, len(rs), anyHead); hw != nil {
					end += n
				}
			}
		}
		switch {
		case hw != nil && hw.head == kindHead:
			end, cat = m.extend(end, len(hw.rs), len(rs), strong)
		case hw != nil && (!slogan || hw.head == kindWeak):
			end, cat = end+len(hw.rs), string(hw.rs)
		case built:
		case !m.alone(i, end, slogan):
			next = end
			continue
		}
		if cat == "" {
			cat = w.ends // 千万工程 names its own head word
		}
		if m.free(i, end) {
			// 《中国制造2025》: a known programme titled, marks and all; 《玉溪
			// 教育现代化 2035》: a place's own version of one, named by its title
			o := m.titledPlace(i)
			if i > 0 && rs[i-1] == '《' {
				o = i - 1
			}
			if o >= 0 && end < len(rs) && rs[end] == '》' && m.free(o, end+1) {
				m.add(mention{a: o, b: end + 1, name: m.v.str(o+1, i) + name, cat: cat, quoted: true})
				next = end + 1
				continue
			}
			m.add(mention{a: i, b: end, name: name, cat: cat, needHead: w.is(kindPhrase) && cat == ""})
			if hw != nil {
				// 推动大规模设备更新和消费品以旧换新行动方案、更大力度吸引和
				// 利用外资行动方案: the list goes on after a known name and
				// its head word
				m.chain(end, minSpecific)
			}
		}
		next = end
	}
}

// pilotAfter returns the end of 试点 right after rune i, maybe past 建设
// (海绵城市建设试点), or 0.
func (m *matcher) pilotAfter(i int) int {
	if m.hasPrefixAt(i, "建设") || m.hasPrefixAt(i, "建設") {
		i += 2
	}
	if m.hasPrefixAt(i, "试点") || m.hasPrefixAt(i, "試點") {
		return i + 2
	}
	return 0
}

// alone reports whether the known programme at runes [a, b), with no head
// word after it, is a mention by itself. It is not when it is part of a
// longer word of the segmenter, when 之 follows it (走好创新驱动发展之路
// describes a road), or when it modifies a proper name of a place or body
// (丝绸之路经济带创新驱动发展试验区). A programme that modifies another
// noun is a mention (“专精特新”企业, 一带一路沿线); a slogan that does is
// not (国家双创平台, 新双创, 双创金融债券), nor one after an adjective or
// noun. Without tokens, a letter, digit or Han character other than a
// particle next to a slogan counts as such a noun.
func (m *matcher) alone(a, b int, slogan bool) bool {
	rs := m.v.rs
	if b < len(rs) && rs[b] == '之' {
		return false
	}
	for s := b; s < len(rs) && s-b <= maxGap && nameRune(rs[s]); s++ {
		if m.find(s, m.run(s, m.e.maxWord), kindPlace) != nil {
			return false
		}
	}
	if m.toks == nil {
		if !slogan {
			return true
		}
		before := a > 0 && nameRune(rs[a-1]) && !m.verbEnds(a)
		return !before && (b == len(rs) || !nameRune(rs[b]))
	}
	prev, aligned := m.token(int(m.v.start[a]), true)
	next, alignedEnd := m.token(int(m.v.end[b-1]), false)
	if !aligned || !alignedEnd {
		return false
	}
	if !slogan {
		return true
	}
	if next != nil && next.Start == int(m.v.end[b-1]) && nounLike(next.POS) {
		return false
	}
	if prev != nil && prev.End == int(m.v.start[a]) && (nounLike(prev.POS) || strings.HasPrefix(prev.POS, "a")) {
		return false
	}
	return true
}

// verbEnds reports whether a verb or frame ends just before rune i.
func (m *matcher) verbEnds(i int) bool {
	for n := 1; n <= m.e.maxWord && n <= i; n++ {
		if w := m.e.lookup(m.v.rs[i-n : i]); w != nil && w.is(kindVerb) {
			return true
		}
	}
	return false
}

// wordStarting returns the word of the segmenter that starts exactly at
// rune i, or nil: none does, i falls inside one, or there are no words.
func (m *matcher) wordStarting(i int) *pipeline.Token {
	if i >= len(m.v.rs) || m.toks == nil {
		return nil
	}
	t, ok := m.token(int(m.v.start[i]), false)
	if !ok || t == nil || t.Start != int(m.v.start[i]) {
		return nil
	}
	return t
}

// token finds the token boundary at byte off of Norm.Text. With before
// true it returns the token that ends at or before off, else the token
// that starts at or after it; ok is false when off falls inside a token.
func (m *matcher) token(off int, before bool) (t *pipeline.Token, ok bool) {
	i, _ := m.tokenAt(off)
	// m.toks[i] is the first token starting at or after off.
	if i > 0 && m.toks[i-1].End > off {
		return nil, false
	}
	if before {
		if i > 0 {
			return &m.toks[i-1], true
		}
		return nil, true
	}
	if i < len(m.toks) {
		return &m.toks[i], true
	}
	return nil, true
}

// tokenAt returns the index of the first word of the segmenter starting
// at or after byte offset off of the view's text, and whether one starts
// exactly there. It reads the table of tokenIndex, as afterVerb asks at
// every rune.
func (m *matcher) tokenAt(off int) (int, bool) {
	if m.tokenIx == nil {
		return 0, false
	}
	i := int(m.tokenIx[off])
	return i, i < len(m.toks) && m.toks[i].Start == off
}

// nounLike reports whether a part of speech is a noun's.
func nounLike(pos string) bool { return strings.HasPrefix(pos, "n") || pos == "vn" }

// share gives the mentions of a coordinated list that have no head word
// the head word that closes the list: 科教兴国、人才强国、创新驱动发展“三大战略”
// gives each 战略, as does 科教兴国、人才强国战略. found must be sorted.
func (m *matcher) share() {
	rs := m.v.rs
	for i := 0; i < len(m.found); {
		j := i
		for j+1 < len(m.found) && m.found[j].b+1 == m.found[j+1].a && strings.ContainsRune("、和与及", rs[m.found[j].b]) {
			j++
		}
		group := m.found[i : j+1]
		last := group[len(group)-1]
		cat := ""
		nameEnd := last.a + utf8.RuneCountInString(last.name)
		if last.quoted {
			nameEnd += 2
		}
		if last.cat != "" && last.b > nameEnd {
			cat = last.cat
		} else if last.cat == "" {
			cat = m.closingHead(last.b)
		}
		if cat != "" {
			for k := range group {
				if group[k].cat == "" && !(m.weakHead(cat) && strings.HasSuffix(group[k].name, "发展")) {
					// 京津冀协同发展、长江经济带建设: a strategy named with
					// its own 发展 takes no 建设 of the item after it
					group[k].cat = cat
				}
			}
		}
		i = j + 1
	}
}

// listCount returns the length of a count of a list's items in Chinese
// numerals (三大, 两项, 两个) at rune i, or 0.
func (m *matcher) listCount(i int) int {
	return m.countLength(i, func(r rune) bool { return smallDigit(r, true) })
}

// countLength returns the length of a count of items at rune i, digits
// for which digit holds and then 大, 项 or 个, or 0.
func (m *matcher) countLength(i int, digit func(rune) bool) int {
	rs := m.v.rs
	j := i
	for j < len(rs) && j-i < maxNumeral && digit(rs[j]) {
		j++
	}
	if j == i || j >= len(rs) || !strings.ContainsRune("大项項个個", rs[j]) {
		return 0
	}
	return j + 1 - i
}

// itemsBefore counts the items of the list that ends at rune i: the runes
// of names and quotes back to a mark other than 、, items split by 、 or
// 和.
func (m *matcher) itemsBefore(i int) int {
	rs := m.v.rs
	n := 1
	for j := i - 1; j >= 0; j-- {
		switch r := rs[j]; {
		case r == '、' || r == '和':
			n++
		case nameRune(r) || closer(r) != 0 || isQuoteMark(r):
		default:
			return n
		}
	}
	return n
}

// closingHead returns the strong head word that closes a list at rune i,
// after an optional 等, an opening quote and a count (“三大战略”, 等战略),
// or "". Without 等 a count after one item closes no list: a phrase
// before a count of its own is the field of a package (工业强市十大专项
// 行动), no item of it.
func (m *matcher) closingHead(i int) string {
	rs := m.v.rs
	end := i // the end of the list's last item
	etc := i < len(rs) && rs[i] == '等'
	if etc {
		i++
	}
	if i < len(rs) && closer(rs[i]) != 0 {
		i++
	}
	j := i
	for j < len(rs) && smallDigit(rs[j], true) {
		j++
	}
	if j > i && j < len(rs) && (rs[j] == '大' || rs[j] == '项') {
		if !etc && m.itemsBefore(end) == 1 && smallNumber(m.v.str(i, j)) != 1 {
			return ""
		}
		i = j + 1
	}
	if w := m.headWord(i, len(rs), strong); w != nil {
		return string(w.rs)
	}
	return ""
}
