package portfolio

import (
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
	"net/url"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/render"
	"github.com/prfaq/prfaq/internal/workspace"
)

// Columns of the index, by the key that sorts by them (the page's
// ?sort= and the script use the same keys).
const (
	SortTitle    = "title"
	SortStatus   = "status"
	SortVersion  = "version"
	SortOwner    = "owner"
	SortUpdated  = "updated"
	SortMode     = "mode"
	SortScore    = "score"
	SortErrors   = "errors"
	SortWarnings = "warnings"
	SortInfos    = "info"
	// SortReactions orders by the number of customers excited by the
	// current version.
	SortReactions = "reactions"
)

// SortKeys lists every column key in the order the index shows them.
func SortKeys() []string {
	return []string{SortTitle, SortStatus, SortVersion, SortOwner, SortUpdated, SortMode, SortReactions, SortScore, SortErrors, SortWarnings, SortInfos}
}

// StatusUnreadable is the status filter that shows the documents that
// cannot be read.
const StatusUnreadable = "unreadable"

// IndexOptions are the choices of one index page besides its entries.
type IndexOptions struct {
	// Folder is the folder the documents were found in, as the user
	// named it; the page's heading names it.
	Folder string
	// Now is the date the page shows.
	Now time.Time
	// Link gives the address of an entry's page, relative to the index;
	// "" leaves the title without a link.
	Link func(workspace.Entry) string
	// Status shows only documents of this status (or StatusUnreadable);
	// "" shows all. The page's filter can change it.
	Status string
	// Need lists only the documents that serve the need with this id;
	// "" lists all. An id no team defines is ignored.
	Need string
	// Sort is a column key (SortTitle when ""); Desc reverses the order.
	Sort string
	Desc bool
	// Live makes the page prfaq serve's: the script is loaded from its
	// address and the page follows changes. Nil gives a self-contained
	// static page with the script inline.
	Live *Live
}

// Live is what a page served by prfaq serve loads from the server.
type Live struct {
	// Script is the address of the page script.
	Script string
	// Events is the address of the server-sent events stream that says
	// which files changed.
	Events string
}

//go:embed index.html
var indexHTML string

//go:embed portfolio.css
var portfolioCSS string

//go:embed portfolio.js
var portfolioJS string

// Script is the script every portfolio page uses: sorting and filtering
// the index, the findings toggle, and following changes when served.
func Script() []byte { return []byte(portfolioJS) }

type indexPage struct {
	pageFrame
	Folder  string
	Date    string
	Summary string
	Rows    []indexRow
	// RowsHTML is the table's rows, laid out by the "rows" template
	// apart from the page, several parts at once.
	RowsHTML   template.HTML
	Columns    []indexColumn
	Filters    []statusFilter
	Status     string
	Sort       string
	Desc       bool
	Shown      int
	Unfiltered int
	// Needs is the table of the teams' customer needs and the documents
	// serving each; nil when no team defines needs.
	Needs *needsTable
	Need  string
}

// pageFrame is what every portfolio page carries around its content.
type pageFrame struct {
	NoteComment template.HTML
	PageTitle   string
	BodyClass   string
	// PageCSS is the stylesheet of the page framed (render's, diff's),
	// before the portfolio's own.
	PageCSS template.CSS
	CSS     template.CSS
	// InlineScript is the script for a static page; ScriptURL and
	// EventsURL are set instead on a served page.
	InlineScript template.JS
	ScriptURL    string
	EventsURL    string
	// Watch is the file whose changes refresh the page; "*" for any.
	Watch string
}

func newFrame(class, title, note string, live *Live, watch string) pageFrame {
	f := pageFrame{BodyClass: class, PageTitle: title, CSS: template.CSS(portfolioCSS)}
	if note != "" {
		f.NoteComment = render.Comment(note)
	}
	if live == nil {
		f.InlineScript = template.JS(portfolioJS)
	} else {
		f.ScriptURL, f.EventsURL, f.Watch = live.Script, live.Events, watch
	}
	return f
}

