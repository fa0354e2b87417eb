package enumeration

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policyx/policyx/pipeline"
)

// scan holds the state of one Extract call: the text, its paragraphs and
// the markers found in them. All offsets are bytes of Norm.Text.
type scan struct {
	text     string
	paras    []pipeline.Span
	doc      *pipeline.Document
	markers  []marker
	heads    []marker // 第N章 and 第N节 headings, which chain leaves to outline
	runIns   []int    // where the points run on after a part heading's title or in a flattened line start (see runInPoint, flatMarker), in order
	bounds   []int    // where the items of the kept chapter and section lists start, in order
	tocHeads []int    // where the section headings of a table of contents start
	turns    []int    // the paragraphs that open with an address to the hearers, in order (see addressAfter); nil until read
}

// item is one item of a list being built.
type item struct {
	m       marker
	heading string
	marker  string // the marker text as written (for parallel items, the opening clause)
	end     int    // end of the item's text, trailing space excluded
	reach   int    // how far the item could run: the next sibling, or the parent's reach
}

// list is one list being built.
type list struct {
	style      string
	items      []*item
	heading    bool // opened by a heading-style marker at a paragraph start: items run across paragraphs
	block      int
	parent     *list
	parentItem int   // index in parent.items
	cut        int   // when > 0, where a sibling list of the same style starts in the last item's paragraph
	across     *list // the list whose items this one's points are numbered across (一、… holding 1.–3., 二、 holding 4.–5.)
	stops      []int // where the items of across start that this list's items run past; no item runs on over one
	dropped    bool
	span       pipeline.Span
}

func (l *list) last() *item { return l.items[len(l.items)-1] }

// findMarkers records every marker that opens a clause.
func (s *scan) findMarkers() {
	t := s.text
	for pi, p := range s.paras {
		first := len(s.markers) // the paragraph's first marker
		spaced := false         // white space stood right before i in the view
		flat := s.holdsSpace(p) // white space stands in the paragraph or its source: a line may have been flattened
		var prev rune           // last non-space rune before i; 0 at the paragraph start
		var run marker          // the bracketed point that opened the paragraph and the ones run in after it
		var head marker         // the last part heading (一、, （一）) found in the paragraph
		clause := p.Start       // where the clause holding i starts
		for i := p.Start; i < p.End; {
			r, n := utf8.DecodeRuneInString(t[i:p.End])
			if isSpace(r) {
				i += n
				spaced = true
				continue
			}
			wasSpaced := spaced
			spaced = false
			if prev == 0 && openingQuote(string(r)) {
				// 「第二，行政長官也回應了…」: a speaker's point quoted in a
				// paragraph of its own opens it after the quote mark
				i += n
				continue
			}
			if prev == 0 || prev == -1 || isBoundary(prev) {
				clause = i
			}
			if prev != 0 && prev != -1 && !isBoundary(prev) && (r == '一' || r == '首') {
				if m, ok := s.subjectLed(clause, i, p.End); ok {
					// 村干部首先要认清使命, 各级各部门一要提高认识: a short
					// subject before the first point of a talk
					m.para, m.body = pi, pi
					s.markers = append(s.markers, m)
					prev, i = -1, m.end
					continue
				}
			}
			if prev == 0 {
				if m, ok := s.bareHeading(i, p.End); ok {
					// 一 總則, a PDF copy's part heading written with a space
					// for its 、
					m.para, m.body, m.paraStart = pi, pi, true
					s.markers = append(s.markers, m)
					prev, i = -1, m.end
					continue
				}
			}
			if head.style != "" && !isBoundary(prev) && s.runInPoint(head, i, p.End) {
				// 一、做强产业 1.做大做强茶产业。: a copy that lost its line
				// breaks runs a part's first point on after its title
				m, _ := matchMarker(t, i, p.End, 0)
				m.para, m.body, m.runIn = pi, pi, true
				s.markers = append(s.markers, m)
				head = marker{}
				prev, i = -1, m.end
				continue
			}
			if flat && prev != 0 && prev != -1 && !isBoundary(prev) {
				if m, ok := s.flatMarker(r, i, p.End, wasSpaced); ok {
					// (一)社區活動 (二)設備購置: a line a copy flattened,
					// its breaks become spaces
					m.para, m.body = pi, pi
					s.markers = append(s.markers, m)
					prev, i = -1, m.end
					continue
				}
			}
			if (r == '(' || r == '（' || run.style == StyleDunZh && (zhDigit(r) >= 0 || r == '十')) && run.style != "" && !isBoundary(prev) {
				// (1)招商引资任务完成奖(2)招商引资先进单位奖…, and in a line a copy
				// flattened 一、開會時間:…19日二、開會地點: a copy that lost
				// its line breaks runs the bracketed points of a paragraph
				// together; the next in number still opens an item, but
				// for a reference to a clause (第三条(二)项).
				if m, ok := matchMarker(t, i, p.End, 0); ok && m.style == run.style && m.ord == run.ord+1 {
					if c, _ := nextRune(t, m.end, p.End); !strings.ContainsRune("项項款条條目", c) {
						m.para, m.body = pi, pi
						s.markers = append(s.markers, m)
						run = m
						prev, i = -1, m.end
						continue
					}
				}
			}
			if prev == 0 || opensAfter(prev) || r == '第' && (chapterBefore(t[p.Start:i]) || partBefore(t[p.Start:i])) || strings.ContainsRune("、､及和", prev) && pointMark(t, i, p.End) {
				if m, ok := matchMarker(t, i, p.End, prev); ok && outlineStyle(m.style) {
					m.para, m.body, m.paraStart = pi, pi, true
					if m.title.End == 0 {
						// 第一章 alone on its line: its title is the next one.
						if pi+1 >= len(s.paras) {
							break
						}
						q := s.paras[pi+1]
						title, ok := titleLine(t, q.Start, q.End)
						if !ok {
							prev, i = r, i+n
							continue
						}
						m.title, m.alone, m.body = title, true, pi+1
					}
					s.heads = append(s.heads, m)
					// An article may go on the heading's line (第一章 总则
					// 第一条 …): it is read as if it opened the line.
					i, prev = max(m.end, m.title.End), 0
					if m.alone {
						i = p.End
					}
					continue
				} else if ok && !(prev == 0 && m.style == StyleDun && pi > 0 && s.cutOff(s.paras[pi-1])) {
					m.para, m.body, m.paraStart = pi, pi, prev == 0
					// A marker that ends its line (一要 on a line of its own,
					// or 二是 broken off its words in a PDF copy) has its
					// item's words on the next line.
					if afterMarker(t, m.end, p.End) == p.End && pi+1 < len(s.paras) {
						m.alone, m.body = true, pi+1
					}
					if s.keep(m, p.End) {
						if (m.style == StyleParen || m.style == StyleParenZh || m.style == StyleDunZh && flat) && m.ord == 1 {
							run = m // 開會紀錄:一、開會時間:民國108年12月19日二、開會地點: a flattened copy runs its points together
						} else if run.style == m.style && m.ord == run.ord+1 {
							run = m // the run goes on past a point that opens its clause (。四、)
						}
						head = marker{}
						if m.style == StyleDunZh || m.style == StyleParenZh || m.style == styleFormal || m.style == StyleArticle {
							head = m
						}
						s.markers = append(s.markers, m)
						prev = -1 // the marker's own text follows; no boundary
						i = m.end
						continue
					}
				}
			}
			if r == '.' && unicode.Is(unicode.Han, prev) {
				r = '。' // 弘扬以德治村精神.一要…: a copy that writes its full stop as a point
			}
			prev = r
			i += n
		}
		s.markers = append(s.markers[:first], keepFlat(s.markers[first:])...)
	}
	for _, m := range s.markers {
		if m.runIn || m.flat {
			s.runIns = append(s.runIns, m.start)
		}
	}
}

// spaceAfter returns where the first white space after byte i and before
// limit stands, in the view or in the source where the normalizer dropped
// it, or limit. In a letter-spaced copy no space counts: one stands just
// before the rune ending there too, or just after the rune that follows.
func (s *scan) spaceAfter(i, limit int) int {
	t := s.text
	for j := i; j < limit; {
		r, n := utf8.DecodeRuneInString(t[j:limit])
		if j > i && (isSpace(r) || s.droppedSpace(j)) {
			_, p := utf8.DecodeLastRuneInString(t[:j])
			k := skipSpace(t, j, limit) // the rune that follows the space
			_, q := utf8.DecodeRuneInString(t[k:limit])
			if s.spaceBefore(j-p) || k+q < limit && s.spaceBefore(k+q) {
				return limit // 社 區 活 動: a letter-spaced copy, whose spaces end nothing
			}
			return j
		}
		j += n
	}
	return limit
}

