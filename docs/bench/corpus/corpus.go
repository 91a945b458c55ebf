// Package corpus generates a benchmark corpus of PR/FAQ documents: valid
// documents for the amazon template of about 780 words of prose each (a
// press release of about 460 words, an FAQ of 3 customer and 5 internal
// entries of about 225, and short answers to the five customer questions),
// built from sentence pools so that no two are alike and each holds a
// realistic mix of lint findings (weasel words, a long sentence, an acronym
// that is not spelled out, passive voice, an unsourced number, now and then
// a section over its budget). `go run ./docs/bench/gen -stats` counts the
// words as lint does.
//
// The output depends only on the seed and the document's index, so a
// corpus can be rebuilt byte for byte and document i is the same whatever
// the corpus size. It lives under docs/ because it is a benchmarking aid,
// not part of the prfaq program; docs/bench/gen is its command and
// internal/lint's BenchmarkLintCorpus uses it in-process.
package corpus

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Document returns the text of document i of the corpus for seed.
func Document(seed int64, i int) []byte {
	g := newGen(seed, i)
	return []byte(g.document())
}

// Name is the file name of document i.
func Name(i int) string { return fmt.Sprintf("doc-%05d.prfaq.yaml", i) }

// Markdown returns document i as a team writes a PR/FAQ by hand in
// Markdown: the same content as Document, laid out by headings, italics,
// bold questions and quoted paragraphs, with front matter in about one
// file in three and the customer questions in about one in two.
func Markdown(seed int64, i int) []byte {
	g := newGen(seed, i)
	return []byte(g.markdown())
}

// MarkdownName is the file name of Markdown document i.
func MarkdownName(i int) string { return fmt.Sprintf("doc-%05d.prfaq.md", i) }

// Write writes documents 0..n-1 into dir, creating it, and returns the
// total size in bytes; markdown chooses the Markdown form.
func Write(dir string, n int, seed int64, markdown bool) (int64, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, err
	}
	var total int64
	for i := range n {
		data, name := Document(seed, i), Name(i)
		if markdown {
			data, name = Markdown(seed, i), MarkdownName(i)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			return total, err
		}
		total += int64(len(data))
	}
	return total, nil
}

// domain is the world a document lives in: who the customer is and what
// they struggle with.
type domain struct {
	role     string // singular customer
	roles    string // plural
	task     string // verb phrase: what they do
	thing    string // the artifact they work on
	oldTool  string // what they use today
	place    string // where they work
	unit     string // what is counted
	tagWords []string
}

var domains = []domain{
	{"warehouse supervisor", "warehouse supervisors", "count stock at the end of a shift", "stock count", "a shared spreadsheet", "a regional warehouse", "pallets", []string{"logistics", "inventory"}},
	{"clinic receptionist", "clinic receptionists", "book follow-up appointments", "appointment book", "a paper diary and the phone", "a family clinic", "appointments", []string{"health", "scheduling"}},
	{"school teacher", "school teachers", "mark weekly homework", "marking sheet", "printed rubrics and a red pen", "a secondary school", "essays", []string{"education", "grading"}},
	{"restaurant owner", "restaurant owners", "order fresh produce for the week", "supplier order", "text messages to three suppliers", "a 40-seat restaurant", "orders", []string{"food", "purchasing"}},
	{"freelance designer", "freelance designers", "send invoices and chase late payments", "invoice", "a word-processor template", "a home studio", "invoices", []string{"finance", "freelance"}},
	{"site engineer", "site engineers", "log safety checks on a building site", "safety log", "a clipboard and photos on a phone", "a construction site", "checks", []string{"construction", "safety"}},
	{"support agent", "support agents", "answer billing questions from customers", "support ticket", "a shared inbox", "a software company", "tickets", []string{"support", "billing"}},
	{"farm manager", "farm managers", "plan which field to irrigate each day", "irrigation plan", "a whiteboard in the barn", "a mixed arable farm", "fields", []string{"agriculture", "water"}},
	{"landlord", "small landlords", "collect rent and record repairs", "rent ledger", "bank statements and a notebook", "a block of six flats", "payments", []string{"property", "finance"}},
	{"volunteer coordinator", "volunteer coordinators", "fill weekend shifts at a food bank", "shift rota", "a group chat", "a community food bank", "shifts", []string{"charity", "scheduling"}},
	{"lab technician", "lab technicians", "track samples between freezers", "sample log", "handwritten labels and a spreadsheet", "a university laboratory", "samples", []string{"science", "tracking"}},
	{"fleet dispatcher", "fleet dispatchers", "assign delivery routes each morning", "route sheet", "a wall map and phone calls", "a courier depot", "routes", []string{"logistics", "delivery"}},
}

