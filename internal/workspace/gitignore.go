package workspace

import (
	"bufio"
	"github.com/prfaq/prfaq/internal/store"
	"io"
	"path"
	"path/filepath"
	"strings"
)

// gitignore holds the patterns of one .gitignore file. It covers what
// repositories use for generated and vendored files: globs, folder-only
// patterns (dir/), anchored patterns (/build), "**" and negation (!keep).
type gitignore struct {
	dir   string
	rules []ignoreRule
}

type ignoreRule struct {
	pattern  string
	negate   bool
	dirOnly  bool
	anchored bool
}

func readGitignore(dir string) *gitignore {
	f, err := store.OpenRegular(filepath.Join(dir, ".gitignore"))
	if err != nil {
		return nil
	}
	defer f.Close()
	return parseGitignore(dir, f)
}

// parseGitignore reads the patterns of a .gitignore in dir. A line too
// long to scan ends the patterns read.
func parseGitignore(dir string, r io.Reader) *gitignore {
	g := &gitignore{dir: dir}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), " \t\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		r := ignoreRule{}
		if strings.HasPrefix(line, "!") {
			r.negate, line = true, line[1:]
		}
		if strings.HasSuffix(line, "/") {
			r.dirOnly, line = true, strings.TrimSuffix(line, "/")
		}
		if strings.HasPrefix(line, "/") {
			r.anchored, line = true, line[1:]
		} else if strings.Contains(line, "/") && !strings.HasPrefix(line, "**/") {
			r.anchored = true
		}
		r.pattern = line
		g.rules = append(g.rules, r)
	}
	return g
}

// isIgnored asks every .gitignore from the top of the walk down to p's
// folder; later (deeper) files and later lines win, as in git.
func isIgnored(ignores map[string]*gitignore, p string, isDir bool) bool {
	ignored := false
	for dir := filepath.Dir(p); ; dir = filepath.Dir(dir) {
		g, ok := ignores[dir]
		if !ok {
			if filepath.Dir(dir) == dir {
				break
			}
			continue
		}
		if g != nil {
			rel, err := filepath.Rel(g.dir, p)
			if err == nil {
				if v, matched := g.match(filepath.ToSlash(rel), isDir); matched {
					return v
				}
			}
		}
		if filepath.Dir(dir) == dir {
			break
		}
	}
	return ignored
}

func (g *gitignore) match(rel string, isDir bool) (ignored, matched bool) {
	for i := len(g.rules) - 1; i >= 0; i-- {
		r := g.rules[i]
		if r.dirOnly && !isDir {
			continue
		}
		if r.matches(rel) {
			return !r.negate, true
		}
	}
	return false, false
}

func (r ignoreRule) matches(rel string) bool {
	pattern := strings.TrimPrefix(r.pattern, "**/")
	if r.anchored {
		ok, _ := path.Match(pattern, rel)
		return ok
	}
	// Unanchored: the pattern may match the name or any trailing path.
	parts := strings.Split(rel, "/")
	for i := range parts {
		if ok, _ := path.Match(pattern, strings.Join(parts[i:], "/")); ok {
			return true
		}
	}
	return false
}
