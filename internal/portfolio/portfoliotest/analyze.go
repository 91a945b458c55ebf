// Package portfoliotest reads documents as prfaq's command line does,
// with the built-in templates and the default lint configuration, for
// the tests of the pages and the server that show them.
package portfoliotest

import (
	"github.com/prfaq/prfaq/internal/catalog"
	"github.com/prfaq/prfaq/internal/lint"
	"github.com/prfaq/prfaq/internal/mddoc"
	"github.com/prfaq/prfaq/internal/portfolio"
	"github.com/prfaq/prfaq/internal/store"
	"github.com/prfaq/prfaq/templates"
	"time"
)

// Now is the fixed clock of portfolio tests.
func Now() time.Time { return time.Date(2026, 11, 20, 9, 30, 0, 0, time.UTC) }

// Analyze reads one YAML or Markdown document and lints it.
func Analyze(file string, data []byte) portfolio.Entry {
	cat := catalog.New(catalog.Folder{}, catalog.Folder{}, templates.FS)
	e := portfolio.Entry{File: file}
	if mddoc.IsMarkdown(file) {
		res, err := mddoc.Read(file, data, mddoc.Options{Templates: cat.Load})
		if err != nil {
			e.Err = err
			return e
		}
		e.Doc, e.Template = res.Doc, res.Template
	} else {
		doc, _, err := store.DecodeDocument(file, data)
		if err != nil {
			e.Err = err
			return e
		}
		if e.Template, err = cat.Load(doc.Template); err != nil {
			e.Err = err
			return e
		}
		e.Doc = doc
	}
	e.Findings = lint.Lint(lint.Input{File: file, Source: data, Templates: cat.Load, Now: Now()})
	return e
}
