package textstat

import (
	"os"
	"testing"
)

// benchText is a realistic press release of about 700 words in Markdown.
func benchText(b *testing.B) string {
	b.Helper()
	data, err := os.ReadFile("testdata/press-release.md")
	if err != nil {
		b.Fatal(err)
	}
	return string(data)
}

var benchPhrases = []string{
	"nearly all", "significantly", "arguably", "would", "might", "should", "many", "various",
	"simple", "easy", "fast", "seamless", "world-class", "cutting-edge", "revolutionary",
	"best-in-class", "excited", "thrilled", "delighted", "pleased to announce", "very",
	"really", "quite", "extremely", "robust", "leverage", "synergy", "game-changing",
	"innovative", "state-of-the-art", "powerful", "intuitive", "effortless", "obvious",
}

var benchIgnore = []string{"OK", "TV", "US", "UK", "EU", "AM", "PM", "ID", "FAQ", "PR", "CEO", "CTO", "CFO", "VP"}

func BenchmarkProse(b *testing.B) {
	s := benchText(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Prose(s)
	}
}

func BenchmarkProseBreaks(b *testing.B) {
	s := benchText(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		ProseBreaks(s)
	}
}

func BenchmarkWords(b *testing.B) {
	s := Prose(benchText(b))
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Words(s)
	}
}

func BenchmarkSplitSentences(b *testing.B) {
	s, br := ProseBreaks(benchText(b))
	w := Words(s)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		SplitSentences(s, w, br)
	}
}

func BenchmarkSentences(b *testing.B) {
	s := Prose(benchText(b))
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Sentences(s)
	}
}

func BenchmarkGroupParagraphs(b *testing.B) {
	s, br := ProseBreaks(benchText(b))
	ss := SplitSentences(s, Words(s), br)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		GroupParagraphs(s, ss)
	}
}

func BenchmarkParagraphs(b *testing.B) {
	s := Prose(benchText(b))
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Paragraphs(s)
	}
}

func BenchmarkSyllables(b *testing.B) {
	s := Prose(benchText(b))
	w := Words(s)
	b.ReportAllocs()
	for b.Loop() {
		CountSyllables(s, w)
	}
}

func BenchmarkFleschKincaidGrade(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		FleschKincaidGrade(709, 38, 1010)
	}
}

func BenchmarkNewPhraseMatcher(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		NewPhraseMatcher(benchPhrases)
	}
}

func BenchmarkPhraseMatcherFind(b *testing.B) {
	s := Prose(benchText(b))
	w := Words(s)
	m := NewPhraseMatcher(benchPhrases)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		m.Find(s, w)
	}
}

func BenchmarkAcronyms(b *testing.B) {
	s := Prose(benchText(b))
	w := Words(s)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Acronyms(s, w, benchIgnore)
	}
}

func BenchmarkDefinitions(b *testing.B) {
	s := Prose(benchText(b))
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Definitions(s)
	}
}

func BenchmarkFindDefinitions(b *testing.B) {
	s := Prose(benchText(b))
	w := Words(s)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		FindDefinitions(s, w)
	}
}

func BenchmarkPassiveVoice(b *testing.B) {
	s := Prose(benchText(b))
	w := Words(s)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		PassiveVoice(s, w)
	}
}

func BenchmarkNumbers(b *testing.B) {
	s := Prose(benchText(b))
	w := Words(s)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Numbers(s, w)
	}
}

// BenchmarkAll is the whole layer as a linter would run it on one
// document: Analyze, syllables, three phrase lists, acronyms, definitions,
// passives and numbers.
func BenchmarkAll(b *testing.B) {
	src := benchText(b)
	weasel := NewPhraseMatcher(benchPhrases[:8])
	buzz := NewPhraseMatcher(benchPhrases[8:16])
	hype := NewPhraseMatcher(benchPhrases[16:])
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		t := Analyze(src)
		CountSyllables(t.Prose, t.Words)
		weasel.Find(t.Prose, t.Words)
		buzz.Find(t.Prose, t.Words)
		hype.Find(t.Prose, t.Words)
		Acronyms(t.Prose, t.Words, benchIgnore)
		FindDefinitions(t.Prose, t.Words)
		PassiveVoice(t.Prose, t.Words)
		Numbers(t.Prose, t.Words)
	}
}
