package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestBumpKeepsConcurrentSaves runs bump over and over while another
// program saves the document as editors do (a temporary file renamed over
// it) every two milliseconds, each save numbered in the first line. The
// other program checks before each save that the file still holds its
// last one: a bump that wrote a document read before that save would have
// lost it. Bumps may be refused because the file changed; no save may be
// lost.
func TestBumpKeepsConcurrentSaves(t *testing.T) {
	if testing.Short() {
		t.Skip("runs for about a second")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "x.prfaq.yaml")
	_, rest, _ := strings.Cut(exampleText(t), "\n")
	write(t, path, "# save 0\n"+rest)

	stop := make(chan struct{})
	var lost []string
	saves := 0
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for n := 1; ; n++ {
			select {
			case <-stop:
				return
			default:
			}
			data, err := os.ReadFile(path)
			if err != nil {
				lost = append(lost, err.Error())
				return
			}
			first, body, _ := bytes.Cut(data, []byte("\n"))
			if want := fmt.Sprintf("# save %d", n-1); string(first) != want {
				// A bump that finds the file changed swaps it back within
				// microseconds: only what is still there later is lost.
				time.Sleep(5 * time.Millisecond)
				data, _ = os.ReadFile(path)
				if first, body, _ = bytes.Cut(data, []byte("\n")); string(first) != want {
					lost = append(lost, fmt.Sprintf("after %s the file holds %s", want, first))
				}
			}
			tmp := filepath.Join(dir, ".editor-tmp")
			if err := os.WriteFile(tmp, append([]byte(fmt.Sprintf("# save %d\n", n)), body...), 0o644); err != nil {
				lost = append(lost, err.Error())
				return
			}
			if err := os.Rename(tmp, path); err != nil {
				lost = append(lost, err.Error())
				return
			}
			saves = n
			time.Sleep(2 * time.Millisecond)
		}
	}()

	closed := 0
	for range 100 {
		// The other program's saves undo bumps too (it writes what it
		// read): start each bump with no snapshot of the version.
		os.RemoveAll(filepath.Join(dir, "x.history"))
		if Run([]string{"bump", "x.prfaq.yaml", "-m", "Reviewed"}, testEnv(dir)) == ExitOK {
			closed++
		}
	}
	close(stop)
	wg.Wait()
	if len(lost) > 0 {
		t.Errorf("%d of %d saves lost over 100 bumps (%d closed a version), e.g. %s", len(lost), saves, closed, lost[0])
	}
	// How many bumps win depends on the machine's speed; once the other
	// program stops, one must.
	os.RemoveAll(filepath.Join(dir, "x.history"))
	if code := Run([]string{"bump", "x.prfaq.yaml", "-m", "Reviewed"}, testEnv(dir)); code != ExitOK {
		t.Errorf("bump after the saves stopped: exit %d", code)
	}
	t.Logf("%d saves, %d of 100 bumps closed a version", saves, closed)
}
