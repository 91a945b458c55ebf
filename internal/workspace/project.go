package workspace

import (
	"os"
	"path/filepath"
)

// ProjectTemplateDir is where a project keeps its own templates.
const ProjectTemplateDir = ".prfaq/templates"

// NeedsFile is where a team keeps its evergreen customer needs.
const NeedsFile = ".prfaq/needs.yaml"

// FindProject finds rel (a file or folder of the project's .prfaq folder)
// in dir or the nearest folder above it, as git finds .git, so commands
// work from any folder of a project. The search stops at the top of a
// git checkout, so a checkout never picks up another project's files
// from a folder above it.
func FindProject(dir, rel string) (string, bool) {
	for {
		candidate := filepath.Join(dir, rel)
		if _, err := os.Stat(candidate); err == nil {
			return candidate, true
		}
		if _, err := os.Stat(filepath.Join(dir, ".git")); err == nil {
			return "", false
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}
