package workspace_test

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prfaq/prfaq/internal/catalog"
	"github.com/prfaq/prfaq/internal/source"
	"github.com/prfaq/prfaq/internal/store"
	"github.com/prfaq/prfaq/internal/workspace"
	"github.com/prfaq/prfaq/templates"
)

var now = time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)

// tree writes files under a new folder and returns a workspace there.
func tree(t *testing.T, files map[string]string) (*workspace.Workspace, string) {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cat := catalog.New(catalog.Folder{}, catalog.Folder{}, templates.FS)
	return workspace.New(workspace.Options{Dir: dir, Reader: store.Reader{}, Catalog: cat, Now: now}), dir
}

func example(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "examples", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

const markdown = "# Tab Split lets friends settle a bill in one tap\n\n_Friends split a restaurant bill at the table._\n\n" +
	"**BRISTOL, UK – March 3, 2031** – Today Tab Split launched.\n\n## FAQ\n\n### How much does it cost?\n\nNothing.\n"

func TestFind(t *testing.T) {
	ws, _ := tree(t, map[string]string{
		"a.prfaq.yaml":              "x",
		"notes.md":                  "# Notes\n",
		"declared.md":               "---\ntype: prfaq\n---\n# X\n",
		"b/c.prfaq.md":              "x",
		"b/d-prfaq.md":              "x",
		"b/plan.pr.yaml":            "x",
		"b/.prfaq-lint.yaml":        "files: [\"*.pr.yaml\"]\n",
		"ignored/e.prfaq.yaml":      "x",
		"kept/f.prfaq.yaml":         "x",
		"kept/g.prfaq.yaml":         "x",
		".gitignore":                "ignored/\nkept/*.prfaq.yaml\n!kept/g.prfaq.yaml\n",
		"node_modules/h.prfaq.yaml": "x",
		"vendor/i.prfaq.yaml":       "x",
		"j.history/1.0.prfaq.yaml":  "x",
		".git/k.prfaq.yaml":         "x",
	})
	got, err := ws.Find([]string{"."})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"a.prfaq.yaml", "b/c.prfaq.md", "b/d-prfaq.md", "b/plan.pr.yaml", "declared.md", "kept/g.prfaq.yaml"}
	if !slices.Equal(got, want) {
		t.Errorf("Find(.) = %q, want %q", got, want)
	}
	// Files as named, each once, in the order given; folders walked.
	got, err = ws.Find([]string{"notes.md", "b", "notes.md"})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"notes.md", "b/c.prfaq.md", "b/d-prfaq.md", "b/plan.pr.yaml"}; !slices.Equal(got, want) {
		t.Errorf("Find(notes.md b notes.md) = %q, want %q", got, want)
	}
	var nf *workspace.NotFoundError
	if _, err := ws.Find([]string{"missing"}); !errors.As(err, &nf) || nf.Path != "missing" {
		t.Errorf("a missing path: %v", err)
	}
	// The Markdown a folder walk left out, per folder named; README.md
	// and the like are not counted, nor what .gitignore ignores.
	ws, _ = tree(t, map[string]string{
		"docs/a.md":         "# A\n",
		"docs/sub/b.md":     "# B\n",
		"docs/README.md":    "# Readme\n",
		"docs/c.prfaq.md":   "x",
		"docs/skip/d.md":    "# D\n",
		"docs/.gitignore":   "skip/\n",
		"other/e.markdown":  "# E\n",
		"other/f.prfaq.yml": "x",
	})
	found, err := ws.FindAll([]string{"docs", "other", "docs/a.md"})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"docs/c.prfaq.md", "other/f.prfaq.yml", "docs/a.md"}; !slices.Equal(found.Files, want) {
		t.Errorf("files %q, want %q", found.Files, want)
	}
	wantUnread := []workspace.UnreadMarkdown{{Folder: "docs", Files: []string{"docs/a.md", "docs/sub/b.md"}}, {Folder: "other", Files: []string{"other/e.markdown"}}}
	if !slices.EqualFunc(found.Unread, wantUnread, func(a, b workspace.UnreadMarkdown) bool {
		return a.Folder == b.Folder && slices.Equal(a.Files, b.Files)
	}) {
		t.Errorf("unread %+v, want %+v", found.Unread, wantUnread)
	}
}

func TestFormatOf(t *testing.T) {
	for name, want := range map[string]source.Format{
		"a.prfaq.yaml": source.YAML, "a.prfaq.yml": source.YAML, "a.md": source.Markdown,
		"A.MARKDOWN": source.Markdown, "a.prfaq.md": source.Markdown, "a.txt": source.YAML,
	} {
		if got := workspace.FormatOf(name); got != want {
			t.Errorf("FormatOf(%q) = %v, want %v", name, got, want)
		}
	}
}

