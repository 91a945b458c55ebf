package mddoc

import (
	"strings"
	"time"

	"github.com/prfaq/prfaq/internal/source"
	"github.com/prfaq/prfaq/internal/store"
)

// The document's details written in its body rather than in front
// matter: a table at the top ("| Owner | People Development |", "|
// Status | In review |") or a line of labels ("**Author:** Dana Ortiz ·
// **Status:** Draft"). Read like front matter, they give the document
// its title, authors, status and dates instead of landing in the
// appendix as text nobody placed.

// detailKeys maps what teams call a detail to the front matter key it
// is: lower case, words joined by "_".
var detailKeys = map[string]string{
	"title": "title", "document": "title", "doc": "title", "document_title": "title", "working_title": "title",
	"author": "authors", "authors": "authors", "written_by": "authors", "writer": "authors", "writers": "authors", "drafted_by": "authors",
	"owner": "owner", "owners": "owner", "dri": "owner", "document_owner": "owner",
	"team": "team", "owning_team": "team", "org": "team", "organisation": "team", "organization": "team", "department": "team", "group": "team",
	"status": "status", "state": "status", "stage": "status", "document_status": "status",
	"updated": "updated", "last_updated": "updated", "last_modified": "updated", "modified": "updated", "last_revised": "updated", "revised": "updated", "date_updated": "updated", "last_edited": "updated", "date": "updated",
	"created": "created", "date_created": "created", "first_draft": "created", "started": "created",
	"launch_date": "launch_date", "target_launch": "launch_date", "launch": "launch_date", "target_date": "launch_date", "planned_launch": "launch_date", "launch_target": "launch_date", "release_date": "launch_date", "target_launch_date": "launch_date",
	"product": "product", "product_name": "product",
	"version": "version", "revision": "version", "doc_version": "version",
	"mode": "mode", "template": "",
	"tags": "tags", "labels": "tags", "keywords": "tags",
	// Details that have no field are still details: they are kept as
	// the document's, not as press release text.
	// A memo's lines: who it is to and from.
	"to": "memo", "from": "memo", "cc": "memo", "subject": "title", "re": "title",
	"reviewers": "", "reviewer": "", "approver": "", "approvers": "", "decision_needed_by": "", "decision_by": "", "stakeholders": "", "contributors": "", "sponsor": "", "audience": "", "confidentiality": "", "classification": "", "due": "", "deadline": "", "links": "", "related": "", "jira": "", "ticket": "", "epic": "", "slack": "", "channel": "",
}

// detailKey is the front matter key a label names, and whether it names
// a detail at all.
func detailKey(label string) (string, bool) {
	w, _ := normalize(strings.Trim(label, "*_: "))
	k, ok := detailKeys[strings.ReplaceAll(w, " ", "_")]
	return k, ok
}

// detail is one label and its value, with where the value starts.
type detail struct {
	key, value string
	pos        source.Pos
}

