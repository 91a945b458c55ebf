package render_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/prfaq/prfaq/internal/render"
)

func TestBlocks(t *testing.T) {
	type want struct {
		kind  string
		level int
		text  string
		html  string // a part of the block's HTML
	}
	tests := []struct {
		name string
		md   string
		want []want
	}{
		{
			name: "press release shape",
			md:   "# Tab Split pays you back\n\n_Diners get their money back in seconds._\n\n**SEATTLE – June 1, 2027** – Example Pay today launched Tab Split.\nIt works at the table.\n",
			want: []want{
				{render.BlockHeading, 1, "Tab Split pays you back", `<h1 id="tab-split-pays-you-back">Tab Split pays you back</h1>`},
				{render.BlockParagraph, 0, "Diners get their money back in seconds.", "<p><em>Diners get their money back in seconds.</em></p>"},
				{render.BlockParagraph, 0, "SEATTLE – June 1, 2027 – Example Pay today launched Tab Split. It works at the table.", "<strong>SEATTLE – June 1, 2027</strong>"},
			},
		},
		{
			name: "a list is one block, a quote another",
			md:   "Steps:\n\n1. Pay the bill.\n2. Tap Split.\n\n> \"Everyone paid before dessert\"\n",
			want: []want{
				{render.BlockParagraph, 0, "Steps:", "<p>Steps:</p>"},
				{render.BlockList, 0, "Pay the bill. Tap Split.", "<li>Tap Split.</li>"},
				{render.BlockQuote, 0, "“Everyone paid before dessert”", "<blockquote>"},
			},
		},
		{
			name: "FAQ entry headings keep their ids",
			md:   "## FAQ\n\n#### E1. Does it cost anything?\n\n_Category: economics_\n\nNo.\n",
			want: []want{
				{render.BlockHeading, 2, "FAQ", `<h2 id="faq">`},
				{render.BlockHeading, 4, "E1. Does it cost anything?", `<h4 id="e1-does-it-cost-anything">`},
				{render.BlockParagraph, 0, "Category: economics", "<em>Category: economics</em>"},
				{render.BlockParagraph, 0, "No.", "<p>No.</p>"},
			},
		},
		{
			name: "tables, code and rules",
			md:   "| a | b |\n|---|---|\n| 1 | 2 |\n\n```\nx < y\n```\n\n---\n",
			want: []want{
				{render.BlockTable, 0, "a b 1 2", "<table>"},
				{render.BlockCode, 0, "x < y", "x &lt; y"},
				{render.BlockRule, 0, "", "<hr"},
			},
		},
		{
			name: "raw HTML blocks are dropped, inline HTML is omitted",
			md:   "<script>alert(1)</script>\n\nText <b onclick=\"x()\">bold</b>.\n",
			want: []want{
				{render.BlockParagraph, 0, "Text bold.", "<!-- raw HTML omitted -->bold<!-- raw HTML omitted -->"},
			},
		},
		{
			name: "dangerous addresses lose their address",
			md:   "[click](javascript:alert(1)) and [docs](https://example.com/a?b=1&c=2)\n",
			want: []want{
				{render.BlockParagraph, 0, "click and docs", `<a href="">click</a>`},
			},
		},
		{
			name: "empty",
			md:   "",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := render.Blocks([]byte(tt.md))
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d blocks, want %d: %#v", len(got), len(tt.want), got)
			}
			for i, w := range tt.want {
				g := got[i]
				if g.Kind != w.kind || g.Level != w.level || g.Text != w.text {
					t.Errorf("block %d: got %s/%d %q, want %s/%d %q", i, g.Kind, g.Level, g.Text, w.kind, w.level, w.text)
				}
				if !strings.Contains(string(g.HTML), w.html) {
					t.Errorf("block %d: HTML %q does not contain %q", i, g.HTML, w.html)
				}
				if strings.Contains(string(g.HTML), "<script") || strings.Contains(string(g.HTML), "onclick") || strings.Contains(string(g.HTML), "javascript:") {
					t.Errorf("block %d: unsafe HTML %q", i, g.HTML)
				}
			}
		})
	}
}

