package cli

import (
	"github.com/spf13/cobra"
)

func newBumpCmd(a *app) *cobra.Command {
	r := revision{}
	cmd := &cobra.Command{
		Use:   "bump FILE -m MESSAGE",
		Short: "Close the current version of a PR/FAQ and start the next",
		Long: `Close the document's current version: keep an exact copy of the file as it
is now in NAME.history/VERSION.yaml (never rewritten afterwards), record the
version, date, status, author and message in the document's history, and
continue at the next version: 1.3 becomes 1.4, or 2.0 with --major.

The author is --author, else $PRFAQ_AUTHOR, else user.name from the git
configuration. Only the lines bump changes are rewritten: comments and
layout elsewhere in the file stay as they are. The NAME.md and NAME.html
that prfaq render wrote beside the document are rendered again, so they
show the new version.
` + exitStatus("0    version closed"),
		Example: `  prfaq bump tab-split.prfaq.yaml -m "Problem sized with the 2026 survey"
  prfaq bump tab-split.prfaq.yaml --major -m "Rewritten for small restaurants"`,
		Args:              argsCheck(cobra.ExactArgs(1), "name one PR/FAQ file, e.g. prfaq bump tab-split.prfaq.yaml -m \"what changed\""),
		ValidArgsFunction: completeDocuments,
		RunE: func(cmd *cobra.Command, args []string) error {
			r.file = args[0]
			return a.closeVersion(r)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&r.message, "message", "m", "", "what changed in this version (required)")
	f.BoolVar(&r.major, "major", false, "start the next major version (2.0 after 1.3)")
	f.StringVar(&r.author, "author", "", "who closes the version (default: $PRFAQ_AUTHOR or git's user.name)")
	return cmd
}
