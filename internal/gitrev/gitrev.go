// Package gitrev reads files as they were at a git revision, through the
// git program, without touching the working tree or the index: prfaq
// report compares the PR/FAQs of a pull request with its base.
package gitrev

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
)

// ErrNoGit is returned when no git program is on the PATH.
var ErrNoGit = errors.New("git is not installed or not on the PATH")

// ErrNotRepository is returned for a folder outside any git repository.
var ErrNotRepository = errors.New("not inside a git repository")

// BadRevisionError is a revision git cannot resolve to a commit.
type BadRevisionError struct{ Rev string }

func (e *BadRevisionError) Error() string {
	return fmt.Sprintf("%q is not a commit in this repository", e.Rev)
}

// Repo runs git in one folder of a working tree; paths are relative to
// that folder, as the user typed them.
type Repo struct {
	dir string
	git string
}

// Open finds git on pathList (the PATH variable's value) and checks
// that dir is inside a repository's working tree. The caller passes the
// PATH so that a command run in-process finds what its environment
// names, not what the process started with.
func Open(dir, pathList string) (*Repo, error) {
	git := findGit(pathList)
	if git == "" {
		return nil, ErrNoGit
	}
	r := &Repo{dir: dir, git: git}
	out, err := r.run("rev-parse", "--is-inside-work-tree")
	if err != nil || strings.TrimSpace(string(out)) != "true" {
		return nil, ErrNotRepository
	}
	return r, nil
}

// Resolve returns the commit a revision names (a branch, a tag,
// origin/main, a hash).
func (r *Repo) Resolve(rev string) (string, error) {
	if rev == "" || strings.HasPrefix(rev, "-") {
		return "", &BadRevisionError{Rev: rev}
	}
	out, err := r.run("rev-parse", "--verify", "--quiet", "--end-of-options", rev+"^{commit}")
	if err != nil {
		return "", &BadRevisionError{Rev: rev}
	}
	return strings.TrimSpace(string(out)), nil
}

// Files lists the files under paths at commit, relative to the Repo's
// folder.
func (r *Repo) Files(commit string, paths []string) ([]string, error) {
	args := append([]string{"ls-tree", "-r", "-z", "--name-only", commit, "--"}, paths...)
	out, err := r.run(args...)
	if err != nil {
		return nil, err
	}
	var files []string
	for _, f := range strings.Split(string(out), "\x00") {
		if f != "" {
			files = append(files, f)
		}
	}
	return files, nil
}

// Show returns a file's content at commit; path is relative to the
// Repo's folder.
func (r *Repo) Show(commit, path string) ([]byte, error) {
	return r.run("show", commit+":./"+path)
}

func findGit(pathList string) string {
	name := "git"
	if runtime.GOOS == "windows" {
		name = "git.exe"
	}
	for _, dir := range filepath.SplitList(pathList) {
		if dir == "" {
			continue
		}
		p := filepath.Join(dir, name)
		if info, err := os.Stat(p); err == nil && !info.IsDir() && (runtime.GOOS == "windows" || info.Mode()&0o111 != 0) {
			return p
		}
	}
	return ""
}

func (r *Repo) run(args ...string) ([]byte, error) {
	cmd := exec.Command(r.git, args...)
	cmd.Dir = r.dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if i := strings.IndexByte(msg, '\n'); i >= 0 {
			msg = msg[:i]
		}
		return nil, fmt.Errorf("git %s: %s", args[0], msg)
	}
	return out, nil
}
