package textstat

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"", " ", "\n", "\r\n\r\n", "One. Two! Three? Four…",
	"e.g. this, i.e. that, U.S. customers at 9 a.m. Then Mr. Smith.",
	"He said \"go.\"  Then 3.5 days and $4.5M, 38% and 1,200.",
	"don’t customer's one-page ʼtis café",
	"# Head\n- item\n- item two\n\n1. one\n2. two\n\n| a | b |\n|---|---|\n| c | d |\n",
	"```go\ncode\n```\n    indented\n`inline` [link](http://x.example) ![img](i.png) <b>x</b> <!-- c -->",
	"continuous integration (CI) and CI (continuous integration); the API and APIs, NASA, II.",
	"It was written. They're paid. It's been shown. It is fully managed.",
	"Q3 2026 two hundred $4.5 million twenty-five",
	"\xff\xfe\xc3", "a\u00a0b\u2028c", strings.Repeat("x", 3000), strings.Repeat("[`<", 50),
}

func addSeeds(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	if data, err := readTestdata(); err == nil {
		for _, s := range data {
			f.Add(s)
		}
	}
}

func checkWords(t *testing.T, s string, ws []Word) {
	t.Helper()
	prev := 0
	for i, w := range ws {
		if w.Start() < prev || w.End() <= w.Start() || w.End() > len(s) {
			t.Fatalf("word %d %v out of order or bounds (len %d)", i, w.Span(), len(s))
		}
		prev = w.End()
	}
}

func checkSentences(t *testing.T, s string, ss []Sentence) {
	t.Helper()
	prev := 0
	for i, st := range ss {
		if st.Start < prev || st.End <= st.Start || st.End > len(s) {
			t.Fatalf("sentence %d %v out of order or bounds (len %d)", i, st.Span, len(s))
		}
		if len(st.Words) == 0 {
			t.Fatalf("sentence %d %v has no words", i, st.Span)
		}
		for _, w := range st.Words {
			if w.Start() < st.Start || w.End() > st.End {
				t.Fatalf("word %v outside sentence %v", w.Span(), st.Span)
			}
		}
		checkWords(t, s, st.Words)
		prev = st.End
	}
}

func FuzzWords(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		ws := Words(s)
		checkWords(t, s, ws)
		for _, w := range ws {
			if n := Syllables(w.Text(s)); n < 0 {
				t.Fatalf("Syllables(%q) = %d", w.Text(s), n)
			} else if n == 0 {
				for _, r := range w.Text(s) {
					if isLetterRune(r) {
						t.Fatalf("Syllables(%q) = 0 for a word with a letter", w.Text(s))
					}
				}
			}
		}
		// Every letter or digit is inside a word.
		k := 0
		for i, r := range s {
			if r == utf8.RuneError || !(isLetterRune(r) || r < utf8.RuneSelf && isDigit(byte(r))) {
				continue
			}
			for k < len(ws) && ws[k].End() <= i {
				k++
			}
			if k >= len(ws) || ws[k].Start() > i {
				t.Fatalf("letter %q at %d is in no word", r, i)
			}
		}
	})
}

func FuzzProse(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		p, breaks := ProseBreaks(s)
		if p2 := Prose(s); p2 != p {
			t.Fatalf("Prose and ProseBreaks differ")
		}
		if len(p) != len(s) {
			t.Fatalf("length %d, want %d", len(p), len(s))
		}
		for i := 0; i < len(s); i++ {
			if (s[i] == '\n') != (p[i] == '\n') {
				t.Fatalf("newline at %d not kept", i)
			}
			if p[i] != s[i] && p[i] != ' ' {
				t.Fatalf("byte %d changed to %q, not a space", i, p[i])
			}
		}
		prev := -1
		for _, b := range breaks {
			if b <= prev || b > len(s) {
				t.Fatalf("breaks %v not ascending within bounds", breaks)
			}
			prev = b
		}
	})
}

func FuzzSentences(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		checkSentences(t, s, Sentences(s))
		p, breaks := ProseBreaks(s)
		ws := Words(p)
		ss := SplitSentences(p, ws, breaks)
		checkSentences(t, p, ss)
		ps := GroupParagraphs(p, ss)
		prev := 0
		n := 0
		for _, para := range ps {
			if para.Start < prev || para.End <= para.Start || para.End > len(p) {
				t.Fatalf("paragraph %v out of order or bounds", para.Span)
			}
			for _, st := range para.Sentences {
				if st.Start < para.Start || st.End > para.End {
					t.Fatalf("sentence %v outside paragraph %v", st.Span, para.Span)
				}
			}
			n += len(para.Sentences)
			prev = para.End
		}
		if n != len(ss) {
			t.Fatalf("paragraphs hold %d of %d sentences", n, len(ss))
		}
		wordsInSentences := 0
		for _, st := range ss {
			wordsInSentences += len(st.Words)
		}
		if wordsInSentences != len(ws) {
			t.Fatalf("sentences hold %d of %d words", wordsInSentences, len(ws))
		}
	})
}

