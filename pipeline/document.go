package pipeline

import (
	"encoding/json"
	"sort"
	"time"
	"unicode/utf8"
)

// A Span is a half-open range [Start, End) of byte offsets. Which text it
// indexes is said wherever a Span is stored; inside the pipeline it is
// Document.Norm.Text unless stated otherwise.
type Span struct{ Start, End int }

// Len returns the length of s in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// A Document is one decoded input text and everything the stages learn about
// it. Text is immutable once the Document leaves package corpus; the stages
// fill the fields below it in order.
type Document struct {
	ID       string // the file's path as given or relative to a directory given, or the JSONL id
	Source   string // where the text came from: a path, "-" for stdin, or "path:line" for JSONL
	Encoding string // the encoding the raw bytes were decoded from, e.g. "utf-8", "gb18030"
	SHA256   string // hex sha256 of the raw bytes as read
	Meta     map[string]json.RawMessage
	Text     string    // original decoded text; output offsets index into it
	Date     time.Time // the document's date when known (reference for 今年, 明年); zero otherwise

	// Norm is the matching view of Text, set by the normalize stage.
	Norm Normalized
	// Title and Subtitle are the document's headline and sub-headline, set by
	// the structure stage; their spans index Norm.Text.
	Title, Subtitle Span
	// Sections are the document's signed sections, in order (Norm.Text).
	Sections []Section
	// Unplaced lists fragments the structure stage found out of place and
	// could not re-attach to a section (Norm.Text).
	Unplaced []Span
	// Paragraphs and Sentences are set by the structure stage (Norm.Text).
	Paragraphs, Sentences []Span
	// Tokens are the segmenter's words over Norm.Text, in order.
	Tokens []Token

	cp []int32 // lazily built: byte offset in Text of every cpStep-th rune start
}

// A Section is one signed part of a document: a headline, a byline naming
// the author, the author's positions and the region they speak for. Spans
// index Document.Norm.Text.
type Section struct {
	Title     string
	Author    string
	Positions []string
	Region    string
	Span      Span   // from the headline to the end of the section's own text
	Fragments []Span // paragraphs found elsewhere that continue this section
}

// SectionAt returns the index of the section that holds the byte offset off
// of Norm.Text (its own span or a re-attached fragment), or -1.
func (d *Document) SectionAt(off int) int {
	for i := range d.Sections {
		s := &d.Sections[i]
		for _, f := range s.Fragments {
			if f.Start <= off && off < f.End {
				return i
			}
		}
	}
	for i := range d.Sections {
		if s := d.Sections[i].Span; s.Start <= off && off < s.End {
			return i
		}
	}
	return -1
}

// SentenceAt returns the sentence of Norm.Text holding the byte offset off,
// or the whole text when sentences are unknown.
func (d *Document) SentenceAt(off int) Span {
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > off })
	if i < len(d.Sentences) && d.Sentences[i].Start <= off {
		return d.Sentences[i]
	}
	return Span{0, len(d.Norm.Text)}
}

// CodePoints converts a byte span of Text to code-point offsets. It fills
// a cache on first use, so like every method of Document it must not be
// called from two goroutines at once on the same document.
func (d *Document) CodePoints(s Span) (start, end int) {
	return d.codePoint(s.Start), d.codePoint(s.End)
}

// Chars returns the length of Text in code points.
func (d *Document) Chars() int { return d.codePoint(len(d.Text)) }

// cpStep is the number of runes between two entries of Document.cp.
const cpStep = 64

// codePoint returns the number of rune starts in Text before the byte
// offset off (the number of runes of Text[:off] when off is a rune start).
// off is clamped to the text. Runes are as a range loop over Text decodes
// them: an invalid byte is a rune of its own. It fills d.cp on first use
// and so is not safe for concurrent use on one Document.
func (d *Document) codePoint(off int) int {
	if off <= 0 {
		return 0
	}
	if off >= len(d.Text) {
		off = len(d.Text)
		if off == 0 {
			return 0
		}
	}
	if d.cp == nil {
		d.cp = make([]int32, 0, len(d.Text)/cpStep+1)
		n := 0
		for i := range d.Text {
			if n%cpStep == 0 {
				d.cp = append(d.cp, int32(i))
			}
			n++
		}
	}
	// the last checkpoint at or before off, then rune by rune
	k := sort.Search(len(d.cp), func(i int) bool { return int(d.cp[i]) > off }) - 1
	n := k * cpStep
	for i := int(d.cp[k]); i < off; n++ {
		if d.Text[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, size := utf8.DecodeRuneInString(d.Text[i:])
		i += size
	}
	return n
}
