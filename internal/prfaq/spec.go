package prfaq

import (
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode"
)

// ValueKind is the shape of one value in the file format.
type ValueKind int

const (
	ValueText       ValueKind = iota // one line or a short phrase
	ValueMarkdown                    // long text holding Markdown
	ValueDate                        // YYYY-MM-DD
	ValueVersion                     // major.minor
	ValueEnum                        // one of Spec.Enum
	ValueBool                        // true or false
	ValueInt                         // a whole number
	ValueStringList                  // a list of short texts
	ValueObject                      // a mapping with fixed keys
	ValueObjectList                  // a list of mappings with fixed keys
	ValueStringMap                   // a mapping from ids to Markdown
)

// Spec describes one key of the file format: what it holds and what is
// allowed. It is derived from the struct tags of the model types.
type Spec struct {
	Key      string
	Kind     ValueKind
	Required bool
	Enum     []string
	Pattern  *regexp.Regexp
	Doc      string
	Fields   []*Spec // keys of an object, or of each element of an object list
	index    []int
}

// Field returns the child spec with the given key.
func (s *Spec) Field(key string) *Spec {
	for _, f := range s.Fields {
		if f.Key == key {
			return f
		}
	}
	return nil
}

// Keys lists the keys of an object spec, in file order.
func (s *Spec) Keys() []string {
	keys := make([]string, len(s.Fields))
	for i, f := range s.Fields {
		keys[i] = f.Key
	}
	return keys
}

// Expected describes, for error messages, what a value of this kind is.
func (s *Spec) Expected() string {
	switch s.Kind {
	case ValueText, ValueMarkdown:
		return "text"
	case ValueDate:
		return "a date (YYYY-MM-DD)"
	case ValueVersion:
		return "a version (major.minor, e.g. \"1.0\")"
	case ValueEnum:
		return "one of " + strings.Join(s.Enum, ", ")
	case ValueBool:
		return "true or false"
	case ValueInt:
		return "a whole number"
	case ValueStringList:
		return "a list of texts"
	case ValueObject:
		return "a mapping with keys " + strings.Join(s.Keys(), ", ")
	case ValueObjectList:
		return "a list of entries with keys " + strings.Join(s.Keys(), ", ")
	case ValueStringMap:
		return "a mapping of section ids to text"
	}
	return "a value"
}

var (
	datePattern    = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	versionPattern = regexp.MustCompile(`^(0|[1-9]\d*)\.(0|[1-9]\d*)$`)
)

// CheckScalar validates the text of a scalar value against the spec and
// returns a message for the writer when it does not fit.
func (s *Spec) CheckScalar(text string) error {
	switch s.Kind {
	case ValueDate:
		if text == "" {
			return nil
		}
		if !datePattern.MatchString(text) {
			return fmt.Errorf("%q is not a date: write it as YYYY-MM-DD, e.g. 2027-03-15", text)
		}
		if _, err := time.Parse(time.DateOnly, text); err != nil {
			return fmt.Errorf("%q is not a real calendar date", text)
		}
	case ValueVersion:
		if text == "" {
			return nil
		}
		if !versionPattern.MatchString(text) {
			return fmt.Errorf("%q is not a version: write major.minor in quotes, e.g. \"1.0\" or \"2.3\"", text)
		}
		if _, _, ok := splitVersion(text); !ok {
			return fmt.Errorf("%q is out of range: major and minor are whole numbers up to %d", text, MaxVersionNumber)
		}
	case ValueEnum:
		for _, e := range s.Enum {
			if text == e {
				return nil
			}
		}
		// %+q shows characters outside ASCII escaped: every allowed
		// value is ASCII, so one that looks right but is not ("futurе"
		// with a Cyrillic е) shows where it differs.
		return fmt.Errorf("%+q is not allowed here: expected %s", text, strings.Join(s.Enum, ", "))
	}
	if s.Pattern != nil && text != "" && !s.Pattern.MatchString(text) {
		// The first clause of a pattern field's doc says what fits.
		expected, _, _ := strings.Cut(strings.TrimSuffix(s.Doc, "."), ";")
		if len(expected) > 1 && unicode.IsLower(rune(expected[1])) {
			expected = strings.ToLower(expected[:1]) + expected[1:]
		}
		return fmt.Errorf("%q is not allowed here: expected %s", text, expected)
	}
	return nil
}

// The specs are derived from fixed types, so each is built once, on first
// use; nothing changes them afterwards.
var (
	documentSpec = sync.OnceValue(func() *Spec { return specOf(reflect.TypeFor[Document]()) })
	templateSpec = sync.OnceValue(func() *Spec { return specOf(reflect.TypeFor[Template]()) })
)

// DocumentSpec returns the spec of the document format. Callers must not
// change it.
func DocumentSpec() *Spec { return documentSpec() }

// TemplateSpec returns the spec of the template format. Callers must not
// change it.
func TemplateSpec() *Spec { return templateSpec() }

// LintConfigSpec returns the spec of .prfaq-lint.yaml files.
func LintConfigSpec() *Spec { return specOf(reflect.TypeFor[LintConfig]()) }

func specOf(t reflect.Type) *Spec {
	root := &Spec{Kind: ValueObject, Required: true}
	root.Fields = fieldSpecs(t)
	return root
}

func fieldSpecs(t reflect.Type) []*Spec {
	var out []*Spec
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		key := f.Tag.Get("yaml")
		if key == "" || key == "-" {
			continue
		}
		s := &Spec{Key: key, Doc: f.Tag.Get("doc"), index: f.Index}
		opts := strings.Split(f.Tag.Get("prfaq"), ",")
		markdown := false
		for _, o := range opts {
			switch {
			case o == "required":
				s.Required = true
			case o == "markdown":
				markdown = true
			case o == "date":
				s.Kind = ValueDate
			case o == "version":
				s.Kind = ValueVersion
			case strings.HasPrefix(o, "enum="):
				s.Kind = ValueEnum
				s.Enum = strings.Split(strings.TrimPrefix(o, "enum="), "|")
			case strings.HasPrefix(o, "pattern="):
				s.Pattern = regexp.MustCompile(strings.TrimPrefix(o, "pattern="))
			}
		}
		switch f.Type.Kind() {
		case reflect.String:
			if s.Kind == ValueText && markdown {
				s.Kind = ValueMarkdown
			}
		case reflect.Bool:
			s.Kind = ValueBool
		case reflect.Int:
			s.Kind = ValueInt
		case reflect.Struct:
			s.Kind = ValueObject
			s.Fields = fieldSpecs(f.Type)
		case reflect.Slice:
			if f.Type.Elem().Kind() == reflect.String {
				s.Kind = ValueStringList
			} else {
				s.Kind = ValueObjectList
				s.Fields = fieldSpecs(f.Type.Elem())
			}
		case reflect.Map:
			s.Kind = ValueStringMap
		default:
			panic("prfaq: unsupported field type " + f.Type.String())
		}
		out = append(out, s)
	}
	return out
}

// Value returns the Go value a spec describes inside v (a pointer to the
// struct the spec was derived from, or an element of it).
func (s *Spec) Value(v reflect.Value) reflect.Value {
	return reflect.Indirect(v).FieldByIndex(s.index)
}
