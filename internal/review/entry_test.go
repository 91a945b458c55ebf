package review_test

import "github.com/prfaq/prfaq/internal/prfaq"

func prfaqEntry(id, q, a string) prfaq.FAQEntry {
	return prfaq.FAQEntry{ID: id, Question: q, Answer: a}
}
