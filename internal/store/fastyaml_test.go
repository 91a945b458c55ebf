package store

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/prfaq/prfaq/docs/bench/corpus"
)

// decodeV3 is what decode does without the fast parser: one document, and
// nothing after it.
func decodeV3(data []byte) (*yaml.Node, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var root yaml.Node
	if err := dec.Decode(&root); err != nil {
		return nil, err
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("more than one document (%v)", err)
	}
	return &root, nil
}

// treeDiff describes the first difference between two trees, ignoring
// comments, or returns "".
func treeDiff(path string, a, b *yaml.Node) string {
	if a == nil || b == nil {
		if a != b {
			return fmt.Sprintf("%s: %v vs %v", path, a, b)
		}
		return ""
	}
	if a.Kind != b.Kind || a.Style != b.Style || a.Tag != b.Tag || a.Value != b.Value || a.Anchor != b.Anchor ||
		a.Alias != b.Alias || a.Line != b.Line || a.Column != b.Column || len(a.Content) != len(b.Content) {
		return fmt.Sprintf("%s:\n fast  kind=%d style=%d tag=%q value=%q anchor=%q alias=%p at %d:%d, %d children\n yaml  kind=%d style=%d tag=%q value=%q anchor=%q alias=%p at %d:%d, %d children",
			path, a.Kind, a.Style, a.Tag, a.Value, a.Anchor, a.Alias, a.Line, a.Column, len(a.Content),
			b.Kind, b.Style, b.Tag, b.Value, b.Anchor, b.Alias, b.Line, b.Column, len(b.Content))
	}
	for i := range a.Content {
		if d := treeDiff(fmt.Sprintf("%s/%d", path, i), a.Content[i], b.Content[i]); d != "" {
			return d
		}
	}
	return ""
}

// checkFast reports a mismatch between the fast parser and yaml.v3, and
// whether the fast parser took the input.
func checkFast(t testing.TB, name string, data []byte) bool {
	t.Helper()
	fast, ok := parseFast(data)
	if !ok {
		return false
	}
	want, err := decodeV3(data)
	if err != nil {
		t.Errorf("%s: fast parser accepted what yaml.v3 rejects: %v\n%s", name, err, data)
		return true
	}
	if d := treeDiff("doc", fast, want); d != "" {
		t.Errorf("%s: trees differ at %s\ninput: %q", name, d, data)
	}
	return true
}

// txtarFiles returns the files of a txtar archive ("-- name --" lines).
func txtarFiles(data []byte) map[string][]byte {
	files := map[string][]byte{}
	name := ""
	for _, line := range bytes.SplitAfter(data, []byte("\n")) {
		l := strings.TrimRight(string(line), "\r\n")
		if strings.HasPrefix(l, "-- ") && strings.HasSuffix(l, " --") && len(l) > 6 {
			name = strings.TrimSpace(l[3 : len(l)-3])
			files[name] = []byte{}
			continue
		}
		if name != "" {
			files[name] = append(files[name], line...)
		}
	}
	return files
}

func TestFastYAMLFiles(t *testing.T) {
	type input struct {
		name string
		data []byte
		must bool // the fast parser must take it, or there is no speed gain
	}
	var inputs []input
	glob := func(pattern string, must bool) {
		paths, err := filepath.Glob(pattern)
		if err != nil || len(paths) == 0 {
			t.Fatalf("no files match %s (%v)", pattern, err)
		}
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			inputs = append(inputs, input{p, data, must})
		}
	}
	glob("../../examples/*.prfaq.yaml", true)
	glob("../../templates/*.yaml", true)
	glob("../lint/testdata/*.yaml", false)
	glob("../render/testdata/*.yaml", false)
	glob("../diff/testdata/*.yaml", false)
	glob("../../*.y*ml", false)
	scripts, _ := filepath.Glob("../cli/testdata/script/*.txtar")
	for _, p := range scripts {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for name, file := range txtarFiles(data) {
			if strings.HasSuffix(name, ".yaml") || strings.HasSuffix(name, ".yml") {
				inputs = append(inputs, input{p + ":" + name, file, false})
			}
		}
	}
	for i := range 300 {
		inputs = append(inputs, input{corpus.Name(i), corpus.Document(1, i), true})
	}

	taken := 0
	for _, in := range inputs {
		data := bytes.TrimPrefix(in.data, []byte("\uFEFF"))
		if checkFast(t, in.name, data) {
			taken++
			continue
		}
		if in.must {
			t.Errorf("%s: the fast parser fell back to yaml.v3", in.name)
		} else {
			t.Logf("falls back: %s", in.name)
		}
	}
	t.Logf("fast parser took %d of %d files", taken, len(inputs))
}

