// Package termtext makes text that prfaq did not write itself safe to
// print: a document, a template, a history entry or a file name can hold
// terminal escape sequences (clear the screen, set the window title,
// write the clipboard through OSC 52) and bidirectional controls that make
// a line read differently than it displays. Every message, and every
// output written to a terminal, passes such text through here; lint's
// printers, diff and the commands share these rules so that no printer
// escapes less than another.
package termtext

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// EscapeRune returns how a rune that must not be printed as itself is
// shown, or "" when it may be printed as is. Escaped are the C0 controls
// (including ESC), DEL, the C1 controls, the Unicode line and paragraph
// separators, and the bidirectional formatting characters that can make a
// line display in a different order than it reads ("Trojan Source").
func EscapeRune(r rune) string {
	switch {
	case r == '\n':
		return `\n`
	case r == '\r':
		return `\r`
	case r == '\t':
		return `\t`
	case r < 0x20 || r == 0x7f:
		return fmt.Sprintf(`\x%02x`, r)
	case r >= 0x80 && r <= 0x9f,
		r == 0x061c, r == 0x200e, r == 0x200f,
		r == 0x2028, r == 0x2029,
		r >= 0x202a && r <= 0x202e,
		r >= 0x2066 && r <= 0x2069:
		return fmt.Sprintf(`\u%04x`, r)
	}
	return ""
}

// Line makes s printable on one line: every control character, tabs and
// line breaks included, becomes a Go-style escape (`\x1b`, `\n`) and each
// byte of invalid UTF-8 becomes `\xNN`. For a field in a table or a name
// in a message.
func Line(s string) string { return clean(s, "") }

// Tabbed is Line, but keeps tabs: for a message, where a tab is harmless.
func Tabbed(s string) string { return clean(s, "\t") }

// Lines is Line, but keeps tabs and line breaks (\n): for text of several
// lines, such as a Markdown document shown on a terminal or an error
// message with a hint. A carriage return is escaped: alone it moves the
// cursor back over what was printed.
func Lines(s string) string { return clean(s, "\t\n") }

// LinesBytes is Lines for a byte slice; it returns b itself when nothing
// needs escaping.
func LinesBytes(b []byte) []byte {
	if isClean(string(b), "\t\n") {
		return b
	}
	return []byte(clean(string(b), "\t\n"))
}

func clean(s, keep string) string {
	if isClean(s, keep) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r < utf8.RuneSelf && strings.IndexByte(keep, byte(r)) >= 0:
			b.WriteByte(byte(r))
		default:
			if e := EscapeRune(r); e != "" {
				b.WriteString(e)
			} else {
				b.WriteString(s[i : i+size])
			}
		}
		i += size
	}
	return b.String()
}

// IsClean reports whether Line would return s unchanged.
func IsClean(s string) bool { return isClean(s, "") }

func isClean(s, keep string) bool {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			// ASCII, a byte at a time: only controls need escapes.
			if (c < 0x20 || c == 0x7f) && strings.IndexByte(keep, c) < 0 {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return false
		}
		if EscapeRune(r) != "" {
			return false
		}
		i += size
	}
	return true
}

// Writer escapes, as Lines does, each piece of text written through it;
// it keeps no state, so it is as safe for concurrent use as the writer it
// wraps. Each Write should carry whole characters (fmt's printers write a
// message at once); a character split between two writes is shown as the
// escapes of its bytes.
type Writer struct{ W io.Writer }

// Write writes p, escaped, and reports all of p written when the escaped
// text was.
func (w Writer) Write(p []byte) (int, error) {
	if _, err := w.W.Write(LinesBytes(p)); err != nil {
		return 0, err
	}
	return len(p), nil
}
