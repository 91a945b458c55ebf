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
// file as written.
func unquotePress(lines []string, blocks []block) (out []string, ok bool) {
	for _, b := range blocks {
		if b.kind != blockquote || !quotedPress(lines, b) {
			continue
		}
		if out == nil {
			out = append([]string(nil), lines...)
		}
		for i := b.from; i <= b.to; i++ {
			l := out[i]
			if m := quoteMarker(l); m >= 0 {
				out[i] = l[:m] + " " + l[m+1:]
			}
		}
	}
	if out == nil {
		return lines, false
	}
	return out, true
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
