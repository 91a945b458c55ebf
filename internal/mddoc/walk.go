package mddoc

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/source"
)

// head is a heading, or a paragraph that works as one: a single line
// wholly in bold, such as **Frequently Asked Questions**.
type head struct {
	b          block
	line       int // 0-based
	start, end int // the text, without markers
	level      int // 7 for a bold line: below every real heading
	raw        string
	words      string
	question   bool
}

// qMarker: "Q:", "Q3.", "Question 3:" before a question.
var qMarker = regexp.MustCompile(`^(?i:(?:q|question)\s*#?\s*\d*\s*[:.)–—-])\s*`)

// aMarker: "A:" or "Answer:" before an answer.
var aMarker = regexp.MustCompile(`^(?:\*\*|__)?(?i:a|answer)\s*\d*\s*[:.)–—-]\s*(?:\*\*|__)?\s*`)

// qMarkerAt and aMarkerAt are qMarker's and aMarker's match in s, or
// nil: the patterns are tried only on text that starts as they do.
func qMarkerAt(s string) []int {
	if s == "" || s[0] != 'q' && s[0] != 'Q' {
		return nil
	}
	return qMarker.FindStringIndex(s)
}

func aMarkerAt(s string) []int {
	t := strings.TrimLeft(s, "*_")
	if t == "" || t[0] != 'a' && t[0] != 'A' {
		return nil
	}
	return aMarker.FindStringIndex(s)
}

func (r *reader) headOf(b block) (head, bool) {
	l := r.lines[b.from]
	var h head
	switch b.kind {
	case heading:
		h = head{b: b, line: b.from, start: b.start, end: b.end, level: b.level}
	case paragraph:
		s, e, after, ok := boldLead(l)
		if !ok && b.from == b.to {
			return r.plainHead(b)
		}
		if !ok || b.from != b.to || strings.TrimSpace(strings.TrimLeft(l[after:], ":")) != "" {
			return head{}, false
		}
		h = head{b: b, line: b.from, start: s, end: e, level: 7}
	default:
		return head{}, false
	}
	h.raw = strings.TrimSpace(l[h.start:h.end])
	h.words, h.question = normalize(h.raw)
	if qMarkerAt(stripEmphasis(h.raw)) != nil {
		h.question = true
	}
	return h, true
}

// plainHead reads a line without marks as a heading where it can only
// be one: a line that names a part of the document or a list of the
// FAQ, in capitals ("FREQUENTLY ASKED QUESTIONS", "INTERNAL QUESTIONS
// (for the board)") or in a few words ("Press release", "External"), as
// plain-text writers and pasted documents head one. Other lines ("FOR
// IMMEDIATE RELEASE", "Highlights:") are left to what reads them.
func (r *reader) plainHead(b block) (head, bool) {
	l := r.lines[b.from]
	raw := strings.TrimSpace(l)
	if raw == "" || strings.ContainsAny(raw[len(raw)-1:], ".,;") || fieldCount(raw) > 12 {
		return head{}, false
	}
	letters, capitals := 0, true
	for _, c := range withoutInstruction(raw) {
		if unicode.IsLower(c) {
			capitals = false
		}
		if unicode.IsLetter(c) {
			letters++
		}
	}
	if letters < 3 || !capitals && fieldCount(withoutInstruction(raw)) > 4 {
		return head{}, false
	}
	start := strings.Index(l, raw)
	h := head{b: b, line: b.from, start: start, end: start + len(raw), level: 7, raw: raw}
	h.words, h.question = normalize(raw)
	if h.question || r.role(h.words, r.part == partFAQ) == "" {
		return head{}, false
	}
	return h, true
}

// boldLead finds bold text at the start of a line: s and e are the bytes
// of the text inside the markers, after is the first byte past them and
// a colon that follows.
func boldLead(l string) (s, e, after int, ok bool) {
	i := len(l) - len(strings.TrimLeft(l, " \t"))
	if i+2 > len(l) || (l[i:i+2] != "**" && l[i:i+2] != "__") {
		return 0, 0, 0, false
	}
	m := l[i : i+2]
	j := strings.Index(l[i+2:], m)
	if j <= 0 {
		return 0, 0, 0, false
	}
	s, e = i+2, i+2+j
	after = e + 2
	if after < len(l) && l[after] == ':' {
		after++
	}
	return s, e, after, strings.TrimSpace(l[s:e]) != ""
}

