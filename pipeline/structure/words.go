package structure

import (
	"strconv"
	"strings"
)

// bylineWords holds the word lists that read the positions of a byline,
// split once by New from their constant spellings (officeWords, titleEnds,
// …) so that no list is shared mutable state. Each keeps the order of its
// constant, which matters where the first match wins.
type bylineWords struct {
	office    []string
	titleEnds []string
	lead      []string
	places    []placeSuffix
	zones     []string
}

// A placeSuffix is one entry of placeSuffixes.
type placeSuffix struct {
	suffix string
	rank   int
}

// newBylineWords splits the constant word lists. It panics on a malformed
// placeSuffixes entry, which is a programming error like a bad pattern
// given to regexp.MustCompile.
func newBylineWords() bylineWords {
	w := bylineWords{
		office:    strings.Fields(officeWords),
		titleEnds: strings.Fields(titleEnds),
		lead:      strings.Fields(leadWords),
		zones:     strings.Fields(zoneSuffixes),
	}
	for _, f := range strings.Fields(placeSuffixes) {
		suffix, r, _ := strings.Cut(f, ":")
		rank, err := strconv.Atoi(r)
		if err != nil || suffix == "" {
			panic("structure: malformed place suffix " + strconv.Quote(f))
		}
		w.places = append(w.places, placeSuffix{suffix: suffix, rank: rank})
	}
	return w
}
