package structure

import (
	"strings"
	"unicode/utf8"
)

// officeWords are the words that follow a place in a position and are
// stripped from its end to find the place: 合肥高新区党工委副书记 →
// 合肥高新区. The longest matching word is stripped first. Simplified and
// traditional forms.
const officeWords = `
党工委 工委 管委会 党委 党组 人大常委会 常委会 人大 政协 人民政府 政府 办公厅 办公室 委员会 委 纪委 监委 黨工委 管委會
黨委 黨組 常委會 政協 辦公廳 辦公室 委員會 常委 副书记 书记 副主任 主任 常务副市长 副市长 市长 副区长 区长 副县长 县长
副省长 省长 副州长 州长 副主席 主席 委员 局长 厅长 部长 院长 秘书长 组长 成员 巡视员 调研员 专员 负责人 党组书记 常务 副
兼 副書記 書記 副市長 市長 副區長 區長 副縣長 縣長 副省長 省長 委員 局長 廳長 部長 院長 秘書長 組長 負責人
`

// titleEnds are the endings of a word that names an office held by a
// person; a byline must have at least one position ending in one.
const titleEnds = `
书记 書記 主任 长 長 常委 主席 委员 委員 院士 教授 研究员 研究員 经理 經理 巡视员 调研员 专员 負責人 负责人 总监 主编
主編 总编辑 秘书 部长 干事
`

// leadWords are stripped from the start of a place: 中共合肥市委 → 合肥市.
const leadWords = "中共 中国共产党 中國共產黨"

// placeSuffixes are the suffixes of a place, each with its rank (higher
// is more specific): zones 4, provinces 0, cities 1, districts and counties
// 2, towns 3, as suffix:rank. The first matching suffix wins, so one that
// ends another comes first (自治区 before 区). A zone is at least two Han
// characters before its suffix, any other place at least one.
const placeSuffixes = `
高新技术产业开发区:4 经济技术开发区:4 自由贸易试验区:4 自贸试验区:4 综合保税区:4 高新区:4 开发区:4 经开区:4
自贸区:4 新区:4 示范区:4 保税区:4 合作区:4 产业园区:4 园区:4 产业园:4 科学城:4 科技城:4 高新區:4 開發區:4
經開區:4 自貿區:4 新區:4 示範區:4 保稅區:4 園區:4 特别行政区:0 特別行政區:0 自治区:0 自治區:0 省:0
自治州:1 地区:1 地區:1 市:1 州:1 盟:1 自治县:2 自治縣:2 区:2 區:2 县:2 縣:2 旗:2 镇:3 鎮:3
乡:3 鄉:3 街道:3
`

// zoneSuffixes are removed from a region to get its short name, which the
// re-attachment uses to recognise text about a section's own region.
const zoneSuffixes = `
高新技术产业开发区 经济技术开发区 自由贸易试验区 高新区 开发区 经开区 自贸区 新区 示范区 园区 高新區 開發區 新區 園區
特别行政区 自治区 自治區 自治州 自治县 地区 省 市 区 區 县 縣
`

// splitPositions splits the positions part of a byline at ，,、;；/ outside
// brackets and removes padding inside each (PDF copies).
func splitPositions(s string) []string {
	var out []string
	depth := 0
	start := 0
	flush := func(end int) {
		if p := squeeze(s[start:end]); p != "" {
			out = append(out, p)
		}
	}
	for i, r := range s {
		switch r {
		case '(', '（', '[', '〔', '【':
			depth++
		case ')', '）', ']', '〕', '】':
			if depth > 0 {
				depth--
			}
		case '，', ',', '、', ';', '；', '/':
			if depth == 0 {
				flush(i)
				start = i + utf8.RuneLen(r)
			}
		}
	}
	flush(len(s))
	return out
}

// holdsOffice reports whether position p ends in a word naming an office.
func (bw *bylineWords) holdsOffice(p string) bool {
	p = stripBrackets(p)
	for _, w := range bw.titleEnds {
		if strings.HasSuffix(p, w) {
			return true
		}
	}
	return false
}

// stripBrackets removes bracketed parts: 乌鲁木齐高新区(新市区)委书记 →
// 乌鲁木齐高新区委书记.
func stripBrackets(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch r {
		case '(', '（', '[', '〔', '【':
			depth++
			continue
		case ')', '）', ']', '〕', '】':
			if depth > 0 {
				depth--
			}
			continue
		}
		if depth == 0 {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// place returns the place a position is held for and its rank (higher is
// more specific), or "", -1: office words are stripped from the end, lead
// words from the start, and what remains must end in a place suffix.
func (bw *bylineWords) place(p string) (string, int) {
	s := stripBrackets(p)
	for {
		best := ""
		for _, w := range bw.office {
			if len(w) > len(best) && strings.HasSuffix(s, w) {
				best = w
			}
		}
		if best == "" {
			break
		}
		s = s[:len(s)-len(best)]
	}
	for _, w := range bw.lead {
		s = strings.TrimPrefix(s, w)
	}
	for _, r := range s {
		if !isHan(r) {
			return "", -1
		}
	}
	for _, ps := range bw.places {
		if !strings.HasSuffix(s, ps.suffix) {
			continue
		}
		min := 1
		if ps.rank == 4 {
			min = 2
		}
		if utf8.RuneCountInString(s)-utf8.RuneCountInString(ps.suffix) < min {
			return "", -1
		}
		return s, ps.rank
	}
	return "", -1
}

// region returns the most specific place named in positions; among equally
// specific ones the first.
func (bw *bylineWords) region(positions []string) string {
	best, rank := "", -1
	for _, p := range positions {
		if pl, r := bw.place(p); r > rank {
			best, rank = pl, r
		}
	}
	return best
}

// shortName returns region without its zone or administrative suffix
// (合肥高新区 → 合肥), or "" when too little is left to be telling.
func (bw *bylineWords) shortName(region string) string {
	for _, s := range bw.zones {
		if strings.HasSuffix(region, s) {
			region = strings.TrimSuffix(region, s)
			break
		}
	}
	if utf8.RuneCountInString(region) < 2 {
		return ""
	}
	return region
}
