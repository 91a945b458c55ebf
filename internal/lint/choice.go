package lint

import (
	"fmt"
	"strings"
)

// checkChoices holds answers to the template's choice questions to their
// options outside the wizard too: a hand edit or an import can write any
// text, and a template that offers three tiers means one of the three.
func checkChoices(c *checker) {
	for _, off := range c.t.OffChoices(c.doc) {
		msg := fmt.Sprintf("%s is %q, which is not one of template %s's choices: %s", off.ID, off.Value, c.t.Name, strings.Join(off.Options, ", "))
		c.addRule("choice-option", c.posOf(off.ID), msg)
	}
}
