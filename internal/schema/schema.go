// Package schema publishes the formats of documents, templates, workshop
// definitions and lint configurations as JSON Schema (draft 2020-12), derived from the same specs the loader uses, so
// editors complete and check files exactly as prfaq reads them.
package schema

import (
	"bytes"
	"encoding/json"

	"github.com/prfaq/prfaq/internal/prfaq"
)

// Draft is the JSON Schema dialect of the published schemas.
const Draft = "https://json-schema.org/draft/2020-12/schema"

// Document returns the JSON Schema of NAME.prfaq.yaml files.
func Document() []byte {
	return build(prfaq.DocumentSpec(), "PR/FAQ document",
		"A Working Backwards PR/FAQ: press release, FAQ and the five customer questions, as read by prfaq (document format 1).")
}

// Template returns the JSON Schema of prfaq template files.
func Template() []byte {
	return build(prfaq.TemplateSpec(), "prfaq template",
		"A prfaq template: the questions the wizard asks, their limits, and the Markdown layout of the press release and FAQ.")
}

// Workshop returns the JSON Schema of workshop definitions (prfaq
// workshop kit --workshop, timer --agenda). Every part is optional: a
// definition gives only what it changes in the built-in one.
func Workshop() []byte {
	return build(prfaq.WorkshopSpec(), "prfaq workshop definition",
		"A working-backwards workshop: its length, agenda, roles, rubric and decision log. Give only the parts that differ from the built-in definition (prfaq workshop definition prints it).")
}

// LintConfig returns the JSON Schema of .prfaq-lint.yaml files.
func LintConfig() []byte {
	return build(prfaq.LintConfigSpec(), "prfaq lint configuration",
		"Settings of prfaq lint for the files in this folder and below: rules to turn off or on, severities, thresholds, word lists and file patterns (docs/lint.md).")
}

// Needs returns the JSON Schema of a team's .prfaq/needs.yaml.
func Needs() []byte {
	return build(prfaq.NeedsSpec(), "prfaq customer needs",
		"A team's evergreen customer needs: the needs that stay the same for years, that documents name in serves and lint checks the press release speaks to (docs/customers.md).")
}

func build(spec *prfaq.Spec, title, desc string) []byte {
	root := object(spec)
	root = append(obj{{"$schema", Draft}, {"title", title}, {"description", desc}}, root...)
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(root); err != nil {
		// The schema is built from fixed types; failing here is a bug.
		panic(err)
	}
	return b.Bytes()
}

// obj is a JSON object that keeps its keys in order, so the schema reads
// in the same order as the format.
type obj []kv

type kv struct {
	k string
	v any
}

func (o obj) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, p := range o {
		if i > 0 {
			b.WriteByte(',')
		}
		k, err := json.Marshal(p.k)
		if err != nil {
			return nil, err
		}
		v, err := json.Marshal(p.v)
		if err != nil {
			return nil, err
		}
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

func object(spec *prfaq.Spec) obj {
	props := obj{}
	var required []string
	for _, f := range spec.Fields {
		props = append(props, kv{f.Key, value(f)})
		if f.Required {
			required = append(required, f.Key)
		}
	}
	o := obj{{"type", "object"}, {"additionalProperties", false}}
	if len(required) > 0 {
		o = append(o, kv{"required", required})
	}
	return append(o, kv{"properties", props})
}

func value(f *prfaq.Spec) obj {
	var o obj
	if f.Doc != "" {
		o = append(o, kv{"description", f.Doc})
	}
	nullable := func(t string) any {
		if f.Required {
			return t
		}
		return []string{t, "null"}
	}
	switch f.Kind {
	case prfaq.ValueText, prfaq.ValueMarkdown:
		o = append(o, kv{"type", nullable("string")})
		if f.Required {
			o = append(o, kv{"minLength", 1})
		}
		if f.Pattern != nil {
			o = append(o, kv{"pattern", f.Pattern.String()})
		}
		if f.Kind == prfaq.ValueMarkdown {
			o = append(o, kv{"contentMediaType", "text/markdown"})
		}
	case prfaq.ValueDate:
		o = append(o, kv{"type", nullable("string")}, kv{"format", "date"}, kv{"pattern", `^\d{4}-\d{2}-\d{2}$`})
	case prfaq.ValueVersion:
		// Text only: YAML reads an unquoted 1.10 as the number 1.1, so the
		// schema asks editors to flag unquoted versions. prfaq itself reads
		// the digits as written, and writes versions quoted.
		o = append(o, kv{"type", nullable("string")}, kv{"pattern", `^(0|[1-9]\d*)\.(0|[1-9]\d*)$`})
	case prfaq.ValueEnum:
		o = append(o, kv{"enum", f.Enum})
	case prfaq.ValueBool:
		o = append(o, kv{"type", nullable("boolean")})
	case prfaq.ValueInt:
		if f.Key == "prfaq" {
			o = append(o, kv{"const", prfaq.FormatVersion})
		} else {
			o = append(o, kv{"type", nullable("integer")}, kv{"minimum", 0})
		}
	case prfaq.ValueStringList:
		o = append(o, kv{"type", nullable("array")}, kv{"items", obj{{"type", "string"}}})
	case prfaq.ValueObject:
		inner := object(f)
		if !f.Required {
			inner[0] = kv{"type", []string{"object", "null"}}
		}
		o = append(o, inner...)
	case prfaq.ValueObjectList:
		o = append(o, kv{"type", nullable("array")}, kv{"items", object(f)})
	case prfaq.ValueStringMap:
		o = append(o, kv{"type", nullable("object")},
			kv{"propertyNames", obj{{"pattern", keyPattern(f.Key)}}},
			kv{"additionalProperties", obj{{"type", []string{"string", "null"}}, {"contentMediaType", "text/markdown"}}})
	}
	return o
}

// keyPattern is what the keys of a mapping may look like: section ids are
// YAML- and template-friendly names; other keys (labels, rule ids) may
// also hold dashes.
func keyPattern(key string) string {
	if key == "sections" {
		return "^[a-z][a-z0-9_]*$"
	}
	return "^[a-z][a-z0-9_-]*$"
}
