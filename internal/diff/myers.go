package diff

// The token diff is Myers' O(ND) algorithm ("An O(ND) Difference Algorithm
// and Its Variations", 1986) in its linear-space form: find the middle of
// an optimal edit path by searching from both ends at once, then solve the
// two halves. Time is O((N+M)·D) for N and M tokens and D edits; space is
// O(N+M). The bisection follows the one of Neil Fraser's diff-match-patch.
//
// Bounds. PR/FAQ sections are a few hundred to a few thousand words, where
// this takes well under a millisecond. Pathological input (a very long
// section rewritten from end to end) is bounded twice, so a diff never
// takes more than a few tens of milliseconds:
//
//   - after the common prefix and suffix are set aside, more than
//     maxTokens tokens in the two middles together are not compared token
//     by token;
//   - the search counts its steps and gives up after maxWork of them.
//
// Either way the middle is reported as one deletion and one insertion
// (the section "replaced"), with the common prefix and suffix still shown
// as unchanged, and Section.Coarse says so. The limits are counts, not
// clock time, so output is the same on every machine.
const (
	maxTokens = 60_000
	maxWork   = 20_000_000
)

// edit is a run of n tokens that are equal in both, deleted from a or
// inserted from b.
type edit struct {
	kind OpKind
	n    int
}

type myers struct {
	work      int // steps left before giving up
	exhausted bool
}

// diffTokens returns the edits turning a into b and whether the limits
// forced the coarse result.
func diffTokens(a, b []int) ([]edit, bool) {
	p := commonPrefix(a, b)
	s := commonSuffix(a[p:], b[p:])
	midA, midB := a[p:len(a)-s], b[p:len(b)-s]
	var out []edit
	out = appendEdit(out, Equal, p)
	if len(midA)+len(midB) > maxTokens {
		out = appendEdit(out, Delete, len(midA))
		out = appendEdit(out, Insert, len(midB))
		return appendEdit(out, Equal, s), true
	}
	m := &myers{work: maxWork}
	mid := m.diff(midA, midB, nil)
	if m.exhausted {
		out = appendEdit(out, Delete, len(midA))
		out = appendEdit(out, Insert, len(midB))
		return appendEdit(out, Equal, s), true
	}
	for _, e := range mid {
		out = appendEdit(out, e.kind, e.n)
	}
	return appendEdit(out, Equal, s), false
}

func commonPrefix(a, b []int) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

func commonSuffix(a, b []int) int {
	n := 0
	for n < len(a) && n < len(b) && a[len(a)-1-n] == b[len(b)-1-n] {
		n++
	}
	return n
}

// appendEdit adds a run, merging it into the last one of the same kind.
func appendEdit(out []edit, kind OpKind, n int) []edit {
	if n == 0 {
		return out
	}
	if k := len(out); k > 0 && out[k-1].kind == kind {
		out[k-1].n += n
		return out
	}
	return append(out, edit{kind, n})
}

// diff appends the edits turning a into b.
func (m *myers) diff(a, b []int, out []edit) []edit {
	p := commonPrefix(a, b)
	out = appendEdit(out, Equal, p)
	a, b = a[p:], b[p:]
	s := commonSuffix(a, b)
	a, b = a[:len(a)-s], b[:len(b)-s]
	switch {
	case len(a) == 0:
		out = appendEdit(out, Insert, len(b))
	case len(b) == 0:
		out = appendEdit(out, Delete, len(a))
	case m.exhausted:
		out = appendEdit(out, Delete, len(a))
		out = appendEdit(out, Insert, len(b))
	default:
		x, y, ok := m.bisect(a, b)
		// A split at either end would not make the problem smaller; it
		// cannot happen once prefix and suffix are gone, but a loop must
		// not depend on that.
		if !ok || x+y == 0 || x == len(a) && y == len(b) {
			out = appendEdit(out, Delete, len(a))
			out = appendEdit(out, Insert, len(b))
			break
		}
		out = m.diff(a[:x], b[:y], out)
		out = m.diff(a[x:], b[y:], out)
	}
	return appendEdit(out, Equal, s)
}

// bisect finds the point (x, y) where a forward and a reverse furthest
// reaching D-path meet: a point on an optimal edit path. ok is false when
// the two share nothing or the work budget ran out.
func (m *myers) bisect(a, b []int) (x, y int, ok bool) {
	n, mm := len(a), len(b)
	maxD := (n + mm + 1) / 2
	off := maxD
	size := 2*maxD + 2 // room for k = ±(maxD) and the k+1 read at d = 0
	m.work -= size     // the two arrays below are work too
	v1 := make([]int, size)
	v2 := make([]int, size)
	for i := range v1 {
		v1[i], v2[i] = -1, -1
	}
	v1[off+1], v2[off+1] = 0, 0
	delta := n - mm
	// With an odd delta the forward path meets the reverse one; with an
	// even delta, the reverse path meets the forward one.
	front := delta%2 != 0
	k1start, k1end, k2start, k2end := 0, 0, 0, 0
	for d := 0; d < maxD; d++ {
		m.work -= 2*d + 1
		if m.work < 0 {
			m.exhausted = true
			return 0, 0, false
		}
		// Forward.
		for k1 := -d + k1start; k1 <= d-k1end; k1 += 2 {
			k1off := off + k1
			var x1 int
			if k1 == -d || k1 != d && v1[k1off-1] < v1[k1off+1] {
				x1 = v1[k1off+1]
			} else {
				x1 = v1[k1off-1] + 1
			}
			y1 := x1 - k1
			start := x1
			for x1 < n && y1 < mm && a[x1] == b[y1] {
				x1++
				y1++
			}
			m.work -= x1 - start
			v1[k1off] = x1
			switch {
			case x1 > n:
				k1end += 2 // ran off the right
			case y1 > mm:
				k1start += 2 // ran off the bottom
			case front:
				k2off := off + delta - k1
				if k2off >= 0 && k2off < size && v2[k2off] != -1 {
					if x2 := n - v2[k2off]; x1 >= x2 {
						return x1, y1, true
					}
				}
			}
		}
		// Reverse.
		for k2 := -d + k2start; k2 <= d-k2end; k2 += 2 {
			k2off := off + k2
			var x2 int
			if k2 == -d || k2 != d && v2[k2off-1] < v2[k2off+1] {
				x2 = v2[k2off+1]
			} else {
				x2 = v2[k2off-1] + 1
			}
			y2 := x2 - k2
			start := x2
			for x2 < n && y2 < mm && a[n-x2-1] == b[mm-y2-1] {
				x2++
				y2++
			}
			m.work -= x2 - start
			v2[k2off] = x2
			switch {
			case x2 > n:
				k2end += 2
			case y2 > mm:
				k2start += 2
			case !front:
				k1off := off + delta - k2
				if k1off >= 0 && k1off < size && v1[k1off] != -1 {
					x1 := v1[k1off]
					y1 := off + x1 - k1off
					if x1 >= n-x2 {
						return x1, y1, true
					}
				}
			}
		}
	}
	return 0, 0, false
}
