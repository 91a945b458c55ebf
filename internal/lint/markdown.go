package lint

import (
	"strconv"
	"strings"

	"github.com/prfaq/prfaq/internal/prfaq"
)

// markdownRequired reports a required part a Markdown PR/FAQ lacks, as
// a reader of the document sees it: the press release's sections and
// the FAQ's lists, each once. What the template asks only of the
// wizard's documents is not asked of a hand-written one: the five
// customer questions are prompts that come before the press release, and
// a quote's role is part of its attribution's words. A part missing as
// a whole (the press release, the FAQ) is the reader's note, not one
// finding per section.
func (c *checker) markdownRequired(q prfaq.Question) {
	id := q.ID
	part, _, _ := strings.Cut(id, ".")
	switch part {
	case "press_release", "faq":
		if !c.d.Has(part) {
			return // the note on the missing part speaks for it
		}
	case "sections":
		title := strings.TrimPrefix(id, prfaq.SectionsPrefix)
		if s, ok := c.t.Section(title); ok {
			title = s.Title // the name its heading has
		}
		c.reportMissing(id, c.posOf(id), false, "no "+title+" section found ("+q.Prompt+"): head it ### "+title)
		return
	default:
		return // the customer questions, and metadata such as the product: not sections of a written document
	}
	if quote, ok := attributionOf(id); ok {
		// The quote is there (checkRequired saw to that): only a
		// speaker it does not name is worth saying.
		if strings.HasSuffix(id, ".speaker") {
			c.reportMissing(id, c.posOf(quote+".text"), true, "the "+markdownLabel(quote)+" names no speaker: end it with \"said NAME, ROLE\"")
		}
		return
	}
	at := c.posOf(id)
	// core reports a section the press release cannot do without: an
	// error, unless the reader gave some paragraphs their sections by
	// their order and words, when the section may be one of them read
	// as another: then the lesser finding, which says so.
	core := func(name, heading, what string) {
		if c.d.Guessed() {
			c.reportMissing(id, at, true, "no "+name+" found among the paragraphs read by their order and words: head it "+heading+" if one of them is; if not, write "+what)
			return
		}
		c.reportMissing(id, at, false, "no "+name+" found: "+what+", under "+heading)
	}
	switch id {
	case "press_release.headline":
		return // the reader's note on the missing headline speaks for it
	case "press_release.subheadline":
		if c.field("press_release.headline") == nil {
			return // nor is there a headline to stand under
		}
		c.reportMissing(id, at, true, "no subheadline found: one sentence in italics under the headline, on who the customer is and what they get")
	case "press_release.summary":
		core("summary paragraph", "### Summary", "the dateline and what is launched, for whom")
	case "press_release.problem":
		if c.problemElsewhere() {
			return
		}
		core("problem paragraph", "### Problem", "the customer's problem, sized with data, and how they cope today")
	case "press_release.current_solutions":
		// Most press releases fold today's alternatives into the
		// problem paragraph: a fair point, not a hole in the release.
		// With no problem paragraph, its finding says it all.
		if c.field("press_release.problem") == nil {
			return
		}
		// A note, not a charge, and only when neither the problem
		// paragraph nor the summary says how customers cope today.
		c.markMissing(id)
		if c.copingTold() {
			return
		}
		if sev, on := c.severity("required-section"); on {
			c.addAt("required-section", sev.below().below(), at, "no current solutions paragraph found: say how customers cope today and why that falls short, in the problem paragraph or under ### Current solutions", "")
		}
	case "press_release.solution":
		core("solution paragraph", "### Solution", "how the product solves the problem, as the customer experiences it")
	case "press_release.leader_quote.text":
		c.reportMissing(id, at, true, "no leader quote found: a company leader on why we built it, as a quoted paragraph ending \"said NAME, ROLE\"")
	case "press_release.customer_quote.text":
		c.reportMissing(id, at, true, "no customer quote found: a customer on the benefit they got, as a quoted paragraph ending \"said NAME, DESCRIPTION\"")
	case "press_release.getting_started", "press_release.call_to_action":
		// One paragraph often does both jobs ("Order at example.com;
		// it ships in two days"): either is enough, and neither is one
		// finding.
		const gs, cta = "press_release.getting_started", "press_release.call_to_action"
		if c.field(gs) != nil || c.field(cta) != nil || c.missing[gs] || c.missing[cta] {
			return
		}
		c.reportMissing(gs, at, true, "no getting started or call to action found: how a customer starts and where they go next, under ### Getting started")
		c.markMissing(cta)
	case "faq.internal":
		if q, i := c.stakeholderQuestion(); q != "" {
			if c.underOwnHeading(i) {
				// The team's questions have a heading of their own,
				// in the team's words ("So what's the catch?"): the
				// list is there, named otherwise, and not empty as
				// faq-min-entries would count it.
				c.markMissing(id)
				return
			}
			// One FAQ holding the team's questions too: the list is
			// there, unheaded.
			c.reportMissing(id, at, true, "no internal FAQ heading: questions such as "+quote(q)+" are the stakeholders'; put them under ## Internal FAQ")
			return
		}
		c.reportMissing(id, at, false, "no internal FAQ found: the questions stakeholders will ask (cost, risks, dependencies), under ## Internal FAQ")
	case "faq.external":
		// An FAQ with only internal questions is an internal tool's,
		// whose users ask them alongside its stakeholders: the method's
		// internal-tool variant.
	default:
		name := markdownLabel(id)
		c.reportMissing(id, at, false, "no "+name+" found ("+q.Prompt+")")
	}
}

