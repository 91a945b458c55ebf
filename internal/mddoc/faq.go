package mddoc

import (
	"cmp"
	"regexp"
	"strconv"
	"strings"
)

// faqBlock places a block of the FAQ: a question in one of the shapes
// teams write, or more of the current answer.
func (r *reader) faqBlock(b block) {
	l := r.lines[b.from]
	switch b.kind {
	case htmlBlock:
		if r.details(b) {
			return
		}
	case paragraph:
		if r.table(b) {
			return
		}
		if r.categoryLine(b) {
			return
		}
		if s, e, after, ok := boldLead(l); ok && isQuestion(l[s:e]) && !questionLabel(l[s:e]) {
			r.newEntry(b.from, s, e, 0, "bold question")
			r.place(b, r.questionPath(), "bold question")
			r.answerRest(b, after)
			return
		}
		indent := len(l) - len(strings.TrimLeft(l, " \t"))
		if m := qMarkerAt(strings.TrimLeft(l[indent:], "*_")); m != nil {
			// "Q: ...", "**Question 3:** ...": the question follows its
			// label, and an "A:" or "**Answer:**" line may follow.
			r.qaPair(b, indent)
			return
		}
		if m := aMarkerAt(l[indent:]); m != nil && r.entry >= 0 {
			r.marker(b.from, indent, indent+m[1])
			r.answerLines(b, b.from, indent+m[1], 0)
			return
		}
		if endsWithQuestion(l) && fieldCount(l) <= 40 {
			r.newEntry(b.from, indent, len(l), 0, "question line")
			r.place(b, r.questionPath(), "question line")
			if b.to > b.from {
				r.answerLines(b, b.from+1, -1, 0)
			}
			return
		}
	case listItem:
		if r.listGroup(b) {
			return
		}
		content := min(b.indent, len(l))
		if s, e, after, ok := boldLead(l[content:]); ok && isQuestion(l[content+s:content+e]) {
			r.marker(b.from, 0, content) // the item's number: the template numbers entries
			r.newEntry(b.from, content+s, content+e, 0, "numbered question")
			r.place(b, r.questionPath(), "numbered question")
			r.answerRest(block{kind: listItem, from: b.from, to: b.to, indent: b.indent}, content+after)
			return
		}
		if isQuestion(l[content:]) && !r.continuesAnswerList(b) {
			r.marker(b.from, 0, content)
			r.newEntry(b.from, content, len(l), 0, "numbered question")
			r.place(b, r.questionPath(), "numbered question")
			if b.to > b.from {
				// "1. Q: …?" then "   A: …": the answer after its label.
				next := b.from + 1
				for next < b.to && blank(r.lines[next]) {
					next++
				}
				s := dedent(r.lines[next], b.indent)
				if m := aMarkerAt(r.lines[next][s:]); m != nil {
					r.marker(next, s, s+m[1])
					r.answerLines(b, next, s+m[1], b.indent)
					return
				}
				r.answerLines(b, b.from+1, -1, b.indent)
			}
			return
		}
	}
	r.answer(b)
}

// listGroup reads a list item that groups the questions nested under
// it, as outliners write an FAQ: a bullet "**Using Flakeguard**", under
// it a bullet per question, under each question a bullet answering it.
// The item's words name the list ("Internal (Pinebox only)") or the
// questions' category; each nested item is read as an item of the FAQ.
func (r *reader) listGroup(b block) bool {
	l := r.lines[b.from]
	content := min(b.indent, len(l))
	label := strings.TrimSpace(stripEmphasis(strings.TrimSpace(l[content:])))
	if label == "" || isQuestion(label) || fieldCount(label) > 8 {
		return false
	}
	var items []block
	nested := -1
	for i := b.from + 1; i <= b.to; i++ {
		line := r.lines[i]
		if blank(line) {
			continue
		}
		n := indentOf(line)
		c, _, marked := listMarker(line[len(line)-len(strings.TrimLeft(line, " \t")):])
		if nested < 0 {
			if !marked || n < b.indent {
				return false
			}
			nested = n
		}
		if marked && n == nested {
			items = append(items, block{kind: listItem, from: i, to: i, indent: len(line) - len(strings.TrimLeft(line, " \t")) + c})
			continue
		}
		if len(items) == 0 {
			return false
		}
		items[len(items)-1].to = i
	}
	if len(items) == 0 {
		return false
	}
	first := r.lines[items[0].from][min(items[0].indent, len(r.lines[items[0].from])):]
	if !isQuestion(stripEmphasis(strings.TrimSpace(first))) {
		return false
	}
	w, _ := normalize(label)
	if list := r.served(listLabel(w), w); list != "" {
		r.faqList, r.category = list, ""
	} else {
		r.category = label
	}
	r.entry = -1
	r.marker(b.from, 0, len(l))
	r.place(block{kind: listItem, from: b.from, to: b.from}, "", "FAQ group list item")
	for _, item := range items {
		r.faqBlock(item)
	}
	return true
}

