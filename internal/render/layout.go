// Package render turns a PR/FAQ document into Markdown, through its
// template's layouts, and that Markdown into one self-contained HTML page.
// Every function here is pure: the same document, template and clock give
// the same bytes, so outputs can be committed and checked in CI.
package render

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"text/template"
	"time"

	"github.com/prfaq/prfaq/internal/prfaq"
)

// Layout part names, as they appear in template files and messages.
const (
	PartPressRelease = prfaq.LayoutPressRelease
	PartFAQ          = prfaq.LayoutFAQ
)

// LayoutChecker checks templates' layouts for the catalog, which loads
// templates without knowing how they are rendered.
type LayoutChecker struct{}

// CheckLayout is CheckLayout.
func (LayoutChecker) CheckLayout(part, text string) error { return CheckLayout(part, text) }

// CheckTemplate is CheckTemplate.
func (LayoutChecker) CheckTemplate(t *prfaq.Template) error { return CheckTemplate(t) }

var tmplErrLine = regexp.MustCompile(`^template: [^:]+:(\d+):(?:\d+:)? ?(.*)$`)

var stepCall = regexp.MustCompile(`executing "[^"]*" at <(?:` + stepFunc + `|` + tickFunc + `)[^>]*>: error calling (?:` + stepFunc + `|` + tickFunc + `): `)

// locLine is the line in a template position, name:line:col.
var locLine = regexp.MustCompile(`:(\d+):\d+$`)

func layoutError(part string, err error) *prfaq.LayoutError {
	var be *boundError
	if errors.As(err, &be) && !strings.HasPrefix(err.Error(), "template: ") {
		// The writer's refusal carries no position: it is at the last
		// step, which is the loop that wrote too much.
		return &prfaq.LayoutError{Part: part, Line: be.line, Msg: be.msg}
	}
	msg := err.Error()
	// A step is not a helper the layout calls: say only what it refused.
	msg = stepCall.ReplaceAllString(msg, "")
	if m := tmplErrLine.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		text := strings.Replace(m[2], fmt.Sprintf("executing %q at ", part), "", 1)
		text = strings.Replace(text, "map has no entry for key", "no such key", 1)
		return &prfaq.LayoutError{Part: part, Line: line, Msg: text}
	}
	return &prfaq.LayoutError{Part: part, Msg: strings.TrimPrefix(msg, "template: ")}
}

// CheckLayout parses a layout and reports a syntax error or a call of a
// function that does not exist.
func CheckLayout(part, text string) error {
	_, err := parseLayout(part, text, funcs(&prfaq.Document{}, &prfaq.Template{}))
	return err
}

func parseLayout(part, text string, fm template.FuncMap) (*template.Template, error) {
	t, err := template.New(part).Option("missingkey=error").Funcs(fm).Parse(text)
	if err != nil {
		return nil, layoutError(part, err)
	}
	instrument(t)
	return t, nil
}

// funcs is the small set of helpers layouts may call. None of them reads
// files, the environment or the clock: a layout sees only the document.
func funcs(doc *prfaq.Document, t *prfaq.Template) template.FuncMap {
	return template.FuncMap{
		"trim":  strings.TrimSpace,
		"upper": strings.ToUpper,
		"lower": strings.ToLower,
		"join":  join,
		// oneline folds a field into one line, for headings and for
		// quotes that continue a sentence.
		"oneline": func(s string) string { return strings.Join(strings.Fields(s), " ") },
		"list":    func(items ...any) []any { return items },
		"date":    formatDate,
		"dateline": func(d map[string]any) string {
			return dateline(fmt.Sprint(d["city"]), fmt.Sprint(d["outlet"]), fmt.Sprint(d["date"]))
		},
		"label": func(key string) (string, error) {
			if l, ok := t.Labels[key]; ok {
				return l, nil
			}
			return "", fmt.Errorf("label %q is not defined: add it under labels: in the template", key)
		},
		"sections": func(part string) []map[string]any {
			var out []map[string]any
			for _, s := range t.Sections {
				p := s.Part
				if p == "" {
					p = "appendix"
				}
				text := strings.TrimSpace(doc.Sections[s.ID])
				if p != part || text == "" {
					continue
				}
				out = append(out, map[string]any{"id": s.ID, "title": s.Title, "text": text})
			}
			return out
		},
	}
}

func join(sep string, list []any) string {
	parts := make([]string, 0, len(list))
	for _, x := range list {
		parts = append(parts, fmt.Sprint(x))
	}
	return strings.Join(parts, sep)
}

