package initiative

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Limits on a list of programmes that share one head word.
const (
	maxItems = 12 // most items read in one list: 十大行动 lists ten
	minItem  = 4  // shortest unquoted item, in runes: 退耕还林, not 科技
)

// An item is one member of a list that shares a head word: runes [a, b)
// of the view, and runes [na, nb) its name. Its name is made a string
// only once the whole list is read (see addList), as most lists tried
// are none.
type item struct {
	a, b     int
	na, nb   int
	reformed bool // the list pilots reforms of what the item names: 改革 ends its name
}

// list reads, from rune j after a verb, programmes coordinated under one
// shared head word, each of which is a mention with that head word as its
// category:
//
//	实施好就业促进、创业引领、基层成长等计划 (就业促进, 创业引领, 基层成长: 计划)
//	推进天然林保护、退耕还林、防沙治沙等重点生态工程建设 (… : 工程)
//	实施基础研究、高技术研究和科技支撑计划 (基础研究, 高技术研究, 科技支撑: 计划)
//	实施“一带一路”建设、京津冀协同发展、长江经济带发展三大战略 (… : 战略)
//
// Items are joined by 、 and a last 和; 与 and 及 join parts of one item
// (水体污染控制与治理, 大型油气田及煤层气开发). The list is closed by 等 and a head word, maybe
// past a modifier (等国家重大专项), by a count and a head word (三大战略),
// whose count must be the number of items, or, only after a verb frame
// (frame true), by the head word that ends the last item. Each unquoted
// item is at least minItem runes long, so that a list of fields (信息、
// 生物、环保等领域) is none; a trailing 建设 is no part of an item's name,
// but for a works of building (see worksOfBuilding).
// An item already found (a quoted name) takes the shared head word when
// it has none or a weak one. list returns the end of the list and true,
// or j and false when the runes have another shape.
func (m *matcher) list(j int, frame bool) (int, bool) {
	rs := m.v.rs
	var buf [maxItems]item
	items := buf[:0]
	i := j
	if n := m.wordAt(i, len(rs), kindLead); n > 0 {
		i += n // 新一轮: no part of the name
	}
	lastSep := false // the previous separator was 和 or 及: this is the last item
	for len(items) < maxItems && i < len(rs) {
		it, ok := m.listItem(i)
		if !ok {
			return j, false
		}
		b := it.b
		if b >= len(rs) {
			return j, false
		}
		switch r := rs[b]; {
		case r == '、' && !lastSep:
			items = append(items, it)
			i = b + 1
			continue
		case r == '、' && len(items) >= 2 && m.joinedInside(items[len(items)-1], it):
			// 打好…、散煤整治和清洁取暖成果巩固、…六大攻坚战: the 和 joined
			// two parts of one item, as a 、 after it shows
			last := &items[len(items)-1]
			last.b, last.nb = it.b, it.nb
			lastSep = false
			i = b + 1
			continue
		case r == '和' && !lastSep:
			items = append(items, it)
			lastSep = true
			i = b + 1
			continue
		case r == '以' && b+2 < len(rs) && rs[b+1] == '及' && !lastSep:
			if len(items) >= 1 && m.implementingPlanEnds(it.a, b) {
				// …、家电家装以旧换新实施方案以及健全…工作方案: the head word
				// closed the list; 以及 joins what follows to the clause
				items = append(items, it)
				return m.closeList(j, items, frame)
			}
			items = append(items, it) // 以及 joins items like 、 (还草以及防沙治沙、草原保护)
			i = b + 2
			continue
		case r == '等':
			items = append(items, it)
			end, cat, ok := m.listTail(b + 1)
			if !ok || len(items) < 2 {
				return j, false
			}
			if tail, ok := m.namedTail(b+1, end, cat); ok {
				// 文化信息资源共享、送戏下乡、送书下乡等文化惠民工程: the
				// programme the items are part of is named too
				m.addList(items, b, cat)
				m.add(tail)
				return end, true
			}
			if pilot(cat) && m.v.str(b+1, end-utf8.RuneCountInString(cat)) == "改革" {
				// 宅基地制度、集体产权制度等改革试点: each item is a reform
				// piloted, 改革 part of its name
				for k := range items {
					items[k].reformed = true
				}
			}
			return m.addList(items, end, cat), true
		}
		// The last item carries the head word: 科技支撑计划, 长江经济带发展三大战略.
		items = append(items, it)
		if len(items) < 2 {
			return j, false
		}
		return m.closeList(j, items, frame)
	}
	return j, false
}

// joinedInside reports whether the items prev and it, read as joined by
// a list's last 和, are two parts of one item, which is what a 、 after it
// shows when an item came before prev (the caller reads both; in 重点流域
// 治理和天然林保护、退耕还林还草等重点生态工程 和 joins what precedes a list
// to it): neither is quoted nor ends in a head word.
func (m *matcher) joinedInside(prev, it item) bool {
	rs := m.v.rs
	return prev.b+1 == it.a && rs[prev.b] == '和' && closer(rs[prev.a]) == 0 && closer(rs[it.a]) == 0 &&
		m.e.endsHead(rs[prev.na:prev.nb]) == "" && m.e.endsHead(rs[it.na:it.nb]) == "" && m.endingHead(rs[it.na:it.nb]) == ""
}

