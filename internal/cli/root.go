package cli

import (
	"fmt"
	"runtime"
	"strings"

	"github.com/spf13/cobra"

	"github.com/prfaq/prfaq/internal/prfaq"
)

const runtimeGOOS = runtime.GOOS

func newRootCmd(a *app) *cobra.Command {
	root := &cobra.Command{
		Use:   "prfaq",
		Short: "Write, render and check Working Backwards PR/FAQ documents",
		Long: `prfaq works with Amazon-style Working Backwards documents: a press release
written before the product is built, and an FAQ. Each document is one
NAME.prfaq.yaml file; prfaq renders it to Markdown and to a printable HTML
page through a template (amazon, mini, internal, oss, or your own).

Environment:
  ` + MaxFileSizeEnv + `  largest file prfaq reads (default 5MB; e.g. 20MB)
  PRFAQ_AUTHOR         your name, for the history of versions you close
  ` + AccessibleEnv + `     1 for the wizard's plain-prompt mode (screen readers)
  SOURCE_DATE_EPOCH    fixed clock for reproducible outputs (Unix seconds)
  NO_COLOR             no colour in prfaq diff
` + exitStatus(
			"0    success",
			"1    the command ran and the answer is no (for example render --check found stale outputs)",
			"130  interrupted",
		),
		Example: `  prfaq render examples/prfaq.prfaq.yaml
  prfaq render --check examples/*.prfaq.yaml
  prfaq templates list
  prfaq schema > prfaq.schema.json`,
		Version:           a.buildInfo().String(),
		SilenceErrors:     true,
		SilenceUsage:      true,
		DisableAutoGenTag: true,
	}
	root.SetVersionTemplate("prfaq {{ .Version }}\n")
	root.SetIn(a.env.Stdin)
	root.SetOut(a.env.Stdout)
	root.SetErr(a.env.Stderr)
	root.PersistentPreRunE = func(cmd *cobra.Command, args []string) error {
		out := cmd.Flags().Lookup("out")
		a.hasOut = out != nil
		// "-" is standard output to most tools; prfaq writes files, and a
		// file or folder named "-" is never what was meant.
		if out != nil && out.Value.String() == "-" {
			return withHint(usageError("--out -: %s writes files, not to standard output, and does not make a file or folder named \"-\"", cmd.CommandPath()),
				"Name a folder or file, e.g. --out out (or --out ./- if a file named - is what you want).")
		}
		return nil
	}
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return withHint(usageError("%v", err), flagHint(cmd, err))
	})
	// cobra's own suggestions come as a paragraph with a TAB; Run gives
	// them as every other hint is given.
	root.DisableSuggestions = true
	root.AddCommand(
		newNewCmd(a),
		newEditCmd(a),
		newRenderCmd(a),
		newBumpCmd(a),
		newStatusCmd(a),
		newLogCmd(a),
		newShowCmd(a),
		newDiffCmd(a),
		newReportCmd(a),
		newFeedbackCmd(a),
		newLintCmd(a),
		newRulesCmd(a),
		newImportCmd(a),
		newScoreCmd(a),
		newReviewCmd(a),
		newSchemaCmd(a),
		newTemplatesCmd(a),
		newWorkshopCmd(a),
		newServeCmd(a),
		newIndexCmd(a),
		newVersionCmd(a),
	)
	addCompletionHelp(root)
	return root
}

// addCompletionHelp gives cobra's generated completion command the
// examples and exit status every other command has.
func addCompletionHelp(root *cobra.Command) {
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		if c.Name() != "completion" {
			continue
		}
		c.Example = `  prfaq completion bash > /etc/bash_completion.d/prfaq
  prfaq completion zsh > "${fpath[1]}/_prfaq"
  prfaq completion fish > ~/.config/fish/completions/prfaq.fish
  prfaq completion powershell | Out-String | Invoke-Expression`
		c.Long += "\n" + exitStatus("0    script printed")
		c.Args = argsCheck(cobra.NoArgs, "name a shell: bash, zsh, fish or powershell")
		// Runnable, so a shell it does not know is an error, not help.
		c.RunE = func(cmd *cobra.Command, args []string) error { return cmd.Help() }
		// cobra indents the shells' instructions with TABs, which the
		// terminal and the man page each widen their own way; every other
		// help indents with spaces.
		for _, shell := range c.Commands() {
			shell.Long = strings.ReplaceAll(shell.Long, "\t", "    ")
		}
	}
}

// argsCheck wraps cobra's argument checks so wrong arguments are a usage
// error that says what the command expects and points at its help.
func argsCheck(check cobra.PositionalArgs, expected string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := check(cmd, args); err != nil {
			name := strings.TrimPrefix(cmd.CommandPath(), cmd.Root().Name()+" ")
			return withHint(usageError("%s: %v: %s", name, err, expected), fmt.Sprintf("Run '%s --help' for usage.", cmd.CommandPath()))
		}
		return nil
	}
}

// completeDocuments offers PR/FAQ files to shell completion.
func completeDocuments(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return []string{"yaml", "yml"}, cobra.ShellCompDirectiveFilterFileExt
}

// fixedCompletions completes a flag from a fixed list of values.
func fixedCompletions(values ...string) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return values, cobra.ShellCompDirectiveNoFileComp
	}
}

// statusNames lists the lifecycle's statuses as documents write them.
func statusNames() []string {
	var names []string
	for _, s := range prfaq.Statuses() {
		names = append(names, string(s))
	}
	return names
}

// versionsOf lists a document's closed versions, oldest first, for shell
// completion; nothing when it cannot be read.
func (a *app) versionsOf(file string) []string {
	doc, _, err := a.files.ReadDocument(a.path(file), file)
	if err != nil {
		return nil
	}
	versions := make([]string, 0, len(doc.History))
	for _, r := range doc.History {
		versions = append(versions, r.Version)
	}
	return versions
}

// completeDiffArgs offers the document first, then its versions and
// "working".
func (a *app) completeDiffArgs(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
	if len(args) == 0 {
		return completeDocuments(cmd, args, toComplete)
	}
	if len(args) > 2 {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	return append(a.versionsOf(args[0]), "working"), cobra.ShellCompDirectiveNoFileComp
}

// completeVersionRef completes FILE@VERSION: files until an @ is typed,
// then that file's closed versions.
func (a *app) completeVersionRef(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
	if len(args) > 0 {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	at := strings.LastIndex(toComplete, "@")
	if at < 0 {
		return completeDocuments(cmd, args, toComplete)
	}
	file := toComplete[:at]
	var refs []string
	for _, v := range a.versionsOf(file) {
		refs = append(refs, file+"@"+v)
	}
	return refs, cobra.ShellCompDirectiveNoFileComp
}
