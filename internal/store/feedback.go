package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"

	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/source"
)

// Feedback layout: the customer reactions to every version of
// NAME.prfaq.yaml are kept in NAME.history/feedback.jsonl, beside the
// snapshots, one JSON record a line. The file is only ever appended to:
// each record is written with a single write to a file opened with
// O_APPEND, which the system applies whole at the end of the file, so
// people recording reactions at the same moment lose none. A record's ID
// is its line number, which never changes since no line is rewritten.

// FeedbackRef is where a document's feedback is kept, relative to the
// document's folder, with forward slashes.
func FeedbackRef(docPath string) string {
	return path.Join(BaseName(docPath)+".history", "feedback.jsonl")
}

// MaxFeedbackRecord is the largest record prfaq appends: well below what
// any local file system writes in one piece, and far above a quote.
const MaxFeedbackRecord = 4096

// AppendFeedback adds one record to the document's feedback log and
// returns its ID. The record is checked first, as ReadFeedback checks
// what it reads.
func AppendFeedback(docPath string, rec prfaq.Feedback) (int, error) {
	if msg := checkFeedback(rec, nil); msg != "" {
		return 0, errors.New(msg)
	}
	line, err := json.Marshal(rec)
	if err != nil {
		return 0, err
	}
	line = append(line, '\n')
	if len(line) > MaxFeedbackRecord {
		return 0, fmt.Errorf("the record is %d bytes, more than the %d prfaq keeps on one line: shorten the quote or the note (keep the whole interview elsewhere and link to it in --note)", len(line), MaxFeedbackRecord)
	}
	ref := FeedbackRef(docPath)
	p := filepath.Join(filepath.Dir(docPath), filepath.FromSlash(ref))
	dir := filepath.Dir(p)
	if info, err := os.Lstat(dir); err == nil && info.Mode()&fs.ModeSymlink != 0 {
		to, _ := os.Readlink(dir)
		return 0, fmt.Errorf("%s is a symbolic link (to %s): prfaq keeps feedback only in a folder of that name beside the document; replace the link with a folder and run the command again", path.Dir(ref), to)
	}
	undo, err := MakeFolder(dir)
	if err != nil {
		return 0, err
	}
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		undo()
		return 0, &WriteError{Path: p, Err: unwrapPathError(err)}
	}
	defer f.Close()
	// One write: the system appends it whole, after any other writer's.
	if _, err := f.Write(line); err != nil {
		return 0, &WriteError{Path: p, Err: unwrapPathError(err)}
	}
	end, err := f.Seek(0, io.SeekCurrent)
	if err != nil {
		return 0, err
	}
	if err := f.Close(); err != nil {
		return 0, &WriteError{Path: p, Err: unwrapPathError(err)}
	}
	// The ID is the line the record landed on: count the lines before it.
	r, err := os.Open(p)
	if err != nil {
		return 0, err
	}
	defer r.Close()
	before := make([]byte, end-int64(len(line)))
	if _, err := io.ReadFull(r, before); err != nil {
		return 0, err
	}
	return bytes.Count(before, []byte("\n")) + 1, nil
}

// ReadFeedback reads a document's feedback log; no log is no records.
// display is the document as the user named it: problems name the log
// beside it, each at its line and column.
func (rd Reader) ReadFeedback(docPath, display string) ([]prfaq.Feedback, error) {
	ref := FeedbackRef(docPath)
	shown := filepath.Join(filepath.Dir(display), filepath.FromSlash(ref))
	p := filepath.Join(filepath.Dir(docPath), filepath.FromSlash(ref))
	if _, err := os.Lstat(p); errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	data, err := rd.ReadFile(p, shown)
	if err != nil {
		return nil, err
	}
	return DecodeFeedback(shown, data)
}

