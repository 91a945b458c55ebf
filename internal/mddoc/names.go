package mddoc

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/prfaq/prfaq/internal/prfaq"
)

var (
	htmlTag = regexp.MustCompile(`<[^>]*>`)
	mdLink  = regexp.MustCompile(`!?\[([^\]]*)\]\([^)]*\)`)
	// Enumerations before a heading's words: "1.", "2)", "A.", "IV.",
	// "Section 2:", "Part 1 -".
	enumeration = regexp.MustCompile(`^(?:(?:section|part|step|chapter)\s+\d+\s*[:.)–—-]?|\d+(?:\.\d+)*[.)]?|[a-h][.)]|[ivx]+[.)])\s+`)
	// A possessive "'s", which headings drop: "What's hard".
	possessive = regexp.MustCompile(`['’]s\b`)
	// enumerationMarks are what is left of an enumeration in words.
	enumerationMarks = strings.NewReplacer(".", " ", ")", " ")
	// questionPrefix: "Q:", "Question 3:", "E1.", "4)", outline numbers
	// ("2.1.1 "), with the stop escaped as word processors export it
	// ("Q1\.").
	questionPrefix = regexp.MustCompile(`^(?i:(?:q|question)\s*#?\s*\d*\s*\\?[:.)–—-]|[EI]\d+\\?[.:)]|\d+(?:\.\d+)+\.?\s|\d+\\?[.)])\s*`)
)

// normalize turns a heading or label into the words that name it:
// lowercase, without markup, emoji, numbering or trailing punctuation.
// question reports whether it ends with a question mark.
func normalize(s string) (words string, question bool) {
	// Each pattern is tried only where its first character is, since a
	// document has thousands of headings and labels and few hold any.
	if strings.IndexByte(s, '<') >= 0 {
		s = htmlTag.ReplaceAllString(s, " ")
	}
	if strings.Contains(s, "](") {
		s = mdLink.ReplaceAllString(s, "$1")
	}
	if strings.Contains(s, "'s") || strings.Contains(s, "’s") {
		s = possessive.ReplaceAllString(s, "")
	}
	s = s[shortcodeEnd(s):]
	s = withoutInstruction(s)
	t := strings.TrimRight(strings.TrimSpace(s), " *_`~:")
	question = strings.HasSuffix(t, "?") || strings.HasSuffix(t, "？")
	// One pass: lower case, marks to spaces, one space between words.
	b := make([]byte, 0, len(s)+8)
	space := false
	put := func(r rune) {
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		b = utf8.AppendRune(b, r)
	}
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9'):
			put(r)
		case r < utf8.RuneSelf && r >= 'A' && r <= 'Z':
			put(r + 'a' - 'A')
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			put(unicode.ToLower(r))
		case r == '&':
			space = true
			put('a')
			b = append(b, "nd"...)
			space = true
		case r == '\'' || r == '’':
			// "customer's" is "customer": the s went with possessive below
		case r == '.' || r == ')':
			put(r) // enumerations keep their dot until stripped
		default:
			space = true
		}
	}
	words = string(b)
	// Every enumeration has a digit, a dot or a parenthesis.
	if strings.ContainsAny(words, "0123456789.)") {
		words = enumeration.ReplaceAllString(words, "")
		words = strings.Join(strings.Fields(enumerationMarks.Replace(words)), " ")
	}
	return words, question
}

// withoutInstruction drops a template's instruction left after a
// heading's name: "Headline *(one line – what is it and who is it
// for)*", "Problem (what customer problem are we solving? use data)".
// A short tag in brackets, "FAQ (internal)", is the heading's own.
func withoutInstruction(s string) string {
	t := strings.TrimRight(s, " \t")
	end := strings.TrimRight(t, "*_")
	if !strings.HasSuffix(end, ")") {
		return s
	}
	open := strings.LastIndexByte(end, '(')
	if open <= 0 {
		return s
	}
	inside := end[open+1 : len(end)-1]
	before := strings.TrimRight(strings.TrimRight(end[:open], " \t"), "*_ \t")
	emphasised := len(end) < len(t) || strings.HasSuffix(strings.TrimRight(end[:open], " \t"), "*") || strings.HasSuffix(strings.TrimRight(end[:open], " \t"), "_")
	if before == "" || !emphasised && fieldCount(inside) <= 3 {
		return s
	}
	return before
}

