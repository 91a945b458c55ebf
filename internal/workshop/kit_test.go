package workshop

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/prfaq/prfaq/internal/catalog"
	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/render"
	"github.com/prfaq/prfaq/templates"
)

func loadTemplate(t testing.TB, name string) *prfaq.Template {
	t.Helper()
	tmpl, err := catalog.New(catalog.Folder{}, catalog.Folder{}, templates.FS).Load(name)
	if err != nil {
		t.Fatal(err)
	}
	return tmpl
}

func kitPages(t *testing.T, w *prfaq.Workshop, tmpl string, opts KitOptions) map[string]string {
	t.Helper()
	pages, err := Kit(w, loadTemplate(t, tmpl), opts)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, p := range pages {
		out[p.Name] = string(p.HTML)
	}
	return out
}

func TestKitGolden(t *testing.T) {
	w := builtin(t)
	for _, tc := range []struct {
		name, template string
		opts           KitOptions
	}{
		{"amazon-4-teams", "amazon", KitOptions{Teams: 4, Paper: "a4"}},
		{"oss-8-teams-half-day", "oss", KitOptions{Teams: 8, People: 30, Minutes: 240, Start: "09:30", Paper: "letter", Definition: "my workshop.yaml"}},
	} {
		pages, err := Kit(w, loadTemplate(t, tc.template), tc.opts)
		if err != nil {
			t.Fatal(err)
		}
		if len(pages) != 9 {
			t.Errorf("%s: %d pages, want 9", tc.name, len(pages))
		}
		for _, p := range pages {
			// The whole kit repeats the sheets, tested below.
			if p.Name != PrintAllFile {
				golden(t, tc.name+"/"+p.Name, p.HTML)
			}
		}
	}
}

var (
	kitPiece = regexp.MustCompile(`(?s)^([a-z-]+)">\n(.*)</div>$`)
	kitBody  = regexp.MustCompile(`(?s)<body class="sheet-[a-z-]+">\n<nav>.*?</nav>\n(.*)\n</body>`)
)

// printAllPieces splits the whole kit into its pieces: for each, the
// sheet's id and its markup.
func printAllPieces(t *testing.T, all string) [][]string {
	t.Helper()
	body := all[:strings.LastIndex(all, "\n</body>")]
	var pieces [][]string
	for _, p := range strings.Split(body, "\n<div class=\"piece sheet-")[1:] {
		m := kitPiece.FindStringSubmatch(p)
		if m == nil {
			t.Fatalf("a piece of %s is not a sheet in a div:\n%s", PrintAllFile, p)
		}
		pieces = append(pieces, m)
	}
	return pieces
}

// The whole kit in one file: every sheet as many times as the kit's
// table says, in the table's order, each copy the sheet's own page.
func TestKitPrintAll(t *testing.T) {
	pages, err := Kit(builtin(t), loadTemplate(t, "amazon"), KitOptions{Teams: 3, People: 7})
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]string{}
	for _, p := range pages {
		byName[p.Name] = string(p.HTML)
	}
	all, ok := byName[PrintAllFile]
	if !ok {
		t.Fatalf("no %s among the kit's pages", PrintAllFile)
	}
	if !strings.Contains(byName["index.html"], `href="`+PrintAllFile+`"`) {
		t.Errorf("index.html does not link to %s", PrintAllFile)
	}
	want := []struct {
		id     string
		copies int
	}{
		{"guide", 1}, {"five-questions", 7}, {"press-release", 6}, {"faq-bank", 3},
		{"role-cards", 3}, {"rubric", 7}, {"decision-log", 1},
	}
	pieces := printAllPieces(t, all)
	i := 0
	for _, w := range want {
		m := kitBody.FindStringSubmatch(byName[w.id+".html"])
		if m == nil {
			t.Fatalf("%s.html: no body", w.id)
		}
		for n := range w.copies {
			if i >= len(pieces) {
				t.Fatalf("%s ends after %d pieces, before copy %d of %s", PrintAllFile, i, n+1, w.id)
			}
			if got := pieces[i][1]; got != w.id {
				t.Fatalf("piece %d is %s, want copy %d of %s", i+1, got, n+1, w.id)
			}
			if strings.TrimSpace(pieces[i][2]) != strings.TrimSpace(m[1]) {
				t.Errorf("piece %d (%s) differs from %s.html:\n%s\n---\n%s", i+1, w.id, w.id, pieces[i][2], m[1])
			}
			i++
		}
	}
	if i != len(pieces) {
		t.Errorf("%s has %d pieces, want %d", PrintAllFile, len(pieces), i)
	}
	if !strings.Contains(all, fmt.Sprintf("%d copies in all", i)) {
		t.Errorf("%s does not say it holds %d copies", PrintAllFile, i)
	}
}

