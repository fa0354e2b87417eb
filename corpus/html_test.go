package corpus

import (
	"html"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// articlePage wraps the founding article's non-blank lines in paragraphs of
// a page declaring charset in the given way, and returns the page and the
// text HTMLText should give back.
func articlePage(t testing.TB, head string) (page, want string) {
	t.Helper()
	var b, w strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html>\n<head>\n" + head + "\n<title>营造创新创业环境 打造高质量发展样板</title>\n")
	b.WriteString("<script>var s = '<p>不是正文</p>';</script>\n<style>p { margin: 0 }</style>\n</head>\n<body>\n")
	w.WriteString("营造创新创业环境 打造高质量发展样板\n")
	for _, line := range strings.Split(article(t), "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		b.WriteString("  <p>" + html.EscapeString(line) + "</p>\n")
		w.WriteString(line + "\n")
	}
	b.WriteString("</body>\n</html>\n")
	return b.String(), strings.TrimSuffix(w.String(), "\n")
}

func TestHTMLTextArticle(t *testing.T) {
	tests := []struct {
		name    string
		head    string
		gbk     bool
		wantEnc string
	}{
		{name: "utf-8 meta charset", head: `<meta charset="utf-8">`, wantEnc: "utf-8"},
		{name: "gbk meta charset", head: `<meta charset="GBK">`, gbk: true, wantEnc: "gbk"},
		{name: "gb2312 http-equiv", head: `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`, gbk: true, wantEnc: "gbk"},
		{name: "gb18030 http-equiv loose", head: `<META HTTP-EQUIV="content-type" CONTENT="text/html;charset=GB18030;">`, gbk: true, wantEnc: "gb18030"},
		{name: "gbk bytes labelled utf-8", head: `<meta charset="utf-8">`, gbk: true, wantEnc: "gb18030"},
		{name: "utf-8 bytes labelled gb2312", head: `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`, wantEnc: "utf-8"},
		{name: "gbk without declaration", head: `<meta name="keywords" content="高新区">`, gbk: true, wantEnc: "gb18030"},
		{name: "gbk after a long comment", head: "<!--" + strings.Repeat("统计代码 ", 300) + `--><meta charset="gbk">`, gbk: true, wantEnc: "gbk"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page, want := articlePage(t, tt.head)
			raw := []byte(page)
			if tt.gbk {
				raw = encode(t, simplifiedchinese.GBK, page)
			}
			got, enc, err := HTMLText(raw, "")
			require.NoError(t, err)
			assert.Equal(t, tt.wantEnc, enc)
			assert.Equal(t, want, got)
		})
	}
}

