package workshop

import (
	"fmt"
	"strings"

	"github.com/prfaq/prfaq/internal/prfaq"
)

// Check reports what a workshop definition gets wrong beyond its format:
// ids used twice, and an agenda whose length does not add up.
func Check(w *prfaq.Workshop) error {
	var problems []string
	seen := map[string]bool{}
	var total int
	for _, s := range w.Agenda {
		if seen[s.ID] {
			problems = append(problems, fmt.Sprintf("agenda step id %q is used twice: give each step its own id", s.ID))
		}
		seen[s.ID] = true
		if s.Minutes < 0 || s.Seconds < 0 || s.From < 0 {
			problems = append(problems, fmt.Sprintf("agenda step %q has a negative length: give minutes:, seconds: and from: as 0 or more", s.ID))
		}
		if s.Minutes == 0 && s.Seconds == 0 {
			problems = append(problems, fmt.Sprintf("agenda step %q has no length: give it minutes: (or seconds:)", s.ID))
		}
		if s.From <= w.Minutes {
			total += s.Minutes*60 + s.Seconds
		}
	}
	if w.Minutes < 0 || w.Minutes > MaxMinutes {
		problems = append(problems, fmt.Sprintf("minutes: %d is not a workshop length: give 1 to %d", w.Minutes, MaxMinutes))
	} else if w.Minutes > 0 && total != w.Minutes*60 {
		problems = append(problems, fmt.Sprintf("the agenda's steps add up to %s, but minutes: says %d: make them agree (steps with from: above minutes: do not count)", FormatLength(secondsOf(total)), w.Minutes))
	}
	roles := map[string]bool{}
	for _, r := range w.Roles {
		if roles[r.ID] {
			problems = append(problems, fmt.Sprintf("role id %q is used twice", r.ID))
		}
		roles[r.ID] = true
	}
	outcomes := map[string]bool{}
	for _, o := range w.Decision.Outcomes {
		if outcomes[o.ID] {
			problems = append(problems, fmt.Sprintf("decision outcome id %q is used twice", o.ID))
		}
		outcomes[o.ID] = true
	}
	if w.Decision.Rows < 0 || w.Decision.Rows > maxRows {
		problems = append(problems, fmt.Sprintf("decision rows: %d is out of range: give 0 to %d", w.Decision.Rows, maxRows))
	}
	if len(problems) > 0 {
		return fmt.Errorf("%s", strings.Join(problems, "; "))
	}
	return nil
}
