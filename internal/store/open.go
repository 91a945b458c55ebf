package store

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// openNonBlocking is added to every open for reading: opening a FIFO for
// reading waits for a writer, forever if none comes, and a device can
// block too. With it the open returns at once, and the check that
// follows closes anything that is not a regular file before a read; a
// regular file ignores the flag.
const openNonBlocking = syscall.O_NONBLOCK

// NotRegularError is a path that names something other than a regular
// file or a folder: a FIFO, a socket, a device. prfaq reads none of them.
type NotRegularError struct {
	Path string
	Mode fs.FileMode
}

func (e *NotRegularError) Error() string {
	return e.Path + ": " + describeMode(e.Mode)
}

// describeMode says what a non-regular file is, for messages.
func describeMode(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "is a named pipe (FIFO), not a regular file"
	case m&fs.ModeSocket != 0:
		return "is a socket, not a regular file"
	case m&fs.ModeDevice != 0:
		return "is a device, not a regular file"
	case m&fs.ModeIrregular != 0:
		return "is not a regular file"
	}
	return "is not a regular file"
}

// OpenRegular opens a file for reading only if it is a regular file: it
// checks before opening, opens so that a FIFO put there in between cannot
// block, and checks the opened file again. A folder or anything else that
// is not a regular file is a *NotRegularError (a folder's mode is
// fs.ModeDir).
func OpenRegular(path string) (*os.File, error) {
	if info, err := os.Stat(path); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			if target, lerr := os.Readlink(path); lerr == nil {
				return nil, &DanglingLinkError{Path: path, Target: target}
			}
		}
		return nil, err
	} else if !info.Mode().IsRegular() {
		return nil, &NotRegularError{Path: path, Mode: info.Mode()}
	}
	f, err := os.OpenFile(path, os.O_RDONLY|openNonBlocking, 0)
	if err != nil {
		return nil, err
	}
	return checkRegular(f, path)
}

func checkRegular(f *os.File, name string) (*os.File, error) {
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if !info.Mode().IsRegular() {
		f.Close()
		return nil, &NotRegularError{Path: name, Mode: info.Mode()}
	}
	return f, nil
}

// DanglingLinkError is a symbolic link whose target does not exist. It
// is not fs.ErrNotExist: the name is there, so a run over a folder reports
// it as that file's problem and goes on, where a name the user typed that
// is not there at all stops the run.
type DanglingLinkError struct {
	Path, Target string
}

func (e *DanglingLinkError) Error() string {
	return e.Path + ": " + e.problem()
}

func (e *DanglingLinkError) problem() string {
	return "is a symbolic link to " + e.Target + ", which does not exist: restore the file it points to, or remove the link"
}

// danglingLinkFS is the DanglingLinkError for name in fsys, if it is one.
func danglingLinkFS(fsys fs.FS, name string) error {
	if info, err := fs.Lstat(fsys, name); err != nil || info.Mode()&fs.ModeSymlink == 0 {
		return nil
	}
	target, err := fs.ReadLink(fsys, name)
	if err != nil {
		return nil
	}
	return &DanglingLinkError{Path: name, Target: target}
}

// fileOpener is a file system that opens with flags, as *os.Root does:
// ReadFileFS opens through it so that a FIFO cannot block.
type fileOpener interface {
	OpenFile(name string, flag int, perm fs.FileMode) (*os.File, error)
}

// RootFS is root's file system (os.Root.FS), whose files ReadFileFS opens
// so that a FIFO in the folder cannot block it.
func RootFS(root *os.Root) fs.FS {
	return rootFS{root.FS(), root}
}

type rootFS struct {
	fsys fs.FS
	root *os.Root
}

func (r rootFS) Open(name string) (fs.File, error) { return r.fsys.Open(name) }

// Stat does not open the file, so a FIFO cannot block it (fs.Stat on a
// file system without Stat would open it).
func (r rootFS) Stat(name string) (fs.FileInfo, error) { return fs.Stat(r.fsys, name) }

func (r rootFS) ReadDir(name string) ([]fs.DirEntry, error) { return fs.ReadDir(r.fsys, name) }
func (r rootFS) Lstat(name string) (fs.FileInfo, error)     { return fs.Lstat(r.fsys, name) }
func (r rootFS) ReadLink(name string) (string, error)       { return fs.ReadLink(r.fsys, name) }

func (r rootFS) OpenFile(name string, flag int, perm fs.FileMode) (*os.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	return r.root.OpenFile(filepath.FromSlash(name), flag, perm)
}

// DirFS is os.DirFS(dir), whose files ReadFileFS opens so that a FIFO in
// the folder cannot block it.
func DirFS(dir string) fs.FS {
	return dirFS{os.DirFS(dir), dir}
}

type dirFS struct {
	fsys fs.FS
	dir  string
}

func (d dirFS) Open(name string) (fs.File, error)          { return d.fsys.Open(name) }
func (d dirFS) Stat(name string) (fs.FileInfo, error)      { return fs.Stat(d.fsys, name) }
func (d dirFS) ReadDir(name string) ([]fs.DirEntry, error) { return fs.ReadDir(d.fsys, name) }
func (d dirFS) OpenFile(name string, flag int, perm fs.FileMode) (*os.File, error) {
	p, err := d.join("open", name)
	if err != nil {
		return nil, err
	}
	return os.OpenFile(p, flag, perm)
}

func (d dirFS) Lstat(name string) (fs.FileInfo, error) {
	p, err := d.join("lstat", name)
	if err != nil {
		return nil, err
	}
	return os.Lstat(p)
}

func (d dirFS) ReadLink(name string) (string, error) {
	p, err := d.join("readlink", name)
	if err != nil {
		return "", err
	}
	return os.Readlink(p)
}

func (d dirFS) join(op, name string) (string, error) {
	if !fs.ValidPath(name) {
		return "", &fs.PathError{Op: op, Path: name, Err: fs.ErrInvalid}
	}
	return filepath.Join(d.dir, filepath.FromSlash(name)), nil
}
