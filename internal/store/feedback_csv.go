package store

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/source"
)

// FeedbackColumns are the columns a reactions CSV may have, in the order
// the workshop's reaction slips print them. who and reaction are required.
var feedbackColumns = []string{"who", "version", "reaction", "quote", "note", "date"}

// FeedbackColumns lists the columns of a reactions CSV, in slip order.
func FeedbackColumns() []string { return slices.Clone(feedbackColumns) }

// FeedbackImport is what a reactions CSV is checked against: the
// document's versions (the current one last) and the date of rows that
// give none.
type FeedbackImport struct {
	Versions []string
	Today    string
}

// ImportedReaction is one row of a reactions CSV, ready to append, with
// the line it starts on.
type ImportedReaction struct {
	Line   int
	Record prfaq.Feedback
}

// DecodeFeedbackCSV reads a reactions CSV typed in from a workshop's
// slips: a header row naming the columns (who, version, reaction, quote,
// note, date, in any order), then one reaction a row. Every row is checked
// before any is returned, so an import records all of them or none; each
// problem names its line and column in file.
func DecodeFeedbackCSV(file string, data []byte, in FeedbackImport) ([]ImportedReaction, error) {
	// Spreadsheets save UTF-8 with a byte order mark; it is not part of the
	// first column's name.
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1 // checked here, to say which row and what to do
	r.TrimLeadingSpace = true
	problem := func(line, col int, format string, args ...any) *source.Problem {
		return &source.Problem{File: file, Pos: source.Pos{Line: line, Col: col}, Msg: fmt.Sprintf(format, args...)}
	}
	header, err := r.Read()
	if errors.Is(err, io.EOF) {
		return nil, source.Problems{problem(0, 0, "empty: the first row names the columns (%s), then one reaction a row", strings.Join(feedbackColumns, ","))}
	}
	if err != nil {
		return nil, source.Problems{csvProblem(file, err)}
	}
	var problems source.Problems
	column := map[string]int{}
	for i, name := range header {
		key := strings.ToLower(strings.TrimSpace(name))
		line, col := r.FieldPos(i)
		switch {
		case key == "from": // the flag's name for who
			key = "who"
		case !slices.Contains(feedbackColumns, key):
			msg := fmt.Sprintf("unknown column %q: the columns are %s", name, strings.Join(feedbackColumns, ", "))
			if near := source.Closest(key, feedbackColumns); near != "" {
				msg = fmt.Sprintf("unknown column %q: did you mean %q? The columns are %s", name, near, strings.Join(feedbackColumns, ", "))
			}
			problems = append(problems, problem(line, col, "%s", msg))
			continue
		}
		if _, dup := column[key]; dup {
			problems = append(problems, problem(line, col, "column %q appears twice", key))
			continue
		}
		column[key] = i
	}
	for _, need := range []string{"who", "reaction"} {
		if _, ok := column[need]; !ok && len(problems) == 0 {
			problems = append(problems, problem(1, 1, "no %q column: the first row names the columns, e.g. %s", need, strings.Join(feedbackColumns[:4], ",")))
		}
	}
	if len(problems) > 0 {
		return nil, problems
	}
	current := ""
	if len(in.Versions) > 0 {
		current = in.Versions[len(in.Versions)-1]
	}
	var rows []ImportedReaction
	for {
		fields, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			// A quote left open swallows the rest of the file: nothing
			// after it can be read as rows.
			problems = append(problems, csvProblem(file, err))
			break
		}
		line, _ := r.FieldPos(0)
		if len(fields) > len(header) {
			_, col := r.FieldPos(len(header))
			problems = append(problems, problem(line, col, "%d fields, but the header names %d columns: put a field holding commas in double quotes", len(fields), len(header)))
			continue
		}
		get := func(name string) (string, int) {
			i, ok := column[name]
			if !ok || i >= len(fields) {
				return "", 0
			}
			_, col := r.FieldPos(i)
			return strings.TrimSpace(fields[i]), col
		}
		if blankRow(fields) {
			continue
		}
		rec := prfaq.Feedback{Kind: prfaq.FeedbackReaction}
		var col int
		rowOK := true
		report := func(c int, format string, args ...any) {
			problems = append(problems, problem(line, max(c, 1), format, args...))
			rowOK = false
		}
		rec.From, col = get("who")
		if rec.From == "" {
			report(col, "no one in the who column: a name, or a label such as \"panel 3\"")
		}
		reaction, col := get("reaction")
		rec.Reaction = prfaq.Reaction(strings.ToLower(reaction))
		switch {
		case reaction == "":
			report(col, "no reaction: write one of %s", strings.Join(reactionNames(), ", "))
		case !rec.Reaction.Known():
			if near := source.Closest(string(rec.Reaction), reactionNames()); near != "" {
				report(col, "unknown reaction %q: did you mean %q? A reaction is one of %s", reaction, near, strings.Join(reactionNames(), ", "))
			} else {
				report(col, "unknown reaction %q: use one of %s", reaction, strings.Join(reactionNames(), ", "))
			}
		}
		rec.Version, col = get("version")
		switch {
		case rec.Version == "":
			rec.Version = current
		case !slices.Contains(in.Versions, rec.Version):
			report(col, "unknown version %q: the document's versions are %s (leave the field empty for the current one, %s)", rec.Version, strings.Join(in.Versions, ", "), current)
		}
		rec.Quote, _ = get("quote")
		rec.Note, _ = get("note")
		rec.Date, col = get("date")
		if rec.Date == "" {
			rec.Date = in.Today
		} else if _, err := time.Parse(time.DateOnly, rec.Date); err != nil {
			report(col, "date %q is not a date: write it as YYYY-MM-DD, or leave it empty for today", rec.Date)
		}
		if !rowOK {
			continue
		}
		if n := feedbackLineSize(rec); n > MaxFeedbackRecord {
			_, col := get("quote")
			report(col, "the row is %d bytes as a record, more than the %d prfaq keeps on one line: shorten the quote or the note", n, MaxFeedbackRecord)
			continue
		}
		rows = append(rows, ImportedReaction{Line: line, Record: rec})
	}
	if len(problems) > 0 {
		return nil, problems
	}
	return rows, nil
}

