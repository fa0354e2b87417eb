package normalize

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// body is the end of a document, ahead of its footer.
const body = "我们要坚持独立自主的和平外交政策，坚持走和平发展道路，坚定奉行互利共赢的开放战略，反对霸权主义和强权政治，维护国际公平正义。中国愿同国际社会一道，推动构建人类命运共同体，共创世界和平发展的美好未来。\n\n" +
	"各位代表！让我们更加紧密地团结起来，为全面建设社会主义现代化国家而不懈奋斗！"

func TestFooter(t *testing.T) {
	n := New()
	// the Wikisource notice as the pages of the work reports carry it, cut
	// into fragments by its links
	const wikisource = "本作品是中华人民共和国的\n法律\n、\n法规\n，国家机关的决议、决定、命令和其他具有立法、行政、司法性质的文件，及其官方正式译文。根据《\n中华人民共和国著作权法\n》第五条第一项，本作品不适用于该法，在\n中国大陆\n，也可能在其他管辖区，属于\n公有领域\n。\n\n\n\n\n\n\n注：中文维基文库社群认为，中华人民共和国公务演讲，\n不总是\n具有立法、行政、司法性质的文件。\n\n\n\n\n\n\n\nPublic domain\nPublic domain\nfalse\nfalse"
	tests := []struct {
		name string
		src  string
		want string
	}{
		{"Wikisource notice on a law", body + "\n\n\n\n\n\n" + wikisource, body},
		// The 1956 budget report: the digitised copy's notes on glyphs its
		// font lacked, before the notice.
		{"notes on missing glyphs before a notice", body + "\n\n\u3000\u3000字库未存字注释：\n\n\u3000\u3000\u3000＠①原字石右加安\n\n\u3000\u3000\u3000＠②原字钅右加夕\n\n\n\n" + wikisource, body},
		{"Wikisource notice on a resolution", body + "\n\n\n\n本作品来自中华人民共和国全国人民代表大会及其常务委员会的决定、决议。依据《\n中华人民共和国著作权法\n》第五条，本作品不适用于该法，所以属于\n公有领域\n。\n\n\n\n本模板所指的决定包括由中华人民共和国主席令公布的修改或废止法律的决定。\n\n\n\nPublic domain\nPublic domain\nfalse\nfalse", body},
		{"Wikisource notice on an old work", body + "\n\n本明朝作品在全世界都属于公有领域，因为作者逝世已经远远超过100年。\n\nPublic domainPublic domainfalsefalse\n\n本作品原文没有标点。后来方便今人阅读，而加入标点符号的版权状况可能是：\n1. 若由维基文库用户自己的方式加入标点符号，依据知识共享 署名-相同方式共享 4.0协议（CC BY-SA 4.0）及GNU自由文档许可证（GFDL）的条款释出。", body},
		{"Wikisource notice in traditional characters", body + "\n\n本作品在全世界都屬於公有領域，因為作者逝世已經超過100年。\n\nPublic domain\nfalse", body},
		{"Wikisource notice letter-spaced", body + "\n\n本 作 品 在 全 世 界 都 属 于 公 有 领 域 。", body},
		{"English public-domain notice", body + "\n\nThis work is in the public domain in the United States.\nPublic domain", body},
		{"Creative Commons licence", body + "\n\n本文采用知识共享署名-相同方式共享4.0国际许可协议进行许可。", body},
		{"government site footer", body + "\n\n【我要纠错】 责任编辑：张三\n扫一扫在手机打开当前页\n\n网站地图 | 联系我们 | 网站声明\n版权所有：中国政府网 | 网站标识码bm01000001\n京ICP备05070218号 京公网安备11010202000001号\n主办单位：国务院办公厅 运行维护单位：中国政府网运行中心", body},
		{"city site footer after contacts of the site", body + "\n主办：某市人民政府办公室\n地址：某市人民路1号 邮编：230000 电话：0551-12345678\n版权所有 © 2023 某市人民政府 All Rights Reserved\n网站标识码：3401000001 皖ICP备05001234号", body},
		{"Copyright line in Latin", body + "\nCopyright © 2008-2023 www.example.gov.cn. All Rights Reserved", body},
		{"news site reprint notice", body + "\n（责编：张三、李四）\n\n分享到：\n版权声明：凡注明“来源：本网”的所有作品，版权均属于本网，未经授权不得转载、摘编或利用其它方式使用上述作品。", body},
		{"disclaimer", body + "\n\n免责声明：本文转自网络，文章仅代表作者个人观点，与本网站无关。如有侵权请联系删除。", body},
		{"reprint request", body + "\n\n转载请注明出处。\n【打印本页】【关闭窗口】", body},
		{"Hong Kong site footer", body + "\n\n重要告示 | 私隱政策\n© 2022 香港特別行政區政府", body},
		// what stays
		{"copyright line opening a copied document", "共5页\n版权说明：本文档由用户提供并上传\n第二条 固定资产投资规模在500万元以上的企业，给予10万元奖励。\n第三条 本办法自发布之日起施行。",
			"共5页\n版权说明：本文档由用户提供并上传\n第二条 固定资产投资规模在500万元以上的企业，给予10万元奖励。\n第三条 本办法自发布之日起施行。"},
		{"a paragraph on copyright protection stays", body + "\n\n加强知识产权保护，严厉打击侵犯版权行为，维护版权所有人的合法权益。",
			body + "\n\n加强知识产权保护，严厉打击侵犯版权行为，维护版权所有人的合法权益。"},
		{"a paragraph on the public domain stays", body + "\n\n推动公共数据开放，扩大公有领域作品的社会利用。",
			body + "\n\n推动公共数据开放，扩大公有领域作品的社会利用。"},
		{"the last article of a copyright rule stays", body + "\n\n第二十条 本办法由市版权局负责解释，未经许可擅自使用作品的，依法处理。",
			body + "\n\n第二十条 本办法由市版权局负责解释，未经许可擅自使用作品的，依法处理。"},
		{"an article on a document stays", body + "\n\n第十条 本文件自印发之日起施行，未经许可不得擅自变更。",
			body + "\n\n第十条 本文件自印发之日起施行，未经许可不得擅自变更。"},
		{"a notice's contacts stay", body + "\n\n联系人：张三\n电话：0551-12345678",
			body + "\n\n联系人：张三\n电话：0551-12345678"},
		{"a licence notice in the middle stays", "本作品在全世界都属于公有领域。\n\n" + body + "\n\n" + strings.Repeat("推进科技创新，加快建设现代化产业体系。", 3),
			"本作品在全世界都属于公有领域。\n\n" + body + "\n\n" + strings.Repeat("推进科技创新，加快建设现代化产业体系。", 3)},
		{"a document that is only a licence notice stays", "本作品在全世界都属于公有领域。", "本作品在全世界都属于公有领域。"},
		{"a copyright line heading a short text stays", "新闻标题\n版权所有 © 某网站\n\n本站获授权发布以下内容：加强数据要素市场建设，推动公共数据授权运营，鼓励企业开放数据，规范数据交易行为，培育数据服务产业。",
			"新闻标题\n版权所有 © 某网站\n\n本站获授权发布以下内容：加强数据要素市场建设，推动公共数据授权运营，鼓励企业开放数据，规范数据交易行为，培育数据服务产业。"},
		{"a Public domain line without a notice stays", body + "\n\nPublic domain", body + "\n\nPublic domain"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := view(t, n, tt.src)
			assert.Equal(t, tt.want, doc.Norm.Text)
		})
	}
}
