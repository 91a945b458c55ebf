package lint

import (
	"fmt"
	"strings"

	"github.com/prfaq/prfaq/internal/textstat"
)

// checkPlaceholderNames: people, companies and addresses that stand in for
// real ones (John Doe, Acme Corp, Company X, someone@example.com), in the
// prose and in the quotes' speakers and roles. Lorem ipsum is the
// placeholder rule's.
func checkPlaceholderNames(c *checker) {
	if _, on := c.severity("placeholder-names"); !on {
		return
	}
	for _, f := range c.fields {
		// In an internal answer, "Customer A" is how interview notes keep
		// a real customer anonymous; in the press release it is a blank.
		lettered := f.part == "press_release" && f.path != "press_release.headline"
		for _, hit := range placeholderNameHits(f.prose, f.words, lettered) {
			c.add("placeholder-names", f, hit, fmt.Sprintf("placeholder name %s left in %s", quote(f.text[hit.Start:hit.End]), f.label))
		}
		var seen map[string]bool // made at the first address: most fields have none
		for _, hit := range exampleDomains(f.text) {
			// A link often shows its address as its text too: one
			// finding for the pair.
			key := bareAddress(f.text[hit.Start:hit.End])
			if seen[key] {
				continue
			}
			if seen == nil {
				seen = map[string]bool{}
			}
			seen[key] = true
			c.add("placeholder-names", f, hit, fmt.Sprintf("placeholder address %s left in %s", quote(f.text[hit.Start:hit.End]), f.label))
		}
	}
	pr := c.doc.PressRelease
	for _, v := range []struct {
		path, label, value string
		blanks             []string
	}{
		{"press_release.leader_quote.speaker", "the leader quote's speaker", pr.LeaderQuote.Speaker, blankSpeakers()},
		{"press_release.leader_quote.role", "the leader quote's role", pr.LeaderQuote.Role, blankRoles()},
		{"press_release.customer_quote.speaker", "the customer quote's speaker", pr.CustomerQuote.Speaker, blankSpeakers()},
		{"press_release.customer_quote.description", "the customer quote's description", pr.CustomerQuote.Description, blankRoles()},
	} {
		value := strings.TrimSpace(v.value)
		if value == "" {
			continue
		}
		if isBlankName(value, v.blanks) {
			c.addInLine("placeholder-names", v.path, value, fmt.Sprintf("placeholder %s as %s", quote(value), v.label))
			continue
		}
		for _, hit := range placeholderNameHits(value, textstat.Words(value), true) {
			c.addInLine("placeholder-names", v.path, value[hit.Start:hit.End], fmt.Sprintf("placeholder name %s in %s", quote(value[hit.Start:hit.End]), v.label))
		}
		for _, hit := range exampleDomains(value) {
			c.addInLine("placeholder-names", v.path, value[hit.Start:hit.End], fmt.Sprintf("placeholder address %s in %s", quote(value[hit.Start:hit.End]), v.label))
		}
	}
}

// blankSpeakers and blankRoles are what a speaker and a role say before
// someone writes a name in: the whole value, in any case.
func blankSpeakers() []string {
	return []string{"name", "full name", "customer name", "speaker", "speaker name", "leader name", "ceo name", "your name",
		"first last", "first name last name", "firstname lastname", "name surname", "customer", "person"}
}

func blankRoles() []string {
	return []string{"role", "title", "job title", "position", "company", "role, company", "title, company"}
}

func isBlankName(value string, blanks []string) bool {
	v := strings.ToLower(joinFields(strings.Trim(value, " .,;:\"'*_")))
	for _, b := range blanks {
		if v == b {
			return true
		}
	}
	return false
}

