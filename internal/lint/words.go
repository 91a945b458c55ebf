package lint

// Default word lists, from the method's writing rules ("Write Like an
// Amazonian" and PR guidance). A project adds or removes words in its
// .prfaq-lint.yaml; these are functions so nothing can change them.

import "github.com/prfaq/prfaq/internal/textstat"

func weaselWords() []string {
	return []string{
		"nearly all", "almost all", "significantly", "substantially", "arguably", "might", "should", "would",
		"could", "various", "many", "several", "numerous", "very", "really", "quite", "fairly", "relatively",
		"somewhat", "virtually", "largely", "a number of", "a lot of", "lots of", "tons of", "countless",
	}
}

func buzzwords() []string {
	return []string{
		"simple", "simply", "easy", "easily", "effortless", "effortlessly", "seamless", "seamlessly", "fast",
		"world-class", "cutting-edge", "revolutionary", "best-in-class", "next-generation", "innovative",
		"powerful", "robust", "industry-leading", "state-of-the-art", "game-changing", "game changer",
		"disruptive", "synergy", "leverage", "intuitive", "user-friendly", "blazing", "lightning-fast",
		"unparalleled", "groundbreaking", "best of breed", "turnkey", "frictionless",
	}
}

func hypeWords() []string {
	return []string{
		"excited", "exciting", "thrilled", "delighted", "pleased to announce", "proud to announce",
		"happy to announce", "ecstatic", "overjoyed", "honored", "honoured", "thrilled to",
	}
}

func placeholderWords() []string {
	return []string{"TODO", "TBD", "TBC", "FIXME", "lorem ipsum", "XX", "XXX", "XXXX"}
}

// ignoredAcronyms are the acronyms the acronym rule leaves alone by
// default; configuration adds to them.
func ignoredAcronyms() []string { return textstat.KnownAcronyms() }

// selfWords and competitorWords against customerWords measure whom the
// press release talks about.
func selfWords() []string {
	return []string{"we", "our", "ours", "us", "the company", "our company", "our team"}
}

func competitorWords() []string {
	return []string{"competitor", "competitors", "competition", "rival", "rivals", "incumbent", "incumbents"}
}

func customerWords() []string {
	return []string{"customer", "customers", "customer's", "customers'", "you", "your", "yours", "user", "users", "people", "they", "their"}
}

// solutionPhrases in a problem paragraph mean it describes the answer
// rather than the problem.
func solutionPhrases() []string {
	return []string{"our product", "our solution", "the solution", "our app", "our feature", "this feature", "we built", "we will build", "we are building", "introducing", "launches", "launched"}
}
