package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	xunicode "golang.org/x/text/encoding/unicode"
)

// Sentinel errors. Every per-document error that Open yields wraps one of
// them or an error from the file system (fs.ErrNotExist, fs.ErrPermission…),
// so callers can classify failures with errors.Is.
var (
	// ErrEmpty reports a document with no text: an empty file, a file
	// holding only a byte order mark or white space, an empty JSONL text.
	ErrEmpty = errors.New("corpus: empty document")
	// ErrBinary reports data that is not text: NUL bytes or a high share of
	// control characters.
	ErrBinary = errors.New("corpus: binary data")
	// ErrTruncated reports text that is valid except for an incomplete
	// character at its very end (a file cut in the middle of a character).
	ErrTruncated = errors.New("corpus: truncated in the middle of a character")
	// ErrUndecodable reports bytes that are not valid in the detected or
	// forced encoding.
	ErrUndecodable = errors.New("corpus: undecodable bytes")
	// ErrTooLarge reports a document (a file or a JSONL line) larger than
	// Options.MaxBytes.
	ErrTooLarge = errors.New("corpus: document too large")
	// ErrUnknownEncoding reports an Options.Encoding that is not supported.
	ErrUnknownEncoding = errors.New("corpus: unknown encoding")
	// ErrUnknownFormat reports an Options.Format that is not supported.
	ErrUnknownFormat = errors.New("corpus: unknown format")
	// ErrNoMatch reports a glob pattern that matches no file.
	ErrNoMatch = errors.New("corpus: no file matches the pattern")
	// ErrMalformedLine reports a JSONL line that is not one JSON object, or
	// whose id field is neither a string nor a number.
	ErrMalformedLine = errors.New("corpus: malformed JSONL line")
	// ErrNoText reports a JSONL line whose text field is missing or is not a
	// string.
	ErrNoText = errors.New("corpus: text field missing or not a string")
)

// Encoding names reported in Document.Encoding and accepted by Decode.
const (
	UTF8    = "utf-8"     // UTF-8 without a byte order mark
	UTF8BOM = "utf-8-bom" // UTF-8 with a byte order mark, which is stripped
	UTF16LE = "utf-16le"  // UTF-16 little-endian, with or without a byte order mark
	UTF16BE = "utf-16be"  // UTF-16 big-endian, with or without a byte order mark
	GB18030 = "gb18030"   // GB18030, which includes GBK and GB2312
	GBK     = "gbk"       // GBK when forced or declared (decoded as GB18030, its superset)
	Big5    = "big5"      // Big5 (with HKSCS), only when forced or declared
)

// Byte order marks.
const (
	bomUTF8    = "\xEF\xBB\xBF"
	bomUTF16LE = "\xFF\xFE"
	bomUTF16BE = "\xFE\xFF"
	bomGB18030 = "\x84\x31\x95\x33"
)

// codec is one supported encoding: its reported name and, for everything
// but UTF-8, the x/text encoding that decodes it.
type codec struct {
	name string
	enc  encoding.Encoding // nil for UTF-8
	bom  string            // the byte order mark stripped when present
}

// lookupCodec maps an Options.Encoding label (case-insensitive, with a few
// common aliases) to its codec.
func lookupCodec(label string) (codec, error) {
	switch strings.ToLower(strings.TrimSpace(label)) {
	case "utf-8", "utf8":
		return codec{name: UTF8, bom: bomUTF8}, nil
	case "gb18030":
		return codec{name: GB18030, enc: simplifiedchinese.GB18030, bom: bomGB18030}, nil
	case "gbk", "gb2312", "cp936", "windows-936", "x-gbk":
		// The GB18030 decoder accepts every GBK byte sequence and also the
		// four-byte forms that files labelled GBK often contain.
		return codec{name: GBK, enc: simplifiedchinese.GB18030}, nil
	case "utf-16le":
		return codec{name: UTF16LE, enc: xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM), bom: bomUTF16LE}, nil
	case "utf-16be":
		return codec{name: UTF16BE, enc: xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM), bom: bomUTF16BE}, nil
	case "big5", "big5-hkscs", "cp950":
		return codec{name: Big5, enc: traditionalchinese.Big5}, nil
	}
	return codec{}, fmt.Errorf("%w %q (want utf-8, gb18030, gbk, utf-16le, utf-16be or big5)", ErrUnknownEncoding, label)
}

