package render

import (
	"bytes"
	"slices"
)

// goldmark takes time that grows with the square of some inputs' size:
//
//   - containers nested on one line (`> > > …`, `- - - … x`, `1. 1. … x`):
//     each level re-reads the rest of the line, so 50,000 levels took 7 s;
//   - brackets nested on one line (`[[[[…]]]]`): at each `]`, the text back
//     to its `[` is read again, so 100,000 levels took 6 s;
//   - lists nested by indentation over many lines: each line is measured
//     against every open item, so 1,000 levels (1 MB) took 2 s and the
//     time grew with the size to the power 1.5;
//   - link openers that do not close (`[a](` repeated): at each `](`, the
//     link destination is read to the end of the run of non-spaces (or, for
//     `](<`, of the line), so 100,000 of them in 400 KB took 50 s.
//
// boundMarkdown escapes, with a backslash, the markers that make that
// work, where a line passes a bound that no written text comes near:
// container markers past the 32nd level of one line, list markers past
// the 32nd level of lists nested over lines, brackets past the
// 32nd level on a line holding more than 32 of them, and link openers
// that cannot open a link (or open one nested more than 32 parentheses
// deep, which CommonMark lets a parser refuse) on a line holding more than
// 32 of them. A backslash before punctuation prints the punctuation, so
// the page shows the same characters; what changes is that goldmark reads
// them once. Lines under the bounds, fenced code and thematic breaks
// (`- - - -`) are left as they are, so normal Markdown renders byte for
// byte as before.
const (
	maxLineNesting = 32
	maxLineOpeners = 32
	maxParenDepth  = 32
)

// boundMarkdown returns src with the markers past the bounds escaped; src
// itself when nothing passes them, which is every normal document.
func boundMarkdown(src []byte) []byte {
	var out []byte // nil until a line changes
	var lists listNesting
	fence := byte(0)
	fenceLen := 0
	for start := 0; start < len(src); {
		end := bytes.IndexByte(src[start:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += start
		}
		line := src[start:end]
		// Fenced code keeps its text exactly: a backslash there would show.
		if c, n := fenceOf(line); n > 0 && (fence == 0 || (c == fence && n >= fenceLen)) {
			if fence == 0 {
				fence, fenceLen = c, n
			} else {
				fence, fenceLen = 0, 0
			}
		}
		var escapes []int
		if fence == 0 {
			escapes = lineEscapes(line)
			if at, ok := lists.next(line); ok {
				escapes = append(escapes, at)
				slices.Sort(escapes)
				escapes = slices.Compact(escapes)
			}
		}
		if len(escapes) > 0 && out == nil {
			out = make([]byte, 0, len(src)+len(escapes)+64)
			out = append(out, src[:start]...)
		}
		if out != nil {
			last := 0
			for _, e := range escapes {
				out = append(out, line[last:e]...)
				out = append(out, '\\')
				last = e
			}
			out = append(out, line[last:]...)
			if end < len(src) {
				out = append(out, '\n')
			}
		}
		start = end + 1
	}
	if out == nil {
		return src
	}
	return out
}

// fenceOf is the fence character and length a line opens or closes a
// fenced code block with (``` or ~~~), or 0.
func fenceOf(line []byte) (byte, int) {
	t := bytes.TrimLeft(line, " ")
	if len(line)-len(t) > 3 || len(t) < 3 || (t[0] != '`' && t[0] != '~') {
		return 0, 0
	}
	n := 0
	for n < len(t) && t[n] == t[0] {
		n++
	}
	if n < 3 {
		return 0, 0
	}
	return t[0], n
}

// lineEscapes lists the offsets in line before which a backslash goes, in
// order.
func lineEscapes(line []byte) []int {
	esc := nestingEscape(line)
	// Counting one byte is much faster than counting two; most lines
	// hold no more than a few ] at all.
	if bytes.Count(line, []byte("]")) > maxLineOpeners && bytes.Count(line, []byte("](")) > maxLineOpeners {
		esc = append(esc, openerEscapes(line)...)
	}
	if bytes.Count(line, []byte("[")) > maxLineOpeners {
		esc = append(esc, bracketEscapes(line)...)
	}
	slices.Sort(esc)
	return esc
}

// nestingEscape is where the container marker past maxLineNesting starts,
// if the line opens that many containers (> and list markers) in a row.
func nestingEscape(line []byte) []int {
	i, depth := 0, 0
	for {
		for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
			i++
		}
		if i >= len(line) {
			return nil
		}
		n, at := 0, i // the marker's length, and where its escape goes
		switch c := line[i]; {
		case c == '>':
			n = 1
		case c == '-' || c == '*' || c == '+':
			if i+1 < len(line) && (line[i+1] == ' ' || line[i+1] == '\t') {
				n = 1
			}
		case c >= '0' && c <= '9':
			j := i
			for j < len(line) && j-i < 9 && line[j] >= '0' && line[j] <= '9' {
				j++
			}
			if j+1 < len(line) && (line[j] == '.' || line[j] == ')') && (line[j+1] == ' ' || line[j+1] == '\t') {
				// \1. would print the backslash: 1\. escapes the marker.
				n, at = j+1-i, j
			}
		}
		if n == 0 {
			return nil
		}
		if depth == maxLineNesting {
			if isThematicBreak(line) {
				return nil
			}
			return []int{at}
		}
		depth++
		i += n
	}
}

