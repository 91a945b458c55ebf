//go:build !linux

package store

import "io/fs"

func swapIfUnchanged(tmp, path string, was fs.FileInfo) error {
	return checkThenRename(tmp, path, was)
}
