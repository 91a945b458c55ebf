package mddoc

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/prfaq/prfaq/internal/render"
)

// Minimal documents, one per shape teams write: quotes and FAQs. Each
// is a headline, a dated summary and the shape.
const shapeTop = "# Harbourlight shows ferry riders the next boat\n\n" +
	"OSLO, Norway — March 3, 2027 — Fjordline today launched Harbourlight, a departure board.\n\n"

func readShape(t *testing.T, md string) *Result {
	t.Helper()
	res, err := Read("x.md", []byte(md), Options{Templates: builtin.Load})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestQuoteShapes(t *testing.T) {
	for _, c := range []struct {
		name, body                   string
		leader, leaderRole, customer string
		leaderText, customerText     string
	}{
		{"said after, both", `"Riders asked for one thing," said Ingrid Berg, Director of Services at Fjordline.` + "\n\n" + `"I stopped running for boats," said Ola Nordmann, a commuter in Nesodden.`,
			"Ingrid Berg", "Director of Services at Fjordline", "Ola Nordmann", "Riders asked for one thing.", "I stopped running for boats."},
		{"said before", `Ingrid Berg, Director of Services at Fjordline, said: "Riders asked for one thing."` + "\n\n" + `Ola Nordmann, a commuter in Nesodden, said: "I stopped running."`,
			"Ingrid Berg", "Director of Services at Fjordline", "Ola Nordmann", "Riders asked for one thing.", "I stopped running."},
		{"split around the attribution", `"Riders asked for one thing," said Ingrid Berg, Director of Services at Fjordline. "Now they have it."`,
			"Ingrid Berg", "Director of Services at Fjordline", "", "Riders asked for one thing. Now they have it.", ""},
		{"a block quote, its speaker on an italic line under it", `"Riders asked for one thing," said Ingrid Berg, Director of Services at Fjordline.` + "\n\n> I stopped running for boats. Now I wait inside.\n\n*— Ola Nordmann, a commuter in Nesodden*",
			"Ingrid Berg", "Director of Services at Fjordline", "Ola Nordmann", "Riders asked for one thing.", "I stopped running for boats. Now I wait inside."},
		{"a lead-in of the writer's words before the quotation", `Ferry riders "want one thing, the next boat," according to Ingrid Berg, Director of Services at Fjordline. "Now they have it."` + "\n\n" + `"I stopped running," said Ola Nordmann, a commuter in Nesodden.`,
			"Ingrid Berg", "Director of Services at Fjordline", "Ola Nordmann", "want one thing, the next boat. Now they have it.", "I stopped running."},
		{"a dash after", `"Riders asked for one thing." — Ingrid Berg, Director of Services at Fjordline`,
			"Ingrid Berg", "Director of Services at Fjordline", "", "Riders asked for one thing.", ""},
		{"particles, lower-case title", `"We built it," said Pieter de Vries, director of Fjordline.` + "\n\n" + `"It works," said Marloes van der Berg, a rider in Oslo.`,
			"Pieter de Vries", "director of Fjordline", "Marloes van der Berg", "We built it.", "It works."},
		{"according to, described before", `"Riders asked for one thing," according to Ingrid Berg, Director of Services at Fjordline.` + "\n\n" + `Third-year student Ola Nordmann, who rides daily, said: "I stopped running."`,
			"Ingrid Berg", "Director of Services at Fjordline", "Ola Nordmann", "Riders asked for one thing.", "I stopped running."},
		{"puts it plainly, unnamed customer", `Ingrid Berg, Fjordline's director, puts it plainly: "Riders asked for one thing."` + "\n\n" + `"I stopped running for boats," said one rider in the pilot.`,
			"Ingrid Berg", "Fjordline's director", "one rider in the pilot", "Riders asked for one thing.", "I stopped running for boats."},
		{"a quote over two paragraphs", `"Riders asked for one thing," said Ingrid Berg, Director of Services at Fjordline. "We heard them.` + "\n\n" + `"Now every pier has a board."`,
			"Ingrid Berg", "Director of Services at Fjordline", "", "Riders asked for one thing. We heard them. Now every pier has a board.", ""},
		{"labels", `*Internal quote*: "Riders asked for one thing," said Ingrid Berg, Director of Services at Fjordline.` + "\n\n" + `**Customer quote:** "I stopped running," said Ola Nordmann.`,
			"Ingrid Berg", "Director of Services at Fjordline", "Ola Nordmann", "Riders asked for one thing.", "I stopped running."},
		{"a partner's chair is a customer", `"Riders asked for one thing," said Ingrid Berg, CEO of Fjordline.` + "\n\n" + `"Our members love it," said Kari Dahl, Chair of the Oslo Commuters Association.`,
			"Ingrid Berg", "CEO of Fjordline", "Kari Dahl", "Riders asked for one thing.", "Our members love it."},
		{"a described customer with a name of five words", `"Riders asked for one thing," said Ingrid Berg, Director of Services at Fjordline.` + "\n\n" + `Third-year student Mary Ann de la Cruz, who rides daily, said: "I stopped running."`,
			"Ingrid Berg", "Director of Services at Fjordline", "Mary Ann de la Cruz", "Riders asked for one thing.", "I stopped running."},
		{"curly quotation marks, over two paragraphs", `“Riders asked for one thing,” said Ingrid Berg, Director of Services at Fjordline. “We heard them.` + "\n\n“Now every pier has a board.”",
			"Ingrid Berg", "Director of Services at Fjordline", "", "Riders asked for one thing. We heard them. Now every pier has a board.", ""},
		{"introduced in a sentence, quoted in straight and curly marks", `"Riders asked for one thing," said Ingrid Berg, Director of Services at Fjordline.` + "\n\n" + `Ray Tolliver, who rides the 7:10 boat from Nesodden, was one of the pilot riders. "I stopped running," he said. “Now I wait inside.”`,
			"Ingrid Berg", "Director of Services at Fjordline", "Ray Tolliver", "Riders asked for one thing.", "I stopped running. Now I wait inside."},
		// Quotes placed by their order in the file, not by when the
		// reader met them: the first, under no heading, is read last.
		{"no titles: the first speaker is the customer", `"It works," said Ana Lima.` + "\n\n## Getting started\n\nOpen the Fjordline app and pick your pier.\n\n" + `"Great," said Bo Berg.`,
			"Bo Berg", "", "Ana Lima", "Great.", "It works."},
		{"a title, then another organisation", `"Our members love it," said Kari Dahl, Head of Finance at the Oslo Commuters Association.` + "\n\n" + `"Riders asked for one thing," said Ingrid Berg, CEO of Fjordline.`,
			"Ingrid Berg", "CEO of Fjordline", "Kari Dahl", "Riders asked for one thing.", "Our members love it."},
		{"a name, then the place or firm it is of", `"Riders asked for one thing," said Ingrid Berg, Director of Services at Fjordline.` + "\n\n" + `"I stopped running for boats," said Ola Nordmann of Nesodden Bakery in Oslo.`,
			"Ingrid Berg", "Director of Services at Fjordline", "Ola Nordmann", "Riders asked for one thing.", "I stopped running for boats."},
		{"a name from a place", `"Riders asked for one thing," said Ingrid Berg, Director of Services at Fjordline.` + "\n\n" + `"I stopped running for boats," said Ola Nordmann from Nesodden.`,
			"Ingrid Berg", "Director of Services at Fjordline", "Ola Nordmann", "Riders asked for one thing.", "I stopped running for boats."},
		{"a speaker's wiki link, then the quote", `[[Ingrid Berg]], Director of Services at Fjordline, said: "Riders asked for one thing."` + "\n\n" + `"I stopped running for boats," said [[People/Ola Nordmann|Ola Nordmann]], a commuter in Nesodden.`,
			"Ingrid Berg", "Director of Services at Fjordline", "Ola Nordmann", "Riders asked for one thing.", "I stopped running for boats."},
		{"an emoji shortcode marks each quote, as chat exports do", `:speech_balloon: "Riders asked for one thing," said Ingrid Berg, Director of Services at Fjordline.` + "\n\n" + `:speech_balloon: "I stopped running for boats," said Ola Nordmann, a commuter in Nesodden.`,
			"Ingrid Berg", "Director of Services at Fjordline", "Ola Nordmann", ":speech_balloon: Riders asked for one thing.", ":speech_balloon: I stopped running for boats."},
		{"an emoji character marks a quote", "💬 " + `Ingrid Berg, Director of Services at Fjordline, said: "Riders asked for one thing."`,
			"Ingrid Berg", "Director of Services at Fjordline", "", "💬 Riders asked for one thing.", ""},
		{"speakers linked to their notes, as notes apps write them", `"Riders asked for one thing," said [[Ingrid Berg]], Director of Services at Fjordline.` + "\n\n" + `[[People/Ola Nordmann|Ola Nordmann]], a commuter in Nesodden, said: "I stopped running for boats."`,
			"Ingrid Berg", "Director of Services at Fjordline", "Ola Nordmann", "Riders asked for one thing.", "I stopped running for boats."},
		{"an empty quotation, a template's placeholder, is no quote", `Ingrid Berg, Director of Services at Fjordline, said: ""`,
			"", "", "", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := readShape(t, shapeTop+c.body+"\n")
			doc, _ := Import(res, time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC))
			l, cu := doc.PressRelease.LeaderQuote, doc.PressRelease.CustomerQuote
			if l.Speaker != c.leader || l.Role != c.leaderRole || l.Text != c.leaderText {
				t.Errorf("leader %q, %q: %q", l.Speaker, l.Role, l.Text)
			}
			if cu.Speaker != c.customer || cu.Text != c.customerText {
				t.Errorf("customer %q: %q", cu.Speaker, cu.Text)
			}
		})
	}
}