type indexColumn struct {
	Key, Label, Href string
	// Numeric columns sort highest first on the first click.
	Numeric bool
	// AriaSort is "ascending" or "descending" on the sorted column.
	AriaSort string
}

type indexRow struct {
	Href, File, Title    string
	Status, StatusLabel  string
	Version, VersionKey  string
	Owner, Updated, Mode string
	Score                string
	// Reactions is the current version's tally, "" when no reaction was
	// ever recorded for the document; Excited sorts the column.
	Reactions             string
	Excited               int
	Errors, Warnings, Inf int
	Error                 string
	Hidden                bool
}

type statusFilter struct {
	Value, Label string
	Count        int
	Selected     bool
}

// Index lays out the portfolio page: one row per document with its title,
// status, version, owner, last update, mode, lint score and findings,
// sortable by every column and filtered by status.
func Index(entries []workspace.Entry, opts IndexOptions) ([]byte, error) {
	sortKey := opts.Sort
	if !slices.Contains(SortKeys(), sortKey) {
		sortKey = SortTitle
	}
	if !knownStatus(opts.Status) {
		opts.Status = ""
	}
	needs := Needs(entries)
	if !slices.ContainsFunc(needs, func(n prfaq.Need) bool { return n.ID == opts.Need }) {
		opts.Need = ""
	}
	if opts.Sort == "" {
		opts.Sort = sortKey
	}
	table := buildNeedsTable(needs, entries, opts)
	if opts.Need != "" {
		entries = slices.DeleteFunc(slices.Clone(entries), func(e workspace.Entry) bool { return !serves(&e, opts.Need) })
	}
	sorted := slices.Clone(entries)
	SortEntries(sorted, sortKey, opts.Desc)

	page := indexPage{
		Folder:     opts.Folder,
		Date:       opts.Now.UTC().Format(time.DateOnly),
		Status:     opts.Status,
		Sort:       sortKey,
		Desc:       opts.Desc,
		Unfiltered: len(entries),
		Needs:      table,
		Need:       opts.Need,
	}
	note := ""
	if opts.Live == nil {
		note = fmt.Sprintf("%s%s. Do not edit this file: run prfaq index again.", render.Marker, displayFolder(opts.Folder))
	}
	page.pageFrame = newFrame("portfolio-index", "PR/FAQs in "+displayFolder(opts.Folder), note, opts.Live, "*")

	counts := map[string]int{}
	for _, e := range sorted {
		row := newIndexRow(e, opts.Link)
		counts[row.Status]++
		row.Hidden = opts.Status != "" && row.Status != opts.Status
		if !row.Hidden {
			page.Shown++
		}
		page.Rows = append(page.Rows, row)
	}
	page.Filters = append(page.Filters, statusFilter{Value: "", Label: "All", Count: len(entries), Selected: opts.Status == ""})
	var parts []string
	for _, s := range prfaq.Statuses() {
		if n := counts[string(s)]; n > 0 || opts.Status == string(s) {
			page.Filters = append(page.Filters, statusFilter{Value: string(s), Label: s.Label(), Count: n, Selected: opts.Status == string(s)})
			parts = append(parts, fmt.Sprintf("%d %s", n, strings.ToLower(s.Label())))
		}
	}
	if n := counts[StatusUnreadable]; n > 0 || opts.Status == StatusUnreadable {
		page.Filters = append(page.Filters, statusFilter{Value: StatusUnreadable, Label: "Cannot be read", Count: n, Selected: opts.Status == StatusUnreadable})
		parts = append(parts, fmt.Sprintf("%d cannot be read", n))
	}
	page.Summary = plural(len(entries), "PR/FAQ")
	if opts.Need != "" {
		for _, n := range needs {
			if n.ID == opts.Need {
				page.Summary += " serving " + n.Name
			}
		}
	}
	if len(parts) > 0 {
		page.Summary += ": " + strings.Join(parts, ", ")
	}
	for _, key := range SortKeys() {
		col := indexColumn{Key: key, Label: columnLabel(key), Numeric: numericColumn(key)}
		desc := col.Numeric
		if key == sortKey {
			desc = !opts.Desc
			col.AriaSort = "ascending"
			if opts.Desc {
				col.AriaSort = "descending"
			}
		}
		col.Href = indexQuery(opts.Status, key, desc, opts.Need)
		page.Columns = append(page.Columns, col)
	}

	rows, err := executeRows(page.Rows)
	if err != nil {
		return nil, err
	}
	page.RowsHTML = rows
	return executePage("index", page)
}

