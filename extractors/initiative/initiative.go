// Package initiative finds the named programmes, policy packages, platforms
// and brands of Chinese policy text and returns them as pipeline.Initiative
// records.
//
// It reads five kinds of mention, in this order of precedence (a later kind
// never overlaps an earlier one):
//
//  1. Quoted names. A phrase in “”, 「」, 『』, ﹁﹂, ﹃﹄ or ‘’ is a name when
//     a head word follows the closing quote (“未来产业探路”行动,
//     “1+2+1”现代产业体系, “中国声谷 量子中心”园区品牌), when the phrase
//     itself ends in a strong head word (“追赶计划”, “高新贷”), names a
//     package by a count (“科创36条”), is a known programme (“揭榜挂帅”),
//     has the shape of a formula name (1+N+X, 互联网+), follows a verb
//     frame (实施, 启动, 开展, 推出, 出台 …), or is coordinated with another
//     quoted name (“四方合作”和“科技援疆”机制). A theme year (“脱贫攻坚决战
//     年”) and a city's twin of a national campaign (“健康绍兴”建设) are
//     shapes of name. A quoted zone, park or body (设立“石岛工业园”, 成立
//     “促进就业协调工作组”) and a quoted system (“第一议题”制度) are names
//     only when a head word or a shape names them. A copy's line break
//     between two runes of a quote is read inside it.
//     Metaphors, epithets, single characters, clauses and plan periods used
//     as time (“十四五”末) are not names. A title in 《》 is a name only when
//     a plan's head word ends it after a specific name of four runes or more
//     (《教育振兴行动计划》 gives 教育振兴行动); a law, a report, an
//     opinion, a work plan (工作计划, 工作方案) or a division of tasks
//     (分工方案) in 《》 is none. A title may quote its period (《湖南省“十四
//     五”现代化综合交通运输体系发展规划》); a place before 国民经济和社会
//     发展 makes a five-year plan's outline the plan of that place, named by
//     its title, while the nation's is named by its ordinal (see plans).
//
// After a mere verb (推进, 落实) an unquoted programme is read only with the
// head word of a formal plan and a name of six runes or more, or with 战略
// or 行动 and a specific noun phrase of four runes or more (推进市场多元化
// 战略); a two-rune word before a plan's compound head word is no name
// (编制实施发展规划纲要).
//  2. Unquoted programmes after a verb frame, ending in a strong head word:
//     实施种业振兴行动, 深入实施科教兴国战略、人才强国战略. 和, 与, 及 and 等
//     may join parts of one name (湿地等生态保护与恢复工程), but 和 joins
//     two programmes under one head word when the part before it is a
//     known programme (家电下乡和以旧换新政策), or when, by the segmenter's
//     words, both parts are four runes or more and the words beside 和 are
//     no pair of short words of one class (大气污染防治和水污染防治行动;
//     国家中长期科学和技术发展规划纲要 stays one name). A leading 新一轮 and
//     a period of years (2011-2020年中国农村扶贫开发纲要 gives 中国农村扶贫开发)
//     are no part of it; a head word or verb alone is no name (实施建设规划).
//  3. Unquoted packages named by a count: 出台科创九条, 上市十条等. An
//     article number (第3条) and a count of items (三条措施) are not.
//  4. Known programmes from the dictionary, without quotes: 一带一路,
//     乡村振兴战略. With its head word a known programme is a mention. Without
//     one it is a mention when it stands alone (高质量共建一带一路，) or
//     modifies a common noun (一带一路沿线); it is not when it is part of a
//     longer word of the segmenter, describes (走好创新驱动发展之路) or
//     modifies a proper name of a place or body (丝绸之路经济带创新驱动
//     发展试验区 is a zone). A programme named by an ordinary phrase
//     (扩大内需, 创新驱动发展) needs its head word, or a list that a head
//     word closes: 科教兴国、人才强国、创新驱动发展“三大战略” names three
//     strategies. A generic slogan (双创, 大众创业万众创新) is a mention only
//     when it stands alone as a noun phrase (推进双创，) or takes a strong
//     or weak head word (“双创”行动, 双创政策); as a modifier it is none
//     (国家双创平台, “双创”沃土, 新双创), nor after an adjective or a noun.
//  5. Lists under one shared head word, after a verb: 实施好就业促进、
//     创业引领、基层成长等计划 gives three mentions of category 计划; see
//     matcher.list for their shapes. A programme named with its count
//     needs no verb (加快十大重点节能工程实施进度). Nor does a list of at
//     least three items that each end in the same head word (以公园景区洁净
//     行动、公共空间洁净行动、…等“十大洁净行动”为重要举措); an item that is
//     a class (区域重大战略) is skipped, and fields of reform (政治体制改革、
//     文化体制改革) are none. A quoted item of a list of programmes closed
//     by 等 is a name (中华文明探源工程、“考古中国”等重大项目). Nor does an
//     action named with the years it runs (是全面振兴新突破三年行动的决胜之年;
//     see matcher.yearsActions). An action
//     whose head word is 专项行动 needs no verb either (积极从数字绿色技改
//     专项行动中挖掘项目), when its name is the whole run before the head
//     word or follows a preposition, nor a programme that opens its
//     paragraph as the topic, before a comma (乡镇污水治理工程，计划投资…),
//     nor the items of a list closed by 等 and their count in quotes
//     (以重点区块开发、…、基层治理能力提升等“六大专项行动”为抓手), nor a
//     programme taken as the guide in 以…为引领 (为抓手, 为牵引, 为主线:
//     以自贸试验区提升战略为引领). After 争取 only such a list is read
//     (爭取高鐵延伸宜蘭、…、蘇花安等計畫); a list most of whose items are
//     long names may hold one of three runes.
//
// A few quoted shapes name a programme by themselves: a brand of a service
// or a scheme by its last word (“商社通”, “跨境理财通”, “黄惠保”), a quoted
// brand before a noun modifier and 平台 (“亲清在线”数字平台), and a plan
// titled by the short name of its place (《前海方案》, 《南沙方案》). A
// known programme written with its version is named with it (地方創生2.0),
// and one that starts inside a word of the segmenter is none (强科技 in
// 加强科技平台建设). No name ends in a preposition or opens with a copula
// (固定资产投资按计划实施, 整項計劃屬於動態計劃).
//
// After a verb frame a modifier of a number and its measure is no part of
// the name (实施惠及3000多万农村义务教育阶段学生营养改善计划), and a head
// word of kind long (方案, 政策) ends a name only of at least five runes
// (中等职业教育免学费政策, not 扶贫政策). After a mere verb (推进, 落实) an
// unquoted programme is read only when it is a formal plan (its category
// a head word of kind formal: 规划, 计划, 纲要, 工程) with a name of at least six runes
// (落实国家中长期科学和技术发展规划纲要, 用于农村寄宿制学校建设工程); a
// formal plan of at least four runes may be followed by a verb or adverb
// that goes on with the clause (规划纲要提出的目标任务). Programmes
// coordinated with one read after a mere verb or with its count
// (突出抓好广播电视村村通工程、农家书屋工程; 扎实推进十大重点节能工程、
// 千家企业节能行动) each need a name of at least four runes without a
// demonstrative, quantifier or modal (这项工程, 各项工程 are none). At the
// start of a clause, with the segmenter's words, a formal plan other than
// 计划 whose name of at least six runes is all nouns is a mention as the
// subject (农村中小学现代远程教育工程已投入…); 计划 there is as often a
// target figure (工业总产值计划). 改革 ends no name that goes on
// with 和 and a short noun under another head word (国家中长期教育改革和
// 发展规划纲要 is one name). Where the source writes 計劃 or 計畫, the
// scheme of Hong Kong, Macao and Taiwan, the name is read back over the
// segmenter's words to the verb that governs it, with no frame before it
// (調整綜合社會保障援助計劃; see matcher.schemes).
//
// Names and categories. Name is the text inside the quotes, or for an
// unquoted mention the text before its head word (乡村振兴 in 乡村振兴战略);
// a count-named package keeps its count in the name (科创九条). Category is
// the final head noun as written: “1+2+1”现代产业体系 gives name 1+2+1 and
// category 体系, its modifier 现代产业 being no part of the name; 行动计划
// gives 计划. A name without a head word of its own takes the one that
// closes its coordinated list (“四方合作”和“科技援疆”机制, 科教兴国、人才强国
// 战略), or has no category: the extractor never supplies one that is not
// written. The work done on a programme (“六稳”工作, 乡村振兴工作) gives
// none either: 工作 names the work, not the programme. Both are taken from Document.Norm.Text, the normalized view,
// so a text whose traditional characters the normalizer folded yields
// simplified names (「再工業化」計劃 gives 再工业化 and 计划); the record's
// text field keeps the original script. Stray spaces between CJK
// characters (PDF copies) are ignored in matching and dropped from names.
//
// The rules that read words use Document.Tokens when the segmenter ran;
// without tokens a letter, digit or Han character other than a particle
// next to a slogan counts as a noun it modifies.
//
// The words the extractor reads (known programmes, head words, verbs and
// the other kinds of dict/data/programmes.txt) live in the dictionary list
// "programmes"; a user extends it with dict.Set.With. Built in are only
// short lists of words that the rules themselves name: the fields before
// a national plan's ordinal (国民经济和社会发展), the head words that stay
// in a plan's name (行动, 战略, 改革, 倡议) and those of a written plan
// (计划, 方案, 规划, 纲要), the words that open a clause or name a kind of
// document after a verb frame (并, 关于, 意见), the second verbs after a
// frame (完善, 健全) and the verbs that run a scheme (扩大, 延续), besides
// the particles, demonstratives, quantifiers and other function words
// that the rules spell where they read them.
package initiative

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policyx/policyx/dict"
	"github.com/policyx/policyx/pipeline"
)

