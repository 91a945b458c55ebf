package workshop

import (
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
	"slices"
	"strings"
	"time"

	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/render"
	"github.com/prfaq/prfaq/internal/review"
)

// KitOptions are the choices of one kit besides the workshop and template.
type KitOptions struct {
	Teams   int    // teams taking part; 0 means 1
	People  int    // participants; 0 means five per team
	Minutes int    // workshop length; 0 means the definition's own
	Paper   string // "a4", "letter", or "" for the printer's default
	// Start is the clock time the workshop starts, "09:30"; empty prints
	// the agenda as offsets from the start (0:00, 0:05, ...).
	Start string
	// Definition names where the workshop definition came from, for the
	// note each page carries.
	Definition string
	// Drafts are the customer read-throughs of the teams' drafts; each
	// gets a card on the customer-cards sheet.
	Drafts []*review.Report
}

// Page is one file of the kit.
type Page struct {
	Name string
	HTML []byte
}

// Sheets of the kit, in the order the guide lists them; the ids are the
// values agenda steps give in sheet:.
const (
	SheetGuide         = "guide"
	SheetFiveQuestions = "five-questions"
	SheetPressRelease  = "press-release"
	SheetFAQBank       = "faq-bank"
	SheetRoleCards     = "role-cards"
	SheetRubric        = "rubric"
	SheetDecisionLog   = "decision-log"
	// SheetCustomerCards holds one empty-chair card per team draft; the
	// kit has it only when drafts are given.
	SheetCustomerCards = "customer-cards"
)

// MaxTeams bounds --teams: every team adds rows and columns to the sheets.
const MaxTeams = 50

// rubricColumns is how many teams' score columns fit across a portrait
// page beside the criteria.
const rubricColumns = 6

//go:embed kit.html
var kitHTML string

//go:embed kit.css
var kitCSS string

// Kit builds the printable pages of a workshop kit.
func Kit(w *prfaq.Workshop, t *prfaq.Template, opts KitOptions) ([]Page, error) {
	if opts.Teams < 0 || opts.Teams > MaxTeams {
		return nil, fmt.Errorf("%d teams is out of range: give 1 to %d", opts.Teams, MaxTeams)
	}
	if opts.Teams == 0 {
		opts.Teams = 1
	}
	if opts.People < 0 || opts.People > MaxTeams*20 {
		return nil, fmt.Errorf("%d people is out of range: give 1 to %d", opts.People, MaxTeams*20)
	}
	peopleGuessed := opts.People == 0
	if peopleGuessed {
		opts.People = 5 * opts.Teams
	}
	paper, err := pageSize(opts.Paper)
	if err != nil {
		return nil, err
	}
	var start time.Duration
	if opts.Start != "" {
		at, err := time.Parse("15:04", opts.Start)
		if err != nil {
			return nil, fmt.Errorf("start time %q is not a time of day: write it as HH:MM, e.g. 09:30", opts.Start)
		}
		start = time.Duration(at.Hour())*time.Hour + time.Duration(at.Minute())*time.Minute
	}
	slots, err := Schedule(w, opts.Minutes)
	if err != nil {
		return nil, err
	}
	tmpl, err := template.New("kit").Funcs(template.FuncMap{
		"paragraphs": paragraphs,
		"times":      func(n int) []int { return make([]int, n) },
		"inc":        func(i int) int { return i + 1 },
	}).Parse(kitHTML)
	if err != nil {
		return nil, err
	}
	k := &kitData{
		Workshop:   w,
		Template:   t,
		Teams:      teamNames(opts.Teams),
		People:     opts.People,
		Guessed:    peopleGuessed,
		CSS:        template.CSS(kitCSS + paper + cardCSS(opts.Drafts)),
		Agenda:     agendaRows(slots, start, opts.Start != ""),
		Length:     FormatLength(total(slots)),
		Customer:   customerBoxes(t),
		Press:      pressReleaseBoxes(t),
		External:   t.FAQBank.External,
		Internal:   bankByCategory(t),
		RubricSets: rubricSets(opts.Teams),
		LogRows:    logRows(opts.Teams, w.Decision.Rows),
	}
	for _, d := range opts.Drafts {
		card, err := d.CardBody()
		if err != nil {
			return nil, fmt.Errorf("customer card of %s: %w", d.File, err)
		}
		k.CustomerCards = append(k.CustomerCards, card)
	}
	k.TimerCommand = timerCommand(opts)
	if q, ok := t.Question("faq.external"); ok {
		k.ExternalHelp = q.Help
	}
	if q, ok := t.Question("faq.internal"); ok {
		k.InternalHelp = q.Help
	}
	k.Copies = copies(k)
	k.Note = render.Comment(fmt.Sprintf("%stemplate %s and %s. Run prfaq workshop kit again to change it.", render.Marker, templateLabel(t), definitionLabel(opts.Definition)))
	k.PrintAll = PrintAllFile
	var pages []Page
	for _, s := range k.Copies {
		var b bytes.Buffer
		k.Sheet = s
		if err := tmpl.ExecuteTemplate(&b, "page", k); err != nil {
			return nil, fmt.Errorf("kit page %s: %w", s.File, err)
		}
		pages = append(pages, Page{Name: s.File, HTML: b.Bytes()})
		var body strings.Builder
		if err := tmpl.ExecuteTemplate(&body, "sheet", k); err != nil {
			return nil, fmt.Errorf("kit page %s: %w", s.File, err)
		}
		// The template escaped every value, so this is markup it wrote.
		sheet := template.HTML(body.String())
		for range s.Copies {
			k.Pieces = append(k.Pieces, piece{ID: s.ID, HTML: sheet})
		}
	}
	k.PrintAllCopies = len(k.Pieces)
	var all bytes.Buffer
	k.Sheet = sheetCopies{ID: "print-all", File: PrintAllFile, Title: "The whole kit"}
	if err := tmpl.ExecuteTemplate(&all, "print-all", k); err != nil {
		return nil, fmt.Errorf("kit page %s: %w", PrintAllFile, err)
	}
	var b bytes.Buffer
	k.Sheet = sheetCopies{ID: "index", File: "index.html", Title: "Workshop kit"}
	if err := tmpl.ExecuteTemplate(&b, "page", k); err != nil {
		return nil, fmt.Errorf("kit page index.html: %w", err)
	}
	pages = append([]Page{{Name: "index.html", HTML: b.Bytes()}}, pages...)
	return append(pages, Page{Name: PrintAllFile, HTML: all.Bytes()}), nil
}

