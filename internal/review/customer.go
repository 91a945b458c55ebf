// Package review reads a PR/FAQ as a given reader would and lists what
// that reader would ask and not find answered: the customer (the "empty
// chair" of a review meeting) and the bar raiser. It is a pure function of
// the document and its template; the questions come from the document's
// own words and the method's rules, so the same document always gets the
// same questions.
package review

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/textstat"
)

// Paragraph is one numbered piece of the document as the reading packet
// numbers it: PR-1, PR-2 ... for the press release's blocks, A1 ... for
// the FAQ part's other blocks. FAQ entries are read from the document
// itself, by their ids.
type Paragraph struct {
	Ref  string
	Text string
	// Field is the document field the paragraph is
	// (press_release.summary), when the paragraphs were made from the
	// fields (FieldParagraphs); the reading then need not search for it.
	Field string
}

// Topic ids of the checks that are not word lists.
const (
	TopicWords = "words"
	TopicWe    = "we"
)

// RefFAQ is the Ref of a question no paragraph raises: the customer would
// still ask it after reading the whole release, and the FAQ is where its
// answer belongs.
const RefFAQ = "FAQ"

// Question is one question the reader would ask that the document does
// not answer.
type Question struct {
	Ref   string `json:"ref"`
	Topic string `json:"topic"`
	Text  string `json:"question"`
	// Why is the reason, in one line: what was looked for and not found.
	Why string `json:"why"`
}

// Answered is a topic the document answers, and where.
type Answered struct {
	Topic    string   `json:"topic"`
	Question string   `json:"question"`
	By       []string `json:"by"`
}

// CustomerReport is the customer read-through of one document.
type CustomerReport struct {
	Title     string     `json:"title"`
	Questions []Question `json:"questions"`
	Answered  []Answered `json:"answered"`
}

// Unanswered returns the ids of the topics with a question, in order,
// each once.
func (r *CustomerReport) Unanswered() []string {
	var out []string
	for _, q := range r.Questions {
		if !slices.Contains(out, q.Topic) {
			out = append(out, q.Topic)
		}
	}
	return out
}

// reading is a document prepared for the read-throughs.
type reading struct {
	doc   *prfaq.Document
	paras []Paragraph
	toks  [][]string
	masks []mask // tokenMask of each of toks
	// entries are the FAQ entries with an answer, as tokens.
	entries []entryTokens
	// fieldRef is the paragraph each release field starts in.
	fieldRef map[string]string
	quotes   map[string]bool
	// t places the template's custom sections in the release or not.
	t *prfaq.Template
	// texts are read for the shapes only when a topic's words miss.
	texts []shapeText
}

// entryTokens is an FAQ entry's question, and its question and answer
// together, as tokens.
type entryTokens struct {
	id            string
	question, all []string
	mask          mask
}

func newReading(doc *prfaq.Document, t *prfaq.Template, paras []Paragraph) *reading {
	r := &reading{doc: doc, t: t, paras: paras, fieldRef: map[string]string{}, quotes: map[string]bool{}}
	for _, p := range paras {
		ts := tokens(p.Text)
		r.toks = append(r.toks, ts)
		r.masks = append(r.masks, tokenMask(ts))
	}
	// Every topic reads every entry: tokens once.
	for _, e := range entries(doc) {
		q := tokens(e.Question)
		all := append(slices.Clip(q), tokens(textstat.Prose(e.Answer))...)
		r.entries = append(r.entries, entryTokens{id: e.ID, question: q, all: all, mask: tokenMask(all)})
	}
	pr := doc.PressRelease
	fields := map[string]string{
		fieldSummary: pr.Summary, fieldProblem: pr.Problem, fieldCurrent: pr.CurrentSolutions, fieldSolution: pr.Solution,
		fieldGettingStarted: pr.GettingStarted, fieldCallToAction: pr.CallToAction,
		"press_release.leader_quote": pr.LeaderQuote.Text, "press_release.customer_quote": pr.CustomerQuote.Text,
	}
	for _, p := range paras {
		if _, ok := fields[p.Field]; ok {
			r.fieldRef[p.Field] = p.Ref
		}
	}
	for name, text := range fields {
		if _, known := r.fieldRef[name]; known {
			continue
		}
		if ref := r.find(text); ref != "" {
			r.fieldRef[name] = ref
		}
	}
	for _, q := range []string{"press_release.leader_quote", "press_release.customer_quote"} {
		if ref := r.fieldRef[q]; ref != "" {
			r.quotes[ref] = true
		}
	}
	for _, p := range paras {
		if isPR(p.Ref) && looksQuoted(p.Text) {
			r.quotes[p.Ref] = true
		}
	}
	return r
}

// find returns the release paragraph that holds the start of a field's
// text: its first eight words in a row, read as prose or as written (a
// bare address such as example.com/x is prose's blank but the page's
// text), else its first four.
func (r *reading) find(text string) string {
	return r.findWhere(text, isPR)
}