// ListName is the name of the dictionary list the Extractor reads.
const ListName = "programmes"

// Errors returned by New.
var (
	// ErrKind marks a dictionary entry whose kind field is unknown.
	ErrKind = errors.New("initiative: unknown entry kind")
	// ErrNoHeads is returned when the dictionary names no head words, so
	// that nothing could ever be found.
	ErrNoHeads = errors.New("initiative: dictionary list has no head words")
)

// kind is what a dictionary word is to the extractor.
type kind uint8

const (
	kindName        kind = iota + 1 // known programme, matched anywhere
	kindQuoted                      // known programme, matched only in quotes
	kindHead                        // strong head word
	kindAfter                       // head word only after a closing quote
	kindWeak                        // head word only after a known or count-shaped name
	kindPlan                        // head word that makes a plan period a programme
	kindFrame                       // verb frame introducing a programme
	kindVerb                        // verb that bounds a name on its left
	kindNot                         // never a programme
	kindGeneric                     // modifier that is no name by itself
	kindClass                       // quantifier of a class of programmes
	kindSlogan                      // known generic policy slogan, a name only when it stands alone
	kindPlace                       // head of a proper name of a place or body that a programme may modify
	kindLead                        // modifier before a programme that is no part of its name
	kindPhrase                      // known programme named by an ordinary phrase: a name only with a head word
	kindLabel                       // head word only after a closing quote, maybe past a modifier: what the quote names
	kindLong                        // head word of an unquoted programme after a verb frame only with a long name
	kindFormal                      // head word of a formal plan, read after a mere verb
	kindVerbHead                    // head word read after a mere verb with a shorter specific name
	kindAttribute                   // noun a formal plan may modify: 工程项目, 计划补助标准
	kindCommonPlace                 // word for a kind of place (城市, 农村) that opens no works' name
	kindGrant                       // word for a grant that names a quoted phrase ending in it, and nothing else
)

