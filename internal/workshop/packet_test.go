package workshop

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/render"
	"github.com/prfaq/prfaq/internal/workspace"
)

func packet(t *testing.T, d workspace.Entry, opts PacketOptions) string {
	t.Helper()
	if opts.Source == "" {
		opts.Source = d.File
	}
	if opts.Now.IsZero() {
		opts.Now = galleryClock
	}
	out, err := Packet(d.Doc, d.Template, opts)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

func TestPacketGolden(t *testing.T) {
	for _, c := range []struct{ file, golden string }{
		{"pause.prfaq.yaml", "packet.html"},
		{"notes.prfaq.md", "packet-markdown.html"},
	} {
		out := packet(t, readDraft(t, c.file), PacketOptions{})
		golden(t, c.golden, []byte(out))
	}
}

var (
	marginRef = regexp.MustCompile(`<p class="ref">([^<]+)</p>`)
	sheetRef  = regexp.MustCompile(`<tr><td>([^<]*)</td><td></td></tr>`)
)

// The numbers follow the document: one PR-n per block of the press
// release as the layout renders it, the FAQ entries by their ids, in the
// layout's order, and A1, A2, ... for the rest; the comment sheet has a
// row for each number, then blank rows.
func TestPacketNumbering(t *testing.T) {
	cat := builtinCatalog()
	type variant struct {
		file, template string
	}
	var variants []variant
	for _, f := range []string{"pause.prfaq.yaml", "tab-split.prfaq.yaml", "notes.prfaq.md"} {
		variants = append(variants, variant{f, ""})
	}
	for _, name := range []string{"amazon", "mini", "internal", "oss"} {
		variants = append(variants, variant{"tab-split.prfaq.yaml", name})
	}
	for _, v := range variants {
		t.Run(v.file+"/"+v.template, func(t *testing.T) {
			d := readDraft(t, v.file)
			if v.template != "" {
				tm, err := cat.Load(v.template)
				if err != nil {
					t.Fatal(err)
				}
				d.Template = tm
			}
			pr, faq, err := packetUnits(d.Doc, d.Template, render.NewFragments())
			if err != nil {
				t.Fatal(err)
			}
			prMD, _, err := render.Parts(d.Doc, d.Template)
			if err != nil {
				t.Fatal(err)
			}
			blocks, err := render.Blocks(prMD)
			if err != nil {
				t.Fatal(err)
			}
			if len(pr) != len(blocks) || len(pr) < 5 {
				t.Errorf("%d PR units for %d press release blocks", len(pr), len(blocks))
			}
			var want []string
			for i := range pr {
				want = append(want, "PR-"+strconv.Itoa(i+1))
			}
			var ids, appendix []string
			for _, u := range faq {
				switch {
				case u.Kind == unitEntry:
					ids = append(ids, u.Ref)
				case u.Kind == unitBlock:
					appendix = append(appendix, u.Ref)
				case u.Ref != "":
					t.Errorf("a heading has the number %s", u.Ref)
				}
			}
			var entries []string
			for _, e := range append(append([]prfaq.FAQEntry(nil), d.Doc.FAQ.External...), d.Doc.FAQ.Internal...) {
				entries = append(entries, e.ID)
			}
			if strings.Join(ids, " ") != strings.Join(entries, " ") {
				t.Errorf("FAQ entries numbered %v, the document's ids are %v", ids, entries)
			}
			for i, a := range appendix {
				if a != "A"+strconv.Itoa(i+1) {
					t.Errorf("appendix numbers %v do not run A1, A2, ...", appendix)
					break
				}
			}
			want = append(append(want, ids...), appendix...)

			out := packet(t, d, PacketOptions{})
			var margin, sheet []string
			for _, m := range marginRef.FindAllStringSubmatch(out, -1) {
				margin = append(margin, m[1])
			}
			for _, m := range sheetRef.FindAllStringSubmatch(out, -1) {
				sheet = append(sheet, m[1])
			}
			if strings.Join(margin, " ") != strings.Join(want, " ") {
				t.Errorf("margin numbers %v, want %v", margin, want)
			}
			if strings.Join(sheet, " ") != strings.Join(want, " ")+strings.Repeat(" ", blankCommentRows) {
				t.Errorf("comment sheet rows %q, want %v and %d blank rows", sheet, want, blankCommentRows)
			}
			for _, r := range want {
				if !strings.Contains(out, `id="ref-`+r+`"`) {
					t.Errorf("no anchor for %s", r)
				}
			}
		})
	}
}

// The five customer answers in the appendix are each one number: the bold
// question and its answer together.
func TestPacketLabelsJoinTheirBlock(t *testing.T) {
	d := readDraft(t, "pause.prfaq.yaml")
	_, faq, err := packetUnits(d.Doc, d.Template, render.NewFragments())
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, u := range faq {
		if strings.HasPrefix(u.Text, "Who is the customer?") {
			found = true
			if !strings.Contains(u.Text, "A Pantrylane subscriber on a weekly plan") {
				t.Errorf("%s holds the question without its answer: %q", u.Ref, u.Text)
			}
		}
	}
	if !found {
		t.Fatal("no unit starts with the first customer question")
	}
}

func TestPacketHeader(t *testing.T) {
	d := readDraft(t, "pause.prfaq.yaml")
	words := 0
	pr, faq, err := packetUnits(d.Doc, d.Template, render.NewFragments())
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range append(pr, faq...) {
		words += countWords(u.Text)
	}
	for _, c := range []struct {
		wpm, minutes, shownWPM int
	}{
		{0, (words + 199) / 200, 200},
		{100, (words + 99) / 100, 100},
		{100000, 1, 100000},
	} {
		out := packet(t, d, PacketOptions{WordsPerMinute: c.wpm})
		want := fmt.Sprintf("Reading time: about %d min (%s words at %d words a minute).", c.minutes, formatCount(words), c.shownWPM)
		if !strings.Contains(out, want) {
			t.Errorf("wpm %d: the header lacks %q", c.wpm, want)
		}
	}
	out := packet(t, d, PacketOptions{Source: "some/folder/pause.prfaq.yaml"})
	for _, want := range []string{
		"<!-- Generated by prfaq from pause.prfaq.yaml. Do not edit this file: edit pause.prfaq.yaml and run prfaq workshop packet again. -->",
		`<p class="title">Pause deliveries mini PR/FAQ</p>`,
		"<dt>Version</dt><dd>1.2</dd>",
		"<dt>Status</dt><dd>In review</dd>",
		`<time datetime="2026-11-18">`,
		"Read in silence. Note comments by number (PR-3, E2).",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the packet lacks %q", want)
		}
	}
	// A document without dates shows the day it was printed.
	d.Doc.Updated, d.Doc.Created = "", ""
	if out := packet(t, d, PacketOptions{}); !strings.Contains(out, `<time datetime="2026-11-22">`) {
		t.Errorf("a document without dates does not show today")
	}
}

