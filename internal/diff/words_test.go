package diff

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// apply joins the text of the Equal ops and of the ops of kind side
// (Delete: the old text; Insert: the new one).
func apply(ops []Op, side OpKind) string {
	var b strings.Builder
	for _, op := range ops {
		if op.Kind == Equal || op.Kind == side {
			b.WriteString(op.Text)
		}
	}
	return b.String()
}

func TestTokenize(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"word", []string{"word"}},
		{"Don't stop, one-page memo.", []string{"Don't", " ", "stop", ",", " ", "one-page", " ", "memo", "."}},
		{"n = 1,200 at $0.02 on 2027-06-01", []string{"n", " ", "=", " ", "1,200", " ", "at", " ", "$", "0.02", " ", "on", " ", "2027-06-01"}},
		{"end. Next", []string{"end", ".", " ", "Next"}},
		{"a--b -c- 'q'", []string{"a", "--", "b", " ", "-", "c", "-", " ", "'", "q", "'"}},
		{"**Split**\n\n1. Tap", []string{"**", "Split", "**", "\n\n", "1", ".", " ", "Tap"}},
		{"Malmö naïve café", []string{"Malmö", " ", "naïve", " ", "café"}},
		{"don’t", []string{"don’t"}},
		{"\xff\xfeok", []string{"\xff\xfe", "ok"}},
	} {
		got := tokenize(tc.in)
		if !slices.Equal(got, tc.want) {
			t.Errorf("tokenize(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if strings.Join(got, "") != tc.in {
			t.Errorf("tokenize(%q) does not join back", tc.in)
		}
	}
}