func parseKind(s string) (kind, bool) {
	switch s {
	case "", "name":
		return kindName, true
	case "quoted":
		return kindQuoted, true
	case "head":
		return kindHead, true
	case "after":
		return kindAfter, true
	case "weak":
		return kindWeak, true
	case "plan":
		return kindPlan, true
	case "frame":
		return kindFrame, true
	case "verb":
		return kindVerb, true
	case "not":
		return kindNot, true
	case "generic":
		return kindGeneric, true
	case "commonplace":
		return kindCommonPlace, true
	case "slogan":
		return kindSlogan, true
	case "place":
		return kindPlace, true
	case "lead":
		return kindLead, true
	case "phrase":
		return kindPhrase, true
	case "class":
		return kindClass, true
	case "label":
		return kindLabel, true
	case "long":
		return kindLong, true
	case "formal":
		return kindFormal, true
	case "verbhead":
		return kindVerbHead, true
	case "attribute":
		return kindAttribute, true
	case "grant":
		return kindGrant, true
	}
	return 0, false
}

// Limits on the shapes the extractor reads, in runes.
const (
	maxQuote        = 40 // how far a closing quote is looked for
	maxTitle        = 64 // how far a closing title mark is looked for: 《江苏省深化制造业智能化改造数字化转型网络化联接三年行动计划(2025-2027年)》
	maxName         = 20 // longest quoted name
	maxGap          = 6  // longest modifier between a closing quote and its head word
	maxHeadlineGaps = 2  // most spaces between the parts of a news headline; a PDF copy spaces more
	maxGlossaryCode = 8  // longest code a numbered line of a glossary explains: 三重一创, 三乡工程
	minLongQuote    = 6  // shortest quote a plan's or policy's head word after it names without a shape (「青年農民農業經營準備金」方案)
	maxRun          = 18 // longest unquoted name with its head word
	maxPrefix       = 16 // longest prefix of a count-named package
	minBare         = 2  // shortest unquoted name
	maxNumeral      = 6  // longest count in a count-named package
	maxPackage      = 99 // largest count of a count-named package: 整改措施2293条 counts items
	maxCountField   = 8  // longest field after a package's count: 30条稳就业政策措施
	minLong         = 5  // shortest unquoted name before a head word of kind long
	minFormal       = 6  // shortest name of a formal plan after a mere verb or as a subject
	maxModifier     = 18 // longest modifier ending in 的 between a verb frame and a programme
	minSpecific     = 4  // shortest name of an item coordinated with one, or of a plan a clause follows
)

