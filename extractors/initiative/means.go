package initiative

// meansWords follow 以…为 and say that what stands between is the means of
// the work a clause carries out: its hand to grip (抓手), its vehicle
// (载体), what leads or pulls it (统领, 引领, 牵引) or its main line (主线).
var meansWords = []string{"抓手", "总抓手", "载体", "重要载体", "统领", "引领", "牵引", "主线", "突破口", "龙头"}

// modalMeans are the words the segmenter makes of a modal verb and 以
// (要以, 应以): 以 opens the means all the same.
var modalMeans = []string{"要以", "应以", "须以", "将以"}

// means finds the unquoted programmes named as the means of a clause's
// work, 以 and the name and 为 and one of meansWords: 以奋进西乡提升行动为
// 抓手. 以 is a word of its own (not 可以, 以来), and the name reads as a
// programme by itself with a strong head word other than 改革 right before
// 为, specific, holding no known name (read as known) and no common scheme
// (以实施方案为准 names none).
func (m *matcher) means() {
	rs := m.v.rs
	for i := 0; i+1 < len(rs); i++ {
		if rs[i] != '以' || m.toks != nil && !m.wordAlone(i) && !(i > 0 && m.wordEndsAt(i+1, modalMeans)) {
			continue
		}
		f, ok := m.bareProgramme(i + 1)
		if !ok || f.b+1 >= len(rs) || rs[f.b] != '为' && rs[f.b] != '為' || !m.wordStartsAt(f.b+1, meansWords) {
			continue
		}
		if m.commonScheme(f) || !m.specific(f, minSpecific) || !m.free(f.a, f.b) || m.knownWithin(f.a, f.b) || f.cat == "改革" {
			continue // 以供给侧结构性改革为主线: a known name is read as known; a reform is a field's
		}
		m.add(f)
		i = f.b
	}
}
