package textstat

import "strings"

// PassiveVoice returns the spans of likely passive constructions in s;
// words must be Words(s). The heuristic, word by word:
//
//  1. a form of "to be": is, are, was, were, be, been, being, am, a word
//     ending in 're (they're, you're), or a pronoun ending in 's (it's,
//     that's, there's, what's, who's, he's, she's, everything's...). After
//     a noun, 's is a possessive ("each worker's trained roles", "the
//     team's planned launch"), not "is";
//  2. optionally one adverb: a word of four or more letters ending in -ly
//     (fully, newly), or not, never, also, always, often, still, already,
//     just, now, then;
//  3. a past participle: a word ending in -ed (four or more letters,
//     lower-case), or a built-in list of irregular participles (built,
//     written, made, given, known, sent, ...).
//
// Only white space may separate the words. The span runs from the start of
// the be-verb (the apostrophe of 's or 're) to the end of the participle.
//
// Left out as adjectives rather than passives: interested, based,
// supposed, tired, bored, excited, pleased, delighted, thrilled,
// concerned, involved, related, qualified, experienced, advanced,
// detailed, limited, talented, skilled, married, committed, focused,
// dedicated, hundred, sacred, naked, beloved, and -ed words that start
// with un- (unused, unchanged) other than under-; "used" when "to" and an
// -ing word or "it/them" follow (is used to working). A noun's 's that
// stands for "is" or "has" ("the report's been approved") is missed, as
// are "get" passives (got fired) and passives without a be-verb (reduced
// headline).
func PassiveVoice(s string, words []Word) []Span {
	var out []Span
	for i := 0; i < len(words); i++ {
		if !beVerbFirst[words[i].firstByte(s)] && !beVerbLast[words[i].lastByte(s)] {
			continue // not a be-verb, and cheaper to tell than beVerb is
		}
		off, ok := beVerb(words[i].Text(s))
		if !ok {
			continue
		}
		j := i + 1
		if j < len(words) && gapIsSpace(s, words[j-1].End(), words[j].Start()) && isPassiveAdverb(words[j].Text(s)) {
			j++
		}
		if j >= len(words) || !gapIsSpace(s, words[j-1].End(), words[j].Start()) {
			continue
		}
		if !isParticiple(words[j].Text(s)) || usedTo(s, words, j) {
			continue
		}
		if out == nil {
			out = make([]Span, 0, 8)
		}
		out = append(out, Span{words[i].Start() + off, words[j].End()})
		i = j
	}
	return out
}

func gapIsSpace(s string, a, b int) bool {
	return a <= b && b <= len(s) && a < b && onlySpace(s[a:b])
}

// beVerbFirst and beVerbLast hold the bytes that a word beVerb accepts
// starts or ends with, as beVerb tests them: c|0x20 is i, a, w or b, or
// s or e.
var beVerbFirst, beVerbLast = bytesWhere(func(c byte) bool {
	switch c | 0x20 {
	case 'i', 'a', 'w', 'b':
		return true
	}
	return false
}), bytesWhere(func(c byte) bool { return c|0x20 == 's' || c|0x20 == 'e' })

func bytesWhere(f func(c byte) bool) (t [256]bool) {
	for c := range t {
		t[c] = f(byte(c))
	}
	return t
}

// beVerb reports whether t is a form of "to be", and the offset in t
// where it starts (after the subject in it's, they're).
func beVerb(t string) (int, bool) {
	if len(t) < 2 {
		return 0, false
	}
	switch t[0] | 0x20 {
	case 'i':
		if eqLower(t, "is") {
			return 0, true
		}
	case 'a':
		if eqLower(t, "are") || eqLower(t, "am") {
			return 0, true
		}
	case 'w':
		if eqLower(t, "was") || eqLower(t, "were") {
			return 0, true
		}
	case 'b':
		if eqLower(t, "be") || eqLower(t, "been") || eqLower(t, "being") {
			return 0, true
		}
	}
	// it's, they're, they’re.
	switch last := t[len(t)-1] | 0x20; last {
	case 's', 'e':
		var k int
		if last == 's' {
			k = len(t) - 1
		} else if len(t) >= 3 && eqLower(t[len(t)-2:], "re") {
			k = len(t) - 2
		} else {
			return 0, false
		}
		at := -1
		if k >= 2 && t[k-1] == '\'' {
			at = k - 1
		} else if k >= 4 && t[k-3:k] == "’" {
			at = k - 3
		}
		if at < 0 || last == 's' && !contractsIs(t[:at]) {
			return 0, false
		}
		return at, true
	}
	return 0, false
}

