package cli

import (
	"go/build"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The layers docs/architecture.md draws: which of prfaq's packages each
// package may import (its own code, not its tests), and the one package
// each heavy dependency lives in. A change that crosses a layer fails
// here, with the rule it breaks.
var layers = map[string][]string{
	"prfaq":                   {},
	"source":                  {"prfaq"},
	"textstat":                {},
	"termtext":                {},
	"review":                  {"prfaq", "textstat"},
	"lint":                    {"prfaq", "review", "source", "textstat"},
	"lint/report":             {"lint", "termtext"},
	"store":                   {"prfaq", "source"},
	"mddoc":                   {"prfaq", "source", "store"},
	"catalog":                 {"prfaq", "source", "store"},
	"render":                  {"prfaq"},
	"diff":                    {"prfaq", "termtext"},
	"gitrev":                  {},
	"prreport":                {"diff", "lint", "prfaq"},
	"schema":                  {"prfaq"},
	"timer":                   {},
	"wizard":                  {"prfaq", "termtext", "textstat"},
	"workspace":               {"catalog", "lint", "mddoc", "prfaq", "source", "store"},
	"portfolio":               {"diff", "lint", "prfaq", "render", "source", "workspace"},
	"workshop":                {"lint", "prfaq", "render", "review", "workspace"},
	"serve":                   {"diff", "portfolio", "prfaq", "source", "store", "workspace"},
	"cli":                     {"*"},
	"testsupport/browsertest": {},
	"testsupport/htmlcheck":   {},
	"testsupport/documents":   {"catalog", "render", "store", "workspace"},
}

// heavy lists the packages that may import each heavy dependency. The
// wizard runs huh's form in its own bubbletea program, to see every key
// before the form does.
var heavy = map[string][]string{
	"github.com/spf13/cobra":             {"cli"},
	"github.com/charmbracelet/huh":       {"wizard"},
	"github.com/charmbracelet/bubbletea": {"timer", "wizard"},
	"github.com/yuin/goldmark":           {"render"},
	"gopkg.in/yaml.v3":                   {"store"},
}

func TestLayers(t *testing.T) {
	const module = "github.com/prfaq/prfaq/internal/"
	root := filepath.Join("..")
	seen := map[string]bool{}
	err := filepath.WalkDir(root, func(dir string, d os.DirEntry, err error) error {
		if err != nil || !d.IsDir() || d.Name() == "testdata" {
			if d != nil && d.IsDir() && d.Name() == "testdata" {
				return filepath.SkipDir
			}
			return err
		}
		pkg, err := build.ImportDir(dir, 0)
		if err != nil {
			return nil // a folder without Go files
		}
		name := filepath.ToSlash(strings.TrimPrefix(dir, root+string(filepath.Separator)))
		allowed, known := layers[name]
		if !known {
			t.Errorf("internal/%s is not in the layers: add it here and to docs/architecture.md", name)
			return nil
		}
		seen[name] = true
		for _, imp := range pkg.Imports {
			if rest, ok := strings.CutPrefix(imp, module); ok {
				if rest == "cli" || !slices.Contains(allowed, "*") && !slices.Contains(allowed, rest) {
					t.Errorf("internal/%s imports internal/%s, which its layer may not", name, rest)
				}
				continue
			}
			for dep, owners := range heavy {
				if (imp == dep || strings.HasPrefix(imp, dep+"/")) && !slices.Contains(owners, name) {
					t.Errorf("internal/%s imports %s, which only internal/%s may", name, imp, strings.Join(owners, " and internal/"))
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for name := range layers {
		if !seen[name] {
			t.Errorf("layers name internal/%s, which does not exist", name)
		}
	}
}
