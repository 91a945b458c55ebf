package mddoc

import (
	"strings"
	"testing"
)

// TestKind tells PR/FAQs from the documents that live beside them.
func TestKind(t *testing.T) {
	const pr = "# Returns Desk takes a return in two minutes\n\n" +
		"FREMONT, CA – April 15, 2027 – Pacifica Home today opened the Returns Desk.\n\n" +
		"Returns take 14 minutes at the counter (store data, 2026).\n\n"
	for _, c := range []struct {
		name, md string
		prfaq    bool
		says     string // in the first note, when not a PR/FAQ
	}{
		{"press release", pr + `"No queue," said Nadia Qureshi, VP of Stores.` + "\n", true, ""},
		{"a first draft: headline and two sections", "# Tab Split lets friends pay their share\n\n## Problem\n\nFriends argue.\n\n## Solution\n\nTab Split splits the bill.\n", true, ""},
		{"an FAQ alone", "# Holds Lockers FAQ\n\n### Where are the lockers?\n\nIn every store.\n\n### How long do they keep a parcel?\n\nSeven days.\n\n### Can someone else collect?\n\nYes, with the code.\n", true, ""},
		{"a press release with a design appendix", pr + "## Appendix\n\n### Goals\n\n- Fast.\n\n### Open questions\n\n- Gift cards?\n\n### Risks\n\n- Fraud.\n", true, ""},
		{"design note", "# Design note: a cache\n\n## Context\n\nReads are slow.\n\n## Problem\n\nThe primary is busy.\n\n## Goals\n\n- Fewer reads.\n\n## Proposal\n\nA cache.\n\n## Alternatives considered\n\nReplicas.\n", false, `"Context", "Goals", "Proposal"`},
		{"review notes", "# Review: Returns Desk\n\n**Attendees:** Nadia, Ben\n\n## Summary\n\nWe read it.\n\n## Discussion\n\n- Data from one store.\n\n## Action items\n\n- Ben: data.\n\n**Q: Who presents next?**\nA: Ben.\n", false, `"Discussion", "Action items"`},
		{"README of a PR/FAQ folder", "# Product PR/FAQs\n\nThis folder holds our PR/FAQs.\n\n## Documents\n\n- ShelfSense\n\n## How to write one\n\n1. Copy the template.\n\n## Review process\n\nReviews are on Tuesdays.\n\n## Questions?\n\nAsk in the channel.\n", false, `"Documents", "How to write one", "Review process"`},
		{"notes with no structure at all", "Just a few words.\n", false, "no headline"},
		// The least a PR/FAQ has: its headline and one thing only a
		// PR/FAQ has.
		{"a headline and a heading that names how to start", "# Harbourlight shows ferry riders the next boat\n\nRiders wait on the pier without knowing when the boat comes.\n\n## How to submit\n\nOpen the Fjordline app and tap Submit.\n", true, ""},
		{"a headline and the press release's heading", "# Harbourlight shows ferry riders the next boat\n\n## Press release\n\nRiders wait on the pier without knowing when the boat comes.\n", true, ""},
		{"a headline and a quote", "# Harbourlight shows ferry riders the next boat\n\n\"We built it for the rain,\" said Ingrid Berg, Director of Services at Fjordline.\n", true, ""},
		// A one pager weighs against a PR/FAQ, by its title; what only a
		// PR/FAQ has weighs for it.
		{"a one pager with both quotes", "# Harbourlight one pager\n\n\"Riders asked for one thing,\" said Ingrid Berg, Director of Services at Fjordline.\n\n\"I stopped running for boats,\" said Ola Nordmann, a commuter in Nesodden.\n", true, ""},
		{"a one pager that answers three customer questions", "# Harbourlight one pager\n\n## Customer questions\n\n### Who is the customer?\n\nFerry riders.\n\n### What is the customer problem or opportunity?\n\nThey wait in the rain.\n\n### What is the most important customer benefit?\n\nThey know when the boat comes.\n", true, ""},
		{"an FAQ table right under its heading", "## FAQ\n| You ask | We say |\n|---|---|\n| Does it cost anything? | No. |\n| Which piers? | All of them. |\n", true, ""},
		// User research: a summary up top, what people said, and the
		// questions for the next round, which no one answers.
		{"a research readout", "# Readout: how riders plan a ferry trip\n\n## Key findings\n\nRiders check the timetable twice.\n\n> \"I never trust the app.\" — commuter, Bainbridge\n\n## Questions for round 3\n\n- Do riders book return trips?\n- Would they pay for a reminder?\n", false, `"Key findings"`},
		{"a research summary titled by its headings alone", "# Ferry riders in winter\n\n## TL;DR\n\nRiders want to know when the boat leaves.\n\n## Who we talked to\n\nNine commuters.\n\n## Open questions\n\n- Does the weather change plans?\n", false, `"TL;DR", "Who we talked to"`},
		{"review notes with unanswered questions under an FAQ heading", "# Harbourlight review\n\n\"Try one pier first,\" said Ingrid Berg, Director of Services at Fjordline.\n\n## Outcome\n\nWe will try it on one pier.\n\n## Action items\n\n- Ben books the pier.\n\n## FAQ\n\n- Which pier first?\n- Who pays for the screens?\n", false, `"Outcome", "Action items"`},
		{"a deck's slides", "# Harbourlight\n\n## Slide 8: The problem\n\nRiders wait in the rain.\n\n## Slide 9: The solution\n\nA screen on every pier.\n", false, `"Slide 8: The problem", "Slide 9: The solution"`},
	} {
		t.Run(c.name, func(t *testing.T) {
			res, err := Read("x.md", []byte(c.md), Options{Templates: builtin.Load})
			if err != nil {
				t.Fatal(err)
			}
			if res.Structured != c.prfaq {
				t.Fatalf("read as a PR/FAQ: %v, want %v; notes %v", res.Structured, c.prfaq, res.Notes)
			}
			if !c.prfaq && (len(res.Notes) == 0 || !strings.Contains(res.Notes[0].Msg, c.says)) {
				t.Errorf("notes %v, want the first to say %q", res.Notes, c.says)
			}
		})
	}
}
