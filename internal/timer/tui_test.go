package timer

import (
	"bytes"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
)

// fakeTerm drives the model as bubbletea would, without a terminal: key
// and tick messages in, the screen out, on a clock the test moves.
type fakeTerm struct {
	t    *testing.T
	m    *model
	now  time.Time
	bell bytes.Buffer
}

func newFakeTerm(t *testing.T, steps []Step, first, w, h int) *fakeTerm {
	f := &fakeTerm{t: t, now: t0}
	f.m = newModel(steps, first, func() time.Time { return f.now }, &f.bell)
	f.m.tick = func() tea.Cmd { return nil }
	f.send(tea.WindowSizeMsg{Width: w, Height: h})
	return f
}

// send delivers msg and runs the commands it returns (the bell), as the
// program would; it reports whether the model asked to quit.
func (f *fakeTerm) send(msg tea.Msg) (quit bool) {
	_, cmd := f.m.Update(msg)
	if cmd != nil {
		_, quit = cmd().(tea.QuitMsg)
	}
	return quit
}

func (f *fakeTerm) key(k string) bool {
	var msg tea.KeyMsg
	switch k {
	case " ":
		msg = tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}
	case "right":
		msg = tea.KeyMsg{Type: tea.KeyRight}
	case "left":
		msg = tea.KeyMsg{Type: tea.KeyLeft}
	case "esc":
		msg = tea.KeyMsg{Type: tea.KeyEscape}
	case "ctrl+c":
		msg = tea.KeyMsg{Type: tea.KeyCtrlC}
	default:
		msg = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
	}
	if msg.String() != k {
		f.t.Fatalf("key %q reads as %q", k, msg.String())
	}
	return f.send(msg)
}

// wait moves the clock on and delivers a tick.
func (f *fakeTerm) wait(d time.Duration) {
	f.now = f.now.Add(d)
	f.send(tickMsg{})
}

func (f *fakeTerm) screen() string { return f.m.View() }

func (f *fakeTerm) shows(text string) {
	f.t.Helper()
	if s := f.screen(); !strings.Contains(s, text) {
		f.t.Fatalf("the screen does not show %q:\n%s", text, s)
	}
}

func (f *fakeTerm) hides(text string) {
	f.t.Helper()
	if s := f.screen(); strings.Contains(s, text) {
		f.t.Fatalf("the screen shows %q:\n%s", text, s)
	}
}

const reverse = "\x1b[7m"

func TestModelPauseSkipFlash(t *testing.T) {
	f := newFakeTerm(t, rehearsal, 0, 100, 30)
	f.shows("1/3  Read")
	f.shows("Read the draft in silence.")
	f.shows("Next: React (3 s)")
	f.shows("Elapsed 0:00:00 of 0:00:09")
	f.shows(helpLine)
	f.hides("PAUSED")
	f.hides(reverse)

	f.key(" ")
	f.shows("PAUSED")
	f.wait(time.Minute) // paused: time stands still
	if f.m.status.Left != 3*time.Second {
		t.Fatalf("left %v after a paused minute, want 3s", f.m.status.Left)
	}
	f.shows("1/3  Read")
	f.key("p")
	f.hides("PAUSED")

	f.key("n")
	f.shows("2/3  React")
	f.hides("1/3  Read")
	f.shows("Next: Decide (3 s)")
	f.key("left")
	f.shows("1/3  Read")
	f.key("right")
	f.shows("2/3  React")
	if f.bell.Len() != 0 || strings.Contains(f.screen(), reverse) {
		t.Fatalf("skipping rang or flashed: bell %q", f.bell.String())
	}

	// The step's time runs out: one bell, the screen inverted, the next
	// step shown.
	f.wait(3 * time.Second)
	f.shows("3/3  Decide")
	f.shows("Next: the end")
	if f.bell.String() != "\a" {
		t.Errorf("bell %q, want one", f.bell.String())
	}
	for i, line := range strings.Split(f.screen(), "\n") {
		if !strings.HasPrefix(line, reverse) || lipgloss.Width(line) != 100 {
			t.Fatalf("line %d not inverted across the screen: %q", i+1, line)
		}
	}
	// The flash lasts about a second.
	f.wait(500 * time.Millisecond)
	f.shows(reverse)
	f.wait(600 * time.Millisecond)
	f.hides(reverse)

	// Quit with q.
	if !f.key("q") {
		t.Error("q did not quit")
	}
	if f.m.interrupted {
		t.Error("q counts as an interruption")
	}
}