// shortcodeEnd is where text starts past the emoji shortcodes before it,
// as wikis and chat write them: ":rocket: Press release", ":moneybag:
// What does it cost us?".
func shortcodeEnd(s string) int {
	i := 0
	for {
		j := i
		for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '*' || s[j] == '_') {
			j++
		}
		if j >= len(s) || s[j] != ':' {
			return i
		}
		k := j + 1
		for k < len(s) && (s[k] >= 'a' && s[k] <= 'z' || s[k] >= '0' && s[k] <= '9' || s[k] == '_' || s[k] == '+' || s[k] == '-') {
			k++
		}
		if k == j+1 || k >= len(s) || s[k] != ':' {
			return i
		}
		i = k + 1
	}
}

// titleLike: a heading that names the document rather than the product,
// such as "Tab Split PR/FAQ" or "Working Backwards: Tab Split".
func titleLike(raw string) bool {
	l := strings.ToLower(strings.TrimLeft(raw, "*_ #"))
	if !strings.Contains(l, "faq") && !strings.Contains(l, "working backwards") {
		return false // every name below holds one of them
	}
	for _, w := range []string{"pr/faq", "prfaq", "pr-faq", "pr faq", "pr & faq", "pr and faq", "working backwards", "press release and faq", "press release & faq", "press release / faq"} {
		if !strings.Contains(l, w) {
			continue
		}
		// "prfaq takes product teams from a blank page to …": a
		// product of that name, saying something, is a headline.
		if strings.HasPrefix(l, w+" ") && sentenceLike(l) {
			return false
		}
		return true
	}
	return false
}

// Names of the parts of a PR/FAQ, which no template renames.
var (
	pressReleaseNames = words("press release", "the press release", "news release", "media release", "pr", "press release draft", "draft press release", "announcement")
	customerNames     = words("customer questions", "the customer questions", "five customer questions", "the five customer questions", "the five questions", "five questions", "working backwards questions", "the five working backwards questions")
	faqNames          = words("faq", "faqs", "frequently asked questions", "questions and answers", "q and a", "qs and as", "questions")
	externalNames     = words("external", "external faq", "external faqs", "customer", "customers", "customer faq", "customer faqs", "for customers", "public faq", "public faqs", "external questions")
	internalNames     = words("internal", "internal faq", "internal faqs", "stakeholder", "stakeholders", "stakeholder faq", "stakeholder faqs", "for stakeholders", "business", "internal questions", "stakeholder questions")
	appendixNames     = words("appendix", "appendices", "supporting material", "supporting data", "references", "annex")
)

