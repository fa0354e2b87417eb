package numeral

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// rat parses an exact test value: "1.5", "-3", "1/3".
func rat(t testing.TB, s string) *big.Rat {
	t.Helper()
	v, ok := new(big.Rat).SetString(s)
	require.True(t, ok, "bad test value %q", s)
	return v
}

func TestParse(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		// Arabic.
		{"integer", "2023", "2023"},
		{"decimal", "10.233", "10.233"},
		{"trailing zeros", "4.800", "4.8"},
		{"leading zero", "01.10", "1.1"},
		{"leading point", ".5", "0.5"},
		{"negative leading point", "-.5", "-0.5"},
		{"thousands", "1,200,000", "1200000"},
		{"thousands and decimal", "10,000.233", "10000.233"},
		{"full-width", "１２.５", "12.5"},
		{"full-width thousands", "４，５６５", "4565"},
		{"mixed width", "2４4", "244"},
		{"space thousands", "1 200", "1200"},
		{"thin space thousands", "1\u2009200\u2009000", "1200000"},
		{"spaced digits", "7 2", "72"},
		{"exponent", "2e5", "200000"},
		{"negative exponent", "-12e-1", "-1.2"},
		{"full-width exponent", "２.７８９０e－１", "0.2789"},
		{"power", "2^5", "32"},
		{"negative power", "2.5^-1", "0.4"},
		{"sign before power", "-1.1^+2", "-1.21"},
		{"si k", "40k", "40000"},
		{"si M with space", "-2.5 M", "-2500000"},
		{"si G", ".0012G", "1200000"},
		{"si w", "30w", "300000"},
		{"plus sign", "+3.5", "3.5"},
		{"minus sign U+2212", "−5", "-5"},
		{"surrounding spaces", "  42 ", "42"},
		// Arabic fractions.
		{"slash", "３／５", "3/5"},
		{"negative slash", "-3/2", "-3/2"},
		{"mixed slash", "1 ３/5", "8/5"},
		// Chinese with units.
		{"zero", "零", "0"},
		{"ling circle", "〇", "0"},
		{"one", "一", "1"},
		{"ten", "十", "10"},
		{"eleven", "十一", "11"},
		{"yi shi yi", "一十一", "11"},
		{"thousands", "一千二百零三", "1203"},
		{"wan", "一千二百万", "12000000"},
		{"yi wan", "四亿五千六百四十二万零一十五", "456420015"},
		{"ling between sections", "一千零一万零一", "10010001"},
		{"wan yi chain", "一千一百一十一万一千一百一十一亿一千一百一十一万一千一百一十一", "1111111111111111"},
		{"ling shi", "一千零十", "1010"},
		{"ling shi alone", "零十", "10"},
		{"ling shi wan", "一百零十万", "1100000"},
		{"ling bai", "一万零百一十一", "10111"},
		{"bai shi without digit", "一百十一", "111"},
		// Elided units.
		{"elided after wan", "一万三", "13000"},
		{"elided before point", "两千三点一", "2300.1"},
		{"bare bai", "百三", "130"},
		{"bare qian", "千一", "1100"},
		{"bare wan", "萬九", "19000"},
		{"elided before wan", "百二萬", "1200000"},
		{"elided in chain", "五兆六十二亿四万五千二", "5006200045200"},
		{"ling blocks elision", "一万零一", "10001"},
		{"ling blocks elision yi", "五亿零六", "500000006"},
		// Liang and variants.
		{"liang", "两", "2"},
		{"liang bai", "两百", "200"},
		{"traditional liang", "兩千四百五", "2450"},
		{"lia", "倆千两百贰拾二", "2222"},
		// Nian sa xi.
		{"nian", "廿", "20"},
		{"nian er", "廿二", "22"},
		{"sa", "五百卅四", "534"},
		{"xi", "一萬零卌", "10040"},
		// Financial and traditional.
		{"financial", "壹仟壹佰壹拾壹", "1111"},
		{"financial wan", "參萬肆仟伍佰零柒", "34507"},
		{"traditional", "負四百零五億零四百零四萬", "-40504040000"},
		{"traditional point", "零點五", "0.5"},
		// Big units.
		{"wan yi", "3.2万亿", "3200000000000"},
		{"wan wan", "四万万", "400000000"},
		{"arabic wan wan", "10万万", "1000000000"},
		{"shi wan yi", "十万亿", "10000000000000"},
		{"yi after wan group", "一万五千亿", "1500000000000"},
		{"zhao", "五十五兆一十二亿四万五千二", "55001200045200"},
		{"bare zhao", "五兆", "5000000000000"},
		{"bai wan", "百万", "1000000"},
		// Mixed.
		{"mixed decimal wan", "1.5万", "15000"},
		{"mixed yi", "10亿", "1000000000"},
		{"mixed units", "5万4千6百", "54600"},
		{"arabic after unit", "3万4000", "34000"},
		{"arabic after ling", "200亿零四千230", "20000004230"},
		{"arabic bai", "1百01", "101"},
		{"thousands then wan", "1,100.9亿", "110090000000"},
		{"qian wan after decimal", "1.5千万", "15000000"},
		{"full-width mixed", "１１.92亿", "1192000000"},
		{"chinese decimal then wan", "一点五万", "15000"},
		// A user-level spot-check (2026): a big unit after the decimal of a
		// numeral with 十 or 百 (十二点五亿元 had given no record).
		{"chinese decimal after tens then yi", "十二点五亿", "1250000000"},
		{"chinese decimal after hundreds then yi", "一百二十三点四亿", "12340000000"},
		{"chinese decimal after tens then wan", "十二点五万", "125000"},
		{"chinese point arabic digits", "一百点123", "100.123"},
		// Spaces from PDF copies.
		{"space before wan", "200 万", "2000000"},
		{"spaces everywhere", "三千 八百 九十六 万 四千 九百 六十五", "38964965"},
		{"spaced point", "四百 点 五", "400.5"},
		{"spaced mixed", "7 万5 千4 百", "75400"},
		{"sign space", "- 1,200,000", "-1200000"},
		{"traditional sign space", "負 1,200,000", "-1200000"},
		// Decimals.
		{"chinese decimal", "三点一四", "3.14"},
		{"decimal after wan", "两千万点五五四四", "20000000.5544"},
		{"point zero", "两千点零", "2000"},
		{"many zeros", "零点零零零零零零零零零零零零零零一", "0.000000000000001"},
		// Digit sequences.
		{"year", "二〇〇二", "2002"},
		{"digit seq ling", "一七二零", "1720"},
		{"digit seq decimal", "一七二零点一三四", "1720.134"},
		{"digit seq yao", "幺八九", "189"},
		{"digit seq financial", "壹壹", "11"},
		{"digit seq leading zero", "零零三", "3"},
		{"digit seq negative", "负一七二零", "-1720"},
		// Fractions.
		{"fraction", "三分之一", "1/3"},
		{"percent as number", "百分之五", "1/20"},
		{"fraction of decimal", "一百分之五十五点五七九", "0.55579"},
		{"mixed fraction", "三又三分之一", "10/3"},
		{"mixed arabic fraction", "3又一千分之23", "3.023"},
		{"negative mixed", "负一又二分之一", "-1.5"},
		{"signs cancel", "负３分之负一百五十七", "157/3"},
		{"spaced fraction", "三 百 五 又 三 分之 一", "1051/3"},
		{"elided denominator", "四千二分之三", "1/1400"},
		{"ling shi numerator", "二十五分之一千零拾肆", "40.56"},
		// Half.
		{"yi ban", "一半", "0.5"},
		{"ban bai", "半百", "50"},
		// Negative.
		{"fu", "负三十二", "-32"},
		{"fu arabic", "负10000", "-10000"},
		{"fu decimal", "负零点一零", "-0.1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(tt.in)
			require.NoError(t, err)
			assert.Equal(t, rat(t, tt.want).RatString(), got.RatString(), "Parse(%q)", tt.in)
		})
	}
}

