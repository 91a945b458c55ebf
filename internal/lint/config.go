package lint

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/source"
	"github.com/prfaq/prfaq/internal/textstat"
)

// Config is the lint configuration in force for a document: the defaults,
// the template's budgets, then the project's .prfaq-lint.yaml files.
type Config struct {
	off        map[string]bool
	severities map[string]Severity
	thresholds map[string]int
	words      map[string][]string
	// lists matches the word lists of the rules, and the solution
	// phrases, in one pass over a field (see the list* constants); focus
	// matches the self, competitor and customer words. Built by prepare,
	// read-only after.
	lists, focus *textstat.PhraseLists
	// placeholders is the placeholder list as a set, for the exact
	// single-word matches; built by prepare, read-only after.
	placeholders *wordSet
	fromFile     map[string]bool // thresholds a config file set
	Files        []string        // extra file patterns for folder walks
	Template     string          // template of Markdown PR/FAQs that name none
	// Approval is the customer reactions a version needs to be approved;
	// the nearest .prfaq-lint.yaml that sets one decides.
	Approval prfaq.ApprovalPolicy
	// Needs are the team's evergreen customer needs (.prfaq/needs.yaml)
	// that documents name in serves; nil when the team has none.
	Needs *prfaq.Needs
	// NeedsFile is where Needs were read from, as messages name it.
	NeedsFile string
}

// Threshold names, as written under thresholds: in .prfaq-lint.yaml.
var thresholdNames = []string{
	"sentence_words", "paragraph_sentences", "press_release_words_warn", "press_release_words_max",
	"faq_words_warn", "faq_words_max", "readability_grade", "min_external_faq", "min_internal_faq",
	"passive_voice_percent",
}

// DefaultConfig is the configuration without any file: every rule on at
// its default severity but those off by default (Rule.OnByDefault), the
// method's thresholds and word lists.
func DefaultConfig() *Config {
	c := &Config{
		off:        map[string]bool{},
		severities: map[string]Severity{},
		thresholds: map[string]int{
			"sentence_words": 30, "paragraph_sentences": 5,
			"press_release_words_warn": 700, "press_release_words_max": 1000,
			"faq_words_warn": 2500, "faq_words_max": 0,
			// 12, not 10: on hand-written PR/FAQs reviewers acted on no
			// grade between 10 and 12 (25 of 26 labelled findings there
			// were wrong), and the method gives no grade.
			"readability_grade": 12,
			// More than one passive in four sentences: a paragraph that
			// leans on the passive rather than one that uses it once.
			"passive_voice_percent": 25,
		},
		words: map[string][]string{
			"weasel-words":   weaselWords(),
			"buzzwords":      buzzwords(),
			"hype-in-quotes": hypeWords(),
			"placeholder":    placeholderWords(),
			"acronym":        ignoredAcronyms(),
		},
		fromFile: map[string]bool{},
	}
	for _, r := range ruleList() {
		if !r.OnByDefault() {
			c.off[r.ID] = true
		}
	}
	c.prepare()
	return c
}

// Enable turns rules on, at the severity configured for them: rules off
// by default that a run names (prfaq lint --only passive-voice).
func (c *Config) Enable(ids ...string) {
	for _, id := range ids {
		delete(c.off, id)
	}
}

// The phrase lists of Config.lists and Config.focus, by index.
const (
	listWeasel = iota
	listBuzzwords
	listHype
	listPlaceholder
	listSolution
)

const (
	listSelf = iota
	listCompetitor
	listCustomer
)

// prepare builds the phrase matchers once, so that linting many files in
// parallel only reads the configuration.
func (c *Config) prepare() {
	c.lists = textstat.NewPhraseLists(
		c.words["weasel-words"], c.words["buzzwords"], c.words["hype-in-quotes"], c.words["placeholder"], solutionPhrases())
	c.focus = textstat.NewPhraseLists(selfWords(), competitorWords(), customerWords())
	c.placeholders = newWordSet(c.words["placeholder"])
}