// Decode converts raw bytes to UTF-8 text. With encoding "" it detects the
// encoding: a byte order mark (UTF-8, UTF-16LE/BE, GB18030) wins and is
// stripped; otherwise valid UTF-8 is UTF-8, UTF-16 without a byte order mark
// is recognised by its NUL bytes, and bytes that are not UTF-8 but decode
// cleanly as GB18030 (no invalid sequence, few private-use characters) are
// GB18030. Big5 is used only when forced. Any other encoding value forces
// that encoding (see Options.Encoding for the accepted names); a byte order
// mark of the forced encoding is still stripped.
//
// Decode returns the text and the name of the encoding it was decoded from
// ("utf-8", "utf-8-bom", "utf-16le", "gb18030", …). It fails, with an error
// wrapping ErrEmpty, ErrBinary, ErrTruncated, ErrUndecodable or
// ErrUnknownEncoding, on input that is empty or only white space, binary,
// cut inside its last character, or invalid in the encoding. It never
// panics, and a text it returns is always valid UTF-8. Decode is safe for
// concurrent use.
func Decode(raw []byte, encoding string) (text, name string, err error) {
	if encoding != "" {
		c, err := lookupCodec(encoding)
		if err != nil {
			return "", "", err
		}
		text, err = c.decode(raw, 0)
		if err == nil {
			err = checkText(text)
		}
		if err != nil {
			return "", c.name, err
		}
		return text, c.name, nil
	}
	text, name, err = detect(raw)
	if err == nil {
		err = checkText(text)
	}
	if err != nil {
		return "", name, err
	}
	return text, name, nil
}

// detect decodes raw in the encoding it finds; see Decode.
func detect(raw []byte) (text, name string, err error) {
	if len(raw) == 0 {
		return "", "", ErrEmpty
	}
	switch {
	case hasPrefix(raw, bomUTF8):
		t, err := decodeUTF8(raw[len(bomUTF8):])
		return t, UTF8BOM, err
	case hasPrefix(raw, bomGB18030):
		c, _ := lookupCodec(GB18030)
		t, err := c.decode(raw, 0)
		return t, GB18030, err
	case hasPrefix(raw, bomUTF16LE):
		c, _ := lookupCodec(UTF16LE)
		t, err := c.decode(raw, 0)
		return t, UTF16LE, err
	case hasPrefix(raw, bomUTF16BE):
		c, _ := lookupCodec(UTF16BE)
		t, err := c.decode(raw, 0)
		return t, UTF16BE, err
	}
	if bytes.IndexByte(raw, 0) >= 0 {
		if c, ok := utf16NoBOM(raw); ok {
			if t, err := c.decode(raw, 0); err == nil && checkText(t) == nil {
				return t, c.name, nil
			}
		}
		return "", "", fmt.Errorf("%w: NUL byte at offset %d", ErrBinary, bytes.IndexByte(raw, 0))
	}
	if utf8.Valid(raw) {
		return string(raw), UTF8, nil
	}
	if truncatedUTF8(raw) {
		return "", UTF8, fmt.Errorf("%w: incomplete UTF-8 sequence in the last %d bytes", ErrTruncated, len(raw)-lastRuneStart(raw))
	}
	c, _ := lookupCodec(GB18030)
	if t, err := c.decode(raw, 0); err == nil && plausibleGB(t) {
		return t, GB18030, nil
	}
	if k := gbTail(raw); k > 0 {
		if t, err := c.decode(raw[:len(raw)-k], 0); err == nil && plausibleGB(t) {
			return "", GB18030, fmt.Errorf("%w: incomplete GB18030 sequence in the last %d bytes", ErrTruncated, k)
		}
	}
	return "", "", fmt.Errorf("%w: not UTF-8 (invalid byte 0x%02x at offset %d) and not GB18030 (Big5 and other encodings are read only when forced)", ErrUndecodable, raw[invalidUTF8(raw)], invalidUTF8(raw))
}

// decode decodes raw with c, stripping c's byte order mark. tolerance is the
// share of replaced (invalid) characters accepted; 0 accepts none.
func (c codec) decode(raw []byte, tolerance float64) (string, error) {
	if c.bom != "" && hasPrefix(raw, c.bom) {
		raw = raw[len(c.bom):]
	}
	if c.enc == nil {
		return decodeUTF8(raw)
	}
	if c.name == UTF16LE || c.name == UTF16BE {
		if len(raw)%2 == 1 {
			return "", fmt.Errorf("%w: odd number of bytes in %s", ErrTruncated, c.name)
		}
		if n := len(raw); n >= 2 {
			u := uint16(raw[n-2])<<8 | uint16(raw[n-1])
			if c.name == UTF16LE {
				u = uint16(raw[n-1])<<8 | uint16(raw[n-2])
			}
			if u >= 0xD800 && u < 0xDC00 {
				return "", fmt.Errorf("%w: %s ends with a lone high surrogate", ErrTruncated, c.name)
			}
		}
	}
	out, err := c.enc.NewDecoder().Bytes(raw)
	if err != nil {
		return "", fmt.Errorf("%w: %s: %w", ErrUndecodable, c.name, err)
	}
	if bad := bytes.Count(out, []byte(string(utf8.RuneError))); bad > 0 {
		if float64(bad) > tolerance*float64(utf8.RuneCount(out)) {
			return "", fmt.Errorf("%w: %d invalid %s sequences", ErrUndecodable, bad, c.name)
		}
	}
	if !utf8.Valid(out) { // cannot happen with x/text decoders; keep the promise anyway
		return "", fmt.Errorf("%w: %s decoder produced invalid UTF-8", ErrUndecodable, c.name)
	}
	return string(out), nil
}

