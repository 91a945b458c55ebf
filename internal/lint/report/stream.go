package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/prfaq/prfaq/internal/lint"
)

// Stream writes a report while the files are still being linted: each
// file's findings are written as soon as they are given, so a run over
// thousands of files holds only the findings of the files in progress.
// What a format can only write at the end (a summary, totals, closing
// brackets) is written by Close.
//
// JUnit is the exception: its totals come first, in the opening tag, so
// its stream keeps each file's test case until Close.
type Stream interface {
	// File adds the findings of one file, sorted with lint.Less. Files
	// come in the order lint.Less sorts their names; a file of
	// Options.Files may be given with no findings (it is clean), and a
	// file it does not list (a configuration file with a problem) may be
	// given with its findings.
	File(name string, fs []lint.Finding) error
	// Close writes the end of the report and flushes it.
	Close() error
	// Flush writes what has been given so far, for a run that stops
	// before its end: the report is cut short, but not in the middle of
	// a finding.
	Flush() error
}

var streams = []struct {
	name string
	open func(w io.Writer, o Options) Stream
}{
	{"text", newTextStream},
	{"json", newJSONStream},
	{"sarif", newSARIFStream},
	{"github", newGitHubStream},
	{"junit", newJUnitStream},
	{"checkstyle", newCheckstyleStream},
}

// NewStream starts a report in the named format (see Formats). An unknown
// name is an error that lists the formats.
func NewStream(format string, w io.Writer, o Options) (Stream, error) {
	name := strings.ToLower(strings.TrimSpace(format))
	for _, s := range streams {
		if s.name == name {
			return s.open(w, o), nil
		}
	}
	return nil, fmt.Errorf("unknown output format %q: use one of %s", format, strings.Join(Formats(), ", "))
}

// Write prints findings in the named format (see Formats): the findings
// are given to a Stream one run of the same file at a time, in the order
// given. An unknown name is an error that lists the formats.
func Write(format string, w io.Writer, fs []lint.Finding, o Options) error {
	if strings.ToLower(strings.TrimSpace(format)) == "sarif" {
		o = withFindingRules(fs, o)
	}
	s, err := NewStream(format, w, o)
	if err != nil {
		return err
	}
	for start := 0; start < len(fs); {
		end := start + 1
		for end < len(fs) && fs[end].File == fs[start].File {
			end++
		}
		if err := s.File(fs[start].File, fs[start:end]); err != nil {
			return err
		}
		start = end
	}
	return s.Close()
}

// tallied counts what a stream has been given, for the summaries: the
// files of Options.Files (each once), then any other file a finding named,
// in order of first appearance.
type tallied struct {
	order   []string       // Options.Files without duplicates
	listed  map[string]int // index in order
	extras  []string       // files with findings that order does not list
	extra   map[string]bool
	dirty   map[string]bool
	counted tally
}

func newTallied(o Options) tallied {
	t := tallied{listed: map[string]int{}, extra: map[string]bool{}, dirty: map[string]bool{}}
	for _, f := range o.Files {
		if _, dup := t.listed[f]; !dup {
			t.listed[f] = len(t.order)
			t.order = append(t.order, f)
		}
	}
	return t
}

func (t *tallied) add(name string, fs []lint.Finding) {
	for _, f := range fs {
		switch f.Severity {
		case lint.Error:
			t.counted.errors++
		case lint.Warning:
			t.counted.warnings++
		default:
			t.counted.infos++
		}
		if !t.dirty[f.File] {
			t.dirty[f.File] = true
			if _, ok := t.listed[f.File]; !ok && !t.extra[f.File] {
				t.extra[f.File] = true
				t.extras = append(t.extras, f.File)
			}
		}
	}
}

// total is the tally of everything given: every file of Options.Files
// and every other file with a finding.
func (t *tallied) total() tally {
	c := t.counted
	c.files = len(t.order) + len(t.extras)
	c.dirty = len(t.dirty)
	return c
}

// textStream is Text, a finding at a time.
type textStream struct {
	b *bufio.Writer
	o Options
	t tallied
}

func newTextStream(w io.Writer, o Options) Stream {
	return &textStream{b: buffered(w), o: o, t: newTallied(o)}
}

func (s *textStream) File(name string, fs []lint.Finding) error {
	s.t.add(name, fs)
	for _, f := range fs {
		writeTextFinding(s.b, f, s.o)
	}
	return nil
}

func (s *textStream) Flush() error { return s.b.Flush() }

func (s *textStream) Close() error {
	s.b.WriteString(s.t.total().String() + "\n")
	return s.b.Flush()
}

