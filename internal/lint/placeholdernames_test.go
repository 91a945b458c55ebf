package lint

import (
	"slices"
	"testing"

	"github.com/prfaq/prfaq/internal/textstat"
)

func TestExampleDomains(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Visit https://www.example.com/signup.", []string{"https://www.example.com/signup"}},
		{"Write to help@EXAMPLE.org, or sub.example.net/x?a=1.", []string{"help@EXAMPLE.org", "sub.example.net/x?a=1"}},
		{"(mailto:a@example.com)", []string{"mailto:a@example.com"}},
		{"myexample.com, example.company.io, tabsplit.example and examples.com", nil},
		{"for example, com", nil},
	} {
		var got []string
		for _, s := range exampleDomains(c.text) {
			got = append(got, c.text[s.Start:s.End])
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("exampleDomains(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestPlaceholderNameHits(t *testing.T) {
	for _, c := range []struct {
		text     string
		lettered bool
		want     []string
	}{
		{"John Doe and Jane  Doe met John Q. Public", false, []string{"John Doe", "Jane  Doe", "John Q. Public"}},
		{"Acme Corp, ACME, Foo Inc and Consultancy ABC", false, []string{"Acme Corp", "ACME", "Foo Inc", "Consultancy ABC"}},
		{"Customer A's order and Company X", true, []string{"Customer A's", "Company X"}},
		{"Customer A's order and Company X", false, nil},
		{"the acme of 10x, Jane Doerr, John. Doe, Customer I spoke to, Bar none", true, nil},
		{"Jane\n\nDoe", false, nil},
	} {
		var got []string
		for _, s := range placeholderNameHits(c.text, textstat.Words(c.text), c.lettered) {
			got = append(got, c.text[s.Start:s.End])
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("placeholderNameHits(%q, %v) = %q, want %q", c.text, c.lettered, got, c.want)
		}
	}
}