// spaceBefore reports whether white space stands right before byte j, in
// the view or, dropped, in the source.
func (s *scan) spaceBefore(j int) bool {
	r, _ := utf8.DecodeLastRuneInString(s.text[:j])
	return isSpace(r) || s.droppedSpace(j)
}

// holdsSpace reports whether white space stands inside paragraph p, in the
// view or in the source it maps to.
func (s *scan) holdsSpace(p pipeline.Span) bool {
	if spaceIn(s.text[p.Start:p.End]) {
		return true
	}
	src := s.doc.Norm.ToSource(p)
	return src.End <= len(s.doc.Text) && spaceIn(s.doc.Text[src.Start:src.End])
}

// spaceIn reports whether a space, a tab or an ideographic space stands in
// t (byte searches: the paragraphs are long and this is asked of each).
func spaceIn(t string) bool {
	return strings.IndexByte(t, ' ') >= 0 || strings.IndexByte(t, '\t') >= 0 || strings.Contains(t, "\u3000")
}

// flatMarkerRune reports whether r opens one of the markers that may
// follow white space inside a flattened line (see flatMarker): brackets,
// digits, Chinese numerals and circled numbers.
func flatMarkerRune(r rune) bool {
	return r == '(' || r == '（' || r >= '0' && r <= '9' || r >= '０' && r <= '９' || r >= '①' && r <= '⑳' || zhDigit(r) >= 0
}

// flatMarker reads at byte i, inside a clause, a marker of a heading style
// (一、 （一） 1. (1) ①) that white space precedes, in the view (spaced) or
// in the source where the normalizer dropped it: a copy that flattened a
// list's lines into one runs its items on after spaces (四、申請文件
// (一)公文 (二)申請補助計劃書). Such a marker is kept only beside another of
// its style and the next or previous ordinal in the same paragraph (see
// keepFlat).
func (s *scan) flatMarker(r rune, i, end int, spaced bool) (marker, bool) {
	if !flatMarkerRune(r) {
		return marker{}, false // the cheap test first: asked at every rune
	}
	if !spaced && !s.droppedSpace(i) {
		return marker{}, false
	}
	m, ok := matchMarker(s.text, i, end, ' ')
	if !ok || !headingStyle(m.style) || outlineStyle(m.style) || m.style == StyleArticle {
		return marker{}, false
	}
	m.flat = true
	return m, true
}

// keepFlat drops from ms, the markers of one paragraph, each one read
// after white space (see flatMarker) that no marker of its style with the
// next or the previous ordinal stands beside: a stray space before 1. or
// (一) in a PDF copy makes no list.
func keepFlat(ms []marker) []marker {
	if !slices.ContainsFunc(ms, func(m marker) bool { return m.flat }) {
		return ms
	}
	kept := make([]marker, 0, len(ms))
	for _, m := range ms {
		if m.flat && !slices.ContainsFunc(ms, func(o marker) bool {
			return o.style == m.style && (o.ord == m.ord+1 || o.ord == m.ord-1)
		}) {
			continue
		}
		kept = append(kept, m)
	}
	return kept
}

// maxBareTitle is the longest title, in runes, of a part heading whose
// numeral a space alone follows (see bareHeading).
const maxBareTitle = 20

// bareHeading reads at byte i, the start of a line ending at end, a part
// heading whose Chinese numeral is followed by white space in the source
// instead of 、 (一 總則, 二 實施對象: a PDF copy of a Taiwan plan): the
// line holds nothing but the numeral and a title of Han runes, at most
// maxBareTitle of them and no clause mark. Its style is that of 一、.
func (s *scan) bareHeading(i, end int) (marker, bool) {
	t := s.text
	m := marker{start: i}
	val, e, ok := scanZh(t, i, end)
	if !ok || val > maxHeadingOrd || e == end {
		return m, false
	}
	title := strings.TrimSpace(t[e:end])
	n := utf8.RuneCountInString(title)
	if n < 2 || n > maxBareTitle || strings.IndexFunc(title, func(r rune) bool { return !unicode.Is(unicode.Han, r) && r != ' ' && r != '\u3000' }) >= 0 {
		return m, false
	}
	kept := e < end && (t[e] == ' ' || strings.HasPrefix(t[e:], "\u3000")) // the space kept in the view
	if !kept && !s.droppedSpace(e) {
		return m, false
	}
	m.style, m.ord, m.end = StyleDunZh, val, e
	return m, true
}

// droppedSpace reports whether the source held white space, which the
// normalizer dropped, between the rune of the view that ends at byte i and
// the one that starts there.
func (s *scan) droppedSpace(i int) bool {
	_, r := utf8.DecodeLastRuneInString(s.text[:i])
	before := s.doc.Norm.ToSource(pipeline.Span{Start: i - r, End: i})
	at := s.doc.Norm.ToSource(pipeline.Span{Start: i, End: i + 1})
	return at.Start > before.End && strings.TrimSpace(s.doc.Text[before.End:at.Start]) == ""
}

// maxSubject is the longest subject, in runes, that may stand before the
// first point of a talk (see subjectLed).
const maxSubject = 6

// subjectLed returns the first point of a talk (一是, 一要, 首先) that
// starts at byte i after a short subject, which opens the clause at byte
// clause: two to maxSubject Han runes, the last no part of a word with 一
// (统一是, 之一是, 唯一要). The point's words must follow it and be no
// numeral (一是一，二是二). It opens a list only if the next point
// continues it, since a point alone makes no list.
func (s *scan) subjectLed(clause, i, end int) (marker, bool) {
	if i-clause > maxSubject*utf8.UTFMax {
		return marker{}, false // a long clause, no subject: no runes counted
	}
	subject := s.text[clause:i]
	n := utf8.RuneCountInString(subject)
	if n < 2 || n > maxSubject || strings.IndexFunc(subject, func(r rune) bool { return !unicode.Is(unicode.Han, r) }) >= 0 {
		return marker{}, false
	}
	last, _ := utf8.DecodeLastRuneInString(subject)
	if strings.ContainsRune(yiWordStarts, last) {
		return marker{}, false
	}
	m, ok := matchMarker(s.text, i, end, '，')
	if !ok || m.ord != 1 || m.style != StyleShi && m.style != StyleYao && m.style != StyleShouxian {
		return marker{}, false
	}
	h := headingOf(s.text, m.end, end, false)
	if utf8.RuneCountInString(h) < 2 || numeralOnly(h) {
		return marker{}, false
	}
	return m, true
}

// maxRunInTitle is the longest title, in runes, of a part heading that a
// point runs on after (see runInPoint).
const maxRunInTitle = 12

// maxRunInArticleTitle is the longest title of an article, in Han runes,
// after which a point runs on (see runInPoint).
const maxRunInArticleTitle = 24

// runInPoint reports whether a point of a lower level (1. 1、 (1) （一）)
// starts at byte i of a paragraph ending at end, right after the title of
// the part heading h that opens the same run of text: the title is two to
// maxRunInTitle Han runes, and white space stands between it and the
// point, in the view or in the source where the normalizer dropped it
// (一、做强产业 1.做大做强茶产业).
//
// A first 一是 runs on after the title with no space at all, in a copy that
// lost its line breaks ((一)社会发展稳健有力一是经济发展稳中向好。…二是…),
// the title maybe holding quotes (一、党建引领“实学深学”聚合力一是…), but
// not where its 一 ends a word of the title (统一是, 唯一是).
func (s *scan) runInPoint(h marker, i, end int) bool {
	title := strings.TrimRight(s.text[h.end:i], " \u3000")
	spaced := len(title) < i-h.end // the space kept in the view
	n := utf8.RuneCountInString(strings.Map(func(r rune) rune {
		if strings.ContainsRune(titleQuotes, r) {
			return -1 // quotes count for no rune of the title
		}
		return r
	}, title))
	limit := maxRunInTitle
	if h.style == StyleArticle {
		limit = maxRunInArticleTitle // 第四条推进电子商务公共服务平台建设: an article's title is longer than a part's
	}
	if n < 2 || n > limit {
		return false
	}
	m, ok := matchMarker(s.text, i, end, 0)
	if ok && m.style == StyleShi && m.ord == 1 {
		last, _ := utf8.DecodeLastRuneInString(title)
		return strings.IndexFunc(title, func(r rune) bool {
			return !unicode.Is(unicode.Han, r) && !strings.ContainsRune(titleQuotes, r)
		}) < 0 &&
			unicode.Is(unicode.Han, last) && !strings.ContainsRune(yiWordStarts, last)
	}
	if strings.IndexFunc(title, func(r rune) bool { return !unicode.Is(unicode.Han, r) }) >= 0 {
		return false
	}
	if !ok || m.style == h.style || !(m.style == StyleDot || m.style == StyleDun || m.style == StyleParen || m.style == StyleParenZh) || m.ord != 1 && h.ord == 1 {
		return false
	}
	// 第四条推进电子商务公共服务平台建设(一)鼓励…: an article's bracketed
	// first point, run on after its title with no space
	return spaced || s.droppedSpace(i) || h.style == StyleArticle && m.style == StyleParenZh && m.ord == 1
}

