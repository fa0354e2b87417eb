package corpus

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/policyx/policyx/internal/shared"
	"github.com/policyx/policyx/pipeline"
)

// item is one element of Open's sequence, flattened for comparison.
type item struct {
	ID, Source, Encoding, Text string
	Err                        error
}

// collect ranges over seq and flattens what it yields.
func collect(t *testing.T, seq iter.Seq2[*pipeline.Document, error]) []item {
	t.Helper()
	var items []item
	for doc, err := range seq {
		require.NotNil(t, doc)
		if err != nil {
			assert.Empty(t, doc.Text, "error item %s has text", doc.ID)
		}
		items = append(items, item{ID: doc.ID, Source: doc.Source, Encoding: doc.Encoding, Text: doc.Text, Err: err})
	}
	return items
}

// ids returns the ids of items.
func ids(items []item) []string {
	var out []string
	for _, it := range items {
		out = append(out, it.ID)
	}
	return out
}

// writeFiles creates files (slash-separated names) under dir.
func writeFiles(t *testing.T, dir string, files map[string][]byte) {
	t.Helper()
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, data, 0o644))
	}
}

// tree builds a small input tree from the founding article and returns its root.
func tree(t *testing.T) (root, text string) {
	t.Helper()
	text = article(t)
	root = t.TempDir()
	page, _ := articlePage(t, `<meta charset="gb2312">`)
	writeFiles(t, root, map[string][]byte{
		"b.txt":              []byte(text),
		"a.txt":              encode(t, simplifiedchinese.GBK, text),
		"empty.txt":          nil,
		"sub/c.html":         encode(t, simplifiedchinese.GBK, page),
		"sub/d.jsonl":        []byte(`{"id":"x1","text":"第一条 总则"}` + "\n\n" + `{"text":"第二条 适用范围","year":2022}` + "\n"),
		"sub/.draft.txt":     []byte("草稿"),
		".git/HEAD":          []byte("ref: refs/heads/main\n"),
		"z/e.TXT":            append([]byte(bomUTF8), "（一）加强组织领导。\n"...),
		"z/f.bin":            {0x89, 'P', 'N', 'G', 0, 0, 0, 0x0d},
		"z/nested/deep.text": []byte("三是深化改革。"),
	})
	return root, text
}

func TestOpenDirectory(t *testing.T) {
	root, text := tree(t)
	items := collect(t, Open([]string{root}, Options{}, nil))
	assert.Equal(t, []string{"a.txt", "b.txt", "empty.txt", "sub/c.html", "x1", "sub/d.jsonl:3", "z/e.TXT", "z/f.bin", "z/nested/deep.text"}, ids(items))
	require.Len(t, items, 9)
	slash := filepath.ToSlash(root)
	tests := []struct {
		name     string
		got      item
		source   string
		encoding string
		text     string
		err      error
	}{
		{name: "gbk text", got: items[0], source: slash + "/a.txt", encoding: "gb18030", text: text},
		{name: "utf-8 text", got: items[1], source: slash + "/b.txt", encoding: "utf-8", text: text},
		{name: "empty file", got: items[2], source: slash + "/empty.txt", err: ErrEmpty},
		{name: "gbk html", got: items[3], source: slash + "/sub/c.html", encoding: "gbk"},
		{name: "jsonl id", got: items[4], source: slash + "/sub/d.jsonl:1", encoding: "utf-8", text: "第一条 总则"},
		{name: "jsonl fallback id after a blank line", got: items[5], source: slash + "/sub/d.jsonl:3", encoding: "utf-8", text: "第二条 适用范围"},
		{name: "utf-8 BOM", got: items[6], source: slash + "/z/e.TXT", encoding: "utf-8-bom", text: "（一）加强组织领导。\n"},
		{name: "binary", got: items[7], source: slash + "/z/f.bin", err: ErrBinary},
		{name: "nested", got: items[8], source: slash + "/z/nested/deep.text", encoding: "utf-8", text: "三是深化改革。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.source, tt.got.Source)
			if tt.err != nil {
				assert.ErrorIs(t, tt.got.Err, tt.err)
				return
			}
			assert.NoError(t, tt.got.Err)
			assert.Equal(t, tt.encoding, tt.got.Encoding)
			if tt.text != "" {
				assert.Equal(t, tt.text, tt.got.Text)
			}
		})
	}
	assert.True(t, strings.HasPrefix(items[3].Text, "营造创新创业环境 打造高质量发展样板\n视觉中国供图\n"), items[3].Text[:80])
}

