package lint

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/prfaq/prfaq/internal/textstat"
)

// claims returns the figures of one sentence that claim a size, a rate, a
// cost or an effect: the numbers a reviewer asks "says who?" about. s is
// the text and words are the sentence's words in it.
//
// The method asks a number in the problem paragraph to carry its source,
// and a reviewer means the numbers that size the problem: "38% of owners",
// "costs $4,000 a year", "nine in ten drivers", "waited up to three
// weeks". A year, a date, a time of day, a schedule ("every 15 minutes",
// "two weeks ahead"), a name or label with a digit (COP27, Q3, step 2), an
// ordinal, or a small count that only describes ("three places", "two
// buses") sizes nothing, and asking for its source is noise that teaches
// writers to ignore the rule.
//
// A ratio or range is one figure: "1 in 6", "9 of the 31", "7 to 10
// days", "between 6% and 19%" each come back as one span.
func claims(s string, words []textstat.Word) []textstat.Span {
	nums := textstat.Numbers(s, words)
	if len(nums) == 0 {
		return nil
	}
	t := sentenceWords{s: s, w: words}
	figs := t.figures(nums)
	derived := t.derivedFrom()
	var out []textstat.Span
	for k, f := range figs {
		if f.first >= derived.Start && f.first < derived.End {
			continue // restates figures given before it: those carry the claim
		}
		if k > 0 && (t.isProduct(f, figs[:k]) || t.restatesShare(f, figs[k-1]) || t.isBaseline(f)) {
			continue // arithmetic on, or another view of, figures just given
		}
		if k > 0 && t.continuesMeasure(f, figs[k-1]) {
			continue // "2 hours 50 minutes": one measure, claimed at its first number
		}
		if t.isClaim(f) {
			out = append(out, textstat.Span{Start: words[f.first].Start(), End: words[f.last].End()})
		}
	}
	return out
}

// continuesMeasure reports whether figure f carries on the measure of the
// figure before it in a smaller unit: the 50 of "2 hours 50 minutes", the
// 10 of "5 feet 10 inches", the 6 of "3 years 6 months".
func (t sentenceWords) continuesMeasure(f, prev figure) bool {
	if prev.last != f.first-2 || strings.TrimSpace(t.gap(f.first-1)) != "" || strings.TrimSpace(t.gap(f.first)) != "" {
		return false
	}
	switch t.lower(f.first - 1) {
	case "hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins", "year", "years", "month", "months",
		"week", "weeks", "day", "days", "foot", "feet", "ft", "pound", "pounds", "lb", "lbs", "stone", "kg", "metre", "metres", "meter", "meters":
		return true
	}
	return false
}

// figure is one number, or numbers read together as a ratio or range,
// as the indices of its first and last words.
type figure struct {
	first, last int
	members     []int // the first word of each number in it
	ratio       bool
	rng         bool // a range: "7 to 10", "between 6% and 19%"
}

// sentenceWords is one sentence's words with what the classification asks
// of them.
type sentenceWords struct {
	s string
	w []textstat.Word
}

// text is word i, or "" outside the sentence.
func (t sentenceWords) text(i int) string {
	if i < 0 || i >= len(t.w) {
		return ""
	}
	return t.w[i].Text(t.s)
}

// lower is word i in lower case, or "" outside the sentence.
func (t sentenceWords) lower(i int) string {
	return strings.ToLower(t.text(i))
}

// gap is the text between word i-1 and word i: punctuation and space.
func (t sentenceWords) gap(i int) string {
	if i <= 0 || i >= len(t.w) {
		return ""
	}
	return t.s[t.w[i-1].End():t.w[i].Start()]
}

// joined reports whether word i follows word i-1 with only white space
// between: the two belong to one phrase.
func (t sentenceWords) joined(i int) bool {
	return i > 0 && i < len(t.w) && strings.TrimSpace(t.gap(i)) == ""
}

// figures groups the numbers (their spans, in order) into figures: a
// ratio "1 in 6", "9 of the 31", "3 out of 4", "one owner in three"; a
// range "7 to 10", "four to six", "between 6% and 19%", "2025–26"; a
// fraction "two thirds"; else the number alone.
func (t sentenceWords) figures(nums []textstat.Span) []figure {
	// The first and last word of each number.
	type numWords struct{ first, last int }
	nw := make([]numWords, 0, len(nums))
	k := 0
	for i := 0; i < len(t.w) && k < len(nums); i++ {
		if t.w[i].Start() != nums[k].Start {
			continue
		}
		j := i
		for j < len(t.w)-1 && t.w[j].End() < nums[k].End {
			j++
		}
		nw = append(nw, numWords{i, j})
		i = j
		k++
	}
	out := make([]figure, 0, len(nw))
	prevLast := -1 // the last word of the figure before
	for k := 0; k < len(nw); k++ {
		f := figure{first: nw[k].first, last: nw[k].last, members: []int{nw[k].first}}
		// "one owner in three", "one trip in seven": "one" is no number
		// to Numbers, being more often a pronoun.
		if in := f.first - 1; t.lower(in) == "in" && t.joined(f.first) {
			for back := in - 1; back >= in-2 && back > prevLast; back-- {
				if t.lower(back) == "one" {
					f.first, f.ratio = back, true
					break
				}
			}
		}
		for k+1 < len(nw) {
			next := nw[k+1].first
			link := t.linkBetween(f, next)
			if link == linkNone {
				break
			}
			f.last = nw[k+1].last
			f.members = append(f.members, next)
			f.ratio = f.ratio || link == linkRatio
			f.rng = f.rng || link == linkRange
			k++
		}
		// "two thirds of the knitters", "three quarters of riders".
		if next := t.lower(f.last + 1); t.joined(f.last+1) && (isFraction(next) || next == "quarters" && t.lower(f.last+2) == "of") {
			f.last++
			f.ratio = true
		}
		out = append(out, f)
		prevLast = f.last
	}
	return out
}

