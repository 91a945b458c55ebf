package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/store"
	"github.com/prfaq/prfaq/internal/wizard"
)

type newOptions struct {
	wizardFlags
	file     string
	template string
	answers  string
	force    bool
}

func newNewCmd(a *app) *cobra.Command {
	opts := &newOptions{}
	cmd := &cobra.Command{
		Use:   "new [FILE]",
		Short: "Write a new PR/FAQ with a wizard that asks the method's questions",
		Long: `Ask the template's questions in the method's order and write FILE: the five
customer questions first, then the problem, why current solutions fail, the
solution, the quotes, getting started, the call to action, the FAQ, and the
headline last, with the answers so far in view. Each question shows its
help, an example and, where the template sets one, a running word count
against its budget. When the team keeps customer needs in
.prfaq/needs.yaml (found as project templates are), the wizard asks which
the document serves, from the list, before the press release.

FILE defaults to a name made from the title (tab-split.prfaq.yaml) in the
current folder. An existing file is never replaced without --force (or a
yes when asked in the terminal). The document is then rendered beside it to
NAME.md and NAME.html (unless --no-render), and prfaq reports lengths
against budgets, what required content is missing, and the lint findings.

How it asks:
  in a terminal          a form; Tab and Shift-Tab move between fields,
                         Enter starts a new line in a multi-line answer,
                         Ctrl-E opens it in $EDITOR, Ctrl-C stops
  --accessible           plain line prompts on standard input, for screen
                         readers and scripts (also ` + AccessibleEnv + `=1). Enter keeps the
                         shown answer; for several lines type """ on a line of
                         its own, the lines, then """ again. Piped input
                         left over after the last question is an error
                         (exit 2)
  --answers FILE         answers from a .prfaq.yaml file (all or part of a
                         document); only missing required answers are asked,
                         and only in a terminal or with --accessible

Nothing typed is lost: the answers are saved to a draft after every page
(in $XDG_STATE_HOME/prfaq/drafts, by default ~/.local/state/prfaq/drafts).
When the wizard stops early (Ctrl-C, the terminal closed, end of input,
input left over, a failed save) it says where the draft is; --resume
[DRAFT] continues it, the latest by default.
` + exitStatus(
			"0    the document was written",
			"2    bad usage, missing answers without a terminal, input left over after the last question, or the document could not be written (a draft keeps the answers)",
			"130  stopped with Ctrl-C, or the terminal was closed (a draft keeps the answers)",
		),
		Example: `  prfaq new
  prfaq new tab-split.prfaq.yaml --template mini
  prfaq new --accessible < answers.txt
  prfaq new --answers notes.prfaq.yaml
  prfaq new --resume`,
		Args:              argsCheck(cobra.MaximumNArgs(1), "name at most one file, e.g. prfaq new tab-split.prfaq.yaml"),
		ValidArgsFunction: cobra.NoFileCompletions,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.file = args[0]
			}
			return a.runNew(opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.template, "template", "t", "", "template to follow (default amazon; see prfaq templates list)")
	f.StringVar(&opts.answers, "answers", "", "read answers from this .prfaq.yaml file instead of asking")
	f.BoolVar(&opts.force, "force", false, "replace FILE if it exists")
	f.BoolVar(&opts.accessible, "accessible", false, "plain line prompts for screen readers and scripts (or set "+AccessibleEnv+"=1)")
	f.BoolVar(&opts.noRender, "no-render", false, "do not render NAME.md and NAME.html")
	f.BoolVar(&opts.resume, "resume", false, "continue a draft: FILE is the draft (default: the latest one)")
	_ = cmd.RegisterFlagCompletionFunc("template", a.completeTemplateNames)
	return cmd
}

