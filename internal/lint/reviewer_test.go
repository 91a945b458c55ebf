package lint_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/prfaq/prfaq/internal/lint"
)

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

var faqReferenceCases = []ruleCase{
	{rule: "faq-cross-reference", name: "ids the FAQ does not have",
		edits: []string{e2Answer, "      answer: No. They scan the code with the phone camera and pay in the browser (see E3).\n",
			i1Answer, "      answer: About two cents a split in card fees (E1, I4); the cost to build is in FAQ-E9.\n"},
		want: []want{
			{lint.Warning, 58, 88, 90, "E3", `FAQ reference "see E3" points at no entry: the entries are E1–E2 and I1–I2`, ""},
			{lint.Warning, 63, 57, 59, "I4", `FAQ reference "I4" points at no entry: the entries are E1–E2 and I1–I2`, ""},
			{lint.Warning, 63, 86, 92, "FAQ-E9", `FAQ reference "FAQ-E9" points at no entry: the entries are E1–E2 and I1–I2`, ""},
		}},
	{rule: "faq-cross-reference", name: "a list of ids after see",
		edits: []string{e2Answer, "      answer: No. See E1, E2 and I3 for the rest.\n"},
		want:  []want{{lint.Warning, 58, 34, 36, "I3", `FAQ reference "I3" points at no entry: the entries are E1–E2 and I1–I2`, ""}}},
	{rule: "faq-cross-reference", name: "a question number past the end of a Markdown FAQ", fixture: "clean.prfaq.md",
		edits: []string{"pay in the browser.", "pay in the browser (see question 7)."},
		want:  []want{{lint.Warning, 55, 83, 84, "7", `FAQ reference "see question 7" points at no entry: the FAQ has 4 questions`, ""}}},
	{rule: "faq-cross-reference", name: "a label the Markdown FAQ does not number", fixture: "clean.prfaq.md",
		edits: []string{"**How much does Tab Split cost?**", "**Q1. How much does Tab Split cost?**",
			"**Do my friends need the app?**", "**Q2. Do my friends need the app?**",
			"**What does it cost to run?**", "**Q3. What does it cost to run?**",
			"**What is the biggest risk?**", "**Q4. What is the biggest risk?**",
			"pay in the browser.", "pay in the browser (see Q5, and FAQ #4)."},
		want: []want{{lint.Warning, 55, 74, 76, "Q5", `FAQ reference "see Q5" points at no entry: the questions are numbered 1 to 4`, ""}}},
	{rule: "faq-cross-reference", name: "entries that exist, quarters, and ids that are not references",
		edits: []string{e2Answer, "      answer: No (see E1). Chains in Q3 2027, see Q3 2027 figures; the I5 laptop, the office in E14 9GE.\n",
			i1Answer, "      answer: About two cents (I2, E2), as in I1; see question 4 and FAQ 3. Not estradiol (E7).\n"}},
	{rule: "faq-cross-reference", name: "Markdown labels that exist", fixture: "clean.prfaq.md",
		edits: []string{"**What is the biggest risk?**", "**E7. What is the biggest risk?**",
			"pay in the browser.", "pay in the browser (see E7 and question 4)."}},
}

// extraEntries adds E3 and E4 after E2 (lines 59-64).
func extraEntries(q3, q4 string) []string {
	return []string{e2Entry, e2Entry + "    - id: E3\n      question: " + q3 + "\n      answer: Yes.\n    - id: E4\n      question: " + q4 + "\n      answer: Yes, for diners.\n"}
}

