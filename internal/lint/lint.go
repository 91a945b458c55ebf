package lint

import (
	"errors"
	"fmt"
	"iter"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/source"
	"github.com/prfaq/prfaq/internal/textstat"
)

// Lint checks one document, as its reader found it, with a configuration
// (nil: the defaults) and a clock (for rules about dates), and returns its
// findings, sorted.
func Lint(d *source.Document, cfg *Config, now time.Time) []Finding {
	findings, _ := lint(d, cfg, now, false)
	return findings
}

// Summary is what lint finds in one document and how long its parts are.
type Summary struct {
	Findings []Finding
	// Words counts the words of each part (press_release, faq, customer,
	// appendix) as the length rules count them; nil when the document
	// could not be read.
	Words map[string]int
}

// Summarize lints one document and also counts the words of its parts,
// for reports that set them against the template's budgets.
func Summarize(d *source.Document, cfg *Config, now time.Time) Summary {
	findings, words := lint(d, cfg, now, true)
	return Summary{Findings: findings, Words: words}
}

func lint(d *source.Document, cfg *Config, now time.Time, count bool) ([]Finding, map[string]int) {
	if d.Unread {
		// The file was never read: one finding says why, so one stray
		// file does not stop a run over a folder.
		return []Finding{{Rule: "format", Severity: Error, File: d.File, Line: 1, Col: 1, EndLine: 1, EndCol: 2, Message: strings.TrimPrefix(d.Err.Error(), d.File+": ")}}, nil
	}
	c := &checker{d: d, cfg: cfg, now: now, lines: d.Lines, markdown: d.Format == source.Markdown}
	if c.cfg == nil {
		c.cfg = DefaultConfig()
	}
	for _, n := range d.Notes {
		sev := Info
		switch n.Severity {
		case source.Warning:
			sev = Warning
		case source.Error:
			sev = Error
		}
		if configured, ok := c.cfg.severities["markdown-structure"]; ok {
			sev = configured
		}
		c.addAt("markdown-structure", sev, source.Pos{Line: n.Line, Col: n.Col}, n.Msg, n.Hint)
	}
	if d.Err != nil {
		c.formatProblems(d.Err)
		return c.finish(), nil
	}
	if d.Doc == nil || d.Template == nil {
		return c.finish(), nil
	}
	c.doc, c.pos = d.Doc, d.Pos
	findings := c.run(d.Template)
	if !count {
		return findings, nil
	}
	return findings, c.countWords()
}

func (c *checker) countWords() map[string]int {
	words := map[string]int{}
	for _, part := range []string{"press_release", "faq", "customer", "appendix"} {
		words[part] = c.wordCount(part)
	}
	return words
}

// run lints the decoded document with its template.
func (c *checker) run(t *prfaq.Template) []Finding {
	c.t = t
	c.cfg = c.cfg.forTemplate(t)
	c.collectFields()
	for _, check := range checks() {
		check(c)
	}
	return c.finish()
}

// checks lists the rule implementations in the order they run.
func checks() []func(*checker) {
	return []func(*checker){
		checkRequired, checkFAQ, checkLength, checkFieldBudgets, checkHeadlines, checkSentences,
		checkWords, checkAcronyms, checkPlaceholders, checkReadability,
		checkDateline, checkQuotes, checkProblem, checkCustomerFocus,
		checkPlaceholderNames, checkFAQReferences, checkFAQNearDuplicates, checkQuoteExperience,
		checkProblemEvidence, checkProblemImpact, checkCustomerQuestions, checkApprovalPolicy, checkNeeds, checkChoices,
	}
}

type checker struct {
	d        *source.Document
	now      time.Time
	cfg      *Config
	doc      *prfaq.Document
	pos      source.Positions
	t        *prfaq.Template
	lines    []string
	fields   []*field
	findings []Finding
	// markdown is true for a Markdown PR/FAQ, whose hints and
	// suppression comments differ from YAML's.
	markdown bool
	// missing holds the required fields required-section reported
	// empty, so that another rule does not report the same gap again.
	missing map[string]bool
}

