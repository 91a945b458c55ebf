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

func TestPrintKeepsInlineCodeWhole(t *testing.T) {
	tools := browsertest.Require(t)
	const spans = 80
	draft := func(t *testing.T) workspace.Entry {
		d := readDraft(t, "pause.prfaq.yaml")
		// The solution, which the gallery's card does not quote as plain text.
		d.Doc.PressRelease.Solution = codeSpansEverywhere(spans)
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
			for i := range spans {
				b.WriteString(strings.Repeat("w", 1+i%11) + " run <code>" + template.HTMLEscapeString(codeOption) + "</code> ")
			}
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
			text := tools.Text(t, tools.Print(t, page), 0)
			// Every "fail-on" printed must follow its two hyphens on the same
			// line; a page may show the text more than once (the gallery's card
			// quotes the problem).
			whole, all := strings.Count(text, codeOption), strings.Count(text, strings.TrimLeft(codeOption, "-"))
			if whole < spans || whole != all {
				t.Errorf("the PDF shows %s whole %d times of %d, want all of at least %d: the others were broken across lines:\n%s", codeOption, whole, all, spans, text)
			}
		})
	}
}
