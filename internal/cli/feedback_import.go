package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/store"
	"github.com/prfaq/prfaq/internal/termtext"
)

func newFeedbackImportCmd(a *app) *cobra.Command {
	var date string
	var dryRun bool
	cmd := &cobra.Command{
		Use:   "import FILE CSV",
		Short: "Record the reactions typed in from a workshop's slips",
		Long: `Record many customers' reactions to one PR/FAQ at once, from a CSV file:
the reaction slips of a workshop (prfaq workshop gallery --slips), typed
into a spreadsheet and saved as CSV, one file per draft.

The first row names the columns, in any order:

  who       who reacted: a name, or a label such as "table 3" (required)
  version   the version they read; empty for the current one
  reaction  excited, interested, indifferent, confused or opposed (required)
  quote     their words, as they wrote them
  note      your note
  date      YYYY-MM-DD; empty for --date, or today

Fields holding commas or line breaks are written in double quotes, as
spreadsheets save them. Every row is checked before any is recorded: when
a row is wrong, each problem is reported at its line (CSV:LINE:COLUMN)
and nothing is recorded, so the file can be fixed and imported again.
Each reaction is appended as prfaq feedback add appends it.
` + exitStatus("0    every row recorded (with --dry-run: every row checked)", "2    a row is wrong (nothing is recorded); the CSV or the document cannot be read"),
		Example: `  prfaq feedback import tab-split.prfaq.yaml slips.csv
  prfaq feedback import tab-split.prfaq.yaml slips.csv --date 2026-11-18 --dry-run`,
		Args:              argsCheck(cobra.ExactArgs(2), "name a PR/FAQ file and a CSV file, e.g. prfaq feedback import tab-split.prfaq.yaml slips.csv"),
		ValidArgsFunction: completeDocuments,
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runFeedbackImport(args[0], args[1], date, dryRun)
		},
	}
	cmd.Flags().StringVar(&date, "date", "", "the date of rows with no date column or an empty one, YYYY-MM-DD (default: today)")
	cmd.Flags().BoolVar(&dryRun, "dry-run", false, "check every row and say what would be recorded, without recording it")
	return cmd
}

func (a *app) runFeedbackImport(file, csvFile, date string, dryRun bool) error {
	day, err := a.feedbackDate(date)
	if err != nil {
		return err
	}
	src := a.path(file)
	doc, _, err := a.files.ReadDocument(src, file)
	if err != nil {
		return err
	}
	data, err := a.files.ReadFile(a.path(csvFile), csvFile)
	if err != nil {
		return err
	}
	rows, err := store.DecodeFeedbackCSV(csvFile, data, store.FeedbackImport{Versions: versionOrder(doc), Today: day})
	if err != nil {
		return withHint(err, "Nothing was recorded. Fix the rows and import the file again.")
	}
	if len(rows) == 0 {
		return withHint(usageError("%s has no reactions: only its header row", csvFile), "Type one slip a row under the header: "+strings.Join(store.FeedbackColumns()[:4], ",")+".")
	}
	if dryRun {
		fmt.Fprintf(a.env.Stdout, "%s: %d reactions to record in %s (%s); nothing recorded (--dry-run)\n", termtext.Line(csvFile), len(rows), termtext.Line(file), importTally(rows))
		return nil
	}
	for i, row := range rows {
		id, err := store.AppendFeedback(src, row.Record)
		if err != nil {
			// Appends are whole records: those before this row are kept.
			return withHint(fmt.Errorf("%s:%d: %w", csvFile, row.Line, err), fmt.Sprintf("%d rows before line %d were recorded; remove them from %s before importing it again.", i, row.Line, csvFile))
		}
		fmt.Fprintf(a.env.Stdout, "recorded reaction %d: %s was %s about version %s\n", id, termtext.Line(row.Record.From), row.Record.Reaction, row.Record.Version)
	}
	fmt.Fprintf(a.env.Stdout, "%s: %d reactions recorded in %s (%s)\n", termtext.Line(csvFile), len(rows), termtext.Line(file), importTally(rows))
	return nil
}

// importTally counts the rows' reactions, in the reactions' order.
func importTally(rows []store.ImportedReaction) string {
	counts := map[prfaq.Reaction]int{}
	for _, r := range rows {
		counts[r.Record.Reaction]++
	}
	var parts []string
	for _, r := range prfaq.Reactions() {
		if counts[r] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", counts[r], r))
		}
	}
	return strings.Join(parts, ", ")
}
