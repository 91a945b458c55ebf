package diff

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/store"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

func load(t *testing.T, file string) *prfaq.Document {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	doc, _, err := store.DecodeDocument(file, data)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/diff -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; if the change is intended, run go test ./internal/diff -update and review the diff\n--- got:\n%s", name, got)
	}
}

func fixture(t *testing.T) *Result {
	t.Helper()
	return Compare(load(t, "v1.prfaq.yaml"), load(t, "v2.prfaq.yaml"), "1.0", "1.1 (working copy)")
}

func TestGolden(t *testing.T) {
	r := fixture(t)
	golden(t, "fixture.txt", Text(r, false))
	golden(t, "fixture.color.txt", Text(r, true))
	golden(t, "fixture.md", Markdown(r))
	golden(t, "fixture.html", HTML(r, "Tab Split PR/FAQ"))
	golden(t, "fixture.json", JSON(r))

	same := Compare(load(t, "v1.prfaq.yaml"), load(t, "v1.prfaq.yaml"), "1.0", "1.0")
	golden(t, "same.txt", Text(same, false))
	golden(t, "same.md", Markdown(same))
}

// Every output is the same on every run: no map order, no clock.
func TestDeterministic(t *testing.T) {
	first := fixture(t)
	for range 20 {
		r := fixture(t)
		for name, f := range map[string]func(*Result) []byte{
			"text": func(r *Result) []byte { return Text(r, true) },
			"md":   Markdown,
			"html": func(r *Result) []byte { return HTML(r, "t") },
			"json": JSON,
		} {
			if !bytes.Equal(f(first), f(r)) {
				t.Fatalf("%s output differs between runs", name)
			}
		}
	}
}

func sectionMap(r *Result) map[string]Section {
	m := map[string]Section{}
	for _, s := range r.Sections {
		m[s.Path] = s
	}
	return m
}

func TestCompareFixture(t *testing.T) {
	r := fixture(t)
	if !r.Changed() {
		t.Fatal("Changed() = false")
	}
	byPath := sectionMap(r)
	for _, tc := range []struct {
		path, label string
		status      Status
		old, new    int
		spacingOnly bool
	}{
		{"title", "title", Unchanged, 4, 4, false},
		{"status", "status", Changed, 1, 1, false},
		{"authors", "authors", Changed, 2, 4, false},
		{"customer.problem", "customer (problem)", Changed, 7, 15, false},
		{"customer.evidence", "customer (evidence)", Added, 0, 12, false},
		{"press_release.headline", "headline", Unchanged, 16, 16, false},
		{"press_release.dateline.city", "dateline (city)", Unchanged, 2, 2, false},
		{"press_release.problem", "problem", Changed, 30, 35, false},
		{"press_release.current_solutions", "current solutions", Changed, 18, 18, true},
		{"press_release.leader_quote.text", "leader quote (text)", Changed, 9, 12, false},
		{"press_release.customer_quote.hypothetical", "customer quote (hypothetical)", Unchanged, 1, 1, false},
		{"press_release.call_to_action", "call to action", Added, 0, 10, false},
		{"faq.external.E1", "FAQ E1", Changed, 13, 19, false},
		{"faq.external.E2", "FAQ E2", Unchanged, 16, 16, false},
		{"faq.external.E3", "FAQ E3", Added, 0, 31, false},
		{"faq.internal.I2", "FAQ I2", Removed, 14, 0, false},
		{"sections.tenets", "custom section tenets", Unchanged, 8, 8, false},
		{"sections.at_a_glance", "custom section at_a_glance", Added, 0, 8, false},
	} {
		s, ok := byPath[tc.path]
		if !ok {
			t.Errorf("%s: missing", tc.path)
			continue
		}
		if s.Label != tc.label || s.Status != tc.status || s.OldWords != tc.old || s.NewWords != tc.new || s.WhitespaceOnly != tc.spacingOnly {
			t.Errorf("%s: got %q %v %d→%d spacing=%v, want %q %v %d→%d spacing=%v",
				tc.path, s.Label, s.Status, s.OldWords, s.NewWords, s.WhitespaceOnly,
				tc.label, tc.status, tc.old, tc.new, tc.spacingOnly)
		}
		if (s.Status == Unchanged) != (len(s.Ops) == 0) {
			t.Errorf("%s: %v with %d ops", tc.path, s.Status, len(s.Ops))
		}
	}
	// Bookkeeping fields and fields empty in both are left out.
	for _, path := range []string{"prfaq", "version", "updated", "created", "template", "template_version", "history", "customer.experience", "press_release.dateline.outlet", "appendix"} {
		if _, ok := byPath[path]; ok {
			t.Errorf("%s should not be compared", path)
		}
	}
	// Document order, FAQ entries in the new order, a removed entry after
	// the entry that preceded it.
	var paths []string
	for _, s := range r.Sections {
		if strings.HasPrefix(s.Path, "faq.") {
			paths = append(paths, s.Path)
		}
	}
	want := []string{"faq.external.E2", "faq.external.E1", "faq.external.E3", "faq.internal.I1", "faq.internal.I2", "faq.internal.I3"}
	if !slices.Equal(paths, want) {
		t.Errorf("FAQ order = %v, want %v", paths, want)
	}
	if first, last := r.Sections[0].Path, r.Sections[len(r.Sections)-1].Path; first != "title" || last != "sections.tenets" {
		t.Errorf("sections run from %s to %s, want title to sections.tenets", first, last)
	}
	if got, want := byPath["press_release.problem"].Summary(), "problem: changed, 30 → 35 words"; got != want {
		t.Errorf("Summary() = %q, want %q", got, want)
	}
	if got, want := byPath["faq.external.E3"].Summary(), "FAQ E3: added, 31 words"; got != want {
		t.Errorf("Summary() = %q, want %q", got, want)
	}
	if got, want := byPath["faq.internal.I2"].Summary(), "FAQ I2: removed, 14 words"; got != want {
		t.Errorf("Summary() = %q, want %q", got, want)
	}
	if got, want := byPath["press_release.headline"].Summary(), "headline: unchanged"; got != want {
		t.Errorf("Summary() = %q, want %q", got, want)
	}
	// Every section's ops rebuild both texts.
	for _, s := range r.Sections {
		if s.Status == Unchanged {
			continue
		}
		before, after := CountWords(apply(s.Ops, Delete)), CountWords(apply(s.Ops, Insert))
		if before != s.OldWords || after != s.NewWords {
			t.Errorf("%s: ops give %d → %d words, section says %d → %d", s.Path, before, after, s.OldWords, s.NewWords)
		}
	}
}