// romanMarker returns the length in runes of a small Roman numeral in
// brackets that numbers an item inside a sentence ((i), （ii）, (iv), up to
// (x)), or 0.
func romanMarker(rs []rune) int { return enclosed(rs, "(（", ")）", "ivx", 4) }

// namedTail returns the programme that the tail of a list, from rune a
// past 等 to end, names with a modifier of its own before the head word
// cat: a specific noun phrase of at least minSpecific runes with no
// generic or class word nor count in it, not ending in 建设 or 发展, before
// a head word other than a reform's (文化惠民 in 等文化惠民工程, not 重点
// 生态, 生态建设 nor 行业管理体制改革).
func (m *matcher) namedTail(a, end int, cat string) (mention, bool) {
	k := end - utf8.RuneCountInString(cat)
	if k-a < minSpecific || reformField(cat) || isDigitRune(m.v.rs[a]) || m.holds(a, k, kindGeneric) || m.holds(a, k, kindClass) || !m.nominal(a, k) || !m.free(a, end) {
		return mention{}, false // 等领域改革, 等六大林业生态工程
	}
	if tail := m.v.str(k-2, k); tail == "建设" || tail == "發展" || tail == "发展" || tail == "建設" {
		return mention{}, false // 等生态建设工程, 等行业发展规划: a kind of works or plans
	}
	return mention{a: a, b: end, name: m.v.str(a, k), cat: cat}, true
}

// listItem reads one item of a list starting at rune i: a quoted name
// with its weak head word (“一带一路”建设), or a run of name runes in
// which 与 may join two parts.
func (m *matcher) listItem(i int) (item, bool) {
	rs := m.v.rs
	i += romanMarker(rs[i:]) // (ii)生物科技創業培育計劃: the item's number
	if i >= len(rs) {
		return item{}, false
	}
	if c := closer(rs[i]); c != 0 {
		k, ok := m.quoteEnd(i, c, maxName+1)
		if !ok || k-i < 3 {
			return item{}, false
		}
		it := item{a: i, b: k + 1, na: i + 1, nb: k}
		if w := m.headWord(it.b, len(rs), func(k kind) bool { return k == kindWeak }); w != nil {
			it.b += len(w.rs) // “一带一路”建设
		}
		return it, true
	}
	b := m.item(i, maxRun)
	if b == i && i > 0 && rs[i-1] == '、' && strings.ContainsRune("和与及", rs[i]) && i+1 < len(rs) && nameRune(rs[i+1]) {
		b = m.item(i+1, maxRun-1) // 、和美乡村提质: no conjunction right after 、, a word
	}
	if b == i {
		return item{}, false
	}
	for b+1 < len(rs) && (rs[b] == '与' || rs[b] == '及') && nameRune(rs[b+1]) && b-i < maxRun {
		b = m.item(b+1, maxRun-(b+1-i)) // 水体污染控制与治理, 大型油气田及煤层气开发
	}
	if b-i == minItem-1 && b+1 < len(rs) && rs[b] == '和' && nameRune(rs[b+1]) {
		// 风沙源和石漠化治理: three runes are too short to be an item
		// alone; two are a field of its own (道路和水上交通).
		b = m.item(b+1, maxRun-(b+1-i))
	}
	if b < len(rs) && rs[b] == '和' {
		// 黄河流域生态保护和高质量发展等重大战略: the 和 is the known
		// programme's own
		ws, _ := m.e.startingWith(rs[i])
		for _, w := range ws {
			if e := i + len(w.rs); e > b+1 && m.knownSpelt(w, i) {
				b = max(b, e)
			}
		}
	}
	if b < len(rs) && b > i && closer(rs[b]) != 0 {
		// 监管“天网”: a word and the quoted name of what it does
		if k, ok := m.quoteEnd(b, closer(rs[b]), maxName+1); ok && k > b+1 && k+1 < len(rs) && rs[k+1] == '、' {
			b = k + 1
		}
	}
	if n := asideInside(rs[b:]); n > 0 && b > i && b+n < len(rs) && nameRune(rs[b+n]) && b+n-i < maxRun {
		b = m.item(b+n, maxRun-(b+n-i)) // 低效燃煤工业锅炉（窑炉）改造: a short aside inside the item's words
	}
	words := b // where the item's words end: before 实施方案, whose 实施 is no verb of the item's clause
	if m.implementingPlanEnds(i, b) {
		words = b - 4
	}
	if m.frameInside(i, words) || m.wordAt(i, words, kindFrame) > 0 || m.wordAt(i, words, kindVerb) > 0 {
		return item{}, false // 十大工程即实施重点文化设施建设工程, 编制各级各类规划和实施全县重大工程, 、深化教育体制改革: the item's own clause
	}
	if b-i < minBare {
		return item{}, false
	}
	return item{a: i, b: b, na: i, nb: b}, true
}

