package wizard

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/huh"

	"github.com/prfaq/prfaq/internal/prfaq"

	"github.com/prfaq/prfaq/internal/termtext"
)

// BlockMarker opens and closes a multi-line answer at a plain prompt: a
// line holding only """, the lines of the answer, and """ again.
const BlockMarker = `"""`

// lineReader hands huh's accessible prompts one line per Read. huh builds a
// new bufio.Scanner for every prompt; given the whole input at once, the
// first prompt's scanner would swallow the answers meant for the next ones.
// It also counts the lines it delivered, because huh gives a prompt its
// default at the end of input instead of reporting it.
type lineReader struct {
	r       *bufio.Reader
	pending []byte
	lines   int
	eof     bool
}

func newLineReader(r io.Reader) *lineReader {
	return &lineReader{r: bufio.NewReader(r)}
}

func (l *lineReader) Read(p []byte) (int, error) {
	if len(l.pending) == 0 {
		line, err := l.r.ReadBytes('\n')
		if len(line) == 0 {
			if err == nil {
				err = io.EOF
			}
			l.eof = true
			return 0, err
		}
		l.lines++
		l.pending = line
	}
	n := copy(p, l.pending)
	l.pending = l.pending[n:]
	return n, nil
}

// readLine reads one line for the wizard itself (the lines of a block).
func (l *lineReader) readLine() (string, bool) {
	var buf [512]byte
	var line []byte
	for {
		n, err := l.Read(buf[:])
		line = append(line, buf[:n]...)
		if len(line) > 0 && line[len(line)-1] == '\n' {
			return strings.TrimRight(string(line), "\r\n"), true
		}
		if err != nil {
			return strings.TrimRight(string(line), "\r\n"), len(line) > 0
		}
	}
}

// plainAsker asks with plain line prompts (huh's accessible mode), for
// screen readers and scripts. It prints the help, example and budget that
// the terminal form shows beside a field, and saves a checkpoint after
// every answer.
type plainAsker struct {
	opts  Options
	in    *lineReader
	out   io.Writer
	theme *huh.Theme
	title string // the page heading printed last
}

func newPlainAsker(opts Options) *plainAsker {
	out := opts.Out
	if out == nil {
		out = io.Discard
	}
	// The prompts show the current answers and the template's questions
	// and help, which are the document's and the template's authors'
	// text: escaped, so none of it can drive the terminal (or be read
	// aloud as escape codes).
	out = termtext.Writer{W: out}
	return &plainAsker{opts: opts, in: newLineReader(opts.In), out: out, theme: plainTheme()}
}

// plainTheme styles nothing: a screen reader reads escape codes aloud.
func plainTheme() *huh.Theme {
	t := huh.ThemeBase()
	t.Focused = huh.FieldStyles{}
	t.Blurred = huh.FieldStyles{}
	return t
}

func (a *plainAsker) heading(title string) {
	if title != a.title {
		a.title = title
		fmt.Fprintf(a.out, "\n== %s ==\n", title)
	}
}

// prompt runs one huh field in accessible mode and reports ErrInputEnded
// when the input ran out before the writer answered.
func (a *plainAsker) prompt(field huh.Field) error {
	before := a.in.lines
	if err := huh.NewForm(huh.NewGroup(field)).WithTheme(a.theme).WithAccessible(true).
		WithInput(a.in).WithOutput(a.out).Run(); err != nil {
		return err
	}
	if a.in.lines == before && a.in.eof {
		return ErrInputEnded
	}
	return nil
}

// ask reads one text answer: a line, or a block between """ lines when the
// question allows several lines. It re-asks until check accepts it.
func (a *plainAsker) ask(title, current string, multiline bool, check func(string) error) (string, error) {
	for {
		text := current
		input := huh.NewInput().Title(title).Value(&text).Validate(func(s string) error {
			if multiline && strings.TrimSpace(s) == BlockMarker {
				return nil
			}
			return check(s)
		})
		if err := a.prompt(input); err != nil {
			return current, err
		}
		if !multiline || strings.TrimSpace(text) != BlockMarker {
			return text, nil
		}
		var lines []string
		for {
			line, ok := a.in.readLine()
			if !ok {
				return current, ErrInputEnded
			}
			if strings.TrimSpace(line) == BlockMarker {
				break
			}
			lines = append(lines, line)
		}
		text = strings.Join(lines, "\n")
		if err := check(text); err != nil {
			fmt.Fprintln(a.out, err)
			continue
		}
		return text, nil
	}
}

