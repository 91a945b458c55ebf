package timer

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	// bubbletea puts the terminal in raw mode, switches to the alternate
	// screen, decodes keys (arrows, Esc, Ctrl-C), reports resizes and
	// restores the terminal on every way out, panics included: what we
	// would otherwise write by hand for each platform. v1, the version huh
	// (our form library) uses, so the two never mix families. Only this
	// package imports it.
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
)

// How often the screen is brought up to date, and how long the screen
// stays inverted when a step's time runs out.
const (
	tickEvery = 200 * time.Millisecond
	flashFor  = time.Second
	// maxScale bounds the big digits on a very large screen, so the text
	// around them keeps its room.
	maxScale = 4
)

// Keys, as the help line and the docs name them, and in short for narrow
// windows.
const (
	helpLine      = "space pause · n next · b back · + / - a minute · q quit"
	shortHelpLine = "space · n · b · + · - · q"
)

// RunTerminal shows the countdown full-screen on a terminal (in and out
// must be one) from step first, until the user quits. now is the clock;
// the screen is redrawn a few times a second. It returns where the timer
// stood when it stopped, and ErrInterrupted after Ctrl-C.
func RunTerminal(ctx context.Context, in io.Reader, out io.Writer, steps []Step, first int, now func() time.Time) (Status, error) {
	m := newModel(steps, first, now, out)
	p := tea.NewProgram(m, tea.WithContext(ctx), tea.WithInput(in), tea.WithOutput(out), tea.WithAltScreen())
	_, err := p.Run()
	st := m.st.Tick(now())
	switch {
	case errors.Is(err, tea.ErrInterrupted), errors.Is(err, tea.ErrProgramKilled), m.interrupted:
		return st, ErrInterrupted
	case err != nil:
		return st, err
	}
	return st, nil
}

// tickMsg wakes the model to bring the screen up to date; the time comes
// from the model's clock, not from the message.
type tickMsg struct{}

// model is the full-screen timer. Its clock and its bell are injected, so
// tests drive Update and View with key and tick messages and a fake clock.
type model struct {
	steps  []Step
	st     *State
	now    func() time.Time
	bell   io.Writer
	tick   func() tea.Cmd // the next wake-up; tests replace it
	format func(time.Duration) string

	status        Status
	width, height int
	flashUntil    time.Time
	flashing      bool
	interrupted   bool
	quitting      bool
}

func newModel(steps []Step, first int, now func() time.Time, bell io.Writer) *model {
	m := &model{
		steps:  steps,
		st:     New(lengths(steps), first),
		now:    now,
		bell:   bell,
		tick:   tick,
		format: ClockFormat(steps),
		width:  80,
		height: 24,
	}
	m.st.Start(now())
	m.status = m.st.Tick(now())
	return m
}

func (m *model) Init() tea.Cmd { return m.tick() }

func tick() tea.Cmd {
	return tea.Tick(tickEvery, func(time.Time) tea.Msg { return tickMsg{} })
}

func (m *model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		return m, nil
	case tickMsg:
		return m, tea.Batch(m.refresh(), m.tick())
	case tea.KeyMsg:
		now := m.now()
		switch msg.String() {
		case " ", "p":
			if m.st.Tick(now).Paused {
				m.st.Resume(now)
			} else {
				m.st.Pause(now)
			}
		case "n", "right":
			m.st.Next(now)
		case "b", "left":
			m.st.Back(now)
		case "+", "=":
			m.st.Add(now, time.Minute)
		case "-", "_":
			m.st.Add(now, -time.Minute)
		case "q", "esc":
			m.quitting = true
			return m, tea.Quit
		case "ctrl+c":
			m.interrupted = true
			m.quitting = true
			return m, tea.Quit
		default:
			return m, nil
		}
		return m, m.refresh()
	}
	return m, nil
}

// refresh brings the status up to now; for the steps that ended since the
// last refresh it rings the bell once each and flashes the screen.
func (m *model) refresh() tea.Cmd {
	now := m.now()
	m.status = m.st.Tick(now)
	var cmd tea.Cmd
	if n := len(m.status.Ended); n > 0 {
		m.flashUntil = now.Add(flashFor)
		w := m.bell
		cmd = func() tea.Msg {
			// One write of its own, between the renderer's writes: a bell
			// moves nothing on the screen.
			_, _ = io.WriteString(w, strings.Repeat("\a", n))
			return nil
		}
	}
	m.flashing = now.Before(m.flashUntil)
	return cmd
}

func (m *model) View() string {
	if m.quitting {
		return ""
	}
	w, h := m.width, m.height
	if w < 1 || h < 1 {
		return ""
	}
	var items []item
	if m.status.Done {
		items = m.doneItems(w, h)
	} else {
		items = m.stepItems(w, h)
	}
	return frame(items, w, h, m.flashing)
}

// item is a line of the screen; when the window is too small the items of
// lowest priority are left out first.
type item struct {
	text     string
	priority int
	inverse  bool
	// cut is shown at the end of the line when the line after it was
	// left out: "…" on the last line of a step's text that does not fit.
	cut string
}

const (
	pDigits   = 100
	pPaused   = 90
	pHeader   = 80
	pDoFirst  = 70
	pNext     = 60
	pProgress = 50
	pDoMore   = 40
	pHelp     = 20
	pSpace    = 10
)