// Apply lays a configuration file over c and returns problems for the
// writer (unknown rule ids, bad values), each at its place in the file.
func (c *Config) Apply(file string, fc *prfaq.LintConfig, pos source.Positions) []Finding {
	var problems []Finding
	warn := func(at string, format string, args ...any) {
		p := pos[at]
		problems = append(problems, Finding{Rule: "unknown-rule", Severity: Warning, File: file, Line: max(p.Line, 1), Col: max(p.Col, 1), EndLine: max(p.Line, 1), EndCol: max(p.Col, 1) + 1, Message: fmt.Sprintf(format, args...), Hint: "See docs/lint.md for the rule ids and settings."})
	}
	known := func(at, id string) bool {
		if _, ok := RuleByID(id); ok {
			return true
		}
		warn(at, "unknown rule %q: it is ignored", id)
		return false
	}
	for i, id := range fc.Disable {
		if known(fmt.Sprintf("disable[%d]", i), id) {
			c.off[id] = true
		}
	}
	for i, id := range fc.Enable {
		if known(fmt.Sprintf("enable[%d]", i), id) {
			delete(c.off, id)
		}
	}
	for _, id := range sortedKeys(fc.Severities) {
		at := "severities." + id
		if !known(at, id) {
			continue
		}
		v := fc.Severities[id]
		if strings.EqualFold(v, "off") {
			c.off[id] = true
			continue
		}
		sev, err := ParseSeverity(v)
		if err != nil {
			warn(at, "%v", err)
			continue
		}
		c.severities[id] = sev
		// Giving a rule that is off by default a severity asks for it,
		// unless this same file turns it off.
		if r, _ := RuleByID(id); !r.OnByDefault() && !slices.Contains(fc.Disable, id) {
			delete(c.off, id)
		}
	}
	for _, k := range sortedKeys(fc.Thresholds) {
		at := "thresholds." + k
		if !slices.Contains(thresholdNames, k) {
			warn(at, "unknown threshold %q: use one of %s", k, strings.Join(thresholdNames, ", "))
			continue
		}
		n, err := strconv.Atoi(strings.TrimSpace(fc.Thresholds[k]))
		if err != nil || n < 0 {
			warn(at, "threshold %s: %q is not a whole number", k, fc.Thresholds[k])
			continue
		}
		c.thresholds[k] = n
		c.fromFile[k] = true
	}
	for i, w := range fc.Words {
		list, ok := c.words[w.Rule]
		if !ok {
			warn(fmt.Sprintf("words[%d].rule", i), "rule %q has no word list: use weasel-words, buzzwords, hype-in-quotes, placeholder or acronym", w.Rule)
			continue
		}
		list = slices.DeleteFunc(slices.Clone(list), func(s string) bool {
			return slices.ContainsFunc(w.Remove, func(r string) bool { return strings.EqualFold(r, s) })
		})
		c.words[w.Rule] = append(list, w.Add...)
	}
	c.Files = append(c.Files, fc.Files...)
	if fc.Template != "" {
		c.Template = fc.Template
	}
	// A folder's file that writes approval: replaces the policy of the
	// folders above, so min_excited: 0 turns it off there.
	if _, set := pos["approval"]; set {
		switch {
		case fc.Approval.MinExcited < 0 || fc.Approval.MaxOpposed < 0:
			warn("approval", "approval: min_excited and max_opposed are counts of customers, 0 or more: the policy is ignored")
		case !fc.Approval.Active() && fc.Approval.MaxOpposed > 0:
			warn("approval", "approval: max_opposed without min_excited sets no policy: add min_excited, the customers a version needs excited")
		default:
			c.Approval = fc.Approval
		}
	}
	c.prepare()
	sortFindings(problems)
	return problems
}

// forTemplate returns the configuration for a document of template t: c
// with the template's budgets as thresholds, except where a configuration
// file set one. Linting changes nothing else, so the copy shares the
// rest of c, read-only, instead of cloning it for every document.
func (c *Config) forTemplate(t *prfaq.Template) *Config {
	n := *c
	n.thresholds = make(map[string]int, len(thresholdNames))
	for k, v := range c.thresholds {
		n.thresholds[k] = v
	}
	n.withTemplate(t)
	return &n
}

// withTemplate takes the template's budgets as thresholds, except where a
// configuration file set one.
func (c *Config) withTemplate(t *prfaq.Template) {
	b := t.Budgets
	for _, kv := range [...]struct {
		k string
		v int
	}{
		{"sentence_words", b.SentenceWords}, {"paragraph_sentences", b.ParagraphSentences},
		{"press_release_words_warn", b.PressReleaseWords.Warn}, {"press_release_words_max", b.PressReleaseWords.Max},
		{"faq_words_warn", b.FAQWords.Warn}, {"faq_words_max", b.FAQWords.Max},
		{"min_external_faq", b.MinExternalFAQ}, {"min_internal_faq", b.MinInternalFAQ},
	} {
		if kv.v > 0 && !c.fromFile[kv.k] {
			c.thresholds[kv.k] = kv.v
		}
	}
}

func (c *Config) severity(rule string) (Severity, bool) {
	if c.off[rule] {
		return 0, false
	}
	if s, ok := c.severities[rule]; ok {
		return s, true
	}
	r, ok := RuleByID(rule)
	if !ok {
		return Warning, true
	}
	return r.Default, true
}

func (c *Config) threshold(name string) int { return c.thresholds[name] }

// Clone copies a configuration so one file's template budgets do not leak
// into another's.
func (c *Config) Clone() *Config {
	n := &Config{
		off:          maps(c.off),
		severities:   maps(c.severities),
		thresholds:   maps(c.thresholds),
		words:        map[string][]string{},
		lists:        c.lists,
		focus:        c.focus,
		placeholders: c.placeholders,
		fromFile:     maps(c.fromFile),
		Files:        slices.Clone(c.Files),
		Template:     c.Template,
		Approval:     c.Approval,
		Needs:        c.Needs,
		NeedsFile:    c.NeedsFile,
	}
	for k, v := range c.words {
		n.words[k] = v
	}
	return n
}

func maps[K comparable, V any](m map[K]V) map[K]V {
	out := make(map[K]V, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// wordSet is a set of words, matched exactly. Lint looks up every word of
// a document in it, and almost none is in it: a filter on the first byte
// and the length turns most words away before the map lookup, which
// hashes the word.
type wordSet struct {
	words map[string]bool
	first [256]bool
	lens  uint64 // bit min(n, 63) is set if some word has n bytes
}

func newWordSet(words []string) *wordSet {
	ws := &wordSet{words: make(map[string]bool, len(words))}
	for _, w := range words {
		ws.words[w] = true
		if w != "" {
			ws.first[w[0]] = true
		}
		ws.lens |= 1 << min(len(w), 63)
	}
	return ws
}

func (ws *wordSet) has(w string) bool {
	if w != "" && (!ws.first[w[0]] || ws.lens&(1<<min(len(w), 63)) == 0) {
		return false
	}
	return ws.words[w]
}
