package initiative

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// minRepeated is the fewest items of a list whose items each end in the
// same head word for the list to name programmes without a verb frame.
const minRepeated = 3

// repeated finds lists of programmes in which every item ends in the same
// strong head word of its own, with no verb frame before them:
//
//	行动方案以公园景区洁净行动、公共空间洁净行动、…、公厕洁净行动等“十大洁净行动”为重要举措
//
// One programme named with its head word may be a goal or a class; at
// least minRepeated items, joined by 、 (and a last 和, 及 or 以及), that
// end in the same head word are a list of programmes. The first item and
// all but one of the others must have a name (see goodItem); an item that
// has none (区域重大战略, a class) is skipped, and fields of reform are no
// list. An item holding a note in brackets (施工工地(闲置地块)洁净行动) is
// an item as long as it ends in the head word.
// The first item starts at a word of the segmenter that is no preposition,
// verb, adverb, conjunction, pronoun or particle (以 above is none of the
// name), so without the segmenter's words the pass reads nothing.
func (m *matcher) repeated() {
	if m.toks == nil {
		return
	}
	rs := m.v.rs
	for i := 0; i < len(rs); i++ {
		if rs[i] != '、' || i == 0 || !nameRune(rs[i-1]) {
			continue
		}
		first, ok := m.itemEndingAt(i, i-1) // the first item, before this 、
		if !ok || reformField(first.cat) {
			continue // 政治体制改革、文化体制改革: fields of reform, no programmes
		}
		items, n := []mention{first}, 1
		end := i
		for n < maxItems*2 && end < len(rs) {
			sep := 1
			if rs[end] != '、' {
				if w := m.joinerAt(end); w > 0 && n >= minRepeated-1 {
					sep = w
				} else {
					break
				}
			}
			f, good, ok := m.repeatedItem(end+sep, first.cat)
			if !ok {
				break
			}
			n++
			if good {
				items = append(items, f)
			}
			end = f.b
			if sep > 1 {
				break // the item after 和 is the last
			}
		}
		if n < minRepeated || len(items) < minRepeated-1 {
			continue
		}
		for _, f := range items {
			m.add(f)
		}
		i = end - 1
	}
}

// joinerAt returns the length of the word at rune i that joins the last
// item of a list (和, 及, 以及), or 0.
func (m *matcher) joinerAt(i int) int {
	for _, w := range []string{"以及", "和", "及"} {
		if m.hasPrefixAt(i, w) {
			return len([]rune(w))
		}
	}
	return 0
}

// listIntroducers are the words before a colon that introduce a list whose
// items commas may separate.
var listIntroducers = []string{"主要是", "主要有", "包括", "分别是", "主要包括", "具体是", "即"}

// introducedLists finds the programmes listed after a colon that a word
// introducing a list precedes, or after 即 opening a clause, separated by
// commas or 、, each ending in the same strong head word: 编制了20多个专题
// 规划,主要是:山东省能源开发与节约规划,山东省交通运输发展规划,…; 推进
// “七大行动”,即重大项目突破行动、科技创新引航行动、…. At least
// minRepeated items in a row must end so; each that reads as a programme
// by itself (see bareProgramme) is one, and one found already stays as it
// is. A quote that 指 defines, and 即, list two or more, joined by 和 or
// 及 too (“两个行动”指产品质量提升行动和服务质量提升行动; “两促进”,即生殖
// 健康促进行动和母乳喂养促进行动).
func (m *matcher) introducedLists() {
	rs := m.v.rs
	for i := 1; i < len(rs); i++ {
		colon := (rs[i] == '：' || rs[i] == ':') && slices.ContainsFunc(listIntroducers, func(w string) bool { return m.hasPrefix(i, w) })
		namely := rs[i] == '即' && strings.ContainsRune("，,", rs[i-1]) && m.wordAlone(i) // not 即可, 即将
		defined := rs[i] == '指' && (rs[i-1] == '”' || rs[i-1] == '」')
		if !colon && !namely && !defined {
			continue
		}
		type run struct{ a, b int }
		var runs []run
		cat := ""
		for j := i + 1; j < len(rs); {
			k := j
			for k < len(rs) && k-j < maxRun+maxName && (nameRune(rs[k]) || inner(rs[k]) && k > j && k+1 < len(rs) && nameRune(rs[k+1])) {
				if (defined || namely) && inner(rs[k]) && m.e.endsHead(rs[j:k]) != "" {
					break // “两个行动”指产品质量提升行动和服务质量提升行动: 和 joins two items
				}
				k++ // 能源开发与节约规划: 与 and 和 join parts of an item
			}
			h := m.e.endsHead(rs[j:k])
			if h == "" || !m.strongCat(h) || cat != "" && h != cat {
				break
			}
			cat = h
			runs = append(runs, run{j, k})
			if w := m.joinerAt(k); (defined || namely) && w > 0 {
				j = k + w
				continue
			}
			if k >= len(rs) || !strings.ContainsRune("，,、", rs[k]) {
				break
			}
			j = k + 1
		}
		if len(runs) < minRepeated && !((defined || namely) && len(runs) >= 2) {
			continue
		}
		for _, r := range runs {
			if f, ok := m.bareProgramme(r.a); ok && f.b == r.b && f.cat == cat {
				m.add(m.whole(f))
			}
		}
		i = runs[len(runs)-1].b
	}
}

