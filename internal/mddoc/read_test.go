package mddoc

import (
	"errors"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/source"
)

func TestReadErrors(t *testing.T) {
	const body = "# Harbourlight shows ferry riders the next boat\n\nOSLO — March 3, 2027 — Fjordline today launched Harbourlight.\n"
	for _, c := range []struct {
		name, src string
		opts      Options
		line, col int
		msg       string
	}{
		{"a NUL first", "\x00" + body, Options{}, 0, 0, "binary"},
		{"a NUL later", body + "\x00", Options{}, 0, 0, "binary"},
		{"not UTF-8", "# Title\n\nab\xffcd\n", Options{}, 3, 3, "not valid UTF-8"},
		{"an unknown template in the front matter", "---\ntitle: Harbourlight\ntemplate: nosuch\n---\n" + body, Options{}, 3, 11, "nosuch"},
		{"an unknown template forced", body, Options{Force: "nosuch"}, 1, 1, "nosuch"},
		{"an unknown default template", body, Options{Template: "nosuch"}, 1, 1, "nosuch"},
	} {
		t.Run(c.name, func(t *testing.T) {
			opts := c.opts
			opts.Templates = builtin.Load
			res, err := Read("x.md", []byte(c.src), opts)
			var p *source.Problem
			if !errors.As(err, &p) {
				t.Fatalf("got %v, %v; want a problem", res, err)
			}
			if c.line != 0 && p.Pos.Line != c.line || c.col != 0 && p.Pos.Col != c.col {
				t.Errorf("at %d:%d, want %d:%d (%s)", p.Pos.Line, p.Pos.Col, c.line, c.col, p.Msg)
			}
			if p.File != "x.md" || !strings.Contains(p.Msg, c.msg) {
				t.Errorf("%s: %q, want it to say %q", p.File, p.Msg, c.msg)
			}
		})
	}
}

func TestFrontMatterThatIsNotYAML(t *testing.T) {
	// One warning where the YAML breaks; the body is read anyway.
	res, err := Read("x.md", []byte("---\ntitle: [WIP] Harbourlight\nauthor: Kari\n---\n# Harbourlight shows ferry riders the next boat\n\nOSLO — March 3, 2027 — Fjordline today launched Harbourlight.\n"), Options{Templates: builtin.Load})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Notes) == 0 || res.Notes[0].Line != 2 || res.Notes[0].Severity != source.Warning || !strings.Contains(res.Notes[0].Msg, "front matter is not valid YAML") {
		t.Errorf("notes %v", res.Notes)
	}
	if res.Doc.Title != "[WIP] Harbourlight" || res.Doc.PressRelease.Headline != "Harbourlight shows ferry riders the next boat" {
		t.Errorf("title %q, headline %q", res.Doc.Title, res.Doc.PressRelease.Headline)
	}
}

// TestVocabularyReadsTheSame: a vocabulary shared by the reads of a
// folder changes nothing they find.
func TestVocabularyReadsTheSame(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "realworld", "*.md"))
	if err != nil || len(files) == 0 {
		t.Fatal(files, err)
	}
	files = append(files, fixtures(t)...)
	v := NewVocabulary()
	// A folder's reads share its templates, as lint loads each once.
	loaded := map[string]*prfaq.Template{}
	load := func(name string) (*prfaq.Template, error) {
		if t, ok := loaded[name]; ok {
			return t, nil
		}
		t, err := builtin.Load(name)
		loaded[name] = t
		return t, err
	}
	for _, file := range files {
		src := mustRead(t, file)
		alone, err1 := Read(file, src, Options{Templates: builtin.Load})
		shared, err2 := Read(file, src, Options{Templates: load, Vocabulary: v})
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		if a, b := readingDump(t, alone), readingDump(t, shared); string(a) != string(b) {
			t.Errorf("%s: read with a shared vocabulary differs:\n%s", file, firstDifference(string(a), string(b)))
		}
	}
	if len(v.byTemplate) != len(loaded) {
		t.Errorf("the vocabulary holds %d templates' words, for %d templates", len(v.byTemplate), len(loaded))
	}
}

