package cli

import "github.com/spf13/cobra"

// Placeholder until the command is built.
func newWorkshopTimerCmd(a *app) *cobra.Command {
	return &cobra.Command{Use: "timer", Hidden: true}
}
