package lint

// Tests that the shortcuts lint takes for speed give what they stand for.

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/prfaq/prfaq/docs/bench/corpus"
	"github.com/prfaq/prfaq/internal/catalog"
	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/store"
	"github.com/prfaq/prfaq/internal/textstat"
	"github.com/prfaq/prfaq/templates"
)

// definitions(f) must be textstat.Definitions(f.prose).
func TestDefinitionsMatchesTextstat(t *testing.T) {
	texts := []string{
		"", "Continuous integration (CI) runs on every change. CI again, and CI (continuous integration).",
		"Secure Shell (SSH), a service-level agreement (SLA) and the SLA; JavaScript Object Notation (JSON) (JSON).",
	}
	files, _ := filepath.Glob("../../examples/*.prfaq.yaml")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
		texts = append(texts, strings.Split(string(data), "\n\n")...)
	}
	for _, s := range texts {
		a := textstat.Analyze(s)
		got := definitions(&field{prose: a.Prose, words: a.Words})
		want := textstat.Definitions(a.Prose)
		if !slices.Equal(got, want) {
			t.Errorf("definitions = %q, textstat.Definitions = %q for %.60q", got, want, s)
		}
	}
}

// fastpathTexts are texts to compare shortcuts with what they stand for:
// the examples, cut into paragraphs and lines too, and edge cases.
func fastpathTexts(t testing.TB) []string {
	texts := []string{
		"", " ", "  a", "a  b", "a b ", "a\tb", "a\nb", "a\u00a0b", "a\u2003b", "a\u0085b", "\u3000", "é", "a é", "a\xffb", "\xff",
		"[Customer Name] and <insert date> and [link](x) [ref][1] [^1] [x]: <b>bold</b> [name [todo]] <city>",
		"[" + strings.Repeat("x", 59) + "name]", "[" + strings.Repeat("x", 60) + "name]", "[[[[<<<<>]]", "[İNSERT] [ſ] [NAME]", "<insert", "[^]", "[]",
		"TODO TBD todo XX xx XXXX XXXXX FIXME lorem ipsum", "Engineering and Product", "engineering_and_product", " risks ", "go-to-market",
		strings.Repeat("word ", 20), strings.Repeat("wörd ", 20) + "end", strings.Repeat("é", 61), strings.Repeat("é", 60),
	}
	files, _ := filepath.Glob("../../examples/*.prfaq.yaml")
	files = append(files, "testdata/clean.prfaq.yaml", "testdata/short.prfaq.yaml")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
		texts = append(texts, strings.Split(string(data), "\n\n")...)
		texts = append(texts, strings.Split(string(data), "\n")...)
	}
	return texts
}

// quoteRef, normalizeCategoryRef and bracketPlaceholdersRef are the
// functions as they were before their shortcuts (bracketPlaceholdersRef
// with the wiki links it learned since).
func quoteRef(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 60 {
		s = string(r[:57]) + "..."
	}
	return fmt.Sprintf("%q", s)
}

func normalizeCategoryRef(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	return categoryReplacer.Replace(s)
}

func bracketPlaceholdersRef(s string) []textstat.Span {
	var out []textstat.Span
	for i := 0; i < len(s); i++ {
		open := s[i]
		if open != '[' && open != '<' {
			continue
		}
		if strings.HasPrefix(s[i:], "[[") && strings.Contains(s[i+2:], "]]") {
			i += 2 + strings.Index(s[i+2:], "]]") + 1 // a wiki link
			continue
		}
		closeCh := byte(']')
		if open == '<' {
			closeCh = '>'
		}
		j := strings.IndexByte(s[i+1:], closeCh)
		if j < 0 || j > 60 {
			continue
		}
		inner := strings.ToLower(s[i+1 : i+1+j])
		end := i + 1 + j + 1
		if open == '[' && end < len(s) && (s[end] == '(' || s[end] == '[' || s[end] == ':') {
			continue
		}
		if strings.HasPrefix(inner, "^") {
			continue
		}
		for _, k := range []string{"insert", "name", "customer", "company", "product", "tbd", "todo", "date", "city", "placeholder"} {
			if strings.Contains(inner, k) && (open == '[' || strings.HasPrefix(inner, "insert")) {
				out = append(out, textstat.Span{Start: i, End: end})
				break
			}
		}
		i = end - 1
	}
	return out
}

