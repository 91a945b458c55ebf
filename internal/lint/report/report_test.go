package report

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/prfaq/prfaq/internal/lint"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// The fixture: three files, one clean, one with an error, a warning and an
// info, and one whose finding's message carries every character the
// formats must escape.
var (
	fixtureFiles = []string{"docs/clean.md", "docs/launch.md", "notes/faq, v2.md"}

	fixtureRules = []RuleInfo{
		{ID: "missing-date", Name: "Missing date", Summary: "The press release does not say when customers get it", Default: lint.Error, HelpURI: "docs/rules/missing-date.md"},
		{ID: "weasel-words", Name: "Weasel words", Summary: "Vague qualifiers that hide missing data", Default: lint.Warning, HelpURI: "docs/rules/weasel-words.md"},
		{ID: "long-sentence", Name: "Long sentence", Summary: "Sentences too long to read in one breath", Default: lint.Info, HelpURI: "https://example.com/rules/long-sentence"},
	}

	// nastyMessage has "<&> quotes, a newline, a percent sign, a comma, a
	// colon, non-ASCII and an ESC byte.
	nastyMessage = "quote \"<&>\" claims 100%, per: the café team\nsee \x1b[31mhere\x1b[0m"

	fixtureFindings = []lint.Finding{
		{
			Rule: "missing-date", Severity: lint.Error, File: "docs/launch.md",
			Line: 2, Col: 1, EndLine: 2, EndCol: 6,
			Message: "no launch date in the first paragraph",
			Hint:    `Say when customers can have it, e.g. "on 4 May 2026".`,
			Source:  "Today Acme launches Rocket, a lunar ferry.",
		},
		{
			Rule: "weasel-words", Severity: lint.Warning, File: "docs/launch.md",
			Line: 3, Col: 8, EndLine: 3, EndCol: 12,
			Message: `"very" hides how much`,
			Hint:    "Say how much, with a number.",
			Source:  "We are\tvery happy to announce Café 2.0",
		},
		{
			Rule: "long-sentence", Severity: lint.Info, File: "docs/launch.md",
			Line: 5, Col: 12, EndLine: 6, EndCol: 3,
			Message: "sentence of 34 words",
			Hint:    "Split it; aim for fewer than 30 words.",
			Source:  "Customers 株式会社 say it is the best ferry they have ridden",
		},
		{
			Rule: "unattributed-quote", Severity: lint.Error, File: "notes/faq, v2.md",
			Line: 4, Col: 3, EndLine: 4, EndCol: 10,
			Message: nastyMessage,
			Hint:    "Name who said it: 50% of quotes have no source.",
			Source:  "> \"<&>\" claims 100%, per: the café team \x1b[31mhere",
		},
	}

	fixtureOptions = Options{
		Tool:           "prfaq",
		ToolVersion:    "1.4.0",
		Rules:          fixtureRules,
		Files:          fixtureFiles,
		InformationURI: "https://github.com/prfaq/prfaq",
		HelpBaseURI:    "https://github.com/prfaq/prfaq/blob/v1.4.0",
	}
)

func render(t *testing.T, format string, fs []lint.Finding, o Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(format, &b, fs, o); err != nil {
		t.Fatalf("Write(%q): %v", format, err)
	}
	return b.Bytes()
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from %s (run go test -update if the change is intended)\n--- got ---\n%s\n--- want ---\n%s", name, path, got, want)
	}
}

func TestGolden(t *testing.T) {
	for _, format := range Formats() {
		t.Run(format, func(t *testing.T) {
			got := render(t, format, fixtureFindings, fixtureOptions)
			golden(t, format, got)
			// Deterministic: a second run gives the same bytes.
			if again := render(t, format, fixtureFindings, fixtureOptions); !bytes.Equal(got, again) {
				t.Errorf("%s output differs between runs", format)
			}
		})
	}
	t.Run("text-color", func(t *testing.T) {
		o := fixtureOptions
		o.Color = true
		golden(t, "text-color", render(t, "text", fixtureFindings, o))
	})
}

// No printer lets a raw ESC from a document through, except as the JSON
// escape \u001b; Text in colour emits ESC only in its own colour codes.
func TestNoRawEscape(t *testing.T) {
	for _, format := range Formats() {
		out := string(render(t, format, fixtureFindings, fixtureOptions))
		if strings.Contains(out, "\x1b") {
			t.Errorf("%s: output holds a raw ESC:\n%q", format, out)
		}
	}
	o := fixtureOptions
	o.Color = true
	out := string(render(t, "text", fixtureFindings, o))
	for _, code := range []string{ansiReset, ansiDim, ansiRed, ansiYellow, ansiBlue, ansiBold} {
		out = strings.ReplaceAll(out, code, "")
	}
	if strings.Contains(out, "\x1b") {
		t.Errorf("text in colour: an ESC outside the colour codes:\n%q", out)
	}
}

