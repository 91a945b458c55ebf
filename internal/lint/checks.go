package lint

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/source"
	"github.com/prfaq/prfaq/internal/textstat"
)

// posOf is where a path's value starts, else where its nearest parent
// does, else the top of the file.
func (c *checker) posOf(path string) source.Pos {
	for p := path; p != ""; {
		if pos, ok := c.pos[p]; ok {
			return pos
		}
		i := strings.LastIndexAny(p, ".[")
		if i < 0 {
			break
		}
		p = p[:i]
	}
	return source.Pos{Line: 1, Col: 1}
}

func quote(s string) string {
	s = joinFields(s)
	if utf8.RuneCountInString(s) > 60 {
		s = string([]rune(s)[:57]) + "..."
	}
	return strconv.Quote(s)
}

// joinFields is strings.Join(strings.Fields(s), " "), without allocating
// when s is already so: one space between words, none around them.
func joinFields(s string) string {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return strings.Join(strings.Fields(s), " ")
	}
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if asciiSpace[c] && (c != ' ' || s[i+1] == ' ') {
				return strings.Join(strings.Fields(s), " ")
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return strings.Join(strings.Fields(s), " ")
		}
		i += n
	}
	return s
}

// asciiSpace is the white space strings.Fields splits ASCII text at.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// checkRequired: the template's required questions are answered.
func checkRequired(c *checker) {
	for _, q := range c.t.Questions {
		// The dateline rule speaks for the dateline.
		if !q.Required || strings.HasPrefix(q.ID, "press_release.dateline.") {
			continue
		}
		// A field lint analyses holds text that is not blank: it is
		// answered, and Get, which walks the document by reflection, can
		// be spared.
		if c.field(q.ID) != nil {
			continue
		}
		if cond, err := prfaq.ParseCondition(q.When); err == nil && !cond.Eval(c.doc) {
			continue
		}
		v, err := c.doc.Get(q.ID)
		if err != nil || !prfaq.IsEmpty(v) {
			continue
		}
		// A quote's speaker and role belong to its text: a quote that
		// is not there is one finding, not one per part of it.
		if quote, ok := attributionOf(q.ID); ok && c.field(quote+".text") == nil {
			continue
		}
		if c.markdown {
			c.markdownRequired(q)
			continue
		}
		c.reportMissing(q.ID, c.posOf(q.ID), false, fmt.Sprintf("%s is required by template %s and is empty (%s)", q.ID, c.t.Name, q.Prompt))
	}
}

// attributionOf is the quote a path attributes (its speaker, role or
// description), without its last part.
func attributionOf(path string) (string, bool) {
	i := strings.LastIndexByte(path, '.')
	if i < 0 || path[i+1:] == "text" || !strings.HasSuffix(path[:i], "_quote") {
		return "", false
	}
	return path[:i], true
}

// reportMissing reports a required field as missing, at the rule's
// severity or, minor, one step below it, and remembers it so that
// another rule does not report the same gap.
func (c *checker) reportMissing(path string, at source.Pos, minor bool, msg string) {
	if _, on := c.severity("required-section"); !on {
		return
	}
	c.markMissing(path)
	if minor {
		c.addMinor("required-section", at, msg)
		return
	}
	c.addRule("required-section", at, msg)
}

// markMissing remembers a required field as reported missing.
func (c *checker) markMissing(path string) {
	if c.missing == nil {
		c.missing = map[string]bool{}
	}
	c.missing[path] = true
}

// hasCategories: a Markdown FAQ gives categories only by grouping its
// questions under headings; one that does not is not asked for them.
func hasCategories(entries []prfaq.FAQEntry) bool {
	for _, e := range entries {
		if e.Category != "" {
			return true
		}
	}
	return false
}

// checkFAQ: enough entries, categories covered, questions well formed,
// not repeated, answered.
func checkFAQ(c *checker) {
	d := c.doc
	for _, l := range []struct {
		key, name string
		entries   []prfaq.FAQEntry
		min       int
	}{
		{"faq.external", "external", d.FAQ.External, c.cfg.threshold("min_external_faq")},
		{"faq.internal", "internal", d.FAQ.Internal, c.cfg.threshold("min_internal_faq")},
	} {
		if len(l.entries) >= l.min || !c.d.Has("faq") {
			continue
		}
		msg := fmt.Sprintf("the %s FAQ has %s; template %s asks for at least %d", l.name, plural(len(l.entries), "entry", "entries"), c.t.Name, l.min)
		switch worth := c.shortFAQWorthSaying(l.key, len(l.entries), l.min); {
		case worth:
			c.addRule("faq-min-entries", c.posOf(l.key), msg)
		case c.markdown && len(l.entries) > 0:
			// A hand-written FAQ a little short of the template's
			// count: which of the method's questions it leaves out is
			// worth a note, not a warning.
			if sev, on := c.severity("faq-min-entries"); on {
				c.addAt("faq-min-entries", sev.below(), c.posOf(l.key), msg, "")
			}
		}
	}
	if len(c.t.FAQCategories) > 0 && (!c.markdown || hasCategories(d.FAQ.Internal)) {
		have := map[string]bool{}
		for _, e := range d.FAQ.Internal {
			have[normalizeCategory(e.Category)] = true
		}
		for _, cat := range c.t.FAQCategories {
			if !have[normalizeCategory(cat)] {
				c.addRule("faq-categories", c.posOf("faq.internal"), fmt.Sprintf("no internal FAQ entry has category %s", cat))
			}
		}
	}
	// The questions so far, each once, words joined by single spaces.
	var asked askedQuestions
	for _, l := range []struct {
		key     string
		entries []prfaq.FAQEntry
	}{{"faq.external", d.FAQ.External}, {"faq.internal", d.FAQ.Internal}} {
		for i, e := range l.entries {
			// Built only for a finding.
			question := func() string { return l.key + "[" + strconv.Itoa(i) + "].question" }
			q := strings.TrimSpace(e.Question)
			if q != "" && !strings.HasSuffix(withoutClosingMarks(q), "?") {
				c.addRule("faq-question-mark", c.posOf(question()), fmt.Sprintf("FAQ %s question does not end with \"?\": %s", e.ID, quote(q)))
			}
			norm := newAskedQuestion(joinFields(strings.TrimRight(q, "?")), e.ID)
			if prev, dup := asked.add(norm); dup && norm.text != "" {
				c.addRule("faq-duplicate", c.posOf(question()), fmt.Sprintf("FAQ %s asks the same question as %s: %s", e.ID, prev, quote(q)))
			}
			if strings.TrimSpace(e.Answer) == "" {
				c.addRule("faq-unanswered", c.posOf(question()), fmt.Sprintf("FAQ %s has no answer: %s", e.ID, quote(q)))
			}
		}
	}
}

// withoutClosingMarks is q less the marks that may close it after its
// question mark: quotes, emphasis, and inline HTML's closing tags
// ("Is it free?</strong>").
func withoutClosingMarks(q string) string {
	for {
		t := strings.TrimRight(q, "\"')*_ ")
		if strings.HasSuffix(t, ">") {
			if k := strings.LastIndex(t, "</"); k >= 0 && !strings.ContainsAny(t[k+2:len(t)-1], "<> ") {
				t = t[:k]
			}
		}
		if t == q {
			return q
		}
		q = t
	}
}

