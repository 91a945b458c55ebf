package cli

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/prfaq/prfaq/internal/store"
)

// With the team's needs in .prfaq/needs.yaml, the terminal form offers
// them as a pick list, by name, the ones the document serves already
// picked; space picks, enter goes on.
func TestTerminalNeedsPick(t *testing.T) {
	bin, dir, _, env := wizardTerminal(t)
	for path, text := range map[string]string{
		".git/HEAD":         "ref: refs/heads/main\n",
		".prfaq/needs.yaml": "needs:\n  - id: fair-split\n    name: Fair split\n  - id: fast-repayment\n    name: Fast repayment\n  - id: low-fees\n    name: Low fees\n",
		"tab.prfaq.yaml":    "prfaq: 1\ntitle: Tab Split PR/FAQ\ntemplate: mini\nmode: future\nstatus: draft\nversion: \"1.0\"\nserves: [low-fees]\n",
	} {
		p := filepath.Join(dir, path)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s := startTmux(t, dir, env+bin+" edit tab.prfaq.yaml --section serves --no-render")
	s.focused("Which of the team's customer needs does it serve?")
	s.waitFor("Fast repayment (fast-repayment)")
	s.waitFor("Low fees (low-fees)")
	time.Sleep(100 * time.Millisecond)
	// Pick the first; unpick the third, which the document served.
	s.keys("x", "Down", "Down", "x", "Enter")
	s.waitFor("EXIT=0")
	doc, _, err := store.Reader{}.ReadDocument(filepath.Join(dir, "tab.prfaq.yaml"), "tab.prfaq.yaml")
	if err != nil {
		t.Fatalf("%v\n%s", err, s.screen())
	}
	if !slices.Equal(doc.Serves, []string{"fair-split"}) {
		t.Errorf("serves = %q, want [fair-split]\n%s", doc.Serves, s.screen())
	}
}