var (
	prefixes = []string{"Tab", "Shift", "Field", "Stock", "Route", "Ledger", "Sample", "Rota", "Clear", "Mark", "Order", "Check", "Plan", "Bright", "North", "Quill", "Harbor", "Maple", "Kestrel", "Lumen"}
	suffixes = []string{"Split", "Book", "Board", "Desk", "Note", "Line", "Path", "Keep", "Sync", "Post", "Well", "Mate", "Base", "Hub", "Deck", "Loop", "Wise", "Track", "Count", "Kit"}
	cities   = []string{"BRISTOL, UK", "LEEDS, UK", "SEATTLE, WA", "AUSTIN, TX", "DUBLIN, IRELAND", "LYON, FRANCE", "TORONTO, ON", "MELBOURNE, AUSTRALIA", "PORTLAND, OR", "GLASGOW, UK", "DENVER, CO", "CORK, IRELAND"}
	outlets  = []string{"Business Wire", "PR Newswire", "company blog", "press office", ""}
	firsts   = []string{"Ines", "Tomasz", "Amara", "Priya", "Jonas", "Mei", "Carlos", "Fatima", "Oliver", "Sanna", "Kofi", "Lucia", "Ravi", "Elena", "Hugo", "Aiko", "Dmitri", "Noor", "Ben", "Grace"}
	lasts    = []string{"Marchetti", "Wielgosz", "Nwosu", "Raman", "Berg", "Chen", "Alvarez", "Haddad", "Reid", "Virtanen", "Mensah", "Romano", "Patel", "Ionescu", "Martin", "Tanaka", "Volkov", "Rahman", "Okafor", "Lindqvist"}
	lroles   = []string{"head of product", "general manager", "chief executive", "director of operations", "product lead", "founder"}
	statuses = []string{"draft", "in-review", "in-review", "approved", "parked"}
)

type gen struct {
	r       *rand.Rand
	d       domain
	product string
	company string
	leader  string
	lrole   string
	cust    string
	city    string
	year    int
}

func newGen(seed int64, i int) *gen {
	r := rand.New(rand.NewPCG(uint64(seed), uint64(i)*0x9E3779B97F4A7C15+1))
	g := &gen{r: r}
	g.d = domains[r.IntN(len(domains))]
	// The index is in the name so that no two documents are identical
	// even when every random choice coincides.
	g.product = pick(r, prefixes) + pick(r, suffixes) + fmt.Sprintf(" %d", 1+i%9)
	g.company = pick(r, []string{"Northwind", "Contoso", "Fabrikam", "Tailspin", "Litware", "Adatum", "Proseware", "Woodgrove"}) + pick(r, []string{" Labs", " Software", " Systems", "", " Co-op"})
	g.leader = pick(r, firsts) + " " + pick(r, lasts)
	g.lrole = pick(r, lroles) + " at " + g.company
	g.cust = pick(r, firsts) + " " + pick(r, lasts)
	for g.cust == g.leader {
		g.cust = pick(r, firsts) + " " + pick(r, lasts)
	}
	g.city = pick(r, cities)
	g.year = 2031 + r.IntN(5)
	return g
}

func pick[T any](r *rand.Rand, s []T) T { return s[r.IntN(len(s))] }

