package numeric

import (
	"math"
	"math/big"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policyx/policyx/extractors/numeral"
	"github.com/policyx/policyx/pipeline"
)

// Comparators, kinds, statuses and modalities of the record contract.
const (
	cmpEq     = "eq"
	cmpGt     = "gt"
	cmpGte    = "gte"
	cmpLt     = "lt"
	cmpLte    = "lte"
	cmpApprox = "approx"
	cmpRange  = "range"

	kindLevel    = "level"
	kindChange   = "change"
	kindShare    = "share"
	kindRank     = "rank"
	kindMultiple = "multiple"
	kindDuration = "duration"

	statusActual = "actual"
	statusTarget = "target"

	modReported  = "reported"
	modGoal      = "goal"
	modPlan      = "plan"
	modForecast  = "forecast"
	modProvision = "provision"

	roleBefore = "before"
	roleAfter  = "after"
	roleStatus = "status"
	roleChange = "change"
	roleShare  = "share"
)

// figure is one quantity found by scan. Offsets are bytes of the scanned text.
type figure struct {
	span     pipeline.Span // the whole figure, comparator words included
	numStart int           // where the (first) numeral starts
	unitEnd  int           // end of the numeral, 多/余 and unit, before 以上 etc.
	value    float64
	max      *float64
	unit     string
	class    string
	cmp      string
	kind     string
	chinese  bool // the numeral is written in Chinese characters only
	fraction bool // a fraction (三分之一) given in percent: a share unless it changes something
	// bare is set on money whose currency no word names (元, 块, $): it
	// takes the document's default currency (see defaultCurrency).
	bare bool
}

// quantityVerbs introduce a count even when it is a small Chinese numeral
// with a generic counter (新增三家, 达五个): without one, 两大产业 and
// 三次考察 are set phrases, not figures.
const quantityVerbs = "达到 达 新增 增加 建成 新建 共有 共 累计 拥有 培育 引进 减少 增至 获得 获批"

// rankVerbs before 第N or 前N make it a rank (居全国第二, 排名第11位).
const rankVerbs = "居 排名 排 位居 位列 名列 列 跻身 进入 保持 稳居 跃居 升至 位次"

// rangeDashes join the two ends of a range.
const rangeDashes = "—— — – － - ~ ～ 〜 至 到"

// scan finds every figure of text, in order. Spaces a PDF copy leaves
// inside a numeral (2 2 .4万件, 4 .5%) are read through: spans still index
// text and cover them.
func (x *Extractor) scan(text string) []figure {
	c, pos := compactDigits(text)
	if pos == nil {
		return x.scanText(text)
	}
	figs := x.scanText(c)
	at := func(k int) int {
		if k >= len(pos) {
			return len(text)
		}
		return pos[k]
	}
	end := func(k int) int {
		if k == 0 {
			return at(0)
		}
		return at(k-1) + 1
	}
	for i := range figs {
		f := &figs[i]
		f.span = pipeline.Span{Start: at(f.span.Start), End: end(f.span.End)}
		f.numStart, f.unitEnd = at(f.numStart), end(f.unitEnd)
	}
	return figs
}

// compactDigits removes the ASCII spaces that stand between a digit and a
// digit or decimal point (1 7个, 8 .8%) and returns the compacted text with
// the byte offset in text of each of its bytes. pos is nil when there is
// nothing to remove.
func compactDigits(text string) (string, []int) {
	isDigit := func(b byte) bool { return b >= '0' && b <= '9' }
	gap := func(i int) int { // length of a removable run of spaces at i, or 0
		if i == 0 || !isDigit(text[i-1]) {
			return 0
		}
		j := i
		for j < len(text) && text[j] == ' ' {
			j++
		}
		if j == i || j-i > 2 || j == len(text) {
			return 0
		}
		if isDigit(text[j]) || text[j] == '.' && j+1 < len(text) && isDigit(text[j+1]) {
			return j - i
		}
		return 0
	}
	first := -1
	for i := 1; i < len(text); i++ {
		if text[i] == ' ' && gap(i) > 0 {
			first = i
			break
		}
	}
	if first < 0 {
		return text, nil
	}
	b := make([]byte, 0, len(text))
	pos := make([]int, 0, len(text))
	for i := 0; i < len(text); {
		if text[i] == ' ' && i >= first {
			if g := gap(i); g > 0 {
				i += g
				continue
			}
		}
		b = append(b, text[i])
		pos = append(pos, i)
		i++
	}
	return string(b), pos
}

// scanText finds every figure of text, in order.
func (x *Extractor) scanText(text string) []figure {
	var figs []figure
	quotes := quoteRegions(text)
	qi := 0
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if w := x.periodAt(text, i); w > 0 {
			i += w
			continue
		}
		var f figure
		end, ok := i, false
		switch {
		case r == '第':
			f, end, ok = x.ordinal(text, i)
		case r == '前':
			f, end, ok = x.top(text, i)
		case r == '翻' || r == '番':
			f, end, ok = doubling(text, i)
		case strings.HasPrefix(text[i:], "连续"):
			f, end, ok = x.running(text, i)
		case numeralStart(r) && !glued(text, i):
			f, end, ok = x.quantity(text, i, true)
		}
		if end <= i {
			i += n
			continue
		}
		if ok {
			for qi < len(quotes) && quotes[qi].End <= f.numStart {
				qi++
			}
			if qi < len(quotes) && quotes[qi].Start <= f.numStart {
				ok = false // inside a quoted or book-title name
			}
		}
		if ok {
			figs = append(figs, f)
		}
		i = end
	}
	return figs
}

