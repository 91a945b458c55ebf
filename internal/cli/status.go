package cli

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/prfaq/prfaq/internal/prfaq"
)

func newStatusCmd(a *app) *cobra.Command {
	r := revision{}
	cmd := &cobra.Command{
		Use:   "status FILE STATUS -m WHY",
		Short: "Move a PR/FAQ through its review lifecycle",
		Long: `Record a decision about a PR/FAQ. The lifecycle is:

  draft -> in-review -> approved | rejected | parked
  approved -> launched
  rejected, parked -> draft (reopened)

Rejected and parked are normal outcomes of the method, recorded like any
other. A status change closes the current version as bump does: the
decision stays attached to the exact text it was made on, in
NAME.history/VERSION.yaml, and the document continues at the next version
with the new status; the NAME.md and NAME.html that prfaq render wrote
beside it are rendered again. "launched" also switches the document to launch mode
and records today as its launch date, and warns when the customer quote
was written before launch: it was imagined, and lint reports it until a
real customer's words replace it.
` + exitStatus("0    status recorded"),
		Example: `  prfaq status tab-split.prfaq.yaml in-review -m "Ready for the Tuesday review"
  prfaq status tab-split.prfaq.yaml parked -m "Waiting for the payments licence"
  prfaq status tab-split.prfaq.yaml launched -m "Live in all markets"`,
		Args: argsCheck(cobra.ExactArgs(2), "name a PR/FAQ file and a status, e.g. prfaq status tab-split.prfaq.yaml in-review -m \"why\""),
		ValidArgsFunction: func(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
			if len(args) == 0 {
				return completeDocuments(cmd, args, toComplete)
			}
			return statusNames(), cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			r.file = args[0]
			r.status = prfaq.Status(args[1])
			known := false
			var names []string
			for _, s := range prfaq.Statuses() {
				names = append(names, string(s))
				known = known || s == r.status
			}
			if !known {
				return usageError("unknown status %q: use one of %s", args[1], strings.Join(names, ", "))
			}
			return a.closeVersion(r)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&r.message, "message", "m", "", "why the status changes (required)")
	f.StringVar(&r.author, "author", "", "who decides (default: $PRFAQ_AUTHOR or git's user.name)")
	return cmd
}
