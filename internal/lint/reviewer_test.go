package lint_test

import "github.com/prfaq/prfaq/internal/lint"

// reviewerCases are the cases of the rules that check what a reviewer
// checks beyond the writing rules: stand-in names, FAQ cross-references
// and near-repeats, quotes that are not experiences, problems without
// evidence. TestRules runs them with ruleCases.
var reviewerCases = []ruleCase{
	// placeholder-names
	{rule: "placeholder-names", name: "a stand-in customer as the quote's speaker",
		edits: []string{"    speaker: Marta Lindqvist", "    speaker: Jane Doe"},
		want:  []want{{lint.Warning, 43, 14, 22, "Jane Doe", `placeholder name "Jane Doe" in the customer quote's speaker`, ""}}},
	{rule: "placeholder-names", name: "a blank speaker and a stand-in company in a leader's role",
		edits: []string{ctaLine, ctaLine + "  leader_quote:\n    speaker: Name Surname\n    role: \"CEO, Consultancy ABC\"\n    text: We built it after our own team dinners ended in a week of reminders.\n"},
		want: []want{
			{lint.Warning, 51, 14, 26, "Name Surname", `placeholder "Name Surname" as the leader quote's speaker`, ""},
			{lint.Warning, 52, 17, 32, "Consultancy ABC", `placeholder name "Consultancy ABC" in the leader quote's role`, ""},
		}},
	{rule: "placeholder-names", name: "stand-in companies, a lettered customer and example addresses in the prose",
		edits: []string{solutionL1, "    Customer A taps Split on the Acme Corp receipt. Friends scan a code,\n",
			"    Tab Split is in the app today.", "    Tab Split is at https://www.example.com/tabsplit today.",
			e1Answer, "      answer: Nothing for diners. Ask help@Example.org, or Foo Inc, for a quote.\n"},
		want: []want{
			{lint.Warning, 37, 5, 15, "Customer A", `placeholder name "Customer A" left in solution`, ""},
			{lint.Warning, 37, 34, 43, "Acme Corp", `placeholder name "Acme Corp" left in solution`, ""},
			{lint.Warning, 40, 21, 53, "https://www.example.com/tabsplit", `placeholder address "https://www.example.com/tabsplit" left in getting started`, ""},
			{lint.Warning, 55, 39, 55, "help@Example.org", `placeholder address "help@Example.org" left in FAQ E1`, ""},
			{lint.Warning, 55, 60, 67, "Foo Inc", `placeholder name "Foo Inc" left in FAQ E1`, ""},
		}},
	{rule: "placeholder-names", name: "a stand-in speaker in a Markdown quote's attribution", fixture: "clean.prfaq.md",
		edits: []string{"said Marta Lindqvist, a nurse", "said John Doe, a nurse at Acme"},
		want: []want{
			{lint.Warning, 39, 32, 40, "John Doe", `placeholder name "John Doe" in the customer quote's speaker`, ""},
			{lint.Warning, 39, 53, 57, "Acme", `placeholder name "Acme" in the customer quote's description`, ""},
		}},
	{rule: "placeholder-names", name: "a stand-in company in a Markdown paragraph", fixture: "clean.prfaq.md",
		edits: []string{"Payment apps ask every friend", "Payment apps from Company X ask every friend"},
		want:  []want{{lint.Warning, 23, 19, 28, "Company X", `placeholder name "Company X" left in current solutions`, ""}}},
	{rule: "placeholder-names", name: "real names, 10x, examples and anonymous customers in the FAQ",
		edits: []string{"    speaker: Marta Lindqvist", "    speaker: Jane Doerr",
			solutionL1, "    The person who pays taps Split 10x faster, for example at the acme of a meal. Friends scan a code,\n",
			"    Tab Split is in the app today.", "    Tab Split is at examplepay.com/tabsplit and tabsplit.example today.",
			e1Answer, "      answer: Nothing. Customer A told us she would pay 2 cents; see example.company.io.\n"}},
	{rule: "placeholder-names", name: "an honest company and a letter that is a word in Markdown", fixture: "clean.prfaq.md",
		edits: []string{"Payment apps ask every friend", "Payment apps from Example Pay let Customer I know what every friend"}},
}
