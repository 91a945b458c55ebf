package prfaq

import (
	"errors"
	"testing"
)

func TestConditionEval(t *testing.T) {
	doc := &Document{Mode: ModeFuture, Title: "T"}
	doc.PressRelease.Dateline.City = "SEATTLE"
	doc.PressRelease.CustomerQuote.Hypothetical = true
	tests := []struct {
		when string
		want bool
	}{
		{"", true},
		{`mode == "future"`, true},
		{`mode == "launch"`, false},
		{`mode != "launch"`, true},
		{"press_release.dateline.city", true},
		{"press_release.dateline.outlet", false},
		{"not press_release.dateline.outlet", true},
		{"not not title", true},
		{`mode == "future" and title`, true},
		{`mode == "launch" or title`, true},
		{`mode == "launch" or (title and not product)`, true},
		{`mode == "launch" and title or product`, false},
		{`press_release.customer_quote.hypothetical == "true"`, true},
		{"press_release.customer_quote.hypothetical", true},
		{"faq.external", false},
		{"sections.tenets", false},
		{`status == "draft"`, false},
	}
	for _, tt := range tests {
		c, err := ParseCondition(tt.when)
		if err != nil {
			t.Fatalf("ParseCondition(%q): %v", tt.when, err)
		}
		if got := c.Eval(doc); got != tt.want {
			t.Errorf("%q = %v, want %v", tt.when, got, tt.want)
		}
	}
}

func TestConditionSectionValue(t *testing.T) {
	doc := &Document{Sections: map[string]string{"tenets": "Be kind."}}
	c, err := ParseCondition("sections.tenets")
	if err != nil {
		t.Fatal(err)
	}
	if !c.Eval(doc) {
		t.Error("sections.tenets should hold for a filled custom section")
	}
}

func TestConditionErrors(t *testing.T) {
	tests := []struct {
		when string
		col  int
	}{
		{"modee", 1},
		{`mode == future`, 9},
		{`mode ==`, 8},
		{`mode == "future`, 9},
		{"(title", 7},
		{"title product", 7},
		{"title and", 10},
		{"title & product", 7},
		{"and", 1},
		{"press_release", 1},
	}
	for _, tt := range tests {
		_, err := ParseCondition(tt.when)
		var ce *ConditionError
		if !errors.As(err, &ce) {
			t.Errorf("ParseCondition(%q) = %v, want a ConditionError", tt.when, err)
			continue
		}
		if ce.Col != tt.col {
			t.Errorf("ParseCondition(%q): column %d (%s), want %d", tt.when, ce.Col, ce.Msg, tt.col)
		}
	}
}

func TestConditionLengthBounded(t *testing.T) {
	long := "title"
	for i := 0; i < 300; i++ {
		long += " and title"
	}
	if _, err := ParseCondition(long); err == nil {
		t.Error("a condition of 600 parts should be refused")
	}
}

func FuzzParseCondition(f *testing.F) {
	for _, s := range []string{`mode == "future"`, "not (title or product)", `a == "\"`, "((((", "title and"} {
		f.Add(s)
	}
	doc := &Document{Title: "x"}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCondition(s)
		if err != nil {
			return
		}
		c.Eval(doc)
	})
}
