package corpus

import (
	"bytes"
	"fmt"
	"mime"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/encoding/htmlindex"
)

// charsetScan is how much of an HTML page is searched for a charset
// declaration. The HTML standard prescans 1024 bytes; Chinese government
// pages often put long comments or scripts first, so look further, but stop
// at <body>.
const charsetScan = 16 << 10

// declaredTolerance is the share of invalid sequences accepted when a page
// declares its charset: published pages with a stray bad byte are common, and
// a browser shows them with a replacement character.
const declaredTolerance = 0.001

// HTMLText decodes an HTML page and reduces it to its text. With encoding ""
// the encoding is chosen in this order: a byte order mark; valid UTF-8 (a
// page whose bytes are valid UTF-8 is UTF-8 whatever it declares, since
// mislabelled pages are common and GBK text is practically never valid
// UTF-8); the charset of a <meta charset>, a <meta http-equiv="Content-Type">
// or an XML declaration (a page decoded by its declaration may hold up to
// 0.1% invalid sequences); detection as in Decode. Any other encoding value
// forces that encoding, as for Decode.
//
// The text keeps what a browser shows, one block per line: block elements
// (p, div, br, li, h1–h6, tr, section, article, title, …) end lines, table
// cells are separated by a tab, script, style, noscript, template, iframe
// and svg are dropped, character references are decoded, white space is
// collapsed except inside pre and textarea, and a line break between two
// Chinese characters is dropped rather than turned into a space. No-break
// and ideographic spaces are kept. HTMLText returns the text and the name of
// the encoding; it fails as Decode does, and with ErrEmpty when the page has
// no visible text. It never panics. It is safe for concurrent use.
func HTMLText(raw []byte, encoding string) (text, name string, err error) {
	decoded, name, err := decodeHTML(raw, encoding)
	if err != nil {
		return "", name, err
	}
	text = reduceHTML(decoded)
	if err := checkText(text); err != nil {
		return "", name, err
	}
	return text, name, nil
}

// decodeHTML decodes a page's bytes; see HTMLText.
func decodeHTML(raw []byte, encoding string) (text, name string, err error) {
	if encoding != "" || len(raw) == 0 || utf8.Valid(raw) ||
		hasPrefix(raw, bomUTF8) || hasPrefix(raw, bomUTF16LE) || hasPrefix(raw, bomUTF16BE) || hasPrefix(raw, bomGB18030) {
		return Decode(raw, encoding)
	}
	label := metaCharset(raw)
	if label == "" {
		return Decode(raw, "")
	}
	c, err := htmlCodec(label)
	if err != nil || c.enc == nil {
		// An unknown label, or a UTF-8 label on bytes that are not UTF-8:
		// the declaration is wrong, so detect.
		return Decode(raw, "")
	}
	text, err = c.decode(raw, declaredTolerance)
	if err != nil {
		return "", c.name, fmt.Errorf("declared charset %q: %w", label, err)
	}
	if strings.IndexByte(text, 0) >= 0 {
		return "", c.name, fmt.Errorf("%w: NUL character in the decoded page", ErrBinary)
	}
	return text, c.name, nil
}

// htmlCodec maps an HTML charset label to a codec: the encodings Decode
// supports by their own names, any other label the WHATWG encoding standard
// knows (windows-1252, shift_jis, …) through htmlindex.
func htmlCodec(label string) (codec, error) {
	if c, err := lookupCodec(label); err == nil {
		return c, nil
	}
	enc, err := htmlindex.Get(label)
	if err != nil {
		return codec{}, fmt.Errorf("%w %q", ErrUnknownEncoding, label)
	}
	name, err := htmlindex.Name(enc)
	if err != nil {
		return codec{}, fmt.Errorf("%w %q", ErrUnknownEncoding, label)
	}
	if c, err := lookupCodec(name); err == nil {
		return c, nil
	}
	return codec{name: strings.ToLower(name), enc: enc}, nil
}