func TestFAQShapes(t *testing.T) {
	for _, c := range []struct {
		name, body         string
		external, internal []string
	}{
		{"headings", "## FAQ\n\n### External\n\n#### Does it cost anything?\n\nNo.\n\n### Internal\n\n#### What does it cost us?\n\n$4,000 a year.\n",
			[]string{"Does it cost anything?"}, []string{"What does it cost us?"}},
		{"Q and A lines", "## FAQ\n\n**Q:** Does it cost anything?\nA: No.\n\nQ: Which piers?\nA: All of them.\n",
			[]string{"Does it cost anything?", "Which piers?"}, nil},
		{"numbered questions, indented answers", "## Customer FAQ\n\n1. Does it cost anything?\n\n   No.\n\n2. Which piers?\n\n   All of them.\n",
			[]string{"Does it cost anything?", "Which piers?"}, nil},
		{"a table", "## FAQ\n\n| Question | Answer |\n|---|---|\n| Does it cost anything? | No. |\n| Which piers? | All of them. |\n",
			[]string{"Does it cost anything?", "Which piers?"}, nil},
		{"disclosures under another heading", "## Using Harbourlight\n\n<details>\n<summary>Does it cost anything?</summary>\n\nNo.\n\n</details>\n",
			[]string{"Does it cost anything?"}, nil},
		{"disclosures whose questions are styled with tags", "## FAQ\n\n<details>\n<summary><b><em>Does it cost anything?</em></b></summary>\n\nNo.\n\n</details>\n\n<details><summary> <strong class=\"q\">Which piers?</strong> </summary>All of them.</details>\n\n<details>\n<summary><strong>Which</strong> boats <em>stop?</em></summary>\n\nAll.\n\n</details>\n",
			[]string{"Does it cost anything?", "Which piers?", "<strong>Which</strong> boats <em>stop?</em>"}, nil},
		{"disclosures whose summary spans lines, its question in tags on a line of its own", "## FAQ\n\n<details>\n<summary>\n<strong>Does it cost anything?</strong>\n</summary>\n\nNo.\n\n</details>\n\n<details>\n  <summary>\n    <b>Which piers</b>\n    <em>have a board?</em>\n  </summary>\n\nAll of them.\n\n</details>\n",
			[]string{"Does it cost anything?", "Which piers\nhave a board?"}, nil},
		{"a summary over lines under another heading", "## Using Harbourlight\n\n<details>\n<summary>\nDoes it cost anything?\n</summary>\n\nNo.\n\n</details>\n",
			[]string{"Does it cost anything?"}, nil},
		{"an answer with bullets that end in ?", "## FAQ\n\n### What documents do I need?\n\nOne of:\n\n- a ticket, or\n- a pass?\n\n### Which piers?\n\nAll.\n",
			[]string{"What documents do I need?", "Which piers?"}, nil},
		{"an intro under the internal heading", "## Customer FAQ\n\n### Does it cost anything?\n\nNo.\n\n## Internal FAQ\n\nThe review group raised these.\n\n### What does it cost us?\n\n$4,000.\n",
			[]string{"Does it cost anything?"}, []string{"What does it cost us?"}},
		{"audiences in the team's words", "## Questions from riders\n\n### Does it cost anything?\n\nNo.\n\n## Questions from the board\n\n### What does it cost us?\n\n$4,000.\n",
			[]string{"Does it cost anything?"}, []string{"What does it cost us?"}},
		{"list labels inside one FAQ", "## FAQ\n\n**Customers ask:**\n\n- **Does it cost anything?** No.\n\n**Internally:**\n\n- **What does it cost us?** $4,000.\n",
			[]string{"Does it cost anything?"}, []string{"What does it cost us?"}},
		{"a category under the internal list", "## Internal FAQ\n\n### Customer and market\n\n#### Who buys it?\n\nFerry operators.\n",
			nil, []string{"Who buys it?"}},
		{"a question heading in the press release, the FAQ after it", "## Why not just buy antivirus?\n\nMost firms already had antivirus, and it did not help.\n\n## FAQ\n\n### Does it cost anything?\n\nNo.\n",
			[]string{"Does it cost anything?"}, nil},
		{"the team's own question headings in the press release", "## Wait, why are trucks waiting?\n\nDrivers wait two hours.\n\n## Enter DockSlot\n\nDockSlot books a door.\n\n## Stuff customers will ask\n\n### Does it work offline?\n\nYes.\n\n## What the board will ask\n\n### What does it cost us?\n\n$4,000.\n",
			[]string{"Does it work offline?"}, []string{"What does it cost us?"}},
		{"a question heading over questions groups them", "## FAQ\n\n### Does it work offline?\n\nYes.\n\n## So what's the catch?\n\n### Why now?\n\nBecause.\n",
			[]string{"Does it work offline?", "Why now?"}, nil},
		{"question prefixes as word processors and outlines write them", "## FAQ\n\n**Q1\\. Does it work offline?**\n\nYes.\n\n**2.1.1 Which piers?**\n\nAll.\n",
			[]string{"Does it work offline?", "Which piers?"}, nil},
		{"question headings with no FAQ heading are the FAQ", "## Does it cost anything?\n\nNo.\n\n## Which piers?\n\nAll of them.\n",
			[]string{"Does it cost anything?", "Which piers?"}, nil},
		{"lines in capitals", "FREQUENTLY ASKED QUESTIONS\n\nQ: Does it cost anything?\nA: No.\n\nINTERNAL QUESTIONS (for the board, not for publication)\n\nQ: What does it cost us?\nA: $4,000.\n",
			[]string{"Does it cost anything?"}, []string{"What does it cost us?"}},
		{"a line in capitals of twelve words, its note in brackets", "FREQUENTLY ASKED QUESTIONS\n\nQ: Does it cost anything?\nA: No.\n\nINTERNAL QUESTIONS (for the board and the steering group, not for publication)\n\nQ: What does it cost us?\nA: $4,000.\n",
			[]string{"Does it cost anything?"}, []string{"What does it cost us?"}},
		{"plain list names in the FAQ", "FAQ\n\nExternal\n\n| Question | Answer |\n|---|---|\n| Does it cost anything? | No. |\n\nInternal\n\n1. What does it cost us?\n\n   $4,000.\n",
			[]string{"Does it cost anything?"}, []string{"What does it cost us?"}},
		{"an audience before 'frequently asked questions'", "## Riders and crews: frequently asked questions\n\n1. **Does it cost anything?**\n\nNo.\n",
			[]string{"Does it cost anything?"}, nil},
		{"the other list beside the first, in the team's words", "## Author questions\n\nQ: Does it cost anything?\nA: No.\n\n## Inside the house\n\nQ: What does it cost us?\nA: $4,000.\n",
			[]string{"Does it cost anything?"}, []string{"What does it cost us?"}},
		{"outlined: a bullet per list, the questions nested under it", "## FAQ\n\n- **Using it**\n  - Does it cost anything?\n    - No.\n  - Which piers?\n    - All of them.\n- Internal (board only)\n  - What does it cost us?\n    - $4,000.\n",
			[]string{"Does it cost anything?", "Which piers?"}, []string{"What does it cost us?"}},
		{"a bullet that is not a group stays an answer", "## FAQ\n\n### Which piers?\n\n- North pier\n  - from May\n",
			[]string{"Which piers?"}, nil},
		{"emoji shortcodes", "## :question: FAQ\n\n### :moneybag: Does it cost anything?\n\nNo.\n",
			[]string{"Does it cost anything?"}, nil},
		{"a question heading among the press release's own headings, no FAQ", "## Why not just print a timetable?\n\nBoats run late on 30% of trips.\n\n## How Harbourlight works\n\nA screen on the pier shows each boat.\n",
			nil, nil},
		{"a table headed Question, its questions without question marks", "## FAQ\n\n| Question | Answer |\n|---|---|\n| How to cancel a booking | In the app. |\n",
			[]string{"How to cancel a booking"}, nil},
		{"a table of questions under other headers", "## FAQ\n\n| You ask | We say |\n|---|---|\n| Does it cost anything? | No. |\n| Which piers? | All of them. |\n",
			[]string{"Does it cost anything?", "Which piers?"}, nil},
		{"a question of marks only keeps them", "## FAQ\n\n| Question | Answer |\n|---|---|\n| Does it cost anything? | No. |\n| ** | Soon. |\n",
			[]string{"Does it cost anything?", "**"}, nil},
		{"a Q: line over two lines", "## FAQ\n\nQ: Does it cost anything\nfor riders with a pass?\nA: No.\n",
			[]string{"Does it cost anything\nfor riders with a pass?"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := readShape(t, shapeTop+c.body)
			var ext, in []string
			for _, e := range res.Doc.FAQ.External {
				ext = append(ext, strings.TrimSpace(e.Question))
			}
			for _, e := range res.Doc.FAQ.Internal {
				in = append(in, strings.TrimSpace(e.Question))
			}
			if !slices.Equal(ext, c.external) || !slices.Equal(in, c.internal) {
				t.Errorf("external %q, internal %q", ext, in)
			}
		})
	}
}

