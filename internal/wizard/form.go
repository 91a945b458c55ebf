package wizard

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"

	"github.com/prfaq/prfaq/internal/prfaq"
)

// formAsker asks in the terminal with huh forms, one form per page, so a
// draft can be saved between pages.
type formAsker struct {
	opts  Options
	theme *huh.Theme
}

func newFormAsker(opts Options) *formAsker {
	// ThemeBase16 keeps to the terminal's own palette, so it reads on
	// dark and light backgrounds alike; lipgloss drops colour for NO_COLOR.
	return &formAsker{opts: opts, theme: huh.ThemeBase16()}
}

func (f *formAsker) run(groups ...*huh.Group) error {
	ctx := f.opts.Context
	if ctx == nil {
		ctx = context.Background()
	}
	out := f.opts.Out
	if out == nil {
		out = os.Stderr
	}
	form := huh.NewForm(groups...).WithTheme(f.theme).WithShowHelp(true).WithKeyMap(keyMap())
	// What huh's Run does, with orderedForm around the form, and ctx
	// instead of bubbletea's signal handler: on SIGTERM bubbletea ends the
	// form as if the page were done, and it does not listen for SIGHUP.
	form.SubmitCmd = tea.Quit
	form.CancelCmd = tea.Interrupt
	options := []tea.ProgramOption{tea.WithContext(ctx), tea.WithoutSignalHandler(), tea.WithReportFocus(), tea.WithOutput(out)}
	if f.opts.In != nil {
		options = append(options, tea.WithInput(f.opts.In))
	}
	_, err := tea.NewProgram(&orderedForm{form: form}, options...).Run()
	if form.State == huh.StateAborted || errors.Is(err, tea.ErrInterrupted) || ctx.Err() != nil {
		return ErrAborted
	}
	if err != nil {
		// Most often the terminal went away (its window closed) and
		// input failed before the hang-up signal arrived: keep what was
		// typed, as on a stop, whatever the cause.
		return fmt.Errorf("%w: the terminal form failed: %v", ErrAborted, err)
	}
	return nil
}

// keyMap is huh's, except that Enter in a multi-line answer starts a new
// line, as in any editor, and Tab moves on from every field. With huh's
// own keys Enter moved on, so the second line of a list landed in the next
// field.
func keyMap() *huh.KeyMap {
	k := huh.NewDefaultKeyMap()
	k.Text.NewLine = key.NewBinding(key.WithKeys("enter", "alt+enter", "ctrl+j"), key.WithHelp("enter", "new line"))
	k.Text.Next = key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next"))
	k.Text.Submit = key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next page"))
	for _, b := range []*key.Binding{&k.Input.Submit, &k.Select.Submit, &k.MultiSelect.Submit, &k.Confirm.Submit, &k.Note.Submit} {
		b.SetKeys("enter", "tab")
		b.SetHelp("enter", "next page")
	}
	return k
}

// multiLineHint is said under every multi-line answer, before anything is
// typed: the keys differ from a one-line answer's.
const multiLineHint = "Enter starts a new line; Tab moves on."

// withHint adds multiLineHint to the description of a multi-line answer.
func withHint(description string) string {
	if description == "" {
		return multiLineHint
	}
	return description + "\n" + multiLineHint
}

// dropBankQuestion says how to take back a question picked from the bank.
const dropBankQuestion = "Leave the answer empty to drop this question."

// binding holds the text of one answer while its form runs; huh updates it
// on every key, so an aborted form still leaves what was typed.
type binding struct {
	q      *Question
	text   string
	yes    bool
	picked []string // the options picked, for a pick question
}

func (f *formAsker) page(p *Page, progress string, qs []*Question, doc *prfaq.Document) error {
	var fields []huh.Field
	if recap := recapFor(qs, doc); recap != "" {
		fields = append(fields, huh.NewNote().Title("Your answers so far").Description(recap))
	}
	bindings := make([]*binding, len(qs))
	for i, q := range qs {
		b := &binding{q: q, text: Text(doc, q)}
		if q.Kind == prfaq.KindDate && b.text == "" {
			b.text = dateDefault(q, f.opts)
		}
		if b.text == "" {
			b.text = q.Default
		}
		b.yes, _ = parseBool(b.text)
		b.picked = pickedItems(b.text)
		bindings[i] = b
		fields = append(fields, f.field(b, doc))
	}
	store := func() error {
		for _, b := range bindings {
			text := b.text
			if b.q.Kind == prfaq.KindBool {
				text = map[bool]string{true: "yes", false: "no"}[b.yes]
			}
			if b.q.picks() {
				text = strings.Join(b.picked, "\n")
			}
			if err := SetText(doc, b.q, text); err != nil {
				return err
			}
		}
		return nil
	}
	err := f.run(huh.NewGroup(fields...).Title(p.Title + " (" + progress + ")"))
	if serr := store(); serr != nil && err == nil {
		err = serr
	}
	return err
}