// wordAlone reports whether rune i is a word of one rune to the segmenter
// (即 alone, not the first rune of 即可). Without segmentation it is.
func (m *matcher) wordAlone(i int) bool {
	if m.toks == nil {
		return true
	}
	t := m.wordStarting(i)
	return t != nil && t.End == int(m.v.end[i]) // the word ends with the rune: no string copied, asked at every 以 and 即
}

// introducerStarts are the first runes of listIntroducers.
const introducerStarts = "主包分具即"

// introducedQuotes finds the quoted programmes that a counted head word
// introduces before a colon or a comma and a word introducing a list
// (see listIntroducers): 提出四大願景方案，包括「老街美化大改造」、「網美市集」、
// 「戲說潮庄」及「來潮州庄溜溜」. The quotes, joined by 、 or a last 及, 和
// or 以及, must be as many as the count (四大, 三项, 两个), and each takes
// the head word as its category; one read as a name already keeps its own
// category, if it has one. A quote rejected on its own evidence stays
// rejected.
func (m *matcher) introducedQuotes() {
	rs := m.v.rs
	for i := 1; i+1 < len(rs); i++ {
		switch rs[i] {
		case '，', ',', '：', ':':
		default:
			continue
		}
		j := i + 1
		if !strings.ContainsRune(introducerStarts, rs[j]) {
			continue // a cheap test before the words
		}
		n := m.wordLength(j, listIntroducers)
		if n == 0 {
			continue
		}
		j += n
		if j < len(rs) && (rs[j] == '：' || rs[j] == ':') {
			j++
		}
		var qs []*quote
		for {
			q := m.quoteAt(j)
			if q == nil || q.title || q.reject {
				break
			}
			qs = append(qs, q)
			j = q.close + 1
			if j < len(rs) && rs[j] == '、' {
				j++
				continue
			}
			if w := m.joinerAt(j); w > 0 {
				j += w
				continue
			}
			break
		}
		cat, count := m.countedHeadBefore(i)
		if len(qs) < 2 || count != len(qs) {
			continue
		}
		for _, q := range qs {
			if f := m.foundAt(q.open, q.end); f >= 0 {
				if m.found[f].cat == "" {
					m.found[f].cat = cat
				}
				continue
			}
			if m.free(q.open, q.close+1) && q.close-q.open-1 >= minBare {
				m.add(mention{a: q.open, b: q.close + 1, name: m.v.str(q.open+1, q.close), cat: cat, quoted: true})
			}
		}
	}
}

// inTitle reports whether rune i lies between the marks of a title
// (《…》).
func (m *matcher) inTitle(i int) bool {
	k, _ := slices.BinarySearchFunc(m.quotes, i, func(q *quote, i int) int { return q.open - i })
	for k--; k >= 0; k-- {
		if q := m.quotes[k]; q.title && q.close > i {
			return true
		}
		if i-m.quotes[k].open > maxTitle {
			return false
		}
	}
	return false
}

