package wizard

import (
	"slices"
	"strings"
	"testing"

	"github.com/prfaq/prfaq/internal/prfaq"
)

// The needs are asked after the customer questions and before the press
// release, once, and only when the team has some; the answer is a pick
// among their ids.
func TestAskNeeds(t *testing.T) {
	needs := &prfaq.Needs{Needs: []prfaq.Need{{ID: "fair-split", Name: "Fair split"}, {ID: "low-fees", Name: "Low fees"}}}
	p, err := Build(builtin(t, "amazon"), nil)
	if err != nil {
		t.Fatal(err)
	}
	AskNeeds(p, nil)
	AskNeeds(p, &prfaq.Needs{})
	if slices.Contains(ids(p), "serves") {
		t.Fatalf("needs asked without needs: %v", ids(p))
	}
	AskNeeds(p, needs)
	AskNeeds(p, needs)
	got := ids(p)
	at := slices.Index(got, "serves")
	if at < 0 || slices.Index(got[at+1:], "serves") >= 0 {
		t.Fatalf("serves asked %v", got)
	}
	if got[at-1] != "customer.experience" || got[at+1] != "press_release.problem" {
		t.Errorf("serves asked between %s and %s, want after the customer questions and before the press release", got[at-1], got[at+1])
	}
	var q *Question
	for _, page := range p.Pages {
		if page.Title == NeedsPage {
			q = page.Questions[0]
		}
	}
	doc := &prfaq.Document{}
	for _, c := range []struct {
		answer string
		bad    string // part of the error; empty when the answer is fine
		want   []string
	}{
		{"fair-split, low-fees", "", []string{"fair-split", "low-fees"}},
		{"low-fees\n", "", []string{"low-fees"}},
		{"", "", nil},
		{"fair-split, low-fee", `"low-fee" is not one of the choices`, nil},
		{"Fair split", `"Fair split" is not one of the choices`, nil},
	} {
		err := Check(q, c.answer, doc, today)
		if c.bad != "" {
			if err == nil || !strings.Contains(err.Error(), c.bad) {
				t.Errorf("%q: error %v, want %q", c.answer, err, c.bad)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", c.answer, err)
		}
		if err := SetText(doc, q, c.answer); err != nil || !slices.Equal(doc.Serves, c.want) {
			t.Errorf("%q: serves %q (%v), want %q", c.answer, doc.Serves, err, c.want)
		}
	}
}
