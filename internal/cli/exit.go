package cli

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Exit codes, the same for every command. docs/exit-codes.md and each
// command's help list them; change all three together.
const (
	ExitOK      = 0   // the command did what was asked
	ExitFailed  = 1   // it ran, and the answer is "no": outputs out of date
	ExitError   = 2   // it could not run: bad usage, bad input, unreadable or unwritable files
	ExitAborted = 130 // the user interrupted it (Ctrl-C)
)

// exitStatus writes the EXIT STATUS part of a command's help.
// Every command can exit 2, so a line for it is added here unless the
// command says itself what 2 means for it: a code listed twice would leave
// the reader guessing which line holds. Lines are listed by code.
func exitStatus(lines ...string) string {
	if !slices.ContainsFunc(lines, func(l string) bool { return leadingCode(l) == ExitError }) {
		lines = append(lines, "2    bad usage or input, unreadable file, nothing could be written")
	}
	sort.SliceStable(lines, func(i, j int) bool { return leadingCode(lines[i]) < leadingCode(lines[j]) })
	var b strings.Builder
	b.WriteString("\nExit status:\n")
	for _, l := range lines {
		b.WriteString("  " + l + "\n")
	}
	return b.String()
}

func leadingCode(line string) int {
	n, _ := strconv.Atoi(strings.Fields(line)[0])
	return n
}

// exitError carries an exit code with a message meant for people.
type exitError struct {
	code int
	err  error
	hint string
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// errSilent ends a command whose output already said everything.
var errSilent = errors.New("")

// usageError is a command called the wrong way.
func usageError(format string, args ...any) error {
	return &exitError{code: ExitError, err: fmt.Errorf(format, args...)}
}

// failed reports that the command ran and the answer is "no" (exit 1),
// after it has printed the details itself.
func failed(format string, args ...any) error {
	return &exitError{code: ExitFailed, err: fmt.Errorf(format, args...)}
}

// withHint adds a line saying what to do next.
func withHint(err error, hint string) error {
	var ee *exitError
	if errors.As(err, &ee) {
		ee.hint = hint
		return ee
	}
	return &exitError{code: ExitError, err: err, hint: hint}
}

func exitCode(err error) int {
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	return ExitError
}
