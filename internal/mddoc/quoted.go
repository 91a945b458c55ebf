package mddoc

// A team that drafts its press release inside a PR/FAQ often sets it in
// a block quote, so that nobody takes it for a real announcement:
//
//	> ## Acme launches Widget
//	>
//	> *A subheadline*
//	>
//	> SEATTLE, WA — March 3, 2027 — Acme today launched …
//
// The quote is the press release: it is read as if unquoted. What tells
// it from a quoted customer or an aside is its structure, which no
// quotation has: a heading and a paragraph that opens with a dateline.

// unquotePress returns lines with the > markers of each block quote that
// holds a press release blanked, so that its headings and paragraphs are
// read as the file's own; it returns lines itself, and blocks, when no
// quote holds one. A marker becomes a space, so every byte offset into a
// line, which the fields' line references keep, stays right for the
// file as written. from is the first line of the first such quote.
func unquotePress(lines []string, blocks []block) (out []string, from int, ok bool) {
	from = -1
	for _, b := range blocks {
		if b.kind != blockquote || !quotedPress(lines, b) {
			continue
		}
		if out == nil {
			out, from = append([]string(nil), lines...), b.from
		}
		for i := b.from; i <= b.to; i++ {
			l := out[i]
			if m := quoteMarker(l); m >= 0 {
				out[i] = l[:m] + " " + l[m+1:]
			}
		}
	}
	if out == nil {
		return lines, -1, false
	}
	return out, from, true
}

// quotedPreface is true for a paragraph that stands before the block
// quote read as the press release, with only paragraphs between them
// ("The release below is written as if …"): the author's word on the
// release, not its text, however many paragraphs it takes.
func (r *reader) quotedPreface(i int) bool {
	b := r.blocks[i]
	if r.quotedFrom < 0 || r.part != partNone || b.kind != paragraph || b.to >= r.quotedFrom {
		return false
	}
	for _, next := range r.blocks[i+1:] {
		if next.from >= r.quotedFrom {
			return true
		}
		if next.kind != paragraph {
			return false
		}
	}
	return false
}

// quotedPress is true for a block quote that holds a heading and, at the
// start of a later paragraph, a dateline.
func quotedPress(lines []string, b block) bool {
	heading, prevBlank := false, true
	for i := b.from; i <= b.to; i++ {
		l := lines[i]
		if quoteMarker(l) < 0 {
			// A lazy continuation line: it is in no new paragraph.
			prevBlank = false
			continue
		}
		c := l[quoteContent(l):]
		switch {
		case blank(c):
			prevBlank = true
			continue
		case prevBlank && !heading:
			if _, _, _, ok := atx(c); ok {
				heading = true
			}
		case prevBlank && heading:
			if _, ok := parseDateline(c); ok {
				return true
			}
		}
		prevBlank = false
	}
	return false
}
