package cli

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The agenda timer in a real terminal: the countdown full-screen, keys
// typed as a facilitator types them, and the terminal as it was after.
// Every wait polls the screen with a generous deadline; nothing passes or
// fails on how fast the machine is.

const timerAgenda = `name: Rehearsal
agenda:
  - id: read
    title: Read in silence
    seconds: 60
    do: Read the draft. Mark comments by paragraph number.
  - id: react
    title: One-sentence reactions
    seconds: 3
    do: One sentence each, the customer first.
  - id: decide
    title: Decide
    seconds: 2
    do: Go, iterate or stop.
`

// waitUntil polls the screen until ok says yes.
func (s *tmuxSession) waitUntil(what string, ok func(screen string) bool) {
	s.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		screen := s.screen()
		if ok(screen) {
			return
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("the screen never showed %s; it shows:\n%s", what, screen)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// display reads one of tmux's formats for the pane, such as
// #{alternate_on}.
func (s *tmuxSession) display(format string) string {
	s.t.Helper()
	out, err := exec.Command("tmux", "-L", s.socket, "display-message", "-p", "-t", s.name, format).Output()
	if err != nil {
		s.t.Fatalf("tmux display-message: %v", err)
	}
	return strings.TrimSpace(string(out))
}

// restored checks the terminal is as it was before prfaq ran: the main
// screen, not the alternate one, and the cursor shown.
func (s *tmuxSession) restored() {
	s.t.Helper()
	if got := s.display("#{alternate_on} #{cursor_flag}"); got != "0 1" {
		s.t.Errorf("after the timer: alternate screen and cursor flags %q, want \"0 1\"\n%s", got, s.screen())
	}
	if screen := s.screen(); strings.Contains(screen, "space pause") || strings.Contains(screen, "█") {
		s.t.Errorf("the timer's screen is still showing:\n%s", screen)
	}
}

func TestTerminalWorkshopTimer(t *testing.T) {
	requireTmux(t)
	bin := buildPrfaq(t)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "agenda.yaml"), []byte(timerAgenda), 0o644); err != nil {
		t.Fatal(err)
	}
	env := "env TERM=xterm-256color "

	s := startTmux(t, dir, env+bin+" workshop timer --agenda agenda.yaml")
	s.waitFor("1/3  Read in silence")
	s.waitFor("Read the draft. Mark comments by paragraph number.")
	s.waitFor("Next: One-sentence reactions (3 s)")
	s.waitFor("█")
	if got := s.display("#{alternate_on} #{cursor_flag}"); got != "1 0" {
		t.Errorf("while the timer runs: alternate screen and cursor flags %q, want \"1 0\"", got)
	}

	s.keys("Space")
	s.waitFor("PAUSED")
	s.keys("Space")
	s.waitUntil("no PAUSED", func(screen string) bool { return !strings.Contains(screen, "PAUSED") })
	s.waitFor("1/3  Read in silence")

	// n, then a pause at once, so the second step is still there to be
	// read however slow the machine is.
	s.keys("n")
	s.keys("Space")
	s.waitFor("2/3  One-sentence reactions")
	s.waitFor("One sentence each, the customer first.")
	s.waitFor("PAUSED")
	s.keys("Space")

	// The second and third steps run out by themselves.
	s.waitFor("Time is up")
	s.waitFor("The agenda ran to the end: 3 steps")
	s.keys("q")
	s.waitFor("EXIT=0")
	s.restored()

	// Ctrl-C stops the countdown: exit 130, the terminal restored, and
	// the command that picks up where it stopped.
	s = startTmux(t, dir, env+bin+" workshop timer --agenda agenda.yaml --start-at 1")
	s.waitFor("1/3  Read in silence")
	s.keys("C-c")
	s.waitFor("EXIT=130")
	s.waitFor("Continue with: prfaq workshop timer --agenda agenda.yaml --start-at read")
	s.restored()
}

// Without a terminal for its output the timer prints plain lines, and
// Ctrl-C in the terminal it was started from stops it with exit 130.
func TestTerminalWorkshopTimerPlainInterrupt(t *testing.T) {
	requireTmux(t)
	bin := buildPrfaq(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "timer.log")
	s := startTmux(t, dir, fmt.Sprintf("%s workshop timer --minutes 120 > %s", bin, out))
	deadline := time.Now().Add(30 * time.Second)
	for {
		data, _ := os.ReadFile(out)
		if strings.Contains(string(data), "1/9") {
			if want := "0:00  1/9  Welcome and the method (5 min): Listen."; !strings.HasPrefix(string(data), want) {
				t.Errorf("first line %q, want it to start %q", data, want)
			}
			if strings.Contains(string(data), "\x1b") {
				t.Errorf("escape codes in plain output: %q", data)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no first line in %s; the screen shows:\n%s", out, s.screen())
		}
		time.Sleep(50 * time.Millisecond)
	}
	s.keys("C-c")
	s.waitFor("EXIT=130")
	s.waitFor("prfaq: interrupted: the timer stopped at step 1/9 (Welcome and the method)")
	s.waitFor("Continue with: prfaq workshop timer --minutes 120 --start-at welcome")

	// PRFAQ_ACCESSIBLE asks for the plain lines on a terminal too.
	s = startTmux(t, dir, "env PRFAQ_ACCESSIBLE=1 "+bin+" workshop timer --start-at 9")
	s.waitFor("1:25  9/9  Decide (5 min): For each draft")
	if got := s.display("#{alternate_on}"); got != "0" {
		t.Errorf("accessible: the alternate screen is on")
	}
	s.keys("C-c")
	s.waitFor("EXIT=130")
}
