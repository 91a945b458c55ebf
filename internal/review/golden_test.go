package review_test

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/prfaq/prfaq/internal/catalog"
	"github.com/prfaq/prfaq/internal/review"
	"github.com/prfaq/prfaq/internal/store"
	"github.com/prfaq/prfaq/internal/workshop"
	"github.com/prfaq/prfaq/internal/workspace"
	"github.com/prfaq/prfaq/templates"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// corpus are the documents of the golden read-throughs: the four examples
// and hand-written Markdown PR/FAQs of every quality, from complete to a
// first draft.
var corpus = []string{
	"../../examples/keyturn.prfaq.yaml",
	"../../examples/lockwarden.prfaq.yaml",
	"../../examples/meal-kit-pause.prfaq.yaml",
	"../../examples/prfaq.prfaq.yaml",
	"../mddoc/testdata/realworld/01-shelfsense-restock.md",
	"../mddoc/testdata/realworld/02-curbside-bulky-pickup.md",
	"../mddoc/testdata/realworld/03-ledgerline-payouts-api.md",
	"../mddoc/testdata/realworld/04-buildhub-build-cache.md",
	"../mddoc/testdata/realworld/05-stitchtrack-app.md",
	"../mddoc/testdata/realworld/07-mealbridge-nonprofit.md",
	"../mddoc/testdata/realworld/08-thermohub-valve.md",
	"../mddoc/testdata/realworld/14-parkpass-cork.md",
	"../mddoc/testdata/realworld/15-returns-desk.md",
	"../mddoc/testdata/realworld/16-quotaguard-api.md",
	"../mddoc/testdata/realworld/17-fleetnote-solution.md",
	"../mddoc/testdata/realworld/18-pr-pilot.md",
	"../mddoc/testdata/realworld/19-harvestshare-fridges.md",
}

func load(t *testing.T, ws *workspace.Workspace, file string) *review.Report {
	t.Helper()
	e, err := ws.Load(file, workspace.LoadOptions{})
	if err != nil || e.Broken() {
		t.Fatalf("%s: %v %v", file, err, e.Problem())
	}
	paras, err := workshop.Paragraphs(e.Doc, e.Template)
	if err != nil {
		t.Fatal(err)
	}
	return &review.Report{As: "both", File: filepath.Base(file),
		Customer: review.Customer(e.Doc, e.Template, paras), BarRaiser: review.BarRaiser(e.Doc, e.Template)}
}

func newWorkspace() *workspace.Workspace {
	cat := catalog.New(catalog.Folder{}, catalog.Folder{}, templates.FS)
	return workspace.New(workspace.Options{Dir: ".", Reader: store.Reader{}, Catalog: cat, Now: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)})
}

// TestGolden compares both read-throughs of every corpus document with
// testdata/golden, and every customer question and every missing
// bar-raiser area with its reason in testdata/reasons.txt: a person judged
// each one a question the reader would ask, and wrote why. "FILE
// bar-raiser *" stands for every missing area of a document without an
// internal FAQ.
func TestGolden(t *testing.T) {
	ws := newWorkspace()
	reasons := readReasons(t)
	used := map[string]bool{}
	for _, file := range corpus {
		rep := load(t, ws, file)
		got, err := rep.Write("text")
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(strings.TrimSuffix(filepath.Base(file), ".md"), ".prfaq.yaml") + ".txt"
		golden(t, name, got)
		for _, q := range rep.Customer.Questions {
			key := fmt.Sprintf("%s %s %s", rep.File, q.Ref, q.Topic)
			if q.Topic == review.TopicWords {
				key += " " + q.Text
			}
			if reasons[key] == "" {
				t.Errorf("testdata/reasons.txt has no reason for %s (a question the customer would ask? add \"%s: why\")", key, key)
			}
			used[key] = true
		}
		for _, a := range rep.BarRaiser.Areas {
			if a.Covered {
				continue
			}
			key := fmt.Sprintf("%s bar-raiser %s", rep.File, a.Topic)
			all := fmt.Sprintf("%s bar-raiser *", rep.File)
			switch {
			case reasons[key] != "":
				used[key] = true
			case reasons[all] != "":
				used[all] = true
			default:
				t.Errorf("testdata/reasons.txt has no reason for %s (an area the bar raiser would press on? add \"%s: why\")", key, key)
			}
		}
	}
	for key := range reasons {
		if !used[key] {
			t.Errorf("testdata/reasons.txt: %s is no longer asked", key)
		}
	}
}

