package mddoc

import (
	"slices"
	"strings"
	"testing"
)

// TestPlacement reads press releases whose paragraphs have no headings,
// in the shapes teams write them, and checks where each paragraph went.
// Each case lists the paragraphs' first words and the section expected.
func TestPlacement(t *testing.T) {
	const dated = "# Harbourlight lets ferry riders see the next boat from the pier\n\n" +
		"OSLO, Norway — March 3, 2027 — Fjordline today launched Harbourlight, a departure board for ferry riders.\n\n"
	quotes := `"Riders asked for one thing," said Ingrid Berg, Director of Services at Fjordline.` + "\n\n" +
		`"I stopped running for boats," said Ola Nordmann, a commuter in Nesodden.` + "\n\n"
	for _, c := range []struct {
		name string
		md   string
		want map[string]string // a paragraph's first words: its section
	}{
		{"method order", dated +
			"Riders wait on the pier without knowing when the boat comes. In our 2026 survey (n = 900), 41% said they had missed a boat.\n\n" +
			"With Harbourlight, the screen on the pier shows each boat's position and its minutes to arrival.\n\n" + quotes +
			"To get started, riders open the Fjordline app and pick their pier.\n\n" +
			"Harbourlight is available today on every pier. Learn more at fjordline.example/harbourlight.\n",
			map[string]string{"Riders wait": pathProblem, "With Harbourlight": pathSolution, "To get started": pathGetStarted, "Harbourlight is available": pathAction}},
		{"solution before problem", dated +
			"Harbourlight shows each boat's position on a screen at the pier and in the app, and updates it every ten seconds.\n\n" +
			"Until now, riders had to guess. The timetable was printed once a year, and boats ran late on 30% of trips (2026 operations report).\n\n" + quotes +
			"Visit fjordline.example/harbourlight to see it.\n",
			map[string]string{"Harbourlight shows": pathSolution, "Until now": pathProblem, "Visit": pathAction}},
		{"no problem paragraph", dated +
			"Harbourlight learns how long each crossing takes in wind and fog, and shows riders the real time to arrival.\n\n" + quotes +
			"To start, download the Fjordline app and allow location access.\n\n" +
			"Harbourlight is free. Get it at fjordline.example/app.\n",
			map[string]string{"Harbourlight learns": pathSolution, "To start": pathGetStarted, "Harbourlight is free": pathAction}},
		{"current solutions of their own", dated +
			"Riders wait on the pier without knowing when the boat comes, and 41% have missed one (2026 survey).\n\n" +
			"Timetable apps exist, but they show the printed times, not the boats. Riders fall back on calling the harbour office, which closes at six.\n\n" +
			"With Harbourlight, the screen on the pier shows each boat's position.\n\n" + quotes,
			map[string]string{"Riders wait": pathProblem, "Timetable apps": pathCurrent, "With Harbourlight": pathSolution}},
		{"template comments name the sections", dated +
			"<!-- Solution: the customer's experience -->\n\n" +
			"A rider looks at the board and sees the minutes to the next boat.\n\n" +
			"<!-- Problem: size it -->\n\n" +
			"Riders never knew when boats would come.\n\n" + quotes,
			map[string]string{"A rider looks": pathSolution, "Riders never": pathProblem}},
		{"a template comment over six lines", dated +
			"<!--\nSolution:\nthe customer's experience,\nin their words,\nwhat they do with it\n-->\n\n" +
			"A rider looks at the board and sees the minutes to the next boat.\n\n" +
			"<!-- Problem: size it -->\n\n" +
			"Riders never knew when boats would come.\n\n" + quotes,
			map[string]string{"A rider looks": pathSolution, "Riders never": pathProblem}},
		{"after the current solutions, a paragraph that says what the product is", dated +
			"Riders wait on the pier without knowing when the boat comes, and 41% have missed one (2026 survey).\n\n" +
			"The workarounds riders use today do not help. Some call the harbour office, which closes at six; others watch the boats from the café window, which works only in daylight.\n\n" +
			"Harbourlight is a screen on the pier and a tracker on the boat. The tracker reports the boat's position to the screen, which riders already know how to read. If the tracker is down, existing boards keep working for a day, which is longer than any outage we have had.\n\n" + quotes,
			map[string]string{"Riders wait": pathProblem, "The workarounds": pathCurrent, "Harbourlight is a": pathSolution}},
		{"a quote inside a headed section ends it", dated +
			"## Getting started\n\n" +
			"Open the Fjordline app, choose your pier, and turn on arrival alerts.\n\n" +
			`"I stopped running for boats," said Ola Nordmann, a commuter in Nesodden.` + "\n\n" +
			"Harbourlight is included in every Fjordline ticket from today. Read more at fjordline.example/harbourlight.\n",
			map[string]string{"Open the Fjordline": pathGetStarted, "Harbourlight is included": pathAction}},
		{"how to start goes on after a quote inside it", "# Harbourlight lets ferry riders see the next boat from the pier\n\n" +
			"## Summary\n\nOSLO, Norway — March 3, 2027 — Fjordline today launched Harbourlight, a departure board for ferry riders.\n\n" +
			"## Getting started\n\n" +
			"Open the Fjordline app and choose your pier.\n\n" +
			`"I stopped running for boats," said Ola Nordmann, a commuter in Nesodden.` + "\n\n" +
			"Then turn on arrival alerts: open Settings, tap Alerts, and choose a sound.\n",
			map[string]string{"Open the Fjordline": pathGetStarted, "Then turn on": pathGetStarted}},
		{"a library named in code", "# `tidewater` 2.0 reads tide tables in one call\n\n" +
			"**BERGEN, May 4, 2027** — The tidewater project today released version 2.0 of its Python library. `tidewater` parses tide tables.\n\n" +
			"Tide data comes in forty formats, and every team writes its own parser; most get daylight saving wrong.\n\n" +
			"With `tidewater`, one call returns the next high and low tide for any station.\n\n" +
			"To try it, run `pip install tidewater`.\n",
			map[string]string{"Tide data": pathProblem, "With `tidewater`": pathSolution, "To try it": pathGetStarted}},
	} {
		t.Run(c.name, func(t *testing.T) {
			res, err := Read("x.md", []byte(c.md), Options{Templates: builtin.Load})
			if err != nil {
				t.Fatal(err)
			}
			lines := SplitLines([]byte(c.md))
			got := map[string]string{}
			for _, p := range res.Placed {
				for start, want := range c.want {
					if strings.HasPrefix(lines[p.From-1], start) {
						got[start] = p.Path
						if p.Path != want {
							t.Errorf("%q went to %s, want %s (%s)", start, p.Path, want, p.How)
						}
					}
				}
			}
			for start := range c.want {
				if _, ok := got[start]; !ok {
					t.Errorf("no paragraph starts %q", start)
				}
			}
		})
	}
}

