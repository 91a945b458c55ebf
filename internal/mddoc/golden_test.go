package mddoc

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// TestReadingGolden holds everything Read finds in each real-world
// document and fixture (the document, where each block went and how,
// every note, the positions and line references lint locates findings
// by, the structure's spans, the details and what fits no part) to its
// golden file under testdata/golden. A change to the reading of any of
// them shows in the diff; go test -run ReadingGolden -update rewrites
// them after a change that is meant.
func TestReadingGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "realworld", "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	files = slices.DeleteFunc(files, func(f string) bool { return filepath.Base(f) == "README.md" })
	files = append(files, fixtures(t)...)
	for _, file := range files {
		name := filepath.Base(filepath.Dir(file)) + "-" + strings.TrimSuffix(filepath.Base(file), ".md")
		t.Run(name, func(t *testing.T) {
			res := readFixture(t, file, "")
			got := readingDump(t, res)
			golden := filepath.Join("testdata", "golden", name+".txt")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -run ReadingGolden -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("the reading changed; first difference:\n%s", firstDifference(string(want), string(got)))
			}
		})
	}
}

// readingDump writes a Result as text, in a fixed order.
func readingDump(t *testing.T, res *Result) []byte {
	t.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, "structured: %v\ngenerated: %v\ndateline: %q %q\n", res.Structured, res.Generated, res.DatelineText, res.DatelineDate)
	if res.Template != nil {
		fmt.Fprintf(&b, "template: %s\n", res.Template.Name)
	}
	b.WriteString("placed:\n")
	for _, p := range res.Placed {
		fmt.Fprintf(&b, "  %d-%d %s | %s\n", p.From, p.To, p.Path, p.How)
	}
	b.WriteString("notes:\n")
	for _, n := range res.Notes {
		fmt.Fprintf(&b, "  %d:%d %d %s | %s\n", n.Line, n.Col, n.Severity, n.Msg, n.Hint)
	}
	b.WriteString("found:")
	for _, part := range sortedKeys(res.Found) {
		fmt.Fprintf(&b, " %s=%v", part, res.Found[part])
	}
	b.WriteString("\npositions:\n")
	for _, path := range sortedKeys(res.Pos) {
		fmt.Fprintf(&b, "  %s %d:%d\n", path, res.Pos[path].Line, res.Pos[path].Col)
	}
	b.WriteString("lines:\n")
	for _, path := range sortedKeys(res.Lines) {
		fmt.Fprintf(&b, "  %s", path)
		for _, r := range res.Lines[path] {
			fmt.Fprintf(&b, " %d:%d", r.Line, r.Off)
		}
		b.WriteByte('\n')
	}
	b.WriteString("markers:")
	for _, m := range res.Markers {
		fmt.Fprintf(&b, " %d:%d-%d", m.Line, m.Start, m.End)
	}
	b.WriteString("\ndetails:\n")
	for _, d := range res.Details {
		fmt.Fprintf(&b, "  %d-%d %q %q\n", d.From, d.To, d.Text, d.Values)
	}
	b.WriteString("unplaced:\n")
	for _, u := range res.Unplaced {
		fmt.Fprintf(&b, "  %d-%d %q %q\n", u.From, u.To, u.Heading, u.Text)
	}
	if res.Doc != nil {
		doc, err := yaml.Marshal(res.Doc)
		if err != nil {
			t.Fatal(err)
		}
		b.WriteString("document:\n")
		b.Write(doc)
	}
	return []byte(b.String())
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// firstDifference shows the first line two texts differ on, with its
// number.
func firstDifference(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(w), len(g)); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			return fmt.Sprintf("line %d:\n- %s\n+ %s", i+1, a, b)
		}
	}
	return ""
}