// metaCharset returns the charset label a page declares in its head, or "".
func metaCharset(raw []byte) string {
	if len(raw) > charsetScan {
		raw = raw[:charsetScan]
	}
	z := html.NewTokenizer(bytes.NewReader(raw))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.CommentToken:
			// The tokenizer reports an XML declaration as a comment.
			if label := xmlEncoding(z.Text()); label != nil && bytes.HasPrefix(bytes.TrimSpace(z.Raw()), []byte("<?xml")) {
				return string(label)
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch atom.Lookup(name) {
			case atom.Body:
				return ""
			case atom.Meta:
				if label := metaTagCharset(z, hasAttr); label != "" {
					return label
				}
			}
		}
	}
}

// xmlEncoding returns the value of the first encoding="…" attribute of an
// XML declaration's text (the letters of encoding in any case, spaces
// around =, an optional quote), or nil.
func xmlEncoding(decl []byte) []byte {
	const key = "encoding"
	for i := 0; i+len(key) <= len(decl); i++ {
		if !equalFoldASCII(decl[i:i+len(key)], key) {
			continue
		}
		j := skipXMLSpace(decl, i+len(key))
		if j == len(decl) || decl[j] != '=' {
			continue
		}
		j = skipXMLSpace(decl, j+1)
		if j < len(decl) && (decl[j] == '"' || decl[j] == '\'') {
			j++
		}
		k := j
		for k < len(decl) {
			n := charsetLen(decl[k:])
			if n == 0 {
				break
			}
			k += n
		}
		if k > j {
			return decl[j:k]
		}
	}
	return nil
}

// equalFoldASCII reports whether b equals the lower-case ASCII word s in
// any case.
func equalFoldASCII(b []byte, s string) bool {
	for i := range len(s) {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != s[i] {
			return false
		}
	}
	return true
}

// skipXMLSpace returns the index of the first byte at or after i of b that
// is not an ASCII space, tab, newline, form feed or carriage return.
func skipXMLSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\f' || b[i] == '\r') {
		i++
	}
	return i
}

// charsetLen returns the length of the character of an encoding label
// that b starts with, or 0: an ASCII letter or digit, '.', '_', ':' or '-',
// or one of the two non-ASCII letters that case-fold to an ASCII one
// (U+212A KELVIN SIGN, U+017F LATIN SMALL LETTER LONG S), which a
// case-insensitive match of [A-Za-z] admits.
func charsetLen(b []byte) int {
	switch c := b[0]; {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '.', c == '_', c == ':', c == '-':
		return 1
	case c < utf8.RuneSelf:
		return 0
	}
	if r, n := utf8.DecodeRune(b); r == '\u212a' || r == '\u017f' {
		return n
	}
	return 0
}

// metaTagCharset reads the attributes of the current <meta> tag.
func metaTagCharset(z *html.Tokenizer, hasAttr bool) string {
	var charset, content string
	var contentType bool
	for hasAttr {
		var k, v []byte
		k, v, hasAttr = z.TagAttr()
		switch strings.ToLower(string(k)) {
		case "charset":
			charset = strings.TrimSpace(string(v))
		case "http-equiv":
			contentType = strings.EqualFold(strings.TrimSpace(string(v)), "content-type")
		case "content":
			content = string(v)
		}
	}
	if charset != "" {
		return charset
	}
	if contentType && content != "" {
		if _, params, err := mime.ParseMediaType(content); err == nil && params["charset"] != "" {
			return params["charset"]
		}
		// Loose forms such as "text/html;charset=gb2312;" that ParseMediaType rejects.
		if i := strings.Index(strings.ToLower(content), "charset="); i >= 0 {
			v := strings.Trim(content[i+len("charset="):], ` "';`)
			if j := strings.IndexAny(v, ` ;"'`); j >= 0 {
				v = v[:j]
			}
			return v
		}
	}
	return ""
}

// isBlock reports whether the start and end of element a end a line.
func isBlock(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Body,
		atom.Caption, atom.Center, atom.Dd, atom.Details, atom.Dialog, atom.Div,
		atom.Dl, atom.Dt, atom.Fieldset, atom.Figcaption, atom.Figure,
		atom.Footer, atom.Form, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5,
		atom.H6, atom.Head, atom.Header, atom.Hgroup, atom.Hr, atom.Html,
		atom.Legend, atom.Li, atom.Main, atom.Nav, atom.Ol, atom.Option, atom.P,
		atom.Pre, atom.Section, atom.Summary, atom.Table, atom.Tbody,
		atom.Textarea, atom.Tfoot, atom.Thead, atom.Title, atom.Tr, atom.Ul:
		return true
	}
	return false
}

