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
