package cli

import (
	"errors"
	"path/filepath"
	"slices"

	"github.com/spf13/cobra"

	"github.com/prfaq/prfaq/internal/gitrev"
	"github.com/prfaq/prfaq/internal/lint"
	"github.com/prfaq/prfaq/internal/prreport"
	"github.com/prfaq/prfaq/internal/workspace"
)

type reportOptions struct {
	base   string
	format string
}

func newReportCmd(a *app) *cobra.Command {
	opts := &reportOptions{}
	cmd := &cobra.Command{
		Use:   "report --base REF [PATH...]",
		Short: "Report what a pull request changes in its PR/FAQs, as one comment",
		Long: `Compare the PR/FAQs (YAML and Markdown, found as lint finds them in the
paths, "." by default) at the git revision REF with the working tree, and
write one Markdown comment for the pull request: a table of the documents
that changed, then for each its title, status and version change, the
score before and after with the categories that moved, the redline of the
sections that differ (as diff --format md writes it), the findings that
are new and those that were fixed. Findings are matched by rule and
message, not by line, so a paragraph that moved brings no new finding.
Documents added and removed are listed too.

REF is read through git (git must be installed, and the folder inside a
repository); the working tree and the index are left as they are. A
document that is only at REF counts as removed when it is named like a
PR/FAQ or declares one in its front matter.

The comment starts with the hidden line <!-- prfaq-report --> by which a
CI step finds and updates it, and stays under GitHub's 65,536-character
limit: long redlines and finding lists fold into <details>, and documents
past the limit are cut with a note. --format json writes the same report
for programs. docs/ci.md shows the workflow for GitHub and GitLab.
` + exitStatus("0    the report was written, whether or not anything changed",
			"2    bad usage; git not installed; not inside a git repository; REF is not a commit; a document or .prfaq-lint.yaml that cannot be read"),
		Example: `  prfaq report --base origin/main
  prfaq report --base origin/main docs/prfaqs > report.md
  prfaq report --base HEAD~1 --format json`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runReport(args, opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.base, "base", "", "git revision to compare with: a branch, tag or commit, e.g. origin/main")
	f.StringVar(&opts.format, "format", "md", "output format: md or json")
	return cmd
}

func (a *app) runReport(paths []string, opts *reportOptions) error {
	if opts.format != "md" && opts.format != "json" {
		return withHint(usageError("unknown format %q", opts.format), "Use --format md or --format json.")
	}
	if opts.base == "" {
		return withHint(usageError("no --base revision to compare with"), "Name one, e.g. prfaq report --base origin/main.")
	}
	if len(paths) == 0 {
		paths = []string{"."}
	}
	repo, err := gitrev.Open(a.env.Dir, a.env.Getenv("PATH"))
	switch {
	case errors.Is(err, gitrev.ErrNoGit):
		return withHint(usageError("report needs git: %v", err), "Install git, or add it to the PATH.")
	case errors.Is(err, gitrev.ErrNotRepository):
		return withHint(usageError("%s is not inside a git repository", a.env.Dir), "Run prfaq report in a clone of the repository that holds the PR/FAQs.")
	case err != nil:
		return err
	}
	commit, err := repo.Resolve(opts.base)
	if err != nil {
		return withHint(usageError("--base: %v", err), "Name a branch, tag or commit; in CI, fetch the base branch first (git fetch origin main).")
	}

	ws := a.workspace()
	working, err := a.findDocuments(ws, paths)
	if err != nil {
		return err
	}
	atBase, err := repo.Files(commit, paths)
	if err != nil {
		return usageError("%v", err)
	}
	inputs, err := a.reportInputs(ws, repo, commit, working, atBase)
	if err != nil {
		return err
	}
	r := prreport.Build(opts.base, inputs)
	if opts.format == "json" {
		return a.writeOutput(prreport.JSON(r))
	}
	return a.writeOutput(prreport.Markdown(r, prreport.MaxComment))
}

// reportInputs reads each document in the working tree and at the base
// commit. A file only at the base is a document when its name says so,
// or its front matter declares a PR/FAQ: the folder walk's tests, which
// can be asked of a file that is no longer on disk.
func (a *app) reportInputs(ws *workspace.Workspace, repo *gitrev.Repo, commit string, working, atBase []string) ([]prreport.Input, error) {
	inWorking := map[string]string{}
	for _, f := range working {
		inWorking[filepath.Clean(f)] = f
	}
	byFile := map[string]*prreport.Input{}
	var order []string
	input := func(f string) *prreport.Input {
		if in, ok := byFile[f]; ok {
			return in
		}
		in := &prreport.Input{File: f}
		byFile[f] = in
		order = append(order, f)
		return in
	}
	for _, f := range working {
		key := filepath.Clean(f)
		data, err := a.files.ReadFile(ws.Path(f), f)
		if err != nil {
			return nil, err
		}
		side, err := reportSide(ws, key, data)
		if err != nil {
			return nil, err
		}
		input(key).After = side
	}
	for _, f := range atBase {
		key := filepath.Clean(f)
		_, known := inWorking[key]
		// The name rules out most files before git is asked for them.
		if !known && !workspace.IsDocumentName(key) && !workspace.IsMarkdown(key) {
			continue
		}
		data, err := repo.Show(commit, key)
		if err != nil {
			return nil, usageError("%v", err)
		}
		if !known && workspace.IsMarkdown(key) && !workspace.IsMarkdownName(key) && !workspace.Declares(data) {
			continue
		}
		side, err := reportSide(ws, key, data)
		if err != nil {
			return nil, err
		}
		input(key).Before = side
	}
	slices.Sort(order)
	out := make([]prreport.Input, len(order))
	for i, f := range order {
		out[i] = *byFile[f]
	}
	return out, nil
}

// reportSide reads one version of a document, lints and scores it as
// prfaq lint and prfaq score do, with the configuration in force in the
// working tree, so both versions are judged by the same rules.
func reportSide(ws *workspace.Workspace, file string, data []byte) (*prreport.Side, error) {
	e, err := ws.LoadData(file, filepath.Dir(ws.Path(file)), data)
	if err != nil {
		return nil, err
	}
	side := &prreport.Side{Data: data, Doc: e.Doc}
	findings := ws.Lint(e)
	side.Findings = findings
	if err := e.Problem(); err != nil && e.Doc == nil {
		side.Problem = err.Error()
		return side, nil
	}
	if e.Markdown != nil && !e.Markdown.Structured && len(e.Markdown.Notes) > 0 {
		side.Problem = e.Markdown.Notes[0].Msg
		return side, nil
	}
	score := lint.ScoreDocument(&e.Document, findings)
	side.Score = &score
	return side, nil
}