// numeralStart reports whether r can begin a numeral.
func numeralStart(r rune) bool {
	if r < 0x3007 {
		return r >= '0' && r <= '9'
	}
	switch r {
	case '０', '１', '２', '３', '４', '５', '６', '７', '８', '９',
		'零', '〇', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九',
		'十', '百', '千', '万', '亿', '壹', '贰', '叁', '肆', '伍', '陆', '柒',
		'捌', '玖', '拾', '佰', '仟', '萬', '億', '兩', '貳', '參', '陸', '廿', '卅':
		return true
	}
	return false
}

// glued reports whether the numeral at i continues a word of Latin
// letters, digits or numerals before it (A380, G20, 十四 read from 四).
func glued(text string, i int) bool {
	if i == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '+' || r == '/') ||
		r >= 'Ａ' && r <= 'ｚ' || numeralStart(r) || r == '点' || r == '點'
}

// latinAt reports whether a Latin letter or digit starts at i (400G, 5G,
// 128层QLC): the figure is then a code or model number.
func latinAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return r < utf8.RuneSelf && unicode.IsLetter(r) || r >= 'Ａ' && r <= 'ｚ'
}

// isHan reports whether the rune starting at i is a Han character.
func isHan(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.Is(unicode.Han, r)
}

func firstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }

func lastRune(s string) (rune, int) { return utf8.DecodeLastRuneInString(s) }

func hasAnySuffix(s string, words []string) (string, bool) {
	for _, w := range words {
		if strings.HasSuffix(s, w) {
			return w, true
		}
	}
	return "", false
}

func hasAnyPrefix(s string, words ...string) (string, bool) {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return w, true
		}
	}
	return "", false
}

// isChinese reports whether a numeral is written without any digit.
func isChinese(num string) bool {
	for _, r := range num {
		if r >= '0' && r <= '9' || r >= '０' && r <= '９' {
			return false
		}
	}
	return true
}

func ratFloat(v *big.Rat) float64 { f, _ := v.Float64(); return f }

// magnitude returns the value of a magnitude rune (万 → 1e4), or 0.
func magnitude(r rune) float64 {
	switch r {
	case '十', '拾':
		return 10
	case '百', '佰':
		return 100
	case '千', '仟':
		return 1e3
	case '万', '萬':
		return 1e4
	case '亿', '億':
		return 1e8
	}
	return 0
}

// magnitudesAt reads magnitude runes at i (万, 亿, 万亿) and returns their
// product and length; 1 and 0 when there is none.
func magnitudesAt(text string, i int) (float64, int) {
	m, j := 1.0, i
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		k := magnitude(r)
		if k == 0 {
			break
		}
		m *= k
		j += n
	}
	return m, j - i
}

// trailingMagnitude returns the product of the magnitude runes that end num
// (5万 → 1e4, 2.5亿 → 1e8), or 1.
func trailingMagnitude(num string) float64 {
	m := 1.0
	for len(num) > 0 {
		r, n := lastRune(num)
		k := magnitude(r)
		if k < 1e3 {
			break
		}
		m *= k
		num = num[:len(num)-n]
	}
	return m
}

// hasMagnitude reports whether num holds 万 or 亿.
func hasMagnitude(num string) bool { return strings.ContainsAny(num, "万亿萬億") }

// unitAt returns the longest unit of one of the allowed classes at i that
// is not the start of a longer word.
func (x *Extractor) unitAt(text string, i int, subunit bool) (unit, bool) {
	var got unit
	found := false
	x.units.at(text, i, func(w string, u unit) bool {
		if (u.class == clsSubunit) != subunit {
			return true
		}
		if j := i + len(w); j < len(text) && u.notAfter != "" && strings.ContainsRune(u.notAfter, firstRune(text[j:])) {
			return true
		}
		got, found = u, true
		return false
	})
	return got, found
}

// cueBefore returns the longest cue of role ending at i.
func (x *Extractor) cueBefore(text string, i int, role string) (cue, int, bool) {
	var got cue
	start, found := i, false
	x.cues.endingAt(text, i, func(w string, c cue) bool {
		if c.role != role || !cueFits(text, i-len(w), i, c) {
			return true
		}
		got, start, found = c, i-len(w), true
		return false
	})
	return got, start, found
}

// bridgeWords may stand between a cap or a floor and its figure: the
// verbs and words of a grant (最高奖励50万元, 最高可达300万元, 最高给予一次
// 性奖励100万元, 不低于每亩30万元) and the whole a share is of (不超过总投资
// 的30%).
var bridgeWords = []string{"给予", "給予", "奖励", "獎勵", "补助", "補助", "补贴", "補貼", "资助", "資助", "扶持", "奖补", "獎補", "支持",
	"可获得", "可獲得", "可获", "可獲", "可达", "可達", "可", "达到", "達到", "达", "達", "一次性", "每户", "每戶", "每人", "每家", "每亩", "每畝", "每年", "每个", "每個", "每项", "每項", "每次",
	"总投资的", "總投資的", "总额的", "總額的", "投资额的", "投資額的"}