// githubStream is GitHub, a finding at a time.
type githubStream struct{ b *bufio.Writer }

func newGitHubStream(w io.Writer, _ Options) Stream { return &githubStream{b: buffered(w)} }

func (s *githubStream) File(_ string, fs []lint.Finding) error {
	for _, f := range fs {
		s.b.WriteString(githubCommand(f))
		s.b.WriteString("\n")
	}
	return nil
}

func (s *githubStream) Close() error { return s.b.Flush() }

func (s *githubStream) Flush() error { return s.b.Flush() }

// jsonArray writes the items of one array of an indented JSON document as
// they come: the document is encoded once with the array empty, and the
// items go between its brackets, indented as encoding/json indents them.
type jsonArray struct {
	b      *bufio.Writer
	head   []byte // the document up to and including the array's "["
	indent string // of the line that holds the array's key
	n      int    // items written
	item   bytes.Buffer
	enc    *json.Encoder
}

// newJSONArray splits an encoding of the document, made with the array
// empty, at the array whose key is given.
func newJSONArray(b *bufio.Writer, empty []byte, key string) *jsonArray {
	a := &jsonArray{b: b}
	at := bytes.Index(empty, []byte(`"`+key+`": [`)) + len(key) + 5
	lineStart := bytes.LastIndexByte(empty[:at], '\n') + 1
	a.head = empty[:at]
	a.indent = string(empty[lineStart : lineStart+len(empty[lineStart:at])-len(bytes.TrimLeft(empty[lineStart:at], " "))])
	a.enc = json.NewEncoder(&a.item)
	a.enc.SetEscapeHTML(false)
	a.enc.SetIndent(a.indent+"  ", "  ")
	return a
}

func (a *jsonArray) add(v any) error {
	if a.n == 0 {
		a.b.Write(a.head)
	}
	a.item.Reset()
	if err := a.enc.Encode(v); err != nil {
		return err
	}
	if a.n > 0 {
		a.b.WriteString(",")
	}
	a.b.WriteString("\n" + a.indent + "  ")
	a.b.Write(bytes.TrimSuffix(a.item.Bytes(), []byte("\n")))
	a.n++
	return nil
}

// close writes the rest of the document, from an encoding of it made
// with the array empty (so its closing parts can carry what is known only
// now).
func (a *jsonArray) close(empty []byte, key string) {
	at := bytes.Index(empty, []byte(`"`+key+`": [`)) + len(key) + 5
	if a.n == 0 {
		a.b.Write(empty)
		return
	}
	a.b.WriteString("\n" + a.indent)
	a.b.Write(empty[at:])
}

// encodeIndented is v as indented JSON: two spaces, <, > and & left as
// they are (the output is not for HTML), a final newline.
func encodeIndented(v any) []byte {
	var b bytes.Buffer
	e := json.NewEncoder(&b)
	e.SetEscapeHTML(false)
	e.SetIndent("", "  ")
	_ = e.Encode(v) // the report types always encode
	return b.Bytes()
}

// jsonStream is JSON, a finding at a time; the summary comes at Close.
type jsonStream struct {
	b     *bufio.Writer
	t     tallied
	items *jsonArray
}

func newJSONStream(w io.Writer, o Options) Stream {
	s := &jsonStream{b: buffered(w), t: newTallied(o)}
	s.items = newJSONArray(s.b, s.document(), "findings")
	return s
}

// document is the report with no findings and the summary so far.
func (s *jsonStream) document() []byte {
	t := s.t.total()
	return encodeIndented(jsonReport{Version: 1, Findings: []jsonFinding{}, Summary: jsonSummary{Files: t.files, Errors: t.errors, Warnings: t.warnings, Infos: t.infos}})
}

func (s *jsonStream) File(name string, fs []lint.Finding) error {
	s.t.add(name, fs)
	for _, f := range fs {
		if err := s.items.add(newJSONFinding(f)); err != nil {
			return err
		}
	}
	return nil
}

func (s *jsonStream) Flush() error { return s.b.Flush() }

func (s *jsonStream) Close() error {
	s.items.close(s.document(), "findings")
	return s.b.Flush()
}

// sarifStream is SARIF, a result at a time. Every rule a finding names
// must be in Options.Rules: the rules come before the results.
type sarifStream struct {
	b     *bufio.Writer
	empty []byte
	index map[string]int
	items *jsonArray
}

func newSARIFStream(w io.Writer, o Options) Stream {
	s := &sarifStream{b: buffered(w)}
	var log sarifLog
	log, s.index = sarifSkeleton(o)
	s.empty = encodeIndented(log)
	s.items = newJSONArray(s.b, s.empty, "results")
	return s
}

