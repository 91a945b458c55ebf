package wizard

import (
	"bytes"
	"strings"
	"testing"

	"github.com/prfaq/prfaq/internal/prfaq"
)

func TestCustomerName(t *testing.T) {
	tests := []struct{ who, want string }{
		{"", "the customer"},
		{"Friends sharing a restaurant bill at the end of a meal, usually four to eight people.", "friends sharing a restaurant bill at the end of a meal"},
		{"On-call engineers in the 140 service teams, in the first ten minutes.", "on-call engineers in the 140 service teams"},
		{"IT admins in schools.", "IT admins in schools"},
		{"Priya's team (payments).", "Priya's team"},
		{"Backend developers who maintain a Go service and write its configuration in YAML by hand, at deploy time.", "the customer"},
		{"\n  Store managers\nwho count stock.", "store managers"},
	}
	for _, tt := range tests {
		if got := customerName(tt.who); got != tt.want {
			t.Errorf("customerName(%q) = %q, want %q", tt.who, got, tt.want)
		}
	}
}

// The ladder at plain prompts: asked after the problem with the chain so
// far, stopped by an empty answer; in an edit, Enter keeps a rung, a
// single - drops it and the rungs after it.
func TestPlainLadder(t *testing.T) {
	tmpl := builtin(t, "amazon")
	p, err := Build(tmpl, []string{"customer.problem"})
	if err != nil {
		t.Fatal(err)
	}
	doc := &prfaq.Document{Mode: prfaq.ModeFuture}
	doc.Customer.Who = "Store managers in a chain of shops."
	var out bytes.Buffer
	input := "Sync fails.\nStock counts are wrong on Monday.\nThe manager re-counts by hand, 3 hours.\n\n"
	if err := Run(Options{Plan: p, Doc: doc, Now: today, In: strings.NewReader(input), Out: &out, Accessible: true, RejectLeftOver: true}); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	want := []string{"Stock counts are wrong on Monday.", "The manager re-counts by hand, 3 hours."}
	if strings.Join(doc.Customer.Whys, "|") != strings.Join(want, "|") {
		t.Errorf("whys %q, want %q", doc.Customer.Whys, want)
	}
	for _, line := range []string{
		"Why does that matter to store managers in a chain of shops? (why 1 of 5):",
		"Problem: Sync fails.\nBecause: Stock counts are wrong on Monday.\nBecause: The manager re-counts by hand, 3 hours.\nPress Enter on an empty line to stop.",
	} {
		if !strings.Contains(out.String(), line) {
			t.Errorf("the prompts lack %q:\n%s", line, out.String())
		}
	}

	// Editing: keep the problem and the first rung, drop the second.
	out.Reset()
	if err := Run(Options{Plan: p, Doc: doc, Now: today, In: strings.NewReader("\n\n-\n"), Out: &out, Accessible: true, RejectLeftOver: true}); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if strings.Join(doc.Customer.Whys, "|") != want[0] {
		t.Errorf("after dropping the second rung: %q", doc.Customer.Whys)
	}
	if !strings.Contains(out.String(), "Type - to remove it and the rest of the ladder.") {
		t.Errorf("an existing rung does not say how to drop it:\n%s", out.String())
	}

	// The maximum ends the ladder: no sixth rung is asked.
	doc.Customer.Whys = nil
	out.Reset()
	input = "\n1\n2\n3\n4\n5\n"
	if err := Run(Options{Plan: p, Doc: doc, Now: today, In: strings.NewReader(input), Out: &out, Accessible: true, RejectLeftOver: true}); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if len(doc.Customer.Whys) != 5 || strings.Contains(out.String(), "why 6") {
		t.Errorf("whys %q after the maximum", doc.Customer.Whys)
	}
}

// No answer to climb from, no ladder: an empty problem asks no why.
func TestLadderNeedsAnAnswer(t *testing.T) {
	p, err := Build(builtin(t, "amazon"), []string{"customer.problem"})
	if err != nil {
		t.Fatal(err)
	}
	doc := &prfaq.Document{Mode: prfaq.ModeFuture}
	var out bytes.Buffer
	if err := Run(Options{Plan: p, Doc: doc, Now: today, In: strings.NewReader("\n"), Out: &out, Accessible: true, RejectLeftOver: true}); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if strings.Contains(out.String(), "Why does that matter") {
		t.Errorf("the ladder was asked without a problem:\n%s", out.String())
	}
}