// quoteAt returns the quote that opens at rune i, or nil.
func (m *matcher) quoteAt(i int) *quote {
	k, found := slices.BinarySearchFunc(m.quotes, i, func(q *quote, i int) int { return q.open - i })
	if !found {
		return nil
	}
	return m.quotes[k]
}

// countedHeadBefore reads the strong head word, or the head word of a plan
// or a policy (方案, 政策), that ends just before rune i, and the count
// before its name (四大願景方案, 三项计划, 两个计划): it returns the head
// word and the count, or "" and 0.
func (m *matcher) countedHeadBefore(i int) (string, int) {
	rs := m.v.rs
	cat := m.endingHead(rs[max(0, i-m.e.maxWord-1):i])
	if w := m.catWord(cat); cat == "" || w.head == kindWeak || w.head == 0 && !w.is(kindLong) {
		return "", 0 // 三大抓手, 两项工作: no programmes
	}
	h := i - utf8.RuneCountInString(cat)
	for c := h - 1; c > 0 && h-c <= maxCountedName; c-- {
		if !strings.ContainsRune("大项个类", rs[c]) || !smallDigit(rs[c-1], true) && !isDigitRune(rs[c-1]) {
			if !nameRune(rs[c]) {
				return "", 0
			}
			continue
		}
		d := c
		for d > 0 && (smallDigit(rs[d-1], true) || isDigitRune(rs[d-1])) {
			d--
		}
		return cat, smallNumber(m.v.str(d, c))
	}
	return "", 0
}

// maxCountedName is the most runes between a count and the head word of
// the programmes it counts (四大願景方案).
const maxCountedName = 8

// repeatedItem reads an item after the first at rune i: a programme with
// the head word cat that ends at a separator, or a run that ends in cat
// and holds a note in brackets or is longer than a name read alone (see
// maxRun), 和 and 与 inside it. It returns the mention, whether its name is
// one (see goodItem), and whether the runes are an item of the list at all.
func (m *matcher) repeatedItem(i int, cat string) (f mention, good, ok bool) {
	rs := m.v.rs
	if i < len(rs) {
		i += romanMarker(rs[i:]) // (ii)生物科技創業培育計劃: the item's number
	}
	if i >= len(rs) {
		return mention{}, false, false
	}
	if f, ok := m.bareProgramme(i); ok {
		if f.cat != cat {
			return mention{}, false, false
		}
		return m.whole(f), m.goodItem(f), true
	}
	// 施工工地(闲置地块)洁净行动: a note in brackets inside the item.
	b, depth := i, 0
	for b < len(rs) && b-i < maxRun+maxName && (nameRune(rs[b]) || inner(rs[b]) && b > i && b+1 < len(rs) && nameRune(rs[b+1]) && !m.hasPrefix(b, cat) || depth == 0 && (rs[b] == '(' || rs[b] == '（') || depth > 0) {
		switch rs[b] {
		case '(', '（':
			depth++
		case ')', '）':
			depth--
		}
		if depth < 0 || depth > 1 {
			return mention{}, false, false
		}
		b++
	}
	name := m.v.str(i, b)
	// 交通运输服务乡村振兴和区域协调发展行动: longer than a name read alone,
	// or joining two fields (城市更新和安全韧性提升行动), which a name read
	// alone does not
	long := b-i > maxRun || strings.ContainsAny(name, "和与")
	if depth != 0 || !strings.ContainsAny(name, "(（") && !long || !strings.HasSuffix(name, cat) || !m.free(i, b) {
		return mention{}, false, false
	}
	if c := m.measureJoinedBefore(i, b-utf8.RuneCountInString(cat)); c > 0 {
		i, name = c, m.v.str(c, b) // 住宅單位電費補貼和持續進修發展計劃: a subsidy of its own, then the item
	}
	f = mention{a: i, b: b, name: strings.TrimSuffix(name, cat), cat: cat}
	return f, m.goodItem(f), true
}