// maxInnerAside is the most Han runes of an aside in brackets inside a
// list's item (see asideInside).
const maxInnerAside = 6

// asideInside returns the length in runes of a bracketed aside of one to
// maxInnerAside Han runes that opens rs (（窑炉）), or 0.
func asideInside(rs []rune) int {
	if len(rs) < 3 || rs[0] != '（' {
		return 0
	}
	for j := 1; j < len(rs) && j <= maxInnerAside+1; j++ {
		switch {
		case rs[j] == '）':
			if j == 1 {
				return 0
			}
			return j + 1
		case !isHan(rs[j]):
			return 0
		}
	}
	return 0
}

// item returns the end of a run of name runes from rune i, at most n
// runes long, that stops before a 以及 (退耕还林还草以及防沙治沙 is two
// items): 以 is a name rune, 及 is not. A version's point between digits
// (YouBike2.0) stands in it.
func (m *matcher) item(i, n int) int {
	rs := m.v.rs
	b := m.run(i, n)
	for b+1 < len(rs) && b > i && rs[b] == '.' && isDigitRune(rs[b-1]) && isDigitRune(rs[b+1]) && b-i < n {
		b = m.run(b+1, n-(b+1-i)) // YouBike2.0: a version's point stands in the item
	}
	if b > i+1 && rs[b-1] == '以' && b < len(rs) && rs[b] == '及' {
		return b - 1
	}
	return b
}

// listTail reads what closes a list after its 等: an optional count (三大),
// a modifier of at most maxGap runes and a strong head word (国家重大专项,
// 重点生态工程). It returns the end of the head word and the category.
func (m *matcher) listTail(i int) (end int, cat string, ok bool) {
	lim := m.run(i, maxGap+m.e.maxWord)
	for s := i; s <= i+maxGap && s < lim; s++ {
		if w := m.find(s, lim, kindClass); w != nil && !seriesWord(w.rs) {
			return 0, "", false // 政治体制等各项改革: a class, not named items (等系列提升行动 names the series the items are)
		}
		if n := m.headAt(s, lim, strong); n > 0 {
			end, cat = m.extend(s, n, lim, strong)
			if m.campaign(end, cat) {
				return 0, "", false // 食品药品安全、产品质量等专项整治: fields of a campaign
			}
			if c, ok := strings.CutPrefix(cat, "系列"); ok && c != "" {
				cat = c // 等系列行动: each item is one action of the series
			}
			return end, cat, true
		}
		if m.wordAt(s, lim, kindVerb) > 0 {
			return 0, "", false // 围绕…对外开放平台等提出23项工程: the list is what a clause is about
		}
	}
	return 0, "", false
}

// seriesWord reports whether rs is 系列 or 一系列: after 等 the series the
// items before it make up, not a class.
func seriesWord(rs []rune) bool { s := string(rs); return s == "系列" || s == "一系列" }

// campaign reports whether the head word cat closing a list at rune end
// is the modifier of an activity, so that the items are its fields, not
// programmes (等专项整治, 等专项检查): 专项 followed by more of the word,
// or a head word other than a formal plan's followed by a verb by the
// segmenter's words that is no weak head word (建设) nor a noun of what a
// plan sets.
func (m *matcher) campaign(end int, cat string) bool {
	if end >= len(m.v.rs) || !nameRune(m.v.rs[end]) {
		return false
	}
	if w := m.headWord(end, len(m.v.rs), anyHead); w != nil || m.wordAt(end, len(m.v.rs), kindAttribute) > 0 {
		return false
	}
	if cat == "专项" || cat == "專項" {
		return true // 重大专项 names projects; 专项整治 is a campaign
	}
	if m.formal(cat) || m.toks == nil {
		return false // 科技攻关等计划实施顺利: a formal plan goes on with a verb
	}
	t := m.wordStarting(end)
	return t != nil && t.POS == "v"
}

