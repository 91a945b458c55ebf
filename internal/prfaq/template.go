package prfaq

import (
	"fmt"
	"slices"
	"strings"
)

// Layout part names, as they appear in template files and messages.
const (
	LayoutPressRelease = "press_release"
	LayoutFAQ          = "faq"
)

// LayoutError is a problem in a template's layout text. Line counts from
// the first line of that layout (1-based; 0 when unknown).
type LayoutError struct {
	Part string
	Line int
	Msg  string
}

func (e *LayoutError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("layout %s, line %d: %s", e.Part, e.Line, e.Msg)
	}
	return fmt.Sprintf("layout %s: %s", e.Part, e.Msg)
}

// Template describes one kind of PR/FAQ: which questions are asked, in what
// order, with which help and limits, and how the answers are laid out. The
// built-in templates and user templates share this format.
type Template struct {
	Name          string            `yaml:"name" prfaq:"required,pattern=^[a-z][a-z0-9-]*$" doc:"Template name, lowercase letters, digits and dashes; documents refer to it."`
	Version       string            `yaml:"version" prfaq:"required,version" doc:"Template version (major.minor); documents record the version they were written with."`
	Description   string            `yaml:"description" prfaq:"required" doc:"One line on what the template is for."`
	Extends       string            `yaml:"extends" doc:"Name of a template this one builds on; only what differs needs to be given."`
	Budgets       Budgets           `yaml:"budgets" doc:"Length limits that the wizard shows and lint enforces."`
	Questions     []Question        `yaml:"questions" doc:"The questions, in the order the wizard asks them."`
	Remove        []string          `yaml:"remove" doc:"Ids of inherited questions or sections this template drops (with extends)."`
	Sections      []SectionDef      `yaml:"sections" doc:"Custom sections this template adds to the document (stored under sections:)."`
	FAQCategories []string          `yaml:"faq_categories" doc:"Categories the internal FAQ should cover."`
	FAQBank       FAQBank           `yaml:"faq_bank" doc:"Questions offered when writing the FAQ."`
	Labels        map[string]string `yaml:"labels" doc:"Words the layouts print, such as FAQ headings, by key; layouts use {{ label \"key\" }}, and an extending template can change one."`
	Review        ReviewTuning      `yaml:"review" doc:"Tuning of prfaq review: the topics a customer or a bar raiser asks about, and the words that answer them."`
	Layout        Layout            `yaml:"layout" doc:"Markdown layouts (Go text/template) for the press release and the FAQ."`

	// Source is where the template was read from, for error messages and
	// "templates list"; it is not part of the file format.
	Source string `yaml:"-"`
}

// Budgets are the length limits of a template. Zero means "not set".
type Budgets struct {
	PressReleaseWords  Limit `yaml:"press_release_words" doc:"Words in the press release (about one page)."`
	FAQWords           Limit `yaml:"faq_words" doc:"Words in the FAQ (five pages or less)."`
	SentenceWords      int   `yaml:"sentence_words" doc:"Longest sentence, in words."`
	ParagraphSentences int   `yaml:"paragraph_sentences" doc:"Longest paragraph, in sentences."`
	MinExternalFAQ     int   `yaml:"min_external_faq" doc:"Fewest external FAQ entries."`
	MinInternalFAQ     int   `yaml:"min_internal_faq" doc:"Fewest internal FAQ entries."`
}

// Limit is a soft (warn) and a hard (max) ceiling.
type Limit struct {
	Warn int `yaml:"warn" doc:"Above this, a warning."`
	Max  int `yaml:"max" doc:"Above this, an error."`
}

// Question kinds.
const (
	KindLine      = "line"
	KindParagraph = "paragraph"
	KindList      = "list"
	KindQA        = "qa"
	KindChoice    = "choice"
	KindDate      = "date"
	KindBool      = "bool"
)

// Question is one thing the wizard asks. Its id is the path of the document
// field it fills, such as press_release.problem or sections.tenets.
type Question struct {
	ID           string   `yaml:"id" prfaq:"required" doc:"Path of the document field the answer fills, e.g. press_release.problem."`
	Group        string   `yaml:"group" doc:"Heading of the wizard page the question appears on."`
	Prompt       string   `yaml:"prompt" doc:"The question as the writer sees it."`
	Help         string   `yaml:"help" doc:"Guidance shown under the question."`
	Example      string   `yaml:"example" doc:"An example of a good answer."`
	Kind         string   `yaml:"kind" prfaq:"enum=line|paragraph|list|qa|choice|date|bool" doc:"Kind of answer: line, paragraph, list, qa (question-and-answer list), choice, date or bool."`
	Options      []string `yaml:"options" doc:"The choices, for kind choice."`
	Default      string   `yaml:"default" doc:"Answer used when the writer gives none."`
	Required     bool     `yaml:"required" doc:"Whether the document is incomplete without an answer."`
	MaxWords     int      `yaml:"max_words" doc:"Word budget for the answer."`
	MaxSentences int      `yaml:"max_sentences" doc:"Sentence budget for the answer."`
	When         string   `yaml:"when" doc:"Condition for asking, e.g. mode == \"future\" or not press_release.dateline.city."`
	Aliases      []string `yaml:"aliases" doc:"Other headings that name this section in hand-written Markdown PR/FAQs."`
	After        string   `yaml:"after" doc:"With extends: id of the inherited question this new one follows (default: at the end)."`
	Ladder       Ladder   `yaml:"ladder" doc:"A why ladder asked after this question: its prompt again and again, each answer a rung, until an empty answer or the maximum."`
}

