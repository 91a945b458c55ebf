package store

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/source"
)

// History layout: the snapshots of NAME.prfaq.yaml live beside it in the
// folder NAME.history, one file per closed version, named VERSION.yaml:
//
//	tab-split.prfaq.yaml
//	tab-split.history/1.0.yaml
//	tab-split.history/1.1.yaml
//
// Snapshots are plain copies of the document as it was, so they read,
// diff and commit like any other file, with or without git. prfaq writes
// each one once and never rewrites it; the checksum in the document's
// history shows when one was changed by hand.

// BaseName is the name a document's outputs and history share:
// tab-split.prfaq.yaml gives tab-split.
func BaseName(docPath string) string {
	base := filepath.Base(docPath)
	for _, ext := range []string{".prfaq.yaml", ".prfaq.yml", ".yaml", ".yml"} {
		if trimmed, ok := strings.CutSuffix(base, ext); ok && trimmed != "" {
			return trimmed
		}
	}
	return base
}

// SnapshotRef is where the snapshot of a version is recorded in the
// history: relative to the document's folder, with forward slashes.
func SnapshotRef(docPath, version string) string {
	return path.Join(BaseName(docPath)+".history", version+".yaml")
}

// Checksum is the SHA-256 of a snapshot, as recorded in the history.
func Checksum(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// SnapshotError says a recorded snapshot is missing, was changed, or is
// recorded somewhere prfaq does not read snapshots from.
type SnapshotError struct {
	Version, Path string
	Missing       bool
	// Outside is set when the history records a path outside the
	// document's NAME.history folder (Folder), or that folder is a
	// symbolic link. Such a snapshot is not looked for at all, so the
	// message says nothing of whether the path exists.
	Outside bool
	Folder  string
}

func (e *SnapshotError) Error() string {
	switch {
	case e.Outside:
		return fmt.Sprintf("the snapshot of version %s is recorded as %s, which is not a file in %s/: prfaq reads snapshots only from that folder beside the document, and not through a symbolic link; correct the history entry's snapshot: to %s/%s.yaml", e.Version, e.Path, e.Folder, e.Folder, e.Version)
	case e.Missing:
		return fmt.Sprintf("the snapshot of version %s (%s) is missing: restore it from a backup or from git; prfaq never recreates a snapshot", e.Version, e.Path)
	}
	return fmt.Sprintf("the snapshot of version %s (%s) was changed by hand: its checksum no longer matches the history; restore the original from a backup or from git (prfaq never rewrites a snapshot)", e.Version, e.Path)
}

// snapshotName is the name of a recorded snapshot inside the document's
// history folder, NAME.history; ok is false for any path that is not one
// file directly inside it (another folder, "..", an absolute path).
func snapshotName(docPath, ref string) (folder, name string, ok bool) {
	folder = BaseName(docPath) + ".history"
	dir, name, found := strings.Cut(ref, "/")
	if !found || dir != folder || name == "" || name == "." || name == ".." || strings.ContainsAny(name, "/\\") || !filepath.IsLocal(name) {
		return folder, "", false
	}
	return folder, name, true
}

// ReadSnapshot reads the snapshot a revision records and checks it. It
// reads only inside the document's NAME.history folder, through an
// os.Root, so neither the recorded path nor a symbolic link in the
// folder leads anywhere else.
func (rd Reader) ReadSnapshot(docPath string, r prfaq.Revision) ([]byte, error) {
	display := r.Snapshot // as the history records it, beside the document
	folder, name, ok := snapshotName(docPath, r.Snapshot)
	if !ok {
		return nil, &SnapshotError{Version: r.Version, Path: display, Outside: true, Folder: folder}
	}
	dir := filepath.Join(filepath.Dir(docPath), folder)
	if info, err := os.Lstat(dir); err == nil && info.Mode()&fs.ModeSymlink != 0 {
		return nil, &SnapshotError{Version: r.Version, Path: display, Outside: true, Folder: folder}
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, &SnapshotError{Version: r.Version, Path: display, Missing: true}
		}
		return nil, openProblem(err, display)
	}
	defer root.Close()
	// prfaq writes snapshots as plain files; a link is not followed even
	// where it stays inside the folder.
	if info, err := root.Lstat(name); err == nil && info.Mode()&fs.ModeSymlink != 0 {
		return nil, &SnapshotError{Version: r.Version, Path: display, Outside: true, Folder: folder}
	}
	data, err := rd.ReadFileFS(root.FS(), name, display)
	return checkSnapshot(r, display, data, err)
}

// ReadSnapshotFS reads a snapshot from a file system as ReadSnapshot
// reads it from the disk; docPath is the document's name in fsys. Only a
// file directly inside the document's NAME.history folder is read.
func (rd Reader) ReadSnapshotFS(fsys fs.FS, docPath string, r prfaq.Revision) ([]byte, error) {
	display := r.Snapshot
	folder, name, ok := snapshotName(docPath, r.Snapshot)
	p := path.Join(path.Dir(docPath), folder, name)
	if !ok || !fs.ValidPath(p) {
		return nil, &SnapshotError{Version: r.Version, Path: display, Outside: true, Folder: folder}
	}
	data, err := rd.ReadFileFS(fsys, p, display)
	return checkSnapshot(r, display, data, err)
}

func checkSnapshot(r prfaq.Revision, display string, data []byte, err error) ([]byte, error) {
	if err != nil {
		var pe *source.Problem
		if errors.As(err, &pe) && strings.HasPrefix(pe.Msg, "no such file") {
			return nil, &SnapshotError{Version: r.Version, Path: display, Missing: true}
		}
		return nil, err
	}
	if Checksum(data) != r.SHA256 {
		return nil, &SnapshotError{Version: r.Version, Path: display}
	}
	return data, nil
}

// WriteSnapshot stores the text of a version being closed. It fails if a
// snapshot of that version exists already, so of two commands closing the
// same version at once, one wins and the other stops. It makes the folder
// NAME.history only to hold the snapshot: when the snapshot cannot be
// written, a folder it made is removed again. A NAME.history that is a
// symbolic link is refused, as a symbolic link to the document is, so a
// snapshot never lands outside the document's folder.
func WriteSnapshot(docPath, version string, data []byte) (string, error) {
	ref := SnapshotRef(docPath, version)
	p := filepath.Join(filepath.Dir(docPath), filepath.FromSlash(ref))
	dir := filepath.Dir(p)
	if info, err := os.Lstat(dir); err == nil && info.Mode()&fs.ModeSymlink != 0 {
		to, _ := os.Readlink(dir)
		return "", fmt.Errorf("%s is a symbolic link (to %s): prfaq keeps snapshots only in a folder of that name beside the document; replace the link with a folder (move the snapshots into it) and run the command again", path.Dir(ref), to)
	}
	undo, err := MakeFolder(dir)
	if err != nil {
		return "", err
	}
	if err := WriteFileNew(p, data, 0o444); err != nil {
		undo()
		if errors.Is(err, fs.ErrExist) {
			return "", fmt.Errorf("a snapshot of version %s already exists (%s): the version was closed already, perhaps by another prfaq at the same moment; read the document again and retry", version, ref)
		}
		return "", err
	}
	return ref, nil
}

// RemoveSnapshot takes back a snapshot WriteSnapshot wrote that nothing
// refers to yet, and its folder when that holds nothing else.
func RemoveSnapshot(docPath, ref string) {
	p := filepath.Join(filepath.Dir(docPath), filepath.FromSlash(ref))
	os.Remove(p)
	os.Remove(filepath.Dir(p)) // fails, as it should, when other snapshots are there
}
