package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/prfaq/prfaq/internal/store"
	"github.com/prfaq/prfaq/internal/workspace"
)

// How a bad-input case runs: in this process (most), or as a separate
// prfaq process when the case needs one: another user, so that file
// permissions hold even for root; a small file-size limit standing in for
// a full disk; or an interrupt (SIGINT, as Ctrl-C sends, soon after the
// start of a run long enough not to have ended).
type runMode int

const (
	inProcess runMode = iota
	asOtherUser
	onFullDisk
	interrupted
)

// badInput is one row of docs/reliability.md's table, by its id. The
// table's command must be the case's, its exit code the one prfaq gives,
// and every `quoted` part of "What the user sees" must appear in what
// prfaq prints; so the table cannot drift from what prfaq does.
type badInput struct {
	id    string
	setup func(t *testing.T, dir string)
	env   []string // NAME=value, shown before the command
	args  []string
	run   runMode
	// check looks at the folder afterwards: what must be there, unchanged
	// or absent.
	check func(t *testing.T, dir string)
}

func badInputs() []badInput {
	doc := func(edit func(string) string) func(t *testing.T, dir string) {
		return func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, "x.prfaq.yaml"), edit(exampleText(t)))
		}
	}
	raw := func(name, content string) func(t *testing.T, dir string) {
		return func(t *testing.T, dir string) { write(t, filepath.Join(dir, name), content) }
	}
	replace := func(old, new string) func(string) string {
		return func(s string) string {
			if !strings.Contains(s, old) {
				panic("the example no longer holds " + old)
			}
			return strings.Replace(s, old, new, 1)
		}
	}
	nothingWritten := func(t *testing.T, dir string) {
		for _, name := range []string{"x.md", "x.html", "out"} {
			if _, err := os.Lstat(filepath.Join(dir, name)); err == nil {
				t.Errorf("%s was written", name)
			}
		}
	}
	// A document over the 8 KB a full disk allows (see onFullDisk).
	padded := func(s string) string { return s + "# " + strings.Repeat("notes ", 1500) + "\n" }
	// A history entry whose snapshot path leads out of the folder, to a
	// file whose checksum it records: ../outside.yaml exists (in the
	// test's own temporary folder), ../absent.yaml does not.
	outsideSnapshot := func(ref string) func(t *testing.T, dir string) {
		return func(t *testing.T, dir string) {
			secret := "prfaq: 1\ntitle: SECRET outside the folder\n"
			write(t, filepath.Join(dir, "..", "outside.yaml"), secret)
			doc(func(s string) string {
				return s + "history:\n  - version: \"1.0\"\n    date: 2026-11-01\n    status: draft\n    message: First\n    snapshot: " + ref + "\n    sha256: " + store.Checksum([]byte(secret)) + "\n"
			})(t, dir)
		}
	}
	// A bump that failed: the document as it was, and no snapshot folder
	// left behind, empty or not.
	unbumped := func(t *testing.T, dir string) {
		if data, _ := os.ReadFile(filepath.Join(dir, "x.prfaq.yaml")); !strings.Contains(string(data), "version: \"1.2\"") || strings.Contains(string(data), "history:") {
			t.Error("the document changed")
		}
		if _, err := os.Lstat(filepath.Join(dir, "x.history")); err == nil {
			t.Error("x.history was left behind")
		}
	}
	// A render whose outputs exist from an earlier run: they must be left
	// as they were.
	rendered := func(t *testing.T, dir string) {
		doc(func(s string) string { return s })(t, dir)
		if code := Run([]string{"render", "x.prfaq.yaml", "--out", "out"}, testEnv(dir)); code != ExitOK {
			t.Fatalf("first render: exit %d", code)
		}
		for _, name := range []string{"x.md", "x.html"} {
			data, _ := os.ReadFile(filepath.Join(dir, "out", name))
			write(t, filepath.Join(dir, "before", name), string(data))
		}
		write(t, filepath.Join(dir, "x.prfaq.yaml"), replace("Pause deliveries", "Pause every delivery")(exampleText(t)))
	}
	outputUnchanged := func(t *testing.T, dir string) {
		for _, name := range []string{"x.md", "x.html"} {
			before, _ := os.ReadFile(filepath.Join(dir, "before", name))
			after, _ := os.ReadFile(filepath.Join(dir, "out", name))
			if len(before) == 0 || !bytes.Equal(before, after) {
				t.Errorf("out/%s changed", name)
			}
		}
		if tmp, _ := filepath.Glob(filepath.Join(dir, "out", ".*tmp*")); len(tmp) > 0 {
			t.Errorf("temporary files left behind: %v", tmp)
		}
	}
	var started time.Time // when markdown-quadratic's setup ended
	return []badInput{
		{id: "malformed-yaml", setup: doc(replace("title: Pause deliveries mini PR/FAQ", "title: [Pause deliveries")), args: []string{"render", "x.prfaq.yaml"}, check: nothingWritten},
		{id: "tab-indent", setup: doc(replace("  - Rafael Duarte", "\t- Rafael Duarte")), args: []string{"render", "x.prfaq.yaml"}, check: nothingWritten},
		{id: "unknown-key", setup: doc(replace("title:", "titel:")), args: []string{"render", "x.prfaq.yaml"}, check: nothingWritten},
		{id: "duplicate-key", setup: doc(replace("team:", "title: Again\nteam:")), args: []string{"render", "x.prfaq.yaml"}, check: nothingWritten},
		{id: "wrong-type", setup: doc(replace("tags: [subscriptions, retention, mobile-app, small-feature]", "tags: subscriptions")), args: []string{"render", "x.prfaq.yaml"}, check: nothingWritten},
		{id: "bad-value", setup: doc(replace("launch_date: 2027-02-09", "launch_date: next spring")), args: []string{"render", "x.prfaq.yaml"}, check: nothingWritten},
		{id: "two-documents", setup: doc(func(s string) string { return s + "---\ntitle: another\n" }), args: []string{"render", "x.prfaq.yaml"}, check: nothingWritten},
		{id: "empty", setup: raw("x.prfaq.yaml", ""), args: []string{"render", "x.prfaq.yaml"}, check: nothingWritten},
		{id: "comments-only", setup: raw("x.prfaq.yaml", "# to do\n---\n"), args: []string{"render", "x.prfaq.yaml"}, check: nothingWritten},
		{id: "binary", setup: raw("x.prfaq.yaml", "prfaq: 1\x00\x01\x02"), args: []string{"render", "x.prfaq.yaml"}, check: nothingWritten},
		{id: "invalid-utf8", setup: doc(replace("Siobhán", "Siobh\xe1n")), args: []string{"render", "x.prfaq.yaml"}, check: nothingWritten},
		{id: "crlf", setup: doc(func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }), args: []string{"render", "x.prfaq.yaml"}, check: sameAsExample},
		{id: "bom", setup: doc(func(s string) string { return "\uFEFF" + s }), args: []string{"render", "x.prfaq.yaml"}, check: sameAsExample},
		{id: "huge", setup: sparse("x.prfaq.yaml", 50<<20), args: []string{"render", "x.prfaq.yaml"}, check: nothingWritten},
		{id: "huge-lint", setup: sparse("x.prfaq.yaml", 50<<20), args: []string{"lint", "x.prfaq.yaml"}},
		{id: "limit-lowered", setup: doc(func(s string) string { return s }), env: []string{MaxFileSizeEnv + "=4KB"}, args: []string{"render", "x.prfaq.yaml"}, check: nothingWritten},
		{id: "limit-raised", setup: doc(func(s string) string { return s + "# " + strings.Repeat("padding ", 6<<17) + "\n" }), env: []string{MaxFileSizeEnv + "=20MB"}, args: []string{"lint", "x.prfaq.yaml"}},
		{id: "limit-invalid", setup: doc(func(s string) string { return s }), env: []string{MaxFileSizeEnv + "=lots"}, args: []string{"render", "x.prfaq.yaml"}, check: nothingWritten},
		{id: "alias-bomb", setup: doc(func(s string) string { return aliasBomb() + strings.Replace(s, "tags: [", "tags: *a9\nold_tags: [", 1) }), args: []string{"render", "x.prfaq.yaml"}, check: nothingWritten},
		{id: "deep-nesting", setup: doc(replace("tags: [subscriptions", "tags: ["+strings.Repeat("[", 40)+strings.Repeat("]", 40)+", subscriptions")), args: []string{"render", "x.prfaq.yaml"}, check: nothingWritten},
		{id: "faq-10000", setup: doc(func(s string) string { return withFAQ(s, 10_000) }), args: []string{"lint", "x.prfaq.yaml"}},
		{id: "one-long-line", setup: doc(replace("  benefit: |\n    They set a return date once", "  benefit: |\n    "+strings.Repeat("Subscribers wait significantly longer. ", 20_000)+"They set a return date once")), args: []string{"lint", "x.prfaq.yaml"}},
		{id: "missing", args: []string{"render", "x.prfaq.yaml"}, check: nothingWritten},
		{id: "folder", setup: func(t *testing.T, dir string) { os.Mkdir(filepath.Join(dir, "x.prfaq.yaml"), 0o755) }, args: []string{"render", "x.prfaq.yaml"}},
		{id: "unreadable", setup: func(t *testing.T, dir string) {
			doc(func(s string) string { return s })(t, dir)
			os.Chmod(filepath.Join(dir, "x.prfaq.yaml"), 0)
		}, args: []string{"render", "x.prfaq.yaml"}, run: asOtherUser, check: nothingWritten},
		{id: "read-only-output", setup: func(t *testing.T, dir string) {
			rendered(t, dir)
			os.Chmod(filepath.Join(dir, "out"), 0o555)
		}, args: []string{"render", "x.prfaq.yaml", "--out", "out"}, run: asOtherUser, check: outputUnchanged},
		{id: "disk-full", setup: rendered, args: []string{"render", "x.prfaq.yaml", "--out", "out"}, run: onFullDisk, check: outputUnchanged},
		{id: "ctrl-c", setup: func(t *testing.T, dir string) {
			rendered(t, dir)
			write(t, filepath.Join(dir, "x.prfaq.yaml"), withFAQ(exampleText(t), 5000))
		}, args: []string{"render", "x.prfaq.yaml", "--out", "out"}, run: interrupted, check: outputUnchanged},
		{id: "foreign-output", setup: func(t *testing.T, dir string) {
			doc(func(s string) string { return s })(t, dir)
			write(t, filepath.Join(dir, "x.html"), "<p>my own page</p>\n")
		}, args: []string{"render", "x.prfaq.yaml"}, check: func(t *testing.T, dir string) {
			if data, _ := os.ReadFile(filepath.Join(dir, "x.html")); string(data) != "<p>my own page</p>\n" {
				t.Error("x.html was overwritten")
			}
		}},
		{id: "symlinked-output", setup: func(t *testing.T, dir string) {
			rendered(t, dir)
			outside := filepath.Join(dir, "elsewhere.html")
			write(t, outside, "kept\n")
			os.Remove(filepath.Join(dir, "out", "x.html"))
			if err := os.Symlink(outside, filepath.Join(dir, "out", "x.html")); err != nil {
				t.Fatal(err)
			}
		}, args: []string{"render", "x.prfaq.yaml", "--out", "out", "--force"}, check: func(t *testing.T, dir string) {
			if data, _ := os.ReadFile(filepath.Join(dir, "elsewhere.html")); string(data) != "kept\n" {
				t.Error("the file the link pointed to was written")
			}
			if info, err := os.Lstat(filepath.Join(dir, "out", "x.html")); err != nil || !info.Mode().IsRegular() {
				t.Errorf("out/x.html is not a regular file: %v", err)
			}
		}},
		{id: "document-symlink", setup: func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, "shared", "x.prfaq.yaml"), exampleText(t))
			if err := os.Symlink(filepath.Join("shared", "x.prfaq.yaml"), filepath.Join(dir, "x.prfaq.yaml")); err != nil {
				t.Fatal(err)
			}
		}, args: []string{"bump", "x.prfaq.yaml", "-m", "Reviewed"}, check: func(t *testing.T, dir string) {
			if to, err := os.Readlink(filepath.Join(dir, "x.prfaq.yaml")); err != nil || to != filepath.Join("shared", "x.prfaq.yaml") {
				t.Errorf("the link changed: %q, %v", to, err)
			}
			if data, _ := os.ReadFile(filepath.Join(dir, "shared", "x.prfaq.yaml")); string(data) != exampleText(t) {
				t.Error("the document the link points to changed")
			}
		}},
		{id: "snapshot-edited", setup: func(t *testing.T, dir string) {
			doc(func(s string) string { return s })(t, dir)
			if code := Run([]string{"bump", "x.prfaq.yaml", "-m", "Reviewed"}, testEnv(dir)); code != ExitOK {
				t.Fatalf("bump: exit %d", code)
			}
			snap := filepath.Join(dir, filepath.FromSlash(store.SnapshotRef("x.prfaq.yaml", "1.2")))
			os.Chmod(snap, 0o644)
			data, _ := os.ReadFile(snap)
			write(t, snap, strings.Replace(string(data), "Pause", "Halt", 1))
		}, args: []string{"show", "x.prfaq.yaml@1.2"}},
		{id: "snapshot-exists", setup: func(t *testing.T, dir string) {
			doc(func(s string) string { return s })(t, dir)
			write(t, filepath.Join(dir, filepath.FromSlash(store.SnapshotRef("x.prfaq.yaml", "1.2"))), "kept\n")
		}, args: []string{"bump", "x.prfaq.yaml", "-m", "Reviewed"}, check: func(t *testing.T, dir string) {
			if data, _ := os.ReadFile(filepath.Join(dir, filepath.FromSlash(store.SnapshotRef("x.prfaq.yaml", "1.2")))); string(data) != "kept\n" {
				t.Error("the existing snapshot was rewritten")
			}
			if data, _ := os.ReadFile(filepath.Join(dir, "x.prfaq.yaml")); string(data) != exampleText(t) {
				t.Error("the document changed")
			}
		}},
		{id: "unknown-version", setup: doc(func(s string) string { return s }), args: []string{"show", "x.prfaq.yaml@9.9"}},
		{id: "markdown-binary", setup: raw("x.md", "# Title\x00\x01"), args: []string{"import", "x.md"}},
		{id: "markdown-invalid-utf8", setup: raw("x.md", "# Caf\xe9 launches\n\n## Problem\n\nText.\n"), args: []string{"import", "x.md"}},
		{id: "markdown-no-structure", setup: raw("x.md", "Just a few words.\n"), args: []string{"import", "x.md"}},
		{id: "markdown-front-matter", setup: raw("x.md", "---\ntitle: [oops\n---\n# Pause deliveries\n\n## Problem\n\nBoxes arrive while people are away.\n"), args: []string{"import", "x.md"}},
		{id: "workshop-malformed", setup: raw("w.yaml", "agenda:\n  - id: a\n    title: [A\n"), args: []string{"workshop", "kit", "--workshop", "w.yaml", "--out", "kit"}},
		{id: "workshop-too-long", setup: raw("w.yaml", "minutes: 30\nagenda:\n  - {id: a, title: A, minutes: 40, fixed: true, do: Write.}\n"), args: []string{"workshop", "kit", "--workshop", "w.yaml", "--out", "kit"}},
		{id: "template-broken", setup: func(t *testing.T, dir string) {
			doc(func(s string) string { return s })(t, dir)
			write(t, filepath.Join(dir, ".prfaq", "templates", "mini.yaml"), "name: mini\nextends: mini\nquestons: []\n")
		}, args: []string{"render", "x.prfaq.yaml"}, check: nothingWritten},
		{id: "lint-config-broken", setup: func(t *testing.T, dir string) {
			doc(func(s string) string { return s })(t, dir)
			write(t, filepath.Join(dir, workspace.ConfigFile), "rules:\n  passive-voice: loud\n")
		}, args: []string{"lint", "x.prfaq.yaml"}},
		{id: "answers-broken", setup: raw("a.yaml", "title: Pause\nauthors: Siobhán\n"), args: []string{"new", "x.prfaq.yaml", "--answers", "a.yaml"}, check: nothingWritten},
		{id: "fifo", setup: withFIFOs(doc(func(s string) string { return s }), "y.prfaq.yaml", "notes.md", ".gitignore"), args: []string{"lint", "."}},
		{id: "fifo-index", setup: withFIFOs(doc(func(s string) string { return s }), "y.prfaq.yaml", "notes.md"), args: []string{"index", ".", "--out", "index.html"}, check: func(t *testing.T, dir string) {
			if _, err := os.Stat(filepath.Join(dir, "index.html")); err != nil {
				t.Errorf("no index written: %v", err)
			}
		}},
		{id: "dangling-link", setup: withLink(doc(func(s string) string { return s }), "a.prfaq.yaml", "gone.prfaq.yaml"), args: []string{"lint", "."}},
		{id: "dangling-link-index", setup: withLink(doc(func(s string) string { return s }), "a.prfaq.yaml", "gone.prfaq.yaml"), args: []string{"index", ".", "--out", "index.html"}, check: func(t *testing.T, dir string) {
			if _, err := os.Stat(filepath.Join(dir, "index.html")); err != nil {
				t.Errorf("no index written: %v", err)
			}
		}},
		{id: "look-alike-key", setup: doc(replace("title:", "t\u0456tle:")), args: []string{"render", "x.prfaq.yaml"}, check: nothingWritten},
		{id: "stale-temp", setup: func(t *testing.T, dir string) {
			doc(func(s string) string { return s })(t, dir)
			old := time.Now().Add(-2 * time.Hour)
			for name, age := range map[string]time.Time{".x.md.prfaq-tmp-123": old, ".x.html.prfaq-tmp-456": old, ".x.md.prfaq-tmp-789": time.Now(), ".x.md.tmp-1": old} {
				write(t, filepath.Join(dir, name), "half a file")
				if err := os.Chtimes(filepath.Join(dir, name), age, age); err != nil {
					t.Fatal(err)
				}
			}
		}, args: []string{"render", "x.prfaq.yaml"}, check: func(t *testing.T, dir string) {
			for name, want := range map[string]bool{".x.md.prfaq-tmp-123": false, ".x.html.prfaq-tmp-456": false, ".x.md.prfaq-tmp-789": true, ".x.md.tmp-1": true} {
				if _, err := os.Lstat(filepath.Join(dir, name)); (err == nil) != want {
					t.Errorf("%s: there %v, want %v", name, err == nil, want)
				}
			}
		}},
		{id: "control-codes", setup: func(t *testing.T, dir string) {
			doc(func(s string) string { return s })(t, dir)
			if code := Run([]string{"bump", "x.prfaq.yaml", "-m", "Reviewed \x1b[2J\x1b]52;c;aGk=\a\r\u202e"}, testEnv(dir)); code != ExitOK {
				t.Fatalf("bump: exit %d", code)
			}
		}, args: []string{"log", "x.prfaq.yaml"}},
		{id: "empty-value-bump", setup: doc(replace("updated: 2026-11-18", "updated:")), args: []string{"bump", "x.prfaq.yaml", "-m", "Reviewed"}, check: func(t *testing.T, dir string) {
			data, _ := os.ReadFile(filepath.Join(dir, "x.prfaq.yaml"))
			if !strings.Contains(string(data), "\nupdated: 20") || !strings.Contains(string(data), "version: \"1.3\"") {
				t.Errorf("the document was not bumped:\n%s", data)
			}
		}},
		{id: "shared-value-bump", setup: doc(func(s string) string {
			return replace("launch_date: 2027-02-09", "launch_date: *u")(replace("updated: 2026-11-18", "updated: &u 2026-11-18")(s))
		}), args: []string{"bump", "x.prfaq.yaml", "-m", "Reviewed"}, check: unbumped},
		{id: "bump-disk-full", setup: doc(padded), args: []string{"bump", "x.prfaq.yaml", "-m", "Reviewed"}, run: onFullDisk, check: func(t *testing.T, dir string) {
			if data, _ := os.ReadFile(filepath.Join(dir, "x.prfaq.yaml")); string(data) != padded(exampleText(t)) {
				t.Error("the document changed")
			}
			if _, err := os.Lstat(filepath.Join(dir, "x.history")); err == nil {
				t.Error("x.history was left behind")
			}
		}},
		{id: "disk-full-new-folder", setup: doc(func(s string) string { return s }), args: []string{"render", "x.prfaq.yaml", "--out", "new/out"}, run: onFullDisk, check: func(t *testing.T, dir string) {
			if _, err := os.Lstat(filepath.Join(dir, "new")); err == nil {
				t.Error("the folder new was left behind")
			}
		}},
		{id: "snapshot-outside", setup: outsideSnapshot("../outside.yaml"), args: []string{"show", "x.prfaq.yaml@1.0"}},
		{id: "snapshot-outside-absent", setup: outsideSnapshot("../absent.yaml"), args: []string{"log", "x.prfaq.yaml"}},
		{id: "bump-read-only", setup: func(t *testing.T, dir string) {
			doc(func(s string) string { return s })(t, dir)
			os.Chmod(dir, 0o555)
		}, args: []string{"bump", "x.prfaq.yaml", "-m", "Reviewed"}, run: asOtherUser, check: unbumped},
		{id: "out-dash", setup: doc(func(s string) string { return s }), args: []string{"render", "x.prfaq.yaml", "--out", "-"}, check: func(t *testing.T, dir string) {
			if _, err := os.Lstat(filepath.Join(dir, "-")); err == nil {
				t.Error("a file or folder named - was made")
			}
		}},
		{id: "version-too-large", setup: doc(replace(`version: "1.2"`, `version: "9223372036854775807.9223372036854775807"`)), args: []string{"bump", "x.prfaq.yaml", "-m", "Reviewed"}, check: func(t *testing.T, dir string) {
			if _, err := os.Lstat(filepath.Join(dir, "x.history")); err == nil {
				t.Error("x.history was made")
			}
		}},
		{id: "binary-tag", setup: doc(replace("title: Pause deliveries mini PR/FAQ", "title: !!binary UGF1c2U=")), args: []string{"render", "x.prfaq.yaml"}, check: nothingWritten},
		{id: "custom-tag", setup: doc(replace("title: Pause deliveries mini PR/FAQ", "title: !vault Pause")), args: []string{"bump", "x.prfaq.yaml", "-m", "Reviewed"}},
		{id: "history-symlink", setup: func(t *testing.T, dir string) {
			doc(func(s string) string { return s })(t, dir)
			if err := os.Mkdir(filepath.Join(dir, "elsewhere"), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink("elsewhere", filepath.Join(dir, "x.history")); err != nil {
				t.Fatal(err)
			}
		}, args: []string{"bump", "x.prfaq.yaml", "-m", "Reviewed"}, check: func(t *testing.T, dir string) {
			if entries, _ := os.ReadDir(filepath.Join(dir, "elsewhere")); len(entries) != 0 {
				t.Errorf("a snapshot was written where the link points: %v", entries)
			}
			if data, _ := os.ReadFile(filepath.Join(dir, "x.prfaq.yaml")); string(data) != exampleText(t) {
				t.Error("the document changed")
			}
		}},
		{id: "template-loop", setup: loopingTemplate, args: []string{"render", "x.prfaq.yaml"}, check: nothingWritten},
		{id: "template-loop-lint", setup: loopingTemplate, args: []string{"lint", "x.prfaq.yaml"}},
		{id: "markdown-quadratic", setup: func(t *testing.T, dir string) {
			doc(func(s string) string {
				s = replace("  problem: |\n", "  problem: |\n    "+strings.Repeat("[a](", 100_000)+"\n\n")(s)
				s = replace("  current_solutions: |\n", "  current_solutions: |\n    "+strings.Repeat("- ", 50_000)+"x\n\n")(s)
				s = replace("  solution: |\n", "  solution: |\n    "+strings.Repeat(">", 100_000)+"\n\n")(s)
				var staircase strings.Builder
				for i := range 1_500 {
					staircase.WriteString("    " + strings.Repeat(" ", 2*i) + "- x\n")
				}
				return replace("  benefit: |\n", "  benefit: |\n"+staircase.String()+"\n")(s)
			})(t, dir)
			started = time.Now()
		}, args: []string{"render", "x.prfaq.yaml"}, check: func(t *testing.T, dir string) {
			// Before the bound, the links alone took 50 s.
			if took := time.Since(started); took > 15*time.Second {
				t.Errorf("render took %s", took)
			}
		}},
	}
}

