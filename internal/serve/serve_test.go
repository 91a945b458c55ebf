package serve

import (
	"bufio"
	"context"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/prfaq/prfaq/internal/store"
	"github.com/prfaq/prfaq/internal/testsupport/documents"
	"github.com/prfaq/prfaq/internal/workspace"
)

func copyDoc(t testing.TB, dir, name, to string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "portfolio", "testdata", "docs", name))
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, to), data)
	return data
}

func write(t testing.TB, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	// A later write in the same clock tick must still look changed.
	later := time.Now().Add(time.Duration(len(data)%997+1) * time.Millisecond)
	_ = os.Chtimes(path, later, later)
}

// newServer serves a fresh folder holding pause.prfaq.yaml and
// team/tab-split.prfaq.yaml.
func newServer(t testing.TB) (*Server, string) {
	t.Helper()
	s, dir, _ := newServerWorkspace(t)
	return s, dir
}

// newServerWorkspace is newServer with the workspace it reads through.
func newServerWorkspace(t testing.TB) (*Server, string, *workspace.Workspace) {
	t.Helper()
	return newServerFiles(t, func(f fs.FS) fs.FS { return f })
}

// newServerFiles is newServerWorkspace serving the folder through files,
// which may wrap the folder's file system.
func newServerFiles(t testing.TB, files func(fs.FS) fs.FS) (*Server, string, *workspace.Workspace) {
	t.Helper()
	dir := t.TempDir()
	copyDoc(t, dir, "pause.prfaq.yaml", "pause.prfaq.yaml")
	copyDoc(t, dir, "tab-split.prfaq.yaml", "team/tab-split.prfaq.yaml")
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { root.Close() })
	ws := documents.Workspace(dir)
	s := New(Options{Files: files(store.RootFS(root)), Folder: "drafts", Workspace: ws, Dir: dir, Now: documents.Now, LoopbackOnly: true})
	s.Scan()
	return s, dir, ws
}

func get(t *testing.T, h http.Handler, target string) (int, string) {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, "http://127.0.0.1:8808"+target, nil)
	if strings.HasPrefix(target, "http") {
		req = httptest.NewRequest(http.MethodGet, target, nil)
	}
	// Keep the path as typed: httptest would not clean it, and neither
	// does a raw client.
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Code, rec.Body.String()
}

func TestIndex(t *testing.T) {
	s, _ := newServer(t)
	code, body := get(t, s, "/")
	if code != http.StatusOK {
		t.Fatalf("index: %d", code)
	}
	for _, want := range []string{
		`href="/doc/pause.prfaq.yaml"`,
		`href="/doc/team/tab-split.prfaq.yaml"`,
		"Pause deliveries mini PR/FAQ",
		`data-events="/_prfaq/events"`,
		`<script src="/_prfaq/portfolio.js" defer>`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("index lacks %q", want)
		}
	}
	code, body = get(t, s, "/?status=approved&sort=score&desc=1")
	if code != http.StatusOK || strings.Count(body, " hidden>") != 1 {
		t.Errorf("the status filter from the address hid %d rows (code %d), want 1", strings.Count(body, " hidden>"), code)
	}
}

func TestHeaders(t *testing.T) {
	s, _ := newServer(t)
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "http://localhost:8808/", nil))
	h := rec.Header()
	if csp := h.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") || !strings.Contains(csp, "default-src 'none'") {
		t.Errorf("Content-Security-Policy %q", csp)
	}
	if h.Get("X-Content-Type-Options") != "nosniff" {
		t.Error("no nosniff")
	}
	code, body := get(t, s, "/_prfaq/portfolio.js")
	if code != http.StatusOK || !strings.Contains(body, "EventSource") {
		t.Errorf("script: %d", code)
	}
}

func TestDocumentPage(t *testing.T) {
	s, _ := newServer(t)
	code, body := get(t, s, "/doc/team/tab-split.prfaq.yaml")
	if code != http.StatusOK {
		t.Fatalf("document: %d", code)
	}
	for _, want := range []string{`data-watch="team/tab-split.prfaq.yaml"`, `id="toggle-findings"`, `class="doc-meta"`, "Versions"} {
		if !strings.Contains(body, want) {
			t.Errorf("document page lacks %q", want)
		}
	}
}

