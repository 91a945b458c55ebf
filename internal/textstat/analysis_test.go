package textstat

import (
	"math"
	"slices"
	"strings"
	"testing"
)

func TestSyllables(t *testing.T) {
	tests := map[string]int{
		"": 0, "-": 0, "a": 1, "the": 1, "be": 1, "cat": 1, "make": 1, "table": 2, "simple": 2,
		"people": 2, "free": 1, "value": 2, "makes": 1, "boxes": 2, "changes": 2, "places": 2,
		"tables": 2, "goes": 1, "companies": 3, "used": 1, "wanted": 2, "needed": 2, "played": 1,
		"enrolled": 2, "safely": 2, "useful": 2, "management": 3, "timeless": 2, "media": 3,
		"actual": 3, "quality": 3, "language": 2, "video": 3, "someone": 2, "premium": 3,
		"social": 2, "mechanism": 4, "yes": 1, "rhythm": 1, "customer": 3, "customer's": 3,
		"don't": 1, "isn't": 2, "doesn't": 2, "can't": 1, "it'll": 1, "don’t": 1,
		"one-page": 2, "café": 2, "naïve": 2, "Sørlie": 2, "MAKES": 1, "Table": 2,
		"2026": 1, "1,200": 1, "3.5": 1, "38%": 1, "$4.5M": 2, "Q3": 2, "2027-06-30": 3,
		"e.g": 2, "U.S": 2, "seamless": 2, "revolutionary": 6, "announce": 2, "credentials": 3,
		"rotation": 3, "tabled": 2, "engineer": 3, "Zoë": 2, "résumé": 3, "readability": 5,
	}
	for w, want := range tests {
		if got := Syllables(w); got != want {
			t.Errorf("Syllables(%q) = %d, want %d", w, got, want)
		}
	}
	// Any word with a letter has at least one syllable.
	for _, w := range []string{"x", "zzz", "bcd", "y", "ʼ", "中", "ß", strings.Repeat("q", 200), strings.Repeat("ae", 100)} {
		if Syllables(w) < 1 {
			t.Errorf("Syllables(%q) < 1", w)
		}
	}
}

func TestFleschKincaidGrade(t *testing.T) {
	if g := FleschKincaidGrade(0, 0, 0); g != 0 {
		t.Errorf("no words: %v", g)
	}
	got := FleschKincaidGrade(100, 5, 150)
	want := 0.39*20 + 11.8*1.5 - 15.59
	if math.Abs(got-want) > 1e-9 {
		t.Errorf("got %v, want %v", got, want)
	}
	if FleschKincaidGrade(10, 0, 10) != FleschKincaidGrade(10, 1, 10) {
		t.Error("no sentences should count as one")
	}
}

func TestPhraseMatcher(t *testing.T) {
	m := NewPhraseMatcher([]string{"nearly all", "all", "best-in-class", "pleased to announce", "Seamless", "don't", "", "  ", "NEARLY ALL"})
	s := "Nearly all users love our best-in-class, seamless app. We're PLEASED to\nannounce it. Nearly, all. All done. Best in class. I don’t know; seamlessly. allow."
	w := Words(s)
	got := m.Find(s, w)
	want := at(t, s, "Nearly all", "best-in-class", "seamless", "PLEASED to\nannounce", "all", "All", "don’t")
	var gotSpans []Span
	for _, g := range got {
		gotSpans = append(gotSpans, g.Span)
	}
	sameSpans(t, "Find", s, gotSpans, want)
	wantPhrases := []string{"nearly all", "best-in-class", "Seamless", "pleased to announce", "all", "all", "don't"}
	for i := range got {
		if i < len(wantPhrases) && got[i].Phrase != wantPhrases[i] {
			t.Errorf("match %d: phrase %q, want %q", i, got[i].Phrase, wantPhrases[i])
		}
	}
	if NewPhraseMatcher(nil).Find(s, w) != nil {
		t.Error("empty matcher found something")
	}
	var nilM *PhraseMatcher
	if nilM.Find(s, w) != nil {
		t.Error("nil matcher found something")
	}
	if m.Find("", nil) != nil {
		t.Error("found in empty text")
	}
	// Unicode case folding.
	u := NewPhraseMatcher([]string{"élan", "straße"})
	s2 := "Great ÉLAN and Straße."
	if got := u.Find(s2, Words(s2)); len(got) != 2 {
		t.Errorf("unicode phrases: %v", got)
	}
}

