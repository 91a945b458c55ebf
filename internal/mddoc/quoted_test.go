package mddoc

import (
	"strings"
	"testing"
	"time"
)

func TestQuotedPressRelease(t *testing.T) {
	release := "> ## Orchard growers can now see frost coming to each row\n>\n" +
		"> *Frostline puts a sensor on every tenth tree and texts the grower.*\n>\n" +
		"> YAKIMA, WA — April 2, 2029 — Valley Sensing today launched Frostline, a frost warning for orchards.\n>\n" +
		`> "Growers lose a crop in one night," said Priya Anand, CEO of Valley Sensing.` + "\n"
	for _, c := range []struct {
		name, md                      string
		headline, subheadline, leader string
		dated                         bool
		appendix                      string // a word kept in the appendix
	}{
		{"under a title and two paragraphs of preface",
			"# Frostline PR/FAQ (draft)\n\nThis is a draft for the review on Thursday.\n\nThe release below is set in a quote.\n\n" + release,
			"Orchard growers can now see frost coming to each row", "Frostline puts a sensor on every tenth tree and texts the grower.", "Priya Anand", true, "set in a quote"},
		{"alone in the file",
			release,
			"Orchard growers can now see frost coming to each row", "Frostline puts a sensor on every tenth tree and texts the grower.", "Priya Anand", true, ""},
		{"a quote without a dateline is no press release",
			"# Frostline\n\nYAKIMA, WA — April 2, 2029 — Valley Sensing today launched Frostline.\n\n> ## A note\n>\n> Frost came early this year.\n",
			"Frostline", "", "", true, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := readShape(t, c.md)
			doc, _ := Import(res, time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC))
			pr := doc.PressRelease
			if pr.Headline != c.headline || pr.Subheadline != c.subheadline {
				t.Errorf("headline %q, subheadline %q", pr.Headline, pr.Subheadline)
			}
			if pr.LeaderQuote.Speaker != c.leader {
				t.Errorf("leader %q", pr.LeaderQuote.Speaker)
			}
			if got := res.DatelineText != ""; got != c.dated {
				t.Errorf("dateline %q", res.DatelineText)
			}
			if c.appendix != "" {
				kept := ""
				for _, u := range res.Unplaced {
					kept += u.Text + "\n"
				}
				if !strings.Contains(kept, c.appendix) {
					t.Errorf("appendix %q lacks %q", kept, c.appendix)
				}
			}
		})
	}
}

func TestHeadingOverDateline(t *testing.T) {
	const dated = "YAKIMA, WA — April 2, 2029 — Valley Sensing today launched Frostline, a frost warning.\n"
	for _, c := range []struct{ name, md, headline, subheadline string }{
		{"under the team's own word for the part",
			"# Frostline PR/FAQ\n\nThis is a draft for the review on Thursday.\n\nPlease leave comments in the thread.\n\n---\n\n## :sunrise: Our story\n\n### Orchard growers can now see frost coming to each row\n\n*One sensor for every tenth tree.*\n\n" + dated,
			"Orchard growers can now see frost coming to each row", "One sensor for every tenth tree."},
		{"after two paragraphs of preface",
			"# Frostline PR/FAQ\n\nThis is a draft for the review on Thursday.\n\nRead the release first, then the FAQ.\n\n## Orchard growers can now see frost coming to each row\n\n" + dated,
			"Orchard growers can now see frost coming to each row", ""},
		{"a short heading is no headline",
			"# Orchard growers can now see frost coming\n\n## Our story\n\n### Why now\n\n" + dated,
			"Orchard growers can now see frost coming", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc, _ := Import(readShape(t, c.md), time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC))
			if pr := doc.PressRelease; pr.Headline != c.headline || pr.Subheadline != c.subheadline {
				t.Errorf("headline %q, subheadline %q", pr.Headline, pr.Subheadline)
			}
		})
	}
}

// A release quoted in a file that has its own, as an example in an FAQ
// answer, stays a quote: the answer's.
func TestQuotedPressReleaseInAnAnswer(t *testing.T) {
	md := "# Frostline\n\nYAKIMA, WA — April 2, 2029 — Valley Sensing today launched Frostline.\n\n## FAQ\n\n" +
		"### What did the old release say?\n\n> ## Frost alerts come to Yakima\n>\n> YAKIMA, WA — May 1, 2027 — Valley Sensing today tested frost alerts.\n\n" +
		"### Does it work at night?\n\nYes.\n"
	doc, _ := Import(readShape(t, md), time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC))
	ext := doc.FAQ.External
	if len(ext) != 2 || !strings.Contains(ext[0].Answer, "tested frost alerts") {
		t.Errorf("external FAQ %+v", ext)
	}
}
