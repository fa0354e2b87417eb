package initiative

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// twinPrefixes are the words that open a national campaign named after
// the country (健康中国, 平安中国, 法治中国, 美丽中国, 数字中国) and the twins
// of it that provinces and cities name after themselves (健康绍兴, 平安广东,
// 绿色贵州, 清廉浙江, 书香江苏).
const twinPrefixes = "健康 平安 法治 美丽 数字 绿色 清廉 书香 智慧 幸福"

// divisionRunes end the name of a unit of government: a province, a
// city, a county, a district, a prefecture, a banner, a league, a town or
// a township (扬中市, 梁家镇).
const divisionRunes = "省市县区州旗盟镇乡縣區鎮鄉"

// placeKinds are words of two runes ending like a unit of government that
// name a kind of place, not one place: 城市建设管理年 is every city's
// campaign, named with the city.
const placeKinds = "城市 城區 城区 城乡 城鄉 城镇 城鎮 乡镇 鄉鎮 市区 市區 郊区 郊區 山区 山區 社区 社區 园区 園區 景区 景區 县区 縣區 市县 市縣"

// placeTwin reports whether the runes [a, b) are a twin of a national
// campaign: one of twinPrefixes followed by the name of a place, one word
// of the segmenter that is a place name by its part of speech (绍兴/ns),
// or two to four runes ending in a unit of government (梁家镇, 江北区).
func (m *matcher) placeTwin(a, b int) bool {
	if m.toks == nil {
		return false
	}
	for _, p := range m.e.words.twinPrefixes {
		n := utf8.RuneCountInString(p)
		if b-a < n+2 || b-a > n+4 || !m.hasPrefixAt(a, p) {
			continue
		}
		if strings.ContainsRune(divisionRunes, m.v.rs[b-1]) {
			return true
		}
		k, found := m.tokenAt(int(m.v.start[a+n]))
		// 健康石家庄, 健康邵阳: the segmenter tags some cities as persons
		return found && (m.toks[k].POS == "ns" || m.toks[k].POS == "nr") && m.toks[k].End == int(m.v.end[b-1])
	}
	return false
}

// twinPair reports whether the runes [a, b) are two twins of national
// campaigns joined by a middle dot (健康青海·幸福海南), each a place twin.
func (m *matcher) twinPair(a, b int) bool {
	for k := a + 1; k < b-1; k++ {
		if m.v.rs[k] == '·' || m.v.rs[k] == '・' {
			return m.placeTwin(a, k) && m.placeTwin(k+1, b)
		}
	}
	return false
}

// zoneEnds are the words that end the name of a zone, a park, a base or a
// body: places and institutions, not programmes, even in quotes after a
// verb that sets them up (设立“石岛工业园”, 成立“促进就业协调工作组”,
// 設立「微電子研發院」).
const zoneEnds = "工业园 产业园 科技园 园区 开发区 加工区 试验区 示范区 新区 保税区 高新区 经济区 合作区 基地 " +
	"工作组 领导小组 工作专班 专班 委员会 办公室 工作站 服务站 推广站 驿站 研究院 研发院 研究所 学院 医院 " +
	"服务中心 校友会 协会 商会 联合会"

// isZone reports whether name ends in one of zoneEnds: “石岛工业园”,
// “龙眼港出口加工区”, “社区长者用药安全推广站”, or is one (设立「校友會」).
func (m *matcher) isZone(name string) bool {
	for _, z := range m.e.words.zoneEnds {
		if len(name) >= len(z) && strings.HasSuffix(name, z) {
			return true
		}
	}
	return false
}

// twinWorks finds the unquoted twins of national campaigns being built
// (高标准推进健康扬中建设, 健康扬中建设取得新进展): a place twin (see
// placeTwin) whose place opens with a word the segmenter tags as a place
// and is no word for a kind of place (智慧城市建设, 数字经济强省建设 are
// none), followed by 建设, which is its category, on free runes; or
// after 建设, one word of a place ending the twin (为建设健康广东提供保障;
// not 幸福美丽达州, a goal whose place comes after), with no category.
func (m *matcher) twinWorks() {
	if m.toks == nil {
		return
	}
	rs := m.v.rs
	var firsts []rune // the runes that open a twin prefix
	for _, p := range m.e.words.twinPrefixes {
		r, _ := utf8.DecodeRuneInString(p)
		firsts = append(firsts, r)
	}
	for i := 0; i+6 <= len(rs); i++ {
		if !slices.Contains(firsts, rs[i]) {
			continue
		}
		for _, p := range m.e.words.twinPrefixes {
			if !m.hasPrefixAt(i, p) {
				continue
			}
			n := utf8.RuneCountInString(p)
			for b := i + n + 2; b <= i+n+4 && b+2 <= len(rs); b++ {
				if m.hasPrefixAt(b, "建设") && m.placeTwin(i, b) && m.placeWord(i+n) && m.free(i, b+2) {
					m.add(mention{a: i, b: b + 2, name: m.v.str(i, b), cat: "建设"})
					break
				}
				if (m.hasPrefix(i, "建设") || m.hasPrefix(i, "建設")) && m.placeTwin(i, b) && m.placeWord(i+n) && m.wordStarts(i+n, b-i-n) && (b == len(rs) || !m.placeWord(b)) && m.free(i, b) {
					m.add(mention{a: i, b: b, name: m.v.str(i, b)}) // 建设健康广东, the twin being built
					break
				}
			}
		}
	}
}

// placeWord reports whether a word of the segmenter tagged as a place, and
// no word for a kind of place (城市), starts at rune i.
func (m *matcher) placeWord(i int) bool {
	k, found := m.tokenAt(int(m.v.start[i]))
	return found && m.toks[k].POS == "ns" && m.wordAt(i, len(m.v.rs), kindCommonPlace) == 0
}
