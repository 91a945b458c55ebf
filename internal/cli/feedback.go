package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/store"
	"github.com/prfaq/prfaq/internal/termtext"
)

func newFeedbackCmd(a *app) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "feedback FILE",
		Short: "List customers' reactions to each version of a PR/FAQ",
		Long: `List the reactions customers gave to each version of a PR/FAQ, oldest first,
then the tally of each version: how many were excited, interested,
indifferent, confused or opposed. Retracted reactions are listed, marked,
and not counted.

Reactions are recorded with prfaq feedback add and kept in
NAME.history/feedback.jsonl beside the document's snapshots; they carry
over every bump, each attached to the version the customer read.
` + exitStatus("0    listed"),
		Example: `  prfaq feedback tab-split.prfaq.yaml
  prfaq feedback tab-split.prfaq.yaml --format json`,
		Args:              argsCheck(cobra.ExactArgs(1), "name one PR/FAQ file, e.g. prfaq feedback tab-split.prfaq.yaml"),
		ValidArgsFunction: completeDocuments,
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return withHint(usageError("unknown format %q", format), "Use --format text or --format json.")
			}
			return a.runFeedbackList(args[0], format)
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output format: text or json")
	cmd.RegisterFlagCompletionFunc("format", fixedCompletions("text", "json"))
	cmd.AddCommand(newFeedbackAddCmd(a), newFeedbackRetractCmd(a), newFeedbackQuoteCmd(a), newFeedbackImportCmd(a))
	return cmd
}

type feedbackAdd struct {
	file, version, from, reaction, quote, note, date string
}

