package initiative

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/policyx/policyx/pipeline"
)

// pilot reports whether the head word cat is a pilot's (试点).
func pilot(cat string) bool { return cat == "试点" || cat == "試點" }

// maxPilotRun is the most runes read after 国家 for a national pilot's
// field and a year before 试点 (国家智慧城市2014年度试点).
const maxPilotRun = 18

// nationalPilots finds the national pilots named by their field, with no
// verb frame needed: 公布2013年度国家智慧城市试点名单, 推进国家盐碱地综合
// 利用试点首年任务. 国家 must be a word of the segmenter of its own (not
// 国家级), the field a noun phrase of at least minSpecific runes (国家联系
// 试点 is a pilot the nation keeps in touch with), and a year
// may stand before 试点 (国家智慧城市2014年试点). The name is 国家 and the
// field, the category 试点. A batch opens a pilot as 国家 does, and is no
// part of its name (入选首批未来社区试点创建名单 gives 未来社区 | 试点),
// unless a scope follows it (首批全省…试点: the places a province picks). A
// field ending in a head word names its own programme (国家重点研发计划试
// 点), which other rules read; a pilot place (国家信息消费试点城市) is a
// designation, but a list of pilot places names the pilot (国家数字乡村试点
// 地区名单).
func (m *matcher) nationalPilots() {
	rs := m.v.rs
	for i := 0; i+4 < len(rs); i++ {
		a := i + 2 // the field's start
		switch {
		case rs[i] == '国' && m.hasPrefixAt(i, "国家") && m.wordStarts(i, 2):
		case rs[i] == '首' || rs[i] == '第':
			n := batchLength(rs[i:])
			if n == 0 {
				continue
			}
			i += n // 首批未来社区试点: the batch is no part of the name
			a = i
			if m.hasPrefixAt(i, "国家") {
				a = i + 2 // 首批国家数字乡村试点
			}
			if scopeAt(m.v.rs[a:]) {
				continue // 入选首批全省…先行区建设试点: the places the province picks, a designation
			}
		default:
			continue
		}
		lim := m.run(a, maxPilotRun)
		for k := a + minSpecific; k < lim; k++ {
			e := m.skipYear(k)
			if !m.hasPrefixAt(e, "试点") && !m.hasPrefixAt(e, "試點") {
				continue
			}
			if m.pilotField(a, k) && m.e.endsHead(m.v.rs[a:k]) == "" && !m.designation(e+2) && m.free(i, e+2) {
				m.add(mention{a: i, b: e + 2, name: m.v.str(i, k), cat: m.v.str(e, e+2)})
				i = e + 1
			}
			break
		}
	}
}

// scopeAt reports whether rs opens with the scope of a designation (全省,
// 全市, 省级 …).
func scopeAt(rs []rune) bool {
	const units = "省市县縣区區国國"
	if len(rs) < 2 {
		return false
	}
	return rs[0] == '全' && strings.ContainsRune(units, rs[1]) || (rs[1] == '级' || rs[1] == '級') && strings.ContainsRune(units, rs[0])
}

// batchLength returns the length in runes of the batch that opens rs (首
// 批, 第一批, 第二批), or 0.
func batchLength(rs []rune) int { return ordinalLength(rs, '批') }

// roundLength returns the length in runes of the round that opens rs (首轮,
// 第二轮, 第三輪 as the view folds it), or 0.
func roundLength(rs []rune) int { return ordinalLength(rs, '轮') }

// ordinalLength returns the length in runes of the ordinal of unit that
// opens rs (首批, 第二轮: 首 or 第 and a numeral of up to three runes), or 0.
func ordinalLength(rs []rune, unit rune) int {
	if len(rs) >= 2 && rs[0] == '首' && rs[1] == unit {
		return 2
	}
	j := 1
	for j < len(rs) && j <= 3 && smallDigit(rs[j], false) {
		j++
	}
	if len(rs) == 0 || rs[0] != '第' || j == 1 || j >= len(rs) || rs[j] != unit {
		return 0
	}
	return j + 1
}

// designation reports whether a pilot's title followed by rune i names
// the places it designates (试点城市, 试点县), not the pilot: a list of
// the pilot places (试点地区名单) names the pilot.
func (m *matcher) designation(i int) bool {
	n := m.pilotPlace(i)
	return n > 0 && !m.hasPrefixAt(i+n, "名单") && !m.hasPrefixAt(i+n, "名單")
}

