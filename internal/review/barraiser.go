package review

import (
	"slices"
	"strings"

	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/textstat"
)

// Area is one area of the bar-raiser read-through and whether the
// internal FAQ covers it.
type Area struct {
	Topic    string   `json:"topic"`
	Kind     string   `json:"kind"`
	Question string   `json:"question"`
	Covered  bool     `json:"covered"`
	By       []string `json:"by"`
	Why      string   `json:"why"`
}

// Area kinds.
const (
	KindArea        = "area"
	KindFeasibility = "feasibility"
)

// BarRaiserReport is the bar-raiser read-through of one document.
type BarRaiserReport struct {
	Title string `json:"title"`
	Areas []Area `json:"areas"`
}

// Uncovered counts the areas no entry covers.
func (r *BarRaiserReport) Uncovered() int {
	n := 0
	for _, a := range r.Areas {
		if !a.Covered {
			n++
		}
	}
	return n
}

// feasibility are the built-in topics that are feasibility questions.
var feasibility = []string{"hard-engineering", "hard-ui", "third-parties", "up-front-investment"}

// BarRaiser reads the internal FAQ as the bar raiser would: for each area
// (BarRaiserTopics, tuned by the template's review: key), the internal
// entries with an answer that cover it. An entry covers an area when its
// category is one of the area's categories, its question has one of the
// area's forms, or its question or answer holds one of the area's words.
func BarRaiser(doc *prfaq.Document, t *prfaq.Template) *BarRaiserReport {
	rep := &BarRaiserReport{Title: title(doc), Areas: []Area{}}
	var tuning []prfaq.ReviewTopic
	if t != nil {
		tuning = t.Review.BarRaiser
	}
	var internal []prfaq.FAQEntry
	if doc != nil {
		for _, e := range doc.FAQ.Internal {
			if strings.TrimSpace(e.Answer) != "" {
				internal = append(internal, e)
			}
		}
	}
	for _, topic := range tuned(BarRaiserTopics(), tuning) {
		kind := KindArea
		if slices.Contains(feasibility, topic.ID) {
			kind = KindFeasibility
		}
		a := Area{Topic: topic.ID, Kind: kind, Question: topic.Question, By: []string{}}
		forms, words := phrases(topic.Forms), phrases(topic.Words)
		for _, e := range internal {
			q := tokens(e.Question)
			_, byForm := firstIn(forms, q)
			_, byWord := firstIn(words, append(q, tokens(textstat.Prose(e.Answer))...))
			if categoryIn(e.Category, topic.Categories) || byForm || byWord {
				a.By = append(a.By, e.ID)
			}
		}
		a.Covered = len(a.By) > 0
		if !a.Covered {
			if len(internal) == 0 {
				a.Why = "the document has no internal FAQ entry with an answer"
			} else {
				a.Why = "no internal FAQ entry has its category, a question about it, or its words"
			}
		}
		rep.Areas = append(rep.Areas, a)
	}
	return rep
}

func categoryIn(category string, categories []string) bool {
	c := strings.Join(tokens(category), "-")
	if c == "" {
		return false
	}
	return slices.ContainsFunc(categories, func(k string) bool { return strings.Join(tokens(k), "-") == c })
}
