package textstat

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Prose returns markdown with everything that is not running prose replaced
// by spaces: the result has the same length, and every byte offset and
// newline of the input stays where it was. See the package documentation
// for what is removed.
//
// Text without any Markdown comes back as it was, without allocating.
func Prose(markdown string) string {
	p := proseScanner{src: markdown}
	p.run()
	if p.buf == nil {
		return markdown
	}
	return string(p.buf)
}

// ProseBreaks is Prose that also returns the byte offsets, in ascending
// order, where Markdown starts a new block without a blank line before it:
// the start of each list item and heading line, the line after a heading,
// the start of a block quote, and each table row and cell. Pass them to
// SplitSentences so that list items and headings without terminal
// punctuation do not run into the next line's sentence.
func ProseBreaks(markdown string) (prose string, breaks []int) {
	p := proseScanner{src: markdown, wantBreaks: true}
	p.run()
	prose = markdown
	if p.buf != nil {
		prose = string(p.buf)
	}
	return prose, p.breaks
}

// CodeSpans returns the spans of markdown that are code, as Prose blanks
// them: fenced code blocks with their fences, indented code blocks and
// inline code spans with their backticks. Lines of a block that follow
// one another make one span.
func CodeSpans(markdown string) []Span {
	p := proseScanner{src: markdown, wantCode: true}
	p.run()
	return p.code
}

// proseScanner holds the state of one Prose call.
type proseScanner struct {
	src        string
	buf        []byte // nil until something is blanked
	scratch    []byte // spare room for buf
	wantBreaks bool
	wantCode   bool
	code       []Span // the code blanked, when wantCode
	breaks     []int  // this call's breaks are breaks[breaks0:]
	breaks0    int

	// Block state.
	inFence    bool
	fenceChar  byte
	fenceLen   int
	para       bool // the previous line was paragraph text
	listIndent int  // content column of the current list item; 0 outside lists
	inTable    bool
	delimNext  bool // the next line is a table's delimiter row
	breakNext  bool // the next line starts a block (after a heading)
	quote      bool // the previous line was in a block quote
	resume     int  // where inline processing continues after a construct spanning lines

	// Inline state.
	paraEnd      int     // start of the next blank line, cached for code span searches
	codeFail     [64]int // no closing run of n backticks before codeFail[n]
	noCommentEnd bool    // no "-->" after the last searched comment
	open         [32]int // positions of unmatched '[' (negated - 1 for "![")
	nOpen        int
}

// blank replaces s[a:b] with spaces, keeping line ends.
func (p *proseScanner) blank(a, b int) {
	if a >= b {
		return
	}
	if p.buf == nil {
		p.buf = append(p.scratch[:0], p.src...)
	}
	for i := a; i < b; i++ {
		if c := p.buf[i]; c != '\n' && c != '\r' {
			p.buf[i] = ' '
		}
	}
}

// blankCode blanks s[a:b], which is code, and records it if asked to.
func (p *proseScanner) blankCode(a, b int) {
	p.blank(a, b)
	if p.wantCode && a < b {
		if n := len(p.code); n > 0 && p.code[n-1].End >= a-1 {
			p.code[n-1].End = max(p.code[n-1].End, b) // the next line of a block
			return
		}
		p.code = append(p.code, Span{a, b})
	}
}

func (p *proseScanner) addBreak(at int) {
	if !p.wantBreaks {
		return
	}
	if n := len(p.breaks); n > p.breaks0 && p.breaks[n-1] >= at {
		return
	}
	if p.breaks == nil {
		p.breaks = make([]int, 0, strings.Count(p.src, "\n")+strings.Count(p.src, "|")+1)
	}
	p.breaks = append(p.breaks, at)
}

