package textstat

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Asked reports whether s[at:end], the rest of a sentence after a word,
// is the rest of a question: the first mark in it that ends a clause or a
// quotation (. ! ? : ; and quotation marks) is a question mark. A word in
// "How many items can I put out?" or in `the "which table should I use?"
// questions` is asked, not claimed; one in `Many riders ask: "when is my
// bus?"` is not, for the colon comes first.
func Asked(s string, at, end int) bool {
	end = min(end, len(s))
	for i := at; i < end; {
		c := s[i]
		if c < utf8.RuneSelf {
			switch c {
			case '?':
				return true
			case '.', '!', ':', ';', '"':
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '“', '”', '«', '»', '？':
			return r == '？'
		}
		i += n
	}
	return false
}

// AfterHow reports whether the word before s[start] is "how": a vague
// word after it ("how many are left", "how much it costs") asks, even
// outside a question.
func AfterHow(s string, words []Word, start int) bool {
	i := sort.Search(len(words), func(k int) bool { return words[k].Start() >= start })
	return i > 0 && gapIsSpace(s, words[i-1].End(), start) && eqLower(words[i-1].Text(s), "how")
}

// Precise reports whether the vague words that end at s[at] are made
// precise right after them: within the next four words a parenthesis, a
// colon or a dash opens, and a number (see Numbers; not a year) follows
// it in the same clause, inside the parenthesis or within six words after
// the colon or dash. words must be Words(s). "very quickly (less than 48 hours)", "many
// customers (1,200 in the pilot)" and "significantly faster: from 10
// minutes to 2" are precise; "many customers, and 1,200 of them" is not.
func Precise(s string, words []Word, at int) bool {
	i := sort.Search(len(words), func(k int) bool { return words[k].Start() >= at })
	prev := at
	for skipped := 0; i < len(words) && skipped <= 4; i++ {
		gap := s[prev:words[i].Start()]
		if open := opener(gap); open != 0 {
			return figureAfter(s, words[i:], open)
		}
		if clauseEnds(gap) {
			return false
		}
		prev = words[i].End()
		skipped++
	}
	return false
}

// opener returns the mark in gap, the text between two words, that opens
// a precise account of what came before: '(' for a parenthesis, ':' for a
// colon or a dash (—, –, -- or a hyphen between spaces), or 0.
func opener(gap string) byte {
	switch {
	case strings.IndexByte(gap, '(') >= 0:
		return '('
	case strings.IndexByte(gap, ':') >= 0, strings.Contains(gap, "—"), strings.Contains(gap, "–"),
		strings.Contains(gap, "--"), strings.Contains(gap, " - "):
		return ':'
	}
	return 0
}

// clauseEnds reports whether gap, the text between two words, ends a
// clause or a sentence.
func clauseEnds(gap string) bool {
	return strings.ContainsAny(gap, ".!?;)") || strings.Count(gap, "\n") > 1
}

// figureAfter reports whether a number is among words, the words after an
// opening mark: up to the closing parenthesis (twelve words at most) for
// '(', else six words in the same clause. A year is not a figure: "(2026
// survey)" says when, not how many.
func figureAfter(s string, words []Word, open byte) bool {
	limit := 6
	if open == '(' {
		limit = 12
	}
	for k, w := range words {
		if k == limit {
			return false
		}
		if k > 0 {
			gap := s[words[k-1].End():w.Start()]
			if open == '(' && strings.IndexByte(gap, ')') >= 0 || open == ':' && clauseEnds(gap) {
				return false
			}
		}
		if t := w.Text(s); isNumberWord(t) && !isYear(t) {
			return true
		}
	}
	return false
}

// isYear reports whether t is a year from 1900 to 2099.
func isYear(t string) bool {
	return len(t) == 4 && (t[:2] == "19" || t[:2] == "20") && isDigit(t[2]) && isDigit(t[3])
}
