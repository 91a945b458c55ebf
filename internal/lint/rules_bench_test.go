package lint

import (
	"testing"
	"time"

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
		d *source.Document
	}
	cfg := DefaultConfig()
	now := time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)
	var docs []decoded
	tmpls := map[string]*prfaq.Template{}
	for i := range 200 {
		d := store.ReadYAML(corpus.Name(i), corpus.Document(1, i))
		if d.Err != nil {
			b.Fatal(d.Err)
		}
		t, ok := tmpls[d.Doc.Template]
		if !ok {
			var err error
			if t, err = cat.Load(d.Doc.Template); err != nil {
				b.Fatal(err)
			}
			tmpls[d.Doc.Template] = t
		}
		d.Template = t
		docs = append(docs, decoded{d})
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			c := &checker{d: d.d, now: now, cfg: cfg, lines: d.d.Lines, doc: d.d.Doc, pos: d.d.Pos}
			c.run(d.d.Template)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(docs)), "ns/doc")
}
