package numeric

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
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

// An evaluation on text the rules were never tuned on: paragraphs of the
// 2018, 2014 and 2006 government work reports, spread over each report's
// review of the past year and its plan for the coming one. The expected
// figures below were written by hand from the text alone, before the
// extractor was run on these reports; they follow the record contract
// (value in the base unit, unit, comparator, status, deadline) and the
// package documentation, not the extractor's output.

// unseenFigure is one figure a reader expects in a passage. text is the
// figure as it appears in the original report; context, when set, is the
// text right before it, to pick one of several equal figures.
type unseenFigure struct {
	text       string
	context    string
	value      float64
	max        float64 // upper end of a range; 0 when the figure is no range
	unit       string
	comparator string
	status     string
	deadline   int
}

// unseenPassage is one paragraph of a work report. It starts at the first
// occurrence of from in the original text and runs to the end of that line,
// or, when to is set, to the end of the first occurrence of to after from
// (for a paragraph the source breaks over several lines).
type unseenPassage struct {
	name string
	year int
	from string
	to   string
	want []unseenFigure
}

// unseenPassages are the annotated paragraphs.
var unseenPassages = []unseenPassage{
	// 2018: review of the past five years.
	{name: "gwr2018 economy five years", year: 2018, from: "五年来，经济实力跃上新台阶。",
		want: []unseenFigure{
			{text: "54万亿元", value: 5.4e13, unit: "CNY", comparator: "eq", status: "actual"},
			{text: "82.7万亿元", value: 8.27e13, unit: "CNY", comparator: "eq", status: "actual"},
			{text: "7.1%", value: 7.1, unit: "%", comparator: "eq", status: "actual"},
			{text: "11.4%", value: 11.4, unit: "%", comparator: "eq", status: "actual"},
			{text: "15%左右", value: 15, unit: "%", comparator: "approx", status: "actual"},
			{text: "超过30%", value: 30, unit: "%", comparator: "gt", status: "actual"},
			{text: "11.7万亿元", value: 1.17e13, unit: "CNY", comparator: "eq", status: "actual"},
			{text: "17.3万亿元", value: 1.73e13, unit: "CNY", comparator: "eq", status: "actual"},
			{text: "1.9%", value: 1.9, unit: "%", comparator: "eq", status: "actual"},
			{text: "6600万人以上", value: 6.6e7, unit: "人", comparator: "gte", status: "actual"},
			{text: "13亿多", value: 1.3e9, unit: "", comparator: "gt", status: "actual"},
		}},
	{name: "gwr2018 overcapacity five years", year: 2018, from: "扎实推进“三去一降一补”。",
		want: []unseenFigure{
			{text: "1000亿元", value: 1e11, unit: "CNY", comparator: "eq", status: "actual"},
			{text: "1.7亿吨以上", value: 1.7e8, unit: "吨", comparator: "gte", status: "actual"},
			{text: "8亿吨", value: 8e8, unit: "吨", comparator: "eq", status: "actual"},
			{text: "110多万人", value: 1.1e6, unit: "人", comparator: "gt", status: "actual"},
			{text: "30%", value: 30, unit: "%", comparator: "eq", status: "actual"},
			{text: "60%以上", value: 60, unit: "%", comparator: "gte", status: "actual"},
		}},
	// 2018: the year's targets and plan.
	{name: "gwr2018 main targets", year: 2018, from: "今年发展主要预期目标是：",
		want: []unseenFigure{
			{text: "6.5%左右", value: 6.5, unit: "%", comparator: "approx", status: "target", deadline: 2018},
			{text: "3%左右", value: 3, unit: "%", comparator: "approx", status: "target", deadline: 2018},
			{text: "1100万人以上", value: 1.1e7, unit: "人", comparator: "gte", status: "target", deadline: 2018},
			{text: "5.5%以内", value: 5.5, unit: "%", comparator: "lte", status: "target", deadline: 2018},
			{text: "4.5%以内", value: 4.5, unit: "%", comparator: "lte", status: "target", deadline: 2018},
			{text: "3%以上", value: 3, unit: "%", comparator: "gte", status: "target", deadline: 2018},
		}},
	{name: "gwr2018 investment plan", year: 2018, from: "发挥投资对优化供给结构的关键性作用。",
		want: []unseenFigure{
			{text: "7320亿元", value: 7.32e11, unit: "CNY", comparator: "eq", status: "target", deadline: 2018},
			{text: "1.8万亿元左右", value: 1.8e12, unit: "CNY", comparator: "approx", status: "target", deadline: 2018},
			{text: "1万亿元", value: 1e12, unit: "CNY", comparator: "eq", status: "target", deadline: 2018},
			{text: "5376亿元", value: 5.376e11, unit: "CNY", comparator: "eq", status: "target", deadline: 2018},
			{text: "300亿元", value: 3e10, unit: "CNY", comparator: "eq", status: "target", deadline: 2018},
		}},

	// 2014: review of 2013.
	{name: "gwr2014 economy 2013", year: 2014, from: "——经济运行稳中向好。",
		want: []unseenFigure{
			{text: "56.9万亿元", value: 5.69e13, unit: "CNY", comparator: "eq", status: "actual"},
			{text: "7.7%", value: 7.7, unit: "%", comparator: "eq", status: "actual"},
			{text: "2.6%", value: 2.6, unit: "%", comparator: "eq", status: "actual"},
			{text: "4.1%", value: 4.1, unit: "%", comparator: "eq", status: "actual"},
			{text: "1310万人", value: 1.31e7, unit: "人", comparator: "eq", status: "actual"},
			{text: "突破4万亿美元", value: 4e12, unit: "USD", comparator: "gt", status: "actual"},
		}},
	{name: "gwr2014 streamlining 2013", year: 2014, from: "我们从政府自身改起，",
		want: []unseenFigure{
			{text: "416项", value: 416, unit: "项", comparator: "eq", status: "actual"},
			{text: "348项", value: 348, unit: "项", comparator: "eq", status: "actual"},
			{text: "1500多亿元", value: 1.5e11, unit: "CNY", comparator: "gt", status: "actual"},
			{text: "27.6%", value: 27.6, unit: "%", comparator: "eq", status: "actual"},
			{text: "63%", value: 63, unit: "%", comparator: "eq", status: "actual"},
		}},
	{name: "gwr2014 livelihoods 2013", year: 2014, from: "保障群众基本生活。",
		want: []unseenFigure{
			{text: "13.1%", value: 13.1, unit: "%", comparator: "eq", status: "actual"},
			{text: "17.7%", value: 17.7, unit: "%", comparator: "eq", status: "actual"},
			{text: "10%", value: 10, unit: "%", comparator: "eq", status: "actual"},
			{text: "666万套", value: 6.66e6, unit: "套", comparator: "eq", status: "actual"},
			{text: "544万套", value: 5.44e6, unit: "套", comparator: "eq", status: "actual"},
			{text: "上千万", value: 1e7, unit: "", comparator: "gte", status: "actual"},
		}},
	// 2014: the year's budget (the source breaks the paragraph inside "M2")
	// and pollution tasks.
	{name: "gwr2014 budget plan", year: 2014, from: "第二，保持经济运行处在合理区间。", to: "确保中国经济这艘巨轮行稳致远。",
		want: []unseenFigure{
			{text: "13500亿元", value: 1.35e12, unit: "CNY", comparator: "eq", status: "target", deadline: 2014},
			{text: "1500亿元", value: 1.5e11, unit: "CNY", comparator: "eq", status: "target", deadline: 2014},
			{text: "9500亿元", value: 9.5e11, unit: "CNY", comparator: "eq", status: "target", deadline: 2014},
			{text: "4000亿元", value: 4e11, unit: "CNY", comparator: "eq", status: "target", deadline: 2014},
			{text: "2.1%", value: 2.1, unit: "%", comparator: "eq", status: "target", deadline: 2014},
			{text: "13%左右", value: 13, unit: "%", comparator: "approx", status: "target", deadline: 2014},
		}},
	{name: "gwr2014 pollution tasks", year: 2014, from: "出重拳强化污染防治。", to: "坚决向污染宣战。",
		want: []unseenFigure{
			{text: "5万台", value: 5e4, unit: "台", comparator: "eq", status: "target", deadline: 2014},
			{text: "1500万千瓦", value: 1.5e7, unit: "千瓦", comparator: "eq", status: "target", deadline: 2014},
			{text: "1.3亿千瓦", value: 1.3e8, unit: "千瓦", comparator: "eq", status: "target", deadline: 2014},
			{text: "1.8亿千瓦", value: 1.8e8, unit: "千瓦", comparator: "eq", status: "target", deadline: 2014},
			{text: "600万辆", value: 6e6, unit: "辆", comparator: "eq", status: "target", deadline: 2014},
		}},

	// 2006: review of 2005.
	{name: "gwr2006 economy 2005", year: 2006, from: "2005年，我国社会主义现代化事业取得显著成就。",
		want: []unseenFigure{
			{text: "18.23万亿元", value: 1.823e13, unit: "CNY", comparator: "eq", status: "actual"},
			{text: "9.9%", value: 9.9, unit: "%", comparator: "eq", status: "actual"},
			{text: "突破3万亿元", value: 3e12, unit: "CNY", comparator: "gt", status: "actual"},
			{text: "5232亿元", value: 5.232e11, unit: "CNY", comparator: "eq", status: "actual"},
			{text: "1.8%", value: 1.8, unit: "%", comparator: "eq", status: "actual"},
		}},
	{name: "gwr2006 social security 2005", year: 2006, from: "社会保障体系不断完善，覆盖面进一步扩大。",
		want: []unseenFigure{
			{text: "17个", value: 17, unit: "个", comparator: "eq", status: "actual"},
			{text: "74.6亿元", value: 7.46e9, unit: "CNY", comparator: "eq", status: "actual"},
			{text: "90%", value: 90, unit: "%", comparator: "eq", status: "actual"},
			{text: "28个", value: 28, unit: "个", comparator: "eq", status: "actual"},
			{text: "2300个", value: 2300, unit: "个", comparator: "eq", status: "actual"},
			{text: "89亿元", value: 8.9e9, unit: "CNY", comparator: "eq", status: "actual"},
			{text: "9000多万人次", value: 9e7, unit: "人次", comparator: "gt", status: "actual"},
			{text: "162亿元", value: 1.62e10, unit: "CNY", comparator: "eq", status: "actual"},
			{text: "245万人", value: 2.45e6, unit: "人", comparator: "eq", status: "actual"},
		}},
	// 2006: the year's targets, budget, and rural tax reform (a past figure
	// beside recurring spending from this year on).
	{name: "gwr2006 main targets", year: 2006, from: "综合考虑各种因素，2006年国民经济和社会发展的主要预期目标是：",
		want: []unseenFigure{
			{text: "8%左右", value: 8, unit: "%", comparator: "approx", status: "target", deadline: 2006},
			{text: "4%左右", value: 4, unit: "%", comparator: "approx", status: "target", deadline: 2006},
			{text: "3%", context: "涨幅控制在", value: 3, unit: "%", comparator: "eq", status: "target", deadline: 2006},
			{text: "900万人", value: 9e6, unit: "人", comparator: "eq", status: "target", deadline: 2006},
			{text: "4.6%", value: 4.6, unit: "%", comparator: "eq", status: "target", deadline: 2006},
		}},
	{name: "gwr2006 bonds and deficit plan", year: 2006, from: "稳定宏观经济政策，主要是继续实施稳健的财政政策和稳健的货币政策。",
		want: []unseenFigure{
			{text: "600亿元", value: 6e10, unit: "CNY", comparator: "eq", status: "target", deadline: 2006},
			{text: "200亿元", value: 2e10, unit: "CNY", comparator: "eq", status: "target", deadline: 2006},
			{text: "100亿元", value: 1e10, unit: "CNY", comparator: "eq", status: "target", deadline: 2006},
			{text: "2950亿元", value: 2.95e11, unit: "CNY", comparator: "eq", status: "target", deadline: 2006},
			{text: "50亿元", context: "预算减少", value: 5e9, unit: "CNY", comparator: "eq", status: "target", deadline: 2006},
		}},
	{name: "gwr2006 rural tax reform", year: 2006, from: "建设社会主义新农村，必须全面推进农村综合改革。",
		want: []unseenFigure{
			{text: "2600年", value: 2600, unit: "years", comparator: "eq", status: "actual"},
			{text: "336亿元", value: 3.36e10, unit: "CNY", comparator: "eq", status: "actual"},
			{text: "700多亿元", value: 7e10, unit: "CNY", comparator: "gt", status: "actual"},
			{text: "1030多亿元", value: 1.03e11, unit: "CNY", comparator: "gt", status: "target", deadline: 2006},
			{text: "780多亿元", value: 7.8e10, unit: "CNY", comparator: "gt", status: "target", deadline: 2006},
			{text: "250多亿元", value: 2.5e10, unit: "CNY", comparator: "gt", status: "target", deadline: 2006},
		}},
}

