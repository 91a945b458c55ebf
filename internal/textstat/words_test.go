package textstat

import (
	"strings"
	"testing"
)

func wordSpans(ws []Word) []Span {
	out := make([]Span, len(ws))
	for i, w := range ws {
		out[i] = w.Span()
	}
	return out
}

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string // the words, in order; spans are checked exactly
	}{
		{"", nil},
		{"   \n\t  ", nil},
		{"Hello, world!", []string{"Hello", "world"}},
		{"don't stop the customer's one-page plan", []string{"don't", "stop", "the", "customer's", "one-page", "plan"}},
		{"don’t and ʼtis", []string{"don’t", "and", "ʼtis"}}, // U+02BC is a letter
		{"engineers' worth", []string{"engineers", "worth"}},
		{"1,200 users in 3.5 days, 38% faster, $4.5M and €20", []string{"1,200", "users", "in", "3.5", "days", "38%", "faster", "$4.5M", "and", "€20"}},
		{"at 10:30, ratio 3:1", []string{"at", "10:30", "ratio", "3:1"}},
		{"e.g. this, i.e. that, U.S. customers at 9 a.m.", []string{"e.g", "this", "i.e", "that", "U.S", "customers", "at", "9", "a.m"}},
		{"Ph.D. end.Next", []string{"Ph", "D", "end", "Next"}},
		{"café naïve Sørlie Aguilera", []string{"café", "naïve", "Sørlie", "Aguilera"}},
		{"2027-06-30 and 3.5x and Q3", []string{"2027-06-30", "and", "3.5x", "and", "Q3"}},
		{"a--b a- -b -a b-", []string{"a", "b", "a", "b", "a", "b"}},
		{"$ 5 $x 5$ $", []string{"5", "x", "5"}},
		{"end. 3. (x) [y] \"z\"", []string{"end", "3", "x", "y", "z"}},
		{"one\r\ntwo\r\n", []string{"one", "two"}},
		{"x\xffy", []string{"x", "y"}},
		{"中文 text", []string{"中文", "text"}},
		{"Jan.–Dec. 2026", []string{"Jan", "Dec", "2026"}},
		{"50%.", []string{"50%"}},
	}
	for _, tc := range tests {
		got := Words(tc.in)
		var want []Span
		if tc.want != nil {
			want = at(t, tc.in, tc.want...)
		}
		sameSpans(t, "Words", tc.in, wordSpans(got), want)
	}
}

func TestWordsExactOffsets(t *testing.T) {
	got := Words("Hi, don't go.")
	want := []Word{{0, 2}, {4, 9}, {10, 12}}
	if len(got) != len(want) {
		t.Fatalf("got %v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("word %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestWordsLongInput(t *testing.T) {
	long := strings.Repeat("a", 1<<20)
	ws := Words(long)
	if len(ws) != 1 || ws[0].Span() != (Span{0, 1 << 20}) {
		t.Fatalf("one long word: got %d words", len(ws))
	}
	many := strings.Repeat("a/", 1<<16)
	ws = Words(many)
	if len(ws) != 1<<16 {
		t.Fatalf("got %d words, want %d", len(ws), 1<<16)
	}
	checkSpans(t, "Words", len(many), wordSpans(ws))
}
