package diff

import (
	"bytes"
	"fmt"
	"strings"
)

// Markdown formats a result as Markdown: a summary table of the sections
// that differ, the unchanged ones named in one line, then each section that differs with deletions ~~struck through~~ and
// insertions in **bold**, cut to the paragraphs around its changes.
//
// Document text is shown as its source, not rendered: its Markdown
// punctuation is escaped and its line breaks kept, so a change to the
// markup is visible, the only formatting is the diff's own, and no text
// in the document can turn into HTML or a link. Changes are widened to
// whole words ("~~bill.~~**bill;**", not "bill~~.~~**;**"), which
// Markdown needs to read the markers next to punctuation.
func Markdown(r *Result) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# Changes from %s to %s\n\n", mdInline(label(r.From, "old")), mdInline(label(r.To, "new")))
	switch {
	case len(r.Sections) == 0:
		b.WriteString("Nothing to compare: both versions are empty.\n")
		return b.Bytes()
	case !r.Changed():
		fmt.Fprintf(&b, "No changes in %s.\n\n", plural(len(r.Sections), "section"))
	default:
		fmt.Fprintf(&b, "%s.\n\n", r.Counts())
	}
	// The sections that differ first, one row each; the unchanged ones
	// named together after them, as Text and HTML do.
	var unchanged []string
	table := false
	for i := range r.Sections {
		s := &r.Sections[i]
		if s.Status == Unchanged {
			unchanged = append(unchanged, mdInline(s.Label))
			continue
		}
		if !table {
			b.WriteString("| Section | Change |\n|---|---|\n")
			table = true
		}
		fmt.Fprintf(&b, "| %s | %s |\n", mdInline(s.Label), s.Change())
	}
	if len(unchanged) > 0 {
		if table {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "Unchanged: %s.\n", strings.Join(unchanged, ", "))
	}
	writeMarkdownSections(&b, r, "##")
	return b.Bytes()
}

// MarkdownSections is the redline of the sections that differ, as
// Markdown writes it, each under a heading of the given marks ("####"),
// for pages that show it inside their own (prfaq report).
func MarkdownSections(r *Result, heading string) []byte {
	var b bytes.Buffer
	writeMarkdownSections(&b, r, heading)
	return b.Bytes()
}

// InlineMarkdown escapes text for one line of Markdown, as Markdown
// escapes section labels: white space collapsed, punctuation escaped.
func InlineMarkdown(s string) string { return mdInline(s) }

func writeMarkdownSections(b *bytes.Buffer, r *Result, heading string) {
	for i := range r.Sections {
		s := &r.Sections[i]
		if s.Status == Unchanged {
			continue
		}
		fmt.Fprintf(b, "\n%s %s\n\n%s · %s\n\n", heading, mdInline(s.Label), s.Change(), mdInline(s.Path))
		if s.WhitespaceOnly {
			b.WriteString("Only line breaks or spacing changed.\n")
			continue
		}
		if s.Coarse {
			b.WriteString("_" + coarseNote + "_\n\n")
		}
		w := &mdBody{b: b, lineStart: true}
		for _, p := range wholeWords(pieces(s.Ops, true)) {
			switch p.kind {
			case pieceEqual, pieceGap:
				w.write(p.text, "")
			case pieceChange:
				if !isBlank(p.deleted) {
					w.write(p.deleted, "~~")
				}
				// A deleted space or line break is left out: the new
				// layout is the one shown.
				w.write(p.inst, "**")
			}
		}
		b.WriteString("\n")
	}
}

// mdInline escapes text for one line of Markdown (a heading or a table
// cell): white space collapsed, punctuation escaped.
func mdInline(s string) string {
	return mdEscape(strings.Join(strings.Fields(s), " "), false)
}

// mdEscape backslash-escapes the characters that could start Markdown
// markup or HTML. atLineStart also escapes what starts a block at the
// beginning of a line: a list item, heading or rule.
func mdEscape(s string, atLineStart bool) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '&', '#':
			b.WriteByte('\\')
		case '-', '+', '=':
			if atLineStart && i == 0 {
				b.WriteByte('\\')
			}
		case '.', ')':
			// "1." or "2)" opening a line is an ordered list item.
			if atLineStart && i > 0 && isDigits(s[:i]) {
				b.WriteByte('\\')
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// mdBody writes document text into a Markdown paragraph, line by line:
// a line break is a hard break ("\" at the end of the line), a blank line
// a new paragraph, and indentation is kept with non-breaking spaces.
type mdBody struct {
	b         *bytes.Buffer
	lineStart bool // nothing written on the current line yet
}

// write writes s, marked with marker ("~~", "**") when it is not "".
func (w *mdBody) write(s, marker string) {
	for s != "" {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			w.line(s, marker)
			return
		}
		start, end := i, i
		for start > 0 && (s[start-1] == ' ' || s[start-1] == '\t') {
			start--
		}
		for end < len(s) && isSpaceByte(s[end]) {
			end++
		}
		w.line(s[:start], marker)
		w.lineBreak(s[start:end])
		s = s[end:]
	}
}

// line writes text holding no line break. A marker goes around the text
// without its outer spaces: "** x**" is not bold.
func (w *mdBody) line(s, marker string) {
	core := strings.TrimLeft(s, " \t")
	lead := s[:len(s)-len(core)]
	core = strings.TrimRight(core, " \t")
	trail := s[len(lead)+len(core):]
	if w.lineStart {
		// Indentation at the start of a line would make a code block.
		w.b.WriteString(strings.Repeat("&nbsp;", indentWidth(lead)))
	} else {
		w.b.WriteString(lead)
	}
	if core != "" {
		w.b.WriteString(marker + mdEscape(core, w.lineStart) + marker)
		w.lineStart = false
	}
	if !w.lineStart {
		w.b.WriteString(trail)
	}
}

// lineBreak writes a run of white space holding a line break, and keeps
// the indentation of the line that follows it for line to write.
func (w *mdBody) lineBreak(run string) {
	last := strings.LastIndexByte(run, '\n')
	switch {
	case strings.Count(run, "\n") >= 2:
		w.b.WriteString("\n\n")
	case !w.lineStart:
		w.b.WriteString("\\\n")
	default:
		w.b.WriteString("\n")
	}
	w.lineStart = true
	w.b.WriteString(strings.Repeat("&nbsp;", indentWidth(run[last+1:])))
}

// indentWidth counts the columns of leading spaces and tabs.
func indentWidth(s string) int {
	n := 0
	for _, c := range s {
		switch c {
		case ' ':
			n++
		case '\t':
			n += 4
		}
	}
	return n
}