func (p *proseScanner) run() {
	s := p.src
	p.resume = -1
	pos := 0
	for pos < len(s) {
		e := strings.IndexByte(s[pos:], '\n')
		if e < 0 {
			e = len(s)
		} else {
			e += pos
		}
		p.line(pos, e)
		for p.resume > e {
			// An inline construct (code span, comment, link) ran on past
			// the line: go on after it, in the line where it ended.
			r := p.resume
			p.resume = -1
			e = strings.IndexByte(s[r:], '\n')
			if e < 0 {
				e = len(s)
			} else {
				e += r
			}
			p.inline(r, trimCR(s, r, e), false)
			p.para = true
		}
		pos = e + 1
	}
}

// trimCR returns e, or e-1 when the line [a, e) ends in a carriage return.
func trimCR(s string, a, e int) int {
	if e > a && s[e-1] == '\r' {
		return e - 1
	}
	return e
}

// indentAt skips spaces and tabs from s[i], returning the position of the
// first other character and its column, given column col at s[i].
func indentAt(s string, i, e, col int) (int, int) {
	for i < e {
		switch s[i] {
		case ' ':
			col++
		case '\t':
			col += 4 - col%4
		default:
			return i, col
		}
		i++
	}
	return i, col
}

// line handles one line s[a:e] (e is the '\n' or the end of the text).
func (p *proseScanner) line(a, e int) {
	s := p.src
	ce := trimCR(s, a, e)
	if p.inFence {
		if p.isFenceClose(a, ce) {
			p.inFence = false
		}
		p.blankCode(a, ce)
		return
	}
	if p.delimNext {
		p.delimNext = false
		p.blank(a, ce)
		return
	}
	q, col := indentAt(s, a, ce, 0)
	if q == ce || (s[q] >= utf8.RuneSelf || asciiClass[s[q]]&cSpace != 0) && onlySpace(s[q:ce]) {
		p.endBlock()
		return
	}
	if !p.para && p.listIndent > 0 && col < p.listIndent {
		if _, _, ok := p.listMarker(q, ce, col); !ok {
			p.listIndent = 0
		}
	}
	if !p.para && col >= p.listIndent+4 {
		p.blankCode(a, ce) // indented code
		return
	}
	blockStart := p.breakNext
	p.breakNext = false

	// Block quote markers.
	quoted := false
	for q < ce && s[q] == '>' {
		p.blank(q, q+1)
		quoted = true
		q, col = indentAt(s, q+1, ce, col+1)
	}
	if quoted && !p.quote {
		blockStart = true
	}
	p.quote = quoted
	if q == ce {
		p.endBlock()
		return
	}
	if isThematicBreak(s[q:ce]) || p.para && isSetextRule(s[q:ce]) {
		p.blank(q, ce)
		p.endBlock()
		return
	}
	// List markers, possibly nested on one line ("- 1. item").
	for {
		end, content, ok := p.listMarker(q, ce, col)
		if !ok {
			break
		}
		p.blank(q, end)
		blockStart = true
		p.listIndent = content
		p.para = false
		p.inTable = false
		p.nOpen = 0
		q, col = indentAt(s, end, ce, col+end-q)
		// Task list box.
		if q+3 <= ce && s[q] == '[' && s[q+2] == ']' && (s[q+1] == ' ' || s[q+1] == 'x' || s[q+1] == 'X') &&
			(q+3 == ce || s[q+3] == ' ' || s[q+3] == '\t') {
			p.blank(q, q+3)
			q, col = indentAt(s, q+3, ce, col+3)
		}
	}
	if blockStart {
		p.addBreak(a)
	}
	if q == ce {
		return // an empty list item
	}
	// Fenced code.
	if c := s[q]; c == '`' || c == '~' {
		n := 0
		for q+n < ce && s[q+n] == c {
			n++
		}
		if n >= 3 && (c == '~' || strings.IndexByte(s[q+n:ce], '`') < 0) {
			p.inFence, p.fenceChar, p.fenceLen = true, c, n
			p.blankCode(q, ce)
			p.endBlock()
			return
		}
	}
	// ATX heading.
	if s[q] == '#' {
		h := 0
		for q+h < ce && s[q+h] == '#' {
			h++
		}
		if h <= 6 && (q+h == ce || s[q+h] == ' ' || s[q+h] == '\t') {
			p.addBreak(a)
			p.blank(q, q+h)
			// Closing sequence.
			t := ce
			for t > q+h && (s[t-1] == ' ' || s[t-1] == '\t') {
				t--
			}
			u := t
			for u > q+h && s[u-1] == '#' {
				u--
			}
			if u < t && (u == q+h || s[u-1] == ' ' || s[u-1] == '\t') {
				p.blank(u, t)
				t = u
			}
			p.endBlock()
			p.breakNext = true
			p.inline(q+h, t, false)
			return
		}
	}
	// Link reference and footnote definitions.
	if !p.para && s[q] == '[' {
		if k := strings.Index(s[q:ce], "]:"); k > 1 && strings.IndexByte(s[q+1:q+k], ']') < 0 {
			if s[q+1] == '^' {
				p.blank(q, q+k+2) // footnote: keep its text
				q += k + 2
			} else {
				p.blank(q, ce)
				return
			}
		}
	}
	// Tables.
	if !p.inTable && strings.IndexByte(s[q:ce], '|') >= 0 && e < len(s) {
		ne := strings.IndexByte(s[e+1:], '\n')
		if ne < 0 {
			ne = len(s)
		} else {
			ne += e + 1
		}
		if isDelimiterRow(s[e+1 : ne]) {
			p.inTable = true
			p.delimNext = true
		}
	}
	if p.inTable {
		p.addBreak(a)
		p.nOpen = 0
		p.para = true
		p.inline(q, ce, true)
		return
	}
	p.para = true
	p.inline(q, ce, false)
}

