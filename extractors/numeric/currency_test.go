package numeric

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/policyx/policyx/dict"
	"github.com/policyx/policyx/internal/shared"
)

// TestDefaultCurrency checks the currency of bare 元 amounts in constructed
// Hong Kong, Macao, Taiwan and mainland texts, run through the real
// stages. want maps a figure's source text to its unit; figures not named
// are not checked.
func TestDefaultCurrency(t *testing.T) {
	x := newExtractor(t, Options{})
	cases := []struct {
		name  string
		input string
		want  map[string]string
	}{
		{name: "hong kong budget with 港元 once and a marker",
			input: "財政司司長今日發表《財政預算案》。政府會向每名合資格市民派發5,000港元電子消費券，並預留100億元推動創新科技發展。",
			want:  map[string]string{"5,000港元": "HKD", "100億元": "HKD"}},
		{name: "hong kong text with markers only",
			input: "本港經濟去年增長3.2%。特區政府將撥款20億元支持中小企，立法會財務委員會已批准有關撥款，《施政報告》亦提出研究設立新基金。",
			want:  map[string]string{"20億元": "HKD"}},
		{name: "hong kong dollar sign and a written currency",
			input: "財政司司長宣布向合資格長者發放$2,000，並以港幣10億元成立專項基金，另撥款3億元推行試驗計劃。",
			want:  map[string]string{"$2,000": "HKD", "港幣10億元": "HKD", "3億元": "HKD"}},
		{name: "written currencies win over the hong kong default",
			input: "本港銀行的人民幣存款達8,000億元人民幣，特區政府亦發行20億美元綠色債券，並預留50億港元及30億元支援本地企業，今年總開支約7,000億港元。",
			want:  map[string]string{"8,000億元人民幣": "CNY", "20億美元": "USD", "50億港元": "HKD", "30億元": "HKD"}},
		{name: "macao cash sharing",
			input: "澳門特區政府今年向每名永久性居民發放現金分享10,000澳門元，並投入約20億元推動本澳經濟復甦。",
			want:  map[string]string{"10,000澳門元": "MOP", "約20億元": "MOP"}},
		{name: "macao currency before the amount",
			input: "本澳中小企業援助計劃的貸款上限為澳門幣60萬元，特區政府另撥款1億元推動電子支付。",
			want:  map[string]string{"上限為澳門幣60萬元": "MOP", "1億元": "MOP"}},
		{name: "macao amounts with a currency note",
			input: "行政長官在立法會發表施政報告，繼續實施現金分享，永久性居民每人10,000元（澳門元，下同），非永久性居民每人6,000元。特區政府今年財政收入898億元。",
			want:  map[string]string{"10,000元": "MOP", "6,000元": "MOP", "898億元": "MOP"}},
		{name: "hong kong policy address news with 特首",
			input: "特首李家超今日發表任內首份施政報告。政府會繼續為全港市民每月超出200元的公共交通開支提供補貼，上限為500元。",
			want:  map[string]string{"200元": "HKD", "上限為500元": "HKD"}},
		{name: "macao text naming its 特首",
			input: "本澳特首今日發表施政報告，繼續實施現金分享，永久性居民每人10,000元（澳門元，下同）。",
			want:  map[string]string{"10,000元": "MOP"}},
		{name: "hong kong budget with two markers",
			input: "財政司司長陳茂波在新一份財政預算案中預料，經常開支將上升3.3%至5602億元。",
			want:  map[string]string{"5602億元": "HKD"}},
		{name: "taiwan currency before the amount",
			input: "每人可領約台幣四萬元。",
			want:  map[string]string{"約台幣四萬元": "TWD"}},
		{name: "hong kong relief measures in simplified characters",
			input: "宽减二零二五/二六年度首季的住宅物业差饷，以每户五百元为上限；宽减薪俸税，上限为一千五百元；向综合社会保障援助受助人发放额外半个月款项。",
			want:  map[string]string{"五百元为上限": "HKD", "上限为一千五百元": "HKD"}},
		{name: "hong kong budget blog with markers only",
			input: "財政司司長表示，施政報告與財政預算案的關係密不可分。政府會為全港約七十萬公屋租戶代繳兩個月租金，預算有關的開支大約為三十八億元。",
			want:  map[string]string{"約為三十八億元": "HKD"}},
		{name: "taiwan budget with markers only",
			input: "行政院會今日通過主計總處提報的中央政府總預算追加預算案，歲出編列878.4億元，其中縣市政府一般性補助款636億元。",
			want:  map[string]string{"878.4億元": "TWD", "636億元": "TWD"}},
		{name: "taiwan sign",
			input: "行政院宣布每人普發NT$10,000，總經費約2,360億元，另補助縣市政府50億元。",
			want:  map[string]string{"NT$10,000": "TWD", "約2,360億元": "TWD", "50億元": "TWD"}},
		{name: "taiwan budget",
			input: "行政院今日通過明年度總預算，將編列新臺幣300億元推動數位轉型，另補助各縣市政府50億元改善基礎建設。",
			want:  map[string]string{"新臺幣300億元": "TWD", "50億元": "TWD"}},
		{name: "mainland text naming 港元 once",
			input: "全市完成固定资产投资1200亿元，增长8%，引进港资项目合同金额50亿港元。",
			want:  map[string]string{"1200亿元": "CNY", "50亿港元": "HKD"}},
		{name: "mainland text about hong kong in passing",
			input: "市委、市政府与香港特区政府签署合作协议，全年引进港资30亿港元，全市一般公共预算收入达到500亿元。",
			want:  map[string]string{"30亿港元": "HKD", "500亿元": "CNY"}},
		{name: "exchange rate sentence",
			input: "香港特区政府代表团来访。按1美元兑7.8港元的汇率计算，全市实际利用外资达到30亿元。",
			want:  map[string]string{"7.8港元": "HKD", "30亿元": "CNY"}},
		{name: "two regions' currencies",
			input: "粵港澳三地合作，香港投入100億港元，澳門投入20億澳門元，三地合共投入300億元。",
			want:  map[string]string{"100億港元": "HKD", "20億澳門元": "MOP", "300億元": "CNY"}},
		{name: "renminbi written as often as 港元",
			input: "财政部在香港发行人民币国债50亿元人民币，财政司司长出席发行仪式，同日企业发行20亿港元债券，全年融资规模达到800亿元。",
			want:  map[string]string{"50亿元人民币": "CNY", "20亿港元": "HKD", "800亿元": "CNY"}},
		{name: "macao markers outnumber a 港元 amount",
			input: "本澳特區政府向立法會提交法案，全澳旅客消費約50億港元，政府撥款10億元推動本澳文旅。",
			want:  map[string]string{"約50億港元": "HKD", "10億元": "CNY"}},
		{name: "mainland text in traditional characters",
			input: "推進未來工廠建設，對當年評為省級未來工廠的，給予100萬元獎勵。",
			want:  map[string]string{"100萬元": "CNY"}},
		// Taiwan county news and Hong Kong releases (a user-level
		// spot-check, 2026) name their region once: in a text written in
		// traditional characters one marker more than the mainland's is
		// enough, and a county's or a city's government of Taiwan is one.
		{name: "taiwan county news naming its city once",
			input: "高雄市政府今天宣布，補助每戶最高1萬元。",
			want:  map[string]string{"最高1萬元": "TWD"}},
		{name: "taiwan county news naming its county government",
			input: "縣府今年編列預算3億元，補助每戶最高1萬元。",
			want:  map[string]string{"3億元": "TWD", "最高1萬元": "TWD"}},
		{name: "hong kong release naming 本港 once",
			input: "政府今年向本港每名合資格人士發放5000元。",
			want:  map[string]string{"5000元": "HKD"}},
		{name: "one marker in a simplified text is not enough",
			input: "高雄市政府今天宣布，补助每户最高1万元。",
			want:  map[string]string{"最高1万元": "CNY"}},
		{name: "one marker against the mainland's in traditional characters",
			input: "省委決定與本港企業合作，投入100萬元。",
			want:  map[string]string{"100萬元": "CNY"}},
		// Taiwan budget news (a user-level spot-check, 2026): the items of
		// a list one of whose amounts is money are money, and so is their
		// sum.
		{name: "a list of amounts in 億 one of which is money",
			input: "行政院撥付追加的636億元補助款。行政院會今日決議，包括中選會辦理公投罷免15億、各部會媒宣費4億146萬、文化部預算2.8億等，共計59億餘遭刪除。",
			want:  map[string]string{"636億元": "TWD", "15億": "TWD", "4億146萬": "TWD", "2.8億": "TWD", "59億餘": "TWD"}},
		// A Hong Kong budget's news (the same spot-check): a surplus, a
		// loss and spending in 億 are money too.
		{name: "a budget's balances in 億",
			input: "財政司司長今日發表財政預算案。政府經營帳目錄得經營盈餘513億元，非經營帳目錄得虧蝕1517億，來年開支攀升至1564億。",
			want:  map[string]string{"513億元": "HKD", "1517億": "HKD", "1564億": "HKD"}},
		{name: "dollar sign in a mainland text",
			input: "全省实际使用外资$30亿，增长6%，外贸进出口总额达到5000亿元。",
			want:  map[string]string{"$30亿": "USD", "5000亿元": "CNY"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			recs, doc := extractReal(t, x, tc.input, time.Time{})
			got := map[string]string{}
			for _, r := range recs {
				s := doc.Norm.ToSource(r.Span)
				got[doc.Text[s.Start:s.End]] = r.Unit
			}
			for text, unit := range tc.want {
				assert.Equal(t, unit, got[text], "unit of %s (records: %v)", text, got)
			}
		})
	}
}

