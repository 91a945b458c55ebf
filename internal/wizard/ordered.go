package wizard

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
)

// orderedForm runs a huh form so that typed text always lands, as text, in
// the field it was typed in, however fast it arrives (a paste without
// bracketed paste, scripted input, a fast typist).
//
// Two things in bubbletea v1 and huh get this wrong on their own:
//
//   - bubbletea reads a burst of letters as one key message, and huh
//     matches key bindings against the message's name before inserting
//     text, so the word "up", "delete", "end", "home", "left", "right" or
//     "down" arriving in one read moved the cursor or deleted instead of
//     being typed. orderedForm hands a multi-letter message to the form one
//     letter at a time.
//   - huh moves the focus with a message that comes back through
//     bubbletea's queue after the key that asked for it, behind whatever
//     else was already read: text typed right after Tab went to the field
//     being left. orderedForm holds keys back from the moment a key moves
//     the focus until the focus has moved.
type orderedForm struct {
	form *huh.Form
	// moving is set while the focus is being moved from the field from;
	// held keeps the keys read meanwhile, in order.
	moving bool
	from   huh.Field
	held   []tea.KeyMsg
	// move counts focus moves, so a late releaseMsg is ignored.
	move int
}

// releaseMsg ends the hold of move number move if the focus message never
// came (a key expected to move the focus did not): keys are never held
// for longer than holdLimit.
type releaseMsg struct{ move int }

const holdLimit = 250 * time.Millisecond

func (m *orderedForm) Init() tea.Cmd { return m.form.Init() }

func (m *orderedForm) View() string { return m.form.View() }

func (m *orderedForm) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyMsg:
		if m.moving {
			m.held = append(m.held, msg)
			return m, nil
		}
		return m, m.key(msg)
	case releaseMsg:
		if m.moving && msg.move == m.move {
			return m, m.release()
		}
		return m, nil
	case tea.WindowSizeMsg:
		// huh fits a page to the terminal's height but does not count the
		// blank line above the help, so a long page was one line too tall
		// and the terminal scrolled its title away.
		msg.Height--
		_, cmd := m.form.Update(msg)
		return m, cmd
	}
	_, cmd := m.form.Update(msg)
	if m.moving && isFocusMessage(msg) && (m.form.State != huh.StateNormal || m.form.GetFocusedField() != m.from) {
		cmd = tea.Batch(cmd, m.release())
	}
	return m, cmd
}

// key hands one key to the form, a multi-letter one letter by letter.
func (m *orderedForm) key(msg tea.KeyMsg) tea.Cmd {
	if msg.Type == tea.KeyRunes && len(msg.Runes) > 1 && !msg.Paste {
		var cmds []tea.Cmd
		for _, r := range msg.Runes {
			_, cmd := m.form.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: msg.Alt})
			cmds = append(cmds, cmd)
		}
		return tea.Batch(cmds...)
	}
	from := m.form.GetFocusedField()
	_, cmd := m.form.Update(msg)
	if m.form.State == huh.StateNormal && movesFocus(msg, from) && from.Error() == nil {
		m.moving, m.from = true, from
		m.move++
		move := m.move
		cmd = tea.Batch(cmd, tea.Tick(holdLimit, func(time.Time) tea.Msg { return releaseMsg{move} }))
	}
	return cmd
}

// release hands the held keys to the form, until one of them moves the
// focus again.
func (m *orderedForm) release() tea.Cmd {
	m.moving = false
	held := m.held
	m.held = nil
	var cmds []tea.Cmd
	for i, k := range held {
		if m.moving {
			m.held = append(m.held, held[i:]...)
			break
		}
		cmds = append(cmds, m.key(k))
	}
	return tea.Batch(cmds...)
}

// movesFocus reports whether msg asks field to hand the focus on, with the
// keys of keyMap: Tab and Shift-Tab anywhere, Enter outside multi-line
// answers.
func movesFocus(msg tea.KeyMsg, field huh.Field) bool {
	switch msg.String() {
	case "tab", "shift+tab":
		return true
	case "enter":
		_, multiLine := field.(*huh.Text)
		return !multiLine
	}
	return false
}

// isFocusMessage reports whether msg is huh's message that moves the focus.
func isFocusMessage(msg tea.Msg) bool {
	return msg == huh.NextField() || msg == huh.PrevField()
}
