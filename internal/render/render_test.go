package render_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/prfaq/prfaq/internal/catalog"
	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/render"
	"github.com/prfaq/prfaq/internal/store"
	"github.com/prfaq/prfaq/templates"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

var clock = time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)

func load(t *testing.T, file, template string) (*prfaq.Document, *prfaq.Template) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	doc, _, err := store.DecodeDocument(file, data)
	if err != nil {
		t.Fatal(err)
	}
	if template != "" {
		doc.Template = template
	}
	tm, err := catalog.New(catalog.Folder{}, catalog.Folder{}, templates.FS).Load(doc.Template)
	if err != nil {
		t.Fatal(err)
	}
	return doc, tm
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/render -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; if the change is intended, run go test ./internal/render -update and review the diff\n--- got:\n%s", name, got)
	}
}

// Every built-in template renders the same full document, golden-checked
// in both formats.
func TestGoldenBuiltins(t *testing.T) {
	for _, tmpl := range []string{"amazon", "mini", "internal", "oss"} {
		t.Run(tmpl, func(t *testing.T) {
			doc, tm := load(t, "full.prfaq.yaml", tmpl)
			out, err := render.Render(doc, tm, render.Options{Source: "testdata/full.prfaq.yaml", Now: clock})
			if err != nil {
				t.Fatal(err)
			}
			golden(t, tmpl+".md", out.Markdown)
			golden(t, tmpl+".html", out.HTML)
		})
	}
}

func TestGoldenEdgeCases(t *testing.T) {
	for _, file := range []string{"minimal", "launch"} {
		t.Run(file, func(t *testing.T) {
			doc, tm := load(t, file+".prfaq.yaml", "")
			out, err := render.Render(doc, tm, render.Options{Source: file + ".prfaq.yaml", Now: clock})
			if err != nil {
				t.Fatal(err)
			}
			golden(t, file+".md", out.Markdown)
			golden(t, file+".html", out.HTML)
		})
	}
}

func TestReproducible(t *testing.T) {
	doc, tm := load(t, "full.prfaq.yaml", "")
	first, err := render.Render(doc, tm, render.Options{Source: "a.prfaq.yaml", Now: clock})
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 20; i++ {
		again, _ := render.Render(doc, tm, render.Options{Source: "a.prfaq.yaml", Now: clock.Add(time.Duration(i) * 24 * time.Hour)})
		if !bytes.Equal(first.HTML, again.HTML) || !bytes.Equal(first.Markdown, again.Markdown) {
			t.Fatal("render output changed between runs; a document with a date must not depend on the clock")
		}
	}
}

func TestClockUsedOnlyWithoutDates(t *testing.T) {
	doc, tm := load(t, "minimal.prfaq.yaml", "")
	out, err := render.Render(doc, tm, render.Options{Source: "m.prfaq.yaml", Now: clock})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(out.Markdown, []byte("· 2026-11-22")) {
		t.Errorf("a document without dates shows the clock's date:\n%s", out.Markdown)
	}
}

func TestOutputsCarryMetadata(t *testing.T) {
	doc, tm := load(t, "full.prfaq.yaml", "")
	out, err := render.Render(doc, tm, render.Options{Source: "docs/tab.prfaq.yaml", Now: clock})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Tab Split PR/FAQ", "1.3", "In review", "2026-11-20", render.Marker + "tab.prfaq.yaml. "} {
		if !bytes.Contains(out.Markdown, []byte(want)) {
			t.Errorf("Markdown lacks %q", want)
		}
		if !bytes.Contains(out.HTML, []byte(want)) {
			t.Errorf("HTML lacks %q", want)
		}
	}
}

