package diff

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tokens and words.
//
// A text is cut into tokens that join back to exactly the same bytes:
//
//   - a word: letters, digits and combining marks, with an apostrophe or
//     hyphen inside it (don't, one-page, 2027-06-01) and a point or comma
//     between digits (1,200, 0.02, 2.3);
//   - a run of white space;
//   - a run of anything else (punctuation, symbols, invalid UTF-8 bytes).
//
// The word diff compares these tokens, so a change never splits a word and
// white space and punctuation changes are seen as such.

type tokenKind uint8

const (
	tokenWord tokenKind = iota
	tokenSpace
	tokenPunct
)

// isWordRune reports whether r belongs in a word.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r)
}

// isJoiner reports whether r joins two word runes into one word: an
// apostrophe (don't, don’t) or a hyphen (one-page).
func isJoiner(r rune) bool {
	switch r {
	case '\'', '’', 'ʼ', '-', '‐', '‑':
		return true
	}
	return false
}

// tokenAt returns the kind and byte length of the token starting at s[0].
func tokenAt(s string) (tokenKind, int) {
	r, n := utf8.DecodeRuneInString(s)
	switch {
	case unicode.IsSpace(r):
		for n < len(s) {
			r, w := utf8.DecodeRuneInString(s[n:])
			if !unicode.IsSpace(r) {
				break
			}
			n += w
		}
		return tokenSpace, n
	case isWordRune(r):
		prev := r
		for n < len(s) {
			r, w := utf8.DecodeRuneInString(s[n:])
			if isWordRune(r) {
				n += w
				prev = r
				continue
			}
			// A joiner counts only between two word runes; a point or a
			// comma only between two digits.
			if n+w >= len(s) {
				break
			}
			next, w2 := utf8.DecodeRuneInString(s[n+w:])
			if isJoiner(r) && isWordRune(prev) && isWordRune(next) ||
				(r == '.' || r == ',') && unicode.IsDigit(prev) && unicode.IsDigit(next) {
				n += w + w2
				prev = next
				continue
			}
			break
		}
		return tokenWord, n
	default:
		for n < len(s) {
			r, w := utf8.DecodeRuneInString(s[n:])
			if unicode.IsSpace(r) || isWordRune(r) {
				break
			}
			n += w
		}
		return tokenPunct, n
	}
}

// tokenize cuts s into tokens; strings.Join(tokenize(s), "") == s.
func tokenize(s string) []string {
	var out []string
	for len(s) > 0 {
		_, n := tokenAt(s)
		out = append(out, s[:n])
		s = s[n:]
	}
	return out
}

// CountWords counts the words of s: runs of letters and digits, with inner
// apostrophes and hyphens ("don't" and "one-page" are one word each) and
// inner points or commas between digits ("1,200" is one word).
func CountWords(s string) int {
	words := 0
	for len(s) > 0 {
		kind, n := tokenAt(s)
		if kind == tokenWord {
			words++
		}
		s = s[n:]
	}
	return words
}

// isBlank reports whether s is empty or white space only.
func isBlank(s string) bool { return strings.TrimSpace(s) == "" }
