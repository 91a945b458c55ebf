package cli

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/spf13/cobra"
)

// TestHelpText reads every command's --help as a user sees it: a control
// character (a TAB typed for a backslash-t, an escape) moves or hides text
// in a terminal and in the generated reference, and an exit code listed
// twice leaves the reader guessing which line holds.
func TestHelpText(t *testing.T) {
	root := newRootCmd(&app{env: Env{Getenv: func(string) string { return "" }, Now: time.Now}})
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		for _, sub := range c.Commands() {
			walk(sub)
		}
		t.Run(c.CommandPath(), func(t *testing.T) {
			var out bytes.Buffer
			c.SetOut(&out)
			c.SetErr(&out)
			if err := c.Help(); err != nil {
				t.Fatal(err)
			}
			help := out.String()
			for i, line := range strings.Split(help, "\n") {
				for _, r := range line {
					if unicode.IsControl(r) {
						t.Errorf("line %d holds control character %q: %q", i+1, r, line)
					}
				}
			}
			_, status, found := strings.Cut(help, "\nExit status:\n")
			if !found {
				return
			}
			seen := map[string]bool{}
			for _, line := range strings.Split(status, "\n") {
				if !strings.HasPrefix(line, "  ") || strings.TrimSpace(line) == "" {
					break
				}
				code := strings.Fields(line)[0]
				if seen[code] {
					t.Errorf("exit code %s is listed twice:\n%s", code, status)
				}
				seen[code] = true
			}
			if !seen["2"] {
				t.Errorf("exit code 2 is not listed:\n%s", status)
			}
		})
	}
	walk(root)
}