// questionLabel: bold text that is only a question's label ("Question
// 3:", "Q:"), with the question after it.
func questionLabel(s string) bool {
	t := strings.TrimSpace(stripEmphasis(s))
	m := qMarkerAt(t)
	return m != nil && strings.TrimSpace(strings.Trim(t[m[1]:], "*_:")) == ""
}

// summaryTags find a <details> entry's question.
var summaryTags = regexp.MustCompile(`(?i)<summary>(.*?)</summary>`)

// htmlTagOnly is a line that is only HTML tags, such as <details> or
// </details>: structure, not text.
var htmlTagOnly = regexp.MustCompile(`^\s*(?:</?[A-Za-z][^>]*>\s*)+$`)

// details reads an FAQ entry written as a disclosure:
//
//	<details><summary>Question?</summary>Answer.</details>
//
// or the same over several lines, the answer in the blocks after it up
// to </details>.
func (r *reader) details(b block) bool {
	for i := b.from; i <= b.to; i++ {
		l := r.lines[i]
		m := summaryTags.FindStringSubmatchIndex(l)
		if m == nil {
			if end, ok := summaryLines(r.lines, i, b.to); ok {
				r.summaryQuestion(i, end)
				i = end
				continue
			}
			if htmlTagOnly.MatchString(l) {
				r.marker(i, 0, len(l))
				continue
			}
			if r.entry >= 0 {
				r.addLine(r.answerPath(), i, 0, len(l))
			}
			continue
		}
		qs, qe := innerTags(l, m[2], m[3])
		r.marker(i, 0, qs)
		r.marker(i, qe, m[3])
		r.newEntry(i, qs, qe, 0, "<details> question")
		r.place(block{from: i, to: i}, r.questionPath(), "<details> question")
		rest := l[m[1]:]
		end := len(l)
		if k := strings.Index(strings.ToLower(rest), "</details>"); k >= 0 {
			end = m[1] + k
			r.marker(i, end, len(l))
		}
		r.marker(i, m[3], m[1])
		if strings.TrimSpace(l[m[1]:end]) != "" {
			start := m[1] + len(rest) - len(strings.TrimLeft(rest, " \t"))
			r.addLine(r.answerPath(), i, start, end)
			r.place(block{from: i, to: i}, r.answerPath(), "answer")
		}
	}
	return true
}

// summaryLines: a <summary> opened at line i and closed on a later line
// of the block, up to to, as editors that put each tag on its own line
// write it: the last line of the summary.
func summaryLines(lines []string, i, to int) (int, bool) {
	l := strings.ToLower(lines[i])
	k := strings.Index(l, "<summary>")
	if k < 0 || strings.Contains(l[k:], "</summary>") {
		return 0, false
	}
	for j := i + 1; j <= to; j++ {
		if strings.Contains(strings.ToLower(lines[j]), "</summary>") {
			return j, true
		}
	}
	return 0, false
}

// summaryText is the text of line i of a summary that spans lines
// from..to: the line less the <summary> before it (on the first line),
// the </summary> after it (on the last) and the tags around all of it.
func summaryText(l string, first, last bool) (int, int) {
	s, e := 0, len(l)
	lower := strings.ToLower(l)
	if first {
		s = strings.Index(lower, "<summary>") + len("<summary>")
	}
	if last {
		e = strings.Index(lower, "</summary>")
	}
	if e < s {
		return s, s
	}
	s, e = innerTags(l, s, e)
	s, e = trimSpan(l, s, e)
	return s, e
}