// italicLabel finds "*Label*:" or "_Label:_" at the start of a line: an
// italic label, which a colon tells from italic text.
func italicLabel(l string) (s, e, after int, ok bool) {
	i := len(l) - len(strings.TrimLeft(l, " \t"))
	if i+3 > len(l) || (l[i] != '*' && l[i] != '_') || l[i+1] == l[i] {
		return 0, 0, 0, false
	}
	j := strings.IndexByte(l[i+1:], l[i])
	if j <= 0 {
		return 0, 0, 0, false
	}
	s, e = i+1, i+1+j
	after = e + 1
	if after < len(l) && l[after] == ':' {
		after++
	} else if !strings.HasSuffix(l[s:e], ":") {
		return 0, 0, 0, false
	}
	if fieldCount(l[s:e]) > maxNameWords {
		return 0, 0, 0, false
	}
	return s, e, after, strings.TrimSpace(l[s:e]) != ""
}

func stripEmphasis(s string) string {
	return strings.TrimLeft(s, "*_ ")
}

func (r *reader) walk() {
	r.entry = -1
	r.entries = map[string][]entry{}
	i := r.headline()
	closing := r.letterClosing()
	for ; i < len(r.blocks); i++ {
		b := r.blocks[i]
		if i == closing {
			// The letter's sign-off, the sender's name and signature.
			for _, c := range r.blocks[i:] {
				r.keepAsideBlock(c)
			}
			break
		}
		if r.part != partAppendix && r.cutLineBlock(b) {
			r.keepCutLine(b)
			// A cut line after the headline closes the release.
			r.releaseCut = r.releaseCut || r.headlineDone
			continue
		}
		if r.expectHeadline && b.kind != htmlBlock && b.kind != rule {
			r.expectHeadline = false
			if next, ok := r.headlineAt(i); ok {
				i = next - 1
				continue
			}
		}
		if r.expectSubheadline && b.kind != htmlBlock && b.kind != rule {
			// "# Headline", "## Press Release", then the subheadline.
			r.expectSubheadline = false
			if next := r.subheadline(i, r.partLevel); next > i {
				i = next - 1
				continue
			}
		}
		switch b.kind {
		case rule:
			r.place(b, "", "thematic break")
			continue
		case htmlBlock:
			if r.sectionMarker(b) {
				continue
			}
			if strings.HasPrefix(strings.TrimSpace(r.lines[b.from]), "<!--") {
				r.place(b, "", "comment")
				continue
			}
		}
		if b.kind == admonition {
			r.admonition(b)
			continue
		}
		if next, ok := r.contents(i); ok {
			i = next - 1
			continue
		}
		if b.kind == heading && r.headingOverDateline(i) {
			if next, ok := r.headlineAt(i); ok {
				i = next - 1
				continue
			}
		}
		if h, ok := r.headOf(b); ok && (b.kind == heading || !h.question || r.part != partFAQ) {
			if r.heading(h) {
				continue
			}
		}
		r.content(b)
	}
}

// structure marks a heading as structure: its words are not text of any
// field.
func (r *reader) structure(h head, how string) {
	r.marker(h.line, h.start, h.end)
	r.place(h.b, "", how)
}

