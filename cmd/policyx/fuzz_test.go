package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/policyx/policyx/internal/recordcheck"
	"github.com/policyx/policyx/pipeline"
)

// FuzzPipeline runs every stage on arbitrary text and checks the output
// contract on every record: schema, text == source slice, unique ids,
// order. Nothing may panic (a panic would surface as an error record).
func FuzzPipeline(f *testing.F) {
	for _, s := range []string{
		"",
		"力争到2025年技术合同交易额突破10亿元。",
		"四是实施“未来产业探路”行动,加快建设。\n\n五是实施“高端人才引进”行动。",
		"研发和转化了一\n\n批国内国际领先的科技成果",
		"（一）加大财政支持。1．给予10万元奖励；2．不超过200万元。\n（二）强化人才。",
		"政府將投入一百億元，力爭到2030年達到百分之二十。「再工業化」計劃",
		"２０２３年增长６．６４％\r\n第一条　为了促进",
		"宋道军 合肥市人大常委会副主任,合肥高新区党工委副书记\n\n量翻一番。",
		"“”「」『』——～…,,，，。。\n\n\n　 \u200b",
		"因應通脹調整綜合社會保障援助計劃的標準金額。展能中心延展照顧計劃。計劃",
		"推行配對補助金計劃 113 – 114\n\n十二五規劃 49\n計",
		"並借鏡「共創明『Teen』計劃」。「受『天鴿』」『」「幸福巴士2.0計畫2.0版」落實第2期淨化海港計劃",
		"举行城镇管理百日攻坚行动誓师大会。“潔千村·迎新年”百日攻堅戰。“33618”现代制造业集群体系誓",
		"四、实施五大行动(28)(一)农业园区化建设行动(28)2(二)农业生态化建设行动(29)(",
		"“兩個行動”指產品質量提升行動和服務質量提升行動。新北市一一五年電動機車補助方案出爐。推出二十億元",
		"总结评估全椒县“十三五”水利发展规划实施情况。集聚一大批坚决拥护改革。提出20条具体政策举措",
		"普陀区老龄事业发展“十五五”规划(草案) 发布\n\n1、“十五五”综合交通运输发展规划目录第一章发展基础4客庄地方創生移居補助計畫",
		"出台恢复和扩大消费32条政策措施。「0-6歲國家一起養」推動情形。通過166件補助計畫4.1億元,乃推動青年安心成家方案",
		"出台稳增长“21条”“18条”等政策。印发《“文艺赋美乡村”工作方案(2025—2027年)》。高雄「亞灣2.0」今天宣示啟動。推動「都更三箭」政策",
		"為離開綜合社會保障援助（綜援）計劃並符合資格。推行長者數碼外展計劃外,社署。新青安貸款實施至9月底累計核貸13萬戶",
		"“交响丝路·如意甘肃”美誉度。落实“百城千站”文化和旅游消费三年行动计划。認真落實二十大報告戰略部署。《陕西省方案(2023—2027年)(送审稿)》",
		"引江济淮、重庆渝西水资源配置等引调水工程。建成青电入豫工程。引黄入冀补淀。引\n天津引滦输水工程,禄口机场三期工程前期工作。其中南北山绿化工程",
		"围绕省委三个“一号工程”。推动“央企入桂”、“民企入桂”。锚定“三地一区”战略。「白表居屋第二市場（白居二）計劃」。规范化改造。拥江发展、“三化融合”等“两大行动”",
		"包括中医药特色人才培养工程(岐黄工程)、中药质量提升及产业促进工程。落實推動花東第二期(105至108年)綜合發展實施方案及離島第四期(104至107年)綜合建設實施方案",
		"蔡奇充分肯定过去一年疏解整治促提升专项行动。要深入推进疏解整治促提升专项行动。凸顯招商引資“一號工程”地位。“国和一号”。统筹“人才招引+人口集聚”",
		"“五违四必” [2]整治,收入[1]17.7亿元\n\n作报告。记者刘尚文摄\n\n各位代表：\n\n推长者业主楼换楼计划，容许60岁业主，不须补价购买较小单位；公屋轮候时间缩短一年\n\n减收水费",
	} {
		f.Add(s)
	}
	p, err := testPipeline()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			text = strings.ToValidUTF8(text, "\uFFFD")
		}
		doc := &pipeline.Document{ID: "f", Source: "f", Text: text}
		recs, err := p.Run(context.Background(), doc)
		if err != nil {
			t.Fatalf("Run: %v", err)
		}
		var out bytes.Buffer
		if err := pipeline.Emit(&out, recs); err != nil {
			t.Fatal(err)
		}
		if errs := recordcheck.Check(out.Bytes(), map[string]string{"f": text}); len(errs) > 0 {
			t.Fatalf("%q: %v", text, errs)
		}
	})
}