// Ladder asks "why does that matter?" after a question until the answer is
// in the customer's terms. Each answer is a rung stored in a list field.
type Ladder struct {
	ID     string `yaml:"id" doc:"Path of the document field, a list of texts, that holds the rungs, e.g. customer.whys."`
	Prompt string `yaml:"prompt" doc:"The question asked for each rung; {customer} is replaced by the start of the answer to customer.who (or \"the customer\")."`
	Help   string `yaml:"help" doc:"Guidance shown with the first rung."`
	Max    int    `yaml:"max" doc:"Most rungs asked; 0 means no ladder."`
}

// Asks reports whether the ladder is set up to ask anything.
func (l Ladder) Asks() bool { return l.ID != "" && l.Max > 0 }

// SectionDef declares a custom section. Its text lives in the document under
// sections.<id>; a question with id sections.<id> asks for it.
type SectionDef struct {
	ID    string `yaml:"id" prfaq:"required,pattern=^[a-z][a-z0-9_]*$" doc:"Lowercase letters, digits and _, starting with a letter; the key of the section under sections: in documents."`
	Title string `yaml:"title" prfaq:"required" doc:"Heading of the section in rendered outputs."`
	Part  string `yaml:"part" prfaq:"enum=press_release|faq|appendix" doc:"Part of the document the section belongs to: press_release, faq or appendix (default). Layouts place each part's sections with {{ range sections \"part\" }}."`
}

// FAQBank offers ready questions for the FAQ.
type FAQBank struct {
	External []BankQuestion `yaml:"external" doc:"Questions customers ask."`
	Internal []BankQuestion `yaml:"internal" doc:"Questions stakeholders ask."`
}

// BankQuestion is one question offered from the bank.
type BankQuestion struct {
	Question string `yaml:"question" prfaq:"required" doc:"The question."`
	Category string `yaml:"category" doc:"Category, for internal questions."`
	Help     string `yaml:"help" doc:"What a good answer covers."`
}

// ReviewTuning adjusts the read-throughs of prfaq review. Built-in topics
// apply without it; a topic here with a built-in id adds words and
// question forms to it (or turns it off), one with a new id is a new topic.
type ReviewTuning struct {
	Customer   []ReviewTopic `yaml:"customer" doc:"Topics of the customer read-through (built-in: cost, availability, getting-started, today, leaving, help)."`
	BarRaiser  []ReviewTopic `yaml:"bar_raiser" doc:"Areas of the bar-raiser read-through (built-in: customer-and-market, problems-and-assumptions, economics, dependencies, hard-engineering, hard-ui, third-parties, up-front-investment)."`
	KnownWords []string      `yaml:"known_words" doc:"Acronyms and names the customer knows without explanation, such as the product's own terms."`
	Jargon     []string      `yaml:"jargon" doc:"Words the customer would not know; added to the built-in list."`
}

// ReviewTopic is one topic of a read-through.
type ReviewTopic struct {
	ID         string   `yaml:"id" prfaq:"required,pattern=^[a-z][a-z0-9-]*$" doc:"A built-in topic id to tune, or a new one."`
	Question   string   `yaml:"question" doc:"The question the reader asks; required for a new topic."`
	Words      []string `yaml:"words" doc:"Words or phrases that answer the topic wherever they appear; a final * matches any ending (refund*)."`
	Forms      []string `yaml:"forms" doc:"Words or phrases that make an FAQ question one about this topic (how much, cancel*)."`
	Categories []string `yaml:"categories" doc:"Bar raiser: internal FAQ categories that cover the area."`
	Off        bool     `yaml:"off" doc:"True to leave the topic out."`
}

// Layout is the Markdown produced for each part of the document.
type Layout struct {
	PressRelease string `yaml:"press_release" doc:"Go text/template producing the press release in Markdown."`
	FAQ          string `yaml:"faq" doc:"Go text/template producing the FAQ (and appendix) in Markdown."`
}

// Question returns the template's question with the given id.
func (t *Template) Question(id string) (Question, bool) {
	for _, q := range t.Questions {
		if q.ID == id {
			return q, true
		}
	}
	return Question{}, false
}

// Section returns the custom section with the given id.
func (t *Template) Section(id string) (SectionDef, bool) {
	for _, s := range t.Sections {
		if s.ID == id {
			return s, true
		}
	}
	return SectionDef{}, false
}

// OffChoice is an answer to a choice question that is not one of the
// question's options: written by hand, or kept from before the template
// changed its options.
type OffChoice struct {
	ID      string // the question, and so the field
	Value   string
	Options []string
}

// OffChoices lists the answers in doc to the template's choice questions
// that are none of their options. The wizard refuses such answers; this
// holds a document edited by hand, or imported, to the same choices. An
// empty answer is no choice made, which required-section judges.
func (t *Template) OffChoices(doc *Document) []OffChoice {
	var out []OffChoice
	for _, q := range t.Questions {
		if q.Kind != KindChoice || len(q.Options) == 0 {
			continue // a choice over an enum field is checked by the format
		}
		v, err := doc.Get(q.ID)
		if err != nil {
			continue
		}
		text, ok := v.(string)
		if !ok || strings.TrimSpace(text) == "" {
			continue
		}
		if !slices.Contains(q.Options, strings.TrimSpace(text)) {
			out = append(out, OffChoice{ID: q.ID, Value: strings.TrimSpace(text), Options: q.Options})
		}
	}
	return out
}
