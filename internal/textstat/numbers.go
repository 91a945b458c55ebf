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
	var out []Span
	for _, w := range words {
		if !isNumberWord(w.Text) {
			continue
		}
		if n := len(out); n > 0 && isScaleWord(w.Text) && gapIsSpace(s, out[n-1].End, w.Start) {
			out[n-1].End = w.End
			continue
		}
		out = append(out, w.Span)
	}
	return out
}

func isNumberWord(t string) bool {
	for i := 0; i < len(t); i++ {
		if isDigit(t[i]) {
			return true
		}
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

func spelledNumber(t string) bool {
	var buf [16]byte
	w, ok := lowerWord(t, buf[:])
	if !ok {
		return false
	}
	switch string(w) {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
		"eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
		"seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion",
		"trillion", "dozen", "percent":
		return true
	}
	return false
}

func isScaleWord(t string) bool {
	var buf [16]byte
	w, ok := lowerWord(t, buf[:])
	if !ok {
		return false
	}
	switch string(w) {
	case "hundred", "thousand", "million", "billion", "trillion", "dozen", "percent":
		return true
	}
	return false
}