// TestLocate: lint's findings point at the file's line and column of
// the words they are about; text that is not as the file has it falls
// back to where its field starts.
func TestLocate(t *testing.T) {
	src := "# Harbourlight shows ferry riders the next boat\n\n" +
		"OSLO — March 3, 2027 — Fjordline today launched Harbourlight.\n\n" +
		"## Problem\n\nRiders wait in the rain.\n  Nobody knows when the boat comes.\n"
	d, res := ReadDocument("x.md", []byte(src), Options{Templates: builtin.Load})
	if res == nil || d.Err != nil || d.Doc == nil || d.Format != source.Markdown || d.File != "x.md" {
		t.Fatalf("document %+v", d)
	}
	problem := &source.Text{Path: "press_release.problem", Value: d.Doc.PressRelease.Problem}
	for _, c := range []struct {
		word              string
		line, col, endCol int
		exact             bool
	}{
		{"rain", 7, 20, 24, true},
		{"Nobody", 8, 3, 9, true},
		{"boat", 8, 25, 29, true},
	} {
		at := strings.Index(problem.Value, c.word)
		if at < 0 {
			t.Fatalf("%q not in %q", c.word, problem.Value)
		}
		line, col, endCol, exact := d.Locate.Locate(problem, at, at+len(c.word))
		if line != c.line || col != c.col || endCol != c.endCol || exact != c.exact {
			t.Errorf("%q at %d:%d-%d exact=%v, want %d:%d-%d exact=%v", c.word, line, col, endCol, exact, c.line, c.col, c.endCol, c.exact)
		}
	}
	// The summary starts after its dateline, on the dateline's line.
	summary := &source.Text{Path: "press_release.summary", Value: d.Doc.PressRelease.Summary}
	at := strings.Index(summary.Value, "Fjordline")
	if line, col, _, exact := d.Locate.Locate(summary, at, at+9); line != 3 || col != 24 || !exact {
		t.Errorf("Fjordline at %d:%d exact=%v, want 3:24", line, col, exact)
	}
	// Text that is not the file's: the field's start, not exact.
	changed := &source.Text{Path: "press_release.problem", Value: "Other words entirely."}
	if line, col, endCol, exact := d.Locate.Locate(changed, 6, 11); line != 7 || col != 1 || endCol != 2 || exact {
		t.Errorf("changed text at %d:%d-%d exact=%v, want 7:1-2 and not exact", line, col, endCol, exact)
	}
	// A file that is not a PR/FAQ: no document to lint, its lines and
	// notes kept.
	d, _ = ReadDocument("notes.md", []byte("# Notes\n\nWe met.\n"), Options{Templates: builtin.Load})
	if d.Doc != nil || len(d.Lines) < 3 || len(d.Notes) == 0 {
		t.Errorf("not a PR/FAQ: doc %v, %d lines, notes %v", d.Doc, len(d.Lines), d.Notes)
	}
	// A file that cannot be read: the error, with the lines.
	d, res = ReadDocument("bin.md", []byte("a\x00b\n"), Options{Templates: builtin.Load})
	if d.Err == nil || res != nil || len(d.Lines) == 0 {
		t.Errorf("binary: err %v, res %v, lines %d", d.Err, res, len(d.Lines))
	}
}

// TestImportIntoASmallerTemplate: a section the template does not ask
// for goes to the appendix, a quote with its speaker's line.
func TestImportIntoASmallerTemplate(t *testing.T) {
	src := "# Harbourlight shows ferry riders the next boat\n\n" +
		"OSLO — March 3, 2027 — Fjordline today launched Harbourlight.\n\n" +
		"\"We built it for the rain,\" said Kari Nordmann, Head of Digital at Fjordline.\n\n" +
		"\"I stay inside until the boat comes,\" said Ola Hansen, a commuter.\n"
	for _, c := range []struct {
		template string
		want     []string
	}{
		{"mini", []string{"### Leader quote (not in template mini)\n\n\"We built it for the rain.\", said Kari Nordmann, Head of Digital at Fjordline."}},
		{"amazon", nil},
	} {
		res, err := Read("x.md", []byte(src), Options{Templates: builtin.Load, Force: c.template})
		if err != nil {
			t.Fatal(err)
		}
		doc, moved := Import(res, time.Date(2027, 3, 3, 0, 0, 0, 0, time.UTC))
		for _, w := range c.want {
			if !strings.Contains(doc.Appendix, w) {
				t.Errorf("%s: appendix %q, want %q in it", c.template, doc.Appendix, w)
			}
		}
		inAppendix := slices.ContainsFunc(moved, func(m Moved) bool { return m.Path == "press_release.leader_quote.text" })
		if inAppendix != (c.want != nil) {
			t.Errorf("%s: moved %v", c.template, moved)
		}
		if c.want != nil && (doc.PressRelease.LeaderQuote.Speaker != "" || doc.PressRelease.LeaderQuote.Text != "") {
			t.Errorf("%s: the leader's quote stays: %+v", c.template, doc.PressRelease.LeaderQuote)
		}
		if doc.Created != "2027-03-03" || doc.Updated != "2027-03-03" {
			t.Errorf("%s: created %q updated %q", c.template, doc.Created, doc.Updated)
		}
	}
}

