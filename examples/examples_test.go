package examples_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/prfaq/prfaq/internal/cli"
	"github.com/prfaq/prfaq/internal/store"
)

var update = flag.Bool("update", false, "re-render the committed example outputs")

func examples(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("*.prfaq.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// run runs prfaq in this folder with no user configuration.
func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	code := cli.Run(args, cli.Env{
		Stdin:  strings.NewReader(""),
		Stdout: &stdout,
		Stderr: &stderr,
		Getenv: func(string) string { return "" },
		Dir:    dir,
		Now:    func() time.Time { return time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC) },
	})
	return code, stdout.String(), stderr.String()
}

// The examples cover the default template and the mini and oss variants.
func TestExamplesCoverTemplates(t *testing.T) {
	want := map[string]bool{"amazon": false, "mini": false, "oss": false}
	files := examples(t)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for name := range want {
			if bytes.Contains(data, []byte("\ntemplate: "+name+"\n")) {
				want[name] = true
			}
		}
	}
	for name, found := range want {
		if !found {
			t.Errorf("no example uses the %s template", name)
		}
	}
}

// The committed Markdown and HTML of every example are exactly what
// prfaq render writes today.
func TestExampleOutputsCurrent(t *testing.T) {
	files := examples(t)
	if *update {
		code, stdout, stderr := run(t, append([]string{"render", "--force"}, files...)...)
		if code != 0 {
			t.Fatalf("render: exit %d\n%s%s", code, stdout, stderr)
		}
	}
	code, stdout, stderr := run(t, append([]string{"render", "--check"}, files...)...)
	if code != 0 {
		t.Errorf("committed example outputs are stale (run go test ./examples -update):\n%s%s", stdout, stderr)
	}
	if !strings.Contains(stdout, "up to date") {
		t.Errorf("render --check said: %s", stdout)
	}
	if stderr != "" {
		t.Errorf("render printed warnings:\n%s", stderr)
	}
}

// Every example ships the snapshots its history names, unchanged since
// they were closed, so log, diff and the redline can be tried on it.
func TestExampleHistorySnapshots(t *testing.T) {
	for _, f := range examples(t) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, _, err := store.DecodeDocument(f, data)
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.History) == 0 {
			t.Errorf("%s: no history: close a version with prfaq bump so log and diff show something", f)
			continue
		}
		for _, rev := range doc.History {
			snap, err := os.ReadFile(filepath.FromSlash(rev.Snapshot))
			if err != nil {
				t.Errorf("%s: version %s: %v", f, rev.Version, err)
				continue
			}
			if got := store.Checksum(snap); got != rev.SHA256 {
				t.Errorf("%s: version %s: %s has sha256 %s, the history records %s", f, rev.Version, rev.Snapshot, got, rev.SHA256)
			}
			old, _, err := store.DecodeDocument(rev.Snapshot, snap)
			if err != nil {
				t.Errorf("%s: %v", f, err)
			} else if old.Version != rev.Version {
				t.Errorf("%s: %s is version %s, the history says %s", f, rev.Snapshot, old.Version, rev.Version)
			}
		}
		code, stdout, stderr := run(t, "log", f)
		if code != 0 || stderr != "" {
			t.Errorf("prfaq log %s: exit %d\n%s%s", f, code, stdout, stderr)
		}
		first := doc.History[0].Version
		code, stdout, stderr = run(t, "diff", f, first, "--format", "html")
		if code != 0 || !strings.Contains(stdout, "<html") {
			t.Errorf("prfaq diff %s %s --format html: exit %d\n%s", f, first, code, stderr)
		}
	}
}
