package timer

import "strings"

// The big digits: a font of our own, 3 pixels wide and 5 tall, drawn with
// full blocks. A pixel is two cells wide and one tall, so the digits come
// out about square in a terminal whose cells are twice as tall as wide; at
// scale n a pixel is 2n cells wide and n tall.

// glyph is the picture of r: "#" a block, "." a space.
func glyph(r rune) [5]string {
	switch r {
	case '0':
		return [5]string{"###", "#.#", "#.#", "#.#", "###"}
	case '1':
		return [5]string{"##.", ".#.", ".#.", ".#.", "###"}
	case '2':
		return [5]string{"###", "..#", "###", "#..", "###"}
	case '3':
		return [5]string{"###", "..#", "###", "..#", "###"}
	case '4':
		return [5]string{"#.#", "#.#", "###", "..#", "..#"}
	case '5':
		return [5]string{"###", "#..", "###", "..#", "###"}
	case '6':
		return [5]string{"###", "#..", "###", "#.#", "###"}
	case '7':
		return [5]string{"###", "..#", "..#", "..#", "..#"}
	case '8':
		return [5]string{"###", "#.#", "###", "#.#", "###"}
	case '9':
		return [5]string{"###", "#.#", "###", "..#", "###"}
	case ':':
		return [5]string{".", "#", ".", "#", "."}
	}
	return [5]string{"...", "...", "...", "...", "..."}
}

// glyphRows is the height of the font in pixels.
const glyphRows = 5

// digitsWidth is how many cells wide text is at scale (pixels of two cells
// times scale, with a pixel's gap between characters).
func digitsWidth(text string, scale int) int {
	px := 0
	for i, r := range text {
		if i > 0 {
			px++
		}
		px += len(glyph(r)[0])
	}
	return px * 2 * scale
}

// bigDigits draws text (digits and colons) at scale, 5*scale rows of equal
// width.
func bigDigits(text string, scale int) []string {
	rows := make([]string, 0, glyphRows*scale)
	for y := 0; y < glyphRows; y++ {
		var b strings.Builder
		for i, r := range text {
			if i > 0 {
				b.WriteString(strings.Repeat(" ", 2*scale))
			}
			for _, px := range glyph(r)[y] {
				cell := " "
				if px == '#' {
					cell = "█"
				}
				b.WriteString(strings.Repeat(cell, 2*scale))
			}
		}
		for range scale {
			rows = append(rows, b.String())
		}
	}
	return rows
}

// fitDigits draws text as large as fits in width x height cells, up to
// maxScale; scale 0 means not even the smallest font fits, and text is
// written as it is.
func fitDigits(text string, width, height, maxScale int) (rows []string, scale int) {
	for scale = maxScale; scale >= 1; scale-- {
		if digitsWidth(text, scale) <= width && glyphRows*scale <= height {
			return bigDigits(text, scale), scale
		}
	}
	return []string{text}, 0
}