// bestRuns keeps each section one run, steps back only when the scores
// pay for it, and lets a section run on.
func TestBestRuns(t *testing.T) {
	again := func(int, int) float64 { return 0.5 }
	for _, c := range []struct {
		name  string
		score [][]float64
		want  []int
	}{
		{"in order", [][]float64{{3, 0, 0}, {0, 3, 0}, {0, 0, 3}}, []int{0, 1, 2}},
		{"back when it pays", [][]float64{{3, 0, 0}, {0, 0, 3}, {0, 3, 0}}, []int{0, 2, 1}},
		{"not back for little", [][]float64{{3, 0, 0}, {0, 0, 3}, {0, 0.5, 0}}, []int{0, 2, 2}},
		{"a run", [][]float64{{3, 0, 0}, {0, 3, 0}, {0, 2, 0.5}}, []int{0, 1, 1}},
		{"never back to a run", [][]float64{{0, 3, 0}, {0, 0, 3}, {0, 3, 0}}, []int{1, 2, 2}},
		{"one unit", [][]float64{{0, 1, 0}}, []int{1}},
	} {
		if got := bestRuns(c.score, again); !slices.Equal(got, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
}

func TestHasURL(t *testing.T) {
	for s, want := range map[string]bool{
		"visit example.com/pricing today":    true,
		"see https://x.org":                  true,
		"www.example.org":                    true,
		"at fjordline.example/harbourlight":  true,
		"and/or":                             false,
		"v1.2/3":                             false,
		"24/7 support":                       false,
		"ported to .NET/C# and Java":         false,
		"times etc. for riders and/or crews": false,
		"ferry360.io/start":                  true,
		"route9.io/map":                      true,
		"":                                   false,
	} {
		if got := hasURL(s); got != want {
			t.Errorf("hasURL(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestInstructs(t *testing.T) {
	products := []string{"open door", "claimsnap"}
	for text, want := range map[string]bool{
		// how to start: what the reader does, in order or without a link
		"claimsnap is available today to every policyholder. check your vet on the map in the app.":             true,
		"pass is available to every creator. turn it on under monetise > pass, set a price, and copy the link.": true,
		"try it in five minutes: create a sandbox key at tally.example/developers, run the example above.":      true,
		"pippa is in slack from today: search for ask pippa in the sidebar or type /pippa in any channel.":      true,
		"open fjordline.example/app and pick your pier.":                                                        true,
		// where to go next: one order and a link
		"the faq builder is included in every plan. try it free for 30 days at quillon.example/faq-builder.": false,
		"start a 14-day trial at stellwerk.example/quotaguard.":                                              false,
		"go to example.com/today from 7 a.m. on a weekday. you will get a text.":                             false,
		// the product's name starts the sentence, not an order
		"open door opens for its first full month on 1 october 2027.": false,
		"the report covers every store.":                              false,
	} {
		if got := instructs(text, products); got != want {
			t.Errorf("instructs(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestSentenceStarts(t *testing.T) {
	for text, want := range map[string][]int{
		"One. Two":                       {0, 5},
		"Open at 7 a.m. on weekdays. Go": {0, 28},
		"See e.g. the map. Then go":      {0, 18},
		"No stop":                        {0},
	} {
		if got := sentenceStarts(text); !slices.Equal(got, want) {
			t.Errorf("sentenceStarts(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestCapitalRun(t *testing.T) {
	for text, want := range map[string]string{
		"Open Door: Fenwick & Rowe will read": "Open Door",
		"Curbside Booking Opens Today":        "Curbside Booking Opens",
		"ShelfSense, the new tool":            "ShelfSense",
		"The museum opens":                    "",
		"quiet start":                         "",
	} {
		if got := capitalRun(text); got != want {
			t.Errorf("capitalRun(%q) = %q, want %q", text, got, want)
		}
	}
}

// opensWithTo: "To book, …": an infinitive of up to five words, then a
// comma.
func TestOpensWithTo(t *testing.T) {
	for text, want := range map[string]bool{
		"to book your first free ride, call the desk.":         true,
		"to book your first free ride home, call the desk.":    false,
		"to the riders who wait, harbourlight shows the boat.": true,
		"today, riders wait.":                                  false,
	} {
		if got := opensWithTo(text); got != want {
			t.Errorf("opensWithTo(%q) = %v, want %v", text, got, want)
		}
	}
}

// productLead finds the product's name as a whole word: "With
// passwords" does not start with the product Pass.
func TestProductLead(t *testing.T) {
	products := []string{"pass"}
	for text, want := range map[string][3]bool{
		"with pass, riders board at once.":          {true, false, false},
		"with passwords gone, riders sign in once.": {false, false, false},
		"pass reads the ticket. riders board.":      {false, true, true},
		"riders board. pass reads the ticket.":      {false, false, true},
		"pass is available today.":                  {false, false, false},
		"pass is a card reader and a small app.":    {false, false, true},
		"riders board. pass is an app.":             {false, false, true},
	} {
		with, opens, subject := productLead(text, products)
		if got := [3]bool{with, opens, subject}; got != want {
			t.Errorf("productLead(%q) = %v, want %v", text, got, want)
		}
	}
}