// TestTextAside: what the reader knows to be no part of the template (an
// image, the author's own section, an FAQ's word of introduction) is
// kept, under the heading it is really under, with no note; text it
// cannot place still gets one.
func TestTextAside(t *testing.T) {
	const (
		headline = "# Harbourlight shows ferry riders the next boat\n\n"
		summary  = "OSLO — March 3, 2027 — Fjordline today launched Harbourlight, a departures board for ferry riders.\n\n"
		image    = "![Harbourlight on a phone](img/harbourlight.png)\n\n"
		problem  = "### Problem\n\nRiders wait 20 minutes at the pier because timetables change with the tide (2026 rider survey).\n\n"
		external = "## External FAQ\n\n### What does it cost?\n\nNothing.\n\n"
		internal = "## Internal FAQ\n\n### What does it cost us?\n\nTwo engineers for a quarter.\n\n"
	)
	for _, c := range []struct {
		name, src   string
		subheadline string
		summary     string // a part the summary must hold, or ""
		unplaced    []string
		notes       []string // parts of the notes about unplaced text
	}{
		{name: "an image under the headline is no subheadline",
			src:      headline + image + summary + problem + external + internal,
			unplaced: []string{`"" aside`}},
		{name: "an image under the headline, then the subheadline",
			src:         headline + image + "_Riders see the next boat before they leave home._\n\n" + summary + problem + external + internal,
			subheadline: "Riders see the next boat before they leave home.", unplaced: []string{`"" aside`}},
		{name: "an image after the summary goes with it",
			src:     headline + summary + image + "Riders wait 20 minutes at the pier because timetables change with the tide.\n\n" + external + internal,
			summary: "![Harbourlight on a phone]"},
		{name: "the author's own sections after the FAQ",
			src:      headline + summary + problem + external + internal + "## Document history\n\n| Version | Date |\n|---|---|\n| 0.1 | 2027-01-20 |\n\n## Reviewers\n\n| Name | Verdict |\n|---|---|\n| Kari | Approved |\n",
			unplaced: []string{`"Document history" aside`, `"Reviewers" aside`}},
		{name: "how success is measured, after the call to action",
			src:      headline + summary + problem + "Harbourlight is free. Learn more at harbourlight.example.\n\n## What we will measure\n\n| Measure | Target |\n|---|---|\n| Riders a week | 4,000 |\n\n" + external + internal,
			unplaced: []string{`"What we will measure" aside`}},
		{name: "tenets between the press release and the FAQ",
			src:      headline + summary + problem + "## Tenets\n\n1. Riders first.\n\n" + external + internal,
			unplaced: []string{`"Tenets" aside`}},
		{name: "an FAQ's word of introduction",
			src:      headline + summary + problem + external + "## Internal FAQ\n\nThese came from the review on June 3.\n\n### What does it cost us?\n\nTwo engineers for a quarter.\n",
			unplaced: []string{`"Internal FAQ" aside`}},
		{name: "questions the reader did not see as such are noted",
			src:      headline + summary + problem + external + "## Internal FAQ\n\nWhat does it cost us? Two engineers for a quarter.\n\n### Why now?\n\nThe tide tables changed.\n",
			unplaced: []string{`"Internal FAQ"`}, notes: []string{`fits no section of template amazon (under "Internal FAQ")`}},
		{name: "a heading the template does not know, in the FAQ",
			src:      headline + summary + problem + external + internal + "## Pier map\n\nThe map shows every pier.\n",
			unplaced: []string{`"Pier map"`}, notes: []string{`(under "Pier map")`}},
	} {
		t.Run(c.name, func(t *testing.T) {
			res, err := Read("x.md", []byte(c.src), Options{Templates: builtin.Load})
			if err != nil {
				t.Fatal(err)
			}
			pr := res.Doc.PressRelease
			if pr.Subheadline != c.subheadline {
				t.Errorf("subheadline %q, want %q", pr.Subheadline, c.subheadline)
			}
			if strings.Contains(pr.CallToAction, "|") {
				t.Errorf("call to action %q holds a table", pr.CallToAction)
			}
			if !strings.Contains(pr.Summary, c.summary) || pr.GettingStarted != "" && c.summary != "" {
				t.Errorf("summary %q, getting started %q; want the summary to hold %q", pr.Summary, pr.GettingStarted, c.summary)
			}
			var unplaced []string
			for _, u := range res.Unplaced {
				s := `"` + u.Heading + `"`
				if u.Aside {
					s += " aside"
				}
				unplaced = append(unplaced, s)
			}
			if !slices.Equal(unplaced, c.unplaced) {
				t.Errorf("unplaced %q, want %q", unplaced, c.unplaced)
			}
			var notes []string
			for _, n := range res.Notes {
				if strings.Contains(n.Msg, "fits no section") {
					notes = append(notes, n.Msg)
				}
			}
			if len(notes) != len(c.notes) {
				t.Fatalf("notes %q, want %d: %q", notes, len(c.notes), c.notes)
			}
			for i, n := range notes {
				if !strings.Contains(n, c.notes[i]) {
					t.Errorf("note %q, want it to say %q", n, c.notes[i])
				}
			}
		})
	}
}

