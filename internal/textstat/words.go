package textstat

import (
	"math"
	"strings"
	"unicode/utf8"
)

// Span is a half-open range of byte offsets [Start, End) into a string.
type Span struct{ Start, End int }

// Word is one word of a text s: the bytes s[Start():End()]. It holds 32-bit
// offsets and not its text, which the caller has: a document's words are
// the largest thing lint allocates, and this makes each 8 bytes instead of
// 32. Texts are therefore limited to 2 GiB (see Words).
type Word struct{ start, end int32 }

func (w Word) Start() int { return int(w.start) }
func (w Word) End() int   { return int(w.end) }
func (w Word) Span() Span { return Span{int(w.start), int(w.end)} }

// Text returns the word in s, the text it was found in.
func (w Word) Text(s string) string { return s[w.start:w.end] }

// firstByte and lastByte return the first and last bytes of w in s, or 0
// for an empty word. Passes over all the words of a text test them before
// taking a word's Text, whose bounds checks cost more.
func (w Word) firstByte(s string) byte {
	if w.end <= w.start {
		return 0
	}
	return s[w.start]
}

func (w Word) lastByte(s string) byte {
	if w.end <= w.start {
		return 0
	}
	return s[w.end-1]
}

// maxTextLen is the longest text whose offsets fit a Word.
const maxTextLen = math.MaxInt32

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
// words. The slice is allocated once for ordinary prose (its size is
// estimated from the spaces and line ends of s; very dense text may need
// one more). Words panics if s is 2 GiB or longer.
func Words(s string) []Word {
	n := maxWords(s)
	if n == 0 {
		return nil
	}
	out := appendWords(make([]Word, 0, n), s)
	if len(out) == 0 {
		return nil
	}
	return out
}

// appendWords appends the words of s to out.
func appendWords(out []Word, s string) []Word {
	if len(s) > maxTextLen {
		panic("textstat: text of 2 GiB or more")
	}
	for i := 0; i < len(s); {
		// Skip to something that may start a word.
		i = skipToWordStart(s, i)
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
		out = append(out, Word{int32(start), int32(end)})
		i = end
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

// skipToWordStart returns the offset of the first byte at or after s[i]
// that may start a word, or len(s).
func skipToWordStart(s string, i int) int {
	t := s[i:] // sliced once: no bounds check a byte
	k := 0
	for k < len(t) && wordStartClass[t[k]] == 0 {
		k++
	}
	return i + k
}

// skipWordBytes returns the offset of the first byte at or after s[i]
// that is not an ASCII letter or digit, or len(s).
func skipWordBytes(s string, i int) int {
	t := s[i:]
	k := 0
	for k < len(t) && asciiClass[t[k]]&cWord != 0 {
		k++
	}
	return i + k
}

// wordJoiner marks the ASCII bytes that may join a word to what follows
// (see wordEnd).
var wordJoiner = [utf8.RuneSelf]bool{'\'': true, '-': true, ',': true, ':': true, '.': true, '%': true}

// wordEnd returns the end of the word whose first word character is s[j].
func wordEnd(s string, j int) int {
	wordStart := j
	for j < len(s) {
		// A run of ASCII letters and digits.
		j = skipWordBytes(s, j)
		if j >= len(s) {
			return j
		}
		c := s[j]
		if c < utf8.RuneSelf && !wordJoiner[c] {
			return j // white space or punctuation that never joins: most words end so
		}
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

// StartsNumber reports whether word w of prose opens a quantity: a number
// in figures or in words, or a word that leads one (a, an, half, about,
// around, some), as in "a phone number", "about 40 minutes".
func StartsNumber(prose string, w Word) bool {
	t := w.Text(prose)
	if t == "" {
		return false
	}
	if t[0] >= '0' && t[0] <= '9' {
		return true
	}
	switch strings.ToLower(t) {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a", "an", "half", "about", "around", "some":
		return true
	}
	return false
}
