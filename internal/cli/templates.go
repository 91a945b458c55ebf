package cli

import (
	"github.com/spf13/cobra"
)

func newTemplatesCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:     "templates",
		Aliases: []string{"template"},
		Short:   "List, show and create PR/FAQ templates",
		Long: `Templates decide which questions a PR/FAQ answers and how the press release
and FAQ are laid out. prfaq looks a template name up in three places, and
the first found wins:

  1. ` + ProjectTemplateDir + `/NAME.yaml in this folder or the nearest one above
     it (up to the top of a git checkout): the project's templates
  2. $XDG_CONFIG_HOME/prfaq/templates/NAME.yaml, or ~/.config/prfaq/templates
     when XDG_CONFIG_HOME is unset (%AppData%\prfaq\templates on Windows):
     your own templates
  3. the built-in templates: amazon, mini, internal, oss
` + exitStatus("0    success"),
		Example: `  prfaq templates list
  prfaq templates show mini
  prfaq templates new launch-review --from amazon`,
		Args: argsCheck(cobra.NoArgs, "use one of its commands: list, show or new"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return cmd.Help()
		},
	}
	cmd.AddCommand(newTemplatesListCmd(a), newTemplatesShowCmd(a), newTemplatesNewCmd(a))
	return cmd
}

// completeTemplateNames offers the available template names.
func (a *app) completeTemplateNames(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
	if len(args) > 0 {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	return a.catalog().Names(), cobra.ShellCompDirectiveNoFileComp
}
