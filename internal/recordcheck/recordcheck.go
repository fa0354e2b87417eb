// Package recordcheck verifies the invariants of policyx output that every
// test run checks on every record: each line is valid against the shipped
// JSON Schema, text equals the original text between start and end (in code
// points), ids are unique, and each document's records come document record
// first, then sorted by start and type.
package recordcheck

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"sync"

	"github.com/policyx/policyx/pipeline"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

var compiled = sync.OnceValues(func() (*jsonschema.Schema, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(pipeline.Schema()))
	if err != nil {
		return nil, fmt.Errorf("recordcheck: parse schema: %w", err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("record.json", doc); err != nil {
		return nil, fmt.Errorf("recordcheck: add schema: %w", err)
	}
	s, err := c.Compile("record.json")
	if err != nil {
		return nil, fmt.Errorf("recordcheck: compile schema: %w", err)
	}
	return s, nil
})

type header struct {
	Doc   string `json:"doc"`
	Type  string `json:"type"`
	ID    string `json:"id"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Items []struct {
		Start int    `json:"start"`
		End   int    `json:"end"`
		Text  string `json:"text"`
	} `json:"items"`
}

// Check verifies out, the JSONL output of policyx, against the originals:
// the decoded text of each document by its doc id. A document missing from
// originals is checked for everything but the text slices. It returns every
// problem found, or nil.
func Check(out []byte, originals map[string]string) []error {
	s, err := compiled()
	if err != nil {
		return []error{err}
	}
	var errs []error
	add := func(n int, format string, args ...any) {
		errs = append(errs, fmt.Errorf("line %d: "+format, append([]any{n}, args...)...))
	}
	runes := map[string][]rune{}
	ids := map[string]int{}
	var prev header
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 64*1024), 256<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Bytes()
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(line))
		if err != nil {
			add(n, "not JSON: %v", err)
			continue
		}
		if err := s.Validate(inst); err != nil {
			add(n, "schema: %v", err)
		}
		var h header
		if err := json.Unmarshal(line, &h); err != nil {
			add(n, "header: %v", err)
			continue
		}
		if first, dup := ids[h.ID]; dup {
			add(n, "id %q repeats line %d", h.ID, first)
		}
		ids[h.ID] = n
		if h.End < h.Start {
			add(n, "end %d before start %d", h.End, h.Start)
		}
		if src, ok := originals[h.Doc]; ok {
			r, ok := runes[h.Doc]
			if !ok {
				r = []rune(src)
				runes[h.Doc] = r
			}
			check := func(what string, start, end int, text string) {
				if start < 0 || end > len(r) || start > end {
					add(n, "%s [%d,%d) outside the %d-code-point text", what, start, end, len(r))
				} else if got := string(r[start:end]); got != text {
					add(n, "%s [%d,%d) is %q in the source, record says %q", what, start, end, got, text)
				}
			}
			check(h.Type, h.Start, h.End, h.Text)
			for i, it := range h.Items {
				check(fmt.Sprintf("item %d", i), it.Start, it.End, it.Text)
			}
		}
		switch {
		case h.Type == pipeline.TypeDocument || h.Type == pipeline.TypeError:
			if prev.Doc == h.Doc && n > 1 && prev.Type != "" {
				add(n, "%s record of %q is not its document's first", h.Type, h.Doc)
			}
		case prev.Doc != h.Doc:
			add(n, "record of %q before its document record", h.Doc)
		case prev.Type != pipeline.TypeDocument && (h.Start < prev.Start || h.Start == prev.Start && h.Type < prev.Type):
			add(n, "record at %d/%s sorted after %d/%s", h.Start, h.Type, prev.Start, prev.Type)
		}
		prev = h
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, err)
	}
	return errs
}