// TestPathTraversal tries to read outside the folder, and files in it
// that are not PR/FAQs, every way an address can say so.
func TestPathTraversal(t *testing.T) {
	s, dir := newServer(t)
	outside := t.TempDir()
	copyDoc(t, outside, "pause.prfaq.yaml", "secret.prfaq.yaml")
	write(t, filepath.Join(dir, "notes.txt"), []byte("not a PR/FAQ"))
	if err := os.Symlink(filepath.Join(outside, "secret.prfaq.yaml"), filepath.Join(dir, "link.prfaq.yaml")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := os.Symlink(outside, filepath.Join(dir, "outside")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("pause.prfaq.yaml", filepath.Join(dir, "inside.prfaq.yaml")); err != nil {
		t.Fatal(err)
	}
	s.Scan()
	tests := []struct {
		path string
		code int
	}{
		{"/doc/../../etc/passwd", http.StatusForbidden},
		{"/doc/%2e%2e/%2e%2e/etc/passwd", http.StatusForbidden},
		{"/doc/..%2f..%2fetc%2fpasswd", http.StatusForbidden},
		{"/doc/%2E%2E%2Fpause.prfaq.yaml", http.StatusForbidden},
		{"/doc/team/../pause.prfaq.yaml", http.StatusForbidden},
		{"/doc/./pause.prfaq.yaml", http.StatusForbidden},
		{"/doc/..\\..\\etc\\passwd", http.StatusForbidden},
		{"/doc/%5c..%5cpause.prfaq.yaml", http.StatusForbidden},
		{"/doc//etc/passwd", http.StatusForbidden},
		{"/doc/pause.prfaq.yaml%00.txt", http.StatusForbidden},
		{"/diff/../pause.prfaq.yaml", http.StatusForbidden},
		{"/doc/" + filepath.ToSlash(outside) + "/secret.prfaq.yaml", http.StatusForbidden},
		{"/doc/notes.txt", http.StatusNotFound},
		{"/doc/link.prfaq.yaml", http.StatusNotFound},
		{"/doc/outside/secret.prfaq.yaml", http.StatusNotFound},
		{"/diff/link.prfaq.yaml", http.StatusNotFound},
		{"/doc/pause.prfaq.yaml.history/1.0.yaml", http.StatusNotFound},
		{"/pause.prfaq.yaml", http.StatusNotFound},
		{"/doc/inside.prfaq.yaml", http.StatusOK}, // a link that stays inside is fine
		{"/doc/pause.prfaq.yaml", http.StatusOK},
	}
	for _, tt := range tests {
		req := &http.Request{Method: http.MethodGet, Host: "127.0.0.1:8808", Header: http.Header{}}
		var err error
		if req.URL, err = parseRequestURI(tt.path); err != nil {
			t.Fatalf("%s: %v", tt.path, err)
		}
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req.WithContext(context.Background()))
		if rec.Code != tt.code {
			t.Errorf("GET %s: %d, want %d", tt.path, rec.Code, tt.code)
		}
		if strings.Contains(rec.Body.String(), "root:") || (tt.code != http.StatusOK && strings.Contains(rec.Body.String(), "Pantrylane")) {
			t.Errorf("GET %s: the answer holds a file's text", tt.path)
		}
	}
	_, index := get(t, s, "/")
	if strings.Contains(index, "link.prfaq.yaml") || strings.Contains(index, "secret") {
		t.Error("the index lists a file outside the folder")
	}
}

func TestHostAndMethod(t *testing.T) {
	s, _ := newServer(t)
	for host, code := range map[string]int{
		"127.0.0.1:8808":      http.StatusOK,
		"localhost:8808":      http.StatusOK,
		"[::1]:8808":          http.StatusOK,
		"evil.example:8808":   http.StatusForbidden,
		"127.0.0.1.nip.io:80": http.StatusForbidden,
	} {
		req := httptest.NewRequest(http.MethodGet, "/", nil)
		req.Host = host
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		if rec.Code != code {
			t.Errorf("Host %s: %d, want %d", host, rec.Code, code)
		}
	}
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "http://127.0.0.1/doc/pause.prfaq.yaml", strings.NewReader("x")))
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST: %d", rec.Code)
	}
}

