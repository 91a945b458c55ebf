package mddoc

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/prfaq/prfaq/internal/prfaq"
)

func parseTime(layout, s string) (string, error) {
	t, err := time.Parse(layout, s)
	if err != nil {
		return "", err
	}
	return t.Format(time.DateOnly), nil
}

// headline finds the headline (and the subheadline under it) before the
// walk: the first heading that names neither the document nor a part. It
// returns the first block the walk still has to place.
func (r *reader) headline() int {
	fmTitle, _ := normalize(r.res.Doc.Title)
	for i := 0; i < len(r.blocks); i++ {
		b := r.blocks[i]
		if b.kind == rule || (b.kind == htmlBlock && strings.HasPrefix(strings.TrimSpace(r.lines[b.from]), "<!--")) {
			r.place(b, "", "comment")
			continue
		}
		if next, ok := r.contents(i); ok {
			i = next - 1
			continue
		}
		if r.cutLineBlock(b) {
			r.keepCutLine(b)
			continue
		}
		if r.part == partNone && i <= 3 && (r.documentDetails(b) || r.releaseNotice(b) || r.banner(i)) {
			// "**Tab Split PR/FAQ** · Version 1.3 · In review", or a
			// table of owner and status, above the headline.
			continue
		}
		if r.part == partNone && i <= 3 && !r.letter {
			// "Hi team," and a covering note over the release.
			if next, ok := r.letterOpening(i); ok {
				i = next - 1
				continue
			}
		}
		h, ok := r.headOf(b)
		if !ok {
			if h, ok := r.plainHeadline(i); ok {
				r.enter(partPR, head{})
				return r.takeHeadline(i, h, "first line, over the dated summary")
			}
			if r.preamble(i) {
				continue
			}
			return i
		}
		if r.firstHeading == "" {
			r.firstHeading = h.raw
		}
		next, hasNext := r.nextHead(i + 1)
		switch {
		case h.question && h.level == 1 && h.b.kind == heading && hasNext && r.firstHeading == h.raw:
			// "# Memo: Should we enter the school market?" over the
			// rest of the file: the document's title, not a question of
			// its FAQ.
			r.res.Doc.Title = h.raw
			r.structure(h, "document title")
			continue
		case h.question:
			return i
		case titleLike(h.raw) || (fmTitle != "" && h.words == fmTitle && hasNext):
			r.res.Doc.Title = h.raw
			r.structure(h, "document title")
			continue
		case r.role(h.words, false) == rolePR:
			r.enter(partPR, h)
			r.prHeaded = true
			r.structure(h, fmt.Sprintf("heading %q", h.raw))
			continue
		case hasNext && r.role(next.words, false) == rolePR && h.level < next.level+1 && r.part == partNone && !sentenceLike(h.words):
			// "# Tab Split" over "## Press Release": the document's
			// title. A heading that reads as a sentence over it is the
			// headline, which authors often put first.
			r.res.Doc.Title = h.raw
			r.structure(h, "document title")
			continue
		}
		if r.role(h.words, false) != "" {
			return i
		}
		if id, set := r.sectionOf(h.words, false); id != "" || set != nil || otherKindHeading(h.words) {
			return i
		}
		if r.titleOverHeadline(h, next, hasNext) {
			r.res.Doc.Title = h.raw
			r.structure(h, "document title")
			continue
		}
		if r.part == partNone {
			r.enter(partPR, head{})
		}
		return r.takeHeadline(i, h, "first heading")
	}
	return len(r.blocks)
}

func (r *reader) takeHeadline(i int, h head, how string) int {
	if _, ok := r.res.Pos["press_release"]; !ok {
		r.res.Pos["press_release"] = r.posAt(h.line, h.start)
	}
	if how == "first heading" {
		r.headlineGuess = &h
	}
	r.addLine("press_release.headline", h.line, h.start, h.end)
	r.place(h.b, "press_release.headline", how)
	r.headlineDone = true
	return r.subheadline(i+1, h.level)
}

// headlineAt takes block i as the headline when the press release's
// heading comes before it: a heading or bold line that names nothing.
func (r *reader) headlineAt(i int) (int, bool) {
	h, ok := r.headOf(r.blocks[i])
	if !ok || h.question || r.role(h.words, false) != "" || titleLike(h.raw) {
		return i, false
	}
	if id, set := r.sectionOf(h.words, false); id != "" || set != nil {
		return i, false // "### Heading", "### Headline": the section, then its text
	}
	return r.takeHeadline(i, h, "first heading of the press release"), true
}

// headingOverDateline: a heading that says something, with no headline
// before it, right over the paragraph that opens with the dateline, or
// over a one-line subheadline over it. Whatever heading stands above it
// ("## :newspaper: The release", the team's own word for the part), it
// is the headline, as a release is laid out.
func (r *reader) headingOverDateline(i int) bool {
	if r.headlineDone || (r.part != partNone && r.part != partPR) || r.section != "" {
		return false
	}
	h := r.blocks[i]
	if !sentenceLike(normalizeWords(r.lines[h.from][h.start:h.end])) {
		return false
	}
	for k := i + 1; k < min(i+3, len(r.blocks)); k++ {
		b := r.blocks[k]
		if b.kind != paragraph {
			return false
		}
		if _, ok := parseDateline(r.lines[b.from]); ok {
			return true
		}
		if b.from != b.to {
			return false // a subheadline is one line
		}
	}
	return false
}

func normalizeWords(s string) string {
	w, _ := normalize(s)
	return w
}

