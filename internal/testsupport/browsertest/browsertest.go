// Package browsertest drives headless Chromium and poppler-utils from
// tests: open a page and check that it loads without console messages,
// print it to PDF, count and read the PDF's pages. Tests that need them
// skip when the tools are missing, unless PRFAQ_REQUIRE_PRINT_TEST is set
// (CI installs them and sets it, so a skip there would hide a gap).
package browsertest

import (
	"bytes"
	"context"
	"errors"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Tools are the programs a print test runs.
type Tools struct {
	Chromium, PDFInfo, PDFText, PDFToPPM string
}

// Require finds Chromium and poppler-utils, or skips the test (fails it
// when PRFAQ_REQUIRE_PRINT_TEST is set).
func Require(t *testing.T) Tools {
	t.Helper()
	tools := Tools{
		Chromium: lookPath("chromium", "chromium-browser"),
		PDFInfo:  lookPath("pdfinfo"),
		PDFText:  lookPath("pdftotext"),
		PDFToPPM: lookPath("pdftoppm"),
	}
	missing := ""
	switch {
	case tools.Chromium == "":
		missing = "chromium (Debian: apt-get install chromium)"
	case tools.PDFInfo == "" || tools.PDFText == "":
		missing = "pdfinfo and pdftotext (Debian: apt-get install poppler-utils)"
	}
	skipUnlessRequired(t, missing)
	return tools
}

// skipUnlessRequired skips the test when a tool it needs is missing, or
// fails it when PRFAQ_REQUIRE_PRINT_TEST is set: CI installs the tools
// and sets it, so a skip there would hide a gap.
func skipUnlessRequired(t *testing.T, missing string) {
	t.Helper()
	if missing == "" {
		return
	}
	msg := "skipping: " + missing + " is not available"
	if os.Getenv("PRFAQ_REQUIRE_PRINT_TEST") != "" {
		t.Fatal(msg + "; PRFAQ_REQUIRE_PRINT_TEST is set, so this is an error")
	}
	t.Skip(msg)
}

func lookPath(names ...string) string {
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	return ""
}

// FileURL is the file:// address of a local file.
func FileURL(t *testing.T, path string) string {
	t.Helper()
	abs, err := filepath.Abs(path)
	if err != nil {
		t.Fatal(err)
	}
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
}

// Run runs headless Chromium with a fresh profile and home folder, no
// network and a time limit, and returns its stdout and stderr.
func (tl Tools) Run(t *testing.T, args ...string) (stdout, stderr []byte, err error) {
	t.Helper()
	home := t.TempDir()
	base := []string{
		"--headless",
		"--no-sandbox", // Chromium refuses to start as root without it
		"--disable-gpu",
		"--disable-quic",
		"--no-first-run",
		"--disable-background-networking",
		"--disable-component-update",
		"--disable-sync",
		"--disable-dev-shm-usage",
		"--user-data-dir=" + filepath.Join(home, "profile"),
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, tl.Chromium, append(base, args...)...)
	cmd.Env = append(os.Environ(),
		"HOME="+home,
		"XDG_CONFIG_HOME="+filepath.Join(home, ".config"),
		"XDG_CACHE_HOME="+filepath.Join(home, ".cache"),
	)
	// Chromium's helper processes may hold the output pipes open for a
	// moment after the browser exits; do not wait for them forever.
	cmd.WaitDelay = 5 * time.Second
	var out, errb bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &errb
	err = cmd.Run()
	if ctx.Err() != nil {
		err = errors.Join(err, ctx.Err())
	}
	return out.Bytes(), errb.Bytes(), err
}

// Load opens a page and returns its DOM after load. The test fails when
// Chromium fails or writes a console message: pages prfaq writes have no
// scripts, so any console line is Chromium reporting a problem (a blocked
// or missing resource, a parse error).
func (tl Tools) Load(t *testing.T, page string) string {
	t.Helper()
	u := FileURL(t, page)
	dom, stderr, err := tl.Run(t, "--enable-logging=stderr", "--v=0", "--dump-dom", u)
	if err != nil {
		t.Fatalf("chromium --dump-dom %s: %v\nstderr:\n%s", u, err, stderr)
	}
	if !bytes.Contains(dom, []byte("</html>")) {
		t.Fatalf("chromium --dump-dom %s: no </html> in the DOM", u)
	}
	for _, line := range strings.Split(string(stderr), "\n") {
		if strings.Contains(line, ":CONSOLE") {
			t.Errorf("chromium console message while loading %s: %s", u, line)
		}
	}
	return string(dom)
}

// Print prints a page to a PDF in the test's temporary folder and returns
// the PDF's path. The page's @page rule decides the paper, or Chromium's
// default (US Letter) without one.
func (tl Tools) Print(t *testing.T, page string) string {
	t.Helper()
	u := FileURL(t, page)
	pdf := filepath.Join(t.TempDir(), strings.TrimSuffix(filepath.Base(page), filepath.Ext(page))+".pdf")
	// --no-pdf-header-footer is the current name of the switch;
	// --print-to-pdf-no-header is its name before Chromium 111. Chromium
	// ignores switches it does not know, so both are passed.
	_, stderr, err := tl.Run(t, "--print-to-pdf="+pdf, "--no-pdf-header-footer", "--print-to-pdf-no-header", u)
	if err != nil {
		t.Fatalf("chromium --print-to-pdf %s: %v\nstderr:\n%s", u, err, stderr)
	}
	if fi, err := os.Stat(pdf); err != nil || fi.Size() == 0 {
		t.Fatalf("chromium --print-to-pdf %s wrote no PDF\nstderr:\n%s", u, stderr)
	}
	return pdf
}

// PDF is what pdfinfo says about a PDF.
type PDF struct {
	Pages int
	// Width and Height of the first page, in points (1/72 inch).
	Width, Height float64
}

// Paper names the first page's paper size, in either orientation: "A4",
// "Letter", or "other".
func (p PDF) Paper() string {
	near := func(a, b float64) bool { return a-b < 2 && b-a < 2 }
	short, long := min(p.Width, p.Height), max(p.Width, p.Height)
	switch {
	case near(short, 595.3) && near(long, 841.9):
		return "A4"
	case near(short, 612) && near(long, 792):
		return "Letter"
	}
	return "other"
}

// Landscape reports whether the first page is wider than it is tall.
func (p PDF) Landscape() bool { return p.Width > p.Height }

var (
	pagesLine = regexp.MustCompile(`(?m)^Pages:\s+(\d+)`)
	sizeLine  = regexp.MustCompile(`(?m)^Page size:\s+([\d.]+) x ([\d.]+) pts`)
)

// Info reads a PDF's page count and paper size.
func (tl Tools) Info(t *testing.T, pdf string) PDF {
	t.Helper()
	out := run(t, tl.PDFInfo, pdf)
	m := pagesLine.FindStringSubmatch(out)
	s := sizeLine.FindStringSubmatch(out)
	if m == nil || s == nil {
		t.Fatalf("pdfinfo %s: no page count or page size in:\n%s", pdf, out)
	}
	var info PDF
	info.Pages, _ = strconv.Atoi(m[1])
	info.Width, _ = strconv.ParseFloat(s[1], 64)
	info.Height, _ = strconv.ParseFloat(s[2], 64)
	return info
}

// Text is the text of page n of the PDF (every page, separated by form
// feeds, for n == 0), laid out as printed.
func (tl Tools) Text(t *testing.T, pdf string, n int) string {
	t.Helper()
	args := []string{"-layout", "-enc", "UTF-8"}
	if n > 0 {
		args = append(args, "-f", strconv.Itoa(n), "-l", strconv.Itoa(n))
	}
	return run(t, tl.PDFText, append(args, pdf, "-")...)
}

// Pages is the text of each page of the PDF.
func (tl Tools) Pages(t *testing.T, pdf string) []string {
	t.Helper()
	return strings.Split(strings.TrimSuffix(tl.Text(t, pdf, 0), "\f"), "\f")
}

func run(t *testing.T, name string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var out, errb bytes.Buffer
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Stdout = &out
	cmd.Stderr = &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, errb.Bytes())
	}
	return out.String()
}

