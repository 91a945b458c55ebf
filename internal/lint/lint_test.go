package lint_test

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/prfaq/prfaq/internal/catalog"
	"github.com/prfaq/prfaq/internal/lint"
	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/source"
	"github.com/prfaq/prfaq/internal/store"
	"github.com/prfaq/prfaq/internal/workspace"
	"github.com/prfaq/prfaq/templates"
)

// The tests lint testdata/clean.prfaq.yaml, a mini PR/FAQ without a single
// finding, changed in one place per case, so that every finding a case
// expects comes from that change. Positions are those of the fixture's
// lines: the edits keep the line count unless a case says otherwise.

// now is the fixed clock of every test: the dateline rule compares with it.
var now = time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)

// builtin is the built-in templates, and testdata/templates for the
// rules that read what a team template asks.
var builtin = catalog.New(catalog.Folder{Path: "testdata/templates"}, catalog.Folder{}, templates.FS)

// docs reads documents as prfaq lint does, each template loaded once.
var docs = workspace.New(workspace.Options{Catalog: builtin, Now: now})

// read reads a document from its bytes as prfaq lint would with cfg (nil:
// the defaults).
func read(name string, src []byte, cfg *lint.Config) *source.Document {
	if cfg == nil {
		cfg = lint.DefaultConfig()
	}
	return &docs.Read(name, src, cfg, workspace.LoadOptions{}).Document
}

const docName = "doc.prfaq.yaml"

// lintDoc lints src with the built-in templates and the fixed clock, and
// checks what holds for every finding of every document: sorted output,
// known rule ids, the source line in Source, a span on one line.
func lintDoc(t testing.TB, src string, cfg *lint.Config) []lint.Finding {
	t.Helper()
	return lintNamed(t, docName, src, cfg)
}

// mdName is the name Markdown cases are linted under.
const mdName = "doc.prfaq.md"

func lintNamed(t testing.TB, name, src string, cfg *lint.Config) []lint.Finding {
	t.Helper()
	fs := lint.Lint(read(name, []byte(src), cfg), cfg, now)
	checkInvariants(t, name, src, fs)
	return fs
}

func checkInvariants(t testing.TB, name, src string, fs []lint.Finding) {
	t.Helper()
	if !slices.IsSortedFunc(fs, func(a, b lint.Finding) int {
		if lint.Less(a, b) {
			return -1
		}
		if lint.Less(b, a) {
			return 1
		}
		return 0
	}) {
		t.Errorf("findings are not sorted:\n%s", dump(fs))
	}
	lines := sourceLines(src)
	if !strings.HasSuffix(name, ".md") {
		lines = yamlSourceLines(lines)
	}
	for _, f := range fs {
		if _, ok := lint.RuleByID(f.Rule); !ok {
			t.Errorf("finding of unknown rule %q", f.Rule)
		}
		if f.File != name {
			t.Errorf("%s: File = %q, want %q", show(f), f.File, name)
		}
		if f.Line < 1 || f.Line > len(lines) {
			t.Errorf("%s: line outside the file (%d lines)", show(f), len(lines))
			continue
		}
		if !sourceFits(f, lines[f.Line-1]) {
			t.Errorf("%s: Source = %q (from column %d), want line %d, %q, or the part of it around the finding", show(f), f.Source, f.SourceCol, f.Line, lines[f.Line-1])
		}
		if f.EndLine != f.Line || f.Col < 1 || f.EndCol <= f.Col {
			t.Errorf("%s: bad span", show(f))
		}
		if f.Message == "" || f.Hint == "" || strings.Contains(f.Message, "\n") {
			t.Errorf("%s: message %q, hint %q: want both, on one line", show(f), f.Message, f.Hint)
		}
	}
}

// sourceFits reports whether a finding's Source is its line, or the part
// of a long line around the finding with "…" where it was cut.
func sourceFits(f lint.Finding, line string) bool {
	if f.SourceCol <= 1 && f.Source == line {
		return true
	}
	inner, from := f.Source, 1
	if f.SourceCol > 1 {
		var ok bool
		if inner, ok = strings.CutPrefix(inner, "…"); !ok {
			return false
		}
		from = f.SourceCol
	}
	runes := []rune(line)
	if from > len(runes) {
		return false
	}
	rest := string(runes[from-1:])
	if inner != rest {
		var ok bool
		if inner, ok = strings.CutSuffix(inner, "…"); !ok || !strings.HasPrefix(rest, inner) || len(inner) == len(rest) {
			return false
		}
	}
	// The finding starts inside what is shown.
	return f.Col >= from && f.Col < from+utf8.RuneCountInString(inner)+1
}

// yamlSourceLines cuts lines again at the line breaks YAML has and
// Markdown lacks: U+0085, U+2028 and U+2029.
func yamlSourceLines(lines []string) []string {
	breaks := strings.NewReplacer("\u0085", "\n", "\u2028", "\n", "\u2029", "\n")
	var out []string
	for _, l := range lines {
		out = append(out, strings.Split(breaks.Replace(l), "\n")...)
	}
	return out
}

// sourceLines splits a source as YAML counts lines: without a byte order
// mark, after LF, CRLF or a lone CR.
func sourceLines(src string) []string {
	src = strings.TrimPrefix(src, "\uFEFF")
	src = strings.ReplaceAll(strings.ReplaceAll(src, "\r\n", "\n"), "\r", "\n")
	return strings.Split(src, "\n")
}

// spanText is the text of a line from column col to endCol (exclusive),
// counting columns in characters.
func spanText(line string, col, endCol int) string {
	r := []rune(line)
	if col < 1 || endCol < col || endCol-1 > len(r) {
		return fmt.Sprintf("<columns %d-%d outside %q>", col, endCol, line)
	}
	return string(r[col-1 : endCol-1])
}

func show(f lint.Finding) string {
	return fmt.Sprintf("%s %s %d:%d-%d:%d %q", f.Rule, f.Severity, f.Line, f.Col, f.EndLine, f.EndCol, f.Message)
}

func dump(fs []lint.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "\t%s at %q\n", show(f), spanText(f.Source, f.Col, f.EndCol))
	}
	if b.Len() == 0 {
		return "\t(none)\n"
	}
	return b.String()
}

func only(fs []lint.Finding, rule string) []lint.Finding {
	var out []lint.Finding
	for _, f := range fs {
		if f.Rule == rule {
			out = append(out, f)
		}
	}
	return out
}

