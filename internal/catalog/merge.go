package catalog

import (
	"fmt"
	"maps"
	"reflect"
	"slices"

	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/source"
)

// merge lays child over parent. Only what the child's file actually sets
// (its positions say which keys were present) replaces the parent's, so a
// child can change one word budget or one question's help and inherit the
// rest. Questions and sections are matched by id; new ones are added at the
// end, or after the question named in "after" (which also moves an
// inherited question). remove drops inherited questions and sections.
func merge(parent, child *prfaq.Template, pos source.Positions) *prfaq.Template {
	out := *parent
	out.Name, out.Version, out.Description, out.Extends, out.Source = child.Name, child.Version, child.Description, child.Extends, child.Source
	out.Questions = slices.Clone(parent.Questions)
	out.Sections = slices.Clone(parent.Sections)
	out.Remove = child.Remove
	out.Labels = maps.Clone(parent.Labels)
	if out.Labels == nil {
		out.Labels = map[string]string{}
	}
	maps.Copy(out.Labels, child.Labels)

	spec := prfaq.TemplateSpec()
	for _, key := range []string{"budgets", "faq_categories", "faq_bank", "layout", "review"} {
		f := spec.Field(key)
		overlay(f, f.Value(reflect.ValueOf(&out)), f.Value(reflect.ValueOf(child)), pos, key)
	}

	// Removal applies to what is inherited, so a child can drop a question
	// and define it afresh under the same id.
	if len(child.Remove) > 0 {
		out.Questions = slices.DeleteFunc(out.Questions, func(q prfaq.Question) bool { return slices.Contains(child.Remove, q.ID) })
		out.Sections = slices.DeleteFunc(out.Sections, func(s prfaq.SectionDef) bool {
			return slices.Contains(child.Remove, s.ID) || slices.Contains(child.Remove, prfaq.SectionsPrefix+s.ID)
		})
	}

	qspec := spec.Field("questions")
	for i, q := range child.Questions {
		prefix := fmt.Sprintf("questions[%d]", i)
		at := slices.IndexFunc(out.Questions, func(p prfaq.Question) bool { return p.ID == q.ID })
		if at >= 0 {
			overlayFields(qspec, reflect.ValueOf(&out.Questions[at]), reflect.ValueOf(&q), pos, prefix)
			q = out.Questions[at]
			if _, moved := pos[prefix+".after"]; !moved {
				continue
			}
			out.Questions = slices.Delete(out.Questions, at, at+1)
		}
		at = len(out.Questions)
		if q.After != "" {
			if j := slices.IndexFunc(out.Questions, func(p prfaq.Question) bool { return p.ID == q.After }); j >= 0 {
				at = j + 1
			}
		}
		out.Questions = slices.Insert(out.Questions, at, q)
	}

	sspec := spec.Field("sections")
	for i, s := range child.Sections {
		if j := slices.IndexFunc(out.Sections, func(p prfaq.SectionDef) bool { return p.ID == s.ID }); j >= 0 {
			overlayFields(sspec, reflect.ValueOf(&out.Sections[j]), reflect.ValueOf(&s), pos, fmt.Sprintf("sections[%d]", i))
			continue
		}
		out.Sections = append(out.Sections, s)
	}
	return &out
}

// overlay copies src over dst where the child's file set the key. Objects
// are merged key by key; lists and text are replaced whole.
func overlay(f *prfaq.Spec, dst, src reflect.Value, pos source.Positions, path string) {
	if f.Kind == prfaq.ValueObject {
		overlayFields(f, dst.Addr(), src.Addr(), pos, path)
		return
	}
	if _, set := pos[path]; set {
		dst.Set(src)
	}
}

func overlayFields(spec *prfaq.Spec, dst, src reflect.Value, pos source.Positions, prefix string) {
	for _, f := range spec.Fields {
		overlay(f, f.Value(dst), f.Value(src), pos, prefix+"."+f.Key)
	}
}