func TestBadInputs(t *testing.T) {
	top := t
	rows := reliabilityTable(t)
	cases := badInputs()
	ids := make([]string, len(cases))
	for i, c := range cases {
		ids[i] = c.id
	}
	for id := range rows {
		if !slices.Contains(ids, id) {
			t.Errorf("docs/reliability.md has a row %s that no case tests", id)
		}
	}
	var bin string
	for _, c := range cases {
		t.Run(c.id, func(t *testing.T) {
			row, ok := rows[c.id]
			if !ok {
				t.Fatalf("docs/reliability.md has no row for %s", c.id)
			}
			command := strings.Join(append(slices.Clone(c.env), "prfaq "+strings.Join(c.args, " ")), " ")
			if row.command != command {
				t.Errorf("the table's command is %q; the test runs %q", row.command, command)
			}
			dir := t.TempDir()
			if c.setup != nil {
				c.setup(t, dir)
			}
			var code int
			var output string
			if c.run == inProcess {
				var out bytes.Buffer
				env := testEnv(dir)
				env.Stdout, env.Stderr = &out, &out
				getenv := env.Getenv
				env.Getenv = func(k string) string {
					for _, kv := range c.env {
						if name, v, _ := strings.Cut(kv, "="); name == k {
							return v
						}
					}
					return getenv(k)
				}
				code = Run(c.args, env)
				output = out.String()
			} else {
				if bin == "" {
					bin = prfaqProcess(top)
				}
				code, output = runProcess(t, bin, dir, c)
			}
			if code != row.exit {
				t.Errorf("exit %d, the table says %d\n%s", code, row.exit, output)
			}
			for _, want := range row.sees {
				if !strings.Contains(output, want) {
					t.Errorf("output lacks the table's %q:\n%s", want, output)
				}
			}
			if strings.Contains(output, "goroutine ") || strings.Contains(output, "panic:") {
				t.Errorf("a stack trace:\n%s", output)
			}
			if c.check != nil {
				c.check(t, dir)
			}
		})
	}
}