// documentDetails reads block b as the document's details when it is a table
// of two columns, or lines of "Label: value", whose labels are mostly
// details (two at least). It reports them and marks the block as
// structure.
func (r *reader) documentDetails(b block) bool {
	if b.kind != paragraph || b.to-b.from > 30 {
		return false
	}
	// Every form has a table's pipe, a label's colon or a middle dot,
	// on a line shorter than a paragraph's.
	if first := r.lines[b.from]; len(first) > 400 || !strings.ContainsAny(first, "|:·") {
		return false
	}
	var found []detail
	known, rows := 0, 0
	add := func(line int, label string, vs, ve int) {
		rows++
		k, ok := detailKey(label)
		if !ok {
			return
		}
		known++
		raw := strings.TrimRight(r.lines[line][vs:ve], " \t")
		if line < b.to && strings.TrimSpace(r.lines[line][ve:]) == "" && hardBreak(raw) {
			// "**Author:** Renata Olsen\" over the next label, as word
			// processors export a line break: the backslash ends the
			// line, it is not the value's.
			raw = raw[:len(raw)-1]
		}
		v := unescapeMarkdown(strings.TrimSpace(stripEmphasis(raw)))
		if v != "" {
			found = append(found, detail{k, v, r.posAt(line, vs)})
		}
	}
	if tableRule.FindString(r.lines[min(b.from+1, b.to)]) != "" && b.to > b.from {
		for l := b.from; l <= b.to; l++ {
			if l == b.from+1 {
				continue
			}
			cells := tableRow(r.lines[l])
			if len(cells) != 2 {
				return false
			}
			label := r.lines[l][cells[0][0]:cells[0][1]]
			if l == b.from {
				// A header row: "Field | Value", or the first detail.
				if w, _ := normalize(label); w == "field" || w == "key" || w == "item" || w == "property" || w == "attribute" || w == "detail" || w == "details" || w == "" {
					continue
				}
			}
			add(l, label, cells[1][0], cells[1][1])
		}
	} else {
		for l := b.from; l <= b.to; l++ {
			line := r.lines[l]
			for k, span := range detailSpans(line) {
				text := line[span[0]:span[1]]
				if key, value, ok := bareDetail(text, l == b.from && k == 0); ok {
					// prfaq's own first line: "**Title** · Version 1.3 ·
					// In review · 2026-11-20".
					rows++
					known++
					found = append(found, detail{key, value, r.posAt(l, span[0])})
					continue
				}
				label, value, ok := strings.Cut(text, ":")
				if !ok && k > 0 {
					// "To: All store colleagues; Head office": the
					// separator was the value's own.
					rows++
					continue
				}
				if !ok || fieldCount(label) > 4 {
					return false
				}
				vs := span[0] + len(label) + 1
				vs += len(value) - len(strings.TrimLeft(value, " *_"))
				add(l, label, vs, span[1])
			}
		}
	}
	// One detail alone counts on a short line of its own: "Status: IN
	// REVIEW" under the title.
	single := known == 1 && rows == 1 && b.from == b.to && len(found) == 1 && fieldCount(r.lines[b.from]) <= 8 &&
		(found[0].key == "status" && statusOf(found[0].value) != found[0].value || found[0].key == "authors" || found[0].key == "owner" || found[0].key == "updated" && dateOf(found[0].value) != found[0].value)
	if (known < 2 || 2*known < rows) && !single {
		return false
	}
	r.applyDetails(found)
	d := Details{From: b.from + 1, To: b.to + 1, Text: strings.Join(r.lines[b.from:b.to+1], "\n")}
	for _, f := range found {
		d.Values = append(d.Values, f.value)
	}
	r.res.Details = append(r.res.Details, d)
	r.place(b, "", "document details")
	r.marker(b.from, 0, len(r.lines[b.from]))
	for l := b.from + 1; l <= b.to; l++ {
		r.marker(l, 0, len(r.lines[l]))
	}
	return true
}

// detailSpans cuts a line of details at its separators: "Owner: Dana ·
// Status: draft | Updated: 2027-02-11".
func detailSpans(line string) [][2]int {
	var out [][2]int
	start := 0
	for i := 0; i <= len(line); i++ {
		sep := 0
		switch {
		case i == len(line):
		case strings.HasPrefix(line[i:], " · "), strings.HasPrefix(line[i:], " | "):
			sep = 3
			if line[i+1] != '|' {
				sep = 4 // the middle dot is two bytes
			}
		case line[i] == ';' || line[i] == '\t':
			sep = 1
		default:
			continue
		}
		if s, e := trimSpan(line, start, i); e > s {
			out = append(out, [2]int{s, e})
		}
		start = i + sep
		if sep > 0 {
			i += sep - 1
		}
	}
	return out
}

func trimSpan(l string, s, e int) (int, int) {
	for s < e && (l[s] == ' ' || l[s] == '\t') {
		s++
	}
	for e > s && (l[e-1] == ' ' || l[e-1] == '\t') {
		e--
	}
	return s, e
}

// applyDetails gives the document the details found, unless its front
// matter already said them.
func (r *reader) applyDetails(found []detail) {
	fm := &store.FrontMatter{Values: map[string][]string{}, Pos: source.Positions{}}
	authors := false
	for _, d := range found {
		authors = authors || d.key == "authors"
	}
	for _, d := range found {
		key := d.key
		if key == "memo" {
			r.memo = true
			continue
		}
		if key == "" {
			continue // a detail with no field: kept as written
		}
		if key == "owner" {
			// The owner is the team when an author is named, the
			// author when not.
			key = "team"
			if !authors {
				key = "authors"
			}
		}
		if r.inFrontMatter(key) || len(fm.Values[key]) > 0 {
			continue
		}
		fm.Values[key] = []string{d.value}
		fm.Pos[key] = d.pos
	}
	r.applyFrontMatter(fm, true)
}

// statusWords are how teams write a document's status.
var statusWords = []struct{ prefix, status string }{
	{"draft", "draft"}, {"wip", "draft"}, {"work in progress", "draft"}, {"in progress", "draft"},
	{"in review", "in-review"}, {"in-review", "in-review"}, {"under review", "in-review"}, {"review", "in-review"}, {"ready for review", "in-review"},
	{"approved", "approved"}, {"accepted", "approved"}, {"final", "approved"},
	{"rejected", "rejected"}, {"declined", "rejected"}, {"not pursued", "rejected"},
	{"parked", "parked"}, {"on hold", "parked"}, {"paused", "parked"}, {"deferred", "parked"},
	{"launched", "launched"}, {"shipped", "launched"}, {"live", "launched"},
}

