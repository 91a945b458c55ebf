package textstat

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is one sentence: its span, from its first non-space character
// to its terminal punctuation and any closing quotes or brackets after it,
// and the words inside that span.
type Sentence struct {
	Span
	Words []Word
}

// Paragraph is a block of text between blank lines, from its first to its
// last non-space character, and the sentences inside it.
type Paragraph struct {
	Span
	Sentences []Sentence
}

// Sentences splits s into sentences; see SplitSentences. It tokenises s
// itself; use SplitSentences to reuse words already found.
func Sentences(s string) []Sentence {
	return SplitSentences(s, Words(s), nil)
}

// SplitSentences splits s into sentences. words should be Words(s): each
// sentence's Words is a sub-slice of it, so splitting allocates only the
// returned slice. breaks are byte offsets where a sentence must end even
// without punctuation, sorted ascending, as returned by ProseBreaks (the
// start of a list item, heading or table cell); nil for plain text.
//
// A sentence ends:
//   - after a run of . ! ? or … and any closing quotes or brackets
//     (" ' ’ ” » ) ] } * _), when white space follows and then an upper-case
//     letter, a digit, an opening quote or bracket (" ' “ ‘ « ( [ { ¿ ¡), a
//     currency sign, or the end of the text;
//   - there too when a lower-case letter follows, unless the stop is an
//     ellipsis (... or …), is followed by a closing quote or bracket
//     ("Really?" he asked), or follows an abbreviation (below): sentences
//     may start with a lower-case product name (lockwarden, iPhone) or with
//     inline code that Prose blanked;
//   - at the last non-space character before a blank line, before one of
//     breaks, or at the end of the text, whatever punctuation it has or lacks.
//
// A single point does not end a sentence after an abbreviation:
//   - never after e.g., i.e., vs., approx., cf., incl., esp., viz., ca.,
//     resp., fig., vol., pp., Mr., Mrs., Ms., Dr., Prof., Mt. (titles only
//     capitalised: "10 ms." ends a sentence);
//   - after etc., Inc., Ltd., Co., Corp., LLC., Jr., Sr., St., Ave., Rd.,
//     Dept., Bros., et al., the months Jan. to Dec. (Sept. too), a single
//     letter (initials: J. R. Tolkien) and points between single letters
//     (U.S., U.K.), only when the next word is one that often starts a
//     sentence (The, This, We, It, In, ...): "Acme Inc. The ..." splits,
//     "Acme Inc. CEO Jane Roe" and "U.S. customers" do not;
//   - after a.m. and p.m., when the next word is one that often starts a
//     sentence or any capitalised word ("by 4:30 p.m. Residents ...",
//     "after 6 p.m. Meanwhile ..."), unless it says more of the time: a
//     zone, a day or a month, a place before "time" ("at 9 a.m.
//     Pacific", "5 p.m. Monday", "5 p.m. London time");
//   - No. and no. before a digit or a lower-case word (No. 5, no. of users).
//
// A point between digits (3.5) is not followed by white space and so never
// ends a sentence; an ellipsis followed by a lower-case word (wait... then)
// does not either. Sentences without any word (a line of dashes) are
// dropped.
func SplitSentences(s string, words []Word, breaks []int) []Sentence {
	if len(s) == 0 {
		return nil
	}
	out := appendSentences(make([]Sentence, 0, maxSentences(s, breaks)), s, words, breaks)
	if len(out) == 0 {
		return nil
	}
	return out
}