// closeList ends a list whose last item carries the head word, maybe past
// a count of the items (长江经济带发展三大战略). Without a count, a list
// after a verb frame is read, and one after a mere verb when its head word
// is a strategy's, an action's or a formal plan's and every item before
// the last is a known programme (实行以质取胜和市场多元化战略).
func (m *matcher) closeList(j int, items []item, frame bool) (int, bool) {
	last := &items[len(items)-1]
	if last.b-last.a < minBare+1 || m.v.rs[last.a] == '“' {
		return j, false
	}
	if n := m.knownTail(items); n > 0 {
		end := last.b
		last.b -= n
		last.nb = last.b
		return m.addList(items, end, m.v.str(end-n, end)), true
	}
	if end, cat, count := m.quotedCount(last.b); count == len(items) {
		// 深入实施生态农业提效、和美乡村提质、…、党建领富提级“八大行动”: the
		// count of the items and their head word in quotes after the last,
		// a name of its own that the last item's mention leaves to quoted
		m.addList(items, last.b, cat)
		return end, true
	}
	if frame && last.b-last.a >= minBare+4 && m.implementingPlanEnds(last.a, last.b) {
		// 制定汽车报废更新、家电家装以旧换新实施方案: the plans carrying out
		// each field, sharing the head word after the last
		last.na, last.nb = last.a, last.b-4
		end := last.b
		last.b -= 4
		return m.addList(items, end, "方案"), true
	}
	for k := last.a + minBare; k < last.b; k++ {
		n := m.headAt(k, last.b, strong)
		if n == 0 {
			if n = m.headAt(k, last.b, afterQuote); n > 0 && k+n == last.b {
				// 打好…、重污染天气应对六大攻坚战: a head word read only after a
				// quote closes a list when the count of its items precedes it
				if count, cn := m.trailingCount(last.a, k); count >= 2 && count == len(items) {
					last.na, last.nb, last.b = last.a, k-cn, k-cn
					return m.addList(items, last.b+cn+n, m.v.str(k, k+n)), true
				}
			}
			continue
		}
		end, cat := m.extend(k, n, last.b, strong)
		if end != last.b {
			if c := m.countAt(end); c == len(items) {
				// 打造青春铸魂、…、青春建功工程四个升级版: the head word, then
				// the count of the items, which names them a list
				last.na, last.nb, last.b = last.a, k, k
				return m.addList(items, end, cat), true
			}
			continue
		}
		count, cn := m.trailingCount(last.a, k)
		if count == 0 && !frame && !m.knownItems(items, cat) {
			return j, false
		}
		if count != 0 && count != len(items) {
			return j, false
		}
		last.na, last.nb = last.a, k-cn
		last.b = k - cn
		if count == 0 && m.fieldsOfOne(items) && m.free(items[0].a, end) {
			// 先进制造业、现代服务业、现代农业和人工智能产业青年就业行动: the
			// fields of one programme, whose last item says what it does
			m.add(mention{a: items[0].a, b: end, name: m.v.str(items[0].na, last.nb), cat: cat})
			return end, true
		}
		return m.addList(items, end, cat), true
	}
	return j, false
}

// implementingPlanEnds reports whether the runes [a, b) end in 实施方案
// after at least one rune of their own: a plan carrying out what precedes.
func (m *matcher) implementingPlanEnds(a, b int) bool {
	return b-a > 4 && m.hasPrefixAt(b-4, "实施方案")
}

// fieldsOfOne reports whether a list's items are the fields of one
// programme: every item but the last is nouns alone (先进制造业, 重点领域,
// 城乡基层), and the last goes on past such nouns with what is done in
// them (人工智能产业青年就业, 中小微企业就业支持), a word the segmenter tags
// as a verb or a verbal noun. Items that are programmes of their own say
// what they do each (城市更新、乡村振兴行动), and known ones are read as
// such.
func (m *matcher) fieldsOfOne(items []item) bool {
	if m.toks == nil {
		return false
	}
	for k, it := range items {
		if it.a < len(m.v.rs) && closer(m.v.rs[it.a]) != 0 || m.knownWithin(it.na, it.nb) {
			return false
		}
		nouns, verbs := m.wordsOfKinds(it.na, it.nb)
		if k < len(items)-1 && verbs != 0 || k == len(items)-1 && (verbs <= 0 || nouns < 2) {
			return false // 中国妇女、儿童发展纲要: one noun and what is done, the field's own outline
		}
	}
	return true
}

// wordsOfKinds counts the words of the segmenter in the runes [a, b)
// before the first tagged as a verb or a verbal noun, and those tagged so;
// verbs is -1 when a word is tagged neither so nor as a noun, a place, an
// adjective, a distinguishing word or a time.
func (m *matcher) wordsOfKinds(a, b int) (nouns, verbs int) {
	lo, hi := int(m.v.start[a]), int(m.v.end[b-1])
	i, found := m.tokenAt(lo)
	if !found {
		return 0, -1
	}
	for ; i < len(m.toks) && m.toks[i].Start < hi; i++ {
		switch pos := m.toks[i].POS; {
		case strings.HasPrefix(pos, "v"):
			verbs++
		case strings.HasPrefix(pos, "n"), pos == "a", pos == "b", pos == "t", pos == "j":
			if verbs == 0 {
				nouns++
			}
		default:
			return nouns, -1
		}
	}
	return nouns, verbs
}

// countAt returns the count of items that opens the runes at i (四个, 3项,
// 五大), or 0.
func (m *matcher) countAt(i int) int {
	n := m.countLength(i, isDigitRune)
	if n == 0 {
		return 0
	}
	return smallNumber(m.v.str(i, i+n-1))
}

// knownItems reports whether a list closed by the head word cat without
// a count may follow a mere verb: cat is a head word of kind verbhead or
// formal, and every item before the last is a programme of the
// dictionary.
func (m *matcher) knownItems(items []item, cat string) bool {
	if !m.verbHead(cat) && !m.formal(cat) {
		return false
	}
	for _, it := range items[:len(items)-1] {
		if !m.knownAt(it.a, it.b) {
			return false
		}
	}
	return true
}

