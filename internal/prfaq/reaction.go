package prfaq

import (
	"fmt"
	"strings"
)

// Reaction is what a customer felt on reading one version of a PR/FAQ.
// The method revises the document until customers are excited; the five
// grades are the ones an interviewer can tell apart in a conversation.
type Reaction string

const (
	ReactionExcited     Reaction = "excited"
	ReactionInterested  Reaction = "interested"
	ReactionIndifferent Reaction = "indifferent"
	ReactionConfused    Reaction = "confused"
	ReactionOpposed     Reaction = "opposed"
)

// Reactions lists every reaction, warmest first, as tallies show them.
func Reactions() []Reaction {
	return []Reaction{ReactionExcited, ReactionInterested, ReactionIndifferent, ReactionConfused, ReactionOpposed}
}

// Known reports whether r is one of Reactions.
func (r Reaction) Known() bool {
	for _, k := range Reactions() {
		if r == k {
			return true
		}
	}
	return false
}

// Feedback is one record of a document's feedback log: a customer's
// reaction to one version, or the retraction of an earlier record.
// Records are never rewritten: a correction is a retraction followed by
// a new reaction.
type Feedback struct {
	// ID is the record's line in the log, 1 for the first: stable,
	// since records are only ever appended.
	ID       int      `json:"-"`
	Kind     string   `json:"kind"` // "reaction" or "retraction"
	Version  string   `json:"version,omitempty"`
	From     string   `json:"from,omitempty"`
	Reaction Reaction `json:"reaction,omitempty"`
	Quote    string   `json:"quote,omitempty"`
	Note     string   `json:"note,omitempty"`
	Date     string   `json:"date"`
	// Retracts is the ID of the record a retraction takes back.
	Retracts int    `json:"retracts,omitempty"`
	Reason   string `json:"reason,omitempty"`
}

// Feedback record kinds.
const (
	FeedbackReaction   = "reaction"
	FeedbackRetraction = "retraction"
)

// Tally counts the reactions to one version that were not retracted.
type Tally map[Reaction]int

// Total is the number of reactions counted.
func (t Tally) Total() int {
	n := 0
	for _, c := range t {
		n += c
	}
	return n
}

// String is the tally as one line, warmest first, leaving out reactions
// nobody had: "3 excited, 1 confused"; "no reactions" when empty.
func (t Tally) String() string {
	var parts []string
	for _, r := range Reactions() {
		if t[r] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", t[r], r))
		}
	}
	if len(parts) == 0 {
		return "no reactions"
	}
	return strings.Join(parts, ", ")
}

// Live is the reactions not retracted, in the order they were recorded.
func Live(records []Feedback) []Feedback {
	retracted := map[int]bool{}
	for _, f := range records {
		if f.Kind == FeedbackRetraction {
			retracted[f.Retracts] = true
		}
	}
	var live []Feedback
	for _, f := range records {
		if f.Kind == FeedbackReaction && !retracted[f.ID] {
			live = append(live, f)
		}
	}
	return live
}

// Tallies counts the live reactions of each version.
func Tallies(records []Feedback) map[string]Tally {
	tallies := map[string]Tally{}
	for _, f := range Live(records) {
		if tallies[f.Version] == nil {
			tallies[f.Version] = Tally{}
		}
		tallies[f.Version][f.Reaction]++
	}
	return tallies
}
