package review_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/prfaq/prfaq/internal/lint"
	"github.com/prfaq/prfaq/internal/review"
	"github.com/prfaq/prfaq/internal/workshop"
	"github.com/prfaq/prfaq/internal/workspace"
)

// ferry answers help only in a shape: a named person to ask, in the call
// to action, and no word of the help topic's list.
const ferry = `---
title: Harbour Hop PR/FAQ
product: Harbour Hop
template: mini
status: draft
---

# Harbour Hop lets island commuters book a ferry seat the night before

_Commuters who book keep their seat even when the boat is full._

KIRKWALL, UK – May 4, 2027 – Orkney Sailings today launched Harbour Hop, a way for island commuters
to book a seat on the morning ferry. Each booking holds one seat until ten minutes before sailing.

## Problem

Morning ferries fill up. One commuter in five waits for the next boat at least once a week
(2026 passenger count, n = 3,400).

## Current solutions

Commuters queue at the pier from six in the morning to be sure of a place.

## Solution

The commuter picks a sailing on the booking page and shows the code at the gangway. A seat costs
the same as the ticket, £4.

## Getting started

Open the booking page, pick a sailing and enter your season ticket number.

## Call to action

Book tomorrow's seat at orkneysailings.example/hop. Commuters stuck with a booking can ask
the pier master at any terminal.

## FAQ

### External FAQ

**Can I book for someone else?**

Yes, with their season ticket number.

**Is Harbour Hop available on the smaller islands?**

Yes, from every terminal that has a morning sailing.
`

// TestShapeAnswerAgrees: a topic answered only in a shape is listed as
// answered, under the paragraph that answers it, and lint stays quiet
// about it; without that sentence, review asks the question and lint
// reports it. The two read one answer.
func TestShapeAnswerAgrees(t *testing.T) {
	const shape = " Commuters stuck with a booking can ask\nthe pier master at any terminal."
	if !strings.Contains(ferry, shape) {
		t.Fatal("the help sentence is not in the document")
	}
	for _, tc := range []struct {
		name     string
		src      string
		answered []string // paragraphs that answer help; nil: asked
	}{
		{"help through a named person", ferry, []string{"PR-8"}},
		{"no help said", strings.Replace(ferry, shape, "", 1), nil},
	} {
		cfg := lint.DefaultConfig()
		e := newWorkspace().Read("ferry.prfaq.md", []byte(tc.src), cfg, workspace.LoadOptions{})
		if e.Broken() {
			t.Fatalf("%s: %v", tc.name, e.Problem())
		}
		paras, err := workshop.Paragraphs(e.Doc, e.Template)
		if err != nil {
			t.Fatal(err)
		}
		rep := review.Customer(e.Doc, e.Template, paras)
		var by []string
		for _, a := range rep.Answered {
			if a.Topic == "help" {
				by = a.By
			}
		}
		if !slices.Equal(by, tc.answered) {
			t.Errorf("%s: help answered by %v, want %v", tc.name, by, tc.answered)
		}
		asked := slices.Contains(rep.Unanswered(), "help")
		if asked != (tc.answered == nil) {
			t.Errorf("%s: review asks about help: %v", tc.name, asked)
		}
		reported := false
		for _, f := range lint.Lint(&e.Document, cfg, time.Date(2027, 5, 4, 0, 0, 0, 0, time.UTC)) {
			if f.Rule == "customer-question-unanswered" && strings.Contains(f.Message, "how to get help") {
				reported = true
			}
		}
		if reported != asked {
			t.Errorf("%s: lint reports help unanswered: %v, review asks it: %v", tc.name, reported, asked)
		}
	}
}