func (f *formAsker) field(b *binding, doc *prfaq.Document) huh.Field {
	q := b.q
	title := q.label()
	if q.Required {
		title += " *"
	}
	describe := func() string { return describeQuestion(q, b.text) }
	if q.Kind == prfaq.KindParagraph || q.Kind == prfaq.KindList {
		describe = func() string { return withHint(describeQuestion(q, b.text)) }
	}
	validate := func(s string) error { return Check(q, s, doc, f.opts.Now) }
	if q.picks() {
		var opts []huh.Option[string]
		for _, o := range q.Question.Options {
			opts = append(opts, huh.NewOption(q.optionLabel(o), o))
		}
		return huh.NewMultiSelect[string]().Title(title).
			Description(strings.TrimSpace(describeQuestion(q, "") + "\nSpace to select, enter to go on.")).
			Options(opts...).Value(&b.picked)
	}
	switch q.Kind {
	case prfaq.KindParagraph, prfaq.KindList:
		return huh.NewText().Title(title).DescriptionFunc(describe, &b.text).
			Value(&b.text).Lines(6).Validate(validate)
	case prfaq.KindChoice:
		opts := huh.NewOptions(q.Options()...)
		if b.text == "" && len(q.Options()) > 0 {
			b.text = q.Options()[0]
		}
		return huh.NewSelect[string]().Title(title).Description(describeQuestion(q, "")).Options(opts...).Value(&b.text)
	case prfaq.KindBool:
		return huh.NewConfirm().Title(title).Description(describeQuestion(q, "")).Value(&b.yes)
	}
	return huh.NewInput().Title(title).DescriptionFunc(describe, &b.text).
		Value(&b.text).Validate(validate)
}

func (f *formAsker) faq(q *Question, progress string, doc *prfaq.Document) error {
	title := q.label() + " (" + progress + ")"
	list := faqListFor(f.opts.Plan.Template, q, doc)

	// The entries already written, to revise; emptying both the question
	// and the answer removes one.
	if n := len(*list.entries); n > 0 {
		var fields []huh.Field
		for i := range *list.entries {
			e := &(*list.entries)[i]
			fields = append(fields,
				huh.NewInput().Title(e.ID+". Question").Value(&e.Question),
				huh.NewText().Title(e.ID+". Answer").Description(multiLineHint).Value(&e.Answer).Lines(4))
		}
		err := f.run(huh.NewGroup(fields...).Title(title).Description(q.Help + "\n" + list.countLine() + ". Empty both the question and the answer to remove an entry."))
		list.prune()
		if err != nil {
			return err
		}
	}

	const own = "\x00own"
	for {
		offers := list.offers()
		var options []huh.Option[string]
		for _, b := range offers {
			options = append(options, huh.NewOption(b.Question, b.Question))
		}
		options = append(options, huh.NewOption("A question of my own", own))
		var picked []string
		pick := huh.NewMultiSelect[string]().
			Title(title).
			Description(strings.TrimSpace(q.Help + "\n" + list.countLine() + ". Pick questions to answer (space to select, enter to go on); pick none to finish.")).
			Options(options...).Value(&picked)
		if err := f.run(huh.NewGroup(pick)); err != nil {
			return err
		}
		if len(picked) == 0 {
			return nil
		}
		for _, p := range picked {
			bq := prfaq.BankQuestion{}
			for _, b := range offers {
				if b.Question == p {
					bq = b
				}
			}
			question, answer, category := bq.Question, "", bq.Category
			help := cmpOr(bq.Help, "Answer it as the reader would want: facts and numbers first.")
			var fields []huh.Field
			if p == own {
				fields = []huh.Field{
					huh.NewInput().Title("Question").Value(&question),
					huh.NewText().Title("Answer").Description(withHint(help)).Value(&answer).Lines(6),
				}
			} else {
				// The bank's question is written already: the cursor starts
				// in its answer, and the question can be reworded after.
				fields = []huh.Field{
					huh.NewText().Title(bq.Question).Description(withHint(help + "\n" + dropBankQuestion)).Value(&answer).Lines(6),
					huh.NewInput().Title("The question, to reword it").Value(&question),
				}
			}
			err := f.run(huh.NewGroup(fields...).Title(title))
			if strings.TrimSpace(answer) != "" || (p == own && strings.TrimSpace(question) != "") {
				list.add(question, category, answer)
			}
			if err != nil {
				return err
			}
		}
		if f.opts.Checkpoint != nil {
			f.opts.Checkpoint(doc, q.ID)
		}
	}
}

