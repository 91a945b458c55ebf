package timer

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

// jumpClock is a fake clock whose waits take no time: After moves the
// clock on by the time asked (plus late, as a sleepy machine would) and
// fires at once. block makes the wait of that number never fire.
type jumpClock struct {
	now    time.Time
	late   time.Duration
	waits  int
	block  int
	onWait func(n int)
}

func (c *jumpClock) Now() time.Time { return c.now }

func (c *jumpClock) After(d time.Duration) <-chan time.Time {
	c.waits++
	if c.onWait != nil {
		c.onWait(c.waits)
	}
	ch := make(chan time.Time, 1)
	if c.waits == c.block {
		return ch
	}
	c.now = c.now.Add(d + c.late)
	ch <- c.now
	return ch
}

var rehearsal = []Step{
	{Title: "Read", Do: "Read the draft\nin silence.", Length: 3 * time.Second},
	{Title: "React", Do: "One sentence each.", Length: 3 * time.Second},
	{Title: "Decide", Do: "", Length: 3 * time.Second},
}

func TestRunPlain(t *testing.T) {
	workshop := []Step{
		{Title: "Welcome", Do: "Listen.", Length: 5 * time.Minute},
		{Title: "Five questions", Do: "Answer alone.", Length: 10 * time.Minute},
		{Title: "Draft", Do: "Write it.", Length: 75 * time.Minute},
	}
	tests := []struct {
		name  string
		steps []Step
		first int
		late  time.Duration
		want  string
	}{
		{"rehearsal in seconds", rehearsal, 0, 0, `0:00:00  1/3  Read (3 s): Read the draft in silence.
0:00:03  2/3  React (3 s): One sentence each.
0:00:06  3/3  Decide (3 s)
0:00:09  done
`},
		{"minutes", workshop, 0, 0, `0:00  1/3  Welcome (5 min): Listen.
0:05  2/3  Five questions (10 min): Answer alone.
0:15  3/3  Draft (1 h 15 min): Write it.
1:30  done
`},
		{"from a later step", workshop, 1, 0, `0:05  2/3  Five questions (10 min): Answer alone.
0:15  3/3  Draft (1 h 15 min): Write it.
1:30  done
`},
		// A machine that wakes 4 s late still prints every step once, at
		// the time it was due.
		{"late wake-ups", rehearsal, 0, 4 * time.Second, `0:00:00  1/3  Read (3 s): Read the draft in silence.
0:00:03  2/3  React (3 s): One sentence each.
0:00:06  3/3  Decide (3 s)
0:00:09  done
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			clock := &jumpClock{now: t0, late: tt.late}
			st, err := RunPlain(context.Background(), &out, tt.steps, tt.first, clock)
			if err != nil {
				t.Fatal(err)
			}
			if out.String() != tt.want {
				t.Errorf("got\n%s\nwant\n%s", out.String(), tt.want)
			}
			if !st.Done {
				t.Errorf("not done at the end: %s", show(st))
			}
			if strings.Contains(out.String(), "\x1b") {
				t.Errorf("escape codes in plain output: %q", out.String())
			}
		})
	}
}

func TestRunPlainInterrupted(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out bytes.Buffer
	// The second wait never ends; Ctrl-C comes while it waits.
	clock := &jumpClock{now: t0, block: 2, onWait: func(n int) {
		if n == 2 {
			cancel()
		}
	}}
	st, err := RunPlain(ctx, &out, rehearsal, 0, clock)
	if !errors.Is(err, ErrInterrupted) {
		t.Fatalf("err = %v, want ErrInterrupted", err)
	}
	if st.Step != 1 || st.Done {
		t.Errorf("stopped at %s, want step 1", show(st))
	}
	if want := "0:00:00  1/3  Read (3 s): Read the draft in silence.\n0:00:03  2/3  React (3 s): One sentence each.\n"; out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}
}

// A step's text cannot send escape codes or break the one-line format.
func TestRunPlainControlCharacters(t *testing.T) {
	var out bytes.Buffer
	steps := []Step{{Title: "Bad\x1b[2J title", Do: "line one\r\nline\ttwo\x07", Length: time.Minute}}
	if _, err := RunPlain(context.Background(), &out, steps, 0, &jumpClock{now: t0}); err != nil {
		t.Fatal(err)
	}
	if want := "0:00  1/1  Bad [2J title (1 min): line one line two\n0:01  done\n"; out.String() != want {
		t.Errorf("got %q, want %q", out.String(), want)
	}
}

func TestFormatLength(t *testing.T) {
	for d, want := range map[time.Duration]string{
		3 * time.Second:                       "3 s",
		0:                                     "0 s",
		25 * time.Minute:                      "25 min",
		90 * time.Minute:                      "1 h 30 min",
		2 * time.Hour:                         "2 h",
		2*time.Minute + 30*time.Second:        "2 min 30 s",
		time.Hour + 4*time.Second:             "1 h 4 s",
		59*time.Second + 600*time.Millisecond: "1 min",
	} {
		if got := FormatLength(d); got != want {
			t.Errorf("FormatLength(%v) = %q, want %q", d, got, want)
		}
	}
}
