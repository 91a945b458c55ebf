package cli

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/prfaq/prfaq/internal/store"
)

// The terminal form, driven as a writer drives it: prfaq runs in a real
// terminal (tmux, at a fixed size), the test types and reads the screen.
// CI sets PRFAQ_REQUIRE_TUI_TEST so a missing tmux fails instead of
// skipping.

type tmuxSession struct {
	t      *testing.T
	socket string
	name   string
}

func startTmux(t *testing.T, dir, command string) *tmuxSession {
	t.Helper()
	return startTmuxSized(t, dir, command, 110, 50)
}

// startTmuxSized starts command in a terminal of width columns and height
// lines.
func startTmuxSized(t *testing.T, dir, command string, width, height int) *tmuxSession {
	t.Helper()
	s := &tmuxSession{t: t, socket: fmt.Sprintf("prfaq-test-%d", os.Getpid()), name: fmt.Sprintf("w%d", time.Now().UnixNano())}
	// The shell waits after prfaq exits so its last screen and exit code
	// can be read.
	cmd := exec.Command("tmux", "-L", s.socket, "-f", "/dev/null", "new-session", "-d", "-s", s.name, "-x", fmt.Sprint(width), "-y", fmt.Sprint(height), "-c", dir,
		command+"; echo EXIT=$?; sleep 600")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("tmux new-session: %v\n%s", err, out)
	}
	t.Cleanup(func() { _ = exec.Command("tmux", "-L", s.socket, "kill-session", "-t", s.name).Run() })
	return s
}

func (s *tmuxSession) screen() string {
	out, err := exec.Command("tmux", "-L", s.socket, "capture-pane", "-p", "-t", s.name).Output()
	if err != nil {
		s.t.Fatalf("tmux capture-pane: %v", err)
	}
	return string(out)
}

