package wizard

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/prfaq/prfaq/internal/prfaq"
)

// ladderStop is what a writer types at a plain prompt to drop a rung they
// wrote before (and the rungs after it): there, Enter keeps an answer.
const ladderStop = "-"

// asksLadder reports whether the wizard climbs q's why ladder after q.
func (q *Question) asksLadder() bool {
	return q.Ladder.Asks()
}

// Rungs returns the why ladder of q held in doc.
func Rungs(doc *prfaq.Document, q *Question) []string {
	v, err := doc.Get(q.Ladder.ID)
	if err != nil {
		return nil
	}
	rungs, _ := v.([]string)
	return rungs
}

// setRungs stores the ladder's rungs, dropping empty ones, so an empty
// answer never leaves a gap in the chain.
func setRungs(doc *prfaq.Document, q *Question, rungs []string) error {
	var kept []string
	for _, r := range rungs {
		if r = strings.Join(strings.Fields(r), " "); r != "" {
			kept = append(kept, r)
		}
	}
	return doc.Set(q.Ladder.ID, kept)
}

// LadderPrompt is the ladder's prompt for doc, with {customer} replaced by
// the customer as the writer named them.
func LadderPrompt(q *Question, doc *prfaq.Document) string {
	return strings.ReplaceAll(q.Ladder.Prompt, "{customer}", customerName(doc.Customer.Who))
}

// maxCustomerWords bounds the customer's name in a prompt: longer, the
// question would bury the why.
const maxCustomerWords = 12

// customerName is the first clause of the answer to "who is the customer?",
// as it reads inside a question ("friends sharing a restaurant bill"), or
// "the customer" when that clause is missing or too long to read as a name.
func customerName(who string) string {
	clause, _, _ := strings.Cut(strings.TrimSpace(who), "\n")
	if i := strings.IndexAny(clause, ".,;:()!?"); i >= 0 {
		clause = clause[:i]
	}
	words := strings.Fields(clause)
	if len(words) == 0 || len(words) > maxCustomerWords {
		return "the customer"
	}
	name := strings.Join(words, " ")
	// "Friends sharing..." reads "friends sharing..." mid-sentence, but an
	// acronym or a name ("IT admins", "Priya's team") keeps its capital.
	first, size := utf8.DecodeRuneInString(name)
	if next, _ := utf8.DecodeRuneInString(name[size:]); unicode.IsLower(next) && len(words[0]) > 1 && !isProperName(words[0]) {
		name = string(unicode.ToLower(first)) + name[size:]
	}
	return name
}

// isProperName guesses that a capitalised word with an apostrophe is a
// name ("Priya's").
func isProperName(word string) bool {
	return strings.ContainsAny(word, "'’")
}

// ladderChain is the chain so far, shown above each rung: the answer the
// ladder climbs from, then each rung, one line each.
func ladderChain(q *Question, doc *prfaq.Document, rungs []string) string {
	var b strings.Builder
	if start := strings.TrimSpace(Text(doc, q)); start != "" {
		b.WriteString(fieldName(q.ID) + ": " + excerpt(start, 30) + "\n")
	}
	for _, r := range rungs {
		if r = strings.TrimSpace(r); r != "" {
			b.WriteString("Because: " + excerpt(r, 30) + "\n")
		}
	}
	return strings.TrimSpace(b.String())
}

// fieldName is the last part of a field path as a word: customer.problem
// gives Problem.
func fieldName(id string) string {
	name := id[strings.LastIndex(id, ".")+1:]
	name = strings.ReplaceAll(name, "_", " ")
	return capitalize(name)
}

// rungTitle is the question for rung n (from 1) of q's ladder, with where
// it stands: "Why does that matter to diners? (why 2 of 5)".
func rungTitle(q *Question, doc *prfaq.Document, n int) string {
	return fmt.Sprintf("%s (why %d of %d)", LadderPrompt(q, doc), n, q.Ladder.Max)
}

// IsEmptyAnswer reports whether doc holds no answer to q.
func IsEmptyAnswer(doc *prfaq.Document, q *Question) bool {
	return strings.TrimSpace(Text(doc, q)) == ""
}