// TestDefaultCurrencyFind checks that Find applies the same rule to the
// text it is given, traditional spellings included.
func TestDefaultCurrencyFind(t *testing.T) {
	x := newExtractor(t, Options{})
	cases := []struct {
		name  string
		input string
		want  []string // units of the figures, in order
	}{
		{name: "hong kong", input: "財政司司長宣布預留100億元，並向每名市民派發5,000港元。", want: []string{"HKD", "HKD"}},
		{name: "macao", input: "澳門特區政府投入20億元，向居民發放10,000澳門元。", want: []string{"MOP", "MOP"}},
		{name: "mainland", input: "引进港资50亿港元，全市投资1200亿元。", want: []string{"HKD", "CNY"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, f := range x.Find(tc.input) {
				got = append(got, f.Unit)
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

// TestDefaultCurrencyReports checks that no work report, where 元 is
// always renminbi, finds another default currency, and that their money
// figures are read in CNY as before.
func TestDefaultCurrencyReports(t *testing.T) {
	reports := shared.Reports(t)
	x := newExtractor(t, Options{})
	for _, r := range reports {
		figs := x.scan(r.Text)
		assert.Empty(t, x.defaultCurrency(r.Text, figs, r.Text), "line %d (%s)", r.Line, r.Title)
		bare := 0
		for _, f := range figs {
			if f.class == clsMoney && f.bare {
				bare++
			}
		}
		if r.Year >= 1980 {
			assert.Positive(t, bare, "line %d (%s) has bare 元 amounts", r.Line, r.Title)
		}
	}
}

// TestCurrencyList checks the validation of the "numeric-currency" list.
func TestCurrencyList(t *testing.T) {
	set, err := builtin()
	require.NoError(t, err)
	cases := []struct {
		name    string
		entries []dict.Entry
		wantErr bool
	}{
		{name: "marker without currency", entries: []dict.Entry{{Word: "本港", Fields: []string{"marker"}, Source: "x:1"}}, wantErr: true},
		{name: "currency word naming two currencies", entries: []dict.Entry{{Word: "元宝", Fields: []string{"currency", "HKD,MOP"}, Source: "x:1"}}, wantErr: true},
		{name: "unknown kind", entries: []dict.Entry{{Word: "港纸", Fields: []string{"slang", "HKD"}, Source: "x:1"}}, wantErr: true},
		{name: "user marker", entries: []dict.Entry{{Word: "港府", Fields: []string{"marker", "HKD"}, Source: "x:1"}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := New(set.With("numeric-currency", tc.entries), Options{})
			if tc.wantErr {
				assert.ErrorIs(t, err, ErrEntry)
				assert.True(t, strings.Contains(err.Error(), "x:1"), "error names the entry: %v", err)
				return
			}
			assert.NoError(t, err)
		})
	}
}
