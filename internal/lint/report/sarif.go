package report

import (
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/prfaq/prfaq/internal/lint"
)

// SARIF 2.1.0, the subset GitHub code scanning reads. Property names and
// nesting follow the OASIS SARIF 2.1.0 specification; see
// https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html and
// GitHub's "SARIF support for code scanning".

const (
	sarifSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
	sarifVersion = "2.1.0"
	// sarifSrcRoot is the uriBaseId of relative artifact URIs: the folder
	// the paths are relative to (GitHub takes it as the repository root).
	sarifSrcRoot = "%SRCROOT%"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool       sarifTool     `json:"tool"`
	ColumnKind string        `json:"columnKind"`
	Results    []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	SemanticVer    string      `json:"semanticVersion,omitempty"`
	ReleaseDateUTC string      `json:"releaseDateUtc,omitempty"`
	InformationURI string      `json:"informationUri,omitempty"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string             `json:"id"`
	Name                 string             `json:"name,omitempty"`
	ShortDescription     sarifText          `json:"shortDescription"`
	FullDescription      sarifText          `json:"fullDescription"`
	Help                 sarifText          `json:"help"`
	HelpURI              string             `json:"helpUri,omitempty"`
	DefaultConfiguration sarifConfiguration `json:"defaultConfiguration"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifConfiguration struct {
	Level string `json:"level"`
}

type sarifResult struct {
	RuleID    string          `json:"ruleId"`
	RuleIndex int             `json:"ruleIndex"`
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Region           sarifRegion           `json:"region"`
}

type sarifArtifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
	EndLine     int `json:"endLine,omitempty"`
	EndColumn   int `json:"endColumn,omitempty"`
}

// SARIF writes a SARIF 2.1.0 log with one run: the tool and every rule in
// Options.Rules (followed by any rule a finding names that is not listed,
// so that every result's ruleIndex points at its rule), and one result per
// finding.
//
// Levels: error → "error", warning → "warning", info → "note". The result
// message is the finding's message followed by its hint. Locations are
// relative URIs with forward slashes, percent-encoded, against the
// uriBaseId "%SRCROOT%" (absolute paths become file:// URIs without a
// base); regions use the finding's columns, which count Unicode code
// points, so the run's columnKind is "unicodeCodePoints". endColumn is
// exclusive, as in SARIF. A finding without a line is placed on line 1.
//
// helpUri must be an absolute URI (the SARIF schema's "uri" format, which
// GitHub's upload validates): relative RuleInfo.HelpURI values are resolved
// against Options.HelpBaseURI, or left out, with the relative path named
// in the rule's help text instead.
func SARIF(w io.Writer, fs []lint.Finding, o Options) error {
	return Write("sarif", w, fs, o)
}

// withFindingRules is o with every rule a finding names that o.Rules
// does not list added after them, in order of first appearance, so every
// result's ruleIndex points at its rule.
func withFindingRules(fs []lint.Finding, o Options) Options {
	listed := map[string]bool{}
	for _, r := range o.Rules {
		listed[r.ID] = true
	}
	var extra []RuleInfo
	for _, f := range fs {
		if !listed[f.Rule] {
			listed[f.Rule] = true
			extra = append(extra, RuleInfo{ID: f.Rule, Default: f.Severity})
		}
	}
	if len(extra) > 0 {
		o.Rules = append(append([]RuleInfo(nil), o.Rules...), extra...)
	}
	return o
}

// sarifSkeleton is the log without results, and each rule's index.
func sarifSkeleton(o Options) (sarifLog, map[string]int) {
	driver := sarifDriver{
		Name:           o.toolName(),
		Version:        o.ToolVersion,
		SemanticVer:    o.ToolSemanticVersion,
		ReleaseDateUTC: o.ToolReleaseDate,
		InformationURI: absoluteURI(o.InformationURI, ""),
		Rules:          []sarifRule{},
	}
	index := map[string]int{}
	for _, r := range o.Rules {
		if _, dup := index[r.ID]; dup {
			continue
		}
		index[r.ID] = len(driver.Rules)
		driver.Rules = append(driver.Rules, sarifRuleOf(r, o.HelpBaseURI))
	}
	return sarifLog{
		Schema:  sarifSchema,
		Version: sarifVersion,
		Runs: []sarifRun{{
			Tool:       sarifTool{Driver: driver},
			ColumnKind: "unicodeCodePoints",
			Results:    []sarifResult{},
		}},
	}, index
}

