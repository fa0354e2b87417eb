package normalize

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// A trailing footer is the licence, copyright or web-page block that copies
// of a document carry after its last paragraph: a Wikisource public-domain
// notice (本作品是中华人民共和国的法律…属于公有领域。… Public domain false), a
// site's 版权所有 © … 京ICP备… lines, a 免责声明, a reprint notice
// (转载请注明出处). It is recognised only at the end of the text:
//
//   - it starts at an opener, a line that begins a licence statement
//     (本作品…公有领域, 本文…转载请注明, This work is …), a copyright line
//     (版权所有, Copyright, ©, ICP备, 网站标识码), a disclaimer (免责声明：…
//     with words of copyright or reprinting), a reprint notice, or a note
//     naming Wikisource or Wikipedia. The opener is read together with the
//     lines that follow it up to the next blank line, since such notices
//     are often cut into fragments by the links of the page (本作品是…的 /
//     法律 / 、 / 法规 / ，国家机关…);
//   - every block of lines after the opener's block is a footer block too:
//     its lines are all page furniture or footer lines (Public domain,
//     false, 网站地图 | 联系我们, 主办单位：…), or it is short and speaks of
//     copyright, licences, the site or its contact details;
//   - lines just before the opener that are page furniture or footer lines
//     (主办单位：…, 网站地图, 分享到) belong to it, and so do lines of contact
//     details (地址：…, 电话：…) between such lines and the opener;
//   - at most maxFooter runes long, with text before it at least half as
//     long as the text after the opener's block (footer lines apart).
//
// A body paragraph that merely mentions 版权 or 公有领域 is no opener, and a
// footer word in the middle of the text never cuts it.

// Limits, in runes, of a trailing footer.
const (
	maxFooter      = 1500 // the whole footer
	maxFooterBlock = 600  // one block after the opener, read for its words
	maxOpener      = 400  // the text read from an opener line on
	maxOpenerLine  = 80   // a copyright or disclaimer line
	minBodyLine    = 20   // a line in an opener's block this long without footer words is body text
)

// footerRules are the compiled footer patterns. They run on footerText
// renderings.
type footerRules struct {
	licence    *regexp.Regexp // a licence statement, read across its block
	copyright  *regexp.Regexp // a copyright line
	disclaimer *regexp.Regexp // a disclaimer line, with vocab in its block
	wiki       *regexp.Regexp // a note naming the wiki the copy came from
	line       *regexp.Regexp // a footer line: page links, public-domain tags
	contact    *regexp.Regexp // a line of contact details, footer only below a footer line
	vocab      *regexp.Regexp // words of a footer block
	claims     *regexp.Regexp // words of a disclaimer
}

