package workspace

import (
	"bytes"
	"errors"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"

	"github.com/prfaq/prfaq/internal/lint"
	"github.com/prfaq/prfaq/internal/mddoc"
	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/store"
)

// Config is the lint configuration for documents in dir (an absolute
// folder): the defaults, then every .prfaq-lint.yaml from the filesystem
// root down to dir. A configuration file that cannot be read or decoded
// is an error; settings it gets wrong (an unknown rule) are findings,
// which ConfigFindings returns.
func (w *Workspace) Config(dir string) (*lint.Config, error) {
	w.configMu.Lock()
	defer w.configMu.Unlock()
	return w.configLocked(dir)
}

func (w *Workspace) configLocked(dir string) (*lint.Config, error) {
	if r, ok := w.configs[dir]; ok {
		return r.cfg, r.err
	}
	var base *lint.Config
	if parent := filepath.Dir(dir); parent != dir {
		cfg, err := w.configLocked(parent)
		if err != nil {
			return nil, err
		}
		base = cfg.Clone()
	} else {
		base = w.defaultConfig()
	}
	path := filepath.Join(dir, ConfigFile)
	display := w.Display(path)
	data, err := w.opts.Reader.ReadFile(path, display)
	switch {
	case err == nil && len(bytes.TrimSpace(data)) > 0:
		fc, pos, derr := store.DecodeLintConfig(display, data)
		if derr != nil && !strings.Contains(derr.Error(), "file is empty") {
			w.configs[dir] = configResult{err: derr}
			return nil, derr
		}
		if derr == nil {
			w.problems = append(w.problems, base.Apply(display, fc, pos)...)
		}
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		w.configs[dir] = configResult{err: err}
		return nil, err
	}
	if err := w.applyNeeds(dir, base); err != nil {
		w.configs[dir] = configResult{err: err}
		return nil, err
	}
	w.configs[dir] = configResult{cfg: base}
	return base, nil
}

// defaultConfig is lint's default configuration with the rules this run
// turns on.
func (w *Workspace) defaultConfig() *lint.Config {
	cfg := lint.DefaultConfig()
	cfg.Enable(w.opts.Enable...)
	return cfg
}

// applyNeeds gives the configuration of dir the team's needs: the nearest
// .prfaq/needs.yaml, found as project templates are. Each file is read
// once per workspace.
func (w *Workspace) applyNeeds(dir string, cfg *lint.Config) error {
	path, ok := FindProject(dir, NeedsFile)
	if !ok {
		cfg.Needs, cfg.NeedsFile = nil, ""
		return nil
	}
	if r, ok := w.needs[path]; ok {
		cfg.Needs, cfg.NeedsFile = r.needs, w.displayNeeds(path)
		return r.err
	}
	needs, err := w.readNeeds(path)
	w.needs[path] = needsResult{needs, err}
	cfg.Needs, cfg.NeedsFile = needs, w.displayNeeds(path)
	return err
}

// displayNeeds names a needs file relative to the working directory even
// when it is in a folder above, as ../.prfaq/needs.yaml: the file is the
// project's, and the user finds it from where they stand.
func (w *Workspace) displayNeeds(path string) string {
	if rel, err := filepath.Rel(w.opts.Dir, path); err == nil {
		return rel
	}
	return path
}

func (w *Workspace) readNeeds(path string) (*prfaq.Needs, error) {
	display := w.displayNeeds(path)
	data, err := w.opts.Reader.ReadFile(path, display)
	if err != nil {
		return nil, err
	}
	needs, _, err := store.DecodeNeeds(display, data)
	return needs, err
}

// Needs returns the team's needs for documents in dir (an absolute
// folder) and the file they come from; nil when the team has none.
func (w *Workspace) Needs(dir string) (*prfaq.Needs, string, error) {
	cfg, err := w.Config(dir)
	if err != nil {
		return nil, "", err
	}
	return cfg.Needs, cfg.NeedsFile, nil
}

// ConfigFindings are the problems found so far in configuration files,
// such as an unknown rule id, in the order their files were read.
func (w *Workspace) ConfigFindings() []lint.Finding {
	w.configMu.Lock()
	defer w.configMu.Unlock()
	return slices.Clone(w.problems)
}

// Forget drops what the workspace has read of configurations and
// templates, so that edits to them show: a server that runs for hours
// reads them again at each listing.
func (w *Workspace) Forget() {
	w.configMu.Lock()
	w.configs, w.problems = map[string]configResult{}, nil
	w.needs = map[string]needsResult{}
	w.configMu.Unlock()
	w.templateMu.Lock()
	w.templates = map[string]templateResult{}
	w.vocabulary = mddoc.NewVocabulary()
	w.templateMu.Unlock()
}
