package workshop

// The gallery's and the packet's acceptance check: built from the
// examples, each page opens in headless Chromium without a console
// message, and printed on A4 and on US Letter it takes the pages it is
// designed for, with every card whole on one page and every paragraph
// number in the printed packet. Needs Chromium and poppler-utils; see
// internal/browsertest.

import (
	"html"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/prfaq/prfaq/internal/render"
	"github.com/prfaq/prfaq/internal/testsupport/browsertest"
	"github.com/prfaq/prfaq/internal/workspace"
)

// onPaper fixes a page's paper for a test print. The pages set no size,
// so that a printer uses its own; the test prints both sizes users have.
func onPaper(page []byte, paper string) []byte {
	return []byte(strings.Replace(string(page), "</head>", "<style>@page { size: "+paper+"; }</style>\n</head>", 1))
}

// squeeze folds runs of spaces and line breaks, as printed text has them
// where the page wraps a line or lays out columns.
func squeeze(s string) string { return strings.Join(strings.Fields(s), " ") }

func TestGalleryAndPacketPrint(t *testing.T) {
	tools := browsertest.Require(t)
	examples, err := filepath.Glob(filepath.Join("..", "..", "examples", "*.prfaq.yaml"))
	if err != nil || len(examples) < 4 {
		t.Fatalf("examples: %v, %v", examples, err)
	}
	var drafts []workspace.Entry
	for _, f := range examples {
		drafts = append(drafts, readDraftFile(t, f, "examples/"+filepath.Base(f)))
	}
	galleryPage, err := Gallery(drafts, GalleryOptions{Now: galleryClock})
	if err != nil {
		t.Fatal(err)
	}
	packetDraft := readDraftFile(t, filepath.Join("..", "..", "examples", "prfaq.prfaq.yaml"), "examples/prfaq.prfaq.yaml")
	packetPage, err := Packet(packetDraft.Doc, packetDraft.Template, PacketOptions{Source: packetDraft.File, Now: galleryClock})
	if err != nil {
		t.Fatal(err)
	}
	_, refs, err := packetRefs(packetDraft)
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, m := range cardTitle.FindAllStringSubmatch(string(galleryPage), -1) {
		titles = append(titles, html.UnescapeString(m[1]))
	}

	for _, paper := range []string{"A4", "Letter"} {
		t.Run(paper, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()

			// The gallery: four cards on the first pages, then each draft's
			// press release and FAQ on pages of their own (measured: 20
			// pages on A4, 21 on Letter).
			page := filepath.Join(dir, "gallery.html")
			if err := os.WriteFile(page, onPaper(galleryPage, paper), 0o644); err != nil {
				t.Fatal(err)
			}
			tools.Load(t, page)
			pdf := tools.Print(t, page)
			info := tools.Info(t, pdf)
			if info.Paper() != paper {
				t.Errorf("gallery printed on %s, want %s", info.Paper(), paper)
			}
			if info.Pages < 17 || info.Pages > 24 {
				t.Errorf("gallery printed on %d pages, want 17 to 24", info.Pages)
			}
			t.Logf("gallery: %d pages on %s", info.Pages, paper)
			pages := tools.Pages(t, pdf)
			for i, title := range titles {
				n := i + 1
				// A card starts with its title and ends with the name of
				// its full text: both on one page, or the card was split.
				first, last := -1, -1
				for p, text := range pages {
					text = squeeze(text)
					if first < 0 && strings.Contains(text, title) {
						first = p
					}
					if last < 0 && strings.Contains(text, "Full text of draft "+strconv.Itoa(n)) {
						last = p
					}
				}
				switch {
				case first < 0:
					t.Errorf("card %d: its title %q is not in the PDF", n, title)
				case last < 0:
					t.Errorf("card %d: its last line is not in the PDF", n)
				case first != last:
					t.Errorf("card %d (%s) is split across pages %d and %d", n, title, first+1, last+1)
				}
			}
			if len(titles) != len(drafts) {
				t.Errorf("%d cards for %d examples", len(titles), len(drafts))
			}

			// The packet: the press release, the FAQ and the comment
			// sheet, each following on from the last (measured: 11 pages
			// on A4 and on Letter).
			page = filepath.Join(dir, "packet.html")
			if err := os.WriteFile(page, onPaper(packetPage, paper), 0o644); err != nil {
				t.Fatal(err)
			}
			tools.Load(t, page)
			pdf = tools.Print(t, page)
			info = tools.Info(t, pdf)
			if info.Paper() != paper {
				t.Errorf("packet printed on %s, want %s", info.Paper(), paper)
			}
			if info.Pages < 9 || info.Pages > 13 {
				t.Errorf("packet printed on %d pages, want 9 to 13", info.Pages)
			}
			t.Logf("packet: %d pages on %s", info.Pages, paper)
			text := tools.Text(t, pdf, 0)
			words := strings.Fields(text)
			have := map[string]int{}
			for _, w := range words {
				have[w]++
			}
			for _, r := range refs {
				// Each number is printed twice: in the margin and on the
				// comment sheet.
				if have[r] < 2 {
					t.Errorf("%s is printed %d times, want it in the margin and on the comment sheet", r, have[r])
				}
			}
			if !strings.Contains(squeeze(text), "Read in silence. Note comments by number (PR-3, E2).") {
				t.Errorf("the printed packet lacks the instruction")
			}
		})
	}
}

// packetRefs lists a draft's packet numbers, press release first.
func packetRefs(d workspace.Entry) (pr, all []string, err error) {
	prUnits, faqUnits, err := packetUnits(d.Doc, d.Template, render.NewFragments())
	if err != nil {
		return nil, nil, err
	}
	for _, u := range append(prUnits, faqUnits...) {
		if u.Ref == "" {
			continue
		}
		if strings.HasPrefix(u.Ref, "PR-") {
			pr = append(pr, u.Ref)
		}
		all = append(all, u.Ref)
	}
	return pr, all, nil
}

// No page of a printed packet holds a few lines and then blank paper:
// the press release's last paragraphs, or the FAQ's last entry, alone on
// a page before the next part. Every page but the last is at least half
// full, for each example on both papers.
func TestPacketPrintLeavesNoPageNearlyEmpty(t *testing.T) {
	tools := browsertest.Require(t)
	examples, err := filepath.Glob(filepath.Join("..", "..", "examples", "*.prfaq.yaml"))
	if err != nil || len(examples) < 4 {
		t.Fatalf("examples: %v, %v", examples, err)
	}
	for _, f := range examples {
		name := strings.TrimSuffix(filepath.Base(f), ".prfaq.yaml")
		d := readDraftFile(t, f, "examples/"+filepath.Base(f))
		out, err := Packet(d.Doc, d.Template, PacketOptions{Source: d.File, Now: galleryClock})
		if err != nil {
			t.Fatal(err)
		}
		for _, paper := range []string{"A4", "Letter"} {
			t.Run(name+"/"+paper, func(t *testing.T) {
				t.Parallel()
				page := filepath.Join(t.TempDir(), name+"-packet.html")
				if err := os.WriteFile(page, onPaper(out, paper), 0o644); err != nil {
					t.Fatal(err)
				}
				pdf := tools.Print(t, page)
				fill := tools.Fill(t, pdf)
				for i, f := range fill[:len(fill)-1] {
					if f < 0.5 {
						t.Errorf("page %d of %d ends %.0f%% of the way down, then blank paper:\n%s", i+1, len(fill), 100*f, tools.Text(t, pdf, i+1))
					}
				}
			})
		}
	}
}
