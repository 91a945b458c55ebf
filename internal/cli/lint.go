package cli

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/prfaq/prfaq/internal/lint"
	"github.com/prfaq/prfaq/internal/lint/report"
	"github.com/prfaq/prfaq/internal/mddoc"
	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/source"
	"github.com/prfaq/prfaq/internal/store"
)

// LintConfigFile is the name of the lint configuration, looked up from each
// linted file's folder upwards; nearer files override farther ones.
const LintConfigFile = ".prfaq-lint.yaml"

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
` + exitStatus(
			"0    no finding at or above --fail-on (default error)",
			"1    findings at or above --fail-on",
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
	configs := newConfigCache()
	files, err := a.lintFiles(paths, configs)
	if err != nil {
		return err
	}
	findings, err := a.lintAll(files, configs)
	if err != nil {
		return err
	}
	findings = slices.DeleteFunc(findings, func(f lint.Finding) bool { return !keep(f.Rule) })
	if opts.baseline != "" {
		if findings, err = a.applyBaseline(a.path(opts.baseline), findings); err != nil {
			return err
		}
	}
	ro := report.Options{
		Color:       color,
		Tool:        "prfaq",
		ToolVersion: Version(),
		Rules:       ruleInfos(),
		Files:       files,
		// SARIF consumers require absolute help links: the rule pages in
		// the project's repository.
		InformationURI: "https://github.com/prfaq/prfaq",
		HelpBaseURI:    "https://github.com/prfaq/prfaq/blob/main/",
	}
	if err := report.Write(opts.format, a.env.Stdout, findings, ro); err != nil {
		return err
	}
	for _, f := range findings {
		if f.Severity >= failOn {
			return &exitError{code: ExitFailed, err: errSilent}
		}
	}
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

// lintFiles expands the paths into the files to lint, as the user named
// them, in a stable order.
func (a *app) lintFiles(paths []string, configs *configCache) ([]string, error) {
	var files []string
	seen := map[string]bool{}
	add := func(f string) {
		if !seen[f] {
			seen[f] = true
			files = append(files, f)
		}
	}
	for _, p := range paths {
		info, err := os.Stat(a.path(p))
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil, usageError("%s: no such file or folder", p)
			}
			return nil, fmt.Errorf("%s: %w", p, errors.Unwrap(err))
		}
		if !info.IsDir() {
			add(p)
			continue
		}
		found, err := a.walkForDocuments(p, configs)
		if err != nil {
			return nil, err
		}
		for _, f := range found {
			add(f)
		}
	}
	return files, nil
}

// walkForDocuments finds PR/FAQ documents under a folder, skipping what a
// repository does not hold as its own: .git, node_modules, vendor, history
// snapshots, and what .gitignore files ignore.
func (a *app) walkForDocuments(root string, configs *configCache) ([]string, error) {
	var out []string
	ignores := map[string]*gitignore{}
	err := filepath.WalkDir(a.path(root), func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if d != nil && d.IsDir() && p != a.path(root) {
				return fs.SkipDir // unreadable folder: nothing to lint there
			}
			return err
		}
		rel, _ := filepath.Rel(a.path(root), p)
		display := filepath.Join(root, rel)
		if root == "." {
			display = rel
		}
		name := d.Name()
		if d.IsDir() {
			if p != a.path(root) && (name == ".git" || name == "node_modules" || name == "vendor" || strings.HasSuffix(name, ".history") || isIgnored(ignores, p, true)) {
				return fs.SkipDir
			}
			ignores[p] = readGitignore(p)
			return nil
		}
		if isIgnored(ignores, p, false) {
			return nil
		}
		match := isDocumentName(name) || mddoc.IsMarkdownName(name)
		if !match && mddoc.IsMarkdown(name) {
			match = declaresPRFAQ(p)
		}
		if !match {
			// More patterns from the configuration in force here.
			cfg, err := configs.forDir(filepath.Dir(p), a)
			if err != nil {
				return err
			}
			for _, pattern := range cfg.Files {
				if ok, _ := filepath.Match(pattern, name); ok {
					match = true
					break
				}
			}
		}
		if match {
			out = append(out, display)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", root, err)
	}
	sort.Strings(out)
	return out, nil
}

// declaresPRFAQ reads the top of a Markdown file for front matter that
// declares a PR/FAQ; the first few kilobytes hold any front matter.
func declaresPRFAQ(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 4096)
	n, _ := io.ReadFull(f, head)
	return mddoc.Declares(head[:n])
}

func isDocumentName(name string) bool {
	return strings.HasSuffix(name, ".prfaq.yaml") || strings.HasSuffix(name, ".prfaq.yml")
}

// lintGCPercent is the garbage collector's pace while linting. Each file
// allocates about 150 kB that is garbage once it is linted, and only its
// findings stay, so the default pace (GOGC=100) collects often and frees
// little. At 400, linting 2,000 files took 15% less time (1.09 s against
// 1.28 s on two cores) and peaked at 68 MB instead of 42 MB
// (docs/performance.md). GOGC, when set, wins.
const lintGCPercent = 400

// lintAll lints files in parallel; results come back in file order.
func (a *app) lintAll(files []string, configs *configCache) ([]lint.Finding, error) {
	if _, set := os.LookupEnv("GOGC"); !set && len(files) > 1 {
		defer debug.SetGCPercent(debug.SetGCPercent(lintGCPercent))
	}
	results := make([][]lint.Finding, len(files))
	errs := make([]error, len(files))
	cat := a.catalog()
	templates := newTemplateCache(cat.Load)
	now := a.now()
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i], errs[i] = a.lintOne(files[i], templates, configs, now)
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	all := configs.problems()
	for i := range files {
		if errs[i] != nil {
			return nil, errs[i]
		}
		all = append(all, results[i]...)
	}
	sort.SliceStable(all, func(i, j int) bool { return lint.Less(all[i], all[j]) })
	return all, nil
}

func (a *app) lintOne(file string, templates *templateCache, configs *configCache, now time.Time) ([]lint.Finding, error) {
	src := a.path(file)
	data, err := a.files.ReadFile(src, file)
	if err != nil {
		var p *source.Problem
		if errors.Is(err, fs.ErrPermission) || errors.Is(err, fs.ErrNotExist) || errors.As(err, &p) && strings.Contains(p.Msg, "folder") {
			return nil, err
		}
		// Too large and the like: a finding, so one stray file does not
		// stop the whole run.
		return []lint.Finding{{Rule: "format", Severity: lint.Error, File: file, Line: 1, Col: 1, EndLine: 1, EndCol: 2, Message: strings.TrimPrefix(err.Error(), file+": ")}}, nil
	}
	cfg, err := configs.forDir(filepath.Dir(src), a)
	if err != nil {
		return nil, err
	}
	return lint.Lint(lint.Input{File: file, Source: data, Templates: templates.load, Config: cfg, Now: now}), nil
}

// templateCache loads each template once per run; loading is safe from
// several goroutines.
type templateCache struct {
	mu     sync.Mutex
	load0  func(string) (*prfaq.Template, error)
	byName map[string]templateResult
}

type templateResult struct {
	t   *prfaq.Template
	err error
}

func newTemplateCache(load func(string) (*prfaq.Template, error)) *templateCache {
	return &templateCache{load0: load, byName: map[string]templateResult{}}
}

func (c *templateCache) load(name string) (*prfaq.Template, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if r, ok := c.byName[name]; ok {
		return r.t, r.err
	}
	t, err := c.load0(name)
	c.byName[name] = templateResult{t, err}
	return t, err
}

// configCache reads each folder's configuration once per run, and keeps
// the problems found in configuration files to report them once.
type configCache struct {
	mu       sync.Mutex
	byDir    map[string]configResult
	findings []lint.Finding
}

type configResult struct {
	cfg *lint.Config
	err error
}

func newConfigCache() *configCache { return &configCache{byDir: map[string]configResult{}} }

func (c *configCache) problems() []lint.Finding {
	c.mu.Lock()
	defer c.mu.Unlock()
	return slices.Clone(c.findings)
}

// forDir is the configuration for documents in dir: the defaults, then
// every .prfaq-lint.yaml from the filesystem root down to dir.
func (c *configCache) forDir(dir string, a *app) (*lint.Config, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.forDirLocked(dir, a)
}

func (c *configCache) forDirLocked(dir string, a *app) (*lint.Config, error) {
	if r, ok := c.byDir[dir]; ok {
		return r.cfg, r.err
	}
	var base *lint.Config
	if parent := filepath.Dir(dir); parent != dir {
		cfg, err := c.forDirLocked(parent, a)
		if err != nil {
			return nil, err
		}
		base = cfg.Clone()
	} else {
		base = lint.DefaultConfig()
	}
	path := filepath.Join(dir, LintConfigFile)
	display := a.displayPath(path)
	data, err := a.files.ReadFile(path, display)
	switch {
	case err == nil && len(bytes.TrimSpace(data)) > 0:
		fc, pos, derr := store.DecodeLintConfig(display, data)
		if derr != nil && !strings.Contains(derr.Error(), "file is empty") {
			c.byDir[dir] = configResult{err: derr}
			return nil, derr
		}
		if derr == nil {
			c.findings = append(c.findings, base.Apply(display, fc, pos)...)
		}
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		c.byDir[dir] = configResult{err: err}
		return nil, err
	}
	c.byDir[dir] = configResult{cfg: base}
	return base, nil
}

// Baselines: a JSON list of finding fingerprints (file, rule and message,
// not the line, so edits above a finding do not make it new again).
type baselineEntry struct {
	File        string `json:"file"`
	Rule        string `json:"rule"`
	Fingerprint string `json:"fingerprint"`
}

func fingerprint(f lint.Finding) string {
	sum := sha256.Sum256([]byte(f.File + "\x00" + f.Rule + "\x00" + f.Message))
	return hex.EncodeToString(sum[:8])
}

func (a *app) applyBaseline(path string, findings []lint.Finding) ([]lint.Finding, error) {
	// Not through a.files: a baseline is prfaq's own output, and a large
	// repository's can pass the size limit meant for documents.
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		entries := make([]baselineEntry, 0, len(findings))
		for _, f := range findings {
			entries = append(entries, baselineEntry{f.File, f.Rule, fingerprint(f)})
		}
		out, _ := json.MarshalIndent(map[string]any{"version": 1, "findings": entries}, "", "  ")
		if err := store.WriteFile(path, append(out, '\n'), 0o644); err != nil {
			return nil, err
		}
		fmt.Fprintf(a.env.Stderr, "prfaq: recorded %d findings in the baseline %s; later runs report only new ones\n", len(findings), a.displayPath(path))
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("cannot read the baseline %s: %w", a.displayPath(path), errors.Unwrap(err))
	}
	var b struct {
		Findings []baselineEntry `json:"findings"`
	}
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, withHint(usageError("%s is not a prfaq baseline: %v", a.displayPath(path), err), "Delete it to record a new one.")
	}
	known := map[string]int{}
	for _, e := range b.Findings {
		known[e.Fingerprint]++
	}
	var fresh []lint.Finding
	for _, f := range findings {
		fp := fingerprint(f)
		if known[fp] > 0 {
			known[fp]--
			continue
		}
		fresh = append(fresh, f)
	}
	return fresh, nil
}