func TestCountWords(t *testing.T) {
	for _, c := range []struct {
		s string
		n int
	}{
		{"", 0},
		{"E1. Does it cost – anything?", 5},
		{"1,200 diners • 6 days", 4},
		{"  — – -  ", 0},
	} {
		if got := countWords(c.s); got != c.n {
			t.Errorf("countWords(%q) = %d, want %d", c.s, got, c.n)
		}
	}
}

func TestEntryMatcher(t *testing.T) {
	doc := &prfaq.Document{FAQ: prfaq.FAQ{
		External: []prfaq.FAQEntry{{ID: "E1", Question: "How much?"}, {ID: "E10", Question: "Where?"}},
		Internal: []prfaq.FAQEntry{{ID: "I1", Question: "Why  now?"}},
	}}
	m := newEntryMatcher(doc)
	for _, c := range []struct {
		heading, id string
	}{
		{"E10. Where?", "E10"},
		{"E1. How much?", "E1"},
		{"E1. How much?", ""}, // each entry once
		{"Why now?", "I1"},
		{"Customer FAQ", ""},
		{"E2", ""},
	} {
		id, ok := m.match(c.heading)
		if id != c.id || ok != (c.id != "") {
			t.Errorf("match(%q) = %q, %v; want %q", c.heading, id, ok, c.id)
		}
	}
}

// A document with nothing in it still makes a packet: a header and a
// comment sheet of blank rows.
func TestPacketEmptyDocument(t *testing.T) {
	tm, err := builtinCatalog().Load("amazon")
	if err != nil {
		t.Fatal(err)
	}
	out, err := Packet(&prfaq.Document{}, tm, PacketOptions{Now: galleryClock})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), "Comment sheet") || !strings.Contains(string(out), "about 1 min") {
		t.Errorf("the packet of an empty document lacks its sheet or reading time:\n%s", out)
	}
}