type link int

const (
	linkNone link = iota
	linkRatio
	linkRange
)

// linkBetween tells how the figure f reads on into the number starting at
// word next, if it does.
func (t sentenceWords) linkBetween(f figure, next int) link {
	last := f.last
	between := next - last - 1
	switch between {
	case 0:
		g := strings.TrimSpace(t.gap(next))
		switch g {
		case "–", "—", "-":
			return linkRange
		case "/":
			if t.lower(next+1) == "of" {
				return linkRatio // 3/4 of users
			}
		}
		return linkNone
	case 1, 2, 3:
	default:
		return linkNone
	}
	for i := last + 1; i <= next; i++ {
		if !t.joined(i) {
			return linkNone
		}
	}
	w1, w2, w3 := t.lower(last+1), t.lower(last+2), t.lower(last+3)
	// A ratio joins counts: "€8 billion in 2025" is a sum and a year.
	ratioOK := t.shapeOf(next) == shapeNone && (w1 != "in" || t.isPlainCount(f.members[len(f.members)-1]))
	switch {
	case !ratioOK && (w1 == "in" || w1 == "of" || w1 == "out"):
		return linkNone
	case between == 1 && w1 == "in":
		return linkRatio
	case between == 2 && w1 == "out" && w2 == "of":
		return linkRatio
	case between == 1 && w1 == "of",
		between == 2 && w1 == "of" && (w2 == "the" || w2 == "every" || w2 == "those" || w2 == "our" || w2 == "their" || w2 == "its"),
		between == 3 && w1 == "out" && w2 == "of" && (w3 == "the" || w3 == "every"):
		return linkRatio
	case between == 1 && (w1 == "to" || w1 == "or"):
		return linkRange
	case between == 1 && w1 == "and" && t.lower(f.first-1) == "between":
		return linkRange
	}
	return linkNone
}

// isPlainCount: the number at word i is digits or a spelled-out count,
// with no currency, per cent sign or unit.
func (t sentenceWords) isPlainCount(i int) bool {
	w := t.text(i)
	if spelledValue(w) > 0 {
		return true
	}
	d, rest := leadingNumber(w)
	return d != "" && rest == "" && !strings.ContainsAny(d, ".:")
}

// derivedFrom finds where a sentence starts restating figures it gave
// before: "At 14 minutes each, that is two hours a day, or about 23% of the
// week." The restated figures ("two hours", "23%") need no source of their
// own; the ones they come from do. The span runs from the marker to the
// end of its clause; empty when there is none.
func (t sentenceWords) derivedFrom() textstat.Span {
	for i := 0; i+1 < len(t.w); i++ {
		w := t.lower(i)
		var after int
		switch w {
		case "that's", "that’s":
			after = i + 1
		case "that", "which":
			switch t.lower(i + 1) {
			case "is", "means", "makes":
				after = i + 2
			case "comes", "works":
				if t.lower(i+2) != "to" && t.lower(i+2) != "out" {
					continue
				}
				after = i + 3
				if t.lower(i+3) == "to" {
					after++
				}
			case "adds":
				if t.lower(i+2) != "up" {
					continue
				}
				after = i + 4
			default:
				continue
			}
		default:
			continue
		}
		if isApproximator(t.lower(after)) {
			after++
		}
		if !startsWithNumber(t.text(after)) {
			continue
		}
		end := len(t.w)
		for j := after + 1; j < len(t.w); j++ {
			g := t.gap(j)
			if strings.ContainsAny(g, ";:") || (strings.Contains(g, ",") && (t.lower(j) == "and" || t.lower(j) == "but" || t.lower(j) == "while")) {
				end = j
				break
			}
		}
		return textstat.Span{Start: i, End: end}
	}
	return textstat.Span{Start: len(t.w), End: len(t.w)}
}

// startsWithNumber reports whether a word is a number Numbers finds or a
// currency figure.
func startsWithNumber(w string) bool {
	if w == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsDigit(r) || unicode.Is(unicode.Sc, r) || spelledValue(w) > 0
}

