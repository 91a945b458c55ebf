package mddoc

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// kind is the kind of a Markdown block, as far as finding a PR/FAQ's parts
// needs to know it.
type kind int

const (
	paragraph kind = iota
	heading
	listItem
	blockquote
	code
	htmlBlock // raw HTML or a comment
	rule      // a thematic break
	// admonition is a docs site's callout: "!!! note "Title"" or a
	// collapsible "??? question "Title"", its text indented under it.
	admonition
)

// block is one block of the file: lines from..to (0-based, inclusive).
// The scanner follows CommonMark's block structure closely enough for
// headings, paragraphs, lists, quotes, fences and comments to be found
// where a Markdown renderer finds them, and it keeps exact byte offsets,
// which a renderer's tree does not give for every line.
type block struct {
	kind     kind
	from, to int
	level    int // heading level, 1 to 6
	// start and end are the byte offsets of a heading's text in its
	// first line.
	start, end int
	// indent is where a list item's content starts in its lines.
	indent  int
	ordered bool
}

// scan cuts lines[first:] into blocks.
func scan(lines []string, first int) []block {
	n := len(lines)
	out := make([]block, 0, n/2+1) // a block and a blank line, mostly
	for i := first; i < n; {
		l := lines[i]
		switch {
		case blank(l):
			i++
			continue
		case fence(l) != "":
			j := closeFence(lines, i)
			out = append(out, block{kind: code, from: i, to: j})
			i = j + 1
			continue
		case strings.HasPrefix(strings.TrimLeft(l, " "), "<!--"):
			j := i
			for j < n-1 && !strings.Contains(lines[j], "-->") {
				j++
			}
			out = append(out, block{kind: htmlBlock, from: i, to: j})
			i = j + 1
			continue
		case htmlStart(l):
			j := i
			for j+1 < n && !blank(lines[j+1]) {
				j++
			}
			out = append(out, block{kind: htmlBlock, from: i, to: j})
			i = j + 1
			continue
		}
		if _, ok := admonitionHead(l); ok {
			j := admonitionEnd(lines, i)
			out = append(out, block{kind: admonition, from: i, to: j})
			i = j + 1
			continue
		}
		if level, s, e, ok := atx(l); ok {
			out = append(out, block{kind: heading, from: i, to: i, level: level, start: s, end: e})
			i++
			continue
		}
		if thematicBreak(l) {
			out = append(out, block{kind: rule, from: i, to: i})
			i++
			continue
		}
		if quoteMarker(l) >= 0 {
			j := i
			for j+1 < n && !blank(lines[j+1]) && (quoteMarker(lines[j+1]) >= 0 || !interrupts(lines[j+1])) {
				j++
			}
			if k := j + 2; k < n && blank(lines[j+1]) && (k+1 == n || blank(lines[k+1])) && dashAttribution(lines[k]) && !dashAttribution(lines[j][quoteContent(lines[j]):]) {
				// "> I stopped running for boats." over "*— Ola
				// Nordmann, commuter*": the speaker, written under the
				// quote rather than in it, is the quote's.
				j = k
			}
			out = append(out, block{kind: blockquote, from: i, to: j})
			i = j + 1
			continue
		}
		if content, ordered, ok := listMarker(l); ok {
			j := listItemEnd(lines, i, content)
			out = append(out, block{kind: listItem, from: i, to: j, indent: content, ordered: ordered})
			i = j + 1
			continue
		}
		// A paragraph, which an underline may turn into a heading.
		j := i
		level := 0
		for j+1 < n && !blank(lines[j+1]) {
			if lv := setext(lines[j+1]); lv > 0 {
				level = lv
				break
			}
			if interrupts(lines[j+1]) {
				break
			}
			j++
		}
		if level > 0 {
			s := len(l) - len(strings.TrimLeft(l, " \t"))
			e := len(strings.TrimRight(l, " \t"))
			out = append(out, block{kind: heading, from: i, to: j + 1, level: level, start: s, end: max(e, s)})
			i = j + 2
			continue
		}
		out = append(out, block{kind: paragraph, from: i, to: j})
		i = j + 1
	}
	return out
}

func blank(l string) bool { return strings.TrimSpace(l) == "" }

// dashAttribution: a line that only names a speaker after a dash, "—
// Ola Nordmann, commuter", perhaps in emphasis.
func dashAttribution(l string) bool {
	t := strings.Trim(strings.TrimSpace(l), "*_")
	for _, dash := range []string{"—", "–", "--", "~"} {
		if rest, ok := strings.CutPrefix(t, dash); ok {
			r, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, " "))
			return unicode.IsUpper(r)
		}
	}
	return false
}

// indentOf is a line's indentation in columns; a tab counts as four.
func indentOf(l string) int {
	n := 0
	for _, c := range l {
		switch c {
		case ' ':
			n++
		case '\t':
			n += 4 - n%4
		default:
			return n
		}
	}
	return n
}

// atx reads "## Heading ##": the level and the text's byte offsets.
func atx(l string) (level, start, end int, ok bool) {
	i := 0
	for i < len(l) && i < 3 && l[i] == ' ' {
		i++
	}
	j := i
	for j < len(l) && l[j] == '#' {
		j++
	}
	level = j - i
	if level < 1 || level > 6 || (j < len(l) && l[j] != ' ' && l[j] != '\t') {
		return 0, 0, 0, false
	}
	start = j
	for start < len(l) && (l[start] == ' ' || l[start] == '\t') {
		start++
	}
	end = len(strings.TrimRight(l, " \t"))
	// A closing run of # after a space is not part of the text.
	if k := len(strings.TrimRight(l[:end], "#")); k < end && (k == start || (k > start && (l[k-1] == ' ' || l[k-1] == '\t'))) {
		end = len(strings.TrimRight(l[:k], " \t"))
	}
	return level, start, max(end, start), true
}

