package workspace

import (
	"os"
	"path/filepath"
	"testing"
)

// The needs of a project are found from any folder inside it, and never
// from above the top of a git checkout.
func TestFindProjectNeeds(t *testing.T) {
	root := t.TempDir()
	mk := func(p string) {
		if err := os.MkdirAll(filepath.Join(root, p), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write := func(p string) {
		mk(filepath.Dir(p))
		if err := os.WriteFile(filepath.Join(root, p), []byte("needs: []\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("outer/" + NeedsFile)
	mk("outer/repo/.git")
	mk("outer/repo/docs/deep")
	write("outer/team/" + NeedsFile)
	mk("outer/team/docs")
	mk("outer/plain/docs")
	for _, c := range []struct{ dir, want string }{
		{"outer/team/docs", "outer/team/" + NeedsFile},
		{"outer/team", "outer/team/" + NeedsFile},
		{"outer/plain/docs", "outer/" + NeedsFile},
		{"outer/repo/docs/deep", ""}, // the checkout's top stops the search
	} {
		got, ok := FindProject(filepath.Join(root, c.dir), NeedsFile)
		if c.want == "" {
			if ok {
				t.Errorf("%s: found %s, want nothing", c.dir, got)
			}
			continue
		}
		if want := filepath.Join(root, c.want); !ok || got != want {
			t.Errorf("%s: found %q, want %q", c.dir, got, want)
		}
	}
}
