package enumeration

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/policyx/policyx/pipeline"
)

// outline builds the lists of the headings that divide a measure or a
// regulation into parts: chapters (第一章 总则 … 第五章 附则) and, nested in
// their items, sections (第一节 … 第N节, numbered anew in each chapter). An
// item runs from its heading to the next heading of its list, or to the
// end of the chapter or block holding it. A table of contents, a run of
// chapter headings that the body then repeats, is no list. It sets
// s.bounds, which no list of points crosses but the articles.
func (s *scan) outline() []*list {
	chapters := s.outlineLists(StyleChapter)
	var heads map[int]bool // the paragraphs of headings, for tables of contents
	if len(chapters) > 1 {
		heads = s.headParas()
	}
	for i, l := range chapters {
		if i+1 < len(chapters) && !l.dropped && s.contents(l, chapters[i+1], heads) {
			l.dropped = true
			// The sections and parts listed with it are part of the table.
			// A part's heading may stand a line or two before the
			// table's first chapter.
			for _, m := range s.heads {
				if m.style == StyleSection && m.start > l.items[0].m.start && m.start < chapters[i+1].items[0].m.start ||
					partStyle(m.style) && m.start >= l.items[0].m.start-partReach && m.start < l.last().m.start {
					s.tocHeads = append(s.tocHeads, m.start)
				}
			}
		}
	}
	// Parts (第一篇, 第一部分) hold chapters, which a plan outline numbers
	// on across its parts, as a regulation does its articles across
	// chapters: the chapters are then one list beside the parts, and
	// chapters numbered anew in each part are lists held by it.
	parts := append(s.outlineLists(StylePart), s.outlineLists(StyleBufen)...)
	s.addBounds(parts)
	s.addBounds(chapters)
	// A chapter heading whose list was dropped (the only one a copy's
	// junk left readable: …不适用本办法。 第二章财政扶持措施 第四条…) still
	// ends the article before it.
	for _, l := range chapters {
		if l.dropped && len(l.items) == 1 && !s.inTOC(l.items[0].m.start) {
			s.bounds = append(s.bounds, l.items[0].m.start)
		}
	}
	sort.Ints(s.bounds)
	s.outlineExtents(parts, nil)
	for _, l := range chapters {
		if !l.dropped {
			l.parent, l.parentItem = s.holder(parts, l.items[0].m.start, l.last().m.start)
		}
	}
	sections := s.outlineLists(StyleSection) // reads the chapters' bounds
	s.addBounds(sections)
	s.addClosings()
	sort.Ints(s.bounds)
	s.outlineExtents(chapters, parts)
	for _, l := range sections {
		if !l.dropped {
			l.parent, l.parentItem = s.holder(chapters, l.items[0].m.start, l.last().m.start)
		}
	}
	s.outlineExtents(sections, chapters)
	return append(append(parts, chapters...), sections...)
}

// partReach is how far before the first chapter of a table of contents
// the heading of its first part may stand, in bytes: a line or two.
const partReach = 200

// closingHeadings head a speech's closing part, a line of their own (结束语).
var closingHeadings = []string{"结束语", "結束語", "结语", "結語"}

// addClosings appends to s.bounds where the paragraphs that hold only a
// closing heading start: no list runs on into a report's closing words
// (十、关于国际形势和外交工作 …, then 结束语).
func (s *scan) addClosings() {
	for _, p := range s.paras {
		if slices.Contains(closingHeadings, strings.TrimSpace(s.text[p.Start:p.End])) {
			s.bounds = append(s.bounds, p.Start)
		}
	}
}

// addBounds appends to s.bounds where the items of the kept lists start.
func (s *scan) addBounds(lists []*list) {
	for _, l := range lists {
		if !l.dropped {
			for _, it := range l.items {
				s.bounds = append(s.bounds, it.m.start)
			}
		}
	}
}

// outlineLists groups the headings of one style into lists: a heading
// continues the list before it when it is in the same block, follows its
// ordinal and, for a section, lies in the same chapter.
func (s *scan) outlineLists(style string) []*list {
	var out []*list
	var cur *list
	for _, m := range s.heads {
		if m.style != style || s.inTOC(m.start) {
			continue
		}
		b := s.blockOf(m.start)
		if cur != nil && b == cur.block && m.ord == cur.last().m.ord+1 && (style == StyleChapter || !s.crosses(cur.last().m.start, m.start)) {
			cur.items = append(cur.items, &item{m: m})
			continue
		}
		cur = &list{style: style, items: []*item{{m: m}}, heading: true, block: b}
		out = append(out, cur)
	}
	for _, l := range out {
		l.dropped = len(l.items) < 2
	}
	return out
}

// inTOC reports whether the heading at off is part of a table of contents.
func (s *scan) inTOC(off int) bool {
	for _, o := range s.tocHeads {
		if o == off {
			return true
		}
	}
	return false
}

// contents reports whether the chapter list l is a table of contents of
// the list next: next is in the same block and gives the same titles to at
// least two of the same chapters (a title in the table may carry dots and a
// page number), or to one where 目录 labels l and next is that chapter
// alone, the page having cut the body after it. heads holds the
// paragraphs of headings (see headParas).
func (s *scan) contents(l, next *list, heads map[int]bool) bool {
	// 目录 before it: the body may repeat one chapter only, where the
	// page cut it
	labelled := next.dropped && len(next.items) == 1 && s.labelledContents(l.items[0].m.start)
	if next.dropped && !labelled || next.block != l.block || !s.onlyHeadings(l.items[0].m.start, next.items[0].m.start, heads) {
		return false
	}
	titles := map[int]string{}
	for _, it := range next.items {
		titles[it.m.ord] = s.text[it.m.title.Start:it.m.title.End]
	}
	same := 0
	for _, it := range l.items {
		w, ok := titles[it.m.ord]
		if !ok {
			continue
		}
		if letters(w) != letters(s.text[it.m.title.Start:it.m.title.End]) {
			return false
		}
		same++
	}
	return same >= 2 || labelled && same == 1
}

