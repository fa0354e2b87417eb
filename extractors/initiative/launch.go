package initiative

import (
	"strings"
)

// launchEvents are the events at which a programme is launched, which
// follow its name and head word: 西安市人才发展基金启动仪式.
var launchEvents = []string{"启动仪式", "启动会", "启动大会", "启动暨", "发布会", "啟動儀式", "發布會"}

// launches finds the programmes named before the event that launches them
// (举办西安市人才发展基金启动仪式暨首批项目签约): a head word other than a
// weak one right before the event, and before it the words of the
// segmenter that are nouns, back to the first that is not (举办), at least
// minSpecific runes of them. The runes must be free: a programme found by
// other rules (全市乡村振兴战略推进会) stays as it was read.
func (m *matcher) launches() {
	if m.toks == nil {
		return
	}
	rs := m.v.rs
	for i := minSpecific + 2; i < len(rs); i++ {
		if !strings.ContainsRune("启发啟發", rs[i]) || !m.wordStartsAt(i, launchEvents) {
			continue // every launch event opens with 启 or 发
		}
		for k := max(0, i-m.e.maxWord); k < i; k++ {
			hw := m.headWord(k, i, func(kd kind) bool { return kd != kindWeak })
			if hw == nil || k+len(hw.rs) != i {
				continue
			}
			a := m.nounsBefore(k)
			if k-a >= minSpecific && m.free(a, i) && !m.holdsFunction(a, k) {
				m.add(mention{a: a, b: i, name: m.v.str(a, k), cat: string(hw.rs)})
			}
			break
		}
	}
}

// nounsBefore returns where the run of the segmenter's nouns that ends at
// rune k starts (西安市人才发展 in 举办西安市人才发展基金), or k.
func (m *matcher) nounsBefore(k int) int {
	t, found := m.tokenAt(int(m.v.start[k]))
	if !found {
		return k
	}
	a := k
	for t--; t >= 0; t-- {
		pos := m.toks[t].POS
		if !(strings.HasPrefix(pos, "n") && pos != "nr" || pos == "vn" || pos == "j" || pos == "b") {
			break
		}
		for a > 0 && int(m.v.start[a-1]) >= m.toks[t].Start {
			a--
		}
	}
	return a
}
