// Package diff compares two versions of a PR/FAQ document, section by
// section and word by word, for reviewers asking "what changed since last
// week?".
//
// Compare walks the document format (prfaq.DocumentSpec) and produces one
// Section per piece of text a reader sees: the metadata that matters to
// readers, each of the five customer questions, each part of the press
// release, each FAQ entry (matched by its stable id, so moving an entry is
// not a change), the appendix and each custom section. Fields that change
// on every revision (version, created, updated, template_version, history)
// and the file's bookkeeping (prfaq, template) are left out. A section
// empty in both versions is left out too: a field nobody wrote is not
// "unchanged".
//
// Text, Markdown, HTML and JSON present a Result. All four are
// deterministic: the same two documents give the same bytes.
//
// The package is pure: it reads no files and knows nothing of YAML.
package diff

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/prfaq/prfaq/internal/prfaq"
)

// Status says how a section differs between the two versions.
type Status int

const (
	Unchanged Status = iota // the same text in both
	Changed                 // text in both, not the same
	Added                   // text only in the new version
	Removed                 // text only in the old version
)

// String returns "unchanged", "changed", "added" or "removed", the names
// the JSON and the summaries use.
func (s Status) String() string {
	switch s {
	case Unchanged:
		return "unchanged"
	case Changed:
		return "changed"
	case Added:
		return "added"
	case Removed:
		return "removed"
	}
	return "unknown"
}

// Result is the comparison of two versions of a document.
type Result struct {
	From, To string    // labels of the old and the new version, e.g. "1.0" and "1.1 (working copy)"
	Sections []Section // every section with text in either version, in document order
}

// Section is one comparable piece of the document.
type Section struct {
	// Path is the stable key of the section: a field path such as
	// "press_release.problem", "customer.who", "title" or
	// "press_release.leader_quote.text"; "faq.external.E3" for an FAQ
	// entry; "sections.tenets" for a custom section.
	Path string
	// Label names the section for people: "problem", "customer (who)",
	// "leader quote (text)", "FAQ E3", "custom section tenets".
	Label    string
	Status   Status
	OldWords int // words in the old version's text (0 when Added)
	NewWords int // words in the new version's text (0 when Removed)
	// Ops is the word-level edit script from the old text to the new:
	// empty when Unchanged, one Insert when Added, one Delete when Removed.
	Ops []Op
	// WhitespaceOnly is true for a Changed section whose words and
	// punctuation are the same: only line breaks or spacing moved.
	WhitespaceOnly bool
	// Coarse is true when the section was too large or too different to
	// compare word by word within the package's limits: the changed
	// middle is one deletion and one insertion.
	Coarse bool
}

// Counts are how many sections have each status.
type Counts struct {
	Changed, Added, Removed, Unchanged int
}

// Counts counts the sections by status.
func (r *Result) Counts() Counts {
	var c Counts
	for _, s := range r.Sections {
		switch s.Status {
		case Changed:
			c.Changed++
		case Added:
			c.Added++
		case Removed:
			c.Removed++
		default:
			c.Unchanged++
		}
	}
	return c
}

// Changed reports whether any section differs.
func (r *Result) Changed() bool {
	for _, s := range r.Sections {
		if s.Status != Unchanged {
			return true
		}
	}
	return false
}

// String is the counts as a sentence part: "2 changed, 1 added,
// 1 removed, 9 unchanged".
func (c Counts) String() string {
	return fmt.Sprintf("%d changed, %d added, %d removed, %d unchanged", c.Changed, c.Added, c.Removed, c.Unchanged)
}

// Summary is the section's one-line summary: "problem: changed, 42 → 57
// words", "FAQ E3: added, 60 words", "FAQ I2: removed, 35 words",
// "headline: unchanged".
func (s Section) Summary() string {
	return s.Label + ": " + s.Change()
}

