package prfaq

import "reflect"

// NeedsFile is where a team keeps its evergreen customer needs, relative
// to the project folder, beside the project's templates.
const NeedsFile = ".prfaq/needs.yaml"

// Needs is a team's needs.yaml: the customer needs that stay the same for
// years, against which every new idea is judged.
type Needs struct {
	Needs []Need `yaml:"needs" prfaq:"required" doc:"The team's evergreen customer needs, each one a need customers will still have in ten years."`
}

// Need is one evergreen customer need. Words and measures are how a
// reader tells that a press release speaks to it.
type Need struct {
	ID          string   `yaml:"id" prfaq:"required,pattern=^[a-z][a-z0-9_-]*$" doc:"Short id documents name in serves, e.g. low-prices."`
	Name        string   `yaml:"name" prfaq:"required" doc:"The need in the customer's words, e.g. Low prices."`
	Description string   `yaml:"description" prfaq:"markdown" doc:"What the need means for the customer, and why it lasts."`
	Words       []string `yaml:"words" doc:"Words or phrases that show a press release speaks to the need (matched whole, ignoring case), e.g. cheaper, save."`
	Measures    []string `yaml:"measures" doc:"How the team measures the need, e.g. price versus competitors; a press release naming a measure speaks to the need."`
}

// NeedsSpec returns the spec of needs.yaml files.
func NeedsSpec() *Spec { return specOf(reflect.TypeFor[Needs]()) }

// Find returns the need with the given id, or nil.
func (n *Needs) Find(id string) *Need {
	if n == nil {
		return nil
	}
	for i := range n.Needs {
		if n.Needs[i].ID == id {
			return &n.Needs[i]
		}
	}
	return nil
}

// IDs lists the ids of the needs, in file order.
func (n *Needs) IDs() []string {
	if n == nil {
		return nil
	}
	ids := make([]string, len(n.Needs))
	for i, x := range n.Needs {
		ids[i] = x.ID
	}
	return ids
}