// heading moves the walk to the part or section a heading names. It
// returns false when the heading is text of the current section.
func (r *reader) heading(h head) bool {
	r.resume = ""
	w := h.words
	if r.part == partAppendix && h.level > r.partLevel && h.b.kind == heading && r.role(w, false) != roleCustomer {
		// The appendix's own sections, whatever they are called
		// ("### Unplaced by import: FAQ"), are its text; only the
		// customer questions, which prfaq's page puts there, are not.
		return false
	}
	if otherKindHeading(w) || slideLabel(h.raw) {
		r.otherHeadings++
		if len(r.otherNames) < 3 {
			r.otherNames = append(r.otherNames, strconv.Quote(h.raw))
		}
	}
	how := "heading " + strconv.Quote(h.raw)
	if titleLike(h.raw) && !h.question {
		if r.res.Doc.Title == "" {
			r.res.Doc.Title = h.raw
		}
		r.structure(h, "document title")
		return true
	}
	role := r.role(w, r.part == partFAQ)
	if role == roleCustomer && (r.part == partFAQ && h.level > r.partLevel || r.questionsFollow(h)) {
		// "### Customer questions" under "## FAQ", or over "Q: …"
		// lines, is the customers' list, not the five customer
		// questions.
		role = roleExternal
	}
	if role == "" && r.part == partFAQ && r.faqList == "external" && r.listLevel > 0 && h.level == r.listLevel && r.secondAudience(w) {
		// "## Questions from the newsroom", then "## For the masthead":
		// a second list named for another audience, beside the
		// customers', is the one the team asks.
		role = roleInternal
	}
	switch role {
	case rolePR:
		if !r.headlineDone && !r.prHeaded {
			// What stands between the title and "## Press release"
			// ("This page is a working draft…") is the author's
			// preface, not the press release.
			r.setAside()
		}
		r.enter(partPR, h)
		r.prHeaded = true
		r.structure(h, how)
		r.expectHeadline = !r.headlineDone
		r.expectSubheadline = r.headlineDone && r.fields[pathSubheadline].refsOrNil() == nil
		return true
	case roleCustomer:
		r.enter(partCustomer, h)
		r.structure(h, how)
		return true
	case roleFAQ:
		r.enterFAQ("external", h)
		r.faqHeading = h.raw
		r.structure(h, how)
		return true
	case roleQuotes:
		if r.part != partPR {
			r.enter(partPR, head{})
		}
		r.setSectionSet(quoteSections, h.level, how)
		r.structure(h, how)
		return true
	case roleAppendix:
		r.enter(partAppendix, h)
		r.setSection("appendix", h.level, how)
		r.structure(h, how)
		return true
	case roleExternal, roleInternal:
		list := role
		if r.part == partFAQ && h.level > r.partLevel {
			r.faqList, r.entry, r.category = list, -1, ""
			r.section = ""
			if _, seen := r.res.Pos["faq."+list]; !seen {
				r.res.Pos["faq."+list] = r.posAt(h.line, h.start)
			}
		} else {
			// "## Author questions" with no FAQ heading over it: the FAQ
			// starts here, and holds the headings beside it that name
			// its other list ("## Inside the house").
			r.enterFAQ(list, head{line: h.line, start: h.start, level: max(h.level-1, 0)})
		}
		r.listLevel = h.level
		r.faqHeading = h.raw
		r.structure(h, how)
		return true
	}
	if h.question && h.b.kind == heading && r.part != partCustomer && r.groupsQuestions(h) {
		// "## So what's the catch?" over "### Why now?": a group of
		// the FAQ, asked as a question.
		if r.part != partFAQ || h.level <= r.partLevel {
			r.enterFAQ(r.faqListOr("external"), head{line: h.line, start: h.start, level: max(h.level-1, 0)})
		}
		r.category, r.entry = h.raw, -1
		r.groupAsks = r.groupsQuestions(h)
		r.place(h.b, "", "FAQ group "+how)
		return true
	}
	if r.part == partFAQ && !h.question && appendixHeading(w) && r.listLevel > 0 && h.level <= r.listLevel && !r.questionsFollow(h) && !r.groupsQuestions(h) {
		// "## Reviewers" or "## Document history" beside "## Internal
		// FAQ": the author's own section after the FAQ, not a list or
		// a group of its questions.
		r.part = partUnknown
		r.unknownHeading(h, how, true)
		return true
	}
	if r.part == partFAQ && h.level > r.partLevel {
		if h.question {
			r.newEntry(h.line, h.start, h.end, h.level, how)
			r.place(h.b, "", how)
			return true
		}
		if r.entry >= 0 && r.entryLevel > 0 && h.level > r.entryLevel {
			return false // a heading inside an answer
		}
		// Under "## Internal FAQ", "### Customer and market" is a
		// category, not the customers' list.
		declared := r.listLevel > 0 && (h.level == 0 || h.level > r.listLevel)
		if list := r.served(listLabel(w), w); list != "" && !declared && !r.faqCategory(w) {
			// "**Internally:**", "## We ask ourselves": the list the
			// questions after it are in.
			r.faqList, r.entry, r.category = list, -1, ""
			r.section = ""
			if _, seen := r.res.Pos["faq."+list]; !seen {
				r.res.Pos["faq."+list] = r.posAt(h.line, h.start)
			}
			r.faqHeading = h.raw
			r.structure(h, "FAQ list "+how)
			return true
		}
		r.category, r.entry = h.raw, -1
		r.groupAsks = r.groupsQuestions(h)
		r.place(h.b, "", "FAQ group "+how)
		return true
	}
	if id, set := r.sectionOf(w, r.part == partCustomer); (id != "" || set != nil) && !(h.question && r.part == partFAQ) {
		if set != nil {
			// A heading that names several sections: the text under it
			// is placed by what it says (quotes by who speaks).
			if r.part != partPR {
				r.enter(partPR, head{level: 0})
			}
			r.setSectionSet(set, h.level, how)
			r.structure(h, how)
			return true
		}
		switch {
		case strings.HasPrefix(id, "customer."):
			if r.part != partCustomer {
				r.enter(partCustomer, head{level: 0})
			}
		case strings.HasPrefix(id, "press_release."):
			if r.part != partPR {
				r.enter(partPR, head{level: 0})
			}
		case r.part == partFAQ || r.part == partUnknown || r.part == partNone:
			r.enter(partPR, head{level: 0})
		}
		if id == pathHeadline && r.headlineGuess != nil {
			// The first heading, taken for the headline, was the
			// document's title: the section comes once.
			r.titleFromGuess()
		}
		if f := r.fields[id]; f != nil && len(f.refs) > 0 {
			r.note(h.line+1, 1, source.Warning, fmt.Sprintf("section %q appears twice (lines %d and %d); its texts were joined", h.raw, f.first.Line, h.line+1),
				"Merge the two sections into one, or rename one of them.")
		}
		r.setSection(id, h.level, how)
		r.structure(h, how)
		return true
	}
	if h.question && r.part != partCustomer && !(r.part == partPR && h.b.kind == heading && r.prHeadingAsked(h)) {
		r.enterFAQ("external", head{line: h.line, start: h.start, level: 0})
		r.implicitFAQ = true
		r.newEntry(h.line, h.start, h.end, h.level, how)
		r.place(h.b, "", how)
		return true
	}
	// A heading the template does not know.
	if r.section != "" && h.level > r.sectionLevel {
		return false
	}
	if r.part == partAppendix && h.level > r.partLevel {
		return false
	}
	if (r.part == partPR || r.part == partNone) && !appendixHeading(w) {
		// The author's own heading over press release paragraphs ("Why
		// reviews are slow"): they are placed by what they say.
		if r.part == partNone {
			r.enter(partPR, head{level: 0})
		}
		r.setSectionSet(prSections, h.level, "under "+how)
		r.structure(h, "press release "+how)
		return true
	}
	r.unknownHeading(h, how, appendixHeading(w))
	return true
}

