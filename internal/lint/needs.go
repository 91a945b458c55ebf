package lint

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/source"
)

// checkNeeds holds a document to the team's evergreen customer needs:
// every idea is judged by which of them it serves (needs-undeclared), the
// needs it names must be the team's (needs-unknown), and its press release
// must speak to each (needs-unspoken), or the claim is only a label.
func checkNeeds(c *checker) {
	needs := c.cfg.Needs
	if len(c.doc.Serves) == 0 {
		if needs != nil && len(needs.Needs) > 0 {
			c.addRule("needs-undeclared", c.posOf("title"), fmt.Sprintf("the document names no customer need it serves; the team's needs (%s) are %s", c.cfg.NeedsFile, strings.Join(needs.IDs(), ", ")))
		}
		return
	}
	pressRelease := c.pressReleaseText()
	for i, id := range c.doc.Serves {
		at := c.posOf(fmt.Sprintf("serves[%d]", i))
		if needs == nil {
			c.addRule("needs-unknown", at, fmt.Sprintf("serves names %s, but no .prfaq/needs.yaml defines the team's needs here or in a folder above", strconv.QuoteToASCII(id)))
			continue
		}
		need := needs.Find(id)
		if need == nil {
			msg := fmt.Sprintf("serves names %s, which is not a need of %s", strconv.QuoteToASCII(id), c.cfg.NeedsFile)
			if near := source.Closest(id, needs.IDs()); near != "" {
				msg += fmt.Sprintf(": did you mean %s?", strconv.QuoteToASCII(near))
			} else {
				msg += ": its needs are " + strings.Join(needs.IDs(), ", ")
			}
			c.addRule("needs-unknown", at, msg)
			continue
		}
		if pressRelease != "" && !speaksTo(pressRelease, need) {
			c.addRule("needs-unspoken", at, fmt.Sprintf("the press release never speaks to %s (%s): it names neither the need nor %s", need.ID, need.Name, needSignals(need)))
		}
	}
}

// pressReleaseText is the press release's prose, lower-cased, in one
// string; empty when it has none.
func (c *checker) pressReleaseText() string {
	var b strings.Builder
	for f := range c.fieldsIn("press_release") {
		b.WriteString(strings.ToLower(f.prose))
		b.WriteString("\n")
	}
	if strings.TrimSpace(b.String()) == "" {
		return ""
	}
	return b.String()
}

// speaksTo reports whether lower-cased text holds the need's name, one of
// its words or one of its measures, each as whole words.
func speaksTo(text string, n *prfaq.Need) bool {
	for _, phrase := range needPhrases(n) {
		if containsWords(text, phrase) {
			return true
		}
	}
	return false
}

func needPhrases(n *prfaq.Need) []string {
	phrases := append([]string{n.Name}, n.Words...)
	return append(phrases, n.Measures...)
}

// needSignals lists what the press release would have had to say, for
// the message.
func needSignals(n *prfaq.Need) string {
	var quoted []string
	for _, p := range needPhrases(n)[1:] {
		quoted = append(quoted, fmt.Sprintf("%q", p))
	}
	if len(quoted) == 0 {
		return "any words of its own (needs.yaml gives it none)"
	}
	const most = 5
	if len(quoted) > most {
		quoted = append(quoted[:most], "...")
	}
	return "its words and measures " + strings.Join(quoted, ", ")
}

// containsWords reports whether text holds phrase (lower-cased here) as
// whole words: "save" is in "save an hour" but not in "saved", and
// runs of spaces and line breaks count as one space.
func containsWords(text, phrase string) bool {
	phrase = strings.Join(strings.Fields(strings.ToLower(phrase)), " ")
	if phrase == "" {
		return false
	}
	text = strings.Join(strings.Fields(text), " ")
	for from := 0; ; {
		i := strings.Index(text[from:], phrase)
		if i < 0 {
			return false
		}
		start, end := from+i, from+i+len(phrase)
		before, _ := utf8.DecodeLastRuneInString(text[:start])
		after, _ := utf8.DecodeRuneInString(text[end:])
		if !isWordRune(before) && !isWordRune(after) {
			return true
		}
		from = start + 1
	}
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}