func newFooterRules() footerRules {
	const (
		open = `^[（【\[〔(]?`
		// the things a licence statement speaks for
		work = `本\p{Han}{0,2}?(作品|页面|条目|网页|文章|稿件|译文)|此(作品|页面|条目|网页|文章|译文)|这部作品|该作品|` +
			`本网站|本站|本网[讯所刊登发布转载]|本文([^件]|$)`
		// what makes it a licence statement
		licence = `公有领域|公共领域|著作权法|版权所有|版权归|版权属于|版权状况|版权声明|许可协议|自由文档许可证|知识共享|授权许可|` +
			`不得转载|禁止转载|严禁转载|转载请|转载须|转载时|未经授权|未经许可|未经同意|(?i:public domain|creative commons|licen[cs]e)`
		// the links of a page's footer; after the first, 首页 alone too
		links = `网站地图|联系我们|关于我们|网站声明|网站简介|隐私政策|隐私声明|私隐政策|重要告示|使用帮助|网站帮助|网站导航|` +
			`友情链接|相关链接|无障碍|网页指南|返回首页|设为首页|加入收藏|English|繁体|简体|繁体版|简体版`
	)
	return footerRules{
		licence: regexp.MustCompile(open + `(注：|说明：)?(` + work + `).{0,200}?(` + licence + `)` +
			`|(?i)^(this (work|page|file|text|document) (is|was|has)|text is available under|content is available under|licensed under)`),
		copyright: regexp.MustCompile(open + `[^。！？]{0,40}?(版权所有([^人者权]|$)|(?i:copyright)|©|（(?i:c)） ?\d{4}|` +
			`(?i:all rights reserved)|保留所有权利|\p{Han}ICP[备证]\d|ICP备案号|公网安备\d|网站标识码|网站识别码)`),
		disclaimer: regexp.MustCompile(open + `(免责声明|免责条款|版权声明|版权说明|法律声明|特别声明|转载声明|郑重声明)[】\]）)]?[：:]?` +
			`|` + open + `[^。！？]{0,30}?(转载请注明|转载须注明|转载时请注明|如需转载|欢迎转载|未经.{0,20}?(授权|许可|同意).{0,10}?(不得|禁止|严禁|请勿)(转载|摘编|镜像))`),
		wiki: regexp.MustCompile(`^.{0,40}?(维基文库|维基百科|维基媒体|(?i:wikisource|wikipedia|wikimedia))`),
		line: regexp.MustCompile(`^(?i:((public ?domain|pd|true|false) ?)+)$` +
			`|^[【\[]?(` + links + `)[】\]]?` +
			`([ |｜/·、]*[【\[]?(` + links + `|首页)[】\]]?)*[：:]?$` +
			`|^(主办单位|承办单位|协办单位|主办|承办|协办|技术支持|运行维护|运维单位|维护单位|网站维护|网站主办|网站承办)[：:][^。！？]{0,60}$` +
			`|^[【\[]?(我要纠错|纠错)[】\]][^。！？]{0,40}$` +
			// a digitised copy's notes on the glyphs its font lacked
			`|^字库未存字(注释)?[：:]?$|^[＠@][①-⑳][^。！？]{0,20}$`),
		contact: regexp.MustCompile(`^(地址|通讯地址|联系地址|邮编|邮政编码|电话|联系电话|传真|邮箱|电子邮箱|(?i:e-?mail))[：:]`),
		vocab: regexp.MustCompile(`公有领域|公共领域|版权|著作权|许可|授权|转载|维基|模板|(?i:wiki|public domain|licen[cs]e|creative commons|copyright|all rights)|` +
			`ICP|备案|备\d|标识码|网站|网页|本网|本站|主办|承办|地址|电话|邮编|传真|邮箱|(?i:e-?mail)|©`),
		claims: regexp.MustCompile(`版权|著作权|转载|观点|立场|侵权|网站|本网|本站|平台|作者|(?i:copyright)`),
	}
}

// footerText renders the content of line l for the footer patterns: spaces
// are dropped except between two ASCII letters or digits (so 版 权 所 有 and
// © 2023 read as 版权所有 and ©2023, Public domain keeps its space), and
// ASCII colons become "：".
func footerText(sb *strings.Builder, items []item, l line) {
	for i := l.a; i < l.b; i++ {
		switch r := items[i].r; {
		case isSpace(r):
			j := i + 1
			for j < l.b && isSpace(items[j].r) {
				j++
			}
			if i > l.a && j < l.b && asciiWord(items[i-1].r) && asciiWord(items[j].r) {
				sb.WriteByte(' ')
			}
			i = j - 1
		case r == ':':
			sb.WriteRune('：')
		default:
			sb.WriteRune(r)
		}
	}
}

// asciiWord reports whether r is an ASCII letter or digit.
func asciiWord(r rune) bool { return isLatin(r) || isDigit(r) }