func (m *model) stepItems(w, h int) []item {
	s := m.status
	step := m.steps[s.Step]
	header := fmt.Sprintf("%d/%d  %s", s.Step+1, len(m.steps), oneLine(step.Title))
	do := wrap(oneLine(step.Do), min(w-4, 76))
	progress := fmt.Sprintf("Elapsed %s of %s", m.format(s.Elapsed), m.format(s.Total))
	next := "Next: the end"
	if s.Step+1 < len(m.steps) {
		n := m.steps[s.Step+1]
		next = fmt.Sprintf("Next: %s (%s)", oneLine(n.Title), FormatLength(n.Length))
	}
	left := FormatLeft(s.Left)
	help := helpLine
	if lipgloss.Width(help) > w {
		help = shortHelpLine
	}

	// The largest digits that leave room for the header, the pause line,
	// the progress and next lines and the step's text: two lines of it at
	// the smallest scale, up to four with blank lines around the digits at
	// larger ones.
	rows := []string{left}
	for sc := maxScale; sc >= 1; sc-- {
		need := 4 + glyphRows*sc + max(min(len(do), 2), 1)
		if sc > 1 {
			need = 4 + glyphRows*sc + max(min(len(do), 4), 1) + 2
		}
		if digitsWidth(left, sc) <= w && need <= h {
			rows = bigDigits(left, sc)
			break
		}
	}

	var items []item
	items = append(items, item{text: header, priority: pHeader}, item{priority: pSpace})
	for _, r := range rows {
		items = append(items, item{text: r, priority: pDigits})
	}
	items = append(items, item{priority: pSpace})
	if s.Paused {
		items = append(items, item{text: "   PAUSED · space to resume   ", priority: pPaused, inverse: true})
	} else {
		items = append(items, item{priority: pSpace + 1})
	}
	items = append(items, item{priority: pSpace})
	for i, l := range do {
		p := pDoFirst
		if i > 0 {
			p = pDoMore - i
		}
		it := item{text: l, priority: p}
		if i+1 < len(do) {
			it.cut = " …"
		}
		items = append(items, it)
	}
	items = append(items,
		item{priority: pSpace},
		item{text: progress, priority: pProgress},
		item{text: next, priority: pNext},
		item{priority: pSpace},
		item{text: help, priority: pHelp},
	)
	return items
}

func (m *model) doneItems(w, h int) []item {
	s := m.status
	rows, _ := fitDigits(FormatLeft(0), w, h-4, maxScale)
	items := []item{{text: "Time is up", priority: pHeader}, {priority: pSpace}}
	for _, r := range rows {
		items = append(items, item{text: r, priority: pDigits})
	}
	items = append(items,
		item{priority: pSpace},
		item{text: fmt.Sprintf("The agenda ran to the end: %d steps, %s", len(m.steps), m.format(s.Total)), priority: pNext},
		item{priority: pSpace},
		item{text: "b back to the last step · q quit", priority: pHelp},
	)
	return items
}

// frame lays items out in a w x h screen: the items of lowest priority
// left out until the rest fit, every line cut to the width and centred,
// the block centred from top to bottom. When flashing, the whole screen is
// inverted.
func frame(items []item, w, h int, flashing bool) string {
	for len(items) > h {
		low := 0
		for i, it := range items {
			if it.priority < items[low].priority {
				low = i
			}
		}
		if low > 0 && items[low-1].cut != "" {
			// The line before now ends the text shown: mark it cut.
			items[low-1].text += items[low-1].cut
			items[low-1].cut = ""
		}
		items = append(items[:low], items[low+1:]...)
	}
	lines := make([]string, 0, h)
	for range (h - len(items)) / 2 {
		lines = append(lines, "")
	}
	for _, it := range items {
		text := truncate(it.text, w)
		pad := (w - lipgloss.Width(text)) / 2
		line := strings.Repeat(" ", pad) + text
		if it.inverse && !flashing {
			line = strings.Repeat(" ", pad) + inverse(text)
		}
		lines = append(lines, line)
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	if flashing {
		for i, l := range lines {
			lines[i] = inverse(l + strings.Repeat(" ", max(w-lipgloss.Width(l), 0)))
		}
	}
	return strings.Join(lines, "\n")
}

// inverse shows text in reverse video: the one effect used, written out
// so it shows with NO_COLOR and on any terminal.
func inverse(text string) string { return "\x1b[7m" + text + "\x1b[0m" }

// truncate cuts text to w cells, ending with … when it was cut.
func truncate(text string, w int) string {
	if lipgloss.Width(text) <= w {
		return text
	}
	if w <= 0 {
		return ""
	}
	var b strings.Builder
	used := 0
	for _, r := range text {
		rw := lipgloss.Width(string(r))
		if used+rw > w-1 {
			break
		}
		b.WriteRune(r)
		used += rw
	}
	return b.String() + "…"
}

// wrap breaks text into lines of at most w cells, at spaces where it can.
func wrap(text string, w int) []string {
	w = max(w, 1)
	var lines []string
	var cur string
	for _, word := range strings.Fields(text) {
		for lipgloss.Width(word) > w {
			if cur != "" {
				lines = append(lines, cur)
				cur = ""
			}
			head := truncateExact(word, w)
			lines = append(lines, head)
			word = word[len(head):]
		}
		switch {
		case cur == "":
			cur = word
		case lipgloss.Width(cur)+1+lipgloss.Width(word) <= w:
			cur += " " + word
		default:
			lines = append(lines, cur)
			cur = word
		}
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}

// truncateExact is the longest start of text at most w cells wide (at
// least one character).
func truncateExact(text string, w int) string {
	used := 0
	for i, r := range text {
		rw := lipgloss.Width(string(r))
		if used+rw > w && i > 0 {
			return text[:i]
		}
		used += rw
	}
	return text
}
