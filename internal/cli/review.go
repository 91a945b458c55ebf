package cli

import (
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/prfaq/prfaq/internal/review"
	"github.com/prfaq/prfaq/internal/store"
	"github.com/prfaq/prfaq/internal/workshop"
	"github.com/prfaq/prfaq/internal/workspace"
)

type reviewOptions struct {
	as     string
	format string
}

func newReviewCmd(a *app) *cobra.Command {
	opts := &reviewOptions{}
	cmd := &cobra.Command{
		Use:   "review FILE --as customer|bar-raiser",
		Short: "Read a PR/FAQ as the customer or the bar raiser would",
		Long: `Read one PR/FAQ (a .prfaq.yaml file or a Markdown PR/FAQ) as a given
reader would and list what that reader asks and does not find answered.

--as customer: for each press-release paragraph and for the FAQ, the
questions a customer would ask that the document does not answer: the
cost and a free way to try; where, when and what is needed; what to do
to start; how it beats today's way; what happens on leaving; how to get
help; words the customer would not know; paragraphs about "we" rather
than "you". Each question names its paragraph as the reading packet
numbers it (PR-3, E2), or FAQ when the answer belongs in the FAQ.

--as bar-raiser: the internal FAQ's four areas (customer and market;
problems and assumptions; economics; dependencies) and the feasibility
questions (hard engineering, hard UI, third parties, up-front
investment), each covered or missing, with the entries that cover it.

A topic counts as answered when the release or an FAQ entry holds one of
its words, or an FAQ question has one of its forms; a template tunes
both under review:. The html format is a role-play card to print for the
person in the empty chair. docs/review.md has the rules.
` + exitStatus("0    read-through printed (whether or not there are questions)"),
		Example: `  prfaq review tab-split.prfaq.yaml --as customer
  prfaq review docs/tab-split.prfaq.md --as bar-raiser --format markdown
  prfaq review tab-split.prfaq.yaml --as customer --format html > empty-chair.html`,
		Args:              argsCheck(cobra.ExactArgs(1), "name one PR/FAQ, e.g. prfaq review tab-split.prfaq.yaml --as customer"),
		ValidArgsFunction: completeDocuments,
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runReview(cmd, args[0], opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.as, "as", "", "the reader: customer or bar-raiser (required)")
	f.StringVar(&opts.format, "format", "text", "output format: text, markdown, html or json")
	_ = cmd.RegisterFlagCompletionFunc("as", cobra.FixedCompletions(review.Readers, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(review.Formats, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func (a *app) runReview(cmd *cobra.Command, file string, opts *reviewOptions) error {
	if err := checkChoice("--as", opts.as, review.Readers); err != nil {
		return err
	}
	if err := checkChoice("--format", opts.format, review.Formats); err != nil {
		return err
	}
	e, err := a.workspace().Load(file, workspace.LoadOptions{})
	if err != nil {
		return err
	}
	if e.Broken() {
		return documentError(e)
	}
	rep := &review.Report{As: opts.as, File: file}
	if opts.as == review.AsCustomer {
		paras, err := workshop.Paragraphs(e.Doc, e.Template)
		if err != nil {
			return fmt.Errorf("%s: template %s (%s): %w", file, e.Template.Name, e.Template.Source, err)
		}
		rep.Customer = review.Customer(e.Doc, e.Template, paras)
	} else {
		rep.BarRaiser = review.BarRaiser(e.Doc, e.Template)
	}
	out, err := rep.Write(opts.format)
	if err != nil {
		return err
	}
	_, err = cmd.OutOrStdout().Write(out)
	return err
}

// checkChoice rejects a flag value outside its choices, naming the
// nearest one.
func checkChoice(flag, value string, choices []string) error {
	if slices.Contains(choices, value) {
		return nil
	}
	list := strings.Join(choices, ", ")
	if value == "" {
		return withHint(usageError("no %s given", flag), fmt.Sprintf("Add %s with one of: %s.", flag, list))
	}
	hint := fmt.Sprintf("Use one of: %s.", list)
	if s := store.Closest(value, choices); s != "" {
		hint = fmt.Sprintf("Did you mean %s %s? %s", flag, s, hint)
	}
	return withHint(usageError("unknown %s value %q", flag, value), hint)
}