// measureJoinedBefore returns the rune after the last 和, 与 or 及 in the
// runes [a, b) that follows a measure of its own, a run ending in a head
// word or a word for a grant (电费补贴和持续进修发展), or 0: what follows
// is the item, what precedes it another measure the list names.
func (m *matcher) measureJoinedBefore(a, b int) int {
	rs := m.v.rs
	for c := b - 1; c > a; c-- {
		if rs[c] != '和' && rs[c] != '与' && rs[c] != '及' {
			continue
		}
		if m.e.endsHead(rs[a:c]) != "" || m.e.endsKind(rs[a:c], kindGrant) != "" {
			return c + 1
		}
		return 0
	}
	return 0
}

// goodItem reports whether the item f of a list of repeated head words
// has a name: specific and at least minItem runes long, holding no other
// head word but a weak one (建设) nor preposition (方案以公园景区洁净行动 is
// a clause) and not ending in a generic modifier (区域重大战略 is a class
// of strategies).
func (m *matcher) goodItem(f mention) bool {
	rs := []rune(f.name)
	if len(rs) < minItem || m.holdsFunction(f.a, f.a+len(rs)) || m.clause(f.a, f.a+len(rs)) {
		return false
	}
	for k := f.a; k < f.a+len(rs); k++ {
		if m.headAt(k, f.a+len(rs), func(k kind) bool { return k != kindWeak }) > 0 || m.preposition(k) {
			return false
		}
		if w := m.find(k, f.a+len(rs), kindGeneric); w != nil && k+len(w.rs) == f.a+len(rs) {
			return false
		}
	}
	return true
}

// preposition reports whether a word of the segmenter that is a
// preposition by its part of speech starts at rune k (以 in 方案以公园景区
// 洁净行动).
func (m *matcher) preposition(k int) bool {
	t, found := m.tokenAt(int(m.v.start[k]))
	return found && strings.HasPrefix(m.toks[t].POS, "p")
}

// whole gives the item f the name of a known programme that it spells
// with its head word (全球发展倡议), as the dictionary names it.
func (m *matcher) whole(f mention) mention {
	if w := m.e.lookup(m.v.rs[f.a:f.b]); w != nil && w.is(kindName) {
		f.name = m.v.str(f.a, f.b)
	}
	return f
}

// opensName reports whether a word of part of speech pos may open the name
// of a programme: not a preposition, verb, adverb, conjunction, pronoun,
// particle or numeral.
func opensName(pos string) bool {
	return pos != "" && !strings.ContainsRune("pvdcrum", rune(pos[0])) || pos == "vn"
}

// specialActions finds, with no verb frame before them, the actions whose
// head word is 专项行动, which names an action of its own wherever it
// stands (积极从数字绿色技改专项行动中挖掘项目): the longest name before it
// that opens a word of the segmenter of a part of speech that may open a
// name (see opensName), or any word after a verb that governs the action
// (深入推进疏解整治促提升专项行动), and has a name (see goodItem); see
// nameBefore.
func (m *matcher) specialActions() {
	if m.toks == nil {
		return
	}
	for i := 0; i+4 <= len(m.v.rs); i++ {
		if !m.hasPrefixAt(i, "专项行动") || i > 0 && m.covered[i-1] {
			continue
		}
		if f, ok := m.nameBefore(i, i+4, "专项行动"); ok {
			m.add(f)
		}
		i += 3
	}
	// 以卫生健康现代化建设九大行动为主线: a field, the count of its
	// programmes and their head word, named by the field and the count
	for i := 1; i+3 <= len(m.v.rs); i++ {
		if !smallDigit(m.v.rs[i], true) || m.v.rs[i+1] != '大' || !nameRune(m.v.rs[i-1]) || isDigitRune(m.v.rs[i-1]) {
			continue
		}
		n := m.headAt(i+2, len(m.v.rs), strong)
		if n == 0 || i+2+n < len(m.v.rs) && nameRune(m.v.rs[i+2+n]) {
			continue
		}
		cat := m.v.str(i+2, i+2+n)
		if f, ok := m.nameBefore(i, i+2+n, cat); ok && !reformField(cat) && (f.a == 0 || m.v.rs[f.a-1] != '、') {
			// 、扬尘面源污染防治六大行动: after a list's last item the count
			// is the list's, which another reader read or refused
			f.name, f.count = m.v.str(f.a, i+2), smallNumber(m.v.str(i, i+1))
			m.add(f)
		}
	}
}

