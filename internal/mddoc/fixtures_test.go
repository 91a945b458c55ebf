package mddoc

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/prfaq/prfaq/internal/catalog"
	"github.com/prfaq/prfaq/templates"
)

var update = flag.Bool("update", false, "rewrite the fixtures' section maps from what Read finds")

var builtin = catalog.New(catalog.Folder{}, catalog.Folder{}, templates.FS)

// fixtureMap is a fixture's expected section map: the template, whether
// the file has no structure at all, and "PATH LINE" entries.
type fixtureMap struct {
	header      []string // comments and directives, kept by -update
	template    string
	noStructure bool
	entries     []string
}

func readMap(t *testing.T, path string) fixtureMap {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m := fixtureMap{template: DefaultTemplate}
	for _, l := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		l = strings.TrimSpace(l)
		switch {
		case l == "" || strings.HasPrefix(l, "#"):
			m.header = append(m.header, l)
		case strings.HasPrefix(l, "template:"):
			m.template = strings.TrimSpace(strings.TrimPrefix(l, "template:"))
			m.header = append(m.header, l)
		case strings.HasPrefix(l, "expect:"):
			m.noStructure = strings.TrimSpace(strings.TrimPrefix(l, "expect:")) == "no-structure"
			m.header = append(m.header, l)
		default:
			f := strings.Fields(l)
			if len(f) != 2 {
				t.Fatalf("%s: bad map line %q", path, l)
			}
			m.entries = append(m.entries, f[0]+" "+f[1])
		}
	}
	return m
}

// sectionMap is Read's result as map entries, sorted by line then path.
func sectionMap(res *Result) []string {
	type e struct {
		path string
		line int
	}
	var es []e
	for p, refs := range res.Lines {
		if strings.HasPrefix(p, Unplaced) || len(refs) == 0 {
			continue
		}
		es = append(es, e{p, res.Pos[p].Line})
	}
	if d := res.Doc.PressRelease.Dateline; d.City != "" || d.Date != "" {
		es = append(es, e{"press_release.dateline", res.Pos["press_release.dateline"].Line})
	}
	for _, u := range res.Unplaced {
		es = append(es, e{Unplaced, u.From})
	}
	sort.Slice(es, func(i, j int) bool {
		if es[i].line != es[j].line {
			return es[i].line < es[j].line
		}
		return es[i].path < es[j].path
	})
	out := make([]string, len(es))
	for i, x := range es {
		out[i] = x.path + " " + strconv.Itoa(x.line)
	}
	return out
}

func fixtures(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("testdata/fixtures/*.md")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	return files
}

func readFixture(t *testing.T, file, template string) *Result {
	t.Helper()
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Read(filepath.Base(file), src, Options{Templates: builtin.Load, Template: template})
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	return res
}

// TestFixtures holds Read to the hand-written section map of every
// fixture: each field found at the line the map says, and nothing more.
func TestFixtures(t *testing.T) {
	total, right := 0, 0
	for _, file := range fixtures(t) {
		mapFile := strings.TrimSuffix(file, ".md") + ".map"
		want := readMap(t, mapFile)
		res := readFixture(t, file, want.template)
		got := sectionMap(res)
		if *update {
			out := strings.Join(append(want.header, got...), "\n") + "\n"
			if err := os.WriteFile(mapFile, []byte(out), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		name := filepath.Base(file)
		if want.noStructure {
			total++
			if res.Structured || len(res.Notes) != 1 {
				t.Errorf("%s: want one no-structure note, got structured=%v notes=%v", name, res.Structured, res.Notes)
			} else {
				right++
			}
			continue
		}
		have := map[string]bool{}
		for _, g := range got {
			have[g] = true
		}
		wanted := map[string]bool{}
		for _, w := range want.entries {
			wanted[w] = true
			total++
			if have[w] {
				right++
			} else {
				t.Errorf("%s: missing %s", name, w)
			}
		}
		for _, g := range got {
			if !wanted[g] {
				t.Errorf("%s: unexpected %s", name, g)
			}
		}
	}
	t.Logf("sections found right: %d of %d", right, total)
	fmt.Fprintf(os.Stderr, "sections found right: %d of %d\n", right, total)
}
