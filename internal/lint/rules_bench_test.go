package lint

import (
	"testing"
	"time"

	"github.com/prfaq/prfaq/internal/mddoc"
	"github.com/prfaq/prfaq/internal/source"

	"github.com/prfaq/prfaq/docs/bench/corpus"
	"github.com/prfaq/prfaq/internal/catalog"
	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/store"
	"github.com/prfaq/prfaq/templates"
)

// BenchmarkRulesCorpus is BenchmarkLintCorpus without the YAML: the 200
// documents are decoded once, outside the timed loop, so that it measures
// what this package does with a document (text analysis, the rules,
// findings) apart from the decoder, whose cost dwarfs and blurs it. One op
// is the corpus; ns/doc is per document.
func BenchmarkRulesCorpus(b *testing.B) {
	cat := catalog.New(catalog.Folder{}, catalog.Folder{}, templates.FS)
	type decoded struct {
		in  Input
		doc *prfaq.Document
		pos source.Positions
		t   *prfaq.Template
	}
	cfg := DefaultConfig()
	now := time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)
	var docs []decoded
	tmpls := map[string]*prfaq.Template{}
	for i := range 200 {
		src := corpus.Document(1, i)
		doc, pos, err := store.DecodeDocument(corpus.Name(i), src)
		if err != nil {
			b.Fatal(err)
		}
		t, ok := tmpls[doc.Template]
		if !ok {
			if t, err = cat.Load(doc.Template); err != nil {
				b.Fatal(err)
			}
			tmpls[doc.Template] = t
		}
		docs = append(docs, decoded{Input{File: corpus.Name(i), Source: src, Config: cfg, Now: now}, doc, pos, t})
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			c := &checker{in: d.in, cfg: cfg, lines: mddoc.SplitLines(d.in.Source), doc: d.doc, pos: d.pos}
			c.run(d.t)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(docs)), "ns/doc")
}
