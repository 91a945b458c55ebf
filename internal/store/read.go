package store

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/source"
)

// DefaultMaxFileSize is the largest file a Reader reads unless told
// otherwise. PR/FAQs are a few pages, tens of kilobytes; anything far
// larger is a mistake, and refusing it before reading keeps a stray file
// from costing memory and time.
const DefaultMaxFileSize = 5 << 20

// MaxFileSizeCeiling is the most a limit may be raised to.
const MaxFileSizeCeiling = 1 << 30

// Reader reads the files a user names: documents, templates, answers,
// configurations, snapshots. Every one of prfaq's reads of user input goes
// through it, so the size limit holds before any parser sees a byte.
type Reader struct {
	// MaxFileSize is the largest file read, in bytes; 0 means
	// DefaultMaxFileSize.
	MaxFileSize int64
	// LimitSetting names where the limit is set, for the message that
	// refuses a file; empty when it cannot be changed.
	LimitSetting string
}

func (r Reader) max() int64 {
	if r.MaxFileSize <= 0 {
		return DefaultMaxFileSize
	}
	return r.MaxFileSize
}

// ReadFile reads a file a user named, with messages that say what to do
// when it cannot: missing, a folder, too large, unreadable. display is the
// name used in messages.
func (r Reader) ReadFile(path, display string) ([]byte, error) {
	f, err := OpenRegular(path)
	if err != nil {
		return nil, openProblem(err, display)
	}
	defer f.Close()
	return r.readOpened(f, display)
}

// ReadFileFS reads a file from a file system, as ReadFile reads one from
// the disk: a server reads through an os.Root's file system, so no name
// and no symbolic link can lead it outside the folder it serves. Only a
// regular file is read: with a file system from RootFS or DirFS, one that
// becomes a FIFO between the check and the open cannot block either.
func (r Reader) ReadFileFS(fsys fs.FS, name, display string) ([]byte, error) {
	if info, err := fs.Stat(fsys, name); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			if dl := danglingLinkFS(fsys, name); dl != nil {
				err = dl
			}
		}
		return nil, openProblem(err, display)
	} else if !info.Mode().IsRegular() {
		return nil, openProblem(&NotRegularError{Path: name, Mode: info.Mode()}, display)
	}
	var f fs.File
	var err error
	if o, ok := fsys.(fileOpener); ok {
		var opened *os.File
		if opened, err = o.OpenFile(name, os.O_RDONLY|openNonBlocking, 0); err == nil {
			f, err = checkRegular(opened, name)
		}
	} else {
		f, err = fsys.Open(name)
	}
	if err != nil {
		return nil, openProblem(err, display)
	}
	defer f.Close()
	return r.readOpened(f, display)
}

func openProblem(err error, display string) error {
	var nr *NotRegularError
	var dl *DanglingLinkError
	switch {
	case errors.As(err, &dl):
		return &source.Problem{File: display, Msg: dl.problem(), Err: err}
	case errors.As(err, &nr) && nr.Mode.IsDir():
		return &source.Problem{File: display, Msg: "is a folder, not a file: name a .prfaq.yaml file inside it"}
	case errors.As(err, &nr):
		return &source.Problem{File: display, Msg: describeMode(nr.Mode) + ": prfaq reads only regular files; remove it or rename it so it does not look like a document"}
	case errors.Is(err, fs.ErrNotExist):
		return &source.Problem{File: display, Msg: "no such file: check the name (PR/FAQ documents end in .prfaq.yaml)", Err: err}
	case errors.Is(err, fs.ErrPermission):
		return &source.Problem{File: display, Msg: "cannot read the file: permission denied", Err: err}
	}
	return &source.Problem{File: display, Msg: fmt.Sprintf("cannot read the file: %v", unwrapPathError(err)), Err: err}
}

func (r Reader) readOpened(f fs.File, display string) ([]byte, error) {
	info, err := f.Stat()
	if err != nil {
		return nil, &source.Problem{File: display, Msg: fmt.Sprintf("cannot read the file: %v", unwrapPathError(err))}
	}
	if info.IsDir() {
		return nil, &source.Problem{File: display, Msg: "is a folder, not a file: name a .prfaq.yaml file inside it"}
	}
	if !info.Mode().IsRegular() {
		return nil, &source.Problem{File: display, Msg: "is not a regular file"}
	}
	limit := r.max()
	if info.Size() > limit {
		return nil, r.tooLarge(display, info.Size())
	}
	// Read one byte past the limit in case the file grew since Stat, into
	// a buffer of the size Stat gave (io.ReadAll would grow one from 512
	// bytes, copying the file several times over).
	data, err := readAll(io.LimitReader(f, limit+1), info.Size())
	if err != nil {
		return nil, &source.Problem{File: display, Msg: fmt.Sprintf("cannot read the file: %v", unwrapPathError(err))}
	}
	if int64(len(data)) > limit {
		return nil, r.tooLarge(display, int64(len(data)))
	}
	return data, nil
}

// readAll reads r to its end into a buffer of size bytes, grown if r
// holds more.
func readAll(r io.Reader, size int64) ([]byte, error) {
	buf := make([]byte, 0, size+1)
	for {
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
	}
}

func (r Reader) tooLarge(display string, size int64) *source.Problem {
	have, limit := FormatSize(size), FormatSize(r.max())
	if have == limit {
		have, limit = fmt.Sprintf("%d bytes", size), fmt.Sprintf("%s (%d-byte)", limit, r.max())
	}
	msg := fmt.Sprintf("file is %s, more than the %s limit: a PR/FAQ, template or workshop file is a few pages, tens of kilobytes", have, limit)
	if r.LimitSetting != "" {
		msg += fmt.Sprintf("; if this file really is one, raise the limit with %s", r.LimitSetting)
	}
	return &source.Problem{File: display, Msg: msg}
}

// ReadDocument reads and checks a PR/FAQ document.
func (r Reader) ReadDocument(path, display string) (*prfaq.Document, source.Positions, error) {
	data, err := r.ReadFile(path, display)
	if err != nil {
		return nil, nil, err
	}
	return DecodeDocument(display, data)
}
