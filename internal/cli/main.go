// Package cli is the prfaq command line. It is the only package that knows
// cobra: one file per command, each a constructor and a run function over
// injected streams, environment and clock, so tests drive the real commands
// in-process.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/prfaq/prfaq/internal/catalog"
	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/render"
	"github.com/prfaq/prfaq/internal/source"
	"github.com/prfaq/prfaq/internal/store"
	"github.com/prfaq/prfaq/internal/termtext"
	"github.com/prfaq/prfaq/internal/workspace"
	"github.com/prfaq/prfaq/templates"
)

// Env is everything a command may take from the outside world.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Getenv         func(string) string
	// Dir is the working directory that relative paths start from.
	Dir string
	// Now is the clock; SOURCE_DATE_EPOCH in the environment overrides it
	// so outputs can be reproduced exactly.
	Now func() time.Time
	// Context ends long-running commands (prfaq serve) when it is done,
	// as Ctrl-C does; nil never ends them.
	Context context.Context
	// OpenURL shows an address in the user's web browser, for
	// serve --open; nil when there is no browser to open.
	OpenURL func(url string) error
	// Terminal reports whether w is an interactive terminal; nil asks
	// the operating system (a character device). Tests set it to see
	// what a terminal is sent.
	Terminal func(w io.Writer) bool
	// Version is the release version the program was linked with, or ""
	// to take it from what the Go toolchain recorded in the binary.
	Version string
	// Commit and Date are the commit and its date the program was linked
	// with, or "" to take them from what the Go toolchain recorded.
	Commit, Date string
}

// Linked is what a release build sets at link time:
// -ldflags "-X main.version=v1.2.0 -X main.commit=0123abc -X main.date=2026-12-07T15:04:05Z".
// An empty field takes what the Go toolchain recorded in the binary.
type Linked struct {
	Version, Commit, Date string
}

// Main runs prfaq with the process's streams and environment and returns
// the exit code. linked is the release version, commit and date the
// program was linked with, which --version, prfaq version and reports name.
func Main(args []string, linked Linked) int {
	wd, err := os.Getwd()
	if err != nil {
		fmt.Fprintf(os.Stderr, "prfaq: cannot read the current folder: %v\n", err)
		return ExitError
	}
	return Run(args, Env{
		Stdin:   os.Stdin,
		Stdout:  os.Stdout,
		Stderr:  os.Stderr,
		Getenv:  os.Getenv,
		Dir:     wd,
		Now:     time.Now,
		OpenURL: openInBrowser,
		Version: linked.Version,
		Commit:  linked.Commit,
		Date:    linked.Date,
	})
}

// Run runs prfaq with the given arguments in env and returns the exit code.
func Run(args []string, env Env) int {
	// Every message goes to standard error, and many quote what a
	// document, template or history holds: none of it may drive the
	// terminal, so control characters in them are shown escaped.
	if env.Stderr != nil {
		env.Stderr = termtext.Writer{W: env.Stderr}
	}
	a := &app{env: env}
	if err := a.readLimits(); err != nil {
		a.printError(err)
		return exitCode(err)
	}
	root := newRootCmd(a)
	root.SetArgs(args)
	ctx := env.Context
	if ctx == nil {
		ctx = context.Background()
	}
	err := root.ExecuteContext(ctx)
	if err == nil {
		return ExitOK
	}
	var ee *exitError
	if !errors.As(err, &ee) && strings.HasPrefix(err.Error(), "unknown command") {
		err = withHint(err, commandHint(root, err))
	}
	err = didYouMean(err)
	a.printError(err)
	return exitCode(err)
}

// app is the state shared by the commands of one run.
type app struct {
	env Env
	// files reads every file a user names, within the size limit.
	files store.Reader
	// writes is how a command that writes many files one at a time
	// (import) writes them: each folder's stale temporary files are
	// looked for once, not once a file.
	writes store.Writes
	// onWorkspace, when set, is told of every workspace a command
	// reads documents with; tests count what each one reads.
	onWorkspace func(*workspace.Workspace)
	// hasOut is set when the command being run has an --out option, so a
	// message may suggest it.
	hasOut bool
}

// MaxFileSizeEnv raises or lowers the largest file prfaq reads.
const MaxFileSizeEnv = "PRFAQ_MAX_FILE_SIZE"

func (a *app) readLimits() error {
	a.files = store.Reader{LimitSetting: MaxFileSizeEnv + ", e.g. " + MaxFileSizeEnv + "=20MB"}
	s := a.env.Getenv(MaxFileSizeEnv)
	if s == "" {
		return nil
	}
	size, err := store.ParseSize(s)
	if err != nil {
		return withHint(usageError("%s: %v", MaxFileSizeEnv, err), fmt.Sprintf("Set it to a size such as 20MB, or unset it for the default of %s.", store.FormatSize(store.DefaultMaxFileSize)))
	}
	a.files.MaxFileSize = size
	return nil
}

