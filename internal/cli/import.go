package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/prfaq/prfaq/internal/mddoc"
	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/source"
	"github.com/prfaq/prfaq/internal/store"
	"github.com/prfaq/prfaq/internal/termtext"
	"github.com/prfaq/prfaq/internal/workspace"
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
		Use:   "import FILE.md...",
		Short: "Turn hand-written Markdown PR/FAQs into .prfaq.yaml documents",
		Long: `Read PR/FAQs written by hand in Markdown, find their parts from their shape
(headings, bold labels, Q/A pairs, numbered questions, quotes, the order and
words of their paragraphs) and write the structured documents.

Nothing is dropped: text that fits no section of the template, and sections
the template does not ask for, go to the appendix under headings that say
so. The report lists every run of lines and where it went, then what was
not found and what was guessed. HTML comments are not carried over.

The template comes from --template, else the front matter's template:,
else the template: of the lint configuration (.prfaq-lint.yaml), else
amazon. Each output is its FILE with the .md (or .prfaq.md, -prfaq.md)
ending replaced by .prfaq.yaml, or -o OUT for a single file; an existing
file is replaced only with --force. --dry-run prints the reports and
writes nothing.

Many files are read on every core. A file that cannot be imported is
named with its error, and the others are imported all the same.

docs/markdown.md lists the shapes prfaq reads and how to mark a section
when it guesses wrong.
` + exitStatus(
			"0    every file written (or, with --dry-run, read)",
		),
		Example: `  prfaq import tab-split.md
  prfaq import docs/tab-split.pr-faq.md --template mini -o tab-split.prfaq.yaml
  prfaq import tab-split.md --dry-run
  prfaq import docs/*.md`,
		Args: argsCheck(cobra.MinimumNArgs(1), "name one or more Markdown files, e.g. prfaq import tab-split.md"),
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			return []string{"md", "markdown"}, cobra.ShellCompDirectiveFilterFileExt
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runImport(args, opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.template, "template", "", "template to read the files with (default: the front matter's, else the lint configuration's, else amazon)")
	f.StringVarP(&opts.out, "out", "o", "", "file to write, for a single FILE (default: FILE with .prfaq.yaml for .md)")
	f.BoolVar(&opts.dryRun, "dry-run", false, "print what went where; write nothing")
	f.BoolVar(&opts.force, "force", false, "replace outputs that exist")
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

// importWorkers is how many files import reads and writes at once.
const importWorkers = 8

// imported is one file's import: its report, or why it failed.
type imported struct {
	file, out string
	report    []byte
	err       error
}

func (a *app) runImport(files []string, opts *importOptions) error {
	if len(files) > 1 && opts.out != "" {
		return withHint(usageError("-o names one output, and %d files were given", len(files)), "Leave -o out to write each beside its Markdown file, or import one file with -o.")
	}
	outs := make([]string, len(files))
	seen := map[string]string{}
	for i, file := range files {
		if workspace.FormatOf(file) != source.Markdown {
			return withHint(usageError("%s: not a Markdown file", file), "import reads .md files; a .prfaq.yaml document needs no import.")
		}
		outs[i] = opts.out
		if outs[i] == "" {
			outs[i] = importTarget(file)
		}
		if !workspace.IsDocumentName(filepath.Base(outs[i])) {
			return withHint(usageError("%s: the output must be named NAME.prfaq.yaml", outs[i]), "lint and render find documents by that name.")
		}
		key := filepath.Clean(a.path(outs[i]))
		if other, dup := seen[key]; dup {
			return withHint(usageError("%s and %s would both be imported to %s", other, file, outs[i]), "Import one of them with -o.")
		}
		seen[key] = file
	}
	ws := a.workspace()
	defer bulkGC(len(files))()
	indexes := make([]int, len(files))
	for i := range indexes {
		indexes[i] = i
	}
	failed := 0
	// Each file is written and made to reach the disk before the next:
	// more workers than cores keep the cores busy while others wait.
	err := workspace.RunOn(importWorkers, indexes, func(i int) imported {
		return a.importOne(ws, files[i], outs[i], opts)
	}, func(r imported) error {
		a.writeOutput(r.report)
		if r.err != nil {
			if len(files) == 1 {
				return r.err
			}
			a.printError(r.err)
			failed++
			return nil
		}
		if opts.dryRun {
			return nil
		}
		a.wrote(r.out)
		if len(files) == 1 {
			fmt.Fprintf(a.env.Stdout, "next: prfaq lint %s, then %s\n", termtext.Line(r.out), termtext.Line(renderNext(r.file, r.out)))
		}
		return nil
	})
	if err != nil {
		return err
	}
	if len(files) > 1 {
		done := len(files) - failed
		if !opts.dryRun {
			fmt.Fprintf(a.env.Stdout, "imported %d of %d files\n", done, len(files))
			if done > 0 {
				fmt.Fprintln(a.env.Stdout, "next: prfaq lint the .prfaq.yaml files, then prfaq render them (with --out for those beside their Markdown source)")
			}
		}
		if failed > 0 {
			return &exitError{code: ExitError, err: fmt.Errorf("%d of %d files could not be imported", failed, len(files))}
		}
	}
	return nil
}

// renderNext is the render command to suggest after importing file to
// out.
func renderNext(file, out string) string {
	render := "prfaq render " + out
	if filepath.Clean(strings.TrimSuffix(out, ".prfaq.yaml")+".md") == filepath.Clean(file) {
		// Rendering beside the source would meet the Markdown file it
		// came from, which render rightly refuses to replace.
		render += " --out rendered"
	}
	return render
}

// importOne reads one Markdown file, builds its document, checks that it
// reads back, and writes it unless this is a dry run. The report goes
// into the result, for the caller to print in the files' order.
func (a *app) importOne(ws *workspace.Workspace, file, out string, opts *importOptions) imported {
	r := imported{file: file, out: out}
	e, err := ws.Load(file, workspace.LoadOptions{Template: opts.template})
	switch {
	case err != nil:
		r.err = err
		return r
	case e.Err != nil:
		r.err = &exitError{code: ExitError, err: e.Err}
		return r
	case e.Broken():
		r.err = documentError(e)
		return r
	}
	res := e.Markdown
	doc, moved := mddoc.Import(res, ws.Now())
	enc, err := store.EncodeDocument(doc)
	if err != nil {
		r.err = err
		return r
	}
	// What import writes must read back as a document.
	if _, _, err := store.DecodeDocument(out, enc); err != nil {
		r.err = fmt.Errorf("the imported document does not read back (a bug in prfaq; please report it with the Markdown file): %w", err)
		return r
	}
	var report bytes.Buffer
	importReport(&report, file, out, res, moved)
	r.report = report.Bytes()
	if opts.dryRun {
		return r
	}
	target := a.path(out)
	enc = store.WithSchemaComment(filepath.Dir(target), enc)
	if opts.force {
		err = a.writes.WriteFile(target, enc, 0o644)
	} else {
		err = a.writes.WriteFileNew(target, enc, 0o644)
	}
	if errors.Is(err, fs.ErrExist) {
		r.err = withHint(&exitError{code: ExitError, err: fmt.Errorf("%s already exists", out)}, "Use --force to replace it, or -o to write elsewhere.")
	} else if err != nil {
		r.err = &exitError{code: ExitError, err: err}
	}
	return r
}

// importReport prints what went where, what was moved, what was not
// found, and the notes of the reading.
func importReport(w io.Writer, file, out string, res *mddoc.Result, moved []mddoc.Moved) {
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
