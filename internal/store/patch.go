package store

import (
	"bytes"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"unicode/utf8"

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
// result is read back and must be the document with exactly these changes
// and no other, before it is returned.
func Patch(name string, src []byte, e Edit) ([]byte, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(src, &root); err != nil || root.Kind != yaml.DocumentNode || len(root.Content) == 0 || root.Content[0].Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%s: cannot edit the file: it is not a readable PR/FAQ document", name)
	}
	top := root.Content[0]
	if top.Style&yaml.FlowStyle != 0 {
		return nil, fmt.Errorf("%s:%d:%d: cannot edit a document written as one {...} mapping: write it with one key per line", name, top.Line, top.Column)
	}
	want, _, err := DecodeDocument(name, src)
	if err != nil {
		return nil, err
	}
	for _, kv := range e.Set {
		if err := want.Set(kv.Key, kv.Value); err != nil {
			return nil, fmt.Errorf("%s: cannot set %s: %w", name, kv.Key, err)
		}
	}
	want.History = append(want.History, e.History...)

	// New keys go first where a person would put them: right after the
	// value before them. Where that would change another value (after a
	// block scalar that keeps its trailing lines, say), they go right
	// before the next key instead, which no value can reach into.
	var last error
	for _, beforeNext := range []bool{false, true} {
		out, err := patchLines(name, src, top, e, beforeNext)
		if err != nil {
			return nil, err
		}
		if last = readBack(name, out, want); last == nil {
			return out, nil
		}
	}
	return nil, last
}

// readBack checks that out reads as want: that the edit changed what it
// set and nothing else.
func readBack(name string, out []byte, want *prfaq.Document) error {
	got, _, err := DecodeDocument(name, out)
	if err != nil {
		return fmt.Errorf("%s: prfaq could not edit the file without breaking it, so it was left as it was; this is a fault in prfaq, not in the file (please report it): %w", name, err)
	}
	if !reflect.DeepEqual(got, want) {
		return fmt.Errorf("%s: prfaq could not edit the file without changing more than it meant to, so it was left as it was; this is a fault in prfaq, not in the file (please report it)", name)
	}
	return nil
}

func patchLines(name string, src []byte, top *yaml.Node, e Edit, beforeNext bool) ([]byte, error) {
	nl := "\n"
	if bytes.Contains(src, []byte("\r\n")) {
		nl = "\r\n"
	}
	lines := Lines(string(src))
	// The top-level keys' indentation, for the keys Patch adds.
	keyIndent := strings.Repeat(" ", top.Content[0].Column-1)

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
			at := insertAfter(top, anchorFor(kv.Key, top), lines, beforeNext)
			inserts = append(inserts, insertion{at, []string{keyIndent + kv.Key + ": " + rendered}})
			continue
		}
		if v.Kind == yaml.ScalarNode && v.Anchor != "" {
			if alias := aliasOf(top, v.Anchor); alias != nil {
				return nil, fmt.Errorf("%s:%d:%d: cannot change %s: its value is shared as &%s, and %d:%d uses it as *%s; changing one would change both. Write the value out at line %d and run the command again", name, v.Line, v.Column, kv.Key, v.Anchor, alias.Line, alias.Column, v.Anchor, alias.Line)
			}
		}
		if (v.Kind != yaml.ScalarNode && v.Kind != yaml.AliasNode) || v.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
			return nil, fmt.Errorf("%s:%d:%d: cannot edit %s in place: write it on one line as %s: VALUE", name, v.Line, v.Column, kv.Key, kv.Key)
		}
		i := v.Line - 1
		start := -1
		if i >= 0 && i < len(lines) {
			start = byteOffset(lines[i], v.Column, i == 0)
		}
		if start < 0 {
			return nil, fmt.Errorf("%s: cannot edit %s in place: its place in the file is unclear; save the file with plain line ends and try again", name, kv.Key)
		}
		line := lines[i]
		if v.Anchor != "" {
			// Keep the anchor (no alias uses it) and replace what follows.
			rest := strings.TrimPrefix(line[start:], "&"+v.Anchor)
			start = len(line) - len(strings.TrimLeft(rest, " \t"))
		}
		if v.Kind == yaml.ScalarNode && v.Tag == "!!null" && v.Value == "" {
			// An empty value: "updated:" with nothing after the colon
			// but perhaps a comment.
			rest := strings.TrimLeft(line[start:], " \t")
			if rest != "" && !strings.HasPrefix(rest, "#") {
				return nil, fmt.Errorf("%s:%d:%d: cannot edit %s in place: write it on one line as %s: VALUE", name, v.Line, v.Column, kv.Key, kv.Key)
			}
			if rest != "" {
				rest = " " + rest
			}
			replaced[i] = strings.TrimRight(line[:start], " \t") + " " + rendered + rest
			continue
		}
		n := tokenLength(line[start:], v.Style)
		if n < 0 || (v.Style&(yaml.SingleQuotedStyle|yaml.DoubleQuotedStyle) == 0 && continues(lines, i, k)) {
			return nil, fmt.Errorf("%s:%d:%d: cannot edit %s in place: its value runs over several lines; write it on one line as %s: VALUE", name, v.Line, v.Column, kv.Key, kv.Key)
		}
		replaced[i] = line[:start] + rendered + line[start+n:]
	}

	if len(e.History) > 0 {
		items, err := historyItems(e.History)
		if err != nil {
			return nil, err
		}
		k, v := lookupKey(top, "history")
		switch {
		case v == nil:
			at := mappingEnd(lines, top)
			if beforeNext {
				at = fileEnd(lines)
			}
			inserts = append(inserts, insertion{at, append([]string{keyIndent + "history:"}, indent(items, keyIndent+"  ")...)})
		case v.Kind == yaml.SequenceNode && len(v.Content) > 0 && v.Style&yaml.FlowStyle == 0:
			first := lines[v.Content[0].Line-1]
			prefix := first[:len(first)-len(strings.TrimLeft(first, " "))]
			inserts = append(inserts, insertion{insertAfter(top, k, lines, beforeNext), indent(items, prefix)})
		case (isNull(v) || (v.Kind == yaml.SequenceNode && len(v.Content) == 0 && v.Line == k.Line)) && v.Anchor == "":
			// "history:", "history: ~" or "history: []": the entries go
			// on the lines below the key.
			inserts = append(inserts, insertion{k.Line, indent(items, keyIndent+"  ")})
			replaced[k.Line-1] = keyIndent + "history:"
		default:
			return nil, fmt.Errorf("%s:%d:%d: cannot add to history: write it as a list with one \"- \" entry per line", name, v.Line, v.Column)
		}
	}

	for i, l := range replaced {
		lines[i] = l
	}
	// Insertions at the same place keep the order they were made in.
	sort.SliceStable(inserts, func(i, j int) bool { return inserts[i].at < inserts[j].at })
	out := make([]string, 0, len(lines)+len(inserts)*8)
	for i, j := 0, 0; i <= len(lines); i++ {
		for ; j < len(inserts) && min(inserts[j].at, len(lines)) == i; j++ {
			out = append(out, inserts[j].text...)
		}
		if i < len(lines) {
			out = append(out, lines[i])
		}
	}
	text := strings.Join(out, "\n")
	if !strings.HasSuffix(text, "\n") {
		text += "\n"
	}
	return []byte(strings.ReplaceAll(text, "\n", nl)), nil
}

