package cli

import (
	"github.com/spf13/cobra"

	"github.com/prfaq/prfaq/internal/schema"
)

func newSchemaCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "schema [document|template|workshop|lint-config]",
		Short: "Print the JSON Schema of PR/FAQ documents (or of templates, workshops, lint settings)",
		Long: `Print the JSON Schema (draft 2020-12) of the NAME.prfaq.yaml format, or with
an argument, of template files ("template"), workshop definitions
("workshop") or .prfaq-lint.yaml files ("lint-config").

Save it beside your documents and editors with the YAML language server
complete keys and check values as you type; documents prfaq writes start
with the line that points to it:

  # yaml-language-server: $schema=prfaq.schema.json
` + exitStatus("0    schema printed"),
		Example: `  prfaq schema > prfaq.schema.json
  prfaq schema template > prfaq-template.schema.json
  prfaq schema workshop > prfaq-workshop.schema.json
  prfaq schema lint-config > prfaq-lint.schema.json`,
		Args:      argsCheck(cobra.MatchAll(cobra.MaximumNArgs(1), cobra.OnlyValidArgs), "give no argument for the document schema, or one of template, workshop, lint-config"),
		ValidArgs: []string{"document", "template", "workshop", "lint-config"},
		RunE: func(cmd *cobra.Command, args []string) error {
			out := schema.Document()
			if len(args) == 1 {
				switch args[0] {
				case "template":
					out = schema.Template()
				case "workshop":
					out = schema.Workshop()
				case "lint-config":
					out = schema.LintConfig()
				}
			}
			_, err := a.env.Stdout.Write(out)
			return err
		},
	}
}
