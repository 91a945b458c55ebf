package lint

import (
	"strings"

	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/source"
)

// markdownRequired reports the template's required sections a Markdown
// PR/FAQ lacks, in Markdown's words. A part missing as a whole (the
// press release, the FAQ, the customer questions) is one finding, not
// one per section.
func (c *checker) markdownRequired(q prfaq.Question) {
	id := q.ID
	part, _, _ := strings.Cut(id, ".")
	switch part {
	case "press_release", "faq":
		if !c.d.Has(part) {
			return // the note on the missing part speaks for it
		}
	case "customer":
		if !c.d.Has("customer") {
			if !c.customerReported {
				c.customerReported = true
				c.addRule("required-section", source.Pos{Line: 1, Col: 1}, "the customer questions are missing: template "+c.t.Name+" asks who the customer is, their problem, the benefit, the evidence and the experience")
			}
			return
		}
	case "sections":
	default:
		return // metadata such as product and title: front matter, not required
	}
	name := strings.ReplaceAll(strings.TrimSuffix(id[strings.LastIndexByte(id, '.')+1:], ".text"), "_", " ")
	msg := ""
	switch {
	case strings.HasSuffix(id, ".speaker"):
		msg = "the " + strings.ReplaceAll(strings.TrimSuffix(strings.TrimPrefix(id, "press_release."), ".speaker"), "_", " ") + " has no speaker: end it with \"said NAME, ROLE\""
	case strings.HasSuffix(id, ".text"):
		msg = "no " + strings.ReplaceAll(strings.TrimSuffix(strings.TrimPrefix(id, "press_release."), ".text"), "_", " ") + " found: a quoted paragraph with \"said NAME, ROLE\", or a heading such as ### Quote"
	case id == "press_release.headline":
		msg = "no headline found: write it as the first # heading"
	case id == "press_release.subheadline":
		msg = "no subheadline found: write it in italics on the line after the headline"
	default:
		msg = "no " + name + " section found (" + q.Prompt + "): head it ### " + strings.ToUpper(name[:1]) + name[1:]
	}
	c.addRule("required-section", c.posOf(id), msg)
}

// markdownHint is the hint for a rule's finding in a Markdown file, where
// the YAML's keys mean nothing.
func markdownHint(rule string) string {
	switch rule {
	case "required-section":
		return "Add the section under a heading of its name (docs/markdown.md lists the names prfaq reads)."
	case "dateline":
		return "Open the summary paragraph with the dateline: CITY, ST – Month D, YYYY – (a date ahead in future mode)."
	case "faq-min-entries":
		return "Add questions under ### External FAQ or ### Internal FAQ, as headings or bold lines ending in \"?\"."
	}
	return ""
}

// markdownSuppressions reads suppression comments in Markdown:
//
//	<!-- prfaq-lint disable weasel-words, buzzwords -->
//	...
//	<!-- prfaq-lint enable weasel-words -->
//
// silences the rules from the comment to the matching enable (or the end
// of the file); without rules, every rule. disable-next-line silences the
// next line with text, disable-file the whole file.
func (c *checker) markdownSuppressions(s *suppressions) {
	open := map[string]int{} // rule -> line of its disable
	last := len(c.lines)
	for i, line := range c.lines {
		j := strings.Index(line, "<!--")
		if j < 0 {
			continue
		}
		body := line[j+4:]
		k := strings.Index(body, "prfaq-lint")
		if k < 0 {
			continue
		}
		at := j + 4 + k + len("prfaq-lint")
		rest := line[at:]
		if end := strings.Index(rest, "-->"); end >= 0 {
			rest = rest[:end]
		}
		rest = strings.TrimLeft(rest, ": ")
		kind, list, _ := strings.Cut(strings.Replace(rest, "=", " ", 1), " ")
		rules := c.suppressedRules(s, i, line, list)
		switch strings.TrimSpace(kind) {
		case "disable":
			for _, r := range rules {
				if _, ok := open[r]; !ok {
					open[r] = i + 1
				}
			}
		case "enable":
			if len(rules) == 1 && rules[0] == "*" {
				rules = rules[:0]
				for r := range open {
					rules = append(rules, r)
				}
			}
			for _, r := range rules {
				if from, ok := open[r]; ok {
					s.spans = append(s.spans, lineSpan{from, i + 1, []string{r}})
					delete(open, r)
				}
			}
		case "disable-next-line":
			next := i + 2
			for next <= last && strings.TrimSpace(c.lines[next-1]) == "" {
				next++
			}
			s.spans = append(s.spans, lineSpan{i + 1, next, rules})
		case "disable-file":
			for _, r := range rules {
				s.file[r] = true
			}
		}
	}
	for r, from := range open {
		s.spans = append(s.spans, lineSpan{from, last, []string{r}})
	}
}

// suppressedRules reads a suppression's list of rule ids; an empty list
// is every rule ("*"). Unknown ids are findings.
func (c *checker) suppressedRules(s *suppressions, i int, line, list string) []string {
	var rules []string
	for _, r := range strings.FieldsFunc(list, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }) {
		if _, known := RuleByID(r); !known {
			s.unknown = append(s.unknown, c.unknownSuppressed(i, line, r, max(strings.Index(line, r), 0)))
			continue
		}
		rules = append(rules, r)
	}
	if len(rules) == 0 && strings.TrimSpace(list) == "" {
		rules = []string{"*"}
	}
	return rules
}
