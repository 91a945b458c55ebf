package review

import (
	"slices"
	"strings"

	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/textstat"
)

// A topic's words ("contact us", "available", "cancel") miss the answers
// documents often give in a shape of their own: help through a named
// person or channel ("tell the pharmacist", "by calling 555-0175"), where
// and when as a launch at a place ("live today at all 38 restaurants"),
// how to start as steps ("Open a story, click Report an error and fill in
// the fields"), leaving where there is nothing to cancel (a one-time
// purchase, "there is no contract"), today's way as a contrast ("Until
// today ... With X"). The read-through counts those shapes as answers so
// that lint's customer-question-unanswered, which reads this report, and
// prfaq review give one answer to one question.

// shapeText is one text the customer reads as a whole field, as lint
// analyses it: a shape such as a monthly price may run across the
// field's paragraphs.
type shapeText struct {
	ref   string // where the answer is listed: a paragraph or an FAQ entry
	prose string
	words []textstat.Word
	sents []textstat.Sentence
}

func analyzed(ref, text string) shapeText {
	a := textstat.Analyze(text)
	return shapeText{ref, a.Prose, a.Words, a.Sentences}
}

// shapeTexts are the release's fields and the external FAQ's questions
// and answers. The headline, the problem and the current solutions tell
// today's way, not the product's answer, and a quote is a person's
// voice, not the product's terms.
func (r *reading) shapeTexts() []shapeText {
	pr := r.doc.PressRelease
	var out []shapeText
	add := func(path, text string) {
		if strings.TrimSpace(text) != "" {
			out = append(out, analyzed(r.refOf(path, text), text))
		}
	}
	add("press_release.subheadline", pr.Subheadline)
	add(fieldSummary, pr.Summary)
	add(fieldSolution, pr.Solution)
	add(fieldGettingStarted, pr.GettingStarted)
	add(fieldCallToAction, pr.CallToAction)
	if r.t != nil {
		for _, s := range r.t.Sections {
			if s.Part == "press_release" {
				add(prfaq.SectionsPrefix+s.ID, r.doc.Sections[s.ID])
			}
		}
	}
	for _, e := range r.doc.FAQ.External {
		for _, text := range []string{e.Question, e.Answer} {
			if strings.TrimSpace(text) != "" {
				out = append(out, analyzed(e.ID, text))
			}
		}
	}
	return out
}

// refOf is the paragraph a field starts in, as covers lists a filled-in
// field; the field's path when no paragraph holds it.
func (r *reading) refOf(path, text string) string {
	if ref := r.fieldRef[path]; ref != "" {
		return ref
	}
	if ref := r.find(text); ref != "" {
		return ref
	}
	if ref := r.findWhere(text, func(string) bool { return true }); ref != "" {
		return ref // a custom section the packet numbers in the FAQ part
	}
	return path
}

// shapeAnswers returns where the document answers a customer topic in a
// shape its words miss.
func (r *reading) shapeAnswers(topic string) []string {
	var shape func(shapeText) bool
	switch topic {
	case "help":
		shape = helpNamed
	case "availability":
		shape = launchedAtPlace
	case "getting-started":
		shape = startSteps
	case "leaving":
		shape = stopSaid
	case "today":
		shape = contrastWithBefore
	default:
		return nil
	}
	if r.texts == nil {
		r.texts = r.shapeTexts()
	}
	by := refsWhere(r.texts, shape)
	if topic == "leaving" && len(by) == 0 && len(refsWhere(r.texts, recurringCharge)) == 0 {
		// A one-time price leaves nothing to cancel; beside a monthly
		// charge, "no exit fees" still leaves stopping unsaid.
		by = refsWhere(r.texts, nothingToCancel)
	}
	return by
}

func refsWhere(texts []shapeText, shape func(shapeText) bool) []string {
	var by []string
	for _, t := range texts {
		if shape(t) && !slices.Contains(by, t.ref) {
			by = append(by, t.ref)
		}
	}
	return by
}

