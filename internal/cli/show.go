package cli

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/prfaq/prfaq/internal/catalog"
	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/render"
	"github.com/prfaq/prfaq/internal/source"
	"github.com/prfaq/prfaq/internal/store"
	"github.com/prfaq/prfaq/internal/workspace"
)

func newShowCmd(a *app) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "show FILE@VERSION",
		Short: "Print an old version of a PR/FAQ",
		Long: `Print the document as it was at VERSION, from its snapshot: the YAML as it
was written (default), or rendered to Markdown or HTML exactly as render
would have written it then. An old version is rendered with the template
it names; when that template has a newer version now, show says so.
` + exitStatus("0    printed"),
		Example: `  prfaq show tab-split.prfaq.yaml@1.0
  prfaq show tab-split.prfaq.yaml@1.2 --format html > tab-split-1.2.html`,
		Args:              argsCheck(cobra.ExactArgs(1), "name a file and a version, e.g. prfaq show tab-split.prfaq.yaml@1.0"),
		ValidArgsFunction: a.completeVersionRef,
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "yaml" && format != "md" && format != "html" {
				return withHint(usageError("unknown format %q", format), "Use --format yaml, md or html.")
			}
			file, version, ok := splitRef(args[0])
			if !ok {
				return withHint(usageError("%q names no version", args[0]), "Write FILE@VERSION, e.g. tab-split.prfaq.yaml@1.0; prfaq log FILE lists the versions.")
			}
			return a.runShow(file, version, format)
		},
	}
	cmd.Flags().StringVar(&format, "format", "yaml", "output format: yaml, md or html")
	return cmd
}

// splitRef splits FILE@VERSION at its last @.
func splitRef(ref string) (file, version string, ok bool) {
	i := strings.LastIndex(ref, "@")
	if i <= 0 || i == len(ref)-1 {
		return ref, "", false
	}
	return ref[:i], ref[i+1:], true
}

// versionData returns the bytes of a document at a version: a verified
// snapshot, or the file itself for its working version.
func (a *app) versionData(file, version string) ([]byte, *prfaq.Document, error) {
	src := a.path(file)
	data, err := a.files.ReadFile(src, file)
	if err != nil {
		return nil, nil, err
	}
	doc, _, err := store.DecodeDocument(file, data)
	if err != nil {
		return nil, nil, err
	}
	if version == doc.Version || version == "working" {
		return data, doc, nil
	}
	var known []string
	for _, rev := range doc.History {
		if rev.Version == version {
			snap, err := a.files.ReadSnapshot(src, rev)
			if err != nil {
				return nil, nil, fmt.Errorf("%s: %w", file, err)
			}
			old, _, err := store.DecodeDocument(rev.Snapshot, snap)
			if err != nil {
				return nil, nil, err
			}
			return snap, old, nil
		}
		known = append(known, rev.Version)
	}
	known = append(known, doc.Version+" (working copy)")
	slices.SortStableFunc(known, func(x, y string) int {
		return prfaq.CompareVersions(strings.Fields(x)[0], strings.Fields(y)[0])
	})
	return nil, nil, withHint(usageError("%s has no version %s", file, version), "Its versions are: "+strings.Join(known, ", ")+".")
}

func (a *app) runShow(file, version, format string) error {
	data, doc, err := a.versionData(file, version)
	if err != nil {
		return err
	}
	if format == "yaml" {
		return a.writeOutput(data)
	}
	out, err := a.renderOne(file, doc)
	if err != nil {
		return err
	}
	if format == "md" {
		return a.writeOutput(out.Markdown)
	}
	return a.writeOutput(out.HTML)
}

// renderOne renders one document read from file (or from one of its
// snapshots) with its template, and prints what the writer should know
// on standard error.
func (a *app) renderOne(file string, doc *prfaq.Document) (*render.Output, error) {
	out, notes, err := a.newRenderJob().render(file, doc, nil)
	for _, n := range notes {
		fmt.Fprintln(a.env.Stderr, n)
	}
	return out, err
}

// renderJob renders documents with templates loaded once and layouts
// parsed once per template, from any number of goroutines.
type renderJob struct {
	a         *app
	templates *workspace.Workspace
	renderer  *render.Renderer
}

func (a *app) newRenderJob() *renderJob {
	return &renderJob{a: a, templates: a.workspace(), renderer: render.New()}
}

// render renders a document read from file (or from one of its
// snapshots) with its template. It returns, rather than prints, the
// notes the writer should read (prfaq: note: ...), so that documents
// rendered in parallel report them in order. pos, when known, points
// problems at the document's lines.
func (j *renderJob) render(file string, doc *prfaq.Document, pos source.Positions) (*render.Output, []string, error) {
	var notes []string
	t, err := j.templates.Template(doc.Template)
	if err != nil {
		var nf *catalog.NotFoundError
		if errors.As(err, &nf) {
			return nil, nil, &source.Problem{File: file, Pos: pos["template"], Msg: nf.Error()}
		}
		return nil, nil, fmt.Errorf("%s: %w", file, err)
	}
	if doc.TemplateVersion != "" && doc.TemplateVersion != t.Version {
		notes = append(notes, fmt.Sprintf("prfaq: note: %s was written with template %s %s; rendering with %s %s", file, t.Name, doc.TemplateVersion, t.Name, t.Version))
	}
	out, err := j.renderer.Render(doc, t, render.Options{Source: file, Now: j.a.now()})
	if err != nil {
		return nil, notes, fmt.Errorf("%s: template %s (%s): %w", file, t.Name, t.Source, err)
	}
	for _, note := range out.Notes {
		notes = append(notes, fmt.Sprintf("prfaq: note: %s: %s", file, note))
	}
	return out, notes, nil
}