// formatDate writes a YYYY-MM-DD date in words, e.g. "March 15, 2027".
// Month names are fixed English, whatever the machine's locale.
func formatDate(s string) string {
	d, err := time.Parse(time.DateOnly, strings.TrimSpace(s))
	if err != nil {
		return s
	}
	return d.Format("January 2, 2006")
}

func dateline(city, outlet, date string) string {
	var parts []string
	if c := strings.TrimSpace(city); c != "" {
		parts = append(parts, c)
	}
	if o := strings.TrimSpace(outlet); o != "" {
		parts = append(parts, "("+o+")")
	}
	if d := strings.TrimSpace(date); d != "" {
		parts = append(parts, formatDate(d))
	}
	if len(parts) == 0 {
		return ""
	}
	return "**" + strings.Join(parts, " – ") + "** – "
}

// data is what a layout sees: the document as nested maps keyed by the
// names used in the file, so a layout says .press_release.headline exactly
// as the YAML does.
func data(doc *prfaq.Document) map[string]any {
	return objectData(prfaq.DocumentSpec(), reflect.ValueOf(doc))
}

func objectData(spec *prfaq.Spec, v reflect.Value) map[string]any {
	m := make(map[string]any, len(spec.Fields))
	for _, f := range spec.Fields {
		fv := f.Value(v)
		switch f.Kind {
		case prfaq.ValueObject:
			m[f.Key] = objectData(f, fv.Addr())
		case prfaq.ValueObjectList:
			list := make([]map[string]any, fv.Len())
			for i := range list {
				list[i] = objectData(f, fv.Index(i).Addr())
			}
			m[f.Key] = list
		case prfaq.ValueStringList:
			list := make([]any, fv.Len())
			for i := range list {
				list[i] = fv.Index(i).String()
			}
			m[f.Key] = list
		case prfaq.ValueStringMap:
			sm := make(map[string]any, fv.Len())
			for _, k := range fv.MapKeys() {
				sm[k.String()] = fv.MapIndex(k).String()
			}
			m[f.Key] = sm
		case prfaq.ValueBool:
			m[f.Key] = fv.Bool()
		case prfaq.ValueInt:
			m[f.Key] = int(fv.Int())
		default:
			m[f.Key] = strings.TrimSpace(fv.String())
		}
	}
	return m
}

// layoutData is data(doc) with every section the template declares
// present, empty when the document has none, so a layout may name
// .sections.<id> directly.
func layoutData(doc *prfaq.Document, t *prfaq.Template) map[string]any {
	d := data(doc)
	sections := d["sections"].(map[string]any)
	for _, s := range t.Sections {
		if _, ok := sections[s.ID]; !ok {
			sections[s.ID] = ""
		}
	}
	return d
}

// executeLayout runs one layout and tidies the Markdown it produces.
func executeLayout(doc *prfaq.Document, t *prfaq.Template, part, text string) ([]byte, error) {
	tm, err := parseLayout(part, text, funcs(doc, t))
	if err != nil {
		return nil, err
	}
	return executeParsed(tm, doc, t, part, Limits{})
}

// parsedLayouts are a template's two layouts, parsed.
type parsedLayouts struct {
	pressRelease, faq *template.Template
	err               error
}

// executeParsed runs a parsed layout on a document. The layout's helpers
// that read the document (sections) are bound to it in a copy of the
// parsed layout, so one parse serves every document, from any goroutine.
//
// The run is bounded by limits (see bounds.go): a layout that loops,
// recurses or writes without end is stopped and named, not left to take
// the machine's memory or time.
func executeParsed(parsed *template.Template, doc *prfaq.Document, t *prfaq.Template, part string, limits Limits) ([]byte, error) {
	tm, err := parsed.Clone()
	if err != nil {
		return nil, layoutError(part, err)
	}
	d := layoutData(doc, t)
	if part == PartPressRelease {
		markSections(d)
	}
	m := newMeter(limits, d)
	fm := funcs(doc, t)
	maps.Copy(fm, boundedFuncs(m))
	tm.Funcs(fm)
	if err := tm.Execute(m, d); err != nil {
		return nil, layoutError(part, err)
	}
	return tidy(keepMarkers(m.buf)), nil
}

// The press release's paragraphs carry no headings, so which section a
// paragraph is would be lost in the Markdown page; import would have to
// guess it back from the words. A comment before each section's text,
// <!-- prfaq: problem -->, says it: Markdown viewers do not show it, the
// HTML page leaves it out, and import reads it as a heading.
var markedSections = []struct{ key, name string }{
	{"problem", "problem"}, {"current_solutions", "current solutions"}, {"solution", "solution"},
	{"getting_started", "getting started"}, {"call_to_action", "call to action"},
}

