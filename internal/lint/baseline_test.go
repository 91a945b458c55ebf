package lint_test

import (
	"strings"
	"testing"

	"github.com/prfaq/prfaq/internal/lint"
)

// A recorded baseline accepts each recorded finding once, wherever its
// line moves; a second finding with the same text is new.
func TestBaseline(t *testing.T) {
	f := func(line int, msg string) lint.Finding {
		return lint.Finding{File: "a.prfaq.yaml", Rule: "weasel-words", Line: line, Message: msg}
	}
	var rec lint.BaselineRecorder
	rec.Add(f(3, `"very" hides how much`))
	rec.Add(f(9, `"many" hides how many`))
	data := rec.Encode()
	if rec.Len() != 2 || !strings.HasSuffix(string(data), "\n") || !strings.Contains(string(data), `"version": 1`) {
		t.Fatalf("baseline:\n%s", data)
	}
	b, err := lint.ReadBaseline(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		f   lint.Finding
		new bool
	}{
		{f(30, `"very" hides how much`), false}, // moved down: still accepted
		{f(31, `"very" hides how much`), true},  // a second one: new
		{f(9, `"few" hides how few`), true},
		{f(1, `"many" hides how many`), false},
	} {
		if got := b.IsNew(c.f); got != c.new {
			t.Errorf("IsNew(%d %s) = %v, want %v", c.f.Line, c.f.Message, got, c.new)
		}
	}
	if _, err := lint.ReadBaseline([]byte("not json")); err == nil {
		t.Error("a file that is not a baseline was read")
	}
	var empty lint.BaselineRecorder
	if !strings.Contains(string(empty.Encode()), `"findings": []`) {
		t.Errorf("an empty baseline: %s", empty.Encode())
	}
}