// placeholderNameHits finds stand-in names in text, given its words:
//
//   - a stand-in person: John, Jane, Joe or Richard Doe; Joe, Jane or Fred
//     Bloggs; Max or Erika Mustermann; John Q. Public; Firstname Lastname;
//   - Acme (capitalised: "the acme of" is a word), and Foo, Bar or Foobar
//     before a company suffix (Foo Inc, Bar Corp);
//   - ABC or XYZ next to a company word (Consultancy ABC, XYZ Corp);
//   - with lettered, a company word and a capital letter that names no one
//     (Company X, Customer A, Partner B).
func placeholderNameHits(s string, words []textstat.Word, lettered bool) []textstat.Span {
	var out []textstat.Span
	text := func(i int) string {
		if i < 0 || i >= len(words) {
			return ""
		}
		return words[i].Text(s)
	}
	// adjacent reports whether words i and i+1 are separated by white
	// space only (after an initial, "Q.", a full stop too): a phrase, not
	// two sentences.
	adjacent := func(i int) bool {
		gap := s[words[i].End():words[i+1].Start()]
		if words[i].End()-words[i].Start() == 1 {
			gap = strings.TrimPrefix(gap, ".")
		}
		return strings.TrimSpace(gap) == "" && !strings.Contains(gap, "\n\n")
	}
	span := func(i, j int) textstat.Span { return textstat.Span{Start: words[i].Start(), End: words[j].End()} }
	for i := 0; i < len(words); i++ {
		// Every stand-in starts with a capital: most words are passed
		// over on their first byte.
		if c := s[words[i].Start()]; c < 'A' || c > 'Z' {
			continue
		}
		w := text(i)
		next := text(i + 1)
		pair := i+1 < len(words) && adjacent(i)
		switch {
		case pair && isOneOf(w, "John", "Jane", "Joe", "Richard") && isOneOf(next, "Doe"),
			pair && isOneOf(w, "Joe", "Jane", "Fred") && isOneOf(next, "Bloggs"),
			pair && isOneOf(w, "Max", "Erika") && isOneOf(next, "Mustermann"),
			pair && strings.EqualFold(w, "Firstname") && strings.EqualFold(next, "Lastname"):
			out = append(out, span(i, i+1))
			i++
		case pair && w == "John" && next == "Q" && i+2 < len(words) && adjacent(i+1) && text(i+2) == "Public":
			out = append(out, span(i, i+2))
			i += 2
		case w == "Acme" || w == "ACME":
			end := i
			if pair && isCompanySuffix(next) {
				end = i + 1
			}
			out = append(out, span(i, end))
			i = end
		case pair && isOneOf(w, "Foo", "Bar", "Baz", "Foobar", "FooBar") && isCompanySuffix(next):
			out = append(out, span(i, i+1))
			i++
		case pair && (w == "ABC" || w == "XYZ") && (isCompanySuffix(next) || isCompanyWord(next)):
			out = append(out, span(i, i+1))
			i++
		case pair && isCompanyWord(w) && (next == "ABC" || next == "XYZ"):
			out = append(out, span(i, i+1))
			i++
		case lettered && pair && isCompanyWord(w) && isStandInLetter(next):
			out = append(out, span(i, i+1))
			i++
		}
	}
	return out
}

func isOneOf(w string, list ...string) bool {
	for _, l := range list {
		if w == l {
			return true
		}
	}
	return false
}

// isCompanySuffix is a legal form that ends a company's name.
func isCompanySuffix(w string) bool {
	return isOneOf(w, "Inc", "Corp", "Corporation", "Ltd", "LLC", "Co", "GmbH", "PLC", "plc", "Company", "Industries", "Enterprises", "Group", "Holdings")
}

// isCompanyWord is a capitalised word that, followed by a bare letter or
// ABC, stands in for an organisation or a person in it.
func isCompanyWord(w string) bool {
	return isOneOf(w, "Company", "Corp", "Customer", "Client", "Partner", "Vendor", "Supplier", "Competitor",
		"Consultancy", "Consulting", "Agency", "Firm", "Brand", "Retailer", "Organisation", "Organization", "Bank")
}

// isStandInLetter is a letter that names no one, possibly possessive
// (Customer A's): the letters placeholders use. "I" is left out:
// "Customer I spoke to" is a person speaking.
func isStandInLetter(w string) bool {
	for _, s := range []string{"'s", "’s"} {
		w = strings.TrimSuffix(w, s)
	}
	return len(w) == 1 && strings.IndexByte("ABCDXYZ", w[0]) >= 0
}

