package lint_test

import "github.com/prfaq/prfaq/internal/lint"

const (
	customerProblemLine = "    The person who paid waits six days to be repaid (2026 diner survey).\n"
	teamTermsProblem    = "    Splitting a bill is awkward. Repayments are not tracked in the app (2026 diner survey).\n"
)

var problemImpactCases = []ruleCase{
	{rule: "problem-impact", name: "the problem in the team's terms",
		edits: []string{customerProblemLine, "    Repayments are not tracked in the app.\n", problemL1 + problemL2, teamTermsProblem},
		want:  []want{{lint.Warning, 31, 5, 32, "Splitting a bill is awkward", "the problem states no consequence for the customer: no time, money, effort, risk or missed outcome with a number or something customers were seen doing", ""}}},
	{rule: "problem-impact", name: "a ladder that stops short",
		edits: []string{customerProblemLine, "    Repayments are not tracked in the app.\n  whys:\n    - Nobody knows who has paid.\n    - It is awkward.\n", problemL1 + problemL2, teamTermsProblem},
		want:  []want{{lint.Warning, 17, 7, 20, "It is awkward", "the why ladder ends before the customer impact: its last rung, like the problem, states no time, money, effort, risk or missed outcome with a number or something customers were seen doing", ""}}},
	{rule: "problem-impact", name: "in Markdown", fixture: "clean.prfaq.md",
		edits: []string{"waits six days to get the money back (2026 diner survey, n = 1,200).", "finds it awkward to ask friends for money.",
			"The person who paid waits six days to be repaid (2026 diner survey).", "Repayments are not tracked in the app."},
		want: []want{{lint.Warning, 18, 1, 30, "Splitting a bill is the worst", "the problem states no consequence for the customer: no time, money, effort, risk or missed outcome with a number or something customers were seen doing", ""}}},
	{rule: "problem-impact", name: "a ladder in Markdown", fixture: "clean.prfaq.md",
		edits: []string{"waits six days to get the money back (2026 diner survey, n = 1,200).", "finds it awkward to ask friends for money.",
			"The person who paid waits six days to be repaid (2026 diner survey).\n",
			"Repayments are not tracked in the app.\n\n### Why does this matter to the customer?\n\n1. Nobody knows who has paid.\n1. It is awkward.\n"},
		want: []want{{lint.Warning, 85, 4, 17, "It is awkward", "the why ladder ends before the customer impact: its last rung, like the problem, states no time, money, effort, risk or missed outcome with a number or something customers were seen doing", ""}}},
	{rule: "problem-impact", name: "a percentage of the company's, not a cost to the customer",
		edits: []string{customerProblemLine, "    Repayments are not tracked in the app.\n", problemL1 + problemL2, "    Sign-ups fell 12% last year (analytics).\n"},
		want:  []want{{lint.Warning, 31, 5, 43, "Sign-ups fell 12% last year (analytics", "the problem states no consequence for the customer: no time, money, effort, risk or missed outcome with a number or something customers were seen doing", ""}}},
	// Near misses.
	{rule: "problem-impact", name: "the ladder's last rung reaches the customer",
		edits: []string{customerProblemLine, "    Repayments are not tracked in the app.\n  whys:\n    - Nobody knows who has paid.\n    - The payer chases four friends for a week.\n", problemL1 + problemL2, teamTermsProblem}},
	{rule: "problem-impact", name: "what customers are seen doing, without a number",
		edits: []string{customerProblemLine, "    Repayments are not tracked in the app.\n", problemL1 + problemL2, "    Splitting a bill is awkward. The payer re-types each friend's share by hand.\n"}},
	{rule: "problem-impact", name: "money with its amount",
		edits: []string{customerProblemLine, "    Repayments are not tracked in the app.\n", problemL1 + problemL2, "    Splitting a bill is awkward. One friend in five never pays back the $40 they owe.\n"}},
	{rule: "problem-impact", name: "a missed outcome with its rate",
		edits: []string{customerProblemLine, "    Repayments are not tracked in the app.\n", problemL1 + problemL2, "    Diners leave without paying back 4 times out of 10 (2026 diner survey).\n"}},
	{rule: "problem-impact", name: "a measure in a compound word",
		edits: []string{customerProblemLine, "    Repayments are not tracked in the app.\n", problemL1 + problemL2, "    Splitting a bill is awkward. Settling up took our 12 payers 5 payer-months.\n"}},
	{rule: "problem-impact", name: "a habit customers keep, without a number",
		edits: []string{customerProblemLine, "    Repayments are not tracked in the app.\n", problemL1 + problemL2, "    The payer messages each friend every evening, and by then the money is often gone.\n"}},
	{rule: "problem-impact", name: "a share of customers who gave up because it took too long",
		edits: []string{customerProblemLine, "    Repayments are not tracked in the app.\n", problemL1 + problemL2, "    In our survey, 71% of payers had dropped it because it took too long.\n"}},
	{rule: "problem-impact", name: "the customer problem states it, the press release does not",
		edits: []string{problemL1 + problemL2, teamTermsProblem}},
	{rule: "problem-impact", name: "no problem at all is required-section's",
		edits: []string{customerProblemLine, "", problemL1 + problemL2, "    \n"}},
}
