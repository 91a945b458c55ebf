package schema

import (
	"bytes"
	"encoding/json"
	"slices"
	"testing"
)

func TestSchemasAreValidJSON(t *testing.T) {
	for name, doc := range map[string][]byte{"document": Document(), "template": Template(), "workshop": Workshop(), "lint-config": LintConfig(), "needs": Needs()} {
		var v map[string]any
		if err := json.Unmarshal(doc, &v); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if v["$schema"] != Draft || v["additionalProperties"] != false {
			t.Errorf("%s: header %v", name, v)
		}
		props := v["properties"].(map[string]any)
		required, _ := v["required"].([]any) // workshop definitions and lint configurations have none
		for _, r := range required {
			if _, ok := props[r.(string)]; !ok {
				t.Errorf("%s: required %s is not a property", name, r)
			}
		}
	}
}

func TestDocumentSchemaShape(t *testing.T) {
	var v struct {
		Required   []string                   `json:"required"`
		Properties map[string]json.RawMessage `json:"properties"`
	}
	if err := json.Unmarshal(Document(), &v); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"prfaq", "title", "template", "mode", "status", "version"} {
		if !slices.Contains(v.Required, key) {
			t.Errorf("%s should be required", key)
		}
	}
	for _, key := range []string{"customer", "press_release", "faq", "appendix", "sections", "launch_date"} {
		if _, ok := v.Properties[key]; !ok {
			t.Errorf("%s missing from properties", key)
		}
	}
	var status struct {
		Enum []string `json:"enum"`
	}
	if err := json.Unmarshal(v.Properties["status"], &status); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(status.Enum, []string{"draft", "in-review", "approved", "rejected", "parked", "launched"}) {
		t.Errorf("status enum: %v", status.Enum)
	}
}

// Key order follows the format, so the schema diffs cleanly.
func TestSchemaStable(t *testing.T) {
	if !bytes.Equal(Document(), Document()) || !bytes.Equal(Template(), Template()) {
		t.Error("schema output differs between calls")
	}
	doc := Document()
	if bytes.Index(doc, []byte(`"prfaq"`)) > bytes.Index(doc, []byte(`"press_release"`)) {
		t.Error("properties are not in format order")
	}
}
