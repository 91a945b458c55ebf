package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestWriteFileReplacesAtomically(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.md")
	if err := os.WriteFile(p, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(p, []byte("new"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(p)
	if string(got) != "new" {
		t.Errorf("content %q", got)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}

func TestWriteFileFailureKeepsOld(t *testing.T) {
	dir := t.TempDir()
	// A folder in place of the target makes the rename fail.
	p := filepath.Join(dir, "a.md")
	if err := os.Mkdir(p, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(p, []byte("new"), 0o644); err == nil {
		t.Fatal("writing over a folder should fail")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
	if err := WriteFile(filepath.Join(dir, "missing", "a.md"), nil, 0o644); err == nil {
		t.Error("writing into a missing folder should fail")
	}
}

func TestWriteFileNewNeverReplaces(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "t.yaml")
	var wg sync.WaitGroup
	errs := make([]error, 8)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = WriteFileNew(p, []byte{byte('a' + i)}, 0o644)
		}()
	}
	wg.Wait()
	wins := 0
	for _, err := range errs {
		switch {
		case err == nil:
			wins++
		case !errors.Is(err, fs.ErrExist):
			t.Errorf("unexpected error: %v", err)
		}
	}
	if wins != 1 {
		t.Errorf("%d writers won, want exactly 1", wins)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}

func TestReadFileProblems(t *testing.T) {
	dir := t.TempDir()
	sized := func(name string, size int64) string {
		p := filepath.Join(dir, name)
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := f.Truncate(size); err != nil {
			t.Fatal(err)
		}
		f.Close()
		return p
	}
	justOver := sized("over.prfaq.yaml", DefaultMaxFileSize+1)
	huge := sized("huge.prfaq.yaml", 50<<20)
	small := sized("small.prfaq.yaml", 2048)
	raised := Reader{MaxFileSize: 60 << 20}
	lowered := Reader{MaxFileSize: 1 << 10, LimitSetting: "LIMIT=20MB"}
	tests := []struct {
		r          Reader
		path, want string
	}{
		{Reader{}, filepath.Join(dir, "none.prfaq.yaml"), "x: no such file"},
		{Reader{}, dir, "x: is a folder, not a file"},
		{Reader{}, justOver, "x: file is 5242881 bytes, more than the 5 MB (5242880-byte) limit: a PR/FAQ, template or workshop file is a few pages, tens of kilobytes"},
		{Reader{}, huge, "x: file is 50 MB, more than the 5 MB limit"},
		{raised, huge, ""},
		{lowered, small, "x: file is 2 KB, more than the 1 KB limit: a PR/FAQ, template or workshop file is a few pages, tens of kilobytes; if this file really is one, raise the limit with LIMIT=20MB"},
		{Reader{}, small, ""},
		// A file of exactly the limit is within it.
		{Reader{MaxFileSize: 2048}, small, ""},
		{Reader{MaxFileSize: 2047}, small, "x: file is 2048 bytes, more than the 2 KB (2047-byte) limit"},
	}
	for _, tt := range tests {
		_, err := tt.r.ReadFile(tt.path, "x")
		if tt.want == "" {
			if err != nil {
				t.Errorf("%+v.ReadFile(%s): %v", tt.r, tt.path, err)
			}
			continue
		}
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%+v.ReadFile(%s) = %v, want %q...", tt.r, tt.path, err, tt.want)
		}
	}
	if _, err := (Reader{}).ReadFile(filepath.Join(dir, "none"), "x"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a missing file's problem must say so to errors.Is: %v", err)
	}
}

func TestWriteFiles(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "x.md"), filepath.Join(dir, "x.html")
	for _, p := range []string{a, b} {
		if err := os.WriteFile(p, []byte("old"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	read := func(p string) string { data, _ := os.ReadFile(p); return string(data) }
	leftovers := func() []string { m, _ := filepath.Glob(filepath.Join(dir, ".*tmp*")); return m }

	// A file that cannot be written: nothing of the set is replaced.
	err := WriteFiles([]File{{a, []byte("new"), 0o644}, {filepath.Join(dir, "missing", "x.html"), []byte("new"), 0o644}})
	var we *WriteError
	if !errors.As(err, &we) || !we.Folder || we.Partial {
		t.Fatalf("a write that fails before any rename: %#v", err)
	}
	if read(a) != "old" || len(leftovers()) > 0 {
		t.Errorf("x.md = %q, temporary files %v", read(a), leftovers())
	}

	// A rename that fails after the first: the error says the set is
	// part new.
	sub := filepath.Join(dir, "sub")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(sub, "keep"), nil, 0o644)
	err = WriteFiles([]File{{a, []byte("new"), 0o644}, {sub, []byte("new"), 0o644}})
	if !errors.As(err, &we) || !we.Partial || !strings.Contains(we.Hint(), "already replaced") {
		t.Fatalf("a rename that fails part of the way: %#v", err)
	}
	if len(leftovers()) > 0 {
		t.Errorf("temporary files left: %v", leftovers())
	}

	// Both written.
	if err := WriteFiles([]File{{a, []byte("md"), 0o644}, {b, []byte("html"), 0o600}}); err != nil {
		t.Fatal(err)
	}
	if read(a) != "md" || read(b) != "html" {
		t.Errorf("x.md = %q, x.html = %q", read(a), read(b))
	}
	if info, _ := os.Stat(b); info.Mode().Perm() != 0o600 {
		t.Errorf("x.html mode %v", info.Mode())
	}
}

// TestWriteRemovesStaleTemps checks that a write removes the temporary
// files a killed prfaq left in the folder it writes in, and nothing else:
// not a fresh one (another prfaq may be writing it), not a file named
// almost like one, not a folder, not a file in another folder.
func TestWriteRemovesStaleTemps(t *testing.T) {
	old := time.Now().Add(-2 * time.Hour)
	writes := map[string]func(dir string) error{
		"WriteFile":    func(dir string) error { return WriteFile(filepath.Join(dir, "x.md"), []byte("new"), 0o644) },
		"WriteFiles":   func(dir string) error { return WriteFiles([]File{{filepath.Join(dir, "x.md"), []byte("new"), 0o644}}) },
		"WriteFileNew": func(dir string) error { return WriteFileNew(filepath.Join(dir, "y.md"), []byte("new"), 0o644) },
	}
	for name, write := range writes {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			other := t.TempDir()
			files := []struct {
				dir, name string
				age       time.Time
				removed   bool
			}{
				{dir, ".x.md" + tempMarker + "123456", old, true},
				{dir, ".x.html" + tempMarker + "7", old, true},
				{dir, ".notes.txt" + tempMarker + "42", old, true},
				{dir, ".x.md" + tempMarker + "99", time.Now(), false},                  // fresh: maybe being written
				{dir, ".x.md" + tempMarker + "99" + StaleTempAge.String(), old, false}, // not digits
				{dir, ".x.md" + tempMarker, old, false},                                // no digits
				{dir, "x.md" + tempMarker + "1", old, false},                           // not hidden
				{dir, "." + tempMarker + "1", old, false},                              // no name
				{dir, ".x.md.tmp-123", old, false},                                     // not prfaq's mark
				{dir, "notes.md", old, false},
				{other, ".x.md" + tempMarker + "5", old, false}, // another folder
			}
			for _, f := range files {
				p := filepath.Join(f.dir, f.name)
				if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
					t.Fatal(err)
				}
				if err := os.Chtimes(p, f.age, f.age); err != nil {
					t.Fatal(err)
				}
			}
			folder := filepath.Join(dir, ".d"+tempMarker+"1")
			if err := os.Mkdir(folder, 0o755); err != nil {
				t.Fatal(err)
			}
			os.Chtimes(folder, old, old)
			if err := write(dir); err != nil {
				t.Fatal(err)
			}
			for _, f := range files {
				_, err := os.Lstat(filepath.Join(f.dir, f.name))
				if gone := errors.Is(err, fs.ErrNotExist); gone != f.removed {
					t.Errorf("%s: removed %v, want %v", f.name, gone, f.removed)
				}
			}
			if _, err := os.Lstat(folder); err != nil {
				t.Errorf("a folder named like a temporary file was removed: %v", err)
			}
		})
	}
}

// TestWriteSetsMode checks each writer leaves the file with the mode it
// was asked for, not the 0600 its temporary file is created with.
func TestWriteSetsMode(t *testing.T) {
	writers := map[string]func(p string, perm os.FileMode) error{
		"WriteFile":    func(p string, perm os.FileMode) error { return WriteFile(p, []byte("x"), perm) },
		"WriteFiles":   func(p string, perm os.FileMode) error { return WriteFiles([]File{{p, []byte("x"), perm}}) },
		"WriteFileNew": func(p string, perm os.FileMode) error { return WriteFileNew(p, []byte("x"), perm) },
	}
	for name, write := range writers {
		for _, perm := range []os.FileMode{0o644, 0o640, 0o444, 0o755, 0o600} {
			p := filepath.Join(t.TempDir(), "x.md")
			if err := write(p, perm); err != nil {
				t.Fatalf("%s(%v): %v", name, perm, err)
			}
			info, err := os.Stat(p)
			if err != nil {
				t.Fatal(err)
			}
			if info.Mode().Perm() != perm {
				t.Errorf("%s(%v): the file's mode is %v", name, perm, info.Mode().Perm())
			}
		}
	}
}

// TestWriteFilesReportsWhatWasReplaced checks that a rename failing says
// whether files of the set were already replaced: not when the first
// rename fails, so the user knows every old file is intact; yes after.
func TestWriteFilesReportsWhatWasReplaced(t *testing.T) {
	for _, c := range []struct {
		name    string
		failAt  int // index of the file whose rename fails
		partial bool
		hint    string
	}{
		{"first rename fails", 0, false, "Files already there were left as they were."},
		{"second rename fails", 1, true, "Some files of the set were already replaced"},
		{"third rename fails", 2, true, "Some files of the set were already replaced"},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			files := make([]File, 3)
			for i := range files {
				p := filepath.Join(dir, "f"+string(rune('a'+i)))
				if err := os.WriteFile(p, []byte("old"), 0o644); err != nil {
					t.Fatal(err)
				}
				files[i] = File{p, []byte("new"), 0o644}
			}
			// A folder that is not empty cannot be renamed over.
			bad := filepath.Join(dir, "folder")
			if err := os.MkdirAll(filepath.Join(bad, "inside"), 0o755); err != nil {
				t.Fatal(err)
			}
			files[c.failAt].Path = bad
			err := WriteFiles(files)
			var we *WriteError
			if !errors.As(err, &we) {
				t.Fatalf("WriteFiles: %v", err)
			}
			if we.Path != bad || we.Partial != c.partial || !strings.Contains(we.Hint(), c.hint) {
				t.Errorf("path %s, partial %v, hint %q; want %s, %v, %q", we.Path, we.Partial, we.Hint(), bad, c.partial, c.hint)
			}
			for i, f := range files {
				if i == c.failAt {
					continue
				}
				data, _ := os.ReadFile(f.Path)
				if want := map[bool]string{true: "new", false: "old"}[i < c.failAt]; string(data) != want {
					t.Errorf("%s = %q, want %q", filepath.Base(f.Path), data, want)
				}
			}
		})
	}
}

