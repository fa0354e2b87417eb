package structure

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policyx/policyx/pipeline"
)

// isSpace reports whether r is white space a paragraph may be padded with:
// ASCII blanks, the ideographic space, the no-break space and the
// zero-width characters web copies carry.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\r', '\v', '\f', '\u3000', '\u00a0', '\ufeff', '\u200b', '\u200c', '\u200d', '\u2060':
		return true
	}
	return false
}

// isStop reports whether r ends a sentence: 。！？； and their ASCII forms.
// The ASCII full stop is not one: it is the decimal point of 6.64.
func isStop(r rune) bool {
	switch r {
	case '。', '！', '？', '；', '!', '?', ';', '｡':
		return true
	}
	return false
}

// isCloser reports whether r closes a quotation or bracket and so stays
// with the sentence it follows.
func isCloser(r rune) bool {
	switch r {
	case '”', '’', '」', '』', '）', ')', '》', '】', '〕', '］', ']', '〉', '"', '\'', '﹂', '﹄':
		return true
	}
	return false
}

// isClosedEnd reports whether r, the last rune of a paragraph (after its
// closers), ends it at a sentence boundary. Besides the sentence stops it
// accepts a colon (a list follows) and an ellipsis, so that only clearly
// unfinished paragraphs count as open.
func isClosedEnd(r rune) bool {
	return isStop(r) || r == '：' || r == ':' || r == '…' || r == '．'
}

// paragraphs returns the spans of the non-empty lines of text with their
// padding trimmed. Blank lines and single line breaks both separate
// paragraphs.
func paragraphs(text string) []pipeline.Span {
	var out []pipeline.Span
	for start := 0; start <= len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if s, ok := trim(text, pipeline.Span{Start: start, End: end}); ok {
			out = append(out, s)
		}
		start = end + 1
	}
	return out
}

// trim removes padding from both ends of s and reports whether anything is
// left.
func trim(text string, s pipeline.Span) (pipeline.Span, bool) {
	for s.Start < s.End {
		r, n := utf8.DecodeRuneInString(text[s.Start:s.End])
		if !isSpace(r) {
			break
		}
		s.Start += n
	}
	for s.End > s.Start {
		r, n := utf8.DecodeLastRuneInString(text[s.Start:s.End])
		if !isSpace(r) {
			break
		}
		s.End -= n
	}
	return s, s.End > s.Start
}

// sentences appends to dst the sentences of paragraph p: each ends after a
// run of sentence stops and the closing quotes or brackets that follow
// them, or at the paragraph's end. A run of marks alone (the 。 that opens
// a line after a broken link) is no sentence and is left out.
func sentences(dst []pipeline.Span, text string, p pipeline.Span) []pipeline.Span {
	start := p.Start
	i := p.Start
	for i < p.End {
		r, n := utf8.DecodeRuneInString(text[i:p.End])
		i += n
		if !isStop(r) {
			continue
		}
		for i < p.End {
			r, n := utf8.DecodeRuneInString(text[i:p.End])
			if !isStop(r) && !isCloser(r) {
				break
			}
			i += n
		}
		if s, ok := trim(text, pipeline.Span{Start: start, End: i}); ok && !onlyMarks(text[s.Start:s.End]) {
			dst = append(dst, s)
		}
		start = i
	}
	if s, ok := trim(text, pipeline.Span{Start: start, End: p.End}); ok {
		dst = append(dst, s)
	}
	return dst
}

// onlyMarks reports whether s holds nothing but sentence stops, closers
// and padding.
func onlyMarks(s string) bool {
	for _, r := range s {
		if !isStop(r) && !isCloser(r) && !isSpace(r) {
			return false
		}
	}
	return true
}

// lastRune returns the last rune of s that is not a closer or padding, or
// utf8.RuneError when there is none.
func lastRune(s string) rune {
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		if !isCloser(r) && !isSpace(r) {
			return r
		}
		s = s[:len(s)-n]
	}
	return utf8.RuneError
}

// endsOpen reports whether paragraph text s stops in the middle of a
// sentence: its last rune (before closing quotes) is a Han character,
// letter or digit, or a comma-like mark.
func endsOpen(s string) bool {
	r := lastRune(s)
	if r == utf8.RuneError {
		return false
	}
	return !isClosedEnd(r)
}

// hasStop reports whether s contains a sentence stop anywhere.
func hasStop(s string) bool {
	return strings.IndexFunc(s, isStop) >= 0
}

// isHan reports whether r is a Han character.
func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// squeeze removes padding between two Han characters, which PDF copies
// insert (合肥市 人大常委会 → 合肥市人大常委会), and trims the ends.
func squeeze(s string) string {
	s = strings.TrimFunc(s, isSpace)
	if strings.IndexFunc(s, isSpace) < 0 {
		return s
	}
	var b strings.Builder
	rs := []rune(s)
	for i, r := range rs {
		if isSpace(r) {
			k, j := i, i // the run of spaces holding i is rs[k:j]
			for k > 0 && isSpace(rs[k-1]) {
				k--
			}
			for j < len(rs) && isSpace(rs[j]) {
				j++
			}
			if k > 0 && j < len(rs) && isHan(rs[k-1]) && isHan(rs[j]) {
				continue
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

// firstRunes returns the prefix of s holding at most n runes, stopping
// before the first punctuation or space.
func firstRunes(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !(isHan(r) || unicode.IsLetter(r) || unicode.IsDigit(r)) {
			break
		}
		i += w
	}
	return s[:i]
}

// lastRunes returns the suffix of s holding at most n runes, stopping after
// the last punctuation or space.
func lastRunes(s string, n int) string {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		r, w := utf8.DecodeLastRuneInString(s[:i])
		if !(isHan(r) || unicode.IsLetter(r) || unicode.IsDigit(r)) {
			break
		}
		i -= w
	}
	return s[i:]
}