// statusOf reads a status as written ("Draft 3", "In review", "WIP")
// into one of the format's, or returns it as it was. Teams qualify the
// word ("second draft", "for review with the leadership team"): in a
// short status, the first status word is the status, unless a negation
// stands before it ("not yet approved" is no approval).
func statusOf(v string) string {
	if st := leadingStatus(v); st != v {
		return st
	}
	w, _ := normalize(v)
	if fieldCount(w) > maxStatusWords {
		return v
	}
	prev := ""
	for rest := w; rest != ""; {
		for _, s := range statusWords {
			if rest == s.prefix || strings.HasPrefix(rest, s.prefix+" ") {
				if negations[prev] {
					return v
				}
				return s.status
			}
		}
		prev, rest, _ = strings.Cut(rest, " ")
	}
	return v
}

// leadingStatus reads a status that starts with its status word ("Draft
// 3", "In review"), or returns v as it was.
func leadingStatus(v string) string {
	w, _ := normalize(v)
	for _, s := range statusWords {
		if w == s.prefix || strings.HasPrefix(w, s.prefix+" ") {
			return s.status
		}
	}
	return v
}

// maxStatusWords is the most words a status line says: a longer value
// is a sentence about the document, not its status.
const maxStatusWords = 8

// negations deny the status word after them.
var negations = words("not", "no", "never", "yet", "nor")

// versionOf reads a version as written into major.minor: a draft's
// number ("7" is 7.0), "v1.2", or a version followed by what it is for
// ("0.7 for the Senate committee"). Anything else is returned as it was.
func versionOf(v string) string {
	t := strings.TrimSpace(v)
	first, _, _ := strings.Cut(t, " ")
	first = strings.TrimRight(strings.TrimLeft(first, "vV"), ",;:")
	major, minor, dotted := strings.Cut(first, ".")
	if !allDigits(major) || dotted && !allDigits(minor) {
		return v
	}
	if !dotted {
		return first + ".0"
	}
	return first
}

// allDigits: s is a non-empty run of ASCII digits.
func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// dateOf reads a date as written ("2027-01-14 09:30:00 +0000",
// "February 11, 2027", "11 Feb 2027") into YYYY-MM-DD, or returns it as
// it was.
func dateOf(v string) string {
	v = strings.TrimSpace(v)
	if len(v) > 10 && v[4] == '-' && v[7] == '-' {
		if _, err := time.Parse(time.DateOnly, v[:10]); err == nil && (v[10] == ' ' || v[10] == 'T') {
			return v[:10]
		}
	}
	if d := parseDate(v); d != "" {
		return d
	}
	// A page tool's timestamp: "April 19, 2027 4:52 PM", "28 April
	// 2027 16:12": the date, then the time of day.
	if day := withoutTimeOfDay(v); day != v {
		if d := parseDate(day); d != "" {
			return d
		}
	}
	return v
}

// withoutTimeOfDay cuts a time of day from the end of s ("16:12", "4:52
// PM", "9:30 a.m. UTC", "at 10:05"), or returns s.
func withoutTimeOfDay(s string) string {
	f := strings.Fields(s)
	n := len(f)
	if n > 1 && len(f[n-1]) <= 4 && strings.ToUpper(f[n-1]) == f[n-1] && !strings.ContainsAny(f[n-1], "0123456789:") {
		n-- // a zone: UTC, GMT, BST, or AM
	}
	if n > 1 {
		switch strings.ToLower(strings.ReplaceAll(f[n-1], ".", "")) {
		case "am", "pm":
			n--
		}
	}
	if n < 2 {
		return s
	}
	h, m, ok := strings.Cut(f[n-1], ":")
	if !ok || !allDigits(h) || len(h) > 2 || len(m) < 2 || !allDigits(m[:2]) {
		return s
	}
	n--
	if n > 1 && strings.EqualFold(f[n-1], "at") {
		n--
	}
	return strings.TrimRight(strings.Join(f[:n], " "), ",")
}

// inFrontMatter: the front matter gave the key, which the body's details
// do not override.
func (r *reader) inFrontMatter(key string) bool {
	has := func(k string) bool { return r.fm != nil && len(r.fm.Values[k]) > 0 }
	switch key {
	case "authors":
		return has("authors") || has("author")
	case "created":
		return has("created") || has("date")
	}
	return has(key)
}

