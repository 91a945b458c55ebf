package prfaq

import (
	"reflect"
	"sync"
)

// Workshop defines a working-backwards workshop: its agenda, the roles
// people play while reviewing, the rubric and the decision log. The kit,
// the timer and the facilitator guide are built from it and from a
// template, so a facilitator changes the workshop by editing YAML.
type Workshop struct {
	Name        string         `yaml:"name" doc:"Name of the workshop, shown on the guide."`
	Description string         `yaml:"description" doc:"One line on what the workshop is for."`
	Minutes     int            `yaml:"minutes" doc:"Length the agenda's timeboxes add up to, in minutes; the kit and the timer scale them to another length."`
	Agenda      []AgendaStep   `yaml:"agenda" doc:"The steps, in order."`
	Roles       []WorkshopRole `yaml:"roles" doc:"Roles people take during the review, with the questions each asks."`
	Rubric      Rubric         `yaml:"rubric" doc:"What reviewers score each draft on."`
	Decision    DecisionLog    `yaml:"decision" doc:"The decision log: the outcomes a review may reach."`
	Guide       WorkshopGuide  `yaml:"guide" doc:"Text of the facilitator guide."`
}

// AgendaStep is one timebox of the agenda.
type AgendaStep struct {
	ID          string `yaml:"id" prfaq:"required,pattern=^[a-z][a-z0-9_-]*$" doc:"Lowercase letters, digits, _ and -, starting with a letter."`
	Title       string `yaml:"title" prfaq:"required" doc:"What the step is called on the agenda and the timer."`
	Minutes     int    `yaml:"minutes" doc:"Length at the workshop's own length (minutes:)."`
	Seconds     int    `yaml:"seconds" doc:"Seconds added to minutes; for short rehearsal agendas."`
	Do          string `yaml:"do" prfaq:"required" doc:"What participants do now, in a sentence or two; the timer shows it."`
	Facilitator string `yaml:"facilitator" doc:"Notes for the facilitator: what to say, what to watch for."`
	Sheet       string `yaml:"sheet" prfaq:"enum=five-questions|press-release|faq-bank|role-cards|rubric|decision-log|packet|gallery" doc:"Kit sheet or output used in this step: five-questions, press-release, faq-bank, role-cards, rubric, decision-log, packet or gallery."`
	Fixed       bool   `yaml:"fixed" doc:"Keeps its length when the agenda is scaled (welcome, breaks)."`
	From        int    `yaml:"from" doc:"Only in workshops at least this many minutes long (breaks, lunch, a second round)."`
}

// WorkshopRole is a role card.
type WorkshopRole struct {
	ID      string   `yaml:"id" prfaq:"required,pattern=^[a-z][a-z0-9_-]*$" doc:"Lowercase letters, digits, _ and -, starting with a letter."`
	Name    string   `yaml:"name" prfaq:"required" doc:"Name of the role on its card."`
	Purpose string   `yaml:"purpose" prfaq:"required" doc:"What the role is for, in a sentence."`
	Asks    []string `yaml:"asks" doc:"Questions the role asks of a draft."`
	Tips    []string `yaml:"tips" doc:"How to play the role well."`
}

// Rubric is the feedback sheet reviewers score drafts with.
type Rubric struct {
	Scale    []string          `yaml:"scale" doc:"Meaning of each score, lowest first (1, 2, ...)."`
	Criteria []RubricCriterion `yaml:"criteria" doc:"What each draft is scored on."`
}

// RubricCriterion is one row of the rubric.
type RubricCriterion struct {
	Name     string `yaml:"name" prfaq:"required" doc:"Short name of the criterion."`
	Question string `yaml:"question" prfaq:"required" doc:"The question a reviewer answers with a score."`
}

// DecisionLog describes the decision sheet.
type DecisionLog struct {
	Outcomes []DecisionOutcome `yaml:"outcomes" doc:"The decisions a review can reach, such as go, iterate and stop."`
	Rows     int               `yaml:"rows" doc:"Fewest rows on the sheet; it has at least one per team."`
}

// DecisionOutcome is one decision a review can reach.
type DecisionOutcome struct {
	ID    string `yaml:"id" prfaq:"required,pattern=^[a-z][a-z0-9_-]*$" doc:"Lowercase letters, digits, _ and -, starting with a letter."`
	Label string `yaml:"label" prfaq:"required" doc:"How the sheet names it."`
	Means string `yaml:"means" doc:"What the decision commits the team to."`
}

// WorkshopGuide is the prose of the facilitator guide.
type WorkshopGuide struct {
	Intro  string   `yaml:"intro" prfaq:"markdown" doc:"Opening paragraphs: what the workshop does and why."`
	Before []string `yaml:"before" doc:"Checklist before the workshop."`
	After  []string `yaml:"after" doc:"Checklist after the workshop."`
}

var workshopSpec = sync.OnceValue(func() *Spec { return specOf(reflect.TypeFor[Workshop]()) })

// WorkshopSpec returns the spec of workshop definition files. Callers must
// not change it.
func WorkshopSpec() *Spec { return workshopSpec() }

// MergeWorkshop lays a user's definition over a base one: each top-level
// part the user gives replaces the base's, so a file that holds only an
// agenda keeps the built-in roles, rubric and decision log.
func MergeWorkshop(base, over *Workshop) *Workshop {
	w := *base
	if over.Name != "" {
		w.Name = over.Name
	}
	if over.Description != "" {
		w.Description = over.Description
	}
	if len(over.Agenda) > 0 {
		w.Agenda = over.Agenda
		// A new agenda's timeboxes add up to its own length.
		w.Minutes = over.Minutes
	} else if over.Minutes != 0 {
		w.Minutes = over.Minutes
	}
	if len(over.Roles) > 0 {
		w.Roles = over.Roles
	}
	if len(over.Rubric.Criteria) > 0 {
		w.Rubric.Criteria = over.Rubric.Criteria
	}
	if len(over.Rubric.Scale) > 0 {
		w.Rubric.Scale = over.Rubric.Scale
	}
	if len(over.Decision.Outcomes) > 0 {
		w.Decision.Outcomes = over.Decision.Outcomes
	}
	if over.Decision.Rows > 0 {
		w.Decision.Rows = over.Decision.Rows
	}
	if over.Guide.Intro != "" {
		w.Guide.Intro = over.Guide.Intro
	}
	if len(over.Guide.Before) > 0 {
		w.Guide.Before = over.Guide.Before
	}
	if len(over.Guide.After) > 0 {
		w.Guide.After = over.Guide.After
	}
	return &w
}
