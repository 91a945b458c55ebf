// Command gen writes a benchmark corpus of PR/FAQ documents for prfaq lint:
// valid amazon-template documents of about 780 words each, varied and
// reproducible from a seed. See docs/performance.md.
//
//	go run ./docs/bench/gen -n 2000 -out /tmp/corpus -seed 1
//	go run ./docs/bench/gen -n 2000 -out /tmp/md -format md   # Markdown PR/FAQs
//	go run ./docs/bench/gen -n 2000 -stats     # word counts, writes nothing
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/prfaq/prfaq/docs/bench/corpus"
	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/store"
	"github.com/prfaq/prfaq/internal/textstat"
)

func main() {
	n := flag.Int("n", 2000, "number of documents")
	out := flag.String("out", "", "folder to write them into (created if missing)")
	seed := flag.Int64("seed", 1, "seed: the same seed gives the same corpus")
	stats := flag.Bool("stats", false, "print word counts (as lint counts words) instead of writing files")
	format := flag.String("format", "yaml", "yaml (NAME.prfaq.yaml) or md (hand-written Markdown, NAME.prfaq.md)")
	flag.Parse()
	if (*out == "") == !*stats || *n <= 0 || flag.NArg() > 0 || *format != "yaml" && *format != "md" {
		fmt.Fprintln(os.Stderr, "usage: gen [-n 2000] [-seed 1] [-format yaml|md] (-out DIR | -stats)")
		os.Exit(2)
	}
	if *stats {
		if err := printStats(*n, *seed); err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
		return
	}
	size, err := corpus.Write(*out, *n, *seed, *format == "md")
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	fmt.Printf("wrote %d documents (%d bytes) to %s\n", *n, size, *out)
}

// printStats decodes each document as prfaq does and counts the words of
// its prose: the five customer answers, the press release and the FAQ.
func printStats(n int, seed int64) error {
	var bytes, total, pr, faq, lo, hi int
	lo = 1 << 30
	words := func(s string) int { return len(textstat.Analyze(s).Words) }
	for i := range n {
		data := corpus.Document(seed, i)
		bytes += len(data)
		d, _, err := store.DecodeDocument(corpus.Name(i), data)
		if err != nil {
			return err
		}
		c, p := d.Customer, d.PressRelease
		prw := 0
		for _, s := range []string{p.Headline, p.Subheadline, p.Summary, p.Problem, p.CurrentSolutions, p.Solution, p.LeaderQuote.Text, p.GettingStarted, p.CustomerQuote.Text, p.CallToAction} {
			prw += words(s)
		}
		fw := 0
		for _, e := range append(append([]prfaq.FAQEntry{}, d.FAQ.External...), d.FAQ.Internal...) {
			fw += words(e.Question) + words(e.Answer)
		}
		t := prw + fw
		for _, s := range []string{c.Who, c.Problem, c.Benefit, c.Evidence, c.Experience} {
			t += words(s)
		}
		total, pr, faq = total+t, pr+prw, faq+fw
		lo, hi = min(lo, t), max(hi, t)
	}
	fmt.Printf("%d documents, %d bytes (%d a document)\n", n, bytes, bytes/n)
	fmt.Printf("words a document: mean %d (min %d, max %d); press release %d, FAQ %d, customer questions %d\n",
		total/n, lo, hi, pr/n, faq/n, (total-pr-faq)/n)
	return nil
}