// wordStarts reports whether a word of the segmenter n runes long starts
// at rune i.
func (m *matcher) wordStarts(i, n int) bool {
	t := m.wordStarting(i)
	return t != nil && t.End == int(m.v.end[i+n-1])
}

// skipYear returns the rune after a year of four digits and 年 or 年度 at
// rune i, or i.
func (m *matcher) skipYear(i int) int {
	rs := m.v.rs
	if i+5 > len(rs) || !isDigitRune(rs[i]) {
		return i
	}
	for _, r := range rs[i : i+4] {
		if r < '0' || r > '9' {
			return i
		}
	}
	if rs[i+4] != '年' {
		return i
	}
	if i+5 < len(rs) && rs[i+5] == '度' {
		return i + 6
	}
	return i + 5
}

// pilotField reports whether the runes [a, b) are the field of a pilot:
// words of the segmenter that start and end there, none a verb of the
// dictionary, and each a noun, an adjective or a word the segmenter tags
// loosely in such fields (智慧 as a person's name, 盐碱地 as a state), or
// a verbal noun; no verb, preposition, conjunction, particle, adverb,
// pronoun, number or time.
func (m *matcher) pilotField(a, b int) bool {
	if m.toks == nil || m.holds(a, b, kindVerb) {
		return false
	}
	lo, hi := int(m.v.start[a]), int(m.v.end[b-1])
	i, found := m.tokenAt(lo)
	if !found {
		return false
	}
	for ; i < len(m.toks) && m.toks[i].Start < hi; i++ {
		if m.toks[i].End > hi {
			return false
		}
		switch pos := m.toks[i].POS; {
		case pos == "vn", pos == "nr", pos == "z", pos == "a", pos == "b", pos == "j", pos == "l":
		case strings.HasPrefix(pos, "n"):
		case pos == "t" && slices.Contains(ageWords, m.tokenText(m.toks[i])):
			// 未来社区试点: an age that qualifies the field, no time of the pilot
		default:
			return false
		}
	}
	return true
}

// ageWords are the words of time that qualify a pilot's field rather than
// date it (未来社区, 现代农业).
var ageWords = []string{"未来", "未來", "现代", "現代", "当代", "當代"}

// tokenText returns the runes of the view that the word t spans.
func (m *matcher) tokenText(t pipeline.Token) string {
	k, _ := slices.BinarySearch(m.v.start, int32(t.Start))
	j := k
	for j < len(m.v.rs) && int(m.v.end[j]) <= t.End {
		j++
	}
	return m.v.str(k, j)
}

// pilotPlace returns the length in runes of the kind of place that
// follows rune i, the place a pilot's title designates (试点城市, 试点县),
// or 0.
func (m *matcher) pilotPlace(i int) int {
	for _, p := range []string{"城市", "县", "縣", "市", "区", "區", "省", "地区", "地區"} {
		if m.hasPrefixAt(i, p) {
			return utf8.RuneCountInString(p)
		}
	}
	return 0
}

// reformPilot reads at rune j, after a verb that is no frame (深化, 推进,
// 抓好), the pilot of a reform: 持续深化能源革命综合改革试点 gives 能源革命
// 综合改革 | 试点, as 开展 before it does. The reform's field is a pilot's
// (see pilotField) of at least minSpecific runes, 改革 a part of the name,
// as a frame's pilot keeps it; a pilot place (改革试点县) is a designation.
// It returns the end of the mention.
func (m *matcher) reformPilot(j int) (int, bool) {
	lim := m.run(j, maxPilotRun)
	for k := j + minSpecific; k+4 <= lim; k++ {
		if !m.hasPrefixAt(k, "改革试点") && !m.hasPrefixAt(k, "改革試點") {
			continue
		}
		end := k + 4
		if !m.pilotField(j, k+2) || m.pilotPlace(end) > 0 || !m.free(j, end) {
			return 0, false
		}
		m.add(mention{a: j, b: end, name: m.v.str(j, k+2), cat: m.v.str(k+2, end)})
		return end, true
	}
	return 0, false
}