// shortFAQWorthSaying: an FAQ list with n of the want entries its
// template asks for is worth a finding. A list required-section has
// reported empty is its finding already. In a hand-written document the
// count is a weak sign (three thoughtful questions cover more than five
// thin ones): only a token list, under half the minimum, is reported,
// one that cannot have covered what reviewers ask (Carr's four internal
// categories: customer and market, assumptions, economics,
// dependencies). An external list missing beside an internal one is the
// method's internal-tool variant, whose users ask alongside its
// stakeholders.
func (c *checker) shortFAQWorthSaying(key string, n, want int) bool {
	switch {
	case n == 0 && c.missing[key]:
		return false
	case !c.markdown:
		return true
	case n == 0 && key == "faq.external":
		return false
	}
	return 2*n < want
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// askedQuestion is an FAQ question for finding repeats: two questions are
// the same when they are once lower-cased.
type askedQuestion struct {
	text, id string
	ascii    bool
}

func newAskedQuestion(text, id string) askedQuestion {
	ascii := true
	for i := 0; i < len(text) && ascii; i++ {
		ascii = text[i] < utf8.RuneSelf
	}
	return askedQuestion{text, id, ascii}
}

// askedQuestions holds the questions asked so far. A document has a
// handful, and comparing them pairwise, without lower-casing ASCII ones,
// costs less than a map of lower-cased copies; past pairwiseQuestions the
// comparisons would grow with the square of the count (a generated
// 10,000-entry FAQ took seconds), so a map takes over.
type askedQuestions struct {
	list  []askedQuestion
	index map[string]string // lower-cased text to id, once list is long
}

const pairwiseQuestions = 64

// add records q unless the same question was asked before; then it returns
// the earlier question's id.
func (s *askedQuestions) add(q askedQuestion) (string, bool) {
	if s.index != nil {
		key := strings.ToLower(q.text)
		if id, ok := s.index[key]; ok {
			return id, true
		}
		s.index[key] = q.id
		return "", false
	}
	for _, a := range s.list {
		var same bool
		if q.ascii && a.ascii {
			same = strings.EqualFold(q.text, a.text) // for ASCII, lower-casing both and comparing
		} else {
			// Not EqualFold: beyond ASCII it folds cases that lower-casing
			// does not, and this must agree with the map's lower-cased keys.
			//lint:ignore SA6005 must agree with the map of lower-cased keys
			same = strings.ToLower(q.text) == strings.ToLower(a.text)
		}
		if same {
			return a.id, true
		}
	}
	s.list = append(s.list, q)
	if len(s.list) == pairwiseQuestions {
		s.index = make(map[string]string, 2*pairwiseQuestions)
		for _, a := range s.list {
			s.index[strings.ToLower(a.text)] = a.id
		}
		s.list = nil
	}
	return "", false
}

func normalizeCategory(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if !strings.ContainsAny(s, " _") {
		return s // nothing to replace: the replacer would copy it anyway
	}
	return categoryReplacer.Replace(s)
}

var categoryReplacer = strings.NewReplacer(" and ", "-and-", " ", "-", "_", "-")

// wordCount counts the words of the fields of one part.
func (c *checker) wordCount(part string) int {
	n := 0
	for f := range c.fieldsIn(part) {
		n += len(f.words)
	}
	return n
}

// checkLength: press release about a page, FAQ five pages, paragraphs of
// a few sentences.
func checkLength(c *checker) {
	for _, l := range []struct {
		rule, part, what, at string
		warn, max            int
	}{
		{"press-release-length", "press_release", "press release", "press_release", c.cfg.threshold("press_release_words_warn"), c.cfg.threshold("press_release_words_max")},
		{"faq-length", "faq", "FAQ", "faq", c.cfg.threshold("faq_words_warn"), c.cfg.threshold("faq_words_max")},
	} {
		n := c.wordCount(l.part)
		sev, on := c.severity(l.rule)
		switch {
		case !on:
		case l.max > 0 && n > l.max:
			c.addAt(l.rule, Error, c.posOf(l.at), fmt.Sprintf("the %s has %d words, above the limit of %d", l.what, n, l.max), "")
		case l.warn > 0 && n > l.warn:
			// Between the soft budget and the limit is the method's own
			// range ("~700-1000 words" for a press release): worth
			// saying, not worth a warning.
			c.addAt(l.rule, sev.below(), c.posOf(l.at), fmt.Sprintf("the %s has %d words, above the %d a reader takes in at once", l.what, n, l.warn), "")
		}
	}
	limit := c.cfg.threshold("paragraph_sentences")
	if limit <= 0 {
		return
	}
	for _, f := range c.fields {
		for _, p := range f.paragraphs {
			if len(p.Sentences) <= limit || isListOrTable(f.text, p.Start) {
				continue
			}
			if n := ownSentences(f.prose, p); n > limit {
				first := p.Sentences[0].Span
				c.add("paragraph-length", f, first, fmt.Sprintf("paragraph in %s has %d sentences, more than %d", f.label, n, limit))
			}
		}
	}
}

// checkHeadlines: one-sentence subheadline; a headline that is one
// sentence and more than the product's name.
func checkHeadlines(c *checker) {
	if f := c.field("press_release.subheadline"); f != nil && len(f.sentences) != 1 {
		c.add("subheadline-sentence", f, textstat.Span{Start: 0, End: len(strings.TrimRight(f.text, "\n"))}, fmt.Sprintf("the subheadline has %d sentences, not one", len(f.sentences)))
	}
	f := c.field("press_release.headline")
	if f == nil {
		return
	}
	whole := textstat.Span{Start: 0, End: len(strings.TrimRight(f.text, "\n"))}
	if len(f.sentences) > 1 {
		c.add("headline-form", f, whole, fmt.Sprintf("the headline has %d sentences, not one", len(f.sentences)))
	}
	product := strings.ToLower(joinFields(c.doc.Product))
	headline := strings.ToLower(joinFields(strings.Trim(f.text, " .!\n")))
	if product != "" && headline == product {
		c.add("headline-form", f, whole, fmt.Sprintf("the headline is only the product's name, %s: say what it does for the customer", quote(c.doc.Product)))
	}
}

// checkSentences: long sentences, passive voice.
func checkSentences(c *checker) {
	limit := c.cfg.threshold("sentence_words")
	for _, f := range c.fields {
		for _, s := range f.sentences {
			if limit <= 0 || len(s.Words) <= limit {
				continue
			}
			lead := s.Start
			if f.path == "press_release.summary" && s.Start == f.sentences[0].Start {
				lead = datelineLead(f.text, s.Start)
			}
			if n := ownWords(f.prose, s, lead); n > limit {
				c.add("long-sentence", f, firstWords(s, 6), fmt.Sprintf("sentence of %d words (more than %d) in %s: %s", n, limit, f.label, quote(f.text[s.Start:s.End])))
			}
		}
		if _, on := c.severity("passive-voice"); on {
			c.passives(f)
		}
	}
}

// passives reports the passives of the field's paragraphs that lean on
// them. One passive in a paragraph is often the writer's choice, and the
// right one ("Your card is never charged twice" puts the customer first);
// a paragraph of them hides who does what. So a paragraph's passives are
// reported when it has at least two and they are more than
// passive_voice_percent of its sentences; 0 reports every passive.
func (c *checker) passives(f *field) {
	spans := textstat.PassiveVoice(f.prose, f.words)
	if len(spans) == 0 {
		return
	}
	percent := c.cfg.threshold("passive_voice_percent")
	if percent <= 0 {
		for _, span := range spans {
			c.add("passive-voice", f, span, fmt.Sprintf("passive voice in %s: %s", f.label, quote(f.text[span.Start:span.End])))
		}
		return
	}
	next := 0
	for _, p := range f.paragraphs {
		for next < len(spans) && spans[next].Start < p.Start {
			next++ // between paragraphs: not in any sentence
		}
		first := next
		for next < len(spans) && spans[next].Start < p.End {
			next++
		}
		n := next - first
		if n < 2 || n*100 <= percent*len(p.Sentences) {
			continue
		}
		for _, span := range spans[first:next] {
			c.add("passive-voice", f, span, fmt.Sprintf("passive voice in %s: %s (%d passives in %d sentences)", f.label, quote(f.text[span.Start:span.End]), n, len(p.Sentences)))
		}
	}
}

// ownWords counts a sentence's words outside sources in parentheses and
// outside quotation marks, from lead on. The source the method asks for,
// "(2026 survey, n = 1,200)", and a quoted example ("Your bus is 4
// minutes away") are not what makes a sentence hard to follow, and a
// reader skips them as such; a parenthesis of words ("(greeting, finding
// a size)") is read, and counts. A parenthesis is a source when it holds
// a digit. lead is where the sentence's own words start: after a
// dateline, which is no part of it.
func ownWords(prose string, s textstat.Sentence, lead int) int {
	skip := make([]bool, len(s.Words))
	q := quotation{prose: prose, at: s.Start}
	for i, w := range s.Words {
		skip[i] = w.Start() < lead || q.insideAt(w.Start())
	}
	for open := strings.IndexByte(prose[s.Start:s.End], '('); open >= 0; {
		open += s.Start
		end := strings.IndexByte(prose[open:s.End], ')')
		if end < 0 {
			break
		}
		end += open
		if strings.ContainsAny(prose[open:end], "0123456789") {
			for i, w := range s.Words {
				if w.Start() > open && w.Start() < end {
					skip[i] = true
				}
			}
		}
		next := strings.IndexByte(prose[end:s.End], '(')
		if next < 0 {
			break
		}
		open = end + next - s.Start
	}
	n := 0
	for _, sk := range skip {
		if !sk {
			n++
		}
	}
	return n
}

// datelineLead is where a summary's first sentence, at start, says its
// own words when it opens with a dateline whose date is still a blank
// ("Willow Bend, OR – [date TBD] – The district ..."): the reader did not
// take it for a dateline, having no date to read, but it is one. start
// otherwise.
func datelineLead(text string, start int) int {
	_, j := datelinePlace(text, start)
	if j < 0 {
		return start
	}
	for j < len(text) && text[j] == ' ' {
		j++
	}
	// The date: a bracketed blank, then a dash.
	if j >= len(text) || text[j] != '[' && text[j] != '<' {
		return start
	}
	closing := byte(']')
	if text[j] == '<' {
		closing = '>'
	}
	k := strings.IndexByte(text[j:min(len(text), j+80)], closing)
	if k < 0 {
		return start
	}
	rest := strings.TrimLeft(text[j+k+1:], " *")
	for _, d := range []string{"–", "—", "--", "-", ":"} {
		if after, ok := strings.CutPrefix(rest, d); ok {
			return len(text) - len(after)
		}
	}
	return start
}

// datelinePlace finds a dateline's place opening text at start ("PORT
// ALDER, Wash. – ", "Willow Bend, OR – "): a few capitalised words and
// commas, then a dash within 50 bytes. It returns where the dash starts
// and where what follows it starts, or -1, -1.
func datelinePlace(text string, start int) (dash, after int) {
	i := start
	if strings.HasPrefix(text[i:], "**") {
		i += 2
	}
	sep, next := -1, 0
	for _, d := range []string{" – ", " — ", " -- ", " - "} {
		if k := strings.Index(text[i:min(len(text), i+50)], d); k > 0 && (sep < 0 || k < sep) {
			sep, next = k, k+len(d)
		}
	}
	if sep < 0 || !placeLike(text[i:i+sep]) {
		return -1, -1
	}
	return i + sep, i + next
}

// placeLike: a dateline's place, "Willow Bend, OR", "SEATTLE, Wash.":
// up to six words, each starting with a capital but for particles such
// as "the" and "upon", only letters, commas and points.
func placeLike(s string) bool {
	f := strings.Fields(strings.ReplaceAll(s, ",", " "))
	if len(f) == 0 || len(f) > 6 {
		return false
	}
	for k, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && (k == 0 || len(w) > 4) {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '.' && r != '\'' && r != '-' {
				return false
			}
		}
	}
	return true
}