func TestModelSeveralStepsEndAtOnce(t *testing.T) {
	f := newFakeTerm(t, rehearsal, 0, 100, 30)
	f.wait(time.Hour) // the laptop slept
	if f.bell.String() != "\a\a\a" {
		t.Errorf("bell %q, want three, one for each step that ended", f.bell.String())
	}
	f.shows("Time is up")
	f.shows("The agenda ran to the end: 3 steps, 0:00:09")
	f.shows(reverse)
	f.wait(2 * time.Second)
	f.hides(reverse)
	if f.bell.String() != "\a\a\a" {
		t.Errorf("bell %q after the done screen, want no more", f.bell.String())
	}

	// Back from the done screen runs the last step again.
	f.key("b")
	f.shows("3/3  Decide")
	f.key("esc")
	if !f.m.quitting {
		t.Error("esc did not quit")
	}
}

func TestModelAddAndRemoveMinutes(t *testing.T) {
	steps := []Step{{Title: "Draft", Do: "Write.", Length: 10 * time.Minute}, {Title: "Read", Do: "Read.", Length: 5 * time.Minute}}
	f := newFakeTerm(t, steps, 0, 100, 30)
	f.wait(30 * time.Second)
	f.key("+")
	if got := f.m.status.Left; got != 10*time.Minute+30*time.Second {
		t.Errorf("left %v after +, want 10m30s", got)
	}
	f.shows("Elapsed 0:00 of 0:16")
	f.key("-")
	f.key("-")
	if got := f.m.status.Left; got != 8*time.Minute+30*time.Second {
		t.Errorf("left %v after + - -, want 8m30s", got)
	}
	for range 9 {
		f.key("-")
	}
	// Not below nothing: the step ended, with its bell.
	f.shows("2/2  Read")
	if f.bell.String() != "\a" {
		t.Errorf("bell %q, want one", f.bell.String())
	}
}

func TestModelCtrlC(t *testing.T) {
	f := newFakeTerm(t, rehearsal, 1, 100, 30)
	f.shows("2/3  React")
	if !f.key("ctrl+c") || !f.m.interrupted {
		t.Error("Ctrl-C did not quit as an interruption")
	}
	if f.screen() != "" {
		t.Errorf("the last screen is not empty: %q", f.screen())
	}
}