// Text in a document can never become markup or script in the page.
func TestHTMLIsSafe(t *testing.T) {
	doc, tm := load(t, "minimal.prfaq.yaml", "")
	doc.Title = `<script>alert("title")</script>`
	doc.Authors = []string{`"><img src=x onerror=alert(1)>`}
	doc.PressRelease.Headline = `Hi <script>alert(1)</script>`
	doc.PressRelease.Problem = "<iframe src=\"https://evil.example\"></iframe>\n\n[click](javascript:alert(1)) [v](vbscript:msgbox) ![i](data:text/html;base64,PHNjcmlwdD4=)\n\n<img src=x onerror=alert(1)>"
	doc.FAQ.External = []prfaq.FAQEntry{{ID: "E1", Question: "<b onclick=x>Q</b>?", Answer: "<style>body{display:none}</style>"}}
	out, err := render.Render(doc, tm, render.Options{Source: "x.prfaq.yaml", Now: clock})
	if err != nil {
		t.Fatal(err)
	}
	html := strings.ToLower(string(out.HTML))
	for _, bad := range []string{`<script`, `<iframe`, `<img src="x"`, `<b `, `base64,`, `href="javascript:`, `href="vbscript:`, `src="data:text`} {
		if strings.Contains(html, bad) {
			t.Errorf("HTML contains %q", bad)
		}
	}
	// An event handler inside any tag; escaped text (&lt;img ...) is fine.
	if m := regexp.MustCompile(`<[a-z][^<>]*\son[a-z]+\s*=`).FindString(html); m != "" {
		t.Errorf("HTML has an event handler attribute: %q", m)
	}
	if n := strings.Count(html, "<style"); n != 1 {
		t.Errorf("want only the page's own <style>, found %d", n)
	}
}

// Commands look for the generated-by note in the first kilobytes of a file
// before overwriting it.
func TestNoteNearTop(t *testing.T) {
	doc, tm := load(t, "full.prfaq.yaml", "")
	out, err := render.Render(doc, tm, render.Options{Source: "a--b.prfaq.yaml", Now: clock})
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{"md": out.Markdown, "html": out.HTML} {
		head := data[:min(len(data), 512)]
		if !bytes.Contains(head, []byte(render.Marker)) {
			t.Errorf("%s: the note is not in the first 512 bytes", name)
		}
		if bytes.Contains(head, []byte("a--b")) {
			t.Errorf("%s: a file name with -- must not end the comment early", name)
		}
	}
}

func TestHTMLSelfContained(t *testing.T) {
	doc, tm := load(t, "full.prfaq.yaml", "")
	out, err := render.Render(doc, tm, render.Options{Source: "x.prfaq.yaml", Now: clock})
	if err != nil {
		t.Fatal(err)
	}
	html := string(out.HTML)
	external := regexp.MustCompile(`(?i)<(link|script|img|iframe)\b|@import|url\(`)
	if m := external.FindString(html); m != "" {
		t.Errorf("the page loads something from outside: %q", m)
	}
	if !strings.Contains(html, "break-before: page") {
		t.Error("the FAQ must start on a new printed page")
	}
	// Heading ids are unique across the press release and the FAQ.
	ids := regexp.MustCompile(`id="([^"]+)"`).FindAllStringSubmatch(html, -1)
	seen := map[string]bool{}
	for _, m := range ids {
		if seen[m[1]] {
			t.Errorf("duplicate id %q", m[1])
		}
		seen[m[1]] = true
	}
	// Typographic quotes in HTML only.
	if !strings.Contains(html, "&ldquo;") {
		t.Error("HTML should use typographic quotes")
	}
	if strings.Contains(string(out.Markdown), "“") {
		t.Error("Markdown should keep straight quotes")
	}
}

func TestDuplicateHeadingIDs(t *testing.T) {
	doc, tm := load(t, "minimal.prfaq.yaml", "")
	doc.PressRelease.Headline = "Frequently asked questions"
	doc.Appendix = "## Frequently asked questions\n\nAgain."
	out, err := render.Render(doc, tm, render.Options{Source: "x.prfaq.yaml", Now: clock})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`id="frequently-asked-questions"`, `id="frequently-asked-questions-1"`, `id="frequently-asked-questions-2"`} {
		if !bytes.Contains(out.HTML, []byte(want)) {
			t.Errorf("HTML lacks %s", want)
		}
	}
}

