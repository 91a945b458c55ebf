package review

import (
	"slices"

	"github.com/prfaq/prfaq/internal/prfaq"
)

// Topic is one thing a reader asks about, with the words that answer it.
type Topic struct {
	ID       string
	Question string
	// Words answer the topic wherever they appear in the release or an
	// FAQ entry (its question or its answer).
	Words []string
	// Forms make an FAQ question one about the topic; the entry then
	// answers it.
	Forms []string
	// Categories (bar raiser) are internal FAQ categories that cover it.
	Categories []string
	// Fields cover the topic when the document fills one of them in.
	Fields []string
	// Anchors are the release fields, in order of preference, whose
	// paragraph the question comes from.
	Anchors []string
	// InProblem lets the problem paragraph answer the topic. Other topics
	// ignore it: it tells the customer's pain, not the product's terms.
	InProblem bool
	// ProblemWords answer the topic in the problem paragraph only, where
	// "today", "every night" or "have to" tell today's way (the summary's
	// "launched today" does not).
	ProblemWords []string
	// AskedIf, when set, limits the question to documents whose release
	// or external FAQ mentions one of these words: nobody asks how to cancel a community
	// fridge, everybody asks it of a subscription.
	AskedIf []string
}

// Field names a topic's Fields and Anchors use.
const (
	fieldSummary        = "press_release.summary"
	fieldProblem        = "press_release.problem"
	fieldCurrent        = "press_release.current_solutions"
	fieldSolution       = "press_release.solution"
	fieldGettingStarted = "press_release.getting_started"
	fieldCallToAction   = "press_release.call_to_action"
)