// exampleDomains finds addresses at the domains reserved for examples
// (example.com, .org, .net, and their subdomains), in web and e-mail
// addresses alike. The .example top-level domain is not reported: writers
// use it on purpose for a site that does not exist yet.
func exampleDomains(s string) []textstat.Span {
	var out []textstat.Span
	const name = "example."
	for from := 0; ; {
		// Found by its "x", a letter prose seldom holds, rather than
		// by its "e", which is in most words.
		x := indexFoldASCII(s[from:], name[1:])
		if x < 0 {
			return out
		}
		i := from + x - 1
		if i < 0 || s[i]|0x20 != 'e' {
			from += x + 1
			continue
		}
		from = i + len(name)
		tld := ""
		for _, t := range []string{"com", "org", "net"} {
			if len(s)-from >= len(t) && strings.EqualFold(s[from:from+len(t)], t) {
				tld = t
			}
		}
		end := from + len(tld)
		if tld == "" || (end < len(s) && isDomainChar(s[end])) {
			continue
		}
		if i > 0 && isDomainChar(s[i-1]) && s[i-1] != '.' {
			continue // myexample.com is someone's
		}
		// The address runs from its start (a user@, a subdomain, a scheme)
		// to the end of its path.
		start := i
		for start > 0 && isAddressChar(s[start-1]) {
			start--
		}
		for end < len(s) && isAddressChar(s[end]) {
			end++
		}
		for end > from && strings.ContainsRune(".,;:!?)", rune(s[end-1])) {
			end-- // a full stop after the address ends the sentence
		}
		out = append(out, textstat.Span{Start: start, End: end})
		from = end
	}
}

// bareAddress is an address without its scheme, www. and final slash,
// in lower case: the same address however it is written.
func bareAddress(a string) string {
	a = strings.ToLower(a)
	for _, p := range []string{"https://", "http://", "mailto:", "www."} {
		a = strings.TrimPrefix(a, p)
	}
	return strings.TrimSuffix(a, "/")
}

// indexFoldASCII is strings.Index ignoring the case of ASCII letters,
// with offsets into s itself (lower-casing all of s could move them).
// sub starts with a letter: only the places of that letter, in either
// case, found with the vectorised IndexAny, are compared.
func indexFoldASCII(s, sub string) int {
	first := string([]byte{sub[0] &^ 0x20, sub[0] | 0x20})
	for i := 0; i+len(sub) <= len(s); i++ {
		j := strings.IndexAny(s[i:], first)
		if j < 0 {
			return -1
		}
		i += j
		if i+len(sub) <= len(s) && strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

func isDomainChar(b byte) bool {
	return b == '-' || b == '.' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}

// isAddressChar is a character of a URL or an e-mail address.
func isAddressChar(b byte) bool {
	return isDomainChar(b) || strings.IndexByte("@/:_~%?=&#+", b) >= 0
}

// addInLine reports a finding on a value lint does not read as prose (a
// speaker, a role): at the text's first place on the line the value
// starts on, or the two after it, else at the value's start.
func (c *checker) addInLine(rule, path, text, msg string) {
	sev, on := c.severity(rule)
	if !on {
		return
	}
	p := c.posOf(path)
	if _, ok := c.pos[path]; !ok {
		// A Markdown reader places a quote's speaker, not its role or
		// description, which follow the speaker on the same lines.
		quote := path[:strings.LastIndexByte(path, '.')]
		for _, at := range []string{quote + ".speaker", quote + ".text"} {
			if _, ok := c.pos[at]; ok {
				p = c.pos[at]
				break
			}
		}
	}
	for line := p.Line; line >= 1 && line <= len(c.lines) && line < p.Line+3; line++ {
		l := c.lines[line-1]
		from := 0
		if line == p.Line && p.Col > 1 {
			from = min(byteAt(l, p.Col), len(l))
		}
		if i := strings.Index(l[from:], text); i >= 0 {
			at := from + i
			r, _ := RuleByID(rule)
			c.report(Finding{
				Rule: rule, Severity: sev, File: c.d.File, Line: line, Col: runeCol(l, at), EndLine: line,
				EndCol: runeCol(l, at+len(text)), Message: msg, Hint: r.Hint,
			})
			return
		}
	}
	c.addAt(rule, sev, p, msg, "")
}