// titleOverHeadline: a heading that names the document, not the
// product's news: "Holds Lockers – FAQ draft", or a short code name
// ("# Project Atlas") right over a sentence-long heading.
func (r *reader) titleOverHeadline(h, next head, hasNext bool) bool {
	for _, w := range strings.Fields(h.words) {
		if (w == "faq" || w == "faqs") && !sentenceLike(h.words) {
			return true
		}
	}
	if !hasNext || h.b.kind != heading || next.b.kind != heading || next.level <= h.level || next.question {
		return false
	}
	if _, named := match(r.names, next.words, false); named {
		return false
	}
	return fieldCount(h.words) <= 4 && fieldCount(next.words) >= 6
}

// sentenceLike: a heading of five words or more, which says something
// (a headline) rather than names something (a title).
func sentenceLike(words string) bool {
	return fieldCount(words) >= 5
}

// preamble: a paragraph above the first heading, such as "Owner: Dana ·
// Status: draft", or the title line prfaq's own rendering puts there. It
// is set aside (as the document title's line, or unplaced) so the
// headline can still be the first heading.
func (r *reader) preamble(i int) bool {
	if r.part != partNone || i > 3 || r.blocks[i].kind != paragraph {
		return false
	}
	if _, ok := r.nextHead(i + 1); !ok || r.blocks[i+1].kind != heading {
		return false
	}
	b := r.blocks[i]
	if l := r.lines[b.from]; b.from == b.to && titleLike(l) {
		if s, e, _, bold := boldLead(l); bold && r.res.Doc.Title == "" {
			r.res.Doc.Title = strings.TrimSpace(l[s:e])
		}
		r.place(b, "", "document title line")
		r.marker(b.from, 0, len(l))
		return true
	}
	r.unplaced("", 7)
	r.addBlock(r.section, b, "unplaced")
	r.section, r.part = "", partNone
	return true
}

// plainHeadline reads a release written without marks: its first line,
// a sentence without a full stop, over the dated summary (a short line
// may stand between them, the subheadline) is the headline.
func (r *reader) plainHeadline(i int) (head, bool) {
	b := r.blocks[i]
	if r.part != partNone || r.headlineDone || i > 3 || b.kind != paragraph || b.from != b.to {
		return head{}, false
	}
	for _, before := range r.blocks[:i] {
		if before.kind == heading {
			return head{}, false
		}
	}
	l := r.lines[b.from]
	raw := strings.TrimSpace(l)
	if n := fieldCount(raw); n < 4 || n > 30 || strings.ContainsAny(raw[len(raw)-1:], ".:?!") || quoted(raw) {
		return head{}, false
	}
	dated := false
	for _, next := range r.blocks[i+1 : min(i+3, len(r.blocks))] {
		if next.kind != paragraph {
			break
		}
		if _, ok := parseDateline(r.lines[next.from]); ok {
			dated = true
			break
		}
	}
	if !dated {
		return head{}, false
	}
	start := strings.Index(l, raw)
	h := head{b: b, line: b.from, start: start, end: start + len(raw), level: 1, raw: raw}
	h.words, h.question = normalize(raw)
	return h, true
}

// nextHead is the first heading at or after block i, past comments.
func (r *reader) nextHead(i int) (head, bool) {
	for ; i < len(r.blocks); i++ {
		b := r.blocks[i]
		if b.kind == htmlBlock || b.kind == rule {
			continue
		}
		return r.headOf(b)
	}
	return head{}, false
}

// subheadline takes the block after the headline as the subheadline when
// it is one: a deeper heading that names nothing, a paragraph in italics,
// or a first short line before the summary.
func (r *reader) subheadline(i, level int) int {
	for i < len(r.blocks) && r.blocks[i].kind == htmlBlock {
		r.place(r.blocks[i], "", "comment")
		i++
	}
	if i < len(r.blocks) && (r.documentDetails(r.blocks[i]) || r.releaseNotice(r.blocks[i])) {
		// "# Headline", then the table of owner, status and dates,
		// then the subheadline.
		return r.subheadline(i+1, level)
	}
	if i >= len(r.blocks) {
		return i
	}
	if r.image(r.blocks[i]) {
		// "# Headline", then a picture of the product, then perhaps
		// the subheadline.
		r.keepImage(r.blocks[i])
		return r.subheadline(i+1, level)
	}
	b := r.blocks[i]
	const path = "press_release.subheadline"
	if h, ok := r.headOf(b); ok && b.kind == paragraph && b.from == b.to && sentenceLike(h.words) && !h.question && r.role(h.words, false) == "" {
		// "**MatchReady replaces the group-chat poll with one tap.**"
		// on its own line under the headline.
		if _, named := match(r.names, h.words, false); !named && keywordSet(h.words) == nil {
			r.addLine(path, h.line, h.start, h.end)
			r.place(b, path, "bold line under the headline")
			return i + 1
		}
	}
	if h, ok := r.headOf(b); ok {
		_, named := match(r.names, h.words, false)
		// A subheadline says something: "## Context" or "## Goals"
		// under a design note's title is not one.
		says := fieldCount(h.words) >= 3 && !otherKindHeading(h.words) && !appendixHeading(h.words)
		if b.kind == heading && h.level > level && !h.question && !named && says && r.role(h.words, false) == "" {
			r.addLine(path, h.line, h.start, h.end)
			r.place(b, path, "heading under the headline")
			return i + 1
		}
		return i
	}
	if b.kind == blockquote && b.to-b.from <= 3 && !r.isQuoteBlock(b) {
		// "> An SDK for iOS and Android that …" under the headline.
		lines := r.contentLines(b, -1)
		var sb strings.Builder
		for _, cl := range lines {
			sb.WriteString(r.lines[cl.line][cl.start:cl.end] + " ")
		}
		if t := strings.TrimSpace(sb.String()); oneSentence(t) && fieldCount(t) <= 40 && !quoted(t) {
			for _, cl := range lines {
				r.addLine(path, cl.line, cl.start, cl.end)
			}
			r.place(b, path, "quoted line under the headline")
			return i + 1
		}
	}
	if b.kind != paragraph {
		return i
	}
	l := r.lines[b.from]
	t := strings.TrimSpace(l)
	italic := len(t) > 2 && (t[0] == '_' || t[0] == '*') && t[1] != t[0] && !r.instruction(b)
	if italic {
		last := strings.TrimSpace(r.lines[b.to])
		italic = last[len(last)-1] == t[0]
	}
	if italic {
		lines := r.contentLines(b, -1)
		first, last := &lines[0], &lines[len(lines)-1]
		off := strings.Index(l, t)
		first.start = off + 1
		lt := strings.TrimRight(r.lines[last.line], " \t")
		last.end = len(lt) - 1
		if len(lines) == 1 {
			first.end = last.end
		}
		for _, cl := range lines {
			r.addLine(path, cl.line, cl.start, cl.end)
		}
		r.place(b, path, "italic line under the headline")
		return i + 1
	}
	if b.from == b.to && fieldCount(t) <= 30 && oneSentence(t) && i+1 < len(r.blocks) && r.blocks[i+1].kind != heading {
		if _, ok := r.dateline(contentLine{b.from, 0, len(l)}); ok {
			r.res.Doc.PressRelease.Dateline = prfaq.Dateline{}
			delete(r.res.Pos, "press_release.dateline")
			delete(r.res.Pos, "press_release.dateline.city")
			delete(r.res.Pos, "press_release.dateline.date")
			r.res.DatelineText = ""
			return i
		}
		if _, _, _, bold := boldLead(l); bold || quoted(t) {
			return i
		}
		r.addLine(path, b.from, len(l)-len(strings.TrimLeft(l, " \t")), len(l))
		r.place(b, path, "short line under the headline")
		return i + 1
	}
	return i
}

