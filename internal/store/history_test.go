package store

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/prfaq/prfaq/internal/prfaq"
)

// A snapshot is read only from the document's NAME.history folder: a
// recorded path elsewhere, or a link, is never opened, and the message is
// the same whether what it names exists or not.
func TestReadSnapshotStaysInItsFolder(t *testing.T) {
	top := t.TempDir()
	dir := filepath.Join(top, "repo")
	secret := []byte("prfaq: 1\ntitle: secret\n")
	for _, p := range []string{filepath.Join(top, "outside.yaml"), filepath.Join(dir, "other.history", "outside.yaml"), filepath.Join(dir, "x.history", "real.yaml")} {
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, secret, 0o644)
	}
	os.Symlink(filepath.Join(top, "outside.yaml"), filepath.Join(dir, "x.history", "link.yaml"))
	os.Symlink("real.yaml", filepath.Join(dir, "x.history", "inner-link.yaml"))
	doc := filepath.Join(dir, "x.prfaq.yaml")
	messages := map[string]bool{}
	for _, ref := range []string{
		"../outside.yaml", "../absent.yaml",
		"x.history/../../outside.yaml", "x.history/../../absent.yaml",
		filepath.Join(top, "outside.yaml"), filepath.Join(top, "absent.yaml"),
		"other.history/outside.yaml", "other.history/absent.yaml",
		"x.history/link.yaml", "x.history/inner-link.yaml",
	} {
		rev := prfaq.Revision{Version: "1.0", Snapshot: ref, SHA256: Checksum(secret)}
		for name, read := range map[string]func() ([]byte, error){
			"disk": func() ([]byte, error) { return Reader{}.ReadSnapshot(doc, rev) },
			"fs":   func() ([]byte, error) { return Reader{}.ReadSnapshotFS(os.DirFS(top), "repo/x.prfaq.yaml", rev) },
		} {
			if name == "fs" && strings.HasSuffix(ref, "link.yaml") {
				continue // os.DirFS follows links; a served folder is an os.Root's
			}
			data, err := read()
			if err == nil || data != nil {
				t.Errorf("%s %s: read %q", name, ref, data)
				continue
			}
			messages[strings.ReplaceAll(strings.ReplaceAll(err.Error(), "outside", "NAME"), "absent", "NAME")+" "+name] = true
		}
	}
	// The snapshot in the document's own history folder reads.
	if data, err := (Reader{}).ReadSnapshot(doc, prfaq.Revision{Version: "1.0", Snapshot: "x.history/real.yaml", SHA256: Checksum(secret)}); err != nil || string(data) != string(secret) {
		t.Errorf("x.history/real.yaml: read %q, %v", data, err)
	}
	// Each pair (outside, absent) gives one message per reader.
	if len(messages) != 2*4+2 {
		for m := range messages {
			t.Log(m)
		}
		t.Errorf("%d messages: whether a path exists shows", len(messages))
	}
}

func TestBaseName(t *testing.T) {
	for in, want := range map[string]string{
		"tab-split.prfaq.yaml":     "tab-split",
		"docs/tab-split.prfaq.yml": "tab-split",
		"plain.yaml":               "plain",
		"plain.yml":                "plain",
		".prfaq.yaml":              ".prfaq",
		".yaml":                    ".yaml",
		"notes.md":                 "notes.md",
		"a.prfaq.yaml.prfaq.yaml":  "a.prfaq.yaml",
	} {
		if got := BaseName(in); got != want {
			t.Errorf("BaseName(%q) = %q, want %q", in, got, want)
		}
	}
}

// A NAME.history that is a link is not read through, even when it leads
// to a folder holding the snapshot.
func TestReadSnapshotRefusesLinkedFolder(t *testing.T) {
	dir := t.TempDir()
	snap := []byte("prfaq: 1\n")
	os.MkdirAll(filepath.Join(dir, "elsewhere"), 0o755)
	os.WriteFile(filepath.Join(dir, "elsewhere", "1.0.yaml"), snap, 0o644)
	if err := os.Symlink("elsewhere", filepath.Join(dir, "x.history")); err != nil {
		t.Skip(err)
	}
	rev := prfaq.Revision{Version: "1.0", Snapshot: "x.history/1.0.yaml", SHA256: Checksum(snap)}
	data, err := (Reader{}).ReadSnapshot(filepath.Join(dir, "x.prfaq.yaml"), rev)
	var se *SnapshotError
	if !errors.As(err, &se) || !se.Outside || data != nil {
		t.Errorf("read %q, %v", data, err)
	}
}