// ownSentences counts a paragraph's sentences that start outside
// quotation marks: a quoted message of two sentences ("Route 7 is 12 min
// late. Next on time: Route 9") is one thing the paragraph says.
func ownSentences(prose string, p textstat.Paragraph) int {
	n := 0
	q := quotation{prose: prose, at: p.Start}
	for _, s := range p.Sentences {
		if !q.insideAt(s.Start) {
			n++
		}
	}
	return n
}

// quotation follows quotation marks through prose, forward only.
type quotation struct {
	prose  string
	at     int
	inside bool
}

// insideAt reports whether offset end, at or after the last one asked,
// is inside quotation marks.
func (q *quotation) insideAt(end int) bool {
	for ; q.at < end; q.at++ {
		switch {
		case q.prose[q.at] == '"':
			q.inside = !q.inside
		case strings.HasPrefix(q.prose[q.at:], "“"):
			q.inside = true
		case strings.HasPrefix(q.prose[q.at:], "”"):
			q.inside = false
		}
	}
	return q.inside
}

// firstWords is the span of a sentence's first n words, where a finding
// about the whole sentence points.
func firstWords(s textstat.Sentence, n int) textstat.Span {
	if len(s.Words) == 0 {
		return s.Span
	}
	end := s.Words[min(n, len(s.Words))-1].End()
	return textstat.Span{Start: s.Words[0].Start(), End: end}
}

