package lint

import (
	"slices"
	"testing"

	"github.com/prfaq/prfaq/internal/textstat"
)

// claimTexts is what claims finds in s, read as one sentence.
func claimTexts(s string) []string {
	var out []string
	for _, sp := range claims(s, textstat.Words(s)) {
		out = append(out, s[sp.Start:sp.End])
	}
	return out
}

// claimCases: what a reviewer counts as a claim needing a source, and
// what not.
var claimCases = []struct {
	name, sentence string
	want           []string // nil: no claim
}{
	// Size, share, cost, rate: claims.
	{"a share", "38% of owners gave up on money a friend owed them.", []string{"38%"}},
	{"a share in words", "Twenty-three percent of riders missed a connection.", []string{"Twenty-three percent"}},
	{"a measure in two units is one claim", "Drivers wait an average of 3 hours 40 minutes in the lanes.", []string{"3"}},
	{"a height in feet and inches", "The shelves stand 6 feet 4 inches, and 30% of staff cannot reach them.", []string{"6", "30%"}},
	{"two measures side by side stay two", "Drivers wait 3 hours, 40 minutes more than last year.", []string{"3", "40"}},
	{"hours a week", "Owners spend 11.5 hours a week chasing payments.", []string{"11.5"}},
	{"a yearly cost", "Late payments cost a shop $4,000 a year.", []string{"$4,000"}},
	{"money with a scale word", "The city spent $4.5 million on overtime.", []string{"$4.5 million"}},
	{"a price, which anyone can check", "Data loggers cost over £600.", nil},
	{"a price to someone", "Data loggers cost schools over £600.", []string{"£600"}},
	{"a price by the year", "Data loggers cost over £600 a year.", []string{"£600"}},
	{"a price, then what else it needs", "Data loggers cost over £600, need a laptop and show tables.", nil},
	{"money spent", "Schools spent £600 on loggers.", []string{"£600"}},
	{"nine in ten", "Nine in ten drivers never read the sign.", []string{"Nine in ten"}},
	{"one in eight", "One in eight incidents ended with the customer leaving.", []string{"One in eight"}},
	{"one noun in three", "One owner in three left without being seen.", []string{"One owner in three"}},
	{"1 in 6", "About 1 in 6 pickups failed.", []string{"1 in 6"}},
	{"of the", "In the end, 9 of the 31 teams could not say why.", []string{"9 of the 31"}},
	{"two thirds", "Two thirds of knitters will not start a hard pattern.", []string{"Two thirds"}},
	{"a range of shares", "Between 6% and 19% of checks went to manual review.", []string{"6% and 19%"}},
	{"a multiplier", "Online orders come back three times as often.", []string{"three"}},
	{"a multiplier with x", "Refunds by phone take 3.5x as long.", []string{"3.5x"}},
	{"a large count", "In 2026 the office received 9,400 such calls.", []string{"9,400"}},
	{"an approximate count", "We promote about 140 people into management each year.", []string{"140"}},
	{"a count per period", "The median provider had 37 such incidents a month.", []string{"37"}},
	{"a decimal count", "Teams use 3.4 payout providers on average.", []string{"3.4"}},
	{"a scaled count", "The app lost 10k users in March.", []string{"10k"}},

	// Durations that measure effort, waiting or loss: claims.
	{"more than 2 weeks", "Approval takes more than 2 weeks.", []string{"2"}},
	{"up to 40 minutes", "Callers wait on hold up to 40 minutes.", []string{"40"}},
	{"waited up to", "Residents waited up to three weeks.", []string{"three"}},
	{"an average of", "A shopper waits an average of 14 minutes at the counter.", []string{"14"}},
	{"took them", "Nurses said it took them six months to feel confident.", []string{"six"}},
	{"working days", "The median service waited 19 working days from first ticket to deploy.", []string{"19"}},
	{"more than three business days", "Payouts took more than three business days.", []string{"three"}},
	{"a range of days", "The refund reaches the card in 7 to 10 days.", []string{"7 to 10"}},
	{"minutes late", "Appointments ran 22 minutes late.", []string{"22"}},
	{"on average after", "Pull requests wait 38 minutes on average for a green check.", []string{"38"}},
	{"a wait as adjective", "Every caller faces a 40-minute wait.", []string{"40-minute"}},
	{"a range of distance", "A battery lasts 50 to 80 km.", []string{"50 to 80"}},
	{"nearly", "Claims sit in the queue for nearly two weeks.", []string{"two"}},

	// Years, dates, times of day, quarters: no claims.
	{"a year", "In 2026 the office moved.", nil},
	{"a year range", "The 2025–26 winter was long.", nil},
	{"an ISO date", "The deadline is 2027-06-30.", nil},
	{"a day and month", "The office closes on 23 March.", nil},
	{"a month and day", "The office closes on March 23.", nil},
	{"a count after a month", "In March 400 people moved away.", []string{"400"}},
	{"a time of day", "A confused patient calls at 3 a.m.", nil},
	{"a clock time", "The office is open 9:30 to 4:00 on weekdays.", nil},
	{"3pm", "Deliveries arrive after 3pm.", nil},
	{"a quarter", "Sales fell in Q3.", nil},
	{"an abbreviated year", "The class of '26 graduates soon.", nil},

	// Schedules and descriptions: no claims.
	{"every 15 minutes", "The bus comes every 15 minutes.", nil},
	{"weeks ahead", "Families plan meals two weeks ahead.", nil},
	{"in advance", "Parents book 3 weeks in advance.", nil},
	{"a competition", "The club runs a 3 week competition.", nil},
	{"a hyphenated course", "The only preparation is a two-day course.", nil},
	{"a shift", "Courses run in the evening, after a twelve-hour shift.", nil},
	{"years ago", "Shoppers ask more than they did five years ago.", nil},
	{"an adjective measure", "Riders carry a 3 kg battery up the stairs.", nil},
	{"over a period", "Complaints rose over 3 years.", nil},
	{"each after a subject", "Owners each spend 3 hours on it.", []string{"3"}},
	{"percent alone", "Nobody knows what percent of calls are repeats.", nil},
	{"a sum and a year", "Delays cost airlines €8 billion in 2025.", []string{"€8 billion"}},
	{"a threshold age", "Families with children under 5 struggle most.", nil},
	{"after launch", "Most users leave six months after launch.", nil},
	{"a length", "Appointments are 10 minutes long.", nil},
	{"a fiscal year", "Budgets reset in FY26.", nil},
	{"a small count per order", "Shoppers make 3 calls per order.", []string{"3"}},
	{"a measure per year", "A household throws away 30 kg of food a year.", []string{"30"}},
	{"more than two", "Most owners use more than two apps.", []string{"two"}},
	{"a decade", "Paper permits date from the 1990s.", nil},
	{"always open", "The hotline is open 24 hours a day, 7 days a week.", nil},
	{"hours a day", "Drivers spend 3 hours a day in traffic.", []string{"3"}},
	{"a team of", "Each shop has a team of 12.", nil},
	{"a backlog of", "The office has a backlog of 400 requests.", []string{"400"}},
	{"a small loss", "Last year the shop lost 5 clients to late invoices.", []string{"5"}},
	{"a fold", "Complaints saw a 3-fold rise.", []string{"3-fold"}},
	{"a point drop", "Teams saw an 11-point drop in trust.", []string{"11-point"}},
	{"a point scale", "Owners rate it on a 5-point scale.", nil},
	{"an error code", "Integrations break on error 429.", nil},
	{"the rule's example", "The host asks two friends every 15 minutes, and 1 in 6 never pays.", []string{"1 in 6"}},

	// Names, labels, versions, ordinals: no claims.
	{"a summit", "Delegates at COP27 asked for data.", nil},
	{"a bucket", "Logs land in S3.", nil},
	{"a network", "Rural areas still lack 4G.", nil},
	{"business to business", "Most B2B buyers order by email.", nil},
	{"around the clock", "Support is 24/7.", nil},
	{"a step", "Most users stop at step 2.", nil},
	{"a step of steps", "Most users give up at step 12 of 14.", nil},
	{"a level", "The form asks for a level 3 check.", nil},
	{"a tier", "Only tier 1 customers get a manager.", nil},
	{"a page", "The fee is on page 14.", nil},
	{"a version", "The rule changed in PostgreSQL 11.", nil},
	{"a dotted version", "The bug is in 1.2.3 only.", nil},
	{"an ordinal", "It is the 3rd complaint this week.", nil},
	{"an age", "Tables that eight-year-olds cannot read.", nil},
	{"a top list", "It is a top 10 complaint.", nil},
	{"the busiest", "Across the 40 busiest routes, buses ran late.", nil},

	// Small counts that describe: no claims.
	{"three places", "The answer lived in three places.", nil},
	{"two options", "Customers have two options.", nil},
	{"two buses", "Fresh food means two buses or a corner store.", nil},
	{"books of ten", "Permits were sold in books of ten.", nil},
	{"five teams", "Creating a service means filing tickets with five teams.", nil},
	{"a task", "Writing 30 good answers takes days they do not have.", nil},
	{"one or two", "A shop with one or two people answers email.", nil},

	// Restated figures: the ones they come from carry the claim.
	{"that is", "At a median of 14 minutes each, that is two hours a day, or about 23% of the week.", []string{"14"}},
	{"that is about", "With prices at 2026 levels, that is about £310 a year.", nil},
	{"a new clause after", "That's 40 hours, and 23% of stores run out.", []string{"23%"}},

	// The example a sentence is about: what follows is the claim.
	{"a with phrase", "A bakery with 300 staff bakes about 9,000 loaves a day.", []string{"9,000"}},
	{"a range in a with phrase", "A landlord with 20 to 200 flats answers 40 repair calls a week.", []string{"40"}},
	{"a that clause", "Worse: a pump that fails one cycle in twenty runs dry by noon.", nil},
	{"money in a with phrase", "A farmer with $80,000 of grain unsold cannot pay a $700 vet bill.", nil},
	{"not an example", "They use a system that loses 30% of orders.", []string{"30%"}},
	{"a segment in the plural", "Shops with 50 to 200 staff lose $30,000 a year.", []string{"$30,000"}},
	{"the typical case", "The typical clinic with 10 vets loses 25 hours a week.", []string{"25"}},
	{"not a segment", "In 2026 the council with 40 wards fined 1,300 drivers.", []string{"40", "1,300"}},
	{"an effect in money", "One flood is a $4,000 loss.", []string{"$4,000"}},
	// What someone has, or a count given as known.
	{"a possessive count", "The council's 22 wardens issued 48,000 tickets.", []string{"48,000"}},
	{"its count", "Its 80 routes cross the river.", nil},
	{"a definite count", "The 3,000 lockers in the network hold parcels.", nil},
	{"typical values", "Clerks juggle 15 or 20 cases at once.", nil},
	// Thresholds, baselines and restatements of a figure given.
	{"a threshold", "In 2025, 4% of users opened more than 30 tickets.", []string{"4%"}},
	{"a threshold in time", "About 1 in 5 parcels took more than 10 days.", []string{"1 in 5"}},
	{"a threshold in money", "In 2025, 31% of riders paid more than $40 a month.", []string{"31%"}},
	{"no share before", "Riders paid more than $40 a month.", []string{"$40"}},
	{"a baseline", "Churn was 3.1% in rural towns against 1.9% in cities.", []string{"3.1%"}},
	{"a share restating a count", "Last year 12,000 parcels, one in eight of all parcels sent, went missing.", []string{"12,000"}},
	{"a share in parentheses", "Clerks rejected 1,240 forms (31%) for a missing stamp.", []string{"1,240"}},
	{"a product", "Each of 40 branches loses 25 hours a week, about 1,000 hours in all.", []string{"40", "25"}},
	{"not a product", "Each of 40 branches loses 25 hours a week, about 3,000 hours in all.", []string{"40", "25", "3,000"}},
	// Published rates, prices and requirements.
	{"a rate of", "Couriers charge the standard rate of 45 pence a mile.", nil},
	{"a change in a rate", "Buyers paid a rate of 12% more than last year.", []string{"12%"}},
	{"an interest rate", "A payday loan costs 35% a year.", nil},
	{"a share of a crop", "Drought can cost 8% of the harvest.", []string{"8%"}},
	{"a price per unit", "A call-out costs £90 per visit.", nil},
	{"a cost per period", "Storage costs £90 a month.", []string{"£90"}},
	{"a payment term", "Buyers pay suppliers at 30 or 60 days.", nil},
	{"a requirement", "A mortgage needs three years of payslips.", nil},
	{"a wait needed", "Approval needs three weeks.", []string{"three"}},

	// Rules of a service or a thing: what it needs, its limits, what it has at launch.
	{"a requirement count", "A hotel with 200 rooms needs about 40 cleaners every morning.", nil},
	{"what was needed", "Each claim needed about 14 documents.", []string{"14"}},
	{"a limit", "Loan limits rise from 3 to 12 items.", nil},
	{"at launch", "The app has about 4,000 recipes at launch.", nil},
	// What a counted thing given as known is made of.
	{"an inventory", "The 600 stores in the chain stock about 2,000 products and 300 brands.", nil},
	{"a loss of an inventory", "The 600 stores in the chain lost 2,000 customers.", []string{"2,000"}},
	{"a rate of an inventory", "The 600 stores in the chain sell 2,000 products a day.", []string{"2,000"}},

	// Several in one sentence, in order.
	{"mixed", "In 2026 the office handled 23,000 applications and 4,100 complaints, and 1 in 4 notices was cancelled.", []string{"23,000", "4,100", "1 in 4"}},
}

