package initiative

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPipelineSchemes checks, through the whole pipeline, the unquoted
// schemes whose head word the source writes in traditional characters.
func TestPipelineSchemes(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // name|category
	}{
		{"schemes after a verb that governs them and after 和",
			"因應通脹調整綜合社會保障援助計劃的標準金額和公共福利金計劃的傷殘津貼金額。",
			[]string{"综合社会保障援助|计划", "公共福利金|计划"}},
		{"a name joining two fields with 及, after 的", "修訂現行的幼稚園及幼兒中心資助計劃。",
			[]string{"幼稚园及幼儿中心资助|计划"}},
		// A Pingtung town's release (2025) and a Hong Kong one: quotes a
		// counted head word introduces, as many as its count, are named
		// by it; a count of metaphors introduces none.
		{"quotes a counted head word introduces", "提出四大願景方案，包括「老街美化大改造」、「網美市集」、「戲說潮庄」及「來潮州庄溜溜」。今年推出三項計劃，包括「長者社區照顧券」、「樂齡科技」及「智齡生活」。提出两大抓手，即“强基”和“固本”。推出两项计划，包括「甲乙丙」、「丁戊己」及「庚辛壬」。",
			[]string{"四大愿景|方案", "老街美化大改造|方案", "网美市集|方案", "戏说潮庄|方案", "来潮州庄溜溜|方案", "长者社区照顾券|券", "乐龄科技|计划", "智龄生活|计划"}},
		// A Miaoli city's release (2025): the side of a place between its
		// nouns (站前) stands in the name.
		{"a side of a place inside a name", "爭取多項重大建設經費,以及苗栗火車站前周邊地區都市更新先期計畫。", []string{"苗栗火车站前周边地区都市更新先期|计划"}},
		// A Hong Kong bureau's reply (2023): an adverb and 有 before a
		// scheme the segmenter split rune by rune are no part of its name.
		{"a scheme after 亦有", "前往聯合國轄下的志願組織,亦有青年暑期實習計畫,與20多間企業合作。", []string{"青年暑期实习|计划"}},
		// An Executive Yuan release (2025) and a Macao sports bureau's news
		// (2023): a premier who went on with a plan, and a plan's aims met,
		// name no scheme.
		// Tainan council motions and a Nantou council's session (2023-24):
		// 旨揭 points back to the plan a letter's subject names, and a
		// museum planned to stand somewhere names no scheme.
		{"the plan of a letter's subject, and a building planned to stand", "經查旨揭計畫已核定。南投縣立美術館計畫設在中興新村。", nil},
		{"an official's title and 續 before a plan, and a plan met", "此案自蘇貞昌前院長核定可行性研究、陳建仁前院長續推建設計畫,到今日動工。申請情況理想,基本達到計劃預期目標。邀請數發部長黃彥男列席報告業務概況及立法計畫。", nil},
		// A Yunlin release (2016): the proposals of two bodies, each named
		// before its quote, share the head word after the second.
		{"proposals of two bodies sharing a head word", "另土庫鎮公所「綠色脈動五線譜-彩繪土庫綠活圖」、古坑鄉公所「翡翠山城~雲林花園」計畫,雙雙獲得環保署青睞。",
			[]string{"绿色脉动五线谱-彩绘土库绿活图|计划", "翡翠山城～云林花园|计划"}},
		// A Yunlin release (2023): 以 and a verb after the verb that
		// proposes a plan say what it is for, no part of its name.
		{"a plan proposed for a purpose", "東勢地方創生提出以推動打造慢活小鎮創生計畫,結合VDS活力東勢。",
			[]string{"地方创生|", "慢活小镇创生|计划"}},
		// A Macao release (2025): a count of schemes is no name (三个一批
		// counts nothing the name holds).
		{"a count of schemes", "合作推出兩個專項實習計劃,分別是兩項。实施“三个一批”工程。推出两个实习计划。",
			[]string{"三个一批|工程"}},
		{"some schemes of a kind", "針對青年政策方面，推出多個青年國際及內地交流計劃，例如「青年人才培養計劃」。", []string{"青年人才培养计划|计划"}},
		// A Macao legislator's question (2023): the verb of a scheme's use
		// governs it, no part of its name (持續進修 alone names what is
		// done, no scheme the reader can tell).
		{"a scheme after the verb of its use", "即使有心都無力使用持續進修計劃進行學習。善用優才計劃吸引人才。",
			[]string{"优才计划|计划"}},
		// The cabinet's press conference (Taiwan 2017): 接下來 opens no
		// scheme's name.
		// A Macao release (2025): the phases a scheme ran (過去兩期) are
		// no part of its name.
		// A Taichung paper (2025): a big new plan is no name; the quote
		// after it is.
		{"a big new plan", "明年還會推出大型新計畫「寶貝咱的囡仔」。", []string{"宝贝咱的囡仔|计划"}},
		{"past phases before a scheme", "過去兩期人才引進計劃,已為澳門引進不同國家和地區的人才。以往三期青年創業計劃成效良好。當局下階段青年創業計劃可否加大。",
			[]string{"人才引进|计划", "青年创业|计划", "青年创业|计划"}},
		{"next in time before a scheme", "接下來前瞻基礎計畫相關的標案時程。", []string{"前瞻基础|计划"}},
		// Changhua County's releases (Taiwan): a grant
		// written 補助 is read as a scheme written 方案 is, after a verb
		// that governs it; its scheme (補助方案) is read at its own head
		// word, and how much a grant gives names none.
		{"grants written 補助", "彰化縣政府推出彰化縣青年創業獎勵補助。推動機車汰舊換新補助方案。推出堆疊加碼補助。推出最高補助。健保補助也擬下修。",
			[]string{"彰化县青年创业奖励|补助", "机车汰旧换新补助|方案"}},
		// The National Development Council's report (Taiwan 2018): a
		// phase's years in brackets stand inside a scheme's name, 实施方案
		// is one word of the segmenter, and a scheme coordinated by 及 with
		// one a verb governs is a scheme too.
		// A Taoyuan news item (2025): a head word a copy wrote twice is
		// one.
		{"a head word written twice", "從桃園青年局端出的「職涯四階段整合計畫計畫」來看,內容相當豐富。",
			[]string{"职涯四阶段整合计划|计划"}},
		// A Keelung release (2025): a scheme whose name holds a known
		// programme opening with a verb (擴大社會安全網) is named from it,
		// the known programme counting as one word of a long name.
		{"a scheme holding a known programme that opens with a verb", "基隆市2025年度擴大社會安全網聯合社區福利社區化旗艦型計畫成果展今日登場。感謝所有參與擴大社會安全網旗艦型計畫的社區夥伴。",
			[]string{"扩大社会安全网联合社区福利社区化旗舰型|计划", "扩大社会安全网旗舰型|计划"}},
		// A Matsu county release (2025): a phase opening a plan's name,
		// after its years and 的 or after the verb, is no part of it.
		{"a phase before a plan's name", "為推動116至119年的第7期離島綜合建設實施方案,並回應縣政發展藍圖。縣府推動第7期離島綜合建設實施方案。",
			[]string{"离岛综合建设实施|方案", "离岛综合建设实施|方案"}},
		{"a phase's years inside a scheme's name", "持續協助地方政府落實推動花東第二期(105至108年)綜合發展實施方案及離島第四期(104至107年)綜合建設實施方案。推動花東(含綠島)觀光發展計畫。",
			[]string{"花东第二期（105至108年）综合发展实施|方案", "离岛第四期（104至107年）综合建设实施|方案", "观光发展|计划"}},
		// Taiwan's legislature on its forward-looking budget (2023): the
		// plans a law lists are no scheme; 所 inside a word is a noun's.
		{"the plans a law lists", "主管機關專案列管及考核本條例所列計畫之執行。推行派出所警力支援計劃。",
			[]string{"派出所警力支援|计划"}},
		// A Taiwan ministry's release (2026) and Hong Kong and Taiwan
		// papers: 方案 is written alike in both scripts, a scheme only
		// where its folded name a governing verb opens, and no solution.
		{"a Taiwan scheme written 方案", "透過推動農業經營準備金方案,有效串接輔導政策。提供整體解決方案。利用不同模式及融資方案。推动农业经营准备金方案。",
			[]string{"农业经营准备金|方案"}},
		// Penghu County's report (Taiwan): a verb that governs a scheme
		// may stand before the county's lead word (研提本縣…方案).
		{"a governed scheme after the county's lead word", "他已責成旅遊處研提本縣旅遊產業服務品質提升方案,將邀集產業界協調溝通。本縣旅遊產業方案已完成。",
			[]string{"旅游产业服务品质提升|方案"}},
		// Taiwan's cabinet and county releases (2016–2025): a scheme of
		// promotion (推動計畫, 推動方案) is named by what it promotes, a
		// noun or a version before 推動; 推動 after a body, a lead or 的
		// governs the plan.
		{"a Taiwan scheme of promotion", "陳建仁說,亞灣2.0推動計畫,包括4個擴大。並再度關注大矽谷推動方案和財劃法等矚目議題。114年度總預算五大信賴產業推動方案編列210億元。盼中央有更進一步的推動計畫。本推動計畫請行政院辦理。縣府推動計畫執行。",
			[]string{"亚湾2.0推动|计划", "大矽谷推动|方案", "五大信赖产业推动|方案"}},
		// A city's release (New Taipei 2026): the year a scheme runs
		// stands before its name, no verb.
		{"a Taiwan scheme written 方案 after its year", "新北市一一五年電動機車汰舊全面性加碼補助方案出爐。環保局公告一一五年電動機車補助方案。推動國際青年交流計劃。",
			[]string{"电动机车汰旧全面性加码补助|方案", "电动机车补助|方案", "国际青年交流|计划"}},
		// A cabinet's release (Taiwan 2024): 推展 is a verb, so the plans
		// it carries out are no counted programme of 三大面向.
		{"a count of aspects before a verb of Taiwan", "從環境、社會、經濟三大面向來推展相關行動計畫。持續推展青年創業行動計畫。",
			[]string{"青年创业行动|计划"}},
		// A news agency's county report (Pingtung 2019): the building
		// works of one facility that a proper name opens are a scheme; a
		// place's or a body's building of a kind is none.
		{"building works of one facility", "另一項大型計畫為高達15億餘元的恆春藝文展演中心興建計畫。另一項經費爭取案為潮州鎮運動休閒園區整修興建計畫。另一項為北投區校舍重建計畫。",
			[]string{"恒春艺文展演中心兴建|计划", "潮州镇运动休闲园区整修兴建|计划"}},
		// A county's release (Penghu 2024): the ministry that runs a
		// scheme is no part of its name.
		{"a body before a scheme", "爭取衛生福利部原住民族及離島地區醫事人員養成計畫,培育護專公費生。", []string{"原住民族及离岛地区医事人员养成|计划"}},
		// A ministry's release (Taiwan 2026): a count of plans is a class.
		{"a count of schemes", "落實執行6大部門減量策略及20項減碳旗艦行動計畫，且每年須依法對外公開成果。", nil},
		// A township's report copied from a PDF (Changhua 2018): a line
		// break inside the verb that brings a scheme in.
		{"a verb broken by a line that brings a scheme in", "另外,除媒合民間各界資源,讓本鄉弱勢群體,感受到社會的溫暖;亦引\n進大學社會責任計畫,協助農民建立網路等多元資源。", []string{"大学社会责任|计划"}},
		// A news report of city plans (Chongqing 2023): the year and the
		// place that plan are no scheme.
		{"a place that plans this year", "今年重慶計劃實施市級重大建設項目1123個。", nil},
		{"a verb that hands a scheme in", "已向當局提交長者社區照顧服務券試驗計劃的報告。", []string{"长者社区照顾服务券试验|计划"}},
		// A policy address (Hong Kong 2025): the short name in brackets
		// before the head word is no part of the scheme's name.
		{"a short name in brackets before the head word", "政府會調整綜合社會保障援助（綜援）計劃的標準金額。推行鼓勵就業交通津貼(交津)計劃。推動長照（2.0）計畫。",
			[]string{"综合社会保障援助|计划", "鼓励就业交通|津贴"}},
		// A fund's page (Hong Kong 2024): drawing up a plan governs it, so
		// a plan of action drawn up is no scheme's name.
		{"plans drawn up", "鼓勵市民實踐低碳生活,擬出行動計劃和政府共同推動。政府擬定長者醫療券計劃。",
			[]string{"长者医疗券|计划"}},
		// The same address: leaving or quitting a scheme governs it.
		// A policy address (Hong Kong 2022): so in quotes.
		{"a short name in brackets inside quotes", "房委會由下一期「白表居屋第二市場（白居二）計劃」起，再增加1 000個配額。", []string{"白表居屋第二市场计划|计划"}},
		{"schemes left or quit", "為離開綜合社會保障援助（綜援）計劃並符合資格的住戶提供獎勵。住戶退出長者生活津貼計劃。",
			[]string{"综合社会保障援助|计划", "长者生活津贴|计划"}},
		// A legislator's question (Hong Kong 2024): the segmenter joins 外
		// (besides) to the head word at a clause's end.
		{"besides a scheme", "除了在全港各區推行長者數碼外展計劃外,社署把。計劃外的開支。", []string{"长者数码外展|计划"}},
		// A county's release (Miaoli 2023): a noun morpheme of one rune
		// ends the word before it (原住民/族) inside the name.
		{"a noun morpheme ending a word", "推動原住民族多元產業發展2.0計畫,主要是希望。", []string{"原住民族多元产业发展2.0|计划"}},
		{"verbs just before the head word", "政府會增加展能中心延展照顧計劃的名額。", []string{"展能中心延展照顾|计划"}},
		{"a modal after the scheme", "現時的青創援助計劃應推廣至大灣區。", []string{"青创援助|计划"}},
		{"Taiwan plans in a list", "推動苦茶產業永續共好提升計畫、國家火箭發射場計畫及金門亮點計畫。",
			[]string{"苦茶产业永续共好提升|计划", "国家火箭发射场|计划", "金门亮点|计划"}},
		// The Executive Yuan's regional plans (2024): an adjective of one
		// rune between nouns of a scheme's name.
		{"an adjective of one rune inside a scheme's name", "嘉南高屏的智慧科技大南方產業生態系推動方案;", []string{"智慧科技大南方产业生态系推动|方案"}},
		// A Kaohsiung council record (2025): works 及 joins to a scheme
		// after the preposition 依 are no part of its name.
		{"works joined to a scheme after 依", "水利局指出，後續將依災修工程及林園排水計畫提報中央爭取經費。", []string{"林园排水|计划"}},
		{"entries of a table of contents with their pages", "淨化海港計劃 90\n\n推行配對補助金計劃 113 – 114\n",
			[]string{"净化海港|计划", "配对补助金|计划"}},
		{"a scheme ending in a head word, and its short name", "農村貧困地區定向招生專項計劃(以下簡稱國家專項計劃)由中央部門高校承擔。",
			[]string{"农村贫困地区定向招生专项|计划", "国家专项|计划"}},
		{"an adjective of one rune opening the name", "會中談到桃竹苗地區的大矽谷計畫「只聞樓梯響」。", []string{"大矽谷|计划"}},
		// A council's release (Taiwan 2020): a known programme (地方創生)
		// inside a scheme's name; alone before the head word it stays known.
		// A Hong Kong budget (2019): a noun of one rune ends an
		// abbreviation before it (中小/企).
		{"an abbreviation and a noun of one rune", "改善按證保險公司推行的中小企融資擔保計劃下的特別優惠措施。",
			[]string{"中小企融资担保|计划"}},
		// Macao's cultural fund (2020): 原 and 新 are leads only as words
		// of their own, not as the first rune of a word of the name.
		{"a lead rune opening a word of the name", "原創專輯補助計劃申請調整\n\n宣佈推動39項新興及亮點計畫。原計劃將延期。",
			[]string{"原创专辑补助|计划", "新兴及亮点|计划"}},
		// The cabinet's release (Taiwan 2026): 多元 is no numeral inside a
		// scheme's name, though the base dictionary tags it as one.
		{"多元 in the name", "行政院長出席「中小微企業多元振興發展計畫成果發表會」開幕典禮。",
			[]string{"中小微企业多元振兴发展|计划"}},
		// A news agency's report (Taiwan 2013): a number a unit follows is
		// the scheme's sum, no version of it.
		{"a sum after the head word", "補助離島地區辦理交通及觀光建設計畫4.1億元為最多。推出青年創業貸款計畫2.0。",
			[]string{"交通及观光建设|计划", "青年创业贷款计划2.0|计划"}},
		// A county's letter, a council's minutes and a proposal table
		// (Taiwan 2018, 2019, 2011): a plan referred to (前揭), a modal
		// verb, and verbs or adjectives with no noun name no scheme.
		{"no scheme: a reference, a modal, no noun", "二、前揭計畫業經本府簽呈核准在案。後續至國發會能夠詳盡闡述計畫理念。擬依計畫辦理。", nil},
		// A news agency's report (Taiwan 2013): a verb that governs the
		// scheme and the year it runs open no name.
		{"a governing verb and the year before a scheme", "行政院離島工作小組通過審查明年度離島建設基金補助計畫,總經費需求約12.99億元。",
			[]string{"离岛建设基金补助|计划"}},
		// A Hong Kong bureau's page (2018): a verb of the dictionary just
		// before the head word stands in the name.
		{"a verb of the dictionary before the head word", "關於健康護理及促進計劃\n\n政府把基金改名為健康護理及促進計劃。",
			[]string{"健康护理及促进|计划", "健康护理及促进|计划"}},
		{"a number of plans", "經統計合計通過166件補助計畫,總經費需求約12.99億元。", nil},
		// Hong Kong's policy address (2022) and Taiwan's legislative budget
		// centre (2023): a verb that runs a scheme, or one that governs it
		// after another verb, inside a name read after a frame leaves the
		// scheme to the scheme reader.
		{"a verb that runs or governs the scheme inside a name", "措施包括進一步擴大青年委員自薦計劃。辦理業務包含推動前瞻基礎建設計畫之審議。",
			[]string{"青年委员自荐|计划", "前瞻基础建设|计划"}},
		// Hong Kong's budget (2026) and a poverty commission's paper
		// (2022): 在職 and 在校 are words of a scheme's name.
		{"在 opening a word of the name", "以及為在職家庭津貼計劃作出相若安排。推行在校課後託管服務試行計劃。",
			[]string{"在职家庭津贴|计划", "在校课后托管服务试行|计划"}},
		// A Macao welfare body on the policy address (2025) and a Taiwan
		// county's report: a noun holding a particle's rune (融和, 和平) is a
		// word of the name, a place found across one (安和) is not.
		{"a noun holding a particle's rune", "社會融和計畫發放特別生活津貼。推出和平教育計劃。強化資安和區域聯防計畫的效果。",
			[]string{"社会融和|计划", "和平教育|计划", "区域联防|计划"}},
		// A Taiwan newspaper on the premier's visit (Miaoli 2025): the
		// complement of a verb before runes the segmenter did not know as
		// words is no part of the name they make.
		{"a verb's complement before a name of unknown runes", "為的是襯托起桃竹苗大矽谷計畫，未來在台灣。", []string{"桃竹苗大矽谷|计划"}},
		// The same report: one word after a road section's measure is
		// what is done to the section, a name read short; a section a
		// place names stays in the name.
		{"one word after a section's measure", "國道1號楊梅至頭份段拓寬計畫，已報核定設計中。推動高鐵延伸彰化段計畫。", []string{"高铁延伸彰化段|计划"}},
		// Macao's elderly services plan (2025): a verb that introduces the
		// scheme, and the next phase of a plan, are no part of its name.
		{"an introduced scheme and the next phase", "會上簡介政府長者公寓先導計劃。制定下一階段長者服務十年行動計劃。",
			[]string{"政府长者公寓先导|计划", "长者服务行动|计划"}},
		// A city's housing notice (Kaohsiung 2009): a name of runes alike
		// in both scripts, in a clause the normalizer folded.
		// A township's placemaking plan and a mayor's report (Yunlin,
		// Keelung 2025): a one-rune noun the segmenter split off a place
		// after a list's mark opens the name; 還有 governs the scheme.
		{"a listed scheme opened by a split place", "計畫內容規劃觀光指標系統強化計畫、林內鄉生活產業景觀創生再造計畫等細部計畫。",
			[]string{"观光指标系统强化|计划", "林内乡生活产业景观创生再造|计划"}},
		// County news (Taitung 2025, Taoyuan 2025): a quote joining an
		// umbrella plan and one under it with a dash names both; a code
		// with dashes is one name.
		{"an umbrella plan and one under it in one quote", "在「臺東農村總合發展計畫－眺村跳村特色農遊輔導計畫」的推動下。推出“1-2-3”计划。爭取「客庄創生環境營 造計畫-新竹縣淺山自行車休憩站及周邊環境整備計畫」。",
			[]string{"台东农村总合发展计划|计划", "眺村跳村特色农游辅导计划|计划", "1-2-3|计划", "客庄创生环境营造计划|计划", "新竹县浅山自行车休憩站及周边环境整备计划|计划"}},
		// Hong Kong news (2022, 2025): a voucher scheme named by its voucher
		// alone, after a verb that governs it.
		{"a voucher scheme named by its voucher", "成為首間納入醫療券計劃的內地醫院。透過去年推出的消費券計劃所收集的資料。",
			[]string{"医疗券|计划", "消费券|计划"}},
		// A Hong Kong bureau's speech (2024): a scheme named by the people
		// it funds, one word; a plan of a kind is none.
		{"a scheme named by its people", "我們會把研究員計劃及博士專才庫的資助範圍擴大。政府的研究計劃。", []string{"研究员|计划"}},
		// A Macao report (2024): a time of the year and what is done then
		// name no scheme.
		{"a time and a verb before 計劃", "政府將於上半年敲定計劃細節。", nil},
		// Hong Kong news (2025): an adverb before a verb the segmenter took
		// for a noun opens no scheme's name.
		{"an adverb and a verb before 計劃", "盧寵茂又指，會積極評估計劃擴展至其他城市。", nil},
		// A township's news (Chiayi 2023): a scheme promoting a noun's
		// activity, 推廣 and all; a body's or a lone 推廣計劃 is none.
		{"a scheme promoting an activity", "圖書館長期配合推動嘉義縣嬰幼兒閱讀推廣計劃,提供閱讀禮袋。縣府推廣計劃。", []string{"嘉义县婴幼儿阅读推广|计划"}},
		// A county's report (Changhua 2025): two schemes too long for one
		// name share their head word across 及; a line's section a place
		// names stands in the name.
		{"two schemes sharing a head word across 及", "在彰化鐵路高架化及台中捷運延伸彰化段計畫確定後,採取措施。", []string{"彰化铁路高架化|计划", "台中捷运延伸彰化段|计划"}},
		{"a quoted scheme of promotion", "林內鄉以「療癒城鄉」推動計畫為創生主軸。以“三个强化”推动专项行动。",
			[]string{"疗愈城乡|计划"}},
		{"a scheme after 還有", "包括公托倍增,還有行人友善計畫、精進基礎建設等。",
			[]string{"行人友善|计划"}},
		{"a Taiwan scheme written 方案 in common runes", "鼓勵青年成家,乃推動青年安心成家方案,並開辦租金補貼。推动青年安心成家方案。",
			[]string{"青年安心成家|方案"}},
		// Hong Kong's policy address (2021) and a Taiwan cabinet's reply
		// (2017): a new scheme of a kind, and plans of a kind followed.
		{"schemes of a kind", "邀請青年發展委員會研究推出新資助計劃,以培育青年。均將遵循一般建設計畫之嚴謹程序辦理。", nil},
		{"a known programme inside the name", "客委會提出的客庄地方創生移居補助計畫，鼓勵移居。投入地方創生計畫。",
			[]string{"客庄地方创生移居补助|计划", "地方创生|计划"}},
		{"a known programme opening the name", "持續推動5+2產業創新轉型計畫。", []string{"5+2产业创新转型|计划"}},
		// A Taiwan cabinet's reply (2025): after a verb that governs the
		// scheme; a verb inside a name (充電易) opens none.
		{"an adjective of one rune after a governing verb", "在行政院主導下,提出少子女化對策計畫,跨部會合作。推動EV屋苑充電易資助計劃。",
			[]string{"少子女化对策|计划", "EV屋苑充电易资助|计划"}},
		{"a place's scheme named by a word of three runes, and a middle dot", "包括交通軌道建設、桃園航空城計畫、亞洲˙矽谷計劃等,還有圖書館。",
			[]string{"桃园航空城|计划", "亚洲˙矽谷|计划"}},
		{"a phase before the name, and an adjective the segmenter took for an adverb", "為最後一期學校改善計劃下的學校進行建造工程。修訂直接資助計劃。並落實第2期淨化海港計劃(中圖)。",
			[]string{"学校改善|计划", "直接资助|计划", "净化海港|计划"}},
		{"a preposition after a verb opens no name", "包括透過EV屋苑充電易資助計劃和寬免總樓面面積。", []string{"EV屋苑充电易资助|计划"}},
		{"a causative verb of one rune", "優化措施讓低津計劃更好地支援在職家庭。", []string{"低津|计划"}},
		{"及 before the head word", "已發放約1.24億元予860個藝術團體及計劃。", nil},
		{"a negated verb", "黃敏惠說,「嘉市不缺計畫,缺的是經費」。", nil},
		{"a body that launches a scheme", "信保局推先導計劃 支援開拓風險較高新市場。", nil},
		{"計劃 the verb before 為", "根據顧問公司的研究建議,首階段的資助對象計劃為二衝程摩托車。", nil},
		{"a quota set by a verb", "學校按上級招生主管部門規定的比例,設置普通本科預留計劃,用於調節。", nil},
		{"the verb 計劃", "政府計劃推出新措施。教育局計劃在明年推出新措施。", nil},
		{"a scheme before a verb", "三、職涯進修補助計畫簡述如下:", []string{"职涯进修补助|计划"}},
		{"a verb before the name's nouns", "小學程度教育並符合資格領取綜援計劃。", []string{"综援|计划"}},
		// Hong Kong policy addresses (2025) and a bureau's release (2014):
		// a scheme of a kind after a frame, one common word before 計劃.
		{"a scheme of a kind after a frame", "年底前推出試驗計劃，資助長者。推行資助計劃。推出青年宿舍計劃。",
			[]string{"青年宿舍|计划"}},
		// A Hong Kong budget (2020): the sum a scheme holds is no part of
		// its name.
		{"a sum of money before a scheme", "政府推出二十億元科技創新先導計劃,支持研發。推出二十億元先導計劃。",
			[]string{"科技创新先导|计划"}},
		// Hong Kong releases (2020, 2022) and a Taipei release (2021): a
		// preposition, a verb of conceiving, and a body's verb that governs
		// the scheme after a frame are no part of its name.
		{"words that govern a scheme", "至於遊戲機中心資助計劃,由局方負責。政府正構思社區客廳計劃。亦結合交通局推動電動運具促進計畫,積極建構友善環境。",
			[]string{"游戏机中心资助|计划", "社区客厅|计划", "电动运具促进|计划"}},
		// A Macao bureau's release (2020): 籌辦 governs the scheme.
		{"a scheme that a bureau organises", "勞工局將籌辦工程管理人員培育計劃,協助青年。", []string{"工程管理人员培育|计划"}},
		// Hong Kong budget speeches (2017, 2018), a Legislative Council
		// paper (2010) and Taiwan releases (2023, 2025): what the scheme's
		// people do stands in its name, where a verb that governs it ends
		// the name on its left.
		{"verbs among the name's nouns", "我會向藝術發展配對資助試驗計劃增撥五億元。政府亦優化了實習研究員計劃。推行體弱長者家居照顧服務試驗計劃。",
			[]string{"艺术发展配对资助试验|计划", "实习研究员|计划", "体弱长者家居照顾服务试验|计划"}},
		{"verbs that govern the scheme before its nouns", "縣府持續補助長者裝置假牙計畫。業者可取得工廠改善計畫核定。(以下簡稱國家專項計劃)由中央部門承擔。",
			[]string{"长者装置假牙|计划", "工厂改善|计划", "国家专项|计划"}},
		// A Macao news page (2023): whom a scheme serves, a verb and 者,
		// opens its name at a sentence's start.
		{"a scheme for a kind of person", "照顧者津貼先導計劃第一階段結束。司長被問到照顧者津貼計劃時表示。", []string{"照顾者津贴先导|计划", "照顾者津贴|计划"}},
		// A Hong Kong news page (2025): a scheme the year it began follows.
		{"a scheme and the year it began", "醫療券計劃於2009年推出。資助對象計劃於明年公布。觀光處目前計畫於9月底開始發放。", []string{"医疗券|计划"}},
		// Taiwan ministries' news (2025): a plan set up or drawn up for
		// someone, the verb no part of its name.
		{"verbs that set up a scheme", "協助企業建立職場互助教保服務計畫。長照機構為個案建立長照計畫。",
			[]string{"职场互助教保服务|计划", "长照|计划"}},
		{"a count and a demonstrative", "申請者須詳閱二四年度四個資助計劃的細則,按各計劃的要求遞交。", nil},
		{"a modal before the verbs", "設備購置費用最高可編列計畫。", nil},
		{"a generic word and one other", "申請專項撥款計劃。", nil},
		{"a package of plans", "全面落實國家一攬子計畫。", nil},
		{"a place's or a body's plan of a field", "已完成全國國土計畫草案。包頭市科技計劃下達。湖北省計劃投資。", nil},
		{"a demonstrative the segmenter joined to a word", "結合實際,特制定本計劃。", nil},
		{"a demonstrative before the action of an action plan", "為加快發展，特制定本行動計劃。", nil},
		// A summary of a policy address (2025) lists its points a paragraph
		// each without full stops, so the normalizer joins two of them as
		// one sentence; the scheme's name stays in its own paragraph.
		{"a scheme opening a paragraph joined to the one before",
			"政府會繼續支援中小企業，延長「中小企融資擔保計劃」各項產品的申請期兩年，並為受影響的行業提供租金寬減；另外將推出多項措施協助企業應對經營困難，包括延長貸款還款期、擴大信貸保證範圍及提高融資額度上限，預計帶來每年約三百億元的經濟貢獻；按證保險公司指合資格企業可在十一月或之前，向貸款機構申請最多十二個月「還息不還本」期" +
				"\n\n推長者業主樓換樓計劃，容許六十歲並擁有單位十年或以上業主，不須補價購買較小或較偏遠的單位；減收非住宅用戶一半的水費及排污費，每戶每月寬減額設有上限；公營房屋單位供應料達十九萬個，公屋輪候時間縮短一年；下期居屋新增一千個配額，將公布兩個屋邨的重建計劃，研究重建模範邨；將長者社區照顧服務券總數增至一萬六千張，增約七百個新建資助安老宿位",
			[]string{"中小企融资担保计划|计划", "长者业主楼换楼|计划"}},
		{"plans of a kind", "提交年度工作計畫及項目資金使用計劃。", nil},
		{"a version before the head word", "許淑華提及，幸福巴士2.0計畫將陸續分階段布建。",
			[]string{"幸福巴士2.0|计划"}},
		{"a version after the head word", "推動青年創業貸款計畫2.0上路。", []string{"青年创业贷款计划2.0|计划"}},
		{"a plan in simplified characters", "现时的青创援助计划应推广至大湾区。", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, namesAndCategories(t, tt.text))
		})
	}
}
