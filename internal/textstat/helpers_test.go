package textstat

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// at returns the spans of parts in s, each found after the end of the one
// before: a readable way to write exact expected spans.
func at(t *testing.T, s string, parts ...string) []Span {
	t.Helper()
	var out []Span
	from := 0
	for _, p := range parts {
		i := strings.Index(s[from:], p)
		if i < 0 {
			t.Fatalf("test bug: %q not found in %q after offset %d", p, s, from)
		}
		out = append(out, Span{from + i, from + i + len(p)})
		from += i + len(p)
	}
	return out
}

func texts(s string, spans []Span) []string {
	out := make([]string, len(spans))
	for i, sp := range spans {
		out[i] = s[sp.Start:sp.End]
	}
	return out
}

func sameSpans(t *testing.T, what, s string, got, want []Span) {
	t.Helper()
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("%s(%q):\n got  %v %q\n want %v %q", what, s, got, texts(s, got), want, texts(s, want))
	}
}

// checkSpans asserts spans are within s, non-empty, ordered and
// non-overlapping.
func checkSpans(t *testing.T, what string, n int, spans []Span) {
	t.Helper()
	prev := 0
	for i, sp := range spans {
		if sp.Start < prev || sp.End <= sp.Start || sp.End > n {
			t.Fatalf("%s: span %d %v out of order, empty or out of bounds (len %d, previous end %d)", what, i, sp, n, prev)
		}
		prev = sp.End
	}
}

// readTestdata returns the Markdown files used in tests.
func readTestdata() ([]string, error) {
	var out []string
	for _, f := range []string{"testdata/press-release.md"} {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		out = append(out, string(b))
	}
	return out, nil
}
