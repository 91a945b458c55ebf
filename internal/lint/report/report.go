// Package report writes lint findings in the formats people and CI systems
// read: plain text for terminals, JSON for scripts, SARIF 2.1.0 for GitHub
// code scanning and other SARIF viewers, GitHub Actions workflow commands
// for inline annotations, JUnit XML for test-report views (Jenkins,
// GitLab), and Checkstyle XML for tools that import it.
//
// Every printer is a pure function of its findings and options: the output
// is byte-for-byte the same for the same input. Findings are printed in the
// order given (the linter sorts them with lint.Less). Text from documents is
// never trusted: control characters and invalid UTF-8 in messages, hints,
// file names and source lines are escaped so that no printer emits raw
// terminal escapes, invalid JSON or invalid XML.
package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/prfaq/prfaq/internal/lint"
)

// RuleInfo describes one rule, for the formats that list rules (SARIF).
type RuleInfo struct {
	ID      string        // stable id, e.g. "weasel-words"
	Name    string        // human name, e.g. "Weasel words"
	Summary string        // one sentence, e.g. "Vague qualifiers that hide missing data"
	Default lint.Severity // severity when the configuration does not change it
	// HelpURI points at the rule's documentation. It may be absolute
	// ("https://...") or relative ("docs/rules/weasel-words.md"); SARIF
	// needs an absolute URI, so a relative one is resolved against
	// Options.HelpBaseURI there, and left out when that is empty.
	HelpURI string
}

// Options carries what the printers need beyond the findings.
type Options struct {
	Color       bool   // ANSI colour, in Text only
	Tool        string // tool name, "prfaq" when empty
	ToolVersion string // e.g. "1.4.0"; left out when empty
	// ToolSemanticVersion is the version in Semantic Versioning form
	// ("1.4.0", SARIF tool.driver.semanticVersion), and ToolReleaseDate
	// when the tool's source was made, RFC 3339 in UTC (SARIF
	// tool.driver.releaseDateUtc); each left out when empty.
	ToolSemanticVersion string
	ToolReleaseDate     string
	Rules               []RuleInfo // every rule, in the order to list them (SARIF tool.driver.rules)
	Files               []string   // every file linted, in order, including clean ones

	// InformationURI is the tool's home page, absolute (SARIF
	// tool.driver.informationUri); left out when empty.
	InformationURI string
	// HelpBaseURI is an absolute URI that relative RuleInfo.HelpURI values
	// are resolved against for SARIF, e.g.
	// "https://github.com/prfaq/prfaq/blob/v1.4.0/". GitHub code scanning
	// rejects SARIF whose helpUri is not an absolute URI.
	HelpBaseURI string
}

// Formats lists the format names Write and NewStream accept, in the
// order to offer them.
func Formats() []string {
	names := make([]string, len(streams))
	for i, s := range streams {
		names[i] = s.name
	}
	return names
}

// toolName is the tool's name with its default.
func (o Options) toolName() string {
	if o.Tool == "" {
		return "prfaq"
	}
	return o.Tool
}

// tally counts findings by severity; anything that is neither an error nor
// a warning counts as info.
type tally struct {
	files                   int // files linted
	dirty                   int // files with at least one finding
	errors, warnings, infos int
}

// withHint joins a message and its hint into one sentence-like text, for
// the formats that have a single message field.
func withHint(msg, hint string) string {
	switch {
	case hint == "":
		return msg
	case msg == "":
		return "Hint: " + hint
	}
	if !strings.HasSuffix(msg, ".") && !strings.HasSuffix(msg, "!") && !strings.HasSuffix(msg, "?") {
		msg += "."
	}
	return msg + " Hint: " + hint
}

// span is a finding's region made consistent: a missing end becomes the
// start line, and an end before the start on the same line becomes the
// start. Zero means "not known" for every field.
func span(f lint.Finding) (line, col, endLine, endCol int) {
	line, col, endLine, endCol = max(f.Line, 0), max(f.Col, 0), max(f.EndLine, 0), max(f.EndCol, 0)
	if line == 0 {
		return 0, 0, 0, 0
	}
	if endLine < line {
		endLine, endCol = line, 0
	}
	if col == 0 {
		endCol = 0
	}
	if endLine == line && endCol != 0 && endCol < col {
		endCol = col
	}
	return line, col, endLine, endCol
}

// position is "file:line:col", "file:line" or "file", as much as is known.
func position(f lint.Finding) string {
	line, col, _, _ := span(f)
	switch {
	case line == 0:
		return f.File
	case col == 0:
		return fmt.Sprintf("%s:%d", f.File, line)
	}
	return fmt.Sprintf("%s:%d:%d", f.File, line, col)
}

// severityName is "error", "warning" or "info"; a severity the linter does
// not define counts as info, as in the summary.
func severityName(s lint.Severity) string {
	switch s {
	case lint.Error, lint.Warning:
		return s.String()
	}
	return lint.Info.String()
}

// plural is "1 file", "2 files".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// summary is the closing line of Text, also used in JUnit.
func (t tally) String() string {
	if t.errors+t.warnings+t.infos == 0 {
		return plural(t.files, "file", "files") + ", no findings"
	}
	return fmt.Sprintf("%s in %d of %s", t.counts(), t.dirty, plural(t.files, "file", "files"))
}

// counts is "2 errors, 1 warning, 0 info".
func (t tally) counts() string {
	return fmt.Sprintf("%s, %s, %d info",
		plural(t.errors, "error", "errors"), plural(t.warnings, "warning", "warnings"), t.infos)
}

// buffered wraps w so printers can write freely and report the first
// write error once, at Flush. A report over a large folder is tens of
// megabytes: written in 64 kB pieces, it takes a sixteenth of the
// system calls (and of the wake-ups of a reader at the other end of a
// pipe) that bufio's default 4 kB takes.
func buffered(w io.Writer) *bufio.Writer { return bufio.NewWriterSize(w, 64<<10) }