// bareDetail reads a detail written without a label, as prfaq's rendered
// Markdown writes them: the title in bold first, "Version 1.3", a
// status ("In review"), a date, "Launch press release".
func bareDetail(span string, first bool) (key, value string, ok bool) {
	t := strings.TrimSpace(span)
	if first && len(t) > 4 && strings.HasPrefix(t, "**") && strings.HasSuffix(t, "**") {
		return "title", unescapeMarkdown(t[2 : len(t)-2]), true
	}
	if v, found := strings.CutPrefix(t, "Version "); found && !strings.Contains(v, " ") {
		return "version", v, true
	}
	if st := leadingStatus(t); len(t) <= 24 && fieldCount(t) <= 2 && st != t {
		return "status", st, true
	}
	if _, err := time.Parse(time.DateOnly, t); err == nil {
		return "updated", t, true
	}
	switch strings.ToLower(t) {
	case "launch press release":
		return "mode", "launch", true
	case "future press release":
		return "mode", "future", true
	}
	return "", "", false
}

// hardBreak: a line of a paragraph that ends in a backslash, which
// CommonMark reads as a line break: an odd run of them, since two are a
// backslash, escaped.
func hardBreak(l string) bool {
	n := len(l) - len(strings.TrimRight(l, "\\"))
	return n%2 == 1
}

// unescapeMarkdown drops the backslashes that keep punctuation literal:
// "Launch \\*notes\\*" is "Launch *notes*".
func unescapeMarkdown(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && strings.IndexByte("\\`*_{}[]<>()#+!|~", s[i+1]) >= 0 {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// detailsTemplate is the template a line of details near the top names,
// "… · Template: oss", as prfaq's Markdown page writes it: the template
// must be known before the body is read.
func detailsTemplate(lines []string, first int) string {
	for i := first; i < len(lines) && i < first+6; i++ {
		for _, span := range detailSpans(lines[i]) {
			label, value, ok := strings.Cut(lines[i][span[0]:span[1]], ":")
			if ok && strings.TrimSpace(label) == "Template" {
				return unescapeMarkdown(strings.TrimSpace(value))
			}
		}
	}
	return ""
}

// releaseNotices open the lines newsrooms put above a press release:
// "FOR IMMEDIATE RELEASE", "**EMBARGOED UNTIL 00:01 BST, 6 SEPTEMBER
// 2027**". They are neither headline nor subheadline.
var releaseNotices = []string{"for immediate release", "immediate release", "embargoed", "embargo", "under embargo", "for release", "not for distribution", "not for publication", "confidential", "internal only", "for internal use", "draft for review", "press release draft"}

// releaseNotice reads block b as such a line, and keeps it with the
// document's details.
func (r *reader) releaseNotice(b block) bool {
	if b.kind != paragraph || b.to-b.from > 6 {
		return false
	}
	// Lines under the notice are its details: "**Release date:** …",
	// "**Contact:** …".
	for l := b.from + 1; l <= b.to; l++ {
		label, _, ok := strings.Cut(stripEmphasis(strings.TrimSpace(r.lines[l])), ":")
		if !ok || fieldCount(label) > 4 {
			return false
		}
	}
	l := strings.TrimSpace(r.lines[b.from])
	if len(l) > 160 {
		return false
	}
	w, _ := normalize(l)
	notice := false
	for _, n := range releaseNotices {
		if w == n || strings.HasPrefix(w, n+" ") {
			notice = true
			break
		}
	}
	if !notice || fieldCount(w) > 14 {
		return false
	}
	r.keepDetails(b, "release notice")
	return true
}

// keepDetails keeps block b with the document's details, as written: it
// is no part of the press release, and no word of it is lost.
func (r *reader) keepDetails(b block, how string) {
	r.res.Details = append(r.res.Details, Details{From: b.from + 1, To: b.to + 1, Text: strings.Join(r.lines[b.from:b.to+1], "\n")})
	r.place(b, "", how)
	for l := b.from; l <= b.to; l++ {
		r.marker(l, 0, len(r.lines[l]))
	}
}

// banner reads a bold line in capitals above the headline as the
// organisation's banner ("**CITY OF PORT ALDER – PARKS & RECREATION
// DEPARTMENT**"), when a heading that says something follows.
func (r *reader) banner(i int) bool {
	b := r.blocks[i]
	if b.kind != paragraph || b.from != b.to {
		return false
	}
	l := strings.TrimSpace(r.lines[b.from])
	if !strings.HasPrefix(l, "**") || !strings.HasSuffix(l, "**") || strings.ToUpper(l) != l || strings.ContainsAny(l, "?") {
		return false
	}
	for k := i + 1; k < len(r.blocks) && k <= i+4; k++ {
		if nb := r.blocks[k]; nb.kind == heading {
			h, _ := r.headOf(nb)
			if !sentenceLike(h.words) {
				return false
			}
			r.keepDetails(b, "banner")
			return true
		}
	}
	return false
}
