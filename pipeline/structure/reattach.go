package structure

import (
	"strings"
	"unicode/utf8"

	"github.com/policyx/policyx/pipeline"
)

// openers are single characters that often open a sentence as a word of
// their own (pronouns, prepositions, conjunctions, numerals, time words). A
// paragraph whose first word is another single character probably starts
// inside a word cut off by the page.
const openers = "我你他她它咱这那此其各每某该本全凡在于以对从为把将被让使向给由据按依经自至到当因如若但而并又与和及同或既也还更再才都就已正应须要可能会请是有无不没非第另今近去明前后上下中首一二三四五六七八九十两几多少大小高好只仅总共即便虽尽则故乃且亦均皆愿问答注附這們為對從將讓給據經當與還會請無沒後兩幾總雖盡則"

// nonOpeners are characters that never open a sentence: particles and
// suffixes.
const nonOpeners = "的了们吗呢吧啊么者性等們嗎麼"

// joinWidth is how many characters on each side of a join are segmented to
// test that a word crosses it.
const joinWidth = 3

// startsMid reports whether paragraph text t starts in the middle of a
// sentence: it opens with punctuation, a closing quote or a particle; or
// its first sentence is a bare fragment of at most four characters ended by
// 。 (量翻一番。); or, with seg, its first word is a single character that
// does not open sentences, followed by a longer word (新|主体|地位).
func startsMid(t string, seg pipeline.Segmenter) bool {
	r, _ := utf8.DecodeRuneInString(t)
	if startsWithPunct(t) || strings.ContainsRune(nonOpeners, r) {
		return true
	}
	// A bare fragment is a run of at most four letters right before the
	// first stop: look no further than five letters.
	if head := firstRunes(t, 5); head != "" && utf8.RuneCountInString(head) <= 4 {
		stop, n := utf8.DecodeRuneInString(t[len(head):])
		if (stop == '。' || stop == '｡') && len(head)+n < len(t) {
			return true
		}
	}
	if seg == nil {
		return false
	}
	head := firstRunes(t, 8)
	// The word test below holds only for a Han first character that does
	// not open sentences followed by at least two more characters; decide
	// the other heads without segmenting them.
	r0, n0 := utf8.DecodeRuneInString(head)
	if !isHan(r0) || strings.ContainsRune(openers, r0) || utf8.RuneCountInString(head[n0:]) < 2 {
		return false
	}
	toks := seg.Segment(head)
	if len(toks) < 2 || toks[0].Start != 0 {
		return false
	}
	w1 := head[toks[1].Start:toks[1].End]
	return toks[0].End == n0 && utf8.RuneCountInString(w1) >= 2
}

// startsWithPunct reports whether t opens with a mark that cannot start a
// sentence: a comma, stop, colon or closing quote or bracket.
func startsWithPunct(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return strings.ContainsRune("，、。；：,;:！？!?…", r) || (isCloser(r) && r != '"' && r != '\'')
}

// crosses reports whether seg finds a word across the join of the end of a
// and the start of b, checked on joinWidth characters from each side:
// 企业数 + 量翻一 → 企业|数量|翻|一 crosses.
func crosses(seg pipeline.Segmenter, a, b string) bool {
	x, y := lastRunes(a, joinWidth), firstRunes(b, joinWidth)
	if x == "" || y == "" {
		return false
	}
	for _, t := range seg.Segment(x + y) {
		if t.Start < len(x) && t.End > len(x) {
			return true
		}
	}
	return false
}

// reattach finds sections whose own text stops mid-sentence and paragraphs
// elsewhere that start mid-sentence, and joins them when the match is
// unambiguous.
//
// A dangling end is the last body paragraph of a byline section when it
// ends mid-sentence. A candidate is a body paragraph inside a section that
// starts mid-sentence (see startsMid) although the paragraph before it is a
// heading or ends a sentence. With seg, a candidate joins the one dangling
// end across whose join seg finds a word, provided no other candidate joins
// that end; without seg, only a single candidate joins a single dangling
// end.
//
// The joined run goes from the candidate to the paragraph before the first
// of: the next heading, the next candidate, or a paragraph that names its
// physical section's region (short form, 合肥 for 合肥高新区) but not the
// dangling section's. The run becomes a fragment of the dangling section;
// when it is the tail of its physical section, that section's span ends
// before it. Candidates that join nothing are recorded in doc.Unplaced
// (the candidate paragraph only) and stay in their physical section.
//
// Only documents with sections are examined: a mid-sentence start in a
// single running text is a conversion artefact, not a column out of order.
func (s *Structurer) reattach(doc *pipeline.Document, ps []para, starts []int, seg pipeline.Segmenter) {
	if len(starts) == 0 || len(starts) != len(doc.Sections) {
		return
	}
	secOf := make([]int, len(ps))
	lastOf := make([]int, len(starts)) // last paragraph of each section
	for i := range secOf {
		secOf[i] = -1
	}
	for k, st := range starts {
		end := len(ps)
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		for i := st; i < end; i++ {
			secOf[i] = k
		}
		lastOf[k] = end - 1
	}

	var dangling []int // section index; the paragraph is bodyEnd[k]
	bodyEnd := make([]int, len(starts))
	for k := range starts {
		bodyEnd[k] = -1
		for j := lastOf[k]; j >= starts[k]; j-- {
			if !ps[j].structural {
				bodyEnd[k] = j
				break
			}
		}
		if j := bodyEnd[k]; j >= 0 && ps[j].open {
			dangling = append(dangling, k)
		}
	}

	var cands []int
	for i := 1; i < len(ps); i++ {
		if ps[i].structural || secOf[i] < 0 {
			continue
		}
		if prev := &ps[i-1]; !prev.structural && prev.open {
			continue // an ordinary line break inside a paragraph
		}
		if startsMid(ps[i].text, seg) {
			cands = append(cands, i)
		}
	}

	matches := make([][]int, len(cands))
	taken := map[int]int{}
	for ci, c := range cands {
		for _, k := range dangling {
			if secOf[c] == k {
				continue
			}
			if seg == nil || crosses(seg, ps[bodyEnd[k]].text, ps[c].text) {
				matches[ci] = append(matches[ci], k)
			}
		}
		if len(matches[ci]) == 1 {
			taken[matches[ci][0]]++
		}
	}
	isCand := map[int]bool{}
	for _, c := range cands {
		isCand[c] = true
	}
	for ci, c := range cands {
		ok := len(matches[ci]) == 1 && taken[matches[ci][0]] == 1
		if seg == nil {
			ok = ok && len(cands) == 1 && len(dangling) == 1
		}
		if !ok {
			doc.Unplaced = append(doc.Unplaced, ps[c].span)
			continue
		}
		k := matches[ci][0]
		phys := secOf[c]
		own := s.words.shortName(doc.Sections[phys].Region)
		their := s.words.shortName(doc.Sections[k].Region)
		j := c
		for j+1 <= lastOf[phys] {
			n := &ps[j+1]
			if n.structural || isCand[j+1] {
				break
			}
			if own != "" && own != their && strings.Contains(n.text, own) && (their == "" || !strings.Contains(n.text, their)) {
				break
			}
			j++
		}
		doc.Sections[k].Fragments = append(doc.Sections[k].Fragments, pipeline.Span{Start: ps[c].span.Start, End: ps[j].span.End})
		if j == lastOf[phys] && c-1 >= starts[phys] {
			doc.Sections[phys].Span.End = ps[c-1].span.End
		}
	}
}