// newSARIFResult is a finding as a result of the rule at ruleIndex.
func newSARIFResult(f lint.Finding, ruleIndex int) sarifResult {
	uri, base := artifactURI(f.File)
	line, col, endLine, endCol := span(f)
	region := sarifRegion{StartLine: line, StartColumn: col, EndLine: endLine, EndColumn: endCol}
	if line == 0 {
		region = sarifRegion{StartLine: 1}
	}
	return sarifResult{
		RuleID:    jsonText(f.Rule),
		RuleIndex: ruleIndex,
		Level:     sarifLevel(f.Severity),
		Message:   sarifText{Text: jsonText(withHint(f.Message, f.Hint))},
		Locations: []sarifLocation{{PhysicalLocation: sarifPhysicalLocation{
			ArtifactLocation: sarifArtifactLocation{URI: uri, URIBaseID: base},
			Region:           region,
		}}},
	}
}

func sarifRuleOf(r RuleInfo, helpBase string) sarifRule {
	short := r.Summary
	if short == "" {
		short = r.Name
	}
	if short == "" {
		short = r.ID
	}
	help := short
	helpURI := absoluteURI(r.HelpURI, helpBase)
	switch {
	case helpURI != "":
		help += "\n\nSee " + helpURI
	case r.HelpURI != "":
		help += "\n\nSee " + r.HelpURI
	}
	return sarifRule{
		ID:                   jsonText(r.ID),
		Name:                 jsonText(r.Name),
		ShortDescription:     sarifText{Text: jsonText(short)},
		FullDescription:      sarifText{Text: jsonText(short)},
		Help:                 sarifText{Text: jsonText(help)},
		HelpURI:              helpURI,
		DefaultConfiguration: sarifConfiguration{Level: sarifLevel(r.Default)},
	}
}

func sarifLevel(s lint.Severity) string {
	switch s {
	case lint.Error:
		return "error"
	case lint.Warning:
		return "warning"
	}
	return "note"
}

// absoluteURI is ref as an absolute URI: as it is when it has a scheme,
// else resolved against base (which must be absolute; a base without a
// trailing slash is taken as a folder). It is "" when ref is empty or
// cannot be made absolute.
func absoluteURI(ref, base string) string {
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if u.IsAbs() {
		return u.String()
	}
	b, err := url.Parse(base)
	if err != nil || !b.IsAbs() {
		return ""
	}
	if !strings.HasSuffix(b.Path, "/") {
		b.Path += "/"
		b.RawPath = ""
	}
	return b.ResolveReference(u).String()
}

// artifactURI is a file name as a SARIF artifact URI: a relative URI
// reference with forward slashes and percent-encoded segments, against
// %SRCROOT%; or, for an absolute path, a file:// URI with no base.
func artifactURI(file string) (uri, base string) {
	p := filepath.ToSlash(file)
	if filepath.IsAbs(file) || strings.HasPrefix(p, "/") {
		if !strings.HasPrefix(p, "/") {
			p = "/" + p // C:/dir/file
		}
		return "file://" + escapePath(p, false), ""
	}
	for strings.HasPrefix(p, "./") {
		p = strings.TrimLeft(p[2:], "/")
	}
	return escapePath(p, true), sarifSrcRoot
}

// escapePath percent-encodes each segment of a slash-separated path. In a
// relative reference a colon is encoded too, so that "a:b.md" is not read
// as a URI with scheme "a".
func escapePath(p string, relative bool) string {
	segs := strings.Split(p, "/")
	for i, s := range segs {
		s = url.PathEscape(s)
		if relative {
			s = strings.ReplaceAll(s, ":", "%3A")
		}
		segs[i] = s
	}
	return strings.Join(segs, "/")
}