// endBlock records that a block ended: the next line cannot continue a
// paragraph.
func (p *proseScanner) endBlock() {
	p.para = false
	p.inTable = false
	p.breakNext = false
	p.quote = false
	p.nOpen = 0
}

// isFenceClose reports whether s[a:e] closes the open code fence.
func (p *proseScanner) isFenceClose(a, e int) bool {
	s := p.src
	q, _ := indentAt(s, a, e, 0)
	for q < e && s[q] == '>' {
		q, _ = indentAt(s, q+1, e, 0)
	}
	n := 0
	for q+n < e && s[q+n] == p.fenceChar {
		n++
	}
	return n >= p.fenceLen && onlySpace(s[q+n:e])
}

// listMarker reports whether a list item marker starts at s[q] (column
// col): it returns the end of the marker and the column where the item's
// content starts.
func (p *proseScanner) listMarker(q, e, col int) (end, content int, ok bool) {
	s := p.src
	if q >= e {
		return 0, 0, false
	}
	k := q
	switch c := s[q]; {
	case c == '-' || c == '+' || c == '*':
		k++
	case isDigit(c):
		for k < e && k-q < 9 && isDigit(s[k]) {
			k++
		}
		if k >= e || s[k] != '.' && s[k] != ')' {
			return 0, 0, false
		}
		// Only an item numbered 1 may interrupt a paragraph outside a list.
		if p.para && p.listIndent == 0 && s[q:k] != "1" {
			return 0, 0, false
		}
		k++
	default:
		return 0, 0, false
	}
	if k < e && s[k] != ' ' && s[k] != '\t' {
		return 0, 0, false
	}
	if k == e && p.para {
		return 0, 0, false // an empty item cannot interrupt a paragraph
	}
	w, c2 := indentAt(s, k, e, col+k-q)
	if c2-(col+k-q) > 4 || w == e {
		c2 = col + k - q + 1
	}
	return k, c2, true
}

