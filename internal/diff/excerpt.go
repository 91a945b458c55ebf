package diff

import "strings"

// Excerpts. Text and Markdown show each changed section around its
// changes only: the paragraphs holding a change in full (up to
// contextWords words either side of it), and a "…" for what is left out.
// HTML, the printable redline, shows every changed section in full.

// contextWords is how many unchanged words an excerpt keeps on each side
// of a change within its paragraph.
const contextWords = 30

type pieceKind int

const (
	pieceEqual pieceKind = iota
	pieceChange
	pieceGap // text left out; text is the "…" to print, with its spacing
)

// piece is a stretch of an excerpt: unchanged text, a change (what was
// deleted and what was inserted in its place) or a gap.
type piece struct {
	kind          pieceKind
	text          string // pieceEqual, pieceGap
	deleted, inst string // pieceChange
}

// pieces turns an edit script into pieces. With excerpt, long unchanged
// stretches are cut as described above; without, all text is kept.
func pieces(ops []Op, excerpt bool) []piece {
	var out []piece
	for i := 0; i < len(ops); i++ {
		op := ops[i]
		if op.Kind == Equal {
			if !excerpt {
				out = append(out, piece{kind: pieceEqual, text: op.Text})
				continue
			}
			out = append(out, elide(op.Text, i > 0, i < len(ops)-1)...)
			continue
		}
		var p piece
		p.kind = pieceChange
		for ; i < len(ops) && ops[i].Kind != Equal; i++ {
			if ops[i].Kind == Delete {
				p.deleted += ops[i].Text
			} else {
				p.inst += ops[i].Text
			}
		}
		i--
		out = append(out, p)
	}
	return out
}

// isParagraphBreak reports whether a token is white space holding a blank
// line.
func isParagraphBreak(tok string) bool {
	return isBlank(tok) && strings.Count(tok, "\n") >= 2
}

// shortEqual is the most words an unchanged stretch may have and still be
// shown whole.
const shortEqual = 2*contextWords + contextWords/2

// elide shortens an unchanged stretch t; before and after say whether a
// change precedes and follows it.
func elide(t string, before, after bool) []piece {
	eq := func(toks []string) piece { return piece{kind: pieceEqual, text: strings.Join(toks, "")} }
	gap := func(s string) piece { return piece{kind: pieceGap, text: s} }
	toks := tokenize(t)
	var out []piece
	add := func(ps ...piece) {
		for _, p := range ps {
			if p.text != "" {
				out = append(out, p)
			}
		}
	}
	if countWordTokens(toks) <= shortEqual || !before && !after {
		add(eq(toks))
		return out
	}
	var breaks []int
	for i, tok := range toks {
		if isParagraphBreak(tok) {
			breaks = append(breaks, i)
		}
	}
	if len(breaks) == 0 {
		// One long paragraph: keep contextWords words next to each change.
		switch {
		case before && after:
			head, _ := headWords(toks, contextWords)
			tail, _ := tailWords(toks, contextWords)
			add(eq(head), gap(" … "), eq(tail))
		case before:
			head, cut := headWords(toks, contextWords)
			add(eq(head))
			if cut {
				add(gap(" …"))
			}
		case after:
			tail, cut := tailWords(toks, contextWords)
			if cut {
				add(gap("… "))
			}
			add(eq(tail))
		}
		return out
	}
	first, last := breaks[0], breaks[len(breaks)-1]
	kept := 0 // tokens before kept are written
	switch {
	case before:
		// The rest of the paragraph the change before ends in.
		head, cut := headWords(toks[:first], contextWords)
		add(eq(head))
		if cut {
			add(gap(" …"))
		}
		add(eq(toks[first : first+1]))
		kept = first + 1
	case countWordTokens(toks[:first]) <= contextWords:
		// A short first paragraph of a section is kept as context: it is
		// the question of an FAQ entry.
		add(eq(toks[:first+1]))
		kept = first + 1
	}
	if !after {
		if kept < len(toks) {
			add(gap("…"))
		}
		return out
	}
	if kept <= last {
		add(gap("…"), eq(toks[last:last+1]))
	}
	// The start of the paragraph the change after begins in.
	tail, cut := tailWords(toks[last+1:], contextWords)
	if cut {
		add(gap("… "))
	}
	add(eq(tail))
	return out
}