// isClaim classifies one figure.
func (t sentenceWords) isClaim(f figure) bool {
	if t.isLabel(f.first) {
		return false // step 12 of 14
	}
	if t.definesExample(f) || t.isPublishedRate(f) {
		return false
	}
	if f.ratio {
		return true // "1 in 6", "9 of the 31", "two thirds"
	}
	for i := f.first + 1; i <= f.last; i++ {
		if t.lower(i) == "percent" {
			return true // twenty-three percent; "what percent" alone is no figure
		}
	}
	// What the figure's words are, before what surrounds them.
	shape := shapeNone
	for _, m := range f.members {
		sh := t.shapeOf(m)
		if sh == shapeNotClaim {
			return false
		}
		if sh > shape {
			shape = sh
		}
	}
	if shape == shapeClaim {
		return !t.isPrice(f) && !t.describesThing(f) && !t.thresholdOfShare(f)
	}
	if t.isTimeOfDay(f) || t.isDate(f) || t.isAge(f) {
		return false
	}
	if t.isAfterNamePart(f) {
		return false
	}
	unit, unitAt := t.unitAfter(f.last)
	if shape == shapeCompound {
		// "a two-day course", "twelve-hour shifts": the duration
		// describes a thing; it measures only a wait or a delay.
		return isEffectNoun(t.lower(f.last + 1))
	}
	switch unit {
	case unitMoney, unitPercent, unitTimes:
		return true
	case unitTime:
		return t.timeIsClaim(f, unitAt)
	case unitMeasure:
		return !t.isAdjective(f, unitAt)
	}
	return t.countIsClaim(f)
}

// isPrice reports whether a money figure is the one-off price of a thing
// ("Data loggers cost over £600"): a fact anyone can check, not a size of
// the problem. What something costs someone, or costs a period ("costs
// landlords £4,000 a year", "£41 per customer"), is a claim.
func (t sentenceWords) isPrice(f figure) bool {
	if !strings.ContainsAny(t.text(f.first), "$£€¥") {
		return false
	}
	verb := false
	for i := f.first - 1; i >= max(0, f.first-3) && !verb; i-- {
		switch t.lower(i) {
		case "cost", "costs", "priced", "sell", "sells", "sold", "retail", "retails":
			verb = true
		case "over", "about", "around", "under", "from", "at", "for", "roughly", "nearly", "almost":
		default:
			return false // someone between the verb and the figure: "cost landlords £600"
		}
	}
	if !verb {
		return false
	}
	switch t.lower(f.last + 1) {
	case "annually", "monthly", "yearly", "weekly":
		return strings.ContainsAny(t.gap(f.last+1), ",;")
	case "a", "an", "per", "each", "every":
		// A rate ("£600 a year"), unless a comma ends the figure's
		// clause first: "£600, need a laptop". The price of one unit
		// of the thing ("costs £150 per visit") is still its price.
		return strings.ContainsAny(t.gap(f.last+1), ",;") || !isTimeUnit(t.lower(f.last+2))
	}
	return true
}

// The shape of one number's words, ordered so that the strongest of a
// range's members decides.
const (
	shapeNone     = iota
	shapeCompound // a number joined by hyphen to a unit or noun: "two-day"
	shapeClaim    // says a size by its form: 38%, $41, 3.5x, 10k
	shapeNotClaim = -1
)

// shapeOf reads the number whose first word is i: its form alone makes it
// a claim (38%, $41, 3.5x), makes it no claim (a year, a time, a name with
// a digit, an ordinal), or leaves it to its context.
func (t sentenceWords) shapeOf(i int) int {
	w := t.text(i)
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.Is(unicode.Sc, r) {
		return shapeClaim // money
	}
	if !unicode.IsDigit(r) {
		return t.spelledShape(w)
	}
	if strings.HasSuffix(w, "%") {
		return shapeClaim
	}
	digits, rest := leadingNumber(w)
	switch {
	case strings.ContainsRune(digits, ':'):
		return shapeNotClaim // 10:30
	case strings.Count(digits, ".") > 1:
		return shapeNotClaim // a version: 1.2.3
	}
	if rest == "" {
		if g := t.gap(i); strings.HasSuffix(g, "'") || strings.HasSuffix(g, "’") || strings.HasSuffix(g, "#") || strings.HasSuffix(g, "/") {
			return shapeNotClaim // '26, #1, the 7 of 24/7
		}
		if next := i + 1; t.gap(next) == "/" && t.lower(next+1) != "of" {
			return shapeNotClaim // 24/7, 9/11, 3/14
		}
		if t.isYear(i, digits) {
			return shapeNotClaim
		}
		return shapeNone
	}
	lowerRest := strings.ToLower(rest)
	switch {
	case lowerRest == "x" || rest == "×":
		return shapeClaim // 3.5x
	case rest == "k" || rest == "m" || rest == "bn" || (len(digits) > 1 && (rest == "K" || rest == "M" || rest == "B" || rest == "BN")):
		return shapeClaim // 10k users, 2bn; 4K and 5G are names
	case lowerRest == "st" || lowerRest == "nd" || lowerRest == "rd" || lowerRest == "th":
		return shapeNotClaim // 3rd
	case lowerRest == "am" || lowerRest == "pm":
		return shapeNotClaim // 3pm
	case rest == "s" && strings.HasSuffix(digits, "0"):
		return shapeNotClaim // the 1990s, the 80s
	case rest[0] == '-':
		return t.hyphenShape(digits, rest[1:])
	case gluedUnit(rest) != unitNone:
		return shapeNone // 5km, 30min: the unit decides, as if spaced
	}
	return shapeNotClaim // COP27 is no figure; 4G, B2B, Q3, v2 neither
}

