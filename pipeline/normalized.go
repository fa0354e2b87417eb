package pipeline

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
	for i := 0; i < len(text); {
		n := 1
		for i+n < len(text) && text[i+n]&0xC0 == 0x80 {
			n++
		}
		b.Map(text[i:i+n], i, i+n)
		i += n
	}
	return b.Build(len(text))
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

// SourceOffset maps one byte offset of Text to the original text (the start
// of the source of the rune there, or the end of the text).
func (n *Normalized) SourceOffset(off int) int {
	if len(n.from) == 0 {
		return off
	}
	if off >= len(n.Text) {
		return n.srcLen
	}
	return int(n.from[off])
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
	for range len(s) {
		b.from = append(b.from, int32(start))
		b.to = append(b.to, int32(end))
	}
}

// Len returns the number of normalized bytes appended so far.
func (b *NormalizedBuilder) Len() int { return len(b.buf) }

// Build returns the view. srcLen is the length of the original text.
func (b *NormalizedBuilder) Build(srcLen int) Normalized {
	return Normalized{Text: string(b.buf), from: b.from, to: b.to, srcLen: srcLen}
}
