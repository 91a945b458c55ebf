package store

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// aliasBomb is a "billion laughs" document: ten lines whose aliases stand
// for 9^9 strings.
func aliasBomb() []byte {
	var b strings.Builder
	b.WriteString(minimal)
	b.WriteString("x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n")
	for i := 1; i < 10; i++ {
		fmt.Fprintf(&b, "x%d: &a%d [%s]\n", i, i, strings.TrimSuffix(strings.Repeat(fmt.Sprintf("*a%d, ", i-1), 9), ", "))
	}
	b.WriteString("tags: *a9\n")
	return []byte(b.String())
}

// nested is a document whose title nests depth levels: in brackets on one
// line (flow), or as indented lists (block).
func nested(depth int, flow bool) []byte {
	if flow {
		return []byte(minimal + "tags: " + strings.Repeat("[", depth) + strings.Repeat("]", depth) + "\n")
	}
	var b strings.Builder
	b.WriteString(minimal + "tags:\n")
	for i := 1; i <= depth; i++ {
		b.WriteString(strings.Repeat("  ", i) + "-\n")
	}
	return []byte(b.String())
}

// hugeFAQ is a valid document with n external FAQ entries.
func hugeFAQ(n int) []byte {
	var b strings.Builder
	b.WriteString(minimal + "faq:\n  external:\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "    - id: E%d\n      question: Does pausing cost anything in week %d?\n      answer: |\n        No. Pantrylane charges nothing for the weeks you pause.\n", i, i)
	}
	return []byte(b.String())
}

func TestShapeLimits(t *testing.T) {
	tests := []struct {
		name string
		src  []byte
		want string // "" when the document must load
	}{
		{"billion laughs", aliasBomb(), `x.prfaq.yaml:11:10: YAML aliases (*name) would expand this file's`},
		{"alias inside its own anchor", []byte(minimal + "tags: &t [a, *t]\n"), `alias *t refers to the value that contains it`},
		{"nested too deep in brackets", nested(MaxDepth+5, true), fmt.Sprintf("x.prfaq.yaml:7:%d: values nest more than %d levels deep here", 6+MaxDepth, MaxDepth)},
		{"nested too deep by indentation", nested(MaxDepth+5, false), fmt.Sprintf("x.prfaq.yaml:%d:%d: values nest more than %d levels deep here", 7+MaxDepth, 2*MaxDepth+1, MaxDepth)},
		{"nested past yaml.v3's own bound", nested(20_000, true), "malformed YAML: exceeded max depth of 10000: prfaq's formats nest at most five levels"},
		{"an anchor reused as an author list", []byte(minimal + "tags: &t [alpha, beta]\nauthors: *t\n"), ""},
		{"ten thousand FAQ entries", hugeFAQ(10_000), ""},
		{"binary data", []byte(minimal + "product: !!binary UGF1c2U=\n"), "x.prfaq.yaml:7:10: the tag !!binary is not one prfaq reads"},
		{"a program's own tag", []byte(minimal + "authors: [Ana, !person Bo]\n"), "x.prfaq.yaml:7:16: the tag !person is not one prfaq reads"},
		{"a tagged list", []byte(minimal + "tags: !!set {a, b}\n"), "x.prfaq.yaml:7:7: the tag !!set is not one prfaq reads"},
		{"a tagged key", []byte(minimal + "!key product: P\n"), "x.prfaq.yaml:7:1: the tag !key is not one prfaq reads"},
		{"plain tags written out", []byte(minimal + "product: !!str 1.0\nappendix: ! text\ntags: !!seq [a]\n"), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := DecodeDocument("x.prfaq.yaml", tt.src)
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("must load: %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Fatalf("got %v\nwant %q", err, tt.want)
			}
		})
	}
}

func TestParseSize(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		err  string
	}{
		{"5242880", 5 << 20, ""},
		{"512KB", 512 << 10, ""},
		{"20MB", 20 << 20, ""},
		{" 20 mb ", 20 << 20, ""},
		{"1.5MB", 3 << 19, ""},
		{"1GiB", 1 << 30, ""},
		{"64k", 64 << 10, ""},
		{"100B", 100, ""},
		{"1", 1, ""},
		{"", 0, "is not a size"},
		{"MB", 0, "is not a size"},
		{"twenty", 0, "is not a size"},
		{"-5MB", 0, "is not a size"},
		{"1e9", 0, "is not a size"},
		{"0x10", 0, "is not a size"},
		{"NaN", 0, "is not a size"},
		{"Inf", 0, "is not a size"},
		{"0", 0, "less than one byte"},
		{"0.1B", 0, "less than one byte"},
		{"2GB", 0, "more than 1 GB"},
		{"99999999999999999999999", 0, "more than 1 GB"},
	}
	for _, tt := range tests {
		got, err := ParseSize(tt.in)
		switch {
		case tt.err == "" && (err != nil || got != tt.want):
			t.Errorf("ParseSize(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
		case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
			t.Errorf("ParseSize(%q) = %d, %v; want an error with %q", tt.in, got, err, tt.err)
		}
	}
}