// waitFor waits until the screen shows text.
func (s *tmuxSession) waitFor(text string) {
	s.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		screen := s.screen()
		if strings.Contains(screen, text) {
			return
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("the screen never showed %q; it shows:\n%s", text, screen)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// typeText types text literally; keys sends named keys (Enter, C-c, C-j).
func (s *tmuxSession) typeText(text string) {
	s.t.Helper()
	if out, err := exec.Command("tmux", "-L", s.socket, "send-keys", "-t", s.name, "-l", text).CombinedOutput(); err != nil {
		s.t.Fatalf("tmux send-keys: %v\n%s", err, out)
	}
}

func (s *tmuxSession) keys(keys ...string) {
	s.t.Helper()
	args := append([]string{"-L", s.socket, "send-keys", "-t", s.name}, keys...)
	if out, err := exec.Command("tmux", args...).CombinedOutput(); err != nil {
		s.t.Fatalf("tmux send-keys: %v\n%s", err, out)
	}
}

// focused waits until the field titled title has the focus: huh marks it
// with a bar. Every title of a page shows at once, and keys typed before
// the focus moves would land in the previous field.
func (s *tmuxSession) focused(title string) {
	s.t.Helper()
	s.waitFor("┃ " + title)
	// The bar is drawn a moment before the field reads keys.
	time.Sleep(50 * time.Millisecond)
}

// answer waits for a field to take the focus, types the answer and moves
// on with Tab, which moves on from every field (Enter starts a new line in
// a multi-line answer).
func (s *tmuxSession) answer(title, text string) {
	s.t.Helper()
	s.focused(title)
	s.typeText(text)
	s.keys("Tab")
}

func buildPrfaq(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "prfaq")
	out, err := exec.Command("go", "build", "-o", bin, "../../cmd/prfaq").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// wizardTerminal builds prfaq for a terminal test and gives it a folder,
// a home of its own and the environment that fixes its clock and colours:
// prefix a command with env.
func wizardTerminal(t *testing.T) (bin, dir, home, env string) {
	t.Helper()
	requireTmux(t)
	bin = buildPrfaq(t)
	dir = t.TempDir()
	home = filepath.Join(dir, "home")
	env = fmt.Sprintf("env HOME=%s SOURCE_DATE_EPOCH=1795000000 NO_COLOR=1 TERM=xterm-256color ", home)
	return bin, dir, home, env
}

func TestTerminalWizard(t *testing.T) {
	bin, dir, home, env := wizardTerminal(t)

	// Half-way through the customer page, Ctrl-C: the answers so far,
	// including the one being typed, go to a draft; the exit code is 130.
	s := startTmux(t, dir, env+bin+" new pause.prfaq.yaml --template mini")
	s.answer("What will customers call the product?", "Pause")
	s.answer("Working title of this document", "Pause PR/FAQ")
	// Enter in a list starts a new line: both names are authors, and
	// none reaches the next field. The field says so before typing.
	s.focused("Who is writing it?")
	s.waitFor("Enter starts a new line; Tab moves on.")
	s.typeText("Dana Okafor")
	s.keys("Enter")
	s.typeText("Luis Pereira")
	s.keys("Tab")
	s.focused("Who is the customer?")
	s.typeText("Families who get a weekly meal kit.")
	s.keys("C-c")
	s.waitFor("EXIT=130")
	s.waitFor("Your answers are saved in")
	drafts, _ := filepath.Glob(filepath.Join(home, ".local/state/prfaq/drafts/new-*.prfaq.yaml"))
	if len(drafts) != 1 {
		t.Fatalf("drafts after Ctrl-C: %v\n%s", drafts, s.screen())
	}
	data, err := os.ReadFile(drafts[0])
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"product: Pause\n", "  - Dana Okafor\n  - Luis Pereira\n", "  who: Families who get a weekly meal kit.\n", "# prfaq-draft next: customer.who\n"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("the draft lacks %q:\n%s", want, data)
		}
	}

	// --resume starts on the page where the wizard stopped, with the
	// answer typed before Ctrl-C in place.
	s = startTmux(t, dir, env+bin+" new --resume")
	s.waitFor("Families who get a weekly meal kit.")
	s.keys("Tab")
	s.answer("What is the customer problem", "Boxes arrive when they are away (2026 survey).")
	// The why ladder follows the problem: one rung a page, the chain so
	// far above it, named after the customer; an empty rung ends it.
	s.focused("Why does that matter to families who get a weekly meal kit? (why 1 of 5)")
	s.waitFor("Problem: Boxes arrive when they are away (2026 survey).")
	s.typeText("The food in the box spoils.")
	s.keys("Enter")
	s.focused("Why does that matter to families who get a weekly meal kit? (why 2 of 5)")
	s.waitFor("Because: The food in the box spoils.")
	s.typeText("They pay $60 for a box they throw away.")
	s.keys("Enter")
	s.focused("Why does that matter to families who get a weekly meal kit? (why 3 of 5)")
	s.waitFor("Because: They pay $60 for a box they throw away.")
	s.keys("Enter")
	s.answer("What is the most important customer benefit", "No box arrives in a week away.")
	s.answer("How do you know what customers need", "1,900 refunds a month.")
	s.answer("The problem paragraph", "Subscribers pay for boxes they cannot use (2026 survey).")
	s.answer("Why do current solutions fail", "Cancelling loses their plan.")
	s.answer("How does the product make the customer's experience better", "Tap Pause and pick the weeks.")
	s.answer("How does a customer get started", "Open the app.")
	s.answer("Who is the customer quoted", "Ana Lima")
	s.answer("Describe the customer in a few words", "a nurse in Leeds")
	s.answer("What does the customer say", "I paused for my holiday.")
	s.answer("Where does the reader go next", "Open the app today.")

	// The FAQ: pick the first two questions of the bank. The cursor
	// starts in the empty answer of each; the first is answered, the
	// second left empty, which drops it, as the field says.
	s.waitFor("A question of my own")
	time.Sleep(100 * time.Millisecond)
	s.keys("x", "Down", "x", "Enter")
	s.answer("How much does it cost?", "It is free.")
	s.answer("The question, to reword it", "")
	s.focused("How does it work?")
	s.waitFor("Leave the answer empty to drop this question.")
	s.keys("Tab")
	s.answer("The question, to reword it", "")
	s.waitFor("A question of my own")
	time.Sleep(100 * time.Millisecond)
	s.keys("Enter")
	s.waitFor("Internal FAQ")
	s.waitFor("A question of my own")
	time.Sleep(100 * time.Millisecond)
	s.keys("Enter")

	s.waitFor("Your answers so far")
	s.waitFor("Problem: Subscribers pay for boxes")
	s.answer("Headline", "Pause lets subscribers skip a week")
	s.answer("Subheadline", "Subscribers skip a week and pay nothing.")
	s.answer("Summary paragraph", "Box Kitchen today launched Pause.")
	s.answer("City of the announcement", "LEEDS, UK")
	s.waitFor("2027-03-01")
	s.answer("Launch date", "")
	s.waitFor("EXIT=0")
	s.waitFor("wrote pause.prfaq.yaml")

	doc, _, err := store.Reader{}.ReadDocument(filepath.Join(dir, "pause.prfaq.yaml"), "pause.prfaq.yaml")
	if err != nil {
		t.Fatalf("%v\n%s", err, s.screen())
	}
	for _, c := range []struct{ got, want string }{
		{doc.Product, "Pause"},
		{strings.Join(doc.Authors, ","), "Dana Okafor,Luis Pereira"},
		{doc.Customer.Who, "Families who get a weekly meal kit."},
		{doc.PressRelease.CustomerQuote.Description, "a nurse in Leeds"},
		{doc.PressRelease.Dateline.Date, "2027-03-01"},
		{doc.FAQ.External[0].ID + " " + doc.FAQ.External[0].Question + " " + doc.FAQ.External[0].Answer, "E1 How much does it cost? It is free."},
		{doc.PressRelease.Headline, "Pause lets subscribers skip a week"},
		{strings.Join(doc.Customer.Whys, "|"), "The food in the box spoils.|They pay $60 for a box they throw away."},
		{fmt.Sprint(len(doc.FAQ.External)), "1"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "pause.html")); err != nil {
		t.Errorf("not rendered: %v", err)
	}
	if drafts, _ := filepath.Glob(filepath.Join(home, ".local/state/prfaq/drafts/*")); len(drafts) != 0 {
		t.Errorf("drafts left after finishing: %v", drafts)
	}
}

