package lint

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/textstat"
)

// nearSame is how much two questions' content words must overlap to be
// the same question in other words: three quarters of the words either
// uses (Jaccard). "Is the course free?" and "Is the training going to be
// free?" share all theirs; "How much does it cost?" and "How much does it
// cost us to run?" share half, and ask different things.
const nearSameNum, nearSameDen = 3, 4

// checkFAQNearDuplicates: within one list, two questions that ask the
// same thing in other words. The external and the internal list are not
// compared: "What does it cost?" is the price in one and the cost to
// build in the other. Questions equal after normalising are
// faq-duplicate's.
func checkFAQNearDuplicates(c *checker) {
	if _, on := c.severity("faq-near-duplicate"); !on {
		return
	}
	product := map[string]bool{}
	for _, w := range textstat.Words(c.doc.Product) {
		product[strings.ToLower(w.Text(c.doc.Product))] = true
	}
	for _, l := range []struct {
		key     string
		entries []prfaq.FAQEntry
	}{{"faq.external", c.doc.FAQ.External}, {"faq.internal", c.doc.FAQ.Internal}} {
		// The questions' words as lint already split them, where it
		// did: splitting each question again was a tenth of the rule.
		split := func(i int) (string, []textstat.Word, bool) {
			f := c.field(l.key + "[" + strconv.Itoa(i) + "].question")
			if f == nil {
				return "", nil, false
			}
			return f.prose, f.words, true
		}
		for _, p := range nearDuplicates(l.entries, product, split) {
			later, earlier := l.entries[p[0]], l.entries[p[1]]
			c.addRule("faq-near-duplicate", c.posOf(l.key+"["+strconv.Itoa(p[0])+"].question"),
				fmt.Sprintf("FAQ %s asks nearly what %s asks: %s and %s", later.ID, earlier.ID, quote(strings.TrimSpace(later.Question)), quote(strings.TrimSpace(earlier.Question))))
		}
	}
}

// nearDuplicates pairs each question that nearly repeats an earlier one
// of the list with the first such: [later, earlier] indexes.
//
// Comparing every pair costs the square of the list's length (a generated
// FAQ of thousands of entries), so candidates come from prefix filtering:
// with each question's words ordered rarest first, two questions that
// share three quarters of their words share a word among the first
// len - ceil(3/4 len) + 1 of each.
//
// split gives a question's words already split, when it has them; nil
// splits each question here.
func nearDuplicates(entries []prfaq.FAQEntry, product map[string]bool, split func(i int) (string, []textstat.Word, bool)) [][2]int {
	terms := make([][]string, len(entries))
	df := map[string]int{}
	for i, e := range entries {
		if prose, words, ok := splitWith(split, i); ok {
			terms[i] = termsOf(prose, words, product)
		} else {
			terms[i] = questionTerms(e.Question, product)
		}
		for _, t := range terms[i] {
			df[t]++
		}
	}
	rarestFirst := func(a, b string) int { return cmp.Or(cmp.Compare(df[a], df[b]), strings.Compare(a, b)) }
	var out [][2]int
	index := map[string][]int{}          // a prefix word -> the questions whose prefix holds it
	bySet := map[string]int{}            // a question's words, joined -> its first question
	exact := map[string]int{}            // a question's normalised text -> its first question
	checked := make([]int, len(entries)) // the last question each was a candidate for, plus one
	for i, e := range entries {
		t := terms[i]
		if len(t) == 0 {
			continue
		}
		norm := strings.ToLower(joinFields(strings.TrimRight(strings.TrimSpace(e.Question), "?")))
		if _, dup := exact[norm]; dup {
			continue // faq-duplicate reports it
		}
		exact[norm] = i
		found := -1
		// A question with the same words as an earlier one pairs with the
		// first of them, and stays out of the index: thousands of
		// questions in the same words would each be every later one's
		// candidate.
		key := strings.Join(t, " ")
		first, same := bySet[key]
		if same {
			found = first
		} else {
			bySet[key] = i
		}
		ordered := slices.Clone(t)
		slices.SortFunc(ordered, rarestFirst)
		prefix := ordered[:len(t)-ceilDiv(nearSameNum*len(t), nearSameDen)+1]
		for _, w := range prefix {
			for _, j := range index[w] {
				if checked[j] == i+1 {
					continue
				}
				checked[j] = i + 1
				if nearlySame(terms[j], t) && (found < 0 || j < found) {
					found = j
				}
			}
		}
		if found >= 0 {
			out = append(out, [2]int{i, found})
		}
		if same {
			continue
		}
		for _, w := range prefix {
			index[w] = append(index[w], i)
		}
	}
	return out
}