// bridgedCue returns the cap or floor (a before cue of value lte or gte:
// 最高, 不超过, 不低于) that ends before a run of bridgeWords ending at i,
// at most maxBridge bytes long.
func (x *Extractor) bridgedCue(text string, i int) (cue, bool) {
	const maxBridge = 24 // eight runes
	j := i
	for j > 0 && i-j <= maxBridge {
		w, ok := hasAnySuffix(text[:j], bridgeWords)
		if !ok {
			break
		}
		j -= len(w)
	}
	if j == i || i-j > maxBridge {
		return cue{}, false
	}
	c, _, ok := x.cueBefore(text, j, roleBefore)
	if !ok || c.value != cmpLte && c.value != cmpGte {
		return cue{}, false
	}
	return c, true
}

// cueAfter returns the longest cue of role starting at i.
func (x *Extractor) cueAfter(text string, i int, role string) (cue, int, bool) {
	var got cue
	end, found := i, false
	x.cues.at(text, i, func(w string, c cue) bool {
		if c.role != role || !cueFits(text, i, i+len(w), c) {
			return true
		}
		got, end, found = c, i+len(w), true
		return false
	})
	return got, end, found
}

// cueFits checks a cue's excluded neighbours.
func cueFits(text string, start, end int, c cue) bool {
	if c.notBefore != "" && start > 0 {
		if r, _ := lastRune(text[:start]); strings.ContainsRune(c.notBefore, r) {
			return false
		}
	}
	if c.notAfter != "" && end < len(text) {
		if strings.ContainsRune(c.notAfter, firstRune(text[end:])) {
			return false
		}
	}
	return true
}

// periodAt returns the length of a five-year plan period name at i, or 0.
func (x *Extractor) periodAt(text string, i int) int {
	n := 0
	x.periods.at(text, i, func(w string, _ period) bool { n = len(w); return false })
	return n
}