// TestDatelineWithoutPlace: a dateline that gives the date and no city
// is read, with the city empty, at the line it opens.
func TestDatelineWithoutPlace(t *testing.T) {
	src := "# Harbourlight shows ferry riders the next boat\n\n(Business Wire) March 3, 2027 — Fjordline today launched Harbourlight, a departures board.\n"
	res, err := Read("x.md", []byte(src), Options{Templates: builtin.Load})
	if err != nil {
		t.Fatal(err)
	}
	dl := res.Doc.PressRelease.Dateline
	if dl.City != "" || dl.Outlet != "Business Wire" || dl.Date != "2027-03-03" {
		t.Errorf("dateline %+v", dl)
	}
	if p := res.Pos["press_release.dateline.city"]; p.Line != 3 || p.Col != 1 {
		t.Errorf("city at %v, want 3:1", p)
	}
	if s := res.Doc.PressRelease.Summary; !strings.HasPrefix(s, "Fjordline today launched") {
		t.Errorf("summary %q", s)
	}
}

// TestGuessed: the reader says when it gave press release paragraphs
// their sections by their order and words, and not when headings or the
// dateline said.
func TestGuessed(t *testing.T) {
	const headline = "# Harbourlight shows ferry riders the next boat\n\n"
	const summary = "OSLO — March 3, 2027 — Fjordline today launched Harbourlight, a departures board.\n\n"
	for _, c := range []struct {
		name, src string
		want      bool
	}{
		{"headed sections", headline + summary + "### Problem\n\nRiders wait 20 minutes at the pier (2026 rider survey).\n\n### Solution\n\nWith Harbourlight, riders see the next boat.\n", false},
		{"a summary known by its dateline alone", headline + summary, false},
		{"paragraphs with no heading", headline + summary + "Riders wait 20 minutes at the pier (2026 rider survey).\n\nWith Harbourlight, riders see the next boat.\n", true},
	} {
		res, err := Read("x.md", []byte(c.src), Options{Templates: builtin.Load})
		if err != nil {
			t.Fatal(err)
		}
		if res.Guessed() != c.want || res.Document("x.md").Guessed() != c.want {
			t.Errorf("%s: guessed %v, want %v", c.name, res.Guessed(), c.want)
		}
	}
}

// TestUnplacedUnderAHeading: a heading the template does not know, after
// the FAQ, keeps everything under it, its own subheadings too, as one
// text under its name.
func TestUnplacedUnderAHeading(t *testing.T) {
	res := readShape(t, shapeTop+"## FAQ\n\n### Does it cost anything?\n\nNo.\n\n## Notes from review\n\n### Open items\n\nSome text.\n")
	if len(res.Unplaced) != 1 || res.Unplaced[0].Heading != "Notes from review" || res.Unplaced[0].Text != "### Open items\n\nSome text." {
		t.Errorf("unplaced %+v", res.Unplaced)
	}
}

