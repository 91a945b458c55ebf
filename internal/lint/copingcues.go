package lint

import (
	"slices"
	"strings"

	"github.com/prfaq/prfaq/internal/textstat"
)

// Most press releases fold today's way into the problem paragraph (or the
// summary) instead of a paragraph of its own: "Today they phone the
// claims line", "collects choices by email or spreadsheet", "Renters
// have two choices today". The cues below are the grammar of such a
// sentence, not any document's words: an adverb of the present state of
// things, an obligation, a choice among options, a workaround done by
// hand or through a channel people reach without the product.

// lowerWord is w in lower case; ToLower returns a word already in lower
// case as it is, so most words cost nothing.
func lowerWord(prose string, w textstat.Word) string {
	return strings.ToLower(w.Text(prose))
}

// statusQuoPair is a two-word cue that says how things are done now, or
// were until the launch: "until now", "used to", "had to", "by hand".
func statusQuoPair(a, b string) bool {
	switch a {
	case "until":
		return b == "now" || b == "today" || b == "recently"
	case "at":
		return b == "present"
	case "right":
		return b == "now"
	case "used", "have", "has", "had":
		return b == "to"
	case "by":
		switch b {
		case "hand", "phone", "telephone", "email", "e-mail", "post", "mail", "fax", "letter":
			return true
		}
	case "in":
		return b == "person"
	case "on":
		return b == "paper" || b == "hold"
	case "rely", "relies", "relied", "relying":
		return b == "on"
	case "instead":
		return b == "of"
	case "no":
		return b == "way" || b == "longer"
	case "already":
		return b == "exist" || b == "exists" || b == "use" || b == "uses"
	}
	return false
}

// statusQuoWord is a one-word cue of today's way in a problem paragraph:
// an adverb of now, an obligation, a choice, an attempt, or a channel or
// medium people use without the product (a phone call, an email, a form
// on paper, a spreadsheet, a queue at a desk).
func statusQuoWord(w string) bool {
	switch w {
	case "today", "currently", "still", "must", "existing",
		"options", "choices", "alternatives", "workaround", "workarounds",
		"tried", "try", "tries", "manually",
		"email", "emails", "emailed", "emailing", "e-mail",
		"phone", "phones", "phoned", "phoning", "telephone",
		"call", "calls", "called", "calling", "callers", "ring", "rang", "fax",
		"letter", "letters", "form", "forms", "paper", "printed", "printout", "printouts",
		"spreadsheet", "spreadsheets", "chat", "chats", "portal", "portals",
		"queue", "queues", "desk":
		return true
	}
	return false
}

// copesToday reports whether a paragraph says how customers cope today.
// A problem paragraph may say it in any of the cues; in the summary,
// which describes the launch, only the cues that set it against the way
// before count ("until now", "instead of", "used to").
func copesToday(prose string, words []textstat.Word, problem bool) bool {
	prev := ""
	for i, w := range words {
		lw := lowerWord(prose, w)
		if prev != "" && statusQuoPair(prev, lw) {
			return true
		}
		if problem {
			switch lw {
			case "means":
				// "Asking means calling Care": the way it is done.
				if prev != "by" && prev != "no" {
					return true
				}
			case "only":
				// "only accept novels through agents", not "only 9%".
				if i+1 < len(words) && !textstat.StartsNumber(prose, words[i+1]) {
					return true
				}
			case "themselves", "yourself", "himself", "herself":
				// Doing it oneself ("book a hotel themselves"), not
				// having something to oneself.
				if prev != "to" && prev != "for" {
					return true
				}
			case "today":
				if prev != "from" {
					return true
				}
			default:
				if statusQuoWord(lw) {
					return true
				}
			}
		}
		prev = lw
	}
	return false
}

// troubleWord names something going wrong for the customer: the verb or
// noun of a problem stated in passing.
func troubleWord(w string) bool {
	switch w {
	case "struggle", "struggles", "struggled", "struggling", "bug", "bugs",
		"fail", "fails", "failed", "failing", "cannot", "can't", "unable",
		"lose", "loses", "lost", "miss", "missed", "waste", "wasted",
		"late", "stuck", "rejected":
		return true
	}
	return false
}

