package lint

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/textstat"
)

// checkFAQReferences: a cross-reference to an FAQ entry ("see I9",
// "(E3)", "see question 14", "FAQ-E2") names an entry the document has.
func checkFAQReferences(c *checker) {
	if _, on := c.severity("faq-cross-reference"); !on {
		return
	}
	targets := c.faqTargets()
	if targets.count == 0 {
		return // no FAQ: "E3" and "Q4" are something else
	}
	for _, f := range c.fields {
		for _, r := range faqReferences(f.prose, f.words) {
			if targets.has(r) {
				continue
			}
			c.add("faq-cross-reference", f, r.span, fmt.Sprintf("FAQ reference %s points at no entry: %s", quote(f.text[r.from:r.span.End]), targets.describe(r)))
		}
	}
}

// faqTargets are what a reference may name: the entries' ids, and in
// Markdown the labels the author numbered the questions with.
type faqTargetSet struct {
	ids     []string     // E1, I2 ... as the document gives them
	labels  map[int]bool // the numbers of labels such as "Q12." and "3."
	byLabel []string     // labels such as "E1." written in Markdown
	count   int          // questions in all
}

func (c *checker) faqTargets() faqTargetSet {
	t := faqTargetSet{labels: map[int]bool{}}
	for _, l := range []struct {
		key     string
		entries []prfaq.FAQEntry
	}{{"faq.external", c.doc.FAQ.External}, {"faq.internal", c.doc.FAQ.Internal}} {
		for i, e := range l.entries {
			t.count++
			if e.ID != "" {
				t.ids = append(t.ids, strings.ToUpper(e.ID))
			}
			if !c.markdown {
				continue
			}
			// A Markdown reader leaves the author's label ("**Q12. ",
			// "3. ", "Question 4: ") out of the question: it is on the
			// line before where the question starts.
			p, ok := c.pos[l.key+"["+strconv.Itoa(i)+"].question"]
			if !ok || p.Line < 1 || p.Line > len(c.lines) {
				continue
			}
			line := c.lines[p.Line-1]
			label := questionLabel(line[:min(byteAt(line, p.Col), len(line))])
			switch {
			case label == "":
			case label[0] == 'E' || label[0] == 'I':
				t.byLabel = append(t.byLabel, label)
			default:
				if n, err := strconv.Atoi(label); err == nil {
					t.labels[n] = true
				}
			}
		}
	}
	return t
}

// questionLabel reads the label before a Markdown question: "E3" for
// "**E3. ", "12" for "#### Q12. ", "Question 12: " or "12. "; "" for
// none.
func questionLabel(prefix string) string {
	p := strings.TrimRight(prefix, " \t*_:.)")
	i := len(p)
	for i > 0 && '0' <= p[i-1] && p[i-1] <= '9' {
		i--
	}
	if i == len(p) || len(p)-i > 3 {
		return ""
	}
	digits := p[i:]
	before := strings.TrimRight(p[:i], " #")
	word := before[strings.LastIndexAny(before, " \t*_#>([")+1:]
	switch {
	case word == "E" || word == "I":
		if p[i-1] != ' ' { // "E3", not "E 3"
			return word + digits
		}
		return ""
	case strings.EqualFold(word, "Q"), strings.EqualFold(word, "Question"), strings.EqualFold(word, "FAQ"), word == "":
		return digits
	}
	return ""
}

func (t faqTargetSet) has(r faqRef) bool {
	if r.id != "" {
		return slices.Contains(t.ids, r.id) || slices.Contains(t.byLabel, r.id)
	}
	if len(t.labels) > 0 {
		return t.labels[r.number]
	}
	return r.number >= 1 && r.number <= t.count
}

// describe says what a reference could have named.
func (t faqTargetSet) describe(r faqRef) string {
	if r.id != "" {
		ids := slices.Concat(t.ids, t.byLabel)
		if len(ids) == 0 {
			return "no entry has an id"
		}
		return "the entries are " + idRanges(ids)
	}
	if len(t.labels) > 0 {
		nums := make([]int, 0, len(t.labels))
		for n := range t.labels {
			nums = append(nums, n)
		}
		slices.Sort(nums)
		return fmt.Sprintf("the questions are numbered %d to %d", nums[0], nums[len(nums)-1])
	}
	return fmt.Sprintf("the FAQ has %d questions", t.count)
}