func (s *sarifStream) File(_ string, fs []lint.Finding) error {
	for _, f := range fs {
		i, ok := s.index[f.Rule]
		if !ok {
			return fmt.Errorf("report: rule %q is not among the rules the SARIF log lists", f.Rule)
		}
		if err := s.items.add(newSARIFResult(f, i)); err != nil {
			return err
		}
	}
	return nil
}

func (s *sarifStream) Flush() error { return s.b.Flush() }

func (s *sarifStream) Close() error {
	s.items.close(s.empty, "results")
	return s.b.Flush()
}

// junitStream keeps each file's test case until Close, which writes the
// totals first and then the cases, in the order of Options.Files.
type junitStream struct {
	w      io.Writer
	o      Options
	t      tallied
	byFile map[string][]lint.Finding
}

func newJUnitStream(w io.Writer, o Options) Stream {
	return &junitStream{w: w, o: o, t: newTallied(o), byFile: map[string][]lint.Finding{}}
}

func (s *junitStream) File(name string, fs []lint.Finding) error {
	s.t.add(name, fs)
	for _, f := range fs {
		// Only what the case shows is kept: not the source line.
		f.Source = ""
		s.byFile[f.File] = append(s.byFile[f.File], f)
	}
	return nil
}

// Flush writes nothing: JUnit's totals come first.
func (s *junitStream) Flush() error { return nil }

func (s *junitStream) Close() error {
	suiteName := s.o.toolName() + " lint"
	suite := junitSuite{Name: suiteName}
	for _, file := range append(s.t.order, s.t.extras...) {
		c, failed := junitCaseOf(suiteName, file, s.byFile[file])
		if failed {
			suite.Failures++
		}
		suite.Cases = append(suite.Cases, c)
	}
	suite.Tests = len(suite.Cases)
	return encodeXML(s.w, junitSuites{
		Name:     suiteName,
		Tests:    suite.Tests,
		Failures: suite.Failures,
		Suites:   []junitSuite{suite},
	})
}

// checkstyleStream writes each <file> as soon as it and the files listed
// before it in Options.Files have been given; files it does not list
// come last.
type checkstyleStream struct {
	b       *bufio.Writer
	enc     *xml.Encoder
	o       Options
	t       tallied
	next    int // index in t.order of the next file to write
	pending map[string][]lint.Finding
	given   map[string]bool
	started bool
}

func newCheckstyleStream(w io.Writer, o Options) Stream {
	s := &checkstyleStream{b: buffered(w), o: o, t: newTallied(o), pending: map[string][]lint.Finding{}, given: map[string]bool{}}
	s.enc = xml.NewEncoder(s.b)
	s.enc.Indent("", "  ")
	return s
}

var checkstyleStart = xml.StartElement{Name: xml.Name{Local: "checkstyle"}, Attr: []xml.Attr{{Name: xml.Name{Local: "version"}, Value: "4.3"}}}

func (s *checkstyleStream) start() error {
	if s.started {
		return nil
	}
	s.started = true
	s.b.WriteString(xml.Header)
	return s.enc.EncodeToken(checkstyleStart)
}

func (s *checkstyleStream) File(name string, fs []lint.Finding) error {
	s.t.add(name, fs)
	for _, f := range fs {
		s.pending[f.File] = append(s.pending[f.File], f)
	}
	s.given[name] = true
	for s.next < len(s.t.order) && s.given[s.t.order[s.next]] {
		if err := s.write(s.t.order[s.next]); err != nil {
			return err
		}
		s.next++
	}
	return nil
}

// write writes one file's element and forgets its findings.
func (s *checkstyleStream) write(file string) error {
	if err := s.start(); err != nil {
		return err
	}
	cf := checkstyleFileOf(file, s.pending[file], s.o.toolName()+".")
	delete(s.pending, file)
	return s.enc.EncodeElement(cf, xml.StartElement{Name: xml.Name{Local: "file"}})
}

func (s *checkstyleStream) Flush() error {
	if err := s.enc.Flush(); err != nil {
		return err
	}
	return s.b.Flush()
}

func (s *checkstyleStream) Close() error {
	for ; s.next < len(s.t.order); s.next++ {
		if err := s.write(s.t.order[s.next]); err != nil {
			return err
		}
	}
	for _, file := range s.t.extras {
		if err := s.write(file); err != nil {
			return err
		}
	}
	if err := s.start(); err != nil {
		return err
	}
	if err := s.enc.EncodeToken(checkstyleStart.End()); err != nil {
		return err
	}
	if err := s.enc.Close(); err != nil {
		return err
	}
	s.b.WriteString("\n")
	return s.b.Flush()
}
