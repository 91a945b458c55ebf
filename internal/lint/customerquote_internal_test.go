package lint

import "testing"

// TestPhraseGates: every phrase passes its list's gate, or the gate would
// hide it.
func TestPhraseGates(t *testing.T) {
	for _, l := range []struct {
		name    string
		phrases []string
		gate    []string
	}{
		{"requests", requestPhrases(), requestGate},
		{"company", companyPhrases(), companyGate},
		{"future", futurePhrases(), futureGate},
	} {
		for _, p := range l.phrases {
			if !phraseGate(p, l.gate...) {
				t.Errorf("%s: %q passes none of the gate's words %q", l.name, p, l.gate)
			}
		}
	}
}
