package review

import (
	"fmt"
	"slices"
	"strings"

	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/textstat"
)

// knownAcronyms are acronyms a customer knows without their words: the
// ones lint's acronym rule leaves alone, and names the customers of
// developer tools know better than their words.
func knownAcronyms() []string {
	return append(textstat.KnownAcronyms(), "AWS", "CI", "IDE", "SDK", "CLI")
}

// defaultJargon are words of the team rather than the customer: a
// customer who meets one asks what it means.
func defaultJargon() []string {
	return []string{
		"microservice*", "orchestration", "orchestrate*", "ingestion",
		"enablement", "synergy", "synergies", "leverage", "leverages", "leveraging", "paradigm", "stakeholder*",
		"deliverable*", "actionable", "operationalize*", "operationalise*", "omnichannel", "upsell*", "monetize*",
		"monetise*", "throughput", "latency", "SKU*", "KPI*", "OKR*", "MVP",
	}
}

// unknownWords asks, at its first use, what each word means that the
// customer would not know: an acronym of the release or the external FAQ
// that the document never spells out (in parentheses, or as the name it
// stands for) and no FAQ question asks about, and each jargon word.
func (r *reading) unknownWords(tuning prfaq.ReviewTuning) []Question {
	ignore := append(knownAcronyms(), tuning.KnownWords...)
	dl := r.doc.PressRelease.Dateline
	for _, w := range strings.Fields(r.doc.Product + " " + r.doc.Title + " " + dl.City + " " + dl.Outlet) {
		ignore = append(ignore, strings.Trim(w, ".,:;!?\"'()"))
	}
	all := r.allText()
	defined := textstat.Definitions(all)
	allWords := textstat.Words(all)
	var faqQuestions [][]string
	for _, e := range entries(r.doc) {
		faqQuestions = append(faqQuestions, tokens(e.Question))
	}
	jargon := phrases(append(defaultJargon(), tuning.Jargon...))
	var known []phrase
	for _, k := range tuning.KnownWords {
		known = append(known, newPhrase(k))
	}
	asked := func(p phrase) bool {
		return slices.ContainsFunc(faqQuestions, p.in)
	}
	seen := map[string]bool{}
	var out []Question
	visit := func(ref, text string) {
		prose := textstat.Prose(text)
		for _, a := range textstat.Acronyms(prose, textstat.Words(prose), ignore) {
			key := strings.ToLower(a.Text)
			if seen[key] {
				continue
			}
			seen[key] = true
			if slices.Contains(defined, a.Text) || textstat.SpelledAsName(all, allWords, len(all), a.Text) || asked(newPhrase(a.Text)) {
				continue
			}
			out = append(out, Question{Ref: ref, Topic: TopicWords, Text: fmt.Sprintf("What does %s mean?", a.Text),
				Why: fmt.Sprintf("the acronym %s is not spelled out anywhere in the document", a.Text)})
		}
		ts := tokens(prose)
		for _, j := range jargon {
			key := "jargon:" + j.text
			if seen[key] || !j.in(ts) {
				continue
			}
			seen[key] = true
			if asked(j) || slices.ContainsFunc(known, func(k phrase) bool { return slices.Equal(k.tokens, j.tokens) }) {
				continue
			}
			word := matchedWord(j, prose)
			out = append(out, Question{Ref: ref, Topic: TopicWords, Text: fmt.Sprintf("What does %q mean for me?", word),
				Why: fmt.Sprintf("%q is the team's word, not the customer's", word)})
		}
	}
	for _, p := range r.paras {
		if isPR(p.Ref) {
			visit(p.Ref, p.Text)
		}
	}
	for _, e := range r.doc.FAQ.External {
		visit(e.ID, e.Question+"\n\n"+e.Answer)
	}
	return out
}

// matchedWord is the word of text that p matched, as written, for the
// question; p's own text when it cannot be found.
func matchedWord(p phrase, text string) string {
	fields := strings.FieldsFunc(text, func(r rune) bool { return r == ' ' || r == '\n' || r == '\t' })
	for i := range fields {
		for n := len(p.tokens); n >= 1 && i+n <= len(fields); n-- {
			cand := strings.Trim(strings.Join(fields[i:i+n], " "), ".,:;!?\"'()“”‘’")
			if p.in(tokens(cand)) && len(tokens(cand)) == len(p.tokens) {
				return cand
			}
		}
	}
	return strings.TrimSuffix(p.text, "*")
}

// allText is everything the customer reads, for finding definitions.
func (r *reading) allText() string {
	var b strings.Builder
	b.WriteString(r.doc.Title + "\n\n" + r.doc.Product + "\n\n")
	for _, p := range r.paras {
		b.WriteString(p.Text + "\n\n")
	}
	for _, e := range append(slices.Clone(r.doc.FAQ.External), r.doc.FAQ.Internal...) {
		b.WriteString(textstat.Prose(e.Question) + "\n\n" + textstat.Prose(e.Answer) + "\n\n")
	}
	b.WriteString(textstat.Prose(r.doc.Appendix))
	return b.String()
}

// weSentences asks "what does this do for me?" of each release paragraph,
// quotations aside, with at least two sentences about "we" (we, our, us)
// and more of them than sentences about "you": the method's customer-
// first smell, one paragraph at a time.
func (r *reading) weSentences() []Question {
	var out []Question
	for _, p := range r.paras {
		if !isPR(p.Ref) || r.quotes[p.Ref] {
			continue
		}
		we, you := 0, 0
		for _, s := range textstat.Sentences(p.Text) {
			ts := tokens(p.Text[s.Start:s.End])
			switch {
			case slices.ContainsFunc(ts, isYou):
				you++
			case slices.ContainsFunc(ts, isWe):
				we++
			}
		}
		if we >= 2 && we > you {
			out = append(out, Question{Ref: p.Ref, Topic: TopicWe, Text: "This paragraph talks about \"we\": what does it change for me?",
				Why: fmt.Sprintf("%d sentences speak of \"we\", %d of \"you\"", we, you)})
		}
	}
	return out
}

func isWe(t string) bool  { return t == "we" || t == "our" || t == "us" || t == "ours" }
func isYou(t string) bool { return t == "you" || t == "your" || t == "yours" }
