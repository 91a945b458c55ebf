package cli

import "github.com/spf13/cobra"

// Placeholder until the command is built.
func newWorkshopPacketCmd(a *app) *cobra.Command {
	return &cobra.Command{Use: "packet", Hidden: true}
}
