package workspace

import (
	"errors"
	"io/fs"
	"path/filepath"
	"strings"

	"github.com/prfaq/prfaq/internal/lint"
	"github.com/prfaq/prfaq/internal/mddoc"
	"github.com/prfaq/prfaq/internal/source"
	"github.com/prfaq/prfaq/internal/store"
)

// LoadOptions change how one document is read.
type LoadOptions struct {
	// Template, when not "", reads a Markdown file with this template
	// whatever its front matter says (import --template).
	Template string
}

// Load reads the document file names (as the user typed it) with the
// configuration in force in its folder. A file that cannot be read or
// is not a PR/FAQ is an entry whose Problem says why; the error is for
// what stops a whole run: a configuration file that cannot be read.
func (w *Workspace) Load(file string, opts LoadOptions) (*Entry, error) {
	path := w.Path(file)
	data, err := w.opts.Reader.ReadFile(path, file)
	if err != nil {
		// Config stays nil: nothing of the file is checked.
		return &Entry{Document: source.Document{File: file, Format: FormatOf(file), Err: err, Unread: true}}, nil
	}
	cfg, err := w.Config(filepath.Dir(path))
	if err != nil {
		return nil, err
	}
	e := w.Read(file, data, cfg, opts)
	if e.Doc != nil && e.Format == source.YAML {
		// A damaged feedback log is reported by prfaq feedback; the
		// pages show the document without its tally.
		if records, err := w.opts.Reader.ReadFeedback(path, file); err == nil {
			e.SetFeedback(records)
		}
	}
	return e, nil
}

// LoadData reads a document from bytes already read (a server reads
// through its own file system; an old version comes from its snapshot).
// file names it in findings and messages; dir is the absolute folder
// whose configuration applies, or "" for the default configuration.
func (w *Workspace) LoadData(file, dir string, data []byte) (*Entry, error) {
	cfg := w.defaultConfig()
	if dir != "" {
		var err error
		if cfg, err = w.Config(dir); err != nil {
			return nil, err
		}
	}
	return w.Read(file, data, cfg, LoadOptions{}), nil
}

// StopsRun reports a problem reading a file that stops a run over many,
// because the user must fix something outside the file: it is missing,
// not readable, or a folder. Anything else (too large, not a regular
// file) is one unreadable file among others.
func StopsRun(err error) bool {
	var p *source.Problem
	return errors.Is(err, fs.ErrPermission) || errors.Is(err, fs.ErrNotExist) || errors.As(err, &p) && strings.Contains(p.Msg, "folder")
}

// Read reads a document from its bytes with a given lint configuration
// (for Markdown, its template: is the one to read with when the front
// matter names none), for tests and tools that set the configuration
// themselves.
func (w *Workspace) Read(file string, data []byte, cfg *lint.Config, opts LoadOptions) *Entry {
	w.decoded.Add(1)
	e := &Entry{Config: cfg}
	if FormatOf(file) == source.Markdown {
		d, res := mddoc.ReadDocument(file, data, mddoc.Options{Templates: w.Template, Template: cfg.Template, Force: opts.Template, Vocabulary: w.markdownVocabulary()})
		e.Document, e.Markdown = *d, res
		if res != nil && !res.Structured && len(res.Notes) > 0 {
			e.Hint = res.Notes[0].Hint
		}
		return e
	}
	e.Document = *store.ReadYAML(file, data)
	if e.Doc == nil {
		return e
	}
	name := e.Doc.Template
	t, err := w.Template(name)
	if err != nil {
		// The document cannot be checked without its template: the
		// error is the document's, at its template: line.
		e.Doc, e.Err = nil, &source.Problem{File: file, Pos: e.Pos["template"], Msg: err.Error()}
		return e
	}
	e.Template = t
	return e
}

// Analyze lints the entry as prfaq lint does and counts the words of its
// parts, for the pages that show findings and lengths.
func (w *Workspace) Analyze(e *Entry) {
	sum := lint.Summarize(&e.Document, e.Config, w.opts.Now)
	e.Findings, e.Words = sum.Findings, sum.Words
}

// Lint lints the entry as prfaq lint does.
func (w *Workspace) Lint(e *Entry) []lint.Finding {
	return lint.Lint(&e.Document, e.Config, w.opts.Now)
}
