package store

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// parseFast builds the tree that yaml.v3's Decoder.Decode would build for
// data, for the subset of YAML that PR/FAQ documents, templates and lint
// configurations use: block mappings and sequences, one-line plain and
// quoted scalars, literal and folded blocks, and one-line flow collections
// of scalars. yaml.v3 scans at about 17 MB/s, which made decoding the
// largest cost of linting many files.
//
// ok is false for anything outside the subset and for anything that might
// be read differently or be an error in yaml.v3; the caller then decodes
// with yaml.v3, which also writes every error message. The tree leaves out
// comments, which nothing reads.
func parseFast(data []byte) (root *yaml.Node, ok bool) {
	src := string(data)
	lines, ok := splitLines(src)
	if !ok {
		return nil, false
	}
	// The first slab holds about as many nodes as a PR/FAQ has: a key and a
	// value for each ':' and an entry for each "- ", with a few to spare.
	nodes := min(2*strings.Count(src, ":")+strings.Count(src, "- ")+8, 512)
	p := &fastParser{lines: lines, free: make([]yaml.Node, nodes)}
	p.skip()
	if p.i == len(lines) {
		return nil, false
	}
	// yaml.v3 places the document at its --- line or else at the first
	// token, which comes after any leading comments.
	doc := p.node(yaml.DocumentNode, "", "", 0, p.i+1, 1)
	if l := lines[p.i]; strings.HasPrefix(l.text, "---") {
		if !onlyComment(l.text, 3) {
			return nil, false
		}
		p.i++
		p.skip()
	}
	if p.i == len(lines) || lines[p.i].indent != 0 {
		return nil, false
	}
	top, ok := p.mapping(0)
	// Whatever follows the mapping (a second document, "...", a stray
	// line) is left to yaml.v3 to report.
	if !ok || p.i != len(lines) {
		return nil, false
	}
	doc.Content = []*yaml.Node{top}
	return doc, true
}

// maxFastDepth bounds the recursion; PR/FAQ files nest four levels deep.
const maxFastDepth = 32

type fastParser struct {
	lines []fastLine
	i     int         // the line being parsed
	free  []yaml.Node // nodes are allocated in chunks: most of a tree is leaves
	depth int

	colLine, colAt, colRunes int // column's last position
}

type fastLine struct {
	text   string // without the line break
	indent int    // leading spaces; len(text) for a line of spaces only
	nl     bool   // a line break follows (the last line may have none)
}

func (l fastLine) blank() bool   { return l.indent == len(l.text) }
func (l fastLine) comment() bool { return !l.blank() && l.text[l.indent] == '#' }

// dash reports whether the line is a block sequence entry.
func (l fastLine) dash() bool {
	t := l.text
	return !l.blank() && t[l.indent] == '-' && (l.indent+1 == len(t) || t[l.indent+1] == ' ')
}

// splitLines cuts src into lines, refusing the characters that yaml.v3
// rejects or treats specially: tabs (often an indentation error), control
// characters, a lone CR, the Unicode line breaks NEL, LS and PS, and a BOM
// inside the text.
func splitLines(src string) ([]fastLine, bool) {
	lines := make([]fastLine, 0, strings.Count(src, "\n")+1)
	start := 0
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c >= 0x20 && c < 0x7f:
			i++
		case c == '\n':
			lines = append(lines, newFastLine(strings.TrimSuffix(src[start:i], "\r"), true))
			i++
			start = i
		case c == '\r':
			if i+1 == len(src) || src[i+1] != '\n' {
				return nil, false
			}
			i++
		case c < 0x80:
			return nil, false
		default:
			r, size := utf8.DecodeRuneInString(src[i:])
			if size == 1 || r < 0xa0 || r == 0x2028 || r == 0x2029 || r == 0xfeff || (r > 0xd7ff && r < 0xe000) || r == 0xfffe || r == 0xffff {
				return nil, false
			}
			i += size
		}
	}
	if start < len(src) {
		lines = append(lines, newFastLine(src[start:], false))
	}
	return lines, true
}

func newFastLine(text string, nl bool) fastLine {
	n := 0
	for n < len(text) && text[n] == ' ' {
		n++
	}
	return fastLine{text: text, indent: n, nl: nl}
}

// skip passes blank lines and comment lines.
func (p *fastParser) skip() {
	for p.i < len(p.lines) && (p.lines[p.i].blank() || p.lines[p.i].comment()) {
		p.i++
	}
}

