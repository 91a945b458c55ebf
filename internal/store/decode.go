// Package store reads and writes PR/FAQ documents, templates, workshop
// definitions and lint configurations. It is the only package that knows
// YAML: it checks a file against the format derived from the model types,
// so every problem names the file, line and column and says what was
// expected; it finds spans of a decoded document's text in its YAML
// (ReadYAML's locator); and it writes files atomically.
package store

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/source"
)

// DecodeDocument reads a PR/FAQ document. name is used in messages.
func DecodeDocument(name string, data []byte) (*prfaq.Document, source.Positions, error) {
	doc := &prfaq.Document{}
	pos, err := decode(name, data, prfaq.DocumentSpec(), reflect.ValueOf(doc), "a PR/FAQ document")
	if err != nil {
		return nil, nil, err
	}
	if doc.Format != prfaq.FormatVersion {
		return nil, nil, source.Problems{{File: name, Pos: pos["prfaq"], Msg: fmt.Sprintf("document format %d is not supported: this prfaq reads format %d (upgrade prfaq, or set prfaq: %d)", doc.Format, prfaq.FormatVersion, prfaq.FormatVersion)}}
	}
	if ps := checkFAQIDs(name, doc, pos); len(ps) > 0 {
		return nil, nil, ps
	}
	return doc, pos, nil
}

// DecodeAnswers reads part of a PR/FAQ document, in the same format, as
// answers for the wizard: any key may be missing, and FAQ entries may come
// without ids (the wizard numbers them). Everything else is checked as in
// DecodeDocument: unknown keys, types, dates, enums.
func DecodeAnswers(name string, data []byte) (*prfaq.Document, source.Positions, error) {
	doc := &prfaq.Document{}
	pos, err := decodeWith(name, data, prfaq.DocumentSpec(), reflect.ValueOf(doc), "a PR/FAQ document", true)
	if err != nil {
		return nil, nil, err
	}
	if doc.Format != 0 && doc.Format != prfaq.FormatVersion {
		return nil, nil, source.Problems{{File: name, Pos: pos["prfaq"], Msg: fmt.Sprintf("document format %d is not supported: this prfaq reads format %d (upgrade prfaq, or set prfaq: %d)", doc.Format, prfaq.FormatVersion, prfaq.FormatVersion)}}
	}
	return doc, pos, nil
}

// checkFAQIDs keeps FAQ ids usable as references: unique, E for external
// entries and I for internal ones. Reviews cite them and diffs follow them.
func checkFAQIDs(name string, doc *prfaq.Document, pos source.Positions) source.Problems {
	var ps source.Problems
	first := map[string]string{}
	for _, list := range []struct {
		key, prefix string
		entries     []prfaq.FAQEntry
	}{{"faq.external", "E", doc.FAQ.External}, {"faq.internal", "I", doc.FAQ.Internal}} {
		for i, e := range list.entries {
			at := fmt.Sprintf("%s[%d].id", list.key, i)
			if !strings.HasPrefix(e.ID, list.prefix) {
				ps = append(ps, &source.Problem{File: name, Pos: pos[at], Msg: fmt.Sprintf("%s: %s is in the %s list, whose ids start with %s (e.g. %s%s)", at, e.ID, strings.TrimPrefix(list.key, "faq."), list.prefix, list.prefix, e.ID[1:])})
			}
			if prev, dup := first[e.ID]; dup {
				ps = append(ps, &source.Problem{File: name, Pos: pos[at], Msg: fmt.Sprintf("%s: id %s is already used by %s: give each entry its own id", at, e.ID, prev)})
				continue
			}
			first[e.ID] = strings.TrimSuffix(at, ".id")
		}
	}
	return ps.Sort()
}

// DecodeTemplate reads a template file. It checks the file format only;
// the templates package checks what the template means.
func DecodeTemplate(name string, data []byte) (*prfaq.Template, source.Positions, error) {
	t := &prfaq.Template{}
	pos, err := decode(name, data, prfaq.TemplateSpec(), reflect.ValueOf(t), "a prfaq template")
	if err != nil {
		return nil, nil, err
	}
	t.Source = name
	return t, pos, nil
}

// DecodeLintConfig reads a .prfaq-lint.yaml file.
func DecodeLintConfig(name string, data []byte) (*prfaq.LintConfig, source.Positions, error) {
	c := &prfaq.LintConfig{}
	pos, err := decode(name, data, prfaq.LintConfigSpec(), reflect.ValueOf(c), "a prfaq lint configuration")
	if err != nil {
		return nil, nil, err
	}
	return c, pos, nil
}