// TestQuestionTableColumns: a table of questions is read by its
// header's columns, and the cells no entry holds (a row's number) are
// kept, as written, in the appendix.
func TestQuestionTableColumns(t *testing.T) {
	day := time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name, table string
		answers     []string
		kept        string // in the appendix
	}{
		{"numbered rows", "| # | Question | Answer |\n|---|---|---|\n| 1 | Does it cost anything? | No. |\n| 2 | Which piers? | All of them. |\n",
			[]string{"No.", "All of them."}, "| # | Question | Answer |\n|---|---|---|\n| 1 |\n| 2 |"},
		{"the answer's column before an owner's", "| Question | Answer | Owner |\n|---|---|---|\n| Does it cost anything? | No. | Finance |\n",
			[]string{"No.\nFinance"}, "| Question | Answer | Owner |\n|---|---|---|"},
		{"an owner's column before the answer's", "| Question | Owner | Answer |\n|---|---|---|\n| Does it cost anything? | Finance | No. |\n",
			[]string{"No.\nFinance"}, "| Question | Owner | Answer |\n|---|---|---|"},
		{"two columns keep no header", "| Question | Answer |\n|---|---|\n| Does it cost anything? | No. |\n",
			[]string{"No."}, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			src := shapeTop + "## FAQ\n\n" + c.table
			res := readShape(t, src)
			var answers []string
			for _, e := range res.Doc.FAQ.External {
				answers = append(answers, e.Answer)
			}
			if !slices.Equal(answers, c.answers) {
				t.Errorf("answers %q, want %q", answers, c.answers)
			}
			doc, _ := Import(res, day)
			if c.kept != "" && !strings.Contains(doc.Appendix, c.kept) || c.kept == "" && strings.Contains(doc.Appendix, "Question") {
				t.Errorf("appendix %q, want it to keep %q", doc.Appendix, c.kept)
			}
			out, err := render.Render(doc, res.Template, render.Options{Source: "x.prfaq.yaml", Now: day})
			if err != nil {
				t.Fatal(err)
			}
			if lost := lostWords(res, []byte(src), string(out.Markdown)); len(lost) > 0 {
				t.Errorf("words lost: %q", lost)
			}
		})
	}
}

