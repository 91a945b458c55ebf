package cli

import "github.com/spf13/cobra"

// Placeholder until the command is built.
func newWorkshopDefinitionCmd(a *app) *cobra.Command {
	return &cobra.Command{Use: "definition", Hidden: true}
}
