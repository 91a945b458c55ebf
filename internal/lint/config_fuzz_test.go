package lint_test

import (
	"testing"

	"github.com/prfaq/prfaq/internal/lint"
	"github.com/prfaq/prfaq/internal/store"
)

// FuzzLintConfig feeds .prfaq-lint.yaml files through decoding and onto
// the default configuration, then lints a document with the result:
// whatever a configuration says, lint must finish and every finding must
// name a rule and a place.
func FuzzLintConfig(f *testing.F) {
	f.Add([]byte("disable: [passive-voice]\nseverities:\n  weasel-words: error\n"))
	f.Add([]byte("thresholds:\n  sentence_words: \"5\"\n  faq_words_max: \"-1\"\n"))
	f.Add([]byte("words:\n  - rule: weasel-words\n    add: [basically, \"\"]\n    remove: [very]\n"))
	f.Add([]byte("enable: [nope]\nfiles: [\"*.pr-faq.yaml\", \"[\"]\ntemplate: mini\n"))
	src := benchDocument(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		fc, pos, err := store.DecodeLintConfig(".prfaq-lint.yaml", data)
		if err != nil {
			return
		}
		cfg := lint.DefaultConfig()
		for _, p := range cfg.Apply(".prfaq-lint.yaml", fc, pos) {
			if p.Message == "" || p.Line < 1 {
				t.Fatalf("configuration finding without a message or line: %+v", p)
			}
		}
		for _, fd := range lint.Lint(read(docName, src, cfg), cfg, now) {
			if fd.Rule == "" || fd.Line < 1 || fd.Col < 1 {
				t.Fatalf("finding without a rule or place: %+v", fd)
			}
		}
	})
}
