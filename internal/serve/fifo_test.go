package serve

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
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