// fill replaces {slots} in a sentence template. Numbers are drawn fresh at
// each use.
func (g *gen) fill(s string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		j := strings.IndexByte(s[i:], '}')
		b.WriteString(s[:i])
		b.WriteString(g.slot(s[i+1 : i+j]))
		s = s[i+j+1:]
	}
}

func (g *gen) slot(k string) string {
	r := g.r
	switch k {
	case "P":
		return g.product
	case "C":
		return g.company
	case "R":
		return g.d.role
	case "Rs":
		return g.d.roles
	case "T":
		return g.d.task
	case "A":
		return g.d.thing
	case "O":
		return g.d.oldTool
	case "W":
		return g.d.place
	case "U":
		return g.d.unit
	case "L":
		return g.leader
	case "Y":
		return fmt.Sprint(g.year - 5 + r.IntN(4))
	case "n":
		return fmt.Sprint(2 + r.IntN(40))
	case "N":
		return fmt.Sprintf("%d,%03d", 1+r.IntN(40), r.IntN(1000))
	case "pct":
		return fmt.Sprintf("%d%%", 5+r.IntN(80))
	case "h":
		return fmt.Sprintf("%d.%d", 1+r.IntN(9), r.IntN(10))
	case "min":
		return fmt.Sprint(5 + r.IntN(55))
	case "price":
		return fmt.Sprintf("$%d", 3+r.IntN(30))
	}
	panic("corpus: unknown slot " + k)
}

// sentences picks k distinct sentences from a pool, keeping their pool
// order so the text reads in sequence, and fills them in.
func (g *gen) sentences(pool []string, k int) []string {
	idx := g.r.Perm(len(pool))[:min(k, len(pool))]
	slices.Sort(idx)
	out := make([]string, len(idx))
	for i, j := range idx {
		out[i] = capitalize(g.fill(pool[j]))
	}
	return out
}

func capitalize(s string) string {
	if s != "" && s[0] >= 'a' && s[0] <= 'z' {
		return string(s[0]-'a'+'A') + s[1:]
	}
	return s
}

func (g *gen) para(pool []string, lo, hi int) string {
	return strings.Join(g.sentences(pool, lo+g.r.IntN(hi-lo+1)), " ")
}

