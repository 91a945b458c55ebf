package mddoc

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestScan cuts Markdown into blocks where a CommonMark renderer would,
// including at the very end of a file, where each loop stops.
func TestScan(t *testing.T) {
	for _, c := range []struct {
		name, md string
		want     []string // kind from-to, and a heading's level and text
	}{
		{"paragraphs", "One\ntwo\n\nThree", []string{"p 0-1", "p 3-3"}},
		{"atx headings", "# One\n## Two ##\n###### Six\n####### Seven\n#NoSpace\n   ### Indented", []string{"h 0-0 1 One", "h 1-1 2 Two", "h 2-2 6 Six", "p 3-4", "h 5-5 3 Indented"}},
		{"closing hashes", "## Tab #2 ##\n## C# ##\n## ##", []string{"h 0-0 2 Tab #2", "h 1-1 2 C#", "h 2-2 2 "}},
		{"setext", "Title\n=====\n\nSub\n---\nText", []string{"h 0-1 1 Title", "h 3-4 2 Sub", "p 5-5"}},
		{"a comment to the end of the file", "Text\n\n<!-- open\nstill", []string{"p 0-0", "html 2-3"}},
		{"a comment closed on its line", "<!-- a -->\nText", []string{"html 0-0", "p 1-1"}},
		{"HTML to the end of the file", "<details>\n<summary>Q?</summary>", []string{"html 0-1"}},
		{"HTML up to a blank line", "<div>\nx\n\nText", []string{"html 0-1", "p 3-3"}},
		{"a quote to the end of the file", "> one\n> two", []string{"quote 0-1"}},
		{"a lazy quote line", "> one\ntwo\n# Head", []string{"quote 0-1", "h 2-2 1 Head"}},
		{"list items", "- a\n- b\n  more\n\n1. c", []string{"li 0-0", "li 1-2", "li 4-4"}},
		{"a list item to the end of the file", "- a\n\n  b", []string{"li 0-2"}},
		{"a fence to the end of the file", "```go\n# not a heading\n", []string{"code 0-2"}},
		{"a closed fence", "~~~\nx\n~~~\nText", []string{"code 0-2", "p 3-3"}},
		{"a thematic break", "Text\n\n* * *\n___", []string{"p 0-0", "rule 2-2", "rule 3-3"}},
		{"a heading interrupts a paragraph", "Text\n## Head\nMore", []string{"p 0-0", "h 1-1 2 Head", "p 2-2"}},
		{"a less-than sign that opens no tag, then a tag in capitals", "<5 minutes a wait\n\n<DIV>\nx", []string{"p 0-0", "html 2-3"}},
		{"a tag starting with A", "<A HREF=\"x\">Link</A>\n\nText", []string{"html 0-0", "p 2-2"}},
		{"a quote indented", "   > one\n  > two", []string{"quote 0-1"}},
		{"a quote's speaker on a line under it", "> I stopped running.\n\n*— Ola Nordmann, commuter*\n\nText", []string{"quote 0-2", "p 4-4"}},
		{"a quote that names its speaker, then a dash line", "> I stopped running.\n>\n> — Ola Nordmann\n\n— Kari Dahl, rider", []string{"quote 0-2", "p 4-4"}},
		{"a dash line that names no one, or a paragraph of more lines", "> one\n\n— and then\n\n> two\n\n— Kari Dahl\nsaid so", []string{"quote 0-0", "p 2-2", "quote 4-4", "p 6-7"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			lines := SplitLines([]byte(c.md))
			var got []string
			for _, b := range scan(lines, 0) {
				s := fmt.Sprintf("%s %d-%d", kindName(b.kind), b.from, b.to)
				if b.kind == heading {
					s += fmt.Sprintf(" %d %s", b.level, lines[b.from][b.start:b.end])
				}
				got = append(got, s)
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
		})
	}
}

func kindName(k kind) string {
	return map[kind]string{paragraph: "p", heading: "h", listItem: "li", blockquote: "quote", code: "code", htmlBlock: "html", rule: "rule"}[k]
}

func TestIndentOf(t *testing.T) {
	for l, want := range map[string]int{"": 0, "x": 0, "  x": 2, "\tx": 4, "  \tx": 4, "     \tx": 8, "   ": 3} {
		if got := indentOf(l); got != want {
			t.Errorf("indentOf(%q) = %d, want %d", l, got, want)
		}
	}
}

func TestLineShapes(t *testing.T) {
	for _, c := range []struct {
		line           string
		setext         int
		rule, fenced   bool
		marker, ordred bool
	}{
		{"===", 1, false, false, false, false},
		{"  ---  ", 2, true, false, false, false},
		{"    ---", 0, false, false, false, false},
		{"--", 2, false, false, false, false},
		{"- - -", 0, true, false, true, false},
		{"***", 0, true, false, false, false},
		{"```", 0, false, true, false, false},
		{"``` a ` b", 0, false, false, false, false},
		{"    ```", 0, false, false, false, false},
		{"1. item", 0, false, false, true, true},
		{"12) item", 0, false, false, true, true},
		{"+ item", 0, false, false, true, false},
		{"-item", 0, false, false, false, false},
		{"1.5 million", 0, false, false, false, false},
	} {
		_, ordered, ok := listMarker(c.line)
		if setext(c.line) != c.setext || thematicBreak(c.line) != c.rule || (fence(c.line) != "") != c.fenced || ok != c.marker || ordered != c.ordred {
			t.Errorf("%q: setext %d, rule %v, fence %q, list %v ordered %v", c.line, setext(c.line), thematicBreak(c.line), fence(c.line), ok, ordered)
		}
	}
	if !strings.HasPrefix(fence("~~~~ x"), "~~~~") {
		t.Error("a fence of four tildes")
	}
}
