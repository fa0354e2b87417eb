package corpus

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/policyx/policyx/pipeline"
)

// DefaultMaxBytes is the size limit of one document when Options.MaxBytes is 0.
const DefaultMaxBytes = 64 << 20

// Input formats accepted in Options.Format.
const (
	FormatAuto  = "auto"  // by file extension, or by the first bytes of stdin
	FormatText  = "text"  // each file is one plain-text document
	FormatJSONL = "jsonl" // each non-blank line is one JSON object holding a document
	FormatHTML  = "html"  // each file is one HTML page, reduced to its text
)

// Options says how Open reads its sources. The zero value reads every format
// by file extension, detects encodings and allows 64 MiB per document.
type Options struct {
	// Format is "auto" (the default when ""), "text", "jsonl" or "html". Auto
	// reads .jsonl and .ndjson files as JSONL, .html, .htm, .xhtml and .shtml
	// as HTML, any other file that opens as an HTML page (<!DOCTYPE html,
	// <html) as HTML too, and the rest as text. For standard input, which
	// has no name, auto looks at the first bytes: "{" and a key's quote
	// means JSONL, "<" followed by a letter, "!" or "?" means HTML, anything
	// else text.
	Format string
	// Encoding is "" to detect each document's encoding (see Decode), or one
	// of "utf-8", "gb18030", "gbk", "utf-16le", "utf-16be", "big5" (case
	// insensitive; gb2312 and cp936 mean gbk) to force it for every input.
	// JSONL input is UTF-8, or UTF-16 with a byte order mark, unless forced.
	Encoding string
	// TextField is the JSONL field holding the text. When "", it is "text",
	// and a line that has no "text" field but has a "content" field uses
	// "content".
	TextField string
	// IDField is the JSONL field holding the document id; "" means "id". A
	// line without it (or with null or "") gets "<path>:<line number>".
	IDField string
	// MaxBytes is the largest document, in bytes as read: a whole file, or
	// one JSONL line. A larger one is an error item wrapping ErrTooLarge. 0
	// means DefaultMaxBytes.
	MaxBytes int64
	// Skip, when set, reports whether a file or directory met on a walk or
	// matched by a pattern is to be left out, such as the run's own output
	// inside an input directory (a directory's contents are not walked).
	// Paths named on their own are never skipped.
	Skip func(fs.FileInfo) bool
}

// Validate reports whether the options name a known format and encoding.
func (o Options) Validate() error {
	switch o.Format {
	case "", FormatAuto, FormatText, FormatJSONL, FormatHTML:
	default:
		return fmt.Errorf("%w %q (want auto, text, jsonl or html)", ErrUnknownFormat, o.Format)
	}
	if o.Encoding != "" {
		if _, err := lookupCodec(o.Encoding); err != nil {
			return err
		}
	}
	if o.MaxBytes < 0 {
		return fmt.Errorf("corpus: negative MaxBytes %d", o.MaxBytes)
	}
	return nil
}