type reliabilityRow struct {
	command string
	sees    []string
	exit    int
}

// reliabilityTable reads the bad-input table of docs/reliability.md: rows
// of | `id` | input | `command` | what the user sees | exit |, in the
// section "The bad-input table".
func reliabilityTable(t *testing.T) map[string]reliabilityRow {
	t.Helper()
	data, err := os.ReadFile("../../docs/reliability.md")
	if err != nil {
		t.Fatal(err)
	}
	quoted := regexp.MustCompile("`([^`]+)`")
	_, table, ok := strings.Cut(string(data), "\n## The bad-input table\n")
	if !ok {
		t.Fatal(`docs/reliability.md has no "## The bad-input table" section`)
	}
	table, _, _ = strings.Cut(table, "\n## ")
	rows := map[string]reliabilityRow{}
	for _, line := range strings.Split(table, "\n") {
		if !strings.HasPrefix(line, "| `") {
			continue
		}
		cells := strings.Split(strings.Trim(line, "| "), " | ")
		if len(cells) != 5 {
			t.Fatalf("docs/reliability.md: a row needs 5 cells: %s", line)
		}
		id := strings.Trim(cells[0], "`")
		var row reliabilityRow
		row.command = strings.Trim(cells[2], "`")
		for _, m := range quoted.FindAllStringSubmatch(cells[3], -1) {
			row.sees = append(row.sees, strings.ReplaceAll(m[1], `\|`, "|"))
		}
		if _, err := fmt.Sscan(cells[4], &row.exit); err != nil {
			t.Fatalf("docs/reliability.md: row %s: exit %q is not a number", id, cells[4])
		}
		if _, dup := rows[id]; dup {
			t.Fatalf("docs/reliability.md: row %s appears twice", id)
		}
		rows[id] = row
	}
	if len(rows) == 0 {
		t.Fatal("docs/reliability.md has no table rows")
	}
	return rows
}

