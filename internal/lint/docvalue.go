package lint

import (
	"fmt"
	"reflect"
	"strings"
	"sync"

	"github.com/prfaq/prfaq/internal/prfaq"
)

// documentSpec is the document format's spec, built once per process.
// prfaq.DocumentSpec derives it from struct tags, compiling its patterns,
// on every call, and Document.Get calls it for every path: checking the
// required sections that way cost more than the rest of lint together.
var documentSpec = sync.OnceValue(prfaq.DocumentSpec)

// docValue is d.Get(path), with the same results and errors, walking the
// spec built once. fastpath_test.go checks that the two agree.
func docValue(d *prfaq.Document, path string) (any, error) {
	if id, ok := strings.CutPrefix(path, prfaq.SectionsPrefix); ok && id != "" {
		return d.Sections[id], nil
	}
	s := documentSpec()
	v := reflect.ValueOf(d).Elem()
	for _, key := range strings.Split(path, ".") {
		var f *prfaq.Spec
		if s.Kind == prfaq.ValueObject {
			f = s.Field(key)
		}
		if f == nil {
			return nil, fmt.Errorf("%s is not a field of a PR/FAQ document", path)
		}
		v = f.Value(v)
		s = f
	}
	if s.Kind == prfaq.ValueObject {
		return nil, fmt.Errorf("%s is a group of fields, not one field", path)
	}
	if v.Kind() == reflect.String {
		return v.String(), nil
	}
	return v.Interface(), nil
}