func TestOpenDocumentFields(t *testing.T) {
	root, _ := tree(t)
	raw, err := os.ReadFile(filepath.Join(root, "a.txt"))
	require.NoError(t, err)
	var docs []*pipeline.Document
	for doc, err := range Open([]string{filepath.Join(root, "a.txt"), filepath.Join(root, "sub", "d.jsonl")}, Options{}, nil) {
		require.NoError(t, err)
		docs = append(docs, doc)
	}
	require.Len(t, docs, 3)
	sum := sha256.Sum256(raw)
	line := sha256.Sum256([]byte(`{"text":"第二条 适用范围","year":2022}`))
	tests := []struct {
		name string
		got  any
		want any
	}{
		{name: "file id is the path as given", got: docs[0].ID, want: filepath.ToSlash(filepath.Join(root, "a.txt"))},
		{name: "file sha256 of the raw bytes", got: docs[0].SHA256, want: hex.EncodeToString(sum[:])},
		{name: "file has no meta", got: docs[0].Meta == nil, want: true},
		{name: "file has no date", got: docs[0].Date.IsZero(), want: true},
		{name: "jsonl fallback id uses the path as given", got: docs[2].ID, want: filepath.ToSlash(filepath.Join(root, "sub", "d.jsonl")) + ":3"},
		{name: "jsonl sha256 of the line", got: docs[2].SHA256, want: hex.EncodeToString(line[:])},
		{name: "jsonl meta keeps other fields", got: string(docs[2].Meta["year"]), want: "2022"},
		{name: "jsonl meta drops the text", got: len(docs[2].Meta), want: 1},
		{name: "jsonl meta drops the id", got: docs[1].Meta == nil, want: true},
		{name: "jsonl year gives the date", got: docs[2].Date, want: time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.got)
		})
	}
}