func sectionMarker(name string) string { return "<!-- prfaq: " + name + " -->" }

// markSections starts each marked section's text with its marker.
func markSections(d map[string]any) {
	pr, _ := d["press_release"].(map[string]any)
	for _, m := range markedSections {
		if v, _ := pr[m.key].(string); v != "" {
			pr[m.key] = sectionMarker(m.name) + "\n" + v
		}
	}
}

// markerRE is a section marker, with what follows it on its line.
var markerRE = regexp.MustCompile(`<!-- prfaq: [a-z ]+ -->(\n?)`)

// keepMarkers keeps the markers that stand on a line of their own over
// their text; a layout that puts a section inside a sentence gets its
// text without one.
func keepMarkers(b []byte) []byte {
	if !bytes.Contains(b, []byte("<!-- prfaq: ")) {
		return b
	}
	var out []byte
	last := 0
	for _, m := range markerRE.FindAllSubmatchIndex(b, -1) {
		ownLine := m[3] > m[2] && (m[0] == 0 || b[m[0]-1] == '\n')
		if ownLine {
			continue
		}
		out = append(out, b[last:m[0]]...)
		last = m[1]
	}
	return append(out, b[last:]...)
}

// stripMarkers takes the section markers out, for the HTML page.
func stripMarkers(b []byte) []byte {
	if !bytes.Contains(b, []byte("<!-- prfaq: ")) {
		return b
	}
	return markerRE.ReplaceAll(b, nil)
}

// CheckTemplate runs both layouts of a template on a document with every
// field filled, so a misspelt field, an undefined label or a section the
// template does not declare is found when the template loads, not when
// someone's document first reaches that line.
func CheckTemplate(t *prfaq.Template) error {
	doc := sampleDocument(t)
	for _, part := range []struct{ name, text string }{
		{PartPressRelease, t.Layout.PressRelease},
		{PartFAQ, t.Layout.FAQ},
	} {
		if _, err := executeLayout(doc, t, part.name, part.text); err != nil {
			return err
		}
	}
	return nil
}

// sampleDocument fills every field of a document, both modes' quotes and
// every declared section.
func sampleDocument(t *prfaq.Template) *prfaq.Document {
	doc := &prfaq.Document{}
	fill(prfaq.DocumentSpec(), reflect.ValueOf(doc))
	doc.Mode = prfaq.ModeLaunch
	doc.Status = prfaq.StatusDraft
	doc.Created, doc.Updated, doc.LaunchDate, doc.PressRelease.Dateline.Date = "2027-01-01", "2027-01-01", "2027-01-01", "2027-01-01"
	doc.Sections = map[string]string{}
	for _, s := range t.Sections {
		doc.Sections[s.ID] = "Text."
	}
	return doc
}

func fill(spec *prfaq.Spec, v reflect.Value) {
	for _, f := range spec.Fields {
		fv := f.Value(v)
		switch f.Kind {
		case prfaq.ValueObject:
			fill(f, fv.Addr())
		case prfaq.ValueObjectList:
			list := reflect.MakeSlice(fv.Type(), 1, 1)
			fill(f, list.Index(0).Addr())
			fv.Set(list)
		case prfaq.ValueStringList:
			fv.Set(reflect.ValueOf([]string{"Text"}))
		case prfaq.ValueBool:
			fv.SetBool(true)
		case prfaq.ValueInt:
			fv.SetInt(1)
		case prfaq.ValueStringMap:
		default:
			fv.SetString("Text.")
		}
	}
}

// tidy removes the runs of blank lines that optional parts
// of a layout leave behind, outside fenced code blocks, so the Markdown
// reads as if written by hand.
func tidy(md []byte) []byte {
	lines := strings.Split(string(md), "\n")
	out := make([]string, 0, len(lines))
	fence := ""
	blank := true // drop leading blank lines
	for _, l := range lines {
		trimmed := strings.TrimLeft(l, " ")
		if fence == "" && (strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~")) {
			fence = trimmed[:3]
		} else if fence != "" && strings.HasPrefix(trimmed, fence) {
			fence = ""
			out = append(out, l)
			blank = false
			continue
		}
		if fence != "" {
			out = append(out, l)
			blank = false
			continue
		}
		// Only blank lines are cleared: two trailing spaces in text are a
		// Markdown line break the writer meant.
		if strings.TrimSpace(l) == "" {
			l = ""
		}
		if l == "" {
			if blank {
				continue
			}
			blank = true
		} else {
			blank = false
		}
		out = append(out, l)
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return []byte(strings.Join(out, "\n") + "\n")
}