func (p *fastParser) node(kind yaml.Kind, tag, value string, style yaml.Style, line, col int) *yaml.Node {
	if len(p.free) == 0 {
		p.free = make([]yaml.Node, 32)
	}
	n := &p.free[0]
	p.free = p.free[1:]
	*n = yaml.Node{Kind: kind, Tag: tag, Value: value, Style: style, Line: line, Column: col}
	return n
}

// column is yaml.v3's 1-based column of byte i of the current line: it
// counts characters, not bytes. It counts on from the last call on the line
// so that a long flow collection does not take quadratic time.
func (p *fastParser) column(i int) int {
	if p.colLine != p.i || p.colAt > i {
		p.colLine, p.colAt, p.colRunes = p.i, 0, 0
	}
	p.colRunes += utf8.RuneCountInString(p.lines[p.i].text[p.colAt:i])
	p.colAt = i
	return p.colRunes + 1
}

// mapping parses a block mapping whose first key starts at byte at of the
// current line. at is also the mapping's indentation: the prefix before it
// is spaces, or spaces and "- " in a sequence entry.
func (p *fastParser) mapping(at int) (*yaml.Node, bool) {
	if p.depth++; p.depth > maxFastDepth {
		return nil, false
	}
	defer func() { p.depth-- }()
	m := p.node(yaml.MappingNode, "!!map", "", 0, p.i+1, at+1)
	for {
		text := p.lines[p.i].text
		colon := keyEnd(text, at)
		if colon < 0 {
			return nil, false
		}
		key := text[at:colon]
		k := p.node(yaml.ScalarNode, plainTag(key), key, 0, p.i+1, at+1)
		v, ok := p.value(at, colon+1, true)
		if !ok {
			return nil, false
		}
		m.Content = append(m.Content, k, v)
		p.skip()
		if p.i == len(p.lines) || p.lines[p.i].indent < at {
			return m, true
		}
		// A deeper line continues a plain scalar or is an error.
		if p.lines[p.i].indent > at {
			return nil, false
		}
	}
}

// keyEnd returns the index of the ':' that ends a simple key starting at
// text[at], or -1. Keys are restricted to names: anything that could be an
// indicator, a comment, a quoted or long key is left to yaml.v3.
func keyEnd(text string, at int) int {
	if c := text[at]; !(c == '_' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= 0x80) {
		return -1
	}
	for i := at + 1; i < len(text) && i-at < 256; i++ {
		switch text[i] {
		case ':':
			if (i+1 == len(text) || text[i+1] == ' ') && text[i-1] != ' ' {
				return i
			}
			return -1
		case '#', '\'', '"', '[', ']', '{', '}', ',', '&', '*', '!', '|', '>', '%', '@', '`', '?':
			return -1
		}
	}
	return -1
}

// sequence parses a block sequence whose entries start at column indent.
func (p *fastParser) sequence(indent int) (*yaml.Node, bool) {
	if p.depth++; p.depth > maxFastDepth {
		return nil, false
	}
	defer func() { p.depth-- }()
	s := p.node(yaml.SequenceNode, "!!seq", "", 0, p.i+1, indent+1)
	for {
		text := p.lines[p.i].text
		i := indent + 1
		for i < len(text) && text[i] == ' ' {
			i++
		}
		// An empty entry, or one whose content starts on the next line or
		// is itself a sequence, is rare enough to leave to yaml.v3.
		if i == len(text) || text[i] == '#' || text[i] == '-' && (i+1 == len(text) || text[i+1] == ' ') {
			return nil, false
		}
		var item *yaml.Node
		var ok bool
		if keyEnd(text, i) >= 0 {
			item, ok = p.mapping(i)
		} else {
			item, ok = p.value(indent, i, false)
		}
		if !ok {
			return nil, false
		}
		s.Content = append(s.Content, item)
		p.skip()
		if p.i == len(p.lines) || p.lines[p.i].indent != indent || !p.lines[p.i].dash() {
			return s, true
		}
	}
}

