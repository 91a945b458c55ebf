package textstat

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Acronym is an acronym used in a text. Span covers it as written,
// including a plural s or a possessive ('s): "APIs", "CI's"; Text is the
// acronym itself: "API", "CI".
type Acronym struct {
	Span
	Text string
}

// Acronyms returns the acronyms in s, in order; words must be Words(s). An
// acronym is a word, or a hyphen-separated part of one (AWS-hosted), of
// 2 to 6 characters: an upper-case ASCII letter, then upper-case letters or
// digits, at least two letters in all (B2B, EC2, but not Q3 or the FAQ
// labels E1, I3), optionally followed by a plural s or by 's. These are
// not acronyms:
//   - the Roman numerals II to XII;
//   - anything in ignore (compared with Text, case-sensitively);
//   - words written in capitals for emphasis or as a dateline: a word of
//     seven or more capitals, a word next to one (only spaces or , – — -
//     between), and the words of a run of three or more capitalised words
//     one of which has five or more letters ("ENGINEERING ALL-HANDS,
//     LEEDS", "NEW YORK CITY HALL"; "CEO VP CFO" stay acronyms);
//   - a keyword to send or type, right after text, texts, texting, reply,
//     replies, replying, send, sends, sending, type, types, typing, enter,
//     enters or entering, or right before reply, replies or keyword, with
//     only spaces or quotation marks between: "text STOP to 55123", "reply
//     LANG", "by replying YES", "the STOP reply".
func Acronyms(s string, words []Word, ignore []string) []Acronym {
	var out []Acronym
	for i, w := range words {
		if !isUpperASCII(w.firstByte(s)) {
			continue
		}
		t := w.Text(s)
		if shoutingRun(s, words, i) || keyword(s, words, i) {
			continue
		}
		// Each hyphen-separated part.
		start := 0
		for start <= len(t) {
			end := strings.IndexByte(t[start:], '-')
			if end < 0 {
				end = len(t)
			} else {
				end += start
			}
			if core, ok := acronymCore(t[start:end]); ok && !isRomanNumeral(core) && !inList(core, ignore) {
				out = append(out, Acronym{Span{w.Start() + start, w.Start() + end}, core})
			}
			start = end + 1
		}
	}
	return out
}

// acronymCore returns the acronym in part (upper-case letters and digits,
// 2 to 6 of them, less a plural s or 's) and whether it is one.
func acronymCore(part string) (string, bool) {
	core := part
	switch {
	case strings.HasSuffix(core, "'s"):
		core = core[:len(core)-2]
	case strings.HasSuffix(core, "’s"):
		core = core[:len(core)-len("’s")]
	case strings.HasSuffix(core, "s"):
		core = core[:len(core)-1]
	}
	if len(core) < 2 || len(core) > 6 || !isUpperASCII(core[0]) {
		return "", false
	}
	letters := 1
	for i := 1; i < len(core); i++ {
		if c := core[i]; isUpperASCII(c) {
			letters++
		} else if !isDigit(c) {
			return "", false
		}
	}
	return core, letters >= 2
}

// keyword reports whether words[i] (of s) is a keyword to send: after a
// verb of sending or typing ("text STOP to 55123", `reply "LANG"`, "by
// replying YES"), or named as one ("the STOP reply", "the NOTEXT
// keyword").
func keyword(s string, words []Word, i int) bool {
	if i+1 < len(words) && onlyQuotesBetween(s[words[i].End():words[i+1].Start()]) {
		switch v := words[i+1].Text(s); len(v) {
		case 5:
			if eqLower(v, "reply") {
				return true
			}
		case 7:
			if eqLower(v, "keyword") || eqLower(v, "replies") {
				return true
			}
		}
	}
	if i == 0 || !onlyQuotesBetween(s[words[i-1].End():words[i].Start()]) {
		return false
	}
	switch v := words[i-1].Text(s); len(v) {
	case 4:
		return eqLower(v, "text") || eqLower(v, "send") || eqLower(v, "type")
	case 5:
		return eqLower(v, "texts") || eqLower(v, "reply") || eqLower(v, "sends") || eqLower(v, "types") ||
			eqLower(v, "enter")
	case 6:
		return eqLower(v, "enters") || eqLower(v, "typing")
	case 7:
		return eqLower(v, "replies") || eqLower(v, "texting") || eqLower(v, "sending")
	case 8:
		return eqLower(v, "replying") || eqLower(v, "entering")
	}
	return false
}

