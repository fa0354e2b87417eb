package numeric

// Scoring of the extractor against hand-annotated figures, shared by the
// evaluation, the hold-out set and the unseen work-report sets.

import (
	"context"
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/policyx/policyx/internal/shared"
	"github.com/policyx/policyx/pipeline"
	"github.com/policyx/policyx/pipeline/normalize"
	"github.com/policyx/policyx/pipeline/structure"
)

// levels are the scores of an evaluation, as fractions.
type levels struct {
	precision, recall, comparator, status, deadline float64
}

// floor fails t when a score in got falls below its level in lowest.
func (got levels) floor(t *testing.T, lowest levels) {
	t.Helper()
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"precision", got.precision, lowest.precision},
		{"recall", got.recall, lowest.recall},
		{"comparator", got.comparator, lowest.comparator},
		{"status", got.status, lowest.status},
		{"deadline", got.deadline, lowest.deadline},
	} {
		if c.got < c.want {
			t.Errorf("%s %.3f, below the floor %.3f", c.name, c.got, c.want)
		}
	}
}

// attributes counts the matched records whose comparator, status and
// deadline agree with their annotation.
type attributes struct {
	cmpOK, statusOK, deadlineOK int
}

// judge compares the comparator, status and deadline of r with w, counting
// agreements and logging every difference.
func (a *attributes) judge(t *testing.T, name string, r *pipeline.Numeric, w want) {
	t.Helper()
	if r.Comparator == w.comparator {
		a.cmpOK++
	} else {
		t.Logf("%s: %q comparator %s, want %s", name, w.text, r.Comparator, w.comparator)
	}
	if r.Status == w.status {
		a.statusOK++
	} else {
		t.Logf("%s: %q status %s, want %s", name, w.text, r.Status, w.status)
	}
	if r.Deadline == w.deadline {
		a.deadlineOK++
	} else {
		t.Logf("%s: %q deadline %d, want %d", name, w.text, r.Deadline, w.deadline)
	}
}

// sameValue reports whether r reads the figure as w does: value, upper end
// (none when w.max is 0) and unit.
func sameValue(r *pipeline.Numeric, w want) bool {
	if (w.max != 0) != (r.ValueMax != nil) || r.ValueMax != nil && !close(*r.ValueMax, w.max) {
		return false
	}
	return close(r.Value, w.value) && r.Unit == w.unit
}

// score counts matches of records against annotated figures by byte span:
// a figure takes the first unused record its span overlaps, and comparator,
// status and deadline are scored only when value and unit are right.
type score struct {
	gold, pred, hit int
	attributes
}

// add scores the records recs of one passage (passage starts at byte from
// of the text the spans index) against want, logging every difference.
func (s *score) add(t *testing.T, name, passage string, from int, recs []*pipeline.Numeric, wants []want) {
	t.Helper()
	s.pred += len(recs)
	used := map[int]bool{}
	for _, w := range wants {
		s.gold++
		at := strings.Index(passage, w.context+w.text)
		if !assertFound(t, at >= 0, name, w.text) {
			continue
		}
		at += from + len(w.context)
		got := -1
		for i, r := range recs {
			if !used[i] && r.Span.Start < at+len(w.text) && at < r.Span.End {
				got = i
				break
			}
		}
		if got < 0 {
			t.Logf("%s: missed %q", name, w.text)
			continue
		}
		r := recs[got]
		used[got] = true
		if !sameValue(r, w) {
			t.Logf("%s: %q read as %v %q", name, w.text, r.Value, r.Unit)
			continue
		}
		s.hit++
		s.judge(t, name, r, w)
	}
	for i, r := range recs {
		if !used[i] {
			t.Logf("%s: spurious %q", name, passage[r.Span.Start-from:r.Span.End-from])
		}
	}
}

// levels returns the scores; a score with nothing to count is 0.
func (s *score) levels() levels {
	return levels{
		precision:  ratio(s.hit, s.pred, 0),
		recall:     ratio(s.hit, s.gold, 0),
		comparator: ratio(s.cmpOK, s.hit, 0),
		status:     ratio(s.statusOK, s.hit, 0),
		deadline:   ratio(s.deadlineOK, s.hit, 0),
	}
}

