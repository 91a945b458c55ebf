package textstat

import (
	"strings"
	"testing"
)

// mark cuts the word marked [like this] out of s: s without the brackets,
// and where the marked word ends.
func mark(t *testing.T, s string) (string, int) {
	t.Helper()
	i, j := strings.IndexByte(s, '['), strings.IndexByte(s, ']')
	if i < 0 || j < i {
		t.Fatalf("test bug: no [word] in %q", s)
	}
	return s[:i] + s[i+1:j] + s[j+1:], j - 1
}

func TestAsked(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"How [many] items can I put out?", true},
		{"[Would] it work offline?", true},
		{"What [could] go wrong?", true},
		{`The channel got 310 "which table [should] I use?" questions.`, true},
		{"The channel got 310 “which table [should] I use？” questions.", true},
		{"[Many] customers use it.", false},
		{`[Many] riders ask: "when is my bus?"`, false},
		{"[Many] riders ask “when is my bus?”", false},
		{"It [could] work. Does it?", false},
		{"It [might]; who knows?", false},
		{"It [might] work", false},
	}
	for _, tc := range tests {
		s, at := mark(t, tc.in)
		if got := Asked(s, at, len(s)); got != tc.want {
			t.Errorf("Asked(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
	if s, at := mark(t, "It [could] work. Does it?"); Asked(s, at, len(s)+10) {
		t.Error("Asked past the end of the text")
	}
}

func TestPrecise(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"It arrives [very] quickly (less than 48 hours).", true},
		{"[Many] customers (1,200 in the pilot) use it.", true},
		{"It is [significantly] faster: from 10 minutes to 2.", true},
		{"It is [significantly] faster — 3x in the trial.", true},
		{"It is [significantly] faster - from ten minutes to two.", true},
		{"[Many] (38%) said so.", true},
		{"We saved [a lot of] time every week (about 4 hours).", true},
		{"[Many] customers use it.", false},
		{"[Many] customers, and 1,200 of them, use it.", false},
		{"[Many] customers (2026 survey) use it.", false},
		{"[Many] customers (see the survey) use it, 1,200 of them.", false},
		{"It is [significantly] faster. From 10 minutes to 2.", false},
		{"It [significantly] reduces errors in the first month of use (from 4% to 1%).", false},
		{"[Several] questions remain: who pays, who owns it, and when.", false},
		{"It is [very] fast: the team says so, and has for 3 years.", false},
		{"[Many]", false},
	}
	for _, tc := range tests {
		s, at := mark(t, tc.in)
		if got := Precise(s, Words(s), at); got != tc.want {
			t.Errorf("Precise(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestAfterHow(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Residents can see how [many] are left.", true},
		{"How [many] items?", true},
		{"[Many] know how.", false},
		{"Show [many] items.", false},
		{"How, [many] ask.", false},
		{"[Many]", false},
	}
	for _, tc := range tests {
		s, at := mark(t, tc.in)
		start := strings.IndexByte(tc.in, '[')
		if got := AfterHow(s, Words(s), start); got != tc.want {
			t.Errorf("AfterHow(%q) = %v, want %v (mark at %d)", tc.in, got, tc.want, at)
		}
	}
}

func TestFactualModal(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"38% [could] not find their row.", true},
		{"They [would] never pay for it.", true},
		{"A checklist [could] have caught it.", true},
		{"The support we [should] always have given.", true},
		{"78% said they [would] like to.", true},
		{"Food that [would] otherwise be thrown away.", true},
		{"Before the rider [would] normally leave.", true},
		{"Half said they [would] not install it.", true},
		{"Two said their compliance team [would] not allow it.", true},
		{"Owners know they [should] write a help page.", true},
		{"Nobody was told which day the truck [would] come.", true},
		{"It [would] save customers an hour.", false},
		{"Customers [might] not notice.", false},
		{"Customers [might] have to wait.", false},
		{"Customers [might] already have to wait.", false},
		{"Previously I [would] have spent the week.", true},
		{"This [should] reduce errors.", false},
		{"This [should] not break anything.", false},
		{"We said so. It [could] work.", false},
		{"They said it, and then some more words: it [would] work.", false},
		{"It [could] not be easier.", true},
		{"Volunteers waited weeks before they [could] bake alone.", true},
		{"Consumers [would] need a forecast per provider.", true},
		{"Until we [could] start, nothing moved.", true},
		{"Riders said not knowing when the bus [would] come was the worst part.", true},
		{"When it launches, it [would] save an hour.", false},
		{"Before launch, it [could] save an hour.", false},
		{"Before they [could] save, it [could] cost more.", true},
		{"Only a third of the drivers [could] name the depot.", true},
		{"None of the shops [could] print labels.", true},
		{"Neither supplier [could] deliver on Sundays.", true},
		{"Nobody on the night shift [could] reset it.", true},
		{"Few clinics [could] afford it.", true},
		{"A few clinics [could] afford it.", false},
		{"Bookings [could] only be changed in person.", true},
		{"It [could].", true},
		{"A heat pump warms more rooms than a new boiler [would].", true},
		{"Mark it by hand as a teacher [would] on paper.", true},
		{"Tools such as ours [would] save time.", false},
		{"The app warns you before your balance [would] drop below zero.", true},
		{"They will switch only if the price [could] stay fixed.", true},
		{"We asked whether parents [would] pay.", true},
		{"Coaches feared that the teams [would] split.", true},
		{"We think it [would] save an hour.", false},
		{"The dashboard [could] save analysts hours.", false},
		{"If it ships, the dashboard [could] save analysts hours.", false},
		{"We see it as a tool that [could] save hours.", false},
		{"Call us if a part that [would] fit is missing.", false},
		{"The [many] customers said.", false},
		{"[would]", false},
	}
	for _, tc := range tests {
		s, end := mark(t, tc.in)
		start := strings.IndexByte(tc.in, '[')
		if got := FactualModal(s, Words(s), start, end); got != tc.want {
			t.Errorf("FactualModal(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
