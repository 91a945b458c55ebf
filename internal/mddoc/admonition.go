package mddoc

import "strings"

// Admonitions are the callouts of docs sites built with MkDocs
// (Material) or Python-Markdown: a line "!!! type "Title"" ("??? type"
// when collapsible, "???+" open), its text indented four spaces under
// it. Teams that publish a PR/FAQ with their docs write its FAQ as
// collapsible questions (??? question "Is it free?") and its quotes as
// quote callouts titled with the speaker (!!! quote "Name, role").

// admon is an admonition's first line: its type, and the bytes of its
// title (the type's when it has none, as the site shows it).
type admon struct {
	typ        string
	start, end int
	titled     bool
}

// admonitionHead reads the first line of an admonition.
func admonitionHead(l string) (admon, bool) {
	if indentOf(l) > 3 {
		return admon{}, false
	}
	i := len(l) - len(strings.TrimLeft(l, " "))
	if !strings.HasPrefix(l[i:], "!!!") && !strings.HasPrefix(l[i:], "???") {
		return admon{}, false
	}
	i += 3
	if i < len(l) && l[i] == '+' && l[i-1] == '?' {
		i++
	}
	if i >= len(l) || l[i] != ' ' {
		return admon{}, false
	}
	var a admon
	// The type, then perhaps more classes ("!!! note inline end"),
	// then perhaps the title in double quotes, and nothing else.
	for k := 0; ; k++ {
		for i < len(l) && l[i] == ' ' {
			i++
		}
		if i == len(l) {
			return a, a.typ != ""
		}
		if l[i] == '"' {
			end := strings.LastIndexByte(l, '"')
			if a.typ == "" || end <= i || strings.TrimSpace(l[end+1:]) != "" {
				return admon{}, false
			}
			a.start, a.end, a.titled = i+1, end, true
			return a, true
		}
		j := i
		for j < len(l) && (l[j] >= 'a' && l[j] <= 'z' || l[j] >= 'A' && l[j] <= 'Z' || l[j] >= '0' && l[j] <= '9' || l[j] == '-' || l[j] == '_') {
			j++
		}
		if j == i || j < len(l) && l[j] != ' ' && l[j] != '"' {
			return admon{}, false
		}
		if k == 0 {
			a.typ = strings.ToLower(l[i:j])
			a.start, a.end = i, j
		}
		i = j
	}
}

// admonitionEnd is the last line of the admonition that starts at line
// i: the lines indented four columns under it, blank lines between
// them included.
func admonitionEnd(lines []string, i int) int {
	j := i
	for k := i + 1; k < len(lines); k++ {
		if blank(lines[k]) {
			continue
		}
		if indentOf(lines[k]) < 4 {
			break
		}
		j = k
	}
	return j
}

// admonitionLines are an admonition's lines as text: its title, then
// its body without the indentation.
func (r *reader) admonitionLines(b block) []contentLine {
	a, _ := admonitionHead(r.lines[b.from])
	out := make([]contentLine, 0, b.to-b.from+1)
	out = append(out, contentLine{b.from, a.start, a.end})
	for i := b.from + 1; i <= b.to; i++ {
		l := r.lines[i]
		out = append(out, contentLine{i, dedent(l, 4), len(l)})
	}
	return out
}

// askTypes are the admonition types of a question.
var askTypes = words("question", "faq", "help")

// quoteTypes are the admonition types of a quotation.
var quoteTypes = words("quote", "cite")

// admonition reads an admonition: a question and its answer when it
// asks one (its type says so, or, in the FAQ, its title is a question),
// a quote when it is a quotation titled with its speaker, and otherwise
// its title and text as any other text where it stands.
func (r *reader) admonition(b block) {
	if r.part == partAppendix || r.part != partFAQ && strings.HasPrefix(r.section, Unplaced) {
		r.content(b) // kept as it is
		return
	}
	l := r.lines[b.from]
	a, _ := admonitionHead(l)
	// The marks and the type are the site's syntax; the title is the
	// author's words.
	r.marker(b.from, 0, a.start)
	r.marker(b.from, a.end, len(l))
	if !a.titled {
		r.marker(b.from, a.start, a.end)
	}
	title := l[a.start:a.end]
	asks := a.titled && isQuestion(title) && (askTypes[a.typ] || r.part == partFAQ)
	switch {
	case asks && r.part != partCustomer:
		if r.part != partFAQ {
			r.enterFAQ("external", head{line: b.from, level: 0})
			r.implicitFAQ = true
		}
		r.newEntry(b.from, a.start, a.end, 0, "admonition question")
		r.place(block{from: b.from, to: b.from}, r.questionPath(), "admonition question")
		if b.to > b.from {
			r.answerLines(block{kind: admonition, from: b.from, to: b.to}, b.from+1, -1, 4)
		}
		return
	case quoteTypes[a.typ] && a.titled && b.to > b.from && (r.part == partPR || r.part == partNone):
		if speaker, role := splitAttribution(title); speaker != "" {
			if r.part == partNone {
				r.enter(partPR, head{})
			}
			hint := ""
			if isQuoteField(r.section) {
				hint = r.section
			}
			r.quotes = append(r.quotes, pendingQuote{b: b, start: -1, hint: hint, how: "quote admonition titled with its speaker", speaker: speaker, role: role})
			if isQuoteField(r.section) {
				r.endSection()
			}
			return
		}
	case r.part == partFAQ && r.entry >= 0:
		// A note inside the answers: more of the answer.
		path := r.answerPath()
		r.addBreak(path, b.from)
		for _, cl := range r.admonitionLines(b) {
			if cl.end > cl.start {
				r.addLine(path, cl.line, cl.start, cl.end)
			}
		}
		r.place(b, path, "answer")
		return
	}
	r.content(b)
}