// isThematicBreak reports whether line is three or more *, - or _ alone
// (with spaces between).
func isThematicBreak(line string) bool {
	var mark byte
	n := 0
	for i := 0; i < len(line); i++ {
		switch c := line[i]; c {
		case ' ', '\t', '\r':
		case '*', '-', '_':
			if mark != 0 && c != mark {
				return false
			}
			mark = c
			n++
		default:
			return false
		}
	}
	return n >= 3
}

// isSetextRule reports whether line underlines a heading (=== or ---).
func isSetextRule(line string) bool {
	line = strings.TrimRight(line, " \t\r")
	if line == "" || line[0] != '=' && line[0] != '-' {
		return false
	}
	for i := 1; i < len(line); i++ {
		if line[i] != line[0] {
			return false
		}
	}
	return true
}

// isDelimiterRow reports whether line is a table's delimiter row, such as
// |---|:---:|.
func isDelimiterRow(line string) bool {
	pipe, dash := false, false
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '|':
			pipe = true
		case '-':
			dash = true
		case ':', ' ', '\t', '\r':
		default:
			return false
		}
	}
	return pipe && dash
}

// findParaEnd returns the start of the first blank line after s[from], or
// len(s).
func (p *proseScanner) findParaEnd(from int) int {
	if from < p.paraEnd {
		return p.paraEnd
	}
	s := p.src
	k := from
	for {
		nl := strings.IndexByte(s[k:], '\n')
		if nl < 0 {
			k = len(s)
			break
		}
		k += nl + 1
		if blankLineAt(s, k) {
			break
		}
	}
	p.paraEnd = k
	return k
}

// inline blanks the inline markup of s[a:e], one line's content. A
// construct that runs past e sets p.resume to its end.
func (p *proseScanner) inline(a, e int, table bool) {
	s := p.src
	for i := a; i < e; {
		i = skipPlain(s[:e], i)
		if i >= e {
			break
		}
		c := s[i]
		switch c {
		case '\\':
			if i+1 < e && isASCIIPunct(s[i+1]) {
				p.blank(i, i+1)
				i += 2
				continue
			}
			if i+1 == e {
				p.blank(i, i+1) // hard line break
			}
			i++
		case '`':
			j := i
			for j < e && s[j] == '`' {
				j++
			}
			close := p.codeClose(j, j-i)
			if close < 0 {
				p.blank(i, j)
				i = j
				continue
			}
			end := close + (j - i)
			p.blankCode(i, end)
			if end > e {
				p.resume = end
				return
			}
			i = end
		case '<':
			end := p.markupTag(i, e)
			if end <= i {
				i++
				continue
			}
			p.blank(i, end)
			if end > e {
				p.resume = end
				return
			}
			i = end
		case '!':
			if i+1 < e && s[i+1] == '[' {
				p.push(-(i + 1) - 1)
				i += 2
				continue
			}
			i++
		case '[':
			if i+1 < e && s[i+1] == '^' {
				k := i + 2
				for k < e && s[k] != ']' && s[k] != '[' && s[k] != ' ' {
					k++
				}
				if k < e && s[k] == ']' {
					p.blank(i, k+1)
					i = k + 1
					continue
				}
			}
			p.push(i)
			i++
		case ']':
			end := p.closeBracket(i)
			if end > e {
				p.resume = end
				return
			}
			i = end
		case '*', '_', '~':
			j := i + 1
			for j < e && s[j] == c {
				j++
			}
			if p.isEmphasis(a, e, i, j, c) {
				p.blank(i, j)
			}
			i = j
		case '&':
			i = p.entity(i, e)
		case '|':
			if table {
				p.blank(i, i+1)
				p.addBreak(i)
			}
			i++
		case ':':
			i = p.schemeURL(a, e, i)
		case '.':
			i = p.wwwURL(a, e, i)
		case '/':
			i = p.domainURL(a, e, i)
		case '@':
			i = p.email(a, e, i)
		default:
			i++
		}
	}
}

// inlineSpecial marks the bytes that may start inline markup.
var inlineSpecial = makeInlineSpecial()