// blankRow is a row of empty fields: a spreadsheet's trailing rows.
func blankRow(fields []string) bool {
	for _, f := range fields {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}

func reactionNames() []string {
	var names []string
	for _, r := range prfaq.Reactions() {
		names = append(names, string(r))
	}
	return names
}

// feedbackLineSize is how long the record's line in the log would be.
func feedbackLineSize(rec prfaq.Feedback) int {
	line, err := json.Marshal(rec)
	if err != nil {
		return 0
	}
	return len(line) + 1
}

// csvProblem places encoding/csv's error at its line and column.
func csvProblem(file string, err error) *source.Problem {
	var parse *csv.ParseError
	if errors.As(err, &parse) {
		msg := parse.Err.Error()
		hint := ": a field with a double quote in it is written in double quotes, with the quote doubled (\"She said \"\"yes\"\"\")"
		if errors.Is(parse.Err, csv.ErrQuote) && parse.StartLine != parse.Line {
			// The quote opened on the row's line and ran on to where the
			// reader gave up: the row's line is where to look.
			return &source.Problem{File: file, Pos: source.Pos{Line: parse.StartLine}, Msg: fmt.Sprintf("a field's opening double quote is never closed (read on to line %d)%s", parse.Line, hint)}
		}
		if errors.Is(parse.Err, csv.ErrQuote) || errors.Is(parse.Err, csv.ErrBareQuote) {
			msg += hint
		}
		return &source.Problem{File: file, Pos: source.Pos{Line: parse.Line, Col: parse.Column}, Msg: msg}
	}
	return &source.Problem{File: file, Msg: err.Error()}
}