// Every window size gets a screen of exactly its size, and the largest
// digits that fit.
func TestModelFitsTheWindow(t *testing.T) {
	long := []Step{{
		Title:  "A very long title that will never fit into a narrow window at all",
		Do:     strings.Repeat("Write the press release on the skeleton, in the numbered order. ", 6),
		Length: 75 * time.Minute,
	}, {Title: "Next", Do: "x", Length: time.Minute}}
	tests := []struct {
		w, h  int
		scale int
	}{
		{200, 60, 4}, // 1:15:00 is 46 cells wide a scale: 184 at 4x
		{120, 40, 2},
		{100, 30, 2},
		{80, 24, 1},
		{60, 20, 1},
		{46, 12, 1},
		{45, 12, 0}, // too narrow for digits: plain text
		{30, 8, 0},
		{12, 3, 0},
		{1, 1, 0},
	}
	for _, tt := range tests {
		f := newFakeTerm(t, long, 0, tt.w, tt.h)
		for _, paused := range []bool{false, true} {
			if paused {
				f.key(" ")
			}
			screen := f.screen()
			lines := strings.Split(screen, "\n")
			if len(lines) != tt.h {
				t.Errorf("%dx%d: %d lines:\n%s", tt.w, tt.h, len(lines), screen)
			}
			for i, l := range lines {
				if lipgloss.Width(l) > tt.w {
					t.Errorf("%dx%d: line %d is %d wide: %q", tt.w, tt.h, i+1, lipgloss.Width(l), l)
				}
			}
			if got := digitRows(screen); got != 5*tt.scale {
				t.Errorf("%dx%d: %d rows of digits, want %d (scale %d):\n%s", tt.w, tt.h, got, 5*tt.scale, tt.scale, screen)
			}
			if tt.scale == 0 && !strings.Contains(screen, "1:15:00") && tt.w >= 7 {
				t.Errorf("%dx%d: the time left is missing:\n%s", tt.w, tt.h, screen)
			}
			if paused && tt.h >= 3 && !strings.Contains(screen, "PAUSED") {
				t.Errorf("%dx%d: paused, but PAUSED is missing:\n%s", tt.w, tt.h, screen)
			}
		}
	}
}

// A resize lays the screen out again at the new size.
func TestModelResize(t *testing.T) {
	f := newFakeTerm(t, rehearsal, 0, 100, 30)
	if got := digitRows(f.screen()); got != 15 {
		t.Errorf("100x30: %d rows of digits, want 15 (3x):\n%s", got, f.screen())
	}
	f.send(tea.WindowSizeMsg{Width: 40, Height: 12})
	if lines := strings.Split(f.screen(), "\n"); len(lines) != 12 {
		t.Errorf("%d lines after resizing to 12", len(lines))
	}
	if got := digitRows(f.screen()); got != 5 {
		t.Errorf("40x12: %d rows of digits, want 5 (1x):\n%s", got, f.screen())
	}
}

func digitRows(screen string) int {
	n := 0
	for _, l := range strings.Split(screen, "\n") {
		if strings.Contains(l, "█") {
			n++
		}
	}
	return n
}

func TestWrapAndTruncate(t *testing.T) {
	if got := strings.Join(wrap("one two three four", 9), "|"); got != "one two|three|four" {
		t.Errorf("wrap = %q", got)
	}
	if got := strings.Join(wrap("abcdefghij k", 4), "|"); got != "abcd|efgh|ij k" {
		t.Errorf("wrap of a long word = %q", got)
	}
	if got := truncate("Agree on one customer", 10); got != "Agree on …" {
		t.Errorf("truncate = %q", got)
	}
	if got := truncate("日本語のタイトル", 7); got != "日本語…" || lipgloss.Width(got) > 7 {
		t.Errorf("truncate of wide characters = %q", got)
	}
}

// A step's text too long for the window ends with … on its last line
// shown.
func TestModelCutsLongText(t *testing.T) {
	steps := []Step{{Title: "Draft", Do: strings.Repeat("Write the press release on the skeleton. ", 24), Length: 10 * time.Minute}}
	f := newFakeTerm(t, steps, 0, 80, 16)
	screen := f.screen()
	if !strings.Contains(screen, " …\n") {
		t.Errorf("no line ends with …:\n%s", screen)
	}
	if strings.Count(screen, "…") != 1 {
		t.Errorf("… more than once:\n%s", screen)
	}
	f.send(tea.WindowSizeMsg{Width: 80, Height: 60})
	if strings.Contains(f.screen(), "…") {
		t.Errorf("… with room for all the text:\n%s", f.screen())
	}
}

// A narrow window gets the keys in short rather than cut.
func TestModelShortHelp(t *testing.T) {
	f := newFakeTerm(t, rehearsal, 0, 50, 20)
	f.shows(shortHelpLine)
	f.hides(helpLine)
	f.send(tea.WindowSizeMsg{Width: 100, Height: 30})
	f.shows(helpLine)
}
