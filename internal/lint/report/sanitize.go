package report

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/prfaq/prfaq/internal/termtext"
)

// Text from documents reaches every printer: messages quote it, and Text
// prints whole source lines. The rules of what is escaped, and how, are
// termtext's, which every other printer of prfaq shares.

// escapeRune returns how a rune that must not be printed as itself is
// shown, or "" when it may be printed as is.
func escapeRune(r rune) string { return termtext.EscapeRune(r) }

// clean makes s printable on one line: control characters become Go-style
// escapes (`\x1b`, `\n`) and each byte of invalid UTF-8 becomes `\xNN`.
// Tabs are kept when keepTab is set.
func clean(s string, keepTab bool) string {
	if keepTab {
		return termtext.Tabbed(s)
	}
	return termtext.Line(s)
}

// plainASCII reports whether s holds only printable ASCII, which every
// output shows as it is.
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			return false
		}
	}
	return true
}

func isClean(s string) bool { return termtext.IsClean(s) }

// cleanLines is clean, but keeps line breaks (\n; \r\n and a lone \r
// become \n), for formats that show several lines: the GitHub annotation
// message.
func cleanLines(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	parts := strings.Split(s, "\n")
	for i, p := range parts {
		parts[i] = clean(p, true)
	}
	return strings.Join(parts, "\n")
}

// xmlText makes s safe for XML 1.0 character data and attributes, which
// cannot hold most control characters at all (not even escaped as
// character references) nor invalid UTF-8: those become escapes as in
// clean. Tabs and newlines are kept; encoding/xml escapes them in
// attributes. A carriage return is made a newline: XML parsers would
// normalise it anyway.
func xmlText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	ok := true
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size == 1) || !xmlChar(r) {
			ok = false
			break
		}
		i += size
	}
	if ok {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case !xmlChar(r):
			if e := escapeRune(r); e != "" {
				b.WriteString(e)
			} else {
				fmt.Fprintf(&b, `\u%04x`, r)
			}
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// xmlChar reports whether r is a Char in XML 1.0 (§2.2), leaving out the
// C0 and C1 controls and DEL, which XML allows but consumers choke on.
func xmlChar(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return true
	case r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f):
		return false
	case r <= 0xd7ff:
		return true
	case r >= 0xe000 && r <= 0xfffd:
		return true
	case r >= 0x10000 && r <= 0x10ffff:
		return true
	}
	return false
}

// jsonText makes s valid UTF-8 (invalid bytes become U+FFFD); the JSON
// encoder escapes control characters itself, so JSON keeps the message
// exactly, as \u001b and \n.
func jsonText(s string) string { return strings.ToValidUTF8(s, "\uFFFD") }

// tabWidth is the distance between tab stops when Text expands the tabs of
// a source line (CommonMark's tab stop).
const tabWidth = 4

// displayLine renders a source line for a terminal: tabs expanded to tab
// stops, unprintable characters escaped as in clean. It returns the text
// and, for each character of the line (its Unicode code points, each
// invalid byte counting as one, as the linter counts columns), the display
// column it starts at; the last entry is where the line ends.
func displayLine(src string) (string, []int) {
	var b strings.Builder
	cols := make([]int, 0, len(src)+1)
	width := 0
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRuneInString(src[i:])
		cols = append(cols, width)
		switch {
		case r == utf8.RuneError && size == 1:
			e := fmt.Sprintf(`\x%02x`, src[i])
			b.WriteString(e)
			width += len(e)
		case r == '\t':
			n := tabWidth - width%tabWidth
			b.WriteString(strings.Repeat(" ", n))
			width += n
		case r == 0xfeff: // byte order mark: invisible, takes no room
		default:
			if e := escapeRune(r); e != "" {
				b.WriteString(e)
				width += len(e)
			} else {
				b.WriteString(src[i : i+size])
				width += runeWidth(r)
			}
		}
		i += size
	}
	cols = append(cols, width)
	return b.String(), cols
}

// runeWidth is how many terminal cells a printable rune takes: 0 for
// combining marks and zero-width characters, 2 for East Asian wide and
// full-width characters and emoji, 1 otherwise. It approximates Unicode's
// East Asian Width property with the ranges that matter in prose.
func runeWidth(r rune) int {
	if r < 0x300 {
		return 1
	}
	if unicode.In(r, unicode.Mn, unicode.Me) || r == 0x200b || r == 0x200c || r == 0x200d || r == 0x2060 {
		return 0
	}
	for _, w := range wide {
		if r < w[0] {
			break
		}
		if r <= w[1] {
			return 2
		}
	}
	return 1
}