// value parses the value that starts after byte from of the current line:
// after a key's ':' (inMapping) or a sequence entry's "- ". owner is the
// indentation of the enclosing block collection, which bounds block
// scalars and nested collections as it does in yaml.v3.
func (p *fastParser) value(owner, from int, inMapping bool) (*yaml.Node, bool) {
	line := p.i + 1
	text := p.lines[p.i].text
	i := from
	for i < len(text) && text[i] == ' ' {
		i++
	}
	if i == len(text) || text[i] == '#' {
		if !inMapping {
			return nil, false
		}
		col := p.column(from)
		p.i++
		p.skip()
		if p.i < len(p.lines) {
			next := p.lines[p.i]
			switch {
			case next.indent > owner && next.dash():
				return p.sequence(next.indent)
			case next.indent > owner:
				return p.mapping(next.indent)
			case next.indent == owner && next.dash():
				// YAML lets a mapping's sequence value sit at the key's
				// indentation.
				return p.sequence(owner)
			}
		}
		// yaml.v3 places an empty value just after the ':'.
		return p.node(yaml.ScalarNode, "!!null", "", 0, line, col), true
	}

	var n *yaml.Node
	end := len(text)
	switch c := text[i]; c {
	case '|', '>':
		return p.blockScalar(owner, i)
	case '"', '\'':
		v, e, ok := quoted(text, i)
		if !ok {
			return nil, false
		}
		n, end = p.node(yaml.ScalarNode, "!!str", v, quoteStyle(c), line, p.column(i)), e
	case '[', '{':
		var ok bool
		if n, end, ok = p.flow(text, i, line); !ok {
			return nil, false
		}
	default:
		v, ok := plainScalar(text, i)
		if !ok {
			return nil, false
		}
		n = p.node(yaml.ScalarNode, plainTag(v), v, 0, line, p.column(i))
	}
	if !onlyComment(text, end) {
		return nil, false
	}
	p.i++
	return n, true
}

func quoteStyle(q byte) yaml.Style {
	if q == '"' {
		return yaml.DoubleQuotedStyle
	}
	return yaml.SingleQuotedStyle
}

// onlyComment reports whether text[i:] is empty or spaces and a comment.
// A comment must follow a space here: yaml.v3 is more lenient after a
// quote or bracket, but such text is too rare to be worth getting right.
func onlyComment(text string, i int) bool {
	if i == len(text) {
		return true
	}
	if text[i] != ' ' {
		return false
	}
	rest := strings.TrimLeft(text[i:], " ")
	return rest == "" || rest[0] == '#'
}

// plainScalar returns the one-line plain scalar starting at text[i] in
// block context, without a trailing comment.
func plainScalar(text string, i int) (string, bool) {
	switch text[i] {
	case '#', '&', '*', '!', '%', '@', '`', ',', '[', ']', '{', '}', '?', ':', '|', '>', '\'', '"':
		return "", false
	case '-':
		if i+1 == len(text) || text[i+1] == ' ' {
			return "", false
		}
	}
	end := len(text)
loop:
	for j := i + 1; j < len(text); j++ {
		switch text[j] {
		case '#':
			if text[j-1] == ' ' {
				end = j
				break loop
			}
		case ':':
			// ": " would make it a key (an error after a key); a plain
			// scalar ending in ':' likewise.
			if j+1 == len(text) || text[j+1] == ' ' {
				return "", false
			}
		}
	}
	return strings.TrimRight(text[i:end], " "), true
}

// quoted returns the value of the one-line quoted scalar starting at
// text[i] and the index after its closing quote. Quoted scalars that go
// on to the next line, where line folding applies, are left to yaml.v3.
func quoted(text string, i int) (string, int, bool) {
	q := text[i]
	var buf []byte
	escaped := false // buf holds the value so far
	start := i + 1
	for j := start; j < len(text); j++ {
		c := text[j]
		switch {
		case c == q && q == '\'' && j+1 < len(text) && text[j+1] == '\'':
			buf = append(buf, text[start:j+1]...)
			escaped = true
			j++
			start = j + 1
		case c == q:
			if !escaped {
				return text[start:j], j + 1, true
			}
			return string(append(buf, text[start:j]...)), j + 1, true
		case c == '\\' && q == '"':
			if j+1 == len(text) {
				return "", 0, false
			}
			buf = append(buf, text[start:j]...)
			escaped = true
			var ok bool
			if buf, j, ok = unescape(buf, text, j+1); !ok {
				return "", 0, false
			}
			start = j + 1
		}
	}
	return "", 0, false
}

// unescape appends the character of the escape sequence whose letter is at
// text[i], following yaml.v3's list, and returns the index of the
// sequence's last byte.
func unescape(buf []byte, text string, i int) ([]byte, int, bool) {
	digits := 0
	switch text[i] {
	case '0':
		return append(buf, 0), i, true
	case 'a':
		return append(buf, '\a'), i, true
	case 'b':
		return append(buf, '\b'), i, true
	case 't':
		return append(buf, '\t'), i, true
	case 'n':
		return append(buf, '\n'), i, true
	case 'v':
		return append(buf, '\v'), i, true
	case 'f':
		return append(buf, '\f'), i, true
	case 'r':
		return append(buf, '\r'), i, true
	case 'e':
		return append(buf, 0x1b), i, true
	case ' ', '"', '\'', '\\':
		return append(buf, text[i]), i, true
	case 'N':
		return append(buf, "\u0085"...), i, true
	case '_':
		return append(buf, "\u00a0"...), i, true
	case 'L':
		return append(buf, "\u2028"...), i, true
	case 'P':
		return append(buf, "\u2029"...), i, true
	case 'x':
		digits = 2
	case 'u':
		digits = 4
	case 'U':
		digits = 8
	default:
		return nil, 0, false
	}
	if i+digits >= len(text) {
		return nil, 0, false
	}
	r, err := strconv.ParseUint(text[i+1:i+1+digits], 16, 32)
	if err != nil || r > utf8.MaxRune || r >= 0xd800 && r <= 0xdfff {
		return nil, 0, false
	}
	return utf8.AppendRune(buf, rune(r)), i + digits, true
}