// titleQuotes are the quote marks a run-in title may hold (see runInPoint).
const titleQuotes = "“”‘’「」"

// yiWordStarts are the runes that make a word with a 一 after them (统一,
// 唯一, 同一, 第一, 之一, 其一): a 一是 or 一要 after one opens no point, as a
// run-on one (see runInPoint) or after a subject (see subjectLed).
const yiWordStarts = "统統唯惟同万萬第之其单單专專划劃归歸合逐不均整"

// minChunk is the fewest runes of a chunk of a document-sharing site's
// copy (see cutOff).
const minChunk = 100

// cutOff reports whether paragraph p is a chunk of a document-sharing
// site's copy cut off mid-word, so that the 2、 opening the next one is the
// site's chunk number: p is long and ends in a word or a comma, with no
// mark of a sentence's or a heading's end (…全市优化营 then 2、商环境工作
// 大会).
func (s *scan) cutOff(p pipeline.Span) bool {
	last, _ := utf8.DecodeLastRuneInString(s.text[p.Start:p.End])
	return (unicode.Is(unicode.Han, last) || strings.ContainsRune("，,、", last)) && utf8.RuneCountInString(s.text[p.Start:p.End]) >= minChunk
}

// keep reports whether a marker is followed by the text an item needs: a
// marker alone on its line has its text on the next; others need a clause
// after them, and a 是 or 要 followed only by a numeral (一是一，二是二) is no
// marker, but one that ends the text is the item the page cut.
func (s *scan) keep(m marker, paraEnd int) bool {
	if m.alone {
		return true
	}
	h := headingOf(s.text, m.end, paraEnd, m.article)
	switch {
	case (m.style == StyleShi || m.style == StyleYao) && h == "" && strings.TrimSpace(s.text[m.end:]) == "":
		return true // …三是深化农村改革。四是: the page cut the text after the marker
	case m.style == StyleShi || m.style == StyleYao:
		return !numeralOnly(h)
	case h == "":
		return m.paraStart && headingStyle(m.style)
	}
	return true
}

// blockOf returns the block holding off: the index of the document section
// holding it, or for text outside every section, -2 minus the index of the
// next section, so that text between two sections is a block of its own.
func (s *scan) blockOf(off int) int {
	if len(s.doc.Sections) == 0 {
		return 0
	}
	if i := s.doc.SectionAt(off); i >= 0 {
		return i
	}
	next := len(s.doc.Sections)
	for i, sec := range s.doc.Sections {
		if sec.Span.Start > off && i < next {
			next = i
		}
	}
	return -2 - next
}

// blockEnd returns where the block holding off ends.
func (s *scan) blockEnd(off int) int {
	if len(s.doc.Sections) == 0 {
		return len(s.text)
	}
	if i := s.doc.SectionAt(off); i >= 0 {
		sec := s.doc.Sections[i]
		for _, f := range sec.Fragments {
			if f.Start <= off && off < f.End {
				return min(f.End, len(s.text))
			}
		}
		return min(sec.Span.End, len(s.text))
	}
	end := len(s.text)
	for _, sec := range s.doc.Sections {
		if sec.Span.Start > off && sec.Span.Start < end {
			end = sec.Span.Start
		}
	}
	return end
}

// chain groups the markers into lists. Lists are kept on a stack, outermost
// first. A marker continues the innermost open list of its style whose last
// ordinal it follows, closing every list opened inside that one; otherwise
// it opens a new list nested in the innermost open item that holds it.
// Lists of fewer than two items are marked dropped.
func (s *scan) chain() []*list {
	var all, stack []*list
	block := 0
	for k := range s.markers {
		m := s.markers[k]
		if b := s.blockOf(m.start); k == 0 || b != block {
			stack, block = stack[:0], b
		}
		found := -1
		// 第三 goes on from an open 第一…第二, 二是 from an open 一是,
		// before a 首先 list nested in it (see sameSeries).
		own := slices.ContainsFunc(stack, func(o *list) bool { return o.style == m.style && o.last().m.ord+1 == m.ord })
		for i := len(stack) - 1; i >= 0; i-- {
			if own && stack[i].style == StyleShouxian && m.style != StyleShouxian {
				continue
			}
			if s.continues(stack[i], m, tail(stack[i:]), 0) {
				found = i
				break
			}
		}
		if found < 0 {
			// ①②④, （一）（三）: an item lost to a typo or a copy's gap.
			// The innermost open list of the style goes on over one
			// missing ordinal, and is then incomplete. Not 第一…第三,
			// which also number quarters and ranks (第一、二季度…，第三、
			// 四季度…), nor words (首先…再次: 再次 also means "once more").
			for i := len(stack) - 1; i >= 0 && m.style != StyleDi && m.style != StyleShouxian; i-- {
				if stack[i].style == m.style {
					if m.ord > 1 && !writtenSince(all, stack[i], m) && s.continues(stack[i], m, tail(stack[i:]), 1) {
						found = i
					}
					break
				}
			}
		}
		if found >= 0 {
			l := stack[found]
			if m.ord == 0 || m.ord == l.last().m.ord {
				m.ord = l.last().m.ord + 1
			}
			if l.style == StyleShouxian && (m.style == StyleShi || m.style == StyleDi && len(l.items) == 1) {
				l.style = m.style // a 一是 or 第一 list whose first point the writer opened with 首先
			}
			l.items = append(l.items, &item{m: m})
			stack = stack[:found+1]
			continue
		}
		if m.contOnly && !s.secondOpens(k) {
			continue
		}
		l := &list{
			style:   m.style,
			items:   []*item{{m: m}},
			heading: m.paraStart && (headingStyle(m.style) || m.style == StyleDi),
			block:   block,
		}
		lowerSkipped := false // a list of a lower rank was passed over for m
		for i := len(stack) - 1; i >= 0; i-- {
			o := stack[i]
			if o.style == m.style && lowerSkipped && o.heading && o.parent == nil && m.ord == 1 && m.paraStart {
				// 二、基本任务 …（三）继续改善人民生活。… 一、确定适度的
				// 经济增长率: the part's own points restart its style
				// after a list of a lower rank, and nest in the part
				l.parent, l.parentItem = o, len(o.items)-1
				break
			}
			if o.style != m.style && o.heading && outranks(m.style, o.style) && m.ord == 1 && m.paraStart && m.para > o.last().m.body && !s.endsWithColon(m.para-1) && restarts(stack[:i], m) {
				// a point of a higher rank is no point of a lower one's item,
				// unless the item announces it (說明: then 一、…)
				lowerSkipped = true
				continue
			}
			if o.style == m.style && s.introducedInside(o, m) {
				// 四、巩固…局面 … 要集中力量抓好以下几件事：⏎一、…: a list a
				// colon introduces inside the last item of a list of its
				// own style is nested in that item
				l.parent, l.parentItem = o, len(o.items)-1
				break
			}
			if o.style == m.style {
				// A list never nests one of its own style: the new list is
				// a sibling, and an open paragraph item of the old one ends
				// where it starts (首先是国内资源，其次是国际资源；…首先是国内市场…).
				if !o.heading && o.last().m.body == m.para || o.heading && m.paraStart && o.cut == 0 {
					// A heading list's last item ends too where its
					// numbering starts anew: a table of contents, then
					// the report's title and its own 一、
					o.cut = m.start
				}
				continue
			}
			if s.holds(o, m, stack[:i]) {
				l.parent, l.parentItem = o, len(o.items)-1
				break
			}
		}
		if prev := numberedOn(all, l.parent, m); prev != nil {
			// 二、加快推进项目建设 then 4.加强项目谋划储备: the points go on
			// with their numbers from the previous item of the list that
			// holds them, so they are one list across its items, as
			// articles are across chapters, held by none of them
			o := l.parent
			prev.items = append(prev.items, &item{m: m})
			prev.stops = append(prev.stops, o.items[len(o.items)-1].m.start)
			prev.across, prev.parent, prev.parentItem = o, nil, 0
			stack = append(stack, prev)
			continue
		}
		stack = append(stack, l)
		all = append(all, l)
	}
	for _, l := range all {
		l.dropped = len(l.items) < 2
	}
	// A list nested in a dropped one belongs to that one's parent.
	for _, l := range all {
		for l.parent != nil && l.parent.dropped {
			l.parent, l.parentItem = l.parent.parent, l.parent.parentItem
		}
	}
	return all
}

