package mddoc

import (
	"regexp"
	"slices"
	"strings"
)

// maxNameWords is the most words a heading or label may have and still
// name a section: "The problem", "Why current options fall short". A
// longer heading is a headline, a question or the author's own words,
// and keeps them: "Product Passport gives store associates the full
// history of any item" names no section, whatever word it starts with.
const maxNameWords = 6

// Field paths of the press release's sections, as the reader fills them.
const (
	pathHeadline    = "press_release.headline"
	pathSubheadline = "press_release.subheadline"
	pathSummary     = "press_release.summary"
	pathProblem     = "press_release.problem"
	pathCurrent     = "press_release.current_solutions"
	pathSolution    = "press_release.solution"
	pathLeader      = "press_release.leader_quote.text"
	pathGetStarted  = "press_release.getting_started"
	pathCustomer    = "press_release.customer_quote.text"
	pathAction      = "press_release.call_to_action"
)

// keywordClass is a set of sections a heading names by the reader's own
// words, besides the template's: teams head sections in their own
// words. A class of several sections leaves the choice to the text under
// the heading ("Try it" holds either how to start or where to buy).
type keywordClass struct {
	set     []string
	phrases []string
}

// keywordClasses are tried in order: the first class with a phrase in
// the heading wins, so "Why current solutions fail" is current
// solutions, not the solution.
var keywordClasses = normalizedClasses([]keywordClass{
	{[]string{pathCurrent}, []string{"current solution", "current solutions", "current option", "current options", "current approach", "current approaches", "current tools", "existing solutions", "existing options", "existing tools", "existing products", "alternatives", "alternative", "status quo", "workaround", "workarounds", "competition", "competitors", "competitive landscape", "today options", "options today", "prior art", "do today", "done today", "how it's done today", "how it is done today"}},
	{[]string{pathLeader}, []string{"leader quote", "leadership quote", "executive quote", "internal quote", "company quote", "spokesperson quote", "quote from you", "quote from leader", "quote from a leader", "quote from the company", "leader's quote"}},
	{[]string{pathCustomer}, []string{"customer quote", "customer testimonial", "user quote", "quote from a customer", "quote from customer", "customer's quote"}},
	{[]string{pathLeader, pathCustomer}, []string{"quotes", "quote", "quotations", "testimony", "testimonials", "testimonial", "what people say", "what people are saying", "what customers say", "what customers are saying", "what users say", "what users are saying", "in their words", "in their own words", "voices", "customer voices", "reactions"}},
	{[]string{pathProblem}, []string{"problem", "problems", "challenge", "challenges", "pain point", "pain points", "the pain", "why it matters", "why this matters", "opportunity", "the need", "why it's hard", "why it is hard", "what's hard", "what is hard", "what's broken", "what is broken", "what goes wrong", "what's wrong", "what is wrong"}},
	{[]string{pathSolution}, []string{"solution", "how it works", "what it does", "what we built", "introducing", "features", "the answer", "our answer", "what we're doing about it", "what we are doing about it", "our approach", "the approach", "how we help", "what's new", "what is new", "what changes"}},
	{[]string{pathGetStarted}, []string{"getting started", "get started", "how to get started", "how to get it", "how to use it", "how to use", "how to start", "how to join", "how to sign up", "setup", "set up", "sign up", "onboarding", "how to buy", "how to switch"}},
	{[]string{pathGetStarted, pathAction}, []string{"availability", "pricing and availability", "try it", "try it out", "get it", "get one", "where to get it", "how to get one", "buy", "buy one", "order", "order now", "pricing"}},
	{[]string{pathAction}, []string{"call to action", "next steps", "next step", "learn more", "find out more", "more information", "further information", "more info", "where to find it", "where to find out more", "take action", "join us", "contact us"}},
	{[]string{pathSummary}, []string{"summary", "introduction", "intro", "overview", "announcement", "the news"}},
	{[]string{pathSubheadline}, []string{"subheadline", "sub headline", "subtitle", "sub title", "subheading", "sub heading", "strapline"}},
	{[]string{pathHeadline}, []string{"headline", "title", "heading"}},
})

// wholeHeadings name a section only as the whole heading: "What's
// changing for you" heads a memo's list of what staff do differently.
var wholeHeadings = normalizedClasses([]keywordClass{
	{[]string{pathSolution}, []string{"what's changing", "what is changing", "what we're changing", "what we are changing", "what will change"}},
})

// normalizedClasses writes the phrases as headings are normalised
// ("what's hard" as "what hard"), so they compare with them.
func normalizedClasses(cs []keywordClass) []keywordClass {
	for i, c := range cs {
		out := make([]string, len(c.phrases))
		for j, p := range c.phrases {
			w, _ := normalize(p)
			out[j] = stripArticles(w)
		}
		cs[i].phrases = out
	}
	return cs
}

