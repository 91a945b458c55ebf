package workspace

import (
	"path/filepath"
	"strings"

	"github.com/prfaq/prfaq/internal/mddoc"
	"github.com/prfaq/prfaq/internal/source"
	"github.com/prfaq/prfaq/internal/store"
)

// FormatOf is how a file is written, by its name: Markdown for .md and
// .markdown, prfaq's YAML for everything else.
func FormatOf(name string) source.Format {
	if IsMarkdown(name) {
		return source.Markdown
	}
	return source.YAML
}

// IsDocumentName reports whether a file name is a YAML PR/FAQ's:
// NAME.prfaq.yaml or NAME.prfaq.yml.
func IsDocumentName(name string) bool {
	return strings.HasSuffix(name, ".prfaq.yaml") || strings.HasSuffix(name, ".prfaq.yml")
}

// Declares reports whether front matter at the top of a Markdown file
// declares a PR/FAQ: a prfaq key, or type, kind or doctype naming one.
// It reads only the top of the file, so a folder walk can ask it of
// every Markdown file cheaply.
func Declares(head []byte) bool {
	lines := mddoc.SplitLines(head)
	if len(lines) < 2 || strings.TrimRight(lines[0], " \t") != "---" {
		return false
	}
	for _, l := range lines[1:] {
		if t := strings.TrimRight(l, " \t"); t == "---" || t == "..." {
			return false
		}
		key, value, ok := strings.Cut(l, ":")
		if !ok || strings.HasPrefix(key, " ") {
			continue
		}
		switch strings.ToLower(strings.TrimSpace(key)) {
		case "prfaq", "pr-faq", "pr_faq":
			return true
		case "type", "kind", "doctype", "document_type", "layout", "category":
			v := strings.ToLower(strings.Trim(strings.TrimSpace(value), `"'`))
			if v == "prfaq" || v == "pr-faq" || v == "pr/faq" || v == "pr_faq" || v == "working-backwards" {
				return true
			}
		}
	}
	return false
}

// IsMarkdownName reports whether a file name is a Markdown PR/FAQ's by
// the conventions: NAME.prfaq.md, NAME.pr-faq.md, NAME-prfaq.md.
func IsMarkdownName(name string) bool {
	l := strings.ToLower(name)
	for _, ext := range []string{".md", ".markdown"} {
		if base, ok := strings.CutSuffix(l, ext); ok {
			return strings.HasSuffix(base, ".prfaq") || strings.HasSuffix(base, ".pr-faq") || strings.HasSuffix(base, "-prfaq") || strings.HasSuffix(base, "-pr-faq") || strings.HasSuffix(base, "_prfaq")
		}
	}
	return false
}

// IsMarkdown reports whether a file is Markdown by its extension.
func IsMarkdown(name string) bool {
	l := strings.ToLower(name)
	return strings.HasSuffix(l, ".md") || strings.HasSuffix(l, ".markdown")
}

// OutputBase is the path, without extension, of the outputs prfaq render
// writes for the document at path: NAME for NAME.prfaq.yaml, and for
// Markdown the name without its extension and its PR/FAQ suffix, so that
// tab-split.prfaq.md renders to tab-split.html as tab-split.prfaq.yaml
// does. Every command that writes or links to outputs asks here.
func OutputBase(path string) string {
	if !IsMarkdown(path) {
		return filepath.Join(filepath.Dir(path), store.BaseName(path))
	}
	dir, name := filepath.Split(path)
	name = strings.TrimSuffix(name, filepath.Ext(name))
	l := strings.ToLower(name)
	for _, suffix := range []string{".prfaq", ".pr-faq", "-prfaq", "-pr-faq", "_prfaq"} {
		if strings.HasSuffix(l, suffix) && len(name) > len(suffix) {
			name = name[:len(name)-len(suffix)]
			break
		}
	}
	return dir + name
}
