package lint

import "strings"

// The words that tell what a figure is, for claims: units and periods,
// and the words around a number that make it a claim or not.

// wholePeriod reports whether n units fill one period: 24 hours a day, 7
// days a week, 365 days a year.
func wholePeriod(n float64, unit, period string) bool {
	unit = strings.TrimSuffix(unit, "s")
	switch {
	case unit == "hour" && period == "day":
		return n == 24
	case unit == "day" && period == "week":
		return n == 7
	case unit == "day" && period == "year":
		return n == 365
	case unit == "week" && period == "year":
		return n == 52
	case unit == "month" && period == "year":
		return n == 12
	case unit == "minute" && period == "hour":
		return n == 60
	}
	return false
}

// isLossWord: a count after one of these is an effect, however small.
func isLossWord(w string) bool {
	switch w {
	case "lose", "loses", "lost", "losing", "missed", "misses", "abandoned", "churned", "cancelled", "canceled":
		return true
	}
	return false
}

// isCollective: "a team of 12" says what the team is made of.
func isCollective(w string) bool {
	switch w {
	case "team", "teams", "group", "groups", "class", "classes", "pack", "packs", "set", "sets", "box",
		"boxes", "book", "books", "batch", "batches", "family", "families", "crew", "squad", "bundle",
		"bundles", "cohort", "panel", "party", "parties":
		return true
	}
	return false
}

// spelledValue is the value of a spelled-out number word, 0 if it is none.
func spelledValue(w string) float64 {
	switch strings.ToLower(w) {
	case "two":
		return 2
	case "three":
		return 3
	case "four":
		return 4
	case "five":
		return 5
	case "six":
		return 6
	case "seven":
		return 7
	case "eight":
		return 8
	case "nine":
		return 9
	case "ten":
		return 10
	case "eleven":
		return 11
	case "twelve":
		return 12
	case "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen":
		return 13
	case "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety":
		return 20
	case "hundred", "thousand", "million", "billion", "trillion":
		return 100
	case "dozen":
		return 12
	case "percent":
		return 1
	}
	return 0
}

func isApproximator(w string) bool {
	switch w {
	case "about", "around", "approximately", "roughly", "nearly", "almost", "over", "under", "some", "circa":
		return true
	}
	return false
}

// isEffortWord: the words that make a duration a measure of effort,
// waiting or loss.
func isEffortWord(w string) bool {
	switch w {
	case "spend", "spends", "spent", "spending",
		"waste", "wastes", "wasted", "wasting",
		"wait", "waits", "waited", "waiting",
		"lose", "loses", "lost", "losing",
		"take", "takes", "took", "taking", "taken",
		"cost", "costs", "costing",
		"lasts", "lasted",
		"need", "needs", "needed", "require", "requires", "required",
		"sit", "sits", "sat", "queue", "queues", "queued",
		"delay", "delays", "delayed", "delay's",
		"average", "averages", "averaged", "median", "mean":
		return true
	}
	return false
}

// isCountingVerb: -ing words that introduce a size, not a task.
func isCountingVerb(w string) bool {
	switch w {
	case "including", "excluding", "totalling", "totaling", "averaging", "exceeding", "affecting",
		"reaching", "impacting", "costing", "spending", "wasting", "losing", "taking", "waiting",
		"following", "serving", "employing", "involving":
		return true
	}
	return false
}

// isEffectNoun: a measure placed before one of these is a claim: "a 40
// minute wait", "a two-day delay".
func isEffectNoun(w string) bool {
	switch w {
	case "wait", "waits", "delay", "delays", "backlog", "queue", "commute", "outage", "outages", "downtime",
		"lag", "drive", "walk", "journey", "trip", "detour", "turnaround", "hold", "loss", "losses",
		"drop", "rise", "increase", "decrease", "fall", "gap", "jump", "decline", "cut", "reduction",
		"improvement", "shortfall":
		return true
	}
	return false
}

func isFraction(w string) bool {
	switch w {
	case "half", "halves", "third", "thirds", "fifth", "fifths", "sixth", "sixths", "sevenths",
		"eighths", "ninths", "tenth", "tenths":
		return true
	}
	return false
}

func isTimeUnit(w string) bool {
	switch w {
	case "second", "seconds", "sec", "secs", "s", "minute", "minutes", "min", "mins", "hour", "hours", "hr",
		"hrs", "h", "day", "days", "night", "nights", "week", "weeks", "weekend", "weekends", "month",
		"months", "year", "years", "yr", "yrs", "decade", "decades", "quarter", "quarters", "semester",
		"semesters", "shift", "shifts":
		return true
	}
	return false
}

// isPeriod: what a rate is per.
func isPeriod(w string) bool {
	switch w {
	case "second", "minute", "hour", "day", "night", "week", "weekend", "month", "year", "quarter",
		"shift", "semester", "season", "visit", "order", "customer", "user", "store", "call", "trip":
		return true
	}
	return false
}

func isMeasureUnit(w string) bool {
	switch w {
	case "km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "mi", "metres",
		"meters", "metre", "meter", "cm", "mm", "kg", "kilos", "kilograms", "grams", "lb", "lbs",
		"tonnes", "tons", "litres", "liters", "gallons", "kwh", "mwh", "gwh", "kw", "mw", "gb", "mb",
		"tb", "ms", "mph", "feet", "ft", "inches", "degrees", "calories", "kcal":
		return true
	}
	return false
}

// gluedUnit is the unit written against its number: 5km, 30min, 2h. A
// single letter counts in lower case only: 4G and 3D are names.
func gluedUnit(rest string) int {
	if len(rest) == 1 && (rest[0] < 'a' || rest[0] > 'z') {
		return unitNone
	}
	switch lr := strings.ToLower(rest); {
	case isTimeUnit(lr):
		return unitTime
	case isMeasureUnit(lr) || lr == "m" || lr == "g" || lr == "l":
		return unitMeasure
	}
	return unitNone
}

func isMoneyWord(w string) bool {
	switch w {
	case "dollars", "dollar", "euros", "euro", "pounds", "cents", "pence", "usd", "eur", "gbp", "yen",
		"rupees", "francs", "krona", "kronor":
		return true
	}
	return false
}

// isUnitModifier: a word that may stand between a number and its unit:
// "three business days", "3.5 engineer hours", "six full months".
func isUnitModifier(w string) bool {
	switch w {
	case "business", "working", "calendar", "full", "whole", "extra", "more", "additional", "straight",
		"consecutive", "long", "school", "engineer", "engineering", "person", "staff", "man", "agent",
		"support", "billable", "unpaid", "paid":
		return true
	}
	return false
}

func isMonth(w string) bool {
	if w == "May" {
		return true // in lower case it is the verb
	}
	switch strings.ToLower(w) {
	case "january", "february", "march", "april", "june", "july", "august", "september", "october",
		"november", "december", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}

// exactSpelled is the exact value of a spelled number from two to
// twenty, 0 for any other word.
func exactSpelled(w string) float64 {
	switch strings.ToLower(w) {
	case "thirteen":
		return 13
	case "fourteen":
		return 14
	case "fifteen":
		return 15
	case "sixteen":
		return 16
	case "seventeen":
		return 17
	case "eighteen":
		return 18
	case "nineteen":
		return 19
	case "twenty":
		return 20
	}
	if v := spelledValue(w); v >= 2 && v <= 12 {
		return v
	}
	return 0
}
