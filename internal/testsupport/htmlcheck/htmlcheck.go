// Package htmlcheck finds markup in a page that could run script or load
// another page: what a document's or template's text must never become
// in the HTML prfaq writes. Tests of every HTML output run their pages
// through it with the injection corpus (Corpus) as input.
package htmlcheck

import (
	_ "embed"
	"fmt"
	"regexp"
	"strings"
)

// Corpus is a PR/FAQ with an injection attempt in every field a page
// shows: script and style tags, event-handler attributes, javascript:,
// vbscript: and data: addresses in links and images, raw HTML blocks,
// comment and attribute breakouts, mixed case and entity-encoded schemes.
//
//go:embed testdata/inject.prfaq.yaml
var Corpus []byte

// Payloads are text fragments of the corpus that must never appear
// unescaped in a page.
func Payloads() []string {
	return []string{
		"<script>alert(1)</script>",
		`"><img src=x onerror=alert(2)>`,
		"<svg/onload=alert(10)>",
		"</style><script>alert(9)</script>",
		`<iframe src="javascript:alert(4)">`,
		"<XSS>",
	}
}

var (
	anyTag       = regexp.MustCompile(`<[a-zA-Z][^>]*>`)
	quoted       = regexp.MustCompile(`"[^"]*"|'[^']*'`)
	scriptTag    = regexp.MustCompile(`(?i)<script\b[^>]*>`)
	handlerAttr  = regexp.MustCompile(`(?i)<[a-z][^>]*[\s/]on[a-z]+\s*=`)
	loadingTag   = regexp.MustCompile(`(?i)<(iframe|object|embed|svg|math|base|form\s[^>]*action\s*=\s*"?\s*javascript|meta\s+http-equiv|link\s)`)
	urlAttr      = regexp.MustCompile(`(?i)\s(href|src|action|formaction|xlink:href)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)`)
	badScheme    = regexp.MustCompile(`(?i)^\s*(javascript|vbscript|livescript):`)
	dataScheme   = regexp.MustCompile(`(?i)^\s*data:`)
	imageData    = regexp.MustCompile(`(?i)^\s*data:image/(png|gif|jpe?g|webp|bmp|avif);`)
	entityScheme = regexp.MustCompile(`(?i)^\s*(&#[x0-9a-f]+;?|&[a-z]+;)`)
	styleTag     = regexp.MustCompile(`(?i)<style\b`)
)

// Options say what a page may hold of its own.
type Options struct {
	// Scripts are the script tags the page itself carries, exactly as
	// written (e.g. `<script>` for an inline script it writes, or
	// `<script src="/_prfaq/portfolio.js" defer>`); any other is a
	// problem.
	Scripts []string
	// Styles is how many <style> elements the page writes itself.
	Styles int
}

// Problems lists what in page could run script or load another page.
func Problems(page []byte, opts Options) []string {
	s := string(page)
	var problems []string
	add := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }

	scripts := scriptTag.FindAllString(s, -1)
	allowed := map[string]int{}
	for _, sc := range opts.Scripts {
		allowed[sc]++
	}
	for _, sc := range scripts {
		if allowed[sc] == 0 {
			add("a script tag the page does not write itself: %q", sc)
			continue
		}
		allowed[sc]--
	}
	if n := len(styleTag.FindAllString(s, -1)); n > opts.Styles {
		add("%d <style> elements, the page writes %d", n, opts.Styles)
	}
	for _, tag := range anyTag.FindAllString(s, -1) {
		// html/template quotes every attribute value and escapes the
		// quotes in it, so quoted text is a value, never an attribute.
		bare := quoted.ReplaceAllString(tag, `""`)
		if handlerAttr.MatchString(bare) {
			add("an event-handler attribute: %q", tag)
		}
		if loadingTag.MatchString(bare) {
			add("an element that loads or runs something: %q", tag)
		}
		for _, m := range urlAttr.FindAllStringSubmatch(tag, -1) {
			value := strings.Trim(m[2], `"'`)
			switch {
			case badScheme.MatchString(value):
				add("a script address: %s=%q", m[1], value)
			case entityScheme.MatchString(value) && strings.Contains(strings.ToLower(value), "script"):
				add("an entity-encoded script address: %s=%q", m[1], value)
			case dataScheme.MatchString(value) && !(strings.EqualFold(m[1], "src") && imageData.MatchString(value)):
				add("a data: address that is not an image: %s=%q", m[1], value)
			}
		}
	}
	for _, p := range Payloads() {
		if strings.Contains(s, p) {
			add("the payload %q reached the page unescaped", p)
		}
	}
	return problems
}