func TestFAQOfAnInternalTool(t *testing.T) {
	// Employees are an internal tool's customers: their questions are
	// the customers' list, the leadership's the internal one. Where the
	// product is not for employees, their questions are internal.
	const faq = "## FAQ\n\n### What employees will ask\n\n#### Q: Can I still talk to a person?\n\nAlways.\n\n### What the ELT will ask\n\n#### Q: What does it cost?\n\n£3,200 a month.\n"
	for _, c := range []struct {
		summary            string
		external, internal []string
	}{
		{"People Operations today launched Ask Pippa, a Slack assistant for all 2,600 employees of Corvane.",
			[]string{"Can I still talk to a person?"}, []string{"What does it cost?"}},
		{"Corvane today launched Ask Pippa, a Slack assistant for its customers.",
			nil, []string{"Can I still talk to a person?", "What does it cost?"}},
	} {
		res := readShape(t, "# Ask Pippa answers HR questions\n\nLONDON — April 4, 2028 — "+c.summary+"\n\n"+faq)
		var ext, in []string
		for _, e := range res.Doc.FAQ.External {
			ext = append(ext, e.Question)
		}
		for _, e := range res.Doc.FAQ.Internal {
			in = append(in, e.Question)
		}
		if !slices.Equal(ext, c.external) || !slices.Equal(in, c.internal) {
			t.Errorf("%s: external %q, internal %q", c.summary, ext, in)
		}
	}
}