// oneSentence: text with no sentence break inside it.
func oneSentence(t string) bool {
	t = strings.TrimSpace(t)
	for _, end := range []string{". ", "! ", "? "} {
		if i := strings.Index(t, end); i >= 0 && i < len(t)-2 {
			return false
		}
	}
	return true
}

func quoted(t string) bool {
	return strings.HasPrefix(t, "\"") || strings.HasPrefix(t, "“")
}

// guess is a section found by order and words, for the note that lists
// them.
type guess struct {
	line int
	name string
}

// unit is a run of press release blocks under no section heading, to be
// classified by order and content.
type unit struct {
	blocks []block
	// allowed is the sections a heading over the unit leaves open; nil
	// for all of them.
	allowed []string
	// resume is the section a quote above the unit interrupted.
	resume string
	// tail is the images right after the unit's text: they go where
	// its text goes, and do not count for where that is.
	tail []block
}

// prSections are the sections a press release paragraph without a
// heading may belong to; quoteSections the two quotes.
var (
	prSections    = []string{pathSummary, pathProblem, pathCurrent, pathSolution, pathLeader, pathGetStarted, pathCustomer, pathAction}
	quoteSections = []string{pathLeader, pathCustomer}
)

// addUnitIn adds a block to be placed among a set of sections.
func (r *reader) addUnitIn(b block, set []string) {
	if len(set) == len(quoteSections) && set[0] == pathLeader && set[1] == pathCustomer {
		// Under "Quotes": a quote goes by its speaker; anything else is
		// placed among all the sections.
		if r.isQuoteBlock(b) {
			r.deferQuote(b, -1, "", r.sectionHow)
			return
		}
		set = nil
	}
	if len(set) == len(prSections) {
		set = nil
	}
	r.addUnit(b)
	r.unnamed[len(r.unnamed)-1].allowed = set
}

func (r *reader) addUnit(b block) {
	if r.unitBreak {
		r.unitBreak = false
		r.unnamed = append(r.unnamed, unit{blocks: []block{b}})
		return
	}
	if n := len(r.unnamed); n > 0 {
		u := &r.unnamed[n-1]
		last := u.blocks[len(u.blocks)-1]
		lastLine := strings.TrimSpace(r.lines[last.to])
		if b.kind == listItem && (last.kind == listItem || strings.HasSuffix(lastLine, ":")) {
			u.blocks = append(u.blocks, b)
			return
		}
	}
	r.unnamed = append(r.unnamed, unit{blocks: []block{b}})
}

var leaderRole = regexp.MustCompile(`(?i)\b(ceo|cto|cfo|coo|cpo|vp|svp|evp|vice president|director|head of|founder|co-founder|president|general manager|gm|chief|product owner|at (?:our|the) company)\b`)

// classify gives the press release's unnamed blocks their sections.
// Quotes go to the leader's or the customer's quote by who speaks; the
// other blocks get the best assignment that keeps the method's order,
// scoring each by its words and its place.
func (r *reader) classify() {
	units := r.unnamed
	if len(units) == 0 {
		return
	}
	anchored := r.headlineDone || r.prHeaded
	for _, u := range units {
		if r.datelineIn(u) {
			anchored = true
		}
	}
	if !anchored {
		// No headline, no press release heading, no dateline: these
		// paragraphs are notes, not a press release.
		for _, u := range units {
			for _, b := range u.blocks {
				r.unplacedBlock(b)
			}
		}
		return
	}
	var prose []unit
	afterProse := false // the unit before is prose, not a quote
	for _, u := range units {
		if len(u.blocks) == 1 && u.blocks[0].kind != listItem {
			if r.isQuoteBlock(u.blocks[0]) {
				r.deferQuote(u.blocks[0], -1, "", "quote by its speaker")
				afterProse = false
				continue
			}
			if r.continuesQuote(u.blocks[0]) {
				continue
			}
			if r.image(u.blocks[0]) {
				// An illustration: it stays with the text above it,
				// and has no words of a section of its own.
				if afterProse {
					last := &prose[len(prose)-1]
					last.tail = append(last.tail, u.blocks[0])
				} else {
					r.keepImage(u.blocks[0])
				}
				continue
			}
		}
		prose = append(prose, u)
		afterProse = true
	}
	// The dateline opens the release: what stands before it (a
	// wire's "Highlights:" bullets, a note to editors) is no section
	// of it, and is kept aside.
	for k, u := range prose {
		if k > 0 && r.datelineIn(u) && u.allowed == nil {
			for _, early := range prose[:k] {
				for _, b := range early.blocks {
					r.unplacedBlock(b)
				}
				for _, b := range early.tail {
					r.keepImage(b)
				}
			}
			prose = prose[k:]
			break
		}
	}
	r.order(prose)
}

