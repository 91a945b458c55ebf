// Package portfolio lays out the pages that show many PR/FAQs at once and
// one at a time beside its findings: the index of every document under a
// folder (prfaq index writes it as one static page, prfaq serve keeps it
// live), and the live preview of one document, its versions and the
// changes between them. Pages are pure functions of the documents, their
// findings and the options: the same input gives the same bytes. All text
// from documents goes through html/template or goldmark with raw HTML
// dropped (render's set-up), so it can never become markup or script.
package portfolio

import (
	"fmt"
	"strings"

	"github.com/prfaq/prfaq/internal/lint"
	"github.com/prfaq/prfaq/internal/workspace"
)

// Counts are a document's findings by severity.
type Counts struct {
	Errors, Warnings, Infos int
}

// countsOf counts an entry's findings by severity.
func countsOf(e *workspace.Entry) Counts {
	var c Counts
	for _, f := range e.Findings {
		switch f.Severity {
		case lint.Error:
			c.Errors++
		case lint.Warning:
			c.Warnings++
		default:
			c.Infos++
		}
	}
	return c
}

// maxErrorLines keeps a file with thousands of problems from making a
// page of thousands of lines: the first ones say what to fix first.
const maxErrorLines = 20

// errorLines is an entry's error as lines to show: a document with
// several problems lists each on its own line.
func errorLines(e *workspace.Entry) []string {
	problem := e.Problem()
	if problem == nil {
		if e.Doc == nil || e.Template == nil {
			return []string{e.File + ": no document"}
		}
		return nil
	}
	var lines []string
	for _, l := range strings.Split(problem.Error(), "\n") {
		if strings.TrimSpace(l) != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) > maxErrorLines {
		lines = append(lines[:maxErrorLines], fmt.Sprintf("... and %d more lines", len(lines)-maxErrorLines))
	}
	if len(lines) == 0 {
		lines = []string{e.File + ": cannot be read"}
	}
	return lines
}
