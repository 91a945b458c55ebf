package mddoc

import (
	"math"
	"math/bits"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Where a press release paragraph without a heading goes.
//
// Hand-written press releases put their paragraphs under no heading, and
// not always in the method's order: a solution before the problem, no
// problem at all, the quotes together. Each paragraph is scored against
// each section by what it says (its words, how it opens, whether the
// product is its subject) and where it stands (first, last, before or
// after the quotes), and the paragraphs get the assignment with the best
// total in which each section is one run of paragraphs. The method's
// order counts, but as one reason among others: going back to an earlier
// section costs a little, so only what a paragraph says takes it there.

// placeable is a section a paragraph may be placed in by its content;
// the quotes go by their speaker instead.
type placeable struct {
	path, name string
	cues       []cue
	// prior: how likely an untitled paragraph is this section before
	// anything is known of it. Current solutions are rarely a paragraph
	// of their own; most press releases fold them into the problem.
	prior float64
	// again is the cost of a second paragraph in the section.
	again float64
}

// cue is a word or phrase, in lower case, that tells a section apart,
// and how much it counts.
type cue struct {
	text   string
	weight float64
}

func cues(weight float64, texts ...string) []cue {
	out := make([]cue, len(texts))
	for i, t := range texts {
		out[i] = cue{t, weight}
	}
	return out
}

// placeables are in the method's order.
var placeables = []placeable{
	{path: pathSummary, name: "summary", again: 1.5,
		cues: slices.Concat(
			cues(3, "today announced", "today launched", "today released", "today opened", "today introduced", "today unveiled", "today began", "today rolled out", "today made", "today started"),
			cues(1, "announces", "announced", "launches", "launched", "introduces", "introduced", "unveil", "is launching", "will launch"))},
	{path: pathProblem, name: "problem", again: 0.4,
		cues: slices.Concat(
			cues(2, "until now", "until today", "until recently", "used to ", "had to ", "the problem", "struggl", "frustrat", "survey", " study", "complain", "interviewed", "pain point"),
			cues(1, "waste", "spend ", "spent ", "hours", "lose ", "lost ", "loses ", "hard to", "difficult", "can't", "cannot", "could not", "couldn't", "too long", "miss", "%", "every week", "every month", "per year", "chas", "worr", "risk", "wait", "queue", "forget", "error", "delay", "give up", "gave up", "given up", " no way", "nobody", "by hand", "expensive", "were ", "was "))},
	{path: pathCurrent, name: "current solutions", prior: -1, again: 0.6,
		cues: slices.Concat(
			cues(2, "can fix", "can help", "works, but", "work, but", ", but they", ", but it ", "however, they", "exist, but", "exists, but", "can already", "already exist", "existing", "alternative", "workaround", "bridge the gap", "turn to", "turns to", "resort to", "make do", "get by", "fall back on", "falls back on", "spreadsheet", "competitor", "today's tools", "current tools", "other tools", "other apps", "other products", "other services", "currently", "off-the-shelf", "none of them", "none of these", "on the market", "status quo"),
			cues(1, "either", "instead", "rely on", "relies on", "tools", "option", "have to", "has to", "must ", "manual", "fall short", "falls short", "don't", "do not", "doesn't", "does not", "but ", "only ", "anyway", "still ", "already"))},
	{path: pathSolution, name: "solution", again: 0.3,
		cues: slices.Concat(
			cues(2, "no longer", "instead of", "automatically", "in one place", "learns", "it works"),
			cues(1, "now ", "lets ", "allows", "enables", "instantly", "simply", "shows ", "in the pilot", "in the trial", "in testing", "beta", " fell ", "fewer", "faster", "reads ", "sends ", "% less", "no need", "each ", "every ", "when ", "within ", "in under", "same day"))},
	{path: pathGetStarted, name: "getting started", again: 0.5,
		cues: slices.Concat(
			cues(2, "get started", "getting started", "to start", "to begin", "can start", "start by", "starts by", "sign up", "signs up", "signing up", "sign in", "signs in", "signed in", "log in", "register", "enrol", "enroll", "download", "install", "turn on", "turns on", "set up", "setup", "app store", "google play", "steps", "admin console", "settings"),
			cues(1, "open ", "tap", "click", "in minutes", "enable", "connect", "invite", "need only", "all they need", "no new ", "run ", "running", "account", "once", "first ", "choose", "pick ", "scan", "import", "call "))},
	{path: pathAction, name: "call to action", again: 1.5,
		cues: slices.Concat(
			cues(2, "learn more", "read more", "find out more", "available today", "available now", "is available", "are available", "is live", "visit", "waitlist", "waiting list", "book a demo", "request a demo", "request access", "get it at", "trial at", "sign up at", "contact", "questions go to", "more information", "for details"),
			cues(1, "http", "www.", "available", "go to", "join", "pricing", "try ", "free ", "a month", "per month", "€", "$", "£"))},
}

// openers for each placeable, by path. A paragraph that starts "To
// book," or "To switch," is how to start; that rule is in opensWithTo.
var openers = map[string][]string{
	pathProblem:    {"until ", "today, ", "right now", "for years", "every year", "every day", "every week", "most ", "many ", "in 20", "according to", "the problem", "the challenge", "when a", "when an", "when the", "when you", "too many", "nobody ", "no one "},
	pathCurrent:    {"today's ", "existing ", "current ", "other ", "the alternatives", "some teams", "some companies", "there are ", "competitors "},
	pathSolution:   {"with ", "now, ", "now ", "using ", "instead", "here is how", "here's how", "it works", "once "},
	pathGetStarted: {"getting started", "setup ", "setting up", "it takes", "customers can ", "users can ", "anyone can ", "teams can ", "residents can ", "engineers get", "sign up", "download", "install"},
	pathAction:     {"available ", "learn more", "visit ", "find ", "sign up ", "join ", "for more", "more information", "questions ", "try ", "book ", "get it", "order ", "request ", "contact ", "see "},
}

// cueRef is one cue of placeables: its section's index and its own.
type cueRef struct {
	section, cue int
	text         string
	second       byte // text's second byte, 0 for a one-byte cue
}

// cuesByFirstByte lists placeables' cues by their first byte, so that
// one pass over a paragraph finds them all: looking for each cue in turn
// went over every paragraph about a hundred times.
var cuesByFirstByte = func() (index [256][]cueRef) {
	for s, def := range placeables {
		for c, cue := range def.cues {
			ref := cueRef{section: s, cue: c, text: cue.text}
			if len(cue.text) > 1 {
				ref.second = cue.text[1]
			}
			index[cue.text[0]] = append(index[cue.text[0]], ref)
		}
	}
	return index
}()

// cuesIn reports which cues of each section of placeables occur in
// lower (lowercase text), a bit per cue. A cue that starts with a letter
// is found where a word starts ("chas" in "chasing", not in
// "purchase"); one that starts otherwise (" study", "%") anywhere.
func cuesIn(lower string) []uint64 {
	found := make([]uint64, len(placeables))
	for i := 0; i < len(lower); i++ {
		c := lower[i]
		if i > 0 && isWordByte(c) && isWordByte(lower[i-1]) {
			continue // inside a word
		}
		for _, ref := range cuesByFirstByte[c] {
			// The second byte first: it rules out most cues at once.
			if ref.second != 0 && (i+1 == len(lower) || lower[i+1] != ref.second) {
				continue
			}
			if strings.HasPrefix(lower[i:], ref.text) {
				found[ref.section] |= 1 << ref.cue
			}
		}
	}
	return found
}

// isWordByte: a byte of a word: an ASCII letter or digit, or a byte of a
// multi-byte character.
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80
}

