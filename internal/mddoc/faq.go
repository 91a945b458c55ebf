package mddoc

import (
	"strconv"
	"strings"
)

// faqBlock places a block of the FAQ: a question in one of the shapes
// teams write, or more of the current answer.
func (r *reader) faqBlock(b block) {
	l := r.lines[b.from]
	switch b.kind {
	case paragraph:
		if s, e, after, ok := boldLead(l); ok && isQuestion(l[s:e]) {
			r.newEntry(b.from, s, e, 0, "bold question")
			r.place(b, r.questionPath(), "bold question")
			r.answerRest(b, after)
			return
		}
		indent := len(l) - len(strings.TrimLeft(l, " \t"))
		if m := qMarker.FindStringIndex(l[indent:]); m != nil {
			r.qaPair(b, indent)
			return
		}
		if m := aMarker.FindStringIndex(l[indent:]); m != nil && r.entry >= 0 {
			r.marker(b.from, indent, indent+m[1])
			r.answerLines(b, b.from, indent+m[1], 0)
			return
		}
		if endsWithQuestion(l) && len(strings.Fields(l)) <= 40 {
			r.newEntry(b.from, indent, len(l), 0, "question line")
			r.place(b, r.questionPath(), "question line")
			if b.to > b.from {
				r.answerLines(b, b.from+1, -1, 0)
			}
			return
		}
	case listItem:
		content := min(b.indent, len(l))
		if s, e, after, ok := boldLead(l[content:]); ok && isQuestion(l[content+s:content+e]) {
			r.marker(b.from, 0, content) // the item's number: the template numbers entries
			r.newEntry(b.from, content+s, content+e, 0, "numbered question")
			r.place(b, r.questionPath(), "numbered question")
			r.answerRest(block{kind: listItem, from: b.from, to: b.to, indent: b.indent}, content+after)
			return
		}
		if isQuestion(l[content:]) {
			r.marker(b.from, 0, content)
			r.newEntry(b.from, content, len(l), 0, "numbered question")
			r.place(b, r.questionPath(), "numbered question")
			if b.to > b.from {
				r.answerLines(b, b.from+1, -1, b.indent)
			}
			return
		}
	}
	r.answer(b)
}

// isQuestion: text that ends with a question mark or starts with Q:.
func isQuestion(s string) bool {
	return endsWithQuestion(s) || qMarker.MatchString(stripEmphasis(strings.TrimSpace(s)))
}

func endsWithQuestion(s string) bool {
	t := strings.TrimRight(s, " \t*_:")
	return strings.HasSuffix(t, "?") || strings.HasSuffix(t, "？")
}

// answerRest: the answer that follows a bold question in the same block,
// on its line (after byte at) and the lines below.
func (r *reader) answerRest(b block, at int) {
	l := r.lines[b.from]
	for at < len(l) && (l[at] == ' ' || l[at] == '\t') {
		at++
	}
	if at < len(l) {
		if m := aMarker.FindStringIndex(l[at:]); m != nil {
			r.marker(b.from, at, at+m[1])
			at += m[1]
		}
		r.answerLines(b, b.from, at, b.indent)
		return
	}
	if b.to > b.from {
		next := b.from + 1
		for next <= b.to && blank(r.lines[next]) {
			next++
		}
		if next <= b.to {
			s := dedent(r.lines[next], b.indent)
			if m := aMarker.FindStringIndex(r.lines[next][s:]); m != nil {
				r.marker(next, s, s+m[1])
				r.answerLines(b, next, s+m[1], b.indent)
				return
			}
			r.answerLines(b, next, -1, b.indent)
		}
	}
}

// qaPair reads "Q: question" lines followed by "A: answer" lines.
func (r *reader) qaPair(b block, indent int) {
	aLine := -1
	for i := b.from + 1; i <= b.to; i++ {
		t := r.lines[i]
		if aMarker.MatchString(strings.TrimLeft(t, " \t")) {
			aLine = i
			break
		}
	}
	l := r.lines[b.from]
	r.newEntry(b.from, indent, len(l), 0, "Q: line")
	last := b.to
	if aLine >= 0 {
		last = aLine - 1
	}
	q := r.entries[r.faqList][r.entry].question
	for i := b.from + 1; i <= last; i++ {
		r.addLine(q, i, 0, len(r.lines[i]))
	}
	r.place(block{from: b.from, to: last}, q, "Q: line")
	if aLine >= 0 {
		t := r.lines[aLine]
		s := len(t) - len(strings.TrimLeft(t, " \t"))
		m := aMarker.FindStringIndex(t[s:])
		r.marker(aLine, s, s+m[1])
		r.answerLines(block{kind: paragraph, from: aLine, to: b.to}, aLine, s+m[1], 0)
	}
}