// field is one piece of prose in the document, with what the rules need
// to know about it, computed once.
type field struct {
	path       string
	label      string
	part       string // press_release, faq, customer, appendix
	text       string
	located    source.Text // the text, as the document's locator takes it
	prose      string
	words      []textstat.Word
	sentences  []textstat.Sentence
	paragraphs []textstat.Paragraph
	matches    []textstat.ListMatch // of the configuration's phrase lists
	pos        source.Pos           // where the text starts (block scalars: first content line, col 0)
	quote      bool                 // a quote's text
	// counts holds, per rule, how many findings the field has had: past
	// maxListed, they are counted, not located or listed.
	counts map[string]*ruleCount
}

type ruleCount struct {
	listed, unlisted int
	sev              Severity
}

// maxListed is how many findings of one rule one field lists. A reader
// fixes a few and sees the pattern; thousands in one paragraph say no
// more than a hundred do, and placing each costs time that grows with the
// paragraph, so a pasted 300,000-word paragraph would take minutes. The
// rest are counted in one finding.
const maxListed = 100

func (c *checker) collectFields() {
	d := c.doc
	// The fields are listed first and analysed after, so that one
	// Analyzer sized for all the text, and one array of fields, serve the
	// whole document.
	n := 16 + len(c.t.Sections) + 2*(len(d.FAQ.External)+len(d.FAQ.Internal))
	fields := make([]field, 0, n)
	size := 0
	add := func(path, label, part, text string, quote bool) {
		if strings.TrimSpace(text) == "" {
			return
		}
		fields = append(fields, field{path: path, label: label, part: part, text: text, pos: c.pos[path], quote: quote, located: source.Text{Path: path, Value: text}})
		size += len(text)
	}
	cq := d.Customer
	add("customer.who", "customer", "customer", cq.Who, false)
	add("customer.problem", "customer problem", "customer", cq.Problem, false)
	for i, why := range cq.Whys {
		add("customer.whys["+strconv.Itoa(i)+"]", "why ladder", "customer", why, false)
	}
	add("customer.benefit", "customer benefit", "customer", cq.Benefit, false)
	add("customer.evidence", "evidence", "customer", cq.Evidence, false)
	add("customer.experience", "customer experience", "customer", cq.Experience, false)
	pr := d.PressRelease
	add("press_release.headline", "headline", "press_release", pr.Headline, false)
	add("press_release.subheadline", "subheadline", "press_release", pr.Subheadline, false)
	add("press_release.summary", "summary", "press_release", pr.Summary, false)
	add("press_release.problem", "problem", "press_release", pr.Problem, false)
	add("press_release.current_solutions", "current solutions", "press_release", pr.CurrentSolutions, false)
	add("press_release.solution", "solution", "press_release", pr.Solution, false)
	add("press_release.leader_quote.text", "leader quote", "press_release", pr.LeaderQuote.Text, true)
	add("press_release.getting_started", "getting started", "press_release", pr.GettingStarted, false)
	add("press_release.customer_quote.text", "customer quote", "press_release", pr.CustomerQuote.Text, true)
	add("press_release.call_to_action", "call to action", "press_release", pr.CallToAction, false)
	for _, s := range c.t.Sections {
		part := s.Part
		if part == "" {
			part = "appendix"
		}
		add(prfaq.SectionsPrefix+s.ID, s.Title, part, d.Sections[s.ID], false)
	}
	for i, e := range d.FAQ.External {
		n, label := strconv.Itoa(i), "FAQ "+e.ID
		add("faq.external["+n+"].question", label, "faq", e.Question, false)
		add("faq.external["+n+"].answer", label, "faq", e.Answer, false)
	}
	for i, e := range d.FAQ.Internal {
		n, label := strconv.Itoa(i), "FAQ "+e.ID
		add("faq.internal["+n+"].question", label, "faq", e.Question, false)
		add("faq.internal["+n+"].answer", label, "faq", e.Answer, false)
	}
	add("appendix", "appendix", "appendix", d.Appendix, false)

	a := textstat.NewAnalyzer(size)
	// The phrase lists' matches, like the analysis, share one array.
	matches := make([]textstat.ListMatch, 0, size/128)
	c.fields = make([]*field, len(fields))
	for i := range fields {
		f := &fields[i]
		t := a.Analyze(f.text)
		f.prose, f.words, f.sentences, f.paragraphs = t.Prose, t.Words, t.Sentences, t.Paragraphs
		n := len(matches)
		matches = c.cfg.lists.AppendFind(matches, f.prose, f.words)
		f.matches = matches[n:len(matches):len(matches)]
		c.fields[i] = f
	}
}

