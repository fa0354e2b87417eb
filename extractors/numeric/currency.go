package numeric

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/policyx/policyx/dict"
	"github.com/policyx/policyx/pipeline"
)

// Kinds of the "numeric-currency" list.
const (
	curLocal    = "local"
	curBare     = "bare"
	curCurrency = "currency"
	curMarker   = "marker"
	curRate     = "rate"
)

// currencyEvidence holds the list "numeric-currency": what decides a
// document's default currency for a bare 元. It is immutable once New
// returns.
type currencyEvidence struct {
	locals  []string        // currencies that can be a document's default, sorted
	bare    map[string]bool // units and signs that name no currency of their own
	markers *trie[[]string] // region markers and the currencies each names
	rates   []rateWord      // words of an exchange-rate sentence
}

// A rateWord is a "rate" entry of the "numeric-currency" list.
type rateWord struct {
	word     string
	notAfter string // runes that, following the word, make it another word (兑现)
}

// loadCurrency reads the optional list "numeric-currency" into x: its
// currency words become money units and currency prefixes of x.
func (x *Extractor) loadCurrency(es []dict.Entry) error {
	c := currencyEvidence{bare: map[string]bool{}, markers: newTrie[[]string]()}
	var prefixes []currencyWord
	for _, e := range es {
		switch kind := e.Field(0); kind {
		case curLocal:
			c.locals = append(c.locals, e.Word)
		case curBare:
			c.bare[e.Word] = true
		case curCurrency, curMarker:
			codes := strings.Split(e.Field(1), ",")
			if slices.Contains(codes, "") {
				return fmt.Errorf("numeric: %s: want word, %s, currency codes: %w", e.Source, kind, ErrEntry)
			}
			if kind == curMarker {
				c.markers.add(e.Word, codes)
				continue
			}
			if len(codes) != 1 {
				return fmt.Errorf("numeric: %s: a currency word names one currency: %w", e.Source, ErrEntry)
			}
			x.units.add(e.Word, unit{word: e.Word, name: codes[0], factor: 1, class: clsMoney})
			prefixes = append(prefixes, currencyWord{word: e.Word, currency: codes[0]})
		case curRate:
			c.rates = append(c.rates, rateWord{word: e.Word, notAfter: e.Field(2)})
		default:
			return fmt.Errorf("numeric: %s: want word, then local, bare, currency, marker or rate: %w", e.Source, ErrEntry)
		}
	}
	slices.Sort(c.locals)
	// The list's currency words come before the built-in prefixes, so that
	// a longer word wins over one it ends with.
	x.words.money = append(prefixes, x.words.money...)
	x.cur = c
	return nil
}

// defaultCurrency returns the currency that the bare amounts of text
// (元, 块, $ with no currency word) are in, or "" when they keep their
// own (元 is CNY, $ is USD). See the package doc for the rule; figs are
// the figures scan found in text, and source is the document's source
// text, whose script the rule reads.
func (x *Extractor) defaultCurrency(text string, figs []figure, source string) string {
	if len(x.cur.locals) == 0 {
		return ""
	}
	amounts := map[string]int{} // amounts with their currency written, by currency
	anyBare := false
	for _, f := range figs {
		if f.class != clsMoney {
			continue
		}
		if f.bare {
			anyBare = true
			continue
		}
		if !x.rateSentence(text, f.span) {
			amounts[f.unit]++
		}
	}
	if !anyBare {
		return ""
	}
	markers := x.markerCounts(text)
	var with []string // local currencies written beside an amount
	for _, c := range x.cur.locals {
		if amounts[c] > 0 {
			with = append(with, c)
		}
	}
	switch len(with) {
	case 0:
		// Markers alone: one region's, clearly.
		if amounts["CNY"] > 0 {
			return ""
		}
		best, n, tie := "", 0, false
		for _, c := range x.cur.locals {
			switch m := markers[c]; {
			case m > n:
				best, n, tie = c, m, false
			case m == n:
				tie = true
			}
		}
		need := 2
		if n-markers["CNY"] == 1 && traditionalScript(source) {
			need = 1 // 高雄市政府 or 本港 once in a text written in traditional characters
		}
		if tie || n-markers["CNY"] < need {
			return ""
		}
		return best
	case 1:
		c := with[0]
		if amounts[c] <= amounts["CNY"] || amounts[c]+markers[c]-markers["CNY"] < 2 {
			return ""
		}
		for _, d := range x.cur.locals {
			if d != c && markers[d] > markers[c] {
				return ""
			}
		}
		return c
	default:
		return ""
	}
}

