// Package wizard asks a template's questions and fills a PR/FAQ document
// with the answers: as a terminal form (charmbracelet/huh), as plain line
// prompts for screen readers and scripts, or from an answers file.
//
// The form is planned by pure functions of the template and the document
// (Build, Visible, Check, Budget); only form.go and accessible.go talk to
// huh. No question text lives in Go: prompts, help, examples, budgets and
// conditions all come from the template.
package wizard

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/textstat"
)

// Question is a template question ready to ask: its condition parsed and
// its field's spec looked up.
type Question struct {
	prfaq.Question
	Spec *prfaq.Spec
	when *prfaq.Condition
	// labels show the options of a list question picked from (the
	// team's needs) by name, keyed by option.
	labels map[string]string
}

// Page is the questions the template groups under one heading, asked
// together.
type Page struct {
	Title     string
	Questions []*Question
}

// Plan is the whole form: its pages in the template's order.
type Plan struct {
	Template *prfaq.Template
	Pages    []*Page
}

// Build plans the form for t. With only, it keeps the questions whose id is
// one of only or lies under one (customer selects customer.who and the
// other four; press_release.leader_quote selects its speaker, role and
// text); an id that matches nothing is an error that lists the ids.
func Build(t *prfaq.Template, only []string) (*Plan, error) {
	p := &Plan{Template: t}
	used := map[string]bool{}
	for _, tq := range t.Questions {
		if len(only) > 0 {
			match := ""
			for _, o := range only {
				// A ladder's field selects the question it follows: the
				// rungs climb from that answer.
				if tq.ID == o || strings.HasPrefix(tq.ID, o+".") || (tq.Ladder.Asks() && tq.Ladder.ID == o) {
					match = o
				}
			}
			if match == "" {
				continue
			}
			used[match] = true
		}
		spec, ok := prfaq.LookupField(tq.ID)
		if !ok {
			return nil, fmt.Errorf("template %s asks %s, which is not a field of a PR/FAQ document", t.Name, tq.ID)
		}
		q := &Question{Question: tq, Spec: spec}
		if q.Kind == "" {
			q.Kind = defaultKind(spec)
		}
		if tq.When != "" {
			c, err := prfaq.ParseCondition(tq.When)
			if err != nil {
				return nil, fmt.Errorf("template %s, question %s: when: %w", t.Name, tq.ID, err)
			}
			q.when = &c
		}
		title := cmpOr(tq.Group, tq.ID)
		if n := len(p.Pages); n > 0 && p.Pages[n-1].Title == title {
			p.Pages[n-1].Questions = append(p.Pages[n-1].Questions, q)
			continue
		}
		p.Pages = append(p.Pages, &Page{Title: title, Questions: []*Question{q}})
	}
	for _, o := range only {
		if !used[o] {
			return nil, &UnknownSectionError{Template: t.Name, Section: o, Sections: SectionIDs(t)}
		}
	}
	return p, nil
}

// NeedsPage is the title of the page that asks which needs a document
// serves.
const NeedsPage = "Customer needs"

// AskNeeds adds to the plan the question of which of the team's needs
// the document serves, picked from the list, on a page of its own after
// the customer questions and before the press release, which should then
// speak to them. It does nothing when the team has no needs or the
// template asks serves itself.
func AskNeeds(p *Plan, needs *prfaq.Needs) {
	if needs == nil || len(needs.Needs) == 0 {
		return
	}
	for _, page := range p.Pages {
		for _, q := range page.Questions {
			if q.ID == "serves" {
				return
			}
		}
	}
	spec, _ := prfaq.LookupField("serves")
	q := &Question{Spec: spec, labels: map[string]string{}}
	q.ID, q.Group, q.Kind = "serves", NeedsPage, prfaq.KindList
	q.Prompt = "Which of the team's customer needs does it serve?"
	q.Help = "Judge the idea by the lasting needs it serves; the press release should then speak to each. Pick none if it serves none."
	for _, n := range needs.Needs {
		q.Question.Options = append(q.Question.Options, n.ID)
		q.labels[n.ID] = n.Name + " (" + n.ID + ")"
	}
	at := len(p.Pages)
	for i, page := range p.Pages {
		if strings.HasPrefix(page.Questions[0].ID, "press_release.") {
			at = i
			break
		}
	}
	p.Pages = slices.Insert(p.Pages, at, &Page{Title: NeedsPage, Questions: []*Question{q}})
}