// continuesQuote: a paragraph that is all quotation, with no speaker,
// right under a quote, goes on with it, as newswires write a long quote.
func (r *reader) continuesQuote(b block) bool {
	t := strings.TrimSpace(r.unitText(unit{blocks: []block{b}}))
	if !(strings.HasPrefix(t, "\"") || strings.HasPrefix(t, "“")) || !(strings.HasSuffix(t, "\"") || strings.HasSuffix(t, "”")) {
		return false
	}
	above := b.from - 1
	for above >= 0 && blank(r.lines[above]) {
		above--
	}
	for i := range r.quotes {
		q := &r.quotes[i]
		last := q.b.to
		if n := len(q.more); n > 0 {
			last = q.more[n-1].to
		}
		if last == above {
			q.more = append(q.more, b)
			return true
		}
	}
	return false
}

var quotesNames = words("quotes", "the quotes", "quotations", "testimonials and quotes")

// isLeader: a role that is an office ("VP of Payments", "Group Financial
// Controller"), not a description of a person ("an accountant in
// Lisbon", "a teacher from Tacoma").
func isLeader(role string) bool {
	f := strings.Fields(role)
	if len(f) == 0 {
		return false
	}
	first := f[0]
	if first == "a" || first == "an" || first == "A" || first == "An" {
		return false
	}
	if leaderRole.MatchString(role) {
		return true
	}
	return first != "A" && first != "An" && first != "The" && strings.ToUpper(first[:1]) == first[:1] && strings.ToLower(first[:1]) != first[:1]
}

func (r *reader) unplacedBlock(b block) {
	r.unplaced("", 7)
	r.addBlock(r.section, b, "unplaced")
}

// imageLine is a line of images and nothing else, each perhaps a link:
// "![ParkPass on a phone](images/parkpass.png)".
var imageLine = regexp.MustCompile(`^(?:\[?!\[[^\]]*\]\([^)]*\)(?:\]\([^)]*\))?\s*)+$`)

// image: a paragraph that is only images, an illustration.
func (r *reader) image(b block) bool {
	return b.kind == paragraph && b.from == b.to && imageLine.MatchString(strings.TrimSpace(r.lines[b.from]))
}

// keepImage keeps an image that stands with no text of the press
// release before it aside (import keeps it in the appendix), with no
// note: there is no reading of it to doubt.
func (r *reader) keepImage(b block) { r.keepQuietly("image", b) }

// keepQuietly keeps blocks aside, as written, with no note (an image, a
// cut line, a table of contents): the section the walk is in goes on
// after them.
func (r *reader) keepQuietly(what string, bs ...block) {
	part, section, level, how, set := r.part, r.section, r.sectionLevel, r.sectionHow, r.sectionSet
	r.unplaced("", 7)
	r.field(r.section).aside = true
	for _, b := range bs {
		r.addBlock(r.section, b, what)
	}
	r.part, r.section, r.sectionLevel, r.sectionHow, r.sectionSet = part, section, level, how, set
}

func (r *reader) unitText(u unit) string {
	// A unit's text is asked for by several steps (is it a quote, how it
	// scores, which names it holds): it is put together once, by the
	// unit's first line and its number of blocks.
	key := [2]int{u.blocks[0].from, len(u.blocks)}
	if t, ok := r.texts[key]; ok {
		return t
	}
	var sb strings.Builder
	for _, b := range u.blocks {
		for _, cl := range r.contentLines(b, -1) {
			sb.WriteString(r.lines[cl.line][cl.start:cl.end])
			sb.WriteByte('\n')
		}
	}
	t := strings.TrimSpace(sb.String())
	if r.texts == nil {
		r.texts = map[[2]int]string{}
	}
	r.texts[key] = t
	return t
}

// datelineIn: the unit opens with a dateline, so it is the summary.
func (r *reader) datelineIn(u unit) bool {
	b := u.blocks[0]
	if b.kind != paragraph {
		return false
	}
	if known, ok := r.dated[b.from]; ok {
		return known
	}
	_, ok := parseDateline(r.lines[b.from])
	if r.dated == nil {
		r.dated = map[int]bool{}
	}
	r.dated[b.from] = ok
	return ok
}

// beforeVerbs introduce a quote after its speaker: "Name, title, said:",
// "Name puts it plainly:".
const beforeVerbs = `(?:said|says|added|adds|explained|explains|noted|notes|shared|shares|told us|tells us|recalls|recalled|observed|observes|puts it plainly|put it plainly|puts it simply|put it simply|puts it this way|put it this way|puts it|put it)`

// attributionVerb finds the verb of an attribution, to mark it.
var attributionVerb = regexp.MustCompile(`\b(?:(?:he|she|they)\s+)?(?:` + strings.TrimSuffix(strings.TrimPrefix(beforeVerbs, "(?:"), ")") + `|according to|remarked|commented|comments)\b`)