// The why ladder is written as a list; its items come back one by one,
// continuation lines joined, each with where its text starts.
func TestListItems(t *testing.T) {
	tests := []struct {
		in   string
		want []string
		at   []itemStart
	}{
		{"1. Nobody knows.\n1. It costs $40.", []string{"Nobody knows.", "It costs $40."}, []itemStart{{0, 3}, {1, 3}}},
		{"- One\n  goes on.\n\n- Two", []string{"One goes on.", "Two"}, []itemStart{{0, 2}, {3, 2}}},
		{"Just a sentence.", []string{"Just a sentence."}, []itemStart{{0, 0}}},
		{"", nil, nil},
	}
	for _, tt := range tests {
		items, at := listItems(tt.in)
		if !reflect.DeepEqual(items, tt.want) || !reflect.DeepEqual(at, tt.at) {
			t.Errorf("listItems(%q) = %q %v, want %q %v", tt.in, items, at, tt.want, tt.at)
		}
	}
}

// A Markdown PR/FAQ names the needs it serves in its front matter, as a
// list or as one line split at commas, and lint points at the key.
func TestFrontMatterServes(t *testing.T) {
	const body = "# Harbourlight shows ferry riders the next boat\n\nOSLO — March 3, 2027 — Fjordline today launched Harbourlight.\n"
	for _, fm := range []string{"serves: [low-prices, fast-delivery]\n", "serves: low-prices, fast-delivery\n", "serves:\n  - low-prices\n  - fast-delivery\n"} {
		res, err := Read("x.md", []byte("---\ntitle: Harbourlight\n"+fm+"---\n"+body), Options{Templates: builtin.Load})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(res.Doc.Serves, []string{"low-prices", "fast-delivery"}) {
			t.Errorf("%q: serves = %q", fm, res.Doc.Serves)
		}
		if l := res.Pos["serves"].Line; l != 3 && l != 4 {
			t.Errorf("%q: serves at %v, want the key or its first item", fm, res.Pos["serves"])
		}
	}
}

// TestMetadataAsWritten: the document's metadata, read as teams write it
// and not reported when it says plainly what it means: a version that
// is a draft's number or comes with its audience, a status in the team's
// words, a page's details under the title with a tool's timestamp, and a
// title over a "## Headline" section.
func TestMetadataAsWritten(t *testing.T) {
	const body = "## Headline\n\nFerry riders see the next boat with Harbourlight\n\n## Summary\n\nOSLO, Norway — March 3, 2027 — Fjordline today launched Harbourlight, a departure board.\n\n## FAQ\n\n### Does it cost anything?\n\nNo.\n"
	for _, c := range []struct {
		name, src                string
		version, status, updated string
		title, headline          string
	}{
		{"a draft's number", "---\nversion: 4\n---\n\n" + body, "4.0", "", "", "", "Ferry riders see the next boat with Harbourlight"},
		{"a version and its audience", "---\nversion: \"1.2 for the operations board\"\n---\n\n" + body, "1.2", "", "", "", "Ferry riders see the next boat with Harbourlight"},
		{"a status in the team's words", "---\nstatus: third draft\n---\n\n" + body, "", "draft", "", "", "Ferry riders see the next boat with Harbourlight"},
		{"page details under the title", "# Harbourlight\n\nOwner: Ingrid Berg\nStatus: with the ferry operators for comment\nLast edited: March 1, 2027 9:14 AM\n\n" + body, "", "", "2027-03-01", "Harbourlight", "Ferry riders see the next boat with Harbourlight"},
		{"a title over the headline section", "# PR/FAQ – Harbourlight departure boards\n\n" + body, "", "", "", "PR/FAQ – Harbourlight departure boards", "Ferry riders see the next boat with Harbourlight"},
	} {
		res := readShape(t, c.src)
		for _, n := range res.Notes {
			t.Errorf("%s: note %d:%d %s", c.name, n.Line, n.Col, n.Msg)
		}
		d := res.Doc
		if d.Version != c.version && c.version != "" || c.status != "" && string(d.Status) != c.status || c.updated != "" && d.Updated != c.updated {
			t.Errorf("%s: version %q, status %q, updated %q; want %q, %q, %q", c.name, d.Version, d.Status, d.Updated, c.version, c.status, c.updated)
		}
		if c.title != "" && d.Title != c.title {
			t.Errorf("%s: title %q, want %q", c.name, d.Title, c.title)
		}
		if d.PressRelease.Headline != c.headline {
			t.Errorf("%s: headline %q, want %q", c.name, d.PressRelease.Headline, c.headline)
		}
	}
}
