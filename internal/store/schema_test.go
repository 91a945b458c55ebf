package store

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"gopkg.in/yaml.v3"

	"github.com/prfaq/prfaq/internal/schema"
)

// The published JSON Schema and the loader must agree: every example and
// fixture the loader accepts validates against the schema, and the
// documents the loader rejects for their shape are rejected by it too.

var update = flag.Bool("update", false, "rewrite examples/prfaq.schema.json")

func compileSchema(t *testing.T, doc []byte) *jsonschema.Schema {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource("prfaq.schema.json", v); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("prfaq.schema.json")
	if err != nil {
		t.Fatalf("the published schema does not compile: %v", err)
	}
	return s
}

// jsonValue reads YAML the way the YAML language server does (YAML 1.2:
// unquoted dates are text) into the values JSON Schema validates.
func jsonValue(t *testing.T, data []byte) any {
	t.Helper()
	var n yaml.Node
	if err := yaml.Unmarshal(data, &n); err != nil {
		t.Fatal(err)
	}
	var conv func(n *yaml.Node) any
	conv = func(n *yaml.Node) any {
		switch n.Kind {
		case yaml.DocumentNode:
			return conv(n.Content[0])
		case yaml.AliasNode:
			return conv(n.Alias)
		case yaml.MappingNode:
			m := map[string]any{}
			for i := 0; i+1 < len(n.Content); i += 2 {
				m[n.Content[i].Value] = conv(n.Content[i+1])
			}
			return m
		case yaml.SequenceNode:
			l := []any{}
			for _, c := range n.Content {
				l = append(l, conv(c))
			}
			return l
		}
		switch n.Tag {
		case "!!null":
			return nil
		case "!!bool":
			b, _ := strconv.ParseBool(n.Value)
			return b
		case "!!int", "!!float":
			return json.Number(n.Value)
		}
		return n.Value
	}
	return conv(&n)
}

func documentsToValidate(t *testing.T) []string {
	files, _ := filepath.Glob("../../examples/*.prfaq.yaml")
	fixtures, _ := filepath.Glob("../render/testdata/*.prfaq.yaml")
	scripts, _ := filepath.Glob("testdata/valid/*.prfaq.yaml")
	return append(append(files, fixtures...), scripts...)
}

func TestSchemaAcceptsWhatLoads(t *testing.T) {
	s := compileSchema(t, schema.Document())
	files := documentsToValidate(t)
	if len(files) < 3 {
		t.Fatalf("found only %d documents to validate", len(files))
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := DecodeDocument(f, data); err != nil {
			t.Errorf("%s does not load: %v", f, err)
			continue
		}
		if err := s.Validate(jsonValue(t, data)); err != nil {
			t.Errorf("%s loads but fails the schema:\n%v", f, err)
		}
	}
}

func TestSchemaRejectsWhatFails(t *testing.T) {
	s := compileSchema(t, schema.Document())
	bad := []string{
		minimal + "titel: x\n",
		minimal + "press_release:\n  headline: [a]\n",
		minimal + "authors: Priya\n",
		minimal + "press_release:\n  customer_quote:\n    hypothetical: maybe\n",
		minimal + "customer: everyone\n",
		minimal + "launch_date: next June\n",
		minimal + "faq:\n  external:\n    - id: Q1\n      question: Why?\n",
		minimal + "faq:\n  external:\n    - id: E1\n",
		minimal + "sections:\n  Tenets: x\n",
		"prfaq: 1\ntemplate: amazon\nmode: future\nstatus: draft\nversion: \"1.0\"\n",
		"prfaq: 2\ntitle: t\ntemplate: amazon\nmode: future\nstatus: draft\nversion: \"1.0\"\n",
		"prfaq: 1\ntitle: t\ntemplate: amazon\nmode: someday\nstatus: draft\nversion: \"1.0\"\n",
		"prfaq: 1\ntitle: t\ntemplate: amazon\nmode: future\nstatus: draft\nversion: \"1.x\"\n",
		"prfaq: 1\ntitle: t\ntemplate: amazon\nmode: future\nstatus: draft\nversion: 1\n",
	}
	for i, src := range bad {
		if _, _, err := DecodeDocument("x", []byte(src)); err == nil {
			t.Errorf("case %d: the loader accepts it", i)
		}
		if err := s.Validate(jsonValue(t, []byte(src))); err == nil {
			t.Errorf("case %d: the schema accepts what the loader rejects:\n%s", i, src)
		}
	}
}

