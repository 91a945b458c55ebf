package lint

import "testing"

func TestQuestionLabel(t *testing.T) {
	for _, c := range []struct{ prefix, want string }{
		{"**Q12. ", "12"},
		{"#### Q1. ", "1"},
		{"Question 4: ", "4"},
		{"**Question 4:** ", "4"},
		{"3. ", "3"},
		{"**E3. ", "E3"},
		{"I12) ", "I12"},
		{"FAQ #7: ", "7"},
		{"E 3. ", ""},     // a letter and a number apart
		{"#### 2.3 ", ""}, // a section number
		{"Q: ", ""},       // Q/A without a number
		{"Step 1: ", ""},  // not a question's label
		{"Q1234. ", ""},   // too long for a count of questions
		{"", ""},
	} {
		if got := questionLabel(c.prefix); got != c.want {
			t.Errorf("questionLabel(%q) = %q, want %q", c.prefix, got, c.want)
		}
	}
}

func TestIDRanges(t *testing.T) {
	for _, c := range []struct {
		ids  []string
		want string
	}{
		{[]string{"E1", "E2", "I1", "I2", "I3"}, "E1–E2 and I1–I3"},
		{[]string{"E1", "E3", "I1"}, "E1, E3 and I1"},
		{[]string{"E1"}, "E1"},
		{[]string{"I2", "I1"}, "I1–I2"},
	} {
		if got := idRanges(c.ids); got != c.want {
			t.Errorf("idRanges(%v) = %q, want %q", c.ids, got, c.want)
		}
	}
}
