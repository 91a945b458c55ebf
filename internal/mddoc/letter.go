package mddoc

import (
	"strings"
)

// A PR/FAQ sent as an email or a letter: the details say who it is to
// and from, a greeting and a covering note come first, the release may
// stand between hand-drawn cut lines ("--- draft starts here ---"), and
// a sign-off ("Cheers,"), the sender's name and a signature close it.
// The letter's words are the sender's, not the release's: they are kept
// aside (import keeps them in the appendix), and the release inside is
// read as any other.

// greetingLine: "Hi team,", "Dear colleagues,", "Hello all!": a short
// line that greets the readers of a letter.
func greetingLine(l string) bool {
	l = strings.TrimSpace(l)
	if !strings.HasSuffix(l, ",") && !strings.HasSuffix(l, "!") || fieldCount(l) > 5 {
		return false
	}
	lower := strings.ToLower(l)
	for _, g := range []string{"hi ", "hello", "dear ", "hey ", "good morning", "good afternoon", "team,", "all,"} {
		if strings.HasPrefix(lower, g) {
			return true
		}
	}
	return false
}

// valedictions close a letter, on a line of their own before the name.
var valedictions = words("cheers", "thanks", "thank you", "many thanks", "thanks again", "thanks all", "best", "best wishes", "all the best", "regards", "best regards", "kind regards", "warm regards", "warmly", "sincerely", "yours", "yours sincerely", "talk soon", "speak soon", "cheers all", "ta")

// valediction: "Cheers,", "Best regards,": a short line that ends a
// comma after the words that close a letter.
func valediction(l string) bool {
	l = strings.TrimSpace(l)
	body, ok := strings.CutSuffix(l, ",")
	if !ok {
		body, ok = strings.CutSuffix(l, "!")
	}
	if !ok || len(body) > 30 {
		return false
	}
	w, _ := normalize(body)
	return valedictions[w]
}

// cutLine: a line of words between runs of dashes or equals signs,
// "--- draft starts here ---", "===== Draft ends =====", "-----Original
// Message-----": a hand-drawn rule that says where something starts or
// ends. It is structure, as a thematic break is.
func cutLine(l string) bool {
	t := strings.TrimSpace(l)
	if len(t) < 8 || len(t) > 80 || (t[0] != '-' && t[0] != '=') {
		return false
	}
	c := t[0]
	lead := len(t) - len(strings.TrimLeft(t, string(c)))
	trail := len(t) - len(strings.TrimRight(t, string(c)))
	if lead < 3 || trail < 3 || lead+trail >= len(t) {
		return false
	}
	inner := strings.TrimSpace(t[lead : len(t)-trail])
	if inner == "" || fieldCount(inner) > 8 {
		return false
	}
	for _, ch := range inner {
		if ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' {
			return true
		}
	}
	return false
}

// cutLineBlock: block b is a cut line alone.
func (r *reader) cutLineBlock(b block) bool {
	return b.kind == paragraph && b.from == b.to && cutLine(r.lines[b.from])
}

// letterOpening sets aside a letter's greeting at block i and the
// covering paragraphs after it, when what follows them opens the
// release: a cut line, a thematic break, a heading or a bold line. It
// returns the block the release starts at.
func (r *reader) letterOpening(i int) (int, bool) {
	b := r.blocks[i]
	if b.kind != paragraph || b.from != b.to || !greetingLine(r.lines[b.from]) {
		return i, false
	}
	j := i + 1
	for ; j < len(r.blocks); j++ {
		n := r.blocks[j]
		if n.kind == rule || r.cutLineBlock(n) {
			break
		}
		if _, ok := r.headOf(n); ok {
			break
		}
		if n.kind != paragraph || j-i > 4 {
			return i, false
		}
	}
	if j >= len(r.blocks) {
		return i, false
	}
	r.letter = true
	for _, c := range r.blocks[i:j] {
		r.keepAsideBlock(c)
	}
	return j, true
}

// keepCutLine keeps a cut line's words aside, where the walk is.
func (r *reader) keepCutLine(b block) { r.keepQuietly("cut line", b) }

