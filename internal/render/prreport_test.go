package render_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/renderer/html"

	"github.com/prfaq/prfaq/internal/lint"
	"github.com/prfaq/prfaq/internal/prreport"
	"github.com/prfaq/prfaq/internal/store"
)

// TestReportCommentRenders renders prfaq report's comment as GitHub
// does: GitHub-flavoured Markdown with its tables, and the raw <details>
// and <summary> that GitHub keeps. The comment must come out as a
// summary table, one heading per document, folded redlines whose
// Markdown still renders inside the fold, and struck and bold changes.
func TestReportCommentRenders(t *testing.T) {
	data, err := os.ReadFile("../../examples/keyturn.prfaq.yaml")
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Replace(string(data), "Rotating one database credential by hand", strings.Repeat("Engineers wait for the platform team every quarter. ", 60)+"Rotating one database credential by hand", 1)
	short := strings.Replace(string(data), "status: in-review", "status: approved", 1)
	side := func(b string, findings ...lint.Finding) *prreport.Side {
		d := store.ReadYAML("keyturn.prfaq.yaml", []byte(b))
		if d.Doc == nil {
			t.Fatalf("example not read: %v", d.Err)
		}
		score := lint.Score{Total: 90}
		return &prreport.Side{Doc: d.Doc, Data: []byte(b), Score: &score, Findings: findings}
	}
	weasel := lint.Finding{Rule: "weasel-words", Severity: lint.Warning, Line: 30, Message: `weasel word "arguably" in problem`}
	r := prreport.Build("origin/main", []prreport.Input{
		{File: "long.prfaq.yaml", Before: side(string(data)), After: side(long, weasel)},
		{File: "short.prfaq.yaml", Before: side(string(data)), After: side(short)},
		{File: "gone.prfaq.yaml", Before: side(string(data))},
	})
	comment := prreport.Markdown(r, prreport.MaxComment)

	md := goldmark.New(goldmark.WithExtensions(extension.GFM), goldmark.WithRendererOptions(html.WithUnsafe()))
	var out bytes.Buffer
	if err := md.Convert(comment, &out); err != nil {
		t.Fatal(err)
	}
	page := out.String()
	for _, want := range []string{
		prreport.Marker,
		"<h2>PR/FAQ changes against <code>origin/main</code></h2>",
		"<table>",
		"<th>Document</th>",
		"<td><code>long.prfaq.yaml</code></td>",
		"<td>in-review → approved</td>",
		"<h3>Keyturn internal PR/FAQ</h3>",
		"<details><summary>Redline: 1 section</summary>",
		"<h4>customer (problem)</h4>",
		"<strong>Engineers wait",
		"<del>in-review</del><strong>approved</strong>",
		"<li><code>weasel-words</code> warning, line 30:",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the rendered comment has no %q", want)
		}
	}
	// The fold closes: what follows it is outside.
	if strings.Count(page, "<details>") != strings.Count(page, "</details>") {
		t.Errorf("unbalanced <details> in:\n%s", page)
	}
	if strings.Contains(page, "~~") || strings.Contains(page, "| Document |") {
		t.Errorf("Markdown left unrendered:\n%s", page)
	}
	if t.Failed() {
		t.Logf("rendered:\n%s", page)
	}
}
