package mddoc

import (
	"strings"
	"testing"
)

// The word tests match must agree with padding both sides with spaces,
// which is what they stand for without building new strings.
func TestWordMatchers(t *testing.T) {
	texts := []string{"", " ", "  ", "a", "a b", " a b ", "ab", "the problem", "problem", "the  problem", "problems today", "our problem today", "problem problem", "pro blem", "xproblem problem"}
	words := []string{"", "a", "b", "a b", "problem", "the problem", "problem today", "pro"}
	for _, w := range texts {
		for _, n := range words {
			if got, want := containsWords(w, n), strings.Contains(" "+w+" ", " "+n+" "); got != want {
				t.Errorf("containsWords(%q, %q) = %v, want %v", w, n, got, want)
			}
			if got, want := startsWithWords(w, n), strings.HasPrefix(w, n+" "); got != want {
				t.Errorf("startsWithWords(%q, %q) = %v, want %v", w, n, got, want)
			}
			if got, want := endsWithWords(w, n), strings.HasSuffix(w, " "+n); got != want {
				t.Errorf("endsWithWords(%q, %q) = %v, want %v", w, n, got, want)
			}
		}
	}
}
