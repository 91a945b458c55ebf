package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/prfaq/prfaq/internal/lint"
)

// GitHub writes one GitHub Actions workflow command per finding, which the
// runner turns into an annotation on the file and line:
//
//	::error file=docs/launch.md,line=3,col=8,endLine=3,endColumn=11,title=weasel-words::"very" hides how much. Hint: Say how much.
//
// error → ::error, warning → ::warning, info → ::notice. Columns are given
// only when the span is on one line (GitHub accepts them only then);
// endColumn is the column of the span's last character (GitHub's columns
// are 1-based and its end column inclusive, unlike SARIF's).
// Property values escape %, \r, \n, ':' and ','; the message escapes %, \r
// and \n, so a message can neither end the command early nor start another
// one. Other control characters from the document are shown as `\x1b`.
// The runner shows only the first few annotations of each kind per step
// (10 at the time of writing); the rest are still in the log.
func GitHub(w io.Writer, fs []lint.Finding, o Options) error {
	return Write("github", w, fs, o)
}

func githubCommand(f lint.Finding) string {
	var c strings.Builder
	c.WriteString("::")
	c.WriteString(githubLevel(f.Severity))
	c.WriteString(" file=")
	c.WriteString(githubProperty(f.File))
	line, col, endLine, endCol := span(f)
	if line > 0 {
		oneLine := endLine == line && col > 0
		fmt.Fprintf(&c, ",line=%d", line)
		if oneLine {
			fmt.Fprintf(&c, ",col=%d", col)
		}
		fmt.Fprintf(&c, ",endLine=%d", endLine)
		if oneLine && endCol > col {
			fmt.Fprintf(&c, ",endColumn=%d", endCol-1)
		}
	}
	c.WriteString(",title=")
	c.WriteString(githubProperty(f.Rule))
	c.WriteString("::")
	c.WriteString(githubMessage(withHint(f.Message, f.Hint)))
	return c.String()
}

func githubLevel(s lint.Severity) string {
	switch s {
	case lint.Error:
		return "error"
	case lint.Warning:
		return "warning"
	}
	return "notice"
}

// githubMessage escapes a workflow command's message (its data): %, \r and
// \n, after showing other control characters as escapes.
func githubMessage(s string) string {
	return githubEscaper.Replace(cleanLines(s))
}

// githubProperty escapes a workflow command's property value: as the
// message, and also ':' and ','.
func githubProperty(s string) string {
	return githubPropertyEscaper.Replace(cleanLines(s))
}

var (
	githubEscaper         = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	githubPropertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)
