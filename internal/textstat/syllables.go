package textstat

import (
	"unicode"
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
		if asciiClass[c]&cLetter != 0 {
			// A run of ASCII letters, with one apostrophe at most, the
			// common case.
			j := skipLetters(word, i+1)
			apos := -1
			if j+1 < len(word) && word[j] == '\'' && asciiClass[word[j+1]]&cLetter != 0 {
				apos = j - i
				j = skipLetters(word, j+1)
			}
			if j == len(word) || word[j] < utf8.RuneSelf {
				if apos < 0 {
					total += baseSyllables(word[i:j]) // asciiRunSyllables, without a call
				} else {
					total += asciiRunSyllables(word[i:j], apos)
				}
				i = j
				continue
			}
		}
		r, n := runeAt(word, i)
		if !isLetterRune(r) {
			i += n
			continue
		}
		// A run with other letters: fold it first.
		j := i
		for j < len(word) {
			r, n := runeAt(word, j)
			if isLetterRune(r) || r >= utf8.RuneSelf && isWordRune(r) && !unicode.IsDigit(r) {
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
		total += foldedRunSyllables(word[i:j])
		i = j
	}
	return total
}

// skipLetters returns the offset of the first byte at or after s[i] that
// is not an ASCII letter, or len(s).
func skipLetters(s string, i int) int {
	t := s[i:] // sliced once: no bounds check a byte
	k := 0
	for k < len(t) && asciiClass[t[k]]&cLetter != 0 {
		k++
	}
	return i + k
}

// foldedRunSyllables counts the syllables of a run of letters, some not
// ASCII, that may hold apostrophes: accented vowels count as their base
// vowel and other letters as consonants.
func foldedRunSyllables(w string) int {
	var buf [48]byte
	n := 0
	apos := -1
	for i := 0; i < len(w); {
		r, size := runeAt(w, i)
		i += size
		if n == len(buf) {
			return asciiRunSyllables(string(buf[:n]), -1) // very long: cut
		}
		b := foldLetter(r)
		if b == '\'' && apos < 0 {
			apos = n
		}
		// A vowel with a diaeresis after a vowel is said apart (naïve,
		// Zoë): put a consonant between them.
		if isDiaeresis(r) && n > 0 && vowelTable[buf[n-1]] != 0 && n+1 < len(buf) {
			buf[n] = 'h'
			n++
		}
		buf[n] = b
		n++
	}
	if c := asciiRunSyllables(string(buf[:n]), apos); c > 0 {
		return c
	}
	return 1
}

func isDiaeresis(r rune) bool {
	switch r {
	case 'ä', 'ë', 'ï', 'ö', 'ü', 'ÿ', 'Ä', 'Ë', 'Ï', 'Ö', 'Ü':
		return true
	}
	return false
}

// asciiRunSyllables counts the syllables of ASCII letters w, with an
// apostrophe at w[apos] if apos >= 0.
func asciiRunSyllables(w string, apos int) int {
	if apos < 0 {
		return baseSyllables(w)
	}
	base, suffix := w[:apos], w[apos+1:]
	if base == "" {
		if suffix == "" {
			return 1
		}
		return baseSyllables(suffix)
	}
	// n't: a syllable of its own after a consonant (isn't, doesn't).
	if len(suffix) == 1 && suffix[0]|0x20 == 't' && len(base) > 1 && base[len(base)-1]|0x20 == 'n' {
		base = base[:len(base)-1]
		c := baseSyllables(base)
		if vowelTable[base[len(base)-1]] == 0 {
			c++
		}
		return c
	}
	return baseSyllables(base) // 's 'll 're 've 'd 'm add nothing
}

// vowelTable is 1 for a e i o u y, either case, and 0 otherwise.
var vowelTable = makeVowelTable()

func makeVowelTable() (t [256]uint8) {
	for _, c := range "aeiouyAEIOUY" {
		t[c] = 1
	}
	return t
}

// foldLetter maps a letter to lower-case ASCII for the syllable rules.
func foldLetter(r rune) byte {
	if r < utf8.RuneSelf {
		return lowerASCII(byte(r))
	}
	switch r {
	case 'à', 'á', 'â', 'ã', 'ä', 'å', 'æ', 'À', 'Á', 'Â', 'Ã', 'Ä', 'Å', 'Æ', 'ā':
		return 'a'
	case 'é', 'É', 'ë', 'Ë':
		return 'a' // said, also at the end: café, résumé, Zoë
	case 'è', 'ê', 'È', 'Ê', 'ē', 'ė', 'ę':
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

// vowelAt reports whether w[i] is a vowel; y is a consonant first.
func vowelAt(w string, i int) bool {
	return vowelTable[w[i]] != 0 && (i > 0 || w[i]|0x20 != 'y')
}

// consonantAt reports whether w[i] exists and is a consonant letter.
func consonantAt(w string, i int) bool {
	return i >= 0 && i < len(w) && asciiClass[w[i]]&cLetter != 0 && !vowelAt(w, i)
}

// endsWith reports whether w ends with the lower-case ASCII suf, ignoring
// the case of w.
func endsWith(w, suf string) bool {
	if len(w) < len(suf) {
		return false
	}
	w = w[len(w)-len(suf):]
	for i := 0; i < len(suf); i++ {
		if w[i]|0x20 != suf[i] {
			return false
		}
	}
	return true
}

// baseSyllables applies the rules to ASCII letters w (any case).
func baseSyllables(w string) int {
	l := len(w)
	if l == 0 {
		return 0
	}
	// Count groups of vowels; y is a vowel except first.
	n := 0
	prev := vowelTable[w[0]]
	if w[0]|0x20 == 'y' {
		prev = 0
	}
	n += int(prev)
	for i := 1; i < l; i++ {
		v := vowelTable[w[i]]
		n += int(v &^ prev)
		if v&prev != 0 {
			// Vowel pairs said apart: media, premium, actual, video.
			a, b := w[i-1]|0x20, w[i]|0x20
			switch {
			case a == 'i' && b == 'a':
				if i < 2 || w[i-2]|0x20 != 'c' && w[i-2]|0x20 != 't' {
					n++ // but social, initial
				}
			case a == 'i' && b == 'u':
				n++
			case a == 'u' && b == 'a':
				if i < 2 || w[i-2]|0x20 != 'q' && w[i-2]|0x20 != 'g' {
					n++ // but quality, language
				}
			case a == 'e' && b == 'o':
				if i+1 >= l || w[i+1]|0x20 != 'p' && w[i+1]|0x20 != 'u' && w[i+1]|0x20 != 'n' {
					n++ // but people, gorgeous, someone
				}
			}
		}
		prev = v
	}
	if n == 0 {
		return 1
	}
	last := w[l-1] | 0x20
	switch {
	case last == 'e' && n > 1 && consonantAt(w, l-2):
		// Silent final e, but not in consonant + le or re (table, centre).
		if c := w[l-2] | 0x20; !((c == 'l' || c == 'r') && consonantAt(w, l-3)) {
			n--
		}
	case last == 's' && n > 1 && l >= 4 && w[l-2]|0x20 == 'e' && consonantAt(w, l-3):
		c := w[l-3] | 0x20
		sibilant := c == 's' || c == 'x' || c == 'z' || c == 'g' || c == 'c' ||
			endsWith(w, "ches") || endsWith(w, "shes")
		if !sibilant && !(c == 'l' && consonantAt(w, l-4) && w[l-4]|0x20 != 'l') {
			n--
		}
	case last == 'd' && n > 1 && l >= 4 && w[l-2]|0x20 == 'e' && consonantAt(w, l-3):
		if c := w[l-3] | 0x20; c != 't' && c != 'd' && !(c == 'l' && consonantAt(w, l-4) && w[l-4]|0x20 != 'l') {
			n--
		}
	}
	// Silent e before a suffix: safely, useful, management, timeless.
	if n > 1 && l > 4 {
		var suf string
		switch last {
		case 'y':
			suf = "ely"
		case 'l':
			suf = "eful"
		case 't':
			suf = "ement"
		case 's':
			if endsWith(w, "eness") {
				suf = "eness"
			} else {
				suf = "eless"
			}
		}
		if suf != "" && l > len(suf)+1 && endsWith(w, suf) && consonantAt(w, l-len(suf)-1) {
			n--
		}
	}
	if last == 'm' && endsWith(w, "ism") {
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

// CountSyllables returns the sum of Syllables over words, the words of s.
func CountSyllables(s string, words []Word) int {
	n := 0
	for _, w := range words {
		n += Syllables(w.Text(s))
	}
	return n
}
