package pipeline

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
)

// DiffJSONL compares two JSON Lines record sets and returns a readable
// report of their differences, or "" when they are the same. Records are
// matched by their "id" field; for a changed record the report names each
// changed field with its old and new values, and for strings a » context
// window around the first difference. When the two differ only in bytes
// (key order, escaping, spacing) it says so. It is used by `policyx check`
// and by the golden tests alike.
func DiffJSONL(want, got []byte) string {
	if bytes.Equal(want, got) {
		return ""
	}
	w, werr := parseLines(want)
	g, gerr := parseLines(got)
	var b strings.Builder
	if werr != nil {
		fmt.Fprintf(&b, "want: %v\n", werr)
	}
	if gerr != nil {
		fmt.Fprintf(&b, "got: %v\n", gerr)
	}
	if b.Len() > 0 {
		return b.String()
	}
	wi, gi := index(w), index(g)
	dupW, dupG := repeats(w, wi), repeats(g, gi)
	b.WriteString(dupW)
	b.WriteString(dupG)
	if dupW != "" || dupG != "" {
		// Matching by id is ambiguous; say so rather than compare wrongly.
		return b.String()
	}
	for _, r := range w {
		id := r.id
		o, ok := gi[id]
		if !ok {
			fmt.Fprintf(&b, "- %s: record missing (line %d of want)\n", id, r.line)
			continue
		}
		if d := diffFields(r.fields, o.fields); d != "" {
			fmt.Fprintf(&b, "~ %s:\n%s", id, d)
		}
	}
	for _, r := range g {
		if _, ok := wi[r.id]; !ok {
			fmt.Fprintf(&b, "+ %s: new record (line %d of got): %s\n", r.id, r.line, clip(string(r.raw), 200))
		}
	}
	if b.Len() == 0 {
		if !sameOrder(w, g) {
			return "records are the same but their order changed\n"
		}
		return "records are the same but the formatting changed (key order, escaping or spacing)\n"
	}
	return b.String()
}

type line struct {
	id     string
	line   int
	raw    []byte
	fields map[string]json.RawMessage
}

func parseLines(data []byte) ([]line, error) {
	var out []line
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 256<<20)
	n := 0
	for sc.Scan() {
		n++
		raw := bytes.TrimSpace(sc.Bytes())
		if len(raw) == 0 {
			continue
		}
		var f map[string]json.RawMessage
		if err := json.Unmarshal(raw, &f); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		var id string
		if err := json.Unmarshal(f["id"], &id); err != nil || id == "" {
			id = fmt.Sprintf("line %d", n)
		}
		out = append(out, line{id: id, line: n, raw: slices.Clone(raw), fields: f})
	}
	return out, sc.Err()
}

// index maps each id of ls to the first line that holds it.
func index(ls []line) map[string]line {
	m := make(map[string]line, len(ls))
	for _, l := range ls {
		if _, ok := m[l.id]; !ok {
			m[l.id] = l
		}
	}
	return m
}

// repeats reports ids that stand on more than one line of ls; idx is
// index(ls).
func repeats(ls []line, idx map[string]line) string {
	var b strings.Builder
	for _, l := range ls {
		if first := idx[l.id].line; first != l.line {
			fmt.Fprintf(&b, "! %s: id repeats (lines %d and %d); records cannot be matched by id\n", l.id, first, l.line)
		}
	}
	return b.String()
}

func sameOrder(a, b []line) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].id != b[i].id {
			return false
		}
	}
	return true
}

func diffFields(w, g map[string]json.RawMessage) string {
	keys := map[string]bool{}
	for k := range w {
		keys[k] = true
	}
	for k := range g {
		keys[k] = true
	}
	sorted := make([]string, 0, len(keys))
	for k := range keys {
		sorted = append(sorted, k)
	}
	slices.Sort(sorted)
	var b strings.Builder
	for _, k := range sorted {
		wv, wok := w[k]
		gv, gok := g[k]
		switch {
		case !gok:
			fmt.Fprintf(&b, "    %s: removed (was %s)\n", k, clip(string(wv), 120))
		case !wok:
			fmt.Fprintf(&b, "    %s: added %s\n", k, clip(string(gv), 120))
		case !jsonEqual(wv, gv):
			fmt.Fprintf(&b, "    %s: %s\n", k, describe(wv, gv))
		}
	}
	return b.String()
}

func jsonEqual(a, b json.RawMessage) bool {
	if bytes.Equal(a, b) {
		return true
	}
	var x, y any
	if json.Unmarshal(a, &x) != nil || json.Unmarshal(b, &y) != nil {
		return false
	}
	xa, _ := json.Marshal(x)
	ya, _ := json.Marshal(y)
	return bytes.Equal(xa, ya)
}

// describe shows a changed value; for two strings, a context window around
// the first differing rune, marked with ».
func describe(w, g json.RawMessage) string {
	var ws, gs string
	if json.Unmarshal(w, &ws) == nil && json.Unmarshal(g, &gs) == nil {
		wr, gr := []rune(ws), []rune(gs)
		i := 0
		for i < len(wr) && i < len(gr) && wr[i] == gr[i] {
			i++
		}
		from := max(0, i-10)
		win := func(r []rune) string {
			return string(r[from:i]) + "»" + string(r[i:min(len(r), i+20)])
		}
		return fmt.Sprintf("want %q\n      got  %q", win(wr), win(gr))
	}
	return fmt.Sprintf("want %s, got %s", clip(string(w), 120), clip(string(g), 120))
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
