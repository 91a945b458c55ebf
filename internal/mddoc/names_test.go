package mddoc

import (
	"regexp"
	"slices"
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

// cuesIn finds the cues that looking for each in turn finds.
func TestCuesIn(t *testing.T) {
	for _, text := range []string{
		"today we announced a launch; teams struggle and waste hours, currently with spreadsheets",
		"",
		"visit www.example.com to sign up, or download the app: it's available now",
		"%%% can't cannot let lets",
	} {
		found := cuesIn(text)
		for s, def := range placeables {
			for c, cue := range def.cues {
				if got, want := found[s]&(1<<c) != 0, strings.Contains(text, cue.text); got != want {
					t.Errorf("%q: cue %q of %s: found %v, want %v", text, cue.text, def.name, got, want)
				}
			}
		}
	}
	for _, def := range placeables {
		if len(def.cues) > 64 {
			t.Errorf("%s has %d cues: cuesIn keeps 64 a section", def.name, len(def.cues))
		}
	}
}

// afterQuote finds what searching with the unanchored pattern finds.
func TestAfterQuote(t *testing.T) {
	for _, re := range []*regexp.Regexp{saidAfter, dashAfter} {
		loose := regexp.MustCompile(strings.TrimPrefix(re.String(), "^"))
		for _, s := range []string{
			``, `"`, `no quote here`, `"We did it," said Dana Ortiz, VP.`,
			`He said "yes" and "no," said Ana – CEO`, `“Fast” — Ana`, `"a" - "b" -- Bo`,
			`"x",  says  Lee "more" added`, `””” said Mo`, "\"é\"\u00a0said Zoë",
		} {
			if got, want := afterQuote(re, s), loose.FindStringIndex(s); !slices.Equal(got, want) {
				t.Errorf("%s on %q: got %v, want %v", re, s, got, want)
			}
		}
	}
}

// mayBeDateline lets through every line datelineRE matches.
func TestMayBeDateline(t *testing.T) {
	datelines := []string{
		"SEATTLE, WA – (Business Wire) – March 3, 2027 – Today",
		"**BRISTOL, UK** – 3 March 2027 – x", "  __ST. LOUIS__ -- 2027-03-03: x", "O’HARE, IL, May 1st, 2027, x",
		"A. B – 2027-01-01 – x", "NEW YORK — Jan. 5, 2031 — x",
	}
	for _, line := range datelines {
		if !datelineRE.MatchString(line) {
			t.Errorf("%q should be a dateline", line)
		}
	}
	for _, line := range append(datelines,
		"The volunteer coordinator keeps the rota", "Today, teams", "", "S", "\t\t", "LONDON – today – x",
	) {
		if datelineRE.MatchString(line) && !mayBeDateline(line) {
			t.Errorf("%q is a dateline, and mayBeDateline says it cannot be", line)
		}
	}
	if mayBeDateline("The volunteer coordinator keeps the rota in 2027") {
		t.Error("a paragraph starting \"The\" passes")
	}
}
