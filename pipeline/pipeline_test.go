package pipeline_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"iter"
	"math"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/policyx/policyx/internal/recordcheck"
	"github.com/policyx/policyx/pipeline"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// foldDigits is a tiny Normalizer for tests: it folds full-width digits and
// deletes "\n" between two Han characters, so offsets must map back.
type foldDigits struct{}

func (foldDigits) Normalize(doc *pipeline.Document) error {
	var b pipeline.NormalizedBuilder
	rs := []rune(doc.Text)
	off := 0
	for i, r := range rs {
		n := len(string(r))
		switch {
		case r >= '０' && r <= '９':
			b.Map(string(rune('0'+r-'０')), off, off+n)
		case r == '\n' && i > 0 && i+1 < len(rs) && rs[i-1] > 0x2E80 && rs[i+1] > 0x2E80:
			// dropped
		default:
			b.Map(string(r), off, off+n)
		}
		off += n
	}
	doc.Norm = b.Build(len(doc.Text))
	return nil
}

// findAll is a test Extractor that reports every occurrence of a word of
// the normalized view as an initiative.
type findAll struct{ word string }

func (f findAll) Name() string { return "find" }

func (f findAll) Extract(doc *pipeline.Document) ([]pipeline.Record, error) {
	var out []pipeline.Record
	for i := 0; ; {
		j := strings.Index(doc.Norm.Text[i:], f.word)
		if j < 0 {
			return out, nil
		}
		r := &pipeline.Initiative{Name: f.word, Quoted: false}
		r.Span = pipeline.Span{Start: i + j, End: i + j + len(f.word)}
		out = append(out, r)
		i += j + len(f.word)
	}
}

type panics struct{}

func (panics) Name() string { return "panics" }
func (panics) Extract(*pipeline.Document) ([]pipeline.Record, error) {
	panic(errors.New("boom"))
}

func TestToSource(t *testing.T) {
	doc := &pipeline.Document{Text: "目标２０２３年\n增长<5>"}
	require.NoError(t, foldDigits{}.Normalize(doc))
	require.Equal(t, "目标2023年增长<5>", doc.Norm.Text)
	tests := []struct {
		name     string
		norm     string
		wantText string
	}{
		{"folded digits", "2023", "２０２３"},
		{"across deleted newline", "年增", "年\n增"},
		{"ends before deleted newline", "2023年", "２０２３年"},
		{"starts after deleted newline", "增长", "增长"},
		{"ascii tail", "<5>", "<5>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := strings.Index(doc.Norm.Text, tt.norm)
			require.GreaterOrEqual(t, i, 0)
			s := doc.Norm.ToSource(pipeline.Span{Start: i, End: i + len(tt.norm)})
			assert.Equal(t, tt.wantText, doc.Text[s.Start:s.End])
		})
	}
}

func TestIdentity(t *testing.T) {
	n := pipeline.Identity("a中b")
	assert.Equal(t, pipeline.Span{Start: 1, End: 4}, n.ToSource(pipeline.Span{Start: 1, End: 4}))
	assert.Equal(t, pipeline.Span{Start: 5, End: 5}, n.ToSource(pipeline.Span{Start: 5, End: 5}))
}

func run(t *testing.T, p *pipeline.Pipeline, docs ...*pipeline.Document) []byte {
	t.Helper()
	var buf bytes.Buffer
	seq := func(yield func(*pipeline.Document, error) bool) {
		for _, d := range docs {
			if !yield(d, nil) {
				return
			}
		}
	}
	err := p.Process(context.Background(), seq, 3, func(r pipeline.Result) error {
		return pipeline.Emit(&buf, r.Records)
	})
	require.NoError(t, err)
	return buf.Bytes()
}