// lowerWord is w in lower case; ToLower returns a word already in lower
// case as it is, so most words cost nothing.
func lowerWord(prose string, w textstat.Word) string {
	return strings.ToLower(w.Text(prose))
}

// contactVerb is a way to reach someone: call, phone, ask, talk to.
func contactVerb(w string) bool {
	switch w {
	case "call", "calling", "phone", "phoning", "ring", "ask", "asking", "talk", "speak", "contact":
		return true
	}
	return false
}

// determiner comes before a noun: "their phone" is no call.
func determiner(w string) bool {
	switch w {
	case "the", "a", "an", "your", "their", "our", "his", "her", "its", "my", "any", "every", "each", "this", "that", "mobile":
		return true
	}
	return false
}

// helpPlace is a place or channel where a person helps: a desk, a line,
// a branch, a tracker.
func helpPlace(w string) bool {
	switch w {
	case "reception", "desk", "line", "helpline", "branch", "counter", "tracker", "office", "team", "rep", "representative", "agent":
		return true
	}
	return false
}

// notAgent are words with an agent noun's ending that name no one, or
// name the customer rather than a helper.
func notAgent(w string) bool {
	switch w {
	case "other", "order", "number", "under", "after", "over", "never", "ever", "either", "neither", "whether",
		"rather", "later", "water", "paper", "computer", "error", "better", "letter", "summer", "winter",
		"member", "customer", "user", "owner", "together", "floor", "door", "colour", "color", "major", "minor",
		"matter", "corner", "power", "timer", "folder", "register", "border", "monitor", "sooner", "faster",
		"further", "calendar", "trailer", "printer", "router", "sensor", "poster", "anchor", "behavior", "behaviour",
		"visitor", "writer", "player", "driver", "resident", "student", "patient", "parent", "client", "tenant", "renter",
		"checklist", "list", "wishlist", "assist", "exist", "persist", "insist", "resist",
		"content", "moment", "event", "payment", "statement", "amount", "account", "current", "percent", "important", "different":
		return true
	}
	return false
}