// maxContentsLabel is how far before a table's first heading its label
// 目录 may end, in bytes: the label's own line and its spaces.
const maxContentsLabel = 24

// labelledContents reports whether the letters just before off end in
// 目录 (目 錄, with a PDF copy's space): the label of a table of contents.
func (s *scan) labelledContents(off int) bool {
	before := letters(s.text[max(0, off-maxContentsLabel):off])
	return strings.HasSuffix(before, "目录") || strings.HasSuffix(before, "目錄")
}

// headParas returns the paragraphs that hold a chapter or section heading,
// or the text after a heading that stands alone on its line.
func (s *scan) headParas() map[int]bool {
	heads := map[int]bool{}
	for _, m := range s.heads {
		heads[m.para], heads[m.body] = true, true
	}
	return heads
}

// onlyHeadings reports whether the paragraphs from from up to to hold
// nothing but chapter and section headings (heads, from headParas) and page
// numbers, as a table of contents does; two measures in one text that give
// their chapters the same titles have text under them.
func (s *scan) onlyHeadings(from, to int, heads map[int]bool) bool {
	for pi, p := range s.paras {
		if p.Start < from || p.Start >= to || heads[pi] {
			continue
		}
		if letters(s.text[p.Start:p.End]) != "" {
			return false
		}
	}
	return true
}

// letters keeps the letters of s: a title without its spaces, leader dots
// and page number.
func letters(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return r
		}
		return -1
	}, s)
}

// outlineExtents sets the items, headings and spans of the kept outline
// lists. A list's last item ends where the next list of its style in the
// block starts (a body after its table of contents), at the end of the
// item of outer holding it (a section in its chapter, a chapter in its
// part), or at the end of its block; a list of sections without a chapter
// still ends at the next chapter heading, and a chapter at the next part.
func (s *scan) outlineExtents(lists []*list, outer []*list) {
	for i, l := range lists {
		if l.dropped {
			continue
		}
		start := l.items[0].m.start
		limit := s.blockEnd(start)
		for _, o := range lists[i+1:] {
			if o.items[0].m.start > start {
				limit = min(limit, o.items[0].m.start)
				break
			}
		}
		if l.parent != nil {
			limit = min(limit, l.parent.items[l.parentItem].reach)
		} else if l.style == StyleSection || l.style == StyleChapter {
			// A list of sections without a chapter ends at the next
			// chapter heading, and a list of chapters at the next part.
			for _, c := range outer {
				if c.dropped {
					continue
				}
				for _, it := range c.items {
					if it.m.start > l.last().m.start {
						limit = min(limit, it.m.start)
					}
				}
			}
		}
		for j, it := range l.items {
			it.reach = limit
			if j+1 < len(l.items) {
				it.reach = l.items[j+1].m.start
			}
			if l.style == StyleChapter {
				// The last chapter of a part ends where the next part starts.
				it.reach = min(it.reach, headAfter(outer, it.m.start))
			}
			it.end = max(trimRight(s.text, it.m.start, it.reach), it.m.end)
			it.marker = s.written(pipeline.Span{Start: it.m.start, End: it.m.end})
			it.heading = s.written(it.m.title)
		}
		l.span = pipeline.Span{Start: start, End: l.last().end}
	}
}

// headAfter returns where the first item of the kept lists that starts
// after off starts, or the end of the text.
func headAfter(lists []*list, off int) int {
	first := int(^uint(0) >> 1)
	for _, l := range lists {
		if l.dropped {
			continue
		}
		for _, it := range l.items {
			if it.m.start > off && it.m.start < first {
				first = it.m.start
			}
		}
	}
	return first
}

// holder returns the innermost item of the kept outline lists that holds
// every offset from first to last, or nil when none does (the articles of
// a regulation run on across its chapters).
func (s *scan) holder(outline []*list, first, last int) (*list, int) {
	var best *list
	bestIdx, bestStart := 0, -1
	for _, l := range outline {
		if l.dropped {
			continue
		}
		for i, it := range l.items {
			if it.m.start <= first && last < it.reach && it.m.start > bestStart {
				best, bestIdx, bestStart = l, i, it.m.start
			}
		}
	}
	return best, bestIdx
}

// adopt nests every top-level list of points in the chapter or section
// item that holds all its markers.
func (s *scan) adopt(outline, lists []*list) {
	for _, l := range lists {
		if l.dropped || l.parent != nil {
			continue
		}
		l.parent, l.parentItem = s.holder(outline, l.items[0].m.start, l.last().m.start)
	}
}

// crosses reports whether a chapter or section heading starts after a and
// at or before b.
func (s *scan) crosses(a, b int) bool {
	i := sort.SearchInts(s.bounds, a+1)
	return i < len(s.bounds) && s.bounds[i] <= b
}

// nextBound returns where the first chapter or section heading after off
// starts, or the end of the text.
func (s *scan) nextBound(off int) int {
	i := sort.SearchInts(s.bounds, off+1)
	if i < len(s.bounds) {
		return s.bounds[i]
	}
	return len(s.text)
}
