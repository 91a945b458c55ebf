// Package workshop builds what a facilitator needs for a working-backwards
// workshop from a workshop definition and a template: the scaled agenda,
// the printable kit, the gallery of drafts and the silent-reading packet.
// Every function here is pure: the same inputs give the same bytes.
package workshop

import (
	"fmt"
	"time"

	"github.com/prfaq/prfaq/internal/prfaq"
)

// Slot is one step of an agenda scaled to a workshop's length.
type Slot struct {
	Step     prfaq.AgendaStep
	Start    time.Duration // from the start of the workshop
	Duration time.Duration
}

// Limits of a workshop's length, in minutes: the method's workshops run
// from 90 minutes to two days; three days leaves room and stops a typo
// (9000 for 900) from printing an absurd agenda.
const MaxMinutes = 3 * 24 * 60

// maxRows bounds the decision log's rows and the teams of a kit, so a typo
// cannot print a thousand pages.
const maxRows = 200

func secondsOf(n int) time.Duration { return time.Duration(n) * time.Second }

// Schedule scales a definition's agenda to a workshop of the given length
// in minutes (0: the definition's own length). Steps with from: above the
// length are left out; fixed steps keep their length; the others share the
// rest in proportion to their length in the definition, in whole minutes
// that add up exactly to the length asked for.
func Schedule(w *prfaq.Workshop, minutes int) ([]Slot, error) {
	if len(w.Agenda) == 0 {
		return nil, fmt.Errorf("the workshop definition has no agenda: add steps under the key \"agenda:\"")
	}
	if minutes < 0 || minutes > MaxMinutes {
		return nil, fmt.Errorf("%d minutes is not a workshop length: give 1 to %d minutes (three days)", minutes, MaxMinutes)
	}
	length := minutes
	if length == 0 {
		length = w.Minutes
	}
	var steps []prfaq.AgendaStep
	for _, s := range w.Agenda {
		if s.From <= length || (minutes == 0 && w.Minutes == 0) {
			steps = append(steps, s)
		}
	}
	if len(steps) == 0 {
		return nil, fmt.Errorf("no agenda step fits a %d-minute workshop: every step has a from: above %d", length, length)
	}
	durations := make([]time.Duration, len(steps))
	for i, s := range steps {
		durations[i] = stepLength(s)
	}
	if minutes != 0 {
		if err := scale(steps, durations, time.Duration(minutes)*time.Minute); err != nil {
			return nil, err
		}
	}
	slots := make([]Slot, len(steps))
	var at time.Duration
	for i, s := range steps {
		if durations[i] <= 0 {
			return nil, fmt.Errorf("agenda step %q has no length: give it minutes: (or seconds:)", s.ID)
		}
		slots[i] = Slot{Step: s, Start: at, Duration: durations[i]}
		at += durations[i]
	}
	return slots, nil
}

func stepLength(s prfaq.AgendaStep) time.Duration {
	return time.Duration(s.Minutes)*time.Minute + time.Duration(s.Seconds)*time.Second
}

// scale stretches or shrinks the steps that are not fixed so the agenda
// lasts total, in whole units (five minutes, or one), by the
// largest-remainder method: each step gets the whole units of its share,
// and the units left over go to the steps whose shares lost the most in
// rounding (earlier steps on ties).
func scale(steps []prfaq.AgendaStep, durations []time.Duration, total time.Duration) error {
	var fixed, flexible time.Duration
	var flex []int
	for i, s := range steps {
		if s.Fixed {
			fixed += durations[i]
		} else {
			flexible += durations[i]
			flex = append(flex, i)
		}
	}
	spare := total - fixed
	need := time.Duration(len(flex)) * time.Minute
	if spare < need || (len(flex) == 0 && spare != 0) {
		return fmt.Errorf("%d minutes is too short for this agenda: its fixed steps take %s and each of its %d other steps needs at least a minute; give at least %d minutes",
			int(total/time.Minute), formatMinutes(fixed), len(flex), int((fixed+need+time.Minute-1)/time.Minute))
	}
	if len(flex) == 0 {
		return nil
	}
	if flexible <= 0 {
		return fmt.Errorf("the agenda's steps that are not fixed have no length: give each a \"minutes:\" value")
	}
	// Timeboxes in steps of five minutes read better on an agenda (0:35,
	// not 0:33) when the time allows it; otherwise whole minutes.
	unit := time.Minute
	if spare%(5*time.Minute) == 0 && spare >= time.Duration(len(flex))*5*time.Minute {
		unit = 5 * time.Minute
	}
	units := int64(spare / unit)
	remainders := make([]int64, len(flex))
	var given int64
	for k, i := range flex {
		share := int64(durations[i]) * units
		whole := share / int64(flexible)
		remainders[k] = share % int64(flexible)
		if whole < 1 {
			whole, remainders[k] = 1, 0
		}
		durations[i] = time.Duration(whole) * unit
		given += whole
	}
	// Units left over (or, after the one-unit floors, taken back).
	for given < units {
		best := -1
		for k := range flex {
			if best < 0 || remainders[k] > remainders[best] {
				best = k
			}
		}
		durations[flex[best]] += unit
		remainders[best] = -1
		given++
		if allTaken(remainders) {
			for k := range remainders {
				remainders[k] = 0
			}
		}
	}
	for given > units {
		longest := flex[0]
		for _, i := range flex {
			if durations[i] > durations[longest] {
				longest = i
			}
		}
		durations[longest] -= unit
		given--
	}
	// Seconds left when the spare time is not whole minutes go to the last
	// flexible step, so the agenda still ends on time.
	durations[flex[len(flex)-1]] += spare - time.Duration(units)*unit
	return nil
}

func allTaken(rem []int64) bool {
	for _, r := range rem {
		if r >= 0 {
			return false
		}
	}
	return true
}

// formatMinutes writes a length for people: "25 min", "1 h 30 min", "45 s".
func formatMinutes(d time.Duration) string {
	if d < time.Minute {
		return fmt.Sprintf("%d s", int(d/time.Second))
	}
	h, m := int(d/time.Hour), int(d%time.Hour/time.Minute)
	switch {
	case h == 0:
		return fmt.Sprintf("%d min", m)
	case m == 0:
		return fmt.Sprintf("%d h", h)
	}
	return fmt.Sprintf("%d h %d min", h, m)
}

// FormatLength writes a step's length for people.
func FormatLength(d time.Duration) string {
	if d%time.Minute != 0 && d > time.Minute {
		return fmt.Sprintf("%s %d s", formatMinutes(d.Truncate(time.Minute)), int(d%time.Minute/time.Second))
	}
	return formatMinutes(d)
}

// FormatClock writes an offset from the start as h:mm, e.g. 1:05.
func FormatClock(d time.Duration) string {
	return fmt.Sprintf("%d:%02d", int(d/time.Hour), int(d%time.Hour/time.Minute))
}
