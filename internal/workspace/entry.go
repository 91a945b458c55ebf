package workspace

import (
	"path"
	"strings"

	"github.com/prfaq/prfaq/internal/lint"
	"github.com/prfaq/prfaq/internal/mddoc"
	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/source"
)

// Entry is one PR/FAQ file as every command takes it: the document as
// its reader found it (model, template, lines, positions, locator, or
// why there is none), the lint configuration in force for it, and,
// once Analyze has run, its findings and word counts.
type Entry struct {
	source.Document
	// Markdown is everything the Markdown reader found, for import's
	// report; nil for YAML and for Markdown that could not be read.
	Markdown *mddoc.Result
	// Config is the lint configuration in force in the file's folder.
	Config *lint.Config
	// Hint says what to do about the entry's Problem, when there is
	// something to say.
	Hint string
	// Findings are lint's findings in this file; Words counts the words
	// of each part as lint's length rules count them (nil when the
	// document could not be read). Both are set by Analyze.
	Findings []lint.Finding
	Words    map[string]int
}

// SetFeedback keeps the tally of the current version from the
// document's feedback log.
func (e *Entry) SetFeedback(records []prfaq.Feedback) {
	if e.Doc == nil || len(records) == 0 {
		return
	}
	e.Reactions = prfaq.Tallies(records)[e.Doc.Version]
	if e.Reactions == nil {
		e.Reactions = prfaq.Tally{}
	}
}

// Problem says why the entry has no document to show: its reader's
// error, or, for Markdown in which nothing of a PR/FAQ was found, the
// reader's first note.
func (e *Entry) Problem() error {
	if e.Err != nil {
		return e.Err
	}
	if e.Doc == nil && len(e.Notes) > 0 {
		n := e.Notes[0]
		return &source.Problem{File: e.File, Pos: source.Pos{Line: n.Line, Col: n.Col}, Msg: n.Msg}
	}
	return nil
}

// Broken reports an entry with no document to show.
func (e *Entry) Broken() bool {
	return e.Problem() != nil || e.Doc == nil || e.Template == nil
}

// Compact drops what only reading and linting the file need (its lines,
// positions and locator, the Markdown reader's report), keeping the
// document, its template, its findings and word counts: a page of
// thousands of entries holds a fraction of the memory.
func (e *Entry) Compact() {
	e.Lines, e.Pos, e.Locate, e.Markdown = nil, nil, nil, nil
}

// Title is the document's title, or its file name when it has none.
func (e *Entry) Title() string {
	if e.Doc != nil {
		if t := strings.TrimSpace(e.Doc.Title); t != "" {
			return t
		}
	}
	return path.Base(e.File)
}

// Owner is who answers for the document: its team, or else its authors.
func (e *Entry) Owner() string {
	if e.Doc == nil {
		return ""
	}
	if t := strings.TrimSpace(e.Doc.Team); t != "" {
		return t
	}
	return strings.Join(e.Doc.Authors, ", ")
}

// Updated is the date of the document's last change as it records it.
func (e *Entry) Updated() string {
	if e.Doc == nil {
		return ""
	}
	if e.Doc.Updated != "" {
		return e.Doc.Updated
	}
	return e.Doc.Created
}

// Score is the lint score out of 100, as prfaq score gives it.
func (e *Entry) Score() int {
	return lint.ScoreDocument(&e.Document, e.Findings).Total
}