// idRanges writes ids compactly: "E1–E4 and I1–I5" when each list runs
// from 1 without a gap, else every id.
func idRanges(ids []string) string {
	var parts []string
	for _, prefix := range []string{"E", "I"} {
		var nums []int
		for _, id := range ids {
			if n, err := strconv.Atoi(strings.TrimPrefix(id, prefix)); err == nil && strings.HasPrefix(id, prefix) {
				nums = append(nums, n)
			}
		}
		slices.Sort(nums)
		nums = slices.Compact(nums)
		switch {
		case len(nums) == 0:
		case nums[0] == 1 && nums[len(nums)-1] == len(nums) && len(nums) > 1:
			parts = append(parts, fmt.Sprintf("%s1–%s%d", prefix, prefix, len(nums)))
		default:
			for _, n := range nums {
				parts = append(parts, prefix+strconv.Itoa(n))
			}
		}
	}
	if len(parts) > 1 {
		return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
	}
	return strings.Join(parts, "")
}

// faqRef is one reference to an FAQ entry: by id (E3) or by number (12).
type faqRef struct {
	id     string
	number int
	span   textstat.Span // the id or number
	from   int           // where the words that make it a reference start ("see")
}

// faqReferences finds the references to FAQ entries in a text, given its
// words. An id (E3, I12, FAQ-E2) is a reference after "see", "also",
// "cf", "FAQ", "question", "entry", "answer", "in", "under" or "per",
// alone in parentheses "(E3)", or in a list after one ("see E1 and I3").
// A number is one only in "see Q12", "see question 12", "FAQ 12" or
// "FAQ #12": "in Q3" is a quarter, and "question 12" of a survey is not
// the FAQ's.
func faqReferences(s string, words []textstat.Word) []faqRef {
	var out []faqRef
	text := func(i int) string {
		if i < 0 || i >= len(words) {
			return ""
		}
		return words[i].Text(s)
	}
	// gap is what separates word i from the one before it.
	gap := func(i int) string {
		if i <= 0 {
			return s[:words[0].Start()]
		}
		return s[words[i-1].End():words[i].Start()]
	}
	lower := func(i int) string { return strings.ToLower(text(i)) }
	for i := 0; i < len(words); i++ {
		// An entry's id (E3, I9, FAQ-E2) or a trigger (see, cf, FAQ):
		// other words are passed over on their first byte.
		switch s[words[i].Start()] {
		case 'E', 'I', 'F', 'f', 'S', 's', 'C', 'c':
		default:
			continue
		}
		w := text(i)
		id, byFAQ := entryID(w)
		if id != "" {
			from, ok := words[i].Start(), byFAQ
			g := gap(i)
			switch {
			case ok:
			case strings.TrimSpace(g) == "" && isOneOf(lower(i-1), "see", "also", "cf", "faq", "question", "entry", "answer", "in", "under", "per"):
				ok, from = true, words[i-1].Start()
				if isOneOf(lower(i-1), "question", "entry", "answer") && strings.TrimSpace(gap(i-1)) == "" && isOneOf(lower(i-2), "see", "cf", "faq") {
					from = words[i-2].Start()
				}
			case strings.HasSuffix(g, "(") && closesAfterList(s, words, i) && !spellsOut(s, words, i):
				ok = true
			}
			if !ok || postcodeAfter(s, words, i) {
				continue
			}
			out = append(out, faqRef{id: id, span: words[i].Span(), from: from})
			// A list after it: "E1, E3 and I2", "E1 or E2".
			for i+1 < len(words) && isListGap(gap(i+1)) {
				next, _ := entryID(text(i + 1))
				if next == "" {
					if isOneOf(lower(i+1), "and", "or") && i+2 < len(words) && strings.TrimSpace(gap(i+2)) == "" {
						if n, _ := entryID(text(i + 2)); n != "" {
							i += 2
							out = append(out, faqRef{id: n, span: words[i].Span(), from: words[i].Start()})
							continue
						}
					}
					break
				}
				i++
				out = append(out, faqRef{id: next, span: words[i].Span(), from: words[i].Start()})
			}
			continue
		}
		// Numbers: see Q12, see question 12, FAQ 12, FAQ #12, FAQ Q12.
		// The trigger words are short: longer words are passed over
		// without lower-casing them.
		if len(w) < 2 || len(w) > 3 {
			continue
		}
		trigger := strings.EqualFold(w, "see") || strings.EqualFold(w, "cf")
		faq := strings.EqualFold(w, "faq")
		if !trigger && !faq {
			continue
		}
		j := i + 1
		if j < len(words) && strings.TrimSpace(gap(j)) == "" && isOneOf(lower(j), "question", "faq") {
			faq = true
			j++
		}
		if j >= len(words) || strings.Trim(gap(j), " #") != "" {
			continue
		}
		t := text(j)
		switch {
		case len(t) > 1 && t[0] == 'Q' && isDigits(t[1:]):
			t = t[1:]
		case faq && isDigits(t) && (j == i+1 || lower(j-1) == "question" || lower(j-1) == "faq"):
		default:
			continue
		}
		if len(t) > 3 || yearAfter(s, words, j) {
			continue // "see Q3 2027": a quarter
		}
		n, _ := strconv.Atoi(t)
		out = append(out, faqRef{number: n, span: words[j].Span(), from: words[i].Start()})
		i = j
	}
	return out
}

