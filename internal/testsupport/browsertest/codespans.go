package browsertest

import (
	"strings"
	"testing"
)

// HyphenatedCode is an option a reader types as printed; a line break
// after either hyphen would print it as "-" and "-fail-on".
const HyphenatedCode = "--fail-on"

// CodeSpansEverywhere is Markdown prose that puts the inline code
// `--fail-on` at every position on a line: the words before each span
// grow by one letter, so over many lines some spans fall at a line's end.
// code writes one span (Markdown's backticks, or an HTML element).
func CodeSpansEverywhere(spans int, code func(string) string) string {
	var b strings.Builder
	for i := range spans {
		b.WriteString(strings.Repeat("w", 1+i%11))
		b.WriteString(" run " + code(HyphenatedCode) + " ")
	}
	return b.String()
}

// MarkdownCode is inline code in Markdown.
func MarkdownCode(s string) string { return "`" + s + "`" }

// CheckCodeWhole fails t unless the printed text shows HyphenatedCode
// whole at least spans times and never broken across lines (a page may
// show the text more than once).
func CheckCodeWhole(t testing.TB, text string, spans int) {
	t.Helper()
	whole, all := strings.Count(text, HyphenatedCode), strings.Count(text, strings.TrimLeft(HyphenatedCode, "-"))
	if whole < spans || whole != all {
		t.Errorf("the PDF shows %s whole %d times of %d, want all of at least %d: the others were broken across lines:\n%s", HyphenatedCode, whole, all, spans, text)
	}
}
