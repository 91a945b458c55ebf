package lint

import (
	"math"
	"sort"
)

// Score is a document's mark out of 100: four categories of 25 points,
// each losing points for the findings of its rules.
type Score struct {
	Total      int             `json:"score"`
	Categories []CategoryScore `json:"categories"`
}

// CategoryScore is one quarter of the score and what cost it points.
type CategoryScore struct {
	Category Category   `json:"category"`
	Score    int        `json:"score"`
	Max      int        `json:"max"`
	Lost     []RuleCost `json:"lost,omitempty"`
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

// ScoreFindings derives the score from one document's findings.
func ScoreFindings(fs []Finding) Score {
	byRule := map[string]*RuleCost{}
	for _, f := range fs {
		rc, ok := byRule[f.Rule]
		if !ok {
			rc = &RuleCost{Rule: f.Rule}
			byRule[f.Rule] = rc
		}
		rc.Findings++
		switch f.Severity {
		case Error:
			rc.Points += errorCost
		case Warning:
			rc.Points += warningCost
		default:
			rc.Points += infoCost
		}
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
			rc.Points = math.Min(rc.Points, ruleCap)
			lost += rc.Points
			cs.Lost = append(cs.Lost, *rc)
		}
		sort.SliceStable(cs.Lost, func(i, j int) bool { return cs.Lost[i].Points > cs.Lost[j].Points })
		got := math.Max(0, categoryPoints-lost)
		cs.Score = int(math.Round(got))
		total += got
		s.Categories = append(s.Categories, cs)
	}
	s.Total = int(math.Round(total))
	return s
}