// isHidden reports whether the content of element a is not text.
func isHidden(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Iframe,
		atom.Svg, atom.Math, atom.Noembed, atom.Noframes, atom.Object, atom.Select:
		return true
	}
	return false
}

// reduceHTML turns decoded HTML into text; see HTMLText.
func reduceHTML(src string) string {
	var w textWriter
	z := html.NewTokenizer(strings.NewReader(src))
	hidden := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			// io.EOF, or a read error a strings.Reader never returns.
			return w.String()
		case html.TextToken:
			if hidden > 0 {
				continue
			}
			if w.pre > 0 {
				w.raw(string(z.Text()))
			} else {
				w.text(string(z.Text()))
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if isHidden(a) {
				switch tt {
				case html.StartTagToken:
					hidden++
				case html.EndTagToken:
					if hidden > 0 {
						hidden--
					}
				}
				continue
			}
			if hidden > 0 {
				continue
			}
			switch {
			case a == atom.Br:
				w.lineBreak()
			case a == atom.Td || a == atom.Th:
				if tt == html.StartTagToken {
					w.cell()
				}
			case isBlock(a):
				w.endBlock()
				if a == atom.Pre || a == atom.Textarea {
					switch tt {
					case html.StartTagToken:
						w.pre++
					case html.EndTagToken:
						if w.pre > 0 {
							w.pre--
						}
					}
				}
			}
		}
	}
}

// textWriter accumulates reduced HTML text line by line.
type textWriter struct {
	out      strings.Builder
	line     strings.Builder
	space    bool // white space is pending before the next character
	spaceNL  bool // the pending white space held a line break
	last     rune // the last character written to line
	newlines int  // line breaks at the end of out
	pre      int  // depth of pre and textarea elements: keep white space
}

// text appends character data, collapsing white space.
func (w *textWriter) text(s string) {
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' {
			w.space = true
			if r == '\n' || r == '\r' {
				w.spaceNL = true
			}
			continue
		}
		if w.space && w.line.Len() > 0 && w.last != '\t' && !(w.spaceNL && wide(w.last) && wide(r)) {
			w.line.WriteByte(' ')
		}
		w.space, w.spaceNL = false, false
		w.line.WriteRune(r)
		w.last = r
	}
}

// raw appends preformatted text as it is.
func (w *textWriter) raw(s string) {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	for i, part := range strings.Split(s, "\n") {
		if i > 0 {
			w.lineBreak()
		}
		w.line.WriteString(part)
	}
}

// cell separates a table cell from the previous one on the same line.
func (w *textWriter) cell() {
	if w.line.Len() > 0 {
		w.line.WriteByte('\t')
		w.last = '\t'
	}
	w.space, w.spaceNL = false, false
}

// endBlock ends the current line if it holds anything.
func (w *textWriter) endBlock() {
	w.flush(false)
}

// lineBreak ends the current line even when it is empty (<br><br> leaves a
// blank line), keeping at most one blank line in a row.
func (w *textWriter) lineBreak() {
	w.flush(true)
}

func (w *textWriter) flush(force bool) {
	line := w.line.String()
	if w.pre == 0 {
		line = strings.Trim(line, " \t")
	}
	w.line.Reset()
	w.space, w.spaceNL, w.last = false, false, 0
	if strings.TrimFunc(line, unicode.IsSpace) == "" {
		if !force || w.out.Len() == 0 || w.newlines >= 2 {
			return
		}
		w.out.WriteByte('\n')
		w.newlines++
		return
	}
	w.out.WriteString(line)
	w.out.WriteByte('\n')
	w.newlines = 1
}

// String ends the last line and returns the text without trailing line breaks.
func (w *textWriter) String() string {
	w.flush(false)
	return strings.TrimRight(w.out.String(), "\n")
}

// wide reports whether r is a Chinese (or other East Asian wide) character,
// between two of which a source line break is not a space.
func wide(r rune) bool {
	return unicode.Is(unicode.Han, r) || (r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF) ||
		unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r)
}