var faqNearDuplicateCases = []ruleCase{
	{rule: "faq-near-duplicate", name: "free in other words",
		edits: extraEntries("Is the course free?", "Is the training going to be free?"),
		want:  []want{{lint.Warning, 63, 17, 18, "I", `FAQ E4 asks nearly what E3 asks: "Is the training going to be free?" and "Is the course free?"`, ""}}},
	{rule: "faq-near-duplicate", name: "the product's name left out, cost and free one word",
		edits: []string{e2Question, "      question: Is Tab Split free?\n"},
		want:  []want{{lint.Warning, 57, 17, 18, "I", `FAQ E2 asks nearly what E1 asks: "Is Tab Split free?" and "How much does Tab Split cost?"`, ""}}},
	{rule: "faq-near-duplicate", name: "the same words in another order, in the internal list",
		edits: []string{"      question: What is the biggest risk?", "      question: Which risk is the biggest?",
			"      question: What does it cost to run?", "      question: What is the biggest risk?"},
		want: []want{{lint.Warning, 66, 17, 18, "W", `FAQ I2 asks nearly what I1 asks: "Which risk is the biggest?" and "What is the biggest risk?"`, ""}}},
	{rule: "faq-near-duplicate", name: "in a Markdown FAQ", fixture: "clean.prfaq.md",
		edits: []string{"**Do my friends need the app?**", "**Can I get Tab Split for free?**"},
		want:  []want{{lint.Warning, 53, 3, 4, "C", `FAQ E2 asks nearly what E1 asks: "Can I get Tab Split for free?" and "How much does Tab Split cost?"`, ""}}},
	{rule: "faq-near-duplicate", name: "a question that adds what it asks, and qualifiers that differ",
		edits: extraEntries("How much does it cost us to run?", "What is the biggest technical risk?"),
	},
	{rule: "faq-near-duplicate", name: "when and where, and the same words in the other list",
		edits: append(extraEntries("When will it be available?", "Where is it available?"),
			"      question: What does it cost to run?", "      question: What does Tab Split cost?")},
	{rule: "faq-near-duplicate", name: "an exact repeat is faq-duplicate's",
		edits: []string{e2Question, "      question: how much does  TAB split cost?\n"}},
}

const quoteL2 = "      everyone has paid before the dessert plates are gone.\n"

var quoteExperienceCases = []ruleCase{
	{rule: "quote-not-experience", name: "a question",
		edits: []string{quoteL1, "      Why did nobody build this sooner? I used to spend the week sending reminders. Now\n"},
		want:  []want{{lint.Warning, 46, 7, 39, "Why did nobody build this sooner", `the customer quote asks a question, "Why did nobody build this sooner?": a customer who used the product says what happened`, ""}}},
	{rule: "quote-not-experience", name: "a feature request and praise of the company",
		edits: []string{quoteL1, "      Example Pay is a leader in payments. I used to spend the week sending reminders. I wish it could split tips. Now\n"},
		want: []want{
			{lint.Warning, 46, 7, 33, "Example Pay is a leader in", `the customer quote praises the company, "Example Pay is a leader in payments.": a customer quote says what changed in the customer's own life`, ""},
			{lint.Warning, 46, 88, 114, "I wish it could split tips", `the customer quote asks for a feature, "I wish it could split tips.": a customer quote says what the product did for them`, ""},
		}},
	{rule: "quote-not-experience", name: "only predictions",
		edits: []string{quoteL1, "      Our team will save an hour after every dinner. I’ll stop sending\n", quoteL2, "      reminders to friends.\n"},
		want:  []want{{lint.Warning, 46, 7, 33, "Our team will save an hour", `the customer quote only predicts, "Our team will save an hour after every dinner. I’ll stop ...": quote the benefit the customer experienced, as if after launch`, ""}}},
	{rule: "quote-not-experience", name: "a request in a Markdown quote", fixture: "clean.prfaq.md",
		edits: []string{"Now everyone has paid before the\ndessert plates are gone,", "It would be great if it\nsplit tips too,"},
		want:  []want{{lint.Warning, 38, 68, 91, "It would be great if it", `the customer quote asks for a feature, "It would be great if it split tips too.": a customer quote says what the product did for them`, ""}}},
	{rule: "quote-not-experience", name: "a reported question, praise of the product, and a prediction after an experience",
		edits: []string{quoteL1, "      My friend asked, \"Can I pay you now?\" I wish I had found it sooner. Now\n",
			quoteL2, "      everyone has paid before dessert, and I will never chase a friend again.\n"}},
	{rule: "quote-not-experience", name: "the leader speaks for the company",
		edits: []string{ctaLine, ctaLine + "  leader_quote:\n    speaker: Ana Ruiz\n    role: CEO\n    text: We are committed to diners. Will friends pay at the table? They will.\n"}},
}