// isThematicBreak reports a line of three or more -, * or _ (one kind)
// and spaces: a rule, however long, not nested lists.
func isThematicBreak(line []byte) bool {
	var c byte
	n := 0
	for _, b := range line {
		switch {
		case b == ' ' || b == '\t':
		case c == 0 && (b == '-' || b == '*' || b == '_'):
			c = b
			n++
		case b == c:
			n++
		default:
			return false
		}
	}
	return n >= 3
}

// openerEscapes finds the `(` of `](` openers that goldmark would read to
// the end of their run or line for nothing: an opener still open when its
// run of non-spaces ends, but for the last one (which a title may follow),
// an opener holding parentheses nested deeper than maxParenDepth, and an
// angle opener `](<` whose `>` comes after the next opener. Each kept
// opener then reads text no other kept opener reads more than
// maxParenDepth times over.
func openerEscapes(line []byte) []int {
	type paren struct {
		at           int
		opener, deep bool
	}
	var esc []int
	var stack []paren
	angle := -1 // an angle opener whose > has not come yet
	endRun := func() {
		// Every opener left open but the last is read to here for nothing.
		last := -1
		for k := len(stack) - 1; k >= 0; k-- {
			if stack[k].opener {
				last = k
				break
			}
		}
		for k, p := range stack {
			if p.opener && (k != last || p.deep) {
				esc = append(esc, p.at)
			}
		}
		stack = stack[:0]
	}
	for i := 0; i < len(line); i++ {
		switch c := line[i]; c {
		case '\\':
			if i+1 < len(line) && isPunct(line[i+1]) {
				i++
			}
		case ' ', '\t', '\r', '\v', '\f':
			endRun()
		case '>':
			angle = -1
		case '(':
			opener := i > 0 && line[i-1] == ']'
			if opener && i+1 < len(line) && line[i+1] == '<' {
				if angle >= 0 {
					esc = append(esc, angle)
				}
				angle = i
				opener = false // bounded by the angle rule, not by parentheses
			}
			stack = append(stack, paren{at: i, opener: opener})
			if n := len(stack); n > maxParenDepth+1 {
				stack[n-maxParenDepth-2].deep = true
			}
		case ')':
			if n := len(stack); n > 0 {
				if p := stack[n-1]; p.opener && p.deep {
					esc = append(esc, p.at)
				}
				stack = stack[:n-1]
			}
		}
	}
	endRun()
	return esc
}

