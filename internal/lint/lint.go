package lint

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/prfaq/prfaq/internal/prfaq"
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
	c := &checker{in: in, cfg: in.Config}
	if c.cfg == nil {
		c.cfg = DefaultConfig()
	}
	c.lines = splitLines(in.Source)
	doc, pos, err := store.DecodeDocument(in.File, in.Source)
	if err != nil {
		c.formatProblems(err)
		return c.finish()
	}
	c.doc, c.pos = doc, pos
	t, err := in.Templates(doc.Template)
	if err != nil {
		c.addAt("format", Error, pos["template"], err.Error(), "")
		return c.finish()
	}
	c.t = t
	c.cfg = c.cfg.Clone()
	c.cfg.withTemplate(t)
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
	pos      store.Positions
	t        *prfaq.Template
	lines    []string
	fields   []*field
	findings []Finding
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
	pos        store.Pos // where the text starts (block scalars: first content line, col 0)
	quote      bool      // a quote's text
}

func (c *checker) collectFields() {
	d := c.doc
	add := func(path, label, part, text string, quote bool) {
		if strings.TrimSpace(text) == "" {
			return
		}
		t := textstat.Analyze(text)
		c.fields = append(c.fields, &field{
			path: path, label: label, part: part, text: text, prose: t.Prose,
			words: t.Words, sentences: t.Sentences, paragraphs: t.Paragraphs, pos: c.pos[path], quote: quote,
		})
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
		add(fmt.Sprintf("faq.external[%d].question", i), "FAQ "+e.ID, "faq", e.Question, false)
		add(fmt.Sprintf("faq.external[%d].answer", i), "FAQ "+e.ID, "faq", e.Answer, false)
	}
	for i, e := range d.FAQ.Internal {
		add(fmt.Sprintf("faq.internal[%d].question", i), "FAQ "+e.ID, "faq", e.Question, false)
		add(fmt.Sprintf("faq.internal[%d].answer", i), "FAQ "+e.ID, "faq", e.Answer, false)
	}
	add("appendix", "appendix", "appendix", d.Appendix, false)
}

// fieldsIn returns the fields of one part of the document.
func (c *checker) fieldsIn(part string) []*field {
	var out []*field
	for _, f := range c.fields {
		if f.part == part {
			out = append(out, f)
		}
	}
	return out
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
	line, col, endCol := c.locate(f, span)
	r, _ := RuleByID(rule)
	c.findings = append(c.findings, Finding{
		Rule: rule, Severity: sev, File: c.in.File, Line: line, Col: col, EndLine: line, EndCol: endCol,
		Message: msg, Hint: r.Hint,
	})
}

// addAt reports a finding at a position, with a severity chosen by the
// caller (rules that escalate, such as length above the hard limit).
func (c *checker) addAt(rule string, sev Severity, p store.Pos, msg, hint string) {
	if _, on := c.severity(rule); !on {
		return
	}
	if hint == "" {
		r, _ := RuleByID(rule)
		hint = r.Hint
	}
	line, col := p.Line, p.Col
	if line <= 0 {
		line, col = 1, 1
	}
	if col <= 0 {
		col = c.indentCol(line)
	}
	c.findings = append(c.findings, Finding{
		Rule: rule, Severity: sev, File: c.in.File, Line: line, Col: col, EndLine: line, EndCol: col + 1,
		Message: msg, Hint: hint,
	})
}

// addRule reports at a position with the rule's configured severity.
func (c *checker) addRule(rule string, p store.Pos, msg string) {
	sev, on := c.severity(rule)
	if !on {
		return
	}
	c.addAt(rule, sev, p, msg, "")
}

func (c *checker) formatProblems(err error) {
	var ps store.Problems
	if errors.As(err, &ps) {
		for _, p := range ps {
			c.addAt("format", Error, p.Pos, p.Msg, "")
		}
		return
	}
	var p *store.Problem
	if errors.As(err, &p) {
		c.addAt("format", Error, p.Pos, p.Msg, "")
		return
	}
	c.addAt("format", Error, store.Pos{}, err.Error(), "")
}

// finish applies suppressions, fills in source lines and sorts.
func (c *checker) finish() []Finding {
	sup := c.suppressions()
	out := c.findings[:0]
	for _, f := range c.findings {
		if sup.covers(f.Rule, f.Line) {
			continue
		}
		if f.Line >= 1 && f.Line <= len(c.lines) {
			f.Source = c.lines[f.Line-1]
		}
		out = append(out, f)
	}
	out = append(out, sup.unknown...)
	sortFindings(out)
	return out
}

// locate maps a byte span of a field's text to a line and columns in the
// source file. Literal blocks (|) map line for line; one-line values map
// by offset. Anything else (folded or wrapped text) is found by searching
// for the text near the field; when all fails, the field's start is used.
func (c *checker) locate(f *field, span textstat.Span) (line, col, endCol int) {
	snippet := f.text[span.Start:span.End]
	valueLine := strings.Count(f.text[:span.Start], "\n")
	lineStart := strings.LastIndexByte(f.text[:span.Start], '\n') + 1
	inLine := f.text[lineStart:span.Start]

	if f.pos.Line > 0 && f.pos.Col == 0 { // literal or folded block
		l := f.pos.Line + valueLine
		if l <= len(c.lines) {
			src := c.lines[l-1]
			indent := len(src) - len(strings.TrimLeft(src, " "))
			at := indent + len(inLine)
			if at+len(snippet) <= len(src) && src[at:at+len(snippet)] == snippet {
				return l, runeCol(src, at), runeCol(src, at+len(snippet))
			}
		}
	} else if f.pos.Line > 0 && valueLine == 0 && !strings.Contains(f.text, "\n") {
		l := f.pos.Line
		if l <= len(c.lines) {
			src := c.lines[l-1]
			start := byteAt(src, f.pos.Col)
			at := start + span.Start
			if at+len(snippet) <= len(src) && src[at:at+len(snippet)] == snippet {
				return l, runeCol(src, at), runeCol(src, at+len(snippet))
			}
		}
	}
	// Search near the field for the snippet's first line.
	first, _, _ := strings.Cut(snippet, "\n")
	if f.pos.Line > 0 && first != "" {
		for l := f.pos.Line; l <= len(c.lines) && l < f.pos.Line+200; l++ {
			if i := strings.Index(c.lines[l-1], first); i >= 0 {
				return l, runeCol(c.lines[l-1], i), runeCol(c.lines[l-1], i+len(first))
			}
		}
	}
	l := max(f.pos.Line, 1)
	col = max(f.pos.Col, c.indentCol(l))
	return l, col, col + 1
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

func splitLines(src []byte) []string {
	src = bytes.TrimPrefix(src, []byte("\uFEFF"))
	s := strings.ReplaceAll(string(src), "\r\n", "\n")
	return strings.Split(s, "\n")
}