// found yields the field's matches of one of the configuration's phrase
// lists.
func (f *field) found(list int) iter.Seq[textstat.Match] {
	return func(yield func(textstat.Match) bool) {
		for _, m := range f.matches {
			if m.List == list && !yield(m.Match) {
				return
			}
		}
	}
}

// fieldsIn yields the fields of one part of the document.
func (c *checker) fieldsIn(part string) iter.Seq[*field] {
	return func(yield func(*field) bool) {
		for _, f := range c.fields {
			if f.part == part && !yield(f) {
				return
			}
		}
	}
}

func (c *checker) field(path string) *field {
	for _, f := range c.fields {
		if f.path == path {
			return f
		}
	}
	return nil
}

// severity is the rule's severity after configuration; ok is false when
// the rule is off.
func (c *checker) severity(rule string) (Severity, bool) {
	return c.cfg.severity(rule)
}

// add reports a finding at a span of a field's text.
func (c *checker) add(rule string, f *field, span textstat.Span, msg string) {
	sev, on := c.severity(rule)
	if !on {
		return
	}
	c.addSpan(rule, sev, f, span, msg)
}

func (c *checker) addSpan(rule string, sev Severity, f *field, span textstat.Span, msg string) {
	if f.counts == nil {
		f.counts = map[string]*ruleCount{}
	}
	n := f.counts[rule]
	if n == nil {
		n = &ruleCount{sev: sev}
		f.counts[rule] = n
	}
	if n.listed == maxListed {
		n.unlisted++
		return
	}
	n.listed++
	line, col, endCol := c.locate(f, span)
	r, _ := RuleByID(rule)
	c.report(Finding{
		Rule: rule, Severity: sev, File: c.d.File, Line: line, Col: col, EndLine: line, EndCol: endCol,
		Message: msg, Hint: r.Hint,
	})
}

func (c *checker) report(f Finding) {
	if c.findings == nil {
		// Room for what a typical document has, rather than growing
		// from one.
		c.findings = make([]Finding, 0, 16)
	}
	c.findings = append(c.findings, f)
}

// addAt reports a finding at a position, with a severity chosen by the
// caller (rules that escalate, such as length above the hard limit).
func (c *checker) addAt(rule string, sev Severity, p source.Pos, msg, hint string) {
	if _, on := c.severity(rule); !on {
		return
	}
	if hint == "" && c.markdown {
		hint = markdownHint(rule)
	}
	if hint == "" {
		r, _ := RuleByID(rule)
		hint = r.Hint
	}
	line, col := p.Line, p.Col
	if line <= 0 {
		line, col = 1, 1
	}
	if n := len(c.lines); line > n && n > 0 {
		// An empty block (problem: >) at the end of the file: its text
		// would start on the line after the last.
		line, col = n, 0
	}
	if col <= 0 {
		col = c.indentCol(line)
	}
	c.report(Finding{
		Rule: rule, Severity: sev, File: c.d.File, Line: line, Col: col, EndLine: line, EndCol: col + 1,
		Message: msg, Hint: hint,
	})
}

// addRule reports at a position with the rule's configured severity.
func (c *checker) addRule(rule string, p source.Pos, msg string) {
	sev, on := c.severity(rule)
	if !on {
		return
	}
	c.addAt(rule, sev, p, msg, "")
}

