package cli

import (
	"bytes"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/prfaq/prfaq/internal/testsupport/htmlcheck"
)

// evilTemplate puts injection attempts in the template text the pages
// show: a question's prompt, help and example, and the FAQ bank.
const evilTemplate = `name: amazon
version: "9.9"
description: "<script>alert(1)</script>"
extends: amazon
questions:
  - id: press_release.headline
    prompt: "<script>alert(1)</script> headline"
    help: "\"><img src=x onerror=alert(2)> [x](javascript:alert(3))"
    example: "<svg/onload=alert(10)>"
`

// TestNoInjectionInAnyOutput writes the injection corpus through every
// command that writes HTML, and every page of prfaq serve, and checks
// that no page holds markup or an address from the document or the
// template that could run script or load another page.
func TestNoInjectionInAnyOutput(t *testing.T) {
	dir := t.TempDir()
	file := func(name string, data []byte) {
		t.Helper()
		if err := os.MkdirAll(filepath.Join(dir, filepath.Dir(name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	file("docs/inject.prfaq.yaml", htmlcheck.Corpus)
	file(".prfaq/templates/amazon.yaml", []byte(evilTemplate))
	file(".git/HEAD", []byte("ref: refs/heads/main\n")) // the project's top
	env := Env{
		Stdin:  strings.NewReader(""),
		Getenv: func(k string) string { return map[string]string{"SOURCE_DATE_EPOCH": "1795000000"}[k] },
		Dir:    dir,
		Now:    time.Now,
	}
	run := func(args ...string) {
		t.Helper()
		var out bytes.Buffer
		env.Stdout, env.Stderr = &out, &out
		if code := Run(args, env); code != ExitOK {
			t.Fatalf("prfaq %s: exit %d: %s", strings.Join(args, " "), code, out.String())
		}
	}
	run("render", "docs/inject.prfaq.yaml", "--out", "out/render")
	run("bump", "docs/inject.prfaq.yaml", "-m", `<script>alert(1)</script>`)
	// The working copy changes, so the changes pages have text to mark.
	bumped, err := os.ReadFile(filepath.Join(dir, "docs", "inject.prfaq.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	file("docs/inject.prfaq.yaml", bytes.Replace(bumped, []byte("Pantrylane subscribers"), []byte(`Pantrylane "><img src=x onerror=alert(2)> subscribers`), 1))
	run("render", "docs/inject.prfaq.yaml", "--out", "out/render", "--force")
	run("workshop", "gallery", "docs", "--out", "out/gallery.html")
	run("workshop", "gallery", "docs", "--out", "out/gallery-anon.html", "--anonymize")
	run("workshop", "packet", "docs/inject.prfaq.yaml", "--out", "out/packet.html")
	run("workshop", "kit", "--out", "out/kit")
	run("index", "docs", "--out", "out/index.html")
	pages := map[string]htmlcheck.Options{}
	plain := htmlcheck.Options{Styles: 1}
	for _, p := range []string{"render/inject.html", "gallery.html", "gallery-anon.html", "packet.html"} {
		pages[p] = plain
	}
	kit, _ := filepath.Glob(filepath.Join(dir, "out", "kit", "*.html"))
	if len(kit) < 8 {
		t.Fatalf("the kit has %d pages", len(kit))
	}
	for _, p := range kit {
		rel, _ := filepath.Rel(filepath.Join(dir, "out"), p)
		pages[rel] = plain
	}
	pages["index.html"] = htmlcheck.Options{Scripts: []string{"<script>"}, Styles: 1}
	// The corpus and the template reached the pages, escaped, so the
	// checks below look at the text they are meant to.
	for name, want := range map[string]string{
		"render/inject.html":     "&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;",
		"gallery.html":           "&#34;&gt;&lt;img src=x onerror=alert(2)&gt;",
		"packet.html":            "&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;",
		"kit/press-release.html": "&lt;script&gt;alert(1)&lt;/script&gt; headline",
		"index.html":             "&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;",
	} {
		if data, err := os.ReadFile(filepath.Join(dir, "out", name)); err != nil || !strings.Contains(string(data), want) {
			t.Errorf("%s does not hold %q, escaped (%v)", name, want, err)
		}
	}
	for name, opts := range pages {
		data, err := os.ReadFile(filepath.Join(dir, "out", name))
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range htmlcheck.Problems(data, opts) {
			t.Errorf("%s: %s", name, p)
		}
	}

	// What show and diff print.
	for _, args := range [][]string{
		{"show", "docs/inject.prfaq.yaml@1.2", "--format", "html"},
		{"diff", "docs/inject.prfaq.yaml", "--format", "html"},
	} {
		var out bytes.Buffer
		env.Stdout, env.Stderr = &out, &out
		if code := Run(args, env); code != ExitOK {
			t.Fatalf("prfaq %s: exit %d: %s", strings.Join(args, " "), code, out.String())
		}
		for _, p := range htmlcheck.Problems(out.Bytes(), plain) {
			t.Errorf("prfaq %s: %s", strings.Join(args, " "), p)
		}
	}

	// Every page prfaq serve sends.
	sf := startServeIn(t, dir, "docs", nil)
	served := htmlcheck.Options{Scripts: []string{`<script src="/_prfaq/portfolio.js" defer>`}, Styles: 1}
	for _, path := range []string{
		"/", "/?status=<script>alert(1)</script>&sort=\"><img", "/doc/inject.prfaq.yaml", "/doc/inject.prfaq.yaml?version=1.2",
		"/diff/inject.prfaq.yaml?from=1.2&to=working", "/diff/inject.prfaq.yaml?from=<script>alert(1)</script>&to=working",
		"/doc/inject.prfaq.yaml?version=<script>alert(1)</script>", "/doc/%3Cscript%3Ealert(1)%3C%2Fscript%3E.prfaq.yaml",
	} {
		code, body := sf.get(t, path)
		if code >= http.StatusInternalServerError {
			t.Errorf("GET %s: %d", path, code)
		}
		for _, p := range htmlcheck.Problems([]byte(body), served) {
			t.Errorf("GET %s: %s", path, p)
		}
	}
}
