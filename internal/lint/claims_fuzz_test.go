package lint

import (
	"testing"

	"github.com/prfaq/prfaq/internal/textstat"
)

// FuzzClaims: on any text, each sentence's claims come in order, do not
// overlap, start and end on its word boundaries and hold a number, and
// reading sources never panics.
func FuzzClaims(f *testing.F) {
	for _, c := range claimCases {
		f.Add(c.sentence)
	}
	for _, s := range []string{"", "1", "one in", "in 3", "between 4 and", "that is", "that's 4", "3-", "-3", "2025–",
		"a 3", "1 in 2 in 3 in 4", "$", "$3 of the", "'26", "24/", "/7", "n =", "(", "(a", "[^", "step 2 of",
		"3 out of", "9 of the 31 of the 40", "two-", "twenty-five-day", "4.5.", "1,2,3", "3:", "３ days", "٣ days"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		words := textstat.Words(s)
		samples := map[string]bool{}
		for _, sent := range textstat.SplitSentences(s, words, nil) {
			nums := textstat.Numbers(s, sent.Words)
			prev := sent.Start
			for _, c := range claims(s, sent.Words) {
				if c.Start < prev || c.End <= c.Start || c.End > sent.End {
					t.Fatalf("claim %v out of order or outside sentence %v", c, sent.Span)
				}
				prev = c.End
				if !boundary(sent.Words, c) {
					t.Fatalf("claim %v %q does not start and end on words", c, s[c.Start:c.End])
				}
				holds := false
				for _, n := range nums {
					holds = holds || n.Start >= c.Start && n.End <= c.End
				}
				if !holds {
					t.Fatalf("claim %v %q holds no number", c, s[c.Start:c.End])
				}
			}
			if sourced(s[sent.Start:sent.End]) {
				for _, n := range nums {
					samples[s[n.Start:n.End]] = true
				}
			}
			refersBack(s, sent.Words, samples)
		}
	})
}

// boundary reports whether span starts where a word starts and ends where
// one ends.
func boundary(words []textstat.Word, span textstat.Span) bool {
	starts, ends := false, false
	for _, w := range words {
		starts = starts || w.Start() == span.Start
		ends = ends || w.End() == span.End
	}
	return starts && ends
}
