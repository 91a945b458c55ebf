package textstat

import (
	"unicode"
	"unicode/utf8"
)

// Character classes of ASCII bytes, looked up in a table built once at
// package initialisation and never written afterwards.
const (
	cLetter uint8 = 1 << iota
	cDigit
	cSpace
	cUpper
	cLower
	cPunct

	cWord = cLetter | cDigit
)

// asciiClass has an entry for every byte value so that indexing it with a
// byte needs no bounds check; bytes from 0x80 up have no class.
var asciiClass = makeASCIIClass()

func makeASCIIClass() (t [256]uint8) {
	for c := 0; c < 128; c++ {
		switch {
		case 'a' <= c && c <= 'z':
			t[c] = cLetter | cLower
		case 'A' <= c && c <= 'Z':
			t[c] = cLetter | cUpper
		case '0' <= c && c <= '9':
			t[c] = cDigit
		case c == ' ', c == '\t', c == '\n', c == '\r', c == '\v', c == '\f':
			t[c] = cSpace
		case c > ' ' && c < 0x7f:
			t[c] = cPunct
		}
	}
	return t
}

func class(c byte) uint8 { return asciiClass[c] }

func isDigit(c byte) bool       { return '0' <= c && c <= '9' }
func isASCIILetter(c byte) bool { return class(c)&cLetter != 0 }
func isASCIIWord(c byte) bool   { return class(c)&cWord != 0 }
func isASCIIPunct(c byte) bool  { return class(c)&cPunct != 0 }
func isUpperASCII(c byte) bool  { return 'A' <= c && c <= 'Z' }
func upperASCII(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - ('a' - 'A')
	}
	return c
}
func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + ('a' - 'A')
	}
	return c
}

// isWordRune reports whether a non-ASCII rune belongs in a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return class(byte(r))&cWord != 0
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r)
}

func isLetterRune(r rune) bool {
	if r < utf8.RuneSelf {
		return class(byte(r))&cLetter != 0
	}
	return unicode.IsLetter(r)
}

// isApostrophe reports whether r is an apostrophe that may join a word
// (don't, don’t).
func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// isHyphen reports whether r is a hyphen that may join a word (one-page).
func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// spaceAt reports whether a white-space character starts at s[i], and its
// width in bytes.
func spaceAt(s string, i int) (bool, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return asciiClass[c]&cSpace != 0, 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r), n
}

// runeAt decodes the rune at s[i]; it returns (0, 0) at the end of s.
func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return 0, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// onlySpace reports whether s holds white space only.
func onlySpace(s string) bool {
	for i := 0; i < len(s); {
		ok, n := spaceAt(s, i)
		if !ok {
			return false
		}
		i += n
	}
	return true
}

// blankLineAt reports whether the line that starts at s[i] is empty or
// white space only (the end of s counts as a blank line).
func blankLineAt(s string, i int) bool {
	for i < len(s) {
		c := s[i]
		if c == '\n' {
			return true
		}
		if c < utf8.RuneSelf {
			if asciiClass[c]&cSpace == 0 {
				return false
			}
			i++
			continue
		}
		ok, n := spaceAt(s, i)
		if !ok {
			return false
		}
		i += n
	}
	return true
}
