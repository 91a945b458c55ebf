package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"time"
)

// WriteFile replaces path with data atomically: the data goes to a
// temporary file in the same folder, is flushed to disk, and is renamed
// over the target, so a reader never sees half a file and a failure leaves
// the old content in place.
func WriteFile(path string, data []byte, perm os.FileMode) error {
	return (*Writes)(nil).WriteFile(path, data, perm)
}

// Writes writes files as WriteFile, WriteFiles and WriteFileNew do, which
// also remove the stale temporary files in each folder they write in
// (removeStaleTemps): that costs a read of the folder's names, a
// millisecond for thousands of files. A command that writes many files
// one at a time into one folder (import) shares one Writes, which tidies
// each folder only the first time it writes there, so its cost does not
// grow with the square of the folder's size. A nil *Writes tidies at
// every write; the zero value is ready to use, by several goroutines at
// once.
type Writes struct {
	mu     sync.Mutex
	tidied map[string]bool
}

// tidy removes stale temporary files from the folders of paths that w has
// not tidied yet.
func (w *Writes) tidy(paths ...string) {
	dirs := make([]string, 0, 1)
	for _, p := range paths {
		if dir := filepath.Dir(p); !slices.Contains(dirs, dir) {
			dirs = append(dirs, dir)
		}
	}
	if w != nil {
		w.mu.Lock()
		if w.tidied == nil {
			w.tidied = map[string]bool{}
		}
		dirs = slices.DeleteFunc(dirs, func(d string) bool { return w.tidied[d] })
		for _, d := range dirs {
			w.tidied[d] = true
		}
		w.mu.Unlock()
	}
	for _, dir := range dirs {
		removeStaleTemps(dir)
	}
}

// WriteFile writes as the function WriteFile does, tidying path's folder
// only if w has not yet.
func (w *Writes) WriteFile(path string, data []byte, perm os.FileMode) error {
	w.tidy(path)
	tmp, err := writeTemp(path, data, perm)
	if err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return &WriteError{Path: path, Err: unwrapPathError(err)}
	}
	return nil
}

// WriteError is a file or folder that could not be written. Path is as
// the caller gave it; the command line shows it relative to where the
// user stands.
type WriteError struct {
	Path string
	// Folder is set when the file could not be created in the folder
	// Path, and Create when the folder itself could not be made.
	Folder, Create bool
	// Partial is set when files written with it as a set were already
	// replaced: a rename failed part of the way through WriteFiles.
	Partial bool
	Err     error
}

func (e *WriteError) Error() string {
	return e.Message(e.Path)
}

func (e *WriteError) Unwrap() error { return e.Err }

// Message is the error with the path shown as display.
func (e *WriteError) Message(display string) string {
	switch {
	case e.Create:
		return fmt.Sprintf("cannot create %s: %v", display, e.Err)
	case e.Folder:
		return fmt.Sprintf("cannot write in %s: %v", display, e.Err)
	}
	return fmt.Sprintf("cannot write %s: %v", display, e.Err)
}

// Hint says what to do about the error, and whether what was there is
// intact. It does not offer writing elsewhere: not every command can.
func (e *WriteError) Hint() string { return e.HintWith("") }

// HintWith is Hint for a command that can write elsewhere through the
// option elsewhere; "" for one that cannot.
func (e *WriteError) HintWith(elsewhere string) string {
	kept := " Files already there were left as they were."
	if e.Partial {
		kept = " Some files of the set were already replaced: run the command again to write them all."
	}
	switch {
	case errors.Is(e.Err, syscall.ENOSPC), errors.Is(e.Err, syscall.EFBIG), errors.Is(e.Err, syscall.EDQUOT):
		return "The disk is full (or the file is over a size limit): free some space and run the command again." + kept
	case errors.Is(e.Err, fs.ErrPermission), errors.Is(e.Err, syscall.EROFS):
		if elsewhere != "" {
			return "Check the folder's permissions, or write somewhere else (" + elsewhere + ")." + kept
		}
		return "Check the folder's permissions." + kept
	}
	return kept[1:]
}

// File is one file of a set written together.
type File struct {
	Path string
	Data []byte
	Perm os.FileMode
}

// WriteFiles replaces a set of files that belong together, such as a
// render's Markdown and HTML or a workshop kit's pages. Every file is
// written to its temporary file first, and only when all of them are
// written are they renamed into place: a full disk or a failed write
// leaves every old file as it was, not half the set new.
func WriteFiles(files []File) error {
	return (*Writes)(nil).WriteFiles(files)
}

// WriteFiles writes as the function WriteFiles does, tidying each folder
// only if w has not yet.
func (w *Writes) WriteFiles(files []File) error {
	paths := make([]string, len(files))
	for i, f := range files {
		paths[i] = f.Path
	}
	w.tidy(paths...)
	temps := make([]string, len(files))
	defer func() {
		for _, tmp := range temps {
			if tmp != "" {
				os.Remove(tmp) // gone after a rename; left after a failure
			}
		}
	}()
	if err := writeTemps(files, temps); err != nil {
		return err
	}
	for i, f := range files {
		if err := os.Rename(temps[i], f.Path); err != nil {
			return &WriteError{Path: f.Path, Partial: i > 0, Err: unwrapPathError(err)}
		}
		temps[i] = "" // renamed: nothing left to remove
	}
	return nil
}

