package serve

import (
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// TestFIFOsDoNotHang: opening a named pipe (FIFO) for reading waits for a
// writer. One named like a Markdown document in the folder, and one that
// takes the place of a served document, must neither hang a request nor
// hold the lock every other request waits on.
func TestFIFOsDoNotHang(t *testing.T) {
	s, dir := newServer(t)
	if code, _ := get(t, s, "/doc/pause.prfaq.yaml"); code != http.StatusOK {
		t.Fatalf("document: %d", code)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "notes.md"), 0o644); err != nil {
		t.Skipf("cannot make a FIFO here: %v", err)
	}
	doc := filepath.Join(dir, "team", "tab-split.prfaq.yaml")
	if err := os.Remove(doc); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(doc, 0o644); err != nil {
		t.Fatal(err)
	}
	type answer struct {
		code int
		body string
	}
	for _, target := range []string{"/doc/team/tab-split.prfaq.yaml", "/", "/doc/pause.prfaq.yaml"} {
		done := make(chan answer, 1)
		go func() {
			s.Scan()
			code, body := get(t, s, target)
			done <- answer{code, body}
		}()
		select {
		case a := <-done:
			if target == "/doc/pause.prfaq.yaml" && (a.code != http.StatusOK || !strings.Contains(a.body, "Pause deliveries")) {
				t.Errorf("%s: %d, the document is not shown", target, a.code)
			}
		case <-time.After(20 * time.Second):
			// Far beyond any read of a few kilobytes: the request waits
			// on the FIFO, and would wait forever.
			t.Fatalf("%s: no answer: the server waits on the FIFO", target)
		}
	}
}

// slowFS is a folder in which one file's reads wait until released, as a
// file on a stalled network share does.
type slowFS struct {
	fs.FS
	slow    string
	started chan struct{} // closed when the slow file is first read
	once    *sync.Once
	release chan struct{}
}

func (s slowFS) Stat(name string) (fs.FileInfo, error) { return fs.Stat(s.FS, name) }

func (s slowFS) Open(name string) (fs.File, error) {
	f, err := s.FS.Open(name)
	if err != nil || name != s.slow {
		return f, err
	}
	return slowFile{f, s}, nil
}

type slowFile struct {
	fs.File
	fsys slowFS
}

func (f slowFile) Read(p []byte) (int, error) {
	f.fsys.once.Do(func() { close(f.fsys.started) })
	<-f.fsys.release
	return f.File.Read(p)
}

// TestSlowFileDelaysOnlyItsPages: while one document's read waits, other
// documents' pages, scans and a second request for the same document
// (which shares the read) go on or wait only for it.
func TestSlowFileDelaysOnlyItsPages(t *testing.T) {
	var slow slowFS
	s, _, _ := newServerFiles(t, func(f fs.FS) fs.FS {
		slow = slowFS{FS: f, slow: "team/tab-split.prfaq.yaml", started: make(chan struct{}), once: &sync.Once{}, release: make(chan struct{})}
		return slow
	})

	slowPages := make(chan int, 2)
	for range 2 {
		go func() {
			code, _ := get(t, s, "/doc/team/tab-split.prfaq.yaml")
			slowPages <- code
		}()
	}
	waitClosed(t, slow.started)
	other := make(chan int, 1)
	go func() {
		s.Scan()
		code, _ := get(t, s, "/doc/pause.prfaq.yaml")
		other <- code
	}()
	select {
	case code := <-other:
		if code != http.StatusOK {
			t.Errorf("the other document: %d", code)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("the other document's page waits on the slow file's read")
	}
	select {
	case <-slowPages:
		t.Fatal("the slow document's page answered before its file could be read")
	default:
	}
	close(slow.release)
	for range 2 {
		if code := <-slowPages; code != http.StatusOK {
			t.Errorf("the slow document: %d", code)
		}
	}
}

// waitClosed returns once ch is closed, failing the test if that takes
// far longer than any read of a test file.
func waitClosed(t *testing.T, ch chan struct{}) {
	t.Helper()
	select {
	case <-ch:
	case <-time.After(20 * time.Second):
		t.Fatal("the slow file was never read")
	}
}