func TestRunRecordsMapToOriginal(t *testing.T) {
	p := &pipeline.Pipeline{Normalizer: foldDigits{}, Extractors: []pipeline.Extractor{findAll{"年增"}, findAll{"<5>"}}}
	text := "到２０３５年\n增长<5>&，又一年\n增"
	out := run(t, p, &pipeline.Document{ID: "a.txt", Source: "a.txt", Text: text})
	assert.Empty(t, recordcheck.Check(out, map[string]string{"a.txt": text}))
	s := string(out)
	assert.Contains(t, s, `"id":"a.txt#initiative@5","start":5,"end":8,"text":"年\n增"`)
	assert.Contains(t, s, `"text":"<5>"`, "no HTML escaping")
	assert.Contains(t, s, `"a.txt#initiative@16"`)
	assert.Equal(t, 4, strings.Count(s, "\n"))
}

func TestProcessKeepsInputOrderAndContainsFailures(t *testing.T) {
	p := &pipeline.Pipeline{Extractors: []pipeline.Extractor{findAll{"x"}}}
	var docs []*pipeline.Document
	var want strings.Builder
	for i := range 50 {
		d := &pipeline.Document{ID: fmt.Sprint(i), Text: strings.Repeat("x", i%7)}
		docs = append(docs, d)
		fmt.Fprintf(&want, "%d;", i)
	}
	out := run(t, p, docs...)
	var got strings.Builder
	for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		if strings.Contains(l, `"type":"document"`) {
			var id string
			_, _ = fmt.Sscanf(l[strings.Index(l, `"doc":"`)+7:], "%s", &id)
			got.WriteString(strings.SplitN(id, `"`, 2)[0] + ";")
		}
	}
	assert.Equal(t, want.String(), got.String())
	assert.Empty(t, recordcheck.Check(out, nil))

	bad := &pipeline.Pipeline{Extractors: []pipeline.Extractor{panics{}}}
	out = run(t, bad, &pipeline.Document{ID: "p", Source: "p.txt", Text: "x"})
	assert.Contains(t, string(out), `"type":"error"`)
	assert.Contains(t, string(out), `"stage":"panics"`)
	assert.Empty(t, recordcheck.Check(out, nil))
}

func TestProcessReadErrorsBecomeRecords(t *testing.T) {
	p := &pipeline.Pipeline{}
	var seq iter.Seq2[*pipeline.Document, error] = func(yield func(*pipeline.Document, error) bool) {
		_ = yield(&pipeline.Document{ID: "bin", Source: "bin"}, errors.New("corpus: binary data")) &&
			yield(&pipeline.Document{ID: "ok", Text: "好"}, nil)
	}
	var buf bytes.Buffer
	failed := 0
	require.NoError(t, p.Process(context.Background(), seq, 2, func(r pipeline.Result) error {
		if r.Failed {
			failed++
		}
		return pipeline.Emit(&buf, r.Records)
	}))
	assert.Equal(t, 1, failed)
	assert.Contains(t, buf.String(), `{"doc":"bin","type":"error","id":"bin#error@0","start":0,"end":0,"text":"","source":"bin","stage":"read","message":"corpus: binary data"}`)
	assert.Empty(t, recordcheck.Check(buf.Bytes(), nil))
}

func TestDiffJSONL(t *testing.T) {
	want := "{\"id\":\"a\",\"value\":1,\"text\":\"技术合同交易额突破10亿元\"}\n{\"id\":\"b\",\"value\":2}\n"
	tests := []struct {
		name, got string
		contains  []string
	}{
		{"same", want, nil},
		{"changed field", strings.Replace(want, `"value":1`, `"value":3`, 1), []string{"~ a:", "value: want 1, got 3"}},
		{"changed text", strings.Replace(want, "10亿元", "20亿元", 1), []string{"text: want", "»10亿元", "»20亿元"}},
		{"missing and new", strings.Replace(want, `"id":"b"`, `"id":"c"`, 1), []string{"- b: record missing", "+ c: new record"}},
		{"formatting", strings.Replace(want, `{"id":"b","value":2}`, `{"value":2,"id":"b"}`, 1), []string{"formatting changed"}},
		{"repeated id", want + "{\"id\":\"b\",\"value\":3}\n", []string{"! b: id repeats (lines 2 and 3)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := pipeline.DiffJSONL([]byte(want), []byte(tt.got))
			if tt.contains == nil {
				assert.Empty(t, d)
			}
			for _, c := range tt.contains {
				assert.Contains(t, d, c)
			}
		})
	}
}

