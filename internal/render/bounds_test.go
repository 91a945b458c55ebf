package render

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
	"text/template"
	"time"

	"github.com/prfaq/prfaq/docs/bench/corpus"
	"github.com/prfaq/prfaq/internal/catalog"
	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/store"
	"github.com/prfaq/prfaq/templates"
)

// TestLayoutBounds runs layouts that would loop, recurse or grow without
// end: each is stopped at its bound, quickly, with the line that did it.
func TestLayoutBounds(t *testing.T) {
	small := Limits{Steps: 100_000, Time: 200 * time.Millisecond}
	for _, c := range []struct {
		name, layout string
		limits       Limits
		line         int
		want         string
	}{
		{"range-billion", "# Hello\n{{ range 1000000000 }}x{{ end }}", Limits{}, 2, "more than 1000000 loop iterations"},
		{"nested-ranges", "a\n\n{{ range 100000 }}{{ range 100000 }}{{ end }}{{ end }}", Limits{}, 3, "more than 1000000 loop iterations"},
		{"output", "\n{{ range 1000 }}" + strings.Repeat("x", 100_000) + "{{ end }}", Limits{}, 2, "writes more than 64 MB of Markdown"},
		{"output-after-loop", "{{ range 3 }}x{{ end }}\n" + strings.Repeat("{{ printf \"%10000s\" \"\" }}", 7000), Limits{}, 0, "writes more than 64 MB of Markdown"},
		{"doubling-printf", "{{ $s := \"x\" }}\n{{ range 100 }}{{ $s = printf \"%s%s\" $s $s }}{{ end }}", Limits{}, 2, "printf would build a value longer than 64 MB"},
		{"doubling-list", "{{ $l := list 1 }}\n{{ range 100 }}{{ $l = list $l $l }}{{ end }}{{ $l }}", Limits{}, 2, "list would build a value longer than 64 MB"},
		{"wide-printf", "\n{{ printf \"%999999999d\" 1 }}", Limits{}, 2, "width or precision 999999999 is above"},
		{"star-printf", "{{ printf \"%*d\" 999999999 1 }}", Limits{}, 1, "(*) is not allowed"},
		{"recursion", "{{ define \"a\" }}{{ template \"a\" }}{{ template \"a\" }}{{ end }}\n{{ template \"a\" }}", Limits{Steps: 100_000}, 1, "more than 100000 loop iterations and template calls"},
		{"slow", "{{ $s := printf \"%5000s\" \"x\" }}{{ $s = print $s $s $s $s $s $s $s $s $s $s $s $s $s $s $s $s }}{{ $s = print $s $s $s $s $s $s $s $s $s $s $s $s $s $s $s $s }}\n{{ range 100000 }}{{ if eq (print $s \"a\") (print $s \"b\") }}{{ end }}{{ end }}", small, 2, "runs longer than 200ms"},
		{"slow-without-loops", "{{ $s := printf \"%5000s\" \"x\" }}{{ $s = print $s $s $s $s $s $s $s $s }}\n" + strings.Repeat("{{ if eq $s $s }}{{ end }}", 1000), Limits{Time: time.Nanosecond}, 2, "runs longer than 1ns"},
	} {
		t.Run(c.name, func(t *testing.T) {
			tm, err := parseLayout(PartFAQ, c.layout, funcs(&prfaq.Document{}, &prfaq.Template{}))
			if err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			_, err = executeParsed(tm, &prfaq.Document{}, &prfaq.Template{}, PartFAQ, c.limits)
			if took := time.Since(start); took > 15*time.Second {
				t.Errorf("took %s", took)
			}
			var le *prfaq.LayoutError
			if !errors.As(err, &le) {
				t.Fatalf("want a layout error, got %v", err)
			}
			if le.Line != c.line || !strings.Contains(le.Msg, c.want) || strings.Contains(le.Msg, stepFunc) || strings.Contains(le.Msg, tickFunc) {
				t.Errorf("got line %d %q, want line %d %q", le.Line, le.Msg, c.line, c.want)
			}
		})
	}
}

