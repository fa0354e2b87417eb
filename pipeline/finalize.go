package pipeline

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

// Finalize turns extracted records into output records: it maps each span
// from Norm.Text to the original text, fills doc, type, id, code-point
// offsets and text, sorts the records by (start, type, end), prepends the
// document record, and makes every id unique and stable. It returns an
// error if an extractor produced a span outside the text.
func Finalize(doc *Document, recs []Record, v Versions) ([]Record, error) {
	if v.Schema == 0 {
		v.Schema = SchemaVersion
	}
	for _, r := range recs {
		h := r.header()
		if !doc.inNorm(h.Span) {
			return nil, fmt.Errorf("%s record span [%d,%d) outside the %d-byte text", r.recordType(), h.Span.Start, h.Span.End, len(doc.Norm.Text))
		}
		h.Doc, h.Type = doc.ID, r.recordType()
		h.Start, h.End, h.Text = doc.sourceSlice(h.Span)
		switch r := r.(type) {
		case *Enumeration:
			for i := range r.Items {
				it := &r.Items[i]
				if !doc.inNorm(it.Span) {
					return nil, fmt.Errorf("enumeration item span [%d,%d) outside the %d-byte text", it.Span.Start, it.Span.End, len(doc.Norm.Text))
				}
				it.Start, it.End, it.Text = doc.sourceSlice(it.Span)
			}
		case *Numeric:
			// JSON cannot carry NaN or ±Inf: refuse the document here
			// rather than fail the whole batch when writing.
			if !finite(r.Value) || r.ValueMax != nil && !finite(*r.ValueMax) {
				return nil, fmt.Errorf("numeric record %q has a value that is not a finite number", h.Text)
			}
		}
	}
	slices.SortStableFunc(recs, func(a, b Record) int {
		ha, hb := a.header(), b.header()
		if ha.Start != hb.Start {
			return ha.Start - hb.Start
		}
		if ha.Type != hb.Type {
			if ha.Type < hb.Type {
				return -1
			}
			return 1
		}
		return ha.End - hb.End
	})
	dr := documentRecord(doc, recs, v)
	out := make([]Record, 0, len(recs)+1)
	out = append(out, dr)
	out = append(out, recs...)
	assignIDs(out)
	resolveParents(recs)
	return out, nil
}

// inNorm reports whether s is a valid span of Norm.Text.
func (d *Document) inNorm(s Span) bool {
	return 0 <= s.Start && s.Start <= s.End && s.End <= len(d.Norm.Text)
}

func finite(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }

// sourceSlice maps a Norm.Text span to code points and text of the original.
func (d *Document) sourceSlice(s Span) (start, end int, text string) {
	src := d.Norm.ToSource(s)
	start, end = d.CodePoints(src)
	return start, end, d.Text[src.Start:src.End]
}

// original returns the source text of the first occurrence of the
// normalized string s at or after byte offset from of Norm.Text, or s
// itself when it does not occur there.
func (d *Document) original(s string, from int) string {
	if s == "" || from < 0 || from > len(d.Norm.Text) {
		return s
	}
	i := strings.Index(d.Norm.Text[from:], s)
	if i < 0 {
		return s
	}
	_, _, text := d.sourceSlice(Span{from + i, from + i + len(s)})
	return text
}

// assignIDs gives every record the id <doc>#<type>@<start>, adding ~2, ~3 …
// to later records that would repeat an id, in output order.
func assignIDs(recs []Record) {
	seen := make(map[string]int, len(recs))
	for _, r := range recs {
		h := r.header()
		id := h.Doc + "#" + h.Type + "@" + strconv.Itoa(h.Start)
		seen[id]++
		if n := seen[id]; n > 1 {
			id += "~" + strconv.Itoa(n)
		}
		h.ID = id
	}
}

// resolveParents fills Parent.List of nested enumerations with the id of the
// enumeration whose span the extractor pointed to.
func resolveParents(recs []Record) {
	bySpan := map[Span]string{}
	for _, r := range recs {
		if e, ok := r.(*Enumeration); ok {
			if _, dup := bySpan[e.Span]; !dup {
				bySpan[e.Span] = e.ID
			}
		}
	}
	for _, r := range recs {
		if e, ok := r.(*Enumeration); ok && e.Parent != nil && e.Parent.List == "" {
			e.Parent.List = bySpan[e.Parent.Span]
		}
	}
}

func documentRecord(doc *Document, recs []Record, v Versions) *DocumentRecord {
	dr := &DocumentRecord{
		Source:   doc.Source,
		Encoding: doc.Encoding,
		SHA256:   doc.SHA256,
		Chars:    doc.Chars(),
		Sections: []SectionRecord{},
		Counts:   map[string]int{},
		Version:  v,
		Meta:     doc.Meta,
	}
	dr.Doc, dr.Type = doc.ID, TypeDocument
	dr.Start, dr.End, dr.Text = 0, 0, ""
	if doc.Title.End > doc.Title.Start {
		_, _, dr.Title = doc.sourceSlice(doc.Title)
	}
	if doc.Subtitle.End > doc.Subtitle.Start {
		_, _, dr.Subtitle = doc.sourceSlice(doc.Subtitle)
	}
	for _, s := range doc.Sections {
		// The structure stage reads the normalized view; report its strings
		// as the source wrote them (ASCII commas and brackets kept).
		from := s.Span.Start
		sr := SectionRecord{Title: doc.original(s.Title, from), Author: doc.original(s.Author, from), Region: doc.original(s.Region, from)}
		for _, p := range s.Positions {
			sr.Positions = append(sr.Positions, doc.original(p, from))
		}
		sr.Start, sr.End, _ = doc.sourceSlice(s.Span)
		for _, f := range s.Fragments {
			a, b, _ := doc.sourceSlice(f)
			sr.Fragments = append(sr.Fragments, Range{a, b})
		}
		dr.Sections = append(dr.Sections, sr)
	}
	for _, f := range doc.Unplaced {
		a, b, _ := doc.sourceSlice(f)
		dr.Unplaced = append(dr.Unplaced, Range{a, b})
	}
	names := map[string]bool{}
	for _, r := range recs {
		dr.Counts[r.recordType()]++
		if in, ok := r.(*Initiative); ok {
			names[in.Name] = true
		}
	}
	if len(names) > 0 {
		dr.Counts["initiative_names"] = len(names)
	}
	return dr
}

// NewError returns the error record for a document that failed in stage.
func NewError(docID, source, stage string, err error) *ErrorRecord {
	e := &ErrorRecord{Source: source, Stage: stage, Message: err.Error()}
	e.Doc, e.Type = docID, TypeError
	e.ID = docID + "#" + TypeError + "@0"
	return e
}
