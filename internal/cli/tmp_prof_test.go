package cli

import (
	"os"
	"testing"
)

func TestTmpProf(t *testing.T) {
	f := os.Getenv("TMPPROF_FILE")
	if f == "" {
		t.Skip()
	}
	Run([]string{os.Getenv("TMPPROF_CMD"), f}, testEnv("/tmp/bad"))
}