// answerLines adds lines from..b.to of a block to the current answer;
// the first starts at byte start (-1: its indentation), and a list
// item's lines lose its content indentation.
func (r *reader) answerLines(b block, from, start, indent int) {
	path := r.answerPath()
	for start < 0 && from < b.to && blank(r.lines[from]) {
		from++
	}
	r.addBreak(path, from)
	for i := from; i <= b.to; i++ {
		l := r.lines[i]
		s := dedent(l, indent)
		if i == from && start >= 0 {
			s = start
		}
		r.addLine(path, i, s, len(l))
	}
	r.place(block{from: from, to: b.to}, path, "answer")
}

// dedent is the byte offset after up to n columns of indentation.
func dedent(l string, n int) int {
	col, i := 0, 0
	for i < len(l) && col < n {
		switch l[i] {
		case ' ':
			col++
		case '\t':
			col += 4 - col%4
		default:
			return i
		}
		i++
	}
	return i
}

// answer adds a block to the current answer; FAQ text before any
// question fits nowhere.
func (r *reader) answer(b block) {
	if r.entry < 0 {
		if !strings.HasPrefix(r.section, Unplaced) {
			heading := r.category
			if heading == "" {
				heading = "FAQ"
			}
			r.unplaced(heading, 0)
		}
		r.addBlock(r.section, b, "unplaced")
		return
	}
	r.addBlock(r.answerPath(), b, "answer")
}

func (r *reader) questionPath() string {
	if r.entry < 0 {
		return ""
	}
	return r.entries[r.faqList][r.entry].question
}

func (r *reader) answerPath() string {
	if r.entry < 0 {
		return ""
	}
	return r.entries[r.faqList][r.entry].answer
}

// newEntry starts an FAQ entry whose question is bytes s..e of a line,
// less a "Q:" or "E3." before it and emphasis around it.
func (r *reader) newEntry(line, s, e, level int, how string) {
	l := r.lines[line]
	e = min(e, len(l))
	for s < e && strings.ContainsRune(" \t*_", rune(l[s])) {
		s++
	}
	for e > s && strings.ContainsRune(" \t*_", rune(l[e-1])) {
		e--
	}
	if m := questionPrefix.FindStringIndex(l[s:e]); m != nil && m[1] < e-s {
		r.marker(line, s, s+m[1])
		s += m[1]
		for s < e && strings.ContainsRune(" \t*_", rune(l[s])) {
			s++
		}
	}
	list := r.faqList
	if list == "" {
		list = "external"
		r.faqList = list
	}
	idx := len(r.entries[list])
	path := "faq." + list + "[" + strconv.Itoa(idx) + "]"
	r.entries[list] = append(r.entries[list], entry{question: path + ".question", answer: path + ".answer", category: r.categoryFor(list)})
	r.entry, r.entryLevel = idx, level
	r.section = ""
	r.evidence++
	r.addLine(path+".question", line, s, e)
}

// categoryFor turns the group heading over an entry into its category:
// the template's own name for one it lists ("Customer and market" is
// customer-and-market), the heading's text otherwise.
func (r *reader) categoryFor(list string) string {
	if r.category == "" {
		return ""
	}
	w, _ := normalize(r.category)
	for _, c := range r.t.FAQCategories {
		if cw, _ := normalize(c); cw == w {
			return c
		}
	}
	return r.category
}

// faqQuestionParagraph: a paragraph outside the FAQ that can only be an
// FAQ question: a bold question or a Q: line.
func (r *reader) faqQuestionParagraph(b block) bool {
	l := r.lines[b.from]
	if s, e, _, ok := boldLead(l); ok && isQuestion(l[s:e]) {
		return true
	}
	return qMarker.MatchString(strings.TrimLeft(l, " \t"))
}