// unknownHeading starts the text under a heading that names no part of
// the template; aside when the heading names the author's own section
// ("Tenets", "Document history"), which needs no note.
func (r *reader) unknownHeading(h head, how string, aside bool) {
	r.unplaced(h.raw, h.level)
	f := r.field(r.section)
	f.headLine = h.line + 1
	f.aside = aside
	r.place(h.b, "", "unknown "+how)
}

// enter starts a part of the document.
func (r *reader) enter(p part, h head) {
	if h.level > 0 && p != partAppendix {
		r.evidence++ // a heading that names a part
	}
	r.part, r.partLevel = p, h.level
	r.section, r.sectionLevel, r.entry, r.category = "", 0, -1, ""
	r.sectionSet, r.unitBreak = nil, true
	key := map[part]string{partPR: "press_release", partCustomer: "customer", partFAQ: "faq", partAppendix: "appendix"}[p]
	if _, seen := r.res.Pos[key]; key != "" && !seen && h.b.to >= h.b.from && h.level > 0 {
		r.res.Pos[key] = r.posAt(h.line, h.start)
	}
}

func (r *reader) enterFAQ(list string, h head) {
	r.enter(partFAQ, h)
	r.listLevel = 0
	r.faqList = list
	if _, seen := r.res.Pos["faq"]; !seen {
		r.res.Pos["faq"] = source.Pos{Line: h.line + 1, Col: 1}
	}
	if _, seen := r.res.Pos["faq."+list]; !seen {
		r.res.Pos["faq."+list] = source.Pos{Line: h.line + 1, Col: 1}
	}
}

func (r *reader) setSection(id string, level int, how string) {
	if id == pathHeadline && r.headlineGuess != nil {
		r.titleFromGuess()
	}
	r.section, r.sectionLevel, r.sectionHow = id, level, how
	r.sectionSet = nil
	r.evidence++
}

// setSectionSet starts text that belongs to one of several sections,
// which its content decides.
func (r *reader) setSectionSet(set []string, level int, how string) {
	r.section, r.sectionLevel, r.sectionHow = "", level, how
	r.sectionSet = set
	if len(set) < len(prSections) {
		r.evidence++ // a heading that names sections
	}
	if r.part == partPR {
		// A new unit starts under the heading, even for a list item.
		r.unitBreak = true
	}
}

// unplaced starts a run of text that fits no section.
func (r *reader) unplaced(heading string, level int) {
	n := len(r.res.Unplaced) + len(r.fields)
	r.section = Unplaced + ":" + strconv.Itoa(n)
	r.sectionLevel = level
	r.sectionHow = "unplaced"
	r.field(r.section).heading = heading
	r.sectionSet = nil
	if r.part != partFAQ || level > 0 && level <= r.partLevel {
		// A heading as high as the FAQ's own ends the FAQ.
		r.part = partUnknown
	} else {
		r.entry = -1
	}
	if level == 0 {
		r.sectionLevel = 7
	}
}

