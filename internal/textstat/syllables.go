package textstat

import (
	"unicode/utf8"
)

// Syllables estimates the syllables of one word with an English heuristic.
// A word is cut into numbers and letter runs:
//   - each number (digits, with , . or : between digits) counts 1, so
//     "1,200" and "2026" count 1 each and "2027-06-30" counts 3;
//   - each run of letters (with inner apostrophes) counts its groups of
//     vowels (a e i o u y, y only after the first letter; accented vowels
//     too), less a silent final e (make, but not table or free), less the e
//     of -es and -ed after most consonants (makes, used; but boxes, wanted),
//     less the silent e in -ely, -eful, -ement, -eness, -eless, plus one for
//     the vowel pairs usually said apart (ia, iu, ua after other than g or
//     q, eo before other than n, p or u) and for -ism; contractions count the
//     syllable of "n't" after a consonant (isn't 2, don't 1) and nothing for
//     's 'll 're 've 'd 'm. A run with a letter counts at least 1.
//
// Expect it to be right for most common words and off by one for some
// (created, video, recipe); it is meant for readability scores, not
// hyphenation.
func Syllables(word string) int {
	total := 0
	for i := 0; i < len(word); {
		c := word[i]
		if isDigit(c) {
			total++
			i++
			for i < len(word) && (isDigit(word[i]) ||
				(word[i] == ',' || word[i] == '.' || word[i] == ':') && i+1 < len(word) && isDigit(word[i+1])) {
				i++
			}
			continue
		}
		r, n := runeAt(word, i)
		if !isLetterRune(r) {
			i += n
			continue
		}
		j := i + n
		for j < len(word) {
			r, n := runeAt(word, j)
			if isLetterRune(r) || r >= utf8.RuneSelf && isWordRune(r) && !('0' <= r && r <= '9') {
				j += n
				continue
			}
			if isApostrophe(r) {
				if nr, _ := runeAt(word, j+n); isLetterRune(nr) {
					j += n
					continue
				}
			}
			break
		}
		total += letterRunSyllables(word[i:j])
		i = j
	}
	return total
}

// letterRunSyllables counts the syllables of a run of letters that may
// hold apostrophes.
func letterRunSyllables(w string) int {
	// Fold to lower-case ASCII: accented vowels to their base vowel, other
	// letters to 'x' (a consonant), apostrophes to '\''.
	var buf [48]byte
	n := 0
	apos := -1
	for i := 0; i < len(w); {
		r, size := runeAt(w, i)
		i += size
		if n == len(buf) {
			return vowelGroups(buf[:n]) // very long: no suffix rules
		}
		b := foldLetter(r)
		if b == '\'' && apos < 0 {
			apos = n
		}
		buf[n] = b
		n++
	}
	word := buf[:n]
	if apos >= 0 {
		base, suffix := word[:apos], word[apos+1:]
		// n't: a syllable of its own after a consonant (isn't, doesn't).
		if len(suffix) == 1 && suffix[0] == 't' && len(base) > 1 && base[len(base)-1] == 'n' {
			base = base[:len(base)-1]
			c := baseSyllables(base)
			if !isVowelByte(base[len(base)-1]) {
				c++
			}
			return c
		}
		if len(base) == 0 {
			return baseSyllables(suffix)
		}
		return baseSyllables(base)
	}
	return baseSyllables(word)
}

// foldLetter maps a letter to lower-case ASCII for the syllable rules.
func foldLetter(r rune) byte {
	if r < utf8.RuneSelf {
		return lowerASCII(byte(r))
	}
	switch r {
	case 'à', 'á', 'â', 'ã', 'ä', 'å', 'æ', 'À', 'Á', 'Â', 'Ã', 'Ä', 'Å', 'Æ', 'ā':
		return 'a'
	case 'è', 'é', 'ê', 'ë', 'È', 'É', 'Ê', 'Ë', 'ē', 'ė', 'ę':
		return 'e'
	case 'ì', 'í', 'î', 'ï', 'Ì', 'Í', 'Î', 'Ï', 'ī':
		return 'i'
	case 'ò', 'ó', 'ô', 'õ', 'ö', 'ø', 'œ', 'Ò', 'Ó', 'Ô', 'Õ', 'Ö', 'Ø', 'Œ', 'ō':
		return 'o'
	case 'ù', 'ú', 'û', 'ü', 'Ù', 'Ú', 'Û', 'Ü', 'ū':
		return 'u'
	case 'ý', 'ÿ', 'Ý':
		return 'y'
	case '’', 'ʼ':
		return '\''
	}
	return 'x'
}

