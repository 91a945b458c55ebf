// Package prfaq is the document model of a Working Backwards PR/FAQ: the
// press release, the FAQ, the five customer questions and the metadata that
// tracks a draft through its life. It imports nothing outside the standard
// library so every other package can share it.
//
// Struct tags carry the on-disk format: `yaml` names the key, `prfaq` holds
// options (required, markdown, date, version, enum=a|b), and `doc` the
// description that the JSON Schema and the documentation publish. The
// loader, the writer and the schema are all derived from these types, so the
// format is defined in exactly one place.
package prfaq

// FormatVersion is the version of the document format this build reads and
// writes. It changes only when an old document would be read differently.
const FormatVersion = 1

// Document is one PR/FAQ, the contents of a NAME.prfaq.yaml file.
type Document struct {
	Format          int      `yaml:"prfaq" prfaq:"required" doc:"Version of the document format; 1."`
	Title           string   `yaml:"title" prfaq:"required" doc:"Working title of the document, shown in headers and lists."`
	Product         string   `yaml:"product" doc:"Name of the product as the customer will know it."`
	Template        string   `yaml:"template" prfaq:"required" doc:"Name of the template the document follows (amazon, mini, internal, oss or a custom one)."`
	TemplateVersion string   `yaml:"template_version" prfaq:"version" doc:"Version of the template the document was written with (major.minor)."`
	Mode            Mode     `yaml:"mode" prfaq:"required,enum=future|launch" doc:"future while the product is being imagined; launch once it has shipped."`
	Status          Status   `yaml:"status" prfaq:"required,enum=draft|in-review|approved|rejected|parked|launched" doc:"Where the document stands in its review lifecycle."`
	Version         string   `yaml:"version" prfaq:"required,version" doc:"Revision of the document, major.minor, starting at 1.0."`
	Created         string   `yaml:"created" prfaq:"date" doc:"Date the document was started (YYYY-MM-DD)."`
	Updated         string   `yaml:"updated" prfaq:"date" doc:"Date of the last change (YYYY-MM-DD); shown in rendered outputs."`
	LaunchDate      string   `yaml:"launch_date" prfaq:"date" doc:"Planned (future mode) or actual (launch mode) launch date (YYYY-MM-DD)."`
	Authors         []string `yaml:"authors" doc:"People who wrote the document."`
	Team            string   `yaml:"team" doc:"Team that owns the document."`
	Tags            []string `yaml:"tags" doc:"Free-form labels for finding and grouping documents."`
	Serves          []string `yaml:"serves" doc:"Ids of the team's evergreen customer needs (.prfaq/needs.yaml) this document serves."`

	Customer     CustomerQuestions `yaml:"customer" doc:"The five customer questions, answered before the press release is written."`
	PressRelease PressRelease      `yaml:"press_release" doc:"The press release, written as if the product had launched."`
	FAQ          FAQ               `yaml:"faq" doc:"Frequently asked questions: external (customers) and internal (stakeholders)."`
	Appendix     string            `yaml:"appendix" prfaq:"markdown" doc:"Optional supporting material: data, mock-ups, references (Markdown)."`
	Sections     map[string]string `yaml:"sections" prfaq:"markdown" doc:"Custom sections defined by the template, keyed by section id (Markdown)."`
	History      []Revision        `yaml:"history" doc:"Closed revisions, oldest first; written by prfaq bump and prfaq status."`
}

// Revision records one closed version of the document: what it was, who
// closed it and why, and the snapshot that keeps its exact text.
type Revision struct {
	Version  string `yaml:"version" prfaq:"required,version" doc:"The version that was closed."`
	Date     string `yaml:"date" prfaq:"required,date" doc:"When it was closed (YYYY-MM-DD)."`
	Status   Status `yaml:"status" prfaq:"required,enum=draft|in-review|approved|rejected|parked|launched" doc:"The status the document had from then on."`
	Author   string `yaml:"author" doc:"Who closed it."`
	Message  string `yaml:"message" prfaq:"required" doc:"What changed, or why the status changed."`
	Snapshot string `yaml:"snapshot" prfaq:"required" doc:"Path of the snapshot file, relative to the document's folder."`
	SHA256   string `yaml:"sha256" prfaq:"required,pattern=^[0-9a-f]{64}$" doc:"A SHA-256 checksum of the snapshot; a snapshot changed by hand no longer matches it."`
}

