package review

import (
	"slices"
	"testing"
)

// TestCustomerAnswerShapes: each shape, on invented sentences, answers
// its topic, and the sentences that look like it but do not answer stay
// unanswered.
func TestCustomerAnswerShapes(t *testing.T) {
	for _, tc := range []struct {
		shape string
		fn    func(shapeText) bool
		text  string
		want  bool
	}{
		// Help through a named person, place or number.
		{"help", helpNamed, "Growers with a question can ask their field adviser.", true},
		{"help", helpNamed, "If the gate stays shut, talk to the yard supervisor.", true},
		{"help", helpNamed, "Anyone stuck can call 0161-555-0123 on weekdays.", true},
		{"help", helpNamed, "A volunteer organiser visits each allotment every month.", true},
		{"help", helpNamed, "The dispatcher will phone you if the van is late.", true},
		{"help", helpNamed, "Each invoice carries the firm's direct line.", true},
		{"help", helpNamed, "The booking line stays open until midnight.", true},
		{"help", helpNamed, "Savers can ask for help setting it up at any Riverside branch.", true},
		{"help", helpNamed, "Riders hold their phone to the reader.", false},
		{"help", helpNamed, "Owners no longer have to call the depot to check.", false},
		{"help", helpNamed, "Stores check stock instead of calling the warehouse.", false},
		{"help", helpNamed, "Schools can ask their account manager for a demo.", false},
		{"help", helpNamed, "The app turns the first phone call into a checklist.", false},
		// Where and when, as a launch at a place.
		{"availability", launchedAtPlace, "Quickpark is live today at all 14 car parks in Leeds.", true},
		{"availability", launchedAtPlace, "Batch export is live now in every project.", true},
		{"availability", launchedAtPlace, "Night Desk opens today in 9 branches across the county.", true},
		{"availability", launchedAtPlace, "Audit trails are included in Ledger Plus from March 3.", true},
		{"availability", launchedAtPlace, "Ferrow today launched Quickpark for drivers in the city.", false},
		// How to start, as steps.
		{"getting-started", startSteps, "Open any invoice, tap Split and choose who pays.", true},
		{"getting-started", startSteps, "Read the guide to learn more.", false},
		// Leaving: stopping said, or nothing to cancel.
		{"leaving", stopSaid, "The first month is free and there is no contract.", true},
		{"leaving", stopSaid, "Text STOP to end the reminders.", true},
		{"leaving", stopSaid, "Reply YES to reorder.", false},
		{"leaving", nothingToCancel, "The course is a one-time purchase of $40.", true},
		{"leaving", nothingToCancel, "There are no setup or exit fees.", true},
		{"leaving", nothingToCancel, "Entry is free: there is no fee.", false},
		{"leaving", nothingToCancel, "Parents need no account.", true},
		{"leaving", nothingToCancel, "Plans start at $12.", false},
		{"leaving", recurringCharge, "Plus costs $4 a month.", true},
		{"leaving", recurringCharge, "There is no subscription.", false},
		{"leaving", recurringCharge, "Members must have traded for at least a year.", false},
		{"leaving", recurringCharge, "The Plus plan is billed monthly.", true},
		{"leaving", recurringCharge, "Firms that have traded for a year can join, for loans from $500.", false},
		// Today's way, as a contrast.
		{"today", contrastWithBefore, "Until now, a refund took three weeks. With Quickpay it takes a day.", true},
		{"today", contrastWithBefore, "Quickpay pays refunds in a day.", false},
	} {
		if got := tc.fn(analyzed("PR-1", tc.text)); got != tc.want {
			t.Errorf("%s: %q = %v, want %v", tc.shape, tc.text, got, tc.want)
		}
	}
}

// TestLeavingShape: nothing to cancel answers leaving only where no
// charge runs on, and the answer is listed under its paragraph.
func TestLeavingShape(t *testing.T) {
	for _, tc := range []struct {
		name  string
		texts []shapeText
		want  []string
	}{
		{"a one-time purchase leaves nothing to cancel",
			[]shapeText{analyzed("PR-2", "Chartwise is a one-time purchase of $30.")}, []string{"PR-2"}},
		{"a monthly charge with no fee to join still asks what happens on stopping",
			[]shapeText{analyzed("PR-2", "Chartwise costs $3 a month."), analyzed("E1", "There is no fee to join.")}, nil},
		{"no exit fees beside a monthly charge still leave stopping unsaid",
			[]shapeText{analyzed("PR-2", "Chartwise costs $3 a month."), analyzed("E1", "There are no exit fees.")}, nil},
		{"no contract says stopping, whatever the charge",
			[]shapeText{analyzed("PR-2", "Chartwise costs $3 a month."), analyzed("E1", "There is no contract.")}, []string{"E1"}},
	} {
		r := &reading{texts: tc.texts}
		if got := r.shapeAnswers("leaving"); !slices.Equal(got, tc.want) {
			t.Errorf("%s: answered by %v, want %v", tc.name, got, tc.want)
		}
	}
}
