package mddoc

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A press release's dateline, in the forms newsrooms and teams write it:
//
//	SEATTLE, WA — March 3, 2027 —
//	SEATTLE, WA – (Business Wire) – March 3, 2027 –
//	SEATTLE, WA — (March 3, 2027) —
//	**LONDON** (Business Wire) 3 March 2027:
//	Leeds, UK – 14 April 2027 –
//	AUSTIN, Texas, Jan. 12, 2027 /PRNewswire/ --
//	**CORK, Ireland – 3rd March 2027** –
//	BERLIN - 2027-05-04 -
//	LISBON – Internal announcement – July 1, 2027 –
//	Dublin, Ireland, September 6, 2027 —
//	Madison, Wisconsin | June 3, 2028 |
//
// It is read from the date out: the date is the one part every form
// has, the place is the few capitalised words before it, and what lies
// between (a wire service, "Internal") is the outlet. Some give no place
// at all, only the date, perhaps after the outlet:
//
//	(Business Wire) March 3, 2027 —
//	**March 3, 2027** – Acme today launched …
//
// and are read with an empty city, so that a dateline without its city
// is not taken for none.

// dateInLine finds a date as datelines write it.
var dateInLine = regexp.MustCompile(`(?i)\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}/\d{1,2}/\d{4})\b`)

// datelineMatch is a dateline found at the start of a line: byte
// offsets into the line.
type datelineMatch struct {
	cityStart, cityEnd int
	dateStart, dateEnd int
	outlet             string
	date               string // YYYY-MM-DD
	end                int    // where the text after the dateline starts
}

// mayBeDateline is false for a line that cannot start with a dateline,
// found without a pattern: it starts (past bold marks) with a capital,
// an outlet's bracket or a date's digit, and has a digit. Most
// paragraphs fail at once.
func mayBeDateline(line string) bool {
	s := strings.TrimLeft(line, " \t\n\f\r")
	if strings.HasPrefix(s, "**") || strings.HasPrefix(s, "__") {
		s = strings.TrimLeft(s[2:], " \t\n\f\r")
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) && r != '(' && (r < '0' || r > '9') {
		return false
	}
	return strings.ContainsAny(s, "0123456789")
}

// bracketedOutlet is an outlet in brackets with nothing else before the
// date but separators: "(Business Wire) ", "(PR Newswire) – ".
var bracketedOutlet = regexp.MustCompile(`^\(([^()]{1,60})\)[\s–—:-]*$`)

var weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

// placeParticles may stand in a place's name in lower case: "Utrecht,
// the Netherlands", "Stratford-upon-Avon", "Rio de Janeiro".
var placeParticles = words("the", "of", "de", "da", "do", "del", "la", "le", "upon", "am", "der", "sur", "en", "y")

// notPlaces start sentences, not datelines: "Starting April 5, 2027,".
var notPlaces = words("starting", "from", "on", "in", "since", "by", "as", "beginning", "effective", "until", "after", "before", "at", "for", "when", "this", "last", "next", "today", "the", "a", "an", "our", "we", "every", "each", "as of", "between")