// instruction: a paragraph wholly in italics that tells the writer what
// to write, as templates in word processors leave them: "*One sentence:
// who is the customer and what do they get?*", "*Template v2. Delete
// the instructions in italics before sharing.*", "*Comments welcome
// until Friday*". It is the author's note, not the section's text. An
// italic subheadline or quote says something to the reader instead.
func (r *reader) instruction(b block) bool {
	first := strings.TrimSpace(r.lines[b.from])
	last := strings.TrimSpace(r.lines[b.to])
	if len(first) < 3 || first[0] != '*' && first[0] != '_' || first[1] == first[0] || last[len(last)-1] != first[0] {
		return false
	}
	var sb strings.Builder
	for l := b.from; l <= b.to; l++ {
		sb.WriteString(strings.TrimSpace(r.lines[l]))
		sb.WriteByte(' ')
	}
	t := strings.ToLower(strings.Trim(strings.TrimSpace(sb.String()), "*_ "))
	if quoted(t) || strings.Count(t, "*")+strings.Count(t, "_") > 0 {
		return false // a quote, or emphasis inside: not one italic run
	}
	if strings.HasSuffix(t, "?") {
		return true // a question to answer
	}
	for _, w := range instructionWords {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// instructionWords tell the writer what to do.
var instructionWords = []string{"delete ", "replace ", "remove this", "fill in", "instructions", "template", "suggestion mode", "comments welcome", "one sentence", "one paragraph", "two sentences", "describe ", "explain ", "write ", "keep it ", "aim for", "no more than", "guidance", "tip:", "placeholder", "tbd", "todo"}

// keepAside keeps a block as unplaced text without ending the section
// the walk is in: the text after an instruction is the section's.
func (r *reader) keepAside(b block) {
	part, section, level, how, set := r.part, r.section, r.sectionLevel, r.sectionHow, r.sectionSet
	r.unplacedBlock(b)
	r.part, r.section, r.sectionLevel, r.sectionHow, r.sectionSet = part, section, level, how, set
}

// content places a block that is not a heading.
func (r *reader) content(b block) {
	switch {
	case r.part == partFAQ:
		// Before the FAQ's sections the FAQ may open with a word of
		// introduction: it does not swallow the questions after it.
		r.faqBlock(b)
		return
	case strings.HasPrefix(r.section, Unplaced):
		r.addBlock(r.section, b, "unplaced")
		return
	case r.part == partAppendix:
		r.addBlock(r.section, b, r.sectionHow)
		return
	}
	if b.kind == paragraph && r.beforeProse() && r.documentDetails(b) {
		return
	}
	if b.kind == paragraph && r.label(b) {
		return
	}
	if b.kind == paragraph && r.instruction(b) {
		r.keepAside(b)
		return
	}
	if b.kind == htmlBlock && r.part != partCustomer && r.detailsQuestion(b) {
		// <details><summary>Question?</summary> under "## Using
		// Meridian": the FAQ, whatever its heading.
		r.enterFAQ("external", head{line: b.from, level: 0})
		r.implicitFAQ = true
		r.faqBlock(b)
		return
	}
	if (b.kind == paragraph && r.faqQuestionParagraph(b) || r.faqQuestionItem(b)) && r.part != partCustomer && r.section == "" {
		r.faqIntroduction(b)
		r.enterFAQ(r.implicitList(), head{line: b.from, level: 0})
		r.implicitFAQ = true
		r.faqBlock(b)
		return
	}
	switch {
	case r.section == "" && r.sectionSet != nil:
		r.addUnitIn(b, r.sectionSet)
	case isQuoteField(r.section):
		quote := r.isQuoteBlock(b)
		r.deferQuote(b, -1, r.section, r.sectionHow)
		if quote || r.sectionOnce {
			// One quote under a quote's heading: what follows it is
			// placed on its own.
			r.endSection()
		}
	case r.section != "" && r.part == partPR && r.isQuoteBlock(b):
		// A quote with its speaker inside another section is a quote,
		// and what follows it is placed by its content: "## Getting
		// started", its paragraph, the customer's quote, then the call
		// to action.
		r.deferQuote(b, -1, "", "quote by its speaker")
		resume := r.section
		r.endSection()
		r.resume = resume
	case r.section != "":
		r.addPR(r.section, b, r.sectionHow)
		if r.sectionOnce {
			r.endSection()
		}
	case r.part == partCustomer:
		r.unplaced("", 7)
		r.addBlock(r.section, b, "unplaced")
	default:
		if r.part == partNone {
			r.enter(partPR, head{})
		}
		r.addUnit(b)
		r.unnamed[len(r.unnamed)-1].resume = r.resume
	}
}

// slideLabel: "Slide 3: Solution", a deck's, not a press release's.
func slideLabel(raw string) bool {
	t := strings.ToLower(strings.TrimLeft(raw, "*_# "))
	rest, ok := strings.CutPrefix(t, "slide ")
	return ok && rest != "" && rest[0] >= '0' && rest[0] <= '9'
}

// faqCategory: words that name one of the template's FAQ categories.
func (r *reader) faqCategory(w string) bool {
	for _, c := range r.t.FAQCategories {
		if cw, _ := normalize(strings.ReplaceAll(c, "-", " ")); cw == w {
			return true
		}
	}
	return false
}

// titleFromGuess: the first heading was taken for the headline, and a
// "Headline" label or section came after it: the first heading was the
// document's title ("# Tessaline Mobile - Automatic Outage Credit").
func (r *reader) titleFromGuess() {
	h := r.headlineGuess
	r.headlineGuess = nil
	delete(r.fields, pathHeadline)
	r.res.Doc.Title = h.raw
	for k := range r.res.Placed {
		if p := &r.res.Placed[k]; p.From == h.line+1 && p.Path == pathHeadline {
			p.Path, p.How = "", "document title"
		}
	}
	r.marker(h.line, h.start, h.end)
}

// questionsFollow: the block after heading h asks a question the way an
// FAQ does ("Q: …", "**Do I need the app?**", "### How much is it?").
func (r *reader) questionsFollow(h head) bool {
	k := slices.IndexFunc(r.blocks, func(b block) bool { return b.from > h.b.to })
	if k < 0 {
		return false
	}
	b := r.blocks[k]
	if nh, ok := r.headOf(b); ok {
		// "### Who is the customer?" is the first of the five.
		id, _ := match(r.names, nh.words, true)
		return nh.question && !strings.HasPrefix(id, "customer.")
	}
	l := strings.TrimLeft(r.lines[b.from], " \t")
	if c, _, ok := listMarker(l); ok {
		l = l[c:]
	}
	if s, e, _, ok := boldLead(l); ok {
		// "**Who is the customer?** The 140 accountants …"
		w, _ := normalize(l[s:e])
		if id, _ := match(r.names, w, true); strings.HasPrefix(id, "customer.") {
			return false
		}
	}
	return b.kind != code && (qMarkerAt(strings.TrimLeft(l, "*_")) != nil || r.faqQuestionParagraph(b))
}

// groupsQuestions: the heading after h is deeper and a question.
func (r *reader) groupsQuestions(h head) bool {
	for _, b := range r.blocks {
		if b.from <= h.b.to || b.kind != heading {
			continue
		}
		nh, _ := r.headOf(b)
		return b.level > h.level && nh.question
	}
	return false
}

// faqListOr is the FAQ list the walk is in, or list outside the FAQ.
func (r *reader) faqListOr(list string) string {
	if r.part == partFAQ && r.faqList != "" {
		return r.faqList
	}
	return list
}

// prHeadingAsked: a question heading among the press release's own
// headings, "## Why not just buy antivirus?" before "## How Watch
// works", is one of them, asked as a question, not the first FAQ
// question: an FAQ heading at its level or above comes later, or the
// next heading at its level is not a question and names no part of the
// document.
func (r *reader) prHeadingAsked(h head) bool {
	next := true
	for _, b := range r.blocks {
		if b.from <= h.b.to || b.kind != heading {
			continue
		}
		if b.level > h.level {
			continue
		}
		nh, _ := r.headOf(b)
		role := r.role(nh.words, false)
		switch {
		case role == roleFAQ || role == roleExternal || role == roleInternal:
			return true
		case next && !nh.question && role == "" && !appendixHeading(nh.words):
			return true
		}
		next = false
	}
	return false
}

// setAside keeps the paragraphs read so far, which no part claimed, as
// unplaced text.
func (r *reader) setAside() {
	units := r.unnamed
	r.unnamed = nil
	for _, u := range units {
		for _, b := range u.blocks {
			r.unplacedBlock(b)
		}
	}
}

// sectionMarker reads the comment prfaq's Markdown page puts before a
// press release section, <!-- prfaq: problem -->, as a heading naming it.
func (r *reader) sectionMarker(b block) bool {
	l := strings.TrimSpace(r.lines[b.from])
	name, ok := strings.CutPrefix(l, "<!-- prfaq: ")
	if !ok || b.from != b.to || r.part == partFAQ {
		return false
	}
	name, ok = strings.CutSuffix(name, " -->")
	if !ok {
		return false
	}
	id, _ := r.sectionOf(name, false)
	if !strings.HasPrefix(id, "press_release.") {
		return false
	}
	if r.part != partPR {
		r.enter(partPR, head{})
	}
	r.setSection(id, 7, "section marker")
	r.place(b, "", "section marker")
	return true
}

// beforeProse: nothing of the press release but its headline has been
// read, so a table of details may still come.
func (r *reader) beforeProse() bool {
	if r.part != partNone && r.part != partPR || len(r.unnamed) > 0 || len(r.quotes) > 0 {
		return false
	}
	for path, f := range r.fields {
		if path != pathHeadline && path != pathSubheadline && len(f.refs) > 0 {
			return false
		}
	}
	return true
}

// label reads a paragraph that starts with a bold label naming a
// section, "**Problem:** Customers today ...", and starts that section.
func (r *reader) label(b block) bool {
	l := r.lines[b.from]
	s, e, after, ok := boldLead(l)
	if !ok {
		// "*Internal quote*:": an italic label, known by its colon.
		if s, e, after, ok = italicLabel(l); !ok {
			return false
		}
	}
	// "**Problem**" alone on its line never gets here: headOf reads it
	// as a heading, and what heading leaves to the content (a line that
	// names no section) names none here either.
	inner := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(l[s:e]), ":"))
	w, q := normalize(inner)
	if q && r.part != partCustomer {
		return false
	}
	id, set := r.sectionOf(w, r.part == partCustomer)
	if id == "" && set == nil {
		return false
	}
	if set != nil {
		// "**Quotes:**": the label's paragraph and those after it are
		// placed by what they say, as under such a heading.
		if r.part != partPR {
			r.enter(partPR, head{})
		}
		r.setSectionSet(set, 7, fmt.Sprintf("label %q", inner))
		r.marker(b.from, s, e)
		r.place(block{from: b.from, to: b.from}, "", fmt.Sprintf("label %q", inner))
		rest := b
		rest.from++
		if rest.from <= rest.to {
			r.addUnitIn(rest, set)
		}
		return true
	}
	if strings.HasPrefix(id, "customer.") && r.part != partCustomer {
		r.enter(partCustomer, head{})
	}
	if strings.HasPrefix(id, "press_release.") && r.part != partPR {
		r.enter(partPR, head{})
	}
	how := fmt.Sprintf("label %q", inner)
	r.setSection(id, 7, how)
	r.marker(b.from, s, e)
	rest := b
	start := after
	for start < len(l) && (l[start] == ' ' || l[start] == '\t') {
		start++
	}
	once := paragraphLabel(id)
	if isQuoteField(id) {
		if start >= len(l) {
			r.place(block{from: b.from, to: b.from}, "", how)
			if b.to == b.from {
				r.sectionOnce = true
				return true
			}
			rest.from++
			r.deferQuote(rest, -1, id, how)
		} else {
			r.deferQuote(b, start, id, how)
		}
		r.endSection()
		return true
	}
	if start >= len(l) {
		rest.from++
		r.place(block{from: b.from, to: b.from}, "", how)
		if rest.from > rest.to {
			// A label alone on its line: the next block is its text.
			r.sectionOnce = once
			return true
		}
		r.addPR(id, rest, how)
	} else {
		r.addPRFrom(id, b, start, how)
	}
	if once {
		r.endSection()
	}
	return true
}

