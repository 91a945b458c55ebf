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

When the project sets an approval policy (approval: in .prfaq-lint.yaml,
e.g. min_excited: 3 and max_opposed: 0), "approved" is refused while the
customers' reactions to the current version (prfaq feedback) fall short,
and the message lists what is missing; --override REASON approves all
the same and records the reason in the history.
` + exitStatus("0    status recorded", "1    approval refused: the version falls short of the approval policy"),
		Example: `  prfaq status tab-split.prfaq.yaml in-review -m "Ready for the Tuesday review"
  prfaq status tab-split.prfaq.yaml parked -m "Waiting for the payments licence"
  prfaq status tab-split.prfaq.yaml launched -m "Live in all markets"
  prfaq status tab-split.prfaq.yaml approved -m "Go" --override "Panel cancelled; the VP read the interviews"`,
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
	f.StringVar(&r.override, "override", "", "approve a version that falls short of the approval policy; the reason is kept in the history")
	return cmd
}
