package termtext

import (
	"bytes"
	"testing"
)

func TestEscapes(t *testing.T) {
	for _, c := range []struct{ in, line, lines string }{
		{"plain text", "plain text", "plain text"},
		{"Siobhán 日本", "Siobhán 日本", "Siobhán 日本"},
		{"a\x1b[2Jb", `a\x1b[2Jb`, `a\x1b[2Jb`},
		{"\x1b]52;c;aGk=\a", `\x1b]52;c;aGk=\x07`, `\x1b]52;c;aGk=\x07`},
		{"over\rwrite", `over\rwrite`, `over\rwrite`},
		{"one\ntwo\tthree", `one\ntwo\tthree`, "one\ntwo\tthree"},
		{"a\u202eb\u2066c\u0085", `a\u202eb\u2066c\u0085`, `a\u202eb\u2066c\u0085`},
		{"bad \xff byte", `bad \xff byte`, `bad \xff byte`},
	} {
		if got := Line(c.in); got != c.line {
			t.Errorf("Line(%q) = %q, want %q", c.in, got, c.line)
		}
		if got := Lines(c.in); got != c.lines {
			t.Errorf("Lines(%q) = %q, want %q", c.in, got, c.lines)
		}
		// Escaping what is escaped changes nothing: a message that was
		// escaped once and passes another printer is not escaped twice.
		if got := Lines(Line(c.in)); got != Line(c.in) {
			t.Errorf("Lines(Line(%q)) = %q, escaped twice", c.in, got)
		}
	}
}

func TestWriter(t *testing.T) {
	var b bytes.Buffer
	n, err := Writer{W: &b}.Write([]byte("title \x1b]0;x\a\n"))
	if err != nil || n != len("title \x1b]0;x\a\n") {
		t.Fatalf("Write = %d, %v", n, err)
	}
	if got := b.String(); got != "title \\x1b]0;x\\x07\n" {
		t.Errorf("wrote %q", got)
	}
}
