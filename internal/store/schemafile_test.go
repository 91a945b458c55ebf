package store

import (
	"os"
	"path/filepath"
	"testing"
)

func TestWithSchemaComment(t *testing.T) {
	doc := []byte("prfaq: 1\n")
	for _, tc := range []struct {
		name   string
		schema bool
		data   []byte
		want   string
	}{
		{"no schema in the folder", false, doc, "prfaq: 1\n"},
		{"schema in the folder", true, doc, SchemaComment + "\nprfaq: 1\n"},
		{"comment already there", true, []byte(SchemaComment + "\nprfaq: 1\n"), SchemaComment + "\nprfaq: 1\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			if tc.schema {
				if err := os.WriteFile(filepath.Join(dir, SchemaFile), []byte("{}"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if got := string(WithSchemaComment(dir, tc.data)); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
	// A folder of that name is no schema.
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, SchemaFile), 0o755); err != nil {
		t.Fatal(err)
	}
	if got := string(WithSchemaComment(dir, doc)); got != string(doc) {
		t.Errorf("a folder named %s counted as the schema: %q", SchemaFile, got)
	}
}

func TestShareSchema(t *testing.T) {
	for _, tc := range []struct {
		name                     string
		schema, history, already bool
		want                     string // the history folder's schema after, "" for none
	}{
		{"copied into the history folder", true, true, false, "folder"},
		{"a copy there is kept", true, true, true, "kept"},
		{"no schema in the folder", false, true, false, ""},
		{"no history folder", true, false, false, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			doc := filepath.Join(dir, "tab.prfaq.yaml")
			hist := filepath.Join(dir, "tab.history")
			if tc.schema {
				os.WriteFile(filepath.Join(dir, SchemaFile), []byte("folder"), 0o644)
			}
			if tc.history {
				os.Mkdir(hist, 0o755)
			}
			if tc.already {
				os.WriteFile(filepath.Join(hist, SchemaFile), []byte("kept"), 0o644)
			}
			if err := ShareSchema(doc); err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(filepath.Join(hist, SchemaFile))
			if string(got) != tc.want || (tc.want == "") != (err != nil) {
				t.Errorf("history schema = %q (%v), want %q", got, err, tc.want)
			}
		})
	}
}