// onlyQuotesBetween: nothing but spaces and quotation marks between two
// words.
func onlyQuotesBetween(gap string) bool {
	for _, r := range gap {
		switch r {
		case ' ', '\t', '"', '\'', '“', '”', '‘', '’':
		default:
			return false
		}
	}
	return true
}

func isRomanNumeral(t string) bool {
	switch t {
	case "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII":
		return true
	}
	return false
}

func inList(t string, list []string) bool {
	for _, x := range list {
		if x == t {
			return true
		}
	}
	return false
}

// isCapsWord reports whether t is written in capitals (at least two
// letters, no lower-case letter but a final s), and its letter count.
func isCapsWord(t string) (bool, int) {
	letters := 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case isUpperASCII(c):
			letters++
		case c == 's' && i == len(t)-1:
		case c >= utf8.RuneSelf:
			// Non-ASCII letters: treat as capitals only if not lower-case.
			r, n := utf8.DecodeRuneInString(t[i:])
			if isLetterRune(r) && r != toUpperRune(r) {
				return false, 0
			}
			if isLetterRune(r) {
				letters++
			}
			i += n - 1
		case isASCIILetter(c):
			return false, 0
		}
	}
	return letters >= 2, letters
}

// shoutingRun reports whether words[i] is part of text written in
// capitals rather than an acronym: it, or a capitalised word next to it,
// has seven or more letters, or it is one of a run of three or more
// capitalised words one of which has five or more letters.
func shoutingRun(s string, words []Word, i int) bool {
	caps, letters := isCapsWord(words[i].Text(s))
	if !caps {
		return false
	}
	if letters >= 7 {
		return true
	}
	run, long := 1, letters >= 5
	for j := i - 1; j >= 0 && i-j <= 3; j-- {
		ok, l := isCapsWord(words[j].Text(s))
		if !ok || !capsGap(s, words[j].End(), words[j+1].Start()) {
			break
		}
		if l >= 7 && j == i-1 {
			return true
		}
		run++
		long = long || l >= 5
	}
	for j := i + 1; j < len(words) && j-i <= 3; j++ {
		ok, l := isCapsWord(words[j].Text(s))
		if !ok || !capsGap(s, words[j-1].End(), words[j].Start()) {
			break
		}
		if l >= 7 && j == i+1 {
			return true
		}
		run++
		long = long || l >= 5
	}
	return run >= 3 && long
}

// capsGap reports whether s[a:b] separates words of one capitalised run:
// spaces, commas and dashes only, on one line.
func capsGap(s string, a, b int) bool {
	if a > b || b > len(s) {
		return false
	}
	for _, r := range s[a:b] {
		switch r {
		case ' ', '\t', ',', '–', '—', '-':
		default:
			return false
		}
	}
	return true
}

// Definition is an acronym spelled out in a text: "continuous integration
// (CI)" or "CI (continuous integration)". Span covers both parts and the
// parentheses.
type Definition struct {
	Span
	Acronym   string // the acronym without a plural s: CI
	Expansion string // the words it stands for: continuous integration
}

// Definitions returns the acronyms spelled out in s, each once, in the
// order of their first definition; see FindDefinitions.
func Definitions(s string) []string {
	defs := FindDefinitions(s, Words(s))
	var out []string
	for _, d := range defs {
		if !inList(d.Acronym, out) {
			out = append(out, d.Acronym)
		}
	}
	return out
}

