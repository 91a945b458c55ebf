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
	"path"
	"strings"

	"github.com/prfaq/prfaq/internal/lint"
	"github.com/prfaq/prfaq/internal/prfaq"
)

// Entry is one PR/FAQ: what was read from its file, or why it could not
// be read.
type Entry struct {
	// File is the document's path from the portfolio's folder, with
	// forward slashes, as pages show it and as links name it.
	File     string
	Doc      *prfaq.Document
	Template *prfaq.Template
	// Findings are lint's findings in this file, with the configuration
	// prfaq lint would apply to it.
	Findings []lint.Finding
	// Err says why the file could not be read, laid out or rendered;
	// pages show it with its file, line and column instead of the
	// document.
	Err error
	// Hint says what to do about Err, when there is something to say.
	Hint string
}

// Broken reports an entry with no document to show.
func (e Entry) Broken() bool {
	return e.Err != nil || e.Doc == nil || e.Template == nil
}

// Title is the document's title, or its file name when it has none.
func (e Entry) Title() string {
	if e.Doc != nil {
		if t := strings.TrimSpace(e.Doc.Title); t != "" {
			return t
		}
	}
	return path.Base(e.File)
}

// Owner is who answers for the document: its team, or else its authors.
func (e Entry) Owner() string {
	if e.Doc == nil {
		return ""
	}
	if t := strings.TrimSpace(e.Doc.Team); t != "" {
		return t
	}
	return strings.Join(e.Doc.Authors, ", ")
}

// Updated is the date of the document's last change as it records it.
func (e Entry) Updated() string {
	if e.Doc == nil {
		return ""
	}
	if e.Doc.Updated != "" {
		return e.Doc.Updated
	}
	return e.Doc.Created
}

// Counts are a document's findings by severity.
type Counts struct {
	Errors, Warnings, Infos int
}

// Counts counts the entry's findings by severity.
func (e Entry) Counts() Counts {
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

// Score is the lint score out of 100, as prfaq score gives it.
func (e Entry) Score() int {
	return lint.ScoreFindings(e.Findings).Total
}

// maxErrorLines keeps a file with thousands of problems from making a
// page of thousands of lines: the first ones say what to fix first.
const maxErrorLines = 20

// errorLines is an entry's error as lines to show: a document with
// several problems lists each on its own line.
func (e Entry) errorLines() []string {
	if e.Err == nil {
		if e.Doc == nil || e.Template == nil {
			return []string{e.File + ": no document"}
		}
		return nil
	}
	var lines []string
	for _, l := range strings.Split(e.Err.Error(), "\n") {
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
