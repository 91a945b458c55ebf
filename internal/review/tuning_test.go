package review_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/prfaq/prfaq/internal/catalog"
	"github.com/prfaq/prfaq/internal/review"
	"github.com/prfaq/prfaq/internal/store"
	"github.com/prfaq/prfaq/internal/workshop"
	"github.com/prfaq/prfaq/internal/workspace"
	"github.com/prfaq/prfaq/templates"
)

// A project template's review: key, laid over the built-in template it
// extends, changes what is asked: a word of the team's answers a topic, a
// topic turned off is not asked, a new topic is.
func TestTemplateTuning(t *testing.T) {
	dir := t.TempDir()
	project := filepath.Join(dir, ".prfaq", "templates")
	if err := os.MkdirAll(project, 0o755); err != nil {
		t.Fatal(err)
	}
	tmpl := `name: bank-internal
version: "1.0"
description: Keyturn's template
extends: internal
review:
  customer:
    - id: leaving
      off: true
    - id: help
      words: [pages that rota]
    - id: audit
      question: What do I show the auditors?
      words: [audit trail]
  bar_raiser:
    - id: third-parties
      off: true
  known_words: [SRE]
`
	if err := os.WriteFile(filepath.Join(project, "bank-internal.yaml"), []byte(tmpl), 0o644); err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile("../../examples/keyturn.prfaq.yaml")
	if err != nil {
		t.Fatal(err)
	}
	doc := []byte(strings.Replace(string(src), "template: internal\n", "template: bank-internal\n", 1))
	if err := os.WriteFile(filepath.Join(dir, "keyturn.prfaq.yaml"), doc, 0o644); err != nil {
		t.Fatal(err)
	}
	cat := catalog.New(catalog.Folder{Path: project}, catalog.Folder{}, templates.FS)
	ws := workspace.New(workspace.Options{Dir: dir, Reader: store.Reader{}, Catalog: cat, Now: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)})
	e, err := ws.Load("keyturn.prfaq.yaml", workspace.LoadOptions{})
	if err != nil || e.Broken() {
		t.Fatalf("%v %v", err, e.Problem())
	}
	paras, err := workshop.Paragraphs(e.Doc, e.Template)
	if err != nil {
		t.Fatal(err)
	}
	rep := review.Customer(e.Doc, e.Template, paras)
	topics := rep.Unanswered()
	if slices.Contains(topics, "leaving") {
		t.Errorf("leaving is off, yet asked: %v", topics)
	}
	if !slices.Contains(topics, "audit") {
		t.Errorf("the template's own topic is not asked: %v", topics)
	}
	for _, a := range rep.Answered {
		if a.Topic == "help" && len(a.By) == 0 {
			t.Errorf("help has no answer: %+v", a)
		}
	}
	br := review.BarRaiser(e.Doc, e.Template)
	for _, a := range br.Areas {
		if a.Topic == "third-parties" {
			t.Errorf("third-parties is off, yet read: %+v", a)
		}
	}
}
