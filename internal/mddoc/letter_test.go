package mddoc

import (
	"strings"
	"testing"
)

// TestLetter reads a PR/FAQ sent as an email: the release inside it is
// read, the letter's own words are kept aside.
func TestLetter(t *testing.T) {
	const email = "**From:** Ines Marr\n**To:** product-leads\n**Subject:** Draft PR/FAQ for Pier Screens\n\n" +
		"Hello all,\n\nHere is my first pass, comments welcome before Monday.\n\n" +
		"----- draft below -----\n\n" +
		"**Pier Screens Tell Riders When The Boat Comes**\n\n" +
		"Ferry riders in Bergen see the next departure on a screen at every pier.\n\n" +
		"[CITY], [DATE] – Fjordline today launched Pier Screens, a screen at each pier.\n\n" +
		"Riders wait in the rain for up to 40 minutes, because they cannot tell when the boat will come.\n\n" +
		"Pier Screens shows the boat's position and the minutes until it docks.\n\n" +
		"\"We built it for the rain,\" said TBC (Head of Services?).\n\n" +
		"\"I stopped running for boats,\" said a commuter in Nesodden.\n\n" +
		"----- draft ends -----\n\n" +
		"Questions I expect from the board:\n\n" +
		"- Q: Who pays for the screens?\n  A: The city, we hope.\n" +
		"- Q: Which pier goes first?\n  A: Nesodden.\n\n" +
		"Let's discuss on Monday.\n\n" +
		"Thanks,\nInes\n\nInes Marr | Services | Fjordline\n"
	res, err := Read("x.md", []byte(email), Options{Templates: builtin.Load})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Structured {
		t.Fatalf("not read as a PR/FAQ: %v", res.Notes)
	}
	d := res.Doc
	p := d.PressRelease
	for _, c := range []struct{ field, got, want string }{
		{"headline", p.Headline, "Pier Screens Tell Riders When The Boat Comes"},
		{"subheadline", p.Subheadline, "Ferry riders in Bergen"},
		{"summary", p.Summary, "Fjordline today launched Pier Screens"},
		{"dateline city", p.Dateline.City, "[CITY]"},
		{"problem", p.Problem, "Riders wait in the rain"},
		{"solution", p.Solution, "Pier Screens shows"},
		{"leader quote", p.LeaderQuote.Text, "We built it for the rain"},
		{"leader", p.LeaderQuote.Speaker, "TBC"},
		{"customer quote", p.CustomerQuote.Text, "I stopped running for boats"},
	} {
		if !strings.HasPrefix(c.got, c.want) {
			t.Errorf("%s: %q, want it to start %q", c.field, c.got, c.want)
		}
	}
	if len(d.FAQ.Internal) != 2 || len(d.FAQ.External) != 0 {
		t.Fatalf("FAQ: %d internal, %d external; want the 2 questions internal", len(d.FAQ.Internal), len(d.FAQ.External))
	}
	if a := d.FAQ.Internal[1].Answer; a != "Nesodden." {
		t.Errorf("last answer %q, want the sign-off kept out of it", a)
	}
	var aside []string
	for _, u := range res.Unplaced {
		aside = append(aside, u.Text)
	}
	all := strings.Join(aside, "\n")
	for _, w := range []string{"Hello all,", "first pass", "draft below", "draft ends", "Questions I expect", "Let's discuss", "Thanks,", "Ines Marr | Services"} {
		if !strings.Contains(all, w) {
			t.Errorf("%q not kept aside; aside: %q", w, all)
		}
	}
	for _, s := range []string{p.Summary, p.Problem, p.GettingStarted, p.CallToAction, p.Solution} {
		if strings.Contains(s, "Let's discuss") || strings.Contains(s, "first pass") {
			t.Errorf("a letter's words in a section: %q", s)
		}
	}
}

