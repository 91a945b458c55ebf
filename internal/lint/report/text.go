package report

import (
	"bufio"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/prfaq/prfaq/internal/lint"
)

// ANSI colours for Text.
const (
	ansiReset  = "\x1b[0m"
	ansiDim    = "\x1b[2m"
	ansiRed    = "\x1b[31m"
	ansiYellow = "\x1b[33m"
	ansiBlue   = "\x1b[34m"
	ansiBold   = "\x1b[1m"
)

func severityColor(s lint.Severity) string {
	switch s {
	case lint.Error:
		return ansiRed
	case lint.Warning:
		return ansiYellow
	}
	return ansiBlue
}

// Text writes findings for a person at a terminal, one block per finding:
//
//	docs/launch.md:3:8: error weasel-words: "very" hides how much
//	  3 | We are very happy to announce
//	    |        ^~~~
//	  hint: Say how much, with a number.
//
// The first line is the compiler-style "file:line:col: " prefix that editors
// and terminals link to the place, then the severity, the rule id and the
// message. The source line follows, tabs expanded, with a caret under the
// first character of the span and tildes under the rest (to the end of the
// line when the span goes on to later lines); the marker accounts for wide
// and zero-width characters. Blocks are separated by a blank line, and a
// summary line ends the output:
//
//	2 errors, 1 warning, 0 info in 2 of 40 files
//	40 files, no findings
//
// With Options.Color the severity is bold red, yellow or blue, the rule id
// dim and the marker in the severity's colour. Control characters from the
// document are always escaped (`\x1b`, `\n`), whether or not colour is on.
func Text(w io.Writer, fs []lint.Finding, o Options) error {
	return Write("text", w, fs, o)
}

// writeTextFinding writes one finding's block of Text.
func writeTextFinding(b *bufio.Writer, f lint.Finding, o Options) {
	paint := func(color, s string) string {
		if !o.Color || s == "" {
			return s
		}
		return color + s + ansiReset
	}
	// Written piece by piece rather than with fmt: tens of thousands of
	// findings go through here.
	b.WriteString(clean(position(f), false))
	b.WriteString(": ")
	b.WriteString(paint(ansiBold+severityColor(f.Severity), severityName(f.Severity)))
	b.WriteString(" ")
	b.WriteString(paint(ansiDim, clean(f.Rule, false)))
	b.WriteString(": ")
	b.WriteString(clean(f.Message, true))
	b.WriteString("\n")
	if src, indent, mark, ok := excerpt(f); ok {
		line, _, _, _ := span(f)
		num := strconv.Itoa(line)
		b.WriteString("  " + num + " | " + src + "\n")
		if mark != "" {
			b.WriteString("  " + strings.Repeat(" ", len(num)) + " | " + strings.Repeat(" ", indent) + paint(severityColor(f.Severity), mark) + "\n")
		}
	}
	if f.Hint != "" {
		b.WriteString("  hint: " + clean(f.Hint, true) + "\n")
	}
	b.WriteString("\n")
}

// excerpt is the finding's source line made printable, and the marker
// to put under it: indent spaces, then mark, a caret under the span's first
// character and tildes under the rest. mark is "" when the finding has no
// column; ok is false when there is no source line to show.
func excerpt(f lint.Finding) (src string, indent int, mark string, ok bool) {
	line, col, endLine, endCol := span(f)
	if f.SourceCol > 1 && col >= f.SourceCol {
		// Source is "…" and the part of a long line from SourceCol on.
		shift := f.SourceCol - 2
		col -= shift
		if endCol > shift {
			endCol -= shift
		}
	}
	text := strings.TrimRight(f.Source, "\r\n")
	if line == 0 || text == "" {
		return "", 0, "", false
	}
	var last int             // the line's end, in bytes
	var column func(int) int // display column of a byte offset
	if plainASCII(text) {
		// Most lines: shown as they are, one column a byte.
		src, last, column = text, len(text), func(i int) int { return i }
	} else if isClean(text) && !strings.ContainsRune(text, 0xfeff) {
		// Shown as they are too, with characters of other widths: a
		// column is the width of the characters before it.
		src, last, column = text, utf8.RuneCountInString(text), func(n int) int {
			w := 0
			for _, r := range text {
				if n == 0 {
					break
				}
				w += runeWidth(r)
				n--
			}
			return w
		}
	} else {
		var cols []int
		src, cols = displayLine(text)
		last, column = len(cols)-1, func(i int) int { return cols[i] }
	}
	src = strings.TrimRight(src, " ")
	if col == 0 {
		return src, 0, "", true
	}
	at := func(c int) int { return column(min(max(c-1, 0), last)) }
	start := at(col)
	end := column(last)
	if endLine == line && endCol != 0 {
		end = at(endCol)
	}
	width := max(end-start, 1)
	return src, start, "^" + strings.Repeat("~", width-1), true
}
