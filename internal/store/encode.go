package store

import (
	"bytes"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/prfaq/prfaq/internal/prfaq"
)

// EncodeDocument writes a document in the canonical layout: keys in format
// order, empty optional fields left out, Markdown as literal blocks. The
// layout is stable so that history snapshots and git diffs stay small.
// A document to be saved in a folder gets its schema comment from
// WithSchemaComment.
func EncodeDocument(doc *prfaq.Document) ([]byte, error) {
	return encode(prfaq.DocumentSpec(), reflect.ValueOf(doc), "")
}

// EncodeTemplate writes a template in the canonical layout.
func EncodeTemplate(t *prfaq.Template) ([]byte, error) {
	return encode(prfaq.TemplateSpec(), reflect.ValueOf(t), "")
}

func encode(spec *prfaq.Spec, v reflect.Value, header string) ([]byte, error) {
	root := encodeObject(spec, v)
	var buf bytes.Buffer
	buf.WriteString(header)
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(root); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func encodeObject(spec *prfaq.Spec, v reflect.Value) *yaml.Node {
	m := &yaml.Node{Kind: yaml.MappingNode}
	for _, f := range spec.Fields {
		n := encodeValue(f, f.Value(v))
		if n == nil {
			continue
		}
		m.Content = append(m.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: f.Key}, n)
	}
	if len(m.Content) == 0 && !spec.Required {
		return nil
	}
	return m
}

func encodeValue(f *prfaq.Spec, v reflect.Value) *yaml.Node {
	switch f.Kind {
	case prfaq.ValueText, prfaq.ValueMarkdown, prfaq.ValueEnum, prfaq.ValueVersion:
		if v.String() == "" && !f.Required {
			return nil
		}
		return textNode(v.String())
	case prfaq.ValueDate:
		if v.String() == "" {
			return nil
		}
		// Plain, unquoted: reads as a date in YAML and as text in JSON Schema.
		return &yaml.Node{Kind: yaml.ScalarNode, Value: v.String()}
	case prfaq.ValueBool:
		if !v.Bool() && !f.Required {
			return nil
		}
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: strconv.FormatBool(v.Bool())}
	case prfaq.ValueInt:
		if v.Int() == 0 && !f.Required {
			return nil
		}
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.FormatInt(v.Int(), 10)}
	case prfaq.ValueStringList:
		if v.Len() == 0 {
			return nil
		}
		seq := &yaml.Node{Kind: yaml.SequenceNode}
		for i := 0; i < v.Len(); i++ {
			seq.Content = append(seq.Content, textNode(v.Index(i).String()))
		}
		return seq
	case prfaq.ValueObject:
		return encodeObject(f, v.Addr())
	case prfaq.ValueObjectList:
		if v.Len() == 0 {
			return nil
		}
		seq := &yaml.Node{Kind: yaml.SequenceNode}
		for i := 0; i < v.Len(); i++ {
			item := encodeObject(f, v.Index(i).Addr())
			if item == nil {
				item = &yaml.Node{Kind: yaml.MappingNode}
			}
			seq.Content = append(seq.Content, item)
		}
		return seq
	case prfaq.ValueStringMap:
		if v.Len() == 0 {
			return nil
		}
		keys := make([]string, 0, v.Len())
		for _, k := range v.MapKeys() {
			keys = append(keys, k.String())
		}
		sort.Strings(keys)
		m := &yaml.Node{Kind: yaml.MappingNode}
		for _, k := range keys {
			m.Content = append(m.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: k}, textNode(v.MapIndex(reflect.ValueOf(k)).String()))
		}
		return m
	}
	return nil
}

// textNode keeps text as text whatever it looks like (1.0, yes, 2027) and
// writes anything with a line break as a literal block. Text that starts
// with a line break, or has a line that starts with a tab, is written in
// double quotes instead: yaml.v3 drops the leading empty lines of a literal
// block, and writes a tab where its own reader then wants indentation, so
// the text would come back changed or not at all.
func textNode(s string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
	switch {
	case strings.HasPrefix(s, "\n"), strings.HasPrefix(s, "\t"), strings.Contains(s, "\n\t"):
		n.Style = yaml.DoubleQuotedStyle
	case strings.Contains(s, "\n"):
		n.Style = yaml.LiteralStyle
	}
	return n
}
