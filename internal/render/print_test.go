package render_test

// Printing a rendered page, checked as a reader holds it: headless
// Chromium prints the page to PDF and the PDF's text is read back. Needs
// Chromium and poppler-utils; see internal/testsupport/browsertest.

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/prfaq/prfaq/internal/render"
	"github.com/prfaq/prfaq/internal/testsupport/browsertest"
)

// Inline code is printed whole: never broken at a hyphen.
func TestPrintKeepsInlineCodeWhole(t *testing.T) {
	tools := browsertest.Require(t)
	doc, tm := load(t, "full.prfaq.yaml", "")
	const spans = 80
	doc.PressRelease.Problem = browsertest.CodeSpansEverywhere(spans, browsertest.MarkdownCode)
	out, err := render.Render(doc, tm, render.Options{Source: "tab.prfaq.yaml", Now: clock})
	if err != nil {
		t.Fatal(err)
	}
	page := filepath.Join(t.TempDir(), "tab.html")
	if err := os.WriteFile(page, out.HTML, 0o644); err != nil {
		t.Fatal(err)
	}
	browsertest.CheckCodeWhole(t, tools.Text(t, tools.Print(t, page), 0), spans)
}
