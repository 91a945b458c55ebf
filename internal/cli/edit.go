package cli

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"slices"

	"github.com/spf13/cobra"

	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/store"
	"github.com/prfaq/prfaq/internal/termtext"
	"github.com/prfaq/prfaq/internal/wizard"
	"github.com/prfaq/prfaq/internal/workspace"
)

type editOptions struct {
	wizardFlags
	file     string
	sections []string
}

func newEditCmd(a *app) *cobra.Command {
	opts := &editOptions{}
	cmd := &cobra.Command{
		Use:   "edit FILE",
		Short: "Revise a PR/FAQ with the wizard, pre-filled from the document",
		Long: `Run the wizard of prfaq new on an existing document: every question shows
the current answer to keep or change. --section asks only some sections: a
question id (press_release.problem), or a group of ids (customer asks the
five customer questions; press_release.leader_quote asks its speaker, role
and text). prfaq templates show NAME lists the ids. When the team keeps
customer needs in .prfaq/needs.yaml, the wizard also asks which the
document serves; --section serves asks only that.

The document is saved atomically, changing only the values that differ:
comments, key order and every field the template does not ask about stay as
they were. It is then rendered beside it (unless --no-render).

The modes (terminal form, --accessible, ` + AccessibleEnv + `) and drafts work as for
prfaq new; a stopped edit continues with prfaq edit --resume DRAFT, and does
not overwrite the document if it changed meanwhile.
` + exitStatus(
			"0    the document was saved",
			"2    bad usage, an unreadable document, no terminal, input left over after the last question, or the document changed meanwhile (a draft keeps the answers)",
			"130  stopped with Ctrl-C, or the terminal was closed (a draft keeps the answers)",
		),
		Example: `  prfaq edit tab-split.prfaq.yaml
  prfaq edit tab-split.prfaq.yaml --section press_release.problem
  prfaq edit tab-split.prfaq.yaml --section customer --accessible
  prfaq edit tab-split.prfaq.yaml --section serves
  prfaq edit --resume ~/.local/state/prfaq/drafts/edit-20261122-101500.prfaq.yaml`,
		Args:              argsCheck(cobra.MaximumNArgs(1), "name the document to edit, e.g. prfaq edit tab-split.prfaq.yaml"),
		ValidArgsFunction: completeDocuments,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.file = args[0]
			}
			if opts.file == "" && !opts.resume {
				return usageError("name the document to edit, e.g. prfaq edit tab-split.prfaq.yaml")
			}
			return a.runEdit(opts)
		},
	}
	f := cmd.Flags()
	f.StringSliceVarP(&opts.sections, "section", "s", nil, "ask only these sections (question ids or groups of them; repeat or separate with commas)")
	f.BoolVar(&opts.accessible, "accessible", false, "plain line prompts for screen readers and scripts (or set "+AccessibleEnv+"=1)")
	f.BoolVar(&opts.noRender, "no-render", false, "do not render NAME.md and NAME.html")
	f.BoolVar(&opts.resume, "resume", false, "continue a stopped edit: FILE is its draft (default: the latest one)")
	_ = cmd.RegisterFlagCompletionFunc("section", a.completeSections)
	return cmd
}

