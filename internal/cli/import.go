package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/prfaq/prfaq/internal/mddoc"
	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/store"
)

type importOptions struct {
	template string
	out      string
	dryRun   bool
	force    bool
}

func newImportCmd(a *app) *cobra.Command {
	opts := &importOptions{}
	cmd := &cobra.Command{
		Use:   "import FILE.md",
		Short: "Turn a hand-written Markdown PR/FAQ into a .prfaq.yaml document",
		Long: `Read a PR/FAQ written by hand in Markdown, find its parts from its shape
(headings, bold labels, Q/A pairs, numbered questions, quotes, the order and
words of its paragraphs) and write the structured document.

Nothing is dropped: text that fits no section of the template, and sections
the template does not ask for, go to the appendix under headings that say
so. The report lists every run of lines and where it went, then what was
not found and what was guessed. HTML comments are not carried over.

The template comes from --template, else the front matter's template:,
else amazon. The output is FILE with its .md (or .prfaq.md, -prfaq.md)
ending replaced by .prfaq.yaml, or -o OUT; an existing file is replaced
only with --force. --dry-run prints the report and writes nothing.

docs/markdown.md lists the shapes prfaq reads and how to mark a section
when it guesses wrong.
` + exitStatus(
			"0    written (or, with --dry-run, read)",
		),
		Example: `  prfaq import tab-split.md
  prfaq import docs/tab-split.pr-faq.md --template mini -o tab-split.prfaq.yaml
  prfaq import tab-split.md --dry-run`,
		Args: argsCheck(cobra.ExactArgs(1), "name one Markdown file, e.g. prfaq import tab-split.md"),
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			return []string{"md", "markdown"}, cobra.ShellCompDirectiveFilterFileExt
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runImport(args[0], opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.template, "template", "", "template to read the file with (default: the front matter's, else amazon)")
	f.StringVarP(&opts.out, "out", "o", "", "file to write (default: FILE with .prfaq.yaml for .md)")
	f.BoolVar(&opts.dryRun, "dry-run", false, "print what went where; write nothing")
	f.BoolVar(&opts.force, "force", false, "replace OUT if it exists")
	_ = cmd.RegisterFlagCompletionFunc("template", a.completeTemplateNames)
	return cmd
}

// importTarget is where import writes by default: the Markdown file's
// name with its ending replaced.
func importTarget(file string) string {
	base := file
	lower := strings.ToLower(base)
	for _, ext := range []string{".prfaq.md", ".pr-faq.md", "-prfaq.md", "-pr-faq.md", "_prfaq.md", ".prfaq.markdown", ".md", ".markdown"} {
		if strings.HasSuffix(lower, ext) {
			base = base[:len(base)-len(ext)]
			break
		}
	}
	return base + ".prfaq.yaml"
}

func (a *app) runImport(file string, opts *importOptions) error {
	if !mddoc.IsMarkdown(file) {
		return withHint(usageError("%s: not a Markdown file", file), "import reads .md files; a .prfaq.yaml document needs no import.")
	}
	out := opts.out
	if out == "" {
		out = importTarget(file)
	}
	if !isDocumentName(filepath.Base(out)) {
		return withHint(usageError("%s: the output must be named NAME.prfaq.yaml", out), "lint and render find documents by that name.")
	}
	data, err := a.files.ReadFile(a.path(file), file)
	if err != nil {
		return &exitError{code: ExitError, err: err}
	}
	res, err := mddoc.Read(file, data, mddoc.Options{Templates: a.catalog().Load, Force: opts.template})
	if err != nil {
		return &exitError{code: ExitError, err: err}
	}
	if !res.Structured {
		return unstructured(file, res)
	}
	doc, moved := mddoc.Import(res, a.now())
	enc, err := store.EncodeDocument(doc)
	if err != nil {
		return err
	}
	// What import writes must read back as a document.
	if _, _, err := store.DecodeDocument(out, enc); err != nil {
		return fmt.Errorf("the imported document does not read back (a bug in prfaq; please report it with the Markdown file): %w", err)
	}
	a.importReport(file, out, res, moved)
	if opts.dryRun {
		return nil
	}
	target := a.path(out)
	if opts.force {
		err = store.WriteFile(target, enc, 0o644)
	} else {
		err = store.WriteFileNew(target, enc, 0o644)
	}
	if errors.Is(err, fs.ErrExist) {
		return withHint(&exitError{code: ExitError, err: fmt.Errorf("%s already exists", out)}, "Use --force to replace it, or -o to write elsewhere.")
	}
	if err != nil {
		return &exitError{code: ExitError, err: err}
	}
	render := "prfaq render " + out
	if filepath.Clean(strings.TrimSuffix(out, ".prfaq.yaml")+".md") == filepath.Clean(file) {
		// Rendering beside the source would meet the Markdown file it
		// came from, which render rightly refuses to replace.
		render += " --out rendered"
	}
	fmt.Fprintf(a.env.Stdout, "wrote %s\nnext: prfaq lint %s, then %s\n", out, out, render)
	return nil
}

// importReport prints what went where, what was moved, what was not
// found, and the notes of the reading.
func (a *app) importReport(file, out string, res *mddoc.Result, moved []mddoc.Moved) {
	w := a.env.Stdout
	fmt.Fprintf(w, "%s -> %s (template %s)\n\n", file, out, res.Template.Name)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, p := range res.Placed {
		lines := fmt.Sprintf("line %d", p.From)
		if p.To > p.From {
			lines = fmt.Sprintf("lines %d-%d", p.From, p.To)
		}
		path := p.Path
		switch {
		case path == "":
			path = "(structure)"
		case strings.HasPrefix(path, mddoc.Unplaced):
			path = "appendix (unplaced)"
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\n", lines, path, p.How)
	}
	tw.Flush()
	if len(moved) > 0 {
		fmt.Fprintln(w, "\nmoved:")
		for _, m := range moved {
			fmt.Fprintf(w, "  %s -> %s: %s\n", m.Path, m.To, m.Why)
		}
	}
	var missing []string
	for _, q := range res.Template.Questions {
		if !q.Required || !(strings.HasPrefix(q.ID, "press_release.") || strings.HasPrefix(q.ID, "customer.") || strings.HasPrefix(q.ID, "faq.")) || strings.HasPrefix(q.ID, "press_release.dateline.") {
			continue
		}
		if v, err := res.Doc.Get(q.ID); err == nil && prfaq.IsEmpty(v) {
			missing = append(missing, q.ID)
		}
	}
	if len(missing) > 0 {
		fmt.Fprintf(w, "\nnot found (fill in with prfaq edit %s --section ID):\n  %s\n", out, strings.Join(missing, ", "))
	}
	if len(res.Notes) > 0 {
		fmt.Fprintln(w, "\nnotes:")
		for _, n := range res.Notes {
			fmt.Fprintf(w, "  %s:%d:%d: %s\n", file, n.Line, n.Col, n.Msg)
		}
	}
	fmt.Fprintln(w)
}