// Change is Summary without the label: "changed, 42 → 57 words".
func (s Section) Change() string {
	switch s.Status {
	case Changed:
		what := "changed"
		if s.WhitespaceOnly {
			what = "changed (spacing only)"
		}
		return fmt.Sprintf("%s, %d → %s", what, s.OldWords, words(s.NewWords))
	case Added:
		return "added, " + words(s.NewWords)
	case Removed:
		return "removed, " + words(s.OldWords)
	}
	return "unchanged"
}

func words(n int) string {
	if n == 1 {
		return "1 word"
	}
	return strconv.Itoa(n) + " words"
}

// skipped are the top-level keys left out of a comparison: bookkeeping
// that changes on every revision or that readers never see.
func skipped(key string) bool {
	switch key {
	case "prfaq", "template", "template_version", "version", "created", "updated", "history":
		return true
	}
	return false
}

// bareLabel lists the objects whose fields are labelled by their own
// name: the press release is the body of the document, so its problem is
// just "problem" (the customer's is "customer (problem)").
func bareLabel(key string) bool { return key == "press_release" }

// Compare compares two documents; fromLabel and toLabel name them in
// outputs ("1.0", "1.1 (working copy)"). A nil document compares as an
// empty one, so everything in the other is added or removed.
func Compare(from, to *prfaq.Document, fromLabel, toLabel string) *Result {
	if from == nil {
		from = &prfaq.Document{}
	}
	if to == nil {
		to = &prfaq.Document{}
	}
	c := &comparer{r: &Result{From: fromLabel, To: toLabel, Sections: []Section{}}}
	c.object(prfaq.DocumentSpec(), reflect.ValueOf(from), reflect.ValueOf(to), "", "", true)
	return c.r
}

type comparer struct{ r *Result }

// object compares the fields of an object spec in file order. prefix is
// the path of the object ("" or "press_release."), label its label for
// people ("" or "leader quote").
func (c *comparer) object(spec *prfaq.Spec, from, to reflect.Value, prefix, label string, root bool) {
	for _, f := range spec.Fields {
		if root && skipped(f.Key) {
			continue
		}
		path := prefix + f.Key
		name := strings.ReplaceAll(f.Key, "_", " ")
		fieldLabel := name
		if label != "" {
			fieldLabel = label + " (" + name + ")"
		}
		fv, tv := f.Value(from), f.Value(to)
		switch f.Kind {
		case prfaq.ValueObject:
			sub := label
			if !bareLabel(f.Key) {
				sub = strings.TrimSpace(label + " " + name)
			}
			c.object(f, fv, tv, path+".", sub, false)
		case prfaq.ValueObjectList:
			c.entries(f, fv, tv, path)
		case prfaq.ValueStringMap:
			c.stringMap(fv, tv, path)
		default:
			oldText, oldEmpty := scalarText(fv)
			newText, newEmpty := scalarText(tv)
			c.add(path, fieldLabel, oldText, newText, oldEmpty && newEmpty)
		}
	}
}

// scalarText returns the text of a scalar or list value as a reader sees
// it, and whether the value is empty (blank text, no items, false, 0).
func scalarText(v reflect.Value) (string, bool) {
	switch v.Kind() {
	case reflect.String:
		t := normalize(v.String())
		return t, t == ""
	case reflect.Bool:
		return strconv.FormatBool(v.Bool()), !v.Bool()
	case reflect.Int:
		return strconv.FormatInt(v.Int(), 10), v.Int() == 0
	case reflect.Slice:
		var items []string
		for i := 0; i < v.Len(); i++ {
			if e := v.Index(i); e.Kind() == reflect.String {
				if t := normalize(e.String()); t != "" {
					items = append(items, t)
				}
			}
		}
		t := strings.Join(items, ", ")
		return t, t == ""
	}
	return "", true
}

// normalize makes line ends "\n" and trims the text: a YAML block scalar's
// final newline or a Windows line end is not a change.
func normalize(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.TrimSpace(s)
}