// setext is the level an underline of = or - gives the paragraph above
// it, or 0.
func setext(l string) int {
	t := strings.TrimSpace(l)
	if indentOf(l) > 3 || t == "" {
		return 0
	}
	if strings.Trim(t, "=") == "" {
		return 1
	}
	if strings.Trim(t, "-") == "" {
		return 2
	}
	return 0
}

func thematicBreak(l string) bool {
	t0 := strings.TrimLeft(l, " ")
	if t0 == "" || (t0[0] != '-' && t0[0] != '*' && t0[0] != '_') || indentOf(l) > 3 {
		return false
	}
	t := strings.ReplaceAll(strings.ReplaceAll(strings.TrimSpace(l), " ", ""), "\t", "")
	if len(t) < 3 {
		return false
	}
	c := t[0]
	return (c == '-' || c == '*' || c == '_') && strings.Trim(t, string(c)) == ""
}

// fence is the opening run of a fenced code block (``` or ~~~), or "".
func fence(l string) string {
	if indentOf(l) > 3 {
		return ""
	}
	t := strings.TrimLeft(l, " ")
	for _, c := range []string{"`", "~"} {
		if strings.HasPrefix(t, c+c+c) {
			run := t[:len(t)-len(strings.TrimLeft(t, c))]
			if c == "`" && strings.Contains(t[len(run):], "`") {
				return "" // a backtick in the info string: inline code
			}
			return run
		}
	}
	return ""
}

// closeFence is the line that closes the fence opened at line i, or the
// last line when it is never closed.
func closeFence(lines []string, i int) int {
	open := fence(lines[i])
	for j := i + 1; j < len(lines); j++ {
		t := strings.TrimSpace(lines[j])
		if indentOf(lines[j]) <= 3 && strings.HasPrefix(t, open) && strings.Trim(t, open[:1]) == "" {
			return j
		}
	}
	return len(lines) - 1
}

// blockTags are the HTML tags that open a block even in the middle of a
// paragraph, as CommonMark's HTML blocks of kind 6 do: a </details> on
// the line after an answer ends the answer.
var blockTags = words("details", "summary", "div", "table", "p", "section", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "figure", "hr", "br", "pre")

// htmlBlockTag: a line that opens or closes one of blockTags.
func htmlBlockTag(l string) bool {
	t := strings.TrimLeft(l, " ")
	if indentOf(l) > 3 || len(t) < 3 || t[0] != '<' {
		return false
	}
	t = strings.TrimPrefix(t[1:], "/")
	end := strings.IndexAny(t, " >/")
	if end < 0 {
		return false
	}
	return blockTags[strings.ToLower(t[:end])]
}

// htmlStart: a line opening raw HTML, such as <div> or </details>.
func htmlStart(l string) bool {
	t := strings.TrimLeft(l, " ")
	if indentOf(l) > 3 || len(t) < 2 || t[0] != '<' {
		return false
	}
	c := t[1]
	if c == '/' && len(t) > 2 {
		c = t[2]
	}
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// quoteMarker is the byte offset of a line's > marker, or -1.
func quoteMarker(l string) int {
	i := 0
	for i < len(l) && i < 3 && l[i] == ' ' {
		i++
	}
	if i < len(l) && l[i] == '>' {
		return i
	}
	return -1
}

// quoteContent is where a quoted line's text starts, after "> ".
func quoteContent(l string) int {
	i := quoteMarker(l)
	if i < 0 {
		return 0
	}
	i++
	if i < len(l) && l[i] == ' ' {
		i++
	}
	return i
}

// listMarker reads "- ", "* ", "+ ", "1. " or "1) " at the start of a
// line: content is where the item's text starts.
func listMarker(l string) (content int, ordered, ok bool) {
	i := 0
	for i < len(l) && i < 3 && l[i] == ' ' {
		i++
	}
	j := i
	switch {
	case j < len(l) && (l[j] == '-' || l[j] == '*' || l[j] == '+'):
		j++
	default:
		for j < len(l) && j-i < 9 && l[j] >= '0' && l[j] <= '9' {
			j++
		}
		if j == i || j >= len(l) || (l[j] != '.' && l[j] != ')') {
			return 0, false, false
		}
		j++
		ordered = true
	}
	if j == len(l) {
		return j, ordered, true
	}
	if l[j] != ' ' && l[j] != '\t' {
		return 0, false, false
	}
	k := j
	for k < len(l) && l[k] == ' ' {
		k++
	}
	if k-j > 4 || k == len(l) {
		k = j + 1
	}
	return k, ordered, true
}

// listItemEnd is the last line of the list item that starts at line i:
// lines indented to its content belong to it, blank lines included, and
// so do lines that carry on its paragraph without indentation.
func listItemEnd(lines []string, i, content int) int {
	j := i
	for k := i + 1; k < len(lines); k++ {
		l := lines[k]
		if blank(l) {
			continue
		}
		if indentOf(l) >= content {
			j = k
			continue
		}
		if k == j+1 && !interrupts(l) && setext(l) == 0 {
			j = k // a lazy continuation of the item's paragraph
			continue
		}
		break
	}
	return j
}

// interrupts: a line that ends a paragraph without a blank line.
func interrupts(l string) bool {
	if _, _, _, ok := atx(l); ok {
		return true
	}
	if fence(l) != "" || quoteMarker(l) >= 0 || thematicBreak(l) || strings.HasPrefix(strings.TrimLeft(l, " "), "<!--") {
		return true
	}
	if htmlBlockTag(l) {
		return true
	}
	if _, _, ok := listMarker(l); ok {
		return !blank(l[min(len(l), indentOf(l)+2):])
	}
	return false
}
