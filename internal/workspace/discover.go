package workspace

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/prfaq/prfaq/internal/source"
)

// NotFoundError is a path the user named that does not exist.
type NotFoundError struct{ Path string }

func (e *NotFoundError) Error() string { return e.Path + ": no such file or folder" }

// Find expands paths into the documents to read, as the user named them
// (files as given, folders walked), each once, in the order given.
func (w *Workspace) Find(paths []string) ([]string, error) {
	var files []string
	seen := map[string]bool{}
	add := func(f string) {
		if !seen[f] {
			seen[f] = true
			files = append(files, f)
		}
	}
	for _, p := range paths {
		info, err := os.Stat(w.Path(p))
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil, &NotFoundError{Path: p}
			}
			return nil, fmt.Errorf("%s: %w", p, errors.Unwrap(err))
		}
		if !info.IsDir() {
			add(p)
			continue
		}
		found, err := w.Walk(p)
		if err != nil {
			return nil, err
		}
		for _, f := range found {
			add(f)
		}
	}
	return files, nil
}

// Walk finds the PR/FAQ documents under a folder, named from root as the
// user typed it, sorted. It skips what a repository does not hold as its
// own: .git, node_modules, vendor, history snapshots, and what .gitignore
// files ignore. A file is a document by its name (NAME.prfaq.yaml,
// NAME.prfaq.md and the like), by front matter that declares a PR/FAQ, or
// by the files: patterns of the configuration in force in its folder.
func (w *Workspace) Walk(root string) ([]string, error) {
	var out []string
	top := w.Path(root)
	ignores := map[string]*gitignore{}
	err := filepath.WalkDir(top, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if d != nil && d.IsDir() && p != top {
				return fs.SkipDir // unreadable folder: nothing to read there
			}
			return err
		}
		rel, _ := filepath.Rel(top, p)
		display := filepath.Join(root, rel)
		if root == "." {
			display = rel
		}
		name := d.Name()
		if d.IsDir() {
			if p != top && (name == ".git" || name == "node_modules" || name == "vendor" || strings.HasSuffix(name, ".history") || isIgnored(ignores, p, true)) {
				return fs.SkipDir
			}
			ignores[p] = readGitignore(p)
			return nil
		}
		if isIgnored(ignores, p, false) {
			return nil
		}
		match := IsDocumentName(name) || IsMarkdownName(name)
		if !match && FormatOf(name) == source.Markdown {
			match = declaresPRFAQ(p)
		}
		if !match {
			// More patterns from the configuration in force here.
			cfg, err := w.Config(filepath.Dir(p))
			if err != nil {
				return err
			}
			for _, pattern := range cfg.Files {
				if ok, _ := filepath.Match(pattern, name); ok {
					match = true
					break
				}
			}
		}
		if match {
			out = append(out, display)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", root, err)
	}
	sort.Strings(out)
	return out, nil
}

// declaresPRFAQ reads the top of a Markdown file for front matter that
// declares a PR/FAQ; the first few kilobytes hold any front matter.
func declaresPRFAQ(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 4096)
	n, _ := io.ReadFull(f, head)
	return Declares(head[:n])
}