// markerCounts returns, for each currency, how many distinct marker words
// naming it text holds. Markers are read longest first and do not overlap
// (经济财政司司长 is not also 财政司司长).
func (x *Extractor) markerCounts(text string) map[string]int {
	seen := map[string]bool{}
	counts := map[string]int{}
	for i := 0; i < len(text); {
		n := 0
		x.cur.markers.at(text, i, func(w string, codes []string) bool {
			n = len(w)
			if !seen[w] {
				seen[w] = true
				for _, c := range codes {
					counts[c]++
				}
			}
			return false
		})
		if n == 0 {
			_, n = utf8.DecodeRuneInString(text[i:])
		}
		i += n
	}
	return counts
}

// rateSentence reports whether the sentence holding span s of text is
// about an exchange rate (1美元兑7.8港元, 折合人民币).
func (x *Extractor) rateSentence(text string, s pipeline.Span) bool {
	sent := bounds(text, s.Start, s.End, sentenceEnds)
	t := text[sent.Start:sent.End]
	for _, r := range x.cur.rates {
		for k := 0; ; {
			j := strings.Index(t[k:], r.word)
			if j < 0 {
				break
			}
			e := k + j + len(r.word)
			if e >= len(t) || r.notAfter == "" || !strings.ContainsRune(r.notAfter, firstRune(t[e:])) {
				return true
			}
			k = e
		}
	}
	return false
}

// applyDefault gives the bare amounts of figs the currency a note after
// them names (10,000元（澳门元，下同）), then the document's default
// currency, when it has one. An amount with a magnitude and no unit after
// a word of money (总预算追加878.4億) is money too, in yuan only where the
// document's source text is in simplified characters and shows no other
// region.
func (x *Extractor) applyDefault(text string, figs []figure, source string) {
	var amounts []int // bare amounts of money with no unit: 总预算追加878.4億, 经济总量突破7万亿
	bare := func(f *figure) bool {
		return f.class == "" && strings.ContainsAny(text[f.numStart:f.unitEnd], "万萬亿億") && !strings.HasPrefix(text[f.span.Start:], "第")
	}
	for i := range figs {
		if f := &figs[i]; bare(f) && moneyBefore(text, f.numStart) {
			amounts = append(amounts, i)
		}
	}
	// 公投罷免15億、媒宣費4億146萬、文化部預算2.8億等，共計59億餘遭刪除: the
	// items of a list one of whose amounts is money are money too, and so
	// is their sum (共計, 合计, 总计) in the same sentence.
	money := make([]bool, len(figs)) // figs are in text order: a list's items and its sum are neighbours
	for _, i := range amounts {
		money[i] = true
	}
	for grown := len(amounts) > 0; grown; {
		grown = false
		for i := range figs {
			if money[i] || !bare(&figs[i]) {
				continue
			}
			if i > 0 && money[i-1] && (listedWith(text, figs[i-1], figs[i]) || sumAfter(text, figs[i-1], figs[i])) ||
				i+1 < len(figs) && money[i+1] && listedWith(text, figs[i], figs[i+1]) {
				money[i], grown = true, true
				amounts = append(amounts, i)
			}
		}
	}
	if len(amounts) > 0 {
		// In the document's currency, or in yuan when the text is in
		// simplified characters and no other region's marker shows;
		// otherwise the currency stays unknown.
		d := x.defaultCurrency(text, figs, source)
		if d == "" && (traditionalScript(source) || x.otherRegion(text)) {
			amounts = nil
		}
		for _, i := range amounts {
			figs[i].class, figs[i].unit, figs[i].bare = clsMoney, "CNY", true
		}
	}
	for i := range figs {
		if f := &figs[i]; f.class == clsMoney && f.bare {
			if c, ok := x.currencyNote(text, f.span.End); ok {
				f.unit, f.bare = c, false
			}
		}
	}
	d := x.defaultCurrency(text, figs, source)
	if d == "" {
		return
	}
	for i := range figs {
		if figs[i].class == clsMoney && figs[i].bare {
			figs[i].unit = d
		}
	}
}