func TestOpenArguments(t *testing.T) {
	root, _ := tree(t)
	t.Chdir(root)
	tests := []struct {
		name    string
		paths   []string
		opts    Options
		stdin   string
		wantIDs []string
		wantErr []error // per item, nil for success; shorter means success
	}{
		{name: "file path cleaned", paths: []string{"./z/../b.txt"}, wantIDs: []string{"b.txt"}},
		{name: "directory relative ids", paths: []string{"z/"}, wantIDs: []string{"e.TXT", "f.bin", "nested/deep.text"}, wantErr: []error{nil, ErrBinary}},
		{name: "hidden directory given explicitly", paths: []string{".git"}, wantIDs: []string{"HEAD"}},
		{name: "hidden file given explicitly", paths: []string{"sub/.draft.txt"}, wantIDs: []string{"sub/.draft.txt"}},
		{name: "missing path then the others", paths: []string{"nope.txt", "b.txt"}, wantIDs: []string{"nope.txt", "b.txt"}, wantErr: []error{fs.ErrNotExist}},
		{name: "glob sorted", paths: []string{"*.txt"}, wantIDs: []string{"a.txt", "b.txt", "empty.txt"}, wantErr: []error{nil, nil, ErrEmpty}},
		{name: "glob no match then a matched directory", paths: []string{"*/*.text", "z/nest*"}, wantIDs: []string{"*/*.text", "z/nested/deep.text"}, wantErr: []error{ErrNoMatch}},
		{name: "two directories: ids keep their root", paths: []string{"sub", "z"}, wantIDs: []string{"sub/c.html", "x1", "sub/d.jsonl:3", "z/e.TXT", "z/f.bin", "z/nested/deep.text"}, wantErr: []error{nil, nil, nil, nil, ErrBinary}},
		{name: "glob over files in subdirectories", paths: []string{"*/*.html", "z/*/*"}, wantIDs: []string{"sub/c.html", "z/nested/deep.text"}},
		{name: "glob skips a hidden directory", paths: []string{"*/HEAD"}, wantIDs: []string{"*/HEAD"}, wantErr: []error{ErrNoMatch}},
		{name: "glob into a hidden directory named with its dot", paths: []string{".*/HEAD"}, wantIDs: []string{".git/HEAD"}},
		{name: "glob with no match", paths: []string{"*.pdf"}, wantIDs: []string{"*.pdf"}, wantErr: []error{ErrNoMatch}},
		{name: "bad pattern", paths: []string{"[.txt"}, wantIDs: []string{"[.txt"}, wantErr: []error{filepath.ErrBadPattern}},
		{name: "stdin text", paths: []string{"-"}, stdin: "一是实施行动。", wantIDs: []string{"-"}},
		{name: "stdin jsonl sniffed", paths: []string{"-"}, stdin: "\n{\"text\":\"甲\"}\n{\"text\":\"乙\",\"id\":7}\n", wantIDs: []string{"-:2", "7"}},
		{name: "stdin html sniffed", paths: []string{"-"}, stdin: "<p>甲</p><p>乙</p>", wantIDs: []string{"-"}},
		{name: "stdin text opening with a brace", paths: []string{"-"}, stdin: "{一}2025年国内生产总值增长5%左右。\n", wantIDs: []string{"-"}},
		{name: "stdin read once", paths: []string{"-", "-"}, stdin: "甲", wantIDs: []string{"-", "-"}, wantErr: []error{nil, ErrEmpty}},
		{name: "stdin empty", paths: []string{"-"}, stdin: "", wantIDs: []string{"-"}, wantErr: []error{ErrEmpty}},
		{name: "format forced text reads jsonl whole", paths: []string{"sub/d.jsonl"}, opts: Options{Format: "text"}, wantIDs: []string{"sub/d.jsonl"}},
		{name: "format forced jsonl", paths: []string{"-"}, opts: Options{Format: "jsonl"}, stdin: `{"text":"甲"}`, wantIDs: []string{"-:1"}},
		{name: "too large file", paths: []string{"b.txt", "z/e.TXT"}, opts: Options{MaxBytes: 100}, wantIDs: []string{"b.txt", "z/e.TXT"}, wantErr: []error{ErrTooLarge}},
		{name: "too large stdin", paths: []string{"-"}, opts: Options{MaxBytes: 4}, stdin: "一是实施", wantIDs: []string{"-"}, wantErr: []error{ErrTooLarge}},
		{name: "forced encoding", paths: []string{"a.txt", "b.txt"}, opts: Options{Encoding: "gbk"}, wantIDs: []string{"a.txt", "b.txt"}, wantErr: []error{nil, ErrUndecodable}},
		{name: "unknown format on every path", paths: []string{"a.txt", "b.txt"}, opts: Options{Format: "pdf"}, wantIDs: []string{"a.txt", "b.txt"}, wantErr: []error{ErrUnknownFormat, ErrUnknownFormat}},
		{name: "unknown encoding", paths: []string{"a.txt"}, opts: Options{Encoding: "latin1"}, wantIDs: []string{"a.txt"}, wantErr: []error{ErrUnknownEncoding}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items := collect(t, Open(tt.paths, tt.opts, strings.NewReader(tt.stdin)))
			assert.Equal(t, tt.wantIDs, ids(items))
			for i, it := range items {
				if i < len(tt.wantErr) && tt.wantErr[i] != nil {
					assert.ErrorIs(t, it.Err, tt.wantErr[i], it.ID)
					continue
				}
				assert.NoError(t, it.Err, it.ID)
				assert.NotEmpty(t, it.Text, it.ID)
			}
		})
	}
}