// FindDefinitions returns where acronyms are spelled out in s, in order;
// words must be Words(s). Two forms count:
//   - words, then the acronym in parentheses: "continuous integration (CI)";
//   - the acronym, then the words in parentheses: "CI (continuous integration)".
//
// The acronym (2 to 10 letters, at least two of them capitals, digits
// allowed, optionally a plural s: APIs, DoD) must be made of the initials of
// the words, in order and compared case-insensitively. A word may give
// more than its initial: the initials of its hyphen-separated parts or its
// inner capitals (Multi-Factor, JavaScript), or its first letters (Secure
// Shell: SSH). The small words a, an, and, by, for, in, of, on, or, the,
// to, with and & may be skipped. In the first form the spelled-out words
// are the fewest before the parenthesis that match, none of them across
// punctuation. The spelled-out words must hold a lower-case letter, and
// definitions do not overlap.
func FindDefinitions(s string, words []Word) []Definition {
	var out []Definition
	prevEnd := 0
	for i, w := range words {
		if !isUpperASCII(w.firstByte(s)) {
			continue
		}
		t := w.Text(s)
		if len(t) < 2 || len(t) > 11 || !hasUpperAfterFirst(t) {
			continue
		}
		al, ok := definableAcronym(t)
		if !ok {
			continue
		}
		letters := al.b[:al.n]
		// Form 1: words (ACR)
		if i > 0 && parenBefore(s, words[i-1].End(), w.Start()) && parenAfter(s, w.End()) {
			lo := i - 1
			for lo > 0 && i-lo < 2*len(letters)+3 && gapIsSpace(s, words[lo-1].End(), words[lo].Start()) {
				lo--
			}
			for ws := i - 1; ws >= lo; ws-- {
				if words[ws].Start() >= prevEnd && hasLower(s, words[ws:i]) && matchInitials(s, letters, words[ws:i]) {
					end := w.End() + strings.IndexByte(s[w.End():], ')') + 1
					out = append(out, Definition{Span{words[ws].Start(), end}, acronymText(t), s[words[ws].Start():words[i-1].End()]})
					prevEnd = end
					break
				}
			}
			continue
		}
		// Form 2: ACR (words)
		if i+1 < len(words) && parenBefore(s, w.End(), words[i+1].Start()) {
			hi := i + 1
			for hi < len(words) && hi-i <= 2*len(letters)+2 {
				if parenAfter(s, words[hi].End()) {
					break
				}
				if hi+1 >= len(words) || !gapIsSpace(s, words[hi].End(), words[hi+1].Start()) {
					hi = len(words)
					break
				}
				hi++
			}
			if hi < len(words) && w.Start() >= prevEnd && parenAfter(s, words[hi].End()) &&
				hasLower(s, words[i+1:hi+1]) && matchInitials(s, letters, words[i+1:hi+1]) {
				end := words[hi].End() + strings.IndexByte(s[words[hi].End():], ')') + 1
				out = append(out, Definition{Span{w.Start(), end}, acronymText(t), s[words[i+1].Start():words[hi].End()]})
				prevEnd = end
			}
		}
	}
	return out
}

// SpelledAsName reports whether acronym is spelled out in s before limit
// as the name it stands for, without parentheses: two or more
// capitalised words, with only spaces between, whose initials give its
// letters as FindDefinitions matches them, small words such as of and
// and skipped. "The Seattle Department of Transportation" spells out
// SDOT, "Site Reliability Engineering" SRE; "site reliability" and "SRE
// Team" do not. words must be Words(s).
func SpelledAsName(s string, words []Word, limit int, acronym string) bool {
	al, ok := definableAcronym(acronym)
	if !ok {
		return false
	}
	letters := al.b[:al.n]
	longest := 2*len(letters) + 3
	for j, w := range words {
		if w.End() > limit {
			break
		}
		if c := w.firstByte(s); !isUpperASCII(c) || lowerASCII(c) != letters[0] || !nameWord(w.Text(s)) {
			continue
		}
		// The run of name words and small words from j.
		k := j + 1
		for k < len(words) && k-j < longest && words[k].End() <= limit &&
			gapIsSpace(s, words[k-1].End(), words[k].Start()) &&
			(nameWord(words[k].Text(s)) || isSmallWord(words[k].Text(s))) {
			k++
		}
		for e := k; e >= j+2; e-- {
			if nameWord(words[e-1].Text(s)) && matchInitials(s, letters, words[j:e]) {
				return true
			}
		}
	}
	return false
}

