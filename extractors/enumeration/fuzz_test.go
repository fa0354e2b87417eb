package enumeration

import (
	"testing"

	"github.com/policyx/policyx/pipeline"
)

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"一是稳增长；二是促改革。\n三是惠民生。",
		"（一）加大支持力度。\n1.奖励；\n2.补贴。\n（二）强化服务。",
		"第一条 总则\n第二条【定义】本办法所称…\n第三条",
		"首先，统一认识；其次，加强协调；最后，狠抓落实。一方面甲，另一方面乙。",
		"以打造平台为抓手，甲。\n以推动创新为重点，乙。\n以引育人才为支撑，丙。",
		"一要\n\n二要\n（ 一 ）\n①②③ 1.5 1、2 第一、二 一百零一、",
		"“一是「二是」”，一是一，二是二\r\n\u3000\u3000三是",
		"目录\n第一章 总则……1\n第二章 附则……3\n第一章 总 则\n第一节 目的\n第一条 甲。\n第二章\n附　则\n第二条 乙。",
		"第一章 总则 第一条 甲。\n第二條 乙。\n第二章 見本辦法第二章的規定\n第三章第五条",
		"第一章 总则\n一、甲。\n二、乙。\n第二章 组成\n三、丙，1,000元。\n1.丁\n2.戊\n3.17個己\n4.5家",
		"①甲；②乙；④丁。（一）甲\n\n（三）丙\n\n（四）丁。其一，甲；其二是乙。1)甲；2）乙。",
		"壹、緣由:甲\n\n貳、依據:\n\n一、 甲\n\n二、 乙\n\n參、 內容\n一．甲\n二.乙",
		"目录\n第一篇 总体\n第一章 甲\n第二篇 创新\n第二章 乙\n第一篇 总体\n第一章 甲\n正文。\n第二篇 创新\n第二章 乙\n第一部分 甲\n第二部分 乙",
	} {
		f.Add(s)
	}
	set, err := builtinSet()
	if err != nil {
		f.Fatal(err)
	}
	x, err := New(set)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc := &pipeline.Document{ID: "fuzz", Text: text}
		doc.Norm = pipeline.Identity(text)
		recs, err := x.Extract(doc)
		if err != nil {
			t.Fatal(err)
		}
		checkSpans(t, doc, recs)
		if _, err := pipeline.Finalize(doc, recs, pipeline.Versions{}); err != nil {
			t.Fatal(err)
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	x := newExtractor(b)
	text := founding(b)
	doc := newDoc("hightech-zones-2022", text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := x.Extract(doc); err != nil {
			b.Fatal(err)
		}
	}
}
