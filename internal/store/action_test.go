package store_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// The repository's GitHub Action (action.yml) and the workflows docs/ci.md
// shows are read here, where YAML is, as a runner would read them.

type actionStep struct {
	ID   string            `yaml:"id"`
	Name string            `yaml:"name"`
	Uses string            `yaml:"uses"`
	If   string            `yaml:"if"`
	Run  string            `yaml:"run"`
	With map[string]string `yaml:"with"`
	Env  map[string]string `yaml:"env"`

	ContinueOnError any `yaml:"continue-on-error"`
}

type action struct {
	Inputs map[string]struct {
		Default *string `yaml:"default"`
	} `yaml:"inputs"`
	Runs struct {
		Using string       `yaml:"using"`
		Steps []actionStep `yaml:"steps"`
	} `yaml:"runs"`
}

func readAction(t *testing.T) action {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "action.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var a action
	if err := yaml.Unmarshal(data, &a); err != nil {
		t.Fatalf("action.yml: %v", err)
	}
	return a
}

func (a action) step(t *testing.T, name string) actionStep {
	t.Helper()
	for _, s := range a.Runs.Steps {
		if s.Name == name {
			return s
		}
	}
	t.Fatalf("action.yml has no step %q", name)
	return actionStep{}
}

// A workflow that pins the action (uses: prfaq/prfaq@v1.2.0) must get
// prfaq v1.2.0, not whatever is latest, and a run must not compile prfaq
// again when the same version was built before.
func TestActionInstallsItsOwnVersionFromACache(t *testing.T) {
	a := readAction(t)
	if d := a.Inputs["version"].Default; d == nil || *d != "" {
		t.Errorf("input version does not default to empty (the action's own ref)")
	}
	choose := a.step(t, "Choose the prfaq version")
	if got := choose.Env["PRFAQ_ACTION_REF"]; got != "${{ github.action_ref }}" {
		t.Errorf("the version step takes the action's ref from %q, want ${{ github.action_ref }} through env (run cannot read it in a composite action)", got)
	}
	for _, s := range a.Runs.Steps {
		if strings.Contains(s.Run, "@latest") || strings.Contains(s.Run, "${{") {
			t.Errorf("step %q: run holds @latest or an expression:\n%s", s.Name, s.Run)
		}
	}
	var cache *actionStep
	for i, s := range a.Runs.Steps {
		if strings.HasPrefix(s.Uses, "actions/cache@") {
			cache = &a.Runs.Steps[i]
		}
	}
	if cache == nil {
		t.Fatal("action.yml caches nothing: every run compiles prfaq")
	}
	for _, part := range []string{"steps.version.outputs.version", "runner.os", "runner.arch"} {
		if !strings.Contains(cache.With["key"], part) {
			t.Errorf("cache key %q leaves out %s", cache.With["key"], part)
		}
	}
	if cache.With["path"] != "${{ steps.version.outputs.bin }}" {
		t.Errorf("cache path %q is not where prfaq is installed", cache.With["path"])
	}
}

// mode: report posts one comment on the pull request, and on the next
// push updates the comment it finds by the marker instead of adding
// another. The step runs with bash against fake prfaq, git and gh.
func TestActionReportPostsOrUpdatesOneComment(t *testing.T) {
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash")
	}
	a := readAction(t)
	report := a.step(t, "Report on the pull request")
	if report.If != "inputs.mode == 'report'" || a.step(t, "Lint").If != "inputs.mode != 'report'" {
		t.Errorf("the steps do not run by mode: report if %q, lint if %q", report.If, a.step(t, "Lint").If)
	}
	if report.Env["GH_TOKEN"] != "${{ inputs.token }}" || report.Env["PRFAQ_BASE_REF"] != "${{ github.base_ref }}" {
		t.Errorf("the report step's env: %v", report.Env)
	}
	for _, tt := range []struct {
		name     string
		existing string // id of a comment with the marker, or ""
		want     string
	}{
		{"first push posts", "", "api --method POST repos/o/r/issues/7/comments -F body=@"},
		{"next push updates", "42", "api --method PATCH repos/o/r/issues/comments/42 -F body=@"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			bin := filepath.Join(dir, "bin")
			calls := filepath.Join(dir, "calls")
			if err := os.MkdirAll(bin, 0o755); err != nil {
				t.Fatal(err)
			}
			fakes := map[string]string{
				"prfaq": `echo "prfaq $*" >> "` + calls + `"; printf '<!-- prfaq-report -->\n## PR/FAQ changes\n'`,
				// The base branch is missing, as after a shallow checkout.
				"git": `echo "git $*" >> "` + calls + `"; case "$1" in rev-parse) exit 1 ;; esac`,
				"gh": `echo "gh $*" >> "` + calls + `"
case "$*" in *--paginate*) [ -n "$EXISTING" ] && echo "$EXISTING" ;; esac; exit 0`,
			}
			for name, body := range fakes {
				if err := os.WriteFile(filepath.Join(bin, name), []byte("#!/bin/sh\n"+body+"\n"), 0o755); err != nil {
					t.Fatal(err)
				}
			}
			cmd := exec.Command(bash, "-e", "-c", report.Run)
			cmd.Dir = dir
			cmd.Env = []string{
				"PATH=" + bin + ":/usr/bin:/bin",
				"HOME=" + dir,
				"RUNNER_TEMP=" + dir,
				"GITHUB_STEP_SUMMARY=" + filepath.Join(dir, "summary"),
				"GITHUB_REPOSITORY=o/r",
				// The runner sets every env entry of the step, empty ones too.
				"PRFAQ_BASE=",
				"PRFAQ_OUTPUT=",
				"PRFAQ_PATHS=docs",
				"PRFAQ_BASE_REF=main",
				"PRFAQ_PR=7",
				"EXISTING=" + tt.existing,
			}
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("the report step failed: %v\n%s", err, out)
			}
			data, _ := os.ReadFile(calls)
			got := string(data)
			for _, want := range []string{
				"git fetch --no-tags --depth=1 origin +refs/heads/main:refs/remotes/origin/main",
				"prfaq report --base origin/main docs",
				tt.want + filepath.Join(dir, "prfaq-report.md"),
			} {
				if !strings.Contains(got, want) {
					t.Errorf("no %q among the calls:\n%s", want, got)
				}
			}
			if strings.Count(got, "--method") != 1 {
				t.Errorf("want one comment posted or updated, got:\n%s", got)
			}
			summary, _ := os.ReadFile(filepath.Join(dir, "summary"))
			if !strings.HasPrefix(string(summary), "<!-- prfaq-report -->") {
				t.Errorf("the step summary is %q", summary)
			}
		})
	}
}
