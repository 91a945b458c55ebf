// Package lint checks PR/FAQ documents against the method's writing
// rules. Linting is a pure function of a document's bytes, its template,
// the configuration and a clock; it returns findings that point at the
// exact line and column of the source.
package lint

import (
	"fmt"
	"strings"
)

// Severity orders findings: errors fail CI by default, warnings and info
// inform.
type Severity int

const (
	Info Severity = iota
	Warning
	Error
)

func (s Severity) String() string {
	switch s {
	case Info:
		return "info"
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return fmt.Sprintf("severity(%d)", int(s))
}

// below is the severity one step lower: a rule's lesser findings sit
// there, so that configuring the rule moves them with its main ones.
// Info is the lowest.
func (s Severity) below() Severity {
	if s > Info {
		return s - 1
	}
	return Info
}

// ParseSeverity reads "error", "warning" or "info".
func ParseSeverity(s string) (Severity, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "error":
		return Error, nil
	case "warning", "warn":
		return Warning, nil
	case "info":
		return Info, nil
	}
	return 0, fmt.Errorf("%q is not a severity: use error, warning or info", s)
}

// Finding is one thing a rule found, at a place in a file.
type Finding struct {
	Rule     string   // stable rule id, e.g. weasel-words
	Severity Severity //
	File     string   // as given on the command line
	Line     int      // 1-based
	Col      int      // 1-based, in characters (Unicode code points)
	EndLine  int      // end of the span, inclusive line
	EndCol   int      // end of the span, exclusive column
	Message  string   // one line, quoting the offending text
	Hint     string   // what to do about it
	Source   string   // the source line at Line, for printers that show it
	// SourceCol is the column of Line where Source's text starts: 1 when
	// Source is the whole line. A long line is shortened to the part
	// around the finding, with "…" at each end that was cut; when the
	// start was cut, SourceCol is more than 1 and Source's first
	// character is that "…", before the text.
	SourceCol int
}

// Less orders findings by file, position, then rule, so output is stable
// whatever order files and rules ran in.
func Less(a, b Finding) bool {
	if a.File != b.File {
		return a.File < b.File
	}
	if a.Line != b.Line {
		return a.Line < b.Line
	}
	if a.Col != b.Col {
		return a.Col < b.Col
	}
	if a.Rule != b.Rule {
		return a.Rule < b.Rule
	}
	return a.Message < b.Message
}
