package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/prfaq/prfaq/internal/store"
	"github.com/prfaq/prfaq/internal/termtext"
)

func newTemplatesShowCmd(a *app) *cobra.Command {
	var resolved bool
	cmd := &cobra.Command{
		Use:   "show NAME",
		Short: "Print a template's file",
		Long: `Print the YAML of the template file that wins the lookup for NAME, preceded
by a comment saying where it is. With --resolved, print the template as
prfaq uses it: what it extends merged in, in canonical form.
` + exitStatus("0    printed"),
		Example: `  prfaq templates show amazon
  prfaq templates show my-team --resolved`,
		Args:              argsCheck(cobra.ExactArgs(1), "name one template, e.g. prfaq templates show amazon (see prfaq templates list)"),
		ValidArgsFunction: a.completeTemplateNames,
		RunE: func(cmd *cobra.Command, args []string) error {
			c := a.catalog()
			// Load first: a broken template is reported, not printed.
			t, err := c.Load(args[0])
			if err != nil {
				return err
			}
			if resolved {
				out, err := store.EncodeTemplate(t)
				if err != nil {
					return err
				}
				fmt.Fprintf(a.env.Stdout, "# template %s %s, resolved from %s\n", termtext.Line(t.Name), termtext.Line(t.Version), termtext.Line(t.Source))
				return a.writeOutput(out)
			}
			data, entry, err := c.Source(args[0])
			if err != nil {
				return err
			}
			fmt.Fprintf(a.env.Stdout, "# %s\n", termtext.Line(entry.Path))
			return a.writeOutput(data)
		},
	}
	cmd.Flags().BoolVar(&resolved, "resolved", false, "print the template with what it extends merged in")
	return cmd
}