func (a *app) runNew(opts *newOptions) error {
	if opts.resume && opts.answers != "" {
		return usageError("--resume continues a draft, which holds its own answers: leave out --answers")
	}
	accessible := a.accessible(opts.accessible)
	interactive := accessible || a.canPrompt()

	doc := &prfaq.Document{}
	d := &draft{a: a, cmd: "prfaq new --resume"}
	target := ""
	if opts.file != "" && !opts.resume {
		target = a.path(opts.file)
		if !strings.HasSuffix(target, ".prfaq.yaml") {
			return withHint(usageError("%s: a PR/FAQ document is named NAME.prfaq.yaml", opts.file),
				"prfaq lint finds documents in folders by that name; try "+strings.TrimSuffix(strings.TrimSuffix(opts.file, ".yaml"), ".yml")+".prfaq.yaml")
		}
		// Said before any question, where nothing can ask later.
		if _, err := os.Stat(target); err == nil && !opts.force && !a.canPrompt() {
			return withHint(usageError("%s exists", opts.file), "Pass --force to replace it, or name another file.")
		}
	}
	switch {
	case opts.resume:
		path := ""
		if opts.file != "" {
			path = a.path(opts.file)
		} else {
			latest, err := a.latestDraft()
			if err != nil {
				return err
			}
			path = latest
		}
		data, err := a.files.ReadFile(path, a.displayPath(path))
		if err != nil {
			return err
		}
		var info store.DraftInfo
		if doc, info, err = store.DecodeDraft(a.displayPath(path), data); err != nil {
			return err
		}
		if info.Edit {
			return withHint(usageError("%s is a draft of an edit", a.displayPath(path)), fmt.Sprintf("Continue it with: prfaq edit --resume %s", a.displayPath(path)))
		}
		d.path, d.info, target = path, info, info.Target
		fmt.Fprintf(a.env.Stderr, "prfaq: continuing the draft %s\n", a.displayPath(path))
	case opts.answers != "":
		path := a.path(opts.answers)
		data, err := a.files.ReadFile(path, opts.answers)
		if err != nil {
			return err
		}
		if doc, _, err = store.DecodeAnswers(opts.answers, data); err != nil {
			return err
		}
	}
	if !interactive && opts.answers == "" {
		return noTerminalError("prfaq new")
	}

	name := firstNonEmpty(opts.template, doc.Template, "amazon")
	if opts.template != "" && doc.Template != "" && opts.template != doc.Template {
		return usageError("--template %s, but the answers are for template %s: leave out --template or change template: in the answers", opts.template, doc.Template)
	}
	t, err := a.catalog().Load(name)
	if err != nil {
		return err
	}
	plan, err := wizard.Build(t, nil)
	if err != nil {
		return err
	}
	needs, err := a.projectNeeds()
	if err != nil {
		return err
	}
	wizard.AskNeeds(plan, needs)
	now := a.now()
	fillNew(doc, t, now)
	wizard.NumberFAQ(doc)

	d.info.Target = target
	// The draft is written only once nothing can refuse to start.
	startDraft := func() {
		if d.path == "" {
			d.start("new", doc)
		}
	}

	var ask func(*wizard.Question) bool
	if opts.answers != "" {
		missing := missingQuestions(plan, doc)
		if len(missing) == 0 {
			startDraft()
			return a.saveNew(opts, d, doc, t, plan, target)
		}
		if !interactive {
			return withHint(usageError("the answers in %s leave %d required questions unanswered:\n  %s", opts.answers, len(missing), strings.Join(missingAnswers(plan, doc), "\n  ")),
				"Add them to the answers file, or run in a terminal (or with --accessible) to be asked only these.")
		}
		ask = func(q *wizard.Question) bool {
			for _, m := range missing {
				if m == q {
					return true
				}
			}
			return false
		}
	}

	startDraft()
	err = a.runWizard(d, wizard.Options{
		Plan: plan, Doc: doc, Now: now,
		In: a.env.Stdin, Out: a.env.Stdout,
		Accessible: accessible,
		// Lines left after the last question mean answers out of step.
		RejectLeftOver: !isTerminal(a.env.Stdin),
		StartAt:        d.info.Next,
		Ask:            ask,
		Checkpoint:     d.checkpoint(),
	})
	if err != nil {
		return d.stopped(doc, d.info.Next, err)
	}
	return a.saveNew(opts, d, doc, t, plan, target)
}