// blockScalar parses a literal (|) or folded (>) block scalar whose
// indicator is at text[i] of the current line, following the steps of
// yaml.v3's scanner so that line breaks and chomping come out the same.
func (p *fastParser) blockScalar(owner, i int) (*yaml.Node, bool) {
	text := p.lines[p.i].text
	literal := text[i] == '|'
	chomp := byte(0) // '-' strips the final line break, '+' keeps the trailing ones
	j := i + 1
	if j < len(text) && (text[j] == '-' || text[j] == '+') {
		chomp = text[j]
		j++
	}
	// Indentation indicators and leading blank lines change how the
	// indentation is found; they are left to yaml.v3.
	if !onlyComment(text, j) || p.i+1 == len(p.lines) {
		return nil, false
	}
	first := p.lines[p.i+1]
	if first.blank() || first.indent <= owner {
		return nil, false
	}
	style := yaml.LiteralStyle
	if !literal {
		style = yaml.FoldedStyle
	}
	n := p.node(yaml.ScalarNode, "!!str", "", style, p.i+1, p.column(i))

	indent := first.indent
	var b strings.Builder
	size := 0
	for _, l := range p.lines[p.i+1:] {
		if !l.blank() && l.indent < indent {
			break
		}
		size += len(l.text) + 1
	}
	b.Grow(size)
	leadingBreak, leadingBlank := false, false
	trailingBreaks := 0
	p.i++
	for ; p.i < len(p.lines); p.i++ {
		l := p.lines[p.i]
		if l.blank() && len(l.text) <= indent {
			if l.nl {
				trailingBreaks++
			}
			continue
		}
		if l.indent < indent {
			break
		}
		content := l.text[indent:]
		trailingBlank := content[0] == ' '
		// Folding joins two lines with a space unless a blank line or a
		// more indented line comes between them.
		if !literal && leadingBreak && !leadingBlank && !trailingBlank {
			if trailingBreaks == 0 {
				b.WriteByte(' ')
			}
		} else if leadingBreak {
			b.WriteByte('\n')
		}
		for ; trailingBreaks > 0; trailingBreaks-- {
			b.WriteByte('\n')
		}
		leadingBlank = trailingBlank
		b.WriteString(content)
		leadingBreak = l.nl
	}
	if chomp != '-' && leadingBreak {
		b.WriteByte('\n')
	}
	if chomp == '+' {
		for ; trailingBreaks > 0; trailingBreaks-- {
			b.WriteByte('\n')
		}
	}
	n.Value = b.String()
	return n, true
}

// flow parses a one-line flow sequence or mapping of scalars starting at
// text[i] and returns the index after its closing bracket. Nested, empty
// or multi-line entries and trailing commas are left to yaml.v3.
func (p *fastParser) flow(text string, i, line int) (*yaml.Node, int, bool) {
	isMap := text[i] == '{'
	closing := byte(']')
	n := p.node(yaml.SequenceNode, "!!seq", "", yaml.FlowStyle, line, p.column(i))
	if isMap {
		closing = '}'
		n.Kind, n.Tag = yaml.MappingNode, "!!map"
	}
	j := skipSpaces(text, i+1)
	if j < len(text) && text[j] == closing {
		return n, j + 1, true
	}
	for {
		if isMap {
			k, e, ok := p.flowScalar(text, j, line, true)
			if !ok || e+1 >= len(text) || text[e] != ':' || text[e+1] != ' ' || e != j+len(k.Value) {
				return nil, 0, false
			}
			n.Content = append(n.Content, k)
			j = skipSpaces(text, e+1)
		}
		v, e, ok := p.flowScalar(text, j, line, false)
		if !ok {
			return nil, 0, false
		}
		n.Content = append(n.Content, v)
		j = skipSpaces(text, e)
		if j == len(text) {
			return nil, 0, false
		}
		if text[j] == closing {
			return n, j + 1, true
		}
		if text[j] != ',' {
			return nil, 0, false
		}
		j = skipSpaces(text, j+1)
	}
}

