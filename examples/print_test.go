package examples_test

// The acceptance check for printing: every rendered example opens in
// headless Chromium without errors, and printed to PDF an example whose
// press release is within budget has the press release on page 1 and the
// FAQ starting on page 2.
//
// The test needs Chromium and pdftotext (Debian: apt-get install chromium
// poppler-utils) and skips without them. It reads the committed
// examples/*.html and the examples/*.md rendered beside them; it does not
// render anything itself. docs/print-check.sh runs the same check by hand.

import (
	"errors"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/prfaq/prfaq/internal/testsupport/browsertest"
)

// onePageTemplates are the templates whose examples must print their press
// release on one page (the method's "less than one page"), code blocks and
// lists included; examples written with another template only get the
// checks that hold for any length (the page opens, the FAQ starts a page).
var onePageTemplates = map[string]bool{"amazon": true, "mini": true, "internal": true, "oss": true}

// faqSection finds the FAQ heading in a rendered page: the first h2 of the
// FAQ section. Templates may name it (labels.faq); the built-in ones call it
// "Frequently asked questions".
var faqSection = regexp.MustCompile(`(?s)<section class="faq">\s*<h2[^>]*>(.*?)</h2>`)

var htmlTag = regexp.MustCompile(`<[^>]*>`)

func TestPrint(t *testing.T) {
	tools := browsertest.Require(t)
	pages, err := filepath.Glob("*.html")
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) == 0 {
		t.Fatal("no rendered examples (examples/*.html): run prfaq render examples/*.prfaq.yaml")
	}
	for _, page := range pages {
		name := strings.TrimSuffix(page, ".html")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			checkExample(t, tools, name)
		})
	}
}

func checkExample(t *testing.T, tools browsertest.Tools, name string) {
	page, err := os.ReadFile(name + ".html")
	if err != nil {
		t.Fatal(err)
	}
	m := faqSection.FindSubmatch(page)
	if m == nil {
		t.Fatalf("%s.html has no <section class=\"faq\"> opening with an <h2> heading", name)
	}
	faqHeading := strings.TrimSpace(html.UnescapeString(htmlTag.ReplaceAllString(string(m[1]), "")))
	md, err := os.ReadFile(name + ".md")
	if err != nil {
		t.Fatalf("the Markdown rendered beside %s.html is needed for the expected text: %v", name, err)
	}
	headline, lastPara, err := pressReleaseText(string(md), faqHeading)
	if err != nil {
		t.Fatalf("%s.md: %v", name, err)
	}
	tmpl := templateOf(t, name+".prfaq.yaml")

	// (e) The page opens without errors: Chromium exits 0, the DOM is the
	// whole page, and nothing is written to the console.
	dom := tools.Load(t, name+".html")
	if !containsText(html.UnescapeString(dom), headline) {
		t.Errorf("chromium --dump-dom: output does not contain the headline %q", headline)
	}

	// (a, b) Print to PDF: a PDF exists and is not empty.
	pdf := tools.Print(t, name+".html")

	all := tools.Text(t, pdf, 0)
	pageTexts := strings.Split(strings.TrimSuffix(all, "\f"), "\f")
	t.Logf("template %s: %d page(s)", tmpl, len(pageTexts))
	faqPage := 0
	for i, p := range pageTexts {
		if containsText(p, faqHeading) {
			faqPage = i + 1
			break
		}
	}
	if faqPage == 0 {
		t.Fatalf("no page of the PDF contains %q", faqHeading)
	}
	if first := firstLine(pageTexts[faqPage-1]); !containsText(first, faqHeading) {
		t.Errorf("the FAQ does not start a new page: page %d begins with %q", faqPage, first)
	}
	if strings.Contains(all, "file://") {
		t.Errorf("the PDF has a header or footer with the page's address; check the --no-pdf-header-footer switch")
	}
	if !onePageTemplates[tmpl] {
		t.Logf("template %s is not one of the one-page press release templates; FAQ starts on page %d", tmpl, faqPage)
		return
	}

	// (c) Page 1 holds the whole press release and none of the FAQ.
	page1 := tools.Text(t, pdf, 1)
	if !containsText(page1, headline) {
		t.Errorf("page 1 does not contain the headline %q:\n%s", headline, page1)
	}
	if !containsText(page1, lastPara) {
		t.Errorf("page 1 does not contain the start of the press release's last paragraph %q: the press release runs past page 1 (FAQ starts on page %d)\n%s", lastPara, faqPage, page1)
	}
	if containsText(page1, faqHeading) {
		t.Errorf("page 1 contains %q", faqHeading)
	}
	// (d) Page 2 begins with the FAQ heading.
	page2 := tools.Text(t, pdf, 2)
	if first := firstLine(page2); !containsText(first, faqHeading) {
		t.Errorf("page 2 begins with %q, want the %q heading (FAQ starts on page %d)", first, faqHeading, faqPage)
	}
}

