package textstat

import (
	"strings"
	"testing"
)

func TestProse(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", "", ""},
		{"plain", "Just text. No markup.", "Just text. No markup."},
		{"heading", "# Title\n## Sub ##\n", "  Title\n   Sub   \n"},
		{"not a heading", "#hashtag and 5 # 3", "#hashtag and 5 # 3"},
		{"emphasis", "A **bold** and _it_ and ~~gone~~ word", "A   bold   and  it  and   gone   word"},
		{"literal stars and tildes", "5 * 3 and ~5 ms and snake_case_name", "5 * 3 and ~5 ms and snake_case_name"},
		{"inline code", "Run `prfaq lint` now.", "Run              now."},
		{"double backticks", "Use `` a`b `` here", "Use           here"},
		{"unclosed backtick", "a ` b", "a   b"},
		{"link", "See [the guide](https://x.example/a_b) today.", "See  the guide                         today."},
		{"link with title", "[a](/u \"T\") b", " a          b"},
		{"reference link", "[text][ref] and [ref]: no", " text       and [ref]: no"},
		{"image", "An ![alt text](i.png) image", "An                    image"},
		{"autolink", "Mail <me@x.example> or <https://x.example>.", "Mail                or                    ."},
		{"bare URL", "Go to https://x.example/a?b=c. Then www.y.example, and z.example/path.", "Go to                        . Then              , and               ."},
		{"email", "Write to help@x.example today", "Write to                today"},
		{"html", "A <span class=\"x\">word</span> <!-- note --> end", "A                 word                      end"},
		{"entity", "Fish &amp; chips&nbsp;now", "Fish       chips      now"},
		{"escape", `A \*literal\* star`, `A  *literal * star`},
		{"blockquote", "> Quoted text\n> more", "  Quoted text\n  more"},
		{"bullets", "- one\n* two\n+ three", "  one\n  two\n  three"},
		{"ordered", "1. one\n2) two\n10. ten", "   one\n   two\n    ten"},
		{"task list", "- [ ] todo\n- [x] done", "      todo\n      done"},
		{"not a list", "Revenue in\n2026. A year\n-5 degrees", "Revenue in\n2026. A year\n-5 degrees"},
		{"thematic break", "a\n\n***\n\nb", "a\n\n   \n\nb"},
		{"setext", "Title\n=====\nText", "Title\n     \nText"},
		{"fence", "Before\n```go\ncode here\n```\nAfter", "Before\n     \n         \n   \nAfter"},
		{"tilde fence", "~~~\nx\n~~~~\ny", "   \n \n    \ny"},
		{"unclosed fence", "a\n```\nb\nc", "a\n   \n \n "},
		{"fence in list", "- item\n\n  ```\n  code\n  ```\n- next", "  item\n\n     \n      \n     \n  next"},
		{"indented code", "Para\n\n    code line\n\nText", "Para\n\n             \n\nText"},
		{"indented continuation", "Para\n    still para", "Para\n    still para"},
		{"list continuation not code", "1. item\n\n    more item", "   item\n\n    more item"},
		{"table", "| A | B |\n|---|:-:|\n| 1 | 2 |", "  A   B  \n         \n  1   2  "},
		{"table without outer pipes", "A | B\n--|--\n1 | 2", "A   B\n     \n1   2"},
		{"pipe outside table", "a | b", "a | b"},
		{"crlf", "# T\r\n- a\r\n\r\ntext `x`\r\n", "  T\r\n  a\r\n\r\ntext    \r\n"},
		{"multi-byte in code", "`é—ü` ok", "          ok"},
		{"code span across lines", "a `b\nc` d", "a   \n   d"},
		{"comment across lines", "a <!-- b\nc --> d", "a       \n      d"},
		{"link across lines", "[a\nb](u) c", " a\nb     c"},
		{"footnote", "Text[^1] more.\n\n[^1]: Note.", "Text     more.\n\n      Note."},
		{"link reference definition", "[ref]: https://x.example \"T\"\nText", "                            \nText"},
	}
	for _, tc := range tests {
		got := Prose(tc.in)
		if got != tc.want {
			t.Errorf("%s: Prose(%q)\n got  %q\n want %q", tc.name, tc.in, got, tc.want)
		}
		if len(got) != len(tc.in) {
			t.Errorf("%s: length %d, want %d", tc.name, len(got), len(tc.in))
		}
	}
}

