// Package normalize builds the matching view of a document: the text every
// later stage reads (pipeline.Document.Norm). The original text is never
// changed; every byte of the view maps back to the original bytes it came
// from, so a span found in the view is reported exactly in the source.
//
// The view folds:
//
//   - width: full-width digits, letters and ASCII symbols to ASCII (２０２３ →
//     2023, Ｇ → G, ％ → %, ＋ → +, － → -, ． → ., ／ → /); U+3000, NBSP and
//     other spaces to " "; zero-width characters, BOM, soft hyphens and other
//     control characters are dropped;
//   - punctuation: "，" for ASCII and full-width commas, except a comma
//     between a digit and exactly three digits, which is a thousands
//     separator and becomes "," (1,200,000; but 2021，2022); "；" for ";";
//     "：" for ":" except between digits (10:30) and before "//"; "（" and
//     "）" for "(" and ")"; "!" and "?" after a Chinese character or CJK
//     punctuation become "！" and "？"; "." and "。" stay as they are;
//   - quotes: “” ‘’ 「」 『』 ﹁﹂ ﹃﹄ and straight double quotes (paired,
//     opening and closing alternately within a paragraph) become “ and ”;
//     a ’ or ' between two Latin letters stays an apostrophe;
//   - dashes: —, –, ‒, ―, ⸺ and ﹘ become "—" (U+2014, so "——" stays
//     "——"); ～, 〜, ∼ and "~" become "～" (U+FF5E); the hyphens ‐ ‑ − and
//     full-width － become ASCII "-";
//   - traditional characters to simplified ones through a curated one-to-one
//     table (萬 → 万, 億 → 亿, 發展 → 发展 …; see t2sPairs for the characters
//     left alone on purpose);
//   - line ends: CRLF, CR, form feed, vertical tab, NEL, U+2028 and U+2029
//     become "\n";
//   - spaces from PDF copies: horizontal white space between two Chinese
//     characters, between a Chinese character and a digit, between a digit
//     and "%", and next to CJK punctuation is dropped (科 技 创 新 →
//     科技创新, 200 万元 → 200万元). Spaces between Latin words and between
//     digit groups stay, except a thousands grouping (thin or no-break
//     spaces before three digits, or "12 345 678" with two or more groups).
//     In a short line without sentence punctuation (a headline or a byline)
//     a space between two words of two or more characters each is kept as
//     one " ", since there it separates a name from a title or two phrases
//     (a letter-spaced name counts as one word: 刘　洁　武汉市委 → 刘洁
//     武汉市委);
//   - paragraphs broken by the page layout in the middle of a sentence are
//     joined: the break between them (with any blank or furniture lines in
//     it) maps to nothing. A break is joined when the paragraph before is
//     running text (not a byline; with punctuation, and either 30 runes
//     long, or holding a full sentence, or a 第N条 provision; not a
//     numbered heading like 五、…，… without a full stop) and ends with a
//     character, digit or "%", and the next line starts with a character,
//     digit, “, 《 or （ that is not a list marker (一是, 二、, （一）, 第一,
//     1., ①, 首先 …), is not a heading (a line without terminal punctuation
//     of at most 20 runes, or 40 before a blank line), is not indented more,
//     and the gap is no wider than the document's usual paragraph gap (a
//     line that a closing title mark or quote opens always goes on with
//     the line before: 《 / 纲要（草案） / 》提出); on
//     a page that ends more of its paragraphs of running text that way than
//     with a full stop (two at least: a summary giving its points without
//     full stops, captions, date lines), a blank line ends them; so it does
//     after a photo's caption, whose last clause is its credit (…记者刘尚文
//     摄, 图：市府提供, 南投县政府/提供, 资料照片). In
//     hard-wrapped text a line with no blank line before it that sits left
//     of its paragraph's indented first line is joined whatever ends the
//     line before. In a copy of a page set at a fixed width (a PDF page, a
//     hard-wrapped text file: many lines of the same width within a
//     column, counting a Chinese character as two columns and an ASCII
//     rune as one, few lines wider, most with punctuation and most ending
//     without a sentence mark), a line that fills the width, or a
//     paragraph's first line short of it by a lost two-character indent
//     (with punctuation, unless it is a numbered line ending a sentence;
//     without, when it ends in a character and the next line fills the
//     width), was broken by the page and is joined to the next whatever
//     ends it (a character, "，", "、" or a full stop), unless the next line
//     is a list marker, a byline or a short heading, is indented more than
//     the line before or than the lines continuing paragraphs, lies beyond
//     a gap wider than usual with no page furniture in it, or follows a
//     full stop and either has no punctuation (a signature, a date) or
//     falls short of the width by exactly a lost indent. Other paragraph
//     breaks become "\n\n" when the source had a blank line there and
//     "\n" otherwise;
//   - marks a copy adds to the text are dropped: a pinyin reading in
//     brackets after a character (补(bǔ)贴), and a note mark of one to three
//     digits in square brackets after a character or a closing quote or
//     bracket, with the spaces before it (“五违四必” [2]整治, 数据应用［29］
//     等; a mark opening a line, [1] 加强领导, stays);
//   - page furniture lines are dropped: photo credits (视觉中国供图, 新华社记者
//     张三 摄, 图片来源：…, （图：…）), editorial lines (责任编辑：…, 编辑：…
//     校对：…), share prompts and page controls (点击…, 扫一扫…, 【打印本页】,
//     字体：大 中 小, 上一篇：…, 您的位置：…) and page numbers (- 3 -, 第3页, 3/12). So
//     are the leading and trailing blank lines and the indentation and
//     trailing white space of every line;
//   - a trailing licence or web-page footer is dropped as a whole: a
//     Wikisource public-domain notice (本作品…属于公有领域 … Public domain
//     false), a site's 版权所有 / Copyright / © / ICP备 lines with the page
//     links and 主办单位 lines around them, a 免责声明 or a reprint notice.
//     It must start at such a notice, hold only footer text after it, and
//     end the document; a body paragraph that mentions 版权 or 公有领域
//     stays (see footer.go for the exact rule).
//
// A space kept in a headline or byline, and the space after a leading
// 第N条/章/节 marker, show as one " " mapped to the whole white-space run.
package normalize

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/policyx/policyx/pipeline"
)