// CustomerTopics are the built-in topics of the customer read-through,
// from the method's external FAQ (price, where to get it, how it works,
// how to get help, how to cancel) and the customer's first questions.
func CustomerTopics() []Topic {
	return []Topic{
		{
			ID:       "cost",
			Question: "What does it cost me, and is there a free way to try it?",
			Words: []string{"price*", "pricing", "cost", "costs", "fee", "fees", "free", "charge", "charges", "charged", "subscription*",
				"per month", "a month", "per user", "per seat", "pay", "pays", "paid", "no money", "trial", "at no", "$", "€", "£", "budget covers",
				"licence*", "license*", "open source", "open-source"},
			Forms:   []string{"how much", "cost*", "price*", "pricing", "free", "pay", "charge*", "fee*", "trial"},
			Anchors: []string{fieldSummary, fieldCallToAction},
		},
		{
			ID:       "availability",
			Question: "Where and when can I get it, and what do I need to have?",
			Words: []string{"available", "availability", "download*", "app store", "google play", "sign up", "signup", "works with",
				"compatible", "requires", "required", "requirement*", "you need", "you'll need", "all you need", "rolling out", "rolls out",
				"opens to", "open to", "on sale", "in stores", "ships", "beta", "waitlist", "countries", "pre-order*", "preorder*",
				"in the app", "from today", "starting today"},
			Forms: []string{"when can", "when will", "where can", "where do i", "available", "availability", "what do i need",
				"do i need", "need the", "need an", "need a", "need to have", "requirement*", "which devices", "which platforms", "work with", "works on",
				"compatible", "supported", "who can use"},
			Anchors: []string{fieldSummary, fieldCallToAction},
		},
		{
			ID:       "getting-started",
			Question: "What do I have to do to start, and what changes in my day?",
			Words: []string{"get started", "getting started", "to start", "set up", "setup", "sign up", "install*", "enrol*", "enroll*",
				"turn on", "switch on", "first step", "step 1", "step one"},
			Forms: []string{"how do i start", "how do i get started", "how do i set", "how do i sign", "how do i install", "how does it work",
				"what do i have to do", "what do i need to do", "what do we have to do", "how do i use", "migrate", "get started", "set up", "setup"},
			Fields:  []string{fieldGettingStarted},
			Anchors: []string{fieldGettingStarted, fieldSolution, fieldSummary},
		},
		{
			ID:       "today",
			Question: "How is this better than what I do today?",
			Words: []string{"currently", "instead of", "no longer", "used to", "compared with", "compared to", "unlike", "rather than",
				"by hand", "manually", "spreadsheet*", "workaround*", "better than", "faster than", "cheaper than", "switch from", "replaces"},
			ProblemWords: []string{"have to", "has to", "had to", "spend", "spends", "spent", "today", "now", "every", "each", "usually",
				"often", "still", "wait", "waits", "waiting", "pay", "pays", "paying", "carry", "carries"},
			Forms:     []string{"different", "better than", "why not", "compare*", "instead of", "versus", "vs", "why should i switch", "why would i switch"},
			Fields:    []string{fieldCurrent},
			Anchors:   []string{fieldProblem, fieldSolution, fieldSummary},
			InProblem: true,
		},
		{
			ID:       "leaving",
			Question: "What happens to my data, my account and my money if I stop?",
			Words: []string{"cancel*", "stop using", "opt out", "opt-out", "unsubscribe*", "export*", "refund*", "delete your", "deletes your",
				"your data stays", "keep your data", "take your data", "uninstall*", "turn it off", "switch it off", "retention", "pause*", "roll back", "switch back", "un-enrol*", "un-enroll*",
				"kept for", "stored for", "deleted after"},
			Forms: []string{"cancel*", "stop", "leave", "my data", "our data", "your data", "what happens to", "opt out", "refund*", "delete*",
				"uninstall*", "switch back", "go back", "roll back", "turn it off", "turn off", "pause*", "export*", "un-enrol*", "un-enroll*", "unsubscribe*"},
			Anchors: []string{fieldGettingStarted, fieldCallToAction, fieldSummary},
			AskedIf: []string{"subscription", "subscriptions", "subscribe", "subscribes", "your account", "an account", "my account", "monthly",
				"per month", "membership*", "your data", "my data", "upload*", "enrol*", "enroll*"},
		},
		{
			ID:       "help",
			Question: "How do I get help when something goes wrong?",
			Words: []string{"support team", "customer support", "customer service", "help desk", "helpdesk", "help center", "help centre",
				"help channel", "contact us", "contact", "on-call", "on call", "email us", "call us", "chat with", "live chat", "office hours",
				"hotline", "ask questions", "questions go", "forum", "support@*", "support page", "support site", "24/7", "phone support", "pairs with"},
			Forms:   []string{"help", "support*", "contact", "stuck", "who can i ask", "goes wrong", "on call", "on-call", "problem with"},
			Anchors: []string{fieldGettingStarted, fieldCallToAction, fieldSummary},
		},
	}
}