func TestProseNoAllocWithoutMarkup(t *testing.T) {
	s := "Plain prose, with no markup at all. Two sentences."
	if n := testing.AllocsPerRun(100, func() { Prose(s) }); n != 0 {
		t.Errorf("Prose of plain text allocates %v times", n)
	}
}

func TestProseBreaks(t *testing.T) {
	tests := []struct {
		in   string
		want []int
	}{
		{"Plain text\nwrapped line", nil},
		{"- one\n- two\n  wrapped", []int{0, 6}},
		{"## Heading\nParagraph", []int{0, 11}},
		{"Intro:\n1. a\n2. b", []int{7, 12}},
		{"| a | b |\n|---|---|\n| c | d |", []int{0, 4, 8, 20, 24, 28}},
		{"Text\n> quote\n> more", []int{5}},
	}
	for _, tc := range tests {
		_, got := ProseBreaks(tc.in)
		if len(got) != len(tc.want) {
			t.Errorf("ProseBreaks(%q) = %v, want %v", tc.in, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("ProseBreaks(%q) = %v, want %v", tc.in, got, tc.want)
				break
			}
		}
	}
}

// Property: Prose keeps length and every line end, and only ever writes
// spaces.
func TestProseProperties(t *testing.T) {
	inputs := []string{
		"", " ", "\n", "\r\n", "```", "`", "<!--", "[", "]", "![", "](", "|", "|-|\n|-|",
		"# \n#\n", "> > > x", "- - - x", "* * *", "1.", "1. ", "\t\tcode", "a\\", "\\",
		"&#x;", "&;", "www.", "http://", "a@b", "@b.c", "x.y/", "<a", "<a b", "<a>", "</", "~~",
		"__a__", "**", "[a](", "[a](b", "[a](<b", "[a](b \"c", "[a][b", strings.Repeat("[", 100),
		strings.Repeat("`", 70) + "x" + strings.Repeat("`", 70), strings.Repeat("a`", 500),
		strings.Repeat("<!--", 50), strings.Repeat("](", 100), "é\u00a0ü\u2003x",
		"- a\n\n      code\n\n  para", "| a |\n|---|\n\nafter", "~~~\n~~~~~\n", "> ```\n> code\n> ```\nafter",
	}
	data, _ := readTestdata()
	inputs = append(inputs, data...)
	for _, in := range inputs {
		checkProse(t, in)
	}
}

func checkProse(t *testing.T, in string) {
	t.Helper()
	got := Prose(in)
	if len(got) != len(in) {
		t.Fatalf("Prose(%q): length %d, want %d", in, len(got), len(in))
	}
	for i := 0; i < len(in); i++ {
		if (in[i] == '\n') != (got[i] == '\n') {
			t.Fatalf("Prose(%q): newline at %d not kept", in, i)
		}
		if got[i] != in[i] && got[i] != ' ' {
			t.Fatalf("Prose(%q): byte %d is %q, neither the input nor a space", in, i, got[i])
		}
	}
	p2, breaks := ProseBreaks(in)
	if p2 != got {
		t.Fatalf("ProseBreaks and Prose differ for %q", in)
	}
	prev := -1
	for _, b := range breaks {
		if b <= prev || b < 0 || b > len(in) {
			t.Fatalf("ProseBreaks(%q): breaks %v not ascending within bounds", in, breaks)
		}
		prev = b
	}
}

func TestCodeSpans(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Set `[propName]` and `<T>`, not [Customer Name] or <insert date>.", []string{"`[propName]`", "`<T>`"}},
		{"Run:\n\n```\n$ lane new --name [SERVICE_NAME]\n$ lane push\n```\n\nDone.", []string{"```\n$ lane new --name [SERVICE_NAME]\n$ lane push\n```"}},
		{"Text.\n\n    indented [SERVICE_NAME]\n    code\n\nMore.", []string{"    indented [SERVICE_NAME]\n    code"}},
		{"No code, a <b>tag</b> and an unclosed ` tick.", nil},
	}
	for _, tc := range tests {
		got := CodeSpans(tc.in)
		var want []Span
		if tc.want != nil {
			want = at(t, tc.in, tc.want...)
		}
		sameSpans(t, "CodeSpans", tc.in, got, want)
	}
}
