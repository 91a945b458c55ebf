package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/prfaq/prfaq/internal/lint"
	"github.com/prfaq/prfaq/internal/store"
)

func newRulesCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "rules [RULE]",
		Short: "List the lint rules, or explain one",
		Long: `List every rule prfaq lint checks, by category, with its default severity
and what it looks for. With a rule id, explain that rule: what it looks
for, what to do about a finding, and how to turn it off.

Rule ids are what .prfaq-lint.yaml, suppression comments and lint's
--only and --disable take; docs/rules/ has a page for each.
` + exitStatus(
			"0    rules listed",
		),
		Example: `  prfaq rules
  prfaq rules passive-voice`,
		Args: argsCheck(cobra.MaximumNArgs(1), "give at most one rule id"),
		ValidArgsFunction: func(_ *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			return ruleCompletions(), cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return a.listRules()
			}
			r, err := findRule(args[0])
			if err != nil {
				return err
			}
			fmt.Fprintf(a.env.Stdout, "%s: %s\n", r.ID, r.Name)
			if !r.OnByDefault() {
				fmt.Fprintf(a.env.Stdout, "Category %s, off by default; %s when turned on.\n\n", r.Category, r.Default)
				fmt.Fprintf(a.env.Stdout, "%s\n\nWhat to do: %s\n\n", r.Summary, r.Hint)
				fmt.Fprintf(a.env.Stdout, "To turn it on for a folder, write in .prfaq-lint.yaml:\n  enable: [%s]\n", r.ID)
				fmt.Fprintf(a.env.Stdout, "for one run: prfaq lint --only %s\n\nMore: %s\n", r.ID, r.DocPath())
				return nil
			}
			fmt.Fprintf(a.env.Stdout, "Category %s, %s by default.\n\n", r.Category, r.Default)
			fmt.Fprintf(a.env.Stdout, "%s\n\nWhat to do: %s\n\n", r.Summary, r.Hint)
			fmt.Fprintf(a.env.Stdout, "To turn it off for a folder, write in .prfaq-lint.yaml:\n  disable: [%s]\n", r.ID)
			fmt.Fprintf(a.env.Stdout, "for one line, a comment on or above it:\n  # prfaq-lint: disable=%s\n", r.ID)
			fmt.Fprintf(a.env.Stdout, "for one run: prfaq lint --disable %s\n\nMore: %s\n", r.ID, r.DocPath())
			return nil
		},
	}
}

func (a *app) listRules() error {
	idWidth := 0
	for _, r := range lint.Rules() {
		idWidth = max(idWidth, len(r.ID))
	}
	var b strings.Builder
	for i, category := range []lint.Category{lint.Structure, lint.Clarity, lint.Evidence, lint.CustomerFocus} {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(strings.ToUpper(string(category[:1])) + string(category[1:]) + "\n")
		for _, r := range lint.Rules() {
			if r.Category == category {
				severity := r.Default.String()
				if !r.OnByDefault() {
					severity = "off"
				}
				fmt.Fprintf(&b, "  %-*s  %-7s  %s\n", idWidth, r.ID, severity, r.Name)
			}
		}
	}
	b.WriteString("\nprfaq rules RULE explains one; docs/rules/ has a page for each.\n")
	_, err := io.WriteString(a.env.Stdout, b.String())
	return err
}

// findRule is the rule with id, or an error that suggests the nearest.
func findRule(id string) (lint.Rule, error) {
	var ids []string
	for _, r := range lint.Rules() {
		if r.ID == id {
			return r, nil
		}
		ids = append(ids, r.ID)
	}
	err := usageError("unknown rule %s", store.QuoteName(id))
	if s := store.Closest(id, ids); s != "" {
		return lint.Rule{}, withHint(err, fmt.Sprintf("Did you mean %s? prfaq rules lists them all.", s))
	}
	return lint.Rule{}, withHint(err, "prfaq rules lists them all.")
}

// ruleCompletions offers each rule id with its name, for shells that show
// descriptions.
func ruleCompletions() []string {
	var out []string
	for _, r := range lint.Rules() {
		out = append(out, r.ID+"\t"+r.Name)
	}
	return out
}