// report logs the scores.
func (s *score) report(t *testing.T) {
	t.Helper()
	l := s.levels()
	t.Logf("value+unit: precision %.3f (%d/%d), recall %.3f (%d/%d)", l.precision, s.hit, s.pred, l.recall, s.hit, s.gold)
	t.Logf("on matched figures: comparator %.3f, status %.3f, deadline %.3f", l.comparator, l.status, l.deadline)
}

// floor fails t when a score falls below its level in lowest.
func (s *score) floor(t *testing.T, lowest levels) {
	t.Helper()
	s.levels().floor(t, lowest)
}

// unseenScore counts records and expected figures by code-point span: a
// figure takes the unused record its span overlaps, preferring one with an
// equal span. Value and unit count as right (hit) when value, upper end
// and unit all agree; comparator, status and deadline are scored on every
// matched figure.
type unseenScore struct {
	gold, pred, matched, exact, hit int
	attributes
}

func (s *unseenScore) merge(o unseenScore) {
	s.gold += o.gold
	s.pred += o.pred
	s.matched += o.matched
	s.exact += o.exact
	s.hit += o.hit
	s.cmpOK += o.cmpOK
	s.statusOK += o.statusOK
	s.deadlineOK += o.deadlineOK
}

// add scores the records recs found in one passage, which starts at code
// point cpFrom of its report, against wants, and logs every difference.
func (s *unseenScore) add(t *testing.T, name, passage string, cpFrom int, recs []*pipeline.Numeric, wants []want) {
	t.Helper()
	s.pred += len(recs)
	used := make([]bool, len(recs))
	for _, w := range wants {
		s.gold++
		at := strings.Index(passage, w.context+w.text)
		if at < 0 {
			t.Errorf("%s: %q not in the paragraph", name, w.context+w.text)
			continue
		}
		at += len(w.context)
		start := cpFrom + utf8.RuneCountInString(passage[:at])
		end := start + utf8.RuneCountInString(w.text)
		got := -1
		for i, r := range recs {
			if used[i] || r.Start >= end || start >= r.End {
				continue
			}
			if got < 0 || r.Start == start && r.End == end {
				got = i
			}
		}
		if got < 0 {
			t.Logf("%s: missed %q", name, w.text)
			continue
		}
		r := recs[got]
		used[got] = true
		s.matched++
		if r.Start == start && r.End == end {
			s.exact++
		} else {
			t.Logf("%s: %q matched with span %q", name, w.text, r.Text)
		}
		if sameValue(r, w) {
			s.hit++
		} else {
			t.Logf("%s: %q read as %v%s %q, want %v%s %q", name, w.text, r.Value, upperEnd(r.ValueMax), r.Unit, w.value, upperEnd(nonZero(w.max)), w.unit)
		}
		s.judge(t, name, r, w)
	}
	for i, r := range recs {
		if !used[i] {
			t.Logf("%s: spurious %q (%v %q %s %s)", name, r.Text, r.Value, r.Unit, r.Comparator, r.Status)
		}
	}
}

// levels returns the scores; a score with nothing to count is 1.
func (s *unseenScore) levels() levels {
	return levels{
		precision:  ratio(s.hit, s.pred, 1),
		recall:     ratio(s.hit, s.gold, 1),
		comparator: ratio(s.cmpOK, s.matched, 1),
		status:     ratio(s.statusOK, s.matched, 1),
		deadline:   ratio(s.deadlineOK, s.matched, 1),
	}
}

// report logs the scores under label.
func (s *unseenScore) report(t *testing.T, label string) {
	t.Helper()
	l := s.levels()
	t.Logf("%s: value+unit precision %.3f (%d/%d), recall %.3f (%d/%d); matched %d, equal spans %d", label, l.precision, s.hit, s.pred, l.recall, s.hit, s.gold, s.matched, s.exact)
	t.Logf("%s: on matched figures comparator %.3f (%d), status %.3f (%d), deadline %.3f (%d)", label, l.comparator, s.cmpOK, l.status, s.statusOK, l.deadline, s.deadlineOK)
}

// floor fails t when a score falls below its level in lowest.
func (s *unseenScore) floor(t *testing.T, lowest levels) {
	t.Helper()
	s.levels().floor(t, lowest)
}