// findWhere is find among the paragraphs whose ref keep accepts.
func (r *reading) findWhere(text string, keep func(ref string) bool) string {
	prose, raw := tokens(textstat.Prose(text)), tokens(text)
	for _, ts := range [][]string{prose[:min(8, len(prose))], raw[:min(8, len(raw))], prose[:min(4, len(prose))]} {
		if len(ts) == 0 {
			continue
		}
		p := phrase{tokens: ts}
		for i, para := range r.paras {
			if keep(para.Ref) && p.in(r.toks[i]) {
				return para.Ref
			}
		}
	}
	return ""
}

func isPR(ref string) bool { return strings.HasPrefix(ref, "PR-") }

// looksQuoted reports a paragraph that is a quotation: it opens with a
// quotation mark, or someone "said" one.
func looksQuoted(s string) bool {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "\"") || strings.HasPrefix(s, "“") {
		return true
	}
	for _, m := range []string{"said: \"", "said: “", "said, \"", "said, “", "says: \"", "says: “", "says, \"", "says, “"} {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}

// entries are the FAQ entries with an answer, external first.
func entries(doc *prfaq.Document) []prfaq.FAQEntry {
	var out []prfaq.FAQEntry
	for _, e := range append(slices.Clone(doc.FAQ.External), doc.FAQ.Internal...) {
		if strings.TrimSpace(e.Answer) != "" {
			out = append(out, e)
		}
	}
	return out
}

// fieldText is the text of a document field a topic names.
func fieldText(doc *prfaq.Document, name string) string {
	switch name {
	case fieldSummary:
		return doc.PressRelease.Summary
	case fieldProblem:
		return doc.PressRelease.Problem
	case fieldCurrent:
		return doc.PressRelease.CurrentSolutions
	case fieldSolution:
		return doc.PressRelease.Solution
	case fieldGettingStarted:
		return doc.PressRelease.GettingStarted
	case fieldCallToAction:
		return doc.PressRelease.CallToAction
	}
	return ""
}

// covers returns where the document answers a customer topic. In order:
//   - a field the topic names (Fields) is filled in: the paragraph it
//     starts in;
//   - a release paragraph holds one of the topic's words, except
//     quotations (a quote is the customer's voice, not the product's
//     terms) and, unless the topic allows it, the problem paragraph;
//     the problem paragraph also answers with one of ProblemWords;
//   - a block of the FAQ part besides the entries (An) holds one;
//   - an FAQ entry with an answer asks a question of one of the topic's
//     forms, or holds one of its words in its question or answer;
//   - failing all of these, the release or an external FAQ entry answers
//     in one of the topic's shapes (see shapeAnswers).
func (r *reading) covers(t Topic) []string {
	var by []string
	add := func(ref string) {
		if ref != "" && !slices.Contains(by, ref) {
			by = append(by, ref)
		}
	}
	for _, f := range t.Fields {
		if strings.TrimSpace(fieldText(r.doc, f)) != "" {
			if ref := r.fieldRef[f]; ref != "" {
				add(ref)
			} else {
				add(f)
			}
		}
	}
	words, problemWords := phrases(t.Words), phrases(t.ProblemWords)
	problem := r.fieldRef[fieldProblem]
	for i, p := range r.paras {
		if r.quotes[p.Ref] || (p.Ref == problem && !t.InProblem) {
			continue
		}
		if _, ok := firstInMasked(words, r.toks[i], &r.masks[i]); ok {
			add(p.Ref)
		}
		if p.Ref == problem {
			if _, ok := firstInMasked(problemWords, r.toks[i], &r.masks[i]); ok {
				add(p.Ref)
			}
		}
	}
	forms := phrases(t.Forms)
	for _, e := range r.entries {
		if _, ok := firstIn(forms, e.question); ok {
			add(e.id)
			continue
		}
		if _, ok := firstInMasked(words, e.all, &e.mask); ok {
			add(e.id)
		}
	}
	if len(by) == 0 {
		by = r.shapeAnswers(t.ID)
	}
	return by
}

// anchor is the paragraph a topic's question comes from: the first of its
// anchor fields found in the release, or the FAQ as a whole.
func (r *reading) anchor(t Topic) string {
	for _, f := range t.Anchors {
		if ref := r.fieldRef[f]; ref != "" {
			return ref
		}
	}
	return RefFAQ
}

// Customer reads the document as its customer would: for each topic of
// the template (CustomerTopics, tuned by its review: key) that neither
// the release nor an FAQ entry answers, the question the customer asks,
// from the paragraph where the answer was expected; for each paragraph of
// the release and each external FAQ entry, the words the customer would
// not know and the sentences about "we" rather than "you". paras are the
// document's blocks as the reading packet numbers them (see
// FieldParagraphs when there is no rendering).
func Customer(doc *prfaq.Document, t *prfaq.Template, paras []Paragraph) *CustomerReport {
	return customer(doc, t, paras, true)
}

// CustomerTopicGaps is Customer without the words the customer would not
// know and the sentences about "we": the topics alone, which lint's
// customer-question-unanswered reports. Those two readings are most of
// Customer's time, and lint runs on every document.
func CustomerTopicGaps(doc *prfaq.Document, t *prfaq.Template, paras []Paragraph) *CustomerReport {
	return customer(doc, t, paras, false)
}

