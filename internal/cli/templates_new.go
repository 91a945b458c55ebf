package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"

	"github.com/spf13/cobra"

	"github.com/prfaq/prfaq/internal/catalog"
	"github.com/prfaq/prfaq/internal/store"
)

type templatesNewOptions struct {
	name   string
	from   string
	extend bool
	dir    string
}

func newTemplatesNewCmd(a *app) *cobra.Command {
	opts := &templatesNewOptions{}
	cmd := &cobra.Command{
		Use:   "new NAME",
		Short: "Start a custom template from an existing one",
		Long: `Write ` + ProjectTemplateDir + `/NAME.yaml, a copy of the template given by
--from (default amazon) renamed to NAME, ready to edit. With --extend, write
instead a short template that extends --from and holds only what you
change; it keeps up with later versions of the template it extends.

An existing file is never overwritten.
` + exitStatus("0    template written"),
		Example: `  prfaq templates new launch-review --from amazon
  prfaq templates new team-mini --from mini --extend
  prfaq templates new house-style --dir ~/.config/prfaq/templates   # yours, for every project`,
		Args: argsCheck(cobra.ExactArgs(1), "name the new template, e.g. prfaq templates new launch-review"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.name = args[0]
			return a.runTemplatesNew(opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.from, "from", catalog.DefaultTemplate, "template to start from")
	f.BoolVar(&opts.extend, "extend", false, "write a template that extends --from instead of a full copy")
	f.StringVar(&opts.dir, "dir", "", "folder to write the template in (default: the project's "+ProjectTemplateDir+", here or in a folder above)")
	_ = cmd.RegisterFlagCompletionFunc("from", a.completeTemplateNames)
	_ = cmd.MarkFlagDirname("dir")
	return cmd
}

var (
	nameLine    = regexp.MustCompile(`(?m)^name:.*$`)
	versionLine = regexp.MustCompile(`(?m)^version:.*$`)
)

func (a *app) runTemplatesNew(opts *templatesNewOptions) error {
	if !catalog.ValidName(opts.name) {
		return usageError("%q is not a template name: use lowercase letters, digits and dashes, starting with a letter", opts.name)
	}
	c := a.catalog()
	parent, err := c.Load(opts.from)
	if err != nil {
		return err
	}
	var data []byte
	if opts.extend {
		data = []byte(fmt.Sprintf(extendSkeleton, opts.name, parent.Name, parent.Version, opts.name, parent.Name, parent.Name))
	} else {
		src, _, err := c.Source(opts.from)
		if err != nil {
			return err
		}
		header := fmt.Sprintf("# Template %s, copied from %s %s by prfaq templates new.\n# Every key is described in docs/templates.md; check it with: prfaq templates show %s\n", opts.name, parent.Name, parent.Version, opts.name)
		body := nameLine.ReplaceAll(src, []byte("name: "+opts.name))
		body = versionLine.ReplaceAll(body, []byte(`version: "1.0"`))
		data = append([]byte(header), body...)
	}
	// By default the template goes where lookups will find it: the
	// project's template folder, here or above.
	dir := a.projectTemplateDir()
	if opts.dir != "" {
		dir = a.path(opts.dir)
	}
	target := filepath.Join(dir, opts.name+".yaml")
	if _, _, err := store.DecodeTemplate(target, data); err != nil {
		return fmt.Errorf("the new template would not load (please report this): %w", err)
	}
	if _, err := os.Stat(target); err == nil {
		return withHint(usageError("%s already exists", a.displayPath(target)), "Edit it, delete it first, or choose another name.")
	} else if !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("cannot check %s: %w", a.displayPath(target), errors.Unwrap(err))
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("cannot create %s: %w", a.displayPath(dir), errors.Unwrap(err))
	}
	if err := store.WriteFileNew(target, data, 0o644); err != nil {
		return err
	}
	a.wrote(a.displayPath(target))
	fmt.Fprintf(a.env.Stdout, "Edit it, then check it with: prfaq templates show %s\n", opts.name)
	return nil
}

const extendSkeleton = `# Template %s: builds on %s %s and holds only what differs. Keys you
# leave out are inherited. Every key is described in docs/templates.md.
name: %s
version: "1.0"
description: %s, adjusted for our team
extends: %s

# Tighter or looser budgets:
# budgets:
#   press_release_words: {warn: 600, max: 800}

# Change one part of an inherited question (matched by id), or add one:
# questions:
#   - id: press_release.problem
#     help: Name the team's metric this problem moves.
#   - id: sections.tenets
#     after: press_release.solution
#     group: Tenets
#     prompt: Which tenets guide the decisions in this PR/FAQ?
#     kind: paragraph
# sections:
#   - id: tenets
#     title: Tenets
#     part: appendix

# Drop inherited questions:
# remove: [press_release.dateline.outlet]
`
