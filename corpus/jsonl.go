package corpus

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/transform"

	"github.com/policyx/policyx/pipeline"
)

// jsonl reads src as JSON Lines, one document per non-blank line. id names
// the file in fallback ids, source in Document.Source.
func (r *reader) jsonl(src io.Reader, id, source string) bool {
	br, ok := src.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(src, 64<<10)
	}
	enc := UTF8
	head, _ := br.Peek(4)
	switch {
	case r.opts.Encoding != "":
		c, err := lookupCodec(r.opts.Encoding)
		if err != nil {
			return r.yield(failed(id, source), err)
		}
		enc = c.name
		if c.enc != nil {
			br = bufio.NewReaderSize(transform.NewReader(br, c.enc.NewDecoder()), 64<<10)
		}
	case hasPrefix(head, bomUTF8):
		enc = UTF8BOM
	case hasPrefix(head, bomUTF16LE), hasPrefix(head, bomUTF16BE):
		c, _ := lookupCodec(UTF16LE)
		if hasPrefix(head, bomUTF16BE) {
			c, _ = lookupCodec(UTF16BE)
		}
		enc = c.name
		br = bufio.NewReaderSize(transform.NewReader(br, c.enc.NewDecoder()), 64<<10)
	}

	var buf []byte
	for n := 1; ; n++ {
		line, tooLong, err := readLine(br, buf[:0], r.opts.MaxBytes)
		buf = line[:0]
		if n == 1 {
			line = bytes.TrimPrefix(line, []byte(bomUTF8))
		}
		num := strconv.Itoa(n)
		doc := failed(id+":"+num, source+":"+num)
		doc.Encoding = enc
		switch {
		case tooLong:
			if !r.yield(doc, fmt.Errorf("%w: line longer than %d bytes", ErrTooLarge, r.opts.MaxBytes)) {
				return false
			}
		case len(bytes.TrimSpace(line)) > 0:
			lerr := r.fillLine(doc, line)
			if !r.yield(doc, lerr) {
				return false
			}
		}
		if err == io.EOF {
			return true
		}
		if err != nil {
			return r.yield(failed(id+":"+num, source+":"+num), fmt.Errorf("corpus: read %s after line %d: %w", source, n, err))
		}
	}
}

// readLine reads one line into buf, without its "\n" or "\r\n". A line longer
// than max is skipped to its end and reported with tooLong, its bytes not
// kept. err is io.EOF after the last line (which may be non-empty).
func readLine(br *bufio.Reader, buf []byte, max int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(buf)+len(chunk)) > max+1 { // +1: the "\n" is not part of the line
				tooLong = true
				buf = buf[:0]
			} else {
				buf = append(buf, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		buf = bytes.TrimSuffix(buf, []byte("\n"))
		buf = bytes.TrimSuffix(buf, []byte("\r"))
		if !tooLong && int64(len(buf)) > max {
			tooLong, buf = true, buf[:0]
		}
		return buf, tooLong, err
	}
}

// fillLine fills doc from one non-blank JSONL line.
func (r *reader) fillLine(doc *pipeline.Document, line []byte) error {
	sum := sha256.Sum256(line)
	doc.SHA256 = hex.EncodeToString(sum[:])
	if !utf8.Valid(line) {
		i := invalidUTF8(line)
		return fmt.Errorf("%w: invalid UTF-8 byte 0x%02x at column %d (JSONL is read as UTF-8 unless an encoding is forced)", ErrUndecodable, line[i], i+1)
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(line, &fields); err != nil {
		return fmt.Errorf("%w: %w", ErrMalformedLine, err)
	}
	if fields == nil {
		return fmt.Errorf("%w: not a JSON object", ErrMalformedLine)
	}

	idKey := r.opts.IDField
	if idKey == "" {
		idKey = "id"
	}
	if raw, ok := fields[idKey]; ok {
		id, err := jsonID(raw)
		if err != nil {
			return fmt.Errorf("%w: field %q: %w", ErrMalformedLine, idKey, err)
		}
		if id != "" {
			doc.ID = id
		}
		delete(fields, idKey)
	}

	textKey := r.opts.TextField
	if textKey == "" {
		textKey = "text"
		if _, ok := fields["text"]; !ok {
			if _, ok := fields["content"]; ok {
				textKey = "content"
			}
		}
	}
	raw, ok := fields[textKey]
	if !ok {
		if r.opts.TextField == "" {
			return fmt.Errorf("%w: no %q or %q field", ErrNoText, "text", "content")
		}
		return fmt.Errorf("%w: no %q field", ErrNoText, textKey)
	}
	var text string
	if len(raw) == 0 || raw[0] != '"' || json.Unmarshal(raw, &text) != nil {
		return fmt.Errorf("%w: field %q is %s", ErrNoText, textKey, jsonKind(raw))
	}
	delete(fields, textKey)
	if len(fields) > 0 {
		doc.Meta = fields
	}
	doc.Date = lineDate(fields)
	if err := checkText(text); err != nil {
		return fmt.Errorf("field %q: %w", textKey, err)
	}
	doc.Text = text
	return nil
}

// jsonID returns a JSONL id: a string as it is, a number as written, "" for null.
func jsonID(raw json.RawMessage) (string, error) {
	switch {
	case len(raw) == 0 || string(raw) == "null":
		return "", nil
	case raw[0] == '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", err
		}
		return s, nil
	case raw[0] == '-' || ('0' <= raw[0] && raw[0] <= '9'):
		return string(raw), nil
	}
	return "", fmt.Errorf("want a string or a number, got %s", jsonKind(raw))
}

// jsonKind names the JSON type of raw for messages.
func jsonKind(raw json.RawMessage) string {
	if len(raw) == 0 {
		return "empty"
	}
	switch raw[0] {
	case '"':
		return "a string"
	case '{':
		return "an object"
	case '[':
		return "an array"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}

// lineDate returns the date a JSONL line states in its "date" field, or
// January 1 of its "year" field, or the zero time.
func lineDate(fields map[string]json.RawMessage) time.Time {
	dateLayouts := [...]string{"2006-01-02", "2006/01/02", "2006-1-2", "2006/1/2", "2006年1月2日", time.RFC3339}
	var s string
	if raw, ok := fields["date"]; ok && json.Unmarshal(raw, &s) == nil {
		s = strings.TrimSpace(s)
		for _, layout := range dateLayouts {
			if t, err := time.Parse(layout, s); err == nil {
				y, m, d := t.Date()
				return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
			}
		}
	}
	raw, ok := fields["year"]
	if !ok {
		return time.Time{}
	}
	ys := strings.Trim(strings.TrimSpace(string(raw)), `"`)
	ys = strings.TrimSuffix(ys, "年")
	if len(ys) != 4 {
		return time.Time{}
	}
	y, err := strconv.Atoi(ys)
	if err != nil || y < 1000 {
		return time.Time{}
	}
	return time.Date(y, time.January, 1, 0, 0, 0, 0, time.UTC)
}
