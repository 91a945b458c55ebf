// Package mddoc reads PR/FAQs written by hand in Markdown: it finds the
// press release's parts, the FAQ and the customer questions from the
// document's shape (headings, bold labels, Q/A pairs, numbered questions,
// quotes, paragraph order and content) and fills the document model, with
// the exact place in the Markdown file of every line of every part. Lint
// checks the result as it checks a .prfaq.yaml file; import writes it out.
//
// Where the shape is unclear, Read says so in a Note instead of guessing
// silently, and text that fits no part is kept as unplaced, never dropped.
package mddoc

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/source"
	"github.com/prfaq/prfaq/internal/store"
)

// Unplaced is the path of text that fits no part of the template.
const Unplaced = "unplaced"

// LineRef is where one line of a part's text comes from: a line of the
// file (1-based) and the byte offset in it where the text starts. The
// text's line is the file's line from there on, verbatim, or a prefix of
// it.
type LineRef struct{ Line, Off int }

// Placement says where a run of the file's lines went.
type Placement struct {
	From, To int    // 1-based lines, inclusive
	Path     string // a field path, Unplaced, or "" for structure: headings, labels, comments
	How      string // how it was recognised, for the import report
}

// Result is what Read found.
type Result struct {
	Doc      *prfaq.Document
	Template *prfaq.Template
	// Pos is where each found field starts in the file, and where each
	// part (press_release, faq, faq.external, customer) is headed.
	Pos source.Positions
	// Lines maps each text field's path to where its lines come from.
	Lines map[string][]LineRef
	// Placed lists the file's blocks in order, each with where it went.
	Placed []Placement
	Notes  []source.Note
	// Found tells which parts the file has: press_release, faq,
	// customer. A part not found is reported once, as a whole.
	Found map[string]bool
	// Structured is false when nothing of a PR/FAQ was recognised.
	Structured bool
	// Unplaced lists each run of text that fits no part: its lines and
	// the heading it was under, in file order.
	Unplaced []UnplacedText
	// Markers are the spans of the file that are structure, not prose:
	// section headings, labels, Q:/A: prefixes, list numbers. Everything
	// else of the file is in a field.
	Markers []Marker
	// DatelineText is the dateline as written, when one was found, and
	// DatelineDate its date as written.
	DatelineText, DatelineDate string
	// Details are the document's details written in its body (a table
	// of owner, status and dates), as written and by value.
	Details []Details

	// lines are the file's lines, as SplitLines cuts them.
	lines []string
}

// Details is a block of the document's details in its body.
type Details struct {
	From, To int    // 1-based lines, inclusive
	Text     string // as written
	Values   []string
}

// UnplacedText is a run of the file that fits no part.
type UnplacedText struct {
	From, To int // 1-based lines
	Heading  string
	Text     string
	Lines    []LineRef
}

// Marker is a span of one line that is structure.
type Marker struct {
	Line       int // 1-based
	Start, End int // bytes
}

// Options for Read.
type Options struct {
	// Templates loads a template by name.
	Templates func(name string) (*prfaq.Template, error)
	// Template is used when the front matter names none; "" is amazon.
	Template string
	// Force, when not "", overrides the front matter's template.
	Force string
	// Vocabulary, when set, keeps what Read works out from each
	// template, for reads of many files; nil works it out each time.
	Vocabulary *Vocabulary
}

// DefaultTemplate is the template of a Markdown PR/FAQ that names none.
const DefaultTemplate = "amazon"

