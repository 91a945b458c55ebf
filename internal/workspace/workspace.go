// Package workspace finds, reads and configures PR/FAQ documents for every
// command: which files under a folder are PR/FAQs (names, front matter,
// the configuration's files: patterns, .gitignore), the lint
// configuration in force for each (.prfaq-lint.yaml, from the file's
// folder up), the templates they name, and Load, which reads a document
// once into an Entry that lint, score, the pages and import all take. It
// is the one place that decides whether a file is YAML or Markdown.
//
// Run hands entries to a function on every core and their results back
// in order, each as soon as it and those before it are done, so a command
// over thousands of files holds only a few at a time.
package workspace

import (
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prfaq/prfaq/internal/catalog"
	"github.com/prfaq/prfaq/internal/lint"
	"github.com/prfaq/prfaq/internal/mddoc"
	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/store"
)

// ConfigFile is the name of the lint configuration, looked up from each
// document's folder upwards; nearer files override farther ones.
const ConfigFile = ".prfaq-lint.yaml"

// Options say where a command runs and what it reads with.
type Options struct {
	// Dir is the working directory that relative paths start from.
	Dir string
	// Reader reads every file, within its size limit.
	Reader store.Reader
	// Catalog finds templates by name.
	Catalog *catalog.Catalog
	// Now is the clock lint's date rules read.
	Now time.Time
	// Enable turns on rules that are off by default, under every
	// configuration (prfaq lint --only passive-voice); a folder's file
	// that disables one still wins.
	Enable []string
}

// Workspace reads documents for one run of a command. It reads each
// folder's configuration and each template once; it is safe for use
// from several goroutines.
type Workspace struct {
	opts Options

	configMu sync.Mutex
	configs  map[string]configResult // by absolute folder
	problems []lint.Finding          // in configuration files, in the order found
	needs    map[string]needsResult  // by the path of needs.yaml

	templateMu sync.Mutex
	templates  map[string]templateResult
	// vocabulary is what the Markdown reader works out per template;
	// it is renewed with the templates.
	vocabulary *mddoc.Vocabulary

	// decoded counts the documents read from their bytes.
	decoded atomic.Int64
}

type configResult struct {
	cfg *lint.Config
	err error
}

type needsResult struct {
	needs *prfaq.Needs
	err   error
}

type templateResult struct {
	t   *prfaq.Template
	err error
}

// New starts a workspace.
func New(opts Options) *Workspace {
	return &Workspace{
		opts:       opts,
		configs:    map[string]configResult{},
		needs:      map[string]needsResult{},
		templates:  map[string]templateResult{},
		vocabulary: mddoc.NewVocabulary(),
	}
}

// Decoded is how many documents the workspace has read from their bytes:
// each command reads each document once, and its tests count.
func (w *Workspace) Decoded() int { return int(w.decoded.Load()) }

// Now is the clock the workspace lints with.
func (w *Workspace) Now() time.Time { return w.opts.Now }

// Reader is what the workspace reads files with.
func (w *Workspace) Reader() store.Reader { return w.opts.Reader }

// Path resolves a path as the user typed it against the working
// directory.
func (w *Workspace) Path(p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(w.opts.Dir, p)
}

// Display shows a path relative to the working directory when it is
// inside it, as the user would type it.
func (w *Workspace) Display(p string) string {
	if rel, err := filepath.Rel(w.opts.Dir, p); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return p
}

// markdownVocabulary is what the Markdown reader keeps per template.
func (w *Workspace) markdownVocabulary() *mddoc.Vocabulary {
	w.templateMu.Lock()
	defer w.templateMu.Unlock()
	return w.vocabulary
}

// Template loads a template by name, once per workspace.
func (w *Workspace) Template(name string) (*prfaq.Template, error) {
	w.templateMu.Lock()
	defer w.templateMu.Unlock()
	if r, ok := w.templates[name]; ok {
		return r.t, r.err
	}
	t, err := w.opts.Catalog.Load(name)
	w.templates[name] = templateResult{t, err}
	return t, err
}
