package review

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"html/template"
	"strings"
	"text/tabwriter"
)

// Formats are the output formats of a read-through.
var Formats = []string{"text", "markdown", "html", "json"}

// Report is either read-through, ready to print.
type Report struct {
	// As is the reader: "customer" or "bar-raiser".
	As        string           `json:"as"`
	File      string           `json:"file"`
	Customer  *CustomerReport  `json:"customer,omitempty"`
	BarRaiser *BarRaiserReport `json:"bar_raiser,omitempty"`
}

// Readers of a read-through.
const (
	AsCustomer  = "customer"
	AsBarRaiser = "bar-raiser"
)

// Readers lists the --as values.
var Readers = []string{AsCustomer, AsBarRaiser}

// Write renders the report in a format.
func (r *Report) Write(format string) ([]byte, error) {
	switch format {
	case "text":
		return r.text(), nil
	case "markdown":
		return r.markdown(), nil
	case "json":
		b, err := json.MarshalIndent(r, "", "  ")
		return append(b, '\n'), err
	case "html":
		return r.html()
	}
	return nil, fmt.Errorf("unknown format %q", format)
}

func (r *Report) text() []byte {
	var b bytes.Buffer
	if r.Customer != nil {
		c := r.Customer
		fmt.Fprintf(&b, "%s: customer read-through of %q\n", r.File, c.Title)
		if len(c.Questions) == 0 {
			b.WriteString("The customer finds every answer.\n")
		} else {
			fmt.Fprintf(&b, "%s the document does not answer:\n\n", plural(len(c.Questions), "question"))
			tw := tabwriter.NewWriter(&b, 0, 4, 2, ' ', 0)
			for _, q := range c.Questions {
				fmt.Fprintf(tw, "%s\t%s\t%s\n", q.Ref, q.Topic, q.Text)
				fmt.Fprintf(tw, "\t\t  why: %s\n", q.Why)
			}
			tw.Flush()
		}
		if len(c.Answered) > 0 {
			b.WriteString("\nAnswered:")
			for i, a := range c.Answered {
				sep := ","
				if i == 0 {
					sep = ""
				}
				fmt.Fprintf(&b, "%s %s (%s)", sep, a.Topic, strings.Join(a.By, ", "))
			}
			b.WriteString("\n")
		}
	}
	if r.BarRaiser != nil {
		br := r.BarRaiser
		fmt.Fprintf(&b, "%s: bar-raiser read-through of %q\n", r.File, br.Title)
		fmt.Fprintf(&b, "%d of %d areas covered by the internal FAQ\n\n", len(br.Areas)-br.Uncovered(), len(br.Areas))
		tw := tabwriter.NewWriter(&b, 0, 4, 2, ' ', 0)
		for _, a := range br.Areas {
			mark := "missing"
			if a.Covered {
				mark = "covered by " + strings.Join(a.By, ", ")
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\n", a.Topic, mark, a.Question)
		}
		tw.Flush()
	}
	return b.Bytes()
}

func (r *Report) markdown() []byte {
	var b bytes.Buffer
	if r.Customer != nil {
		c := r.Customer
		fmt.Fprintf(&b, "# Customer read-through: %s\n\n", mdEscape(c.Title))
		if len(c.Questions) == 0 {
			b.WriteString("The customer finds every answer.\n")
		} else {
			b.WriteString("| Where | Topic | The customer asks | Why |\n|---|---|---|---|\n")
			for _, q := range c.Questions {
				fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", q.Ref, q.Topic, mdEscape(q.Text), mdEscape(q.Why))
			}
		}
		if len(c.Answered) > 0 {
			b.WriteString("\nAnswered:\n\n")
			for _, a := range c.Answered {
				fmt.Fprintf(&b, "- %s: %s\n", a.Topic, strings.Join(a.By, ", "))
			}
		}
	}
	if r.BarRaiser != nil {
		br := r.BarRaiser
		fmt.Fprintf(&b, "# Bar-raiser read-through: %s\n\n", mdEscape(br.Title))
		b.WriteString("| Area | Kind | Question | Covered by |\n|---|---|---|---|\n")
		for _, a := range br.Areas {
			by := "**missing**"
			if a.Covered {
				by = strings.Join(a.By, ", ")
			}
			fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", a.Topic, a.Kind, mdEscape(a.Question), by)
		}
	}
	return b.Bytes()
}

func mdEscape(s string) string {
	return strings.NewReplacer("|", "\\|", "\n", " ").Replace(s)
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

//go:embed card.html
var cardHTML string

//go:embed card.css
var cardCSS string

var cardTemplate = template.Must(template.New("card").Parse(cardHTML))

type cardPage struct {
	CSS    template.CSS
	Report *Report
}

// html is a printable role-play card: the questions for the person in the
// empty chair (customer) or the bar raiser's checklist.
func (r *Report) html() ([]byte, error) {
	var b bytes.Buffer
	if err := cardTemplate.Execute(&b, cardPage{CSS: template.CSS(cardCSS), Report: r}); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// CardBody renders only the card's article, for pages that hold several
// (the workshop kit).
func (r *Report) CardBody() (template.HTML, error) {
	var b bytes.Buffer
	if err := cardTemplate.ExecuteTemplate(&b, "card-body", r); err != nil {
		return "", err
	}
	return template.HTML(b.String()), nil
}

// CardCSS is the style of a card, for pages that embed cards.
func CardCSS() template.CSS { return template.CSS(cardCSS) }