// parseDateline reads a dateline at the start of line.
func parseDateline(line string) (datelineMatch, bool) {
	var m datelineMatch
	if s := strings.TrimLeft(line, " \t*_"); s != "" && s[0] == '[' {
		return placeholderDateline(line)
	}
	if !mayBeDateline(line) {
		return m, false
	}
	head := line
	if len(head) > 200 {
		head = head[:200]
	}
	// Cheap tests first: most paragraphs fail them. The place is at
	// most 40 bytes, so a separator comes early; every date read has a
	// year of four digits, within the first 120 bytes.
	if !strings.ContainsAny(head[:min(len(head), 50)], ",–—-(/:*_|") || !hasYear(head[:min(len(head), 120)]) {
		return m, false
	}
	// The pattern is tried only around the year: every date it reads
	// ends with the year within 24 bytes of its start, or starts with it.
	y := yearEnd(head[:min(len(head), 120)])
	from, to := max(0, y-26), min(len(head), y+6) // 2027-05-04 goes on after its year
	loc := dateInLine.FindStringIndex(head[from:to])
	if loc == nil {
		return m, false
	}
	loc[0] += from
	loc[1] += from
	// "Monday 6 September 2027": the weekday is the date's.
	for _, day := range weekdays {
		pre := strings.TrimRight(line[:loc[0]], " ,")
		if strings.HasSuffix(pre, day) {
			loc[0] = len(pre) - len(day)
			break
		}
	}
	date := parseDate(line[loc[0]:loc[1]])
	if date == "" {
		return m, false
	}
	m.dateStart, m.dateEnd, m.date = loc[0], loc[1], date

	// Before the date: the place, then perhaps an outlet.
	i := len(line) - len(strings.TrimLeft(line, " \t"))
	if strings.HasPrefix(line[i:], "**") || strings.HasPrefix(line[i:], "__") {
		i += 2
	}
	before := line[i:loc[0]]
	if strings.TrimSpace(before) == "" || bracketedOutlet.MatchString(before) {
		return m.placeless(line, i, loc[1])
	}
	placeEnd := len(before)
	for _, sep := range []string{" (", " –", " —", " -", " \\-", "(", "–", "—", "/", ":", "|"} {
		if k := strings.Index(before, sep); k >= 0 && k < placeEnd {
			placeEnd = k
		}
	}
	place := strings.TrimRight(before[:placeEnd], " ,*_\\")
	if !placeName(place) {
		return m, false
	}
	// Something stands between the place and the date: a comma, a
	// dash, a bracket, bold.
	if !strings.ContainsAny(before[len(place):], ",–—-(/*_:|") {
		return m, false
	}
	m.cityStart, m.cityEnd = i, i+len(place)
	// The outlet: what stands between the place and the date, less
	// separators, brackets and bold marks.
	m.outlet = strings.Trim(before[len(place):], " ,*_()–—-:/|\t\\")
	if len(m.outlet) > 60 || strings.ContainsAny(m.outlet, ".!?\"“") {
		return m, false
	}
	// An outlet in brackets may be anything, "(prfaq project blog)";
	// without, it is a name: "– Internal announcement –".
	bracketed := strings.Contains(before[len(place):], "(")
	if m.outlet != "" && strings.Contains(m.outlet, " ") && !bracketed && !capitalised(m.outlet) {
		return m, false
	}
	// After the date: a closing bracket or bold, a wire service
	// (/PRNewswire/), then the separator.
	j := loc[1]
	rest := line[j:]
	trim := func() {
		for len(rest) > 0 && (rest[0] == ' ' || rest[0] == '\t') {
			rest = rest[1:]
		}
	}
	trim()
	rest = strings.TrimPrefix(rest, ")")
	trim()
	rest = strings.TrimPrefix(strings.TrimPrefix(rest, "**"), "__")
	trim()
	if strings.HasPrefix(rest, "(") {
		// "Oct. 5, 2027 (GLOBE NEWSWIRE) --": the wire after the date.
		if k := strings.IndexByte(rest, ')'); k > 1 && k < 40 {
			wire := strings.TrimSpace(rest[1:k])
			if m.outlet == "" {
				m.outlet = wire
			} else {
				m.outlet += " " + wire
			}
			rest = rest[k+1:]
			trim()
		}
	}
	if strings.HasPrefix(rest, "/") {
		if k := strings.IndexByte(rest[1:], '/'); k >= 0 && k < 40 {
			wire := strings.TrimSpace(rest[1 : k+1])
			if m.outlet == "" {
				m.outlet = wire
			} else {
				m.outlet += " " + wire
			}
			rest = rest[k+2:]
			trim()
		}
	}
	sep := false
	for _, s := range []string{"---", "--", "\\-", "—", "–", "-", ":", ",", "|"} {
		if after, ok := strings.CutPrefix(rest, s); ok {
			rest, sep = after, true
			break
		}
	}
	if !sep && strings.HasPrefix(rest, ". ") {
		// "Glasgow, 1 March 2028. Carrow Lisle today …"
		rest, sep = rest[1:], true
	}
	if !sep && rest != "" {
		return m, false
	}
	trim()
	rest = strings.TrimPrefix(strings.TrimPrefix(rest, "**"), "__")
	trim()
	m.end = len(line) - len(rest)
	return m, true
}