// addList adds the items of a list closed at rune end by the head word
// cat, when every item is a name, and returns end. Items that together
// spell a programme of the dictionary (藏粮于地、藏粮于技战略) are that one
// programme.
func (m *matcher) addList(items []item, end int, cat string) int {
	if len(items) > 1 && m.free(items[0].a, end) {
		if whole := m.v.str(items[0].na, items[len(items)-1].nb); m.e.known[whole] == kindName {
			m.add(mention{a: items[0].a, b: end, name: whole, cat: cat})
			return end
		}
	}
	// A list most of whose items are long names may hold one of three
	// runes (高鐵延伸宜蘭、台62線延伸、…、蘇花安等計畫); a list of short
	// items is one of fields (信息、生物、环保等领域).
	long := 0
	for _, it := range items {
		if it.nb-it.na >= minItem {
			long++
		}
	}
	shortest := minItem
	if long >= 2 && long >= len(items)-1 {
		shortest = minItem - 1
	}
	for k := range items {
		it := &items[k]
		quoted := it.a < len(m.v.rs) && closer(m.v.rs[it.a]) != 0
		if !quoted {
			rs := dropQuoteMarks(m.v.rs[it.na:it.nb])
			if w := m.e.lookup(rs[max(0, len(rs)-2):]); w != nil && w.head == kindWeak && len(rs)-2 >= minItem && !worksOfBuilding(w, cat) {
				it.nb -= 2 // 海绵城市建设: 建设 is no part of the name
				rs = rs[:len(rs)-2]
			}
			if len(rs) < shortest && !m.knownWith(rs, cat) || !m.isName(rs) {
				return end // 家电、汽车、农机下乡: short items that are known with the tail
			}
		}
	}
	for k, it := range items {
		b := it.b
		if k == len(items)-1 {
			b = end
		} else if !reformed(cat) && m.e.endWord(m.v.rs[it.na:it.nb], func(w *word) bool { return w.head == kindAfter }) != nil {
			// 奖励扶助制度和少生快富工程, 阶级斗争、生产斗争和科学实验三大
			// 革命运动: an item that ends in a class noun of its own (a
			// system, a struggle) takes no head word of the list's, unless
			// the list reforms or pilots it (宅基地制度、…等改革试点)
			continue
		}
		if m.free(it.a, it.b) {
			name := string(dropQuoteMarks(m.v.rs[it.na:it.nb])) // 监管“天网”: the name without the marks
			if m.knownWith(m.v.rs[it.na:it.nb], cat) {
				name += cat // 家电下乡, as the dictionary names it
			}
			if it.reformed {
				name += "改革"
			}
			m.add(mention{a: it.a, b: b, name: name, cat: cat, quoted: closer(m.v.rs[it.a]) != 0}) // no count: an item is not named by its list's
			continue
		}
		for f := range m.found {
			fm := &m.found[f]
			if fm.a >= it.a && fm.b <= it.b && (fm.cat == "" || m.weakHead(fm.cat)) {
				fm.cat = cat // “一带一路”建设 in 三大战略
			}
		}
	}
	return end
}

// reformed reports whether cat, a list's head word, reforms or pilots what
// its items name (改革, 试点, 改革试点).
func reformed(cat string) bool {
	return strings.HasSuffix(cat, "改革") || pilot(cat)
}

// quotedCount reads, at rune i, a count of a list's items and a strong head
// word in quotes (“八大行动”) and returns the end of the closing quote, the
// head word and the count; the count is 0 when the runes have another
// shape.
func (m *matcher) quotedCount(i int) (end int, cat string, count int) {
	rs := m.v.rs
	if i >= len(rs) || closer(rs[i]) == 0 {
		return 0, "", 0
	}
	c := closer(rs[i])
	n := m.listCount(i + 1)
	if n == 0 {
		return 0, "", 0
	}
	h := m.headAt(i+1+n, len(rs), strong)
	if h == 0 {
		return 0, "", 0
	}
	e, cat := m.extend(i+1+n, h, len(rs), strong)
	if e >= len(rs) || rs[e] != c {
		return 0, "", 0
	}
	return e + 1, cat, smallNumber(m.v.str(i+1, i+n))
}

// knownTail returns the length in runes of the tail of the last item that,
// after each item before it too, spells a known programme: 下乡 in 家电、
// 汽车、农机下乡, where 家电下乡, 汽车下乡 and 农机下乡 are all programmes
// of the dictionary. It returns 0 when there is none.
func (m *matcher) knownTail(items []item) int {
	last := items[len(items)-1]
	if !m.knownAt(last.a, last.b) {
		return 0
	}
	for n := minBare; n <= last.b-last.a-minBare; n++ {
		cat := m.v.str(last.b-n, last.b)
		all := true
		for _, it := range items[:len(items)-1] {
			all = all && m.knownWith(m.v.rs[it.na:it.nb], cat)
		}
		if all {
			return n
		}
	}
	return 0
}

// knownWith reports whether the runes of an item followed by the head word
// cat spell a known programme (碧水 and 保卫战 spell 碧水保卫战).
func (m *matcher) knownWith(rs []rune, cat string) bool {
	_, ok := m.e.known[string(rs)+cat]
	return ok
}