// spelledShape reads a spelled-out number, "three" or "twenty-five" or
// "two-day".
func (t sentenceWords) spelledShape(w string) int {
	if !strings.ContainsRune(w, '-') {
		if spelledValue(w) == 0 {
			return shapeNotClaim // a name holding a digit: COP27, S3, B2B, Q3
		}
		return shapeNone
	}
	parts := strings.Split(strings.ToLower(w), "-")
	allNumbers := true
	for _, p := range parts {
		if spelledValue(p) == 0 {
			allNumbers = false
		}
	}
	switch {
	case allNumbers:
		return shapeNone // twenty-five
	case len(parts) == 2 && spelledValue(parts[0]) > 0 && (isFraction(parts[1]) || parts[1] == "fold"):
		return shapeClaim // two-thirds, three-fold
	case spelledValue(parts[0]) > 0 && len(parts) == 2 && (isTimeUnit(parts[1]) || parts[1] == "point"):
		return shapeCompound // two-day
	}
	return shapeNotClaim // three-step, eight-year-olds, COVID-19, GPT-4
}

// hyphenShape reads a digit number joined by a hyphen to what follows:
// 2027-06-30, 2025-26, 10-15, 3-week, 400-person.
func (t sentenceWords) hyphenShape(digits, rest string) int {
	parts := strings.Split(strings.ToLower(rest), "-")
	if d, _ := leadingNumber(parts[0]); d != "" {
		if len(digits) == 4 && (len(d) == 2 || len(d) == 4) {
			return shapeNotClaim // 2027-06-30, 2025-26
		}
		if strings.HasSuffix(rest, "%") {
			return shapeClaim // 10-15%
		}
		return shapeNone // 10-15
	}
	if len(parts) == 1 {
		switch {
		case parts[0] == "fold":
			return shapeClaim // a 3-fold rise
		case isTimeUnit(parts[0]) || parts[0] == "point":
			return shapeCompound // 3-week, an 11-point drop
		}
	}
	return shapeNotClaim // 400-person, 3-year-olds, 24-7
}

// leadingNumber splits a word into its number (digits, points, commas,
// colons) and what follows.
func leadingNumber(w string) (number, rest string) {
	i := 0
	for i < len(w) {
		c := w[i]
		if c >= '0' && c <= '9' {
			i++
			continue
		}
		if (c == '.' || c == ',' || c == ':') && i+1 < len(w) && w[i+1] >= '0' && w[i+1] <= '9' && i > 0 {
			i++
			continue
		}
		break
	}
	return w[:i], w[i:]
}

// isYear reports whether the plain number at word i is a year: 1900 to
// 2099 written without a comma, unless a word such as "about" or "than"
// before it makes it a quantity ("about 2000 people").
func (t sentenceWords) isYear(i int, digits string) bool {
	if len(digits) != 4 {
		return false
	}
	n, err := strconv.Atoi(digits)
	if err != nil || n < 1900 || n > 2099 {
		return false
	}
	prev := t.lower(i - 1)
	return !isApproximator(prev) && prev != "than" && prev != "least"
}

// isLabel reports whether the number at word i names something rather
// than counting it: step 2, level 3, tier 1, page 4, version 3.
func (t sentenceWords) isLabel(i int) bool {
	if !t.joined(i) {
		return false
	}
	switch t.lower(i - 1) {
	case "step", "steps", "level", "levels", "tier", "page", "pages", "phase", "stage", "version", "v",
		"release", "chapter", "section", "part", "room", "gate", "floor", "platform", "line", "route",
		"bus", "grade", "class", "round", "season", "episode", "item", "question", "option", "number",
		"figure", "fig", "table", "appendix", "slide", "row", "column", "size", "zone", "terminal",
		"building", "unit", "ward", "lane", "channel", "category", "type", "model", "series", "rule",
		"article", "clause", "paragraph", "box", "slot", "seat", "sprint", "wave", "cohort", "batch",
		"lot", "band", "priority", "severity", "top", "module", "lesson", "junction", "highway",
		"interstate", "district", "milestone", "iteration", "invoice", "nr", "id", "error", "code":
		return true
	}
	return false
}

// isAfterNamePart reports whether a number continues a proper name: Windows
// 11, PostgreSQL 11, Route 66. The word before is capitalised and is not
// the sentence's first word, whose capital says nothing.
func (t sentenceWords) isAfterNamePart(f figure) bool {
	i := f.first
	if i < 2 || !t.joined(i) || f.rng {
		return false
	}
	w := t.text(i)
	if strings.ContainsAny(w, ",%") || !unicode.IsDigit([]rune(w)[0]) {
		return false
	}
	prev := t.text(i - 1)
	r, _ := utf8.DecodeRuneInString(prev)
	return unicode.IsUpper(r) && !isMonth(prev)
}

// isTimeOfDay: 3 a.m., 10 pm, 5 o'clock, 9:30 to 4:00.
func (t sentenceWords) isTimeOfDay(f figure) bool {
	switch t.lower(f.last + 1) {
	case "a.m", "p.m", "am", "pm", "o'clock", "o’clock", "noon", "midnight":
		return true
	}
	return false
}

