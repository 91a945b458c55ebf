package mddoc

import (
	"strings"

	"github.com/prfaq/prfaq/internal/source"
)

// ReadDocument reads a Markdown PR/FAQ for lint and the pages. The
// document always comes back, with the file's lines: with Err when the
// file cannot be read as Markdown (binary, not UTF-8, broken front
// matter, a template that cannot be loaded), without Doc when nothing of
// a PR/FAQ was found (its Notes say so). res is what Read found, nil
// with Err.
func ReadDocument(file string, src []byte, opts Options) (d *source.Document, res *Result) {
	res, err := Read(file, src, opts)
	if err != nil {
		return &source.Document{File: file, Format: source.Markdown, Lines: SplitLines(src), Err: err}, nil
	}
	return res.Document(file), res
}

// Document is what Read found as lint and the pages take it.
func (res *Result) Document(file string) *source.Document {
	d := &source.Document{
		File:          file,
		Format:        source.Markdown,
		Pos:           res.Pos,
		Lines:         res.lines,
		Notes:         res.Notes,
		Parts:         res.Found,
		GuessedFields: res.GuessedFields,
		Locate:        locator{lines: res.lines, refs: res.Lines, pos: res.Pos},
	}
	if res.Structured {
		d.Doc, d.Template = res.Doc, res.Template
	}
	return d
}

// locator finds spans of a field's text in the Markdown file: each line
// of the text is a known stretch of a file line.
type locator struct {
	lines []string
	refs  map[string][]LineRef
	pos   source.Positions
}

func (l locator) Locate(t *source.Text, start, end int) (line, col, endCol int, exact bool) {
	if line, col, endCol, ok := l.exact(t, start, end); ok {
		return line, col, endCol, true
	}
	p := l.pos[t.Path]
	return max(p.Line, 1), max(p.Col, 1), max(p.Col, 1) + 1, false
}

func (l locator) exact(t *source.Text, start, end int) (line, col, endCol int, ok bool) {
	refs := l.refs[t.Path]
	k, lineStart := t.LineAt(start)
	if k >= len(refs) {
		return 0, 0, 0, false
	}
	textLine, _, _ := strings.Cut(t.Value[lineStart:], "\n")
	ref := refs[k]
	if ref.Line < 1 || ref.Line > len(l.lines) {
		return 0, 0, 0, false
	}
	src := l.lines[ref.Line-1]
	at := ref.Off + start - lineStart
	stop := ref.Off + min(end-lineStart, len(textLine))
	if at > len(src) || stop > len(src) || !strings.HasPrefix(src[ref.Off:], textLine) {
		return 0, 0, 0, false
	}
	return ref.Line, source.RuneCol(src, at), source.RuneCol(src, max(stop, at+1)), true
}
