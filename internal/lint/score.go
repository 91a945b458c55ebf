package lint

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/source"
)

// Score is a document's mark out of 100: four categories of 25 points,
// each losing points for the findings of its rules, and no more than the
// share of the template's sections the document has.
type Score struct {
	Total      int             `json:"score"`
	Categories []CategoryScore `json:"categories"`
	// Coverage is the template's sections the document has; nil when
	// the score was made from findings alone.
	Coverage *Coverage `json:"coverage,omitempty"`
	// Words is the length of the press release and the FAQ.
	Words int `json:"words,omitempty"`
}

// Coverage is how many of the sections a template asks for a document
// has. A draft that is half written is not half good: its score is at
// most the share it has, however clean the half it has is.
type Coverage struct {
	Found   int      `json:"found"`
	Asked   int      `json:"asked"`
	Missing []string `json:"missing,omitempty"`
	Cap     int      `json:"cap"`
}

// CategoryScore is one quarter of the score and what cost it points.
type CategoryScore struct {
	Category Category   `json:"category"`
	Score    int        `json:"score"`
	Max      int        `json:"max"`
	Lost     []RuleCost `json:"lost,omitempty"`
	// Missing are the sections without which the category's points
	// cannot be earned: evidence needs a problem paragraph to hold it.
	Missing []string `json:"missing,omitempty"`
}

// RuleCost is what one rule's findings cost.
type RuleCost struct {
	Rule     string  `json:"rule"`
	Findings int     `json:"findings"`
	Points   float64 `json:"points"`
}

// Points a finding costs, and the most one rule can cost, so a single
// habit (a favourite weasel word) cannot empty a category by itself.
const (
	categoryPoints = 25
	errorCost      = 6
	warningCost    = 2
	infoCost       = 0.5
	ruleCap        = 10
)

// clarityWords is the length at which each clarity finding costs its full
// price: about a one-page press release with a short FAQ. In a longer
// document each costs less, in proportion, so that a long document pays
// for how often it writes badly, not for how much it writes.
const clarityWords = 800

// ScoreDocument scores a read document from its findings: the findings
// cost points as ScoreFindings says, clarity findings by their density,
// and the total is multiplied by the share of the template's sections
// found, so it is never more than that share of 100.
func ScoreDocument(d *source.Document, fs []Finding) Score {
	if d == nil || d.Doc == nil || d.Template == nil {
		return ScoreFindings(fs)
	}
	words := documentWords(d.Doc)
	cov := coverage(d.Doc, d.Template)
	s := scoreFindings(fs, min(1, clarityWords/float64(max(words, 1))), earnedBy(cov.Missing))
	s.Words = words
	s.Coverage = &cov
	// In proportion, not only capped: of two half-written drafts, the
	// one whose half is better written still ranks higher.
	if cov.Asked > 0 {
		s.Total = int(math.Round(float64(s.Total) * float64(cov.Found) / float64(cov.Asked)))
	}
	return s
}

// ScoreFindings derives the score from one document's findings alone,
// when the document is not at hand.
func ScoreFindings(fs []Finding) Score {
	return scoreFindings(fs, 1, nil)
}

// earnedFrom are the sections each category's points stand on. Clean
// prose earns clarity in any section; evidence is the problem's numbers
// and their sources; customer focus is the customer seen in the problem,
// the subheadline and their own words.
var earnedFrom = map[Category][]string{
	Evidence:      {"problem"},
	CustomerFocus: {"problem", "subheadline", "customer quote"},
}

// earnedBy lists, per category, the sections it stands on that are
// missing.
func earnedBy(missing []string) map[Category][]string {
	out := map[Category][]string{}
	for cat, needs := range earnedFrom {
		for _, n := range needs {
			if slices.Contains(missing, n) {
				out[cat] = append(out[cat], n)
			}
		}
	}
	return out
}

func scoreFindings(fs []Finding, clarityScale float64, unearned map[Category][]string) Score {
	byRule := map[string]*RuleCost{}
	for _, f := range fs {
		rc, ok := byRule[f.Rule]
		if !ok {
			rc = &RuleCost{Rule: f.Rule}
			byRule[f.Rule] = rc
		}
		rc.Findings++
		cost := infoCost
		switch f.Severity {
		case Error:
			cost = errorCost
		case Warning:
			cost = warningCost
		}
		if r, ok := RuleByID(f.Rule); ok && r.Category == Clarity {
			cost *= clarityScale
		}
		rc.Points += cost
	}
	var s Score
	total := 0.0
	for _, cat := range []Category{Structure, Clarity, Evidence, CustomerFocus} {
		cs := CategoryScore{Category: cat, Max: categoryPoints}
		lost := 0.0
		for _, r := range ruleList() {
			rc, ok := byRule[r.ID]
			if !ok || r.Category != cat {
				continue
			}
			rc.Points = math.Round(math.Min(rc.Points, ruleCap)*10) / 10
			lost += rc.Points
			cs.Lost = append(cs.Lost, *rc)
		}
		sort.SliceStable(cs.Lost, func(i, j int) bool { return cs.Lost[i].Points > cs.Lost[j].Points })
		avail := float64(categoryPoints)
		if miss := unearned[cat]; len(miss) > 0 {
			cs.Missing = miss
			avail *= 1 - float64(len(miss))/float64(len(earnedFrom[cat]))
		}
		got := math.Max(0, avail-lost)
		cs.Score = int(math.Round(got))
		total += got
		s.Categories = append(s.Categories, cs)
	}
	s.Total = int(math.Round(total))
	return s
}

// coverage counts the press release sections and FAQ lists the template
// asks for that the document has. A quote counts by its text; the
// dateline is the dateline rule's business.
func coverage(d *prfaq.Document, t *prfaq.Template) Coverage {
	var c Coverage
	seen := map[string]bool{}
	for _, q := range t.Questions {
		id := q.ID
		section := ""
		switch {
		case id == "faq.external" || id == "faq.internal":
			section = id
		case strings.HasPrefix(id, "press_release."):
			rest := strings.TrimPrefix(id, "press_release.")
			name, field, _ := strings.Cut(rest, ".")
			if name == "dateline" || field != "" && field != "text" {
				continue
			}
			section = name
		default:
			continue
		}
		if seen[section] {
			continue
		}
		if cond, err := prfaq.ParseCondition(q.When); err == nil && !cond.Eval(d) {
			continue
		}
		seen[section] = true
		c.Asked++
		if v, err := d.Get(id); err == nil && !prfaq.IsEmpty(v) {
			c.Found++
			continue
		}
		name := strings.ReplaceAll(section, "_", " ")
		if list, ok := strings.CutPrefix(section, "faq."); ok {
			name = list + " FAQ"
		}
		c.Missing = append(c.Missing, name)
	}
	c.Cap = 100
	if c.Asked > 0 {
		c.Cap = int(math.Round(100 * float64(c.Found) / float64(c.Asked)))
	}
	return c
}

// documentWords counts the words of the press release and the FAQ.
func documentWords(d *prfaq.Document) int {
	p := d.PressRelease
	n := 0
	for _, t := range []string{p.Headline, p.Subheadline, p.Summary, p.Problem, p.CurrentSolutions, p.Solution, p.LeaderQuote.Text, p.GettingStarted, p.CustomerQuote.Text, p.CallToAction} {
		n += len(strings.Fields(t))
	}
	for _, list := range [][]prfaq.FAQEntry{d.FAQ.External, d.FAQ.Internal} {
		for _, e := range list {
			n += len(strings.Fields(e.Question)) + len(strings.Fields(e.Answer))
		}
	}
	return n
}