func TestParseRejects(t *testing.T) {
	tests := []struct {
		name, in string
		want     error
	}{
		{"empty", "", ErrSyntax},
		{"spaces only", "  ", ErrSyntax},
		{"currency only", "元整", ErrSyntax},
		{"sign only", "负", ErrSyntax},
		{"double point", "10..1万", ErrSyntax},
		{"digits after decimal wan", "10.1万零100", ErrSyntax},
		{"point without integer", "点一", ErrSyntax},
		{"point without digits", "零点", ErrSyntax},
		{"two points", "零点点", ErrSyntax},
		{"trailing word", "零点零大", ErrSyntax},
		{"two numerals", "十一十二", ErrSyntax},
		{"range", "十七十八", ErrSyntax},
		{"bare bai", "百", ErrSyntax},
		{"bare wan", "万", ErrSyntax},
		{"bare ban", "半", ErrSyntax},
		{"approximation", "五百余万", ErrSyntax},
		{"unit", "10亿元", ErrSyntax},
		{"counter", "一个", ErrSyntax},
		{"liang pair", "两两", ErrSyntax},
		{"liang after point", "两百点两", ErrSyntax},
		{"yao alone", "幺", ErrSyntax},
		{"ling wan", "一百零万", ErrSyntax},
		{"unit after wan", "一万千", ErrSyntax},
		{"wan after yi", "一亿万", ErrSyntax},
		{"date", "2023/10/01", ErrSyntax},
		{"list", "1, 234", ErrSyntax},
		{"ideographic comma", "120，150", ErrSyntax},
		{"percent sign", "5%", ErrSyntax},
		{"si unit word", "12kg", ErrSyntax},
		{"double exponent sign", "-1.1^--23", ErrSyntax},
		{"invalid utf-8", "1\xff", ErrSyntax},
		{"zero denominator", "零分之一", ErrZeroDenominator},
		{"zero slash", "1/0", ErrZeroDenominator},
		{"zero power", "0^-1", ErrZeroDenominator},
		{"too many digits", strings.Repeat("9", 201), ErrRange},
		{"too many chinese digits", "零点" + strings.Repeat("一", 201), ErrRange},
		{"exponent too large", "1e201", ErrRange},
		{"value too large", "1" + strings.Repeat("亿", 40), ErrRange},
		{"power too large", "999999^64", ErrRange},
		{"too many units", strings.Repeat("一万", 300), ErrRange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := Parse(tt.in)
			require.Error(t, err, "Parse(%q) = %v", tt.in, v)
			assert.True(t, errors.Is(err, tt.want), "Parse(%q): %v, want %v", tt.in, err, tt.want)
			assert.Nil(t, v)
		})
	}
}