func words(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// Roles of the headings that name a part rather than a section.
const (
	rolePR       = "press release"
	roleCustomer = "customer questions"
	roleFAQ      = "faq"
	roleExternal = "external"
	roleInternal = "internal"
	roleAppendix = "appendix"
	roleQuotes   = "quotes"
)

// partRoles maps the template's labels for its parts ("User FAQ",
// "The customer, in five answers") to their roles, so a template's own
// words head its parts, and a rendered PR/FAQ reads back.
func partRoles(t *prfaq.Template) map[string]string {
	m := map[string]string{}
	for key, role := range map[string]string{"faq": roleFAQ, "external_faq": roleExternal, "internal_faq": roleInternal, "appendix": roleAppendix, "customer_questions": roleCustomer} {
		if l, ok := t.Labels[key]; ok {
			if w, _ := normalize(l); w != "" {
				m[w] = role
			}
		}
	}
	return m
}

// role tells which part a heading names, if any. Bare list names
// ("Internal") count only inside the FAQ.
func (r *reader) role(w string, inFAQ bool) string {
	if role, ok := r.roles[w]; ok {
		return role
	}
	switch {
	case pressReleaseNames[w]:
		return rolePR
	case customerNames[w]:
		return roleCustomer
	case faqNames[w]:
		return roleFAQ
	case quotesNames[w]:
		return roleQuotes
	case appendixNames[w] || strings.HasPrefix(w, "appendix ") || strings.HasPrefix(w, "annex "):
		return roleAppendix
	}
	bare := !strings.Contains(w, " ")
	switch {
	case externalNames[w] && (inFAQ || (!bare && w != "customer" && w != "customers")):
		return roleExternal
	case internalNames[w] && (inFAQ || !bare):
		return roleInternal
	}
	return r.served(faqListRole(w, inFAQ), w)
}

// served turns an internal list named for the people the product is for
// into the customers' list: in a PR/FAQ for a tool "for all 2,600
// employees", "What employees will ask" is the customers' FAQ, and the
// leadership's questions are the internal one.
func (r *reader) served(list, w string) string {
	if list != roleInternal {
		return list
	}
	summary := ""
	if f := r.fields[pathSummary]; f != nil {
		summary = f.b.String()
	} else if len(r.unnamed) > 0 {
		// not placed yet: the press release's first paragraph
		summary = r.unitText(r.unnamed[0])
	}
	audience := ""
	for _, f := range strings.Fields(w) {
		if internalWords[f] {
			if !userWords[f] || audience != "" {
				return list
			}
			audience = f
		}
	}
	if audience != "" && containsWords(strings.ToLower(summary), audience) {
		return roleExternal
	}
	return list
}

// userWords are the insiders a product may be for: an internal tool's
// customers.
var userWords = words("staff", "employees", "colleagues")

// Words that say which of the FAQ's lists a heading names, besides the
// lists' names: "FAQ (internal)", "Questions from the Trust board", and
// inside the FAQ "For maintainers". An audience that is not the team's
// own is the customer's: "Questions from contractors and homeowners",
// "FAQ for schools", "Player FAQ".
var (
	faqWords      = words("faq", "faqs", "questions", "q and a", "qs and as", "questions and answers")
	internalWords = words("internal", "internally", "stakeholder", "stakeholders", "business", "maintainers", "maintainer", "team", "company", "leadership", "investors", "partners", "staff", "employees", "contributors", "board", "trustees", "funders", "executives", "management", "finance", "studio", "ourselves", "us", "commissioners", "steering", "committee", "executive", "executives", "exec", "inside", "internally", "house", "council", "engineering", "legal", "operations", "ops", "reviewers", "approvers", "directors", "sponsors", "colleagues", "insiders", "elt", "slt", "leaders", "execs", "founders")
	externalWords = words("external", "customer", "customers", "public", "user", "users", "shopper", "shoppers", "buyer", "buyers", "residents", "members", "developers", "patients", "parents", "teachers", "players", "families")
	// audienceLinks join the FAQ's word to its audience: "Questions
	// from …", "FAQ for …", "Questions asked by …".
	audienceLinks = words("from", "for", "by", "of", "asked")
)

// faqListRole reads a short heading that names a list of the FAQ by its
// audience: with a word for the FAQ anywhere ("FAQ (internal)",
// "Internal questions", "Questions from the Trust board"), or inside the
// FAQ, "For maintainers".
func faqListRole(w string, inFAQ bool) string {
	fs := strings.Fields(w)
	if len(fs) == 0 || len(fs) > 8 {
		return ""
	}
	faq := inFAQ && fs[0] == "for"
	internal, external := false, false
	for phrase := range faqWords {
		faq = faq || containsWords(w, phrase)
	}
	for _, f := range fs {
		internal = internal || internalWords[f]
		external = external || externalWords[f]
	}
	if last := fs[len(fs)-1]; last == "ask" || last == "asks" || last == "asked" {
		// "Stuff customers will ask", "What the board asked": the
		// questions of the audience it names.
		faq = faq || internal || external
	}
	switch {
	case !faq:
		return ""
	case internal && !external:
		return roleInternal
	case external && !internal:
		return roleExternal
	case internal:
		return ""
	}
	// Neither: an audience named after "from" or "for", or before
	// "FAQ", is the customer's. "Open questions" and "Questions raised"
	// name no audience.
	for i, f := range fs[:len(fs)-1] {
		if faqWords[f] && audienceLinks[fs[i+1]] && i+2 < len(fs) {
			return roleExternal
		}
	}
	if last := fs[len(fs)-1]; (last == "faq" || last == "faqs") && len(fs) > 1 {
		return roleExternal
	}
	// "Candidates and clients: frequently asked questions", "Rider
	// questions": an audience before the questions. "Open questions"
	// belong to notes, and a headline may end in "questions".
	if n := len(fs); fs[n-1] == "questions" && (n == 2 || n > 2 && fs[n-2] == "asked") && !otherKindHeading(w) {
		return roleExternal
	}
	// "Questions we expect", "FAQ at launch": the FAQ's first word,
	// then a few of the team's own. "Questions raised" and "Open
	// questions" belong to notes.
	if faqWords[fs[0]] && len(fs) >= 2 && len(fs) <= 5 && !otherKindHeading(w) {
		return roleExternal
	}
	return ""
}

// listLabel reads a bold label inside the FAQ that names one of its
// lists: "**Customers ask:**", "**Internally:**".
func listLabel(w string) string {
	fs := slices.DeleteFunc(strings.Fields(w), func(f string) bool { return f == "the" || f == "a" || f == "an" || f == "our" })
	if len(fs) == 0 || len(fs) > 4 {
		return ""
	}
	internal, external := false, false
	for _, f := range fs {
		internal = internal || internalWords[f]
		external = external || externalWords[f]
	}
	switch {
	case internal && !external:
		return roleInternal
	case external && !internal:
		return roleExternal
	}
	return ""
}

// sectionName is one way a template's section may be headed.
type sectionName struct {
	id    string // the field it names: press_release.problem, sections.tenets
	words string
	// prompt: matched by the start of the question's prompt, a weaker
	// match than an alias.
	prompt bool
}

// Vocabulary keeps, per template, the words that name its sections and
// parts, which Read works out from the template: a run over thousands of
// files works them out once. It is safe for concurrent use.
type Vocabulary struct {
	mu         sync.Mutex
	byTemplate map[*prfaq.Template]*templateWords
}

type templateWords struct {
	names []sectionName
	roles map[string]string
}

// NewVocabulary starts an empty vocabulary.
func NewVocabulary() *Vocabulary {
	return &Vocabulary{byTemplate: map[*prfaq.Template]*templateWords{}}
}

// of is the template's section names and part roles, worked out once
// per template; a nil vocabulary works them out each time. They are
// read, never changed, by the readers that share them.
func (v *Vocabulary) of(t *prfaq.Template) ([]sectionName, map[string]string) {
	if v == nil {
		return sectionNames(t), partRoles(t)
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	w, ok := v.byTemplate[t]
	if !ok {
		w = &templateWords{sectionNames(t), partRoles(t)}
		v.byTemplate[t] = w
	}
	return w.names, w.roles
}

// sectionNames lists, from the template, every heading that names a
// section: the question's aliases, its id's last part ("call to action"),
// a custom section's title, and its prompt.
func sectionNames(t *prfaq.Template) []sectionName {
	var out []sectionName
	seen := map[string]bool{}
	add := func(id, w string, prompt bool) {
		w, _ = normalize(w)
		if w == "" || seen[id+"\x00"+w] {
			return
		}
		seen[id+"\x00"+w] = true
		out = append(out, sectionName{id: id, words: w, prompt: prompt})
	}
	for _, q := range t.Questions {
		id := q.ID
		switch {
		case strings.HasSuffix(id, ".speaker") || strings.HasSuffix(id, ".role") || strings.HasSuffix(id, ".description") || strings.HasSuffix(id, ".hypothetical"):
			continue
		case strings.HasPrefix(id, "press_release.dateline"):
			continue
		case strings.HasPrefix(id, "faq."):
			continue // the FAQ's names are the reader's own
		case !strings.HasPrefix(id, "press_release.") && !strings.HasPrefix(id, "customer.") && !strings.HasPrefix(id, prfaq.SectionsPrefix):
			continue // product, title, authors: front matter
		}
		for _, a := range q.Aliases {
			add(id, a, false)
		}
		last := strings.TrimSuffix(id, ".text")
		last = last[strings.LastIndexByte(last, '.')+1:]
		add(id, strings.ReplaceAll(last, "_", " "), false)
		if s, ok := t.Section(strings.TrimPrefix(id, prfaq.SectionsPrefix)); ok && strings.HasPrefix(id, prfaq.SectionsPrefix) {
			add(id, s.Title, false)
		}
		if strings.HasPrefix(id, "customer.") {
			add(id, q.Prompt, true)
			if l, ok := t.Labels[strings.TrimPrefix(id, "customer.")]; ok {
				add(id, l, false)
			}
		}
		// The why ladder is printed under its label ("Why does this
		// matter to the customer?"), as the built-in layouts do.
		if q.Ladder.Asks() {
			last := q.Ladder.ID[strings.LastIndexByte(q.Ladder.ID, '.')+1:]
			if l, ok := t.Labels[last]; ok {
				add(q.Ladder.ID, l, false)
			}
			add(q.Ladder.ID, "why ladder", false)
		}
	}
	return out
}

// match finds the section a heading names. In the customer questions,
// the customer's fields win over the press release's; elsewhere the
// press release's do. An exact name beats one that starts or ends the
// heading ("the problem", "problem statement"), which beats a longer
// name inside it; a prompt is matched by its start.
func match(names []sectionName, w string, inCustomer bool) (string, bool) {
	// Worked out once per heading, not once per name: a long document
	// has thousands of headings and labels, and every one is matched
	// against every name.
	fields := fieldCount(w)
	best, bestScore := "", 0
	long := fields > maxNameWords // only a prompt or an exact name can head it
	for _, n := range names {
		score := 0
		switch {
		case n.prompt:
			if fields >= 3 && (strings.HasPrefix(n.words, w) || strings.HasPrefix(w, n.words)) {
				score = 200
			}
		case w == n.words:
			score = 1000
		case long:
		case startsWithWords(w, n.words) || endsWithWords(w, n.words) && (fields <= 3 || strings.Contains(n.words, " ")):
			// A one-word name ends only a short heading: "Customer
			// problem", not "Why it's hard today".
			score = 500 + len(n.words)
		case strings.Contains(n.words, " ") && containsWords(w, n.words):
			score = 300 + len(n.words)
		case fields <= 6 && containsWords(w, n.words) && (fields <= 3 || strings.Contains(n.words, " ")):
			score = 100 + len(n.words)
		}
		if score == 0 {
			continue
		}
		if strings.HasPrefix(n.id, "customer.") == inCustomer {
			score += 2000
		}
		if score > bestScore {
			best, bestScore = n.id, score
		}
	}
	return best, best != ""
}

// startsWithWords reports whether w starts with the words and a space.
func startsWithWords(w, words string) bool {
	return len(w) > len(words) && w[len(words)] == ' ' && strings.HasPrefix(w, words)
}

// endsWithWords reports whether w ends with a space and the words.
func endsWithWords(w, words string) bool {
	return len(w) > len(words) && w[len(w)-len(words)-1] == ' ' && strings.HasSuffix(w, words)
}

// containsWords reports whether the words appear in w as whole words:
// at its start or after a space, and at its end or before a space.
func containsWords(w, words string) bool {
	if words == "" {
		return strings.Contains(w, "  ") || w == "" || strings.HasPrefix(w, " ") || strings.HasSuffix(w, " ")
	}
	for from := 0; from <= len(w)-len(words); {
		i := strings.Index(w[from:], words)
		if i < 0 {
			return false
		}
		at := from + i
		end := at + len(words)
		if (at == 0 || w[at-1] == ' ') && (end == len(w) || w[end] == ' ') {
			return true
		}
		from = at + 1
	}
	return false
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
