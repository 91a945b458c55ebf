package cli

import (
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/prfaq/prfaq/internal/termtext"
)

func newTemplatesListCmd(a *app) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the available templates and where each comes from",
		Long: `List every template name once, with the file that wins the lookup. A
template that overrides another of the same name says so; a broken one is
listed with its problem.
` + exitStatus("0    listed"),
		Example: `  prfaq templates list
  prfaq templates list --format json`,
		Args: argsCheck(cobra.NoArgs, "it takes no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return withHint(usageError("unknown format %q", format), "Use --format text or --format json.")
			}
			entries, err := a.catalog().List()
			if err != nil {
				return err
			}
			if format == "json" {
				type row struct {
					Name        string   `json:"name"`
					Version     string   `json:"version"`
					Description string   `json:"description"`
					Origin      string   `json:"origin"`
					Path        string   `json:"path"`
					Extends     string   `json:"extends,omitempty"`
					Overrides   []string `json:"overrides,omitempty"`
				}
				rows := make([]row, len(entries))
				for i, e := range entries {
					rows[i] = row{Name: e.Name, Version: e.Version, Description: e.Description, Origin: string(e.Origin), Path: e.Path, Extends: e.Extends}
					for _, o := range e.Overrides {
						rows[i].Overrides = append(rows[i].Overrides, string(o))
					}
				}
				enc := json.NewEncoder(a.env.Stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(rows)
			}
			w := tabwriter.NewWriter(a.env.Stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(w, "NAME\tVERSION\tFROM\tDESCRIPTION")
			for _, e := range entries {
				from := string(e.Origin)
				if len(e.Overrides) > 0 {
					var over []string
					for _, o := range e.Overrides {
						over = append(over, string(o))
					}
					from += " (overrides " + strings.Join(over, ", ") + ")"
				}
				desc := e.Description
				if e.Extends != "" {
					desc += " [extends " + e.Extends + "]"
				}
				// A template's name, version and description are its
				// author's text: shown escaped, one field a cell.
				fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", termtext.Line(e.Name), termtext.Line(e.Version), termtext.Line(from), termtext.Line(desc))
			}
			return w.Flush()
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output format: text or json")
	return cmd
}
