package lint_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prfaq/prfaq/docs/bench/corpus"
	"github.com/prfaq/prfaq/internal/catalog"
	"github.com/prfaq/prfaq/internal/lint"
	"github.com/prfaq/prfaq/internal/mddoc"
	"github.com/prfaq/prfaq/internal/store"
	"github.com/prfaq/prfaq/templates"
)

// benchCorpus is the first 200 documents of the corpus that
// docs/bench/lint-bench.sh lints (docs/bench/gen -seed 1): about 700 words
// each, amazon template, with a realistic mix of findings.
func benchCorpus(b *testing.B) [][]byte {
	b.Helper()
	docs := make([][]byte, 200)
	for i := range docs {
		docs[i] = corpus.Document(1, i)
	}
	return docs
}

var benchNow = time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)

// BenchmarkLintCorpus lints 200 generated documents, one after another,
// with every rule on: one op is the whole corpus. Divide ns/op by 200 for
// one document; docs/performance.md records the figures.
func BenchmarkLintCorpus(b *testing.B) {
	benchmarkCorpus(b, benchCorpus(b), corpus.Name)
}

// benchmarkCorpus reads and lints docs, named by name, one after another.
func benchmarkCorpus(b *testing.B, docs [][]byte, name func(int) string) {
	cfg := lint.DefaultConfig()
	size := 0
	for _, d := range docs {
		size += len(d)
	}
	// A sanity check outside the timed loop: the corpus is valid.
	for i, d := range docs {
		for _, f := range lint.Lint(read(name(i), d, cfg), cfg, benchNow) {
			if f.Rule == "format" {
				b.Fatalf("%s: %s", name(i), f.Message)
			}
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i, d := range docs {
			lint.Lint(read(name(i), d, cfg), cfg, benchNow)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(docs)), "ns/doc")
}

// BenchmarkLintCorpusParallel lints the same 200 documents from
// GOMAXPROCS goroutines, as prfaq lint does on a folder.
func BenchmarkLintCorpusParallel(b *testing.B) {
	docs := benchCorpus(b)
	cfg := lint.DefaultConfig()
	b.ReportAllocs()
	b.ResetTimer()
	var mu sync.Mutex
	next := 0
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			mu.Lock()
			i := next % len(docs)
			next++
			mu.Unlock()
			lint.Lint(read(corpus.Name(i), docs[i], cfg), cfg, benchNow)
		}
	})
}

// BenchmarkLintMarkdownCorpus reads and lints the first 200 documents of
// the Markdown corpus (docs/bench/gen -format md), one after another: the
// Markdown reader and every rule. One op is the corpus.
func BenchmarkLintMarkdownCorpus(b *testing.B) {
	docs := make([][]byte, 200)
	for i := range docs {
		docs[i] = corpus.Markdown(1, i)
	}
	benchmarkCorpus(b, docs, corpus.MarkdownName)
}

// BenchmarkLintLongMarkdown lints a Markdown PR/FAQ whose problem section
// holds 5,000 bold questions, each with a number and no source: thousands
// of findings in one long field. Placing each finding used to count the
// field's lines from its start, and every number was checked against
// every sentence; both grew with the square of the section's length.
func BenchmarkLintLongMarkdown(b *testing.B) {
	var src strings.Builder
	src.WriteString("---\nprfaq: 1\ntemplate: amazon\n---\n# Pantrylane Pause lets subscribers skip deliveries\n\n## Problem\n\n")
	for i := range 5000 {
		fmt.Fprintf(&src, "**Question %d about pausing a delivery?** Answer %d: yes, you can pause it for a week or two.\n\n", i, i)
	}
	cfg := lint.DefaultConfig()
	b.SetBytes(int64(src.Len()))
	var n int
	for b.Loop() {
		n = len(lint.Lint(read("long.prfaq.md", []byte(src.String()), cfg), cfg, benchNow))
	}
	b.ReportMetric(float64(n), "findings/op")
}

// realWorld is the hand-written PR/FAQs of internal/mddoc's real-world
// shapes (headings or none, datelines, quotes and FAQs in every style
// teams write), as written in Markdown and as the same documents in
// YAML: each imported once, then encoded as prfaq writes it.
func realWorld(b *testing.B) (markdown, yamlDocs [][]byte) {
	b.Helper()
	files, err := filepath.Glob(filepath.Join("..", "mddoc", "testdata", "realworld", "*.md"))
	if err != nil || len(files) == 0 {
		b.Fatalf("no real-world documents: %v", err)
	}
	cat := catalog.New(catalog.Folder{}, catalog.Folder{}, templates.FS)
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		res, err := mddoc.Read(filepath.Base(f), src, mddoc.Options{Templates: cat.Load})
		if err != nil || !res.Structured {
			continue // README.md, and the files that are not PR/FAQs
		}
		doc, _ := mddoc.Import(res, benchNow)
		enc, err := store.EncodeDocument(doc)
		if err != nil {
			b.Fatal(err)
		}
		markdown = append(markdown, src)
		yamlDocs = append(yamlDocs, enc)
	}
	return markdown, yamlDocs
}

// BenchmarkLintMarkdown reads and lints the real-world Markdown PR/FAQs,
// one after another; BenchmarkLintMarkdownAsYAML lints the same documents
// in YAML. Their ns/doc ratio is what reading Markdown costs over YAML
// (docs/performance.md).
func BenchmarkLintMarkdown(b *testing.B) {
	md, _ := realWorld(b)
	benchmarkCorpus(b, md, func(i int) string { return fmt.Sprintf("doc%03d.prfaq.md", i) })
}

func BenchmarkLintMarkdownAsYAML(b *testing.B) {
	_, docs := realWorld(b)
	benchmarkCorpus(b, docs, func(i int) string { return fmt.Sprintf("doc%03d.prfaq.yaml", i) })
}
