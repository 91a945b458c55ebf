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

	"github.com/prfaq/prfaq/internal/mddoc"
	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/source"
	"github.com/prfaq/prfaq/internal/store"
	"github.com/prfaq/prfaq/internal/textstat"
)

// Input is one document to lint.
type Input struct {
	File      string
	Source    []byte
	Templates func(name string) (*prfaq.Template, error)
	Config    *Config
	Now       time.Time
}

// Lint checks one document and returns its findings, sorted.
func Lint(in Input) []Finding {
	findings, _ := lint(in, false)
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
func Summarize(in Input) Summary {
	findings, words := lint(in, true)
	return Summary{Findings: findings, Words: words}
}

func lint(in Input, count bool) ([]Finding, map[string]int) {
	c := &checker{in: in, cfg: in.Config}
	if c.cfg == nil {
		c.cfg = DefaultConfig()
	}
	if mddoc.IsMarkdown(in.File) {
		c.lines = mddoc.SplitLines(in.Source)
		return c.lintMarkdown(count)
	}
	// Findings are on the lines yaml.v3 numbers.
	c.lines = store.Lines(strings.TrimPrefix(string(in.Source), "\uFEFF"))
	doc, pos, err := store.DecodeDocument(in.File, in.Source)
	if err != nil {
		c.formatProblems(err)
		return c.finish(), nil
	}
	c.doc, c.pos = doc, pos
	t, err := in.Templates(doc.Template)
	if err != nil {
		c.addAt("format", Error, pos["template"], err.Error(), "")
		return c.finish(), nil
	}
	findings := c.run(t)
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
	}
}

type checker struct {
	in       Input
	cfg      *Config
	doc      *prfaq.Document
	pos      source.Positions
	t        *prfaq.Template
	lines    []string
	fields   []*field
	findings []Finding
	// md is what mddoc found in a Markdown PR/FAQ; nil for YAML.
	md               *mddoc.Result
	customerReported bool
}