// summaryQuestion reads lines from..to, a summary over several lines
// (<summary>, then <strong>Question?</strong>, then </summary>), as a
// new entry's question: its text lines are the question, its tags
// structure.
func (r *reader) summaryQuestion(from, to int) {
	started := false
	for i := from; i <= to; i++ {
		l := r.lines[i]
		s, e := summaryText(l, i == from, i == to)
		if s == e {
			r.marker(i, 0, len(l))
			continue
		}
		r.marker(i, 0, s)
		r.marker(i, e, len(l))
		if !started {
			r.newEntry(i, s, e, 0, "<details> question")
			started = true
			continue
		}
		r.addLine(r.questionPath(), i, s, e)
	}
	if started {
		r.place(block{from: from, to: to}, r.questionPath(), "<details> question")
	}
}

// innerTags narrows l[s:e] past the inline tags around all of it, as in
// <summary><strong>Is it free?</strong></summary>: the question is the
// text, the tags its styling.
func innerTags(l string, s, e int) (int, int) {
	for {
		t := strings.TrimSpace(l[s:e])
		if len(t) < 3 || t[0] != '<' || t[len(t)-1] != '>' || t[1] == '/' {
			return s, e
		}
		s += strings.Index(l[s:e], t)
		e = s + len(t)
		open := strings.IndexByte(t, '>')
		closing := strings.LastIndex(t, "</")
		if closing <= open {
			return s, e
		}
		name, _, _ := strings.Cut(t[1:open], " ")
		if !strings.EqualFold(strings.TrimRight(t[closing+2:len(t)-1], " "), name) {
			return s, e
		}
		s, e = s+open+1, s+closing
	}
}

// tableRow cuts a Markdown table row into its cells: each cell's bytes
// in the line, less the pipes and blanks around it.
func tableRow(l string) [][2]int {
	t := strings.TrimRight(l, " \t")
	start := len(l) - len(strings.TrimLeft(l, " \t"))
	if !strings.HasPrefix(t[start:], "|") {
		return nil
	}
	var cells [][2]int
	from := start + 1
	for i := from; i <= len(t); i++ {
		if i < len(t) && (t[i] != '|' || t[i-1] == '\\') {
			continue
		}
		if i == len(t) && from == len(t) {
			break
		}
		s, e := from, i
		for s < e && (t[s] == ' ' || t[s] == '\t') {
			s++
		}
		for e > s && (t[e-1] == ' ' || t[e-1] == '\t') {
			e--
		}
		cells = append(cells, [2]int{s, e})
		from = i + 1
	}
	return cells
}

// tableRule is a table's delimiter row: |---|:---:|.
var tableRule = regexp.MustCompile(`^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$`)