// listedWith reports whether figures a and b, b after a, are items of one
// list: the text between them holds a 、 and no clause or sentence end.
func listedWith(text string, a, b figure) bool {
	if b.span.Start < a.span.End {
		return false
	}
	between := text[a.span.End:b.span.Start]
	return strings.ContainsAny(between, "、､") && !strings.ContainsAny(between, "，,。；;！？\n")
}

// sumAfter reports whether figure b sums a list that figure a is an item
// of: 共计, 合计 or 总计 stands right before b, after a in the same sentence.
func sumAfter(text string, a, b figure) bool {
	if b.span.Start < a.span.End {
		return false
	}
	between := text[a.span.End:b.span.Start]
	if strings.ContainsAny(between, "。；;！？\n") {
		return false
	}
	_, ok := hasAnySuffix(between, []string{"共计", "共計", "合计", "合計", "总计", "總計"})
	return ok
}

// otherRegion reports whether text holds a marker of a region whose
// currency is not the yuan (香港, 澳門, 縣府 …; see numeric-currency).
func (x *Extractor) otherRegion(text string) bool {
	for c, n := range x.markerCounts(text) {
		if c != "CNY" && n > 0 {
			return true
		}
	}
	return false
}

// moneyWords name an amount of money: a budget, funds, an investment, a
// grant, revenue or spending, a value of output.
var moneyWords = []string{"预算", "預算", "经费", "經費", "资金", "資金", "投资", "投資", "补助款", "補助款", "补助", "補助", "补贴", "補貼",
	"收入", "支出", "开支", "開支", "盈余", "盈餘", "赤字", "亏损", "虧損", "亏蚀", "虧蝕", "岁出", "歲出", "岁入", "歲入", "产值", "產值", "经济总量", "經濟總量", "生产总值", "生產總值", "营业收入", "營業收入", "营收", "營收", "销售额", "銷售額", "交易额", "交易額", "总额", "總額"}

// moneyBefore reports whether one of moneyWords stands in the clause before
// byte i, at most twelve runes before it.
func moneyBefore(text string, i int) bool {
	s := i
	for n := 0; n < 12 && s > 0; n++ {
		r, size := lastRune(text[:s])
		if strings.ContainsRune("，。；：、,;:！？!?\n", r) {
			break
		}
		s -= size
	}
	for _, w := range moneyWords {
		if strings.Contains(text[s:i], w) {
			return true
		}
	}
	return false
}

// currencyNote returns the currency of a note in brackets at i that names
// the currency of the amount before it: （港元，下同）, (澳门元), （新台币）.
// The note must hold the currency word alone or followed by a comma or
// 下同.
func (x *Extractor) currencyNote(text string, i int) (string, bool) {
	j := i
	for j < len(text) && (text[j] == ' ') {
		j++
	}
	w, ok := hasAnyPrefix(text[j:], "（", "(")
	if !ok {
		return "", false
	}
	j += len(w)
	for _, p := range x.words.money {
		if x.cur.bare[p.word] || !strings.HasPrefix(text[j:], p.word) {
			continue
		}
		if _, ok := hasAnyPrefix(text[j+len(p.word):], "）", ")", "，", ",", "、", "下同"); ok {
			return p.currency, true
		}
	}
	return "", false
}

// traditionalScript reports whether src, a document's source text, is
// written in traditional characters: it holds common ones that have a
// simplified form.
func traditionalScript(src string) bool {
	return strings.ContainsAny(src, "億萬補預經縣與為們這個會發說時")
}