// isName reports whether the runes of an unquoted item may be a name: no
// generic modifier or verb alone, no head word or verb frame, no class of
// programmes (一系列区域发展), no verb phrase (深化乡镇机构) and no short
// generic phrase (重点领域).
func (m *matcher) isName(rs []rune) bool {
	if w := m.e.lookup(rs); w != nil && (w.head != 0 || w.is(kindVerb) || w.is(kindGeneric)) {
		return false
	}
	for n := 1; n <= len(rs) && n <= m.e.maxWord; n++ {
		w := m.e.lookup(rs[:n])
		switch {
		case w == nil:
		case w.is(kindClass), w.is(kindVerb):
			return false // 一系列区域发展, 深化乡镇机构
		case w.is(kindGeneric) && len(rs) <= minItem:
			return false // 重点领域
		}
	}
	return true
}

// worksOfBuilding reports whether the weak head word w that ends an item
// stays in its name before the shared head word cat: a works or an action
// of building is named with both (国家制造业创新中心建设、智能制造…等五项重大
// 工程, as 制造业创新中心建设工程 is its name; …、监测体系建设等十大行动).
func worksOfBuilding(w *word, cat string) bool {
	s := string(w.rs)
	return (s == "建设" || s == "建設") && (cat == "工程" || cat == "行动" || cat == "行動")
}

// weakHead reports whether cat is a weak head word (建设, 工作).
func (m *matcher) weakHead(cat string) bool {
	w := m.catWord(cat)
	return w != nil && w.head == kindWeak
}

// bracketed reads the items that a programme named by its count lists in
// brackets right after it: 实施八大工程（创新引领、集群强链、…、要素保障强
// 化） gives 创新引领, 集群强链 … each with the head word 工程. The items
// are runs of name runes joined by 、 or a comma, as many as the count. A
// count and head word that name nothing by themselves (大力推进八项工程(产业
// 基础再造、…)实施, after a verb that is no frame) list their items so too,
// in brackets or after a colon up to the end of the sentence (实施三大工程：
// 创新引领、集群强链、要素保障强化。), the items then joined by 、 only.
func (m *matcher) bracketed() {
	rs := m.v.rs
	for f, n := 0, len(m.found); f < n; f++ {
		if mt := m.found[f]; mt.count >= 2 && mt.b < len(rs) {
			m.listAfter(mt.b, mt.count, mt.cat)
		}
	}
	for p, r := range rs {
		if r != '（' && r != '(' && r != '：' && r != ':' {
			continue
		}
		for i := max(p-maxCountedHead, 0); i < p-2; i++ {
			cat, count, ok := m.countedHeads(i, p)
			if ok && count >= 2 && (i == 0 || !isDigitRune(rs[i-1])) && m.free(i, p) {
				m.listAfter(p, count, cat)
				break
			}
		}
	}
}

// listAfter adds the items of the list that opens at rune p, a bracket or
// a colon, after a count of programmes of the head word cat.
func (m *matcher) listAfter(p, count int, cat string) {
	switch r := m.v.rs[p]; r {
	case '（', '(':
		m.addListed(m.listedItems(p, count, shutBracket(r), true), count, cat)
	case '：', ':':
		m.addListed(m.listedItems(p, count, '。', false), count, cat)
	}
}

// maxCountedHead is the most runes a count and its head words take before
// the items they list (十二大工程, 八项专项行动).
const maxCountedHead = 8

// listedItems reads the items of a list that opens after rune open and
// ends at the rune shut (or, when shut is 。, at any end of a sentence):
// runs of name runes at least minBare long joined by 、, or by a comma
// when commas is true. It returns them when they are count in number, and
// nil otherwise.
func (m *matcher) listedItems(open, count int, shut rune, commas bool) []item {
	rs := m.v.rs
	var items []item
	for i := open + 1; i < len(rs) && len(items) <= count; {
		b := m.run(i, maxRun)
		if b-i < minBare || !m.isName(rs[i:b]) {
			return nil
		}
		items = append(items, item{a: i, b: b, na: i, nb: b})
		if b == len(rs) || rs[b] == shut || shut == '。' && sentenceEnd(rs[b]) {
			break
		}
		if rs[b] != '、' && (!commas || rs[b] != '，' && rs[b] != ',') {
			return nil
		}
		i = b + 1
	}
	if len(items) != count || shut != '。' && items[count-1].b == len(rs) {
		return nil
	}
	return items
}

// shutBracket returns the bracket that closes the round bracket r.
func shutBracket(r rune) rune {
	if r == '(' {
		return ')'
	}
	return '）'
}

// addListed adds each of items, when there are any and none is covered,
// as a programme of the head word cat; an item that ends in cat already
// (实施三大工程：创新引领工程、…) is named without it.
func (m *matcher) addListed(items []item, count int, cat string) {
	if len(items) != count || count == 0 || !m.free(items[0].a, items[len(items)-1].b) {
		return
	}
	for _, it := range items {
		name := m.v.str(it.na, it.nb)
		if trimmed, ok := strings.CutSuffix(name, cat); ok && utf8.RuneCountInString(trimmed) >= minBare {
			name = trimmed
		}
		m.add(mention{a: it.a, b: it.b, name: name, cat: cat})
	}
}