// minContents is the fewest items of a contents sentence (see
// dropRepeatedContents).
const minContents = 3

// dropRepeatedContents drops a list of at least minContents items that one
// paragraph holds when a later list of its style repeats its headings one
// by one: a report's contents in a sentence (报告分六个部分：一、…；二、…),
// then its parts. Such contents are no list.
func dropRepeatedContents(lists []*list) {
	for i, l := range lists {
		if l.dropped || len(l.items) < minContents || l.items[0].m.para != l.last().m.para {
			continue
		}
		for _, o := range lists[i+1:] {
			if !o.dropped && o.style == l.style && len(o.items) == len(l.items) && o.items[0].m.start > l.last().m.start &&
				slices.EqualFunc(l.items, o.items, func(a, b *item) bool { return a.heading == b.heading }) {
				l.dropped = true
				break
			}
		}
	}
}

// restarts reports whether one of the lists outer is a heading list of
// marker m's style: m, opening a list, restarts its numbering.
func restarts(outer []*list, m marker) bool {
	for _, o := range outer {
		if o.style == m.style && o.heading {
			return true
		}
	}
	return false
}

// secondOpens reports whether the marker k, a 其次 opening a paragraph that
// no open list takes, opens a list cut at its start: the next 首先-style
// marker is a 再次 opening a paragraph of the same block. The first point
// was made in a sentence's middle (《政府工作报告》首先提出…) or lost with
// the page before.
func (s *scan) secondOpens(k int) bool {
	m := s.markers[k]
	if m.style != StyleShouxian || m.ord != 2 || !m.paraStart {
		return false
	}
	for _, n := range s.markers[k+1:] {
		if n.style == StyleShouxian {
			return n.ord == 3 && n.paraStart && s.blockOf(n.start) == s.blockOf(m.start)
		}
	}
	return false
}

// sameSeries reports whether marker m may go on with list l by its style:
// the same style, 第三 and on after 首先…其次, a series a writer goes on
// counting (首先要全面规划…其次，必须确保工程建设质量…第三，要严禁挤占), or
// 二是 or 第二 after 首先 alone.
func sameSeries(l *list, m marker) bool {
	return l.style == m.style || l.style == StyleShouxian && m.style == StyleDi && m.ord >= 3 && m.ord == l.last().m.ord+1 ||
		l.style == StyleShouxian && len(l.items) == 1 && (m.style == StyleShi || m.style == StyleDi) && m.ord == 2 // 首先要增加对农业的投入…二是保护和合理使用耕地…: 首先 stands for 一是, or for 第一 (首先…第二，…第三，)
}

// writtenSince reports whether the ordinal before m's was written after the
// last item of l, as the last item of another list of m's style: it is then
// no item l lost. A compilation's contents 1.–5. and then its first work
// plan's points 5. and 6. under one section and 7. under the next: 7. goes
// on from that 6., never from the contents' 5.
func writtenSince(all []*list, l *list, m marker) bool {
	after := l.last().m.start
	return slices.ContainsFunc(all, func(o *list) bool {
		return o != l && o.style == m.style && o.last().m.ord == m.ord-1 && o.last().m.start > after
	})
}

// tail returns the paragraph of the latest item text in stack[0] or in the
// lists after it on the open stack that are nested, at any depth, in its
// last item.
func tail(stack []*list) int {
	l := stack[0]
	t := l.last().m.body
	for _, o := range stack[1:] {
		if o.within(l) {
			t = max(t, o.last().m.body)
		}
	}
	return t
}

// within reports whether l is nested, at any depth, in the last item of o.
func (l *list) within(o *list) bool {
	for p, pi := l.parent, l.parentItem; p != nil; p, pi = p.parent, p.parentItem {
		if p == o {
			return pi == len(o.items)-1
		}
	}
	return false
}

// continues reports whether m is the next item of l, with missing
// ordinals left out before it. tail is the paragraph of the latest item
// text in l or in the open lists nested in its last item.
func (s *scan) continues(l *list, m marker, tail, missing int) bool {
	last := l.last().m
	if !sameSeries(l, m) || last.final {
		return false // 最后，再次祝愿: nothing follows the last item
	}
	if m.final && len(l.items) == 1 && m.para != last.body {
		// 首先 thanking the guests, 最后 wishing success paragraphs later,
		// and nothing between: a speech's opening and closing, no list
		return false
	}
	// Only articles, and points numbered across the chapters as articles
	// are, go on past a chapter or section heading.
	if l.style != StyleArticle && s.crosses(last.start, m.start) && !numberedAcross(l, m) {
		return false
	}
	if (m.style == StyleFangmian || m.style == StyleShi) && m.ord == 1 && len(l.items) == 1 && last.ord == 1 && m.para == last.body {
		return true // 一方面…，一方面…; 一是…，一是…: a pair
	}
	if m.ord != 0 && m.ord != last.ord+1+missing || m.ord == 0 && missing > 0 {
		return false
	}
	if m.para == last.body || l.heading {
		return true
	}
	// A list of paragraph items goes on in a later paragraph: the next one,
	// or one a few paragraphs on when an item's paragraph is followed by
	// paragraphs elaborating it, or when the lines of a PDF copy were not
	// joined into paragraphs. A list nested in the item (重点抓好以下工作：
	// then 1．… 10．, one a paragraph) elaborates it however long it is, so
	// the gap is counted from that list's latest item.
	return m.para-max(last.body, tail) <= maxInlineParaGap
}

// numberedAcross reports whether m, which follows a chapter or section
// heading, numbers on the points of l as articles would be: a government's
// working rules (工作规则) number its points 一、… across chapters (第二章
// 组成人员 then 四、县政府由县长…组成). l is a list that no other list holds
// (see pointsGoOn); a point that starts its numbering anew begins the
// chapter's own list.
func numberedAcross(l *list, m marker) bool {
	return l.parent == nil && pointsGoOn(l, m)
}

// pointsGoOn reports whether m, a marker that opens a paragraph, numbers
// on the paragraph headings of l: its style, the next ordinal, and every
// item of l opening its paragraph. In a copy that flattened its lines (a
// point of l run on after its section's title or kept after a space, see
// runIn and flat), the points of l are whatever the copy left, and m must
// open a paragraph or be run on or kept so too.
func pointsGoOn(l *list, m marker) bool {
	if l.style != m.style || m.ord != l.last().m.ord+1 {
		return false
	}
	if !l.heading {
		flattened := slices.ContainsFunc(l.items, func(it *item) bool { return it.m.flat || it.m.runIn })
		return flattened && (m.paraStart || m.flat || m.runIn)
	}
	if !m.paraStart {
		return false
	}
	for _, it := range l.items {
		if !it.m.paraStart {
			return false
		}
	}
	return true
}

// numberedOn returns the list of all that m, the first marker of a new
// list held by the last item of o, numbers on from the item of o before
// it, or nil: measures number their points 1.–5. across their sections
// (一、 holding 1.–3., 二、 holding 4. and 5.). The list's last point lies
// in that previous item of o, and no list of m's style has started in
// o's last item before m.
func numberedOn(all []*list, o *list, m marker) *list {
	if o == nil || len(o.items) < 2 || m.ord < 2 {
		return nil
	}
	cur, before := o.items[len(o.items)-1].m.start, o.items[len(o.items)-2].m.start
	for i := len(all) - 1; i >= 0; i-- {
		l := all[i]
		if l.style != m.style {
			continue
		}
		first, last := l.items[0].m.start, l.last().m.start
		switch {
		case first > cur:
			return nil // a list of the style already started in this item
		case last > before && last < cur && (l.parent == o || l.across == o) && pointsGoOn(l, m):
			return l
		}
	}
	return nil
}