func isVowelByte(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// isVowelAt reports whether w[i] is a vowel; y is a consonant first.
func isVowelAt(w []byte, i int) bool {
	c := w[i]
	if c == 'y' {
		return i > 0
	}
	return isVowelByte(c)
}

func vowelGroups(w []byte) int {
	n := 0
	prev := false
	for i := range w {
		v := isVowelAt(w, i)
		if v && !prev {
			n++
		}
		prev = v
	}
	if n == 0 && len(w) > 0 {
		return 1
	}
	return n
}

func hasSuffix(w []byte, suf string) bool {
	return len(w) >= len(suf) && string(w[len(w)-len(suf):]) == suf
}

func consonantAt(w []byte, i int) bool {
	return i >= 0 && i < len(w) && w[i] != '\'' && !isVowelAt(w, i)
}

// baseSyllables applies the rules to a lower-case word without
// apostrophes.
func baseSyllables(w []byte) int {
	if len(w) == 0 {
		return 0
	}
	n := vowelGroups(w)
	l := len(w)
	switch {
	case n > 1 && w[l-1] == 'e' && consonantAt(w, l-2):
		// Silent final e, but not in consonant + le or re (table, centre).
		if !((w[l-2] == 'l' || w[l-2] == 'r') && consonantAt(w, l-3)) {
			n--
		}
	case n > 1 && l >= 4 && hasSuffix(w, "es") && consonantAt(w, l-3):
		c := w[l-3]
		sibilant := c == 's' || c == 'x' || c == 'z' || c == 'g' || c == 'c' ||
			hasSuffix(w, "ches") || hasSuffix(w, "shes")
		if !sibilant && !(c == 'l' && consonantAt(w, l-4)) {
			n--
		}
	case n > 1 && l >= 4 && hasSuffix(w, "ed") && consonantAt(w, l-3):
		c := w[l-3]
		if c != 't' && c != 'd' && !(c == 'l' && consonantAt(w, l-4)) {
			n--
		}
	}
	// Silent e before a suffix: safely, useful, management, timeless.
	for _, suf := range [...]string{"ely", "eful", "ement", "eness", "eless"} {
		if l > len(suf)+1 && hasSuffix(w, suf) && consonantAt(w, l-len(suf)-1) && n > 1 {
			n--
			break
		}
	}
	// Vowel pairs said apart.
	for i := 0; i+1 < l; i++ {
		a, b := w[i], w[i+1]
		switch {
		case a == 'i' && (b == 'a' || b == 'u'):
			if b == 'a' && i > 0 && (w[i-1] == 'c' || w[i-1] == 't') {
				continue // social, initial
			}
			n++
		case a == 'u' && b == 'a':
			if i > 0 && (w[i-1] == 'q' || w[i-1] == 'g') {
				continue // quality, language
			}
			n++
		case a == 'e' && b == 'o':
			if i+2 < l && (w[i+2] == 'p' || w[i+2] == 'u' || w[i+2] == 'n') {
				continue // people, gorgeous, someone
			}
			n++
		}
	}
	if hasSuffix(w, "ism") {
		n++
	}
	if n < 1 {
		n = 1
	}
	return n
}

// FleschKincaidGrade returns the Flesch-Kincaid grade level,
// 0.39 × words/sentences + 11.8 × syllables/words − 15.59, or 0 when there
// are no words. A text with words but no sentences counts as one sentence.
func FleschKincaidGrade(words, sentences, syllables int) float64 {
	if words <= 0 {
		return 0
	}
	if sentences <= 0 {
		sentences = 1
	}
	return 0.39*float64(words)/float64(sentences) + 11.8*float64(syllables)/float64(words) - 15.59
}

// CountSyllables returns the sum of Syllables over words.
func CountSyllables(words []Word) int {
	n := 0
	for _, w := range words {
		n += Syllables(w.Text)
	}
	return n
}
