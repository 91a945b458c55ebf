package cli

import (
	"testing"

	"github.com/prfaq/prfaq/internal/store"
)

func TestBaseName(t *testing.T) {
	tests := []struct{ src, want string }{
		{"tab-split.prfaq.yaml", "tab-split"},
		{"docs/tab-split.prfaq.yml", "tab-split"},
		{"plain.yaml", "plain"},
		{"plain.yml", "plain"},
		{".prfaq.yaml", ".prfaq"},
		{"notes", "notes"},
		{"a.b.prfaq.yaml", "a.b"},
	}
	for _, tt := range tests {
		if got := store.BaseName(tt.src); got != tt.want {
			t.Errorf("BaseName(%q) = %q, want %q", tt.src, got, tt.want)
		}
	}
}

func TestSplitRef(t *testing.T) {
	tests := []struct {
		ref, file, version string
		ok                 bool
	}{
		{"tab.prfaq.yaml@1.2", "tab.prfaq.yaml", "1.2", true},
		{"a@b/tab.prfaq.yaml@1.0", "a@b/tab.prfaq.yaml", "1.0", true},
		{"tab.prfaq.yaml", "tab.prfaq.yaml", "", false},
		{"tab.prfaq.yaml@", "tab.prfaq.yaml@", "", false},
		{"@1.0", "@1.0", "", false},
	}
	for _, tt := range tests {
		file, version, ok := splitRef(tt.ref)
		if file != tt.file || version != tt.version || ok != tt.ok {
			t.Errorf("splitRef(%q) = %q, %q, %v", tt.ref, file, version, ok)
		}
	}
}

func FuzzSplitRef(f *testing.F) {
	f.Add("tab.prfaq.yaml@1.2")
	f.Add("@@")
	f.Fuzz(func(t *testing.T, ref string) {
		file, version, ok := splitRef(ref)
		if ok && file+"@"+version != ref {
			t.Fatalf("splitRef(%q) loses text: %q @ %q", ref, file, version)
		}
	})
}
