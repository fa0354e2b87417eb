package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	xunicode "golang.org/x/text/encoding/unicode"
)

// article returns the founding test article.
func article(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "articles", "hightech-zones-2022.txt"))
	require.NoError(t, err)
	return string(b)
}

// encode encodes text with enc, failing the test on unencodable text.
func encode(t testing.TB, enc encoding.Encoding, text string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(text))
	require.NoError(t, err)
	return b
}

// traditional is a traditional-Chinese sentence in Hong Kong style, as Big5 can encode it.
const traditional = "「粵港澳大灣區」發展規劃綱要提出，到2035年形成以創新為主要支撐的經濟體系。\n"

func TestDecode(t *testing.T) {
	text := article(t)
	utf16le := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM)
	utf16be := xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM)
	noBOMLE := xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM)
	utf8Bytes := []byte(text)
	tests := []struct {
		name     string
		raw      []byte
		encoding string
		want     string // expected text; "" means the error case
		wantEnc  string
		wantErr  error
	}{
		{name: "utf-8", raw: utf8Bytes, want: text, wantEnc: "utf-8"},
		{name: "utf-8 with BOM", raw: append([]byte(bomUTF8), utf8Bytes...), want: text, wantEnc: "utf-8-bom"},
		{name: "utf-16le with BOM", raw: encode(t, utf16le, text), want: text, wantEnc: "utf-16le"},
		{name: "utf-16be with BOM", raw: encode(t, utf16be, text), want: text, wantEnc: "utf-16be"},
		{name: "utf-16le without BOM", raw: encode(t, noBOMLE, text), want: text, wantEnc: "utf-16le"},
		{name: "gbk detected as gb18030", raw: encode(t, simplifiedchinese.GBK, text), want: text, wantEnc: "gb18030"},
		{name: "gb18030 four-byte character", raw: encode(t, simplifiedchinese.GB18030, "欧元符号€与表情😀："+text), want: "欧元符号€与表情😀：" + text, wantEnc: "gb18030"},
		{name: "gb18030 BOM", raw: append([]byte(bomGB18030), encode(t, simplifiedchinese.GB18030, text)...), want: text, wantEnc: "gb18030"},
		{name: "utf-16be without BOM", raw: encode(t, xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM), text), want: text, wantEnc: "utf-16be"},
		{name: "forced gbk", raw: encode(t, simplifiedchinese.GBK, text), encoding: "GBK", want: text, wantEnc: "gbk"},
		{name: "forced gb2312 alias", raw: encode(t, simplifiedchinese.GBK, text), encoding: "gb2312", want: text, wantEnc: "gbk"},
		{name: "forced big5", raw: encode(t, traditionalchinese.Big5, traditional), encoding: "big5", want: traditional, wantEnc: "big5"},
		{name: "forced utf-8 strips BOM", raw: append([]byte(bomUTF8), utf8Bytes...), encoding: "utf-8", want: text, wantEnc: "utf-8"},
		{name: "forced utf-16le", raw: encode(t, noBOMLE, text), encoding: "utf-16le", want: text, wantEnc: "utf-16le"},
		{name: "CRLF kept", raw: []byte("第一条 为了规范管理。\r\n第二条 本办法适用于全县。\r\n"), want: "第一条 为了规范管理。\r\n第二条 本办法适用于全县。\r\n", wantEnc: "utf-8"},
		{name: "form feed is text", raw: []byte("第1页\f第2页"), want: "第1页\f第2页", wantEnc: "utf-8"},

		{name: "empty", raw: nil, wantErr: ErrEmpty},
		{name: "only BOM", raw: []byte(bomUTF8), wantErr: ErrEmpty},
		{name: "only white space", raw: []byte(" \n\t\n　\n"), wantErr: ErrEmpty},
		{name: "NUL bytes", raw: []byte("PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00"), wantErr: ErrBinary},
		{name: "control characters", raw: []byte("\x1b[31m\x01\x02\x03\x04abc\x05\x06\x07\x08"), wantErr: ErrBinary},
		{name: "utf-8 truncated after 1 of 3 bytes", raw: utf8Bytes[:strings.Index(text, "营造")+1], wantErr: ErrTruncated},
		{name: "utf-8 truncated after 2 of 3 bytes", raw: utf8Bytes[:strings.Index(text, "营造")+2], wantErr: ErrTruncated},
		{name: "utf-8 truncated with BOM", raw: append([]byte(bomUTF8), utf8Bytes[:strings.Index(text, "营造")+2]...), wantErr: ErrTruncated},
		{name: "gbk truncated after a lead byte", raw: encode(t, simplifiedchinese.GBK, text)[:len(encode(t, simplifiedchinese.GBK, text[:strings.Index(text, "营造")]))+1], wantErr: ErrTruncated},
		{name: "gb18030 truncated inside a four-byte character", raw: encode(t, simplifiedchinese.GB18030, "欧元€表情😀")[:13], wantErr: ErrTruncated},
		{name: "random bytes with NULs", raw: pseudoRandom(4096), wantErr: ErrBinary},
		{name: "utf-16le odd length", raw: encode(t, utf16le, text)[:101], wantErr: ErrTruncated},
		{name: "utf-16le lone high surrogate at end", raw: encode(t, utf16le, "表情😀")[:8], wantErr: ErrTruncated},
		{name: "invalid utf-8 in the middle, not gb18030", raw: []byte("国家高新区\xff\xfe\xff负责人"), wantErr: ErrUndecodable},
		{name: "forced utf-8 on gbk bytes", raw: encode(t, simplifiedchinese.GBK, text), encoding: "utf-8", wantErr: ErrUndecodable},
		{name: "forced gbk on invalid bytes", raw: []byte("abc\x81\x20def"), encoding: "gbk", wantErr: ErrUndecodable},
		{name: "unknown encoding", raw: utf8Bytes, encoding: "ebcdic", wantErr: ErrUnknownEncoding},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, enc, err := Decode(tt.raw, tt.encoding)
			if tt.wantErr != nil {
				assert.ErrorIs(t, err, tt.wantErr)
				assert.Empty(t, got)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.wantEnc, enc)
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestDecodeTruncatedNotGB checks that every way of cutting the article inside
// a character is reported as truncation, never mistaken for GB18030.
func TestDecodeTruncatedNotGB(t *testing.T) {
	text := article(t)
	raw := []byte(text)
	cuts := 0
	for i := 1; i < len(raw) && cuts < 200; i++ {
		if utf8.RuneStart(raw[i]) {
			continue
		}
		cuts++
		_, enc, err := Decode(raw[:i], "")
		assert.ErrorIs(t, err, ErrTruncated, "cut at byte %d", i)
		assert.Equal(t, "utf-8", enc, "cut at byte %d", i)
	}
	require.Equal(t, 200, cuts)
}