// checkWords: weasel words and buzzwords everywhere, hype in quotes.
func checkWords(c *checker) {
	for fi, f := range c.fields {
		for _, r := range [...]struct {
			rule, kind string
			list       int
		}{{"weasel-words", "weasel word", listWeasel}, {"buzzwords", "buzzword", listBuzzwords}} {
			if _, on := c.severity(r.rule); !on {
				continue
			}
			if r.list == listWeasel && f.faqQuestion() {
				continue // a question asks ("How many customers...?"); it does not claim
			}
			// The question an FAQ answer answers: a hypothetical one is
			// answered in its mood.
			var q *field
			if fi > 0 && c.fields[fi-1].faqQuestion() &&
				strings.TrimSuffix(c.fields[fi-1].path, "question") == strings.TrimSuffix(f.path, "answer") {
				q = c.fields[fi-1]
			}
			for m := range f.found(r.list) {
				if r.list == listWeasel && f.answered(m.Span, q) {
					continue
				}
				if r.list == listWeasel && f.quote && spokenEmphasis(f.prose[m.Start:m.End]) {
					continue // "It's really easy": how people talk, quoted; the quote's claim is elsewhere
				}
				if r.list == listBuzzwords && !buzzClaims(f, m.Span) {
					continue
				}
				c.add(r.rule, f, m.Span, fmt.Sprintf("%s %s in %s", r.kind, quote(f.text[m.Start:m.End]), f.label))
			}
		}
		if f.quote {
			for m := range f.found(listHype) {
				c.add("hype-in-quotes", f, m.Span, fmt.Sprintf("hype %s in the %s", quote(f.text[m.Start:m.End]), f.label))
			}
		}
	}
}

// spokenEmphasis reports whether a weasel word is an intensifier people
// use when they talk (very, really), which a quote keeps as said.
func spokenEmphasis(w string) bool {
	return strings.EqualFold(w, "very") || strings.EqualFold(w, "really")
}

// plainWords are buzzwords that are also plain English: "simply not
// eaten", "simple repairs", "build fast". They claim only in the press
// release's own voice: not in what someone is quoted saying, nor in the
// FAQ's answers.
var plainWords = map[string]bool{"simple": true, "simply": true, "easy": true, "easily": true, "fast": true}

// buzzClaims reports whether a buzzword at span makes the claim the rule
// is about: a plain word only in the press release's own voice about the
// product, outside its quotes and outside the paragraphs that describe the
// world before it, and not "too easily" (a risk), "simply not" (just
// not), "no easy way" (a lack) or a "simply" that means "just" ("the
// solver simply has more to work with", "sites have simply added
// people").
func buzzClaims(f *field, span textstat.Span) bool {
	word := strings.ToLower(f.prose[span.Start:span.End])
	if !plainWords[word] {
		return true
	}
	if f.quote || f.part != "press_release" {
		// Only the release's own voice sells: an FAQ answer's "simple
		// repairs" names a kind of job.
		return false
	}
	if f.path == "press_release.problem" || f.path == "press_release.current_solutions" {
		// "those simple permits", "no easy way to cancel": the old way,
		// described.
		return false
	}
	i := f.wordAt(span.Start)
	prev, next := "", ""
	if i > 0 && onlySpace(f.gapBefore(i)) {
		prev = f.words[i-1].Text(f.prose)
	}
	if i+1 < len(f.words) && onlySpace(f.gapBefore(i+1)) {
		next = f.words[i+1].Text(f.prose)
	}
	switch {
	case strings.EqualFold(prev, "too"), strings.EqualFold(next, "not"):
		return false
	case strings.EqualFold(prev, "no"), strings.EqualFold(prev, "not"), strings.EqualFold(prev, "never"),
		strings.HasSuffix(prev, "n't"), strings.HasSuffix(prev, "n’t"):
		return false // a lack: "no easy way to cancel", "isn't simple"
	case word == "simply" && (haveOrBe(prev) || haveOrBe(next)):
		// "simply" as "just": with have or be it states what is or
		// was done ("simply has more to work with", "have simply added
		// people"); the selling "simply" comes before what the customer
		// does ("simply scan the symbol").
		return false
	}
	return true
}

// haveOrBe reports whether t is a form of have or be.
func haveOrBe(t string) bool {
	for _, v := range [...]string{"have", "has", "had", "is", "are", "was", "were", "be", "been"} {
		if len(t) == len(v) && strings.EqualFold(t, v) {
			return true
		}
	}
	return false
}

// faqQuestion reports whether the field is an FAQ entry's question.
func (f *field) faqQuestion() bool {
	return f.part == "faq" && strings.HasSuffix(f.path, "].question")
}

// hypothetical reports whether an FAQ question asks about what is not
// so: a risk ("What is the biggest risk?", "What could go wrong?"), an
// alternative not taken ("Why not build the pump too?", "Why build this
// rather than partner?") or a condition ("What is our exposure if a
// report misses something?"). Its answer's would, could and might are
// the grammar of that question, not hedges on a claim.
func hypothetical(q *field) bool {
	if q == nil {
		return false
	}
	for _, w := range q.words {
		t := w.Text(q.prose)
		for _, h := range [...]string{"would", "could", "might", "if", "not", "instead", "rather", "risk", "risks",
			"wrong", "fail", "fails", "worst", "threat", "threats", "exposure", "hardest", "downside", "downsides"} {
			if len(t) == len(h) && strings.EqualFold(t, h) {
				return true
			}
		}
		if strings.HasSuffix(t, "n't") || strings.HasSuffix(t, "n’t") {
			return true // "Why don't we ...?"
		}
	}
	return false
}

// answered reports whether a vague word at span hides no missing figure:
// it is part of a question the text asks ("Would it work offline?", "can
// see how many are left"), the text gives the figure right after it
// ("many customers (1,200 in the pilot)", "significantly faster: from 10
// minutes to 2"), or it is a modal verb that hedges nothing. q is the
// FAQ question the field answers, or nil.
func (f *field) answered(span textstat.Span, q *field) bool {
	// The end of the sentence that holds it: the first to end after its
	// start.
	end := len(f.prose)
	i, _ := slices.BinarySearchFunc(f.sentences, span.Start, func(s textstat.Sentence, at int) int {
		return cmp.Compare(s.End, at+1)
	})
	if i < len(f.sentences) {
		end = f.sentences[i].End
	}
	if textstat.Asked(f.prose, span.End, end) || textstat.AfterHow(f.prose, f.words, span.Start) ||
		textstat.Precise(f.prose, f.words, span.End) {
		return true
	}
	// The figure a few words on, or opening the next sentence: "would
	// cost over $20,000 a month", "Many residents struggle. 38% of those
	// over 75 …". The word hides no number the reader is not given.
	if hasFigure(firstFields(f.prose[span.End:end], 6)) {
		return true
	}
	if i+1 < len(f.sentences) && !strings.Contains(f.prose[end:f.sentences[i+1].Start], "\n\n") {
		next := f.prose[f.sentences[i+1].Start:f.sentences[i+1].End]
		if hasMeasure(firstFields(next, 4)) {
			return true
		}
		// The share opens the next sentence's main clause, after what
		// says where it comes from: "Many never reply. In a survey we
		// ran with the writers' society in 2027, 71% of 1,200 writers
		// ...".
		if c := strings.IndexByte(next, ','); c >= 0 && hasMeasure(firstFields(next[c+1:], 1)) {
			return true
		}
	}
	// "a dip that is really a date error": "really" as "in fact",
	// naming what something is, not making it more.
	if word := strings.ToLower(f.prose[span.Start:span.End]); word == "really" {
		if next := strings.Fields(f.prose[span.End:end]); len(next) > 0 && (next[0] == "a" || next[0] == "an" || next[0] == "the") {
			return true
		}
	}
	// "Several questions remain:" and the list of them.
	if strings.HasSuffix(strings.TrimSpace(f.prose[span.End:end]), ":") {
		return true
	}
	if f.tableLabel(span) || f.kinds(span) {
		return true
	}
	// "As many as you like": the reader sets the number.
	// "the travellers who really need a person": "really" in a relative
	// clause picks out whom it means; it makes nothing more.
	if word := f.prose[span.Start:span.End]; strings.EqualFold(word, "many") || strings.EqualFold(word, "really") {
		k := f.wordAt(span.Start)
		prev := ""
		if k > 0 && onlySpace(f.gapBefore(k)) {
			prev = f.words[k-1].Text(f.prose)
		}
		if strings.EqualFold(word, "many") && strings.EqualFold(prev, "as") && onlySpace(f.gapBefore(k+1)) && f.pronounAfter(k+1) {
			return true
		}
		if strings.EqualFold(word, "really") && (strings.EqualFold(prev, "who") || strings.EqualFold(prev, "that") || strings.EqualFold(prev, "which")) {
			return true
		}
	}
	if !textstat.IsModal(f.prose[span.Start:span.End]) {
		return false
	}
	// A modal that states a fact ("could not find", "said they would
	// like") hedges nothing; nor does one in a quote, a person's own
	// words, where "should" is a conviction and "could" their story, or
	// one quoted in the text ('a notification: "Your bill would overdraw
	// your account"').
	if f.quote || f.quoted(span.Start) {
		return true
	}
	if strings.EqualFold(f.prose[span.Start:span.End], "should") {
		if f.instructs(span) {
			return true
		}
	} else if hypothetical(q) {
		return true
	}
	return textstat.FactualModal(f.prose, f.words, span.Start, span.End)
}