// holds reports whether the open last item of l contains m: a heading item
// runs on until the next marker of its list, a paragraph item ends with its
// paragraph, unless that paragraph ends with a colon (重点抓好以下十项工作：)
// and m opens the next one. outer are the lists open below l on the stack.
//
// A heading list whose items so far each fill one paragraph (1．…，2．…)
// ends at its last item's paragraph: it holds no marker in a later
// paragraph that would be the next item of a list open below it (第三，
// after a 1．… 10．list belongs to that enclosing or sibling list even when
// it is too far from it to continue it), and of other markers only one
// opening the next paragraph or a paragraph after a colon, or one
// restarting the style of an enclosing heading list.
func (s *scan) holds(l *list, m marker, outer []*list) bool {
	last := l.last().m
	if s.crosses(last.start, m.start) {
		return false // the item ended at a chapter or section heading
	}
	if m.para == last.body && m.start > last.start {
		end := s.sentenceEnd(l)
		return end < 0 || m.start < end
	}
	if m.paraStart && m.para == last.body+1 && s.endsWithColon(last.body) {
		return true
	}
	if l.style == StyleArticle && m.style != StyleArticle && m.para > last.body && s.titleAlone(last) {
		return true // 第二条奖励范围 alone on its line: the article's points follow it
	}
	if !l.heading {
		return false
	}
	if m.para > last.body && outranks(m.style, l.style) && s.contentsLines(l) {
		return false // contents 1.–5. of a compilation, then its first plan's 一、: no point of a contents line
	}
	if m.para > last.body && turnsAtAddress(l) && s.addressAfter(last.body, m.start) < m.start {
		return false // （三）积极推进改革开放 …, 各位代表！ …, 一是国际金融危机…: the report has turned to its next part
	}
	if m.para > last.body && (l.parent != nil || l.style != StyleDunZh) && s.summedAfter(last.body, m.start, true) < m.start {
		// 五、… then 各位代表！以上讲的五个问题… then 一要…: the points
		// were counted up before it (上述这些 may point back at what
		// the last item said)
		return false
	}
	if len(l.items) >= 2 && m.para > last.body && l.paraKind() {
		restart := false
		for _, o := range outer {
			if o.style == m.style {
				if m.ord == o.last().m.ord+1 {
					return false
				}
				restart = restart || o.heading
			}
		}
		// Its last item holds only a list that opens the next paragraph
		// (2．扩大投资 then （1）…) or one announced by a colon. A list
		// restarting the style of an enclosing heading list (一、 inside
		// 二、) stays held, since it can nest in no list of its own style.
		return restart || m.paraStart && (m.para == last.body+1 || s.endsWithColon(m.para-1))
	}
	return true
}

// sentenceEnd returns where the last item of l ends when the list is one
// sentence: its items all lie in one paragraph, each but the last closed by
// a comma (一要压实责任，二要强化督查，三要严格考核。) or a semicolon (五是
// …；六是推进…配套改革。, then 我们必须充分估计改革的艰巨性…). The last
// item then ends with that sentence and the quote it closes, and what the
// paragraph says after it (首先，…) is no longer part of it. It returns -1
// for other lists.
func (s *scan) sentenceEnd(l *list) int {
	if l.heading || l.style == StyleParallel || len(l.items) < 2 {
		return -1
	}
	t := s.text
	semicolons := false // an item closed by a semicolon
	for i := 0; i+1 < len(l.items); i++ {
		a, b := l.items[i].m, l.items[i+1].m
		if a.alone || a.para != b.para {
			return -1
		}
		r, _ := utf8.DecodeLastRuneInString(t[a.end:trimRight(t, a.end, b.start)])
		if r != '，' && r != ',' && r != '；' && r != ';' {
			return -1
		}
		semicolons = semicolons || r == '；' || r == ';'
	}
	last := l.last().m
	end := s.paras[last.body].End
	if semicolons && l.style != StyleCircled && s.headlineLast(last, end) {
		return -1 // 一是加强领导；…；三是强化保障。加大投入…: the sentences after a headline go on with it
	}
	depth := 0
	for j := last.end; j < end; {
		r, n := utf8.DecodeRuneInString(t[j:end])
		j += n
		switch {
		case opening(r):
			depth++
		case closing(r):
			if depth > 0 {
				depth--
			}
		case depth == 0 && (r == '。' || r == '！' || r == '？' || r == '!' || r == '?' || !semicolons && (r == '；' || r == ';')):
			// 首先是国内资源，其次是国际资源；开拓两个市场，…: points a
			// comma parts end at a semicolon too
			// Stray continuation bytes after the mark (text that is not
			// UTF-8) go with it, so that the item ends on a rune start.
			for j < end && !utf8.RuneStart(t[j]) {
				j++
			}
			for j < end {
				// 。” : a quote or bracket the list stands in closes with its sentence
				q, n := utf8.DecodeRuneInString(t[j:end])
				if !closing(q) {
					break
				}
				j += n
			}
			return j
		}
	}
	return -1
}

// maxHeadline is the longest clause, in runes, of a last point that is a
// headline the sentences after it spell out (三是强化保障。加大投入…).
const maxHeadline = 8

// headlineLast reports whether the last point, marker m, is a headline: its
// sentence, up to a full stop before end, holds at most maxHeadline runes
// and no comma.
func (s *scan) headlineLast(m marker, end int) bool {
	t := s.text[m.end:end]
	i := strings.IndexAny(t, "。！？!?")
	if i < 0 {
		return false
	}
	return utf8.RuneCountInString(t[:i]) <= maxHeadline && !strings.ContainsAny(t[:i], "，,")
}

// introducedInside reports whether marker m, the first of a list of the
// style of the heading list o, opens the paragraph after a sentence ending
// with a colon, past paragraphs of o's last item after its own: a list
// that item announces (要集中力量抓好以下几件事：), not a label's (主席致詞:)
// nor a new provision's right after the item (…得設縣轄市:).
func (s *scan) introducedInside(o *list, m marker) bool {
	last := o.last().m
	if !o.heading || m.ord != 1 || !m.paraStart || m.para <= last.body+2 || !s.endsWithColon(m.para-1) || s.crosses(last.start, m.start) {
		return false
	}
	if s.addressAfter(last.body, m.start) < m.start {
		return false // 各位代表！ between: the report has turned from the item
	}
	for pi := last.body + 1; pi < m.para-1; pi++ {
		if headingLike(s.text[s.paras[pi].Start:s.paras[pi].End]) {
			return false // 第2項質詢 between: a new part of the page
		}
	}
	p := s.paras[m.para-1]
	return strings.ContainsAny(s.text[p.Start:p.End], "，,") // a sentence announcing the points, no label (主席致詞:)
}

// endsWithColon reports whether paragraph pi ends with a colon, announcing
// what the following paragraphs list.
func (s *scan) endsWithColon(pi int) bool {
	p := s.paras[pi]
	r, _ := utf8.DecodeLastRuneInString(s.text[p.Start:p.End])
	return r == '：' || r == ':'
}

// paraKind reports whether the items of l end with their own paragraph
// rather than running on to the next marker: lists of inline markers, and
// heading-style lists whose items each fill one paragraph.
func (l *list) paraKind() bool {
	if l.style == StyleParallel || !l.heading {
		return true
	}
	for i := 0; i+1 < len(l.items); i++ {
		if l.items[i+1].m.para-l.items[i].m.body > 1 {
			return false
		}
	}
	return true
}

// sentencesBefore reports whether sentences stand before marker m in its
// paragraph: text that ends with a full stop, which a point written in a
// line of its own spells out.
func (s *scan) sentencesBefore(m marker) bool {
	before := strings.TrimRight(s.text[s.paras[m.para].Start:m.start], " 　")
	r, _ := utf8.DecodeLastRuneInString(before)
	return r == '。' || r == '！' || r == '？' || r == '；'
}