// isDate: a day beside its month, "3 March", "March 3", "the 3rd of May".
func (t sentenceWords) isDate(f figure) bool {
	if f.first != f.last || t.value(f.first, f.last) > 31 {
		return false // "in March 400 people": a count
	}
	if isMonth(t.text(f.first-1)) || isMonth(t.text(f.last+1)) {
		return true
	}
	return t.lower(f.last+1) == "of" && isMonth(t.text(f.last+2))
}

// isAge: 8 years old, aged 8.
func (t sentenceWords) isAge(f figure) bool {
	switch t.lower(f.first - 1) {
	case "aged", "age", "ages":
		return true
	}
	u, at := t.unitAfter(f.last)
	return u == unitTime && t.lower(at+1) == "old"
}

// The units a figure can be in.
const (
	unitNone = iota
	unitMoney
	unitPercent
	unitTimes // 3 times, a multiplier or a frequency
	unitTime
	unitMeasure // km, kg, GB
)

// unitAfter finds the unit of the figure ending at word last: the next
// word, or one or two words on past a modifier ("three business days",
// "3.5 engineer hours"), or the unit glued to the number (30min). It
// returns the unit's word index.
func (t sentenceWords) unitAfter(last int) (int, int) {
	if _, rest := leadingNumber(t.text(last)); rest != "" {
		if u := gluedUnit(rest); u != unitNone {
			return u, last
		}
	}
	for i := last + 1; i <= last+3 && i < len(t.w); i++ {
		if !t.joined(i) {
			return unitNone, 0
		}
		w := t.lower(i)
		switch {
		case w == "percent" || (w == "per" && t.lower(i+1) == "cent"):
			return unitPercent, i
		case w == "times":
			return unitTimes, i
		case isMoneyWord(w):
			return unitMoney, i
		case isTimeUnit(w):
			return unitTime, i
		case isMeasureUnit(w):
			return unitMeasure, i
		case isUnitModifier(w):
			continue
		}
		return unitNone, 0
	}
	return unitNone, 0
}

// timeIsClaim: a duration is a claim when it measures effort, waiting or
// loss ("spend 11.5 hours a week", "waited up to three weeks", "more than
// 2 weeks", "7 to 10 days", "22 minutes late"), and not when it is a
// schedule or a description ("every 15 minutes", "two weeks ahead", "a
// 3 week competition", "five years ago").
func (t sentenceWords) timeIsClaim(f figure, unitAt int) bool {
	switch t.lower(f.first - 1) {
	case "every", "each":
		return false // every 15 minutes, once every 3 months
	case "at":
		return false // paid at 60 or 90 days: a point in time, a term
	}
	after := t.lower(unitAt + 1)
	if after == "of" && !isEffortWord(t.lower(unitAt+2)) && t.requiredBefore(f.first) {
		return false // needs two years of accounts: a requirement
	}
	if t.thresholdOfShare(f) {
		return false // 31% waited more than three days: the share is the claim
	}
	switch after {
	case "ago", "old", "since":
		return false // five years ago: a point in time
	case "late", "behind", "overdue", "longer", "more", "extra", "slower", "faster", "sooner", "less":
		return true // 22 minutes late: an effect
	}
	if t.effortBefore(f.first) {
		return true // waited 3 weeks before a reply: the wait is the claim
	}
	switch after {
	case "ahead", "before", "after", "later", "earlier", "early", "beforehand", "notice", "out", "into",
		"back", "away", "prior", "until", "till":
		return false // two weeks ahead: a schedule
	case "in":
		if t.lower(unitAt+2) == "advance" {
			return false
		}
	case "from":
		if t.lower(unitAt+2) == "now" {
			return false
		}
	}
	if t.isAdjective(f, unitAt) {
		return false
	}
	// "over 3 years" and "in under 30 seconds" give a period or a
	// promise more often than a measurement.
	approx := t.approximatorBefore(f.first) && t.lower(f.first-1) != "over" && t.lower(f.first-1) != "under"
	if f.rng || approx {
		return true
	}
	if t.rateAfter(unitAt) {
		// "open 24 hours a day, 7 days a week" says always, not how long.
		return !wholePeriod(t.value(f.first, f.last), t.lower(unitAt), t.lower(unitAt+2))
	}
	// "wait 38 minutes on average", "3 hours of waiting".
	if after == "on" && t.lower(unitAt+2) == "average" {
		return true
	}
	return after == "of" && isEffortWord(t.lower(unitAt+2))
}

// effortBefore reports whether a word of effort, waiting, loss or average
// comes shortly before word i, in its clause: "spend", "waited", "took
// them", "an average of", "the median review took".
func (t sentenceWords) effortBefore(i int) bool {
	for back := i - 1; back >= i-4 && back >= 0; back-- {
		if strings.ContainsAny(t.gap(back+1), ";:") {
			return false
		}
		if isEffortWord(t.lower(back)) {
			return true
		}
	}
	return false
}