// placeless reads the rest of a dateline that gives no place: the date
// at the start of the line (past bold marks, from), perhaps after an
// outlet in brackets, then a dash, or a colon after an outlet. A date
// with nothing before it and a comma after ("March 3, 2027, was the
// day") opens a sentence, not a dateline.
func (m datelineMatch) placeless(line string, from, dateEnd int) (datelineMatch, bool) {
	m.cityStart, m.cityEnd = from, from
	outlet := ""
	if sub := bracketedOutlet.FindStringSubmatch(line[from:m.dateStart]); sub != nil {
		outlet = strings.TrimSpace(sub[1])
	}
	if strings.ContainsAny(outlet, ".!?\"“") {
		return m, false
	}
	m.outlet = outlet
	rest := strings.TrimLeft(line[dateEnd:], " \t")
	rest = strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(rest, "**"), "__"), " \t")
	seps := []string{"---", "--", "\\-", "—", "–", "-"}
	if outlet != "" {
		seps = append(seps, ":")
	}
	sep := false
	for _, s := range seps {
		if after, ok := strings.CutPrefix(rest, s); ok {
			rest, sep = after, true
			break
		}
	}
	if !sep {
		return m, false
	}
	rest = strings.TrimLeft(rest, " \t")
	rest = strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(rest, "**"), "__"), " \t")
	m.end = len(line) - len(rest)
	return m, true
}

// placeName: a place as datelines name it, "SAN JOSE, Calif.", "Leeds,
// UK", "Utrecht, the Netherlands": up to six words, each capitalised or
// a particle, the first capitalised.
func placeName(s string) bool {
	if s == "" || len(s) > 40 {
		return false
	}
	f := strings.Fields(strings.ReplaceAll(s, ",", " "))
	if len(f) == 0 || len(f) > 6 {
		return false
	}
	if notPlaces[strings.ToLower(f[0])] {
		return false
	}
	for k, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			continue
		}
		if k == 0 || !placeParticles[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// capitalised: every word of an outlet's name but small ones starts
// with a capital ("Business Wire", "Internal announcement" is allowed by
// its first word).
func capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// monthDots are abbreviations Go's layouts do not read.
var monthDots = strings.NewReplacer("Sept.", "Sep", "Sept ", "Sep ", "sept.", "sep", ".", "")

func parseDate(s string) string {
	s = ordinal.ReplaceAllString(strings.TrimSpace(s), "$1")
	if a, rest, ok := strings.Cut(s, "/"); ok {
		// 14/02/2028 is the 14th of February; 03/04/2027, which could
		// be either, is read as newswires in the US write it, March 4.
		b, y, _ := strings.Cut(rest, "/")
		day, month := a, b
		if n, err := strconv.Atoi(a); err == nil && n <= 12 {
			if m2, err := strconv.Atoi(b); err == nil && m2 <= 12 {
				day, month = b, a
			}
		}
		if t, err := parseTime("2/1/2006", day+"/"+month+"/"+y); err == nil {
			return t
		}
		return ""
	}
	s = strings.Join(strings.Fields(s), " ")
	if strings.IndexFunc(s, unicode.IsLetter) >= 0 {
		s = monthDots.Replace(s)
		// "MARCH 3, 2027": Go's layouts want "March".
		if f := strings.Fields(s); len(f) > 0 {
			for k, w := range f {
				if len(w) > 2 && unicode.IsLetter(rune(w[0])) {
					f[k] = w[:1] + strings.ToLower(w[1:])
				}
			}
			s = strings.Join(f, " ")
		}
	}
	for _, layout := range dateLayouts {
		if !layoutFits(layout, s) {
			continue // each failed parse allocates its error
		}
		if t, err := parseTime(layout, s); err == nil {
			return t
		}
	}
	return ""
}

// layoutFits: layout can read s, by how each starts (a digit or a
// letter, a weekday), and whether a month is written whole.
func layoutFits(layout, s string) bool {
	if s == "" {
		return false
	}
	digit := func(c byte) bool { return c >= '0' && c <= '9' }
	if digit(layout[0]) != digit(s[0]) {
		return false
	}
	weekday := strings.HasPrefix(layout, "Monday")
	sWeekday := false
	for _, d := range weekdays {
		sWeekday = sWeekday || strings.HasPrefix(s, d)
	}
	if weekday != sWeekday {
		return false
	}
	if !digit(s[0]) && !weekday {
		// "January 2" or "Jan 2": the month's length decides.
		word, _, _ := strings.Cut(s, " ")
		return strings.HasPrefix(layout, "January") == (len(word) > 3)
	}
	return true
}

// yearEnd is where the first run of four digits in s ends, or 0.
func yearEnd(s string) int {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			run++
			if run == 4 && (i+1 == len(s) || s[i+1] < '0' || s[i+1] > '9') {
				return i + 1
			}
		} else {
			run = 0
		}
	}
	return 0
}

