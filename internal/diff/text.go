package diff

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/prfaq/prfaq/internal/termtext"
)

// ANSI styles of the terminal output.
const (
	ansiReset   = "\x1b[0m"
	ansiBold    = "\x1b[1m"
	ansiDelete  = "\x1b[31;9m" // red, struck through
	ansiInsert  = "\x1b[32;4m" // green, underlined
	ansiChanged = "\x1b[33m"
	ansiAdded   = "\x1b[32m"
	ansiRemoved = "\x1b[31m"
	ansiFaint   = "\x1b[2m"
)

// textWidth is where the list of unchanged sections wraps.
const textWidth = 78

// Text formats a result for a terminal: a summary line per changed, added
// or removed section, the unchanged sections listed together, then each
// section that differs with its changes marked. Without color, deletions
// read [-like this-] and insertions {+like this+} (as wdiff and git diff
// --word-diff write them); with color, deletions are red and struck
// through, insertions green and underlined. Long unchanged stretches are
// cut to the paragraphs around each change.
func Text(r *Result, color bool) []byte {
	t := &textWriter{color: color}
	c := r.Counts()
	t.styled(ansiBold, t.clean(fmt.Sprintf("Changes from %s to %s", label(r.From, "old"), label(r.To, "new"))))
	t.b.WriteString("\n")
	switch {
	case len(r.Sections) == 0:
		t.b.WriteString("Nothing to compare: both versions are empty.\n")
		return t.b.Bytes()
	case !r.Changed():
		fmt.Fprintf(&t.b, "No changes in %s.\n", plural(len(r.Sections), "section"))
	default:
		fmt.Fprintf(&t.b, "%s.\n", c)
	}
	t.b.WriteString("\n")
	var unchanged []string
	for i := range r.Sections {
		s := &r.Sections[i]
		if s.Status == Unchanged {
			unchanged = append(unchanged, s.Label)
			continue
		}
		t.b.WriteString("  " + t.clean(s.Label) + ": ")
		t.styled(statusStyle(s.Status), s.Change())
		t.b.WriteString("\n")
	}
	if len(unchanged) > 0 {
		t.wrapList("unchanged: ", unchanged)
	}
	for i := range r.Sections {
		s := &r.Sections[i]
		if s.Status == Unchanged {
			continue
		}
		t.b.WriteString("\n")
		t.styled(ansiBold, fmt.Sprintf("== %s [%s] ==", t.clean(s.Label), t.clean(s.Path)))
		t.b.WriteString("\n")
		if s.WhitespaceOnly {
			t.styled(ansiFaint, "Only line breaks or spacing changed.")
			t.b.WriteString("\n")
			continue
		}
		if s.Coarse {
			t.styled(ansiFaint, coarseNote)
			t.b.WriteString("\n")
		}
		for _, p := range pieces(s.Ops, true) {
			switch p.kind {
			case pieceEqual, pieceGap:
				t.b.WriteString(t.clean(p.text))
			case pieceChange:
				t.change(p.deleted, ansiDelete, "[-", "-]")
				t.change(p.inst, ansiInsert, "{+", "+}")
			}
		}
		t.b.WriteString("\n")
	}
	return t.b.Bytes()
}

const coarseNote = "Too long or too different to compare word by word: the changed part is shown as replaced."

type textWriter struct {
	b     bytes.Buffer
	color bool
}

// styled writes s in an ANSI style when color is on.
func (t *textWriter) styled(style, s string) {
	if t.color {
		t.b.WriteString(style + s + ansiReset)
		return
	}
	t.b.WriteString(s)
}

// change writes deleted or inserted text. In color, the style is set and
// reset on each line, so pagers that reset at line ends keep it; a
// deleted line break shows as ↵, since it is no longer in the text.
func (t *textWriter) change(s, style, open, close string) {
	if s == "" {
		return
	}
	s = t.clean(s)
	if !t.color {
		t.b.WriteString(open + s + close)
		return
	}
	if style == ansiDelete && isBlank(s) && strings.Contains(s, "\n") {
		s = strings.Repeat("↵", strings.Count(s, "\n"))
	}
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			t.b.WriteString("\n")
		}
		if line != "" {
			t.b.WriteString(style + line + ansiReset)
		}
	}
}

// wrapList writes "  head: a, b, c" wrapped to textWidth columns.
func (t *textWriter) wrapList(head string, items []string) {
	line := "  " + head
	for i, item := range items {
		item = t.clean(item)
		if i < len(items)-1 {
			item += ","
		}
		if utf8.RuneCountInString(line)+1+utf8.RuneCountInString(item) > textWidth && strings.TrimSpace(line) != strings.TrimSpace(head) {
			t.b.WriteString(strings.TrimRight(line, " ") + "\n")
			line = "    "
		} else if i > 0 {
			line += " "
		}
		line += item
	}
	t.b.WriteString(line + "\n")
}

// clean makes control characters in document text visible (\x1b), so a
// document cannot move the cursor, recolor or clear the reader's
// terminal. Tabs and newlines stay.
func (t *textWriter) clean(s string) string { return termtext.Lines(s) }

func statusStyle(s Status) string {
	switch s {
	case Added:
		return ansiAdded
	case Removed:
		return ansiRemoved
	}
	return ansiChanged
}

// label is a version label, or def when none was given.
func label(s, def string) string {
	if strings.TrimSpace(s) == "" {
		return def
	}
	return s
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}