// helper reports whether w names a person or place that helps: an agent
// noun (pharmacist, consultant, manager, coordinator, solicitor) or a
// helping place.
func helper(w string) bool {
	if helpPlace(w) {
		return true
	}
	w = strings.TrimSuffix(w, "s")
	if len(w) < 5 || notAgent(w) {
		return false
	}
	for _, suffix := range []string{"ist", "or", "er", "ant", "ent", "ian"} {
		if strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return false
}

// phoneDigits reports whether the text from i on starts with a telephone
// number: seven or more digits, with dashes, dots or spaces between.
func phoneDigits(s string, i int) bool {
	digits := 0
	for ; i < len(s); i++ {
		switch b := s[i]; {
		case b >= '0' && b <= '9':
			digits++
		case b == '-' || b == '.' || b == ' ' || b == '(' || b == ')' || b == '+':
		default:
			return digits >= 7
		}
	}
	return digits >= 7
}

// helpNamed: a way to reach a named person or place ("tell the
// pharmacist", "by calling 555-0175", "ask their account manager"), the
// helper coming to the customer ("a coordinator visits each school",
// "the pharmacist will call you"), or a direct number given. A sentence
// about the way before ("instead of calling head office", "no longer
// have to ring the branch") offers no help.
func helpNamed(t shapeText) bool {
	var buf [64]string // a sentence's words in lower case, on the stack
	for _, s := range t.sents {
		ws := s.Words
		lower := buf[:0]
		before := false
		for i, w := range ws {
			lower = append(lower, lowerWord(t.prose, w))
			if i > 0 && (lower[i-1] == "instead" && lower[i] == "of" || lower[i-1] == "no" && lower[i] == "longer" ||
				lower[i-1] == "used" && lower[i] == "to" || lower[i-1] == "until" && (lower[i] == "now" || lower[i] == "today")) {
				before = true
			}
		}
		if before {
			continue
		}
		for i, lw := range lower {
			if lw == "direct" && i+1 < len(lower) && (lower[i+1] == "line" || lower[i+1] == "phone" || lower[i+1] == "number") {
				return true
			}
			if helper(lw) && i+1 < len(lower) && determinedNoun(lower, i) {
				switch lower[i+1] {
				case "visits", "calls", "phones", "rings":
					return true
				case "stays", "is", "are":
					// "the claims line stays open 24 hours a day"
					if helpPlace(lw) && i+2 < len(lower) && lower[i+2] == "open" {
						return true
					}
				case "will":
					if i+2 < len(lower) && contactVerb(lower[i+2]) {
						return true
					}
				}
			}
			if !contactVerb(lw) || i > 0 && determiner(lower[i-1]) || i+1 >= len(ws) {
				continue
			}
			if phoneDigits(t.prose, ws[i+1].Start()) {
				return true
			}
			// call|ask|talk [to|for help at] DETERMINER [noun] [noun] HELPER
			j := i + 1
			for j < len(lower) && j < i+8 && !determiner(lower[j]) {
				j++
			}
			if j >= len(lower) || !determiner(lower[j]) {
				continue
			}
			for k := j + 1; k < len(lower) && k <= j+3; k++ {
				if helper(lower[k]) && !salesAsk(lower[k+1:]) {
					return true
				}
			}
		}
	}
	return false
}

// launchedAtPlace: a sentence that gives a time (today, now, from a
// date) and a place by its count or scope ("at all 38 restaurants",
// "in every workspace", "across 12 stations"), or "live" now.
func launchedAtPlace(t shapeText) bool {
	for _, s := range t.sents {
		when, where := false, false
		prev := ""
		for i, w := range s.Words {
			lw := lowerWord(t.prose, w)
			switch {
			case lw == "today" || lw == "now":
				when = true
			case prev == "from" && i < len(s.Words) && (textstat.StartsNumber(t.prose, w) || monthName(lw)):
				when = true
			case (prev == "at" || prev == "in" || prev == "across") && (lw == "all" || lw == "every" || lw == "each" || (w.Text(t.prose) != "" && t.prose[w.Start()] >= '0' && t.prose[w.Start()] <= '9')):
				where = true
			case prev == "live" && (lw == "today" || lw == "now" || lw == "in" || lw == "at"):
				return true
			case prev == "included" && lw == "in" && i+1 < len(s.Words) && isCapitalized(s.Words[i+1].Text(t.prose)):
				where = true // "included in Field Pro"
			}
			prev = lw
		}
		if when && where {
			return true
		}
	}
	return false
}

func monthName(w string) bool {
	switch w {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december":
		return true
	}
	return false
}

// uiAction is a step a customer takes on a screen or a device.
func uiAction(w string) bool {
	switch w {
	case "open", "click", "tap", "select", "choose", "connect", "import", "fill", "enter", "press", "scan", "upload", "turn", "switch", "drag", "type", "pick":
		return true
	}
	return false
}

// startSteps: one sentence with two or more steps a customer takes
// ("Open a published story, click Report an error and fill in the three
// fields").
func startSteps(t shapeText) bool {
	for _, s := range t.sents {
		n := 0
		for _, w := range s.Words {
			if uiAction(lowerWord(t.prose, w)) {
				n++
			}
		}
		if n >= 2 {
			return true
		}
	}
	return false
}

// stopSaid: the customer is told they may stop at any time: no contract,
// reply STOP, cancel or stop whenever they like.
func stopSaid(t shapeText) bool {
	prev := ""
	for _, w := range t.words {
		lw := lowerWord(t.prose, w)
		switch {
		case prev == "no" && (lw == "contract" || lw == "commitment" || lw == "lock-in"),
			(prev == "reply" || prev == "replying" || prev == "text") && lw == "stop",
			prev == "any" && lw == "time" && strings.Contains(strings.ToLower(t.prose), "stop"):
			return true
		}
		prev = lw
	}
	return false
}

// recurringCharge: a charge that runs until the customer stops it: a
// price by the month or the year ("$9 a month", "a monthly fee",
// "billed monthly"), or a subscription. "Traded for at least a year" is
// no charge: the period has no price beside it.
func recurringCharge(t shapeText) bool {
	ws := t.words
	for i, w := range ws {
		lw := lowerWord(t.prose, w)
		period := lw == "monthly" || lw == "annually" || lw == "yearly"
		if i > 0 && (lw == "month" || lw == "year" || lw == "week") {
			switch lowerWord(t.prose, ws[i-1]) {
			case "a", "per", "each", "every":
				period = true
			}
		}
		if strings.HasPrefix(lw, "subscri") && (i == 0 || lowerWord(t.prose, ws[i-1]) != "no") {
			return true
		}
		if !period {
			continue
		}
		for _, v := range ws[max(0, i-4):min(len(ws), i+3)] {
			if priceWord(t.prose, v) {
				return true
			}
		}
	}
	return false
}

// priceWord is a price or a word of charging: "$9", "£40", "fee",
// "billed".
func priceWord(prose string, w textstat.Word) bool {
	if w.Start() > 0 && strings.ContainsAny(prose[w.Start()-1:w.Start()], "$€£") || strings.ContainsAny(w.Text(prose), "$€£") {
		return true
	}
	switch strings.ToLower(w.Text(prose)) {
	case "fee", "fees", "price", "costs", "cost", "charge", "charged", "billed", "pay", "pays":
		return true
	}
	return false
}

// nothingToCancel: a purchase or a service that leaves nothing to stop:
// a one-time price, pay per use with no fees, no account.
func nothingToCancel(t shapeText) bool {
	prev := ""
	for i, w := range t.words {
		lw := lowerWord(t.prose, w)
		switch {
		case lw == "one-time" || lw == "one-off",
			prev == "one" && (lw == "time" || lw == "off") && i+1 < len(t.words) && lowerWord(t.prose, t.words[i+1]) != "a",
			prev == "per" && (lw == "use" || lw == "job" || lw == "advance" || lw == "trip" || lw == "ride"):
			return true
		case lw == "no":
			// Nothing to close or to pay on leaving: "no account", "no
			// application, account or early-settlement fees"; a plain
			// "no fee" says the price, not how to stop.
			for _, v := range t.words[i+1 : min(i+6, len(t.words))] {
				switch lv := lowerWord(t.prose, v); {
				case lv == "account", strings.HasPrefix(lv, "early"), strings.HasPrefix(lv, "exit"),
					strings.HasPrefix(lv, "cancel"), strings.HasPrefix(lv, "termination"):
					return true
				}
			}
		}
		prev = lw
	}
	return false
}

// contrastWithBefore: the release sets the launch against the way
// before ("Until today a claim took 17 days ... With ClaimSnap ...").
func contrastWithBefore(t shapeText) bool {
	prev := ""
	for _, w := range t.words {
		lw := lowerWord(t.prose, w)
		if prev == "until" && (lw == "now" || lw == "today" || lw == "recently") {
			return true
		}
		prev = lw
	}
	return false
}

func isCapitalized(w string) bool {
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

// salesAsk reports whether the words after a helper ask for a sale, not
// help: "ask their account manager for a demo".
func salesAsk(rest []string) bool {
	if len(rest) < 2 || rest[0] != "for" {
		return false
	}
	for _, w := range rest[1:min(4, len(rest))] {
		switch w {
		case "demo", "trial", "quote", "demonstration":
			return true
		}
	}
	return false
}

// determinedNoun reports whether a determiner stands up to three words
// before lower[i]: "a volunteer organiser", "the claims line".
func determinedNoun(lower []string, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if determiner(lower[j]) {
			return true
		}
	}
	return false
}
