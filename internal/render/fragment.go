package render

import (
	"bytes"
	"html"
	"html/template"
	"regexp"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"

	"github.com/prfaq/prfaq/internal/prfaq"
)

// Parts returns the Markdown of a document's press release and FAQ as its
// template's layouts write them, for pages other than render's own (the
// workshop gallery and reading packet) that lay the parts out themselves.
func Parts(doc *prfaq.Document, t *prfaq.Template) (pressRelease, faq []byte, err error) {
	return New().Parts(doc, t)
}

// Block kinds, as Block.Kind reports them.
const (
	BlockHeading   = "heading"
	BlockParagraph = "paragraph"
	BlockList      = "list"
	BlockQuote     = "quote"
	BlockCode      = "code"
	BlockTable     = "table"
	BlockRule      = "rule"
	BlockOther     = "other"
)

// Block is one top-level block of Markdown (a heading, a paragraph, a
// whole list, a quote...), rendered as render renders a page.
type Block struct {
	Kind string
	// Level is a heading's level, 1 to 6; 0 for other blocks.
	Level int
	// Text is the block's text without markup, on one line, for
	// matching headings and counting words.
	Text string
	HTML template.HTML
}

// Fragments renders pieces of Markdown for one HTML page with the same
// goldmark configuration as render (raw HTML dropped, dangerous addresses
// removed), giving headings ids that are unique across every piece of the
// page. It is not safe for use by several goroutines at once.
type Fragments struct {
	md  goldmark.Markdown
	ids *sharedIDs
}

// NewFragments starts a page.
func NewFragments() *Fragments {
	return &Fragments{md: sharedMarkdown(), ids: &sharedIDs{seen: map[string]int{}}}
}

// Reserve keeps an id the page sets itself from being given to a heading.
func (f *Fragments) Reserve(id string) {
	f.ids.Put([]byte(id))
}

// HTML renders Markdown as one piece of HTML.
func (f *Fragments) HTML(markdown []byte) (template.HTML, error) {
	b, err := toHTML(f.md, markdown, f.ids)
	if err != nil {
		return "", err
	}
	// goldmark escapes all text and drops raw HTML (newMarkdown), so its
	// output is markup we wrote, not markup from the document.
	return template.HTML(b), nil
}

// Blocks renders Markdown one top-level block at a time, so a page can
// number them or wrap each in its own element. Raw HTML blocks, which
// render leaves out of pages, are left out here too.
func (f *Fragments) Blocks(markdown []byte) ([]Block, error) {
	markdown = boundMarkdown(markdown)
	pc := parser.NewContext(parser.WithIDs(f.ids))
	doc := f.md.Parser().Parse(text.NewReader(markdown), parser.WithContext(pc))
	var blocks []Block
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		if n.Kind() == ast.KindHTMLBlock {
			continue
		}
		var b bytes.Buffer
		if err := f.md.Renderer().Render(&b, markdown, n); err != nil {
			return nil, err
		}
		blk := Block{Kind: blockKind(n), HTML: template.HTML(b.String()), Text: plainText(b.String())}
		if h, ok := n.(*ast.Heading); ok {
			blk.Level = h.Level
		}
		blocks = append(blocks, blk)
	}
	return blocks, nil
}

// MarkdownHTML renders Markdown on its own, as render renders a page.
func MarkdownHTML(markdown []byte) (template.HTML, error) {
	return NewFragments().HTML(markdown)
}

// Blocks renders Markdown one top-level block at a time; see
// Fragments.Blocks.
func Blocks(markdown []byte) ([]Block, error) {
	return NewFragments().Blocks(markdown)
}

// PlainText is Markdown without its markup, on one line: for short
// excerpts that must not carry a heading or a list into a small space.
func PlainText(markdown []byte) (string, error) {
	h, err := MarkdownHTML(markdown)
	if err != nil {
		return "", err
	}
	return plainText(string(h)), nil
}

// Comment is an output's generated-by note as an HTML comment, for the
// top of a page, where commands look for Marker before overwriting.
func Comment(note string) template.HTML {
	return template.HTML("<!-- " + commentSafe(template.HTMLEscapeString(note)) + " -->")
}

func blockKind(n ast.Node) string {
	switch n.Kind() {
	case ast.KindHeading:
		return BlockHeading
	case ast.KindParagraph, ast.KindTextBlock:
		return BlockParagraph
	case ast.KindList:
		return BlockList
	case ast.KindBlockquote:
		return BlockQuote
	case ast.KindFencedCodeBlock, ast.KindCodeBlock:
		return BlockCode
	case ast.KindThematicBreak:
		return BlockRule
	case east.KindTable:
		return BlockTable
	}
	return BlockOther
}

// tag matches one tag or comment of goldmark's output, which escapes "<"
// and ">" in text and attribute values, so no tag holds a ">". Block tags
// are followed by a newline there, so dropping tags keeps words apart.
var tag = regexp.MustCompile(`<[^>]*>`)

func plainText(h string) string {
	return strings.Join(strings.Fields(html.UnescapeString(tag.ReplaceAllString(h, ""))), " ")
}
