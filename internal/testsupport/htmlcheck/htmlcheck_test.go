package htmlcheck

import (
	"strings"
	"testing"
)

func TestProblems(t *testing.T) {
	tests := []struct {
		name, page string
		opts       Options
		bad        bool
	}{
		{"clean", `<p class="x" title="&lt;script&gt;">a &lt;script&gt; b</p>`, Options{}, false},
		{"own inline script", "<script>\nvar x;\n</script>", Options{Scripts: []string{"<script>"}}, false},
		{"own script file", `<script src="/_prfaq/portfolio.js" defer></script>`, Options{Scripts: []string{`<script src="/_prfaq/portfolio.js" defer>`}}, false},
		{"a second script", "<script></script><script>alert(1)</script>", Options{Scripts: []string{"<script>"}}, true},
		{"script", "<script>alert(1)</script>", Options{}, true},
		{"handler", `<img src="x.png" onerror="alert(1)">`, Options{}, true},
		{"handler after slash", `<svg/onload=alert(1)>`, Options{}, true},
		{"handler text in a value", `<td data-v="&#34;&gt;&lt;img onerror=alert(1)&gt;">`, Options{}, false},
		{"javascript link", `<a href="javascript:alert(1)">x</a>`, Options{}, true},
		{"mixed case", `<a href="JaVaScRiPt:alert(1)">x</a>`, Options{}, true},
		{"vbscript", `<a href='vbscript:msgbox(1)'>x</a>`, Options{}, true},
		{"entity", `<a href="&#106;avascript:alert(1)">x</a>`, Options{}, true},
		{"data html", `<img src="data:text/html;base64,PHNjcmlwdD4=">`, Options{}, true},
		{"data link", `<a href="data:image/png;base64,AA==">x</a>`, Options{}, true},
		{"data image", `<img src="data:image/png;base64,AA==" alt="">`, Options{}, false},
		{"iframe", `<iframe src="x"></iframe>`, Options{}, true},
		{"base", `<base href="https://evil.example/">`, Options{}, true},
		{"style", "<style>a{}</style><style>body{display:none}</style>", Options{Styles: 1}, true},
		{"payload", `<p>"><img src=x onerror=alert(2)></p>`, Options{}, true},
		{"https link", `<a href="https://example.com/?a=1&amp;b=2">x</a>`, Options{}, false},
	}
	for _, tt := range tests {
		got := Problems([]byte(tt.page), tt.opts)
		if (len(got) > 0) != tt.bad {
			t.Errorf("%s: problems %q, want bad=%v", tt.name, got, tt.bad)
		}
	}
}

func TestCorpusHoldsThePayloads(t *testing.T) {
	for _, p := range Payloads() {
		yamlForm := strings.NewReplacer(`"`, `\"`).Replace(p)
		if !strings.Contains(string(Corpus), p) && !strings.Contains(string(Corpus), yamlForm) {
			t.Errorf("the corpus lacks the payload %q", p)
		}
	}
}