func TestOpenJSONL(t *testing.T) {
	tests := []struct {
		name     string
		line     string
		opts     Options
		wantID   string
		wantText string
		wantMeta []string // sorted keys
		wantDate time.Time
		wantErr  error
	}{
		{name: "id and text", line: `{"id":"gwr-2025","text":"各位代表："}`, wantID: "gwr-2025", wantText: "各位代表："},
		{name: "numeric id as written", line: `{"id":20250305,"text":"甲"}`, wantID: "20250305", wantText: "甲"},
		{name: "float id as written", line: `{"id":1.5e3,"text":"甲"}`, wantID: "1.5e3", wantText: "甲"},
		{name: "null id falls back", line: `{"id":null,"text":"甲"}`, wantID: "in.jsonl:1", wantText: "甲"},
		{name: "empty id falls back", line: `{"id":"","text":"甲"}`, wantID: "in.jsonl:1", wantText: "甲"},
		{name: "object id is an error", line: `{"id":{"a":1},"text":"甲"}`, wantID: "in.jsonl:1", wantErr: ErrMalformedLine},
		{name: "content when no text", line: `{"title":"报告","content":"现在，我代表国务院","year":"2025","url":"https://example.org/a"}`, wantID: "in.jsonl:1", wantText: "现在，我代表国务院", wantMeta: []string{"title", "url", "year"}, wantDate: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)},
		{name: "text wins over content", line: `{"text":"甲","content":"乙"}`, wantID: "in.jsonl:1", wantText: "甲", wantMeta: []string{"content"}},
		{name: "custom fields", line: `{"doc_no":"国发〔2022〕1号","body":"第一条"}`, opts: Options{TextField: "body", IDField: "doc_no"}, wantID: "国发〔2022〕1号", wantText: "第一条"},
		{name: "custom text field missing", line: `{"text":"甲"}`, opts: Options{TextField: "body"}, wantID: "in.jsonl:1", wantErr: ErrNoText},
		{name: "date field", line: `{"text":"甲","date":"2022-10-16","year":1999}`, wantID: "in.jsonl:1", wantText: "甲", wantMeta: []string{"date", "year"}, wantDate: time.Date(2022, 10, 16, 0, 0, 0, 0, time.UTC)},
		{name: "chinese date", line: `{"text":"甲","date":"2023年3月5日"}`, wantID: "in.jsonl:1", wantText: "甲", wantMeta: []string{"date"}, wantDate: time.Date(2023, 3, 5, 0, 0, 0, 0, time.UTC)},
		{name: "rfc3339 date", line: `{"text":"甲","date":"2023-03-05T09:00:00+08:00"}`, wantID: "in.jsonl:1", wantText: "甲", wantMeta: []string{"date"}, wantDate: time.Date(2023, 3, 5, 0, 0, 0, 0, time.UTC)},
		{name: "null year", line: `{"text":"甲","year":null}`, wantID: "in.jsonl:1", wantText: "甲", wantMeta: []string{"year"}},
		{name: "bad date leaves zero", line: `{"text":"甲","date":"去年"}`, wantID: "in.jsonl:1", wantText: "甲", wantMeta: []string{"date"}},
		{name: "escaped text", line: `{"text":"一是\n二是\u3000\"三是\""}`, wantID: "in.jsonl:1", wantText: "一是\n二是\u3000\"三是\""},
		{name: "CRLF line end", line: "{\"text\":\"甲\"}\r", wantID: "in.jsonl:1", wantText: "甲"},
		{name: "BOM on first line", line: bomUTF8 + `{"text":"甲"}`, wantID: "in.jsonl:1", wantText: "甲"},
		{name: "missing text", line: `{"id":"a","title":"报告"}`, wantID: "a", wantErr: ErrNoText},
		{name: "text not a string", line: `{"id":"a","text":["甲"]}`, wantID: "a", wantErr: ErrNoText},
		{name: "text null", line: `{"text":null}`, wantID: "in.jsonl:1", wantErr: ErrNoText},
		{name: "empty text", line: `{"text":"  "}`, wantID: "in.jsonl:1", wantErr: ErrEmpty},
		{name: "binary text", line: `{"text":"a\u0000b"}`, wantID: "in.jsonl:1", wantErr: ErrBinary},
		{name: "not an object", line: `["甲"]`, wantID: "in.jsonl:1", wantErr: ErrMalformedLine},
		{name: "null line", line: `null`, wantID: "in.jsonl:1", wantErr: ErrMalformedLine},
		{name: "truncated object", line: `{"text":"甲`, wantID: "in.jsonl:1", wantErr: ErrMalformedLine},
		{name: "two objects on a line", line: `{"text":"甲"}{"text":"乙"}`, wantID: "in.jsonl:1", wantErr: ErrMalformedLine},
		{name: "invalid utf-8", line: "{\"text\":\"\xd6\xd0\xce\xc4\"}", wantID: "in.jsonl:1", wantErr: ErrUndecodable},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, map[string][]byte{"in.jsonl": []byte(tt.line + "\n")})
			t.Chdir(dir)
			var docs []*pipeline.Document
			var errs []error
			for doc, err := range Open([]string{"in.jsonl"}, tt.opts, nil) {
				docs, errs = append(docs, doc), append(errs, err)
			}
			require.Len(t, docs, 1)
			doc := docs[0]
			assert.Equal(t, tt.wantID, doc.ID)
			assert.Equal(t, "in.jsonl:1", doc.Source)
			if tt.wantErr != nil {
				assert.ErrorIs(t, errs[0], tt.wantErr)
				assert.Empty(t, doc.Text)
				return
			}
			require.NoError(t, errs[0])
			assert.Equal(t, tt.wantText, doc.Text)
			var keys []string
			for k := range doc.Meta {
				keys = append(keys, k)
			}
			assert.ElementsMatch(t, tt.wantMeta, keys)
			assert.Equal(t, tt.wantDate, doc.Date)
		})
	}
}