func newFeedbackAddCmd(a *app) *cobra.Command {
	o := feedbackAdd{}
	cmd := &cobra.Command{
		Use:   "add FILE --from WHO --reaction REACTION",
		Short: "Record one customer's reaction to a version of a PR/FAQ",
		Long: `Record what one customer felt on reading a version of the PR/FAQ: excited,
interested, indifferent, confused or opposed, with their words (--quote)
and your own (--note). The reaction is to the document's current version
unless --version names a closed one, and dated today unless --date says
otherwise.

Each reaction is appended to NAME.history/feedback.jsonl and never
rewritten; it gets an ID (its line in that file) to retract it by. Many
people can record reactions at once: none is lost.
` + exitStatus("0    reaction recorded"),
		Example: `  prfaq feedback add tab-split.prfaq.yaml --from "Ana, café owner" --reaction excited --quote "I'd switch tomorrow"
  prfaq feedback add tab-split.prfaq.yaml --version 1.0 --from "panel 3" --reaction confused --note "Read 'tab' as a browser tab"`,
		Args:              argsCheck(cobra.ExactArgs(1), "name one PR/FAQ file, e.g. prfaq feedback add tab-split.prfaq.yaml --from Ana --reaction excited"),
		ValidArgsFunction: completeDocuments,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.file = args[0]
			return a.runFeedbackAdd(o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.from, "from", "", "who reacted: a name, or a label such as \"panel 3\" (required)")
	f.StringVar(&o.reaction, "reaction", "", "excited, interested, indifferent, confused or opposed (required)")
	f.StringVar(&o.version, "version", "", "the version they read (default: the current version)")
	f.StringVar(&o.quote, "quote", "", "their words, as they said them")
	f.StringVar(&o.note, "note", "", "your note: context, where the interview is kept")
	f.StringVar(&o.date, "date", "", "when they reacted, YYYY-MM-DD (default: today)")
	cmd.RegisterFlagCompletionFunc("reaction", fixedCompletions(reactionNames()...))
	cmd.RegisterFlagCompletionFunc("version", func(cmd *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
		if len(args) == 0 {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		return a.versionsOf(args[0]), cobra.ShellCompDirectiveNoFileComp
	})
	return cmd
}

func newFeedbackRetractCmd(a *app) *cobra.Command {
	var reason, date string
	cmd := &cobra.Command{
		Use:   "retract FILE ID --reason WHY",
		Short: "Take back a recorded reaction",
		Long: `Take back a reaction recorded by mistake, or one the customer corrected. The
reaction stays in the log, marked retracted with the reason, and is no
longer counted; nothing is rewritten. To correct a reaction, retract it
and add the right one. prfaq feedback FILE lists the IDs.
` + exitStatus("0    reaction retracted"),
		Example:           `  prfaq feedback retract tab-split.prfaq.yaml 4 --reason "Recorded against the wrong version"`,
		Args:              argsCheck(cobra.ExactArgs(2), "name a PR/FAQ file and a reaction's ID, e.g. prfaq feedback retract tab-split.prfaq.yaml 4 --reason \"why\""),
		ValidArgsFunction: completeDocuments,
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := strconv.Atoi(args[1])
			if err != nil || id < 1 {
				return withHint(usageError("feedback retract: %q is not a reaction's ID", args[1]), "IDs are numbers: prfaq feedback "+args[0]+" lists them.")
			}
			return a.runFeedbackRetract(args[0], id, reason, date)
		},
	}
	cmd.Flags().StringVar(&reason, "reason", "", "why the reaction is taken back (required)")
	cmd.Flags().StringVar(&date, "date", "", "when, YYYY-MM-DD (default: today)")
	return cmd
}

func reactionNames() []string {
	var names []string
	for _, r := range prfaq.Reactions() {
		names = append(names, string(r))
	}
	return names
}

// versionOrder lists a document's versions, closed ones oldest first,
// then the current one.
func versionOrder(doc *prfaq.Document) []string {
	var versions []string
	for _, r := range doc.History {
		versions = append(versions, r.Version)
	}
	return append(versions, doc.Version)
}

// feedbackDate is --date, checked, or today.
func (a *app) feedbackDate(date string) (string, error) {
	if date == "" {
		return a.now().Format(time.DateOnly), nil
	}
	if _, err := time.Parse(time.DateOnly, date); err != nil {
		return "", withHint(usageError("--date %q is not a date", date), "Write it as YYYY-MM-DD, e.g. --date 2026-03-14.")
	}
	return date, nil
}

func (a *app) runFeedbackAdd(o feedbackAdd) error {
	reaction := prfaq.Reaction(strings.TrimSpace(o.reaction))
	switch {
	case o.reaction == "":
		return withHint(usageError("--reaction is required"), "Say what the customer felt: --reaction "+strings.Join(reactionNames(), "|")+".")
	case !reaction.Known():
		hint := "Use one of " + strings.Join(reactionNames(), ", ") + "."
		if s := store.Closest(o.reaction, reactionNames()); s != "" {
			hint = "Did you mean " + s + "? " + hint
		}
		return withHint(usageError("unknown reaction %q", o.reaction), hint)
	case strings.TrimSpace(o.from) == "":
		return withHint(usageError("--from is required: who reacted"), "A name, or a label that keeps them anonymous, such as --from \"panel 3\".")
	}
	date, err := a.feedbackDate(o.date)
	if err != nil {
		return err
	}
	src := a.path(o.file)
	doc, _, err := a.files.ReadDocument(src, o.file)
	if err != nil {
		return err
	}
	version := doc.Version
	if o.version != "" {
		versions := versionOrder(doc)
		if !slices.Contains(versions, o.version) {
			return withHint(usageError("%s has no version %s", o.file, o.version), "Its versions are "+strings.Join(versions, ", ")+" (prfaq log "+o.file+" lists them).")
		}
		version = o.version
	}
	rec := prfaq.Feedback{
		Kind: prfaq.FeedbackReaction, Version: version, From: strings.TrimSpace(o.from), Reaction: reaction,
		Quote: strings.TrimSpace(o.quote), Note: strings.TrimSpace(o.note), Date: date,
	}
	id, err := store.AppendFeedback(src, rec)
	if err != nil {
		return err
	}
	fmt.Fprintf(a.env.Stdout, "recorded reaction %d: %s was %s about version %s\n", id, termtext.Line(rec.From), reaction, version)
	return nil
}

func (a *app) runFeedbackRetract(file string, id int, reason, date string) error {
	if strings.TrimSpace(reason) == "" {
		return withHint(usageError("--reason is required"), "Say why the reaction is taken back; the log keeps it beside the reaction.")
	}
	day, err := a.feedbackDate(date)
	if err != nil {
		return err
	}
	src := a.path(file)
	if _, _, err := a.files.ReadDocument(src, file); err != nil {
		return err
	}
	records, err := a.files.ReadFeedback(src, file)
	if err != nil {
		return err
	}
	var target *prfaq.Feedback
	for i, r := range records {
		if r.ID == id && r.Kind == prfaq.FeedbackReaction {
			target = &records[i]
		}
		if r.Kind == prfaq.FeedbackRetraction && r.Retracts == id {
			return usageError("reaction %d of %s was retracted already (%s)", id, file, r.Reason)
		}
	}
	if target == nil {
		return withHint(usageError("%s has no reaction %d", file, id), "prfaq feedback "+file+" lists the reactions with their IDs.")
	}
	rec := prfaq.Feedback{Kind: prfaq.FeedbackRetraction, Retracts: id, Reason: strings.TrimSpace(reason), Date: day}
	if _, err := store.AppendFeedback(src, rec); err != nil {
		return err
	}
	fmt.Fprintf(a.env.Stdout, "retracted reaction %d (%s, %s about version %s)\n", id, termtext.Line(target.From), target.Reaction, target.Version)
	return nil
}

type feedbackItem struct {
	ID        int    `json:"id"`
	Version   string `json:"version"`
	Date      string `json:"date"`
	From      string `json:"from"`
	Reaction  string `json:"reaction"`
	Quote     string `json:"quote,omitempty"`
	Note      string `json:"note,omitempty"`
	Retracted string `json:"retracted,omitempty"` // the reason, when retracted
}

type versionTally struct {
	Version string         `json:"version"`
	Counts  map[string]int `json:"counts"`
	Total   int            `json:"total"`
}

// tallyRows is the tally of every version that has reactions, or is
// current, in version order.
func tallyRows(doc *prfaq.Document, records []prfaq.Feedback) []versionTally {
	tallies := prfaq.Tallies(records)
	var rows []versionTally
	for _, v := range versionOrder(doc) {
		t := tallies[v]
		if t == nil && v != doc.Version {
			continue
		}
		counts := map[string]int{}
		for _, r := range prfaq.Reactions() {
			counts[string(r)] = t[r]
		}
		rows = append(rows, versionTally{Version: v, Counts: counts, Total: t.Total()})
	}
	return rows
}

func (a *app) runFeedbackList(file, format string) error {
	src := a.path(file)
	doc, _, err := a.files.ReadDocument(src, file)
	if err != nil {
		return err
	}
	records, err := a.files.ReadFeedback(src, file)
	if err != nil {
		return err
	}
	reasons := map[int]string{}
	for _, r := range records {
		if r.Kind == prfaq.FeedbackRetraction {
			reasons[r.Retracts] = r.Reason
		}
	}
	items := []feedbackItem{}
	for _, r := range records {
		if r.Kind != prfaq.FeedbackReaction {
			continue
		}
		items = append(items, feedbackItem{r.ID, r.Version, r.Date, r.From, string(r.Reaction), r.Quote, r.Note, reasons[r.ID]})
	}
	rows := tallyRows(doc, records)
	if format == "json" {
		enc := json.NewEncoder(a.env.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Reactions []feedbackItem `json:"reactions"`
			Tallies   []versionTally `json:"tallies"`
		}{items, rows})
	}
	if len(items) == 0 {
		fmt.Fprintf(a.env.Stdout, "no reactions recorded yet for %s: add one with prfaq feedback add %s --from WHO --reaction REACTION\n", termtext.Line(file), termtext.Line(file))
		return nil
	}
	w := tabwriter.NewWriter(a.env.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "ID\tVERSION\tDATE\tFROM\tREACTION\tQUOTE")
	for _, it := range items {
		quote := it.Quote
		if quote != "" {
			quote = "\u201c" + quote + "\u201d"
		}
		if it.Retracted != "" {
			quote += "  [retracted: " + it.Retracted + "]"
		}
		fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\t%s\n", it.ID, termtext.Line(it.Version), it.Date, termtext.Line(it.From), it.Reaction, termtext.Line(strings.TrimSpace(quote)))
	}
	if err := w.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(a.env.Stdout)
	return writeTallyTable(a.env.Stdout, rows, doc.Version)
}

// writeTallyTable writes one line per version: the count of each
// reaction and the total.
func writeTallyTable(out io.Writer, rows []versionTally, current string) error {
	w := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	fmt.Fprint(w, "VERSION")
	for _, r := range prfaq.Reactions() {
		fmt.Fprint(w, "\t"+strings.ToUpper(string(r)))
	}
	fmt.Fprintln(w, "\tTOTAL")
	for _, row := range rows {
		v := termtext.Line(row.Version)
		if row.Version == current {
			v += " (current)"
		}
		fmt.Fprint(w, v)
		for _, r := range prfaq.Reactions() {
			fmt.Fprintf(w, "\t%d", row.Counts[string(r)])
		}
		fmt.Fprintf(w, "\t%d\n", row.Total)
	}
	return w.Flush()
}