func fixture(t testing.TB, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// edit applies old, new replacements to src; each old must occur exactly
// once, so a case cannot silently change nothing.
func edit(t testing.TB, src string, pairs ...string) string {
	t.Helper()
	if len(pairs)%2 != 0 {
		t.Fatalf("edit: odd number of strings")
	}
	for i := 0; i < len(pairs); i += 2 {
		if n := strings.Count(src, pairs[i]); n != 1 {
			t.Fatalf("edit: %q occurs %d times, want once", pairs[i], n)
		}
		src = strings.Replace(src, pairs[i], pairs[i+1], 1)
	}
	return src
}

// configFrom lays a .prfaq-lint.yaml over the defaults; it must be valid.
func configFrom(t testing.TB, text string) *lint.Config {
	t.Helper()
	cfg := lint.DefaultConfig()
	if text == "" {
		return cfg
	}
	fc, pos, err := store.DecodeLintConfig(".prfaq-lint.yaml", []byte(text))
	if err != nil {
		t.Fatalf("config: %v", err)
	}
	if ps := cfg.Apply(".prfaq-lint.yaml", fc, pos); len(ps) > 0 {
		t.Fatalf("config problems:\n%s", dump(ps))
	}
	return cfg
}

// want is one expected finding. at is the source text between its
// columns, a check on them a reader can verify at a glance.
type want struct {
	sev               lint.Severity
	line, col, endCol int
	at                string
	msg               string // the exact message
	sub               string // or, when msg is empty, a part of it
}

func assertFindings(t *testing.T, rule string, got []lint.Finding, wants []want) {
	t.Helper()
	ok := len(got) == len(wants)
	for i := 0; ok && i < len(got); i++ {
		g, w := got[i], wants[i]
		ok = g.Rule == rule && g.Severity == w.sev && g.Line == w.line && g.EndLine == w.line &&
			g.Col == w.col && g.EndCol == w.endCol && spanText(g.Source, g.Col, g.EndCol) == w.at &&
			(w.msg == "" || g.Message == w.msg) && (w.msg != "" || w.sub != "" && strings.Contains(g.Message, w.sub))
		// Markdown findings of structure rules say how to mark a part
		// in Markdown rather than which key to fill.
		if r, _ := lint.RuleByID(rule); g.Hint != r.Hint && (g.File != mdName || g.Hint == "") {
			t.Errorf("%s: hint %q, want the rule's %q", show(g), g.Hint, r.Hint)
		}
	}
	if !ok {
		var b strings.Builder
		for _, w := range wants {
			fmt.Fprintf(&b, "\t%s %s %d:%d-%d:%d %q at %q\n", rule, w.sev, w.line, w.col, w.line, w.endCol, cmp.Or(w.msg, "…"+w.sub+"…"), w.at)
		}
		if b.Len() == 0 {
			b.WriteString("\t(none)\n")
		}
		t.Errorf("%s findings:\n%swant:\n%s", rule, dump(got), b.String())
	}
}

// A ruleCase is one document and what one rule must find in it: nothing
// at all for a near miss.
type ruleCase struct {
	rule, name string
	fixture    string   // in testdata; clean.prfaq.yaml when empty
	edits      []string // old, new pairs applied to the fixture
	config     string   // a .prfaq-lint.yaml over the defaults
	needs      string   // the team's .prfaq/needs.yaml; none when empty
	crlf, bom  bool     // then CRLF line ends, a byte order mark
	want       []want   // empty: the rule must not fire
}

func (rc ruleCase) source(t testing.TB) string {
	src := edit(t, fixture(t, cmp.Or(rc.fixture, "clean.prfaq.yaml")), rc.edits...)
	if rc.crlf {
		src = strings.ReplaceAll(src, "\n", "\r\n")
	}
	if rc.bom {
		src = "\uFEFF" + src
	}
	return src
}

func runCase(t *testing.T, rc ruleCase) {
	t.Helper()
	src := rc.source(t)
	name := docName
	if strings.HasSuffix(rc.fixture, ".md") {
		name = mdName
	}
	cfg := configFrom(t, rc.config)
	if rc.needs != "" {
		needs, _, err := store.DecodeNeeds(".prfaq/needs.yaml", []byte(rc.needs))
		if err != nil {
			t.Fatal(err)
		}
		cfg.Needs, cfg.NeedsFile = needs, ".prfaq/needs.yaml"
	}
	fs := lintNamed(t, name, src, cfg)
	assertFindings(t, rc.rule, only(fs, rc.rule), rc.want)
}

// longSolution makes the press release about 400 words: above mini's
// warning (350), below amazon's (700).
var longSolution = strings.Repeat("    Friends pay for the dishes they had at the table.\n", 30)

// teamNeeds is a needs.yaml for the Tab Split fixture: its press release
// speaks to the first, second and fourth need, and not to low fees.
const teamNeeds = `needs:
  - id: fair-split
    name: Fair split
    words: [their share, what they ordered]
  - id: fast-repayment
    name: Fast repayment
    words: [money back, repaid]
    measures: [days to repayment]
  - id: low-fees
    name: Low fees
    words: [fee, fees, free]
  - id: no-reminders
    name: No chasing friends
    words: [sending reminders]
`

const versionLine = "version: \"1.0\"\n"

const (
	solutionEnd = "    tap the dishes they had, and pay with a saved card.\n"
	headline    = "  headline: Tab Split lets friends pay their share of a bill before they leave the table\n"
	ctaLine     = "  call_to_action: To try Tab Split, update the app and pay your next bill with it.\n"
	problemL1   = "    Splitting a bill is the worst part of a meal out. The person who pays\n"
	problemL2   = "    waits six days to get the money back (2026 diner survey, n = 1,200).\n"
	solutionL1  = "    The person who pays taps Split on the card receipt. Friends scan a code,\n"
	quoteL1     = "      I used to spend the week after our team dinner sending reminders. Now\n"
	e1Question  = "      question: How much does Tab Split cost?\n"
	e1Answer    = "      answer: Nothing for diners. Restaurants pay their usual card fee.\n"
	e2Question  = "      question: Do my friends need the app?\n"
	e2Answer    = "      answer: No. They scan the code with the phone camera and pay in the browser.\n"
	i1Answer    = "      answer: About two cents a split in card fees, which the restaurant pays.\n"
	benefitLine = "  benefit: Everyone has paid their share before they leave the table.\n"
	e2Entry     = "    - id: E2\n" + e2Question + e2Answer
)

var ruleCases = []ruleCase{
	// Markdown PR/FAQs: the same rules, positions in the Markdown file.
	{rule: "markdown-structure", name: "text before the first question that may be questions", fixture: "clean.prfaq.md",
		edits: []string{"### External FAQ\n\n", "### External FAQ\n\n- Prices are in euros.\n- Answers hold for 2027.\n\n"},
		want:  []want{{lint.Info, 49, 1, 2, "-", `text at lines 49-50 fits no section of template mini (under "External FAQ")`, ""}}},
	{rule: "markdown-structure", name: "the author's own section needs no note", fixture: "clean.prfaq.md",
		edits: []string{"## Current solutions", "## Our tenets"}},
	{rule: "markdown-structure", name: "an FAQ's word of introduction needs no note", fixture: "clean.prfaq.md",
		edits: []string{"### Internal FAQ\n\n", "### Internal FAQ\n\nThese came from the review on May 4.\n\n"}},
	{rule: "markdown-structure", name: "the sections found by their order and words are named", fixture: "clean.prfaq.md",
		edits: []string{"## Problem\n\n", "", "## Current solutions\n\n", "", "## Solution\n\n", ""},
		want:  []want{{lint.Info, 16, 1, 2, "S", "press release sections found by their order and words, not by headings: problem (line 16); solution (line 19)", ""}}},
	{rule: "markdown-structure", name: "nothing of a PR/FAQ", fixture: "notes.prfaq.md",
		want: []want{{lint.Error, 1, 1, 2, "#", "", "no PR/FAQ structure found"}}},
	{rule: "markdown-structure", name: "a heading in other words", fixture: "clean.prfaq.md",
		edits: []string{"## Current solutions", "## 🚀 Why today's options fall short:"}},
	{rule: "weasel-words", name: "in a Markdown paragraph", fixture: "clean.prfaq.md",
		edits: []string{"waits six days to get", "waits significantly longer to get"},
		want:  []want{{lint.Warning, 19, 7, 20, "significantly", `weasel word "significantly" in problem`, ""}}},
	{rule: "weasel-words", name: "in Markdown with CRLF and a byte order mark", fixture: "clean.prfaq.md", crlf: true, bom: true,
		edits: []string{"waits six days to get", "waits significantly longer to get"},
		want:  []want{{lint.Warning, 19, 7, 20, "significantly", `weasel word "significantly" in problem`, ""}}},
	{rule: "weasel-words", name: "silenced in Markdown", fixture: "clean.prfaq.md",
		edits: []string{"waits six days to get", "waits significantly longer to get", "## Problem\n", "## Problem\n<!-- prfaq-lint disable weasel-words -->\n", "## Current solutions", "<!-- prfaq-lint enable weasel-words -->\n## Current solutions"}},
	{rule: "required-section", name: "a Markdown press release without its solution", fixture: "clean.prfaq.md",
		edits: []string{"## Solution\n\nThe person who pays taps Split on the card receipt. Friends scan a code,\ntap the dishes they had, and pay with a saved card.\n\n", ""},
		want:  []want{{lint.Error, 8, 3, 4, "T", "no solution paragraph found: how the product solves the problem, as the customer experiences it, under ### Solution", ""}}},
	{rule: "required-section", name: "a hand-written document is not asked the customer question it leaves out, and its missing quote is one finding", fixture: "clean.prfaq.md",
		edits: []string{"template: mini", "template: amazon"},
		want:  []want{{lint.Warning, 8, 3, 4, "T", `no leader quote found: a company leader on why we built it, as a quoted paragraph ending "said NAME, ROLE"`, ""}}},
	{rule: "required-section", name: "a hand-written document without the customer questions", fixture: "clean.prfaq.md",
		edits: []string{"## Customer questions\n", "<!-- end -->\n", "### Who is the customer?\n\nFriends sharing a restaurant bill at the end of a meal, usually four to\neight people, one of whom has just paid the whole bill on a card.\n\n", "",
			"### What is the customer problem or opportunity?\n\nThe person who paid waits six days to be repaid (2026 diner survey).\n\n", "",
			"### What is the most important customer benefit?\n\nEveryone has paid their share before they leave the table.\n\n", "",
			"### How do we know what customers need?\n\nInterviews with 40 diners in three cities, and 2,300 support tickets\nabout repayments in 2026.\n", ""}},
	{rule: "required-section", name: "a quote without its attribution names no speaker, and asks no role", fixture: "clean.prfaq.md",
		edits: []string{" said Marta Lindqvist, a nurse who organises her team's monthly dinner.", ""},
		want:  []want{{lint.Warning, 38, 1, 2, `"`, `the customer quote names no speaker: end it with "said NAME, ROLE"`, ""}}},
	{rule: "required-section", name: "a missing subheadline is the lesser finding", fixture: "clean.prfaq.md",
		edits: []string{"_Diners who pick up the bill get their money back in seconds._\n\n", ""},
		want:  []want{{lint.Warning, 8, 3, 4, "T", "no subheadline found: one sentence in italics under the headline, on who the customer is and what they get", ""}}},
	{rule: "required-section", name: "no headline: the reader's note speaks for it and the subheadline", fixture: "clean.prfaq.md",
		edits: []string{"# Tab Split lets friends pay their share of a bill before they leave the table\n\n_Diners who pick up the bill get their money back in seconds._\n\n", "## Press release\n\n"}},
	{rule: "required-section", name: "current solutions folded into the problem", fixture: "clean.prfaq.md",
		edits: []string{"## Current solutions\n\n", ""}},
	{rule: "required-section", name: "nothing on how customers cope today", fixture: "clean.prfaq.md",
		edits: []string{"## Current solutions\n\nPayment apps ask every friend to work out their share by hand. Splitting\nevenly is unfair to the friend who had a salad.\n\n", ""},
		want:  []want{{lint.Info, 8, 3, 4, "T", "no current solutions paragraph found: say how customers cope today and why that falls short, in the problem paragraph or under ### Current solutions", ""}}},
	{rule: "required-section", name: "how customers cope today, told in the summary", fixture: "clean.prfaq.md",
		edits: []string{"## Current solutions\n\nPayment apps ask every friend to work out their share by hand. Splitting\nevenly is unfair to the friend who had a salad.\n\n", "",
			"30 seconds.\n", "30 seconds. Until now, the friend who paid sent each diner a reminder.\n"}},
	{rule: "required-section", name: "the problem stated in the summary of paragraphs read by their order", fixture: "clean.prfaq.md",
		edits: []string{"30 seconds.\n", "30 seconds. Until now, the friend who paid had to chase the others for a week.\n",
			"## Problem\n\nSplitting a bill is the worst part of a meal out. The person who pays\nwaits six days to get the money back (2026 diner survey, n = 1,200).\n\n## Current solutions\n\nPayment apps ask every friend to work out their share by hand. Splitting\nevenly is unfair to the friend who had a salad.\n\n## Solution\n\nThe person who pays", "With Tab Split, the person who pays"}},
	{rule: "required-section", name: "a trouble with a figure, stated in the summary", fixture: "clean.prfaq.md",
		edits: []string{"30 seconds.\n", "30 seconds. In a 2026 survey, 41% of diners had lost money on a shared bill.\n",
			"## Problem\n\nSplitting a bill is the worst part of a meal out. The person who pays\nwaits six days to get the money back (2026 diner survey, n = 1,200).\n\n## Current solutions\n\nPayment apps ask every friend to work out their share by hand. Splitting\nevenly is unfair to the friend who had a salad.\n\n## Solution\n\nThe person who pays", "With Tab Split, the person who pays"}},
	{rule: "required-section", name: "no problem paragraph is one error, not two findings", fixture: "clean.prfaq.md",
		edits: []string{"## Problem\n\nSplitting a bill is the worst part of a meal out. The person who pays\nwaits six days to get the money back (2026 diner survey, n = 1,200).\n\n## Current solutions\n\nPayment apps ask every friend to work out their share by hand. Splitting\nevenly is unfair to the friend who had a salad.\n\n", ""},
		want:  []want{{lint.Error, 8, 3, 4, "T", "no problem paragraph found: the customer's problem, sized with data, and how they cope today, under ### Problem", ""}}},
	{rule: "required-section", name: "no problem among paragraphs read by their order and words: the lesser finding, which says so", fixture: "clean.prfaq.md",
		edits: []string{"## Problem\n\nSplitting a bill is the worst part of a meal out. The person who pays\nwaits six days to get the money back (2026 diner survey, n = 1,200).\n\n## Current solutions\n\nPayment apps ask every friend to work out their share by hand. Splitting\nevenly is unfair to the friend who had a salad.\n\n## Solution\n\nThe person who pays", "With Tab Split, the person who pays"},
		want:  []want{{lint.Warning, 8, 3, 4, "T", "no problem paragraph found among the paragraphs read by their order and words: head it ### Problem if one of them is; if not, write the customer's problem, sized with data, and how they cope today", ""}}},
	{rule: "required-section", name: "a getting started that is also the call to action", fixture: "clean.prfaq.md",
		edits: []string{"## Call to action\n\nTo try Tab Split, update the app and pay your next bill with it.\n\n", ""}},
	{rule: "required-section", name: "neither getting started nor call to action is one finding", fixture: "clean.prfaq.md",
		edits: []string{"## Call to action\n\nTo try Tab Split, update the app and pay your next bill with it.\n\n", "", "## Getting started\n\nTab Split is in the app today. Pay the bill, tap Split, and show the code\nto your friends.\n\n", ""},
		want:  []want{{lint.Warning, 8, 3, 4, "T", "no getting started or call to action found: how a customer starts and where they go next, under ### Getting started", ""}}},
	{rule: "required-section", name: "no internal FAQ is one finding", fixture: "clean.prfaq.md",
		edits: []string{"### Internal FAQ\n\n#### Economics\n\n**What does it cost to run?**\n\nAbout two cents a split in card fees, which the restaurant pays.\n\n#### Risks\n\n**What is the biggest risk?**\n\nRestaurants that print no code on the receipt. We start with two chains that do.\n\n", ""},
		want:  []want{{lint.Error, 45, 4, 5, "F", "no internal FAQ found: the questions stakeholders will ask (cost, risks, dependencies), under ## Internal FAQ", ""}}},
	{rule: "required-section", name: "the stakeholders' questions in the one FAQ, unheaded", fixture: "clean.prfaq.md",
		edits: []string{"### Internal FAQ\n\n#### Economics\n\n", "", "#### Risks\n\n**What is the biggest risk?**\n\nRestaurants that print no code on the receipt. We start with two chains that do.\n\n", ""},
		want:  []want{{lint.Warning, 45, 4, 5, "F", `no internal FAQ heading: questions such as "What does it cost to run?" are the stakeholders'; put them under ## Internal FAQ`, ""}}},
	{rule: "required-section", name: "an internal tool's FAQ, with only internal questions", fixture: "clean.prfaq.md",
		edits: []string{"### External FAQ\n\n**How much does Tab Split cost?**\n\nNothing for diners. Restaurants pay their usual card fee.\n\n**Do my friends need the app?**\n\nNo. They scan the code with the phone camera and pay in the browser.\n\n", ""}},
	{rule: "required-section", name: "configured down, the lesser findings go down with it", fixture: "clean.prfaq.md",
		edits:  []string{"_Diners who pick up the bill get their money back in seconds._\n\n", "", "## Problem\n\nSplitting a bill is the worst part of a meal out. The person who pays\nwaits six days to get the money back (2026 diner survey, n = 1,200).\n\n", ""},
		config: "severities: {required-section: warning}",
		want: []want{
			{lint.Warning, 8, 3, 4, "T", "no problem paragraph found: the customer's problem, sized with data, and how they cope today, under ### Problem", ""},
			{lint.Info, 8, 3, 4, "T", "no subheadline found: one sentence in italics under the headline, on who the customer is and what they get", ""},
		}},

	// unknown-rule: suppression comments (configuration files are tested
	// in TestConfigApply).
	{rule: "unknown-rule", name: "unknown id in a line suppression, also a word of the line",
		edits: []string{benefitLine, strings.TrimSuffix(benefitLine, "\n") + " # prfaq-lint: disable=table\n"},
		want:  []want{{lint.Warning, 15, 93, 98, "table", `suppression names unknown rule "table"`, ""}}},
	{rule: "unknown-rule", name: "misspelt id in disable-file, next to a known one",
		edits: []string{"version: \"1.0\"\n\n", "version: \"1.0\"\n# prfaq-lint: disable-file=passive-voice, wesel-words\n"},
		want:  []want{{lint.Warning, 8, 43, 54, "wesel-words", `suppression names unknown rule "wesel-words"`, ""}}},
	{rule: "unknown-rule", name: "known ids",
		edits: []string{"version: \"1.0\"\n\n", "version: \"1.0\"\n# prfaq-lint: disable-file=passive-voice,weasel-words\n",
			benefitLine, strings.TrimSuffix(benefitLine, "\n") + " # prfaq-lint: disable=buzzwords\n"}},
	{rule: "unknown-rule", name: "a comment naming prfaq-lint without a directive",
		edits: []string{"version: \"1.0\"\n\n", "version: \"1.0\"\n# prfaq-lint: see docs/lint.md for wesel-words\n"}},

	// format
	{rule: "format", name: "unquoted colon in a value",
		edits: []string{"  headline: Tab Split lets", "  headline: Tab Split: lets"},
		want:  []want{{lint.Error, 21, 3, 4, "h", `malformed YAML: mapping values are not allowed in this context: a value that contains ": " must be quoted, e.g. headline: "Tab Split: pay your share"`, ""}}},
	{rule: "format", name: "unknown template",
		edits: []string{"template: mini", "template: maxi"},
		want:  []want{{lint.Error, 4, 11, 12, "m", `unknown template "maxi": available templates are amazon, internal, mini, mini-team, oss (see prfaq templates list)`, ""}}},
	{rule: "format", name: "every problem, in file order",
		edits: []string{"    date: 2027-06-01", "    date: 2027-13-01", "  headline: Tab", "  headlin: Tab"},
		want: []want{
			{lint.Error, 21, 3, 4, "h", `unknown key "headlin" in press_release: did you mean "headline"?`, ""},
			{lint.Error, 25, 11, 12, "2", `press_release.dateline.date: "2027-13-01" is not a real calendar date`, ""},
		}},
	{rule: "format", name: "FAQ id in the wrong list",
		edits: []string{"    - id: E2", "    - id: I9"},
		want:  []want{{lint.Error, 56, 11, 12, "I", "faq.external[1].id: I9 is in the external list, whose ids start with E (e.g. E9)", ""}}},
	{rule: "format", name: "always an error, whatever the configuration says",
		edits: []string{"template: mini", "template: maxi"}, config: "severities: {format: warning}",
		want: []want{{lint.Error, 4, 11, 12, "m", `unknown template "maxi": available templates are amazon, internal, mini, mini-team, oss (see prfaq templates list)`, ""}}},
	{rule: "format", name: "turned off",
		edits: []string{"template: mini", "template: maxi"}, config: "disable: [format]"},
	{rule: "format", name: "flow mappings, comments and quotes",
		edits: []string{"  dateline:\n    city: SEATTLE, WA\n    date: 2027-06-01\n", "  dateline: {city: \"SEATTLE, WA\", date: 2027-06-01} # where and when\n\n\n",
			"version: \"1.0\"\n", "version: '1.0'\n"}},

	// required-section
	{rule: "required-section", name: "empty string",
		edits: []string{benefitLine, "  benefit: \"\"\n"},
		want:  []want{{lint.Error, 15, 13, 14, `"`, "customer.benefit is required by template mini and is empty (What is the most important customer benefit?)", ""}}},
	{rule: "required-section", name: "missing key points at its parent",
		edits: []string{benefitLine, "  # benefit comes later\n"},
		want:  []want{{lint.Error, 10, 3, 4, "w", "customer.benefit is required by template mini and is empty (What is the most important customer benefit?)", ""}}},
	{rule: "required-section", name: "amazon requires what mini removes; a missing quote is one finding",
		edits: []string{"template: mini", "template: amazon"},
		want: []want{
			{lint.Error, 10, 3, 4, "w", "customer.experience is required by template amazon and is empty (What does the customer experience look like?)", ""},
			{lint.Error, 21, 3, 4, "h", "press_release.leader_quote.text is required by template amazon and is empty (What do they say about why we built it?)", ""},
		}},
	{rule: "required-section", name: "mini removes customer.experience"},
	{rule: "required-section", name: "a one-word answer",
		edits: []string{benefitLine, "  benefit: >-\n    Speed.\n"}},

	// faq-min-entries
	{rule: "faq-min-entries", name: "one external entry in mini",
		edits: []string{e2Entry, ""},
		want:  []want{{lint.Warning, 53, 5, 6, "-", "the external FAQ has 1 entry; template mini asks for at least 2", ""}}},
	{rule: "faq-min-entries", name: "two and two in amazon",
		edits: []string{"template: mini", "template: amazon"},
		want: []want{
			{lint.Warning, 53, 5, 6, "-", "the external FAQ has 2 entries; template amazon asks for at least 3", ""},
			{lint.Warning, 60, 5, 6, "-", "the internal FAQ has 2 entries; template amazon asks for at least 4", ""},
		}},
	{rule: "faq-min-entries", name: "exactly mini's two and two"},
	{rule: "faq-min-entries", name: "an empty list required-section reports is its finding",
		edits: []string{"template: mini", "template: amazon", "  internal:\n", "  internal: []\n  ignored:\n"}},
	{rule: "faq-min-entries", name: "a hand-written FAQ a little short is a note", fixture: "clean.prfaq.md",
		edits: []string{"template: mini", "template: amazon"},
		want: []want{
			{lint.Info, 45, 1, 2, "#", "the external FAQ has 2 entries; template amazon asks for at least 3", ""},
			{lint.Info, 57, 5, 6, "I", "the internal FAQ has 2 entries; template amazon asks for at least 4", ""},
		}},
	{rule: "faq-min-entries", name: "a hand-written internal FAQ of one", fixture: "clean.prfaq.md",
		edits: []string{"template: mini", "template: amazon", "#### Risks\n\n**What is the biggest risk?**\n\nRestaurants that print no code on the receipt. We start with two chains that do.\n", ""},
		want: []want{
			{lint.Info, 45, 1, 2, "#", "the external FAQ has 2 entries; template amazon asks for at least 3", ""},
			{lint.Warning, 57, 5, 6, "I", "the internal FAQ has 1 entry; template amazon asks for at least 4", ""},
		}},
	{rule: "faq-min-entries", name: "no hand-written internal FAQ: required-section's finding", fixture: "clean.prfaq.md",
		edits: []string{"### Internal FAQ\n\n#### Economics\n\n**What does it cost to run?**\n\nAbout two cents a split in card fees, which the restaurant pays.\n\n#### Risks\n\n**What is the biggest risk?**\n\nRestaurants that print no code on the receipt. We start with two chains that do.\n\n", ""}},
	{rule: "faq-min-entries", name: "an internal tool's FAQ, with only internal questions", fixture: "clean.prfaq.md",
		edits: []string{"### External FAQ\n\n**How much does Tab Split cost?**\n\nNothing for diners. Restaurants pay their usual card fee.\n\n**Do my friends need the app?**\n\nNo. They scan the code with the phone camera and pay in the browser.\n\n", ""}},
	{rule: "faq-min-entries", name: "configuration lowers the minimum",
		edits: []string{e2Entry, ""}, config: "thresholds: {min_external_faq: 1}"},

	// faq-categories
	// customer-question-unanswered
	{rule: "customer-question-unanswered", name: "nothing says where to get it",
		edits: []string{e2Entry, "", "    Tab Split is in the app today. Pay the bill, tap Split, and show the code\n", "    Pay the bill, tap Split, and show the code\n"},
		want:  []want{{lint.Info, 53, 5, 6, "-", "neither the press release nor the FAQ tells the customer where and when to get it", ""}}},
	{rule: "customer-question-unanswered", name: "where and when said as a launch at a place",
		edits: []string{e2Entry, "", "    Tab Split is in the app today. Pay the bill, tap Split, and show the code\n", "    Tab Split is live today at all 40 partner restaurants. Pay the bill, tap Split, and show the code\n"}},
	{rule: "customer-question-unanswered", name: "an FAQ entry answers where to get it",
		edits: []string{e2Entry, "    - id: E2\n      question: Where can I get Tab Split?\n      answer: In the Example Pay app, from June 1.\n",
			"    Tab Split is in the app today. Pay the bill, tap Split, and show the code\n", "    Pay the bill, tap Split, and show the code\n"}},

	{rule: "faq-categories", name: "risks not covered",
		edits: []string{"      category: risks", "      category: risk"},
		want:  []want{{lint.Info, 60, 5, 6, "-", "no internal FAQ entry has category risks", ""}}},
	{rule: "faq-categories", name: "amazon's five categories",
		edits: []string{"template: mini", "template: amazon"},
		want: []want{
			{lint.Info, 60, 5, 6, "-", "no internal FAQ entry has category customer-and-market", ""},
			{lint.Info, 60, 5, 6, "-", "no internal FAQ entry has category dependencies", ""},
			{lint.Info, 60, 5, 6, "-", "no internal FAQ entry has category feasibility", ""},
		}},
	{rule: "faq-categories", name: "category in another case and spacing",
		edits: []string{"      category: risks", "      category: \" Risks\""}},

	// faq-question-mark
	{rule: "faq-question-mark", name: "no question mark",
		edits: []string{e1Question, "      question: How much does Tab Split cost\n"},
		want:  []want{{lint.Warning, 54, 17, 18, "H", `FAQ E1 question does not end with "?": "How much does Tab Split cost"`, ""}}},
	{rule: "faq-question-mark", name: "a folded question points at its first line",
		edits: []string{e1Question, "      question: >-\n        How much does\n        Tab Split cost\n"},
		want:  []want{{lint.Warning, 55, 9, 10, "H", `FAQ E1 question does not end with "?": "How much does Tab Split cost"`, ""}}},
	{rule: "faq-question-mark", name: "question mark inside emphasis and quotes",
		edits: []string{e1Question, "      question: \"**How much does Tab Split cost?**\"\n"}},
	{rule: "faq-question-mark", name: "question mark inside inline HTML",
		edits: []string{e1Question, "      question: \"<strong>How much does <em>Tab Split</em> cost?</em></strong>\"\n"}},
	{rule: "faq-question-mark", name: "a closing tag after a question without a mark",
		edits: []string{e1Question, "      question: \"<strong>How much does Tab Split cost</strong>\"\n"},
		want:  []want{{lint.Warning, 54, 18, 19, "<", `FAQ E1 question does not end with "?": "<strong>How much does Tab Split cost</strong>"`, ""}}},

	// choice-option
	{rule: "choice-option", name: "an answer outside the options",
		edits: []string{"template: mini", "template: mini-team", versionLine, versionLine + "team: Payments\n"},
		want:  []want{{lint.Error, 8, 7, 8, "P", `team is "Payments", which is not one of template mini-team's choices: Consumer Payments, Dining`, ""}}},
	{rule: "choice-option", name: "one of the options, quoted and padded",
		edits: []string{"template: mini", "template: mini-team", versionLine, versionLine + "team: \" Dining \"\n"}},
	{rule: "choice-option", name: "no answer is no choice made",
		edits: []string{"template: mini", "template: mini-team", versionLine, versionLine + "team: \"\"\n"}},
	{rule: "choice-option", name: "the built-in template asks no choice of the field",
		edits: []string{versionLine, versionLine + "team: Payments\n"}},

	// needs-unknown, needs-unspoken, needs-undeclared
	{rule: "needs-unknown", name: "a misspelt id", needs: teamNeeds,
		edits: []string{versionLine, versionLine + "serves: [fair-split, fast-repaymnt]\n"},
		want:  []want{{lint.Error, 8, 22, 23, "f", `serves names "fast-repaymnt", which is not a need of .prfaq/needs.yaml: did you mean "fast-repayment"?`, ""}}},
	{rule: "needs-unknown", name: "an id far from any", needs: teamNeeds,
		edits: []string{versionLine, versionLine + "serves:\n  - cheap\n"},
		want:  []want{{lint.Error, 9, 5, 6, "c", `serves names "cheap", which is not a need of .prfaq/needs.yaml: its needs are fair-split, fast-repayment, low-fees, no-reminders`, ""}}},
	{rule: "needs-unknown", name: "no needs file", edits: []string{versionLine, versionLine + "serves: [fair-split]\n"},
		want: []want{{lint.Error, 8, 10, 11, "f", `serves names "fair-split", but no .prfaq/needs.yaml defines the team's needs here or in a folder above`, ""}}},
	{rule: "needs-unknown", name: "known ids", needs: teamNeeds,
		edits: []string{versionLine, versionLine + "serves: [fair-split, fast-repayment]\n"}},
	{rule: "needs-unspoken", name: "a need the press release is silent on", needs: teamNeeds,
		edits: []string{versionLine, versionLine + "serves: [fair-split, low-fees]\n"},
		want:  []want{{lint.Warning, 8, 22, 23, "l", `the press release never speaks to low-fees (Low fees): it names neither the need nor its words and measures "fee", "fees", "free"`, ""}}},
	{rule: "needs-unspoken", name: "a word inside a longer word does not count", needs: teamNeeds,
		edits: []string{versionLine, versionLine + "serves: [low-fees]\n", solutionEnd, "    tap the dishes they had, and pay freely with a saved card.\n"},
		want:  []want{{lint.Warning, 8, 10, 11, "l", "", "never speaks to low-fees"}}},
	{rule: "needs-unspoken", name: "words across a line break and in the customer quote count", needs: teamNeeds,
		edits: []string{versionLine, versionLine + "serves: [fair-split, no-reminders]\n"}},
	{rule: "needs-unspoken", name: "the need's own name counts, in any case", needs: teamNeeds,
		edits: []string{versionLine, versionLine + "serves: [low-fees]\n", solutionEnd, "    tap the dishes they had, and pay with a saved card. LOW FEES apply.\n"}},
	{rule: "needs-undeclared", name: "the team has needs, the document names none", needs: teamNeeds,
		want: []want{{lint.Info, 2, 8, 9, "T", "the document names no customer need it serves; the team's needs (.prfaq/needs.yaml) are fair-split, fast-repayment, low-fees, no-reminders", ""}}},
	{rule: "needs-undeclared", name: "no needs file, no serves"},
	{rule: "needs-undeclared", name: "a need declared", needs: teamNeeds,
		edits: []string{versionLine, versionLine + "serves: [fair-split]\n"}},

	// faq-duplicate
	{rule: "faq-duplicate", name: "same question in other case and spacing",
		edits: []string{e2Question, "      question: how much does  TAB split cost?\n"},
		want:  []want{{lint.Error, 57, 17, 18, "h", `FAQ E2 asks the same question as E1: "how much does TAB split cost?"`, ""}}},
	{rule: "faq-duplicate", name: "internal repeats external",
		edits: []string{"      question: What does it cost to run?", "      question: How much does Tab Split cost"},
		want:  []want{{lint.Error, 62, 17, 18, "H", `FAQ I1 asks the same question as E1: "How much does Tab Split cost"`, ""}}},
	{rule: "faq-duplicate", name: "same start, different question",
		edits: []string{e2Question, "      question: How much does Tab Split cost restaurants?\n"}},

	// faq-unanswered
	{rule: "faq-unanswered", name: "empty answer",
		edits: []string{e2Answer, "      answer: \"\"\n"},
		want:  []want{{lint.Warning, 57, 17, 18, "D", `FAQ E2 has no answer: "Do my friends need the app?"`, ""}}},
	{rule: "faq-unanswered", name: "null answer",
		edits: []string{"      answer: Restaurants that print no code on the receipt. We start with two chains that do.", "      answer:"},
		want:  []want{{lint.Warning, 66, 17, 18, "W", `FAQ I2 has no answer: "What is the biggest risk?"`, ""}}},
	{rule: "faq-unanswered", name: "a one-word answer",
		edits: []string{e2Answer, "      answer: No.\n"}},

	// press-release-length
	{rule: "press-release-length", name: "above the configured warning",
		config: "thresholds: {press_release_words_warn: 50}",
		want:   []want{{lint.Info, 21, 3, 4, "h", "the press release has 191 words, above the 50 a reader takes in at once", ""}}},
	{rule: "press-release-length", name: "above the configured limit is an error",
		config: "thresholds: {press_release_words_max: 60}",
		want:   []want{{lint.Error, 21, 3, 4, "h", "the press release has 191 words, above the limit of 60", ""}}},
	{rule: "press-release-length", name: "400 words against mini's budget",
		edits: []string{solutionEnd, solutionEnd + longSolution},
		want:  []want{{lint.Info, 21, 3, 4, "h", "the press release has 491 words, above the 350 a reader takes in at once", ""}}},
	{rule: "press-release-length", name: "the warning's severity is configurable, the limit's is not",
		edits:  []string{solutionEnd, solutionEnd + longSolution},
		config: "severities: {press-release-length: info}\nthresholds: {press_release_words_max: 450}",
		want:   []want{{lint.Error, 21, 3, 4, "h", "the press release has 491 words, above the limit of 450", ""}}},
	{rule: "press-release-length", name: "configured info",
		edits:  []string{solutionEnd, solutionEnd + longSolution},
		config: "severities: {press-release-length: info}",
		want:   []want{{lint.Info, 21, 3, 4, "h", "the press release has 491 words, above the 350 a reader takes in at once", ""}}},
	{rule: "press-release-length", name: "400 words against amazon's budget",
		edits: []string{"template: mini", "template: amazon", solutionEnd, solutionEnd + longSolution}},
	{rule: "press-release-length", name: "exactly the configured warning",
		config: "thresholds: {press_release_words_warn: 191}"},

	// faq-length
	{rule: "faq-length", name: "above the configured warning",
		config: "thresholds: {faq_words_warn: 20}",
		want:   []want{{lint.Info, 52, 3, 4, "e", "the FAQ has 73 words, above the 20 a reader takes in at once", ""}}},
	{rule: "faq-length", name: "above the configured limit is an error",
		config: "thresholds: {faq_words_max: 30}",
		want:   []want{{lint.Error, 52, 3, 4, "e", "the FAQ has 73 words, above the limit of 30", ""}}},
	{rule: "faq-length", name: "warning turned off, limit above",
		config: "thresholds: {faq_words_warn: 0, faq_words_max: 73}"},

	// field-length
	{rule: "field-length", name: "a Markdown section of one paragraph, half again over its budget",
		fixture: "clean.prfaq.md",
		edits:   []string{"Tab Split is in the app today. Pay the bill, tap Split, and show the code\nto your friends.", "Pay the bill, tap Split, and show the code to your friends. Pay the bill, tap Split, and show the code to your friends. Pay the bill, tap Split, and show the code to your friends.\nPay the bill, tap Split, and show the code to your friends. Pay the bill, tap Split, and show the code to your friends. Pay the bill, tap Split, and show the code to your friends."},
		want:    []want{{lint.Warning, 33, 1, 180, "Pay the bill, tap Split, and show the code to your friends. Pay the bill, tap Split, and show the code to your friends. Pay the bill, tap Split, and show the code to your friends.", "getting started has 72 words; template mini budgets 40", ""}}},
	{rule: "field-length", name: "a Markdown section of two paragraphs: where it ends is the reader's guess",
		fixture: "clean.prfaq.md",
		edits:   []string{"Tab Split is in the app today. Pay the bill, tap Split, and show the code\nto your friends.", "Pay the bill, tap Split, and show the code to your friends. Pay the bill, tap Split, and show the code to your friends. Pay the bill, tap Split, and show the code to your friends.\n\nPay the bill, tap Split, and show the code to your friends. Pay the bill, tap Split, and show the code to your friends. Pay the bill, tap Split, and show the code to your friends."},
		want:    []want{{lint.Info, 33, 1, 180, "Pay the bill, tap Split, and show the code to your friends. Pay the bill, tap Split, and show the code to your friends. Pay the bill, tap Split, and show the code to your friends.", "getting started has 72 words; template mini budgets 40", ""}}},
	{rule: "field-length", name: "sentences above the budget, in a block",
		edits: []string{"    to your friends.\n", "    to your friends. It takes a minute.\n"},
		want: []want{{lint.Info, 40, 5, 78, "Tab Split is in the app today. Pay the bill, tap Split, and show the code",
			"getting started has 3 sentences; template mini budgets 2", ""}}},
	{rule: "field-length", name: "words above the budget, one line",
		edits: []string{"leave the table\n", "leave the table at any restaurant in the city\n"},
		want: []want{{lint.Info, 21, 13, 119, "Tab Split lets friends pay their share of a bill before they leave the table at any restaurant in the city",
			"headline has 21 words; template mini budgets 20", ""}}},
	{rule: "field-length", name: "words half again the budget",
		edits: []string{"leave the table\n", "leave the table at any restaurant in the city, in the suburbs, at the coast, in the hills and anywhere else\n"},
		want: []want{{lint.Warning, 21, 13, 181, "Tab Split lets friends pay their share of a bill before they leave the table at any restaurant in the city, in the suburbs, at the coast, in the hills and anywhere else",
			"headline has 33 words; template mini budgets 20", ""}}},
	{rule: "field-length", name: "exactly the word budget",
		edits: []string{"leave the table\n", "leave the table at any restaurant in town\n"}},
	{rule: "field-length", name: "an abbreviation does not end a sentence",
		edits: []string{"    to your friends.\n", "    to your friends, e.g. Ann.\n"}},

	// paragraph-length
	{rule: "paragraph-length", name: "six sentences on one line",
		edits: []string{e1Answer, "      answer: Nothing for diners. Restaurants pay their card fee. There is no plan. There is no trial. There is no catch. You can stop at any time.\n"},
		want:  []want{{lint.Warning, 55, 15, 34, "Nothing for diners.", "paragraph in FAQ E1 has 6 sentences, more than 5", ""}}},
	{rule: "paragraph-length", name: "second paragraph of a block (two lines more)",
		edits: []string{i1Answer, "      answer: |\n        About two cents a split in card fees.\n\n        Diners pay nothing. Restaurants pay the fee. We pay for hosting.\n        It is cheap. It is steady. It scales.\n"},
		want:  []want{{lint.Warning, 66, 9, 28, "Diners pay nothing.", "paragraph in FAQ I1 has 6 sentences, more than 5", ""}}},
	{rule: "paragraph-length", name: "six list items",
		edits: []string{e1Answer, "      answer: |\n        - Nothing.\n        - No plan.\n        - No trial.\n        - No catch.\n        - No fee.\n        - No ads.\n"}},
	{rule: "paragraph-length", name: "five sentences and a quoted message of two",
		edits: []string{e1Answer, "      answer: 'Nothing for diners. The receipt says \"Pay your share. Tap here.\" There is no plan. There is no trial. There is no catch.'\n"}},
	{rule: "paragraph-length", name: "five sentences",
		edits: []string{e1Answer, "      answer: Nothing for diners. Restaurants pay their card fee. There is no plan. There is no trial. There is no catch.\n"}},

	// subheadline-sentence
	{rule: "subheadline-sentence", name: "two sentences",
		edits: []string{"get their money back in seconds.", "get their money back. It takes seconds."},
		want: []want{{lint.Warning, 22, 16, 83, "Diners who pick up the bill get their money back. It takes seconds.",
			"the subheadline has 2 sentences, not one", ""}}},
	{rule: "subheadline-sentence", name: "two sentences, folded on two lines",
		edits: []string{"  subheadline: Diners who pick up the bill get their money back in seconds.\n",
			"  subheadline: >-\n    Diners who pick up the bill get their money back.\n    It takes seconds.\n"},
		want: []want{{lint.Warning, 23, 5, 54, "Diners who pick up the bill get their money back.", "the subheadline has 2 sentences, not one", ""}}},
	{rule: "subheadline-sentence", name: "an abbreviation and a final accent",
		edits: []string{"get their money back in seconds.", "get their money back in seconds, e.g. at a café."}},

	// headline-form
	{rule: "headline-form", name: "only the product's name",
		edits: []string{headline, "  headline: Tab Split.\n"},
		want:  []want{{lint.Warning, 21, 13, 23, "Tab Split.", `the headline is only the product's name, "Tab Split": say what it does for the customer`, ""}}},
	{rule: "headline-form", name: "two sentences",
		edits: []string{headline, "  headline: Tab Split is here. Friends pay their share at the table.\n"},
		want: []want{{lint.Warning, 21, 13, 69, "Tab Split is here. Friends pay their share at the table.",
			"the headline has 2 sentences, not one", ""}}},
	{rule: "headline-form", name: "name and benefit, quoted",
		edits: []string{headline, "  headline: \"Tab Split: friends pay their share at the table\"\n"}},
	{rule: "headline-form", name: "more than the name",
		edits: []string{headline, "  headline: Meet Tab Split\n"}},

	// long-sentence
	{rule: "long-sentence", name: "31 words",
		edits: []string{e2Answer, "      answer: No. They scan the code with the phone camera, pick the dishes they had from the receipt, and pay with a saved card or another one in the browser without an account.\n"},
		want: []want{{lint.Warning, 58, 19, 46, "They scan the code with the",
			`sentence of 31 words (more than 30) in FAQ E2: "They scan the code with the phone camera, pick the dishes..."`, ""}}},
	{rule: "long-sentence", name: "in a block, across lines",
		edits: []string{"    Payment apps ask every friend to work out their share by hand. Splitting\n",
			"    Payment apps ask every friend to work out their share by hand, to type it into a phone, to find\n    the friend who paid in a list of contacts and to send the money before they forget it. Splitting\n"},
		want: []want{{lint.Warning, 34, 5, 37, "Payment apps ask every friend to", `sentence of 38 words (more than 30) in current solutions: "Payment apps ask every friend to work out their share by ..."`, ""}}},
	{rule: "long-sentence", name: "30 words",
		edits: []string{e2Answer, "      answer: No. They scan the code with the camera, pick the dishes they had from the receipt, and pay with a saved card or another one in the browser without an account.\n"}},
	{rule: "long-sentence", name: "30 words and a source in parentheses",
		edits: []string{e2Answer, "      answer: No. They scan the code with the camera (98% of diners have one, 2026 diner survey), pick the dishes they had from the receipt, and pay with a saved card or another one in the browser without an account.\n"}},
	{rule: "long-sentence", name: "30 words and a quoted example",
		edits: []string{e2Answer, "      answer: No. They scan the code with the camera, pick the dishes they had from the receipt, and pay with a saved card or tap \"Pay with another card\" in the browser without an account.\n"}},
	{rule: "long-sentence", name: "a parenthesis of words is read, and counts",
		edits: []string{e2Answer, "      answer: No. They scan the code with the phone camera (any phone), pick the dishes they had from the receipt, and pay with a saved card or another one in the browser without an account.\n"},
		want: []want{{lint.Warning, 58, 19, 46, "They scan the code with the",
			`sentence of 33 words (more than 30) in FAQ E2: "They scan the code with the phone camera (any phone), pic..."`, ""}}},
	{rule: "long-sentence", name: "a summary's dateline with its date still blank is not the sentence's",
		edits: []string{"    Example Pay today launched Tab Split, a way for friends to settle a\n    restaurant bill at the table. Each diner pays for what they ordered, from\n    their own phone, in under 30 seconds.\n",
			"    Malmö, Sweden – [launch date TBD] – Example Pay today launched Tab Split, a way for friends to\n    settle a restaurant bill at the table, each paying for what they ordered from their own phone.\n"}},
	{rule: "long-sentence", name: "the same words outside the summary's opening count",
		edits: []string{e2Answer, "      answer: Malmö, Sweden – [launch date TBD] – Example Pay today launched Tab Split, a way for friends to settle a restaurant bill at the table, each paying for what they ordered from their own phone.\n"},
		want: []want{{lint.Warning, 58, 15, 58, "Malmö, Sweden – [launch date TBD] – Example",
			`sentence of 33 words (more than 30) in FAQ E2: "Malmö, Sweden – [launch date TBD] – Example Pay today lau..."`, ""}}},
	{rule: "long-sentence", name: "31 words under a configured 40",
		edits:  []string{e2Answer, "      answer: No. They scan the code with the phone camera, pick the dishes they had from the receipt, and pay with a saved card or another one in the browser without an account.\n"},
		config: "thresholds: {sentence_words: 40}"},

	// weasel-words
	{rule: "weasel-words", name: "in a literal block",
		edits: []string{problemL1, "    Splitting a bill is the worst part of many meals out. The person who pays\n"},
		want:  []want{{lint.Warning, 31, 43, 47, "many", `weasel word "many" in problem`, ""}}},
	{rule: "weasel-words", name: "a phrase, capitalised",
		edits: []string{"    Payment apps ask", "    Nearly all payment apps ask"},
		want:  []want{{lint.Warning, 34, 5, 15, "Nearly all", `weasel word "Nearly all" in current solutions`, ""}}},
	{rule: "weasel-words", name: "inside longer words",
		edits: []string{problemL1, "    Splitting a bill in Germany is the mighty worst part of a meal out. The person who pays\n",
			"Everyone has paid their share", "Everyone has paid their share, shoulder to shoulder,"}},
	{rule: "weasel-words", name: "in an FAQ answer, under a question that asks how many",
		edits: []string{e1Question, "      question: How many friends can split a bill?\n", e1Answer, "      answer: Nothing for diners. Many restaurants pay their usual card fee.\n"},
		want:  []want{{lint.Warning, 55, 35, 39, "Many", `weasel word "Many" in FAQ E1`, ""}}},
	{rule: "weasel-words", name: "the figure a few words on",
		edits: []string{e2Answer, "      answer: No. A card reader would cost over $2,000 a restaurant, and we ask for none.\n"}},
	{rule: "weasel-words", name: "the figure opening the next sentence",
		edits: []string{problemL1, "    Splitting a bill is the worst part of many meals out. 38% of those who pay\n"}},
	{rule: "weasel-words", name: "the share in the next sentence's first words",
		edits: []string{problemL1, "    Splitting a bill is the worst part of many meals out. In Malmö, 38% of those who pay\n"}},
	{rule: "weasel-words", name: "the share opening the next sentence's main clause",
		edits: []string{problemL1, "    Splitting a bill is the worst part of many meals out. In a survey we ran with diners in Malmö, 38% of those who pay\n"}},
	{rule: "weasel-words", name: "a share deeper in the next sentence is about something else",
		edits: []string{problemL1, "    Splitting a bill is the worst part of many meals out. Our service desk at the airport takes 38% of its calls. The person who pays\n"},
		want:  []want{{lint.Warning, 31, 43, 47, "many", `weasel word "many" in problem`, ""}}},
	{rule: "weasel-words", name: "introducing the list of them",
		edits: []string{e2Answer, "      answer: |\n        Several questions remain:\n\n        - Which banks take part? All of them.\n"}},
	{rule: "weasel-words", name: "really as in fact",
		edits: []string{e2Answer, "      answer: No. A split that looks late is really a bank holiday.\n"}},
	{rule: "weasel-words", name: "really as an intensifier",
		edits: []string{e2Answer, "      answer: No. Splitting is really quick.\n"},
		want:  []want{{lint.Warning, 58, 32, 38, "really", `weasel word "really" in FAQ E2`, ""}}},
	{rule: "weasel-words", name: "a number that labels is no figure",
		edits: []string{problemL1, "    Splitting a bill is the worst part of many meals out. Diner 1 pays and\n"},
		want:  []want{{lint.Warning, 31, 43, 47, "many", `weasel word "many" in problem`, ""}}},
	{rule: "weasel-words", name: "a year in parentheses is no figure",
		edits: []string{problemL1, "    Splitting a bill is the worst part of many meals (2026 survey). The person who pays\n"},
		want:  []want{{lint.Warning, 31, 43, 47, "many", `weasel word "many" in problem`, ""}}},
	{rule: "weasel-words", name: "a question asked after a colon is no question of the word's",
		edits: []string{problemL1, "    Splitting a bill is the worst part of a meal out. Many ask: who paid? The person who pays\n"},
		want:  []want{{lint.Warning, 31, 55, 59, "Many", `weasel word "Many" in problem`, ""}}},
	{rule: "weasel-words", name: "FAQ questions ask, with a question mark or without",
		edits: []string{e1Question, "      question: Many friends split a bill. Would it work offline\n",
			e2Question, "      question: Could my friends pay in cash?\n"}},
	{rule: "weasel-words", name: "questions in the text ask",
		edits: []string{problemL1, "    Splitting a bill is the worst part of a meal out: \"should I chase them?\" The person who pays\n",
			solutionL1, "    The person who pays taps Split and sees how many have paid. Friends scan a code,\n"}},
	{rule: "weasel-words", name: "made precise right after",
		edits: []string{problemL1, "    Splitting a bill is the worst part of many meals out (4 in 10). The person who pays\n",
			problemL2, "    waits significantly longer: six days to get the money back (2026 diner survey, n = 1,200).\n",
			solutionL1, "    The person who pays is repaid very quickly (under 30 seconds). Friends scan a code,\n"}},
	{rule: "weasel-words", name: "a modal that hedges",
		edits: []string{solutionL1, "    The person who pays should get the money in seconds. Friends scan a code,\n"},
		want:  []want{{lint.Warning, 37, 25, 31, "should", `weasel word "should" in solution`, ""}}},
	{rule: "weasel-words", name: "modals that state facts, and a quote's",
		edits: []string{problemL1, "    Splitting a bill is the worst part of a meal out. The person who pays could not\n",
			problemL2, "    get the money back for six days (2026 diner survey, n = 1,200), and 40% said they would not ask.\n",
			quoteL1, "      Nobody should chase friends. I would have spent the week after our team dinner on it. Now\n"}},
	{rule: "weasel-words", name: "a hypothetical question's answer answers in its mood",
		edits: []string{"      answer: Restaurants that print no code on the receipt. We start with two chains that do.\n", "      answer: A chain could drop the code. We start with two chains that print it.\n",
			"      question: What does it cost to run?\n", "      question: Why not charge diners?\n",
			i1Answer, "      answer: A fee would cut use, and restaurants pay their card fee.\n"}},
	{rule: "weasel-words", name: "a plain question's answer still hedges",
		edits: []string{i1Answer, "      answer: Card fees could rise next year.\n"},
		want:  []want{{lint.Warning, 63, 25, 30, "could", `weasel word "could" in FAQ I1`, ""}}},
	{rule: "weasel-words", name: "a modal quoted in the text is someone's words",
		edits: []string{solutionL1, "    The person who pays reads \"a friend would owe you\" on the receipt. Friends scan a code,\n"}},
	{rule: "weasel-words", name: "should as an instruction",
		edits: []string{"    Tab Split is in the app today. Pay the bill, tap Split, and show the code\n", "    Tab Split is in the app today. Diners should pay the bill, and show the code\n",
			e2Answer, "      answer: No. Your friends should scan the code with the phone camera.\n"}},
	{rule: "weasel-words", name: "should that predicts, even in getting started",
		edits: []string{"    Tab Split is in the app today. Pay the bill, tap Split, and show the code\n", "    Tab Split is in the app today. Friends should be paid up in seconds, and show the code\n"},
		want:  []want{{lint.Warning, 40, 44, 50, "should", `weasel word "should" in getting started`, ""}}},
	{rule: "weasel-words", name: "a table's row heading names",
		edits: []string{"      answer: Restaurants that print no code on the receipt. We start with two chains that do.\n",
			"      answer: Restaurants that print no code on the receipt. We start with two chains that do.\n" +
				"appendix: |\n  | Risk | Likelihood |\n  |---|---|\n  | Diners paying very late | Medium |\n  | Friends pay very late. | Low |\n"},
		want: []want{{lint.Warning, 72, 17, 21, "very", `weasel word "very" in appendix`, ""}}},
	{rule: "weasel-words", name: "a quantity of kinds it names",
		edits: []string{problemL1, "    Splitting a bill spoils many meals, trips and parties. The person who pays\n",
			solutionL1, "    The person who pays taps Split for lots of reasons like speed and fairness. Friends scan a code,\n"}},
	{rule: "weasel-words", name: "a quantity before a clause, not a list",
		edits: []string{problemL1, "    Splitting a bill spoils many meals, and the person who pays\n"},
		want:  []want{{lint.Warning, 31, 29, 33, "many", `weasel word "many" in problem`, ""}}},
	{rule: "weasel-words", name: "as many as the reader likes",
		edits: []string{e2Answer, "      answer: As many as you like can join one bill.\n"}},
	{rule: "weasel-words", name: "as many as possible is vague",
		edits: []string{e2Answer, "      answer: No. We want as many diners as possible to split.\n"},
		want:  []want{{lint.Warning, 58, 30, 34, "many", `weasel word "many" in FAQ E2`, ""}}},
	{rule: "weasel-words", name: "really in a relative clause picks out whom",
		edits: []string{e2Answer, "      answer: No. Only friends who really want it install the app.\n"}},
	{rule: "weasel-words", name: "an FAQ question in Markdown", fixture: "clean.prfaq.md",
		edits: []string{"**Do my friends need the app?**", "**Would my friends need the app?**"}},
	{rule: "weasel-words", name: "removed from the list",
		edits:  []string{problemL1, "    Splitting a bill is the worst part of many meals out. The person who pays\n"},
		config: "words: [{rule: weasel-words, remove: [MANY]}]"},

	// buzzwords
	{rule: "buzzwords", name: "in a one-line plain value",
		edits: []string{ctaLine, "  call_to_action: To try the seamless Tab Split, update the app and pay your next bill with it.\n"},
		want:  []want{{lint.Warning, 49, 30, 38, "seamless", `buzzword "seamless" in call to action`, ""}}},
	{rule: "buzzwords", name: "added by configuration",
		edits:  []string{ctaLine, "  call_to_action: To try the best-ever Tab Split, update the app and pay your next bill with it.\n"},
		config: "words: [{rule: buzzwords, add: [best-ever]}]",
		want:   []want{{lint.Warning, 49, 30, 39, "best-ever", `buzzword "best-ever" in call to action`, ""}}},
	{rule: "buzzwords", name: "inside longer words",
		edits: []string{ctaLine, "  call_to_action: After breakfast, fasten your belt and pay your next bill with Tab Split.\n"}},
	{rule: "buzzwords", name: "removed from the list, in another case",
		edits:  []string{ctaLine, "  call_to_action: To try Tab Split, update the app and pay your next bill with it, fast.\n"},
		config: "words: [{rule: buzzwords, remove: [Fast]}]"},

	{rule: "buzzwords", name: "a plain word in a quote is the speaker's English",
		edits: []string{quoteL1, "      It was easy. I used to spend the week after our team dinner sending reminders. Now\n"}},
	{rule: "buzzwords", name: "a strong word in a quote still claims",
		edits: []string{quoteL1, "      It is seamless. I used to spend the week after our team dinner sending reminders. Now\n"},
		want:  []want{{lint.Warning, 46, 13, 21, "seamless", `buzzword "seamless" in customer quote`, ""}}},
	{rule: "buzzwords", name: "a plain word in the problem describes the old way",
		edits: []string{problemL1, "    Splitting a bill is the worst part of a meal out, even simple ones. The person who pays\n"}},
	{rule: "buzzwords", name: "a plain word negated names a lack",
		edits: []string{solutionL1, "    The person who pays taps Split, as there was no easy way to ask. Friends scan a code,\n"}},
	{rule: "buzzwords", name: "simply as just, with have or be",
		edits: []string{solutionL1, "    The person who pays simply has less to chase. Restaurants have simply added a code,\n"}},
	{rule: "buzzwords", name: "simply before what the customer does sells",
		edits: []string{solutionL1, "    The person who pays simply taps Split on the card receipt. Friends scan a code,\n"},
		want:  []want{{lint.Warning, 37, 25, 31, "simply", `buzzword "simply" in solution`, ""}}},
	{rule: "buzzwords", name: "a plain word in an FAQ answer names a kind of thing",
		edits: []string{e2Answer, "      answer: No. It handles simple splits and hard ones.\n"}},
	{rule: "buzzwords", name: "a strong word in an FAQ answer still claims",
		edits: []string{e2Answer, "      answer: No. It is seamless.\n"},
		want:  []want{{lint.Warning, 58, 25, 33, "seamless", `buzzword "seamless" in FAQ E2`, ""}}},
	{rule: "buzzwords", name: "too easily names a risk",
		edits: []string{ctaLine, "  call_to_action: Friends could split a bill too easily, so update the app and pay your next bill with it.\n"}},
	{rule: "buzzwords", name: "simply not is just not",
		edits: []string{ctaLine, "  call_to_action: Bills are simply not split today, so update the app and pay your next bill with it.\n"}},
	{rule: "buzzwords", name: "simply before a verb claims",
		edits: []string{ctaLine, "  call_to_action: To try it, simply update the app and pay your next bill with Tab Split.\n"},
		want:  []want{{lint.Warning, 49, 30, 36, "simply", `buzzword "simply" in call to action`, ""}}},

	// hype-in-quotes
	{rule: "hype-in-quotes", name: "in the customer quote",
		edits: []string{quoteL1, "      I am thrilled. I used to spend the week after our team dinner sending reminders. Now\n"},
		want:  []want{{lint.Warning, 46, 12, 20, "thrilled", `hype "thrilled" in the customer quote`, ""}}},
	{rule: "hype-in-quotes", name: "the longer phrase wins",
		edits: []string{quoteL1, "      I was thrilled to stop sending reminders after our team dinner. Now\n"},
		want:  []want{{lint.Warning, 46, 13, 24, "thrilled to", `hype "thrilled to" in the customer quote`, ""}}},
	{rule: "hype-in-quotes", name: "hype outside a quote",
		edits: []string{"    Example Pay today launched", "    An excited Example Pay today launched"}},
	{rule: "hype-in-quotes", name: "a longer word in a quote",
		edits: []string{quoteL1, "      The excitement is gone: I used to spend the week sending reminders. Now\n"}},

	// acronym
	{rule: "acronym", name: "first use only",
		edits: []string{solutionL1, "    The person who pays taps Split on the POS receipt. Friends scan a code,\n",
			"    to your friends.\n", "    to your friends at any POS.\n"},
		want: []want{{lint.Info, 37, 43, 46, "POS", "acronym POS in solution is not spelled out at first use", ""}}},
	{rule: "acronym", name: "spelled out only in a later field",
		edits: []string{solutionL1, "    The person who pays taps Split on the POS receipt. Friends scan a code,\n",
			e1Answer, "      answer: Nothing. Any point of sale (POS) works.\n"},
		want: []want{{lint.Info, 37, 43, 46, "POS", "acronym POS in solution is not spelled out at first use", ""}}},
	{rule: "acronym", name: "spelled out",
		edits: []string{solutionL1, "    The person who pays taps Split on the point of sale (POS) receipt. Friends scan a code,\n"}},
	{rule: "acronym", name: "a dateline's place opening the summary",
		edits: []string{"    Example Pay today launched Tab Split, a way for friends to settle a\n",
			"    PORT ALDER, Wash. – Example Pay today launched Tab Split, a way to settle a\n"}},
	{rule: "acronym", name: "a dateline's region code opening the summary",
		edits: []string{"    Example Pay today launched Tab Split, a way for friends to settle a\n",
			"    Willow Bend, OR – [date to come] – Example Pay launched Tab Split, to settle a\n"}},
	{rule: "acronym", name: "an acronym after the dateline's dash",
		edits: []string{"    Example Pay today launched Tab Split, a way for friends to settle a\n",
			"    Toronto, ON -- Example Pay launched Tab Split at every POS, to settle a\n"},
		want: []want{{lint.Info, 27, 60, 63, "POS", "acronym POS in summary is not spelled out at first use", ""}}},
	{rule: "acronym", name: "no dateline: a sentence with a comma and a dash",
		edits: []string{"    Example Pay today launched Tab Split, a way for friends to settle a\n",
			"    With the DMV, diners wait – Example Pay launched Tab Split, to settle a\n"},
		want: []want{{lint.Info, 27, 14, 17, "DMV", "acronym DMV in summary is not spelled out at first use", ""}}},
	{rule: "acronym", name: "a keyword to reply with",
		edits: []string{e1Answer, "      answer: Nothing. Accept a split by replying YES, or ignore it.\n"}},
	{rule: "acronym", name: "on the ignore list",
		edits: []string{"    to your friends.\n", "    to your friends with your ID.\n"}},
	{rule: "acronym", name: "a Markdown headline that is also the title names nothing", fixture: "clean.prfaq.md",
		edits: []string{"title: Tab Split PR/FAQ\n", "", "# Tab Split lets friends pay their share of a bill", "# Tab Split lets friends pay their POS bill"},
		want:  []want{{lint.Info, 7, 36, 39, "POS", "acronym POS in headline is not spelled out at first use", ""}}},
	{rule: "acronym", name: "removed from the list of known acronyms",
		edits:  []string{"    to your friends.\n", "    to your friends as a PDF.\n"},
		config: "words: [{rule: acronym, remove: [PDF]}]",
		want:   []want{{lint.Info, 41, 26, 29, "PDF", "acronym PDF in getting started is not spelled out at first use", ""}}},
	{rule: "acronym", name: "in the headline, not a name, spelled out nowhere",
		edits: []string{headline, "  headline: Tab Split lets friends pay their POS bill before they leave the table\n"},
		want:  []want{{lint.Info, 21, 46, 49, "POS", "acronym POS in headline is not spelled out at first use", ""}}},
	{rule: "acronym", name: "a name elsewhere than in the product, title or headline is a name there only",
		edits: []string{solutionL1, "    The person who pays taps Split on the Example POS Terminal. Friends scan a code,\n",
			"    to your friends.\n", "    to your friends at any POS.\n"},
		want: []want{{lint.Info, 41, 28, 31, "POS", "acronym POS in getting started is not spelled out at first use", ""}}},
	{rule: "acronym", name: "known to every reader",
		edits: []string{solutionL1, "    The person who pays taps Split on the card receipt, a PDF. Friends scan a QR code,\n",
			"    to your friends.\n", "    to your friends by SMS, or with the API.\n"}},
	{rule: "acronym", name: "part of the product's name",
		edits: []string{"product: Tab Split\n", "product: Tab Split for POS\n",
			solutionL1, "    The person who pays taps Split on the POS receipt. Friends scan a code,\n"}},
	{rule: "acronym", name: "part of the title",
		edits: []string{"title: Tab Split PR/FAQ", "title: Tab Split POS PR/FAQ",
			solutionL1, "    The person who pays taps Split on the POS receipt. Friends scan a code,\n"}},
	{rule: "acronym", name: "part of a name in the headline",
		edits: []string{headline, "  headline: Example Pay POS Connect lets friends pay their share before they leave the table\n",
			solutionL1, "    The person who pays taps Split on the POS receipt. Friends scan a code,\n"}},
	{rule: "acronym", name: "in the headline, spelled out below it",
		edits: []string{headline, "  headline: Tab Split lets friends pay their POS bill before they leave the table\n",
			solutionL1, "    The person who pays taps Split on the point of sale (POS) receipt. Friends scan a code,\n"}},
	{rule: "acronym", name: "spelled out in the headline, used in the customer section above it",
		edits: []string{"just paid the whole bill on a card.", "just paid the whole bill at the POS.",
			headline, "  headline: Tab Split lets friends pay at the point of sale (POS) before they leave\n"}},
	{rule: "acronym", name: "spelled out earlier as a name",
		edits: []string{"    Example Pay today launched Tab Split, a way for friends to settle a\n", "    The Seattle Department of Transportation today launched Tab Split, a way to settle a\n",
			e1Answer, "      answer: Nothing for diners. SDOT pays the card fee.\n"}},
	{rule: "acronym", name: "a name in the text, and a keyword to text",
		edits: []string{solutionL1, "    The person who pays taps Split on the Example POS Terminal. Friends text PAY to 555,\n"}},
	{rule: "acronym", name: "added to the ignore list",
		edits:  []string{solutionL1, "    The person who pays taps Split on the POS receipt. Friends scan a code,\n"},
		config: "words: [{rule: acronym, add: [POS]}]"},

	// placeholder
	{rule: "placeholder", name: "TODO",
		edits: []string{ctaLine, "  call_to_action: TODO link to the app store.\n"},
		want:  []want{{lint.Error, 49, 19, 23, "TODO", `placeholder "TODO" left in call to action`, ""}}},
	{rule: "placeholder", name: "bracketed name, insert and lorem ipsum",
		edits: []string{solutionL1, "    [Customer Name] taps Split on the card receipt. Friends scan a code,\n",
			"    Tab Split is in the app today.", "    Tab Split is in the app <insert date>.",
			e1Answer, "      answer: Lorem ipsum dolor sit amet.\n"},
		want: []want{
			{lint.Error, 37, 5, 20, "[Customer Name]", `placeholder "[Customer Name]" left in solution`, ""},
			{lint.Error, 40, 29, 42, "<insert date>", `placeholder "<insert date>" left in getting started`, ""},
			{lint.Error, 55, 15, 26, "Lorem ipsum", `placeholder "Lorem ipsum" left in FAQ E1`, ""},
		}},
	{rule: "placeholder", name: "a wiki link is no bracketed blank",
		edits: []string{"    Tab Split is in the app today.", "    Tab Split is in the app today ([[Customer interviews|interviews]], [[Product names]]) for [Customer Name]."},
		want: []want{
			{lint.Error, 40, 95, 110, "[Customer Name]", `placeholder "[Customer Name]" left in getting started`, ""},
		}},
	{rule: "placeholder", name: "a word placeholder inside a bracketed blank is the one blank",
		edits: []string{"    Tab Split is in the app today.", "    Tab Split is in the app from [TBD, after the pilot] and TBD in stores."},
		want: []want{
			{lint.Error, 40, 34, 56, "[TBD, after the pilot]", `placeholder "[TBD, after the pilot]" left in getting started`, ""},
			{lint.Error, 40, 61, 64, "TBD", `placeholder "TBD" left in getting started`, ""},
		}},
	{rule: "placeholder", name: "in code, and in prose beside it",
		edits: []string{solutionL1, "    The person who pays runs `split --name [Customer Name]` for [Customer Name]. Friends scan a code,\n",
			"    Tab Split is in the app today.", "    Tab Split is in the app `<insert date>` <insert date>."},
		want: []want{
			{lint.Error, 37, 65, 80, "[Customer Name]", `placeholder "[Customer Name]" left in solution`, ""},
			{lint.Error, 40, 45, 58, "<insert date>", `placeholder "<insert date>" left in getting started`, ""},
		}},
	{rule: "placeholder", name: "in a code block, a code span and a comment",
		edits: []string{solutionL1, "    The person who pays types `[customer name]` and <!-- a note for the reviewers, to go before the review: [TBD] --> taps Split.\n\n        $ split --name [SERVICE_NAME] --date <insert date>\n\n    Friends scan a code,\n"}},
	{rule: "placeholder", name: "lower case, links, longer words and tags",
		edits: []string{ctaLine, "  call_to_action: Add it to your todo list, read the [XXL guide](https://example.com/guide)<br> and pay your next bill with it.\n"}},

	// readability
	{rule: "readability", name: "above a configured grade",
		config: "thresholds: {readability_grade: 1}",
		want:   []want{{lint.Info, 21, 3, 4, "h", "", "the press release reads at grade "}}},
	{rule: "readability", name: "plain words at the default grade"},
	{rule: "readability", name: "too short to measure",
		fixture: "short.prfaq.yaml", config: "thresholds: {readability_grade: 1}"},

	// passive-voice, off by default
	{rule: "passive-voice", name: "off by default",
		edits: []string{solutionL1, "    The bill is paid on the card receipt. Friends are sent a code,\n"}},
	{rule: "passive-voice", name: "a severity turns it on",
		edits:  []string{solutionL1, "    The bill is paid on the card receipt. Friends are sent a code,\n"},
		config: "severities: {passive-voice: warning}",
		want: []want{
			{lint.Warning, 37, 14, 21, "is paid", `passive voice in solution: "is paid" (2 passives in 2 sentences)`, ""},
			{lint.Warning, 37, 51, 59, "are sent", `passive voice in solution: "are sent" (2 passives in 2 sentences)`, ""},
		}},
	{rule: "passive-voice", name: "a severity does not turn on what the same file disables",
		edits:  []string{solutionL1, "    The bill is paid on the card receipt. Friends are sent a code,\n"},
		config: "disable: [passive-voice]\nseverities: {passive-voice: warning}"},
	{rule: "passive-voice", name: "two passives in two sentences",
		config: "enable: [passive-voice]",
		edits:  []string{solutionL1, "    The bill is paid on the card receipt. Friends are sent a code,\n"},
		want: []want{
			{lint.Info, 37, 14, 21, "is paid", `passive voice in solution: "is paid" (2 passives in 2 sentences)`, ""},
			{lint.Info, 37, 51, 59, "are sent", `passive voice in solution: "are sent" (2 passives in 2 sentences)`, ""},
		}},
	{rule: "passive-voice", name: "across a line break",
		config: "enable: [passive-voice]",
		edits: []string{problemL1, "    Splitting a bill is the worst part of a meal out. The person who is\n    asked to pay\n",
			problemL2, "    is refunded six days later (2026 diner survey, n = 1,200).\n"},
		want: []want{
			{lint.Info, 31, 70, 72, "is", `passive voice in problem: "is asked" (2 passives in 2 sentences)`, ""},
			{lint.Info, 33, 5, 16, "is refunded", `passive voice in problem: "is refunded" (2 passives in 2 sentences)`, ""},
		}},
	{rule: "passive-voice", name: "two passives in seven sentences are more than one in four",
		config: "enable: [passive-voice]",
		edits:  []string{e1Answer, "      answer: Nothing. The fee is paid by the restaurant. Diners pay nothing. There is no plan. There is no trial. Refunds are sent the same day. Stop at any time.\n"},
		want: []want{
			{lint.Info, 55, 32, 39, "is paid", `passive voice in FAQ E1: "is paid" (2 passives in 7 sentences)`, ""},
			{lint.Info, 55, 124, 132, "are sent", `passive voice in FAQ E1: "are sent" (2 passives in 7 sentences)`, ""},
		}},
	{rule: "passive-voice", name: "every passive when the share is 0",
		edits:  []string{solutionL1, "    The bill is paid on the card receipt. Friends scan a code,\n"},
		config: "enable: [passive-voice]\nthresholds: {passive_voice_percent: 0}",
		want:   []want{{lint.Info, 37, 14, 21, "is paid", `passive voice in solution: "is paid"`, ""}}},
	{rule: "passive-voice", name: "one passive in a paragraph",
		config: "enable: [passive-voice]",
		edits:  []string{solutionL1, "    The bill is paid on the card receipt. Friends scan a code,\n"}},
	{rule: "passive-voice", name: "two passives in eight sentences are one in four",
		config: "enable: [passive-voice]",
		edits:  []string{e1Answer, "      answer: Nothing. The fee is paid by the restaurant. Diners pay nothing. There is no plan. There is no trial. Refunds are sent the same day. Stop at any time. Ask us.\n"}},
	{rule: "passive-voice", name: "two passives in two paragraphs",
		config: "enable: [passive-voice]",
		edits:  []string{i1Answer, "      answer: |\n        The fee is paid by the restaurant.\n\n        Refunds are sent the same day.\n"}},
	{rule: "passive-voice", name: "a configured share above the paragraph's",
		edits:  []string{solutionL1, "    The bill is paid on the card receipt. Friends are sent a code,\n"},
		config: "enable: [passive-voice]\nthresholds: {passive_voice_percent: 100}"},
	{rule: "passive-voice", name: "possessives before participles",
		config: "enable: [passive-voice]",
		edits: []string{solutionL1, "    The payer's saved card pays the bill. Each friend's chosen dishes show up,\n",
			"    tap the dishes they had, and pay with a saved card.\n", "    and they pay for the team's planned dinner.\n"}},
	{rule: "passive-voice", name: "used to",
		config: "enable: [passive-voice]",
		edits:  []string{solutionL1, "    The host is used to paying on the card receipt. Friends are used to it,\n"}},
	{rule: "passive-voice", name: "an adjective after is",
		config: "enable: [passive-voice]",
		edits:  []string{solutionL1, "    The host is tired of chasing friends. Friends are pleased to scan a code,\n"}},

	// dateline
	{rule: "dateline", name: "date is today",
		edits: []string{"    date: 2027-06-01", "    date: 2026-11-22"},
		want:  []want{{lint.Error, 25, 11, 12, "2", "the dateline date 2026-11-22 is not ahead: a future press release announces a launch to come", ""}}},
	{rule: "dateline", name: "no city, no date: one finding",
		edits: []string{"    city: SEATTLE, WA\n    date: 2027-06-01\n", "    city: \"\"\n    outlet: Business Wire\n"},
		want: []want{
			{lint.Error, 24, 5, 6, "c", "no dateline: press_release.dateline has no city and no date", ""},
		}},
	{rule: "dateline", name: "a date and no city: the lesser finding",
		edits: []string{"    city: SEATTLE, WA\n", "    outlet: Business Wire\n"},
		want:  []want{{lint.Warning, 24, 5, 6, "o", "the dateline has no city: it gives only the date", ""}}},
	{rule: "dateline", name: "no dateline opening a Markdown summary: one finding, at the summary", fixture: "clean.prfaq.md",
		edits: []string{"SEATTLE, WA – June 1, 2027 – Example Pay", "Example Pay"},
		want:  []want{{lint.Info, 12, 1, 2, "E", "no dateline: the summary does not open with the city and the launch date", ""}}},
	{rule: "dateline", name: "a Markdown dateline with a date and no city", fixture: "clean.prfaq.md",
		edits: []string{"SEATTLE, WA – June 1, 2027 – Example Pay", "(Business Wire) June 1, 2027 – Example Pay"},
		want:  []want{{lint.Warning, 12, 1, 2, "(", "the dateline has no city: it gives only the date", ""}}},
	{rule: "dateline", name: "a Markdown dateline in full", fixture: "clean.prfaq.md",
		edits: []string{"SEATTLE, WA – June 1, 2027 – Example Pay", "SEATTLE, WA – (Business Wire) – June 1, 2027 – Example Pay"}},
	{rule: "dateline", name: "tomorrow",
		edits: []string{"    date: 2027-06-01", "    date: 2026-11-23"}},
	{rule: "dateline", name: "a past date after launch",
		edits: []string{"    date: 2027-06-01", "    date: 2026-01-10", "mode: future", "mode: launch", "    hypothetical: true", "    hypothetical: false"}},

	// approval-policy
	{rule: "approval-policy", name: "in review, no customer reaction recorded",
		edits:  []string{"status: draft", "status: in-review"},
		config: "approval:\n  min_excited: 3\n",
		want:   []want{{lint.Info, 6, 9, 10, "i", "version 1.0 is in review and falls short of the approval policy (at least 3 excited, at most 0 opposed): customers' reactions to it: no reactions; it needs 3 more excited (0 of 3)", ""}}},
	{rule: "approval-policy", name: "a draft is not held to the policy yet",
		config: "approval:\n  min_excited: 3\n"},
	{rule: "approval-policy", name: "in review, no policy",
		edits: []string{"status: draft", "status: in-review"}},

	// launch-hypothetical-quote
	{rule: "launch-hypothetical-quote", name: "launched with an invented quote",
		edits: []string{"mode: future", "mode: launch"},
		want:  []want{{lint.Error, 48, 19, 20, "t", `the customer quote by "Marta Lindqvist" is marked hypothetical, and the document is in launch mode`, ""}}},
	{rule: "launch-hypothetical-quote", name: "launched with a real quote",
		edits: []string{"mode: future", "mode: launch", "    hypothetical: true", "    hypothetical: false"}},
	{rule: "launch-hypothetical-quote", name: "future with an invented quote"},

	// problem-names-solution
	{rule: "problem-names-solution", name: "names the product",
		edits: []string{problemL1, "    Before Tab Split, a bill was the worst part of a meal out. The person who pays\n"},
		want:  []want{{lint.Warning, 31, 12, 21, "Tab Split", `the problem paragraph names the product, "Tab Split"`, ""}}},
	{rule: "problem-names-solution", name: "describes the solution",
		edits: []string{problemL1, "    Splitting a bill is the worst part of a meal out, so we built an app. The person who pays\n"},
		want:  []want{{lint.Warning, 31, 58, 66, "we built", `the problem paragraph describes the solution: "we built"`, ""}}},
	{rule: "problem-names-solution", name: "product in the customer problem, plural solutions",
		edits: []string{"    The person who paid waits", "    Before Tab Split, the person who paid waits",
			problemL1, "    Splitting a bill is the worst part of a meal out, and the solutions fail. The person who pays\n"}},

	// unsourced-number
	{rule: "unsourced-number", name: "no source",
		edits: []string{problemL2, "    waits six days to get the money back.\n"},
		want:  []want{{lint.Warning, 32, 11, 14, "six", `the number "six" in the problem paragraph has no source: add one in parentheses, or (assumption)`, ""}}},
	{rule: "unsourced-number", name: "a later clause names the source of its own figure",
		edits: []string{problemL2, "    waits, and in a diner survey last spring 62% said they had given up.\n"}},
	{rule: "unsourced-number", name: "a later clause's source does not cover the figure before it",
		edits: []string{problemL2, "    waits 6 days, and in a diner survey last spring 62% said they gave up.\n"},
		want:  []want{{lint.Warning, 32, 11, 12, "6", `the number "6" in the problem paragraph has no source: add one in parentheses, or (assumption)`, ""}}},
	{rule: "unsourced-number", name: "parentheses without words",
		edits: []string{problemL2, "    waits 6 days to get the money back (2026).\n"},
		want:  []want{{lint.Warning, 32, 11, 12, "6", `the number "6" in the problem paragraph has no source: add one in parentheses, or (assumption)`, ""}}},
	{rule: "unsourced-number", name: "a ratio is one finding",
		edits: []string{problemL2, "    never gets it back: 1 in 6 friends forget to pay in 2026.\n"},
		want:  []want{{lint.Warning, 32, 25, 31, "1 in 6", `the number "1 in 6" in the problem paragraph has no source: add one in parentheses, or (assumption)`, ""}}},
	{rule: "unsourced-number", name: "years, schedules and small counts",
		edits: []string{problemL2, "    asks two friends every 15 minutes, two weeks after the 2026 dinner.\n"}},
	{rule: "unsourced-number", name: "a source named in words",
		edits: []string{problemL2, "    waits six days, in our 2026 survey of 1,200 diners, to get paid back.\n"}},
	{rule: "unsourced-number", name: "a later sentence on the same sample",
		edits: []string{problemL2, "    waits six days (2026 survey of 1,200 diners). Of the same 1,200, 38% give up.\n"}},
	{rule: "unsourced-number", name: "a later sentence on another subject",
		edits: []string{problemL2, "    waits six days (2026 survey of 1,200 diners). Bars lose 38% of tips.\n"},
		want:  []want{{lint.Warning, 32, 61, 64, "38%", `the number "38%" in the problem paragraph has no source: add one in parentheses, or (assumption)`, ""}}},
	{rule: "unsourced-number", name: "an assumption",
		edits: []string{problemL2, "    waits six days to get the money back (assumption).\n"}},
	{rule: "unsourced-number", name: "a footnote",
		edits: []string{problemL2, "    waits six days to get the money back[^1].\n"}},

	// customer-focus
	{rule: "customer-focus", name: "about us and the competition",
		edits: []string{"    Example Pay today launched Tab Split, a way for friends to settle a\n",
			"    We at Example Pay built Tab Split for us, our team, our partners and our\n",
			"    restaurant bill at the table. Each diner pays for what they ordered, from\n",
			"    competitors' customers, so we beat our rivals. Each diner pays what we say,\n",
			"    their own phone, in under 30 seconds.\n",
			"    on our app, in under 30 seconds, ahead of the competition.\n"},
		want: []want{{lint.Warning, 21, 3, 4, "h", "", "the press release talks about us ("}}},
	{rule: "customer-focus", name: "as much about the customer as about us",
		edits: []string{"    Example Pay today launched Tab Split, a way for friends to settle a\n",
			"    We launched Tab Split, our way for friends, and us, to settle a\n"}},
	{rule: "customer-focus", name: "the customer under the release's own name for them",
		edits: []string{"    Example Pay today launched Tab Split, a way for friends to settle a\n",
			"    We at Example Pay built Tab Split for diners: our diners, at our tables, on our\n",
			"    restaurant bill at the table. Each diner pays for what they ordered, from\n",
			"    app. We made our app so that diners pay us, and our team, from a\n",
			"    their own phone, in under 30 seconds.\n",
			"    diner's phone, in under 30 seconds.\n"}},
	{rule: "customer-focus", name: "the customer named as the headline's subject",
		edits: []string{headline, "  headline: Diners can now pay their share of a bill before they leave the table\n",
			"    Example Pay today launched Tab Split, a way for friends to settle a\n",
			"    We at Example Pay built Tab Split: our diners, at our tables, on our\n",
			"    restaurant bill at the table. Each diner pays for what they ordered, from\n",
			"    app. We made our app so that diners pay us, and our team, from a\n",
			"    their own phone, in under 30 seconds.\n",
			"    diner's phone, in under 30 seconds.\n"}},
	{rule: "customer-focus", name: "the same release with a headline about the product",
		edits: []string{headline, "  headline: Tab Split lets everyone pay a share of a bill before leaving the table\n",
			"    Example Pay today launched Tab Split, a way for friends to settle a\n",
			"    We at Example Pay built Tab Split: our diners, at our tables, on our\n",
			"    restaurant bill at the table. Each diner pays for what they ordered, from\n",
			"    app. We made our app so that diners pay us, and our team, from a\n",
			"    their own phone, in under 30 seconds.\n",
			"    diner's phone, in under 30 seconds.\n"},
		want: []want{{lint.Warning, 21, 3, 4, "h", "", "the press release talks about us ("}}},
	{rule: "customer-focus", name: "we in the customer quote",
		edits: []string{quoteL1, "      We used to spend the week after our team dinner, all of us, chasing our money. Now\n"}},
}

func TestRules(t *testing.T) {
	triggers, misses := map[string]int{}, map[string]int{}
	for _, rc := range slices.Concat(ruleCases, reviewerCases, faqReferenceCases, faqNearDuplicateCases, quoteExperienceCases, problemEvidenceCases, problemImpactCases) {
		if _, ok := lint.RuleByID(rc.rule); !ok {
			t.Errorf("case %q: unknown rule %q", rc.name, rc.rule)
		}
		if len(rc.want) > 0 {
			triggers[rc.rule]++
		} else {
			misses[rc.rule]++
		}
		t.Run(rc.rule+"/"+rc.name, func(t *testing.T) { runCase(t, rc) })
	}
	for _, r := range lint.Rules() {
		t.Logf("%-26s %d triggering, %d near misses", r.ID, triggers[r.ID], misses[r.ID])
		if triggers[r.ID] == 0 {
			t.Errorf("rule %s: no case triggers it", r.ID)
		}
		if misses[r.ID] == 0 {
			t.Errorf("rule %s: no near-miss case", r.ID)
		}
	}
}

// The fixture the cases start from has no finding at all, so a case's
// findings come from its edit.
func TestCleanFixture(t *testing.T) {
	if fs := lintDoc(t, fixture(t, "clean.prfaq.yaml"), nil); len(fs) > 0 {
		t.Errorf("clean.prfaq.yaml:\n%s", dump(fs))
	}
}

// One configuration serves documents linted in parallel, as prfaq lint
// does over a folder: each gets the same findings as alone (run with
// -race).
func TestLintConcurrent(t *testing.T) {
	cfg := configFrom(t, "words: [{rule: buzzwords, add: [best-ever]}]")
	var srcs []string
	for _, template := range []string{"mini", "amazon", "oss", "internal"} {
		srcs = append(srcs, edit(t, fixture(t, "clean.prfaq.yaml"), "template: mini", "template: "+template,
			solutionEnd, solutionEnd+longSolution, ctaLine, "  call_to_action: Try the best-ever Tab Split, very soon.\n"))
	}
	want := make([][]string, len(srcs))
	for i, src := range srcs {
		want[i] = brief(lintDoc(t, src, cfg))
	}
	var wg sync.WaitGroup
	for n := 0; n < 4; n++ {
		for i, src := range srcs {
			wg.Go(func() {
				fs := lint.Lint(read(docName, []byte(src), cfg), cfg, now)
				if got := brief(fs); !slices.Equal(got, want[i]) {
					t.Errorf("document %d in parallel:\n\t%s\nalone:\n\t%s", i, strings.Join(got, "\n\t"), strings.Join(want[i], "\n\t"))
				}
			})
		}
	}
	wg.Wait()
}

// Positions: columns count characters, whatever the YAML style of the
// value and whatever comes before the word on its line.
func TestPositions(t *testing.T) {
	for _, rc := range []ruleCase{
		{name: "literal block, after a word that holds it",
			edits: []string{"    Payment apps ask every friend to", "    Payment apps ask every friend, very often, to"},
			want:  []want{{lint.Warning, 34, 36, 40, "very", `weasel word "very" in current solutions`, ""}}},
		{name: "one-line plain value",
			edits: []string{ctaLine, "  call_to_action: To try Tab Split on every phone, it is very quick.\n"},
			want:  []want{{lint.Warning, 49, 58, 62, "very", `weasel word "very" in call to action`, ""}}},
		{name: "one-line double-quoted value with escapes before the word",
			edits: []string{ctaLine, `  call_to_action: "To try \"Tab Split\" on every phone\u2014it is very quick."` + "\n"},
			want:  []want{{lint.Warning, 49, 67, 71, "very", `weasel word "very" in call to action`, ""}}},
		{name: "one-line single-quoted value with doubled quotes before the word",
			edits: []string{ctaLine, "  call_to_action: 'To try ''Tab Split'' on every phone: it is very quick.'\n"},
			want:  []want{{lint.Warning, 49, 63, 67, "very", `weasel word "very" in call to action`, ""}}},
		{name: "a tab and an emoji before the word",
			edits: []string{ctaLine, "  call_to_action: To try 🍕 Tab Split,\tit is very quick.\n"},
			want:  []want{{lint.Warning, 49, 45, 49, "very", `weasel word "very" in call to action`, ""}}},
		{name: "multi-byte characters before the word",
			edits: []string{benefitLine, "  benefit: Everyone — in Malmö or Zürich — has paid very quickly.\n"},
			want:  []want{{lint.Warning, 15, 53, 57, "very", `weasel word "very" in customer benefit`, ""}}},
		{name: "folded block",
			edits: []string{"  current_solutions: |\n    Payment apps ask every friend to work out their share by hand. Splitting\n",
				"  current_solutions: >\n    Payment apps ask every friend to work out their share by hand, very\n    slowly. Splitting\n",
				"    evenly is unfair", "    evenly is very unfair"},
			want: []want{
				{lint.Warning, 34, 68, 72, "very", `weasel word "very" in current solutions`, ""},
				{lint.Warning, 36, 15, 19, "very", `weasel word "very" in current solutions`, ""},
			}},
		{name: "folded block, a phrase across the line break ends with the line",
			edits: []string{"  current_solutions: |\n    Payment apps ask every friend to work out their share by hand. Splitting\n",
				"  current_solutions: >\n    Payment apps ask every friend to work out their share by hand, nearly\n    all of them. Splitting\n"},
			want: []want{{lint.Warning, 34, 68, 74, "nearly", `weasel word "nearly all" in current solutions`, ""}}},
		{name: "literal block, a phrase across lines ends with the line",
			edits: []string{problemL1, "    Splitting a bill costs a lot\n    of time. The person who pays\n"},
			want:  []want{{lint.Warning, 31, 28, 33, "a lot", `weasel word "a lot of" in problem`, ""}}},
		{name: "plain value wrapped on two lines",
			edits: []string{e2Answer, "      answer: No. They scan the code with every phone camera and\n        pay in the browser, very quickly.\n"},
			want:  []want{{lint.Warning, 59, 29, 33, "very", `weasel word "very" in FAQ E2`, ""}}},
		{name: "double-quoted value wrapped on two lines",
			edits: []string{ctaLine, "  call_to_action: \"To try Tab Split, update every\n    app; it is very quick.\"\n"},
			want:  []want{{lint.Warning, 50, 16, 20, "very", `weasel word "very" in call to action`, ""}}},
		{name: "literal block, a list item's continuation indented more",
			edits: []string{i1Answer, "      answer: |\n        1. Every diner pays\n           very quickly.\n"},
			want:  []want{{lint.Warning, 65, 12, 16, "very", `weasel word "very" in FAQ I1`, ""}}},
		{name: "a template's custom section",
			edits: []string{"template: mini", "template: oss", "that do.\n", "that do.\nsections:\n  at_a_glance: |\n    - Works with very old phones.\n"},
			want:  []want{{lint.Warning, 70, 18, 22, "very", `weasel word "very" in At a glance`, ""}}},
		{name: "CRLF line ends",
			edits: []string{problemL1, "    Splitting a bill is the worst part of many meals out. The person who pays\n",
				ctaLine, "  call_to_action: To try Tab Split on every phone, it is very quick.\n"},
			crlf: true,
			want: []want{
				{lint.Warning, 31, 43, 47, "many", `weasel word "many" in problem`, ""},
				{lint.Warning, 49, 58, 62, "very", `weasel word "very" in call to action`, ""},
			}},
		{name: "byte order mark",
			edits: []string{problemL1, "    Splitting a bill is the worst part of many meals out. The person who pays\n"},
			bom:   true,
			want:  []want{{lint.Warning, 31, 43, 47, "many", `weasel word "many" in problem`, ""}}},
		{name: "byte order mark and CRLF, folded block",
			edits: []string{"  current_solutions: |\n    Payment apps ask every friend to work out their share by hand. Splitting\n",
				"  current_solutions: >\n    Payment apps ask every friend to work out their share by hand, very\n    slowly. Splitting\n"},
			bom: true, crlf: true,
			want: []want{{lint.Warning, 34, 68, 72, "very", `weasel word "very" in current solutions`, ""}}},
	} {
		rc.rule = "weasel-words"
		t.Run(rc.name, func(t *testing.T) { runCase(t, rc) })
	}
	for _, rc := range []ruleCase{
		{name: "CRLF, malformed",
			edits: []string{"  headline: Tab Split lets", "  headline: Tab Split: lets"}, crlf: true,
			want: []want{{lint.Error, 21, 3, 4, "h", `malformed YAML: mapping values are not allowed in this context: a value that contains ": " must be quoted, e.g. headline: "Tab Split: pay your share"`, ""}}},
		{name: "byte order mark, on the first line",
			edits: []string{"prfaq: 1", "prfaq: 2"}, bom: true,
			want: []want{{lint.Error, 1, 8, 9, "2", "document format 2 is not supported: this prfaq reads format 1 (upgrade prfaq, or set prfaq: 1)", ""}}},
		{name: "byte order mark and CRLF, unknown key",
			edits: []string{"  headline: Tab", "  headlin: Tab"}, bom: true, crlf: true,
			want: []want{{lint.Error, 21, 3, 4, "h", `unknown key "headlin" in press_release: did you mean "headline"?`, ""}}},
		{name: "tab indentation",
			edits: []string{"  headline: Tab", "\theadline: Tab"},
			want:  []want{{lint.Error, 21, 1, 2, "\t", "malformed YAML: found character that cannot start any token (YAML indents with spaces, not tabs)", ""}}},
	} {
		rc.rule = "format"
		t.Run(rc.name, func(t *testing.T) { runCase(t, rc) })
	}
}

// brief is a finding as the suppression tests compare it: rule, place
// and the text it points at.
func brief(fs []lint.Finding) []string {
	out := []string{}
	for _, f := range fs {
		out = append(out, fmt.Sprintf("%s %d:%d-%d %s", f.Rule, f.Line, f.Col, f.EndCol, spanText(f.Source, f.Col, f.EndCol)))
	}
	return out
}

func TestSuppression(t *testing.T) {
	veryFast := "  call_to_action: To try Tab Split, it is very fast."
	for _, c := range []struct {
		name   string
		edits  []string
		config string
		want   []string // every finding of the document
	}{
		{"none", []string{ctaLine, veryFast + "\n"},
			"", []string{"weasel-words 49:43-47 very", "buzzwords 49:48-52 fast"}},
		{"on the line", []string{ctaLine, veryFast + " # prfaq-lint: disable=weasel-words\n"},
			"", []string{"buzzwords 49:48-52 fast"}},
		{"two rules on the line", []string{ctaLine, veryFast + " # prfaq-lint: disable=weasel-words, buzzwords\n"},
			"", []string{}},
		{"on the line above, not two below", []string{ctaLine, "  # prfaq-lint: disable=weasel-words\n" + veryFast + "\n",
			e1Answer, "      answer: Nothing, very seamlessly.\n"},
			"", []string{"buzzwords 50:48-52 fast", "weasel-words 56:24-28 very", "buzzwords 56:29-39 seamlessly"}},
		{"above a literal block's key: the whole block, not the next field", []string{
			"  problem: |\n" + problemL1 + problemL2, "  # prfaq-lint: disable=weasel-words\n  problem: |\n" + strings.Replace(problemL1, "a meal", "many meals", 1) + strings.Replace(problemL2, "money back", "money back, very often,", 1),
			"    Payment apps ask", "    Very often, payment apps ask"},
			"", []string{"weasel-words 35:5-9 Very"}},
		{"above a block's key, a one-line field right after it", []string{
			"  problem: |\n    The person who paid", "  # prfaq-lint: disable=weasel-words\n  problem: |\n    The very person who paid",
			benefitLine, "  benefit: Everyone has paid very quickly.\n"},
			"", []string{"weasel-words 16:30-34 very"}},
		{"above a folded block's key: every source line", []string{
			"  current_solutions: |\n    Payment apps ask every friend to work out their share by hand. Splitting\n    evenly is unfair",
			"  # prfaq-lint: disable=weasel-words\n  current_solutions: >\n    Payment apps ask very\n    many friends to work out their share by hand. Splitting\n    evenly is very unfair",
			solutionL1, "    The very person who pays taps Split on the card receipt. Friends scan a code,\n"},
			"", []string{"weasel-words 39:9-13 very"}},
		{"above a wrapped plain value: every line", []string{
			e2Answer, "      # prfaq-lint: disable=weasel-words\n      answer: No. They scan the code with every phone camera and\n        pay in the browser, very quickly.\n"},
			"", []string{}},
		{"disable-file, at the end", []string{
			ctaLine, veryFast + "\n", e1Answer, "      answer: Nothing, very seamlessly.\n# prfaq-lint: disable-file=weasel-words\n"},
			"", []string{"buzzwords 49:48-52 fast", "buzzwords 55:29-39 seamlessly"}},
		{"an unknown id next to a known one", []string{ctaLine, veryFast + " # prfaq-lint: disable=weasel-words, fastness\n"},
			"", []string{"buzzwords 49:48-52 fast", "unknown-rule 49:90-98 fastness"}},
		{"unknown-rule: always a warning, not silenced by a suppression", []string{ctaLine, veryFast + " # prfaq-lint: disable=unknown-rule, weasel-words, fastness\n"},
			"severities: {unknown-rule: error}", []string{"buzzwords 49:48-52 fast", "unknown-rule 49:104-112 fastness"}},
		{"unknown-rule turned off", []string{ctaLine, veryFast + " # prfaq-lint: disable=weasel-words, fastness\n"},
			"disable: [unknown-rule]", []string{"buzzwords 49:48-52 fast"}},
		{"a finding at a list's start, from the key line above", []string{
			e2Entry, "", "  external:\n", "  external: # prfaq-lint: disable=faq-min-entries\n"},
			"", []string{}},
	} {
		t.Run(c.name, func(t *testing.T) {
			src := edit(t, fixture(t, "clean.prfaq.yaml"), c.edits...)
			fs := lintDoc(t, src, configFrom(t, c.config))
			for _, f := range only(fs, "unknown-rule") {
				if f.Severity != lint.Warning {
					t.Errorf("%s: want a warning", show(f))
				}
			}
			got := brief(fs)
			want := slices.Clone(c.want)
			slices.SortStableFunc(want, func(a, b string) int { return cmp.Compare(posKey(a), posKey(b)) })
			if !slices.Equal(got, want) {
				t.Errorf("findings:\n\t%s\nwant:\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
			}
		})
	}
}

// posKey orders brief findings as lint.Less does: line, column, rule.
func posKey(s string) string {
	rule, rest, _ := strings.Cut(s, " ")
	var line, col int
	fmt.Sscanf(rest, "%d:%d", &line, &col)
	return fmt.Sprintf("%06d:%06d %s", line, col, rule)
}

const configYAML = `disable: [weasel-words, no-such-rule]
enable: [passive-voice, nope]
severities:
  long-sentence: error
  passive-voice: off
  faq-categories: warning
  made-up: info
  buzzwords: loud
  field-length: info
thresholds:
  sentence_words: 40
  bogus: 3
  faq_words_warn: many
  readability_grade: "-1"
words:
  - rule: buzzwords
    add: [best-ever, a bit]
    remove: [Fast]
  - rule: nope
    add: [x]
`

// Apply reports each unknown id and bad value at its place in the
// configuration file, sorted, and applies the rest.
func TestConfigApply(t *testing.T) {
	fc, pos, err := store.DecodeLintConfig(".prfaq-lint.yaml", []byte(configYAML))
	if err != nil {
		t.Fatal(err)
	}
	cfg := lint.DefaultConfig()
	problems := cfg.Apply(".prfaq-lint.yaml", fc, pos)
	type p struct {
		line, col int
		msg       string
	}
	wants := []p{
		{1, 25, `unknown rule "no-such-rule": it is ignored`},
		{2, 25, `unknown rule "nope": it is ignored`},
		{7, 12, `unknown rule "made-up": it is ignored`},
		{8, 14, `"loud" is not a severity: use error, warning or info`},
		{12, 10, `unknown threshold "bogus": use one of sentence_words, paragraph_sentences, press_release_words_warn, press_release_words_max, faq_words_warn, faq_words_max, readability_grade, min_external_faq, min_internal_faq, passive_voice_percent`},
		{13, 19, `threshold faq_words_warn: "many" is not a whole number`},
		{14, 23, `threshold readability_grade: "-1" is not a whole number`},
		{19, 11, `rule "nope" has no word list: use weasel-words, buzzwords, hype-in-quotes, placeholder or acronym`},
	}
	ok := len(problems) == len(wants)
	for i := 0; ok && i < len(wants); i++ {
		g, w := problems[i], wants[i]
		ok = g.Rule == "unknown-rule" && g.Severity == lint.Warning && g.File == ".prfaq-lint.yaml" &&
			g.Line == w.line && g.Col == w.col && g.EndLine == w.line && g.EndCol == w.col+1 && g.Message == w.msg && g.Hint != ""
	}
	if !ok {
		t.Errorf("problems:\n%swant:\n%v", dump(problems), wants)
	}

	// What the file sets, in a document: weasel-words and passive-voice
	// off; long-sentence an error and only above 40 words (the template
	// says 30); faq-categories a warning, field-length info; the buzzword
	// list without "fast" and with two more; the bad readability grade
	// leaves the default.
	src := edit(t, fixture(t, "clean.prfaq.yaml"),
		problemL1, "    Splitting a bill is the worst part of many meals out. The person who pays\n",
		solutionL1, "    The bill is paid on the card receipt. Friends scan a code, a bit fast,\n",
		"      category: risks", "      category: risk",
		"    to your friends.\n", "    to your friends. It takes a minute.\n",
		ctaLine, "  call_to_action: Try the best-ever Tab Split.\n",
		e1Answer, "      answer: Nothing. They scan the code with the phone camera, pick the dishes they had from the receipt, and pay with a saved card or another one in the browser without an account.\n",
		e2Answer, "      answer: No. They scan the code with the phone camera, pick the dishes they had from the receipt, and pay with a saved card or another one in the browser without an account, in less than a minute, at any table or bar.\n",
	)
	var got []string
	for _, f := range lintDoc(t, src, cfg) {
		got = append(got, fmt.Sprintf("%s %s %d:%d %s", f.Rule, f.Severity, f.Line, f.Col, spanText(f.Source, f.Col, f.EndCol)))
	}
	want := []string{
		"buzzwords warning 37:64 a bit",
		"field-length info 40:5 Tab Split is in the app today. Pay the bill, tap Split, and show the code",
		"buzzwords warning 49:27 best-ever",
		// "without an account" names an account: what happens to it on
		// stopping is a fair question.
		"customer-question-unanswered info 53:5 -",
		"long-sentence error 58:19 They scan the code with the",
		"faq-categories warning 60:5 -",
	}
	if !slices.Equal(got, want) {
		t.Errorf("findings:\n\t%s\nwant:\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}

// A nearer configuration file turns back on what a farther one turned off.
func TestConfigEnableAfterDisable(t *testing.T) {
	cfg := configFrom(t, "disable: [weasel-words]")
	src := edit(t, fixture(t, "clean.prfaq.yaml"), problemL1, "    Splitting a bill is the worst part of many meals out. The person who pays\n")
	if fs := only(lintDoc(t, src, cfg), "weasel-words"); len(fs) != 0 {
		t.Errorf("disabled, found:\n%s", dump(fs))
	}
	fc, pos, err := store.DecodeLintConfig("sub/.prfaq-lint.yaml", []byte("enable: [weasel-words]\nseverities: {weasel-words: INFO}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if ps := cfg.Apply("sub/.prfaq-lint.yaml", fc, pos); len(ps) > 0 {
		t.Fatalf("problems:\n%s", dump(ps))
	}
	assertFindings(t, "weasel-words", only(lintDoc(t, src, cfg), "weasel-words"),
		[]want{{lint.Info, 31, 43, 47, "many", `weasel word "many" in problem`, ""}})
}

// Thresholds come from the defaults, then the template's budgets, then
// configuration files; one configuration serves documents of several
// templates without one's budgets leaking into the next.
func TestTemplateBudgets(t *testing.T) {
	long := func(template string) string {
		return edit(t, fixture(t, "clean.prfaq.yaml"), "template: mini", "template: "+template, solutionEnd, solutionEnd+longSolution)
	}
	miniWarn := []want{{lint.Info, 21, 3, 4, "h", "the press release has 491 words, above the 350 a reader takes in at once", ""}}
	cfg := lint.DefaultConfig()
	for i, c := range []struct {
		template string
		want     []want
	}{{"mini", miniWarn}, {"amazon", nil}, {"mini", miniWarn}, {"oss", nil}, {"internal", nil}} {
		t.Run(fmt.Sprint(i, c.template), func(t *testing.T) {
			assertFindings(t, "press-release-length", only(lintDoc(t, long(c.template), cfg), "press-release-length"), c.want)
		})
	}
	t.Run("a configured threshold wins over mini's", func(t *testing.T) {
		cfg := configFrom(t, "thresholds: {press_release_words_warn: 500}")
		assertFindings(t, "press-release-length", only(lintDoc(t, long("mini"), cfg), "press-release-length"), nil)
	})
	t.Run("above mini's limit", func(t *testing.T) {
		src := edit(t, fixture(t, "clean.prfaq.yaml"), solutionEnd, solutionEnd+longSolution+longSolution)
		assertFindings(t, "press-release-length", only(lintDoc(t, src, cfg), "press-release-length"),
			[]want{{lint.Error, 21, 3, 4, "h", "the press release has 791 words, above the limit of 500", ""}})
	})
}

// Every example lints; the text a finding points at is the text its
// message quotes.
func TestExamples(t *testing.T) {
	files, err := filepath.Glob("../../examples/*.prfaq.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no examples: %v", err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range lintDoc(t, string(data), nil) {
				if f.Rule == "format" {
					t.Errorf("%s", show(f))
				}
				at := spanText(f.Source, f.Col, f.EndCol)
				switch f.Rule {
				case "weasel-words", "buzzwords", "hype-in-quotes", "passive-voice", "placeholder", "unsourced-number":
					_, q, _ := strings.Cut(f.Message, `"`)
					q, _, _ = strings.Cut(q, `"`)
					if at == "" || !strings.HasPrefix(q, strings.Join(strings.Fields(at), " ")) {
						t.Errorf("%s points at %q", show(f), at)
					}
				case "acronym":
					if !strings.HasPrefix(f.Message, "acronym "+at+" ") {
						t.Errorf("%s points at %q", show(f), at)
					}
				}
			}
		})
	}
}

func TestScoreFindings(t *testing.T) {
	fs := func(rule string, sev lint.Severity, n int) []lint.Finding {
		return slices.Repeat([]lint.Finding{{Rule: rule, Severity: sev}}, n)
	}
	type cat struct {
		score int
		lost  []lint.RuleCost
	}
	for _, c := range []struct {
		name     string
		findings []lint.Finding
		total    int
		cats     [4]cat // structure, clarity, evidence, customer focus
	}{
		{"nothing found", nil, 100, [4]cat{{25, nil}, {25, nil}, {25, nil}, {25, nil}}},
		{"an error costs 6", fs("format", lint.Error, 1), 94,
			[4]cat{{19, []lint.RuleCost{{Rule: "format", Findings: 1, Points: 6}}}, {25, nil}, {25, nil}, {25, nil}}},
		{"a rule costs at most 10", fs("weasel-words", lint.Warning, 6), 90,
			[4]cat{{25, nil}, {15, []lint.RuleCost{{Rule: "weasel-words", Findings: 6, Points: 10}}}, {25, nil}, {25, nil}}},
		{"info costs half a point, scores round half up", fs("passive-voice", lint.Info, 3), 99,
			[4]cat{{25, nil}, {24, []lint.RuleCost{{Rule: "passive-voice", Findings: 3, Points: 1.5}}}, {25, nil}, {25, nil}}},
		{"a category does not go below 0, lost sorted by points, ties in rule order",
			slices.Concat(fs("faq-min-entries", lint.Warning, 1), fs("required-section", lint.Error, 2), fs("faq-duplicate", lint.Error, 1), fs("format", lint.Error, 2)), 75,
			[4]cat{{0, []lint.RuleCost{
				{Rule: "format", Findings: 2, Points: 10}, {Rule: "required-section", Findings: 2, Points: 10},
				{Rule: "faq-duplicate", Findings: 1, Points: 6}, {Rule: "faq-min-entries", Findings: 1, Points: 2},
			}}, {25, nil}, {25, nil}, {25, nil}}},
		{"the finding's severity counts, not the rule's default",
			slices.Concat(fs("long-sentence", lint.Error, 1), fs("long-sentence", lint.Warning, 1), fs("weasel-words", lint.Warning, 2), fs("passive-voice", lint.Info, 1)), 88,
			[4]cat{{25, nil}, {13, []lint.RuleCost{
				{Rule: "long-sentence", Findings: 2, Points: 8}, {Rule: "weasel-words", Findings: 2, Points: 4}, {Rule: "passive-voice", Findings: 1, Points: 0.5},
			}}, {25, nil}, {25, nil}}},
		{"lost sorted by points, not rule order", slices.Concat(fs("long-sentence", lint.Warning, 1), fs("weasel-words", lint.Warning, 3)), 92,
			[4]cat{{25, nil}, {17, []lint.RuleCost{{Rule: "weasel-words", Findings: 3, Points: 6}, {Rule: "long-sentence", Findings: 1, Points: 2}}}, {25, nil}, {25, nil}}},
		// The total rounds the sum of the unrounded categories: here the
		// categories show 25 each and the total is 99.
		{"the total rounds the exact sum", slices.Concat(fs("dateline", lint.Info, 1), fs("customer-focus", lint.Info, 1)), 99,
			[4]cat{{25, nil}, {25, nil}, {25, []lint.RuleCost{{Rule: "dateline", Findings: 1, Points: 0.5}}}, {25, []lint.RuleCost{{Rule: "customer-focus", Findings: 1, Points: 0.5}}}}},
		{"every category", slices.Concat(fs("placeholder", lint.Error, 1), fs("acronym", lint.Warning, 1), fs("unsourced-number", lint.Warning, 3), fs("problem-names-solution", lint.Warning, 1)), 84,
			[4]cat{{19, []lint.RuleCost{{Rule: "placeholder", Findings: 1, Points: 6}}}, {23, []lint.RuleCost{{Rule: "acronym", Findings: 1, Points: 2}}},
				{19, []lint.RuleCost{{Rule: "unsourced-number", Findings: 3, Points: 6}}}, {23, []lint.RuleCost{{Rule: "problem-names-solution", Findings: 1, Points: 2}}}}},
		{"unknown rule ids cost nothing", fs("no-such-rule", lint.Error, 3), 100, [4]cat{{25, nil}, {25, nil}, {25, nil}, {25, nil}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := lint.ScoreFindings(c.findings)
			if s.Total != c.total {
				t.Errorf("total %d, want %d", s.Total, c.total)
			}
			names := []lint.Category{lint.Structure, lint.Clarity, lint.Evidence, lint.CustomerFocus}
			if len(s.Categories) != 4 {
				t.Fatalf("categories: %+v", s.Categories)
			}
			for i, cs := range s.Categories {
				w := c.cats[i]
				if cs.Category != names[i] || cs.Max != 25 || cs.Score != w.score || !slices.Equal(cs.Lost, w.lost) {
					t.Errorf("category %d: %+v, want %s %d/25 lost %+v", i, cs, names[i], w.score, w.lost)
				}
			}
		})
	}
}

// BenchmarkLint lints a realistic amazon PR/FAQ of about 700 words: the
// press release, the customer answers and a few FAQ entries of the
// project's own example.
func BenchmarkLint(b *testing.B) {
	src := benchDocument(b)
	cfg := lint.DefaultConfig()
	b.ReportAllocs()
	b.SetBytes(int64(len(src)))
	var n int
	for b.Loop() {
		n = len(lint.Lint(read(docName, src, cfg), cfg, now))
	}
	b.ReportMetric(float64(n), "findings/op")
}

func benchDocument(tb testing.TB) []byte {
	data, err := os.ReadFile("../../examples/prfaq.prfaq.yaml")
	if err != nil {
		tb.Fatal(err)
	}
	doc, _, err := store.DecodeDocument("prfaq.prfaq.yaml", data)
	if err != nil {
		tb.Fatal(err)
	}
	words := func(s string) int { return len(strings.Fields(s)) }
	pr := doc.PressRelease
	total := 0
	for _, s := range []string{pr.Headline, pr.Subheadline, pr.Summary, pr.Problem, pr.CurrentSolutions, pr.Solution,
		pr.LeaderQuote.Text, pr.GettingStarted, pr.CustomerQuote.Text, pr.CallToAction} {
		total += words(s)
	}
	// The customer answers, first sentence each.
	for _, s := range []*string{&doc.Customer.Who, &doc.Customer.Problem, &doc.Customer.Benefit, &doc.Customer.Evidence, &doc.Customer.Experience} {
		if i := strings.Index(*s, ". "); i > 0 {
			*s = (*s)[:i+1] + "\n"
		}
		total += words(*s)
	}
	// FAQ entries, answers to their first paragraph, in order, up to
	// about 700 words.
	keep := func(entries []prfaq.FAQEntry, min int) []prfaq.FAQEntry {
		var out []prfaq.FAQEntry
		for _, e := range entries {
			if i := strings.Index(e.Answer, "\n\n"); i > 0 {
				e.Answer = e.Answer[:i+1]
			}
			n := words(e.Question) + words(e.Answer)
			if len(out) >= min && total+n > 700 {
				break
			}
			out = append(out, e)
			total += n
		}
		return out
	}
	doc.FAQ.External = keep(doc.FAQ.External, 1)
	doc.FAQ.Internal = keep(doc.FAQ.Internal, 1)
	doc.Appendix = ""
	doc.History = nil
	out, err := store.EncodeDocument(doc)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Logf("%d words", total)
	if total < 600 || total > 800 {
		tb.Fatalf("benchmark document has %d words, want about 700", total)
	}
	return out
}

// FuzzLint: any bytes lint without a panic, and the findings keep their
// promises (sorted, Source is the line, spans on one line).
func FuzzLint(f *testing.F) {
	for _, name := range []string{"testdata/clean.prfaq.yaml", "testdata/short.prfaq.yaml", "../../examples/prfaq.prfaq.yaml", "../../examples/meal-kit-pause.prfaq.yaml"} {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("\uFEFFprfaq: 1\r\ntitle: x\r\ntemplate: mini\r\nmode: future\r\nstatus: draft\r\nversion: \"1.0\"\r\npress_release:\r\n  problem: >\r\n    very\r\n\r\n     many\r\n"))
	f.Add([]byte("prfaq: 1\ntitle: x\ntemplate: mini\nmode: future\nstatus: draft\nversion: \"1.0\"\npress_release:\n  headline: \"a\\tvery \\u00e9 \\\n   many\"\n"))
	cfg := lint.DefaultConfig()
	f.Fuzz(func(t *testing.T, src []byte) {
		fs := lint.Lint(read(docName, src, cfg), cfg, now)
		if !utf8.Valid(src) {
			return // one format finding; lines are not text
		}
		checkInvariants(t, docName, string(src), fs)
	})
}

// Every rule has a page in docs/rules whose header gives its category
// and default severity, and whose examples behave as the page says: the
// "Triggers" example adds findings of the rule, with the messages the page
// quotes in italics, and the "Fixed" example adds none. Examples are laid
// over testdata/clean.prfaq.yaml (in the template the page names); pages
// whose examples are abbreviated, or need a document of their own, are
// only checked for their header.
func TestRuleDocs(t *testing.T) {
	readme, err := os.ReadFile("../../docs/rules/README.md")
	if err != nil {
		t.Fatal(err)
	}
	contextual := map[string]string{
		"format":               "the example is a whole document",
		"unknown-rule":         "the example is a configuration file",
		"press-release-length": "the example is abbreviated",
		"faq-length":           "the example is abbreviated",
		"markdown-structure":   "the example is Markdown (cases in ruleCases)",
		"approval-policy":      "the example needs a policy and customers' reactions (cases in ruleCases and TestApprovalPolicy)",
		"choice-option":        "the example needs a team template (cases in ruleCases)",
		"needs-unknown":        "the example needs the team's .prfaq/needs.yaml (cases in ruleCases)",
		"needs-unspoken":       "the example needs the team's .prfaq/needs.yaml (cases in ruleCases)",
		"needs-undeclared":     "the example needs the team's .prfaq/needs.yaml (cases in ruleCases)",
	}
	for _, r := range lint.Rules() {
		t.Run(r.ID, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("../..", r.DocPath()))
			if os.IsNotExist(err) {
				t.Fatalf("rule %s has no page %s: every rule needs one, and a row in docs/rules/README.md", r.ID, r.DocPath())
			}
			if err != nil {
				t.Fatal(err)
			}
			page := string(data)
			lines := strings.Split(page, "\n")
			if want := "# " + r.ID + ": " + r.Name; lines[0] != want {
				t.Errorf("title %q, want %q", lines[0], want)
			}
			if want := fmt.Sprintf("**Category:** %s · **Default severity:** %s", r.Category, r.Default); len(lines) < 3 || !strings.HasPrefix(lines[2], want) {
				t.Errorf("header %q, want it to start %q", lines[2], want)
			}
			if !strings.Contains(string(readme), fmt.Sprintf("| [%s](%s.md) | %s | %s", r.ID, r.ID, r.Category, r.Default)) {
				t.Errorf("docs/rules/README.md has no row for %s (%s, %s)", r.ID, r.Category, r.Default)
			}
			ex := docExamples(page)
			if !ex.hasTriggers || !ex.hasFixed {
				t.Errorf("the page needs a Triggers and a Fixed example")
			}
			if why, skip := contextual[r.ID]; skip {
				t.Skipf("examples not run: %s", why)
			}
			base := edit(t, fixture(t, "clean.prfaq.yaml"), "template: mini", "template: "+ex.template)
			if r.ID == "readability" || r.ID == "customer-focus" { // a press release of just the example's fields
				base, _, _ = strings.Cut(base, "\ncustomer:\n")
			}
			before := map[string]bool{}
			for _, f := range only(lintDoc(t, base, nil), r.ID) {
				before[f.Message] = true
			}
			// messages of the rule in a document with the example, and
			// those of them the clean document does not have.
			messages := func(block, config string) (all, added []string) {
				for _, f := range only(lintDoc(t, overlay(t, base, block), configFrom(t, config)), r.ID) {
					all = append(all, f.Message)
					if !before[f.Message] {
						added = append(added, f.Message)
					}
				}
				return all, added
			}
			if !topLevel(ex.triggers) {
				t.Errorf("Triggers example is not a top-level mapping:\n%s", ex.triggers)
			} else {
				got, added := messages(ex.triggers, strings.TrimPrefix(ex.triggersConfig, "# .prfaq-lint.yaml\n"))
				if len(ex.messages) == 0 && len(added) == 0 {
					t.Errorf("Triggers example adds no %s finding", r.ID)
				}
				for _, m := range ex.messages {
					if !slices.ContainsFunc(got, func(g string) bool { return strings.Contains(g, m) }) {
						t.Errorf("Triggers example: no message with %q in %q", m, got)
					}
				}
			}
			if topLevel(ex.fixed) {
				if _, added := messages(ex.fixed, strings.TrimPrefix(cmp.Or(ex.fixedConfig, ex.triggersConfig), "# .prfaq-lint.yaml\n")); len(added) > 0 {
					t.Errorf("Fixed example adds %q", added)
				}
			} else {
				t.Logf("Fixed example is a fragment: not run")
			}
		})
	}
}

type examples struct {
	template        string
	hasTriggers     bool
	hasFixed        bool
	triggers, fixed string   // the first YAML block after each
	fixedConfig     string   // a .prfaq-lint.yaml the fix relies on
	triggersConfig  string   // one the rule needs to run at all (a rule off by default); the fix runs with it too
	messages        []string // the messages the Triggers paragraph quotes
}

// docExamples reads a rule page's Examples section.
func docExamples(page string) examples {
	ex := examples{template: "mini"}
	_, sec, _ := strings.Cut(page, "\n## Examples\n")
	sec, _, _ = strings.Cut(sec, "\n## ")
	var kind string
	var block []string
	inBlock := false
	for _, line := range strings.Split(sec, "\n") {
		switch {
		case inBlock && line == "```":
			inBlock = false
			text := strings.Join(block, "\n") + "\n"
			if strings.HasPrefix(text, "# .prfaq-lint.yaml") {
				if kind == "Triggers" {
					ex.triggersConfig = text
				} else {
					ex.fixedConfig = text
				}
				break
			}
			if kind == "Triggers" && ex.triggers == "" {
				ex.triggers = text
			} else if kind == "Fixed" && ex.fixed == "" {
				ex.fixed = text
			}
			kind = ""
		case inBlock:
			block = append(block, line)
		case line == "```yaml":
			inBlock, block = true, nil
		case strings.HasPrefix(line, "Triggers"), strings.HasPrefix(line, "Fixed"):
			kind, _, _ = strings.Cut(line, " ")
			kind = strings.TrimRight(kind, ":,")
			ex.hasTriggers = ex.hasTriggers || kind == "Triggers"
			ex.hasFixed = ex.hasFixed || kind == "Fixed"
			fallthrough
		case kind == "Triggers" && line != "":
			if t, ok := strings.CutPrefix(line, "Triggers (template `"); ok {
				ex.template, _, _ = strings.Cut(t, "`")
			}
			if kind == "Triggers" {
				for i, part := range strings.Split(line, "*") {
					if i%2 == 1 && part != "" {
						ex.messages = append(ex.messages, strings.TrimSuffix(strings.Trim(part, `"`), "..."))
					}
				}
			}
		}
	}
	return ex
}

func topLevel(block string) bool {
	return block != "" && block[0] != ' ' && block[0] != '#'
}

// overlay lays a YAML fragment over a document: mappings merge key by
// key, anything else is replaced.
func overlay(t testing.TB, doc, fragment string) string {
	t.Helper()
	var base, over yaml.Node
	if err := yaml.Unmarshal([]byte(doc), &base); err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal([]byte(fragment), &over); err != nil {
		t.Fatalf("example: %v\n%s", err, fragment)
	}
	var merge func(dst, src *yaml.Node)
	merge = func(dst, src *yaml.Node) {
		for i := 0; i+1 < len(src.Content); i += 2 {
			k, v := src.Content[i], src.Content[i+1]
			found := false
			for j := 0; j+1 < len(dst.Content); j += 2 {
				if dst.Content[j].Value == k.Value {
					if dst.Content[j+1].Kind == yaml.MappingNode && v.Kind == yaml.MappingNode {
						merge(dst.Content[j+1], v)
					} else {
						dst.Content[j+1] = v
					}
					found = true
				}
			}
			if !found {
				dst.Content = append(dst.Content, k, v)
			}
		}
	}
	merge(base.Content[0], over.Content[0])
	out, err := yaml.Marshal(&base)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// Summarize reports the findings Lint reports, and the word counts the
// length rules use: a press release over its budget is reported with the
// count Summarize gives.
func TestSummarize(t *testing.T) {
	src, err := os.ReadFile("../../examples/prfaq.prfaq.yaml")
	if err != nil {
		t.Fatal(err)
	}
	cfg := lint.DefaultConfig()
	doc := read("prfaq.prfaq.yaml", src, cfg)
	sum := lint.Summarize(doc, cfg, now)
	if !reflect.DeepEqual(sum.Findings, lint.Lint(doc, cfg, now)) {
		t.Error("Summarize and Lint find different things")
	}
	if sum.Words["press_release"] < 300 || sum.Words["faq"] < 1000 {
		t.Errorf("word counts %v", sum.Words)
	}
	tight := lint.DefaultConfig()
	if ps := tight.Apply(".prfaq-lint.yaml", &prfaq.LintConfig{Thresholds: map[string]string{"press_release_words_warn": "10"}}, source.Positions{}); len(ps) > 0 {
		t.Fatal(ps)
	}
	want := fmt.Sprintf("the press release has %d words", sum.Words["press_release"])
	found := false
	for _, f := range lint.Lint(doc, tight, now) {
		found = found || strings.HasPrefix(f.Message, want)
	}
	if !found {
		t.Errorf("no finding starts %q", want)
	}
	if broken := lint.Summarize(read("x.prfaq.yaml", []byte("- a list\n"), nil), nil, now); broken.Words != nil || len(broken.Findings) == 0 {
		t.Errorf("a broken document: %+v", broken)
	}
}

// TestMarkdownOneFindingPerMissingPart: a Markdown file that is not a
// PR/FAQ gets one finding, and one that lacks a whole part gets one
// finding for the part, not one per section.
func TestMarkdownOneFindingPerMissingPart(t *testing.T) {
	notes := lintNamed(t, mdName, fixture(t, "notes.prfaq.md"), nil)
	if len(notes) != 1 || notes[0].Rule != "markdown-structure" {
		t.Errorf("notes: want one markdown-structure finding, got\n%s", dump(notes))
	}
	clean := fixture(t, "clean.prfaq.md")
	faq, _, _ := strings.Cut(clean, "## FAQ\n")
	onlyPR := lintNamed(t, mdName, faq, nil)
	front := clean[:strings.Index(clean, "# Tab Split")]
	onlyFAQ := lintNamed(t, mdName, front+"## FAQ\n"+strings.SplitN(clean, "## FAQ\n", 2)[1], nil)
	for name, fs := range map[string][]lint.Finding{"only a press release": onlyPR, "only an FAQ": onlyFAQ} {
		structure, required, minEntries := 0, 0, 0
		for _, f := range fs {
			switch f.Rule {
			case "markdown-structure":
				structure++
			case "required-section":
				required++
			case "faq-min-entries":
				minEntries++
			}
		}
		if structure != 1 || required > 1 || minEntries != 0 {
			t.Errorf("%s: want one structure finding and no cascade, got\n%s", name, dump(fs))
		}
	}
}

// A paragraph pasted as one enormous line: each rule lists at most 100 of
// its findings in the field and counts the rest in one finding, and each
// finding carries the part of the line around it, not the whole line.
func TestLongLine(t *testing.T) {
	var b strings.Builder
	for i := range 3000 {
		fmt.Fprintf(&b, "Diner %d waits significantly longer. ", i)
	}
	long := b.String()
	for _, c := range []struct {
		name, src string
		line      int
	}{
		{"yaml", edit(t, fixture(t, "clean.prfaq.yaml"), problemL1, "    "+long+"\n"), 31},
		{"markdown", edit(t, fixture(t, "clean.prfaq.md"), "Splitting a bill is the worst part of a meal out. The person who pays\n", long+"\n"), 18},
	} {
		t.Run(c.name, func(t *testing.T) {
			name := docName
			if c.name == "markdown" {
				name = mdName
			}
			weasels := only(lintNamed(t, name, c.src, nil), "weasel-words")
			if len(weasels) != 101 {
				t.Fatalf("%d weasel-words findings, want 100 and one that counts the rest:\n%s", len(weasels), dump(weasels[:min(3, len(weasels))]))
			}
			var summary lint.Finding
			for _, f := range weasels {
				if strings.Contains(f.Message, "not listed") {
					summary = f
				} else if f.Line != c.line || len(f.Source) > 250 || !sourceFits(f, sourceLines(c.src)[f.Line-1]) {
					t.Errorf("%s: line %d, Source %q from column %d", show(f), f.Line, f.Source, f.SourceCol)
				}
			}
			if summary.Message != "2900 more weasel-words findings in problem are not listed: fix the 100 above, then run lint again" || summary.Severity != lint.Warning {
				t.Errorf("the count of the rest: %+v", summary)
			}
			last := weasels[len(weasels)-1]
			if last.SourceCol <= 1 || !strings.HasPrefix(last.Source, "…") || !strings.HasSuffix(last.Source, "…") {
				t.Errorf("a finding far into the line carries %q from column %d", last.Source, last.SourceCol)
			}
		})
	}
}

// The approval policy counts the reactions recorded to the version in
// review: enough excited and few enough opposed meet it.
func TestApprovalPolicy(t *testing.T) {
	src := edit(t, fixture(t, "clean.prfaq.yaml"), "status: draft", "status: in-review")
	cfg := configFrom(t, "approval:\n  min_excited: 2\n  max_opposed: 1\n")
	for _, tc := range []struct {
		name      string
		reactions prfaq.Tally
		want      string
	}{
		{"met", prfaq.Tally{prfaq.ReactionExcited: 2, prfaq.ReactionOpposed: 1}, ""},
		{"too few excited", prfaq.Tally{prfaq.ReactionExcited: 1, prfaq.ReactionInterested: 4}, "it needs 1 more excited (1 of 2)"},
		{"too many opposed", prfaq.Tally{prfaq.ReactionExcited: 5, prfaq.ReactionOpposed: 3}, "it needs 2 fewer opposed (3, at most 1)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := read(docName, []byte(src), cfg)
			d.Reactions = tc.reactions
			fs := only(lint.Lint(d, cfg, now), "approval-policy")
			switch {
			case tc.want == "" && len(fs) > 0:
				t.Errorf("unexpected finding: %s", fs[0].Message)
			case tc.want != "" && (len(fs) != 1 || !strings.HasSuffix(fs[0].Message, tc.want)):
				t.Errorf("findings %v, want one ending %q", fs, tc.want)
			}
		})
	}
}
