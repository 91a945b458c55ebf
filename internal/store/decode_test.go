package store

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/prfaq/prfaq/internal/prfaq"
	"gopkg.in/yaml.v3"

	"github.com/prfaq/prfaq/internal/source"
)

const minimal = `prfaq: 1
title: Tab Split PR/FAQ
template: amazon
mode: future
status: draft
version: "1.0"
`

func TestDecodeMinimal(t *testing.T) {
	doc, pos, err := DecodeDocument("x.prfaq.yaml", []byte(minimal))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Tab Split PR/FAQ" || doc.Mode != prfaq.ModeFuture || doc.Version != "1.0" {
		t.Errorf("decoded %+v", doc)
	}
	if pos["title"] != (source.Pos{Line: 2, Col: 8}) {
		t.Errorf("pos[title] = %v, want 2:8", pos["title"])
	}
}

func TestDecodeProblems(t *testing.T) {
	tests := []struct {
		name, src string
		want      string // one problem, as printed
	}{
		{"empty", "", "x.prfaq.yaml: file is empty"},
		{"blank", "\n  \n", "x.prfaq.yaml: file is empty"},
		{"comment only", "# nothing\n", "x.prfaq.yaml: file is empty"},
		{"document marker only", "---\n", "x.prfaq.yaml: file is empty"},
		{"marker and comment", "--- # draft\n# nothing yet\n", "x.prfaq.yaml: file is empty"},
		{"binary", "prfaq: 1\x00\x01", "x.prfaq.yaml: file is binary"},
		{"binary from its first byte", "\x00prfaq: 1", "x.prfaq.yaml: file is binary"},
		{"bad utf8", "prfaq: 1\ntitle: caf\xe9\n", "x.prfaq.yaml:2:11: file is not valid UTF-8"},
		{"malformed", minimal + "customer:\n  who: a\n   problem: b: c\n", "x.prfaq.yaml:9:4: malformed YAML: mapping values are not allowed in this context"},
		{"not a mapping", "- a\n- b\n", "x.prfaq.yaml:1:1: expected a PR/FAQ document, a mapping of keys such as prfaq, title, product; found a list"},
		{"unknown key near", minimal + "titel: x\n", `x.prfaq.yaml:7:1: unknown key "titel": did you mean "title"?`},
		{"unknown key far", minimal + "zzzzzz: x\n", `x.prfaq.yaml:7:1: unknown key "zzzzzz": expected one of prfaq, title`},
		{"look-alike key", minimal + "t\u0456tle: x\n", `x.prfaq.yaml:7:1: unknown key "t\u0456tle": did you mean "title"?`},
		{"look-alike key far", minimal + "\u0440\u0440\u0440\u0440\u0440\u0440: x\n", `x.prfaq.yaml:7:1: unknown key "\u0440\u0440\u0440\u0440\u0440\u0440": expected one of`},
		{"look-alike section id", minimal + "sections:\n  \u0430bout: x\n", `x.prfaq.yaml:8:3: sections: section ids are lowercase letters, digits and _, starting with a letter; found "\u0430bout"`},
		{"look-alike enum", strings.Replace(minimal, "mode: future", "mode: futur\u0435", 1), `x.prfaq.yaml:4:7: mode: "futur\u0435" is not allowed here: expected future, launch`},
		{"unknown nested", minimal + "press_release:\n  headlin: x\n", `x.prfaq.yaml:8:3: unknown key "headlin" in press_release: did you mean "headline"?`},
		{"wrong type list for text", minimal + "press_release:\n  headline: [a, b]\n", "x.prfaq.yaml:8:13: press_release.headline: expected text, found a list"},
		{"wrong type list for paragraphs", minimal + "press_release:\n  problem: [a, b]\n", "x.prfaq.yaml:8:12: press_release.problem: expected text (for several paragraphs, start a block with |), found a list"},
		{"wrong type mapping in a list", minimal + "authors: [{a: b}]\n", "x.prfaq.yaml:7:11: authors[0]: expected text, found a mapping"},
		{"wrong type text for list", minimal + "authors: Priya\n", `x.prfaq.yaml:7:10: authors: expected a list (lines starting with "- "), found the text "Priya"`},
		{"wrong type bool", minimal + "press_release:\n  customer_quote:\n    hypothetical: maybe\n", `x.prfaq.yaml:9:19: press_release.customer_quote.hypothetical: expected true or false, found the text "maybe"`},
		{"wrong type object", minimal + "customer: everyone\n", `x.prfaq.yaml:7:11: customer: expected a mapping with keys who, problem, whys, benefit, evidence, experience, found the text "everyone"`},
		{"missing required", strings.Replace(minimal, "title: Tab Split PR/FAQ\n", "", 1), `x.prfaq.yaml:1:1: missing required key "title" in the document: expected text. Working title`},
		{"required empty", strings.Replace(minimal, "title: Tab Split PR/FAQ", "title:", 1), "x.prfaq.yaml:2:7: title is required and empty"},
		{"bad enum", strings.Replace(minimal, "mode: future", "mode: someday", 1), `x.prfaq.yaml:4:7: mode: "someday" is not allowed here: expected future, launch`},
		{"bad version", strings.Replace(minimal, `version: "1.0"`, `version: "1.x"`, 1), `x.prfaq.yaml:6:10: version: "1.x" is not a version`},
		{"bad date", minimal + "launch_date: 2027-02-30\n", `x.prfaq.yaml:7:14: launch_date: "2027-02-30" is not a real calendar date`},
		{"bad date form", minimal + "launch_date: next June\n", `x.prfaq.yaml:7:14: launch_date: "next June" is not a date: write it as YYYY-MM-DD`},
		{"faq missing question", minimal + "faq:\n  external:\n    - id: E1\n", `x.prfaq.yaml:9:7: missing required key "question" in faq.external[0]`},
		{"faq bad id", minimal + "faq:\n  external:\n    - id: Q1\n      question: Why?\n", `x.prfaq.yaml:9:11: faq.external[0].id: "Q1" is not allowed here: expected E1, E2 ... for external entries and I1, I2 ... for internal ones`},
		{"faq entry not mapping", minimal + "faq:\n  external:\n    - Why?\n", `x.prfaq.yaml:9:7: faq.external[0]: expected an entry with keys id, category, question, answer, found the text "Why?"`},
		{"faq id in wrong list", minimal + "faq:\n  internal:\n    - id: E1\n      question: Why?\n", "x.prfaq.yaml:9:11: faq.internal[0].id: E1 is in the internal list, whose ids start with I (e.g. I1)"},
		{"faq id twice", minimal + "faq:\n  external:\n    - id: E1\n      question: Why?\n    - id: E1\n      question: How?\n", "x.prfaq.yaml:11:11: faq.external[1].id: id E1 is already used by faq.external[0]"},
		{"quoted position", minimal + "launch_date: \"next June\"\n", `x.prfaq.yaml:7:14: launch_date: "next June" is not a date`},
		{"colon in value", minimal + "press_release:\n  headline: Tab Split: pay\n", `x.prfaq.yaml:8:3: malformed YAML: mapping values are not allowed in this context: a value that contains ": " must be quoted`},
		{"bad section id", minimal + "sections:\n  Tenets: x\n", `x.prfaq.yaml:8:3: sections: section ids are lowercase letters, digits and _, starting with a letter; found "Tenets"`},
		{"two documents", minimal + "---\ntitle: b\n", "x.prfaq.yaml:7:1: file holds more than one YAML document"},
		{"format past the integer range", strings.Replace(minimal, "prfaq: 1", "prfaq: 99999999999999999999", 1), "x.prfaq.yaml:1:8: prfaq: 99999999999999999999 is out of range: expected a whole number from 0 to 1000000"},
		{"format below zero", strings.Replace(minimal, "prfaq: 1", "prfaq: -1", 1), "x.prfaq.yaml:1:8: prfaq: -1 is out of range"},
		{"format past the bound", strings.Replace(minimal, "prfaq: 1", "prfaq: 1000001", 1), "x.prfaq.yaml:1:8: prfaq: 1000001 is out of range"},
		{"format at the bound", strings.Replace(minimal, "prfaq: 1", "prfaq: 1000000", 1), "x.prfaq.yaml:1:8: document format 1000000 is not supported"},
		{"format zero", strings.Replace(minimal, "prfaq: 1", "prfaq: 0", 1), "x.prfaq.yaml:1:8: document format 0 is not supported"},
		{"format version", strings.Replace(minimal, "prfaq: 1", "prfaq: 2", 1), "x.prfaq.yaml:1:8: document format 2 is not supported"},
		{"duplicate key", minimal + "title: again\n", `x.prfaq.yaml:7:1: key "title" appears twice (first at line 2)`},
		{"tab indent", minimal + "customer:\n\twho: a\n", "x.prfaq.yaml:8:1: malformed YAML: found character that cannot start any token (YAML indents with spaces, not tabs)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := DecodeDocument("x.prfaq.yaml", []byte(tt.src))
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error:\n  %s\nwant prefix:\n  %s", err, tt.want)
			}
			var ps source.Problems
			if !errors.As(err, &ps) {
				t.Errorf("error is %T, want Problems", err)
			}
		})
	}
}

