package numeric

import (
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/policyx/policyx/extractors/numeral"
	"github.com/policyx/policyx/pipeline"
)

// A textIndex answers the sentence questions describe asks of every figure
// (where its sentence and clause start and end, which status cues and
// deadline expressions the sentence holds) from tables built once per
// document instead of by rescanning the sentence for each figure, which in
// a long sentence packed with figures made the cost quadratic up to the
// context cap. Its answers are exactly those of bounds, modality's cue scan
// and deadline's walk. It belongs to one Extract call and is not safe for
// concurrent use. Offsets are bytes of text.
type textIndex struct {
	x    *Extractor
	text string
	ref  time.Time

	// starts of the runes of sentenceEnds, clauseEnds and segmentEnds and
	// of the line breaks, in order
	sentEnds, clauseEnds, segEnds, breaks []int

	// status cue hits at the rune starts of [statusLo, statusHi)
	status             []cueHit
	statusLo, statusHi int

	// deadline steps at the rune starts of [stepLo, stepHi)
	steps          []deadlineStep
	stepLo, stepHi int
}

// A cueHit is a status cue of the dictionary found at a rune start.
type cueHit struct {
	start, end int
	mod, word  string
}

// A deadlineStep is what deadline's walk does at a rune start where a
// period name, a relative year or a numeral begins: it jumps to next and,
// when year is not 0, takes year as the deadline so far.
type deadlineStep struct {
	at, next, year int
	set            bool // a period name sets its year even when it is 0
}

// newTextIndex returns the index of text, or nil when text is not valid
// UTF-8 (its rune boundaries then depend on the direction of reading, and
// the callers read it rune by rune instead).
func (x *Extractor) newTextIndex(text string, ref time.Time) *textIndex {
	if !utf8.ValidString(text) {
		return nil
	}
	ix := &textIndex{x: x, text: text, ref: ref}
	for i, r := range text {
		if !strings.ContainsRune(clauseEnds, r) {
			continue // every end of a sentence or segment ends a clause, too
		}
		ix.clauseEnds = append(ix.clauseEnds, i)
		if strings.ContainsRune(segmentEnds, r) {
			ix.segEnds = append(ix.segEnds, i)
		}
		if strings.ContainsRune(sentenceEnds, r) {
			ix.sentEnds = append(ix.sentEnds, i)
		}
		if r == '\n' {
			ix.breaks = append(ix.breaks, i)
		}
	}
	return ix
}

// sentence returns bounds(text, start, end, sentenceEnds).
func (ix *textIndex) sentence(start, end int) pipeline.Span {
	return ix.bounds(start, end, ix.sentEnds)
}

// segment returns bounds(text, start, end, segmentEnds).
func (ix *textIndex) segment(start, end int) pipeline.Span {
	return ix.bounds(start, end, ix.segEnds)
}

// lineStart returns the byte after the last line break before i, or 0.
func (ix *textIndex) lineStart(i int) int {
	if k := sort.SearchInts(ix.breaks, i) - 1; k >= 0 {
		return ix.breaks[k] + 1
	}
	return 0
}

// clause returns bounds(text, start, end, clauseEnds).
func (ix *textIndex) clause(start, end int) pipeline.Span {
	return ix.bounds(start, end, ix.clauseEnds)
}

// bounds is bounds for rune boundaries start and end, with ends the
// starts of the delimiting runes.
func (ix *textIndex) bounds(start, end int, ends []int) pipeline.Span {
	text := ix.text
	// Back: just after the last delimiter before start that lies within
	// maxContext, else the last rune start at or before start-maxContext.
	s := 0
	if c := start - maxContext; c > 0 {
		for c > 0 && !utf8.RuneStart(text[c]) {
			c--
		}
		s = c
	}
	if k := sort.SearchInts(ends, start) - 1; k >= 0 {
		_, n := utf8.DecodeRuneInString(text[ends[k]:])
		if q := ends[k] + n; q > start-maxContext && q > s {
			s = q
		}
	}
	// Ahead: the first delimiter at or after end within maxContext, else
	// the first rune start at or after end+maxContext.
	e := len(text)
	if c := end + maxContext; c < len(text) {
		for c < len(text) && !utf8.RuneStart(text[c]) {
			c++
		}
		e = c
	}
	if k := sort.SearchInts(ends, end); k < len(ends) && ends[k] < e && ends[k]-end < maxContext {
		e = ends[k]
	}
	return pipeline.Span{Start: s, End: e}
}