// quantity reads a figure whose numeral starts at i. end is how far the
// caller may skip (past a date or year that is not a figure, too); ok says
// whether f is a figure. allowRange is false while reading a range's upper
// end.
func (x *Extractor) quantity(text string, i int, allowRange bool) (f figure, end int, ok bool) {
	val, n, good := numeral.PrefixFloat(text[i:])
	var pv *big.Rat
	pn, pgood := 0, false
	_, sign := hasAnyPrefix(text[i+n:], "%", "％", "‰", "‱", "成", "折", "分之")
	_, per := hasAnyPrefix(text[i:], "百分之", "千分之", "万分之", "萬分之")
	if sign || per || !good {
		// Only a percent sign, 成, 折 or 百分之 can make a percent.
		pv, pn, pgood = numeral.PrefixPercent(text[i:])
	}
	if !good && !pgood {
		// 近千公里, 上万人, 逾百家: a bare magnitude after an approximation.
		r, rn := utf8.DecodeRuneInString(text[i:])
		p, _ := lastRune(text[:i])
		if m := magnitude(r); m >= 100 && i > 0 && strings.ContainsRune("近逾上数", p) {
			val, n, good = m, rn, true
		} else if _, ok := hasAnyPrefix(text[i+rn:], "余", "多", "餘"); ok && m >= 100 {
			val, n, good = m, rn, true // 百余人, 千余家: a bare magnitude and more
		} else {
			return f, i, false
		}
	}
	if good && n > 0 {
		// 636億一般性補助款: the 一 of 一般 is no shorthand digit (三万五 for
		// 35000); a shorthand ends the numeral or comes before a unit.
		last, ln := lastRune(text[i : i+n])
		prev, _ := lastRune(text[i : i+n-ln])
		if next, _ := utf8.DecodeRuneInString(text[i+n:]); strings.ContainsRune("一二三四五六七八九两兩", last) && strings.ContainsRune("万萬亿億千", prev) &&
			unicode.Is(unicode.Han, next) && !x.unitStarts(text, i+n) {
			if v, m, ok := numeral.PrefixFloat(text[i : i+n-ln]); ok && m == n-ln {
				val, n = v, m
			}
		}
	}
	if latinBefore(text, i) {
		return f, i + max(n, pn), false
	}
	f.numStart = i
	vague := "" // the comparator of a vague magnitude: 数十亿元, 几十万人, 上百家
	if good && magnitude(firstRune(text[i:])) >= 10 {
		if _, ok := hasAnySuffix(text[:i], []string{"成千上", "成百上", "千千", "万万"}); ok {
			return f, i + n, false // 成千上万人: an idiom, no figure
		}
		switch p, pn := lastRune(text[:i]); p {
		case '数', '數':
			// 人数十人, 户数: 数 ends a noun of counting, no vague numeral
			if q, _ := lastRune(text[:i-pn]); !strings.ContainsRune("人户戶总總次件个個家项項票岁歲位名指倍系分函参參基", q) {
				f.numStart, vague = i-pn, cmpApprox
			}
		case '几', '幾':
			f.numStart, vague = i-pn, cmpApprox
		case '上':
			// 跃上千亿元, 迈上万亿台阶: 上 of a verb of reaching, no vague numeral
			if q, _ := lastRune(text[:i-pn]); !strings.ContainsRune("跃躍迈邁登站攀冲衝跨走踏升赶趕", q) {
				f.numStart, vague = i-pn, cmpGte
			}
		}
	}
	if pgood && pn >= n {
		// 35%, 百分之三十, 九成, 5‰.
		e := i + pn
		last, _ := lastRune(text[:e])
		if (last == '成' || last == '折') && isHan(text, e) && strings.ContainsRune("为员果本效绩立熟功型就长都交品合旧算扣射", firstRune(text[e:])) {
			return f, e, false
		}
		f.value, f.unit, f.class, f.chinese = ratFloat(pv), "%", clsPercent, isChinese(text[i:e])
		f.unitEnd = e
		return x.finish(text, f, allowRange)
	}
	num := text[i : i+n]
	e := i + n
	f.chinese = isChinese(num)
	if strings.Contains(num, "/") && strings.HasPrefix(text[e:], "年") {
		return f, e, false // 2023/24年度: a fiscal year, no fraction
	}
	if strings.Contains(num, "分之") {
		// 三分之一, 四分之三: a fraction is a share of a whole, given in
		// percent as 百分之三十 is.
		f.value, f.unit, f.class, f.unitEnd, f.fraction = val*100, "%", clsPercent, e, true
		return x.finish(text, f, allowRange)
	}

	// 四五千亿, 七八个: two neighbouring Chinese digits make a range.
	var lowFactor float64
	if f.chinese && utf8.RuneCountInString(num) == 1 {
		if d1 := chineseDigit(firstRune(num)); d1 > 0 && e < len(text) {
			if d2 := chineseDigit(firstRune(text[e:])); d2 == d1+1 {
				if v2, n2, ok2 := numeral.PrefixFloat(text[e:]); ok2 {
					lowFactor = float64(d1) / float64(d2)
					val = v2
					num = text[i : e+n2]
					e += n2
				}
			}
		}
	}

	// Calendar years, months and days are not figures (but 日元 is money).
	switch {
	case x.unitStarts(text, e):
	case strings.HasPrefix(text[e:], "年"):
		return x.yearOrDuration(text, f, val, e)
	case strings.HasPrefix(text[e:], "月"):
		return f, e + len("月"), false
	case strings.HasPrefix(text[e:], "日") || strings.HasPrefix(text[e:], "号"):
		d := e + len("日")
		if _, ok := hasAnyPrefix(text[d:], "以内", "之内", "内", "以內", "之內", "內"); ok && !strings.HasSuffix(text[:i], "月") {
			f.value, f.unit, f.class, f.kind = val, "days", clsDuration, kindDuration
			f.unitEnd = d
			return x.finish(text, f, allowRange)
		}
		return f, d, false
	}

	// 多, 余, 几 after the numeral, and the magnitude that may follow them.
	approx := false
	if w, ok := hasAnyPrefix(text[e:], "多", "余", "几", "餘", "幾"); ok {
		if m, mn := magnitudesAt(text, e+len(w)); mn > 0 || !isHan(text, e+len(w)) || x.unitStarts(text, e+len(w)) || trailingMagnitude(num) >= 1e4 {
			approx = true
			val *= m
			e += len(w) + mn
		}
	} else if strings.HasPrefix(text[e:], "个") {
		// 两个亿
		if m, mn := magnitudesAt(text, e+len("个")); mn > 0 && m >= 1e4 && !strings.HasPrefix(text[e+len("个")+mn:], "级") && !strings.HasPrefix(text[e+len("个")+mn:], "級") {
			// 两个亿, but 3个千亿级产业集群 counts clusters of a rank
			val *= m
			e += len("个") + mn
		}
	}

	u, hasUnit := x.unitAt(text, e, false)
	// A numeral may have read the first rune of a unit: 5千瓦, 3兆瓦.
	if last, ln := lastRune(num); !approx && magnitude(last) > 0 || last == '兆' {
		if u2, ok2 := x.unitAt(text, e-ln, false); ok2 && (!hasUnit || len(u2.word) >= len(u.word)+ln) {
			if v3, err := numeral.Parse(num[:len(num)-ln]); err == nil {
				u, hasUnit, val, e, num = u2, true, ratFloat(v3), e-ln, num[:len(num)-ln]
			}
		}
	}
	if !hasUnit {
		if allowRange {
			if g, end, ok := x.openRange(text, f, val, num, e); ok {
				return g, end, true
			}
		}
		// A bare numeral with 万 or 亿 and digits (14亿) is a figure without
		// a unit; after a currency word (港币3.14, 美元3000万) it is money.
		_, _, afterCurrency := x.currencyBefore(text, i)
		if (hasMagnitude(num) || afterCurrency) && !f.chinese && !latinAt(text, e) {
			f.value, f.class, f.unitEnd = val, "", e
			if approx {
				f.cmp = cmpGt
			}
			if vague != "" {
				f.cmp = vague
			}
			return x.finish(text, f, allowRange)
		}
		return f, e, false
	}
	ue := e + len(u.word)
	if latinAt(text, ue) {
		return f, ue, false // 128层QLC: a model number
	}
	if u.class == clsMoney && u.name == "CNY" {
		// 三万元欧元, 9000元日币: the currency named after 元 wins.
		if u2, ok := x.unitAt(text, ue, false); ok && u2.class == clsMoney && u2.name != "CNY" {
			u, ue = u2, ue+len(u2.word)
		}
	}
	f.value = val * u.factor
	f.unit, f.class = u.name, u.class
	f.bare = u.class == clsMoney && x.cur.bare[u.word]
	f.unitEnd = ue
	if u.class == clsMoney {
		f.value, f.unitEnd = x.subunits(text, f.value, u, ue)
	}
	if approx {
		f.cmp = cmpGt
	}
	if vague != "" {
		f.cmp = vague
	}
	if lowFactor > 0 {
		lo := f.value * lowFactor
		hi := f.value
		f.value, f.max, f.cmp = lo, &hi, cmpRange
	}
	if u.name == "次" && plenum(text, i, ue) {
		return f, ue, false // 十一届十次、十一次全会: the ordinal of a plenary session
	}
	if u.class == clsCounter && u.name == "条" && !isHan(text, ue) || strings.HasPrefix(text[ue:], "等") && u.name == "条" {
		return f, ue, false // 科创九条: a policy package's name
	}
	return x.finish(text, f, allowRange)
}

