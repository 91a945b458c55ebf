package mddoc

import (
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/prfaq/prfaq/internal/render"
	"github.com/prfaq/prfaq/internal/store"
)

// TestImportKeepsEveryWord imports every fixture, writes and reads the
// document back, renders it with its template, and checks that every
// word of the Markdown is in the rendered Markdown, as often. Not
// counted: front matter (it becomes the document's metadata), HTML
// comments, and the spans Read marks as structure: section headings
// the template prints in its own words, Q:/A: prefixes, list numbers.
func TestImportKeepsEveryWord(t *testing.T) {
	day := time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)
	for _, file := range fixtures(t) {
		want := readMap(t, strings.TrimSuffix(file, ".md")+".map")
		if want.noStructure {
			continue
		}
		t.Run(file, func(t *testing.T) {
			res := readFixture(t, file, want.template)
			doc, _ := Import(res, day)
			enc, err := store.EncodeDocument(doc)
			if err != nil {
				t.Fatal(err)
			}
			back, _, err := store.DecodeDocument("out.prfaq.yaml", enc)
			if err != nil {
				t.Fatalf("the imported document does not read back: %v\n%s", err, enc)
			}
			out, err := render.Render(back, res.Template, render.Options{Source: "out.prfaq.yaml", Now: day})
			if err != nil {
				t.Fatal(err)
			}
			src, _ := os.ReadFile(file)
			if lost := lostWords(res, src, string(out.Markdown)); len(lost) > 0 {
				t.Errorf("%d words lost: %q\nrendered:\n%s", len(lost), lost, out.Markdown)
			}
		})
	}
}

// prose is the fixture's text that must survive an import: its lines,
// less front matter, comments and the spans marked as structure.
func prose(res *Result, src []byte) string {
	lines := SplitLines(src)
	skip := map[int]bool{}
	for _, p := range res.Placed {
		if p.How == "front matter" || p.How == "comment" {
			for l := p.From; l <= p.To; l++ {
				skip[l] = true
			}
		}
	}
	cut := map[int][][2]int{}
	for _, m := range res.Markers {
		cut[m.Line] = append(cut[m.Line], [2]int{m.Start, m.End})
	}
	var b strings.Builder
	for i, l := range lines {
		if skip[i+1] {
			continue
		}
		bs := []byte(l)
		for _, c := range cut[i+1] {
			for k := c[0]; k < c[1] && k < len(bs); k++ {
				bs[k] = ' '
			}
		}
		b.Write(bs)
		b.WriteByte('\n')
	}
	return b.String()
}

// TestMarkersAreStructure keeps the word test honest: a marker is a
// short span (a heading's or a label's words, a prefix), never prose.
func TestMarkersAreStructure(t *testing.T) {
	for _, file := range fixtures(t) {
		want := readMap(t, strings.TrimSuffix(file, ".md")+".map")
		res := readFixture(t, file, want.template)
		lines := SplitLines(mustRead(t, file))
		for _, m := range res.Markers {
			span := lines[m.Line-1][m.Start:m.End]
			if n := len(Words(span)); n > 12 {
				t.Errorf("%s:%d: marker of %d words is not structure: %q", file, m.Line, n, span)
			}
		}
	}
}

func mustRead(t *testing.T, file string) []byte {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// Words are runs of letters and digits, whatever letters they hold.
func TestWords(t *testing.T) {
	if got, want := Words("Fuzzy pizza zones: 24/7, Zürich"), []string{"fuzzy", "pizza", "zones", "24", "7", "zürich"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestImportMovesUnplaced: what fits no section goes to the appendix,
// each text reported at its line or lines; a document with nothing to
// move has no appendix.
func TestImportMovesUnplaced(t *testing.T) {
	const top = "# ShelfSense restocks shelves before they empty\n\nSEATTLE, WA – March 3, 2027 – Northbeam today launched ShelfSense.\n\n"
	for _, c := range []struct {
		name, md string
		moved    []string
		appendix bool
	}{
		{"nothing to move", top + "## FAQ\n\n### Does it cost extra?\n\nNo.\n", nil, false},
		{"a line and two lines", top + "## Notes\n\nOne line.\n\n## Risks\n\nTwo\nlines.\n", []string{"unplaced (line 7)", "unplaced (lines 11-12)"}, true},
	} {
		res := readShape(t, c.md)
		doc, moved := Import(res, time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC))
		var paths []string
		for _, m := range moved {
			paths = append(paths, m.Path)
		}
		if !slices.Equal(paths, c.moved) || (doc.Appendix != "") != c.appendix {
			t.Errorf("%s: moved %q, appendix %q", c.name, paths, doc.Appendix)
		}
	}
}
