package prreport

import (
	"cmp"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/prfaq/prfaq/internal/diff"
)

// Parts longer than these fold into <details>, so the comment opens on
// the summary and a reviewer unfolds what they want to read.
const (
	foldRedline  = 2000 // characters of redline
	foldFindings = 10   // findings in one list
)

// Markdown writes the report as one pull request comment, at most limit
// characters long (MaxComment for GitHub): the marker, a summary table,
// then one part per document. A document whose part does not fit is
// shown without its redline; documents that still do not fit are cut,
// and a note at the end says how many and how to see them all.
func Markdown(r *Report, limit int) []byte {
	var head strings.Builder
	head.WriteString(Marker + "\n")
	fmt.Fprintf(&head, "## PR/FAQ changes against %s\n\n", code(r.Base))
	if len(r.Documents) == 0 {
		fmt.Fprintf(&head, "No PR/FAQ changed (%s unchanged).\n", plural(r.Unchanged, "document"))
		return []byte(head.String())
	}
	head.WriteString(r.counts() + "\n\n")
	head.WriteString("| Document | Status | Version | Score | Findings |\n|---|---|---|---|---|\n")
	for i := range r.Documents {
		d := &r.Documents[i]
		fmt.Fprintf(&head, "| %s | %s | %s | %s | %s |\n", code(d.File), d.Status.arrow(), d.Version.arrow(), d.scoreCell(), d.findingsCell())
	}

	out := head.String()
	note := func(cut int) string {
		what := "1 more document was"
		if cut != 1 {
			what = fmt.Sprintf("%d more documents were", cut)
		}
		return fmt.Sprintf("\n---\n\n_%s left out to stay under the comment size limit: run %s to see the whole report._\n", what, code("prfaq report --base "+r.Base))
	}
	// Room is kept for the note, so cutting never overshoots the limit.
	room := limit - utf8.RuneCountInString(note(len(r.Documents))) - 8
	for i := range r.Documents {
		d := &r.Documents[i]
		part := d.markdown(true)
		if utf8.RuneCountInString(out)+utf8.RuneCountInString(part) > room {
			part = d.markdown(false)
		}
		if utf8.RuneCountInString(out)+utf8.RuneCountInString(part) > room {
			out += note(len(r.Documents) - i)
			return []byte(out)
		}
		out += part
	}
	return []byte(out)
}

func (r *Report) counts() string {
	var changed, added, removed int
	for _, d := range r.Documents {
		switch d.Change {
		case "added":
			added++
		case "removed":
			removed++
		default:
			changed++
		}
	}
	return fmt.Sprintf("%d changed, %d added, %d removed; %d unchanged.", changed, added, removed, r.Unchanged)
}

// markdown is the document's part of the comment; withRedline false
// leaves the redline out, for a comment near its size limit.
func (d *Document) markdown(withRedline bool) string {
	var b strings.Builder
	title := cmp.Or(d.Title.After, d.Title.Before)
	fmt.Fprintf(&b, "\n### %s\n\n", diff.InlineMarkdown(cmp.Or(title, d.File)))
	fmt.Fprintf(&b, "%s · %s\n\n", code(d.File), d.Change)
	if d.Problem != "" {
		fmt.Fprintf(&b, "> %s\n\n", diff.InlineMarkdown(d.Problem))
	}
	if d.Change == "changed" && d.Title.Moved() {
		fmt.Fprintf(&b, "- **Title:** %s → %s\n", diff.InlineMarkdown(d.Title.Before), diff.InlineMarkdown(d.Title.After))
	}
	if d.Status.Moved() || d.Change != "changed" {
		fmt.Fprintf(&b, "- **Status:** %s\n", d.Status.arrow())
	}
	if d.Version.Moved() {
		fmt.Fprintf(&b, "- **Version:** %s\n", d.Version.arrow())
	}
	if d.Score != nil {
		fmt.Fprintf(&b, "- **Score:** %s", d.scoreCell())
		for i, c := range d.Categories {
			sep := ", "
			if i == 0 {
				sep = ": "
			}
			fmt.Fprintf(&b, "%s%s %d → %d of %d", sep, c.Category, c.Before, c.After, c.Max)
		}
		b.WriteString("\n")
	}
	if len(d.Sections) > 0 {
		labels := make([]string, len(d.Sections))
		for i, s := range d.Sections {
			labels[i] = diff.InlineMarkdown(s.Label) + ": " + s.Status
		}
		fmt.Fprintf(&b, "- **Sections:** %s\n", strings.Join(labels, "; "))
	}
	if d.redline != nil && len(d.Sections) > 0 {
		if withRedline {
			red := string(diff.MarkdownSections(d.redline, "####"))
			if utf8.RuneCountInString(red) > foldRedline {
				fmt.Fprintf(&b, "\n<details><summary>Redline: %s</summary>\n%s\n</details>\n", plural(len(d.Sections), "section"), red)
			} else {
				b.WriteString(red)
			}
		} else {
			b.WriteString("\n_The redline is left out to stay under the comment size limit: `prfaq diff` shows it._\n")
		}
	}
	findingList(&b, "New findings", d.New)
	findingList(&b, "Fixed findings", d.Fixed)
	return b.String()
}

func findingList(b *strings.Builder, name string, fs []Finding) {
	if len(fs) == 0 {
		return
	}
	var list strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&list, "- %s %s, line %d: %s\n", code(f.Rule), f.Severity, f.Line, diff.InlineMarkdown(f.Message))
	}
	if len(fs) > foldFindings {
		fmt.Fprintf(b, "\n<details><summary>%s: %d</summary>\n\n%s\n</details>\n", name, len(fs), list.String())
		return
	}
	fmt.Fprintf(b, "\n**%s**\n\n%s", name, list.String())
}

func (d *Document) scoreCell() string {
	if d.Score == nil {
		return "—"
	}
	s := fmt.Sprintf("%s → %s", scoreText(d.Score.Before), scoreText(d.Score.After))
	if d.Score.Before != nil && d.Score.After != nil && *d.Score.Before != *d.Score.After {
		s += fmt.Sprintf(" (%+d)", *d.Score.After-*d.Score.Before)
	}
	return s
}

func (d *Document) findingsCell() string {
	if d.Change != "changed" {
		return plural(d.Findings, "finding")
	}
	if len(d.New) == 0 && len(d.Fixed) == 0 {
		return "—"
	}
	return fmt.Sprintf("%d new, %d fixed", len(d.New), len(d.Fixed))
}

func scoreText(n *int) string {
	if n == nil {
		return "—"
	}
	return fmt.Sprint(*n)
}

// arrow is "draft → in-review", or one value when it did not move.
func (m Move) arrow() string {
	b, a := diff.InlineMarkdown(m.Before), diff.InlineMarkdown(m.After)
	switch {
	case b == "" && a == "":
		return "—"
	case b == "":
		return "— → " + a
	case a == "":
		return b + " → —"
	case a == b:
		return a
	}
	return b + " → " + a
}

// code is text in a code span, with a fence longer than any run of
// backticks in it.
func code(s string) string {
	fence := "`"
	for strings.Contains(s, fence) {
		fence += "`"
	}
	pad := ""
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		pad = " "
	}
	return fence + pad + strings.ReplaceAll(s, "|", "\\|") + pad + fence
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// JSON is the report for programs, indented, ending in a newline.
func JSON(r *Report) []byte {
	out, _ := json.MarshalIndent(r, "", "  ")
	return append(out, '\n')
}
