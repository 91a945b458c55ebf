package workshop

// The kit's acceptance check: every sheet opens in headless Chromium
// without a console message, and printed to PDF on A4 and on US Letter it
// takes the pages it is designed for. Needs Chromium and poppler-utils;
// see internal/browsertest.

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/prfaq/prfaq/internal/testsupport/browsertest"
)

func TestKitPrints(t *testing.T) {
	tools := browsertest.Require(t)
	w := builtin(t)
	// Pages each sheet must print on; the guide and the index are prose
	// and may run a little longer or shorter. The worksheets have a ruled
	// line for every ten words of the template's budgets.
	want := map[string][2]int{
		"five-questions.html": {1, 2},
		"press-release.html":  {2, 3},
		"faq-bank.html":       {1, 1},
		"role-cards.html":     {2, 2},
		"rubric.html":         {1, 1},
		"decision-log.html":   {1, 1},
		"guide.html":          {3, 5},
		"index.html":          {1, 2},
	}
	for _, paper := range []string{"a4", "letter"} {
		for _, tmpl := range []string{"amazon", "mini", "internal", "oss"} {
			if tmpl != "amazon" && paper != "letter" {
				// The other templates change only the worksheets'
				// text; they are printed on the shorter paper.
				continue
			}
			t.Run(paper+"/"+tmpl, func(t *testing.T) {
				t.Parallel()
				dir := t.TempDir()
				pages, err := Kit(w, loadTemplate(t, tmpl), KitOptions{Teams: 6, Paper: paper})
				if err != nil {
					t.Fatal(err)
				}
				for _, p := range pages {
					if err := os.WriteFile(filepath.Join(dir, p.Name), p.HTML, 0o644); err != nil {
						t.Fatal(err)
					}
				}
				for _, p := range pages {
					if p.Name == PrintAllFile {
						continue // TestKitPrintAllPrints
					}
					if tmpl != "amazon" && p.Name != "five-questions.html" && p.Name != "press-release.html" && p.Name != "faq-bank.html" {
						continue // the other sheets do not depend on the template
					}
					page := filepath.Join(dir, p.Name)
					if paper == "a4" {
						tools.Load(t, page)
					}
					pdf := tools.Print(t, page)
					info := tools.Info(t, pdf)
					if got := info.Paper(); !strings.EqualFold(got, paper) {
						t.Errorf("%s printed on %s (%.0f x %.0f pt), want %s", p.Name, got, info.Width, info.Height, paper)
					}
					if landscape := p.Name == "decision-log.html"; info.Landscape() != landscape {
						t.Errorf("%s: landscape is %v, want %v", p.Name, info.Landscape(), landscape)
					}
					r := want[p.Name]
					if info.Pages < r[0] || info.Pages > r[1] {
						t.Errorf("%s printed on %d pages, want %d to %d", p.Name, info.Pages, r[0], r[1])
					}
					text := tools.Text(t, pdf, 0)
					if p.Name == "press-release.html" && !strings.Contains(text, "The problem paragraph") {
						t.Errorf("press-release.html: the PDF lacks the problem paragraph's prompt:\n%s", text)
					}
					if p.Name == "rubric.html" && !strings.Contains(text, "Team 6") {
						t.Errorf("rubric.html: the PDF lacks the column of Team 6")
					}
				}
			})
		}
	}
}

// Without --paper the sheets still fit the browser's default paper, and
// a rubric for more teams than fit across a page continues on the next.
func TestKitPrintsDefaultPaper(t *testing.T) {
	tools := browsertest.Require(t)
	dir := t.TempDir()
	pages, err := Kit(builtin(t), loadTemplate(t, "amazon"), KitOptions{Teams: 8})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pages {
		if err := os.WriteFile(filepath.Join(dir, p.Name), p.HTML, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for name, n := range map[string]int{"five-questions.html": 2, "press-release.html": 3, "rubric.html": 2, "decision-log.html": 1} {
		info := tools.Info(t, tools.Print(t, filepath.Join(dir, name)))
		if info.Pages != n {
			t.Errorf("%s printed on %d pages, want %d", name, info.Pages, n)
		}
	}
}
