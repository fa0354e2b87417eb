package numeral_test

import (
	"fmt"

	"github.com/policyx/policyx/extractors/numeral"
)

func Example() {
	for _, s := range []string{"一千二百零三", "1.5万亿", "两千三点一", "二〇二五", "负３分之负一百五十七"} {
		v, err := numeral.Parse(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(s, "=", v.RatString())
	}
	// Output:
	// 一千二百零三 = 1203
	// 1.5万亿 = 1500000000000
	// 两千三点一 = 23001/10
	// 二〇二五 = 2025
	// 负３分之负一百五十七 = 157/3
}

func ExamplePrefix() {
	text := "10亿元"
	v, n, ok := numeral.Prefix(text)
	fmt.Println(v.RatString(), text[:n], text[n:], ok)
	// Output: 1000000000 10亿 元 true
}

func ExampleParsePercent() {
	for _, s := range []string{"35.5%", "百分之三十五点五", "千分之一", "七成六", "八五折"} {
		v, _ := numeral.ParsePercent(s)
		fmt.Println(s, v.FloatString(1))
	}
	// Output:
	// 35.5% 35.5
	// 百分之三十五点五 35.5
	// 千分之一 0.1
	// 七成六 76.0
	// 八五折 85.0
}

func ExampleParse_error() {
	_, err := numeral.Parse("五百余万")
	fmt.Println(err)
	// Output: parse "五百余万": unexpected "余万" at byte 6: numeral: not a numeral
}