// extents sets every kept list's item ends, headings and span. Lists come
// parents first, as chain made them.
func (s *scan) extents(lists []*list) {
	t := s.text
	for _, l := range lists {
		if l.dropped {
			continue
		}
		para := l.paraKind()
		limit := s.blockEnd(l.items[0].m.start)
		if l.parent != nil {
			limit = min(limit, l.parent.items[l.parentItem].reach)
		}
		for i, it := range l.items {
			bodyEnd := s.paras[it.m.body].End
			if i+1 < len(l.items) {
				it.reach = l.items[i+1].m.start
				it.end = it.reach
				// The paragraphs after an item's own, up to the next item,
				// spell it out (二是进一步完善城镇社会保障体系。 then 当务之急
				// 仍然是…): they belong to it, as they do to a heading. What
				// opens the next item's paragraph before its marker (a
				// headline and its bar: 財政預算案派糖2024｜2.) does not,
				// unless it is sentences the item's heading heads (三是减轻
				// 企业负担和历史包袱。 then 结合…等问题。四是…).
				if next := l.items[i+1].m; para && next.para != it.m.body && !s.sentencesBefore(next) || openingQuote(strings.TrimSpace(t[s.paras[next.para].Start:next.start])) {
					it.end = min(it.end, s.paras[next.para].Start) // 「第三，…: the quote mark opening the next point's paragraph is that point's
				}
				// 「第二，…」 then a news page's subhead (措施具開創性) before
				// 「第三，…」: the subhead is no part of the point; between
				// articles, a subhead right before the next heads the part
				// that article opens (第二條… then 培育電商主體企業 then
				// 第三條), where a heading's own short lines are its text
				// (责任单位：区发展和改革局)
				next := l.items[i+1].m.para
				it.end = s.subheadBefore(it.m.body, it.end, func(pi int) bool {
					return !headingStyle(l.style) || l.style == StyleArticle && pi+1 == next
				})
			} else {
				// The last item runs on to the end of its parent item or
				// block only when it is a heading over paragraphs.
				it.reach = limit
				it.end = limit
				if (para || !headingStyle(l.style)) && !s.articleTitle(l, it) || s.contentsLines(l) {
					if n := s.spelledOut(l); n > 0 && !s.contentsLines(l) && !s.articleTitle(l, it) {
						// Every point before the last is spelled out in
						// paragraphs after its own: so is the last, in as
						// many as the shortest of them at most, up to the
						// next paragraph that opens a point or looks like a
						// heading, within its parent item.
						it.end = min(it.end, s.spelledOutEnd(lists, l, it.m.body, n, it.end))
					} else {
						it.end = min(it.end, bodyEnd)
					}
				}
				if l.cut > it.m.start {
					it.end = min(it.end, l.cut)
				}
				if e := s.sentenceEnd(l); e > 0 {
					it.end = min(it.end, e)
				}
				// 五要严肃税制…。通过这些措施，…: a sentence looking back on
				// the list's points is no part of the last, in a heading's
				// own paragraph too (（九）加强对穷队的领导…。为了保证以上措施
				// 的落实，…)
				it.end = min(it.end, s.lookBack(it.m.end, min(it.end, bodyEnd), it.end))
				if turnsAtAddress(l) {
					it.end = min(it.end, s.addressAfter(it.m.body, it.end))
				}
				if l.parent != nil || l.style != StyleDunZh {
					// 国务院提出的以上十项经济建设方针，…: a paragraph
					// looking back on the points is no part of the last (a
					// report's last part may sum up its own measures so)
					it.end = min(it.end, s.summedAfter(it.m.body, it.end, false))
				}
				if l.style == StyleDunZh && l.heading {
					// 五、更加重视知识… then 关于外交工作 on a line of its own:
					// the report's next part, unnumbered, ends the last
					it.end = s.subheadBefore(it.m.body, it.end, s.partTitle)
				}
			}
			// No item runs on past a chapter or section heading, nor past
			// an item of the list its points are numbered across.
			b := s.nextBound(it.m.start)
			if k := sort.SearchInts(l.stops, it.m.start+1); k < len(l.stops) {
				b = min(b, l.stops[k])
			}
			it.reach, it.end = min(it.reach, b), min(it.end, b)
			if it.end < it.m.end {
				it.end = it.m.end
			}
			it.end = trimRight(t, it.m.start, it.end)
			if l.style != StyleParallel {
				it.marker = s.written(pipeline.Span{Start: it.m.start, End: it.m.end})
				from := it.m.end
				if it.m.alone {
					from = s.paras[it.m.body].Start
				}
				limit := it.end
				if k := sort.SearchInts(s.runIns, from); k < len(s.runIns) && s.runIns[k] < limit {
					limit = s.runIns[k] // 一、做强产业 1.做大…, 二、補助項目 (一)…: the title ends where the point run on after it starts
				}
				if it.m.flat {
					limit = s.spaceAfter(afterMarker(t, from, limit), limit) // 35.洙边镇2023年政府工作报告 2023年…各位代表: a flattened line's item ends at its space
				}
				it.heading = s.writtenAfter(trimJoiner(headingOf(t, from, limit, it.m.article)), from)
			}
		}
		l.span = pipeline.Span{Start: l.items[0].m.start, End: l.last().end}
	}
	// A nested list that runs past its parent item's own end (a one-paragraph
	// item holding a list in the paragraphs after it) widens that item.
	for i := len(lists) - 1; i >= 0; i-- {
		l := lists[i]
		if l.dropped || l.parent == nil {
			continue
		}
		p := l.parent
		if it := p.items[l.parentItem]; it.end < l.span.End {
			it.end = l.span.End
			if p.span.End < it.end {
				p.span.End = it.end
			}
		}
	}
}

// spelledOut returns the fewest paragraphs after its own that an item of
// l but the last runs on over, when every one of them runs on over one at
// least (ends are set up to the last item), or 0.
func (s *scan) spelledOut(l *list) int {
	most := 0
	for _, it := range l.items[:len(l.items)-1] {
		n := 0
		for pi := it.m.body + 1; pi < len(s.paras) && s.paras[pi].Start < it.end; pi++ {
			n++
		}
		if n == 0 {
			return 0
		}
		if most == 0 || n < most {
			most = n
		}
	}
	return most
}

// spelledOutEnd returns where the paragraphs spelling out the last item of
// l, whose own paragraph is body, end before end: after most of them, or
// at the first later paragraph that opens with a marker of a list other
// than one nested in that item, that looks like a heading (a short line
// with no full stop), that adds to the list (see beyondList), or that
// addresses the hearers (各位代表！).
func (s *scan) spelledOutEnd(lists []*list, l *list, body, most, end int) int {
	inner := func(start int) bool {
		for _, o := range lists {
			if o.parent == l && o.parentItem == len(l.items)-1 && slices.ContainsFunc(o.items, func(it *item) bool { return it.m.start == start }) {
				return true
			}
		}
		return false
	}
	k := sort.Search(len(s.markers), func(k int) bool { return s.markers[k].start >= s.paras[body].End })
	for pi := body + 1; pi < len(s.paras) && s.paras[pi].Start < end; pi++ {
		sp := s.paras[pi]
		if pi > body+most {
			return sp.Start
		}
		for ; k < len(s.markers) && s.markers[k].start < sp.Start; k++ {
		}
		if k < len(s.markers) && s.markers[k].para == pi && s.markers[k].paraStart && !inner(s.markers[k].start) {
			return sp.Start
		}
		if p := s.text[sp.Start:sp.End]; headingLike(p) && !s.holdsMarker(pi) || opensWithAny(strings.TrimLeft(p, " \u3000"), beyondList) {
			return sp.Start
		}
	}
	return s.addressAfter(body, end)
}

// lookBackWords open a sentence that looks back on a list's points (通过这些
// 措施, 上述), or sums them up or adds to them (see beyondList).
var lookBackWords = slices.Concat([]string{"通过这些", "通过上述", "通过以上", "这些措施", "这些举措", "上述", "以上"}, beyondList)

// lookBack returns where the first sentence after byte from and before
// end that opens with one of lookBackWords, or names the points with 上述
// (see refersBack), starts, or none when there is no such sentence.
func (s *scan) lookBack(from, end, none int) int {
	t := s.text
	for j := from; j < end; {
		r, n := utf8.DecodeRuneInString(t[j:end])
		j += n
		if r == '。' || r == '！' || r == '？' || r == '；' {
			k := j
			for k < end && isSpace(rune(t[k])) {
				k++
			}
			if opensWithAny(t[k:end], lookBackWords) || refersBack(t[k:end]) {
				return k
			}
		}
	}
	return none
}

// maxSummedOpening is how far, in runes, into a paragraph looksBackOnPoints
// looks for the words that point back.
const maxSummedOpening = 14

// summedAfter returns where the first paragraph after paragraph body and
// before end that looks back on the points before it starts (see
// looksBackOnPoints; with counted, by their count only), or end.
func (s *scan) summedAfter(body, end int, counted bool) int {
	for pi := body + 1; pi < len(s.paras) && s.paras[pi].Start < end; pi++ {
		if looksBackOnPoints(s.text[s.paras[pi].Start:s.paras[pi].End], counted) {
			return s.paras[pi].Start
		}
	}
	return end
}

