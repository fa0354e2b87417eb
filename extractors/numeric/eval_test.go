package numeric

import (
	"testing"
	"time"
)

// evalCase is one hand-annotated passage: every figure it states, and
// nothing else.
type evalCase struct {
	name  string
	date  time.Time // the report's date: 今年 resolves against it
	input string
	want  []want
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// evalCases are sentences quoted from the government work reports of 2025,
// 2019, 2012, 2003, 1995 and 1984, and from two local support-measure
// documents (a county's and a city's, the latter in traditional characters
// with the stray spaces of a PDF copy). Each want lists the figure as the
// annotator reads it, written independently of the extractor's output.
var evalCases = []evalCase{
	{name: "gwr2025 non-fossil share", date: day(2025, 3, 5), input: "推动重点行业节能降碳改造，推进新能源开发利用，非化石能源发电量占总发电量的比重接近40%。",
		want: []want{{text: "接近40%", value: 40, unit: "%", comparator: "approx", status: "actual"}}},
	{name: "gwr2025 review list", date: day(2025, 3, 5), input: "技术合同成交额增长11.2%。生态环境质量有新改善，地级及以上城市细颗粒物（PM2.5）平均浓度下降2.7%，优良天数比例上升至87.2%，地表水优良水质断面比例提高到90.4%；单位国内生产总值能耗降幅超过3%；可再生能源新增装机3.7亿千瓦。",
		want: []want{
			{text: "11.2%", value: 11.2, unit: "%", comparator: "eq", status: "actual"},
			{text: "2.7%", value: 2.7, unit: "%", comparator: "eq", status: "actual"},
			{text: "87.2%", value: 87.2, unit: "%", comparator: "eq", status: "actual"},
			{text: "90.4%", value: 90.4, unit: "%", comparator: "eq", status: "actual"},
			{text: "超过3%", value: 3, unit: "%", comparator: "gt", status: "actual"},
			{text: "3.7亿千瓦", value: 3.7e8, unit: "千瓦", comparator: "eq", status: "actual"},
		}},
	{name: "gwr2025 targets", date: day(2025, 3, 5), input: "今年发展主要预期目标是：国内生产总值增长5%左右；城镇调查失业率5.5%左右，城镇新增就业1200万人以上；居民消费价格涨幅2%左右；居民收入增长和经济增长同步。",
		want: []want{
			{text: "5%左右", value: 5, unit: "%", comparator: "approx", status: "target", deadline: 2025},
			{text: "5.5%左右", value: 5.5, unit: "%", comparator: "approx", status: "target", deadline: 2025},
			{text: "1200万人以上", value: 1.2e7, unit: "人", comparator: "gte", status: "target", deadline: 2025},
			{text: "2%左右", value: 2, unit: "%", comparator: "approx", status: "target", deadline: 2025},
		}},
	{name: "gwr2025 5G is no figure", date: day(2025, 3, 5), input: "扩大5G规模化应用，加快工业互联网创新发展，优化全国算力资源布局。"},
	{name: "gwr2025 reserves", date: day(2025, 3, 5), input: "国际收支基本平衡，对外贸易规模创历史新高，国际市场份额稳中有升，外汇储备超过3.2万亿美元。",
		want: []want{{text: "超过3.2万亿美元", value: 3.2e12, unit: "USD", comparator: "gt", status: "actual"}}},
	{name: "gwr2025 income", date: day(2025, 3, 5), input: "民生保障扎实稳固，居民人均可支配收入实际增长5.1%，脱贫攻坚成果持续巩固拓展。",
		want: []want{{text: "5.1%", value: 5.1, unit: "%", comparator: "eq", status: "actual"}}},
	{name: "gwr2025 special bonds", date: day(2025, 3, 5), input: "拟发行特别国债5000亿元，支持国有大型商业银行补充资本。",
		want: []want{{text: "5000亿元", value: 5e11, unit: "CNY", comparator: "eq", status: "target", deadline: 2025}}},
	{name: "gwr2025 industry", date: day(2025, 3, 5), input: "高技术制造业、装备制造业增加值分别增长8.9%、7.7%，新能源汽车年产量突破1300万辆；",
		want: []want{
			{text: "8.9%", value: 8.9, unit: "%", comparator: "eq", status: "actual"},
			{text: "7.7%", value: 7.7, unit: "%", comparator: "eq", status: "actual"},
			{text: "突破1300万辆", value: 1.3e7, unit: "辆", comparator: "gt", status: "actual"},
		}},
	{name: "gwr2025 heading and period", date: day(2025, 3, 5), input: "二、2025年经济社会发展总体要求和政策取向\n\n今年是“十四五”规划收官之年。"},
	{name: "gwr2019 legislation", date: day(2019, 3, 5), input: "提请全国人大常委会审议法律议案18件，制定修订行政法规37部。",
		want: []want{
			{text: "18件", value: 18, unit: "件", comparator: "eq", status: "actual"},
			{text: "37部", value: 37, unit: "部", comparator: "eq", status: "actual"},
		}},
	{name: "gwr2019 prices", date: day(2019, 3, 5), input: "居民消费价格上涨2.1%。",
		want: []want{{text: "2.1%", value: 2.1, unit: "%", comparator: "eq", status: "actual"}}},
	{name: "gwr2019 services", date: day(2019, 3, 5), input: "服务业对经济增长贡献率接近60%，高技术产业、装备制造业增速明显快于一般工业，农业再获丰收。",
		want: []want{{text: "接近60%", value: 60, unit: "%", comparator: "approx", status: "actual"}}},
	{name: "gwr2019 cancer drugs", date: day(2019, 3, 5), input: "加快新药审评审批改革，17种抗癌药大幅降价并纳入国家医保目录。",
		want: []want{{text: "17种", value: 17, unit: "种", comparator: "eq", status: "actual"}}},
	{name: "gwr2019 population", date: day(2019, 3, 5), input: "近14亿人口的发展中大国，实现了比较充分就业。",
		want: []want{{text: "近14亿", value: 1.4e9, unit: "", comparator: "approx", status: "actual"}}},
	{name: "gwr2019 tax cuts", date: day(2019, 3, 5), input: "全年为企业和个人减税降费约1.3万亿元。",
		want: []want{{text: "约1.3万亿元", value: 1.3e12, unit: "CNY", comparator: "approx", status: "actual"}}},
	{name: "gwr2019 deficit plan", date: day(2019, 3, 5), input: "今年赤字率拟按2.8%安排，比去年预算高0.2个百分点；财政赤字2.76万亿元，其中中央财政赤字1.83万亿元，地方财政赤字9300亿元。",
		want: []want{
			{text: "2.8%", value: 2.8, unit: "%", comparator: "eq", status: "target", deadline: 2019},
			{text: "0.2个百分点", value: 0.2, unit: "pp", comparator: "eq", status: "target", deadline: 2019},
			{text: "2.76万亿元", value: 2.76e12, unit: "CNY", comparator: "eq", status: "target", deadline: 2019},
			{text: "1.83万亿元", value: 1.83e12, unit: "CNY", comparator: "eq", status: "target", deadline: 2019},
			{text: "9300亿元", value: 9.3e11, unit: "CNY", comparator: "eq", status: "target", deadline: 2019},
		}},
	{name: "gwr2019 medical insurance plan", date: day(2019, 3, 5), input: "继续提高城乡居民基本医保和大病保险保障水平，居民医保人均财政补助标准增加30元，一半用于大病保险。",
		want: []want{{text: "30元", value: 30, unit: "CNY", comparator: "eq", status: "target"}}},
	{name: "gwr2019 education", date: day(2019, 3, 5), input: "财政性教育经费占国内生产总值比例继续保持在4%以上，中央财政教育支出安排超过1万亿元。",
		want: []want{
			{text: "4%以上", value: 4, unit: "%", comparator: "gte", status: "target"},
			{text: "超过1万亿元", value: 1e12, unit: "CNY", comparator: "gt", status: "target"},
		}},
	{name: "gwr2012 review", date: day(2012, 3, 5), input: "城镇新增就业1221万人，城镇居民人均可支配收入和农村居民人均纯收入实际增长8.4％和11.4％。",
		want: []want{
			{text: "1221万人", value: 1.221e7, unit: "人", comparator: "eq", status: "actual"},
			{text: "8.4％", value: 8.4, unit: "%", comparator: "eq", status: "actual"},
			{text: "11.4％", value: 11.4, unit: "%", comparator: "eq", status: "actual"},
		}},
	{name: "gwr2012 targets", date: day(2012, 3, 5), input: "今年经济社会发展的主要预期目标是：国内生产总值增长7.5％；城镇新增就业900万人以上，城镇登记失业率控制在4.6％以内；居民消费价格涨幅控制在4％左右；进出口总额增长10％左右。",
		want: []want{
			{text: "7.5％", value: 7.5, unit: "%", comparator: "eq", status: "target", deadline: 2012},
			{text: "900万人以上", value: 9e6, unit: "人", comparator: "gte", status: "target", deadline: 2012},
			{text: "4.6％以内", value: 4.6, unit: "%", comparator: "lte", status: "target", deadline: 2012},
			{text: "4％左右", value: 4, unit: "%", comparator: "approx", status: "target", deadline: 2012},
			{text: "10％左右", value: 10, unit: "%", comparator: "approx", status: "target", deadline: 2012},
		}},
	{name: "gwr2012 clean power", date: day(2012, 3, 5), input: "清洁能源发电装机达到2.9亿千瓦，比上年增加3356万千瓦。",
		want: []want{
			{text: "2.9亿千瓦", value: 2.9e8, unit: "千瓦", comparator: "eq", status: "actual"},
			{text: "3356万千瓦", value: 3.356e7, unit: "千瓦", comparator: "eq", status: "actual"},
		}},
	{name: "gwr2012 25 years", date: day(2012, 3, 5), input: "经过25年坚持不懈的努力，全面实现“两基”目标。",
		want: []want{{text: "25年", value: 25, unit: "years", comparator: "eq", status: "actual"}}},
	{name: "gwr2012 budget", date: day(2012, 3, 5), input: "今年拟安排财政赤字8000亿元，赤字率下降到1.5％左右，其中中央财政赤字5500亿元，代发地方债2500亿元。",
		want: []want{
			{text: "8000亿元", value: 8e11, unit: "CNY", comparator: "eq", status: "target", deadline: 2012},
			{text: "1.5％左右", value: 1.5, unit: "%", comparator: "approx", status: "target", deadline: 2012},
			{text: "5500亿元", value: 5.5e11, unit: "CNY", comparator: "eq", status: "target", deadline: 2012},
			{text: "2500亿元", value: 2.5e11, unit: "CNY", comparator: "eq", status: "target", deadline: 2012},
		}},
	{name: "gwr2012 housing", date: day(2012, 3, 5), input: "继续推进保障性安居工程建设，在确保质量的前提下，基本建成500万套，新开工700万套以上。",
		want: []want{
			{text: "500万套", value: 5e6, unit: "套", comparator: "eq", status: "target"},
			{text: "700万套以上", value: 7e6, unit: "套", comparator: "gte", status: "target"},
		}},
	{name: "gwr2012 health checks", date: day(2012, 3, 5), input: "加快实现计划生育优质服务全覆盖，将免费孕前优生健康检查试点范围扩大到60%的县（市、区）。",
		want: []want{{text: "60%", value: 60, unit: "%", comparator: "eq", status: "target"}}},
	{name: "gwr2012 rural budget", date: day(2012, 3, 5), input: "今年中央财政用于“三农”的投入拟安排12287亿元，比上年增加1868亿元。",
		want: []want{
			{text: "12287亿元", value: 1.2287e12, unit: "CNY", comparator: "eq", status: "target", deadline: 2012},
			{text: "1868亿元", value: 1.868e11, unit: "CNY", comparator: "eq", status: "target", deadline: 2012},
		}},
	{name: "gwr2003 renovation", date: day(2003, 3, 5), input: "五年全国共完成技术改造投资2.66万亿元，比前五年增长67%。",
		want: []want{
			{text: "2.66万亿元", value: 2.66e12, unit: "CNY", comparator: "eq", status: "actual"},
			{text: "67%", value: 67, unit: "%", comparator: "eq", status: "actual"},
		}},
	{name: "gwr2003 dikes", date: day(2003, 3, 5), input: "江河堤防加固工程开工3.5万公里，完成了长达3500多公里的长江干堤和近千公里的黄河堤防加固工程，防洪能力大大增强。",
		want: []want{
			{text: "3.5万公里", value: 3.5e4, unit: "公里", comparator: "eq", status: "actual"},
			{text: "3500多公里", value: 3500, unit: "公里", comparator: "gt", status: "actual"},
			{text: "近千公里", value: 1000, unit: "公里", comparator: "approx", status: "actual"},
		}},
	{name: "gwr2003 students", date: day(2003, 3, 5), input: "2002年高等学校在校生1600万人，是1997年的2.3倍；",
		want: []want{
			{text: "1600万人", value: 1.6e7, unit: "人", comparator: "eq", status: "actual"},
			{text: "2.3倍", value: 2.3, unit: "x", comparator: "eq", status: "actual"},
		}},
	{name: "gwr2003 water", date: day(2003, 3, 5), input: "五年全国水利建设投资3562亿元，扣除价格变动因素，相当于1950年到1997年全国水利建设投资的总和。",
		want: []want{{text: "3562亿元", value: 3.562e11, unit: "CNY", comparator: "eq", status: "actual"}}},
	{name: "gwr2003 bureaus", date: day(2003, 3, 5), input: "2001年，又撤销了9个国家行业主管局，进一步提升市场执法监管部门的职能和地位。",
		want: []want{{text: "9个", value: 9, unit: "个", comparator: "eq", status: "actual"}}},
	{name: "gwr2003 forests", date: day(2003, 3, 5), input: "五年内，全国造林面积2787万公顷，封山育林3153万公顷，退耕还林382万公顷；",
		want: []want{
			{text: "2787万公顷", value: 2.787e7, unit: "公顷", comparator: "eq", status: "actual"},
			{text: "3153万公顷", value: 3.153e7, unit: "公顷", comparator: "eq", status: "actual"},
			{text: "382万公顷", value: 3.82e6, unit: "公顷", comparator: "eq", status: "actual"},
		}},
	{name: "gwr2003 rural income", date: day(2003, 3, 5), input: "农村居民家庭人均纯收入由2090元增加到2476元，平均每年实际增长3.8%。",
		want: []want{
			{text: "2090元", value: 2090, unit: "CNY", comparator: "eq", status: "actual"},
			{text: "2476元", value: 2476, unit: "CNY", comparator: "eq", status: "actual"},
			{text: "3.8%", value: 3.8, unit: "%", comparator: "eq", status: "actual"},
		}},
	{name: "gwr2003 tax reform", date: day(2003, 3, 5), input: "从2000年起，在安徽等地开展农村税费改革试点，2002年试点扩大到20个省、自治区、直辖市，试点地区农民负担平均减轻30%。",
		want: []want{
			{text: "20个", value: 20, unit: "个", comparator: "eq", status: "actual"},
			{text: "30%", value: 30, unit: "%", comparator: "eq", status: "actual"},
		}},
	{name: "gwr2003 erosion", date: day(2003, 3, 5), input: "治理水土流失面积26.6万平方公里，治理沙化土地570万公顷。",
		want: []want{
			{text: "26.6万平方公里", value: 2.66e5, unit: "平方公里", comparator: "eq", status: "actual"},
			{text: "570万公顷", value: 5.7e6, unit: "公顷", comparator: "eq", status: "actual"},
		}},
	{name: "gwr2003 key projects", date: day(2003, 3, 5), input: "新开工建设36项重点工程，投资总规模6000多亿元。",
		want: []want{
			{text: "36项", value: 36, unit: "项", comparator: "eq", status: "actual"},
			{text: "6000多亿元", value: 6e11, unit: "CNY", comparator: "gt", status: "actual"},
		}},
	{name: "gwr1995 growth target", date: day(1995, 3, 5), input: "综合分析各方面的条件，今年经济增长速度的宏观调控目标，定为百分之八至九。",
		want: []want{{text: "百分之八至九", value: 8, max: 9, unit: "%", comparator: "range", status: "target", deadline: 1995}}},
	{name: "gwr1995 foreign investment", date: day(1995, 3, 5), input: "外商直接投资保持良好势头，实际金额达到３３０多亿美元。",
		want: []want{{text: "３３０多亿美元", value: 3.3e10, unit: "USD", comparator: "gt", status: "actual"}}},
	{name: "gwr1995 year sentence", date: day(1995, 3, 5), input: "１９９５年是继续推进改革开放和现代化建设的重要一年。"},
	{name: "gwr1995 population", date: day(1995, 3, 5), input: "现在我国人口已经达到１２亿，控制人口过快增长，提高人口素质，是一项长期而艰巨的任务。",
		want: []want{{text: "１２亿", value: 1.2e9, unit: "", comparator: "eq", status: "actual"}}},
	{name: "gwr1995 investment growth", date: day(1995, 3, 5), input: "固定资产投资增长幅度由上年的百分之五十八点六回落到百分之二十七点八，增长过快的势头初步得到遏制。",
		want: []want{
			{text: "百分之五十八点六", value: 58.6, unit: "%", comparator: "eq", status: "actual"},
			{text: "百分之二十七点八", value: 27.8, unit: "%", comparator: "eq", status: "actual"},
		}},
	{name: "gwr1995 industry", date: day(1995, 3, 5), input: "全国工业增加值增长百分之十八。",
		want: []want{{text: "百分之十八", value: 18, unit: "%", comparator: "eq", status: "actual"}}},
	{name: "gwr1995 century", date: day(1995, 3, 5), input: "愿意同世界各国一道，为把一个和平、稳定、繁荣、美好的新世界带进２１世纪而做出不懈的努力！"},
	{name: "gwr1995 three years running", date: day(1995, 3, 5), input: "由于已经连续三年增长速度在百分之十一以上，当前又存在着较为严重的通货膨胀。",
		want: []want{
			{text: "连续三年", value: 3, unit: "years", comparator: "eq", status: "actual"},
			{text: "百分之十一以上", value: 11, unit: "%", comparator: "gte", status: "actual"},
		}},
	{name: "gwr1995 retail", date: day(1995, 3, 5), input: "国内市场繁荣，社会商品零售总额扣除价格因素增长百分之七点八。",
		want: []want{{text: "百分之七点八", value: 7.8, unit: "%", comparator: "eq", status: "actual"}}},
	{name: "gwr1995 urban income", date: day(1995, 3, 5), input: "城镇居民人均生活费收入达到３１７９元，扣除物价因素增长百分之八以上。",
		want: []want{
			{text: "３１７９元", value: 3179, unit: "CNY", comparator: "eq", status: "actual"},
			{text: "百分之八以上", value: 8, unit: "%", comparator: "gte", status: "actual"},
		}},
	{name: "gwr1984 wage income", date: day(1984, 5, 15), input: "一九八三年，职工家庭按人口平均的生活费收入达到５２６元，比上年增长６．４％；",
		want: []want{
			{text: "５２６元", value: 526, unit: "CNY", comparator: "eq", status: "actual"},
			{text: "６．４％", value: 6.4, unit: "%", comparator: "eq", status: "actual"},
		}},
	{name: "gwr1984 rhetoric", date: day(1984, 5, 15), input: "我国十亿人民将坚决站在维护世界和平的一边。"},
	{name: "gwr1984 first quarter", date: day(1984, 5, 15), input: "今年第一季度，工业生产又比去年同期增长１２％，上交利税有较大幅度的提高。",
		want: []want{{text: "１２％", value: 12, unit: "%", comparator: "eq", status: "actual"}}},
	{name: "gwr1984 arsenals", date: day(1984, 5, 15), input: "我们主张，拥有占全世界９５％以上核武器的美苏两国应当率先大幅度削减它们的核武器；",
		want: []want{{text: "９５％以上", value: 95, unit: "%", comparator: "gte", status: "actual"}}},
	{name: "gwr1984 farm income", date: day(1984, 5, 15), input: "农民按人口平均的纯收入达到３０９．８元，比上年增长１４．７％。",
		want: []want{
			{text: "３０９．８元", value: 309.8, unit: "CNY", comparator: "eq", status: "actual"},
			{text: "１４．７％", value: 14.7, unit: "%", comparator: "eq", status: "actual"},
		}},
	// 长丰县推动经济高质量发展若干政策 (county measures), 一、(一)1.–2.
	{name: "county investment subsidy", input: "对新引进先进制造业固定资产投资1000万元以上的，按固定资产投资额的10%给予最高2000万元补贴，其中奖补资金50%待企业达产升规后兑现。",
		want: []want{
			{text: "1000万元以上", value: 1e7, unit: "CNY", comparator: "gte", status: "target"},
			{text: "10%", value: 10, unit: "%", comparator: "eq", status: "target"},
			{text: "最高2000万元", value: 2e7, unit: "CNY", comparator: "lte", status: "target"},
			{text: "50%", value: 50, unit: "%", comparator: "eq", status: "target"},
		}},
	{name: "county retrofit subsidy", input: "对存量工业企业升级改造投资500万元以上(含)的，按购置新设备投资额的15%给予最高2000万元补贴。",
		want: []want{
			{text: "500万元以上", value: 5e6, unit: "CNY", comparator: "gte", status: "target"},
			{text: "15%", value: 15, unit: "%", comparator: "eq", status: "target"},
			{text: "最高2000万元", value: 2e7, unit: "CNY", comparator: "lte", status: "target"},
		}},
	{name: "county innovation awards", input: "对新认定国家级及省级制造业创新中心、技术创新示范企业，分别给予50万元、20万元一次性奖补；每个企业最高不超过20万元。",
		want: []want{
			{text: "50万元", value: 5e5, unit: "CNY", comparator: "eq", status: "target"},
			{text: "20万元", context: "、", value: 2e5, unit: "CNY", comparator: "eq", status: "target"},
			{text: "最高不超过20万元", value: 2e5, unit: "CNY", comparator: "lte", status: "target"},
		}},
	// 衡阳市关于践行“三高四新”战略优化企业奖补投入的实施意见 (2021), 总体目标.
	{name: "city targets", input: "到2025年，力争全市全社会研发经费投入占GDP比重达到2.5%左右，高新技术产业增加值占GDP比重提高到25%以上，纳税过1亿元的企业达30家。",
		want: []want{
			{text: "2.5%左右", value: 2.5, unit: "%", comparator: "approx", status: "target", deadline: 2025},
			{text: "25%以上", value: 25, unit: "%", comparator: "gte", status: "target", deadline: 2025},
			{text: "1亿元", value: 1e8, unit: "CNY", comparator: "gt", status: "target", deadline: 2025},
			{text: "30家", value: 30, unit: "家", comparator: "eq", status: "target", deadline: 2025},
		}},
	// 嵊州市加快推進工業經濟高質量發展若干政策 (2022), traditional characters, PDF spaces.
	{name: "traditional PDF awards", input: "對當年評為省級未來工廠、省級智能工廠的，分別給予 100 萬元、30 萬元獎勵。",
		want: []want{
			{text: "100 萬元", value: 1e6, unit: "CNY", comparator: "eq", status: "target"},
			{text: "30 萬元", value: 3e5, unit: "CNY", comparator: "eq", status: "target"},
		}},
	{name: "traditional PDF thresholds", input: "年銷售收入首次突破 1000 萬元、2000 萬元的，分別給予一次性獎勵 10 萬元、20 萬元。",
		want: []want{
			{text: "突破 1000 萬元", value: 1e7, unit: "CNY", comparator: "gt", status: "target"},
			{text: "2000 萬元", value: 2e7, unit: "CNY", comparator: "eq", status: "target"},
			{text: "10 萬元", value: 1e5, unit: "CNY", comparator: "eq", status: "target"},
			{text: "20 萬元", value: 2e5, unit: "CNY", comparator: "eq", status: "target"},
		}},
}

// TestEvaluation measures precision and recall of value+unit and the
// accuracy of comparator, status and deadline on the hand-annotated
// passages, and fails when they fall below the levels reached so far.
func TestEvaluation(t *testing.T) {
	x := newExtractor(t, Options{})
	var s score
	for _, c := range evalCases {
		s.add(t, c.name, c.input, 0, extract(t, x, c.input, c.date), c.want)
	}
	s.report(t)
	s.floor(t, levels{precision: 0.95, recall: 0.95, comparator: 0.95, status: 0.9, deadline: 0.95})
}