func makeInlineSpecial() (t [256]uint8) {
	for _, c := range "\\`<![]*_~&|:./@" {
		t[c] = 1
	}
	return t
}

// skipPlain returns the offset of the first byte at or after s[i] that may
// start inline markup, or len(s).
func skipPlain(s string, i int) int {
	t := s[i:] // sliced once: no bounds check a byte
	k := 0
	for k < len(t) && inlineSpecial[t[k]] == 0 {
		k++
	}
	return i + k
}

func (p *proseScanner) push(v int) {
	if p.nOpen < len(p.open) {
		p.open[p.nOpen] = v
		p.nOpen++
	}
}

// codeClose returns the start of the run of exactly n backticks that
// closes a code span opened before s[j], or -1 if there is none before the
// end of the paragraph.
func (p *proseScanner) codeClose(j, n int) int {
	if n >= len(p.codeFail) {
		return -1
	}
	if j < p.codeFail[n] {
		return -1
	}
	s := p.src
	end := p.findParaEnd(j)
	k := j
	for k < end {
		b := strings.IndexByte(s[k:end], '`')
		if b < 0 {
			break
		}
		k += b
		r := k
		for r < end && s[r] == '`' {
			r++
		}
		if r-k == n {
			return k
		}
		k = r
	}
	p.codeFail[n] = end
	return -1
}

// markupTag returns the end of an HTML tag, comment or autolink starting
// at s[i] == '<', or i if there is none.
func (p *proseScanner) markupTag(i, e int) int {
	s := p.src
	if strings.HasPrefix(s[i:], "<!--") {
		if p.noCommentEnd {
			return i + 4
		}
		k := strings.Index(s[i+4:], "-->")
		if k < 0 {
			p.noCommentEnd = true
			return i + 4
		}
		return i + 4 + k + 3
	}
	k := i + 1
	if k < e && (s[k] == '/' || s[k] == '!' || s[k] == '?') {
		k++
	}
	if k >= e || !isASCIILetter(s[k]) {
		return i
	}
	// Tag name, or an autolink's scheme, or an e-mail address.
	for k < e && (isASCIIWord(s[k]) || s[k] == '-' || s[k] == '+' || s[k] == '.') {
		k++
	}
	if k >= e {
		return i
	}
	if s[k] == ':' || s[k] == '@' {
		// Autolink: <scheme:...> or <user@host>.
		for k < e && s[k] != '>' && s[k] != '<' && s[k] != ' ' && s[k] != '\t' {
			k++
		}
		if k < e && s[k] == '>' {
			return k + 1
		}
		return i
	}
	if s[k] != ' ' && s[k] != '\t' && s[k] != '/' && s[k] != '>' {
		return i
	}
	for k < e && s[k] != '>' && s[k] != '<' {
		k++
	}
	if k < e && s[k] == '>' {
		return k + 1
	}
	return i
}

// closeBracket handles a ']' at s[i] and returns where to go on.
func (p *proseScanner) closeBracket(i int) int {
	if p.nOpen == 0 {
		return i + 1
	}
	p.nOpen--
	o := p.open[p.nOpen]
	image := o < 0
	if image {
		o = -o - 1 // position of '[' after '!'
	}
	s := p.src
	end := -1
	if i+1 < len(s) {
		switch s[i+1] {
		case '(':
			end = linkDestination(s, i+1)
		case '[':
			k := i + 2
			for k < len(s) && k-i < 1000 && s[k] != ']' && s[k] != '[' {
				if s[k] == '\n' && blankLineAt(s, k+1) {
					break
				}
				k++
			}
			if k < len(s) && s[k] == ']' {
				end = k + 1
			}
		}
	}
	if end < 0 {
		return i + 1
	}
	if image {
		p.blank(o-1, end)
	} else {
		p.blank(o, o+1)
		p.blank(i, end)
	}
	return end
}

