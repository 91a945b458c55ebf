package wizard

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/prfaq/prfaq/internal/prfaq"
)

// ErrAborted means the writer stopped the wizard (Ctrl-C or Esc). The
// answers given so far are in the document.
var ErrAborted = errors.New("the wizard was stopped before the end")

// ErrInputEnded means plain prompts reached the end of their input before
// every question was asked. The answers read so far are in the document.
var ErrInputEnded = errors.New("the input ended before every question was answered")

// LeftOverError means plain prompts asked every question and lines of
// input were left over: the answers were probably out of step with the
// questions (a line too many somewhere), so some went to the wrong ones.
type LeftOverError struct {
	Lines int    // lines left over, blank lines aside
	First string // the first of them
}

func (e *LeftOverError) Error() string {
	return fmt.Sprintf("%s of input left over after the last question, starting with %q: the answers may be out of step with the questions, so nothing was written",
		plural(e.Lines, "line"), excerpt(e.First, 8))
}

// Options configure one run of the wizard.
type Options struct {
	Plan *Plan
	// Doc receives the answers; what it holds already is offered as the
	// current answer, and fields the plan does not ask about are kept.
	Doc *prfaq.Document
	Now time.Time
	In  io.Reader
	Out io.Writer
	// Accessible asks with plain line prompts instead of the terminal form.
	Accessible bool
	// RejectLeftOver makes plain prompts read the input to its end after
	// the last question and return a *LeftOverError if lines are left: for
	// input from a file or a pipe, never from a terminal, where reading on
	// would wait for the writer.
	RejectLeftOver bool
	// StartAt is the id of the first question to ask; earlier pages are
	// skipped (a resumed draft).
	StartAt string
	// Ask, when set, limits the questions to those it accepts (for an
	// answers file: the required ones still missing).
	Ask func(q *Question) bool
	// Context stops the terminal form when it is done, as Ctrl-C does: the
	// answers on the page being typed are kept. Plain prompts ignore it (a
	// read from a terminal cannot be cancelled).
	Context context.Context
	// Checkpoint is called after every page (and, with plain prompts,
	// every answer) with the id of the next question, so a draft can be
	// saved: nothing typed is lost if the process dies afterwards.
	Checkpoint func(doc *prfaq.Document, next string)
}

// asker asks one page of questions, or one FAQ list, and stores the
// answers in the document. form.go and accessible.go implement it.
type asker interface {
	// progress is where the page stands: "page 2 of 7".
	page(p *Page, progress string, qs []*Question, doc *prfaq.Document) error
	faq(q *Question, progress string, doc *prfaq.Document) error
	// ladder climbs q's why ladder: its prompt once per rung, the chain
	// so far in view, until an empty answer or the ladder's maximum.
	ladder(p *Page, progress string, q *Question, doc *prfaq.Document) error
}

// Run asks the plan's questions in order. It returns nil when every page
// was answered, ErrAborted or ErrInputEnded when the writer stopped early,
// or another error. Whatever happened, opts.Doc holds every answer given.
func Run(opts Options) (err error) {
	var a asker
	if opts.Accessible {
		a = newPlainAsker(opts)
	} else {
		a = newFormAsker(opts)
	}
	defer func() {
		// The answers are in opts.Doc; a bug in a form must not take them
		// with it, so a panic becomes an error the caller saves a draft on.
		if r := recover(); r != nil {
			err = fmt.Errorf("the wizard failed unexpectedly (%v); your answers so far are kept", r)
		}
	}()
	started := opts.StartAt == ""
	for i, p := range opts.Plan.Pages {
		progress := pageOf(opts, i)
		var plain []*Question
		flush := func() error {
			if len(plain) == 0 {
				return nil
			}
			err := a.page(p, progress, plain, opts.Doc)
			plain = nil
			return err
		}
		for _, q := range p.Questions {
			// A resumed draft starts at the question where it stopped.
			if !started && q.ID != opts.StartAt {
				continue
			}
			started = true
			if !q.Visible(opts.Doc) || (opts.Ask != nil && !opts.Ask(q)) {
				continue
			}
			if q.Kind != prfaq.KindQA && !(q.asksLadder() && opts.Ask == nil) {
				plain = append(plain, q)
				continue
			}
			if q.Kind != prfaq.KindQA {
				// The ladder climbs from the answer just given, so the
				// page is cut after the question it follows.
				plain = append(plain, q)
				if err := flush(); err != nil {
					return err
				}
				// Nothing to ask why about: no answer and no rungs yet.
				if IsEmptyAnswer(opts.Doc, q) && len(Rungs(opts.Doc, q)) == 0 {
					continue
				}
				if err := a.ladder(p, progress, q, opts.Doc); err != nil {
					return err
				}
				continue
			}
			if err := flush(); err != nil {
				return err
			}
			if err := a.faq(q, progress, opts.Doc); err != nil {
				return err
			}
		}
		if err := flush(); err != nil {
			return err
		}
		if started && opts.Checkpoint != nil {
			opts.Checkpoint(opts.Doc, nextID(opts.Plan.Pages, i+1))
		}
	}
	if !started {
		// The draft names a question this template no longer asks: ask
		// everything, with the draft's answers as defaults.
		opts.StartAt = ""
		return Run(opts)
	}
	if p, ok := a.(*plainAsker); ok && opts.RejectLeftOver {
		return p.leftOver()
	}
	return nil
}

// pageOf says where page i stands among the pages that ask something:
// "page 2 of 7". Conditions are evaluated on the answers so far, so the
// count follows them.
func pageOf(opts Options, i int) string {
	n, of := 0, 0
	for j, p := range opts.Plan.Pages {
		asks := false
		for _, q := range p.Questions {
			if q.Visible(opts.Doc) && (opts.Ask == nil || opts.Ask(q)) {
				asks = true
			}
		}
		if asks {
			of++
			if j <= i {
				n++
			}
		}
	}
	return fmt.Sprintf("page %d of %d", max(n, 1), max(of, 1))
}

// After is the id of the question asked after id, or "" after the last.
func (p *Plan) After(id string) string {
	found := false
	for _, page := range p.Pages {
		for _, q := range page.Questions {
			if found {
				return q.ID
			}
			found = q.ID == id
		}
	}
	return ""
}

// nextID is the id of the first question on pages[i:], or "" at the end.
func nextID(pages []*Page, i int) string {
	if i < len(pages) && len(pages[i].Questions) > 0 {
		return pages[i].Questions[0].ID
	}
	return ""
}
