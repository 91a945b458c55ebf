package diff

import "strings"

// OpKind says what an Op does to the text.
type OpKind int

const (
	Equal  OpKind = iota // in both versions
	Insert               // only in the new version
	Delete               // only in the old version
)

// String returns "equal", "insert" or "delete", the names the JSON uses.
func (k OpKind) String() string {
	switch k {
	case Equal:
		return "equal"
	case Insert:
		return "insert"
	case Delete:
		return "delete"
	}
	return "unknown"
}

// Op is one step of a word-level edit script. Joining the Text of the
// Equal and Delete ops gives the old text; of the Equal and Insert ops,
// the new one.
type Op struct {
	Kind OpKind
	Text string
}

// WordDiff returns the word-level edit script turning a into b: ops in
// text order, adjacent ops of a kind merged, and within each changed
// stretch the deletion before the insertion.
func WordDiff(a, b string) []Op {
	ops, _ := wordDiff(a, b)
	return ops
}

// wordDiff is WordDiff that also reports whether the size limits made it
// give up on part of the text (see maxTokens).
func wordDiff(a, b string) ([]Op, bool) {
	if a == b {
		if a == "" {
			return nil, false
		}
		return []Op{{Equal, a}}, false
	}
	ta, tb := tokenize(a), tokenize(b)
	// Number the distinct tokens so the diff compares ints.
	ids := make(map[string]int, len(ta)+len(tb))
	number := func(toks []string) []int {
		out := make([]int, len(toks))
		for i, t := range toks {
			id, ok := ids[t]
			if !ok {
				id = len(ids)
				ids[t] = id
			}
			out[i] = id
		}
		return out
	}
	edits, coarse := diffTokens(number(ta), number(tb))

	ops := make([]Op, 0, len(edits))
	var ia, ib int
	for _, e := range edits {
		var text string
		switch e.kind {
		case Equal:
			text = strings.Join(ta[ia:ia+e.n], "")
			ia += e.n
			ib += e.n
		case Delete:
			text = strings.Join(ta[ia:ia+e.n], "")
			ia += e.n
		case Insert:
			text = strings.Join(tb[ib:ib+e.n], "")
			ib += e.n
		}
		ops = append(ops, Op{e.kind, text})
	}
	return tidy(ops), coarse
}

// tidy makes an edit script easier to read without changing what it
// produces: spaces or punctuation (on one line) left unchanged between two
// changes join them, so "the [-quick-]{+slow+} [-brown-]{+red+} fox" reads
// "the [-quick brown-]{+slow red+} fox" and "repaid{+ (survey+}, {+n = 12)+}"
// reads "repaid[-, -]{+ (survey, n = 12)+}"; then each changed stretch
// becomes one deletion followed by one insertion.
func tidy(ops []Op) []Op {
	absorbed := make([]Op, 0, len(ops))
	for i, op := range ops {
		if op.Kind == Equal && i > 0 && i < len(ops)-1 &&
			ops[i-1].Kind != Equal && ops[i+1].Kind != Equal &&
			CountWords(op.Text) == 0 && !strings.Contains(op.Text, "\n") {
			absorbed = append(absorbed, Op{Delete, op.Text}, Op{Insert, op.Text})
			continue
		}
		absorbed = append(absorbed, op)
	}
	out := make([]Op, 0, len(absorbed))
	for i := 0; i < len(absorbed); {
		if absorbed[i].Kind == Equal {
			if absorbed[i].Text != "" {
				out = append(out, absorbed[i])
			}
			i++
			continue
		}
		var del, ins strings.Builder
		for ; i < len(absorbed) && absorbed[i].Kind != Equal; i++ {
			if absorbed[i].Kind == Delete {
				del.WriteString(absorbed[i].Text)
			} else {
				ins.WriteString(absorbed[i].Text)
			}
		}
		if del.Len() > 0 {
			out = append(out, Op{Delete, del.String()})
		}
		if ins.Len() > 0 {
			out = append(out, Op{Insert, ins.String()})
		}
	}
	return out
}