// Sentence pools. Some sentences carry findings on purpose: weasel words
// (many, might, significantly, several), buzzwords (simple, seamless),
// passive voice (is handled, were reviewed), acronyms not spelled out (API,
// SLA, SKU, GDPR), long sentences (over 30 words) and unsourced numbers in
// the problem paragraph.
var (
	whoPool = []string{
		"A {R} at {W} who has to {T} before going home.",
		"Most days they work alone, with {n} {U} to get through and a manager who wants the {A} by nine.",
		"They are comfortable with a phone and a browser, and have no time for training.",
		"Around them are {n} colleagues who read the {A} but never write it.",
		"Now and then an auditor asks to see last year's records.",
		"They already pay for {O}, and they would rather not add another login.",
	}
	custProblemPool = []string{
		"It takes a median of {min} minutes to {T} ({Y} survey of {n} {Rs}).",
		"{pct} of the {A} entries we saw held at least one mistake (review of {N} entries, {Y}).",
		"Mistakes cost about {price} each to fix later (assumption).",
		"Many {Rs} give up and keep a second copy on paper.",
		"Errors are found weeks later, when nobody remembers the day.",
	}
	benefitPool = []string{
		"The {R} finishes the {A} in minutes and goes home on time.",
		"Every {A} is complete and correct the first time, without a second copy.",
		"Nobody has to chase the {R} for yesterday's figures.",
	}
	evidencePool = []string{
		"Interviews with {n} {Rs} in {n} organisations ({Y}).",
		"A diary study of {n} shifts, timed by task.",
		"A count of {N} {U} recorded by hand over {n} weeks, with {pct} corrected afterwards.",
		"Support logs from {C}: {N} requests about the {A} in {Y}.",
		"A paper prototype tested with {n} {Rs} at {W}.",
	}
	experiencePool = []string{
		"The {R} opens {P} on a phone and sees today's {A} already started.",
		"Each of the {U} takes one tap to record, and the totals add themselves up.",
		"When something looks wrong, {P} asks before the {R} moves on.",
		"At the end of the day {P} sends the {A} to the manager without a second step.",
		"Last week's records are one search away.",
	}
	headlinePool = []string{
		"{P} lets {Rs} {T} in half the time",
		"{C} launches {P} so {Rs} can {T} without {O}",
		"{P} gives every {R} a complete {A} before the end of the day",
		"With {P}, {Rs} {T} and go home on time",
	}
	subheadlinePool = []string{
		"{Rs} at places like {W} record each of their {U} once, on a phone, and get a {A} their manager can trust.",
		"Instead of {O}, a {R} uses one screen to {T}, and every entry is checked as it is made.",
		"{P} turns the daily {A} from an hour of copying into a few minutes of checking.",
	}
	summaryPool = []string{
		"{C} today launched {P}, a phone app that helps {Rs} {T}.",
		"It replaces {O} with one screen that checks each entry as the {R} types it.",
		"In a pilot with {n} {Rs}, the daily {A} took {min} minutes instead of {min}.",
		"{P} costs {price} a month for each {R}, and the first month is free.",
		"It works offline and sends the {A} when a connection returns.",
	}
	problemPool = []string{
		"Every day a {R} has to {T}, and it takes about {min} minutes.",
		"The {R} keeps the {A} in {O}, and {pct} of entries need correcting later ({Y} survey of {n} {Rs}).",
		"Mistakes are noticed weeks afterwards, when the day is long forgotten.",
		"{n} of the {Rs} we spoke to keep a second copy on paper, just in case.",
		"Significantly more errors happen at the end of a long shift.",
		"A single wrong entry can cost {price} to put right (assumption).",
		"Managers spend {n} hours a week chasing missing figures.",
	}
	currentPool = []string{
		"Some {Rs} buy general-purpose apps, but those are built for offices, not for {W}.",
		"Spreadsheets hold the numbers but check nothing, and they break when two people edit at once.",
		"Larger organisations pay for an enterprise system with an API and an SLA, which a small team cannot afford or run.",
		"Paper is quick to fill in, but someone has to type it up again, and several pages go missing every month.",
		"Hiring someone to check the {A} costs more than the mistakes it catches.",
	}
	solutionPool = []string{
		"{P} opens on the {A} for today, with yesterday's figures already filled in.",
		"The {R} records each of the {U} with one tap, or by scanning its label.",
		"When an entry is far from the usual range, {P} asks the {R} to confirm it.",
		"At the end of the day {P} sends the {A} to the manager as a PDF and a spreadsheet.",
		"{P} records every change with who made it and when, so an audit takes minutes.",
		"It works without a signal and catches up when the phone is back online.",
		"{P} keeps data in the customer's own region, and customers can export it at any time.",
		"Teams of up to {n} people share one {A}, and each person sees only their own part.",
		"A manager can see at a glance which {U} are still missing, and who is responsible for each of them, without calling anyone or waiting for the end of the shift to find out what went wrong.",
	}
	leaderPool = []string{
		"We watched {Rs} spend the last hour of every shift copying numbers from one place to another.",
		"{P} gives that hour back, and the numbers are right the first time.",
		"We built it for the {R} who has no IT department and no time for training.",
		"If a new {R} cannot use it on the first day without help, we have not finished.",
		"The best {A} is the one nobody has to check twice.",
	}
	gettingStartedPool = []string{
		"Download {P} from the app store and sign in with an email address.",
		"Pick a {A} layout, or import last month's from a spreadsheet.",
		"Invite colleagues by sending them a link; they can start recording straight away.",
		"Setup takes about {min} minutes, and nobody needs training.",
	}
	customerQuotePool = []string{
		"I used to spend the end of every shift on the {A}, and I still found mistakes the next week.",
		"With {P} I finish it before I leave, and my manager stopped calling me at home.",
		"The first week I kept my paper copy, just in case. I have not needed it since.",
		"It might not sound like much, but it is {h} hours a week I get back.",
		"It is simple enough that my newest colleague used it on day one.",
	}
	ctaPool = []string{
		"Download {P} today, free for the first month.",
		"Read more and book a demo for your team at the {C} website.",
		"Send questions to the {C} support team, who answer within one working day.",
	}
)