func TestDecodeReportsEveryProblem(t *testing.T) {
	src := minimal + "titel: x\nauthors: Priya\npress_release:\n  headlin: y\n"
	_, _, err := DecodeDocument("x.prfaq.yaml", []byte(src))
	var ps source.Problems
	if !errors.As(err, &ps) || len(ps) != 3 {
		t.Fatalf("want 3 problems, got %v", err)
	}
	if ps[0].Line != 7 || ps[1].Line != 8 || ps[2].Line != 10 {
		t.Errorf("problems not in file order: %v", err)
	}
}

func TestDecodeLenient(t *testing.T) {
	// Unquoted versions keep their text; numbers are text where text is
	// expected; a BOM and CRLF line ends are accepted; null is empty.
	src := "\uFEFF" + strings.ReplaceAll(strings.Replace(minimal, `version: "1.0"`, "version: 1.10", 1)+"product: 2027\nappendix:\nlaunch_date: 2027-06-01\n", "\n", "\r\n")
	doc, _, err := DecodeDocument("x.prfaq.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Version != "1.10" || doc.Product != "2027" || doc.Appendix != "" || doc.LaunchDate != "2027-06-01" {
		t.Errorf("decoded %+v", doc)
	}
}

func TestDecodeAliasBomb(t *testing.T) {
	src := minimal + `tags: &a [x, x, x, x, x, x, x, x, x]
team: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
`
	_, _, err := DecodeDocument("x.prfaq.yaml", []byte(src))
	if err == nil {
		t.Fatal("aliases of lists where text is expected must fail")
	}
}