// particles are the lower-case parts of names: van der Berg, de Vries,
// bin Salman, dos Santos.
const particles = `van|von|der|den|de|del|della|di|da|das|dos|du|la|le|ten|ter|bin|ibn|al|el|y|st\.`

var (
	// "..." said Dana Ortiz, VP of Payments.
	saidAfter = regexp.MustCompile(`^["”][*_]*,?\s+(?:said|says|added|adds|explained|explains|noted|notes|shared|shares|according to|remarked|commented|comments)\s+`)
	// Dana Ortiz, VP of Payments, said: "..."
	saidBefore = regexp.MustCompile(`^[*_]*([\p{Lu}][\p{L}.'’-]*(?:\s+(?:[\p{Lu}][\p{L}.'’-]*|` + particles + `)){0,5})(?:,\s*([^"“\n]{1,160}?),)?\s+` + beforeVerbs + `[:,]?\s*["“]`)
	// Third-year nursing student Bethan Okwuosa, who works in a care
	// home, said: "..."
	describedBefore = regexp.MustCompile(`^[*_]*([^"“\n]{3,220}?)\s+` + beforeVerbs + `[:,]?\s*["“]`)
	// "..." – Dana Ortiz, VP of Payments
	dashAfter = regexp.MustCompile(`^["”][*_]*\s*[—–-]+\s*`)
	// *"..."* (Helena Strand, VP People)
	parenAfter = regexp.MustCompile(`^["”][*_]*\s*\((?:[^()"“”\n]{3,160})\)[.*_]*\s*$`)
	name       = regexp.MustCompile(`^[\p{Lu}][\p{L}.'’-]*(?:\s+(?:[\p{Lu}][\p{L}.'’-]*|` + particles + `))*$`)
	// a store manager in the pilot region said: "..."
	unnamedBefore = regexp.MustCompile(`^[*_]*((?i:a|an|one of (?:our|the)|one|another)\s+[^"“\n:]{1,140}?)\s+` + beforeVerbs + `[:,]?\s*["“]`)
	// unnamed is a speaker described, not named: "a store manager in
	// the pilot region".
	unnamed = regexp.MustCompile(`^(?i:a|an|one of (?:our|the)|one|another|the)\s+\p{L}`)
)