// countedLists reads, with no verb before them, the items of a list closed
// by 等, or by nothing, and their count and head word in quotes: 以重点区块
// 开发、产业平台建设、美丽拱墅、…、基层治理能力提升等“六大专项行动”; 实施
// 质量强市、知识产权驱动“两个战略”. The items run back from 等, or the quote,
// over runs of name runes split by 、 to the start of the clause, the first
// item starting after the last preposition or verb frame in its run (我们
// 以…, 以实施…); their
// number must be the count, and each takes the head word as its category.
func (m *matcher) countedLists() {
	rs := m.v.rs
	for i := 1; i+1 < len(rs); i++ {
		if rs[i] != '等' && closer(rs[i]) == 0 || !nameRune(rs[i-1]) {
			continue
		}
		open := i + 1 // 等“六大专项行动”
		if rs[i] != '等' {
			open = i // 质量强市、知识产权驱动“两个战略”: the count right after the last item
		}
		_, cat, count := m.quotedCount(open)
		if count < 2 || count > maxItems*2 {
			continue
		}
		items := m.itemsBeforeCount(i, count, true)
		if len(items) != count {
			items = m.itemsBeforeCount(i, count, false) // 宜居宜业和美丽乡村建设: 和 inside an item
		}
		if len(items) != count {
			continue
		}
		first := &items[len(items)-1]
		for k := first.a; k < first.b; k++ {
			if m.toks != nil && m.preposition(k) {
				// 我们以重点区块开发: the clause up to the preposition is no
				// part of the name
				t, _ := m.tokenAt(int(m.v.start[k]))
				first.na = k
				for first.na < first.nb && int(m.v.start[first.na]) < m.toks[t].End {
					first.na++
				}
				first.a = first.na
			}
			if n := m.wordAt(k, first.nb, kindFrame); n > 0 && k+n < first.nb {
				first.na, first.a = k+n, k+n // 以实施旅游能级提升: nor is the verb that frames the list
			}
		}
		ok := true
		for _, it := range items {
			ok = ok && it.nb-it.na >= minBare && (m.free(it.a, it.b) || m.foundAt(it.a, it.b) >= 0 || m.endingInside(it.a, it.b) >= 0) && !m.holdsFunction(it.na, it.nb) && m.isName(m.v.rs[it.na:it.nb])
		}
		if !ok {
			continue
		}
		for k := len(items) - 1; k >= 0; k-- {
			it := items[k]
			if f := m.endingInside(it.a, it.b); f >= 0 {
				// 宜居宜业和美丽乡村建设: the count makes the whole item
				// one name, not the known programme read at its end
				m.found = slices.Delete(m.found, f, f+1)
			}
			if f := m.foundAt(it.a, it.b); f >= 0 {
				if m.found[f].cat == "" {
					m.found[f].cat = cat // a quoted item read as a name already
				}
				continue
			}
			m.add(mention{a: it.a, b: it.b, name: m.v.str(it.na, it.nb), cat: cat, quoted: it.na > it.a})
		}
	}
}

// maxQuotedModifier is the longest modifier, in runes, between an item's
// quote and the count of a list (“都智汇”优才“三大计划”).
const maxQuotedModifier = 4

// itemsBeforeCount reads back from rune i the items of a list that a count
// closes there, split by 、: quotes, or runs of name runes. It reads one
// more than count where there are more, so that a list longer than its
// count does not match it. With joined, a 和, 及, 以及 or 与 before the
// last item joins it to the list (粮食产能提升、耕地保护和畜牧业振兴“三大
// 行动”); without, 和 and 与 between name runes stand inside an item
// (宜居宜业和美丽乡村建设).
func (m *matcher) itemsBeforeCount(i, count int, joined bool) []item {
	rs := m.v.rs
	var items []item
	b := i
	for len(items) <= count {
		it := item{a: b, b: b, na: b, nb: b}
		if o := m.quoteBefore(b); o >= 0 {
			it = item{a: o, b: b, na: o + 1, nb: b - 1} // 拥江发展、“三化融合”、文化兴盛等“六大行动”
		} else {
			for it.a > 0 && (m.wordRune(it.a-1) || !joined && it.a < b && it.a >= 2 && (rs[it.a-1] == '和' || rs[it.a-1] == '与') && m.wordRune(it.a-2)) {
				it.a--
			}
			if it.a == b {
				break
			}
			it.na = it.a
			if o := m.quoteBefore(it.a); o >= 0 && b-it.a <= maxQuotedModifier {
				// 科研平台提质、…、“都智汇”优才“三大计划”: the quote before a
				// short modifier names the item, as a quoted field before
				// its descriptor does
				it = item{a: o, b: b, na: o + 1, nb: it.a - 1}
			}
		}
		items = append(items, it)
		switch {
		case it.a > 0 && rs[it.a-1] == '、':
			b = it.a - 1
		case joined && len(items) == 1 && m.joinerBefore(it.a) > 0:
			b = it.a - m.joinerBefore(it.a)
		default:
			return items
		}
	}
	return items
}