// TestInterruptMidWrite stops prfaq render with SIGINT at moments spread
// over a whole run, writing the outputs included: each time, every output
// is either the earlier file, whole, or the new one, whole.
func TestInterruptMidWrite(t *testing.T) {
	if testing.Short() {
		t.Skip("runs prfaq a few dozen times")
	}
	bin := prfaqProcess(t)
	dir := t.TempDir()
	c := badInput{args: []string{"render", "x.prfaq.yaml", "--out", "out"}}
	write(t, filepath.Join(dir, "x.prfaq.yaml"), withFAQ(exampleText(t), 2000))
	if code, out := runProcess(t, bin, dir, c); code != ExitOK {
		t.Fatalf("first render: exit %d\n%s", code, out)
	}
	old := readOutputs(t, dir)
	write(t, filepath.Join(dir, "x.prfaq.yaml"), strings.Replace(withFAQ(exampleText(t), 2000), "Pause deliveries", "Pause every delivery", 1))
	start := time.Now()
	if code, out := runProcess(t, bin, dir, c); code != ExitOK {
		t.Fatalf("second render: exit %d\n%s", code, out)
	}
	whole := time.Since(start)
	fresh := readOutputs(t, dir)
	interrupted := 0
	for i := range 24 {
		// Back to the old outputs, then stop a render part of the way.
		for name, data := range old {
			write(t, filepath.Join(dir, "out", name), string(data))
		}
		cmd := exec.Command(bin, c.args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "SOURCE_DATE_EPOCH=1795000000")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(whole * time.Duration(i) / 16) // up to half a run past its end
		cmd.Process.Signal(os.Interrupt)
		err := cmd.Wait()
		var ee *exec.ExitError
		if errors.As(err, &ee) && ee.Sys().(syscall.WaitStatus).Signaled() {
			interrupted++
		}
		for name, data := range readOutputs(t, dir) {
			if !bytes.Equal(data, old[name]) && !bytes.Equal(data, fresh[name]) {
				t.Fatalf("stop %d: out/%s is neither the old file nor the new one (%d bytes)", i, name, len(data))
			}
		}
	}
	if interrupted == 0 {
		t.Error("no run was interrupted: the test stopped none of them part of the way")
	}
	t.Logf("%d of 24 runs interrupted; a whole run takes %v", interrupted, whole)
}

