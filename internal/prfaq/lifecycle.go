package prfaq

import (
	"cmp"
	"fmt"
	"strconv"
	"strings"
)

// Mode says whether the press release imagines a launch or reports one.
type Mode string

const (
	ModeFuture Mode = "future"
	ModeLaunch Mode = "launch"
)

// Status is where a document stands in its review lifecycle. Rejected and
// parked are normal, recorded outcomes of the method, not failures.
type Status string

const (
	StatusDraft    Status = "draft"
	StatusInReview Status = "in-review"
	StatusApproved Status = "approved"
	StatusRejected Status = "rejected"
	StatusParked   Status = "parked"
	StatusLaunched Status = "launched"
)

// Label is the status as a person reads it in a rendered header.
func (s Status) Label() string {
	switch s {
	case StatusDraft:
		return "Draft"
	case StatusInReview:
		return "In review"
	case StatusApproved:
		return "Approved"
	case StatusRejected:
		return "Rejected"
	case StatusParked:
		return "Parked"
	case StatusLaunched:
		return "Launched"
	}
	return string(s)
}

// Statuses lists every status in lifecycle order.
func Statuses() []Status {
	return []Status{StatusDraft, StatusInReview, StatusApproved, StatusRejected, StatusParked, StatusLaunched}
}

// Next lists the statuses a document may move to from s: draft goes to
// review; a review ends approved, rejected or parked; an approved document
// launches; a rejected or parked one can be reopened as a draft.
func (s Status) Next() []Status {
	switch s {
	case StatusDraft:
		return []Status{StatusInReview}
	case StatusInReview:
		return []Status{StatusApproved, StatusRejected, StatusParked}
	case StatusApproved:
		return []Status{StatusLaunched}
	case StatusRejected, StatusParked:
		return []Status{StatusDraft}
	}
	return nil
}

// CanMoveTo reports whether the lifecycle allows going from s to next.
func (s Status) CanMoveTo(next Status) bool {
	for _, n := range s.Next() {
		if n == next {
			return true
		}
	}
	return false
}

// NextVersion returns the version after v: 1.3 becomes 1.4, or 2.0 with
// major set.
func NextVersion(v string, major bool) (string, error) {
	maj, min, ok := splitVersion(v)
	if !ok {
		return "", fmt.Errorf("%q is not a version (major.minor, each a whole number up to %d)", v, MaxVersionNumber)
	}
	switch {
	case major && maj == MaxVersionNumber:
		return "", fmt.Errorf("version %s is the last major version prfaq counts to (%d)", v, MaxVersionNumber)
	case major:
		return fmt.Sprintf("%d.0", maj+1), nil
	case min == MaxVersionNumber:
		return "", fmt.Errorf("version %s is the last minor version prfaq counts to (%d): start the next major version with --major", v, MaxVersionNumber)
	}
	return fmt.Sprintf("%d.%d", maj, min+1), nil
}

// MaxVersionNumber is the largest major or minor number of a version. No
// document is revised a million times; the bound keeps every version
// prfaq reads one it can count on from (a number past the integer range
// would wrap around to a version nobody wrote).
const MaxVersionNumber = 999_999

// CompareVersions orders two major.minor versions numerically, so 1.10
// comes after 1.9. Versions that do not parse sort first.
func CompareVersions(a, b string) int {
	amaj, amin, _ := splitVersion(a)
	bmaj, bmin, _ := splitVersion(b)
	if c := cmp.Compare(amaj, bmaj); c != 0 {
		return c
	}
	return cmp.Compare(amin, bmin)
}

func splitVersion(v string) (major, minor int, ok bool) {
	if !versionPattern.MatchString(v) {
		return 0, 0, false
	}
	a, b, _ := strings.Cut(v, ".")
	major, err1 := strconv.Atoi(a)
	minor, err2 := strconv.Atoi(b)
	return major, minor, err1 == nil && err2 == nil && major <= MaxVersionNumber && minor <= MaxVersionNumber
}
