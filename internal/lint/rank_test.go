package lint_test

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/prfaq/prfaq/internal/lint"
	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/store"
)

// testdata/ranked holds PR/FAQs of clearly different quality (strong,
// middling, weak; short and long; Markdown and YAML), ranked best to
// worst by a reviewer from the method alone, with the reason for each
// rank, before any score was computed: ranking.yaml.

// minSpearman is how closely prfaq score must rank them as the reviewer
// did.
const minSpearman = 0.8

type rankedDoc struct {
	File   string `yaml:"file"`
	Rank   int    `yaml:"rank"`
	Reason string `yaml:"reason"`
}

func rankedSet(t *testing.T) []rankedDoc {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "ranked", "ranking.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var docs []rankedDoc
	if err := yaml.Unmarshal(data, &docs); err != nil {
		t.Fatal(err)
	}
	if len(docs) < 15 {
		t.Fatalf("the ranked set has %d documents; it needs at least 15", len(docs))
	}
	slices.SortFunc(docs, func(a, b rankedDoc) int { return a.Rank - b.Rank })
	for i, d := range docs {
		if d.Rank != i+1 || strings.TrimSpace(d.Reason) == "" {
			t.Fatalf("%s: rank %d: ranks run 1, 2, 3 … without ties, each with its reason", d.File, d.Rank)
		}
	}
	return docs
}

// scoreOf scores a document as prfaq score does.
func scoreOf(t *testing.T, name string, src []byte) lint.Score {
	t.Helper()
	cfg := lint.DefaultConfig()
	d := read(name, src, cfg)
	if d.Doc == nil {
		t.Fatalf("%s: not read as a PR/FAQ: %v %v", name, d.Err, d.Notes)
	}
	return lint.ScoreDocument(d, lint.Lint(d, cfg, now))
}

func TestScoreRanksLikeAReviewer(t *testing.T) {
	docs := rankedSet(t)
	reviewer := make([]float64, len(docs))
	scores := make([]float64, len(docs))
	var table strings.Builder
	for i, d := range docs {
		src, err := os.ReadFile(filepath.Join("testdata", "ranked", d.File))
		if err != nil {
			t.Fatal(err)
		}
		s := scoreOf(t, d.File, src)
		reviewer[i] = -float64(d.Rank) // rank 1 is the best: the highest value
		scores[i] = float64(s.Total)
		fmt.Fprintf(&table, "%3d %4d  %s\n", d.Rank, s.Total, d.File)
	}
	rho := spearman(reviewer, scores)
	t.Logf("reviewer's rank, prfaq score, file:\n%sSpearman %.2f", table.String(), rho)
	if rho < minSpearman {
		t.Errorf("prfaq score ranks the set with Spearman %.2f against the reviewer's ranking; it must be at least %.2f", rho, minSpearman)
	}
}