// readReasons reads "FILE REF TOPIC[ QUESTION]: reason" and "FILE
// bar-raiser AREA: reason" lines.
func readReasons(t *testing.T) map[string]string {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "reasons.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, why, ok := strings.Cut(line, ": ")
		if !ok || strings.TrimSpace(why) == "" {
			t.Errorf("reasons.txt: %q has no reason", line)
			continue
		}
		out[key] = why
	}
	return out
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/review -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; if the change is intended, run go test ./internal/review -update and review the diff", name)
	}
}

// TestAnsweredQuestionGoes: a document that gains an FAQ entry on a topic
// loses the topic's question.
func TestAnsweredQuestionGoes(t *testing.T) {
	ws := newWorkspace()
	e, err := ws.Load("../../examples/keyturn.prfaq.yaml", workspace.LoadOptions{})
	if err != nil || e.Broken() {
		t.Fatal(err)
	}
	paras, err := workshop.Paragraphs(e.Doc, e.Template)
	if err != nil {
		t.Fatal(err)
	}
	before := review.Customer(e.Doc, e.Template, paras)
	if !slices.Contains(before.Unanswered(), "leaving") {
		t.Fatalf("keyturn should be asked about leaving: %v", before.Unanswered())
	}
	doc := *e.Doc
	doc.FAQ.External = append(slices.Clone(doc.FAQ.External), prfaqEntry("E9", "Can we go back to our own rotation script?",
		"Yes: un-enrol a service and its current credential stays valid until you rotate it yourself."))
	paras, err = workshop.Paragraphs(&doc, e.Template)
	if err != nil {
		t.Fatal(err)
	}
	after := review.Customer(&doc, e.Template, paras)
	if slices.Contains(after.Unanswered(), "leaving") {
		t.Errorf("the FAQ entry did not answer leaving: %+v", after.Questions)
	}
	found := false
	for _, a := range after.Answered {
		if a.Topic == "leaving" && slices.Contains(a.By, "E9") {
			found = true
		}
	}
	if !found {
		t.Errorf("leaving is not answered by E9: %+v", after.Answered)
	}
}

// TestCoveredAreaGoes: an internal FAQ entry on a missing area covers it.
func TestCoveredAreaGoes(t *testing.T) {
	ws := newWorkspace()
	e, err := ws.Load("../../examples/keyturn.prfaq.yaml", workspace.LoadOptions{})
	if err != nil || e.Broken() {
		t.Fatal(err)
	}
	area := func(doc *review.BarRaiserReport) review.Area {
		for _, a := range doc.Areas {
			if a.Topic == "customer-and-market" {
				return a
			}
		}
		t.Fatal("no customer-and-market area")
		return review.Area{}
	}
	if area(review.BarRaiser(e.Doc, e.Template)).Covered {
		t.Fatal("keyturn should miss customer-and-market")
	}
	doc := *e.Doc
	doc.FAQ.Internal = append(slices.Clone(doc.FAQ.Internal), prfaqEntry("I9", "How many teams must enrol, and which go first?",
		"All 410 credentials of 64 services; the 12 payment services go first."))
	if a := area(review.BarRaiser(&doc, e.Template)); !a.Covered || !slices.Equal(a.By, []string{"I9"}) {
		t.Errorf("I9 does not cover customer-and-market: %+v", a)
	}
}
