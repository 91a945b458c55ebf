package textstat

import (
	"bytes"
	"sort"
	"strings"
)

// PassiveVoice returns the spans of likely passive constructions in s;
// words must be Words(s). The heuristic, word by word:
//
//  1. a form of "to be": is, are, was, were, be, been, being, am, or a
//     word ending in 's or 're (it's, they're; "'s" may be "has" or a
//     possessive, see below);
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
// -ing word or "it/them" follow (is used to working). A possessive 's
// before a participle used as an adjective ("the team's shared drive")
// is a false positive it accepts; "get" passives (got fired) and passives
// without a be-verb (reduced headline) are not found.
func PassiveVoice(s string, words []Word) []Span {
	var out []Span
	for i := 0; i < len(words); i++ {
		off, ok := beVerb(words[i].Text)
		if !ok {
			continue
		}
		j := i + 1
		if j < len(words) && gapIsSpace(s, words[j-1].End, words[j].Start) && isPassiveAdverb(words[j].Text) {
			j++
		}
		if j >= len(words) || !gapIsSpace(s, words[j-1].End, words[j].Start) {
			continue
		}
		if !isParticiple(words[j].Text) || usedTo(s, words, j) {
			continue
		}
		out = append(out, Span{words[i].Start + off, words[j].End})
		i = j
	}
	return out
}

func gapIsSpace(s string, a, b int) bool {
	return a <= b && b <= len(s) && a < b && onlySpace(s[a:b])
}

// lowerWord copies an ASCII word, lower-cased, into buf; ok is false if
// it does not fit or has other characters (apostrophes become ').
func lowerWord(t string, buf []byte) ([]byte, bool) {
	if len(t) > len(buf) {
		return nil, false
	}
	n := 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case isASCIILetter(c) || c == '\'' || c == '-':
			buf[n] = lowerASCII(c)
			n++
		case strings.HasPrefix(t[i:], "’"):
			buf[n] = '\''
			n++
			i += len("’") - 1
		default:
			return nil, false
		}
	}
	return buf[:n], true
}

// beVerb reports whether t is a form of "to be", and the offset in t
// where it starts (after the subject in it's, they're).
func beVerb(t string) (int, bool) {
	var buf [16]byte
	w, ok := lowerWord(t, buf[:])
	if !ok {
		return 0, false
	}
	switch string(w) {
	case "is", "are", "was", "were", "be", "been", "being", "am":
		return 0, true
	}
	if bytes.HasSuffix(w, []byte("'s")) || bytes.HasSuffix(w, []byte("'re")) {
		return strings.LastIndexAny(t, "'’"), true
	}
	return 0, false
}

func isPassiveAdverb(t string) bool {
	var buf [24]byte
	w, ok := lowerWord(t, buf[:])
	if !ok {
		return false
	}
	switch string(w) {
	case "not", "never", "also", "always", "often", "still", "already", "just", "now", "then":
		return true
	}
	return len(w) >= 4 && w[len(w)-2] == 'l' && w[len(w)-1] == 'y'
}

// isParticiple reports whether t is a past participle that makes a
// passive.
func isParticiple(t string) bool {
	if len(t) == 0 || isUpperASCII(t[0]) && len(t) > 1 && isUpperASCII(t[1]) {
		return false
	}
	var buf [24]byte
	w, ok := lowerWord(t, buf[:])
	if !ok || bytes.IndexByte(w, '\'') >= 0 || bytes.IndexByte(w, '-') >= 0 {
		return false
	}
	if len(w) >= 4 && w[len(w)-2] == 'e' && w[len(w)-1] == 'd' {
		if bytes.HasPrefix(w, []byte("un")) && !bytes.HasPrefix(w, []byte("under")) {
			return false
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
	i := sort.Search(len(irregularParticiples), func(k int) bool { return irregularParticiples[k] >= string(w) })
	return i < len(irregularParticiples) && irregularParticiples[i] == string(w)
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

// usedTo reports whether words[j] is "used" in "used to working" or "used
// to it", where it is an adjective.
func usedTo(s string, words []Word, j int) bool {
	if !strings.EqualFold(words[j].Text, "used") || j+2 >= len(words) ||
		!strings.EqualFold(words[j+1].Text, "to") {
		return false
	}
	next := words[j+2].Text
	return strings.HasSuffix(next, "ing") || strings.EqualFold(next, "it") ||
		strings.EqualFold(next, "them") || strings.EqualFold(next, "this")
}