// TestUnseenWorkReports runs the whole pipeline (normalize, structure,
// segment, this extractor) over each annotated report as the command would
// read it from the corpus, keeps the numeric records inside the annotated
// paragraphs, and scores them against the hand annotations. A record
// matches an expected figure when their spans overlap (an equal span is
// preferred). It logs every difference and fails only when a score falls
// below the floor, so it catches regressions, not every disagreement.
func TestUnseenWorkReports(t *testing.T) {
	total := scoreUnseen(t, unseenPassages)
	// The floor sits a little under the scores measured once plan and norm
	// cues of a review part read as done and 比去年 as a comparison's base:
	// precision 1.000 (85/85), recall 0.988 (85/86), comparator 1.000,
	// status 1.000 (85/85), deadline 1.000 (85/85). When the evaluation was
	// written, status was 0.918 (78/85) and deadline 0.988 (84/85).
	total.floor(t, unseenLevels{precision: 0.97, recall: 0.96, comparator: 0.97, status: 0.97, deadline: 0.97})
}

// scoreUnseen runs the whole pipeline over the reports the passages come
// from, scores the records inside each passage against its annotations,
// logs the scores of each report year and of all, and returns the total.
func scoreUnseen(t *testing.T, passages []unseenPassage) unseenScore {
	t.Helper()
	dir := shared.Corpus(t)
	years := map[int]bool{}
	var order []int
	for _, p := range passages {
		if !years[p.year] {
			order = append(order, p.year)
		}
		years[p.year] = true
	}
	texts := unseenReports(t, filepath.Join(dir, "gwr-1954-2025.jsonl"), years)
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

// unseenLevels are the scores of an evaluation, as fractions.
type unseenLevels struct {
	precision, recall, comparator, status, deadline float64
}

// unseenScore counts records and expected figures. Value and unit count as
// right (hit) when value, upper end and unit all agree; comparator, status
// and deadline are scored on every matched figure.
type unseenScore struct {
	gold, pred, matched, exact, hit, cmpOK, statusOK, deadlineOK int
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
// point cpFrom of its report, against want, and logs every difference.
func (s *unseenScore) add(t *testing.T, name, passage string, cpFrom int, recs []*pipeline.Numeric, want []unseenFigure) {
	t.Helper()
	s.pred += len(recs)
	used := make([]bool, len(recs))
	for _, w := range want {
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
		maxOK := w.max == 0 && r.ValueMax == nil || r.ValueMax != nil && unseenClose(*r.ValueMax, w.max)
		if unseenClose(r.Value, w.value) && maxOK && r.Unit == w.unit {
			s.hit++
		} else {
			t.Logf("%s: %q read as %v%s %q, want %v%s %q", name, w.text, r.Value, unseenMax(r.ValueMax), r.Unit, w.value, unseenMax(unseenPtr(w.max)), w.unit)
		}
		if r.Comparator == w.comparator {
			s.cmpOK++
		} else {
			t.Logf("%s: %q comparator %s, want %s", name, w.text, r.Comparator, w.comparator)
		}
		if r.Status == w.status {
			s.statusOK++
		} else {
			t.Logf("%s: %q status %s, want %s", name, w.text, r.Status, w.status)
		}
		if r.Deadline == w.deadline {
			s.deadlineOK++
		} else {
			t.Logf("%s: %q deadline %d, want %d", name, w.text, r.Deadline, w.deadline)
		}
	}
	for i, r := range recs {
		if !used[i] {
			t.Logf("%s: spurious %q (%v %q %s %s)", name, r.Text, r.Value, r.Unit, r.Comparator, r.Status)
		}
	}
}

func (s *unseenScore) levels() unseenLevels {
	return unseenLevels{
		precision:  unseenRatio(s.hit, s.pred),
		recall:     unseenRatio(s.hit, s.gold),
		comparator: unseenRatio(s.cmpOK, s.matched),
		status:     unseenRatio(s.statusOK, s.matched),
		deadline:   unseenRatio(s.deadlineOK, s.matched),
	}
}

func (s *unseenScore) report(t *testing.T, label string) {
	t.Helper()
	l := s.levels()
	t.Logf("%s: value+unit precision %.3f (%d/%d), recall %.3f (%d/%d); matched %d, equal spans %d", label, l.precision, s.hit, s.pred, l.recall, s.hit, s.gold, s.matched, s.exact)
	t.Logf("%s: on matched figures comparator %.3f (%d), status %.3f (%d), deadline %.3f (%d)", label, l.comparator, s.cmpOK, l.status, s.statusOK, l.deadline, s.deadlineOK)
}

// floor fails t when a score falls below its level in lowest.
func (s *unseenScore) floor(t *testing.T, lowest unseenLevels) {
	t.Helper()
	got := s.levels()
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

// unseenReports reads the content of the work reports of the given years
// from the corpus JSONL file, skipping the resolutions (year null).
func unseenReports(t *testing.T, path string, years map[int]bool) map[int]string {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	out := map[int]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	for sc.Scan() {
		var line struct {
			Content string          `json:"content"`
			Year    json.RawMessage `json:"year"`
		}
		require.NoError(t, json.Unmarshal(sc.Bytes(), &line))
		y, err := strconv.Atoi(strings.Trim(string(line.Year), `"`))
		if err != nil || !years[y] {
			continue
		}
		out[y] = line.Content
	}
	require.NoError(t, sc.Err())
	return out
}

func unseenRatio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func unseenClose(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

func unseenPtr(v float64) *float64 {
	if v == 0 {
		return nil
	}
	return &v
}

func unseenMax(p *float64) string {
	if p == nil {
		return ""
	}
	return fmt.Sprintf("–%v", *p)
}
