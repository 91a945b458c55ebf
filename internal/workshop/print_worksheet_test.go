package workshop

// The worksheets as a facilitator prints them, measured in headless
// Chromium: help text large enough to read, as many ruled lines for each
// answer as its word budget needs in handwriting, and the whole kit in
// one file that prints every sheet. Needs Chromium (and poppler-utils for
// the print); see internal/testsupport/browsertest.

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/testsupport/browsertest"
)

// writeKit writes a kit's pages into a temporary folder.
func writeKit(t *testing.T, tmpl string, opts KitOptions) string {
	t.Helper()
	dir := t.TempDir()
	pages, err := Kit(builtin(t), loadTemplate(t, tmpl), opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pages {
		if err := os.WriteFile(filepath.Join(dir, p.Name), p.HTML, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// measureBoxes is, for each answer box on a worksheet, its title (without
// its number and help), its ruled writing space (.rule, or an .area of
// ruled background) in lines 6.9 mm apart
// (rounded down), and the shortest line's height in millimetres.
const measureBoxes = `JSON.stringify([...document.querySelectorAll("section.box")].map(box => {
  const h2 = box.querySelector("h2").cloneNode(true);
  h2.querySelectorAll(".order, .help").forEach(e => e.remove());
  const rules = [...box.querySelectorAll(".rule, .area")].map(r => r.getBoundingClientRect().height * 25.4 / 96);
  const space = rules.reduce((a, b) => a + b, 0);
  return {title: h2.textContent.trim(), lines: Math.floor(space / 6.9 + 0.01), height: rules.length ? Math.min(...rules) : 0};
}))`

// smallText lists the help text, labels and notes on a sheet printed
// smaller than 9 pt (12 CSS pixels).
const smallText = `JSON.stringify([...document.querySelectorAll(".help, ul.bank small, .field, .name-line span, table.scores .draft, table.scores th.team, table.log .tick")]
  .filter(e => parseFloat(getComputedStyle(e).fontSize) < 12)
  .map(e => getComputedStyle(e).fontSize + " " + e.className + ": " + e.textContent.trim().slice(0, 60)))`

// wantWords is the words each worksheet box must hold: a box titled with
// a question's prompt holds that question's answer; a box titled with a
// group's name (a quote) holds the group's paragraphs, its one-line
// answers going in labelled fields.
func wantWords(t *prfaq.Template, title string) int {
	words := 0
	for _, q := range t.Questions {
		if q.When != "" {
			continue
		}
		text := q.Kind == prfaq.KindParagraph || q.Kind == prfaq.KindList || q.Kind == prfaq.KindQA
		switch {
		case q.Prompt == title:
			words += q.MaxWords
		case q.Group == title && text:
			words += q.MaxWords
		}
	}
	return words
}

func TestWorksheetsPrintReadableWithRoomForTheBudget(t *testing.T) {
	b := browsertest.Launch(t)
	for _, tmpl := range []string{"amazon", "mini", "internal", "oss"} {
		dir := writeKit(t, tmpl, KitOptions{Teams: 8})
		tm := loadTemplate(t, tmpl)
		for _, sheet := range []string{"press-release", "five-questions", "faq-bank", "rubric", "decision-log"} {
			p := b.NewPage(t, browsertest.FileURL(t, filepath.Join(dir, sheet+".html")))
			p.EmulateMedia(t, "print")
			var small []string
			if err := json.Unmarshal([]byte(p.EvalString(t, smallText)), &small); err != nil {
				t.Fatal(err)
			}
			for _, s := range small {
				t.Errorf("%s/%s: text under 9 pt: %s", tmpl, sheet, s)
			}
			if sheet != "press-release" && sheet != "five-questions" {
				continue
			}
			var boxes []struct {
				Title  string
				Lines  int
				Height float64
			}
			if err := json.Unmarshal([]byte(p.EvalString(t, measureBoxes)), &boxes); err != nil {
				t.Fatal(err)
			}
			if len(boxes) == 0 {
				t.Fatalf("%s/%s: no answer boxes", tmpl, sheet)
			}
			for _, box := range boxes {
				words := wantWords(tm, box.Title)
				if words == 0 {
					continue // a box of fields only: the dateline
				}
				// wordsPerLine handwritten words a line, rounded up; a
				// little more is fine, less is not.
				need := (words + wordsPerLine - 1) / wordsPerLine
				if box.Lines < need || box.Lines > need+1 {
					t.Errorf("%s/%s: %q has %d ruled lines for a budget of %d words, want %d", tmpl, sheet, box.Title, box.Lines, words, need)
				}
				if box.Height < 6.5 {
					t.Errorf("%s/%s: %q has lines %.1f mm apart, too close for handwriting", tmpl, sheet, box.Title, box.Height)
				}
			}
		}
	}
}

// The whole kit in one file prints every copy of every sheet, each from
// a new page: its pages are those of the sheets printed one by one.
func TestKitPrintAllPrints(t *testing.T) {
	tools := browsertest.Require(t)
	opts := KitOptions{Teams: 1, People: 2, Paper: "a4"}
	dir := writeKit(t, "amazon", opts)
	k := &kitData{Teams: teamNames(opts.Teams), People: opts.People, Customer: customerBoxes(loadTemplate(t, "amazon"))}
	want := 0
	for _, s := range copies(k) {
		n := tools.Info(t, tools.Print(t, filepath.Join(dir, s.File))).Pages
		want += n * s.Copies
	}
	all := tools.Print(t, filepath.Join(dir, PrintAllFile))
	if got := tools.Info(t, all).Pages; got != want {
		t.Errorf("%s printed on %d pages, want %d: every copy of every sheet, each from a new page", PrintAllFile, got, want)
	}
}