// pressReleaseText finds, in a rendered Markdown page, the headline (the
// "# " line) and the first words of the press release's last paragraph (the
// last paragraph before the "## FAQ heading" line).
func pressReleaseText(md, faqHeading string) (headline, lastPara string, err error) {
	lines := strings.Split(strings.ReplaceAll(md, "\r\n", "\n"), "\n")
	start, end := -1, -1
	for i, l := range lines {
		if start < 0 && strings.HasPrefix(l, "# ") {
			start = i
			headline = strings.TrimSpace(strings.TrimPrefix(l, "# "))
		}
		if start >= 0 && strings.HasPrefix(l, "## ") &&
			normalize(stripMarkdown(strings.TrimPrefix(l, "## "))) == normalize(faqHeading) {
			end = i
			break
		}
	}
	if start < 0 {
		return "", "", errors.New("no headline (a line starting with \"# \")")
	}
	if end < 0 {
		return "", "", errors.New("no \"## " + faqHeading + "\" heading after the headline")
	}
	var para []string
	for i := end - 1; i > start; i-- {
		l := strings.TrimSpace(lines[i])
		if strings.HasPrefix(l, "<!--") {
			continue // a section's marker, which the page does not show
		}
		if l == "" || strings.HasPrefix(l, "#") {
			if len(para) > 0 {
				break
			}
			continue
		}
		para = append([]string{l}, para...)
	}
	if len(para) == 0 {
		return "", "", errors.New("the press release has no paragraph after the headline")
	}
	words := strings.Fields(stripMarkdown(strings.Join(para, " ")))
	if len(words) > 8 {
		words = words[:8]
	}
	return stripMarkdown(headline), strings.Join(words, " "), nil
}

var (
	mdLink   = regexp.MustCompile(`\]\([^)]*\)`)
	mdEscape = regexp.MustCompile(`\\([[:punct:]])`)
)

// stripMarkdown removes the inline Markdown that does not show on the page.
func stripMarkdown(s string) string {
	s = mdLink.ReplaceAllString(s, "")
	s = mdEscape.ReplaceAllString(s, "\x00$1")
	s = strings.NewReplacer("*", "", "_", "", "`", "", "[", "", "]", "").Replace(s)
	s = strings.ReplaceAll(s, "\x00", "")
	return html.UnescapeString(s)
}

var typography = strings.NewReplacer(
	"\u2018", "'", "\u2019", "'", "\u201c", `"`, "\u201d", `"`,
	"\u2013", "-", "\u2014", "-", "\u2026", "...", "\u00ab", "<<", "\u00bb", ">>",
	"\u00a0", " ", "\ufb00", "ff", "\ufb01", "fi", "\ufb02", "fl", "\ufb03", "ffi", "\ufb04", "ffl",
)

var dashes = regexp.MustCompile(`-+`)

// normalize makes text from the Markdown, the DOM and the PDF comparable:
// typographic quotes, dashes and ligatures become plain ASCII, and all
// whitespace goes, so line wrapping (and a line broken after a hyphen) does
// not matter.
func normalize(s string) string {
	s = dashes.ReplaceAllString(typography.Replace(s), "-")
	return strings.Join(strings.Fields(s), "")
}

func containsText(haystack, needle string) bool {
	return strings.Contains(normalize(haystack), normalize(needle))
}

// firstLine is the first line of a page that is not blank.
func firstLine(page string) string {
	for _, l := range strings.Split(page, "\n") {
		if strings.TrimSpace(l) != "" {
			return strings.TrimSpace(l)
		}
	}
	return ""
}

var templateLine = regexp.MustCompile(`(?m)^template:[ \t]*["']?([A-Za-z0-9_.-]+)`)

// templateOf reads the template name from a document's top-level
// "template:" line; an example without a source counts as amazon.
func templateOf(t *testing.T, src string) string {
	b, err := os.ReadFile(src)
	if errors.Is(err, os.ErrNotExist) {
		t.Logf("%s not found; checking as template amazon", src)
		return "amazon"
	}
	if err != nil {
		t.Fatal(err)
	}
	m := templateLine.FindSubmatch(b)
	if m == nil {
		t.Fatalf("%s has no template: line", src)
	}
	return string(m[1])
}