// cueWeight adds up the weights of the cues found of one section.
func cueWeight(def placeable, found uint64) float64 {
	w := 0.0
	for found != 0 {
		c := bits.TrailingZeros64(found)
		w += def.cues[c].weight
		found &^= 1 << c
	}
	return w
}

// sourced: a number's source in parentheses, "(2026 survey)", which the
// method asks of the problem paragraph.
var sourced = regexp.MustCompile(`\([^)]*\b(?:19|20)\d\d\b[^)]*\)`)

// opensWithTo: "To book, residents need only…", "To switch, sign in…":
// an infinitive and a comma within the first few words.
func opensWithTo(lower string) bool {
	rest, ok := strings.CutPrefix(lower, "to ")
	if !ok {
		return false
	}
	comma := strings.IndexByte(rest, ',')
	return comma > 0 && fieldCount(rest[:comma]) <= 5
}

// hasURL: a web address, with or without its scheme:
// example.com/pricing, www.example.org, https://….
func hasURL(t string) bool {
	if strings.Contains(t, "://") || strings.Contains(t, "www.") {
		return true
	}
	for i := 1; i+1 < len(t); i++ {
		if t[i] != '/' {
			continue
		}
		// a host before the slash: letters, a dot and at least two
		// letters after it.
		j := i
		for j > 0 && (isHostByte(t[j-1])) {
			j--
		}
		host := t[j:i]
		dot := strings.LastIndexByte(host, '.')
		if dot > 0 && len(host)-dot > 2 {
			return true
		}
	}
	return false
}

func isHostByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-'
}

// products are the product's names, in lower case, as a paragraph would
// start with them: from the front matter, from what the summary says was
// launched, and from the headline's first words when the summary
// repeats them ("ShelfSense tells store associates…").
func (r *reader) products(units []unit) []string {
	var out []string
	add := func(s string) {
		s = strings.ToLower(strings.TrimSpace(s))
		if s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	add(r.res.Doc.Product)
	first, others := "", units
	if f := r.fields[pathSummary]; f != nil && f.b.Len() > 0 {
		// a summary under its own heading says what was launched
		first = f.b.String()
	} else if len(units) > 0 {
		first, others = r.unitText(units[0]), units[1:]
	}
	if first != "" {
		if m, ok := parseDateline(first); ok {
			first = first[m.end:] // "LEEDS, UK, 09.11.2027 –" has dots
		}
		first = strings.Join(strings.Fields(first), " ") // as launchers reads the summary

	}
	if m := r.announcement(first); m != nil {
		what := strings.TrimSpace(m[2])
		if code, ok := strings.CutPrefix(what, "`"); ok {
			// a library's name in code: `centime` 1.0
			code, _, _ = strings.Cut(code, "`")
			add(code)
		} else {
			add(capitalRun(what))
		}
	}
	headline := ""
	if f := r.fields[pathHeadline]; f != nil {
		headline = f.b.String()
	}
	if _, code, ok := strings.Cut(first, "`"); ok {
		// a library's name, in code in the summary
		if code, _, ok = strings.Cut(code, "`"); ok && !strings.ContainsAny(code, " =:(") {
			add(code)
		}
	}
	if h := capitalRun(headline); h != "" && strings.Contains(first, h) {
		add(h)
	}
	if len(out) == 0 || len(out) == 1 && out[0] == strings.ToLower(r.res.Doc.Product) {
		// "The museum is thrilled to announce the launch of
		// Deckhand": the name the other paragraphs repeat.
		add(r.repeatedName(first, others))
	}
	return out
}

// repeatedName is the capitalised word of the summary, not at a
// sentence's start, that the other paragraphs use most (twice at least):
// the product's name when no launch sentence gives it.
func (r *reader) repeatedName(summary string, others []unit) string {
	if len(others) == 0 {
		return ""
	}
	var rest strings.Builder
	for _, u := range others {
		rest.WriteString(r.unitText(u))
		rest.WriteByte('\n')
	}
	elsewhere := rest.String()
	best, bestN := "", 1
	for _, start := range sentenceStarts(summary) {
		words := strings.Fields(summary[start:])
		for k, w := range words {
			if k == 0 {
				continue // any word starts a sentence
			}
			if strings.ContainsAny(w, ".!?") && k > 0 {
				break // the sentence ends here
			}
			w = strings.Trim(w, ",;:()\"“”'’*_`")
			first, _ := utf8.DecodeRuneInString(w)
			if len(w) < 3 || !unicode.IsUpper(first) || commonOpeners[strings.ToLower(w)] {
				continue
			}
			if n := strings.Count(elsewhere, w); n > bestN {
				best, bestN = w, n
			}
		}
	}
	return best
}

// capitalRun is the first one to three capitalised words of s
// ("ShelfSense", "Curbside Booking"), or "" when s starts otherwise or
// with a word any sentence may start with.
func capitalRun(s string) string {
	f := strings.Fields(s)
	n := 0
	for n < len(f) && n < 3 {
		r, _ := utf8.DecodeRuneInString(f[n])
		if !unicode.IsUpper(r) {
			break
		}
		n++
		if strings.ContainsAny(f[n-1], ",;:") {
			break // "Open Door: Fenwick & Rowe will read…"
		}
	}
	if n == 0 || commonOpeners[strings.ToLower(f[0])] {
		return ""
	}
	return strings.TrimRight(strings.Join(f[:n], " "), ",.;:")
}

var commonOpeners = words("the", "a", "an", "our", "your", "new", "now", "today", "introducing", "meet", "with", "this", "every", "all", "no", "more", "it", "we", "you", "they", "i")

// productLead tells how a paragraph starts with the product: "With
// ShelfSense, …" (the experience with it) or "QuotaGuard reads the
// logs…" (what it does), not "QuotaGuard is available…".
func productLead(lower string, products []string) (with, opens, subject bool) {
	for _, p := range products {
		if rest, ok := strings.CutPrefix(lower, "with "+p); ok && (rest == "" || rest[0] == ',' || rest[0] == ' ') {
			with = true
		}
		for _, s := range sentenceStarts(lower) {
			rest, ok := strings.CutPrefix(lower[s:], p+" ")
			if !ok {
				continue
			}
			verb, after, _ := strings.Cut(rest, " ")
			if definition(verb, after) {
				subject = true
				continue
			}
			if !slices.Contains([]string{"is", "are", "was", "will", "has", "costs", "can"}, verb) {
				subject = true
				opens = opens || s == 0
			}
		}
	}
	return with, opens, subject
}

// definition: "Keyring is a sidecar and a small controller" says what
// the product is, and so, like a sentence of what it does, makes the
// product its subject ("Keyring is available today" does not).
func definition(verb, after string) bool {
	return (verb == "is" || verb == "are") && (strings.HasPrefix(after, "a ") || strings.HasPrefix(after, "an "))
}

// sentenceStarts are where the sentences of a paragraph start.
func sentenceStarts(t string) []int {
	out := []int{0}
	for i := 0; i+2 < len(t); i++ {
		if (t[i] == '.' || t[i] == '!' || t[i] == '?') && t[i+1] == ' ' && !abbreviationAt(t, i) {
			out = append(out, i+2)
		}
	}
	return out
}

// sentenceLength is where the sentence that starts s ends.
func sentenceLength(s string) int {
	for i := 0; i+1 < len(s); i++ {
		if (s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i+1] == ' ' && !abbreviationAt(s, i) {
			return i
		}
	}
	return len(s)
}

// abbreviationAt: the full stop at i closes a dotted abbreviation, "7
// a.m. on weekdays", "e.g. a café", not a sentence.
func abbreviationAt(t string, i int) bool {
	return t[i] == '.' && i >= 2 && t[i-2] == '.'
}

// commentHint is the section an HTML comment right above the unit names,
// as templates leave them: "<!-- Problem: size it with data -->".
func (r *reader) commentHint(u unit) string {
	i := u.blocks[0].from - 1
	for i >= 0 && blank(r.lines[i]) {
		i--
	}
	if i < 0 || !strings.HasSuffix(strings.TrimSpace(r.lines[i]), "-->") {
		return ""
	}
	start := i
	for start >= 0 && !strings.Contains(r.lines[start], "<!--") {
		start--
	}
	if start < 0 || i-start > 5 {
		return ""
	}
	c := strings.Join(r.lines[start:i+1], " ")
	c = c[strings.Index(c, "<!--")+4:]
	c = strings.TrimSuffix(strings.TrimSpace(c), "-->")
	name, _, found := strings.Cut(c, ":")
	if !found {
		name, _, _ = strings.Cut(c, " - ")
	}
	w, _ := normalize(name)
	if w == "" || fieldCount(w) > maxNameWords {
		return ""
	}
	id, set := r.sectionOf(w, false)
	if id == "" && len(set) > 0 {
		id = set[0]
	}
	return id
}

// withoutMarks is s without Markdown's emphasis and code marks.
func withoutMarks(s string) string {
	if !strings.ContainsAny(s, "`*_") {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != '`' && c != '*' && c != '_' {
			b = append(b, c)
		}
	}
	return string(b)
}

// stepsIn: a paragraph that lists things to do in a row, "go to …,
// answer …, pick …, and confirm …", or counts them ("in three steps",
// "first … then").
func stepsIn(lower string) bool {
	if strings.Contains(lower, " steps") || strings.Contains(lower, "first,") || strings.Contains(lower, " then ") && strings.Contains(lower, "first") {
		return true
	}
	clauses := 0
	for _, part := range strings.FieldsFunc(lower, func(r rune) bool { return r == ',' || r == ':' || r == ';' }) {
		part = strings.TrimSpace(part)
		part = strings.TrimPrefix(strings.TrimPrefix(part, "and "), "or ")
		w, _, _ := strings.Cut(part, " ")
		if stepVerbs[w] {
			clauses++
		}
	}
	return clauses >= 3
}

// stepVerbs start the steps of how to start.
var stepVerbs = words("go", "open", "tap", "click", "choose", "pick", "select", "answer", "confirm", "enter", "type", "add", "install", "download", "sign", "log", "create", "run", "connect", "scan", "upload", "fill", "book", "register", "invite", "enable", "turn", "set", "visit", "call", "text", "pay", "look", "follow", "copy")

// instructs: a sentence, or what follows a colon, that tells the reader
// how to start: "Check your vet on the map", "Turn it on under Settings,
// set a price, and copy the link", "Try it in five minutes: create a
// sandbox key at …, run the example". It makes a paragraph how to start
// even when it opens with where the product is available. One order and
// a link, "Start a trial at example.com", points where to go next: the
// call to action's. A sentence that starts with the product's name
// ("Open Door opens in October") is not an instruction, whatever the
// name's first word.
func instructs(plain string, products []string) bool {
	how := func(s string) bool {
		for _, p := range products {
			if strings.HasPrefix(s, p) {
				return false
			}
		}
		if !instructionVerbs[firstWord(s)] {
			return false
		}
		s = s[:sentenceLength(s)]
		verbs := 0
		for _, clause := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == ':' }) {
			clause = strings.TrimSpace(clause)
			clause = strings.TrimPrefix(strings.TrimPrefix(clause, "and "), "or ")
			if instructionVerbs[firstWord(clause)] {
				verbs++
			}
			for _, joint := range []string{" and ", " or ", " then "} {
				for _, after := range strings.Split(clause, joint)[1:] {
					if instructionVerbs[firstWord(after)] {
						verbs++
					}
				}
			}
		}
		return verbs >= 2 || !hasURL(s)
	}
	for _, at := range sentenceStarts(plain) {
		if how(plain[at:]) {
			return true
		}
	}
	for rest := plain; ; {
		_, after, found := strings.Cut(rest, ": ")
		if !found {
			return false
		}
		if how(after) {
			return true
		}
		rest = after
	}
}