// addMinor reports at a position one step below the rule's configured
// severity: a lesser finding of a rule whose main findings are worth
// more (a missing subheadline beside a missing problem paragraph).
func (c *checker) addMinor(rule string, p source.Pos, msg string) {
	sev, on := c.severity(rule)
	if !on {
		return
	}
	c.addAt(rule, sev.below(), p, msg, "")
}

func (c *checker) formatProblems(err error) {
	var ps source.Problems
	if errors.As(err, &ps) {
		for _, p := range ps {
			c.addAt("format", Error, p.Pos, p.Msg, "")
		}
		return
	}
	var p *source.Problem
	if errors.As(err, &p) {
		c.addAt("format", Error, p.Pos, p.Msg, "")
		return
	}
	c.addAt("format", Error, source.Pos{}, err.Error(), "")
}

// finish applies suppressions, fills in source lines and sorts.
func (c *checker) finish() []Finding {
	for _, f := range c.fields {
		rules := make([]string, 0, len(f.counts))
		for rule, n := range f.counts {
			if n.unlisted > 0 {
				rules = append(rules, rule)
			}
		}
		slices.Sort(rules)
		for _, rule := range rules {
			if n := f.counts[rule]; n.unlisted > 0 {
				c.addAt(rule, n.sev, f.pos, fmt.Sprintf("%d more %s findings in %s are not listed: fix the %d above, then run lint again", n.unlisted, rule, f.label, maxListed), "")
			}
		}
	}
	sup := c.suppressions()
	out := c.findings[:0]
	sources := map[int]string{}
	for _, f := range c.findings {
		if sup.covers(f.Rule, f.Line) {
			continue
		}
		if f.Line >= 1 && f.Line <= len(c.lines) {
			f.Source, f.SourceCol = c.sourceOf(f, sources)
		}
		out = append(out, f)
	}
	out = append(out, sup.unknown...)
	sortFindings(out)
	return out
}

// maxSource is the longest source line a finding carries whole; of a
// longer line it carries the part around the finding.
const maxSource = 240

// sourceOf is the source line a finding shows, and the column of the line
// its first character is at. A copy: a slice of the line would keep the
// whole file in memory for as long as the finding lives, and a run over a
// folder keeps every finding until it reports. Findings on the same line
// share one copy (sources, by line).
func (c *checker) sourceOf(f Finding, sources map[int]string) (string, int) {
	line := c.lines[f.Line-1]
	if len(line) <= maxSource {
		s, ok := sources[f.Line]
		if !ok {
			s = strings.Clone(line)
			sources[f.Line] = s
		}
		return s, 1
	}
	// About a third of the room before the finding, the rest after, on
	// character boundaries; "…" marks what was cut. A character is at
	// most utf8.UTFMax bytes, so at most three are stepped over; a line
	// that is not UTF-8 (reported as such) is cut where it falls.
	at := byteAt(line, f.Col)
	start := max(0, at-maxSource/3)
	for i := 1; i < utf8.UTFMax && start > 0 && !utf8.RuneStart(line[start]); i++ {
		start--
	}
	end := min(len(line), start+maxSource)
	for i := 1; i < utf8.UTFMax && end > start && end < len(line) && !utf8.RuneStart(line[end]); i++ {
		end--
	}
	window := line[start:end]
	if start > 0 {
		window = "…" + window
	}
	if end < len(line) {
		window += "…"
	}
	return strings.Clone(window), runeCol(line, start)
}

// locate maps a byte span of a field's text to a line and columns in the
// file, through the reader's locator.
func (c *checker) locate(f *field, span textstat.Span) (line, col, endCol int) {
	line, col, endCol, _ = c.d.Locate.Locate(&f.located, span.Start, span.End)
	return line, col, endCol
}

// indentCol is the column of the first non-blank character of a line.
func (c *checker) indentCol(line int) int {
	return source.IndentCol(c.lines, line)
}

// runeCol turns a byte offset in a line into a 1-based column counted in
// characters, as editors and SARIF's unicodeCodePoints expect.
func runeCol(line string, at int) int { return source.RuneCol(line, at) }

// byteAt is the byte offset of a 1-based character column.
func byteAt(line string, col int) int { return source.ByteAt(line, col) }