// fillNew sets what a new document needs besides the writer's answers. A
// new document starts its own life: an answers file taken from another
// document does not pass on its status, version or history.
func fillNew(doc *prfaq.Document, t *prfaq.Template, now time.Time) {
	today := now.Format(time.DateOnly)
	doc.Format = prfaq.FormatVersion
	doc.Template = t.Name
	doc.TemplateVersion = t.Version
	if doc.Mode == "" {
		doc.Mode = prfaq.ModeFuture
	}
	doc.Status = prfaq.StatusDraft
	doc.Version = "1.0"
	doc.History = nil
	doc.Created = today
	doc.Updated = today
}

// saveNew writes the finished document, renders it and reports. If the
// file cannot be written, the answers stay in the draft.
func (a *app) saveNew(opts *newOptions, d *draft, doc *prfaq.Document, t *prfaq.Template, plan *wizard.Plan, target string) error {
	if strings.TrimSpace(doc.Title) == "" {
		doc.Title = firstNonEmpty(doc.Product, doc.PressRelease.Headline)
	}
	if strings.TrimSpace(doc.Title) == "" {
		return d.stopped(doc, "title", errors.New("the document has no title, and a document needs one"))
	}
	if target == "" {
		target = a.path(Slug(doc.Title) + ".prfaq.yaml")
	}
	d.info.Target = target
	data, err := store.EncodeDocument(doc)
	if err == nil {
		data = store.WithSchemaComment(filepath.Dir(target), data)
		_, _, err = store.DecodeDocument(a.displayPath(target), data)
	}
	if err != nil {
		return d.stopped(doc, "", fmt.Errorf("the answers do not make a valid document: %w", err))
	}
	file := a.displayPath(target)
	force := opts.force
	if _, err := os.Stat(target); err == nil && !force {
		if a.canPrompt() && !opts.accessible {
			force, err = wizard.Confirm(fmt.Sprintf("%s exists. Replace it?", file), a.env.Stdin, a.env.Stdout)
			if err != nil {
				return d.stopped(doc, "", err)
			}
		}
		if !force {
			return d.stopped(doc, "", fmt.Errorf("%s exists, so it was not replaced", file))
		}
	}
	if force {
		err = store.WriteFile(target, data, 0o644)
	} else {
		err = store.WriteFileNew(target, data, 0o644)
	}
	if errors.Is(err, fs.ErrExist) {
		err = fmt.Errorf("%s was created by someone else meanwhile, so it was not replaced", file)
	}
	if err != nil {
		return d.stopped(doc, "", fmt.Errorf("cannot write %s: %w", file, err))
	}
	d.remove()
	a.wrote(file)
	if !opts.noRender {
		a.renderAfterWizard(target, file, doc)
	}
	a.report(file, data, doc, t)
	return nil
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if strings.TrimSpace(x) != "" {
			return strings.TrimSpace(x)
		}
	}
	return ""
}

var nonSlug = regexp.MustCompile(`[^a-z0-9]+`)

// Slug makes a file name from a title: "Tab Split PR/FAQ" gives
// "tab-split-pr-faq", at most 60 characters, "prfaq" when nothing is left.
func Slug(title string) string {
	s := strings.Trim(nonSlug.ReplaceAllString(strings.ToLower(foldAccents(title)), "-"), "-")
	if len(s) > 60 {
		s = strings.TrimRight(s[:60], "-")
	}
	if s == "" {
		return "prfaq"
	}
	return s
}

// foldAccents maps common accented Latin letters to their base letter, so
// "Café Über" gives "cafe-uber" rather than "caf-ber".
func foldAccents(s string) string {
	return accentFolder.Replace(s)
}

var accentFolder = strings.NewReplacer(
	"à", "a", "á", "a", "â", "a", "ä", "a", "ã", "a", "å", "a",
	"ç", "c", "è", "e", "é", "e", "ê", "e", "ë", "e",
	"ì", "i", "í", "i", "î", "i", "ï", "i", "ñ", "n",
	"ò", "o", "ó", "o", "ô", "o", "ö", "o", "õ", "o", "ø", "o",
	"ù", "u", "ú", "u", "û", "u", "ü", "u", "ý", "y", "ÿ", "y", "ß", "ss",
	"À", "a", "Á", "a", "Â", "a", "Ä", "a", "Ç", "c", "È", "e", "É", "e",
	"Ö", "o", "Ü", "u", "Ñ", "n",
)
