package wizard

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/prfaq/prfaq/internal/catalog"
	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/templates"
)

var today = time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)

func builtin(t *testing.T, name string) *prfaq.Template {
	t.Helper()
	tmpl, err := catalog.New(catalog.Folder{}, catalog.Folder{}, templates.FS).Load(name)
	if err != nil {
		t.Fatal(err)
	}
	return tmpl
}

func ids(p *Plan) []string {
	var out []string
	for _, page := range p.Pages {
		for _, q := range page.Questions {
			out = append(out, q.ID)
		}
	}
	return out
}

// The amazon template asks in the method's order: the five customer
// questions, then problem, current solutions, solution, the quotes, the
// FAQ, and the headline and dateline last.
func TestBuildFollowsTheMethodsOrder(t *testing.T) {
	p, err := Build(builtin(t, "amazon"), nil)
	if err != nil {
		t.Fatal(err)
	}
	got := ids(p)
	order := []string{
		"customer.who", "customer.problem", "customer.benefit", "customer.evidence", "customer.experience",
		"press_release.problem", "press_release.current_solutions", "press_release.solution",
		"press_release.leader_quote.text", "press_release.getting_started", "press_release.customer_quote.text",
		"press_release.call_to_action", "faq.external", "faq.internal",
		"press_release.headline", "press_release.subheadline", "press_release.dateline.city", "press_release.dateline.date",
	}
	last := -1
	for _, id := range order {
		i := slices.Index(got, id)
		if i < 0 {
			t.Fatalf("%s is not asked; asked: %v", id, got)
		}
		if i < last {
			t.Errorf("%s is asked out of the method's order: %v", id, got)
		}
		last = i
	}
	if p.Pages[0].Title != "About this PR/FAQ" {
		t.Errorf("first page %q", p.Pages[0].Title)
	}
}

func TestBuildOnlySections(t *testing.T) {
	tmpl := builtin(t, "amazon")
	for _, tc := range []struct {
		only []string
		want []string
		err  string
	}{
		{only: []string{"press_release.problem"}, want: []string{"press_release.problem"}},
		{only: []string{"press_release.leader_quote"}, want: []string{"press_release.leader_quote.speaker", "press_release.leader_quote.role", "press_release.leader_quote.text"}},
		{only: []string{"customer"}, want: []string{"customer.who", "customer.problem", "customer.benefit", "customer.evidence", "customer.experience"}},
		{only: []string{"faq.internal", "title"}, want: []string{"title", "faq.internal"}},
		// The ladder's field asks the question it follows, and so the ladder.
		{only: []string{"customer.whys"}, want: []string{"customer.problem"}},
		{only: []string{"press_release.problm"}, err: `template amazon has no section "press_release.problm": choose from product, title`},
	} {
		p, err := Build(tmpl, tc.only)
		if tc.err != "" {
			if err == nil || !strings.HasPrefix(err.Error(), tc.err) {
				t.Errorf("%v: error %v, want %q", tc.only, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if got := ids(p); !slices.Equal(got, tc.want) {
			t.Errorf("%v: asks %v, want %v", tc.only, got, tc.want)
		}
	}
}

func question(t *testing.T, p *Plan, id string) *Question {
	t.Helper()
	for _, page := range p.Pages {
		for _, q := range page.Questions {
			if q.ID == id {
				return q
			}
		}
	}
	t.Fatalf("no question %s", id)
	return nil
}

func TestConditions(t *testing.T) {
	p, err := Build(builtin(t, "amazon"), nil)
	if err != nil {
		t.Fatal(err)
	}
	q := question(t, p, "press_release.customer_quote.hypothetical")
	doc := &prfaq.Document{Mode: prfaq.ModeFuture}
	if q.Visible(doc) {
		t.Error("the hypothetical question is asked in future mode")
	}
	doc.Mode = prfaq.ModeLaunch
	if !q.Visible(doc) {
		t.Error("the hypothetical question is not asked in launch mode")
	}
	if !question(t, p, "press_release.problem").Visible(doc) {
		t.Error("a question without a condition is hidden")
	}
}

func TestCheck(t *testing.T) {
	p, err := Build(builtin(t, "amazon"), nil)
	if err != nil {
		t.Fatal(err)
	}
	future := &prfaq.Document{Mode: prfaq.ModeFuture}
	launched := &prfaq.Document{Mode: prfaq.ModeLaunch}
	for _, tc := range []struct {
		id, text string
		doc      *prfaq.Document
		err      string
	}{
		{"press_release.dateline.date", "2027-06-01", future, ""},
		{"press_release.dateline.date", "", future, ""},
		{"press_release.dateline.date", "June 1", future, `"June 1" is not a date: write it as YYYY-MM-DD, e.g. 2027-03-15`},
		{"press_release.dateline.date", "2027-02-30", future, `"2027-02-30" is not a real calendar date`},
		{"press_release.dateline.date", "2026-11-22", future, "2026-11-22 is not ahead: a future press release announces a launch to come; give a date after 2026-11-22, e.g. 2027-03-01"},
		{"press_release.dateline.date", "2025-01-10", launched, ""},
		{"title", "Tab Split", future, ""},
		{"title", "Tab\nSplit", future, "keep working title of this document to one line"},
		{"press_release.problem", "Any\n\nparagraphs, any length.", future, ""},
	} {
		err := Check(question(t, p, tc.id), tc.text, tc.doc, today)
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != tc.err {
			t.Errorf("Check(%s, %q) = %q, want %q", tc.id, tc.text, got, tc.err)
		}
	}
}

func TestBudget(t *testing.T) {
	q := &Question{Question: prfaq.Question{ID: "press_release.problem", Kind: prfaq.KindParagraph, MaxWords: 5, MaxSentences: 1}}
	for _, tc := range []struct {
		text string
		want string
		over bool
	}{
		{"", "0 of 5 words, 0 of 1 sentences", false},
		{"One two three.", "3 of 5 words, 1 of 1 sentences", false},
		{"One two three. Four five six.", "6 of 5 words, 2 of 1 sentences", true},
		{"**Bold** words count as words.", "5 of 5 words, 1 of 1 sentences", false},
	} {
		c := Budget(q, tc.text)
		if c.String() != tc.want || c.Over() != tc.over {
			t.Errorf("Budget(%q) = %q over=%v, want %q over=%v", tc.text, c, c.Over(), tc.want, tc.over)
		}
	}
	if got := (Count{Words: 1}).String(); got != "1 word" {
		t.Errorf("%q", got)
	}
}

func TestTextRoundTrip(t *testing.T) {
	p, err := Build(builtin(t, "amazon"), nil)
	if err != nil {
		t.Fatal(err)
	}
	doc := &prfaq.Document{}
	for _, tc := range []struct{ id, in, want string }{
		{"authors", "Ana\n\n  Ben  \n", "Ana\nBen"},
		{"press_release.problem", "  First line.  \nSecond line.\n\n", "First line.\nSecond line."},
		{"title", "  Tab Split  ", "Tab Split"},
	} {
		q := question(t, p, tc.id)
		if err := SetText(doc, q, tc.in); err != nil {
			t.Fatal(err)
		}
		if got := Text(doc, q); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.id, got, tc.want)
		}
	}
	if !slices.Equal(doc.Authors, []string{"Ana", "Ben"}) {
		t.Errorf("authors %q", doc.Authors)
	}
}

func TestDefaultLaunchDate(t *testing.T) {
	for _, tc := range []struct {
		now  time.Time
		want string
	}{
		{today, "2027-03-01"},
		{time.Date(2026, 1, 31, 0, 0, 0, 0, time.UTC), "2026-05-01"},
		{time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), "2027-01-01"},
	} {
		if got := DefaultLaunchDate(tc.now); got != tc.want {
			t.Errorf("DefaultLaunchDate(%s) = %s, want %s", tc.now, got, tc.want)
		}
	}
}

