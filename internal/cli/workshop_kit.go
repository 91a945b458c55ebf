package cli

import "github.com/spf13/cobra"

// Placeholder until the command is built.
func newWorkshopKitCmd(a *app) *cobra.Command {
	return &cobra.Command{Use: "kit", Hidden: true}
}