// statusHits returns the status cues that modality's scan meets in sent,
// skipping those that start inside skip (the figure).
func (ix *textIndex) statusHits(sent, skip pipeline.Span, hits []cueHit) []cueHit {
	ix.coverStatus(sent)
	i := sent.Start
	k := sort.Search(len(ix.status), func(k int) bool { return ix.status[k].start >= i })
	for ; k < len(ix.status); k++ {
		h := ix.status[k]
		if h.start >= sent.End {
			break
		}
		if h.start < i || h.start >= skip.Start && h.start < skip.End || h.end > sent.End {
			continue
		}
		hits = append(hits, h)
		i = h.end
	}
	return hits
}

// coverStatus makes sure the status cues of every rune start of sent are
// in the table. Sentences come in text order, so the table only grows at
// its end; one that starts past the table restarts it there.
func (ix *textIndex) coverStatus(sent pipeline.Span) {
	if sent.Start < ix.statusLo || sent.Start > ix.statusHi {
		ix.status, ix.statusLo, ix.statusHi = ix.status[:0], sent.Start, sent.Start
	}
	for i := ix.statusHi; i < sent.End; {
		if c, e, ok := ix.x.cueAfter(ix.text, i, roleStatus); ok {
			ix.status = append(ix.status, cueHit{i, e, c.value, c.word})
		}
		_, n := utf8.DecodeRuneInString(ix.text[i:])
		i += n
		ix.statusHi = i
	}
}

// deadline returns x.deadline(text, from, to, ref).
func (ix *textIndex) deadline(from, to int) int {
	if from < ix.stepLo || from > ix.stepHi {
		ix.steps, ix.stepLo, ix.stepHi = ix.steps[:0], from, from
	}
	for i := ix.stepHi; i < to; {
		if st, ok := ix.x.deadlineStep(ix.text, i, ix.ref); ok {
			ix.steps = append(ix.steps, st)
		}
		_, n := utf8.DecodeRuneInString(ix.text[i:])
		i += n
		ix.stepHi = i
	}
	year := 0
	i := from
	k := sort.Search(len(ix.steps), func(k int) bool { return ix.steps[k].at >= i })
	for ; k < len(ix.steps) && ix.steps[k].at < to; k++ {
		st := ix.steps[k]
		if st.at < i {
			continue
		}
		if st.set || st.year > 0 {
			year = st.year
		}
		i = st.next
	}
	return year
}

// maxYearsWithin is the longest span of N年内 read as a due date.
const maxYearsWithin = 20

// pastCloseQuote returns s past the closing quote that opens it, if any:
// what follows a quoted period (“十四五”末, “十四五”规划).
func pastCloseQuote(s string) string {
	if q, ok := hasAnyPrefix(s, "”", "\"", "」"); ok {
		return s[len(q):]
	}
	return s
}

// deadlineStep is one step of deadline's walk at the rune start i: a
// period name, a relative year, or a numeral (a year when followed by 年
// as a due date). ok is false where the walk just moves on by one rune.
func (x *Extractor) deadlineStep(text string, i int, ref time.Time) (deadlineStep, bool) {
	r, _ := utf8.DecodeRuneInString(text[i:])
	var p period
	pn := 0
	x.periods.at(text, i, func(w string, v period) bool { p, pn = v, len(w); return false })
	if pn > 0 {
		if _, ok := hasAnyPrefix(pastCloseQuote(text[i+pn:]), "规划", "規劃"); ok {
			return deadlineStep{i, i + pn, 0, true}, true // 与“十四五”规划目标保持一致: the plan named, no time
		}
		return deadlineStep{i, i + pn, p.last, true}, true
	}
	if y, e := relativeYear(text, i, ref); e > i {
		return deadlineStep{i, e, y, false}, true
	}
	if numeralStart(r) && !glued(text, i) {
		if y, vn, ok := numeral.PrefixFloat(text[i:]); ok {
			e := i + vn
			st := deadlineStep{i, e, 0, false}
			if y >= 1900 && y <= 2200 && strings.HasPrefix(text[e:], "年") && deadlineYear(text, i, e+len("年")) {
				st.year = int(y)
			}
			if w, within := hasAnyPrefix(text[e:], "年内", "年內"); within && y >= 1 && y <= maxYearsWithin && y == float64(int(y)) {
				// 三年内 (within three years): due that many years after
				// the reference, not this year as 年内 alone says
				st.next = e + len(w)
				if !ref.IsZero() {
					st.year = ref.Year() + int(y)
				}
			}
			return st, true
		}
	}
	return deadlineStep{}, false
}