func TestTemplateSchemaAcceptsBuiltins(t *testing.T) {
	s := compileSchema(t, schema.Template())
	files, _ := filepath.Glob("../../templates/*.yaml")
	if len(files) != 4 {
		t.Fatalf("want the 4 built-in templates, found %d", len(files))
	}
	for _, f := range files {
		data, _ := os.ReadFile(f)
		if err := s.Validate(jsonValue(t, data)); err != nil {
			t.Errorf("%s fails the template schema:\n%v", f, err)
		}
	}
}

// The workshop schema takes the built-in definition, and the lint
// configuration schema takes a configuration with every key; each rejects
// an unknown key, as the loader does.
func TestWorkshopAndLintConfigSchemas(t *testing.T) {
	workshop, err := os.ReadFile("../../templates/workshops/default.yaml")
	if err != nil {
		t.Fatal(err)
	}
	lintConfig := []byte("disable: [passive-voice]\nenable: [acronym]\nseverities:\n  weasel-words: error\nthresholds:\n  sentence_words: \"30\"\nwords:\n  - rule: weasel-words\n    add: [basically]\n    remove: [very]\nfiles: [\"*.pr-faq.yaml\"]\ntemplate: mini\n")
	needs := []byte("needs:\n  - id: low-prices\n    name: Low prices\n    description: Customers pay less here than anywhere else.\n    words: [cheaper, save]\n    measures: [price versus competitors]\n")
	for _, c := range []struct {
		name   string
		schema []byte
		good   []byte
		load   func([]byte) error
	}{
		{"workshop", schema.Workshop(), workshop, func(b []byte) error { _, _, err := DecodeWorkshop("w.yaml", b); return err }},
		{"lint-config", schema.LintConfig(), lintConfig, func(b []byte) error { _, _, err := DecodeLintConfig(".prfaq-lint.yaml", b); return err }},
		{"needs", schema.Needs(), needs, func(b []byte) error { _, _, err := DecodeNeeds("needs.yaml", b); return err }},
	} {
		s := compileSchema(t, c.schema)
		if err := c.load(c.good); err != nil {
			t.Fatalf("%s: the loader rejects the sample: %v", c.name, err)
		}
		if err := s.Validate(jsonValue(t, c.good)); err != nil {
			t.Errorf("%s: the schema rejects what loads:\n%v", c.name, err)
		}
		bad := append(slices.Clone(c.good), "colour: blue\n"...)
		if c.load(bad) == nil {
			t.Errorf("%s: the loader accepts an unknown key", c.name)
		}
		if s.Validate(jsonValue(t, bad)) == nil {
			t.Errorf("%s: the schema accepts an unknown key", c.name)
		}
	}
}

// The copies of the schema committed beside the examples and in their
// history folders, which their first line points editors to, are current.
func TestCommittedSchemaCurrent(t *testing.T) {
	folders, err := HistoryFolders("../../examples")
	if err != nil {
		t.Fatal(err)
	}
	if len(folders) == 0 {
		t.Fatal("the examples have no history folders")
	}
	for _, dir := range append([]string{"../../examples"}, folders...) {
		path := filepath.Join(dir, SchemaFile)
		if *update {
			if err := os.WriteFile(path, schema.Document(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		have, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(have, schema.Document()) {
			t.Errorf("%s is stale: run go test ./internal/store -update (or prfaq schema --write --dir examples)", path)
		}
	}
}
