package cli

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/prfaq/prfaq/internal/lint"
	"github.com/prfaq/prfaq/internal/workspace"
)

func newScoreCmd(a *app) *cobra.Command {
	var format string
	var minScore int
	cmd := &cobra.Command{
		Use:   "score FILE...",
		Short: "Score PR/FAQs from 0 to 100, with the breakdown",
		Long: `Score each PR/FAQ from 0 to 100 from the same rules lint applies: four
categories of 25 points (structure, clarity, evidence, customer focus).
Each finding costs points in its rule's category: 6 for an error, 2 for a
warning, 0.5 for info, and one rule costs at most 10 points; clarity
findings cost by their density, so length alone costs nothing. Evidence
and customer focus are earned from the problem, the subheadline and the
customer's quote. The total is multiplied by the share of the template's
sections the document has. The breakdown shows what cost what;
docs/lint.md explains the scoring.

A Markdown file in which prfaq finds no PR/FAQ (a design note, meeting
notes, a README) gets no score: a number would rank it among the PR/FAQs.
It is listed as not scored, and the command exits with 1.

--min N makes the score a gate for CI: a file scoring below N exits
with 1, after every file is listed.
` + exitStatus("0    scored (at or above --min)", "1    some file was not scored: no PR/FAQ found in it (prfaq lint FILE says why); or some file scored below --min"),
		Example: `  prfaq score tab-split.prfaq.yaml
  prfaq score examples/*.prfaq.yaml --format json
  prfaq score docs/prfaqs/*.md --min 60`,
		Args: argsCheck(cobra.MinimumNArgs(1), "name one or more PR/FAQ files, e.g. prfaq score tab-split.prfaq.yaml"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return withHint(usageError("unknown format %q", format), "Use --format text or --format json.")
			}
			if minScore < 0 || minScore > 100 {
				return withHint(usageError("--min %d is not a score", minScore), "Give a score from 0 to 100, e.g. --min 60.")
			}
			return a.runScore(args, format, minScore)
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output format: text or json")
	cmd.Flags().IntVar(&minScore, "min", 0, "exit with 1 when a file scores below this (0-100)")
	return cmd
}

type scoreResult struct {
	File string `json:"file"`
	lint.Score
	Findings int `json:"findings"`
}

// notScored is a file that is not a PR/FAQ, in the JSON output: its
// score is null.
type notScored struct {
	File      string `json:"file"`
	Score     *int   `json:"score"`
	NotScored string `json:"not_scored"`
}

func (a *app) runScore(files []string, format string, minScore int) error {
	var results []any
	skipped, below := 0, 0
	ws := a.workspace()
	defer bulkGC(len(files))()
	err := workspace.Run(files, func(file string) lintResult {
		return lintOne(ws, file)
	}, func(r lintResult) error {
		if r.err != nil {
			return r.err
		}
		if r.notPRFAQ != "" {
			skipped++
			results = append(results, notScored{File: r.file, NotScored: r.notPRFAQ})
			return nil
		}
		res := scoreResult{File: r.file, Score: lint.ScoreDocument(r.doc, r.findings), Findings: len(r.findings)}
		if res.Total < minScore {
			below++
		}
		results = append(results, res)
		return nil
	})
	if err != nil {
		return err
	}
	if format == "json" {
		enc := json.NewEncoder(a.env.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(results); err != nil {
			return err
		}
	} else {
		a.printScores(results)
	}
	if skipped > 0 {
		msg := fmt.Sprintf("%d of %d files not scored: no PR/FAQ found in them", skipped, len(results))
		if len(results) == 1 {
			msg = "not scored: no PR/FAQ found in the file"
		}
		return withHint(failed("%s", msg), "Run prfaq lint on the file to see why; leave files that are not PR/FAQs out of the run.")
	}
	if below > 0 {
		return withHint(failed("%d of %d files scored below %d", below, len(results), minScore), "The breakdown above shows what cost each one points; prfaq lint FILE lists the findings.")
	}
	return nil
}

func (a *app) printScores(results []any) {
	out := a.env.Stdout
	for i, res := range results {
		if i > 0 {
			fmt.Fprintln(out)
		}
		r, ok := res.(scoreResult)
		if !ok {
			n := res.(notScored)
			fmt.Fprintf(out, "%s: not scored: %s\n", n.File, n.NotScored)
			continue
		}
		fmt.Fprintf(out, "%s: %d/100 (%d findings)\n", r.File, r.Total, r.Findings)
		for _, c := range r.Categories {
			fmt.Fprintf(out, "  %-15s %2d/%d", c.Category, c.Score, c.Max)
			for j, l := range c.Lost {
				sep := ", "
				if j == 0 {
					sep = "   lost: "
				}
				fmt.Fprintf(out, "%s%s %.1f (%d)", sep, l.Rule, l.Points, l.Findings)
			}
			if len(c.Missing) > 0 {
				fmt.Fprintf(out, "   not earned without: %s", strings.Join(c.Missing, ", "))
			}
			fmt.Fprintln(out)
		}
		if cov := r.Coverage; cov != nil && cov.Found < cov.Asked {
			fmt.Fprintf(out, "  %-15s %2d/%d sections, the score counts %d%%: missing %s\n", "coverage", cov.Found, cov.Asked, cov.Cap, strings.Join(cov.Missing, ", "))
		}
	}
}