// PrintAllFile is the kit's page that holds every sheet, as many copies
// of each as the kit's table says, each starting a new page: the whole
// kit in one print, not one print dialog per sheet.
const PrintAllFile = "print-all.html"

// piece is one printed copy of a sheet in PrintAllFile.
type piece struct {
	ID   string
	HTML template.HTML
}

func templateLabel(t *prfaq.Template) string {
	if t.Version != "" {
		return t.Name + " " + t.Version
	}
	return t.Name
}

func definitionLabel(def string) string {
	if def == "" {
		return "the built-in workshop definition"
	}
	return "workshop definition " + def
}

func pageSize(paper string) (string, error) {
	switch strings.ToLower(paper) {
	case "":
		return "", nil
	case "a4":
		return "\n@page { size: A4; }\n@page landscape { size: A4 landscape; }\n", nil
	case "letter":
		return "\n@page { size: letter; }\n@page landscape { size: letter landscape; }\n", nil
	}
	return "", fmt.Errorf("paper %q is not known: use a4 or letter", paper)
}

func total(slots []Slot) time.Duration {
	if len(slots) == 0 {
		return 0
	}
	last := slots[len(slots)-1]
	return last.Start + last.Duration
}

// paragraphs splits plain text at blank lines, for prose from the
// definition; it is escaped like any other text.
func paragraphs(s string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n") {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			out = append(out, p)
		}
	}
	return out
}

type kitData struct {
	Workshop     *prfaq.Workshop
	Template     *prfaq.Template
	Teams        []string
	People       int
	Guessed      bool
	CSS          template.CSS
	Note         template.HTML
	Agenda       []agendaRow
	Length       string
	Customer     []box
	Press        []box
	External     []prfaq.BankQuestion
	Internal     []bankCategory
	RubricSets   [][]string
	LogRows      []string
	TimerCommand string
	ExternalHelp string
	InternalHelp string
	Copies       []sheetCopies
	Sheet        sheetCopies
	// PrintAll names the page with the whole kit; Pieces are its sheets,
	// PrintAllCopies how many.
	PrintAll       string
	Pieces         []piece
	PrintAllCopies int
	// CustomerCards are the empty-chair cards of the teams' drafts.
	CustomerCards []template.HTML
}