// DecodeWorkshop reads a workshop definition. Every part is optional
// here: a user's file may give only the parts it changes, and
// prfaq.MergeWorkshop lays it over the built-in definition.
func DecodeWorkshop(name string, data []byte) (*prfaq.Workshop, source.Positions, error) {
	w := &prfaq.Workshop{}
	pos, err := decode(name, data, prfaq.WorkshopSpec(), reflect.ValueOf(w), "a prfaq workshop definition")
	if err != nil {
		return nil, nil, err
	}
	return w, pos, nil
}

// DecodeNeeds reads a team's needs.yaml. Ids must be unique, since
// documents name needs by id.
func DecodeNeeds(name string, data []byte) (*prfaq.Needs, source.Positions, error) {
	n := &prfaq.Needs{}
	pos, err := decode(name, data, prfaq.NeedsSpec(), reflect.ValueOf(n), "a prfaq needs file")
	if err != nil {
		return nil, nil, err
	}
	var ps source.Problems
	first := map[string]int{}
	for i, need := range n.Needs {
		at := fmt.Sprintf("needs[%d].id", i)
		if prev, dup := first[need.ID]; dup {
			ps = append(ps, &source.Problem{File: name, Pos: pos[at], Msg: fmt.Sprintf("%s: id %s is already used by needs[%d]: give each need its own id", at, need.ID, prev)})
			continue
		}
		first[need.ID] = i
	}
	if len(ps) > 0 {
		return nil, nil, ps.Sort()
	}
	return n, pos, nil
}

func decode(name string, data []byte, spec *prfaq.Spec, into reflect.Value, what string) (source.Positions, error) {
	return decodeWith(name, data, spec, into, what, false)
}