func TestAcronyms(t *testing.T) {
	s := "Our API and the APIs, CI's logs, an AWS-hosted B2B EC2 box. OK, the US team, FAQ and E1, Q3. " +
		"Part II and XII. NASA said A. ENGINEERING ALL-HANDS, LEEDS – April. The CEO VP CFO met. Api, aPI, ABCDEFG."
	got := Acronyms(s, Words(s), []string{"OK", "US", "FAQ"})
	want := at(t, s, "API", "APIs", "CI's", "AWS", "B2B", "EC2", "NASA", "CEO", "VP", "CFO")
	var spans []Span
	var txts []string
	for _, a := range got {
		spans = append(spans, a.Span)
		txts = append(txts, a.Text)
	}
	sameSpans(t, "Acronyms", s, spans, want)
	if strings.Join(txts, " ") != "API API CI AWS B2B EC2 NASA CEO VP CFO" {
		t.Errorf("acronym texts %q", txts)
	}
	if Acronyms("", nil, nil) != nil {
		t.Error("acronyms in empty text")
	}
}

func TestDefinitions(t *testing.T) {
	s := "We run continuous integration (CI) on every change. The Department of Defense (DoD) agreed. " +
		"An SLA (service level agreement) applies. Application programming interfaces (APIs) too. " +
		"Secure Shell (SSH) and Multi-Factor Authentication (MFA) and JavaScript Object Notation (JSON). " +
		"The Amazon Web Services (AWS) team. Some (XYZ) thing. CI (continuous integration) again. Not (a thing)."
	got := FindDefinitions(s, Words(s))
	want := []struct{ acr, exp string }{
		{"CI", "continuous integration"},
		{"DoD", "Department of Defense"},
		{"SLA", "service level agreement"},
		{"API", "Application programming interfaces"},
		{"SSH", "Secure Shell"},
		{"MFA", "Multi-Factor Authentication"},
		{"JSON", "JavaScript Object Notation"},
		{"AWS", "Amazon Web Services"},
		{"CI", "continuous integration"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d definitions: %+v", len(got), got)
	}
	for i, w := range want {
		if got[i].Acronym != w.acr || got[i].Expansion != w.exp {
			t.Errorf("definition %d: got %q = %q, want %q = %q", i, got[i].Acronym, got[i].Expansion, w.acr, w.exp)
		}
	}
	first := got[0]
	if s[first.Start:first.End] != "continuous integration (CI)" {
		t.Errorf("span of first definition: %q", s[first.Start:first.End])
	}
	if sp := got[2].Span; s[sp.Start:sp.End] != "SLA (service level agreement)" {
		t.Errorf("span of SLA definition: %q", s[sp.Start:sp.End])
	}
	defs := Definitions(s)
	if strings.Join(defs, " ") != "CI DoD SLA API SSH MFA JSON AWS" {
		t.Errorf("Definitions = %q", defs)
	}
	if Definitions("") != nil {
		t.Error("definitions in empty text")
	}
}

func TestPassiveVoice(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"The report was written by the team.", []string{"was written"}},
		{"It is fully managed and was quickly built.", []string{"is fully managed", "was quickly built"}},
		{"Credentials are rotated, keys were not revoked.", []string{"are rotated", "were not revoked"}},
		{"It will be shipped. It's been shown. It's built.", []string{"be shipped", "been shown", "'s built"}},
		{"They’re paid weekly.", []string{"’re paid"}},
		{"We are interested. It is based in Leeds. I was excited.", nil},
		{"The credential is unused and unchanged.", nil},
		{"The page is used to deploy. We are used to working late.", []string{"is used"}},
		{"It is red. This is fast. It is, sadly, done.", nil},
		{"The scope is understood. Deadlines are set.", []string{"is understood", "are set"}},
		{"IS BUILT. Is it built?", []string{"IS BUILT"}},
		// After a noun, 's is a possessive; after a pronoun, "is".
		{"The customer's shared drive.", nil},
		{"Each worker's trained roles and the team’s planned launch.", nil},
		{"That's settled, it’s sent and everything's done.", []string{"'s settled", "’s sent", "'s done"}},
		{"What's built is what's shipped. Let's built.", []string{"'s built", "'s shipped"}},
		{"", nil},
	}
	for _, tc := range tests {
		got := PassiveVoice(tc.in, Words(tc.in))
		var want []Span
		if tc.want != nil {
			want = at(t, tc.in, tc.want...)
		}
		sameSpans(t, "PassiveVoice", tc.in, got, want)
	}
}

func TestNumbers(t *testing.T) {
	s := "In 2026, 38% of 1,200 owners spent 11.5 hours; two hundred said $4.5 million, twenty-five said 23 percent, " +
		"a three-step plan, one page, Q3 and 3.5x. Eleven teams, thousands of users, forty-two."
	got := Numbers(s, Words(s))
	want := at(t, s, "2026", "38%", "1,200", "11.5", "two hundred", "$4.5 million", "twenty-five", "23 percent",
		"three-step", "Q3", "3.5x", "Eleven", "forty-two")
	sameSpans(t, "Numbers", s, got, want)
	if Numbers("", nil) != nil {
		t.Error("numbers in empty text")
	}
	if got := Numbers("no numbers here", Words("no numbers here")); got != nil {
		t.Errorf("got %v", got)
	}
}

