package store

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

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
		strings.Replace(minimal, `version: "1.0"`, "version: \"1.0\n  \"", 1),
		strings.Replace(minimal, `version: "1.0"`, "version: '1.0\n  '", 1),
		strings.Replace(minimal, `version: "1.0"`, "version: \"1.0\\\n  \"", 1),
	} {
		out, err := Patch("x.prfaq.yaml", []byte(src), Edit{Set: []KeyValue{{"version", "1.1"}}, History: []prfaq.Revision{rev}})
		if err == nil {
			t.Errorf("Patch should refuse:\n%s\ngot:\n%s", src, out)
		}
	}
}

// A plain value continued on a line one space deeper than its key is one
// value over two lines, which Patch refuses rather than cut in half.
func TestPatchSeesPlainContinuation(t *testing.T) {
	src := strings.Replace(minimal, "title: Tab Split PR/FAQ", "title: Tab Split\n PR/FAQ", 1)
	_, err := Patch("x.prfaq.yaml", []byte(src), Edit{Set: []KeyValue{{"title", "New"}}})
	if err == nil || !strings.Contains(err.Error(), "x.prfaq.yaml:2:8: cannot edit title in place: its value runs over several lines") {
		t.Errorf("Patch = %v", err)
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
		if err != nil && strings.Contains(err.Error(), "fault in prfaq") {
			t.Fatalf("an edit the read-back had to stop: %v\n%q", err, src)
		}
		if err != nil {
			return // refusing what it cannot edit is fine; a broken file is not
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

// Every way YAML lets a value be written, and every place a new key or
// history entry can land, patched: the result is the exact text expected,
// and reads back as the document with the edit made.
func TestPatchValueShapes(t *testing.T) {
	head := "prfaq: 1\ntitle: T\ntemplate: amazon\nmode: future\nstatus: draft\n"
	hist := "history:\n  - version: \"1.0\"\n    date: 2026-11-22\n    status: draft\n    author: Ana\n    message: 'First: a draft'\n    snapshot: x.history/1.0.yaml\n    sha256: " + strings.Repeat("ab", 32) + "\n"
	for _, c := range []struct{ name, src, want, title string }{
		{"empty value", head + "version: \"1.0\"\nupdated:\n",
			head + "version: \"1.1\"\nupdated: 2026-11-22\n" + hist, ""},
		{"empty value with a comment", head + "version: \"1.0\"\nupdated:   # when\n",
			head + "version: \"1.1\"\nupdated: 2026-11-22 # when\n" + hist, ""},
		{"null value", head + "version: \"1.0\"\nupdated: ~\n",
			head + "version: \"1.1\"\nupdated: 2026-11-22\n" + hist, ""},
		{"empty quoted value", head + "version: '1.0'\nupdated: ''\n",
			head + "version: \"1.1\"\nupdated: 2026-11-22\n" + hist, ""},
		{"quoted with '' at the end of the line", strings.Replace(head, "title: T", "title: 'It''s'' '''", 1) + "version: '1.0'\n",
			strings.Replace(head, "title: T", "title: It's new", 1) + "version: \"1.1\"\nupdated: 2026-11-22\n" + hist, "It's new"},
		{"double quoted with an escape", head + "version: \"1.0\"\nupdated: \"2026-11-0\\x31\" # \"x\"\n",
			head + "version: \"1.1\"\nupdated: 2026-11-22 # \"x\"\n" + hist, ""},
		{"key on line 1", "version: \"1.0\"\n" + head,
			"version: \"1.1\"\nupdated: 2026-11-22\n" + head + hist, ""},
		{"key on line 1 after a byte order mark", "\ufeffversion: '1.0'\n" + head,
			"\ufeffversion: \"1.1\"\nupdated: 2026-11-22\n" + head + hist, ""},
		{"no final newline", head + "version: \"1.0\"",
			head + "version: \"1.1\"\nupdated: 2026-11-22\n" + hist, ""},
		{"value on the next line", head + "version:\n  \"1.0\"\nupdated: 2026-11-01\n",
			head + "version:\n  \"1.1\"\nupdated: 2026-11-22\n" + hist, ""},
		{"anchored value no alias uses", head + "version: &v \"1.0\"\n",
			head + "version: &v \"1.1\"\nupdated: 2026-11-22\n" + hist, ""},
		{"alias as the value", "product: &p \"1.0\"\n" + head + "version: *p\n",
			"product: &p \"1.0\"\n" + head + "version: \"1.1\"\nupdated: 2026-11-22\n" + hist, ""},
		{"insert after a comment and blank lines", head + "version: \"1.0\"\n\n# The customer\n\ncustomer:\n  who: People\n",
			head + "version: \"1.1\"\nupdated: 2026-11-22\n\n# The customer\n\ncustomer:\n  who: People\n" + hist, ""},
		{"insert after a block scalar", head + "version: \"1.0\"\nappendix: |\n  Notes.\n\n  More.\n\n# end\n",
			head + "version: \"1.1\"\nupdated: 2026-11-22\nappendix: |\n  Notes.\n\n  More.\n" + hist + "\n# end\n", ""},
		{"insert after a folded block scalar", head + "created: >-\n  2026-11-01\nversion: \"1.0\"\nappendix: >\n  Notes\n  folded.\n",
			"", ""},
		{"insert after a block scalar that keeps its trailing lines", head + "version: \"1.0\"\nappendix: |+\n  Notes.\n\n\n",
			head + "version: \"1.1\"\nupdated: 2026-11-22\nappendix: |+\n  Notes.\n\n\n" + hist, ""},
		{"append after a last entry that keeps its trailing lines", head + "version: \"1.0\"\nupdated: 2026-11-01\nhistory:\n  - version: \"0.9\"\n    date: 2026-11-01\n    status: draft\n    message: |+\n      m\n\n    snapshot: x.history/0.9.yaml\n    sha256: " + strings.Repeat("cd", 32) + "\n",
			"", ""},
		{"empty flow history", head + "version: \"1.0\"\nhistory: [] # none yet\n",
			head + "version: \"1.1\"\nupdated: 2026-11-22\n" + hist, ""},
		{"null history after a comment", head + "version: \"1.0\"\n# the record\nhistory: ~\n",
			head + "version: \"1.1\"\nupdated: 2026-11-22\n# the record\n" + hist, ""},
		{"comment one space deeper at the end", head + "version: \"1.0\"\n # kept with the mapping\n",
			head + "version: \"1.1\"\nupdated: 2026-11-22\n # kept with the mapping\n" + hist, ""},
		{"comment at the margin at the end", head + "version: \"1.0\"\n# after the mapping\n",
			head + "version: \"1.1\"\nupdated: 2026-11-22\n" + hist + "# after the mapping\n", ""},
		{"document end marker and a blank line", "---\n" + head + "version: \"1.0\"\n...\n\n",
			"---\n" + head + "version: \"1.1\"\nupdated: 2026-11-22\n" + hist + "...\n\n", ""},
		{"document end marker", "---\n" + head + "version: \"1.0\"\n...\n",
			"---\n" + head + "version: \"1.1\"\nupdated: 2026-11-22\n" + hist + "...\n", ""},
		{"indented mapping", "  " + strings.ReplaceAll(strings.TrimSuffix(head, "\n"), "\n", "\n  ") + "\n  version: \"1.0\"\n",
			"", ""},
		{"CRLF without a final line break", strings.ReplaceAll(head, "\n", "\r\n") + "version: \"1.0\"",
			strings.ReplaceAll(head+"version: \"1.1\"\nupdated: 2026-11-22\n"+hist, "\n", "\r\n"), ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			set := []KeyValue{{"version", "1.1"}, {"updated", "2026-11-22"}}
			if c.title != "" {
				set = append(set, KeyValue{"title", c.title})
			}
			out, err := Patch("x.prfaq.yaml", []byte(c.src), Edit{Set: set, History: []prfaq.Revision{rev}})
			if err != nil {
				t.Fatalf("%v\n%s", err, c.src)
			}
			if c.want != "" && string(out) != c.want {
				t.Errorf("got:\n%s\nwant:\n%s", out, c.want)
			}
			before, _, err := DecodeDocument("x", []byte(c.src))
			if err != nil {
				t.Fatal(err)
			}
			after, _, err := DecodeDocument("x", out)
			if err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			before.Version, before.Updated = "1.1", "2026-11-22"
			if c.title != "" {
				before.Title = c.title
			}
			before.History = append(before.History, rev)
			if !reflect.DeepEqual(before, after) {
				t.Errorf("the patched file means something else:\n%s\nwas:\n%+v\nnow:\n%+v", out, before, after)
			}
		})
	}
}

// The read-back check is what stops a wrong edit: given a document other
// than the one intended, it refuses, saying the fault is prfaq's.
func TestPatchReadBackRefuses(t *testing.T) {
	want, _, err := DecodeDocument("x", []byte(minimal))
	if err != nil {
		t.Fatal(err)
	}
	want.Version = "1.1"
	err = readBack("x.prfaq.yaml", []byte(minimal), want)
	if err == nil || !strings.Contains(err.Error(), "not in the file") {
		t.Errorf("readBack = %v", err)
	}
	if err := readBack("x.prfaq.yaml", []byte(minimal+"version: 2\n"), want); err == nil {
		t.Error("readBack accepted a broken file")
	}
}

// Values Patch cannot change alone are refused with the place and what to
// write instead, before anything is written.
func TestPatchRefusesSharedValues(t *testing.T) {
	src := strings.Replace(minimal, `version: "1.0"`, "version: \"1.0\"\nupdated: &u 2026-11-01\ncreated: *u", 1)
	_, err := Patch("x.prfaq.yaml", []byte(src), Edit{Set: []KeyValue{{"updated", "2026-11-22"}}})
	if err == nil || !strings.Contains(err.Error(), "x.prfaq.yaml:7:10: cannot change updated: its value is shared as &u") {
		t.Errorf("Patch = %v", err)
	}
}

// insertAfter puts a key after the value before it or, with beforeNext,
// right before the next key; after the last key, at the end of the file.
func TestInsertAfter(t *testing.T) {
	src := "a: 1\nb: |+\n  x\n\nc: 3\n"
	var root yaml.Node
	if err := yaml.Unmarshal([]byte(src), &root); err != nil {
		t.Fatal(err)
	}
	top := root.Content[0]
	lines := Lines(src)
	for _, c := range []struct {
		key        int
		beforeNext bool
		want       int
	}{
		{0, false, 1}, {0, true, 1},
		{2, true, 4},
		{4, false, 5}, {4, true, fileEnd(lines)},
	} {
		if got := insertAfter(top, top.Content[c.key], lines, c.beforeNext); got != c.want {
			t.Errorf("insertAfter(%s, beforeNext %v) = %d, want %d", top.Content[c.key].Value, c.beforeNext, got, c.want)
		}
	}
}

// fileEnd is after the last line of the mapping, its trailing blank lines
// included, and before a "..." end marker.
func TestFileEnd(t *testing.T) {
	for _, c := range []struct {
		lines []string
		want  int
	}{
		{[]string{"a: 1", ""}, 1},
		{[]string{"a: 1", "", "", ""}, 3},
		{[]string{"a: 1", "...", ""}, 1},
		{[]string{"a: 1", "...", "", ""}, 1},
		{[]string{"a: 1", "... # end", "# after", ""}, 1},
		{[]string{"...", "a: 1", ""}, 2},
		{[]string{"a: 1", "# c", ""}, 2},
	} {
		if got := fileEnd(c.lines); got != c.want {
			t.Errorf("fileEnd(%q) = %d, want %d", c.lines, got, c.want)
		}
	}
}
