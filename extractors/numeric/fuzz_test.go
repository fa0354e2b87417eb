package numeric

import (
	"testing"
	"time"
	"unicode/utf8"

	"github.com/policyx/policyx/pipeline"
)

// FuzzExtract checks that Extract never panics, that every span lies in the
// text on rune boundaries, and that value_max appears only with range.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"力争到“十四五”末全区技术合同交易额突破10亿元。",
		"300余人、7000余名，80万人，占比15.1%，居全国高新区第二。",
		"百分之八至九，四五千亿元，10%—15%，3至5个，翻两番，连续两年，3年内。",
		"给予 100 萬元、30 萬元獎勵；最高不超过20万元；近千公里；第3条；2024年3月5日。",
		"１２亿，６．４％，五元三毛，两个亿卢布，5千瓦，前十。",
		"国内生产总值去年增长5%，在基础上年均增长7%，今年增长，上年增长3%。",
		"投资数十亿元，上百家，几十万人次，跃上千亿元，成千上万，人数十人，最高奖励50万元，不超过总投资的30%，不低于每亩30万元。",
		"至2030年，产值突破千亿元。2027年前，建成50个。“十四五”末，达到100亿元。到2025年和2035年分别达到3%和4%。增加到一九八二年的六百五十亿元。",
	} {
		f.Add(s)
	}
	x := newExtractor(f, Options{ReferenceDate: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)})
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		doc := &pipeline.Document{ID: "f", Text: s}
		doc.Norm = pipeline.Identity(s)
		recs, err := x.Extract(doc)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range recs {
			n := r.(*pipeline.Numeric)
			sp := n.Span
			if sp.Start < 0 || sp.End > len(s) || sp.Start >= sp.End {
				t.Fatalf("span %v outside %d-byte text %q", sp, len(s), s)
			}
			if !utf8.RuneStart(s[sp.Start]) || sp.End < len(s) && !utf8.RuneStart(s[sp.End]) {
				t.Fatalf("span %v not on rune boundaries in %q", sp, s)
			}
			if (n.ValueMax != nil) != (n.Comparator == "range") {
				t.Fatalf("value_max %v with comparator %s in %q", n.ValueMax, n.Comparator, s[sp.Start:sp.End])
			}
		}
		x.Money(s)
	})
}
