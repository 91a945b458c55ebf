package lint

import (
	"strings"

	"github.com/prfaq/prfaq/internal/textstat"
)

// checkProblemImpact: the problem, or the why ladder's last rung, says what
// the problem costs the customer (time, money, effort, risk or an outcome
// they miss) with a number or something customers were seen doing. A
// problem in the team's own terms ("sync fails") is where the method asks
// "why does that matter?" until the customer's terms are reached.
func checkProblemImpact(c *checker) {
	if _, on := c.severity("problem-impact"); !on {
		return
	}
	var read []*field
	for _, path := range []string{"press_release.problem", "customer.problem"} {
		if f := c.field(path); f != nil && len(f.sentences) > 0 {
			read = append(read, f)
		}
	}
	var lastRung *field
	for f := range c.fieldsIn("customer") {
		if strings.HasPrefix(f.path, "customer.whys[") && len(f.sentences) > 0 {
			lastRung = f
		}
	}
	if lastRung != nil {
		read = append(read, lastRung)
	}
	if len(read) == 0 {
		return // no problem at all is required-section's
	}
	for _, f := range read {
		if statesImpact(f) {
			return
		}
	}
	at := read[0]
	msg := "the problem states no consequence for the customer: no time, money, effort, risk or missed outcome with a number or something customers were seen doing"
	if lastRung != nil {
		at = lastRung
		msg = "the why ladder ends before the customer impact: its last rung, like the problem, states no time, money, effort, risk or missed outcome with a number or something customers were seen doing"
	}
	c.add("problem-impact", at, firstWords(at.sentences[0], 6), msg)
}

// statesImpact reports whether one sentence of f names a consequence for
// the customer and backs it with a number, an observation or a behaviour.
func statesImpact(f *field) bool {
	numbers := textstat.Numbers(f.prose, f.words)
	for _, s := range f.sentences {
		consequence, backed := false, false
		for _, n := range numbers {
			if n.Start >= s.Start && n.End <= s.End {
				backed = true
			}
		}
		text := f.prose[s.Start:s.End]
		// A currency sign is money and its amount at once; a percentage
		// is only a number: "sign-ups fell 12%" says nothing of the
		// customer.
		if strings.ContainsAny(text, "$€£¥") {
			consequence, backed = true, true
		}
		lower := strings.ToLower(text)
		for _, p := range behaviourPhrases {
			if strings.Contains(lower, p) {
				consequence, backed = true, true
			}
		}
		for i, word := range s.Words {
			w := strings.ToLower(word.Text(f.prose))
			// "5 engineer-months", "a 40-minute queue": the last part
			// of a compound says what it measures.
			if j := strings.LastIndexByte(w, '-'); j >= 0 && isConsequenceWord(w[j+1:]) {
				consequence = true
			}
			if isConsequenceWord(w) {
				consequence = true
			}
			if isObservationWord(w) || isBehaviourWord(w) {
				backed = true
			}
			// "every evening", "each week": a habit customers were seen
			// keeping is an observation, as a count is.
			if (w == "every" || w == "each") && i+1 < len(s.Words) && isRecurrence(strings.ToLower(s.Words[i+1].Text(f.prose))) {
				backed = true
			}
		}
		if consequence && backed {
			return true
		}
	}
	return false
}

// behaviourPhrases are what customers are seen doing about a problem; each
// is a consequence and the observation of it at once.
var behaviourPhrases = []string{
	"by hand", "too long", "took too long", "takes too long", "give up", "gives up", "gave up", "giving up", "drop out", "dropped out", "drops out",
	"walk away", "walked away", "walk out", "walked out", "turned away", "turn away",
	"work around", "works around", "worked around",
}

// isBehaviourWord is something a customer does because of the problem, as
// seen or recorded.
func isBehaviourWord(w string) bool {
	switch w {
	case "re-enter", "re-enters", "re-entered", "reenter", "retype", "retypes", "retyped", "re-type", "re-types",
		"re-count", "re-counts", "recount", "recounts", "re-check", "rechecks", "recheck", "re-do", "redo", "redoes",
		"chase", "chases", "chased", "chasing", "abandon", "abandons", "abandoned", "cancel", "cancels",
		"cancelled", "canceled", "churn", "churned", "quit", "quits", "switched", "manually",
		"queue", "queues", "queued", "queuing", "queueing":
		return true
	}
	return false
}

// isConsequenceWord names what a problem costs the customer: time, money,
// effort, risk, or an outcome they miss.
func isConsequenceWord(w string) bool {
	switch strings.ReplaceAll(w, "’", "'") {
	// Time.
	case "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
		"years", "time", "wait", "waits", "waited", "waiting", "delay", "delays", "delayed", "late", "slow", "slower",
		"overnight", "weekend", "weekends", "evenings", "deadline", "deadlines",
		// Money.
		"cost", "costs", "costly", "pay", "pays", "paid", "paying", "spend", "spends", "spent", "money", "fee", "fees",
		"price", "prices", "dollars", "euros", "pounds", "revenue", "charge", "charges", "charged", "expensive",
		"overpay", "overpaid", "refund", "refunds", "wasted", "waste", "budget", "savings", "income", "wages", "salary",
		// Effort.
		"manual", "manually", "effort", "steps", "clicks", "workaround", "workarounds", "spreadsheet", "spreadsheets",
		"re-enter", "retype", "re-type", "recount", "re-count", "chase", "chasing", "repeat", "repeats", "twice",
		// Risk.
		"risk", "risks", "error", "errors", "mistake", "mistakes", "fail", "fails", "failed", "failure", "failures",
		"outage", "outages", "incident", "incidents", "breach", "breaches", "injury", "injuries", "fraud", "penalty",
		"penalties", "fined", "fines", "accident", "accidents", "crash", "crashes", "downtime", "lawsuit", "unsafe", "harm",
		// Missed outcomes.
		"miss", "misses", "missed", "missing", "abandon", "abandons", "abandoned", "cancel", "cancels", "cancelled",
		"canceled", "churn", "churned", "quit", "quits", "lose", "loses", "lost", "losing", "never", "unable",
		"dropped", "gone", "outside",
		"forgo", "forgot", "forget", "forgets", "rejected", "denied", "stuck", "behind", "fewer", "less",
		"leave", "leaves", "left", "without":
		return true
	}
	return false
}

// isRecurrence is a time that can recur: "every evening", "each week".
func isRecurrence(w string) bool {
	switch w {
	case "morning", "evening", "night", "day", "week", "month", "quarter", "year", "shift", "weekend",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "time", "visit", "order":
		return true
	}
	return false
}