// joinerBefore returns the length of the word ending before rune i that
// joins the last item of a list (以及, 和, 及, 与), or 0.
func (m *matcher) joinerBefore(i int) int {
	for _, w := range []string{"以及", "和", "及", "与"} {
		if m.hasPrefix(i, w) {
			return utf8.RuneCountInString(w)
		}
	}
	return 0
}

// endingInside returns the index in found of the mention that ends at
// rune b and starts after rune a, the runes before it being free, or -1.
func (m *matcher) endingInside(a, b int) int {
	f := slices.IndexFunc(m.found, func(f mention) bool { return f.b == b && f.a > a })
	if f < 0 || !m.free(a, m.found[f].a) {
		return -1
	}
	return f
}

// quoteBefore returns the rune that opens the quote whose closing mark is
// rune b-1, at most maxName runes back, or -1.
func (m *matcher) quoteBefore(b int) int {
	rs := m.v.rs
	if b < 2 || !isQuoteMark(rs[b-1]) || closer(rs[b-1]) != 0 {
		return -1
	}
	for o := b - 2; o >= 0 && b-o <= maxName+2; o-- {
		if closer(rs[o]) == rs[b-1] {
			return o
		}
		if !nameRune(rs[o]) {
			return -1
		}
	}
	return -1
}

// foundAt returns the index of the mention found that covers exactly the
// runes [a, b), or -1.
func (m *matcher) foundAt(a, b int) int {
	return slices.IndexFunc(m.found, func(f mention) bool { return f.a == a && f.b == b })
}

// maxSharedItem is the longest item, in runes, of a list of fields that
// share the rest of the last item's name (大气、水、土壤污染防治行动计划).
const maxSharedItem = 2

// sharedTail reads, after a verb frame at rune j, a list of short fields
// that share the rest of the last item's name and its head word: 实施大气、
// 水、土壤污染防治行动计划 names three plans, 大气污染防治行动, 水污染防治
// 行动 and 土壤污染防治行动 (an inner 行动 stays in the name, as
// keepInnerHeads keeps it). Each item before the last is one to
// maxSharedItem runes and a noun of the segmenter; the last item's first
// word is such a noun too (or its first maxSharedItem runes, when the
// segmenter joins it to what follows: 土壤污染), and the shared rest at
// least minSpecific runes with no verb of the dictionary before a strong
// head word that ends the run. Each item before the last is a mention of
// its own runes; the last covers the rest. When then is not nil, the list
// is read only if then holds at its end, in place of the run ending there
// (a list opening a clause needs words saying it is carried out). It
// returns the end of the list.
func (m *matcher) sharedTail(j int, then func(int) bool) (int, bool) {
	rs := m.v.rs
	if m.toks == nil {
		return j, false
	}
	var buf [maxItems + 1][2]int
	items := buf[:0]
	i := j
	for len(items) < maxItems {
		k := m.run(i, maxSharedItem+1)
		if k == i || k-i > maxSharedItem || k >= len(rs) || rs[k] != '、' || !m.nounWord(i, k) {
			break
		}
		items = append(items, [2]int{i, k})
		i = k + 1
	}
	if len(items) < 2 {
		return j, false
	}
	// The last item: a short noun, the shared rest and the head words.
	lim := m.run(i, maxRun)
	first := 0
	for n := 1; n <= maxSharedItem && i+n < lim; n++ {
		if m.nounWord(i, i+n) {
			first = n
		}
	}
	if t := m.wordStarting(i); first == 0 && t != nil && (strings.HasPrefix(t.POS, "n") || t.POS == "i") {
		first = maxSharedItem // 土壤污染 as one word: the field is its first two runes
	}
	if first == 0 {
		return j, false
	}
	for k := i + first + minSpecific; k < lim; k++ {
		n := m.headAt(k, lim, strong)
		if n == 0 {
			continue
		}
		end, cat := m.extend(k, n, lim, strong)
		if (then == nil && end != lim || then != nil && !then(end)) || m.holds(i+first, k, kindVerb) || !m.free(j, end) {
			return j, false
		}
		rest := m.v.str(i+first, end-utf8.RuneCountInString(cat))
		if hasCountPrefix(rest) {
			// 蓝天、碧水、净土三大保卫战行动计划: the count of the items
			// is no part of each one's name
			if leadingCount(rest) != len(items)+1 {
				return j, false
			}
			rest = rest[strings.IndexAny(rest, "项大")+len("项"):]
		}
		for _, it := range items {
			m.add(mention{a: it[0], b: it[1], name: m.v.str(it[0], it[1]) + rest, cat: cat})
		}
		m.add(mention{a: i, b: end, name: m.v.str(i, i+first) + rest, cat: cat})
		return end, true
	}
	return j, false
}

// nounWord reports whether the runes [a, b) are one word of the segmenter
// tagged as a noun.
func (m *matcher) nounWord(a, b int) bool {
	t := m.wordStarting(a)
	return t != nil && t.End == int(m.v.end[b-1]) && strings.HasPrefix(t.POS, "n")
}