type slow struct{ d time.Duration }

func (slow) Name() string { return "slow" }
func (s slow) Extract(*pipeline.Document) ([]pipeline.Record, error) {
	time.Sleep(s.d)
	return nil, nil
}

func TestDocTimeoutBecomesErrorRecord(t *testing.T) {
	p := &pipeline.Pipeline{Extractors: []pipeline.Extractor{slow{200 * time.Millisecond}}, DocTimeout: 20 * time.Millisecond}
	out := run(t, p, &pipeline.Document{ID: "s", Source: "s.txt", Text: "x"})
	assert.Contains(t, string(out), `"stage":"timeout"`)
	assert.Empty(t, recordcheck.Check(out, nil))
}

// counting is a slow test Extractor that records how many documents are in
// it at once.
type counting struct {
	now, most *atomic.Int32
}

func (counting) Name() string { return "counting" }
func (c counting) Extract(*pipeline.Document) ([]pipeline.Record, error) {
	n := c.now.Add(1)
	for {
		m := c.most.Load()
		if n <= m || c.most.CompareAndSwap(m, n) {
			break
		}
	}
	time.Sleep(countingRun)
	c.now.Add(-1)
	return nil, nil
}

// countingRun is how long a counting run takes: far past the test's limit
// of a millisecond, so that a worker the race detector or a loaded machine
// delays still finds the limit passed first (a run that has finished by
// then keeps its result, and no timeout is recorded for it).
const countingRun = 200 * time.Millisecond

// TestTimedOutDocumentsKeepTheirWorker checks that abandoning a document
// that ran out of time does not let more than jobs documents run at once.
func TestTimedOutDocumentsKeepTheirWorker(t *testing.T) {
	var now, most atomic.Int32
	p := &pipeline.Pipeline{Extractors: []pipeline.Extractor{counting{&now, &most}}, DocTimeout: time.Millisecond}
	var docs []*pipeline.Document
	for i := range 12 {
		docs = append(docs, &pipeline.Document{ID: fmt.Sprint(i), Text: "x"})
	}
	out := run(t, p, docs...) // run uses 3 workers
	assert.Equal(t, 12, strings.Count(string(out), `"stage":"timeout"`))
	assert.LessOrEqual(t, most.Load(), int32(3))
	assert.Equal(t, int32(0), now.Load(), "every abandoned run has finished when Process returns")
}

// cancelAfter is a test Extractor that cancels the run while the n-th
// document is in its stage.
type cancelAfter struct {
	n      int32
	seen   *atomic.Int32
	cancel context.CancelFunc
}

func (cancelAfter) Name() string { return "cancel" }
func (c cancelAfter) Extract(*pipeline.Document) ([]pipeline.Record, error) {
	if c.seen.Add(1) == c.n {
		c.cancel()
		time.Sleep(10 * time.Millisecond)
	}
	return nil, nil
}

func TestInterruptEmitsNoCutShortDocuments(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var seen atomic.Int32
	p := &pipeline.Pipeline{Extractors: []pipeline.Extractor{cancelAfter{5, &seen, cancel}, findAll{"x"}}}
	var docs []*pipeline.Document
	for i := range 40 {
		docs = append(docs, &pipeline.Document{ID: fmt.Sprint(i), Text: "x"})
	}
	seq := func(yield func(*pipeline.Document, error) bool) {
		for _, d := range docs {
			if !yield(d, nil) {
				return
			}
		}
	}
	var emitted []pipeline.Result
	err := p.Process(ctx, seq, 2, func(r pipeline.Result) error {
		emitted = append(emitted, r)
		return nil
	})
	require.ErrorIs(t, err, context.Canceled)
	assert.Less(t, len(emitted), 40)
	for _, r := range emitted {
		assert.False(t, r.Failed, "document %s: a cancelled run must not emit error records", r.Doc.ID)
	}
}

