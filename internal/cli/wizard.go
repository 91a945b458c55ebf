package cli

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/prfaq/prfaq/internal/lint"
	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/store"
	"github.com/prfaq/prfaq/internal/wizard"
	"github.com/prfaq/prfaq/internal/workspace"
)

// What prfaq new and prfaq edit share: choosing how to ask, keeping drafts
// so nothing typed is lost, and reporting on the document written.

// AccessibleEnv turns on plain line prompts, like --accessible.
const AccessibleEnv = "PRFAQ_ACCESSIBLE"

// wizardFlags are the flags new and edit share.
type wizardFlags struct {
	accessible bool
	noRender   bool
	resume     bool
}

// isTerminal reports whether f is an interactive terminal.
func isTerminal(f any) bool {
	file, ok := f.(*os.File)
	if !ok {
		return false
	}
	info, err := file.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// canPrompt reports whether the terminal form can run: input and output
// are both a terminal.
func (a *app) canPrompt() bool {
	return isTerminal(a.env.Stdin) && isTerminal(a.env.Stdout)
}

// accessible reports whether plain prompts were asked for, by flag or by
// PRFAQ_ACCESSIBLE, or are needed: the terminal is TERM=dumb.
func (a *app) accessible(flag bool) bool {
	if flag {
		return true
	}
	// A terminal that cannot move its cursor cannot show the form.
	if a.canPrompt() && a.env.Getenv("TERM") == "dumb" {
		return true
	}
	switch strings.ToLower(a.env.Getenv(AccessibleEnv)) {
	case "", "0", "false", "no":
		return false
	}
	return true
}

// noTerminalError explains what to do when there is no one to ask.
func noTerminalError(command string) error {
	return withHint(usageError("%s asks questions, and there is no terminal to ask them in", command),
		"Run it in a terminal; or pass --accessible (or set "+AccessibleEnv+"=1) to answer plain prompts on standard input; "+
			"or pass --answers FILE with the answers in a .prfaq.yaml file.")
}

// draftDir is where drafts go: $XDG_STATE_HOME/prfaq/drafts, else
// ~/.local/state/prfaq/drafts, else a folder in the system's temporary
// folder.
func (a *app) draftDir() string {
	if x := a.env.Getenv("XDG_STATE_HOME"); x != "" {
		return filepath.Join(x, "prfaq", "drafts")
	}
	if home := a.env.Getenv("HOME"); home != "" {
		return filepath.Join(home, ".local", "state", "prfaq", "drafts")
	}
	return filepath.Join(os.TempDir(), "prfaq-drafts")
}

// start names the draft of a wizard starting now and writes doc to
// it at once. The name is the kind and the second the wizard started,
// with -2, -3... when another wizard started in the same second holds it:
// the file is created exclusively, so two wizards never share a draft, and
// every message that names the draft names a file that exists.
func (d *draft) start(kind string, doc *prfaq.Document) {
	dir := d.a.draftDir()
	stamp := d.a.now().Format("20060102-150405")
	d.path = filepath.Join(dir, fmt.Sprintf("%s-%s.prfaq.yaml", kind, stamp))
	err := os.MkdirAll(dir, 0o700)
	for n := 2; err == nil; n++ {
		var data []byte
		if data, err = d.encode(doc); err != nil {
			break
		}
		err = store.WriteFileNew(d.path, data, 0o600)
		if !errors.Is(err, fs.ErrExist) || n > maxDraftsPerSecond {
			break
		}
		d.path = filepath.Join(dir, fmt.Sprintf("%s-%s-%d.prfaq.yaml", kind, stamp, n))
		err = nil
	}
	if err != nil {
		d.warn(err)
	}
}

// maxDraftsPerSecond bounds the search for a free draft name.
const maxDraftsPerSecond = 1000

// latestDraft is the most recently saved draft, for --resume without a
// file.
func (a *app) latestDraft() (string, error) {
	dir := a.draftDir()
	entries, err := os.ReadDir(dir)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return "", fmt.Errorf("cannot read the drafts folder %s: %w", dir, errors.Unwrap(err))
	}
	best, bestTime := "", time.Time{}
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".prfaq.yaml") {
			continue
		}
		info, err := e.Info()
		if err == nil && (best == "" || info.ModTime().After(bestTime) || (info.ModTime().Equal(bestTime) && e.Name() > filepath.Base(best))) {
			best, bestTime = filepath.Join(dir, e.Name()), info.ModTime()
		}
	}
	if best == "" {
		return "", withHint(usageError("there is no draft to resume in %s", dir), "Start a new document with prfaq new.")
	}
	return best, nil
}

// draft keeps a wizard's answers on disk while it runs.
type draft struct {
	a      *app
	path   string
	info   store.DraftInfo
	cmd    string // how to continue, for the note at the top of the file
	warned bool   // a failure to save was reported
}