var problemEvidenceCases = []ruleCase{
	{rule: "problem-no-evidence", name: "adjectives only",
		edits: []string{problemL2, "    waits a long time to get the money back, and friends forget.\n"},
		want:  []want{{lint.Warning, 31, 5, 34, "Splitting a bill is the worst", "the problem paragraph gives no evidence: no number, no source, nothing customers were seen doing or said", ""}}},
	{rule: "problem-no-evidence", name: "in Markdown", fixture: "clean.prfaq.md",
		edits: []string{"waits six days to get the money back (2026 diner survey, n = 1,200).", "waits a long time to get the money back."},
		want:  []want{{lint.Warning, 18, 1, 30, "Splitting a bill is the worst", "the problem paragraph gives no evidence: no number, no source, nothing customers were seen doing or said", ""}}},
	{rule: "problem-no-evidence", name: "a number without its source is unsourced-number's",
		edits: []string{problemL2, "    waits six days to get the money back.\n"}},
	{rule: "problem-no-evidence", name: "a size in words",
		edits: []string{problemL2, "    waits a long time to get the money back, as millions of diners do.\n"}},
	{rule: "problem-no-evidence", name: "what diners told us",
		edits: []string{problemL2, "    waits a long time to get the money back, diners told us.\n"}},
	{rule: "problem-no-evidence", name: "a source in parentheses",
		edits: []string{problemL1, "    Splitting a bill is the worst part of a meal out (our diner panel). The person who pays\n",
			problemL2, "    waits a long time to get the money back.\n"}},
	{rule: "problem-no-evidence", name: "a link to the source",
		edits: []string{problemL2, "    waits a long time to get the money back, as https://examplepay.com/panel shows.\n"}},
	{rule: "problem-no-evidence", name: "no problem paragraph is required-section's",
		edits: []string{problemL1 + problemL2, "    \n"}},
}

// The reviewer rules read labels, references and names at the edges of
// words and lines: whatever the bytes, their findings keep the
// invariants every finding keeps, in YAML and in Markdown.
func FuzzReviewerRules(f *testing.F) {
	md := fixture(f, "clean.prfaq.md")
	f.Add(strings.Replace(md, "**How much does Tab Split cost?**", "**Q1. How much does Tab Split cost?**", 1)+"\nSee Q9, (E1, I4) and FAQ #7; see E1 and.\n", true)
	f.Add(strings.Replace(md, "said Marta Lindqvist,", "said John Q. Public, CEO of Acme Corp, Company X and help@example.com,", 1), true)
	f.Add(strings.Replace(md, "dessert plates are gone,", "dessert plates are gone? I wish it could,", 1), true)
	yml := fixture(f, "clean.prfaq.yaml")
	f.Add(strings.Replace(yml, e2Answer, "      answer: \"See I9 (E2, I7) FAQ-E3 see question 12, www.example.com/x. Customer A’s\"\n", 1), false)
	f.Add(strings.Replace(yml, "    speaker: Marta Lindqvist", "    speaker: \"Name\"", 1), false)
	f.Fuzz(func(t *testing.T, src string, markdown bool) {
		name := docName
		if markdown {
			name = mdName
		}
		fs := lint.Lint(read(name, []byte(src), nil), nil, now)
		if !utf8.ValidString(src) {
			return
		}
		checkInvariants(t, name, src, fs)
	})
}