func TestFragmentsShareHeadingIDs(t *testing.T) {
	f := render.NewFragments()
	f.Reserve("card-1")
	a, err := f.HTML([]byte("## FAQ\n"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := f.Blocks([]byte("## FAQ\n\n## Card 1\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ got, want string }{
		{string(a), `<h2 id="faq">`},
		{string(b[0].HTML), `<h2 id="faq-1">`},
		{string(b[1].HTML), `<h2 id="card-1-1">`},
	} {
		if !strings.Contains(c.got, c.want) {
			t.Errorf("%q does not contain %q", c.got, c.want)
		}
	}
}

func TestMarkdownHTMLAndPlainText(t *testing.T) {
	tests := []struct {
		md, html, text string
	}{
		{"**Who?** The *payer*.", "<p><strong>Who?</strong> The <em>payer</em>.</p>\n", "Who? The payer."},
		{"a <i>b</i> & c", "<p>a <!-- raw HTML omitted -->b<!-- raw HTML omitted --> &amp; c</p>\n", "a b & c"},
		{"- one\n- two\n", "<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n", "one two"},
		{"", "", ""},
	}
	for _, tt := range tests {
		h, err := render.MarkdownHTML([]byte(tt.md))
		if err != nil {
			t.Fatal(err)
		}
		if string(h) != tt.html {
			t.Errorf("MarkdownHTML(%q) = %q, want %q", tt.md, h, tt.html)
		}
		txt, err := render.PlainText([]byte(tt.md))
		if err != nil {
			t.Fatal(err)
		}
		if txt != tt.text {
			t.Errorf("PlainText(%q) = %q, want %q", tt.md, txt, tt.text)
		}
	}
}

func TestParts(t *testing.T) {
	tests := []struct {
		file, template string
		pr, faq        []string // lines each part must hold
	}{
		{"full.prfaq.yaml", "", []string{"# "}, []string{"## Frequently asked questions", "#### E1. "}},
		{"full.prfaq.yaml", "oss", []string{"# ", "## Try it in five minutes"}, []string{"#### E1. "}},
		{"minimal.prfaq.yaml", "", nil, []string{"## Frequently asked questions"}},
	}
	for _, tt := range tests {
		doc, tm := load(t, tt.file, tt.template)
		pr, faq, err := render.Parts(doc, tm)
		if err != nil {
			t.Fatalf("%s (%s): %v", tt.file, tm.Name, err)
		}
		out, err := render.Render(doc, tm, render.Options{Source: tt.file, Now: clock})
		if err != nil {
			t.Fatal(err)
		}
		// The parts are exactly what render puts in its Markdown page,
		// less the comments that mark the press release's sections.
		page := regexp.MustCompile(`<!-- prfaq: [a-z ]+ -->\n`).ReplaceAllString(string(out.Markdown), "")
		if !strings.Contains(page, string(pr)) || !strings.Contains(page, string(faq)) {
			t.Errorf("%s (%s): the parts differ from render's Markdown", tt.file, tm.Name)
		}
		for _, l := range tt.pr {
			if !strings.Contains(string(pr), "\n"+l) && !strings.HasPrefix(string(pr), l) {
				t.Errorf("%s (%s): press release has no line %q:\n%s", tt.file, tm.Name, l, pr)
			}
		}
		for _, l := range tt.faq {
			if !strings.Contains(string(faq), "\n"+l) && !strings.HasPrefix(string(faq), l) {
				t.Errorf("%s (%s): FAQ has no line %q:\n%s", tt.file, tm.Name, l, faq)
			}
		}
	}
}

func TestComment(t *testing.T) {
	got := string(render.Comment(render.Marker + "a--b <c>.prfaq.yaml"))
	want := "<!-- Generated by prfaq from a- -b &lt;c&gt;.prfaq.yaml -->"
	if got != want {
		t.Errorf("Comment = %q, want %q", got, want)
	}
}