type faq struct {
	q, cat string
	a      []string
}

var externalPool = []faq{
	{"How much does {P} cost?", "", []string{"{P} costs {price} a month for each person, billed monthly, with no contract.", "The first month is free, and you can cancel at any time."}},
	{"Does it work without a signal?", "", []string{"Yes. The phone saves entries and sends them when a connection returns.", "You lose nothing if the battery runs out."}},
	{"What happens to my data?", "", []string{"Your data stays in your own region, and we never sell it.", "You can export everything as a spreadsheet, and deleting your account removes it within {n} days."}},
	{"Can I import my old records?", "", []string{"Yes. {P} imports spreadsheets and comma-separated files, and it shows each row it could not read.", "Someone has to type in paper records."}},
	{"How do I get help if something goes wrong?", "", []string{"The help pages answer the common questions, and the support team replies within one working day.", "You can report urgent problems by phone."}},
	{"Which phones does it run on?", "", []string{"Any phone from the last {n} years, and in any modern browser.", "There is no desktop app yet."}},
}

var internalPool = []faq{
	{"Who exactly is the customer, and how large is the market?", "customer-and-market", []string{"The customer is the {R} who has to {T}.", "We estimate {N} of them in our first three countries (assumption based on trade association figures)."}},
	{"Why now?", "customer-and-market", []string{"Cheap phones are now standard issue at {W}, and {pct} of the {Rs} we interviewed carry one at work.", "Two rivals left this market in {Y}."}},
	{"What does it cost to build and to run, and what will we charge?", "economics", []string{"Building version one takes {n} engineers about {n} weeks.", "Running it costs about {price} a customer a month, against a price of {price}."}},
	{"How will we measure success?", "economics", []string{"Success is {N} paying teams a year after launch, with {pct} still active after three months.", "We will also time the daily {A} in {n} visits."}},
	{"What are the hardest engineering problems?", "feasibility", []string{"Working offline and merging changes from several phones without losing an entry is the hardest part.", "Scanning labels in poor light is second."}},
	{"What are the hardest customer experience problems?", "feasibility", []string{"Many {Rs} distrust new apps after a bad experience.", "The first ten minutes have to work without a manual."}},
	{"What do we depend on that we do not control?", "dependencies", []string{"We depend on the two app stores and on one payment provider.", "The SKU data some customers import comes from their suppliers and is often incomplete."}},
	{"Which partners do we need?", "dependencies", []string{"We need one payment provider and a label-printer maker willing to test with us.", "Talks with {n} printer makers started in {Y}."}},
	{"What is the biggest risk, and what is the risk of the up-front investment?", "risks", []string{"The biggest risk is that {Rs} keep their paper copy and use both.", "The up-front investment is about {n} engineer-months, which is lost if fewer than {n} pilot teams stay."}},
	{"What will we not build?", "risks", []string{"We will not build payroll, rostering or accounting.", "Teams already have tools for those, and GDPR obligations would grow with each one."}},
}

