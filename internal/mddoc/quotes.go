package mddoc

import (
	"regexp"
	"slices"
	"strings"
)

// pendingQuote is a quote found during the walk, placed once the whole
// press release is read: who launches the product is known only then,
// and it decides whose quote is the leader's.
type pendingQuote struct {
	b     block
	start int    // where the quote starts in its first line; -1 for the block's start
	hint  string // the field a heading or label gave it, or ""
	how   string
	// more are paragraphs of quotation with no speaker that go on with
	// it.
	more []block
}

// deferQuote keeps a quote to place at the end of the walk.
func (r *reader) deferQuote(b block, start int, hint, how string) {
	r.quotes = append(r.quotes, pendingQuote{b: b, start: start, hint: hint, how: how})
}

// isQuoteBlock: a paragraph (or block quote) that is a quote with its
// speaker: "…," said Name, Role. or Name, Role, said: "…".
func (r *reader) isQuoteBlock(b block) bool {
	if b.kind != paragraph && b.kind != blockquote {
		return false
	}
	// Asked of a block up to three times (by the walk, by the
	// classification, and for its section): answered once.
	if known, ok := r.quoteBlocks[b.from]; ok {
		return known
	}
	_, _, ok := r.attribution(r.unitText(unit{blocks: []block{b}}))
	if r.quoteBlocks == nil {
		r.quoteBlocks = map[int]bool{}
	}
	r.quoteBlocks[b.from] = ok
	return ok
}

// resolveQuotes places the quotes found, in the order they appear: each
// to the leader's or the customer's quote by its speaker's organisation,
// then by its heading or label, then by the speaker's title, then to the
// one still free. A third quote, or one whose side is taken twice, is
// kept as unplaced text.
func (r *reader) resolveQuotes() {
	if len(r.quotes) == 0 {
		return
	}
	slices.SortStableFunc(r.quotes, func(a, b pendingQuote) int { return a.b.from - b.b.from })
	launch := r.launchers()
	for _, q := range r.quotes {
		text := r.unitText(unit{blocks: []block{q.b}})
		if q.start >= 0 {
			cls := r.contentLines(q.b, q.start)
			var sb strings.Builder
			for _, cl := range cls {
				sb.WriteString(r.lines[cl.line][cl.start:cl.end])
				sb.WriteByte('\n')
			}
			text = sb.String()
		}
		_, role, ok := r.attribution(text)
		want := q.hint
		if ok {
			if side := launch.side(role); side != "" {
				want = side
			} else if want == "" && isLeader(role) {
				want = pathLeader
			} else if want == "" {
				want = pathCustomer
			}
		}
		free := func(p string) bool { return r.fields[p].refsOrNil() == nil }
		other := map[string]string{pathLeader: pathCustomer, pathCustomer: pathLeader}
		switch {
		case want == "" && free(pathLeader):
			want = pathLeader
		case want == "" && free(pathCustomer):
			want = pathCustomer
		case want != "" && !free(want) && free(other[want]):
			want = other[want]
		}
		if want == "" || !free(want) {
			r.unplacedBlock(q.b)
			continue
		}
		r.evidence++
		r.addPRFrom(want, q.b, q.start, q.how)
		for _, b := range q.more {
			r.addQuoteContinuation(want, b)
		}
	}
	r.quotes = nil
}

// addQuoteContinuation adds a paragraph of quotation to a quote, without
// its quotation marks.
func (r *reader) addQuoteContinuation(path string, b block) {
	lines := r.contentLines(b, -1)
	first, last := &lines[0], &lines[len(lines)-1]
	l := r.lines[first.line]
	for _, mark := range []string{"\"", "“"} {
		if strings.HasPrefix(l[first.start:first.end], mark) {
			first.start += len(mark)
			break
		}
	}
	l = r.lines[last.line]
	for _, mark := range []string{"\"", "”"} {
		if strings.HasSuffix(strings.TrimRight(l[last.start:last.end], " \t"), mark) {
			last.end = last.start + len(strings.TrimRight(l[last.start:last.end], " \t")) - len(mark)
			break
		}
	}
	r.addBreak(path, b.from)
	for _, cl := range lines {
		r.addLine(path, cl.line, cl.start, cl.end)
	}
	r.place(b, path, "quote, continued")
}

// launchers are the names of who launches the product (the organisation
// and the product itself), in lower-case words, from the front matter
// and the summary: "Northbeam Retail Systems today launched ShelfSense".
type launchers []string

// launchVerb finds the announcement in the summary: who, and what.
// It is tried on one sentence (launchSentence): bounded repeats such as
// {2,120} made it the slowest part of reading a file.
var launchVerb = regexp.MustCompile(`^([^.!?]+?)\s+(?:today|this week|this morning|on \w+day)?\s*(?:has\s+|have\s+)?(?:launched|launches|announced|announces|released|releases|introduced|introduces|opened|opens|unveiled|unveils|made|makes|began|begins|started|starts|debuted|debuts|rolled out|rolls out|is launching|are launching)\b\s*(?:(?:its|the|a|an|version [\d.]+ of its)\s+)?([^,.;]+)?`)

// fromOrg finds "a new programme from Harvest Commons".
var fromOrg = regexp.MustCompile(`\b(?:from|by)\s+((?:the\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+(?:\p{Lu}[\p{L}&'’.-]*|of|for|and|&))*)`)

