package lint

import "sync"

// Category groups rules for the score: each category is a quarter of it.
type Category string

const (
	Structure     Category = "structure"
	Clarity       Category = "clarity"
	Evidence      Category = "evidence"
	CustomerFocus Category = "customer focus"
)

// Rule describes one check. Its id is stable: configs, suppressions and
// baselines name it.
type Rule struct {
	ID       string
	Name     string
	Category Category
	Default  Severity
	Summary  string // one line: what the rule looks for
	Hint     string // what to do about a finding
}

// OnByDefault says whether the rule runs without a configuration that
// turns it on. passive-voice is off: the method does not ask for it, and
// reviewers agreed with 17 of the 313 passives it reported on
// hand-written PR/FAQs; a team that wants it writes enable: [passive-voice].
func (r Rule) OnByDefault() bool { return r.ID != "passive-voice" }

// DocPath is the rule's page in the documentation.
func (r Rule) DocPath() string { return "docs/rules/" + r.ID + ".md" }

const dataHint = "Replace adjectives with data: say how much, how many, compared with what."

// Rules lists every rule in the order the documentation presents them.
func Rules() []Rule {
	return []Rule{
		{"unknown-rule", "Unknown rule id", Structure, Warning, "A configuration file or a suppression comment names a rule, threshold or word list that does not exist, or gives a setting a value it cannot take.", "Check the id against docs/lint.md; it may be misspelt."},
		{"format", "Document format", Structure, Error, "The file is not a valid PR/FAQ document, or its template cannot be found.", "Fix the problem the message names; prfaq schema prints the format."},
		{"markdown-structure", "Markdown structure", Structure, Warning, "In a Markdown PR/FAQ, a part could not be found, was found only by its place and words, or some text fits no section.", "Mark the part with a heading of its name; docs/markdown.md lists the names and shapes prfaq reads."},
		{"required-section", "Required section", Structure, Error, "A section the template requires is missing or empty.", "Write the section; prfaq templates show NAME lists what the template asks for."},
		{"faq-min-entries", "Enough FAQ entries", Structure, Warning, "Fewer external or internal FAQ entries than the template asks for.", "Add the questions a customer or a stakeholder will ask; the template's faq_bank has ideas."},
		{"faq-categories", "Internal FAQ coverage", Structure, Info, "The internal FAQ has no entry in one of the template's categories.", "Add an internal entry with that category: the reviewers will ask."},
		{"faq-question-mark", "FAQ question form", Structure, Warning, "An FAQ question does not end with a question mark.", "Write the question as the reader would ask it, ending with \"?\"."},
		{"faq-duplicate", "Duplicate FAQ question", Structure, Error, "The same FAQ question appears twice.", "Merge the two entries, or make the questions distinct."},
		{"faq-unanswered", "Unanswered FAQ question", Structure, Warning, "An FAQ question has no answer.", "Answer it, or remove it; an unanswered question is a finding in itself."},
		{"press-release-length", "Press release length", Structure, Warning, "The press release is longer than about one page.", "Cut to what a customer needs to know; move detail to the FAQ."},
		{"faq-length", "FAQ length", Structure, Warning, "The FAQ is longer than about five pages.", "Cut answers to what decides the question; move data to the appendix."},
		{"field-length", "Section budget", Structure, Warning, "A section is longer than its template's word or sentence budget.", "Cut it to the budget the template sets; prfaq templates show NAME lists the budgets."},
		{"paragraph-length", "Paragraph length", Clarity, Warning, "A paragraph has more than about five sentences.", "Split it: three or four sentences make a paragraph easy to read."},
		{"subheadline-sentence", "Subheadline is one sentence", Structure, Warning, "The subheadline is not exactly one sentence.", "One sentence: who the customer is and the benefit they get."},
		{"headline-form", "Headline form", Structure, Warning, "The headline is not one sentence, or is only the product's name.", "Name the product and the benefit, in one sentence the customer understands."},
		{"long-sentence", "Long sentence", Clarity, Warning, "A sentence has more than 30 words.", "Split it; one idea per sentence."},
		{"weasel-words", "Weasel words", Clarity, Warning, "Vague qualifiers (nearly all, significantly, might, many...) that hide missing data.", dataHint},
		{"buzzwords", "Marketing buzzwords", Clarity, Warning, "Marketing words (simple, seamless, world-class...) that claim instead of show.", dataHint + " Let the reader decide if it is easy."},
		{"hype-in-quotes", "Hype in quotes", Clarity, Warning, "Quotes that say how excited people are instead of why it matters.", "Say what the product changes for the customer, not how the speaker feels."},
		{"acronym", "Acronym not spelled out", Clarity, Info, "An acronym is used before it is spelled out.", "Spell it out at first use: \"continuous integration (CI)\"."},
		{"placeholder", "Placeholder left in", Structure, Error, "Text such as TODO, TBD, XX or [Customer Name] is still in the document.", "Replace the placeholder with the real text."},
		{"readability", "Readability", Clarity, Info, "The press release reads above the grade level set (Flesch-Kincaid, default 10).", "Shorter sentences and plainer words: Oprah-speak, not geek-speak."},
		{"passive-voice", "Passive voice", Clarity, Info, "A paragraph leans on the passive voice, which hides who does what.", "Say who acts: \"we built\", \"customers pay\"."},
		{"dateline", "Dateline", Evidence, Error, "The dateline is missing, or in future mode its date is not ahead.", "Give a city and a launch date; in future mode, a date ahead."},
		{"approval-policy", "Customers' reactions against the approval policy", Evidence, Info, "A document in review whose current version has fewer customers excited, or more opposed, than the approval policy in .prfaq-lint.yaml asks before approval.", "Show this version to more customers and record their reactions with prfaq feedback add; docs/customers.md explains the policy."},
		{"launch-hypothetical-quote", "Invented quote after launch", Evidence, Error, "In launch mode, a quote is still marked hypothetical.", "Quote a real customer, or remove the quote."},
		{"problem-names-solution", "Problem names the solution", CustomerFocus, Warning, "The problem paragraph names the product or describes the solution.", "Describe the customer's problem only; the solution comes later."},
		{"unsourced-number", "Unsourced number", Evidence, Warning, "A figure that sizes the problem (a share, count, cost, rate or wait) has no source and is not marked as an assumption.", "Name the source in the same sentence, in parentheses (2026 survey, n = 1,200) or in words (in our 2026 survey of 1,200 diners), or write (assumption)."},
		{"customer-focus", "Customer focus", CustomerFocus, Warning, "The press release talks more about us or competitors than about the customer.", "Rewrite from the customer's side: what they do, what changes for them."},
		{"placeholder-names", "Placeholder names left in", Structure, Warning, "A stand-in person, company or address (John Doe, Acme Corp, Company X, name@example.com) is still in the text or a quote's speaker or role.", "Write the real name: the customer you would quote, the company, the address the reader will use."},
		{"faq-cross-reference", "FAQ cross-reference", Structure, Warning, "A reference to an FAQ entry (\"see I9\", \"(E3)\", \"see question 14\") names no entry of the document.", "Point at the entry you mean, or write the answer where the reference is."},
		{"faq-near-duplicate", "Near-duplicate FAQ question", Structure, Warning, "Two questions of one FAQ list ask the same thing in other words (\"Is the course free?\", \"Is the training going to be free?\").", "Merge the two entries into one answer, or make each question say what it asks that the other does not."},
		{"quote-not-experience", "Customer quote is not an experience", CustomerFocus, Warning, "The customer quote asks a question, asks for a feature, praises the company, or only predicts, instead of describing what the customer experienced.", "Let the customer say what happened when they used the product: what they did, what changed for them, with a number if they have one."},
		{"problem-impact", "Problem without customer impact", CustomerFocus, Warning, "Neither the problem nor the why ladder's last rung states a consequence for the customer (time, money, effort, risk or a missed outcome) with a number or something customers were seen doing.", "Ask \"why does that matter to the customer?\" until the answer is in their terms: hours lost, money spent, work redone by hand, a risk taken, an outcome missed; prfaq edit FILE --section customer climbs the ladder."},
		{"customer-question-unanswered", "Customer question unanswered", CustomerFocus, Info, "Neither the press release nor the FAQ answers a question every customer asks: the cost, where and when to get it, how to start, how it beats today's way, what happens on leaving, or how to get help.", "Add an FAQ entry (or a sentence in the release) that answers it; prfaq review FILE --as customer lists the questions by paragraph."},
		{"problem-no-evidence", "Problem without evidence", Evidence, Warning, "The problem paragraph gives no evidence at all: no number, no source, nothing customers were seen doing or said.", "Size the problem with what you know: a number with its source, what you saw in interviews, tickets or data; or mark a figure as an assumption."},
		{"choice-option", "Answer outside the template's choices", Structure, Error, "A field the template asks as a choice holds a value that is none of the question's options.", "Write one of the options the message lists (prfaq templates show NAME prints them), or add the value to the template's options if the team agrees."},
		{"needs-unknown", "Unknown customer need", Structure, Error, "serves names a need that the team's .prfaq/needs.yaml does not define.", "Name a need of .prfaq/needs.yaml (prfaq schema needs describes the file), or add the need there if the team agrees it is evergreen."},
		{"needs-unspoken", "Need never spoken to", CustomerFocus, Warning, "The document serves a need, and its press release says nothing the need's name, words or measures show.", "Say in the press release what changes for the customer on that need, in its words or measures; or drop the need from serves."},
		{"needs-undeclared", "No customer need declared", CustomerFocus, Info, "The team has customer needs (.prfaq/needs.yaml) and the document names none it serves.", "Add serves: [ID] with the needs this idea is a bet on; an idea that serves none deserves the question why."},
	}
}

// RuleByID finds a rule.
func RuleByID(id string) (Rule, bool) {
	r, ok := rulesByID()[id]
	return r, ok
}

// ruleList is Rules built once, for lint's own loops; callers of Rules
// get a copy they may change.
var ruleList = sync.OnceValue(Rules)

// rulesByID indexes Rules once: lint looks a rule up for every finding
// and severity, and building the list each time was a measurable share
// of linting a folder.
var rulesByID = sync.OnceValue(func() map[string]Rule {
	m := map[string]Rule{}
	for _, r := range Rules() {
		if _, dup := m[r.ID]; !dup {
			m[r.ID] = r
		}
	}
	return m
})