// quoted reports whether offset at is inside quotation marks, counted
// from the start of its paragraph.
func (f *field) quoted(at int) bool {
	from := 0
	for _, p := range f.paragraphs {
		if p.Start > at {
			break
		}
		from = p.Start
	}
	q := quotation{prose: f.prose, at: from}
	return q.insideAt(at)
}

// instructs reports whether "should" at span tells someone what to do
// rather than predicting an outcome: in the part of the press release
// that tells the reader how to start or what to do next, or with a
// person as its subject ("Your agent should send it", "We should replace
// it"). "should be" and "should see" predict ("you should see results")
// and are left to the rule.
func (f *field) instructs(span textstat.Span) bool {
	i := f.wordAt(span.Start)
	if i+1 < len(f.words) {
		if after := f.words[i+1].Text(f.prose); strings.EqualFold(after, "be") || strings.EqualFold(after, "see") {
			return false
		}
	}
	if f.path == "press_release.getting_started" || f.path == "press_release.call_to_action" {
		return true
	}
	for k := i - 1; k >= 0 && i-k <= 3; k-- {
		if strings.ContainsAny(f.prose[f.words[k].End():f.words[k+1].Start()], ".!?;:,()") {
			break
		}
		switch w := strings.ToLower(f.words[k].Text(f.prose)); {
		case k == i-1 && (w == "we" || w == "you" || w == "i"):
			return true
		case w == "your":
			return true
		}
	}
	return false
}

// tableLabel reports whether span is in a table cell that names rather
// than says: a few words with no sentence in them, such as the row
// heading of a risk table ("Customers paying very late"). The row says
// the rest.
func (f *field) tableLabel(span textstat.Span) bool {
	// A table's cells are sentences of their own.
	i, _ := slices.BinarySearchFunc(f.sentences, span.Start, func(s textstat.Sentence, at int) int {
		return cmp.Compare(s.End, at+1)
	})
	if i == len(f.sentences) || f.sentences[i].Start > span.Start {
		return false
	}
	p := f.sentences[i]
	if !strings.HasSuffix(strings.TrimRight(f.text[:p.Start], " \t"), "|") ||
		!strings.HasPrefix(strings.TrimLeft(f.text[p.End:], " \t"), "|") {
		return false
	}
	cell := f.prose[p.Start:p.End]
	return !strings.ContainsAny(cell, ".!?;:") && len(strings.Fields(cell)) <= 6
}

// kinds reports whether the vague quantity at span counts kinds it names
// at once: "lots of reasons like traffic, weather and driver shortages",
// "many scans, drugs and procedures". The list says what it covers.
func (f *field) kinds(span textstat.Span) bool {
	i := f.wordAt(span.End) // the noun after the quantity
	if i+2 >= len(f.words) || !onlySpace(f.gapBefore(i)) {
		return false
	}
	word := func(k int, w string) bool { return strings.EqualFold(f.words[k].Text(f.prose), w) }
	switch g := strings.TrimSpace(f.gapBefore(i + 1)); g {
	case ",":
		// "scans, drugs and procedures": a second noun, then and, or or
		// another comma; not "meals, and the person who pays".
		if word(i+1, "and") || word(i+1, "or") || word(i+1, "but") || word(i+1, "which") || word(i+1, "who") {
			return false
		}
		g2 := f.gapBefore(i + 2)
		return strings.TrimSpace(g2) == "," || onlySpace(g2) && (word(i+2, "and") || word(i+2, "or"))
	case "":
		return word(i+1, "like") || word(i+1, "including") ||
			word(i+1, "such") && onlySpace(f.gapBefore(i+2)) && word(i+2, "as")
	}
	return false
}

// pronounAfter reports whether the words from index i go on "as" and a
// person: "as many as you like", "as they need".
func (f *field) pronounAfter(i int) bool {
	if i+1 >= len(f.words) || !strings.EqualFold(f.words[i].Text(f.prose), "as") {
		return false
	}
	switch strings.ToLower(f.words[i+1].Text(f.prose)) {
	case "you", "they", "we", "i", "he", "she":
		return true
	}
	return false
}

// wordAt is the index of the first word that starts at or after at.
func (f *field) wordAt(at int) int {
	i, _ := slices.BinarySearchFunc(f.words, at, func(w textstat.Word, at int) int {
		return cmp.Compare(w.Start(), at)
	})
	return i
}

// gapBefore is the text between word i and the word before it.
func (f *field) gapBefore(i int) string {
	if i <= 0 || i >= len(f.words) {
		return ""
	}
	return f.prose[f.words[i-1].End():f.words[i].Start()]
}

// onlySpace reports whether s is spaces, tabs or one line break at most:
// nothing that separates two words more than a space does.
func onlySpace(s string) bool {
	return strings.Trim(s, " \t\n\r") == "" && strings.Count(s, "\n") <= 1
}

// firstFields is text's first n words.
func firstFields(text string, n int) string {
	fs := strings.Fields(text)
	return strings.Join(fs[:min(n, len(fs))], " ")
}

// hasFigure reports whether text holds a number that is not a year: a
// word with a digit ("$20,000", "38%", "1 in 6").
func hasFigure(text string) bool {
	for _, w := range strings.Fields(text) {
		w = strings.Trim(w, ".,;:!?()\"'")
		if !strings.ContainsAny(w, "0123456789") {
			continue
		}
		if len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && strings.Trim(w, "0123456789") == "" {
			continue // a year
		}
		return true
	}
	return false
}