// cardCSS is the style of the customer cards, on the kit's pages only
// when it has some.
func cardCSS(drafts []*review.Report) string {
	if len(drafts) == 0 {
		return ""
	}
	return "\n" + string(review.CardCSS())
}

type agendaRow struct {
	From, To   string
	Length     string
	Step       prfaq.AgendaStep
	Sheet      string // file of the kit sheet, when the step uses one
	SheetTitle string
}

func agendaRows(slots []Slot, start time.Duration, clock bool) []agendaRow {
	rows := make([]agendaRow, len(slots))
	for i, s := range slots {
		from, to := s.Start, s.Start+s.Duration
		if clock {
			from, to = (start+from)%(24*time.Hour), (start+to)%(24*time.Hour)
		}
		rows[i] = agendaRow{From: clockText(from, clock), To: clockText(to, clock), Length: FormatLength(s.Duration), Step: s.Step}
		if f := sheetFile(s.Step.Sheet); f != "" {
			rows[i].Sheet, rows[i].SheetTitle = f, sheetTitle(s.Step.Sheet)
		}
	}
	return rows
}

func clockText(d time.Duration, clock bool) string {
	if clock {
		return fmt.Sprintf("%02d:%02d", int(d/time.Hour), int(d%time.Hour/time.Minute))
	}
	return FormatClock(d)
}

// sheetFile is the kit file of a sheet id, or "" for outputs that are not
// part of the kit (the packet and the gallery are made from drafts).
func sheetFile(id string) string {
	switch id {
	case SheetFiveQuestions, SheetPressRelease, SheetFAQBank, SheetRoleCards, SheetRubric, SheetDecisionLog:
		return id + ".html"
	}
	return ""
}

func timerCommand(opts KitOptions) string {
	cmd := "prfaq workshop timer"
	if opts.Definition != "" {
		cmd += " --agenda " + shellWord(opts.Definition)
	}
	if opts.Minutes != 0 {
		cmd += fmt.Sprintf(" --minutes %d", opts.Minutes)
	}
	return cmd
}