func (a *plainAsker) page(p *Page, progress string, qs []*Question, doc *prfaq.Document) error {
	a.heading(p.Title + " (" + progress + ")")
	if recap := recapFor(qs, doc); recap != "" {
		fmt.Fprintf(a.out, "Your answers so far:\n%s\n", recap)
	}
	for _, q := range qs {
		if err := a.question(q, doc); err != nil {
			return err
		}
		if a.opts.Checkpoint != nil {
			a.opts.Checkpoint(doc, a.opts.Plan.After(q.ID))
		}
	}
	return nil
}

func (a *plainAsker) question(q *Question, doc *prfaq.Document) error {
	fmt.Fprintln(a.out)
	if d := describeQuestion(q, ""); d != "" {
		fmt.Fprintln(a.out, d)
	}
	current := Text(doc, q)
	if current == "" && q.Kind == prfaq.KindDate {
		current = dateDefault(q, a.opts)
	}
	if current == "" {
		current = q.Default
	}
	title := q.label()
	if q.Required {
		title += " (required)"
	}
	multiline := (q.Kind == prfaq.KindParagraph || q.Kind == prfaq.KindList) && !q.picks()
	switch {
	case q.picks():
		var labels []string
		for _, o := range q.Question.Options {
			labels = append(labels, q.optionLabel(o))
		}
		fmt.Fprintf(a.out, "Choices: %s.\nType the ids of any, separated by commas; press Enter for none.\n", strings.Join(labels, ", "))
		current = strings.Join(pickedItems(current), ", ")
	case q.Kind == prfaq.KindChoice:
		fmt.Fprintf(a.out, "Choices: %s.\n", strings.Join(q.Options(), ", "))
	case q.Kind == prfaq.KindBool:
		title += " [yes/no]"
	case q.Kind == prfaq.KindList:
		fmt.Fprintf(a.out, "One item a line: type %s, the items, then %s.\n", BlockMarker, BlockMarker)
	case multiline:
		fmt.Fprintf(a.out, "For several lines, type %s on a line of its own, then the text, then %s again.\n", BlockMarker, BlockMarker)
	}
	if current != "" {
		fmt.Fprintf(a.out, "Press Enter to keep: %s\n", excerpt(strings.ReplaceAll(current, "\n", " / "), 40))
	}
	text, err := a.ask(title+":", current, multiline, func(s string) error { return Check(q, s, doc, a.opts.Now) })
	if serr := SetText(doc, q, text); serr != nil && err == nil {
		err = serr
	}
	if err == nil && q.HasBudget() && strings.TrimSpace(text) != "" && (multiline || Budget(q, text).Over()) {
		c := Budget(q, text)
		note := c.String()
		if c.Over() {
			note += ": over budget, lint will warn"
		}
		fmt.Fprintf(a.out, "(%s)\n", note)
	}
	return err
}