func TestFAQList(t *testing.T) {
	tmpl := builtin(t, "amazon")
	p, err := Build(tmpl, nil)
	if err != nil {
		t.Fatal(err)
	}
	doc := &prfaq.Document{}
	doc.FAQ.External = []prfaq.FAQEntry{{ID: "E3", Question: "How much  does it COST?"}, {ID: "E1", Question: "Why?"}}
	l := faqListFor(tmpl, question(t, p, "faq.external"), doc)
	for _, o := range l.offers() {
		if o.Question == "How much does it cost?" {
			t.Error("a bank question already asked is offered again")
		}
	}
	l.add("  Where can I get it? ", "", "Here.\n\n")
	if got := doc.FAQ.External[2]; got.ID != "E4" || got.Question != "Where can I get it?" || got.Answer != "Here." {
		t.Errorf("added %+v", got)
	}
	doc.FAQ.External[1].Question = ""
	l.prune()
	if len(doc.FAQ.External) != 2 || doc.FAQ.External[1].ID != "E4" {
		t.Errorf("after prune %+v", doc.FAQ.External)
	}
	if got := l.countLine(); got != "2 entries, at least 3 expected" {
		t.Errorf("countLine %q", got)
	}
}

func TestParseNumbers(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []int
		err  bool
	}{
		{"", nil, false},
		{"1, 3,4", []int{1, 3, 4}, false},
		{"0", nil, true},
		{"5", nil, true},
		{"two", nil, true},
	} {
		got, err := parseNumbers(tc.in, 4)
		if (err != nil) != tc.err || !slices.Equal(got, tc.want) {
			t.Errorf("parseNumbers(%q) = %v, %v", tc.in, got, err)
		}
	}
}

// Before launch a customer quote is imagined, and the wizard marks it so:
// once the document launches, lint holds it to being replaced.
func TestFutureQuoteIsImagined(t *testing.T) {
	p, err := Build(builtin(t, "amazon"), nil)
	if err != nil {
		t.Fatal(err)
	}
	q := question(t, p, "press_release.customer_quote.text")
	for _, tc := range []struct {
		mode prfaq.Mode
		text string
		want bool
	}{
		{prfaq.ModeFuture, "Everyone has paid before the dessert plates are gone.", true},
		{"", "Everyone has paid before the dessert plates are gone.", true},
		{prfaq.ModeFuture, "  ", false},
		{prfaq.ModeLaunch, "Everyone has paid before the dessert plates are gone.", false},
	} {
		doc := &prfaq.Document{Mode: tc.mode}
		if err := SetText(doc, q, tc.text); err != nil {
			t.Fatal(err)
		}
		if got := doc.PressRelease.CustomerQuote.Hypothetical; got != tc.want {
			t.Errorf("mode %q, quote %q: hypothetical %v, want %v", tc.mode, tc.text, got, tc.want)
		}
	}
}
