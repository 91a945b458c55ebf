package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/prfaq/prfaq/internal/lint"
	"github.com/prfaq/prfaq/internal/lint/report"
	"github.com/prfaq/prfaq/internal/source"
	"github.com/prfaq/prfaq/internal/store"
	"github.com/prfaq/prfaq/internal/workspace"
)

type lintOptions struct {
	format   string
	failOn   string
	baseline string
	color    string
	only     []string
	disable  []string
}

func newLintCmd(a *app) *cobra.Command {
	opts := &lintOptions{}
	cmd := &cobra.Command{
		Use:   "lint [PATH...]",
		Short: "Check PR/FAQs against the method's writing rules",
		Long: `Check PR/FAQ documents against the Working Backwards writing rules: structure
(required sections, FAQ coverage), length (one-page press release, five-page
FAQ, long sentences and paragraphs), clarity (weasel words, buzzwords, hype,
acronyms, placeholders, readability, passive voice), evidence (dateline,
sourced numbers, no invented quotes after launch) and customer focus.

PATH is a file or a folder (default: the current folder). In folders, lint
finds *.prfaq.yaml files and Markdown PR/FAQs (*.prfaq.md, *.pr-faq.md,
*-prfaq.md, or any .md whose front matter has prfaq: or type: prfaq),
skipping .git, node_modules, vendor, history folders and what .gitignore
ignores. Files are checked in parallel; the output order is stable.
Markdown PR/FAQs are read by their shape: docs/markdown.md.

Configuration: .prfaq-lint.yaml, found from each file's folder upwards.
Suppress a finding with a comment on or above its line:
  # prfaq-lint: disable=weasel-words
or in Markdown, from a comment to its enable:
  <!-- prfaq-lint disable weasel-words --> ... <!-- prfaq-lint enable weasel-words -->
--only and --disable choose rules for one run, after the configuration:
--only passive-voice,weasel-words reports those rules alone (and files
that cannot be read); --disable acronym drops one. --baseline FILE records
today's findings the first time and reports only new ones afterwards.
prfaq rules lists the rules; docs/rules/ describes each.

A folder's Markdown files that nothing marks as PR/FAQs (NAME.prfaq.md,
front matter with prfaq:, the files: patterns) are left out, and a note
says how many and how to include them. When nothing is left to lint,
lint exits with 2: a silent pass would tell CI all is well.
` + exitStatus(
			"0    no finding at or above --fail-on (default error)",
			"1    findings at or above --fail-on",
			"2    bad usage, an unreadable file or configuration, or nothing to lint (no PR/FAQ found in the paths given)",
		),
		Example: `  prfaq lint
  prfaq lint docs/ --format sarif > prfaq.sarif
  prfaq lint tab-split.prfaq.yaml --fail-on warning
  prfaq lint --format github
  prfaq lint --baseline .prfaq-baseline.json
  prfaq lint --only passive-voice,weasel-words drafts/`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				args = []string{"."}
			}
			return a.runLint(args, opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.format, "format", "text", "output format: "+strings.Join(report.Formats(), ", "))
	f.StringVar(&opts.failOn, "fail-on", "error", "lowest severity that makes lint exit 1: error, warning or info")
	f.StringVar(&opts.baseline, "baseline", "", "file of accepted findings: created when missing, then only new findings are reported")
	f.StringVar(&opts.color, "color", "auto", "colour in text output: auto, always or never")
	f.StringSliceVar(&opts.only, "only", nil, "report only these rules (ids, comma-separated or repeated)")
	f.StringSliceVar(&opts.disable, "disable", nil, "do not report these rules (ids, comma-separated or repeated)")
	for _, name := range []string{"only", "disable"} {
		_ = cmd.RegisterFlagCompletionFunc(name, func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			return ruleCompletions(), cobra.ShellCompDirectiveNoFileComp
		})
	}
	_ = cmd.RegisterFlagCompletionFunc("format", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return report.Formats(), cobra.ShellCompDirectiveNoFileComp
	})
	_ = cmd.RegisterFlagCompletionFunc("fail-on", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return []string{"error", "warning", "info"}, cobra.ShellCompDirectiveNoFileComp
	})
	return cmd
}