// TestOpenJSONLStreamGoesOn checks that bad lines, including lines over
// MaxBytes and over the read buffer, do not stop the stream.
func TestOpenJSONLStreamGoesOn(t *testing.T) {
	huge := `{"text":"` + strings.Repeat("长", 200_000) + `"}` // 600 KB, over the 64 KiB buffer
	lines := []string{
		`{"text":"第一行"}`,
		`{"text":"第二行"`,
		huge,
		`{"text":"第四行"}`,
		``,
		`   `,
		`{"content":"第七行"}`,
		huge[:len(huge)-2], // over MaxBytes and malformed: the size wins
		`{"text":"最后一行，没有换行符"}`,
	}
	stream := strings.Join(lines, "\n")
	tests := []struct {
		name    string
		max     int64
		wantIDs []string
		wantErr map[string]error
	}{
		{name: "default limit", wantIDs: []string{"-:1", "-:2", "-:3", "-:4", "-:7", "-:8", "-:9"},
			wantErr: map[string]error{"-:2": ErrMalformedLine, "-:8": ErrMalformedLine}},
		{name: "limit below the huge lines", max: 100_000, wantIDs: []string{"-:1", "-:2", "-:3", "-:4", "-:7", "-:8", "-:9"},
			wantErr: map[string]error{"-:2": ErrMalformedLine, "-:3": ErrTooLarge, "-:8": ErrTooLarge}},
		{name: "limit exactly a line", max: int64(len(`{"text":"第一行"}`)), wantIDs: []string{"-:1", "-:2", "-:3", "-:4", "-:7", "-:8", "-:9"},
			wantErr: map[string]error{"-:2": ErrMalformedLine, "-:3": ErrTooLarge, "-:7": ErrTooLarge, "-:8": ErrTooLarge, "-:9": ErrTooLarge}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items := collect(t, Open([]string{"-"}, Options{Format: "jsonl", MaxBytes: tt.max}, strings.NewReader(stream)))
			assert.Equal(t, tt.wantIDs, ids(items))
			for _, it := range items {
				if want, ok := tt.wantErr[it.ID]; ok {
					assert.ErrorIs(t, it.Err, want, it.ID)
				} else {
					assert.NoError(t, it.Err, it.ID)
				}
			}
		})
	}
}