// InName reports whether the acronym at span is part of a name: it is
// next to a word of a name (a capital, then lower-case letters), perhaps
// through other words in capitals and numbers, with only spaces between,
// and that word does not start a sentence. "The Verity Check API", "AWS API
// Gateway" and "the MIT License" are names; "the API returns", "CSV
// file" and "Mobile SDKs for iOS" (Mobile starts the sentence) are not.
// words must be Words(s) and sentences SplitSentences of them.
func InName(s string, words []Word, sentences []Sentence, span Span) bool {
	i := sort.Search(len(words), func(k int) bool { return words[k].End() > span.Start })
	if i == len(words) || words[i].Start() > span.Start {
		return false
	}
	starts := func(k int) bool {
		n := sort.Search(len(sentences), func(m int) bool { return sentences[m].End > words[k].Start() })
		return n < len(sentences) && len(sentences[n].Words) > 0 && sentences[n].Words[0].Start() == words[k].Start()
	}
	// Each way from the acronym, over words in capitals, to a word of a
	// name.
	for _, step := range [2]int{-1, 1} {
		if step < 0 && starts(i) {
			continue // nothing before it in its sentence
		}
		for k := i + step; k >= 0 && k < len(words); k += step {
			a, b := min(k, k-step), max(k, k-step)
			if !gapIsSpace(s, words[a].End(), words[b].Start()) || step > 0 && starts(k) {
				break
			}
			t := words[k].Text(s)
			if nameWord(t) {
				if !starts(k) {
					return true
				}
				break
			}
			if caps, _ := isCapsWord(t); !caps && !isNumberWord(t) || step < 0 && starts(k) {
				break // numbers belong to names too: "SOC 2 Type II"
			}
		}
	}
	return false
}

// nameWord reports whether t is a word of a name: a capital, then at
// least one lower-case letter (Transportation, QuotaGuard), not an
// acronym.
func nameWord(t string) bool {
	if len(t) < 2 || !isUpperASCII(t[0]) {
		return false
	}
	for i := 1; i < len(t); i++ {
		if asciiClass[t[i]]&cLower != 0 {
			return true
		}
	}
	return false
}

// acronymText drops a plural s.
func acronymText(t string) string {
	if len(t) > 2 && t[len(t)-1] == 's' && isUpperASCII(t[len(t)-2]) {
		return t[:len(t)-1]
	}
	return t
}

// definableAcronym returns the letters of an acronym that may be defined
// (lower-cased, digits dropped) and whether t is one.
func definableAcronym(t string) (acronymLetters, bool) {
	var a acronymLetters
	t = acronymText(t)
	if len(t) < 2 || len(t) > 10 || !isUpperASCII(t[0]) {
		return a, false
	}
	upper := 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case isUpperASCII(c):
			upper++
			a.b[a.n] = lowerASCII(c)
			a.n++
		case isASCIILetter(c):
			a.b[a.n] = c
			a.n++
		case isDigit(c):
		default:
			return a, false
		}
	}
	return a, upper >= 2 && a.n >= 2
}

// acronymLetters holds the lower-cased letters of an acronym.
type acronymLetters struct {
	b [10]byte
	n int
}

// parenBefore reports whether s[a:b] is an opening parenthesis with
// optional spaces around it.
func parenBefore(s string, a, b int) bool {
	if a > b || b > len(s) {
		return false
	}
	g := strings.TrimSpace(s[a:b])
	return g == "("
}

// parenAfter reports whether a closing parenthesis follows s[:a], spaces
// aside.
func parenAfter(s string, a int) bool {
	for a < len(s) && (s[a] == ' ' || s[a] == '\t') {
		a++
	}
	return a < len(s) && s[a] == ')'
}

func isSmallWord(t string) bool {
	switch strings.ToLower(t) {
	case "a", "an", "and", "by", "for", "in", "of", "on", "or", "the", "to", "with", "&":
		return true
	}
	return false
}

// wordInitials returns the letters a word may give an acronym, in order:
// its initial, then the initials of later hyphen-separated parts and its
// inner capitals, lower-cased.
func wordInitials(t string, buf []byte) []byte {
	buf = buf[:0]
	prevLower := false
	startPart := true
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c == '-':
			startPart = true
			prevLower = false
			continue
		case isASCIILetter(c):
			if startPart || isUpperASCII(c) && prevLower {
				buf = append(buf, lowerASCII(c))
			}
			prevLower = !isUpperASCII(c)
		case isDigit(c):
			if startPart {
				buf = append(buf, c)
			}
			prevLower = false
		default:
			prevLower = false
		}
		startPart = false
	}
	return buf
}

