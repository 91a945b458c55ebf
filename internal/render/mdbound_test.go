package render

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/prfaq/prfaq/docs/bench/corpus"
	"github.com/prfaq/prfaq/internal/catalog"
	"github.com/prfaq/prfaq/internal/store"
	"github.com/prfaq/prfaq/templates"
)

// BenchmarkPathologicalMarkdown renders the inputs goldmark took
// quadratic time on, at n and 4n repetitions: linear time grows 4 times,
// quadratic 16 times (before the bound, [a]( × 50,000 took 12.7 s, 16
// times the 0.8 s of 12,500). Compare the two sizes of each with
// go test ./internal/render -run '^$' -bench Pathological.
func BenchmarkPathologicalMarkdown(b *testing.B) {
	// Lists nested by indentation, one level a line: n levels take about
	// n*n bytes, so 4 times the bytes is 2n levels.
	indented := func(levels int, marker string) []byte {
		var b strings.Builder
		for i := range levels {
			b.WriteString(strings.Repeat(" ", i*(len(marker)+1)) + marker + " x\n")
		}
		return []byte(b.String())
	}
	for _, c := range []struct {
		name  string
		small []byte
		large []byte
	}{
		{"indented-lists", indented(500, "-"), indented(1000, "-")},
		{"indented-numbered", indented(400, "1."), indented(800, "1.")},
		{"indented-quoted-lists", []byte(strings.ReplaceAll(string(indented(500, "-")), "\n", "\n> ")), []byte(strings.ReplaceAll(string(indented(1000, "-")), "\n", "\n> "))},
	} {
		for _, in := range [][]byte{c.small, c.large} {
			b.Run(fmt.Sprintf("%s/%d", c.name, len(in)), func(b *testing.B) {
				b.SetBytes(int64(len(in)))
				for b.Loop() {
					if _, err := toHTML(newMarkdown(), in, &sharedIDs{seen: map[string]int{}}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
	for _, c := range []struct {
		name, unit, end, close string
		n                      int
	}{
		{"link-openers", "[a](", "", "", 25_000},
		{"angle-openers", "[a](<", "", "", 25_000},
		{"nested-parens", "[a](", "", ")", 12_500},
		{"nested-lists", "- ", "x", "", 12_500},
		{"nested-numbered", "1. ", "x", "", 12_500},
		{"nested-quotes", ">", "", "", 25_000},
		{"nested-brackets", "[", "", "]", 25_000},
	} {
		for _, n := range []int{c.n, 4 * c.n} {
			in := []byte(strings.Repeat(c.unit, n) + c.end + strings.Repeat(c.close, n))
			b.Run(fmt.Sprintf("%s/%d", c.name, n), func(b *testing.B) {
				b.SetBytes(int64(len(in)))
				for b.Loop() {
					if _, err := toHTML(newMarkdown(), in, &sharedIDs{seen: map[string]int{}}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// nested is n lines of item, each indented step columns more than the
// one before it.
func nested(n int, item string, step int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString(strings.Repeat(" ", i*step) + item + "\n")
	}
	return b.String()
}

// indentedFrom is n lines of item, the first indented from columns and
// each after it two columns more.
func indentedFrom(from, n int, item string) string {
	var b strings.Builder
	for i := range n {
		b.WriteString(strings.Repeat(" ", from+2*i) + item + "\n")
	}
	return b.String()
}

// TestBoundMarkdownKeepsText: what is escaped prints the same characters.
func TestBoundMarkdownKeepsText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{strings.Repeat(">", 40), strings.Repeat(">", 32) + `\` + strings.Repeat(">", 8)},
		{strings.Repeat("- ", 40) + "x", strings.Repeat("- ", 32) + `\` + strings.Repeat("- ", 8) + "x"},
		{strings.Repeat("1. ", 40) + "x", strings.Repeat("1. ", 32) + `1\.` + strings.Repeat(" 1.", 7) + " x"},
		{strings.Repeat("- ", 40), strings.Repeat("- ", 40)}, // a thematic break
		{"```\n" + strings.Repeat(">", 40) + "\n```\n" + strings.Repeat(">", 33), "```\n" + strings.Repeat(">", 40) + "\n```\n" + strings.Repeat(">", 32) + `\>`},
		{strings.Repeat("[a](", 34), strings.Repeat(`[a]\(`, 33) + "[a]("},
		{strings.Repeat("[a](b)", 40), strings.Repeat("[a](b)", 40)},
		{strings.Repeat("[a](<", 34) + ">", strings.Repeat(`[a]\(<`, 33) + "[a](<>"},
		{nested(34, "- x", 2), nested(32, "- x", 2) + strings.Repeat(" ", 64) + "\\- x\n" + strings.Repeat(" ", 66) + "\\- x\n"},
		{nested(34, "1. x", 3), nested(32, "1. x", 3) + strings.Repeat(" ", 96) + "1\\. x\n" + strings.Repeat(" ", 99) + "1\\. x\n"},
		{nested(32, "- x", 2), nested(32, "- x", 2)},
		{nested(40, "- x", 6), nested(40, "- x", 6)}, // text of the first item, not nested lists
		{nested(20, "- x", 2) + "\n" + nested(20, "- x", 2), nested(20, "- x", 2) + "\n" + nested(20, "- x", 2)},
		{nested(20, "- x", 2) + "- y\n" + nested(20, "- x", 2), nested(20, "- x", 2) + "- y\n" + nested(20, "- x", 2)},
		{nested(20, "> - x", 2) + nested(20, "> - x", 2), nested(20, "> - x", 2) + nested(20, "> - x", 2)},
		{"- - - - x\n" + indentedFrom(8, 40, "- x"), "- - - - x\n" + indentedFrom(8, 28, "- x") + strings.ReplaceAll(indentedFrom(64, 2, "- x"), "- x", `\- x`) + indentedFrom(68, 10, "- x")}, // past the 34th line, text of the item
	} {
		if c.want == "" {
			continue
		}
		if got := string(boundMarkdown([]byte(c.in))); got != c.want {
			t.Errorf("boundMarkdown(%.40q…)\n got %q\nwant %q", c.in, got, c.want)
		}
		plain := func(s string) string {
			h, err := toHTML(newMarkdown(), []byte(s), &sharedIDs{seen: map[string]int{}})
			if err != nil {
				t.Fatal(err)
			}
			return plainText(string(h))
		}
		if strings.Count(c.in, "\n") == 0 && !strings.HasPrefix(c.in, "- ") && !strings.HasPrefix(c.in, "1.") && !strings.HasPrefix(c.in, ">") {
			if got := plain(c.in); !strings.Contains(got, strings.ReplaceAll(c.in, "<>", "")) && !strings.Contains(c.in, "(b)") {
				t.Errorf("%.40q… renders as %.80q…", c.in, got)
			}
		}
	}
}

// TestBoundMarkdownLeavesDocuments: the Markdown of every example and of
// the benchmark corpus passes through unchanged.
func TestBoundMarkdownLeavesDocuments(t *testing.T) {
	var texts [][]byte
	mds, _ := filepath.Glob("../../examples/*.md")
	golden, _ := filepath.Glob("testdata/golden/*.md")
	for _, f := range append(mds, golden...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, b)
	}
	tm, err := catalog.New(catalog.Folder{}, catalog.Folder{}, templates.FS).Load("amazon")
	if err != nil {
		t.Fatal(err)
	}
	for i := range 200 {
		d, _, err := store.DecodeDocument(corpus.Name(i), corpus.Document(1, i))
		if err != nil {
			t.Fatal(err)
		}
		pr, faq, err := New().Parts(d, tm)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, pr, faq)
	}
	if len(texts) < 400 {
		t.Fatalf("only %d texts", len(texts))
	}
	for i, b := range texts {
		if out := boundMarkdown(b); &out[0] != &b[0] || len(out) != len(b) {
			t.Errorf("text %d changed", i)
		}
	}
}

// BenchmarkBoundMarkdown measures the bound's pass on normal Markdown (the
// corpus's rendered parts) beside goldmark's conversion of the same text.
func BenchmarkBoundMarkdown(b *testing.B) {
	tm, err := catalog.New(catalog.Folder{}, catalog.Folder{}, templates.FS).Load("amazon")
	if err != nil {
		b.Fatal(err)
	}
	var texts [][]byte
	for i := range 200 {
		d, _, err := store.DecodeDocument(corpus.Name(i), corpus.Document(1, i))
		if err != nil {
			b.Fatal(err)
		}
		pr, faq, err := New().Parts(d, tm)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, pr, faq)
	}
	b.Run("bound", func(b *testing.B) {
		for b.Loop() {
			for _, t := range texts {
				boundMarkdown(t)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/200, "ns/doc")
	})
	b.Run("goldmark", func(b *testing.B) {
		md := newMarkdown()
		for b.Loop() {
			for _, t := range texts {
				if err := md.Convert(t, discard{}); err != nil {
					b.Fatal(err)
				}
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/200, "ns/doc")
	})
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
