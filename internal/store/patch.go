package store

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/prfaq/prfaq/internal/prfaq"
)

// Edit is a change prfaq makes to a document it did not write itself:
// top-level values to set and revisions to add to its history.
type Edit struct {
	Set     []KeyValue
	History []prfaq.Revision
}

// KeyValue is one top-level key and its new text.
type KeyValue struct {
	Key, Value string
}

// Patch applies an edit to a document's bytes as a person would with an
// editor: only the lines it changes differ, so comments, key order, quoting
// and line wrapping everywhere else stay as the writer left them. The
// result is read back and checked before it is returned.
func Patch(name string, src []byte, e Edit) ([]byte, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(src, &root); err != nil || root.Kind != yaml.DocumentNode || len(root.Content) == 0 || root.Content[0].Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%s: cannot edit the file: it is not a readable PR/FAQ document", name)
	}
	top := root.Content[0]
	nl := "\n"
	if bytes.Contains(src, []byte("\r\n")) {
		nl = "\r\n"
	}
	lines := Lines(string(src))

	// Edits go bottom-up so earlier line numbers stay valid.
	type insertion struct {
		at   int // 0-based line index to insert before
		text []string
	}
	var inserts []insertion
	replaced := map[int]string{}

	for _, kv := range e.Set {
		k, v := lookupKey(top, kv.Key)
		rendered := scalarText(kv.Value)
		if v == nil {
			after := lastLineOf(top, anchorFor(kv.Key, top))
			inserts = append(inserts, insertion{after + 1, []string{kv.Key + ": " + rendered}})
			continue
		}
		if v.Kind != yaml.ScalarNode || v.Line != k.Line || v.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
			return nil, fmt.Errorf("%s:%d:%d: cannot edit %s in place: write it on one line as %s: VALUE", name, v.Line, v.Column, kv.Key, kv.Key)
		}
		i := v.Line - 1
		if i < 0 || i >= len(lines) || v.Column < 1 || v.Column-1 > len(lines[i]) {
			return nil, fmt.Errorf("%s: cannot edit %s in place: its place in the file is unclear; save the file with plain line ends and try again", name, kv.Key)
		}
		line := lines[i]
		start := v.Column - 1
		end := start + tokenLength(line[start:], v.Style)
		replaced[i] = line[:start] + rendered + line[end:]
	}

	if len(e.History) > 0 {
		items, err := historyItems(e.History)
		if err != nil {
			return nil, err
		}
		k, v := lookupKey(top, "history")
		switch {
		case v == nil:
			at := len(lines)
			for at > 0 && strings.TrimSpace(lines[at-1]) == "" {
				at--
			}
			inserts = append(inserts, insertion{at, append([]string{"history:"}, indent(items, "  ")...)})
		case v.Kind == yaml.SequenceNode && len(v.Content) > 0 && v.Style&yaml.FlowStyle == 0:
			prefix := strings.Repeat(" ", v.Content[0].Column-3)
			last := lastLineOf(top, k)
			inserts = append(inserts, insertion{last + 1, indent(items, prefix)})
		case isNull(v):
			inserts = append(inserts, insertion{k.Line, indent(items, "  ")})
			replaced[k.Line-1] = strings.TrimRight(lines[k.Line-1][:k.Column-1]+"history:", " ")
		default:
			return nil, fmt.Errorf("%s:%d:%d: cannot add to history: write it as a list with one \"- \" entry per line", name, v.Line, v.Column)
		}
	}

	for i, l := range replaced {
		lines[i] = l
	}
	// Apply insertions from the bottom up.
	for i := 0; i < len(inserts); i++ {
		for j := i + 1; j < len(inserts); j++ {
			if inserts[j].at > inserts[i].at {
				inserts[i], inserts[j] = inserts[j], inserts[i]
			}
		}
	}
	for _, ins := range inserts {
		at := min(ins.at, len(lines))
		lines = append(lines[:at], append(append([]string{}, ins.text...), lines[at:]...)...)
	}
	out := strings.Join(lines, "\n")
	if !strings.HasSuffix(out, "\n") {
		out += "\n"
	}
	out = strings.ReplaceAll(out, "\n", nl)

	// The edit must read back as the document with exactly these changes.
	doc, _, err := DecodeDocument(name, []byte(out))
	if err != nil {
		return nil, fmt.Errorf("editing the file would break it, so it was left as it was (please report this): %w", err)
	}
	for _, kv := range e.Set {
		if got, err := doc.Get(kv.Key); err != nil || got != kv.Value {
			return nil, fmt.Errorf("%s: editing %s did not take effect, so the file was left as it was (please report this)", name, kv.Key)
		}
	}
	return []byte(out), nil
}