// decodeWith decodes; with partial, required keys may be missing or empty
// (an answers file or a draft holds part of a document). The size of data
// is bounded by the Reader that read it; its shape is bounded here.
func decodeWith(name string, data []byte, spec *prfaq.Spec, into reflect.Value, what string, partial bool) (source.Positions, error) {
	fail := func(line, col int, format string, args ...any) (source.Positions, error) {
		return nil, source.Problems{{File: name, Pos: source.Pos{Line: line, Col: col}, Msg: fmt.Sprintf(format, args...)}}
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return fail(0, 0, "file is binary (it holds NUL bytes), not %s", what)
	}
	if !utf8.Valid(data) {
		line, col := InvalidUTF8At(data)
		return fail(line, col, "file is not valid UTF-8: save it as UTF-8")
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if len(bytes.TrimSpace(data)) == 0 {
		return fail(0, 0, "file is empty: expected %s (see 'prfaq schema' or the examples folder)", what)
	}

	// The fast parser covers the files prfaq writes; yaml.v3 reads the rest
	// and reports every error.
	root, fast := parseFast(data)
	if !fast {
		root = &yaml.Node{}
		dec := yaml.NewDecoder(bytes.NewReader(data))
		if err := dec.Decode(root); errors.Is(err, io.EOF) {
			return fail(0, 0, "file is empty: expected %s (see 'prfaq schema' or the examples folder)", what)
		} else if err != nil {
			line, col, msg := yamlSyntaxProblem(data, err)
			return fail(line, col, "%s", msg)
		}
		var extra yaml.Node
		if err := dec.Decode(&extra); err == nil {
			return fail(extra.Line, extra.Column, "file holds more than one YAML document (a second --- line): keep one document per file")
		} else if !errors.Is(err, io.EOF) {
			line, col, msg := yamlSyntaxProblem(data, err)
			return fail(line, col, "%s", msg)
		}
		// The fast parser takes no aliases and nests no deeper than
		// MaxDepth; what yaml.v3 read may do either.
		if p := checkShape(name, root); p != nil {
			return nil, source.Problems{p}
		}
	}
	if root.Kind != yaml.DocumentNode || len(root.Content) == 0 {
		return fail(0, 0, "file is empty: expected %s", what)
	}

	// A PR/FAQ records about sixty positions: room for them at once.
	d := &decoder{file: name, pos: make(source.Positions, 64), root: "document", partial: partial}
	switch {
	case strings.Contains(what, "template"):
		d.root = "template"
	case strings.Contains(what, "configuration"):
		d.root = "configuration"
	case strings.Contains(what, "workshop"):
		d.root = "workshop"
	}
	top := root.Content[0]
	if top.Kind == yaml.ScalarNode && top.Tag == "!!null" && top.Value == "" {
		// Only "---" or comments: yaml.v3 places the empty value after the
		// last line, where no message could point.
		return fail(0, 0, "file is empty: expected %s (see 'prfaq schema' or the examples folder)", what)
	}
	if top.Kind != yaml.MappingNode {
		d.problem(top, "expected %s, a mapping of keys such as %s; found %s", what, strings.Join(spec.Keys()[:min(3, len(spec.Keys()))], ", "), describe(top))
	} else {
		d.object(top, spec, into, "")
	}
	if len(d.problems) > 0 {
		return nil, d.problems.Sort()
	}
	return d.pos, nil
}

type decoder struct {
	file     string
	root     string // what the top-level mapping is called in messages
	pos      source.Positions
	problems source.Problems
	partial  bool // required keys may be missing or empty
}

func (d *decoder) problem(n *yaml.Node, format string, args ...any) {
	d.problems = append(d.problems, &source.Problem{File: d.file, Pos: source.Pos{Line: n.Line, Col: n.Column}, Msg: fmt.Sprintf(format, args...)})
}

func join(prefix, key string) string {
	if prefix == "" {
		return key
	}
	return prefix + "." + key
}

// resolve follows an alias. The walk is driven by the fixed depth of the
// format, so an alias cannot make it expand without bound.
func resolve(n *yaml.Node) *yaml.Node {
	for i := 0; n.Kind == yaml.AliasNode && n.Alias != nil && i < 10; i++ {
		n = n.Alias
	}
	return n
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

func (d *decoder) object(n *yaml.Node, spec *prfaq.Spec, v reflect.Value, path string) {
	seen := map[string]bool{}
	suggested := map[string]bool{}
	keyLine := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], resolve(n.Content[i+1])
		if k.Kind != yaml.ScalarNode {
			d.problem(k, "keys must be plain names, found %s", describe(k))
			continue
		}
		if first, dup := keyLine[k.Value]; dup {
			d.problem(k, "key %q appears twice (first at line %d): keep one, or the first would be lost", k.Value, first)
			continue
		}
		keyLine[k.Value] = k.Line
		f := spec.Field(k.Value)
		if f == nil {
			msg := "unknown key " + QuoteName(k.Value)
			if path != "" {
				msg += " in " + path
			}
			if s := Closest(k.Value, spec.Keys()); s != "" {
				msg += fmt.Sprintf(": did you mean %q?", s)
				suggested[s] = true
			} else {
				msg += ": expected one of " + strings.Join(spec.Keys(), ", ")
			}
			d.problem(k, "%s", msg)
			continue
		}
		seen[f.Key] = true
		d.value(val, f, f.Value(v), join(path, f.Key))
	}
	for _, f := range spec.Fields {
		// A misspelt required key is reported once, as the misspelling.
		if f.Required && !d.partial && !seen[f.Key] && !suggested[f.Key] {
			where := "the " + d.root
			if path != "" {
				where = path
			}
			d.problem(n, "missing required key %q in %s: expected %s. %s", f.Key, where, f.Expected(), f.Doc)
		}
	}
}

