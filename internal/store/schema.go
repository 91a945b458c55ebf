package store

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// SchemaFile is the name of the document schema that prfaq schema --write
// saves in a folder of documents and in each of its NAME.history folders.
const SchemaFile = "prfaq.schema.json"

// SchemaComment is the first line of the documents prfaq writes into a
// folder that holds the schema: editors with the YAML language server then
// complete and check the file. The path is relative to the document, and a
// snapshot keeps the line as it was, so the schema is kept in the history
// folder too (ShareSchema).
const SchemaComment = "# yaml-language-server: $schema=" + SchemaFile

// HasSchema reports whether the folder dir holds the schema, so that a
// document written there may point to it: a comment naming a file that is
// not there makes editors flag the whole document.
func HasSchema(dir string) bool {
	info, err := os.Stat(filepath.Join(dir, SchemaFile))
	return err == nil && info.Mode().IsRegular()
}

// WithSchemaComment is data, a document about to be written into dir,
// starting with SchemaComment when dir holds the schema.
func WithSchemaComment(dir string, data []byte) []byte {
	if !HasSchema(dir) || strings.HasPrefix(string(data), SchemaComment+"\n") {
		return data
	}
	return append([]byte(SchemaComment+"\n"), data...)
}

// HistoryFolders are the NAME.history folders directly inside dir.
func HistoryFolders(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		if e.IsDir() && strings.HasSuffix(e.Name(), ".history") {
			out = append(out, filepath.Join(dir, e.Name()))
		}
	}
	return out, nil
}

// ShareSchema copies the schema of the document's folder into its history
// folder when that has none yet, so that its snapshots, which keep the
// document's first-line comment, find the schema as the document does. It
// does nothing when the folder has no schema or no history.
func ShareSchema(docPath string) error {
	dir := filepath.Dir(docPath)
	hist := filepath.Join(dir, BaseName(docPath)+".history")
	if !HasSchema(dir) || HasSchema(hist) {
		return nil
	}
	if info, err := os.Lstat(hist); err != nil || !info.IsDir() {
		return nil
	}
	data, err := os.ReadFile(filepath.Join(dir, SchemaFile))
	if err != nil {
		return err
	}
	err = WriteFileNew(filepath.Join(hist, SchemaFile), data, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return nil // written meanwhile by another prfaq
	}
	return err
}