// TestLetterNotAPRFAQ: an email with a greeting and a sign-off, and no
// press release in it, is still another kind of document.
func TestLetterNotAPRFAQ(t *testing.T) {
	for _, md := range []string{
		"**From:** Ines Marr\n**To:** product-leads\n**Subject:** Pier screens budget\n\nHi team,\n\nThe budget for the screens is approved.\n\n---\n\n**Next steps**\n\n- Order screens.\n- Q: Who installs them?\n  A: Facilities.\n\nCheers,\nInes\n",
		"**From:** Ines Marr\n**To:** all-staff\n\nDear colleagues,\n\nThe office closes early on Friday.\n\n--- details ---\n\nDoors lock at 15:00.\n\nBest regards,\nInes\n",
	} {
		res, err := Read("x.md", []byte(md), Options{Templates: builtin.Load})
		if err != nil {
			t.Fatal(err)
		}
		if res.Structured {
			t.Errorf("read as a PR/FAQ:\n%s", md)
		}
	}
}

func TestPlaceholderDateline(t *testing.T) {
	for _, c := range []struct {
		line, city, rest string
		ok               bool
	}{
		{"[CITY], [DATE] — Acme today launched Tabs.", "[CITY]", "Acme today", true},
		{"**[LOCATION]** – [DATE] – Acme today launched Tabs.", "[LOCATION]", "Acme today", true},
		{"[City, State] – [Launch date] – Acme today launched Tabs.", "[City, State]", "Acme today", true},
		{"[SEATTLE] — Acme today launched Tabs.", "[SEATTLE]", "Acme today", true},
		{"[Update] — Acme today launched Tabs.", "", "", false},
		{"[^1]: Survey of 300 riders, 2026.", "", "", false},
		{"[Tabs](https://tabs.example) — a bill splitter.", "", "", false},
		{"[ ] — not done", "", "", false},
		{"[CITY], [DATE]", "", "", false},
	} {
		m, ok := parseDateline(c.line)
		if ok != c.ok {
			t.Errorf("%q: read %v, want %v", c.line, ok, c.ok)
			continue
		}
		if !ok {
			continue
		}
		if got := c.line[m.cityStart:m.cityEnd]; got != c.city || m.date != "" || !strings.HasPrefix(c.line[m.end:], c.rest) {
			t.Errorf("%q: city %q, date %q, rest %q", c.line, got, m.date, c.line[m.end:])
		}
	}
}

func TestLetterLines(t *testing.T) {
	for _, c := range []struct {
		line              string
		greet, close, cut bool
	}{
		{"Hi team,", true, false, false},
		{"Dear colleagues,", true, false, false},
		{"Cheers,", false, true, false},
		{"Best regards,", false, true, false},
		{"Thanks!", false, true, false},
		{"Thanks for the notes, here is why.", false, false, false},
		{"--- draft starts here ---", false, false, true},
		{"===== End of draft =====", false, false, true},
		{"-----Original Message-----", false, false, true},
		{"---", false, false, false},
		{"--- 2027 ---", false, false, false},
		{"- a list item -", false, false, false},
	} {
		if got := greetingLine(c.line); got != c.greet {
			t.Errorf("greetingLine(%q) = %v", c.line, got)
		}
		if got := valediction(c.line); got != c.close {
			t.Errorf("valediction(%q) = %v", c.line, got)
		}
		if got := cutLine(c.line); got != c.cut {
			t.Errorf("cutLine(%q) = %v", c.line, got)
		}
	}
	for _, c := range []struct{ in, who, role string }{
		{"TBD (GM Operations?)", "TBD", "GM Operations?"},
		{"TBC", "TBC", ""},
		{"[Name] (VP Sales)", "[Name]", "VP Sales"},
		{"XXX", "XXX", ""},
		{"Dana (our CEO)", "", ""},
	} {
		who, role, _ := placeholderSpeaker(c.in)
		if who != c.who || role != c.role {
			t.Errorf("placeholderSpeaker(%q) = %q, %q", c.in, who, role)
		}
	}
}
