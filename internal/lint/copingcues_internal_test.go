package lint

import (
	"testing"

	"github.com/prfaq/prfaq/internal/textstat"
)

func TestCopesToday(t *testing.T) {
	for _, tc := range []struct {
		text    string
		problem bool
		want    bool
	}{
		{"Today growers walk each field with a clipboard.", true, true},
		{"Growers currently walk each field before dawn.", true, true},
		{"Until now, tenants had to wait for the caretaker.", false, true},
		{"Booking a court means queuing at the leisure centre.", true, true},
		{"Owners log their hours by hand in a notebook.", true, true},
		{"Parents arrange lifts through a group chat.", true, true},
		{"Tenants have three options, and none of them is cheap.", true, true},
		{"Most clubs only take entries through the county office.", true, true},
		{"Many riders fix the chain themselves.", true, true},
		{"A refund form goes by post to the head office.", true, true},
		// The pain alone, or a figure after "only": nothing on how they cope.
		{"Growers lose a fifth of the crop to late frost.", true, false},
		{"Only 9% of growers insure the crop, and losses meant to be rare are not.", true, false},
		{"Riders want a room to themselves.", true, false},
		{"Savings start from today for every member.", true, false},
		// A summary tells the launch: only a contrast with before counts.
		{"Harrow Bank today launched Split Pay, on your phone, by the till.", false, false},
		{"Harrow Bank today launched Split Pay, instead of the paper voucher.", false, true},
	} {
		got := copesToday(tc.text, textstat.Words(tc.text), tc.problem)
		if got != tc.want {
			t.Errorf("copesToday(%q, problem=%v) = %v, want %v", tc.text, tc.problem, got, tc.want)
		}
	}
}

func TestStatesProblem(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Harrow Bank today launched Split Pay. Until now, members had to queue at a branch.", true},
		{"Clinics used to fax every referral.", true},
		{"Most home brewers struggle to hold a steady temperature. In our survey, 62% lost a batch last year.", true},
		{"Ferry users could not book ahead, and 3 in 10 missed a crossing.", true},
		// A trouble word without a figure, or figures without a trouble.
		{"There is a quieter route for walkers who cannot manage the stairs.", false},
		{"Beta users saw 71% fewer alerts a day across 12 teams.", false},
	} {
		ws := textstat.Words(tc.text)
		sents := textstat.SplitSentences(tc.text, ws, nil)
		if got := statesProblem(tc.text, sents); got != tc.want {
			t.Errorf("statesProblem(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestPluralPersonNoun(t *testing.T) {
	for w, want := range map[string]bool{
		"gardeners": true, "tenants": true, "pupils": true,
		"days": false, "hours": false, "glass": false, "its": false, "Tenants": false, "b2bs": false,
	} {
		if got := pluralPersonNoun(w); got != want {
			t.Errorf("pluralPersonNoun(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestHeadingLevel(t *testing.T) {
	for line, want := range map[string]int{
		"## So what's the catch?": 2, "### Why now?": 3, "#hashtag": 0, "**Why now?**": 0, "####### deep": 0,
	} {
		if got := headingLevel(line); got != want {
			t.Errorf("headingLevel(%q) = %d, want %d", line, got, want)
		}
	}
}