// howItWorks is "How PR Pilot works", "How the fridges work": the
// solution, in the product's name.
var howItWorks = regexp.MustCompile(`^how (?:\S+ ){0,4}works?$`)

// appendixWords head what is neither press release nor FAQ but sits
// between them or after: kept as the author's own sections (in the
// appendix), never read as press release paragraphs.
var appendixWords = words("tenets", "our tenets", "document history", "history", "revision history", "version history", "change log", "changelog", "reviewers", "review", "reviews", "approvals", "approval", "sign off", "metrics", "success metrics", "key metrics", "kpis", "kpi", "pilot results", "results", "glossary", "open questions", "risks", "assumptions", "timeline", "milestones", "budget", "team", "contact", "contacts", "media contact", "media contacts", "press contact", "press contacts", "notes to editors", "boilerplate", "links", "resources", "background", "notes", "decision", "decisions", "status", "owners", "dependencies", "out of scope", "non goals", "goals")

// articles are dropped from the front of a heading before it is matched.
var articles = []string{"the ", "our ", "a ", "an ", "your "}

func stripArticles(w string) string {
	for {
		cut := false
		for _, a := range articles {
			if rest, ok := strings.CutPrefix(w, a); ok {
				w, cut = rest, true
			}
		}
		if !cut {
			return w
		}
	}
}

// keywordSet is the sections a short heading names by the reader's own
// words, or nil.
func keywordSet(w string) []string {
	w = stripArticles(w)
	n := fieldCount(w)
	if n == 0 || n > maxNameWords {
		return nil
	}
	if howItWorks.MatchString(w) {
		return []string{pathSolution}
	}
	for _, c := range wholeHeadings {
		if slices.Contains(c.phrases, w) {
			return c.set
		}
	}
	for _, c := range keywordClasses {
		for _, p := range c.phrases {
			if !containsWords(w, p) {
				continue
			}
			// A phrase must carry the heading: at least two words in
			// five, or a heading of three words or fewer. "Product
			// roadmap for schools" is not the solution.
			pn := fieldCount(p)
			if n <= 3 || 5*pn >= 2*n {
				return c.set
			}
		}
	}
	// "How to apply", "How to submit", "How to book": what the reader
	// does to get the product, how to start or where to go, as the text
	// under it says. "How to read this document" is about the document.
	if rest, ok := strings.CutPrefix(w, "how to "); ok && n <= 5 && !aboutTheDocument(rest) {
		return []string{pathGetStarted, pathAction}
	}
	return nil
}

func aboutTheDocument(w string) bool {
	for _, f := range strings.Fields(w) {
		switch f {
		case "this", "document", "doc", "template", "read", "write", "review", "comment", "edit", "contribute":
			return true
		}
	}
	return false
}

// appendixHeading: a heading for the author's own supporting section,
// or a press release's boilerplate ("About Riverline Transit").
func appendixHeading(w string) bool {
	w = stripArticles(w)
	return appendixWords[w] || strings.HasPrefix(w, "about ") || measuresSuccess(w)
}

// measuresSuccess: a short heading over how the team will know it
// worked, "How we will measure success", "What we will measure",
// "Success criteria": the author's own section, whose table of targets
// is no part of the press release.
func measuresSuccess(w string) bool {
	if fieldCount(w) > maxNameWords {
		return false
	}
	if strings.Contains(w, "success criteria") {
		return true
	}
	for _, f := range strings.Fields(w) {
		switch f {
		case "measure", "measures", "measuring", "measured", "metrics", "kpis":
			return true
		}
	}
	return false
}

// sectionOf is the section a heading or label names, or the sections it
// leaves to the text's content: the template's names first (in the
// customer questions, the customer's), then the reader's own words.
func (r *reader) sectionOf(w string, inCustomer bool) (id string, set []string) {
	if a, b, ok := strings.Cut(w, " and "); ok && !inCustomer {
		// "Getting started and call to action": both, each paragraph
		// by what it says.
		ida, _ := r.sectionOf(a, false)
		idb, _ := r.sectionOf(b, false)
		if ida != "" && idb != "" && ida != idb && strings.HasPrefix(ida, "press_release.") && strings.HasPrefix(idb, "press_release.") {
			return "", []string{ida, idb}
		}
	}
	if id, ok := match(r.names, w, inCustomer); ok {
		return id, nil
	}
	if inCustomer {
		return "", nil
	}
	switch set := keywordSet(w); len(set) {
	case 0:
		return "", nil
	case 1:
		return set[0], nil
	default:
		return "", set
	}
}
