package mddoc

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
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
	// speaker and role, when the quote's admonition title gave them.
	speaker, role string
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
	type placing struct {
		q    pendingQuote
		want string
		rank int // placed in this order: sure, then a partner's, then unsure
	}
	var all []placing
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
		speaker, role, ok := r.attribution(text)
		if q.speaker != "" {
			speaker, role, ok = q.speaker, q.role, true
		}
		p := placing{q: q, want: q.hint}
		side := ""
		if ok {
			side = launch.side(role)
		}
		if side == sideOtherOrg {
			side = pathCustomer
			if q.hint != "" {
				side = "" // the label is surer than an organisation's name
			}
		}
		switch {
		case !ok:
		case role == "" && p.want == "" && officeTitle.MatchString(speaker):
			p.want = pathLeader // "said Mayor Denise Whitcombe-Lund"
		case side != "":
			p.want = side
		case p.want == "" && isLeader(role):
			p.want = pathLeader
		case p.want == "" && role != "":
			p.want = pathCustomer
		}
		switch {
		case p.want == "":
			// No title, no heading: placed once the others are, in
			// the place they leave ("said Mayor Whitcombe-Lund").
			p.rank = 2
		case p.want == pathCustomer && partnerRole.MatchString(strings.ToLower(role)):
			// An implementation partner speaks for the customers only
			// when no customer does.
			p.rank = 1
		}
		all = append(all, p)
	}
	slices.SortStableFunc(all, func(a, b placing) int { return a.rank - b.rank })
	free := func(p string) bool { return r.fields[p].refsOrNil() == nil }
	other := map[string]string{pathLeader: pathCustomer, pathCustomer: pathLeader}
	for _, p := range all {
		want := p.want
		switch {
		case want == "" && free(pathCustomer):
			// Someone quoted with no title is more often a customer
			// ("said Ana") than the company's leader.
			want = pathCustomer
		case want == "" && free(pathLeader):
			want = pathLeader
		case want != "" && !free(want) && free(other[want]) && p.rank != 1:
			want = other[want]
		}
		if want == "" || !free(want) {
			r.unplacedBlock(p.q.b)
			continue
		}
		r.evidence++
		if p.q.speaker != "" {
			r.givenQuote(want, p.q)
			continue
		}
		r.addPRFrom(want, p.q.b, p.q.start, p.q.how)
		for _, b := range p.q.more {
			r.addQuoteContinuation(want, b)
		}
	}
	r.quotes = nil
}

// officeTitle is an office a speaker's name carries.
var officeTitle = regexp.MustCompile(`^(?:Mayor|Governor|Senator|Minister|Councillor|Councilor|Commissioner|Chancellor|President|Chief|Director|Dean|Superintendent|Secretary)\s`)

// partnerRole is a role of someone who sells or implements the product
// for others, or studies its market: a voice, not the customer's.
var partnerRole = regexp.MustCompile(`\b(?:partner|reseller|integrator|implementation|consultan\w*|advisory|analyst|investor)\b`)

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