func TestPrefix(t *testing.T) {
	tests := []struct {
		name, in, want string
		n              int // length in bytes; -1 when ok is false
	}{
		{"unit after yi", "10亿元", "1000000000", len("10亿")},
		{"approximation", "五百余万元", "500", len("五百")},
		{"duo", "十多万", "10", len("十")},
		{"zuoyou", "30%左右", "30", len("30")},
		{"trailing ling", "一百零几万", "100", len("一百")},
		{"space before unit", "200 万元", "2000000", len("200 万")},
		{"no trailing space", "200 元", "200", len("200")},
		{"space thousands", "1 200 家", "1200", len("1 200")},
		{"space not thousands", "3 4", "3", len("3")},
		{"si suffix not read", "5G基站", "5", len("5")},
		{"kilovolt", "10kV", "10", len("10")},
		{"megawatt", "5兆瓦", "5", len("5")},
		{"zhao as number", "5兆，", "5000000000000", len("5兆")},
		{"wan qianwa", "300万千瓦", "3000000", len("300万")},
		{"short digit run", "三四线城市", "3", len("三")},
		{"industries", "一二三产业", "1", len("一")},
		{"year", "二〇二五年", "2025", len("二〇二五")},
		{"shisiwu", "十四五规划", "14", len("十四")},
		{"liang", "两个", "2", len("两")},
		{"liang after digit", "三斤二两", "3", len("三")},
		{"dian liang", "两百点两", "200", len("两百")},
		{"clock", "5点钟", "5", len("5")},
		{"fraction", "三分之一的", "1/3", len("三分之一")},
		{"incomplete fraction", "三分之", "3", len("三")},
		{"fen as counter", "三分钟", "3", len("三")},
		{"percent numeral", "百分之三十", "3/10", len("百分之三十")},
		{"slash fraction", "1/2的努力", "1/2", len("1/2")},
		{"slash date", "2023/10/01", "2023", len("2023")},
		{"slash then sentence end", "1/2。", "1/2", len("1/2")},
		{"sentence full stop", "3.5。", "3.5", len("3.5")},
		{"date dots", "2023.10", "2023.1", len("2023.10")},
		{"comma list", "1,2,3", "1", len("1")},
		{"ideographic comma", "120，150", "120", len("120")},
		{"full-width thousands", "１，２００元", "1200", len("１，２００")},
		{"negative", "-5%", "-5", len("-5")},
		{"fu", "负增长", "", -1},
		{"bare bai", "百花齐放", "", -1},
		{"bare qian", "千方百计", "", -1},
		{"bare wan", "万众创新", "", -1},
		{"ban", "半导体", "", -1},
		{"yi ban", "一半的", "1/2", len("一半")},
		{"ban bai", "半百", "50", len("半百")},
		{"not a numeral", "发展", "", -1},
		{"empty", "", "", -1},
		{"point first", "点五", "", -1},
		{"decimal wan then more", "10.1万零100", "101000", len("10.1万")},
		{"range", "十七十八", "17", len("十七")},
		{"two liang", "两两", "2", len("两")},
		{"too long", strings.Repeat("1", 300), "", -1},
		{"yao alone", "幺", "", -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, n, ok := Prefix(tt.in)
			if tt.n < 0 {
				assert.False(t, ok, "Prefix(%q) = %v, %d", tt.in, v, n)
				assert.Nil(t, v)
				assert.Zero(t, n)
				return
			}
			require.True(t, ok, "Prefix(%q)", tt.in)
			assert.Equal(t, rat(t, tt.want).RatString(), v.RatString(), "Prefix(%q)", tt.in)
			assert.Equal(t, tt.n, n, "Prefix(%q) length", tt.in)
		})
	}
}