// entryID reads an FAQ entry id as a reference writes it: E3, I12, or
// FAQ-E2 (the reading packet's name for it, byFAQ true).
func entryID(w string) (id string, byFAQ bool) {
	if rest, ok := strings.CutPrefix(w, "FAQ-"); ok {
		w, byFAQ = rest, true
	}
	if len(w) < 2 || len(w) > 4 || (w[0] != 'E' && w[0] != 'I') || !isDigits(w[1:]) {
		return "", false
	}
	return w, byFAQ
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// isListGap is what separates the items of a list of ids: a comma, or
// white space before "and" and "or".
func isListGap(g string) bool {
	t := strings.TrimSpace(g)
	return t == "," || t == "" || t == "&" || t == "/"
}

// closesAfterList reports whether the parenthesis before word i holds
// nothing but ids: "(E3)", "(E1, I2)", "(E1 and I2)".
func closesAfterList(s string, words []textstat.Word, i int) bool {
	for ; i < len(words); i++ {
		w := words[i].Text(s)
		if id, _ := entryID(w); id == "" && !isOneOf(strings.ToLower(w), "and", "or") {
			return false
		}
		end := words[i].End()
		rest := s[end:]
		if next := i + 1; next < len(words) {
			rest = s[end:words[next].Start()]
		}
		switch strings.TrimSpace(rest) {
		case ")", ").", "),", ");", ")?":
			return true
		case "", ",", "&", "/":
		default:
			return false
		}
	}
	return false
}

// yearAfter reports whether word j is followed by a year, as a quarter
// is: "Q3 2027".
func yearAfter(s string, words []textstat.Word, j int) bool {
	if j+1 >= len(words) {
		return false
	}
	next := words[j+1].Text(s)
	return strings.TrimSpace(s[words[j].End():words[j+1].Start()]) == "" && len(next) == 4 && isDigits(next)
}

// postcodeAfter reports whether word i is the first half of a British
// postcode, as "E14" is in "E14 9GE": a digit and two letters follow.
func postcodeAfter(s string, words []textstat.Word, i int) bool {
	if i+1 >= len(words) || strings.TrimSpace(s[words[i].End():words[i+1].Start()]) != "" {
		return false
	}
	w := words[i+1].Text(s)
	return len(w) == 3 && isDigits(w[:1]) && isUpperASCII(w[1]) && isUpperASCII(w[2])
}

func isUpperASCII(b byte) bool { return 'A' <= b && b <= 'Z' }

// spellsOut reports whether the parenthesised id at word i follows a word
// of its first letter, as an abbreviation follows what it stands for:
// "estradiol (E2)", "the Interstate (I5)".
func spellsOut(s string, words []textstat.Word, i int) bool {
	if i == 0 || strings.TrimSpace(strings.TrimSuffix(s[words[i-1].End():words[i].Start()], "(")) != "" {
		return false
	}
	before := words[i-1].Text(s)
	return before[0]|0x20 == s[words[i].Start()]|0x20
}
