package textstat

import (
	"math/bits"
	"sort"
	"unicode"
	"unicode/utf8"
)

// Match is one occurrence of a phrase: its span in the text and the list
// entry that matched, as given to NewPhraseMatcher.
type Match struct {
	Span
	Phrase string
}

// PhraseMatcher finds whole-word, case-insensitive occurrences of a fixed
// list of phrases. Build it once per list; it is safe for concurrent use.
type PhraseMatcher struct {
	phrases []phrase
	groups  []phraseGroup // by first word
	table   []int32       // open addressing: index+1 into groups, 0 empty
	mask    uint64
	// starts[f] has bit l%32 set when some first word starts with ASCII
	// byte f, either case, and ends with ASCII byte l (folded), all bits
	// when f is not ASCII: with lastBits, a quick filter (see mayStart).
	starts [256]uint32
	// short indexes the first words of up to 8 ASCII bytes by packASCII,
	// which most words of a text are: finding them there takes neither
	// foldHash nor equalFolded. Open addressing, a power of two long.
	short []shortFirst
}

type shortFirst struct {
	key   uint64
	len   int32
	group int32 // index+1 into groups, 0 empty
}

type phrase struct {
	words   []string // folded
	lists   uint64   // bit k is set if list k holds the phrase
	entries []string // entries[k] is list k's entry for it, as given
}

type phraseGroup struct {
	hash  uint64
	first string // folded first word
	ids   []int  // phrases starting with it, longest first
}

// NewPhraseMatcher builds a matcher for phrases: each is one or more words
// ("nearly all", "best-in-class", "pleased to announce"), cut as Words
// cuts text. Matching folds case, treats ’ and ʼ as ' and the Unicode
// hyphens as -, and requires only white space between a phrase's words in
// the text. Entries without words, and repeats, are ignored.
func NewPhraseMatcher(phrases []string) *PhraseMatcher {
	return newPhraseMatcher([][]string{phrases})
}

// newPhraseMatcher builds a matcher for one or more lists of phrases. A
// phrase in several lists is stored once, with each list's entry for it.
func newPhraseMatcher(lists [][]string) *PhraseMatcher {
	m := &PhraseMatcher{}
	byKey := make(map[string]int)
	byFirst := make(map[string]int)
	for k, list := range lists {
		for _, entry := range list {
			ws := Words(entry)
			if len(ws) == 0 {
				continue
			}
			words := make([]string, len(ws))
			key := ""
			for i, w := range ws {
				words[i] = foldString(w.Text(entry))
				key += words[i] + " "
			}
			if id, ok := byKey[key]; ok {
				if ph := &m.phrases[id]; ph.lists&(1<<k) == 0 {
					ph.lists |= 1 << k
					ph.entries[k] = entry
				}
				continue
			}
			id := len(m.phrases)
			byKey[key] = id
			ph := phrase{words: words, lists: 1 << k, entries: make([]string, len(lists))}
			ph.entries[k] = entry
			m.phrases = append(m.phrases, ph)
			g, ok := byFirst[words[0]]
			if !ok {
				g = len(m.groups)
				byFirst[words[0]] = g
				m.groups = append(m.groups, phraseGroup{hash: foldHash(words[0]), first: words[0]})
			}
			m.groups[g].ids = append(m.groups[g].ids, id)
		}
	}
	for gi := range m.groups {
		ids := m.groups[gi].ids
		sort.SliceStable(ids, func(a, b int) bool {
			return len(m.phrases[ids[a]].words) > len(m.phrases[ids[b]].words)
		})
	}
	size := 8
	for size < 2*len(m.groups) {
		size *= 2
	}
	m.table = make([]int32, size)
	m.mask = uint64(size - 1)
	for c := utf8.RuneSelf; c < len(m.starts); c++ {
		m.starts[c] = ^uint32(0)
	}
	for gi, g := range m.groups {
		if f := g.first[0]; f < utf8.RuneSelf {
			// A first word that ends in a multi-byte character matches
			// only words that do too, whose lastBits are all set: any bit
			// lets them through.
			m.starts[f] |= lastBits[g.first[len(g.first)-1]]
			m.starts[upperASCII(f)] = m.starts[f]
		}
		h := g.hash & m.mask
		for m.table[h] != 0 {
			h = (h + 1) & m.mask
		}
		m.table[h] = int32(gi + 1)
	}
	m.short = make([]shortFirst, size)
	for gi, g := range m.groups {
		if key, ok := packASCII(g.first); ok {
			h := shortHash(key, len(m.short))
			for m.short[h].group != 0 {
				h = (h + 1) & (len(m.short) - 1)
			}
			m.short[h] = shortFirst{key, int32(len(g.first)), int32(gi + 1)}
		}
	}
	return m
}