func (d *draft) encode(doc *prfaq.Document) ([]byte, error) {
	return store.EncodeDraft(doc, d.info, fmt.Sprintf("Draft of a PR/FAQ, saved by prfaq.\nContinue with: %s %s", d.cmd, d.path))
}

func (d *draft) save(doc *prfaq.Document, next string) error {
	d.info.Next = next
	data, err := d.encode(doc)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(d.path), 0o700); err != nil {
		return fmt.Errorf("cannot create the drafts folder: %w", errors.Unwrap(err))
	}
	return store.WriteFile(d.path, data, 0o600)
}

// warn reports, once, that the draft cannot be saved; the wizard goes on.
func (d *draft) warn(err error) {
	if !d.warned {
		d.warned = true
		fmt.Fprintf(d.a.env.Stderr, "prfaq: warning: cannot save the draft %s: %v\n", d.path, err)
	}
}

// checkpoint saves the draft after each page; a failure is reported once
// and does not stop the wizard.
func (d *draft) checkpoint() func(*prfaq.Document, string) {
	return func(doc *prfaq.Document, next string) {
		if err := d.save(doc, next); err != nil {
			d.warn(err)
		}
	}
}

func (d *draft) remove() { _ = os.Remove(d.path) }

// stopped saves the draft after the wizard ended early and returns the
// error to report: how to continue, and exit code 130 for an interruption.
func (d *draft) stopped(doc *prfaq.Document, next string, err error) error {
	if serr := d.save(doc, next); serr != nil {
		// The draft cannot be written: print the answers so nothing is
		// lost.
		data, _ := store.EncodeDocument(doc)
		fmt.Fprintf(d.a.env.Stderr, "prfaq: cannot save a draft (%v); here are your answers:\n%s\n", serr, data)
		return &exitError{code: ExitError, err: fmt.Errorf("%v, and the draft could not be saved", err)}
	}
	hint := fmt.Sprintf("Your answers are saved in %s. Continue with: %s %s", d.path, d.cmd, d.path)
	if errors.Is(err, wizard.ErrAborted) {
		return &exitError{code: ExitAborted, err: err, hint: hint}
	}
	return &exitError{code: ExitError, err: err, hint: hint}
}

// stopSignals stop a wizard and keep its draft: an interrupt sent as a
// signal, kill's SIGTERM, and SIGHUP when the terminal is closed.
func stopSignals() []os.Signal {
	return []os.Signal{os.Interrupt, syscall.SIGTERM, syscall.SIGHUP}
}

// runWizard runs the wizard until it ends or a stop signal arrives. The
// form stops on a signal as on Ctrl-C, so the page being typed reaches the
// draft; plain prompts save the draft and exit (see onInterrupt).
func (a *app) runWizard(d *draft, opts wizard.Options) error {
	if opts.Accessible {
		stop := a.onInterrupt(d)
		defer stop()
		return wizard.Run(opts)
	}
	ctx, stop := signal.NotifyContext(context.Background(), stopSignals()...)
	defer stop()
	opts.Context = ctx
	err := wizard.Run(opts)
	if ctx.Err() != nil {
		// A stop signal ended the form, and the draft is saved next. A
		// closed terminal sends its hang-up to every process in it, and
		// the shell's death can send more: none may kill the process
		// before the draft is written.
		signal.Ignore(stopSignals()...)
	}
	return err
}

// onInterrupt saves the draft and exits 130 when the process is
// interrupted, terminated or hung up while plain prompts wait for input: a
// read from a terminal cannot be cancelled, and the draft is current to
// the last answer. The returned function stops listening.
func (a *app) onInterrupt(d *draft) func() {
	if !isTerminal(a.env.Stdin) {
		return func() {}
	}
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, stopSignals()...)
	done := make(chan struct{})
	go func() {
		select {
		case <-ch:
			fmt.Fprintf(a.env.Stderr, "\nprfaq: stopped. Your answers up to the last one are saved in %s\n  Continue with: %s %s\n", d.path, d.cmd, d.path)
			os.Exit(ExitAborted)
		case <-done:
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
	}
}

// missingAnswers lists the required questions of plan with no answer in
// doc, as "id (prompt)".
func missingAnswers(plan *wizard.Plan, doc *prfaq.Document) []string {
	var out []string
	for _, q := range missingQuestions(plan, doc) {
		out = append(out, fmt.Sprintf("%s (%s)", q.ID, q.Prompt))
	}
	return out
}