func firstWord(s string) string {
	w, _, _ := strings.Cut(s, " ")
	return w
}

var instructionVerbs = words("go", "open", "tap", "click", "choose", "pick", "select", "enter", "type", "add", "install", "download", "create", "run", "connect", "scan", "upload", "fill", "turn", "set", "text", "call", "copy", "check", "search", "ask", "try", "start", "sign", "log", "look", "press", "say")

// wordCount counts the runs of non-blank bytes, as strings.Fields would
// cut them, without cutting.
func wordCount(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		blank := s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r'
		if !blank && !in {
			n++
		}
		in = !blank
	}
	return n
}

// unitFacts is what scoring needs to know of a unit, worked out once.
type unitFacts struct {
	text, lower   string
	plain         string // lower without Markdown's marks: `centime`, **ShelfSense**
	found         []uint64
	dated, list   bool
	with, subject bool
	opens         bool // with the product as its subject
	url, short    bool
	steps         bool // a sequence of things to do
	instructs     bool // tells the reader what to do
	named         bool // the product's name is in it
	hint          string
	quotesBefore  int
}

func (r *reader) facts(u unit, products []string, quoteLines []int) unitFacts {
	t := r.unitText(u)
	lower := strings.ToLower(t)
	f := unitFacts{text: t, lower: lower, found: cuesIn(lower), dated: r.datelineIn(u), list: u.blocks[0].kind == listItem}
	f.plain = withoutMarks(lower)
	f.with, f.opens, f.subject = productLead(f.plain, products)
	f.url = hasURL(lower)
	f.named = slices.ContainsFunc(products, func(p string) bool { return strings.Contains(f.plain, p) })
	f.short = wordCount(t) <= 45
	f.steps = stepsIn(f.lower)
	f.instructs = instructs(f.plain, products)
	f.hint = r.commentHint(u)
	for _, l := range quoteLines {
		if l < u.blocks[0].from {
			f.quotesBefore++
		}
	}
	return f
}