// wide lists, in order, the ranges of characters two cells wide.
var wide = [][2]rune{
	{0x1100, 0x115f}, // Hangul Jamo initials
	{0x231a, 0x231b},
	{0x2329, 0x232a},
	{0x23e9, 0x23ec},
	{0x23f0, 0x23f0},
	{0x23f3, 0x23f3},
	{0x25fd, 0x25fe},
	{0x2614, 0x2615},
	{0x2648, 0x2653},
	{0x267f, 0x267f},
	{0x2693, 0x2693},
	{0x26a1, 0x26a1},
	{0x26aa, 0x26ab},
	{0x26bd, 0x26be},
	{0x26c4, 0x26c5},
	{0x26ce, 0x26ce},
	{0x26d4, 0x26d4},
	{0x26ea, 0x26ea},
	{0x26f2, 0x26f3},
	{0x26f5, 0x26f5},
	{0x26fa, 0x26fa},
	{0x26fd, 0x26fd},
	{0x2705, 0x2705},
	{0x270a, 0x270b},
	{0x2728, 0x2728},
	{0x274c, 0x274c},
	{0x274e, 0x274e},
	{0x2753, 0x2755},
	{0x2757, 0x2757},
	{0x2795, 0x2797},
	{0x27b0, 0x27b0},
	{0x27bf, 0x27bf},
	{0x2b1b, 0x2b1c},
	{0x2b50, 0x2b50},
	{0x2b55, 0x2b55},
	{0x2e80, 0x303e},   // CJK radicals, punctuation
	{0x3041, 0x33ff},   // kana, CJK symbols
	{0x3400, 0x4dbf},   // CJK extension A
	{0x4e00, 0x9fff},   // CJK unified ideographs
	{0xa000, 0xa4cf},   // Yi
	{0xa960, 0xa97f},   // Hangul Jamo extended A
	{0xac00, 0xd7a3},   // Hangul syllables
	{0xf900, 0xfaff},   // CJK compatibility ideographs
	{0xfe10, 0xfe19},   // vertical forms
	{0xfe30, 0xfe6f},   // CJK compatibility forms, small forms
	{0xff00, 0xff60},   // full-width forms
	{0xffe0, 0xffe6},   // full-width signs
	{0x16fe0, 0x16fe4}, //
	{0x17000, 0x18cff}, // Tangut
	{0x1b000, 0x1b2ff}, // kana supplement, Nushu
	{0x1f004, 0x1f004},
	{0x1f0cf, 0x1f0cf},
	{0x1f18e, 0x1f18e},
	{0x1f191, 0x1f19a},
	{0x1f200, 0x1f2ff}, // enclosed ideographic supplement
	{0x1f300, 0x1f320}, // emoji
	{0x1f32d, 0x1f335},
	{0x1f337, 0x1f37c},
	{0x1f37e, 0x1f393},
	{0x1f3a0, 0x1f3ca},
	{0x1f3cf, 0x1f3d3},
	{0x1f3e0, 0x1f3f0},
	{0x1f3f4, 0x1f3f4},
	{0x1f3f8, 0x1f43e},
	{0x1f440, 0x1f440},
	{0x1f442, 0x1f4fc},
	{0x1f4ff, 0x1f53d},
	{0x1f54b, 0x1f54e},
	{0x1f550, 0x1f567},
	{0x1f57a, 0x1f57a},
	{0x1f595, 0x1f596},
	{0x1f5a4, 0x1f5a4},
	{0x1f5fb, 0x1f64f},
	{0x1f680, 0x1f6c5},
	{0x1f6cc, 0x1f6cc},
	{0x1f6d0, 0x1f6d2},
	{0x1f6d5, 0x1f6d7},
	{0x1f6dc, 0x1f6df},
	{0x1f6eb, 0x1f6ec},
	{0x1f6f4, 0x1f6fc},
	{0x1f7e0, 0x1f7eb},
	{0x1f7f0, 0x1f7f0},
	{0x1f90c, 0x1f93a},
	{0x1f93c, 0x1f945},
	{0x1f947, 0x1f9ff},
	{0x1fa70, 0x1faff},
	{0x20000, 0x2fffd}, // CJK extensions B and beyond
	{0x30000, 0x3fffd},
}
