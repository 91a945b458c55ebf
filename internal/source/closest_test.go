package source

import (
	"strings"
	"testing"
)

// editDistance counts edits for names up to 64 bytes; longer ones are
// never close to a name prfaq knows, and are not compared.
func TestEditDistance(t *testing.T) {
	long := strings.Repeat("a", 64)
	for _, c := range []struct {
		a, b string
		want int
	}{
		{"title", "titel", 2},
		{"title", "title", 0},
		{"", "abc", 3},
		{long, long[:63] + "b", 1},
		{long + "a", long, 1 << 10},
	} {
		if got := editDistance(c.a, c.b); got != c.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}