// stakeholderWords mark a question the team's stakeholders ask, not its
// customers: the method's internal FAQ (economics, risks, dependencies,
// success).
var stakeholderWords = []string{"funded", "funding", "budget", "cost us", "costs us", "cost to run", "risk", "success", "metric", "measure", "margin", "revenue", "p&l", "headcount", "depend", "why now", "invest", "business case"}

// stakeholderQuestion is the first question of the external FAQ that a
// stakeholder asks, and its index, or "".
func (c *checker) stakeholderQuestion() (string, int) {
	for i, e := range c.doc.FAQ.External {
		lower := strings.ToLower(e.Question)
		for _, w := range stakeholderWords {
			if strings.Contains(lower, w) {
				return strings.TrimSpace(e.Question), i
			}
		}
	}
	return "", -1
}

// underOwnHeading reports whether the external FAQ's entry i sits under a
// heading that the FAQ's first question does not: a heading between them
// that ranks above the entry's own (a ## over ### questions, any heading
// over bold or numbered ones) starts a list of its own.
func (c *checker) underOwnHeading(i int) bool {
	if i <= 0 || c.lines == nil {
		return false
	}
	first := c.posOf("faq.external[0].question").Line
	at := c.posOf("faq.external[" + strconv.Itoa(i) + "].question").Line
	if first < 1 || at <= first || at > len(c.lines) {
		return false
	}
	own := headingLevel(c.lines[at-1])
	if own == 0 {
		own = 7 // not a heading: any heading ranks above it
	}
	for l := at - 1; l > first; l-- {
		if lv := headingLevel(c.lines[l-1]); lv > 0 && lv < own {
			return true
		}
	}
	return false
}

// headingLevel is the level of an ATX heading line, or 0.
func headingLevel(line string) int {
	line = strings.TrimLeft(line, " ")
	n := 0
	for n < len(line) && line[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n < len(line) && line[n] != ' ' && line[n] != '\t' {
		return 0
	}
	return n
}

// markdownLabel names a field as a reader of the document would: the
// press release's "leader quote", the FAQ's "internal" list.
func markdownLabel(path string) string {
	path = strings.TrimSuffix(path, ".text")
	path = path[strings.LastIndexByte(path, '.')+1:]
	return strings.ReplaceAll(path, "_", " ")
}

// markdownHint is the hint for a rule's finding in a Markdown file, where
// the YAML's keys mean nothing.
func markdownHint(rule string) string {
	switch rule {
	case "required-section":
		return "Add the section under a heading of its name (docs/markdown.md lists the names prfaq reads)."
	case "dateline":
		return "Open the summary paragraph with the dateline: CITY, ST – Month D, YYYY – (a date ahead in future mode). An open-source or developer-tool launch goes without one: say template: oss in the front matter."
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

// problemElsewhere reports whether a release without a problem paragraph
// states the problem in another one: a summary or solution may say it in
// passing, as short releases and open-source posts do. When the reader
// placed paragraphs by their order and words, a paragraph it took for
// current solutions, which says why today's way falls short, is the
// problem told from today's side.
func (c *checker) problemElsewhere() bool {
	for f := range c.fieldsIn("press_release") {
		switch {
		case f.quote || f.path == "press_release.headline" || f.path == "press_release.subheadline":
		case f.path == "press_release.current_solutions":
			if c.d.Guessed() && strings.TrimSpace(f.text) != "" {
				return true
			}
		case statesProblem(f.prose, f.sentences):
			return true
		}
	}
	return false
}

// copingTold reports whether the problem paragraph, or the summary, says
// how customers cope today.
func (c *checker) copingTold() bool {
	if f := c.field("press_release.problem"); f != nil && copesToday(f.prose, f.words, true) {
		return true
	}
	f := c.field("press_release.summary")
	return f != nil && copesToday(f.prose, f.words, false)
}
