package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/prfaq/prfaq/internal/diff"
	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/termtext"
)

type diffOptions struct {
	format   string
	color    string
	exitCode bool
}

func newDiffCmd(a *app) *cobra.Command {
	opts := &diffOptions{}
	cmd := &cobra.Command{
		Use:   "diff FILE [A [B]]",
		Short: "Show what changed between two versions of a PR/FAQ",
		Long: `Compare two versions of a PR/FAQ, section by section: first a summary
("problem: changed, 42 → 57 words; FAQ E3: added; headline: unchanged"),
then the word-level changes of each section that differs. FAQ entries are
matched by their ids, so moving an entry is not a change.

With no version, the last closed version is compared with the working copy;
with A, version A with the working copy; with A and B, A with B. "working"
names the working copy.

Formats: text (default; colour on a terminal unless NO_COLOR is set), md,
html (a printable redline page with insertions and deletions marked) and
json. As with git diff, the exit code is 0 whether or not the versions
differ, unless --exit-code is given.
` + exitStatus("0    compared", "1    with --exit-code: the versions differ"),
		Example: `  prfaq diff tab-split.prfaq.yaml
  prfaq diff tab-split.prfaq.yaml 1.0 1.2
  prfaq diff tab-split.prfaq.yaml 1.0 --format html > redline.html
  prfaq diff tab-split.prfaq.yaml --exit-code --format json`,
		Args:              argsCheck(cobra.RangeArgs(1, 3), "name a PR/FAQ file and up to two versions, e.g. prfaq diff tab-split.prfaq.yaml 1.0 1.2"),
		ValidArgsFunction: a.completeDiffArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runDiff(args, opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.format, "format", "text", "output format: text, md, html or json")
	f.StringVar(&opts.color, "color", "auto", "colour in text output: auto, always or never")
	f.BoolVar(&opts.exitCode, "exit-code", false, "exit 1 when the versions differ")
	return cmd
}

func (a *app) runDiff(args []string, opts *diffOptions) error {
	switch opts.format {
	case "text", "md", "html", "json":
	default:
		return withHint(usageError("unknown format %q", opts.format), "Use --format text, md, html or json.")
	}
	color, err := a.useColor(opts.color)
	if err != nil {
		return err
	}
	file := args[0]
	doc, _, err := a.files.ReadDocument(a.path(file), file)
	if err != nil {
		return err
	}
	from, to := "", "working"
	switch len(args) {
	case 1:
		if len(doc.History) == 0 {
			return withHint(usageError("%s has no closed version to compare with yet", file), "Close one with prfaq bump FILE -m \"...\"; then diff shows what changed since.")
		}
		from = doc.History[len(doc.History)-1].Version
	case 2:
		from = args[1]
	case 3:
		from, to = args[1], args[2]
	}
	_, fromDoc, err := a.versionData(file, from)
	if err != nil {
		return err
	}
	_, toDoc, err := a.versionData(file, to)
	if err != nil {
		return err
	}
	res := diff.Compare(fromDoc, toDoc, versionLabel(doc, fromDoc), versionLabel(doc, toDoc))

	var out []byte
	switch opts.format {
	case "text":
		out = diff.Text(res, color)
		moved, err := a.reactionsMoved(file, fromDoc, toDoc, doc)
		if err != nil {
			return err
		}
		out = append(out, moved...)
	case "md":
		out = diff.Markdown(res)
	case "html":
		out = diff.HTML(res, toDoc.Title)
	case "json":
		out = diff.JSON(res)
	}
	// The text format escapes the documents' text itself and colours
	// what it adds; every other format is escaped whole on a terminal.
	write := a.writeOutput
	if opts.format == "text" {
		write = func(b []byte) error { _, err := a.env.Stdout.Write(b); return err }
	}
	if err := write(out); err != nil {
		return err
	}
	if opts.exitCode && res.Changed() {
		return &exitError{code: ExitFailed, err: errSilent}
	}
	return nil
}

// versionLabel names a version for people: "1.2", or "2.0 (working copy)".
func versionLabel(current, v *prfaq.Document) string {
	if v == current || v.Version == current.Version {
		return v.Version + " (working copy)"
	}
	return v.Version
}

// useColor reads a --color flag: always, never, or auto for a terminal
// that wants colour.
func (a *app) useColor(flag string) (bool, error) {
	switch flag {
	case "always":
		return true, nil
	case "never":
		return false, nil
	case "auto":
		return a.colorTerminal(), nil
	}
	return false, withHint(usageError("unknown --color %q", flag), "Use --color auto, always or never.")
}

// colorTerminal reports whether standard output is a terminal that wants
// colour: NO_COLOR (no-color.org) turns it off.
func (a *app) colorTerminal() bool {
	if a.env.Getenv("NO_COLOR") != "" || a.env.Getenv("TERM") == "dumb" {
		return false
	}
	return a.isTerminal(a.env.Stdout)
}

// reactionsMoved is how the customers' reactions changed from one
// version to the other, for the text diff; nothing when no reaction was
// recorded for the document.
func (a *app) reactionsMoved(file string, from, to, current *prfaq.Document) ([]byte, error) {
	records, err := a.files.ReadFeedback(a.path(file), file)
	if err != nil || len(records) == 0 {
		return nil, err
	}
	tallies := prfaq.Tallies(records)
	before, after := tallies[from.Version], tallies[to.Version]
	var b strings.Builder
	fmt.Fprintf(&b, "\nCustomer reactions, %s → %s:\n", termtext.Line(versionLabel(current, from)), termtext.Line(versionLabel(current, to)))
	if before.Total() == 0 && after.Total() == 0 {
		b.WriteString("  none recorded for either version\n")
		return []byte(b.String()), nil
	}
	for _, r := range prfaq.Reactions() {
		was, is := before[r], after[r]
		if was == 0 && is == 0 {
			continue
		}
		change := ""
		if is != was {
			change = fmt.Sprintf("  (%+d)", is-was)
		}
		fmt.Fprintf(&b, "  %-12s %d → %d%s\n", r, was, is, change)
	}
	return []byte(b.String()), nil
}
