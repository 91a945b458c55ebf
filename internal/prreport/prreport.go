// Package prreport compares the PR/FAQs of a pull request with its base
// and writes what a reviewer needs in one comment: per document the
// title, status and version change, the score before and after, the
// redline of the sections that differ, and the findings that are new or
// fixed; documents added and removed.
//
// The package is pure: the caller reads both sides (prfaq report reads
// the base through git) and lints them; Build compares, Markdown and
// JSON present. The same inputs give the same bytes.
package prreport

import (
	"cmp"
	"slices"

	"github.com/prfaq/prfaq/internal/diff"
	"github.com/prfaq/prfaq/internal/lint"
	"github.com/prfaq/prfaq/internal/prfaq"
)

// Marker is the hidden first line of the comment, by which a CI step
// finds the comment it posted before and updates it in place.
const Marker = "<!-- prfaq-report -->"

// MaxComment is GitHub's limit on a pull request comment, in characters.
const MaxComment = 65536

// Side is one document as it is at the base or in the working tree.
type Side struct {
	Doc      *prfaq.Document // nil when the file could not be read as a PR/FAQ
	Problem  string          // why Doc is nil
	Score    *lint.Score     // nil when not scored
	Findings []lint.Finding
	Data     []byte // the file's bytes, to tell an untouched file
}

// Input is one file on either side; Before or After is nil when the
// file is only on the other side.
type Input struct {
	File          string
	Before, After *Side
}

// Report is the comparison of every document.
type Report struct {
	Base      string     `json:"base"`
	Documents []Document `json:"documents"`
	Unchanged int        `json:"unchanged"`
}

// Document is one document that was added, removed or changed.
type Document struct {
	File       string         `json:"file"`
	Change     string         `json:"change"` // added, removed or changed
	Title      Move           `json:"title"`
	Status     Move           `json:"status"`
	Version    Move           `json:"version"`
	Score      *ScoreMove     `json:"score,omitempty"`
	Categories []CategoryMove `json:"categories,omitempty"`
	Sections   []SectionMove  `json:"sections,omitempty"`
	// Findings counts the findings of an added or removed document;
	// a changed one lists those that are new and fixed instead.
	Findings int       `json:"findings"`
	New      []Finding `json:"new_findings"`
	Fixed    []Finding `json:"fixed_findings"`
	Problem  string    `json:"problem,omitempty"`

	redline *diff.Result
}

// Move is a value before and after; "" where the document is absent.
type Move struct {
	Before string `json:"before"`
	After  string `json:"after"`
}

// Moved reports a value that differs between the two sides.
func (m Move) Moved() bool { return m.Before != m.After }

// ScoreMove is the score before and after; nil where not scored.
type ScoreMove struct {
	Before *int `json:"before"`
	After  *int `json:"after"`
}

// CategoryMove is one score category whose points moved.
type CategoryMove struct {
	Category string `json:"category"`
	Before   int    `json:"before"`
	After    int    `json:"after"`
	Max      int    `json:"max"`
}

// SectionMove is one section that differs, as diff names it.
type SectionMove struct {
	Path   string `json:"path"`
	Label  string `json:"label"`
	Status string `json:"status"`
}

// Finding is a lint finding, as the report lists it.
type Finding struct {
	Rule     string `json:"rule"`
	Severity string `json:"severity"`
	Line     int    `json:"line"`
	Message  string `json:"message"`
}

// Build compares each input; files whose bytes did not change are
// counted as unchanged. Documents are in file order.
func Build(base string, inputs []Input) *Report {
	r := &Report{Base: base, Documents: []Document{}}
	inputs = slices.Clone(inputs)
	slices.SortFunc(inputs, func(a, b Input) int { return cmp.Compare(a.File, b.File) })
	for _, in := range inputs {
		if in.Before == nil && in.After == nil {
			continue
		}
		if in.Before != nil && in.After != nil && string(in.Before.Data) == string(in.After.Data) {
			r.Unchanged++
			continue
		}
		r.Documents = append(r.Documents, compare(in))
	}
	return r
}

func compare(in Input) Document {
	d := Document{File: in.File, Change: "changed", New: []Finding{}, Fixed: []Finding{}}
	switch {
	case in.Before == nil:
		d.Change = "added"
	case in.After == nil:
		d.Change = "removed"
	}
	before, after := in.Before, in.After
	if before == nil {
		before = &Side{}
	}
	if after == nil {
		after = &Side{}
	}
	d.Title = Move{field(before, func(p *prfaq.Document) string { return p.Title }), field(after, func(p *prfaq.Document) string { return p.Title })}
	d.Status = Move{field(before, func(p *prfaq.Document) string { return string(p.Status) }), field(after, func(p *prfaq.Document) string { return string(p.Status) })}
	d.Version = Move{field(before, func(p *prfaq.Document) string { return p.Version }), field(after, func(p *prfaq.Document) string { return p.Version })}
	d.Problem = cmp.Or(after.Problem, before.Problem)
	if before.Score != nil || after.Score != nil {
		d.Score = &ScoreMove{Before: total(before.Score), After: total(after.Score)}
	}
	if before.Score != nil && after.Score != nil {
		d.Categories = categoryMoves(before.Score, after.Score)
	}
	if d.Change == "changed" && before.Doc != nil && after.Doc != nil {
		res := diff.Compare(before.Doc, after.Doc, before.Doc.Version, after.Doc.Version)
		d.redline = res
		for _, s := range res.Sections {
			if s.Status != diff.Unchanged {
				d.Sections = append(d.Sections, SectionMove{Path: s.Path, Label: s.Label, Status: s.Status.String()})
			}
		}
	}
	if d.Change == "changed" {
		d.New, d.Fixed = findingMoves(before.Findings, after.Findings)
	}
	d.Findings = len(before.Findings) + len(after.Findings)
	return d
}

func field(s *Side, get func(*prfaq.Document) string) string {
	if s.Doc == nil {
		return ""
	}
	return get(s.Doc)
}

func total(s *lint.Score) *int {
	if s == nil {
		return nil
	}
	t := s.Total
	return &t
}

func categoryMoves(before, after *lint.Score) []CategoryMove {
	was := map[lint.Category]int{}
	for _, c := range before.Categories {
		was[c.Category] = c.Score
	}
	var out []CategoryMove
	for _, c := range after.Categories {
		if b, ok := was[c.Category]; ok && b != c.Score {
			out = append(out, CategoryMove{Category: string(c.Category), Before: b, After: c.Score, Max: c.Max})
		}
	}
	return out
}

// findingMoves tells the findings only in the new version from those
// only in the old. Findings are matched by rule and message (which
// names the field and quotes the text), not by line: a paragraph that
// moved keeps its findings, and they are neither new nor fixed. Each
// finding matches at most one on the other side, so a second instance
// of the same wording is new.
func findingMoves(before, after []lint.Finding) (added, fixed []Finding) {
	key := func(f lint.Finding) string { return f.Rule + "\x00" + f.Message }
	left := map[string]int{}
	for _, f := range before {
		left[key(f)]++
	}
	added, fixed = []Finding{}, []Finding{}
	for _, f := range after {
		if left[key(f)] > 0 {
			left[key(f)]--
			continue
		}
		added = append(added, toFinding(f))
	}
	for _, f := range slices.Backward(before) {
		if left[key(f)] > 0 {
			left[key(f)]--
			fixed = append(fixed, toFinding(f))
		}
	}
	slices.Reverse(fixed)
	return added, fixed
}

func toFinding(f lint.Finding) Finding {
	return Finding{Rule: f.Rule, Severity: f.Severity.String(), Line: f.Line, Message: f.Message}
}
