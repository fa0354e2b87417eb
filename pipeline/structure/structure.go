// Package structure is the structure stage of the pipeline: it finds the
// paragraphs, sentences, title, subtitle and signed sections of a document
// and re-attaches paragraphs that a newspaper layout put out of order.
//
// All spans it sets are half-open byte ranges into Document.Norm.Text. It
// works on the normalized view as well as on raw text (ASCII or full-width
// punctuation, blank or single line breaks between paragraphs).
package structure

import (
	"regexp"
	"unicode/utf8"

	"github.com/policyx/policyx/pipeline"
)

// Limits, in runes, on the lines the stage treats as headings.
const (
	maxTitle    = 60  // a document title
	maxHeadline = 40  // a section headline
	maxByline   = 100 // a byline: name and positions
)

// A Structurer finds the structure of documents. It holds only patterns
// compiled and word lists split by New, never changed afterwards, and is
// safe for concurrent use by multiple goroutines; each call works on its
// own Document.
type Structurer struct {
	byline     *regexp.Regexp // NAME, padding, positions
	credit     *regexp.Regexp // a photo credit or source line above the title
	authorNote *regexp.Regexp // （作者系……）closing a signed piece
	name       *regexp.Regexp // a line holding only a person's name
	docNumber  *regexp.Regexp // 国办发〔2022〕10号, or a line holding only a date
	numbered   *regexp.Regexp // a line opening with a list marker: 一、 （一） 第一条 1.
	words      bylineWords    // word lists that read a byline
}

// New returns a Structurer with its patterns compiled.
func New() *Structurer {
	return &Structurer{
		byline:     regexp.MustCompile(`^(\p{Han}(?:[ \x{3000}]?\p{Han}){1,3})[ \t\x{3000}\x{a0}]+(\p{Han}.*)$`),
		credit:     regexp.MustCompile(`^(?:\p{Han}{0,12}(?:供图|摄影?|制图|图片来源.*|图源.*)|[（(]?(?:图片?|来源)[：:].*)$`),
		authorNote: regexp.MustCompile(`^[（(]\s*(?:本文)?作者(?:系|为|是|：|:)\s*(.+?)\s*[）)]$`),
		name:       regexp.MustCompile(`^(?:作者[：:]\s*|文\s*/\s*)?(\p{Han}(?:[ \x{3000}]?\p{Han}){1,3})$`),
		docNumber:  regexp.MustCompile(`[〔\[［(（]\d{4}[〕\]］)）]\d+号|^\d{4}年\d{1,2}月\d{1,2}日$`),
		numbered:   regexp.MustCompile(`^(?:第[一二三四五六七八九十百零〇\d]+[条章节部分篇條節]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|[①-⑳])`),
		words:      newBylineWords(),
	}
}

// para is one paragraph of the document and what the stage learned of it.
type para struct {
	span pipeline.Span
	text string
	// structural lines (title, headline, byline, note) are not body text
	structural bool
	open       bool // ends in the middle of a sentence
	runes      int
}

// Structure fills doc.Paragraphs, doc.Sentences, doc.Title, doc.Subtitle,
// doc.Sections and doc.Unplaced from doc.Norm.Text, replacing what they
// held; every span is a byte range of doc.Norm.Text. seg, when not nil,
// confirms a re-attachment by segmenting the characters on both sides of
// the join; without it only an unambiguous single candidate is re-attached.
// It must not be called concurrently on the same doc.
func (s *Structurer) Structure(doc *pipeline.Document, seg pipeline.Segmenter) error {
	text := doc.Norm.Text
	spans := paragraphs(text)
	ps := make([]para, len(spans))
	doc.Paragraphs = spans
	doc.Sentences = nil
	for i, sp := range spans {
		t := text[sp.Start:sp.End]
		ps[i] = para{span: sp, text: t, open: endsOpen(t), runes: utf8.RuneCountInString(t)}
		doc.Sentences = sentences(doc.Sentences, text, sp)
	}
	doc.Title, doc.Subtitle = pipeline.Span{}, pipeline.Span{}
	doc.Sections, doc.Unplaced = nil, nil

	first := s.title(doc, ps)
	starts := s.bylineSections(doc, ps, first)
	if len(doc.Sections) == 0 {
		starts = s.noteSections(doc, ps, first)
	}
	s.closeSections(doc, ps, starts)
	s.reattach(doc, ps, starts, seg)
	return nil
}

// headlineLike reports whether p can be a heading: a short line that does
// not end like a sentence and holds no sentence stop.
func headlineLike(p *para, max int) bool {
	if p.runes < 2 || p.runes > max || hasStop(p.text) {
		return false
	}
	r := lastRune(p.text)
	return r != '：' && r != ':' && r != '，' && r != ',' && r != '、'
}