func (a *app) runLint(paths []string, opts *lintOptions) error {
	failOn, err := lint.ParseSeverity(opts.failOn)
	if err != nil {
		return usageError("--fail-on: %v", err)
	}
	if !slices.Contains(report.Formats(), opts.format) {
		return withHint(usageError("unknown format %q", opts.format), "Use one of: "+strings.Join(report.Formats(), ", ")+".")
	}
	color, err := a.useColor(opts.color)
	if err != nil {
		return err
	}
	keep, err := ruleFilter(opts.only, opts.disable)
	if err != nil {
		return err
	}
	// --only names rules to report; one that is off by default
	// (passive-voice) is turned on for the run.
	ws := a.workspace(opts.only...)
	files, err := a.findDocuments(ws, paths)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		// A silent pass would tell CI that the PR/FAQs are fine.
		return withHint(usageError("nothing to lint: no PR/FAQ found in %s", strings.Join(paths, ", ")),
			"Name the files to lint, or folders holding NAME.prfaq.yaml or NAME.prfaq.md files (docs/lint.md says which files a folder walk reads).")
	}
	filter, err := a.lintFilter(keep, failOn, opts.baseline)
	if err != nil {
		return err
	}
	build := a.buildInfo()
	ro := report.Options{
		Color:               color,
		Tool:                "prfaq",
		ToolVersion:         build.toolVersion(),
		ToolSemanticVersion: build.semanticVersion(),
		ToolReleaseDate:     build.Date,
		Rules:               ruleInfos(),
		Files:               files,
		// SARIF consumers require absolute help links: the rule pages in
		// the project's repository.
		InformationURI: "https://github.com/prfaq/prfaq",
		HelpBaseURI:    "https://github.com/prfaq/prfaq/blob/main/",
	}
	out, err := report.NewStream(opts.format, a.env.Stdout, ro)
	if err != nil {
		return err
	}
	if err := a.lintStream(ws, files, filter, out); err != nil {
		// What was reported stays reported; the error says where the run
		// stopped.
		_ = out.Flush()
		return err
	}
	if err := filter.finish(a); err != nil {
		return err
	}
	if err := out.Close(); err != nil {
		return err
	}
	if filter.failed {
		return &exitError{code: ExitFailed, err: errSilent}
	}
	return nil
}

// lintStream lints files on every core and hands each file's findings to
// out as soon as it and the files before it are done, in the order
// lint.Less sorts findings, so memory does not grow with the number of
// files. Problems in configuration files take their place among them.
func (a *app) lintStream(ws *workspace.Workspace, files []string, filter *findingFilter, out report.Stream) error {
	defer bulkGC(len(files))()
	// Read every configuration first, so that their problems are known
	// before the first file that sorts after them is written, and a
	// broken one stops the run before anything is.
	for _, f := range files {
		if _, err := ws.Config(filepath.Dir(ws.Path(f))); err != nil {
			return err
		}
	}
	problems := ws.ConfigFindings()
	sort.SliceStable(problems, func(i, j int) bool { return lint.Less(problems[i], problems[j]) })
	flushProblems := func(before string, all bool) error {
		for len(problems) > 0 && (all || problems[0].File < before) {
			n := 1
			for n < len(problems) && problems[n].File == problems[0].File {
				n++
			}
			if err := out.File(problems[0].File, filter.apply(problems[:n])); err != nil {
				return err
			}
			problems = problems[n:]
		}
		return nil
	}
	order := slices.Clone(files)
	slices.Sort(order)
	err := workspace.Run(order, func(file string) lintResult {
		return lintOne(ws, file)
	}, func(r lintResult) error {
		if r.err != nil {
			return r.err
		}
		if err := flushProblems(r.file, false); err != nil {
			return err
		}
		return out.File(r.file, filter.apply(r.findings))
	})
	if err != nil {
		return err
	}
	return flushProblems("", true)
}

// findingFilter decides which findings lint reports, one at a time in
// the report's order: --only and --disable, then the baseline, which it
// records instead when the baseline file does not exist yet.
type findingFilter struct {
	keep   func(rule string) bool
	failOn lint.Severity
	// known is the baseline read back; record collects a new one, to
	// write at path.
	known  *lint.Baseline
	record *lint.BaselineRecorder
	path   string
	// failed is set once a reported finding is at or above failOn.
	failed bool
}

func (a *app) lintFilter(keep func(string) bool, failOn lint.Severity, baseline string) (*findingFilter, error) {
	f := &findingFilter{keep: keep, failOn: failOn}
	if baseline == "" {
		return f, nil
	}
	f.path = a.path(baseline)
	// Not through a.files: a baseline is prfaq's own output, and a large
	// repository's can pass the size limit meant for documents.
	data, err := os.ReadFile(f.path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		f.record = &lint.BaselineRecorder{}
	case err != nil:
		return nil, fmt.Errorf("cannot read the baseline %s: %w", a.displayPath(f.path), errors.Unwrap(err))
	default:
		if f.known, err = lint.ReadBaseline(data); err != nil {
			return nil, withHint(usageError("%s is not a prfaq baseline: %v", a.displayPath(f.path), err), "Delete it to record a new one.")
		}
	}
	return f, nil
}

// apply keeps the findings to report, in place.
func (f *findingFilter) apply(fs []lint.Finding) []lint.Finding {
	kept := fs[:0]
	for _, x := range fs {
		switch {
		case !f.keep(x.Rule):
		case f.record != nil:
			f.record.Add(x)
		case f.known != nil && !f.known.IsNew(x):
		default:
			if x.Severity >= f.failOn {
				f.failed = true
			}
			kept = append(kept, x)
		}
	}
	return kept
}

