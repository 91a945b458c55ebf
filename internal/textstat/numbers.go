package textstat

import "strings"

// Numbers returns the spans of numbers in s; words must be Words(s). A
// number is a word holding a digit (38%, 1,200, 3.5x, $4.5M, 2026, Q3,
// 2027-06-30) or a spelled-out number: two to twenty, thirty to ninety,
// hundred, thousand, million, billion, trillion, dozen, percent, and
// hyphenated forms whose part is one (twenty-five, three-step). "One" is
// left out: it is more often a pronoun. A scale word that follows a number
// with only white space between joins its span: "$4.5 million", "two
// hundred", "23 percent".
func Numbers(s string, words []Word) []Span {
	out := make([]Span, 0, len(words)/16+4)
	for _, w := range words {
		t := w.Text(s)
		if !isNumberWord(t) {
			continue
		}
		if n := len(out); n > 0 && isScaleWord(t) && gapIsSpace(s, out[n-1].End, w.Start()) {
			out[n-1].End = w.End()
			continue
		}
		out = append(out, w.Span())
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

func isNumberWord(t string) bool {
	hyphen := false
	for i := 0; i < len(t); i++ {
		c := asciiClass[t[i]]
		if c&cDigit != 0 {
			return true
		}
		if c&cLetter == 0 && t[i] == '-' {
			hyphen = true
		}
	}
	if !hyphen {
		return spelledNumber(t)
	}
	for start := 0; start < len(t); {
		end := strings.IndexByte(t[start:], '-')
		if end < 0 {
			end = len(t)
		} else {
			end += start
		}
		if spelledNumber(t[start:end]) {
			return true
		}
		start = end + 1
	}
	return false
}

// eqLower reports whether t equals the lower-case ASCII word lower,
// ignoring the case of t's letters.
func eqLower(t, lower string) bool {
	if len(t) != len(lower) {
		return false
	}
	for i := 0; i < len(t); i++ {
		if lowerASCII(t[i]) != lower[i] {
			return false
		}
	}
	return true
}

// spelledNumber reports whether t is a number word, in any case.
func spelledNumber(t string) bool {
	if len(t) < 3 || len(t) > 9 {
		return false
	}
	switch t[0] | 0x20 {
	case 'b':
		return eqLower(t, "billion")
	case 'd':
		return eqLower(t, "dozen")
	case 'e':
		return eqLower(t, "eight") || eqLower(t, "eleven") || eqLower(t, "eighteen") || eqLower(t, "eighty")
	case 'f':
		return eqLower(t, "four") || eqLower(t, "five") || eqLower(t, "fourteen") || eqLower(t, "fifteen") ||
			eqLower(t, "forty") || eqLower(t, "fifty")
	case 'h':
		return eqLower(t, "hundred")
	case 'm':
		return eqLower(t, "million")
	case 'n':
		return eqLower(t, "nine") || eqLower(t, "nineteen") || eqLower(t, "ninety")
	case 'p':
		return eqLower(t, "percent")
	case 's':
		return eqLower(t, "six") || eqLower(t, "seven") || eqLower(t, "sixteen") || eqLower(t, "seventeen") ||
			eqLower(t, "sixty") || eqLower(t, "seventy")
	case 't':
		return eqLower(t, "two") || eqLower(t, "three") || eqLower(t, "ten") || eqLower(t, "twelve") ||
			eqLower(t, "thirteen") || eqLower(t, "twenty") || eqLower(t, "thirty") || eqLower(t, "thousand") ||
			eqLower(t, "trillion")
	}
	return false
}

func isScaleWord(t string) bool {
	if len(t) < 5 || len(t) > 8 {
		return false
	}
	return eqLower(t, "hundred") || eqLower(t, "thousand") || eqLower(t, "million") || eqLower(t, "billion") ||
		eqLower(t, "trillion") || eqLower(t, "dozen") || eqLower(t, "percent")
}
