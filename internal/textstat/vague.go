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

// FactualModal reports whether the modal verb at s[start:end] (would,
// could, should or might) states a fact rather than hedging one; words
// must be Words(s). These do:
//   - could or would with not or never: what people could not do or
//     would not accept ("could not find their row", "would not install
//     an app");
//   - a modal limited by its clause: a subject of none, neither, nobody,
//     nothing, no, few or only before it, or only, no, hardly or barely
//     after it ("only 12% could name them", "None could use it",
//     "reservations could only be made by phone"): what was and was not
//     possible;
//   - a modal ending its clause, its verb left out ("It could.", "than a
//     new pump would."): it points back at what was said;
//   - a modal with have and a participle, an adverb between or not: what
//     could have been ("a checklist could have caught", "I would have
//     spent that week"; not "might have to wait");
//   - would like, love, rather or prefer: what people want;
//   - would or could with otherwise, normally or usually: what happens
//     without the product ("food that would otherwise be thrown away");
//   - a modal in a clause of time, condition or comparison, a few words
//     after before, until, till, once, if, unless, whether, than or as
//     ("before they could bake", "only if they could stop thinking about
//     it", "as they would on paper"), unless a relative pronoun stands
//     between ("as a tool that could save hours" hedges);
//   - a modal up to four words after said, says, say, told, tells, tell,
//     know, knew, reported, agreed, answered, replied or explained, or a
//     past thought (worried, feared, hoped, expected, thought, believed,
//     assumed, warned), in the same clause: reported speech ("78% said
//     they would like ...") and the future in the past ("worried that
//     groups would become unbalanced").
//
// "It would save time", "customers might", "this should reduce errors"
// hedge, and are not reported here.
func FactualModal(s string, words []Word, start, end int) bool {
	t := s[start:end]
	if !IsModal(t) {
		return false
	}
	could, would := eqLower(t, "could"), eqLower(t, "would")
	i := sort.Search(len(words), func(k int) bool { return words[k].Start() >= end })
	next := func(k int) string {
		if k < len(words) && gapIsSpace(s, words[k-1].End(), words[k].Start()) {
			return words[k].Text(s)
		}
		return ""
	}
	if i > 1 && elided(s[end:]) {
		return true
	}
	if i > 0 && i < len(words) {
		w := next(i)
		switch {
		case (could || would) && (eqLower(w, "not") || eqLower(w, "never")):
			return true
		case eqLower(w, "only") || eqLower(w, "no") || eqLower(w, "hardly") || eqLower(w, "barely"):
			return true // "could only be made by phone", "could no longer"
		case eqLower(w, "have") && !eqLower(next(i+1), "to"),
			isPassiveAdverb(w) && eqLower(next(i+1), "have") && !eqLower(next(i+2), "to"):
			return true // "could have caught", not "might have to wait"
		case would && (eqLower(w, "like") || eqLower(w, "love") || eqLower(w, "rather") || eqLower(w, "prefer")):
			return true
		case would && eqLower(w, "need"):
			return true // what a course of action requires: "they would need a forecast"
		case (could || would) && (eqLower(w, "otherwise") || eqLower(w, "normally") || eqLower(w, "usually")):
			return true
		}
	}
	// The modal's clause, read backwards: words and spaces only, up to
	// eight words. What stands there says whose statement the modal is in
	// and what kind of clause.
	// A relative pronoun between makes the modal's clause a relative
	// one, which a subordinator further back does not govern: "as a tool
	// that could save hours" hedges.
	j := i - 1 // the modal
	relative := false
	for k := j - 1; k >= 0 && j-k <= 8; k-- {
		if gap := s[words[k].End():words[k+1].Start()]; strings.ContainsAny(gap, ".!?;:,()\"“”—") {
			return false
		}
		w, back := words[k].Text(s), j-k
		switch {
		case limiting(w) && !(eqLower(w, "few") && k > 0 && eqLower(words[k-1].Text(s), "a")):
			return true
		case back <= 5 && reportingVerb(w):
			return true // "worried that groups would": that is no relative
		case relative:
		case back <= 6 && subordinator(w):
			return true
		case back <= 4 && (eqLower(w, "than") || eqLower(w, "as") && !(k > 0 && eqLower(words[k-1].Text(s), "such"))):
			return true // a comparison: "than a new pump would", "as they would on paper"
		}
		relative = relative || eqLower(w, "that") || eqLower(w, "which") || eqLower(w, "who")
	}
	return false
}

// elided reports whether rest, the text after a modal, ends its clause at
// once: the verb is left out ("It could.", "than a new pump would;").
func elided(rest string) bool {
	rest = strings.TrimLeft(rest, " \t")
	return rest != "" && strings.IndexByte(".;!?", rest[0]) >= 0
}

// limiting reports whether t limits a clause to none or few of its
// subject: a modal after it says what was or was not possible.
func limiting(t string) bool {
	switch len(t) {
	case 2:
		return eqLower(t, "no")
	case 3:
		return eqLower(t, "few")
	case 4:
		return eqLower(t, "none") || eqLower(t, "only")
	case 6:
		return eqLower(t, "nobody")
	case 7:
		return eqLower(t, "neither") || eqLower(t, "nothing")
	}
	return false
}

// subordinator reports whether t opens a clause of time or condition, or
// an indirect question, where a modal is grammar, not a hedge.
func subordinator(t string) bool {
	switch len(t) {
	case 2:
		return eqLower(t, "if")
	case 4:
		return eqLower(t, "once") || eqLower(t, "till") || eqLower(t, "when")
	case 5:
		return eqLower(t, "until")
	case 6:
		return eqLower(t, "before") || eqLower(t, "unless")
	case 7:
		return eqLower(t, "whether")
	}
	return false
}

// IsModal reports whether t is would, could, should or might, in any case.
func IsModal(t string) bool {
	return len(t) >= 5 && len(t) <= 6 &&
		(eqLower(t, "would") || eqLower(t, "could") || eqLower(t, "should") || eqLower(t, "might"))
}

// reportingVerb reports whether t reports what someone said or, in the
// past, thought: a modal after it is theirs, or the future in the past.
func reportingVerb(t string) bool {
	switch len(t) {
	case 3:
		return eqLower(t, "say")
	case 4:
		return eqLower(t, "said") || eqLower(t, "says") || eqLower(t, "told") || eqLower(t, "tell") ||
			eqLower(t, "know") || eqLower(t, "knew")
	case 5:
		return eqLower(t, "tells") || eqLower(t, "hoped")
	case 6:
		return eqLower(t, "agreed") || eqLower(t, "feared") || eqLower(t, "warned")
	case 7:
		return eqLower(t, "replied") || eqLower(t, "worried") || eqLower(t, "thought") || eqLower(t, "assumed")
	case 8:
		return eqLower(t, "reported") || eqLower(t, "answered") || eqLower(t, "expected") || eqLower(t, "believed")
	case 9:
		return eqLower(t, "explained")
	}
	return false
}