// An Extractor finds initiative mentions. It is immutable once built and
// safe for concurrent use by multiple goroutines.
type Extractor struct {
	known      map[string]kind // known programme -> kindName, kindQuoted or kindSlogan
	not        map[string]bool
	periods    map[string]bool
	first      runeSet      // runes some word starts with
	bareFirst  runeSet      // runes a known programme matched without quotes starts with
	frameFirst runeSet      // runes a verb frame starts with
	slot       []uint16     // BMP rune -> 1 + index into lists, or 0 when no word starts with it
	astral     map[rune]int // the same for runes above the BMP
	lists      [][]*word    // the words that start with one rune, longest first
	listKind   []uint32     // for each list, the union of its words' kind bits
	nbare      int          // number of known programmes matched without quotes
	maxWord    int          // longest word of the kinds find, wordAt and headWord read (all but known programmes and not), in runes
	words      wordLists    // the built-in lists of words that belong to the rules
}

// A word is one entry of the index: a dictionary word with every kind the
// list gives it.
type word struct {
	rs    []rune
	flags uint32 // bit 1<<k for every kind k of the word
	head  kind   // kindHead, kindAfter, kindLabel or kindWeak: the first definition
	bare  int    // rank among the known programmes matched without quotes, longest first; -1 if none
	ends  string // for a known programme matched without quotes, the strong head word that ends it (see endsHead), or ""
}

// is reports whether w has kind k; nil, no word, has none.
func (w *word) is(k kind) bool { return w != nil && w.flags&(1<<k) != 0 }

// Kind bits beyond those of the kinds themselves.
const (
	bitBare = 1 << 20 // a known programme matched without quotes
	bitHead = 1 << 21 // a head word of any kind
)

// bits returns the word's kind bits with bitBare and bitHead.
func (w *word) bits() uint32 {
	b := w.flags
	if w.bare >= 0 {
		b |= bitBare
	}
	if w.head != 0 {
		b |= bitHead
	}
	return b
}