func TestParsePercent(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"sign", "35.5%", "35.5"},
		{"full-width", "３５％", "35"},
		{"negative", "－1２２％", "-122"},
		{"fu", "负3.9%", "-3.9"},
		{"bai fen zhi", "百分之三十五点五", "35.5"},
		{"bai fen zhi bai", "百分之百", "100"},
		{"bai fen zhi negative", "百分之负三点八", "-3.8"},
		{"bai fen zhi arabic", "百分之1,669", "1669"},
		{"bai fen zhi si", "百分之15Ｋ", "15000"},
		{"spaced bai fen zhi", "百 分 之 一 百二 十点 五", "120.5"},
		{"qian fen zhi", "千分之一", "0.1"},
		{"wan fen zhi", "万分之三", "0.03"},
		{"bai wan fen zhi", "百万分之五", "0.0005"},
		{"per mille", "5‰", "0.5"},
		{"per myriad", "5‱", "0.05"},
		{"cheng", "九成", "90"},
		{"cheng digit", "七成六", "76"},
		{"cheng ban", "三成半", "35"},
		{"ban cheng", "半成", "5"},
		{"cheng decimal", "9.5成", "95"},
		{"shi cheng", "十成", "100"},
		{"zhe arabic", "75折", "75"},
		{"zhe pair", "八五折", "85"},
		{"zhe single", "九折", "90"},
		{"zhe decimal", "9.9折", "99"},
		{"zhe chinese decimal", "三点一折", "31"},
		{"zhe liang", "两折", "20"},
		{"dui zhe", "对折", "50"},
		{"ban zhe", "半折", "50"},
		{"spaced zhe", "7 2 折", "72"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParsePercent(tt.in)
			require.NoError(t, err)
			assert.Equal(t, rat(t, tt.want).RatString(), got.RatString(), "ParsePercent(%q)", tt.in)
		})
	}
}

