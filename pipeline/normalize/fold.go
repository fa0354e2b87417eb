package normalize

// Context-free folding of single runes. Each source rune folds to at most one
// rune; the context-sensitive choices (commas, colons, straight quotes, "!",
// "?", apostrophes, spaces) are left to the emit step, which sees the
// neighbours.

const (
	dropRune  = -1   // the rune is removed from the view
	breakRune = '\n' // every line terminator folds to "\n"
)

// Canonical forms chosen for the view.
const (
	openQuote  = '“'
	closeQuote = '”'
	dash       = '—' // U+2014: —, –, ‒, ―, ⸺, ﹘ all fold here
	tilde      = '～' // U+FF5E: ~, 〜, ∼ all fold here
)

// foldRune returns the context-free folding of r: the rune itself, a
// replacement, or dropRune.
func (n *Normalizer) foldRune(r rune) rune {
	if r < 0x80 {
		switch r {
		case '(':
			return '（'
		case ')':
			return '）'
		case ';':
			return '；'
		case '~':
			return tilde
		case '\t':
			return ' '
		case '\v', '\f':
			return breakRune
		case 0x7F:
			return dropRune
		}
		if r < 0x20 && r != '\n' && r != '\r' {
			return dropRune
		}
		return r
	}
	if r >= 0x4E00 && r <= 0x9FFF {
		if s := n.t2s[r-0x4E00]; s != 0 {
			return s
		}
		return r
	}
	if r >= 0xFF01 && r <= 0xFF5E {
		switch r {
		case '！', '（', '）', '，', '：', '；', '？', '～':
			return r
		case '＂':
			return '"'
		case '－':
			return '-'
		case '．':
			return '.'
		}
		return r - 0xFEE0
	}
	switch r {
	case 0x80, 0x81, 0x82, 0x83, 0x84, 0x86, 0x87, 0x88, 0x89, 0x8A, 0x8B, 0x8C, 0x8D, 0x8E, 0x8F,
		0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9A, 0x9B, 0x9C, 0x9D, 0x9E, 0x9F:
		return dropRune // C1 controls
	case 0x85, 0x2028, 0x2029:
		return breakRune
	case 0xAD, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF:
		return dropRune // soft hyphen, zero-width and direction marks, BOM
	case 0x3000, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2008, 0x200A, 0x205F:
		return ' '
	case 0xA0, 0x2007, 0x2009, 0x202F:
		return r // kept as thin spaces: they may group thousands
	case '“', '「', '『', '﹁', '﹃', '｢', '〝':
		return openQuote
	case '”', '」', '』', '﹂', '﹄', '｣', '〞', '〟':
		return closeQuote
	case 0x2012, 0x2013, 0x2015, 0x2E3A, 0xFE58:
		return dash
	case 0x2010, 0x2011, 0x2212, 0xFE63:
		return '-'
	case 0x301C, 0x223C:
		return tilde
	case '﹐', '︐':
		return '，'
	case '﹑', '︑', '､':
		return '、'
	case '﹒':
		return '.'
	case '︒', '｡':
		return '。'
	case '﹔', '︔':
		return '；'
	case '﹕', '︓':
		return '：'
	case '﹖', '︖':
		return '？'
	case '﹗', '︕':
		return '！'
	case '﹙', '︵':
		return '（'
	case '﹚', '︶':
		return '）'
	case '﹝':
		return '〔'
	case '﹞':
		return '〕'
	case '・', '･', 0x2027:
		return '·'
	case '￠':
		return '¢'
	case '￡':
		return '£'
	case '￢':
		return '¬'
	case '￣':
		return '¯'
	case '￤':
		return '¦'
	case '￥':
		return '¥'
	case '￦':
		return '₩'
	}
	if r >= 0xF900 && r <= 0xFAFF {
		// CJK compatibility ideographs: leave as written; they are rare and
		// their canonical forms are not always the simplified ones.
		return r
	}
	return r
}

// isHan reports whether r is a Chinese character (including 〇).
func isHan(r rune) bool {
	switch {
	case r >= 0x4E00 && r <= 0x9FFF, r >= 0x3400 && r <= 0x4DBF,
		r >= 0x20000 && r <= 0x3134F, r >= 0xF900 && r <= 0xFAFF:
		return true
	}
	return r == '〇'
}

// isDigit reports whether r is an ASCII digit (full-width digits are folded
// before any test).
func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// isLatin reports whether r is an ASCII letter.
func isLatin(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

// isSpace reports whether r is horizontal white space after folding.
func isSpace(r rune) bool { return r == ' ' || isThinSpace(r) }

// isThinSpace reports whether r is a space that typesetting uses to group
// thousands (NBSP, figure, thin and narrow no-break space).
func isThinSpace(r rune) bool { return r == 0xA0 || r == 0x2007 || r == 0x2009 || r == 0x202F }

// isCJKPunct reports whether r is CJK or full-width punctuation, quotes,
// brackets or the dash and ellipsis used in Chinese text.
func isCJKPunct(r rune) bool {
	switch {
	case r >= 0x3000 && r <= 0x303F && r != '〇':
		return true
	case r >= 0xFF00 && r <= 0xFFEF:
		return true
	case r >= 0x2018 && r <= 0x201F, r == dash, r == '…', r == '·':
		return true
	}
	return false
}

// isClausePunct reports whether r ends a clause or a sentence.
func isClausePunct(r rune) bool {
	switch r {
	case '。', '，', '、', '；', '：', '！', '？', ',', ':', '!', '?', '…':
		return true
	}
	return false
}

// isSentenceEnd reports whether r ends a sentence or a clause that a
// heading never ends with (a heading may end in a closing quote, which is
// stripped before this test).
func isSentenceEnd(r rune) bool {
	switch r {
	case '。', '！', '？', '；', '：', '，', '、', '!', '?', ':', ',', '…', '.':
		return true
	}
	return false
}

// isOpener reports whether r opens a quote or a bracket, after folding.
func isOpener(r rune) bool {
	switch r {
	case openQuote, '‘', '（', '《', '〈', '【', '〔', '[':
		return true
	}
	return false
}

// isCloser reports whether r closes a quotation or a bracket.
func isCloser(r rune) bool {
	switch r {
	case closeQuote, '’', '）', '》', '〉', '】', '〕', ']', '"', '\'':
		return true
	}
	return false
}