func TestReleaseLineOverTheHeadline(t *testing.T) {
	for _, banner := range []string{"NEWS RELEASE", "PRESS RELEASE", "Press release"} {
		res := readShape(t, banner+"\n\n**Juniper opens its fleet to businesses**\n\n*Employees book a car in the app; the employer gets the bill.*\n\nPORTLAND, Ore., April 20, 2028 -- Juniper Car Share today launched Juniper for Work.\n")
		p := res.Doc.PressRelease
		if p.Headline != "Juniper opens its fleet to businesses" || p.Subheadline == "" || !strings.Contains(p.Summary, "today launched") {
			t.Errorf("%s: headline %q, subheadline %q, summary %q", banner, p.Headline, p.Subheadline, p.Summary)
		}
	}
}

func TestInstructionsInItalics(t *testing.T) {
	// A word-processor template's instructions in italics are the
	// author's notes, kept aside; italic text that says something to the
	// reader is the section's.
	res := readShape(t, "# PR/FAQ – Where's My Bus\n\n*Template v2. Delete the instructions in italics before sharing.*\n\n"+
		"## Heading\n\nParents can now see where the school bus is\n\n## Subheading\n\n*One sentence: who is the customer and what do they get?*\n\n"+
		"A free app shows every district bus on a live map.\n\n## Summary\n\n*Families stop waiting in the rain.*\n\nWILLOW BEND, Ore. — May 2, 2028 — The district today launched Where's My Bus.\n")
	p := res.Doc.PressRelease
	if p.Subheadline != "A free app shows every district bus on a live map." {
		t.Errorf("subheadline %q", p.Subheadline)
	}
	if !strings.Contains(p.Summary, "Families stop waiting in the rain.") {
		t.Errorf("summary %q: an italic sentence to the reader is the section's", p.Summary)
	}
	var aside []string
	for _, u := range res.Unplaced {
		aside = append(aside, u.Text)
	}
	all := strings.Join(aside, "\n")
	for _, note := range []string{"Template v2", "One sentence: who is the customer"} {
		if !strings.Contains(all, note) {
			t.Errorf("%q not kept aside: %q", note, all)
		}
	}
}

