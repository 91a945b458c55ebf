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

	"github.com/prfaq/prfaq/internal/mddoc"
	"github.com/prfaq/prfaq/internal/source"
	"github.com/prfaq/prfaq/internal/store"
)

// NotFoundError is a path the user named that does not exist.
type NotFoundError struct{ Path string }

func (e *NotFoundError) Error() string { return e.Path + ": no such file or folder" }

// Find expands paths into the documents to read, as the user named them
// (files as given, folders walked), each once, in the order given.
func (w *Workspace) Find(paths []string) ([]string, error) {
	found, err := w.FindAll(paths)
	return found.Files, err
}

// Found is what a search for documents found: the documents, and per
// folder named the Markdown files left out because nothing says they
// are PR/FAQs (their name, front matter, or the files: patterns).
type Found struct {
	Files  []string
	Unread []UnreadMarkdown
}

// UnreadMarkdown is the Markdown under a folder the user named that was
// not read.
type UnreadMarkdown struct {
	Folder string
	Files  []string // as the user would name them, sorted
}

// FindAll is Find, with the Markdown files left out under each folder.
func (w *Workspace) FindAll(paths []string) (Found, error) {
	var found Found
	seen := map[string]bool{}
	add := func(f string) {
		if !seen[f] {
			seen[f] = true
			found.Files = append(found.Files, f)
		}
	}
	for _, p := range paths {
		info, err := os.Stat(w.Path(p))
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				if link, lerr := os.Lstat(w.Path(p)); lerr == nil && link.Mode()&fs.ModeSymlink != 0 {
					// A link to nothing: the name is there, so it is
					// that file's problem, reported when it is read.
					add(p)
					continue
				}
				return found, &NotFoundError{Path: p}
			}
			return found, fmt.Errorf("%s: %w", p, errors.Unwrap(err))
		}
		if !info.IsDir() {
			add(p)
			continue
		}
		files, unread, err := w.walk(p)
		if err != nil {
			return found, err
		}
		for _, f := range files {
			add(f)
		}
		if len(unread) > 0 {
			found.Unread = append(found.Unread, UnreadMarkdown{Folder: p, Files: unread})
		}
	}
	return found, nil
}

// Walk finds the PR/FAQ documents under a folder, named from root as the
// user typed it, sorted. It skips what a repository does not hold as its
// own: .git, node_modules, vendor, history snapshots, and what .gitignore
// files ignore. A file is a document by its name (NAME.prfaq.yaml,
// NAME.prfaq.md and the like), by front matter that declares a PR/FAQ, or
// by the files: patterns of the configuration in force in its folder.
func (w *Workspace) Walk(root string) ([]string, error) {
	files, _, err := w.walk(root)
	return files, err
}

// walk is Walk, with the Markdown files it left out.
func (w *Workspace) walk(root string) (out, unread []string, err error) {
	top := w.Path(root)
	ignores := map[string]*gitignore{}
	err = filepath.WalkDir(top, func(p string, d fs.DirEntry, err error) error {
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
		generated := false
		if !match && FormatOf(name) == source.Markdown {
			head := readHead(p)
			match = Declares(head)
			// prfaq's own output (render's NAME.md beside NAME.prfaq.yaml) is
			// neither a document nor Markdown left unread.
			generated = mddoc.IsGenerated(head)
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
		switch {
		case match:
			out = append(out, display)
		case FormatOf(name) == source.Markdown && !repositoryFile(name) && !generated:
			unread = append(unread, display)
		}
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", root, err)
	}
	sort.Strings(out)
	sort.Strings(unread)
	return out, unread, nil
}

// readHead reads the top of a Markdown file: the first few kilobytes hold
// any front matter, and the note prfaq writes at the top of its outputs.
func readHead(path string) []byte {
	// Only a regular file: a FIFO named notes.md would block the walk.
	f, err := store.OpenRegular(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	head := make([]byte, 4096)
	n, _ := io.ReadFull(f, head)
	return head[:n]
}

// repositoryFile: a Markdown file every repository has, which nobody
// takes for a PR/FAQ: README.md, CHANGELOG.md.
func repositoryFile(name string) bool {
	base := strings.ToUpper(strings.TrimSuffix(name, filepath.Ext(name)))
	switch base {
	case "README", "CHANGELOG", "CHANGES", "CONTRIBUTING", "LICENSE", "CODE_OF_CONDUCT", "SECURITY", "SUPPORT", "AUTHORS", "NOTICE", "HISTORY":
		return true
	}
	return false
}
