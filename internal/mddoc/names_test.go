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
		"purchase the chasing outlets", "a 40% study, in the survey",
	} {
		found := cuesIn(text)
		for s, def := range placeables {
			for c, cue := range def.cues {
				if got, want := found[s]&(1<<c) != 0, containsCue(text, cue.text); got != want {
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

// containsCue is cuesIn's rule, by the slow way: the cue anywhere, and
// where a word starts when the cue starts with a letter.
func containsCue(text, cue string) bool {
	for i := 0; i < len(text); i++ {
		if strings.HasPrefix(text[i:], cue) && (!isWordByte(cue[0]) || i == 0 || !isWordByte(text[i-1])) {
			return true
		}
	}
	return false
}

// afterQuote finds what searching with the unanchored pattern finds.
func TestAfterQuote(t *testing.T) {
	for _, re := range []*regexp.Regexp{saidAfter, dashAfter, parenAfter} {
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

// parseDateline reads datelines in the forms newsrooms and teams write
// them, and nothing else.
func TestParseDateline(t *testing.T) {
	for _, c := range []struct{ line, city, outlet, date, rest string }{
		{"SEATTLE, WA – (Business Wire) – March 3, 2027 – Today", "SEATTLE, WA", "Business Wire", "2027-03-03", "Today"},
		{"SEATTLE, WA — (March 3, 2027) — Northbeam", "SEATTLE, WA", "", "2027-03-03", "Northbeam"},
		{"**LONDON** (Business Wire) 3 March 2027: Ledgerline", "LONDON", "Business Wire", "2027-03-03", "Ledgerline"},
		{"Leeds, UK – 14 April 2027 – Woolgather", "Leeds, UK", "", "2027-04-14", "Woolgather"},
		{"AUSTIN, Texas, Jan. 12, 2027 /PRNewswire/ -- Brightwell", "AUSTIN, Texas", "PRNewswire", "2027-01-12", "Brightwell"},
		{"**CORK, Ireland – 3rd March 2027** – Cork", "CORK, Ireland", "", "2027-03-03", "Cork"},
		{"BERLIN - 2027-05-04 - Stellwerk", "BERLIN", "", "2027-05-04", "Stellwerk"},
		{"LISBON – Internal announcement – July 1, 2027 – The", "LISBON", "Internal announcement", "2027-07-01", "The"},
		{"Amsterdam, 6 October 2027 — Graanwerk", "Amsterdam", "", "2027-10-06", "Graanwerk"},
		{"Utrecht, the Netherlands — 2 June 2027 — Voltstroom", "Utrecht, the Netherlands", "", "2027-06-02", "Voltstroom"},
		{"CHICAGO, IL (March 15, 2027) – Lakeshore", "CHICAGO, IL", "", "2027-03-15", "Lakeshore"},
		{"SAN JOSE, Calif. — Feb. 2, 2028 — Cartwheel", "SAN JOSE, Calif.", "", "2028-02-02", "Cartwheel"},
		{"DENVER -- Sept. 9, 2027 -- Store", "DENVER", "", "2027-09-09", "Store"},
		{"**ZURICH, May 4, 2027** — The", "ZURICH", "", "2027-05-04", "The"},
		{"  __ST. LOUIS__ -- 2027-03-03: x", "ST. LOUIS", "", "2027-03-03", "x"},
		{"O’HARE, IL, May 1st, 2027, x", "O’HARE, IL", "", "2027-05-01", "x"},
		{"NEW YORK — JANUARY 5, 2031 — x", "NEW YORK", "", "2031-01-05", "x"},
		{"LEEDS, UK, 09.11.2027 – Kettlewell", "LEEDS, UK", "", "2027-11-09", "Kettlewell"},
		{"Birmingham, United Kingdom \\- 2 Nov 2027 \\- Harbour", "Birmingham, United Kingdom", "", "2027-11-02", "Harbour"},
		{"NORWICH, England, Monday 6 September 2027 — The", "NORWICH, England", "", "2027-09-06", "The"},
		{"KESTREL VALLEY, Ore. — Monday, Sept. 6, 2027 — The", "KESTREL VALLEY, Ore.", "", "2027-09-06", "The"},
		{"Glasgow, 1 March 2028. Carrow Lisle", "Glasgow", "", "2028-03-01", "Carrow Lisle"},
		{"NOTTINGHAM, 14/02/2028 – The", "NOTTINGHAM", "", "2028-02-14", "The"},
		{"New York, Oct. 5, 2027 (GLOBE NEWSWIRE) -- Quayside", "New York", "GLOBE NEWSWIRE", "2027-10-05", "Quayside"},
		// No place: the date, perhaps after the outlet.
		{"(Business Wire) March 3, 2027 — Acme", "", "Business Wire", "2027-03-03", "Acme"},
		{"(PR Newswire) – 3 March 2027: Acme", "", "PR Newswire", "2027-03-03", "Acme"},
		{"**March 3, 2027** – Acme", "", "", "2027-03-03", "Acme"},
		{"2027-05-04 -- Stellwerk", "", "", "2027-05-04", "Stellwerk"},
		{"PORTLAND, Ore. — Sept. 19, 2029 — Ferrybell", "PORTLAND, Ore.", "", "2029-09-19", "Ferrybell"},
		// Pipes between the parts, as a spec sheet's header writes them.
		{"Tucson, Arizona | March 9, 2029 | Dunefield", "Tucson, Arizona", "", "2029-03-09", "Dunefield"},
		{"TUCSON | Internal | 9 March 2029 | Dunefield", "TUCSON", "Internal", "2029-03-09", "Dunefield"},
	} {
		m, ok := parseDateline(c.line)
		if !ok {
			t.Errorf("%q: not read as a dateline", c.line)
			continue
		}
		city := c.line[m.cityStart:m.cityEnd]
		if city != c.city || m.outlet != c.outlet || m.date != c.date || c.line[m.end:] != c.rest {
			t.Errorf("%q: city %q, outlet %q, date %q, then %q; want %q, %q, %q, %q", c.line, city, m.outlet, m.date, c.line[m.end:], c.city, c.outlet, c.date, c.rest)
		}
	}
	for _, line := range []string{
		"The volunteer coordinator keeps the rota in 2027", "Today, teams", "", "S", "\t\t", "LONDON – today – x",
		"Starting April 5, 2027, every engineer shares one cache.", "Today, on March 3, 2027, we launched.",
		"In 2026, the office received 9,400 calls.", "Until March 3, 2027 – nothing.",
		"Customers told us in the March 3, 2027 survey that they wait.", "Every spring, March 3, 2027 – x",
		"SEATTLE – the team said on March 3, 2027 – x",
		// A date that opens a sentence, or a note: no dateline.
		"March 3, 2027, was the day we launched.", "March 3, 2027: kickoff with the pilot stores.",
		"3 March 2027 was a Wednesday.", "(see below) the March 3, 2027 launch – x", "(Business Wire) March 3, 2027, Acme",
	} {
		if m, ok := parseDateline(line); ok {
			t.Errorf("%q read as a dateline: %+v", line, m)
		}
	}
}

// faqListRole names the FAQ's lists by their audience.
func TestFAQListRole(t *testing.T) {
	for _, c := range []struct {
		heading string
		inFAQ   bool
		want    string
	}{
		{"Questions from contractors and homeowners", false, roleExternal},
		{"Questions from county staff and commissioners", false, roleInternal},
		{"Questions from the Trust board", false, roleInternal},
		{"Questions we asked ourselves", false, roleInternal},
		{"FAQ for schools", false, roleExternal},
		{"Player FAQ", false, roleExternal},
		{"Studio FAQ", false, roleInternal},
		{"Internal questions", false, roleInternal},
		{"For maintainers", true, roleInternal},
		{"Open questions", false, ""},
		{"Questions raised", false, ""},
		{"Questions?", false, ""},
		{"Questions from customers and the team", false, ""},
		{"Questions from people who ride the early boat", false, roleExternal},
		{"FAQ", false, ""}, // the FAQ's name, for no audience
	} {
		w, _ := normalize(c.heading)
		if got := faqListRole(w, c.inFAQ); got != c.want {
			t.Errorf("%q: %q, want %q", c.heading, got, c.want)
		}
	}
	for label, want := range map[string]string{"Customers ask": roleExternal, "Internally": roleInternal, "Pricing": ""} {
		w, _ := normalize(label)
		if got := listLabel(w); got != want {
			t.Errorf("label %q: %q, want %q", label, got, want)
		}
	}
}

// sectionOf reads headings in the team's own words.
func TestSectionOf(t *testing.T) {
	tm, err := builtin.Load("amazon")
	if err != nil {
		t.Fatal(err)
	}
	r := &reader{t: tm, names: sectionNames(tm)}
	for heading, want := range map[string]string{
		"Why it's hard today":       pathProblem,
		"The need":                  pathProblem,
		"What contractors do today": pathCurrent,
		"Today":                     pathCurrent,
		"What we're doing about it": pathSolution,
		"How GradeWise works":       pathSolution,
		"More information":          pathAction,
		"Customer problem":          pathProblem,
		"What goes wrong today":     pathProblem,
		"What we’re changing":       pathSolution,
		"What's changing":           pathSolution,
		"What's changing for you":   "", // a memo's list for its staff
		"How to read this document": "",
	} {
		w, _ := normalize(heading)
		id, set := r.sectionOf(w, false)
		if id == "" && len(set) == 1 {
			id = set[0]
		}
		if id != want {
			t.Errorf("%q: %q %v, want %q", heading, id, set, want)
		}
	}
}

func TestHowToHeadings(t *testing.T) {
	// "How to apply": how to start or where to go, as the text says.
	for heading, want := range map[string][]string{
		"How to submit":         {pathGetStarted, pathAction},
		"How to book a slot":    {pathGetStarted, pathAction},
		"How to get started":    {pathGetStarted},
		"How to review this":    nil,
		"How to write a PR/FAQ": nil,
	} {
		w, _ := normalize(heading)
		if got := keywordSet(w); !slices.Equal(got, want) {
			t.Errorf("%q: %v, want %v", heading, got, want)
		}
	}
}