// hasMeasure reports whether text holds a share or an amount: "38%",
// "$4,000", "1,200", the figures that make a vague word's next sentence
// its answer. A bare small number ("Diner 1") labels rather than measures.
func hasMeasure(text string) bool {
	for _, w := range strings.Fields(text) {
		w = strings.Trim(w, ".,;:!?()\"'")
		if !strings.ContainsAny(w, "0123456789") {
			continue
		}
		if strings.ContainsAny(w, "%$£€") || strings.Contains(w, ",") && len(w) >= 5 {
			return true
		}
	}
	return false
}

// checkAcronyms: each acronym spelled out before, or at, its first use,
// reading the document in order.
func checkAcronyms(c *checker) {
	if _, on := c.severity("acronym"); !on {
		return
	}
	ignore := c.cfg.words["acronym"]
	defs := make([][]string, len(c.fields))
	for i, f := range c.fields {
		defs[i] = definitions(f)
	}
	// The product's name and the document's title name things; an
	// acronym in them is a name, not shorthand to spell out. What they
	// and the headline spell out is spelled out before anything else.
	named := map[string]bool{}
	defined := map[string]bool{}
	names := c.names()
	for _, t := range names {
		for _, a := range textstat.Acronyms(t, textstat.Words(t), ignore) {
			named[a.Text] = true
		}
		for _, d := range textstat.Definitions(t) {
			defined[d] = true
		}
	}
	headline := c.field("press_release.headline")
	if i := slices.Index(c.fields, headline); i >= 0 {
		for _, d := range defs[i] {
			defined[d] = true
		}
	}
	reported := map[string]bool{}
	summary := c.field("press_release.summary")
	for i, f := range c.fields {
		place := 0
		if f == summary {
			// The dateline's place, where the reader could not parse the
			// date and left it in the summary: "PORT ALDER, Wash. —".
			place, _ = datelinePlace(f.prose, 0)
		}
		for _, a := range textstat.Acronyms(f.prose, f.words, ignore) {
			key := strings.TrimSuffix(a.Text, "s")
			if defined[a.Text] || defined[key] || reported[key] || named[key] {
				continue
			}
			if a.Span.End <= place {
				continue // the dateline's place: "PORT ALDER, Wash. —", "Willow Bend, OR –"
			}
			if slices.Contains(defs[i], a.Text) || slices.Contains(defs[i], key) {
				continue // spelled out in this field, at or around its first use
			}
			if textstat.InName(f.prose, f.words, f.sentences, a.Span) {
				if f == headline {
					named[key] = true // part of the product's name, as the headline gives it
				}
				continue
			}
			if c.spelledAsName(names, i, a) {
				defined[key] = true
				continue
			}
			if f == headline && c.spelledOutAnywhere(defs, key) {
				continue // a headline has no room to spell out; the text below it does
			}
			reported[key] = true
			c.add("acronym", f, a.Span, fmt.Sprintf("acronym %s in %s is not spelled out at first use", a.Text, f.label))
		}
		for _, d := range defs[i] {
			defined[d] = true
		}
	}
}

// names are the product's name and the document's title, unless the
// title is only the headline again (a Markdown PR/FAQ without a title of
// its own takes its headline as title).
func (c *checker) names() []string {
	var out []string
	if p := strings.TrimSpace(c.doc.Product); p != "" {
		out = append(out, p)
	}
	title := strings.TrimSpace(c.doc.Title)
	if title != "" && !strings.EqualFold(joinFields(strings.Trim(title, " #*_.")), joinFields(strings.Trim(c.doc.PressRelease.Headline, " #*_.\n"))) {
		out = append(out, title)
	}
	return out
}

// spelledAsName reports whether the acronym a of field i is spelled out
// as the name it stands for ("the Seattle Department of Transportation"
// for SDOT) in the product's name, the title, an earlier field, or its own
// field before it.
func (c *checker) spelledAsName(names []string, i int, a textstat.Acronym) bool {
	for _, t := range names {
		if textstat.SpelledAsName(t, textstat.Words(t), len(t), a.Text) {
			return true
		}
	}
	for k, f := range c.fields[:i+1] {
		limit := len(f.prose)
		if k == i {
			limit = a.Start
		}
		if textstat.SpelledAsName(f.prose, f.words, limit, a.Text) {
			return true
		}
	}
	return false
}

// spelledOutAnywhere reports whether some field spells out the acronym
// key, in parentheses or as a name.
func (c *checker) spelledOutAnywhere(defs [][]string, key string) bool {
	for i, f := range c.fields {
		if slices.Contains(defs[i], key) || textstat.SpelledAsName(f.prose, f.words, len(f.prose), key) {
			return true
		}
	}
	return false
}

// definitions is textstat.Definitions(f.prose), from the words the field
// already holds: Definitions cuts the text into words again, which made it
// a tenth of the time lint spends on a document.
func definitions(f *field) []string {
	var out []string
	for _, d := range textstat.FindDefinitions(f.prose, f.words) {
		if !slices.Contains(out, d.Acronym) {
			out = append(out, d.Acronym)
		}
	}
	return out
}

// checkPlaceholders: TODO, TBD, XX, lorem ipsum, [Customer Name], <insert ...>.
func checkPlaceholders(c *checker) {
	if _, on := c.severity("placeholder"); !on {
		return
	}
	exact := c.cfg.placeholders
	for _, f := range c.fields {
		// A bracketed blank is one placeholder: the TBD inside "[date
		// TBD, before the first day of school]" is not a second.
		blanks := bracketBlanks(f)
		for _, span := range blanks {
			c.add("placeholder", f, span, fmt.Sprintf("placeholder %s left in %s", quote(f.text[span.Start:span.End]), f.label))
		}
		// Single words match exactly (TODO, not "todo"); phrases in any case.
		for _, w := range f.words {
			if !exact.first[f.prose[w.Start()]] {
				continue // as has would, but without taking the word's text
			}
			if t := w.Text(f.prose); exact.has(t) && !inSpans(blanks, w.Span()) {
				c.add("placeholder", f, w.Span(), fmt.Sprintf("placeholder %s left in %s", quote(t), f.label))
			}
		}
		for m := range f.found(listPlaceholder) {
			if strings.Contains(m.Phrase, " ") && !inSpans(blanks, m.Span) {
				c.add("placeholder", f, m.Span, fmt.Sprintf("placeholder %s left in %s", quote(f.text[m.Start:m.End]), f.label))
			}
		}
	}
}

// bracketBlanks are the field's bracketed blanks ([Customer Name],
// <insert date>) that are placeholders, in order.
func bracketBlanks(f *field) []textstat.Span {
	var out []textstat.Span
	var code []textstat.Span // found only for a field with a bracketed blank
	codeFound := false
	for _, span := range bracketPlaceholders(f.text) {
		// [propName] and <T> in code are code. A [...] that lint reads
		// no prose in is code, a comment or a link's reference; a
		// <...> never holds prose, so only code may excuse it.
		if f.text[span.Start] == '[' && strings.TrimSpace(f.prose[span.Start+1:span.End-1]) == "" {
			continue
		}
		if !codeFound {
			code, codeFound = textstat.CodeSpans(f.text), true
		}
		if inSpans(code, span) {
			continue
		}
		out = append(out, span)
	}
	return out
}

