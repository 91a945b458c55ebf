package mddoc

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/prfaq/prfaq/internal/render"
)

func TestAdmonitionHead(t *testing.T) {
	for _, c := range []struct {
		line, typ, title string
		ok               bool
	}{
		{`!!! note "Why not a timetable?"`, "note", "Why not a timetable?", true},
		{`??? question "Is it free?"`, "question", "Is it free?", true},
		{`???+ faq "Is it free?"`, "faq", "Is it free?", true},
		{`!!! tip inline end "Say "hi" first"`, "tip", `Say "hi" first`, true},
		{`!!! warning`, "warning", "warning", true},
		{`!!! Important: read this`, "", "", false},
		{`!!! Warning !!!`, "", "", false},
		{`!!!note`, "", "", false},
		{`    !!! note "Indented"`, "", "", false},
		{`!!! "A title alone"`, "", "", false},
		{`?? question "Two marks"`, "", "", false},
	} {
		a, ok := admonitionHead(c.line)
		if ok != c.ok || ok && (a.typ != c.typ || c.line[a.start:a.end] != c.title) {
			t.Errorf("%q: %+v %v", c.line, a, ok)
		}
	}
}

// TestAdmonitions reads a docs site's callouts: questions and their
// answers, quotes titled with their speakers, notes as text.
func TestAdmonitions(t *testing.T) {
	day := time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name, body         string
		external, internal []string
		answer             string // the last answer's, in a few words
		leader, customer   string // speakers
		text               string // in the press release
	}{
		{"collapsible questions under the FAQ's headings, a warning among them",
			"## Rider FAQ\n\n??? question \"Does it cost anything?\"\n    No. Every board is free\n    to read.\n\n???+ question \"Which piers?\"\n    All of them.\n\n    The ferry ones first.\n\n## Board FAQ\n\n??? question \"What does it cost us?\"\n    $4,000 a year.\n\n??? warning \"Open risk\"\n    Old piers have no power.\n",
			[]string{"Does it cost anything?", "Which piers?"}, []string{"What does it cost us?"}, "Open risk", "", "", ""},
		{"a question callout after the FAQ's introduction",
			"## FAQ\n\nWhat riders asked in the pilot.\n\n??? question \"Does it cost anything?\"\n    No.\n",
			[]string{"Does it cost anything?"}, nil, "No.", "", "", ""},
		{"a question callout with no FAQ heading",
			"## Using Harbourlight\n\nA screen on the pier shows each boat.\n\n!!! faq \"Does it cost anything?\"\n    No.\n",
			[]string{"Does it cost anything?"}, nil, "No.", "", "", ""},
		{"quotes titled with their speakers",
			"Boats run late on 30% of trips.\n\n!!! quote \"Ingrid Berg, Director of Services at Fjordline\"\n    Riders asked for one thing: the next boat.\n\n!!! quote \"Ola Nordmann, a commuter in Nesodden\"\n    I stopped running for boats.\n",
			nil, nil, "", "Ingrid Berg", "Ola Nordmann", ""},
		{"a note whose title asks is text of the press release, not a question",
			"Boats run late on 30% of trips.\n\n!!! note \"Why not a printed timetable?\"\n    Timetables cannot say a boat is late.\n\nHarbourlight puts a screen on every pier.\n",
			nil, nil, "", "", "", "Timetables cannot say a boat is late."},
	} {
		t.Run(c.name, func(t *testing.T) {
			src := shapeTop + c.body
			res := readShape(t, src)
			d := res.Doc
			var ext, in []string
			for _, e := range d.FAQ.External {
				ext = append(ext, e.Question)
			}
			for _, e := range d.FAQ.Internal {
				in = append(in, e.Question)
			}
			if !slices.Equal(ext, c.external) || !slices.Equal(in, c.internal) {
				t.Errorf("external %q, internal %q", ext, in)
			}
			if all := append(d.FAQ.External, d.FAQ.Internal...); c.answer != "" && (len(all) == 0 || !strings.Contains(all[len(all)-1].Answer, c.answer)) {
				t.Errorf("answers %+v, want the last to hold %q", all, c.answer)
			}
			for _, e := range append(d.FAQ.External, d.FAQ.Internal...) {
				if strings.Contains(e.Answer, "    ") || strings.Contains(e.Answer, "???") {
					t.Errorf("answer %q keeps the callout's marks", e.Answer)
				}
			}
			p := d.PressRelease
			if p.LeaderQuote.Speaker != c.leader || p.CustomerQuote.Speaker != c.customer {
				t.Errorf("leader %q (%q), customer %q (%q)", p.LeaderQuote.Speaker, p.LeaderQuote.Text, p.CustomerQuote.Speaker, p.CustomerQuote.Text)
			}
			if c.leader != "" && (p.LeaderQuote.Text != "Riders asked for one thing: the next boat." || p.CustomerQuote.Description != "a commuter in Nesodden") {
				t.Errorf("leader's quote %q, customer %q", p.LeaderQuote.Text, p.CustomerQuote.Description)
			}
			if c.text != "" {
				all := strings.Join([]string{p.Problem, p.CurrentSolutions, p.Solution, p.GettingStarted, p.CallToAction}, "\n")
				if !strings.Contains(all, c.text) || strings.Contains(all, "!!!") {
					t.Errorf("press release %q, want %q without the callout's marks", all, c.text)
				}
			}
			doc, _ := Import(res, day)
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

// TestTableOfContents keeps a docs page's navigation aside, as written,
// with no note: it is no part of the press release.
func TestTableOfContents(t *testing.T) {
	for _, toc := range []string{
		"[TOC]",
		"**On this page**\n\n- [Press release](#press-release)\n- [FAQ](#faq)",
		"Contents\n\n1. [Press release](#press-release)\n2. [FAQ](#faq)\n   - [Internal](#internal)",
		"[[_TOC_]]\n\n- [Press release](#press-release)\n- [FAQ](#faq)",
	} {
		res := readShape(t, toc+"\n\n"+shapeTop+"## FAQ\n\n### Does it cost anything?\n\nNo.\n")
		if toc == "[TOC]" {
			// The headline over the contents is the headline still.
			res2 := readShape(t, "# Harbourlight shows ferry riders the next boat\n\n- [Press release](#press-release)\n- [FAQ](#faq)\n\n"+strings.TrimPrefix(shapeTop, "# Harbourlight shows ferry riders the next boat\n\n"))
			if h := res2.Doc.PressRelease.Headline; h != "Harbourlight shows ferry riders the next boat" {
				t.Errorf("a headline over the contents: headline %q", h)
			}
		}
		p := res.Doc.PressRelease
		if p.Headline != "Harbourlight shows ferry riders the next boat" || !strings.Contains(p.Summary, "today launched") {
			t.Errorf("%q: headline %q, summary %q", toc, p.Headline, p.Summary)
		}
		kept := ""
		for _, u := range res.Unplaced {
			if !u.Aside {
				t.Errorf("%q: %q kept with a note", toc, u.Text)
			}
			kept += u.Text + "\n"
		}
		if !strings.Contains(kept, strings.SplitN(toc, "\n", 2)[0]) {
			t.Errorf("%q: kept %q", toc, kept)
		}
	}
}
