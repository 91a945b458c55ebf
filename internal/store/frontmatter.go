package store

import (
	"bytes"

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
func DecodeFrontMatter(name string, data []byte, first int) (*FrontMatter, error) {
	fm := &FrontMatter{Values: map[string][]string{}, Pos: source.Positions{}}
	if len(bytes.TrimSpace(data)) == 0 {
		return fm, nil
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		line, col, msg := yamlSyntaxProblem(data, err)
		if line > 0 {
			line += first - 1
		}
		return nil, &source.Problem{File: name, Pos: source.Pos{Line: line, Col: col}, Msg: "front matter: " + msg + " (fix it, or remove the block between the --- lines)"}
	}
	if len(root.Content) == 0 {
		return fm, nil
	}
	top := resolve(root.Content[0])
	if top.Kind != yaml.MappingNode {
		return nil, &source.Problem{File: name, Pos: source.Pos{Line: top.Line + first - 1, Col: top.Column}, Msg: "front matter is not a list of keys and values, such as title: Tab Split"}
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
