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

func TestVersionNeverEmpty(t *testing.T) {
	if Version() == "" {
		t.Error("Version() is empty")
	}
}