func (g *gen) document() string {
	r := g.r
	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	launch := fmt.Sprintf("%d-%02d-%02d", g.year, 1+r.IntN(12), 1+r.IntN(28))
	created := fmt.Sprintf("%d-%02d-%02d", g.year-1, 1+r.IntN(12), 1+r.IntN(28))
	w("prfaq: 1\n")
	w("title: %s PR/FAQ\n", g.product)
	w("product: %s\n", g.product)
	w("template: amazon\n")
	w("template_version: \"1.0\"\n")
	w("mode: future\n")
	w("status: %s\n", pick(r, statuses))
	w("version: \"1.%d\"\n", r.IntN(8))
	w("created: %s\n", created)
	w("updated: %s\n", created)
	w("launch_date: %s\n", launch)
	w("authors:\n  - %s\n  - %s %s\n", g.leader, pick(r, firsts), pick(r, lasts))
	w("team: %s product team\n", g.company)
	w("tags: [%s]\n\n", strings.Join(g.d.tagWords, ", "))

	w("customer:\n")
	g.block(&b, 1, "who", g.para(whoPool, 1, 2))
	g.block(&b, 1, "problem", g.para(custProblemPool, 1, 2))
	g.block(&b, 1, "benefit", g.para(benefitPool, 1, 1))
	g.block(&b, 1, "evidence", g.para(evidencePool, 1, 2))
	g.block(&b, 1, "experience", g.para(experiencePool, 1, 2))

	w("\npress_release:\n")
	w("  headline: %s\n", yamlLine(capitalize(g.fill(pick(r, headlinePool)))))
	w("  subheadline: %s\n", yamlLine(capitalize(g.fill(pick(r, subheadlinePool)))))
	w("  dateline:\n    city: %s\n", g.city)
	if o := pick(r, outlets); o != "" {
		w("    outlet: %s\n", o)
	}
	w("    date: %s\n", launch)
	g.block(&b, 1, "summary", g.para(summaryPool, 3, 4))
	g.block(&b, 1, "problem", g.para(problemPool, 3, 5))
	g.block(&b, 1, "current_solutions", g.para(currentPool, 2, 4))
	sol := g.sentences(solutionPool, 5+r.IntN(2))
	g.block(&b, 1, "solution", strings.Join(sol[:3], " ")+"\n\n"+strings.Join(sol[3:], " "))
	w("  leader_quote:\n    speaker: %s\n    role: %s\n", g.leader, g.lrole)
	g.block(&b, 2, "text", g.para(leaderPool, 3, 4))
	g.block(&b, 1, "getting_started", g.para(gettingStartedPool, 2, 3))
	w("  customer_quote:\n    speaker: %s\n    description: %s at %s\n", g.cust, g.d.role, g.d.place)
	g.block(&b, 2, "text", g.para(customerQuotePool, 2, 3))
	w("    hypothetical: true\n")
	g.block(&b, 1, "call_to_action", g.para(ctaPool, 1, 2))

	w("\nfaq:\n  external:\n")
	for k, e := range g.faqs(externalPool, 3, false) {
		g.entry(&b, fmt.Sprintf("E%d", k+1), e)
	}
	w("  internal:\n")
	for k, e := range g.faqs(internalPool, 5, true) {
		g.entry(&b, fmt.Sprintf("I%d", k+1), e)
	}
	return b.String()
}

// faqs picks k entries; for the internal list, one per category first so
// every category the template asks for is covered, then the rest in pool
// order.
func (g *gen) faqs(pool []faq, k int, byCategory bool) []faq {
	chosen := map[int]bool{}
	if byCategory {
		seen := map[string]bool{}
		for _, j := range g.r.Perm(len(pool)) {
			if !seen[pool[j].cat] {
				seen[pool[j].cat] = true
				chosen[j] = true
			}
		}
	}
	for _, j := range g.r.Perm(len(pool)) {
		if len(chosen) >= k {
			break
		}
		chosen[j] = true
	}
	var out []faq
	for j := range pool {
		if chosen[j] {
			out = append(out, pool[j])
		}
	}
	return out
}

func (g *gen) entry(b *strings.Builder, id string, e faq) {
	fmt.Fprintf(b, "    - id: %s\n", id)
	if e.cat != "" {
		fmt.Fprintf(b, "      category: %s\n", e.cat)
	}
	fmt.Fprintf(b, "      question: %s\n", yamlLine(g.fill(e.q)))
	var parts []string
	for k, s := range e.a {
		if k > 0 && g.r.IntN(3) == 0 {
			break // some answers are one sentence
		}
		parts = append(parts, g.fill(s))
	}
	g.block(b, 3, "answer", strings.Join(parts, " "))
}

