package workspace

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestGitignore(t *testing.T) {
	g := parseGitignore("/repo", strings.NewReader("# generated\n\n*.html\nbuild/\n/site\ndocs/*.draft.md\n**/tmp\n!keep.html\nlogs \t\r\n"))
	ignores := map[string]*gitignore{"/repo": g}
	for _, c := range []struct {
		path  string
		dir   bool
		want  bool
		cause string
	}{
		{"/repo/a.html", false, true, "a glob matches a name anywhere"},
		{"/repo/x/y/a.html", false, true, "and in a sub-folder"},
		{"/repo/keep.html", false, false, "a later negation wins"},
		{"/repo/build", true, true, "a folder-only pattern, a folder"},
		{"/repo/build", false, false, "a folder-only pattern, a file"},
		{"/repo/site", true, true, "an anchored pattern at the top"},
		{"/repo/x/site", true, false, "an anchored pattern below the top"},
		{"/repo/docs/a.draft.md", false, true, "a pattern with a slash is anchored"},
		{"/repo/x/docs/a.draft.md", false, false, "and does not match below"},
		{"/repo/a/b/tmp", true, true, "**/ matches at any depth"},
		{"/repo/logs", false, true, "trailing blanks are trimmed"},
		{"/repo/a.prfaq.yaml", false, false, "nothing matches"},
	} {
		if got := isIgnored(ignores, filepath.FromSlash(c.path), c.dir); got != c.want {
			t.Errorf("%s (%s): ignored %v, want %v", c.path, c.cause, got, c.want)
		}
	}
}

// Whatever a .gitignore holds and whatever path is asked, matching ends
// without a panic.
func FuzzGitignore(f *testing.F) {
	f.Add("*.html\n!keep.html\nbuild/\n", "x/keep.html", false)
	f.Add("/a/**/b\n[\n\\!x\n", "a/c/b", true)
	f.Add("**/\n!\n/\n", "", true)
	f.Fuzz(func(t *testing.T, patterns, rel string, dir bool) {
		g := parseGitignore("/repo", strings.NewReader(patterns))
		isIgnored(map[string]*gitignore{"/repo": g}, filepath.Join("/repo", rel), dir)
	})
}