func TestFormatSize(t *testing.T) {
	for n, want := range map[int64]string{0: "0 bytes", 1023: "1023 bytes", 1024: "1 KB", 1536: "1.5 KB", 5 << 20: "5 MB", 50 << 20: "50 MB", 1 << 30: "1 GB"} {
		if got := FormatSize(n); got != want {
			t.Errorf("FormatSize(%d) = %q, want %q", n, got, want)
		}
		if back, err := ParseSize(strings.ReplaceAll(FormatSize(n), " bytes", "")); n > 0 && (err != nil || back != n) {
			t.Errorf("ParseSize(FormatSize(%d)) = %d, %v", n, back, err)
		}
	}
}

func FuzzParseSize(f *testing.F) {
	for _, s := range []string{"5242880", "20MB", " 1.5 mb", "1GiB", "", "-1", "1e3", "0x1f", "NaN", "∞", "9999999999999999999999KB"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseSize(s)
		if err != nil {
			if !strings.Contains(err.Error(), fmt.Sprintf("%q", s)) {
				t.Fatalf("the message must quote what was written: %v", err)
			}
			return
		}
		if n < 1 || n > MaxFileSizeCeiling {
			t.Fatalf("ParseSize(%q) = %d, outside 1..%d", s, n, MaxFileSizeCeiling)
		}
	})
}

// The hostile inputs of docs/reliability.md's limits rows: each must end
// in well under a second with a clear message. Benchmarks, not timed
// assertions; TestShapeLimits checks the messages.
func BenchmarkHostileInput(b *testing.B) {
	inputs := []struct {
		name string
		src  []byte
	}{
		{"alias-bomb", aliasBomb()},
		{"nested-2000-flow", nested(2000, true)},
		{"nested-9999-flow", nested(9999, true)},
		{"nested-2000-block", nested(2000, false)},
		{"faq-10000", hugeFAQ(10_000)},
	}
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.src)))
			for b.Loop() {
				DecodeDocument("x.prfaq.yaml", in.src)
			}
		})
	}
	b.Run("file-50MB", func(b *testing.B) {
		p := filepath.Join(b.TempDir(), "huge.prfaq.yaml")
		if err := os.WriteFile(p, []byte(strings.Repeat("# padding\n", 5<<20)), 0o644); err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
			if _, err := (Reader{}).ReadFile(p, "huge.prfaq.yaml"); err == nil {
				b.Fatal("a 50 MB file must be refused")
			}
		}
	})
}

// The aliases of a file may add aliasAllowance values plus aliasFactor per
// value written, and not one more; the message gives both counts.
func TestAliasAllowanceBoundary(t *testing.T) {
	count := func(n *yaml.Node) int {
		total := 0
		var walk func(*yaml.Node)
		walk = func(n *yaml.Node) {
			total++
			for _, c := range n.Content {
				walk(c)
			}
		}
		walk(n)
		return total
	}
	for m := 1; ; m++ {
		// Each alias of the anchored list of 100 stands for 101 values.
		src := minimal + "tags: &t [" + strings.Repeat("x, ", 99) + "x]\nteam: [" + strings.Repeat("*t, ", m-1) + "*t]\n"
		var root yaml.Node
		if err := yaml.Unmarshal([]byte(src), &root); err != nil {
			t.Fatal(err)
		}
		written := count(&root)
		limit := aliasAllowance + aliasFactor*written
		p := checkShape("x.prfaq.yaml", &root)
		if over := m*101 > limit; over != (p != nil) {
			t.Fatalf("%d aliases adding %d values to %d written, limit %d: %v", m, m*101, written, limit, p)
		}
		if p != nil {
			want := fmt.Sprintf("would expand this file's %d values to more than %d", written, written+limit)
			if !strings.Contains(p.Error(), want) || m < 100 {
				t.Errorf("after %d aliases: %v\nwant %q", m, p, want)
			}
			return
		}
	}
}
