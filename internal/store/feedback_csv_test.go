package store

import (
	"strings"
	"testing"

	"github.com/prfaq/prfaq/internal/prfaq"
)

var csvImport = FeedbackImport{Versions: []string{"1.0", "1.1"}, Today: "2026-11-18"}

func TestDecodeFeedbackCSV(t *testing.T) {
	rows, err := DecodeFeedbackCSV("slips.csv", []byte("\uFEFFWho,Version,Reaction,Quote\n"+
		"\"Ana, café owner\",1.0,Excited,\"I'd switch\ntomorrow, honestly\"\n"+
		"Bo,,opposed,\n"+
		",,,\n"+
		"Cy,1.1,confused,\"She said \"\"tab?\"\"\"\n"), csvImport)
	if err != nil {
		t.Fatal(err)
	}
	want := []ImportedReaction{
		{2, prfaq.Feedback{Kind: prfaq.FeedbackReaction, Version: "1.0", From: "Ana, café owner", Reaction: prfaq.ReactionExcited, Quote: "I'd switch\ntomorrow, honestly", Date: "2026-11-18"}},
		{4, prfaq.Feedback{Kind: prfaq.FeedbackReaction, Version: "1.1", From: "Bo", Reaction: prfaq.ReactionOpposed, Date: "2026-11-18"}},
		{6, prfaq.Feedback{Kind: prfaq.FeedbackReaction, Version: "1.1", From: "Cy", Reaction: prfaq.ReactionConfused, Quote: `She said "tab?"`, Date: "2026-11-18"}},
	}
	if len(rows) != len(want) {
		t.Fatalf("got %d rows, want %d: %+v", len(rows), len(want), rows)
	}
	for i := range want {
		if rows[i] != want[i] {
			t.Errorf("row %d:\n got %+v\nwant %+v", i, rows[i], want[i])
		}
	}
}

func TestDecodeFeedbackCSVProblems(t *testing.T) {
	for _, tc := range []struct{ name, csv, want string }{
		{"empty", "", "slips.csv: empty: the first row names the columns"},
		{"unknown column", "who,reacton\n", `slips.csv:1:5: unknown column "reacton": did you mean "reaction"?`},
		{"no reaction column", "who,quote\n", `slips.csv:1:1: no "reaction" column`},
		{"unknown reaction", "who,reaction\nAna,exited\n", `slips.csv:2:5: unknown reaction "exited": did you mean "excited"?`},
		{"unknown version", "who,version,reaction\nAna,0.9,excited\n", `slips.csv:2:5: unknown version "0.9": the document's versions are 1.0, 1.1`},
		{"no one", "who,reaction\n,excited\n", `slips.csv:2:1: no one in the who column`},
		{"bad date", "who,reaction,date\nAna,excited,yesterday\n", `slips.csv:2:13: date "yesterday" is not a date`},
		{"too many fields", "who,reaction\nAna,excited,extra\n", `slips.csv:2:13: 3 fields, but the header names 2 columns`},
		{"open quote", "who,reaction,quote\nAna,excited,\"never closed\nBo,excited\n", `slips.csv:2: a field's opening double quote is never closed (read on to line 3)`},
		{"bare quote", "who,reaction,quote\nAna,excited,say \"hi\"\n", `slips.csv:2:17: bare " in non-quoted-field`},
		{"line after a multi-line quote", "who,reaction,quote\nAna,excited,\"a\nb\"\nBo,thrilled,\n", `slips.csv:4:4: unknown reaction "thrilled"`},
		{"duplicate column", "who,reaction,Who\n", `slips.csv:1:14: column "who" appears twice`},
		{"too long", "who,reaction,quote\nAna,excited," + strings.Repeat("x", 5000) + "\n", `slips.csv:2:13: the row is`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rows, err := DecodeFeedbackCSV("slips.csv", []byte(tc.csv), csvImport)
			if err == nil {
				t.Fatalf("no error; rows %+v", rows)
			}
			if rows != nil {
				t.Errorf("rows returned with an error: %+v", rows)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got  %q\nwant %q", err, tc.want)
			}
		})
	}
}

// FuzzDecodeFeedbackCSV feeds reactions CSVs (prfaq feedback import): any
// bytes give rows or problems, never a panic, and every row is a record
// the feedback log accepts.
func FuzzDecodeFeedbackCSV(f *testing.F) {
	f.Add([]byte("who,version,reaction,quote\nAna,1.0,excited,\"a, b\nc\"\n"))
	f.Add([]byte("reaction,who\nopposed,Bo\n,,\n"))
	f.Add([]byte("\uFEFFwho,reaction,date\nCy,confused,2026-01-02\n"))
	f.Add([]byte("who,reaction\n\"open,excited\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		rows, err := DecodeFeedbackCSV("fuzz.csv", data, csvImport)
		if err != nil {
			return
		}
		for _, row := range rows {
			if msg := checkFeedback(row.Record, nil); msg != "" {
				t.Fatalf("row at line %d is not a valid record: %s", row.Line, msg)
			}
			if feedbackLineSize(row.Record) > MaxFeedbackRecord {
				t.Fatalf("row at line %d is over the record limit", row.Line)
			}
		}
	})
}