// picks reports whether q is answered by picking any of its options.
func (q *Question) picks() bool {
	return q.Kind == prfaq.KindList && len(q.Question.Options) > 0
}

// label is how an option of q is shown.
func (q *Question) optionLabel(option string) string {
	if l, ok := q.labels[option]; ok {
		return l
	}
	return option
}

// pickedItems splits an answer to a pick question: one item a line, or
// several on a line split at commas.
func pickedItems(text string) []string {
	var items []string
	for _, line := range strings.FieldsFunc(text, func(r rune) bool { return r == '\n' || r == ',' }) {
		if line = strings.TrimSpace(line); line != "" {
			items = append(items, line)
		}
	}
	return items
}

// UnknownSectionError is a section that the template does not ask; it
// carries what it does ask, so a caller can suggest the nearest.
type UnknownSectionError struct {
	Template, Section string
	Sections          []string
}

func (e *UnknownSectionError) Error() string {
	return fmt.Sprintf("template %s has no section %q: choose from %s", e.Template, e.Section, strings.Join(e.Sections, ", "))
}

// SectionIDs lists what edit --section accepts for t: every question id and
// every group of ids above them (customer, press_release.leader_quote).
func SectionIDs(t *prfaq.Template) []string {
	var ids []string
	for _, q := range t.Questions {
		parts := strings.Split(q.ID, ".")
		for i := 1; i <= len(parts); i++ {
			id := strings.Join(parts[:i], ".")
			if !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
		if q.Ladder.Asks() && !slices.Contains(ids, q.Ladder.ID) {
			ids = append(ids, q.Ladder.ID)
		}
	}
	return ids
}

func defaultKind(s *prfaq.Spec) string {
	switch s.Kind {
	case prfaq.ValueMarkdown:
		return prfaq.KindParagraph
	case prfaq.ValueDate:
		return prfaq.KindDate
	case prfaq.ValueBool:
		return prfaq.KindBool
	case prfaq.ValueStringList:
		return prfaq.KindList
	case prfaq.ValueObjectList:
		return prfaq.KindQA
	case prfaq.ValueEnum:
		return prfaq.KindChoice
	}
	return prfaq.KindLine
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// Visible reports whether q is asked for doc: its when condition, if any,
// holds.
func (q *Question) Visible(doc *prfaq.Document) bool {
	return q.when == nil || q.when.Eval(doc)
}

// Options are the choices of a choice question: the template's, else the
// field's allowed values.
func (q *Question) Options() []string {
	if len(q.Question.Options) > 0 {
		return q.Question.Options
	}
	return q.Spec.Enum
}

// Text returns the answer to q held in doc, as the text a writer edits:
// lists one item a line, booleans as yes or no.
func Text(doc *prfaq.Document, q *Question) string {
	v, err := doc.Get(q.ID)
	if err != nil {
		return ""
	}
	switch x := v.(type) {
	case string:
		return x
	case []string:
		return strings.Join(x, "\n")
	case bool:
		if x {
			return "yes"
		}
		return "no"
	}
	return ""
}

// SetText stores text, as Text returns it, as the answer to q. It does not
// validate: Check does.
func SetText(doc *prfaq.Document, q *Question, text string) error {
	switch q.Spec.Kind {
	case prfaq.ValueStringList:
		if q.picks() {
			return doc.Set(q.ID, pickedItems(text))
		}
		var items []string
		for _, line := range strings.Split(text, "\n") {
			if line = strings.TrimSpace(line); line != "" {
				items = append(items, line)
			}
		}
		return doc.Set(q.ID, items)
	case prfaq.ValueBool:
		b, _ := parseBool(text)
		return doc.Set(q.ID, b)
	case prfaq.ValueMarkdown:
		if q.ID == "press_release.customer_quote.text" && doc.Mode != prfaq.ModeLaunch {
			// Before launch every quote is imagined, as the method asks;
			// marked so, it cannot pass for a real customer's once the
			// document launches.
			doc.PressRelease.CustomerQuote.Hypothetical = strings.TrimSpace(text) != ""
		}
		return doc.Set(q.ID, normalizeParagraph(text))
	}
	return doc.Set(q.ID, strings.TrimSpace(text))
}

// normalizeParagraph trims a multi-line answer and ends it with no blank
// lines, keeping the writer's line breaks and Markdown.
func normalizeParagraph(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t")
	}
	return strings.Trim(strings.Join(lines, "\n"), "\n ")
}

func parseBool(s string) (bool, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "y", "yes", "true", "1":
		return true, true
	case "n", "no", "false", "0", "":
		return false, true
	}
	return false, false
}

