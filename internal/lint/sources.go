package lint

import (
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
			"benchmark", "interview", "interviews", "audit", "audits", "analysis", "report", "reports":
			// A source someone ran, "In our 2026 survey", "the 2020
			// census", "a study by", "in the survey", "telemetry shows";
			// not the customer's own ("each survey takes 6 hours to
			// build", "customers report spending").
			if sourceNoun(at(i-3), at(i-2), prev, next) {
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
		case "reported", "published", "conducted":
			if next == "by" {
				return true
			}
		case "data", "figures", "statistics", "numbers", "records", "logs":
			switch next {
			case "from", "show", "shows", "showed":
				return true
			}
			if prev == "our" {
				return true
			}
		case "we":
			switch next {
			case "measured", "counted", "tracked", "observed", "sampled", "asked", "timed", "found",
				"logged", "recorded", "reviewed":
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