// paragraphLabel: a label whose section is one paragraph (a quote, the
// subheadline), so the paragraph after it is placed on its own.
func paragraphLabel(id string) bool {
	switch id {
	case pathHeadline, pathSubheadline, pathSummary, pathLeader, pathCustomer, pathAction:
		return true
	}
	return false
}

// endSection ends a section that a label started: what follows is placed
// by its own label, heading or content.
func (r *reader) endSection() {
	r.section, r.sectionSet, r.sectionOnce = "", nil, false
	r.unitBreak = true
}

// addPR adds a block to a press release or customer field: quotes lose
// their marks and attribution, the summary its dateline.
func (r *reader) addPR(path string, b block, how string) {
	r.addPRFrom(path, b, -1, how)
}

// addPRFrom is addPR starting at a byte of the first line (-1: the
// block's own start).
func (r *reader) addPRFrom(path string, b block, start int, how string) {
	lines := r.contentLines(b, start)
	switch {
	case isQuoteField(path) && (b.kind == paragraph || b.kind == blockquote):
		if r.quote(path, lines) {
			r.place(b, path, how)
			return
		}
	case path == "press_release.summary" && len(r.fields[path].refsOrNil()) == 0:
		if end, ok := r.dateline(lines[0]); ok {
			lines[0].start = end
		}
	case path == "press_release.headline" || path == "press_release.subheadline":
		if b.kind == paragraph && len(lines) == 1 {
			lines[0].start, lines[0].end = italicInner(r.lines[lines[0].line], lines[0].start, lines[0].end)
		}
	}
	r.addBreak(path, b.from)
	for _, cl := range lines {
		r.addLine(path, cl.line, cl.start, cl.end)
	}
	r.place(b, path, how)
}