// A Normalizer builds the matching view of a document (see the package
// documentation for what it folds). It is immutable once built by New and
// safe for concurrent use by multiple goroutines.
type Normalizer struct {
	t2s       []rune           // simplified form of each rune U+4E00..U+9FFF, 0 if none
	furniture []*regexp.Regexp // the furniture patterns, compiled, in rule order
	byline    *regexp.Regexp
	// keyRules has, for every key rune of a furniture rule, the bit 1<<i of
	// each rule i that lists it; keyFilter has bit r%keyBits set for each.
	keyRules  map[rune]uint64
	keyFilter [keyBits / 64]uint64
	foot      footerRules
}

// keyBits is the size of the furniture key filter.
const keyBits = 1024

// keyMask returns the furniture rules that list r among their keys.
func (n *Normalizer) keyMask(r rune) uint64 {
	k := uint32(r) % keyBits
	if n.keyFilter[k/64]&(1<<(k%64)) == 0 {
		return 0
	}
	return n.keyRules[r]
}

// New returns a Normalizer with the built-in tables and patterns, ready for
// concurrent use.
func New() *Normalizer {
	n := &Normalizer{t2s: make([]rune, 0x9FFF-0x4E00+1)}
	pairs := []rune(t2sPairs)
	for i := 0; i+1 < len(pairs); i += 2 {
		t, s := pairs[i], pairs[i+1]
		if t >= 0x4E00 && t <= 0x9FFF && t != s {
			n.t2s[t-0x4E00] = s
		}
	}
	n.keyRules = map[rune]uint64{}
	for i, f := range furnitureRules() {
		if i >= 64 {
			panic("normalize: more than 64 furniture rules")
		}
		n.furniture = append(n.furniture, regexp.MustCompile(f.pattern))
		for _, r := range f.keys {
			n.keyRules[r] |= 1 << i
			k := uint32(r) % keyBits
			n.keyFilter[k/64] |= 1 << (k % 64)
		}
	}
	n.byline = regexp.MustCompile(bylinePattern)
	n.foot = newFooterRules()
	return n
}

