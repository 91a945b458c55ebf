package workspace

import (
	"path/filepath"
	"testing"
)

func TestDeclares(t *testing.T) {
	for head, want := range map[string]bool{
		"---\nprfaq: 1\n---\n# X":                 true,
		"---\ntitle: x\ntype: PR/FAQ\n---\n":      true,
		"---\nkind: \"working-backwards\"\n":      true,
		"---\ntitle: x\n---\nprfaq: 1\n":          false, // after the front matter
		"# Notes\nprfaq: 1\n":                     false, // no front matter
		"---\n  prfaq: 1\n---\n":                  false, // indented: not a top-level key
		"---\ntype: blog\n---\n":                  false,
		"":                                        false,
		"\uFEFF---\r\nprfaq: 1\r\n---\r\n# X\r\n": true,
	} {
		if got := Declares([]byte(head)); got != want {
			t.Errorf("Declares(%q) = %v, want %v", head, got, want)
		}
	}
	for name, want := range map[string]bool{
		"a.prfaq.md": true, "a.pr-faq.md": true, "a-prfaq.md": true, "A_PRFAQ.MD": true,
		"a.prfaq.markdown": true, "prfaq.md": false, "a.md": false, "a.prfaq.yaml": false,
	} {
		if got := IsMarkdownName(name); got != want {
			t.Errorf("IsMarkdownName(%q) = %v, want %v", name, got, want)
		}
	}
}

func FuzzDeclares(f *testing.F) {
	f.Add([]byte("---\nprfaq: 1\n---\n"))
	f.Add([]byte("---\ntype: 'pr-faq'\n...\n"))
	f.Fuzz(func(t *testing.T, head []byte) {
		Declares(head)
	})
}

func TestOutputBase(t *testing.T) {
	for _, tc := range []struct{ path, want string }{
		{"tab-split.prfaq.yaml", "tab-split"},
		{"docs/tab-split.prfaq.yml", "docs/tab-split"},
		{"docs/tab-split.yaml", "docs/tab-split"},
		{"docs/tab-split.prfaq.md", "docs/tab-split"},
		{"docs/Tab-Split.PRFAQ.MD", "docs/Tab-Split"},
		{"tab-split.pr-faq.md", "tab-split"},
		{"tab-split-prfaq.markdown", "tab-split"},
		{"tab_prfaq.md", "tab"},
		{"launch.md", "launch"},
		{"docs/.prfaq.md", "docs/.prfaq"},
	} {
		if got := OutputBase(filepath.FromSlash(tc.path)); got != filepath.FromSlash(tc.want) {
			t.Errorf("OutputBase(%q) = %q, want %q", tc.path, got, tc.want)
		}
	}
}
