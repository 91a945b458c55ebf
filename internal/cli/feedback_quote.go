package cli

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/store"
	"github.com/prfaq/prfaq/internal/termtext"
	"github.com/prfaq/prfaq/internal/wizard"
)

// quoteQuestion is the FAQ entry real customers' words go to unless
// --question names another.
const quoteQuestion = "What do customers say about it?"

func newFeedbackQuoteCmd(a *app) *cobra.Command {
	var to, question string
	cmd := &cobra.Command{
		Use:   "quote FILE ID",
		Short: "Copy a customer's recorded words into the FAQ or the appendix",
		Long: `Copy the quote of a recorded reaction into the document as evidence: into
an external FAQ entry (--to faq, the default) or at the end of the
appendix (--to appendix), as a Markdown block quote naming who said it,
when, and which version they read. The FAQ entry is the one asking
--question ("` + quoteQuestion + `" unless named); it is added
when the document has none, and further quotes go under it.

Only the lines that change are rewritten; the reaction stays in the
feedback log as it was.
` + exitStatus("0    quote copied"),
		Example: `  prfaq feedback quote tab-split.prfaq.yaml 4
  prfaq feedback quote tab-split.prfaq.yaml 4 --to appendix
  prfaq feedback quote tab-split.prfaq.yaml 4 --question "Would restaurants switch?"`,
		Args:              argsCheck(cobra.ExactArgs(2), "name a PR/FAQ file and a reaction's ID, e.g. prfaq feedback quote tab-split.prfaq.yaml 4"),
		ValidArgsFunction: completeDocuments,
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := strconv.Atoi(args[1])
			if err != nil || id < 1 {
				return withHint(usageError("feedback quote: %q is not a reaction's ID", args[1]), "IDs are numbers: prfaq feedback "+args[0]+" lists them.")
			}
			if to != "faq" && to != "appendix" {
				return withHint(usageError("unknown --to %q", to), "Use --to faq or --to appendix.")
			}
			return a.runFeedbackQuote(args[0], id, to, strings.TrimSpace(question))
		},
	}
	cmd.Flags().StringVar(&to, "to", "faq", "where the quote goes: faq or appendix")
	cmd.Flags().StringVar(&question, "question", quoteQuestion, "the external FAQ question the quote answers")
	cmd.RegisterFlagCompletionFunc("to", fixedCompletions("faq", "appendix"))
	return cmd
}

// quoteBlock is a customer's words as Markdown evidence.
func quoteBlock(r prfaq.Feedback) string {
	var b strings.Builder
	for _, line := range strings.Split(r.Quote, "\n") {
		b.WriteString(strings.TrimRight("> "+line, " ") + "\n")
	}
	fmt.Fprintf(&b, ">\n> — %s, %s, on version %s (%s)\n", r.From, r.Date, r.Version, r.Reaction)
	return b.String()
}

// appendBlock adds a block of Markdown after text, a blank line between.
func appendBlock(text, block string) string {
	text = strings.TrimRight(text, "\n")
	if text == "" {
		return block
	}
	return text + "\n\n" + block
}

func (a *app) runFeedbackQuote(file string, id int, to, question string) error {
	target := a.path(file)
	if err := refuseLink(target, file); err != nil {
		return err
	}
	src, err := a.files.ReadFile(target, file)
	if err != nil {
		return err
	}
	doc, _, err := store.DecodeDocument(file, src)
	if err != nil {
		return err
	}
	records, err := a.files.ReadFeedback(target, file)
	if err != nil {
		return err
	}
	var rec *prfaq.Feedback
	for i, r := range records {
		if r.ID == id && r.Kind == prfaq.FeedbackReaction {
			rec = &records[i]
		}
		if r.Kind == prfaq.FeedbackRetraction && r.Retracts == id {
			return usageError("reaction %d of %s was retracted (%s): its words are not evidence any more", id, file, r.Reason)
		}
	}
	switch {
	case rec == nil:
		return withHint(usageError("%s has no reaction %d", file, id), "prfaq feedback "+file+" lists the reactions with their IDs.")
	case rec.Quote == "":
		return withHint(usageError("reaction %d of %s has no quote to copy", id, file), "Record the customer's words with prfaq feedback add ... --quote \"...\".")
	}
	block := quoteBlock(*rec)
	where := "the appendix"
	if to == "appendix" {
		doc.Appendix = appendBlock(doc.Appendix, block)
	} else {
		found := false
		for i := range doc.FAQ.External {
			if strings.EqualFold(strings.TrimSpace(doc.FAQ.External[i].Question), question) {
				doc.FAQ.External[i].Answer = appendBlock(doc.FAQ.External[i].Answer, block)
				where = "FAQ " + doc.FAQ.External[i].ID
				found = true
				break
			}
		}
		if !found {
			doc.FAQ.External = append(doc.FAQ.External, prfaq.FAQEntry{Question: question, Answer: block})
			wizard.NumberFAQ(doc)
			where = "new FAQ " + doc.FAQ.External[len(doc.FAQ.External)-1].ID
		}
	}
	doc.Updated = a.now().Format("2006-01-02")
	data, err := store.Update(file, src, doc)
	if err != nil {
		return err
	}
	if err := store.ReplaceFile(target, src, data, 0o644); err != nil {
		var ce *store.ChangedError
		if errors.As(err, &ce) {
			return fmt.Errorf("%s changed while the quote was being copied, so it was not overwritten; run the command again", file)
		}
		return err
	}
	fmt.Fprintf(a.env.Stdout, "copied the quote of reaction %d (%s) into %s of %s\n", id, termtext.Line(rec.From), where, termtext.Line(file))
	return nil
}