// afterQuote is the first match in s of re, a pattern anchored at a
// closing quote mark: it is tried at each quote mark only, where
// searching the whole paragraph with the pattern cost more than all the
// rest of reading a quote.
func afterQuote(re *regexp.Regexp, s string) []int {
	for i := 0; i < len(s); {
		k := strings.IndexAny(s[i:], "\"”")
		if k < 0 {
			return nil
		}
		i += k
		if m := re.FindStringIndex(s[i:]); m != nil {
			return []int{i + m[0], i + m[1]}
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return nil
}

// attribution reads who said a quote: the speaker and the role (or, for
// a customer, the description).
func (r *reader) attribution(t string) (speaker, role string, ok bool) {
	spans, speaker, role := r.quoteSpans(t)
	return speaker, role, spans != nil
}

// quoteParse is what quoteSpans found in a text.
type quoteParse struct {
	spans         [][2]int
	speaker, role string
}

// quoteSpans is quoteSpans(t), worked out once per text: a quote is
// asked about when it is found, when it is placed and when it is read.
func (r *reader) quoteSpans(t string) ([][2]int, string, string) {
	if q, ok := r.quoteParses[t]; ok {
		return q.spans, q.speaker, q.role
	}
	spans, speaker, role := quoteSpans(t)
	if r.quoteParses == nil {
		r.quoteParses = map[string]quoteParse{}
	}
	r.quoteParses[t] = quoteParse{spans, speaker, role}
	return spans, speaker, role
}

// quoteSpans finds the quoted text of a quote paragraph (one span, or
// two around a mid-quote attribution), the speaker and the role.
func quoteSpans(t string) (spans [][2]int, speaker, role string) {
	if strings.Contains(t, "[[") {
		if flat := padWikiLinks(t); flat != t {
			return quoteSpans(flat)
		}
	}
	trim := strings.TrimSpace(t)
	lead := strings.Index(t, trim)
	t0 := strings.TrimLeft(trim, "*_")
	open := lead + len(trim) - len(t0)
	if k := leadingEmoji(t0); k > 0 {
		// ":speech_balloon: "…," said …", as chat exports mark a
		// quote: the quote is read past the emoji, which the author
		// wrote and the quote's text keeps.
		k = len(strings.TrimRight(t0[:k], " \t"))
		spans, speaker, role = quoteSpans(t[:open] + strings.Repeat(" ", k) + t[open+k:])
		if spans == nil {
			return nil, "", ""
		}
		return append([][2]int{{open, open + k}}, spans...), speaker, role
	}
	opening := func(s string) int {
		switch {
		case strings.HasPrefix(s, "\""):
			return 1
		case strings.HasPrefix(s, "“"):
			return len("“")
		}
		return 0
	}
	if sp, who, what, ok := leadInQuote(t, open, t0); ok {
		return sp, who, what
	}
	if o := opening(t0); o > 0 {
		body := t[open+o:]
		if m := afterQuote(saidAfter, body); m != nil {
			first := [2]int{open + o, open + o + m[0]}
			rest := body[m[1]:]
			who, after := rest, ""
			if k := strings.IndexAny(rest, "\"“"); k >= 0 {
				who, after = rest[:k], rest[k:]
			}
			speaker, role = splitAttribution(who)
			if speaker == "" {
				return nil, "", ""
			}
			spans = [][2]int{first}
			if o2 := opening(after); o2 > 0 {
				start := len(t) - len(after) + o2
				end := strings.LastIndexAny(t, "\"”")
				if end < start {
					// Not closed: the quote goes on in the next
					// paragraph, as newswires write one.
					end = len(strings.TrimRight(t, " \t\n"))
				}
				if end > start {
					spans = append(spans, [2]int{start, end})
				}
			}
			return spans, speaker, role
		}
		if m := afterQuote(dashAfter, body); m != nil {
			speaker, role = splitAttribution(body[m[1]:])
			if speaker != "" {
				return [][2]int{{open + o, open + o + m[0]}}, speaker, role
			}
		}
		if m := afterQuote(parenAfter, body); m != nil {
			// *"…"* (Helena Strand, VP People)
			inner := body[m[0]:m[1]]
			inner = inner[strings.IndexByte(inner, '(')+1 : strings.LastIndexByte(inner, ')')]
			speaker, role = splitAttribution(inner)
			if speaker != "" {
				return [][2]int{{open + o, open + o + m[0]}}, speaker, role
			}
		}
		return nil, "", ""
	}
	if sp, who, what, ok := dashLineQuote(t); ok {
		return sp, who, what
	}
	if sp, who, what, ok := introducedQuote(t); ok {
		return sp, who, what
	}
	if !verbBeforeQuote(t[open:]) {
		// Every form below has its verb before the first quotation
		// mark: most paragraphs have none, and are done here.
		return nil, "", ""
	}
	// Each form is tried once, the commonest first.
	m := saidBefore.FindStringSubmatchIndex(t[open:])
	switch {
	case m != nil:
		speaker = t[open+m[2] : open+m[3]]
		if m[4] >= 0 {
			role = strings.TrimSpace(t[open+m[4] : open+m[5]])
		}
	default:
		if m = unnamedBefore.FindStringSubmatchIndex(t[open:]); m != nil {
			speaker, role = splitAttribution(t[open+m[2] : open+m[3]])
		} else if m = describedBefore.FindStringSubmatchIndex(t[open:]); m != nil {
			speaker, role = describedSpeaker(t[open+m[2] : open+m[3]])
			if speaker == "" {
				return nil, "", ""
			}
		}
	}
	if m != nil {
		start := open + m[1]
		end := strings.LastIndexAny(t, "\"”")
		if end <= start {
			return nil, "", ""
		}
		return [][2]int{{start, end}}, speaker, role
	}
	return nil, "", ""
}

// leadInQuote reads a quote whose first words are the writer's, the
// attribution after it: `Small businesses "should not have to hire a
// security team," according to Ravindra Mistry, co-founder. "Watch
// is …"`. The lead-in is a few words of no sentence of their own; the
// quote is what stands in quotation marks.
func leadInQuote(t string, open int, t0 string) (spans [][2]int, speaker, role string, ok bool) {
	q := strings.IndexAny(t0, "\"“")
	if q <= 0 || q > 80 || strings.ContainsAny(t0[:q], ".!?:;\"”\n") || fieldCount(t0[:q]) > maxLeadIn {
		return nil, "", "", false
	}
	r, _ := utf8.DecodeRuneInString(t0)
	if !unicode.IsUpper(r) {
		return nil, "", "", false
	}
	sp, who, what := quoteSpans(t[open+q:])
	if len(sp) == 0 {
		return nil, "", "", false
	}
	// Only a quote attributed after it: a verb before the quotation
	// ("Dana said: …") is another form, read as such.
	if body := t[open+q:]; afterQuote(saidAfter, body[min(len(body), 1):]) == nil {
		return nil, "", "", false
	}
	for k := range sp {
		sp[k][0] += open + q
		sp[k][1] += open + q
	}
	return sp, who, what, true
}

// maxLeadIn is the most words a quote's lead-in has.
const maxLeadIn = 6

// verbBeforeQuote: text with a quotation mark, and one of beforeVerbs
// before the first one.
func verbBeforeQuote(t string) bool {
	q := strings.IndexByte(t, '"')
	if c := strings.Index(t, "“"); c >= 0 && (q < 0 || c < q) {
		q = c
	}
	if q < 0 {
		return false
	}
	head := t[:q]
	for _, stem := range []string{"said", "says", "add", "explain", "note", "share", "told", "tells", "recall", "observ", "put it", "puts it"} {
		if strings.Contains(head, stem) {
			return true
		}
	}
	return false
}

// dashLineQuote reads a quote whose last line names the speaker, as a
// block quote often does:
//
//	> We knew the allergen lists were the weakest part of our menus.
//	>
//	> — Harriet Sandoval, Head of Trust & Safety, Platewise
func dashLineQuote(t string) (spans [][2]int, speaker, role string, ok bool) {
	body := strings.TrimRight(t, " \t\n")
	nl := strings.LastIndexByte(body, '\n')
	if nl < 0 {
		return nil, "", "", false
	}
	// "*— Ola Nordmann, commuter*": the line may be in emphasis.
	last := strings.TrimSpace(strings.Trim(strings.TrimSpace(body[nl+1:]), "*_"))
	rest := ""
	for _, dash := range []string{"—", "–", "--", "- ", "~"} {
		if r, found := strings.CutPrefix(last, dash); found {
			rest = strings.TrimSpace(r)
			break
		}
	}
	if rest == "" {
		return nil, "", "", false
	}
	speaker, role = splitAttribution(rest)
	if speaker == "" {
		return nil, "", "", false
	}
	start, end := 0, nl
	for start < end && strings.ContainsRune(" \t\n\"“", rune(body[start])) {
		start++
	}
	inner := strings.TrimRight(body[start:end], " \t\n")
	inner = strings.TrimSuffix(strings.TrimSuffix(inner, "\""), "”")
	if inner == "" || strings.ContainsAny(inner, "\"“”") {
		return nil, "", "", false // quotation marks inside: another shape
	}
	return [][2]int{{start, start + len(inner)}}, speaker, role, true
}

// introducedQuote reads a speaker introduced in a sentence of their own,
// then quoted, as newspapers write it: `Ray Tolliver, who owns a
// barbershop in Danville, was one of the pilot customers. "My income
// comes in lumps," he said. "Before, …"`.
func introducedQuote(t string) (spans [][2]int, speaker, role string, ok bool) {
	q := strings.IndexByte(t, '"')
	if c := strings.Index(t, "“"); c >= 0 && (q < 0 || c < q) {
		q = c
	}
	if q <= 0 {
		return nil, "", "", false
	}
	intro := strings.TrimSpace(t[:q])
	if !strings.HasSuffix(intro, ".") || strings.Count(intro, ". ") > 0 || fieldCount(intro) > 40 {
		return nil, "", "", false // the introduction is one sentence
	}
	f := strings.Fields(strings.TrimSuffix(intro, "."))
	n := 0
	for n < len(f) && n < 5 {
		w := strings.TrimRight(f[n], ",")
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !slices.Contains(strings.Split(particles, "|"), w) {
			break
		}
		n++
		if strings.HasSuffix(f[n-1], ",") {
			break
		}
	}
	if n < 2 {
		return nil, "", "", false
	}
	speaker = strings.TrimRight(strings.Join(f[:n], " "), ",")
	if !name.MatchString(speaker) {
		return nil, "", "", false
	}
	// "Megan Kilbride, a nurse who moved to Glasgow, used Tenancy Check
	// in the pilot.": the rest of the sentence describes her.
	role = strings.TrimSpace(strings.Join(f[n:], " "))
	// The quotation: every quoted part after the introduction, with no
	// more than a short attribution ("he said") between them.
	at := q
	for at < len(t) {
		o := 1
		if strings.HasPrefix(t[at:], "“") {
			o = len("“")
		}
		start := at + o
		end := -1
		for _, c := range []string{"\"", "”"} {
			if k := strings.Index(t[start:], c); k >= 0 && (end < 0 || start+k < end) {
				end = start + k
			}
		}
		if end < 0 {
			end = len(strings.TrimRight(t, " \t\n"))
		}
		spans = append(spans, [2]int{start, end})
		next := strings.IndexAny(t[min(end+1, len(t)):], "\"“")
		if next < 0 {
			break
		}
		between := t[min(end+1, len(t)) : min(end+1, len(t))+next]
		if fieldCount(between) > 5 {
			return nil, "", "", false
		}
		at = min(end+1, len(t)) + next
		if strings.HasPrefix(t[at:], "”") {
			break
		}
	}
	if len(spans) == 0 {
		return nil, "", "", false
	}
	return spans, speaker, role, true
}

// describedSpeaker reads "Third-year nursing student Bethan Okwuosa, who
// works 20 hours a week": the name is the last run of capitalised words
// before the first comma; the words before it and the rest describe her.
func describedSpeaker(s string) (speaker, role string) {
	head, rest, _ := strings.Cut(s, ",")
	f := strings.Fields(head)
	end := len(f)
	start := end
	for start > 0 {
		w := f[start-1]
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !slices.Contains(strings.Split(particles, "|"), w) {
			break
		}
		start--
	}
	if end-start < 2 || end-start > 5 || start == 0 {
		// "Sunvale's co-founder and chief executive, Odile Marchetti,":
		// the title first, the name after its comma.
		if next, _, _ := strings.Cut(rest, ","); start == end && name.MatchString(strings.TrimSpace(next)) && fieldCount(next) >= 2 {
			return strings.TrimSpace(next), strings.TrimSpace(head)
		}
		return "", "" // no name, or a name alone (saidBefore's)
	}
	speaker = strings.Join(f[start:end], " ")
	role = strings.Join(f[:start], " ")
	if rest = strings.TrimSpace(rest); rest != "" {
		role += ", " + strings.TrimSuffix(rest, ",")
	}
	return speaker, role
}

// leadingEmoji is where text starts past the emoji before it, written
// as shortcodes (":speech_balloon:") or as characters ("💬"), or 0.
func leadingEmoji(s string) int {
	i := shortcodeEnd(s)
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r < utf8.RuneSelf {
			if r == ' ' && i > 0 {
				i++
				continue
			}
			break
		}
		if !unicode.Is(unicode.So, r) && r != '\u200d' && r != '\ufe0f' {
			break
		}
		i += size
	}
	return i
}

// splitAttribution reads "Dana Ortiz, VP of Payments at Acme." into the
// speaker and the role.
func splitAttribution(s string) (speaker, role string) {
	s = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), "*_"))
	s = strings.TrimSuffix(s, ".")
	speaker, role, _ = strings.Cut(s, ",")
	speaker = strings.TrimSpace(strings.Join(strings.Fields(speaker), " "))
	// "our head of operations, Tamsin Ruddock", "the Library Director,
	// Wendell Foy": the description first.
	if r, _ := utf8.DecodeRuneInString(speaker); (unicode.IsLower(r) || strings.HasPrefix(speaker, "The ")) && role != "" {
		if rest, _, _ := strings.Cut(role, ","); name.MatchString(strings.TrimSpace(rest)) && fieldCount(rest) >= 2 {
			return strings.TrimSpace(rest), speaker
		}
	}
	if unnamed.MatchString(speaker) && fieldCount(speaker) <= 16 {
		// Nobody named: the description speaks ("a store manager in
		// the pilot region", "a staff nurse on the respiratory ward who
		// took part in the pilot").
		return speaker, strings.Join(strings.Fields(role), " ")
	}
	// "Lena Hoffmann, who maintains centime": the speaker is the name.
	if who, rest, ok := strings.Cut(speaker, " who "); ok && role == "" {
		speaker, role = who, "who "+rest
	}
	if who, of, ok := nameOfPlace(speaker); ok {
		speaker = who
		role = strings.TrimSpace(of + "," + role)
		role = strings.TrimSuffix(role, ",")
	}
	if !name.MatchString(speaker) || fieldCount(speaker) > 6 {
		if who, office, ok := placeholderSpeaker(speaker); ok && role == "" {
			return who, office
		}
		return "", ""
	}
	return speaker, strings.Join(strings.Fields(role), " ")
}

