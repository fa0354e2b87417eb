// Package enumeration finds enumerated lists in Chinese policy text: 一是…
// 二是…, （一）（二）, 一、二、 (or 一．二．, or 一 and a space on a line of
// its own with a short title in a PDF copy; 壹、貳、 are a level above
// them), Ⅰ、Ⅱ、 (or I. II. opening a paragraph), 1. 2. (1 . 2 . in a PDF
// copy), 1、 2、, (1) (2) (or 1) 2)), ① ②, 第一，第二， (or 其一，
// 其二，), 第一条…第N条, 首先…其次…最后, 一要…二要, 一方面…另一方面,
// paragraphs written in parallel without markers (以…为抓手，以…为重点，
// …), the chapters (第一章 总则 … 第五章 附则) and sections (第一节 … 第N
// 节) that divide a measure or a regulation, and the parts (第一篇, 第一部
// 分) that hold a plan outline's chapters.
//
// A chapter or section heading counts only where it opens a line and is
// followed on it, or alone on the next line, by a short title without
// clause marks (a title filling its line may join two parts with commas,
// as a plan outline's chapters do: 大力实施创新驱动发展战略，加快建设科技
// 创新强市); 见本办法第二章的规定 and 第三章第五条 are references. In a
// copy that ran its lines together, a heading after a sentence's end counts
// when an article follows its title on the line (…不适用本办法。第二章财政
// 扶持措施第四条…), and an article after a sentence's end needs no space
// before its words (。第二条本办法适用于…), though 第三条规定 and 第四条所列
// stay references. Its item
// runs to the next heading of its list, or to the end of the chapter or
// block, and its heading is the title as written (总 则, with the stray space
// of a PDF copy). Sections, numbered anew in each chapter, nest in the
// chapter holding them. No other list goes on past a chapter or section
// heading, and a list that lies within one chapter or section item nests in
// it, except the articles: 第一条…第N条 are numbered across the chapters and
// cited by that number alone, so they stay one list beside the chapter list
// rather than one list a chapter (where a chapter of one article, as 附则
// often is, would hold no list, and the articles of later chapters would
// read as incomplete); an article still ends where the next chapter
// starts, and the chapter holding it is the one whose item spans it. So do
// points numbered on across chapters (a working rules' 一、…五、) or across
// the items of the list that holds them (an opinion's 一、总体要求 holding
// （一）（二） and 二、 holding （三）…): one list held by none of them, each
// point ending where the next chapter or item starts. A
// table of contents (chapter headings with nothing but headings and page
// numbers under them, which the body then repeats, or, labelled 目录,
// repeats in part where the page cut it) is no list.
//
// A marker counts only where it opens a clause: at the start of a paragraph
// or after a clause mark (。；：，！？), so 第一年, 第二名 and an 一是 inside a
// sentence are no markers; a copy that lost its line breaks may run a
// part's first point on after its short title (一、做强产业 1.做大…), or
// its items on after spaces ((一)公文 (二)申請補助計劃書, kept only beside
// the next or previous point), which then open items too. A list is at least two markers of one style with
// consecutive ordinals (or one ordinal missing between two, ①②④, which
// leaves the list incomplete) in the same block (a section of the document, or the
// whole text). Lists nest: a list that starts inside an item of another is
// reported with a Parent naming that item.
//
// All offsets the package handles are byte offsets into
// Document.Norm.Text; pipeline.Finalize maps them to the original text.
package enumeration

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/policyx/policyx/dict"
	"github.com/policyx/policyx/pipeline"
)

// ListName is the dictionary list the extractor reads: one word a line,
// the word that closes the opening clause 以…为WORD， of a parallel
// paragraph, then the field "parallel".
const ListName = "enum-markers"

// ErrBadEntry is returned by New for a malformed enum-markers entry.
var ErrBadEntry = errors.New("enumeration: bad marker entry")

// minParallel is the number of paragraphs that must open with the same
// construction before they count as a list written in parallel.
const minParallel = 3

// maxInlineParaGap is how many paragraphs later the next item of a list of
// paragraph items (一是, 第一, 首先 …) may start and still continue the
// list: one item's own paragraph may be followed by a few elaborating ones.
const maxInlineParaGap = 7

// Extractor finds enumerated lists. It is immutable once built and safe for
// concurrent use by multiple goroutines.
type Extractor struct {
	parallel *regexp.Regexp // 以…为抓手， at the start of a paragraph
}

