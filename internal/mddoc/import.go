package mddoc

import (
	"fmt"
	"strings"
	"time"

	"github.com/prfaq/prfaq/internal/prfaq"
)

// UnplacedHeading starts each run of unplaced text in an imported
// document's appendix, so a writer finds what to move.
const UnplacedHeading = "Unplaced by import"

// Moved is a field import could not keep where it was found, and where
// it went instead.
type Moved struct {
	Path, To, Why string
}

// Import makes the document import writes: what Read found, with every
// piece of text kept. Text that fits no section, and sections the
// template does not ask for, go to the appendix under headings that say
// so; a dateline whose words the template would not print back stays in
// the summary as written. today dates a document whose front matter
// gives no dates.
func Import(res *Result, today time.Time) (*prfaq.Document, []Moved) {
	d := *res.Doc
	d.FAQ.External = append([]prfaq.FAQEntry(nil), res.Doc.FAQ.External...)
	d.FAQ.Internal = append([]prfaq.FAQEntry(nil), res.Doc.FAQ.Internal...)
	if res.Doc.Sections != nil {
		d.Sections = map[string]string{}
		for k, v := range res.Doc.Sections {
			d.Sections[k] = v
		}
	}
	t := res.Template
	d.Template, d.TemplateVersion = t.Name, t.Version
	// A quote is one run of speech: templates print it on one line, so
	// the parts around an attribution are kept as one.
	d.PressRelease.LeaderQuote.Text = joinLines(d.PressRelease.LeaderQuote.Text)
	d.PressRelease.CustomerQuote.Text = joinLines(d.PressRelease.CustomerQuote.Text)
	date := today.Format(time.DateOnly)
	if d.Created == "" {
		// A document was not started after its last change.
		d.Created = d.Updated
	}
	if d.Created == "" {
		d.Created = date
	}
	if d.Updated == "" {
		d.Updated = d.Created
	}
	var moved []Moved
	var extra []string
	appendix := func(title, text string) {
		extra = append(extra, "### "+title+"\n\n"+strings.TrimSpace(text))
	}

	// A dateline is kept as fields only when the template prints its words
	// back. Its date may be spelt otherwise ("3rd March 2027",
	// "2027-03-03"): the date is the same, and the template writes it
	// in its own style. Other words ("Internal", a wire service the
	// template does not print) keep the dateline as written.
	dl := d.PressRelease.Dateline
	written := strings.Replace(res.DatelineText, res.DatelineDate, " ", 1)
	if res.DatelineText != "" && !wordsWithin(written, dl.City+" "+dl.Outlet) {
		d.PressRelease.Summary = res.DatelineText + " " + d.PressRelease.Summary
		d.PressRelease.Dateline = prfaq.Dateline{}
		moved = append(moved, Moved{"press_release.dateline", "press_release.summary", "its date is not written as the template prints dates (January 2, 2006); kept as written"})
	}

	// The details written in the body fill the document's fields, and
	// are kept as written too: reviewers, a decision date, the author's
	// own labels have no field. Only prfaq's own page, whose details
	// line it writes from the fields, is not kept twice.
	if !res.Generated {
		for _, det := range res.Details {
			appendix("Document details", det.Text)
			moved = append(moved, Moved{fmt.Sprintf("details (lines %d-%d)", det.From, det.To), "appendix", "kept as written, and read into the document's fields"})
		}
	}

	// Sections the template does not ask for.
	for _, f := range []struct {
		path, title string
		text        *string
		who         func() string
	}{
		{"customer.who", "Who is the customer?", &d.Customer.Who, nil},
		{"customer.problem", "Customer problem", &d.Customer.Problem, nil},
		{"customer.benefit", "Customer benefit", &d.Customer.Benefit, nil},
		{"customer.evidence", "Evidence", &d.Customer.Evidence, nil},
		{"customer.experience", "Customer experience", &d.Customer.Experience, nil},
		{"press_release.subheadline", "Subheadline", &d.PressRelease.Subheadline, nil},
		{"press_release.problem", "Problem", &d.PressRelease.Problem, nil},
		{"press_release.current_solutions", "Current solutions", &d.PressRelease.CurrentSolutions, nil},
		{"press_release.solution", "Solution", &d.PressRelease.Solution, nil},
		{"press_release.leader_quote.text", "Leader quote", &d.PressRelease.LeaderQuote.Text, func() string {
			q := &d.PressRelease.LeaderQuote
			s := attributionLine(q.Speaker, q.Role)
			q.Speaker, q.Role = "", ""
			return s
		}},
		{"press_release.getting_started", "Getting started", &d.PressRelease.GettingStarted, nil},
		{"press_release.customer_quote.text", "Customer quote", &d.PressRelease.CustomerQuote.Text, func() string {
			q := &d.PressRelease.CustomerQuote
			s := attributionLine(q.Speaker, q.Description)
			q.Speaker, q.Description, q.Hypothetical = "", "", false
			return s
		}},
		{"press_release.call_to_action", "Call to action", &d.PressRelease.CallToAction, nil},
	} {
		if strings.TrimSpace(*f.text) == "" {
			continue
		}
		if _, asked := t.Question(f.path); asked {
			continue
		}
		text := *f.text
		if f.who != nil {
			text = "\"" + text + "\"" + f.who()
		}
		appendix(f.title+" (not in template "+t.Name+")", text)
		*f.text = ""
		moved = append(moved, Moved{f.path, "appendix", "template " + t.Name + " does not ask for it"})
	}
	for _, u := range res.Unplaced {
		title := UnplacedHeading
		if u.Heading != "" {
			title += ": " + u.Heading
		}
		text := u.Text
		if strings.TrimSpace(text) == "" {
			text = "_(no text under this heading)_"
		}
		appendix(title, text)
		where := fmt.Sprintf("lines %d-%d", u.From, u.To)
		if u.From == u.To {
			where = fmt.Sprintf("line %d", u.From)
		}
		moved = append(moved, Moved{Unplaced + " (" + where + ")", "appendix", "fits no section of template " + t.Name})
	}
	if len(extra) > 0 {
		parts := []string{}
		if a := strings.TrimSpace(d.Appendix); a != "" {
			parts = append(parts, a)
		}
		d.Appendix = strings.Join(append(parts, extra...), "\n\n") + "\n"
	}
	if strings.TrimSpace(d.Appendix) != "" {
		// One way to end it, whether import added to it or not.
		d.Appendix = strings.TrimRight(d.Appendix, " \t\n") + "\n"
	}
	if strings.TrimSpace(d.Title) == "" {
		d.Title = "Imported PR/FAQ"
	}
	return &d, moved
}

func attributionLine(speaker, role string) string {
	if speaker == "" {
		return ""
	}
	if role != "" {
		return ", said " + speaker + ", " + role + "."
	}
	return ", said " + speaker + "."
}

// wordsWithin reports whether every word of a (letters and digits,
// case-folded) is also in b, as often.
func wordsWithin(a, b string) bool {
	have := map[string]int{}
	for _, w := range Words(b) {
		have[w]++
	}
	for _, w := range Words(a) {
		if have[w] == 0 {
			return false
		}
		have[w]--
	}
	return true
}

// Words are the words of a text as import counts them: runs of letters
// and digits, lower-cased. Punctuation, Markdown and spacing do not count.
func Words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 && isLetterOrDigit(r))
	})
}
