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

// phrase is a topic word or phrase ready to match.
type phrase struct {
	text   string
	tokens []string
	prefix bool
}

func newPhrase(entry string) phrase {
	p := phrase{text: entry}
	trimmed := strings.TrimSpace(entry)
	if strings.HasSuffix(trimmed, "*") {
		p.prefix = true
		trimmed = strings.TrimSuffix(trimmed, "*")
	}
	p.tokens = tokens(trimmed)
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