func TestCheckLayout(t *testing.T) {
	tests := []struct {
		text string
		line int
		msg  string
	}{
		{"{{ .x }}", 0, ""},
		{"ok\n{{ if }}", 2, "missing value for if"},
		{"{{ env \"HOME\" }}", 1, `function "env" not defined`},
		{"a\nb\n{{ range .x }}", 3, "unexpected EOF"},
	}
	for _, tt := range tests {
		err := render.CheckLayout("faq", tt.text)
		if tt.msg == "" {
			if err != nil {
				t.Errorf("CheckLayout(%q) = %v", tt.text, err)
			}
			continue
		}
		le, ok := err.(*prfaq.LayoutError)
		if !ok || le.Line != tt.line || !strings.Contains(le.Msg, tt.msg) {
			t.Errorf("CheckLayout(%q) = %#v, want line %d %q", tt.text, err, tt.line, tt.msg)
		}
	}
}

func TestLayoutRuntimeError(t *testing.T) {
	doc, tm := load(t, "minimal.prfaq.yaml", "")
	tm.Layout.FAQ = "{{ .press_release.nope }}"
	_, err := render.Render(doc, tm, render.Options{Source: "x.prfaq.yaml", Now: clock})
	if err == nil || !strings.Contains(err.Error(), "nope") {
		t.Errorf("a layout naming a missing key should fail and name it, got %v", err)
	}
}

// Any document that loads renders with every built-in template, and the
// page never carries a script, whatever the text holds.
func FuzzRender(f *testing.F) {
	for _, file := range []string{"full.prfaq.yaml", "minimal.prfaq.yaml", "launch.prfaq.yaml"} {
		data, err := os.ReadFile(filepath.Join("testdata", file))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	c := catalog.New(catalog.Folder{}, catalog.Folder{}, templates.FS)
	var tms []*prfaq.Template
	for _, name := range []string{"amazon", "mini", "internal", "oss"} {
		tm, err := c.Load(name)
		if err != nil {
			f.Fatal(err)
		}
		tms = append(tms, tm)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, _, err := store.DecodeDocument("fuzz.prfaq.yaml", data)
		if err != nil {
			return
		}
		for _, tm := range tms {
			out, err := render.Render(doc, tm, render.Options{Source: "fuzz.prfaq.yaml", Now: clock})
			if err != nil {
				t.Fatalf("%s: %v", tm.Name, err)
			}
			if bytes.Contains(bytes.ToLower(out.HTML), []byte("<script")) {
				t.Fatalf("%s: script in page", tm.Name)
			}
		}
	})
}

func TestUndeclaredSectionNote(t *testing.T) {
	doc, tm := load(t, "full.prfaq.yaml", "oss")
	out, err := render.Render(doc, tm, render.Options{Source: "x.prfaq.yaml", Now: clock})
	if err != nil {
		t.Fatal(err)
	}
	if len(out.Notes) != 1 || !strings.Contains(out.Notes[0], `section "tenets" is not declared by template oss`) {
		t.Errorf("notes %q", out.Notes)
	}
	if bytes.Contains(out.Markdown, []byte("Diners first.")) {
		t.Error("an undeclared section was rendered")
	}
}

func TestCheckTemplateBuiltins(t *testing.T) {
	for _, name := range []string{"amazon", "mini", "internal", "oss"} {
		tm, err := catalog.New(catalog.Folder{}, catalog.Folder{}, templates.FS).Load(name)
		if err != nil {
			t.Fatal(err)
		}
		if err := render.CheckTemplate(tm); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		tm.Layout.FAQ += "{{ .customer.whom }}"
		if err := render.CheckTemplate(tm); err == nil {
			t.Errorf("%s: a misspelt field in a layout passes the check", name)
		}
	}
}
