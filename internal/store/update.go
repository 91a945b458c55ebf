package store

import (
	"bytes"
	"fmt"
	"reflect"
	"slices"

	"gopkg.in/yaml.v3"

	"github.com/prfaq/prfaq/internal/prfaq"
)

// Update rewrites the document src so that it holds doc, touching only the
// values that differ: comments, key order and every key prfaq does not
// manage stay as they were. It is how prfaq edit saves. The result is read
// back and must equal doc.
func Update(name string, src []byte, doc *prfaq.Document) ([]byte, error) {
	old, _, err := DecodeDocument(name, src)
	if err != nil {
		return nil, err
	}
	var root yaml.Node
	if err := yaml.Unmarshal(src, &root); err != nil || root.Kind != yaml.DocumentNode || len(root.Content) == 0 || root.Content[0].Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%s: cannot edit the file: it is not a readable PR/FAQ document", name)
	}
	updateObject(root.Content[0], prfaq.DocumentSpec(), reflect.ValueOf(old).Elem(), reflect.ValueOf(doc).Elem())

	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(&root); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	out := buf.Bytes()
	if bytes.Contains(src, []byte("\r\n")) {
		out = bytes.ReplaceAll(out, []byte("\n"), []byte("\r\n"))
	}
	back, _, err := DecodeDocument(name, out)
	if err != nil {
		return nil, fmt.Errorf("saving the edit would break the file, so it was left as it was (please report this): %w", err)
	}
	if !reflect.DeepEqual(normalized(back), normalized(doc)) {
		return nil, fmt.Errorf("%s: the edit did not read back as written, so the file was left as it was (please report this)", name)
	}
	return out, nil
}

// normalized treats empty and missing maps and lists alike.
func normalized(d *prfaq.Document) prfaq.Document {
	c := *d
	if len(c.Sections) == 0 {
		c.Sections = nil
	}
	if len(c.Authors) == 0 {
		c.Authors = nil
	}
	if len(c.Tags) == 0 {
		c.Tags = nil
	}
	if len(c.Serves) == 0 {
		c.Serves = nil
	}
	if len(c.FAQ.External) == 0 {
		c.FAQ.External = nil
	}
	if len(c.FAQ.Internal) == 0 {
		c.FAQ.Internal = nil
	}
	if len(c.History) == 0 {
		c.History = nil
	}
	return c
}

// updateObject brings the mapping m, which reads as old, in line with new.
func updateObject(m *yaml.Node, spec *prfaq.Spec, old, new reflect.Value) {
	for _, f := range spec.Fields {
		ov, nv := f.Value(old), f.Value(new)
		if reflect.DeepEqual(ov.Interface(), nv.Interface()) {
			continue
		}
		i := keyIndex(m, f.Key)
		if f.Kind == prfaq.ValueObject && i >= 0 && m.Content[i+1].Kind == yaml.MappingNode {
			updateObject(m.Content[i+1], f, ov, nv)
			continue
		}
		if f.Kind == prfaq.ValueObjectList && i >= 0 && updateList(m.Content[i+1], f, ov, nv) {
			continue
		}
		n := encodeValue(f, nv)
		switch {
		case n == nil && i >= 0:
			m.Content = append(m.Content[:i], m.Content[i+2:]...)
		case n == nil:
		case i >= 0:
			n.HeadComment, n.LineComment, n.FootComment = m.Content[i+1].HeadComment, m.Content[i+1].LineComment, m.Content[i+1].FootComment
			m.Content[i+1] = n
		default:
			at := insertAt(m, spec, f.Key)
			m.Content = slices.Insert(m.Content, at, &yaml.Node{Kind: yaml.ScalarNode, Value: f.Key}, n)
		}
	}
}

// insertAt is where a new key goes in m: after the nearest key that comes
// before it in the format's order, so customer.whys lands under problem and
// the file keeps reading in the wizard's order; at the start when none does.
func insertAt(m *yaml.Node, spec *prfaq.Spec, key string) int {
	at := 0
	for _, f := range spec.Fields {
		if f.Key == key {
			break
		}
		if i := keyIndex(m, f.Key); i >= 0 {
			at = i + 2
		}
	}
	return at
}

// updateList updates a block list of mappings entry by entry, so comments
// on the entries that did not change stay. It reports false when the list
// is not laid out one mapping per entry, and the caller replaces it whole.
func updateList(seq *yaml.Node, f *prfaq.Spec, old, new reflect.Value) bool {
	if seq.Kind != yaml.SequenceNode || len(seq.Content) != old.Len() || new.Len() == 0 {
		return false
	}
	for _, item := range seq.Content {
		if item.Kind != yaml.MappingNode {
			return false
		}
	}
	keep := min(old.Len(), new.Len())
	for i := 0; i < keep; i++ {
		updateObject(seq.Content[i], f, old.Index(i), new.Index(i))
	}
	seq.Content = seq.Content[:keep]
	for i := keep; i < new.Len(); i++ {
		seq.Content = append(seq.Content, encodeObject(f, new.Index(i).Addr()))
	}
	return true
}

func keyIndex(m *yaml.Node, key string) int {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return i
		}
	}
	return -1
}