// Open yields the documents of paths in a deterministic order. Each path is
// read as given: "-" reads stdin; a directory is walked recursively in
// lexical order, skipping files and directories whose names begin with "."
// (but never the directory given itself), not following symbolic links to
// directories, and skipping special files (devices, pipes, sockets); a path
// that does not exist but holds glob metacharacters (* ? [) is expanded with
// filepath.Glob, in sorted order, each match read as if given (a hidden
// file or directory only where the pattern's element starts with a dot, as
// in a shell). A file given explicitly is read even when it is hidden or a
// named pipe.
//
// Document fields: ID is, for a file inside a directory argument, its path
// relative to that directory — or, when several paths are given or a
// pattern matches several, the directory as given joined with that relative
// path, so that two roots holding the same file name never share an id; for
// a file argument the path as given, cleaned;
// "-" for standard input; for a JSONL line the id field (a string, or a
// number as written) or else "<file id>:<line>" ("-:<line>" for stdin).
// Source is the file path, "-" for stdin, and "<path>:<line>" for a JSONL
// line. Paths use forward slashes. Encoding names what the bytes were
// decoded from (see Decode); SHA256 is the hex SHA-256 of the bytes as read:
// the whole file, or the JSONL line's UTF-8 bytes without its line ending. Meta holds, for
// a JSONL line, every field but the text and id fields, as raw JSON. Date is
// set from a JSONL "date" field (YYYY-MM-DD, YYYY/MM/DD, YYYY年M月D日 or an
// RFC 3339 time) or else a "year" field (a number or a string of four
// digits); a year gives January 1 of that year, UTC, so only Date.Year is
// meaningful then: that is the reference year for 今年 and 去年 (a
// government work report of year Y speaks of Y as 今年). An unparseable date
// leaves Date zero; the field stays in Meta.
//
// Reading is lazy and streaming: a file is opened only when the loop reaches
// it, a JSONL file is read line by line with a reused buffer, and only the
// current document is held, so a JSONL stream of any length runs in memory
// bounded by MaxBytes. A failure that concerns one document (a missing or
// unreadable path, a pattern with no match, undecodable or binary bytes, a
// document over MaxBytes, a malformed JSONL line) is yielded as a Document
// with ID and Source set and no Text, together with an error that wraps one
// of this package's sentinel errors or an fs error; the loop goes on with
// the next document. Invalid Options give one such error item per path. A
// read error inside a JSONL file ends that file after its error item. The
// yielded Document is never nil, and Open never panics.
//
// Open itself does nothing until the sequence is ranged over. Each range
// reads the sources again (standard input only once). Open is safe for
// concurrent use; one sequence must be ranged by one goroutine at a time.
func Open(paths []string, opts Options, stdin io.Reader) iter.Seq2[*pipeline.Document, error] {
	return func(yield func(*pipeline.Document, error) bool) {
		named := func(doc *pipeline.Document, err error) bool {
			// a file name that is not UTF-8 (GBK names from a Windows
			// archive) keeps its bytes apart, so that ids stay distinct
			doc.ID, doc.Source = escapeInvalid(doc.ID), escapeInvalid(doc.Source)
			return yield(doc, err)
		}
		r := reader{opts: opts, stdin: stdin, yield: named, manyRoots: len(paths) > 1}
		if r.opts.MaxBytes == 0 {
			r.opts.MaxBytes = DefaultMaxBytes
		}
		if r.opts.Format == "" {
			r.opts.Format = FormatAuto
		}
		bad := opts.Validate()
		for _, p := range paths {
			if bad != nil {
				if !yield(failed(slashClean(p), p), bad) {
					return
				}
				continue
			}
			if !r.path(p) {
				return
			}
		}
	}
}