func (a *app) printError(err error) {
	var ee *exitError
	if errors.As(err, &ee) && ee.code == ExitFailed && ee.err.Error() == "" {
		return
	}
	var problems source.Problems
	if errors.As(err, &problems) {
		for i, p := range problems {
			if i == 20 {
				fmt.Fprintf(a.env.Stderr, "prfaq: ... and %d more problems\n", len(problems)-20)
				break
			}
			fmt.Fprintf(a.env.Stderr, "prfaq: %s\n", p)
		}
	} else {
		fmt.Fprintf(a.env.Stderr, "prfaq: %s\n", a.errorText(err))
	}
	var we *store.WriteError
	switch {
	case errors.As(err, &ee) && ee.hint != "":
		fmt.Fprintf(a.env.Stderr, "  %s\n", ee.hint)
	case errors.As(err, &we):
		elsewhere := ""
		if a.hasOut {
			elsewhere = "--out"
		}
		fmt.Fprintf(a.env.Stderr, "  %s\n", we.HintWith(elsewhere))
	}
}

// refuseLink stops a command that would save a document in place when the
// document is a symbolic link: the save's rename would put a file where the
// link was and leave the file it points to as it was, which is rarely what
// was meant. Running the command on the file itself does what was meant.
func refuseLink(path, display string) error {
	info, err := os.Lstat(path)
	if err != nil || info.Mode()&os.ModeSymlink == 0 {
		return nil // a missing file is reported when it is read
	}
	to, _ := os.Readlink(path)
	return withHint(usageError("%s is a symbolic link (to %s): prfaq saves documents by replacing the file, which would replace the link", display, to),
		"Run the command on the file the link points to.")
}

// errorText is err's message, with the file a write failed on named as
// the user would name it rather than by its full path.
func (a *app) errorText(err error) string {
	msg := err.Error()
	var we *store.WriteError
	if errors.As(err, &we) {
		msg = strings.Replace(msg, we.Error(), we.Message(a.displayPath(we.Path)), 1)
	}
	return msg
}

// now is the clock, fixed by SOURCE_DATE_EPOCH when it is set.
func (a *app) now() time.Time {
	if s := a.env.Getenv("SOURCE_DATE_EPOCH"); s != "" {
		if secs, err := strconv.ParseInt(s, 10, 64); err == nil {
			return time.Unix(secs, 0).UTC()
		}
	}
	return a.env.Now()
}

// path resolves a path given on the command line against the working
// directory.
func (a *app) path(p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(a.env.Dir, p)
}

// ProjectTemplateDir is where a project keeps its own templates, relative
// to the working directory.
const ProjectTemplateDir = workspace.ProjectTemplateDir

// userTemplateDir is $XDG_CONFIG_HOME/prfaq/templates, or
// ~/.config/prfaq/templates when it is unset (on macOS too, as most
// command-line tools do), or %AppData%\prfaq\templates on Windows.
func (a *app) userTemplateDir() string {
	if x := a.env.Getenv("XDG_CONFIG_HOME"); x != "" {
		return filepath.Join(x, "prfaq", "templates")
	}
	if runtimeGOOS == "windows" {
		if d := a.env.Getenv("AppData"); d != "" {
			return filepath.Join(d, "prfaq", "templates")
		}
		return ""
	}
	if home := a.env.Getenv("HOME"); home != "" {
		return filepath.Join(home, ".config", "prfaq", "templates")
	}
	return ""
}

// projectTemplateDir finds .prfaq/templates in the working folder or the
// nearest folder above it, up to the top of a git checkout.
func (a *app) projectTemplateDir() string {
	if dir, ok := workspace.FindProject(a.env.Dir, ProjectTemplateDir); ok {
		return dir
	}
	return filepath.Join(a.env.Dir, ProjectTemplateDir)
}

// projectNeeds reads the team's customer needs, .prfaq/needs.yaml in the
// working folder or the nearest above it, as project templates are
// found; nil when the team has none.
func (a *app) projectNeeds() (*prfaq.Needs, error) {
	path, ok := workspace.FindProject(a.env.Dir, workspace.NeedsFile)
	if !ok {
		return nil, nil
	}
	display := a.displayPath(path)
	data, err := a.files.ReadFile(path, display)
	if err != nil {
		return nil, err
	}
	needs, _, err := store.DecodeNeeds(display, data)
	return needs, err
}

func (a *app) catalog() *catalog.Catalog {
	project := a.projectTemplateDir()
	user := a.userTemplateDir()
	c := catalog.New(
		catalog.Folder{Path: project, Display: a.displayPath(project)},
		catalog.Folder{Path: user, Display: a.displayPath(user)},
		templates.FS)
	c.Reader = a.files
	c.Layouts = render.LayoutChecker{}
	return c
}

// displayPath shows a path relative to the working directory when it is
// inside it, as the user typed it.
func (a *app) displayPath(p string) string {
	if rel, err := filepath.Rel(a.env.Dir, p); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return p
}

// isTerminal reports whether w is an interactive terminal, as Env.Terminal
// says when it is set.
func (a *app) isTerminal(w io.Writer) bool {
	if a.env.Terminal != nil {
		return a.env.Terminal(w)
	}
	return isTerminal(w)
}

// writeOutput writes a command's output (a document, a diff) to standard
// output. On a terminal, control characters in it are escaped, so that a
// document's text cannot clear the screen, retitle the window or write
// the clipboard; to a file or a pipe it goes exactly as made.
func (a *app) writeOutput(b []byte) error {
	if a.isTerminal(a.env.Stdout) {
		b = termtext.LinesBytes(b)
	}
	_, err := a.env.Stdout.Write(b)
	return err
}

// wrote tells that a file was written, naming it as the user would; a
// name holding control characters is shown escaped.
func (a *app) wrote(display string) {
	fmt.Fprintf(a.env.Stdout, "wrote %s\n", termtext.Line(display))
}
