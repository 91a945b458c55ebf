package report

import (
	"io"

	"github.com/prfaq/prfaq/internal/lint"
)

type checkstyleFile struct {
	Name   string            `xml:"name,attr"`
	Errors []checkstyleError `xml:"error"`
}

type checkstyleError struct {
	Line     int    `xml:"line,attr"`
	Column   int    `xml:"column,attr,omitempty"`
	Severity string `xml:"severity,attr"`
	Message  string `xml:"message,attr"`
	Source   string `xml:"source,attr"`
}

// Checkstyle writes Checkstyle XML (format version 4.3), as read by Jenkins
// Warnings Next Generation, reviewdog, SonarQube and others: a <file> for
// every file linted, in order (clean files have no <error>), and an
// <error> per finding with its line, column (left out when unknown),
// severity ("error", "warning" or "info"), message (with the hint after
// it) and source "prfaq.RULE". Text from the document is escaped by
// encoding/xml, after characters XML cannot hold are shown as `\x1b`.
func Checkstyle(w io.Writer, fs []lint.Finding, o Options) error {
	return Write("checkstyle", w, fs, o)
}

// checkstyleFileOf is one file's element; prefix goes before rule ids.
func checkstyleFileOf(file string, found []lint.Finding, prefix string) checkstyleFile {
	cf := checkstyleFile{Name: xmlText(file)}
	for _, f := range found {
		line, col, _, _ := span(f)
		cf.Errors = append(cf.Errors, checkstyleError{
			Line:     line,
			Column:   col,
			Severity: severityName(f.Severity),
			Message:  xmlText(withHint(f.Message, f.Hint)),
			Source:   xmlText(prefix + f.Rule),
		})
	}
	return cf
}