// pointBackWords are the words that point back at the points before them
// (以上十项方针, 上述三项任务).
var pointBackWords = []string{"以上", "上述"}

// saidWords may stand between a word of pointBackWords and the count it
// takes (以上讲的五个问题, 国务院提出的以上十项经济建设方针).
var saidWords = []string{"所讲的", "讲的", "所说的", "说的", "提出的"}

// looksBackOnPoints reports whether paragraph p opens by pointing back at
// points before it, counted or, unless counted, gathered: a word of
// pointBackWords within its first maxSummedOpening runes, maybe followed by
// one of saidWords, then a count or, unless counted, 这些, 各 or 几
// (国务院提出的以上十项经济建设方针; 上述三项任务; 以上这些经济改革措施;
// 各位代表！以上讲的五个问题).
func looksBackOnPoints(p string, counted bool) bool {
	pointers := "这各几一二三四五六七八九十两"
	if counted {
		pointers = "一二三四五六七八九十两" // only a count
	}
	n := 0
	for i := 0; i < len(p) && n < maxSummedOpening; n++ {
		for _, w := range pointBackWords {
			if rest, ok := strings.CutPrefix(p[i:], w); ok {
				for _, said := range saidWords {
					rest = strings.TrimPrefix(rest, said)
				}
				r, _ := utf8.DecodeRuneInString(rest)
				if strings.ContainsRune(pointers, r) {
					return true
				}
			}
		}
		_, size := utf8.DecodeRuneInString(p[i:])
		i += size
	}
	return false
}

// subheadBefore returns where the first paragraph after paragraph body
// and before end that looks like a heading, holds no marker and is one
// ok takes starts, or end.
func (s *scan) subheadBefore(body, end int, ok func(pi int) bool) int {
	for pi := body + 1; pi < len(s.paras) && s.paras[pi].Start < end; pi++ {
		if headingLike(s.text[s.paras[pi].Start:s.paras[pi].End]) && !s.holdsMarker(pi) && ok(pi) {
			return s.paras[pi].Start
		}
	}
	return end
}

// minPartText is the fewest runes of the running text that a part's
// title opens (see partTitle).
const minPartText = 40

// partTitle reports whether the short paragraph pi stands between running
// text, as the title of a report's unnumbered part does (…的根本好转，打下
// 巩固的基础。 / 关于外交工作 / 一年来，我国积极开展外交活动…): the paragraph
// before ends with a full stop and the one after is a sentence of
// minPartText runes at least.
func (s *scan) partTitle(pi int) bool {
	if pi == 0 || pi+1 >= len(s.paras) {
		return false
	}
	title := s.text[s.paras[pi].Start:s.paras[pi].End]
	if strings.IndexFunc(title, func(r rune) bool { return unicode.Is(unicode.Han, r) }) < 0 || strings.ContainsAny(title, "，,；;") {
		return false // a line of a zero-width space, a page's leftover; a sentence a page broke (…，今年预期目标设定)
	}
	before := strings.TrimSpace(s.text[s.paras[pi-1].Start:s.paras[pi-1].End])
	after := strings.TrimSpace(s.text[s.paras[pi+1].Start:s.paras[pi+1].End])
	r, _ := utf8.DecodeLastRuneInString(before)
	return strings.ContainsRune("。！!", r) && utf8.RuneCountInString(after) >= minPartText && strings.ContainsRune(after, '。')
}

// refersBack reports whether the sentence opening p names the points
// before it with 上述 or 以上 after a few words, no further in than
// 为了保证以上 reaches (实施上述政策, 为了保证以上措施).
func refersBack(p string) bool {
	head := p[:min(len(p), len("为了保证以上"))] // asked of every sentence: the search looks no further
	return strings.Index(head, "上述") > 0 || strings.Index(head, "以上") > 0
}

// openingQuote reports whether s is an opening quote mark alone (“ or 「),
// which opens a quoted point's paragraph before its marker.
func openingQuote(s string) bool { return s == "“" || s == "「" }

// holdsMarker reports whether a marker stands in paragraph pi (一、 alone
// on its line).
func (s *scan) holdsMarker(pi int) bool {
	k := sort.Search(len(s.markers), func(k int) bool { return s.markers[k].start >= s.paras[pi].Start })
	return k < len(s.markers) && s.markers[k].para == pi
}

// beyondList are the words that open a paragraph adding to a list or
// summing it up (此外, 总之), which is no part of its last item.
var beyondList = []string{"此外", "另外", "总之", "综上", "总的来看", "总的来说"}

// opensWithAny reports whether p opens with one of ws.
func opensWithAny(p string, ws []string) bool {
	return slices.ContainsFunc(ws, func(w string) bool { return strings.HasPrefix(p, w) })
}

// maxHeadingLine is the longest line, in runes, that headingLike takes for
// a heading.
const maxHeadingLine = 30

