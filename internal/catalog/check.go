package catalog

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/source"
)

// isManaged reports fields prfaq keeps itself; a question may not ask for
// them.
func isManaged(path string) bool {
	switch path {
	case "prfaq", "template", "template_version", "status", "version", "created", "updated":
		return true
	}
	return false
}

// kindsFor lists the question kinds that can fill a field of a given shape.
func kindsFor(s *prfaq.Spec) []string {
	switch s.Kind {
	case prfaq.ValueText, prfaq.ValueMarkdown:
		return []string{prfaq.KindLine, prfaq.KindParagraph, prfaq.KindChoice}
	case prfaq.ValueEnum:
		return []string{prfaq.KindChoice}
	case prfaq.ValueDate:
		return []string{prfaq.KindDate}
	case prfaq.ValueBool:
		return []string{prfaq.KindBool}
	case prfaq.ValueStringList:
		return []string{prfaq.KindList}
	case prfaq.ValueObjectList:
		return []string{prfaq.KindQA}
	}
	return nil
}

// checkOwn checks what one template file says on its own, so each problem
// can point at its line: question ids, conditions, layouts.
func (c *Catalog) checkOwn(file string, t *prfaq.Template, pos source.Positions) source.Problems {
	var ps source.Problems
	add := func(at string, format string, args ...any) {
		ps = append(ps, &source.Problem{File: file, Pos: pos[at], Msg: fmt.Sprintf(format, args...)})
	}
	seen := map[string]bool{}
	for i, q := range t.Questions {
		at := fmt.Sprintf("questions[%d]", i)
		if seen[q.ID] {
			add(at+".id", "question %s is listed twice: keep one", q.ID)
		}
		seen[q.ID] = true
		spec, ok := prfaq.LookupField(q.ID)
		switch {
		case !ok:
			add(at+".id", "question id %q is not a document field: use a field path such as press_release.problem, or sections.<id> for a custom section", q.ID)
			continue
		case isManaged(q.ID):
			add(at+".id", "question id %q is kept by prfaq itself and cannot be asked", q.ID)
			continue
		case spec.Kind == prfaq.ValueObject:
			add(at+".id", "%q is a group of fields: ask for each one, e.g. %s.%s", q.ID, q.ID, spec.Fields[0].Key)
			continue
		case len(kindsFor(spec)) == 0:
			add(at+".id", "%q is not a field a question can fill: use a field path such as press_release.problem, or sections.<id> for a custom section", q.ID)
			continue
		}
		if q.Kind != "" && !slices.Contains(kindsFor(spec), q.Kind) {
			add(at+".kind", "question %s cannot be of kind %s: its field takes %s", q.ID, q.Kind, strings.Join(kindsFor(spec), " or "))
		}
		if q.Kind == prfaq.KindChoice && len(q.Options) == 0 && spec.Kind != prfaq.ValueEnum {
			add(at+".kind", "question %s is a choice but lists no options: add options: [...]", q.ID)
		}
		if q.Default != "" && len(q.Options) > 0 && !slices.Contains(q.Options, q.Default) {
			add(at+".default", "default %q of question %s is not one of its options %s", q.Default, q.ID, strings.Join(q.Options, ", "))
		}
		if _, err := prfaq.ParseCondition(q.When); err != nil {
			p := pos[at+".when"]
			var ce *prfaq.ConditionError
			if errors.As(err, &ce) && p.Col > 0 {
				p.Col += ce.Col - 1
				err = errors.New(ce.Msg)
			}
			ps = append(ps, &source.Problem{File: file, Pos: p, Msg: fmt.Sprintf("when of question %s: %v", q.ID, err)})
		}
		ps = append(ps, checkLadder(file, q, pos, at)...)
	}
	for _, part := range []struct{ key, text string }{
		{prfaq.LayoutPressRelease, t.Layout.PressRelease},
		{prfaq.LayoutFAQ, t.Layout.FAQ},
	} {
		if part.text == "" || c.Layouts == nil {
			continue
		}
		if err := c.Layouts.CheckLayout(part.key, part.text); err != nil {
			p := pos["layout."+part.key]
			msg := err.Error()
			var le *prfaq.LayoutError
			if errors.As(err, &le) && le.Line > 0 && p.Line > 0 {
				p = source.Pos{Line: p.Line + le.Line - 1}
				msg = fmt.Sprintf("layout %s: %s", le.Part, le.Msg)
			}
			ps = append(ps, &source.Problem{File: file, Pos: p, Msg: msg})
		}
	}
	b := t.Budgets
	for _, l := range []struct {
		key   string
		limit prfaq.Limit
	}{{"press_release_words", b.PressReleaseWords}, {"faq_words", b.FAQWords}} {
		if l.limit.Warn > 0 && l.limit.Max > 0 && l.limit.Warn > l.limit.Max {
			add("budgets."+l.key+".warn", "budget %s: warn (%d) is above max (%d)", l.key, l.limit.Warn, l.limit.Max)
		}
	}
	return cleanLines(ps).Sort()
}