// TestOpenWorkReports reads the government work-report corpus as it is: text
// in "content", no id, a "year" that is null for the NPC resolutions.
func TestOpenWorkReports(t *testing.T) {
	dir := shared.Corpus(t)
	t.Chdir(dir)
	var n, dated int
	for doc, err := range Open([]string{"gwr-1954-2025.jsonl"}, Options{}, nil) {
		n++
		require.NoError(t, err, doc.ID)
		assert.Equal(t, fmt.Sprintf("gwr-1954-2025.jsonl:%d", n), doc.ID)
		assert.Equal(t, doc.ID, doc.Source)
		assert.Equal(t, "utf-8", doc.Encoding)
		assert.Greater(t, len(doc.Text), 500, doc.ID)
		assert.Contains(t, doc.Meta, "title")
		assert.NotContains(t, doc.Meta, "content")
		var year *string
		require.NoError(t, json.Unmarshal(doc.Meta["year"], &year))
		if year != nil {
			dated++
			assert.Equal(t, *year, fmt.Sprint(doc.Date.Year()), doc.ID)
		} else {
			assert.True(t, doc.Date.IsZero(), doc.ID)
		}
	}
	assert.Equal(t, 70, n)
	assert.Positive(t, dated)
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// TestOpenStreamsJSONL reads a generated JSONL stream of 40 MB through Open
// and checks that it streams: each document is yielded after reading at most
// a buffer beyond its line, and the heap stays small while the loop holds no
// documents.
func TestOpenStreamsJSONL(t *testing.T) {
	if testing.Short() {
		t.Skip("generates a 40 MB stream")
	}
	const docs = 20_000
	text := strings.ToValidUTF8(article(t)[:2000], "")
	line := func(i int) []byte {
		b, err := json.Marshal(map[string]any{"id": i, "text": text, "year": 2022})
		if err != nil {
			panic(err) // a map of ints and a string always marshals
		}
		return append(b, '\n')
	}
	pr, pw := io.Pipe()
	go func() {
		for i := range docs {
			if _, err := pw.Write(line(i)); err != nil {
				return
			}
		}
		pw.Close()
	}()
	in := &countingReader{r: pr}
	var n int
	var consumed int64
	var maxHeap uint64
	var ms runtime.MemStats
	for doc, err := range Open([]string{"-"}, Options{}, in) {
		require.NoError(t, err)
		require.Equal(t, fmt.Sprint(n), doc.ID)
		consumed += int64(len(line(n)))
		n++
		if ahead := in.n - consumed; ahead > 256<<10 {
			t.Fatalf("document %d yielded after reading %d bytes: the stream is not read lazily", n, in.n)
		}
		if n%2000 == 0 {
			runtime.ReadMemStats(&ms)
			maxHeap = max(maxHeap, ms.HeapAlloc)
		}
	}
	assert.Equal(t, docs, n)
	assert.Greater(t, in.n, int64(docs)*int64(len(text)))
	assert.Less(t, maxHeap, uint64(32<<20), "heap grew with the stream")
}

// TestOpenStopsEarly checks that breaking out of the loop stops reading, in
// a directory walk, a glob and a JSONL stream (range-over-func panics if the
// sequence yields after the loop has stopped).
func TestOpenStopsEarly(t *testing.T) {
	root, _ := tree(t)
	t.Chdir(root)
	tests := []struct {
		name  string
		paths []string
		stop  int
	}{
		{name: "directory", paths: []string{"."}, stop: 2},
		{name: "inside jsonl", paths: []string{"sub/d.jsonl", "b.txt"}, stop: 1},
		{name: "glob", paths: []string{"*.txt", "z"}, stop: 1},
		{name: "on an error item", paths: []string{"missing", "b.txt"}, stop: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := 0
			for range Open(tt.paths, Options{}, nil) {
				n++
				if n == tt.stop {
					break
				}
			}
			assert.Equal(t, tt.stop, n)
		})
	}
}

