package lint

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/prfaq/prfaq/internal/textstat"
)

// sourced reports whether a sentence names a source or an assumption: a
// parenthesis holding words, a footnote ([^1]), the words source,
// assumption or estimate, or a source named in words ("In our 2026 survey
// of 1,200 diners", "according to the city's 2025 report", "we
// interviewed 40 owners").
func sourced(sentence string) bool {
	lower := strings.ToLower(sentence)
	for _, w := range []string{"assumption", "assume", "estimate", "source:", "sources:", "[^", "according to"} {
		if strings.Contains(lower, w) {
			return true
		}
	}
	for i := strings.IndexByte(sentence, '('); i >= 0; {
		j := strings.IndexByte(sentence[i:], ')')
		if j < 0 {
			break
		}
		if strings.IndexFunc(sentence[i:i+j], unicode.IsLetter) >= 0 {
			return true
		}
		next := strings.IndexByte(sentence[i+j:], '(')
		if next < 0 {
			break
		}
		i += j + next
	}
	return hasSampleSize(lower) || namesSource(lower)
}

// hasSampleSize: "n = 1,200" or "n=40" outside parentheses.
func hasSampleSize(lower string) bool {
	for i := strings.IndexByte(lower, 'n'); i >= 0; {
		if i == 0 || !isWordByte(lower[i-1]) {
			rest := strings.TrimLeft(lower[i+1:], " ")
			if strings.HasPrefix(rest, "=") {
				return true
			}
		}
		next := strings.IndexByte(lower[i+1:], 'n')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80
}

// namesSource reports whether a lower-case sentence says in words where
// its figures come from: a survey, study, interview, poll, census or
// report of ours or someone's, data from someone, or what we measured.
func namesSource(lower string) bool {
	words := strings.FieldsFunc(lower, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' && r != '-'
	})
	at := func(i int) string {
		if i < 0 || i >= len(words) {
			return ""
		}
		return words[i]
	}
	for i, w := range words {
		prev, next := at(i-1), at(i+1)
		switch w {
		case "survey", "surveys", "study", "studies", "poll", "polls", "census", "research", "telemetry",
			"benchmark", "interview", "interviews", "audit", "audits", "analysis", "report", "reports",
			"review", "reviews":
			// A source someone ran, "In our 2026 survey", "the 2020
			// census", "a study by", "in the survey", "telemetry shows",
			// "in a review of 600 discharges", "in a two-week count";
			// not the customer's own ("each survey takes 6 hours to
			// build", "customers report spending", "a review that
			// takes weeks").
			if sourceNoun(at(i-3), at(i-2), prev, next) || inSource(words, i) {
				return true
			}
		case "count", "counts", "tally", "pilot", "pilots", "trial", "trials":
			// Words with an everyday sense too ("a head count of 400", "a
			// free trial of 14 days", "our pilots with 5 years' flying"):
			// a source only when the figures are found in it ("in a
			// two-week count last October", "In the pilot", "at the
			// pilot practices"), it is dated ("the March count") or it
			// finds something ("the trial showed").
			n, rest := leadingNumber(prev)
			switch {
			case inSource(words, i), isMonth(prev), len(n) == 4 && rest == "":
				return true
			case next == "found" || next == "shows" || next == "showed" || next == "reported":
				return true
			}
		case "surveyed", "studied", "polled", "interviewed", "audited", "analysed", "analyzed":
			switch prev {
			case "is", "are", "be", "was", "were", "get", "gets", "got", "been":
				// "analysts are interviewed 3 times": the customer's task
			default:
				return true
			}
		case "researchers", "questionnaire", "respondents":
			return true
		case "tickets", "complaints", "emails", "requests", "submissions":
			// Where the figures were counted: "in 61 support tickets
			// since 2025", "across 400 complaints".
			if inSource(words, i) {
				return true
			}
		case "reported", "published", "conducted", "issued":
			if next == "by" {
				return true
			}
			// "we published 312 corrections", "the Permit Center issued
			// 3,870 permits": a count of what the writer's side
			// published or issued is a public record, each item of it
			// on the record.
			if w != "reported" && w != "conducted" && startsWithNumber(strings.TrimLeft(next, "~")) && prev != "were" && prev != "was" && prev != "been" {
				return true
			}
		case "data", "figures", "statistics", "numbers", "records", "logs":
			switch next {
			case "from", "show", "shows", "showed":
				return true
			}
			// "our records", "our meter data for 2026 shows", "our 2025
			// sales records"; not "their data", which the customer keeps.
			for _, b := range []string{prev, at(i - 2), at(i - 3)} {
				if n, rest := leadingNumber(b); b == "our" || len(n) == 4 && rest == "" {
					return true
				}
			}
		case "we":
			switch next {
			case "measured", "counted", "tracked", "observed", "sampled", "asked", "timed", "found",
				"logged", "recorded", "reviewed", "spoke", "talked", "ran", "visited":
				return true
			}
			// "the agents we spoke to receive 3,000 submissions": the
			// population a figure is drawn from; with no figure ("the
			// people we serve") it sources nothing.
			if ownPopulation(words, i) && strings.IndexFunc(lower, unicode.IsDigit) >= 0 {
				return true
			}
		case "told", "showed":
			if next == "us" {
				return true
			}
		}
	}
	return false
}

