package pipeline

import (
	"slices"
	"unicode/utf8"
)

// Normalized is the matching view of a text: width-folded, punctuation and
// quotes unified, furniture removed, broken paragraphs joined. It keeps, for
// every byte of Text, the byte range of the original text it came from, so
// any span of the view maps back exactly. The zero value maps nothing; use
// Identity or a NormalizedBuilder.
type Normalized struct {
	// Text is the normalized text.
	Text string
	// from[i] and to[i] are the original byte range that produced Text[i].
	from, to []int32
	srcLen   int
}

// Identity returns a Normalized view equal to text itself.
func Identity(text string) Normalized {
	var b NormalizedBuilder
	b.Grow(len(text))
	if utf8.ValidString(text) {
		b.MapRun(text, 0)
		return b.Build(len(text))
	}
	// A malformed sequence (a lead byte and the continuation bytes after
	// it) maps as one piece; so does each rune, as MapRun maps it.
	for i := 0; i < len(text); {
		n := seqLen(text, i)
		b.Map(text[i:i+n], i, i+n)
		i += n
	}
	return b.Build(len(text))
}

// seqLen returns the length of the byte at i of text and the continuation
// bytes that follow it.
func seqLen(text string, i int) int {
	n := 1
	for i+n < len(text) && text[i+n]&0xC0 == 0x80 {
		n++
	}
	return n
}

// ToSource maps a byte span of Text to a byte span of the original text.
// The start maps to where the first normalized rune came from; the end maps
// through the END of the source of the last normalized rune, so a span never
// swallows deleted text (a dropped line break, page furniture) that follows
// it. An empty span maps to an empty span at its position.
func (n *Normalized) ToSource(s Span) Span {
	if len(n.from) == 0 {
		return s
	}
	if s.Start < 0 {
		s.Start = 0
	}
	if s.End > len(n.Text) {
		s.End = len(n.Text)
	}
	if s.Start >= len(n.Text) {
		return Span{n.srcLen, n.srcLen}
	}
	if s.End <= s.Start {
		p := int(n.from[s.Start])
		return Span{p, p}
	}
	return Span{int(n.from[s.Start]), int(n.to[s.End-1])}
}

// A NormalizedBuilder assembles a Normalized view piece by piece. Pieces are
// appended in source order. The zero value is ready to use.
type NormalizedBuilder struct {
	buf      []byte
	from, to []int32
}

// Grow reserves room for n more bytes of normalized text.
func (b *NormalizedBuilder) Grow(n int) {
	if cap(b.buf)-len(b.buf) < n {
		nb := make([]byte, len(b.buf), len(b.buf)+n)
		copy(nb, b.buf)
		b.buf = nb
		nf := make([]int32, len(b.from), len(b.from)+n)
		copy(nf, b.from)
		b.from = nf
		nt := make([]int32, len(b.to), len(b.to)+n)
		copy(nt, b.to)
		b.to = nt
	}
}

// Map appends s to the normalized text as the rendering of the original
// bytes [start, end). Every byte of s maps back to that whole range.
func (b *NormalizedBuilder) Map(s string, start, end int) {
	b.buf = append(b.buf, s...)
	n := len(b.from)
	b.from = slices.Grow(b.from, len(s))[:n+len(s)]
	b.to = slices.Grow(b.to, len(s))[:n+len(s)]
	from, to := b.from[n:], b.to[n:]
	for i := range from {
		from[i], to[i] = int32(start), int32(end)
	}
}

// MapRun appends src, a run of the original text copied unchanged from
// byte offset start, as its own rendering: every byte of each rune of src
// maps back to that rune's own byte range, exactly as if Map had been
// called once per rune with Map(rune, start+i, start+i+len(rune)). Runes
// are delimited as utf8.DecodeRuneInString delimits them, so an invalid
// byte maps to itself alone.
func (b *NormalizedBuilder) MapRun(src string, start int) {
	b.buf = append(b.buf, src...)
	n := len(b.from)
	b.from = slices.Grow(b.from, len(src))[:n+len(src)]
	b.to = slices.Grow(b.to, len(src))[:n+len(src)]
	from, to := b.from[n:], b.to[n:]
	for i := 0; i < len(src); {
		if src[i] < utf8.RuneSelf {
			from[i], to[i] = int32(start+i), int32(start+i+1)
			i++
			continue
		}
		_, m := utf8.DecodeRuneInString(src[i:])
		s, e := int32(start+i), int32(start+i+m)
		for k := i; k < i+m; k++ {
			from[k], to[k] = s, e
		}
		i += m
	}
}

// Len returns the number of normalized bytes appended so far.
func (b *NormalizedBuilder) Len() int { return len(b.buf) }

// Build returns the view. srcLen is the length of the original text.
func (b *NormalizedBuilder) Build(srcLen int) Normalized {
	return Normalized{Text: string(b.buf), from: b.from, to: b.to, srcLen: srcLen}
}