// Check validates an answer to q as the writer typed it, for doc on the day
// today, and says how to fix it. It shares its rules with the document
// loader (dates, choices) and lint (a future launch date lies ahead).
// Budgets are not errors here: Budget reports them as the writer types,
// and lint warns about them.
func Check(q *Question, text string, doc *prfaq.Document, today time.Time) error {
	text = strings.TrimSpace(text)
	if q.picks() {
		for _, item := range pickedItems(text) {
			if !slices.Contains(q.Question.Options, item) {
				return fmt.Errorf("%q is not one of the choices: answer any of %s, separated by commas", item, strings.Join(q.Question.Options, ", "))
			}
		}
		return nil
	}
	switch q.Kind {
	case prfaq.KindLine:
		if strings.ContainsAny(text, "\n\r") {
			return fmt.Errorf("keep %s to one line", strings.ToLower(q.label()))
		}
	case prfaq.KindBool:
		if _, ok := parseBool(text); !ok {
			return fmt.Errorf("answer yes or no")
		}
		return nil
	case prfaq.KindChoice:
		if text == "" || slices.Contains(q.Options(), text) {
			return nil
		}
		return fmt.Errorf("%q is not one of the choices: answer %s", text, strings.Join(q.Options(), ", "))
	case prfaq.KindDate:
		if err := q.Spec.CheckScalar(text); err != nil {
			return err
		}
		if text != "" && doc.Mode != prfaq.ModeLaunch && isLaunchDate(q.ID) && text <= today.Format(time.DateOnly) {
			return fmt.Errorf("%s is not ahead: a future press release announces a launch to come; give a date after %s, e.g. %s",
				text, today.Format(time.DateOnly), DefaultLaunchDate(today))
		}
		return nil
	}
	if q.Spec.Kind == prfaq.ValueText || q.Spec.Kind == prfaq.ValueVersion || q.Spec.Kind == prfaq.ValueEnum {
		if err := q.Spec.CheckScalar(text); err != nil {
			return err
		}
	}
	return nil
}

func isLaunchDate(id string) bool {
	return id == "press_release.dateline.date" || id == "launch_date"
}

// DefaultLaunchDate is the launch date offered when none is given: the
// first day of the month four months ahead, far enough to be plausible for
// a product not yet built.
func DefaultLaunchDate(today time.Time) string {
	d := time.Date(today.Year(), today.Month()+4, 1, 0, 0, 0, 0, time.UTC)
	return d.Format(time.DateOnly)
}

func (q *Question) label() string {
	return cmpOr(q.Prompt, q.ID)
}

// Count is the length of an answer against its budget.
type Count struct {
	Words, Sentences       int
	MaxWords, MaxSentences int
}

// Over reports whether the answer is longer than its budget.
func (c Count) Over() bool {
	return (c.MaxWords > 0 && c.Words > c.MaxWords) || (c.MaxSentences > 0 && c.Sentences > c.MaxSentences)
}

// String is the line the wizard shows under an answer: "42 of 120 words,
// 3 of 5 sentences".
func (c Count) String() string {
	words := plural(c.Words, "word")
	if c.MaxWords > 0 {
		words = fmt.Sprintf("%d of %d words", c.Words, c.MaxWords)
	}
	if c.MaxSentences == 0 {
		return words
	}
	return fmt.Sprintf("%s, %d of %d sentences", words, c.Sentences, c.MaxSentences)
}

// limits is the budget alone: "120 words, 5 sentences".
func (c Count) limits() string {
	var parts []string
	if c.MaxWords > 0 {
		parts = append(parts, plural(c.MaxWords, "word"))
	}
	if c.MaxSentences > 0 {
		parts = append(parts, plural(c.MaxSentences, "sentence"))
	}
	return strings.Join(parts, ", ")
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

// Budget counts text the way lint counts it (Markdown read as prose) and
// sets it against q's budget.
func Budget(q *Question, text string) Count {
	a := textstat.Analyze(text)
	return Count{Words: len(a.Words), Sentences: len(a.Sentences), MaxWords: q.MaxWords, MaxSentences: q.MaxSentences}
}

// HasBudget reports whether the wizard shows a running count for q.
func (q *Question) HasBudget() bool {
	return q.MaxWords > 0 || q.MaxSentences > 0 || q.Kind == prfaq.KindParagraph
}