// The configuration in force in a folder is the defaults, then every
// .prfaq-lint.yaml from the top down; problems in them are findings, and
// a file that cannot be decoded is an error.
func TestConfig(t *testing.T) {
	ws, dir := tree(t, map[string]string{
		".prfaq-lint.yaml":        "disable: [passive-voice, no-such-rule]\nfiles: [\"*.pr.yaml\"]\n",
		"team/.prfaq-lint.yaml":   "template: mini\n",
		"broken/.prfaq-lint.yaml": "disable: [\n",
		"empty/.prfaq-lint.yaml":  "\n",
	})
	top, err := ws.Config(dir)
	if err != nil {
		t.Fatal(err)
	}
	team, err := ws.Config(filepath.Join(dir, "team"))
	if err != nil {
		t.Fatal(err)
	}
	if top.Template != "" || team.Template != "mini" || !slices.Equal(team.Files, []string{"*.pr.yaml"}) {
		t.Errorf("top: template %q; team: template %q, files %q; want \"\", then mini with the top's files", top.Template, team.Template, team.Files)
	}
	if again, _ := ws.Config(filepath.Join(dir, "team")); again != team {
		t.Error("a folder's configuration was read twice")
	}
	if _, err := ws.Config(filepath.Join(dir, "empty")); err != nil {
		t.Errorf("an empty configuration: %v", err)
	}
	if _, err := ws.Config(filepath.Join(dir, "broken")); err == nil || !strings.Contains(err.Error(), "broken/.prfaq-lint.yaml:") {
		t.Errorf("a broken configuration: %v", err)
	}
	problems := ws.ConfigFindings()
	if len(problems) != 1 || problems[0].Rule != "unknown-rule" || problems[0].File != ".prfaq-lint.yaml" {
		t.Errorf("configuration findings: %+v", problems)
	}
	ws.Forget()
	if len(ws.ConfigFindings()) != 0 {
		t.Error("Forget kept the configuration findings")
	}
}

func TestLoad(t *testing.T) {
	huge := strings.Repeat("x", 100)
	ws, dir := tree(t, map[string]string{
		"good.prfaq.yaml":       example(t, "prfaq.prfaq.yaml"),
		"good.prfaq.md":         markdown,
		"notes.prfaq.md":        "# Meeting notes\n\nWe met.\n",
		"broken.prfaq.yaml":     "prfaq: 1\ntitle: [x\n",
		"unknown.prfaq.yaml":    strings.Replace(example(t, "prfaq.prfaq.yaml"), "template: amazon", "template: nope", 1),
		"large.prfaq.yaml":      huge,
		"mini/.prfaq-lint.yaml": "template: mini\n",
		"mini/x.prfaq.md":       markdown,
	})
	load := func(file string) *workspace.Entry {
		t.Helper()
		e, err := ws.Load(file, workspace.LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		return e
	}
	for _, file := range []string{"good.prfaq.yaml", "good.prfaq.md"} {
		e := load(file)
		if e.Broken() || e.Problem() != nil || len(e.Lines) == 0 || e.Locate == nil || e.Config == nil {
			t.Errorf("%s: %+v", file, e.Problem())
		}
	}
	if e := load("good.prfaq.md"); e.Format != source.Markdown || e.Markdown == nil || e.Template.Name != "amazon" {
		t.Errorf("Markdown entry: format %v, template %v", e.Format, e.Template)
	}
	if e := load("mini/x.prfaq.md"); e.Template == nil || e.Template.Name != "mini" {
		t.Error("the configuration's template: was not used for Markdown that names none")
	}
	notes := load("notes.prfaq.md")
	if p := notes.Problem(); !notes.Broken() || p == nil || !strings.HasPrefix(p.Error(), "notes.prfaq.md:1:1: no PR/FAQ structure found") || notes.Hint == "" || notes.Err != nil {
		t.Errorf("unstructured Markdown: %v, hint %q", p, notes.Hint)
	}
	if e := load("broken.prfaq.yaml"); e.Err == nil || e.Unread || len(e.Lines) != 3 {
		t.Errorf("broken YAML: %v, unread %v, %d lines", e.Err, e.Unread, len(e.Lines))
	}
	if e := load("unknown.prfaq.yaml"); e.Doc != nil || e.Err == nil || !strings.Contains(e.Err.Error(), `unknown template "nope"`) {
		t.Errorf("unknown template: %v", e.Err)
	}
	small := workspace.New(workspace.Options{Dir: dir, Reader: store.Reader{MaxFileSize: 10}, Catalog: catalog.New(catalog.Folder{}, catalog.Folder{}, templates.FS), Now: now})
	if e, err := small.Load("large.prfaq.yaml", workspace.LoadOptions{}); err != nil || !e.Unread || workspace.StopsRun(e.Err) {
		t.Errorf("a file over the limit: %v, %+v", err, e.Err)
	}
	if e := load("missing.prfaq.yaml"); !e.Unread || !workspace.StopsRun(e.Err) {
		t.Errorf("a missing file: %v", e.Err)
	}
	// Seven loads of files that could be read; the missing file is not
	// decoded.
	if ws.Decoded() != 7 {
		t.Errorf("%d documents decoded, want 7", ws.Decoded())
	}
}

// Run hands results back in order, each as soon as it and those before it
// are done, and holds no more than a window of them.
func TestRun(t *testing.T) {
	items := make([]int, 500)
	for i := range items {
		items[i] = i
	}
	var running, most atomic.Int64
	var got []int
	err := workspace.Run(items, func(i int) int {
		n := running.Add(1)
		for {
			m := most.Load()
			if n <= m || most.CompareAndSwap(m, n) {
				break
			}
		}
		if i%7 == 0 {
			time.Sleep(100 * time.Microsecond) // some are slow
		}
		running.Add(-1)
		return i * i
	}, func(r int) error {
		got = append(got, r)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range got {
		if r != i*i {
			t.Fatalf("result %d is %d: out of order", i, r)
		}
	}
	if len(got) != len(items) {
		t.Fatalf("%d results for %d items", len(got), len(items))
	}
	// An error from emit stops the run and is returned.
	stop := errors.New("stop")
	var worked atomic.Int64
	n := 0
	err = workspace.Run(items, func(i int) int { worked.Add(1); return i }, func(int) error {
		if n++; n == 3 {
			return stop
		}
		return nil
	})
	if err != stop || n != 3 {
		t.Errorf("Run = %v after %d results, want the emit error after 3", err, n)
	}
	if w := worked.Load(); w > 3+70 {
		t.Errorf("%d items worked on after the third failed: the window should stop them", w)
	}
}