func FuzzAcronyms(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		ws := Words(s)
		as := Acronyms(s, ws, []string{"OK", "US"})
		prev := 0
		for _, a := range as {
			if a.Start < prev || a.End <= a.Start || a.End > len(s) {
				t.Fatalf("acronym %v out of order or bounds", a.Span)
			}
			if !strings.HasPrefix(s[a.Start:a.End], a.Text) || a.Text == "OK" || a.Text == "US" {
				t.Fatalf("acronym text %q for %q", a.Text, s[a.Start:a.End])
			}
			prev = a.End
		}
		defs := FindDefinitions(s, ws)
		prev = 0
		for _, d := range defs {
			if d.Start < prev || d.End <= d.Start || d.End > len(s) {
				t.Fatalf("definition %v out of order or bounds", d.Span)
			}
			if !strings.Contains(s[d.Start:d.End], d.Expansion) || !strings.Contains(s[d.Start:d.End], d.Acronym) {
				t.Fatalf("definition %+v not inside its span %q", d, s[d.Start:d.End])
			}
			prev = d.End
		}
		Definitions(s)
	})
}

func FuzzPassive(f *testing.F) {
	addSeeds(f)
	m := NewPhraseMatcher([]string{"nearly all", "best-in-class", "pleased to announce", "is", "don't", "é"})
	f.Fuzz(func(t *testing.T, s string) {
		ws := Words(s)
		checkSpans(t, "PassiveVoice", len(s), PassiveVoice(s, ws))
		checkSpans(t, "Numbers", len(s), Numbers(s, ws))
		var ms []Span
		for _, x := range m.Find(s, ws) {
			ms = append(ms, x.Span)
		}
		checkSpans(t, "Find", len(s), ms)
	})
}

// An Analyzer must give what Analyze gives, for every text of a series,
// and leave earlier results alone: the input is cut into texts at NUL
// bytes (and at "\x01" into halves analysed with tiny starting arrays).
func FuzzAnalyzer(f *testing.F) {
	addSeeds(f)
	f.Add("One. Two!\x00- item\n- item\x00\x00| a | b |\n|---|---|\n\x01x")
	f.Fuzz(func(t *testing.T, s string) {
		for _, part := range strings.Split(s, "\x01") {
			checkAnalyzer(t, strings.Split(part, "\x00"), len(part)%7)
		}
	})
}

func checkAnalyzer(t *testing.T, texts []string, size int) {
	t.Helper()
	a := NewAnalyzer(size)
	got := make([]Text, len(texts))
	for i, s := range texts {
		got[i] = a.Analyze(s)
	}
	for i, s := range texts {
		if want := Analyze(s); !reflect.DeepEqual(got[i], *want) {
			t.Fatalf("text %d %.80q: Analyzer gives\n%+v\nAnalyze gives\n%+v", i, s, got[i], *want)
		}
	}
}

// fuzzLists are phrase lists that share and repeat phrases, for
// FuzzPhraseLists.
var fuzzLists = [][]string{
	{"nearly all", "all", "best-in-class", "pleased to announce", "Seamless", "don't", "", "  ", "NEARLY ALL"},
	{"all", "nearly", "nearly all the", "is", "is built", "a", "a lot of", "TODO", "lorem ipsum"},
	{"élan", "straße", "K", "ﬁne", "don’t", "Nearly all", "we", "our", "our team", "the company"},
	{},
	{"you", "your", "customer's", "customers'", "they", "all", "ALL"},
}

// checkPhraseLists checks that a PhraseLists finds, for each list, what
// a PhraseMatcher of the list finds.
func checkPhraseLists(t *testing.T, s string, lists [][]string) {
	t.Helper()
	words := Words(s)
	got := NewPhraseLists(lists...).AppendFind(nil, s, words)
	prev := -1
	for _, m := range got {
		if m.Start < prev {
			t.Fatalf("matches out of order: %v", got)
		}
		prev = m.Start
	}
	for k, list := range lists {
		var mine []Match
		for _, m := range got {
			if m.List == k {
				mine = append(mine, m.Match)
			}
		}
		if want := NewPhraseMatcher(list).Find(s, words); !reflect.DeepEqual(mine, want) {
			t.Fatalf("list %d %q in %.80q:\n got  %v\n want %v", k, list, s, mine, want)
		}
	}
}

func FuzzPhraseLists(f *testing.F) {
	addSeeds(f)
	f.Add("Nearly all the users, nearly all of them; all is built. A lot of TODO lorem  ipsum, our team and the company, ÉLAN don’t.|nearly all|all")
	f.Fuzz(func(t *testing.T, s string) {
		checkPhraseLists(t, s, fuzzLists)
		// Lists taken from the text itself, so that phrases match.
		text, own, _ := strings.Cut(s, "|")
		parts := strings.Split(own, "|")
		checkPhraseLists(t, text, append([][]string{parts, parts[len(parts)/2:]}, fuzzLists...))
	})
}

// FindPhrase must find what a matcher of its one phrase finds.
func FuzzFindPhrase(f *testing.F) {
	addSeeds(f)
	f.Add("Lock Warden and lockwarden, LOCK  WARDEN; lock\nwarden.|lock warden")
	f.Fuzz(func(t *testing.T, s string) {
		text, own, _ := strings.Cut(s, "|")
		words := Words(text)
		for _, p := range append(strings.Split(own, "|"), fuzzLists[0]...) {
			got, want := FindPhrase(text, words, p), NewPhraseMatcher([]string{p}).Find(text, words)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("FindPhrase(%.80q, %q) = %v, want %v", text, p, got, want)
			}
		}
	})
}