// linkDestination parses "(destination "title")" at s[i] == '(' and
// returns the offset after the closing parenthesis, or -1.
func linkDestination(s string, i int) int {
	j := skipLinkSpace(s, i+1)
	if j < len(s) && s[j] == '<' {
		k := j + 1
		for k < len(s) && s[k] != '>' && s[k] != '\n' && s[k] != '<' {
			k++
		}
		if k >= len(s) || s[k] != '>' {
			return -1
		}
		j = k + 1
	} else {
		depth := 0
	dest:
		for j < len(s) {
			switch c := s[j]; {
			case c <= ' ':
				break dest
			case c == '(':
				depth++
			case c == ')':
				if depth == 0 {
					break dest
				}
				depth--
			case c == '[' || c == ']':
				return -1
			case c == '\\':
				j++
			}
			j++
		}
		if j > len(s) {
			return -1
		}
	}
	j = skipLinkSpace(s, j)
	if j < len(s) && (s[j] == '"' || s[j] == '\'' || s[j] == '(') {
		closeCh := s[j]
		if closeCh == '(' {
			closeCh = ')'
		}
		k := j + 1
		for k < len(s) && s[k] != closeCh && k-j < 1000 {
			if s[k] == '\n' && blankLineAt(s, k+1) {
				return -1
			}
			if s[k] == '\\' {
				k++
			}
			k++
		}
		if k >= len(s) || s[k] != closeCh {
			return -1
		}
		j = skipLinkSpace(s, k+1)
	}
	if j < len(s) && s[j] == ')' {
		return j + 1
	}
	return -1
}

// skipLinkSpace skips spaces, tabs and at most one line end.
func skipLinkSpace(s string, j int) int {
	nl := false
	for j < len(s) {
		switch s[j] {
		case ' ', '\t', '\r':
		case '\n':
			if nl {
				return j
			}
			nl = true
		default:
			return j
		}
		j++
	}
	return j
}

// isEmphasis reports whether the run s[i:j] of c (* _ ~) in the line
// s[a:e] is emphasis markup rather than a literal character, after
// CommonMark's flanking rules.
func (p *proseScanner) isEmphasis(a, e, i, j int, c byte) bool {
	s := p.src
	before, after := ' ', ' '
	if i > a {
		before, _ = utf8.DecodeLastRuneInString(s[a:i])
	}
	if j < e {
		after, _ = utf8.DecodeRuneInString(s[j:e])
	}
	bs, as := unicode.IsSpace(before), unicode.IsSpace(after)
	bp, ap := isPunctRune(before), isPunctRune(after)
	left := !as && (!ap || bs || bp)
	right := !bs && (!bp || as || ap)
	switch c {
	case '_':
		return left && (!right || bp) || right && (!left || ap)
	case '~':
		return j-i >= 2 && (left || right)
	}
	return left || right
}

func isPunctRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&cPunct != 0
	}
	return unicode.IsPunct(r) || unicode.IsSymbol(r)
}

// entity blanks an HTML entity (&amp; &#38; &#x26;) at s[i] == '&'.
func (p *proseScanner) entity(i, e int) int {
	s := p.src
	k := i + 1
	if k < e && s[k] == '#' {
		k++
		if k < e && (s[k] == 'x' || s[k] == 'X') {
			k++
		}
	}
	n := k
	for n < e && n-k < 32 && isASCIIWord(s[n]) {
		n++
	}
	if n > k && n < e && s[n] == ';' {
		p.blank(i, n+1)
		return n + 1
	}
	return i + 1
}

// urlBoundary reports whether a URL may start at s[t] (in the line
// starting at a): at the line start or after something that is not part
// of a word or a path.
func urlBoundary(s string, a, t int) bool {
	if t == a {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[a:t])
	if isWordRune(r) {
		return false
	}
	switch r {
	case '/', '.', '@', '-', '_', ':', '%', '+', '#', '&', '=', '?', '~':
		return false
	}
	return true
}