func customer(doc *prfaq.Document, t *prfaq.Template, paras []Paragraph, full bool) *CustomerReport {
	rep := &CustomerReport{Title: title(doc), Questions: []Question{}, Answered: []Answered{}}
	if doc == nil {
		return rep
	}
	var tuning prfaq.ReviewTuning
	if t != nil {
		tuning = t.Review
	}
	r := newReading(doc, t, paras)
	// What the customer reads: the release and the external FAQ.
	var read []string
	for i, p := range paras {
		if isPR(p.Ref) {
			read = append(read, r.toks[i]...)
		}
	}
	for _, e := range doc.FAQ.External {
		read = append(read, tokens(e.Question+" "+textstat.Prose(e.Answer))...)
	}
	for _, topic := range tuned(CustomerTopics(), tuning.Customer) {
		if _, asked := firstIn(phrases(topic.AskedIf), read); len(topic.AskedIf) > 0 && !asked {
			continue
		}
		if by := r.covers(topic); len(by) > 0 {
			rep.Answered = append(rep.Answered, Answered{Topic: topic.ID, Question: topic.Question, By: by})
			continue
		}
		rep.Questions = append(rep.Questions, Question{Ref: r.anchor(topic), Topic: topic.ID, Text: topic.Question, Why: missingWhy(topic)})
	}
	if full && !off(tuning.Customer, TopicWords) {
		rep.Questions = append(rep.Questions, r.unknownWords(tuning)...)
	}
	if full && !off(tuning.Customer, TopicWe) {
		rep.Questions = append(rep.Questions, r.weSentences()...)
	}
	order := map[string]int{}
	for i, p := range paras {
		order[p.Ref] = i
	}
	for i, e := range doc.FAQ.External {
		order[e.ID] = len(paras) + i
	}
	order[RefFAQ] = len(paras) + len(doc.FAQ.External)
	slices.SortStableFunc(rep.Questions, func(a, b Question) int { return order[a.Ref] - order[b.Ref] })
	return rep
}

func off(tuning []prfaq.ReviewTopic, id string) bool {
	return slices.ContainsFunc(tuning, func(t prfaq.ReviewTopic) bool { return t.ID == id && t.Off })
}

func missingWhy(t Topic) string {
	var parts []string
	if len(t.Fields) > 0 {
		parts = append(parts, strings.Join(t.Fields, ", ")+" empty")
	}
	w := t.Words
	if len(w) > 4 {
		w = w[:4]
	}
	parts = append(parts, fmt.Sprintf("no release paragraph or FAQ entry mentions %s ...", quoteAll(w)))
	return strings.Join(parts, "; ")
}

func quoteAll(ws []string) string {
	q := make([]string, len(ws))
	for i, w := range ws {
		q[i] = fmt.Sprintf("%q", w)
	}
	return strings.Join(q, ", ")
}

func title(doc *prfaq.Document) string {
	if doc == nil {
		return ""
	}
	if t := strings.Join(strings.Fields(doc.Title), " "); t != "" {
		return t
	}
	return strings.Join(strings.Fields(doc.PressRelease.Headline), " ")
}

// FieldParagraphs numbers a document from its fields, for callers that
// do not render it (lint): headline, subheadline, summary, problem,
// current solutions, solution, leader quote, getting started, customer
// quote and call to action, each filled one PR-n in that order; then the
// five customer answers, the custom sections and the appendix, An, as
// the built-in layouts print them in the FAQ part. A custom layout may
// number them otherwise, so pages use the packet's numbering; what is
// answered is the same either way.
func FieldParagraphs(doc *prfaq.Document) []Paragraph {
	pr := doc.PressRelease
	var out []Paragraph
	for _, f := range []struct{ path, text string }{
		{"press_release.headline", pr.Headline}, {"press_release.subheadline", pr.Subheadline},
		{fieldSummary, pr.Summary}, {fieldProblem, pr.Problem}, {fieldCurrent, pr.CurrentSolutions},
		{fieldSolution, pr.Solution}, {"press_release.leader_quote", pr.LeaderQuote.Text},
		{fieldGettingStarted, pr.GettingStarted}, {"press_release.customer_quote", pr.CustomerQuote.Text},
		{fieldCallToAction, pr.CallToAction},
	} {
		if strings.TrimSpace(f.text) == "" {
			continue
		}
		out = append(out, Paragraph{Ref: fmt.Sprintf("PR-%d", len(out)+1), Text: textstat.Prose(f.text), Field: f.path})
	}
	cu := doc.Customer
	rest := []string{cu.Who, cu.Problem, cu.Benefit, cu.Evidence, cu.Experience}
	for _, k := range slices.Sorted(maps.Keys(doc.Sections)) {
		rest = append(rest, doc.Sections[k])
	}
	rest = append(rest, doc.Appendix)
	n := 0
	for _, text := range rest {
		if strings.TrimSpace(text) == "" {
			continue
		}
		n++
		out = append(out, Paragraph{Ref: fmt.Sprintf("A%d", n), Text: textstat.Prose(text)})
	}
	return out
}
