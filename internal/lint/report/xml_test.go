package report

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"github.com/prfaq/prfaq/internal/lint"
)

// nastyFindings adds to the fixture a finding whose text XML cannot hold
// as is: NUL, vertical tab, invalid UTF-8, U+FFFE, a CDATA end and a
// carriage return.
func nastyFindings() []lint.Finding {
	fs := append([]lint.Finding(nil), fixtureFindings...)
	return append(fs, lint.Finding{
		Rule: "bad\x00rule", Severity: lint.Warning, File: "z\x01.md", Line: 1, Col: 1, EndLine: 1, EndCol: 2,
		Message: "nul \x00 vt \x0b bad \xff\xfe nonchar \ufffe cdata ]]> end\r\nnext",
		Hint:    "]]><![CDATA[ & \x1b",
	})
}

// wellFormed reads every token of an XML document.
func wellFormed(t *testing.T, out []byte) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(out))
	d.Strict = true
	for {
		_, err := d.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v\n%s", err, out)
		}
	}
}

func TestJUnitXML(t *testing.T) {
	out := render(t, "junit", nastyFindings(), fixtureOptions)
	wellFormed(t, out)
	if !bytes.HasPrefix(out, []byte(`<?xml version="1.0" encoding="UTF-8"?>`)) {
		t.Error("no XML declaration")
	}

	var r struct {
		Name     string `xml:"name,attr"`
		Tests    int    `xml:"tests,attr"`
		Failures int    `xml:"failures,attr"`
		Suites   []struct {
			Name     string `xml:"name,attr"`
			Tests    int    `xml:"tests,attr"`
			Failures int    `xml:"failures,attr"`
			Cases    []struct {
				ClassName string `xml:"classname,attr"`
				Name      string `xml:"name,attr"`
				Failures  []struct {
					Type    string `xml:"type,attr"`
					Message string `xml:"message,attr"`
					Body    string `xml:",chardata"`
				} `xml:"failure"`
				SystemOut string `xml:"system-out"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal(out, &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Suites) != 1 || r.Suites[0].Name != "prfaq lint" {
		t.Fatalf("suites: %+v", r.Suites)
	}
	s := r.Suites[0]
	if r.Tests != 4 || s.Tests != 4 || len(s.Cases) != 4 || r.Failures != 3 || s.Failures != 3 {
		t.Errorf("tests %d/%d, cases %d, failures %d/%d; want 4, 4, 3", r.Tests, s.Tests, len(s.Cases), r.Failures, s.Failures)
	}
	wantFiles := []string{"docs/clean.md", "docs/launch.md", "notes/faq, v2.md", `z\x01.md`}
	for i, c := range s.Cases {
		if c.ClassName != wantFiles[i] || c.Name != "prfaq lint "+wantFiles[i] {
			t.Errorf("case %d: classname %q, name %q", i, c.ClassName, c.Name)
		}
	}
	if len(s.Cases[0].Failures) != 0 {
		t.Error("the clean file fails")
	}
	launch := s.Cases[1].Failures
	if len(launch) != 1 || launch[0].Type != "missing-date,weasel-words,long-sentence" || launch[0].Message != "3 findings: 1 error, 1 warning, 1 info" {
		t.Fatalf("launch.md failures: %+v", launch)
	}
	for _, want := range []string{
		"docs/launch.md:2:1: error missing-date: no launch date in the first paragraph\n",
		"docs/launch.md:5:12: info long-sentence: sentence of 34 words\n  hint: Split it; aim for fewer than 30 words.\n",
	} {
		if !strings.Contains(launch[0].Body, want) {
			t.Errorf("failure body lacks %q:\n%s", want, launch[0].Body)
		}
	}
	faq := s.Cases[2].Failures
	wantBody := "notes/faq, v2.md:4:3: error unattributed-quote: quote \"<&>\" claims 100%, per: the café team\\nsee \\x1b[31mhere\\x1b[0m\n" +
		"  hint: Name who said it: 50% of quotes have no source.\n"
	if len(faq) != 1 || faq[0].Body != wantBody {
		t.Errorf("faq failure body:\n%q\nwant\n%q", faq, wantBody)
	}
	nasty := s.Cases[3].Failures
	if len(nasty) != 1 || !strings.Contains(nasty[0].Body, `cdata ]]> end\r\nnext`) || !strings.Contains(nasty[0].Body, `hint: ]]><![CDATA[ & \x1b`) {
		t.Errorf("nasty failure: %+v", nasty)
	}

	// Info alone does not fail a file: it is reported in system-out.
	info := []lint.Finding{fixtureFindings[2]}
	out = render(t, "junit", info, Options{Files: []string{"docs/launch.md"}})
	wellFormed(t, out)
	if bytes.Contains(out, []byte("<failure")) || !bytes.Contains(out, []byte("<system-out><![CDATA[docs/launch.md:5:12: info long-sentence")) {
		t.Errorf("info-only file:\n%s", out)
	}
}

func TestCheckstyleXML(t *testing.T) {
	out := render(t, "checkstyle", nastyFindings(), fixtureOptions)
	wellFormed(t, out)
	if !bytes.HasPrefix(out, []byte("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">")) {
		t.Errorf("header:\n%s", out)
	}
	var r struct {
		Version string `xml:"version,attr"`
		Files   []struct {
			Name   string `xml:"name,attr"`
			Errors []struct {
				Line     int    `xml:"line,attr"`
				Column   int    `xml:"column,attr"`
				Severity string `xml:"severity,attr"`
				Message  string `xml:"message,attr"`
				Source   string `xml:"source,attr"`
			} `xml:"error"`
		} `xml:"file"`
	}
	if err := xml.Unmarshal(out, &r); err != nil {
		t.Fatal(err)
	}
	if r.Version != "4.3" || len(r.Files) != 4 {
		t.Fatalf("version %q, %d files", r.Version, len(r.Files))
	}
	if r.Files[0].Name != "docs/clean.md" || len(r.Files[0].Errors) != 0 {
		t.Errorf("clean file: %+v", r.Files[0])
	}
	if n := len(r.Files[1].Errors); n != 3 {
		t.Errorf("launch.md: %d errors, want 3", n)
	}
	for i, want := range []string{"error", "warning", "info"} {
		if got := r.Files[1].Errors[i].Severity; got != want {
			t.Errorf("launch.md error %d: severity %q, want %q", i, got, want)
		}
	}
	e := r.Files[2].Errors[0]
	// The message round-trips exactly, newline included, with only the ESC
	// made visible.
	wantMsg := "quote \"<&>\" claims 100%, per: the café team\nsee \\x1b[31mhere\\x1b[0m. Hint: Name who said it: 50% of quotes have no source."
	if e.Line != 4 || e.Column != 3 || e.Severity != "error" || e.Source != "prfaq.unattributed-quote" || e.Message != wantMsg {
		t.Errorf("faq error: %+v\nwant message %q", e, wantMsg)
	}
	bad := r.Files[3]
	if bad.Name != `z\x01.md` || bad.Errors[0].Source != `prfaq.bad\x00rule` ||
		bad.Errors[0].Message != "nul \\x00 vt \\x0b bad \\xff\\xfe nonchar \\ufffe cdata ]]> end\nnext. Hint: ]]><![CDATA[ & \\x1b" {
		t.Errorf("nasty file: %+v", bad)
	}
}