func (t *text) refsOrNil() []LineRef {
	if t == nil {
		return nil
	}
	return t.refs
}

func isQuoteField(path string) bool {
	return path == "press_release.leader_quote.text" || path == "press_release.customer_quote.text"
}

// contentLine is a line of a block's text: the line and its bytes.
type contentLine struct{ line, start, end int }

// contentLines are a block's lines as text: a quote's without its >
// markers; a paragraph's, a list's and anything else's whole. start, when
// not -1, is where the first line's text starts.
func (r *reader) contentLines(b block, start int) []contentLine {
	if b.kind == admonition {
		return r.admonitionLines(b)
	}
	out := make([]contentLine, 0, b.to-b.from+1)
	for i := b.from; i <= b.to; i++ {
		l := r.lines[i]
		s := 0
		if b.kind == blockquote {
			s = quoteContent(l)
		}
		if i == b.from && start >= 0 {
			s = start
		}
		out = append(out, contentLine{i, min(s, len(l)), len(l)})
	}
	return out
}

// italicInner is the text inside _..._ or *...* around a whole line.
func italicInner(l string, s, e int) (int, int) {
	t := strings.TrimSpace(l[s:e])
	off := s + strings.Index(l[s:e], t)
	if len(t) > 2 && (t[0] == '_' || t[0] == '*') && t[len(t)-1] == t[0] && (len(t) < 4 || t[1] != t[0]) {
		return off + 1, off + len(t) - 1
	}
	return s, e
}