// BarRaiserTopics are the internal FAQ's four areas and the feasibility
// questions of the method (Bryar and Carr, Working Backwards, ch. 5).
func BarRaiserTopics() []Topic {
	return []Topic{
		{
			ID:         "customer-and-market",
			Question:   "Who exactly is the customer, and how many of them are there?",
			Categories: []string{"customer-and-market", "customer", "customers", "market"},
			Forms: []string{"who is the customer", "who are the customers", "who is this for", "market", "how many customers", "how many users",
				"how many people", "how many teams", "addressable", "tam", "segment*", "target customer*", "who will use", "competitor*",
				"compete*", "competition", "build for", "who pays"},
			Words: []string{"addressable market", "market size", "total addressable"},
		},
		{
			ID:         "problems-and-assumptions",
			Question:   "Which problems does it solve, and which assumptions must hold for it to work?",
			Categories: []string{"problems", "problem", "assumptions", "solutions", "problems-and-assumptions", "hypotheses"},
			Forms: []string{"assum*", "hypothes*", "what problem", "why now", "what must be true", "has to be true", "wrong", "validate*",
				"how do we know", "how do you know", "how will we know", "evidence", "what if customers", "will customers", "do customers",
				"risk*", "open issue*", "open question*", "fraud", "abuse", "misuse"},
			Words: []string{"we assume", "assumption*", "hypothes*", "we are betting", "bet is"},
		},
		{
			ID:         "economics",
			Question:   "What does it cost us, what does it earn, and what is the P&L?",
			Categories: []string{"economics", "business", "finance", "financials", "pricing"},
			Forms: []string{"cost*", "price*", "pricing", "revenue", "p&l", "margin*", "profit*", "economics", "business model", "how much",
				"budget", "pay for", "make money", "break even", "funded", "funding"},
			Words: []string{"revenue", "margin*", "p&l", "gross profit", "unit economics", "break even", "payback"},
		},
		{
			ID:         "dependencies",
			Question:   "Which other teams, systems or partners does it depend on?",
			Categories: []string{"dependencies", "dependency"},
			Forms:      []string{"depend*", "rely", "relies", "other teams", "partner*", "third part*", "vendor*", "who else", "integrat*", "need from"},
			Words:      []string{"depends on", "dependency", "dependencies", "relies on", "rely on"},
		},
		{
			ID:         "hard-engineering",
			Question:   "What is the hardest engineering problem, and how will it be solved?",
			Categories: []string{"feasibility", "technical", "engineering"},
			Forms: []string{"hard*", "technical*", "engineering", "feasib*", "scale", "scaling", "can we build", "architecture", "performance",
				"how does it work", "technology", "what happens if", "what if", "goes down", "is down", "fail*", "outage*", "secur*", "leak*",
				"reliab*", "accura*", "why use", "instead of", "what happens when"},
			Words: []string{"hardest part", "technical risk", "engineering risk", "hard problem", "prototype*"},
		},
		{
			ID:       "hard-ui",
			Question: "What will customers find hardest to understand or use, and how do we know?",
			Forms: []string{"ui", "ux", "user interface", "usability", "design", "confus*", "learn*", "hard for customers", "hardest for",
				"onboarding", "adoption", "adopt", "understand", "user experience", "customer experience", "instead of"},
			Words: []string{"usability", "user interface", "user testing", "usability test*", "prototype*", "adoption"},
		},
		{
			ID:       "third-parties",
			Question: "Which third parties must it rely on, and what if they let us down?",
			Forms: []string{"third part*", "vendor*", "partner*", "supplier*", "licen*", "outside", "external", "regulat*", "law", "legal",
				"apple", "google", "microsoft", "amazon", "buy", "hosted", "dealer*", "reseller*", "sell through", "liab*"},
			Words: []string{"third party", "third-party", "third parties", "vendor*", "supplier*", "partner*", "regulator*", "licen*"},
		},
		{
			ID:         "up-front-investment",
			Question:   "What must we invest before we know it works, and what do we lose if it fails?",
			Categories: []string{"investment", "resources", "staffing"},
			Forms: []string{"invest*", "up-front", "upfront", "headcount", "how many engineers", "how long", "timeline", "what will it take",
				"resources", "cost to build", "team size", "staff*", "people"},
			Words: []string{"investment", "up-front", "upfront", "headcount", "engineer-months", "engineer months", "person-months",
				"engineers for", "engineers over", "people for"},
		},
	}
}

// tuned lays a template's tuning over built-in topics: a known id adds
// words, forms and categories (and replaces the question when one is
// given), off drops it, a new id adds a topic.
func tuned(builtIn []Topic, tuning []prfaq.ReviewTopic) []Topic {
	out := slices.Clone(builtIn)
	for _, rt := range tuning {
		at := slices.IndexFunc(out, func(t Topic) bool { return t.ID == rt.ID })
		if rt.Off {
			if at >= 0 {
				out = slices.Delete(out, at, at+1)
			}
			continue
		}
		if at < 0 {
			if rt.Question == "" {
				continue
			}
			out = append(out, Topic{ID: rt.ID, Anchors: []string{fieldSummary, fieldCallToAction}})
			at = len(out) - 1
		}
		t := &out[at]
		if rt.Question != "" {
			t.Question = rt.Question
		}
		t.Words = append(slices.Clone(t.Words), rt.Words...)
		t.Forms = append(slices.Clone(t.Forms), rt.Forms...)
		t.Categories = append(slices.Clone(t.Categories), rt.Categories...)
	}
	return out
}