func TestReleaseWithoutMarks(t *testing.T) {
	const summary = "ALDER COUNTY, Mont., May 5, 2028 – Riverbend Neighbors today launched RideLine, free rides to medical appointments.\n"
	for _, c := range []struct {
		name, md, headline, subheadline string
	}{
		{"headline and subheadline lines", "Riverbend Neighbors launches RideLine, free rides for older adults\n\nResidents book a round trip with one phone call.\n\n" + summary,
			"Riverbend Neighbors launches RideLine, free rides for older adults", "Residents book a round trip with one phone call."},
		{"a headline line alone", "Riverbend Neighbors launches RideLine, free rides for older adults\n\n" + summary,
			"Riverbend Neighbors launches RideLine, free rides for older adults", ""},
		{"a sentence is not a headline", "We wrote this draft for the board.\n\n" + summary, "", ""},
		{"no dated summary under it", "Riverbend Neighbors launches RideLine, free rides for older adults\n\nResidents book with one call.\n\nVolunteers drive them.\n\n" + summary, "", ""},
	} {
		res := readShape(t, c.md)
		if p := res.Doc.PressRelease; p.Headline != c.headline || p.Subheadline != c.subheadline {
			t.Errorf("%s: headline %q, subheadline %q", c.name, p.Headline, p.Subheadline)
		}
	}
}