// escapeInvalid returns s with each byte that is not part of valid UTF-8
// written as \xNN, as Go quotes it; valid text is returned as it is.
func escapeInvalid(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			fmt.Fprintf(&b, `\x%02x`, s[i])
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// reader carries one range over Open's sequence. Its methods return false
// when the consumer stopped the loop.
type reader struct {
	opts  Options
	stdin io.Reader
	yield func(*pipeline.Document, error) bool
	// manyRoots makes ids of files under a directory keep the directory,
	// as several roots may hold the same relative path.
	manyRoots bool
}

// failed returns the document of an error item.
func failed(id, source string) *pipeline.Document {
	return &pipeline.Document{ID: id, Source: filepath.ToSlash(source)}
}

// slashClean returns p cleaned, with forward slashes.
func slashClean(p string) string {
	return filepath.ToSlash(filepath.Clean(p))
}

// path reads one argument of Open.
func (r *reader) path(p string) bool {
	if p == "-" {
		return r.readStdin()
	}
	if strings.ContainsAny(p, "*?[") {
		if _, err := os.Lstat(p); errors.Is(err, fs.ErrNotExist) {
			matches, err := filepath.Glob(p)
			if err != nil {
				return r.yield(failed(p, p), fmt.Errorf("corpus: pattern %q: %w", p, err))
			}
			matches = r.visible(p, matches)
			if len(matches) == 0 {
				return r.yield(failed(p, p), fmt.Errorf("%w %q", ErrNoMatch, p))
			}
			if len(matches) > 1 {
				r.manyRoots = true
			}
			for _, m := range matches { // Glob sorts each directory level
				if !r.arg(m) {
					return false
				}
			}
			return true
		}
	}
	return r.arg(p)
}

// visible returns the matches of pattern that a walk would read: none
// with a hidden element (a file or directory whose name starts with a dot)
// where the pattern's element does not start with a dot, as in a shell
// (Glob's * matches .out.jsonl.tmp-1 and .git too), and none that
// Options.Skip leaves out.
func (r *reader) visible(pattern string, matches []string) []string {
	elems := strings.Split(filepath.ToSlash(pattern), "/")
	kept := matches[:0]
	for _, m := range matches {
		if hiddenMatch(elems, strings.Split(filepath.ToSlash(m), "/")) {
			continue
		}
		if r.opts.Skip != nil {
			if fi, err := os.Stat(m); err == nil && r.opts.Skip(fi) {
				continue
			}
		}
		kept = append(kept, m)
	}
	return kept
}

// hiddenMatch reports whether an element of the match m starts with a dot
// where the pattern's element (elems, of the same count) does not. A
// match of another shape is let through.
func hiddenMatch(elems, m []string) bool {
	if len(elems) != len(m) {
		return false
	}
	for i, e := range m {
		if strings.HasPrefix(e, ".") && e != "." && e != ".." && !strings.HasPrefix(elems[i], ".") {
			return true
		}
	}
	return false
}

// arg reads a file or walks a directory named on the command line.
func (r *reader) arg(p string) bool {
	fi, err := os.Stat(p)
	if err != nil {
		return r.yield(failed(slashClean(p), p), err)
	}
	if fi.IsDir() {
		return r.walk(p)
	}
	return r.file(p, slashClean(p), fi)
}

// walk reads the files under root; ids are relative to root.
func (r *reader) walk(root string) bool {
	ok := true
	if fi, err := os.Lstat(root); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
		// A linked directory given as an argument is walked: a trailing
		// separator makes WalkDir resolve the link.
		root += string(filepath.Separator)
	}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		id := root
		if rel, rerr := filepath.Rel(root, p); rerr == nil {
			id = filepath.ToSlash(rel)
			if r.manyRoots {
				id = path.Join(slashClean(root), id)
			}
		}
		if err != nil {
			// An unreadable directory (or entry): report it and go on with
			// its siblings. WalkDir has already skipped its contents.
			if !r.yield(failed(id, p), err) {
				ok = false
				return filepath.SkipAll
			}
			if d != nil && d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if p != root && r.opts.Skip != nil {
				if fi, err := d.Info(); err == nil && r.opts.Skip(fi) {
					return filepath.SkipDir
				}
			}
			return nil
		}
		fi, err := os.Stat(p) // follows a symbolic link
		if err != nil {
			if !r.yield(failed(id, p), err) {
				ok = false
				return filepath.SkipAll
			}
			return nil
		}
		if !fi.Mode().IsRegular() {
			return nil // a linked directory (never followed: no cycles) or a special file
		}
		if r.opts.Skip != nil && r.opts.Skip(fi) {
			return nil
		}
		if !r.file(p, id, fi) {
			ok = false
			return filepath.SkipAll
		}
		return nil
	})
	if err != nil && ok { // WalkDir only returns errors our callback returned
		return r.yield(failed(slashClean(root), root), err)
	}
	return ok
}

// formatOf returns the format of the file at p under Options.Format.
func (r *reader) formatOf(p string) string {
	if r.opts.Format != FormatAuto {
		return r.opts.Format
	}
	switch strings.ToLower(filepath.Ext(p)) {
	case ".jsonl", ".ndjson":
		return FormatJSONL
	case ".html", ".htm", ".xhtml", ".shtml":
		return FormatHTML
	}
	return FormatText
}

