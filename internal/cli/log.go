package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/store"
	"github.com/prfaq/prfaq/internal/termtext"
)

func newLogCmd(a *app) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "log FILE",
		Short: "List the versions of a PR/FAQ",
		Long: `List every closed version of a PR/FAQ, oldest first (version, date, status,
author, message), then the working copy. Each snapshot is checked against
the checksum in the history: one that is missing or was changed by hand is
marked, and log exits 2 after listing.
` + exitStatus("0    listed; every snapshot is intact"),
		Example: `  prfaq log tab-split.prfaq.yaml
  prfaq log tab-split.prfaq.yaml --format json`,
		Args:              argsCheck(cobra.ExactArgs(1), "name one PR/FAQ file, e.g. prfaq log tab-split.prfaq.yaml"),
		ValidArgsFunction: completeDocuments,
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return withHint(usageError("unknown format %q", format), "Use --format text or --format json.")
			}
			return a.runLog(args[0], format)
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output format: text or json")
	return cmd
}

type logEntry struct {
	Version  string `json:"version"`
	Date     string `json:"date"`
	Status   string `json:"status"`
	Author   string `json:"author"`
	Message  string `json:"message"`
	Snapshot string `json:"snapshot,omitempty"`
	// State is "ok", "missing", "changed" or "outside" (recorded outside
	// NAME.history, so not read) for snapshots, "working" for
	// the working copy.
	State string `json:"state"`
	// Reactions counts each reaction customers had to the version, when
	// any were recorded for the document.
	Reactions map[string]int `json:"reactions,omitempty"`
}

func (a *app) runLog(file, format string) error {
	src := a.path(file)
	doc, _, err := a.files.ReadDocument(src, file)
	if err != nil {
		return err
	}
	var entries []logEntry
	broken := 0
	for _, rev := range doc.History {
		state := "ok"
		if _, err := a.files.ReadSnapshot(src, rev); err != nil {
			var se *store.SnapshotError
			if !errors.As(err, &se) {
				return err
			}
			switch {
			case se.Outside:
				state = "outside"
			case se.Missing:
				state = "missing"
			default:
				state = "changed"
			}
			broken++
			fmt.Fprintf(a.env.Stderr, "prfaq: %s: %v\n", file, err)
		}
		entries = append(entries, logEntry{rev.Version, rev.Date, string(rev.Status), rev.Author, rev.Message, rev.Snapshot, state, nil})
	}
	entries = append(entries, logEntry{Version: doc.Version, Date: doc.Updated, Status: string(doc.Status), State: "working", Message: "(working copy)"})

	// Reactions show beside each version once any were recorded; a log
	// damaged by hand is reported, and the versions listed all the same.
	records, feedbackErr := a.files.ReadFeedback(src, file)
	withReactions := len(records) > 0
	if withReactions {
		tallies := prfaq.Tallies(records)
		for i := range entries {
			entries[i].Reactions = map[string]int{}
			for _, r := range prfaq.Reactions() {
				entries[i].Reactions[string(r)] = tallies[entries[i].Version][r]
			}
		}
	}

	if format == "json" {
		enc := json.NewEncoder(a.env.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(entries); err != nil {
			return err
		}
	} else {
		w := tabwriter.NewWriter(a.env.Stdout, 0, 4, 2, ' ', 0)
		reactionsHead := ""
		if withReactions {
			reactionsHead = "\tREACTIONS"
		}
		fmt.Fprintln(w, "VERSION\tDATE\tSTATUS\tAUTHOR\tMESSAGE"+reactionsHead)
		for _, e := range entries {
			msg := e.Message
			switch e.State {
			case "missing":
				msg += "  [snapshot missing]"
			case "changed":
				msg += "  [snapshot changed by hand]"
			case "outside":
				msg += "  [snapshot recorded outside the history folder]"
			}
			// History text is anyone's who committed: shown escaped,
			// one field a cell.
			reactions := ""
			if withReactions {
				tally := prfaq.Tally{}
				for r, n := range e.Reactions {
					tally[prfaq.Reaction(r)] = n
				}
				reactions = "\t" + tally.String()
			}
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s%s\n", termtext.Line(e.Version), termtext.Line(e.Date), termtext.Line(e.Status), termtext.Line(e.Author), termtext.Line(msg), reactions)
		}
		if err := w.Flush(); err != nil {
			return err
		}
	}
	if broken > 0 {
		if feedbackErr != nil {
			a.printError(feedbackErr)
		}
		return &exitError{code: ExitError, err: fmt.Errorf("%s: %d of %d snapshots are missing, were changed by hand or are recorded outside the history folder", file, broken, len(doc.History))}
	}
	return feedbackErr
}