// plenum reports whether the count of 次 from byte i to ue numbers a
// plenary session: after a term (十一届十次) or before 全会 (十一次全会),
// maybe across a list of them (十次、十一次全会).
func plenum(text string, i, ue int) bool {
	if p, _ := lastRune(text[:i]); p == '届' || p == '屆' {
		return true
	}
	rest := text[ue:]
	if strings.HasPrefix(rest, "、") {
		rest = rest[len("、"):]
		_, n, ok := numeral.PrefixFloat(rest)
		if !ok || !strings.HasPrefix(rest[n:], "次") {
			return false
		}
		rest = rest[n+len("次"):]
	}
	_, ok := hasAnyPrefix(rest, "全会", "全會", "全体会议", "全體會議")
	return ok
}

// unitStarts reports whether any non-sub unit starts at i.
func (x *Extractor) unitStarts(text string, i int) bool {
	_, ok := x.unitAt(text, i, false)
	return ok
}

// latinBefore reports whether a Latin letter ends right before i.
func latinBefore(text string, i int) bool {
	if i == 0 {
		return false
	}
	r, _ := lastRune(text[:i])
	return r < utf8.RuneSelf && unicode.IsLetter(r)
}

// chineseDigit returns 1…9 for a Chinese digit rune, else 0.
func chineseDigit(r rune) int {
	if k := strings.IndexRune("一二三四五六七八九", r); k >= 0 {
		return k/3 + 1
	}
	if r == '两' || r == '兩' {
		return 2
	}
	return 0
}

// subunits extends a money amount with 角/毛/分 (5元3角, 两毛五).
func (x *Extractor) subunits(text string, value float64, u unit, e int) (float64, int) {
	cur := u.factor
	for e < len(text) {
		j := e
		if w, ok := hasAnyPrefix(text[j:], "又", "零"); ok {
			j += len(w)
		}
		v, n, ok := numeral.PrefixFloat(text[j:])
		if !ok {
			break
		}
		su, ok := x.unitAt(text, j+n, true)
		if !ok || su.factor >= cur || su.name != u.name {
			// 两毛五: a bare digit after 毛 is 分.
			if cur == 0.1 && !ok && n > 0 && !x.unitStarts(text, j+n) && !isHan(text, j+n) {
				return value + v*0.01, j + n
			}
			break
		}
		value += v * su.factor
		cur = su.factor
		e = j + n + len(su.word)
	}
	return value, e
}

// finish adds the comparator words around a figure, a range with a second
// figure, and the kind that the unit implies.
func (x *Extractor) finish(text string, f figure, allowRange bool) (figure, int, bool) {
	start, end := f.numStart, f.unitEnd
	if f.cmp == "" {
		f.cmp = cmpEq
	}
	if allowRange && f.max == nil {
		if g, e, ok := x.closedRange(text, f); ok {
			f, end = g, e
		}
	}
	// 港幣5,000萬元, 人民币100亿元, 美元3000万: a currency word before the
	// numeral names the currency of a plain 元 or of a bare amount, and the
	// span covers it, so that a comparator before it still applies
	// (最高不超过港币5000万元).
	if f.class == clsMoney && f.unit == "CNY" || f.class == "" {
		if w, s, ok := x.currencyBefore(text, start); ok {
			f.unit, f.class, f.bare, start = w.currency, clsMoney, x.cur.bare[w.word], s
		}
	}
	if f.max == nil {
		j := end
		if w, ok := hasAnyPrefix(text[j:], "（含）", "(含)"); ok {
			j += len(w)
		}
		if c, e, ok := x.cueAfter(text, j, roleAfter); ok && (c.word != "内" && c.word != "內" || f.class == clsDuration) {
			f.cmp, end = c.value, e
		}
		if c, s, ok := x.cueBefore(text, skipSpacesBack(text, start), roleBefore); ok {
			if f.cmp == cmpEq || f.cmp == cmpGt && c.value != cmpApprox || c.value == f.cmp {
				f.cmp = c.value
			}
			start = s
			// 最高不超过: a second comparator word before the first.
			if _, s2, ok := x.cueBefore(text, s, roleBefore); ok {
				start = s2
			}
		} else if c, ok := x.bridgedCue(text, skipSpacesBack(text, start)); ok && f.cmp == cmpEq {
			f.cmp = c.value // 最高奖励50万元: a cap or a floor before the grant's verb
		}
	}
	if f.kind == "" {
		switch f.class {
		case clsPP:
			f.kind = kindChange
		case clsMultiple:
			f.kind = kindMultiple
		case clsDuration:
			f.kind = kindDuration
		default:
			f.kind = kindLevel
		}
	}
	if start == f.numStart && negativeSign(text, start) {
		// 增长-39.7%: a rate written with its minus sign
		_, n := lastRune(text[:start])
		start -= n
		f.value = -f.value
		if f.max != nil {
			m := -*f.max
			f.max = &m
		}
	}
	f.span = pipeline.Span{Start: start, End: end}
	if f.chinese && f.value < 10 && f.max == nil && (f.class == clsCounter || f.class == clsDuration) {
		// 两大产业, 三次考察, 一个部分: set phrases unless a quantity
		// verb or comparator stands with the numeral.
		if start == f.numStart && end == f.unitEnd {
			_, months := hasAnySuffix(text[:f.unitEnd], []string{"个月", "個月"}) // 延长六个月: no set phrase counts months
			months = months && !strings.HasPrefix(text[f.numStart:], "零")     // 一年零三个月
			if _, ok := hasAnySuffix(text[:start], x.words.quantityVerbs); !ok && !months && !(f.class == clsDuration && termLed(text, start)) {
				return f, f.unitEnd, false
			}
		}
	}
	return f, end, true
}