func TestCompareSameAndEmpty(t *testing.T) {
	doc := load(t, "v1.prfaq.yaml")
	r := Compare(doc, doc, "a", "b")
	if r.Changed() {
		t.Error("a document compared with itself changed")
	}
	if c := r.Counts(); c.Unchanged != len(r.Sections) || c.Unchanged == 0 {
		t.Errorf("counts %+v for %d sections", c, len(r.Sections))
	}

	empty := Compare(&prfaq.Document{}, &prfaq.Document{Version: "1.0", Updated: "2026-01-01"}, "a", "b")
	if len(empty.Sections) != 0 || empty.Changed() {
		t.Errorf("empty documents: %d sections, changed=%v", len(empty.Sections), empty.Changed())
	}
	if !bytes.Contains(Text(empty, false), []byte("Nothing to compare")) {
		t.Errorf("empty text output:\n%s", Text(empty, false))
	}
	if got := JSON(empty); !bytes.Contains(got, []byte(`"sections": []`)) {
		t.Errorf("empty JSON has no empty sections list:\n%s", got)
	}

	// nil is an empty document: all text is added or removed. A flag
	// that is set changes from false to true, or back.
	for _, tc := range []struct {
		from, to *prfaq.Document
		want     Status
	}{{nil, doc, Added}, {doc, nil, Removed}} {
		r := Compare(tc.from, tc.to, "a", "b")
		if len(r.Sections) == 0 {
			t.Fatal("no sections")
		}
		for _, s := range r.Sections {
			want := tc.want
			if s.Path == "press_release.customer_quote.hypothetical" {
				want = Changed
			}
			if s.Status != want {
				t.Errorf("%s: %v, want %v", s.Path, s.Status, want)
			}
		}
	}
}

// A block scalar's final newline, Windows line ends and outer spaces are
// not changes.
func TestCompareNormalizes(t *testing.T) {
	a := &prfaq.Document{Appendix: "Line one.\nLine two."}
	b := &prfaq.Document{Appendix: "  Line one.\r\nLine two.\n"}
	r := Compare(a, b, "a", "b")
	if len(r.Sections) != 1 || r.Sections[0].Status != Unchanged {
		t.Errorf("got %+v", r.Sections)
	}
}

