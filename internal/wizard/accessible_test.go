package wizard

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/prfaq/prfaq/internal/prfaq"
)

// huh's plain prompts build a scanner per prompt; the reader must hand out
// one line per Read so no prompt swallows the next one's answer.
func TestLineReaderHandsOutOneLinePerRead(t *testing.T) {
	l := newLineReader(strings.NewReader("one\ntwo\r\n\nlast"))
	var got []string
	buf := make([]byte, 64)
	for {
		n, err := l.Read(buf)
		if n > 0 {
			got = append(got, string(buf[:n]))
		}
		if err == io.EOF {
			break
		}
	}
	want := []string{"one\n", "two\r\n", "\n", "last"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("reads %q, want %q", got, want)
	}
	if l.lines != 4 || !l.eof {
		t.Errorf("lines %d eof %v", l.lines, l.eof)
	}
	// Short reads still assemble whole lines.
	l = newLineReader(iotest.OneByteReader(strings.NewReader("a longer line\nnext\n")))
	if line, ok := l.readLine(); !ok || line != "a longer line" {
		t.Errorf("readLine %q %v", line, ok)
	}
}

// Plain prompts end to end in-process: a re-asked date, a multi-line
// answer, and the end of input reported instead of defaults filled in.
func TestPlainPrompts(t *testing.T) {
	tmpl := builtin(t, "mini")
	p, err := Build(tmpl, []string{"press_release.problem", "press_release.dateline.date", "press_release.dateline.city"})
	if err != nil {
		t.Fatal(err)
	}
	doc := &prfaq.Document{Mode: prfaq.ModeFuture}
	var out bytes.Buffer
	var checkpoints []string
	input := "\"\"\"\nFirst paragraph.\n\nSecond one.\n\"\"\"\nSEATTLE, WA\n2020-01-01\n2027-05-01\n"
	err = Run(Options{Plan: p, Doc: doc, Now: today, In: strings.NewReader(input), Out: &out, Accessible: true,
		Checkpoint: func(_ *prfaq.Document, next string) { checkpoints = append(checkpoints, next) }})
	if err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if doc.PressRelease.Problem != "First paragraph.\n\nSecond one." || doc.PressRelease.Dateline.Date != "2027-05-01" || doc.PressRelease.Dateline.City != "SEATTLE, WA" {
		t.Errorf("answers %+v", doc.PressRelease)
	}
	if !strings.Contains(out.String(), "2020-01-01 is not ahead") {
		t.Errorf("the past date was not refused:\n%s", out.String())
	}
	if got := strings.Join(checkpoints, ","); !strings.HasPrefix(got, "press_release.dateline.city,") {
		t.Errorf("checkpoints %q", got)
	}
	if strings.Contains(out.String(), "\x1b[") {
		t.Error("plain prompts print escape codes")
	}

	doc = &prfaq.Document{Mode: prfaq.ModeFuture}
	err = Run(Options{Plan: p, Doc: doc, Now: today, In: strings.NewReader("One line only.\n"), Out: io.Discard, Accessible: true})
	if err != ErrInputEnded {
		t.Errorf("end of input: %v", err)
	}
	if doc.PressRelease.Problem != "One line only." || doc.PressRelease.Dateline.City != "" {
		t.Errorf("after the end of input %+v", doc.PressRelease)
	}
}