// inSpans reports whether span lies inside one of spans, which are in
// order.
func inSpans(spans []textstat.Span, span textstat.Span) bool {
	for _, s := range spans {
		if s.Start > span.Start {
			return false
		}
		if span.End <= s.End {
			return true
		}
	}
	return false
}

// bracketPlaceholders finds [Customer Name] and <insert date> style
// blanks: bracketed text that is not a Markdown link.
func bracketPlaceholders(s string) []textstat.Span {
	var out []textstat.Span
	// Where the next [ and < are, found with the vectorised IndexByte: most
	// texts hold neither.
	nextAt := [2]int{-1, -1}
	for i := 0; i < len(s); i++ {
		for k, b := range [2]byte{'[', '<'} {
			if nextAt[k] < i && nextAt[k] != len(s) {
				if j := strings.IndexByte(s[i:], b); j >= 0 {
					nextAt[k] = i + j
				} else {
					nextAt[k] = len(s)
				}
			}
		}
		if i = min(nextAt[0], nextAt[1]); i == len(s) {
			break
		}
		open := s[i]
		if open == '[' && strings.HasPrefix(s[i:], "[[") {
			// A wiki link, as notes apps write one: [[Customer interviews]].
			if k := strings.Index(s[i+2:], "]]"); k >= 0 {
				i += 2 + k + 1
				continue
			}
		}
		closeCh := byte(']')
		if open == '<' {
			closeCh = '>'
		}
		j := strings.IndexByte(s[i+1:], closeCh)
		if j < 0 || j > 60 {
			continue
		}
		end := i + 1 + j + 1
		if open == '[' && end < len(s) && (s[end] == '(' || s[end] == '[' || s[end] == ':') {
			continue // a Markdown link or reference
		}
		if s[i+1] == '^' {
			continue // a footnote
		}
		inner := strings.ToLower(s[i+1 : i+1+j])
		for _, k := range []string{"insert", "name", "customer", "company", "product", "tbd", "todo", "date", "city", "placeholder"} {
			if strings.Contains(inner, k) && (open == '[' || strings.HasPrefix(inner, "insert")) {
				out = append(out, textstat.Span{Start: i, End: end})
				break
			}
		}
		i = end - 1
	}
	return out
}

// checkReadability: the press release's Flesch-Kincaid grade.
func checkReadability(c *checker) {
	limit := c.cfg.threshold("readability_grade")
	if limit <= 0 {
		return
	}
	words, sentences, syllables := 0, 0, 0
	for f := range c.fieldsIn("press_release") {
		words += len(f.words)
		sentences += len(f.sentences)
		syllables += textstat.CountSyllables(f.prose, f.words)
	}
	if words < 50 {
		return // too short to measure
	}
	grade := textstat.FleschKincaidGrade(words, sentences, syllables)
	if grade > float64(limit) {
		c.addRule("readability", c.posOf("press_release"), fmt.Sprintf("the press release reads at grade %.1f (Flesch-Kincaid), above %d: %d words in %d sentences, %.2f syllables a word", grade, limit, words, sentences, float64(syllables)/float64(words)))
	}
}

// checkDateline: present when the template asks for it; ahead in future
// mode. A dateline that is not there at all is one finding, not one for
// its city and one for its date; a city alone missing is the lesser
// gap, since the date is what commits the team to a launch.
func checkDateline(c *checker) {
	if !c.d.Has("press_release") {
		return // the note on the missing press release speaks for it
	}
	_, asksCity := c.t.Question("press_release.dateline.city")
	_, asksDate := c.t.Question("press_release.dateline.date")
	dl := c.doc.PressRelease.Dateline
	noCity, noDate := asksCity && strings.TrimSpace(dl.City) == "", asksDate && dl.Date == ""
	switch {
	case (asksCity || asksDate) && strings.TrimSpace(dl.City) == "" && dl.Date == "":
		if c.markdown {
			// The summary is where it belongs. A hand-written
			// document's template is assumed, not chosen, and the
			// method's open-source and developer-tool launches go
			// without: the lesser finding.
			if sev, on := c.severity("dateline"); on {
				// Two steps down: a note. Internal launches open
				// with "Starting April 5", open-source ones with
				// the release; a reviewer rarely asks for a city.
				c.addAt("dateline", sev.below().below(), c.posOf("press_release.summary"), "no dateline: the summary does not open with the city and the launch date", "")
			}
			break
		}
		c.addRule("dateline", c.posOf("press_release.dateline"), "no dateline: press_release.dateline has no city and no date")
	case noCity:
		c.addMinor("dateline", c.posOf("press_release.dateline.city"), "the dateline has no city: it gives only the date")
	case noDate:
		c.addRule("dateline", c.posOf("press_release.dateline.date"), "the dateline has no date")
	}
	if dl.Date != "" && c.doc.Mode == prfaq.ModeFuture && !c.now.IsZero() && dl.Date <= c.now.Format("2006-01-02") {
		c.addRule("dateline", c.posOf("press_release.dateline.date"), fmt.Sprintf("the dateline date %s is not ahead: a future press release announces a launch to come", dl.Date))
	}
}

// checkQuotes: no invented quotes once launched.
func checkQuotes(c *checker) {
	q := c.doc.PressRelease.CustomerQuote
	if c.doc.Mode == prfaq.ModeLaunch && q.Hypothetical && strings.TrimSpace(q.Text) != "" {
		c.addRule("launch-hypothetical-quote", c.posOf("press_release.customer_quote.hypothetical"), fmt.Sprintf("the customer quote by %s is marked hypothetical, and the document is in launch mode", quote(q.Speaker)))
	}
}

// checkApprovalPolicy: while a document is in review, how far its
// current version is from the customer reactions the team's policy asks
// before approval, so the review knows before the decision.
func checkApprovalPolicy(c *checker) {
	policy := c.cfg.Approval
	// A Markdown PR/FAQ keeps no feedback log: it would always fall short.
	if c.markdown || c.doc.Status != prfaq.StatusInReview || !policy.Active() {
		return
	}
	missing := policy.Shortfall(c.d.Reactions)
	if len(missing) == 0 {
		return
	}
	c.addRule("approval-policy", c.posOf("status"), fmt.Sprintf("version %s is in review and falls short of the approval policy (at least %d excited, at most %d opposed): customers' reactions to it: %s; it needs %s",
		c.doc.Version, policy.MinExcited, max(policy.MaxOpposed, 0), c.d.Reactions.String(), strings.Join(missing, ", ")))
}