func TestBrokenFileShowsErrorAndRecovers(t *testing.T) {
	s, dir := newServer(t)
	path := filepath.Join(dir, "pause.prfaq.yaml")
	good, _ := os.ReadFile(path)
	if code, _ := get(t, s, "/doc/pause.prfaq.yaml"); code != http.StatusOK {
		t.Fatalf("document: %d", code)
	}
	write(t, path, append(good[:len(good)/2:len(good)/2], "\n  - [unclosed"...))
	if changed := s.Scan(); !slices.Equal(changed, []string{"pause.prfaq.yaml"}) {
		t.Errorf("scan found %v changed", changed)
	}
	code, body := get(t, s, "/doc/pause.prfaq.yaml")
	if code != http.StatusOK || !regexp.MustCompile(`pause\.prfaq\.yaml:\d+:\d+: `).MatchString(body) || !strings.Contains(body, `class="stale"`) {
		t.Fatalf("a broken file's page should show file:line:col and the last good reading (%d)", code)
	}
	_, index := get(t, s, "/")
	if !strings.Contains(index, `data-status="unreadable"`) {
		t.Error("the index does not mark the broken file")
	}
	fixed := strings.Replace(string(good), "Pause deliveries mini PR/FAQ", "Pause deliveries, revised", 1)
	write(t, path, []byte(fixed))
	s.Scan()
	_, body = get(t, s, "/doc/pause.prfaq.yaml")
	if strings.Contains(body, `role="alert"`) || !strings.Contains(body, "Pause deliveries, revised") {
		t.Error("the page did not recover on a good save")
	}
}

func TestVersionsAndDiff(t *testing.T) {
	s, dir := newServer(t)
	path := filepath.Join(dir, "pause.prfaq.yaml")
	v1, _ := os.ReadFile(path)
	ref, err := store.WriteSnapshot(path, "1.1", v1)
	if err != nil {
		t.Fatal(err)
	}
	doc := strings.Replace(string(v1), `version: "1.2"`, `version: "1.3"`, 1)
	doc = strings.Replace(doc, "Pause deliveries mini PR/FAQ", "Pause deliveries PR/FAQ", 1)
	doc += "history:\n  - version: \"1.1\"\n    date: 2026-11-01\n    status: draft\n    author: Siobhán\n    message: First review\n    snapshot: " + ref + "\n    sha256: " + store.Checksum(v1) + "\n"
	write(t, path, []byte(doc))
	s.Scan()

	code, body := get(t, s, "/doc/pause.prfaq.yaml")
	if code != http.StatusOK || !strings.Contains(body, `href="/doc/pause.prfaq.yaml?version=1.1"`) || !strings.Contains(body, `href="/diff/pause.prfaq.yaml?from=1.1&amp;to=working"`) {
		t.Fatalf("the page does not link the closed version and its changes (%d)", code)
	}
	code, body = get(t, s, "/doc/pause.prfaq.yaml?version=1.1")
	if code != http.StatusOK || !strings.Contains(body, "Pause deliveries mini PR/FAQ") || !strings.Contains(body, "You are reading version 1.1") {
		t.Errorf("version 1.1: %d", code)
	}
	code, body = get(t, s, "/diff/pause.prfaq.yaml?from=1.1&to=working")
	if code != http.StatusOK || !strings.Contains(body, "<del>mini </del>") && !strings.Contains(body, "<del>") {
		t.Errorf("changes: %d, no redline", code)
	}
	code, body = get(t, s, "/doc/pause.prfaq.yaml?version=9.9")
	if code != http.StatusNotFound || !strings.Contains(body, "its closed versions are 1.1") {
		t.Errorf("an unknown version: %d", code)
	}
	code, body = get(t, s, "/diff/pause.prfaq.yaml?from=9.9&to=working")
	if code != http.StatusOK || !strings.Contains(body, "no closed version 9.9") {
		t.Errorf("changes from an unknown version: %d", code)
	}

	// A snapshot changed by hand is reported, not shown.
	if err := os.Chmod(filepath.Join(dir, filepath.FromSlash(ref)), 0o644); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, filepath.FromSlash(ref)), append(v1, "# edited\n"...))
	_, body = get(t, s, "/doc/pause.prfaq.yaml")
	if !strings.Contains(body, "changed by hand") || strings.Contains(body, "?version=1.1") {
		t.Error("a snapshot changed by hand is offered")
	}
}