// byteOffset is where the column col (yaml.v3's: 1-based, in characters,
// not counting a byte order mark at the start of the file) starts in line,
// or -1 when the line is shorter.
func byteOffset(line string, col int, first bool) int {
	off := 0
	if first {
		off = len(line) - len(strings.TrimPrefix(line, "\ufeff"))
	}
	for n := 1; n < col; n++ {
		if off >= len(line) {
			return -1
		}
		_, size := utf8.DecodeRuneInString(line[off:])
		off += size
	}
	return off
}

// continues reports whether the plain value on line i goes on over the
// lines after it, which a plain scalar does on lines indented deeper than
// its key, up to a comment or the next key.
func continues(lines []string, i int, k *yaml.Node) bool {
	if strings.Contains(lines[i], " #") {
		return false
	}
	for _, l := range lines[i+1:] {
		t := strings.TrimLeft(l, " \t")
		switch {
		case t == "":
			continue
		case strings.HasPrefix(t, "#"):
			return false
		}
		return len(l)-len(t) >= k.Column
	}
	return false
}

// aliasOf is the first alias in n that refers to anchor.
func aliasOf(n *yaml.Node, anchor string) *yaml.Node {
	if n.Kind == yaml.AliasNode && n.Value == anchor {
		return n
	}
	for _, c := range n.Content {
		if a := aliasOf(c, anchor); a != nil {
			return a
		}
	}
	return nil
}

// insertAfter is the 0-based line index at which a key that follows key k
// is inserted: after the last line of k's value or, with beforeNext, right
// before the next key (or at the end of the mapping).
func insertAfter(top, k *yaml.Node, lines []string, beforeNext bool) int {
	next := -1
	for i := 0; i+2 < len(top.Content); i += 2 {
		if top.Content[i] == k {
			next = top.Content[i+2].Line - 1
		}
	}
	if beforeNext {
		if next >= 0 {
			return next
		}
		return fileEnd(lines)
	}
	return min(lastLineOf(top, k)+1, len(lines))
}

// fileEnd is the 0-based line index after the last line of the mapping
// or anything below it, blank lines included (a block scalar that keeps
// its trailing lines owns them), before a "..." end marker.
func fileEnd(lines []string) int {
	at := len(lines)
	if at > 0 && lines[at-1] == "" {
		at-- // the file's final line break
	}
	for i := at - 1; i >= 0; i-- {
		if lines[i] == "..." || strings.HasPrefix(lines[i], "... ") {
			return i
		}
		if strings.TrimSpace(lines[i]) != "" && !strings.HasPrefix(strings.TrimSpace(lines[i]), "#") {
			break
		}
	}
	return at
}

// mappingEnd is the 0-based line index just after the top-level mapping:
// before trailing blank lines, comments and a "..." end marker.
func mappingEnd(lines []string, top *yaml.Node) int {
	at := len(lines)
	for at > 0 {
		l := lines[at-1]
		t := strings.TrimLeft(l, " \t")
		if t == "" || l == "..." || strings.HasPrefix(l, "... ") || (strings.HasPrefix(t, "#") && len(l)-len(t) < top.Content[0].Column) {
			at--
			continue
		}
		break
	}
	return at
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

// tokenLength is the length of a one-line scalar written at the start of
// s, or -1 for a quoted one that does not close on the line.
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
		return -1
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
		return -1
	default:
		if i := strings.Index(s, " #"); i >= 0 {
			return len(strings.TrimRight(s[:i], " \t"))
		}
		return len(strings.TrimRight(s, " \t"))
	}
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
