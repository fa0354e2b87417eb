package numeric

import (
	"regexp"
	"sort"
	"strconv"
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
// order, and returns them with the year of the report (see reportYear).
// A paragraph is a top-level heading when it is short, has no sentence end
// and starts with a Chinese numeral and 、 (一、…, 十二、…). Its outlook
// words (list "numeric-outlook") decide: a backward word (回顾, 过去) opens
// a review part, a forward word (今年, 任务, 建议, 目标) opens a forward
// one. A heading with neither that names the report's own year or a later
// one (三、2011年的工作) opens a forward part due that year; one that names
// an earlier year closes the open part. Any other heading with neither
// (三、继续保持经济平稳较快发展) continues an open forward part, which
// keeps its year: the plan of a report goes on under headings that name
// only a field of work, up to a backward heading. A review part ends at the
// next top-level heading.
func (x *Extractor) scopes(doc *pipeline.Document, ref time.Time) ([]scope, int) {
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
	year := reportYear(text, paras, ref)
	if len(x.outlook) == 0 {
		return nil, year
	}
	var out []scope
	open := -1
	for _, p := range paras {
		h := strings.TrimSpace(text[p.Start:p.End])
		if !isHeading(h) {
			continue
		}
		ahead, ok := x.headingOutlook(h)
		named := 0
		if !ok {
			named = x.writtenYear(h)
			switch {
			case year > 0 && named >= year:
				ahead, ok = true, true
			case named == 0 && open >= 0 && !out[open].review:
				continue // a field of work inside the plan
			}
		}
		if open >= 0 {
			out[open].span.End = p.Start
			open = -1
		}
		switch {
		case ok && ahead:
			y := named
			if y == 0 {
				y = x.headingYear(h, ref)
			}
			out = append(out, scope{span: pipeline.Span{Start: p.End, End: len(text)}, year: y})
		case ok:
			out = append(out, scope{span: pipeline.Span{Start: p.End, End: len(text)}, review: true})
		default:
			continue
		}
		open = len(out) - 1
	}
	return out, year
}

// maxPreamble caps, in bytes, how far from the start of a report its
// delivery date is looked for.
const maxPreamble = 1000

// dateLine matches the delivery date of a report (2017年3月5日在).
var dateLine = regexp.MustCompile(`((?:19|20|21)[0-9]{2})年[0-9]{1,2}月[0-9]{1,2}日在`)

// reportYear returns the year a report is written in: the year of the
// reference date ref when it is set, else the year of the delivery date
// written before the first top-level heading (——2017年3月5日在第十二届全国人民代表大会…),
// else 0. paras are the paragraphs of text, byte ranges of it.
func reportYear(text string, paras []pipeline.Span, ref time.Time) int {
	if !ref.IsZero() {
		return ref.Year()
	}
	end := min(len(text), maxPreamble)
	for _, p := range paras {
		if p.Start >= end {
			break
		}
		if isHeading(strings.TrimSpace(text[p.Start:p.End])) {
			end = p.Start
			break
		}
	}
	for end < len(text) && !utf8.RuneStart(text[end]) {
		end++
	}
	if m := dateLine.FindStringSubmatch(text[:end]); m != nil {
		y, err := strconv.Atoi(m[1])
		if err == nil {
			return y
		}
	}
	return 0
}

// writtenYear returns the first calendar year written in digits or Chinese
// numerals and followed by 年 in heading h (2011年, 二〇一一年), or 0.
func (x *Extractor) writtenYear(h string) int {
	for i := 0; i < len(h); {
		r, n := utf8.DecodeRuneInString(h[i:])
		if numeralStart(r) {
			if y, vn, ok := numeral.PrefixFloat(h[i:]); ok {
				if y >= 1900 && y <= 2200 && y == float64(int(y)) && strings.HasPrefix(h[i+vn:], "年") {
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

// planWords name a plan in a document's title (see planTitleYear).
var planWords = []string{"方案", "计划", "计画", "规划", "纲要"}

// titleRange matches a plan's period in a title: 2025—2027年,
// 2024-2026年, 2025年至2027年.
var titleRange = regexp.MustCompile(`((?:19|20)\d\d)\s*年?\s*(?:—|–|-|－|~|～|至|到)\s*((?:19|20)\d\d)\s*年`)

// titleTail matches what may follow a plan's head word at the end of the
// plan's title: its years in brackets, the closing title mark of a notice
// that issues it (》的通知), a draft's or a trial's note.
var titleTail = regexp.MustCompile(`^\s*(?:[（(][^（）()]*[）)]\s*)*(?:》\s*(?:的通知|的通告)?)?\s*(?:[（(](?:征求意见稿|试行|草案|送审稿)[）)])?\s*$`)

// planTitleYear returns the last year of the period the title of doc
// names when the title names a plan (…三年行动方案（2025—2027年）, 关于印发
// 《某市“十五五”科技创新规划》的通知 → 2030), or 0: the plan's targets
// are due then when they name no year of their own.
func (x *Extractor) planTitleYear(doc *pipeline.Document) int {
	if doc.Title.End <= doc.Title.Start || doc.Title.End > len(doc.Norm.Text) {
		return 0
	}
	t := doc.Norm.Text[doc.Title.Start:doc.Title.End]
	end := -1 // where the last plan word ends
	for _, w := range planWords {
		if i := strings.LastIndex(t, w); i >= 0 {
			end = max(end, i+len(w))
		}
	}
	if end < 0 || !titleTail.MatchString(t[end:]) {
		return 0 // 湘潭市“十四五”规划纲要新闻发布会举行: news of a plan, no plan
	}
	if m := titleRange.FindStringSubmatch(t); m != nil {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		if b >= a && b-a <= 15 {
			return b
		}
	}
	for i := 0; i < len(t); {
		last, n := 0, 0
		x.periods.at(t, i, func(w string, v period) bool { last, n = v.last, len(w); return false })
		if last > 0 {
			return last
		}
		_, size := utf8.DecodeRuneInString(t[i:])
		i += max(n, size)
	}
	return 0
}
