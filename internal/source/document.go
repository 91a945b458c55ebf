package source

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/prfaq/prfaq/internal/prfaq"
)

// Format is how a PR/FAQ file is written.
type Format int

const (
	// YAML is a NAME.prfaq.yaml document, prfaq's own format.
	YAML Format = iota
	// Markdown is a PR/FAQ written by hand, read by its shape.
	Markdown
)

func (f Format) String() string {
	if f == Markdown {
		return "Markdown"
	}
	return "YAML"
}

// Document is one PR/FAQ as its reader found it in its file: the model,
// its template, and everything needed to point at a place in the file.
// Readers fill it in; lint and the pages read it without knowing which
// format it came from.
type Document struct {
	// File is the file as the user named it; findings and messages use it.
	File   string
	Format Format
	// Doc and Template are nil when the file holds no PR/FAQ to check:
	// it could not be read or decoded (Err says why), or, in Markdown,
	// nothing of a PR/FAQ was recognised (Notes say so).
	Doc      *prfaq.Document
	Template *prfaq.Template
	// Pos is where each field's value starts, by field path.
	Pos Positions
	// Lines are the file's lines, as findings number them; nil when the
	// file could not be read.
	Lines []string
	// Locate finds a span of a field's text in the file.
	Locate Locator
	// Notes are what a Markdown reader could not find or had to guess.
	Notes []Note
	// Parts says which parts a Markdown file has: "press_release", "faq"
	// and "customer"; nil for YAML, whose parts are always there.
	Parts map[string]bool
	// GuessedFields are the fields (by path, press_release.problem) in
	// which a Markdown reader gave paragraphs their sections by their
	// order and words, with no heading or label to say: a section it did
	// not find may be one of them, and where each ends is its guess.
	GuessedFields map[string]bool
	// Err says why the file holds no document: a *Problem or Problems,
	// each with its file, line and column.
	Err error
	// Reactions is the tally of customers' reactions to the document's
	// current version, from the feedback log beside it: nil when no
	// reaction was ever recorded for the document, empty when none was
	// to this version.
	Reactions prfaq.Tally
	// Unread is true when the file could not be read at all (too large,
	// not a regular file); Err says why and Lines is nil.
	Unread bool
}

// Has reports whether the document has a part: always for YAML, and for
// Markdown when the reader found it.
func (d *Document) Has(part string) bool {
	return d.Parts == nil || d.Parts[part]
}

// Severity of a note: how much it matters to the reader of the file.
type Severity int

const (
	Info Severity = iota
	Warning
	Error
)

// Note is something a reader could not find or had to guess, at a place
// in the file, with what to do about it.
type Note struct {
	Line, Col int
	Severity  Severity
	Msg, Hint string
}

// Locator maps a span of a field's text to the file it was read from.
type Locator interface {
	// Locate returns the 1-based line of the file where bytes [start,
	// end) of t begin, and the columns, in characters, of the span's
	// start and of its end (exclusive) on that line. When the span
	// cannot be placed exactly, it is the field's start, and exact is
	// false.
	Locate(t *Text, start, end int) (line, col, endCol int, exact bool)
}

// Text is the text of one field, with an index of its line breaks built
// the first time a span in it is located.
type Text struct {
	// Path is the field's path, as in Positions.
	Path  string
	Value string
	// newlines holds the offsets of Value's line breaks.
	newlines []int
}

// LineAt is the 0-based line of the text that offset falls on, and the
// offset where that line starts. Counting the line breaks before each
// span would cost the text's length per span: a long section with a
// finding on every line took seconds.
func (t *Text) LineAt(offset int) (line, start int) {
	if t.newlines == nil {
		t.newlines = make([]int, 0, strings.Count(t.Value, "\n"))
		for i := 0; i < len(t.Value); i++ {
			if t.Value[i] == '\n' {
				t.newlines = append(t.newlines, i)
			}
		}
	}
	line, _ = slices.BinarySearch(t.newlines, offset)
	if line > 0 {
		start = t.newlines[line-1] + 1
	}
	return line, start
}

// RuneCol turns a byte offset in a line into a 1-based column counted in
// characters, as editors and SARIF's unicodeCodePoints expect.
func RuneCol(line string, at int) int {
	if at > len(line) {
		at = len(line)
	}
	return utf8.RuneCountInString(line[:at]) + 1
}

// ByteAt is the byte offset of a 1-based character column.
func ByteAt(line string, col int) int {
	i := 0
	for n := 1; n < col && i < len(line); n++ {
		_, size := utf8.DecodeRuneInString(line[i:])
		i += size
	}
	return i
}

// IndentCol is the column of the first character of line that is not a
// space or a tab; 1 for a line number outside lines.
func IndentCol(lines []string, line int) int {
	if line < 1 || line > len(lines) {
		return 1
	}
	src := lines[line-1]
	return RuneCol(src, len(src)-len(strings.TrimLeft(src, " \t")))
}

// Guessed reports whether a Markdown reader placed any press release
// paragraph by its order and words (see GuessedFields).
func (d *Document) Guessed() bool { return len(d.GuessedFields) > 0 }
