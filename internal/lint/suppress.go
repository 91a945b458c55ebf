package lint

import (
	"slices"
	"strings"
)

// suppression comments in YAML:
//
//	# prfaq-lint: disable=weasel-words,long-sentence
//
// on a line silences those rules on that line and the next one; above a
// key, the next line is the key, and the rules are silenced for the whole
// of its value (a Markdown block cannot hold comments).
//
//	# prfaq-lint: disable-file=passive-voice
//
// anywhere silences the rules for the whole file.
type suppressions struct {
	lines   map[int][]string // 1-based line -> rules
	file    map[string]bool
	spans   []lineSpan
	unknown []Finding
}

type lineSpan struct {
	from, to int
	rules    []string
}

const suppressMarker = "prfaq-lint:"

func (c *checker) suppressions() *suppressions {
	s := &suppressions{lines: map[int][]string{}, file: map[string]bool{}}
	if c.markdown {
		if c.mentions("prfaq-lint") {
			c.markdownSuppressions(s)
		}
		if _, on := c.severity("unknown-rule"); !on {
			s.unknown = nil
		}
		return s
	}
	if !c.mentions(suppressMarker) {
		return s // most files have none: spare the closer look at every line
	}
	for i, line := range c.lines {
		j := strings.Index(line, "#")
		if j < 0 || !strings.Contains(line[j:], suppressMarker) {
			continue
		}
		at := j + strings.Index(line[j:], suppressMarker) + len(suppressMarker)
		kind, list, ok := strings.Cut(line[at:], "=")
		at += len(kind) + 1 // where the list starts: ids are looked for from here
		kind = strings.TrimSpace(kind)
		if !ok || (kind != "disable" && kind != "disable-file") {
			continue
		}
		var rules []string
		for _, r := range strings.Split(list, ",") {
			r = strings.TrimSpace(r)
			if r == "" {
				continue
			}
			r = strings.Fields(r)[0]
			k := at + strings.Index(line[at:], r)
			at = k + len(r)
			if _, known := RuleByID(r); !known {
				s.unknown = append(s.unknown, c.unknownSuppressed(i, line, r, k))
				continue
			}
			rules = append(rules, r)
		}
		if kind == "disable-file" {
			for _, r := range rules {
				s.file[r] = true
			}
			continue
		}
		s.lines[i+1] = append(s.lines[i+1], rules...)
		s.lines[i+2] = append(s.lines[i+2], rules...)
		// Above a key: silence the key's whole value.
		if f := c.fieldWithKeyLine(i + 2); f != nil {
			s.spans = append(s.spans, lineSpan{f.pos.Line, c.lastLine(f), rules})
		}
	}
	if _, on := c.severity("unknown-rule"); !on {
		s.unknown = nil
	}
	return s
}

// mentions reports whether any line of the file holds s.
func (c *checker) mentions(s string) bool {
	for _, line := range c.lines {
		if strings.Contains(line, s) {
			return true
		}
	}
	return false
}

// unknownSuppressed is the finding for an unknown rule id at byte at of
// line i (0-based) in a suppression comment, YAML's or Markdown's.
func (c *checker) unknownSuppressed(i int, line, id string, at int) Finding {
	col := runeCol(line, at)
	return Finding{Rule: "unknown-rule", Severity: Warning, File: c.d.File, Line: i + 1, Col: col, EndLine: i + 1, EndCol: col + len([]rune(id)), Message: "suppression names unknown rule \"" + id + "\"", Hint: "Check the id against docs/lint.md; it may be misspelt.", Source: line}
}

// fieldWithKeyLine finds the field whose key is on a line: for a block
// value the key is on the line before its text.
func (c *checker) fieldWithKeyLine(line int) *field {
	for _, f := range c.fields {
		key := f.pos.Line
		if f.pos.Col == 0 {
			key--
		}
		if key == line {
			return f
		}
	}
	return nil
}

// lastLine is the source line where a field's text ends: a block's line
// count is not its text's (folding joins lines, and the text ends with a
// line break), nor is a wrapped plain or quoted value's.
func (c *checker) lastLine(f *field) int {
	end := len(strings.TrimRight(f.text, " \t\n"))
	if end == 0 {
		return f.pos.Line
	}
	if l, _, _, exact := c.d.Locate.Locate(&f.located, end-1, end); exact {
		return l
	}
	return f.pos.Line + strings.Count(f.text[:end], "\n")
}

func (s *suppressions) covers(rule string, line int) bool {
	if s.file[rule] {
		return true
	}
	for _, r := range s.lines[line] {
		if r == rule || r == "*" {
			return true
		}
	}
	for _, sp := range s.spans {
		if line >= sp.from && line <= sp.to {
			for _, r := range sp.rules {
				if r == rule || r == "*" {
					return true
				}
			}
		}
	}
	return false
}

func sortFindings(fs []Finding) {
	slices.SortStableFunc(fs, func(a, b Finding) int {
		switch {
		case Less(a, b):
			return -1
		case Less(b, a):
			return 1
		}
		return 0
	})
}
