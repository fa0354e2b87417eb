package numeric

import (
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/policyx/policyx/extractors/numeral"
	"github.com/policyx/policyx/pipeline"
)

// A scope is a forward-looking part of a report: the text under a
// top-level heading such as 二、2025年经济社会发展总体要求和政策取向 or
// 三、2016年重点工作, up to the next top-level heading. Span is a byte
// range of Norm.Text; year is the year the heading plans for (written, 今年
// or 明年 resolved against the reference date, or a five-year period's last
// year), 0 when unknown. A review scope is a backward part instead (一、过去
// 五年工作回顾, 一、2013年工作回顾): there a plan or norm cue reports what
// was done (see held); its year is 0.
type scope struct {
	span   pipeline.Span
	year   int
	review bool
}

// maxHeading is the longest top-level heading, in runes.
const maxHeading = 40

// scopes finds the forward-looking and the backward parts of doc, in text
// order. A paragraph is a top-level heading when it is short, has no
// sentence end and starts with a Chinese numeral and 、 (一、…, 十二、…).
// Its outlook words (list "numeric-outlook") decide: a backward word (回顾,
// 过去) opens a review part, a forward word (今年, 任务, 建议, 目标) opens a
// forward one, and a heading with neither (三、关于国际形势和外交工作)
// closes the open part. Each part runs to the next top-level heading.
func (x *Extractor) scopes(doc *pipeline.Document, ref time.Time) []scope {
	if len(x.outlook) == 0 {
		return nil
	}
	text := doc.Norm.Text
	paras := doc.Paragraphs
	if len(paras) == 0 {
		for i := 0; i < len(text); {
			j := strings.IndexByte(text[i:], '\n')
			if j < 0 {
				j = len(text) - i
			}
			paras = append(paras, pipeline.Span{Start: i, End: i + j})
			i += j + 1
		}
	}
	var out []scope
	open := -1
	for _, p := range paras {
		h := strings.TrimSpace(text[p.Start:p.End])
		if !isHeading(h) {
			continue
		}
		if open >= 0 {
			out[open].span.End = p.Start
			open = -1
		}
		ahead, ok := x.headingOutlook(h)
		switch {
		case ok && ahead:
			out = append(out, scope{span: pipeline.Span{Start: p.End, End: len(text)}, year: x.headingYear(h, ref)})
		case ok:
			out = append(out, scope{span: pipeline.Span{Start: p.End, End: len(text)}, review: true})
		default:
			continue
		}
		open = len(out) - 1
	}
	return out
}

// isHeading reports whether the paragraph h is a top-level heading.
func isHeading(h string) bool {
	if h == "" || utf8.RuneCountInString(h) > maxHeading || strings.ContainsAny(h, "。！？") {
		return false
	}
	i := 0
	for i < len(h) {
		r, n := utf8.DecodeRuneInString(h[i:])
		if !strings.ContainsRune("一二三四五六七八九十", r) {
			break
		}
		i += n
	}
	return i > 0 && strings.HasPrefix(h[i:], "、")
}

// headingOutlook returns whether heading h looks ahead; ok is false when
// it has no outlook word.
func (x *Extractor) headingOutlook(h string) (ahead, ok bool) {
	for _, w := range x.outlook {
		if !w.ahead && strings.Contains(h, w.word) {
			return false, true
		}
	}
	for _, w := range x.outlook {
		if w.ahead && strings.Contains(h, w.word) {
			return true, true
		}
	}
	return false, false
}

// headingYear returns the year a forward heading plans for, or 0.
func (x *Extractor) headingYear(h string, ref time.Time) int {
	for i := 0; i < len(h); {
		if n := x.periodAt(h, i); n > 0 {
			var p period
			x.periods.at(h, i, func(_ string, v period) bool { p = v; return false })
			return p.last
		}
		if y, e := relativeYear(h, i, ref); e > i {
			return y
		}
		r, n := utf8.DecodeRuneInString(h[i:])
		if numeralStart(r) {
			if y, vn, ok := numeral.PrefixFloat(h[i:]); ok {
				if y >= 1900 && y <= 2200 && strings.HasPrefix(h[i+vn:], "年") {
					return int(y)
				}
				i += vn
				continue
			}
		}
		i += n
	}
	return 0
}

// scopeAt returns the forward or review scope holding the byte offset off.
func scopeAt(scopes []scope, off int) (scope, bool) {
	i := sort.Search(len(scopes), func(i int) bool { return scopes[i].span.End > off })
	if i < len(scopes) && scopes[i].span.Start <= off {
		return scopes[i], true
	}
	return scope{}, false
}
