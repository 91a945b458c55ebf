package prreport

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/prfaq/prfaq/internal/lint"
	"github.com/prfaq/prfaq/internal/store"
)

func finding(rule string, line int, msg string) lint.Finding {
	return lint.Finding{Rule: rule, Severity: lint.Warning, Line: line, Message: msg}
}

func TestFindingMoves(t *testing.T) {
	weasel := func(line int) lint.Finding { return finding("weasel-words", line, `weasel word "arguably" in problem`) }
	todo := finding("placeholder", 12, `placeholder "TODO" left in customer problem`)
	tests := []struct {
		name          string
		before, after []lint.Finding
		wantNew       []int // lines of the new findings
		wantFixed     []int
	}{
		{"moved to another line is neither new nor fixed", []lint.Finding{weasel(10)}, []lint.Finding{weasel(14)}, nil, nil},
		{"a second instance of the same text is new", []lint.Finding{weasel(10)}, []lint.Finding{weasel(10), weasel(20)}, []int{20}, nil},
		{"gone is fixed", []lint.Finding{weasel(10), todo}, []lint.Finding{weasel(11)}, nil, []int{12}},
		{"another rule on the same text is new", []lint.Finding{weasel(10)}, []lint.Finding{weasel(10), finding("hedging", 10, `weasel word "arguably" in problem`)}, []int{10}, nil},
	}
	lines := func(fs []Finding) []int {
		var out []int
		for _, f := range fs {
			out = append(out, f.Line)
		}
		return out
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gotNew, gotFixed := findingMoves(tt.before, tt.after)
			if g := lines(gotNew); !equal(g, tt.wantNew) {
				t.Errorf("new findings on lines %v, want %v", g, tt.wantNew)
			}
			if g := lines(gotFixed); !equal(g, tt.wantFixed) {
				t.Errorf("fixed findings on lines %v, want %v", g, tt.wantFixed)
			}
		})
	}
}

func equal(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// sides reads the keyturn example and a copy whose problem paragraph is
// rewritten at length, so its redline is long.
func sides(t *testing.T) (before, after *Side) {
	t.Helper()
	data, err := os.ReadFile("../../examples/keyturn.prfaq.yaml")
	if err != nil {
		t.Fatal(err)
	}
	rewritten := strings.Replace(string(data), "Rotating one database credential by hand", strings.Repeat("Engineers wait for the platform team every quarter. ", 60)+"Rotating one database credential by hand", 1)
	read := func(b string) *Side {
		d := store.ReadYAML("keyturn.prfaq.yaml", []byte(b))
		if d.Doc == nil {
			t.Fatalf("example not read: %v", d.Err)
		}
		score := lint.Score{Total: 80}
		return &Side{Doc: d.Doc, Data: []byte(b), Score: &score}
	}
	return read(string(data)), read(rewritten)
}

func TestMarkdownFoldsAndCuts(t *testing.T) {
	before, after := sides(t)
	var inputs []Input
	for _, name := range []string{"a", "b", "c", "d", "e"} {
		inputs = append(inputs, Input{File: name + ".prfaq.yaml", Before: before, After: after})
	}
	r := Build("origin/main", inputs)

	whole := string(Markdown(r, MaxComment))
	if !strings.HasPrefix(whole, Marker+"\n") {
		t.Errorf("the comment does not start with the marker:\n%.200s", whole)
	}
	if n := strings.Count(whole, "<details><summary>Redline"); n != 5 {
		t.Errorf("%d long redlines folded into <details>, want 5", n)
	}
	if strings.Contains(whole, "left out") {
		t.Errorf("a comment under the limit was cut")
	}

	// Near the limit, redlines are left out first; past it, documents
	// are cut with a note. The comment stays under the limit, and the
	// summary table still lists every document.
	for _, tt := range []struct {
		limit     int
		want      string
		wantNotes int
	}{
		{utf8.RuneCountInString(whole) * 2 / 5, "The redline is left out to stay under the comment size limit", 0},
		{1500, "more document was left out to stay under the comment size limit: run `prfaq report --base origin/main`", 1},
	} {
		cut := string(Markdown(r, tt.limit))
		if n := utf8.RuneCountInString(cut); n > tt.limit {
			t.Errorf("limit %d: the comment is %d characters", tt.limit, n)
		}
		if !strings.Contains(cut, tt.want) {
			t.Errorf("limit %d: no %q in:\n%s", tt.limit, tt.want, cut)
		}
		if n := strings.Count(cut, "left out to stay under the comment size limit: run"); n != tt.wantNotes {
			t.Errorf("limit %d: %d notes of documents cut, want %d", tt.limit, n, tt.wantNotes)
		}
		for _, name := range []string{"a", "b", "c", "d", "e"} {
			if !strings.Contains(cut, "| `"+name+".prfaq.yaml` |") {
				t.Errorf("limit %d: the table lost %s", tt.limit, name)
			}
		}
	}
}

func TestUntouchedFilesAreCounted(t *testing.T) {
	before, _ := sides(t)
	r := Build("main", []Input{{File: "k.prfaq.yaml", Before: before, After: before}})
	if len(r.Documents) != 0 || r.Unchanged != 1 {
		t.Fatalf("got %d documents, %d unchanged; want 0 and 1", len(r.Documents), r.Unchanged)
	}
	if got := string(Markdown(r, MaxComment)); !strings.Contains(got, "No PR/FAQ changed (1 document unchanged).") {
		t.Errorf("got %q", got)
	}
}
