package mddoc

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// TestDocumentDetails reads the details teams write in the body: a
// table under the headline, a line of labels, a memo's To/From.
func TestDocumentDetails(t *testing.T) {
	const body = "\n\nSEATTLE, WA – March 3, 2027 – Northbeam today launched ShelfSense.\n\n## FAQ\n\n### Does it cost extra?\n\nNo.\n"
	for _, c := range []struct {
		name, md                       string
		title, status, updated, launch string
		authors                        []string
		team                           string
		kept                           bool // the table is kept in the appendix, as written
	}{
		{"a table under the headline", "# ShelfSense restocks shelves before they empty\n\n| Field | Value |\n|---|---|\n| Owner | Store Operations |\n| Author | Renata Olsen |\n| Status | Draft 3 |\n| Target launch | 2027-09-01 |\n| Decision needed by | 2027-06-15 |" + body,
			"ShelfSense restocks shelves before they empty", "draft", "", "2027-09-01", []string{"Renata Olsen"}, "Store Operations", true},
		{"a table above the headline", "| Document | ShelfSense: PR/FAQ |\n|---|---|\n| Status | In review |\n| Last updated | February 11, 2027 |\n\n# ShelfSense restocks shelves before they empty" + body,
			"ShelfSense: PR/FAQ", "in-review", "2027-02-11", "", nil, "", false},
		{"a line of labels", "# ShelfSense restocks shelves before they empty\n\n**Author:** Renata Olsen · **Status:** approved · **Updated:** 2027-02-18" + body,
			"ShelfSense restocks shelves before they empty", "approved", "2027-02-18", "", []string{"Renata Olsen"}, "", false},
		{"the front matter wins", "---\nstatus: in-review\n---\n# ShelfSense restocks shelves before they empty\n\n**Author:** Renata Olsen · **Status:** approved" + body,
			"ShelfSense restocks shelves before they empty", "in-review", "", "", []string{"Renata Olsen"}, "", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			res, err := Read("x.md", []byte(c.md), Options{Templates: builtin.Load})
			if err != nil {
				t.Fatal(err)
			}
			d := res.Doc
			if d.Title != c.title || string(d.Status) != c.status || d.Updated != c.updated || d.LaunchDate != c.launch || !slices.Equal(d.Authors, c.authors) || d.Team != c.team {
				t.Errorf("title %q, status %q, updated %q, launch %q, authors %q, team %q", d.Title, d.Status, d.Updated, d.LaunchDate, d.Authors, d.Team)
			}
			if d.PressRelease.Summary == "" || strings.Contains(d.PressRelease.Summary, "Status") {
				t.Errorf("summary %q", d.PressRelease.Summary)
			}
			doc, _ := Import(res, time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC))
			if kept := strings.Contains(doc.Appendix, "### Document details"); kept != c.kept {
				t.Errorf("details kept in the appendix: %v, want %v\n%s", kept, c.kept, doc.Appendix)
			}
		})
	}
}

func TestStatusAndDate(t *testing.T) {
	for in, want := range map[string]string{"Draft 3": "draft", "In review": "in-review", "WIP": "draft", "On hold": "parked", "Shipped": "launched", "sideways": "sideways"} {
		if got := statusOf(in); got != want {
			t.Errorf("statusOf(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"2027-01-14 09:30:00 +0000": "2027-01-14", "2027-01-14T09:30:00Z": "2027-01-14", "February 11, 2027": "2027-02-11", "11 Feb 2027": "2027-02-11", "Sept. 9, 2027": "2027-09-09", "soon": "soon"} {
		if got := dateOf(in); got != want {
			t.Errorf("dateOf(%q) = %q, want %q", in, got, want)
		}
	}
}