// decodeUTF8 returns raw as text when it is valid UTF-8.
func decodeUTF8(raw []byte) (string, error) {
	if utf8.Valid(raw) {
		return string(raw), nil
	}
	if truncatedUTF8(raw) {
		return "", fmt.Errorf("%w: incomplete UTF-8 sequence in the last %d bytes", ErrTruncated, len(raw)-lastRuneStart(raw))
	}
	i := invalidUTF8(raw)
	return "", fmt.Errorf("%w: invalid UTF-8 byte 0x%02x at offset %d", ErrUndecodable, raw[i], i)
}

// lastRuneStart returns the index of the lead byte of the last (possibly
// incomplete) UTF-8 sequence, looking back at most utf8.UTFMax-1 bytes, or
// len(raw) when the last byte is not part of a multi-byte sequence.
func lastRuneStart(raw []byte) int {
	for k := 1; k < utf8.UTFMax && k <= len(raw); k++ {
		b := raw[len(raw)-k]
		if b >= 0xC0 {
			return len(raw) - k
		}
		if b < 0x80 {
			break
		}
	}
	return len(raw)
}

// truncatedUTF8 reports whether raw is valid UTF-8 except for an incomplete
// (but so far well-formed) sequence at its end.
func truncatedUTF8(raw []byte) bool {
	i := lastRuneStart(raw)
	if i == len(raw) {
		return false
	}
	tail := raw[i:]
	if utf8.FullRune(tail) {
		return false // complete, or invalid in a way more bytes cannot fix
	}
	return utf8.Valid(raw[:i])
}

// invalidUTF8 returns the offset of the first byte that is not part of a
// valid UTF-8 sequence, or len(raw).
func invalidUTF8(raw []byte) int {
	for i := 0; i < len(raw); {
		r, n := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(raw)
}

// gbTail returns the length of an incomplete GB18030 sequence at the end of
// raw (a lead byte, a lead byte and a digit, or a lead byte, a digit and a
// lead byte), or 0.
func gbTail(raw []byte) int {
	lead := func(b byte) bool { return b >= 0x81 && b <= 0xFE }
	digit := func(b byte) bool { return b >= 0x30 && b <= 0x39 }
	n := len(raw)
	switch {
	case n >= 3 && lead(raw[n-3]) && digit(raw[n-2]) && lead(raw[n-1]):
		return 3
	case n >= 2 && lead(raw[n-2]) && digit(raw[n-1]):
		return 2
	case n >= 1 && lead(raw[n-1]):
		return 1
	}
	return 0
}

// utf16NoBOM guesses UTF-16 without a byte order mark from its ASCII
// characters: in UTF-16LE a code unit holding ASCII is the byte and then a
// NUL, in UTF-16BE a NUL and then the byte. The order that holds clearly more
// such units wins. Binary data, with NULs in no such pattern, gives no guess.
func utf16NoBOM(raw []byte) (codec, bool) {
	if len(raw)%2 == 1 {
		return codec{}, false
	}
	ascii := func(b byte) bool { return b == '\t' || b == '\n' || b == '\r' || (b >= 0x20 && b < 0x7F) }
	var le, be int
	for i := 0; i+1 < len(raw); i += 2 {
		switch {
		case raw[i+1] == 0 && ascii(raw[i]):
			le++
		case raw[i] == 0 && ascii(raw[i+1]):
			be++
		}
	}
	switch {
	case le > 2*be:
		c, _ := lookupCodec(UTF16LE)
		return c, true
	case be > 2*le:
		c, _ := lookupCodec(UTF16BE)
		return c, true
	}
	return codec{}, false
}

// plausibleGB reports whether a GB18030 decoding looks like text rather than
// bytes of another encoding: user-defined (private-use) code points, where
// GBK puts its unassigned byte pairs, must be rare.
func plausibleGB(text string) bool {
	var n, pua int
	for _, r := range text {
		n++
		if r >= 0xE000 && r <= 0xF8FF {
			pua++
		}
	}
	return pua*100 <= n
}

// checkText rejects decoded text that is empty or only white space, or that
// looks binary: any NUL, or control characters (other than tab, line feed,
// carriage return, vertical tab and form feed) making up more than 2% of the
// characters.
func checkText(text string) error {
	if strings.TrimFunc(text, unicode.IsSpace) == "" {
		return ErrEmpty
	}
	// Scan bytes, not runes: in UTF-8 every C0 control and DEL is one byte
	// below 0x80, and a C1 control is 0xC2 followed by 0x80–0x9F.
	var ctl int
	for i := 0; i < len(text); i++ {
		switch b := text[i]; {
		case b == 0:
			return fmt.Errorf("%w: NUL character at byte %d of the decoded text", ErrBinary, i)
		case b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\v' && b != '\f', b == 0x7F:
			ctl++
		case b == 0xC2 && i+1 < len(text) && text[i+1] >= 0x80 && text[i+1] <= 0x9F:
			ctl++
		}
	}
	n := utf8.RuneCountInString(text)
	if ctl*50 > n {
		return fmt.Errorf("%w: %d control characters in %d", ErrBinary, ctl, n)
	}
	return nil
}

// hasPrefix reports whether raw begins with the bytes of prefix.
func hasPrefix(raw []byte, prefix string) bool {
	return len(raw) >= len(prefix) && string(raw[:len(prefix)]) == prefix
}