// hasYear: four digits in a row, as every date a dateline gives has.
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			run++
			if run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// placeholderDateline reads a dateline a draft has left to fill in:
// "[CITY], [DATE] —", "[City, State] – [Launch date] –", "**[LOCATION]**
// – [DATE] –". Each placeholder is in square brackets (not a link), the
// last is followed by a dash or a colon. The place is the first
// placeholder; there is no date to read, so the import keeps the
// dateline as written, in the summary.
func placeholderDateline(line string) (datelineMatch, bool) {
	var m datelineMatch
	i := len(line) - len(strings.TrimLeft(line, " \t"))
	if strings.HasPrefix(line[i:], "**") || strings.HasPrefix(line[i:], "__") {
		i += 2
	}
	tokens, capitals, at := 0, true, i
	for at < len(line) && line[at] == '[' && tokens < 3 {
		k := strings.IndexByte(line[at:], ']')
		if k < 2 || k > 40 || strings.IndexByte(line[at+1:at+k], '[') >= 0 {
			return m, false
		}
		inner := line[at+1 : at+k]
		if inner[0] == '^' || strings.IndexFunc(inner, unicode.IsLetter) < 0 {
			return m, false // a footnote, a task's box
		}
		if strings.ToUpper(inner) != inner {
			capitals = false
		}
		end := at + k + 1
		if end < len(line) && line[end] == '(' {
			return m, false // a link
		}
		if tokens == 0 {
			m.cityStart, m.cityEnd = at, end
		}
		// The date's place, for lint to point at: an empty span, so the
		// import has no date to write in the template's style.
		m.dateStart, m.dateEnd = at, at
		tokens++
		at = end
		// Between placeholders: a comma, spaces, a dash, bold marks.
		next := at
		for next < len(line) && strings.IndexByte(" ,*_", line[next]) >= 0 {
			next++
		}
		sep := next
		for _, d := range []string{"—", "–", "--", "-"} {
			if strings.HasPrefix(line[next:], d) {
				sep = next + len(d)
				break
			}
		}
		for sep < len(line) && (line[sep] == ' ' || line[sep] == '*' || line[sep] == '_') {
			sep++
		}
		if sep < len(line) && line[sep] == '[' {
			at = sep
			continue
		}
		// The last placeholder: a dash or a colon, then the text.
		if sep == next {
			if !strings.HasPrefix(line[next:], ":") {
				return m, false
			}
			sep = next + 1
			for sep < len(line) && line[sep] == ' ' {
				sep++
			}
		}
		if tokens < 2 && !capitals || sep >= len(line) {
			return m, false
		}
		m.end = sep
		return m, true
	}
	return m, false
}
