package report

import (
	"io"

	"github.com/prfaq/prfaq/internal/lint"
)

// jsonReport is the JSON format, version 1:
//
//	{
//	  "version": 1,              // this layout; a change that breaks readers bumps it
//	  "findings": [              // in the linter's order: file, line, column, rule
//	    {
//	      "file": "docs/launch.md", // as given on the command line
//	      "line": 3,             // 1-based; 0 when the finding is about the whole file
//	      "column": 8,           // 1-based, in Unicode code points; 0 when unknown
//	      "end_line": 3,         // last line of the span, inclusive
//	      "end_column": 12,      // column just after the span (exclusive); 0 when unknown
//	      "severity": "error",   // "error", "warning" or "info"
//	      "rule": "weasel-words",// rule id, as in the configuration and docs
//	      "message": "...",      // what is wrong, quoting the text
//	      "hint": "..."          // what to do about it; "" when the rule has none
//	    }
//	  ],
//	  "summary": {
//	    "files": 40,             // files linted, clean ones included
//	    "errors": 2, "warnings": 1, "infos": 0
//	  }
//	}
//
// Strings are the findings' own text (invalid UTF-8 becomes U+FFFD);
// control characters appear as JSON escapes such as "\u001b", so readers
// that print them should escape them again. "findings" is [] when there
// are none, never null. Keys always appear, in this order.
type jsonReport struct {
	Version  int           `json:"version"`
	Findings []jsonFinding `json:"findings"`
	Summary  jsonSummary   `json:"summary"`
}

type jsonFinding struct {
	File      string `json:"file"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"end_line"`
	EndColumn int    `json:"end_column"`
	Severity  string `json:"severity"`
	Rule      string `json:"rule"`
	Message   string `json:"message"`
	Hint      string `json:"hint"`
}

type jsonSummary struct {
	Files    int `json:"files"`
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Infos    int `json:"infos"`
}

// JSON writes the findings and a summary as one indented JSON object
// (see jsonReport for the fields), ending with a newline.
func JSON(w io.Writer, fs []lint.Finding, o Options) error {
	return Write("json", w, fs, o)
}

func newJSONFinding(f lint.Finding) jsonFinding {
	line, col, endLine, endCol := span(f)
	return jsonFinding{
		File:      jsonText(f.File),
		Line:      line,
		Column:    col,
		EndLine:   endLine,
		EndColumn: endCol,
		Severity:  severityName(f.Severity),
		Rule:      jsonText(f.Rule),
		Message:   jsonText(f.Message),
		Hint:      jsonText(f.Hint),
	}
}
