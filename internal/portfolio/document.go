package portfolio

import (
	_ "embed"
	"fmt"
	"html/template"
	"strings"
	"time"

	"github.com/prfaq/prfaq/internal/diff"
	"github.com/prfaq/prfaq/internal/lint"
	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/render"
	"github.com/prfaq/prfaq/internal/source"
	"github.com/prfaq/prfaq/internal/workspace"
)

// Links are the addresses of a served portfolio's pages.
type Links struct {
	// Index is the address of the index.
	Index string
	// Document is the address of a document's page; version "" is the
	// working copy, anything else a closed version.
	Document func(file, version string) string
	// Diff is the address of the changes between two versions of a
	// document; "working" is the working copy.
	Diff func(file, from, to string) string
}

// Working names the working copy where a version is expected.
const Working = "working"

// DocumentOptions are the choices of one document page besides its entry.
type DocumentOptions struct {
	Live  *Live
	Links Links
	// Now is the clock render reads when a document carries no date.
	Now time.Time
	// Version is the closed version the entry holds; "" when it is the
	// working copy.
	Version string
	// Current is the working copy, for its history (the versions to
	// read and compare) when the entry is a closed version or cannot be
	// read; nil when there is none to show.
	Current *prfaq.Document
	// Snapshots says which recorded snapshots are broken: version to
	// what is wrong with it.
	Snapshots map[string]string
	// LastGood is the last reading of the file that could be shown, for
	// a page whose file cannot be read now (a half-saved or broken
	// edit): the page shows the error, then this, dimmed, instead of
	// going blank.
	LastGood *workspace.Entry
	// Saved is when the file was last changed; zero when unknown.
	Saved time.Time
}

type documentPage struct {
	pageFrame
	File, Title string
	Version     string
	Working     string
	Status      string
	Score       string
	Counts      Counts
	Error       []string
	Hint        string
	Saved       string
	Body        template.HTML
	Stale       bool
	StaleBody   template.HTML
	Findings    []findingView
	History     []historyView
	Compare     *compareForm
	IndexURL    string
	WorkingURL  string
}

type findingView struct {
	Severity, Rule, Where, Message, Hint, Source string
}

type historyView struct {
	Version, Date, Status, Author, Message string
	URL, ChangesURL, Problem               string
	Current                                bool
}

type compareForm struct {
	Action   string
	Versions []string
	From, To string
}

// Document lays out the live preview of one document: the document as
// render shows it, its findings beside it (the reader can hide them), its
// versions with links to each and to the changes between them. A document
// that cannot be read shows its error, with the file, line and column,
// above the last reading that could be shown.
func Document(e workspace.Entry, opts DocumentOptions) ([]byte, error) {
	page := documentPage{
		File:     e.File,
		Title:    e.Title(),
		Version:  opts.Version,
		IndexURL: opts.Links.Index,
	}
	page.pageFrame = newFrame("preview", page.Title, "", opts.Live, e.File)
	if opts.Version != "" {
		page.PageTitle = fmt.Sprintf("%s (version %s)", page.Title, opts.Version)
		page.Watch = "" // a closed version never changes
		page.WorkingURL = link(opts.Links.Document, e.File, "")
	}
	if !opts.Saved.IsZero() {
		page.Saved = opts.Saved.Format("15:04:05")
	}
	body, err := documentBody(e, opts.Now)
	if err != nil {
		e.Err = err
	}
	if e.Broken() {
		page.Error, page.Hint = errorLines(&e), e.Hint
		page.Status = "Cannot be read"
		if opts.LastGood != nil && !opts.LastGood.Broken() {
			if stale, err := documentBody(*opts.LastGood, opts.Now); err == nil {
				page.Stale, page.StaleBody = true, stale.HTML
				page.PageCSS = stale.CSS
			}
		}
	} else {
		page.Body, page.PageCSS = body.HTML, body.CSS
		page.Status = e.Doc.Status.Label()
		page.Score = fmt.Sprint(e.Score())
		page.Counts = countsOf(&e)
		for _, f := range e.Findings {
			page.Findings = append(page.Findings, newFindingView(f))
		}
	}
	current := opts.Current
	if current == nil && opts.Version == "" && !e.Broken() {
		current = e.Doc
	}
	if current != nil {
		page.Working = current.Version
		page.History, page.Compare = historyViews(e.File, current, opts)
	}
	return executePage("document", page)
}

func documentBody(e workspace.Entry, now time.Time) (*render.Body, error) {
	if e.Broken() {
		return nil, nil
	}
	return render.RenderBody(e.Doc, e.Template, render.Options{Source: e.File, Now: now})
}