// finish writes a baseline that was being recorded.
func (f *findingFilter) finish(a *app) error {
	if f.record == nil {
		return nil
	}
	if err := store.WriteFile(f.path, f.record.Encode(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(a.env.Stderr, "prfaq: recorded %d findings in the baseline %s; later runs report only new ones\n", f.record.Len(), a.displayPath(f.path))
	return nil
}

// ruleFilter says which rules' findings lint reports, from --only and
// --disable. A file that cannot be read is reported under --only as well:
// its other rules were never checked.
func ruleFilter(only, disable []string) (func(rule string) bool, error) {
	for _, id := range slices.Concat(only, disable) {
		if _, err := findRule(id); err != nil {
			return nil, err
		}
	}
	return func(rule string) bool {
		if slices.Contains(disable, rule) {
			return false
		}
		return len(only) == 0 || slices.Contains(only, rule) || rule == "format"
	}, nil
}

func ruleInfos() []report.RuleInfo {
	var out []report.RuleInfo
	for _, r := range lint.Rules() {
		out = append(out, report.RuleInfo{ID: r.ID, Name: r.Name, Summary: r.Summary, Default: r.Default, HelpURI: r.DocPath()})
	}
	return out
}

// findDocuments expands the paths into the documents to read, as the user
// named them, in a stable order.
//
// Markdown files under a folder that nothing marks as PR/FAQs are left
// out; a note says how many, and how to include them, so that a folder
// of hand-written PR/FAQs does not pass lint unread.
func (a *app) findDocuments(ws *workspace.Workspace, paths []string) ([]string, error) {
	found, err := ws.FindAll(paths)
	var nf *workspace.NotFoundError
	if errors.As(err, &nf) {
		return nil, usageError("%s", nf.Error())
	}
	if err != nil {
		return nil, err
	}
	for _, u := range found.Unread {
		files := fmt.Sprintf("%d Markdown files were", len(u.Files))
		if len(u.Files) == 1 {
			files = "1 Markdown file was"
		}
		fmt.Fprintf(a.env.Stderr, "prfaq: note: %s: %s not read (%s): nothing marks them as PR/FAQs\n", u.Folder, files, exampleFiles(u.Files))
		fmt.Fprintf(a.env.Stderr, "  To read them, name them (%s), name them NAME.prfaq.md, start them with front matter saying prfaq: 1, or add files: [\"*.md\"] to %s.\n",
			"prfaq lint "+filepath.Join(u.Folder, "*.md"), filepath.Join(u.Folder, workspace.ConfigFile))
	}
	return found.Files, nil
}

// exampleFiles names the first files of a list, and how many more.
func exampleFiles(files []string) string {
	const shown = 2
	if len(files) <= shown {
		return strings.Join(files, ", ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(files[:shown], ", "), len(files)-shown)
}

// workspace reads documents for this run, with the templates and the
// lint configurations a user's project has.
// workspace reads documents for a command; enable turns on rules that
// are off by default.
func (a *app) workspace(enable ...string) *workspace.Workspace {
	ws := workspace.New(workspace.Options{Dir: a.env.Dir, Reader: a.files, Catalog: a.catalog(), Now: a.now(), Enable: enable})
	if a.onWorkspace != nil {
		a.onWorkspace(ws)
	}
	return ws
}

// bulkGCPercent is the garbage collector's pace while a command reads
// many documents. Each file allocates about 150 kB that is garbage once
// it is read and linted, and little of it stays, so the default pace
// (GOGC=100) collects often and frees little. At 400, linting 2,000 files
// took 15% less time, and the index of 2,000 documents 15% less
// (docs/performance.md). GOGC, when set, wins.
const bulkGCPercent = 400

// bulkGC sets the collector's pace for a run over n documents and
// returns what puts it back.
func bulkGC(n int) (restore func()) {
	if _, set := os.LookupEnv("GOGC"); set || n < 2 {
		return func() {}
	}
	old := debug.SetGCPercent(bulkGCPercent)
	return func() { debug.SetGCPercent(old) }
}

// lintResult is one file's findings, or what stops the run.
type lintResult struct {
	file     string
	findings []lint.Finding
	err      error
	// notPRFAQ says why a Markdown file was not read as a PR/FAQ, when
	// it was not: lint reports it as a finding; score gives no score.
	notPRFAQ string
	// doc is what was read, for the score.
	doc *source.Document
}

func lintOne(ws *workspace.Workspace, file string) lintResult {
	e, err := ws.Load(file, workspace.LoadOptions{})
	if err != nil {
		return lintResult{file: file, err: err}
	}
	if e.Unread && workspace.StopsRun(e.Err) {
		return lintResult{file: file, err: e.Err}
	}
	res := lintResult{file: file, findings: ws.Lint(e), doc: &e.Document}
	if e.Markdown != nil && !e.Markdown.Structured && len(e.Markdown.Notes) > 0 {
		res.notPRFAQ = e.Markdown.Notes[0].Msg
	}
	return res
}