// negativeSign reports whether a minus sign stands just before byte i and
// right after a word of change or a copula (增长-39.7%, 为-2%), not after a
// figure or a letter (6%－6.5%, 100万元-500万元, 2020-2025, A-1), where it
// is a dash.
func negativeSign(text string, i int) bool {
	r, _ := lastRune(text[:i])
	if r != '-' && r != '－' && r != '−' {
		return false
	}
	_, ok := hasAnySuffix(text[:i-len(string(r))], negativeLeads)
	return ok // not 6%－6.5% or 100万元-500万元, ranges
}

// negativeLeads are the words after which a minus sign is the sign of a
// rate (增长-39.7%) rather than the dash of a range.
var negativeLeads = []string{"增长", "增長", "增速", "增幅", "涨幅", "漲幅", "同比", "为", "為", "是", "达", "達", "率"}

// closedRange reads the upper end of a range after a complete figure:
// 10%—15%, 3万元至5万元.
func (x *Extractor) closedRange(text string, f figure) (figure, int, bool) {
	w, ok := hasAnyPrefix(text[f.unitEnd:], x.words.rangeDashes...)
	if !ok {
		return f, 0, false
	}
	j := f.unitEnd + len(w)
	if j >= len(text) || !numeralStart(firstRune(text[j:])) {
		return f, 0, false
	}
	g, _, ok := x.quantity(text, j, false)
	if !ok && f.class == clsPercent && strings.HasPrefix(text[f.numStart:], "百分之") {
		// 百分之八至九: the upper end of a written-out percent has no unit.
		if v, n, ok2 := numeral.PrefixFloat(text[j:]); ok2 && !x.unitStarts(text, j+n) {
			g, ok = figure{value: v, unit: f.unit, unitEnd: j + n}, true
		}
	}
	if !ok || g.unit != f.unit || g.max != nil || g.value < f.value {
		return f, 0, false
	}
	hi := g.value
	f.max, f.cmp, f.unitEnd = &hi, cmpRange, g.unitEnd
	return f, g.unitEnd, true
}

// openRange reads a range whose lower end has no unit of its own: 3至5个,
// 10—15%, 1至2亿元, 3万—5万元, 两至三年内.
//
// A lower end without a magnitude of its own takes the upper end's, as
// Chinese usage elides it: 3至5万元 is 3万 to 5万 (30000–50000 CNY), and
// 1至2亿元 is 1亿 to 2亿. When that would put the lower end above the upper
// (5000至1万元), the lower end is read as written. The unit's factor (元,
// 角, 千克) applies to both ends.
func (x *Extractor) openRange(text string, f figure, val float64, num string, e int) (figure, int, bool) {
	w, ok := hasAnyPrefix(text[e:], x.words.rangeDashes...)
	if !ok {
		return f, 0, false
	}
	j := e + len(w)
	if j >= len(text) || !numeralStart(firstRune(text[j:])) {
		return f, 0, false
	}
	g, _, ok := x.quantity(text, j, false)
	if !ok || g.max != nil || g.class == "" {
		return f, 0, false
	}
	if g.kind == kindDuration && g.unit == "years" && (val >= 1000 || val != math.Trunc(val)) {
		return f, 0, false // 2021至2025年: calendar years
	}
	lo := val
	gv, gn, gok := numeral.PrefixFloat(text[j:])
	if gok && g.class != clsPercent && gv != 0 && g.value != gv {
		lo *= g.value / gv // the unit's factor
	}
	if gok && !hasMagnitude(num) {
		if m := trailingMagnitude(text[j : j+gn]); m > 1 && lo*m <= g.value {
			lo *= m
		}
	}
	if math.IsNaN(lo) || lo > g.value {
		return f, 0, false
	}
	hi := g.value
	g.numStart, g.value, g.max, g.cmp = f.numStart, lo, &hi, cmpRange
	g.chinese = f.chinese && g.chinese
	g.span.Start = f.numStart
	if c, s, ok := x.cueBefore(text, f.numStart, roleBefore); ok && c.value == cmpApprox {
		g.span.Start = s
	}
	return g, g.span.End, true
}

