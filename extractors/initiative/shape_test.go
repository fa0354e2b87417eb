package initiative

import (
	"math/rand/v2"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestShapes checks the hand-written shape tests against the regular
// expressions they stand for, on table cases and on random strings over
// the characters the shapes read.
func TestShapes(t *testing.T) {
	shapes := []struct {
		name string
		re   *regexp.Regexp
		f    func(string) bool
	}{
		{"period", regexp.MustCompile(`^(?:[一二三四五六七八九十]|十[一二三四五六七八九]|[一二]十|[0-9]{1,2})五$`), isPeriod},
		{"formula", regexp.MustCompile(`^(?:[0-9A-Za-z]+(?:[+＋×][0-9A-Za-z]+)+|[\p{Han}A-Za-z0-9]{2,8}[+＋×])$`), isFormula},
		{"abbrev", regexp.MustCompile(`^[一二两三四五六七八九十百千万双][项大]?\p{Han}{1,3}$`), isAbbrev},
		{"count prefix", regexp.MustCompile(`^[一二两三四五六七八九十]+[项大]`), hasCountPrefix},
		{"digit code", regexp.MustCompile(`^(?:[0-9]{2,6}|[0-9]{2,5}[XN]|[一二三四五六七八九〇零]{3,4})$`), isDigitCode},
		{"model name", regexp.MustCompile(`^[^\P{Han}〇零一二两三四五六七八九十百]{2,4}[一二三四五六七八九十]号$`), isModelName},
	}
	cases := []string{"", "十四五", "十五", "13五", "三三五", "二十五", "2035五", "一二三四五", "五", "1+2+1", "1+N+X", "互联网+", "人工智能＋",
		"+1", "1+", "1++2", "a+b+", "双培", "六稳", "三项改革", "两大工程", "三大战略任务", "双", "双AB", "三项", "三项a",
		"十大", "一二两三项X", "科创九条", "一带一路", "415X", "224X", "4×4", "数据要素×", "5X", "123456X", "361", "1234567", "X12", "三三五",
		"国和一号", "天问一号", "华龙一号", "渤海2号", "一号", "三个一号", "嫦娥十号", "国和一号号"}
	alphabet := []rune("一二两三四五六七八九十百千万双项大条科创1Nx+＋× 、X〇零号国和")
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		rs := make([]rune, rng.IntN(11))
		for i := range rs {
			rs[i] = alphabet[rng.IntN(len(alphabet))]
		}
		cases = append(cases, string(rs))
	}
	for _, sh := range shapes {
		t.Run(sh.name, func(t *testing.T) {
			for _, c := range cases {
				if sh.re.MatchString(c) != sh.f(c) {
					assert.Equal(t, sh.re.MatchString(c), sh.f(c), "%q", c)
				}
			}
		})
	}
}

// TestCountedPairs checks the shape of codes of counted words.
func TestCountedPairs(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"强二优三", true},
		{"三去一降一补", true},
		{"五化四评三定", true},
		{"六稳六保", true},
		{"两中心两高地", true},
		{"十百千", false},       // three runes
		{"一带一路", true},       // a known name first, whatever its shape
		{"科创九条", false},      // one count
		{"一二三四五六七八九", false}, // nine runes
		{"四个100", false},     // digits that are not Han
		{"一个中心三个基本点", false}, // a run of three other runes
		{"国家大数据", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, isCountedPairs(tt.name), tt.name)
	}
}

// TestHeadingMarker checks the numbers that open numbered headings.
func TestHeadingMarker(t *testing.T) {
	tests := []struct {
		line string
		want int
	}{
		{"四、主要任务", 2},
		{"（三）数字经济创新提质工程", 3},
		{"3.产业基础再造工程", 2},
		{"4.四送一服：送新发展理念", 2},
		{"4.5个百分点", 0},
		{"12、三乡工程", 3},
		{"第三节 国民经济", 4},
		{"①数字", 1},
		{"2024年", 0},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, headingMarker([]rune(tt.line)), tt.line)
	}
}