// tempWriters is how many temporary files WriteFiles writes at once.
// Each waits for the disk to confirm its data (fsync); the disk takes
// several such requests together, so a render of thousands of files
// spends a fraction of the time waiting that one at a time does.
const tempWriters = 8

// writeTemps writes each file's temporary file, several at once, and
// names them in temps. The error is the first file's, in files' order.
func writeTemps(files []File, temps []string) error {
	errs := make([]error, len(files))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(tempWriters, len(files)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				temps[i], errs[i] = writeTemp(files[i].Path, files[i].Data, files[i].Perm)
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	return firstError(errs)
}

func firstError(errs []error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// WriteFileNew writes data to path only if path does not exist yet, as
// one step: of two racing writers, one wins and the other gets an error
// matching fs.ErrExist. Nothing already there is ever replaced.
func WriteFileNew(path string, data []byte, perm os.FileMode) error {
	return (*Writes)(nil).WriteFileNew(path, data, perm)
}

// WriteFileNew writes as the function WriteFileNew does, tidying path's
// folder only if w has not yet.
func (w *Writes) WriteFileNew(path string, data []byte, perm os.FileMode) error {
	w.tidy(path)
	tmp, err := writeTemp(path, data, perm)
	if err != nil {
		return err
	}
	defer os.Remove(tmp)
	if err := os.Link(tmp, path); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("%s already exists: %w", path, fs.ErrExist)
		}
		return &WriteError{Path: path, Err: unwrapPathError(err)}
	}
	return nil
}

func writeTemp(path string, data []byte, perm os.FileMode) (name string, err error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+tempMarker+"*")
	if err != nil {
		return "", &WriteError{Path: dir, Folder: true, Err: unwrapPathError(err)}
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return "", &WriteError{Path: path, Err: unwrapPathError(err)}
	}
	if err = tmp.Chmod(perm); err != nil {
		return "", &WriteError{Path: path, Err: unwrapPathError(err)}
	}
	if err = tmp.Sync(); err != nil {
		return "", &WriteError{Path: path, Err: unwrapPathError(err)}
	}
	if err = tmp.Close(); err != nil {
		return "", &WriteError{Path: path, Err: unwrapPathError(err)}
	}
	return tmp.Name(), nil
}

// A temporary file is named "." + the target's name + tempMarker + the
// decimal digits os.CreateTemp puts for its "*": hidden, beside its target,
// and marked as prfaq's so that prfaq can tell its own leftovers from
// anyone else's files.
const tempMarker = ".prfaq-tmp-"

// StaleTempAge is how old one of prfaq's temporary files must be before a
// later write in its folder removes it. A write keeps its temporary file
// for the milliseconds it takes to fill and rename it; one an hour old
// was left by a process that was killed (kill -9, a power cut) before it
// could clean up, and is not another prfaq's write still under way.
const StaleTempAge = time.Hour

// isTempName reports whether name is one of prfaq's temporary files.
func isTempName(name string) bool {
	i := strings.LastIndex(name, tempMarker)
	if i < 2 || name[0] != '.' { // "." and at least one character of a name
		return false
	}
	digits := name[i+len(tempMarker):]
	if digits == "" {
		return false
	}
	for j := 0; j < len(digits); j++ {
		if digits[j] < '0' || digits[j] > '9' {
			return false
		}
	}
	return true
}

// removeStaleTemps removes, from dir, the temporary files of earlier
// prfaq runs that were killed before they could remove them: only regular
// files named as prfaq names its own (isTempName) and older than
// StaleTempAge, never anything else. It is tidying, not part of the
// write: a folder that cannot be read or a file that cannot be removed is
// left for the next time.
func removeStaleTemps(dir string) {
	// Names only, unsorted, and only a name that matches is looked at
	// further: a folder of 2,000 files takes about a millisecond.
	f, err := os.Open(dir)
	if err != nil {
		return
	}
	names, _ := f.Readdirnames(-1)
	f.Close()
	now := time.Now()
	for _, name := range names {
		if !isTempName(name) {
			continue
		}
		p := filepath.Join(dir, name)
		if info, err := os.Lstat(p); err == nil && info.Mode().IsRegular() && now.Sub(info.ModTime()) >= StaleTempAge {
			os.Remove(p)
		}
	}
}

// unwrapPathError drops the temporary file name from an *os.PathError so
// messages name the folder or file the user knows, not ours.
func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}

// MakeFolder makes dir and any missing folders above it, and returns a
// function that removes the ones it made, deepest first, each only while
// empty: a command that fails after making a folder calls it, so it
// leaves no empty folder behind.
func MakeFolder(dir string) (undo func(), err error) {
	var made []string
	for d := filepath.Clean(dir); ; d = filepath.Dir(d) {
		if _, err := os.Lstat(d); err == nil || filepath.Dir(d) == d {
			break
		}
		made = append(made, d)
	}
	undo = func() {
		for _, d := range made {
			os.Remove(d) // fails, as it should, on a folder something else filled
		}
	}
	if err := mkdirAll(dir); err != nil {
		undo()
		return func() {}, err
	}
	return undo, nil
}

func mkdirAll(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return &WriteError{Path: dir, Folder: true, Create: true, Err: unwrapPathError(err)}
	}
	return nil
}
