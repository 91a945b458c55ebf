package review_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/prfaq/prfaq/internal/testsupport/browsertest"
)

// The html card of either read-through opens in headless Chromium without
// a console message and prints on one page, to hand to the person in the
// empty chair or the bar raiser.
func TestCardPrints(t *testing.T) {
	tools := browsertest.Require(t)
	ws := newWorkspace()
	for _, file := range []string{"../../examples/keyturn.prfaq.yaml", "../mddoc/testdata/realworld/07-mealbridge-nonprofit.md"} {
		rep := load(t, ws, file)
		for _, as := range []string{"customer", "bar-raiser"} {
			r := *rep
			if as == "customer" {
				r.BarRaiser = nil
			} else {
				r.Customer = nil
			}
			html, err := r.Write("html")
			if err != nil {
				t.Fatal(err)
			}
			page := filepath.Join(t.TempDir(), as+".html")
			if err := os.WriteFile(page, html, 0o644); err != nil {
				t.Fatal(err)
			}
			tools.Load(t, page)
			pdf := tools.Print(t, page)
			if info := tools.Info(t, pdf); info.Pages != 1 {
				t.Errorf("%s %s card printed on %d pages, want 1", file, as, info.Pages)
			}
			want := map[string]string{"customer": "You are the customer", "bar-raiser": "You are the sceptic"}[as]
			if text := tools.Text(t, pdf, 1); !strings.Contains(text, want) {
				t.Errorf("%s %s card: the PDF lacks %q:\n%s", file, as, want, text)
			}
		}
	}
}
