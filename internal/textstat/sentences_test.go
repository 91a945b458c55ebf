package textstat

import (
	"strings"
	"testing"
)

func sentenceSpans(ss []Sentence) []Span {
	out := make([]Span, len(ss))
	for i, s := range ss {
		out[i] = s.Span
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"empty", "", nil},
		{"whitespace", " \n\t \r\n ", nil},
		{"one", "One sentence.", []string{"One sentence."}},
		{"no stop", "No stop at all", []string{"No stop at all"}},
		{"two", "First one. Second one!", []string{"First one.", "Second one!"}},
		{"question and exclamation", "Why? Because! Yes.", []string{"Why?", "Because!", "Yes."}},
		{"e.g.", "Use a tool, e.g. this one. Then stop.", []string{"Use a tool, e.g. this one.", "Then stop."}},
		{"i.e. and etc.", "Pick one, i.e. the first. Apples, pears, etc. are fruit.", []string{"Pick one, i.e. the first.", "Apples, pears, etc. are fruit."}},
		{"decimal", "It took 3.5 days. Then 2.", []string{"It took 3.5 days.", "Then 2."}},
		{"U.S. customers", "Most U.S. customers pay. Others do not.", []string{"Most U.S. customers pay.", "Others do not."}},
		{"U.S. at the end", "We sell in the U.S. The rest later.", []string{"We sell in the U.S.", "The rest later."}},
		{"titles", "Mr. Smith met Dr. Jones. They talked.", []string{"Mr. Smith met Dr. Jones.", "They talked."}},
		{"Inc. before a name", "Acme Inc. CEO Jane Roe said so. Good.", []string{"Acme Inc. CEO Jane Roe said so.", "Good."}},
		{"Inc. at the end", "We bought Acme Inc. The deal closed.", []string{"We bought Acme Inc.", "The deal closed."}},
		{"a.m.", "We open at 9 a.m. Pacific time. Come.", []string{"We open at 9 a.m. Pacific time.", "Come."}},
		{"a.m. and p.m. end a sentence before a capitalised word", "Doors close at 11 p.m. Three guards stay. Buses run from 6 a.m. to 2 a.m. Otherwise walk. We ring by 4:30 P.M. Drivers wait.",
			[]string{"Doors close at 11 p.m.", "Three guards stay.", "Buses run from 6 a.m. to 2 a.m.", "Otherwise walk.", "We ring by 4:30 P.M.", "Drivers wait."}},
		{"a.m. and p.m. before what says more of the time", "Open 9 a.m. Eastern, 10 a.m. Saturday, 7 p.m. Oslo time and 8 a.m. ET daily, from 8 a.m. to noon. Done.",
			[]string{"Open 9 a.m. Eastern, 10 a.m. Saturday, 7 p.m. Oslo time and 8 a.m. ET daily, from 8 a.m. to noon.", "Done."}},
		{"months", "Due Jan. 5 or Dec. 31. Not later.", []string{"Due Jan. 5 or Dec. 31.", "Not later."}},
		{"initials", "J. R. R. Tolkien wrote it. We read it.", []string{"J. R. R. Tolkien wrote it.", "We read it."}},
		{"No. before a number", "See No. 5 and no. of users. No. That is all.", []string{"See No. 5 and no. of users.", "No.", "That is all."}},
		{"units are not titles", "It fell to 10 ms. Then it rose.", []string{"It fell to 10 ms.", "Then it rose."}},
		{"quote after stop", "He said \"go.\"  Then he left.", []string{"He said \"go.\"", "Then he left."}},
		{"curly quote after stop", "She said “done.” We agreed.", []string{"She said “done.”", "We agreed."}},
		{"bracket after stop", "(This is aside.) Back to it.", []string{"(This is aside.)", "Back to it."}},
		{"opening quote starts", "It ended. \"Really?\" he asked.", []string{"It ended.", "\"Really?\" he asked."}},
		{"ellipsis inside", "Wait... then go. And… Stop.", []string{"Wait... then go.", "And…", "Stop."}},
		{"question in quotes", "\"Really?\" he asked. Yes.", []string{"\"Really?\" he asked.", "Yes."}},
		{"lower-case product name", "It ships today. lockwarden reads files.", []string{"It ships today.", "lockwarden reads files."}},
		{"no space after stop", "See file.txt and v1.2.3 now.", []string{"See file.txt and v1.2.3 now."}},
		{"digit start", "Sales grew. 38% came from Q3.", []string{"Sales grew.", "38% came from Q3."}},
		{"wrapped lines", "A sentence that\nwraps over\nlines. Next.", []string{"A sentence that\nwraps over\nlines.", "Next."}},
		{"blank line", "Heading without stop\n\nParagraph text", []string{"Heading without stop", "Paragraph text"}},
		{"blank line with spaces", "One\n  \t\nTwo", []string{"One", "Two"}},
		{"crlf", "First.\r\nSecond\r\n\r\nThird.\r\n", []string{"First.", "Second", "Third."}},
		{"unicode space", "One.\u00a0Two.", []string{"One.", "Two."}},
		{"no words", "--- *** ---\n\nText.", []string{"Text."}},
		{"trailing spaces", "  Padded.   ", []string{"Padded."}},
		{"stop at end", "End?!", []string{"End?!"}},
		{"abbreviation at end of text", "It is in the U.S.", []string{"It is in the U.S."}},
	}
	for _, tc := range tests {
		got := Sentences(tc.in)
		var want []Span
		if tc.want != nil {
			want = at(t, tc.in, tc.want...)
		}
		sameSpans(t, "Sentences/"+tc.name, tc.in, sentenceSpans(got), want)
		for _, s := range got {
			if len(s.Words) == 0 {
				t.Errorf("%s: sentence %v without words", tc.name, s.Span)
			}
			for _, w := range s.Words {
				if w.Start() < s.Start || w.End() > s.End {
					t.Errorf("%s: word %v outside sentence %v", tc.name, w.Span(), s.Span)
				}
			}
		}
	}
}