// scoreUnseen runs the whole pipeline over the reports the passages come
// from, scores the records inside each passage against its annotations,
// logs the scores of each report year and of all, and returns the total.
func scoreUnseen(t *testing.T, passages []unseenPassage) unseenScore {
	t.Helper()
	texts := reportsByYear(t)
	years := map[int]bool{}
	var order []int
	for _, p := range passages {
		if !years[p.year] {
			order = append(order, p.year)
		}
		years[p.year] = true
	}
	seg, err := segmenter()
	require.NoError(t, err)
	x := newExtractor(t, Options{})
	p := pipeline.Pipeline{Normalizer: normalize.New(), Structurer: structure.New(), Segmenter: seg, Extractors: []pipeline.Extractor{x}}

	type run struct {
		text string
		recs []*pipeline.Numeric
	}
	runs := map[int]run{}
	for y := range years {
		text, ok := texts[y]
		require.True(t, ok, "no %d report in the corpus", y)
		// The corpus reader dates a JSONL line with a year field on
		// January 1 of that year; do the same.
		doc := &pipeline.Document{ID: fmt.Sprintf("gwr%d", y), Text: text, Date: time.Date(y, time.January, 1, 0, 0, 0, 0, time.UTC)}
		recs, err := p.Run(context.Background(), doc)
		require.NoError(t, err)
		var nums []*pipeline.Numeric
		for _, r := range recs {
			if n, ok := r.(*pipeline.Numeric); ok {
				nums = append(nums, n)
			}
		}
		runs[y] = run{text, nums}
	}

	var total unseenScore
	byYear := map[int]*unseenScore{}
	for _, c := range passages {
		r := runs[c.year]
		from := strings.Index(r.text, c.from)
		require.GreaterOrEqual(t, from, 0, "%s: paragraph start %q not in the report", c.name, c.from)
		to := strings.IndexByte(r.text[from:], '\n')
		if c.to != "" {
			to = strings.Index(r.text[from:], c.to)
			require.GreaterOrEqual(t, to, 0, "%s: paragraph end %q not in the report", c.name, c.to)
			to += len(c.to)
		}
		if to < 0 {
			to = len(r.text) - from
		}
		passage := r.text[from : from+to]
		cpFrom := utf8.RuneCountInString(r.text[:from])
		var inside []*pipeline.Numeric
		for _, n := range r.recs {
			if n.Start >= cpFrom && n.End <= cpFrom+utf8.RuneCountInString(passage) {
				inside = append(inside, n)
			}
		}
		if byYear[c.year] == nil {
			byYear[c.year] = &unseenScore{}
		}
		var s unseenScore
		s.add(t, c.name, passage, cpFrom, inside, c.want)
		byYear[c.year].merge(s)
		total.merge(s)
	}
	for _, y := range order {
		byYear[y].report(t, strconv.Itoa(y))
	}
	total.report(t, "all")
	return total
}

// reportsByYear returns the text of each work report of the corpus by
// year, or skips t when the corpus is absent.
func reportsByYear(t testing.TB) map[int]string {
	t.Helper()
	out := map[int]string{}
	for _, r := range shared.Reports(t) {
		if r.Year != 0 {
			out[r.Year] = r.Text
		}
	}
	return out
}

// reportRecords extracts a whole work report through the real stages.
func reportRecords(t *testing.T, x *Extractor, year int) ([]*pipeline.Numeric, *pipeline.Document) {
	t.Helper()
	text, ok := reportsByYear(t)[year]
	require.True(t, ok, "no report for %d", year)
	return extractReal(t, x, text, time.Date(year, 3, 5, 0, 0, 0, 0, time.UTC))
}

// ratio is a/b, or empty when b is 0.
func ratio(a, b int, empty float64) float64 {
	if b == 0 {
		return empty
	}
	return float64(a) / float64(b)
}

// close reports whether a equals b up to rounding: within 1e-9 of b, or of
// 1 when |b| < 1.
func close(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*max(1, math.Abs(b))
}

// nonZero returns a pointer to v, or nil when v is 0.
func nonZero(v float64) *float64 {
	if v == 0 {
		return nil
	}
	return &v
}

// upperEnd formats the upper end of a range for a log line, or "" for none.
func upperEnd(p *float64) string {
	if p == nil {
		return ""
	}
	return fmt.Sprintf("–%v", *p)
}

// assertFound fails t when ok is false: the annotated text s was not found
// in the text of case name.
func assertFound(t *testing.T, ok bool, name, s string) bool {
	t.Helper()
	if !ok {
		t.Errorf("%s: %q not in the text", name, s)
	}
	return ok
}