// nestedKeys is n keys, each nested in the one before, and a value.
func nestedKeys(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString(strings.Repeat(" ", 2*i) + "k:\n")
	}
	return b.String() + strings.Repeat(" ", 2*n) + "v: 1\n"
}

// manyLists is n keys, each holding a list of two entries.
func manyLists(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "k%d:\n  - a\n  - b\n", i)
	}
	return b.String()
}

// nestedEntries is a key holding n list entries, each a mapping that
// holds the next, and a last list: 2n+2 levels.
func nestedEntries(n int) string {
	var b strings.Builder
	b.WriteString("a:\n")
	for i := range n {
		b.WriteString(strings.Repeat(" ", 2+4*i) + "- b:\n")
	}
	return b.String() + strings.Repeat(" ", 2+4*n) + "- x\n"
}

// fastCases are tricky inputs. fast says whether the fast parser is meant
// to take the input; either way, if it does, it must agree with yaml.v3.
var fastCases = []struct {
	name string
	src  string
	fast bool
}{
	{"minimal", minimal, true},
	{"private use character", "k: a\ue000b\n", true},
	{"last code point escaped", "k: \"\\U0010FFFF\"\n", true},
	{"escape cut short by the line end", "k: \"x\\u12", false},
	{"lone CR at the end", "k: v\r", false},
	{"255-character key", strings.Repeat("k", 255) + ": v\n", true},
	{"256-character key", strings.Repeat("k", 256) + ": v\n", false},
	{"a short key indented deep", "k:\n" + strings.Repeat(" ", 250) + "deep: v\n", true},
	{"256-character flow key", "k: {" + strings.Repeat("k", 256) + ": v}\n", true},
	{"257-character flow key", "k: {" + strings.Repeat("k", 257) + ": v}\n", false},
	{"mappings 32 deep", nestedKeys(31), true},
	{"forty lists side by side", manyLists(40), true},
	{"a list entry that is a list", "k:\n  - - x\n", false},
	{"a list entry starting with a dash", "k:\n  - -5\n  - -x\n", true},
	{"the last character before surrogates", "k: a\ud7ffb\n", true},
	{"keys and values from the alphabet's ends", "zone: Zulu\nalpha: zebra\nZed: a\n0a: 9\n", true},
	{"flow values from the alphabet's ends", "k: [zebra, Zulu, 0a, 9z, alpha, Alpha]\n", true},
	{"mappings 33 deep", nestedKeys(32), false},
	{"a list 32 deep", nestedEntries(15), true},
	{"a list 34 deep", nestedEntries(16), false},
	{"schema comment", "# yaml-language-server: $schema=prfaq.schema.json\nprfaq: 1\n", true},
	{"comments everywhere", "# a\n\n  # b\nk: v # c\n# d\nm:   # e\n  # f\n  n: 1 # g\n    # h\nlast: x\n# end", true},
	{"lint directive", "# prfaq-lint: disable=weasel\ntitle: x\n", true},
	{"document start", "---\nk: v\n", true},
	{"document start after comments", "# c\n--- # d\n# e\nk: v\n", true},
	{"document start with value", "--- k\n", false},
	{"second document", "k: v\n---\nj: w\n", false},
	{"document end", "k: v\n...\n", false},
	{"directive", "%YAML 1.2\n---\nk: v\n", false},
	{"no final newline", "k: v", true},
	{"empty value", "k:\nj: 1\n", true},
	{"empty value with comment", "k:    # nothing\nj:", true},
	{"empty value at end", "k: 1\nj:\n", true},
	{"empty value unicode key", "clé:\nj: 1\n", true},
	{"nested", "a:\n  b:\n    c: 1\n  d: 2\ne: 3\n", true},
	{"nested after comment", "a:\n# c\n  b: 1\n", true},
	{"comment dedented inside mapping", "a:\n  b: 1\n# c\n  d: 2\n", true},
	{"sequence", "a:\n  - x\n  - y\n", true},
	{"sequence deeper", "a:\n    - x\n    -   y\n", true},
	{"indentless sequence", "a:\n- x\n- y\nb: z\n", true},
	{"sequence of mappings", "faq:\n  external:\n    - id: E1\n      question: Why?\n      answer: |\n        Because.\n    - id: E2\n      question: How?\n", true},
	{"indentless sequence of mappings", "a:\n- k: 1\n  j: 2\n- k: 3\nb: 4\n", true},
	{"indentless inside sequence mapping", "a:\n  - k:\n    - x\n    j:\n  - y\n", true},
	{"wide dash", "a:\n  -   k: 1\n      j: 2\n", true},
	{"empty entry", "a:\n  -\n  - x\n", false},
	{"entry on next line", "a:\n  -\n    k: v\n", false},
	{"nested sequence", "a:\n  - - x\n", false},
	{"sequence then key at its indent", "a:\n  - x\n  b: y\n", false},
	{"bad dedent", "a:\n    b: 1\n  c: 2\n", false},
	{"top-level list", "- a\n- b\n", false},
	{"top-level scalar", "hello\n", false},
	{"indented top", "  a: 1\n  b: 2\n", false},

	{"literal", "k: |\n  line one\n  line two\n", true},
	{"literal strip", "k: |-\n  a\n  b\n\n\nj: 1\n", true},
	{"literal keep", "k: |+\n  a\n\n\nj: 1\n", true},
	{"literal keep at end", "k: |+\n  a\n\n  \n", true},
	{"literal clip trailing blanks", "k: |\n  a\n\n\n", true},
	{"literal no final newline", "k: |\n  a\n  b", true},
	{"literal keep no final newline", "k: |+\n  a\n\n  ", true},
	{"literal blank lines inside", "k: |\n  a\n\n  b\n   \n  c\n", true},
	{"literal more indented", "k: |\n  a\n    code\n  b\n", true},
	{"literal spaces beyond indent", "k: |\n  a\n      \n  b\n", true},
	{"literal with hash", "k: |\n  # heading\n  text # not a comment\n", true},
	{"literal header comment", "k: |  # text\n  a\n", true},
	{"literal trailing spaces", "k: |\n  a  \n  b \n", true},
	{"literal ended by comment", "k: |\n  a\n# c\nj: 1\n", true},
	{"literal keep before comment", "k: |+\n  a\n\n# c\nj: 1\n", true},
	{"literal in sequence", "a:\n  - |\n    x\n    y\n  - z\n", true},
	{"literal in indentless sequence", "a:\n- |\n  x\n- y\n", true},
	{"literal leading blank", "k: |\n\n  a\n", false},
	{"literal indentation indicator", "k: |2\n   a\n", false},
	{"literal not indented", "k: |\nj: 1\n", false},
	{"literal empty at end", "k: |\n", false},
	{"literal then deeper line", "k: |\n  a\n b\n", false},
	{"folded", "k: >\n  a\n  b\n\n  c\n   d\n  e\n", true},
	{"folded strip", "k: >-\n  one\n  two\n", true},
	{"folded keep", "k: >+\n  one\n  two\n\n", true},
	{"folded blank lines", "k: >\n  a\n\n\n  b\n", true},
	{"folded more indented", "k: >\n  a\n    b\n  c\n\n    d\n  e\n", true},

	{"double quoted", `k: "a: b # c"` + "\n", true},
	{"double quoted empty", `k: ""` + "\n", true},
	{"double quoted escapes", `k: "tab\there \"q\" back\\slash \x41\u00e9\U0001F600 \N\_\L\P \0\a\b\v\f\r\e\ \'"` + "\n", true},
	{"double quoted bad escape", `k: "a\/b"` + "\n", false},
	{"double quoted surrogate", `k: "\ud800"` + "\n", false},
	{"double quoted short hex", `k: "\x4"` + "\n", false},
	{"double quoted multi-line", "k: \"a\n  b\"\n", false},
	{"double quoted comment", `k: "a" # c` + "\n", true},
	{"double quoted hash no space", `k: "a"#c` + "\n", false},
	{"double quoted then text", `k: "a" b` + "\n", false},
	{"double quoted spaces", `k: "  a  "` + "\n", true},
	{"single quoted", "k: 'it''s # not: a comment'\n", true},
	{"single quoted backslash", `k: 'a\nb'` + "\n", true},
	{"single quoted empty", "k: ''\n", true},
	{"single quoted multi-line", "k: 'a\n  b'\n", false},
	{"quoted key", `"k": v` + "\n", false},
	{"quoted entry key", "a:\n  - \"k\": v\n", false},
	{"quoted entries", "a:\n  - \"x: y\"\n  - 'z'\n", true},

	{"flow sequence", "tags: [a, b c,  d  ]\n", true},
	{"flow sequence quoted", `tags: ["a, b", 'c', "d\"e"]` + "\n", true},
	{"flow sequence numbers", "k: [1, -2, 1.5, true, ~, null, 2027-01-02]\n", true},
	{"flow mapping", "b: {warn: 700, max: 1000}\n", true},
	{"flow mapping quoted value", `b: {a: "x, y", c: 'z'}` + "\n", true},
	{"flow empty", "a: []\nb: {}\nc: [ ]\n", true},
	{"flow comment", "a: [x] # c\n", true},
	{"flow in sequence", "a:\n  - [x, y]\n  - {k: v}\n", true},
	{"flow trailing comma", "a: [x, ]\n", false},
	{"flow empty entry", "a: [x, , y]\n", false},
	{"flow nested", "a: [[x]]\n", false},
	{"flow multi-line", "a: [x,\n  y]\n", false},
	{"flow pair", "a: [x: y]\n", false},
	{"flow mapping no space", "a: {x:y}\n", false},
	{"flow mapping empty value", "a: {x: }\n", false},
	{"flow mapping space before colon", "a: {x : y}\n", false},
	{"flow then text", "a: [x] y\n", false},
	{"flow dash", "a: [-, x]\n", false},
	{"flow negative", "a: [-1, -x]\n", true},
	{"flow question mark", "0: {0: 0?}\n", false}, // found by the fuzzer: '?' ends a flow scalar
	{"flow question mark in sequence", "a: [why?, b]\n", false},
	{"question mark in block", "a: why? because\n", true},
	{"flow long key", "a: {" + strings.Repeat("k", 1100) + ": 0}\n", false}, // found by the fuzzer: yaml.v3 limits keys to 1024 characters
	{"flow long value", "a: {k: " + strings.Repeat("v", 1100) + "}\n", true},
	{"flow long item", "a: [" + strings.Repeat("v", 1100) + "]\n", true},

	{"numbers", "a: 1.0\nb: 0x1F\nc: 1_000\nd: .5\ne: +1\nf: 017\ng: 08\nh: 0o17\ni: 0b101\nj: -0b11\nk: 1e3\nl: 1.\nm: -.5\nn: 99999999999999999999\no: 18446744073709551615\np: -0o7\nq: 0b2\nr: 1_0.5\ns: +.5\nt: 1e\nu: 0x\nv: -\n", false},
	{"numbers only", "a: 1.0\nb: 0x1F\nc: 1_000\nd: .5\ne: +1\nf: 017\ng: 08\nh: 0o17\ni: 0b101\nj: -0b11\nk: 1e3\nl: 1.\nm: -.5\nn: 99999999999999999999\no: 18446744073709551615\np: -0o7\nq: 0b2\nr: 1_0.5\ns: +.5\nt: 1e\nu: 0x\nv: -1x\nw: 1.2.3\nx: 0.1e-5\n", true},
	{"specials", "a: .inf\nb: -.Inf\nc: .NaN\nd: .nan2\ne: ..\nf: .\n", true},
	{"dates", "a: 2027-03-16\nb: 2027-3-1\nc: 2027-03-16T10:00:00Z\nd: 2027-03-16 10:00:00\ne: 2027-02-30\nf: 2027-13-01\ng: 27-03-16\nh: 2027-03-16t10:00:00+01:00\n", true},
	{"booleans", "a: true\nb: True\nc: TRUE\nd: tRUE\ne: yes\nf: no\ng: on\nh: off\ni: y\nj: n\n", true},
	{"nulls", "a: ~\nb: null\nc: Null\nd: NULL\ne: nUll\n", true},
	{"merge", "a: <<\n", true},
	{"merge key", "<<: x\n", false},
	{"numeric keys", "1: a\n2027-01-01: b\ntrue: c\nnull: d\n", true},

	{"colon in value", "k: a: b\n", false},
	{"colon at end", "k: a:\n", false},
	{"colon without space", "k: http://example.com/a:b\n", true},
	{"hash without space", "k: C# and F#\n", true},
	{"hash after space", "k: a #b\n", true},
	{"unicode", "k: naïve café — “quotes” 😀\nclé: é\n日本: 語\n", true},
	{"unicode column", "k: [é, ü]\nü: {ä: ö}\nclé: 'x'\n", true},
	{"crlf", "# c\r\nk: v\r\nj: |\r\n  a\r\n\r\n  b\r\nl:\r\n  - x\r\n", true},
	{"crlf no final", "k: v\r\nj: w", true},
	{"lone cr", "k: v\rj: w\n", false},
	{"tab", "k:\tv\n", false},
	{"tab in block", "k: |\n  a\tb\n", false},
	{"control character", "k: a\x01b\n", false},
	{"NEL", "k: a\u0085b\n", false},
	{"line separator", "k: a\u2028b\n", false},
	{"BOM inside", "k: a\uFEFFb\n", false},
	{"keys with spaces", "key with spaces: v\nanother key:\n  x: 1\n", true},
	{"key trailing space", "k : v\n", false},
	{"trailing spaces", "k: v   \nj:   \nl: [a]   \nm: |  \n  x  \n", true},
	{"long key", strings.Repeat("k", 300) + ": v\n", false},
	{"anchor", "a: &x v\nb: *x\n", false},
	{"tag", "a: !!str 1\n", false},
	{"complex key", "? a\n: b\n", false},
	{"multi-line plain", "k: a\n  b\n", false},
	{"multi-line plain after blank", "k: a\n\n  b\n", false},
	{"plain then deeper comment", "k: a\n  # c\nj: b\n", true},
	{"indicators", "a: @x\n", false},
	{"backquote", "a: `x`\n", false},
	{"percent", "a: %x\n", false},
	{"dash value", "a: -\n", false},
	{"dash plain", "a: -x\nb: --\nc: - x\n", false},
	{"dash plain only", "a: -x\nb: --\n", true},
	{"question", "a: ?x\n", false},
	{"block entry after key", "a: - x\n", false},
	{"duplicate keys", "a: 1\na: 2\n", true},
	{"only comments", "# a\n# b\n", false},
	{"empty", "", false},
	{"dots key", "...: x\n", false},
	{"key with colon", "a:b: c\n", false},
	{"value with brackets", "k: a [b] {c}, d\n", true},
	{"deep", strings.Repeat("a:\n", 0) + "a:\n b:\n  c:\n   d:\n    e:\n     f: 1\n", true},
}