// appendSentences appends the sentences of s to out.
func appendSentences(out []Sentence, s string, words []Word, breaks []int) []Sentence {
	first := len(out)
	marks := newMarkFinder(s)
	bi := 0
	i := 0
outer:
	for {
		i = skipSpace(s, i)
		if i >= len(s) {
			break
		}
		start := i
		for bi < len(breaks) && breaks[bi] <= start {
			bi++
		}
		for {
			lim := len(s)
			if bi < len(breaks) && breaks[bi] < lim {
				lim = breaks[bi]
			}
			j := marks.next(i)
			if j >= lim {
				// A block break or the end of the text comes first.
				out = appendSentence(out, s, start, trimEnd(s, start, lim))
				i = lim
				continue outer
			}
			c := s[j]
			if c == '\n' {
				if blankLineAt(s, j+1) {
					out = appendSentence(out, s, start, trimEnd(s, start, j))
					i = j + 1
					continue outer
				}
				i = j + 1
				continue
			}
			if c == 0xE2 && !strings.HasPrefix(s[j:], "…") {
				i = j + 1
				continue
			}
			// A run of terminal punctuation, then closing quotes and
			// brackets.
			k := j
			for k < len(s) {
				if c := s[k]; c == '.' || c == '!' || c == '?' {
					k++
				} else if c == 0xE2 && strings.HasPrefix(s[k:], "…") {
					k += len("…")
				} else {
					break
				}
			}
			stop := k
			for k < len(s) {
				r, n := runeAt(s, k)
				if !isCloser(r) {
					break
				}
				k += n
			}
			if k > lim {
				out = appendSentence(out, s, start, trimEnd(s, start, lim))
				i = lim
				continue outer
			}
			// White space after it.
			m := k
			blank := false
			for m < len(s) {
				ok, n := spaceAt(s, m)
				if !ok {
					break
				}
				if s[m] == '\n' && !blank && blankLineAt(s, m+1) {
					blank = true
				}
				m += n
			}
			switch {
			case m == k && m < len(s):
				// No white space after the stop: 3.5, file.txt, "go."Then.
				i = k
				continue
			case m == len(s) || blank || lim <= m || splitsBefore(s, j, stop, k, m):
				out = appendSentence(out, s, start, k)
				i = m
				continue outer
			}
			i = m
		}
	}
	return out[:first+len(attachWords(out[first:], words))]
}

func appendSentence(out []Sentence, s string, start, end int) []Sentence {
	if end > start {
		out = append(out, Sentence{Span: Span{start, end}})
	}
	return out
}

// skipSpace returns the offset of the first non-space character at or
// after s[i], or len(s).
func skipSpace(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiClass[c]&cSpace == 0 {
				return i
			}
			i++
			continue
		}
		ok, n := spaceAt(s, i)
		if !ok {
			return i
		}
		i += n
	}
	return i
}

// trimEnd returns the end of the last non-space character in s[start:end],
// or start.
func trimEnd(s string, start, end int) int {
	for end > start {
		c := s[end-1]
		if c < utf8.RuneSelf {
			if asciiClass[c]&cSpace == 0 {
				return end
			}
			end--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(s[start:end])
		if !unicode.IsSpace(r) {
			return end
		}
		end -= n
	}
	return end
}

// markFinder finds the next byte that may end a sentence: . ! ? a line
// feed, or the first byte of "…". It remembers, for each, where it occurs
// next, so that a whole text is searched once per byte value with the
// vectorised strings.IndexByte.
type markFinder struct {
	s   string
	pos [5]int
}

var markBytes = [5]byte{'.', '!', '?', '\n', 0xE2}

func newMarkFinder(s string) markFinder {
	f := markFinder{s: s}
	for k := range f.pos {
		f.pos[k] = -1
	}
	return f
}

// next returns the offset of the first mark at or after s[i], or len(s).
func (f *markFinder) next(i int) int {
	best := len(f.s)
	for k := range f.pos {
		p := f.pos[k]
		if p < i && p != len(f.s) {
			p = strings.IndexByte(f.s[i:], markBytes[k])
			if p < 0 {
				p = len(f.s)
			} else {
				p += i
			}
			f.pos[k] = p
		}
		if p < best {
			best = p
		}
	}
	return best
}

// maxSentences returns an upper bound on the number of sentences in s.
func maxSentences(s string, breaks []int) int {
	return strings.Count(s, ".") + strings.Count(s, "!") + strings.Count(s, "?") +
		strings.Count(s, "\xe2") + strings.Count(s, "\n") + len(breaks) + 1
}

// attachWords gives each sentence the words inside it and drops sentences
// without words. It works in place.
func attachWords(sents []Sentence, words []Word) []Sentence {
	kept := sents[:0]
	wi := 0
	for _, st := range sents {
		for wi < len(words) && words[wi].Start() < st.Start {
			wi++
		}
		a := wi
		for wi < len(words) && words[wi].End() <= st.End {
			wi++
		}
		if wi == a {
			continue
		}
		st.Words = words[a:wi:wi]
		kept = append(kept, st)
	}
	if len(kept) == 0 {
		return nil
	}
	return kept
}

// isCloser reports whether r closes a quotation or bracket after a stop.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '*', '_', '’', '”', '»', '›':
		return true
	}
	return false
}