// packASCII packs the lower-case bytes of a word of at most 8 ASCII bytes
// into an integer, distinct for distinct words of one length, and reports
// whether w is such a word.
func packASCII(w string) (uint64, bool) {
	if len(w) > 8 {
		return 0, false
	}
	var key uint64
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return 0, false
		}
		key = key<<8 | uint64(lowerASCII(c))
	}
	return key, true
}

// shortHash is the slot of key in a table of n slots, n a power of two.
func shortHash(key uint64, n int) int {
	return int((key * 0x9E3779B97F4A7C15 >> 32) & uint64(n-1))
}

// Find returns the non-overlapping occurrences of the phrases in s, left
// to right; where several start at the same word, the longest wins. words
// must be Words(s) (or a sub-slice of it).
func (m *PhraseMatcher) Find(s string, words []Word) []Match {
	if m == nil || len(m.groups) == 0 {
		return nil
	}
	var out []Match
	for i := 0; i < len(words); i++ {
		if !m.mayStart(s, words[i]) {
			continue
		}
		w := words[i].Text(s)
		g := m.group(w)
		if g == nil {
			continue
		}
		for _, id := range g.ids {
			ph := &m.phrases[id]
			if n := matchAt(s, words, i, ph); n > 0 {
				out = append(out, Match{Span{words[i].Start(), words[i+n-1].End()}, ph.entries[0]})
				i += n - 1
				break
			}
		}
	}
	return out
}

// mayStart is a quick filter: false when no phrase can start with w, a
// word of s. A word that starts or ends with a multi-byte character
// passes: folding may turn it into anything.
func (m *PhraseMatcher) mayStart(s string, w Word) bool {
	return w.end > w.start && m.starts[w.firstByte(s)]&lastBits[w.lastByte(s)] != 0
}

// lastBits maps a word's last byte to its bit in PhraseMatcher.starts:
// bit l%32 for ASCII l, folded, and all bits for the other bytes.
var lastBits = makeLastBits()

func makeLastBits() (t [256]uint32) {
	for c := range t {
		if c < utf8.RuneSelf {
			t[c] = 1 << (lowerASCII(byte(c)) & 31)
		} else {
			t[c] = ^uint32(0)
		}
	}
	return t
}

// group returns the phrases whose first word w is, or nil.
func (m *PhraseMatcher) group(w string) *phraseGroup {
	if key, ok := packASCII(w); ok {
		// w folds to itself lower-cased: its group, if any, is in short.
		for h := shortHash(key, len(m.short)); m.short[h].group != 0; h = (h + 1) & (len(m.short) - 1) {
			if m.short[h].key == key && int(m.short[h].len) == len(w) {
				return &m.groups[m.short[h].group-1]
			}
		}
		return nil
	}
	for h := foldHash(w) & m.mask; m.table[h] != 0; h = (h + 1) & m.mask {
		if g := &m.groups[m.table[h]-1]; equalFolded(w, g.first) {
			return g
		}
	}
	return nil
}

// FindPhrase returns what NewPhraseMatcher([]string{entry}).Find(s,
// words) returns, without building a matcher: for a phrase looked for
// once, such as a document's product name.
func FindPhrase(s string, words []Word, entry string) []Match {
	ws := Words(entry)
	if len(ws) == 0 {
		return nil
	}
	ph := phrase{words: make([]string, len(ws))}
	for i, w := range ws {
		ph.words[i] = foldString(w.Text(entry))
	}
	var out []Match
	for i := 0; i < len(words); i++ {
		if !equalFolded(words[i].Text(s), ph.words[0]) {
			continue
		}
		if n := matchAt(s, words, i, &ph); n > 0 {
			out = append(out, Match{Span{words[i].Start(), words[i+n-1].End()}, entry})
			i += n - 1
		}
	}
	return out
}