// bracketEscapes finds the [ nested more than maxParenDepth deep, which
// CommonMark link text never needs.
func bracketEscapes(line []byte) []int {
	var esc []int
	depth := 0
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '\\':
			if i+1 < len(line) && isPunct(line[i+1]) {
				i++
			}
		case '[':
			if depth == maxParenDepth {
				esc = append(esc, i)
				continue
			}
			depth++
		case ']':
			if depth > 0 {
				depth--
			}
		}
	}
	return esc
}

func isPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

// listNesting follows the list items open over lines, as CommonMark nests
// them, closely enough to bound their depth: an item opens at a list
// marker indented less than four columns past the content of the item it
// nests in (or of the page), and closes at a marker, or a line after a
// blank line, indented less than its content. It errs towards counting
// too deep, which at worst escapes a marker that renders the same.
type listNesting struct {
	content    []int // the content column of each open item, outermost first
	afterBlank bool
}

// next reads one line outside fenced code and returns where the list
// marker past maxLineNesting open items starts, if it has one.
func (l *listNesting) next(line []byte) (int, bool) {
	i, col := indentOf(line, 0, 0)
	// A block quote's content is measured from after its marker and the
	// one space the marker takes with it.
	for i < len(line) && line[i] == '>' && col <= 3 {
		i, col = indentOf(line, i+1, 0)
		col = max(col-1, 0)
	}
	if i == len(line) {
		l.afterBlank = true
		return 0, false
	}
	afterBlank := l.afterBlank
	l.afterBlank = false
	n, at := listMarker(line, i)
	if n == 0 {
		if afterBlank {
			l.close(col)
		}
		return 0, false
	}
	l.close(col)
	if k := len(l.content); k > 0 && col >= l.content[k-1]+4 || k == 0 && col >= 4 {
		return 0, false // text or code inside the item, not a new item
	}
	for n > 0 {
		if len(l.content) == maxLineNesting {
			if isThematicBreak(line) {
				return 0, false
			}
			return at, true
		}
		j, after := indentOf(line, i+n, col+n)
		if j == len(line) || after-(col+n) > 4 {
			after = col + n + 1 // an empty item, or one holding code
		}
		l.content = append(l.content, after)
		i, col = j, after
		n, at = listMarker(line, i)
	}
	return 0, false
}

// close closes the items whose content lies right of column col.
func (l *listNesting) close(col int) {
	for k := len(l.content); k > 0 && col < l.content[k-1]; k-- {
		l.content = l.content[:k-1]
	}
}

// indentOf skips the spaces and tabs from line[i], at column col, and
// returns where they end and the column there (a tab stops at the next
// multiple of four).
func indentOf(line []byte, i, col int) (int, int) {
	for ; i < len(line); i++ {
		switch line[i] {
		case ' ':
			col++
		case '\t':
			col += 4 - col%4
		default:
			return i, col
		}
	}
	return i, col
}

// listMarker is the length of the list marker at line[i] (-, *, + or a
// number with . or ) followed by a space, a tab or the line end) and where
// its escape goes, or 0.
func listMarker(line []byte, i int) (n, at int) {
	if i >= len(line) {
		return 0, 0
	}
	spaceAfter := func(j int) bool { return j == len(line) || line[j] == ' ' || line[j] == '\t' }
	switch c := line[i]; {
	case c == '-' || c == '*' || c == '+':
		if spaceAfter(i + 1) {
			return 1, i
		}
	case c >= '0' && c <= '9':
		j := i
		for j < len(line) && j-i < 9 && line[j] >= '0' && line[j] <= '9' {
			j++
		}
		if j < len(line) && (line[j] == '.' || line[j] == ')') && spaceAfter(j+1) {
			// \1. would print the backslash: 1\. escapes the marker.
			return j + 1 - i, j
		}
	}
	return 0, 0
}