func TestClaims(t *testing.T) {
	for _, c := range claimCases {
		t.Run(c.name, func(t *testing.T) {
			if got := claimTexts(c.sentence); !slices.Equal(got, c.want) {
				t.Errorf("claims(%q) = %q, want %q", c.sentence, got, c.want)
			}
		})
	}
}

func TestSourced(t *testing.T) {
	cases := []struct {
		sentence string
		want     bool
	}{
		{"In our 2026 survey of 1,200 diners, 38% said they gave up.", true},
		{"Across 400 complaints last year, 38% were about fees.", true},
		{"Developers asked for it in 61 support tickets since 2025.", true},
		{"According to the city's 2025 report, 9,400 residents called.", true},
		{"A study by the university found 40% of bins overflow.", true},
		{"We interviewed 40 owners, and 31 chase payments weekly.", true},
		{"Among the 85 providers we interviewed in 2026, the median had 37 incidents.", true},
		{"Data from the transit authority shows 1 in 7 trips ran late.", true},
		{"The 2020 census counted 400,000 residents.", true},
		{"Two thirds of the knitters we surveyed said they need quiet.", true},
		{"In our interviews with 64 nurses, most said it took six months.", true},
		{"In an analysis of 2.6 million sign-ups, 47% did not finish.", true},
		{"At the October 2026 audit, 23% of credentials were overdue.", true},
		{"The city's report shows 22% more dumping.", true},
		{"One owner in three told us they had left.", true},
		{"Drafts go through 7 revisions, n = 24.", true},
		{"Owners spend 9 hours a week on email (assumption).", true},
		{"Owners spend 9 hours a week on email (Quillon study, 2026).", true},
		{"Owners spend an estimated 9 hours a week on email.", true},
		{"Owners spend 9 hours a week on email[^1].", true},
		{"Source: city data. 9,400 calls.", true},

		{"Owners spend 9 hours a week on email.", false},
		{"Customers report spending 3 hours on each return.", false},
		{"Each interview takes 3 hours of a manager's time.", false},
		{"A compliance audit takes 3 weeks.", false},
		{"Refunds take 7 to 10 days (2026).", false},
		{"The office received 9,400 calls in 2026.", false},
		{"Analysts are interviewed 3 times before hiring.", false},
		{"In the 2026 engagement survey, teams scored 11 points lower.", true},
		{"Sellers wait: 31% of payouts in the survey took more than three days.", true},
		{"Build telemetry shows the average engineer starts 9 builds a day.", true},
		{"Research by the council found 40% of bins overflow.", true},
		{"Teams spend 6 hours building each survey.", false},
		{"A survey takes 20 minutes to fill in.", false},
		{"Customers research 3 suppliers before they buy.", false},

		// A review, a pilot, a trial or a count is a source too.
		{"In a review of 450 loan files at the branch in 2025, 1 in 4 lacked a signature.", true},
		{"Nine percent were refunded twice, and in most of those cases the review found a typo.", true},
		{"In the 2025 safety reviews, 7 of 41 incidents began at night.", true},
		{"In the trial, 62% of the 90 kitchens cut waste.", true},
		{"In a one-week tally last May, 38% of deliveries came late.", true},
		{"A review that takes weeks costs shops 3 sales.", false},
		{"With a head count of 400, the firm loses 30% of new hires in a year.", false},
		{"Our March count found 212 empty beds.", true},
		{"Users drop a free trial of 14 days at a rate of 60%.", false},
		{"Our pilots with 5 years' flying lose 3 days a month to rosters.", false},
		{"The 2026 trial showed 40% fewer missed doses.", true},
		// A preposition before it, over its modifiers, places the figures in it.
		{"The top complaint in every rider poll since 2024 was delays, named by 64% of riders.", true},
		{"In the H1 fleet study, drivers said they idled 2.5 hours a day.", true},
		{"Riders who switch are 2.1 times as likely to stay, and in exit surveys, price came first.", false},
		// The writer's own population: the things we dealt with.
		{"The landlords we talked to chase 40 tenants a month each.", true},
		{"The most common fault we repair: 37% of 2026 jobs.", true},
		{"Every week we lose 6 hours to rework.", false},
		{"The people we serve wait for hours on the street.", false},
		{"Our booking data for 2025 shows that 64% of visits were rebooked.", true},
		// What the writer's side published or issued is on the record.
		{"In 2026 the licensing office issued 5,200 permits; 900 of them were late.", true},
		{"We published 140 recall notices in 2025.", true},
		{"Refunds were issued 3 days late.", false},
	}
	for _, c := range cases {
		if got := sourced(c.sentence); got != c.want {
			t.Errorf("sourced(%q) = %v, want %v", c.sentence, got, c.want)
		}
	}
}