// Read finds the parts of a Markdown PR/FAQ. The error is a *source.Problem
// for front matter that is not valid YAML, or a template that cannot be
// loaded; everything else becomes notes.
func Read(name string, src []byte, opts Options) (*Result, error) {
	if bytes.IndexByte(src, 0) >= 0 {
		return nil, &source.Problem{File: name, Msg: "the file is binary (it holds NUL bytes), not Markdown text"}
	}
	if !utf8.Valid(src) {
		line, col := store.InvalidUTF8At(src)
		return nil, &source.Problem{File: name, Pos: source.Pos{Line: line, Col: col}, Msg: "the file is not valid UTF-8 text: save it as UTF-8"}
	}
	lines := SplitLines(src)
	r := &reader{
		name:   name,
		lines:  lines,
		fields: map[string]*text{},
		res: &Result{
			Doc:   &prfaq.Document{Format: prfaq.FormatVersion, Mode: prfaq.ModeFuture, Status: prfaq.StatusDraft, Version: "1.0"},
			Pos:   source.Positions{},
			Lines: map[string][]LineRef{},
			Found: map[string]bool{},
			lines: lines,
		},
	}
	first, fm, err := r.frontMatter()
	if err != nil {
		return nil, err
	}
	tname := opts.Template
	if v := detailsTemplate(lines, first); v != "" {
		tname = v
	}
	if v := fm.Text("template"); v != "" {
		tname = v
	}
	if opts.Force != "" {
		tname = opts.Force
	}
	if tname == "" {
		tname = DefaultTemplate
	}
	t, err := opts.Templates(tname)
	if err != nil {
		p := fm.Pos["template"]
		if opts.Force != "" || p.Line == 0 {
			p = source.Pos{Line: 1, Col: 1}
		}
		return nil, &source.Problem{File: name, Pos: p, Msg: err.Error()}
	}
	r.t, r.res.Template = t, t
	r.res.Doc.Template = t.Name
	r.names, r.roles = opts.Vocabulary.of(t)
	r.fm = fm
	r.applyFrontMatter(fm)
	r.blocks = scan(lines, first)
	r.walk()
	r.finish()
	return r.res, nil
}

