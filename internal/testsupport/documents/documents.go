// Package documents reads PR/FAQs as prfaq's command line does, with the
// built-in templates and the default lint configuration, for the tests of
// the pages and the server that show them.
package documents

import (
	"time"

	"github.com/prfaq/prfaq/internal/catalog"
	"github.com/prfaq/prfaq/internal/render"
	"github.com/prfaq/prfaq/internal/store"
	"github.com/prfaq/prfaq/internal/workspace"
	"github.com/prfaq/prfaq/templates"
)

// Now is the fixed clock of these tests.
func Now() time.Time { return time.Date(2026, 11, 20, 9, 30, 0, 0, time.UTC) }

// Workspace reads documents in dir with the built-in templates.
func Workspace(dir string) *workspace.Workspace {
	cat := catalog.New(catalog.Folder{}, catalog.Folder{}, templates.FS)
	cat.Layouts = render.LayoutChecker{}
	return workspace.New(workspace.Options{Dir: dir, Reader: store.Reader{}, Catalog: cat, Now: Now()})
}

// Analyze reads one YAML or Markdown document from its bytes, with the
// default lint configuration, and lints it.
func Analyze(file string, data []byte) workspace.Entry {
	ws := Workspace(".")
	e, err := ws.LoadData(file, "", data)
	if err != nil {
		panic(err) // the default configuration cannot fail to load
	}
	if e.Problem() == nil {
		ws.Analyze(e)
	}
	return *e
}
