package workspace

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// hookPatterns reads the files: pattern of each hook in the repository's
// .pre-commit-hooks.yaml, by hook id. pre-commit searches file names with
// Python's re; the patterns keep to what Go's regexp reads the same way.
func hookPatterns(t *testing.T) map[string]*regexp.Regexp {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", ".pre-commit-hooks.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	patterns := map[string]*regexp.Regexp{}
	id := ""
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "- id: "); ok {
			id = strings.TrimSpace(v)
		}
		if v, ok := strings.CutPrefix(line, "  files: "); ok {
			v = strings.TrimSpace(v)
			if strings.HasPrefix(v, "'") {
				v = strings.ReplaceAll(strings.Trim(v, "'"), "''", "'")
			}
			re, err := regexp.Compile(v)
			if err != nil {
				t.Fatalf("hook %s: files: %v", id, err)
			}
			patterns[id] = re
		}
	}
	return patterns
}

// The pre-commit hook must pass lint every staged file that is a PR/FAQ by
// its name, as a folder walk would read it, and no other: lint reads
// every file it is given, so a README passed to it would be a finding.
func TestPreCommitHookMatchesDocumentNames(t *testing.T) {
	hook := hookPatterns(t)["prfaq-lint"]
	if hook == nil {
		t.Fatal(".pre-commit-hooks.yaml has no prfaq-lint hook with a files: pattern")
	}
	names := []string{
		"tab-split.prfaq.yaml", "docs/tab-split.prfaq.yml",
		"launch.prfaq.md", "docs/launch.pr-faq.md", "launch-prfaq.md", "launch-pr-faq.md", "launch_prfaq.md",
		"Launch.PRFAQ.md", "launch.prfaq.markdown", "LAUNCH-PRFAQ.MD",
		"README.md", "notes.md", "prfaq.yaml", "tab.prfaq.yaml.bak", "launch.prfaq.md.orig",
		"template.yaml", ".prfaq-lint.yaml", "prfaq.md", "launchprfaq.md", "tab-split.prfaq.json",
	}
	for _, name := range names {
		want := IsDocumentName(name) || IsMarkdownName(name)
		if got := hook.MatchString(name); got != want {
			t.Errorf("hook matches %q: %v, lint reads it by its name: %v", name, got, want)
		}
	}
}

// The second hook lints the whole repository, so it must run whenever a
// file that could be a PR/FAQ (Markdown marked by front matter or by
// .prfaq-lint.yaml, YAML) is staged.
func TestPreCommitRepositoryHookRunsOnMarkdownAndYAML(t *testing.T) {
	hook := hookPatterns(t)["prfaq-lint-all"]
	if hook == nil {
		t.Fatal(".pre-commit-hooks.yaml has no prfaq-lint-all hook with a files: pattern")
	}
	for name, want := range map[string]bool{
		"docs/launch.md": true, "NOTES.MD": true, "a.markdown": true, "tab.prfaq.yaml": true,
		".prfaq-lint.yaml": true, "x.yml": true, "main.go": false, "image.png": false,
	} {
		if got := hook.MatchString(name); got != want {
			t.Errorf("prfaq-lint-all runs for %q: %v, want %v", name, got, want)
		}
	}
}
