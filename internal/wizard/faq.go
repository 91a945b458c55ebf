package wizard

import (
	"strconv"
	"strings"

	"github.com/prfaq/prfaq/internal/prfaq"
)

// faqList is the FAQ list a qa question fills, with what the template
// offers for it.
type faqList struct {
	entries *[]prfaq.FAQEntry
	prefix  string // E or I
	bank    []prfaq.BankQuestion
	min     int
	// categories an entry of one's own may be filed under (internal FAQ).
	categories []string
}

func faqListFor(t *prfaq.Template, q *Question, doc *prfaq.Document) faqList {
	if q.ID == "faq.internal" {
		return faqList{&doc.FAQ.Internal, "I", t.FAQBank.Internal, t.Budgets.MinInternalFAQ, t.FAQCategories}
	}
	return faqList{&doc.FAQ.External, "E", t.FAQBank.External, t.Budgets.MinExternalFAQ, nil}
}

// Offers are the bank's questions the list does not ask yet.
func (l faqList) offers() []prfaq.BankQuestion {
	asked := map[string]bool{}
	for _, e := range *l.entries {
		asked[normalQuestion(e.Question)] = true
	}
	var out []prfaq.BankQuestion
	for _, b := range l.bank {
		if !asked[normalQuestion(b.Question)] {
			out = append(out, b)
		}
	}
	return out
}

func normalQuestion(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// nextID is the next free id of the list: E4 after E1-E3, whatever their
// order, so ids stay stable when entries move.
func (l faqList) nextID() string {
	most := 0
	for _, e := range *l.entries {
		if n, err := strconv.Atoi(strings.TrimPrefix(e.ID, l.prefix)); err == nil && n > most {
			most = n
		}
	}
	return l.prefix + strconv.Itoa(most+1)
}

// add appends an entry with the next free id.
func (l faqList) add(question, category, answer string) {
	*l.entries = append(*l.entries, prfaq.FAQEntry{
		ID:       l.nextID(),
		Category: category,
		Question: strings.TrimSpace(question),
		Answer:   normalizeParagraph(answer),
	})
}

// NumberFAQ gives FAQ entries without an id the next free one; answers
// files may leave ids out.
func NumberFAQ(doc *prfaq.Document) {
	for _, l := range []faqList{{entries: &doc.FAQ.External, prefix: "E"}, {entries: &doc.FAQ.Internal, prefix: "I"}} {
		for i := range *l.entries {
			if (*l.entries)[i].ID == "" {
				(*l.entries)[i].ID = l.nextID()
			}
		}
	}
}

// prune drops entries the writer emptied (no question and no answer left).
func (l faqList) prune() {
	kept := (*l.entries)[:0]
	for _, e := range *l.entries {
		if strings.TrimSpace(e.Question) != "" || strings.TrimSpace(e.Answer) != "" {
			kept = append(kept, e)
		}
	}
	*l.entries = kept
}

// countLine says how many entries there are against the template's
// minimum: "2 entries, at least 3 expected".
func (l faqList) countLine() string {
	n := len(*l.entries)
	s := plural(n, "entry")
	if n != 1 {
		s = strconv.Itoa(n) + " entries"
	}
	if l.min > 0 {
		s += ", at least " + strconv.Itoa(l.min) + " expected"
	}
	return s
}
