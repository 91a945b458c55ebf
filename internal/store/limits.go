package store

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/prfaq/prfaq/internal/source"
)

// MaxDepth is how deep values may nest. prfaq's formats nest five levels
// at most (an answer in an entry of faq.external; a role's asks in a
// workshop); a file nested far deeper is a mistake or an attack, and the
// check keeps every walk over the parsed file short.
const MaxDepth = 32

// aliasAllowance is how many values YAML aliases may add beyond those
// written in the file, and aliasFactor how many more per value written.
// A file that reuses an anchored list of authors adds a few; a "billion
// laughs" file adds billions from a few hundred bytes.
const (
	aliasAllowance = 10_000
	aliasFactor    = 10
)

// plainTags are the YAML types prfaq's formats are made of, whether
// written out (!!str) or, as almost always, left for YAML to resolve.
// Others, !!binary, !!set or a program's own such as !python/object, are
// refused rather than read as text.
func coreTag(tag string) bool {
	switch tag {
	case "", "!!str", "!!int", "!!float", "!!bool", "!!null", "!!timestamp", "!!map", "!!seq", "!!merge":
		return true
	}
	return false
}

// checkShape bounds a parsed file before anything walks it: how deep it
// nests, that its values are of YAML's plain types, and how many values
// its aliases stand for. yaml.v3 keeps an alias as a pointer to its
// anchor, so a "billion laughs" file parses in microseconds; it is any
// walk that follows the aliases that would not end.
func checkShape(name string, root *yaml.Node) *source.Problem {
	written := 0
	var deepest *yaml.Node
	var aliases []*yaml.Node
	// An explicit stack: the depth is what is being checked, so the walk
	// must not itself recurse as deep as the file nests.
	type item struct {
		n     *yaml.Node
		depth int
	}
	stack := []item{{root, 0}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		written++
		if it.depth > MaxDepth && deepest == nil {
			deepest = it.n
		}
		if it.n.Kind == yaml.AliasNode {
			aliases = append(aliases, it.n)
			continue
		}
		if !coreTag(it.n.Tag) {
			return &source.Problem{File: name, Pos: source.Pos{Line: it.n.Line, Col: it.n.Column}, Msg: fmt.Sprintf("the tag %s is not one prfaq reads: its files hold text, numbers, true or false, lists and mappings, and a value tagged otherwise (binary data, a type of some program's own) would be taken for text it is not. Remove the tag and write the value as text", it.n.Tag)}
		}
		for i := len(it.n.Content) - 1; i >= 0; i-- {
			stack = append(stack, item{it.n.Content[i], it.depth + 1})
		}
	}
	if deepest != nil {
		return &source.Problem{File: name, Pos: source.Pos{Line: deepest.Line, Col: deepest.Column}, Msg: fmt.Sprintf("values nest more than %d levels deep here: prfaq's formats nest at most five, so check the indentation and brackets above this line", MaxDepth)}
	}
	if len(aliases) == 0 {
		return nil
	}
	limit := aliasAllowance + aliasFactor*written
	sizes := map[*yaml.Node]int{}
	added := 0
	for _, a := range aliases {
		n, cyclic := expandedSize(a.Alias, sizes, limit)
		if cyclic {
			return &source.Problem{File: name, Pos: source.Pos{Line: a.Line, Col: a.Column}, Msg: fmt.Sprintf("alias *%s refers to the value that contains it, so it never ends: write the value out instead", a.Value)}
		}
		if added += n; added > limit {
			return &source.Problem{File: name, Pos: source.Pos{Line: a.Line, Col: a.Column}, Msg: fmt.Sprintf("YAML aliases (*name) would expand this file's %d values to more than %d (a \"billion laughs\" file): prfaq reads aliases, but not this many; write the values out", written, written+limit)}
		}
	}
	return nil
}

// expandedSize is how many values n stands for with its aliases followed,
// counted up to limit+1. sizes holds what is known, and -1 for a value
// being counted, which an alias inside it would refer back to.
func expandedSize(n *yaml.Node, sizes map[*yaml.Node]int, limit int) (int, bool) {
	if n == nil {
		return 1, false
	}
	if s, ok := sizes[n]; ok {
		return s, s < 0
	}
	sizes[n] = -1
	total := 1
	if n.Kind == yaml.AliasNode {
		s, cyclic := expandedSize(n.Alias, sizes, limit)
		if cyclic {
			return 0, true
		}
		total = s
	}
	for _, c := range n.Content {
		s, cyclic := expandedSize(c, sizes, limit)
		if cyclic {
			return 0, true
		}
		total = min(total+s, limit+1)
	}
	sizes[n] = total
	return total, false
}

// ParseSize reads a size as people write it: 5242880, 512KB, 20MB, 1.5 MB,
// 1GB. KB, MB and GB count in 1024s, as file managers on most systems do.
func ParseSize(s string) (int64, error) {
	text := strings.TrimSpace(s)
	upper := strings.ToUpper(text)
	unit := int64(1)
	for _, u := range []struct {
		suffix string
		size   int64
	}{{"KIB", 1 << 10}, {"MIB", 1 << 20}, {"GIB", 1 << 30}, {"KB", 1 << 10}, {"MB", 1 << 20}, {"GB", 1 << 30}, {"K", 1 << 10}, {"M", 1 << 20}, {"G", 1 << 30}, {"B", 1}} {
		if strings.HasSuffix(upper, u.suffix) {
			upper, unit = strings.TrimSpace(strings.TrimSuffix(upper, u.suffix)), u.size
			break
		}
	}
	bad := fmt.Errorf("%q is not a size: write a number of bytes, or one with KB, MB or GB, e.g. 20MB", s)
	if upper == "" || strings.ContainsAny(upper, "+-_eEpPxX") {
		return 0, bad
	}
	f, err := strconv.ParseFloat(upper, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, bad
	}
	size := f * float64(unit)
	if size < 1 {
		return 0, fmt.Errorf("%q is less than one byte: write a size of at least 1KB", s)
	}
	if size > MaxFileSizeCeiling {
		return 0, fmt.Errorf("%q is more than %s, the most prfaq reads in one file", s, FormatSize(MaxFileSizeCeiling))
	}
	return int64(size), nil
}

// FormatSize writes a size in bytes the way ParseSize reads it.
func FormatSize(n int64) string {
	switch {
	case n < 1<<10:
		return fmt.Sprintf("%d bytes", n)
	case n < 1<<20:
		return trimZero(float64(n)/(1<<10)) + " KB"
	case n < 1<<30:
		return trimZero(float64(n)/(1<<20)) + " MB"
	}
	return trimZero(float64(n)/(1<<30)) + " GB"
}

func trimZero(f float64) string {
	return strings.TrimSuffix(strconv.FormatFloat(f, 'f', 1, 64), ".0")
}