func countWordTokens(toks []string) int {
	n := 0
	for _, t := range toks {
		if k, _ := tokenAt(t); k == tokenWord {
			n++
		}
	}
	return n
}

// headWords returns the tokens up to the n-th word, and whether words
// were left out after it.
func headWords(toks []string, n int) ([]string, bool) {
	words := 0
	for i, t := range toks {
		if k, _ := tokenAt(t); k == tokenWord {
			words++
			if words == n {
				if countWordTokens(toks[i+1:]) == 0 {
					return toks, false
				}
				return toks[:i+1], true
			}
		}
	}
	return toks, false
}

// tailWords returns the tokens from the n-th word from the end, and
// whether words were left out before it.
func tailWords(toks []string, n int) ([]string, bool) {
	words := 0
	for i := len(toks) - 1; i >= 0; i-- {
		if k, _ := tokenAt(toks[i]); k == tokenWord {
			words++
			if words == n {
				if countWordTokens(toks[:i]) == 0 {
					return toks, false
				}
				return toks[i:], true
			}
		}
	}
	return toks, false
}

// wholeWords widens each change to whole words: unchanged characters glued
// to a change ("bill" before a changed ".") move into both its deleted and
// inserted text, so "bill[-.-]{+;+}" shows as "[-bill.-]{+bill;+}". The
// Markdown output needs this: "~~" and "**" next to punctuation inside a
// word are not read as markup.
func wholeWords(ps []piece) []piece {
	out := make([]piece, 0, len(ps))
	for i := 0; i < len(ps); i++ {
		p := ps[i]
		if p.kind != pieceChange {
			out = append(out, p)
			continue
		}
		// Take the glued start of the unchanged text after.
		if i+1 < len(ps) && ps[i+1].kind == pieceEqual {
			next := ps[i+1].text
			cut := 0
			for cut < len(next) && !isSpaceByte(next[cut]) {
				cut++
			}
			if glue := next[:cut]; glue != "" && (gluedEnd(p.deleted) || gluedEnd(p.inst)) {
				p.deleted, p.inst = p.deleted+glue, p.inst+glue
				if rest := next[cut:]; rest != "" {
					ps[i+1].text = rest
				} else {
					// The whole unchanged piece moved; a change after it
					// joins this one on the next round.
					ps = append(ps[:i+1:i+1], ps[i+2:]...)
					if i+1 < len(ps) && ps[i+1].kind == pieceChange {
						ps[i+1].deleted = p.deleted + ps[i+1].deleted
						ps[i+1].inst = p.inst + ps[i+1].inst
						continue
					}
				}
			}
		}
		// Take the glued end of the unchanged text before, once the
		// change has taken what it touches after: an insertion " forty
		// minutes" that took the "." of "wait." now touches "wait".
		if n := len(out); n > 0 && out[n-1].kind == pieceEqual {
			prev := out[n-1].text
			cut := len(prev)
			for cut > 0 && !isSpaceByte(prev[cut-1]) {
				cut--
			}
			if glue := prev[cut:]; glue != "" && (gluedStart(p.deleted) || gluedStart(p.inst)) {
				p.deleted, p.inst = glue+p.deleted, glue+p.inst
				out[n-1].text = prev[:cut]
				if out[n-1].text == "" {
					out = out[:n-1]
					// A change before the text just emptied joins this one.
					if n := len(out); n > 0 && out[n-1].kind == pieceChange {
						p.deleted = out[n-1].deleted + p.deleted
						p.inst = out[n-1].inst + p.inst
						out = out[:n-1]
					}
				}
			}
		}
		out = append(out, p)
	}
	return out
}

// gluedStart reports whether s starts with a non-space (so it would touch
// the text before it); gluedEnd, whether it ends with one.
func gluedStart(s string) bool { return s != "" && !isSpaceByte(s[0]) }
func gluedEnd(s string) bool   { return s != "" && !isSpaceByte(s[len(s)-1]) }

// isSpaceByte is ASCII white space; other spaces count as glue, which only
// widens a change a little.
func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'
}