func (r *reader) launchers() launchers {
	var out launchers
	add := func(s string) {
		w, _ := normalize(s)
		w = stripArticles(w)
		for _, drop := range []string{"project", "team", "the"} {
			w = strings.TrimSuffix(strings.TrimSpace(w), " "+drop)
		}
		// "The Seattle Department of Transportation and King County
		// Metro": each organisation by itself.
		for _, part := range strings.Split(w, " and ") {
			part = stripArticles(strings.TrimSpace(part))
			if part != "" && len(strings.Fields(part)) <= 8 && !slices.Contains(out, part) {
				out = append(out, part)
			}
		}
	}
	d := r.res.Doc
	add(d.Product)
	add(d.Team)
	summary := ""
	if f := r.fields[pathSummary]; f != nil {
		summary = f.b.String()
	}
	summary = strings.Join(strings.Fields(summary), " ")
	if m := launchVerb.FindStringSubmatch(launchSentence(summary)); m != nil {
		who := m[1]
		// A dateline the reader did not take off the summary ends in a
		// dash: the organisation comes after it.
		for _, dash := range []string{" — ", " – ", " - ", " -- ", "—", "–", ": "} {
			if i := strings.LastIndex(who, dash); i >= 0 {
				who = who[i+len(dash):]
			}
		}
		who = strings.TrimSpace(who)
		for _, lead := range []string{"Today, ", "Today ", "Now, ", "This week, ", "This morning, "} {
			who = strings.TrimPrefix(who, lead)
		}
		// "HarvestShare, a volunteer-run charity in Bristol, today
		// opened": the name before the apposition.
		if i := strings.Index(who, ","); i > 0 {
			who = who[:i]
		}
		add(who)
		add(m[2])
	}
	if head := summary[:min(len(summary), 400)]; (strings.Contains(head, "from ") || strings.Contains(head, "by ")) && fromOrg.MatchString(head) {
		m := fromOrg.FindStringSubmatch(head)
		add(m[1])
	}
	return out
}

// orgIn finds the organisation a speaker's role names: "VP of Payments
// at Acme", "Chair of Trustees at HarvestShare", "who runs Tide & Tin".
var orgIn = regexp.MustCompile(`\b(?:at|of|from|with|for|runs|run|owns|own|maintains|maintain|leads|lead|founded|co-founded)\s+((?:the\s+)?\p{Lu}[\p{L}\d&'’.-]*(?:\s+(?:\p{Lu}[\p{L}\d&'’.-]*|of|for|and|&|de|van|den|der))*)`)

// side says whose quote a speaker's role makes it: the leader's when the
// role names who launches the product, the customer's when it names
// another organisation, "" when it names none.
func (l launchers) side(role string) string {
	if len(l) == 0 || role == "" {
		return ""
	}
	lower, _ := normalize(role)
	for _, name := range l {
		if containsWords(lower, name) {
			return pathLeader
		}
	}
	// "who started Ferrule", "who maintains centime": the people who make
	// the product, named by what they do with it.
	if makerWords.MatchString(lower) {
		for _, name := range l {
			if sharesName(lower, name) {
				return pathLeader
			}
		}
		// "who started the project in 2025 and maintains it": the
		// launcher named again by what it is.
		for _, back := range []string{"the project", "the company", "the team", "the charity", "the programme", "the program", "the product", "the service", "it"} {
			if containsWords(lower, back) && !orgIn.MatchString(role) {
				return pathLeader
			}
		}
	}
	for _, m := range orgIn.FindAllStringSubmatch(role, -1) {
		org, _ := normalize(m[1])
		org = stripArticles(org)
		if org == "" || isOfficeWords(org) {
			continue
		}
		for _, name := range l {
			if sharesName(org, name) {
				return pathLeader
			}
		}
		return pathCustomer
	}
	return ""
}

// makerWords are what the launching side's people do with the product.
var makerWords = regexp.MustCompile(`\b(?:maintains?|maintainer|maintainers|started|starts|founded|co founded|founder|co founder|created|creates|built|builds|wrote|writes|leads?|runs?|owns?|designed)\b`)

// isOfficeWords: what follows "of" in a title rather than an
// organisation's name: "Head of Finance", "VP of Engineering".
func isOfficeWords(w string) bool {
	for _, office := range []string{"engineering", "product", "products", "finance", "operations", "sales", "marketing", "services", "store operations", "public works", "people", "customer experience", "data", "design", "compliance", "support", "technology", "the board", "board", "trustees", "growth", "research", "platform", "platforms", "infrastructure", "security", "store systems", "roads and transportation", "development", "people development"} {
		if w == office || strings.HasPrefix(w, office+" ") && !strings.Contains(w, " at ") {
			return true
		}
	}
	return false
}

// sharesName: two names share a distinctive word ("Greenwire" in
// "Greenwire Education" and "Greenwire").
func sharesName(a, b string) bool {
	common := words("the", "and", "of", "for", "inc", "ltd", "labs", "lab", "systems", "group", "company", "co", "corp", "health", "city", "council", "apps", "app", "software", "cloud", "services", "foods", "stores", "bank")
	for _, w := range strings.Fields(a) {
		if !common[w] && len(w) > 2 && containsWords(b, w) {
			return true
		}
	}
	return false
}

// launchSentence is the sentence of the summary that announces the
// launch, or "": launchVerb, tried on a whole summary, cost more than
// the rest of reading it.
func launchSentence(summary string) string {
	lower := strings.ToLower(summary)
	at := -1
	for _, w := range launchWords {
		if i := strings.Index(lower, w); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	if at < 0 {
		return ""
	}
	start := strings.LastIndexAny(summary[:at], ".!?") + 1
	end := strings.IndexAny(summary[at:], ".!?")
	if end < 0 {
		end = len(summary) - at
	}
	return strings.TrimSpace(summary[start:min(at+end+1, len(summary))])
}