// score is how well unit u of n, with facts f, fits placeables[i].
func (r *reader) score(i int, f unitFacts, u, n, quotes int) float64 {
	def := placeables[i]
	v := def.prior + 0.8*min(cueWeight(def, f.found[i]), 4)
	for _, o := range openers[def.path] {
		if strings.HasPrefix(f.plain, o) {
			v += 1.5
			if def.path == pathGetStarted {
				v += 0.7 // an instruction leads, whatever link follows
			}
			break
		}
	}
	if f.hint == def.path {
		v += 4
	}
	if _, asked := r.t.Question(def.path); !asked {
		v -= 1.5
	}
	last := u == n-1
	switch def.path {
	case pathSummary:
		if f.dated {
			v += 6
		}
		if u == 0 {
			v += 1.5
		} else {
			v -= 1.5
		}
	case pathProblem:
		if sourced.MatchString(f.text) {
			v += 1
		}
		// The problem is the customer's before the product: a
		// paragraph about the product is something else.
		if f.opens || f.with {
			v -= 2
		} else if f.named {
			v--
		}
	case pathCurrent:
		// Today's alternatives are not the product.
		if f.opens || f.with {
			v -= 1.5
		}
	case pathSolution:
		if f.with {
			v += 3
		}
		if f.opens {
			v += 2.5
		} else if f.subject {
			v += 1
		}
		if !f.named && !f.with {
			v -= 0.8 // a solution names what it is about
		}
	case pathGetStarted:
		if opensWithTo(f.lower) {
			v += 3
		}
		if f.steps {
			v += 1.5
		}
		if f.instructs {
			v += 1.5
		}
		if f.list {
			v++
		}
		if f.url {
			v += 0.5
		}
	case pathAction:
		if last {
			v += 1.2
		}
		if f.url && f.short {
			v++
		}
		if f.short {
			v += 0.5
		}
		// "Go to …, answer the six questions, pick a time, and
		// confirm": steps are how to start, whatever link they hold.
		if f.steps {
			v--
		}
		if f.instructs {
			v -= 1.5
		}
	}
	// Where the quotes stand: the leader's quote follows the solution,
	// how to start follows it, the customer's quote comes before the
	// call to action.
	if quotes > 0 {
		switch {
		case f.quotesBefore == 0 && (def.path == pathGetStarted || def.path == pathAction):
			v -= 0.8
		case f.quotesBefore > 0 && (def.path == pathSummary || def.path == pathProblem || def.path == pathCurrent):
			v -= 1
		case f.quotesBefore > 1 && def.path == pathSolution:
			v -= 0.6
		case f.quotesBefore > 1 && def.path == pathAction:
			v += 0.6
		}
	}
	if f.dated && def.path != pathSummary {
		v -= 4
	}
	return v
}