// startsSentence reports whether the character at s[m] may start a
// sentence.
func startsSentence(s string, m int) bool {
	c := s[m]
	if c < utf8.RuneSelf {
		switch c {
		case '"', '\'', '(', '[', '{', '$', '*', '_':
			return true
		}
		return asciiClass[c]&(cUpper|cDigit) != 0
	}
	r, _ := utf8.DecodeRuneInString(s[m:])
	switch r {
	case '“', '‘', '«', '‹', '¿', '¡', '€', '£', '¥', '₹':
		return true
	}
	return unicode.IsUpper(r) || unicode.IsTitle(r) || unicode.IsDigit(r)
}

// splitsBefore reports whether the stop s[i:j], followed by closing quotes
// or brackets up to s[k] and then white space, ends a sentence when the
// next one would start at s[m].
func splitsBefore(s string, i, j, k, m int) bool {
	if abbreviationBefore(s, i, j, m) {
		return false
	}
	if startsSentence(s, m) {
		return true
	}
	// A lower-case start (lockwarden reads ..., iPhone, or a sentence whose
	// first words were code) ends the sentence too, except after an
	// ellipsis ("wait... then") or a closing quote or bracket ("Really?"
	// he asked).
	if k > j {
		return false
	}
	r, _ := runeAt(s, m)
	if r < utf8.RuneSelf && asciiClass[r]&cLower == 0 || r >= utf8.RuneSelf && !unicode.IsLower(r) {
		return false
	}
	return !strings.Contains(s[i:j], "..") && !strings.Contains(s[i:j], "…")
}

// Abbreviation kinds.
const (
	notAbbrev = iota
	abbrevAlways
	abbrevCanEnd
	abbrevBeforeNumber
	// A time of day, a.m. or p.m.: a capitalised word after it starts
	// a sentence unless it qualifies the time.
	abbrevTime
)

// abbreviationBefore reports whether the stop s[i:j] follows an
// abbreviation that keeps the sentence going, given that the next sentence
// would start at s[m].
func abbreviationBefore(s string, i, j, m int) bool {
	if j != i+1 || s[i] != '.' {
		return false // only a single point follows an abbreviation
	}
	t := i
	for t > 0 && i-t < 8 && (isASCIILetter(s[t-1]) || s[t-1] == '.') {
		t--
	}
	if t == i || s[t] == '.' {
		return false
	}
	if t > 0 {
		if r, _ := utf8.DecodeLastRuneInString(s[:t]); isWordRune(r) || r == '.' {
			return false
		}
	}
	switch abbreviationKind(s[t:i]) {
	case abbrevAlways:
		return true
	case abbrevBeforeNumber:
		r, _ := runeAt(s, m)
		return isDigit(s[m]) || unicode.IsLower(r)
	case abbrevCanEnd:
		return !sentenceStarter(s, m)
	case abbrevTime:
		return !sentenceStarter(s, m) && !capitalisedWord(s, m) || timeQualifier(s, m)
	}
	return false
}

// capitalisedWord reports whether s[m:] starts with a capital and a
// lower-case letter: a word, not an acronym such as ET or UTC.
func capitalisedWord(s string, m int) bool {
	return m+1 < len(s) && asciiClass[s[m]]&cUpper != 0 && asciiClass[s[m+1]]&cLower != 0
}

// timeQualifier reports whether the word at s[m] says more of the time
// before it rather than starting a sentence: a time zone ("9 a.m.
// Pacific", "Eastern"), a day or a month ("10 a.m. Monday", "May"), or
// a place followed by "time" ("5 p.m. London time").
func timeQualifier(s string, m int) bool {
	e := m
	for e < len(s) && e-m <= 10 && isASCIILetter(s[e]) {
		e++
	}
	if e-m > 10 {
		return false
	}
	switch s[m:e] {
	case "Pacific", "Eastern", "Central", "Mountain", "Atlantic", "Alaska", "Hawaii", "Greenwich",
		"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
		"January", "February", "March", "April", "May", "June", "July", "August",
		"September", "October", "November", "December", "Time", "Local":
		return true
	}
	// "London time": the word after is "time".
	n := e
	for n < len(s) && s[n] == ' ' {
		n++
	}
	return n > e && (strings.HasPrefix(s[n:], "time") || strings.HasPrefix(s[n:], "Time")) &&
		(n+4 == len(s) || !isASCIILetter(s[n+4]))
}