// BenchmarkRemoveStaleTemps is what each write spends looking for stale
// temporary files in a folder of 2,000 files (a large import's output
// folder), none of them stale: one read of the folder's names.
func BenchmarkRemoveStaleTemps(b *testing.B) {
	dir := b.TempDir()
	for i := range 2000 {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("doc-%d.prfaq.yaml", i)), nil, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	for b.Loop() {
		removeStaleTemps(dir)
	}
}

// TestWritesTidiesEachFolderOnce checks that a shared Writes looks for
// stale temporary files in a folder at its first write there only, and
// that the plain functions look at every write.
func TestWritesTidiesEachFolderOnce(t *testing.T) {
	dir := t.TempDir()
	stale := func(name string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, nil, 0o600); err != nil {
			t.Fatal(err)
		}
		old := time.Now().Add(-2 * StaleTempAge)
		if err := os.Chtimes(p, old, old); err != nil {
			t.Fatal(err)
		}
		return p
	}
	exists := func(p string) bool { _, err := os.Lstat(p); return err == nil }
	var w Writes
	first := stale(".a.md" + tempMarker + "1")
	if err := w.WriteFile(filepath.Join(dir, "a.md"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if exists(first) {
		t.Error("the first write in the folder left a stale temporary file")
	}
	second := stale(".b.md" + tempMarker + "2")
	if err := w.WriteFileNew(filepath.Join(dir, "b.md"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if !exists(second) {
		t.Error("a later write through the same Writes read the folder again")
	}
	if err := WriteFiles([]File{{filepath.Join(dir, "c.md"), nil, 0o644}}); err != nil {
		t.Fatal(err)
	}
	if exists(second) {
		t.Error("WriteFiles left a stale temporary file")
	}
}

func TestIsTempName(t *testing.T) {
	for name, want := range map[string]bool{
		".x.prfaq-tmp-10":           true,
		".tab-split.md.prfaq-tmp-9": true,
		".x.prfaq-tmp-0":            true,
		".x.prfaq-tmp-":             false,
		".x.prfaq-tmp-1a":           false,
		".x.prfaq-tmp-/":            false,
		".x.prfaq-tmp-:":            false,
		"x.prfaq-tmp-1":             false,
		"..prfaq-tmp-1":             false,
		".prfaq-tmp-1":              false,
	} {
		if got := isTempName(name); got != want {
			t.Errorf("isTempName(%q) = %v", name, got)
		}
	}
}