// order assigns the press release's unnamed prose blocks to sections: the
// best total score over assignments in which each section is one run of
// units, with a cost for each step back in the method's order.
func (r *reader) order(units []unit) {
	if len(units) == 0 {
		return
	}
	// The candidates are the sections still empty, and those a quote
	// interrupted.
	var cands []int // indexes into placeables
	filled := func(path string) bool { return len(r.fields[path].refsOrNil()) > 0 }
	for i, p := range placeables {
		if !filled(p.path) || slices.ContainsFunc(units, func(u unit) bool { return u.resume == p.path }) {
			cands = append(cands, i)
		}
	}
	if len(cands) == 0 {
		for _, u := range units {
			for _, b := range u.blocks {
				r.unplacedBlock(b)
			}
			for _, b := range u.tail {
				r.keepImage(b)
			}
		}
		return
	}
	var quoteLines []int
	for _, q := range r.quotes {
		quoteLines = append(quoteLines, q.b.from)
	}
	products := r.products(units)
	n, m := len(units), len(cands)
	score := make([][]float64, n)
	for u := range units {
		f := r.facts(units[u], products, quoteLines)
		score[u] = make([]float64, m)
		for s, c := range cands {
			path := placeables[c].path
			if units[u].allowed != nil && !slices.Contains(units[u].allowed, path) || filled(path) && units[u].resume != path {
				score[u][s] = -100 // the heading over it rules it out
				continue
			}
			score[u][s] = r.score(c, f, u, n, len(quoteLines))
			if units[u].resume == path {
				score[u][s] += 1.5
			}
		}
	}
	// A section no paragraph scores above -2 for takes none: dropped
	// before the search, whose work grows with 2 to the number of
	// sections.
	keep := cands[:0:0]
	var kept [][]float64
	for s := range cands {
		for u := range units {
			if score[u][s] > -2 {
				keep = append(keep, s)
				break
			}
		}
	}
	if len(keep) > 0 && len(keep) < len(cands) {
		kept = make([][]float64, n)
		for u := range kept {
			for _, s := range keep {
				kept[u] = append(kept[u], score[u][s])
			}
		}
		remapped := make([]int, len(keep))
		for k, s := range keep {
			remapped[k] = cands[s]
		}
		cands, score = remapped, kept
	}
	// "The report also covers …", "It also …": a paragraph that says it
	// adds to the one before goes on with its section.
	adds := make([]bool, n)
	for u := range units {
		adds[u] = continues(r.unitText(units[u]))
	}
	assign := bestRuns(score, func(u, s int) float64 {
		cost := placeables[cands[s]].again
		if adds[u] {
			cost -= 1.5
		}
		return cost
	})
	for u, unit := range units {
		c := placeables[cands[assign[u]]]
		certain := c.path == pathSummary && r.datelineIn(unit) // the dateline opens the summary
		if (u == 0 || assign[u-1] != assign[u]) && !certain && unit.resume != c.path {
			r.guessed = append(r.guessed, guess{unit.blocks[0].from + 1, c.name})
		}
		if !certain {
			if r.res.GuessedFields == nil {
				r.res.GuessedFields = map[string]bool{}
			}
			r.res.GuessedFields[c.path] = true
		}
		for _, b := range unit.blocks {
			r.addPR(c.path, b, "order and content")
		}
		for _, b := range unit.tail {
			r.addPR(c.path, b, "image after the section's text")
		}
	}
}