func TestQuotesOfAnInternalLaunch(t *testing.T) {
	// No one announces: the organisation the summary names launches, so
	// its managing editor is the leader, quoted second or first.
	const top = "# Corrections Desk fixes published errors in five minutes\n\nHALIFAX, N.S. – Internal – Dec. 4, 2028 – Starting today, reporters and editors at the Harbour Ledger file corrections in Corrections Desk.\n\n"
	const reporter = `"I filed it from my phone and it was fixed by morning," said Callum Dunphy, municipal affairs reporter.`
	const editor = `"A correction is a promise we make to readers," said Rukhsana Petit, managing editor of the Harbour Ledger.`
	for _, body := range []string{editor + "\n\n" + reporter, reporter + "\n\n" + editor} {
		res := readShape(t, top+body+"\n")
		p := res.Doc.PressRelease
		if p.LeaderQuote.Speaker != "Rukhsana Petit" || p.CustomerQuote.Speaker != "Callum Dunphy" {
			t.Errorf("leader %q, customer %q", p.LeaderQuote.Speaker, p.CustomerQuote.Speaker)
		}
	}
	// Every organisation the summary's first sentence names launches:
	// the second one's pharmacist leads, though quoted first.
	res := readShape(t, "# Stockroom orders ward supplies in one tap\n\nTRONDHEIM — March 3, 2027 — Starting today, nurses at St Olav Hospital and pharmacists at the Riverside Clinic order supplies in Stockroom.\n\n"+
		`"We built it with them," said Jane Roe, chief pharmacist at the Riverside Clinic.`+"\n\n"+`"It saves me an hour," said Tom Lee, a nurse on Ward 3.`+"\n")
	if p := res.Doc.PressRelease; p.LeaderQuote.Speaker != "Jane Roe" || p.CustomerQuote.Speaker != "Tom Lee" {
		t.Errorf("leader %q, customer %q", p.LeaderQuote.Speaker, p.CustomerQuote.Speaker)
	}
}

// TestFieldsRead reads minimal documents and checks the one field each
// is about: where a heading, a label or a line sends the text under it.
func TestFieldsRead(t *testing.T) {
	const faq = "## FAQ\n\n### Does it cost anything?\n\nNo.\n\n"
	for _, c := range []struct{ name, md, path, want string }{
		{"a heading that names how to start, after the FAQ, ends it", shapeTop + faq + "## How to submit\n\nOpen the Fjordline app and tap Submit.\n",
			"press_release.getting_started", "Open the Fjordline app and tap Submit."},
		{"a customer question's heading after the FAQ ends it", shapeTop + faq + "## Customer experience\n\nRiders open the app and see the boat.\n",
			"customer.experience", "Riders open the app and see the boat."},
		{"a heading that names the document, after the headline", shapeTop + "## Harbourlight PR/FAQ\n\n### Does it cost anything?\n\nNo.\n",
			"title", "Harbourlight PR/FAQ"},
		{"an italic subheadline under its heading", "# Harbourlight shows ferry riders the next boat\n\n## Subheading\n\n*A screen on every pier shows the next boat.*\n\n## Summary\n\nOSLO — March 3, 2027 — Fjordline today launched Harbourlight.\n",
			"press_release.subheadline", "A screen on every pier shows the next boat."},
		// Details come before the prose; a table after the summary is the
		// summary's.
		{"a table after the summary is not the document's details", "# Harbourlight shows ferry riders the next boat\n\n## Summary\n\nOSLO — March 3, 2027 — Fjordline today launched Harbourlight.\n\n| Status | In review |\n|---|---|\n| Owner | Ferry Services |\n",
			"status", "draft"},
		{"a short name over a heading of six words is the title, over the headline", "# Project Atlas\n\n## Atlas shows riders every boat today\n\nOSLO — March 3, 2027 — Fjordline today launched Atlas.\n",
			"press_release.headline", "Atlas shows riders every boat today"},
		{"a heading as high as the headline is not its subheadline", "# Harbourlight shows ferry riders the next boat\n\n# How riders used to wait\n\nRiders stood in the rain.\n",
			"press_release.subheadline", ""},
		{"a title, a rule, the press release's heading, the headline", "# Tab Split\n\n---\n\n## Press release\n\n# Friends split the bill in one tap\n\nOSLO — March 3, 2027 — Fjordline today launched Tab Split.\n",
			"press_release.headline", "Friends split the bill in one tap"},
		{"a banner, three lines of details, the headline", "**CITY OF PORT ALDER – PARKS & RECREATION DEPARTMENT**\n\nFOR IMMEDIATE RELEASE\n\n**Status:** approved · **Owner:** Parks\n\n<!-- x -->\n\n# Port Alder opens its parks booking for every field\n\nPORT ALDER, Ore. — March 3, 2027 — The city today opened bookings.\n",
			"press_release.headline", "Port Alder opens its parks booking for every field"},
		{"a block quote over two paragraphs keeps its break", shapeTop + "> \"Riders asked for one thing. We heard them.\n>\n> Now every pier has a board,\" said Ingrid Berg, Director of Services at Fjordline.\n",
			"press_release.leader_quote.text", "Riders asked for one thing. We heard them.\n\nNow every pier has a board."},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := readShape(t, c.md)
			got, err := res.Doc.Get(c.path)
			if err != nil {
				t.Fatal(err)
			}
			if got != c.want {
				t.Errorf("%s: %q, want %q", c.path, got, c.want)
			}
		})
	}
}

