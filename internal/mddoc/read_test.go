package mddoc

import (
	"errors"
	"path/filepath"
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

// TestUnplacedUnderAHeading: a heading the template does not know, after
// the FAQ, keeps everything under it, its own subheadings too, as one
// text under its name.
func TestUnplacedUnderAHeading(t *testing.T) {
	res := readShape(t, shapeTop+"## FAQ\n\n### Does it cost anything?\n\nNo.\n\n## Notes from review\n\n### Open items\n\nSome text.\n")
	if len(res.Unplaced) != 1 || res.Unplaced[0].Heading != "Notes from review" || res.Unplaced[0].Text != "### Open items\n\nSome text." {
		t.Errorf("unplaced %+v", res.Unplaced)
	}
}