// field is one piece of prose in the document, with what the rules need
// to know about it, computed once.
type field struct {
	path       string
	label      string
	part       string // press_release, faq, customer, appendix
	text       string
	prose      string
	words      []textstat.Word
	sentences  []textstat.Sentence
	paragraphs []textstat.Paragraph
	matches    []textstat.ListMatch // of the configuration's phrase lists
	pos        source.Pos           // where the text starts (block scalars: first content line, col 0)
	quote      bool                 // a quote's text
	newlines   []int                // offsets of the text's line breaks, once a finding needs them
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

// lineAt is the 0-based line of the text that offset falls on, and the
// offset where that line starts. Counting the line breaks before each
// finding would cost the text's length per finding: a long Markdown
// section with a finding on every line took seconds.
func (f *field) lineAt(offset int) (line, start int) {
	if f.newlines == nil {
		f.newlines = make([]int, 0, strings.Count(f.text, "\n"))
		for i := 0; i < len(f.text); i++ {
			if f.text[i] == '\n' {
				f.newlines = append(f.newlines, i)
			}
		}
	}
	line, _ = slices.BinarySearch(f.newlines, offset)
	if line > 0 {
		start = f.newlines[line-1] + 1
	}
	return line, start
}

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
		fields = append(fields, field{path: path, label: label, part: part, text: text, pos: c.pos[path], quote: quote})
		size += len(text)
	}
	cq := d.Customer
	add("customer.who", "customer", "customer", cq.Who, false)
	add("customer.problem", "customer problem", "customer", cq.Problem, false)
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
		Rule: rule, Severity: sev, File: c.in.File, Line: line, Col: col, EndLine: line, EndCol: endCol,
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
	if hint == "" && c.md != nil {
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
		Rule: rule, Severity: sev, File: c.in.File, Line: line, Col: col, EndLine: line, EndCol: col + 1,
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
// source file. Literal blocks (|) map line for line; one-line values that
// equal their source map by offset. Anything else (folded or wrapped text,
// escapes in quotes, lines indented more than the block) is mapped by
// walking the source alongside the text; when all fails, the field's start
// is used.
func (c *checker) locate(f *field, span textstat.Span) (line, col, endCol int) {
	if c.md != nil {
		if line, col, endCol, ok := c.locateMarkdown(f, span); ok {
			return line, col, endCol
		}
		l := max(f.pos.Line, 1)
		return l, max(f.pos.Col, 1), max(f.pos.Col, 1) + 1
	}
	snippet := f.text[span.Start:span.End]
	valueLine, lineStart := f.lineAt(span.Start)
	inLine := f.text[lineStart:span.Start]

	if f.pos.Line > 0 && f.pos.Col == 0 { // literal or folded block
		l := f.pos.Line + valueLine
		if l <= len(c.lines) {
			src := c.lines[l-1]
			textLine, _, _ := strings.Cut(f.text[lineStart:], "\n")
			// A literal block's line is the text's line after the block's
			// indentation, which a more indented line goes beyond.
			indent := len(src) - len(textLine)
			at := indent + len(inLine)
			if indent >= 0 && src[indent:] == textLine && at+len(snippet) <= len(src) && src[at:at+len(snippet)] == snippet {
				return l, runeCol(src, at), runeCol(src, at+len(snippet))
			}
		}
	} else if f.pos.Line > 0 && valueLine == 0 && !strings.Contains(f.text, "\n") {
		l := f.pos.Line
		if l <= len(c.lines) {
			src := c.lines[l-1]
			start := byteAt(src, f.pos.Col)
			at := start + span.Start
			if strings.HasPrefix(src[start:], f.text) {
				return l, runeCol(src, at), runeCol(src, at+len(snippet))
			}
		}
	}
	if l, at, ok := c.align(f, span.Start); ok && span.End > span.Start {
		src := c.lines[l-1]
		end := len(src)
		if l2, last, ok := c.align(f, span.End-1); ok && l2 == l {
			_, size := utf8.DecodeRuneInString(src[last:])
			end = last + size
		}
		return l, runeCol(src, at), runeCol(src, end)
	}
	l := max(f.pos.Line, 1)
	col = max(f.pos.Col, c.indentCol(l))
	return l, col, col + 1
}

// align finds the source line and byte offset of the character at offset
// at of a field's text, by walking the source from where the value starts
// and matching it with the text character by character. Besides the text,
// the source holds indentation, line breaks that folding turned into
// spaces, trailing spaces, doubled quotes and, in double quotes, escapes;
// those are skipped. ok is false when the source runs out first.
func (c *checker) align(f *field, at int) (line, off int, ok bool) {
	l := f.pos.Line
	if l < 1 || l > len(c.lines) || at < 0 || at >= len(f.text) {
		return 0, 0, false
	}
	j := 0
	if f.pos.Col > 0 {
		j = byteAt(c.lines[l-1], f.pos.Col)
	}
	double := j > 0 && c.lines[l-1][j-1] == '"'
	for i := 0; i <= at; {
		src := c.lines[l-1]
		if j >= len(src) { // the next source line
			if l++; l > len(c.lines) {
				return 0, 0, false
			}
			j = 0
			continue
		}
		t, s := f.text[i], src[j]
		switch {
		case double && s == '\\': // an escape is one character of text
			if j+1 == len(src) { // an escaped line break: nothing
				j++
				continue
			}
			if i == at {
				return l, j, true
			}
			_, size := utf8.DecodeRuneInString(f.text[i:])
			i += size
			j += 2 + escapeDigits(src[j+1])
		case t == s:
			if i == at {
				return l, j, true
			}
			i++
			j++
		case s == ' ' || s == '\t': // indentation, or spaces folding dropped
			j++
		case t == ' ' || t == '\n' || t == '\t': // a line break folded into the text
			if i == at {
				return l, j, true
			}
			i++
		default: // a quote or an escape's letters
			j++
		}
	}
	return 0, 0, false
}

// escapeDigits is how many hex digits follow a YAML escape's letter.
func escapeDigits(letter byte) int {
	switch letter {
	case 'x':
		return 2
	case 'u':
		return 4
	case 'U':
		return 8
	}
	return 0
}

// indentCol is the column of the first non-blank character of a line.
func (c *checker) indentCol(line int) int {
	if line < 1 || line > len(c.lines) {
		return 1
	}
	src := c.lines[line-1]
	return runeCol(src, len(src)-len(strings.TrimLeft(src, " \t")))
}

// runeCol turns a byte offset in a line into a 1-based column counted in
// characters, as editors and SARIF's unicodeCodePoints expect.
func runeCol(line string, at int) int {
	if at > len(line) {
		at = len(line)
	}
	return utf8.RuneCountInString(line[:at]) + 1
}

// byteAt is the byte offset of a 1-based character column.
func byteAt(line string, col int) int {
	i := 0
	for n := 1; n < col && i < len(line); n++ {
		_, size := utf8.DecodeRuneInString(line[i:])
		i += size
	}
	return i
}