// meetingWords name the meetings that launch or push a programme, after
// its head word and maybe 工作 (城镇管理百日攻坚行动誓师大会, 强科技行动
// 工作推进会).
var meetingWords = []string{"誓师大会", "誓师会", "动员大会", "动员会", "推进大会", "推进会", "部署大会", "部署会", "启动仪式", "启动会", "现场推进会", "现场会"}

// meetingActions finds the programmes that name the meetings launching or
// pushing them (举行城镇管理百日攻坚行动誓师大会): a strong head word
// before one of meetingWords, and the name before it back to a verb, at
// least minSpecific runes that open with a noun (see nounStart) and have a
// name (see goodItem).
func (m *matcher) meetingActions() {
	if m.toks == nil {
		return
	}
	rs := m.v.rs
	for i := minSpecific + 2; i < len(rs); i++ {
		if !meetingOpens(rs[i:]) || !m.meetingAt(i) {
			continue
		}
		k := i
		if m.hasPrefixAt(k-2, "工作") {
			k -= 2
		}
		for h := max(0, k-4); h <= k-2; h++ {
			n := m.headAt(h, k, strong)
			if n == 0 || h+n != k {
				continue // the longest head word first: 大会战, not 会战
			}
			a := h
			for a > 0 && h-a < maxRun && nameRune(rs[a-1]) && !m.verbEnds(a) && !m.segmenterVerbEnds(a) {
				a--
			}
			if n := m.wordAt(a, h, kindGeneric); n > 0 {
				a += n // 全市园区攻坚大会战: the scope is no part of the name
			}
			f := mention{a: a, b: k, name: m.v.str(a, h), cat: m.v.str(h, k)}
			if h-a >= minSpecific && m.nounStart(a) && m.free(a, k) && m.goodItem(f) && !m.holds(a, h, kindVerb) {
				m.add(m.whole(f))
			}
			break
		}
	}
}

// segmenterVerbEnds reports whether a word of the segmenter tagged as a
// verb ends just before rune i, where another word starts.
func (m *matcher) segmenterVerbEnds(i int) bool {
	t, found := m.tokenAt(int(m.v.start[i]))
	return found && t > 0 && m.toks[t-1].End == m.toks[t].Start && isVerb(m.toks[t-1].POS)
}

// meetingOpens reports whether rs opens with the first two runes of one
// of meetingWords (誓师, 动员, 推进, 部署, 启动, 现场): a cheap check on
// the hot path, before meetingAt compares the words.
func meetingOpens(rs []rune) bool {
	if len(rs) < 3 {
		return false
	}
	switch rs[0] {
	case '誓':
		return rs[1] == '师'
	case '动':
		return rs[1] == '员'
	case '推':
		return rs[1] == '进'
	case '部':
		return rs[1] == '署'
	case '启':
		return rs[1] == '动'
	case '现':
		return rs[1] == '场'
	}
	return false
}

// meetingAt reports whether one of meetingWords starts at rune i.
func (m *matcher) meetingAt(i int) bool {
	for _, w := range meetingWords {
		if m.hasPrefixAt(i, w) {
			return true
		}
	}
	return false
}

// nameBefore reads the name that ends at rune i, before the head word cat
// (maybe after a count) that ends at rune end: the whole run of name runes
// before it, or the part of it after a preposition (从数字绿色技改专项行动
// 中), opening a word of the segmenter fit to open a name; or the part of
// it after a verb that governs an action (see actionGovernedAt), opening
// any word. The name holds at least minItem runes that have a name (see
// goodItem), no verb of the dictionary, no person and no time (蔡奇充分
// 肯定过去一年…), and is free.
func (m *matcher) nameBefore(i, end int, cat string) (mention, bool) {
	rs := m.v.rs
	a := i
	for a > 0 && i-a < maxRun && nameRune(rs[a-1]) {
		a--
	}
	for k := a; k+minItem <= i; k++ {
		t, found := m.tokenAt(int(m.v.start[k]))
		if !found || !m.free(k, end) {
			continue
		}
		governed := k > a && m.actionGovernedAt(k)
		if !opensName(m.toks[t].POS) && !governed {
			continue // 疏解整治促提升 opens with a verb: read after one that governs it
		}
		if k > a && (t == 0 || !strings.HasPrefix(m.toks[t-1].POS, "p")) && !governed {
			continue // 规范市场秩序专项行动: the object of a verb, maybe part of a longer name
		}
		if m.holdsPersonOrTime(k, i) {
			continue // 蔡奇充分肯定过去一年疏解整治促提升专项行动: a sentence's subject and its time
		}
		f := mention{a: k, b: end, name: m.v.str(k, i), cat: cat}
		if m.goodItem(f) && !m.holds(k, i, kindVerb) && !m.holds(k, i, kindFrame) {
			return f, true
		}
	}
	return mention{}, false
}

