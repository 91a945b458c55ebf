package mddoc

import "slices"

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
// A file whose own paragraphs hold a dateline has its release outside
// any quote: a release quoted there (an example in an FAQ answer) stays
// a quote.

// unquotePress returns lines with the > markers of the block quote that
// holds the press release taken off, so that its headings and paragraphs
// are read as the file's own, and for each line how many bytes were
// taken off its start; it returns lines itself, and no shifts, when no
// quote holds one.
func unquotePress(lines []string, blocks []block) (out []string, shift []int) {
	at := slices.IndexFunc(blocks, func(b block) bool { return b.kind == blockquote && quotedPress(lines, b) })
	if at < 0 {
		return lines, nil // most files: no quote, or none that is a release
	}
	for _, b := range blocks {
		if b.kind == paragraph {
			if _, ok := parseDateline(lines[b.from]); ok {
				return lines, nil
			}
		}
	}
	b := blocks[at]
	out = append([]string(nil), lines...)
	shift = make([]int, len(lines))
	for i := b.from; i <= b.to; i++ {
		if quoteMarker(out[i]) >= 0 {
			k := quoteContent(out[i])
			out[i], shift[i] = out[i][k:], k
		}
	}
	return out, shift
}

// off is how many bytes unquotePress took off the start of line: what
// turns an offset into the line as read into one into the file's line.
func (r *reader) off(line int) int {
	if r.shift == nil {
		return 0
	}
	return r.shift[line]
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