// cleanLines drops a line number of 0 so such problems print as file: msg.
func cleanLines(ps source.Problems) source.Problems {
	for _, p := range ps {
		if p.Line == 0 {
			p.Col = 0
		}
	}
	return ps
}

// checkMerged checks the template as a whole, after extends is applied.
func (c *Catalog) checkMerged(file string, t *prfaq.Template, pos source.Positions) source.Problems {
	var ps source.Problems
	add := func(format string, args ...any) {
		ps = append(ps, &source.Problem{File: file, Msg: fmt.Sprintf(format, args...)})
	}
	for _, q := range t.Questions {
		spec, ok := prfaq.LookupField(q.ID)
		if !ok {
			continue
		}
		if q.Prompt == "" {
			add("question %s has no prompt: add prompt: with the question to ask", q.ID)
		}
		if q.Kind == "" {
			add("question %s has no kind: add kind: (one of %s)", q.ID, strings.Join(kindsFor(spec), ", "))
		} else if !slices.Contains(kindsFor(spec), q.Kind) {
			add("question %s cannot be of kind %s: its field takes %s", q.ID, q.Kind, strings.Join(kindsFor(spec), " or "))
		}
		if id, ok := strings.CutPrefix(q.ID, prfaq.SectionsPrefix); ok {
			if _, declared := t.Section(id); !declared {
				add("question %s fills a custom section that is not declared: add it under sections: with id %s and a title", q.ID, id)
			}
		}
		if q.After != "" {
			if _, ok := t.Question(q.After); !ok {
				add("question %s comes after %s, which the template does not ask", q.ID, q.After)
			}
		}
	}
	if strings.TrimSpace(t.Layout.PressRelease) == "" {
		add("the template has no layout.press_release: add one, or extend a template that has one")
	}
	if strings.TrimSpace(t.Layout.FAQ) == "" {
		add("the template has no layout.faq: add one, or extend a template that has one")
	}
	if len(ps) == 0 && c.Layouts != nil {
		if err := c.Layouts.CheckTemplate(t); err != nil {
			p := &source.Problem{File: file, Msg: err.Error()}
			var le *prfaq.LayoutError
			// When this file holds the layout, point at the line in it.
			if errors.As(err, &le) && le.Line > 0 && pos["layout."+le.Part].Line > 0 {
				p.Pos = source.Pos{Line: pos["layout."+le.Part].Line + le.Line - 1}
				p.Msg = fmt.Sprintf("layout %s: %s", le.Part, le.Msg)
			}
			ps = append(ps, p)
		}
	}
	return ps
}

// checkRemove reports removals of things the parent does not have, which
// are usually a misspelt id.
func checkRemove(file string, parent, child *prfaq.Template, pos source.Positions) source.Problems {
	var ps source.Problems
	for i, id := range child.Remove {
		_, isQuestion := parent.Question(id)
		_, isSection := parent.Section(strings.TrimPrefix(id, prfaq.SectionsPrefix))
		if !isQuestion && !isSection {
			ps = append(ps, &source.Problem{File: file, Pos: pos[fmt.Sprintf("remove[%d]", i)], Msg: fmt.Sprintf("remove: %s is not a question or section of %s, so there is nothing to remove", id, parent.Name)})
		}
	}
	return ps
}

// checkLadder checks a question's why ladder: its rungs need a list field
// to live in and a prompt to be asked with.
func checkLadder(file string, q prfaq.Question, pos source.Positions, at string) source.Problems {
	l := q.Ladder
	if l == (prfaq.Ladder{}) {
		return nil
	}
	var ps source.Problems
	add := func(key, format string, args ...any) {
		p := pos[at+".ladder."+key]
		if p.Line == 0 {
			p = pos[at+".ladder"]
		}
		ps = append(ps, &source.Problem{File: file, Pos: p, Msg: fmt.Sprintf(format, args...)})
	}
	if spec, ok := prfaq.LookupField(l.ID); !ok || spec.Kind != prfaq.ValueStringList || isManaged(l.ID) {
		add("id", "ladder of question %s: id %q is not a list field of a PR/FAQ document: use customer.whys", q.ID, l.ID)
	}
	if l.Max < 0 {
		add("max", "ladder of question %s: max is %d: give the most rungs to ask, e.g. 5", q.ID, l.Max)
	}
	if strings.TrimSpace(l.Prompt) == "" {
		add("prompt", "ladder of question %s has no prompt: add one, e.g. prompt: Why does that matter to {customer}?", q.ID)
	}
	return ps
}
