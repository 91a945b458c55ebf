package lint

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
)

// A baseline is a project's accepted findings, so that lint reports only
// new ones: a JSON list of fingerprints of file, rule and message. The
// line is left out, so edits above a finding do not make it new again.
type baselineEntry struct {
	File        string `json:"file"`
	Rule        string `json:"rule"`
	Fingerprint string `json:"fingerprint"`
}

// Fingerprint identifies a finding across edits that move it.
func Fingerprint(f Finding) string {
	sum := sha256.Sum256([]byte(f.File + "\x00" + f.Rule + "\x00" + f.Message))
	return hex.EncodeToString(sum[:8])
}

// Baseline is a baseline read back, to tell new findings from accepted
// ones. Each accepted finding covers one finding: a second finding with
// the same file, rule and message is new.
type Baseline struct {
	left map[string]int // fingerprint -> accepted findings not yet met
}

// ReadBaseline reads a baseline that EncodeBaseline wrote.
func ReadBaseline(data []byte) (*Baseline, error) {
	var b struct {
		Findings []baselineEntry `json:"findings"`
	}
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, err
	}
	known := &Baseline{left: map[string]int{}}
	for _, e := range b.Findings {
		known.left[e.Fingerprint]++
	}
	return known, nil
}

// IsNew reports whether f is not among the accepted findings; an
// accepted finding it matches is used up. Give findings in the order
// lint reports them, so the same run gives the same answer.
func (b *Baseline) IsNew(f Finding) bool {
	fp := Fingerprint(f)
	if b.left[fp] > 0 {
		b.left[fp]--
		return false
	}
	return true
}

// BaselineRecorder collects findings for a new baseline.
type BaselineRecorder struct {
	entries []baselineEntry
}

// Add records a finding as accepted.
func (r *BaselineRecorder) Add(f Finding) {
	r.entries = append(r.entries, baselineEntry{f.File, f.Rule, Fingerprint(f)})
}

// Len is how many findings are recorded.
func (r *BaselineRecorder) Len() int { return len(r.entries) }

// Encode is the baseline file: indented JSON, version 1, ending in a
// newline.
func (r *BaselineRecorder) Encode() []byte {
	entries := r.entries
	if entries == nil {
		entries = []baselineEntry{}
	}
	out, _ := json.MarshalIndent(map[string]any{"version": 1, "findings": entries}, "", "  ")
	return append(out, '\n')
}
