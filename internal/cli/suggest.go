package cli

import (
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/prfaq/prfaq/internal/catalog"
	"github.com/prfaq/prfaq/internal/store"
	"github.com/prfaq/prfaq/internal/wizard"
)

// A name typed nearly right (a flag, a command, a template, a section)
// gets the nearest known one in the message, found as misspelt keys in
// documents are (store.Closest), so a typo costs one look rather than a
// trip to the help.

// unknownFlag reads the flag pflag did not know from its error.
var unknownFlag = regexp.MustCompile(`^unknown flag: --(\S+)$`)

// flagHint is the hint for a flag error of cmd: the nearest flag to an
// unknown one, and where the usage is.
func flagHint(cmd *cobra.Command, err error) string {
	usage := fmt.Sprintf("Run '%s --help' for usage.", cmd.CommandPath())
	m := unknownFlag.FindStringSubmatch(err.Error())
	if m == nil {
		return usage
	}
	var names []string
	visit := func(f *pflag.Flag) {
		if !f.Hidden {
			names = append(names, f.Name)
		}
	}
	cmd.Flags().VisitAll(visit)
	cmd.InheritedFlags().VisitAll(visit)
	if s := store.Closest(m[1], names); s != "" {
		return fmt.Sprintf("Did you mean --%s? %s", s, usage)
	}
	return usage
}

// unknownCommand reads the command cobra did not know from its error.
var unknownCommand = regexp.MustCompile(`^unknown command "([^"]*)"`)

// commandHint is the hint for an unknown command of root.
func commandHint(root *cobra.Command, err error) string {
	help := "Run 'prfaq --help' for the list of commands."
	m := unknownCommand.FindStringSubmatch(err.Error())
	if m == nil {
		return help
	}
	var names []string
	for _, c := range root.Commands() {
		if c.IsAvailableCommand() {
			names = append(names, c.Name())
			names = append(names, c.Aliases...)
		}
	}
	if s := store.Closest(m[1], names); s != "" {
		return fmt.Sprintf("Did you mean %s? %s", s, help)
	}
	return help
}

// didYouMean adds the nearest known name to an error about an unknown
// template or section that has no hint yet.
func didYouMean(err error) error {
	var ee *exitError
	if errors.As(err, &ee) && ee.hint != "" {
		return err
	}
	var nf *catalog.NotFoundError
	if errors.As(err, &nf) {
		if s := store.Closest(nf.Name, nf.Available); s != "" {
			return withHint(err, fmt.Sprintf("Did you mean %s?", s))
		}
	}
	var us *wizard.UnknownSectionError
	if errors.As(err, &us) {
		if s := store.Closest(us.Section, us.Sections); s != "" {
			return withHint(err, fmt.Sprintf("Did you mean %s? prfaq templates show %s lists the questions.", s, us.Template))
		}
	}
	return err
}

// completeSections offers edit --section the sections of the document's
// template: its question ids and the groups above them. After a comma it
// completes the next id of the list.
func (a *app) completeSections(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
	if len(args) == 0 {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	doc, _, err := a.files.ReadDocument(a.path(args[0]), args[0])
	if err != nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	t, err := a.catalog().Load(doc.Template)
	if err != nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	done := ""
	if i := strings.LastIndex(toComplete, ","); i >= 0 {
		done = toComplete[:i+1]
	}
	var out []string
	for _, id := range wizard.SectionIDs(t) {
		out = append(out, done+id)
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}