func missingQuestions(plan *wizard.Plan, doc *prfaq.Document) []*wizard.Question {
	var out []*wizard.Question
	for _, p := range plan.Pages {
		for _, q := range p.Questions {
			if !q.Required || !q.Visible(doc) {
				continue
			}
			if v, err := doc.Get(q.ID); err == nil && prfaq.IsEmpty(v) && q.Kind != prfaq.KindBool {
				out = append(out, q)
			}
		}
	}
	return out
}

// report prints what a writer wants to know once a document is saved:
// where the files are, lengths against budgets, what is missing, the lint
// findings, and what to do next.
func (a *app) report(file string, src []byte, doc *prfaq.Document, t *prfaq.Template) {
	out := a.env.Stdout
	plan, err := wizard.Build(t, nil)
	if err != nil {
		return
	}
	fmt.Fprintln(out)
	written := store.ReadYAML(file, src)
	if written.Doc != nil {
		written.Template = t
	}
	sum := lint.Summarize(written, nil, a.now())
	pr, faq := sum.Words["press_release"], sum.Words["faq"]
	fmt.Fprintf(out, "Press release: %s\n", budgetLine(pr, t.Budgets.PressReleaseWords))
	fmt.Fprintf(out, "FAQ: %s, %d external and %d internal entries\n", budgetLine(faq, t.Budgets.FAQWords), len(doc.FAQ.External), len(doc.FAQ.Internal))
	for _, p := range plan.Pages {
		for _, q := range p.Questions {
			if q.Kind == prfaq.KindQA || !q.Visible(doc) {
				continue
			}
			if c := wizard.Budget(q, wizard.Text(doc, q)); c.Over() {
				fmt.Fprintf(out, "Over budget: %s, %s\n", q.ID, c)
			}
		}
	}
	if missing := missingAnswers(plan, doc); len(missing) > 0 {
		fmt.Fprintf(out, "Still missing (%d):\n", len(missing))
		for _, m := range missing {
			fmt.Fprintf(out, "  - %s\n", m)
		}
	}
	findings := sum.Findings
	counts := map[lint.Severity]int{}
	for _, f := range findings {
		counts[f.Severity]++
	}
	if len(findings) > 0 {
		fmt.Fprintf(out, "Lint: %s, %s, %d info (prfaq lint %s)\n", countOf(counts[lint.Error], "error"), countOf(counts[lint.Warning], "warning"), counts[lint.Info], file)
	} else {
		fmt.Fprintln(out, "Lint: no findings")
	}
	fmt.Fprintf(out, "\nNext:\n  prfaq edit %s --section customer   revise some sections (press_release.problem, faq.internal...)\n  prfaq lint %s   check the writing\n  prfaq bump %s -m \"...\"   close this version once it has been reviewed\n", file, file, file)
}

// countOf is "1 error" or "3 errors".
func countOf(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func budgetLine(n int, l prfaq.Limit) string {
	switch {
	case l.Max > 0 && n > l.Max:
		return fmt.Sprintf("%d words, above the limit of %d", n, l.Max)
	case l.Warn > 0 && n > l.Warn:
		return fmt.Sprintf("%d words, above the %d budget", n, l.Warn)
	case l.Warn > 0:
		return fmt.Sprintf("%d of %d words", n, l.Warn)
	}
	return fmt.Sprintf("%d words", n)
}

// renderAfterWizard renders the saved document beside it, as prfaq render
// does; a problem is reported without failing the save.
func (a *app) renderAfterWizard(path, file string, doc *prfaq.Document) {
	a.renderBeside(path, file, doc, []string{"md", "html"}, "the document is saved")
}

// renderExisting renders again the outputs prfaq wrote beside the
// document, after a command changed the document itself: a page left as
// it was would print the old version and status. Outputs that are not
// there were not wanted, and files prfaq did not write are not its to
// replace, so both are left alone.
func (a *app) renderExisting(path, file string, doc *prfaq.Document, done string) {
	base := workspace.OutputBase(path)
	var formats []string
	for _, f := range []string{"md", "html"} {
		if p := base + "." + f; exists(p) && !isForeign(p) {
			formats = append(formats, f)
		}
	}
	if len(formats) > 0 {
		a.renderBeside(path, file, doc, formats, done)
	}
}

// renderBeside writes the document's outputs in formats beside it; done
// says what already happened, for the message when rendering fails.
func (a *app) renderBeside(path, file string, doc *prfaq.Document, formats []string, done string) {
	out, err := a.renderOne(file, doc)
	var outputs []output
	if err == nil {
		outputs = outputsFor(workspace.OutputBase(path), out, formats)
		err = a.writeOutputs(outputs, "", false)
	}
	if err != nil {
		a.printError(err)
		fmt.Fprintf(a.env.Stderr, "prfaq: %s; render it later with prfaq render %s\n", done, file)
		return
	}
	a.listOutputs(outputs)
}

// exists reports whether something is at path.
func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}
