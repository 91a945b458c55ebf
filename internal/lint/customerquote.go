package lint

import (
	"fmt"
	"strings"
	"sync"

	"github.com/prfaq/prfaq/internal/textstat"
)

// checkQuoteExperience: the customer quote describes what the customer
// experienced. A question, a feature request, praise of the company, or
// a quote that only predicts, does not.
func checkQuoteExperience(c *checker) {
	if _, on := c.severity("quote-not-experience"); !on {
		return
	}
	f := c.field("press_release.customer_quote.text")
	if f == nil {
		return
	}
	lists := quotePhrases()
	requests, company, predictions := lists.requests, lists.company, lists.future
	future := 0
	var firstFuture textstat.Span
	for _, s := range f.sentences {
		text := f.text[s.Start:s.End]
		lower := normalQuotes(strings.ToLower(f.prose[s.Start:s.End]))
		at := firstWords(s, 6)
		switch {
		case isOwnQuestion(text):
			c.add("quote-not-experience", f, at, fmt.Sprintf("the customer quote asks a question, %s: a customer who used the product says what happened", quote(text)))
		case phraseGate(lower, requestGate...) && hasAnyPhrase(lower, requests):
			c.add("quote-not-experience", f, at, fmt.Sprintf("the customer quote asks for a feature, %s: a customer quote says what the product did for them", quote(text)))
		case phraseGate(lower, companyGate...) && hasAnyPhrase(lower, company):
			c.add("quote-not-experience", f, at, fmt.Sprintf("the customer quote praises the company, %s: a customer quote says what changed in the customer's own life", quote(text)))
		}
		if phraseGate(lower, futureGate...) && hasAnyPhrase(lower, predictions) {
			if future == 0 {
				firstFuture = at
			}
			future++
		}
	}
	if future > 0 && future == len(f.sentences) {
		c.add("quote-not-experience", f, firstFuture, fmt.Sprintf("the customer quote only predicts, %s: quote the benefit the customer experienced, as if after launch", quote(f.text[f.sentences[0].Start:f.sentences[len(f.sentences)-1].End])))
	}
}

// normalQuotes writes typographic apostrophes as ASCII ones, as the
// phrase lists do.
func normalQuotes(s string) string {
	return strings.ReplaceAll(s, "’", "'")
}

// isOwnQuestion reports whether a sentence of a quote is the speaker's
// question, not a question they report ("My son asked, 'Can we go?'"),
// which is part of a story.
func isOwnQuestion(sentence string) bool {
	t := strings.TrimRight(strings.TrimSpace(sentence), `"'”’)*_`)
	if !strings.HasSuffix(t, "?") {
		return false
	}
	lower := strings.ToLower(t)
	for _, w := range []string{"asked", "asking", "asks", "ask ", "wondered", "wondering", "wonder "} {
		if strings.Contains(lower, w) {
			return false
		}
	}
	// A quotation inside the quote: the question is someone's words.
	return !strings.ContainsAny(t[:len(t)-1], `"“‘`) && !strings.Contains(t, " '")
}

// hasAnyPhrase reports whether lower holds one of the phrases as whole
// words.
func hasAnyPhrase(lower string, phrases []string) bool {
	for _, p := range phrases {
		if firstPhrase(lower, []string{p}) >= 0 {
			return true
		}
	}
	return false
}

// The gates of the phrase lists: each phrase of a list holds one of its
// gate's words (TestPhraseGates).
var (
	requestGate = []string{"wish", "if only", "be ", "hope", "love", "like", "please", "add", "missing"}
	companyGate = []string{"lead", "pioneer", "committed", "dedicated", "passionate", "trusted", "customer"}
	futureGate  = []string{"will", "'ll", "won't", "going to", "wait", "forward"}
)

// phraseGate reports whether lower holds one of the words every phrase
// of a list holds: most sentences hold none, and are passed over
// without looking for each phrase.
func phraseGate(lower string, words ...string) bool {
	for _, w := range words {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// firstPhrase is where the first of the phrases found, as whole words,
// starts in lower; -1 if none is.
func firstPhrase(lower string, phrases []string) int {
	first := -1
	for _, p := range phrases {
		for from := 0; from < len(lower); {
			i := strings.Index(lower[from:], p)
			if i < 0 {
				break
			}
			i += from
			end := i + len(p)
			// "'ll" is the end of a word: its start is not a word's.
			if (i == 0 || p[0] == '\'' || !isQuoteWordByte(lower[i-1])) && (end == len(lower) || !isQuoteWordByte(lower[end])) {
				if first < 0 || i < first {
					first = i
				}
				break
			}
			from = i + 1
		}
	}
	return first
}

// isQuoteWordByte is a byte of a word in a quote, where "I'd" is one word.
func isQuoteWordByte(b byte) bool {
	return b == '\'' || isWordByte(b)
}

// requestPhrases ask for what the product does not do: the customer is
// still waiting, not describing a benefit. "I wish I had found it sooner"
// is praise, and not among them.
// quotePhrases are the phrase lists, built once: a few hundred phrases
// built again for every document were a fifth of the rule's time.
var quotePhrases = sync.OnceValue(func() struct{ requests, company, future []string } {
	return struct{ requests, company, future []string }{requestPhrases(), companyPhrases(), futurePhrases()}
})

func requestPhrases() []string {
	var out []string
	for _, who := range []string{"it", "they", "you", "there", "the app", "the product", "the tool", "we could"} {
		out = append(out, "i wish "+who, "if only "+who)
	}
	for _, how := range []string{"great", "nice", "good", "helpful", "amazing", "awesome", "perfect", "better", "even better", "ideal", "useful"} {
		out = append(out, "it would be "+how+" if", "it'd be "+how+" if", "would be "+how+" to have")
	}
	for _, who := range []string{"they", "you", "it"} {
		for _, verb := range []string{"add", "adds", "will add", "would add", "can add", "could add", "build", "will support", "would support", "can support", "support"} {
			out = append(out, "i hope "+who+" "+verb)
		}
	}
	return append(out, "would love it if", "i'd love it if", "would love to see", "i'd love to see",
		"would like to see", "i'd like to see", "please add", "please make it", "they should add", "you should add",
		"they need to add", "you need to add", "still missing", "the only thing missing", "the one thing missing")
}

// companyPhrases describe a company, not the customer's life: what a
// press release says of itself, put in a customer's mouth.
func companyPhrases() []string {
	var out []string
	for _, be := range []string{"is", "are"} {
		for _, what := range []string{"a leader in", "the leader in", "leaders in", "a leading", "the leading", "an industry leader",
			"the industry leader", "a market leader", "the market leader", "a pioneer", "pioneers", "committed to", "dedicated to",
			"passionate about", "a trusted partner", "our trusted partner", "truly customer-focused", "customer-obsessed"} {
			out = append(out, be+" "+what)
		}
	}
	return append(out, "puts customers first", "puts its customers first", "put their customers first", "puts their customers first",
		"really cares about its customers", "truly cares about its customers", "really care about their customers",
		"truly care about their customers", "cares about its customers", "care about their customers")
}

// futurePhrases say what will happen: a quote made only of them predicts
// rather than tells.
func futurePhrases() []string {
	return []string{"will", "'ll", "won't", "is going to", "are going to", "am going to", "'m going to", "'re going to",
		"'s going to", "can't wait", "cannot wait", "looking forward", "look forward"}
}
