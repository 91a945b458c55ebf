package cli

import (
	"fmt"
	"os/exec"
)

// openInBrowser asks the desktop to show an address, as serve --open
// promises; it starts the system's opener and does not wait for it.
func openInBrowser(url string) error {
	var cmd *exec.Cmd
	switch runtimeGOOS {
	case "darwin":
		cmd = exec.Command("open", url)
	case "windows":
		cmd = exec.Command("rundll32", "url.dll,FileProtocolHandler", url)
	default:
		cmd = exec.Command("xdg-open", url)
	}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("cannot start %s: %w", cmd.Path, err)
	}
	go func() { _ = cmd.Wait() }()
	return nil
}
