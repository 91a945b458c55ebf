package cli

import (
	"github.com/spf13/cobra"

	"github.com/prfaq/prfaq/internal/schema"
)

func newSchemaCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "schema [document|template]",
		Short: "Print the JSON Schema of PR/FAQ documents (or of templates)",
		Long: `Print the JSON Schema (draft 2020-12) of the NAME.prfaq.yaml format, or with
the argument "template", of template files.

Save it beside your documents and editors with the YAML language server
complete keys and check values as you type; documents prfaq writes start
with the line that points to it:

  # yaml-language-server: $schema=prfaq.schema.json
` + exitStatus("0    schema printed"),
		Example: `  prfaq schema > prfaq.schema.json
  prfaq schema template > prfaq-template.schema.json`,
		Args:      argsCheck(cobra.MatchAll(cobra.MaximumNArgs(1), cobra.OnlyValidArgs), "give no argument for the document schema, or \"template\" for the template schema"),
		ValidArgs: []string{"document", "template"},
		RunE: func(cmd *cobra.Command, args []string) error {
			out := schema.Document()
			if len(args) == 1 && args[0] == "template" {
				out = schema.Template()
			}
			_, err := a.env.Stdout.Write(out)
			return err
		},
	}
}