func lookupKey(m *yaml.Node, key string) (*yaml.Node, *yaml.Node) {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i], m.Content[i+1]
		}
	}
	return nil, nil
}

// anchorFor picks the key after which a missing key is inserted, keeping
// the canonical order where the document follows it.
func anchorFor(key string, top *yaml.Node) *yaml.Node {
	order := prfaq.DocumentSpec().Keys()
	idx := -1
	for i, k := range order {
		if k == key {
			idx = i
		}
	}
	for i := idx - 1; i >= 0; i-- {
		if k, _ := lookupKey(top, order[i]); k != nil {
			return k
		}
	}
	return top.Content[0]
}

// lastLineOf is the 0-based index of the last line that belongs to the
// value of key k in the top-level mapping: the line before the next key,
// less trailing blank and comment lines.
func lastLineOf(top *yaml.Node, k *yaml.Node) int {
	var value *yaml.Node
	next := -1
	for i := 0; i+1 < len(top.Content); i += 2 {
		if top.Content[i] == k {
			value = top.Content[i+1]
			if i+2 < len(top.Content) {
				next = top.Content[i+2].Line - 1
			}
		}
	}
	end := deepestLine(value) - 1
	if next > 0 && end >= next {
		end = next - 1
	}
	return end
}

// deepestLine is the last line any node under n starts on; block scalars
// count their text lines.
func deepestLine(n *yaml.Node) int {
	if n == nil {
		return 0
	}
	last := n.Line
	if n.Kind == yaml.ScalarNode && n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
		last = n.Line + strings.Count(strings.TrimRight(n.Value, "\n"), "\n") + 1
	}
	for _, c := range n.Content {
		last = max(last, deepestLine(c))
	}
	return last
}

// tokenLength is the length of a one-line scalar written at the start of s.
func tokenLength(s string, style yaml.Style) int {
	switch {
	case style&yaml.DoubleQuotedStyle != 0:
		for i := 1; i < len(s); i++ {
			if s[i] == '\\' {
				i++
			} else if s[i] == '"' {
				return i + 1
			}
		}
	case style&yaml.SingleQuotedStyle != 0:
		for i := 1; i < len(s); i++ {
			if s[i] == '\'' {
				if i+1 < len(s) && s[i+1] == '\'' {
					i++
					continue
				}
				return i + 1
			}
		}
	default:
		if i := strings.Index(s, " #"); i >= 0 {
			return len(strings.TrimRight(s[:i], " \t"))
		}
		return len(strings.TrimRight(s, " \t"))
	}
	return len(s)
}

// scalarText writes a value as YAML would, quoting it only when needed.
func scalarText(v string) string {
	n := textNode(v)
	if datePattern(v) {
		n = &yaml.Node{Kind: yaml.ScalarNode, Value: v}
	}
	out, err := yaml.Marshal(n)
	if err != nil {
		return fmt.Sprintf("%q", v)
	}
	return strings.TrimSuffix(string(out), "\n")
}

func datePattern(v string) bool {
	s := &prfaq.Spec{Kind: prfaq.ValueDate}
	return v != "" && s.CheckScalar(v) == nil
}

func historyItems(revs []prfaq.Revision) ([]string, error) {
	spec := prfaq.DocumentSpec().Field("history")
	seq := encodeValue(spec, reflect.ValueOf(revs))
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(seq); err != nil {
		return nil, err
	}
	enc.Close()
	return strings.Split(strings.TrimRight(buf.String(), "\n"), "\n"), nil
}

func indent(lines []string, prefix string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = prefix + l
	}
	return out
}

// Lines cuts text into lines where yaml.v3 does, so its line numbers
// index them: after CRLF, LF, a lone CR, U+0085, U+2028 or U+2029. (U+0085
// is what a "…" becomes when text from an old Windows program is read as
// Latin-1.) Patch joins them again with LF or CRLF; YAML reads every one
// of these breaks alike, so the document means what it meant.
func Lines(s string) []string {
	// Most files break lines with LF alone: they need no replacing.
	if strings.IndexByte(s, '\r') >= 0 || strings.Contains(s, "\u0085") || strings.Contains(s, "\u2028") || strings.Contains(s, "\u2029") {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = otherBreaks.Replace(s)
	}
	return strings.Split(s, "\n")
}

// otherBreaks are the line breaks besides LF and CRLF that YAML reads.
var otherBreaks = strings.NewReplacer("\r", "\n", "\u0085", "\n", "\u2028", "\n", "\u2029", "\n")