func TestParsePercentRejects(t *testing.T) {
	tests := []struct{ name, in string }{
		{"empty", ""},
		{"bare number", "35"},
		{"points", "3个百分点"},
		{"range of cheng", "三四成"},
		{"cheng above ten", "15成"},
		{"zhe of hundreds", "120折"},
		{"zero zhe", "0折"},
		{"bai fen zhi nothing", "百分之"},
		{"zero denominator", "零分之一%"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := ParsePercent(tt.in)
			assert.Error(t, err, "ParsePercent(%q) = %v", tt.in, v)
		})
	}
}

func TestPrefixPercent(t *testing.T) {
	tests := []struct {
		name, in, want string
		n              int
	}{
		{"sign", "35.5%的企业", "35.5", len("35.5%")},
		{"bai fen zhi", "百分之三十以上", "30", len("百分之三十")},
		{"zhe pair", "八五折优惠", "85", len("八五折")},
		{"cheng", "九成以上", "90", len("九成")},
		{"no space before sign", "5 %", "", -1},
		{"number only", "35家", "", -1},
		{"cheng pair is a range", "三四成", "", -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, n, ok := PrefixPercent(tt.in)
			if tt.n < 0 {
				assert.False(t, ok, "PrefixPercent(%q) = %v, %d", tt.in, v, n)
				return
			}
			require.True(t, ok, "PrefixPercent(%q)", tt.in)
			assert.Equal(t, rat(t, tt.want).RatString(), v.RatString())
			assert.Equal(t, tt.n, n)
		})
	}
}

func TestParsePoints(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "1.5个百分点", "1.5"},
		{"without ge", "2百分点", "2"},
		{"traditional", "六個百分點", "6"},
		{"spaced", "２．４   个百分 点", "2.4"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParsePoints(tt.in)
			require.NoError(t, err)
			assert.Equal(t, rat(t, tt.want).RatString(), got.RatString())
		})
	}
	_, err := ParsePoints("3%")
	assert.ErrorIs(t, err, ErrSyntax)
}

func TestErrorMessage(t *testing.T) {
	_, err := Parse("10亿元")
	require.Error(t, err)
	assert.Equal(t, `parse "10亿元": unexpected "元" at byte 5: numeral: not a numeral`, err.Error())
	_, err = Parse(strings.Repeat("x", 100))
	require.Error(t, err)
	assert.Less(t, len(err.Error()), 100, "long input is cut in the message")
}

func TestResultIsFresh(t *testing.T) {
	a, err := Parse("一万")
	require.NoError(t, err)
	a.SetInt64(7)
	b, err := Parse("一万")
	require.NoError(t, err)
	assert.Equal(t, "10000", b.RatString())
}

func BenchmarkParse(b *testing.B) {
	inputs := []string{"2023", "1,200,000", "一千二百零三", "3.2万亿", "百分之三十五点五", "四亿五千六百四十二万零一十五", "负３分之负一百五十七"}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range inputs {
			if _, err := Parse(s); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkPrefix scans a policy sentence at every rune offset, as an
// extractor looking for numerals does.
func BenchmarkPrefix(b *testing.B) {
	text := "到2025年，全社会研发投入达到1.5万亿元，高新技术企业超过两万家，技术合同成交额增长百分之十五以上，新增专精特新企业五百余家。"
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for i := range text {
			Prefix(text[i:])
		}
	}
}