// table reads an FAQ written as a table of questions and answers: a
// header row, the delimiter row, then a question and its answer in each
// row.
func (r *reader) table(b block) bool {
	if b.to-b.from < 2 || tableRule.FindString(r.lines[b.from+1]) == "" {
		return false
	}
	head := tableRow(r.lines[b.from])
	if len(head) < 2 || !r.questionTable(b, head) {
		return false
	}
	// "| # | Question | Answer |": the question's column, and the
	// cells before it (a number) are not the answer.
	qcol := 0
	for k, c := range head {
		if w, _ := normalize(r.lines[b.from][c[0]:c[1]]); w == "q" || w == "question" || w == "questions" {
			qcol = k
			break
		}
	}
	acol := answerColumn(r.lines[b.from], head, qcol)
	// "| # | Question | Answer |": the header names more than the
	// question and its answer, and the cells the entries do not hold
	// (the row's number) are the author's: kept as written, with the
	// header that says what they are, beside the list.
	kept := ""
	if len(head) > 2 || qcol > 0 {
		kept = Unplaced + ":" + strconv.Itoa(len(r.res.Unplaced)+len(r.fields))
		f := r.field(kept)
		f.heading = cmp.Or(r.category, r.faqHeading, "FAQ")
		f.aside = true
		r.addLine(kept, b.from, 0, len(r.lines[b.from]))
		r.addLine(kept, b.from+1, 0, len(r.lines[b.from+1]))
		r.place(block{from: b.from, to: b.from + 1}, kept, "table of questions, its header")
	} else {
		r.marker(b.from, 0, len(r.lines[b.from]))
		r.marker(b.from+1, 0, len(r.lines[b.from+1]))
		r.place(block{from: b.from, to: b.from + 1}, "", "table of questions")
	}
	for i := b.from + 2; i <= b.to; i++ {
		cells := tableRow(r.lines[i])
		if len(cells) < qcol+2 || cells[qcol][0] == cells[qcol][1] {
			if r.entry >= 0 {
				r.addLine(r.answerPath(), i, 0, len(r.lines[i]))
			}
			continue
		}
		if qcol > 0 && (acol < 0 || acol > qcol) {
			// The row up to its question: "| 1 |".
			r.addLine(kept, i, 0, len(strings.TrimRight(r.lines[i][:cells[qcol][0]], " \t")))
		} else {
			for k, c := range cells[:qcol] {
				if k != acol && c[1] > c[0] {
					r.addLine(kept, i, c[0], c[1])
				}
			}
		}
		r.newEntry(i, cells[qcol][0], cells[qcol][1], 0, "table row")
		r.place(block{from: i, to: i}, r.questionPath(), "table row")
		if acol >= 0 && acol < len(cells) && cells[acol][1] > cells[acol][0] {
			r.addLine(r.answerPath(), i, cells[acol][0], cells[acol][1])
		}
		// The cells after the question that are not its answer (an
		// owner, a status) go on with the answer.
		for k, c := range cells[qcol+1:] {
			if qcol+1+k != acol && c[1] > c[0] {
				r.addLine(r.answerPath(), i, c[0], c[1])
			}
		}
	}
	return true
}

// answerColumn is the column of a question table whose header names
// the answer ("Answer", "A", "Response"), or -1.
func answerColumn(l string, head [][2]int, qcol int) int {
	for k, c := range head {
		w, _ := normalize(l[c[0]:c[1]])
		if k != qcol && (w == "a" || w == "answer" || w == "answers" || w == "response" || w == "reply" || strings.HasPrefix(w, "answer ")) {
			return k
		}
	}
	return -1
}

// questionTable: a table of questions, by its header (Question | Answer,
// Q | A) or by its first column, which asks.
func (r *reader) questionTable(b block, head [][2]int) bool {
	for k, c := range head {
		w, _ := normalize(r.lines[b.from][c[0]:c[1]])
		if (w == "q" || w == "question" || w == "questions" || strings.HasPrefix(w, "question ")) && (k == 0 || k == 1 && len(head) >= 3) {
			return true
		}
	}
	asked := 0
	for i := b.from + 2; i <= b.to; i++ {
		if cells := tableRow(r.lines[i]); len(cells) > 0 && endsWithQuestion(r.lines[i][cells[0][0]:cells[0][1]]) {
			asked++
		}
	}
	return 2*asked > b.to-b.from-1
}

