package initiative

import (
	"strings"
	"unicode/utf8"
)

// maxBudgetName is the longest name of a plan in a budget's list, in runes:
// such plans are named at length (晶片驅動臺灣產業創新-AI產業應用與普及發展計畫).
const maxBudgetName = 40

// budgetLists finds the plans of a budget's list, each followed by the sum
// it is given: 新增晶片驅動臺灣產業創新-AI產業應用與普及發展計畫8.3億元、
// 先進半導體研發基地建置計畫5.8億元、…. At least two items in a row, joined
// by 、, 及 or 以及, must each end in the head word of a formal plan and a
// sum in 元; the first item starts after the first verb of the segmenter
// in its run (新增, 增列), the others after their joining word. A name may
// hold a hyphen between its parts.
func (m *matcher) budgetLists() {
	if m.toks == nil {
		return
	}
	rs := m.v.rs
	type entry struct{ a, k, b int } // name start, head word start, end of the sum
	var run []entry
	flush := func() {
		if len(run) >= 2 {
			for _, e := range run {
				if name := m.v.str(e.a, e.k); m.free(e.a, e.b) && utf8.RuneCountInString(name) >= minSpecific {
					n := m.headAt(e.k, len(rs), strong)
					m.add(mention{a: e.a, b: e.k + n, name: name, cat: m.v.str(e.k, e.k+n)})
				}
			}
		}
		run = run[:0]
	}
	for i := 0; i < len(rs); i++ {
		n := m.headAt(i, len(rs), strong)
		if n == 0 || !m.formal(m.v.str(i, i+n)) {
			continue
		}
		end := m.sumAt(i + n)
		if end == 0 {
			continue
		}
		prev := 0
		if len(run) > 0 {
			prev = run[len(run)-1].b
		}
		a := m.budgetNameStart(i, prev)
		if a < 0 {
			flush()
			i += n - 1
			continue
		}
		run = append(run, entry{a, i, end})
		i = end - 1
		if end >= len(rs) || !(rs[end] == '、' || rs[end] == '及' || m.hasPrefixAt(end, "以及")) {
			flush()
		}
	}
	flush()
}

// sumAt returns the end of a sum of money in 元 that starts at rune i
// (8.3億元, 4亿元, 1,200萬元), or 0.
func (m *matcher) sumAt(i int) int {
	rs := m.v.rs
	j := i
	for j < len(rs) && (rs[j] >= '0' && rs[j] <= '9' || j > i && (rs[j] == '.' || rs[j] == ',')) {
		j++
	}
	if j == i {
		return 0
	}
	if j < len(rs) && strings.ContainsRune("億亿萬万千", rs[j]) {
		j++
	}
	if j < len(rs) && rs[j] == '元' {
		return j + 1
	}
	return 0
}

// budgetNameStart returns where the name of a budget item whose head word
// starts at rune k begins, or -1. After a joining word (the list goes on
// when prev is the end of the previous item) the name starts after it;
// otherwise after the first verb of the segmenter in the run of name runes
// (with hyphens, 与 and 和, and the runes inside words of the segmenter,
// as 及 in 普及) before k.
func (m *matcher) budgetNameStart(k, prev int) int {
	rs := m.v.rs
	a := k
	for a > 0 && k-a < maxBudgetName && (nameRune(rs[a-1]) || strings.ContainsRune("-－与和", rs[a-1]) || m.inWord(a-1)) {
		a--
	}
	if prev > 0 {
		s := prev
		switch {
		case s < len(rs) && rs[s] == '、', s < len(rs) && rs[s] == '及':
			s++
		case m.hasPrefixAt(s, "以及"):
			s += 2
		}
		if s < k && k-s <= maxBudgetName && (s >= a || !strings.ContainsAny(m.v.str(s, k), "，。；：,;:")) {
			return s // 新創與創新驅動-國際領先突破、國內中小企業IC設計補助計畫: a name may hold 、 after the first
		}
	}
	for i := a; i < k; i++ {
		t, found := m.tokenAt(int(m.v.start[i]))
		if found && m.toks[t].POS == "v" {
			for ; t < len(m.toks) && m.toks[t].POS == "v"; t++ {
				for i < k && int(m.v.start[i]) < m.toks[t].End {
					i++ // 主要係新增: past the verbs in a row
				}
			}
			if k-i >= minFormal {
				return i
			}
			return -1
		}
	}
	return -1
}
