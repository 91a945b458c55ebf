package store

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/prfaq/prfaq/internal/prfaq"
)

// ReadFile reads a file a user named, with messages that say what to do
// when it cannot: missing, a folder, too large, unreadable. display is the
// name used in messages.
func ReadFile(path, display string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, openProblem(err, display)
	}
	defer f.Close()
	return readOpened(f, display)
}

// ReadFileFS reads a file from a file system, as ReadFile reads one from
// the disk: a server reads through an os.Root's file system, so no name
// and no symbolic link can lead it outside the folder it serves.
func ReadFileFS(fsys fs.FS, name, display string) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, openProblem(err, display)
	}
	defer f.Close()
	return readOpened(f, display)
}

func openProblem(err error, display string) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return &Problem{File: display, Msg: "no such file: check the name (PR/FAQ documents end in .prfaq.yaml)"}
	case errors.Is(err, fs.ErrPermission):
		return &Problem{File: display, Msg: "cannot read the file: permission denied"}
	}
	return &Problem{File: display, Msg: fmt.Sprintf("cannot read the file: %v", unwrapPathError(err))}
}

func readOpened(f fs.File, display string) ([]byte, error) {
	info, err := f.Stat()
	if err != nil {
		return nil, &Problem{File: display, Msg: fmt.Sprintf("cannot read the file: %v", unwrapPathError(err))}
	}
	if info.IsDir() {
		return nil, &Problem{File: display, Msg: "is a folder, not a file: name a .prfaq.yaml file inside it"}
	}
	if !info.Mode().IsRegular() {
		return nil, &Problem{File: display, Msg: "is not a regular file"}
	}
	if info.Size() > MaxFileSize {
		return nil, &Problem{File: display, Msg: fmt.Sprintf("file is %d bytes, more than the %d-byte limit for a PR/FAQ", info.Size(), MaxFileSize)}
	}
	// Read one byte past the limit in case the file grew since Stat.
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, &Problem{File: display, Msg: fmt.Sprintf("cannot read the file: %v", unwrapPathError(err))}
	}
	return data, nil
}

// ReadDocument reads and checks a PR/FAQ document.
func ReadDocument(path, display string) (*prfaq.Document, Positions, error) {
	data, err := ReadFile(path, display)
	if err != nil {
		return nil, nil, err
	}
	return DecodeDocument(display, data)
}