func (d *decoder) value(n *yaml.Node, f *prfaq.Spec, v reflect.Value, path string) {
	d.pos[path] = contentPos(n)
	if isNull(n) {
		if f.Required && !d.partial {
			d.problem(n, "%s is required and empty: expected %s", path, f.Expected())
		}
		return
	}
	switch f.Kind {
	case prfaq.ValueText, prfaq.ValueMarkdown, prfaq.ValueDate, prfaq.ValueVersion, prfaq.ValueEnum:
		text, ok := d.scalar(n, f, path)
		if !ok {
			return
		}
		if f.Required && strings.TrimSpace(text) == "" {
			if !d.partial {
				d.problem(n, "%s is required and empty: expected %s", path, f.Expected())
			}
			return
		}
		if err := f.CheckScalar(text); err != nil {
			d.problem(n, "%s: %v", path, err)
			return
		}
		v.SetString(text)
	case prfaq.ValueBool:
		if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" {
			d.problem(n, "%s: expected true or false, found %s", path, describe(n))
			return
		}
		b, _ := strconv.ParseBool(strings.ToLower(n.Value))
		v.SetBool(b)
	case prfaq.ValueInt:
		// yaml.v3 tags a whole number past the integer range !!float.
		if n.Kind != yaml.ScalarNode || n.Tag != "!!int" && !(n.Tag == "!!float" && wholeNumber.MatchString(n.Value)) {
			d.problem(n, "%s: expected a whole number, found %s", path, describe(n))
			return
		}
		i, err := strconv.Atoi(n.Value)
		if err != nil || i < 0 || i > 1_000_000 {
			d.problem(n, "%s: %s is out of range: expected a whole number from 0 to 1000000", path, n.Value)
			return
		}
		v.SetInt(int64(i))
	case prfaq.ValueStringList:
		if n.Kind != yaml.SequenceNode {
			d.problem(n, "%s: expected a list (lines starting with \"- \"), found %s", path, describe(n))
			return
		}
		list := make([]string, 0, len(n.Content))
		for i, item := range n.Content {
			item = resolve(item)
			d.pos[fmt.Sprintf("%s[%d]", path, i)] = contentPos(item)
			text, ok := d.scalar(item, f, fmt.Sprintf("%s[%d]", path, i))
			if ok {
				list = append(list, text)
			}
		}
		v.Set(reflect.ValueOf(list))
	case prfaq.ValueObject:
		if n.Kind != yaml.MappingNode {
			d.problem(n, "%s: expected %s, found %s", path, f.Expected(), describe(n))
			return
		}
		d.object(n, f, v, path)
	case prfaq.ValueObjectList:
		if n.Kind != yaml.SequenceNode {
			d.problem(n, "%s: expected a list of entries (each starting with \"- \"), found %s", path, describe(n))
			return
		}
		list := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
		for i, item := range n.Content {
			item = resolve(item)
			p := fmt.Sprintf("%s[%d]", path, i)
			d.pos[p] = source.Pos{Line: item.Line, Col: item.Column}
			if item.Kind != yaml.MappingNode {
				d.problem(item, "%s: expected an entry with keys %s, found %s", p, strings.Join(f.Keys(), ", "), describe(item))
				continue
			}
			d.object(item, f, list.Index(i).Addr(), p)
		}
		v.Set(list)
	case prfaq.ValueStringMap:
		if n.Kind != yaml.MappingNode {
			d.problem(n, "%s: expected a mapping of section ids to text, found %s", path, describe(n))
			return
		}
		m := reflect.MakeMapWithSize(v.Type(), len(n.Content)/2)
		keyLine := map[string]int{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, val := n.Content[i], resolve(n.Content[i+1])
			if f.Key == "sections" && (k.Kind != yaml.ScalarNode || !sectionID.MatchString(k.Value)) {
				d.problem(k, "%s: section ids are lowercase letters, digits and _, starting with a letter; found %s", path, QuoteName(k.Value))
				continue
			}
			if k.Kind != yaml.ScalarNode || !mapKey.MatchString(k.Value) {
				d.problem(k, "%s: keys here are lowercase letters, digits, _ and -, starting with a letter; found %s", path, QuoteName(k.Value))
				continue
			}
			if first, dup := keyLine[k.Value]; dup {
				d.problem(k, "%s: key %q appears twice (first at line %d): keep one", path, k.Value, first)
				continue
			}
			keyLine[k.Value] = k.Line
			p := join(path, k.Value)
			d.pos[p] = contentPos(val)
			text, ok := d.scalar(val, f, p)
			if ok {
				m.SetMapIndex(reflect.ValueOf(k.Value), reflect.ValueOf(text))
			}
		}
		v.Set(m)
	}
}

var (
	sectionID   = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)
	mapKey      = regexp.MustCompile(`^[a-z][a-z0-9_-]*$`)
	wholeNumber = regexp.MustCompile(`^[-+]?[0-9]+$`)
)

// scalar returns the text of a scalar node. Numbers, booleans and dates are
// accepted as text so that "version: 1.10" keeps its trailing zero and
// "title: 2027" is not an error.
func (d *decoder) scalar(n *yaml.Node, f *prfaq.Spec, path string) (string, bool) {
	if isNull(n) {
		return "", true
	}
	if n.Kind != yaml.ScalarNode {
		d.problem(n, "%s: expected %s, found %s", path, scalarExpected(f), describe(n))
		return "", false
	}
	return n.Value, true
}

func scalarExpected(f *prfaq.Spec) string {
	if f.Kind == prfaq.ValueStringList || f.Kind == prfaq.ValueStringMap {
		return "text"
	}
	if f.Kind == prfaq.ValueMarkdown {
		return "text (for several paragraphs, start a block with |)"
	}
	return f.Expected()
}

