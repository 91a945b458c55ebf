// Package timer is the workshop agenda timer: a countdown through the
// steps of an agenda, as a full-screen display readable from across a room
// (bubbletea is imported here and nowhere else) or as one plain line per
// step for pipes and logs.
//
// The logic lives in State, which never reads a clock: every method takes
// the time from its caller, so tests drive it with a fake clock and the
// screen and the printer share the same rules.
package timer

import "time"

// State is where a timer stands in its agenda: the current step, the time
// left of it, and whether it is paused or done. It reads no clock; each
// method is given the time now, which must not go backwards between calls.
//
// A new State waits, paused, at its first step with that step's full time;
// Start sets it running. When a step's time runs out the next step starts
// at once, and Tick reports the steps that ended so the display can ring
// and flash once for each, however long it slept.
type State struct {
	planned []time.Duration // each step's length as scheduled
	lengths []time.Duration // the same, with minutes added to or taken from the current step
	step    int
	paused  bool
	done    bool
	// While running, the current step ends at deadline; while paused, left
	// is what remains of it.
	deadline time.Time
	left     time.Duration
	ended    []int // steps whose time ran out since the last Tick
}

// Status is what Tick reports.
type Status struct {
	Step    int           // the current step, from 0; the last step once Done
	Left    time.Duration // time left of the current step; 0 once Done
	Length  time.Duration // the current step's length, with minutes added or taken
	Elapsed time.Duration // where the agenda stands: the steps before this one, and the part of it used
	Total   time.Duration // the length of all steps, with minutes added or taken
	Paused  bool
	Done    bool  // the last step has ended (or was skipped)
	Ended   []int // steps whose time ran out since the last Tick, in order
}

// New returns a timer over steps of the given lengths, waiting at step
// first (from 0; out-of-range values are brought into range).
func New(lengths []time.Duration, first int) *State {
	s := &State{
		planned: append([]time.Duration(nil), lengths...),
		lengths: append([]time.Duration(nil), lengths...),
		paused:  true,
	}
	if len(lengths) == 0 {
		s.done, s.paused = true, false
		return s
	}
	s.step = min(max(first, 0), len(lengths)-1)
	s.left = s.lengths[s.step]
	return s
}

// Start sets the timer running; it is Resume under the name a caller
// expects at the beginning.
func (s *State) Start(now time.Time) { s.Resume(now) }

// Pause stops the countdown of the current step.
func (s *State) Pause(now time.Time) {
	s.advance(now)
	if s.done || s.paused {
		return
	}
	s.left = s.deadline.Sub(now)
	s.paused = true
}

// Resume continues the countdown where Pause stopped it.
func (s *State) Resume(now time.Time) {
	if s.done || !s.paused {
		return
	}
	s.deadline = now.Add(s.left)
	s.paused = false
}

// Next skips to the start of the next step, or to the end after the last
// one. A skipped step does not count as ended: nothing rings. A paused
// timer stays paused.
func (s *State) Next(now time.Time) {
	s.advance(now)
	if s.done {
		return
	}
	if s.step == len(s.lengths)-1 {
		s.finish()
		return
	}
	s.enter(now, s.step+1)
}

// Back goes back to the start of the previous step, with its full time
// as scheduled; on the first step it restarts that step; once done it
// goes back to the last step, running.
func (s *State) Back(now time.Time) {
	s.advance(now)
	switch {
	case s.done:
		if len(s.lengths) == 0 {
			return
		}
		s.done = false
		s.enter(now, len(s.lengths)-1)
	case s.step > 0:
		s.enter(now, s.step-1)
	default:
		s.enter(now, 0)
	}
}

// Add gives the current step d more time (d < 0 takes time away, but not
// below nothing left: the step then ends at the next Tick).
func (s *State) Add(now time.Time, d time.Duration) {
	s.advance(now)
	if s.done {
		return
	}
	left := s.leftAt(now)
	newLeft := max(left+d, 0)
	s.lengths[s.step] += newLeft - left
	if s.paused {
		s.left = newLeft
	} else {
		s.deadline = now.Add(newLeft)
	}
}

// Tick brings the timer up to now and reports where it stands, with the
// steps that ended since the last Tick.
func (s *State) Tick(now time.Time) Status {
	s.advance(now)
	st := Status{
		Step:   s.step,
		Length: s.lengthOf(s.step),
		Paused: s.paused,
		Done:   s.done,
		Ended:  s.ended,
	}
	s.ended = nil
	for _, l := range s.lengths {
		st.Total += l
	}
	if s.done {
		st.Elapsed = st.Total
		return st
	}
	st.Left = s.leftAt(now)
	st.Elapsed = s.StepStart(s.step) + st.Length - st.Left
	return st
}

// StepStart is where step i begins in the agenda: the lengths of the steps
// before it, as they stand.
func (s *State) StepStart(i int) time.Duration {
	var d time.Duration
	for _, l := range s.lengths[:min(max(i, 0), len(s.lengths))] {
		d += l
	}
	return d
}

// Steps is the number of steps.
func (s *State) Steps() int { return len(s.lengths) }

func (s *State) lengthOf(i int) time.Duration {
	if i < len(s.lengths) {
		return s.lengths[i]
	}
	return 0
}

func (s *State) leftAt(now time.Time) time.Duration {
	if s.done {
		return 0
	}
	if s.paused {
		return s.left
	}
	return max(s.deadline.Sub(now), 0)
}

// enter starts step i with its full scheduled time, keeping the timer
// paused or running as it was.
func (s *State) enter(now time.Time, i int) {
	s.step = i
	s.lengths[i] = s.planned[i]
	if s.paused {
		s.left = s.lengths[i]
	} else {
		s.deadline = now.Add(s.lengths[i])
	}
}

func (s *State) finish() {
	s.done = true
	s.paused = false
	s.left = 0
}

// advance ends every step whose time ran out by now. Each next step starts
// when the one before ended, not when advance noticed, so a timer that
// was not asked for a while is still exact.
func (s *State) advance(now time.Time) {
	if s.done || s.paused {
		return
	}
	for !now.Before(s.deadline) {
		s.ended = append(s.ended, s.step)
		if s.step == len(s.lengths)-1 {
			s.finish()
			return
		}
		s.step++
		s.lengths[s.step] = s.planned[s.step]
		s.deadline = s.deadline.Add(s.lengths[s.step])
	}
}