// approximatorBefore: "more than", "up to", "nearly", "about", "at least",
// "as many as" just before word i.
func (t sentenceWords) approximatorBefore(i int) bool {
	w1, w2 := t.lower(i-1), t.lower(i-2)
	if !t.joined(i) {
		return false
	}
	switch {
	case isApproximator(w1):
		return true
	case w1 == "than" && (w2 == "more" || w2 == "less" || w2 == "fewer"):
		return true
	case w1 == "to" && w2 == "up", w1 == "least" && w2 == "at":
		return true
	case w1 == "as" && (w2 == "many" || w2 == "much" || w2 == "long" || w2 == "few" || w2 == "high"):
		return true
	}
	return false
}

// rateAfter: "11.5 hours a week", "37 incidents a month", "2,800 nurses
// each year", "3 calls per order", "annually": a figure per period is a
// frequency. It looks a few words past word at, in the same clause.
func (t sentenceWords) rateAfter(at int) bool {
	for i := at + 1; i <= at+4 && i < len(t.w); i++ {
		if strings.ContainsAny(t.gap(i), ";:,()") {
			return false
		}
		switch w := t.lower(i); w {
		case "per":
			return true
		case "a", "an", "each", "every":
			if isPeriod(t.lower(i + 1)) {
				return true
			}
		case "daily", "weekly", "monthly", "yearly", "annually", "nightly", "hourly":
			return true
		}
	}
	return false
}

// isAdjective: "a 3 week competition", "a 3 kg battery": the measure
// describes a thing and claims nothing, unless the thing is a wait or a
// delay ("a 40 minute wait").
func (t sentenceWords) isAdjective(f figure, unitAt int) bool {
	switch t.lower(f.first - 1) {
	case "a", "an":
	default:
		return false
	}
	next := t.lower(unitAt + 1)
	if next == "" || !t.joined(unitAt+1) || isEffectNoun(next) {
		return false
	}
	switch next {
	case "of", "a", "an", "per", "each", "every", "to", "and", "or", "in", "on", "for", "late", "longer":
		return false
	}
	return true
}

// countIsClaim decides a figure with no unit: "9,400 calls", "14,600
// tables" and "about 140 people" size something; "two buses", "five
// teams", "books of ten" and "writing 30 answers" do not.
func (t sentenceWords) countIsClaim(f figure) bool {
	if t.thresholdOfShare(f) {
		return false // 2% paid more than ten: the share is the claim
	}
	switch prev := t.lower(f.first - 1); {
	case prev == "the" || prev == "these" || prev == "those":
		// "the 14 project types above", "The 2,400 dashboards in
		// Quarry": the count is given as known, what the sentence says
		// of them is the point.
		return false
	case prev == "its" || prev == "our" || prev == "their" || strings.HasSuffix(prev, "'s") || strings.HasSuffix(prev, "’s"):
		// "its 60 levels", "the county's 14 inspectors": what someone
		// has, a fact of the service.
		return false
	}
	if f.rng && len(f.members) == 2 && t.lower(f.members[1]-1) == "or" && !t.approximatorBefore(f.first) && !t.rateAfter(f.last) {
		return false // "they chase 20 or 30 interviews at once": typical values, not a measurement
	}
	if t.isRule(f) {
		return false
	}
	if !isLossWord(t.lower(f.first-1)) && !t.rateAfter(f.last) && t.inventoryClause(f.first) {
		return false
	}
	if t.approximatorBefore(f.first) {
		// "over 400,000 residents"; but "children under 5" and "carers
		// over 50" give a threshold, with no thing counted after it.
		switch t.lower(f.first - 1) {
		case "under":
			return false
		case "over":
			return f.last+1 < len(t.w) && t.joined(f.last+1)
		}
		return true
	}
	if t.rateAfter(f.last) {
		return true
	}
	prev := t.lower(f.first - 1)
	if isLossWord(prev) || isLossWord(t.lower(f.first-2)) {
		return true // lost 5 clients, missed 3 appointments: an effect
	}
	last := f.members[len(f.members)-1]
	v := t.value(last, f.last)
	if v < 10 || (v < 20 && spelledValue(t.text(last)) > 0) {
		return false // a small count describes: "books of ten", "two buses"
	}
	// "a team of 12", "classes of 30": what a thing is made of.
	if prev == "of" && isCollective(t.lower(f.first-2)) {
		return false
	}
	// "the 40 busiest routes", "the 10 largest": a selection, not a size.
	if next := t.lower(f.last + 1); strings.HasSuffix(next, "est") && len(next) > 4 && (prev == "the" || prev == "our") {
		return false
	}
	// "writing 30 good answers takes days": a task, not a measurement.
	if v < 100 && strings.HasSuffix(prev, "ing") && len(prev) > 5 && !isCountingVerb(prev) {
		return false
	}
	return true
}

// value is the size of the number whose words run from first to last; a
// scale word (hundred, thousand) makes it at least a hundred. It is 0 for
// what it cannot read.
func (t sentenceWords) value(first, last int) float64 {
	for i := first + 1; i <= last; i++ {
		switch t.lower(i) {
		case "hundred", "thousand", "million", "billion", "trillion":
			return 100
		case "dozen":
			return 12
		}
	}
	w := t.text(first)
	if r, _ := utf8.DecodeRuneInString(w); unicode.IsDigit(r) {
		digits, _ := leadingNumber(w)
		v, err := strconv.ParseFloat(strings.ReplaceAll(digits, ",", ""), 64)
		if err != nil {
			return 0
		}
		if strings.Contains(digits, ".") && v < 10 {
			return 10 // a decimal is a measurement: 3.4 providers on average
		}
		return v
	}
	if strings.ContainsRune(w, '-') {
		w, _, _ = strings.Cut(w, "-")
		if v := spelledValue(w); v >= 20 {
			return v
		}
		return 20 // twenty-five and the like
	}
	return spelledValue(w)
}

