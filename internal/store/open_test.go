package store

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestReadFIFO: a named pipe (FIFO) named like a document is refused, not
// waited on, through every way prfaq reads a file.
func TestReadFIFO(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "x.prfaq.yaml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("cannot make a FIFO here: %v", err)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	var r Reader
	for _, c := range []struct {
		name string
		read func() error
	}{
		{"ReadFile", func() error { _, err := r.ReadFile(fifo, "x.prfaq.yaml"); return err }},
		{"ReadFileFS RootFS", func() error { _, err := r.ReadFileFS(RootFS(root), "x.prfaq.yaml", "x.prfaq.yaml"); return err }},
		{"ReadFileFS DirFS", func() error { _, err := r.ReadFileFS(DirFS(dir), "x.prfaq.yaml", "x.prfaq.yaml"); return err }},
		{"ReadFileFS os.Root.FS", func() error { _, err := r.ReadFileFS(root.FS(), "x.prfaq.yaml", "x.prfaq.yaml"); return err }},
		{"OpenRegular", func() error { _, err := OpenRegular(fifo); return err }},
		// A FIFO that appears between the check and the open: the open
		// itself must not wait.
		{"the open after the check", func() error {
			f, err := os.OpenFile(fifo, os.O_RDONLY|openNonBlocking, 0)
			if err != nil {
				return err
			}
			_, err = checkRegular(f, fifo)
			return err
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			done := make(chan error, 1)
			go func() { done <- c.read() }()
			select {
			case err := <-done:
				if err == nil || !strings.Contains(err.Error(), "named pipe (FIFO), not a regular file") {
					t.Errorf("got %v, want a FIFO refused", err)
				}
			case <-time.After(20 * time.Second):
				t.Fatal("the read waits on the FIFO") // and would forever
			}
		})
	}
}

// TestReadFileFSRefusesFolder: a folder named like a document says so,
// through a file system as from the disk.
func TestReadFileFSRefusesFolder(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "x.prfaq.yaml"), 0o755); err != nil {
		t.Fatal(err)
	}
	_, err := Reader{}.ReadFileFS(DirFS(dir), "x.prfaq.yaml", "x.prfaq.yaml")
	if err == nil || !strings.Contains(err.Error(), "is a folder, not a file") {
		t.Errorf("got %v", err)
	}
}

// TestReadDanglingLink: a symbolic link to nothing says so, and is not
// "no such file", which would stop a run over a folder.
func TestReadDanglingLink(t *testing.T) {
	dir := t.TempDir()
	if err := os.Symlink("gone.prfaq.yaml", filepath.Join(dir, "x.prfaq.yaml")); err != nil {
		t.Fatal(err)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	var r Reader
	for name, read := range map[string]func() error{
		"ReadFile": func() error {
			_, err := r.ReadFile(filepath.Join(dir, "x.prfaq.yaml"), "x.prfaq.yaml")
			return err
		},
		"ReadFileFS RootFS": func() error { _, err := r.ReadFileFS(RootFS(root), "x.prfaq.yaml", "x.prfaq.yaml"); return err },
		"ReadFileFS DirFS":  func() error { _, err := r.ReadFileFS(DirFS(dir), "x.prfaq.yaml", "x.prfaq.yaml"); return err },
	} {
		err := read()
		if err == nil || !strings.Contains(err.Error(), "x.prfaq.yaml: is a symbolic link to gone.prfaq.yaml, which does not exist") {
			t.Errorf("%s: got %v", name, err)
		}
		if errors.Is(err, fs.ErrNotExist) {
			t.Errorf("%s: %v counts as a missing file", name, err)
		}
	}
}

// An empty file reads as no bytes (the decoder then says it is empty), and
// a file that grew since it was measured is read to its end.
func TestReadEmptyAndGrowingFiles(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.prfaq.yaml")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if data, err := (Reader{}).ReadFile(empty, "empty.prfaq.yaml"); err != nil || len(data) != 0 {
		t.Errorf("empty file: %q, %v", data, err)
	}
	if _, _, err := (Reader{}).ReadDocument(empty, "empty.prfaq.yaml"); err == nil || !strings.Contains(err.Error(), "empty.prfaq.yaml: file is empty") {
		t.Errorf("empty document: %v", err)
	}
	data, err := readAll(strings.NewReader(strings.Repeat("x", 5000)), 10)
	if err != nil || len(data) != 5000 {
		t.Errorf("readAll read %d bytes, %v", len(data), err)
	}
}
