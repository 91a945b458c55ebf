package diff

import (
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
)

//go:embed redline.html
var redlineHTML string

//go:embed redline.css
var redlineCSS string

type htmlPage struct {
	PageTitle, Title string
	From, To         string
	Summary          string
	CSS              template.CSS
	// Rows are the sections that differ, in document order; the
	// sections that do not are only named, together, in Unchanged, so a
	// printed redline opens with what changed rather than a page of
	// "unchanged".
	Rows      []htmlRow
	Unchanged []string
	Sections  []htmlSection
}

type htmlRow struct {
	Label, Change, Status, Anchor string
}

type htmlSection struct {
	Anchor, Label, Path, Change, Status, Note string
	Parts                                     []htmlPart
}

type htmlPart struct {
	Kind string // "eq", "del" or "ins"
	Text string
}

// HTML formats a result as one self-contained, printable "redline" page:
// a summary table of the sections that differ, with the unchanged ones
// named together in its last row, then each section that differs in full, with deletions in <del> (red, struck through) and insertions in
// <ins> (green, underlined); the strike and underline keep the marks
// readable on a black-and-white printer. Styles are inline, there is no
// script, and all document text is escaped. title is the document's title
// (may be empty). Headings are kept with what follows them when printed,
// on A4 or Letter.
func HTML(r *Result, title string) []byte {
	return executeRedline("redline", newHTMLPage(r, title))
}

// Body is a redline as the inside of HTML's page, and the stylesheet the
// page uses, for a page that frames it (prfaq serve's version pages).
type Body struct {
	HTML  template.HTML
	CSS   template.CSS
	Title string
}

// HTMLBody formats a result as HTML does and returns the inside of the
// page's body.
func HTMLBody(r *Result, title string) Body {
	page := newHTMLPage(r, title)
	// The template escaped every value, so this is markup diff wrote.
	return Body{HTML: template.HTML(executeRedline("body", page)), CSS: page.CSS, Title: page.PageTitle}
}

func newHTMLPage(r *Result, title string) *htmlPage {
	from, to := label(r.From, "old"), label(r.To, "new")
	page := &htmlPage{
		Title: title,
		From:  from,
		To:    to,
		CSS:   template.CSS(redlineCSS),
		Rows:  []htmlRow{},
	}
	page.PageTitle = fmt.Sprintf("Changes from %s to %s", from, to)
	if title != "" {
		page.PageTitle = title + " — " + page.PageTitle
	}
	switch {
	case len(r.Sections) == 0:
		page.Summary = "Nothing to compare: both versions are empty."
	case !r.Changed():
		page.Summary = fmt.Sprintf("No changes in %s.", plural(len(r.Sections), "section"))
	default:
		page.Summary = r.Counts().String() + "."
	}
	for i := range r.Sections {
		s := &r.Sections[i]
		if s.Status == Unchanged {
			page.Unchanged = append(page.Unchanged, s.Label)
			continue
		}
		// Anchors are numbers: ids from the document could hold anything,
		// and the link must match the id exactly.
		row := htmlRow{Label: s.Label, Change: s.Change(), Status: s.Status.String(), Anchor: fmt.Sprintf("s%d", i+1)}
		sec := htmlSection{Anchor: row.Anchor, Label: s.Label, Path: s.Path, Change: row.Change, Status: row.Status}
		switch {
		case s.WhitespaceOnly:
			sec.Note = "Only line breaks or spacing changed."
		case s.Coarse:
			sec.Note = coarseNote
		}
		if !s.WhitespaceOnly {
			for _, op := range s.Ops {
				kind := "eq"
				switch op.Kind {
				case Delete:
					kind = "del"
				case Insert:
					kind = "ins"
				}
				sec.Parts = append(sec.Parts, htmlPart{kind, op.Text})
			}
		}
		page.Sections = append(page.Sections, sec)
		page.Rows = append(page.Rows, row)
	}
	return page
}

func executeRedline(name string, page *htmlPage) []byte {
	// html/template escapes every value it prints, by context, so document
	// text can never become markup.
	redline := template.Must(template.New("redline").Parse(redlineHTML))
	var b bytes.Buffer
	if err := redline.ExecuteTemplate(&b, name, page); err != nil {
		// The template is fixed and its data plain strings: an error here
		// is a bug in this package.
		panic("diff: redline template: " + err.Error())
	}
	return b.Bytes()
}
