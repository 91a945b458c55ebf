package store_test

import (
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/prfaq/prfaq/internal/prreport"
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

// The pull request report workflows of docs/ci.md (with the action and
// without) ask for no more than they need; the one without the action
// fetches the base branch, keeps the branch name out of the script, and
// finds its comment by the marker prfaq report writes.
func TestDocsReportWorkflow(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "docs", "ci.md"))
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	for _, m := range regexp.MustCompile("(?s)```yaml\n(.*?)```").FindAllStringSubmatch(string(data), -1) {
		var wf struct {
			On   any `yaml:"on"`
			Jobs map[string]struct {
				Permissions map[string]string `yaml:"permissions"`
				Steps       []actionStep      `yaml:"steps"`
			} `yaml:"jobs"`
		}
		if err := yaml.Unmarshal([]byte(m[1]), &wf); err != nil || !strings.Contains(m[1], "prfaq report") && !strings.Contains(m[1], "mode: report") || wf.Jobs == nil {
			continue
		}
		found++
		withAction := strings.Contains(m[1], "mode: report")
		if wf.On != "pull_request" {
			t.Errorf("the report workflow runs on %v, want pull_request", wf.On)
		}
		for name, job := range wf.Jobs {
			if want := map[string]string{"contents": "read", "pull-requests": "write"}; !maps.Equal(job.Permissions, want) {
				t.Errorf("job %s asks for %v, want %v", name, job.Permissions, want)
			}
			var script strings.Builder
			for _, s := range job.Steps {
				if !withAction && strings.HasPrefix(s.Uses, "actions/checkout") && s.With["fetch-depth"] != "0" {
					t.Errorf("the checkout fetches depth %q: the base branch is missing for --base", s.With["fetch-depth"])
				}
				if strings.Contains(s.Run, "${{") {
					t.Errorf("step %q puts an expression into its script; pass it through env", s.Name)
				}
				script.WriteString(s.Run + "\n")
			}
			if withAction {
				continue // the action fetches the base and posts the comment
			}
			if !strings.Contains(script.String(), `startswith("`+prreport.Marker+`")`) {
				t.Errorf("the comment step does not look for the marker %s", prreport.Marker)
			}
			if out, err := exec.Command("bash", "-n", "-c", script.String()).CombinedOutput(); err != nil {
				t.Errorf("the workflow's scripts are not valid bash: %s", out)
			}
		}
	}
	if found != 2 {
		t.Errorf("docs/ci.md shows %d workflows that report on pull requests, want 2: with the action and without", found)
	}
}