func TestHTMLText(t *testing.T) {
	tests := []struct {
		name string
		page string
		want string
	}{
		{
			name: "blocks and inline elements",
			page: `<div class="title"><h1>关于印发<span>《若干措施》</span>的通知</h1></div><div id="content"><p>各区县人民政府：</p><p>现将<b>《措施》</b>印发给你们，请认真<a href="#">贯彻执行</a>。</p></div>`,
			want: "关于印发《若干措施》的通知\n各区县人民政府：\n现将《措施》印发给你们，请认真贯彻执行。",
		},
		{
			name: "br and blank lines",
			page: "<p>第一条 为了规范管理，制定本办法。<br>第二条 本办法适用于全县。<br><br><br><br>第三条 附则。</p>",
			want: "第一条 为了规范管理，制定本办法。\n第二条 本办法适用于全县。\n\n第三条 附则。",
		},
		{
			name: "entities",
			page: "<p>研发投入&gt;5%&amp;增长&#x4E00;倍&#20108;&ldquo;专精特新&rdquo;&nbsp;企业</p>",
			want: "研发投入>5%&增长一倍二“专精特新”\u00a0企业",
		},
		{
			name: "script style noscript template dropped",
			page: "<script>document.write('<p>广告</p>')</script><p>正文</p><style>.a{}</style><noscript>请启用脚本</noscript><template><p>模板</p></template><p>结束</p>",
			want: "正文\n结束",
		},
		{
			name: "source line breaks inside a paragraph",
			page: "<p>\n    国家高新区是科技的聚集地，\n    也是创新的孵化器。\n    GDP\n    growth 5.2%\n</p>",
			want: "国家高新区是科技的聚集地，也是创新的孵化器。 GDP growth 5.2%",
		},
		{
			name: "table cells separated by tabs",
			page: "<table><tr><th>指标</th><th>2022年</th></tr><tr><td>研发投入</td><td> 5.3% </td></tr></table>",
			want: "指标\t2022年\n研发投入\t5.3%",
		},
		{
			name: "pre keeps line breaks",
			page: "<pre>一、总体要求\n  （一）指导思想\n</pre><p>正文</p>",
			want: "一、总体要求\n  （一）指导思想\n正文",
		},
		{
			name: "ideographic indentation kept",
			page: "<p>　　一是实施“未来产业探路”行动。</p><p>&nbsp;</p><p>　　二是加强人才引进。</p>",
			want: "　　一是实施“未来产业探路”行动。\n　　二是加强人才引进。",
		},
		{
			name: "hong kong corner brackets",
			page: "<html><body><p>「粵港澳大灣區」</p><p>『一國兩制』</p></body></html>",
			want: "「粵港澳大灣區」\n『一國兩制』",
		},
		{
			name: "unclosed tags and stray end tags",
			page: "<p>第一段<p>第二段</div></span><li>第三项<li>第四项",
			want: "第一段\n第二段\n第三项\n第四项",
		},
		{
			name: "comments dropped",
			page: "<p>前<!-- 编辑：张三 -->后</p>",
			want: "前后",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, enc, err := HTMLText([]byte(tt.page), "")
			require.NoError(t, err)
			assert.Equal(t, "utf-8", enc)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestHTMLTextErrors(t *testing.T) {
	tests := []struct {
		name     string
		raw      []byte
		encoding string
		wantErr  error
	}{
		{name: "empty file", raw: nil, wantErr: ErrEmpty},
		{name: "no visible text", raw: []byte("<html><head><script>x()</script></head><body><p>&nbsp;</p></body></html>"), wantErr: ErrEmpty},
		{name: "binary", raw: []byte("<html>\x00\x01\x02\x00</html>"), wantErr: ErrBinary},
		{name: "declared gbk with many bad bytes", raw: append([]byte(`<meta charset="gbk"><p>`), []byte(strings.Repeat("\x81\x20", 50))...), wantErr: ErrUndecodable},
		{name: "unknown forced encoding", raw: []byte("<p>x</p>"), encoding: "koi8", wantErr: ErrUnknownEncoding},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, err := HTMLText(tt.raw, tt.encoding)
			assert.ErrorIs(t, err, tt.wantErr)
			assert.Empty(t, got)
		})
	}
}

func TestHTMLTextForcedBig5(t *testing.T) {
	page := "<html><head><meta charset=\"big5\"></head><body><p>" + strings.TrimSpace(traditional) + "</p></body></html>"
	raw := encode(t, traditionalchinese.Big5, page)
	for _, tt := range []struct {
		name, encoding string
	}{
		{name: "declared", encoding: ""},
		{name: "forced", encoding: "big5"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, enc, err := HTMLText(raw, tt.encoding)
			require.NoError(t, err)
			assert.Equal(t, "big5", enc)
			assert.Equal(t, strings.TrimSpace(traditional), got)
		})
	}
}

func FuzzHTMLText(f *testing.F) {
	page, _ := articlePage(f, `<meta charset="gbk">`)
	page = strings.ToValidUTF8(page[:2000], "")
	f.Add([]byte(page))
	f.Add(encode(f, simplifiedchinese.GBK, page))
	f.Add([]byte("<pre>a\r\nb</pre><br><br><td>x<th>y"))
	f.Add([]byte(`<meta http-equiv="content-type" content="charset=`))
	f.Add([]byte("<?xml version=\"1.0\" encoding=\"gb2312\"?><p>\xd6\xd0</p>"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		got, _, err := HTMLText(raw, "")
		if err != nil {
			if got != "" {
				t.Fatalf("error %v with text %q", err, got)
			}
			return
		}
		if !utf8.ValidString(got) {
			t.Fatalf("invalid UTF-8 from %q", raw)
		}
		if strings.TrimSpace(got) == "" {
			t.Fatalf("empty text without an error from %q", raw)
		}
		if strings.HasSuffix(got, "\n") || strings.Contains(got, "\n\n\n") {
			t.Fatalf("line breaks not collapsed: %q", got)
		}
	})
}