func TestBlockScalarPosition(t *testing.T) {
	src := minimal + "press_release:\n  problem: |\n    First line.\n\n    Second.\n"
	_, pos, err := DecodeDocument("x.prfaq.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if got := pos["press_release.problem"]; got.Line != 9 {
		t.Errorf("block scalar content starts at line 9, got %v", got)
	}
}

func TestEncodeRoundTrip(t *testing.T) {
	doc := &prfaq.Document{
		Format: 1, Title: "1.0", Template: "amazon", Mode: prfaq.ModeFuture, Status: prfaq.StatusDraft, Version: "1.10",
		Created: "2026-11-01", Authors: []string{"yes", "Priya"},
		Appendix: "Line one.\n\nLine two with: colon.\n",
		Sections: map[string]string{"b": "two", "a": "one"},
	}
	doc.PressRelease.CustomerQuote.Hypothetical = true
	doc.FAQ.External = []prfaq.FAQEntry{{ID: "E1", Question: "Why?", Answer: "- a\n- b\n"}}
	out, err := EncodeDocument(doc)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(out, []byte("yaml-language-server")) {
		t.Error("an encoded document points to a schema that may not be there")
	}
	if !bytes.Contains(out, []byte("created: 2026-11-01\n")) || !bytes.Contains(out, []byte("version: \"1.10\"\n")) {
		t.Errorf("dates must be plain and versions quoted:\n%s", out)
	}
	back, _, err := DecodeDocument("x", out)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if !reflect.DeepEqual(doc, back) {
		t.Errorf("round trip changed the document:\n%+v\n%+v\n%s", doc, back, out)
	}
	again, _ := EncodeDocument(back)
	if !bytes.Equal(out, again) {
		t.Error("encoding is not stable")
	}
}

func FuzzDecodeDocument(f *testing.F) {
	f.Add([]byte(minimal))
	f.Add([]byte(minimal + "faq:\n  external:\n    - id: E1\n      question: Why?\n      answer: |\n        Because.\n"))
	f.Add([]byte("a: &x [*x]"))
	f.Add([]byte("- [\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkRoundTrip(t, data, func(b []byte) (*prfaq.Document, error) {
			doc, _, err := DecodeDocument("fuzz.prfaq.yaml", b)
			return doc, err
		})
	})
}

// checkRoundTrip: whatever decode loads must survive a write and a read
// unchanged, and whatever it refuses must say why.
func checkRoundTrip(t *testing.T, data []byte, decode func([]byte) (*prfaq.Document, error)) {
	doc, err := decode(data)
	if err != nil {
		if err.Error() == "" {
			t.Error("empty error message")
		}
		return
	}
	out, err := EncodeDocument(doc)
	if err != nil {
		t.Fatalf("encode: %v", err)
	}
	back, err := decode(out)
	if err != nil {
		t.Fatalf("re-read of written document failed: %v\n%s", err, out)
	}
	if !reflect.DeepEqual(normalize(doc), normalize(back)) {
		t.Fatalf("round trip changed the document\n%s", out)
	}
}

// normalize treats an empty list and no list alike, as the writer does.
func normalize(d *prfaq.Document) *prfaq.Document {
	c := *d
	if len(c.Authors) == 0 {
		c.Authors = nil
	}
	if len(c.Tags) == 0 {
		c.Tags = nil
	}
	if len(c.Sections) == 0 {
		c.Sections = nil
	}
	if len(c.FAQ.External) == 0 {
		c.FAQ.External = nil
	}
	if len(c.FAQ.Internal) == 0 {
		c.FAQ.Internal = nil
	}
	return &c
}