// footer finds the trailing footer of the text, if any, and marks its lines
// as furniture so that the view ends with the last line of the body.
func (n *Normalizer) footer(items []item, lines []line) {
	// the window: the trailing lines holding at most maxFooter runes
	w, runes := len(lines), 0
	for w > 0 && runes+lines[w-1].runes() <= maxFooter {
		w--
		runes += lines[w].runes()
	}
	if w == len(lines) {
		return
	}
	// blocks of non-blank lines in the window, as [start, end) line indexes
	type block struct{ start, end int }
	var blocks []block
	for i := w; i < len(lines); i++ {
		if lines[i].kind == blankLine {
			continue
		}
		j := i
		for j < len(lines) && lines[j].kind != blankLine {
			j++
		}
		blocks = append(blocks, block{i, j})
		i = j
	}
	var sb strings.Builder
	text := func(from, to, limit int) string {
		sb.Reset()
		for k := from; k < to && sb.Len() < 3*limit; k++ {
			if lines[k].kind == textLine {
				footerText(&sb, items, lines[k])
			}
		}
		return sb.String()
	}
	lineText := func(k int) string {
		sb.Reset()
		footerText(&sb, items, lines[k])
		return sb.String()
	}
	// the footer line test: furniture, or a footer line of its own
	weak := func(k int) bool {
		switch lines[k].kind {
		case blankLine, furnitureLine:
			return true
		}
		return lines[k].runes() <= maxClassified && n.foot.line.MatchString(lineText(k))
	}
	// the blocks that may follow an opener run from first to the end
	first := len(blocks)
	for first > 0 {
		b := blocks[first-1]
		ok := true
		for k := b.start; k < b.end && ok; k++ {
			ok = weak(k)
		}
		if !ok {
			size := 0
			for k := b.start; k < b.end; k++ {
				size += lines[k].runes()
			}
			ok = size <= maxFooterBlock && n.foot.vocab.MatchString(text(b.start, b.end, maxFooterBlock))
		}
		if !ok {
			break
		}
		first--
	}
	// the earliest opener in the block before first or after it
	cut, rest := -1, 0 // the opener line and the end of its block
	for x := max(first-1, 0); x < len(blocks) && cut < 0; x++ {
		b := blocks[x]
		for k := b.start; k < b.end; k++ {
			if lines[k].kind == textLine && n.opener(lines[k], lineText(k), text(k, b.end, maxOpener)) {
				cut, rest = k, b.end
				break
			}
		}
	}
	if cut < 0 {
		return
	}
	// An opener's block longer than a notice holds body text after it (a
	// copy that starts 共5页 / 版权说明：… / 第一条 …): that text counts
	// against the cut below.
	blockRunes, plain := 0, 0
	for k := cut + 1; k < rest; k++ {
		blockRunes += lines[k].runes()
		if lines[k].kind == textLine && lines[k].runes() >= minBodyLine && !n.foot.vocab.MatchString(lineText(k)) {
			plain += lines[k].runes() // 第二条 固定资产投资规模在500万元以上的企业，…
		}
	}
	if blockRunes > maxOpener || plain > 0 {
		rest = cut + 1
	}
	// Footer lines just above the opener belong to it, and so do lines of
	// contact details between them, but not contact lines that follow the
	// body directly: those may be a notice's own.
	for k := cut - 1; k >= 0; k-- {
		if weak(k) {
			cut = k
			continue
		}
		if lines[k].kind != textLine || lines[k].runes() > maxClassified || !n.foot.contact.MatchString(lineText(k)) {
			break
		}
	}
	// The body must be at least half as long as the text that follows the
	// opener's block (footer lines apart): a copyright line near the top of
	// a short text is a header, and what follows it is the body.
	var bodyRunes, restRunes int
	for k := range lines {
		switch {
		case lines[k].kind != textLine:
		case k < cut:
			bodyRunes += lines[k].runes()
		case k >= rest && !weak(k):
			restRunes += lines[k].runes()
		}
	}
	if bodyRunes == 0 || 2*bodyRunes < restRunes {
		return
	}
	for k := cut; k < len(lines); k++ {
		if lines[k].kind == textLine {
			lines[k].kind = furnitureLine
		}
	}
}

// opener reports whether the line l, rendered as s, starts a footer; rest
// is the rendering of l and the lines after it up to the next blank line.
func (n *Normalizer) opener(l line, s, rest string) bool {
	f := &n.foot
	if f.licence.MatchString(rest) || f.wiki.MatchString(rest) && utf8.RuneCountInString(rest) <= maxOpener {
		return true
	}
	if l.runes() > maxOpenerLine {
		return false
	}
	return f.copyright.MatchString(s) || f.disclaimer.MatchString(s) && f.claims.MatchString(rest)
}