func readOutputs(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, name := range []string{"x.md", "x.html"} {
		data, err := os.ReadFile(filepath.Join(dir, "out", name))
		if err != nil {
			t.Fatal(err)
		}
		out[name] = data
	}
	return out
}

// prfaqProcess copies this test binary, which acts as prfaq under that
// name (TestMain), to a folder any user may read, so a case can run it as
// another user.
func prfaqProcess(t *testing.T) string {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir, err := os.MkdirTemp("", "prfaq-bin-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	src, err := os.Open(self)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	bin := filepath.Join(dir, "prfaq")
	dst, err := os.OpenFile(bin, os.O_CREATE|os.O_WRONLY, 0o755)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		t.Fatal(err)
	}
	if err := dst.Close(); err != nil {
		t.Fatal(err)
	}
	os.Chmod(dir, 0o755)
	if err := os.Symlink(bin, filepath.Join(dir, smallDiskCommand)); err != nil {
		t.Fatal(err)
	}
	return bin
}

// smallDiskCommand is prfaq with a limit on the size of any file it
// writes (RLIMIT_FSIZE): the write fails part of the way, as on a full
// disk, with "file too large" in place of "no space left on device".
const smallDiskCommand = "prfaq-small-disk"

func runProcess(t *testing.T, bin, dir string, c badInput) (int, string) {
	t.Helper()
	name := bin
	if c.run == onFullDisk {
		name = filepath.Join(filepath.Dir(bin), smallDiskCommand)
	}
	cmd := exec.Command(name, c.args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "SOURCE_DATE_EPOCH=1795000000", "HOME="+filepath.Join(dir, "home"), "XDG_CONFIG_HOME="+filepath.Join(dir, "config"))
	cmd.Env = append(cmd.Env, c.env...)
	if c.run == asOtherUser && os.Geteuid() == 0 {
		// Root reads and writes everything; nobody does not.
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534, NoSetGroups: true}}
		for p := dir; p != filepath.Dir(p); p = filepath.Dir(p) {
			if info, err := os.Stat(p); err == nil && info.Mode().Perm()&0o005 != 0o005 {
				os.Chmod(p, info.Mode().Perm()|0o005)
			}
		}
	}
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if c.run == interrupted {
		time.Sleep(20 * time.Millisecond)
		cmd.Process.Signal(os.Interrupt)
	}
	err := cmd.Wait()
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			// What a shell reports for a process its signal ended.
			return 128 + int(ws.Signal()), out.String()
		}
		return ee.ExitCode(), out.String()
	case err != nil:
		t.Fatalf("%s: %v", name, err)
	}
	return 0, out.String()
}

