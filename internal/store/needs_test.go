package store

import (
	"strings"
	"testing"
)

func TestDecodeNeeds(t *testing.T) {
	good := "needs:\n  - id: low-prices\n    name: Low prices\n    words: [cheaper, save]\n  - id: fast-delivery\n    name: Fast delivery\n    measures: [days to doorstep]\n"
	n, pos, err := DecodeNeeds("needs.yaml", []byte(good))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(n.IDs(), ","); got != "low-prices,fast-delivery" {
		t.Errorf("ids = %s", got)
	}
	if p := pos["needs[1].id"]; p.Line != 5 || p.Col != 9 {
		t.Errorf("pos of needs[1].id = %v, want 5:9", p)
	}
	if n.Find("fast-delivery").Measures[0] != "days to doorstep" || n.Find("nope") != nil {
		t.Errorf("Find gave %+v", n.Find("fast-delivery"))
	}

	tests := []struct{ name, src, want string }{
		{"misspelt key", "needs:\n  - id: a\n    name: A\n    wrods: [x]\n", `needs.yaml:4:5: unknown key "wrods" in needs[0]: did you mean "words"?`},
		{"missing name", "needs:\n  - id: a\n", `needs.yaml:2:5: missing required key "name" in needs[0]`},
		{"bad id", "needs:\n  - id: Low Prices\n    name: A\n", "needs.yaml:2:9: needs[0].id"},
		{"duplicate id", "needs:\n  - id: a\n    name: A\n  - id: a\n    name: B\n", "needs.yaml:4:9: needs[1].id: id a is already used by needs[0]"},
		{"a list at the top", "- id: a\n", "needs.yaml:1:1: expected a prfaq needs file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := DecodeNeeds("needs.yaml", []byte(tt.src))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %v\nwant it to contain %s", err, tt.want)
			}
		})
	}
}