// PhraseLists finds the phrases of several lists in one pass over a
// text's words, where a PhraseMatcher a list would take a pass each. It
// is safe for concurrent use.
type PhraseLists struct {
	m *PhraseMatcher
}

// ListMatch is a match of one of the lists of a PhraseLists.
type ListMatch struct {
	Match
	List int // the list's index in the arguments of NewPhraseLists
}

// NewPhraseLists builds a matcher for up to 64 lists of phrases, each as
// NewPhraseMatcher takes them.
func NewPhraseLists(lists ...[]string) *PhraseLists {
	if len(lists) > 64 {
		panic("textstat: more than 64 phrase lists")
	}
	return &PhraseLists{newPhraseMatcher(lists)}
}

// AppendFind appends to out the matches of every list in s, with words
// as for Find: for each list, exactly what Find of a PhraseMatcher of that
// list returns, in order. Matches of different lists may overlap; they
// are in the order of their first word.
func (pl *PhraseLists) AppendFind(out []ListMatch, s string, words []Word) []ListMatch {
	m := pl.m
	if len(m.groups) == 0 {
		return out
	}
	// next[k] is the first word where a match of list k may start: each
	// list's matches do not overlap, as in Find.
	var next [64]int
	for i := range words {
		if !m.mayStart(s, words[i]) {
			continue
		}
		w := words[i].Text(s)
		g := m.group(w)
		if g == nil {
			continue
		}
		// Longest first: the first phrase of a list to match is its match.
		for _, id := range g.ids {
			ph := &m.phrases[id]
			free := uint64(0)
			for l := ph.lists; l != 0; l &= l - 1 {
				if k := bits.TrailingZeros64(l); next[k] <= i {
					free |= 1 << k
				}
			}
			if free == 0 {
				continue
			}
			n := matchAt(s, words, i, ph)
			if n == 0 {
				continue
			}
			span := Span{words[i].Start(), words[i+n-1].End()}
			for ; free != 0; free &= free - 1 {
				k := bits.TrailingZeros64(free)
				out = append(out, ListMatch{Match{span, ph.entries[k]}, k})
				next[k] = i + n
			}
		}
	}
	return out
}

// matchAt reports how many words of words[i:] phrase ph matches (0 if it
// does not); the first word is known to match.
func matchAt(s string, words []Word, i int, ph *phrase) int {
	n := len(ph.words)
	if i+n > len(words) {
		return 0
	}
	for k := 1; k < n; k++ {
		a, b := words[i+k-1].End(), words[i+k].Start()
		if a > b || b > len(s) || !onlySpace(s[a:b]) || !equalFolded(words[i+k].Text(s), ph.words[k]) {
			return 0
		}
	}
	return n
}

// foldRune maps r to the form phrases are compared in.
func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + ('a' - 'A')
		}
		return r
	}
	switch r {
	case '’', 'ʼ', '‘':
		return '\''
	case '‐', '‑':
		return '-'
	}
	return unicode.ToLower(r)
}

func foldString(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		b = utf8.AppendRune(b, foldRune(r))
	}
	return string(b)
}

// foldHash is FNV-1a over the folded runes of s.
func foldHash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			h = (h ^ uint64(lowerASCII(c))) * 1099511628211
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		r = foldRune(r)
		if r < utf8.RuneSelf {
			h = (h ^ uint64(r)) * 1099511628211
			continue
		}
		var buf [utf8.UTFMax]byte
		k := utf8.EncodeRune(buf[:], r)
		for _, b := range buf[:k] {
			h = (h ^ uint64(b)) * 1099511628211
		}
	}
	return h
}

// equalFolded reports whether s folds to folded.
func equalFolded(s, folded string) bool {
	j := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if j >= len(folded) || lowerASCII(c) != folded[j] {
				return false
			}
			i++
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		fr, fn := utf8.DecodeRuneInString(folded[j:])
		if fn == 0 || foldRune(r) != fr {
			return false
		}
		j += fn
	}
	return j == len(folded)
}
