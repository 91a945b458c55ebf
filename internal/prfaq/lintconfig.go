package prfaq

import "fmt"

// LintConfig is a project's .prfaq-lint.yaml: which rules run, how severe
// each is, the thresholds and the word lists. It lives with the model so
// the store can read it with the same checks as documents.
type LintConfig struct {
	Disable    []string          `yaml:"disable" doc:"Rule ids to turn off."`
	Enable     []string          `yaml:"enable" doc:"Rule ids to turn back on (after a disable in a parent folder's config)."`
	Severities map[string]string `yaml:"severities" doc:"Rule id to severity: error, warning or info."`
	Thresholds map[string]string `yaml:"thresholds" doc:"Numbers the rules use: sentence_words, paragraph_sentences, press_release_words_warn, press_release_words_max, faq_words_warn, faq_words_max, readability_grade, min_external_faq, min_internal_faq, passive_voice_percent."`
	Words      []WordList        `yaml:"words" doc:"Changes to the word lists of the word rules."`
	Files      []string          `yaml:"files" doc:"More file name patterns lint looks for in folders, besides *.prfaq.yaml and the Markdown names *.prfaq.md, *.pr-faq.md and *-prfaq.md (e.g. *.pr-faq.yaml, PRFAQ-*.md)."`
	Template   string            `yaml:"template" doc:"Template of Markdown PR/FAQs whose front matter names none (default amazon)."`
	Approval   ApprovalPolicy    `yaml:"approval" doc:"The customer reactions a version needs before prfaq status approves it."`
}

// ApprovalPolicy is how customers must have reacted to the version being
// approved: the method revises a PR/FAQ until customers are excited.
type ApprovalPolicy struct {
	MinExcited int `yaml:"min_excited" doc:"At least this many customers excited by the version; 0 (the default) sets no policy."`
	MaxOpposed int `yaml:"max_opposed" doc:"At most this many opposed, when min_excited is set (default 0: none)."`
}

// Active reports whether the policy asks anything.
func (p ApprovalPolicy) Active() bool { return p.MinExcited > 0 }

// Shortfall lists what the tally of a version lacks to meet the policy:
// "2 more excited", "1 fewer opposed"; nothing when it meets it.
func (p ApprovalPolicy) Shortfall(t Tally) []string {
	if !p.Active() {
		return nil
	}
	var missing []string
	if n := p.MinExcited - t[ReactionExcited]; n > 0 {
		missing = append(missing, fmt.Sprintf("%d more excited (%d of %d)", n, t[ReactionExcited], p.MinExcited))
	}
	if n := t[ReactionOpposed] - max(p.MaxOpposed, 0); n > 0 {
		missing = append(missing, fmt.Sprintf("%d fewer opposed (%d, at most %d)", n, t[ReactionOpposed], max(p.MaxOpposed, 0)))
	}
	return missing
}

// WordList adds to or trims the list of one word rule.
type WordList struct {
	Rule   string   `yaml:"rule" prfaq:"required" doc:"Rule id: weasel-words, buzzwords, hype-in-quotes, placeholder, or acronym (the acronyms that need no spelling out)."`
	Add    []string `yaml:"add" doc:"Words or phrases to add."`
	Remove []string `yaml:"remove" doc:"Words or phrases to drop."`
}