// urlEnd returns the end of a bare URL starting at s[t] in the line ending
// at e: up to white space or < > [ ], less trailing punctuation and
// unbalanced closing parentheses.
func urlEnd(s string, t, e int) int {
	k := t
	for k < e {
		c := s[k]
		if c == ' ' || c == '\t' || c == '<' || c == '>' || c == '[' || c == ']' || c == '`' {
			break
		}
		if c >= utf8.RuneSelf {
			if ok, _ := spaceAt(s, k); ok {
				break
			}
		}
		k++
	}
	for k > t {
		switch s[k-1] {
		case '.', ',', ':', ';', '!', '?', '"', '\'', '*', '_', '~':
			k--
			continue
		case ')':
			if strings.Count(s[t:k], "(") < strings.Count(s[t:k], ")") {
				k--
				continue
			}
		}
		break
	}
	return k
}

// schemeURL blanks a URL such as https://example.com or mailto:a@b.c whose
// ':' is at s[i].
func (p *proseScanner) schemeURL(a, e, i int) int {
	s := p.src
	t := i
	for t > a && i-t < 32 && (isASCIIWord(s[t-1]) || s[t-1] == '+' || s[t-1] == '.' || s[t-1] == '-') {
		t--
	}
	if t == i || !isASCIILetter(s[t]) || !urlBoundary(s, a, t) {
		return i + 1
	}
	scheme := s[t:i]
	slashes := strings.HasPrefix(s[i:], "://")
	if !slashes && !strings.EqualFold(scheme, "mailto") && !strings.EqualFold(scheme, "tel") {
		return i + 1
	}
	end := urlEnd(s, t, e)
	if end <= i+1 || slashes && end <= i+3 {
		return i + 1
	}
	p.blank(t, end)
	return end
}

// wwwURL blanks a URL starting with "www." whose '.' is at s[i].
func (p *proseScanner) wwwURL(a, e, i int) int {
	s := p.src
	t := i - 3
	if t < a || !strings.EqualFold(s[t:i], "www") || !urlBoundary(s, a, t) ||
		i+1 >= e || !isASCIIWord(s[i+1]) {
		return i + 1
	}
	end := urlEnd(s, t, e)
	p.blank(t, end)
	return end
}

// domainURL blanks a scheme-less URL such as example.com/path whose first
// '/' is at s[i].
func (p *proseScanner) domainURL(a, e, i int) int {
	s := p.src
	t := i
	for t > a && i-t < 256 && (isASCIIWord(s[t-1]) || s[t-1] == '.' || s[t-1] == '-') {
		t--
	}
	if t == i || !isASCIIWord(s[t]) || !urlBoundary(s, a, t) {
		return i + 1
	}
	host := s[t:i]
	dot := strings.LastIndexByte(host, '.')
	if dot < 0 || len(host)-dot-1 < 2 {
		return i + 1
	}
	for k := dot + 1; k < len(host); k++ {
		if !isASCIILetter(host[k]) {
			return i + 1
		}
	}
	end := urlEnd(s, t, e)
	p.blank(t, end)
	return end
}

// email blanks an e-mail address whose '@' is at s[i].
func (p *proseScanner) email(a, e, i int) int {
	s := p.src
	t := i
	for t > a && i-t < 64 && (isASCIIWord(s[t-1]) || strings.IndexByte("._%+-", s[t-1]) >= 0) {
		t--
	}
	if t == i || !urlBoundary(s, a, t) {
		return i + 1
	}
	k := i + 1
	dot := -1
	for k < e && (isASCIIWord(s[k]) || s[k] == '.' || s[k] == '-') {
		if s[k] == '.' {
			dot = k
		}
		k++
	}
	for k > i+1 && (s[k-1] == '.' || s[k-1] == '-') {
		k--
	}
	if dot < 0 || dot >= k-1 || dot == i+1 {
		return i + 1
	}
	p.blank(t, k)
	return k
}