// matchInitials reports whether letters are the initials of all of words
// (of s), the first of which must give at least one letter.
func matchInitials(s string, letters []byte, words []Word) bool {
	if len(words) == 0 || len(words) > 2*len(letters)+3 {
		return false
	}
	var failed [12][24]bool // failed[li][wi]
	var rec func(li, wi int) bool
	rec = func(li, wi int) bool {
		if wi == len(words) {
			return li == len(letters)
		}
		if li < len(failed) && wi < len(failed[0]) && failed[li][wi] {
			return false
		}
		t := words[wi].Text(s)
		if wi > 0 && isSmallWord(t) && rec(li, wi+1) {
			return true
		}
		if li < len(letters) {
			var ib [16]byte
			ini := wordInitials(t, ib[:0])
			for k := 1; k <= len(ini) && li+k <= len(letters); k++ {
				if ini[k-1] != letters[li+k-1] {
					break
				}
				if rec(li+k, wi+1) {
					return true
				}
			}
			// Its first letters (Secure SHell: SSH).
			for k := 2; k <= 3 && k <= len(t) && li+k <= len(letters); k++ {
				if !isASCIILetter(t[k-1]) || lowerASCII(t[k-1]) != letters[li+k-1] || lowerASCII(t[0]) != letters[li] {
					break
				}
				if rec(li+k, wi+1) {
					return true
				}
			}
		}
		if li < len(failed) && wi < len(failed[0]) {
			failed[li][wi] = true
		}
		return false
	}
	return rec(0, 0)
}

func toUpperRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'a' <= r && r <= 'z' {
			return r - ('a' - 'A')
		}
		return r
	}
	return unicode.ToUpper(r)
}

func hasUpperAfterFirst(t string) bool {
	for i := 1; i < len(t); i++ {
		if isUpperASCII(t[i]) {
			return true
		}
	}
	return false
}

// hasLower reports whether any of words (of s) holds a lower-case ASCII
// letter.
func hasLower(s string, words []Word) bool {
	for _, w := range words {
		for _, c := range []byte(w.Text(s)) {
			if asciiClass[c]&cLower != 0 {
				return true
			}
		}
	}
	return false
}

// KnownAcronyms are acronyms a reader of a PR/FAQ knows without their
// words, most better known than their words are: the acronym rule leaves
// them alone, and the customer read-through does not ask what they mean. Only words the acronym
// rule would take for acronyms are listed: mixed-case ones (iOS, SaaS,
// Wi-Fi, Inc, Ltd) never are.
func KnownAcronyms() []string {
	return []string{
		// The document, and the placeholder rule's words.
		"PR", "PRs", "FAQ", "FAQs", "TODO", "TBD", "TBC", "FIXME", "XX", "XXX",
		// Everyday words.
		"OK", "TV", "PC", "ID", "PIN", "ATM", "DIY", "ETA", "AM", "PM", "VIP", "CD", "DVD", "LED", "AA", "AAA",
		// Roles and business.
		"CEO", "CFO", "CTO", "COO", "CIO", "CMO", "VP", "HR", "IT", "B2B", "B2C", "LLC", "NGO", "ROI",
		"Q1", "Q2", "Q3", "Q4",
		// Places and public bodies.
		"US", "USA", "UK", "EU", "UN", "NHS", "NATO", "NASA",
		// Money and measures: the common ISO 4217 currency codes (a price
		// in SEK is read as one) and unit symbols.
		"USD", "EUR", "GBP", "SEK", "NOK", "DKK", "CHF", "JPY", "CAD", "AUD", "NZD", "INR", "CNY", "HKD", "SGD",
		"KB", "MB", "GB", "TB", "MPH", "MW", "GW",
		// Technology most readers meet.
		"AI", "API", "CPU", "CSS", "CSV", "GDPR", "GPS", "GPU", "HTML", "HTTP", "HTTPS", "ISO", "JSON", "MIT",
		"ML", "PDF", "QR", "SMS", "SQL", "URL", "USB", "VPN", "XML", "YAML", "SDK", "README",
		// Everyday words of health, cars and post most readers meet.
		"MRI", "EV", "EVs", "ZIP",
		// Roman numerals.
		"I", "II", "III", "IV", "V",
	}
}