func newFindingView(f lint.Finding) findingView {
	return findingView{
		Severity: f.Severity.String(),
		Rule:     f.Rule,
		Where:    fmt.Sprintf("%d:%d", f.Line, f.Col),
		Message:  f.Message,
		Hint:     f.Hint,
		Source:   strings.TrimSpace(f.Source),
	}
}

// historyViews lists the closed versions, oldest first, then the working
// copy, each with its page and the changes that made it.
func historyViews(file string, current *prfaq.Document, opts DocumentOptions) ([]historyView, *compareForm) {
	var views []historyView
	form := &compareForm{To: Working}
	prev := ""
	for _, r := range current.History {
		v := historyView{
			Version: r.Version, Date: r.Date, Status: r.Status.Label(), Author: r.Author, Message: r.Message,
			URL:     link(opts.Links.Document, file, r.Version),
			Problem: opts.Snapshots[r.Version],
			Current: opts.Version == r.Version,
		}
		if prev != "" && v.Problem == "" && opts.Snapshots[prev] == "" {
			v.ChangesURL = diffLink(opts.Links.Diff, file, prev, r.Version)
		}
		if v.Problem != "" {
			v.URL = ""
		} else {
			form.Versions = append(form.Versions, r.Version)
		}
		views = append(views, v)
		prev = r.Version
	}
	working := historyView{
		Version: current.Version, Date: current.Updated, Status: current.Status.Label(),
		Message: "Working copy", URL: link(opts.Links.Document, file, ""), Current: opts.Version == "",
	}
	if prev != "" && opts.Snapshots[prev] == "" {
		working.ChangesURL = diffLink(opts.Links.Diff, file, prev, Working)
	}
	views = append(views, working)
	if len(form.Versions) == 0 || opts.Links.Diff == nil {
		return views, nil
	}
	form.From = form.Versions[len(form.Versions)-1]
	form.Versions = append(form.Versions, Working)
	form.Action = opts.Links.Diff(file, "", "")
	return views, form
}

func link(f func(file, version string) string, file, version string) string {
	if f == nil {
		return ""
	}
	return f(file, version)
}

func diffLink(f func(file, from, to string) string, file, from, to string) string {
	if f == nil {
		return ""
	}
	return f(file, from, to)
}

type diffPage struct {
	pageFrame
	File, Title       string
	IndexURL, BackURL string
	Body              template.HTML
	Error             []string
	Hint              string
	Compare           *compareForm
}

// DiffOptions are the choices of a changes page besides the comparison.
type DiffOptions struct {
	Live  *Live
	Links Links
	// From and To are the versions compared, as the addresses name them.
	From, To string
	// Current is the working copy, for the versions the page offers to
	// compare instead.
	Current   *prfaq.Document
	Snapshots map[string]string
}

// Diff lays out the changes between two versions of a document (a diff
// redline) inside the portfolio's frame, or why they cannot be compared.
// The page follows the file when it compares the working copy.
func Diff(file, title string, redline *diff.Body, failure error, opts DiffOptions) ([]byte, error) {
	page := diffPage{File: file, Title: title, IndexURL: opts.Links.Index, BackURL: link(opts.Links.Document, file, "")}
	watch := ""
	if opts.To == Working || opts.From == Working {
		watch = file
	}
	pageTitle := fmt.Sprintf("%s: changes from %s to %s", title, opts.From, opts.To)
	page.pageFrame = newFrame("diff-view", pageTitle, "", opts.Live, watch)
	if failure != nil {
		page.Error = errorLines(&workspace.Entry{Document: source.Document{File: file, Err: failure}})
	} else if redline != nil {
		page.Body, page.PageCSS = redline.HTML, redline.CSS
	}
	if opts.Current != nil {
		_, page.Compare = historyViews(file, opts.Current, DocumentOptions{Links: opts.Links, Snapshots: opts.Snapshots})
		if page.Compare != nil {
			page.Compare.From, page.Compare.To = opts.From, opts.To
		}
	}
	return executePage("diff", page)
}

// Message is a page that says one thing (a document that is gone, an
// address that names nothing), in the portfolio's frame, so a reader can
// find their way back. A served message page about a file follows that
// file: it turns into the document when the file is back.
func Message(heading, text, watch string, live *Live, index string) ([]byte, error) {
	page := struct {
		pageFrame
		Heading, Text, IndexURL string
	}{newFrame("message", heading, "", live, watch), heading, text, index}
	return executePage("message", page)
}
