package lint

// Tests that the shortcuts lint takes for speed give what they stand for.

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/prfaq/prfaq/internal/textstat"
)

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
