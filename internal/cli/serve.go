package cli

import (
	"context"
	"errors"
	"fmt"
	"github.com/prfaq/prfaq/internal/store"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/prfaq/prfaq/internal/serve"
	"github.com/prfaq/prfaq/internal/termtext"
)

// defaultServeAddr is loopback, so nothing outside this computer can read
// the documents unless the user names another address.
const defaultServeAddr = "127.0.0.1:8808"

type serveOptions struct {
	addr string
	open bool
}

func newServeCmd(a *app) *cobra.Command {
	opts := &serveOptions{}
	cmd := &cobra.Command{
		Use:   "serve [PATH]",
		Short: "Preview PR/FAQs in a browser, updated on every save",
		Long: `Serve every PR/FAQ under PATH (a folder, . by default, or one file) to a
web browser, for writing with a live preview, reviewing together, or a
projector:

  - the index lists every document with its title, status, version,
    owner, last update, mode, lint score and findings; filter it by
    status and sort it by any column;
  - each document is shown as prfaq render shows it, with its lint
    findings beside the text (hide them with the button), its versions,
    and links to what changed between them;
  - when a file is saved, the open pages update within a second. A file
    that cannot be read (a half-saved or broken edit) shows its error
    with file:line:col above its last good reading, and the page recovers
    on the next good save.

Documents are found as prfaq lint finds them (*.prfaq.yaml files and
Markdown PR/FAQs; .gitignore, vendor and node_modules are skipped) and
read with the same templates and lint configuration.

The server listens on ` + defaultServeAddr + ` (this computer only) unless --addr
says otherwise; --addr 127.0.0.1:0 picks any free port. It reads nothing
outside PATH (no address or symbolic link leads out of it), runs nothing,
and pages carry only prfaq's own embedded script and styles. Stop it with
Ctrl-C. docs/serve.md has more.
` + exitStatus(
			"0    stopped with Ctrl-C (or SIGTERM) after serving",
		),
		Example: `  prfaq serve
  prfaq serve examples --open
  prfaq serve docs/prfaqs --addr 127.0.0.1:9000
  prfaq serve tab-split.prfaq.yaml --addr 127.0.0.1:0`,
		Args:              argsCheck(cobra.MaximumNArgs(1), "name at most one folder or file, e.g. prfaq serve examples"),
		ValidArgsFunction: completeDocuments,
		RunE: func(cmd *cobra.Command, args []string) error {
			path := "."
			if len(args) == 1 {
				path = args[0]
			}
			return a.runServe(contextOf(cmd), path, opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.addr, "addr", defaultServeAddr, "address to listen on, HOST:PORT (port 0: any free port)")
	f.BoolVar(&opts.open, "open", false, "open the index in the web browser")
	return cmd
}

func (a *app) runServe(ctx context.Context, path string, opts *serveOptions) error {
	src, err := a.serveFolder(path)
	if err != nil {
		return err
	}
	root, err := os.OpenRoot(src.dir)
	if err != nil {
		return fmt.Errorf("cannot open the folder %s: %w", a.displayPath(src.dir), errors.Unwrap(err))
	}
	defer root.Close()

	host, _, err := net.SplitHostPort(opts.addr)
	if err != nil {
		return withHint(usageError("--addr %q is not HOST:PORT: %v", opts.addr, addrErr(err)), "Use e.g. --addr 127.0.0.1:8808, or --addr 127.0.0.1:0 for any free port.")
	}
	loopback := isLoopbackName(host)
	ln, err := net.Listen("tcp", opts.addr)
	if err != nil {
		if errors.Is(err, syscall.EADDRINUSE) {
			return withHint(usageError("cannot listen on %s: another program uses that port", opts.addr), "Pick another port, e.g. --addr 127.0.0.1:8809, or --addr 127.0.0.1:0 for any free one.")
		}
		return withHint(usageError("cannot listen on %s: %v", opts.addr, addrErr(err)), "Use an address of this computer, e.g. --addr 127.0.0.1:8808.")
	}
	srv := serve.New(serve.Options{
		Files:        store.RootFS(root),
		Workspace:    a.workspace(),
		Dir:          src.dir,
		Only:         src.only,
		Folder:       src.display,
		Now:          a.now,
		LoopbackOnly: loopback,
		Log:          a.env.Stderr,
	})
	srv.Scan()
	url := "http://" + ln.Addr().String() + "/"
	if !loopback {
		fmt.Fprintf(a.env.Stderr, "prfaq: note: listening on %s, which other computers may reach: anyone who can reach it can read these PR/FAQs\n", ln.Addr())
	}
	fmt.Fprintf(a.env.Stdout, "Serving %s from %s at %s\nPages update when a file is saved. Press Ctrl-C to stop.\n",
		countOf(srv.Documents(), "PR/FAQ"), termtext.Line(src.display), url)
	if opts.open {
		if a.env.OpenURL == nil {
			fmt.Fprintf(a.env.Stderr, "prfaq: note: cannot open a browser here; open %s yourself\n", url)
		} else if err := a.env.OpenURL(url); err != nil {
			fmt.Fprintf(a.env.Stderr, "prfaq: note: %v; open %s yourself\n", err, url)
		}
	}

	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	httpServer, limited := srv.HTTP(ln, serve.DefaultLimits())
	served := make(chan error, 1)
	go func() { served <- httpServer.Serve(limited) }()
	watchDone := make(chan struct{})
	go func() {
		srv.Watch(ctx)
		close(watchDone)
	}()
	select {
	case <-ctx.Done():
	case err = <-served:
	}
	srv.Close()
	shutdown, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	_ = httpServer.Shutdown(shutdown)
	stop()
	<-watchDone
	if err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("the server stopped: %w", err)
	}
	fmt.Fprintln(a.env.Stdout, "Stopped.")
	return nil
}

func addrErr(err error) string {
	var ae *net.AddrError
	if errors.As(err, &ae) {
		return ae.Err
	}
	var oe *net.OpError
	if errors.As(err, &oe) && oe.Err != nil {
		return oe.Err.Error()
	}
	return err.Error()
}

func isLoopbackName(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// served is what prfaq serve serves: a folder, or one file in it.
type served struct {
	dir     string // the folder served, absolute
	display string // as the user named it
	// only is the one file served when PATH names a file.
	only string
}

func (a *app) serveFolder(path string) (*served, error) {
	full := a.path(path)
	info, err := os.Stat(full)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, withHint(usageError("%s: no such file or folder", path), "Name the folder that holds your PR/FAQs, e.g. prfaq serve examples.")
		}
		return nil, fmt.Errorf("%s: %w", path, errors.Unwrap(err))
	}
	src := &served{dir: full, display: folderName(path, full)}
	if !info.IsDir() {
		src.dir, src.only = filepath.Dir(full), filepath.Base(full)
	}
	return src, nil
}

// folderName is a folder as pages name it: as the user typed it, but by
// its own name when that was "." or "./".
func folderName(typed, full string) string {
	if filepath.Clean(typed) == "." {
		return filepath.Base(full)
	}
	return typed
}
