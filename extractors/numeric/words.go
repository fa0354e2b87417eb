package numeric

import "strings"

// wordLists holds the built-in word lists of the package, split once by
// New from their constant spellings (fillers, metricLead, …) so that every
// Extractor has its own copy and no list is shared mutable state. The order
// of each list is that of its constant, which matters where the first
// match wins.
type wordLists struct {
	fillers       []string
	metricLead    []string
	metricTail    []string
	timeEnds      []string
	shareWords    []string
	shareAdverbs  []string
	quantityVerbs []string
	rankVerbs     []string
	rangeDashes   []string
	durationLeads []string
	money         []currencyWord
}

// A currencyWord is one entry of moneyPrefixes.
type currencyWord struct{ word, currency string }

// newWordLists splits the constant word lists.
func newWordLists() wordLists {
	l := wordLists{
		fillers:       strings.Fields(fillers),
		metricLead:    strings.Fields(metricLead),
		metricTail:    strings.Fields(metricTail),
		timeEnds:      strings.Fields(timeEnds),
		shareWords:    strings.Fields(shareWords),
		shareAdverbs:  strings.Fields(shareAdverbs),
		quantityVerbs: strings.Fields(quantityVerbs),
		rankVerbs:     strings.Fields(rankVerbs),
		rangeDashes:   strings.Fields(rangeDashes),
		durationLeads: strings.Fields(durationLeads),
	}
	for _, f := range strings.Fields(moneyPrefixes) {
		word, currency, _ := strings.Cut(f, ":")
		l.money = append(l.money, currencyWord{word: word, currency: currency})
	}
	return l
}