func checkShortcuts(t *testing.T, s string, set *wordSet, list []string) {
	t.Helper()
	if got, want := joinFields(s), strings.Join(strings.Fields(s), " "); got != want {
		t.Fatalf("joinFields(%q) = %q, want %q", s, got, want)
	}
	if got, want := quote(s), quoteRef(s); got != want {
		t.Fatalf("quote(%q) = %q, want %q", s, got, want)
	}
	if got, want := normalizeCategory(s), normalizeCategoryRef(s); got != want {
		t.Fatalf("normalizeCategory(%q) = %q, want %q", s, got, want)
	}
	if got, want := bracketPlaceholders(s), bracketPlaceholdersRef(s); !slices.Equal(got, want) {
		t.Fatalf("bracketPlaceholders(%q) = %v, want %v", s, got, want)
	}
	a := textstat.Analyze(s)
	for _, w := range append(a.Words, textstat.Words(s)...) {
		word := w.Text(a.Prose)
		if got, want := set.has(word), slices.Contains(list, word); got != want {
			t.Fatalf("wordSet.has(%q) = %v, want %v", word, got, want)
		}
	}
	for _, word := range append(strings.Fields(s), s, "") {
		if got, want := set.has(word), slices.Contains(list, word); got != want {
			t.Fatalf("wordSet.has(%q) = %v, want %v", word, got, want)
		}
	}
}

var shortcutWords = append(placeholderWords(), "", "é", strings.Repeat("x", 70), "Engineering", "\xff")

func TestShortcuts(t *testing.T) {
	set := newWordSet(shortcutWords)
	for _, s := range fastpathTexts(t) {
		checkShortcuts(t, s, set, shortcutWords)
	}
}

func FuzzShortcuts(f *testing.F) {
	for _, s := range fastpathTexts(f) {
		f.Add(s)
	}
	set := newWordSet(shortcutWords)
	f.Fuzz(func(t *testing.T, s string) {
		checkShortcuts(t, s, set, shortcutWords)
		// The text's words as a list of their own.
		words := strings.Fields(s)
		own := newWordSet(words)
		for _, w := range append(words, s, strings.ToUpper(s), "") {
			if got, want := own.has(w), slices.Contains(words, w); got != want {
				t.Fatalf("wordSet.has(%q) = %v, want %v", w, got, want)
			}
		}
	})
}

// checkRequired skips Get for the fields lint analyses, as answered: Get
// must give the text lint analysed, which is not blank, or fail (FAQ
// entries are not its paths), and either way checkRequired reports
// nothing.
func TestFieldsAreAnswered(t *testing.T) {
	cat := catalog.New(catalog.Folder{}, catalog.Folder{}, templates.FS)
	names, err := filepath.Glob("../../templates/*.yaml")
	if err != nil || len(names) == 0 {
		t.Fatal("no templates", err)
	}
	var sources [][]byte
	files, _ := filepath.Glob("../../examples/*.prfaq.yaml")
	more, _ := filepath.Glob("testdata/*.prfaq.yaml")
	for _, f := range append(files, more...) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		sources = append(sources, data)
	}
	for i := range 20 {
		sources = append(sources, corpus.Document(1, i))
	}
	checked := 0
	for _, src := range sources {
		doc, pos, err := store.DecodeDocument("doc.prfaq.yaml", src)
		if err != nil {
			continue
		}
		for _, name := range names {
			tm, err := cat.Load(strings.TrimSuffix(filepath.Base(name), ".yaml"))
			if err != nil {
				t.Fatal(err)
			}
			c := &checker{cfg: DefaultConfig(), doc: doc, pos: pos, t: tm}
			c.collectFields()
			for _, f := range c.fields {
				v, err := doc.Get(f.path)
				if err != nil {
					continue
				}
				if s, ok := v.(string); !ok || s != f.text || prfaq.IsEmpty(v) {
					t.Errorf("%s: Get = %#v, %v; lint analysed %q", f.path, v, err, f.text)
				}
				checked++
			}
		}
	}
	if checked < 100 {
		t.Errorf("only %d fields checked", checked)
	}
}