// TestDecodeErrorMessages checks that errors say where the problem is.
func TestDecodeErrorMessages(t *testing.T) {
	tests := []struct {
		name string
		raw  []byte
		enc  string
		want string
	}{
		{name: "invalid byte offset", raw: []byte("abc\xffdef\xfe"), want: "corpus: undecodable bytes: not UTF-8 (invalid byte 0xff at offset 3) and not GB18030 (Big5 and other encodings are read only when forced)"},
		{name: "NUL offset", raw: []byte("ab\x00\x00\x00c"), want: "corpus: binary data: NUL byte at offset 2"},
		{name: "truncation length", raw: []byte("中文\xe4\xb8"), want: "corpus: truncated in the middle of a character: incomplete UTF-8 sequence in the last 2 bytes"},
		{name: "unknown encoding", raw: []byte("x"), enc: "latin9", want: `corpus: unknown encoding "latin9" (want utf-8, gb18030, gbk, utf-16le, utf-16be or big5)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := Decode(tt.raw, tt.enc)
			require.Error(t, err)
			assert.Equal(t, tt.want, err.Error())
		})
	}
}

func FuzzDecode(f *testing.F) {
	text := article(f)
	f.Add([]byte(text[:600]), "")
	f.Add(encode(f, simplifiedchinese.GBK, text[:600]), "")
	f.Add(encode(f, xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM), text[:300]), "")
	f.Add([]byte("中文\xe4\xb8"), "")
	f.Add([]byte("\xff\xfe\x00"), "utf-16le")
	f.Add(encode(f, traditionalchinese.Big5, traditional), "big5")
	f.Fuzz(func(t *testing.T, raw []byte, enc string) {
		got, name, err := Decode(raw, enc)
		if err != nil {
			if got != "" {
				t.Fatalf("error %v with text %q", err, got)
			}
			return
		}
		if !utf8.ValidString(got) {
			t.Fatalf("invalid UTF-8 from %q (%s)", raw, name)
		}
		if name == "" {
			t.Fatalf("no encoding name for %q", raw)
		}
		if name == "utf-8" && got != string(raw) {
			t.Fatalf("utf-8 text changed: %q -> %q", raw, got)
		}
	})
}

func BenchmarkDecode(b *testing.B) {
	text := article(b)
	inputs := []struct {
		name string
		raw  []byte
	}{
		{name: "utf-8", raw: []byte(text)},
		{name: "gbk", raw: encode(b, simplifiedchinese.GBK, text)},
		{name: "utf-16le", raw: encode(b, xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM), text)},
	}
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.raw)))
			b.ReportAllocs()
			for b.Loop() {
				if _, _, err := Decode(in.raw, ""); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// utf16LE is UTF-16LE without a byte order mark.
func utf16LE() encoding.Encoding { return xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM) }

// pseudoRandom returns n bytes of a fixed linear congruential sequence,
// standing in for binary data such as an image or a PDF stream.
func pseudoRandom(n int) []byte {
	b := make([]byte, n)
	x := uint32(2463534242)
	for i := range b {
		x = x*1664525 + 1013904223
		b[i] = byte(x >> 24)
	}
	return b
}