func TestNoFindings(t *testing.T) {
	o := fixtureOptions
	if got := string(render(t, "text", nil, o)); got != "3 files, no findings\n" {
		t.Errorf("text: got %q", got)
	}
	var j struct {
		Findings []json.RawMessage `json:"findings"`
		Summary  map[string]int    `json:"summary"`
	}
	out := render(t, "json", nil, o)
	if !bytes.Contains(out, []byte(`"findings": []`)) {
		t.Errorf("json: findings should be [], got\n%s", out)
	}
	if err := json.Unmarshal(out, &j); err != nil {
		t.Fatal(err)
	}
	if j.Summary["files"] != 3 || j.Summary["errors"] != 0 {
		t.Errorf("json summary: %v", j.Summary)
	}
	if out := render(t, "sarif", nil, o); !bytes.Contains(out, []byte(`"results": []`)) {
		t.Errorf("sarif: results should be [], got\n%s", out)
	}
	if out := render(t, "github", nil, o); len(out) != 0 {
		t.Errorf("github: got %q", out)
	}
	if out := render(t, "junit", nil, o); !bytes.Contains(out, []byte(`tests="3" failures="0"`)) {
		t.Errorf("junit: got\n%s", out)
	}
	if out := render(t, "checkstyle", nil, o); bytes.Count(out, []byte("<file ")) != 3 {
		t.Errorf("checkstyle: got\n%s", out)
	}
}

func TestTextSummary(t *testing.T) {
	for _, c := range []struct {
		fs    []lint.Finding
		files []string
		want  string
	}{
		{nil, []string{"a.md"}, "1 file, no findings"},
		{nil, nil, "0 files, no findings"},
		{fixtureFindings, fixtureFiles, "2 errors, 1 warning, 1 info in 2 of 3 files"},
		// A finding in a file the caller did not list still counts.
		{fixtureFindings[:1], nil, "1 error, 0 warnings, 0 info in 1 of 1 file"},
	} {
		got := strings.TrimSpace(string(render(t, "text", c.fs, Options{Files: c.files})))
		got = got[strings.LastIndex(got, "\n")+1:]
		if got != c.want {
			t.Errorf("summary: got %q, want %q", got, c.want)
		}
	}
}

func TestWrite(t *testing.T) {
	want := []string{"text", "json", "sarif", "github", "junit", "checkstyle"}
	if got := Formats(); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("Formats() = %v, want %v", got, want)
	}
	Formats()[0] = "changed"
	if Formats()[0] != "text" {
		t.Error("Formats returns a slice the caller can change")
	}
	var b bytes.Buffer
	err := Write("xml", &b, fixtureFindings, fixtureOptions)
	if err == nil || !strings.Contains(err.Error(), `"xml"`) || !strings.Contains(err.Error(), "text, json, sarif, github, junit, checkstyle") {
		t.Errorf("unknown format: got error %v", err)
	}
	if b.Len() != 0 {
		t.Errorf("unknown format wrote %q", b.String())
	}
	if err := Write(" JSON ", &b, nil, Options{}); err != nil || !json.Valid(b.Bytes()) {
		t.Errorf("Write(JSON): %v, %q", err, b.String())
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, os.ErrClosed }

func TestWriteError(t *testing.T) {
	for _, format := range Formats() {
		if err := Write(format, failWriter{}, fixtureFindings, fixtureOptions); err == nil {
			t.Errorf("%s: a failing writer gave no error", format)
		}
	}
}

// Invalid UTF-8 and control characters never make invalid JSON.
func TestJSONSanitized(t *testing.T) {
	fs := []lint.Finding{{Rule: "r\xff", Severity: lint.Error, File: "bad\xfe.md", Line: 1, Col: 1, EndLine: 1, EndCol: 2,
		Message: "nul \x00 bell \x07 esc \x1b bad \xff\xfe line\u2028sep", Hint: "\x85"}}
	for _, format := range []string{"json", "sarif"} {
		out := render(t, format, fs, Options{})
		if !json.Valid(out) {
			t.Errorf("%s: invalid JSON:\n%s", format, out)
		}
		var v any
		if err := json.Unmarshal(out, &v); err != nil {
			t.Errorf("%s: %v", format, err)
		}
	}
	var j jsonReport
	if err := json.Unmarshal(render(t, "json", fs, Options{}), &j); err != nil {
		t.Fatal(err)
	}
	if got, want := j.Findings[0].Message, "nul \x00 bell \x07 esc \x1b bad \uFFFD line\u2028sep"; got != want {
		t.Errorf("json message: got %q, want %q", got, want)
	}
}
