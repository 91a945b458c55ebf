package workshop

import (
	"strings"
	"testing"
	"time"

	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/store"
	"github.com/prfaq/prfaq/templates"
)

func builtin(t testing.TB) *prfaq.Workshop {
	t.Helper()
	data, err := templates.Workshops.ReadFile("workshops/default.yaml")
	if err != nil {
		t.Fatal(err)
	}
	w, _, err := store.DecodeWorkshop("default.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	if err := Check(w); err != nil {
		t.Fatalf("the built-in definition fails its own check: %v", err)
	}
	return w
}

func ids(slots []Slot) string {
	var out []string
	for _, s := range slots {
		out = append(out, s.Step.ID)
	}
	return strings.Join(out, " ")
}

func TestSchedule(t *testing.T) {
	w := builtin(t)
	tests := []struct {
		minutes int
		steps   string
		length  time.Duration
	}{
		{0, "welcome five-questions one-customer press-release customer-faq stakeholder-faq silent-reading review decide", 90 * time.Minute},
		{90, "welcome five-questions one-customer press-release customer-faq stakeholder-faq silent-reading review decide", 90 * time.Minute},
		{60, "welcome five-questions one-customer press-release customer-faq stakeholder-faq silent-reading review decide", 60 * time.Minute},
		{180, "welcome five-questions one-customer press-release break customer-faq stakeholder-faq silent-reading review decide", 180 * time.Minute},
		{240, "welcome five-questions one-customer press-release break customer-faq stakeholder-faq silent-reading review revise gallery decide", 240 * time.Minute},
		{480, "welcome five-questions one-customer press-release break customer-faq stakeholder-faq lunch silent-reading review revise gallery decide", 480 * time.Minute},
		{960, "welcome five-questions one-customer press-release break customer-faq stakeholder-faq lunch silent-reading review revise gallery decide", 960 * time.Minute},
	}
	for _, tt := range tests {
		slots, err := Schedule(w, tt.minutes)
		if err != nil {
			t.Fatalf("Schedule(%d): %v", tt.minutes, err)
		}
		if got := ids(slots); got != tt.steps {
			t.Errorf("Schedule(%d) steps:\n got %s\nwant %s", tt.minutes, got, tt.steps)
		}
		if got := total(slots); got != tt.length {
			t.Errorf("Schedule(%d) lasts %v, want %v", tt.minutes, got, tt.length)
		}
		var at time.Duration
		for _, s := range slots {
			if s.Start != at {
				t.Errorf("Schedule(%d): %s starts at %v, want %v (right after the step before)", tt.minutes, s.Step.ID, s.Start, at)
			}
			at += s.Duration
			if s.Duration%time.Minute != 0 {
				t.Errorf("Schedule(%d): %s lasts %v, not whole minutes", tt.minutes, s.Step.ID, s.Duration)
			}
			if s.Step.Fixed && s.Duration != stepLength(s.Step) {
				t.Errorf("Schedule(%d): fixed step %s lasts %v, want its own %v", tt.minutes, s.Step.ID, s.Duration, stepLength(s.Step))
			}
			if s.Duration < time.Minute {
				t.Errorf("Schedule(%d): %s lasts %v, less than a minute", tt.minutes, s.Step.ID, s.Duration)
			}
		}
	}
}

// Scaling keeps the agenda's proportions: the press release, the longest
// step at 90 minutes, stays the longest flexible step at any length.
func TestScheduleKeepsProportions(t *testing.T) {
	w := builtin(t)
	for _, minutes := range []int{45, 75, 120, 300, 1000, MaxMinutes} {
		slots, err := Schedule(w, minutes)
		if err != nil {
			t.Fatalf("Schedule(%d): %v", minutes, err)
		}
		var pr time.Duration
		for _, s := range slots {
			if s.Step.ID == "press-release" {
				pr = s.Duration
			}
		}
		for _, s := range slots {
			if !s.Step.Fixed && s.Duration > pr {
				t.Errorf("Schedule(%d): %s (%v) is longer than the press release (%v)", minutes, s.Step.ID, s.Duration, pr)
			}
		}
	}
}