// title sets doc.Title and doc.Subtitle from the first lines of the
// document and returns the index of the first paragraph after them. A photo
// credit above the title is skipped. The subtitle is a second short line
// (a line starting with —— always is one); a line followed by a byline is a
// section headline, not a subtitle; a document number or date is neither.
func (s *Structurer) title(doc *pipeline.Document, ps []para) int {
	i := 0
	for i < len(ps) && i < 2 && ps[i].runes <= maxHeadline && s.credit.MatchString(ps[i].text) {
		ps[i].structural = true
		i++
	}
	// A numbered line (一、… （一）… 第一条…) opens the body of a document
	// that has no title; it is never the title or subtitle.
	if i >= len(ps) || !headlineLike(&ps[i], maxTitle) || s.isByline(ps, i) || s.numbered.MatchString(ps[i].text) {
		return i
	}
	doc.Title = ps[i].span
	ps[i].structural = true
	i++
	if i < len(ps) && headlineLike(&ps[i], maxTitle) && !s.isByline(ps, i) && !s.isByline(ps, i+1) &&
		!s.docNumber.MatchString(ps[i].text) && !s.numbered.MatchString(ps[i].text) {
		doc.Subtitle = ps[i].span
		ps[i].structural = true
		i++
	}
	if i < len(ps) && startsWithPunct(ps[i].text) {
		// the "title" was the first line of a sentence broken by the page
		for j := range i {
			if ps[j].span == doc.Title || ps[j].span == doc.Subtitle {
				ps[j].structural = false
			}
		}
		doc.Title, doc.Subtitle = pipeline.Span{}, pipeline.Span{}
		return 0
	}
	return i
}

// isByline reports whether ps[i] exists and is a byline.
func (s *Structurer) isByline(ps []para, i int) bool {
	if i < 0 || i >= len(ps) {
		return false
	}
	_, _, ok := s.parseByline(ps[i].text, ps[i].runes)
	return ok
}

// parseByline splits a byline "NAME POSITION，POSITION、…" into the name
// (padding removed) and the positions. It fails unless the line is short,
// holds no sentence stop, its name is no list marker (第 三 章) and at least
// one position names an office.
func (s *Structurer) parseByline(t string, runes int) (name string, positions []string, ok bool) {
	if runes > maxByline || hasStop(t) {
		return "", nil, false
	}
	m := s.byline.FindStringSubmatch(t)
	if m == nil || s.numbered.MatchString(stripSpaces(m[1])) {
		return "", nil, false // 第 三 章 議長、副議長: a chapter's heading, letter-spaced
	}
	positions = splitPositions(m[2])
	for _, p := range positions {
		if s.words.holdsOffice(p) {
			return squeeze(stripSpaces(m[1])), positions, true
		}
	}
	return "", nil, false
}

// stripSpaces removes all padding from a name: 刘　洁 → 刘洁.
func stripSpaces(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if !isSpace(r) {
			b = utf8.AppendRune(b, r)
		}
	}
	return string(b)
}

// bylineSections finds the sections that open with a headline followed by
// a byline, appends them to doc.Sections and returns the index of each
// section's headline. The title itself may be the first headline.
func (s *Structurer) bylineSections(doc *pipeline.Document, ps []para, first int) []int {
	var starts []int
	from := first
	if doc.Title.End > doc.Title.Start {
		// the title heads a section when a byline follows it directly
		for j := range ps {
			if ps[j].span == doc.Title {
				if doc.Subtitle == (pipeline.Span{}) {
					from = j
				}
				break
			}
		}
	}
	for i := from; i+1 < len(ps); i++ {
		if !headlineLike(&ps[i], maxTitle) {
			continue
		}
		name, positions, ok := s.parseByline(ps[i+1].text, ps[i+1].runes)
		if !ok {
			continue
		}
		ps[i].structural, ps[i+1].structural = true, true
		doc.Sections = append(doc.Sections, pipeline.Section{
			Title:     ps[i].text,
			Author:    name,
			Positions: positions,
			Region:    s.words.region(positions),
			Span:      pipeline.Span{Start: ps[i].span.Start},
		})
		starts = append(starts, i)
		i++
	}
	return starts
}

// noteSections finds signed pieces closed by an author note
// "（作者系XX市委书记）". Each runs from the first headline after the
// previous piece (or from the title) to its note; a name-only line after
// the headline gives the author.
func (s *Structurer) noteSections(doc *pipeline.Document, ps []para, first int) []int {
	var starts []int
	prev := first
	titleIdx := -1
	for j := range ps {
		if doc.Title.End > doc.Title.Start && ps[j].span == doc.Title {
			titleIdx = j
			break
		}
	}
	for k := first; k < len(ps); k++ {
		m := s.authorNote.FindStringSubmatch(ps[k].text)
		if m == nil {
			continue
		}
		positions := splitPositions(m[1])
		if len(positions) == 0 {
			continue
		}
		start := -1
		if len(starts) == 0 && titleIdx >= 0 {
			start = titleIdx
		} else {
			for j := prev; j < k; j++ {
				if headlineLike(&ps[j], maxHeadline) && !ps[j].structural {
					start = j
					break
				}
			}
		}
		if start < 0 {
			continue
		}
		sec := pipeline.Section{
			Title:     ps[start].text,
			Positions: positions,
			Region:    s.words.region(positions),
			Span:      pipeline.Span{Start: ps[start].span.Start, End: ps[k].span.End},
		}
		ps[start].structural, ps[k].structural = true, true
		for j := start + 1; j <= start+2 && j < k; j++ {
			if m := s.name.FindStringSubmatch(ps[j].text); m != nil {
				sec.Author = stripSpaces(m[1])
				ps[j].structural = true
				break
			}
		}
		doc.Sections = append(doc.Sections, sec)
		starts = append(starts, start)
		prev = k + 1
	}
	return starts
}

// closeSections ends each byline section at the end of the last paragraph
// before the next section's headline, or of the document's last paragraph.
// Note sections already end at their note.
func (s *Structurer) closeSections(doc *pipeline.Document, ps []para, starts []int) {
	for i := range doc.Sections {
		if doc.Sections[i].Span.End != 0 {
			continue
		}
		last := len(ps) - 1
		if i+1 < len(starts) {
			last = starts[i+1] - 1
		}
		doc.Sections[i].Span.End = ps[last].span.End
	}
}