// TestEvents reads the event stream as a browser does: a hello, then the
// names of the files that changed.
func TestEvents(t *testing.T) {
	s, dir := newServer(t)
	srv := httptest.NewServer(s)
	defer srv.Close()
	defer s.Close()
	resp, err := http.Get(srv.URL + "/_prfaq/events")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("Content-Type %q", ct)
	}
	events := make(chan string, 10)
	go func() {
		sc := bufio.NewScanner(resp.Body)
		var ev string
		for sc.Scan() {
			line := sc.Text()
			switch {
			case strings.HasPrefix(line, "event: "):
				ev = strings.TrimPrefix(line, "event: ")
			case strings.HasPrefix(line, "data: "):
				events <- ev + " " + strings.TrimPrefix(line, "data: ")
			}
		}
		close(events)
	}()
	next := func() string {
		select {
		case e := <-events:
			return e
		case <-time.After(5 * time.Second):
			t.Fatal("no event within 5 s")
		}
		return ""
	}
	if e := next(); !strings.HasPrefix(e, "hello ") {
		t.Fatalf("first event %q", e)
	}
	copyDoc(t, dir, "tab-split.prfaq.yaml", "new.prfaq.yaml")
	s.Scan()
	if e := next(); e != `change {"files":["new.prfaq.yaml"]}` {
		t.Errorf("after a new file: %q", e)
	}
	if err := os.Remove(filepath.Join(dir, "pause.prfaq.yaml")); err != nil {
		t.Fatal(err)
	}
	s.Scan()
	if e := next(); e != `change {"files":["pause.prfaq.yaml"]}` {
		t.Errorf("after a removal: %q", e)
	}
	code, body := get(t, s, "/doc/pause.prfaq.yaml")
	if code != http.StatusNotFound || !strings.Contains(body, `data-watch="pause.prfaq.yaml"`) {
		t.Errorf("a removed file: %d, and the page should wait for it to come back", code)
	}
	s.Close()
	for range events {
	}
	_, _ = io.Copy(io.Discard, resp.Body)
}

func TestWatchStopsWithContext(t *testing.T) {
	s, _ := newServer(t)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { s.Watch(ctx); close(done) }()
	cancel()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("Watch did not stop")
	}
}

// parseRequestURI reads an address as a server receives it, with
// %-escapes decoded in Path as net/http decodes them.
func parseRequestURI(p string) (*url.URL, error) { return url.ParseRequestURI(p) }

// The server reads each document once, however many pages show it, and
// again only when its file changes.
func TestDocumentsDecodedOnce(t *testing.T) {
	s, dir, ws := newServerWorkspace(t)
	for _, page := range []string{"/", "/doc/pause.prfaq.yaml", "/doc/team/tab-split.prfaq.yaml", "/", "/diff/pause.prfaq.yaml"} {
		if code, _ := get(t, s, page); code != http.StatusOK {
			t.Fatalf("%s: %d", page, code)
		}
	}
	if n := ws.Decoded(); n != 2 {
		t.Errorf("two documents shown on five pages were decoded %d times, want 2", n)
	}
	copyDoc(t, dir, "tab-split.prfaq.yaml", "pause.prfaq.yaml")
	s.Scan()
	get(t, s, "/doc/pause.prfaq.yaml")
	if n := ws.Decoded(); n != 3 {
		t.Errorf("after one file changed, %d decodes in all, want 3", n)
	}
}

// With the team's needs beside the documents, the served index shows
// the needs table, and ?need= lists one need's documents.
func TestIndexNeeds(t *testing.T) {
	s, dir := newServer(t)
	write(t, filepath.Join(dir, ".git", "HEAD"), []byte("ref: refs/heads/main\n"))
	write(t, filepath.Join(dir, ".prfaq", "needs.yaml"), []byte("needs:\n  - id: skip-weeks\n    name: Skip a week\n  - id: fair-split\n    name: Fair split\n"))
	pause := copyDoc(t, dir, "pause.prfaq.yaml", "pause.prfaq.yaml")
	write(t, filepath.Join(dir, "pause.prfaq.yaml"), append(pause, "serves: [skip-weeks]\n"...))
	s.Scan()
	_, body := get(t, s, "/")
	for _, want := range []string{`<h2 id="needs-heading">Customer needs</h2>`, `<a href="?need=skip-weeks">Skip a week</a>`, `<tr data-need="fair-split" data-bets="none">`} {
		if !strings.Contains(body, want) {
			t.Errorf("index lacks %q", want)
		}
	}
	_, body = get(t, s, "/?need=skip-weeks")
	if !strings.Contains(body, `data-file="pause.prfaq.yaml"`) || strings.Contains(body, `data-file="team/tab-split.prfaq.yaml"`) {
		t.Errorf("?need=skip-weeks lists the wrong documents")
	}
	if !strings.Contains(body, "1 PR/FAQ serving Skip a week") {
		t.Errorf("the filtered index does not say which need it lists")
	}
}
