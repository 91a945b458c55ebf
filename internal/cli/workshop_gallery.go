package cli

import "github.com/spf13/cobra"

// Placeholder until the command is built.
func newWorkshopGalleryCmd(a *app) *cobra.Command {
	return &cobra.Command{Use: "gallery", Hidden: true}
}