// rowsPerPart is how many rows of the index one goroutine lays out.
const rowsPerPart = 256

// executeRows lays out the index's rows with the "rows" template, parts
// of them on every core, and joins them: the same bytes the page's own
// range over the rows would write, since the rows stand in the same
// place (HTML text, in the table's body). Escaping thousands of rows was
// the largest part of the page's time.
func executeRows(rows []indexRow) (template.HTML, error) {
	t, err := pageTemplates()
	if err != nil {
		return "", err
	}
	parts := make([]bytes.Buffer, (len(rows)+rowsPerPart-1)/rowsPerPart)
	errs := make([]error, len(parts))
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(runtime.GOMAXPROCS(0), len(parts)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				errs[i] = t.ExecuteTemplate(&parts[i], "rows", rows[i*rowsPerPart:min(len(rows), (i+1)*rowsPerPart)])
			}
		}()
	}
	for i := range parts {
		next <- i
	}
	close(next)
	wg.Wait()
	var all bytes.Buffer
	for i := range parts {
		if errs[i] != nil {
			return "", errs[i]
		}
		all.Write(parts[i].Bytes())
	}
	// Laid out by html/template, which escaped every value.
	return template.HTML(all.String()), nil
}

func newIndexRow(e workspace.Entry, link func(workspace.Entry) string) indexRow {
	row := indexRow{File: e.File, Title: e.Title()}
	if link != nil {
		row.Href = link(e)
	}
	if e.Broken() {
		row.Status, row.StatusLabel = StatusUnreadable, "Cannot be read"
		row.Error = errorLines(&e)[0]
		return row
	}
	c := countsOf(&e)
	row.Status, row.StatusLabel = string(e.Doc.Status), e.Doc.Status.Label()
	row.Version, row.VersionKey = e.Doc.Version, versionKey(e.Doc.Version)
	row.Owner, row.Updated = e.Owner(), e.Updated()
	row.Mode = "Future"
	if e.Doc.Mode == prfaq.ModeLaunch {
		row.Mode = "Launch"
	}
	row.Score = fmt.Sprint(e.Score())
	if e.Reactions != nil {
		row.Reactions, row.Excited = e.Reactions.String(), e.Reactions[prfaq.ReactionExcited]
	}
	row.Errors, row.Warnings, row.Inf = c.Errors, c.Warnings, c.Infos
	return row
}

// SortEntries orders entries by a column; ties go by title, then file,
// so the order never depends on the order files were found in. Entries
// that cannot be read come last whatever the direction.
func SortEntries(entries []workspace.Entry, key string, desc bool) {
	type keyed struct {
		e    workspace.Entry
		text string
		num  float64
	}
	ks := make([]keyed, len(entries))
	for i, e := range entries {
		ks[i] = keyed{e: e}
		ks[i].text, ks[i].num = sortValue(e, key)
	}
	slices.SortStableFunc(ks, func(a, b keyed) int {
		if ab, bb := a.e.Broken(), b.e.Broken(); ab != bb {
			if ab {
				return 1
			}
			return -1
		}
		c := 0
		if numericColumn(key) {
			c = compareFloat(a.num, b.num)
		} else {
			c = strings.Compare(a.text, b.text)
		}
		if desc {
			c = -c
		}
		if c != 0 {
			return c
		}
		if c = strings.Compare(strings.ToLower(a.e.Title()), strings.ToLower(b.e.Title())); c != 0 {
			return c
		}
		return strings.Compare(a.e.File, b.e.File)
	})
	for i := range ks {
		entries[i] = ks[i].e
	}
}

func compareFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// sortValue is an entry's value in a column: text for text columns, a
// number for numeric ones.
func sortValue(e workspace.Entry, key string) (string, float64) {
	if e.Broken() {
		return "", 0
	}
	c := countsOf(&e)
	switch key {
	case SortStatus:
		return fmt.Sprintf("%02d", slices.Index(prfaq.Statuses(), e.Doc.Status)+1), 0
	case SortVersion:
		return versionKey(e.Doc.Version), 0
	case SortOwner:
		return strings.ToLower(e.Owner()), 0
	case SortUpdated:
		return e.Updated(), 0
	case SortMode:
		return string(e.Doc.Mode), 0
	case SortScore:
		return "", float64(e.Score())
	case SortReactions:
		return "", float64(e.Reactions[prfaq.ReactionExcited])
	case SortErrors:
		return "", float64(c.Errors)
	case SortWarnings:
		return "", float64(c.Warnings)
	case SortInfos:
		return "", float64(c.Infos)
	}
	return strings.ToLower(e.Title()), 0
}

// versionKey makes versions sort as numbers in a text comparison (1.10
// after 1.9): each number zero-padded, anything else as written.
func versionKey(v string) string {
	var b strings.Builder
	for i, part := range strings.Split(v, ".") {
		if i > 0 {
			b.WriteByte('.')
		}
		if len(part) > 0 && len(part) <= 9 && strings.Trim(part, "0123456789") == "" {
			b.WriteString(strings.Repeat("0", 9-len(part)))
		}
		b.WriteString(part)
	}
	return b.String()
}

func knownStatus(s string) bool {
	return s == "" || s == StatusUnreadable || slices.Contains(prfaq.Statuses(), prfaq.Status(s))
}

func numericColumn(key string) bool {
	switch key {
	case SortScore, SortErrors, SortWarnings, SortInfos, SortReactions:
		return true
	}
	return false
}

func columnLabel(key string) string {
	switch key {
	case SortInfos:
		return "Info"
	case SortUpdated:
		return "Updated"
	}
	return strings.ToUpper(key[:1]) + key[1:]
}

// indexQuery is the address of the index with a filter and an order, so
// sorting and filtering work in a served page without the script too.
func indexQuery(status, sort string, desc bool, need string) string {
	q := []string{}
	if need != "" {
		q = append(q, "need="+url.QueryEscape(need))
	}
	if status != "" {
		q = append(q, "status="+status)
	}
	if sort != "" && sort != SortTitle || desc {
		q = append(q, "sort="+sort)
	}
	if desc {
		q = append(q, "desc=1")
	}
	if len(q) == 0 {
		return "?"
	}
	return "?" + strings.Join(q, "&")
}

func displayFolder(folder string) string {
	if folder == "" {
		return "."
	}
	return folder
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

//go:embed document.html
var documentHTML string

// executePage fills one of the portfolio's page templates; they share
// the top bar and the head.
// pageTemplates are the pages' templates, parsed once: their text is part
// of the program. Executing one template from several goroutines is safe.
var pageTemplates = sync.OnceValues(func() (*template.Template, error) {
	t, err := template.New("index").Parse(indexHTML)
	if err != nil {
		return nil, err
	}
	if _, err := t.New("pages").Parse(documentHTML); err != nil {
		return nil, err
	}
	return t, nil
})

func executePage(name string, data any) ([]byte, error) {
	t, err := pageTemplates()
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if err := t.ExecuteTemplate(&b, name, data); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