// padWikiLinks writes each wiki link of s, "[[Dev Okafor]]" or
// "[[People/Dev Okafor|Dev Okafor]]", as the words it shows, after as
// many spaces as the link's marks and target took: notes apps link a
// speaker to their page, and every offset into s stays one into the
// text as written.
func padWikiLinks(s string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, "[[")
		if i < 0 {
			break
		}
		j := strings.Index(s[i:], "]]")
		if j < 0 || strings.ContainsAny(s[i:i+j], "\n\"“”") {
			break
		}
		link := s[i+2 : i+j]
		shown := link
		if k := strings.LastIndexByte(link, '|'); k >= 0 {
			shown = link[k+1:]
		}
		b.WriteString(s[:i])
		b.WriteString(strings.Repeat(" ", j+2-len(shown)))
		b.WriteString(shown)
		s = s[i+j+2:]
	}
	b.WriteString(s)
	return b.String()
}

// nameOfPlace splits "Dale Hutchens of Hutchens Honey Farm in Minot",
// as reporters attribute a quote, into the name and what places it: a
// name of two words or more, then "of", "from" or "at" and a capitalised
// word.
func nameOfPlace(s string) (who, of string, ok bool) {
	for _, sep := range []string{" of ", " from ", " at "} {
		k := strings.Index(s, sep)
		if k < 0 {
			continue
		}
		who, after := s[:k], s[k+len(sep):]
		if r, _ := utf8.DecodeRuneInString(after); !unicode.IsUpper(r) {
			continue
		}
		if fieldCount(who) >= 2 && name.MatchString(who) {
			return who, s[k+1:], true
		}
	}
	return "", "", false
}

