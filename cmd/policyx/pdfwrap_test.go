package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/policyx/policyx/internal/golden"
)

// pdfWrap lays text out as a copy from a PDF page does: every paragraph
// indented by two ideographic spaces and broken into lines of at most
// width columns (a wide rune takes two), with a page number line every
// thirty lines, wherever the breaks fall (inside words, numbers, quotes,
// ranges of years and before punctuation).
func pdfWrap(text string, width int) string {
	var b strings.Builder
	lines, page := 0, 1
	for para := range strings.SplitSeq(text, "\n") {
		rs := []rune(strings.TrimSpace(para))
		first := true
		for len(rs) > 0 {
			limit := 2 * width
			if first {
				limit -= 4
				b.WriteString("\u3000\u3000")
			}
			cols, k := 0, 0
			for ; k < len(rs); k++ {
				w := 1
				if rs[k] >= 0x2E80 {
					w = 2
				}
				if cols+w > limit {
					break
				}
				cols += w
			}
			b.WriteString(string(rs[:k]))
			b.WriteString("\n")
			rs, first = rs[k:], false
			if lines++; lines%30 == 0 {
				b.WriteString("\n- " + strconv.Itoa(page) + " -\n\n")
				page++
			}
		}
	}
	return b.String()
}

// TestPDFWrapVariants checks that each golden fixture's input laid out as
// a PDF copy (see pdfWrap) gives the same extractions as the input itself.
func TestPDFWrapVariants(t *testing.T) {
	root := repoRoot(t)
	archives, err := filepath.Glob(filepath.Join(root, "extractors", "*", "testdata", "*.txtar"))
	require.NoError(t, err)
	require.NotEmpty(t, archives)
	dir := t.TempDir()
	for _, path := range archives {
		b, err := os.ReadFile(path)
		require.NoError(t, err)
		var input string
		for _, f := range golden.Parse(b).Files {
			if f.Name == "input.txt" {
				input = strings.TrimLeft(f.Data, "\n")
			}
		}
		if input == "" {
			continue
		}
		name := strings.TrimSuffix(filepath.Base(path), ".txtar")
		t.Run(name, func(t *testing.T) {
			require.NoError(t, os.WriteFile(filepath.Join(dir, name+".txt"), []byte(input), 0o644))
			plain, errs, code := runCmd(t, dir, "", "extract", name+".txt")
			require.Equal(t, exitOK, code, errs)
			want := extractions(t, plain)
			// Widths move the breaks onto every kind of place: inside
			// numbers (5, / 000萬元), quotes, formulas (2+2+ / X) and before
			// list markers and punctuation.
			for _, width := range []int{24, 26, 28, 30, 31, 33, 36, 40, 45, 50} {
				file := name + "-pdf" + strconv.Itoa(width) + ".txt"
				require.NoError(t, os.WriteFile(filepath.Join(dir, file), []byte(pdfWrap(input, width)), 0o644))
				wrapped, errs, code := runCmd(t, dir, "", "extract", file)
				require.Equal(t, exitOK, code, errs)
				assert.ElementsMatch(t, want, extractions(t, wrapped), "width %d", width)
			}
		})
	}
}

// parentList matches the id of the list that holds a nested one.
var parentList = regexp.MustCompile(`"list":"[^"]*"`)

// extractions projects records to what a PDF layout must not change: the
// projection without the document record (its sections keep titles whose
// spaces a layout may move), without the id of a parent list, and with
// the spaces and line breaks of the remaining text fields removed.
func extractions(t *testing.T, out string) []string {
	t.Helper()
	var recs []string
	for _, r := range projection(t, out) {
		if strings.Contains(r, `"type":"document"`) {
			continue
		}
		r = parentList.ReplaceAllString(r, `"list":""`) // an id holds an offset
		recs = append(recs, strings.NewReplacer(" ", "", `\n`, "", "\u3000", "").Replace(r))
	}
	return recs
}