// New builds an Extractor from the list "programmes" of set (and, when
// present, the plan periods of the list "periods"). It returns an error
// wrapping ErrKind for an entry of unknown kind and ErrNoHeads when the list
// names no head word.
func New(set *dict.Set) (*Extractor, error) {
	e := &Extractor{
		known:   map[string]kind{},
		not:     map[string]bool{},
		periods: map[string]bool{},
		slot:    make([]uint16, 1<<16),
		astral:  map[rune]int{},
		words:   newWordLists(),
	}
	words := map[string]*word{}
	var bare []*word
	heads := 0
	for _, en := range set.List(ListName) {
		k, ok := parseKind(en.Field(0))
		if !ok {
			return nil, fmt.Errorf("%s: %w %q", en.Source, ErrKind, en.Field(0))
		}
		w := words[en.Word]
		if w == nil {
			w = &word{rs: []rune(en.Word), bare: -1}
			words[en.Word] = w
		}
		n := len(w.rs)
		switch k {
		case kindName, kindQuoted, kindSlogan, kindPhrase:
			if _, dup := e.known[en.Word]; dup {
				continue // the first definition wins: a user's entries come first
			}
			e.known[en.Word] = k
			if k != kindQuoted && n >= minBare {
				bare = append(bare, w)
			}
		case kindHead, kindAfter, kindLabel, kindWeak:
			if w.head == 0 {
				w.head = k
				heads++
			}
		case kindNot:
			e.not[en.Word] = true
		case kindFrame:
			w.flags |= 1 << kindVerb // every frame also bounds a name
		case kindClass:
			w.flags |= 1 << kindGeneric // a class quantifier is also a generic modifier
		}
		w.flags |= 1 << k
		switch k {
		case kindName, kindQuoted, kindSlogan, kindPhrase, kindNot:
			// read whole: by known, or from the maps known and not
		default:
			e.maxWord = max(e.maxWord, n)
		}
	}
	if heads == 0 {
		return nil, fmt.Errorf("list %q: %w", ListName, ErrNoHeads)
	}
	for _, en := range set.List("periods") {
		e.periods[en.Word] = true
	}
	slices.SortStableFunc(bare, func(a, b *word) int { return len(b.rs) - len(a.rs) })
	for i, w := range bare {
		w.bare = i
	}
	e.nbare = len(bare)
	byFirst := map[rune][]*word{}
	for _, w := range words {
		if len(w.rs) > 0 {
			byFirst[w.rs[0]] = append(byFirst[w.rs[0]], w)
		}
	}
	firsts := slices.Sorted(maps.Keys(byFirst))
	for _, r := range firsts {
		ws := byFirst[r]
		slices.SortFunc(ws, func(a, b *word) int {
			if len(a.rs) != len(b.rs) {
				return len(b.rs) - len(a.rs)
			}
			return slices.Compare(a.rs, b.rs)
		})
		var union uint32
		for _, w := range ws {
			union |= w.bits()
		}
		if union&bitBare != 0 {
			e.bareFirst.add(r)
		}
		if union&(1<<kindFrame) != 0 {
			e.frameFirst.add(r)
		}
		e.lists = append(e.lists, ws)
		e.listKind = append(e.listKind, union)
		if r < 1<<16 && len(e.lists) < 1<<16 {
			e.slot[r] = uint16(len(e.lists))
			e.first.add(r)
		} else {
			e.astral[r] = len(e.lists)
		}
	}
	for _, w := range bare {
		// 千万工程 names its own head word, and so do 污染防治攻坚战 and
		// 国家自然科学基金 the words read only after a quote (a weak one
		// such as 建设 would make 乡村建设 a name standing alone)
		w.ends = e.endsHead(w.rs)
		if w.ends == "" {
			if h := e.endWord(w.rs, func(h *word) bool { return h.head == kindAfter }); h != nil && len(w.rs)-len(h.rs) >= 2 {
				w.ends = string(h.rs)
			}
		}
	}
	return e, nil
}

// A runeSet is a set of runes: exact for the BMP, and holding every rune
// above it.
type runeSet []uint64

func (s *runeSet) add(r rune) {
	if *s == nil {
		*s = make(runeSet, 1<<16/64)
	}
	if r >= 0 && r < 1<<16 {
		(*s)[r/64] |= 1 << (r % 64)
	}
}

func (s runeSet) has(r rune) bool {
	if r < 0 || r >= 1<<16 {
		return true
	}
	return s != nil && s[r/64]&(1<<(r%64)) != 0
}

// startingWith returns the words that start with r, longest first, and
// the union of their kind bits (see word.bits).
func (e *Extractor) startingWith(r rune) ([]*word, uint32) {
	var i int
	if r >= 0 && r < 1<<16 {
		if !e.first.has(r) {
			return nil, 0
		}
		i = int(e.slot[r])
	} else {
		i = e.astral[r]
	}
	if i == 0 {
		return nil, 0
	}
	return e.lists[i-1], e.listKind[i-1]
}

// lookup returns the index entry spelled exactly rs, or nil.
func (e *Extractor) lookup(rs []rune) *word {
	if len(rs) == 0 {
		return nil
	}
	ws, _ := e.startingWith(rs[0])
	for _, w := range ws {
		if len(w.rs) == len(rs) && slices.Equal(w.rs, rs) {
			return w
		}
	}
	return nil
}

// Name returns "initiative".
func (e *Extractor) Name() string { return "initiative" }

