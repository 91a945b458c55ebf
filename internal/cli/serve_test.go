package cli

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// lockedBuffer is a stream the running command writes while the test
// reads it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// servedFolder is a running prfaq serve over a copy of some examples.
type servedFolder struct {
	dir, url       string
	stdout, stderr *lockedBuffer
	// opened records what --open opened, one address per line.
	opened *lockedBuffer
	stop   func() int
}

// startServe runs prfaq serve examples in-process on a free port, in a
// folder holding copies of the named examples in examples/, and stops it
// when the test ends. before runs first, in the folder that holds
// examples/, to prepare the documents (close a version, say).
func startServe(t *testing.T, before func(env Env), examples ...string) *servedFolder {
	t.Helper()
	top := t.TempDir()
	dir := filepath.Join(top, "examples")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range examples {
		data, err := os.ReadFile(filepath.Join("..", "..", "examples", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return startServeIn(t, top, "examples", before)
}

// startServeIn runs prfaq serve FOLDER in-process on a free port, in the
// folder top, and stops it when the test ends. before, when not nil,
// runs first, with the same environment.
func startServeIn(t *testing.T, top, folder string, before func(env Env)) *servedFolder {
	t.Helper()
	dir := filepath.Join(top, folder)
	sf := &servedFolder{dir: dir, stdout: &lockedBuffer{}, stderr: &lockedBuffer{}, opened: &lockedBuffer{}}
	ctx, cancel := context.WithCancel(context.Background())
	code := make(chan int, 1)
	env := Env{
		Stdin:   strings.NewReader(""),
		Stdout:  sf.stdout,
		Stderr:  sf.stderr,
		Getenv:  func(string) string { return "" },
		Dir:     top,
		Now:     func() time.Time { return time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC) },
		Context: ctx,
		OpenURL: func(u string) error { _, err := sf.opened.Write([]byte(u + "\n")); return err },
	}
	if before != nil {
		before(env)
	}
	go func() { code <- Run([]string{"serve", folder, "--addr", "127.0.0.1:0", "--open"}, env) }()
	address := regexp.MustCompile(`at (http://127\.0\.0\.1:\d+/)`)
	deadline := time.Now().Add(10 * time.Second)
	for sf.url == "" {
		if m := address.FindStringSubmatch(sf.stdout.String()); m != nil {
			sf.url = m[1]
			break
		}
		select {
		case c := <-code:
			t.Fatalf("prfaq serve exited %d before listening: %s", c, sf.stderr.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("prfaq serve did not say where it listens: %q", sf.stdout.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
	stopped := false
	result := 0
	sf.stop = func() int {
		if !stopped {
			stopped = true
			cancel()
			select {
			case result = <-code:
			case <-time.After(10 * time.Second):
				t.Fatal("prfaq serve did not stop within 10 s of its context ending")
			}
		}
		return result
	}
	t.Cleanup(func() { sf.stop() })
	return sf
}

func (sf *servedFolder) get(t *testing.T, path string) (int, string) {
	t.Helper()
	resp, err := http.Get(sf.url + strings.TrimPrefix(path, "/"))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(body)
}

func TestServeCommand(t *testing.T) {
	sf := startServe(t, nil, "keyturn.prfaq.yaml", "meal-kit-pause.prfaq.yaml")
	if !strings.Contains(sf.stdout.String(), "Serving 2 PR/FAQs from examples at http://127.0.0.1:") {
		t.Errorf("stdout: %q", sf.stdout.String())
	}
	// --open runs just after the address is printed.
	for end := time.Now().Add(5 * time.Second); sf.opened.String() == "" && time.Now().Before(end); {
		time.Sleep(10 * time.Millisecond)
	}
	if got := sf.opened.String(); got != sf.url+"\n" {
		t.Errorf("--open opened %q, want %s", got, sf.url)
	}
	code, body := sf.get(t, "/")
	if code != http.StatusOK || !strings.Contains(body, "Keyturn internal PR/FAQ") || !strings.Contains(body, "Pause deliveries mini PR/FAQ") {
		t.Fatalf("index: %d", code)
	}
	code, body = sf.get(t, "/doc/meal-kit-pause.prfaq.yaml")
	if code != http.StatusOK || !strings.Contains(body, "Pantrylane") || !strings.Contains(body, `class="findings"`) {
		t.Fatalf("document: %d", code)
	}
	// A file saved meanwhile shows on the next request, within a poll.
	path := filepath.Join(sf.dir, "meal-kit-pause.prfaq.yaml")
	data, _ := os.ReadFile(path)
	if err := os.WriteFile(path, bytes.Replace(data, []byte("Pause deliveries mini PR/FAQ"), []byte("Pause, saved again"), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(5 * time.Second)
	for {
		if _, body = sf.get(t, "/doc/meal-kit-pause.prfaq.yaml"); strings.Contains(body, "Pause, saved again") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the saved change did not show within 5 s")
		}
		time.Sleep(50 * time.Millisecond)
	}
	if c := sf.stop(); c != ExitOK {
		t.Errorf("exit %d after the context ended, want 0", c)
	}
	if !strings.HasSuffix(sf.stdout.String(), "Stopped.\n") {
		t.Errorf("stdout ends %q", sf.stdout.String())
	}
}