// headingLike reports whether paragraph p looks like a heading: short, with
// no mark ending a sentence or a clause at its end.
func headingLike(p string) bool {
	p = strings.TrimSpace(p)
	if p == "" || utf8.RuneCountInString(p) > maxHeadingLine {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(p)
	return !strings.ContainsRune("。．.！!？?；;：:，,…”」）)", r)
}

// maxContentsLine is the longest line, in runes, of a table of contents.
const maxContentsLine = 30

// turnsAtAddress reports whether the last item of l ends where a report
// addresses its hearers (see addressAfter): a list of headed points, not
// of a report's parts (一、, 壹、), which run on over such turns.
func turnsAtAddress(l *list) bool {
	return headingStyle(l.style) && l.style != StyleDunZh && l.style != styleFormal
}

// addressWords open a speech's address to its hearers (各位代表！), with
// which a report turns from one part to the next.
var addressWords = []string{"各位代表", "同志们"}

// reviewTurns open the paragraphs with which a report's review turns from
// its points to what they add up to or to what is still wrong (在肯定成绩的
// 同时, 我们也清醒地看到, 回顾过去一年), or to the rest of a term's five
// years (五年来，我们在民主法制建设…也取得了重要进展; 过去五年，民族、宗教…
// 工作创新完善): a turn as an address to the hearers is.
var reviewTurns = []string{"在肯定成绩", "在充分肯定", "在看到成绩", "我们也清醒", "我们清醒", "我们也要清醒", "同时也要看到", "回顾过去", "这些成就的取得", "这些成绩的取得", "成绩来之不易", "过去一年的成绩",
	"五年来，", "过去五年，"}

// sumsUpAchievements reports whether paragraph p opens by summing up what
// the year or the years achieved (一年来的成就，是…; 我们取得的成就，是…;
// 一年来各方面的显著成就，确实来之不易): the review turns from its points.
func sumsUpAchievements(p string) bool {
	head := p // its first maxAchievementsOpening runes, not copied: asked of every paragraph
	for i, n := 0, 0; i < len(p); n++ {
		if n == maxAchievementsOpening {
			head = p[:i]
			break
		}
		_, size := utf8.DecodeRuneInString(p[i:])
		i += size
	}
	for _, w := range []string{"成就", "成绩"} {
		if i := strings.Index(head, w); i >= 0 {
			return opensWithAny(p[i+len(w):], achievementsSummed)
		}
	}
	return false
}

// achievementsSummed follow the achievements a paragraph opens by summing
// up (see sumsUpAchievements).
var achievementsSummed = []string{"，", "是", "的取得", "确实", "来之不易"}

// maxAchievementsOpening is how far, in runes, sumsUpAchievements looks
// for the achievements a paragraph opens by summing up.
const maxAchievementsOpening = 12

// addressAfter returns where the first paragraph after paragraph body that
// opens with an address to the hearers (各位代表！) starts before end, or
// end. The last point of a list of points ends there: the report has
// turned to its next part (（七）推进政府自身建设…, then 各位代表！促进
// 各民族共同团结奋斗…); its parts themselves (一、) run on over such turns.
func (s *scan) addressAfter(body, end int) int {
	if s.turns == nil {
		s.turns = []int{} // read once per document
		for pi, sp := range s.paras {
			p := strings.TrimLeft(s.text[sp.Start:sp.End], " \u3000")
			if opensWithAny(p, reviewTurns) || sumsUpAchievements(p) {
				s.turns = append(s.turns, pi) // 在肯定成绩的同时，…: the review turns from its points
				continue
			}
			for _, w := range addressWords {
				if rest, ok := strings.CutPrefix(p, w); ok {
					if r, _ := utf8.DecodeRuneInString(rest); strings.ContainsRune("！!，,：:", r) {
						s.turns = append(s.turns, pi)
						break
					}
				}
			}
		}
	}
	if k := sort.SearchInts(s.turns, body+1); k < len(s.turns) && s.paras[s.turns[k]].Start < end {
		return s.paras[s.turns[k]].Start
	}
	return end
}

// contentsLines reports whether the heading list l reads as a table of
// contents: at least two items before its last, and every paragraph from
// its first item to its last a short line opened by a marker and without
// a sentence's end (一、2023年工作回顾, 二、2024年工作安排, (一)…, 三、…).
// Its last item is then a line too, not the title and the opening words
// that follow the contents.
func (s *scan) contentsLines(l *list) bool {
	if len(l.items) < 3 {
		return false
	}
	first, last := l.items[0].m.para, l.last().m.para
	for pi := first; pi < last; pi++ {
		p := s.paras[pi]
		line := s.text[p.Start:p.End]
		if utf8.RuneCountInString(line) > maxContentsLine || strings.ContainsAny(line, "。！？；!?;\n") {
			return false
		}
		if _, ok := matchMarker(s.text, p.Start, p.End, 0); !ok {
			return false // 1.第73號-教育獎學基金, then the lines of its item: an agenda, no contents
		}
	}
	return true
}

// maxArticleTitle is the longest title, in runes, of an article that
// stands alone on its line (第二条 奖励范围).
const maxArticleTitle = 16

// articleTitle reports whether item it of l is an article whose own
// paragraph holds only its title (第二条奖励范围, then the article's text in
// the paragraphs after it): the article runs on to the next article.
func (s *scan) articleTitle(l *list, it *item) bool {
	return l.style == StyleArticle && s.titleAlone(it.m)
}

// titleAlone reports whether marker m's paragraph holds, after it, only a
// short title with no mark of a clause.
func (s *scan) titleAlone(m marker) bool {
	rest := strings.TrimSpace(s.text[m.end:s.paras[m.body].End])
	return rest != "" && utf8.RuneCountInString(rest) <= maxArticleTitle && !strings.ContainsAny(rest, "。；;：:，,！？!?")
}

// record turns a finished list into its output record.
func (l *list) record(t string) *pipeline.Enumeration {
	e := &pipeline.Enumeration{
		Style: l.style,
		First: l.items[0].m.ord,
		Last:  l.last().m.ord,
		Items: make([]pipeline.Item, len(l.items)),
	}
	if e.Style == styleFormal {
		e.Style = StyleDunZh
	}
	e.Span = l.span
	e.Complete = e.First == 1 && e.Last-e.First+1 == len(l.items)
	for i, it := range l.items {
		e.Items[i] = pipeline.Item{
			Marker:  it.marker,
			Ordinal: it.m.ord,
			Heading: it.heading,
			Span:    pipeline.Span{Start: it.m.start, End: it.end},
		}
	}
	if l.parent != nil {
		e.Parent = &pipeline.Parent{Item: l.parent.items[l.parentItem].m.ord, Span: l.parent.span}
	}
	return e
}

// parallelLists finds runs of at least minParallel paragraphs, close to one
// another in one block, that open with the construction re matches
// (以打造创新平台为抓手，…) and carry no marker. Each paragraph is an item;
// its marker is the opening clause and its heading the clause after it.
func (s *scan) parallelLists(re *regexp.Regexp, marked []*list) []*list {
	if re == nil {
		return nil
	}
	t := s.text
	opens := map[int]bool{}
	for _, m := range s.markers {
		if m.paraStart {
			opens[m.para], opens[m.body] = true, true
		}
	}
	var out []*list
	var run []*item
	flush := func() {
		if len(run) >= minParallel {
			l := &list{style: StyleParallel, items: run, block: s.blockOf(run[0].m.start)}
			for i, it := range l.items {
				it.m.ord = i + 1
			}
			l.parent, l.parentItem = s.enclosing(marked, run[0].m.start)
			out = append(out, l)
		}
		run = nil
	}
	for pi, p := range s.paras {
		if opens[pi] {
			continue
		}
		loc := re.FindStringSubmatchIndex(t[p.Start:p.End])
		if loc == nil {
			continue
		}
		open := p.Start + loc[5] // end of 以…为抓手
		m := marker{style: StyleParallel, start: p.Start, end: p.Start + loc[1], para: pi, body: pi, paraStart: true}
		if len(run) > 0 {
			prev := run[len(run)-1].m
			if pi-prev.para > 3 || s.blockOf(prev.start) != s.blockOf(p.Start) || s.crosses(prev.start, p.Start) {
				flush()
			}
		}
		h, _ := clause(t, m.end, p.End, false, true)
		run = append(run, &item{m: m, marker: s.written(pipeline.Span{Start: p.Start, End: open}), heading: s.writtenAfter(h, m.end)})
	}
	flush()
	return out
}

// enclosing returns the list and item index of the innermost item of the
// marked lists that holds off, judged by the markers alone (items are
// measured later): an item holds off when off lies between its marker and
// the next marker of its list, in the same paragraph for a list of
// paragraph items.
func (s *scan) enclosing(lists []*list, off int) (*list, int) {
	var best *list
	bestIdx, bestStart := 0, -1
	for _, l := range lists {
		if l.dropped {
			continue
		}
		i := sort.Search(len(l.items), func(i int) bool { return l.items[i].m.start > off }) - 1
		if i < 0 {
			continue
		}
		it := l.items[i]
		if s.crosses(it.m.start, off) {
			continue // the item ended at a chapter or section heading
		}
		switch {
		case i+1 == len(l.items) && (!l.heading || l.paraKind() || !headingStyle(l.style)):
			if s.paras[it.m.body].End < off {
				continue
			}
		case !l.heading && s.paras[it.m.body].End < off:
			continue
		}
		if it.m.start > bestStart {
			best, bestIdx, bestStart = l, i, it.m.start
		}
	}
	return best, bestIdx
}

// written returns the original text behind the span sp of Norm.Text, as
// the document wrote it (「」 quotes, traditional characters, half-width
// brackets), with the line breaks of a repaired paragraph taken out.
func (s *scan) written(sp pipeline.Span) string {
	src := s.doc.Norm.ToSource(sp)
	if src.Start < 0 || src.End > len(s.doc.Text) || src.Start > src.End {
		return s.text[sp.Start:sp.End]
	}
	if sp.End < len(s.doc.Norm.Text) {
		if next := s.doc.Norm.ToSource(pipeline.Span{Start: sp.End, End: sp.End + 1}); next.Start > src.End && droppedReading(s.doc.Text[src.End:next.Start]) {
			src.End = next.Start // 緊盯年度目標(biāo)任務(wù): the reading the normalizer dropped after the last character, as written
		}
	}
	w := s.doc.Text[src.Start:src.End]
	if strings.ContainsAny(w, "\r\n") {
		var b strings.Builder
		for _, line := range strings.FieldsFunc(w, func(r rune) bool { return r == '\n' || r == '\r' }) {
			b.WriteString(strings.TrimSpace(line))
		}
		w = b.String()
	}
	return strings.TrimSpace(w)
}

// droppedReading reports whether gap, source text the normalizer dropped,
// is a pinyin reading in brackets (wù): Latin letters inside ( and ).
func droppedReading(gap string) bool {
	rs := []rune(gap)
	if len(rs) < 3 || rs[0] != '(' && rs[0] != '（' || rs[len(rs)-1] != ')' && rs[len(rs)-1] != '）' {
		return false
	}
	for _, r := range rs[1 : len(rs)-1] {
		if !unicode.IsLetter(r) || r >= 0x2E80 {
			return false
		}
	}
	return true
}

// writtenAfter returns, as written, the first occurrence of the
// normalized string h at or after from in Norm.Text.
func (s *scan) writtenAfter(h string, from int) string {
	if h == "" {
		return ""
	}
	i := strings.Index(s.text[from:], h)
	if i < 0 {
		return h
	}
	return s.written(pipeline.Span{Start: from + i, End: from + i + len(h)})
}

// trimJoiner removes from a heading the 、 or 以及 that joins it to the
// next point of a list written in one sentence (1)经济局、2)…; 6)…以及7)…);
// 和 and 及 end words too (祥和, 涉及) and stay.
func trimJoiner(h string) string {
	for _, j := range []string{"、", "､", "以及"} {
		if t, ok := strings.CutSuffix(h, j); ok && t != "" {
			return t
		}
	}
	return h
}
