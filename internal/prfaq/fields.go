package prfaq

import (
	"fmt"
	"reflect"
	"strings"
)

// SectionsPrefix starts the path of a custom section: sections.<id>.
const SectionsPrefix = "sections."

// LookupField returns the spec of the document field at path, such as
// press_release.leader_quote.text. Custom section paths (sections.<id>)
// return a Markdown spec.
func LookupField(path string) (*Spec, bool) {
	if id, ok := strings.CutPrefix(path, SectionsPrefix); ok && id != "" {
		return &Spec{Key: id, Kind: ValueMarkdown}, true
	}
	s := DocumentSpec()
	for _, key := range strings.Split(path, ".") {
		if s.Kind != ValueObject {
			return nil, false
		}
		if s = s.Field(key); s == nil {
			return nil, false
		}
	}
	return s, s != nil
}

// FieldPaths lists every path a template question may fill, in file order.
func FieldPaths() []string {
	var out []string
	var walk func(prefix string, s *Spec)
	walk = func(prefix string, s *Spec) {
		for _, f := range s.Fields {
			p := prefix + f.Key
			switch f.Kind {
			case ValueObject:
				walk(p+".", f)
			case ValueStringMap:
				out = append(out, p+".<id>")
			default:
				out = append(out, p)
			}
		}
	}
	walk("", DocumentSpec())
	return out
}

// Get returns the value at path: a string for text, dates, versions and
// enums; a bool; a []string; or a []FAQEntry.
func (d *Document) Get(path string) (any, error) {
	v, err := d.field(path)
	if err != nil {
		return nil, err
	}
	if id, ok := strings.CutPrefix(path, SectionsPrefix); ok {
		return d.Sections[id], nil
	}
	switch v.Kind() {
	case reflect.String:
		return v.String(), nil
	}
	return v.Interface(), nil
}

// Set stores value at path. The value must have the Go type Get returns for
// that path.
func (d *Document) Set(path string, value any) error {
	v, err := d.field(path)
	if err != nil {
		return err
	}
	if id, ok := strings.CutPrefix(path, SectionsPrefix); ok {
		text, ok := value.(string)
		if !ok {
			return fmt.Errorf("%s holds text, not %T", path, value)
		}
		if d.Sections == nil {
			d.Sections = map[string]string{}
		}
		d.Sections[id] = text
		return nil
	}
	nv := reflect.ValueOf(value)
	switch {
	case v.Kind() == reflect.String && nv.Kind() == reflect.String:
		v.SetString(nv.String())
	case nv.IsValid() && nv.Type().AssignableTo(v.Type()):
		v.Set(nv)
	default:
		return fmt.Errorf("%s holds %s, not %T", path, v.Type(), value)
	}
	return nil
}

func (d *Document) field(path string) (reflect.Value, error) {
	if id, ok := strings.CutPrefix(path, SectionsPrefix); ok && id != "" {
		return reflect.Value{}, nil
	}
	s := DocumentSpec()
	v := reflect.ValueOf(d).Elem()
	for _, key := range strings.Split(path, ".") {
		var f *Spec
		if s.Kind == ValueObject {
			f = s.Field(key)
		}
		if f == nil {
			return reflect.Value{}, fmt.Errorf("%s is not a field of a PR/FAQ document", path)
		}
		v = f.Value(v)
		s = f
	}
	if s.Kind == ValueObject {
		return reflect.Value{}, fmt.Errorf("%s is a group of fields, not one field", path)
	}
	return v, nil
}

// IsEmpty reports whether a value returned by Get holds nothing worth
// reading: blank text, an empty list, false.
func IsEmpty(v any) bool {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x) == ""
	case bool:
		return !x
	case []string:
		for _, s := range x {
			if strings.TrimSpace(s) != "" {
				return false
			}
		}
		return true
	case []FAQEntry:
		return len(x) == 0
	case nil:
		return true
	}
	return false
}
