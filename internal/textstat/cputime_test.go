package textstat

import (
	"fmt"
	"os"
	"syscall"
	"testing"
	"time"
)

// TestCPUTime reports the process CPU time per call of each function on the
// benchmark text. Wall-clock benchmarks are noisy on a shared machine; CPU
// time is less so. Run with TEXTSTAT_CPUTIME=1.
func TestCPUTime(t *testing.T) {
	if os.Getenv("TEXTSTAT_CPUTIME") == "" {
		t.Skip("set TEXTSTAT_CPUTIME=1")
	}
	data, err := os.ReadFile("testdata/press-release.md")
	if err != nil {
		t.Fatal(err)
	}
	src := string(data)
	prose, breaks := ProseBreaks(src)
	words := Words(prose)
	sents := SplitSentences(prose, words, breaks)
	m := NewPhraseMatcher(benchPhrases)
	weasel := NewPhraseMatcher(benchPhrases[:8])
	buzz := NewPhraseMatcher(benchPhrases[8:16])
	hype := NewPhraseMatcher(benchPhrases[16:])
	cases := []struct {
		name string
		f    func()
	}{
		{"Prose", func() { Prose(src) }},
		{"ProseBreaks", func() { ProseBreaks(src) }},
		{"Words", func() { Words(prose) }},
		{"SplitSentences", func() { SplitSentences(prose, words, breaks) }},
		{"GroupParagraphs", func() { GroupParagraphs(prose, sents) }},
		{"Syllables (all words)", func() { CountSyllables(prose, words) }},
		{"PhraseMatcher.Find", func() { m.Find(prose, words) }},
		{"Acronyms", func() { Acronyms(prose, words, benchIgnore) }},
		{"FindDefinitions", func() { FindDefinitions(prose, words) }},
		{"PassiveVoice", func() { PassiveVoice(prose, words) }},
		{"Numbers", func() { Numbers(prose, words) }},
		{"All", func() {
			t := Analyze(src)
			CountSyllables(t.Prose, t.Words)
			weasel.Find(t.Prose, t.Words)
			buzz.Find(t.Prose, t.Words)
			hype.Find(t.Prose, t.Words)
			Acronyms(t.Prose, t.Words, benchIgnore)
			FindDefinitions(t.Prose, t.Words)
			PassiveVoice(t.Prose, t.Words)
			Numbers(t.Prose, t.Words)
		}},
	}
	for _, c := range cases {
		best := time.Duration(1 << 62)
		for round := 0; round < 10; round++ {
			n := 0
			before, wall := cpuTime(), time.Now()
			for time.Since(wall) < 50*time.Millisecond {
				for k := 0; k < 50; k++ {
					c.f()
				}
				n += 50
			}
			if d := (cpuTime() - before) / time.Duration(n); d < best {
				best = d
			}
		}
		fmt.Printf("%-24s %8d ns CPU/op\n", c.name, best.Nanoseconds())
	}
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