// checkProblem: the problem paragraph describes the problem only, and its
// numbers carry sources.
func checkProblem(c *checker) {
	f := c.field("press_release.problem")
	if f == nil {
		return
	}
	if p := strings.TrimSpace(c.doc.Product); p != "" {
		for _, hit := range textstat.FindPhrase(f.prose, f.words, p) {
			c.add("problem-names-solution", f, hit.Span, fmt.Sprintf("the problem paragraph names the product, %s", quote(p)))
		}
	}
	for hit := range f.found(listSolution) {
		c.add("problem-names-solution", f, hit.Span, fmt.Sprintf("the problem paragraph describes the solution: %s", quote(f.text[hit.Start:hit.End])))
	}
	// The numbers of sourced sentences: a later sentence may point back at
	// the same sample ("At the same 31 apps").
	var samples map[string]bool
	pageNote := -1 // whether a note on the page sources the figures: looked up once, when needed
	for _, s := range f.sentences {
		nums := textstat.Numbers(f.prose, s.Words)
		if len(nums) == 0 {
			continue
		}
		if sourced(f.text[s.Start:s.End]) {
			if samples == nil {
				samples = map[string]bool{}
			}
			for _, n := range nums {
				samples[f.prose[n.Start:n.End]] = true
			}
			continue
		}
		found := claims(f.prose, s.Words)
		if len(found) == 0 || refersBack(f.prose, s.Words, samples) {
			continue
		}
		// "…, and in a council survey last spring 62% of residents said
		// …": a later clause that names its source sources the figures
		// in it, not those before it.
		if from := sourcedClause(f.text[s.Start:s.End]); from > 0 {
			found = slices.DeleteFunc(found, func(n textstat.Span) bool { return n.Start >= s.Start+from })
			if len(found) == 0 {
				continue
			}
		}
		if pageNote < 0 {
			pageNote = 0
			if declaresSources(c.lines) {
				pageNote = 1
			}
		}
		if pageNote == 1 {
			break
		}
		// A figure the appendix gives as data ("| Remakes | 2.8% |") is
		// sourced there: the method sends the data to the appendix.
		found = slices.DeleteFunc(found, func(n textstat.Span) bool { return c.inAppendix(f.prose[n.Start:n.End]) })
		for _, n := range found {
			c.add("unsourced-number", f, n, fmt.Sprintf("the number %s in the problem paragraph has no source: add one in parentheses, or (assumption)", quote(f.text[n.Start:n.End])))
		}
	}
}

// inAppendix reports whether the first number of a figure ("14%" of "14%
// of the 61,000") stands in the document's appendix, as a whole token.
func (c *checker) inAppendix(figure string) bool {
	num := figure
	if i := strings.IndexByte(figure, ' '); i > 0 {
		num = figure[:i]
	}
	if len(num) < 2 || !strings.ContainsAny(num, "0123456789") {
		return false // "two", "6": too common to tell one use from another
	}
	for f := range c.fieldsIn("appendix") {
		for at := 0; ; {
			i := strings.Index(f.text[at:], num)
			if i < 0 {
				break
			}
			i += at
			end := i + len(num)
			at2 := func(k int) byte {
				if k < 0 || k >= len(f.text) {
					return ' '
				}
				return f.text[k]
			}
			if !isNumberByte(at2(i-1), at2(i-2)) && !isNumberByte(at2(end), at2(end+1)) {
				return true
			}
			at = end
		}
	}
	return false
}

// isNumberByte: a byte that would make a number found inside text part of
// a longer one ("12.8%" holds "2.8%"); a point or comma only with a digit
// beyond it, since "2.8%." ends a sentence.
func isNumberByte(b, beyond byte) bool {
	return b >= '0' && b <= '9' || (b == '.' || b == ',') && beyond >= '0' && beyond <= '9'
}

// checkCustomerFocus: the press release talks about the customer more
// than about us and competitors.
func checkCustomerFocus(c *checker) {
	self, rivals, customer := 0, 0, 0
	matches := make([]textstat.ListMatch, 0, 32) // reused for each field
	own := c.customerNouns()
	for f := range c.fieldsIn("press_release") {
		if f.quote {
			continue // a leader speaking as "we" is the quote's job
		}
		if len(own) > 0 {
			for _, w := range f.words {
				if ownCustomerWord(f.prose, w, own) {
					customer++
				}
			}
		}
		matches = c.cfg.focus.AppendFind(matches[:0], f.prose, f.words)
		for _, m := range matches {
			switch m.List {
			case listSelf:
				self++
			case listCompetitor:
				rivals++
			case listCustomer:
				customer++
			}
		}
	}
	if self+rivals > customer && self+rivals >= 3 {
		c.addRule("customer-focus", c.posOf("press_release"), fmt.Sprintf("the press release talks about us (%d) and competitors (%d) more than about the customer (%d)", self, rivals, customer))
	}
}

// checkFieldBudgets: each answer within its question's word and sentence
// budget, as the wizard shows it.
func checkFieldBudgets(c *checker) {
	for _, q := range c.t.Questions {
		if q.MaxWords == 0 && q.MaxSentences == 0 {
			continue
		}
		f := c.field(q.ID)
		if f == nil {
			continue
		}
		whole := textstat.Span{Start: 0, End: len(strings.TrimRight(f.text, "\n"))}
		if first, _, _ := strings.Cut(f.text[:whole.End], "\n"); len(first) < whole.End {
			whole.End = len(first)
		}
		sev, on := c.severity("field-length")
		if !on {
			return
		}
		// An overrun of less than half the budget is the writer's call
		// (two data-rich problem paragraphs for two customers): the
		// lesser finding. Half again as long is a section to cut.
		// A section whose paragraphs the Markdown reader placed by their
		// order and words ends where the reader guessed, and so does one
		// of several paragraphs under a heading (an availability line
		// after how to start): a paragraph of the next section read into
		// it makes it long. A note, then.
		guessed := c.markdown && (c.d.GuessedFields[q.ID] || strings.Contains(strings.TrimSpace(f.text), "\n\n"))
		over := func(n, budget int) Severity {
			if 2*n < 3*budget || guessed {
				return sev.below()
			}
			return sev
		}
		switch {
		case q.MaxWords > 0 && len(f.words) > q.MaxWords:
			c.addSpan("field-length", over(len(f.words), q.MaxWords), f, whole, fmt.Sprintf("%s has %d words; template %s budgets %d", f.label, len(f.words), c.t.Name, q.MaxWords))
		case q.MaxSentences > 0 && len(f.sentences) > q.MaxSentences:
			sentSev := over(len(f.sentences), q.MaxSentences)
			if q.MaxWords > 0 {
				// Within its words, more sentences are shorter ones.
				sentSev = sev.below()
			}
			c.addSpan("field-length", sentSev, f, whole, fmt.Sprintf("%s has %d sentences; template %s budgets %d", f.label, len(f.sentences), c.t.Name, q.MaxSentences))
		}
	}
}

// isListOrTable reports whether the block holding offset at is a list or
// a table, whose items are not the sentences of one paragraph.
func isListOrTable(text string, at int) bool {
	start := strings.LastIndexByte(text[:at], '\n') + 1
	line := strings.TrimLeft(text[start:], " \t")
	switch {
	case strings.HasPrefix(line, "|"), strings.HasPrefix(line, "- "), strings.HasPrefix(line, "* "), strings.HasPrefix(line, "+ "):
		return true
	}
	i := 0
	for i < len(line) && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	return i > 0 && i < len(line) && (line[i] == '.' || line[i] == ')')
}