// FuzzDecodeAnswers feeds answers files (prfaq new --answers): any part
// of a document.
func FuzzDecodeAnswers(f *testing.F) {
	f.Add([]byte("title: Pause\nauthors: [Ana]\n"))
	f.Add([]byte("faq:\n  external:\n    - question: Why?\n      answer: Because.\n"))
	f.Add([]byte("prfaq: 2\n"))
	f.Add([]byte("customer: {who: x, problem: [y]}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkRoundTrip(t, data, func(b []byte) (*prfaq.Document, error) {
			doc, _, err := DecodeAnswers("fuzz.yaml", b)
			return doc, err
		})
	})
}

func FuzzDecodeTemplate(f *testing.F) {
	f.Add([]byte("name: x\nversion: \"1.0\"\ndescription: d\nquestions:\n  - id: title\n    kind: line\n"))
	f.Add([]byte("name: x\nlayout:\n  faq: |\n    {{ .x }}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		tm, _, err := DecodeTemplate("fuzz.yaml", data)
		if err == nil {
			if _, err := EncodeTemplate(tm); err != nil {
				t.Fatalf("encode: %v", err)
			}
		}
	})
}

// The position of a quoted value is that of its text, after the quote, so
// a finding's column points at the word it is about.
func TestQuotedValuePosition(t *testing.T) {
	src := minimal + "press_release:\n  headline: \"Split a tab\"\n  summary: 'Pay your part'\n  problem: plain\n"
	_, pos, err := DecodeDocument("x.prfaq.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	for field, want := range map[string]source.Pos{
		"press_release.headline": {Line: 8, Col: 14},
		"press_release.summary":  {Line: 9, Col: 13},
		"press_release.problem":  {Line: 10, Col: 12},
	} {
		if got := pos[field]; got != want {
			t.Errorf("%s at %v, want %v", field, got, want)
		}
	}
}

// resolve stops after a fixed number of steps, so a chain or a cycle of
// aliases (which yaml.v3 does not build, but a tree could hold) cannot
// make decoding loop.
func TestResolveAliasChainIsBounded(t *testing.T) {
	end := &yaml.Node{Kind: yaml.ScalarNode, Value: "end"}
	n := end
	for range 5 {
		n = &yaml.Node{Kind: yaml.AliasNode, Alias: n}
	}
	if got := resolve(n); got != end {
		t.Errorf("a chain of 5 aliases resolves to %v, want the scalar", got)
	}
	n = end
	for range 11 {
		n = &yaml.Node{Kind: yaml.AliasNode, Alias: n}
	}
	if got := resolve(n); got.Kind != yaml.AliasNode || got.Alias != end {
		t.Errorf("a chain of 11 aliases was followed %v steps; want exactly 10", got)
	}
	cycle := &yaml.Node{Kind: yaml.AliasNode}
	cycle.Alias = cycle
	if got := resolve(cycle); got != cycle {
		t.Errorf("a cycle resolves to %v", got)
	}
}

// yaml.v3 errors without a line number give a message with no place,
// never a place made up (or an index out of range).
func TestSyntaxProblemWithoutLine(t *testing.T) {
	for _, msg := range []string{"yaml: did not find expected key", "yaml: control characters are not allowed"} {
		line, col, got := yamlSyntaxProblem([]byte("a: b\n"), errors.New(msg))
		if line != 0 || col != 0 || got != "malformed YAML: "+strings.TrimPrefix(msg, "yaml: ") {
			t.Errorf("%s: %d:%d: %s", msg, line, col, got)
		}
	}
	line, col, got := yamlSyntaxProblem([]byte("a:\n  - b\n   c: d\n"), errors.New("yaml: line 1: did not find expected key"))
	if line != 2 || col != 3 || !strings.Contains(got, "did not find expected key in the block or bracket that starts here") {
		t.Errorf("with a line: %d:%d: %s", line, col, got)
	}
}

func TestYAMLErrorLine(t *testing.T) {
	for _, c := range []struct {
		err  error
		line int
		msg  string
	}{
		{errors.New("yaml: line 3: did not find expected key"), 3, "did not find expected key"},
		{errors.New("yaml: control characters are not allowed"), 0, "control characters are not allowed"},
		{&yaml.TypeError{Errors: []string{"line 2: cannot unmarshal !!seq into string", "line 4: another"}}, 0, "line 2: cannot unmarshal !!seq into string"},
		{&yaml.TypeError{}, 0, "unmarshal errors:\n  "},
	} {
		line, msg := yamlErrorLine(c.err)
		if line != c.line || msg != c.msg {
			t.Errorf("yamlErrorLine(%v) = %d, %q; want %d, %q", c.err, line, msg, c.line, c.msg)
		}
	}
}
