package wizard

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
)

// burst is text as bubbletea v1 reads it when it arrives at once: each run
// of letters one key message, each space another.
func burst(text string) []tea.Msg {
	var msgs []tea.Msg
	for i, word := range strings.Split(text, " ") {
		if i > 0 {
			msgs = append(msgs, tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}})
		}
		if word != "" {
			msgs = append(msgs, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(word)})
		}
	}
	return msgs
}

func newOrderedForm(fields ...huh.Field) *orderedForm {
	m := &orderedForm{form: huh.NewForm(huh.NewGroup(fields...)).WithKeyMap(keyMap())}
	m.Init()
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 40})
	return m
}

// Words that name keys ("up", "delete", "end"...) arriving in one burst
// are typed, not taken for keys.
func TestOrderedFormTypesWordsThatNameKeys(t *testing.T) {
	const sentence = "Sign up now, then delete it, go down left or right to the end home."
	for _, tc := range []struct {
		name  string
		field func(*string) huh.Field
	}{
		{"multi-line", func(v *string) huh.Field { return huh.NewText().Title("Text").Value(v) }},
		{"one line", func(v *string) huh.Field { return huh.NewInput().Title("Line").Value(v) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got string
			m := newOrderedForm(tc.field(&got))
			for _, msg := range burst(sentence) {
				m.Update(msg)
			}
			if got != sentence {
				t.Errorf("typed %q, got %q", sentence, got)
			}
		})
	}
}

// Text typed right after Tab waits for the focus to move, and lands in the
// next field, in order.
func TestOrderedFormHoldsKeysWhileTheFocusMoves(t *testing.T) {
	var first, second string
	m := newOrderedForm(huh.NewText().Title("First").Value(&first), huh.NewInput().Title("Second").Value(&second))
	m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("Dana")})
	m.Update(tea.KeyMsg{Type: tea.KeyTab})
	for _, msg := range burst("Pause PR/FAQ") {
		m.Update(msg)
	}
	if first != "Dana" || second != "" {
		t.Fatalf("before the focus moved: first %q, second %q", first, second)
	}
	// huh's focus message arrives, after the keys read with the Tab.
	m.Update(huh.NextField())
	if first != "Dana" || second != "Pause PR/FAQ" {
		t.Errorf("after the focus moved: first %q, second %q", first, second)
	}

	// A key that was expected to move the focus and did not (Shift-Tab on
	// the first field) holds keys only until the release.
	var only string
	m = newOrderedForm(huh.NewInput().Title("Only").Value(&only))
	m.Update(tea.KeyMsg{Type: tea.KeyShiftTab})
	m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("x")})
	m.Update(releaseMsg{move: m.move})
	if only != "x" {
		t.Errorf("after the release: %q", only)
	}
}

// With the wizard's keys, Enter in a multi-line answer starts a new line
// and Tab moves on; Enter in a one-line answer moves on.
func TestKeyMapEnterStartsANewLine(t *testing.T) {
	var authors, who string
	text := huh.NewText().Title("Authors").Value(&authors)
	m := newOrderedForm(text, huh.NewInput().Title("Who").Value(&who))
	m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("Dana")})
	m.Update(tea.KeyMsg{Type: tea.KeyEnter})
	m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("Luis")})
	if authors != "Dana\nLuis" || m.moving || m.form.GetFocusedField() != text {
		t.Errorf("after Enter: authors %q, moving %v", authors, m.moving)
	}
	m.Update(tea.KeyMsg{Type: tea.KeyTab})
	if !m.moving {
		t.Error("Tab does not move on from a multi-line answer")
	}
	m.Update(huh.NextField())
	m.Update(tea.KeyMsg{Type: tea.KeyEnter})
	if !m.moving {
		t.Error("Enter does not move on from a one-line answer")
	}
}
