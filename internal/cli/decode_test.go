package cli

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/prfaq/prfaq/internal/workspace"
)

// Every command that reads documents reads each one once: the gallery
// and the index used to decode each document twice, once to show it and
// once to lint it.
func TestEachDocumentDecodedOnce(t *testing.T) {
	dir := t.TempDir()
	for from, to := range map[string]string{
		"../../examples/prfaq.prfaq.yaml":          "docs/prfaq.prfaq.yaml",
		"../../examples/keyturn.prfaq.yaml":        "docs/keyturn.prfaq.yaml",
		"../lint/testdata/clean.prfaq.md":          "docs/clean.prfaq.md",
		"../../examples/meal-kit-pause.prfaq.yaml": "docs/team/pause.prfaq.yaml",
	} {
		data, err := os.ReadFile(from)
		if err != nil {
			t.Fatal(err)
		}
		write(t, filepath.Join(dir, to), string(data))
	}
	for _, c := range []struct {
		args []string
		want int
	}{
		{[]string{"lint", "docs"}, 4},
		{[]string{"lint", "--format", "junit", "docs"}, 4},
		{[]string{"score", "docs/prfaq.prfaq.yaml", "docs/clean.prfaq.md"}, 2},
		{[]string{"index", "docs", "--out", "index.html"}, 4},
		{[]string{"workshop", "gallery", "docs", "--out", "gallery.html"}, 4},
		{[]string{"workshop", "packet", "docs/clean.prfaq.md", "--out", "packet.html"}, 1},
		{[]string{"import", "--dry-run", "docs/clean.prfaq.md"}, 1},
	} {
		a := &app{env: testEnv(dir)}
		if err := a.readLimits(); err != nil {
			t.Fatal(err)
		}
		var spaces []*workspace.Workspace
		a.onWorkspace = func(ws *workspace.Workspace) { spaces = append(spaces, ws) }
		root := newRootCmd(a)
		root.SetArgs(c.args)
		if err := root.Execute(); err != nil && exitCode(err) != ExitFailed {
			t.Fatalf("%v: %v", c.args, err)
		}
		decoded := 0
		for _, ws := range spaces {
			decoded += ws.Decoded()
		}
		if decoded != c.want {
			t.Errorf("%v decoded %d documents, want %d", c.args, decoded, c.want)
		}
	}
}