func (a *plainAsker) faq(q *Question, progress string, doc *prfaq.Document) error {
	list := faqListFor(a.opts.Plan.Template, q, doc)
	a.heading(q.label() + " (" + progress + ")")
	if q.Help != "" {
		fmt.Fprintln(a.out, q.Help)
	}
	fmt.Fprintf(a.out, "%s so far.\n", capitalize(list.countLine()))
	for i := range *list.entries {
		e := &(*list.entries)[i]
		fmt.Fprintf(a.out, "\n%s. %s\n", e.ID, e.Question)
		var err error
		if e.Question, err = a.ask("Question (Enter keeps it):", e.Question, false, noCheck); err != nil {
			return err
		}
		fmt.Fprintf(a.out, "For several lines, type %s, the answer, then %s.\n", BlockMarker, BlockMarker)
		if e.Answer, err = a.ask("Answer (Enter keeps it):", e.Answer, true, noCheck); err != nil {
			return err
		}
		e.Answer = normalizeParagraph(e.Answer)
	}

	offers := list.offers()
	if len(offers) > 0 {
		fmt.Fprintln(a.out, "\nQuestions you could answer:")
		for i, b := range offers {
			fmt.Fprintf(a.out, "%d. %s\n", i+1, b.Question)
		}
		choice, err := a.ask("Numbers of the questions to answer, separated by commas (Enter for none):", "", false, func(s string) error {
			_, err := parseNumbers(s, len(offers))
			return err
		})
		if err != nil {
			return err
		}
		picks, _ := parseNumbers(choice, len(offers))
		for _, n := range picks {
			b := offers[n-1]
			fmt.Fprintf(a.out, "\n%s\n", b.Question)
			if b.Help != "" {
				fmt.Fprintln(a.out, b.Help)
			}
			fmt.Fprintf(a.out, "For several lines, type %s, the answer, then %s. %s\n", BlockMarker, BlockMarker, dropBankQuestion)
			answer, err := a.ask("Answer:", "", true, noCheck)
			if strings.TrimSpace(answer) != "" {
				list.add(b.Question, b.Category, answer)
			}
			if err != nil {
				return err
			}
			if a.opts.Checkpoint != nil {
				a.opts.Checkpoint(doc, q.ID)
			}
		}
	}
	for {
		// The blank line is printed apart: in a title, huh pads it with
		// spaces to the width of the title's longest line.
		fmt.Fprintln(a.out)
		question, err := a.ask("A question of your own (Enter to finish the list):", "", false, noCheck)
		if err != nil || strings.TrimSpace(question) == "" {
			return err
		}
		fmt.Fprintf(a.out, "For several lines, type %s, the answer, then %s.\n", BlockMarker, BlockMarker)
		answer, err := a.ask("Answer:", "", true, noCheck)
		category := ""
		if err == nil && len(list.categories) > 0 {
			category, err = a.ask(fmt.Sprintf("Category, one of %s (Enter for none):", strings.Join(list.categories, ", ")), "", false, func(s string) error {
				if s = strings.TrimSpace(s); s != "" && !slices.Contains(list.categories, s) {
					return fmt.Errorf("%q is not a category: type one of %s, or press Enter", s, strings.Join(list.categories, ", "))
				}
				return nil
			})
		}
		list.add(question, strings.TrimSpace(category), answer)
		if err != nil {
			return err
		}
		if a.opts.Checkpoint != nil {
			a.opts.Checkpoint(doc, q.ID)
		}
	}
}

// ladder asks one rung at a time, with the chain so far above it. Enter
// on an empty line ends the ladder, or keeps a rung written before; a
// single - drops that rung and the ones after it.
func (a *plainAsker) ladder(p *Page, progress string, q *Question, doc *prfaq.Document) error {
	rungs := Rungs(doc, q)
	if q.Ladder.Help != "" {
		fmt.Fprintf(a.out, "\n%s\n", q.Ladder.Help)
	}
	for i := 0; i < q.Ladder.Max; i++ {
		fmt.Fprintf(a.out, "\nThe chain so far:\n%s\n", ladderChain(q, doc, rungs[:min(i, len(rungs))]))
		current := ""
		if i < len(rungs) {
			current = rungs[i]
			fmt.Fprintf(a.out, "Press Enter to keep: %s\nType %s to remove it and the rest of the ladder.\n", excerpt(current, 40), ladderStop)
		} else {
			fmt.Fprintln(a.out, "Press Enter on an empty line to stop.")
		}
		text, err := a.ask(rungTitle(q, doc, i+1)+":", current, false, noCheck)
		stop := strings.TrimSpace(text) == "" || strings.TrimSpace(text) == ladderStop
		switch {
		case stop:
			rungs = rungs[:min(i, len(rungs))]
		case i < len(rungs):
			rungs[i] = text
		default:
			rungs = append(rungs, text)
		}
		if serr := setRungs(doc, q, rungs); serr != nil && err == nil {
			err = serr
		}
		if err != nil || stop {
			return err
		}
		if a.opts.Checkpoint != nil {
			a.opts.Checkpoint(doc, a.opts.Plan.After(q.ID))
		}
	}
	return nil
}

// leftOver reads what is left of the input after the last question and
// reports the lines that are not blank.
func (a *plainAsker) leftOver() error {
	var e LeftOverError
	for {
		line, ok := a.in.readLine()
		if !ok {
			break
		}
		if strings.TrimSpace(line) != "" {
			if e.Lines == 0 {
				e.First = line
			}
			e.Lines++
		}
	}
	if e.Lines > 0 {
		return &e
	}
	return nil
}

func noCheck(string) error { return nil }

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// parseNumbers reads "1, 3,4" as choices between 1 and n.
func parseNumbers(s string, n int) ([]int, error) {
	var out []int
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' }) {
		v, err := strconv.Atoi(f)
		if err != nil || v < 1 || v > n {
			return nil, fmt.Errorf("%q is not a number from 1 to %d: type numbers from the list, separated by commas", f, n)
		}
		out = append(out, v)
	}
	return out, nil
}