// definesExample reports whether a figure defines the example a sentence
// is about rather than measuring anything: "A company with 500
// employees", "a class teacher with 28 pupils", "a flaky test that fails
// one run in ten". The figure follows "with", or the verb of a "that" or
// "who" clause, inside a noun phrase that opens its clause with "a".
// What the sentence then says of the example ("uses about 130
// products") is still a claim.
func (t sentenceWords) definesExample(f figure) bool {
	i := f.first
	if t.approximatorBefore(i) {
		i--
		if w := t.lower(i - 1); w == "than" || w == "to" || w == "least" || w == "as" {
			i--
		}
	}
	if t.lower(i-1) == "between" {
		i--
	}
	var marker int
	switch {
	case t.lower(i-1) == "with":
		marker = i - 1
	case t.lower(i-2) == "that" || t.lower(i-2) == "who":
		marker = i - 2
	default:
		return false
	}
	// Back to the start of the clause, which opens the example: "a",
	// "an", "the typical", "every", or a plural alone before "with"
	// ("Shops with 50 to 200 staff").
	for k := marker - 1; k >= 0 && k >= marker-7; k-- {
		if k > 0 && strings.ContainsAny(t.gap(k), ",;:(") || k == 0 {
			w := t.lower(k)
			if w == "but" || w == "and" || w == "while" || w == "whereas" {
				k++
				w = t.lower(k)
			}
			switch w {
			case "a", "an", "any", "every", "each":
				return true
			case "the":
				return t.lower(k+1) == "typical" || t.lower(k+1) == "average"
			}
			return k+1 == marker && t.lower(marker) == "with" && strings.HasSuffix(w, "s") && !startsWithNumber(w)
		}
		if startsWithNumber(t.text(k)) {
			return false // another figure first: "32% of firms with 50 staff"
		}
	}
	return false
}

// isPublishedRate reports whether a money or percentage figure is a rate
// someone publishes, which anyone can check: "the federal rate of 70
// cents a mile", "a solicitor's hourly rate of £180 to £250", "A
// business credit card costs 22% to 29% a year".
func (t sentenceWords) isPublishedRate(f figure) bool {
	switch t.lower(f.last + 1) {
	case "more", "less", "higher", "lower", "above", "below", "up", "down", "increase", "rise", "drop", "fall":
		return false // "a rate of 12% more than last year": a change
	}
	if t.lower(f.first-1) == "of" {
		switch t.lower(f.first - 2) {
		case "rate", "rates", "tariff", "tariffs":
			return true
		}
	}
	if !strings.HasSuffix(t.text(f.last), "%") {
		return false
	}
	switch t.lower(f.first - 1) {
	case "cost", "costs", "charge", "charges", "charging":
		// A product's yearly cost as a percentage is its interest rate:
		// a price, unless it is a share of something ("cost 8% of the
		// crop").
		next := t.lower(f.last + 1)
		return next == "apr" || next == "interest" || (next == "a" || next == "per") && t.lower(f.last+2) == "year"
	}
	return false
}

// describesThing: "a $900 software bill", like "a 3 kg battery", says
// what a thing is; "a $4,000 loss" is an effect.
func (t sentenceWords) describesThing(f figure) bool {
	if w := t.lower(f.first - 1); w != "a" && w != "an" {
		return false
	}
	if !strings.ContainsAny(t.text(f.first), "$£€¥") || f.rng {
		return false
	}
	next := t.lower(f.last + 1)
	if next == "" || !t.joined(f.last+1) || isEffectNoun(next) || isMoneyWord(next) {
		return false
	}
	switch next {
	case "a", "an", "per", "each", "every", "of", "in", "on", "for", "to", "and", "or", "more", "less",
		"million", "billion", "thousand", "k", "m", "bn", "annually", "monthly", "yearly", "weekly":
		return false
	}
	return !t.rateAfter(f.last)
}

// requiredBefore: a word of need just before a duration, "needs two years
// of accounts".
func (t sentenceWords) requiredBefore(i int) bool {
	for back := i - 1; back >= i-2 && back >= 0; back-- {
		switch t.lower(back) {
		case "need", "needs", "needed", "require", "requires", "required":
			return true
		}
	}
	return false
}

// thresholdOfShare reports whether a figure after "more than", "fewer
// than", "at least" or "over" sets the threshold of a share given before
// it in its clause: "2% paid more than ten", "31% waited more than three
// days". The share is the claim; the threshold says what it counts.
func (t sentenceWords) thresholdOfShare(f figure) bool {
	i := f.first
	switch w1, w2 := t.lower(i-1), t.lower(i-2); {
	case w1 == "than" && (w2 == "more" || w2 == "fewer" || w2 == "less"):
		i -= 2
	case w1 == "least" && w2 == "at":
		i -= 2
	case w1 == "over":
		i--
	default:
		return false
	}
	for k := i - 1; k >= 0; k-- {
		w := t.text(k)
		if strings.HasSuffix(w, "%") || strings.EqualFold(w, "percent") || t.lower(k) == "in" && startsWithNumber(t.text(k+1)) && startsWithNumber(t.text(k-1)) {
			return true
		}
		if strings.ContainsAny(t.gap(k), ";:") {
			return false
		}
	}
	return false
}