func testEnv(dir string) Env {
	return Env{
		Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: io.Discard,
		Getenv: func(k string) string {
			switch k {
			case "HOME":
				return filepath.Join(dir, "home")
			case "XDG_CONFIG_HOME":
				return filepath.Join(dir, "config")
			}
			return ""
		},
		Dir: dir,
		Now: func() time.Time { return time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC) },
	}
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// withFIFOs runs setup, then makes named pipes (FIFOs) at names: opening
// one for reading waits for a writer that never comes. Where mkfifo is
// not available the case is skipped.
func withFIFOs(setup func(t *testing.T, dir string), names ...string) func(t *testing.T, dir string) {
	return func(t *testing.T, dir string) {
		setup(t, dir)
		for _, name := range names {
			if err := syscall.Mkfifo(filepath.Join(dir, name), 0o644); err != nil {
				t.Skipf("cannot make a FIFO here: %v", err)
			}
		}
	}
}

// withLink runs setup, then makes a symbolic link at name to target.
func withLink(setup func(t *testing.T, dir string), name, target string) func(t *testing.T, dir string) {
	return func(t *testing.T, dir string) {
		setup(t, dir)
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
}

func sparse(name string, size int64) func(t *testing.T, dir string) {
	return func(t *testing.T, dir string) {
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := f.Truncate(size); err != nil {
			t.Fatal(err)
		}
	}
}

// loopingTemplate writes the example with a project template whose FAQ
// layout loops a billion times.
func loopingTemplate(t *testing.T, dir string) {
	write(t, filepath.Join(dir, "x.prfaq.yaml"), exampleText(t))
	write(t, filepath.Join(dir, ".prfaq", "templates", "mini.yaml"), "name: mini\nversion: \"1.1\"\ndescription: mini, looping\nextends: mini\nlayout:\n  faq: |\n    # FAQ\n    {{ range 1000000000 }}x{{ end }}\n")
}

// exampleText is the meal-kit-pause example, a short mini PR/FAQ,
// without its history: the snapshots it names are not copied beside x.
func exampleText(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile("../../examples/meal-kit-pause.prfaq.yaml")
	if err != nil {
		t.Fatal(err)
	}
	text, _, _ := strings.Cut(string(data), "\nhistory:\n")
	return text + "\n"
}

// sameAsExample checks that a file saved with a BOM and CRLF line ends
// renders exactly as the example does.
func sameAsExample(t *testing.T, dir string) {
	want := t.TempDir()
	write(t, filepath.Join(want, "x.prfaq.yaml"), exampleText(t))
	if code := Run([]string{"render", "x.prfaq.yaml"}, testEnv(want)); code != ExitOK {
		t.Fatalf("render of the example: exit %d", code)
	}
	for _, name := range []string{"x.md", "x.html"} {
		a, _ := os.ReadFile(filepath.Join(dir, name))
		b, _ := os.ReadFile(filepath.Join(want, name))
		if len(a) == 0 || !bytes.Equal(a, b) {
			t.Errorf("%s differs from the example's", name)
		}
	}
}

// aliasBomb is a "billion laughs": ten lines whose aliases stand for 9^9
// strings, with *a9 to refer to.
func aliasBomb() string {
	var b strings.Builder
	b.WriteString("x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n")
	for i := 1; i < 10; i++ {
		fmt.Fprintf(&b, "x%d: &a%d [%s]\n", i, i, strings.TrimSuffix(strings.Repeat(fmt.Sprintf("*a%d, ", i-1), 9), ", "))
	}
	return b.String()
}

// withFAQ gives the example n customer FAQ entries.
func withFAQ(s string, n int) string {
	start := strings.Index(s, "  external:\n")
	end := strings.Index(s, "  internal:\n")
	var b strings.Builder
	b.WriteString(s[:start] + "  external:\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "    - id: E%d\n      question: Does pausing cost anything in week %d?\n      answer: |\n        No. Pantrylane charges nothing for the weeks you pause.\n", i, i)
	}
	b.WriteString(s[end:])
	return b.String()
}
