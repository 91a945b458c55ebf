package timer

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

// Step is one step of the agenda as the timer shows it.
type Step struct {
	Title  string
	Do     string // what participants do now
	Length time.Duration
}

// Clock is the time as the plain printer sees it: the time now, and a
// channel that delivers after a while. Production passes the real clock;
// tests pass one that jumps.
type Clock interface {
	Now() time.Time
	After(d time.Duration) <-chan time.Time
}

// ErrInterrupted is returned when the timer was stopped with Ctrl-C or
// its context was cancelled.
var ErrInterrupted = errors.New("interrupted")

// RunPlain counts down through steps from step first without a terminal:
// one line as each step starts and a last one when the agenda is done, no
// escape codes. It returns where the timer stood when it stopped, and the
// context's error (wrapping ErrInterrupted) if ctx ended first.
func RunPlain(ctx context.Context, w io.Writer, steps []Step, first int, clock Clock) (Status, error) {
	st := New(lengths(steps), first)
	st.Start(clock.Now())
	format := ClockFormat(steps)
	s := st.Tick(clock.Now())
	if s.Done {
		return s, nil
	}
	if err := printStep(w, format, st, steps, s.Step); err != nil {
		return s, err
	}
	for {
		select {
		case <-ctx.Done():
			return st.Tick(clock.Now()), fmt.Errorf("%w: %w", ErrInterrupted, ctx.Err())
		case <-clock.After(s.Left):
		}
		s = st.Tick(clock.Now())
		for _, e := range s.Ended {
			if e+1 < len(steps) {
				if err := printStep(w, format, st, steps, e+1); err != nil {
					return s, err
				}
			}
		}
		if s.Done {
			_, err := fmt.Fprintf(w, "%s  done\n", format(s.Total))
			return s, err
		}
	}
}

func printStep(w io.Writer, format func(time.Duration) string, st *State, steps []Step, i int) error {
	line := fmt.Sprintf("%s  %d/%d  %s (%s)", format(st.StepStart(i)), i+1, len(steps), oneLine(steps[i].Title), FormatLength(steps[i].Length))
	if do := oneLine(steps[i].Do); do != "" {
		line += ": " + do
	}
	_, err := fmt.Fprintln(w, line)
	return err
}

func lengths(steps []Step) []time.Duration {
	out := make([]time.Duration, len(steps))
	for i, s := range steps {
		out[i] = s.Length
	}
	return out
}

// oneLine folds runs of white space, line breaks included, into one space
// and drops control characters, so a step's text cannot break a line or
// send escape codes.
func oneLine(s string) string {
	s = strings.Map(func(r rune) rune {
		if r < ' ' || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// ClockFormat returns how offsets into the agenda are written: h:mm, or
// h:mm:ss when a step's length is not whole minutes (a rehearsal agenda
// given in seconds).
func ClockFormat(steps []Step) func(time.Duration) string {
	for _, s := range steps {
		if s.Length%time.Minute != 0 {
			return func(d time.Duration) string {
				d = d.Truncate(time.Second)
				return fmt.Sprintf("%d:%02d:%02d", int(d/time.Hour), int(d%time.Hour/time.Minute), int(d%time.Minute/time.Second))
			}
		}
	}
	return func(d time.Duration) string {
		return fmt.Sprintf("%d:%02d", int(d/time.Hour), int(d%time.Hour/time.Minute))
	}
}

// FormatLeft writes the time left of a step as a countdown does: m:ss, or
// h:mm:ss from an hour, rounded up to the second so 0:00 shows only when
// the time is up.
func FormatLeft(d time.Duration) string {
	if d < 0 {
		d = 0
	}
	secs := int64((d + time.Second - 1) / time.Second)
	if secs >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", secs/3600, secs%3600/60, secs%60)
	}
	return fmt.Sprintf("%d:%02d", secs/60, secs%60)
}

// FormatLength writes a step's length for people: "25 min", "1 h 30 min",
// "3 s", "2 min 30 s".
func FormatLength(d time.Duration) string {
	d = d.Round(time.Second)
	h, m, sec := int(d/time.Hour), int(d%time.Hour/time.Minute), int(d%time.Minute/time.Second)
	var parts []string
	if h > 0 {
		parts = append(parts, fmt.Sprintf("%d h", h))
	}
	if m > 0 {
		parts = append(parts, fmt.Sprintf("%d min", m))
	}
	if sec > 0 || len(parts) == 0 {
		parts = append(parts, fmt.Sprintf("%d s", sec))
	}
	return strings.Join(parts, " ")
}