var (
	bboxPage = regexp.MustCompile(`<page width="([\d.]+)" height="([\d.]+)">`)
	bboxWord = regexp.MustCompile(`<word [^>]*yMax="([\d.]+)"`)
)

// Fill is, for each page of the PDF, how far down the page its text
// reaches: the bottom of the lowest word as a fraction of the paper's
// height, 0 for a page without text. A page that ends at 0.3 holds a
// few lines and then blank paper.
func (tl Tools) Fill(t *testing.T, pdf string) []float64 {
	t.Helper()
	out := run(t, tl.PDFText, "-bbox", pdf, "-")
	var fill []float64
	pages := bboxPage.FindAllStringSubmatchIndex(out, -1)
	for i, p := range pages {
		height, _ := strconv.ParseFloat(out[p[4]:p[5]], 64)
		end := len(out)
		if i+1 < len(pages) {
			end = pages[i+1][0]
		}
		lowest := 0.0
		for _, w := range bboxWord.FindAllStringSubmatch(out[p[1]:end], -1) {
			if y, _ := strconv.ParseFloat(w[1], 64); y > lowest {
				lowest = y
			}
		}
		if height <= 0 {
			t.Fatalf("pdftotext -bbox %s: page %d has no height", pdf, i+1)
		}
		fill = append(fill, lowest/height)
	}
	if len(fill) == 0 {
		t.Fatalf("pdftotext -bbox %s: no pages", pdf)
	}
	return fill
}
