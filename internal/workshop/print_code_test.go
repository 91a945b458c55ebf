package workshop

// Inline code in every printed workshop page stays whole. Needs Chromium
// and poppler-utils; see internal/testsupport/browsertest.

import (
	"html/template"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/prfaq/prfaq/internal/testsupport/browsertest"
	"github.com/prfaq/prfaq/internal/workspace"
)

func TestPrintKeepsInlineCodeWhole(t *testing.T) {
	tools := browsertest.Require(t)
	const spans = 80
	draft := func(t *testing.T) workspace.Entry {
		d := readDraft(t, "pause.prfaq.yaml")
		// The solution, which the gallery's card does not quote as plain text.
		d.Doc.PressRelease.Solution = browsertest.CodeSpansEverywhere(spans, browsertest.MarkdownCode)
		return d
	}
	pages := map[string]func(t *testing.T) []byte{
		"packet": func(t *testing.T) []byte {
			d := draft(t)
			out, err := Packet(d.Doc, d.Template, PacketOptions{Source: d.File, Now: galleryClock})
			if err != nil {
				t.Fatal(err)
			}
			return out
		},
		"gallery": func(t *testing.T) []byte {
			out, err := Gallery([]workspace.Entry{draft(t)}, GalleryOptions{Now: galleryClock})
			if err != nil {
				t.Fatal(err)
			}
			return out
		},
		// The kit's sheets show code only in the guide's timer command;
		// a page in the kit's style with many spans tests its rule.
		"kit": func(t *testing.T) []byte {
			var b strings.Builder
			b.WriteString("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>kit</title><style>" + kitCSS + "</style></head><body><p>")
			b.WriteString(browsertest.CodeSpansEverywhere(spans, func(c string) string { return "<code>" + template.HTMLEscapeString(c) + "</code>" }))
			b.WriteString("</p></body></html>")
			return []byte(b.String())
		},
	}
	for name, build := range pages {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			page := filepath.Join(t.TempDir(), name+".html")
			if err := os.WriteFile(page, build(t), 0o644); err != nil {
				t.Fatal(err)
			}
			browsertest.CheckCodeWhole(t, tools.Text(t, tools.Print(t, page), 0), spans)
		})
	}
}
