package report

import (
	"strconv"
	"strings"
	"testing"

	"github.com/prfaq/prfaq/internal/lint"
)

// The marker sits under the right characters whatever comes before them:
// tabs (to tab stops of 4), multi-byte characters of width 1, East Asian
// wide characters (width 2), combining marks (width 0) and escaped control
// characters.
func TestTextMarker(t *testing.T) {
	for _, c := range []struct {
		name         string
		source       string
		col, endCol  int
		endLine      int // 0: same line
		shown, under string
	}{
		{"ascii", "We are very happy", 8, 12, 0,
			"We are very happy",
			"       ^~~~"},
		{"tab", "We are\tvery happy", 8, 12, 0,
			"We are  very happy",
			"        ^~~~"},
		{"tab at start", "\tA\tbc", 4, 6, 0,
			"    A   bc",
			"        ^~"},
		{"multi-byte", "Café 2.0 is très bien", 13, 17, 0,
			"Café 2.0 is très bien",
			"            ^~~~"},
		{"multi-byte then tab", "café\tbar", 6, 9, 0,
			"café    bar",
			"        ^~~"},
		{"wide before", "株式会社 is big", 6, 8, 0,
			"株式会社 is big",
			"         ^~"},
		{"wide inside", "ab株式cd", 3, 5, 0,
			"ab株式cd",
			"  ^~~~"},
		{"combining", "e\u0301tat civil", 3, 6, 0,
			"e\u0301tat civil",
			" ^~~"},
		{"escaped control", "\x1b[31mred", 2, 6, 0,
			`\x1b[31mred`,
			"    ^~~~"},
		{"to end of line", "ab\tcd ef", 2, 3, 2,
			"ab  cd ef",
			" ^~~~~~~~"},
		{"empty span", "abc", 2, 2, 0,
			"abc",
			" ^"},
		{"past the end", "abc", 10, 12, 0,
			"abc",
			"   ^"},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := lint.Finding{Rule: "r", Severity: lint.Warning, File: "f.md", Line: 1, Col: c.col, EndLine: 1 + c.endLine, EndCol: c.endCol, Message: "m", Source: c.source}
			src, indent, mark, ok := excerpt(f)
			marker := strings.Repeat(" ", indent) + mark
			if !ok || src != c.shown || marker != c.under {
				t.Errorf("got\n%q\n%q\nwant\n%q\n%q", src, marker, c.shown, c.under)
			}
			out := string(render(t, "text", []lint.Finding{f}, Options{}))
			want := "f.md:1:" + strconv.Itoa(c.col) + ": warning r: m\n  1 | " + c.shown + "\n    | " + c.under + "\n"
			if !strings.HasPrefix(out, want) {
				t.Errorf("text output\n%s\nshould start with\n%s", out, want)
			}
		})
	}
}

func TestTextEscapes(t *testing.T) {
	f := lint.Finding{Rule: "r", Severity: lint.Error, File: "f\x1b.md", Line: 1, Col: 1, EndLine: 1, EndCol: 2,
		Message: "two\nlines \x1b[2J \xff \u202eevil", Hint: "h\x07", Source: "x"}
	out := string(render(t, "text", []lint.Finding{f}, Options{Color: true}))
	for _, want := range []string{`f\x1b.md:1:1:`, `two\nlines \x1b[2J \xff \u202eevil`, `hint: h\x07`} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\x1b[2J") || strings.Contains(out, "\u202e") || strings.Contains(out, "\x07") {
		t.Errorf("raw control character in output: %q", out)
	}
}

func TestTextWithoutPosition(t *testing.T) {
	fs := []lint.Finding{
		{Rule: "r", Severity: lint.Info, File: "f.md", Message: "about the whole file"},
		{Rule: "r", Severity: lint.Info, File: "f.md", Line: 3, Message: "about a line", Source: "text"},
	}
	got := string(render(t, "text", fs, Options{Files: []string{"f.md"}}))
	want := "f.md: info r: about the whole file\n\n" +
		"f.md:3: info r: about a line\n  3 | text\n\n" +
		"0 errors, 0 warnings, 2 info in 1 of 1 file\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestRuneWidth(t *testing.T) {
	for i, w := range wide {
		if w[0] > w[1] || (i > 0 && w[0] <= wide[i-1][1]) {
			t.Errorf("wide[%d] = %x is out of order", i, w)
		}
	}
	for _, c := range []struct {
		r    rune
		want int
	}{
		{'a', 1}, {'é', 1}, {'ß', 1}, {'—', 1}, {'\u0301', 0}, {'\u200d', 0},
		{'株', 2}, {'한', 2}, {'Ａ', 2}, {'🚀', 2}, {'😀', 2}, {'⚠', 1}, {'𠀀', 2},
	} {
		if got := runeWidth(c.r); got != c.want {
			t.Errorf("runeWidth(%q) = %d, want %d", c.r, got, c.want)
		}
	}
}

// Of a long line, lint keeps the part around the finding, from column
// SourceCol, after a "…": the marker still stands under the finding.
func TestTextMarkerPartOfLine(t *testing.T) {
	f := lint.Finding{Rule: "r", Severity: lint.Warning, File: "f.md", Line: 1, Col: 5008, EndLine: 1, EndCol: 5012, Message: "m", Source: "…we are very happy…", SourceCol: 5001}
	src, indent, mark, ok := excerpt(f)
	if marker := strings.Repeat(" ", indent) + mark; !ok || src != "…we are very happy…" || marker != "        ^~~~" {
		t.Errorf("got\n%q\n%q", src, marker)
	}
}
