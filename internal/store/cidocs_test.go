package store_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// docsWorkflowSteps reads the steps of every YAML block of docs/ci.md that
// holds a job, in order.
func docsWorkflowSteps(t *testing.T) [][]actionStep {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "docs", "ci.md"))
	if err != nil {
		t.Fatal(err)
	}
	var jobs [][]actionStep
	for _, m := range regexp.MustCompile("(?s)```yaml\n(.*?)```").FindAllStringSubmatch(string(data), -1) {
		var wf struct {
			Jobs map[string]struct {
				Steps []actionStep `yaml:"steps"`
			} `yaml:"jobs"`
		}
		if err := yaml.Unmarshal([]byte(m[1]), &wf); err != nil {
			continue // a fragment (a list of steps, a pre-commit entry)
		}
		for _, j := range wf.Jobs {
			jobs = append(jobs, j.Steps)
		}
	}
	return jobs
}

// The SARIF workflow of docs/ci.md must fail the job on findings, and
// still upload them: no continue-on-error on lint, if: always() on the
// upload.
func TestDocumentedSARIFWorkflowFailsOnFindings(t *testing.T) {
	found := false
	for _, steps := range docsWorkflowSteps(t) {
		lint := -1
		for i, s := range steps {
			if strings.HasPrefix(s.Uses, "prfaq/prfaq@") || strings.Contains(s.Run, "prfaq lint") {
				lint = i
				if s.ContinueOnError != nil {
					t.Errorf("docs/ci.md: step %q has continue-on-error: %v, so the job passes with findings", s.Uses+s.Run, s.ContinueOnError)
				}
			}
			if strings.HasPrefix(s.Uses, "github/codeql-action/upload-sarif@") {
				found = true
				if lint < 0 || lint > i {
					t.Errorf("docs/ci.md: the SARIF upload comes before the lint step")
				}
				if s.If != "always()" {
					t.Errorf("docs/ci.md: the SARIF upload has if: %q, want always(), so a failing lint still uploads its report", s.If)
				}
			}
		}
	}
	if !found {
		t.Error("docs/ci.md shows no workflow that uploads SARIF")
	}
}