// TestScoreDoesNotPunishLength: a strong document with its FAQ doubled
// by sound entries (other documents' entries that bring no warning and
// repeat no question, renumbered) does not
// lose points: the score measures how the document is written, not how
// much of it there is.
func TestScoreDoesNotPunishLength(t *testing.T) {
	all := rankedSet(t)
	strong := all[:5]
	docs := map[string]*prfaq.Document{}
	for _, d := range all {
		src, err := os.ReadFile(filepath.Join("testdata", "ranked", d.File))
		if err != nil {
			t.Fatal(err)
		}
		docs[d.File] = read(d.File, src, nil).Doc
	}
	for _, d := range strong {
		if !strings.HasSuffix(d.File, ".yaml") {
			continue
		}
		doc := *docs[d.File]
		doc.FAQ.External = slices.Clone(doc.FAQ.External)
		doc.FAQ.Internal = slices.Clone(doc.FAQ.Internal)
		before, err := store.EncodeDocument(&doc)
		if err != nil {
			t.Fatal(err)
		}
		// Each list to twice its length where sound entries allow; the
		// other list makes up the rest, so that the FAQ doubles.
		entries := len(doc.FAQ.External) + len(doc.FAQ.Internal)
		for _, list := range []struct {
			to   *[]prfaq.FAQEntry
			from func(*prfaq.Document) []prfaq.FAQEntry
			id   string
			grow func() int
		}{
			{&doc.FAQ.Internal, func(d *prfaq.Document) []prfaq.FAQEntry { return d.FAQ.Internal }, "I", func() int { return 2 * len(docs[d.File].FAQ.Internal) }},
			{&doc.FAQ.External, func(d *prfaq.Document) []prfaq.FAQEntry { return d.FAQ.External }, "E", func() int { return 2*entries - len(doc.FAQ.Internal) }},
		} {
			want := list.grow()
			for _, other := range all {
				if other.File == d.File || docs[other.File] == nil {
					continue
				}
				for _, e := range list.from(docs[other.File]) {
					if len(*list.to) >= want {
						break
					}
					e.ID = fmt.Sprintf("%s%d", list.id, len(*list.to)+1)
					if sound(t, &doc, list.to, e) {
						*list.to = append(*list.to, e)
					}
				}
			}
		}
		if n := len(doc.FAQ.External) + len(doc.FAQ.Internal); n < 2*entries {
			t.Fatalf("%s: %d sound entries found of the %d needed to double its FAQ", d.File, n-entries, entries)
		}
		after, err := store.EncodeDocument(&doc)
		if err != nil {
			t.Fatal(err)
		}
		short, long := scoreOf(t, d.File, before), scoreOf(t, d.File, after)
		t.Logf("%s: %d words score %d; with its FAQ doubled, %d words score %d", d.File, short.Words, short.Total, long.Words, long.Total)
		if long.Total < short.Total {
			t.Errorf("%s: %d words score %d, and with its FAQ doubled (%d words) %d: length alone cost points", d.File, short.Words, short.Total, long.Words, long.Total)
		}
	}
}

// sound reports whether entry e, added to list of doc, is as well written
// as the document: it brings no warning or error of its own, and asks no
// question the document asks already.
func sound(t *testing.T, doc *prfaq.Document, list *[]prfaq.FAQEntry, e prfaq.FAQEntry) bool {
	t.Helper()
	count := func() int {
		src, err := store.EncodeDocument(doc)
		if err != nil {
			t.Fatal(err)
		}
		cfg := lint.DefaultConfig()
		n := 0
		for _, f := range lint.Lint(read(docName, src, cfg), cfg, now) {
			if f.Severity != lint.Info {
				n++
			}
		}
		return n
	}
	before := count()
	*list = append(*list, e)
	after := count()
	*list = (*list)[:len(*list)-1]
	return after == before
}

// spearman is the rank correlation of x and y, ties ranked by their mean.
func spearman(x, y []float64) float64 {
	rx, ry := ranks(x), ranks(y)
	n := float64(len(x))
	var mx, my float64
	for i := range rx {
		mx += rx[i] / n
		my += ry[i] / n
	}
	var cov, vx, vy float64
	for i := range rx {
		cov += (rx[i] - mx) * (ry[i] - my)
		vx += (rx[i] - mx) * (rx[i] - mx)
		vy += (ry[i] - my) * (ry[i] - my)
	}
	if vx == 0 || vy == 0 {
		return 0
	}
	return cov / math.Sqrt(vx*vy)
}

func ranks(v []float64) []float64 {
	idx := make([]int, len(v))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		switch {
		case v[a] < v[b]:
			return -1
		case v[a] > v[b]:
			return 1
		}
		return 0
	})
	out := make([]float64, len(v))
	for i := 0; i < len(idx); {
		j := i
		for j+1 < len(idx) && v[idx[j+1]] == v[idx[i]] {
			j++
		}
		for k := i; k <= j; k++ {
			out[idx[k]] = float64(i+j)/2 + 1
		}
		i = j + 1
	}
	return out
}

func TestSpearman(t *testing.T) {
	for _, c := range []struct {
		x, y []float64
		want float64
	}{
		{[]float64{1, 2, 3, 4}, []float64{10, 20, 30, 40}, 1},
		{[]float64{1, 2, 3, 4}, []float64{40, 30, 20, 10}, -1},
		{[]float64{1, 2, 3, 4, 5}, []float64{2, 1, 4, 3, 5}, 0.8},
		{[]float64{1, 2, 3}, []float64{5, 5, 5}, 0},
	} {
		if got := spearman(c.x, c.y); got < c.want-1e-9 || got > c.want+1e-9 {
			t.Errorf("spearman(%v, %v) = %v, want %v", c.x, c.y, got, c.want)
		}
	}
}
