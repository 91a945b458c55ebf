// Package source is a PR/FAQ as read from its file: where each field is
// (line and column), the file's lines, how to find a span of a field's
// text in the file, and the problems found at places in it. The readers
// of each format fill it in (store for YAML, mddoc for Markdown); lint,
// pages and commands use it without knowing the format.
package source

import (
	"fmt"
	"sort"
	"strings"
)

// Pos is a 1-based line and column in a source file.
type Pos struct {
	Line, Col int
}

// Positions maps field paths (press_release.problem, faq.external[2].answer)
// to where their values start in the source file.
type Positions map[string]Pos

// Problem is one thing wrong with a file, at a place in it.
type Problem struct {
	File string
	Pos
	Msg string
	// Err is the system's error behind the problem, if any, so callers can
	// tell a missing file (fs.ErrNotExist) from a broken one.
	Err error
}

func (p *Problem) Unwrap() error { return p.Err }

func (p *Problem) Error() string {
	switch {
	case p.Line > 0 && p.Col > 0:
		return fmt.Sprintf("%s:%d:%d: %s", p.File, p.Line, p.Col, p.Msg)
	case p.Line > 0:
		return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg)
	}
	return fmt.Sprintf("%s: %s", p.File, p.Msg)
}

// Problems is every problem found in one file, in file order. Reading goes
// on after the first problem so a writer can fix them all in one pass.
type Problems []*Problem

// maxProblems keeps the report of a badly broken file readable.
const maxProblems = 20

func (ps Problems) Error() string {
	lines := make([]string, 0, len(ps))
	for i, p := range ps {
		if i == maxProblems {
			lines = append(lines, fmt.Sprintf("... and %d more problems", len(ps)-maxProblems))
			break
		}
		lines = append(lines, p.Error())
	}
	return strings.Join(lines, "\n")
}

// Sort puts problems in file order and returns them.
func (ps Problems) Sort() Problems {
	sort.SliceStable(ps, func(i, j int) bool {
		if ps[i].Line != ps[j].Line {
			return ps[i].Line < ps[j].Line
		}
		return ps[i].Col < ps[j].Col
	})
	return ps
}