// TestOpenSkipsSpecialFiles checks symbolic links in a walked tree: a link to
// a file is read, a link to a directory is not followed (no cycles), and a
// dangling link is an error item.
func TestOpenSkipsSpecialFiles(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, map[string][]byte{"d/a.txt": []byte("甲")})
	require.NoError(t, os.Symlink(filepath.Join(root, "d", "a.txt"), filepath.Join(root, "d", "link.txt")))
	require.NoError(t, os.Symlink(filepath.Join(root, "d"), filepath.Join(root, "d", "loop")))
	require.NoError(t, os.Symlink(filepath.Join(root, "gone"), filepath.Join(root, "d", "dangling")))
	items := collect(t, Open([]string{root}, Options{}, nil))
	assert.Equal(t, []string{"d/a.txt", "d/dangling", "d/link.txt"}, ids(items))
	require.Len(t, items, 3)
	assert.ErrorIs(t, items[1].Err, fs.ErrNotExist)
	assert.Equal(t, "甲", items[2].Text)

	link := filepath.Join(t.TempDir(), "inputs")
	require.NoError(t, os.Symlink(filepath.Join(root, "d"), link))
	items = collect(t, Open([]string{link}, Options{}, nil))
	assert.Equal(t, []string{"a.txt", "dangling", "link.txt"}, ids(items), "a linked directory given as an argument is walked")
}

// TestOpenUTF16JSONL checks a JSONL export saved as UTF-16 with a BOM.
func TestOpenUTF16JSONL(t *testing.T) {
	stream := "{\"id\":\"a\",\"text\":\"一是\"}\n{\"id\":\"b\",\"text\":\"二是\"}\n"
	raw := append([]byte{0xFF, 0xFE}, encode(t, utf16LE(), stream)...)
	items := collect(t, Open([]string{"-"}, Options{Format: "jsonl"}, bytes.NewReader(raw)))
	require.Len(t, items, 2)
	assert.Equal(t, []string{"a", "b"}, ids(items))
	assert.Equal(t, "二是", items[1].Text)
	assert.Equal(t, "utf-16le", items[1].Encoding)
}

// TestHTMLPageNamedText checks that a saved page named .txt is read as the
// HTML it is (its script is no text) unless the format is forced.
func TestHTMLPageNamedText(t *testing.T) {
	dir := t.TempDir()
	page := "\ufeff  <!DOCTYPE html><html><head><script>var rate='99%';</script></head><body><p>全年增长5%。</p></body></html>"
	p := filepath.Join(dir, "page.txt")
	require.NoError(t, os.WriteFile(p, []byte(page), 0o644))
	for _, tt := range []struct {
		format string
		script bool
	}{{FormatAuto, false}, {FormatText, true}} {
		var texts []string
		for doc, err := range Open([]string{p}, Options{Format: tt.format}, nil) {
			require.NoError(t, err)
			texts = append(texts, doc.Text)
		}
		require.Len(t, texts, 1)
		assert.Contains(t, texts[0], "全年增长5%")
		assert.Equal(t, tt.script, strings.Contains(texts[0], "99%"), "format %s", tt.format)
	}
}

// TestFileNamesNotUTF8 checks that files whose names are not UTF-8 (GBK
// names unpacked from a Windows archive) keep distinct ids and sources,
// their invalid bytes written as \xNN.
func TestFileNamesNotUTF8(t *testing.T) {
	dir := t.TempDir()
	names := []string{"\xb1\xa8\xb8\xe6.txt", "\xd5\xfe\xb2\xdf.txt"} // 报告, 政策 in GBK
	for _, n := range names {
		require.NoError(t, os.WriteFile(filepath.Join(dir, n), []byte("新增企业18家。"), 0o644))
	}
	var ids []string
	for doc, err := range Open([]string{dir}, Options{}, nil) {
		require.NoError(t, err)
		assert.True(t, utf8.ValidString(doc.ID) && utf8.ValidString(doc.Source), "%q %q", doc.ID, doc.Source)
		ids = append(ids, doc.ID)
	}
	assert.Equal(t, []string{`\xb1\xa8\xb8\xe6.txt`, `\xd5\xfe\xb2\xdf.txt`}, ids)
}