// CustomerQuestions are the five questions of the method, in its order.
type CustomerQuestions struct {
	Who     string `yaml:"who" prfaq:"markdown" doc:"Who is the customer? Time, place, situation."`
	Problem string `yaml:"problem" prfaq:"markdown" doc:"What is the customer problem or opportunity, and how big is it?"`
	// Whys is kept apart from Problem so the problem stays in the team's
	// words as written and each answer to "why does that matter?" stays a
	// step of its own, that lint and the layouts can read in order.
	Whys       []string `yaml:"whys" doc:"The why ladder: answers to \"Why does that matter to the customer?\", asked after the problem, in order; the last states the customer impact in the customer's terms."`
	Benefit    string   `yaml:"benefit" prfaq:"markdown" doc:"What is the most important customer benefit?"`
	Evidence   string   `yaml:"evidence" prfaq:"markdown" doc:"How do you know what customers need or want? Data, not anecdotes."`
	Experience string   `yaml:"experience" prfaq:"markdown" doc:"What does the customer experience look like?"`
}

// PressRelease holds the parts of the press release in reading order.
type PressRelease struct {
	Headline         string        `yaml:"headline" doc:"One sentence naming the product in words the customer understands."`
	Subheadline      string        `yaml:"subheadline" doc:"One sentence: who the customer is and what benefit they get."`
	Dateline         Dateline      `yaml:"dateline" doc:"Where and when the announcement is made."`
	Summary          string        `yaml:"summary" prfaq:"markdown" doc:"The opening paragraph: what launches, for whom, and why it matters."`
	Problem          string        `yaml:"problem" prfaq:"markdown" doc:"The problem from the customer's point of view, sized with data, without naming the solution."`
	CurrentSolutions string        `yaml:"current_solutions" prfaq:"markdown" doc:"Why the solutions customers use today fail them."`
	Solution         string        `yaml:"solution" prfaq:"markdown" doc:"How the product makes the customer's experience better."`
	LeaderQuote      LeaderQuote   `yaml:"leader_quote" doc:"A company leader on why we built it."`
	GettingStarted   string        `yaml:"getting_started" prfaq:"markdown" doc:"How a customer gets started, in about three steps."`
	CustomerQuote    CustomerQuote `yaml:"customer_quote" doc:"A customer describing the benefit they experienced."`
	CallToAction     string        `yaml:"call_to_action" prfaq:"markdown" doc:"Where the reader goes next."`
}

// Dateline opens the summary paragraph: "SEATTLE, WA – (Outlet) – March 3, 2027 –".
type Dateline struct {
	City   string `yaml:"city" doc:"City of the announcement, e.g. SEATTLE, WA."`
	Outlet string `yaml:"outlet" doc:"Optional outlet, e.g. Business Wire."`
	Date   string `yaml:"date" prfaq:"date" doc:"Date of the announcement (YYYY-MM-DD); in future mode a date ahead."`
}

// LeaderQuote is the quote from a company leader.
type LeaderQuote struct {
	Speaker string `yaml:"speaker" doc:"Name of the leader quoted."`
	Role    string `yaml:"role" doc:"Role of the leader, e.g. VP of Payments."`
	Text    string `yaml:"text" prfaq:"markdown" doc:"What the leader says: why we built it."`
}

// CustomerQuote is the quote from a customer; before launch it is invented,
// and says so.
type CustomerQuote struct {
	Speaker      string `yaml:"speaker" doc:"Name of the customer quoted."`
	Description  string `yaml:"description" doc:"Who the customer is, e.g. owner of a two-person bakery in Leeds."`
	Text         string `yaml:"text" prfaq:"markdown" doc:"What the customer says about the benefit they experienced."`
	Hypothetical bool   `yaml:"hypothetical" doc:"True when the quote is imagined (future mode); real quotes need false."`
}

// FAQ holds the two lists of questions.
type FAQ struct {
	External []FAQEntry `yaml:"external" doc:"Questions customers and the press would ask."`
	Internal []FAQEntry `yaml:"internal" doc:"Questions stakeholders ask: market, economics, feasibility, dependencies, risks."`
}

// FAQEntry is one question and its answer. IDs are stable across revisions
// (E1, E2 ... for external, I1, I2 ... for internal) so reviewers can point
// at an entry and diffs can follow it.
type FAQEntry struct {
	ID       string `yaml:"id" prfaq:"required,pattern=^[EI][0-9]+$" doc:"E1, E2 ... for external entries and I1, I2 ... for internal ones; kept when entries move, so reviews and diffs can follow them."`
	Category string `yaml:"category" doc:"Internal entries: customer-and-market, economics, feasibility, dependencies, risks or another label."`
	Question string `yaml:"question" prfaq:"required" doc:"The question, as the reader would ask it, ending with a question mark."`
	Answer   string `yaml:"answer" prfaq:"markdown" doc:"The answer (Markdown)."`
}