func abbreviationKind(tok string) int {
	switch tok {
	case "e.g", "E.g", "i.e", "I.e", "vs", "Vs", "approx", "Approx", "cf", "Cf",
		"incl", "Incl", "esp", "Esp", "viz", "ca", "resp", "fig", "Fig", "figs", "Figs",
		"vol", "Vol", "pp", "Mr", "Mrs", "Ms", "Dr", "Prof", "Mt", "MR", "MRS", "MS", "DR":
		return abbrevAlways
	case "No", "no", "Nos", "nos", "NO":
		return abbrevBeforeNumber
	case "etc", "Inc", "Ltd", "Co", "Corp", "LLC", "Jr", "Sr", "St", "Ave", "Rd",
		"Dept", "Bros", "al", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
		"Sept", "Oct", "Nov", "Dec":
		return abbrevCanEnd
	case "a.m", "p.m", "A.M", "P.M":
		return abbrevTime
	}
	// A single letter (an initial) or single letters joined by points
	// (U.S, a.m).
	for k := 0; k < len(tok); k++ {
		if k%2 == 0 && !isASCIILetter(tok[k]) || k%2 == 1 && tok[k] != '.' {
			return notAbbrev
		}
	}
	if len(tok)%2 == 1 {
		return abbrevCanEnd
	}
	return notAbbrev
}

// sentenceStarter reports whether the word at s[m] is one that often
// starts a sentence, so that a point before it ends one even after an
// abbreviation such as "Inc." or "U.S.".
func sentenceStarter(s string, m int) bool {
	e := m
	for e < len(s) && e-m <= 8 && isASCIILetter(s[e]) {
		e++
	}
	if e-m > 8 || e < len(s) && (isASCIIWord(s[e]) || s[e] >= utf8.RuneSelf) {
		return false
	}
	switch s[m:e] {
	case "A", "An", "The", "This", "That", "These", "Those", "There", "Then",
		"They", "Their", "It", "Its", "We", "Our", "You", "Your", "He", "She",
		"His", "Her", "I", "In", "On", "At", "For", "But", "And", "As", "If",
		"When", "While", "After", "Before", "Since", "Today", "Now", "Each",
		"Every", "All", "Most", "Some", "Many", "No", "Yes", "With", "What",
		"Why", "How", "Who", "Where", "To", "By", "From", "Customers", "So":
		return true
	}
	return false
}

// Paragraphs splits s into paragraphs (blocks separated by blank lines) and
// their sentences. It tokenises s itself; use GroupParagraphs to reuse
// sentences already found.
func Paragraphs(s string) []Paragraph {
	return GroupParagraphs(s, Sentences(s))
}

// GroupParagraphs splits s into paragraphs, blocks of lines separated by
// lines that are empty or white space only, and gives each the sentences
// of sents (as from SplitSentences(s, ...)) that lie inside it, as a
// sub-slice of sents. Paragraphs without sentences are dropped.
func GroupParagraphs(s string, sents []Sentence) []Paragraph {
	if len(sents) == 0 {
		return nil
	}
	out := appendParagraphs(make([]Paragraph, 0, strings.Count(s, "\n")/2+1), s, sents)
	if len(out) == 0 {
		return nil
	}
	return out
}

// appendParagraphs appends the paragraphs of s to out.
func appendParagraphs(out []Paragraph, s string, sents []Sentence) []Paragraph {
	si := 0
	pos := 0
	for pos < len(s) {
		// Skip blank lines.
		for pos < len(s) && blankLineAt(s, pos) {
			nl := strings.IndexByte(s[pos:], '\n')
			if nl < 0 {
				pos = len(s)
				break
			}
			pos += nl + 1
		}
		if pos >= len(s) {
			break
		}
		// A block: lines up to the next blank line.
		end := pos
		for end < len(s) && !blankLineAt(s, end) {
			nl := strings.IndexByte(s[end:], '\n')
			if nl < 0 {
				end = len(s)
				break
			}
			end += nl + 1
		}
		a, b := trimSpan(s, pos, end)
		pos = end
		for si < len(sents) && sents[si].Start < a {
			si++
		}
		first := si
		for si < len(sents) && sents[si].End <= b {
			si++
		}
		if si > first {
			out = append(out, Paragraph{Span{a, b}, sents[first:si:si]})
		}
	}
	return out
}

// trimSpan narrows [a, b) of s to its first and last non-space characters.
func trimSpan(s string, a, b int) (int, int) {
	for a < b {
		ok, n := spaceAt(s, a)
		if !ok {
			break
		}
		a += n
	}
	for b > a {
		r, n := utf8.DecodeLastRuneInString(s[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		b -= n
	}
	return a, b
}