// keepAsideBlock keeps a block as unplaced text with no note: words the
// reader knows for what they are.
func (r *reader) keepAsideBlock(b block) {
	r.unplaced("", 7)
	r.field(r.section).aside = true
	r.addBlock(r.section, b, "unplaced")
	r.section, r.part, r.sectionSet = "", partNone, nil
}

// letterClosing finds where a letter's closing starts: its sign-off
// ("Cheers,") near the end, and the short paragraph after a list right
// before it ("Happy to talk it through on Thursday."). It is -1 when
// the file is no letter, or has no sign-off.
func (r *reader) letterClosing() int {
	if !r.letter && !r.memo {
		return -1
	}
	for k := len(r.blocks) - 1; k >= 0 && k >= len(r.blocks)-8; k-- {
		b := r.blocks[k]
		// "Cheers," alone, or over the sender's name.
		if b.kind != paragraph || b.to-b.from > 2 || !valediction(r.lines[b.from]) {
			continue
		}
		if k >= 2 && r.blocks[k-1].kind == paragraph && r.blocks[k-2].kind == listItem && r.blocks[k-1].to-r.blocks[k-1].from < 3 {
			return k - 1
		}
		return k
	}
	return -1
}

// faqQuestionItem: a list item that asks, after a "Q:" label, a
// question ending in "?": "- Q: Is the test compulsory?", its answer
// on an "A:" line under it. A list of such items is an FAQ, whatever
// stands above it.
func (r *reader) faqQuestionItem(b block) bool {
	if b.kind != listItem {
		return false
	}
	l := r.lines[b.from]
	content := min(b.indent, len(l))
	t := stripEmphasis(l[content:])
	return qMarkerAt(t) != nil && endsWithQuestion(t)
}

// faqIntroduction sets aside the paragraph that introduces questions
// found without an FAQ heading, when it ends in a colon right above the
// first of them: "Some questions I think will come up:". It is a word to
// the reader, not the press release's last section.
func (r *reader) faqIntroduction(b block) {
	n := len(r.unnamed)
	if n == 0 {
		return
	}
	u := &r.unnamed[n-1]
	last := u.blocks[len(u.blocks)-1]
	if last.kind != paragraph || !strings.HasSuffix(strings.TrimSpace(r.lines[last.to]), ":") {
		return
	}
	for k := last.to + 1; k < b.from; k++ {
		if !blank(r.lines[k]) {
			return
		}
	}
	if len(u.blocks) == 1 {
		r.unnamed = r.unnamed[:n-1]
	} else {
		u.blocks = u.blocks[:len(u.blocks)-1]
	}
	part := r.part
	r.keepAsideBlock(last)
	r.part = part
}

// implicitList is the list questions found without an FAQ heading go
// to: in a letter, after the release's closing cut line, they are the
// ones the sender expects colleagues to ask, the internal FAQ; else
// the customers'.
func (r *reader) implicitList() string {
	if r.letter && r.releaseCut {
		return "internal"
	}
	return "external"
}

// placeholderSpeaker reads a speaker a draft has not named yet: "TBD",
// "TBC", "[Name]", "XX", perhaps with the office in brackets after it,
// "TBD (GM Operations?)". The placeholder stands for the speaker, so
// that the quote is read as one and lint can ask for the name.
func placeholderSpeaker(s string) (speaker, role string, ok bool) {
	who, rest := s, ""
	if k := strings.Index(s, " ("); k > 0 && strings.HasSuffix(s, ")") {
		who, rest = s[:k], s[k+2:len(s)-1]
	}
	switch {
	case who == "TBD" || who == "TBC" || who == "TK" || strings.HasPrefix(who, "XX") && strings.Trim(who, "X") == "":
	case len(who) > 2 && who[0] == '[' && who[len(who)-1] == ']' && !strings.ContainsAny(who[1:len(who)-1], "[]"):
	default:
		return "", "", false
	}
	return who, strings.TrimSpace(rest), true
}