// TestLayoutBoundsKeepOutput: the bounded helpers print as text/template's
// own do.
func TestLayoutBoundsKeepOutput(t *testing.T) {
	layout := `{{ printf "%05.1f|%-4s|%[1]v" 3.14159 "ab" }} {{ print 1 "a" 2 }} {{ println "x" }}{{ html "<a&b>" }} {{ js "it's" }} {{ urlquery "a b&c" }} {{ join ", " (list "a" 1 true) }}{{ range $i, $x := list "p" "q" }} {{ $i }}{{ $x }}{{ end }}`
	tm, err := parseLayout(PartFAQ, layout, funcs(&prfaq.Document{}, &prfaq.Template{}))
	if err != nil {
		t.Fatal(err)
	}
	out, err := executeParsed(tm, &prfaq.Document{}, &prfaq.Template{}, PartFAQ, Limits{})
	if err != nil {
		t.Fatal(err)
	}
	want := "003.1|ab  |3.14159 1a2 x\n&lt;a&amp;b&gt; it\\'s a+b%26c a, 1, true 0p 1q\n"
	if string(out) != want {
		t.Errorf("got %q, want %q", out, want)
	}
}

// BenchmarkLayoutBounds runs the amazon layouts over 200 corpus documents
// as render does (bounded: a step per loop iteration, a counting writer,
// bounded helpers) and as it did before the bounds (text/template's own
// helpers into a bytes.Buffer), to show what the bounds cost a normal
// template. One op is the corpus; ns/doc is per document.
func BenchmarkLayoutBounds(b *testing.B) {
	tm, err := catalog.New(catalog.Folder{}, catalog.Folder{}, templates.FS).Load("amazon")
	if err != nil {
		b.Fatal(err)
	}
	docs := make([]*prfaq.Document, 200)
	for i := range docs {
		if docs[i], _, err = store.DecodeDocument(corpus.Name(i), corpus.Document(1, i)); err != nil {
			b.Fatal(err)
		}
	}
	parts := []struct{ name, text string }{{PartPressRelease, tm.Layout.PressRelease}, {PartFAQ, tm.Layout.FAQ}}
	b.Run("bounded", func(b *testing.B) {
		var parsed []*template.Template
		for _, p := range parts {
			t, err := parseLayout(p.name, p.text, funcs(&prfaq.Document{}, tm))
			if err != nil {
				b.Fatal(err)
			}
			parsed = append(parsed, t)
		}
		b.ReportAllocs()
		for b.Loop() {
			for _, d := range docs {
				for i, p := range parts {
					if _, err := executeParsed(parsed[i], d, tm, p.name, Limits{}); err != nil {
						b.Fatal(err)
					}
				}
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(docs)), "ns/doc")
	})
	b.Run("unbounded", func(b *testing.B) {
		var parsed []*template.Template
		for _, p := range parts {
			t, err := template.New(p.name).Option("missingkey=error").Funcs(funcs(&prfaq.Document{}, tm)).Parse(p.text)
			if err != nil {
				b.Fatal(err)
			}
			parsed = append(parsed, t)
		}
		b.ReportAllocs()
		for b.Loop() {
			for _, d := range docs {
				for i, p := range parts {
					t, err := parsed[i].Clone()
					if err != nil {
						b.Fatal(err)
					}
					t.Funcs(funcs(d, tm))
					data := layoutData(d, tm)
					if p.name == PartPressRelease {
						markSections(data)
					}
					var buf bytes.Buffer
					if err := t.Execute(&buf, data); err != nil {
						b.Fatal(err)
					}
					tidy(keepMarkers(buf.Bytes()))
				}
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(docs)), "ns/doc")
	})
}