// quote adds a quote's text to a quote field, and its speaker and role
// to the document. It returns false when no attribution is found; the
// block is then added as it is.
func (r *reader) quote(path string, lines []contentLine) bool {
	// The block's text, with where each byte comes from.
	var sb strings.Builder
	type piece struct{ at, line, start, end int }
	var pieces []piece
	for i, cl := range lines {
		if i > 0 {
			sb.WriteByte('\n')
		}
		pieces = append(pieces, piece{sb.Len(), cl.line, cl.start, cl.end})
		sb.WriteString(r.lines[cl.line][cl.start:cl.end])
	}
	t := sb.String()
	spans, speaker, role := r.quoteSpans(t)
	if spans == nil {
		return false
	}
	d := &r.res.Doc.PressRelease
	base := strings.TrimSuffix(path, ".text")
	first := lines[0]
	p := r.posAt(first.line, first.start)
	if path == "press_release.leader_quote.text" {
		d.LeaderQuote.Speaker, d.LeaderQuote.Role = speaker, role
	} else {
		d.CustomerQuote.Speaker, d.CustomerQuote.Description = speaker, role
		l := strings.ToLower(role)
		after := strings.ToLower(t[spans[len(spans)-1][1]:])
		// "…" (hypothetical quote), as a template marks one.
		d.CustomerQuote.Hypothetical = strings.Contains(l, "hypothetical") || strings.Contains(l, "imagined") || strings.Contains(l, "fictional") || strings.Contains(after, "(hypothetical")
	}
	r.res.Pos[base+".speaker"] = p
	r.evidence++
	r.addBreak(path, first.line)
	// The verb that introduces the quote ("says", "according to",
	// "puts it plainly") is structure: the template writes its own.
	outside := 0
	for _, sp := range append(slices.Clone(spans), [2]int{len(t), len(t)}) {
		if loc := attributionVerb.FindStringIndex(t[outside:sp[0]]); loc != nil {
			for _, pc := range pieces {
				s, e := max(outside+loc[0], pc.at), min(outside+loc[1], pc.at+pc.end-pc.start)
				if s < e {
					r.marker(pc.line, pc.start+s-pc.at, pc.start+e-pc.at)
				}
			}
		}
		outside = sp[1]
	}
	f := r.field(path)
	for k, sp := range spans {
		for _, pc := range pieces {
			s, e := max(sp[0], pc.at), min(sp[1], pc.at+pc.end-pc.start)
			if s >= e && !(s == e && pc.at >= sp[0] && pc.at < sp[1]) {
				continue
			}
			r.addLine(path, pc.line, pc.start+s-pc.at, pc.start+e-pc.at)
		}
		// "…a clipboard," said Renata. "ShelfSense turns…": the comma
		// belongs to the sentence around the attribution. Without it,
		// the quote's sentence ends there.
		part := strings.TrimRight(t[sp[0]:sp[1]], " \t\n")
		if strings.HasSuffix(part, ",") && (k == len(spans)-1 || startsSentence(t[spans[k+1][0]:spans[k+1][1]])) {
			if at := strings.LastIndexByte(f.b.String(), ','); at >= 0 {
				f.periods = append(f.periods, at)
			}
		}
	}
	return true
}

// startsSentence: text that starts with a capital, past blanks and
// quotation marks.
func startsSentence(t string) bool {
	t = strings.TrimLeft(t, " \t\n\"“‘'*_")
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r)
}