// file reads one file as one document or, for JSONL, one per line.
func (r *reader) file(p, id string, fi fs.FileInfo) bool {
	format := r.formatOf(p)
	if format != FormatJSONL && fi.Mode().IsRegular() && fi.Size() > r.opts.MaxBytes {
		return r.yield(failed(id, p), fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, fi.Size(), r.opts.MaxBytes))
	}
	f, err := os.Open(p)
	if err != nil {
		return r.yield(failed(id, p), err)
	}
	defer f.Close()
	if format == FormatJSONL {
		return r.jsonl(f, id, filepath.ToSlash(p))
	}
	return r.whole(f, id, filepath.ToSlash(p), format)
}

// whole reads src as one document.
func (r *reader) whole(src io.Reader, id, source, format string) bool {
	doc := failed(id, source)
	raw, err := io.ReadAll(io.LimitReader(src, r.opts.MaxBytes+1))
	if err != nil {
		return r.yield(doc, fmt.Errorf("corpus: read %s: %w", source, err))
	}
	if int64(len(raw)) > r.opts.MaxBytes {
		return r.yield(doc, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, r.opts.MaxBytes))
	}
	sum := sha256.Sum256(raw)
	doc.SHA256 = hex.EncodeToString(sum[:])
	if format == FormatText && r.opts.Format == FormatAuto && htmlPage(raw) {
		format = FormatHTML // a saved page named .txt: its scripts and tags are no text
	}
	var text string
	if format == FormatHTML {
		text, doc.Encoding, err = HTMLText(raw, r.opts.Encoding)
	} else {
		text, doc.Encoding, err = Decode(raw, r.opts.Encoding)
	}
	if err != nil {
		return r.yield(doc, err)
	}
	doc.Text = text
	return r.yield(doc, nil)
}

// htmlPage reports whether raw opens, after a byte order mark and white
// space, as an HTML page does: <!DOCTYPE html or <html, in any case.
func htmlPage(raw []byte) bool {
	s := strings.TrimPrefix(string(raw[:min(len(raw), 1024)]), bomUTF8)
	s = strings.ToLower(strings.TrimLeft(s, " \t\r\n\f\v"))
	return strings.HasPrefix(s, "<!doctype html") || strings.HasPrefix(s, "<html")
}

// readStdin reads standard input as one document or a JSONL stream.
func (r *reader) readStdin() bool {
	if r.stdin == nil {
		return r.yield(failed("-", "-"), errors.New("corpus: no standard input"))
	}
	br := bufio.NewReaderSize(r.stdin, 64<<10)
	r.stdin = eofReader{} // standard input is read once
	format := r.opts.Format
	if format == FormatAuto {
		format = sniff(br)
	}
	if format == FormatJSONL {
		return r.jsonl(br, "-", "-")
	}
	return r.whole(br, "-", "-", format)
}

// jsonObjectStart reports whether s, what follows an opening brace, goes
// on as a JSON object does: a key's quote or the closing brace, after
// white space. Text that opens with a brace ({一}2025年…) does not.
func jsonObjectStart(s string) bool {
	s = strings.TrimLeft(s, " \t\r\n")
	return s == "" || s[0] == '"' || s[0] == '}'
}

// eofReader is an exhausted reader.
type eofReader struct{}

func (eofReader) Read([]byte) (int, error) { return 0, io.EOF }

// sniff guesses the format of an unnamed stream from its first bytes.
func sniff(br *bufio.Reader) string {
	head, _ := br.Peek(4 << 10)
	s := strings.TrimPrefix(string(head), bomUTF8)
	s = strings.TrimLeft(s, " \t\r\n\f\v")
	switch {
	case strings.HasPrefix(s, "{") && jsonObjectStart(s[1:]):
		return FormatJSONL
	case len(s) > 1 && s[0] == '<' && (s[1] == '!' || s[1] == '?' ||
		('a' <= s[1]|0x20 && s[1]|0x20 <= 'z')):
		return FormatHTML
	}
	return FormatText
}