// holdsPersonOrTime reports whether a word of the segmenter that names a
// person or a time (nr, t) starts in the runes [a, b).
func (m *matcher) holdsPersonOrTime(a, b int) bool {
	for k := a; k < b; k++ {
		if t := m.wordStarting(k); t != nil && (t.POS == "nr" || t.POS == "t") {
			return true
		}
	}
	return false
}

// actionGoverning are the verbs that govern an action named before its
// head word (深入推进疏解整治促提升专项行动), besides the verb frames: what
// follows them is the action itself, not part of its name.
var actionGoverning = []string{"推进", "推动", "落实", "部署", "抓好", "做好", "深化"}

// actionGovernedAt reports whether a verb frame or one of actionGoverning ends
// at rune k.
func (m *matcher) actionGovernedAt(k int) bool {
	return m.wordEndsAt(k, actionGoverning) || m.frameEnding(max(0, k-m.e.maxWord), k)
}

// reformField reports whether cat is 改革: a field named before it with no
// verb frame (政治体制改革、文化体制改革; 加快金融体制改革，) is a field of
// reform, no programme.
func reformField(cat string) bool { return cat == "改革" }

// amongWords are the words for "among them" that open a list's items, the
// segmenter tagging 当中 a place word: no item's name opens with them.
var amongWords = []string{"当中", "其中", "之中"}

// tokenIsWordOf reports whether the word of the segmenter toks[t], which
// starts at rune k, is one of words.
func (m *matcher) tokenIsWordOf(t, k int, words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool {
		n := utf8.RuneCountInString(w)
		return m.hasPrefixAt(k, w) && int(m.v.end[k+n-1]) == m.toks[t].End
	})
}

// itemEndingAt reads the longest programme that ends at rune end, with a
// name that opens a word of the segmenter fit to open one (see opensName)
// or opens right after a colon, starts before rune last and has a name
// (see goodItem); the first item of a list of repeated head words is read
// so.
func (m *matcher) itemEndingAt(end, last int) (mention, bool) {
	rs := m.v.rs
	a := last
	for a > 0 && end-a < maxRun && nameRune(rs[a-1]) {
		a--
	}
	for k := a; k+minItem <= last; k++ {
		t, found := m.tokenAt(int(m.v.start[k]))
		listed := k == a && k > 0 && (rs[k-1] == ':' || rs[k-1] == '：') // 分别是:就业创业保障提升行动: the item opens after the colon
		if !found || !opensName(m.toks[t].POS) && !listed || m.tokenIsWordOf(t, k, amongWords) {
			continue
		}
		f, ok := m.bareProgramme(k)
		if ok && f.b == end && m.goodItem(f) {
			return m.whole(f), true
		}
	}
	return mention{}, false
}

