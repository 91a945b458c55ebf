package review

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// asciiTokens must cut ASCII text exactly as runeTokens does: it is the
// same reading, faster.
func TestASCIITokensMatchRuneTokens(t *testing.T) {
	cases := []string{
		"", "Tab Split costs $4.99 a month.", "P&L, on-call and 24/7: ask IT!", "  leading and trailing  ",
		"ALL CAPS and MiXeD", "$$5 and $ alone", "a-b_c.d,e;f:g(h)i[j]k{l}m'n\"o", "x1y2 3z",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	const alphabet = "abcXYZ09&$ -_.,:;'\"()!?\t\n"
	for range 500 {
		b := make([]byte, rng.IntN(40))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		cases = append(cases, string(b))
	}
	for _, s := range cases {
		if got, want := asciiTokens(s), runeTokens(s); !slices.Equal(got, want) {
			t.Errorf("asciiTokens(%q) = %q, runeTokens = %q", s, got, want)
		}
	}
	if got := tokens("Café au lait"); !slices.Equal(got, []string{"café", "au", "lait"}) {
		t.Errorf("tokens of non-ASCII text: %q", got)
	}
}

// A phrase whose first token is not among a text's tokens is passed over
// by its mask, and found when it is there.
func TestFirstInMasked(t *testing.T) {
	ps := phrases([]string{"free trial", "price*", "cost"})
	for _, c := range []struct {
		text string
		want string
	}{
		{"Start a free trial today.", "free trial"},
		{"Prices start at $5.", "price*"},
		{"It costs nothing.", ""},
		{"What does it cost?", "cost"},
	} {
		ts := tokens(c.text)
		m := tokenMask(ts)
		got, _ := firstInMasked(ps, ts, &m)
		if want, _ := firstIn(ps, ts); got != want || got != c.want {
			t.Errorf("%q: masked %q, unmasked %q, want %q", c.text, got, want, c.want)
		}
	}
}