// Commands refuse to overwrite a file without render's marker, so every
// page must carry it near the top.
func TestKitMarker(t *testing.T) {
	for name, html := range kitPages(t, builtin(t), "amazon", KitOptions{}) {
		if i := strings.Index(html, render.Marker); i < 0 || i > 4096 {
			t.Errorf("%s: the marker %q is not in the first 4 kB", name, render.Marker)
		}
	}
}

var (
	orderBadge  = regexp.MustCompile(`<span class="order">(\d+)</span>([^<]+)`)
	externalRef = regexp.MustCompile(`(?i)<(script|link|img|iframe)\b|\b(src|href)="(https?:)?//`)
)

// The press release skeleton reads in the layout's order and numbers
// boxes in the wizard's order, so the headline is written late.
func TestPressReleaseOrder(t *testing.T) {
	page := kitPages(t, builtin(t), "amazon", KitOptions{})["press-release.html"]
	var got []string
	for _, m := range orderBadge.FindAllStringSubmatch(page, -1) {
		got = append(got, m[1]+" "+strings.TrimSpace(m[2]))
	}
	want := []string{
		"8 Headline", "9 Subheadline", "11 The dateline", "10 Summary paragraph",
		"1 The problem paragraph", "2 Why do current solutions fail the customer?",
		"3 How does the product make the customer&#39;s experience better?", "4 The leader quote",
		"5 How does a customer get started?", "6 The customer quote", "7 Where does the reader go next?",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("press release boxes:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, label := range []string{"Speaker", "Role", "City", "Outlet", "Date", "Description"} {
		if !strings.Contains(page, `<span class="label">`+label+`</span>`) {
			t.Errorf("press release skeleton has no %q field", label)
		}
	}
	if strings.Contains(page, "Is this quote imagined?") {
		t.Error("the skeleton asks a launch-mode question (when: mode == \"launch\")")
	}
}

func TestKitFollowsTemplate(t *testing.T) {
	w := builtin(t)
	for _, tc := range []struct {
		template  string
		questions int
		absent    string
	}{
		{"amazon", 5, ""},
		{"mini", 4, "What does the customer experience look like?"},
		{"oss", 5, "The leader quote"},
	} {
		pages := kitPages(t, w, tc.template, KitOptions{})
		five := pages["five-questions.html"]
		if got := strings.Count(five, `<section class="box`); got != tc.questions {
			t.Errorf("%s: five-questions sheet has %d boxes, want %d", tc.template, got, tc.questions)
		}
		if tc.absent != "" && strings.Contains(pages["five-questions.html"]+pages["press-release.html"], tc.absent) {
			t.Errorf("%s: the worksheets show %q, which the template does not ask", tc.template, tc.absent)
		}
	}
	oss := kitPages(t, w, "oss", KitOptions{})["press-release.html"]
	if !strings.Contains(oss, "Try it in five minutes") || !strings.Contains(oss, "At a glance") {
		t.Error("the oss skeleton lacks its own prompts (Try it in five minutes, At a glance)")
	}
}

func TestKitTeams(t *testing.T) {
	w := builtin(t)
	pages := kitPages(t, w, "amazon", KitOptions{Teams: 13})
	if got := strings.Count(pages["rubric.html"], `<table class="grid scores">`); got != 3 {
		t.Errorf("13 teams: %d rubric tables, want 3 (six teams to a page)", got)
	}
	if !strings.Contains(pages["decision-log.html"], "<td>Team 13</td>") {
		t.Error("13 teams: the decision log has no row for Team 13")
	}
	if got := strings.Count(pages["decision-log.html"], "<tr><td>"); got != 13 {
		t.Errorf("13 teams: decision log has %d rows, want 13 (one per team, more than the 8 minimum)", got)
	}
	few := kitPages(t, w, "amazon", KitOptions{Teams: 2})["decision-log.html"]
	if got := strings.Count(few, "<tr><td>"); got != 8 {
		t.Errorf("2 teams: decision log has %d rows, want the definition's 8", got)
	}
	index := kitPages(t, w, "amazon", KitOptions{Teams: 3, People: 14})["index.html"]
	for _, want := range []string{`<td class="num">14</td><td>one per person</td>`, `<td class="num">6</td><td>two per team`} {
		if !strings.Contains(index, want) {
			t.Errorf("3 teams, 14 people: index lacks %q", want)
		}
	}
}

func TestKitAgendaTimes(t *testing.T) {
	w := builtin(t)
	guide := kitPages(t, w, "amazon", KitOptions{Minutes: 240, Start: "09:30"})["guide.html"]
	for _, want := range []string{"09:30–09:35", "13:25–13:30", "10:05–10:50", "prfaq workshop timer --minutes 240"} {
		if !strings.Contains(guide, want) {
			t.Errorf("240-minute guide starting 09:30 lacks %q", want)
		}
	}
	relative := kitPages(t, w, "amazon", KitOptions{})["guide.html"]
	if !strings.Contains(relative, "0:00–0:05") || !strings.Contains(relative, "1:25–1:30") {
		t.Error("guide without --start does not print offsets 0:00–0:05 … 1:25–1:30")
	}
}

func TestKitOptionErrors(t *testing.T) {
	w := builtin(t)
	tmpl := loadTemplate(t, "amazon")
	for _, tc := range []struct {
		opts KitOptions
		want string
	}{
		{KitOptions{Teams: MaxTeams + 1}, "51 teams is out of range"},
		{KitOptions{Paper: "a3"}, `paper "a3" is not known`},
		{KitOptions{Start: "9.30"}, `start time "9.30" is not a time of day`},
		{KitOptions{Minutes: 10}, "10 minutes is too short"},
	} {
		_, err := Kit(w, tmpl, tc.opts)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Kit(%+v) = %v, want an error containing %q", tc.opts, err, tc.want)
		}
	}
}