func TestFastYAMLCases(t *testing.T) {
	for _, tc := range fastCases {
		t.Run(tc.name, func(t *testing.T) {
			took := checkFast(t, tc.name, []byte(tc.src))
			if took != tc.fast {
				_, err := decodeV3([]byte(tc.src))
				t.Errorf("fast parser took it: %v, want %v (yaml.v3 error: %v)", took, tc.fast, err)
			}
		})
	}
}

func FuzzFastYAML(f *testing.F) {
	for _, tc := range fastCases {
		f.Add([]byte(tc.src))
	}
	for i := range 3 {
		f.Add(corpus.Document(1, i))
	}
	for _, pattern := range []string{"../../examples/*.prfaq.yaml", "../../templates/*.yaml"} {
		paths, _ := filepath.Glob(pattern)
		for _, p := range paths {
			if data, err := os.ReadFile(p); err == nil {
				f.Add(data)
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkFast(t, "fuzz input", data)
	})
}

func BenchmarkDecodeYAML(b *testing.B) {
	docs := make([][]byte, 50)
	size := 0
	for i := range docs {
		docs[i] = corpus.Document(1, i)
		size += len(docs[i])
	}
	b.Run("fast", func(b *testing.B) {
		b.SetBytes(int64(size / len(docs)))
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			if _, ok := parseFast(docs[i%len(docs)]); !ok {
				b.Fatal("fell back")
			}
		}
	})
	b.Run("yaml.v3", func(b *testing.B) {
		b.SetBytes(int64(size / len(docs)))
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			if _, err := decodeV3(docs[i%len(docs)]); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// TestFastYAMLRandom compares the fast parser with yaml.v3 on documents
// built from the constructs PR/FAQ files use, with odd indentation, odd
// scalars and stray lines mixed in: a structured complement to the fuzzer,
// which rarely keeps a mutated document well-formed.
func TestFastYAMLRandom(t *testing.T) {
	n := 50000
	if testing.Short() {
		n = 5000
	}
	r := rand.New(rand.NewPCG(1, 2))
	taken := 0
	for i := range n {
		g := &yamlGen{r: r}
		g.mapping(0, 0)
		data := []byte(g.b.String())
		if r.IntN(4) == 0 {
			data = bytes.TrimSuffix(data, []byte("\n"))
		}
		if r.IntN(10) == 0 {
			data = bytes.ReplaceAll(data, []byte("\n"), []byte("\r\n"))
		}
		if checkFast(t, fmt.Sprintf("random document %d", i), data) {
			taken++
		}
		if t.Failed() {
			break
		}
	}
	t.Logf("fast parser took %d of %d documents", taken, n)
	if taken < n/4 {
		t.Errorf("the fast parser took only %d of %d documents: the generator is off", taken, n)
	}
}

type yamlGen struct {
	r *rand.Rand
	b strings.Builder
}

// The generator draws mostly from the first list of each pair and now and
// then from the second, odd one, so that most documents stay well-formed.
var (
	genKeys    = []string{"a", "b", "key", "two words", "clé", "k-2", "x.y", "1", "true", "null", "2027-01-02", "_u"}
	genOddKeys = []string{"a:b", `"q"`, "-k", "<<", "a #b", "k ", "? k", "&a k", "[k]", "~"}
	genScalars = []string{"v", "text with words", "1", "-1", "1.0", "0x1F", "1_000", ".5", "+1", "0o17", "08", "1e3", "2027-03-16", "2027-3-1", "2027-02-30",
		"yes", "no", "true", "True", "FALSE", "~", "null", "NULL", ".inf", "-.Inf", ".nan", "<<", "C# and F#", "a #comment", "a  b", "http://x/y:z",
		"é ü 😀", "'single ''q'''", "''", `"double \"q\" \t\u00e9"`, `""`, `"\x41"`, "[a, b c, 'd']", "[]", "[ ]", "{}", `{a: 1, b: "x"}`,
		"[a] # c", "-x", "a [b] {c}", "v # comment", "v   ", "---", "...", "\u00a0x", "x\u00a0"}
	genOddScalars = []string{"a: b", "a:", `"a\/b"`, "'open", `"open`, "'x' y", `"x"#c`, "[a, [b]]", "[a,]", "{a:1}", "&x v", "*x", "!!str v",
		"- x", "-", "@x", "`x`", "%x", ":x", "?x", ",x", "]", "[a", "{a: }", `"\ud800"`, "|", ">"}
	genBlocks    = []string{"|", "|-", "|+", ">", ">-", ">+", "| # c", ">+ "}
	genOddBlocks = []string{"|2", "|-1", "|x", "|#c", ">1+"}
	genContents  = []string{"line", "two words", "# hash", "  more", "", "", "   ", "trailing  ", "a: b", "- item", "é", "--- x"}
)

func (g *yamlGen) pick(list []string) string { return list[g.r.IntN(len(list))] }

// pick2 picks from odd one time in twenty.
func (g *yamlGen) pick2(common, odd []string) string {
	if g.r.IntN(20) == 0 {
		return g.pick(odd)
	}
	return g.pick(common)
}

// jitter usually returns indent, sometimes a neighbour.
func (g *yamlGen) jitter(indent int) int {
	if g.r.IntN(30) == 0 {
		return max(0, indent+g.r.IntN(3)-1)
	}
	return indent
}

func (g *yamlGen) line(indent int, text string) {
	g.b.WriteString(strings.Repeat(" ", indent) + text + "\n")
}

// filler sometimes writes blank and comment lines.
func (g *yamlGen) filler() {
	switch g.r.IntN(12) {
	case 0:
		g.line(0, "")
	case 1:
		g.line(g.r.IntN(6), "# comment")
	case 2:
		g.line(g.r.IntN(4), "")
	}
}

func (g *yamlGen) mapping(indent, depth int) {
	for i := range 1 + g.r.IntN(4) {
		if i > 0 {
			g.filler()
		}
		g.b.WriteString(strings.Repeat(" ", g.jitter(indent)) + g.pick2(genKeys, genOddKeys))
		g.entry(indent, depth)
	}
}

// entry writes the rest of an entry whose key has just been written: its
// value, on the key's line and the lines after.
func (g *yamlGen) entry(indent, depth int) {
	switch k := g.r.IntN(10); {
	case k < 4 || depth > 3:
		g.b.WriteString(": " + g.pick2(genScalars, genOddScalars) + "\n")
	case k < 6:
		g.b.WriteString(":" + []string{"", " # c", "  "}[g.r.IntN(3)] + "\n")
		g.filler()
		if g.r.IntN(2) == 0 {
			g.mapping(indent+1+g.r.IntN(3), depth+1)
		} else {
			g.sequence(indent+2*g.r.IntN(2), depth+1)
		}
	case k < 8:
		g.b.WriteString(": " + g.pick2(genBlocks, genOddBlocks) + "\n")
		g.blockContent(indent)
	default:
		g.b.WriteString(":\n")
	}
}

func (g *yamlGen) blockContent(indent int) {
	in := indent + 1 + g.r.IntN(3)
	for range g.r.IntN(5) {
		c := g.pick(genContents)
		if c == "" {
			g.line(g.r.IntN(in+2), "")
			continue
		}
		g.line(g.jitter(in), c)
	}
}

func (g *yamlGen) sequence(indent, depth int) {
	for i := range 1 + g.r.IntN(3) {
		if i > 0 {
			g.filler()
		}
		pad := strings.Repeat(" ", g.jitter(indent)) + "-" + strings.Repeat(" ", 1+g.r.IntN(2)*g.r.IntN(3))
		switch k := g.r.IntN(6); {
		case k < 3:
			g.b.WriteString(pad + g.pick2(genScalars, genOddScalars) + "\n")
		case k < 5:
			g.b.WriteString(pad + g.pick2(genKeys, genOddKeys))
			g.entry(len(pad), depth+1)
			if g.r.IntN(2) == 0 {
				g.mapping(len(pad), depth+1)
			}
		default:
			g.b.WriteString(pad + g.pick2(genBlocks, genOddBlocks) + "\n")
			g.blockContent(indent)
		}
	}
}