// TestFAQCategoryLines reads the category prfaq's Markdown page writes
// under a question, in either italics.
func TestFAQCategoryLines(t *testing.T) {
	res := readShape(t, shapeTop+"## FAQ\n\n### Does it cost anything?\n\n*Category: pricing*\n\nNo.\n\n### Which piers?\n\n_Category: coverage_\n\nAll of them.\n")
	var got []string
	for _, e := range res.Doc.FAQ.External {
		got = append(got, e.Category+": "+e.Question+" "+e.Answer)
	}
	if want := []string{"pricing: Does it cost anything? No.", "coverage: Which piers? All of them."}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestLongSummary: the launch is looked for in a summary's first 600
// bytes; summaries of about that length read whole, their launcher's
// leader quoted.
func TestLongSummary(t *testing.T) {
	const lead = "Fjordline today launched Harbourlight, a departure board for ferry riders."
	for n := 595; n <= 605; n++ {
		summary := lead + " " + strings.Repeat("Riders see the next boat. ", 30)
		summary = strings.TrimSpace(summary[:n-1]) + "."
		for len(summary) < n {
			summary = strings.TrimSuffix(summary, ".") + "s."
		}
		res := readShape(t, "# Harbourlight shows ferry riders the next boat\n\nOSLO — March 3, 2027 — "+summary+"\n\n"+
			`"I stopped running for boats," said Ola Nordmann, a commuter in Nesodden.`+"\n\n"+`"Riders asked for one thing," said Ingrid Berg, head of ferries at Fjordline.`+"\n")
		p := res.Doc.PressRelease
		if len(p.Summary) != n || p.LeaderQuote.Speaker != "Ingrid Berg" || p.CustomerQuote.Speaker != "Ola Nordmann" {
			t.Errorf("a summary of %d bytes: %d read, leader %q, customer %q", n, len(p.Summary), p.LeaderQuote.Speaker, p.CustomerQuote.Speaker)
		}
	}
}

// TestQuotesBySummary: who launches, as the summary says, decides whose
// quote is the leader's.
func TestQuotesBySummary(t *testing.T) {
	const quotes = `"We built it for the rain," said Ola Hansen, ferry planner at Fjordline.` + "\n\n" + `"I stopped running," said Kari Dahl, a commuter in Nesodden.` + "\n"
	for _, c := range []struct{ name, summary, leader, customer string }{
		{"the launch in the second sentence", "Ferry riders no longer guess. Fjordline today launched Harbourlight, a departure board.", "Ola Hansen", "Kari Dahl"},
	} {
		res := readShape(t, "# Harbourlight shows ferry riders the next boat\n\nOSLO — March 3, 2027 — "+c.summary+"\n\n"+quotes)
		if p := res.Doc.PressRelease; p.LeaderQuote.Speaker != c.leader || p.CustomerQuote.Speaker != c.customer {
			t.Errorf("%s: leader %q, customer %q", c.name, p.LeaderQuote.Speaker, p.CustomerQuote.Speaker)
		}
	}
}

// TestNotALeadInQuote: words in quotation marks inside the writer's own
// sentence are not a quote, nor is a quotation after a sentence of the
// writer's that names no speaker after it.
func TestNotALeadInQuote(t *testing.T) {
	for _, text := range []string{
		`Riders call it "the boat board," and the name stuck across the fjord.`,
		`Riders wait twenty minutes. "The boat is late," said the sign, every winter morning.`,
		`most riders "want the next boat," according to Ingrid Berg, Director of Services at Fjordline.`,
	} {
		if sp, who, _ := quoteSpans(text); sp != nil {
			t.Errorf("%q read as a quote by %q", text, who)
		}
	}
}