// durationLeads are words that make a following N年 a span of time (用三年时间,
// 历时5年, 连续两年) rather than a calendar year.
const durationLeads = `
用 历时 歷時 经过 經過 满 滿 期限为 期限為 期限 为期 為期 工作 长达 長達 不超过 不超過 不少于 不少於 超过 超過 连续
連續
`

// termLed reports whether the numeral at i states a term: it follows a
// noun ending in 期 (有效期3年, 试行期两年, 服务期为5年), optionally with
// 为, 為 or 是.
func termLed(text string, i int) bool {
	before := text[:skipSpacesBack(text, i)]
	if w, ok := hasAnySuffix(before, []string{"为", "為", "是"}); ok {
		before = before[:len(before)-len(w)]
	}
	if !strings.HasSuffix(before, "期") {
		return false
	}
	// 同期, 分期, 初期: a period of time, not a term's length.
	_, not := hasAnySuffix(before, []string{"同期", "分期", "初期", "末期", "中期", "后期", "後期", "前期", "近期", "长期", "長期", "短期", "时期", "時期", "星期", "日期", "学期", "學期"})
	return !not
}

// yearOrDuration handles a numeral followed by 年: a calendar year (2022年,
// 二〇二二年) is skipped, a duration (3年内, 用三年时间, 5年以上) is a figure.
func (x *Extractor) yearOrDuration(text string, f figure, val float64, e int) (figure, int, bool) {
	after := e + len("年")
	if val >= 1000 && val <= 2200 && val == math.Trunc(val) {
		return f, after, false
	}
	_, cueAfter := hasAnyPrefix(text[after:], "以内", "之内", "内", "以內", "之內", "內", "以上", "以下", "左右", "多", "时间", "時間", "期限", "及以上")
	_, cueBefore := hasAnySuffix(text[:f.numStart], x.words.durationLeads)
	cueBefore = cueBefore || termLed(text, f.numStart)
	// 受教育年限从10.23年提高到10.8年: a fraction of years is a duration.
	fraction := val != math.Trunc(val) && !strings.HasPrefix(text[after:], "来")
	if !fraction && (strings.HasPrefix(text[after:], "来") || strings.HasPrefix(text[after:], "前") || (!cueAfter && !cueBefore)) {
		return f, after, false
	}
	if w, ok := hasAnyPrefix(text[after:], "内，", "内,", "內，", "內,"); ok && clauseOpens(text, f.numStart) {
		return f, after + len(w), false // 五年内，…: the time frame of a report
	}
	if strings.HasPrefix(text[after:], "多") {
		f.cmp = cmpGt
		after += len("多")
	}
	f.value, f.unit, f.class, f.kind = val, "years", clsDuration, kindDuration
	f.unitEnd = after
	g, end, ok := x.finish(text, f, false)
	if ok {
		return g, end, true
	}
	return f, after, false
}

// skipSpacesBack returns i moved back over spaces (a PDF copy's 突破 1000).
func skipSpacesBack(text string, i int) int {
	for i > 0 {
		r, n := lastRune(text[:i])
		if r != ' ' && r != '\u3000' {
			break
		}
		i -= n
	}
	return i
}

// clauseOpens reports whether i starts a clause.
func clauseOpens(text string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := lastRune(text[:i])
	return strings.ContainsRune("，。；：！？\n,;:", r)
}

// running reads 连续N年 (连续两年, 连续3个月).
func (x *Extractor) running(text string, i int) (figure, int, bool) {
	j := i + len("连续")
	v, n, ok := numeral.PrefixFloat(text[j:])
	var f figure
	if !ok {
		return f, j, false
	}
	e := j + n
	f.numStart, f.chinese = j, isChinese(text[j:e])
	if strings.HasPrefix(text[e:], "年") {
		f.value, f.unit, f.class, f.kind, f.unitEnd = v, "years", clsDuration, kindDuration, e+len("年")
	} else if u, ok := x.unitAt(text, e, false); ok && u.class == clsDuration {
		f.value, f.unit, f.class, f.kind, f.unitEnd = v*u.factor, u.name, u.class, kindDuration, e+len(u.word)
	} else {
		return f, e, false
	}
	f.cmp = cmpEq
	f.span = pipeline.Span{Start: i, End: f.unitEnd}
	if c, ce, ok := x.cueAfter(text, f.unitEnd, roleAfter); ok {
		f.cmp, f.span.End = c.value, ce
	}
	return f, f.span.End, true
}

// ordinal reads 第N: a rank when 位/名 follows or a ranking verb leads in
// the clause (居全国第二, 排名第11位); otherwise an ordinal (第3条, 第一批,
// 第二个百年), which is skipped.
func (x *Extractor) ordinal(text string, i int) (figure, int, bool) {
	var f figure
	j := i + len("第")
	v, n, ok := numeral.PrefixFloat(text[j:])
	if !ok {
		return f, j, false
	}
	e := j + n
	f.numStart, f.chinese = j, isChinese(text[j:e])
	w, unitWord := hasAnyPrefix(text[e:], "位", "名")
	if _, put := hasAnySuffix(text[:i], []string{"放在", "摆在", "擺在", "放到", "摆到", "置于", "置於"}); put {
		return f, e, false // 把安全放在第一位: a priority, not a rank
	}
	led := x.rankLed(text, i)
	if !unitWord && !(led && (!isHan(text, e) || strings.HasPrefix(text[e:], "的"))) {
		return f, e, false
	}
	if unitWord && !led && isHan(text, e+len(w)) && !strings.HasPrefix(text[e+len(w):], "的") {
		return f, e, false // 第二名单?: 位/名 begins a word
	}
	f.value, f.cmp, f.kind, f.unitEnd = v, cmpEq, kindRank, e+len(w)
	f.span = pipeline.Span{Start: i, End: f.unitEnd}
	return f, f.unitEnd, true
}

