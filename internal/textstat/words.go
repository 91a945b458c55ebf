package textstat

import (
	"strings"
	"unicode/utf8"
)

// Span is a half-open range of byte offsets [Start, End) into a string.
type Span struct{ Start, End int }

// Word is one word of a text; Text is s[Start:End].
type Word struct {
	Span
	Text string
}

// Words cuts s into words. A word is a run of letters, digits and combining
// marks (Unicode), which may hold
//   - an apostrophe between a word character and a letter: don't, don’t, customer's;
//   - a hyphen between two word characters: one-page, 2027-06-30;
//   - a point, comma or colon between two digits: 3.5, 1,200, 10:30;
//   - a point between single letters: e.g, U.S, a.m (the final point is
//     left out, so that it still ends a sentence);
//   - a per cent sign after a digit: 38%;
//   - a currency sign before a digit: $4.5M, €20, £3.
//
// Anything else (punctuation, symbols, white space, invalid UTF-8) separates
// words. Text is a substring of s: no word allocates, and the slice is
// allocated once for ordinary prose (its size is estimated from the
// spaces and line ends of s; very dense text may need one more).
func Words(s string) []Word {
	n := maxWords(s)
	if n == 0 {
		return nil
	}
	out := make([]Word, 0, n)
	for i := 0; i < len(s); {
		// Skip to something that may start a word.
		for i < len(s) && wordStartClass[s[i]] == 0 {
			i++
		}
		if i >= len(s) {
			break
		}
		start := i
		switch wordStartClass[s[i]] {
		case startDollar:
			i++
			if i >= len(s) || !isDigit(s[i]) {
				continue
			}
		case startHigh:
			r, size := utf8.DecodeRuneInString(s[i:])
			if !isWordRune(r) {
				if cw := currencyAt(s, i); cw > 0 && i+cw < len(s) && isDigit(s[i+cw]) {
					i += cw
				} else {
					i += size
					continue
				}
			}
		}
		end := wordEnd(s, i)
		out = append(out, Word{Span{start, end}, s[start:end]})
		i = end
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// What may start a word, by byte.
const (
	startAlnum  = 1
	startDollar = 2
	startHigh   = 3 // a multi-byte character: decode to tell
)

var wordStartClass = makeWordStartClass()

func makeWordStartClass() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= 0x80:
			t[c] = startHigh
		case c == '$':
			t[c] = startDollar
		case asciiClass[c]&cWord != 0:
			t[c] = startAlnum
		}
	}
	return t
}

// maxWords estimates the number of words in s from its spaces and line
// ends, counted with vectorised code, so that Words allocates once for
// ordinary prose. It never asks for more than one word per 5 bytes (plus
// 16), so that text blanked by Prose does not make Words allocate much
// more than it needs; denser text needs one more allocation.
func maxWords(s string) int {
	if len(s) == 0 {
		return 0
	}
	n := strings.Count(s, " ") + strings.Count(s, "\n") + len(s)/64 + 1
	if limit := len(s)/5 + 16; n > limit {
		n = limit
	}
	return n
}

// currencyAt reports whether a currency sign that may start a number is at
// s[i], and its width.
func currencyAt(s string, i int) int {
	c := s[i]
	if c == '$' {
		return 1
	}
	if c < utf8.RuneSelf {
		return 0
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	switch r {
	case '€', '£', '¥', '₹':
		return n
	}
	return 0
}

// wordEnd returns the end of the word whose first word character is s[j].
func wordEnd(s string, j int) int {
	wordStart := j
	for j < len(s) {
		// A run of ASCII letters and digits.
		for j < len(s) && asciiClass[s[j]]&cWord != 0 {
			j++
		}
		if j >= len(s) {
			return j
		}
		c := s[j]
		prevDigit := j > wordStart && isDigit(s[j-1])
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(s[j:])
			if isWordRune(r) {
				j += n
				continue
			}
			if j+n < len(s) {
				nr, _ := runeAt(s, j+n)
				if isApostrophe(r) && isLetterRune(nr) || isHyphen(r) && isWordRune(nr) {
					j += n
					continue
				}
			}
			return j
		}
		if j+1 >= len(s) {
			if c == '%' && prevDigit {
				return j + 1
			}
			return j
		}
		next := s[j+1]
		switch c {
		case '\'':
			if r, _ := runeAt(s, j+1); isLetterRune(r) {
				j++
				continue
			}
		case '-':
			if r, _ := runeAt(s, j+1); isWordRune(r) {
				j++
				continue
			}
		case ',', ':':
			if prevDigit && isDigit(next) {
				j++
				continue
			}
		case '.':
			if prevDigit && isDigit(next) {
				j++
				continue
			}
			// Single letters joined by points: e.g, U.S, a.m.
			if j > wordStart && isASCIILetter(s[j-1]) && (j-1 == wordStart || s[j-2] == '.') &&
				isASCIILetter(next) && (j+2 >= len(s) || asciiClass[s[j+2]]&cWord == 0 && s[j+2] < utf8.RuneSelf) {
				j++
				continue
			}
		case '%':
			if prevDigit {
				return j + 1
			}
		}
		return j
	}
	return j
}