// paragraphTopics finds the programme that opens a paragraph as its topic,
// followed by a comma or a colon (乡镇污水治理工程，计划投资300亿元左右), or
// after a dash, a bullet or a heading's number also by the end of its
// sentence or line (――粮食综合生产能力增强行动。, 四、國家發展計畫(114-117年))
// or by its page number in a table of contents, where a copy may run the
// headings into one line ((一)农业园区化建设行动(28)(二)…).
// The run from the paragraph's start (past its indent) to the first mark
// must end in a strong head word other than 改革 and have a name (see
// goodItem) that opens with a noun by the segmenter's words, holds no verb
// of the dictionary but one closing it (循环农业促进行动: the action's own
// verb; 全面落实强首府战略 is a clause) nor a verb frame, and ends in no
// duration. A lead of a scheme (过去两期, 今年; see schemeLeads) before the
// name is no part of it.
func (m *matcher) paragraphTopics() {
	if m.toks == nil {
		return
	}
	rs := m.v.rs
	for i := 0; i < len(rs); i++ {
		if i > 0 && rs[i-1] != '\n' && !afterPageNumber(rs[:i]) {
			continue
		}
		a, bullet := i, m.bulletDropped(i)
		for a < len(rs) && (unicode.IsSpace(rs[a]) || strings.ContainsRune("―—•·▪☑✓✔□", rs[a])) {
			bullet = bullet || !unicode.IsSpace(rs[a]) // ――粮食综合生产能力增强行动。, ☑…: a dash, a bullet or a box before the topic
			a++
		}
		if n := headingMarker(rs[a:]); n > 0 {
			a, bullet = a+n, true // （三）数字经济创新提质工程。: a numbered heading is a bullet
		}
		for n := m.leadLength(a, len(rs)); n > 0; n = m.leadLength(a, len(rs)) {
			a += n // 過去兩期人才引進計劃，: the phases past are no part of the name
		}
		b := a
		for b < len(rs) && (nameRune(rs[b]) || inner(rs[b]) && b > a && b+1 < len(rs) && nameRune(rs[b+1])) {
			b++ // 普通公路及安防工程: 和, 与, 及 and 等 join parts of the name
		}
		// After a bullet the topic may also end its sentence or its line,
		// maybe after its edition (國家發展計畫(114-117年)).
		ends := "，：,:"
		if bullet {
			ends += "。；;\n"
		}
		e := b
		if bullet {
			e += editionLength(rs[b:])
			if e == b {
				e += lineNoteLength(rs[b:]) // ☑东蕾苑二期新建工程(2024年度续建项目): a note on the works ends its line
			}
		}
		if b-a > maxRun || !(e < len(rs) && strings.ContainsRune(ends, rs[e]) || bullet && (e == len(rs) || pageNumber(rs[b:]) > 0)) {
			continue
		}
		if f, ok := m.glossaryCode(a, b, bullet); ok {
			m.add(f)
			continue
		}
		for k := a + minItem; k < b; k++ {
			n := m.headAt(k, b, strong)
			if n == 0 || k+n != b {
				continue
			}
			f := mention{a: a, b: b, name: m.v.str(a, k), cat: m.v.str(k, b)}
			if !reformField(f.cat) && m.nounStart(a) && m.trailingYears(a, k) == 0 && m.free(a, b) && m.goodItem(f) &&
				!m.wordBefore(a, k, kindVerb) && !m.holds(a, k, kindFrame) {
				m.add(m.whole(f)) // not 加快金融体制改革， nor 实现五年计划，
			}
			break
		}
	}
}

// pageNumber returns the length in runes of the page number in brackets
// that opens rs ((28), （35）), as a table of contents gives it after each
// heading, or 0.
func pageNumber(rs []rune) int {
	return enclosed(rs, "(（", ")）", "0123456789", 4)
}

// afterPageNumber reports whether rs ends in the page number of a heading
// of a table of contents, maybe with digits a copy glued to it
// (…建设行动(28)2): a copy that runs the contents into one line opens the
// next heading there.
func afterPageNumber(rs []rune) bool {
	i := len(rs)
	for i > 0 && i > len(rs)-3 && rs[i-1] >= '0' && rs[i-1] <= '9' {
		i--
	}
	if i == 0 || rs[i-1] != ')' && rs[i-1] != '）' {
		return false
	}
	j := i - 1
	for j > 0 && rs[j-1] >= '0' && rs[j-1] <= '9' {
		j--
	}
	return j < i-1 && j > 0 && (rs[j-1] == '(' || rs[j-1] == '（')
}