func TestSentenceWords(t *testing.T) {
	s := "Hello there. It's 3.5 days."
	ss := Sentences(s)
	if len(ss) != 2 {
		t.Fatalf("got %d sentences", len(ss))
	}
	var got []string
	for _, w := range ss[1].Words {
		got = append(got, w.Text(s))
	}
	if strings.Join(got, "|") != "It's|3.5|days" {
		t.Errorf("words of second sentence: %q", got)
	}
	if ss[0].Span != (Span{0, 12}) || ss[1].Span != (Span{13, 27}) {
		t.Errorf("spans %v %v", ss[0].Span, ss[1].Span)
	}
}

// Markdown through ProseBreaks: list items and headings without points end
// their sentences.
func TestSplitSentencesMarkdown(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"list", "We track:\n- 20 teams by June;\n- the share of credentials\n  younger than 90 days\n- hours logged", []string{"We track:", "20 teams by June;", "the share of credentials\n  younger than 90 days", "hours logged"}},
		{"heading then text", "## Why now\nBecause it is time.", []string{"Why now", "Because it is time."}},
		{"ordered", "Steps:\n1. Open the app\n2. Connect", []string{"Steps:", "Open the app", "Connect"}},
		{"table cells", "| Name | Price |\n|---|---|\n| Basic | $5 |", []string{"Name", "Price", "Basic", "$5"}},
		{"code removed", "Run `x` now. `lockwarden check` reads files.", []string{"Run     now.", "reads files."}},
		{"link text kept", "Read [the guide](https://x.example). Then ask.", []string{"Read  the guide                    .", "Then ask."}},
	}
	for _, tc := range tests {
		p, breaks := ProseBreaks(tc.in)
		got := SplitSentences(p, Words(p), breaks)
		var gotTexts []string
		for _, s := range got {
			gotTexts = append(gotTexts, p[s.Start:s.End])
		}
		if strings.Join(gotTexts, "\x00") != strings.Join(tc.want, "\x00") {
			t.Errorf("%s: got %q, want %q", tc.name, gotTexts, tc.want)
		}
	}
}

func TestSentencesLongInput(t *testing.T) {
	s := strings.Repeat("x", 1<<20)
	ss := Sentences(s)
	if len(ss) != 1 || ss[0].Span != (Span{0, 1 << 20}) {
		t.Fatalf("got %d sentences", len(ss))
	}
	s = strings.Repeat("A. ", 1<<15)
	ss = Sentences(s)
	checkSpans(t, "Sentences", len(s), sentenceSpans(ss))
	s = strings.Repeat(".", 1<<16)
	if ss := Sentences(s); ss != nil {
		t.Fatalf("points only: got %d sentences", len(ss))
	}
}

func TestParagraphs(t *testing.T) {
	s := "First para. Two sentences.\nStill first.\n\n  Second para  \n\n\n---\n\nThird"
	ps := Paragraphs(s)
	want := at(t, s, "First para. Two sentences.\nStill first.", "Second para", "Third")
	var got []Span
	for _, p := range ps {
		got = append(got, p.Span)
	}
	sameSpans(t, "Paragraphs", s, got, want)
	if len(ps) == 3 {
		if n := len(ps[0].Sentences); n != 3 {
			t.Errorf("first paragraph has %d sentences, want 3", n)
		}
		if n := len(ps[1].Sentences); n != 1 {
			t.Errorf("second paragraph has %d sentences, want 1", n)
		}
	}
	if Paragraphs("") != nil || Paragraphs(" \n \n") != nil {
		t.Error("empty text has paragraphs")
	}
	crlf := "One.\r\nTwo.\r\n\r\nThree.\r\n"
	ps = Paragraphs(crlf)
	if len(ps) != 2 || crlf[ps[0].Start:ps[0].End] != "One.\r\nTwo." || crlf[ps[1].Start:ps[1].End] != "Three." {
		t.Errorf("CRLF paragraphs: %+v", ps)
	}
}
