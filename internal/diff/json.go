package diff

import "encoding/json"

// JSONFormat is the version of the JSON output's shape. It changes only
// when a field is renamed or removed or changes meaning; new fields may
// appear without it changing.
const JSONFormat = 1

// The JSON output, field by field:
//
//	format            JSONFormat (1)
//	from, to          the version labels
//	changed           true when any section differs
//	counts            {changed, added, removed, unchanged}: sections by status
//	sections[]        in document order, each with
//	  path            stable key: "press_release.problem", "faq.external.E3", "sections.tenets"
//	  label           name for people: "problem", "FAQ E3", "custom section tenets"
//	  status          "unchanged", "changed", "added" or "removed"
//	  old_words       words in the old text (0 when added)
//	  new_words       words in the new text (0 when removed)
//	  whitespace_only present and true when only line breaks or spacing changed
//	  coarse          present and true when the section was too large or too
//	                  different to compare word by word
//	  ops[]           absent when unchanged; the word-level edit script, each
//	    op            "equal", "insert" or "delete"
//	    text          the text; equal+delete texts join to the old text,
//	                  equal+insert texts to the new one
type jsonResult struct {
	Format   int           `json:"format"`
	From     string        `json:"from"`
	To       string        `json:"to"`
	Changed  bool          `json:"changed"`
	Counts   jsonCounts    `json:"counts"`
	Sections []jsonSection `json:"sections"`
}

type jsonCounts struct {
	Changed   int `json:"changed"`
	Added     int `json:"added"`
	Removed   int `json:"removed"`
	Unchanged int `json:"unchanged"`
}

type jsonSection struct {
	Path           string   `json:"path"`
	Label          string   `json:"label"`
	Status         string   `json:"status"`
	OldWords       int      `json:"old_words"`
	NewWords       int      `json:"new_words"`
	WhitespaceOnly bool     `json:"whitespace_only,omitempty"`
	Coarse         bool     `json:"coarse,omitempty"`
	Ops            []jsonOp `json:"ops,omitempty"`
}

type jsonOp struct {
	Op   string `json:"op"`
	Text string `json:"text"`
}

// JSON formats a result as indented JSON ending with a newline; the
// fields are listed above. The output is stable: the same result gives
// the same bytes.
func JSON(r *Result) []byte {
	c := r.Counts()
	out := jsonResult{
		Format:   JSONFormat,
		From:     r.From,
		To:       r.To,
		Changed:  r.Changed(),
		Counts:   jsonCounts(c),
		Sections: make([]jsonSection, 0, len(r.Sections)),
	}
	for _, s := range r.Sections {
		js := jsonSection{
			Path:           s.Path,
			Label:          s.Label,
			Status:         s.Status.String(),
			OldWords:       s.OldWords,
			NewWords:       s.NewWords,
			WhitespaceOnly: s.WhitespaceOnly,
			Coarse:         s.Coarse,
		}
		for _, op := range s.Ops {
			js.Ops = append(js.Ops, jsonOp{op.Kind.String(), op.Text})
		}
		out.Sections = append(out.Sections, js)
	}
	data, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		// Only strings, ints and bools: marshalling cannot fail.
		panic("diff: " + err.Error())
	}
	return append(data, '\n')
}