func TestScheduleErrors(t *testing.T) {
	w := builtin(t)
	tests := []struct {
		w       *prfaq.Workshop
		minutes int
		want    string
	}{
		{w, 15, "15 minutes is too short for this agenda: its fixed steps take 10 min and each of its 7 other steps needs at least a minute; give at least 17 minutes"},
		{w, -1, "-1 minutes is not a workshop length"},
		{w, MaxMinutes + 1, "4321 minutes is not a workshop length"},
		{&prfaq.Workshop{}, 0, "no agenda"},
		{&prfaq.Workshop{Minutes: 10, Agenda: []prfaq.AgendaStep{{ID: "late", Minutes: 10, From: 60}}}, 0, "no agenda step fits a 10-minute workshop"},
		{&prfaq.Workshop{Agenda: []prfaq.AgendaStep{{ID: "zero"}}}, 0, `agenda step "zero" has no length`},
		{&prfaq.Workshop{Agenda: []prfaq.AgendaStep{{ID: "a", Minutes: 5, Fixed: true}}}, 6, "6 minutes is too short"},
	}
	for _, tt := range tests {
		_, err := Schedule(tt.w, tt.minutes)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Schedule(%d) = %v, want an error containing %q", tt.minutes, err, tt.want)
		}
	}
}

// A rehearsal agenda of seconds runs as written when no length is asked.
func TestScheduleSeconds(t *testing.T) {
	w := &prfaq.Workshop{Agenda: []prfaq.AgendaStep{
		{ID: "a", Seconds: 3}, {ID: "b", Seconds: 3}, {ID: "c", Minutes: 1, Seconds: 30},
	}}
	slots, err := Schedule(w, 0)
	if err != nil {
		t.Fatal(err)
	}
	want := []time.Duration{3 * time.Second, 3 * time.Second, 90 * time.Second}
	for i, s := range slots {
		if s.Duration != want[i] {
			t.Errorf("step %s lasts %v, want %v", s.Step.ID, s.Duration, want[i])
		}
	}
	if got := FormatLength(90 * time.Second); got != "1 min 30 s" {
		t.Errorf("FormatLength(90s) = %q", got)
	}
}

func TestFormat(t *testing.T) {
	for d, want := range map[time.Duration]string{
		45 * time.Second: "45 s", 5 * time.Minute: "5 min", 90 * time.Minute: "1 h 30 min", 2 * time.Hour: "2 h",
	} {
		if got := FormatLength(d); got != want {
			t.Errorf("FormatLength(%v) = %q, want %q", d, got, want)
		}
	}
	if got := FormatClock(65 * time.Minute); got != "1:05" {
		t.Errorf("FormatClock(65m) = %q, want 1:05", got)
	}
}

func TestCheck(t *testing.T) {
	tests := []struct {
		w    prfaq.Workshop
		want string
	}{
		{prfaq.Workshop{Minutes: 10, Agenda: []prfaq.AgendaStep{{ID: "a", Minutes: 5}, {ID: "a", Minutes: 5}}}, `agenda step id "a" is used twice`},
		{prfaq.Workshop{Minutes: 30, Agenda: []prfaq.AgendaStep{{ID: "a", Minutes: 5}}}, "the agenda's steps add up to 5 min, but minutes: says 30"},
		{prfaq.Workshop{Agenda: []prfaq.AgendaStep{{ID: "a", Minutes: -5}}}, "negative length"},
		{prfaq.Workshop{Roles: []prfaq.WorkshopRole{{ID: "x"}, {ID: "x"}}}, `role id "x" is used twice`},
		{prfaq.Workshop{Decision: prfaq.DecisionLog{Outcomes: []prfaq.DecisionOutcome{{ID: "go"}, {ID: "go"}}}}, `outcome id "go" is used twice`},
		{prfaq.Workshop{Decision: prfaq.DecisionLog{Rows: 5000}}, "rows: 5000 is out of range"},
	}
	for _, tt := range tests {
		err := Check(&tt.w)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Check = %v, want an error containing %q", err, tt.want)
		}
	}
}