// top reads 前N as a rank at most N (进入全国前十, 前10位).
func (x *Extractor) top(text string, i int) (figure, int, bool) {
	var f figure
	j := i + len("前")
	v, n, ok := numeral.PrefixFloat(text[j:])
	if !ok {
		return f, j, false
	}
	e := j + n
	w, unitWord := hasAnyPrefix(text[e:], "位", "名", "强")
	if !unitWord && !(x.rankLed(text, i) && !isHan(text, e)) {
		return f, e, false
	}
	f.numStart, f.chinese = j, isChinese(text[j:e])
	f.value, f.cmp, f.kind, f.unitEnd = v, cmpLte, kindRank, e+len(w)
	f.span = pipeline.Span{Start: i, End: f.unitEnd}
	return f, f.unitEnd, true
}

// rankScopes are the fields a rank is taken in, written just before 第N:
// 总量全市第二, 全省第一.
var rankScopes = []string{"全市", "全省", "全国", "全区", "全县", "全州", "全球", "世界", "全國", "全縣", "全區"}

// rankLed reports whether a ranking verb stands in the clause before i,
// at most 20 runes back, or a field of ranking stands just before it.
func (x *Extractor) rankLed(text string, i int) bool {
	if _, ok := hasAnySuffix(text[:i], rankScopes); ok {
		return true // 增速全市第一
	}
	j := i
	for k := 0; k < 20 && j > 0; k++ {
		r, n := lastRune(text[:j])
		if strings.ContainsRune("，。；：！？\n,;:、", r) {
			break
		}
		j -= n
	}
	clause := text[j:i]
	for _, v := range x.words.rankVerbs {
		if strings.Contains(clause, v) {
			return true
		}
	}
	// 位居…质量第4、县域经济基本竞争力第5: a rank listed after ranks
	// under one verb.
	if j > 0 && strings.HasSuffix(text[:j], "、") {
		k := j - len("、")
		for n := 0; n < 60 && k > 0; n++ {
			r, w := lastRune(text[:k])
			if strings.ContainsRune("，。；：！？\n,;:", r) {
				break
			}
			k -= w
		}
		items := strings.Split(text[k:j-len("、")], "、")
		for _, it := range items {
			if !strings.Contains(it, "第") {
				return false
			}
		}
		for _, v := range x.words.rankVerbs {
			if strings.Contains(items[0], v) {
				return true
			}
		}
	}
	return false
}

// doubling reads 翻一番 (2x), 翻两番 (4x), 翻了一番, 翻番 (2x).
func doubling(text string, i int) (figure, int, bool) {
	var f figure
	if strings.HasPrefix(text[i:], "翻番") {
		f.numStart, f.value = i, 2
		f.unitEnd = i + len("翻番")
	} else if strings.HasPrefix(text[i:], "翻") {
		j := i + len("翻")
		if strings.HasPrefix(text[j:], "了") {
			j += len("了")
		}
		v, n, ok := numeral.PrefixFloat(text[j:])
		if !ok || !strings.HasPrefix(text[j+n:], "番") {
			return f, i + len("翻"), false
		}
		k := v
		if k < 1 || k > 10 || k != math.Trunc(k) {
			return f, j + n, false
		}
		f.numStart, f.value, f.chinese = j, math.Pow(2, k), isChinese(text[j:j+n])
		f.unitEnd = j + n + len("番")
	} else {
		return f, i, false
	}
	f.unit, f.class, f.kind, f.cmp = "x", clsMultiple, kindMultiple, cmpEq
	f.span = pipeline.Span{Start: i, End: f.unitEnd}
	return f, f.unitEnd, true
}

// quoteCloser returns the closing mark of the opening quote or book-title
// mark r, or 0.
func quoteCloser(r rune) rune {
	switch r {
	case '“':
		return '”'
	case '「':
		return '」'
	case '『':
		return '』'
	case '《':
		return '》'
	case '〈':
		return '〉'
	case '‘':
		return '’'
	case '"':
		return '"'
	}
	return 0
}

// quoteRegions returns the byte ranges inside paired quotes and book-title
// marks (“…”, 「…」, 《…》, "…") that close within 40 runes on one line,
// in order.
func quoteRegions(text string) []pipeline.Span {
	var out []pipeline.Span
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		closer := quoteCloser(r)
		if closer == 0 {
			i += n
			continue
		}
		j, k := i+n, 0
		for ; j < len(text) && k < 40; k++ {
			c, m := utf8.DecodeRuneInString(text[j:])
			if c == closer || c == '\n' {
				break
			}
			j += m
		}
		if j < len(text) && firstRune(text[j:]) == closer {
			out = append(out, pipeline.Span{Start: i + n, End: j})
			i = j + utf8.RuneLen(closer)
			continue
		}
		i += n
	}
	return out
}