// glossaryCode reads the code that a line of a glossary explains after a
// colon, the runes [a, b), when the line opens with a number or a bullet
// (bullet): a code of counted words (4.四送一服:送新发展理念…, 9.三重一
// 创:), maybe with its head word (11.三乡工程:市民下乡工程…), named as in
// the report the glossary explains.
func (m *matcher) glossaryCode(a, b int, bullet bool) (mention, bool) {
	if !bullet || b >= len(m.v.rs) || m.v.rs[b] != '：' && m.v.rs[b] != ':' || b-a > maxGlossaryCode || !m.free(a, b) {
		return mention{}, false
	}
	code := m.v.rs[a:b]
	h := m.e.endsHead(code)
	base := string(code[:len(code)-utf8.RuneCountInString(h)])
	if h != "" && !m.strongCat(h) {
		h, base = "", string(code)
	}
	if !isCountedPairs(base) && !isAbbrev(base) && !isDigitCode(base) {
		return mention{}, false
	}
	return mention{a: a, b: b, name: base, cat: h}, true
}

// wordBefore reports whether a word of kind kd starts in the runes [a, k)
// other than one that ends at k, where a head word follows.
func (m *matcher) wordBefore(a, k int, kd kind) bool {
	for i := a; i < k; i++ {
		if n := m.wordAt(i, k, kd); n > 0 && i+n < k {
			return true
		}
	}
	return false
}

// headingMarker returns the length in runes of the number that opens a
// numbered heading at the start of rs (四、, （三）, (3), 3., 3、, ①,
// 第三节, 第二章, 第一部分) with the spaces after it, or 0.
func headingMarker(rs []rune) int {
	if len(rs) > 0 && rs[0] >= '①' && rs[0] <= '⑳' {
		return 1
	}
	if len(rs) > 0 && rs[0] == '第' {
		j := 1
		for j < len(rs) && j < 5 && isDigitRune(rs[j]) {
			j++
		}
		if j == 1 || j >= len(rs) {
			return 0
		}
		n := 0
		switch {
		case strings.ContainsRune("章节篇", rs[j]):
			n = j + 1
		case j+1 < len(rs) && rs[j] == '部' && rs[j+1] == '分':
			n = j + 2
		}
		for n > 0 && n < len(rs) && isSpace(rs[n]) {
			n++
		}
		return n
	}
	open := len(rs) > 0 && (rs[0] == '(' || rs[0] == '（')
	i := 0
	if open {
		i++
	}
	j := i
	for j < len(rs) && j-i < 4 && isDigitRune(rs[j]) {
		j++
	}
	if j == i || j >= len(rs) {
		return 0
	}
	switch {
	case open && (rs[j] == ')' || rs[j] == '）'):
		return j + 1
	case !open && (rs[j] == '、' || rs[j] == '．' || rs[j] == '.' && j+1 < len(rs) && (rs[j+1] < '0' || rs[j+1] > '9')):
		// 4.四送一服: a Chinese numeral after the point opens the heading; 4.5 is a number
		return j + 1
	}
	return 0
}

// editionLength returns the length in runes of an edition in brackets that
// opens rs ((114-117年), （2021-2024）), or 0.
func editionLength(rs []rune) int {
	if len(rs) < 3 || rs[0] != '(' && rs[0] != '（' {
		return 0
	}
	for j := 1; j < len(rs) && j <= 16; j++ {
		switch r := rs[j]; {
		case r == ')' || r == '）':
			if j == 1 {
				return 0
			}
			return j + 1
		case !isDigitRune(r) && !strings.ContainsRune("-—–~～至到年", r):
			return 0
		}
	}
	return 0
}

// maxLineNote is the longest note in brackets, in runes with its
// brackets, that may close a bulleted line after its topic.
const maxLineNote = 18

// lineNoteLength returns the length in runes of a note in brackets that
// opens rs and ends its line or text ((2024年度续建项目)), with no clause
// mark inside, or 0.
func lineNoteLength(rs []rune) int {
	if len(rs) < 3 || rs[0] != '(' && rs[0] != '（' {
		return 0
	}
	for j := 1; j < len(rs) && j < maxLineNote; j++ {
		switch r := rs[j]; {
		case r == ')' || r == '）':
			if j == 1 || j+1 < len(rs) && rs[j+1] != '\n' {
				return 0
			}
			return j + 1
		case r == '\n' || clauseEnd(r) || r == '(' || r == '（':
			return 0
		}
	}
	return 0
}
