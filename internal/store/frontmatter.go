package store

import (
	"bytes"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/prfaq/prfaq/internal/source"
)

// FrontMatter is the YAML block at the top of a Markdown file, between
// two --- lines. Markdown files carry keys for other tools too (layout,
// permalink, ...), so nothing is rejected for being unknown: the reader
// takes what it knows and leaves the rest.
type FrontMatter struct {
	// Values holds each top-level key's text: one element for a scalar,
	// the elements of a list of scalars. Keys holding anything else are
	// left out.
	Values map[string][]string
	// Pos is where each key's value starts in the Markdown file.
	Pos source.Positions
}

// DecodeFrontMatter reads a front matter block. data is the text between
// the --- lines; first is the file line it starts on, so problems point
// into the Markdown file.
//
// Front matter is written for other tools too (Jekyll, Hugo, a wiki),
// which read it more loosely than YAML: "title: [WIP] Returns" is fine to
// them. A block that is not valid YAML, or not keys and values, is read
// line by line instead (key: value at the start of a line), and comes
// back with a *source.Problem that says where it broke, for the reader to
// report as a warning: the document's body is read all the same.
func DecodeFrontMatter(name string, data []byte, first int) (*FrontMatter, error) {
	fm := &FrontMatter{Values: map[string][]string{}, Pos: source.Positions{}}
	if len(bytes.TrimSpace(data)) == 0 {
		return fm, nil
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return looseFrontMatter(name, data, first, err)
	}
	if len(root.Content) == 0 {
		return fm, nil
	}
	top := resolve(root.Content[0])
	if top.Kind != yaml.MappingNode {
		loose, _ := looseFrontMatter(name, data, first, nil)
		return loose, &source.Problem{File: name, Pos: source.Pos{Line: top.Line + first - 1, Col: top.Column}, Msg: "front matter is not a list of keys and values, such as title: Tab Split"}
	}
	for i := 0; i+1 < len(top.Content); i += 2 {
		k, v := top.Content[i], resolve(top.Content[i+1])
		if k.Kind != yaml.ScalarNode {
			continue
		}
		p := source.Pos{Line: v.Line + first - 1, Col: v.Column}
		switch v.Kind {
		case yaml.ScalarNode:
			fm.Values[k.Value] = []string{v.Value}
		case yaml.SequenceNode:
			var list []string
			for _, e := range v.Content {
				if e = resolve(e); e.Kind == yaml.ScalarNode {
					list = append(list, e.Value)
				}
			}
			fm.Values[k.Value] = list
		default:
			continue
		}
		fm.Pos[k.Value] = p
	}
	return fm, nil
}

// looseFrontMatter reads "key: value" lines that start at the left
// margin, each value as written (less quotes around it), and returns the
// problem YAML found: at the first line that is not valid YAML on its own,
// or where yaml.v3 says, with yaml.v3's words.
func looseFrontMatter(name string, data []byte, first int, yamlErr error) (*FrontMatter, error) {
	fm := &FrontMatter{Values: map[string][]string{}, Pos: source.Positions{}}
	var problem *source.Problem
	for i, raw := range bytes.Split(data, []byte("\n")) {
		l := strings.TrimRight(string(raw), " \t\r")
		key, value, ok := strings.Cut(l, ":")
		if !ok || key == "" || strings.TrimLeft(key, " \t") != key || strings.ContainsAny(key, " \t#\"'") {
			continue
		}
		// The value's column: past the colon and the blanks after it.
		col := len(l) - len(strings.TrimLeft(value, " \t")) + 1
		value = strings.TrimSpace(value)
		var node yaml.Node
		if problem == nil && yamlErr != nil && yaml.Unmarshal([]byte(l), &node) != nil {
			problem = &source.Problem{File: name, Pos: source.Pos{Line: first + i, Col: col}}
		}
		if len(value) >= 2 && (value[0] == '"' || value[0] == '\'') && value[len(value)-1] == value[0] {
			value = value[1 : len(value)-1]
		}
		if value == "" {
			continue
		}
		fm.Values[key] = []string{value}
		fm.Pos[key] = source.Pos{Line: first + i, Col: col}
	}
	if yamlErr == nil {
		return fm, nil
	}
	_, _, msg := yamlSyntaxProblem(data, yamlErr)
	if problem == nil {
		line, col, _ := yamlSyntaxProblem(data, yamlErr)
		if line > 0 {
			line += first - 1
		}
		problem = &source.Problem{File: name, Pos: source.Pos{Line: line, Col: col}}
	}
	problem.Msg = "front matter is not valid YAML (" + strings.TrimPrefix(msg, "malformed YAML: ") + "); its keys were read line by line"
	return fm, problem
}

// Text is a key's value as one line: a list's elements joined by ", ".
func (fm *FrontMatter) Text(key string) string {
	var b bytes.Buffer
	for i, v := range fm.Values[key] {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(v)
	}
	return b.String()
}