// givenQuote adds a quote whose speaker its admonition's title gave to
// a quote field: the body is the quotation.
func (r *reader) givenQuote(path string, q pendingQuote) {
	d := &r.res.Doc.PressRelease
	if path == pathLeader {
		d.LeaderQuote.Speaker, d.LeaderQuote.Role = q.speaker, q.role
	} else {
		d.CustomerQuote.Speaker, d.CustomerQuote.Description = q.speaker, q.role
	}
	a, _ := admonitionHead(r.lines[q.b.from])
	r.res.Pos[strings.TrimSuffix(path, ".text")+".speaker"] = r.posAt(q.b.from, a.start)
	// The title is the speaker's, kept in the speaker's fields.
	r.marker(q.b.from, a.start, a.end)
	for _, cl := range r.admonitionLines(q.b)[1:] {
		if cl.end > cl.start {
			r.addLine(path, cl.line, cl.start, cl.end)
		}
	}
	r.place(q.b, path, q.how)
}

// contents reads the page's table of contents at block i: a marker a
// site's Markdown expands into one ("[TOC]", "[[_TOC_]]"), or a list of
// links to the page's own headings, perhaps under a short line that
// names it ("**On this page**"). It is the site's navigation, no part
// of the PR/FAQ: kept aside as written. It returns the block after it.
func (r *reader) contents(i int) (int, bool) {
	b := r.blocks[i]
	if r.part == partFAQ || r.part == partAppendix || strings.HasPrefix(r.section, Unplaced) {
		// The appendix keeps what it holds as it is, a page's
		// navigation too.
		return i, false
	}
	if b.kind == paragraph && b.from == b.to {
		switch strings.TrimSpace(r.lines[b.from]) {
		case "[TOC]", "[toc]", "[[_TOC_]]", "[[TOC]]", "{:toc}", "[[toc]]":
			r.keepNavigation(r.blocks[i : i+1])
			return i + 1, true
		}
	}
	first := i
	if b.kind != listItem {
		// The line that names the list ("On this page", "Contents"):
		// one line of a few words, fewer than a headline's.
		if i+1 >= len(r.blocks) || r.blocks[i+1].kind != listItem || b.from != b.to || b.kind != paragraph && b.kind != heading || fieldCount(r.lines[b.from]) > 4 || endsWithQuestion(r.lines[b.from]) {
			return i, false
		}
		first = i + 1
	}
	end := first
	for end < len(r.blocks) && r.blocks[end].kind == listItem && r.anchorLinks(r.blocks[end]) {
		end++
	}
	if end-first < 2 {
		return i, false
	}
	r.keepNavigation(r.blocks[i:end])
	return end, true
}

// anchorLinks: a list item whose lines are each one link to a heading
// of the page, "- [Press release](#press-release)".
func (r *reader) anchorLinks(b block) bool {
	for l := b.from; l <= b.to; l++ {
		t := strings.TrimSpace(r.lines[l])
		if t == "" {
			continue
		}
		if c, _, ok := listMarker(t); ok {
			t = strings.TrimSpace(t[c:])
		}
		k := strings.Index(t, "](#")
		if len(t) < 6 || t[0] != '[' || t[len(t)-1] != ')' || k < 0 || strings.IndexByte(t[k+3:], ')') != len(t)-k-4 {
			return false
		}
	}
	return true
}

// keepNavigation keeps blocks aside, as written, with no note: the
// section the walk is in goes on after them.
func (r *reader) keepNavigation(bs []block) { r.keepQuietly("table of contents", bs...) }