// isBaseline reports whether a figure is the baseline of a comparison
// whose other side was just given: "2.9% in affected areas against 1.6%
// elsewhere". One claim, reported at its first figure.
func (t sentenceWords) isBaseline(f figure) bool {
	switch t.lower(f.first - 1) {
	case "against", "versus", "vs":
		return true
	case "with", "to":
		return t.lower(f.first-2) == "compared"
	}
	return false
}

// restatesShare reports whether a share set off by a comma or a
// parenthesis right after a count restates that count: "41,000 holds,
// one in six of all the holds placed", "2,610 of them (67%)".
func (t sentenceWords) restatesShare(f, prev figure) bool {
	if !f.ratio && !strings.HasSuffix(t.text(f.last), "%") && t.lower(f.last) != "percent" {
		return false
	}
	if !strings.ContainsAny(t.gap(f.first), ",(") || f.first-prev.last > 3 || prev.ratio || prev.rng {
		return false
	}
	if !t.isPlainCount(prev.first) {
		return false
	}
	d, _ := leadingNumber(t.text(prev.first))
	return !t.isYear(prev.first, d)
}

// isProduct reports whether a figure is the product of two numbers given
// before it in the sentence, within rounding: "A$23 a tonne ... 1,800
// tonnes is about A$41,000", "five classes of 28 students ... marks 140
// essays". What it adds up to needs no source of its own.
func (t sentenceWords) isProduct(f figure, before []figure) bool {
	if f.first != f.members[0] || len(f.members) != 1 {
		return false
	}
	v := t.exact(f.first)
	if v < 20 {
		return false
	}
	var vals []float64
	for _, b := range before {
		if len(b.members) != 1 || b.ratio {
			continue
		}
		if d, rest := leadingNumber(t.text(b.first)); rest == "" && t.isYear(b.first, d) {
			continue
		}
		if x := t.exact(b.first); x >= 2 {
			vals = append(vals, x)
		}
	}
	for a := 0; a < len(vals); a++ {
		for b := a + 1; b < len(vals); b++ {
			if p := vals[a] * vals[b]; p > 0 && v >= p*0.97 && v <= p*1.03 {
				return true
			}
		}
	}
	return false
}

// exact is the value of the number at word i when it is written exactly:
// digits (after a currency sign) or a spelled number from two to twenty;
// 0 otherwise.
func (t sentenceWords) exact(i int) float64 {
	w := strings.TrimLeftFunc(t.text(i), func(r rune) bool { return unicode.Is(unicode.Sc, r) })
	if d, rest := leadingNumber(w); d != "" {
		if rest != "" && rest != "%" {
			return 0
		}
		v, err := strconv.ParseFloat(strings.ReplaceAll(d, ",", ""), 64)
		if err != nil {
			return 0
		}
		switch t.lower(i + 1) {
		case "thousand", "million", "billion":
			return 0
		}
		return v
	}
	return exactSpelled(w)
}

// isRule reports whether a count is a rule of a service or a thing, not a
// measurement: what something needs or requires ("needs about 100
// players every Saturday"), a limit ("Borrowing limits go up from 5 to
// 10 items"), or what a product has at launch ("around 9,000 titles at
// launch"). In the past tense ("needed 3 visits") it is what happened.
func (t sentenceWords) isRule(f figure) bool {
	i := f.first
	if t.approximatorBefore(i) {
		i--
		if w := t.lower(i - 1); w == "than" || w == "to" || w == "least" || w == "as" {
			i--
		}
	}
	switch t.lower(i - 1) {
	case "need", "needs", "require", "requires":
		return true
	case "from", "to":
		i--
	}
	for k := i - 1; k >= max(0, i-4); k-- {
		if strings.ContainsAny(t.gap(k+1), ",;:") {
			break
		}
		switch t.lower(k) {
		case "limit", "limits", "cap", "caps", "allowance", "allowances", "quota", "quotas", "maximum", "minimum":
			return true
		}
	}
	return t.lower(f.last+2) == "at" && t.lower(f.last+3) == "launch" || t.lower(f.last+3) == "at" && t.lower(f.last+4) == "launch"
}

// inventoryClause reports whether word i is in a clause whose subject is
// a count given as known, "The 2,400 dashboards in Quarry sit on about
// 900 dbt models and 3,100 tables, built by 40 teams": the clause
// describes what the counted things are made of. A rate or a loss in it
// is still a claim.
func (t sentenceWords) inventoryClause(i int) bool {
	start := 0
	for k := i; k > 0; k-- {
		if strings.ContainsAny(t.gap(k), ";:") {
			start = k
			break
		}
	}
	return start+1 < i && t.lower(start) == "the" && startsWithNumber(t.text(start+1)) && t.isPlainCount(start+1)
}