// sourceNoun reports whether a noun such as survey or report, with the
// three words before it and the one after, is a source: ours or dated
// ("our survey", "the 2026 engagement survey", "the October audit"),
// someone's ("the city's report"), referred to ("in the survey"), or
// followed by what it did or holds ("a study by", "an analysis of",
// "telemetry shows", "census data").
func sourceNoun(back3, back2, prev, next string) bool {
	switch next {
	case "of", "by", "with", "from", "found", "finds", "shows", "show", "showed", "says", "said",
		"suggests", "suggested", "reported", "reports", "published", "data", "figures":
		return true
	}
	if strings.HasSuffix(prev, "'s") || strings.HasSuffix(prev, "’s") {
		return true
	}
	switch prev {
	case "in", "from", "per":
		return true
	case "the":
		if back2 == "in" || back2 == "from" || back2 == "by" || back2 == "per" {
			return true
		}
	}
	return ownSource(prev) || ownSource(back2) || ownSource(back3)
}

// inSource reports whether the source noun at words[i] is where the
// figures are found: a preposition before it, over its determiner and
// modifiers ("in every player survey since launch", "In the Q2 data
// survey", "at the pilot practices"), as in "in the survey".
func inSource(words []string, i int) bool {
	for back := i - 1; back >= max(0, i-4); back-- {
		switch words[back] {
		case "in", "from", "per", "at", "across":
			// "in survey" alone is no phrase; "..., and in exit
			// interviews, ..." opens a later clause, which it sources,
			// not the sentence.
			return back < i-1 && (back == 0 || words[back-1] != "and" && words[back-1] != "but")
		case "and", "or", "but", "that", "which", "who", "we", "they", "is", "are", "was", "were", "has",
			"have", "had", "takes", "take", "took", "each":
			// a clause or a task between: "spend 6 hours building
			// each survey"
			return false
		}
	}
	return false
}

// ownPopulation reports whether "we" at words[i] opens a clause saying the
// things counted are the writer's own: "the agents we spoke to", "the
// most common claim we handle". A determiner a few words before, over
// the noun, marks the clause; a time ("every week we lose") does not.
func ownPopulation(words []string, i int) bool {
	if i < 2 {
		return false
	}
	noun := words[i-1]
	if isTimeUnit(noun) || isPeriod(noun) || isMonth(noun) || strings.IndexFunc(noun, unicode.IsDigit) >= 0 {
		return false
	}
	for back := i - 2; back >= max(0, i-5); back-- {
		switch words[back] {
		case "the", "those", "these", "every", "all", "most", "many":
			return true
		case "in", "and", "but", "so", "when", "if", "because", "as", "that", "which", "where", "what",
			"how", "today", "now", "then", "while", "since", "until", "after", "before":
			return false
		}
	}
	return false
}

// ownSource: a word before a noun that makes it a source someone ran: our
// study, their survey, a 2026 audit, the October audit.
func ownSource(w string) bool {
	switch w {
	case "our", "their", "its", "this", "these", "recent", "latest", "same", "annual", "quarterly", "monthly", "yearly":
		return true
	}
	if isMonth(w) {
		return true
	}
	n, rest := leadingNumber(w)
	return len(n) == 4 && rest == ""
}