func TestAnalyze(t *testing.T) {
	md := "# Title\n\nFirst sentence. Second `code` one.\n\n- item one\n- item two\n"
	a := Analyze(md)
	if len(a.Prose) != len(md) || a.Source != md {
		t.Fatal("prose length")
	}
	if len(a.Sentences) != 5 || len(a.Paragraphs) != 3 {
		t.Errorf("got %d sentences, %d paragraphs", len(a.Sentences), len(a.Paragraphs))
	}
}

func TestAnalyzer(t *testing.T) {
	data, err := readTestdata()
	if err != nil {
		t.Fatal(err)
	}
	texts := append(slices.Clone(fuzzSeeds), data...)
	for _, d := range data {
		texts = append(texts, strings.Split(d, "\n\n")...)
	}
	checkAnalyzer(t, texts, 0)
	checkAnalyzer(t, texts, 1<<20)
	checkAnalyzer(t, nil, 0)
}

func TestPhraseLists(t *testing.T) {
	data, err := readTestdata()
	if err != nil {
		t.Fatal(err)
	}
	lists := append([][]string{benchPhrases, benchPhrases[:8], benchPhrases[4:20]}, fuzzLists...)
	for _, s := range append(slices.Clone(fuzzSeeds), data...) {
		checkPhraseLists(t, s, lists)
	}
	if got := NewPhraseLists().AppendFind(nil, "all of it", Words("all of it")); got != nil {
		t.Errorf("no lists found %v", got)
	}
}

func TestAcronymKeywords(t *testing.T) {
	s := `Text STOP to 55123, reply "LANG", or send PANTRY. Riders who text STATUS hear back. The STOP sign and a DMV form. ` +
		`Accept by replying YES, stop by texting "QUIT". The HELP reply, the "JOIN" keyword. A CRM reply.`
	var got []string
	for _, a := range Acronyms(s, Words(s), nil) {
		got = append(got, a.Text)
	}
	// CRM before "reply" is a keyword too: the rule cannot tell, and a
	// keyword is the likelier reading.
	if strings.Join(got, " ") != "STOP DMV" {
		t.Errorf("acronyms %q, want STOP (a sign, not a keyword) and DMV", got)
	}
}

func TestSpelledAsName(t *testing.T) {
	s := "The Seattle Department of Transportation and King County Metro launched it. Site reliability " +
		"is hard; the Platform Team Lead and the SRE Team agree. Customer Insights"
	tests := []struct {
		acronym string
		limit   int
		want    bool
	}{
		{"SDOT", len(s), true},
		{"SDT", len(s), true},
		{"KCM", len(s), true},
		{"SRE", len(s), false}, // lower-case words, and the acronym itself
		{"PTL", len(s), true},
		{"ST", len(s), false}, // "SRE Team": SRE is no word of a name
		{"CI", len(s), true},
		{"CI", len(s) - 1, false}, // before the limit only
		{"SDOT", 10, false},
		{"TR", len(s), false}, // one word is no name
		{"X", len(s), false},
	}
	words := Words(s)
	for _, tc := range tests {
		if got := SpelledAsName(s, words, tc.limit, tc.acronym); got != tc.want {
			t.Errorf("SpelledAsName(%s, limit %d) = %v, want %v", tc.acronym, tc.limit, got, tc.want)
		}
	}
}

func TestInName(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Apps use the Verity Check [API] today.", true},
		{"Add it to [AWS] API Gateway and Envoy.", true},
		{"It is under the [MIT] License.", true},
		{"Ledgerline made its Payouts [API] available.", true},
		{"[AWS] Lambda runs it.", true},
		{"Pass the [SOC] 2 Type II audit.", true},
		{"Meet the [EN] 71 toy standard.", false},
		{"The [API] returns a code.", false},
		{"QuotaGuard shows [API] teams the limit.", false},
		{"Import a [CSV] File.", true}, // title case reads as a name
		{"Mobile [SDK] builds for iOS.", false},
		{"It works. Mobile [SDK] builds too.", false},
		{"It is [MIT] licensed.", false},
		{"| Library | Licence |\n|---|---|\n| Go | [BSD] |\n| Rust | Apache |", false},
		{"| Library | Licence |\n|---|---|\n| Go | [BSD] |\n| MIT License | Apache |", false}, // table cells are sentences of their own
		{"Download the [PDF]. Then open it.", false},
	}
	for _, tc := range tests {
		s, end := mark(t, tc.in)
		start := strings.IndexByte(tc.in, '[')
		a := Analyze(s)
		got := InName(a.Prose, a.Words, a.Sentences, Span{start, end})
		if got != tc.want {
			t.Errorf("InName(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
