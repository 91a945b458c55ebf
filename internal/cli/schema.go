package cli

import (
	"fmt"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/prfaq/prfaq/internal/schema"
	"github.com/prfaq/prfaq/internal/store"
	"github.com/prfaq/prfaq/internal/termtext"
)

type schemaOptions struct {
	write bool
	dir   string
}

func newSchemaCmd(a *app) *cobra.Command {
	opts := &schemaOptions{}
	cmd := &cobra.Command{
		Use:   "schema [document|template|workshop|lint-config|needs]",
		Short: "Print the JSON Schema of PR/FAQ documents (or of templates, workshops, lint settings)",
		Long: `Print the JSON Schema (draft 2020-12) of the NAME.prfaq.yaml format, or with
an argument, of template files ("template"), workshop definitions
("workshop"), .prfaq-lint.yaml files ("lint-config") or a team's
.prfaq/needs.yaml ("needs").

--write saves the document schema as prfaq.schema.json in the current
folder (or --dir DIR), and in each NAME.history folder there, so that
editors with the YAML language server complete keys and check values as
you type, in documents and in their snapshots alike, with no network.
From then on the documents prfaq new and prfaq import write there start
with the line that points to it (add it to older documents by hand):

  # yaml-language-server: $schema=prfaq.schema.json

prfaq bump and prfaq status copy the folder's schema into a new
NAME.history folder. Run --write again after upgrading prfaq.
` + exitStatus("0    schema printed or written"),
		Example: `  prfaq schema --write
  prfaq schema --write --dir docs/prfaqs
  prfaq schema > prfaq.schema.json
  prfaq schema template > prfaq-template.schema.json
  prfaq schema workshop > prfaq-workshop.schema.json
  prfaq schema lint-config > prfaq-lint.schema.json
  prfaq schema needs > prfaq-needs.schema.json`,
		Args:      argsCheck(cobra.MatchAll(cobra.MaximumNArgs(1), cobra.OnlyValidArgs), "give no argument for the document schema, or one of template, workshop, lint-config, needs"),
		ValidArgs: []string{"document", "template", "workshop", "lint-config", "needs"},
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
				case "needs":
					out = schema.Needs()
				}
			}
			if cmd.Flags().Changed("dir") && !opts.write {
				return withHint(usageError("--dir says where --write saves the schema, and --write was not given"), "Add --write, e.g. prfaq schema --write --dir "+opts.dir+".")
			}
			if opts.write {
				if len(args) == 1 && args[0] != "document" {
					return withHint(usageError("--write saves the document schema, which documents point to; the %s schema is printed only", args[0]),
						fmt.Sprintf("Save it with prfaq schema %s > prfaq-%s.schema.json.", args[0], args[0]))
				}
				return a.writeSchema(opts.dir, out)
			}
			_, err := a.env.Stdout.Write(out)
			return err
		},
	}
	f := cmd.Flags()
	f.BoolVar(&opts.write, "write", false, "save the document schema as prfaq.schema.json where documents and their snapshots find it")
	f.StringVar(&opts.dir, "dir", ".", "the folder of documents --write saves the schema in")
	_ = cmd.MarkFlagDirname("dir")
	return cmd
}

// writeSchema saves the document schema in the folder dir and in each of
// its history folders, whose snapshots carry the same relative comment.
func (a *app) writeSchema(dir string, data []byte) error {
	root := a.path(dir)
	folders, err := store.HistoryFolders(root)
	if err != nil {
		return withHint(usageError("%s: cannot read the folder: %v", a.displayPath(root), err), "Name a folder of PR/FAQ documents with --dir.")
	}
	files := []store.File{{Path: filepath.Join(root, store.SchemaFile), Data: data, Perm: 0o644}}
	for _, f := range folders {
		files = append(files, store.File{Path: filepath.Join(f, store.SchemaFile), Data: data, Perm: 0o644})
	}
	if err := store.WriteFiles(files); err != nil {
		return err
	}
	a.wrote(a.displayPath(files[0].Path))
	if n := len(folders); n > 0 {
		fmt.Fprintf(a.env.Stdout, "wrote a copy in %s, for the snapshots\n", countOf(n, "history folder"))
	}
	where := "this folder"
	if d := a.displayPath(root); d != "." {
		where = termtext.Line(d)
	}
	fmt.Fprintf(a.env.Stdout, "documents prfaq writes in %s now start with: %s\n", where, store.SchemaComment)
	return nil
}