// Normalize sets doc.Norm to the matching view of doc.Text. It reads only
// doc.Text and writes only doc.Norm. Every byte of doc.Norm.Text maps back,
// through doc.Norm.ToSource, to a byte range of doc.Text that starts and
// ends on rune boundaries; the ranges of successive runes never go
// backwards. Invalid UTF-8 bytes are rendered as U+FFFD, each mapped to its
// own byte. Normalize returns ErrNilDocument for a nil doc and otherwise
// never fails. It may be called concurrently on different documents.
func (n *Normalizer) Normalize(doc *pipeline.Document) error {
	if doc == nil {
		return ErrNilDocument
	}
	items, size := n.fold(doc.Text)
	lines := n.lines(items)
	n.footer(items, lines)
	var b pipeline.NormalizedBuilder
	b.Grow(size)
	e := emitter{b: &b, items: items, text: doc.Text}
	e.run(lines)
	doc.Norm = b.Build(len(doc.Text))
	return nil
}

// An item is one folded source rune: its folded form and the byte range
// [s, e) of doc.Text it came from.
type item struct {
	r    rune
	s, e int32
}

// fold decodes text and folds every rune on its own, dropping what the view
// never shows. CRLF becomes one "\n" item covering both bytes. size bounds
// the length of the view in bytes.
func (n *Normalizer) fold(text string) (items []item, size int) {
	items = make([]item, 0, len(text)/2+8)
	ascii := 0 // ASCII items that may become 3-byte punctuation
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			r := n.foldRune(rune(c))
			w := 1
			if c == '\r' {
				if i+1 < len(text) && text[i+1] == '\n' {
					w = 2
				}
				r = breakRune
			}
			if r != dropRune {
				items = append(items, item{r, int32(i), int32(i + w)})
				ascii++
			}
			i += w
			continue
		}
		r, w := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && w == 1 {
			items = append(items, item{utf8.RuneError, int32(i), int32(i + 1)})
			i++
			continue
		}
		if f := n.foldRune(r); f != dropRune {
			if r == '畫' && planWord(items) {
				// 計畫, 規畫, 企畫 (Taiwan and Hong Kong usage) mean 计划,
				// 规划, 企划: 畫 folds to 画 on its own, to 划 after these.
				f = '划'
			}
			items = append(items, item{f, int32(i), int32(i + w)})
		}
		i += w
	}
	return items, len(text) + 2*ascii
}

// planWord reports whether a 畫 following the folded items ends the word
// 計畫/規畫/企畫/策畫/籌畫 (plan) rather than starting a word of its own
// after 計 as the end of 設計, 統計, 會計 … (設計畫面: design screen).
func planWord(items []item) bool {
	k := len(items) - 1
	if k < 0 {
		return false
	}
	switch items[k].r {
	case '规', '企', '策', '筹':
		return true
	case '计':
		if k > 0 && computeWord(items[k-1].r) {
			// 設計畫面: 計 ends the word 设计, unless the rune before
			// it closes a word of its own (建設計畫, 整合計畫, 系統計畫,
			// 委員會計畫, 評估計畫), so that 計畫 is the plan after it.
			return k > 1 && closesWord(items[k-2].r, items[k-1].r)
		}
		return true
	}
	return false
}

// computeWord reports whether r before 計 makes a word of counting or
// designing (设计, 统计, 会计, 估计, 合计, 审计, 累计, 总计, 共计, 预计,
// 伙计, 诡计, 妙计, 算计).
func computeWord(r rune) bool {
	switch r {
	case '设', '统', '会', '估', '合', '审', '累', '总', '共', '预', '伙', '诡', '妙', '算':
		return true
	}
	return false
}

// closesWord reports whether the runes a and b, in that order, form a
// word that b closes (建设, 整合, 系统, 社会, 评估), not one that b opens
// with 计.
func closesWord(a, b rune) bool {
	var before string
	switch b {
	case '设':
		before = "建增开架铺装附"
	case '合':
		before = "整结联综融配复"
	case '统':
		before = "系传总"
	case '会':
		before = "社机都员协学议工大"
	case '估':
		before = "评预"
	case '审':
		before = "评初复"
	}
	return strings.ContainsRune(before, a)
}
