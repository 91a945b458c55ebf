package report

import (
	"strings"
	"testing"

	"github.com/prfaq/prfaq/internal/lint"
)

func TestGitHubEscaping(t *testing.T) {
	for _, c := range []struct{ in, prop, msg string }{
		{"plain", "plain", "plain"},
		{"100%", "100%25", "100%25"},
		{"a,b:c", "a%2Cb%3Ac", "a,b:c"},
		{"one\ntwo", "one%0Atwo", "one%0Atwo"},
		{"one\r\ntwo\rthree", "one%0Atwo%0Athree", "one%0Atwo%0Athree"},
		{"%0A", "%250A", "%250A"},
		{"esc \x1b[31m", `esc \x1b[31m`, `esc \x1b[31m`},
		{"café ::x", "café %3A%3Ax", "café ::x"},
		{"bad \xff", `bad \xff`, `bad \xff`},
	} {
		if got := githubProperty(c.in); got != c.prop {
			t.Errorf("githubProperty(%q) = %q, want %q", c.in, got, c.prop)
		}
		if got := githubMessage(c.in); got != c.msg {
			t.Errorf("githubMessage(%q) = %q, want %q", c.in, got, c.msg)
		}
	}

	got := githubCommand(fixtureFindings[3])
	want := `::error file=notes/faq%2C v2.md,line=4,col=3,endLine=4,endColumn=9,title=unattributed-quote::` +
		`quote "<&>" claims 100%25, per: the café team%0Asee \x1b[31mhere\x1b[0m. Hint: Name who said it: 50%25 of quotes have no source.`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}

	// A message cannot end the command early or inject another one.
	inj := lint.Finding{Rule: "r", Severity: lint.Warning, File: "f.md", Line: 1,
		Message: "x\n::error file=evil::pwned\r\n::add-mask::y"}
	line := githubCommand(inj)
	if strings.ContainsAny(line, "\r\n") || !strings.HasPrefix(line, "::warning file=f.md,line=1,endLine=1,title=r::") {
		t.Errorf("injection not escaped: %q", line)
	}
}

func TestGitHubLevelsAndSpans(t *testing.T) {
	for _, c := range []struct {
		f    lint.Finding
		want string
	}{
		{lint.Finding{Rule: "r", Severity: lint.Info, File: "a.md", Line: 2, Col: 5, EndLine: 2, EndCol: 6, Message: "m"},
			"::notice file=a.md,line=2,col=5,endLine=2,endColumn=5,title=r::m"},
		{lint.Finding{Rule: "r", Severity: lint.Warning, File: "a.md", Line: 2, Col: 5, EndLine: 4, EndCol: 2, Message: "m"},
			"::warning file=a.md,line=2,endLine=4,title=r::m"},
		{lint.Finding{Rule: "r", Severity: lint.Error, File: "a.md", Message: "m"},
			"::error file=a.md,title=r::m"},
	} {
		if got := githubCommand(c.f); got != c.want {
			t.Errorf("got  %s\nwant %s", got, c.want)
		}
	}
}
