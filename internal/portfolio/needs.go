package portfolio

import (
	"slices"

	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/workspace"
)

// needStatuses are the columns of the needs table: the statuses of a bet
// still alive, from idea to launch. Rejected and parked documents serve
// nothing any more.
var needStatuses = []prfaq.Status{prfaq.StatusDraft, prfaq.StatusInReview, prfaq.StatusApproved, prfaq.StatusLaunched}

type needsTable struct {
	Statuses []string // column headings
	Rows     []needRow
	// Filter is the need the index is filtered by, "" for none; AllHref
	// drops the filter.
	Filter  string
	AllHref string
}

type needRow struct {
	ID, Name, Description string
	Href                  string // shows only the need's documents; "" on a static page
	Cells                 [][]needDoc
	Total                 int
	Selected              bool
}

type needDoc struct {
	Title, Href string
}

// Needs are the teams' customer needs the entries are checked against,
// in the order of their files, each id once: the first file that
// defines it wins.
func Needs(entries []workspace.Entry) []prfaq.Need {
	var out []prfaq.Need
	seen := map[string]bool{}
	for _, e := range entries {
		if e.Config == nil || e.Config.Needs == nil {
			continue
		}
		for _, n := range e.Config.Needs.Needs {
			if !seen[n.ID] {
				seen[n.ID] = true
				out = append(out, n)
			}
		}
	}
	return out
}

// serves reports whether the entry's document names the need.
func serves(e *workspace.Entry, id string) bool {
	return !e.Broken() && e.Doc != nil && slices.Contains(e.Doc.Serves, id)
}

// buildNeedsTable lays out each need with the documents serving it by
// status, so a team sees the needs with no bet and the crowded ones.
func buildNeedsTable(needs []prfaq.Need, entries []workspace.Entry, opts IndexOptions) *needsTable {
	if len(needs) == 0 {
		return nil
	}
	t := &needsTable{Filter: opts.Need}
	for _, s := range needStatuses {
		t.Statuses = append(t.Statuses, s.Label())
	}
	if opts.Live != nil {
		t.AllHref = indexQuery(opts.Status, opts.Sort, opts.Desc, "")
	}
	for _, n := range needs {
		row := needRow{ID: n.ID, Name: n.Name, Description: n.Description, Cells: make([][]needDoc, len(needStatuses)), Selected: n.ID == opts.Need}
		if opts.Live != nil {
			row.Href = indexQuery(opts.Status, opts.Sort, opts.Desc, n.ID)
		}
		for _, e := range entries {
			if !serves(&e, n.ID) {
				continue
			}
			i := slices.Index(needStatuses, e.Doc.Status)
			if i < 0 {
				continue
			}
			d := needDoc{Title: e.Title()}
			if opts.Link != nil {
				d.Href = opts.Link(e)
			}
			row.Cells[i] = append(row.Cells[i], d)
			row.Total++
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}
