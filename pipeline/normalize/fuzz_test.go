package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/policyx/policyx/pipeline"
)

// FuzzNormalize checks that Normalize never panics and that every span of
// the view between rune boundaries maps back inside the original text, on
// its rune boundaries, with start <= end, monotone in both ends.
func FuzzNormalize(f *testing.F) {
	seeds := []string{
		"",
		"\r\n\r\n",
		"营造创新创业环境　打造高质量发展样板\r\n\r\n视觉中国供图\r\n",
		longText + "\n\n批国内领先成果。",
		"投入１，２００，０００元,增长３０％；10:30 “十四五” 「規劃」",
		"12 345 678元 1\u202f200 科 技 创 新 \"甲\"乙\" China's",
		"正文。\n- 3 -\n第3页 共12页\n(图：王五)\n责任编辑：赵六",
		"全年地区生产总值达到1.25\n万亿元，增长5.\n2%，就业15\n.6万人，3至\n5万人。\n合计\n1200",
		"\u200b\ufeff\u00ad\x00\x7f\u0085\u2028\u2029\f\v",
		"宋道军 合肥市人大常委会副主任\n\n第三条　本办法",
		"濱(bin)州(zhou)市人民政府辦(ban)公室關(guan)于(yu)加快(kuai),各(ge)(ge)縣(市(shi)、區(qu)(qu))。(a)项",
		"补(bǔ)贴（lǐng）工(gong)程(",
		"正文。\n\n本作品是\n法律\n，属于\n公有领域\n。\n\n版权所有 © 2023\nPublic domain\nfalse",
		"“六乱” [1]整治、数据应用［29］等[", "收入[12]17.7亿元。\n[1] 加强领导 [",
		summaryPoints,
		"作报告。湖南日报全媒体记者刘尚文摄\n\n各位代表：\n\n图：市府提供\n\n南投县政府/提供\n\n摄",
		"壹、計畫緣由:全球暖化，為增進員工之維\n\n貳、依據:\n\n參、 計畫內容:",
	}
	seeds = append(seeds,
		typeset(speech1, 28, false)+"\n\n- 2 -\n\n"+typeset(speech2, 28, true)+"\n某县人民政府\n2023年5月6日",
		typeset(article1, 26, false)+"\n"+typeset(article2, 26, false)+"\n"+typeset(article3, 26, false))
	for _, s := range seeds {
		f.Add(s)
	}
	n := New()
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			text = strings.ToValidUTF8(text, "\uFFFD")
		}
		doc := &pipeline.Document{Text: text}
		if err := n.Normalize(doc); err != nil {
			t.Fatal(err)
		}
		checkSpans(t, doc)
	})
}

// checkSpans checks ToSource on every span [i, j) of rune boundaries of the
// view (all of them for short views, a band of widths for long ones).
func checkSpans(t *testing.T, doc *pipeline.Document) {
	t.Helper()
	norm, text := doc.Norm.Text, doc.Text
	if !utf8.ValidString(norm) {
		t.Fatalf("view %q is not valid UTF-8", norm)
	}
	var bounds []int
	for i := range norm {
		bounds = append(bounds, i)
	}
	bounds = append(bounds, len(norm))
	width := len(bounds)
	if width > 64 {
		width = 64
	}
	for a, i := range bounds {
		prev := pipeline.Span{Start: -1, End: -1}
		for b := a; b < len(bounds) && b-a < width; b++ {
			j := bounds[b]
			s := doc.Norm.ToSource(pipeline.Span{Start: i, End: j})
			if s.Start < 0 || s.End > len(text) || s.Start > s.End {
				t.Fatalf("span [%d,%d) of %q maps to %v, outside %q", i, j, norm, s, text)
			}
			if !boundary(text, s.Start) || !boundary(text, s.End) {
				t.Fatalf("span [%d,%d) of %q maps to %v, not on rune boundaries of %q", i, j, norm, s, text)
			}
			if b > a && (s.Start != prev.Start || s.End < prev.End) {
				t.Fatalf("span [%d,%d) of %q maps to %v after %v: not monotone", i, j, norm, s, prev)
			}
			prev = s
		}
		if a > 0 {
			p := doc.Norm.ToSource(pipeline.Span{Start: bounds[a-1], End: i})
			q := doc.Norm.ToSource(pipeline.Span{Start: i, End: i})
			if q.Start < p.Start {
				t.Fatalf("start %d of %q maps to %d, before %d", i, norm, q.Start, p.Start)
			}
		}
	}
	checkRunes(t, doc)
}