// continues: a paragraph whose first sentence says it adds to what came
// before: "also" among its first words, or "It", "This", "They" first.
func continues(t string) bool {
	rest := t
	for k := 0; k < 6 && rest != ""; k++ {
		rest = strings.TrimLeft(rest, " \t\n")
		w, after, _ := strings.Cut(rest, " ")
		if k == 0 && (w == "It" || w == "This" || w == "They" || w == "These" || w == "Each") {
			return true
		}
		if strings.EqualFold(w, "also") {
			return true
		}
		rest = after
	}
	return false
}

// backStep is the cost of a section that comes before the one above it
// in the method's order.
const backStep = 1.2

// bestRuns picks a section for each unit (score[u][s]) to maximise the
// total, with each section one run of consecutive units: a run's later
// units cost again(u, s) each, and a run of a section earlier than the run
// before it costs backStep. Sections are in the method's order. With at
// most eight sections, the sections used so far fit in a bit set.
func bestRuns(score [][]float64, again func(u, s int) float64) []int {
	n, m := len(score), len(score[0])
	states := (1 << m) * m
	// The best totals of the unit before and of this one, and where
	// each state came from, for the way back: float32 and int16 hold
	// every score and state.
	prev, cur := make([]float32, states), make([]float32, states)
	fromAll := make([]int16, n*states)
	from := make([][]int16, n)
	for u := range from {
		from[u] = fromAll[u*states : (u+1)*states]
	}
	inf := float32(math.Inf(-1))
	for i := range prev {
		prev[i] = inf
	}
	state := func(used, last int) int { return used*m + last }
	for s := 0; s < m; s++ {
		prev[state(1<<s, s)] = float32(score[0][s])
	}
	againCost := make([]float32, m)
	for u := 1; u < n; u++ {
		for i := range cur {
			cur[i] = inf
		}
		for s := range againCost {
			againCost[s] = float32(again(u, s))
		}
		row := score[u]
		for used := 1; used < 1<<m; used++ {
			for last := 0; last < m; last++ {
				st := used*m + last
				v := prev[st]
				if v == inf {
					continue
				}
				for s := 0; s < m; s++ {
					w := v + float32(row[s])
					next := st
					switch {
					case s == last:
						w -= againCost[s]
					case used&(1<<s) != 0:
						continue // a section comes back after another
					default:
						next = (used|1<<s)*m + s
						if s < last {
							w -= float32(backStep)
						}
					}
					if w > cur[next] {
						cur[next], from[u][next] = w, int16(st)
					}
				}
			}
		}
		prev, cur = cur, prev
	}
	end := 0
	for st, v := range prev {
		if v > prev[end] {
			end = st
		}
	}
	assign := make([]int, n)
	for u := n - 1; u >= 0; u-- {
		assign[u] = end % m
		end = int(from[u][end])
	}
	return assign
}

// fieldCount is fieldCount(s) without building the slice: the
// reader counts the words of most lines it sees.
func fieldCount(s string) int {
	n, in := 0, false
	for _, c := range s {
		space := c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' ||
			c >= utf8.RuneSelf && unicode.IsSpace(c)
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}
