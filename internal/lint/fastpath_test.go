package lint

// Tests that the shortcuts lint takes for speed give what they stand for.

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/store"
	"github.com/prfaq/prfaq/internal/textstat"
)

// docValue must agree with Document.Get, which it stands in for.
func TestDocValueMatchesGet(t *testing.T) {
	data, err := os.ReadFile("../../examples/prfaq.prfaq.yaml")
	if err != nil {
		t.Fatal(err)
	}
	doc, _, err := store.DecodeDocument("prfaq.prfaq.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	doc.Sections = map[string]string{"risks": "text"}
	paths := prfaq.FieldPaths()
	for _, p := range prfaq.FieldPaths() {
		paths = append(paths, strings.TrimSuffix(p, ".<id>"))
	}
	paths = append(paths, "", "nope", "customer", "customer.nope", "press_release.dateline", "sections.risks", "sections.none", "sections.", "faq.external.id", "title.x")
	for _, p := range paths {
		want, wantErr := doc.Get(p)
		got, gotErr := docValue(doc, p)
		if !reflect.DeepEqual(got, want) || (gotErr == nil) != (wantErr == nil) || gotErr != nil && gotErr.Error() != wantErr.Error() {
			t.Errorf("%q: docValue = %#v, %v; Get = %#v, %v", p, got, gotErr, want, wantErr)
		}
	}
}

// definitions(f) must be textstat.Definitions(f.prose).
func TestDefinitionsMatchesTextstat(t *testing.T) {
	texts := []string{
		"", "Continuous integration (CI) runs on every change. CI again, and CI (continuous integration).",
		"Secure Shell (SSH), a service-level agreement (SLA) and the SLA; JavaScript Object Notation (JSON) (JSON).",
	}
	files, _ := filepath.Glob("../../examples/*.prfaq.yaml")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
		texts = append(texts, strings.Split(string(data), "\n\n")...)
	}
	for _, s := range texts {
		a := textstat.Analyze(s)
		got := definitions(&field{prose: a.Prose, words: a.Words})
		want := textstat.Definitions(a.Prose)
		if !slices.Equal(got, want) {
			t.Errorf("definitions = %q, textstat.Definitions = %q for %.60q", got, want, s)
		}
	}
}
