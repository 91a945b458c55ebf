package mddoc

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/prfaq/prfaq/internal/store"
)

// FuzzRead: the detector never panics or hangs, every line reference
// points into the file at the text it claims, and what import makes of
// the result encodes and reads back as a document.
func FuzzRead(f *testing.F) {
	files, _ := filepath.Glob("testdata/fixtures/*.md")
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err == nil {
			f.Add(data)
		}
	}
	for _, s := range []string{"", "---\n", "---\ntitle: [\n---\n# x", "# A\n\n**Q: b?** c\n\n1. d?\n   e", "> \"x,\" said A B, VP.\n", "Q: a?\nA: b", "## FAQ\n### Internal\n#### Risks\n**What?**\n", "\uFEFF# h\r\n_s_\r\n",
		// a details line ending in a backslash, the block's last
		"# T\n\n**Owner:** Dana\\\n**Status:** draft\\\n",
		// a question of emphasis marks only
		"## FAQ\n\n| Question | Answer |\n|---|---|\n| ** | No. |\n",
		// a template's question left blank
		"## FAQ\n\n### Q: ______\n\nA.\n"} {
		f.Add([]byte(s))
	}
	day := time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, src []byte) {
		res, err := Read("f.md", src, Options{Templates: builtin.Load})
		if err != nil {
			return
		}
		lines := SplitLines(src)
		for path, refs := range res.Lines {
			v := fieldText(res, path)
			if v == "" {
				continue
			}
			for k, tl := range strings.Split(v, "\n") {
				if k >= len(refs) {
					t.Fatalf("%s: line %d of the text has no reference", path, k)
				}
				ref := refs[k]
				if ref.Line < 1 || ref.Line > len(lines) || ref.Off > len(lines[ref.Line-1]) {
					t.Fatalf("%s: reference %+v outside the file", path, ref)
				}
				at := lines[ref.Line-1][ref.Off:]
				if isQuoteField(path) && strings.HasSuffix(tl, ".") && strings.HasPrefix(at, strings.TrimSuffix(tl, ".")+",") {
					// A quote's sentence that ended at the attribution
					// in a comma ends in a period.
					continue
				}
				if tl != "" && !strings.HasPrefix(at, tl) {
					t.Fatalf("%s: text line %q is not at %+v: %q", path, tl, ref, lines[ref.Line-1][ref.Off:])
				}
			}
		}
		if !res.Structured {
			return
		}
		doc, _ := Import(res, day)
		enc, err := store.EncodeDocument(doc)
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := store.DecodeDocument("f.prfaq.yaml", enc); err != nil {
			t.Fatalf("import does not read back: %v\n%s", err, enc)
		}
	})
}

// fieldText is a found field's text as the document holds it.
func fieldText(res *Result, path string) string {
	var entries = res.Doc.FAQ.External
	p := path
	if rest, ok := strings.CutPrefix(p, "faq.internal["); ok {
		entries, p = res.Doc.FAQ.Internal, rest
	} else if rest, ok := strings.CutPrefix(p, "faq.external["); ok {
		p = rest
	} else {
		v, err := res.Doc.Get(path)
		if err != nil {
			return ""
		}
		s, _ := v.(string)
		return s
	}
	i, field, _ := strings.Cut(p, "].")
	n := 0
	for _, c := range i {
		n = n*10 + int(c-'0')
	}
	if n >= len(entries) {
		return ""
	}
	if field == "question" {
		return entries[n].Question
	}
	return entries[n].Answer
}
