// Command prfaq writes, renders and checks Working Backwards PR/FAQ
// documents. Everything lives in internal/cli; main only hands over the
// arguments and exits with the code it gets back.
package main

import (
	"os"

	"github.com/prfaq/prfaq/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:]))
}
