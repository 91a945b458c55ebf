package prfaq

import (
	"strings"
	"testing"
)

func TestLifecycle(t *testing.T) {
	allowed := map[[2]Status]bool{
		{StatusDraft, StatusInReview}:    true,
		{StatusInReview, StatusApproved}: true,
		{StatusInReview, StatusRejected}: true,
		{StatusInReview, StatusParked}:   true,
		{StatusApproved, StatusLaunched}: true,
		{StatusRejected, StatusDraft}:    true,
		{StatusParked, StatusDraft}:      true,
	}
	for _, from := range Statuses() {
		for _, to := range Statuses() {
			if got := from.CanMoveTo(to); got != allowed[[2]Status{from, to}] {
				t.Errorf("%s -> %s: allowed %v, want %v", from, to, got, !got)
			}
		}
	}
	if StatusLaunched.Next() != nil {
		t.Error("launched is final")
	}
}

func TestNextVersion(t *testing.T) {
	tests := []struct {
		v     string
		major bool
		want  string
	}{
		{"1.0", false, "1.1"}, {"1.9", false, "1.10"}, {"1.9", true, "2.0"}, {"0.3", true, "1.0"},
		{"1.999998", false, "1.999999"}, {"999998.7", true, "999999.0"},
	}
	for _, tt := range tests {
		got, err := NextVersion(tt.v, tt.major)
		if err != nil || got != tt.want {
			t.Errorf("NextVersion(%s, %v) = %s, %v; want %s", tt.v, tt.major, got, err, tt.want)
		}
	}
	// Past the bound, and at it: no version is made that could not be
	// read back.
	for _, tt := range []struct {
		v     string
		major bool
	}{{"1", false}, {"1.999999", false}, {"999999.3", true}, {"1.1000000", false}, {"9223372036854775807.9223372036854775807", false}, {"99999999999999999999.0", true}} {
		if got, err := NextVersion(tt.v, tt.major); err == nil {
			t.Errorf("NextVersion(%s, %v) = %s; it should fail", tt.v, tt.major, got)
		}
	}
	if err := (&Spec{Kind: ValueVersion}).CheckScalar("1.1000000"); err == nil || !strings.Contains(err.Error(), "up to 999999") {
		t.Errorf("CheckScalar(1.1000000) = %v", err)
	}
}

func TestCompareVersions(t *testing.T) {
	if CompareVersions("1.10", "1.9") <= 0 || CompareVersions("2.0", "1.99") <= 0 || CompareVersions("1.2", "1.2") != 0 {
		t.Error("versions must compare numerically")
	}
}