func TestRefersBack(t *testing.T) {
	samples := map[string]bool{"2027": true, "1,900": true, "20": true, "31": true}
	cases := []struct {
		sentence string
		samples  map[string]bool
		want     bool
	}{
		{"At the 20 stores, it took an average of 26 hours.", samples, true},
		{"At the same 31 apps, 6% went to manual review.", samples, true},
		{"At the same 31 apps, 6% went to manual review.", nil, false},
		{"At the 12 stores, it took 26 hours.", samples, false},
		{"At 20 stores, it took 26 hours.", samples, false},
		{"Complaints rose 22% over the same year.", samples, false},
		{"At a median of 14 minutes each, that is two hours a day.", samples, true},
		{"Of those, 38% gave up.", samples, true},
		{"At a median of 14 minutes each, that is two hours a day.", nil, false},
		{"A median of 14 minutes each is two hours a day.", samples, false},
		// Opening on a sourced figure and converting it.
		{"Twenty credits are about one extra term: roughly $4,900.", samples, true},
		{"Twelve credits are about one extra term: roughly $4,900.", samples, false},
	}
	for _, c := range cases {
		words := textstat.Words(c.sentence)
		if got := refersBack(c.sentence, words, c.samples); got != c.want {
			t.Errorf("refersBack(%q, %v) = %v, want %v", c.sentence, c.samples, got, c.want)
		}
	}
}

func TestDeclaresSources(t *testing.T) {
	cases := []struct {
		lines []string
		want  bool
	}{
		{[]string{"# Plan", "> **Note:** Figures are from the 2026 fleet audit unless a source is given."}, true},
		{[]string{"<aside>", "Numbers in the problem section come from the March rider survey (n = 900)."}, true},
		{[]string{"All figures were taken from our 2025 sales records."}, true},
		{[]string{"Figures are rounded.", "Our numbers come from three spreadsheets."}, false},
		{[]string{"Drivers spend 2 hours a day on paperwork."}, false},
	}
	for _, c := range cases {
		if got := declaresSources(c.lines); got != c.want {
			t.Errorf("declaresSources(%q) = %v, want %v", c.lines, got, c.want)
		}
	}
}