// Extract returns one *pipeline.Initiative for every mention in
// doc.Norm.Text, in text order; the same name mentioned twice gives two
// records. Each record's Header.Span is a byte range of doc.Norm.Text
// covering the mention with its quotes and head word. Extract reads
// doc.Norm.Text and doc.Tokens (byte spans of doc.Norm.Text; nil when no
// segmenter ran) and never modifies doc; it never fails on any input and
// returns a nil error. It is safe for concurrent use.
func (e *Extractor) Extract(doc *pipeline.Document) ([]pipeline.Record, error) {
	v := newView(doc.Norm.Text, func(i int) bool {
		_, size := utf8.DecodeLastRuneInString(doc.Norm.Text[:i])
		return doc.Norm.ToSource(pipeline.Span{Start: i - size, End: i}).End < doc.Norm.ToSource(pipeline.Span{Start: i, End: i + 1}).Start
	})
	m := &matcher{e: e, v: v, doc: doc, toks: doc.Tokens, tokenIx: tokenIndex(doc.Tokens, len(doc.Norm.Text)), covered: make([]bool, len(v.rs))}
	m.quoted()
	m.plans()
	m.loanProducts()
	m.budgetLists()
	m.framed()
	m.means()
	m.nationalPilots()
	m.repeated()
	m.introducedLists()
	m.introducedQuotes()
	m.specialActions()
	m.paragraphTopics()
	m.countedLists()
	m.themeYears()
	m.counted()
	m.bracketed()
	m.launches()
	m.twinWorks()
	m.echoes()
	m.aliases()
	m.diversions()
	m.known()
	m.meetingActions()
	m.schemes()
	m.yearsActions()
	slices.SortFunc(m.found, func(a, b mention) int {
		if a.a != b.a {
			return a.a - b.a
		}
		return a.b - b.b
	})
	m.share()
	m.keepInnerHeads()
	m.trimDurations()
	m.wholeLoanWords()
	m.battleVerbs()
	m.workNoCategory()
	m.found = slices.DeleteFunc(m.found, func(f mention) bool {
		return f.needHead && f.cat == "" || m.demonstrative(f.name) || m.vague(f) || governedName(f.name) || m.clauseRead(f)
	})
	recs := make([]pipeline.Record, 0, len(m.found))
	for _, f := range m.found {
		if f.count == 0 {
			f.count = namedCount(f.name) // 三大攻坚战, “六小工程”: a package named by its count
			if f.count == 0 && f.quoted {
				f.count = abbreviatedCount(f.name)
			}
		}
		in := &pipeline.Initiative{Name: f.name, Category: m.writtenCategory(f), Quoted: f.quoted, Count: f.count}
		in.Span = v.span(f.a, f.b)
		recs = append(recs, in)
	}
	return recs, nil
}

// writtenCategory returns the category of mention f as the source writes
// it (計畫, 計劃): the head word's runes in the mention, or in the words
// after it where the mention shares a list's head word, white space a copy
// put inside it left out; the normalized category where the source spells
// it with other runes between (計(jì)畫).
func (m *matcher) writtenCategory(f mention) string {
	n := utf8.RuneCountInString(f.cat)
	if n == 0 || !m.folded(f.a, min(len(m.v.rs), f.b+maxShared)) {
		return f.cat
	}
	at := -1
	for k := f.b - n; k >= f.a; k-- {
		if m.hasPrefixAt(k, f.cat) {
			at = k
			break
		}
	}
	for k := f.b; at < 0 && k+n <= len(m.v.rs) && k < f.b+maxSharedList && (k < f.b+maxShared || !sentenceEnd(m.v.rs[k])); k++ {
		if m.hasPrefixAt(k, f.cat) {
			at = k
		}
	}
	if at < 0 {
		return f.cat
	}
	src := m.doc.Norm.ToSource(m.v.span(at, at+n))
	w := m.doc.Text[src.Start:src.End]
	if strings.IndexFunc(w, unicode.IsSpace) >= 0 {
		w = strings.Join(strings.Fields(w), "") // 計\n畫: a copy's line break inside the head word
	}
	if utf8.RuneCountInString(w) == n {
		return w
	}
	return f.cat
}

// maxShared is how far after a mention, in runes, writtenCategory looks
// for the head word a list's items share; it goes on to the end of the
// sentence, up to maxSharedList runes (the first of ten quoted actions
// before 等十大專項行動).
const (
	maxShared     = 40
	maxSharedList = 400
)