func ceilDiv(a, b int) int { return (a + b - 1) / b }

// nearlySame reports whether two sorted sets of words share at least
// nearSame of their union.
func nearlySame(a, b []string) bool {
	shared := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch strings.Compare(a[i], b[j]) {
		case 0:
			shared++
			i++
			j++
		case -1:
			i++
		default:
			j++
		}
	}
	union := len(a) + len(b) - shared
	return shared > 0 && shared*nearSameDen >= union*nearSameNum
}

// questionTerms are the words of a question that say what it asks, sorted
// and each once: lower case, without the product's name and the words
// any question has (what, does, the, it...), plurals and endings cut
// (prices, priced, pricing: pric), and a few words that ask the same
// made one (free and cost; course, training and programme). who, when,
// where, why and not stay: they change the question.
func questionTerms(q string, product map[string]bool) []string {
	prose := textstat.Prose(q)
	return termsOf(prose, textstat.Words(prose), product)
}

func splitWith(split func(int) (string, []textstat.Word, bool), i int) (string, []textstat.Word, bool) {
	if split == nil {
		return "", nil, false
	}
	return split(i)
}

// termsOf is questionTerms of a question already split into words.
func termsOf(prose string, words []textstat.Word, product map[string]bool) []string {
	var out []string
	for _, w := range words {
		t := strings.ToLower(w.Text(prose))
		t = strings.ReplaceAll(t, "’", "'")
		if base, ok := strings.CutSuffix(t, "n't"); ok {
			out = append(out, "not")
			switch base {
			case "ca":
				base = "can"
			case "wo":
				base = "will"
			}
			t = base
		}
		if i := strings.IndexByte(t, '\''); i > 0 {
			t = t[:i] // what's, we'll, I'd
		}
		if product[t] || isQuestionStopWord(t) {
			continue
		}
		if s, ok := sameAsk(t); ok {
			t = s
		} else {
			t = stem(t)
		}
		out = append(out, t)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// sameAsk maps words that ask the same thing to one.
func sameAsk(w string) (string, bool) {
	switch w {
	case "free", "cost", "costs", "costing":
		return "cost", true
	case "course", "courses", "training", "trainings", "programme", "programmes", "program", "programs":
		return "course", true
	case "no", "not", "never", "without":
		return "not", true
	}
	return "", false
}

// stem cuts the endings that make one word several: plurals, -ing, -ed,
// a final e (price, priced, pricing). Crude, but the same for both
// questions compared, which is what matters.
func stem(w string) string {
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		w = w[:len(w)-3] + "y"
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		w = w[:len(w)-1]
	}
	switch {
	case len(w) > 5 && strings.HasSuffix(w, "ing"):
		w = w[:len(w)-3]
	case len(w) > 4 && strings.HasSuffix(w, "ed"):
		w = w[:len(w)-2]
	}
	if len(w) > 3 && strings.HasSuffix(w, "e") {
		w = w[:len(w)-1]
	}
	return w
}

// isQuestionStopWord is a word that says nothing of what a question asks.
func isQuestionStopWord(w string) bool {
	switch w {
	case "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from",
		"about", "as", "into", "onto", "than", "then", "so", "too", "very", "is", "are", "was", "were", "be",
		"been", "being", "am", "do", "does", "did", "done", "doing", "have", "has", "had", "having", "can",
		"could", "will", "would", "shall", "should", "may", "might", "must", "i", "me", "my", "mine", "we",
		"us", "our", "ours", "you", "your", "yours", "he", "him", "his", "she", "her", "it", "its", "they",
		"them", "their", "theirs", "this", "that", "these", "those", "there", "here", "what", "which", "how",
		"whom", "whose", "get", "gets", "got", "getting", "go", "goes", "going", "gone", "much", "many", "any",
		"anything", "some", "something", "also", "just", "only", "still", "ever", "really", "need", "needs",
		"one", "ones", "way", "kind", "sort", "thing", "things", "lot", "lots", "s", "ll", "d", "m", "ve", "re":
		return true
	}
	return false
}
