package initiative

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// wordLists holds the built-in word lists of the package, split once by
// New from their constant spellings (nationalPrefixes, innerHeads, …) so
// that every Extractor has its own copy and no list is shared mutable
// state. They are short lists of words that the rules themselves name,
// not vocabulary: that is the dictionary's. The order of each list is that
// of its constant, which matters where the first match wins.
type wordLists struct {
	nationalPrefixes  []string
	innerHeads        []string
	planHeads         []string
	clauseOpeners     []string
	secondVerbs       []string
	schemeVerbs       []string
	twinPrefixes      []string
	zoneEnds          []string
	contentWords      []string
	schemeGoverning   []string
	schemeLeads       []string
	schemeGenericEnds []string
	constructionEnds  []string
	schemeLeadVerbs   []string
	promotionWords    []string
	schemeModalWords  []string
	prepositions      []string // taggedPrepositions
}

// newWordLists splits the constant word lists.
func newWordLists() wordLists {
	return wordLists{
		nationalPrefixes:  strings.Fields(nationalPrefixes),
		innerHeads:        strings.Fields(innerHeads),
		planHeads:         strings.Fields(planHeads),
		clauseOpeners:     strings.Fields(clauseOpeners),
		secondVerbs:       strings.Fields(secondVerbs),
		schemeVerbs:       strings.Fields(schemeVerbs),
		twinPrefixes:      strings.Fields(twinPrefixes),
		zoneEnds:          strings.Fields(zoneEnds),
		contentWords:      strings.Fields(contentWords),
		schemeGoverning:   strings.Fields(schemeGoverning + " " + taggedPrepositions),
		schemeLeads:       strings.Fields(schemeLeads),
		schemeGenericEnds: strings.Fields(schemeGenericEnds),
		constructionEnds:  strings.Fields(constructionEnds),
		schemeLeadVerbs:   strings.Fields(schemeLeadVerbs),
		promotionWords:    strings.Fields(promotionWords),
		schemeModalWords:  strings.Fields(schemeModalWords),
		prepositions:      strings.Fields(taggedPrepositions),
	}
}

// endsWithAny reports whether s ends in one of words.
func endsWithAny(s string, words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return strings.HasSuffix(s, w) })
}

// wordEndsAt reports whether one of words ends just before rune i.
func (m *matcher) wordEndsAt(i int, words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return m.hasPrefix(i, w) })
}

// wordStartsAt reports whether one of words starts at rune i.
func (m *matcher) wordStartsAt(i int, words []string) bool { return m.wordLength(i, words) > 0 }

// wordLength returns the length in runes of the first of words that starts
// at rune i, or 0.
func (m *matcher) wordLength(i int, words []string) int {
	for _, w := range words {
		if m.hasPrefixAt(i, w) {
			return utf8.RuneCountInString(w)
		}
	}
	return 0
}

// startsWithAny reports whether s opens with one of words.
func startsWithAny(s string, words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return strings.HasPrefix(s, w) })
}
