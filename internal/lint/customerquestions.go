package lint

import (
	"fmt"
	"strings"

	"github.com/prfaq/prfaq/internal/review"
)

// checkCustomerQuestions: the customer read-through of prfaq review, one
// finding per document naming the topics (cost, availability, getting
// started, today's way, leaving, help) that neither the release nor the
// FAQ answers. One finding, not one per question: the read-through lists
// the questions, and a note per topic would bury the document's other
// findings. Unknown words and "we" paragraphs are the acronym and
// customer-focus rules' business. What counts as an answer, words or
// shapes, is review's alone, so that the rule and prfaq review never
// disagree on a question.
func checkCustomerQuestions(c *checker) {
	if _, on := c.severity("customer-question-unanswered"); !on || c.doc == nil {
		return
	}
	pr := c.doc.PressRelease
	if strings.TrimSpace(pr.Summary+pr.Solution+pr.GettingStarted+pr.CallToAction) == "" {
		// Nothing tells the customer about the product yet: a draft of
		// the problem alone is not ready for the customer's questions.
		return
	}
	rep := review.CustomerTopicGaps(c.doc, c.t, review.FieldParagraphs(c.doc))
	var topics []string
	for _, q := range rep.Questions {
		if q.Topic == review.TopicWords || q.Topic == review.TopicWe {
			continue
		}
		topics = append(topics, topicWords(q.Topic))
	}
	if len(topics) == 0 {
		return
	}
	at := "faq.external"
	if len(c.doc.FAQ.External) == 0 {
		at = "press_release"
	}
	c.addRule("customer-question-unanswered", c.posOf(at),
		fmt.Sprintf("neither the press release nor the FAQ tells the customer %s", joinAnd(topics)))
}

// topicWords says what a customer topic asks, for the message.
func topicWords(id string) string {
	switch id {
	case "cost":
		return "what it costs"
	case "availability":
		return "where and when to get it"
	case "getting-started":
		return "how to start"
	case "today":
		return "how it beats what they do today"
	case "leaving":
		return "what happens if they stop"
	case "help":
		return "how to get help"
	}
	return "about " + id
}

func joinAnd(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " or " + items[len(items)-1]
}
