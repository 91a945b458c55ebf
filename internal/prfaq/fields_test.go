package prfaq

import (
	"reflect"
	"slices"
	"testing"
)

func TestGetSetRoundTrip(t *testing.T) {
	tests := []struct {
		path  string
		value any
	}{
		{"title", "Tab Split PR/FAQ"},
		{"mode", "launch"},
		{"status", "in-review"},
		{"launch_date", "2027-06-01"},
		{"authors", []string{"Priya", "Dana"}},
		{"customer.who", "Diners"},
		{"press_release.dateline.city", "SEATTLE"},
		{"press_release.customer_quote.hypothetical", true},
		{"faq.external", []FAQEntry{{ID: "E1", Question: "Why?"}}},
		{"sections.tenets", "Be kind."},
		{"appendix", "Data"},
	}
	for _, tt := range tests {
		var d Document
		if err := d.Set(tt.path, tt.value); err != nil {
			t.Fatalf("Set(%s): %v", tt.path, err)
		}
		got, err := d.Get(tt.path)
		if err != nil {
			t.Fatalf("Get(%s): %v", tt.path, err)
		}
		if !reflect.DeepEqual(got, tt.value) {
			t.Errorf("Get(%s) = %#v, want %#v", tt.path, got, tt.value)
		}
	}
}

func TestGetSetErrors(t *testing.T) {
	var d Document
	for _, path := range []string{"nope", "press_release", "press_release.nope", "customer.who.x", "sections."} {
		if _, err := d.Get(path); err == nil {
			t.Errorf("Get(%q) should fail", path)
		}
	}
	if err := d.Set("title", 3); err == nil {
		t.Error("Set(title, 3) should fail: title holds text")
	}
	if err := d.Set("authors", "x"); err == nil {
		t.Error("Set(authors, string) should fail: authors is a list")
	}
	if err := d.Set("sections.x", true); err == nil {
		t.Error("Set(sections.x, bool) should fail")
	}
}

func TestFieldPaths(t *testing.T) {
	paths := FieldPaths()
	for _, want := range []string{"title", "customer.who", "press_release.leader_quote.text", "faq.internal", "sections.<id>", "appendix"} {
		if !slices.Contains(paths, want) {
			t.Errorf("FieldPaths() lacks %s", want)
		}
	}
	for _, p := range paths {
		if p == "sections.<id>" {
			continue
		}
		if _, ok := LookupField(p); !ok {
			t.Errorf("LookupField(%s) fails for a listed path", p)
		}
	}
}

func TestIsEmpty(t *testing.T) {
	tests := []struct {
		v    any
		want bool
	}{
		{"", true}, {"  \n", true}, {"x", false},
		{false, true}, {true, false},
		{[]string{}, true}, {[]string{" "}, true}, {[]string{"a"}, false},
		{[]FAQEntry{}, true}, {[]FAQEntry{{}}, false},
		{nil, true},
	}
	for _, tt := range tests {
		if got := IsEmpty(tt.v); got != tt.want {
			t.Errorf("IsEmpty(%#v) = %v, want %v", tt.v, got, tt.want)
		}
	}
}

func TestCheckScalar(t *testing.T) {
	date, _ := LookupField("launch_date")
	version, _ := LookupField("version")
	mode, _ := LookupField("mode")
	tests := []struct {
		spec *Spec
		text string
		ok   bool
	}{
		{date, "2027-06-01", true},
		{date, "", true},
		{date, "2027-6-1", false},
		{date, "2027-02-30", false},
		{date, "June 1", false},
		{version, "1.0", true},
		{version, "12.10", true},
		{version, "1", false},
		{version, "1.x", false},
		{version, "01.0", false},
		{mode, "future", true},
		{mode, "past", false},
	}
	for _, tt := range tests {
		err := tt.spec.CheckScalar(tt.text)
		if (err == nil) != tt.ok {
			t.Errorf("%s: CheckScalar(%q) = %v, want ok=%v", tt.spec.Key, tt.text, err, tt.ok)
		}
	}
}

func TestSpecDescribesEveryField(t *testing.T) {
	var walk func(prefix string, s *Spec)
	walk = func(prefix string, s *Spec) {
		for _, f := range s.Fields {
			if f.Doc == "" {
				t.Errorf("%s%s has no doc tag: the schema and docs need one", prefix, f.Key)
			}
			walk(prefix+f.Key+".", f)
		}
	}
	walk("", DocumentSpec())
	walk("template:", TemplateSpec())
}