func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping (key: value lines)"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	case yaml.ScalarNode:
		switch n.Tag {
		case "!!null":
			return "nothing"
		case "!!bool":
			return "the boolean " + n.Value
		case "!!int", "!!float":
			return "the number " + n.Value
		}
		v := n.Value
		if len(v) > 40 {
			v = v[:37] + "..."
		}
		return fmt.Sprintf("the text %q", v)
	}
	return "something else"
}

// isParserError reports the yaml.v3 messages raised by its parser rather
// than its scanner; their line numbers need the correction above.
func isParserError(msg string) bool {
	switch msg {
	case "did not find expected key", "did not find expected '-' indicator", "did not find expected node content",
		"did not find expected ',' or ']'", "did not find expected ',' or '}'", "did not find expected <document start>":
		return true
	}
	return false
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// yamlErrorLine pulls the line number out of a yaml.v3 syntax error so the
// message can use the file:line:col form of every other problem.
func yamlErrorLine(err error) (int, string) {
	msg := err.Error()
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		return line, m[2]
	}
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	return 0, strings.TrimPrefix(msg, "yaml: ")
}

// yamlSyntaxProblem turns a yaml.v3 syntax error into a position and a
// message. The parser gives a line only; the column is that of the first
// character after the indentation spaces, the best place to point at.
func yamlSyntaxProblem(data []byte, err error) (line, col int, msg string) {
	line, msg = yamlErrorLine(err)
	if isParserError(msg) && line > 0 {
		// yaml.v3 reports these at the 0-based line where the enclosing
		// block or bracket starts, not where the mistake is: point at that
		// start and say so.
		line++
		msg += " in the block or bracket that starts here: check the indentation, brackets and quotes of the lines that follow"
	}
	if strings.Contains(msg, "exceeded max depth") {
		msg += ": prfaq's formats nest at most five levels, so check the brackets and indentation"
	}
	msg = "malformed YAML: " + msg
	if line <= 0 {
		return 0, 0, msg
	}
	lines := bytes.Split(data, []byte("\n"))
	// At the end of a file without a final newline, yaml.v3 can name the
	// line after the last: point at the last line instead.
	line = min(line, len(lines))
	l := lines[line-1]
	indent := l[:len(l)-len(bytes.TrimLeft(l, " \t"))]
	col = len(l) - len(bytes.TrimLeft(l, " ")) + 1
	switch {
	case bytes.IndexByte(indent, '\t') >= 0:
		msg += " (YAML indents with spaces, not tabs)"
	case strings.Contains(msg, "mapping values are not allowed"):
		msg += ": a value that contains \": \" must be quoted, e.g. headline: \"Tab Split: pay your share\""
	}
	return line, col, msg
}

// InvalidUTF8At is the line and column of the first byte that is not
// UTF-8.
func InvalidUTF8At(data []byte) (int, int) {
	line, col := 1, 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return line, col
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += size
	}
	return line, col
}

// QuoteName quotes a name a user typed that prfaq does not know (a key, a
// rule id) for a message. Every name prfaq knows is ASCII, so any other
// character in it is the mistake, and often one that looks identical to
// the letter meant: a Cyrillic і (U+0456) for i. It is shown escaped,
// "t\u0456tle", so the user can see the difference.
func QuoteName(s string) string { return strconv.QuoteToASCII(s) }

// Closest suggests the known name nearest to a misspelt one (at most two
// edits away), or "" when none is near; messages about keys, rule ids and
// other names users type share it.
func Closest(key string, keys []string) string { return source.Closest(key, keys) }

// contentPos is where a value's text starts: for a block scalar (| or >)
// that is the line after the indicator, so positions inside Markdown fields
// can be counted from it.
func contentPos(n *yaml.Node) source.Pos {
	if n.Kind == yaml.ScalarNode && (n.Style&(yaml.LiteralStyle|yaml.FoldedStyle)) != 0 {
		return source.Pos{Line: n.Line + 1, Col: 0}
	}
	if n.Kind == yaml.ScalarNode && (n.Style&(yaml.SingleQuotedStyle|yaml.DoubleQuotedStyle)) != 0 {
		return source.Pos{Line: n.Line, Col: n.Column + 1} // the text starts after the quote
	}
	return source.Pos{Line: n.Line, Col: n.Column}
}