// block writes key: | with the text wrapped at 76 columns, the way a
// person keeps a PR/FAQ in an editor.
func (g *gen) block(b *strings.Builder, level int, key, text string) {
	indent := strings.Repeat("  ", level)
	fmt.Fprintf(b, "%s%s: |\n", indent, key)
	for i, p := range strings.Split(text, "\n\n") {
		if i > 0 {
			b.WriteString("\n")
		}
		for _, line := range wrap(p, 76-len(indent)-2) {
			fmt.Fprintf(b, "%s  %s\n", indent, line)
		}
	}
}

func wrap(p string, width int) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(p) {
		if line != "" && len(line)+1+len(word) > width {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += word
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// yamlLine quotes a plain scalar when YAML would read it differently.
func yamlLine(s string) string {
	if strings.ContainsAny(s, ":#") || strings.HasPrefix(s, "'") || strings.HasPrefix(s, "\"") {
		return fmt.Sprintf("%q", s)
	}
	return s
}

// markdown lays the document out as hand-written Markdown. It draws from
// the same pools as document, so the prose and its findings are alike.
func (g *gen) markdown() string {
	r := g.r
	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	launch := fmt.Sprintf("%s %d, %d", months[r.IntN(12)], 1+r.IntN(28), g.year)
	if r.IntN(3) == 0 {
		w("---\ntitle: %s PR/FAQ\nproduct: %s\nstatus: %s\nauthors: [%s]\n---\n\n", g.product, g.product, pick(r, statuses), g.leader)
	}
	w("# %s\n\n", capitalize(g.fill(pick(r, headlinePool))))
	w("_%s_\n\n", capitalize(g.fill(pick(r, subheadlinePool))))
	para := func(text string) {
		for _, line := range wrap(text, 100) {
			w("%s\n", line)
		}
		w("\n")
	}
	para(fmt.Sprintf("**%s** – %s – %s", g.city, launch, g.para(summaryPool, 3, 4)))
	para(g.para(problemPool, 3, 5))
	para(g.para(currentPool, 2, 4))
	sol := g.sentences(solutionPool, 5+r.IntN(2))
	para(strings.Join(sol[:3], " "))
	para(strings.Join(sol[3:], " "))
	para(fmt.Sprintf("\"%s\" said %s, %s.", g.para(leaderPool, 3, 4), g.leader, g.lrole))
	w("### Getting started\n\n")
	para(g.para(gettingStartedPool, 2, 3))
	para(fmt.Sprintf("\"%s\" said %s, %s at %s.", g.para(customerQuotePool, 2, 3), g.cust, g.d.role, g.d.place))
	para(g.para(ctaPool, 1, 2))
	if r.IntN(2) == 0 {
		w("## Customer\n\n")
		for _, q := range []struct {
			heading string
			pool    []string
			lo, hi  int
		}{
			{"Who is the customer?", whoPool, 1, 2},
			{"What is the customer's problem?", custProblemPool, 1, 2},
			{"What is the most important customer benefit?", benefitPool, 1, 1},
			{"How do you know what customers need?", evidencePool, 1, 2},
			{"What does the customer experience look like?", experiencePool, 1, 2},
		} {
			w("**%s**\n\n", q.heading)
			para(g.para(q.pool, q.lo, q.hi))
		}
	}
	w("## FAQ\n\n### External FAQ\n\n")
	for _, e := range g.faqs(externalPool, 3, false) {
		g.markdownEntry(&b, e)
	}
	w("### Internal FAQ\n\n")
	for _, e := range g.faqs(internalPool, 5, true) {
		g.markdownEntry(&b, e)
	}
	return b.String()
}

var months = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

func (g *gen) markdownEntry(b *strings.Builder, e faq) {
	fmt.Fprintf(b, "**%s**\n\n", g.fill(e.q))
	var parts []string
	for k, s := range e.a {
		if k > 0 && g.r.IntN(3) == 0 {
			break
		}
		parts = append(parts, g.fill(s))
	}
	for _, line := range wrap(strings.Join(parts, " "), 100) {
		fmt.Fprintf(b, "%s\n", line)
	}
	b.WriteString("\n")
}