func TestCountWords(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"", 0},
		{"   \n\t ", 0},
		{"-- ... !!", 0},
		{"one", 1},
		{"don't", 1},
		{"don’t stop", 2},
		{"one-page", 1},
		{"a one-page, six-page memo", 4},
		{"trailing- -leading", 2},
		{"1,200 diners paid $0.02", 4},
		{"Tab Split (2026 survey, n = 1,200).", 6},
		{"**Split** the [bill](https://example.com)", 6},
		{"日本語 text", 2},
		{"at_a_glance", 3},
	} {
		if got := CountWords(tc.in); got != tc.want {
			t.Errorf("CountWords(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

func TestWordDiff(t *testing.T) {
	for _, tc := range []struct {
		name, a, b string
		want       []Op
	}{
		{"both empty", "", "", nil},
		{"identical", "same text.", "same text.", []Op{{Equal, "same text."}}},
		{"insert all", "", "new words", []Op{{Insert, "new words"}}},
		{"delete all", "old words", "", []Op{{Delete, "old words"}}},
		{"insert at start", "bill", "the bill", []Op{{Insert, "the "}, {Equal, "bill"}}},
		{"insert at end", "the bill", "the bill today", []Op{{Equal, "the bill"}, {Insert, " today"}}},
		{"delete in middle", "pay the whole bill", "pay the bill", []Op{{Equal, "pay the "}, {Delete, "whole "}, {Equal, "bill"}}},
		{"replace word", "six days", "ten days", []Op{{Delete, "six"}, {Insert, "ten"}, {Equal, " days"}}},
		{"punctuation only", "the bill.", "the bill;", []Op{{Equal, "the bill"}, {Delete, "."}, {Insert, ";"}}},
		{"no shared words", "alpha beta", "gamma delta", []Op{{Delete, "alpha beta"}, {Insert, "gamma delta"}}},
		{"changes joined across a space", "the quick brown fox", "the slow red fox",
			[]Op{{Equal, "the "}, {Delete, "quick brown"}, {Insert, "slow red"}, {Equal, " fox"}}},
		{"line break kept between changes", "one\ntwo", "uno\ndos",
			[]Op{{Delete, "one"}, {Insert, "uno"}, {Equal, "\n"}, {Delete, "two"}, {Insert, "dos"}}},
		{"words are not split", "don't", "do not", []Op{{Delete, "don't"}, {Insert, "do not"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := WordDiff(tc.a, tc.b)
			if !slices.Equal(got, tc.want) {
				t.Errorf("WordDiff(%q, %q)\n got %q\nwant %q", tc.a, tc.b, got, tc.want)
			}
			checkOps(t, tc.a, tc.b, got)
		})
	}
}

// checkOps checks the invariants of an edit script.
func checkOps(t *testing.T, a, b string, ops []Op) {
	t.Helper()
	if got := apply(ops, Delete); got != a {
		t.Fatalf("equal+delete ops give %q, want %q", got, a)
	}
	if got := apply(ops, Insert); got != b {
		t.Fatalf("equal+insert ops give %q, want %q", got, b)
	}
	for i, op := range ops {
		if op.Text == "" {
			t.Fatalf("op %d is empty: %q", i, ops)
		}
		if i > 0 && ops[i-1].Kind == op.Kind {
			t.Fatalf("ops %d and %d have the same kind: %q", i-1, i, ops)
		}
		if i > 0 && ops[i-1].Kind == Insert && op.Kind == Delete {
			t.Fatalf("insert before delete at %d: %q", i, ops)
		}
	}
}

// lcs is the length of a longest common subsequence, by dynamic
// programming: the reference the Myers diff must match.
func lcs(a, b []int) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			if a[i] == b[j] {
				cur[j+1] = prev[j] + 1
			} else {
				cur[j+1] = max(prev[j+1], cur[j])
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// The token diff is minimal: as many equal tokens as a longest common
// subsequence.
func TestDiffTokensMinimal(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 3000 {
		alphabet := 2 + rng.IntN(6)
		a := make([]int, rng.IntN(40))
		b := make([]int, rng.IntN(40))
		for j := range a {
			a[j] = rng.IntN(alphabet)
		}
		for j := range b {
			b[j] = rng.IntN(alphabet)
		}
		edits, coarse := diffTokens(a, b)
		if coarse {
			t.Fatalf("case %d: small input diffed coarsely", i)
		}
		var ia, ib, equal int
		for _, e := range edits {
			switch e.kind {
			case Equal:
				for k := range e.n {
					if a[ia+k] != b[ib+k] {
						t.Fatalf("case %d: equal run holds different tokens", i)
					}
				}
				ia += e.n
				ib += e.n
				equal += e.n
			case Delete:
				ia += e.n
			case Insert:
				ib += e.n
			}
		}
		if ia != len(a) || ib != len(b) {
			t.Fatalf("case %d: edits cover %d/%d and %d/%d tokens", i, ia, len(a), ib, len(b))
		}
		if want := lcs(a, b); equal != want {
			t.Fatalf("case %d: %d equal tokens, longest common subsequence has %d\na=%v\nb=%v", i, equal, want, a, b)
		}
	}
}

// Pathological input stays fast and correct: the changed middle is shown
// replaced, with the common start and end still equal.
func TestDiffLimits(t *testing.T) {
	var a, b strings.Builder
	a.WriteString("Same start. ")
	b.WriteString("Same start. ")
	rng := rand.New(rand.NewPCG(3, 4))
	for range 40_000 {
		a.WriteString(string(rune('a'+rng.IntN(26))) + " ")
		b.WriteString(string(rune('a'+rng.IntN(26))) + " ")
	}
	a.WriteString("Same end.")
	b.WriteString("Same end.")
	start := time.Now()
	ops, coarse := wordDiff(a.String(), b.String())
	if elapsed := time.Since(start); elapsed > 5*time.Second {
		t.Errorf("took %v", elapsed)
	}
	if !coarse {
		t.Error("160,000 tokens were diffed token by token")
	}
	checkOps(t, a.String(), b.String(), ops)
	if len(ops) != 4 || ops[0] != (Op{Equal, "Same start. "}) || ops[3] != (Op{Equal, " Same end."}) {
		t.Errorf("coarse diff: %d ops, first %q", len(ops), ops[0])
	}

	// Below the token limit, the work limit bounds a rewrite.
	a.Reset()
	b.Reset()
	for range 12_000 {
		a.WriteString(string(rune('a'+rng.IntN(26))) + " ")
		b.WriteString(string(rune('a'+rng.IntN(26))) + " ")
	}
	start = time.Now()
	ops, coarse = wordDiff(a.String(), b.String())
	if elapsed := time.Since(start); elapsed > 5*time.Second {
		t.Errorf("took %v", elapsed)
	}
	if !coarse {
		t.Error("work limit not reached")
	}
	checkOps(t, a.String(), b.String(), ops)

	// A long document with a few edits is still compared word by word.
	base := strings.Repeat("The payer waits six days on average to be repaid. ", 400)
	edited := strings.Replace(base, "six", "ten", 3)
	ops, coarse = wordDiff(base, edited)
	if coarse {
		t.Error("a 4,000-word text with three edits was diffed coarsely")
	}
	checkOps(t, base, edited, ops)
}

func FuzzWordDiff(f *testing.F) {
	f.Add("", "")
	f.Add("the bill", "the whole bill")
	f.Add("Don't split one-page memos.", "Do not split one-page memos!")
	f.Add("a b c a b b a", "c b a b a c")
	f.Add("one\n\ntwo  three", "one two\nthree")
	f.Add("1,200 diners", "1.200 diners")
	f.Add("\xff\xfe x", "x \xff")
	f.Add("Malmö naïve", "Malmo naive")
	f.Fuzz(func(t *testing.T, a, b string) {
		ops := WordDiff(a, b)
		if got := apply(ops, Delete); got != a {
			t.Fatalf("equal+delete ops give %q, want %q (ops %q)", got, a, ops)
		}
		if got := apply(ops, Insert); got != b {
			t.Fatalf("equal+insert ops give %q, want %q (ops %q)", got, b, ops)
		}
		for i, op := range ops {
			if op.Text == "" || i > 0 && ops[i-1].Kind == op.Kind {
				t.Fatalf("ops not merged: %q", ops)
			}
		}
		// Cutting text never splits a UTF-8 sequence that was whole.
		if utf8.ValidString(a) && utf8.ValidString(b) {
			for _, op := range ops {
				if !utf8.ValidString(op.Text) {
					t.Fatalf("op %q is not valid UTF-8", op.Text)
				}
			}
		}
		// Widening changes to whole words keeps both texts.
		var oldText, newText strings.Builder
		for _, p := range wholeWords(pieces(ops, false)) {
			switch p.kind {
			case pieceEqual:
				oldText.WriteString(p.text)
				newText.WriteString(p.text)
			case pieceChange:
				oldText.WriteString(p.deleted)
				newText.WriteString(p.inst)
			default:
				t.Fatalf("a gap without excerpting: %q", p.text)
			}
		}
		if oldText.String() != a || newText.String() != b {
			t.Fatalf("wholeWords changed the texts: %q, %q", oldText.String(), newText.String())
		}
		// The outputs built on the ops hold up too.
		r := &Result{From: "a", To: "b", Sections: []Section{{Path: "appendix", Label: "appendix", Status: Changed, Ops: ops}}}
		Text(r, true)
		Markdown(r)
	})
}