// contractsIs reports whether word's 's can be "is": the pronouns and
// question words it is written after. After any other word, 's is far
// more often a possessive ("the team's planned launch") than "is".
func contractsIs(word string) bool {
	switch len(word) {
	case 2:
		return eqLower(word, "it") || eqLower(word, "he")
	case 3:
		return eqLower(word, "she") || eqLower(word, "who") || eqLower(word, "how") || eqLower(word, "why") || eqLower(word, "one")
	case 4:
		return eqLower(word, "that") || eqLower(word, "what") || eqLower(word, "here") ||
			eqLower(word, "this") || eqLower(word, "when")
	case 5:
		return eqLower(word, "there") || eqLower(word, "where") || eqLower(word, "which")
	case 6:
		return eqLower(word, "nobody")
	case 7:
		return eqLower(word, "nothing") || eqLower(word, "someone") || eqLower(word, "anyone") || eqLower(word, "no-one")
	case 8:
		return eqLower(word, "everyone") || eqLower(word, "somebody") || eqLower(word, "anything") || eqLower(word, "anybody")
	case 9:
		return eqLower(word, "something") || eqLower(word, "everybody")
	case 10:
		return eqLower(word, "everything")
	}
	return false
}

func isPassiveAdverb(t string) bool {
	if len(t) >= 4 && t[len(t)-2]|0x20 == 'l' && t[len(t)-1]|0x20 == 'y' {
		for i := 0; i < len(t); i++ {
			if asciiClass[t[i]]&cLetter == 0 {
				return false
			}
		}
		return true
	}
	switch len(t) {
	case 3:
		return eqLower(t, "not") || eqLower(t, "now")
	case 4:
		return eqLower(t, "also") || eqLower(t, "just") || eqLower(t, "then")
	case 5:
		return eqLower(t, "never") || eqLower(t, "often") || eqLower(t, "still")
	case 6:
		return eqLower(t, "always")
	case 7:
		return eqLower(t, "already")
	}
	return false
}

// isParticiple reports whether t is a past participle that makes a
// passive.
func isParticiple(t string) bool {
	if len(t) < 3 || len(t) > 24 {
		return false
	}
	var buf [24]byte
	for i := 0; i < len(t); i++ {
		c := t[i]
		if asciiClass[c]&cLetter == 0 {
			return false
		}
		buf[i] = lowerASCII(c)
	}
	w := buf[:len(t)]
	if len(w) >= 4 && w[len(w)-2] == 'e' && w[len(w)-1] == 'd' {
		if w[0] == 'u' && w[1] == 'n' && !(len(w) > 5 && string(w[:5]) == "under") {
			return false // unused, unchanged: adjectives
		}
		switch string(w) {
		case "interested", "based", "supposed", "tired", "bored", "excited", "pleased",
			"delighted", "thrilled", "concerned", "involved", "related", "qualified",
			"experienced", "advanced", "detailed", "limited", "talented", "skilled",
			"married", "committed", "focused", "dedicated", "hundred", "sacred", "naked",
			"beloved", "need", "speed", "feed", "seed", "shed", "bred", "exceed",
			"proceed", "succeed", "embed":
			return false
		}
		return true
	}
	lo, hi := 0, len(irregularParticiples)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if irregularParticiples[m] < string(w) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(irregularParticiples) && irregularParticiples[lo] == string(w)
}

// irregularParticiples is sorted for binary search.
var irregularParticiples = [...]string{
	"arisen", "awoken", "beaten", "begun", "bent", "bid", "bitten", "blown", "bought",
	"bound", "broadcast", "broken", "brought", "built", "burnt", "caught", "chosen",
	"cut", "dealt", "done", "drawn", "dreamt", "driven", "dug", "eaten", "fallen",
	"fed", "felt", "fought", "forbidden", "forecast", "forgiven", "forgotten",
	"found", "frozen", "given", "got", "gotten", "grown", "heard", "held", "hidden",
	"hit", "hung", "hurt", "kept", "known", "laid", "led", "lent", "let", "lit",
	"lost", "made", "meant", "met", "misled", "mistaken", "misunderstood",
	"outgrown", "overcome", "overdone", "overheard", "overridden", "overrun",
	"overseen", "overtaken", "overthrown", "overwritten", "paid", "proven", "put",
	"quit", "read", "rebuilt", "redone", "remade", "rethought", "rewritten",
	"ridden", "risen", "run", "said", "seen", "sent", "set", "shaken", "shone",
	"shot", "shown", "shrunk", "shut", "slain", "slid", "sold", "sought", "sped",
	"spent", "split", "spoken", "spread", "sprung", "stolen", "struck", "stuck",
	"stung", "sung", "sunk", "swept", "sworn", "swung", "taken", "taught", "thought",
	"thrown", "told", "torn", "understood", "undertaken", "undone", "upheld",
	"withdrawn", "withheld", "won", "worn", "woven", "written", "wound",
}

// usedTo reports whether words[j] (of s) is "used" in "used to working"
// or "used to it", where it is an adjective.
func usedTo(s string, words []Word, j int) bool {
	if !strings.EqualFold(words[j].Text(s), "used") || j+2 >= len(words) ||
		!strings.EqualFold(words[j+1].Text(s), "to") {
		return false
	}
	next := words[j+2].Text(s)
	return strings.HasSuffix(next, "ing") || strings.EqualFold(next, "it") ||
		strings.EqualFold(next, "them") || strings.EqualFold(next, "this")
}