// TestLayoutSizes measures what the built-in layouts take on a large
// document (the example with 5,000 FAQ entries and 100 KB fields): output
// per byte of input and steps, both far below the bounds.
func TestLayoutSizes(t *testing.T) {
	c := catalog.New(catalog.Folder{}, catalog.Folder{}, templates.FS)
	doc, _, err := store.DecodeDocument(corpus.Name(0), corpus.Document(1, 0))
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("A long sentence that says something. ", 3000)
	doc.PressRelease.Problem, doc.PressRelease.Solution = long, long
	for i := range 5000 {
		doc.FAQ.External = append(doc.FAQ.External, prfaq.FAQEntry{Question: fmt.Sprintf("Question %d?", i), Answer: "An answer."})
	}
	for _, name := range []string{"amazon", "mini", "internal", "oss"} {
		tm, err := c.Load(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range []struct{ name, text string }{{PartPressRelease, tm.Layout.PressRelease}, {PartFAQ, tm.Layout.FAQ}} {
			parsed, err := parseLayout(p.name, p.text, funcs(&prfaq.Document{}, tm))
			if err != nil {
				t.Fatal(err)
			}
			clone, _ := parsed.Clone()
			m := newMeter(Limits{}, nil)
			clone.Funcs(funcs(doc, tm)).Funcs(boundedFuncs(m))
			if err := clone.Execute(m, layoutData(doc, tm)); err != nil {
				t.Fatal(err)
			}
			t.Logf("%s %s: %d bytes, %d steps", name, p.name, len(m.buf), m.steps)
			if m.steps > MaxLayoutSteps/100 || len(m.buf) > MaxLayoutOutput/64 {
				t.Errorf("%s %s: %d bytes, %d steps: closer to the bounds than a normal layout should be", name, p.name, len(m.buf), m.steps)
			}
		}
	}
}

// FuzzLayout runs any layout that parses on a sample document: it ends
// within its bounds, with output or an error, and never panics.
func FuzzLayout(f *testing.F) {
	for _, s := range []string{
		"# {{ .title }}\n{{ range .faq.external }}- {{ .question }}\n{{ end }}",
		"{{ range 100 }}{{ range 100 }}x{{ end }}{{ end }}",
		"{{ define \"a\" }}{{ template \"a\" }}{{ end }}{{ template \"a\" }}",
		"{{ $s := \"x\" }}{{ range 40 }}{{ $s = printf \"%s%s\" $s $s }}{{ end }}{{ $s }}",
		"{{ range $i, $x := list 1 2 3 }}{{ if eq $i 1 }}{{ continue }}{{ end }}{{ $x }}{{ break }}{{ else }}none{{ end }}",
	} {
		f.Add(s)
	}
	tm := &prfaq.Template{Labels: map[string]string{"faq": "FAQ"}}
	doc := sampleDocument(tm)
	limits := Limits{Output: 1 << 20, Steps: 20_000, Time: time.Second}
	f.Fuzz(func(t *testing.T, layout string) {
		parsed, err := parseLayout(PartFAQ, layout, funcs(&prfaq.Document{}, tm))
		if err != nil {
			return
		}
		start := time.Now()
		out, err := executeParsed(parsed, doc, tm, PartFAQ, limits)
		if took := time.Since(start); took > 5*time.Second {
			t.Fatalf("took %s", took)
		}
		if err == nil && len(out) > limits.Output+1 {
			t.Fatalf("wrote %d bytes", len(out))
		}
	})
}

// TestLayoutBoundGrowsWithDocument: a document over the default file size
// limit (which PRFAQ_MAX_FILE_SIZE can raise) prints whole, a few times.
func TestLayoutBoundGrowsWithDocument(t *testing.T) {
	tm := &prfaq.Template{}
	doc := &prfaq.Document{Title: strings.Repeat("x", 20<<20)}
	parsed, err := parseLayout(PartFAQ, "{{ .title }}{{ .title }}{{ printf \"%s%s\" .title .title }}", funcs(&prfaq.Document{}, tm))
	if err != nil {
		t.Fatal(err)
	}
	out, err := executeParsed(parsed, doc, tm, PartFAQ, Limits{})
	if err != nil || len(out) != 80<<20+1 {
		t.Errorf("%d bytes, %v", len(out), err)
	}
}