// Dates a dateline may give. Each is read into YYYY-MM-DD.
var dateLayouts = []string{"January 2, 2006", "January 2 2006", "Jan 2, 2006", "Jan 2 2006", "2 January 2006", "2 Jan 2006", "2 January, 2006", "2 Jan, 2006", "2006-01-02", "Monday, January 2, 2006", "Monday, Jan 2, 2006", "Monday January 2, 2006", "Monday 2 January 2006", "Monday, 2 January 2006", "Monday 2 Jan 2006", "2.1.2006"}

var ordinal = regexp.MustCompile(`(\d)(?:st|nd|rd|th)`)

// dateline reads "SEATTLE, WA – (Business Wire) – March 3, 2027 –" at
// the start of the summary: it fills the document's dateline and returns
// where the summary's text starts.
func (r *reader) dateline(cl contentLine) (int, bool) {
	l := r.lines[cl.line][:cl.end]
	m, ok := parseDateline(l[cl.start:])
	if !ok {
		return 0, false
	}
	d := &r.res.Doc.PressRelease.Dateline
	d.City, d.Date = l[cl.start+m.cityStart:cl.start+m.cityEnd], m.date
	r.evidence++
	d.Outlet = m.outlet
	r.res.DatelineText = strings.TrimSpace(l[cl.start : cl.start+m.end])
	r.res.DatelineDate = l[cl.start+m.dateStart : cl.start+m.dateEnd]
	p := r.posAt(cl.line, cl.start+m.cityStart)
	r.res.Pos["press_release.dateline"] = p
	r.res.Pos["press_release.dateline.city"] = p
	r.res.Pos["press_release.dateline.date"] = r.posAt(cl.line, cl.start+m.dateStart)
	return cl.start + m.end, true
}

// finishFAQ moves the FAQ entries into the document.
// unansweredLabel: the words a template prints for a question with no
// answer yet ("_Not answered yet._"), which are not an answer.
func (r *reader) unansweredLabel(answer string) bool {
	l, ok := r.t.Labels["unanswered"]
	return ok && strings.TrimSpace(answer) == strings.TrimSpace(l)
}

func (r *reader) finishFAQ() {
	d := r.res.Doc
	for _, list := range []string{"external", "internal"} {
		prefix := "E"
		if list == "internal" {
			prefix = "I"
		}
		for i, e := range r.entries[list] {
			q, a := r.fields[e.question], r.fields[e.answer]
			delete(r.fields, e.question)
			delete(r.fields, e.answer)
			fe := prfaq.FAQEntry{ID: prefix + strconv.Itoa(i+1), Category: e.category}
			path := "faq." + list + "[" + strconv.Itoa(i) + "]"
			if q != nil {
				fe.Question = strings.TrimRight(q.b.String(), " \t\n")
				r.res.Lines[path+".question"] = q.refs
				r.res.Pos[path+".question"] = q.first
			}
			if a != nil && strings.TrimSpace(a.b.String()) != "" && !r.unansweredLabel(a.b.String()) {
				fe.Answer = strings.TrimRight(a.b.String(), " \t\n")
				r.res.Lines[path+".answer"] = a.refs
				r.res.Pos[path+".answer"] = a.first
			}
			r.res.Pos[path] = r.res.Pos[path+".question"]
			if list == "external" {
				d.FAQ.External = append(d.FAQ.External, fe)
			} else {
				d.FAQ.Internal = append(d.FAQ.Internal, fe)
			}
		}
	}
}

// secondAudience: a heading that names whom its questions are for or
// from ("For the masthead", "From the board"), in a few words and no
// question.
func (r *reader) secondAudience(w string) bool {
	fs := strings.Fields(w)
	return len(fs) >= 2 && len(fs) <= 5 && (fs[0] == "for" || fs[0] == "from") && len(r.res.Doc.FAQ.Internal) == 0 && !otherKindHeading(w)
}
