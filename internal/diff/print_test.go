package diff

// The printed redline, checked as a reviewer holds it: headless Chromium
// prints the page to PDF and the PDF's text is read back. Needs Chromium
// and poppler-utils; see internal/testsupport/browsertest.

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/prfaq/prfaq/internal/testsupport/browsertest"
)

// tableHeader is the summary table's heading row as pdftotext lays it out.
var tableHeader = regexp.MustCompile(`(?m)^\s*Section\s+Change\s*$`)

var changeRow = regexp.MustCompile(`\b(changed|added|removed)\b`)

// A reviewer opens the printout to see what changed: the summary table's
// first rows are the changed sections, and the many unchanged ones take
// one row after them, not a page of "unchanged" rows.
func TestRedlinePrintsChangesFirst(t *testing.T) {
	tools := browsertest.Require(t)
	r := fixture(t)
	c := r.Counts()
	if c.Unchanged < 20 {
		t.Fatalf("the fixture has %d unchanged sections; the check needs many", c.Unchanged)
	}
	page := filepath.Join(t.TempDir(), "redline.html")
	if err := os.WriteFile(page, HTML(r, "Tab Split PR/FAQ"), 0o644); err != nil {
		t.Fatal(err)
	}
	tools.Load(t, page)
	pdf := tools.Print(t, page)
	text := tools.Text(t, pdf, 0)

	loc := tableHeader.FindStringIndex(text)
	if loc == nil {
		t.Fatalf("no summary table (a \"Section  Change\" row) in the printed redline:\n%s", text)
	}
	var rows []string
	for _, line := range strings.Split(text[loc[1]:], "\n") {
		if line = strings.TrimSpace(line); line != "" {
			rows = append(rows, line)
		}
	}
	changes := c.Changed + c.Added + c.Removed
	if len(rows) < changes {
		t.Fatalf("the printed redline ends after %d lines of its table:\n%s", len(rows), text)
	}
	for i, row := range rows[:changes] {
		if !changeRow.MatchString(row) || strings.Contains(row, "unchanged") {
			t.Errorf("row %d of the printed summary is %q, want a changed, added or removed section first", i+1, row)
		}
	}
	if !strings.HasPrefix(rows[changes], "unchanged:") {
		t.Errorf("after the %d changes the printed summary goes on with %q, want the one row naming the unchanged sections", changes, rows[changes])
	}
	// "unchanged" is printed twice: in the counts line and at the start of
	// the one row that names the unchanged sections.
	if n := strings.Count(text, "unchanged"); n != 2 {
		t.Errorf("the printed redline says \"unchanged\" %d times, want 2 (the counts and one row):\n%s", n, text)
	}
}