// add appends the section for path unless both texts are empty.
func (c *comparer) add(path, label, oldText, newText string, bothEmpty bool) {
	if bothEmpty {
		return
	}
	s := Section{Path: path, Label: label, OldWords: CountWords(oldText), NewWords: CountWords(newText)}
	switch {
	case oldText == newText:
		s.Status = Unchanged
	case oldText == "":
		s.Status = Added
		s.Ops = []Op{{Insert, newText}}
	case newText == "":
		s.Status = Removed
		s.Ops = []Op{{Delete, oldText}}
	default:
		s.Status = Changed
		s.Ops, s.Coarse = wordDiff(oldText, newText)
		s.WhitespaceOnly = slices.Equal(strings.Fields(oldText), strings.Fields(newText))
	}
	c.r.Sections = append(c.r.Sections, s)
}

// entry is one FAQ entry as compared: its key (its id, made unique if the
// document repeats one) and its text, question and answer.
type entry struct {
	key, text string
}

// entries compares two FAQ lists entry by entry, matching entries by id.
// The sections follow the new order; an entry only in the old list comes
// right after the entry that preceded it there.
func (c *comparer) entries(spec *prfaq.Spec, from, to reflect.Value, path string) {
	idSpec, qSpec, aSpec := spec.Field("id"), spec.Field("question"), spec.Field("answer")
	if idSpec == nil || qSpec == nil || aSpec == nil {
		return // not a list of questions: nothing a reader compares
	}
	read := func(list reflect.Value) []entry {
		seen := map[string]int{}
		out := make([]entry, 0, list.Len())
		for i := 0; i < list.Len(); i++ {
			e := list.Index(i)
			key := strings.TrimSpace(idSpec.Value(e).String())
			if key == "" {
				key = "?"
			}
			// Ids are unique in a valid document; a repeated or missing
			// one is matched by its place among the entries sharing it.
			seen[key]++
			if n := seen[key]; n > 1 {
				key += "#" + strconv.Itoa(n)
			}
			q := normalize(qSpec.Value(e).String())
			a := normalize(aSpec.Value(e).String())
			text := q
			if a != "" {
				text = strings.TrimSpace(q + "\n\n" + a)
			}
			out = append(out, entry{key, text})
		}
		return out
	}
	oldList, newList := read(from), read(to)

	inNew := make(map[string]string, len(newList))
	for _, e := range newList {
		inNew[e.key] = e.text
	}
	inOld := make(map[string]string, len(oldList))
	// removedAfter holds the entries gone from the new list under the key
	// of the nearest earlier entry that is still there ("" for the top).
	removedAfter := map[string][]entry{}
	anchor := ""
	for _, e := range oldList {
		inOld[e.key] = e.text
		if _, ok := inNew[e.key]; ok {
			anchor = e.key
			continue
		}
		removedAfter[anchor] = append(removedAfter[anchor], e)
	}
	addRemoved := func(anchor string) {
		for _, e := range removedAfter[anchor] {
			c.add(path+"."+e.key, "FAQ "+e.key, e.text, "", e.text == "")
		}
	}
	addRemoved("")
	for _, e := range newList {
		o := inOld[e.key]
		c.add(path+"."+e.key, "FAQ "+e.key, o, e.text, o == "" && e.text == "")
		addRemoved(e.key)
	}
}

// stringMap compares the custom sections, by id in alphabetical order
// (a document's map has no order of its own).
func (c *comparer) stringMap(from, to reflect.Value, path string) {
	texts := func(m reflect.Value) map[string]string {
		out := map[string]string{}
		if m.Kind() != reflect.Map {
			return out
		}
		iter := m.MapRange()
		for iter.Next() {
			out[iter.Key().String()] = normalize(iter.Value().String())
		}
		return out
	}
	oldMap, newMap := texts(from), texts(to)
	var ids []string
	for id := range oldMap {
		ids = append(ids, id)
	}
	for id := range newMap {
		if _, ok := oldMap[id]; !ok {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	for _, id := range ids {
		o, n := oldMap[id], newMap[id]
		c.add(path+"."+id, "custom section "+id, o, n, o == "" && n == "")
	}
}