// At 80x24, input that arrives in one burst (a paste without bracketed
// paste, a script) is typed as it was sent: words that name keys stay
// words, and text after a Tab goes to the next field. Every page says
// where it stands and keeps its title in view.
func TestTerminalBurstsAndSmallTerminal(t *testing.T) {
	bin, dir, home, env := wizardTerminal(t)
	const sentence = "Sign up now, then delete it, go down left or right to the end home."

	s := startTmuxSized(t, dir, env+bin+" new burst.prfaq.yaml --template mini", 80, 24)
	s.focused("What will customers call the product?")
	s.waitFor("About this PR/FAQ (page 1 of 8)")
	s.typeText("Pause\tPause PR/FAQ")
	s.waitFor("> Pause PR/FAQ")
	s.keys("Tab")
	s.focused("Who is writing it?")
	s.keys("Tab")
	s.focused("Who is the customer?")
	s.typeText(sentence)
	s.waitFor("to the end home.")
	s.keys("Tab")
	s.focused("What is the customer problem")
	s.keys("Tab")
	s.focused("What is the most important customer benefit?")
	s.keys("Tab")
	// The last field of a page taller than the terminal: the page's
	// title and progress are still on screen.
	s.focused("How do you know what customers need or want?")
	if screen := s.screen(); !strings.Contains(screen, "The customer (page 2 of 8)") {
		t.Errorf("the page title and progress are not on screen at 80x24:\n%s", screen)
	}
	s.keys("C-c")
	s.waitFor("EXIT=130")

	path := filepath.Join(home, ".local/state/prfaq/drafts/new-20261118-110640.prfaq.yaml")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, _, err := store.DecodeDraft(path, data)
	if err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	for _, c := range []struct{ got, want string }{
		{doc.Product, "Pause"},
		{doc.Title, "Pause PR/FAQ"},
		{doc.Customer.Who, sentence},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

// A terminal that cannot move its cursor (TERM=dumb) gets plain prompts.
func TestTerminalDumbGetsPlainPrompts(t *testing.T) {
	requireTmux(t)
	bin := buildPrfaq(t)
	dir := t.TempDir()
	s := startTmux(t, dir, fmt.Sprintf("env HOME=%s TERM=dumb %s new --template mini", filepath.Join(dir, "home"), bin))
	s.waitFor("What will customers call the product? (required):")
	s.keys("C-c")
	s.waitFor("EXIT=130")
}

// Closing the terminal (SIGHUP) keeps the answers as Ctrl-C does,
// including the page being typed.
func TestTerminalHangupKeepsDraft(t *testing.T) {
	bin, dir, home, env := wizardTerminal(t)

	s := startTmux(t, dir, env+bin+" new pause.prfaq.yaml --template mini")
	s.answer("What will customers call the product?", "Pause")
	s.answer("Working title of this document", "Pause PR/FAQ")
	s.focused("Who is writing it?")
	s.keys("Tab")
	s.focused("Who is the customer?")
	s.typeText("Families who get a weekly meal kit.")
	s.waitFor("Families who get a weekly meal kit.")
	s.hangUp()
	waitForFile(t, filepath.Join(home, ".local/state/prfaq/drafts/new-20261118-110640.prfaq.yaml"),
		"  who: Families who get a weekly meal kit.\n")
}

// hangUp closes the terminal, as closing its window does: the processes
// in it get SIGHUP.
func (s *tmuxSession) hangUp() {
	s.t.Helper()
	if out, err := exec.Command("tmux", "-L", s.socket, "kill-session", "-t", s.name).CombinedOutput(); err != nil {
		s.t.Fatalf("tmux kill-session: %v\n%s", err, out)
	}
}

// waitForFile waits until the file at path holds want.
func waitForFile(t *testing.T, path, want string) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		data, err := os.ReadFile(path)
		if err == nil && strings.Contains(string(data), want) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s never held %q; it holds (%v):\n%s", path, want, err, data)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// requireTmux skips without tmux, unless CI requires the test.
func requireTmux(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		if os.Getenv("PRFAQ_REQUIRE_TUI_TEST") != "" {
			t.Fatal("tmux is not installed, and PRFAQ_REQUIRE_TUI_TEST is set")
		}
		t.Skip("tmux is not installed (apt-get install tmux)")
	}
	if testing.Short() {
		t.Skip("drives a real terminal")
	}
}

// Ctrl-C at plain prompts in a terminal interrupts a read that cannot be
// cancelled; the draft holds every answer given. Replacing an existing
// file asks first, and no keeps it.
func TestTerminalInterruptAndReplace(t *testing.T) {
	requireTmux(t)
	bin := buildPrfaq(t)
	dir := t.TempDir()
	home := filepath.Join(dir, "home")
	env := fmt.Sprintf("env HOME=%s SOURCE_DATE_EPOCH=1795000000 TERM=xterm-256color ", home)

	s := startTmux(t, dir, env+bin+" new --accessible a.prfaq.yaml")
	s.waitFor("What will customers call the product?")
	s.typeText("Pause")
	s.keys("Enter")
	s.waitFor("Working title of this document")
	s.keys("C-c")
	s.waitFor("EXIT=130")
	s.waitFor("Continue with: prfaq new --resume")
	drafts, _ := filepath.Glob(filepath.Join(home, ".local/state/prfaq/drafts/new-*.prfaq.yaml"))
	if len(drafts) != 1 {
		t.Fatalf("drafts after Ctrl-C: %v\n%s", drafts, s.screen())
	}
	if data, _ := os.ReadFile(drafts[0]); !strings.Contains(string(data), "product: Pause\n") {
		t.Errorf("the draft lacks the answer:\n%s", data)
	}

	keep := []byte("# written by hand\n")
	if err := os.WriteFile(filepath.Join(dir, "b.prfaq.yaml"), keep, 0o644); err != nil {
		t.Fatal(err)
	}
	s = startTmux(t, dir, env+bin+" new b.prfaq.yaml --answers "+mustAbs(t, "../../examples/meal-kit-pause.prfaq.yaml"))
	s.waitFor("b.prfaq.yaml exists. Replace it?")
	time.Sleep(100 * time.Millisecond)
	s.keys("n")
	s.keys("Enter")
	s.waitFor("EXIT=2")
	s.waitFor("b.prfaq.yaml exists, so it was not replaced")
	if got, _ := os.ReadFile(filepath.Join(dir, "b.prfaq.yaml")); string(got) != string(keep) {
		t.Errorf("the file was changed:\n%s", got)
	}
}

func mustAbs(t *testing.T, p string) string {
	t.Helper()
	abs, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return abs
}