// ladder asks one rung per form, with the chain so far above it; an empty
// rung ends the ladder and drops the rungs after it.
func (f *formAsker) ladder(p *Page, progress string, q *Question, doc *prfaq.Document) error {
	rungs := Rungs(doc, q)
	for i := 0; i < q.Ladder.Max; i++ {
		text := ""
		if i < len(rungs) {
			text = rungs[i]
		}
		description := "Leave it empty to stop: the ladder ends there."
		if i == 0 && q.Ladder.Help != "" {
			description = q.Ladder.Help + "\n" + description
		}
		fields := []huh.Field{
			huh.NewNote().Title("The chain so far").Description(ladderChain(q, doc, rungs[:min(i, len(rungs))])),
			huh.NewInput().Title(rungTitle(q, doc, i+1)).Description(description).Value(&text),
		}
		err := f.run(huh.NewGroup(fields...).Title(p.Title + " (" + progress + ")"))
		if strings.TrimSpace(text) == "" {
			rungs = rungs[:min(i, len(rungs))]
		} else if i < len(rungs) {
			rungs[i] = text
		} else {
			rungs = append(rungs, text)
		}
		if serr := setRungs(doc, q, rungs); serr != nil && err == nil {
			err = serr
		}
		if err != nil || strings.TrimSpace(text) == "" {
			return err
		}
	}
	return nil
}

// describeQuestion is the help shown under a question: the template's help
// and example, and the running count against the budget.
func describeQuestion(q *Question, text string) string {
	var b strings.Builder
	b.WriteString(q.Help)
	if q.Example != "" {
		if b.Len() > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "Example: %s", q.Example)
	}
	if q.HasBudget() {
		if b.Len() > 0 {
			b.WriteString("\n")
		}
		c := Budget(q, text)
		switch {
		case strings.TrimSpace(text) == "" && (q.MaxWords > 0 || q.MaxSentences > 0):
			b.WriteString("Budget: " + c.limits())
		case strings.TrimSpace(text) == "":
		case c.Over():
			b.WriteString(c.String() + " - over budget: cut it down")
		default:
			b.WriteString(c.String())
		}
	}
	return b.String()
}

// recapFor shows the answers so far on the page that asks for the
// headline, which the method writes last, with the story in view.
func recapFor(qs []*Question, doc *prfaq.Document) string {
	asksHeadline := false
	for _, q := range qs {
		if q.ID == "press_release.headline" || q.ID == "press_release.subheadline" {
			asksHeadline = true
		}
	}
	if !asksHeadline {
		return ""
	}
	var b strings.Builder
	for _, part := range []struct{ label, text string }{
		{"Product", doc.Product},
		{"Customer", doc.Customer.Who},
		{"Benefit", doc.Customer.Benefit},
		{"Problem", doc.PressRelease.Problem},
		{"Solution", doc.PressRelease.Solution},
	} {
		if t := strings.TrimSpace(part.text); t != "" {
			fmt.Fprintf(&b, "%s: %s\n", part.label, excerpt(t, 30))
		}
	}
	return strings.TrimSpace(b.String())
}

// excerpt is the first n words of s on one line.
func excerpt(s string, n int) string {
	words := strings.Fields(s)
	if len(words) <= n {
		return strings.Join(words, " ")
	}
	return strings.Join(words[:n], " ") + " …"
}

// dateDefault offers a launch date ahead for the launch date questions.
func dateDefault(q *Question, opts Options) string {
	if isLaunchDate(q.ID) && !opts.Now.IsZero() {
		return DefaultLaunchDate(opts.Now)
	}
	return ""
}

// Confirm asks a yes-or-no question in the terminal; no is the default.
func Confirm(question string, in io.Reader, out io.Writer) (bool, error) {
	yes := false
	err := huh.NewForm(huh.NewGroup(huh.NewConfirm().Title(question).Value(&yes))).
		WithTheme(huh.ThemeBase16()).WithInput(in).WithOutput(out).Run()
	if errors.Is(err, huh.ErrUserAborted) {
		return false, ErrAborted
	}
	return yes, err
}
