package store

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestReplaceFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "x.prfaq.yaml")
	os.WriteFile(path, []byte("read\n"), 0o644)

	if err := ReplaceFile(path, []byte("read\n"), []byte("edited\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(path); string(data) != "edited\n" {
		t.Errorf("not replaced: %q", data)
	}

	// Saved by another program since it was read: left as it is.
	var ce *ChangedError
	err := ReplaceFile(path, []byte("read\n"), []byte("stale edit\n"), 0o644)
	if !errors.As(err, &ce) {
		t.Errorf("ReplaceFile over a changed file = %v", err)
	}
	if data, _ := os.ReadFile(path); string(data) != "edited\n" {
		t.Errorf("a changed file was replaced: %q", data)
	}
	assertNoTemps(t, dir)
}

// A save that lands after the check, between the moment prfaq looks at
// the file and the moment it puts its own in place, is put back.
func TestSwapIfUnchangedPutsALateSaveBack(t *testing.T) {
	for name, swap := range map[string]func(tmp, path string) error{
		"exchange": func(tmp, path string) error {
			was, _ := os.Lstat(path)
			save(t, path, "their save\n")
			return swapIfUnchanged(tmp, path, was)
		},
		"check then rename": func(tmp, path string) error {
			was, _ := os.Lstat(path)
			save(t, path, "their save\n")
			return checkThenRename(tmp, path, was)
		},
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "x.prfaq.yaml")
			os.WriteFile(path, []byte("read\n"), 0o644)
			tmp, err := writeTemp(path, []byte("ours\n"), 0o644)
			if err != nil {
				t.Fatal(err)
			}
			defer os.Remove(tmp)
			var ce *ChangedError
			if err := swap(tmp, path); !errors.As(err, &ce) {
				t.Errorf("= %v, want a ChangedError", err)
			}
			if data, _ := os.ReadFile(path); string(data) != "their save\n" {
				t.Errorf("the late save was lost: the file holds %q", data)
			}
		})
	}
}

// save replaces path as editors do: a new file renamed over it.
func save(t *testing.T, path, text string) {
	t.Helper()
	tmp := path + ".editor"
	if err := os.WriteFile(tmp, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
}

func assertNoTemps(t *testing.T, dir string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.Name() != "x.prfaq.yaml" {
			t.Errorf("left behind: %s", e.Name())
		}
	}
}