// DecodeFeedback reads the records of a feedback log; file names it in
// problems.
func DecodeFeedback(file string, data []byte) ([]prfaq.Feedback, error) {
	var records []prfaq.Feedback
	var problems source.Problems
	byID := map[int]prfaq.Feedback{}
	for i, line := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		n := i + 1
		var rec prfaq.Feedback
		dec := json.NewDecoder(strings.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&rec); err != nil {
			col, msg := jsonProblem(line, err)
			problems = append(problems, &source.Problem{File: file, Pos: source.Pos{Line: n, Col: col}, Msg: msg + ": each line of the feedback log is one JSON record written by prfaq feedback add; restore the line from git or a backup"})
			continue
		}
		if dec.More() {
			problems = append(problems, &source.Problem{File: file, Pos: source.Pos{Line: n, Col: int(dec.InputOffset()) + 1}, Msg: "more than one record on the line: each line of the feedback log holds one JSON record"})
			continue
		}
		rec.ID = n
		if msg := checkFeedback(rec, byID); msg != "" {
			problems = append(problems, &source.Problem{File: file, Pos: source.Pos{Line: n, Col: 1}, Msg: msg})
			continue
		}
		byID[n] = rec
		records = append(records, rec)
	}
	if len(problems) > 0 {
		return nil, problems
	}
	return records, nil
}

// jsonProblem says where on its line a record failed to decode, and why.
func jsonProblem(line string, err error) (col int, msg string) {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		return max(int(syntax.Offset), 1), "not a JSON record: " + strings.TrimPrefix(err.Error(), "json: ")
	case errors.As(err, &typ):
		return max(int(typ.Offset), 1), fmt.Sprintf("%s should be a %s, not a %s", typ.Field, typ.Type, typ.Value)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return len(line) + 1, "the record is cut short"
	}
	msg = strings.TrimPrefix(err.Error(), "json: ")
	if field, ok := strings.CutPrefix(msg, "unknown field "); ok {
		return strings.Index(line, field) + 1, "unknown field " + field
	}
	return 1, msg
}

// checkFeedback says what is wrong with a record, or "" when nothing is.
// earlier holds the records before it by ID, to check what a retraction
// takes back; nil skips that check.
func checkFeedback(rec prfaq.Feedback, earlier map[int]prfaq.Feedback) string {
	if _, err := time.Parse(time.DateOnly, rec.Date); err != nil {
		return fmt.Sprintf("date %q is not a date: write it as YYYY-MM-DD", rec.Date)
	}
	switch rec.Kind {
	case prfaq.FeedbackReaction:
		var names []string
		for _, r := range prfaq.Reactions() {
			names = append(names, string(r))
		}
		switch {
		case !rec.Reaction.Known():
			return fmt.Sprintf("unknown reaction %q: use one of %s", rec.Reaction, strings.Join(names, ", "))
		case strings.TrimSpace(rec.From) == "":
			return "a reaction needs who it is from: a name, or a label such as \"panel 3\""
		case rec.Version == "":
			return "a reaction needs the version it was to"
		}
	case prfaq.FeedbackRetraction:
		if strings.TrimSpace(rec.Reason) == "" {
			return "a retraction needs a reason"
		}
		if earlier != nil {
			target, ok := earlier[rec.Retracts]
			switch {
			case !ok || target.Kind != prfaq.FeedbackReaction:
				return fmt.Sprintf("retracts %d, which is not a reaction recorded before it", rec.Retracts)
			}
		}
	default:
		return fmt.Sprintf("unknown kind %q: a record is a \"reaction\" or a \"retraction\"", rec.Kind)
	}
	return ""
}

// ReadFeedbackFS reads a document's feedback log from a file system, as
// ReadFeedback reads it from the disk; docPath is the document's name in
// fsys, and names the log in problems.
func (rd Reader) ReadFeedbackFS(fsys fs.FS, docPath string) ([]prfaq.Feedback, error) {
	p := path.Join(path.Dir(docPath), FeedbackRef(docPath))
	if _, err := fs.Stat(fsys, p); errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	data, err := rd.ReadFileFS(fsys, p, p)
	if err != nil {
		return nil, err
	}
	return DecodeFeedback(p, data)
}
