package lint

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/prfaq/prfaq/internal/prfaq"
)

func TestQuestionTerms(t *testing.T) {
	product := map[string]bool{"tab": true, "split": true}
	for _, c := range []struct{ q, want string }{
		{"How much does Tab Split cost?", "cost"},
		{"Is the training going to be free?", "cost course"},
		{"What are the prices, and how is it priced?", "pric"},
		{"Why can't I pause it?", "not paus why"},
		{"What's the **biggest** risk?", "biggest risk"},
		{"Who owns the data `tab_split`?", "data own who"},
		{"What is it?", ""},
	} {
		if got := strings.Join(questionTerms(c.q, product), " "); got != c.want {
			t.Errorf("questionTerms(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

func TestNearlySame(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"cost course", "cost course", true},
		{"biggest risk technical", "biggest risk technical vendor", true}, // 3 of 4
		{"biggest risk", "biggest risk technical", false},                 // 2 of 3
		{"cost", "cost run", false},
		{"a", "b", false},
	} {
		if got := nearlySame(strings.Fields(c.a), strings.Fields(c.b)); got != c.want {
			t.Errorf("nearlySame(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// The prefix filter finds the pairs that comparing every question with
// every earlier one finds.
func TestNearDuplicatesAgreeWithEveryPair(t *testing.T) {
	words := strings.Fields("price refund cancel app account data risk team store card city school bus why when who")
	r := rand.New(rand.NewPCG(1, 2))
	for round := range 200 {
		entries := make([]prfaq.FAQEntry, 2+r.IntN(30))
		for i := range entries {
			var q []string
			for range 1 + r.IntN(5) {
				q = append(q, words[r.IntN(len(words))])
			}
			entries[i] = prfaq.FAQEntry{ID: fmt.Sprint("E", i+1), Question: strings.Join(q, " ") + "?"}
		}
		want := everyPair(entries)
		if got := nearDuplicates(entries, nil, nil); !slices.Equal(got, want) {
			t.Fatalf("round %d: %v, comparing every pair gives %v\n%v", round, got, want, entries)
		}
	}
}

func everyPair(entries []prfaq.FAQEntry) [][2]int {
	var out [][2]int
	repeated := make([]bool, len(entries))
	seen := map[string]bool{}
	for i, e := range entries {
		norm := strings.ToLower(joinFields(strings.TrimRight(strings.TrimSpace(e.Question), "?")))
		repeated[i] = seen[norm]
		seen[norm] = true
	}
	for i, e := range entries {
		t := questionTerms(e.Question, nil)
		if len(t) == 0 || repeated[i] {
			continue
		}
		for j := range i {
			if !repeated[j] && nearlySame(questionTerms(entries[j].Question, nil), t) {
				out = append(out, [2]int{i, j})
				break
			}
		}
	}
	return out
}
