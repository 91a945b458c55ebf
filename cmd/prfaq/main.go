// Command prfaq writes, renders and checks Working Backwards PR/FAQ
// documents. Everything lives in internal/cli; main only hands over the
// arguments and exits with the code it gets back.
package main

import (
	"os"

	"github.com/prfaq/prfaq/internal/cli"
)

// version is the release version, set by release builds with
// -ldflags "-X main.version=v1.2.0"; empty, prfaq reports the version the
// Go toolchain recorded (the module version of go install, the commit).
var version string

func main() {
	os.Exit(cli.Main(os.Args[1:], version))
}
