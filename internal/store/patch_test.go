package store

import (
	"slices"
	"strings"
	"testing"

	"github.com/prfaq/prfaq/internal/prfaq"
)

var rev = prfaq.Revision{Version: "1.0", Date: "2026-11-22", Status: prfaq.StatusDraft, Author: "Ana", Message: "First: a draft", Snapshot: "x.history/1.0.yaml", SHA256: strings.Repeat("ab", 32)}

func TestPatchKeepsEverythingElse(t *testing.T) {
	src := `# My notes stay.
prfaq: 1
title: "Tab Split"   # the working title
template: amazon
mode: future
status: draft
version: '1.0' # first
press_release:
  problem: |
    Keep   this   spacing.
`
	out, err := Patch("x.prfaq.yaml", []byte(src), Edit{
		Set:     []KeyValue{{"version", "1.1"}, {"updated", "2026-11-22"}, {"status", "in-review"}},
		History: []prfaq.Revision{rev},
	})
	if err != nil {
		t.Fatal(err)
	}
	want := `# My notes stay.
prfaq: 1
title: "Tab Split"   # the working title
template: amazon
mode: future
status: in-review
version: "1.1" # first
updated: 2026-11-22
press_release:
  problem: |
    Keep   this   spacing.
history:
  - version: "1.0"
    date: 2026-11-22
    status: draft
    author: Ana
    message: 'First: a draft'
    snapshot: x.history/1.0.yaml
    sha256: ` + strings.Repeat("ab", 32) + "\n"
	if string(out) != want {
		t.Errorf("got:\n%s\nwant:\n%s", out, want)
	}
}

func TestPatchAppendsToHistory(t *testing.T) {
	src := minimal + "history:\n    - version: \"0.9\"\n      date: 2026-11-01\n      status: draft\n      message: m\n      snapshot: x.history/0.9.yaml\n      sha256: " + strings.Repeat("cd", 32) + "\n# trailing comment\n"
	out, err := Patch("x.prfaq.yaml", []byte(src), Edit{History: []prfaq.Revision{rev}})
	if err != nil {
		t.Fatal(err)
	}
	doc, _, err := DecodeDocument("x", out)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if len(doc.History) != 2 || doc.History[1].Version != "1.0" {
		t.Errorf("history %+v", doc.History)
	}
	if !strings.HasSuffix(string(out), "# trailing comment\n") || !strings.Contains(string(out), "    - version: \"1.0\"") {
		t.Errorf("the new entry should follow the existing indentation and leave the comment:\n%s", out)
	}
}

func TestPatchKeepsCRLF(t *testing.T) {
	src := strings.ReplaceAll(minimal, "\n", "\r\n")
	out, err := Patch("x.prfaq.yaml", []byte(src), Edit{Set: []KeyValue{{"version", "1.1"}}, History: []prfaq.Revision{rev}})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Count(string(out), "\n") != strings.Count(string(out), "\r\n") {
		t.Errorf("line ends mixed:\n%q", out)
	}
}

func TestPatchRefusesWhatItCannotEditSafely(t *testing.T) {
	for _, src := range []string{
		strings.Replace(minimal, `version: "1.0"`, "version: >-\n  1.0", 1),
		minimal + "history: [{version: \"0.9\", date: 2026-11-01, status: draft, message: m, snapshot: s, sha256: " + strings.Repeat("cd", 32) + "}]\n",
		"- not a document\n",
	} {
		out, err := Patch("x.prfaq.yaml", []byte(src), Edit{Set: []KeyValue{{"version", "1.1"}}, History: []prfaq.Revision{rev}})
		if err == nil {
			t.Errorf("Patch should refuse:\n%s\ngot:\n%s", src, out)
		}
	}
}

func FuzzPatch(f *testing.F) {
	f.Add([]byte(minimal), "1.1")
	f.Add([]byte(minimal+"history:\n"), "2.0")
	f.Add([]byte(minimal+"history:\n  - version: \"0.9\"\n"), "0.10")
	f.Fuzz(func(t *testing.T, src []byte, version string) {
		if _, _, err := DecodeDocument("x", src); err != nil {
			return
		}
		if (&prfaq.Spec{Kind: prfaq.ValueVersion}).CheckScalar(version) != nil || version == "" {
			return
		}
		out, err := Patch("x", src, Edit{Set: []KeyValue{{"version", version}}, History: []prfaq.Revision{rev}})
		if err != nil {
			return // refusing is fine; a broken file is not
		}
		doc, _, err := DecodeDocument("x", out)
		if err != nil || doc.Version != version || len(doc.History) == 0 || doc.History[len(doc.History)-1] != rev {
			t.Fatalf("patched file is wrong: %v\n%s", err, out)
		}
	})
}

// Lines are cut where yaml.v3 cuts them, so its line numbers index them.
func TestLines(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"a\nb", []string{"a", "b"}},
		{"a\r\nb\rc", []string{"a", "b", "c"}},
		{"\u00850", []string{"", "0"}},
		{"a\u2028b\u2029c\nd", []string{"a", "b", "c", "d"}},
		{"x\né\u0085", []string{"x", "é", ""}},
	} {
		if got := Lines(c.in); !slices.Equal(got, c.want) {
			t.Errorf("Lines(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
