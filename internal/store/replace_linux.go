package store

import (
	"errors"
	"io/fs"
	"os"

	"golang.org/x/sys/unix"
)

// swapIfUnchanged puts tmp in path's place only if path is still the file
// was describes. Linux exchanges two files in one step (RENAME_EXCHANGE),
// so no save can slip between a check and a rename: the file swapped out
// is checked afterwards and, if another program saved meanwhile, swapped
// back.
func swapIfUnchanged(tmp, path string, was fs.FileInfo) error {
	ours, err := os.Lstat(tmp)
	if err != nil {
		return &WriteError{Path: path, Err: unwrapPathError(err)}
	}
	err = exchange(tmp, path)
	switch {
	case errors.Is(err, unix.ENOENT):
		return &ChangedError{Path: path} // removed or renamed away meanwhile
	case errors.Is(err, unix.EINVAL), errors.Is(err, unix.ENOSYS), errors.Is(err, unix.EOPNOTSUPP):
		return checkThenRename(tmp, path, was) // a file system that cannot exchange
	case err != nil:
		return &WriteError{Path: path, Err: err}
	}
	if out, err := os.Lstat(tmp); err == nil && same(out, was) {
		return nil
	}
	// Another program saved in between: give its file its place back.
	// Should yet another save land between the two exchanges, what comes
	// back is not ours but that newer save, which goes back in turn.
	expect := ours
	for range 3 {
		back, err := os.Lstat(tmp)
		if err != nil {
			break
		}
		if err := exchange(tmp, path); err != nil {
			return &WriteError{Path: path, Err: err}
		}
		if got, err := os.Lstat(tmp); err == nil && os.SameFile(got, expect) {
			break
		}
		expect = back
	}
	return &ChangedError{Path: path}
}

func exchange(a, b string) error {
	return unix.Renameat2(unix.AT_FDCWD, a, unix.AT_FDCWD, b, unix.RENAME_EXCHANGE)
}