// bad is a test Extractor that returns one malformed record.
type bad struct{ rec pipeline.Record }

func (bad) Name() string { return "bad" }
func (b bad) Extract(doc *pipeline.Document) ([]pipeline.Record, error) {
	if doc.ID != "m" {
		return nil, nil
	}
	return []pipeline.Record{b.rec}, nil
}

func TestMalformedRecordsFailTheirDocumentOnly(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct {
		name string
		rec  pipeline.Record
		msg  string
	}{
		{"span outside", &pipeline.Initiative{Header: pipeline.Header{Span: pipeline.Span{Start: 0, End: 99}}, Name: "x"}, "outside the 3-byte text"},
		{"NaN value", &pipeline.Numeric{Header: pipeline.Header{Span: pipeline.Span{Start: 0, End: 1}}, Value: math.NaN()}, "not a finite number"},
		{"infinite upper bound", &pipeline.Numeric{Header: pipeline.Header{Span: pipeline.Span{Start: 0, End: 1}}, ValueMax: &inf}, "not a finite number"},
		{"item outside", &pipeline.Enumeration{Header: pipeline.Header{Span: pipeline.Span{Start: 0, End: 1}}, Items: []pipeline.Item{{Span: pipeline.Span{Start: 2, End: 1}}}}, "item span"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &pipeline.Pipeline{Extractors: []pipeline.Extractor{bad{tt.rec}}}
			out := run(t, p, &pipeline.Document{ID: "m", Text: "abc"}, &pipeline.Document{ID: "ok", Text: "abc"})
			assert.Contains(t, string(out), `"doc":"m","type":"error"`)
			assert.Contains(t, string(out), `"stage":"emit"`)
			assert.Contains(t, string(out), tt.msg)
			assert.Contains(t, string(out), `"doc":"ok","type":"document"`, "the next document is not affected")
			assert.Empty(t, recordcheck.Check(out, nil))
		})
	}
}

// TestInterruptWhileInputIsSilent checks that cancelling a run returns at
// once even when the input is a pipe that has stopped sending.
func TestInterruptWhileInputIsSilent(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	release := make(chan struct{})
	defer close(release)
	seq := func(yield func(*pipeline.Document, error) bool) {
		if !yield(&pipeline.Document{ID: "first", Text: "x"}, nil) {
			return
		}
		<-release // a pipe with nothing more to say
	}
	done := make(chan error, 1)
	emitted := 0
	go func() {
		done <- (&pipeline.Pipeline{}).Process(ctx, seq, 2, func(pipeline.Result) error {
			emitted++
			cancel()
			return nil
		})
	}()
	select {
	case err := <-done:
		require.ErrorIs(t, err, context.Canceled)
		assert.Equal(t, 1, emitted)
	case <-time.After(10 * time.Second):
		t.Fatal("Process did not return after the interrupt while its input was blocked")
	}
}

// TestDocTimeoutNeverFailsFastDocuments runs many quick documents under a
// generous limit: none may come back as an error. (A cancel that ran as
// soon as a run finished once raced the result and failed about one
// document in a hundred with "context canceled".)
func TestDocTimeoutNeverFailsFastDocuments(t *testing.T) {
	p := &pipeline.Pipeline{Extractors: []pipeline.Extractor{findAll{"x"}}, DocTimeout: time.Minute}
	var docs []*pipeline.Document
	for i := range 3000 {
		docs = append(docs, &pipeline.Document{ID: fmt.Sprint(i), Text: "xx"})
	}
	out := run(t, p, docs...)
	assert.NotContains(t, string(out), `"type":"error"`)
	assert.Equal(t, 3000, strings.Count(string(out), `"type":"document"`))
}
