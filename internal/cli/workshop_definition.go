package cli

import (
	"github.com/spf13/cobra"

	"github.com/prfaq/prfaq/templates"
)

func newWorkshopDefinitionCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "definition",
		Short: "Print the built-in workshop definition, to copy and change",
		Long: `Print the built-in workshop definition: the agenda with its timeboxes,
the role cards, the rubric, the decision log and the guide's text. Save
it, change what you need, and pass the file to 'prfaq workshop kit
--workshop FILE' and 'prfaq workshop timer --agenda FILE'. A file may give
only the parts it changes (say, only agenda:); the rest comes from the
built-in definition. docs/workshops.md describes every key.
` + exitStatus("0    definition printed"),
		Example: `  prfaq workshop definition > my-workshop.yaml`,
		Args:    argsCheck(cobra.NoArgs, "it takes no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			data, err := templates.Workshops.ReadFile(builtinWorkshop)
			if err != nil {
				return err
			}
			_, err = a.env.Stdout.Write(data)
			return err
		},
	}
}
