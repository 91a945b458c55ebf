package review

import (
	"strings"
	"unicode"
)

// How a text is compared with a topic's words: both are cut into tokens,
// lower-cased runs of letters, digits and & (so "P&L" is one token and
// "on-call" is "on call"); the currency signs $ € £ are tokens of their
// own; everything else separates. A word or phrase matches where its
// tokens appear in a row; a final * lets its last token match any word
// that starts with it.

// tokens cuts s into tokens.
func tokens(s string) []string {
	if ascii(s) {
		return asciiTokens(s)
	}
	return runeTokens(s)
}

// runeTokens is tokens for any text.
func runeTokens(s string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
		}
	}
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '&':
			b.WriteRune(unicode.ToLower(r))
		case r == '$' || r == '€' || r == '£':
			flush()
			out = append(out, string(r))
		default:
			flush()
		}
	}
	flush()
	return out
}

// asciiTokens is tokens for text of ASCII bytes: lower-cased once, cut
// into substrings rather than built rune by rune, as nearly every
// paragraph is.
func asciiTokens(s string) []string {
	lower := strings.ToLower(s)
	out := make([]string, 0, len(s)/6)
	start := -1
	for i := 0; i < len(lower); i++ {
		c := lower[i]
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '&' {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, lower[start:i])
			start = -1
		}
		if c == '$' {
			out = append(out, "$")
		}
	}
	if start >= 0 {
		out = append(out, lower[start:])
	}
	return out
}

func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// phrase is a topic word or phrase ready to match.
type phrase struct {
	text   string
	tokens []string
	prefix bool
	// bit is tokenBit of its first token; hasBit is false when that
	// token is a prefix (it may end any word).
	bit    uint16
	hasBit bool
}

// mask is a set of 1,024 bits, one for each token of a text: a phrase
// whose first token's bit is not set is not in the text, which is the
// answer for nearly every phrase and paragraph. (64 bits filled up on a
// paragraph of a hundred words.)
type mask [16]uint64

// tokenBit is a token's bit in a mask.
func tokenBit(t string) uint16 {
	h := uint32(2166136261)
	for i := 0; i < len(t); i++ {
		h ^= uint32(t[i])
		h *= 16777619
	}
	return uint16(h & 1023)
}

func (m *mask) has(bit uint16) bool { return m[bit>>6]&(1<<(bit&63)) != 0 }

// tokenMask is the mask of every token.
func tokenMask(ts []string) mask {
	var m mask
	for _, t := range ts {
		b := tokenBit(t)
		m[b>>6] |= 1 << (b & 63)
	}
	return m
}

func newPhrase(entry string) phrase {
	p := phrase{text: entry}
	trimmed := strings.TrimSpace(entry)
	if strings.HasSuffix(trimmed, "*") {
		p.prefix = true
		trimmed = strings.TrimSuffix(trimmed, "*")
	}
	p.tokens = tokens(trimmed)
	if len(p.tokens) > 0 && !(p.prefix && len(p.tokens) == 1) {
		p.bit, p.hasBit = tokenBit(p.tokens[0]), true
	}
	return p
}

func phrases(entries []string) []phrase {
	out := make([]phrase, 0, len(entries))
	for _, e := range entries {
		if p := newPhrase(e); len(p.tokens) > 0 {
			out = append(out, p)
		}
	}
	return out
}

// in reports whether p appears in the tokens ts.
func (p phrase) in(ts []string) bool {
	n := len(p.tokens)
	for i := 0; i+n <= len(ts); i++ {
		ok := true
		for j, t := range p.tokens {
			w := ts[i+j]
			if j == n-1 && p.prefix {
				ok = strings.HasPrefix(w, t)
			} else {
				ok = w == t
			}
			if !ok {
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// firstIn returns the first of ps that appears in ts.
func firstIn(ps []phrase, ts []string) (string, bool) {
	for _, p := range ps {
		if p.in(ts) {
			return p.text, true
		}
	}
	return "", false
}

// firstInMasked is firstIn for tokens ts whose tokenMask is m.
func firstInMasked(ps []phrase, ts []string, m *mask) (string, bool) {
	for _, p := range ps {
		if p.hasBit && !m.has(p.bit) {
			continue
		}
		if p.in(ts) {
			return p.text, true
		}
	}
	return "", false
}