// shellWord quotes a file name for a command the guide prints, when it
// needs quoting.
func shellWord(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r == '/' || r == '.' || r == '-' || r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

func teamNames(n int) []string {
	names := make([]string, n)
	for i := range names {
		names[i] = fmt.Sprintf("Team %d", i+1)
	}
	return names
}

// rubricSets splits the teams into groups that fit across one page; the
// rubric prints one table per group.
func rubricSets(teams int) [][]string {
	names := teamNames(teams)
	var sets [][]string
	for len(names) > 0 {
		n := min(rubricColumns, len(names))
		sets = append(sets, names[:n])
		names = names[n:]
	}
	return sets
}

// logRows gives the decision log a row per team, and blank rows up to the
// definition's minimum, for drafts that split or merge on the day.
func logRows(teams, minimum int) []string {
	rows := teamNames(teams)
	for len(rows) < minimum {
		rows = append(rows, "")
	}
	return rows
}

// sheetCopies is a sheet and how many to print.
type sheetCopies struct {
	ID, File, Title string
	Copies          int
	Per             string // what the count is per, in words
	Use             string // when the agenda uses it
}

// sheetTitle is how the guide names a sheet of the kit.
func sheetTitle(id string) string {
	switch id {
	case SheetGuide:
		return "Facilitator guide"
	case SheetFiveQuestions:
		return "The five customer questions"
	case SheetPressRelease:
		return "Press release skeleton"
	case SheetFAQBank:
		return "FAQ question bank"
	case SheetRoleCards:
		return "Role cards"
	case SheetRubric:
		return "Feedback rubric"
	case SheetDecisionLog:
		return "Decision log"
	case SheetCustomerCards:
		return "Customer cards"
	}
	return id
}

func copies(k *kitData) []sheetCopies {
	teams := len(k.Teams)
	list := []struct {
		id, title string
		n         int
		per       string
	}{
		{SheetGuide, sheetTitle(SheetGuide), 1, "for the facilitator"},
		{SheetFiveQuestions, sheetTitle(SheetFiveQuestions), k.People, "one per person"},
		{SheetPressRelease, sheetTitle(SheetPressRelease), 2 * teams, "two per team: a draft and a rewrite"},
		{SheetFAQBank, sheetTitle(SheetFAQBank), teams, "one per team"},
		{SheetRoleCards, sheetTitle(SheetRoleCards), teams, "one set per team, cut along the dashed lines"},
		{SheetRubric, sheetTitle(SheetRubric), k.People, "one per person: each reviewer scores every draft"},
		{SheetDecisionLog, sheetTitle(SheetDecisionLog), 1, "for the note taker"},
	}
	if len(k.Customer) != 5 {
		list[1].title = "The customer questions"
	}
	if n := len(k.CustomerCards); n > 0 {
		list = append(list, struct {
			id, title string
			n         int
			per       string
		}{SheetCustomerCards, sheetTitle(SheetCustomerCards), 1, fmt.Sprintf("one card for each of the %d drafts, for whoever plays its customer", n)})
	}
	out := make([]sheetCopies, len(list))
	for i, s := range list {
		out[i] = sheetCopies{ID: s.id, File: s.id + ".html", Title: s.title, Copies: s.n, Per: s.per}
		var uses []string
		for _, r := range k.Agenda {
			if r.Step.Sheet == s.id {
				uses = append(uses, r.Step.Title+" ("+r.From+")")
			}
		}
		out[i].Use = strings.Join(uses, "; ")
	}
	return out
}

// box is a space to write an answer by hand on a worksheet: a row of
// short labelled fields (a speaker's name, a date), then ruled lines.
type box struct {
	Title, Help string
	Order       int // the order to write it in, 1 first; 0 when not numbered
	Fields      []field
	// Lines is how many ruled lines the box has: room for its questions'
	// word budgets in handwriting.
	Lines int
}

// linesKeptWithHeading is how many of a box's ruled lines always print
// on the page of its heading: a box may continue on the next page, but
// not right after its heading.
const linesKeptWithHeading = 3

// FirstLines are the ruled lines printed with the heading; MoreLines
// the rest, which may continue on the next page.
func (b box) FirstLines() int { return min(b.Lines, linesKeptWithHeading) }
func (b box) MoreLines() int  { return b.Lines - b.FirstLines() }

// wordsPerLine is how many handwritten words a ruled line of a worksheet
// holds: the line is about 180 mm long, and a handwritten word with its
// space takes about 16 mm.
const wordsPerLine = 10

// Ruled lines for answers the template gives no word budget: a short
// paragraph, or one or two lines for a one-line answer.
const (
	unbudgetedParagraphLines = 8
	oneLineAnswerLines       = 2
)

// answerLines is the ruled lines a question's answer needs: its word
// budget at wordsPerLine, rounded up, or fallback when it has none.
func answerLines(q prfaq.Question, fallback int) int {
	if q.MaxWords <= 0 {
		return fallback
	}
	return max(oneLineAnswerLines, (q.MaxWords+wordsPerLine-1)/wordsPerLine)
}

// field is a short answer written on one labelled line, or ticked from
// options.
type field struct {
	Label   string
	Options []string
}

// customerBoxes are the template's customer questions, in the order it
// asks them, numbered.
func customerBoxes(t *prfaq.Template) []box {
	var out []box
	for _, q := range t.Questions {
		if !strings.HasPrefix(q.ID, "customer.") || q.When != "" {
			continue
		}
		b := box{Title: q.Prompt, Help: q.Help, Order: len(out) + 1}
		addAnswer(&b, q, "")
		out = append(out, b)
	}
	return out
}

// addAnswer gives a box room for one question's answer: ruled lines for
// text, as many as its word budget needs in handwriting, a labelled field
// for a date, and options to tick for a choice.
func addAnswer(b *box, q prfaq.Question, label string) {
	switch q.Kind {
	case prfaq.KindParagraph, prfaq.KindList, prfaq.KindQA:
		b.Lines += answerLines(q, unbudgetedParagraphLines)
	case prfaq.KindChoice:
		b.Fields = append(b.Fields, field{Label: label, Options: q.Options})
	case prfaq.KindBool:
		b.Fields = append(b.Fields, field{Label: label, Options: []string{"yes", "no"}})
	case prfaq.KindDate:
		b.Fields = append(b.Fields, field{Label: label})
	default:
		if label != "" {
			b.Fields = append(b.Fields, field{Label: label})
		} else {
			b.Lines += answerLines(q, oneLineAnswerLines)
		}
	}
}

// pressReleaseBoxes lays out the template's press release questions in the
// order the press release reads (the order its layout names them), and
// numbers them in the order the wizard asks them, so writers fill the
// skeleton in the method's order and the headline comes last. Questions
// under one object (a quote's speaker, role and text) share a box.
func pressReleaseBoxes(t *prfaq.Template) []box {
	type group struct {
		key   string
		first int // wizard position of its first question
		at    int // position in the layout, -1 if the layout does not say
		qs    []prfaq.Question
	}
	var groups []*group
	byKey := map[string]*group{}
	for i, q := range t.Questions {
		key, ok := pressReleaseKey(t, q)
		if !ok || q.When != "" {
			continue
		}
		g := byKey[key]
		if g == nil {
			g = &group{key: key, first: i, at: layoutPosition(t, key)}
			byKey[key] = g
			groups = append(groups, g)
		}
		g.qs = append(g.qs, q)
	}
	order := map[string]int{}
	for i, g := range groups {
		order[g.key] = i + 1
	}
	slices.SortStableFunc(groups, func(a, b *group) int {
		switch {
		case a.at < 0 && b.at < 0:
			return a.first - b.first
		case a.at < 0:
			return 1
		case b.at < 0:
			return -1
		}
		return a.at - b.at
	})
	out := make([]box, 0, len(groups))
	for _, g := range groups {
		b := box{Order: order[g.key], Title: g.qs[0].Prompt, Help: g.qs[0].Help}
		if len(g.qs) > 1 {
			b.Title, b.Help = g.qs[0].Group, ""
		}
		for _, q := range g.qs {
			label := ""
			if len(g.qs) > 1 {
				label = fieldLabel(q.ID)
				if b.Help == "" {
					b.Help = q.Help
				}
			}
			addAnswer(&b, q, label)
		}
		out = append(out, b)
	}
	return out
}

// fieldLabel names a field of a grouped box by the last part of its id:
// press_release.leader_quote.speaker is "Speaker".
func fieldLabel(id string) string {
	name := id[strings.LastIndex(id, ".")+1:]
	name = strings.ReplaceAll(name, "_", " ")
	if name == "" {
		return ""
	}
	return strings.ToUpper(name[:1]) + name[1:]
}

// pressReleaseKey is the box a question belongs to: press_release.X for a
// press release field or object, sections.ID for a custom section the
// template places in the press release.
func pressReleaseKey(t *prfaq.Template, q prfaq.Question) (string, bool) {
	parts := strings.Split(q.ID, ".")
	switch {
	case parts[0] == "press_release" && len(parts) >= 2:
		return parts[0] + "." + parts[1], true
	case parts[0] == "sections" && len(parts) == 2:
		if s, ok := t.Section(parts[1]); ok && s.Part == "press_release" {
			return q.ID, true
		}
	}
	return "", false
}

// layoutPosition is where the press release layout first names a field
// (".press_release.problem"), or -1. Custom sections are placed where the
// layout ranges over the press release's sections.
func layoutPosition(t *prfaq.Template, key string) int {
	layout := t.Layout.PressRelease
	if strings.HasPrefix(key, "sections.") {
		if i := strings.Index(layout, "."+key); i >= 0 {
			return i
		}
		return strings.Index(layout, `sections "press_release"`)
	}
	for from := 0; ; {
		i := strings.Index(layout[from:], "."+key)
		if i < 0 {
			return -1
		}
		end := from + i + 1 + len(key)
		// .press_release.problem must not match .press_release.problem_size.
		if end == len(layout) || !isIdentByte(layout[end]) {
			return from + i
		}
		from = end
	}
}

func isIdentByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

type bankCategory struct {
	Name      string
	Questions []prfaq.BankQuestion
}

// bankByCategory groups the internal bank by the template's categories,
// in the template's order; questions of other categories follow.
func bankByCategory(t *prfaq.Template) []bankCategory {
	var out []bankCategory
	index := map[string]int{}
	add := func(name string) int {
		if i, ok := index[name]; ok {
			return i
		}
		index[name] = len(out)
		out = append(out, bankCategory{Name: name})
		return len(out) - 1
	}
	for _, c := range t.FAQCategories {
		add(c)
	}
	for _, q := range t.FAQBank.Internal {
		i := add(q.Category)
		out[i].Questions = append(out[i].Questions, q)
	}
	for i := range out {
		out[i].Name = categoryName(out[i].Name)
	}
	return out
}

// categoryName writes a category id for people: customer-and-market is
// "Customer and market".
func categoryName(id string) string {
	name := strings.Join(strings.FieldsFunc(id, func(r rune) bool { return r == '-' || r == '_' }), " ")
	if name == "" {
		return "Other"
	}
	return strings.ToUpper(name[:1]) + name[1:]
}