// flowScalar parses a quoted scalar, or a plain one that ends at ',', ']',
// '}' or, for a key, ':', and returns the index after it.
func (p *fastParser) flowScalar(text string, i, line int, key bool) (*yaml.Node, int, bool) {
	if i == len(text) {
		return nil, 0, false
	}
	c := text[i]
	if (c == '"' || c == '\'') && !key {
		v, e, ok := quoted(text, i)
		if !ok {
			return nil, 0, false
		}
		return p.node(yaml.ScalarNode, "!!str", v, quoteStyle(c), line, p.column(i)), e, true
	}
	// Plain flow scalars start with a name-like character, or '-' before
	// a digit or letter (e.g. -1).
	start := c
	if c == '-' && i+1 < len(text) {
		start = text[i+1]
	}
	if !(start == '_' || start == '.' || start == '~' || start == '+' || start >= '0' && start <= '9' || start >= 'A' && start <= 'Z' || start >= 'a' && start <= 'z' || start >= 0x80) {
		return nil, 0, false
	}
	j := i
	for ; j < len(text); j++ {
		c := text[j]
		if c == ',' || c == ']' || c == '}' || c == ':' && key {
			break
		}
		// yaml.v3 also ends a flow scalar at '?', and its "a:b" and "a#b"
		// rules are subtle: such entries are left to it.
		if c == '[' || c == '{' || c == '#' || c == ':' || c == '?' {
			return nil, 0, false
		}
	}
	// yaml.v3 gives up on a key of more than 1024 characters; keyEnd's
	// limit keeps well away from it.
	if key && j-i > 256 {
		return nil, 0, false
	}
	v := strings.TrimRight(text[i:j], " ")
	return p.node(yaml.ScalarNode, plainTag(v), v, 0, line, p.column(i)), j, true
}

func skipSpaces(text string, i int) int {
	for i < len(text) && text[i] == ' ' {
		i++
	}
	return i
}

// yamlStyleFloat is yaml.v3's pattern for floats.
var yamlStyleFloat = regexp.MustCompile(`^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`)

// plainTag is the tag yaml.v3 resolves for the plain scalar s, following
// resolve() in its resolve.go step by step. The decoder reads tags to tell
// numbers and booleans from text, and dates are !!timestamp.
func plainTag(s string) string {
	switch s {
	case "", "~", "null", "Null", "NULL":
		return "!!null"
	case "true", "True", "TRUE", "false", "False", "FALSE":
		return "!!bool"
	case ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF":
		return "!!float"
	case "<<":
		return "!!merge"
	}
	c := s[0]
	if c == '.' {
		if _, err := strconv.ParseFloat(s, 64); err == nil {
			return "!!float"
		}
		return "!!str"
	}
	if !(c == '+' || c == '-' || c >= '0' && c <= '9') {
		return "!!str"
	}
	if isTimestamp(s) {
		return "!!timestamp"
	}
	plain := strings.ReplaceAll(s, "_", "")
	if _, err := strconv.ParseInt(plain, 0, 64); err == nil {
		return "!!int"
	}
	if _, err := strconv.ParseUint(plain, 0, 64); err == nil {
		return "!!int"
	}
	if yamlStyleFloat.MatchString(plain) {
		if _, err := strconv.ParseFloat(plain, 64); err == nil {
			return "!!float"
		}
	}
	for _, prefix := range []struct {
		prefix, sign string
		base         int
	}{{"0b", "", 2}, {"-0b", "-", 2}, {"0o", "", 8}, {"-0o", "-", 8}} {
		if digits, ok := strings.CutPrefix(plain, prefix.prefix); ok {
			if _, err := strconv.ParseInt(prefix.sign+digits, prefix.base, 64); err == nil {
				return "!!int"
			}
			if _, err := strconv.ParseUint(digits, prefix.base, 64); err == nil && prefix.sign == "" {
				return "!!int"
			}
		}
	}
	return "!!str"
}

// isTimestamp follows yaml.v3's parseTimestamp.
func isTimestamp(s string) bool {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i != 4 || i == len(s) || s[i] != '-' {
		return false
	}
	// Only whether some format matches counts, so the common one comes first.
	for _, format := range [...]string{
		"2006-1-2",
		"2006-1-2T15:4:5.999999999Z07:00",
		"2006-1-2t15:4:5.999999999Z07:00",
		"2006-1-2 15:4:5.999999999",
	} {
		if _, err := time.Parse(format, s); err == nil {
			return true
		}
	}
	return false
}