// statesProblem reports whether a paragraph that is not the problem
// paragraph states the customer's problem in passing, as summaries and
// open-source posts often do: a sentence that sets the launch against
// the way before ("Until now, patients had to order repeats
// themselves"), or one naming a trouble with a figure in it or in the
// next sentence ("44% had shipped a bug of this kind").
func statesProblem(prose string, sents []textstat.Sentence) bool {
	for i, s := range sents {
		prev := ""
		trouble := false
		for _, w := range s.Words {
			lw := lowerWord(prose, w)
			switch {
			case prev == "until" && (lw == "now" || lw == "today" || lw == "recently"),
				prev == "used" && lw == "to",
				prev == "had" && lw == "to":
				return true
			case prev == "could" && lw == "not", troubleWord(lw):
				trouble = true
			}
			prev = lw
		}
		if !trouble {
			continue
		}
		if hasDigit(prose[s.Start:s.End]) || i+1 < len(sents) && hasDigit(prose[sents[i+1].Start:sents[i+1].End]) {
			return true
		}
	}
	return false
}

func hasDigit(s string) bool {
	return strings.ContainsAny(s, "0123456789")
}

// customerNouns are the names the document itself gives its customer:
// the headline's plural subject before can, get, no or never, and the
// plural noun that follows "for" or "to" in the subheadline, the
// summary or the answer to who the customer is ("an app for visitors of
// all ages", "reopened its doors to writers"). A release written for
// "visitors" or "writers" talks about its customer by that name, not as
// "customers" or "users". Units of time and the general words already
// counted are left out.
func (c *checker) customerNouns() []string {
	var nouns []string
	// The headline's subject, when it is who gains: "Building managers can
	// now see …", "Families get …".
	if f := c.field("press_release.headline"); f != nil {
		for i := 0; i+1 < len(f.words); i++ {
			// A headline capitalises its first word: "Diners can now pay".
			w, next := strings.ToLower(f.words[i].Text(f.prose)), strings.ToLower(f.words[i+1].Text(f.prose))
			if (next == "can" || next == "get" || next == "no" || next == "never") && pluralPersonNoun(w) &&
				!slices.Contains(nouns, w) && !slices.Contains(customerWords(), w) {
				nouns = append(nouns, w)
			}
		}
	}
	for _, path := range []string{"press_release.subheadline", "press_release.summary", "customer.who"} {
		f := c.field(path)
		if f == nil {
			continue
		}
		for i := 1; i < len(f.words); i++ {
			// The noun is in lower case already, so neither word is
			// copied to compare it.
			w, prev := f.words[i].Text(f.prose), f.words[i-1].Text(f.prose)
			if (strings.EqualFold(prev, "for") || strings.EqualFold(prev, "to")) && pluralPersonNoun(w) &&
				!slices.Contains(nouns, w) && !slices.Contains(customerWords(), w) {
				nouns = append(nouns, w)
			}
		}
	}
	return nouns
}

// pluralPersonNoun reports whether w can be a plural noun naming people:
// a lower-case word ending in a plural s, not a unit of time or a word
// of quantity.
func pluralPersonNoun(w string) bool {
	if len(w) < 4 || w[len(w)-1] != 's' || w[len(w)-2] == 's' || w[len(w)-2] == '\'' {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	switch w {
	case "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "times",
		"details", "sales", "less", "this", "thus", "its", "yes", "always", "towards", "upwards", "afterwards":
		return false
	}
	return true
}

// ownCustomerWord reports whether w is one of the document's own nouns
// for its customer, singular or plural, in any case.
func ownCustomerWord(prose string, w textstat.Word, own []string) bool {
	t := w.Text(prose)
	for _, n := range own {
		if strings.EqualFold(t, n) || len(t) == len(n)-1 && strings.EqualFold(t, n[:len(n)-1]) {
			return true
		}
	}
	return false
}