// New returns an Extractor using the list ListName of set for the words
// that close a parallel paragraph's opening clause. A nil set, or one
// without that list, uses the built-in dictionaries' list.
func New(set *dict.Set) (*Extractor, error) {
	var entries []dict.Entry
	if set != nil {
		entries = set.List(ListName)
	}
	if len(entries) == 0 {
		b, err := dict.Builtin()
		if err != nil {
			return nil, fmt.Errorf("enumeration: load built-in dictionaries: %w", err)
		}
		entries = b.List(ListName)
	}
	var words []string
	for _, e := range entries {
		switch e.Field(0) {
		case "parallel":
			words = append(words, regexp.QuoteMeta(e.Word))
		default:
			return nil, fmt.Errorf("%s: %w: kind %q, want \"parallel\"", e.Source, ErrBadEntry, e.Field(0))
		}
	}
	x := &Extractor{}
	if len(words) > 0 {
		// Longer words first, so that 主攻方向 wins over 方向.
		slices.SortStableFunc(words, func(a, b string) int { return len(b) - len(a) })
		re, err := regexp.Compile(`^以([^，。；：,;:！？!?\s“”]{1,24}?)为(` + strings.Join(words, "|") + `)[，,]`)
		if err != nil {
			return nil, fmt.Errorf("enumeration: compile parallel pattern: %w", err)
		}
		x.parallel = re
	}
	return x, nil
}

// Name returns "enumeration".
func (*Extractor) Name() string { return "enumeration" }

// Extract returns one *pipeline.Enumeration for every list in doc. It reads
// doc.Norm.Text, doc.Paragraphs (or splits the text into lines when the
// structure stage has not run) and doc.Sections; every span it returns,
// of the record and of its items, is a byte range of doc.Norm.Text. It does
// not modify doc and is safe for concurrent use.
func (x *Extractor) Extract(doc *pipeline.Document) ([]pipeline.Record, error) {
	t := doc.Norm.Text
	if t == "" {
		return nil, nil
	}
	s := &scan{text: t, paras: paragraphs(t, doc.Paragraphs), doc: doc}
	s.findMarkers()
	outline := s.outline()
	lists := s.chain()
	lists = append(lists, s.parallelLists(x.parallel, lists)...)
	s.adopt(outline, lists)
	s.extents(lists)
	dropRepeatedContents(lists)
	lists = append(outline, lists...)
	recs := make([]pipeline.Record, 0, len(lists))
	for _, l := range lists {
		if l.dropped {
			continue
		}
		recs = append(recs, l.record(t))
	}
	sort.SliceStable(recs, func(i, j int) bool {
		a, b := pipeline.Head(recs[i]).Span, pipeline.Head(recs[j]).Span
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.End > b.End
	})
	return recs, nil
}

// paragraphs returns the paragraphs of t, trimmed of surrounding space and
// in order: the structure stage's when given, plus every non-blank line of
// t that none of them covers (headings the structure stage may have taken
// for titles); without them, every non-blank line.
func paragraphs(t string, given []pipeline.Span) []pipeline.Span {
	var out []pipeline.Span
	for _, p := range given {
		if p.Start < 0 || p.End > len(t) || p.Start >= p.End {
			continue
		}
		if q, ok := trim(t, p); ok {
			out = append(out, q)
		}
	}
	slices.SortFunc(out, func(a, b pipeline.Span) int { return a.Start - b.Start })
	// Drop overlapping paragraphs, keeping the first.
	k := 0
	for _, p := range out {
		if k > 0 && p.Start < out[k-1].End {
			continue
		}
		out[k] = p
		k++
	}
	out = out[:k]
	covered := func(l pipeline.Span) bool {
		i := sort.Search(len(out), func(i int) bool { return out[i].End > l.Start })
		return i < len(out) && out[i].Start < l.End
	}
	var lines []pipeline.Span
	for start := 0; start < len(t); {
		end := strings.IndexByte(t[start:], '\n')
		if end < 0 {
			end = len(t)
		} else {
			end += start
		}
		if q, ok := trim(t, pipeline.Span{Start: start, End: end}); ok && !covered(q) {
			lines = append(lines, q)
		}
		start = end + 1
	}
	if len(lines) == 0 {
		return out
	}
	out = append(out, lines...)
	slices.SortFunc(out, func(a, b pipeline.Span) int { return a.Start - b.Start })
	return out
}

// trim removes leading and trailing space from the span p of t.
func trim(t string, p pipeline.Span) (pipeline.Span, bool) {
	s := skipSpace(t, p.Start, p.End)
	e := trimRight(t, s, p.End)
	return pipeline.Span{Start: s, End: e}, s < e
}

// trimRight moves end back over trailing space, not past start.
func trimRight(t string, start, end int) int {
	for end > start {
		r, n := utf8.DecodeLastRuneInString(t[start:end])
		if !isSpace(r) {
			break
		}
		end -= n
	}
	return end
}