func (a *app) runEdit(opts *editOptions) error {
	accessible := a.accessible(opts.accessible)
	if !accessible && !a.canPrompt() {
		return noTerminalError("prfaq edit")
	}
	d := &draft{a: a, cmd: "prfaq edit --resume"}
	var target string
	var doc *prfaq.Document
	if opts.resume {
		path := a.path(opts.file)
		if opts.file == "" {
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
		if !info.Edit || info.Target == "" {
			return withHint(usageError("%s is not a draft of an edit", a.displayPath(path)), fmt.Sprintf("Continue it with: prfaq new --resume %s", a.displayPath(path)))
		}
		d.path, d.info, target = path, info, info.Target
		fmt.Fprintf(a.env.Stderr, "prfaq: continuing the edit of %s from %s\n", a.displayPath(target), a.displayPath(path))
	} else {
		target = a.path(opts.file)
	}
	file := a.displayPath(target)
	if err := refuseLink(target, file); err != nil {
		return err
	}
	src, err := a.files.ReadFile(target, file)
	if err != nil {
		return err
	}
	current, _, err := store.DecodeDocument(file, src)
	if err != nil {
		return err
	}
	if doc == nil {
		// A second copy, so the answers can be compared with current.
		doc, _, _ = store.DecodeDocument(file, src)
		d.info = store.DraftInfo{Target: target, Edit: true, BaseSHA256: store.Checksum(src)}
	} else if d.info.BaseSHA256 != store.Checksum(src) {
		return d.stopped(doc, d.info.Next, fmt.Errorf("%s changed since this edit began, so the draft was not applied", file))
	}
	t, err := a.catalog().Load(doc.Template)
	if err != nil {
		return err
	}
	// serves is asked when the team has needs, whatever the template
	// asks, so --section serves is taken apart from the template's ids.
	sections := slices.DeleteFunc(slices.Clone(opts.sections), func(s string) bool { return s == "serves" })
	onlyServes := len(opts.sections) > 0 && len(sections) == 0
	plan := &wizard.Plan{Template: t}
	if !onlyServes {
		if plan, err = wizard.Build(t, sections); err != nil {
			return usageError("%w", err)
		}
	}
	if len(opts.sections) == 0 || len(sections) < len(opts.sections) {
		needs, err := a.projectNeeds()
		if err != nil {
			return err
		}
		if needs == nil && len(opts.sections) > 0 {
			return withHint(usageError("--section serves picks the team's customer needs, and no %s was found here or in a folder above", workspace.NeedsFile),
				"Define the needs first: docs/customers.md shows how.")
		}
		wizard.AskNeeds(plan, needs)
	}
	if d.path == "" {
		d.start("edit", doc)
	}

	err = a.runWizard(d, wizard.Options{
		Plan: plan, Doc: doc, Now: a.now(),
		In: a.env.Stdin, Out: a.env.Stdout,
		Accessible: accessible,
		// Lines left after the last question mean answers out of step.
		RejectLeftOver: !isTerminal(a.env.Stdin),
		StartAt:        d.info.Next,
		Checkpoint:     d.checkpoint(),
	})
	if err != nil {
		return d.stopped(doc, d.info.Next, err)
	}
	wizard.NumberFAQ(doc)
	if !sameDocument(current, doc) {
		doc.Updated = a.now().Format("2006-01-02")
	}
	data, err := store.Update(file, src, doc)
	if err != nil {
		return d.stopped(doc, "", err)
	}
	// Re-read just before writing: an edit made in another window while
	// the wizard ran must not be overwritten.
	if now, err := os.ReadFile(target); err != nil || !bytes.Equal(now, src) {
		return d.stopped(doc, "", fmt.Errorf("%s changed while the wizard ran, so it was not overwritten", file))
	}
	if bytes.Equal(data, src) {
		d.remove()
		fmt.Fprintf(a.env.Stdout, "%s is unchanged\n", termtext.Line(file))
		return nil
	}
	// The check above covers the wizard's minutes; ReplaceFile covers the
	// instant of the write itself.
	if err := store.ReplaceFile(target, src, data, 0o644); err != nil {
		var ce *store.ChangedError
		if errors.As(err, &ce) {
			return d.stopped(doc, "", fmt.Errorf("%s changed while the wizard ran, so it was not overwritten", file))
		}
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

// sameDocument reports whether the wizard changed nothing.
func sameDocument(a, b *prfaq.Document) bool {
	x, err1 := store.EncodeDocument(a)
	y, err2 := store.EncodeDocument(b)
	return err1 == nil && err2 == nil && bytes.Equal(x, y)
}
