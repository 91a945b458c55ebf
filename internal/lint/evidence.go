package lint

import (
	"strings"

	"github.com/prfaq/prfaq/internal/textstat"
)

// checkProblemEvidence: the problem paragraph gives some evidence that the
// problem exists: a number, a source, or something someone saw or was
// told. unsourced-number asks more of each number; this asks for one.
func checkProblemEvidence(c *checker) {
	if _, on := c.severity("problem-no-evidence"); !on {
		return
	}
	f := c.field("press_release.problem")
	if f == nil || len(f.sentences) == 0 || hasEvidence(f) {
		return
	}
	c.add("problem-no-evidence", f, firstWords(f.sentences[0], 6), "the problem paragraph gives no evidence: no number, no source, nothing customers were seen doing or said")
}

// hasEvidence reports whether a problem paragraph holds a number, a
// source (a parenthesis with words, a footnote, a link), or a word of
// observation: a survey, interviews, tickets, what customers told us.
func hasEvidence(f *field) bool {
	if len(textstat.Numbers(f.prose, f.words)) > 0 {
		return true
	}
	for _, s := range f.sentences {
		if sourced(f.text[s.Start:s.End]) {
			return true
		}
	}
	if strings.Contains(f.text, "](") || strings.Contains(f.text, "://") {
		return true // a link: the source is one click away
	}
	for _, w := range f.words {
		if isObservationWord(strings.ToLower(w.Text(f.prose))) {
			return true
		}
	}
	return false
}

// isObservationWord is a word that says how the writer knows (a study, a
// record, people seen or heard) or how big the problem is.
func isObservationWord(w string) bool {
	switch strings.ReplaceAll(w, "’", "'") {
	case "survey", "surveys", "surveyed", "interview", "interviews", "interviewed", "study", "studies", "studied",
		"research", "researched", "researchers", "data", "dataset", "telemetry", "analytics", "logs", "logged",
		"tickets", "ticket", "complaints", "complaint", "complained", "complain", "feedback", "reviews",
		"report", "reports", "reported", "said", "say", "says", "told", "tell", "tells", "observed", "observe",
		"observation", "observations", "watched", "saw", "seen", "measured", "measure", "measurement",
		"found", "audit", "audited", "benchmark", "poll", "polled", "statistics", "census", "diary", "diaries",
		"recorded", "records", "usability", "trial", "pilot", "quoted", "asked", "responses", "respondents",
		"calls", "emails", "churn", "cancellations", "returns", "refunds",
		// Sizes the number reader leaves to the words around them.
		"millions", "billions", "thousands", "hundreds", "dozens", "half":
		return true
	}
	return false
}