// isQuestion: text that ends with a question mark or starts with Q:.
func isQuestion(s string) bool {
	return endsWithQuestion(s) || qMarkerAt(stripEmphasis(strings.TrimSpace(s))) != nil
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
		if m := aMarkerAt(l[at:]); m != nil {
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
			if m := aMarkerAt(r.lines[next][s:]); m != nil {
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
		if aMarkerAt(strings.TrimLeft(t, " \t")) != nil {
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
		m := aMarkerAt(t[s:])
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
	// An answer indented deeper than its item's text ("- Question?"
	// then the answer four spaces in) loses all of its indentation,
	// not only the item's: kept, it would read as code.
	if indent > 0 {
		deepest := -1
		for i := from; i <= b.to; i++ {
			if i == from && start >= 0 || blank(r.lines[i]) {
				continue
			}
			if n := indentOf(r.lines[i]); deepest < 0 || n < deepest {
				deepest = n
			}
		}
		if deepest > indent {
			indent = deepest
		}
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
			heading := cmp.Or(r.category, r.faqHeading, "FAQ")
			r.unplaced(heading, 0)
			// Under the FAQ's or a list's heading, or a group's with
			// questions under it, text before them introduces them.
			f := r.field(r.section)
			f.preface = r.category == "" || r.groupAsks
			f.aside = f.preface
		}
		if f := r.field(r.section); f.preface && (b.kind != paragraph || strings.Contains(r.unitText(unit{blocks: []block{b}}), "?")) {
			// A list, a table or a question before the first question
			// may be questions the reader did not see as such: worth
			// a note.
			f.aside = false
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
	if k := shortcodeEnd(l[s:e]); k > 0 {
		r.marker(line, s, s+k) // ":moneybag: What does it cost us?"
		s += k
	}
	marked, markedEnd := s, e
	for s < e && strings.ContainsRune(" \t*_", rune(l[s])) {
		s++
	}
	for e > s && strings.ContainsRune(" \t*_", rune(l[e-1])) {
		e--
	}
	if s == e {
		// "| ** | No. |": marks with nothing in them, which Markdown
		// prints as they are. They are the question's text: an entry
		// with no question does not read back.
		s, e = trimSpan(l, marked, markedEnd)
	} else if m := questionPrefix.FindStringIndex(l[s:e]); m != nil && m[1] < e-s {
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

// continuesAnswerList: a list item right under the answer's own list,
// or under its "One of:", is the answer's, whatever it ends with: "- a
// bank statement, or", "- a tenancy agreement?".
func (r *reader) continuesAnswerList(b block) bool {
	f := r.fields[r.answerPath()]
	if r.entry < 0 || f == nil || len(f.refs) == 0 {
		return false
	}
	above := b.from - 1
	for above >= 0 && blank(r.lines[above]) {
		above--
	}
	if above < 0 || f.refs[len(f.refs)-1].Line != above+1 {
		return false // the line above is not the answer's
	}
	_, ordered, _ := listMarker(r.lines[b.from])
	col := indentOf(r.lines[b.from])
	if _, aboveOrdered, item := listMarker(r.lines[above]); item {
		// An item of the same list: the same kind, as deep or deeper.
		// "4. What did it cost?" under the answer's indented bullets is
		// the next question.
		return aboveOrdered == ordered && col >= indentOf(r.lines[above])
	}
	return !ordered && strings.HasSuffix(strings.TrimSpace(r.lines[above]), ":")
}

// categoryLine reads "_Category: economics_" right under a question, as
// prfaq's Markdown page writes an entry's category.
func (r *reader) categoryLine(b block) bool {
	if r.entry < 0 || b.from != b.to || len(r.fields[r.answerPath()].refsOrNil()) > 0 {
		return false
	}
	l := strings.TrimSpace(r.lines[b.from])
	if len(l) < 4 || (l[0] != '_' && l[0] != '*') || l[len(l)-1] != l[0] || l[1] == l[0] {
		return false
	}
	label, value, ok := strings.Cut(l[1:len(l)-1], ":")
	if !ok {
		return false
	}
	want := "Category"
	if t, ok := r.t.Labels["category"]; ok {
		want = t
	}
	if !strings.EqualFold(strings.TrimSpace(label), want) || strings.TrimSpace(value) == "" {
		return false
	}
	r.entries[r.faqList][r.entry].category = strings.TrimSpace(value)
	r.place(b, "", "category line")
	r.marker(b.from, 0, len(r.lines[b.from]))
	return true
}

// detailsQuestion: a disclosure whose summary is a question.
func (r *reader) detailsQuestion(b block) bool {
	for i := b.from; i <= b.to && i <= b.from+2; i++ {
		if m := summaryTags.FindStringSubmatch(r.lines[i]); m != nil {
			return isQuestion(htmlTag.ReplaceAllString(m[1], ""))
		}
		if end, ok := summaryLines(r.lines, i, b.to); ok {
			var q strings.Builder
			for j := i; j <= end; j++ {
				s, e := summaryText(r.lines[j], j == i, j == end)
				q.WriteString(r.lines[j][s:e])
			}
			return isQuestion(q.String())
		}
	}
	return false
}

// faqQuestionParagraph: a paragraph outside the FAQ that can only be an
// FAQ question: a bold question or a Q: line.
func (r *reader) faqQuestionParagraph(b block) bool {
	l := r.lines[b.from]
	if s, e, _, ok := boldLead(l); ok && isQuestion(l[s:e]) {
		return true
	}
	return qMarkerAt(strings.TrimLeft(l, " \t")) != nil
}
