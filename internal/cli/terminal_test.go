package cli

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// hostile holds what a repository's text may carry to take over a
// terminal: ESC (clear the screen), OSC 52 ending in BEL (write the
// clipboard), a carriage return (print over what came before), a lone BEL
// and U+202E (show the rest of the line reversed). In YAML double quotes.
const hostileYAML = `\e[2J\e]52;c;aGk=\a\rOVER\a\u202eevil`

// rawControls are the bytes and runes that must never reach a terminal
// from document, template or history text.
var rawControls = []string{"\x1b", "\a", "\r", "\u202e"}

// TestControlCharactersEscaped sends terminal control sequences through
// every command that prints document, template or history text, and
// checks that none reaches the terminal as itself.
func TestControlCharactersEscaped(t *testing.T) {
	hostileDoc := func(t *testing.T, dir string) {
		s := exampleText(t)
		s = strings.Replace(s, "title: Pause deliveries mini PR/FAQ", `title: "Pause `+hostileYAML+`"`, 1)
		i := strings.Index(s, "customer:\n  who: |\n")
		j := strings.Index(s, "  problem: |")
		s = s[:i] + "customer:\n  who: \"" + hostileYAML + " A Pantrylane subscriber on a weekly plan who is about to go away\"\n" + s[j:]
		write(t, filepath.Join(dir, "x.prfaq.yaml"), s)
	}
	closed := func(t *testing.T, dir string) {
		hostileDoc(t, dir)
		env := testEnv(dir)
		var stderr bytes.Buffer
		env.Stderr = &stderr
		if code := Run([]string{"bump", "x.prfaq.yaml", "--author", "Ann\x1b]0;pwned\a\r\u202e", "-m", "closed\x1b]52;c;aGk=\a\r\u202e"}, env); code != ExitOK {
			t.Fatalf("bump: exit %d: %s", code, stderr.String())
		}
	}
	changed := func(t *testing.T, dir string) {
		closed(t, dir)
		p := filepath.Join(dir, "x.prfaq.yaml")
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		s := strings.Replace(string(data), "Pause "+hostileYAML, "Paused "+hostileYAML, 1)
		if s == string(data) {
			t.Fatal("the title was not found")
		}
		write(t, p, s)
	}
	template := func(t *testing.T, dir string) {
		write(t, filepath.Join(dir, ".prfaq/templates/house.yaml"), "name: house\nversion: \"1.0\"\ndescription: \"House "+hostileYAML+"\"\nextends: amazon\n")
	}
	cases := []struct {
		name     string
		setup    func(t *testing.T, dir string)
		args     []string
		stdin    string
		terminal bool // standard output is a terminal
		// want is a part of what prfaq prints, showing the text arrived
		// (escaped).
		want string
	}{
		{"log", closed, []string{"log", "x.prfaq.yaml"}, "", false, `closed\x1b]52;c;aGk=\x07\r\u202e`},
		{"log author", closed, []string{"log", "x.prfaq.yaml"}, "", false, `Ann\x1b]0;pwned`},
		{"templates list", template, []string{"templates", "list"}, "", false, `House \x1b[2J`},
		{"edit --accessible", hostileDoc, []string{"edit", "x.prfaq.yaml", "--section", "customer", "--accessible", "--no-render"}, strings.Repeat("\n", 20), false, `Press Enter to keep: \x1b[2J`},
		{"show md", closed, []string{"show", "x.prfaq.yaml@1.2", "--format", "md"}, "", true, `Pause \x1b`},
		{"show yaml", closed, []string{"show", "x.prfaq.yaml@1.2"}, "", true, `Pause`},
		{"show html", closed, []string{"show", "x.prfaq.yaml@1.2", "--format", "html"}, "", true, `Pause`},
		{"diff md", changed, []string{"diff", "x.prfaq.yaml", "--format", "md"}, "", true, `Paused`},
		{"diff text", changed, []string{"diff", "x.prfaq.yaml", "--color", "never"}, "", true, `Paused`},
		{"diff html", changed, []string{"diff", "x.prfaq.yaml", "--format", "html"}, "", true, `Paused`},
		{"render", func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, "x\x1b]0;t\a\r\u202e.prfaq.yaml"), exampleText(t))
		}, []string{"render", "x\x1b]0;t\a\r\u202e.prfaq.yaml"}, "", false, `wrote x\x1b]0;t\x07\r\u202e.md`},
		{"templates show", template, []string{"templates", "show", "house"}, "", true, `House \e[2J`},
		{"templates show --resolved", template, []string{"templates", "show", "house", "--resolved"}, "", true, `House`},
		{"bump", func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, "x\x1b]0;t\a\r\u202e.prfaq.yaml"), exampleText(t))
		}, []string{"bump", "x\x1b]0;t\a\r\u202e.prfaq.yaml", "-m", "Reviewed"}, "", false, `x\x1b]0;t\x07\r\u202e.prfaq.yaml: closed 1.2`},
		{"error message", hostileDoc, []string{"render", "nope\x1b]52;c;aGk=\a\r\u202e.prfaq.yaml"}, "", false, `nope\x1b]52`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			c.setup(t, dir)
			var stdout, stderr bytes.Buffer
			env := testEnv(dir)
			env.Stdin = strings.NewReader(c.stdin)
			env.Stdout, env.Stderr = &stdout, &stderr
			if c.terminal {
				env.Terminal = func(w io.Writer) bool { return w == io.Writer(&stdout) }
			}
			Run(c.args, env)
			all := stdout.String() + stderr.String()
			for _, raw := range rawControls {
				if strings.Contains(all, raw) {
					t.Errorf("%q reached the terminal as itself:\nstdout: %q\nstderr: %q", raw, stdout.String(), stderr.String())
				}
			}
			if !strings.Contains(all, c.want) {
				t.Errorf("the output lacks %q:\nstdout: %q\nstderr: %q", c.want, stdout.String(), stderr.String())
			}
		})
	}
}

// TestOutputToFileStaysAsWritten checks that the escaping is for terminals
// only: show's Markdown sent to a file or a pipe is the document's text
// exactly.
func TestOutputToFileStaysAsWritten(t *testing.T) {
	dir := t.TempDir()
	s := strings.Replace(exampleText(t), "title: Pause deliveries mini PR/FAQ", `title: "Pause \e[1mbold"`, 1)
	write(t, filepath.Join(dir, "x.prfaq.yaml"), s)
	var stdout bytes.Buffer
	env := testEnv(dir)
	env.Stdout = &stdout
	if code := Run([]string{"show", "x.prfaq.yaml@1.2", "--format", "md"}, env); code != ExitOK {
		t.Fatalf("show: exit %d", code)
	}
	if !strings.Contains(stdout.String(), "Pause \x1b") {
		t.Errorf("the Markdown to a pipe was changed: %q", stdout.String())
	}
}
