// Command prfaq writes, renders and checks Working Backwards PR/FAQ
// documents. Everything lives in internal/cli; main only hands over the
// arguments and exits with the code it gets back.
package main

import (
	"os"

	"github.com/prfaq/prfaq/internal/cli"
)

// version, commit and date are the release version, its commit and the
// commit's date, set by release builds with -ldflags "-X main.version=v1.2.0
// -X main.commit=... -X main.date=..."; empty, prfaq reports what the Go
// toolchain recorded (the module version of go install, the commit).
var version, commit, date string

func main() {
	os.Exit(cli.Main(os.Args[1:], cli.Linked{Version: version, Commit: commit, Date: date}))
}