func TestFAQMatchedByID(t *testing.T) {
	e := func(id, q, a string) prfaq.FAQEntry { return prfaq.FAQEntry{ID: id, Question: q, Answer: a} }
	for _, tc := range []struct {
		name     string
		old, new []prfaq.FAQEntry
		want     []string // path status
	}{
		{
			name: "reordered only",
			old:  []prfaq.FAQEntry{e("E1", "One?", "1"), e("E2", "Two?", "2"), e("E3", "Three?", "3")},
			new:  []prfaq.FAQEntry{e("E3", "Three?", "3"), e("E1", "One?", "1"), e("E2", "Two?", "2")},
			want: []string{"faq.external.E3 unchanged", "faq.external.E1 unchanged", "faq.external.E2 unchanged"},
		},
		{
			name: "removed first, last and middle",
			old:  []prfaq.FAQEntry{e("E1", "One?", ""), e("E2", "Two?", ""), e("E3", "Three?", ""), e("E4", "Four?", ""), e("E5", "Five?", "")},
			new:  []prfaq.FAQEntry{e("E2", "Two?", ""), e("E4", "Four?", "")},
			want: []string{"faq.external.E1 removed", "faq.external.E2 unchanged", "faq.external.E3 removed", "faq.external.E4 unchanged", "faq.external.E5 removed"},
		},
		{
			name: "renumbered is removed and added",
			old:  []prfaq.FAQEntry{e("E1", "One?", "1")},
			new:  []prfaq.FAQEntry{e("E7", "One?", "1")},
			want: []string{"faq.external.E1 removed", "faq.external.E7 added"},
		},
		{
			name: "question and answer compared together",
			old:  []prfaq.FAQEntry{e("E1", "One?", "Yes."), e("E2", "Two?", "No.")},
			new:  []prfaq.FAQEntry{e("E2", "Two?", "No, never."), e("E1", "One or more?", "Yes.")},
			want: []string{"faq.external.E2 changed", "faq.external.E1 changed"},
		},
		{
			name: "repeated ids matched in order",
			old:  []prfaq.FAQEntry{e("E1", "A?", ""), e("E1", "B?", "")},
			new:  []prfaq.FAQEntry{e("E1", "A?", ""), e("E1", "C?", "")},
			want: []string{"faq.external.E1 unchanged", "faq.external.E1#2 changed"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Compare(&prfaq.Document{FAQ: prfaq.FAQ{External: tc.old}}, &prfaq.Document{FAQ: prfaq.FAQ{External: tc.new}}, "a", "b")
			var got []string
			for _, s := range r.Sections {
				got = append(got, s.Path+" "+s.Status.String())
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}
	// The text of an entry is its question, a blank line and its answer.
	r := Compare(&prfaq.Document{}, &prfaq.Document{FAQ: prfaq.FAQ{Internal: []prfaq.FAQEntry{e("I1", "Why?", "Because.")}}}, "a", "b")
	if got := apply(r.Sections[0].Ops, Insert); got != "Why?\n\nBecause." || r.Sections[0].Label != "FAQ I1" {
		t.Errorf("entry text %q, label %q", got, r.Sections[0].Label)
	}
}

func TestCustomSectionsSorted(t *testing.T) {
	a := &prfaq.Document{Sections: map[string]string{"zeta": "z", "alpha": "a", "gone": "g"}}
	b := &prfaq.Document{Sections: map[string]string{"zeta": "z!", "alpha": "a", "mid": "m", "blank": "  "}}
	r := Compare(a, b, "a", "b")
	var got []string
	for _, s := range r.Sections {
		got = append(got, s.Path+" "+s.Status.String())
	}
	want := []string{"sections.alpha unchanged", "sections.gone removed", "sections.mid added", "sections.zeta changed"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// Document text is escaped in every output that could run it.
func TestHTMLEscapes(t *testing.T) {
	evil := `<script>alert("x")</script>`
	a := &prfaq.Document{Title: "T", PressRelease: prfaq.PressRelease{Problem: "Old " + evil}}
	b := &prfaq.Document{Title: "T", PressRelease: prfaq.PressRelease{Problem: "New " + evil + " <b>bold</b> & <img src=x onerror=alert(1)>"},
		FAQ:      prfaq.FAQ{External: []prfaq.FAQEntry{{ID: `E1"><script>`, Question: evil + "?"}}},
		Sections: map[string]string{`x" onmouseover="alert(1)`: evil}}
	out := string(HTML(Compare(a, b, evil, "v<2>"), evil))
	for _, bad := range []string{"<script", "<b>", "<img", `onmouseover="`} {
		if strings.Contains(out, bad) {
			t.Errorf("HTML output contains %q", bad)
		}
	}
	for _, good := range []string{"&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;", "&lt;b&gt;bold&lt;/b&gt; &amp; &lt;img"} {
		if !strings.Contains(out, good) {
			t.Errorf("HTML output lacks %q", good)
		}
	}
	if strings.Contains(out, "<script") || strings.Count(out, "<style>") != 1 {
		t.Error("HTML output must have no script and one inline style")
	}

	md := string(Markdown(Compare(a, b, evil, "v2")))
	if regexp.MustCompile(`(^|[^\\])<`).MatchString(md) {
		t.Errorf("Markdown output holds an unescaped <:\n%s", md)
	}
	var v any
	if err := json.Unmarshal(JSON(Compare(a, b, evil, "v2")), &v); err != nil {
		t.Errorf("JSON output does not parse: %v", err)
	}
}

func TestTextControlCharacters(t *testing.T) {
	a := &prfaq.Document{Appendix: "Fine."}
	b := &prfaq.Document{Appendix: "Fine.\x1b[2J\x1b]0;pwned\x07 \u009b31m"}
	for _, color := range []bool{false, true} {
		out := string(Text(Compare(a, b, "a", "b"), color))
		if strings.Contains(out, "\x1b[2J") || strings.Contains(out, "\x07") || strings.Contains(out, "\u009b") {
			t.Errorf("color=%v: control characters reach the terminal: %q", color, out)
		}
		if !strings.Contains(out, `\x1b[2J`) {
			t.Errorf("color=%v: control characters not shown: %q", color, out)
		}
		if !color && strings.Contains(out, "\x1b") {
			t.Errorf("no-color output holds an escape: %q", out)
		}
	}
}

func TestTextMarks(t *testing.T) {
	a := &prfaq.Document{PressRelease: prfaq.PressRelease{Headline: "Tab Split pays the bill fast."}}
	b := &prfaq.Document{PressRelease: prfaq.PressRelease{Headline: "Tab Split settles the bill at the table."}}
	r := Compare(a, b, "1.0", "1.1")
	out := string(Text(r, false))
	if !strings.Contains(out, "Tab Split [-pays-]{+settles+} the bill [-fast-]{+at the table+}.") {
		t.Errorf("text output:\n%s", out)
	}
	if !strings.Contains(out, "  headline: changed, 6 → 8 words") {
		t.Errorf("text summary:\n%s", out)
	}
	md := string(Markdown(r))
	if !strings.Contains(md, "Tab Split ~~pays~~**settles** the bill ~~fast.~~**at the table.**") {
		t.Errorf("markdown output:\n%s", md)
	}
	colored := string(Text(r, true))
	if !strings.Contains(colored, ansiDelete+"pays"+ansiReset+ansiInsert+"settles"+ansiReset) {
		t.Errorf("colored output: %q", colored)
	}
}

// Long unchanged text is cut to the paragraphs around a change.
func TestExcerpt(t *testing.T) {
	var paras []string
	for i := range 10 {
		n := 28 // within contextWords
		if i == 0 {
			n = 40 // too long to keep as a section's opening context
		}
		paras = append(paras, strings.Repeat("word"+string(rune('a'+i))+" ", n)+"end.")
	}
	old := strings.Join(paras, "\n\n")
	paras[4] = strings.Replace(paras[4], "end.", "finish.", 1)
	paras[6] = "inserted " + paras[6]
	new := strings.Join(paras, "\n\n")
	r := Compare(&prfaq.Document{Appendix: old}, &prfaq.Document{Appendix: new}, "a", "b")
	out := string(Text(r, false))
	e, f, g := strings.Repeat("worde ", 28), strings.Repeat("wordf ", 28), strings.Repeat("wordg ", 28)
	want := "…\n\n" + e + "[-end-]{+finish+}.\n\n" + f + "end.\n\n{+inserted +}" + g + "end.\n\n…\n"
	if !strings.Contains(out, want) {
		t.Errorf("text output:\n%s\nwant it to contain:\n%s", out, want)
	}
	if strings.Contains(out, "worda") || strings.Contains(out, "wordd") || strings.Contains(out, "wordh") {
		t.Errorf("unchanged far paragraphs shown:\n%s", out)
	}
	// The redline shows everything.
	if html := string(HTML(r, "")); !strings.Contains(html, "worda") || !strings.Contains(html, "wordj") {
		t.Error("HTML left text out")
	}

	// A short first paragraph, such as an FAQ question, stays as context.
	answer := strings.TrimSpace(strings.Repeat("Long answer. ", 40))
	r = Compare(&prfaq.Document{FAQ: prfaq.FAQ{External: []prfaq.FAQEntry{{ID: "E1", Question: "Why?", Answer: answer + "\n\nOld end."}}}},
		&prfaq.Document{FAQ: prfaq.FAQ{External: []prfaq.FAQEntry{{ID: "E1", Question: "Why?", Answer: answer + "\n\nNew end."}}}}, "a", "b")
	out = string(Text(r, false))
	if want := "Why?\n\n…\n\n[-Old-]{+New+} end.\n"; !strings.Contains(out, want) {
		t.Errorf("text output:\n%s\nwant it to contain:\n%s", out, want)
	}

	// A long paragraph keeps contextWords words on each side.
	long := strings.Repeat("same ", 100) + "old " + strings.Repeat("same ", 100)
	r = Compare(&prfaq.Document{Appendix: long}, &prfaq.Document{Appendix: strings.Replace(long, "old", "new", 1)}, "a", "b")
	out = string(Text(r, false))
	if n := strings.Count(out, "same"); n != 2*contextWords {
		t.Errorf("kept %d context words, want %d:\n%s", n, 2*contextWords, out)
	}
	if !strings.Contains(out, "… same") || !strings.Contains(out, "same …") {
		t.Errorf("no inline gap marks:\n%s", out)
	}
}

func TestWhitespaceOnly(t *testing.T) {
	r := Compare(&prfaq.Document{Appendix: "one two\nthree"}, &prfaq.Document{Appendix: "one\ntwo three"}, "a", "b")
	s := r.Sections[0]
	if s.Status != Changed || !s.WhitespaceOnly || s.Summary() != "appendix: changed (spacing only), 3 → 3 words" {
		t.Errorf("got %+v %q", s, s.Summary())
	}
	for name, out := range map[string][]byte{"text": Text(r, false), "md": Markdown(r), "html": HTML(r, "")} {
		if !bytes.Contains(out, []byte("Only line breaks or spacing changed.")) {
			t.Errorf("%s output does not say spacing only:\n%s", name, out)
		}
	}
}

func TestMarkdownEscapesSource(t *testing.T) {
	a := &prfaq.Document{Appendix: "Plain."}
	b := &prfaq.Document{Appendix: "Plain.\n\n# Not a heading\n1. not a list\n- nor this\n  with *stars* and ~~tildes~~ | pipes"}
	md := string(Markdown(Compare(a, b, "a", "b")))
	want := "Plain.\n\n**\\# Not a heading**\\\n**1\\. not a list**\\\n**\\- nor this**\\\n&nbsp;&nbsp;**with \\*stars\\* and \\~\\~tildes\\~\\~ \\| pipes**\n"
	if !strings.Contains(md, want) {
		t.Errorf("markdown:\n%s\nwant it to contain:\n%s", md, want)
	}
}

// An insertion before punctuation is marked with the word it touches, so
// GitHub-flavoured Markdown sees the marks: "wait~~.~~" would print the
// tildes.
func TestMarkdownInsertionBeforePunctuation(t *testing.T) {
	a := &prfaq.Document{PressRelease: prfaq.PressRelease{Headline: "Customers wait."}}
	b := &prfaq.Document{PressRelease: prfaq.PressRelease{Headline: "Customers wait forty minutes."}}
	md := string(Markdown(Compare(a, b, "1.0", "1.1")))
	if !strings.Contains(md, "Customers ~~wait.~~**wait forty minutes.**") {
		t.Errorf("markdown output:\n%s", md)
	}
	if out := string(Text(Compare(a, b, "1.0", "1.1"), false)); !strings.Contains(out, "Customers wait{+ forty minutes+}.") {
		t.Errorf("text output:\n%s", out)
	}
}
