package render_test

import (
	"testing"
	"time"

	"github.com/prfaq/prfaq/docs/bench/corpus"
	"github.com/prfaq/prfaq/internal/catalog"
	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/render"
	"github.com/prfaq/prfaq/internal/store"
	"github.com/prfaq/prfaq/templates"
)

// BenchmarkRenderCorpus renders the first 200 documents of the corpus
// (docs/bench/gen) to Markdown and HTML, with one Renderer, as prfaq
// render does (layouts parsed once), and with a new one each time, as a
// one-off render does. One op is the corpus; ns/doc is per document.
func BenchmarkRenderCorpus(b *testing.B) {
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
	opts := render.Options{Source: "doc.prfaq.yaml", Now: time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)}
	for _, c := range []struct {
		name   string
		shared bool
	}{
		{"parsed-once", true},
		{"parsed-each-time", false},
	} {
		b.Run(c.name, func(b *testing.B) {
			shared := render.New()
			b.ReportAllocs()
			for b.Loop() {
				for _, d := range docs {
					r := shared
					if !c.shared {
						r = render.New()
					}
					if _, err := r.Render(d, tm, opts); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(docs)), "ns/doc")
		})
	}
}
