package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/prfaq/prfaq/internal/lint"
)

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Skipped  int         `xml:"skipped,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	ClassName string        `xml:"classname,attr"`
	Name      string        `xml:"name,attr"`
	Failure   *junitFailure `xml:"failure"`
	SystemOut *junitOutput  `xml:"system-out"`
}

type junitOutput struct {
	Text string `xml:",cdata"`
}

type junitFailure struct {
	Type    string `xml:"type,attr"`
	Message string `xml:"message,attr"`
	Body    string `xml:",cdata"`
}

// JUnit writes JUnit XML for CI test reports (Jenkins, GitLab, Azure
// Pipelines, ...): <testsuites> holding one <testsuite name="prfaq lint">,
// with one <testcase classname="FILE" name="prfaq lint FILE"> per file
// linted, clean files included (they pass).
//
// A file with any error or warning fails: its test case holds exactly one
// <failure>, whose type lists the rule ids found, whose message counts the
// findings ("3 findings: 1 error, 1 warning, 1 info"), and whose body lists
// every finding of the file, one per line as in Text ("file:line:col:
// severity rule: message", then "  hint: ..."). A file with only info
// findings passes, its findings listed in <system-out>.
//
// One test case per file, not per finding, because test-report tools key a
// test's history by its name: per file, "prfaq lint docs/launch.md" keeps
// its identity from run to run, so GitLab's merge request widget and
// Jenkins' test trends show files newly failing or fixed, where names that
// carry line numbers would look like a new failure and a fix every time a
// line moved. One <failure> per test case, because Jenkins reads only the
// first <failure> of a test case and GitLab expects at most one.
func JUnit(w io.Writer, fs []lint.Finding, o Options) error {
	return Write("junit", w, fs, o)
}

// junitCaseOf is one file's test case, and whether it fails.
func junitCaseOf(suiteName, file string, found []lint.Finding) (junitCase, bool) {
	name := xmlText(file)
	c := junitCase{ClassName: name, Name: suiteName + " " + name}
	var t tally
	var body strings.Builder
	var rules []string
	seen := map[string]bool{}
	for _, f := range found {
		switch f.Severity {
		case lint.Error:
			t.errors++
		case lint.Warning:
			t.warnings++
		default:
			t.infos++
		}
		writeFindingLines(&body, f)
		if !seen[f.Rule] {
			seen[f.Rule] = true
			rules = append(rules, f.Rule)
		}
	}
	switch {
	case t.errors+t.warnings > 0:
		c.Failure = &junitFailure{
			Type:    xmlText(strings.Join(rules, ",")),
			Message: fmt.Sprintf("%s: %s", plural(len(found), "finding", "findings"), t.counts()),
			Body:    xmlText(body.String()),
		}
		return c, true
	case len(found) > 0:
		c.SystemOut = &junitOutput{Text: xmlText(body.String())}
	}
	return c, false
}

// writeFindingLines writes a finding as Text's first line and hint line,
// without source or colour.
func writeFindingLines(b *strings.Builder, f lint.Finding) {
	fmt.Fprintf(b, "%s: %s %s: %s\n", clean(position(f), false), severityName(f.Severity), clean(f.Rule, false), clean(f.Message, true))
	if f.Hint != "" {
		fmt.Fprintf(b, "  hint: %s\n", clean(f.Hint, true))
	}
}