// SplitLines cuts a source into lines after LF, CRLF or a lone CR, and
// drops a byte order mark: lines as YAML counts them, and as lint reports
// them for YAML and Markdown alike.
func SplitLines(src []byte) []string {
	src = bytes.TrimPrefix(src, []byte("\uFEFF"))
	s := strings.ReplaceAll(string(src), "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.Split(s, "\n")
}

type reader struct {
	name   string
	lines  []string
	blocks []block
	t      *prfaq.Template
	names  []sectionName
	roles  map[string]string
	res    *Result
	fields map[string]*text

	// Where the walk is.
	part         part
	partLevel    int
	section      string // the field the text goes to
	sectionLevel int
	sectionHow   string
	faqList      string // external or internal
	entry        int    // index of the current FAQ entry in faqList, -1 for none
	entryLevel   int
	category     string
	// sectionSet, when section is "", is the sections the text under the
	// current heading may belong to (nil: the press release's order and
	// words decide among all of them).
	sectionSet []string
	// sectionOnce ends section after the next block: a label alone on
	// its line heads one paragraph.
	sectionOnce bool
	fm          *store.FrontMatter
	// resume is the section a quote interrupted: the paragraphs after
	// the quote may go on with it, or start the next section.
	resume string
	// unitBreak starts a new unit at the next block, even a list item
	// that would join the one before.
	unitBreak    bool
	unnamed      []unit // press release blocks without a section, to classify
	quotes       []pendingQuote
	entries      map[string][]entry
	headlineDone bool
	// expectHeadline: a press release heading came before any headline,
	// so the headline may follow it.
	expectHeadline bool
	// expectSubheadline: the press release's heading came after the
	// headline, so the subheadline may follow it.
	expectSubheadline bool
	prHeaded          bool
	// evidence counts what only a PR/FAQ has: named sections, FAQ
	// questions, a dateline, attributed quotes. A headline over
	// paragraphs is not enough: meeting notes have that too.
	evidence int
	// otherHeadings counts headings of other kinds of document
	// ("Attendees", "Goals"); firstHeading is the file's first.
	otherHeadings int
	otherNames    []string // the first few of them, as written
	memo          bool     // the details say who it is to and from
	firstHeading  string
	implicitFAQ   bool
	guessed       []guess
}

type part int

const (
	partNone part = iota
	partPR
	partCustomer
	partFAQ
	partAppendix
	partUnknown
)

// text accumulates one field's text and where each of its lines is from.
type text struct {
	b     strings.Builder
	refs  []LineRef
	first source.Pos
	// periods are commas of a quote that end its sentence: written as
	// periods.
	periods []int
	// heading is what unplaced text was under, and headLine its line.
	heading  string
	headLine int
}

type entry struct {
	question, answer string // field paths of the builders
	category         string
}

// frontMatter reads the block between --- lines at the top, if any, and
// returns the index of the first line after it.
func (r *reader) frontMatter() (int, *store.FrontMatter, error) {
	empty := &store.FrontMatter{Values: map[string][]string{}, Pos: source.Positions{}}
	if len(r.lines) == 0 || strings.TrimRight(r.lines[0], " \t") != "---" {
		return 0, empty, nil
	}
	for i := 1; i < len(r.lines); i++ {
		l := strings.TrimRight(r.lines[i], " \t")
		if l == "---" || l == "..." {
			fm, err := store.DecodeFrontMatter(r.name, []byte(strings.Join(r.lines[1:i], "\n")), 2)
			var p *source.Problem
			switch {
			case err != nil && errors.As(err, &p) && fm != nil:
				// Another tool's front matter, looser than YAML: read
				// anyway, and say so once.
				r.note(p.Line, p.Col, source.Warning, p.Msg, "Quote the value (title: \"[WIP] Returns\") to make it valid YAML; prfaq reads the rest of the file either way.")
			case err != nil:
				return 0, nil, err
			}
			r.res.Placed = append(r.res.Placed, Placement{From: 1, To: i + 1, How: "front matter"})
			return i + 1, fm, nil
		}
	}
	// No closing line: not front matter, but a thematic break.
	return 0, empty, nil
}

// applyFrontMatter takes the document's metadata from the front matter.
// Values that do not fit the format are reported and left at their
// defaults.
func (r *reader) applyFrontMatter(fm *store.FrontMatter) {
	d := r.res.Doc
	spec := prfaq.DocumentSpec()
	for _, key := range []string{"title", "product", "team", "mode", "status", "version", "created", "updated", "launch_date"} {
		v := fm.Text(key)
		switch key {
		case "status":
			v = statusOf(v)
		case "created", "updated", "launch_date":
			v = dateOf(v)
		}
		if v == "" {
			continue
		}
		if err := spec.Field(key).CheckScalar(v); err != nil {
			p := fm.Pos[key]
			r.note(p.Line, p.Col, source.Warning, "front matter "+key+": "+err.Error(), "Fix the value, or remove the key: prfaq then uses its default.")
			continue
		}
		_ = d.Set(key, v)
		r.res.Pos[key] = fm.Pos[key]
	}
	if v := dateOf(fm.Text("date")); v != "" && d.Created == "" && spec.Field("created").CheckScalar(v) == nil {
		d.Created = v
	}
	for _, key := range []string{"authors", "author"} {
		if vs := fm.Values[key]; len(vs) > 0 && len(d.Authors) == 0 {
			for _, v := range vs {
				for _, a := range strings.Split(v, ",") {
					if a = strings.TrimSpace(a); a != "" {
						d.Authors = append(d.Authors, a)
					}
				}
			}
			r.res.Pos["authors"] = fm.Pos[key]
		}
	}
	if vs := fm.Values["tags"]; len(vs) > 0 {
		// "tags: a, b" is a list too.
		d.Tags = nil
		for _, v := range vs {
			for _, tag := range strings.Split(v, ",") {
				if tag = strings.TrimSpace(tag); tag != "" {
					d.Tags = append(d.Tags, tag)
				}
			}
		}
	}
}

func (r *reader) note(line, col int, sev source.Severity, msg, hint string) {
	if line < 1 {
		line = 1
	}
	if col < 1 {
		col = 1
	}
	r.res.Notes = append(r.res.Notes, source.Note{Line: line, Col: col, Severity: sev, Msg: msg, Hint: hint})
}

func (r *reader) place(b block, path, how string) {
	r.res.Placed = append(r.res.Placed, Placement{From: b.from + 1, To: b.to + 1, Path: path, How: how})
}

func (r *reader) marker(line, start, end int) {
	if end > start {
		r.res.Markers = append(r.res.Markers, Marker{Line: line + 1, Start: start, End: end})
	}
}

// field returns the builder of a field, creating it.
func (r *reader) field(path string) *text {
	f := r.fields[path]
	if f == nil {
		f = &text{}
		r.fields[path] = f
	}
	return f
}

// addLine appends part of a file line (0-based index) to a field as its
// next line of text.
func (r *reader) addLine(path string, line, start, end int) {
	f := r.field(path)
	l := r.lines[line]
	end = min(end, len(l))
	start = min(start, end)
	if len(f.refs) == 0 {
		f.first = source.Pos{Line: line + 1, Col: runeCol(l, start)}
	} else {
		f.b.WriteByte('\n')
	}
	f.b.WriteString(l[start:end])
	f.refs = append(f.refs, LineRef{Line: line + 1, Off: start})
}

// addBreak separates a new block from the field's text so far.
func (r *reader) addBreak(path string, line int) {
	f := r.fields[path]
	if f == nil || len(f.refs) == 0 {
		return
	}
	if f.refs[len(f.refs)-1].Line == line {
		// Right under the text so far, as the items of a tight list
		// are: no blank line between them either.
		return
	}
	f.b.WriteByte('\n')
	f.refs = append(f.refs, LineRef{Line: line + 1, Off: 0})
}

// addBlock appends a whole block to a field: its lines, without a list
// item's or a quote's markers when strip is set.
func (r *reader) addBlock(path string, b block, how string) {
	r.addBreak(path, b.from)
	for i := b.from; i <= b.to; i++ {
		r.addLine(path, i, 0, len(r.lines[i]))
	}
	r.place(b, path, how)
}

func (r *reader) posAt(line, at int) source.Pos {
	return source.Pos{Line: line + 1, Col: runeCol(r.lines[line], at)}
}

func runeCol(l string, at int) int {
	return len([]rune(l[:min(at, len(l))])) + 1
}

// finish moves the builders' text into the document.
func (r *reader) finish() {
	r.classify()
	r.resolveQuotes()
	r.finishFAQ()
	d := r.res.Doc
	paths := make([]string, 0, len(r.fields))
	for p := range r.fields {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		f := r.fields[p]
		s := f.b.String()
		if len(f.periods) > 0 {
			b := []byte(s)
			for _, at := range f.periods {
				b[at] = '.'
			}
			s = string(b)
		}
		s = strings.TrimRight(s, " \t\n")
		if strings.HasPrefix(p, Unplaced) && f.headLine > 0 && len(f.refs) == 0 {
			// A heading with nothing under it: kept for its words.
			r.res.Unplaced = append(r.res.Unplaced, UnplacedText{From: f.headLine, To: f.headLine, Heading: f.heading})
			continue
		}
		if strings.TrimSpace(s) == "" {
			continue
		}
		r.res.Lines[p] = f.refs
		r.res.Pos[p] = f.first
		if strings.HasPrefix(p, Unplaced) {
			r.keepUnplaced(f.heading, f, s)
			continue
		}
		if err := d.Set(p, s); err != nil {
			// A path the model does not have: keep the text.
			r.keepUnplaced(p, f, s)
		}
	}
	sort.SliceStable(r.res.Unplaced, func(i, j int) bool { return r.res.Unplaced[i].From < r.res.Unplaced[j].From })
	sort.SliceStable(r.res.Placed, func(i, j int) bool { return r.res.Placed[i].From < r.res.Placed[j].From })
	if d.Title == "" {
		d.Title = strings.TrimSpace(joinLines(d.PressRelease.Headline))
	}
	r.structureNotes()
}

func joinLines(s string) string { return strings.Join(strings.Fields(s), " ") }

func (r *reader) keepUnplaced(heading string, f *text, s string) {
	r.res.Unplaced = append(r.res.Unplaced, UnplacedText{From: f.first.Line, To: f.refs[len(f.refs)-1].Line, Heading: heading, Text: s, Lines: f.refs})
}

// structureNotes reports what could not be found, once per part.
func (r *reader) structureNotes() {
	res := r.res
	d := res.Doc
	pr := d.PressRelease
	prFound := pr.Headline != "" || pr.Summary != "" || pr.Problem != "" || pr.Solution != "" || pr.LeaderQuote.Text != "" || pr.CustomerQuote.Text != "" || pr.GettingStarted != "" || pr.CallToAction != "" || pr.CurrentSolutions != ""
	faqFound := len(d.FAQ.External)+len(d.FAQ.Internal) > 0
	c := d.Customer
	customerFound := c.Who != "" || c.Problem != "" || c.Benefit != "" || c.Evidence != "" || c.Experience != ""
	res.Found["press_release"] = prFound
	res.Found["faq"] = faqFound
	res.Found["customer"] = customerFound
	res.Structured = (prFound || faqFound || customerFound) && r.evidence > 0
	// A file with headings of another kind of document, and less of a
	// PR/FAQ than of that, is that other document: a design note, review
	// notes, a README beside the PR/FAQs.
	prWeight, otherWeight := r.prfaqWeights()
	otherKind := otherWeight >= 2 && prWeight < otherWeight
	switch {
	case otherKind:
		res.Structured = false
		res.Notes = nil
		what := "it reads as another kind of document"
		if len(r.otherNames) > 0 {
			what += ", with headings such as " + strings.Join(r.otherNames, ", ")
		} else {
			what += ": " + strconv.Quote(r.firstHeading)
		}
		r.note(1, 1, source.Error, "no PR/FAQ structure found: "+what+", and too little of a press release (a dateline, a launch announced, quotes, an FAQ)",
			"If it is not a PR/FAQ, leave it out of the run: name the files to lint, or narrow the files: patterns of .prfaq-lint.yaml. If it is one, head its parts ## Press release and ## FAQ; docs/markdown.md lists the shapes prfaq reads.")
		return
	case !res.Structured:
		res.Notes = nil
		r.note(1, 1, source.Error, "no PR/FAQ structure found: no headline, no press release sections, no FAQ questions and no customer questions",
			"Start with the headline as a # heading, head the sections (## Problem, ## Solution, ## FAQ ...) and write FAQ questions as headings or bold lines ending in \"?\"; docs/markdown.md lists the shapes prfaq reads.")
		return
	}
	switch {
	case !prFound:
		r.note(1, 1, source.Warning, "no press release found: the file holds only an FAQ",
			"Put the press release first: the headline as a # heading, then its paragraphs; docs/markdown.md shows how.")
	case !faqFound:
		r.note(r.lastLine(), 1, source.Warning, "no FAQ found: no heading named FAQ, and no questions ending in \"?\" after the press release",
			"Add a ## FAQ heading and write each question as a heading or a bold line ending in \"?\"; split ### External FAQ and ### Internal FAQ.")
	}
	if pr.Headline == "" && prFound {
		r.note(1, 1, source.Warning, "no headline found: the first heading is missing or names a section",
			"Write the headline as the first # heading, or put it under a ### Headline heading.")
	}
	if r.implicitFAQ {
		p := res.Pos["faq"]
		r.note(p.Line, p.Col, source.Info, "FAQ questions found without an FAQ heading; they were read as the external FAQ",
			"Head them with ## FAQ (or ## External FAQ and ## Internal FAQ) to say which list they belong to.")
	}
	if len(r.guessed) > 0 {
		sort.Slice(r.guessed, func(i, j int) bool { return r.guessed[i].line < r.guessed[j].line })
		list := make([]string, len(r.guessed))
		for i, g := range r.guessed {
			list[i] = fmt.Sprintf("%s (line %d)", g.name, g.line)
		}
		line := r.guessed[0].line
		r.note(line, 1, source.Info, "press release sections found by their order and words, not by headings: "+strings.Join(list, "; "),
			"Check the import report; to be sure, head each section (### Problem, ### Solution ...) or start it with a bold label (**Problem:**).")
	}
	for _, u := range res.Unplaced {
		where := fmt.Sprintf("lines %d-%d", u.From, u.To)
		if u.From == u.To {
			where = fmt.Sprintf("line %d", u.From)
		}
		msg := "text at " + where + " fits no section of template " + r.t.Name
		if u.Heading != "" {
			msg += " (under \"" + u.Heading + "\")"
		}
		r.note(u.From, 1, source.Warning, msg, "Head it with a section's name (docs/markdown.md lists them), or move it under ## Appendix; import keeps it in the appendix, marked as unplaced.")
	}
}

func (r *reader) lastLine() int {
	n := len(r.lines)
	for n > 1 && blank(r.lines[n-1]) {
		n--
	}
	return n
}
