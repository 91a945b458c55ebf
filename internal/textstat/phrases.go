package textstat

import (
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
	// ends[f] has bit l%32 set when some first word starts with ASCII byte
	// f and ends with ASCII byte l (both folded): a quick filter.
	ends [128]uint32
}

type phrase struct {
	entry string
	words []string // folded
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
	m := &PhraseMatcher{}
	seen := make(map[string]bool, len(phrases))
	byFirst := make(map[string]int)
	for _, entry := range phrases {
		ws := Words(entry)
		if len(ws) == 0 {
			continue
		}
		ph := phrase{entry: entry, words: make([]string, len(ws))}
		key := ""
		for i, w := range ws {
			ph.words[i] = foldString(w.Text)
			key += ph.words[i] + " "
		}
		if seen[key] {
			continue
		}
		seen[key] = true
		id := len(m.phrases)
		m.phrases = append(m.phrases, ph)
		g, ok := byFirst[ph.words[0]]
		if !ok {
			g = len(m.groups)
			byFirst[ph.words[0]] = g
			m.groups = append(m.groups, phraseGroup{hash: foldHash(ph.words[0]), first: ph.words[0]})
		}
		m.groups[g].ids = append(m.groups[g].ids, id)
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
	for gi, g := range m.groups {
		if f, l := g.first[0], g.first[len(g.first)-1]; f < utf8.RuneSelf && l < utf8.RuneSelf {
			m.ends[f] |= 1 << (l & 31)
		}
		h := g.hash & m.mask
		for m.table[h] != 0 {
			h = (h + 1) & m.mask
		}
		m.table[h] = int32(gi + 1)
	}
	return m
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
		w := words[i].Text
		if len(w) == 0 {
			continue
		}
		if f, l := w[0], w[len(w)-1]; f < utf8.RuneSelf && l < utf8.RuneSelf &&
			m.ends[lowerASCII(f)]&(1<<(lowerASCII(l)&31)) == 0 {
			continue
		}
		h := foldHash(w) & m.mask
		for {
			gi := m.table[h]
			if gi == 0 {
				break
			}
			g := &m.groups[gi-1]
			if !equalFolded(w, g.first) {
				h = (h + 1) & m.mask
				continue
			}
			for _, id := range g.ids {
				ph := &m.phrases[id]
				if n := m.matchAt(s, words, i, ph); n > 0 {
					out = append(out, Match{Span{words[i].Start, words[i+n-1].End}, ph.entry})
					i += n - 1
					break
				}
			}
			break
		}
	}
	return out
}

// matchAt reports how many words of words[i:] phrase ph matches (0 if it
// does not); the first word is known to match.
func (m *PhraseMatcher) matchAt(s string, words []Word, i int, ph *phrase) int {
	n := len(ph.words)
	if i+n > len(words) {
		return 0
	}
	for k := 1; k < n; k++ {
		a, b := words[i+k-1].End, words[i+k].Start
		if a > b || b > len(s) || !onlySpace(s[a:b]) || !equalFolded(words[i+k].Text, ph.words[k]) {
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
