package mddoc

import (
	"strings"

	"github.com/prfaq/prfaq/internal/prfaq"
)

// Is the file a PR/FAQ at all? Beside PR/FAQs in a repository live
// design notes, review notes and READMEs, which have a first heading,
// paragraphs, even a "## Problem" and questions ending in "?". What only
// a press release has weighs for it (a dateline, a launch announced
// today, attributed quotes, a press release or FAQ heading, sections
// only a press release has); the headings of other kinds of document
// weigh against it ("Context", "Goals", "Attendees", "Action items",
// "Installation").

// otherKindHeadings head parts of documents that are not PR/FAQs.
var otherKindHeadings = words(
	// design notes and RFCs
	"context", "background", "motivation", "goals", "non goals", "nongoals", "proposal", "proposed design", "design", "detailed design", "alternatives considered", "alternatives", "rollout", "rollout plan", "open questions", "decision", "decisions", "implementation", "architecture", "security considerations", "testing", "test plan", "migration", "drawbacks", "prior art", "unresolved questions",
	// meeting and review notes
	"attendees", "participants", "agenda", "discussion", "action items", "actions", "next steps", "questions raised", "notes", "minutes", "next review", "follow ups", "outcome",
	// READMEs and guides
	"documents", "installation", "install", "usage", "contributing", "license", "how to write one", "templates", "review process", "naming", "style", "getting help", "support", "changelog", "requirements", "configuration", "examples", "faq index", "index",
	// retrospectives
	"what went well", "what went wrong", "what did not go well", "lessons learned", "timeline of events", "root cause", "impact",
	// briefs, sprint reviews, launch plans
	"who it for", "who it is for", "proposed solution", "what success looks like", "out of scope", "sprint goal", "sprint goals", "what we demoed", "demo", "demos", "numbers from", "launch checklist", "checklist", "retro", "retro highlights", "next sprint", "next step", "next steps", "owners and dates", "status", "progress", "blockers", "metrics to watch",
	// research syntheses and readouts
	"tl dr", "tldr", "who we spoke to", "who we talked to", "what we heard", "what we learned", "key findings", "findings", "implications", "methodology", "method", "research questions", "interview guide", "discussion guide", "key insights", "insights", "themes",
	// memos and specs
	"recommendation", "our recommendation", "recommendations", "decision requested", "decision needed", "ask", "the ask", "what we will not do", "out of scope", "options", "options considered", "success metrics", "requirements", "user stories", "acceptance criteria", "scope")

// otherKindTitles are words in a first heading that name another kind
// of document.
var otherKindTitles = []string{"pitch deck", "deck outline", "pitch", "brief", "product brief", "sprint", "sprint review", "demo", "checklist", "launch plan", "roadmap", "status update", "weekly update", "okrs", "prd", "requirements", "design note", "design doc", "meeting notes", "review notes", "notes", "minutes", "rfc", "readme", "retro", "retrospective", "postmortem", "post mortem", "agenda", "changelog", "release notes", "runbook", "playbook", "one pager", "strategy memo", "memo", "spec", "specification", "proposal", "prfaqs", "pr faqs", "synthesis", "research findings", "user research", "interview notes", "readout", "research plan"}

// launchWords announce a product in a press release's summary.
var launchWords = []string{"launched", "launches", "announced", "announces", "released", "releases", "introduced", "introduces", "opened", "opens", "unveiled", "unveils", "made", "began", "rolled out", "is launching", "debuted", "started", "expanded"}

// prfaqWeights weighs what the file has of a PR/FAQ, and of another kind
// of document.
func (r *reader) prfaqWeights() (pr, other float64) {
	d := r.res.Doc
	p := d.PressRelease
	switch {
	case p.Dateline.Date != "":
		pr += 3
	case r.res.DatelineText != "":
		// "[CITY], [DATE] —": a draft's dateline, still to be filled
		// in, is written only in a press release.
		pr += 2
	}
	if announces(p.Summary) {
		pr += 2
	}
	if p.LeaderQuote.Speaker != "" && p.LeaderQuote.Text != "" {
		pr++
	}
	if p.CustomerQuote.Speaker != "" && p.CustomerQuote.Text != "" {
		pr++
	}
	if r.prHeaded {
		pr += 2
	}
	answered := 0
	for _, list := range [][]prfaq.FAQEntry{d.FAQ.External, d.FAQ.Internal} {
		for _, e := range list {
			if strings.TrimSpace(e.Answer) != "" {
				answered++
			}
		}
	}
	switch {
	case answered >= 3:
		pr += 2
	case answered >= 1:
		pr++
	}
	// A list of questions no one answers under a heading ("Open
	// questions for the next round") is a research plan's or a
	// checklist's, not an FAQ: the heading weighs only over answers.
	if _, headed := r.res.Pos["faq"]; headed && !r.implicitFAQ && answered > 0 {
		pr++
	}
	c := d.Customer
	filled := 0
	for _, s := range []string{c.Who, c.Problem, c.Benefit, c.Evidence, c.Experience} {
		if strings.TrimSpace(s) != "" {
			filled++
		}
	}
	if filled >= 3 {
		pr += 2
	}
	specific := 0.0
	for _, pl := range r.res.Placed {
		if !strings.HasPrefix(pl.How, "heading") && !strings.HasPrefix(pl.How, "label") {
			continue
		}
		switch pl.Path {
		case pathGetStarted, pathAction, pathLeader, pathCustomer, pathSubheadline, pathHeadline:
			specific++
		case pathProblem, pathSolution, pathCurrent, pathSummary:
			specific += 0.5
		}
	}
	pr += min(specific, 3)
	other = float64(r.otherHeadings)
	if r.memo {
		other += 2
	}
	if r.greeting() {
		other += 3 // "Hi everyone," opens a letter or an email: never a press release
	}
	title, _ := normalize(r.firstHeading)
	for _, t := range otherKindTitles {
		if containsWords(title, t) {
			other += 2
			break
		}
	}
	return pr, other
}

// announces: the summary announces a launch: "today launched",
// "announced", "is now available".
func announces(summary string) bool {
	l := strings.ToLower(summary)
	if strings.Contains(l, "announce") || strings.Contains(l, "is now available") || strings.Contains(l, "are now available") {
		return true
	}
	for i := strings.Index(l, "today "); i >= 0; {
		after := l[i+len("today "):]
		if len(after) > 40 {
			after = after[:40]
		}
		for _, w := range launchWords {
			if strings.Contains(after, w) {
				return true
			}
		}
		next := strings.Index(l[i+1:], "today ")
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}

// otherKindHeading: a heading of another kind of document, by its words
// or its first words ("Out of scope for the first release", "Numbers
// from the beta").
func otherKindHeading(w string) bool {
	w = stripArticles(w)
	if otherKindHeadings[w] {
		return true
	}
	// Its first words, two or more: w is normalised, one space apart.
	for end := strings.LastIndexByte(w, ' '); end > 0; end = strings.LastIndexByte(w[:end], ' ') {
		if prefix := w[:end]; strings.IndexByte(prefix, ' ') > 0 && otherKindHeadings[prefix] {
			return true
		}
	}
	return false
}

// greeting: a short paragraph near the top that greets its readers, as
// a letter or an email does: "Hi everyone,", "Dear colleagues,".
func (r *reader) greeting() bool {
	for i, b := range r.blocks {
		if i > 8 {
			break
		}
		if b.kind != paragraph || b.from != b.to {
			continue
		}
		if greetingLine(r.lines[b.from]) {
			return true
		}
	}
	return false
}
