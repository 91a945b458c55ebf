package timer

import (
	"fmt"
	"slices"
	"testing"
	"time"
)

var t0 = time.Date(2026, 5, 4, 9, 0, 0, 0, time.UTC)

// op is one thing that happens to a timer at a time after the start.
type op struct {
	at   time.Duration
	do   string // start, pause, resume, next, back, add, sub, tick
	want *Status
}

func tickWant(at time.Duration, s Status) op { return op{at: at, do: "tick", want: &s} }

func TestState(t *testing.T) {
	min := time.Minute
	sec := time.Second
	three := []time.Duration{5 * min, 10 * min, 5 * min}
	tests := []struct {
		name    string
		lengths []time.Duration
		first   int
		ops     []op
	}{
		{
			name:    "waits paused until started",
			lengths: three,
			ops: []op{
				tickWant(time.Hour, Status{Step: 0, Left: 5 * min, Length: 5 * min, Elapsed: 0, Total: 20 * min, Paused: true}),
			},
		},
		{
			name:    "runs through to the end",
			lengths: three,
			ops: []op{
				{do: "start"},
				tickWant(0, Status{Step: 0, Left: 5 * min, Length: 5 * min, Total: 20 * min}),
				tickWant(4*min+30*sec, Status{Step: 0, Left: 30 * sec, Length: 5 * min, Elapsed: 4*min + 30*sec, Total: 20 * min}),
				tickWant(5*min, Status{Step: 1, Left: 10 * min, Length: 10 * min, Elapsed: 5 * min, Total: 20 * min, Ended: []int{0}}),
				tickWant(5*min+sec, Status{Step: 1, Left: 10*min - sec, Length: 10 * min, Elapsed: 5*min + sec, Total: 20 * min}),
				tickWant(15*min, Status{Step: 2, Left: 5 * min, Length: 5 * min, Elapsed: 15 * min, Total: 20 * min, Ended: []int{1}}),
				tickWant(20*min, Status{Step: 2, Length: 5 * min, Elapsed: 20 * min, Total: 20 * min, Done: true, Ended: []int{2}}),
				tickWant(time.Hour, Status{Step: 2, Length: 5 * min, Elapsed: 20 * min, Total: 20 * min, Done: true}),
			},
		},
		{
			name:    "several steps end within one tick, each reported once",
			lengths: []time.Duration{3 * sec, 3 * sec, 3 * sec, 3 * sec},
			ops: []op{
				{do: "start"},
				tickWant(7*sec, Status{Step: 2, Left: 2 * sec, Length: 3 * sec, Elapsed: 7 * sec, Total: 12 * sec, Ended: []int{0, 1}}),
				tickWant(7*sec, Status{Step: 2, Left: 2 * sec, Length: 3 * sec, Elapsed: 7 * sec, Total: 12 * sec}),
				tickWant(time.Hour, Status{Step: 3, Length: 3 * sec, Elapsed: 12 * sec, Total: 12 * sec, Done: true, Ended: []int{2, 3}}),
			},
		},
		{
			name:    "pause freezes time, resume goes on",
			lengths: three,
			ops: []op{
				{do: "start"},
				{at: 2 * min, do: "pause"},
				tickWant(30*min, Status{Step: 0, Left: 3 * min, Length: 5 * min, Elapsed: 2 * min, Total: 20 * min, Paused: true}),
				{at: 30 * min, do: "resume"},
				tickWant(32*min, Status{Step: 0, Left: 1 * min, Length: 5 * min, Elapsed: 4 * min, Total: 20 * min}),
				tickWant(33*min, Status{Step: 1, Left: 10 * min, Length: 10 * min, Elapsed: 5 * min, Total: 20 * min, Ended: []int{0}}),
			},
		},
		{
			name:    "pause after a step ended unseen reports it",
			lengths: three,
			ops: []op{
				{do: "start"},
				{at: 6 * min, do: "pause"},
				tickWant(7*min, Status{Step: 1, Left: 9 * min, Length: 10 * min, Elapsed: 6 * min, Total: 20 * min, Paused: true, Ended: []int{0}}),
			},
		},
		{
			name:    "pause and resume twice are no-ops",
			lengths: three,
			ops: []op{
				{do: "start"},
				{at: 1 * min, do: "pause"},
				{at: 2 * min, do: "pause"},
				{at: 3 * min, do: "resume"},
				{at: 4 * min, do: "resume"},
				tickWant(4*min, Status{Step: 0, Left: 3 * min, Length: 5 * min, Elapsed: 2 * min, Total: 20 * min}),
			},
		},
		{
			name:    "next skips with full time and rings nothing",
			lengths: three,
			ops: []op{
				{do: "start"},
				{at: 1 * min, do: "next"},
				tickWant(2*min, Status{Step: 1, Left: 9 * min, Length: 10 * min, Elapsed: 6 * min, Total: 20 * min}),
				{at: 2 * min, do: "next"},
				{at: 2 * min, do: "next"},
				tickWant(3*min, Status{Step: 2, Length: 5 * min, Elapsed: 20 * min, Total: 20 * min, Done: true}),
				{at: 3 * min, do: "next"},
				tickWant(4*min, Status{Step: 2, Length: 5 * min, Elapsed: 20 * min, Total: 20 * min, Done: true}),
			},
		},
		{
			name:    "next while paused stays paused",
			lengths: three,
			ops: []op{
				{do: "start"},
				{at: 1 * min, do: "pause"},
				{at: 2 * min, do: "next"},
				tickWant(9*min, Status{Step: 1, Left: 10 * min, Length: 10 * min, Elapsed: 5 * min, Total: 20 * min, Paused: true}),
			},
		},
		{
			name:    "back restarts the previous step with its full time",
			lengths: three,
			ops: []op{
				{do: "start"},
				tickWant(7*min, Status{Step: 1, Left: 8 * min, Length: 10 * min, Elapsed: 7 * min, Total: 20 * min, Ended: []int{0}}),
				{at: 7 * min, do: "back"},
				tickWant(8*min, Status{Step: 0, Left: 4 * min, Length: 5 * min, Elapsed: 1 * min, Total: 20 * min}),
				{at: 8 * min, do: "back"},
				tickWant(8*min, Status{Step: 0, Left: 5 * min, Length: 5 * min, Elapsed: 0, Total: 20 * min}),
			},
		},
		{
			name:    "back from done runs the last step again",
			lengths: three,
			ops: []op{
				{do: "start"},
				tickWant(25*min, Status{Step: 2, Length: 5 * min, Elapsed: 20 * min, Total: 20 * min, Done: true, Ended: []int{0, 1, 2}}),
				{at: 25 * min, do: "back"},
				tickWant(26*min, Status{Step: 2, Left: 4 * min, Length: 5 * min, Elapsed: 16 * min, Total: 20 * min}),
				tickWant(30*min, Status{Step: 2, Length: 5 * min, Elapsed: 20 * min, Total: 20 * min, Done: true, Ended: []int{2}}),
			},
		},
		{
			name:    "add and remove a minute",
			lengths: three,
			ops: []op{
				{do: "start"},
				{at: 1 * min, do: "add"},
				tickWant(1*min, Status{Step: 0, Left: 5 * min, Length: 6 * min, Elapsed: 1 * min, Total: 21 * min}),
				tickWant(5*min+59*sec, Status{Step: 0, Left: sec, Length: 6 * min, Elapsed: 5*min + 59*sec, Total: 21 * min}),
				{at: 2 * min, do: "tick"},
				{at: 2 * min, do: "sub"},
				{at: 2 * min, do: "sub"},
				tickWant(2*min, Status{Step: 0, Left: 2 * min, Length: 4 * min, Elapsed: 2 * min, Total: 19 * min}),
			},
		},
		{
			name:    "remove a minute stops at zero and the step ends",
			lengths: three,
			ops: []op{
				{do: "start"},
				{at: 4*min + 30*sec, do: "sub"},
				tickWant(4*min+30*sec, Status{Step: 1, Left: 10 * min, Length: 10 * min, Elapsed: 4*min + 30*sec, Total: 19*min + 30*sec, Ended: []int{0}}),
			},
		},
		{
			name:    "add while paused",
			lengths: three,
			ops: []op{
				{do: "start"},
				{at: 1 * min, do: "pause"},
				{at: 2 * min, do: "add"},
				tickWant(3*min, Status{Step: 0, Left: 5 * min, Length: 6 * min, Elapsed: 1 * min, Total: 21 * min, Paused: true}),
				{at: 3 * min, do: "sub"},
				{at: 3 * min, do: "sub"},
				{at: 3 * min, do: "sub"},
				{at: 3 * min, do: "sub"},
				{at: 3 * min, do: "sub"},
				{at: 3 * min, do: "sub"},
				tickWant(3*min, Status{Step: 0, Length: 1 * min, Elapsed: 1 * min, Total: 16 * min, Paused: true}),
				{at: 4 * min, do: "resume"},
				tickWant(4*min, Status{Step: 1, Left: 10 * min, Length: 10 * min, Elapsed: 1 * min, Total: 16 * min, Ended: []int{0}}),
			},
		},
		{
			name:    "going back forgets the minutes added",
			lengths: three,
			ops: []op{
				{do: "start"},
				{do: "add"},
				{do: "next"},
				{do: "back"},
				tickWant(0, Status{Step: 0, Left: 5 * min, Length: 5 * min, Total: 20 * min}),
			},
		},
		{
			name:    "start at a later step",
			lengths: three,
			first:   1,
			ops: []op{
				{do: "start"},
				tickWant(1*min, Status{Step: 1, Left: 9 * min, Length: 10 * min, Elapsed: 6 * min, Total: 20 * min}),
				tickWant(15*min, Status{Step: 2, Left: 0, Length: 5 * min, Elapsed: 20 * min, Total: 20 * min, Done: true, Ended: []int{1, 2}}),
			},
		},
		{
			name:    "start out of range is brought into range",
			lengths: three,
			first:   9,
			ops: []op{
				{do: "start"},
				tickWant(0, Status{Step: 2, Left: 5 * min, Length: 5 * min, Elapsed: 15 * min, Total: 20 * min}),
			},
		},
		{
			name:    "an empty agenda is done at once",
			lengths: nil,
			ops: []op{
				{do: "start"},
				{do: "back"},
				{do: "next"},
				{do: "add"},
				tickWant(0, Status{Done: true}),
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := New(tt.lengths, tt.first)
			for i, o := range tt.ops {
				now := t0.Add(o.at)
				switch o.do {
				case "start":
					s.Start(now)
				case "pause":
					s.Pause(now)
				case "resume":
					s.Resume(now)
				case "next":
					s.Next(now)
				case "back":
					s.Back(now)
				case "add":
					s.Add(now, time.Minute)
				case "sub":
					s.Add(now, -time.Minute)
				case "tick":
					got := s.Tick(now)
					if o.want != nil && !sameStatus(got, *o.want) {
						t.Fatalf("op %d, tick at %v:\n got %s\nwant %s", i, o.at, show(got), show(*o.want))
					}
				default:
					t.Fatalf("unknown op %q", o.do)
				}
			}
		})
	}
}

func sameStatus(a, b Status) bool {
	return slices.Equal(a.Ended, b.Ended) &&
		a.Step == b.Step && a.Left == b.Left && a.Length == b.Length && a.Elapsed == b.Elapsed &&
		a.Total == b.Total && a.Paused == b.Paused && a.Done == b.Done
}

func show(s Status) string {
	return fmt.Sprintf("step %d left %v length %v elapsed %v total %v paused %v done %v ended %v",
		s.Step, s.Left, s.Length, s.Elapsed, s.Total, s.Paused, s.Done, s.Ended)
}

// The lengths given to New are copied: changing the slice afterwards
// changes nothing.
func TestStateCopiesLengths(t *testing.T) {
	l := []time.Duration{time.Minute, time.Minute}
	s := New(l, 0)
	l[0] = time.Hour
	s.Start(t0)
	if got := s.Tick(t0).Left; got != time.Minute {
		t.Errorf("left %v, want 1m0s", got)
	}
	if got := s.StepStart(1); got != time.Minute {
		t.Errorf("step 2 starts at %v, want 1m0s", got)
	}
}
