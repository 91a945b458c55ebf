package store

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
)

// ChangedError says a file changed between the moment prfaq read it and
// the moment it would have replaced it: another program saved it.
type ChangedError struct {
	Path string
}

func (e *ChangedError) Error() string {
	return fmt.Sprintf("%s changed while prfaq was editing it (another program saved it meanwhile), so prfaq left it as that program saved it", e.Path)
}

// ReplaceFile replaces path with data, atomically as WriteFile does, only
// if path still holds old: the bytes the change was made from. A document
// another program saved since it was read is left as that program saved
// it, and the error is a *ChangedError; a save is never lost to a command
// that read the file before it.
func ReplaceFile(path string, old, data []byte, perm os.FileMode) error {
	// The file as it is now must be the one read, and is known from here
	// on by its identity (device, inode, size, time): a program that saves
	// by renaming a new file over it changes the inode, one that writes in
	// place the size or the time.
	was, err := unchanged(path, old)
	if err != nil {
		return err
	}
	tmp, err := writeTemp(path, data, perm)
	if err != nil {
		return err
	}
	defer os.Remove(tmp) // after a swap, it holds the file replaced
	return swapIfUnchanged(tmp, path, was)
}

// unchanged is path's identity if it holds old, read between two looks
// at its identity that agree.
func unchanged(path string, old []byte) (fs.FileInfo, error) {
	before, err := os.Lstat(path)
	if err != nil {
		return nil, &ChangedError{Path: path}
	}
	now, err := os.ReadFile(path)
	if err != nil || !bytes.Equal(now, old) {
		return nil, &ChangedError{Path: path}
	}
	if after, err := os.Lstat(path); err != nil || !same(before, after) {
		return nil, &ChangedError{Path: path}
	}
	return before, nil
}

// same reports whether two looks at a file saw the same file, unchanged.
func same(a, b fs.FileInfo) bool {
	return a != nil && b != nil && os.SameFile(a, b) && a.Size() == b.Size() && a.ModTime().Equal(b.ModTime())
}

// checkThenRename is swapIfUnchanged where the system cannot exchange two
// files in one step: the check comes just before the rename, so only a
// save in the instant between the two can be lost.
func checkThenRename(tmp, path string, was fs.FileInfo) error {
	if now, err := os.Lstat(path); err != nil || !same(now, was) {
		return &ChangedError{Path: path}
	}
	if err := os.Rename(tmp, path); err != nil {
		return &WriteError{Path: path, Err: unwrapPathError(err)}
	}
	return nil
}