// checkFAQ finds repeated questions by comparing them pairwise, and past
// pairwiseQuestions through a map: both must find what a map of lower-cased
// questions finds.
func TestAskedQuestions(t *testing.T) {
	questions := []string{
		"", "How much?", "how much", "HOW MUCH", "How  much", "Why now", "why NOW", "İs it", "is it", "IS IT",
		"\u212Aey", "key", "KEY", "straße", "STRASSE", "Straße", "ſo", "so", "SO", "é", "É", "\xff", "\xfe", "\uFFFD",
		"Who pays", "who pays ", "Ǆ", "ǅ", "ǆ",
	}
	for _, s := range fastpathTexts(t) {
		if len(s) < 100 {
			questions = append(questions, s, strings.ToUpper(s), strings.ToLower(s))
		}
	}
	for _, filled := range []int{0, pairwiseQuestions - 3, pairwiseQuestions} {
		seen := map[string]string{}
		var asked askedQuestions
		for i := range filled {
			id := fmt.Sprintf("filler%d", i)
			seen[id] = id
			asked.add(newAskedQuestion(id, id))
		}
		if mapped := asked.index != nil; mapped != (filled >= pairwiseQuestions) {
			t.Fatalf("after %d questions, map in use: %v", filled, mapped)
		}
		for i, q := range questions {
			id := fmt.Sprint(i)
			norm := strings.ToLower(q)
			wantPrev, wantDup := seen[norm]
			wantDup = wantDup && norm != ""
			if !wantDup {
				seen[norm] = id
			}
			a := newAskedQuestion(q, id)
			prev, dup := asked.add(a)
			dup = dup && a.text != ""
			if dup != wantDup || dup && prev != wantPrev {
				t.Errorf("after %d: %q: repeat of %q (%v), want %q (%v)", filled, q, prev, dup, wantPrev, wantDup)
			}
		}
	}
}

// Each field's matches of the configuration's phrase lists, found in one
// pass, must be what a matcher of each list finds; so must the customer
// focus lists' and FindPhrase's.
func TestFieldMatchesEachList(t *testing.T) {
	cfg := DefaultConfig()
	lists := map[int][]string{
		listWeasel: cfg.words["weasel-words"], listBuzzwords: cfg.words["buzzwords"], listHype: cfg.words["hype-in-quotes"],
		listPlaceholder: cfg.words["placeholder"], listSolution: solutionPhrases(),
	}
	focus := map[int][]string{listSelf: selfWords(), listCompetitor: competitorWords(), listCustomer: customerWords()}
	for _, s := range fastpathTexts(t) {
		a := textstat.Analyze(s)
		f := &field{prose: a.Prose, words: a.Words, matches: cfg.lists.AppendFind(nil, a.Prose, a.Words)}
		for k, list := range lists {
			var got []textstat.Match
			for m := range f.found(k) {
				got = append(got, m)
			}
			if want := textstat.NewPhraseMatcher(list).Find(a.Prose, a.Words); !slices.Equal(got, want) {
				t.Fatalf("list %d in %.60q: got %v, want %v", k, s, got, want)
			}
		}
		all := cfg.focus.AppendFind(nil, a.Prose, a.Words)
		for k, list := range focus {
			var got []textstat.Match
			for _, m := range all {
				if m.List == k {
					got = append(got, m.Match)
				}
			}
			if want := textstat.NewPhraseMatcher(list).Find(a.Prose, a.Words); !slices.Equal(got, want) {
				t.Fatalf("focus list %d in %.60q: got %v, want %v", k, s, got, want)
			}
		}
	}
}
