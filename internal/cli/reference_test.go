package cli

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"
)

var updateReference = flag.Bool("update", false, "rewrite docs/cli and docs/man from the commands")

// The command reference in docs/cli (Markdown) and docs/man (man pages)
// is generated from the commands' help, so it cannot drift from what
// prfaq --help says: this test fails when it differs, and
//
//	go test ./internal/cli -run TestReference -update
//
// writes it again.
func TestReference(t *testing.T) {
	root := newRootCmd(&app{env: Env{Getenv: func(string) string { return "" }, Now: time.Now}})
	got := map[string][]byte{}
	if err := genReference(root, got); err != nil {
		t.Fatal(err)
	}
	docs := filepath.Join("..", "..", "docs")
	if *updateReference {
		for _, sub := range []string{"cli", "man"} {
			old, _ := filepath.Glob(filepath.Join(docs, sub, "prfaq*"))
			for _, f := range old {
				if err := os.Remove(f); err != nil {
					t.Fatal(err)
				}
			}
			if err := os.MkdirAll(filepath.Join(docs, sub), 0o755); err != nil {
				t.Fatal(err)
			}
		}
		for name, data := range got {
			if err := os.WriteFile(filepath.Join(docs, name), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return
	}
	var have []string
	for _, sub := range []string{"cli", "man"} {
		files, _ := filepath.Glob(filepath.Join(docs, sub, "prfaq*"))
		for _, f := range files {
			have = append(have, filepath.ToSlash(filepath.Join(sub, filepath.Base(f))))
		}
	}
	var want []string
	for name := range got {
		want = append(want, name)
	}
	slices.Sort(want)
	slices.Sort(have)
	if !slices.Equal(have, want) {
		t.Errorf("docs/cli and docs/man hold %v, the commands give %v; run go test ./internal/cli -run TestReference -update", have, want)
	}
	for _, name := range want {
		old, err := os.ReadFile(filepath.Join(docs, filepath.FromSlash(name)))
		if err != nil {
			continue // reported above
		}
		if !bytes.Equal(old, got[name]) {
			t.Errorf("docs/%s is out of date; run go test ./internal/cli -run TestReference -update", name)
		}
	}
}

// genReference renders every command's reference page: Markdown under
// cli/, man pages under man/.
func genReference(root *cobra.Command, out map[string][]byte) error {
	root.DisableAutoGenTag = true
	var walk func(c *cobra.Command) error
	walk = func(c *cobra.Command) error {
		for _, sub := range c.Commands() {
			if !sub.IsAvailableCommand() || sub.IsAdditionalHelpTopicCommand() {
				continue
			}
			if err := walk(sub); err != nil {
				return err
			}
		}
		base := strings.ReplaceAll(c.CommandPath(), " ", "_")
		var md bytes.Buffer
		if err := doc.GenMarkdownCustom(c, &md, func(s string) string { return s }); err != nil {
			return err
		}
		out["cli/"+base+".md"] = md.Bytes()
		// The man page's date would change with every build; a page
		// made from this commit's help needs none.
		epoch := time.Unix(0, 0).UTC()
		var man bytes.Buffer
		header := &doc.GenManHeader{Title: strings.ToUpper(strings.ReplaceAll(c.CommandPath(), " ", "-")), Section: "1", Source: "prfaq", Manual: "prfaq manual", Date: &epoch}
		if err := doc.GenMan(c, header, &man); err != nil {
			return err
		}
		page := regexp.MustCompile(`(?m)^(\.TH "[^"]*" "1") "Jan 1970"`).ReplaceAll(man.Bytes(), []byte(`$1 ""`))
		out["man/"+strings.ReplaceAll(c.CommandPath(), " ", "-")+".1"] = page
		return nil
	}
	return walk(root)
}