// Text from a definition or a template is text: it never becomes markup,
// and the pages load nothing from outside.
func TestKitEscapes(t *testing.T) {
	w := builtin(t)
	evil := `<script>alert(1)</script><img src=x onerror=alert(2)>`
	w.Name = evil
	w.Roles[0].Name = evil
	w.Agenda[0].Do = evil
	w.Rubric.Criteria[0].Question = evil
	w.Decision.Outcomes[0].Label = evil
	w.Guide.Intro = evil
	tmpl := loadTemplate(t, "amazon")
	tmpl.Questions[3].Prompt = evil
	tmpl.FAQBank.External[0].Question = `<a href="javascript:alert(3)">x</a>`
	pages, err := Kit(w, tmpl, KitOptions{Definition: "x --><script>alert(4)</script>"})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pages {
		html := string(p.HTML)
		if m := externalRef.FindString(html); m != "" {
			t.Errorf("%s: %q in the page", p.Name, m)
		}
		if strings.Contains(html, "javascript:") && !strings.Contains(html, "&#34;javascript:") {
			t.Errorf("%s: a javascript: URL is live in the page", p.Name)
		}
		if strings.Count(html, "<!--") != 1 || strings.Count(html, "-->") != 1 {
			t.Errorf("%s: the note comment was broken open: %d <!-- and %d -->", p.Name, strings.Count(html, "<!--"), strings.Count(html, "-->"))
		}
	}
}

func ExampleSchedule() {
	w := &prfaq.Workshop{Minutes: 30, Agenda: []prfaq.AgendaStep{
		{ID: "welcome", Title: "Welcome", Minutes: 5, Fixed: true},
		{ID: "write", Title: "Write", Minutes: 15},
		{ID: "review", Title: "Review", Minutes: 10},
	}}
	slots, _ := Schedule(w, 60)
	for _, s := range slots {
		fmt.Println(FormatClock(s.Start), s.Step.Title, FormatLength(s.Duration))
	}
	// Output:
	// 0:00 Welcome 5 min
	// 0:05 Write 35 min
	// 0:40 Review 20 min
}