// announceVerbs announce a launch: "Northbeam today launched ShelfSense".
var announceVerbs = []string{"launched", "launches", "announced", "announces", "released", "releases", "introduced", "introduces", "opened", "opens", "unveiled", "unveils", "made", "makes", "began", "begins", "started", "starts", "debuted", "debuts", "rolled out", "rolls out", "is launching", "are launching"}

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
			if part != "" && fieldCount(part) <= 8 && !slices.Contains(out, part) {
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
	if m := r.announcement(summary); m != nil {
		who := m[1]
		// A dateline the reader did not take off the summary ends in a
		// dash: the organisation comes after it.
		for _, dash := range []string{" — ", " – ", " - ", " -- ", " \\- ", "—", "–", ": "} {
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
	} else {
		// "Starting today, reporters and editors at the Harbour Ledger
		// file corrections in …": with no one announcing, the
		// organisation the summary's first sentence names is the one
		// launching, as an internal launch tells it.
		first := summary
		if end := sentenceLength(first); end < len(first) {
			first = first[:end]
		}
		for _, m := range orgIn.FindAllStringSubmatch(first, -1) {
			add(m[1])
		}
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
	// "at Caldwell Lift Services, which uses Kelpie Sync": a user of
	// the product is its customer, whatever else the role names.
	for _, user := range []string{"which uses", "who uses", "that uses", "a customer of", "customer of", "a user of", "user of"} {
		if containsWords(lower, user) {
			return pathCustomer
		}
	}
	// "Platewise customer, Stockport" is one; a "Chief Customer
	// Officer" or "Head of Customer Experience" is an office.
	if containsWords(lower, "customer") {
		office := false
		for _, o := range []string{"chief customer", "customer officer", "customer success", "customer experience", "customer service", "customer services", "customer care", "customer support", "customer operations", "customer insight", "customer insights", "of customer", "customer relations", "customer director"} {
			office = office || containsWords(lower, o)
		}
		if !office {
			return pathCustomer
		}
	}
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
	// "Head of Claims, Bramblecover": the organisation after a comma.
	for _, part := range strings.Split(role, ",")[1:] {
		if r, _ := utf8.DecodeRuneInString(strings.TrimSpace(part)); !unicode.IsUpper(r) {
			continue // "a Quayside implementation partner" describes
		}
		org, _ := normalize(part)
		for _, name := range l {
			if org != "" && sharesName(org, name) {
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
		return sideOtherOrg
	}
	return ""
}

// sideOtherOrg is side's answer for a speaker of an organisation that is
// not the launcher's: the customer's quote, unless a label says
// otherwise, since the launcher's own name may not have been found.
const sideOtherOrg = "other organisation"

// makerWords are what the launching side's people do with the product.
var makerWords = regexp.MustCompile(`\b(?:maintains?|maintainer|maintainers|started|starts|founded|co founded|founder|co founder|created|creates|built|builds|wrote|writes|leads|led|runs?|owns?|designed)\b`)

// isOfficeWords: what follows "of" in a title rather than an
// organisation's name: "Head of Finance", "VP of Engineering".
func isOfficeWords(w string) bool {
	for _, office := range []string{"engineering", "product", "products", "finance", "operations", "sales", "marketing", "services", "store operations", "public works", "people", "customer experience", "data", "design", "compliance", "support", "technology", "the board", "board", "trustees", "growth", "research", "platform", "platforms", "infrastructure", "security", "store systems", "roads and transportation", "development", "people development", "trust and safety", "safety", "trust", "risk", "legal", "strategy", "partnerships", "communications", "consumer banking", "retail", "digital", "innovation", "quality", "clinical services", "nursing", "education", "learning", "communications and marketing", "store services"} {
		if w == office || strings.HasPrefix(w, office+" ") && !strings.Contains(w, " at ") {
			return true
		}
	}
	return false
}

// sharesName: two names share a distinctive word ("Greenwire" in
// "Greenwire Education" and "Greenwire").
// commonNameWords are in many organisations' names, and tell none apart.
var commonNameWords = words("the", "and", "of", "for", "inc", "ltd", "labs", "lab", "systems", "group", "company", "co", "corp", "health", "city", "council", "apps", "app", "software", "cloud", "services", "foods", "stores", "bank")

func sharesName(a, b string) bool {
	significant := func(s string) []string {
		var out []string
		for _, w := range strings.Fields(s) {
			if !commonNameWords[w] && len(w) > 2 {
				out = append(out, w)
			}
		}
		return out
	}
	// Every distinctive word of the shorter name is in the longer:
	// "Kelpie Labs" and "Kelpie Sync" share their name; "Port Alder
	// Youth Soccer" and "Port Alder Parks Department" do not.
	sa, sb := significant(a), significant(b)
	if len(sa) == 0 || len(sb) == 0 {
		return false
	}
	short, long := sa, b
	if len(sb) < len(sa) {
		short, long = sb, a
	}
	for _, w := range short {
		if !containsWords(long, w) {
			return false
		}
	}
	return true
}

// launchSentence is the sentence of the summary that announces the
// launch, or "".
func launchSentence(summary string) string {
	// The announcement opens a summary: its first 600 bytes hold it.
	if len(summary) > 600 {
		cut := 600
		for cut > 0 && !utf8.RuneStart(summary[cut]) {
			cut--
		}
		summary = summary[:cut]
	}
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
	// Sentences end at a stop followed by a space and a capital: "2.3
	// million", "Ore." in a dateline's place and "1.0" do not end one.
	start := 0
	for i := at - 1; i > 0; i-- {
		if sentenceEnd(summary, i) {
			start = i + 1
			break
		}
	}
	end := len(summary) - at
	for i := at; i < len(summary); i++ {
		if sentenceEnd(summary, i) {
			end = i - at
			break
		}
	}
	return strings.TrimSpace(summary[start:min(at+end+1, len(summary))])
}

// sentenceEnd: s[i] ends a sentence: a full stop, question or
// exclamation mark followed by a space and a capital letter.
func sentenceEnd(s string, i int) bool {
	if c := s[i]; c != '.' && c != '!' && c != '?' {
		return false
	}
	if i+2 >= len(s) || s[i+1] != ' ' {
		return i+1 == len(s)
	}
	r, _ := utf8.DecodeRuneInString(s[i+2:])
	return unicode.IsUpper(r)
}

// announcement is parseAnnouncement of the launch sentence of text:
// worked out once per text, for the product's names and for who
// launches it.
func (r *reader) announcement(text string) []string {
	if m, ok := r.announcements[text]; ok {
		return m
	}
	m := parseAnnouncement(launchSentence(text))
	if r.announcements == nil {
		r.announcements = map[string][]string{}
	}
	r.announcements[text] = m
	return m
}

// parseAnnouncement reads "Northbeam Retail Systems today launched
// ShelfSense, a restocking queue" into the whole match, who ("Northbeam
// Retail Systems") and what ("ShelfSense"), as a pattern's submatches
// would be; nil when the sentence announces nothing.
func parseAnnouncement(sentence string) []string {
	if sentence == "" {
		return nil
	}
	lower := strings.ToLower(sentence)
	at, verb := -1, ""
	for _, v := range announceVerbs {
		for from := 0; from < len(lower); {
			i := strings.Index(lower[from:], v)
			if i < 0 {
				break
			}
			i += from
			end := i + len(v)
			if (i == 0 || !isWordByte(lower[i-1])) && (end == len(lower) || !isWordByte(lower[end])) {
				if at < 0 || i < at {
					at, verb = i, v
				}
				break
			}
			from = i + 1
		}
	}
	if at <= 0 {
		return nil
	}
	who := strings.TrimSpace(sentence[:at])
	for _, tail := range []string{" has", " have", " today", " this week", " this morning"} {
		who = strings.TrimSpace(strings.TrimSuffix(who, tail))
	}
	if i := strings.LastIndex(who, " on "); i >= 0 && strings.HasSuffix(who, "day") {
		who = strings.TrimSpace(who[:i]) // "… on Monday"
	}
	who = strings.TrimSpace(strings.TrimSuffix(who, " today"))
	if who == "" || strings.ContainsAny(who, ".!?") {
		return nil
	}
	what := strings.TrimSpace(sentence[at+len(verb):])
	for _, lead := range []string{"its ", "the ", "a ", "an "} {
		what = strings.TrimPrefix(what, lead)
	}
	if rest, ok := strings.CutPrefix(what, "version "); ok {
		if _, after, found := strings.Cut(rest, " of its "); found {
			what = after
		}
	}
	if i := strings.IndexAny(what, ",.;"); i >= 0 {
		what = what[:i]
	}
	return []string{sentence[:min(len(sentence), at+len(verb)+len(what)+1)], who, strings.TrimSpace(what)}
}
