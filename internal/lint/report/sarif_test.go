package report

import (
	"bytes"
	"encoding/json"
	"net/url"
	"strings"
	"testing"

	"github.com/prfaq/prfaq/internal/lint"
)

// The test's own view of SARIF 2.1.0, written from the specification rather
// than shared with the printer, so that a wrong tag in one is caught.
type testSarif struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []struct {
		ColumnKind string `json:"columnKind"`
		Tool       struct {
			Driver struct {
				Name           string `json:"name"`
				Version        string `json:"version"`
				InformationURI string `json:"informationUri"`
				Rules          []struct {
					ID               string `json:"id"`
					Name             string `json:"name"`
					ShortDescription struct {
						Text string `json:"text"`
					} `json:"shortDescription"`
					FullDescription struct {
						Text string `json:"text"`
					} `json:"fullDescription"`
					Help struct {
						Text string `json:"text"`
					} `json:"help"`
					HelpURI              string `json:"helpUri"`
					DefaultConfiguration struct {
						Level string `json:"level"`
					} `json:"defaultConfiguration"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Results []struct {
			RuleID    string `json:"ruleId"`
			RuleIndex *int   `json:"ruleIndex"`
			Level     string `json:"level"`
			Message   struct {
				Text string `json:"text"`
			} `json:"message"`
			Locations []struct {
				PhysicalLocation struct {
					ArtifactLocation struct {
						URI       string `json:"uri"`
						URIBaseID string `json:"uriBaseId"`
					} `json:"artifactLocation"`
					Region struct {
						StartLine   int `json:"startLine"`
						StartColumn int `json:"startColumn"`
						EndLine     int `json:"endLine"`
						EndColumn   int `json:"endColumn"`
					} `json:"region"`
				} `json:"physicalLocation"`
			} `json:"locations"`
		} `json:"results"`
	} `json:"runs"`
}

// sarifProperties are the SARIF 2.1.0 property names the output may use:
// only well-known ones, which GitHub code scanning reads or ignores.
var sarifProperties = map[string]bool{
	"$schema": true, "version": true, "runs": true, "tool": true, "driver": true, "name": true,
	"informationUri": true, "rules": true, "id": true, "shortDescription": true, "fullDescription": true,
	"help": true, "text": true, "helpUri": true, "defaultConfiguration": true, "level": true,
	"columnKind": true, "results": true, "ruleId": true, "ruleIndex": true, "message": true,
	"locations": true, "physicalLocation": true, "artifactLocation": true, "uri": true, "uriBaseId": true,
	"region": true, "startLine": true, "startColumn": true, "endLine": true, "endColumn": true,
}

func checkKeys(t *testing.T, path string, v any) {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			if !sarifProperties[k] {
				t.Errorf("%s: unexpected property %q", path, k)
			}
			checkKeys(t, path+"."+k, x)
		}
	case []any:
		for _, x := range v {
			checkKeys(t, path+"[]", x)
		}
	}
}

func decodeSarif(t *testing.T, out []byte) testSarif {
	t.Helper()
	var generic any
	if err := json.Unmarshal(out, &generic); err != nil {
		t.Fatalf("invalid JSON: %v", err)
	}
	checkKeys(t, "", generic)
	var s testSarif
	d := json.NewDecoder(bytes.NewReader(out))
	if err := d.Decode(&s); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestSARIFStructure(t *testing.T) {
	s := decodeSarif(t, render(t, "sarif", fixtureFindings, fixtureOptions))
	if s.Schema != "https://json.schemastore.org/sarif-2.1.0.json" || s.Version != "2.1.0" {
		t.Errorf("$schema %q, version %q", s.Schema, s.Version)
	}
	if len(s.Runs) != 1 {
		t.Fatalf("%d runs, want 1", len(s.Runs))
	}
	run := s.Runs[0]
	if run.ColumnKind != "unicodeCodePoints" {
		t.Errorf("columnKind %q", run.ColumnKind)
	}
	d := run.Tool.Driver
	if d.Name != "prfaq" || d.Version != "1.4.0" || d.InformationURI != "https://github.com/prfaq/prfaq" {
		t.Errorf("driver %q %q %q", d.Name, d.Version, d.InformationURI)
	}

	// Rules: every rule given, in order, then the one the findings name
	// that was not given; ids unique; help URIs absolute.
	wantIDs := []string{"missing-date", "weasel-words", "long-sentence", "unattributed-quote"}
	if len(d.Rules) != len(wantIDs) {
		t.Fatalf("%d rules, want %d", len(d.Rules), len(wantIDs))
	}
	levels := map[lint.Severity]string{lint.Error: "error", lint.Warning: "warning", lint.Info: "note"}
	for i, r := range d.Rules {
		if r.ID != wantIDs[i] {
			t.Errorf("rule %d: id %q, want %q", i, r.ID, wantIDs[i])
		}
		if r.ShortDescription.Text == "" || r.FullDescription.Text == "" || r.Help.Text == "" {
			t.Errorf("rule %s: empty description or help", r.ID)
		}
		switch r.DefaultConfiguration.Level {
		case "error", "warning", "note":
		default:
			t.Errorf("rule %s: level %q", r.ID, r.DefaultConfiguration.Level)
		}
		if i < len(fixtureRules) {
			if want := levels[fixtureRules[i].Default]; r.DefaultConfiguration.Level != want {
				t.Errorf("rule %s: level %q, want %q", r.ID, r.DefaultConfiguration.Level, want)
			}
			if r.Name != fixtureRules[i].Name || r.ShortDescription.Text != fixtureRules[i].Summary {
				t.Errorf("rule %s: name %q, short description %q", r.ID, r.Name, r.ShortDescription.Text)
			}
			u, err := url.Parse(r.HelpURI)
			if err != nil || !u.IsAbs() {
				t.Errorf("rule %s: helpUri %q is not absolute", r.ID, r.HelpURI)
			}
		}
	}
	if got, want := d.Rules[1].HelpURI, "https://github.com/prfaq/prfaq/blob/v1.4.0/docs/rules/weasel-words.md"; got != want {
		t.Errorf("relative helpUri resolved to %q, want %q", got, want)
	}
	if got, want := d.Rules[2].HelpURI, "https://example.com/rules/long-sentence"; got != want {
		t.Errorf("absolute helpUri became %q, want %q", got, want)
	}
	if d.Rules[3].HelpURI != "" {
		t.Errorf("unknown rule has helpUri %q", d.Rules[3].HelpURI)
	}

	// Results: one per finding, in order, pointing at their rules.
	if len(run.Results) != len(fixtureFindings) {
		t.Fatalf("%d results, want %d", len(run.Results), len(fixtureFindings))
	}
	for i, r := range run.Results {
		f := fixtureFindings[i]
		if r.RuleID != f.Rule {
			t.Errorf("result %d: ruleId %q, want %q", i, r.RuleID, f.Rule)
		}
		if r.RuleIndex == nil || *r.RuleIndex < 0 || *r.RuleIndex >= len(d.Rules) || d.Rules[*r.RuleIndex].ID != r.RuleID {
			t.Errorf("result %d: ruleIndex %v does not point at rule %q", i, r.RuleIndex, r.RuleID)
		}
		if r.Level != levels[f.Severity] {
			t.Errorf("result %d: level %q, want %q", i, r.Level, levels[f.Severity])
		}
		if !strings.HasPrefix(r.Message.Text, f.Message) || !strings.HasSuffix(r.Message.Text, "Hint: "+f.Hint) {
			t.Errorf("result %d: message %q should be the message then the hint", i, r.Message.Text)
		}
		if len(r.Locations) != 1 {
			t.Fatalf("result %d: %d locations", i, len(r.Locations))
		}
		pl := r.Locations[0].PhysicalLocation
		u, err := url.Parse(pl.ArtifactLocation.URI)
		if err != nil || u.IsAbs() || strings.Contains(pl.ArtifactLocation.URI, `\`) || strings.HasPrefix(u.Path, "/") {
			t.Errorf("result %d: uri %q is not a relative reference", i, pl.ArtifactLocation.URI)
		}
		if u != nil && u.Path != f.File {
			t.Errorf("result %d: uri %q decodes to %q, want %q", i, pl.ArtifactLocation.URI, u.Path, f.File)
		}
		if pl.ArtifactLocation.URIBaseID != "%SRCROOT%" {
			t.Errorf("result %d: uriBaseId %q", i, pl.ArtifactLocation.URIBaseID)
		}
		reg := pl.Region
		if reg.StartLine != f.Line || reg.StartColumn != f.Col || reg.EndLine != f.EndLine || reg.EndColumn != f.EndCol {
			t.Errorf("result %d: region %+v, want %d:%d-%d:%d", i, reg, f.Line, f.Col, f.EndLine, f.EndCol)
		}
		if reg.StartLine < 1 || reg.EndLine < reg.StartLine || (reg.EndLine == reg.StartLine && reg.EndColumn < reg.StartColumn) {
			t.Errorf("result %d: region %+v is inconsistent", i, reg)
		}
	}
	if got := run.Results[3].Locations[0].PhysicalLocation.ArtifactLocation.URI; got != "notes/faq%2C%20v2.md" {
		t.Errorf("uri %q, want notes/faq%%2C%%20v2.md", got)
	}
}

func TestSARIFURIs(t *testing.T) {
	for _, c := range []struct{ file, uri, base string }{
		{"docs/launch.md", "docs/launch.md", "%SRCROOT%"},
		{"./docs/launch.md", "docs/launch.md", "%SRCROOT%"},
		{"a:b.md", "a%3Ab.md", "%SRCROOT%"},
		{"dir/naïve #1?.md", "dir/na%C3%AFve%20%231%3F.md", "%SRCROOT%"},
		{"/abs/path/x.md", "file:///abs/path/x.md", ""},
	} {
		uri, base := artifactURI(c.file)
		if uri != c.uri || base != c.base {
			t.Errorf("artifactURI(%q) = %q, %q; want %q, %q", c.file, uri, base, c.uri, c.base)
		}
	}
	for _, c := range []struct{ ref, base, want string }{
		{"docs/rules/x.md", "https://h.example/repo/blob/main/", "https://h.example/repo/blob/main/docs/rules/x.md"},
		{"docs/rules/x.md", "https://h.example/repo/blob/main", "https://h.example/repo/blob/main/docs/rules/x.md"},
		{"https://prfaq.dev/r/x", "", "https://prfaq.dev/r/x"},
		{"docs/rules/x.md", "", ""},
		{"docs/rules/x.md", "not/absolute/", ""},
		{"", "https://h.example/", ""},
	} {
		if got := absoluteURI(c.ref, c.base); got != c.want {
			t.Errorf("absoluteURI(%q, %q) = %q, want %q", c.ref, c.base, got, c.want)
		}
	}
}

// Without a base URI, relative help links are left out of helpUri (which
// must be absolute) and named in the help text instead.
func TestSARIFRelativeHelpWithoutBase(t *testing.T) {
	o := fixtureOptions
	o.HelpBaseURI = ""
	o.InformationURI = "prfaq.dev" // not absolute: left out
	s := decodeSarif(t, render(t, "sarif", fixtureFindings, o))
	d := s.Runs[0].Tool.Driver
	if d.InformationURI != "" {
		t.Errorf("informationUri %q should be left out", d.InformationURI)
	}
	r := d.Rules[1]
	if r.HelpURI != "" || !strings.Contains(r.Help.Text, "docs/rules/weasel-words.md") {
		t.Errorf("helpUri %q, help %q", r.HelpURI, r.Help.Text)
	}
	if d.Rules[2].HelpURI != "https://example.com/rules/long-sentence" {
		t.Errorf("absolute helpUri lost: %q", d.Rules[2].HelpURI)
	}
}

// The driver names the tool's version three ways: as the tool prints it,
// as a semantic version, and by the date its source was made.
func TestSARIFToolVersion(t *testing.T) {
	o := fixtureOptions
	o.ToolVersion = "devel-0123456789ab"
	o.ToolSemanticVersion = ""
	o.ToolReleaseDate = "2026-12-07T15:04:05Z"
	var got struct {
		Runs []struct {
			Tool struct {
				Driver map[string]any `json:"driver"`
			} `json:"tool"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(render(t, "sarif", fixtureFindings, o), &got); err != nil {
		t.Fatal(err)
	}
	d := got.Runs[0].Tool.Driver
	if d["version"] != "devel-0123456789ab" || d["releaseDateUtc"] != "2026-12-07T15:04:05Z" {
		t.Errorf("driver version %v, releaseDateUtc %v", d["version"], d["releaseDateUtc"])
	}
	if _, ok := d["semanticVersion"]; ok {
		t.Errorf("an empty semanticVersion is written: %v", d["semanticVersion"])
	}
	o.ToolSemanticVersion = "1.4.0"
	if err := json.Unmarshal(render(t, "sarif", fixtureFindings, o), &got); err != nil {
		t.Fatal(err)
	}
	if d := got.Runs[0].Tool.Driver; d["semanticVersion"] != "1.4.0" {
		t.Errorf("semanticVersion %v, want 1.4.0", d["semanticVersion"])
	}
}