// refersBack reports whether a sentence points at the sample of an earlier
// sourced sentence, whose figures it continues: "At the same 31 apps, ...",
// "At the 20 stores, it took an average of 26 hours", "At a median of 14
// minutes each, ...". samples holds the numbers the earlier sourced
// sentences gave.
func refersBack(s string, words []textstat.Word, samples map[string]bool) bool {
	if len(samples) == 0 {
		return false
	}
	t := sentenceWords{s: s, w: words}
	// "At a median of 14 minutes each, ...", "Of those, 38% ...": the
	// measurement the sourced sentence began, carried on.
	opening := ""
	for i := 0; i < min(4, len(words)); i++ {
		opening += t.lower(i) + " "
	}
	for _, carried := range []string{"at a median of ", "at an average of ", "on average ", "of those ", "of them ", "among them ", "among those "} {
		if strings.HasPrefix(opening, carried) {
			return true
		}
	}
	// "Fourteen credits are about one extra term: roughly $4,900", after
	// a sourced sentence gave the 14 credits: it opens on that figure and
	// converts it.
	if v := t.exact(0); v >= 10 {
		for n := range samples {
			if d, rest := leadingNumber(n); rest == "" {
				if x, err := strconv.ParseFloat(strings.ReplaceAll(d, ",", ""), 64); err == nil && x == v {
					return true
				}
			}
		}
	}
	for i := 1; i < len(words); i++ {
		w := t.text(i)
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsDigit(r) {
			continue
		}
		switch t.lower(i - 1) {
		case "same":
			return true
		case "the", "those", "these":
			if samples[w] {
				return true
			}
		}
	}
	return false
}

// sourcedClause finds the first later clause of a sentence that names
// its source ("…, and in a council survey last spring 62% said …", "…;
// our 2026 audit found …") and returns where it starts, or 0 when none
// does. Clauses start after ", and", ", but", ", while", ";" or ":".
func sourcedClause(sentence string) int {
	var starts []int
	for _, sep := range []string{", and ", ", but ", ", while ", "; ", ": "} {
		for at := 0; ; {
			i := strings.Index(sentence[at:], sep)
			if i < 0 {
				break
			}
			at += i + len(sep)
			starts = append(starts, at)
		}
	}
	slices.Sort(starts)
	for _, at := range starts {
		if sourced(sentence[at:]) {
			return at
		}
	}
	return 0
}

// declaresSources reports whether a note on the page says where the
// document's figures come from: "Figures are from the 2027 theatre
// utilisation audit unless a source is given", "Figures in the problem
// section come from the February client survey and the pharmacy system
// export". Such a note sources every figure of the problem paragraph. It
// needs the figures named as its subject and a source named after "from".
func declaresSources(lines []string) bool {
	for _, line := range lines {
		// A plain Contains first: most lines hold none of the three.
		if !strings.Contains(line, "igures") && !strings.Contains(line, "umbers") && !strings.Contains(line, "tatistics") &&
			!strings.Contains(line, "IGURES") && !strings.Contains(line, "UMBERS") && !strings.Contains(line, "TATISTICS") {
			continue
		}
		if !containsFold(line, "figures") && !containsFold(line, "numbers") && !containsFold(line, "statistics") {
			continue
		}
		lower := strings.ToLower(line)
		for _, s := range strings.Split(lower, ". ") {
			if i := sourceClause(s); i >= 0 && (namesSource(s[i:]) || sourced(s[i:])) {
				return true
			}
		}
	}
	return false
}

// sourceClause finds "figures ... are from" or "numbers ... come from" in
// a lower-case sentence, with at most a few words between ("figures in
// the problem section come from"), and returns where what follows "from"
// starts, or -1.
func sourceClause(s string) int {
	words := strings.Fields(s)
	off := 0
	for i, w := range words {
		off = strings.Index(s[off:], w) + off
		switch strings.Trim(w, "*_:,") {
		case "figures", "numbers", "statistics":
		default:
			off += len(w)
			continue
		}
		at := off
		for j := i + 1; j < len(words) && j <= i+6; j++ {
			at = strings.Index(s[at:], words[j]) + at
			switch words[j] {
			case "are", "come", "comes", "came", "were", "is", "taken", "drawn":
				if j+1 < len(words) && words[j+1] == "from" {
					return at + len(words[j])
				}
			}
			at += len(words[j])
		}
		off += len(w)
	}
	return -1
}

// containsFold is strings.Contains ignoring ASCII case, without a copy.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}
