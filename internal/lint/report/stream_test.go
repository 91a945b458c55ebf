package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/prfaq/prfaq/internal/lint"
)

// streamed gives a stream every file of the fixture in lint's order,
// clean ones included, as prfaq lint does, and returns the report.
func streamed(t *testing.T, format string, o Options) []byte {
	t.Helper()
	var b bytes.Buffer
	s, err := NewStream(format, &b, o)
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range []string{"docs/clean.md", "docs/launch.md", "notes/faq, v2.md"} {
		var fs []lint.Finding
		for _, f := range fixtureFindings {
			if f.File == file {
				fs = append(fs, f)
			}
		}
		if err := s.File(file, fs); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// A report written file by file, clean files included, is byte for byte
// the report Write gives for the same findings.
func TestStreamMatchesWrite(t *testing.T) {
	o := withFindingRules(fixtureFindings, fixtureOptions)
	for _, format := range Formats() {
		if got, want := streamed(t, format, o), render(t, format, fixtureFindings, o); !bytes.Equal(got, want) {
			t.Errorf("%s: streamed report differs from Write's\n--- streamed ---\n%s\n--- Write ---\n%s", format, got, want)
		}
	}
}

// JUnit and Checkstyle list files in the order of Options.Files even when
// the files come sorted, and list a file no finding names.
func TestStreamKeepsFileOrder(t *testing.T) {
	o := withFindingRules(fixtureFindings, fixtureOptions)
	o.Files = []string{"notes/faq, v2.md", "docs/unlisted.md", "docs/launch.md", "docs/clean.md"}
	for _, format := range []string{"junit", "checkstyle"} {
		out := string(streamed(t, format, o))
		at := func(name string) int {
			i := strings.Index(out, `name="`+name+`"`)
			if format == "junit" {
				i = strings.Index(out, `classname="`+name+`"`)
			}
			if i < 0 {
				t.Fatalf("%s: no element for %s in\n%s", format, name, out)
			}
			return i
		}
		if !(at("notes/faq, v2.md") < at("docs/unlisted.md") && at("docs/unlisted.md") < at("docs/launch.md") && at("docs/launch.md") < at("docs/clean.md")) {
			t.Errorf("%s: files not in the order of Options.Files:\n%s", format, out)
		}
	}
}

// A file the options do not list, such as a configuration file with a
// problem, is counted and listed after the others.
func TestStreamExtraFile(t *testing.T) {
	extra := lint.Finding{Rule: "weasel-words", Severity: lint.Warning, File: ".prfaq-lint.yaml", Line: 1, Col: 1, Message: "unknown rule"}
	var b bytes.Buffer
	s, err := NewStream("checkstyle", &b, fixtureOptions)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.File(".prfaq-lint.yaml", []lint.Finding{extra}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if strings.Index(out, `name=".prfaq-lint.yaml"`) < strings.Index(out, `name="notes/faq, v2.md"`) {
		t.Errorf("the unlisted file is not last:\n%s", out)
	}
	b.Reset()
	s, _ = NewStream("text", &b, fixtureOptions)
	_ = s.File(".prfaq-lint.yaml", []lint.Finding{extra})
	_ = s.Close()
	if !strings.HasSuffix(b.String(), "0 errors, 1 warning, 0 info in 1 of 4 files\n") {
		t.Errorf("summary: %q", b.String())
	}
}

// A SARIF stream names its rules before its results, so a finding of a
// rule it does not list is an error rather than a result without a rule.
func TestSARIFStreamUnknownRule(t *testing.T) {
	var b bytes.Buffer
	s, err := NewStream("sarif", &b, fixtureOptions)
	if err != nil {
		t.Fatal(err)
	}
	err = s.File("notes/faq, v2.md", fixtureFindings[3:])
	if err == nil || !strings.Contains(err.Error(), "unattributed-quote") {
		t.Errorf("got %v, want an error naming the rule", err)
	}
}

// Flush writes whole findings of a report cut short; Close was not called,
// so there is no summary.
func TestStreamFlush(t *testing.T) {
	var b bytes.Buffer
	s, err := NewStream("text", &b, fixtureOptions)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.File("docs/launch.md", fixtureFindings[:3]); err != nil {
		t.Fatal(err)
	}
	if b.Len() != 0 {
		t.Fatalf("written before Flush: %q", b.String())
	}
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	if out := b.String(); strings.Count(out, "docs/launch.md:") != 3 || strings.Contains(out, "files") {
		t.Errorf("flushed report:\n%s", out)
	}
}
