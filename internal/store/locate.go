package store

import (
	"strings"
	"unicode/utf8"

	"github.com/prfaq/prfaq/internal/source"
)

// ReadYAML reads a PR/FAQ document from its bytes for lint and the pages:
// the model, where each field is, the file's lines and a locator. Its
// template is left to the caller, which knows where templates come from
// (Doc.Template names it). A file that cannot be decoded comes back with
// its problems in Err and its lines, so they can be shown.
func ReadYAML(file string, data []byte) *source.Document {
	d := &source.Document{File: file, Format: source.YAML}
	// Findings are on the lines yaml.v3 numbers.
	d.Lines = Lines(strings.TrimPrefix(string(data), "\uFEFF"))
	doc, pos, err := DecodeDocument(file, data)
	if err != nil {
		d.Err = err
		return d
	}
	d.Doc, d.Pos = doc, pos
	d.Locate = yamlLocator{lines: d.Lines, pos: pos}
	return d
}

// yamlLocator finds spans of a decoded field's text in its YAML source.
type yamlLocator struct {
	lines []string
	pos   source.Positions
}

// Locate maps a byte span of a field's text to a line and columns in the
// source file. Literal blocks (|) map line for line; one-line values that
// equal their source map by offset. Anything else (folded or wrapped text,
// escapes in quotes, lines indented more than the block) is mapped by
// walking the source alongside the text; when all fails, the field's start
// is used.
func (y yamlLocator) Locate(t *source.Text, start, end int) (line, col, endCol int, exact bool) {
	p := y.pos[t.Path]
	snippet := t.Value[start:end]
	valueLine, lineStart := t.LineAt(start)
	inLine := t.Value[lineStart:start]

	if p.Line > 0 && p.Col == 0 { // literal or folded block
		l := p.Line + valueLine
		if l <= len(y.lines) {
			src := y.lines[l-1]
			textLine, _, _ := strings.Cut(t.Value[lineStart:], "\n")
			// A literal block's line is the text's line after the block's
			// indentation, which a more indented line goes beyond.
			indent := len(src) - len(textLine)
			at := indent + len(inLine)
			if indent >= 0 && src[indent:] == textLine && at+len(snippet) <= len(src) && src[at:at+len(snippet)] == snippet {
				return l, source.RuneCol(src, at), source.RuneCol(src, at+len(snippet)), true
			}
		}
	} else if p.Line > 0 && valueLine == 0 && !strings.Contains(t.Value, "\n") {
		l := p.Line
		if l <= len(y.lines) {
			src := y.lines[l-1]
			first := source.ByteAt(src, p.Col)
			at := first + start
			if strings.HasPrefix(src[first:], t.Value) {
				return l, source.RuneCol(src, at), source.RuneCol(src, at+len(snippet)), true
			}
		}
	}
	if l, at, ok := y.align(t, p, start); ok && end > start {
		src := y.lines[l-1]
		stop := len(src)
		if l2, last, ok := y.align(t, p, end-1); ok && l2 == l {
			_, size := utf8.DecodeRuneInString(src[last:])
			stop = last + size
		}
		return l, source.RuneCol(src, at), source.RuneCol(src, stop), true
	}
	l := max(p.Line, 1)
	col = max(p.Col, source.IndentCol(y.lines, l))
	return l, col, col + 1, false
}

// align finds the source line and byte offset of the character at offset
// at of a field's text, by walking the source from where the value starts
// and matching it with the text character by character. Besides the text,
// the source holds indentation, line breaks that folding turned into
// spaces, trailing spaces, doubled quotes and, in double quotes, escapes;
// those are skipped. ok is false when the source runs out first.
func (y yamlLocator) align(t *source.Text, p source.Pos, at int) (line, off int, ok bool) {
	text := t.Value
	l := p.Line
	if l < 1 || l > len(y.lines) || at < 0 || at >= len(text) {
		return 0, 0, false
	}
	j := 0
	if p.Col > 0 {
		j = source.ByteAt(y.lines[l-1], p.Col)
	}
	double := j > 0 && y.lines[l-1][j-1] == '"'
	for i := 0; i <= at; {
		src := y.lines[l-1]
		if j >= len(src) { // the next source line
			if l++; l > len(y.lines) {
				return 0, 0, false
			}
			j = 0
			continue
		}
		c, s := text[i], src[j]
		switch {
		case double && s == '\\': // an escape is one character of text
			if j+1 == len(src) { // an escaped line break: nothing
				j++
				continue
			}
			if i == at {
				return l, j, true
			}
			_, size := utf8.DecodeRuneInString(text[i:])
			i += size
			j += 2 + escapeDigits(src[j+1])
		case c == s:
			if i == at {
				return l, j, true
			}
			i++
			j++
		case s == ' ' || s == '\t': // indentation, or spaces folding dropped
			j++
		case c == ' ' || c == '\n' || c == '\t': // a line break folded into the text
			if i == at {
				return l, j, true
			}
			i++
		default: // a quote or an escape's letters
			j++
		}
	}
	return 0, 0, false
}

// escapeDigits is how many hex digits follow a YAML escape's letter.
func escapeDigits(letter byte) int {
	switch letter {
	case 'x':
		return 2
	case 'u':
		return 4
	case 'U':
		return 8
	}
	return 0
}
