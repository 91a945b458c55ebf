package prfaq

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
