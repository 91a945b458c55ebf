package render_test

// Printing a rendered page, checked as a reader holds it: headless
// Chromium prints the page to PDF and the PDF's text is read back. Needs
// Chromium and poppler-utils; see internal/testsupport/browsertest.

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/prfaq/prfaq/internal/render"
	"github.com/prfaq/prfaq/internal/testsupport/browsertest"
)

// codeOption is an option a reader types as printed; a line break after
// either hyphen would print it as "-" and "-fail-on".
const codeOption = "--fail-on"

// codeSpansEverywhere is Markdown prose that puts the inline code
// `--fail-on` at every position on a line: the words before each span
// grow by one letter, so over many lines some spans fall at a line's end.
func codeSpansEverywhere(spans int) string {
	var b strings.Builder
	for i := range spans {
		b.WriteString(strings.Repeat("w", 1+i%11))
		b.WriteString(" run `" + codeOption + "` ")
	}
	return b.String()
}

// Inline code is printed whole: never broken at a hyphen.
func TestPrintKeepsInlineCodeWhole(t *testing.T) {
	tools := browsertest.Require(t)
	doc, tm := load(t, "full.prfaq.yaml", "")
	const spans = 80
	doc.PressRelease.Problem = codeSpansEverywhere(spans)
	out, err := render.Render(doc, tm, render.Options{Source: "tab.prfaq.yaml", Now: clock})
	if err != nil {
		t.Fatal(err)
	}
	page := filepath.Join(t.TempDir(), "tab.html")
	if err := os.WriteFile(page, out.HTML, 0o644); err != nil {
		t.Fatal(err)
	}
	text := tools.Text(t, tools.Print(t, page), 0)
	// Every "fail-on" printed must follow its two hyphens on the same
	// line.
	whole, all := strings.Count(text, codeOption), strings.Count(text, strings.TrimLeft(codeOption, "-"))
	if whole < spans || whole != all {
		t.Errorf("the PDF shows %s whole %d times of %d, want all of at least %d: the others were broken across lines:\n%s", codeOption, whole, all, spans, text)
	}
}
