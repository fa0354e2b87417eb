package enumeration

import (
	"strings"
	"unicode/utf8"
)

// opening and closing pair quotes and brackets, inside which a clause mark
// does not end a heading.
func opening(r rune) bool {
	switch r {
	case '“', '‘', '「', '『', '《', '（', '(', '【', '〔', '［', '[':
		return true
	}
	return false
}

func closing(r rune) bool {
	switch r {
	case '”', '’', '」', '』', '》', '）', ')', '】', '〕', '］', ']':
		return true
	}
	return false
}

// headingOf returns the first clause of an item, without the marker and
// without the closing punctuation, read from t[from:limit], where from is
// the end of the marker. An article (第N条) gives its title: 第三条 申报条件 →
// 申报条件, and 第三条【申报条件】… → 申报条件.
func headingOf(t string, from, limit int, article bool) string {
	i := afterMarker(t, from, limit)
	if article {
		if r, n := nextRune(t, i, limit); r == '【' || r == '［' || r == '[' || r == '（' || r == '(' {
			if j := strings.IndexAny(t[i+n:limit], "】］]）)"); j > 0 && utf8.RuneCountInString(t[i+n:i+n+j]) <= 30 {
				return strings.TrimSpace(t[i+n : i+n+j])
			}
		}
	}
	if h, ok := clause(t, i, limit, article, true); ok {
		return h
	}
	h, _ := clause(t, i, limit, article, false)
	return h
}

// afterMarker skips the space and the one punctuation mark that may follow
// a marker (第一，, 首先：) and returns where the item's words begin.
func afterMarker(t string, i, limit int) int {
	i = skipSpace(t, i, limit)
	if r, n := nextRune(t, i, limit); strings.ContainsRune("，,：:、.．", r) {
		i = skipSpace(t, i+n, limit)
	}
	return i
}

// clause returns t[i:] up to the first clause mark or line break. With
// nested, marks and line breaks inside quotes and brackets are skipped; ok
// is false when a quote is left open. With article, a wide space (U+3000 or two spaces)
// also ends the clause, as it separates an article's title from its body.
func clause(t string, i, limit int, article, nested bool) (string, bool) {
	depth, spaces := 0, 0
	j := i
	for j < limit {
		r, n := utf8.DecodeRuneInString(t[j:limit])
		switch {
		case (r == '\n' || r == '\r') && !(nested && depth > 0):
			// A line break inside marks (关于《⏎…纲要（草案）⏎》的说明)
			// ends no clause; a mark left open, the caller reads again
			// without nesting.
			return strings.TrimSpace(t[i:j]), depth == 0
		case nested && opening(r):
			depth++
		case nested && closing(r):
			if depth > 0 {
				depth--
			}
		case depth == 0 && (isBoundary(r) || r == '。') && !thousands(t, j, limit):
			return strings.TrimSpace(t[i:j]), true
		case article && depth == 0 && j > i && (r == '\u3000' || (r == ' ' && spaces > 0)):
			return strings.TrimSpace(t[i:j]), true
		}
		if r == ' ' {
			spaces++
		} else {
			spaces = 0
		}
		j += n
	}
	return strings.TrimSpace(t[i:j]), depth == 0
}

// thousands reports whether the comma at byte j of t, read up to limit,
// groups the digits of a number (1,000萬元, 16,000張), as Hong Kong and
// Taiwan texts write them: a digit on each side, so it ends no clause.
func thousands(t string, j, limit int) bool {
	return t[j] == ',' && j > 0 && j+1 < limit && isASCIIDigit(t[j-1]) && isASCIIDigit(t[j+1])
}

func isASCIIDigit(b byte) bool { return b >= '0' && b <= '9' }

// numeralOnly reports whether s is empty or only Chinese numerals, as the
// 一 of 一是一，二是二 is: such a 是 is a copula, not a list marker.
func numeralOnly(s string) bool {
	for _, r := range s {
		if zhDigit(r) == -2 {
			return false
		}
	}
	return true
}
